/**
 * English for the plan's short German texts that demoPlan.ts keeps as plain strings (status notes,
 * responsible offices, funding notes), by the German text. Without it these localized fields would
 * be German only, and an Arabic or Ukrainian reader would get German words instead of the English
 * fallback the portal announces (tests/integration/core-content.test.ts sweeps for that).
 */
const ENGLISH: Record<string, string> = {
  'Erstes Netzwerktreffen unter Leitung der Integrationsmanagerin':
    'First network meeting, chaired by the integration manager',
  'Mit dem Integrationskonzept als Daueraufgabe beschlossen':
    'Adopted with the integration plan as a permanent task',
  'Integrationsmanagement der Stadt Eisenach':
    'Integration management of the town of Eisenach',
  'ThILIK – Thüringer Initiative für lokales Integrationsmanagement in Kommunen (ESF); Sachkosten etwa 4.500 € im Jahr':
    'ThILIK – Thuringian initiative for local integration management in municipalities (ESF); material costs about €4,500 a year',
  'Broschüre in sechs Sprachen erschienen':
    'Brochure published in six languages',
  'Thüringer Landesprogramm „Solidarisches Zusammenleben der Generationen“ (LSZ)':
    'Thuringian state programme “Solidarity between the generations” (LSZ)',
  'Vom Netzwerk als Folgemaßnahme der Angebotsübersicht vorgeschlagen':
    'Proposed by the network as a follow-up to the overview of services',
  'Letztes Modul abgeschlossen; Themen in das Fortbildungsprogramm übernommen':
    'Last module completed; topics taken into the training programme',
  'Hauptamt der Stadt Eisenach, Personalentwicklung':
    'Central administration of the town of Eisenach, staff development',
  'Umsetzung nach Einführung des städtischen Terminportals':
    'To be implemented once the town’s appointment portal is introduced',
  'Bürgerservice der Stadt Eisenach':
    'Citizens’ service of the town of Eisenach',
  'Gemeinsame Warteliste von VHS, Jobcenter und Migrationsberatung':
    'Joint waiting list of the adult education centre (VHS), the job centre and migration counselling',
  'Integrationskurse und Berufssprachkurse des Bundesamts für Migration und Flüchtlinge (BAMF)':
    'Integration courses and job-related language courses of the Federal Office for Migration and Refugees (BAMF)',
  'Betreuungskräfte ausgeschieden; Bundesförderung wird neu beantragt':
    'Childcare staff left; federal funding is being applied for again',
  'Kursbegleitende Kinderbetreuung des BAMF':
    'Childcare alongside courses, funded by the BAMF',
  'Aufbau abgeschlossen; Regelangebot von VHS und Kulturbrücke':
    'Set-up completed; now a regular offer of the VHS and Kulturbrücke',
  'Engagementfonds „nebenan angekommen“ der Thüringer Ehrenamtsstiftung (Anschubfinanzierung)':
    'Engagement fund “nebenan angekommen” of the Thuringian volunteering foundation (start-up funding)',
  'ESF-Plus-Programm des Freistaats Thüringen; etwa 65.000 € im Jahr':
    'ESF Plus programme of the Free State of Thuringia; about €65,000 a year',
  'Monatlicher Beratungstag fest eingerichtet':
    'Monthly counselling day firmly established',
  'Förderprogramm „Integration durch Qualifizierung (IQ)“':
    'Funding programme “Integration through qualification (IQ)”',
  'Eingliederungsmittel des Jobcenters nach SGB II':
    'Integration funds of the job centre under SGB II',
  'Wirtschaftsförderung der Stadt Eisenach':
    'Economic development office of the town of Eisenach',
  'Als Maßnahme in das Integrationskonzept aufgenommen':
    'Taken into the integration plan as a measure',
  'Landesförderung für Migrantenorganisationen in Thüringen; etwa 42.000 € im Jahr':
    'State funding for migrant organisations in Thuringia; about €42,000 a year',
  'Bundesprogramm „Demokratie leben!“ (Partnerschaft für Demokratie Eisenach)':
    'Federal programme “Live democracy!” (Partnership for democracy Eisenach)',
  'Erstes Frühstück':
    'First breakfast',
  'Pause wegen der Corona-Pandemie':
    'Paused because of the coronavirus pandemic',
  'Neustart im Garten des Mehrgenerationenhauses':
    'Restarted in the garden of the multi-generation house',
  'Engagementfonds „nebenan angekommen“ der Thüringer Ehrenamtsstiftung; den Raum stellt die AWO':
    'Engagement fund “nebenan angekommen” of the Thuringian volunteering foundation; the AWO provides the room',
  'Keine Fläche gefunden; Gruppe gärtnert im Mehrgenerationenhaus der AWO':
    'No plot found; the group gardens at the AWO’s multi-generation house',
  'Engagementfonds „nebenan angekommen“ der Thüringer Ehrenamtsstiftung':
    'Engagement fund “nebenan angekommen” of the Thuringian volunteering foundation',
  'Erstorientierungskurse des Bundesamts für Migration und Flüchtlinge (BAMF)':
    'Initial orientation courses of the Federal Office for Migration and Refugees (BAMF)',
  'Nicht im Konzept von 2020; vom Netzwerk kurzfristig eingerichtet':
    'Not in the 2020 plan; set up at short notice by the network',
  'In die reguläre Beratung des DRK übergegangen':
    'Taken over into the regular counselling of the German Red Cross (DRK)',
  'Landesmittel des Freistaats Thüringen für die Aufnahme Geflüchteter aus der Ukraine':
    'State funds of the Free State of Thuringia for receiving refugees from Ukraine',
  'ESF-Förderung ausgelaufen, Folgeantrag gestellt':
    'ESF funding ended, follow-up application submitted',
  'ESF-Projekt des Freistaats Thüringen; etwa 48.000 € im Jahr, Förderperiode endete im Juni 2025':
    'ESF project of the Free State of Thuringia; about €48,000 a year, the funding period ended in June 2025',
  'Corona-Informationen in acht Sprachen':
    'Coronavirus information in eight languages',
  'Pool mit 14 Sprachmittlern für neun Sprachen dauerhaft eingerichtet':
    'Pool of 14 language mediators for nine languages permanently established',
  'Thüringer Landesprogramm „Solidarisches Zusammenleben der Generationen“ (LSZ) als Anschubfinanzierung; seit 2023 Eigenmittel des Klinikums':
    'Thuringian state programme “Solidarity between the generations” (LSZ) as start-up funding; since 2023 the hospital’s own funds',
  'Zuschuss der Stadt (etwa 5.000 € im Jahr); die Einrichtungen zahlen einen Stundensatz':
    'Grant from the town (about €5,000 a year); the care homes pay an hourly rate',
  'Antrag bei einer Stiftung in Vorbereitung':
    'Application to a foundation in preparation',
  'Eisenach wird Projektpartner des Engagementfonds':
    'Eisenach becomes a project partner of the engagement fund',
  'Engagementfonds „nebenan angekommen“ der Thüringer Ehrenamtsstiftung; bis zu 2.000 € je Projekt, zusammen etwa 12.000 € im Jahr':
    'Engagement fund “nebenan angekommen” of the Thuringian volunteering foundation; up to €2,000 per project, about €12,000 a year in total',
}

/** A plan text in German and English; throws on a German text without its English here. */
export function germanAndEnglish(de: string): { de: string; en: string } {
  const en = ENGLISH[de]
  if (!en) throw new Error(`cms/seed/demoPlanEnglish.ts has no English for “${de}”; add it.`)
  return { de, en }
}
