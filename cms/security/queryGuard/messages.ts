import type { PayloadRequest } from 'payload'

/**
 * The reasons a query is refused, in the admin languages. API clients get them in the language
 * Payload chose for the request (the user's admin language, else Accept-Language, else German).
 * `{path}`, `{operator}` and `{expected}` are filled in; paths and operators stay as sent.
 */
const MESSAGES = {
  en: {
    unknownOperator: 'The operator "{operator}" in "{path}" does not exist.',
    operatorNotForField: 'The field "{path}" cannot be filtered with "{operator}".',
    badValue: 'The value for "{path}" ({operator}) must be {expected}.',
    unknownField: 'The field "{path}" cannot be queried.',
    polymorphicTraversal: '"{path}" cannot be queried through a link to several collections.',
    notQueryable: 'The inside of the rich text field "{path}" cannot be queried.',
    relatedSort: 'Sorting by "{path}" is not allowed: it is a field of linked documents you may not all read.',
    malformed: 'The query is malformed at "{path}".',
  },
  de: {
    unknownOperator: 'Den Operator „{operator}“ in „{path}“ gibt es nicht.',
    operatorNotForField: 'Das Feld „{path}“ kann nicht mit „{operator}“ gefiltert werden.',
    badValue: 'Der Wert für „{path}“ ({operator}) muss {expected} sein.',
    unknownField: 'Nach dem Feld „{path}“ kann nicht gesucht werden.',
    polymorphicTraversal: '„{path}“ kann nicht über eine Verknüpfung zu mehreren Sammlungen abgefragt werden.',
    notQueryable: 'Das Innere des Textfelds „{path}“ kann nicht abgefragt werden.',
    relatedSort: 'Sortieren nach „{path}“ ist nicht erlaubt: Es ist ein Feld verknüpfter Dokumente, die Sie nicht alle lesen dürfen.',
    malformed: 'Die Abfrage ist bei „{path}“ fehlerhaft.',
  },
  ar: {
    unknownOperator: 'العامل "{operator}" في "{path}" غير موجود.',
    operatorNotForField: 'لا يمكن تصفية الحقل "{path}" باستخدام "{operator}".',
    badValue: 'يجب أن تكون قيمة "{path}" ({operator}) {expected}.',
    unknownField: 'لا يمكن البحث في الحقل "{path}".',
    polymorphicTraversal: 'لا يمكن الاستعلام عن "{path}" عبر رابط إلى عدة مجموعات.',
    notQueryable: 'لا يمكن الاستعلام عن محتوى حقل النص "{path}".',
    relatedSort: 'الترتيب حسب "{path}" غير مسموح: إنه حقل في مستندات مرتبطة لا يحق لك قراءتها كلها.',
    malformed: 'الاستعلام غير صحيح عند "{path}".',
  },
  fa: {
    unknownOperator: 'عملگر «{operator}» در «{path}» وجود ندارد.',
    operatorNotForField: 'فیلد «{path}» را نمی‌توان با «{operator}» فیلتر کرد.',
    badValue: 'مقدار «{path}» ({operator}) باید {expected} باشد.',
    unknownField: 'در فیلد «{path}» نمی‌توان جستجو کرد.',
    polymorphicTraversal: '«{path}» را نمی‌توان از طریق پیوندی به چند مجموعه جستجو کرد.',
    notQueryable: 'محتوای فیلد متنی «{path}» قابل جستجو نیست.',
    relatedSort: 'مرتب‌سازی بر اساس «{path}» مجاز نیست: این فیلدِ اسناد پیوندی است که اجازهٔ خواندن همهٔ آن‌ها را ندارید.',
    malformed: 'درخواست در «{path}» نادرست است.',
  },
  uk: {
    unknownOperator: 'Оператора «{operator}» у «{path}» не існує.',
    operatorNotForField: 'Поле «{path}» не можна фільтрувати за допомогою «{operator}».',
    badValue: 'Значення для «{path}» ({operator}) має бути {expected}.',
    unknownField: 'За полем «{path}» не можна шукати.',
    polymorphicTraversal: '«{path}» не можна запитувати через посилання на кілька колекцій.',
    notQueryable: 'Вміст текстового поля «{path}» не можна запитувати.',
    relatedSort: 'Сортувати за «{path}» не можна: це поле пов’язаних документів, які ви не можете всі читати.',
    malformed: 'Запит некоректний у «{path}».',
  },
  ru: {
    unknownOperator: 'Оператора «{operator}» в «{path}» не существует.',
    operatorNotForField: 'Поле «{path}» нельзя фильтровать с помощью «{operator}».',
    badValue: 'Значение для «{path}» ({operator}) должно быть {expected}.',
    unknownField: 'По полю «{path}» нельзя искать.',
    polymorphicTraversal: '«{path}» нельзя запрашивать через ссылку на несколько коллекций.',
    notQueryable: 'Содержимое текстового поля «{path}» нельзя запрашивать.',
    relatedSort: 'Сортировать по «{path}» нельзя: это поле связанных документов, которые вы не можете все читать.',
    malformed: 'Запрос некорректен в «{path}».',
  },
  tr: {
    unknownOperator: '"{path}" içindeki "{operator}" operatörü yok.',
    operatorNotForField: '"{path}" alanı "{operator}" ile filtrelenemez.',
    badValue: '"{path}" ({operator}) için değer {expected} olmalıdır.',
    unknownField: '"{path}" alanında arama yapılamaz.',
    polymorphicTraversal: '"{path}", birden çok koleksiyona giden bir bağlantı üzerinden sorgulanamaz.',
    notQueryable: '"{path}" zengin metin alanının içi sorgulanamaz.',
    relatedSort: '"{path}" alanına göre sıralama yapılamaz: tümünü okuyamadığınız bağlı belgelerin alanıdır.',
    malformed: 'Sorgu "{path}" konumunda hatalı.',
  },
} as const

