/**
 * Demo content: two real-world-like towns (a city and a district) with organisations that
 * appear in the seed documents. Addresses and phone numbers are illustrative.
 */
import type { Locale } from '@shared/locales'
import type { MunicipalityKind, OrganizationKind } from '@shared/vocabularies'
import { richText } from './lexical'

type Texts = Record<string, string>

export interface DemoTown {
  slug: string
  name: string
  ags: string
  kind: MunicipalityKind
  primaryColor: string
  welcome: Texts
  contact: { office: string; street: string; postalCode: string; city: string; email: string; phone: string; website: string }
  enabledLocales?: Locale[]
}

export interface DemoOrganization {
  town: string
  slug: string
  name: string
  kind: OrganizationKind
  description: Texts
  email: string
  phone: string
  website: string
  /** The demo provider login for this organisation, if it has one. */
  provider?: string
}

export const DEMO_TOWNS: DemoTown[] = [
  {
    slug: 'eisenach',
    name: 'Eisenach',
    ags: '16056000',
    kind: 'city',
    primaryColor: '#0b5394',
    welcome: {
      de: 'Willkommen in Eisenach! Hier finden Sie Beratung, Sprachkurse und Hilfe für den Alltag – in Ihrer Sprache.',
      'de-x-ls': 'Willkommen in Eisenach. Hier finden Sie Hilfe. Die Hilfe ist in vielen Sprachen.',
      en: 'Welcome to Eisenach! Find counselling, language courses and help for everyday life – in your language.',
      ar: 'مرحبًا بكم في آيزناخ! هنا تجدون الاستشارات ودورات اللغة والمساعدة في الحياة اليومية – بلغتكم.',
      uk: 'Ласкаво просимо до Айзенаха! Тут ви знайдете консультації, мовні курси та допомогу в повсякденному житті – вашою мовою.',
      fa: 'به آیزناخ خوش آمدید! در اینجا مشاوره، کلاس‌های زبان و کمک برای زندگی روزمره را به زبان خودتان پیدا می‌کنید.',
    },
    contact: {
      office: 'Integrationsmanagement der Stadt Eisenach',
      street: 'Markt 1',
      postalCode: '99817',
      city: 'Eisenach',
      email: 'integration@eisenach.example.org',
      phone: '+49 3691 670-0',
      website: 'https://www.eisenach.example.org',
    },
  },
  {
    slug: 'schmalkalden-meiningen',
    name: 'Landkreis Schmalkalden-Meiningen',
    ags: '16066',
    kind: 'district',
    primaryColor: '#1d6b3a',
    welcome: {
      de: 'Willkommen im Landkreis Schmalkalden-Meiningen! Das Integrationsnetzwerk zeigt Ihnen alle Angebote im Landkreis.',
      en: 'Welcome to the district of Schmalkalden-Meiningen! The integration network shows you all offers in the district.',
      ar: 'مرحبًا بكم في مقاطعة شمالكالدن-ماينينغن! تعرض لكم شبكة الاندماج جميع العروض في المقاطعة.',
      uk: 'Ласкаво просимо до району Шмалькальден-Майнінген! Мережа інтеграції покаже вам усі пропозиції в районі.',
    },
    contact: {
      office: 'Integrationsmanagement im Landratsamt',
      street: 'Obertshäuser Platz 1',
      postalCode: '98617',
      city: 'Meiningen',
      email: 'integration@lk-sm.example.org',
      phone: '+49 3693 485-0',
      website: 'https://www.lk-sm.example.org',
    },
    // A district that offers fewer languages shows how a town enables a subset.
    enabledLocales: ['de', 'de-x-ls', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'],
  },
]

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    town: 'eisenach',
    slug: 'caritas-migrationsberatung',
    name: 'Caritas – Migrationsberatung für Erwachsene',
    kind: 'counselling',
    description: {
      de: 'Kostenlose Beratung für Zugewanderte ab 27 Jahren: Aufenthalt, Sprachkurs, Arbeit, Wohnen und Familie.',
      en: 'Free counselling for immigrants aged 27 and over: residence, language courses, work, housing and family.',
      ar: 'استشارة مجانية للمهاجرين من سن 27 عامًا: الإقامة، دورات اللغة، العمل، السكن والأسرة.',
      uk: 'Безкоштовні консультації для мігрантів віком від 27 років: перебування, мовні курси, робота, житло та сім’я.',
    },
    email: 'mbe@caritas-eisenach.example.org',
    phone: '03691 7373-10',
    website: 'https://www.caritas-eisenach.example.org',
    provider: 'provider@caritas-eisenach.example.org',
  },
  {
    town: 'eisenach',
    slug: 'vhs-eisenach',
    name: 'Volkshochschule Eisenach',
    kind: 'language-school',
    description: {
      de: 'Integrationskurse, Alphabetisierungskurse und Berufssprachkurse von A1 bis C1.',
      en: 'Integration courses, literacy courses and job-related German courses from A1 to C1.',
      ar: 'دورات الاندماج ودورات محو الأمية ودورات اللغة المهنية من A1 إلى C1.',
      uk: 'Інтеграційні курси, курси грамотності та професійні мовні курси від A1 до C1.',
    },
    email: 'integrationskurse@vhs-eisenach.example.org',
    phone: '03691 670-960',
    website: 'https://www.vhs-eisenach.example.org',
    provider: 'provider@vhs-eisenach.example.org',
  },
  {
    town: 'eisenach',
    slug: 'jugendmigrationsdienst',
    name: 'Jugendmigrationsdienst Eisenach',
    kind: 'counselling',
    description: {
      de: 'Begleitung für junge Menschen von 12 bis 27 Jahren: Schule, Ausbildung, Studium und Freizeit.',
      en: 'Support for young people aged 12 to 27: school, vocational training, university and leisure.',
      ar: 'مرافقة الشباب من 12 إلى 27 عامًا: المدرسة، التدريب المهني، الدراسة الجامعية وأوقات الفراغ.',
      uk: 'Супровід молодих людей віком від 12 до 27 років: школа, професійне навчання, університет і дозвілля.',
    },
    email: 'jmd@example.org',
    phone: '03691 88 45 12',
    website: 'https://www.jmd-eisenach.example.org',
  },
  {
    town: 'eisenach',
    slug: 'frauenfruehstueck-verein',
    name: 'Interkulturelles Frauenfrühstück e. V.',
    kind: 'association',
    description: {
      de: 'Seit 2018 treffen sich Frauen aus aller Welt jeden Monat zum gemeinsamen Frühstück.',
      en: 'Since 2018, women from all over the world have met every month for breakfast together.',
      ar: 'منذ عام 2018 تلتقي نساء من جميع أنحاء العالم كل شهر لتناول الفطور معًا.',
      uk: 'З 2018 року жінки з усього світу щомісяця збираються на спільний сніданок.',
    },
    email: 'kontakt@frauenfruehstueck.example.org',
    phone: '0176 1234567',
    website: 'https://frauenfruehstueck.example.org',
  },
  {
    town: 'schmalkalden-meiningen',
    slug: 'diakonie-migrationsberatung',
    name: 'Diakonie – Migrationsberatung Meiningen',
    kind: 'welfare',
    description: {
      de: 'Beratung zu Aufenthalt, Familiennachzug, Anerkennung von Abschlüssen und Sozialleistungen.',
      en: 'Counselling on residence, family reunification, recognition of qualifications and social benefits.',
      ar: 'استشارات حول الإقامة، لم شمل الأسرة، الاعتراف بالشهادات والمساعدات الاجتماعية.',
      uk: 'Консультації щодо перебування, возз’єднання сімей, визнання кваліфікацій та соціальних виплат.',
    },
    email: 'migration@diakonie-meiningen.example.org',
    phone: '03693 50 40 30',
    website: 'https://www.diakonie-meiningen.example.org',
    provider: 'provider@diakonie-meiningen.example.org',
  },
  {
    town: 'schmalkalden-meiningen',
    slug: 'bildungswerk-schmalkalden',
    name: 'Bildungswerk Schmalkalden – Sprachkurse',
    kind: 'language-school',
    description: {
      de: 'Erstorientierungskurse und Integrationskurse in Schmalkalden, Meiningen und Zella-Mehlis.',
      en: 'Initial orientation courses and integration courses in Schmalkalden, Meiningen and Zella-Mehlis.',
      ar: 'دورات التوجيه الأولي ودورات الاندماج في شمالكالدن وماينينغن وتسيلا-ميليس.',
      uk: 'Курси первинної орієнтації та інтеграційні курси в Шмалькальдені, Майнінгені та Целла-Меліс.',
    },
    email: 'kurse@bildungswerk-sm.example.org',
    phone: '03683 60 11 00',
    website: 'https://www.bildungswerk-sm.example.org',
    provider: 'provider@bildungswerk-sm.example.org',
  },
  {
    town: 'schmalkalden-meiningen',
    slug: 'jobcenter-sm',
    name: 'Jobcenter Schmalkalden-Meiningen',
    kind: 'job-centre',
    description: {
      de: 'Bürgergeld, Arbeitsvermittlung und Förderung von Weiterbildung.',
      en: 'Citizen’s income (Bürgergeld), job placement and funding for further training.',
      ar: 'إعانة المواطن، التوسط في العمل ودعم التدريب المستمر.',
      uk: 'Громадянська допомога (Bürgergeld), працевлаштування та фінансування підвищення кваліфікації.',
    },
    email: 'jobcenter-sm@example.org',
    phone: '03693 8890-0',
    website: 'https://www.jobcenter-sm.example.org',
  },
]

export const imprintFor = (town: DemoTown) =>
  richText(
    `${town.contact.office}, ${town.contact.street}, ${town.contact.postalCode} ${town.contact.city}.`,
    `E-Mail: ${town.contact.email}, Telefon: ${town.contact.phone}.`,
    'Dies ist eine Demo-Installation. Alle Angaben sind Beispiele.',
  )

export const privacyFor = () =>
  richText(
    'Dieses Portal setzt keine Cookies für Besucherinnen und Besucher und lädt nichts von fremden Servern.',
    'Es werden keine personenbezogenen Daten über Ihren Besuch gespeichert.',
  )
