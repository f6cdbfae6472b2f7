import type { PrivacyTranslations } from './en'

export const privacyAr: PrivacyTranslations = {
  'users.lastLoginAt': 'آخر تسجيل دخول',
  'users.lastLoginAt.help': 'يُسجَّل عند كل تسجيل دخول. تُحذف حسابات مقدّمي الخدمات التي لم يُسجَّل الدخول إليها منذ مدة طويلة بعد رسالة تنبيه بالبريد الإلكتروني.',
  'users.invitedAt': 'تاريخ الدعوة',
  'users.invitedAt.help': 'الدعوة التي لا تُقبل في الوقت المحدد تُحذف مع هذا الحساب.',
  'users.leaveNoticeAt': 'تاريخ إرسال تنبيه الحذف',
  'users.leaveNoticeAt.help': 'سيُحذف الحساب ما لم يسجّل الشخص دخوله.',
  'municipalities.dataProtectionOfficer': 'مسؤول حماية البيانات',
  'municipalities.dataProtectionOfficer.help': 'اسم مسؤول حماية البيانات في البلدية أو مكتبه وبيانات الاتصال به؛ يظهر في سجل أنشطة المعالجة.',
  'accessibilityFeedback.closedAt': 'تاريخ الإغلاق',
  'accessibilityFeedback.closedAt.help': 'يُسجَّل عند الرد على البلاغ؛ ويُحذف البلاغ بعد مدة محددة (12 شهرًا افتراضيًا).',

  'privacy.download.own': 'تنزيل بياناتي',
  'privacy.download.other': 'تنزيل بيانات هذا الشخص',
  'privacy.download.help': 'كل ما يحفظه البوابة عن هذا الحساب في ملف (المادة 15 من اللائحة العامة لحماية البيانات). لا تُضمَّن كلمات المرور أبدًا.',
  'privacy.erase.title': 'حذف الحساب',
  'privacy.erase.help': 'يحذف الحساب وبياناته الشخصية (المادة 17 من اللائحة العامة لحماية البيانات). تبقى الإدخالات التي حرّرها وتُنسب إلى حساب سابق. لا يمكن التراجع عن ذلك.',
  'privacy.erase.confirmLabel': 'للتأكيد، اكتب عنوان البريد الإلكتروني للحساب',
  'privacy.erase.button': 'حذف الحساب مع بياناته الشخصية',
  'privacy.erased': 'حُذف الحساب وبياناته الشخصية. وبقيت إدخالاته.',
  'privacy.record.link': 'سجل أنشطة المعالجة (المادة 30 من اللائحة العامة لحماية البيانات)',
  'privacy.record.help': 'يُنشأ من إعدادات هذا التثبيت، باللغة الألمانية، كملف Markdown: الأغراض والبيانات والجهات المستلمة ومدد الحذف.',

  'privacy.error.login': 'يرجى تسجيل الدخول.',
  'privacy.error.notYours': 'يمكنك تنزيل بيانات حسابك فقط.',
  'privacy.error.adminsOnly': 'يمكن للمسؤولين فقط حذف الحسابات.',
  'privacy.error.self': 'لا يمكنك حذف حسابك. اطلب ذلك من مسؤول آخر.',
  'privacy.error.confirm': 'عنوان البريد الإلكتروني لا يطابق هذا الحساب. لم يُحذف شيء.',
  'privacy.error.ownTown': 'يمكن لمحرري البلدية ومسؤوليها فقط تنزيل سجل أنشطة المعالجة الخاص بها.',

  'privacy.notice.subject': 'سيُحذف حسابك في بوابة الاندماج',
  'privacy.notice.greeting': 'مرحبًا،',
  'privacy.notice.body':
    'حسابك ({{email}}) في بوابة الاندماج لم يعد مرتبطًا بأي منظمة، أو لم يُستخدم منذ {{months}} شهرًا. لحماية بياناتك سيُحذف في {{date}} مع اسمك وعنوان بريدك الإلكتروني. تبقى الإدخالات التي حرّرتها في البوابة.\n\nإذا كنت لا تزال بحاجة إلى الحساب، فسجّل الدخول قبل ذلك التاريخ:',
}
