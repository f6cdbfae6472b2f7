/**
 * Demo events of both towns, after what the seed plans describe (the monthly intercultural
 * women's breakfast, network meetings, orientation courses …). Dates are relative to the day
 * the demo is seeded, so the calendar is never empty; repeating events started in the past.
 * Organisers, places and times are illustrative.
 */
import type { Day } from '@shared/openingHours'
import type { Frequency, Recurrence } from '@shared/recurrence'
import type { EventCategory, EventCostType } from '@shared/vocabularies'
import type { Texts } from './directoryTypes'

export interface DemoEvent {
  town: 'eisenach' | 'schmalkalden-meiningen'
  slug: string
  /** Organisation slug; null = the town itself. */
  org: string | null
  location: string | null
  category: EventCategory
  /** Days from the seed day (negative: a series that started earlier). */
  inDays: number
  time: string | null
  endTime: string | null
  recurrence?: {
    frequency: Exclude<Frequency, 'none'>
    interval?: number
    weekdays?: Day[]
    monthlyMode?: NonNullable<Recurrence['monthlyMode']>
    nth?: string
    nthWeekday?: Day
    ends?: NonNullable<Recurrence['ends']>
    untilInDays?: number
    count?: number
    /** Skip the n-th coming date (e.g. a holiday). */
    skipNext?: number
  }
  audiences: string[]
  languages: string[]
  cost?: { type: EventCostType; amount?: number }
  registration?: { url?: string; email?: string; note?: Partial<Texts> }
  cancelled?: Texts
  title: Texts
  summary: Texts
  description?: Partial<Texts>
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    town: 'eisenach',
    slug: 'interkulturelles-frauenfruehstueck',
    org: 'frauenfruehstueck-verein',
    location: 'eis-frauentreff',
    category: 'women',
    inDays: -400,
    time: '09:30',
    endTime: '11:30',
    recurrence: { frequency: 'monthly', monthlyMode: 'nthWeekday', nth: '1', nthWeekday: 'sat', skipNext: 2 },
    audiences: ['women', 'families'],
    languages: ['de', 'ar', 'uk', 'fa', 'ru'],
    cost: { type: 'free' },
    title: {
      de: 'Interkulturelles Frauenfrühstück',
      en: 'Intercultural women’s breakfast',
      ar: 'فطور النساء متعدد الثقافات',
      uk: 'Міжкультурний жіночий сніданок',
    },
    summary: {
      de: 'Frauen aus aller Welt frühstücken zusammen, lernen sich kennen und tauschen sich aus. Kinder sind willkommen.',
      en: 'Women from all over the world have breakfast together, get to know each other and share experiences. Children are welcome.',
      ar: 'نساء من جميع أنحاء العالم يتناولن الفطور معاً ويتعارفن ويتبادلن الخبرات. الأطفال مرحب بهم.',
      uk: 'Жінки з усього світу снідають разом, знайомляться й обмінюються досвідом. Діти — ласкаво просимо.',
    },
    description: {
      de: 'Seit 2018 treffen wir uns jeden ersten Samstag im Monat. Bringen Sie gern eine Kleinigkeit zum Essen mit – das ist aber kein Muss.\n\nEine Kinderbetreuung ist vor Ort.',
      en: 'We have met on the first Saturday of every month since 2018. Feel free to bring a little something to eat – but you do not have to.\n\nChildcare is available on site.',
    },
  },
  {
    town: 'eisenach',
    slug: 'sprachcafe-kulturbruecke',
    org: 'kulturbruecke-eisenach',
    location: 'eis-kulturbruecke',
    category: 'language-cafe',
    inDays: -120,
    time: '17:00',
    endTime: '19:00',
    recurrence: { frequency: 'weekly', weekdays: ['wed'] },
    audiences: ['refugees', 'eu-migrants', 'adults-27-plus', 'young-people'],
    languages: ['de', 'en', 'ar', 'uk'],
    cost: { type: 'free' },
    // The Turkish text is the demo's example of an unreviewed machine translation.
    title: { de: 'Sprachcafé', en: 'Language café', ar: 'مقهى اللغة', uk: 'Мовне кафе', tr: 'Dil kafesi' },
    summary: {
      de: 'Deutsch sprechen üben, ohne Druck, bei Tee und Kuchen. Ehrenamtliche helfen weiter.',
      en: 'Practise speaking German without pressure, over tea and cake. Volunteers help you along.',
      ar: 'تدرّب على التحدث بالألمانية دون ضغط، مع الشاي والكعك. متطوعون يساعدونك.',
      uk: 'Практикуйте німецьку без стресу за чаєм і тортом. Волонтери допоможуть.',
      tr: 'Çay ve pasta eşliğinde baskı olmadan Almanca konuşma pratiği yapın. Gönüllüler size yardımcı olur.',
    },
  },
  {
    town: 'eisenach',
    slug: 'netzwerktreffen-integration',
    org: null,
    location: 'eis-awo-mgh',
    category: 'network-meeting',
    inDays: -60,
    time: '14:00',
    endTime: '16:00',
    recurrence: { frequency: 'monthly', interval: 2, monthlyMode: 'nthWeekday', nth: '2', nthWeekday: 'tue', ends: 'count', count: 8 },
    audiences: [],
    languages: ['de'],
    registration: { email: 'integration@eisenach.example.org' },
    title: {
      de: 'Netzwerktreffen Integration',
      en: 'Integration network meeting',
      ar: 'اجتماع شبكة الاندماج',
      uk: 'Зустріч мережі з питань інтеграції',
    },
    summary: {
      de: 'Beratungsstellen, Vereine und Verwaltung stimmen sich ab: Angebote, Lücken, gemeinsame Projekte.',
      en: 'Counselling services, associations and the administration coordinate: offers, gaps, joint projects.',
      ar: 'تنسيق بين مراكز الاستشارة والجمعيات والإدارة: العروض والثغرات والمشاريع المشتركة.',
      uk: 'Консультаційні служби, об’єднання та адміністрація узгоджують пропозиції, прогалини та спільні проєкти.',
    },
  },
  {
    town: 'eisenach',
    slug: 'orientierungskurs-start',
    org: 'vhs-eisenach',
    location: 'eis-vhs',
    category: 'course-start',
    inDays: 12,
    time: '09:00',
    endTime: '12:30',
    audiences: ['refugees', 'eu-migrants', 'adults-27-plus'],
    languages: ['de'],
    cost: { type: 'free' },
    registration: {
      url: 'https://vhs-eisenach.example.org/anmeldung',
      note: { de: 'Bitte bringen Sie Ihren Berechtigungsschein mit.', en: 'Please bring your certificate of eligibility.' },
    },
    title: {
      de: 'Neuer Orientierungskurs beginnt',
      en: 'New orientation course starts',
      ar: 'بدء دورة توجيهية جديدة',
      uk: 'Починається новий орієнтаційний курс',
    },
    summary: {
      de: '100 Stunden über Leben, Recht und Geschichte in Deutschland – der zweite Teil des Integrationskurses.',
      en: '100 hours on life, law and history in Germany – the second part of the integration course.',
      ar: '100 ساعة عن الحياة والقانون والتاريخ في ألمانيا – الجزء الثاني من دورة الاندماج.',
      uk: '100 годин про життя, право та історію Німеччини — друга частина інтеграційного курсу.',
    },
  },
  {
    town: 'eisenach',
    slug: 'beratungstag-anerkennung',
    org: 'caritas-migrationsberatung',
    location: 'eis-caritas-zentrum',
    category: 'counselling-day',
    inDays: 5,
    time: '10:00',
    endTime: '15:00',
    audiences: ['refugees', 'eu-migrants', 'adults-27-plus'],
    languages: ['de', 'en', 'ar', 'ru'],
    cost: { type: 'free' },
    registration: { email: 'migration@caritas-eisenach.example.org' },
    title: {
      de: 'Beratungstag: Anerkennung ausländischer Abschlüsse',
      en: 'Counselling day: recognition of foreign qualifications',
      ar: 'يوم استشارات: الاعتراف بالشهادات الأجنبية',
      uk: 'День консультацій: визнання іноземних дипломів',
    },
    summary: {
      de: 'Einzelgespräche zur Anerkennung von Berufs- und Studienabschlüssen. Bitte Zeugnisse mitbringen.',
      en: 'One-to-one advice on recognising vocational and university qualifications. Please bring your certificates.',
      ar: 'استشارات فردية حول الاعتراف بالشهادات المهنية والجامعية. يرجى إحضار الشهادات.',
      uk: 'Індивідуальні консультації щодо визнання професійних і вищих освітніх кваліфікацій. Візьміть із собою документи.',
    },
  },
  {
    town: 'eisenach',
    slug: 'familiennachmittag',
    org: 'awo-eisenach',
    location: 'eis-awo-familienzentrum',
    category: 'children-family',
    inDays: -14,
    time: '15:00',
    endTime: '17:00',
    recurrence: { frequency: 'weekly', weekdays: ['fri'], ends: 'until', untilInDays: 90 },
    audiences: ['families', 'children'],
    languages: ['de', 'ar', 'uk'],
    cost: { type: 'free' },
    title: { de: 'Familiennachmittag', en: 'Family afternoon', ar: 'عصرية العائلة', uk: 'Сімейний день' },
    summary: {
      de: 'Spielen, basteln, Fragen stellen: Eltern und Kinder treffen andere Familien aus der Nachbarschaft.',
      en: 'Play, make things, ask questions: parents and children meet other families from the neighbourhood.',
      ar: 'لعب وأشغال يدوية وأسئلة: يلتقي الآباء والأطفال بعائلات أخرى من الحي.',
      uk: 'Ігри, творчість, запитання: батьки й діти знайомляться з іншими родинами по сусідству.',
    },
  },
  {
    town: 'eisenach',
    slug: 'fussball-fuer-alle',
    org: 'sv-eintracht-eisenach-nord',
    location: 'eis-sportplatz-nord',
    category: 'culture-sport',
    inDays: -200,
    time: '18:00',
    endTime: '19:30',
    recurrence: { frequency: 'weekly', weekdays: ['mon', 'thu'] },
    audiences: ['young-people', 'adults-27-plus'],
    languages: ['de', 'en', 'ar'],
    cost: { type: 'free' },
    title: { de: 'Fußball für alle', en: 'Football for everyone', ar: 'كرة القدم للجميع', uk: 'Футбол для всіх' },
    summary: {
      de: 'Offenes Training für Jugendliche und Erwachsene, ohne Vereinsmitgliedschaft. Sportschuhe genügen.',
      en: 'Open training for young people and adults, no club membership needed. Trainers are enough.',
      ar: 'تدريب مفتوح للشباب والبالغين دون الحاجة لعضوية النادي. يكفي حذاء رياضي.',
      uk: 'Відкрите тренування для молоді та дорослих, членство в клубі не потрібне. Достатньо кросівок.',
    },
  },
  {
    town: 'eisenach',
    slug: 'infoabend-wohnungssuche',
    org: 'drk-eisenach',
    location: 'eis-drk-geschaeftsstelle',
    category: 'information',
    inDays: 20,
    time: '18:00',
    endTime: '19:30',
    audiences: ['refugees', 'families'],
    languages: ['de', 'ar', 'uk'],
    cost: { type: 'free' },
    cancelled: {
      de: 'Verschoben – ein neuer Termin folgt.',
      en: 'Postponed – a new date will follow.',
      ar: 'تم التأجيل – سيتم الإعلان عن موعد جديد.',
      uk: 'Перенесено — нова дата буде оголошена.',
    },
    title: {
      de: 'Infoabend: Wohnung suchen',
      en: 'Information evening: finding a flat',
      ar: 'أمسية معلومات: البحث عن شقة',
      uk: 'Інформаційний вечір: пошук житла',
    },
    summary: {
      de: 'Wie finde ich eine Wohnung, was steht im Mietvertrag, was zahlt das Amt?',
      en: 'How do I find a flat, what is in the tenancy agreement, what does the office pay?',
      ar: 'كيف أجد شقة، وماذا يتضمن عقد الإيجار، وماذا تدفع الدائرة؟',
      uk: 'Як знайти житло, що написано в договорі оренди, що оплачує відомство?',
    },
  },
  {
    town: 'eisenach',
    slug: 'fest-der-kulturen',
    org: null,
    location: 'eis-kulturbruecke',
    category: 'encounter',
    inDays: 30,
    time: null,
    endTime: null,
    audiences: ['families', 'children', 'refugees', 'eu-migrants'],
    languages: ['de', 'en', 'ar', 'uk', 'tr', 'fa'],
    cost: { type: 'donation' },
    title: { de: 'Fest der Kulturen', en: 'Festival of cultures', ar: 'مهرجان الثقافات', uk: 'Фестиваль культур' },
    summary: {
      de: 'Musik, Essen und Mitmach-Angebote aus vielen Ländern – den ganzen Tag, für alle.',
      en: 'Music, food and things to join in from many countries – all day, for everyone.',
      ar: 'موسيقى وطعام وأنشطة تشاركية من بلدان كثيرة – طوال اليوم، للجميع.',
      uk: 'Музика, їжа та активності з багатьох країн — цілий день, для всіх.',
    },
  },
  {
    town: 'schmalkalden-meiningen',
    slug: 'sprachcafe-meiningen',
    org: 'frauenzentrum-meiningen',
    location: 'mgn-frauenzentrum',
    category: 'language-cafe',
    inDays: -90,
    time: '16:00',
    endTime: '18:00',
    recurrence: { frequency: 'weekly', weekdays: ['thu'] },
    audiences: ['women', 'refugees'],
    languages: ['de', 'uk', 'ar'],
    cost: { type: 'free' },
    title: { de: 'Sprachcafé für Frauen', en: 'Language café for women', ar: 'مقهى اللغة للنساء', uk: 'Мовне кафе для жінок' },
    summary: {
      de: 'Deutsch im Alltag üben, in kleiner Runde unter Frauen.',
      en: 'Practise everyday German in a small group of women.',
      ar: 'تدرّبي على الألمانية اليومية في مجموعة صغيرة من النساء.',
      uk: 'Практика повсякденної німецької в невеликому жіночому колі.',
    },
  },
  {
    town: 'schmalkalden-meiningen',
    slug: 'netzwerk-integration-landkreis',
    org: 'integrationsmanagement-sm',
    location: 'mgn-integrationsmanagement',
    category: 'network-meeting',
    inDays: -30,
    time: '13:30',
    endTime: '15:30',
    recurrence: { frequency: 'monthly', monthlyMode: 'nthWeekday', nth: '-1', nthWeekday: 'wed' },
    audiences: [],
    languages: ['de'],
    title: {
      de: 'Netzwerk Integration im Landkreis',
      en: 'District integration network',
      ar: 'شبكة الاندماج في المقاطعة',
      uk: 'Мережа інтеграції району',
    },
    summary: {
      de: 'Die Arbeitsgruppen berichten; Träger und Kommunen planen gemeinsam.',
      en: 'The working groups report; providers and municipalities plan together.',
      ar: 'تقدم مجموعات العمل تقاريرها؛ وتخطط الجهات والبلديات معاً.',
      uk: 'Робочі групи звітують; організації та громади планують разом.',
    },
  },
  {
    town: 'schmalkalden-meiningen',
    slug: 'ukrainischer-nachmittag',
    org: 'ukrainische-gemeinschaft-suedthueringen',
    location: 'zm-ukrainische-gemeinschaft',
    category: 'encounter',
    inDays: -45,
    time: '15:00',
    endTime: '18:00',
    recurrence: { frequency: 'monthly', monthlyMode: 'nthWeekday', nth: '3', nthWeekday: 'sun' },
    audiences: ['families', 'children'],
    languages: ['uk', 'ru', 'de'],
    cost: { type: 'free' },
    title: { de: 'Ukrainischer Nachmittag', en: 'Ukrainian afternoon', ar: 'عصرية أوكرانية', uk: 'Український день' },
    summary: {
      de: 'Begegnung, Beratung in ukrainischer Sprache und ein Programm für Kinder.',
      en: 'Meeting people, advice in Ukrainian and a programme for children.',
      ar: 'لقاء واستشارات باللغة الأوكرانية وبرنامج للأطفال.',
      uk: 'Зустріч, консультації українською та програма для дітей.',
    },
  },
]
