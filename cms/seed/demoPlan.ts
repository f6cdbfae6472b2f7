/**
 * Demo content: Eisenach's integration plan (Integrationskonzept „Integration durch Teilhabe –
 * Teilhabe durch Integration“, council resolution 0377-StR/2020) with its nine action fields,
 * goals, 30 measures and eight indicators.
 *
 * ILLUSTRATIVE DEMO CONTENT. The fields follow the council resolution; the measures, goals and
 * indicators are drawn from what the seed documents describe (Eisenach, Erfurt, Emmerich am
 * Rhein, Landkreis Schmalkalden-Meiningen). Dates, costs, resolution numbers other than
 * 0377-StR/2020, progress reports and all figures are invented for the demo – they are not
 * official figures of the city of Eisenach.
 */
import { LEGAL_GROUPS, type LegalGroup } from '@shared/vocabularies'
import type { DemoActionField, DemoComputedIndicator, DemoIndicator, DemoMeasure } from './planTypes'

const INTEGRATION_OFFICE = 'Integrationsmanagement der Stadt Eisenach'
const PLAN_RESOLUTION = '0377-StR/2020'
/** The day the city council adopted the plan. */
const PLAN_ADOPTED = '2020-10-13'
const LSZ = 'Thüringer Landesprogramm „Solidarisches Zusammenleben der Generationen“ (LSZ)'
const NEBENAN_ANGEKOMMEN = 'Engagementfonds „nebenan angekommen“ der Thüringer Ehrenamtsstiftung'

// ── Action fields and goals ─────────────────────────────────────────────────

export const DEMO_ACTION_FIELDS: DemoActionField[] = [
  {
    key: 'framework',
    icon: 'pin',
    title: {
      de: 'Organisatorische und fachliche Rahmenbedingungen für kommunale Integrationsarbeit',
      en: 'Organisational and professional framework for municipal integration work',
      ar: 'الأطر التنظيمية والمهنية لعمل الاندماج البلدي',
      uk: 'Організаційні та фахові засади муніципальної інтеграційної роботи',
    },
    description: {
      de: 'Wer in Eisenach Integrationsarbeit leistet, arbeitet abgestimmt im Netzwerk zusammen. Angebote sind bekannt, und Lücken werden sichtbar.',
      en: 'Everyone who does integration work in Eisenach works together in a coordinated network. Offers are known, and gaps become visible.',
      ar: 'يعمل كل من يقدّم خدمات الاندماج في آيزناخ معًا بتنسيق ضمن شبكة واحدة. تكون العروض معروفة، وتظهر الثغرات بوضوح.',
      uk: 'Усі, хто займається інтеграційною роботою в Айзенаху, злагоджено співпрацюють у мережі. Пропозиції відомі, а прогалини стають помітними.',
    },
    goals: [
      {
        key: 'rahmen-vernetzung',
        title: {
          de: 'Die Akteure der Integrationsarbeit arbeiten verbindlich im Netzwerk zusammen',
          en: 'The bodies involved in integration work cooperate in a binding network',
          ar: 'تتعاون الجهات الفاعلة في مجال الاندماج ضمن شبكة بالتزامات واضحة',
          uk: 'Учасники інтеграційної роботи співпрацюють у мережі на основі чітких домовленостей',
        },
        children: [
          {
            key: 'rahmen-arbeitsgruppen',
            title: {
              de: 'Thematische Arbeitsgruppen legen Zuständigkeiten fest',
              en: 'Thematic working groups agree who is responsible for what',
              ar: 'تحدد مجموعات العمل المتخصصة المسؤوليات',
              uk: 'Тематичні робочі групи визначають, хто за що відповідає',
            },
          },
        ],
      },
      {
        key: 'rahmen-transparenz',
        title: {
          de: 'Angebote für Zugewanderte sind bekannt und leicht zu finden',
          en: 'Offers for immigrants are known and easy to find',
          ar: 'العروض المقدمة للمهاجرين معروفة ويسهل العثور عليها',
          uk: 'Пропозиції для мігрантів відомі, і їх легко знайти',
        },
        children: [
          {
            key: 'rahmen-angebotsuebersicht',
            title: {
              de: 'Eine aktuelle Angebotsübersicht ist mehrsprachig online verfügbar',
              en: 'An up-to-date overview of offers is available online in several languages',
              ar: 'تتوفر عبر الإنترنت نظرة عامة محدَّثة على العروض بعدة لغات',
              uk: 'Актуальний огляд пропозицій доступний онлайн кількома мовами',
            },
          },
        ],
      },
    ],
  },
  {
    key: 'municipal-tasks',
    icon: 'building',
    title: {
      de: 'Aufgaben der Kommune',
      en: 'Tasks of the municipality',
      ar: 'مهام البلدية',
      uk: 'Завдання муніципалітету',
    },
    description: {
      de: 'Die Stadtverwaltung öffnet ihre Dienste für alle Einwohnerinnen und Einwohner, informiert verständlich und steuert die Integrationsarbeit auf Grundlage von Daten.',
      en: 'The city administration opens its services to all residents, provides information people can understand and steers integration work on the basis of data.',
      ar: 'تفتح إدارة المدينة خدماتها لجميع السكان، وتقدّم معلومات مفهومة، وتوجّه عمل الاندماج بالاستناد إلى البيانات.',
      uk: 'Міська адміністрація відкриває свої послуги для всіх мешканців, надає зрозумілу інформацію та спрямовує інтеграційну роботу на основі даних.',
    },
    goals: [
      {
        key: 'kommune-interkulturelle-oeffnung',
        title: {
          de: 'Die Stadtverwaltung ist interkulturell geöffnet',
          en: 'The city administration is interculturally open',
          ar: 'إدارة المدينة منفتحة على الثقافات المختلفة',
          uk: 'Міська адміністрація відкрита до різних культур',
        },
        children: [
          {
            key: 'kommune-geschultes-personal',
            title: {
              de: 'Beschäftigte mit Publikumsverkehr sind interkulturell geschult',
              en: 'Staff who deal with the public have intercultural training',
              ar: 'الموظفون الذين يتعاملون مع الجمهور مدرَّبون على التواصل بين الثقافات',
              uk: 'Працівники, які обслуговують відвідувачів, пройшли міжкультурне навчання',
            },
          },
          {
            key: 'kommune-mehrsprachige-information',
            title: {
              de: 'Wichtige Informationen der Verwaltung gibt es in mehreren Sprachen',
              en: 'Important information from the administration is available in several languages',
              ar: 'تتوفر المعلومات المهمة الصادرة عن الإدارة بعدة لغات',
              uk: 'Важлива інформація адміністрації доступна кількома мовами',
            },
          },
        ],
      },
      {
        key: 'kommune-steuerung',
        title: {
          de: 'Die Integrationsarbeit wird auf Grundlage von Daten gesteuert und fortgeschrieben',
          en: 'Integration work is steered and updated on the basis of data',
          ar: 'يُوجَّه عمل الاندماج ويُحدَّث بالاستناد إلى البيانات',
          uk: 'Інтеграційна робота спрямовується й оновлюється на основі даних',
        },
      },
      {
        key: 'kommune-willkommen',
        title: {
          de: 'Neuzugewanderte werden bei ihrer Ankunft begrüßt und informiert',
          en: 'Newcomers are welcomed and informed when they arrive',
          ar: 'يُستقبَل القادمون الجدد ويُزوَّدون بالمعلومات عند وصولهم',
          uk: 'Новоприбулих вітають та інформують після прибуття',
        },
      },
    ],
  },
  {
    key: 'language-education',
    icon: 'book',
    title: {
      de: 'Spracherwerb und Bildung',
      en: 'Language acquisition and education',
      ar: 'اكتساب اللغة والتعليم',
      uk: 'Вивчення мови та освіта',
    },
    description: {
      de: 'Deutsch zu lernen ist der Schlüssel zur Teilhabe. Kinder und Jugendliche mit Migrationsgeschichte sollen von der Kita bis zum Schulabschluss die gleichen Chancen haben.',
      en: 'Learning German is the key to taking part. Children and young people with a migration background should have the same chances from nursery to school-leaving certificate.',
      ar: 'تعلّم اللغة الألمانية هو مفتاح المشاركة. ينبغي أن يحظى الأطفال والشباب من أصول مهاجرة بفرص متساوية من الحضانة حتى الشهادة المدرسية.',
      uk: 'Вивчення німецької мови – ключ до участі в житті суспільства. Діти та молодь із міграційним досвідом повинні мати рівні шанси від дитсадка до атестата.',
    },
    goals: [
      {
        key: 'bildung-sprachkurse',
        title: {
          de: 'Zugewanderte finden zeitnah einen passenden Sprachkurs',
          en: 'Immigrants find a suitable language course without long waiting',
          ar: 'يجد المهاجرون دورة لغة مناسبة دون انتظار طويل',
          uk: 'Мігранти швидко знаходять відповідний мовний курс',
        },
        children: [
          {
            key: 'bildung-sprachniveau-b1',
            title: {
              de: 'Mehr Teilnehmende erreichen im Integrationskurs das Sprachniveau B1',
              en: 'More participants reach level B1 in the integration course',
              ar: 'يصل عدد أكبر من المشاركين في دورة الاندماج إلى المستوى B1',
              uk: 'Більше учасників інтеграційного курсу досягають рівня B1',
            },
          },
          {
            key: 'bildung-kinderbetreuung',
            title: {
              de: 'Eltern können dank Kinderbetreuung an Kursen teilnehmen',
              en: 'Parents can attend courses thanks to childcare',
              ar: 'يستطيع الآباء والأمهات حضور الدورات بفضل رعاية الأطفال',
              uk: 'Батьки можуть відвідувати курси завдяки догляду за дітьми',
            },
          },
        ],
      },
      {
        key: 'bildung-kita-schule',
        title: {
          de: 'Kinder mit Migrationsgeschichte haben in Kita und Schule gleiche Chancen',
          en: 'Children with a migration background have equal chances in nursery and school',
          ar: 'يتمتع الأطفال من أصول مهاجرة بفرص متساوية في الحضانة والمدرسة',
          uk: 'Діти з міграційним досвідом мають рівні шанси в дитсадку та школі',
        },
        children: [
          {
            key: 'bildung-eltern-einbeziehen',
            title: {
              de: 'Eltern kennen das Bildungssystem und werden einbezogen',
              en: 'Parents know the education system and are involved',
              ar: 'يعرف الآباء والأمهات النظام التعليمي ويُشرَكون فيه',
              uk: 'Батьки знають систему освіти й залучені до неї',
            },
          },
        ],
      },
      {
        key: 'bildung-alltagssprache',
        title: {
          de: 'Es gibt Gelegenheiten, Deutsch im Alltag zu üben',
          en: 'There are opportunities to practise German in everyday life',
          ar: 'تتوفر فرص لممارسة اللغة الألمانية في الحياة اليومية',
          uk: 'Є можливості практикувати німецьку в повсякденному житті',
        },
      },
    ],
  },
  {
    key: 'work',
    icon: 'briefcase',
    title: {
      de: 'Ökonomische Situation und Arbeitsmarkt',
      en: 'Economic situation and labour market',
      ar: 'الوضع الاقتصادي وسوق العمل',
      uk: 'Економічне становище та ринок праці',
    },
    description: {
      de: 'Zugewanderte sollen eine Ausbildung machen, ihre Abschlüsse nutzen und von eigener Arbeit leben können. Das mindert Armut und sichert Fachkräfte für die Region.',
      en: 'Immigrants should be able to complete vocational training, use their qualifications and live from their own work. This reduces poverty and secures skilled workers for the region.',
      ar: 'ينبغي أن يتمكن المهاجرون من إتمام تدريب مهني والاستفادة من مؤهلاتهم والعيش من عملهم. هذا يحدّ من الفقر ويؤمّن الأيدي العاملة المؤهلة للمنطقة.',
      uk: 'Мігранти повинні мати змогу здобути професію, використовувати свої кваліфікації та жити з власної праці. Це зменшує бідність і забезпечує регіон фахівцями.',
    },
    goals: [
      {
        key: 'arbeit-ausbildung',
        title: {
          de: 'Junge Zugewanderte beginnen und beenden eine Berufsausbildung',
          en: 'Young immigrants start and complete vocational training',
          ar: 'يبدأ الشباب المهاجرون تدريبًا مهنيًا ويُتمّونه',
          uk: 'Молоді мігранти починають і завершують професійне навчання',
        },
      },
      {
        key: 'arbeit-anerkennung',
        title: {
          de: 'Ausländische Abschlüsse werden anerkannt und genutzt',
          en: 'Foreign qualifications are recognised and used',
          ar: 'يُعترَف بالشهادات الأجنبية ويُستفاد منها',
          uk: 'Іноземні дипломи визнаються та використовуються',
        },
      },
      {
        key: 'arbeit-beschaeftigung',
        title: {
          de: 'Die Arbeitslosigkeit von Ausländerinnen und Ausländern sinkt',
          en: 'Unemployment among foreign nationals falls',
          ar: 'تنخفض البطالة بين الأجانب',
          uk: 'Безробіття серед іноземців зменшується',
        },
        children: [
          {
            key: 'arbeit-arbeitgeber',
            title: {
              de: 'Betriebe sind für die Beschäftigung Zugewanderter gewonnen',
              en: 'Employers are won over to hiring immigrants',
              ar: 'تُكسَب الشركات لتوظيف المهاجرين',
              uk: 'Роботодавці готові працевлаштовувати мігрантів',
            },
          },
        ],
      },
    ],
  },
  {
    key: 'counselling',
    icon: 'chat',
    title: {
      de: 'Beratung und Unterstützung',
      en: 'Counselling and support',
      ar: 'الاستشارة والدعم',
      uk: 'Консультування та підтримка',
    },
    description: {
      de: 'Zugewanderte finden Beratung, die sie verstehen – auch in ihrer Herkunftssprache. Wer Diskriminierung erlebt, bekommt Hilfe.',
      en: 'Immigrants find counselling they can understand – also in their first language. People who experience discrimination get help.',
      ar: 'يجد المهاجرون استشارات يفهمونها، بلغتهم الأم أيضًا. ومن يتعرض للتمييز يحصل على المساعدة.',
      uk: 'Мігранти отримують консультації, які вони розуміють, – зокрема рідною мовою. Ті, хто зазнає дискримінації, отримують допомогу.',
    },
    goals: [
      {
        key: 'beratung-erreichbarkeit',
        title: {
          de: 'Beratung ist gut erreichbar – auch in der Herkunftssprache',
          en: 'Counselling is easy to reach – also in people’s first language',
          ar: 'يسهل الوصول إلى الاستشارة، وباللغة الأم أيضًا',
          uk: 'Консультації легкодоступні – зокрема рідною мовою',
        },
      },
      {
        key: 'beratung-diskriminierung',
        title: {
          de: 'Menschen, die Diskriminierung erleben, finden Unterstützung',
          en: 'People who experience discrimination find support',
          ar: 'يجد الأشخاص الذين يتعرضون للتمييز الدعم',
          uk: 'Люди, які зазнають дискримінації, знаходять підтримку',
        },
      },
    ],
  },
  {
    key: 'participation',
    icon: 'people',
    title: {
      de: 'Soziale Integration und Teilhabe',
      en: 'Social integration and participation',
      ar: 'الاندماج الاجتماعي والمشاركة',
      uk: 'Соціальна інтеграція та участь',
    },
    description: {
      de: 'Begegnungen zwischen Alteingesessenen und Zugewanderten bauen Vorurteile ab. Zugewanderte sollen in allen Stadtteilen gut wohnen können.',
      en: 'Encounters between long-standing residents and newcomers reduce prejudice. Immigrants should be able to live well in every part of town.',
      ar: 'تساهم اللقاءات بين السكان القدامى والقادمين الجدد في الحدّ من الأحكام المسبقة. وينبغي أن يتمكن المهاجرون من السكن بشكل جيد في جميع أحياء المدينة.',
      uk: 'Зустрічі між давніми мешканцями та новоприбулими зменшують упередження. Мігранти повинні мати змогу гідно жити в усіх районах міста.',
    },
    goals: [
      {
        key: 'teilhabe-begegnung',
        title: {
          de: 'Begegnung baut Vorurteile ab',
          en: 'Meeting one another reduces prejudice',
          ar: 'اللقاء يحدّ من الأحكام المسبقة',
          uk: 'Зустрічі зменшують упередження',
        },
        children: [
          {
            key: 'teilhabe-frauen',
            title: {
              de: 'Zugewanderte Frauen haben eigene Orte der Begegnung',
              en: 'Immigrant women have places of their own to meet',
              ar: 'للنساء المهاجرات أماكن خاصة بهن للقاء',
              uk: 'Жінки-мігрантки мають власні місця для зустрічей',
            },
          },
        ],
      },
      {
        key: 'teilhabe-wohnen',
        title: {
          de: 'Zugewanderte finden angemessenen Wohnraum in allen Stadtteilen',
          en: 'Immigrants find adequate housing in all parts of town',
          ar: 'يجد المهاجرون سكنًا ملائمًا في جميع أحياء المدينة',
          uk: 'Мігранти знаходять належне житло в усіх районах міста',
        },
      },
    ],
  },
  {
    key: 'asylum',
    icon: 'globe',
    title: {
      de: 'Asylbewerber und Menschen mit unsicherer Bleibeperspektive',
      en: 'Asylum seekers and people with uncertain prospects of staying',
      ar: 'طالبو اللجوء والأشخاص ذوو آفاق البقاء غير المؤكدة',
      uk: 'Шукачі притулку та люди з невизначеною перспективою залишитися',
    },
    description: {
      de: 'Auch wer noch nicht weiß, ob er bleiben darf, soll sich von Anfang an zurechtfinden und seine rechtlichen Möglichkeiten kennen.',
      en: 'People who do not yet know whether they may stay should also find their way from the start and know their legal options.',
      ar: 'حتى من لا يعرف بعدُ إن كان سيُسمح له بالبقاء، ينبغي أن يتدبّر أموره منذ البداية وأن يعرف خياراته القانونية.',
      uk: 'Навіть ті, хто ще не знає, чи зможе залишитися, повинні з самого початку орієнтуватися в новому місці та знати свої правові можливості.',
    },
    goals: [
      {
        key: 'asyl-erstorientierung',
        title: {
          de: 'Neuankommende finden sich in den ersten Monaten zurecht',
          en: 'New arrivals find their way in the first months',
          ar: 'يتدبّر القادمون الجدد أمورهم في الأشهر الأولى',
          uk: 'Новоприбулі орієнтуються в перші місяці',
        },
      },
      {
        key: 'asyl-perspektive',
        title: {
          de: 'Menschen mit unsicherer Bleibeperspektive kennen ihre Möglichkeiten',
          en: 'People with uncertain prospects of staying know their options',
          ar: 'يعرف الأشخاص ذوو آفاق البقاء غير المؤكدة خياراتهم',
          uk: 'Люди з невизначеною перспективою залишитися знають свої можливості',
        },
        children: [
          {
            key: 'asyl-ausbildung-und-arbeit',
            title: {
              de: 'Wege zu einem sicheren Aufenthalt über Ausbildung und Arbeit werden genutzt',
              en: 'Routes to secure residence through training and work are used',
              ar: 'تُستخدَم السُّبل إلى إقامة آمنة عبر التدريب المهني والعمل',
              uk: 'Використовуються шляхи до стабільного перебування через навчання та роботу',
            },
          },
        ],
      },
    ],
  },
  {
    key: 'health',
    icon: 'heart',
    title: {
      de: 'Gesundheit und Prävention',
      en: 'Health and prevention',
      ar: 'الصحة والوقاية',
      uk: 'Здоров’я та профілактика',
    },
    description: {
      de: 'Sprachbarrieren dürfen in Krankenhaus, Arztpraxis und Pflege keine Gefahr sein. Zugewanderte kennen das Gesundheitssystem und Angebote der Vorsorge.',
      en: 'Language barriers must not put anyone at risk in hospital, at the doctor’s or in care. Immigrants know the health system and preventive services.',
      ar: 'يجب ألّا تشكّل الحواجز اللغوية خطرًا في المستشفى أو عيادة الطبيب أو الرعاية. ويعرف المهاجرون النظام الصحي وخدمات الوقاية.',
      uk: 'Мовні бар’єри не повинні становити небезпеки в лікарні, у лікаря чи в догляді. Мігранти знають систему охорони здоров’я та профілактичні послуги.',
    },
    goals: [
      {
        key: 'gesundheit-verstaendigung',
        title: {
          de: 'Sprachbarrieren in der gesundheitlichen Versorgung werden abgebaut',
          en: 'Language barriers in health care are removed',
          ar: 'تُزال الحواجز اللغوية في الرعاية الصحية',
          uk: 'Мовні бар’єри в охороні здоров’я усуваються',
        },
        children: [
          {
            key: 'gesundheit-krankenhaus',
            title: {
              de: 'Im Krankenhaus steht Sprachmittlung zur Verfügung',
              en: 'Language mediation is available in hospital',
              ar: 'تتوفر الوساطة اللغوية في المستشفى',
              uk: 'У лікарні доступне мовне посередництво',
            },
          },
          {
            key: 'gesundheit-pflege',
            title: {
              de: 'Pflegeeinrichtungen können Sprachmittlung nutzen',
              en: 'Care services can use language mediation',
              ar: 'تستطيع مؤسسات الرعاية الاستعانة بالوساطة اللغوية',
              uk: 'Заклади догляду можуть користуватися мовним посередництвом',
            },
          },
        ],
      },
      {
        key: 'gesundheit-information',
        title: {
          de: 'Zugewanderte kennen das Gesundheitssystem und die Vorsorge',
          en: 'Immigrants know the health system and preventive care',
          ar: 'يعرف المهاجرون النظام الصحي والرعاية الوقائية',
          uk: 'Мігранти знають систему охорони здоров’я та профілактику',
        },
      },
    ],
  },
  {
    key: 'volunteering',
    icon: 'heart',
    title: {
      de: 'Stärkung des zivilgesellschaftlichen Engagements',
      en: 'Strengthening civil-society engagement',
      ar: 'تعزيز المشاركة المدنية',
      uk: 'Зміцнення громадянської активності',
    },
    description: {
      de: 'Vereine und Einrichtungen öffnen sich für Neuzugewanderte, und Neuzugewanderte engagieren sich selbst. Projekte von Vereinen werden gefördert.',
      en: 'Clubs and institutions open up to newcomers, and newcomers volunteer themselves. Projects run by associations receive funding.',
      ar: 'تنفتح الجمعيات والمؤسسات على القادمين الجدد، ويتطوع القادمون الجدد بأنفسهم. وتحصل مشاريع الجمعيات على التمويل.',
      uk: 'Об’єднання та установи відкриваються для новоприбулих, а новоприбулі самі долучаються до волонтерства. Проєкти об’єднань отримують фінансування.',
    },
    goals: [
      {
        key: 'engagement-vereine-oeffnen',
        title: {
          de: 'Vereine und Einrichtungen öffnen sich für Neuzugewanderte',
          en: 'Clubs and institutions open up to newcomers',
          ar: 'تنفتح الجمعيات والمؤسسات على القادمين الجدد',
          uk: 'Об’єднання та установи відкриваються для новоприбулих',
        },
      },
      {
        key: 'engagement-neuzugewanderte',
        title: {
          de: 'Neuzugewanderte engagieren sich ehrenamtlich',
          en: 'Newcomers do voluntary work',
          ar: 'يشارك القادمون الجدد في العمل التطوعي',
          uk: 'Новоприбулі займаються волонтерством',
        },
      },
      {
        key: 'engagement-projektfoerderung',
        title: {
          de: 'Projekte von Vereinen für und mit Neuzugewanderten werden gefördert',
          en: 'Projects by associations for and with newcomers receive funding',
          ar: 'تحصل مشاريع الجمعيات الموجهة إلى القادمين الجدد والمنفذة معهم على التمويل',
          uk: 'Проєкти об’єднань для новоприбулих і разом із ними отримують фінансування',
        },
      },
    ],
  },
]

