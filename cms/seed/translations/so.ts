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

  guide: {},

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
        "Dugsiga, tababarka xirfadda, jaamacadda, dhibaato xafiisyada kala dhexeysa ama su'aalo kaliya: JMD-gu wuu ku garab taagan yahay ilaa aad jidkaaga ka hesho.",
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
        "Ruqsadda deganaanshaha, cusboonaysiin, ogolaanshaha shaqada ama kaar cusub: ballan online ku qabso oo keen dhammaan dukumiintiyadaada.",
      description:
        "Xafiiska ajaanibta (Ausländerbehörde) ayaa go'aamiya deganaanshahaaga Eisenach. Fadlan codso cusboonaysiinta ugu yaraan lix toddobaad ka hor inta uusan sharcigaagu dhicin. Haddii codsigaagu waqtigiisa yimaado, waxaad helaysaa warqad caddayn ah: deganaanshahaagu wuu sii ansax yahay ilaa aan go'aan ka gaarno.\n\nSharciga deganaanshaha cusub waa kaar. Waxaa lagu sameeyaa Berlin, wuxuuna diyaar noqdaa qiyaastii afar ilaa lix toddobaad kadib. Markaas waxaan kuu soo diraynaa warqad si aad u soo qaadato.",
      documents:
        "Baasaboor, sharcigaaga deganaanshaha ee hadda, sawir baasaboor oo biometric ah oo cusub, heshiiska kirada iyo caddaynta dakhliga ama Bürgergeld.",
      howToApply: "Ballan online ku qabso ama na soo wac. Ballan la'aan, nasiib darro, waxaan ku caawin karnaa oo kaliya xaaladaha degdegga ah.",
      costNote:
        "Tusaale ahaan 100 € ruqsad deganaansho oo ilaa hal sano ah. Haddii aad hesho Bürgergeld ama gargaarka magangelyo-doonka (Asylbewerberleistungen), badanaa waa la dhimaa ama waa bilaash.",
    },
    'fluechtlingsberatung-asylverfahren': {
      title: "La-talinta qaxootiga: habka magangelyada iyo waraysiga",
      summary:
        "Waxaan kuu sharraxnaa habka magangelyada, waxaan kuu diyaarinaa waraysiga BAMF, waxaanan ku caawinaa marka go'aan (Bescheid) kuu yimaado.",
      description:
        "Waraysiga (Anhörung) waa ballanta ugu muhiimsan ee habka magangelyada. Halkaas ayaad ka sheegaysaa sababta aad u qaxday. Ka hor waxaan kuu sharraxnaa sida waraysigu u socdo iyo xuquuqda aad leedahay – tusaale ahaan, inaad haweeney ahaan codsan karto turjubaan dumar ah.\n\nMarka go'aan yimaado, waan wada akhrinaynaa. Muddada dacwad-oogista waa gaaban, badanaa hal ama laba toddobaad oo kaliya. Sidaas darteed isla markiiba imow. Haddii loo baahdo, waxaan kuu gudbinaynaa qareen.",
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
        "Dad badan ayaa jidka qaxootinimada ku soo maray waxyaabo aad u xun. Taasi waxay sii xanuujin kartaa muddo dheer – maskaxda iyo jidhkaba. Keligaa kuma tihid.\n\nWada-hadallo qarsoodi ah ayaan ku dhageysanaynaa, waxaan kuu sharraxnaa waxa ka caawiya walbahaarka iyo dhaawaca nafsiga ah (trauma), waxaanan kula raadinaynaa caawimaad dheeraad ah, tusaale ahaan daaweyn nafsi ah. Turjubaannadu waa inay sirta ilaaliyaan.",
      howToApply: "Na soo wac oo noo sheeg luqadda aad ku hadasho. Badanaa laba toddobaad gudahood ayaad helaysaa wada-hadalka ugu horreeya.",
    },
    integrationskurs: {
      title: "Koorsada is-dhexgalka (Integrationskurs): Jarmal A1 ilaa B1 iyo koorsada hanuuninta",
      summary: "Baro Jarmalka ilaa heerka B1 oo wax badan ka ogow nolosha Jarmalka – subaxdii, galabtii ama Sabtida.",
      description:
        "Koorsada is-dhexgalka waxay ka kooban tahay 600 saacadood oo Jarmal ah iyo 100 saacadood oo koorsada hanuuninta ah (Orientierungskurs) oo ku saabsan siyaasadda, taariikhda iyo nolosha maalinlaha ah ee Jarmalka. Dhammaadka waxaad galaysaa imtixaanka „Deutsch-Test für Zuwanderer“ iyo imtixaanka „Leben in Deutschland“.\n\nKa hor koorsada waxaan samaynaa imtixaan gaaban oo heerka lagu go'aamiyo, si aad u gasho kooxda kugu habboon. Koorsooyin cusub waxay bilaabmaan qiyaastii labadii biloodba mar. Inta koorsadu socoto waxaa jira xannaanada carruurta haddii aad u baahato – fadlan goor hore weyddii.",
      eligibility:
        "Dhammaan soo-galootiga 16 jir iyo ka weyn ee aan weli si fiican Jarmalka ugu hadlin – iyagoo xaq u leh ama lagu waajibiyey, ama iyagoo iska bixinaya haddii boos bannaan jiro.",
      documents:
        "Kaarka aqoonsiga ama sharciga deganaanshaha iyo – haddii aad haysato – warqadda xaqa (Berechtigungsschein) ama warqadda waajibinta.",
      howToApply: "Online ku qabso ballan imtixaanka heerka, ama imow saacadaha xafiiska VHS.",
      costNote:
        "Saacad casharkiiba. Haddii aad xaq ka haysato BAMF, Jobcenter ama xafiiska ajaanibta (Ausländerbehörde), badanaa waa bilaash – arrintaas waan kula hubinaynaa.",
    },
    alphabetisierungskurs: {
      title: "Koorsada is-dhexgalka oo leh barashada akhriska iyo qorista",
      summary: "Baro akhriska iyo qorista – kooxo yaryar, tartiib iyo tallaabo tallaabo, xitaa haddii aadan waligaa dugsi dhigan.",
      description:
        "Koorsadan waxaa loogu talagalay dadka aan weli wax akhriyin ama qorin, ama wax yar oo kaliya kara – ama kuwa yaqaan far kale oo kaliya, tusaale ahaan farta Carabiga. Waxaad isku mar baranaysaa xarfaha Laatiinka iyo Jarmalka.\n\nKoorsadu waxay gaartaa ilaa 1300 saacadood, kooxahuna waa yaryar oo ugu badnaan 16 qof ah. Macallimiintu waa dad dulqaad badan oo khibrad leh.",
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
      title: "Makhaayadda luqadda (Sprachcafé) – ku hadal Jarmal adigoo kafee iyo shaah cabbaya",
      summary:
        "Arbaca kasta 16:00 ilaa 18:00: is-diiwaangelin la'aan ku tababar Jarmalka, dad cusub bar oo weydii su'aalaha nolosha maalinlaha ah.",
      description:
        "Makhaayadda luqadda waxaa ku kulma dadka Jarmalka baranaya iyo dadka Eisenach ee jecel sheekaysiga. Waxaan ka hadalnaa nolosha maalinlaha ah, shaqada, hiwaayadaha iyo wax kasta oo aad xiisaynayso. Heer kasta oo luqadeed waa soo dhowyahay.\n\nKafeega, shaaha iyo buskudka waa bilaash. Carruurtu way iman karaan, waxaana jira gees ay ku ciyaaraan.",
    },
    anerkennungsberatung: {
      title: "La-talin ku saabsan aqoonsiga shahaadooyinka dibadda",
      summary: "Ma dhammaysatay xirfad ama jaamacad dibadda? Waxaan ku tusaynaa sida shahaadadaada looga aqoonsado Jarmalka.",
      description:
        "Shaqooyin badan, tusaale ahaan kalkaalinta, macallinnimada ama dhakhtarnimada, Jarmalka waxaad ugu baahan tahay aqoonsi (Anerkennung). Waxaan kula caddaynaynaa xafiiska mas'uulka ah, dukumiintiyada aad u baahan tahay iyo cidda bixin karta kharashka.\n\nLa-talintani waxay ka mid tahay shabakadda „Integration durch Qualifizierung (IQ)“. Bishiiba mar ayay ka dhacdaa Eisenach, waqtiyada kalena waa telefoon ama fiidiyow.",
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
        "Codsiga online ku gudbi bogga Jobcenter-ka ama imow qaybta soo dhawaynta (Eingangszone). Lacagta waxaad helaysaa laga bilaabo bisha aad codsiga gudbiso.",
    },
    'jobbegleitung-gefluechtete': {
      title: "Shaqo-raacid loogu talagalay qaxootiga",
      summary:
        "Si dhakhso ah u shaqee oo shaqada dhexdeeda Jarmal ku sii baro: tababare shaqo ayaa kula raadiya shaqooyin, bilaha hore ayuuna ku garab joogaa.",
      description:
        "Haddii aad dhammaysay koorsada is-dhexgalka, uma baahnid Jarmal dhammaystiran si aad u shaqayso. Tababarahaaga shaqadu (Jobcoach) wuxuu yaqaan shirkadaha Eisenach iyo agagaarkeeda ee shaqaaleeya soo-galootiga, wuxuuna kaa caawinayaa taariikh-nololeedka (CV), codsiga iyo waraysiga shaqada.\n\nMarkaad shaqada bilowdo, tababaruhu si joogto ah ayuu ula xiriiraa adiga iyo shirkadda, si dhibaatooyinka yaryar aysan u weynaan.",
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
      title: "Makhaayadda waalidiinta ee xarunta qoyska Stregda",
      summary:
        "Talaado kasta subaxdii: waalidiinta leh carruur yaryar ayaa kulma, ciyaara, khibrad is-weydaarsada oo khubaro ka weydiiya Kita iyo barbaarinta.",
      description:
        "Makhaayadda waalidiinta waxaa boos u leh hooyooyinka, aabbayaasha, ayeeyooyinka iyo carruurta ilaa lix jir ah. Inta carruurtu ciyaarayaan, dadka waaweyni kafee ayay cabbaan oo bartaan qoysas kale.\n\nBishiiba mar waxaa yimaada khabiir, tusaale ahaan kalkaaliso carruurta ama macallimad Kita, oo ka jawaabta su'aalaha. Uma baahnid inaad is-diiwaangeliso.",
    },
    wohnungsberatung: {
      title: "La-talinta guriga: helitaanka iyo ilaalinta guri",
      summary:
        "Caawimaad raadinta guri, heshiiska kirada, Wohnberechtigungsschein, kharashaadka dheeraadka ah iyo khilaafka mulkiilaha guriga.",
      description:
        "Helitaanka guri Eisenach ma fududa. Waxaan ku tusaynaa meelaha guryaha lagu soo bandhigo, waxaan kaa caawinaynaa qorista warqadaha loo diro mulkiilayaasha, waxaanan kuu sharraxaynaa waxa ku qoran heshiiska kirada.\n\nHaddii aad hore guri u haysatay, waxaan kaa caawinaynaa xisaabta kharashaadka dheeraadka ah (Nebenkostenabrechnung), caaryada (Schimmel) ama haddii lagaa saarayo guriga. Inta aad goor hore timaaddo, ayaa wax badan aan qaban karnaa.",
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
        "Haweeney kasta waxay keentaa wax yar oo la cuno – ama kaliya niyad wanaagsan. Quraacda dhexdeeda waxaan ku hadalnaa Jarmal iyo luqado kale oo badan. Badanaa waxaa jira mawduuc, tusaale ahaan caafimaadka, dugsiga ama cuntooyinka dalkii hooyo.\n\nCarruurta ilaa lix jir ah way iman karaan; laba caawiye oo dumar ah ayaa qolka ku xiga kula ciyaara. Ragga kama qaybgalaan subaxaas – si qof walba si xor ah ugu hadlo.",
    },
    'ehrenamt-tafel': {
      title: "Ka caawi Tafel-ka",
      summary:
        "Soo qaadista, kala soocidda ama qaybinta cuntada: Tafel-ku wuxuu raadinayaa caawiyayaal – oo ay ku jiraan dad iyaguba ku cusub Eisenach.",
      description:
        "Xitaa laba ama saddex saacadood toddobaadkii aad ayay wax u taraan. Waxaad ka shaqaynaysaa koox, waxaad baranaysaa dad wanaagsan, waxaanad si dabiici ah ugu tababaranaysaa Jarmalka. Mutadawiciinteenna badan ayaa hore u ahaa macaamiisha Tafel-ka.\n\nUma baahnid aqoon hore. Si aad u waddo baabuurka xamuulka yar (Transporter), waxaad u baahan tahay shatiga darajada B. Haddii aad rabto, waxaad helaysaa shahaado ku saabsan shaqadaada tabarruca ah – taasina waxay kaa caawinaysaa codsiyada shaqada.",
    },
    antidiskriminierungsberatung: {
      title: "La-talin ku saabsan takoorka iyo cunsuriyadda",
      summary:
        "Ma laguula dhaqmay si xun markaad guri raadinaysay, shaqada ama waddada? Waan ku dhageysanaynaa, waan diiwaangelinaynaa waxa dhacay, waxaanan kaa caawinaynaa inaad xuquuqdaada difaacato.",
      description:
        "Jarmalka takooridda waa mamnuuc, tusaale ahaan sababo la xiriira asalka, midabka maqaarka, diinta ama jinsiga. Waxaan si qarsoodi ah kuugu la-talinaynaa, oo kaliya haddii aad adigu rabto. Wadajir ayaan uga fikiraynaa waxa aad samayn karto: inaad qorto warqad cabasho, inaad la hadasho dhinaca kale ama inaad eegto tallaabooyin sharci ah.\n\nLa-talintu waxay la shaqaysaa shabakadda ka-hortagga takoorka ee Thüringen. Haddii lagu weeraray, waxaan sidoo kale kuu gudbinaynaa la-talinta dhibbanayaasha (Opferberatung).",
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
}

export default texts
