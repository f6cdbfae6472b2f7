import type { AdminLanguage } from '../types'

/**
 * Payload's own words that confused providers in the admin walk (issue #15): "The document with
 * ID 9a24… could not be found" for an entry that is not theirs, and "Payload Settings" above the
 * language choice on the account page. Put in plain words, in Payload's own namespaces, so every
 * place Payload uses them says it this way.
 */
const WORDS: Record<AdminLanguage, { documentNotFound: string; payloadSettings: string }> = {
  de: {
    documentNotFound: 'Diesen Eintrag gibt es nicht, oder Sie dürfen ihn nicht öffnen. Wenn er geändert werden soll, wenden Sie sich an die Redaktion Ihrer Kommune.',
    payloadSettings: 'Sprache und Darstellung',
  },
  en: {
    documentNotFound: "This entry does not exist, or it is not yours to open. If it needs a change, ask your town's editors.",
    payloadSettings: 'Language and appearance',
  },
  ar: {
    documentNotFound: 'هذا الإدخال غير موجود، أو لا يحق لك فتحه. إذا كان يحتاج إلى تغيير، فتواصل مع فريق التحرير في بلديتك.',
    payloadSettings: 'اللغة والمظهر',
  },
  fa: {
    documentNotFound: 'این مورد وجود ندارد، یا اجازهٔ باز کردن آن را ندارید. اگر باید تغییر کند، با تحریریهٔ شهرداری خود تماس بگیرید.',
    payloadSettings: 'زبان و ظاهر',
  },
  uk: {
    documentNotFound: 'Цього запису немає, або ви не маєте права його відкрити. Якщо його треба змінити, зверніться до редакції вашої громади.',
    payloadSettings: 'Мова й вигляд',
  },
  ru: {
    documentNotFound: 'Этой записи нет, или у вас нет права её открыть. Если её нужно изменить, обратитесь в редакцию вашего муниципалитета.',
    payloadSettings: 'Язык и оформление',
  },
  tr: {
    documentNotFound: 'Bu kayıt yok ya da açma yetkiniz yok. Değiştirilmesi gerekiyorsa belediyenizin editörlerine başvurun.',
    payloadSettings: 'Dil ve görünüm',
  },
}

/** Per admin language, the overrides in Payload's namespaces (`error:`, `general:`). */
export function payloadWords(languages: AdminLanguage[]): Record<string, { error: { documentNotFound: string }; general: { payloadSettings: string } }> {
  return Object.fromEntries(languages.map((code) => [code, { error: { documentNotFound: WORDS[code].documentNotFound }, general: { payloadSettings: WORDS[code].payloadSettings } }]))
}