// ── Measures ────────────────────────────────────────────────────────────────

export const DEMO_MEASURES: DemoMeasure[] = [
  // ── 1 Organisatorische und fachliche Rahmenbedingungen ──
  {
    slug: 'netzwerk-integration-und-arbeitsgruppen',
    field: 'framework',
    goals: ['rahmen-vernetzung', 'rahmen-arbeitsgruppen'],
    title: {
      de: 'Netzwerk Integration und thematische Arbeitsgruppen',
      en: 'Integration network and thematic working groups',
      ar: 'شبكة الاندماج ومجموعات العمل المتخصصة',
      uk: 'Мережа з питань інтеграції та тематичні робочі групи',
    },
    description: {
      de: 'Das Integrationsmanagement lädt alle zwei Monate Beratungsstellen, Sprachkursträger, Jobcenter, Vereine und Ämter zum Netzwerktreffen ein. Arbeitsgruppen zu Sprache, Arbeit, Gesundheit und Ehrenamt vereinbaren, wer was übernimmt.',
      en: 'Every two months the integration management invites counselling services, language course providers, the job centre, associations and municipal offices to a network meeting. Working groups on language, work, health and volunteering agree who takes on what.',
      ar: 'تدعو إدارة الاندماج كل شهرين مراكز الاستشارة ومقدمي دورات اللغة ومركز العمل (Jobcenter) والجمعيات والدوائر البلدية إلى اجتماع الشبكة. وتتفق مجموعات العمل المعنية باللغة والعمل والصحة والتطوع على توزيع المهام.',
      uk: 'Кожні два місяці інтеграційний менеджмент запрошує консультаційні служби, організаторів мовних курсів, Jobcenter, об’єднання та міські установи на зустріч мережі. Робочі групи з питань мови, роботи, здоров’я та волонтерства домовляються, хто що бере на себе.',
    },
    justification: {
      de: 'Integration gelingt nur, wenn die Akteure ihre Angebote abstimmen; das seit 2016 bestehende Netzwerk soll verbindlicher werden.',
      en: 'Integration only works if the bodies involved coordinate their offers; the network, which has existed since 2016, is to become more binding.',
    },
    status: 'ongoing',
    history: [
      { date: '2018-03-13', status: 'started', note: 'Erstes Netzwerktreffen unter Leitung der Integrationsmanagerin' },
      { date: PLAN_ADOPTED, status: 'ongoing', note: 'Mit dem Integrationskonzept als Daueraufgabe beschlossen' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['caritas-migrationsberatung', 'vhs-eisenach', 'jobcenter-eisenach', 'awo-eisenach', 'kulturbruecke-eisenach'],
    start: '2018-03-13',
    end: null,
    costEstimate: 4500,
    funding: 'esf',
    fundingNote: 'ThILIK – Thüringer Initiative für lokales Integrationsmanagement in Kommunen (ESF); Sachkosten etwa 4.500 € im Jahr',
    councilResolution: PLAN_RESOLUTION,
    progress: 80,
    reports: [
      {
        date: '2021-11-30',
        text: {
          de: 'Das Netzwerk hat sich 2021 wegen der Pandemie überwiegend online getroffen. Vier Arbeitsgruppen (Sprache, Arbeit, Gesundheit, Ehrenamt) haben sich gegründet und je eine Sprecherin oder einen Sprecher gewählt.',
          en: 'Because of the pandemic, the network met mostly online in 2021. Four working groups (language, work, health, volunteering) were set up and each elected a spokesperson.',
        },
      },
      {
        date: '2023-06-15',
        text: {
          de: 'Die Netzwerktreffen finden wieder im Mehrgenerationenhaus statt, im Schnitt mit 25 Teilnehmenden aus 18 Einrichtungen. Die Arbeitsgruppe Wohnen kam neu hinzu.',
          en: 'Network meetings are held at the multi-generation house again, with 25 participants from 18 organisations on average. A new working group on housing was added.',
        },
      },
      {
        date: '2025-12-10',
        text: {
          de: 'Das Netzwerk hat eine Kooperationsvereinbarung beschlossen, die Zuständigkeiten und Vertretungen regelt. Die Arbeitsgruppen berichten einmal im Jahr im Sozialausschuss.',
          en: 'The network adopted a cooperation agreement that sets out responsibilities and deputies. The working groups report to the social affairs committee once a year.',
        },
      },
    ],
    events: ['netzwerktreffen-integration'],
  },
  {
    slug: 'angebotsuebersicht-fuer-zugewanderte',
    field: 'framework',
    goals: ['rahmen-transparenz'],
    title: {
      de: 'Übersicht der Angebote für Zugewanderte',
      en: 'Overview of offers for immigrants',
      ar: 'نظرة عامة على العروض المقدمة للمهاجرين',
      uk: 'Огляд пропозицій для мігрантів',
    },
    description: {
      de: 'Eine Bestandsaufnahme zeigt, welche Beratungs-, Sprach- und Freizeitangebote es in Eisenach gibt, in welchen Sprachen und wie stark sie genutzt werden. Die Übersicht erschien 2021 als Broschüre in sechs Sprachen.',
      en: 'A survey shows which counselling, language and leisure offers exist in Eisenach, in which languages, and how well they are used. The overview was published in 2021 as a brochure in six languages.',
      ar: 'يبيّن حصرٌ شامل ما يوجد في آيزناخ من عروض للاستشارة وتعلّم اللغة وأنشطة أوقات الفراغ، وبأي لغات تُقدَّم، ومدى الإقبال عليها. وقد صدرت هذه النظرة العامة عام 2021 في كتيّب بست لغات.',
      uk: 'Опитування показує, які консультаційні, мовні та дозвіллєві пропозиції є в Айзенаху, якими мовами і наскільки активно ними користуються. У 2021 році огляд вийшов брошурою шістьма мовами.',
    },
    justification: {
      de: 'Im Netzwerk wurde deutlich, dass weder Zugewanderte noch Fachkräfte alle Angebote kennen; Doppelungen und Lücken blieben unerkannt.',
      en: 'The network found that neither immigrants nor professionals knew all offers; duplications and gaps went unnoticed.',
    },
    status: 'completed',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2021-01-18', status: 'started' },
      { date: '2021-09-30', status: 'completed', note: 'Broschüre in sechs Sprachen erschienen' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['caritas-migrationsberatung', 'awo-eisenach', 'kulturbruecke-eisenach', 'vhs-eisenach'],
    start: '2021-01-18',
    end: '2021-09-30',
    costEstimate: 8500,
    funding: 'state-programme',
    fundingNote: LSZ,
    councilResolution: PLAN_RESOLUTION,
    progress: 100,
    reports: [
      {
        date: '2021-05-20',
        text: {
          de: 'Die Befragung von 34 Trägern ist abgeschlossen. Es zeigt sich eine Lücke bei Beratung auf Dari und Tigrinya sowie bei Angeboten in Stregda.',
          en: 'The survey of 34 providers is complete. It shows a gap in counselling in Dari and Tigrinya and in offers in Stregda.',
        },
      },
      {
        date: '2021-10-15',
        text: {
          de: 'Die Broschüre ist auf Deutsch, Englisch, Arabisch, Dari, Russisch und Türkisch erschienen. Sie liegt im Bürgerservice, in den Beratungsstellen und in Arztpraxen aus.',
          en: 'The brochure has been published in German, English, Arabic, Dari, Russian and Turkish. It is available at the citizens’ service office, counselling centres and doctors’ surgeries.',
        },
      },
    ],
  },
  {
    slug: 'website-integrationsnetzwerk',
    field: 'framework',
    goals: ['rahmen-transparenz', 'rahmen-angebotsuebersicht'],
    title: {
      de: 'Website des Integrationsnetzwerks',
      en: 'Website of the integration network',
      ar: 'الموقع الإلكتروني لشبكة الاندماج',
      uk: 'Вебсайт мережі з питань інтеграції',
    },
    description: {
      de: 'Die gedruckte Angebotsübersicht wird zu einem mehrsprachigen Online-Portal, in dem die Träger ihre Angebote und Termine selbst aktuell halten. Das Portal lädt auch auf einfachen Smartphones schnell.',
      en: 'The printed overview of offers is becoming a multilingual online portal in which providers keep their own offers and dates up to date. The portal loads quickly even on basic smartphones.',
      ar: 'تتحول النظرة العامة المطبوعة على العروض إلى بوابة إلكترونية متعددة اللغات، يحدّث فيها مقدمو الخدمات عروضهم ومواعيدهم بأنفسهم. وتُحمَّل البوابة بسرعة حتى على الهواتف الذكية البسيطة.',
      uk: 'Друкований огляд пропозицій перетворюється на багатомовний онлайн-портал, де організації самі оновлюють свої пропозиції та заходи. Портал швидко завантажується навіть на простих смартфонах.',
    },
    justification: {
      de: 'Die Broschüre war nach einem Jahr veraltet; nur eine von den Trägern selbst gepflegte Website bleibt aktuell.',
      en: 'The brochure was out of date after a year; only a website maintained by the providers themselves stays current.',
    },
    status: 'started',
    history: [
      { date: '2021-11-23', status: 'planned', note: 'Vom Netzwerk als Folgemaßnahme der Angebotsübersicht vorgeschlagen' },
      { date: '2024-03-01', status: 'started' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['caritas-migrationsberatung', 'vhs-eisenach', 'kulturbruecke-eisenach'],
    start: '2024-03-01',
    end: '2026-12-31',
    costEstimate: 24000,
    funding: 'municipal-budget',
    councilResolution: '0215-StR/2023',
    progress: 60,
    reports: [
      {
        date: '2024-09-30',
        text: {
          de: 'Die Anforderungen wurden mit Trägern und zugewanderten Testpersonen erarbeitet. Wichtig waren wenig Datenvolumen, einfache Sprache und die Suche nach der Sprache der Beratung.',
          en: 'Requirements were drawn up with providers and immigrant test users. Key points were low data use, plain language and searching by the language of counselling.',
        },
      },
      {
        date: '2025-06-30',
        text: {
          de: 'Eine erste Version ist online; zwölf Träger pflegen ihre Angebote selbst. Die Übersetzungen ins Arabische und Ukrainische sind vollständig.',
          en: 'A first version is online; twelve providers maintain their own offers. The Arabic and Ukrainian translations are complete.',
        },
      },
      {
        date: '2026-09-15',
        text: {
          de: 'Veranstaltungen und Leichte Sprache sind hinzugekommen. Im ersten Halbjahr 2026 wurde das Portal rund 9.000-mal aufgerufen, zu zwei Dritteln mit dem Smartphone.',
          en: 'Events and easy-to-read German have been added. In the first half of 2026 the portal was visited about 9,000 times, two thirds of them on a smartphone.',
        },
      },
    ],
    events: ['netzwerktreffen-integration'],
  },

  // ── 2 Aufgaben der Kommune ──
  {
    slug: 'interkulturelle-schulungen-verwaltung',
    field: 'municipal-tasks',
    goals: ['kommune-interkulturelle-oeffnung', 'kommune-geschultes-personal'],
    title: {
      de: 'Schulungsreihe interkulturelle Kompetenz für die Verwaltung',
      en: 'Training series on intercultural competence for the administration',
      ar: 'سلسلة تدريبية حول الكفاءة بين الثقافات لموظفي الإدارة',
      uk: 'Цикл навчань з міжкультурної компетентності для адміністрації',
    },
    description: {
      de: 'Beschäftigte aus Bürgerservice, Sozialamt, Jugendamt und Ausländerbehörde besuchten Schulungen zu interkultureller Kommunikation und einfacher Sprache. Insgesamt nahmen 86 Beschäftigte teil.',
      en: 'Staff from the citizens’ service office, social welfare office, youth welfare office and immigration office attended training on intercultural communication and plain language. A total of 86 employees took part.',
      ar: 'شارك موظفون من مكتب خدمة المواطنين ومكتب الشؤون الاجتماعية ومكتب رعاية الشباب ودائرة الأجانب في دورات تدريبية حول التواصل بين الثقافات واللغة البسيطة. وبلغ عدد المشاركين 86 موظفًا.',
      uk: 'Працівники служби обслуговування громадян, соціального відділу, служби у справах молоді та відомства у справах іноземців пройшли навчання з міжкультурної комунікації та простої мови. Загалом узяли участь 86 працівників.',
    },
    justification: {
      de: 'Zugewanderte berichteten im Netzwerk von Missverständnissen bei Behördengängen; verständliche Kommunikation spart beiden Seiten Zeit.',
      en: 'Immigrants reported misunderstandings at public offices; clear communication saves time for both sides.',
    },
    status: 'completed',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2021-09-01', status: 'started' },
      { date: '2022-03-01', status: 'ongoing' },
      { date: '2023-11-30', status: 'completed', note: 'Letztes Modul abgeschlossen; Themen in das Fortbildungsprogramm übernommen' },
    ],
    responsibleOrg: null,
    responsibleOffice: 'Hauptamt der Stadt Eisenach, Personalentwicklung',
    partners: ['kulturbruecke-eisenach', 'auslaenderbehoerde-eisenach'],
    start: '2021-09-01',
    end: '2023-11-30',
    costEstimate: 12000,
    funding: 'state-programme',
    fundingNote: LSZ,
    councilResolution: PLAN_RESOLUTION,
    progress: 100,
    reports: [
      {
        date: '2022-04-10',
        text: {
          de: 'Die ersten drei Module mit 34 Beschäftigten sind abgeschlossen. Besonders gefragt war das Modul zu einfacher Sprache in Bescheiden und Briefen.',
          en: 'The first three modules with 34 employees are complete. The module on plain language in official notices and letters was in particular demand.',
        },
      },
      {
        date: '2023-12-05',
        text: {
          de: 'Die Schulungsreihe ist abgeschlossen. Einfache Sprache und interkulturelle Kommunikation sind nun fester Teil des Fortbildungsprogramms der Stadt.',
          en: 'The training series is complete. Plain language and intercultural communication are now a permanent part of the city’s in-service training programme.',
        },
      },
    ],
  },
  {
    slug: 'integrationsmonitoring-und-fortschreibung',
    field: 'municipal-tasks',
    goals: ['kommune-steuerung'],
    title: {
      de: 'Integrationsmonitoring und Fortschreibung des Konzepts',
      en: 'Integration monitoring and updating of the plan',
      ar: 'رصد الاندماج وتحديث المفهوم',
      uk: 'Моніторинг інтеграції та оновлення концепції',
    },
    description: {
      de: 'Kennzahlen zu Sprachkursen, Ausbildung, Arbeitslosigkeit, Kita und Beratung werden jährlich nach Stadtteil und Rechtskreis ausgewertet und veröffentlicht. Sie sind die Grundlage für die Fortschreibung des Integrationskonzepts.',
      en: 'Figures on language courses, vocational training, unemployment, childcare and counselling are analysed by district and legal group every year and published. They are the basis for updating the integration plan.',
      ar: 'تُحلَّل سنويًا المؤشرات المتعلقة بدورات اللغة والتدريب المهني والبطالة ورياض الأطفال والاستشارات بحسب الحي والإطار القانوني، ثم تُنشَر. وهي الأساس لتحديث مفهوم الاندماج.',
      uk: 'Показники щодо мовних курсів, професійного навчання, безробіття, дитсадків і консультацій щороку аналізуються за районами та правовими категоріями й публікуються. Вони є основою для оновлення концепції інтеграції.',
    },
    justification: {
      de: 'Der Datenteil des Konzepts von 2020 war eine einmalige Bestandsaufnahme; für die Steuerung braucht es regelmäßig fortgeschriebene Zahlen.',
      en: 'The data section of the 2020 plan was a one-off survey; steering requires figures that are updated regularly.',
    },
    status: 'started',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2023-02-01', status: 'started' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['jobcenter-eisenach', 'vhs-eisenach', 'auslaenderbehoerde-eisenach', 'st-georg-klinikum'],
    start: '2023-02-01',
    end: '2027-06-30',
    costEstimate: 6000,
    funding: 'municipal-budget',
    councilResolution: PLAN_RESOLUTION,
    progress: 55,
    reports: [
      {
        date: '2023-10-01',
        text: {
          de: 'Acht Indikatoren wurden mit Jobcenter, VHS, Klinikum und Kita-Verwaltung abgestimmt. Für drei Indikatoren liegen Werte nach Stadtteilen vor.',
          en: 'Eight indicators were agreed with the job centre, the adult education centre, the hospital and the childcare administration. Values by district are available for three indicators.',
        },
      },
      {
        date: '2025-03-31',
        text: {
          de: 'Der erste Integrationsbericht mit Zeitreihen ab 2018 wurde im Sozialausschuss vorgestellt. Auffällig ist die hohe Arbeitslosigkeit im Rechtskreis SGB II seit 2022.',
          en: 'The first integration report with time series from 2018 was presented to the social affairs committee. The high unemployment under SGB II since 2022 stands out.',
        },
      },
      {
        date: '2026-10-20',
        text: {
          de: 'Die Werte für 2025 und vorläufige Werte für 2026 sind im Portal veröffentlicht. Die Fortschreibung des Konzepts beginnt mit den Arbeitsgruppen des Netzwerks.',
          en: 'The figures for 2025 and provisional figures for 2026 are published on the portal. The update of the plan begins with the network’s working groups.',
        },
      },
    ],
    indicators: [
      'teilnehmende-integrationskurse',
      'anteil-b1-integrationskurs',
      'sprachmittlungseinsaetze-gesundheit',
      'auszubildende-auslaendische-staatsangehoerigkeit',
      'arbeitslosenquote-auslaendische-staatsangehoerige',
      'ehrenamtliche-integrationsprojekte',
      'kita-betreuungsquote-migrationshintergrund',
      'beratene-migrationsberatung',
    ],
  },
  {
    slug: 'online-termine-auslaenderbehoerde',
    field: 'municipal-tasks',
    goals: ['kommune-mehrsprachige-information'],
    title: {
      de: 'Online-Terminvergabe und mehrsprachige Hinweise der Ausländerbehörde',
      en: 'Online appointments and multilingual guidance at the immigration office',
      ar: 'حجز المواعيد عبر الإنترنت وإرشادات متعددة اللغات في دائرة الأجانب',
      uk: 'Онлайн-запис і багатомовні пояснення у відомстві у справах іноземців',
    },
    description: {
      de: 'Termine bei der Ausländerbehörde sollen online gebucht werden können. Einladungen und Checklisten der benötigten Unterlagen gibt es dann in sechs Sprachen.',
      en: 'It should be possible to book appointments at the immigration office online. Invitations and checklists of the documents needed will then be available in six languages.',
      ar: 'سيصبح بالإمكان حجز المواعيد لدى دائرة الأجانب عبر الإنترنت. وستتوفر حينها الدعوات وقوائم المستندات المطلوبة بست لغات.',
      uk: 'Записатися на прийом до відомства у справах іноземців можна буде онлайн. Запрошення та переліки потрібних документів будуть доступні шістьма мовами.',
    },
    justification: {
      de: 'Lange Wartezeiten und fehlende Unterlagen führen zu wiederholten Terminen; klare Hinweise in der eigenen Sprache vermeiden das.',
      en: 'Long waits and missing documents lead to repeat appointments; clear guidance in people’s own language prevents this.',
    },
    status: 'planned',
    history: [{ date: PLAN_ADOPTED, status: 'planned', note: 'Umsetzung nach Einführung des städtischen Terminportals' }],
    responsibleOrg: 'auslaenderbehoerde-eisenach',
    partners: ['kulturbruecke-eisenach', 'caritas-migrationsberatung'],
    start: '2027-01-01',
    end: '2027-12-31',
    costEstimate: 18000,
    funding: 'municipal-budget',
    councilResolution: PLAN_RESOLUTION,
    progress: 0,
    reports: [],
    services: ['aufenthaltstitel', 'einbuergerung'],
  },
  {
    slug: 'willkommensgespraech-bei-der-anmeldung',
    field: 'municipal-tasks',
    goals: ['kommune-willkommen', 'kommune-mehrsprachige-information'],
    title: {
      de: 'Willkommensgespräch und Infomappe bei der Anmeldung',
      en: 'Welcome talk and information pack on registration',
      ar: 'لقاء ترحيبي وملف معلومات عند تسجيل السكن',
      uk: 'Вітальна бесіда та інформаційний пакет під час реєстрації',
    },
    description: {
      de: 'Wer aus dem Ausland nach Eisenach zieht, erhält bei der Anmeldung im Bürgerservice eine mehrsprachige Infomappe und das Angebot eines Willkommensgesprächs bei der Migrationsberatung.',
      en: 'Anyone moving to Eisenach from abroad receives a multilingual information pack when registering at the citizens’ service office and is offered a welcome talk with the migration counselling service.',
      ar: 'يحصل كل من ينتقل إلى آيزناخ من الخارج، عند تسجيل سكنه في مكتب خدمة المواطنين، على ملف معلومات متعدد اللغات وعلى عرض للقاء ترحيبي لدى مركز استشارات الهجرة.',
      uk: 'Кожен, хто переїжджає до Айзенаха з-за кордону, під час реєстрації в службі обслуговування громадян отримує багатомовний інформаційний пакет і пропозицію вітальної бесіди в міграційній консультації.',
    },
    justification: {
      de: 'Viele Neuzugewanderte erfahren erst nach Monaten von Beratung und Sprachkursen; die Anmeldung ist der einzige Termin, den alle wahrnehmen.',
      en: 'Many newcomers only learn about counselling and language courses after months; registration is the one appointment everyone attends.',
    },
    status: 'planned',
    history: [{ date: PLAN_ADOPTED, status: 'planned' }],
    responsibleOrg: null,
    responsibleOffice: 'Bürgerservice der Stadt Eisenach',
    partners: ['caritas-migrationsberatung', 'jugendmigrationsdienst'],
    start: '2027-03-01',
    end: null,
    costEstimate: 3500,
    funding: 'municipal-budget',
    councilResolution: PLAN_RESOLUTION,
    progress: 0,
    reports: [],
    services: ['migrationsberatung-erwachsene', 'jugendmigrationsdienst-beratung'],
    indicators: ['beratene-migrationsberatung'],
  },

  // ── 3 Spracherwerb und Bildung ──
  {
    slug: 'sprachkurse-abstimmen-wartezeiten-verkuerzen',
    field: 'language-education',
    goals: ['bildung-sprachkurse', 'bildung-sprachniveau-b1'],
    title: {
      de: 'Sprachkurse abstimmen und Wartezeiten verkürzen',
      en: 'Coordinating language courses and shortening waiting times',
      ar: 'تنسيق دورات اللغة وتقليص فترات الانتظار',
      uk: 'Узгодження мовних курсів і скорочення часу очікування',
    },
    description: {
      de: 'VHS, Jobcenter und Beratungsstellen planen Integrations-, Alphabetisierungs- und Berufssprachkurse gemeinsam und führen eine gemeinsame Warteliste. So beginnen Kurse schneller und werden seltener abgebrochen.',
      en: 'The adult education centre, the job centre and counselling services plan integration, literacy and job-related language courses together and keep a shared waiting list. Courses thus start sooner and are dropped less often.',
      ar: 'تخطط الجامعة الشعبية (VHS) ومركز العمل ومراكز الاستشارة معًا لدورات الاندماج ومحو الأمية واللغة المهنية، وتدير قائمة انتظار مشتركة. وبذلك تبدأ الدورات أسرع ويقلّ الانقطاع عنها.',
      uk: 'Народний університет (VHS), Jobcenter і консультаційні служби спільно планують інтеграційні курси, курси грамотності та професійні мовні курси й ведуть спільний список очікування. Так курси починаються швидше, а їх рідше кидають.',
    },
    justification: {
      de: 'Vor 2019 warteten Zugewanderte teils über sechs Monate auf einen Kursplatz, während in anderen Kursen Plätze frei blieben.',
      en: 'Before 2019 some immigrants waited more than six months for a course place while places in other courses stayed empty.',
    },
    status: 'ongoing',
    history: [
      { date: '2019-01-15', status: 'started', note: 'Gemeinsame Warteliste von VHS, Jobcenter und Migrationsberatung' },
      { date: PLAN_ADOPTED, status: 'ongoing' },
    ],
    responsibleOrg: 'vhs-eisenach',
    partners: ['jobcenter-eisenach', 'caritas-migrationsberatung', 'jugendmigrationsdienst'],
    start: '2019-01-15',
    end: null,
    funding: 'federal-programme',
    fundingNote: 'Integrationskurse und Berufssprachkurse des Bundesamts für Migration und Flüchtlinge (BAMF)',
    councilResolution: PLAN_RESOLUTION,
    progress: 75,
    reports: [
      {
        date: '2020-12-01',
        text: {
          de: 'Während der Schließungen im Frühjahr liefen sechs Kurse online weiter. Die gemeinsame Warteliste umfasst 140 Personen; die mittlere Wartezeit liegt bei elf Wochen.',
          en: 'During the spring closures six courses continued online. The shared waiting list contains 140 people; the median waiting time is eleven weeks.',
        },
      },
      {
        date: '2022-11-15',
        text: {
          de: 'Für Geflüchtete aus der Ukraine wurden fünf zusätzliche Integrationskurse eingerichtet, zwei davon am Nachmittag für Berufstätige.',
          en: 'Five additional integration courses were set up for refugees from Ukraine, two of them in the afternoon for people in work.',
        },
      },
      {
        date: '2025-05-20',
        text: {
          de: 'Die mittlere Wartezeit ist auf sechs Wochen gesunken. 2024 erreichten 59 Prozent der Prüfungsteilnehmenden im Deutsch-Test für Zuwanderer das Niveau B1.',
          en: 'The median waiting time has fallen to six weeks. In 2024, 59 per cent of those taking the German test for immigrants reached level B1.',
        },
      },
    ],
    services: ['integrationskurs', 'alphabetisierungskurs', 'berufssprachkurs'],
    indicators: ['teilnehmende-integrationskurse', 'anteil-b1-integrationskurs'],
  },
  {
    slug: 'kinderbetreuung-waehrend-sprachkursen',
    field: 'language-education',
    goals: ['bildung-kinderbetreuung'],
    title: {
      de: 'Kinderbetreuung während der Sprachkurse',
      en: 'Childcare during language courses',
      ar: 'رعاية الأطفال أثناء دورات اللغة',
      uk: 'Догляд за дітьми під час мовних курсів',
    },
    description: {
      de: 'Parallel zu den Vormittagskursen der VHS sollen Kleinkinder betreut werden, damit vor allem Mütter ohne Kita-Platz teilnehmen können.',
      en: 'Small children are to be looked after during the adult education centre’s morning courses, so that mothers without a nursery place in particular can take part.',
      ar: 'ينبغي توفير رعاية للأطفال الصغار بالتوازي مع الدورات الصباحية في الجامعة الشعبية، حتى تتمكن الأمهات اللواتي لا يملكن مكانًا في الحضانة خاصةً من المشاركة.',
      uk: 'Під час ранкових курсів Народного університету мають доглядати за малими дітьми, щоб насамперед матері без місця в дитсадку могли навчатися.',
    },
    justification: {
      de: 'Viele Mütter mit Kleinkindern brechen Kurse ab oder beginnen sie gar nicht, weil es in Eisenach-Nord zu wenige Kita-Plätze gibt.',
      en: 'Many mothers with small children drop out of courses or never start them because there are too few nursery places in Eisenach-Nord.',
    },
    status: 'paused',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2022-01-10', status: 'started' },
      { date: '2024-08-01', status: 'paused', note: 'Betreuungskräfte ausgeschieden; Bundesförderung wird neu beantragt' },
    ],
    responsibleOrg: 'vhs-eisenach',
    partners: ['awo-eisenach'],
    start: '2022-01-10',
    end: null,
    costEstimate: 28000,
    funding: 'federal-programme',
    fundingNote: 'Kursbegleitende Kinderbetreuung des BAMF',
    councilResolution: PLAN_RESOLUTION,
    progress: 40,
    reports: [
      {
        date: '2022-07-01',
        text: {
          de: 'Seit Januar betreuen zwei Fachkräfte bis zu zehn Kinder während zweier Vormittagskurse. Die Abbruchquote in diesen Kursen ist deutlich gesunken.',
          en: 'Since January two childcare workers have been looking after up to ten children during two morning courses. The dropout rate in these courses has fallen markedly.',
        },
      },
      {
        date: '2024-08-15',
        text: {
          de: 'Die Betreuung ruht, weil beide Fachkräfte ausgeschieden sind und die Bundesförderung neu beantragt werden muss. Bis dahin vermittelt die AWO Plätze in der Kurzzeitbetreuung ihres Familienzentrums.',
          en: 'Childcare is on hold because both childcare workers have left and federal funding has to be applied for again. Until then AWO arranges short-term places at its family centre.',
        },
      },
    ],
    services: ['integrationskurs'],
  },
  {
    slug: 'elternlotsen-kita-und-schule',
    field: 'language-education',
    goals: ['bildung-kita-schule', 'bildung-eltern-einbeziehen'],
    title: {
      de: 'Elternlotsinnen und Elternlotsen für Kita und Schule',
      en: 'Parent guides for nursery and school',
      ar: 'مرشدو الآباء والأمهات في الحضانة والمدرسة',
      uk: 'Батьківські провідники для дитсадка та школи',
    },
    description: {
      de: 'Geschulte Ehrenamtliche mit eigener Migrationsgeschichte begleiten Eltern zur Kita-Anmeldung, zu Elternabenden und zu Gesprächen in der Schule.',
      en: 'Trained volunteers with their own migration background accompany parents to nursery registration, parents’ evenings and meetings at school.',
      ar: 'يرافق متطوعون مدرَّبون، لديهم هم أنفسهم تجربة هجرة، الآباءَ والأمهات عند تسجيل الأطفال في الحضانة وفي أمسيات أولياء الأمور والمقابلات في المدرسة.',
      uk: 'Навчені волонтери, які самі мають міграційний досвід, супроводжують батьків під час запису до дитсадка, на батьківські збори та розмови в школі.',
    },
    justification: {
      de: 'Kinder mit Migrationsgeschichte besuchen seltener eine Kita; oft fehlen den Eltern Informationen über Anmeldung und Abläufe.',
      en: 'Children with a migration background attend nursery less often; parents often lack information on registration and procedures.',
    },
    status: 'started',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2025-02-01', status: 'started' },
    ],
    responsibleOrg: 'awo-eisenach',
    partners: ['kulturbruecke-eisenach', 'jugendmigrationsdienst'],
    start: '2025-02-01',
    end: '2027-12-31',
    costEstimate: 36000,
    funding: 'state-programme',
    fundingNote: LSZ,
    councilResolution: '0402-StR/2024',
    progress: 35,
    reports: [
      {
        date: '2025-09-30',
        text: {
          de: 'Zwölf Elternlotsinnen und -lotsen sind geschult; zusammen sprechen sie neun Sprachen. In den ersten sechs Monaten haben sie 58 Familien begleitet.',
          en: 'Twelve parent guides have been trained; together they speak nine languages. In the first six months they accompanied 58 families.',
        },
      },
      {
        date: '2026-06-30',
        text: {
          de: 'Die Lotsen sind jetzt auch bei den Anmeldetagen der Grundschulen dabei. Gemeinsam mit dem Elterncafé in Stregda gibt es monatliche Infonachmittage.',
          en: 'The guides are now also present on primary school registration days. Together with the parents’ café in Stregda there are monthly information afternoons.',
        },
      },
    ],
    services: ['kita-und-schulanmeldung', 'hausaufgabenhilfe', 'elterncafe-stregda'],
    events: ['familiennachmittag'],
    indicators: ['kita-betreuungsquote-migrationshintergrund'],
  },
  {
    slug: 'sprachcafe-zum-deutschueben',
    field: 'language-education',
    goals: ['bildung-alltagssprache'],
    title: {
      de: 'Sprachcafé zum Deutschüben',
      en: 'Language café for practising German',
      ar: 'مقهى اللغة لممارسة الألمانية',
      uk: 'Мовне кафе для практики німецької',
    },
    description: {
      de: 'Zugewanderte üben einmal pro Woche mit Ehrenamtlichen Deutsch im Gespräch – in der VHS und bei der Kulturbrücke. Das Sprachcafé ist aufgebaut und läuft als festes Angebot weiter.',
      en: 'Once a week immigrants practise German in conversation with volunteers – at the adult education centre and at Kulturbrücke. The language café is established and continues as a regular offer.',
      ar: 'يتدرب المهاجرون مرة في الأسبوع على التحدث بالألمانية مع متطوعين في الجامعة الشعبية وفي جمعية كولتوربروكه. وقد تأسس مقهى اللغة ويستمر كعرض دائم.',
      uk: 'Раз на тиждень мігранти практикують розмовну німецьку з волонтерами – у Народному університеті та в об’єднанні «Культурбрюке». Мовне кафе створено, і воно продовжує працювати на постійній основі.',
    },
    justification: {
      de: 'Kursteilnehmende haben außerhalb des Unterrichts kaum Gelegenheit, Deutsch zu sprechen.',
      en: 'Course participants have hardly any opportunity to speak German outside class.',
    },
    status: 'completed',
    history: [
      { date: '2019-02-05', status: 'started' },
      { date: '2019-09-01', status: 'ongoing' },
      { date: '2021-06-30', status: 'completed', note: 'Aufbau abgeschlossen; Regelangebot von VHS und Kulturbrücke' },
    ],
    responsibleOrg: 'vhs-eisenach',
    partners: ['kulturbruecke-eisenach'],
    start: '2019-02-05',
    end: '2021-06-30',
    costEstimate: 2500,
    funding: 'engagement-fund',
    fundingNote: `${NEBENAN_ANGEKOMMEN} (Anschubfinanzierung)`,
    progress: 100,
    reports: [
      {
        date: '2019-10-10',
        text: {
          de: 'Das Sprachcafé in der VHS hat sich etabliert; jeden Dienstag kommen 15 bis 25 Personen. Zehn Ehrenamtliche leiten die Gesprächsrunden.',
          en: 'The language café at the adult education centre is established; 15 to 25 people come every Tuesday. Ten volunteers host the conversation groups.',
        },
      },
      {
        date: '2021-07-05',
        text: {
          de: 'Nach der Pause in der Pandemie gibt es ein zweites Sprachcafé bei der Kulturbrücke. Beide laufen ohne weitere Projektförderung weiter.',
          en: 'After the break during the pandemic there is a second language café at Kulturbrücke. Both continue without further project funding.',
        },
      },
    ],
    services: ['sprachcafe'],
    events: ['sprachcafe-kulturbruecke'],
    indicators: ['ehrenamtliche-integrationsprojekte'],
  },

  // ── 4 Ökonomische Situation und Arbeitsmarkt ──
  {
    slug: 'junge-zugewanderte-fuer-ausbildung-gewinnen',
    field: 'work',
    goals: ['arbeit-ausbildung'],
    title: {
      de: 'Junge Zugewanderte für eine Berufsausbildung gewinnen',
      en: 'Attracting young immigrants to vocational training',
      ar: 'كسب الشباب المهاجرين للتدريب المهني',
      uk: 'Залучення молодих мігрантів до професійного навчання',
    },
    description: {
      de: 'Jugendmigrationsdienst, Jobcenter und Betriebe der Region bieten Praktika, Bewerbungstraining und Begleitung während der Ausbildung an. So sollen mehr junge Zugewanderte eine Ausbildung beginnen und abschließen.',
      en: 'The youth migration service, the job centre and local businesses offer internships, application training and support during training. The aim is for more young immigrants to start and complete vocational training.',
      ar: 'تقدّم خدمة هجرة الشباب ومركز العمل وشركات المنطقة فرص تدريب عملي وتدريبًا على التقدّم للوظائف ومرافقة خلال التدريب المهني. والهدف أن يبدأ عدد أكبر من الشباب المهاجرين تدريبًا مهنيًا ويُتمّوه.',
      uk: 'Молодіжна міграційна служба, Jobcenter і підприємства регіону пропонують практику, тренування з подання заявок і супровід під час навчання. Мета – щоб більше молодих мігрантів починали й завершували професійне навчання.',
    },
    justification: {
      de: 'Viele junge Geflüchtete nehmen Hilfsjobs an, statt eine Ausbildung zu machen; zugleich suchen Betriebe in der Region Auszubildende.',
      en: 'Many young refugees take unskilled jobs instead of training; at the same time, businesses in the region are looking for apprentices.',
    },
    status: 'ongoing',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2020-11-01', status: 'started' },
      { date: '2021-09-01', status: 'ongoing' },
    ],
    responsibleOrg: 'jugendmigrationsdienst',
    partners: ['jobcenter-eisenach', 'vhs-eisenach', 'caritas-migrationsberatung'],
    start: '2020-11-01',
    end: null,
    costEstimate: 65000,
    funding: 'esf',
    fundingNote: 'ESF-Plus-Programm des Freistaats Thüringen; etwa 65.000 € im Jahr',
    councilResolution: PLAN_RESOLUTION,
    progress: 70,
    reports: [
      {
        date: '2021-09-15',
        text: {
          de: 'Zum Ausbildungsjahr 2021 haben 14 junge Zugewanderte aus dem Programm eine Ausbildung begonnen, vor allem in Pflege, Metall und Gastronomie.',
          en: 'At the start of the 2021 training year, 14 young immigrants from the programme began vocational training, mainly in care, metalwork and hospitality.',
        },
      },
      {
        date: '2023-09-20',
        text: {
          de: 'Ehrenamtliche Ausbildungspaten begleiten inzwischen 22 Auszubildende. Bei ihnen liegt die Abbruchquote deutlich unter dem Durchschnitt.',
          en: 'Volunteer training mentors now support 22 apprentices. Their dropout rate is well below average.',
        },
      },
      {
        date: '2025-10-01',
        text: {
          de: 'Mit 127 Auszubildenden mit ausländischer Staatsangehörigkeit ist der Zielwert für 2026 schon 2025 überschritten. Neu ist ein Berufssprachkurs für Auszubildende in der Pflege.',
          en: 'With 127 apprentices of foreign nationality, the 2026 target was already exceeded in 2025. A new job-related language course for nursing apprentices has been added.',
        },
      },
    ],
    services: ['ausbildung-junge-zugewanderte', 'jugendmigrationsdienst-beratung', 'berufssprachkurs'],
    indicators: ['auszubildende-auslaendische-staatsangehoerigkeit', 'arbeitslosenquote-auslaendische-staatsangehoerige'],
  },
  {
    slug: 'anerkennungsberatung-vor-ort',
    field: 'work',
    goals: ['arbeit-anerkennung'],
    title: {
      de: 'Anerkennungsberatung vor Ort',
      en: 'Local advice on recognition of qualifications',
      ar: 'استشارة محلية حول الاعتراف بالشهادات',
      uk: 'Консультації щодо визнання кваліфікацій на місці',
    },
    description: {
      de: 'Zugewanderte können sich jetzt einmal im Monat in Eisenach zur Anerkennung ihrer Berufs- und Studienabschlüsse beraten lassen, statt dafür nach Erfurt zu fahren.',
      en: 'Immigrants can now get advice on the recognition of their vocational and university qualifications once a month in Eisenach instead of travelling to Erfurt.',
      ar: 'يمكن للمهاجرين الآن الحصول مرة في الشهر في آيزناخ على استشارة حول الاعتراف بشهاداتهم المهنية والجامعية، بدلًا من السفر إلى إرفورت.',
      uk: 'Тепер мігранти можуть раз на місяць отримати в Айзенаху консультацію щодо визнання своїх професійних і вищих освітніх кваліфікацій, а не їхати для цього до Ерфурта.',
    },
    justification: {
      de: 'Viele Zugewanderte arbeiten unter ihrer Qualifikation, weil der Weg zur Anerkennungsberatung weit und kompliziert ist.',
      en: 'Many immigrants work below their qualifications because getting to recognition advice is far and complicated.',
    },
    status: 'completed',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2021-03-01', status: 'started' },
      { date: '2022-06-30', status: 'completed', note: 'Monatlicher Beratungstag fest eingerichtet' },
    ],
    responsibleOrg: 'caritas-migrationsberatung',
    partners: ['jobcenter-eisenach'],
    start: '2021-03-01',
    end: '2022-06-30',
    costEstimate: 9000,
    funding: 'federal-programme',
    fundingNote: 'Förderprogramm „Integration durch Qualifizierung (IQ)“',
    progress: 100,
    reports: [
      {
        date: '2021-10-01',
        text: {
          de: 'Seit März findet der Beratungstag monatlich bei der Caritas statt; bisher wurden 47 Personen beraten, vor allem aus Gesundheits- und Ingenieurberufen.',
          en: 'Since March the advice day has been held monthly at Caritas; so far 47 people have been advised, mainly from health and engineering professions.',
        },
      },
      {
        date: '2022-07-10',
        text: {
          de: 'Der Beratungstag ist fest im Angebot der Migrationsberatung verankert. 31 Anerkennungsverfahren wurden eingeleitet, 12 davon bereits mit voller Gleichwertigkeit abgeschlossen.',
          en: 'The advice day is now a permanent part of the migration counselling service. 31 recognition procedures were started, 12 of which have already ended with full equivalence.',
        },
      },
    ],
    services: ['anerkennungsberatung'],
    events: ['beratungstag-anerkennung'],
  },
  {
    slug: 'jobbegleitung-fuer-gefluechtete',
    field: 'work',
    goals: ['arbeit-beschaeftigung'],
    title: {
      de: 'Jobbegleitung für Geflüchtete',
      en: 'Job coaching for refugees',
      ar: 'المرافقة في العمل للاجئين',
      uk: 'Супровід на роботі для біженців',
    },
    description: {
      de: 'Jobcoaches des Jobcenters begleiten Geflüchtete in den ersten Monaten im neuen Job und sind Ansprechpartner für die Betriebe. So sollen Arbeitsverhältnisse stabil bleiben.',
      en: 'Job coaches from the job centre support refugees in their first months in a new job and are a point of contact for employers. This is meant to keep jobs stable.',
      ar: 'يرافق مدرّبو العمل في مركز العمل اللاجئين خلال الأشهر الأولى في وظيفتهم الجديدة، ويكونون جهة اتصال للشركات. والهدف أن تبقى علاقات العمل مستقرة.',
      uk: 'Коучі Jobcenter супроводжують біженців у перші місяці на новій роботі та є контактними особами для роботодавців. Так трудові відносини мають залишатися стабільними.',
    },
    justification: {
      de: 'Vor 2021 endete ein Drittel der Arbeitsverhältnisse Geflüchteter in der Probezeit, oft wegen Missverständnissen, die sich hätten klären lassen.',
      en: 'Before 2021 a third of refugees’ jobs ended during the probation period, often because of misunderstandings that could have been resolved.',
    },
    status: 'ongoing',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2021-04-01', status: 'started' },
      { date: '2022-01-01', status: 'ongoing' },
    ],
    responsibleOrg: 'jobcenter-eisenach',
    partners: ['caritas-migrationsberatung', 'kulturbruecke-eisenach'],
    start: '2021-04-01',
    end: '2027-12-31',
    funding: 'federal-programme',
    fundingNote: 'Eingliederungsmittel des Jobcenters nach SGB II',
    progress: 65,
    reports: [
      {
        date: '2022-02-15',
        text: {
          de: 'Zwei Jobcoaches haben 2021 insgesamt 63 Personen begleitet. 49 von ihnen sind nach sechs Monaten noch im selben Betrieb.',
          en: 'In 2021 two job coaches supported a total of 63 people. 49 of them are still with the same employer after six months.',
        },
      },
      {
        date: '2024-03-01',
        text: {
          de: 'Seit 2023 begleitet ein dritter Jobcoach vor allem Ukrainerinnen in Teilzeitstellen. Die Arbeitslosigkeit der Ausländerinnen und Ausländer geht seit Herbst 2023 zurück.',
          en: 'Since 2023 a third job coach has mainly supported Ukrainian women in part-time jobs. Unemployment among foreign nationals has been falling since autumn 2023.',
        },
      },
      {
        date: '2026-04-15',
        text: {
          de: 'Die Arbeitslosenquote der Ausländerinnen und Ausländer lag 2025 bei 16,4 Prozent, nach 19,2 Prozent im Jahr 2023. Die Jobbegleitung wird bis Ende 2027 fortgeführt.',
          en: 'The unemployment rate of foreign nationals was 16.4 per cent in 2025, down from 19.2 per cent in 2023. Job coaching will continue until the end of 2027.',
        },
      },
    ],
    services: ['jobbegleitung-gefluechtete', 'buergergeld-und-arbeitsvermittlung'],
    indicators: ['arbeitslosenquote-auslaendische-staatsangehoerige'],
  },
  {
    slug: 'arbeitgeberdialog-fachkraefte',
    field: 'work',
    goals: ['arbeit-arbeitgeber'],
    title: {
      de: 'Arbeitgeberdialog: Zugewanderte als Fachkräfte',
      en: 'Employer dialogue: immigrants as skilled workers',
      ar: 'حوار أصحاب العمل: المهاجرون كأيدٍ عاملة ماهرة',
      uk: 'Діалог із роботодавцями: мігранти як фахівці',
    },
    description: {
      de: 'Zweimal im Jahr sollen sich Betriebe, Kammern, Jobcenter und Beratungsstellen treffen, um über offene Stellen, Praktika und Hilfen bei der Einstellung Zugewanderter zu sprechen.',
      en: 'Twice a year businesses, chambers, the job centre and counselling services are to meet to discuss vacancies, internships and support for hiring immigrants.',
      ar: 'من المقرر أن تلتقي الشركات والغرف المهنية ومركز العمل ومراكز الاستشارة مرتين في السنة لمناقشة الوظائف الشاغرة وفرص التدريب العملي وأشكال الدعم عند توظيف المهاجرين.',
      uk: 'Двічі на рік підприємства, палати, Jobcenter і консультаційні служби мають зустрічатися, щоб обговорити вакансії, практику та допомогу під час найму мігрантів.',
    },
    justification: {
      de: 'Betriebe kennen die Förderangebote und Beratungsstellen kaum; der direkte Austausch senkt Hürden bei der Einstellung.',
      en: 'Businesses hardly know the funding schemes and counselling services; direct exchange lowers the hurdles to hiring.',
    },
    status: 'planned',
    history: [{ date: PLAN_ADOPTED, status: 'planned' }],
    responsibleOrg: null,
    responsibleOffice: 'Wirtschaftsförderung der Stadt Eisenach',
    partners: ['jobcenter-eisenach', 'caritas-migrationsberatung', 'jugendmigrationsdienst'],
    start: '2027-02-01',
    end: null,
    costEstimate: 2000,
    funding: 'municipal-budget',
    councilResolution: PLAN_RESOLUTION,
    progress: 0,
    reports: [],
    indicators: ['arbeitslosenquote-auslaendische-staatsangehoerige'],
  },

  // ── 5 Beratung und Unterstützung ──
  {
    slug: 'beratung-in-der-muttersprache',
    field: 'counselling',
    goals: ['beratung-erreichbarkeit'],
    title: {
      de: 'Beratung und Treffpunkt in der Muttersprache',
      en: 'Counselling and meeting place in people’s first language',
      ar: 'استشارة ومكان لقاء باللغة الأم',
      uk: 'Консультації та місце зустрічей рідною мовою',
    },
    description: {
      de: 'Die Kulturbrücke, ein Verein von Zugewanderten, berät auf Arabisch, Dari, Russisch, Ukrainisch und Türkisch und begleitet bei Bedarf zu Ämtern und Fachberatungsstellen.',
      en: 'Kulturbrücke, an association run by immigrants, gives advice in Arabic, Dari, Russian, Ukrainian and Turkish and, if needed, accompanies people to public offices and specialist counselling services.',
      ar: 'تقدّم جمعية كولتوربروكه، وهي جمعية أسّسها مهاجرون، الاستشارة باللغات العربية والدارية والروسية والأوكرانية والتركية، وترافق عند الحاجة إلى الدوائر الرسمية ومراكز الاستشارة المتخصصة.',
      uk: 'Об’єднання «Культурбрюке», створене мігрантами, консультує арабською, дарі, російською, українською та турецькою мовами й за потреби супроводжує до установ і спеціалізованих консультаційних служб.',
    },
    justification: {
      de: 'Viele Menschen finden die Fachstellen erst über Landsleute; Beratung auf Dari gab es in Eisenach bisher nicht.',
      en: 'Many people only find specialist services through compatriots; until now there was no counselling in Dari in Eisenach.',
    },
    status: 'ongoing',
    history: [
      { date: '2019-05-01', status: 'started' },
      { date: PLAN_ADOPTED, status: 'ongoing', note: 'Als Maßnahme in das Integrationskonzept aufgenommen' },
    ],
    responsibleOrg: 'kulturbruecke-eisenach',
    partners: ['caritas-migrationsberatung', 'awo-eisenach'],
    start: '2019-05-01',
    end: null,
    costEstimate: 42000,
    funding: 'state-programme',
    fundingNote: 'Landesförderung für Migrantenorganisationen in Thüringen; etwa 42.000 € im Jahr',
    councilResolution: PLAN_RESOLUTION,
    progress: 80,
    reports: [
      {
        date: '2020-06-30',
        text: {
          de: 'Während der Kontaktbeschränkungen hat die Kulturbrücke telefonisch und per Messenger beraten, vor allem zu Kurzarbeit, Schulschließungen und Corona-Regeln.',
          en: 'During the contact restrictions Kulturbrücke gave advice by phone and messenger, mainly on short-time work, school closures and coronavirus rules.',
        },
      },
      {
        date: '2022-12-15',
        text: {
          de: 'Seit März berät eine ukrainischsprachige Mitarbeiterin. 2022 gab es über 900 Beratungskontakte, fast doppelt so viele wie im Vorjahr.',
          en: 'A Ukrainian-speaking member of staff has been giving advice since March. In 2022 there were more than 900 counselling contacts, almost twice as many as the year before.',
        },
      },
      {
        date: '2025-11-20',
        text: {
          de: 'Die Beratung in der Muttersprache ist fester Teil des Beratungsverbunds; komplexe Fälle übernimmt die Migrationsberatung der Caritas direkt. Die Landesförderung ist bis 2027 bewilligt.',
          en: 'Counselling in people’s first language is an established part of the counselling network; Caritas migration counselling takes over complex cases directly. State funding has been approved until 2027.',
        },
      },
    ],
    services: ['beratung-in-der-muttersprache', 'migrationsberatung-erwachsene'],
    indicators: ['beratene-migrationsberatung'],
  },
  {
    slug: 'anlaufstelle-bei-diskriminierung',
    field: 'counselling',
    goals: ['beratung-diskriminierung'],
    title: {
      de: 'Anlaufstelle bei Diskriminierung',
      en: 'Contact point for discrimination',
      ar: 'مركز للتوجه إليه عند التعرض للتمييز',
      uk: 'Контактний пункт у разі дискримінації',
    },
    description: {
      de: 'Bei der Kulturbrücke entsteht eine Beratungsstelle für Menschen, die wegen Herkunft, Religion oder Sprache benachteiligt werden. Sie dokumentiert Fälle und begleitet zu Gesprächen mit Vermietern, Ämtern und Arbeitgebern.',
      en: 'A counselling service is being set up at Kulturbrücke for people who are disadvantaged because of their origin, religion or language. It documents cases and accompanies people to talks with landlords, public offices and employers.',
      ar: 'يجري في جمعية كولتوربروكه إنشاء مركز استشارة للأشخاص الذين يتعرضون للتمييز بسبب أصلهم أو دينهم أو لغتهم. يوثّق المركز الحالات ويرافق الأشخاص في الحديث مع المؤجّرين والدوائر الرسمية وأصحاب العمل.',
      uk: 'При «Культурбрюке» створюється консультаційний пункт для людей, яких дискримінують через походження, релігію чи мову. Він документує випадки й супроводжує на розмови з орендодавцями, установами та роботодавцями.',
    },
    justification: {
      de: 'Im Netzwerk wurden wiederholt Fälle von Benachteiligung bei Wohnungssuche und Arbeit geschildert; eine unabhängige Anlaufstelle gab es in Eisenach bisher nicht.',
      en: 'Cases of discrimination in housing and work were repeatedly reported in the network; until now there was no independent contact point in Eisenach.',
    },
    status: 'started',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2024-09-01', status: 'started' },
    ],
    responsibleOrg: 'kulturbruecke-eisenach',
    partners: ['caritas-migrationsberatung', 'awo-eisenach'],
    start: '2024-09-01',
    end: '2027-08-31',
    costEstimate: 95000,
    funding: 'federal-programme',
    fundingNote: 'Bundesprogramm „Demokratie leben!“ (Partnerschaft für Demokratie Eisenach)',
    progress: 40,
    reports: [
      {
        date: '2025-03-31',
        text: {
          de: 'Zwei Beraterinnen sind in Antidiskriminierungsberatung weitergebildet. In den ersten sechs Monaten wurden 27 Fälle dokumentiert, die meisten bei der Wohnungssuche.',
          en: 'Two counsellors have been trained in anti-discrimination counselling. In the first six months 27 cases were documented, most of them in the search for housing.',
        },
      },
      {
        date: '2026-03-31',
        text: {
          de: 'Die Anlaufstelle hat ihren ersten Jahresbericht veröffentlicht. Sie bietet nun auch Schulungen für Vereine und Wohnungsunternehmen an.',
          en: 'The contact point has published its first annual report. It now also offers training for associations and housing companies.',
        },
      },
    ],
    services: ['antidiskriminierungsberatung'],
  },

  // ── 6 Soziale Integration und Teilhabe ──
  {
    slug: 'interkulturelles-frauenfruehstueck',
    field: 'participation',
    goals: ['teilhabe-begegnung', 'teilhabe-frauen'],
    title: {
      de: 'Interkulturelles Frauenfrühstück',
      en: 'Intercultural women’s breakfast',
      ar: 'فطور النساء بين الثقافات',
      uk: 'Міжкультурний жіночий сніданок',
    },
    description: {
      de: 'Seit 2018 treffen sich Frauen aus Eisenach und aus aller Welt am ersten Samstag im Monat zum Frühstück, um sich kennenzulernen und ins Gespräch zu kommen. Oft gibt es einen kurzen Impuls, etwa zu Gesundheit oder Kita.',
      en: 'Since 2018 women from Eisenach and from all over the world have met for breakfast on the first Saturday of the month to get to know each other and talk. There is often a short talk, for example on health or nursery.',
      ar: 'منذ عام 2018 تلتقي نساء من آيزناخ ومن جميع أنحاء العالم في أول سبت من كل شهر لتناول الفطور، للتعارف والحديث معًا. وغالبًا ما تُقدَّم فقرة قصيرة، مثلًا عن الصحة أو الحضانة.',
      uk: 'З 2018 року жінки з Айзенаха та з усього світу щопершої суботи місяця збираються на сніданок, щоб познайомитися й поспілкуватися. Часто є коротка доповідь, наприклад про здоров’я чи дитсадок.',
    },
    justification: {
      de: 'Zugewanderte Frauen sind in Kursen und Vereinen seltener vertreten; ein niedrigschwelliger Treffpunkt erleichtert den ersten Kontakt.',
      en: 'Immigrant women are less often represented in courses and clubs; an easy-access meeting place makes first contact easier.',
    },
    status: 'ongoing',
    history: [
      { date: '2018-03-03', status: 'started', note: 'Erstes Frühstück' },
      { date: '2018-12-01', status: 'ongoing' },
      { date: '2020-03-16', status: 'paused', note: 'Pause wegen der Corona-Pandemie' },
      { date: '2021-06-05', status: 'ongoing', note: 'Neustart im Garten des Mehrgenerationenhauses' },
    ],
    responsibleOrg: 'frauenfruehstueck-verein',
    partners: ['awo-eisenach', 'caritas-migrationsberatung'],
    start: '2018-03-03',
    end: null,
    costEstimate: 1500,
    funding: 'engagement-fund',
    fundingNote: `${NEBENAN_ANGEKOMMEN}; den Raum stellt die AWO`,
    councilResolution: PLAN_RESOLUTION,
    progress: 85,
    reports: [
      {
        date: '2019-03-04',
        text: {
          de: 'Zum ersten Jahrestag kamen 40 Frauen aus 14 Ländern. Eine Kinderbetreuung während des Frühstücks ist jetzt fest organisiert.',
          en: 'On the first anniversary 40 women from 14 countries came. Childcare during the breakfast is now organised on a regular basis.',
        },
      },
      {
        date: '2021-07-01',
        text: {
          de: 'Nach über einem Jahr Pause fand das Frühstück im Juni im Garten des Mehrgenerationenhauses wieder statt. Viele Teilnehmerinnen hatten über Messengergruppen Kontakt gehalten.',
          en: 'After a break of more than a year the breakfast resumed in June in the garden of the multi-generation house. Many participants had kept in touch through messenger groups.',
        },
      },
      {
        date: '2024-03-08',
        text: {
          de: 'Zum Internationalen Frauentag feierte das Frühstück sein 60. Treffen. Seit 2022 kommen auch viele Ukrainerinnen; einige Teilnehmerinnen engagieren sich inzwischen selbst im Verein.',
          en: 'For International Women’s Day the breakfast celebrated its 60th meeting. Since 2022 many Ukrainian women have come as well; some participants now volunteer in the association themselves.',
        },
      },
    ],
    services: ['interkulturelles-frauenfruehstueck'],
    events: ['interkulturelles-frauenfruehstueck'],
    indicators: ['ehrenamtliche-integrationsprojekte'],
  },
  {
    slug: 'unterstuetzung-bei-der-wohnungssuche',
    field: 'participation',
    goals: ['teilhabe-wohnen'],
    title: {
      de: 'Unterstützung bei der Wohnungssuche',
      en: 'Help with finding a home',
      ar: 'المساعدة في البحث عن سكن',
      uk: 'Допомога в пошуку житла',
    },
    description: {
      de: 'Die Wohnungsberatung der AWO und Wohnungsunternehmen vermitteln Wohnungen und erklären Mietvertrag, Nebenkosten und Hausordnung. Ziel ist, dass Zugewanderte nicht nur in Eisenach-Nord eine Wohnung finden.',
      en: 'AWO’s housing advice service and housing companies arrange flats and explain tenancy agreements, service charges and house rules. The aim is for immigrants to find homes not only in Eisenach-Nord.',
      ar: 'تساعد خدمة استشارات السكن لدى منظمة AWO وشركات الإسكان في إيجاد الشقق، وتشرح عقد الإيجار والتكاليف الإضافية ونظام المبنى. والهدف أن يجد المهاجرون مساكن في أحياء أخرى غير آيزناخ الشمالية أيضًا.',
      uk: 'Житлова консультація AWO та житлові компанії допомагають знайти квартири й пояснюють договір оренди, комунальні платежі та правила будинку. Мета – щоб мігранти знаходили житло не лише в Айзенаху-Північ.',
    },
    justification: {
      de: 'Fast die Hälfte der Ausländerinnen und Ausländer wohnt in Eisenach-Nord; bei Vermietern in anderen Stadtteilen stoßen sie oft auf Vorbehalte.',
      en: 'Almost half of the foreign nationals live in Eisenach-Nord; landlords in other districts often have reservations about them.',
    },
    status: 'started',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2023-04-01', status: 'started' },
    ],
    responsibleOrg: 'awo-eisenach',
    partners: ['drk-eisenach', 'kulturbruecke-eisenach'],
    start: '2023-04-01',
    end: '2026-12-31',
    costEstimate: 30000,
    funding: 'municipal-budget',
    councilResolution: '0129-StR/2023',
    progress: 45,
    reports: [
      {
        date: '2023-11-30',
        text: {
          de: 'Zwei Wohnungsunternehmen melden freie Wohnungen zuerst der Wohnungsberatung. Bisher wurden 19 Haushalte vermittelt, 11 davon außerhalb von Eisenach-Nord.',
          en: 'Two housing companies report vacant flats to the housing advice service first. So far 19 households have been housed, 11 of them outside Eisenach-Nord.',
        },
      },
      {
        date: '2025-06-30',
        text: {
          de: 'Die Infoabende zur Wohnungssuche mit dem DRK sind gut besucht. Ein Mieterführerschein in fünf Sprachen ist in Vorbereitung.',
          en: 'The information evenings on finding a flat with the Red Cross are well attended. A tenant’s licence course in five languages is being prepared.',
        },
      },
    ],
    services: ['wohnungsberatung'],
    events: ['infoabend-wohnungssuche'],
  },
  {
    slug: 'interkultureller-gemeinschaftsgarten',
    field: 'participation',
    goals: ['teilhabe-begegnung'],
    title: {
      de: 'Interkultureller Gemeinschaftsgarten in Eisenach-Nord',
      en: 'Intercultural community garden in Eisenach-Nord',
      ar: 'حديقة مجتمعية بين الثقافات في آيزناخ الشمالية',
      uk: 'Міжкультурний громадський сад в Айзенаху-Північ',
    },
    description: {
      de: 'Auf einer Brachfläche in Eisenach-Nord sollten Nachbarinnen und Nachbarn gemeinsam gärtnern. Es fand sich keine dauerhaft nutzbare Fläche; die Gruppe gärtnert nun im Garten des Mehrgenerationenhauses.',
      en: 'Neighbours were to garden together on a vacant plot in Eisenach-Nord. No plot could be found for long-term use; the group now gardens at the multi-generation house.',
      ar: 'كان من المقرر أن يزرع الجيران معًا على أرض فضاء في آيزناخ الشمالية. لكن لم يُعثر على قطعة أرض يمكن استخدامها على المدى الطويل، فأصبحت المجموعة تزرع الآن في حديقة بيت الأجيال.',
      uk: 'Сусіди мали разом садівничати на пустирі в Айзенаху-Північ. Ділянки для тривалого користування не знайшлося; тепер група працює в саду Багатопоколінного дому.',
    },
    justification: {
      de: 'Gemeinsames Gärtnern schafft Kontakte in der Nachbarschaft über Sprachgrenzen hinweg.',
      en: 'Gardening together creates contacts in the neighbourhood across language barriers.',
    },
    status: 'dropped',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2021-04-15', status: 'started' },
      { date: '2022-09-30', status: 'dropped', note: 'Keine Fläche gefunden; Gruppe gärtnert im Mehrgenerationenhaus der AWO' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['awo-eisenach'],
    start: '2021-04-15',
    end: '2022-09-30',
    costEstimate: 5000,
    funding: 'engagement-fund',
    fundingNote: NEBENAN_ANGEKOMMEN,
    progress: 20,
    reports: [
      {
        date: '2021-10-01',
        text: {
          de: 'Eine Gruppe von 15 Nachbarinnen und Nachbarn hat sich gefunden. Die vorgesehene Fläche ist jedoch für ein Bauvorhaben reserviert; eine Alternative wird gesucht.',
          en: 'A group of 15 neighbours has formed. However, the intended plot is reserved for a construction project; an alternative is being sought.',
        },
      },
      {
        date: '2022-09-30',
        text: {
          de: 'Die Maßnahme wird eingestellt, da keine geeignete Fläche verfügbar ist. Die Gruppe gärtnert seit dem Frühjahr im Garten des Mehrgenerationenhauses der AWO weiter.',
          en: 'The measure has been dropped because no suitable plot is available. Since the spring the group has been gardening at AWO’s multi-generation house instead.',
        },
      },
    ],
  },

  // ── 7 Asylbewerber und Menschen mit unsicherer Bleibeperspektive ──
  {
    slug: 'erstorientierungskurse-fuer-neuankommende',
    field: 'asylum',
    goals: ['asyl-erstorientierung'],
    title: {
      de: 'Erstorientierungskurse für Neuankommende',
      en: 'Initial orientation courses for new arrivals',
      ar: 'دورات التوجيه الأولي للقادمين الجدد',
      uk: 'Курси первинної орієнтації для новоприбулих',
    },
    description: {
      de: 'Asylsuchende, die noch keinen Integrationskurs besuchen dürfen, lernen erste Deutschkenntnisse und das Leben in Eisenach kennen – vom Einkaufen über den Arztbesuch bis zur Mülltrennung.',
      en: 'Asylum seekers who are not yet allowed to attend an integration course learn basic German and about life in Eisenach – from shopping and seeing a doctor to separating waste.',
      ar: 'يتعلم طالبو اللجوء الذين لا يُسمح لهم بعدُ بحضور دورة الاندماج مبادئ اللغة الألمانية ويتعرفون على الحياة في آيزناخ، من التسوق وزيارة الطبيب إلى فرز النفايات.',
      uk: 'Шукачі притулку, яким ще не дозволено відвідувати інтеграційний курс, вивчають основи німецької та знайомляться з життям в Айзенаху – від покупок і візиту до лікаря до сортування сміття.',
    },
    justification: {
      de: 'Ohne Zugang zum Integrationskurs blieben Asylsuchende oft monatelang ohne Deutschunterricht und Orientierung.',
      en: 'Without access to integration courses, asylum seekers often went months without German lessons or orientation.',
    },
    status: 'ongoing',
    history: [
      { date: '2019-04-01', status: 'started' },
      { date: PLAN_ADOPTED, status: 'ongoing' },
    ],
    responsibleOrg: 'vhs-eisenach',
    partners: ['awo-eisenach', 'drk-eisenach'],
    start: '2019-04-01',
    end: null,
    funding: 'federal-programme',
    fundingNote: 'Erstorientierungskurse des Bundesamts für Migration und Flüchtlinge (BAMF)',
    councilResolution: PLAN_RESOLUTION,
    progress: 75,
    reports: [
      {
        date: '2019-12-10',
        text: {
          de: 'Im ersten Jahr fanden drei Kurse mit zusammen 48 Teilnehmenden statt. Besonders geschätzt wurden die Besuche bei Ämtern und Beratungsstellen.',
          en: 'In the first year three courses with a total of 48 participants took place. The visits to public offices and counselling services were particularly appreciated.',
        },
      },
      {
        date: '2022-10-01',
        text: {
          de: 'Seit dem Sommer gibt es einen Kurs nur für Frauen mit Kinderbetreuung. Die Kurse starten nun viermal im Jahr.',
          en: 'Since the summer there has been a women-only course with childcare. Courses now start four times a year.',
        },
      },
      {
        date: '2025-04-30',
        text: {
          de: 'Seit 2019 haben rund 260 Menschen einen Erstorientierungskurs abgeschlossen. Etwa zwei Drittel wechseln danach in einen Integrationskurs.',
          en: 'Since 2019 around 260 people have completed an initial orientation course. About two thirds then move on to an integration course.',
        },
      },
    ],
    events: ['orientierungskurs-start'],
  },
  {
    slug: 'ankunftshilfe-ukraine',
    field: 'asylum',
    goals: ['asyl-erstorientierung'],
    title: {
      de: 'Ankunftshilfe für Geflüchtete aus der Ukraine',
      en: 'Arrival support for refugees from Ukraine',
      ar: 'المساعدة عند الوصول للاجئين من أوكرانيا',
      uk: 'Допомога після прибуття для біженців з України',
    },
    description: {
      de: 'Im März 2022 richteten DRK, Stadt und Ehrenamtliche eine Anlaufstelle ein, die bei Anmeldung, Leistungsantrag, Unterkunft und Schulplatz half. Seit 2024 ist sie Teil der regulären Beratung des DRK.',
      en: 'In March 2022 the Red Cross, the city and volunteers set up a contact point that helped with registration, benefit applications, accommodation and school places. Since 2024 it has been part of the Red Cross’s regular counselling.',
      ar: 'في مارس 2022 أنشأ الصليب الأحمر الألماني والمدينة ومتطوعون مركزًا يساعد في تسجيل السكن وطلب المساعدات والإيواء وإيجاد مقعد دراسي. ومنذ عام 2024 أصبح جزءًا من الاستشارات المنتظمة للصليب الأحمر.',
      uk: 'У березні 2022 року Червоний Хрест, місто та волонтери відкрили пункт допомоги з реєстрацією, заявами на виплати, житлом і місцем у школі. З 2024 року він є частиною постійних консультацій Червоного Хреста.',
    },
    justification: {
      de: 'Innerhalb weniger Wochen kamen über 600 Menschen aus der Ukraine nach Eisenach; die bestehenden Beratungsstellen konnten das allein nicht auffangen.',
      en: 'More than 600 people from Ukraine arrived in Eisenach within a few weeks; the existing counselling services could not cope with this alone.',
    },
    status: 'completed',
    history: [
      { date: '2022-03-07', status: 'started', note: 'Nicht im Konzept von 2020; vom Netzwerk kurzfristig eingerichtet' },
      { date: '2022-05-01', status: 'ongoing' },
      { date: '2023-12-31', status: 'completed', note: 'In die reguläre Beratung des DRK übergegangen' },
    ],
    responsibleOrg: 'drk-eisenach',
    partners: ['auslaenderbehoerde-eisenach', 'jobcenter-eisenach', 'caritas-migrationsberatung', 'kulturbruecke-eisenach'],
    start: '2022-03-07',
    end: '2023-12-31',
    costEstimate: 120000,
    funding: 'state-programme',
    fundingNote: 'Landesmittel des Freistaats Thüringen für die Aufnahme Geflüchteter aus der Ukraine',
    councilResolution: '0156-StR/2022',
    progress: 100,
    reports: [
      {
        date: '2022-04-30',
        text: {
          de: 'In den ersten acht Wochen hat die Anlaufstelle über 450 Menschen beraten. 70 Ehrenamtliche helfen beim Übersetzen, bei Behördengängen und beim Einrichten der Wohnungen.',
          en: 'In its first eight weeks the contact point advised more than 450 people. 70 volunteers help with interpreting, visits to public offices and furnishing flats.',
        },
      },
      {
        date: '2022-12-15',
        text: {
          de: 'Fast alle Kinder aus der Ukraine haben einen Kita- oder Schulplatz. Die meisten Erwachsenen werden inzwischen vom Jobcenter betreut und warten auf einen Integrationskurs.',
          en: 'Almost all children from Ukraine have a nursery or school place. Most adults are now supported by the job centre and are waiting for an integration course.',
        },
      },
      {
        date: '2024-01-20',
        text: {
          de: 'Die Anlaufstelle ist zum Jahresende in die reguläre Beratung des DRK übergegangen. Die Erfahrungen fließen in ein Konzept für künftige Ankunftssituationen ein.',
          en: 'At the end of the year the contact point became part of the Red Cross’s regular counselling. The lessons learnt are feeding into a plan for future arrival situations.',
        },
      },
    ],
    services: ['ukraine-ankunftshilfe'],
    indicators: ['teilnehmende-integrationskurse', 'ehrenamtliche-integrationsprojekte'],
  },
  {
    slug: 'perspektivberatung-fuer-geduldete',
    field: 'asylum',
    goals: ['asyl-perspektive', 'asyl-ausbildung-und-arbeit'],
    title: {
      de: 'Perspektivberatung für Menschen mit Duldung',
      en: 'Advice on prospects for people with a tolerated stay',
      ar: 'استشارة حول الآفاق للأشخاص الحاصلين على وضع التسامح (Duldung)',
      uk: 'Консультації щодо перспектив для людей зі статусом толерованого перебування (Duldung)',
    },
    description: {
      de: 'Menschen mit Duldung oder im Asylverfahren werden zu Ausbildungsduldung, Beschäftigungsduldung und Chancen-Aufenthaltsrecht beraten. Die Beratung ruht, bis eine neue Förderung bewilligt ist.',
      en: 'People with a tolerated stay or in the asylum procedure receive advice on toleration for training or employment and on the opportunity residence right. Counselling is on hold until new funding is approved.',
      ar: 'يحصل الأشخاص الحاصلون على وضع التسامح أو الذين ما زالوا في إجراءات اللجوء على استشارة حول التسامح لأجل التدريب المهني أو العمل وحول حق الإقامة للفرصة. وقد توقفت الاستشارة مؤقتًا إلى حين الموافقة على تمويل جديد.',
      uk: 'Люди зі статусом толерованого перебування або в процедурі надання притулку отримують консультації щодо толерування на час навчання чи роботи та права на перебування «Chancen-Aufenthaltsrecht». Консультування призупинено до схвалення нового фінансування.',
    },
    justification: {
      de: 'Viele Geduldete kennen die Wege zu einem sicheren Aufenthalt nicht oder erfahren zu spät davon.',
      en: 'Many people with a tolerated stay do not know the routes to secure residence or learn about them too late.',
    },
    status: 'paused',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2021-01-01', status: 'started' },
      { date: '2021-07-01', status: 'ongoing' },
      { date: '2025-07-01', status: 'paused', note: 'ESF-Förderung ausgelaufen, Folgeantrag gestellt' },
    ],
    responsibleOrg: 'awo-eisenach',
    partners: ['auslaenderbehoerde-eisenach', 'jugendmigrationsdienst', 'jobcenter-eisenach'],
    start: '2021-01-01',
    end: null,
    costEstimate: 48000,
    funding: 'esf',
    fundingNote: 'ESF-Projekt des Freistaats Thüringen; etwa 48.000 € im Jahr, Förderperiode endete im Juni 2025',
    councilResolution: PLAN_RESOLUTION,
    progress: 60,
    reports: [
      {
        date: '2022-03-01',
        text: {
          de: 'Im ersten Jahr wurden 74 Personen beraten; 9 von ihnen erhielten eine Ausbildungs- oder Beschäftigungsduldung.',
          en: 'In the first year 74 people received advice; 9 of them were granted toleration for training or employment.',
        },
      },
      {
        date: '2023-11-15',
        text: {
          de: 'Seit Einführung des Chancen-Aufenthaltsrechts ist die Nachfrage stark gestiegen. 31 Anträge wurden mit Unterstützung der Beratung gestellt.',
          en: 'Demand has risen sharply since the opportunity residence right was introduced. 31 applications were submitted with the help of the counselling service.',
        },
      },
      {
        date: '2025-07-10',
        text: {
          de: 'Die ESF-Förderung ist im Juni ausgelaufen, ein Folgeantrag ist gestellt. Bis zur Entscheidung übernimmt die Flüchtlingsberatung der AWO dringende Fälle.',
          en: 'ESF funding ended in June and a follow-up application has been submitted. Until a decision is made, AWO’s refugee counselling service is handling urgent cases.',
        },
      },
    ],
    services: ['fluechtlingsberatung-asylverfahren'],
    indicators: ['beratene-migrationsberatung', 'auszubildende-auslaendische-staatsangehoerigkeit'],
  },

  // ── 8 Gesundheit und Prävention ──
  {
    slug: 'mehrsprachige-gesundheitsinformation',
    field: 'health',
    goals: ['gesundheit-verstaendigung', 'gesundheit-information'],
    title: {
      de: 'Mehrsprachige Gesundheitsinformation und Sprachmittlung',
      en: 'Multilingual health information and language mediation',
      ar: 'معلومات صحية متعددة اللغات ووساطة لغوية',
      uk: 'Багатомовна інформація про здоров’я та мовне посередництво',
    },
    description: {
      de: 'Informationen zu Krankenversicherung, Arztsuche, Impfungen und Vorsorge gibt es in acht Sprachen; im Krankenhaus und in Pflegeeinrichtungen stehen geschulte Sprachmittlerinnen und Sprachmittler bereit.',
      en: 'Information on health insurance, finding a doctor, vaccinations and check-ups is available in eight languages; trained language mediators are available in hospital and in care services.',
      ar: 'تتوفر بثماني لغات معلومات عن التأمين الصحي والبحث عن طبيب والتطعيمات والفحوص الوقائية، ويتوفر وسطاء لغويون مدرَّبون في المستشفى ومؤسسات الرعاية.',
      uk: 'Інформація про медичне страхування, пошук лікаря, щеплення та профілактичні огляди доступна вісьмома мовами; у лікарні та закладах догляду працюють навчені мовні посередники.',
    },
    justification: {
      de: 'Die Pandemie hat gezeigt, wie gefährlich Sprachbarrieren im Gesundheitswesen sind; bisher übersetzten oft Kinder oder Bekannte.',
      en: 'The pandemic showed how dangerous language barriers are in health care; until then children or acquaintances often had to interpret.',
    },
    status: 'ongoing',
    history: [
      { date: '2020-04-01', status: 'started', note: 'Corona-Informationen in acht Sprachen' },
      { date: PLAN_ADOPTED, status: 'ongoing' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['st-georg-klinikum', 'caritas-migrationsberatung', 'kulturbruecke-eisenach'],
    start: '2020-04-01',
    end: null,
    costEstimate: 15000,
    funding: 'state-programme',
    fundingNote: LSZ,
    councilResolution: PLAN_RESOLUTION,
    // Computed from the sub-measures: 60 % × 100 (hospital) + 40 % × 70 (care services).
    progress: 88,
    reports: [
      {
        date: '2020-06-15',
        text: {
          de: 'Informationsblätter zu Corona-Regeln, Tests und Quarantäne liegen in acht Sprachen vor. Sie werden über Beratungsstellen und Messengergruppen verbreitet.',
          en: 'Information sheets on coronavirus rules, testing and quarantine are available in eight languages. They are shared via counselling services and messenger groups.',
        },
      },
      {
        date: '2022-05-10',
        text: {
          de: 'Die Broschüre „Gesund in Eisenach“ erklärt Krankenversicherung, Hausarzt, Notdienst und Vorsorge. Für Geflüchtete aus der Ukraine wurde sie schnell ins Ukrainische übersetzt.',
          en: 'The brochure “Healthy in Eisenach” explains health insurance, family doctors, emergency services and check-ups. It was quickly translated into Ukrainian for refugees from Ukraine.',
        },
      },
      {
        date: '2025-02-28',
        text: {
          de: 'Die Sprachmittlung im Krankenhaus ist vollständig aufgebaut, die für Pflegeeinrichtungen wird ausgeweitet. Neu ist eine mehrsprachige Geburtsvorbereitung im Klinikum.',
          en: 'Language mediation in hospital is fully established, and mediation for care services is being expanded. A new addition is multilingual antenatal classes at the hospital.',
        },
      },
    ],
    services: ['sprachmittlung-krankenhaus', 'sprachmittlung-pflegeheime', 'geburtsvorbereitung-mehrsprachig'],
    indicators: ['sprachmittlungseinsaetze-gesundheit'],
  },
  {
    slug: 'sprachmittlung-im-krankenhaus',
    field: 'health',
    goals: ['gesundheit-krankenhaus'],
    title: {
      de: 'Sprachmittlung im Krankenhaus',
      en: 'Language mediation in hospital',
      ar: 'الوساطة اللغوية في المستشفى',
      uk: 'Мовне посередництво в лікарні',
    },
    description: {
      de: 'Das St. Georg Klinikum hat einen Pool geschulter Sprachmittlerinnen und Sprachmittler aufgebaut, die bei Aufnahme, Aufklärung und Entlassung übersetzen – vor Ort, per Video oder Telefon.',
      en: 'St. Georg Hospital has built up a pool of trained language mediators who interpret at admission, when patients are informed about treatment and at discharge – in person, by video or by phone.',
      ar: 'أنشأ مستشفى سانت جورج فريقًا من الوسطاء اللغويين المدرَّبين الذين يترجمون عند الدخول إلى المستشفى وعند شرح العلاج وعند الخروج، حضوريًا أو عبر الفيديو أو الهاتف.',
      uk: 'Клініка Святого Георгія створила команду навчених мовних посередників, які перекладають під час госпіталізації, роз’яснень щодо лікування та виписки – особисто, через відео чи телефон.',
    },
    justification: {
      de: 'Ohne Sprachmittlung ist die Einwilligung in eine Behandlung rechtlich und medizinisch unsicher.',
      en: 'Without language mediation, consent to treatment is legally and medically uncertain.',
    },
    status: 'completed',
    history: [
      { date: '2020-09-01', status: 'started' },
      { date: '2021-03-01', status: 'ongoing' },
      { date: '2022-12-31', status: 'completed', note: 'Pool mit 14 Sprachmittlern für neun Sprachen dauerhaft eingerichtet' },
    ],
    responsibleOrg: 'st-georg-klinikum',
    partners: ['kulturbruecke-eisenach'],
    start: '2020-09-01',
    end: '2022-12-31',
    costEstimate: 45000,
    funding: 'state-programme',
    fundingNote: `${LSZ} als Anschubfinanzierung; seit 2023 Eigenmittel des Klinikums`,
    councilResolution: PLAN_RESOLUTION,
    progress: 100,
    parent: 'mehrsprachige-gesundheitsinformation',
    weight: 60,
    reports: [
      {
        date: '2021-03-15',
        text: {
          de: 'Zwölf Sprachmittlerinnen und Sprachmittler sind geschult. Für seltene Sprachen nutzt das Klinikum einen Video-Dolmetschdienst.',
          en: 'Twelve language mediators have been trained. For less common languages the hospital uses a video interpreting service.',
        },
      },
      {
        date: '2022-12-20',
        text: {
          de: 'Der Pool umfasst 14 Personen für neun Sprachen und ist in die Abläufe der Stationen eingebunden. 2022 gab es 520 Einsätze; die Kosten trägt das Klinikum künftig selbst.',
          en: 'The pool comprises 14 people for nine languages and is built into ward routines. There were 520 assignments in 2022; the hospital will bear the costs itself in future.',
        },
      },
    ],
    services: ['sprachmittlung-krankenhaus', 'geburtsvorbereitung-mehrsprachig'],
    indicators: ['sprachmittlungseinsaetze-gesundheit'],
  },
  {
    slug: 'sprachmittlung-in-pflegeeinrichtungen',
    field: 'health',
    goals: ['gesundheit-pflege'],
    title: {
      de: 'Sprachmittlung in Pflegeeinrichtungen',
      en: 'Language mediation in care homes and home care',
      ar: 'الوساطة اللغوية في مؤسسات الرعاية',
      uk: 'Мовне посередництво в закладах догляду',
    },
    description: {
      de: 'Pflegeheime und ambulante Pflegedienste können die Sprachmittler des Klinikums buchen – für Aufnahmegespräche, Pflegeplanung und Gespräche mit Angehörigen.',
      en: 'Care homes and home care services can book the hospital’s language mediators – for admission interviews, care planning and talks with relatives.',
      ar: 'يمكن لدور الرعاية وخدمات الرعاية المنزلية حجز الوسطاء اللغويين التابعين للمستشفى، لمقابلات الاستقبال ووضع خطط الرعاية والحديث مع الأقارب.',
      uk: 'Будинки догляду та служби домашнього догляду можуть замовити мовних посередників клініки – для вступних розмов, планування догляду та розмов із родичами.',
    },
    justification: {
      de: 'Immer mehr ältere Zugewanderte sind pflegebedürftig; ohne Verständigung können sie ihre Wünsche und Beschwerden nicht äußern.',
      en: 'More and more older immigrants need care; if they cannot make themselves understood they cannot express their wishes and complaints.',
    },
    status: 'ongoing',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2023-01-15', status: 'started' },
      { date: '2024-01-01', status: 'ongoing' },
    ],
    responsibleOrg: 'st-georg-klinikum',
    partners: ['awo-eisenach', 'drk-eisenach'],
    start: '2023-01-15',
    end: '2026-12-31',
    costEstimate: 20000,
    funding: 'municipal-budget',
    fundingNote: 'Zuschuss der Stadt (etwa 5.000 € im Jahr); die Einrichtungen zahlen einen Stundensatz',
    councilResolution: '0087-StR/2023',
    progress: 70,
    parent: 'mehrsprachige-gesundheitsinformation',
    weight: 40,
    reports: [
      {
        date: '2023-07-01',
        text: {
          de: 'Vier Pflegeheime und zwei ambulante Dienste haben eine Kooperationsvereinbarung mit dem Klinikum unterzeichnet. Die Sprachmittler wurden zu Pflegethemen nachgeschult.',
          en: 'Four care homes and two home care services have signed a cooperation agreement with the hospital. The mediators received additional training on care topics.',
        },
      },
      {
        date: '2024-06-30',
        text: {
          de: 'Im ersten Jahr gab es 85 Einsätze, vor allem auf Russisch und Polnisch. Die Stadt bezuschusst die Einsätze bis Ende 2026.',
          en: 'There were 85 assignments in the first year, mainly in Russian and Polish. The city is subsidising the assignments until the end of 2026.',
        },
      },
      {
        date: '2026-05-31',
        text: {
          de: 'Sieben von zwölf Pflegeeinrichtungen nutzen das Angebot. Offen ist noch, wie die Finanzierung ab 2027 gesichert wird.',
          en: 'Seven of twelve care services use the offer. It is still open how funding will be secured from 2027.',
        },
      },
    ],
    services: ['sprachmittlung-pflegeheime'],
    indicators: ['sprachmittlungseinsaetze-gesundheit'],
  },
  {
    slug: 'gesundheitslotsen-aus-den-communities',
    field: 'health',
    goals: ['gesundheit-information'],
    title: {
      de: 'Gesundheitslotsinnen und -lotsen aus den Communities',
      en: 'Health guides from immigrant communities',
      ar: 'مرشدون صحيون من مجتمعات المهاجرين',
      uk: 'Провідники з питань здоров’я з громад мігрантів',
    },
    description: {
      de: 'Zugewanderte sollen zu Gesundheitslotsinnen und -lotsen geschult werden, die in ihrer Sprache über Vorsorge, Impfungen, Pflege und psychische Gesundheit informieren.',
      en: 'Immigrants are to be trained as health guides who provide information in their own language on check-ups, vaccinations, care and mental health.',
      ar: 'من المقرر تدريب مهاجرين ليصبحوا مرشدين صحيين يقدّمون بلغتهم معلومات عن الفحوص الوقائية والتطعيمات والرعاية والصحة النفسية.',
      uk: 'Мігрантів планують навчити бути провідниками з питань здоров’я, які рідною мовою розповідатимуть про профілактичні огляди, щеплення, догляд і психічне здоров’я.',
    },
    justification: {
      de: 'Informationen erreichen viele Familien am besten über vertraute Personen aus der eigenen Community.',
      en: 'Information reaches many families best through trusted people from their own community.',
    },
    status: 'planned',
    history: [{ date: PLAN_ADOPTED, status: 'planned' }],
    responsibleOrg: 'kulturbruecke-eisenach',
    partners: ['st-georg-klinikum', 'caritas-migrationsberatung'],
    start: '2027-04-01',
    end: '2029-03-31',
    costEstimate: 40000,
    funding: 'foundation',
    fundingNote: 'Antrag bei einer Stiftung in Vorbereitung',
    progress: 0,
    reports: [],
  },

  // ── 9 Stärkung des zivilgesellschaftlichen Engagements ──
  {
    slug: 'engagementfonds-nebenan-angekommen',
    field: 'volunteering',
    goals: ['engagement-projektfoerderung'],
    title: {
      de: 'Engagementfonds „nebenan angekommen“',
      en: 'Engagement fund “nebenan angekommen”',
      ar: 'صندوق المشاركة „nebenan angekommen“ (وصلنا إلى الجوار)',
      uk: 'Фонд громадської активності «nebenan angekommen»',
    },
    description: {
      de: 'Als Projektpartner der Thüringer Ehrenamtsstiftung berät die Stadt Vereine, die mit Projekten und Aktionen Neuzugewanderte einbeziehen, und hilft beim Antrag auf Förderung.',
      en: 'As a project partner of the Thuringian Volunteering Foundation, the city advises associations that involve newcomers in projects and activities and helps them apply for funding.',
      ar: 'بصفتها شريكًا في مشروع مؤسسة تورينغن للعمل التطوعي، تقدّم المدينة الاستشارة للجمعيات التي تُشرك القادمين الجدد في مشاريعها وأنشطتها، وتساعدها في تقديم طلبات التمويل.',
      uk: 'Як партнер проєкту Тюринзького фонду волонтерства, місто консультує об’єднання, які залучають новоприбулих до своїх проєктів і заходів, і допомагає подати заявку на фінансування.',
    },
    justification: {
      de: 'Kleine Vereine leisten viel Integrationsarbeit, haben aber kaum Geld für Material, Fahrten oder Honorare.',
      en: 'Small associations do a lot of integration work but have hardly any money for materials, trips or fees.',
    },
    status: 'ongoing',
    history: [
      { date: '2018-01-15', status: 'started', note: 'Eisenach wird Projektpartner des Engagementfonds' },
      { date: '2018-06-01', status: 'ongoing' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['frauenfruehstueck-verein', 'sv-eintracht-eisenach-nord', 'kulturbruecke-eisenach'],
    start: '2018-01-15',
    end: null,
    costEstimate: 12000,
    funding: 'engagement-fund',
    fundingNote: `${NEBENAN_ANGEKOMMEN}; bis zu 2.000 € je Projekt, zusammen etwa 12.000 € im Jahr`,
    councilResolution: PLAN_RESOLUTION,
    progress: 80,
    reports: [
      {
        date: '2019-12-01',
        text: {
          de: '2019 wurden sechs Eisenacher Projekte gefördert, darunter das Frauenfrühstück, ein Fußballturnier und ein Kochbuch mit Rezepten aus zwölf Ländern.',
          en: 'In 2019 six projects in Eisenach received funding, including the women’s breakfast, a football tournament and a cookbook with recipes from twelve countries.',
        },
      },
      {
        date: '2022-12-01',
        text: {
          de: 'Trotz der Pandemie wurden seit 2020 insgesamt 14 Projekte gefördert. Neu dabei sind Projekte von Migrantenorganisationen wie der Kulturbrücke.',
          en: 'Despite the pandemic, a total of 14 projects have received funding since 2020. New among them are projects run by migrant organisations such as Kulturbrücke.',
        },
      },
      {
        date: '2025-12-01',
        text: {
          de: 'Der Fonds hat 2025 das Fest der Kulturen und drei Vereinsprojekte unterstützt. Die Stadt bietet nun zweimal im Jahr eine Antragswerkstatt an.',
          en: 'In 2025 the fund supported the Festival of Cultures and three club projects. The city now offers an application workshop twice a year.',
        },
      },
    ],
    events: ['fest-der-kulturen', 'interkulturelles-frauenfruehstueck'],
    indicators: ['ehrenamtliche-integrationsprojekte'],
  },
  {
    slug: 'vereine-fuer-neuzugewanderte-oeffnen',
    field: 'volunteering',
    goals: ['engagement-vereine-oeffnen'],
    title: {
      de: 'Vereine öffnen sich für Neuzugewanderte',
      en: 'Clubs open up to newcomers',
      ar: 'الجمعيات والأندية تنفتح على القادمين الجدد',
      uk: 'Клуби та об’єднання відкриваються для новоприбулих',
    },
    description: {
      de: 'Sport-, Kultur- und Sozialvereine werden beraten, wie sie Neuzugewanderte als Mitglieder und Ehrenamtliche gewinnen – etwa mit kostenlosen Schnuppermonaten, mehrsprachigen Aushängen und Patenschaften.',
      en: 'Sports, cultural and social clubs receive advice on how to win newcomers as members and volunteers – for example with free trial months, multilingual notices and mentoring.',
      ar: 'تحصل الأندية الرياضية والثقافية والجمعيات الاجتماعية على استشارة حول كيفية كسب القادمين الجدد أعضاءً ومتطوعين، مثلًا عبر أشهر تجريبية مجانية وإعلانات متعددة اللغات وبرامج إرشاد شخصي.',
      uk: 'Спортивні, культурні та соціальні клуби отримують поради, як залучати новоприбулих як членів і волонтерів – наприклад, через безкоштовні пробні місяці, багатомовні оголошення та наставництво.',
    },
    justification: {
      de: 'Vereine suchen Nachwuchs und Ehrenamtliche, erreichen Neuzugewanderte aber kaum; viele Neuzugewanderte wissen nicht, dass sie mitmachen können.',
      en: 'Clubs are looking for new members and volunteers but hardly reach newcomers; many newcomers do not know that they can join in.',
    },
    status: 'started',
    history: [
      { date: PLAN_ADOPTED, status: 'planned' },
      { date: '2024-04-01', status: 'started' },
    ],
    responsibleOrg: null,
    responsibleOffice: INTEGRATION_OFFICE,
    partners: ['sv-eintracht-eisenach-nord', 'drk-eisenach', 'kulturbruecke-eisenach'],
    start: '2024-04-01',
    end: '2026-12-31',
    costEstimate: 10000,
    funding: 'municipal-budget',
    councilResolution: PLAN_RESOLUTION,
    progress: 55,
    reports: [
      {
        date: '2024-10-15',
        text: {
          de: 'Acht Vereine nehmen an der Beratung teil. Der SV Eintracht Eisenach-Nord bietet seitdem „Fußball für alle“ mit beitragsfreiem erstem Jahr an.',
          en: 'Eight clubs are taking part in the advice programme. Since then SV Eintracht Eisenach-Nord has been offering “Football for everyone” with a free first year.',
        },
      },
      {
        date: '2025-10-15',
        text: {
          de: 'Sechs Neuzugewanderte haben eine Übungsleiterausbildung begonnen. Ein Leitfaden „Verein für alle“ ist in Arbeit.',
          en: 'Six newcomers have started training as coaches. A guide “A club for everyone” is being written.',
        },
      },
      {
        date: '2026-09-30',
        text: {
          de: 'Der Leitfaden ist erschienen und wurde an 60 Vereine verschickt. Der Stadtsportbund übernimmt die Beratung ab 2027.',
          en: 'The guide has been published and sent to 60 clubs. The city sports federation will take over the advice from 2027.',
        },
      },
    ],
    services: ['sport-fuer-alle', 'ehrenamt-im-sportverein'],
    events: ['fussball-fuer-alle'],
    indicators: ['ehrenamtliche-integrationsprojekte'],
  },
  {
    slug: 'neuzugewanderte-ins-ehrenamt-begleiten',
    field: 'volunteering',
    goals: ['engagement-neuzugewanderte'],
    title: {
      de: 'Neuzugewanderte ins Ehrenamt begleiten',
      en: 'Helping newcomers into volunteering',
      ar: 'مرافقة القادمين الجدد إلى العمل التطوعي',
      uk: 'Супровід новоприбулих у волонтерство',
    },
    description: {
      de: 'Eine Ehrenamtsbörse soll Neuzugewanderten zeigen, wo sie mithelfen können – bei der Tafel, im Sportverein oder im Mehrgenerationenhaus – und sie beim Einstieg begleiten.',
      en: 'A volunteering exchange is to show newcomers where they can help – at the food bank, in a sports club or at the multi-generation house – and support them as they start.',
      ar: 'من المقرر أن تُعرّف منصة للعمل التطوعي القادمين الجدد بالأماكن التي يمكنهم المساعدة فيها، مثل بنك الطعام (Tafel) أو النادي الرياضي أو بيت الأجيال، وأن ترافقهم في بدايتهم.',
      uk: 'Біржа волонтерства має показати новоприбулим, де вони можуть допомогти, – у продовольчому банку (Tafel), спортивному клубі чи Багатопоколінному домі, – і супроводжувати їх на початку.',
    },
    justification: {
      de: 'Viele Neuzugewanderte möchten etwas zurückgeben und Kontakte knüpfen, finden ohne Begleitung aber keinen Einstieg.',
      en: 'Many newcomers want to give something back and make contacts but cannot find a way in without support.',
    },
    status: 'planned',
    history: [{ date: PLAN_ADOPTED, status: 'planned' }],
    responsibleOrg: 'drk-eisenach',
    partners: ['awo-eisenach', 'sv-eintracht-eisenach-nord', 'kulturbruecke-eisenach'],
    start: '2027-01-01',
    end: '2028-12-31',
    costEstimate: 16000,
    funding: 'state-programme',
    fundingNote: LSZ,
    councilResolution: PLAN_RESOLUTION,
    progress: 0,
    reports: [],
    services: ['ehrenamt-tafel', 'ehrenamt-im-sportverein'],
    indicators: ['ehrenamtliche-integrationsprojekte'],
  },
]

// ── Indicators ──────────────────────────────────────────────────────────────
//
// All figures below are ILLUSTRATIVE, invented for the demo: plausible orders of magnitude for
// a town of about 42,000 inhabitants, not official statistics. Values are yearly 2018–2026;
// 2026 values are provisional (as of mid-year).

type IndicatorValue = DemoIndicator['values'][number]
type EisenachDistrict = 'innenstadt' | 'nord' | 'sued' | 'west' | 'stregda'

const FIRST_YEAR = 2018
const round1 = (n: number) => Math.round(n * 10) / 10

/** Town-wide values, one per year from 2018. */
const yearly = (values: number[]): IndicatorValue[] => values.map((value, i) => ({ year: FIRST_YEAR + i, value }))

/** Counts by district (one per year from 2018); the town value of each year is their sum. */
function countsByDistrict(rows: Record<EisenachDistrict, number[]>): IndicatorValue[] {
  const districts = Object.entries(rows)
  const years = districts[0]?.[1].length ?? 0
  const out: IndicatorValue[] = []
  for (let i = 0; i < years; i++) {
    const year = FIRST_YEAR + i
    out.push({ year, value: districts.reduce((sum, [, values]) => sum + (values[i] ?? 0), 0) })
    for (const [district, values] of districts) out.push({ year, value: values[i] ?? 0, district })
  }
  return out
}

/** Shares by district: the town-wide share is given separately (a weighted mean, not a sum). */
function sharesByDistrict(town: number[], rows: Record<EisenachDistrict, number[]>): IndicatorValue[] {
  const out: IndicatorValue[] = []
  town.forEach((value, i) => {
    const year = FIRST_YEAR + i
    out.push({ year, value })
    for (const [district, values] of Object.entries(rows)) out.push({ year, value: values[i] ?? 0, district })
  })
  return out
}

/** Rates by legal group (one per year from 2018); the parts add up to the town-wide rate. */
function ratesByLegalGroup(rows: Partial<Record<LegalGroup, number[]>>): IndicatorValue[] {
  // In the order given, each under its vocabulary value.
  const groups = Object.entries(rows).flatMap(([key, values]): [LegalGroup, number[]][] => {
    const group = LEGAL_GROUPS.find((g) => g === key)
    return group && values ? [[group, values]] : []
  })
  const years = groups[0]?.[1].length ?? 0
  const out: IndicatorValue[] = []
  for (let i = 0; i < years; i++) {
    const year = FIRST_YEAR + i
    out.push({ year, value: round1(groups.reduce((sum, [, values]) => sum + (values[i] ?? 0), 0)) })
    for (const [legalGroup, values] of groups) out.push({ year, value: values[i] ?? 0, legalGroup })
  }
  return out
}

/** The indicators' units in the sources' languages; the language files add theirs (`plan.units`). */
const UNITS = {
  persons: { de: 'Personen', en: 'people', ar: 'شخصًا', uk: 'осіб' },
  percent: { de: '%', en: '%', ar: '٪', uk: '%' },
  assignments: { de: 'Einsätze', en: 'assignments', ar: 'مهمة', uk: 'випадків' },
  services: { de: 'Angebote', en: 'services', ar: 'خدمة', uk: 'послуг' },
} satisfies Record<string, DemoIndicator['unit']>

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    slug: 'teilnehmende-integrationskurse',
    name: {
      de: 'Neue Teilnehmende an Integrationskursen',
      en: 'New participants in integration courses',
      ar: 'المشاركون الجدد في دورات الاندماج',
      uk: 'Нові учасники інтеграційних курсів',
    },
    definition: {
      de: 'Personen mit Wohnsitz in Eisenach, die im Kalenderjahr einen Integrationskurs begonnen haben, nach Wohnort-Stadtteil.',
      en: 'People living in Eisenach who started an integration course in the calendar year, by district of residence.',
    },
    unit: { ...UNITS.persons },
    source: 'BAMF, Integrationskursgeschäftsstatistik; Auswertung nach Stadtteil durch die VHS Eisenach',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 265 },
    target: { year: 2026, value: 300 },
    // Town totals: 310, 265, 170, 205, 410, 455, 360, 300, 280.
    values: countsByDistrict({
      //          2018 2019 2020 2021 2022 2023 2024 2025 2026
      innenstadt: [91, 79, 48, 57, 129, 128, 109, 84, 81],
      nord: [122, 103, 66, 83, 154, 182, 143, 124, 109],
      sued: [30, 25, 16, 20, 39, 45, 33, 27, 27],
      west: [51, 44, 32, 35, 68, 76, 58, 50, 49],
      stregda: [16, 14, 8, 10, 20, 24, 17, 15, 14],
    }),
  },
  {
    slug: 'anteil-b1-integrationskurs',
    name: {
      de: 'Anteil B1 im Deutsch-Test für Zuwanderer',
      en: 'Share reaching B1 in the German test for immigrants',
      ar: 'نسبة الحاصلين على المستوى B1 في اختبار اللغة الألمانية للمهاجرين',
      uk: 'Частка тих, хто досяг рівня B1 у тесті з німецької для мігрантів',
    },
    definition: {
      de: 'Anteil der Prüfungsteilnehmenden aus Integrationskursen in Eisenach, die im Deutsch-Test für Zuwanderer (DTZ) das Niveau B1 erreichen.',
      en: 'Share of integration-course participants in Eisenach taking the German test for immigrants (DTZ) who reach level B1.',
    },
    unit: { ...UNITS.percent },
    source: 'BAMF, Integrationskursgeschäftsstatistik (Kursträger in Eisenach)',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 55 },
    target: { year: 2026, value: 60 },
    values: yearly([52, 55, 49, 51, 54, 57, 59, 61, 62]),
  },
  {
    slug: 'sprachmittlungseinsaetze-gesundheit',
    name: {
      de: 'Einsätze der Sprachmittlung im Gesundheitswesen',
      en: 'Language mediation assignments in health care',
      ar: 'عدد مهام الوساطة اللغوية في الرعاية الصحية',
      uk: 'Кількість випадків мовного посередництва в охороні здоров’я',
    },
    definition: {
      de: 'Anzahl der Einsätze von Sprachmittlerinnen und Sprachmittlern im Klinikum und in Pflegeeinrichtungen (vor Ort, per Video oder Telefon) im Kalenderjahr.',
      en: 'Number of assignments of language mediators in the hospital and in care services (in person, by video or by phone) in the calendar year.',
    },
    unit: { ...UNITS.assignments },
    source: 'St. Georg Klinikum Eisenach, Einsatzstatistik der Sprachmittlung',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 48 },
    target: { year: 2026, value: 700 },
    values: yearly([35, 48, 160, 310, 520, 610, 680, 720, 760]),
  },
  {
    slug: 'auszubildende-auslaendische-staatsangehoerigkeit',
    name: {
      de: 'Auszubildende mit ausländischer Staatsangehörigkeit',
      en: 'Apprentices with foreign nationality',
      ar: 'المتدربون المهنيون من حملة الجنسيات الأجنبية',
      uk: 'Учні професійного навчання з іноземним громадянством',
    },
    definition: {
      de: 'Sozialversicherungspflichtig beschäftigte Auszubildende mit ausländischer Staatsangehörigkeit und Wohnort Eisenach, Stichtag 30. Juni.',
      en: 'Apprentices in employment subject to social insurance with foreign nationality and living in Eisenach, as of 30 June.',
    },
    unit: { ...UNITS.persons },
    source: 'Bundesagentur für Arbeit, Beschäftigungsstatistik',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 71 },
    target: { year: 2026, value: 120 },
    values: yearly([62, 71, 68, 79, 88, 104, 118, 127, 135]),
  },
  {
    slug: 'arbeitslosenquote-auslaendische-staatsangehoerige',
    name: {
      de: 'Arbeitslosenquote der Ausländerinnen und Ausländer',
      en: 'Unemployment rate of foreign nationals',
      ar: 'معدل البطالة بين الأجانب',
      uk: 'Рівень безробіття серед іноземців',
    },
    definition: {
      de: 'Arbeitslose mit ausländischer Staatsangehörigkeit in Prozent aller ausländischen zivilen Erwerbspersonen, Jahresdurchschnitt; Anteile nach Rechtskreis SGB II (Jobcenter) und SGB III (Agentur für Arbeit).',
      en: 'Unemployed foreign nationals as a percentage of the foreign civilian labour force, annual average; parts by legal group SGB II (job centre) and SGB III (employment agency).',
    },
    unit: { ...UNITS.percent },
    source: 'Bundesagentur für Arbeit, Arbeitsmarktstatistik (Jahresdurchschnitt)',
    direction: 'lower-is-better',
    baseline: { year: 2019, value: 13.9 },
    target: { year: 2026, value: 12 },
    // Town totals: 14.8, 13.9, 16.2, 15.1, 17.9, 19.2, 17.6, 16.4, 15.3 – the rise from 2022 reflects
    // refugees from Ukraine moving into SGB II.
    values: ratesByLegalGroup({
      //      2018  2019  2020  2021  2022  2023  2024  2025  2026
      'sgb-ii': [11.4, 10.7, 11.6, 11.3, 14.4, 15.5, 13.7, 12.6, 11.7],
      'sgb-iii': [3.4, 3.2, 4.6, 3.8, 3.5, 3.7, 3.9, 3.8, 3.6],
    }),
  },
  {
    slug: 'ehrenamtliche-integrationsprojekte',
    name: {
      de: 'Ehrenamtliche in Integrationsprojekten',
      en: 'Volunteers in integration projects',
      ar: 'المتطوعون في مشاريع الاندماج',
      uk: 'Волонтери в інтеграційних проєктах',
    },
    definition: {
      de: 'Personen, die sich im Jahr regelmäßig ehrenamtlich in Eisenacher Integrationsprojekten engagieren (Sprachcafés, Patenschaften, Frauenfrühstück, Vereine, Ankunftshilfe), darunter auch Zugewanderte.',
      en: 'People who volunteered regularly in integration projects in Eisenach during the year (language cafés, mentoring, women’s breakfast, clubs, arrival support), including immigrants.',
    },
    unit: { ...UNITS.persons },
    source: 'Jährliche Abfrage des Integrationsmanagements bei Trägern und Vereinen',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 92 },
    target: { year: 2026, value: 150 },
    values: yearly([85, 92, 64, 78, 165, 140, 128, 136, 142]),
  },
  {
    slug: 'kita-betreuungsquote-migrationshintergrund',
    name: {
      de: 'Kita-Besuch von Kindern mit Migrationshintergrund',
      en: 'Nursery attendance of children with a migration background',
      ar: 'التحاق الأطفال من أصول مهاجرة برياض الأطفال',
      uk: 'Відвідування дитсадка дітьми з міграційним походженням',
    },
    definition: {
      de: 'Anteil der Kinder von drei Jahren bis zum Schuleintritt mit Migrationshintergrund, die eine Kindertageseinrichtung besuchen, Stichtag 1. März, nach Wohnort-Stadtteil.',
      en: 'Share of children aged three until school entry with a migration background who attend a day nursery, as of 1 March, by district of residence.',
    },
    unit: { ...UNITS.percent },
    source: 'Stadt Eisenach, Kita-Statistik und Einwohnermelderegister',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 80 },
    target: { year: 2026, value: 90 },
    values: sharesByDistrict([78, 80, 79, 82, 80, 83, 86, 88, 89], {
      //          2018 2019 2020 2021 2022 2023 2024 2025 2026
      innenstadt: [80, 82, 81, 84, 82, 85, 88, 90, 91],
      nord: [75, 77, 76, 79, 77, 80, 83, 85, 86],
      sued: [81, 83, 82, 85, 83, 86, 89, 91, 92],
      west: [79, 81, 80, 83, 81, 84, 87, 89, 90],
      stregda: [83, 80, 85, 86, 82, 88, 90, 93, 92],
    }),
  },
  {
    slug: 'beratene-migrationsberatung',
    name: {
      de: 'Beratene Personen in der Migrationsberatung',
      en: 'People advised by the migration counselling services',
      ar: 'عدد الأشخاص الذين تلقوا استشارات الهجرة',
      uk: 'Кількість людей, які отримали міграційні консультації',
    },
    definition: {
      de: 'Personen, die im Kalenderjahr von der Migrationsberatung für Erwachsene (Caritas) oder vom Jugendmigrationsdienst beraten wurden, nach Wohnort-Stadtteil.',
      en: 'People advised in the calendar year by the migration counselling service for adults (Caritas) or by the youth migration service, by district of residence.',
    },
    unit: { ...UNITS.persons },
    source: 'Jahresstatistiken der Migrationsberatung für Erwachsene und des Jugendmigrationsdienstes',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 510 },
    target: { year: 2026, value: 700 },
    // Town totals: 540, 510, 470, 520, 880, 820, 700, 650, 640.
    values: countsByDistrict({
      //          2018 2019 2020 2021 2022 2023 2024 2025 2026
      innenstadt: [167, 170, 148, 169, 264, 234, 215, 199, 195],
      nord: [198, 176, 164, 184, 334, 312, 262, 237, 239],
      sued: [56, 50, 49, 53, 92, 83, 74, 63, 69],
      west: [88, 85, 80, 83, 137, 140, 106, 113, 98],
      stregda: [31, 29, 29, 31, 53, 51, 43, 38, 39],
    }),
  },
]

