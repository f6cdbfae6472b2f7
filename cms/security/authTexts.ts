import type { AdminLanguage } from '../types'
import { pickText } from '@cms/i18n/pickText'

/**
 * Texts of the login throttle and the e-mail change, in every admin language. Payload's own
 * texts come from its translations; these are ours, picked by the language Payload negotiated
 * for the request (`req.i18n.language`: the account's setting, else Accept-Language).
 */
const TEXTS = {
  en: {
    tooManyAttempts: 'Too many attempts. Please try again in {minutes} min.',
    emailChangeSent: 'We have sent a link to the new address. The change takes effect once it is confirmed there.',
    emailChangeSubject: 'Confirm your new e-mail address',
    emailChangeBody: 'Someone asked to use this address for an account of the integration portal. To confirm, open this link within 24 hours:\n\n{url}\n\nIf it was not you, ignore this e-mail; nothing changes.',
    emailChangeConfirm: 'Confirm the new e-mail address',
    emailChangeDone: 'Your e-mail address has been changed.',
    emailChangeInvalid: 'This link is invalid, has expired, or the address cannot be used.',
  },
  de: {
    tooManyAttempts: 'Zu viele Versuche. Bitte versuchen Sie es in {minutes} Min. erneut.',
    emailChangeSent: 'Wir haben einen Link an die neue Adresse geschickt. Die Änderung gilt, sobald sie dort bestätigt ist.',
    emailChangeSubject: 'Neue E-Mail-Adresse bestätigen',
    emailChangeBody: 'Jemand möchte diese Adresse für ein Konto des Integrationsportals verwenden. Zum Bestätigen öffnen Sie innerhalb von 24 Stunden diesen Link:\n\n{url}\n\nWaren Sie es nicht, ignorieren Sie diese E-Mail; es ändert sich nichts.',
    emailChangeConfirm: 'Neue E-Mail-Adresse bestätigen',
    emailChangeDone: 'Ihre E-Mail-Adresse wurde geändert.',
    emailChangeInvalid: 'Dieser Link ist ungültig oder abgelaufen, oder die Adresse kann nicht verwendet werden.',
  },
  ar: {
    tooManyAttempts: 'محاولات كثيرة جدًا. يرجى المحاولة مرة أخرى بعد {minutes} دقيقة.',
    emailChangeSent: 'أرسلنا رابطًا إلى العنوان الجديد. يسري التغيير بعد تأكيده هناك.',
    emailChangeSubject: 'تأكيد عنوان البريد الإلكتروني الجديد',
    emailChangeBody: 'طلب أحدهم استخدام هذا العنوان لحساب في بوابة الاندماج. للتأكيد افتح هذا الرابط خلال 24 ساعة:\n\n{url}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة؛ لن يتغير شيء.',
    emailChangeConfirm: 'تأكيد عنوان البريد الإلكتروني الجديد',
    emailChangeDone: 'تم تغيير عنوان بريدك الإلكتروني.',
    emailChangeInvalid: 'هذا الرابط غير صالح أو منتهي الصلاحية، أو لا يمكن استخدام العنوان.',
  },
  fa: {
    tooManyAttempts: 'تلاش‌های بیش از حد. لطفاً {minutes} دقیقه دیگر دوباره امتحان کنید.',
    emailChangeSent: 'پیوندی به نشانی جدید فرستادیم. تغییر پس از تأیید در آنجا اعمال می‌شود.',
    emailChangeSubject: 'نشانی ایمیل جدید خود را تأیید کنید',
    emailChangeBody: 'کسی خواسته است این نشانی را برای حسابی در پورتال ادغام به کار ببرد. برای تأیید، این پیوند را ظرف ۲۴ ساعت باز کنید:\n\n{url}\n\nاگر شما نبودید، این ایمیل را نادیده بگیرید؛ چیزی تغییر نمی‌کند.',
    emailChangeConfirm: 'تأیید نشانی ایمیل جدید',
    emailChangeDone: 'نشانی ایمیل شما تغییر کرد.',
    emailChangeInvalid: 'این پیوند نامعتبر یا منقضی است، یا نشانی قابل استفاده نیست.',
  },
  ru: {
    tooManyAttempts: 'Слишком много попыток. Попробуйте снова через {minutes} мин.',
    emailChangeSent: 'Мы отправили ссылку на новый адрес. Изменение вступит в силу после подтверждения.',
    emailChangeSubject: 'Подтвердите новый адрес электронной почты',
    emailChangeBody: 'Кто-то хочет использовать этот адрес для учётной записи интеграционного портала. Чтобы подтвердить, откройте эту ссылку в течение 24 часов:\n\n{url}\n\nЕсли это были не вы, проигнорируйте письмо; ничего не изменится.',
    emailChangeConfirm: 'Подтвердить новый адрес электронной почты',
    emailChangeDone: 'Ваш адрес электронной почты изменён.',
    emailChangeInvalid: 'Ссылка недействительна или устарела, либо этот адрес нельзя использовать.',
  },
  tr: {
    tooManyAttempts: 'Çok fazla deneme. Lütfen {minutes} dk. sonra tekrar deneyin.',
    emailChangeSent: 'Yeni adrese bir bağlantı gönderdik. Değişiklik orada onaylandığında geçerli olur.',
    emailChangeSubject: 'Yeni e-posta adresinizi onaylayın',
    emailChangeBody: 'Birisi bu adresi entegrasyon portalındaki bir hesap için kullanmak istedi. Onaylamak için bu bağlantıyı 24 saat içinde açın:\n\n{url}\n\nSiz değilseniz bu e-postayı dikkate almayın; hiçbir şey değişmez.',
    emailChangeConfirm: 'Yeni e-posta adresini onayla',
    emailChangeDone: 'E-posta adresiniz değiştirildi.',
    emailChangeInvalid: 'Bu bağlantı geçersiz veya süresi dolmuş ya da adres kullanılamıyor.',
  },
  uk: {
    tooManyAttempts: 'Забагато спроб. Спробуйте знову через {minutes} хв.',
    emailChangeSent: 'Ми надіслали посилання на нову адресу. Зміна набуде чинності після підтвердження.',
    emailChangeSubject: 'Підтвердьте нову адресу електронної пошти',
    emailChangeBody: 'Хтось хоче використати цю адресу для облікового запису інтеграційного порталу. Щоб підтвердити, відкрийте це посилання протягом 24 годин:\n\n{url}\n\nЯкщо це були не ви, проігноруйте цей лист; нічого не зміниться.',
    emailChangeConfirm: 'Підтвердити нову адресу електронної пошти',
    emailChangeDone: 'Вашу адресу електронної пошти змінено.',
    emailChangeInvalid: 'Посилання недійсне або застаріле, або цю адресу не можна використати.',
  },
} as const satisfies Record<AdminLanguage, Record<string, string>>

export type AuthTextKey = keyof (typeof TEXTS)['en']

/** A text in `language` (falling back to German, the admin's fallback), with `{name}` filled in. */
export const authText = (language: string | undefined, key: AuthTextKey, values?: Record<string, string | number>): string => pickText(TEXTS, language, key, values)
