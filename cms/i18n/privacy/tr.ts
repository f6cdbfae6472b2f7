import type { PrivacyTranslations } from './en'

export const privacyTr: PrivacyTranslations = {
  'users.lastLoginAt': 'Son giriş',
  'users.lastLoginAt.help': 'Her girişte kaydedilir. Uzun süredir giriş yapılmayan hizmet sağlayıcı hesapları, bir bilgilendirme e-postasından sonra silinir.',
  'users.invitedAt': 'Davet tarihi',
  'users.invitedAt.help': 'Zamanında kabul edilmeyen bir davet bu hesapla birlikte silinir.',
  'users.leaveNoticeAt': 'Silme bildirimi gönderildi',
  'users.leaveNoticeAt.help': 'Kişi giriş yapmazsa hesap silinecektir.',
  'municipalities.dataProtectionOfficer': 'Veri koruma görevlisi',
  'municipalities.dataProtectionOfficer.help': 'Belediyenin veri koruma görevlisinin adı veya birimi ve iletişim bilgileri; işleme faaliyetleri kaydında yer alır.',
  'accessibilityFeedback.closedAt': 'Kapatılma tarihi',
  'accessibilityFeedback.closedAt.help': 'Bildirim yanıtlandığında kaydedilir; bildirim belirlenen süre sonra silinir (varsayılan 12 ay).',

  'privacy.download.own': 'Verilerimi indir',
  'privacy.download.other': 'Bu kişinin verilerini indir',
  'privacy.download.help': 'Portalın bu hesap hakkında sakladığı her şey, dosya olarak (GVKY madde 15). Parolalar asla dahil edilmez.',
  'privacy.erase.title': 'Hesabı sil',
  'privacy.erase.help': 'Hesabı ve kişisel verilerini siler (GVKY madde 17). Düzenlediği kayıtlar kalır ve eski bir hesap tarafından düzenlenmiş olarak gösterilir. Bu işlem geri alınamaz.',
  'privacy.erase.confirmLabel': 'Onaylamak için hesabın e-posta adresini yazın',
  'privacy.erase.button': 'Hesabı kişisel verileriyle sil',
  'privacy.erased': 'Hesap ve kişisel verileri silindi. Kayıtları korundu.',
  'privacy.record.link': 'İşleme faaliyetleri kaydı (GVKY madde 30)',
  'privacy.record.help': 'Bu kurulumun ayarlarından, Almanca, Markdown dosyası olarak oluşturulur: amaçlar, veriler, alıcılar ve silme süreleri.',

  'privacy.error.login': 'Lütfen giriş yapın.',
  'privacy.error.notYours': 'Yalnızca kendi hesabınızın verilerini indirebilirsiniz.',
  'privacy.error.adminsOnly': 'Hesapları yalnızca yöneticiler silebilir.',
  'privacy.error.self': 'Kendi hesabınızı silemezsiniz. Başka bir yöneticiden isteyin.',
  'privacy.error.confirm': 'E-posta adresi bu hesapla eşleşmiyor. Hiçbir şey silinmedi.',
  'privacy.error.ownTown': 'Belediyenin işleme faaliyetleri kaydını yalnızca editörleri ve yöneticileri indirebilir.',

  'privacy.notice.subject': 'Entegrasyon portalındaki hesabınız silinecek',
  'privacy.notice.greeting': 'Merhaba,',
  'privacy.notice.body':
    'entegrasyon portalındaki hesabınız ({{email}}) artık hiçbir kuruluşa ait değil veya {{months}} aydır kullanılmadı. Verilerinizi korumak için hesap {{date}} tarihinde adınız ve e-posta adresinizle birlikte silinecek. Düzenlediğiniz kayıtlar portalda kalır.\n\nHesaba hâlâ ihtiyacınız varsa, o tarihten önce giriş yapmanız yeterli:',
}