const EXPECTED = {
  en: { text: 'text', number: 'a number', date: 'a date (YYYY-MM-DD…)', boolean: 'true or false', id: 'an ID', reference: 'a link { relationTo, value }', list: 'a list of at most 1000 values', coordinates: '"longitude,latitude[,max distance[,min distance]]"', geometry: 'a GeoJSON geometry' },
  de: { text: 'Text', number: 'eine Zahl', date: 'ein Datum (JJJJ-MM-TT…)', boolean: 'true oder false', id: 'eine ID', reference: 'ein Verweis { relationTo, value }', list: 'eine Liste von höchstens 1000 Werten', coordinates: '„Länge,Breite[,Höchstabstand[,Mindestabstand]]“', geometry: 'eine GeoJSON-Geometrie' },
  ar: { text: 'نصًا', number: 'رقمًا', date: 'تاريخًا (YYYY-MM-DD…)', boolean: 'true أو false', id: 'معرّفًا', reference: 'رابطًا { relationTo, value }', list: 'قائمة من 1000 قيمة على الأكثر', coordinates: '"longitude,latitude"', geometry: 'شكلًا هندسيًا بصيغة GeoJSON' },
  fa: { text: 'متن', number: 'یک عدد', date: 'یک تاریخ (YYYY-MM-DD…)', boolean: 'true یا false', id: 'یک شناسه', reference: 'یک پیوند { relationTo, value }', list: 'فهرستی با حداکثر ۱۰۰۰ مقدار', coordinates: '"longitude,latitude"', geometry: 'یک هندسهٔ GeoJSON' },
  uk: { text: 'текстом', number: 'числом', date: 'датою (РРРР-ММ-ДД…)', boolean: 'true або false', id: 'ідентифікатором', reference: 'посиланням { relationTo, value }', list: 'списком щонайбільше з 1000 значень', coordinates: '«довгота,широта»', geometry: 'геометрією GeoJSON' },
  ru: { text: 'текстом', number: 'числом', date: 'датой (ГГГГ-ММ-ДД…)', boolean: 'true или false', id: 'идентификатором', reference: 'ссылкой { relationTo, value }', list: 'списком не более чем из 1000 значений', coordinates: '«долгота,широта»', geometry: 'геометрией GeoJSON' },
  tr: { text: 'metin', number: 'bir sayı', date: 'bir tarih (YYYY-AA-GG…)', boolean: 'true veya false', id: 'bir kimlik', reference: 'bir bağlantı { relationTo, value }', list: 'en fazla 1000 değerlik bir liste', coordinates: '"boylam,enlem"', geometry: 'bir GeoJSON geometrisi' },
} as const

type Language = keyof typeof MESSAGES
export type QueryMessageKey = keyof (typeof MESSAGES)['en']
export type ExpectedKey = keyof (typeof EXPECTED)['en']

const isLanguage = (lang: string): lang is Language => Object.hasOwn(MESSAGES, lang)

const languageOf = (req: PayloadRequest): Language => {
  const lang = req.i18n?.language
  return lang && isLanguage(lang) ? lang : 'de'
}

/** The reason for a refused query in the request's language. */
export function queryMessage(req: PayloadRequest, key: QueryMessageKey, vars: { path: string; operator?: string; expected?: ExpectedKey }): string {
  const lang = languageOf(req)
  const expected = vars.expected ? EXPECTED[lang][vars.expected] : ''
  return MESSAGES[lang][key].replace('{path}', vars.path).replace('{operator}', vars.operator ?? '').replace('{expected}', expected)
}
