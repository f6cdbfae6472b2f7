import type { AdminLanguage } from '../types'

/**
 * Payload's own words that confused providers in the admin walk (issue #15): "The document with
 * ID 9a24… could not be found" for an entry that is not theirs, and "Payload Settings" above the
 * language choice on the account page. Put in plain words, in Payload's own namespaces, so every
 * place Payload uses them says it this way. "Revert to published" on a changed document (a fresh
 * tester feared to press it) says what it does: the change is thrown away, the live version stays.
 * An empty list cell said "<Kein Geänderte Felder>": Payload builds "<No {label}>" from the column's
 * label, which is bad grammar in German and most other languages; it says "(leer)" instead. The
 * switch above a document said "Sprache": a fresh tester took it for the admin's language (it is
 * the language of the texts being edited) and thought it broken; it says "Sprache der Inhalte".
 */
const WORDS: Record<AdminLanguage, { documentNotFound: string; locale: string; noLabel: string; payloadSettings: string; revertToPublished: string }> = {
  de: {
    documentNotFound: 'Diesen Eintrag gibt es nicht, oder Sie dürfen ihn nicht öffnen. Wenn er geändert werden soll, wenden Sie sich an die Redaktion Ihrer Kommune.',
    locale: 'Sprache der Inhalte',
    noLabel: '(leer)',
    payloadSettings: 'Sprache und Darstellung',
    revertToPublished: 'Meine Änderung verwerfen',
  },
  en: {
    documentNotFound: "This entry does not exist, or it is not yours to open. If it needs a change, ask your town's editors.",
    locale: 'Content language',
    noLabel: '(empty)',
    payloadSettings: 'Language and appearance',
    revertToPublished: 'Discard my change',
  },
  ar: {
    documentNotFound: 'هذا الإدخال غير موجود، أو لا يحق لك فتحه. إذا كان يحتاج إلى تغيير، فتواصل مع فريق التحرير في بلديتك.',
    locale: 'لغة المحتوى',
    noLabel: '(فارغ)',
    payloadSettings: 'اللغة والمظهر',
    revertToPublished: 'تجاهل تغييري',
  },
  fa: {
    documentNotFound: 'این مورد وجود ندارد، یا اجازهٔ باز کردن آن را ندارید. اگر باید تغییر کند، با تحریریهٔ شهرداری خود تماس بگیرید.',
    locale: 'زبان محتوا',
    noLabel: '(خالی)',
    payloadSettings: 'زبان و ظاهر',
    revertToPublished: 'دور انداختن تغییر من',
  },
  uk: {
    documentNotFound: 'Цього запису немає, або ви не маєте права його відкрити. Якщо його треба змінити, зверніться до редакції вашої громади.',
    locale: 'Мова вмісту',
    noLabel: '(порожньо)',
    payloadSettings: 'Мова й вигляд',
    revertToPublished: 'Скасувати мою зміну',
  },
  ru: {
    documentNotFound: 'Этой записи нет, или у вас нет права её открыть. Если её нужно изменить, обратитесь в редакцию вашего муниципалитета.',
    locale: 'Язык содержимого',
    noLabel: '(пусто)',
    payloadSettings: 'Язык и оформление',
    revertToPublished: 'Отменить моё изменение',
  },
  tr: {
    documentNotFound: 'Bu kayıt yok ya da açma yetkiniz yok. Değiştirilmesi gerekiyorsa belediyenizin editörlerine başvurun.',
    locale: 'İçerik dili',
    noLabel: '(boş)',
    payloadSettings: 'Dil ve görünüm',
    revertToPublished: 'Değişikliğimi geri al',
  },
}

/** Per admin language, the overrides in Payload's namespaces (`error:`, `general:`, `version:`). */
export function payloadWords(languages: AdminLanguage[]) {
  return Object.fromEntries(
    languages.map((code) => {
      const { documentNotFound, locale, noLabel, payloadSettings, revertToPublished } = WORDS[code]
      return [code, { error: { documentNotFound }, general: { locale, noLabel, payloadSettings }, version: { revertToPublished } }]
    }),
  )
}
