/**
 * French demo texts (see ./types.ts): the guide, the services it links to, topics, audiences,
 * districts, the transport notes of those services' locations and the towns' welcome.
 */
import type { DemoLocaleTexts } from './types'

const texts: DemoLocaleTexts = {
  towns: {
    eisenach: {
      welcome:
        'Bienvenue à Eisenach ! Vous trouverez ici des conseils, des cours de langue et de l’aide pour la vie de tous les jours – dans votre langue.',
    },
    'schmalkalden-meiningen': {
      welcome:
        'Bienvenue dans l’arrondissement de Schmalkalden-Meiningen ! Le réseau d’intégration vous présente toutes les offres de l’arrondissement.',
    },
  },
  guide: {
    'erste-schritte': {
      title: 'Premiers pas à Eisenach',
      summary:
        'Ce que vous devez faire pendant vos premières semaines à Eisenach – étape par étape, avec des conseils pour savoir où trouver de l’aide.',
      body: [
        'Bienvenue à Eisenach ! Au début, il y a beaucoup à faire : des administrations, des formulaires, des mots nouveaux. C’est normal – personne ne doit tout faire en un seul jour. Ce guide vous montre ce qui est important et dans quel ordre.',
        '## Les étapes les plus importantes',
        'La plupart des gens s’occupent de ces choses pendant les premières semaines :',
        [
          '- Déclarer votre logement au bureau des citoyens (Bürgerbüro) dans les 14 jours',
          '- Vérifier votre titre de séjour (Aufenthaltstitel) et le faire prolonger à temps',
          '- Prendre une assurance maladie et trouver un médecin de famille (Hausarzt)',
          '- Ouvrir un compte bancaire',
          '- Trouver un cours d’allemand',
          '- Inscrire vos enfants à la crèche (Kita) ou à l’école',
        ].join('\n'),
        '## Vous n’avez pas à tout faire sans aide',
        'Les services de conseil d’Eisenach vous aident gratuitement, souvent dans votre langue. Les règles qui s’appliquent à vous dépendent de votre statut de séjour – en cas de doute, demandez au service de conseil en migration (Migrationsberatung). Vous trouverez toutes les offres sous « Trouver de l’aide ».',
        'Conseil : gardez toutes les lettres des administrations dans un classeur. Faites des copies ou des photos de vos documents importants.',
      ].join('\n\n'),
    },
    anmeldung: {
      title: 'Arriver et déclarer son domicile',
      summary:
        'Quand vous emménagez dans un logement à Eisenach, vous vous déclarez au bureau des citoyens (Bürgerbüro) dans les 14 jours – c’est obligatoire et gratuit.',
      body: [
        'La déclaration de domicile (Anmeldung) est l’une des premières démarches à Eisenach. Vous déclarez votre nouvelle adresse au bureau des citoyens (Bürgerbüro) dans les 14 jours qui suivent votre emménagement. C’est aussi valable si vous déménagez à l’intérieur d’Eisenach.',
        '## Où et comment ?',
        'Bürgerbüro de la ville d’Eisenach, Markt 22, 99817 Eisenach (bus 1, 3 ou 5 jusqu’à l’arrêt Markt). Prenez rendez-vous à l’avance, s’il vous plaît – en ligne ou par téléphone au 03691 670-0. La déclaration est gratuite. Apportez :',
        [
          '- votre passeport, votre carte d’identité ou votre attestation d’arrivée (Ankunftsnachweis) – pour chaque personne à déclarer',
          '- l’attestation du bailleur (Wohnungsgeberbestätigung) : votre propriétaire vous donne ce document',
          '- l’acte de naissance ou de mariage, si vous déclarez aussi des membres de votre famille',
          '- votre titre de séjour (Aufenthaltstitel), si vous en avez un',
        ].join('\n'),
        '## Après la déclaration',
        'Vous recevez une attestation de domicile (Meldebescheinigung). Gardez-la bien : vous en avez besoin pour la banque, le Jobcenter, la crèche (Kita) et beaucoup d’autres services. Quelques semaines après votre première déclaration en Allemagne, l’Office fédéral central des impôts (Bundeszentralamt für Steuern) vous envoie par la poste votre numéro d’identification fiscale (Steuer-ID). Gardez aussi cette lettre : vous en aurez besoin plus tard, par exemple pour travailler et pour les allocations familiales (Kindergeld).',
        'Vous habitez dans un hébergement collectif (Gemeinschaftsunterkunft) ? Demandez alors aux travailleurs sociaux sur place si la déclaration a déjà été faite.',
      ].join('\n\n'),
    },
    aufenthalt: {
      title: 'Séjour et titre de séjour',
      summary:
        'Le service des étrangers (Ausländerbehörde) délivre et prolonge les titres de séjour – faites votre demande à temps, avant que votre titre n’expire.',
      body: [
        'À Eisenach, c’est le service des étrangers de la ville (Ausländerbehörde) qui s’occupe de votre séjour. Il se trouve dans le même bâtiment que le bureau des citoyens (Bürgerbüro) : Markt 22, 99817 Eisenach. Uniquement sur rendez-vous – en ligne ou au 03691 670-330.',
        '## Votre titre de séjour',
        'Le titre de séjour (Aufenthaltstitel) est le plus souvent une carte au format carte bancaire (eAT). On y lit jusqu’à quand il est valable et si vous avez le droit de travailler. Vérifiez la date d’expiration et demandez la prolongation au plus tard six semaines avant. Pour le rendez-vous, il vous faut en général :',
        [
          '- votre passeport et votre titre de séjour actuel',
          '- une photo d’identité biométrique récente',
          '- l’attestation de domicile (Meldebescheinigung) et le contrat de location',
          '- des justificatifs de vos revenus ou du revenu citoyen (Bürgergeld) et de votre assurance maladie',
        ].join('\n'),
        '## Qu’est-ce qu’une Fiktionsbescheinigung ?',
        'Si vous avez demandé la prolongation à temps mais que le service n’a pas encore décidé, vous recevez souvent une Fiktionsbescheinigung. Ce document confirme que votre séjour reste autorisé pour le moment. Gardez-le toujours sur vous avec votre passeport.',
        'Si vous avez une autorisation de séjour pendant la procédure d’asile (Aufenthaltsgestattung) ou une suspension temporaire d’expulsion (Duldung), d’autres règles s’appliquent. Faites-vous alors conseiller par le service de conseil aux réfugiés (Flüchtlingsberatung) ou le service de conseil en migration (Migrationsberatung) – surtout si vous recevez une lettre avec un délai.',
      ].join('\n\n'),
    },
    gesundheit: {
      title: 'Santé : caisse d’assurance maladie et médecin',
      summary:
        'En Allemagne, chaque personne doit avoir une assurance maladie – avec votre carte de santé, vous allez en général d’abord chez un médecin de famille.',
      body: [
        'En Allemagne, l’assurance maladie est obligatoire. Si vous travaillez ou si vous recevez le revenu citoyen (Bürgergeld), vous êtes en général assuré(e) auprès d’une caisse d’assurance maladie publique (gesetzliche Krankenkasse). Vous pouvez choisir vous-même votre caisse ; vous recevez ensuite une carte de santé électronique (Gesundheitskarte). Apportez cette carte à chaque rendez-vous chez le médecin.',
        'Si vous recevez des prestations au titre de la loi sur les prestations aux demandeurs d’asile (Asylbewerberleistungsgesetz), le service d’aide sociale (Sozialamt) vous explique comment aller chez le médecin. Si votre situation n’est pas claire, demandez au service de conseil en migration (Migrationsberatung).',
        '## Aller chez le médecin',
        [
          '- Cherchez un cabinet de médecin de famille (Hausarzt) près de chez vous et appelez avant pour avoir un rendez-vous.',
          '- Si nécessaire, votre médecin de famille vous envoie chez un spécialiste avec une lettre d’orientation (Überweisung).',
          '- Les enfants vont chez un pédiatre (Kinderarzt). C’est là aussi que se font les examens de prévention (U-Untersuchungen) et les vaccins.',
          '- Vous recevez les médicaments sur ordonnance à la pharmacie (Apotheke).',
        ].join('\n'),
        'Le St. Georg Klinikum d’Eisenach dispose de médiatrices et médiateurs linguistiques formés. Pour un rendez-vous chez le médecin, vous pouvez aussi venir avec un adulte de confiance qui traduit pour vous.',
        '## Le soir, la nuit et le week-end',
        'Si le cabinet est fermé, appelez le service médical de garde (ärztlicher Bereitschaftsdienst) : 116117. Si une vie est en danger, appelez tout de suite le 112.',
      ].join('\n\n'),
    },
    sprachkurse: {
      title: 'Apprendre l’allemand : les cours de langue',
      summary:
        'Dans le cours d’intégration (Integrationskurs), vous apprenez l’allemand jusqu’au niveau B1 et beaucoup de choses sur la vie en Allemagne – souvent gratuitement ou pour peu d’argent.',
      body: [
        'L’allemand est la clé pour le travail, l’école et de nouveaux contacts. Le cours le plus important est le cours d’intégration (Integrationskurs) de l’Office fédéral des migrations et des réfugiés (BAMF). Il comprend 600 heures d’allemand et un cours d’orientation de 100 heures sur la politique, l’histoire et la vie quotidienne. À la fin, vous passez le « Deutsch-Test für Zuwanderer » (test d’allemand pour immigrés) et le test « Leben in Deutschland » (Vivre en Allemagne).',
        '## Comment obtenir une place',
        [
          '- Il vous faut en général une autorisation de participation (Berechtigungsschein). Le service des étrangers (Ausländerbehörde) vous la donne avec le titre de séjour, ou bien vous la demandez au BAMF. Parfois, c’est le Jobcenter qui vous oblige à suivre le cours.',
          '- Inscrivez-vous auprès d’un organisme de cours, par exemple l’université populaire (Volkshochschule, VHS) d’Eisenach. Vous y passez un court test de niveau.',
          '- Apportez votre pièce d’identité ou votre titre de séjour et le Berechtigungsschein.',
          '- Si vous en avez besoin, demandez s’il y a une garde d’enfants et une aide pour les frais de transport.',
        ].join('\n'),
        'Les frais sont faibles ; les personnes qui reçoivent le revenu citoyen (Bürgergeld) ou qui ont de faibles revenus peuvent en être dispensées. Votre droit à une place dépend de votre séjour – en cas de doute, demandez au service de conseil en migration (Migrationsberatung).',
        '## Autres offres',
        'Si vous ne savez pas encore lire et écrire, vous pouvez suivre un cours d’intégration avec alphabétisation (Alphabetisierung). Après le niveau B1, vous pouvez continuer avec un cours d’allemand professionnel (Berufssprachkurs). Et au café des langues (Sprachcafé), vous pratiquez l’allemand en toute simplicité autour d’un café ou d’un thé – sans inscription.',
      ].join('\n\n'),
    },
    arbeit: {
      title: 'Travail et reconnaissance des diplômes',
      summary:
        'Votre titre de séjour indique si vous avez le droit de travailler – le Jobcenter, l’agence pour l’emploi (Agentur für Arbeit) et le service de conseil en reconnaissance des diplômes vous aident à démarrer.',
      body: [
        'Le travail vous aide à devenir indépendant(e), à apprendre l’allemand et à rencontrer des gens. Avant d’accepter un emploi, vérifiez votre autorisation de travail : sur le titre de séjour (Aufenthaltstitel) ou sa feuille complémentaire, il est écrit par exemple « Erwerbstätigkeit erlaubt » (activité professionnelle autorisée) ou « Beschäftigung nur mit Erlaubnis der Ausländerbehörde » (emploi seulement avec l’autorisation du service des étrangers). Dans le second cas, vous faites une demande au service des étrangers (Ausländerbehörde) avec l’offre d’emploi. En cas de doute, demandez au service de conseil en migration (Migrationsberatung).',
        '## Qui vous aide à chercher un emploi ?',
        [
          '- Si vous recevez le revenu citoyen (Bürgergeld), c’est le Jobcenter Eisenach qui s’occupe de vous (Uferstraße 2).',
          '- Toutes les autres personnes s’inscrivent comme demandeurs d’emploi à l’agence pour l’emploi (Agentur für Arbeit). Elle propose aussi une orientation professionnelle.',
          '- Le service migration jeunesse (Jugendmigrationsdienst) accompagne les jeunes jusqu’à 27 ans vers une formation professionnelle (Ausbildung).',
          '- Pour votre premier contrat de travail, il vous faut votre numéro d’identification fiscale (Steuer-ID), un numéro de sécurité sociale (Sozialversicherungsnummer) et un compte bancaire.',
        ].join('\n'),
        '## Faire reconnaître vos diplômes',
        'Vous avez appris un métier ou fait des études à l’étranger ? Faites vérifier si votre diplôme peut être reconnu en Allemagne. Pour certains métiers, la reconnaissance (Anerkennung) est obligatoire, par exemple dans la médecine, les soins infirmiers ou l’enseignement. Apportez vos diplômes, vos certificats de travail et, si vous en avez, leurs traductions au service de conseil en reconnaissance (Anerkennungsberatung). Vous trouverez aussi beaucoup d’informations sur le portail « Anerkennung in Deutschland ».',
        'En Allemagne, il existe un salaire minimum légal (Mindestlohn). Ne signez rien que vous ne comprenez pas – faites-vous d’abord expliquer le contrat.',
      ].join('\n\n'),
    },
    'schule-kita': {
      title: 'École et garde d’enfants',
      summary:
        'En Allemagne, l’école est obligatoire, et les enfants ont droit à une place en crèche (Kita) dès l’âge d’un an – voici comment trouver la bonne place pour votre enfant.',
      body: [
        'En Allemagne, l’école publique est gratuite. En Thuringe, l’obligation scolaire (Schulpflicht) s’applique à tous les enfants qui vivent ici – aussi aux enfants qui viennent d’arriver ou qui ont fui leur pays. Pour les plus petits, il existe des crèches et jardins d’enfants (Kitas) et la garde chez une assistante maternelle ou un assistant maternel (Tagesmutter, Tagesvater).',
        '## L’essentiel en bref',
        [
          '- Dès l’âge d’un an, les enfants ont droit à une place en Kita. Inscrivez votre enfant tôt – de préférence plusieurs mois à l’avance.',
          '- Les enfants qui ont six ans au plus tard le 1er août entrent en général à l’école la même année.',
          '- Les enfants plus âgés et les adolescents apprennent souvent d’abord dans une classe avec des cours d’allemand en plus (allemand langue seconde).',
          '- Apportez l’acte de naissance ou la pièce d’identité de l’enfant, l’attestation de domicile (Meldebescheinigung), le carnet de vaccination (Impfpass) et, si vous les avez, les anciens bulletins scolaires.',
        ].join('\n'),
        '## Aide pour les frais',
        'Les familles qui ont peu d’argent peuvent demander des aides pour l’éducation et la participation (Bildung und Teilhabe) : pour les fournitures scolaires, le repas de midi, les sorties et le soutien scolaire. Il existe aussi une aide pour les frais de Kita. Le service de conseil pour les places en Kita et l’inscription à l’école remplit les demandes avec vous.',
        'Vous trouverez plus de détails sur chaque étape dans les pages « Place en crèche et bon de garde (Kita-Gutschein) » et « Inscription à l’école ».',
      ].join('\n\n'),
    },
    'kita-platz': {
      title: 'Place en crèche et bon de garde (Kita-Gutschein)',
      summary:
        'Comment demander le bon de garde (Kita-Gutschein) à Eisenach et trouver une crèche (Kita) ou une assistante maternelle (Tagesmutter) pour votre enfant.',
      body: [
        'À Eisenach, l’inscription pour une place en crèche (Kita) se fait en deux étapes : d’abord, vous demandez à la ville un bon de garde (Kita-Gutschein). Ensuite, avec ce bon, vous choisissez une Kita ou une assistante maternelle (Tagesmutter). Faites la demande si possible trois à six mois avant le début de la garde de votre enfant.',
        '## Étape par étape',
        [
          '- Remplissez la demande de Kita-Gutschein (au bureau des citoyens, Bürgerbüro, ou en ligne) et déposez-la avec l’acte de naissance et l’attestation de domicile (Meldebescheinigung).',
          '- Allez voir des Kitas près de chez vous. Beaucoup ont des journées portes ouvertes, ou bien vous appelez pour demander un rendez-vous.',
          '- Remettez le bon à la Kita de votre choix et signez le contrat de garde (Betreuungsvertrag).',
          '- Avant le début, votre enfant a en général besoin d’un certificat médical et d’une preuve de vaccination contre la rougeole.',
        ].join('\n'),
        '## Adaptation et frais',
        'Pendant les premières semaines, un parent reste à la Kita avec l’enfant jusqu’à ce qu’il s’y sente bien – c’est la période d’adaptation (Eingewöhnung). La participation des parents dépend souvent des revenus. Si vous avez peu d’argent, le service de l’aide à l’enfance (Jugendamt) peut payer tout ou une partie des frais. Le service de conseil pour les places en Kita et l’inscription à l’école vous aide pour toutes les demandes.',
      ].join('\n\n'),
    },
    schulanmeldung: {
      title: 'Inscription à l’école',
      summary:
        'Inscrivez vos enfants en âge scolaire le plus vite possible après votre arrivée – le service de conseil vous aide à trouver la bonne école.',
      body: [
        'Les enfants en âge scolaire doivent pouvoir apprendre à nouveau le plus vite possible après leur arrivée. Les enfants du primaire vont en général à l’école primaire (Grundschule) de votre quartier. Pour les enfants plus âgés et les adolescents, l’office scolaire régional (Staatliches Schulamt) décide avec vous quelle école et quelle classe conviennent.',
        '## Comment inscrire votre enfant',
        [
          '- Demandez au service de conseil pour les places en Kita et l’inscription à l’école quelle école est compétente.',
          '- Prenez rendez-vous à l’école ou au Schulamt.',
          '- Apportez l’acte de naissance ou le passeport de l’enfant, l’attestation de domicile (Meldebescheinigung), le carnet de vaccination (Impfpass) et les anciens bulletins scolaires – même s’ils ne sont pas traduits.',
          '- Avant l’entrée en première année, le service de santé publique (Gesundheitsamt) examine tous les enfants (Schuleingangsuntersuchung). Vous recevrez une lettre à ce sujet.',
        ].join('\n'),
        '## Bien commencer à l’école',
        'Au début, beaucoup d’enfants ont des cours supplémentaires d’allemand langue seconde. Allez aux réunions de parents (Elternabend) – vous pouvez venir avec une personne qui traduit. L’aide aux devoirs (Hausaufgabenhilfe) de la maison multigénérationnelle (Mehrgenerationenhaus) aide pour les devoirs, et le service migration jeunesse (Jugendmigrationsdienst) conseille les jeunes de 12 à 27 ans.',
      ].join('\n\n'),
    },
    wohnen: {
      title: 'Logement : trouver et louer un appartement',
      summary:
        'Comment chercher un logement à Eisenach, ce que contient un contrat de location et ce qu’il faut savoir sur la caution et le Wohnberechtigungsschein.',
      body: [
        'Trouver un logement demande souvent du temps et de la patience. Cherchez de plusieurs façons : sur des sites internet d’annonces, dans le journal, auprès des sociétés et des coopératives de logement d’Eisenach et par des personnes que vous connaissez. Si vous recevez le revenu citoyen (Bürgergeld) ou des prestations du service d’aide sociale (Sozialamt), demandez-leur avant de signer si le loyer sera pris en charge.',
        '## Wohnberechtigungsschein (WBS)',
        'Pour un logement social, il vous faut un certificat d’accès au logement social (Wohnberechtigungsschein). Vous l’obtenez auprès de la ville si vos revenus sont en dessous d’un certain plafond. Pour la demande, il vous faut votre pièce d’identité ou votre titre de séjour, l’attestation de domicile (Meldebescheinigung) et les justificatifs de revenus de toutes les personnes du foyer.',
        '## Contrat de location et caution',
        [
          '- Lisez attentivement le contrat de location (Mietvertrag) et faites-vous-le expliquer avant de signer.',
          '- Le loyer « froid » (Kaltmiete) est le loyer sans les charges. Avec le chauffage, l’eau et le ramassage des ordures, on parle de loyer « chaud » (Warmmiete). L’électricité se paie en général en plus.',
          '- La caution (Kaution) est au maximum de trois mois de loyer sans charges. Vous avez le droit de la payer en trois mensualités. Vous la récupérez quand vous partez, si tout est en ordre.',
          '- À l’entrée dans le logement, faites un état des lieux (Übergabeprotokoll) avec des photos des dégâts.',
        ].join('\n'),
        'Après l’emménagement : déclarez votre domicile au bureau des citoyens (Bürgerbüro), ouvrez un contrat d’électricité et respectez le règlement de l’immeuble (Hausordnung), par exemple les heures de calme et le tri des déchets. En cas de problème avec le propriétaire, les charges ou la moisissure, le service de conseil au logement vous aide.',
      ].join('\n\n'),
    },
    geld: {
      title: 'Argent : prestations, allocations familiales et compte bancaire',
      summary:
        'Quel service vous verse de l’argent pour vivre, comment demander les allocations familiales (Kindergeld) et pourquoi vous avez besoin d’un compte bancaire.',
      body: [
        '## De l’argent pour vivre',
        'Si vos revenus ne suffisent pas, il existe des aides en Allemagne. Le service compétent dépend de votre statut de séjour :',
        [
          '- Le revenu citoyen (Bürgergeld) est versé par le Jobcenter – aux personnes qui peuvent travailler et à leur famille. Il couvre aussi le loyer, le chauffage et l’assurance maladie.',
          '- Les demandeurs d’asile et les personnes avec une Duldung reçoivent en général des prestations au titre de la loi sur les prestations aux demandeurs d’asile (Asylbewerberleistungsgesetz), versées par le service d’aide sociale (Sozialamt).',
          '- Les personnes qui ne peuvent pas travailler, par exemple parce qu’elles ont l’âge de la retraite, reçoivent l’aide sociale (Sozialhilfe) ou le minimum vieillesse (Grundsicherung) du Sozialamt.',
        ].join('\n'),
        'Faites la demande tôt : le Bürgergeld est versé à partir du mois où vous le demandez. Le service de conseil en migration (Migrationsberatung) voit avec vous quelle prestation vous convient.',
        '## Allocations familiales (Kindergeld)',
        'Le Kindergeld est versé par la caisse d’allocations familiales (Familienkasse) de l’Agence fédérale pour l’emploi. Pour cela, il vous faut votre propre numéro d’identification fiscale (Steuer-ID) et celui de votre enfant. Votre droit au Kindergeld dépend aussi de votre titre de séjour. Si vous travaillez mais gagnez peu, demandez aussi le supplément pour enfants (Kinderzuschlag) et l’aide au logement (Wohngeld).',
        '## Ouvrir un compte bancaire',
        'Le salaire, le Bürgergeld et le Kindergeld sont versés sur un compte bancaire. En Allemagne, chaque personne a droit à un compte de base (Basiskonto) – aussi avec une Aufenthaltsgestattung ou une Duldung. Apportez à la banque votre passeport ou votre pièce d’identité et votre attestation de domicile (Meldebescheinigung). Comparez les frais de compte.',
      ].join('\n\n'),
    },
    beratung: {
      title: 'Conseil et soutien',
      summary:
        'Le service de conseil en migration, le service migration jeunesse et d’autres services d’Eisenach vous conseillent gratuitement, en toute confidentialité et souvent dans votre langue.',
      body: [
        'Une lettre d’une administration que vous ne comprenez pas ? Un délai, une demande, une situation difficile dans la famille ? C’est pour cela qu’il existe des services de conseil (Beratungsstellen). Le conseil est gratuit et confidentiel : les conseillères et conseillers ne transmettent rien sans votre accord.',
        '## Qui conseille qui ?',
        [
          '- Migrationsberatung für Erwachsene (MBE, conseil en migration pour adultes) : pour les personnes immigrées à partir de 27 ans – sur le séjour, les cours de langue, le travail, le logement et la famille.',
          '- Jugendmigrationsdienst (JMD, service migration jeunesse) : pour les jeunes de 12 à 27 ans – sur l’école, la formation professionnelle, les études et les démarches administratives.',
          '- Conseil aux réfugiés (Flüchtlingsberatung) : sur la procédure d’asile, l’audition au BAMF et les décisions.',
          '- Soutien psychosocial (psychosoziale Beratung) : quand des soucis, des problèmes de sommeil ou des souvenirs de la fuite vous pèsent.',
        ].join('\n'),
        '## Trouver le bon service',
        'Vous trouverez tous les services de conseil, avec leurs adresses, leurs horaires et leurs langues, dans l’annuaire sous « Trouver de l’aide ». Apportez au rendez-vous votre pièce d’identité ou votre titre de séjour et les lettres qui vous posent question. Si vous avez reçu une lettre avec un délai, allez-y tout de suite.',
      ].join('\n\n'),
    },
    notfall: {
      title: 'Urgences : les numéros importants',
      summary:
        'Ces numéros d’urgence sont gratuits et joignables jour et nuit – le mieux est de les enregistrer tout de suite dans votre téléphone.',
      body: [
        'En cas d’urgence, chaque minute compte. Tous les numéros de cette page sont gratuits.',
        '## Les numéros les plus importants',
        [
          '- 112 – pompiers et secours médicaux : en cas d’incendie, d’accident grave et de danger de mort, par exemple si une personne a du mal à respirer, perd connaissance ou a une forte douleur dans la poitrine',
          '- 110 – police : en cas de violence, de cambriolage, de menaces ou d’accident de la route avec des blessés',
          '- 116117 – service médical de garde (ärztlicher Bereitschaftsdienst) : quand vous êtes malade et que les cabinets médicaux sont fermés',
          '- 116 016 – ligne d’aide « Violences contre les femmes » (Hilfetelefon „Gewalt gegen Frauen“) : jour et nuit, anonyme et dans de nombreuses langues',
          '- 0800 111 0 111 – TelefonSeelsorge (écoute en cas de détresse) : quand vous allez très mal et que vous voulez parler à quelqu’un (en allemand)',
        ].join('\n'),
        '## Comment passer un appel d’urgence',
        'Restez calme et dites : Où est-ce que c’est arrivé ? Qu’est-ce qui s’est passé ? Combien de personnes sont blessées ? Ne raccrochez pas avant que le centre d’appel ne termine la conversation. Utilisez des mots simples en allemand ou en anglais et donnez d’abord l’adresse.',
        'La police aide toutes les personnes en danger. En cas de violence dans la famille, vous et vos enfants pouvez être protégés.',
      ].join('\n\n'),
    },
    'freizeit-ehrenamt': {
      title: 'Loisirs, associations et bénévolat',
      summary:
        'Dans les associations, au café des langues (Sprachcafé) et grâce au bénévolat, vous rencontrez des gens à Eisenach et vous pratiquez l’allemand sans même y penser.',
      body: [
        'Les loisirs, ce n’est pas seulement se reposer : c’est là que vous vous faites des amis, que vous découvrez Eisenach et que vous parlez allemand au quotidien. Beaucoup d’activités sont gratuites ou bon marché.',
        '## Associations et lieux de rencontre',
        'En Allemagne, beaucoup de gens passent leur temps libre dans des associations (Vereine) – par exemple pour le sport, la musique ou le jardinage. Les nouveaux membres sont presque toujours les bienvenus. Demandez si vous pouvez faire un essai et s’il existe des tarifs réduits.',
        [
          '- Café des langues (Sprachcafé) : parler allemand autour d’un café ou d’un thé, chaque mercredi, sans inscription',
          '- Club de sport : football, gymnastique et tennis de table, gratuit les trois premiers mois',
          '- Petit-déjeuner interculturel des femmes : le premier samedi de chaque mois',
          '- Découvrir Eisenach : le château de la Wartburg, la maison de Bach (Bachhaus) et la maison de Luther (Lutherhaus)',
        ].join('\n'),
        '## Bénévolat (Ehrenamt) : participer et aider',
        'Le bénévolat (Ehrenamt), c’est aider volontairement et sans salaire – par exemple à la banque alimentaire (Tafel), dans un club de sport ou comme médiatrice ou médiateur linguistique. Cela fait plaisir, permet de rencontrer des gens et c’est un plus pour votre CV. Si vous recevez pour cela un dédommagement (Aufwandsentschädigung), parlez-en d’abord à un service de conseil.',
      ].join('\n\n'),
    },
    rechte: {
      title: 'Vos droits et la protection contre les discriminations',
      summary:
        'La Loi fondamentale (Grundgesetz) protège la dignité et l’égalité de toutes les personnes en Allemagne – en cas de discrimination, vous pouvez recevoir de l’aide.',
      body: [
        'La Loi fondamentale (Grundgesetz) est la Constitution de l’Allemagne. Sa première phrase dit : « La dignité de l’être humain est intangible. » Cela vaut pour toutes les personnes qui vivent ici – peu importe d’où elles viennent.',
        '## Des droits importants',
        [
          '- Toutes les personnes sont égales devant la loi. Les femmes et les hommes ont les mêmes droits.',
          '- Personne ne doit être désavantagé, par exemple à cause de son origine, de sa langue, de sa religion, de son sexe ou d’un handicap.',
          '- Chaque personne peut pratiquer librement sa religion – ou ne pas en avoir – et dire son opinion.',
          '- La violence est interdite, aussi dans la famille. Les enfants ont le droit d’être élevés sans violence.',
        ].join('\n'),
        '## Si vous êtes victime de discrimination',
        'Vous êtes moins bien traité(e) parce que vous êtes immigré(e) – en cherchant un logement, au travail, dans un magasin ou par une administration ? Vous n’avez pas à l’accepter. Notez le plus tôt possible ce qui s’est passé : la date, le lieu, le nom des témoins. Le service de conseil contre les discriminations (Antidiskriminierungsberatung) d’Eisenach vous écoute, vous conseille en toute confidentialité et vous aide à vous défendre. Certains droits doivent être réclamés dans un délai de deux mois – n’attendez donc pas trop longtemps.',
        'Si vous avez été agressé(e) ou menacé(e), appelez la police au 110.',
      ].join('\n\n'),
    },
  },
  services: {
    'migrationsberatung-erwachsene': {
      title: 'Conseil en migration pour adultes (MBE)',
      summary:
        'Nous aidons les adultes à partir de 27 ans pour les lettres, le séjour, les cours de langue, le travail et le logement – gratuitement et en toute confidentialité.',
      description:
        'Vous venez d’arriver en Allemagne et vous avez beaucoup de questions ? Au service de conseil en migration (Migrationsberatung), nous prenons le temps pour vous. Nous vous expliquons les lettres des administrations, nous vous aidons à faire vos demandes et nous cherchons avec vous le cours d’allemand qui vous convient.\n\nLe conseil est gratuit et confidentiel. Ensemble, nous faisons un plan : qu’est-ce qui est le plus important maintenant – la langue, le travail, le logement ou la famille ?\n\nLe jeudi, il y a une permanence ouverte à Eisenach-Nord. Vous n’avez pas besoin de rendez-vous.',
      eligibility:
        'Personnes immigrées à partir de 27 ans avec un séjour durable ou de bonnes chances de rester, y compris les citoyennes et citoyens de l’UE. Les personnes plus jeunes sont conseillées par le service migration jeunesse (Jugendmigrationsdienst).',
      documents:
        'Apportez, s’il vous plaît, votre pièce d’identité ou votre titre de séjour (Aufenthaltstitel) et les lettres qui vous posent question.',
      howToApply:
        'Appelez-nous ou écrivez-nous un e-mail pour avoir un rendez-vous. Le jeudi, vous pouvez venir sans rendez-vous à la permanence d’Eisenach-Nord.',
    },
    'psychosoziale-beratung': {
      title: 'Soutien psychosocial pour les personnes réfugiées',
      summary:
        'Quand des soucis, des cauchemars ou des souvenirs de la fuite vous pèsent : des entretiens avec des professionnels, avec un interprète si vous le souhaitez.',
      description:
        'Beaucoup de personnes ont vécu des choses terribles pendant leur fuite. Cela peut faire mal encore longtemps – dans la tête et dans le corps. Vous n’êtes pas seul(e).\n\nPendant des entretiens confidentiels, nous vous écoutons, nous vous expliquons ce qui aide contre le stress et les traumatismes, et nous cherchons avec vous une aide supplémentaire, par exemple une thérapie. Les interprètes sont tenus au secret professionnel.',
      howToApply:
        'Appelez-nous et dites-nous quelle langue vous parlez. En général, vous avez un premier entretien dans les deux semaines.',
    },
    anerkennungsberatung: {
      title: 'Conseil pour la reconnaissance des diplômes étrangers',
      summary:
        'Vous avez terminé une formation professionnelle ou des études à l’étranger ? Nous vous montrons comment faire reconnaître votre diplôme en Allemagne.',
      description:
        'Pour beaucoup de métiers, par exemple dans les soins infirmiers, l’enseignement ou la médecine, il vous faut en Allemagne une reconnaissance de votre diplôme (Anerkennung). Nous voyons avec vous quel service est compétent, quels documents il vous faut et qui peut payer les frais.\n\nCe conseil fait partie du réseau « Integration durch Qualifizierung (IQ) » (Intégration par la qualification). Il a lieu une fois par mois à Eisenach, sinon par téléphone ou par vidéo.',
      documents:
        'Bulletins, diplômes et certificats de travail – si possible avec une traduction. Pour le premier entretien, des copies suffisent.',
    },
    integrationskurs: {
      title: 'Cours d’intégration (Integrationskurs) : allemand A1 à B1 et cours d’orientation',
      summary:
        'Apprendre l’allemand jusqu’au niveau B1 et découvrir beaucoup de choses sur la vie en Allemagne – le matin, l’après-midi ou le samedi.',
      description:
        'Le cours d’intégration comprend 600 heures d’allemand et 100 heures de cours d’orientation sur la politique, l’histoire et la vie quotidienne en Allemagne. À la fin, vous passez le « Deutsch-Test für Zuwanderer » (test d’allemand pour immigrés) et le test « Leben in Deutschland » (Vivre en Allemagne).\n\nAvant le cours, nous faisons un court test de niveau pour que vous soyez dans le bon groupe. De nouveaux cours commencent environ tous les deux mois. Pendant le cours, vos enfants peuvent être gardés si vous en avez besoin – demandez-le tôt, s’il vous plaît.',
      eligibility:
        'Toutes les personnes immigrées à partir de 16 ans qui ne parlent pas encore bien l’allemand – avec un droit ou une obligation de participer, ou en payant elles-mêmes s’il reste des places.',
      documents:
        'Pièce d’identité ou titre de séjour (Aufenthaltstitel) et – si vous l’avez – l’autorisation de participation (Berechtigungsschein) ou l’obligation de participer.',
      howToApply:
        'Réservez en ligne un rendez-vous pour le test de niveau ou venez pendant les heures d’accueil de la VHS.',
      costNote:
        'Par heure de cours. Souvent gratuit avec une autorisation du BAMF, du Jobcenter ou du service des étrangers (Ausländerbehörde) – nous vérifions cela avec vous.',
    },
    alphabetisierungskurs: {
      title: 'Cours d’intégration avec alphabétisation',
      summary:
        'Apprendre à lire et à écrire – en petits groupes, lentement et étape par étape, même si vous n’êtes jamais allé(e) à l’école.',
      description:
        'Ce cours est fait pour les personnes qui ne savent pas encore lire et écrire, ou seulement un peu – ou qui connaissent seulement une autre écriture, par exemple l’écriture arabe. Vous apprenez l’alphabet latin et l’allemand en même temps.\n\nLe cours dure jusqu’à 1 300 heures, en petits groupes de 16 personnes au maximum. Les enseignantes et enseignants ont beaucoup de patience et d’expérience.',
      costNote: 'Par heure de cours ; pour la plupart des participants, le BAMF paie les frais.',
    },
    berufssprachkurs: {
      title: 'Cours d’allemand professionnel B2 (Berufssprachkurs)',
      summary:
        'L’allemand pour le travail et la formation : e-mails, appels téléphoniques, vocabulaire du métier et candidatures – pour toutes les personnes qui ont le niveau B1.',
      description:
        'Dans le cours d’allemand professionnel, vous apprenez la langue dont vous avez besoin au travail. Vous vous entraînez à parler avec des collègues et des clients, vous écrivez des rapports et vous vous préparez aux entretiens d’embauche.\n\nLe cours dure de 400 à 500 heures et se termine par un examen. Il y a un groupe à plein temps le matin et un groupe à temps partiel le soir – vous pouvez donc aussi apprendre à côté de votre travail.',
      eligibility:
        'Vous avez au moins le niveau B1 et vous cherchez un emploi, vous êtes en formation ou vous travaillez.',
      howToApply:
        'Parlez-en à votre interlocuteur ou interlocutrice au Jobcenter ou à l’agence pour l’emploi (Agentur für Arbeit). Si vous travaillez, adressez-vous directement à la VHS.',
      costNote:
        'Gratuit pour les demandeurs d’emploi. Si vous travaillez, vous payez une participation selon vos revenus – demandez-nous.',
    },
    sprachcafe: {
      title: 'Café des langues (Sprachcafé) – parler allemand autour d’un café ou d’un thé',
      summary:
        'Chaque mercredi de 16 h à 18 h : pratiquer l’allemand sans inscription, rencontrer des gens et poser des questions sur la vie de tous les jours.',
      description:
        'Au café des langues se retrouvent des personnes qui apprennent l’allemand et des habitants d’Eisenach qui aiment discuter. Nous parlons de la vie quotidienne, du travail, des loisirs et de tout ce qui vous intéresse. Tous les niveaux de langue sont les bienvenus.\n\nLe café, le thé et les biscuits sont gratuits. Les enfants peuvent venir aussi, il y a un coin jeux.',
    },
    'jugendmigrationsdienst-beratung': {
      title: 'Conseil pour les jeunes immigrés (12 à 27 ans)',
      summary:
        'L’école, la formation, les études, des problèmes avec l’administration ou simplement des questions : le JMD t’accompagne jusqu’à ce que tu trouves ton chemin.',
      description:
        'Tu as entre 12 et 27 ans et tu viens d’arriver en Allemagne ? Au service migration jeunesse (Jugendmigrationsdienst), tu as une personne de contact fixe. Nous t’aidons à t’inscrire à l’école, à trouver un cours d’allemand, à écrire tes candidatures et à comprendre tes lettres.\n\nTu peux venir seul(e) ou avec tes parents ou tes amis. Nous proposons aussi des activités en groupe : entraînement aux candidatures, sorties et un point de rencontre pour les jeunes le mardi après-midi.',
      eligibility: 'Les jeunes de 12 à 27 ans issus de l’immigration.',
      howToApply: 'Viens à la permanence ouverte du mardi ou écris-nous sur WhatsApp ou par e-mail.',
    },
    'ausbildung-junge-zugewanderte': {
      title: 'Vers une formation professionnelle (Ausbildung) pour les jeunes immigrés',
      summary:
        'Découvrir des métiers, trouver un stage, écrire une candidature : nous t’accompagnons jusqu’au contrat de formation – avec des parrains et marraines d’entreprises d’Eisenach.',
      description:
        'En Allemagne, beaucoup de gens apprennent un métier par une formation professionnelle (Ausbildung) : trois jours en entreprise, deux jours à l’école professionnelle (Berufsschule), avec un salaire. Nous te montrons quels métiers existent – par exemple dans l’industrie automobile, dans les soins ou dans l’artisanat.\n\nTu as une marraine ou un parrain d’une entreprise d’Eisenach. Ensemble, vous visitez des entreprises, vous vous entraînez aux entretiens d’embauche et vous cherchez un stage. Même après le début de ta formation, nous sommes là pour toi si ça devient difficile à l’école professionnelle.',
    },
    'interkulturelles-frauenfruehstueck': {
      title: 'Petit-déjeuner interculturel des femmes',
      summary:
        'Depuis 2018, le premier samedi de chaque mois : des femmes du monde entier prennent le petit-déjeuner ensemble, discutent et font connaissance.',
      description:
        'Chaque femme apporte un petit quelque chose à manger – ou simplement sa bonne humeur. Pendant le petit-déjeuner, nous parlons allemand et beaucoup d’autres langues. Il y a souvent un thème, par exemple la santé, l’école ou des recettes du pays d’origine.\n\nLes enfants jusqu’à six ans peuvent venir : deux bénévoles jouent avec eux dans la pièce d’à côté. Les hommes ne participent pas à cette matinée – ainsi, toutes peuvent parler librement.',
    },
    aufenthaltstitel: {
      title: 'Demander et prolonger un titre de séjour (Aufenthaltstitel)',
      summary:
        'Permis de séjour, prolongation, autorisation de travail ou nouvelle carte : prenez rendez-vous en ligne et apportez tous vos documents.',
      description:
        'Le service des étrangers (Ausländerbehörde) décide de votre séjour à Eisenach. Demandez la prolongation au plus tard six semaines avant la fin de validité de votre titre, s’il vous plaît. Si votre demande arrive à temps, vous recevez une attestation : votre séjour reste valable jusqu’à ce que nous ayons décidé.\n\nLe nouveau titre de séjour est une carte. Elle est fabriquée à Berlin et elle est prête après environ quatre à six semaines. Nous vous envoyons alors une lettre pour que vous veniez la chercher.',
      documents:
        'Passeport, titre de séjour actuel, une photo d’identité biométrique récente, contrat de location et justificatifs de revenus ou du revenu citoyen (Bürgergeld).',
      howToApply:
        'Prenez rendez-vous en ligne ou appelez-nous. Sans rendez-vous, nous ne pouvons malheureusement vous recevoir qu’en cas d’urgence.',
      costNote:
        'Par exemple 100 € pour un permis de séjour (Aufenthaltserlaubnis) jusqu’à un an. Souvent réduit ou gratuit si vous recevez le revenu citoyen (Bürgergeld) ou des prestations pour demandeurs d’asile.',
    },
    einbuergerung: {
      title: 'Naturalisation (Einbürgerung) – la nationalité allemande',
      summary:
        'Vous vivez en Allemagne depuis cinq ans et vous voulez devenir Allemande ou Allemand ? Nous vous expliquons les conditions et la demande.',
      description:
        'Pour la naturalisation, il vous faut en général cinq ans de séjour, un niveau d’allemand B1, le test de naturalisation (Einbürgerungstest) et vos propres revenus. Depuis 2024, vous pouvez le plus souvent garder votre nationalité actuelle.\n\nPendant un entretien de conseil, nous vérifions avec vous si vous remplissez les conditions et nous vous donnons la liste des documents. Le traitement de la demande prend actuellement environ douze mois.',
      costNote: '255 € par personne ; 51 € pour les enfants naturalisés en même temps qu’un parent.',
    },
    'buergergeld-und-arbeitsvermittlung': {
      title: 'Revenu citoyen (Bürgergeld) et aide à la recherche d’emploi',
      summary:
        'De l’argent pour vivre, le loyer et l’assurance maladie quand vos revenus ne suffisent pas – et de l’aide pour trouver du travail.',
      description:
        'Le Jobcenter verse le revenu citoyen (Bürgergeld) si vous pouvez travailler mais que vous n’avez pas assez d’argent pour vivre. Cela comprend aussi les frais de logement et de chauffage. Beaucoup de personnes réfugiées d’Ukraine reçoivent aussi leur argent du Jobcenter.\n\nVotre interlocuteur ou interlocutrice vous aide à trouver un travail ou une formation et peut payer des cours d’allemand, des formations continues ou le permis de conduire. Pour les entretiens importants, nous pouvons faire venir une ou un interprète.',
      documents:
        'Pièce d’identité ou titre de séjour (Aufenthaltstitel), contrat de location, relevés de compte des trois derniers mois et – si vous en avez – vos fiches de paie.',
      howToApply:
        'Faites la demande en ligne sur le portail du Jobcenter ou venez à l’accueil. L’argent est versé à partir du mois où vous faites la demande.',
    },
    'jobbegleitung-gefluechtete': {
      title: 'Accompagnement vers l’emploi pour les personnes réfugiées',
      summary:
        'Trouver vite un travail et continuer à apprendre l’allemand au travail : un coach emploi cherche des postes avec vous et reste à vos côtés pendant les premiers mois.',
      description:
        'Si vous avez terminé un cours d’intégration (Integrationskurs), vous n’avez pas besoin de parler parfaitement allemand pour travailler. Votre coach emploi connaît des entreprises à Eisenach et dans les environs qui embauchent des personnes immigrées. Il vous aide pour le CV, la candidature et l’entretien d’embauche.\n\nAprès le début du travail, le coach prend régulièrement des nouvelles de vous et de l’entreprise, pour que les petits problèmes ne deviennent pas grands.',
      eligibility:
        'Les personnes réfugiées qui reçoivent le revenu citoyen (Bürgergeld) et qui ont terminé un cours d’intégration.',
      howToApply:
        'Demandez l’accompagnement vers l’emploi (Jobbegleitung) à votre interlocuteur ou interlocutrice au Jobcenter.',
    },
    'sprachmittlung-krankenhaus': {
      title: 'Médiation linguistique à l’hôpital',
      summary:
        'À l’admission, pour les explications avant une opération et à la sortie, des médiateurs linguistiques formés traduisent – sur place, par vidéo ou par téléphone.',
      description:
        'Au St. Georg Klinikum, toutes les patientes et tous les patients doivent comprendre ce qui leur arrive. C’est pourquoi il existe une équipe de médiatrices et médiateurs linguistiques (Sprachmittler) formés. Ils traduisent lors des conversations importantes avec les médecins et le personnel soignant.\n\nÀ l’admission, dites quelle langue vous parlez. Le personnel fait alors venir un médiateur linguistique. C’est gratuit pour vous. Vos enfants ou vos proches n’ont pas besoin de traduire.',
    },
    'fluechtlingsberatung-asylverfahren': {
      title: 'Conseil aux réfugiés : procédure d’asile et audition',
      summary:
        'Nous vous expliquons la procédure d’asile, nous vous préparons à l’audition (Anhörung) au BAMF et nous vous aidons quand vous recevez une décision.',
      description:
        'L’audition (Anhörung) est le rendez-vous le plus important de la procédure d’asile. Vous y racontez pourquoi vous avez fui. Avant, nous vous expliquons comment se passe l’audition et quels sont vos droits – par exemple, en tant que femme, vous pouvez demander une interprète femme.\n\nQuand une décision (Bescheid) arrive, nous la lisons ensemble. Les délais pour faire un recours sont courts, souvent une ou deux semaines seulement. Venez donc tout de suite. Si nécessaire, nous vous mettons en contact avec une avocate ou un avocat.',
      documents:
        'Toutes les lettres du BAMF, votre autorisation de séjour pendant la procédure d’asile (Aufenthaltsgestattung) et – si vous l’avez – le procès-verbal de l’audition.',
      howToApply:
        'Appelez-nous ou venez à la permanence ouverte le lundi ou le jeudi. Si vous avez reçu une décision avec un délai, venez tout de suite, s’il vous plaît – même sans rendez-vous.',
    },
    wohnungsberatung: {
      title: 'Conseil au logement : trouver et garder un logement',
      summary:
        'De l’aide pour chercher un logement, comprendre le contrat de location, demander le Wohnberechtigungsschein, contrôler les charges et en cas de problème avec le propriétaire.',
      description:
        'Trouver un logement à Eisenach n’est pas facile. Nous vous montrons où les logements sont proposés, nous vous aidons à écrire aux propriétaires et nous vous expliquons ce que dit le contrat de location.\n\nSi vous avez déjà un logement, nous vous aidons pour le décompte des charges (Nebenkostenabrechnung), en cas de moisissure ou si vous risquez de recevoir une résiliation du bail (Kündigung). Plus vous venez tôt, plus nous pouvons vous aider.',
    },
    hausaufgabenhilfe: {
      title: 'Aide aux devoirs à la maison multigénérationnelle (Mehrgenerationenhaus)',
      summary:
        'Du lundi au jeudi, de 14 h à 16 h, des bénévoles aident les écoliers pour les devoirs, la lecture et l’allemand.',
      description:
        'Après l’école, les enfants de la 1re à la 7e année peuvent venir à la maison multigénérationnelle. Des bénévoles – souvent des personnes âgées ou des étudiants – expliquent les exercices, lisent avec les enfants et pratiquent l’allemand avec eux.\n\nIl y a un petit goûter. Les parents sont les bienvenus et peuvent poser leurs questions sur l’école.',
    },
    'elterncafe-stregda': {
      title: 'Café des parents au centre familial de Stregda',
      summary:
        'Chaque mardi matin : des parents avec de jeunes enfants se retrouvent, jouent, échangent et posent leurs questions à des professionnels sur la crèche (Kita) et l’éducation.',
      description:
        'Au café des parents, il y a de la place pour les mères, les pères, les grands-parents et les enfants jusqu’à six ans. Pendant que les enfants jouent, les adultes boivent un café et font la connaissance d’autres familles.\n\nUne fois par mois, une professionnelle vient, par exemple une infirmière pour enfants ou une éducatrice de la Kita, et répond aux questions. Vous n’avez pas besoin de vous inscrire.',
    },
    'kita-und-schulanmeldung': {
      title: 'Conseil pour les places en crèche (Kita) et l’inscription à l’école',
      summary:
        'Place en Kita, école compétente, examen médical d’entrée à l’école : nous vous aidons étape par étape à inscrire votre enfant à la Kita ou à l’école.',
      description:
        'En Allemagne, les enfants ont droit à une place en Kita dès l’âge d’un an. À partir de six ans, tous les enfants doivent aller à l’école. Nous vous expliquons comment se passe l’inscription à Eisenach et nous remplissons les formulaires avec vous.\n\nSi vous le souhaitez, nous vous accompagnons aussi au premier rendez-vous à la Kita ou à l’école. Nous vous expliquons aussi comment demander de l’argent pour les fournitures scolaires, le repas de midi et les sorties.',
      eligibility: 'Les familles avec des enfants jusqu’à 14 ans qui habitent à Eisenach.',
      documents:
        'Acte de naissance ou pièce d’identité de l’enfant, attestation de domicile (Meldebescheinigung), carnet de vaccination (Impfpass) et – si vous les avez – les bulletins scolaires du pays d’origine.',
    },
    'eisenacher-tafel': {
      title: 'Eisenacher Tafel – de la nourriture pour peu d’argent',
      summary:
        'Le mardi, le jeudi et le samedi, la banque alimentaire (Tafel) distribue de la nourriture aux personnes qui ont peu d’argent – pour 2 euros par passage.',
      description:
        'Des supermarchés et des boulangeries donnent à la Tafel les aliments qu’ils ne peuvent plus vendre. Des bénévoles les trient et les distribuent : fruits, légumes, pain, produits laitiers et parfois aussi de la viande.\n\nLors de votre première visite, vous recevez une carte de la Tafel (Tafel-Ausweis). Pour cela, il vous faut une preuve que vous avez peu d’argent, par exemple la décision (Bescheid) pour le revenu citoyen (Bürgergeld), les prestations pour demandeurs d’asile ou la retraite.',
      documents:
        'Pièce d’identité et une décision (Bescheid) récente pour le revenu citoyen (Bürgergeld), les prestations pour demandeurs d’asile, l’aide au logement (Wohngeld) ou la retraite.',
      costNote: 'Par passage, peu importe le nombre de personnes dans le foyer.',
    },
    'ehrenamt-tafel': {
      title: 'Aider à la banque alimentaire (Tafel)',
      summary:
        'Aller chercher, trier ou distribuer de la nourriture : la Tafel cherche des bénévoles – aussi des personnes qui sont elles-mêmes nouvelles à Eisenach.',
      description:
        'Deux ou trois heures par semaine, c’est déjà une grande aide. Vous travaillez en équipe, vous rencontrez des gens sympathiques et vous pratiquez l’allemand sans même y penser. Beaucoup de nos bénévoles étaient autrefois eux-mêmes clients de la Tafel.\n\nVous n’avez pas besoin de connaissances particulières. Pour conduire la camionnette, il vous faut un permis de conduire de catégorie B. Si vous le souhaitez, vous recevez une attestation de bénévolat – elle aide aussi pour les candidatures.',
    },
    'sport-fuer-alle': {
      title: 'Du sport pour tous : football, gymnastique et tennis de table',
      summary:
        'Venez simplement vous entraîner avec nous : les trois premiers mois sont gratuits, ensuite l’adhésion coûte 5 euros par mois.',
      description:
        'Football pour les enfants et les adultes le lundi et le mercredi, gymnastique pour les femmes le mercredi, tennis de table le samedi matin. Une tenue de sport et des chaussures de salle suffisent – le club a les ballons et les raquettes.\n\nPour les enfants et les jeunes de familles qui ont peu d’argent, le dispositif éducation et participation (Bildungs- und Teilhabepaket) peut payer la cotisation. Nous vous aidons à faire la demande.',
      costNote: 'Par mois ; les trois premiers mois sont gratuits. Les enfants paient 3 euros.',
    },
    'beratung-in-der-muttersprache': {
      title: 'Lieu de rencontre et conseil dans votre langue maternelle',
      summary:
        'Des personnes elles-mêmes immigrées vous aident pour les formulaires et les questions de la vie quotidienne – dans votre langue et sans rendez-vous.',
      description:
        'À la Kulturbrücke, des bénévoles de Syrie, d’Érythrée, de Somalie, d’Irak, d’Afghanistan et du Cameroun travaillent ensemble. Ils savent ce que c’est d’arriver dans un pays nouveau. Ils vous aident à comprendre vos lettres, vous accompagnent dans les administrations et connaissent les bons services de conseil.\n\nLe samedi, il y a souvent des fêtes, des après-midi cuisine ou des sorties. Tout le monde est le bienvenu.',
    },
    antidiskriminierungsberatung: {
      title: 'Conseil en cas de discrimination et de racisme',
      summary:
        'Vous avez été mal traité(e) en cherchant un logement, au travail ou dans la rue ? Nous vous écoutons, nous notons ce qui s’est passé et nous vous aidons à vous défendre.',
      description:
        'En Allemagne, la discrimination est interdite, par exemple à cause de l’origine, de la couleur de peau, de la religion ou du sexe. Nous vous conseillons en toute confidentialité et seulement si vous le souhaitez. Ensemble, nous réfléchissons à ce que vous pouvez faire : écrire une lettre de réclamation, parler avec l’autre partie ou examiner des démarches juridiques.\n\nLe service travaille avec le réseau antidiscrimination de Thuringe (Thüringer Antidiskriminierungsnetzwerk). Si vous avez été agressé(e), nous vous mettons aussi en contact avec un service d’aide aux victimes (Opferberatung).',
      howToApply:
        'Écrivez-nous un e-mail ou appelez-nous. Nous vous répondons dans un délai de deux jours ouvrables. Si vous le souhaitez, nous pouvons aussi nous rencontrer dans un autre lieu.',
    },
  },
  topics: {
    framework: 'L’intégration là où vous vivez',
    'municipal-tasks': 'Administrations et autorités',
    'language-education': 'Langue et éducation',
    'language-courses': 'Cours d’allemand',
    literacy: 'Apprendre à lire et à écrire',
    'school-childcare': 'Crèche (Kita) et école',
    work: 'Travail et formation professionnelle',
    recognition: 'Reconnaissance des diplômes',
    'vocational-training': 'Formation professionnelle (Ausbildung)',
    'job-search': 'Trouver du travail',
    counselling: 'Conseil et accompagnement',
    'migration-counselling': 'Conseil en migration',
    psychosocial: 'Aide en cas de souffrance psychique',
    'anti-discrimination': 'Aide en cas de discrimination',
    participation: 'Vivre ensemble et participer',
    housing: 'Logement',
    leisure: 'Loisirs et rencontres',
    women: 'Pour les femmes',
    'everyday-help': 'Aide au quotidien',
    asylum: 'Asile et séjour',
    health: 'Santé',
    'language-mediation': 'Interprètes chez le médecin et à l’hôpital',
    'health-insurance': 'Assurance maladie et médecins',
    volunteering: 'Bénévolat et engagement',
    'get-involved': 'Participer et aider',
    'project-funding': 'Financement de projets',
  },
  audiences: {
    refugees: 'Personnes réfugiées',
    'eu-migrants': 'Personnes venues de pays de l’UE',
    women: 'Femmes',
    'young-people': 'Jeunes (12 à 27 ans)',
    families: 'Familles',
    children: 'Enfants (jusqu’à 14 ans)',
    seniors: 'Personnes âgées (à partir de 65 ans)',
    'adults-27-plus': 'Adultes à partir de 27 ans',
  },
  districts: {
    innenstadt: 'Centre-ville',
    nord: 'Eisenach-Nord',
    sued: 'Eisenach-Süd',
    west: 'Eisenach-West',
    stregda: 'Stregda',
    meiningen: 'Meiningen',
    schmalkalden: 'Schmalkalden',
    'zella-mehlis': 'Zella-Mehlis',
    'steinbach-hallenberg': 'Steinbach-Hallenberg',
    wasungen: 'Wasungen',
  },
  locations: {
    'eis-caritas-zentrum': {
      transport: 'Bus 1, 3 ou 5 jusqu’à l’arrêt Karlsplatz, puis 2 minutes à pied',
    },
    'eis-caritas-nord': {
      transport: 'Bus 2 jusqu’à l’arrêt Mühlhäuser Straße',
    },
    'eis-vhs': {
      transport: 'À 3 minutes à pied de la gare centrale (Hauptbahnhof) et de la gare routière (ZOB)',
    },
    'eis-vhs-west': { transport: 'Bus 4 jusqu’à l’arrêt Katharinenstraße' },
    'eis-jmd': { transport: 'Bus 1 ou 3 jusqu’à l’arrêt Markt' },
    'eis-frauentreff': { transport: 'Bus 3 jusqu’à l’arrêt Marienstraße' },
    'eis-auslaenderbehoerde': {
      transport: 'Bus 1, 3 ou 5 jusqu’à l’arrêt Markt',
    },
    'eis-jobcenter': { transport: 'Bus 2 ou 6 jusqu’à l’arrêt Uferstraße' },
    'eis-klinikum': {
      transport: 'Bus 2 jusqu’à l’arrêt Klinikum, juste devant l’entrée principale',
    },
    'eis-awo-beratung': {
      transport: 'Bus 1 ou 3 jusqu’à l’arrêt Markt, puis 3 minutes à pied',
    },
    'eis-awo-mgh': { transport: 'Bus 4 jusqu’à l’arrêt Stedtfelder Straße' },
    'eis-awo-familienzentrum': {
      transport: 'Bus 7 jusqu’à l’arrêt Stregda, Anger',
    },
    'eis-drk-tafel': {
      transport: 'Bus 2 ou 6 jusqu’à l’arrêt Langensalzaer Straße',
    },
    'eis-sportplatz-nord': {
      transport: 'Bus 6 jusqu’à l’arrêt Sportpark Nord',
    },
    'eis-kulturbruecke': { transport: 'Bus 3 jusqu’à l’arrêt Wartburgallee' },
  },
  plan: {
    indicators: {
      'teilnehmende-integrationskurse': { name: 'Nouveaux participants aux cours d’intégration' },
      'anteil-b1-integrationskurs': { name: 'Part des candidats atteignant le niveau B1 au test d’allemand pour immigrés' },
      'sprachmittlungseinsaetze-gesundheit': { name: 'Interventions de médiation linguistique dans la santé' },
      'auszubildende-auslaendische-staatsangehoerigkeit': { name: 'Apprentis de nationalité étrangère' },
      'arbeitslosenquote-auslaendische-staatsangehoerige': { name: 'Taux de chômage des ressortissants étrangers' },
      'ehrenamtliche-integrationsprojekte': { name: 'Bénévoles dans les projets d’intégration' },
      'kita-betreuungsquote-migrationshintergrund': { name: 'Fréquentation de la crèche par les enfants issus de l’immigration' },
      'beratene-migrationsberatung': { name: 'Personnes conseillées par les services de conseil aux migrants' },
      'beratung-nach-sprache': { name: 'Services de conseil par langue' },
      'aktualitaet-verzeichnis': { name: 'Actualité de l’annuaire des services' },
    },
    units: {
      Personen: 'personnes',
      '%': '%',
      Einsätze: 'interventions',
      Angebote: 'offres',
    },
  },
}

export default texts