/** Two indicators the portal computes from the directory, always current. */
export const DEMO_COMPUTED_INDICATORS: DemoComputedIndicator[] = [
  {
    slug: 'beratung-nach-sprache',
    computed: 'counselling-per-language',
    name: { de: 'Beratungsangebote je gesprochener Sprache', en: 'Counselling services per spoken language', ar: 'خدمات الاستشارة حسب اللغة', uk: 'Консультації за мовою' },
    definition: {
      de: 'Veröffentlichte Beratungsangebote im Verzeichnis, die in der Sprache beraten. 0 heißt: in dieser Sprache gibt es Angebote, aber keine Beratung.',
      en: 'Published counselling services in the directory that advise in the language. 0 means: there are services in this language, but no counselling.',
    },
    unit: { ...UNITS.services },
  },
  {
    slug: 'aktualitaet-verzeichnis',
    computed: 'verified-share',
    name: { de: 'Aktualität des Angebotsverzeichnisses', en: 'How current the directory is', ar: 'مدى تحديث الدليل', uk: 'Актуальність довідника' },
    definition: {
      de: 'Anteil der veröffentlichten Angebote, die in den letzten sechs Monaten als aktuell bestätigt wurden.',
      en: 'Share of published services confirmed as current in the last six months.',
    },
    unit: { ...UNITS.percent },
  },
]
