/**
 * Somali (so) demo texts: the guide pages, the services the guide links to, topics, audiences,
 * districts, the locations' directions and the towns' welcome sentences. Seed data, to be
 * checked by a native speaker. Strings use double quotes because Somali writes the glottal
 * stop with an apostrophe (la'aan, go'aan).
 */
import type { DemoLocaleTexts } from './types'

const texts: DemoLocaleTexts = {
  towns: {
    eisenach: {
      welcome: "Ku soo dhowow Eisenach! Halkan waxaad ka heleysaa la-talin, koorsooyin luqadeed iyo caawimaad nolosha maalinlaha ah – luqaddaada.",
    },
    'schmalkalden-meiningen': {
      welcome:
        "Ku soo dhowow degmada Schmalkalden-Meiningen! Shabakadda is-dhexgalka (Integrationsnetzwerk) waxay ku tusaysaa dhammaan adeegyada degmada.",
    },
  },

  guide: {
    'erste-schritte': {
      title: "Tallaabooyinka ugu horreeya ee Eisenach",
      summary:
        "Waxa aad qabanayso toddobaadyada ugu horreeya ee Eisenach – tallaabo tallaabo, iyo meelaha aad caawimaad ka heli karto.",
      body: [
        "Ku soo dhowow Eisenach! Bilowga waxaa jira wax badan oo la qabanayo: xafiisyo, foomam, ereyo cusub. Taasi waa caadi – qofna kuma khasbana inuu wax walba hal maalin ku dhammeeyo. Hagahan wuxuu ku tusayaa waxa muhiimka ah iyo sida ay isugu xigaan.",
        "## Tallaabooyinka ugu muhiimsan",
        "Dadka intooda badan waxay waxyaabahan qabtaan toddobaadyada ugu horreeya:",
        [
          "- Ciwaankaaga ka diiwaangeli xafiiska muwaadiniinta (Bürgerbüro) 14 maalmood gudahood",
          "- Hubi sharcigaaga deganaanshaha (Aufenthaltstitel) oo waqtigiisa ku cusboonaysii",
          "- Qaado caymis caafimaad oo raadso dhakhtarka qoyska (Hausarzt)",
          "- Fur koonto bangi",
          "- Raadso koorso Jarmal ah",
          "- Carruurta u diiwaangeli xannaanada carruurta (Kita) ama dugsiga",
        ].join("\n"),
        "## Keligaa uma baahnid inaad wax walba qabato",
        "Xafiisyada la-talinta ee Eisenach waxay ku caawiyaan bilaash, badanaa luqaddaada. Xeerarka kugu khuseeya waxay ku xiran yihiin heerka deganaanshahaaga – haddii aad shaki qabto, weydii la-talinta socdaalka (Migrationsberatung). Dhammaan adeegyada waxaad ka helaysaa qaybta “Hel caawimaad”.",
        "Talo: dhammaan warqadaha xafiisyada ka yimaada hal gal (Ordner) ku kaydi. Dukumiintiyada muhiimka ah ka samee nuqullo ama sawirro.",
      ].join("\n\n"),
    },
    anmeldung: {
      title: "Imaanshaha iyo diiwaangelinta ciwaanka",
      summary:
        "Markaad u guurto guri ku yaal Eisenach, waxaad 14 maalmood gudahood iska diiwaangelinaysaa xafiiska muwaadiniinta (Bürgerbüro) – waa qasab waana bilaash.",
      body: [
        "Diiwaangelinta ciwaanka (Anmeldung) waa mid ka mid ah tallaabooyinka ugu horreeya ee Eisenach. Ciwaankaaga cusub waxaad ka diiwaangelinaysaa xafiiska muwaadiniinta (Bürgerbüro) 14 maalmood gudahood markaad guriga u guurto. Sidoo kale waa sidaas haddii aad Eisenach gudaheeda ka guurto.",
        "## Xagee iyo sidee?",
        "Bürgerbüro-ga magaalada Eisenach, Markt 22, 99817 Eisenach (baska 1, 3 ama 5 ilaa joogsiga Markt). Fadlan hore u qabso ballan – internetka ama telefoonka 03691 670-0. Diiwaangelintu waa bilaash. Keen:",
        [
          "- baasaboor, kaarka aqoonsiga ama caddaynta imaanshaha (Ankunftsnachweis) – qof kasta oo la diiwaangelinayo",
          "- warqadda xaqiijinta mulkiilaha guriga (Wohnungsgeberbestätigung): warqaddan waxaad ka helaysaa mulkiilaha guriga",
          "- shahaadada dhalashada ama guurka, haddii aad xubno qoyska ah sidoo kale diiwaangelinayso",
          "- sharcigaaga deganaanshaha, haddii aad mid haysato",
        ].join("\n"),
        "## Diiwaangelinta kadib",
        "Waxaad helaysaa caddaynta is-diiwaangelinta (Meldebescheinigung). Si fiican u kaydi: waxaad ugu baahan doontaa koontada bangiga, Jobcenter-ka, Kita-da iyo xafiisyo kale oo badan. Dhowr toddobaad kadib diiwaangelintaada ugu horreysa ee Jarmalka, Xafiiska Dhexe ee Federaalka ee Canshuuraha (Bundeszentralamt für Steuern) wuxuu boosta kuugu soo dirayaa lambarkaaga aqoonsiga canshuuraha (Steuer-ID). Warqaddan sidoo kale kaydi – hadhow ayaad u baahan doontaa, tusaale ahaan shaqada iyo lacagta carruurta (Kindergeld).",
        "Ma ku nooshahay hoy wadareed (Gemeinschaftsunterkunft)? Markaas weydii shaqaalaha arrimaha bulshada ee halkaas in diiwaangelintaadu hore u dhammaatay iyo in kale.",
      ].join("\n\n"),
    },
    aufenthalt: {
      title: "Deganaanshaha iyo sharciga deganaanshaha",
      summary:
        "Xafiiska ajaanibta (Ausländerbehörde) ayaa bixiya oo cusboonaysiiya sharciga deganaanshaha – codsigaaga dir waqti hore, ka hor inta uusan sharcigaagu dhicin.",
      body: [
        "Eisenach, xafiiska ajaanibta ee magaalada (Ausländerbehörde) ayaa mas'uul ka ah deganaanshahaaga. Wuxuu ku yaal isla dhismaha Bürgerbüro-ga: Markt 22, 99817 Eisenach. Ballan la'aan lagama shaqeeyo – ballan ka qabso internetka ama wac 03691 670-330.",
        "## Sharcigaaga deganaanshaha",
        "Sharciga deganaanshaha (Aufenthaltstitel) badanaa waa kaar le'eg kaarka bangiga (eAT). Waxaa ku qoran ilaa goorta uu ansax yahay iyo inaad shaqayn karto iyo in kale. Hubi taariikhda uu dhacayo, oo codso cusboonaysiinta ugu yaraan lix toddobaad ka hor. Ballanta badanaa waxaad u baahan tahay:",
        [
          "- baasaboorka iyo sharciga deganaanshaha ee hadda",
          "- sawir baasaboor oo cusub oo u dhigma shuruudaha (biometrisches Passfoto)",
          "- caddaynta is-diiwaangelinta (Meldebescheinigung) iyo heshiiska kirada",
          "- caddaynta dakhliga ama Bürgergeld iyo caymiskaaga caafimaadka",
        ].join("\n"),
        "## Waa maxay Fiktionsbescheinigung?",
        "Haddii aad codsatay cusboonaysiinta waqtigeeda, laakiin xafiisku aanu weli go'aan gaarin, badanaa waxaad helaysaa Fiktionsbescheinigung. Warqaddani waxay xaqiijinaysaa in deganaanshahaaga weli la oggol yahay inta xaaladdu sidaas tahay. Had iyo jeer la soco warqaddan iyo baasaboorkaaga.",
        "Haddii aad haysato Aufenthaltsgestattung (ogolaansho joogitaan inta codsiga magangelyada la baarayo) ama Duldung (hakin ku meel gaar ah oo celinta ah), xeerar kale ayaa khuseeya. Markaas la-talin ka hel la-talinta qaxootiga ama la-talinta socdaalka – gaar ahaan haddii ay kuu timaado warqad leh muddo kama dambays ah.",
      ].join("\n\n"),
    },
    gesundheit: {
      title: "Caafimaadka: caymiska caafimaadka iyo dhakhtarka",
      summary:
        "Jarmalka qof walba wuxuu u baahan yahay caymis caafimaad – kaarkaaga caafimaadka ayaad badanaa marka hore kula tagtaa dhakhtarka qoyska (Hausarzt).",
      body: [
        "Jarmalka caymiska caafimaadku waa qasab. Haddii aad shaqayso ama aad hesho Bürgergeld, badanaa waxaa lagu caymiyaa sanduuq caymis caafimaad oo dowladeed (Krankenkasse). Krankenkasse-ga adigaa dooranaya; kadib waxaad helaysaa kaarka caafimaadka ee elektaroonigga ah (Gesundheitskarte). Kaarka la soco mar kasta oo aad dhakhtar u tagto.",
        "Haddii aad hesho gargaar ku salaysan sharciga gargaarka magangelyo-doonka (Asylbewerberleistungsgesetz), xafiiska arrimaha bulshada (Sozialamt) ayaa kuu sharxaya sida aad dhakhtar ugu tagi karto. Haddii xaaladdaadu aysan caddayn, weydii la-talinta socdaalka.",
        "## U tagista dhakhtarka",
        [
          "- Raadso rug dhakhtarka qoyska (Hausarzt) oo kuu dhow, oo ka hor wac si aad ballan u hesho.",
          "- Haddii loo baahdo, dhakhtarka qoyskaagu wuxuu kuu gudbiyaa dhakhtar takhasus leh isagoo ku siinaya warqad gudbin (Überweisung).",
          "- Carruurtu waxay tagaan dhakhtarka carruurta (Kinderarzt). Halkaas waxaa lagu sameeyaa baaritaannada caafimaadka ee joogtada ah (U-Untersuchungen) iyo tallaalada.",
          "- Daawooyinka warqadda dhakhtarka (Rezept) lagu qaato waxaad ka helaysaa farmashiyaha (Apotheke).",
        ].join("\n"),
        "St. Georg Klinikum ee Eisenach waxaa ka shaqeeya turjubaanno luqadeed oo tababaran. Ballanta dhakhtarka waxaad sidoo kale la iman kartaa qof weyn oo aad aaminsan tahay oo kuu turjuma.",
        "## Fiidkii, habeenkii iyo dhammaadka toddobaadka",
        "Haddii rugta dhakhtarku xiran tahay, wac adeegga dhakhtarka ee xilliyada rugaha dhakhaatiirtu xiran yihiin (ärztlicher Bereitschaftsdienst): 116117. Haddii nolol khatar ku jirto, isla markiiba wac 112.",
      ].join("\n\n"),
    },
    sprachkurse: {
      title: "Barashada Jarmalka: koorsooyinka luqadda",
      summary:
        "Koorsada is-dhexgalka (Integrationskurs) waxaad ku baranaysaa Jarmalka ilaa heerka B1, waxaadna wax badan ka ogaanaysaa nolosha Jarmalka – badanaa bilaash ama lacag yar.",
      body: [
        "Jarmalku waa furaha shaqada, dugsiga iyo saaxiibo cusub. Koorsada ugu muhiimsan waa koorsada is-dhexgalka (Integrationskurs) ee Xafiiska Federaalka ee Socdaalka iyo Qaxootiga (BAMF). Waxay leedahay 600 saacadood oo Jarmal ah iyo 100 saacadood oo koorso hanuunin ah oo ku saabsan siyaasadda, taariikhda iyo nolosha maalinlaha ah. Dhammaadka waxaad galaysaa imtixaanka “Deutsch-Test für Zuwanderer” (imtixaanka Jarmalka ee soo-galootiga) iyo imtixaanka “Leben in Deutschland” (nolosha Jarmalka).",
        "## Sida aad koorsada ku gasho",
        [
          "- Badanaa waxaad u baahan tahay warqadda xaqa (Berechtigungsschein). Xafiiska ajaanibta (Ausländerbehörde) ayaa ku siiya marka uu ku siinayo sharciga deganaanshaha, ama waxaad ka codsanaysaa BAMF. Mararka qaarkood Jobcenter-ka ayaa kugu waajibiya koorsada.",
          "- Iska diiwaangeli iskuul bixiya koorsada, tusaale ahaan Volkshochschule (VHS, xarunta waxbarashada dadka waaweyn) ee Eisenach. Halkaas waxaad ku galaysaa imtixaan gaaban oo heerkaaga lagu go'aamiyo.",
          "- Keen kaarka aqoonsiga ama sharciga deganaanshaha iyo Berechtigungsschein-ka.",
          "- Weydii xannaanada carruurta iyo kaalmada kharashka gaadiidka haddii aad u baahan tahay.",
        ].join("\n"),
        "Kharashku wuu yar yahay; dadka hela Bürgergeld ama dakhligoodu yar yahay waa laga dhaafi karaa. Inaad xaq u leedahay boos iyo in kale waxay ku xiran tahay deganaanshahaaga – haddii aad shaki qabto, weydii la-talinta socdaalka.",
        "## Fursado kale",
        "Haddii aadan weli wax akhriyin ama qorin, waxaad geli kartaa koorsada is-dhexgalka oo leh barashada akhriska iyo qorista (Alphabetisierung). Heerka B1 kadib waxaad ku sii wadi kartaa koorsada luqadda shaqada (Berufssprachkurs). Kafeega luqadda (Sprachcafé) waxaad ku tababaranaysaa Jarmalka si degan adigoo kafee iyo shaah cabbaya – is-diiwaangelin looma baahna.",
      ].join("\n\n"),
    },
    arbeit: {
      title: "Shaqada iyo aqoonsiga shahaadooyinka",
      summary:
        "Sharcigaaga deganaanshaha waxaa ku qoran inaad shaqayn karto iyo in kale – Jobcenter-ka, Agentur für Arbeit iyo la-talinta aqoonsiga ayaa kaa caawiya bilowga.",
      body: [
        "Shaqadu waxay kaa caawisaa inaad madax-bannaanaato, Jarmal barato oo dad barato. Ka hor intaadan shaqo aqbalin, hubi ogolaanshahaaga shaqada: sharciga deganaanshaha ama warqaddiisa dheeraadka ah waxaa ku qoran, tusaale ahaan, “Erwerbstätigkeit erlaubt” (shaqo waa la oggol yahay) ama “Beschäftigung nur mit Erlaubnis der Ausländerbehörde” (shaqo kaliya ogolaanshaha xafiiska ajaanibta). Xaaladda labaad, waxaad codsi u gudbinaysaa xafiiska ajaanibta (Ausländerbehörde) adigoo wata dalabka shaqada. Haddii aad shaki qabto, weydii la-talinta socdaalka.",
        "## Yaa kaa caawiya raadinta shaqada?",
        [
          "- Haddii aad hesho Bürgergeld, Jobcenter Eisenach ayaa kaa mas'uul ah (Uferstraße 2).",
          "- Dadka kale oo dhan waxay iska diiwaangeliyaan shaqo-doon ahaan Agentur für Arbeit (xafiiska shaqada). Halkaas waxaa sidoo kale laga helaa la-talin xirfadeed.",
          "- Adeegga Socdaalka Dhallinyarada (Jugendmigrationsdienst) wuxuu dhallinyarada ilaa 27 jir ah ku taageeraa jidka tababarka xirfadda (Ausbildung).",
          "- Heshiiskaaga shaqo ee ugu horreeya waxaad u baahan tahay lambarka aqoonsiga canshuuraha (Steuer-ID), lambarka caymiska bulshada (Sozialversicherungsnummer) iyo koonto bangi.",
        ].join("\n"),
        "## Aqoonsiga shahaadooyinkaaga",
        "Ma dibadda ayaad xirfad ku baratay ama jaamacad ku dhigatay? Iska hubi in shahaadadaada Jarmalka laga aqoonsan karo. Xirfadaha qaarkood aqoonsigu waa qasab, tusaale ahaan caafimaadka, kalkaalinta ama macallinnimada. Shahaadooyinkaaga, caddaynta khibradda shaqo iyo – haddii aad haysato – turjumaadaha u keen la-talinta aqoonsiga (Anerkennungsberatung). Macluumaad badan waxaad sidoo kale ka helaysaa bogga “Anerkennung in Deutschland”.",
        "Jarmalka waxaa jira mushahar ugu yar oo sharci ah (Mindestlohn). Ha saxiixin wax aadan fahmin – heshiiska ha laguu sharxo ka hor.",
      ].join("\n\n"),
    },
    'schule-kita': {
      title: "Dugsiga iyo xannaanada carruurta",
      summary:
        "Jarmalka dugsigu waa qasab, carruurta laga bilaabo hal sano waxay xaq u leeyihiin boos Kita – halkan waxaad ka akhrisanaysaa sida aad ilmahaaga boos ugu habboon ugu heli karto.",
      body: [
        "Dugsiyada dowladda ee Jarmalka waa bilaash. Gobolka Thüringen, dugsigu waa qasab carruurta oo dhan ee halkan ku nool – oo ay ku jiraan carruurta hadda timid ama qaxootiga ah. Carruurta yaryar waxaa loogu talagalay xarumaha xannaanada carruurta (Kita) iyo xannaanada guryaha ee hooyo xannaaneed ama aabbe xannaaneed (Tagesmutter ama Tagesvater).",
        "## Waxa ugu muhiimsan oo kooban",
        [
          "- Carruurta laga bilaabo hal sano waxay xaq u leeyihiin boos Kita. Ilmahaaga goor hore u diiwaangeli – sida ugu fiican dhowr bilood ka hor.",
          "- Carruurta buuxinaya lix sano ka hor 1-da Agoosto, badanaa isla sanadkaas ayay dugsiga bilaabaan.",
          "- Carruurta waaweyn iyo dhallinyaradu badanaa marka hore waxay wax ku bartaan fasal leh casharro Jarmal dheeraad ah (Jarmal luqad labaad ahaan).",
          "- Keen shahaadada dhalashada ama aqoonsiga ilmaha, caddaynta is-diiwaangelinta (Meldebescheinigung), buugga tallaalka (Impfpass) iyo – haddii aad haysato – shahaadooyinkii dugsiga ee hore.",
        ].join("\n"),
        "## Caawimaad kharashka",
        "Qoysaska lacagtoodu yar tahay waxay codsan karaan gargaarka waxbarashada iyo ka-qaybgalka (Bildung und Teilhabe) ee agabka dugsiga, qadada, dalxiisyada iyo casharrada dheeraadka ah. Lacagta Kita-da sidoo kale caawimaad ayaa loo helaa. La-talinta booska Kita iyo diiwaangelinta dugsiga ayaa kula buuxisa codsiyada.",
        "Wax badan oo ku saabsan tallaabo kasta waxaad ka akhrisan kartaa boggaga “Booska Kita iyo kuuboonka Kita” iyo “Diiwaangelinta dugsiga”.",
      ].join("\n\n"),
    },
    'kita-platz': {
      title: "Booska Kita iyo kuuboonka Kita (Kita-Gutschein)",
      summary: "Sida aad Eisenach uga codsato kuuboonka Kita (Kita-Gutschein) oo aad ilmahaaga ugu hesho Kita ama hooyo xannaaneed.",
      body: [
        "Eisenach, helitaanka boos Kita waa laba tallaabo: marka hore waxaad magaalada ka codsanaysaa kuuboonka Kita (Kita-Gutschein). Kuuboonkan ayaad kadib ku dooranaysaa Kita ama hooyo xannaaneed (Tagesmutter). Haddii ay suurtagal tahay, codsiga dir saddex ilaa lix bilood ka hor inta aan ilmahaaga xannaanada la bilaabin.",
        "## Tallaabo tallaabo",
        [
          "- Buuxi codsiga Kita-Gutschein (Bürgerbüro-ga ama internetka), oo la gudbi shahaadada dhalashada iyo caddaynta is-diiwaangelinta (Meldebescheinigung).",
          "- Booqo Kita-yada kuu dhow. Qaar badan waxay leeyihiin maalmo albaabadu furan yihiin, ama waad wici kartaa oo ballan weydiisan kartaa.",
          "- Kuuboonka u gudbi Kita-da aad dooratay oo saxiix heshiiska xannaanada.",
          "- Ka hor bilowga, ilmahaagu badanaa wuxuu u baahan yahay warqad dhakhtar iyo caddaynta tallaalka jadeecada (Masern).",
        ].join("\n"),
        "## La-qabsiga iyo kharashka",
        "Toddobaadyada ugu horreeya waalid ayaa la joogaya Kita-da ilaa ilmuhu la qabsado oo uu nabad ku dareemo – taas waxaa la yiraahdaa Eingewöhnung (muddada la-qabsiga). Lacagta waalidku bixiyo badanaa waxay ku xiran tahay dakhliga. Haddii lacagtaadu yar tahay, xafiiska daryeelka dhallinyarada (Jugendamt) ayaa bixin kara lacagta oo dhan ama qayb ka mid ah. La-talinta booska Kita iyo diiwaangelinta dugsiga ayaa kaa caawinaysa dhammaan codsiyada.",
      ].join("\n\n"),
    },
    schulanmeldung: {
      title: "Diiwaangelinta dugsiga",
      summary:
        "Carruurta da'da dugsiga gaaray u diiwaangeli sida ugu dhakhsaha badan guuritaanka kadib – la-talintu waxay kaa caawinaysaa inaad hesho dugsiga saxda ah.",
      body: [
        "Carruurta da'da dugsiga waa inay imaanshaha kadib sida ugu dhakhsaha badan dib wax u bartaan. Carruurta dugsiga hoose badanaa waxay aadaan dugsiga hoose (Grundschule) ee xaafaddaada. Carruurta waaweyn iyo dhallinyarada, xafiiska waxbarashada dowladda (Staatliches Schulamt) ayaa adiga kula go'aamiya dugsiga iyo fasalka ku habboon.",
        "## Sida aad ilmahaaga u diiwaangeliso",
        [
          "- Weydii la-talinta booska Kita iyo diiwaangelinta dugsiga: dugsigee ayaa mas'uul ah?",
          "- Ballan ka qabso dugsiga ama Schulamt-ka.",
          "- Keen shahaadada dhalashada ama baasaboorka ilmaha, caddaynta is-diiwaangelinta (Meldebescheinigung), buugga tallaalka iyo shahaadooyinkii dugsiga ee hore – xitaa haddii aan la turjumin.",
          "- Ka hor fasalka koowaad, xafiiska caafimaadka dadweynaha (Gesundheitsamt) ayaa baara carruurta oo dhan (Schuleingangsuntersuchung). Warqad ayaad arrintan ka helaysaa.",
        ].join("\n"),
        "## Bilow wanaagsan oo dugsiga ah",
        "Bilowga, carruur badan waxay dheeraad u bartaan Jarmalka oo luqad labaad ah. Tag kulamada waalidiinta (Elternabend) – waxaad la iman kartaa qof kuu turjuma. Casharrada guriga waxaa ka caawisa caawimaadda casharrada guriga ee Mehrgenerationenhaus-ka, dhallinyarada 12 ilaa 27 jir ahna waxaa la taliya Adeegga Socdaalka Dhallinyarada (Jugendmigrationsdienst).",
      ].join("\n\n"),
    },
    wohnen: {
      title: "Guriga: helitaanka iyo kiraysiga guri",
      summary:
        "Sida aad guri uga raadiso Eisenach, waxa ku qoran heshiiska kirada iyo waxa aad ka ogaanayso dammaanadda (Kaution) iyo Wohnberechtigungsschein.",
      body: [
        "Helitaanka guri badanaa wuxuu u baahan yahay waqti iyo dulqaad. Siyaabo badan u raadi: boggaga internetka, wargeyska, shirkadaha guryaha iyo iskaashatooyinka guryaha ee Eisenach, iyo dadka aad taqaanno. Haddii aad hesho Bürgergeld ama gargaar xafiiska arrimaha bulshada (Sozialamt), halkaas weydii ka hor intaadan saxiixin in kirada laguu bixinayo.",
        "## Wohnberechtigungsschein (WBS)",
        "Guryaha bulshada (Sozialwohnung) waxaad u baahan tahay warqadda xaqa guriga bulshada (Wohnberechtigungsschein). Waxaad ka helaysaa magaalada haddii dakhligaagu ka hooseeyo xad go'an. Codsiga waxaad u baahan tahay kaarka aqoonsiga ama sharciga deganaanshaha, caddaynta is-diiwaangelinta iyo caddaynta dakhliga dadka guriga ku nool oo dhan.",
        "## Heshiiska kirada iyo dammaanadda",
        [
          "- Si fiican u akhri heshiiska kirada (Mietvertrag) oo ha laguu sharxo ka hor intaadan saxiixin.",
          "- Kaltmiete waa kirada aan ku jirin kharashaadka dheeraadka ah. Marka lagu daro kululaynta, biyaha iyo qashin-qaadka waxaa la yiraahdaa Warmmiete. Korontada badanaa si gaar ah ayaad u bixisaa.",
          "- Dammaanadda (Kaution) waa ugu badnaan saddex bilood oo Kaltmiete ah. Waxaad u bixin kartaa saddex qaybood oo bil kasta ah. Markaad guriga ka guurto waa laguu soo celinayaa haddii wax walba nidaam yihiin.",
          "- Markaad guriga soo gasho, samee warqadda wareejinta (Übergabeprotokoll) oo leh sawirrada waxyaabaha jaban.",
        ].join("\n"),
        "Guuritaanka kadib: ciwaankaaga ka diiwaangeli Bürgerbüro-ga, korontada iska diiwaangeli oo raac xeerarka guriga (Hausordnung), tusaale ahaan saacadaha nasashada iyo kala soocidda qashinka. Haddii aad dhibaato kala kulanto mulkiilaha guriga, kharashaadka dheeraadka ah ama caaryada, la-talinta guriga ayaa ku caawinaysa.",
      ].join("\n\n"),
    },
    geld: {
      title: "Lacagta: gargaarka, lacagta carruurta iyo koontada bangiga",
      summary: "Xafiiska ku siinaya lacag nololeed, sida aad u codsato lacagta carruurta (Kindergeld) iyo sababta aad ugu baahan tahay koonto bangi.",
      body: [
        "## Lacag nololeed",
        "Haddii dakhligaagu aanu ku filnayn, Jarmalka waxaa jira taageero. Xafiiska mas'uulka ahi wuxuu ku xiran yahay heerka deganaanshahaaga:",
        [
          "- Bürgergeld (gargaarka muwaadinka) waxaa bixiya Jobcenter-ka – dadka shaqayn kara iyo qoysaskooda. Waxaa ku jira kirada, kululaynta iyo caymiska caafimaadka.",
          "- Magangelyo-doonka iyo dadka haysta Duldung badanaa waxay gargaar ka helaan xafiiska arrimaha bulshada (Sozialamt), iyadoo lagu salaynayo sharciga gargaarka magangelyo-doonka (Asylbewerberleistungsgesetz).",
          "- Dadka aan shaqayn karin, tusaale ahaan da'da hawlgabka awgeed, waxay xafiiska arrimaha bulshada ka helaan gargaar bulsho (Sozialhilfe ama Grundsicherung).",
        ].join("\n"),
        "Codsiga goor hore dir: Bürgergeld waxaa la bixiyaa laga bilaabo bisha aad codsato. La-talinta socdaalka ayaa kula caddaynaysa gargaarka adiga kugu habboon.",
        "## Lacagta carruurta (Kindergeld)",
        "Kindergeld waxaa bixiya xafiiska lacagaha qoyska (Familienkasse) ee Hay'adda Federaalka ee Shaqada. Waxaad u baahan tahay lambarkaaga aqoonsiga canshuuraha (Steuer-ID) iyo kan ilmahaaga. Inaad hesho Kindergeld iyo in kale waxay sidoo kale ku xiran tahay sharcigaaga deganaanshaha. Haddii aad shaqayso laakiin aad wax yar kasbato, sidoo kale weydii lacagta dheeraadka ah ee carruurta (Kinderzuschlag) iyo gargaarka kirada (Wohngeld).",
        "## Furista koonto bangi",
        "Mushaharka, Bürgergeld iyo Kindergeld waxaa lagu shubaa koonto bangi. Qof kasta oo Jarmalka jooga wuxuu xaq u leeyahay koonto aasaasi ah (Basiskonto) – xitaa haddii uu haysto Aufenthaltsgestattung ama Duldung. Bangiga u keen baasaboorka ama dukumiinti aqoonsi iyo caddaynta is-diiwaangelinta (Meldebescheinigung). Is-barbardhig khidmadaha koontooyinka.",
      ].join("\n\n"),
    },
    beratung: {
      title: "La-talin iyo taageero",
      summary:
        "La-talinta socdaalka, Adeegga Socdaalka Dhallinyarada iyo xafiisyo kale oo Eisenach ku yaal ayaa kuu la taliya bilaash, si qarsoodi ah oo badanaa luqaddaada.",
      body: [
        "Warqad xafiis ka timid oo aadan fahmin? Muddo kama dambays ah, codsi, xaalad adag oo qoyska ah? Taas ayaa loo sameeyay xafiisyada la-talinta. La-talintu waa bilaash waana qarsoodi: la-taliyayaashu wax uma gudbiyaan cid kale ogolaanshahaaga la'aantii.",
        "## Xafiis kasta kuwee ayuu la taliyaa?",
        [
          "- Migrationsberatung für Erwachsene (MBE, la-talinta socdaalka ee dadka waaweyn): soo-galootiga 27 jir iyo ka weyn – deganaanshaha, koorsada luqadda, shaqada, guriga iyo qoyska.",
          "- Jugendmigrationsdienst (JMD, Adeegga Socdaalka Dhallinyarada): dhallinyarada 12 ilaa 27 jir ah – dugsiga, tababarka xirfadda, jaamacadda iyo xafiisyada.",
          "- La-talinta qaxootiga (Flüchtlingsberatung): habka magangelyada, waraysiga BAMF iyo go'aannada.",
          "- La-talinta nafsi-bulsho: marka walwal, dhibaato hurdo ama xusuusta qaxootinimada ay kugu culaystaan.",
        ].join("\n"),
        "## Sida aad u hesho xafiiska saxda ah",
        "Dhammaan adeegyada la-talinta oo leh ciwaannada, saacadaha furitaanka iyo luqadaha waxaad ka helaysaa liiska qaybta “Hel caawimaad”. Markaad la-talinta u tagayso, qaado kaarkaaga aqoonsiga ama sharciga deganaanshaha iyo warqadaha arrinta ku saabsan. Haddii aad heshay warqad leh muddo kama dambays ah, isla markiiba tag.",
      ].join("\n\n"),
    },
    notfall: {
      title: "Xaalad degdeg ah: lambarrada muhiimka ah",
      summary: "Lambarradan degdegga ah waa bilaash, habeen iyo maalinna waa la heli karaa – sida ugu fiican hadda ku kaydi telefoonkaaga.",
      body: [
        "Xaaladda degdegga ah, daqiiqad kasta waa muhiim. Dhammaan lambarrada boggan waa bilaash.",
        "## Lambarrada ugu muhiimsan",
        [
          "- 112 – dab-demiska iyo gargaarka caafimaadka degdegga ah (ambalaas): dab, shil culus iyo khatar nafeed, tusaale ahaan neef-qabatin, miyir-beel ama xanuun daran oo laabta ah",
          "- 110 – booliska: rabshad, tuugo guri la jabsaday, hanjabaad ama shil gaadiid oo dad ku dhaawacmeen",
          "- 116117 – adeegga dhakhtarka ee xilliyada rugaha xiran yihiin (ärztlicher Bereitschaftsdienst): markaad xanuunsan tahay oo rugaha dhakhaatiirtu xiran yihiin",
          "- 116 016 – khadka caawimaadda “Rabshadda ka dhanka ah haweenka” (Hilfetelefon „Gewalt gegen Frauen“): habeen iyo maalin, magac la'aan iyo luqado badan",
          "- 0800 111 0 111 – TelefonSeelsorge (khadka dhibaatooyinka nafsiga ah): markaad aad u xun tahay oo aad rabto inaad qof la hadasho (Jarmal)",
        ].join("\n"),
        "## Sida loo sameeyo wicitaan degdeg ah",
        "Is deji oo sheeg: Xagee ayay ka dhacday? Maxaa dhacay? Immisa qof ayaa dhaawacmay? Ha dhigin telefoonka ilaa xarunta wicitaanku ay wada-hadalka dhammayso. Ku hadal ereyo fudud oo Jarmal ama Ingiriis ah, marka horena sheeg ciwaanka.",
        "Booliisku wuxuu caawiyaa qof kasta oo khatar ku jira. Haddii qoyska dhexdiisa rabshad ka jirto, adiga iyo carruurtaadu waxaad heli kartaan ilaalin.",
      ].join("\n\n"),
    },
    'freizeit-ehrenamt': {
      title: "Waqtiga firaaqada, ururada iyo tabarruca",
      summary: "Ururada, kafeega luqadda (Sprachcafé) iyo shaqada tabarruca ah waxaad ku baranaysaa dadka Eisenach, waxaanad si dabiici ah ugu tababaranaysaa Jarmalka.",
      body: [
        "Waqtiga firaaqadu wuxuu ka badan yahay nasasho: halkaas ayaad saaxiibo ka helaysaa, Eisenach ka baranaysaa oo nolosha maalinlaha ah Jarmal kaga hadlaysaa. Hawlo badan waa bilaash ama waa raqiis.",
        "## Ururada iyo goobaha kulanka",
        "Jarmalka dad badan waxay waqtigooda firaaqada ku qaataan ururo (Verein) – tusaale ahaan ciyaaraha, muusikada ama beerta. Xubno cusub had iyo jeer waa la soo dhoweeyaa. Weydii tababar tijaabo ah iyo khidmad la dhimay.",
        [
          "- Kafeega luqadda (Sprachcafé): Arbaca kasta ku hadal Jarmal adigoo kafee iyo shaah cabbaya, is-diiwaangelin la'aan",
          "- Naadiga ciyaaraha: kubadda cagta, jimicsiga iyo teniska miiska, saddexda bilood ee hore bilaash",
          "- Quraac haween oo dhaqammo kala duwan isugu yimaadaan: Sabtida ugu horreysa bil kasta",
          "- Baro Eisenach: qalcadda Wartburg, Bachhaus iyo Lutherhaus",
        ].join("\n"),
        "## Tabarruc (Ehrenamt): ka qayb qaado oo caawi",
        "Ehrenamt waxaa loola jeedaa inaad si iskaa ah oo mushahar la'aan ah wax u caawiso – tusaale ahaan bangiga cuntada (Tafel), naadiga ciyaaraha ama turjubaan luqadeed ahaan. Waa wax farxad leh, waxay kuu keentaa xiriiro, waxayna u fiican tahay taariikh-nololeedkaaga (Lebenslauf). Haddii arrintaas lagu siiyo magdhow kharash (Aufwandsentschädigung), ka hor weydii la-talinta.",
      ].join("\n\n"),
    },
    rechte: {
      title: "Xuquuqdaada iyo ka-ilaalinta takoorka",
      summary: "Dastuurka Jarmalka (Grundgesetz) wuxuu ilaaliyaa sharafta iyo sinnaanta xuquuqda dadka Jarmalka jooga oo dhan – haddii lagu takooro, waxaad heli kartaa taageero.",
      body: [
        "Grundgesetz-ku waa dastuurka Jarmalka. Weedhiisa ugu horreysa waxay tiraahdaa: “Sharafta aadanaha lama taaban karo.” Taasi waxay khusaysaa qof kasta oo halkan ku nool – meel kasta oo uu ka yimid.",
        "## Xuquuq muhiim ah",
        [
          "- Dadka oo dhan way siman yihiin sharciga hortiisa. Haweenka iyo raggu waxay leeyihiin xuquuq isku mid ah.",
          "- Qofna looma takoori karo, tusaale ahaan asalkiisa, luqaddiisa, diintiisa, jinsigiisa ama naafonimo awgeed.",
          "- Qof walba wuxuu xor u yahay inuu diintiisa ku dhaqmo – ama aanu diin lahayn – iyo inuu ra'yigiisa sheego.",
          "- Rabshaddu waa mamnuuc, xitaa qoyska dhexdiisa. Carruurtu waxay xaq u leeyihiin barbaarin aan rabshad lahayn.",
        ].join("\n"),
        "## Haddii lagu takooro",
        "Ma lagula dhaqmaa si ka xun dadka kale markaad guri raadinayso, shaqada, dukaan ama xafiis dowladeed, sababtoo ah waxaad tahay soo-galooti? Taas uma baahnid inaad aqbasho. Sida ugu dhakhsaha badan u qor waxa dhacay: taariikhda, meesha, magacyada markhaatiyaasha. La-talinta ka-hortagga takoorka (Antidiskriminierungsberatung) ee Eisenach ayaa ku dhageysanaysa, si qarsoodi ah kuu la taliya, kaana caawinaysa inaad xuquuqdaada difaacato. Dalabaadka qaarkood waa in la gudbiyo laba bilood gudahood – sidaas darteed ha sugin muddo dheer.",
        "Haddii lagu weeraray ama lagu hanjabay, wac booliska 110.",
      ].join("\n\n"),
    },
  },

  services: {
    'migrationsberatung-erwachsene': {
      title: "La-talinta socdaalka ee dadka waaweyn (MBE)",
      summary:
        "Waxaan caawinaa dadka waaweyn ee 27 jir iyo ka weyn: warqadaha, deganaanshaha, koorsada luqadda, shaqada iyo guriga – bilaash iyo si qarsoodi ah.",
      description:
        "Ma ku cusub tahay Jarmalka, su'aalo badanna ma qabtaa? Xafiiska la-talinta socdaalka (Migrationsberatung) waqti ayaan kuu siinaynaa. Waxaan kuu sharraxnaa warqadaha xafiisyada ka yimaada, waxaan kaa caawinaa codsiyada, waxaanan kula raadinaa koorsada Jarmalka ee kugu habboon.\n\nLa-talintu waa bilaash waana qarsoodi. Waxaan wada samaynaa qorshe: maxaa xiga oo ugu muhiimsan – luqadda, shaqada, guriga mise qoyska?\n\nKhamiis kasta waxaa Eisenach-Nord ka furan saacado la-talin ah oo aan ballan u baahnayn.",
      eligibility:
        "Soo-galootiga 27 jir iyo ka weyn ee haysta deganaansho joogto ah ama fursad wanaagsan oo ay ku sii joogi karaan, oo ay ku jiraan muwaadiniinta Midowga Yurub. Dadka ka yar waxaa la taliya Adeegga Socdaalka Dhallinyarada (Jugendmigrationsdienst).",
      documents: "Fadlan keen kaarkaaga aqoonsiga ama sharcigaaga deganaanshaha (Aufenthaltstitel) iyo warqadaha aad su'aalaha ka qabto.",
      howToApply:
        "Na soo wac ama iimayl noo soo dir, markaas ayaad helaysaa ballan. Khamiista waxaad iman kartaa saacadaha la-talinta ee Eisenach-Nord adigoon ballan lahayn.",
    },
    'jugendmigrationsdienst-beratung': {
      title: "La-talin loogu talagalay dhallinyarada soo-galootiga ah (12 ilaa 27 sano)",
      summary:
        "Dugsiga, tababarka xirfadda, jaamacadda, dhibaato kaala dhexeysa xafiisyada ama su'aalo kaliya: JMD-gu wuu ku garab taagan yahay ilaa aad jidkaaga ka hesho.",
      description:
        "Ma tahay 12 ilaa 27 jir, mana ku cusub tahay Jarmalka? Adeegga Socdaalka Dhallinyarada (Jugendmigrationsdienst) waxaad ka helaysaa qof joogto ah oo aad la xiriirto. Waxaan kaa caawinaa is-diiwaangelinta dugsiga, koorsada Jarmalka, codsiyada shaqada iyo warqadaha.\n\nWaxaad iman kartaa adigoo keligaa ah ama adigoo la socda waalidkaa ama saaxiibadaa. Waxaan kaloo haynaa hawlo kooxeed: tababar codsi-qoris, dalxiisyo iyo kulan dhallinyaro oo galabta Talaadada ah.",
      eligibility: "Dhallinyarada leh taariikh socdaal oo da'doodu u dhaxayso 12 iyo 27 sano.",
      howToApply: "Imow saacadaha furan ee Talaadada, ama noogu soo qor WhatsApp ama iimayl.",
    },
    'beratung-in-der-muttersprache': {
      title: "Goob kulan iyo la-talin luqadda hooyo",
      summary:
        "Dad iyagu qudhoodu soo guuray ayaa kaa caawiya foomamka iyo su'aalaha nolosha maalinlaha ah – luqaddaada, ballan la'aan.",
      description:
        "Kulturbrücke waxaa ka shaqeeya mutadawiciin ka yimid Suuriya, Eritrea, Soomaaliya, Ciraaq, Afgaanistaan iyo Kameruun. Way garanayaan sida ay tahay markaad meel cusub timaado. Waxay kaa caawiyaan fahamka warqadaha, waxay kula raacaan xafiisyada, waxayna yaqaanaan xafiisyada la-talinta ee saxda ah.\n\nSabtida waxaa badanaa jira dabaaldegyo, galabo wax-karis ah ama dalxiisyo. Qof walba waa soo dhowyahay.",
    },
    aufenthaltstitel: {
      title: "Codsashada iyo cusboonaysiinta sharciga deganaanshaha",
      summary:
        "Ruqsadda deganaanshaha, cusboonaysiin, ogolaanshaha shaqada ama kaar cusub: ballan ka qabso internetka oo keen dhammaan dukumiintiyadaada.",
      description:
        "Xafiiska ajaanibta (Ausländerbehörde) ayaa go'aamiya deganaanshahaaga Eisenach. Fadlan codso cusboonaysiinta ugu yaraan lix toddobaad ka hor inta uusan sharcigaagu dhicin. Haddii codsigaagu waqtigiisa yimaado, waxaad helaysaa warqad caddayn ah: deganaanshahaagu wuu sii ansax yahay ilaa aan go'aan ka gaarno.\n\nSharciga deganaanshaha cusub waa kaar. Waxaa lagu sameeyaa Berlin, wuxuuna diyaar noqdaa qiyaastii afar ilaa lix toddobaad kadib. Markaas waxaan kuu soo diraynaa warqad si aad u soo qaadato.",
      documents:
        "Baasaboor, sharcigaaga deganaanshaha ee hadda, sawir baasaboor oo cusub oo u dhigma shuruudaha (biometrisches Passfoto), heshiiska kirada iyo caddaynta dakhliga ama Bürgergeld.",
      howToApply: "Ballan ka qabso internetka ama na soo wac. Ballan la'aan, nasiib darro, waxaan ku caawin karnaa oo kaliya xaaladaha degdegga ah.",
      costNote:
        "Tusaale ahaan 100 € ruqsad deganaansho oo ilaa hal sano ah. Haddii aad hesho Bürgergeld ama gargaarka magangelyo-doonka (Asylbewerberleistungen), badanaa waa la dhimaa ama waa bilaash.",
    },
    'fluechtlingsberatung-asylverfahren': {
      title: "La-talinta qaxootiga: habka magangelyada iyo waraysiga",
      summary:
        "Waxaan kuu sharraxnaa habka magangelyada, waxaan kuu diyaarinaa waraysiga BAMF, waxaanan ku caawinaa marka go'aan (Bescheid) kuu yimaado.",
      description:
        "Waraysiga (Anhörung) waa ballanta ugu muhiimsan ee habka magangelyada. Halkaas ayaad ka sheegaysaa sababta aad u qaxday. Ka hor waxaan kuu sharraxnaa sida waraysigu u socdo iyo xuquuqda aad leedahay – tusaale ahaan, inaad haweeney ahaan codsan karto turjubaan dumar ah.\n\nMarka go'aan yimaado, waan wada akhrinaynaa. Muddada racfaanka (Klage) waa gaaban, badanaa hal ama laba toddobaad oo kaliya. Sidaas darteed isla markiiba imow. Haddii loo baahdo, waxaan kuu gudbinaynaa qareen.",
      documents:
        "Dhammaan warqadaha BAMF, ogolaanshahaaga joogitaanka inta habka magangelyadu socdo (Aufenthaltsgestattung) iyo – haddii aad haysato – qoraalka waraysiga.",
      howToApply:
        "Na soo wac, ama imow saacadaha furan ee Isniinta ama Khamiista. Haddii aad heshay go'aan leh muddo kama dambays ah, fadlan isla markiiba imow – xitaa ballan la'aan.",
    },
    einbuergerung: {
      title: "Dhalasho-qaadasho (Einbürgerung) – dhalashada Jarmalka",
      summary:
        "Ma shan sano ayaad Jarmalka ku nooshahay, mana rabtaa inaad Jarmal noqoto? Waxaan kuu sharraxnaa shuruudaha iyo codsiga.",
      description:
        "Si aad dhalashada Jarmalka u hesho, caadi ahaan waxaad u baahan tahay shan sano oo deganaansho ah, Jarmal heerka B1 ah, imtixaanka dhalashada (Einbürgerungstest) iyo dakhli adiga kuu gaar ah. Laga soo bilaabo 2024, inta badan waad sii haysan kartaa dhalashadaadii hore.\n\nKulanka la-talinta waxaan kula hubinaynaa inaad buuxisay shuruudaha, waxaanan ku siinaynaa liiska dukumiintiyada. Go'aanka codsigu hadda wuxuu qaataa qiyaastii laba iyo toban bilood.",
      costNote: "255 € qofkiiba; 51 € ilmaha la dhalashaysiiyo isagoo la socda waalid.",
    },
    'sprachmittlung-krankenhaus': {
      title: "Turjumaad luqadeed isbitaalka",
      summary:
        "Marka lagu seexinayo isbitaalka, ka hor qalliinka iyo marka lagaa saarayo, turjubaanno tababaran ayaa kuu turjuma – goobta, fiidiyow ama telefoon.",
      description:
        "St. Georg Klinikum waxay rabtaa in bukaan kasta fahmo waxa ku dhacaya. Sidaas darteed waxaa jira koox turjubaanno luqadeed oo tababaran (Sprachmittler). Waxay turjumaan wada-hadallada muhiimka ah ee lala yeesho dhakhaatiirta iyo kalkaaliyayaasha.\n\nMarka lagu diiwaangelinayo, sheeg luqadda aad ku hadasho. Shaqaalaha ayaa markaas kuu dalbanaya turjubaan. Adiga waa kuu bilaash. Carruurtaada ama dadka aad taqaanno uma baahna inay kuu turjumaan.",
    },
    'psychosoziale-beratung': {
      title: "La-talin nafsi-bulsho oo loogu talagalay qaxootiga",
      summary:
        "Marka walwal, riyooyin xun ama xusuusta qaxootinimada ay kugu culaystaan: wada-hadal khubaro, haddii aad rabto turjubaan la socda.",
      description:
        "Dad badan ayaa jidka qaxootinimada ku soo maray waxyaabo aad u xun. Taasi waxay sii xanuujin kartaa muddo dheer – maskaxda iyo jidhkaba. Keligaa kuma tihid.\n\nWada-hadallo qarsoodi ah ayaan ku dhageysanaynaa, waxaan kuu sharraxnaa waxa ka caawiya walbahaarka iyo dhaawaca nafsiga ah, waxaanan kula raadinaynaa caawimaad dheeraad ah, tusaale ahaan daaweyn nafsi ah. Turjubaannadu waa inay sirta ilaaliyaan.",
      howToApply: "Na soo wac oo noo sheeg luqadda aad ku hadasho. Badanaa laba toddobaad gudahood ayaad helaysaa wada-hadalka ugu horreeya.",
    },
    integrationskurs: {
      title: "Koorsada is-dhexgalka (Integrationskurs): Jarmal A1 ilaa B1 iyo koorsada hanuuninta",
      summary: "Baro Jarmalka ilaa heerka B1 oo wax badan ka ogow nolosha Jarmalka – subaxdii, galabtii ama Sabtida.",
      description:
        "Koorsada is-dhexgalka waxay ka kooban tahay 600 saacadood oo Jarmal ah iyo 100 saacadood oo koorsada hanuuninta ah (Orientierungskurs) oo ku saabsan siyaasadda, taariikhda iyo nolosha maalinlaha ah ee Jarmalka. Dhammaadka waxaad galaysaa imtixaanka “Deutsch-Test für Zuwanderer” iyo imtixaanka “Leben in Deutschland”.\n\nKa hor koorsada waxaan samaynaa imtixaan gaaban oo heerka lagu go'aamiyo, si aad u gasho kooxda kugu habboon. Koorsooyin cusub waxay bilaabmaan qiyaastii labadii biloodba mar. Inta koorsadu socoto waxaa jira xannaanada carruurta haddii aad u baahato – fadlan goor hore weyddii.",
      eligibility:
        "Dhammaan soo-galootiga 16 jir iyo ka weyn ee aan weli si fiican Jarmalka ugu hadlin – iyagoo xaq u leh ama lagu waajibiyey, ama iyagoo iska bixinaya haddii boos bannaan jiro.",
      documents:
        "Kaarka aqoonsiga ama sharciga deganaanshaha iyo – haddii aad haysato – warqadda xaqa (Berechtigungsschein) ama warqadda waajibinta.",
      howToApply: "Internetka ka qabso ballan imtixaanka heerka, ama imow saacadaha xafiiska VHS.",
      costNote:
        "Saacad casharkiiba. Haddii aad xaq ka haysato BAMF, Jobcenter ama xafiiska ajaanibta (Ausländerbehörde), badanaa waa bilaash – arrintaas waan kula hubinaynaa.",
    },
    alphabetisierungskurs: {
      title: "Koorsada is-dhexgalka oo leh barashada akhriska iyo qorista",
      summary: "Baro akhriska iyo qorista – kooxo yaryar, tartiib iyo tallaabo tallaabo, xitaa haddii aadan waligaa dugsi dhigan.",
      description:
        "Koorsadan waxaa loogu talagalay dadka aan weli wax akhriyin ama qorin, ama wax yar oo kaliya akhrin kara – ama kuwa yaqaan far kale oo kaliya, tusaale ahaan farta Carabiga. Waxaad isku mar baranaysaa xarfaha Laatiinka iyo Jarmalka.\n\nKoorsadu waxay gaartaa ilaa 1300 saacadood, kooxahuna waa yaryar oo ugu badnaan 16 qof ah. Macallimiintu waa dad dulqaad badan oo khibrad leh.",
      costNote: "Saacad casharkiiba; inta badan ka-qaybgalayaasha, BAMF ayaa bixiya kharashka.",
    },
    berufssprachkurs: {
      title: "Koorsada luqadda shaqada B2 – Jarmal loogu talagalay shaqada",
      summary:
        "Jarmal loogu talagalay shaqada iyo tababarka xirfadda: iimaylo, wicitaanno telefoon, ereyada xirfadda iyo codsiyada shaqo – qof kasta oo heerka B1 leh.",
      description:
        "Koorsada luqadda shaqada (Berufssprachkurs) waxaad ku baranaysaa luqadda aad uga baahan tahay goobta shaqada. Waxaad ku tababaranaysaa wada-hadallada lala yeesho asxaabta shaqada iyo macaamiisha, waxaad qoraysaa warbixinno, waxaanad isu diyaarinaysaa waraysiyada shaqada.\n\nKoorsadu waxay socotaa 400 ilaa 500 saacadood, waxayna ku dhammaataa imtixaan. Waxaa jira koox waqti-buuxa ah oo subaxdii ah iyo koox waqti-dhiman ah oo fiidkii ah – sidaas darteed waxaad wax baran kartaa adigoo shaqaynaya.",
      eligibility: "Waxaad leedahay ugu yaraan heerka luqadda B1, waxaadna tahay qof shaqo raadinaya, tababar xirfadeed ku jira ama shaqeeya.",
      howToApply:
        "La hadal qofka kaa mas'uulka ah ee Jobcenter ama Agentur für Arbeit (xafiiska shaqada). Haddii aad shaqaynayso, si toos ah ula xiriir VHS.",
      costNote: "Bilaash dadka shaqo raadinaya. Haddii aad shaqaynayso, waxaa laga yaabaa inaad bixiso qayb ku xiran dakhligaaga – na weydii.",
    },
    sprachcafe: {
      title: "Kafeega luqadda (Sprachcafé) – ku hadal Jarmal adigoo kafee iyo shaah cabbaya",
      summary:
        "Arbaca kasta 16:00 ilaa 18:00: is-diiwaangelin la'aan ku tababar Jarmalka, dad cusub bar oo weydii su'aalaha nolosha maalinlaha ah.",
      description:
        "Kafeega luqadda waxaa ku kulma dadka Jarmalka baranaya iyo dadka Eisenach ee jecel sheekaysiga. Waxaan ka hadalnaa nolosha maalinlaha ah, shaqada, hiwaayadaha iyo wax kasta oo aad xiisaynayso. Heer kasta oo luqadeed waa soo dhowyahay.\n\nKafeega, shaaha iyo buskudka waa bilaash. Carruurtu way iman karaan, waxaana jira gees ay ku ciyaaraan.",
    },
    anerkennungsberatung: {
      title: "La-talin ku saabsan aqoonsiga shahaadooyinka dibadda",
      summary: "Ma dhammaysatay xirfad ama jaamacad dibadda? Waxaan ku tusaynaa sida shahaadadaada looga aqoonsado Jarmalka.",
      description:
        "Shaqooyin badan, tusaale ahaan kalkaalinta, macallinnimada ama dhakhtarnimada, Jarmalka waxaad ugu baahan tahay aqoonsi (Anerkennung). Waxaan kula caddaynaynaa xafiiska mas'uulka ah, dukumiintiyada aad u baahan tahay iyo cidda bixin karta kharashka.\n\nLa-talintani waxay ka mid tahay shabakadda “Integration durch Qualifizierung (IQ)”. Bishiiba mar ayay ka dhacdaa Eisenach, waqtiyada kalena waa telefoon ama fiidiyow.",
      documents:
        "Shahaadooyinka, diblomaha iyo caddaynta khibradda shaqo – haddii ay suurtagal tahay, turjumaad la socota. Kulanka ugu horreeya nuqullo ayaa ku filan.",
    },
    'buergergeld-und-arbeitsvermittlung': {
      title: "Bürgergeld (gargaarka muwaadinka) iyo helitaanka shaqo",
      summary:
        "Lacag nololeed, kirada guriga iyo caymiska caafimaadka haddii dakhligaagu aanu ku filnayn – iyo taageero aad shaqo ku hesho.",
      description:
        "Jobcenter-ku wuxuu bixiyaa Bürgergeld haddii aad shaqayn karto laakiin aadan haysan lacag kugu filan oo aad ku noolaato. Waxaa ku jira kharashka guriga iyo kululaynta. Qaxooti badan oo ka yimid Ukraine ayaa sidoo kale lacagtooda ka hela Jobcenter-ka.\n\nQofka kaa mas'uulka ahi wuxuu kaa caawinayaa inaad hesho shaqo ama tababar xirfadeed, wuxuuna bixin karaa koorsooyin Jarmal, tababarro dheeraad ah ama shatiga baabuurka. Wada-hadallada muhiimka ah waxaan kuu dalban karnaa turjubaan.",
      documents:
        "Kaarka aqoonsiga ama sharciga deganaanshaha, heshiiska kirada, bayaannada bangiga saddexdii bilood ee u dambeeyay iyo – haddii aad haysato – warqadaha mushaharka.",
      howToApply:
        "Codsiga ku gudbi bogga internetka ee Jobcenter-ka ama imow qaybta soo dhawaynta (Eingangszone). Lacagta waxaad helaysaa laga bilaabo bisha aad codsiga gudbiso.",
    },
    'jobbegleitung-gefluechtete': {
      title: "Shaqo-raacid loogu talagalay qaxootiga",
      summary:
        "Si dhakhso ah u shaqee oo shaqada dhexdeeda Jarmal ku sii baro: tababare shaqo ayaa kula raadiya shaqooyin, bilaha hore ayuuna ku garab joogaa.",
      description:
        "Haddii aad dhammaysay koorsada is-dhexgalka, uma baahnid Jarmal dhammaystiran si aad u shaqayso. Tababarahaaga shaqadu (Jobcoach) wuxuu yaqaan shirkadaha Eisenach iyo agagaarkeeda ee shaqaaleeya soo-galootiga, wuxuuna kaa caawinayaa taariikh-nololeedka (Lebenslauf), codsiga iyo waraysiga shaqada.\n\nMarkaad shaqada bilowdo, tababaruhu si joogto ah ayuu ula xiriiraa adiga iyo shirkadda, si dhibaatooyinka yaryar aysan u weynaan.",
      eligibility: "Qaxootiga hela Bürgergeld oo dhammaystay koorsada is-dhexgalka.",
      howToApply: "Qofka kaa mas'uulka ah ee Jobcenter weydii shaqo-raacidda (Jobbegleitung).",
    },
    'ausbildung-junge-zugewanderte': {
      title: "Jidka tababarka xirfadda (Ausbildung) ee dhallinyarada soo-galootiga ah",
      summary:
        "Baro xirfadaha, hel tababar la-shaqayn (Praktikum), qor codsi: waan ku garab joognaa ilaa heshiiska tababarka – adigoo leh la-taliye ka socda shirkad Eisenach ku taal.",
      description:
        "Jarmalka dad badan waxay xirfad ku bartaan tababar xirfadeed (Ausbildung): saddex maalmood shirkadda, laba maalmood dugsiga xirfadda (Berufsschule), iyagoo mushahar qaata. Waxaan ku tusaynaa xirfadaha jira – tusaale ahaan warshadaha baabuurta, daryeelka ama farsamada gacanta.\n\nWaxaad helaysaa la-taliye (Pate) ka socda shirkad ku taal Eisenach. Wadajir ayaad u booqanaysaan shirkadaha, ugu tababaranaysaan waraysiyada shaqada oo u raadinaysaan Praktikum. Xitaa kadib marka tababarku bilaabmo, waan kuu joognaa haddii dugsiga xirfaddu kugu adkaado.",
    },
    'kita-und-schulanmeldung': {
      title: "La-talin ku saabsan booska Kita iyo diiwaangelinta dugsiga",
      summary:
        "Booska xannaanada (Kita), dugsiga mas'uulka ah, baaritaanka caafimaadka ee ka hor dugsiga: tallaabo tallaabo ayaan kaaga caawinaynaa inaad ilmahaaga u diiwaangeliso Kita ama dugsi.",
      description:
        "Jarmalka, carruurta laga bilaabo hal sano waxay xaq u leeyihiin boos xannaanada carruurta (Kita). Laga bilaabo lix sano, carruurta oo dhan waa inay dugsi aadaan. Waxaan kuu sharraxnaa sida diiwaangelintu uga shaqayso Eisenach, waxaanan kula buuxinaynaa foomamka.\n\nHaddii aad rabto, waxaan kula raacaynaa wada-hadalka ugu horreeya ee Kita ama dugsiga. Waxaan kaloo kuu sharraxnaa sida aad u codsan karto lacag loogu talagalay agabka dugsiga, qadada iyo dalxiisyada.",
      eligibility: "Qoysaska leh carruur ilaa 14 jir ah oo ku nool Eisenach.",
      documents:
        "Shahaadada dhalashada ama aqoonsiga ilmaha, caddaynta is-diiwaangelinta (Meldebescheinigung), buugga tallaalka iyo – haddii aad haysato – shahaadooyinka dugsiga ee dalkii hore.",
    },
    hausaufgabenhilfe: {
      title: "Caawimaad casharrada guriga ee Mehrgenerationenhaus",
      summary: "Isniinta ilaa Khamiista 14:00 ilaa 16:00, mutadawiciin ayaa carruurta dugsiga ka caawiya casharrada guriga, akhriska iyo Jarmalka.",
      description:
        "Dugsiga kadib, carruurta fasallada 1 ilaa 7 waxay iman karaan Mehrgenerationenhaus (guriga jiilalka badan). Mutadawiciin – badanaa dad waayeel ah ama arday jaamacadeed – ayaa u sharxa casharrada, la akhriya carruurta oo kula tababara Jarmalka.\n\nWaxaa jira cunto fudud. Waalidiintu way la iman karaan oo weydiin karaan su'aalo ku saabsan dugsiga.",
    },
    'elterncafe-stregda': {
      title: "Kafeega waalidiinta ee xarunta qoyska Stregda",
      summary:
        "Talaado kasta subaxdii: waalidiinta leh carruur yaryar ayaa kulma, ciyaara, khibrad is-weydaarsada oo khubaro ka weydiiya Kita iyo barbaarinta.",
      description:
        "Kafeega waalidiinta waxaa boos u leh hooyooyinka, aabbayaasha, awoowayaasha, ayeeyooyinka iyo carruurta ilaa lix jir ah. Inta carruurtu ciyaarayaan, dadka waaweyni kafee ayay cabbaan oo bartaan qoysas kale.\n\nBishiiba mar waxaa yimaada khabiir, tusaale ahaan kalkaaliso carruurta ama macallimad Kita, oo ka jawaabta su'aalaha. Uma baahnid inaad is-diiwaangeliso.",
    },
    wohnungsberatung: {
      title: "La-talinta guriga: helitaanka iyo ilaalinta guri",
      summary:
        "Caawimaad raadinta guri, heshiiska kirada, Wohnberechtigungsschein, kharashaadka dheeraadka ah iyo khilaafka mulkiilaha guriga.",
      description:
        "Helitaanka guri Eisenach ma fududa. Waxaan ku tusaynaa meelaha guryaha lagu soo bandhigo, waxaan kaa caawinaynaa qorista warqadaha loo diro mulkiilayaasha, waxaanan kuu sharraxaynaa waxa ku qoran heshiiska kirada.\n\nHaddii aad horeba guri u haysato, waxaan kaa caawinaynaa xisaabta kharashaadka dheeraadka ah (Nebenkostenabrechnung), caaryada (Schimmel) ama haddii lagaa saarayo guriga. Inta aad goor hore noogu timaaddo, ayaan wax badan kuu qaban karnaa.",
    },
    'eisenacher-tafel': {
      title: "Eisenacher Tafel – cunto lacag yar lagu helo",
      summary: "Talaadada, Khamiista iyo Sabtida, Tafel-ku wuxuu cunto siiyaa dadka lacagtoodu yar tahay – 2 euro markiiba.",
      description:
        "Suuqyada waaweyn iyo foornooyinka ayaa Tafel-ka siiya cuntada aysan iibin karin. Mutadawiciin ayaa kala sooca oo qaybiya: miro, khudaar, rooti, caano iyo waxyaabaha caanaha laga sameeyo, mararka qaarkoodna hilib.\n\nBooqashadaada ugu horreysa waxaad helaysaa kaarka Tafel-ka. Taas waxaad ugu baahan tahay caddayn inaad lacag yar haysato, tusaale ahaan go'aanka Bürgergeld, gargaarka magangelyo-doonka ama hawlgabka.",
      documents:
        "Kaarka aqoonsiga iyo go'aan cusub oo ku saabsan Bürgergeld, gargaarka magangelyo-doonka (Asylbewerberleistungen), gargaarka kirada (Wohngeld) ama hawlgabka (Rente).",
      costNote: "Markiiba, iyadoon loo eegayn inta qof ee guriga ku nool.",
    },
    'sport-fuer-alle': {
      title: "Ciyaaraha qof walba: kubadda cagta, jimicsiga iyo teniska miiska",
      summary: "Kaliya imow oo la tababar: saddexda bilood ee hore waa bilaash, kadibna xubinnimadu waa 5 euro bishiiba.",
      description:
        "Kubadda cagta carruurta iyo dadka waaweyn Isniinta iyo Arbacada, jimicsiga haweenka Arbacada, teniska miiska Sabtida subaxdii. Dharka ciyaaraha iyo kabaha hoolka ayaa ku filan – kubadaha iyo usha teniska naadiga ayaa haya.\n\nCarruurta iyo dhallinyarada ka soo jeeda qoysaska lacagtoodu yar tahay, xirmada waxbarashada iyo ka-qaybgalka (Bildungs- und Teilhabepaket) ayaa bixin karta lacagta xubinnimada. Waan kaa caawinaynaa codsiga.",
      costNote: "Bishiiba; saddexda bilood ee hore waa bilaash. Carruurtu waxay bixiyaan 3 euro.",
    },
    'interkulturelles-frauenfruehstueck': {
      title: "Quraac haween oo dhaqammo kala duwan isugu yimaadaan",
      summary:
        "Tan iyo 2018, Sabtida ugu horreysa bil kasta: haween adduunka oo dhan ka yimid ayaa wada quraacda, sheekaysta oo is-barta.",
      description:
        "Haweeney kasta waxay keentaa wax yar oo la cuno – ama kaliya niyad wanaagsan. Quraacda dhexdeeda waxaan ku hadalnaa Jarmal iyo luqado kale oo badan. Badanaa waxaa jira mawduuc, tusaale ahaan caafimaadka, dugsiga ama cuntooyinka dalkii hooyo.\n\nCarruurta ilaa lix jir ah way iman karaan; laba caawiye oo dumar ah ayaa qolka ku xiga kula ciyaara. Ragga kama qaybgalaan subaxaas – si qof walba si xor ah u hadli karo.",
    },
    'ehrenamt-tafel': {
      title: "Ka caawi Tafel-ka",
      summary:
        "Soo qaadista, kala soocidda ama qaybinta cuntada: Tafel-ku wuxuu raadinayaa caawiyayaal – oo ay ku jiraan dad iyaguba ku cusub Eisenach.",
      description:
        "Xitaa laba ama saddex saacadood toddobaadkii aad ayay wax u taraan. Waxaad ka shaqaynaysaa koox, waxaad baranaysaa dad wanaagsan, waxaanad si dabiici ah ugu tababaranaysaa Jarmalka. Qaar badan oo ka mid ah mutadawiciinteenna ayaa hore u ahaa macaamiisha Tafel-ka.\n\nUma baahnid aqoon hore. Si aad u waddo baabuurka xamuulka yar (Transporter), waxaad u baahan tahay shatiga darajada B. Haddii aad rabto, waxaad helaysaa shahaado ku saabsan shaqadaada tabarruca ah – taasina waxay kaa caawinaysaa codsiyada shaqada.",
    },
    antidiskriminierungsberatung: {
      title: "La-talin ku saabsan takoorka iyo cunsuriyadda",
      summary:
        "Ma lagula dhaqmay si xun markaad guri raadinaysay, shaqada ama waddada? Waan ku dhageysanaynaa, waan diiwaangelinaynaa waxa dhacay, waxaanan kaa caawinaynaa inaad xuquuqdaada difaacato.",
      description:
        "Jarmalka takooridda waa mamnuuc, tusaale ahaan sababo la xiriira asalka, midabka maqaarka, diinta ama jinsiga. Waxaan kula talinaynaa si qarsoodi ah, oo kaliya haddii aad adigu rabto. Wadajir ayaan uga fikiraynaa waxa aad samayn karto: inaad qorto warqad cabasho, inaad la hadasho dhinaca kale ama inaad eegto tallaabooyin sharci ah.\n\nLa-talintu waxay la shaqaysaa shabakadda ka-hortagga takoorka ee Thüringen. Haddii lagu weeraray, waxaan sidoo kale kuu gudbinaynaa la-talinta dhibbanayaasha (Opferberatung).",
      howToApply:
        "Noo soo dir iimayl ama na soo wac. Laba maalmood oo shaqo gudahood ayaan kula soo xiriiraynaa. Haddii aad rabto, waxaan sidoo kale ku kulmi karnaa meel kale.",
    },
  },

  topics: {
    framework: "Is-dhexgalka meesha aad ku nooshahay",
    'municipal-tasks': "Xafiisyada iyo hay'adaha dowladda",
    'language-education': "Luqadda iyo waxbarashada",
    'language-courses': "Koorsooyinka Jarmalka",
    literacy: "Barashada akhriska iyo qorista",
    'school-childcare': "Kita iyo dugsiga",
    work: "Shaqada iyo tababarka xirfadda",
    recognition: "Aqoonsiga shahaadooyinka",
    'vocational-training': "Tababarka xirfadda (Ausbildung)",
    'job-search': "Helitaanka shaqo",
    counselling: "La-talin iyo taageero",
    'migration-counselling': "La-talinta socdaalka",
    psychosocial: "Caawimaad walbahaarka iyo dhaawaca nafsiga ah",
    'anti-discrimination': "Caawimaad marka lagu takooro",
    participation: "Wada-noolaanshaha iyo ka-qaybgalka",
    housing: "Guriga",
    leisure: "Waqtiga firaaqada iyo is-barashada",
    women: "Haweenka",
    'everyday-help': "Caawimaad nolosha maalinlaha ah",
    asylum: "Magangelyo iyo deganaansho",
    health: "Caafimaadka",
    'language-mediation': "Turjumaad dhakhtarka iyo isbitaalka",
    'health-insurance': "Caymiska caafimaadka iyo dhakhaatiirta",
    volunteering: "Shaqo tabarruc ah iyo ka-qaybqaadasho",
    'get-involved': "Ka qayb qaado oo caawi",
    'project-funding': "Lacag loogu talagalay mashaariicda",
  },

  audiences: {
    refugees: "Qaxootiga",
    'eu-migrants': "Dadka ka yimid dalalka Midowga Yurub",
    women: "Haweenka",
    'young-people': "Dhallinyarada (12 ilaa 27 sano)",
    families: "Qoysaska",
    children: "Carruurta (ilaa 14 sano)",
    seniors: "Dadka waayeelka ah (65 sano iyo ka weyn)",
    'adults-27-plus': "Dadka waaweyn ee 27 sano iyo ka weyn",
  },

  // Latin script: the district names stay as they are on the town's signs.
  districts: {
    innenstadt: "Bartamaha magaalada",
    nord: "Eisenach-Nord",
    sued: "Eisenach-Süd",
    west: "Eisenach-West",
    stregda: "Stregda",
    meiningen: "Meiningen",
    schmalkalden: "Schmalkalden",
    'zella-mehlis': "Zella-Mehlis",
    'steinbach-hallenberg': "Steinbach-Hallenberg",
    wasungen: "Wasungen",
  },

  locations: {
    'eis-caritas-zentrum': { transport: "Baska 1, 3 ama 5 ilaa joogsiga Karlsplatz, kadib 2 daqiiqo oo lug ah" },
    'eis-caritas-nord': { transport: "Baska 2 ilaa joogsiga Mühlhäuser Straße" },
    'eis-jmd': { transport: "Baska 1 ama 3 ilaa joogsiga Markt" },
    'eis-kulturbruecke': { transport: "Baska 3 ilaa joogsiga Wartburgallee" },
    'eis-auslaenderbehoerde': { transport: "Baska 1, 3 ama 5 ilaa joogsiga Markt" },
    'eis-awo-beratung': { transport: "Baska 1 ama 3 ilaa joogsiga Markt, kadib 3 daqiiqo oo lug ah" },
    'eis-klinikum': { transport: "Baska 2 ilaa joogsiga Klinikum, oo si toos ah uga hor beegan albaabka weyn" },
    'eis-vhs': { transport: "3 daqiiqo oo lug ah saldhigga weyn ee tareenka (Hauptbahnhof) iyo saldhigga basaska (ZOB)" },
    'eis-vhs-west': { transport: "Baska 4 ilaa joogsiga Katharinenstraße" },
    'eis-jobcenter': { transport: "Baska 2 ama 6 ilaa joogsiga Uferstraße" },
    'eis-awo-familienzentrum': { transport: "Baska 7 ilaa joogsiga Stregda, Anger" },
    'eis-awo-mgh': { transport: "Baska 4 ilaa joogsiga Stedtfelder Straße" },
    'eis-drk-tafel': { transport: "Baska 2 ama 6 ilaa joogsiga Langensalzaer Straße" },
    'eis-sportplatz-nord': { transport: "Baska 6 ilaa joogsiga Sportpark Nord" },
    'eis-frauentreff': { transport: "Baska 3 ilaa joogsiga Marienstraße" },
  },
  plan: {
    indicators: {
      'teilnehmende-integrationskurse': { name: 'Ka-qaybgalayaasha cusub ee koorsooyinka isdhexgalka' },
      'anteil-b1-integrationskurs': { name: 'Saamiga gaara heerka B1 ee imtixaanka Jarmalka ee soogalootiga' },
      'sprachmittlungseinsaetze-gesundheit': { name: 'Hawlaha turjubaanka luqadda ee daryeelka caafimaadka' },
      'auszubildende-auslaendische-staatsangehoerigkeit': { name: 'Ardayda xirfadda ee dhalashada shisheeye leh' },
      'arbeitslosenquote-auslaendische-staatsangehoerige': { name: 'Heerka shaqo la\'aanta ee ajaanibta' },
      'ehrenamtliche-integrationsprojekte': { name: 'Mutadawiciinta mashaariicda isdhexgalka' },
      'kita-betreuungsquote-migrationshintergrund': { name: 'Xaadiritaanka xannaanada ee carruurta asalka socdaalka leh' },
      'beratene-migrationsberatung': { name: 'Dadka ay la taliyeen adeegyada talobixinta socdaalka' },
      'beratung-nach-sprache': { name: 'Adeegyada talobixinta luqad kasta' },
      'aktualitaet-verzeichnis': { name: 'Sida uu cusub yahay buugga adeegyada' },
    },
    units: {
      Personen: 'qof',
      '%': '%',
      Einsätze: 'hawlood',
      Angebote: 'adeeg',
    },
  },
}

export default texts
