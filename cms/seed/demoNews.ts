/** Demo news of Eisenach (title, lead, body by locale; days ago published). */
export const DEMO_NEWS = [
  {
    slug: 'integrationskonzept-online',
    daysAgo: 3,
    title: {
      de: 'Das Integrationskonzept der Stadt ist online',
      en: 'The town’s integration plan is online',
      ar: 'خطة الاندماج للمدينة متاحة الآن على الإنترنت',
      uk: 'Концепція інтеграції міста тепер онлайн',
    },
    lead: {
      de: 'Neun Handlungsfelder, dreißig Maßnahmen: Lesen Sie, was die Stadt vorhat und was schon erreicht ist.',
      en: 'Nine fields of action, thirty measures: read what the town plans and what has been achieved.',
      ar: 'تسعة مجالات عمل وثلاثون إجراءً: اقرأوا ما تخطط له المدينة وما تم إنجازه.',
      uk: 'Дев’ять сфер дій, тридцять заходів: дізнайтеся, що планує місто і чого вже досягнуто.',
    },
  },
  {
    slug: 'fruehstueck-im-dezember',
    daysAgo: 10,
    title: {
      de: 'Interkulturelles Frauenfrühstück im Dezember',
      en: 'Intercultural women’s breakfast in December',
      ar: 'فطور النساء متعدد الثقافات في ديسمبر',
      uk: 'Міжкультурний жіночий сніданок у грудні',
    },
    lead: {
      de: 'Am ersten Samstag im Monat treffen sich Frauen aus aller Welt. Kinder sind willkommen.',
      en: 'On the first Saturday of the month women from all over the world meet. Children are welcome.',
      ar: 'في أول يوم سبت من كل شهر تلتقي نساء من جميع أنحاء العالم. الأطفال مرحب بهم.',
      uk: 'Першої суботи місяця зустрічаються жінки з усього світу. Діти — бажані гості.',
    },
  },
  {
    slug: 'neue-sprachkurse-januar',
    daysAgo: 21,
    title: {
      de: 'Neue Integrationskurse ab Januar',
      en: 'New integration courses from January',
      ar: 'دورات اندماج جديدة ابتداءً من يناير',
      uk: 'Нові інтеграційні курси з січня',
    },
    lead: {
      de: 'Die Volkshochschule startet zwei neue Kurse, auch am Nachmittag. Jetzt beraten lassen.',
      en: 'The adult education centre starts two new courses, also in the afternoon. Get advice now.',
      ar: 'تبدأ الجامعة الشعبية دورتين جديدتين، منها دورة بعد الظهر. احصلوا على الاستشارة الآن.',
      uk: 'Народна школа починає два нові курси, зокрема після обіду. Отримайте консультацію вже зараз.',
    },
  },
]
