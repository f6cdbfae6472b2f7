/**
 * Everyday words per UI language, written as a newcomer would type them (lowercase, without
 * accents where phones make them hard, the word that comes first to mind), and one-typo
 * variants of some. Every one must find at least one service of the demo town
 * (tests/integration/search-words.test.ts); kept here, not derived from the synonym seed.
 */
export const EVERYDAY_WORDS: Record<string, { words: string[]; typos: string[] }> = {
  de: {
    words: ['Arzt', 'Kinderarzt', 'Ärztin', 'Krankenhaus', 'Krankenkasse', 'Wohnung', 'Miete', 'Anwalt', 'Kita', 'Schule', 'Jobcenter', 'Arbeit', 'Ausbildung', 'Deutschkurs', 'Sprachkurs', 'Integrationskurs', 'Aufenthaltstitel', 'Asyl', 'Einbürgerung', 'Anerkennung', 'Beratung', 'Familie', 'Frauen', 'Kinder', 'Sport', 'Essen', 'Ehrenamt', 'Dolmetscher', 'Diskriminierung', 'Hausaufgaben', 'Bürgergeld', 'schwanger'],
    typos: ['Artz', 'Kinderartz', 'Wohnnug', 'Mite', 'Anwald', 'Jobcentre', 'Deutschkuhrs', 'Integrationskurz', 'Einbürgerun', 'Beratunng', 'Ausbildnug', 'Krankenhau'],
  },
  'de-x-ls': {
    words: ['Arzt', 'Kinder-Arzt', 'Kranken-Haus', 'Kranken-Kasse', 'Wohnung', 'Miete', 'Anwalt', 'Kita', 'Schule', 'Job-Center', 'Arbeit', 'Ausbildung', 'Deutsch-Kurs', 'Sprach-Kurs', 'Deutsch lernen', 'Aufenthalt', 'Asyl', 'Einbürgerung', 'Anerkennung', 'Beratung', 'Hilfe', 'Familie', 'Frauen', 'Kinder', 'Sport', 'Essen', 'Ehrenamt', 'Dolmetscher', 'Geld', 'Schwanger'],
    typos: ['Artz', 'Wohnug', 'Anwallt', 'Shule', 'Arbiet', 'Beratnug', 'Famillie', 'Dolmetcher'],
  },
  en: {
    words: ['doctor', 'paediatrician', 'hospital', 'health insurance', 'housing', 'flat', 'rent', 'lawyer', 'daycare', 'school', 'jobcentre', 'work', 'job', 'apprenticeship', 'German course', 'language course', 'integration course', 'residence permit', 'asylum', 'citizenship', 'recognition', 'advice', 'family', 'women', 'children', 'football', 'food', 'volunteering', 'interpreter', 'discrimination', 'homework', 'benefits', 'pregnancy'],
    typos: ['docter', 'hospitel', 'housng', 'lawyr', 'shcool', 'asylumm', 'familly', 'interpeter', 'pregnacy', 'homewrk'],
  },
  ar: {
    words: ['طبيب', 'دكتور', 'طبيب أطفال', 'مستشفى', 'تأمين صحي', 'سكن', 'شقة', 'إيجار', 'محامي', 'حضانة', 'مدرسة', 'جوب سنتر', 'عمل', 'شغل', 'تدريب مهني', 'دورة لغة', 'دورة لغة ألمانية', 'إقامة', 'لجوء', 'جنسية', 'معادلة الشهادة', 'استشارة', 'عائلة', 'نساء', 'أطفال', 'رياضة', 'طعام', 'تطوع', 'مترجم', 'تمييز', 'حمل'],
    typos: ['طبيبب', 'مستشفي', 'مدرسه', 'محامى', 'استشاره', 'عائله', 'مترجن', 'رياضه'],
  },
  fa: {
    words: ['پزشک', 'دکتر', 'پزشک کودکان', 'بیمارستان', 'بیمه درمانی', 'مسکن', 'خانه', 'اجاره', 'وکیل', 'مهدکودک', 'مدرسه', 'جاب سنتر', 'کار', 'شغل', 'کارآموزی', 'کلاس زبان', 'کلاس آلمانی', 'اقامت', 'پناهندگی', 'تابعیت', 'مدرک', 'مشاوره', 'خانواده', 'زنان', 'کودکان', 'ورزش', 'غذا', 'داوطلب', 'مترجم', 'تبعیض', 'بارداری'],
    typos: ['پزشگ', 'بیمارستن', 'مدرسة', 'مشاورة', 'خانواد', 'ورزيش', 'اقامط', 'تابعيت'],
  },
  uk: {
    words: ['лікар', 'педіатр', 'лікарня', 'медичне страхування', 'житло', 'квартира', 'оренда', 'адвокат', 'дитсадок', 'школа', 'джобцентр', 'робота', 'навчання', 'мовний курс', 'курс німецької', 'інтеграційний курс', 'дозвіл на проживання', 'притулок', 'громадянство', 'диплом', 'консультація', 'допомога', 'сім’я', 'жінки', 'діти', 'спорт', 'їжа', 'волонтер', 'перекладач', 'дискримінація', 'вагітність'],
    typos: ['лікарь', 'лікарна', 'квартра', 'адвакат', 'школла', 'роботa', 'перекладачь', 'консультаця'],
  },
  ru: {
    words: ['врач', 'педиатр', 'больница', 'медицинская страховка', 'жильё', 'жилье', 'квартира', 'аренда', 'адвокат', 'детский сад', 'школа', 'джобцентр', 'работа', 'обучение', 'языковой курс', 'курс немецкого', 'вид на жительство', 'убежище', 'гражданство', 'диплом', 'консультация', 'помощь', 'семья', 'женщины', 'дети', 'спорт', 'еда', 'волонтер', 'переводчик', 'дискриминация', 'беременность'],
    typos: ['врачь', 'болница', 'квартра', 'адвакат', 'школла', 'работта', 'перевотчик', 'консультацыя'],
  },
  tr: {
    words: ['doktor', 'çocuk doktoru', 'hastane', 'sağlık sigortası', 'konut', 'ev', 'kira', 'avukat', 'kreş', 'okul', 'jobcenter', 'iş', 'meslek eğitimi', 'dil kursu', 'Almanca kursu', 'uyum kursu', 'oturum izni', 'iltica', 'vatandaşlık', 'denklik', 'danışmanlık', 'yardım', 'aile', 'kadın', 'çocuk', 'spor', 'yemek', 'gönüllü', 'tercüman', 'ayrımcılık', 'hamilelik'],
    typos: ['doktr', 'hastne', 'avukad', 'okull', 'danismanlik', 'tercuman', 'cocuk', 'vatandaslik'],
  },
  fr: {
    words: ['médecin', 'docteur', 'pédiatre', 'hôpital', 'assurance maladie', 'logement', 'appartement', 'loyer', 'avocat', 'crèche', 'école', 'pôle emploi', 'travail', 'emploi', 'formation', 'cours de langue', 'cours d’allemand', 'titre de séjour', 'asile', 'naturalisation', 'diplôme', 'conseil', 'aide', 'famille', 'femmes', 'enfants', 'sport', 'nourriture', 'bénévolat', 'interprète', 'discrimination', 'grossesse'],
    typos: ['medecin', 'hopital', 'logment', 'avocta', 'ecole', 'travial', 'famile', 'interprete', 'grosesse', 'creche'],
  },
  ps: {
    words: ['ډاکټر', 'ډاکتر', 'د ماشومانو ډاکټر', 'روغتون', 'روغتیايي بیمه', 'کور', 'کرایه', 'وکیل', 'وړکتون', 'ښوونځی', 'جاب سنټر', 'کار', 'دنده', 'مسلکي زده کړه', 'د ژبې کورس', 'د الماني ژبې کورس', 'اقامت', 'پناه', 'تابعیت', 'سند', 'مشوره', 'مرسته', 'کورنۍ', 'ښځې', 'ماشومان', 'فوټبال', 'خواړه', 'رضاکار', 'ژباړونکی', 'تبعیض', 'امیندواري'],
    typos: ['ډاکټرر', 'روغتن', 'ښونځی', 'مشوری', 'ماشومن', 'ژباړنکی', 'کرایي', 'تابعيت'],
  },
  ti: {
    words: ['ሓኪም', 'ዶክተር', 'ሓኪም ቆልዑ', 'ሆስፒታል', 'መድሕን ጥዕና', 'ገዛ', 'መንበሪ', 'ክራይ', 'ጠበቓ', 'መውዓሊ ህጻናት', 'ቤት ትምህርቲ', 'ስራሕ', 'ሞያዊ ስልጠና', 'ትምህርቲ ቋንቋ', 'ትምህርቲ ጀርመንኛ', 'ፍቓድ መንበሪ', 'ዑቕባ', 'ስደተኛ', 'ዜግነት', 'ምስክር ወረቐት', 'ምኽሪ', 'ሓገዝ', 'ስድራ', 'ሰበይቲ', 'ቆልዑ', 'ስፖርት', 'መግቢ', 'ወለንታዊ', 'ተርጓሚ', 'ኣድልዎ', 'ጥንሲ'],
    typos: ['ሆስፒታሎ', 'ዶክቶር', 'ተርጓሜ', 'ስደተና', 'ወለንትዊ', 'ስፖርቲ'],
  },
  so: {
    words: ['dhakhtar', 'takhtar', 'dhakhtarka carruurta', 'isbitaal', 'caymiska caafimaadka', 'guri', 'kiro', 'qareen', 'xannaano', 'dugsi', 'iskuul', 'xafiiska shaqada', 'shaqo', 'tababar', 'koorso luqadeed', 'koorsada Jarmalka', 'fiisa', 'magangalyo', 'qaxooti', 'dhalasho', 'shahaado', 'talo', 'caawimaad', 'qoys', 'haween', 'carruur', 'kubadda cagta', 'cunto', 'tabaruc', 'turjubaan', 'takoor', 'uur'],
    typos: ['dakhtar', 'isbitaar', 'qarreen', 'shaqqo', 'turjubaam', 'caawimad', 'haweem', 'magangalio'],
  },
}

/** Words whose best result must be a service of a given topic (by the topic's key in the demo). */
export const FIRST_RESULT_TOPIC: { locale: string; word: string; topic: string }[] = [
  { locale: 'de', word: 'Arzt', topic: 'health' },
  { locale: 'de', word: 'Wohnung', topic: 'housing' },
  { locale: 'de', word: 'Sprachkurs', topic: 'language-education' },
  { locale: 'en', word: 'doctor', topic: 'health' },
  { locale: 'ar', word: 'طبيب', topic: 'health' },
  { locale: 'uk', word: 'житло', topic: 'housing' },
]
