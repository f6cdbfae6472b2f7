/**
 * Demo content in Turkish that the sources do not hold: the guide, the services the guide links
 * to, topics, audiences, districts, how to get to those services' locations and the towns'
 * welcome. Polite "siz" throughout; the Youth Migration Service's own texts use "sen" because the
 * German source addresses young people with "du". Suffixes on German names follow an apostrophe
 * (Eisenach’ta); Turkish names of offices take suffixes without one (Yabancılar Dairesine), as
 * Turkish spelling rules ask. See ./types.ts for the rules.
 */
import type { DemoLocaleTexts } from './types'

const texts: DemoLocaleTexts = {
  towns: {
    eisenach: {
      welcome:
        'Eisenach’a hoş geldiniz! Burada danışmanlık, dil kursları ve günlük hayat için yardım bulabilirsiniz – kendi dilinizde.',
    },
    'schmalkalden-meiningen': {
      welcome:
        'Schmalkalden-Meiningen ilçesine hoş geldiniz! Uyum ağı size ilçedeki bütün hizmetleri gösteriyor.',
    },
  },

  guide: {
    'erste-schritte': {
      title: 'Eisenach’ta ilk adımlar',
      summary:
        'Eisenach’taki ilk haftalarınızda yapmanız gerekenler – adım adım ve nereden yardım alabileceğinize dair bilgilerle.',
      body: [
        'Eisenach’a hoş geldiniz! Başlangıçta yapılacak çok iş var: resmî daireler, formlar, yeni kelimeler. Bu çok normal – kimse her şeyi bir günde halletmek zorunda değil. Bu rehber size neyin önemli olduğunu ve işleri hangi sırayla yapabileceğinizi gösteriyor.',
        '## En önemli adımlar',
        'Çoğu insan ilk haftalarda şunları halleder:',
        [
          '- Adresini 14 gün içinde Vatandaş Hizmetleri Bürosunda (Bürgerbüro) kaydettirmek',
          '- Oturum belgesini (Aufenthaltstitel) kontrol etmek ve zamanında uzatmak',
          '- Sağlık sigortası yaptırmak ve bir aile hekimi (Hausarzt) bulmak',
          '- Banka hesabı açmak',
          '- Bir Almanca kursu bulmak',
          '- Çocukları kreşe (Kita) veya okula kaydettirmek',
        ].join('\n'),
        '## Bunları tek başınıza yapmak zorunda değilsiniz',
        'Eisenach’taki danışma merkezleri ücretsiz ve çoğu zaman sizin dilinizde yardım ediyor. Hangi kuralların sizin için geçerli olduğu oturum durumunuza bağlıdır – emin değilseniz göç danışmanlığına (Migrationsberatung) sorun. Bütün hizmetleri “Yardım bulun” bölümünde bulabilirsiniz.',
        'İpucu: Resmî dairelerden gelen bütün mektupları bir klasörde saklayın. Önemli belgelerin fotokopisini çekin veya fotoğrafını alın.',
      ].join('\n\n'),
    },
    anmeldung: {
      title: 'Varış ve adres kaydı',
      summary:
        'Eisenach’ta bir eve taşınan herkes 14 gün içinde Vatandaş Hizmetleri Bürosunda (Bürgerbüro) adres kaydı yaptırır – bu zorunludur ve ücretsizdir.',
      body: [
        'Adres kaydı (Anmeldung), Eisenach’taki ilk adımlardan biridir. Yeni adresinizi, taşındıktan sonra 14 gün içinde Vatandaş Hizmetleri Bürosunda (Bürgerbüro) kaydettirirsiniz. Eisenach içinde başka bir eve taşındığınızda da bu kural geçerlidir.',
        '## Nerede ve nasıl?',
        'Eisenach Belediyesi Vatandaş Hizmetleri Bürosu (Bürgerbüro), Markt 22, 99817 Eisenach (1, 3 veya 5 numaralı otobüsle Markt durağına). Lütfen önce randevu alın – internetten veya 03691 670-0 numaralı telefondan. Adres kaydı ücretsizdir. Yanınıza şunları alın:',
        [
          '- pasaport, kimlik kartı veya varış belgesi (Ankunftsnachweis) – kaydı yapılacak her kişi için',
          '- ev sahibi onayı (Wohnungsgeberbestätigung): Bu belgeyi ev sahibinizden alırsınız',
          '- aile üyelerinizi de kaydettiriyorsanız doğum veya evlilik belgesi',
          '- varsa oturum belgeniz (Aufenthaltstitel)',
        ].join('\n'),
        '## Kayıttan sonra',
        'Size bir adres kayıt belgesi (Meldebescheinigung) verilir. Bu belgeyi iyi saklayın: Banka hesabı, İş Merkezi (Jobcenter), kreş (Kita) ve daha birçok yer için ona ihtiyacınız olacak. Almanya’daki ilk adres kaydınızdan birkaç hafta sonra Federal Merkezî Vergi Dairesi (Bundeszentralamt für Steuern) vergi kimlik numaranızı (Steuer-ID) size posta ile gönderir. Bu mektubu da saklayın: Daha sonra, örneğin iş ve çocuk parası için ona ihtiyacınız olacak.',
        'Bir toplu konaklama yerinde (Gemeinschaftsunterkunft) mi yaşıyorsunuz? O zaman oradaki sosyal hizmet çalışanlarına adres kaydınızın yapılıp yapılmadığını sorun.',
      ].join('\n\n'),
    },
    aufenthalt: {
      title: 'Oturum ve oturum belgesi',
      summary:
        'Yabancılar Dairesi (Ausländerbehörde) oturum belgelerini verir ve uzatır – belgenizin süresi dolmadan başvurunuzu zamanında yapın.',
      body: [
        'Eisenach’ta oturumunuzla belediyenin Yabancılar Dairesi (Ausländerbehörde) ilgilenir. Daire, Vatandaş Hizmetleri Bürosu (Bürgerbüro) ile aynı binadadır: Markt 22, 99817 Eisenach. Yalnızca randevuyla gidebilirsiniz – randevuyu internetten veya 03691 670-330 numaralı telefondan alın.',
        '## Oturum belgeniz',
        'Oturum belgesi (Aufenthaltstitel) genellikle banka kartı büyüklüğünde bir karttır (eAT). Kartın üzerinde ne kadar süre geçerli olduğu ve çalışıp çalışamayacağınız yazar. Son geçerlilik tarihini kontrol edin ve uzatma başvurusunu en geç altı hafta önce yapın. Randevuya genellikle şunları getirmeniz gerekir:',
        [
          '- pasaportunuz ve şu anki oturum belgeniz',
          '- yeni çekilmiş biyometrik vesikalık fotoğraf',
          '- adres kayıt belgesi (Meldebescheinigung) ve kira sözleşmesi',
          '- gelirinizi veya vatandaşlık parasını (Bürgergeld) ve sağlık sigortanızı gösteren belgeler',
        ].join('\n'),
        '## Fiktionsbescheinigung nedir?',
        'Uzatma başvurusunu zamanında yaptıysanız ama daire henüz karar vermediyse, size çoğu zaman bir Fiktionsbescheinigung (geçici belge) verilir. Bu belge, Almanya’da kalmanıza şimdilik izin verildiğini gösterir. Onu pasaportunuzla birlikte hep yanınızda taşıyın.',
        'Aufenthaltsgestattung (iltica süreci boyunca kalma izni) veya Duldung (sınır dışı etmenin geçici olarak ertelenmesi) belgeniz varsa başka kurallar geçerlidir. Bu durumda mülteci danışmanlığından veya göç danışmanlığından destek alın – özellikle de son tarih belirtilen bir mektup geldiğinde.',
      ].join('\n\n'),
    },
    gesundheit: {
      title: 'Sağlık: sağlık sigortası ve doktor',
      summary:
        'Almanya’da herkesin sağlık sigortası olmalıdır – sağlık kartınızla genellikle önce bir aile hekimine gidersiniz.',
      body: [
        'Almanya’da sağlık sigortası zorunludur. Çalışan veya vatandaşlık parası (Bürgergeld) alan kişiler genellikle yasal bir sağlık sigortası kurumunda (Krankenkasse) sigortalıdır. Sigorta kurumunu kendiniz seçebilirsiniz; ardından size elektronik bir sağlık kartı (Gesundheitskarte) verilir. Her doktor ziyaretinde bu kartı yanınızda getirin.',
        'Sığınmacılara Yardım Yasası (Asylbewerberleistungsgesetz) kapsamında yardım alıyorsanız, doktora nasıl gidebileceğinizi size Sosyal Yardım Dairesi (Sozialamt) açıklar. Durumunuz belirsizse göç danışmanlığına sorun.',
        '## Doktora gitmek',
        [
          '- Evinize yakın bir aile hekimi muayenehanesi (Hausarzt) bulun ve randevu almak için önceden arayın.',
          '- Gerekirse aile hekiminiz sizi bir sevk belgesiyle (Überweisung) uzman doktora gönderir.',
          '- Çocuklar çocuk doktoruna (Kinderarzt) gider. Koruyucu muayeneler (U-Untersuchungen) ve aşılar da orada yapılır.',
          '- Reçeteli ilaçları eczaneden (Apotheke) alırsınız.',
        ].join('\n'),
        'St. Georg Klinikum Eisenach hastanesinde eğitimli dil aracıları çalışır. Doktor randevusuna, sizin için tercümanlık yapacak, güvendiğiniz yetişkin birini de götürebilirsiniz.',
        '## Akşamları, geceleri ve hafta sonları',
        'Muayenehane kapalıysa nöbetçi doktor hizmetini (ärztlicher Bereitschaftsdienst) arayın: 116117. Hayati tehlike varsa hemen 112’yi arayın.',
      ].join('\n\n'),
    },
    sprachkurse: {
      title: 'Almanca öğrenmek: dil kursları',
      summary:
        'Uyum kursunda (Integrationskurs) B1 seviyesine kadar Almanca öğrenir ve Almanya’daki hayat hakkında çok şey öğrenirsiniz – çoğu zaman ücretsiz veya az bir ücretle.',
      body: [
        'Almanca; iş, okul ve yeni tanışıklıklar için bir anahtardır. En önemli kurs, Federal Göç ve Mülteciler Dairesinin (BAMF) uyum kursudur (Integrationskurs). Bu kurs 600 saat Almanca dersinden ve siyaset, tarih ve günlük hayat hakkında 100 saatlik bir oryantasyon kursundan oluşur. Kursun sonunda “Deutsch-Test für Zuwanderer” (göçmenler için Almanca sınavı) ve “Leben in Deutschland” (Almanya’da yaşam) sınavına girersiniz.',
        '## Kursa nasıl katılırsınız?',
        [
          '- Genellikle bir katılım hakkı belgesine (Berechtigungsschein) ihtiyacınız vardır. Bu belgeyi Yabancılar Dairesi (Ausländerbehörde) oturum belgesiyle birlikte verir ya da siz BAMF’a başvurarak alırsınız. Bazen İş Merkezi (Jobcenter) de sizi kursa katılmakla yükümlü tutar.',
          '- Bir kurs kurumuna kaydolun, örneğin Eisenach Halk Eğitim Merkezine (Volkshochschule, VHS). Orada kısa bir seviye tespit sınavına girersiniz.',
          '- Kimliğinizi veya oturum belgenizi ve Berechtigungsschein belgesini yanınıza alın.',
          '- İhtiyacınız varsa çocuk bakımı ve yol masrafı desteği olup olmadığını sorun.',
        ].join('\n'),
        'Kurs ücreti düşüktür; vatandaşlık parası (Bürgergeld) alanlar veya geliri az olanlar ücretten muaf tutulabilir. Kursta yer hakkınız olup olmadığı oturum durumunuza bağlıdır – emin değilseniz göç danışmanlığına sorun.',
        '## Diğer imkânlar',
        'Henüz okuma yazma bilmeyenler, okuma yazma eğitimli bir uyum kursuna (Alphabetisierung) katılır. B1’den sonra mesleki dil kursuyla (Berufssprachkurs) devam edebilirsiniz. Dil kafesinde (Sprachcafé) ise kahve ve çay eşliğinde, rahat bir ortamda Almanca pratik yaparsınız – kayıt gerekmez.',
      ].join('\n\n'),
    },
    arbeit: {
      title: 'İş ve diplomaların tanınması',
      summary:
        'Çalışıp çalışamayacağınız oturum belgenizde yazar – İş Merkezi (Jobcenter), İş Ajansı (Agentur für Arbeit) ve denklik danışmanlığı işe başlarken size yardım eder.',
      body: [
        'Çalışmak; bağımsız olmanıza, Almanca öğrenmenize ve insanlarla tanışmanıza yardım eder. Bir işi kabul etmeden önce çalışma izninizi kontrol edin: Oturum belgenizde (Aufenthaltstitel) veya ek sayfasında örneğin “Erwerbstätigkeit erlaubt” (çalışmaya izin verilir) ya da “Beschäftigung nur mit Erlaubnis der Ausländerbehörde” (çalışma yalnızca Yabancılar Dairesinin izniyle) yazar. İkinci durumda iş teklifiyle birlikte Yabancılar Dairesine (Ausländerbehörde) başvurursunuz. Emin değilseniz göç danışmanlığına sorun.',
        '## İş ararken kim yardım eder?',
        [
          '- Vatandaşlık parası (Bürgergeld) alıyorsanız, sizinle Eisenach İş Merkezi (Jobcenter Eisenach) ilgilenir (Uferstraße 2).',
          '- Diğer herkes iş arayan olarak İş Ajansına (Agentur für Arbeit) kaydolur. Orada meslek danışmanlığı da verilir.',
          '- Gençlik Göç Servisi (Jugendmigrationsdienst), 27 yaşına kadar olan gençleri meslek eğitimine (Ausbildung) giden yolda destekler.',
          '- İlk iş sözleşmeniz için vergi kimlik numaranıza (Steuer-ID), bir sosyal sigorta numarasına ve bir banka hesabına ihtiyacınız vardır.',
        ].join('\n'),
        '## Diplomaların denkliği',
        'Yurt dışında bir meslek öğrendiniz veya üniversite okudunuz mu? Diplomanızın Almanya’da tanınıp tanınamayacağını kontrol ettirin. Bazı mesleklerde denklik zorunludur, örneğin tıpta, hasta ve yaşlı bakımında veya öğretmenlikte. Diplomalarınızı, iş deneyiminizi gösteren belgeleri ve varsa çevirilerini denklik danışmanlığına (Anerkennungsberatung) getirin. “Anerkennung in Deutschland” portalında da birçok bilgi bulabilirsiniz.',
        'Almanya’da yasal asgari ücret (Mindestlohn) geçerlidir. Anlamadığınız hiçbir şeyi imzalamayın – sözleşmeyi önce size açıklamalarını isteyin.',
      ].join('\n\n'),
    },
    'schule-kita': {
      title: 'Okul ve çocuk bakımı',
      summary:
        'Almanya’da okula gitmek zorunludur ve bir yaşından büyük çocukların kreşte (Kita) yer hakkı vardır – çocuğunuz için doğru yeri böyle bulursunuz.',
      body: [
        'Almanya’da devlet okulları ücretsizdir. Thüringen’de okul zorunluluğu burada yaşayan bütün çocuklar için geçerlidir – yeni gelmiş veya ülkesinden kaçmak zorunda kalmış çocuklar için de. Daha küçük çocuklar için kreşler (Kita) ve gündüz bakıcısı (Tagesmutter veya Tagesvater) yanında çocuk bakımı vardır.',
        '## Bir bakışta en önemli bilgiler',
        [
          '- Çocukların bir yaşından itibaren kreşte yer hakkı vardır. Çocuğunuzu erkenden kaydettirin – en iyisi birkaç ay önceden.',
          '- 1 Ağustos’a kadar altı yaşını dolduran çocuklar genellikle aynı yıl okula başlar.',
          '- Daha büyük çocuklar ve gençler çoğu zaman önce ek Almanca dersleri olan bir sınıfta okur (ikinci dil olarak Almanca).',
          '- Çocuğunuzun doğum belgesini veya kimliğini, adres kayıt belgesini (Meldebescheinigung), aşı kartını (Impfpass) ve varsa eski karnelerini getirin.',
        ].join('\n'),
        '## Masraflar için yardım',
        'Geliri az olan aileler okul malzemeleri, öğle yemeği, geziler ve özel ders için eğitim ve katılım yardımına (Bildung und Teilhabe) başvurabilir. Kreş ücretleri için de destek vardır. Kreş yeri ve okul kaydı danışmanlığı başvuru formlarını sizinle birlikte doldurur.',
        'Her adım hakkında daha fazla bilgiyi “Kreş yeri ve Kita-Gutschein” ve “Okul kaydı” sayfalarında bulabilirsiniz.',
      ].join('\n\n'),
    },
    'kita-platz': {
      title: 'Kreş yeri ve Kita-Gutschein',
      summary:
        'Eisenach’ta kreş kuponuna (Kita-Gutschein) nasıl başvuracağınız ve çocuğunuz için nasıl kreş veya gündüz bakıcısı bulacağınız.',
      body: [
        'Eisenach’ta kreş yeri iki adımda alınır: Önce belediyeye kreş kuponu (Kita-Gutschein) için başvurursunuz. Sonra bu kuponla bir kreş (Kita) veya gündüz bakıcısı (Tagesmutter) seçersiniz. Başvurunuzu mümkünse çocuğunuzun bakıma başlamasından üç ila altı ay önce yapın.',
        '## Adım adım',
        [
          '- Kita-Gutschein başvuru formunu doldurun (Bürgerbüro’da veya internette) ve doğum belgesi ile adres kayıt belgesiyle (Meldebescheinigung) birlikte teslim edin.',
          '- Evinize yakın kreşleri gezin. Birçok kreşin açık kapı günü vardır; ya da arayıp randevu isteyebilirsiniz.',
          '- Kuponu seçtiğiniz kreşe verin ve bakım sözleşmesini imzalayın.',
          '- Başlamadan önce çocuğunuzun genellikle bir doktor raporuna ve kızamık aşısı olduğunu gösteren bir belgeye ihtiyacı vardır.',
        ].join('\n'),
        '## Alışma dönemi ve ücretler',
        'İlk haftalarda anne ya da babadan biri, çocuk kendini iyi hissedene kadar onunla birlikte kreşte kalır – buna Eingewöhnung (alışma dönemi) denir. Veli katkı payları çoğu zaman gelire bağlıdır. Geliriniz azsa Gençlik Dairesi (Jugendamt) ücretin tamamını veya bir kısmını karşılayabilir. Kreş yeri ve okul kaydı danışmanlığı bütün başvurularda size yardım eder.',
      ].join('\n\n'),
    },
    schulanmeldung: {
      title: 'Okul kaydı',
      summary:
        'Okul çağındaki çocuklarınızı taşındıktan sonra mümkün olan en kısa sürede okula kaydettirin – danışmanlık doğru okulu bulmanıza yardım eder.',
      body: [
        'Okul çağındaki çocuklar geldikten sonra mümkün olduğunca çabuk yeniden öğrenmeye başlamalıdır. İlkokul çağındaki çocuklar genellikle oturduğunuz semtteki ilkokula (Grundschule) gider. Daha büyük çocuklar ve gençler için hangi okulun ve hangi sınıfın uygun olduğuna Devlet Okul Dairesi (Staatliches Schulamt) sizinle birlikte karar verir.',
        '## Çocuğunuzu nasıl kaydettirirsiniz?',
        [
          '- Kreş yeri ve okul kaydı danışmanlığına hangi okulun sizin adresinizden sorumlu olduğunu sorun.',
          '- Okuldan veya Okul Dairesinden (Schulamt) randevu alın.',
          '- Çocuğunuzun doğum belgesini veya pasaportunu, adres kayıt belgesini (Meldebescheinigung), aşı kartını ve eski karnelerini getirin – tercüme edilmemiş olsalar bile.',
          '- Birinci sınıftan önce Sağlık Dairesi (Gesundheitsamt) bütün çocukları muayene eder (Schuleingangsuntersuchung). Bununla ilgili size bir mektup gelir.',
        ].join('\n'),
        '## Okula iyi bir başlangıç',
        'Başlangıçta birçok çocuk ek olarak ikinci dil olarak Almanca dersi alır. Veli toplantılarına (Elternabend) gidin – yanınızda tercümanlık yapacak birini getirebilirsiniz. Ev ödevlerinde Kuşaklar Evindeki (Mehrgenerationenhaus) ödev yardımı destek olur; 12–27 yaş arasındaki gençlere de Gençlik Göç Servisi (Jugendmigrationsdienst) danışmanlık verir.',
      ].join('\n\n'),
    },
    wohnen: {
      title: 'Konut: ev bulmak ve kiralamak',
      summary:
        'Eisenach’ta nasıl ev arayacağınız, kira sözleşmesinde neler yazdığı, depozito ve Wohnberechtigungsschein hakkında bilmeniz gerekenler.',
      body: [
        'Ev bulmak çoğu zaman vakit ve sabır ister. Birkaç yoldan arayın: internetteki ilan sitelerinde, gazetede, Eisenach’taki konut şirketlerinde ve konut kooperatiflerinde ve tanıdıklarınız aracılığıyla. Vatandaşlık parası (Bürgergeld) veya Sosyal Yardım Dairesinden (Sozialamt) yardım alıyorsanız, sözleşmeyi imzalamadan önce kiranın karşılanıp karşılanmayacağını oraya sorun.',
        '## Wohnberechtigungsschein (WBS)',
        'Sosyal konutlar için sosyal konut belgesine (Wohnberechtigungsschein) ihtiyacınız vardır. Geliriniz belirli bir sınırın altındaysa bu belgeyi belediyeden alırsınız. Başvuru için kimliğiniz veya oturum belgeniz, adres kayıt belgeniz (Meldebescheinigung) ve evde sizinle birlikte yaşayan herkesin gelir belgeleri gerekir.',
        '## Kira sözleşmesi ve depozito',
        [
          '- Kira sözleşmesini (Mietvertrag) dikkatle okuyun ve imzalamadan önce size açıklanmasını isteyin.',
          '- Kaltmiete, yan giderler hariç kiradır. Isınma, su ve çöp toplama dahil kiraya Warmmiete denir. Elektriği genellikle ayrıca ödersiniz.',
          '- Depozito (Kaution) en fazla üç aylık Kaltmiete tutarındadır. Depozitoyu üç aylık taksitle ödeyebilirsiniz. Evden çıkarken her şey yolundaysa depozitonuzu geri alırsınız.',
          '- Taşınırken, hasarların fotoğraflarıyla birlikte bir teslim tutanağı (Übergabeprotokoll) hazırlayın.',
        ].join('\n'),
        'Taşındıktan sonra: Adresinizi Vatandaş Hizmetleri Bürosunda (Bürgerbüro) kaydettirin, elektrik aboneliği yaptırın ve bina kurallarına (Hausordnung), örneğin sessizlik saatlerine ve çöplerin ayrıştırılmasına uyun. Ev sahibiyle, yan giderlerle veya küfle ilgili sorunlarda konut danışmanlığı yardım eder.',
      ].join('\n\n'),
    },
    geld: {
      title: 'Para: yardımlar, çocuk parası ve banka hesabı',
      summary:
        'Geçiminiz için parayı hangi kurumun ödediği, çocuk parasına nasıl başvuracağınız ve neden bir banka hesabına ihtiyacınız olduğu.',
      body: [
        '## Geçim için para',
        'Geliriniz yetmiyorsa Almanya’da destek vardır. Hangi kurumun sorumlu olduğu oturum durumunuza bağlıdır:',
        [
          '- Vatandaşlık parasını (Bürgergeld) İş Merkezi (Jobcenter) öder – çalışabilecek durumdaki kişilere ve ailelerine. Kira, ısınma ve sağlık sigortası da buna dahildir.',
          '- Sığınmacılar ve Duldung belgesi olan kişiler genellikle Sosyal Yardım Dairesinden (Sozialamt) Sığınmacılara Yardım Yasası (Asylbewerberleistungsgesetz) kapsamında yardım alır.',
          '- Çalışamayan kişiler, örneğin emeklilik yaşına gelmiş olanlar, Sosyal Yardım Dairesinden sosyal yardım (Sozialhilfe veya Grundsicherung) alır.',
        ].join('\n'),
        'Başvurunuzu erken yapın: Vatandaşlık parası, başvuru yaptığınız aydan itibaren ödenir. Sizin için hangi yardımın doğru olduğunu göç danışmanlığı sizinle birlikte belirler.',
        '## Çocuk parası (Kindergeld)',
        'Çocuk parasını Federal İş Ajansının Aile Kasası (Familienkasse) öder. Bunun için kendi vergi kimlik numaranıza (Steuer-ID) ve çocuğunuzunkine ihtiyacınız vardır. Kindergeld alıp alamayacağınız oturum belgenize de bağlıdır. Çalışıyor ama az kazanıyorsanız çocuk ek ödeneği (Kinderzuschlag) ve kira yardımı (Wohngeld) hakkında da bilgi isteyin.',
        '## Banka hesabı açmak',
        'Maaş, vatandaşlık parası ve çocuk parası bir banka hesabına yatırılır. Almanya’da herkesin temel hesap (Basiskonto) açma hakkı vardır – Aufenthaltsgestattung veya Duldung belgesi olanların da. Bankaya pasaportunuzu veya kimlik belgenizi ve adres kayıt belgenizi (Meldebescheinigung) götürün. Hesap ücretlerini karşılaştırın.',
      ].join('\n\n'),
    },
    beratung: {
      title: 'Danışmanlık ve destek',
      summary:
        'Göç danışmanlığı, Gençlik Göç Servisi ve Eisenach’taki diğer kurumlar size ücretsiz, gizli ve çoğu zaman kendi dilinizde danışmanlık verir.',
      body: [
        'Bir daireden anlamadığınız bir mektup mu geldi? Bir son tarih, bir başvuru, ailede zor bir durum mu var? Danışma merkezleri tam bunun için var. Danışmanlık ücretsiz ve gizlidir: Danışmanlar, sizin onayınız olmadan hiçbir bilgiyi başkasına vermez.',
        '## Kim kime danışmanlık verir?',
        [
          '- Migrationsberatung für Erwachsene (MBE, yetişkinler için göç danışmanlığı): 27 yaş ve üstü göçmenler için – oturum, dil kursu, iş, konut ve aile konularında.',
          '- Jugendmigrationsdienst (JMD, Gençlik Göç Servisi): 12–27 yaş arası gençler için – okul, meslek eğitimi, üniversite ve resmî dairelerle ilgili konularda.',
          '- Mülteci danışmanlığı (Flüchtlingsberatung): iltica süreci, BAMF’taki mülakat (Anhörung) ve kararlar (Bescheid) hakkında.',
          '- Psikososyal danışmanlık: Kaygılar, uyku sorunları veya kaçış sırasında yaşadıklarınızın anıları size ağır geldiğinde.',
        ].join('\n'),
        '## Doğru yeri nasıl bulursunuz?',
        'Bütün danışmanlık hizmetlerini adresleri, açılış saatleri ve konuşulan dilleriyle birlikte “Yardım bulun” bölümündeki listede bulabilirsiniz. Danışmanlığa kimliğinizi veya oturum belgenizi ve ilgili mektupları yanınızda getirin. Son tarih belirtilen bir mektup aldıysanız hemen gidin.',
      ].join('\n\n'),
    },
    notfall: {
      title: 'Acil durum: önemli numaralar',
      summary:
        'Bu acil numaralar ücretsizdir ve günün her saatinde ulaşılabilir – en iyisi onları hemen telefonunuza kaydedin.',
      body: [
        'Acil bir durumda her dakika önemlidir. Bu sayfadaki bütün numaralar ücretsizdir.',
        '## En önemli numaralar',
        [
          '- 112 – itfaiye ve ambulans: yangında, ağır kazalarda ve hayati tehlikede, örneğin nefes darlığı, bilinç kaybı veya şiddetli göğüs ağrısında',
          '- 110 – polis: şiddet, eve hırsız girmesi, tehdit veya yaralıların olduğu bir trafik kazasında',
          '- 116117 – nöbetçi doktor hizmeti (ärztlicher Bereitschaftsdienst): hastaysanız ve muayenehaneler kapalıysa',
          '- 116 016 – “Kadına Yönelik Şiddet” yardım hattı (Hilfetelefon „Gewalt gegen Frauen“): günün her saatinde, isim vermeden ve birçok dilde',
          '- 0800 111 0 111 – TelefonSeelsorge (kriz hattı): kendinizi çok kötü hissediyorsanız ve biriyle konuşmak istiyorsanız (Almanca)',
        ].join('\n'),
        '## Acil çağrı nasıl yapılır?',
        'Sakin olun ve şunları söyleyin: Olay nerede oldu? Ne oldu? Kaç kişi yaralandı? Çağrı merkezi konuşmayı bitirmeden telefonu kapatmayın. Almanca veya İngilizce basit kelimeler kullanın ve önce adresi söyleyin.',
        'Polis, tehlikede olan herkese yardım eder. Ailede şiddet varsa siz ve çocuklarınız koruma alabilirsiniz.',
      ].join('\n\n'),
    },
    'freizeit-ehrenamt': {
      title: 'Boş zaman, dernekler ve gönüllülük',
      summary:
        'Derneklerde, dil kafesinde (Sprachcafé) ve gönüllü çalışırken Eisenach’ta insanlarla tanışır, bir yandan da Almanca pratik yaparsınız.',
      body: [
        'Boş zaman dinlenmekten fazlasıdır: Bu sürede arkadaş edinir, Eisenach’ı tanır ve günlük hayatta Almanca konuşursunuz. Birçok etkinlik ücretsiz veya ucuzdur.',
        '## Dernekler ve buluşma yerleri',
        'Almanya’da birçok insan boş zamanını derneklerde (Verein) geçirir – örneğin spor, müzik veya bahçecilik için. Yeni üyeler neredeyse her zaman memnuniyetle karşılanır. Deneme antrenmanı ve indirimli aidat olup olmadığını sorun.',
        [
          '- Dil kafesi (Sprachcafé): her çarşamba kahve ve çay eşliğinde Almanca konuşmak, kayıt gerekmez',
          '- Spor kulübü: futbol, jimnastik ve masa tenisi, ilk üç ay ücretsiz',
          '- Kültürlerarası kadın kahvaltısı: her ayın ilk cumartesi günü',
          '- Eisenach’ı keşfedin: Wartburg Kalesi, Bach Evi (Bachhaus) ve Luther Evi (Lutherhaus)',
        ].join('\n'),
        '## Gönüllülük (Ehrenamt): katılmak ve yardım etmek',
        'Ehrenamt, gönüllü olarak ve ücret almadan yardım etmeniz demektir – örneğin gıda bankasında (Tafel), bir spor kulübünde veya dil aracısı olarak. Bu hem keyif verir hem yeni tanışıklıklar sağlar hem de özgeçmişinizde iyi görünür. Bunun için bir masraf tazminatı (Aufwandsentschädigung) alıyorsanız önce danışmanlığa sorun.',
      ].join('\n\n'),
    },
    rechte: {
      title: 'Haklarınız ve ayrımcılığa karşı koruma',
      summary:
        'Temel Yasa (Grundgesetz) Almanya’daki bütün insanların onurunu ve eşit haklarını korur – ayrımcılığa uğrarsanız destek alabilirsiniz.',
      body: [
        'Temel Yasa (Grundgesetz) Almanya’nın anayasasıdır. İlk cümlesi şöyledir: “İnsan onuru dokunulmazdır.” Bu, nereden gelmiş olursa olsun burada yaşayan herkes için geçerlidir.',
        '## Önemli haklar',
        [
          '- Herkes kanun önünde eşittir. Kadınlar ve erkekler eşit haklara sahiptir.',
          '- Hiç kimse, örneğin kökeni, dili, dini, cinsiyeti veya engeli nedeniyle başkalarından daha kötü muamele göremez.',
          '- Herkes dinini özgürce yaşayabilir – ya da hiçbir dine inanmayabilir – ve fikrini söyleyebilir.',
          '- Şiddet yasaktır, aile içinde de. Çocukların şiddet görmeden yetiştirilme hakkı vardır.',
        ].join('\n'),
        '## Ayrımcılığa uğrarsanız',
        'Ev ararken, işte, bir mağazada veya bir resmî dairede göçmen olduğunuz için size daha kötü mü davranılıyor? Bunu kabullenmek zorunda değilsiniz. Ne olduğunu mümkün olduğunca çabuk yazın: tarih, yer, tanıkların isimleri. Eisenach’taki ayrımcılık danışmanlığı (Antidiskriminierungsberatung) sizi dinler, gizlilik içinde danışmanlık verir ve haklarınızı savunmanıza yardım eder. Bazı haklar iki ay içinde talep edilmelidir – bu yüzden çok beklemeyin.',
        'Saldırıya uğradıysanız veya tehdit edildiyseniz 110’dan polisi arayın.',
      ].join('\n\n'),
    },
  },

  services: {
    'migrationsberatung-erwachsene': {
      title: 'Yetişkinler için göç danışmanlığı (MBE)',
      summary:
        '27 yaş ve üstü yetişkinlere mektuplar, oturum, dil kursu, iş ve konut konularında yardım ediyoruz – ücretsiz ve gizli.',
      description: [
        'Almanya’da yenisiniz ve birçok sorunuz mu var? Göç danışmanlığında (Migrationsberatung) size zaman ayırıyoruz. Resmî dairelerden gelen mektupları açıklıyor, başvurularda yardım ediyor ve sizinle birlikte uygun Almanca kursunu buluyoruz.',
        'Danışmanlık ücretsiz ve gizlidir. Birlikte bir plan yapıyoruz: Şimdi sırada en önemli ne var – dil mi, iş mi, konut mu, aile mi?',
        'Perşembe günleri Eisenach-Nord’da açık danışma saati var. Bunun için randevuya ihtiyacınız yok.',
      ].join('\n\n'),
      eligibility:
        'Kalıcı oturumu veya Almanya’da kalma ihtimali yüksek olan 27 yaş ve üstü göçmenler, AB vatandaşları da dahil. Daha genç kişilere Gençlik Göç Servisi (Jugendmigrationsdienst) danışmanlık verir.',
      documents: 'Lütfen kimliğinizi veya oturum belgenizi (Aufenthaltstitel) ve sorularınızla ilgili mektupları yanınızda getirin.',
      howToApply:
        'Randevu almak için bizi arayın veya e-posta gönderin. Perşembe günleri Eisenach-Nord’daki açık danışma saatine randevusuz gelebilirsiniz.',
    },
    'psychosoziale-beratung': {
      title: 'Mülteciler için psikososyal danışmanlık',
      summary:
        'Kaygılar, kötü rüyalar veya kaçış sırasında yaşadıklarınızın anıları size ağır geliyorsa: uzmanlarla görüşmeler, isterseniz tercümanla.',
      description: [
        'Birçok insan kaçış sırasında çok kötü şeyler yaşadı. Bunun acısı uzun süre devam edebilir – hem ruhta hem bedende. Bu konuda yalnız değilsiniz.',
        'Gizli görüşmelerde sizi dinliyor, stres ve travmaya karşı nelerin iyi geldiğini açıklıyor ve sizinle birlikte başka yardım imkânları, örneğin bir terapi arıyoruz. Tercümanlar da sır saklama yükümlülüğü altındadır.',
      ].join('\n\n'),
      howToApply: 'Bizi arayın ve hangi dili konuştuğunuzu söyleyin. İlk görüşme genellikle iki hafta içinde olur.',
    },
    anerkennungsberatung: {
      title: 'Yurt dışında alınan diplomaların denkliği için danışmanlık',
      summary:
        'Yurt dışında bir meslek eğitimini veya üniversiteyi bitirdiniz mi? Diplomanızın Almanya’da nasıl tanınacağını size gösteriyoruz.',
      description: [
        'Almanya’da birçok meslek için, örneğin hemşirelik ve bakım, öğretmenlik veya doktorluk için diplomanızın tanınması (denklik) gerekir. Hangi kurumun sorumlu olduğunu, hangi belgelere ihtiyacınız olduğunu ve masrafları kimin karşılayabileceğini sizinle birlikte belirliyoruz.',
        'Bu danışmanlık “Integration durch Qualifizierung (IQ)” (nitelik kazandırarak uyum) ağının bir parçasıdır. Ayda bir kez Eisenach’ta yapılır, diğer zamanlarda telefonla veya görüntülü görüşmeyle.',
      ].join('\n\n'),
      documents:
        'Diplomalar, karneler ve iş deneyimini gösteren belgeler – mümkünse çevirileriyle. İlk görüşme için fotokopiler yeterlidir.',
    },
    integrationskurs: {
      title: 'Uyum kursu (A1’den B1’e Almanca ve oryantasyon kursu)',
      summary:
        'B1 seviyesine kadar Almanca öğrenin ve Almanya’daki hayat hakkında çok şey öğrenin – sabahları, öğleden sonraları veya cumartesi günleri.',
      description: [
        'Uyum kursu (Integrationskurs) 600 saat Almanca dersinden ve Almanya’da siyaset, tarih ve günlük hayat hakkında 100 saatlik bir oryantasyon kursundan oluşur. Kursun sonunda “Deutsch-Test für Zuwanderer” (göçmenler için Almanca sınavı) ve “Leben in Deutschland” (Almanya’da yaşam) sınavına girersiniz.',
        'Kurstan önce, size uygun gruba girmeniz için kısa bir seviye tespit sınavı yapıyoruz. Yeni kurslar yaklaşık iki ayda bir başlar. Kurs sırasında ihtiyacınız varsa çocuk bakımı vardır – lütfen bunu erkenden sorun.',
      ].join('\n\n'),
      eligibility:
        'Henüz iyi Almanca konuşamayan 16 yaş ve üstü bütün göçmenler – katılım hakkı veya katılım yükümlülüğü olanlar ya da boş yer varsa ücreti kendisi ödeyenler.',
      documents:
        'Kimlik veya oturum belgesi (Aufenthaltstitel) ve varsa katılım hakkı belgesi (Berechtigungsschein) veya katılım yükümlülüğü yazısı (Verpflichtung).',
      howToApply:
        'Seviye tespit sınavı için internetten randevu alın veya Halk Eğitim Merkezinin (VHS) danışma saatine gelin.',
      costNote:
        'Ders saati başına. BAMF’tan, İş Merkezinden (Jobcenter) veya Yabancılar Dairesinden (Ausländerbehörde) katılım hakkınız varsa çoğu zaman ücretsiz – bunu sizinle birlikte kontrol ediyoruz.',
    },
    alphabetisierungskurs: {
      title: 'Okuma yazma eğitimli uyum kursu',
      summary:
        'Okuma yazma öğrenin – küçük gruplarda, yavaş yavaş ve adım adım, hiç okula gitmemiş olsanız bile.',
      description: [
        'Bu kurs, henüz hiç ya da çok az okuma yazma bilen veya yalnızca başka bir alfabeyi, örneğin Arap alfabesini bilen kişiler içindir. Latin harflerini ve aynı zamanda Almancayı öğrenirsiniz.',
        'Kurs 1.300 saate kadar sürer; gruplar küçüktür, en fazla 16 kişi. Öğretmenler çok sabırlı ve deneyimlidir.',
      ].join('\n\n'),
      costNote: 'Ders saati başına; katılımcıların çoğu için masrafları BAMF karşılar.',
    },
    berufssprachkurs: {
      title: 'B2 mesleki dil kursu – iş hayatı için Almanca',
      summary:
        'İş ve meslek eğitimi için Almanca: e-postalar, telefon görüşmeleri, mesleki kelimeler ve iş başvuruları – B1 seviyesindeki herkes için.',
      description: [
        'Mesleki dil kursunda (Berufssprachkurs) iş yerinde ihtiyacınız olan dili öğrenirsiniz. İş arkadaşlarınızla ve müşterilerle konuşmayı çalışır, rapor yazar ve iş görüşmelerine hazırlanırsınız.',
        'Kurs 400 ila 500 saat sürer ve bir sınavla biter. Sabahları tam zamanlı bir grup ve akşamları yarı zamanlı bir grup vardır – böylece çalışırken de öğrenebilirsiniz.',
      ].join('\n\n'),
      eligibility: 'Almancanız en az B1 seviyesinde ve iş arıyorsunuz, meslek eğitimindesiniz veya çalışıyorsunuz.',
      howToApply:
        'İş Merkezindeki (Jobcenter) veya İş Ajansındaki (Agentur für Arbeit) sorumlu kişinizle konuşun. Çalışıyorsanız doğrudan Halk Eğitim Merkezine (VHS) başvurun.',
      costNote: 'İş arayanlar için ücretsiz. Çalışıyorsanız gelirinize göre bir katkı payı ödersiniz – bize sorun.',
    },
    sprachcafe: {
      title: 'Dil kafesi – kahve ve çay eşliğinde Almanca konuşmak',
      summary:
        'Her çarşamba saat 16.00–18.00 arası: kayıt olmadan Almanca pratik yapın, insanlarla tanışın ve günlük hayatla ilgili sorularınızı sorun.',
      description: [
        'Dil kafesinde (Sprachcafé) iki grup bir araya gelir: Almanca öğrenenler ve sohbet etmeyi seven Eisenachlılar. Günlük hayat, iş, hobiler ve sizi ilgilendiren her şey hakkında konuşuruz. Her dil seviyesine kapımız açık.',
        'Kahve, çay ve kurabiye ücretsizdir. Çocuklarınızı da getirebilirsiniz; onlar için bir oyun köşesi var.',
      ].join('\n\n'),
    },
    'jugendmigrationsdienst-beratung': {
      title: 'Genç göçmenler için danışmanlık (12–27 yaş)',
      summary:
        'Okul, meslek eğitimi, üniversite, resmî dairelerle sorunlar ya da sadece soruların mı var? JMD, kendi yolunu bulana kadar yanında.',
      description: [
        '12 ile 27 yaş arasında mısın ve Almanya’da yeni misin? Gençlik Göç Servisinde (Jugendmigrationsdienst) seninle hep aynı kişi ilgilenir. Okula kaydolurken, Almanca kursu bulurken, başvuru yazarken ve mektupları anlarken sana yardım ediyoruz.',
        'Tek başına, annenle babanla ya da arkadaşlarınla gelebilirsin. Grup etkinliklerimiz de var: başvuru eğitimi, geziler ve salı öğleden sonraları bir gençlik buluşması.',
      ].join('\n\n'),
      eligibility: 'Göç geçmişi olan 12–27 yaş arası gençler.',
      howToApply: 'Salı günkü açık danışma saatine gel ya da bize WhatsApp’tan veya e-postayla yaz.',
    },
    'ausbildung-junge-zugewanderte': {
      title: 'Genç göçmenler için meslek eğitimine giden yol',
      summary:
        'Meslekleri tanı, staj yeri bul, başvuru yaz: Eisenach’taki firmalardan mentorlarla birlikte, meslek eğitimi sözleşmene kadar yanındayız.',
      description: [
        'Almanya’da birçok insan bir mesleği meslek eğitimiyle (Ausbildung) öğrenir: Haftada üç gün işletmede, iki gün meslek okulunda (Berufsschule), üstelik maaşlı. Sana hangi meslekler olduğunu gösteriyoruz – örneğin otomotiv sektöründe, bakım alanında veya zanaatta.',
        'Eisenach’taki bir işletmeden bir mentorun olur. Birlikte firmaları ziyaret eder, iş görüşmelerine hazırlanır ve staj yeri ararsınız. Meslek eğitimin başladıktan sonra da meslek okulunda zorlanırsan yanındayız.',
      ].join('\n\n'),
    },
    'interkulturelles-frauenfruehstueck': {
      title: 'Kültürlerarası kadın kahvaltısı',
      summary:
        '2018’den beri her ayın ilk cumartesi günü: Dünyanın dört bir yanından kadınlar birlikte kahvaltı yapıyor, sohbet ediyor ve birbirini tanıyor.',
      description: [
        'Her kadın yiyecek küçük bir şey getirir – ya da sadece güler yüzünü. Kahvaltıda Almanca ve başka birçok dil konuşuyoruz. Çoğu zaman bir konu da oluyor, örneğin sağlık, okul veya memleketten yemek tarifleri.',
        'Altı yaşına kadar çocuklar da gelebilir; iki yardımcı yan odada onlarla oynar. O sabah erkekler katılmaz – böylece herkes rahatça konuşabilir.',
      ].join('\n\n'),
    },
    aufenthaltstitel: {
      title: 'Oturum belgesi almak ve uzatmak',
      summary:
        'Oturum izni, uzatma, çalışma izni veya yeni kart: İnternetten randevu alın ve bütün belgelerinizi yanınızda getirin.',
      description: [
        'Yabancılar Dairesi (Ausländerbehörde), Eisenach’taki oturumunuz hakkında karar verir. Lütfen uzatma başvurunuzu, oturum belgenizin (Aufenthaltstitel) süresi dolmadan en geç altı hafta önce yapın. Başvurunuz zamanında elimize ulaşırsa size bir belge verilir: Biz karar verene kadar oturumunuz geçerli olmaya devam eder.',
        'Yeni oturum belgesi bir karttır. Kart Berlin’de üretilir ve yaklaşık dört ila altı hafta sonra hazır olur. Sonra kartı teslim almanız için size bir mektup göndeririz.',
      ].join('\n\n'),
      documents:
        'Pasaport, şu anki oturum belgesi, yeni çekilmiş biyometrik vesikalık fotoğraf, kira sözleşmesi ve gelirinizi veya vatandaşlık parasını (Bürgergeld) gösteren belgeler.',
      howToApply:
        'İnternetten randevu alın veya bizi arayın. Randevusuz gelirseniz size maalesef yalnızca acil durumlarda yardımcı olabiliriz.',
      costNote:
        'Örneğin bir yıla kadar geçerli bir oturum izni (Aufenthaltserlaubnis) için 100 €. Vatandaşlık parası (Bürgergeld) veya sığınmacı yardımı alıyorsanız çoğu zaman indirimli veya ücretsiz.',
    },
    einbuergerung: {
      title: 'Vatandaşlığa geçiş – Alman vatandaşlığı (Einbürgerung)',
      summary:
        'Beş yıldır Almanya’da mı yaşıyorsunuz ve Alman vatandaşı olmak mı istiyorsunuz? Koşulları ve başvuruyu size açıklıyoruz.',
      description: [
        'Vatandaşlığa geçiş (Einbürgerung) için genellikle beş yıllık oturum, B1 seviyesinde Almanca, vatandaşlık testi (Einbürgerungstest) ve kendi geliriniz gerekir. 2024’ten beri önceki vatandaşlığınızı çoğu durumda koruyabilirsiniz.',
        'Danışma görüşmesinde koşulları yerine getirip getirmediğinizi sizinle birlikte kontrol ediyor ve size belge listesini veriyoruz. Başvurunun işleme alınması şu anda yaklaşık on iki ay sürüyor.',
      ].join('\n\n'),
      costNote: 'Kişi başı 255 €; anne veya babasıyla birlikte vatandaşlığa geçen çocuklar için 51 €.',
    },
    'buergergeld-und-arbeitsvermittlung': {
      title: 'Vatandaşlık parası ve iş bulma desteği',
      summary:
        'Geliriniz yetmiyorsa geçim, kira ve sağlık sigortası için para – ve iş ararken destek.',
      description: [
        'İş Merkezi (Jobcenter), çalışabilecek durumdaysanız ama geçiminiz için yeterli paranız yoksa vatandaşlık parası (Bürgergeld) öder. Ev ve ısınma masrafları da buna dahildir. Ukrayna’dan gelen birçok mülteci de parasını İş Merkezinden alır.',
        'Sorumlu kişiniz, iş veya meslek eğitimi yeri bulmanıza yardım eder; Almanca kurslarının, mesleki kursların veya ehliyetin masraflarını da karşılayabilir. Önemli görüşmeler için bir tercüman çağırabiliriz.',
      ].join('\n\n'),
      documents:
        'Kimlik veya oturum belgesi (Aufenthaltstitel), kira sözleşmesi, son üç ayın banka hesap dökümleri ve varsa maaş bordroları.',
      howToApply:
        'Başvurunuzu İş Merkezinin internet portalından yapın veya karşılama bölümüne (Eingangszone) gelin. Para, başvuru yaptığınız aydan itibaren ödenir.',
    },
    'jobbegleitung-gefluechtete': {
      title: 'Mülteciler için iş koçluğu',
      summary:
        'Hızla işe başlayın ve işte Almanca öğrenmeye devam edin: Bir iş koçu sizinle birlikte iş arar ve ilk aylarda yanınızda olur.',
      description: [
        'Uyum kursunu (Integrationskurs) bitirdiyseniz, çalışmak için mükemmel Almanca konuşmanız gerekmez. İş koçunuz Eisenach’ta ve çevresinde göçmenleri işe alan işletmeleri tanır ve özgeçmiş, başvuru ve iş görüşmesi konusunda size yardım eder.',
        'İşe başladıktan sonra iş koçu, küçük sorunlar büyümesin diye sizinle ve işletmeyle düzenli olarak görüşür.',
      ].join('\n\n'),
      eligibility: 'Vatandaşlık parası (Bürgergeld) alan ve uyum kursunu bitirmiş mülteciler.',
      howToApply: 'İş Merkezindeki (Jobcenter) sorumlu kişinize iş koçluğunu (Jobbegleitung) sorun.',
    },
    'sprachmittlung-krankenhaus': {
      title: 'Hastanede dil aracılığı',
      summary:
        'Hastaneye yatışta, ameliyat öncesi bilgilendirmede ve taburcu olurken eğitimli dil aracıları tercümanlık yapar – yerinde, görüntülü görüşmeyle veya telefonla.',
      description: [
        'St. Georg Klinikum’da bütün hastaların kendilerine ne olduğunu anlaması gerekir. Bu nedenle burada eğitimli dil aracılarından (Sprachmittler) oluşan bir ekip vardır. Doktorlarla ve hemşirelerle yapılan önemli görüşmelerde tercümanlık yaparlar.',
        'Hastaneye yatarken hangi dili konuştuğunuzu söyleyin. Personel bir dil aracısı çağırır. Bu sizin için ücretsizdir. Çocuklarınızın veya tanıdıklarınızın tercümanlık yapması gerekmez.',
      ].join('\n\n'),
    },
    'fluechtlingsberatung-asylverfahren': {
      title: 'Mülteci danışmanlığı: iltica süreci ve mülakat',
      summary:
        'İltica sürecini açıklıyor, sizi BAMF’taki mülakata (Anhörung) hazırlıyor ve bir karar (Bescheid) geldiğinde yardım ediyoruz.',
      description: [
        'Mülakat (Anhörung), iltica sürecindeki en önemli randevudur. Orada neden kaçtığınızı anlatırsınız. Mülakatın nasıl geçtiğini ve hangi haklarınız olduğunu size önceden açıklıyoruz – örneğin bir kadın olarak kadın tercüman isteyebileceğinizi.',
        'Bir karar (Bescheid) geldiğinde onu birlikte okuyoruz. Dava açma süreleri kısadır, çoğu zaman yalnızca bir veya iki hafta. Bu yüzden hemen gelin. Gerekirse sizi bir avukata yönlendiriyoruz.',
      ].join('\n\n'),
      documents:
        'BAMF’tan gelen bütün mektuplar, iltica süreci boyunca kalma izniniz (Aufenthaltsgestattung) ve varsa mülakat tutanağı.',
      howToApply:
        'Bizi arayın veya pazartesi ya da perşembe günleri açık danışma saatine gelin. Süre belirtilen bir karar aldıysanız lütfen hemen gelin – randevunuz olmasa bile.',
    },
    wohnungsberatung: {
      title: 'Konut danışmanlığı: ev bulmak ve evinizi korumak',
      summary:
        'Ev ararken, kira sözleşmesinde, sosyal konut belgesinde (Wohnberechtigungsschein), yan giderlerde ve ev sahibiyle sorunlarda yardım.',
      description: [
        'Eisenach’ta ev bulmak kolay değil. Evlerin nerede ilan edildiğini size gösteriyor, ev sahiplerine yazacağınız mektuplarda yardım ediyor ve kira sözleşmenizde neler yazdığını açıklıyoruz.',
        'Zaten bir eviniz varsa, yan gider hesabında (Nebenkostenabrechnung), küf sorununda veya kira sözleşmenizin feshedilme tehlikesi varsa yardım ediyoruz. Ne kadar erken gelirseniz o kadar çok şey yapabiliriz.',
      ].join('\n\n'),
    },
    hausaufgabenhilfe: {
      title: 'Kuşaklar Evinde ödev yardımı',
      summary:
        'Pazartesiden perşembeye saat 14.00–16.00 arası gönüllüler okul çocuklarına ödev, okuma ve Almanca konusunda yardım ediyor.',
      description: [
        'Okuldan sonra 1. ile 7. sınıf arasındaki çocuklar Kuşaklar Evine (Mehrgenerationenhaus) gelebilir. Gönüllüler – çoğu zaman emekliler veya üniversite öğrencileri – ödevleri açıklıyor, çocuklarla birlikte kitap okuyor ve Almanca çalışıyor.',
        'Küçük bir atıştırmalık da var. Anne ve babalar da gelip okulla ilgili sorularını sorabilir.',
      ].join('\n\n'),
    },
    'elterncafe-stregda': {
      title: 'Stregda Aile Merkezinde veli kafesi',
      summary:
        'Her salı sabahı: Küçük çocuklu anne ve babalar buluşuyor, oynuyor, deneyimlerini paylaşıyor ve kreş ve çocuk eğitimi hakkında uzmanlara soru soruyor.',
      description: [
        'Veli kafesinde anneler, babalar, büyükanneler, büyükbabalar ve altı yaşına kadar çocuklar için yer var. Çocuklar oynarken yetişkinler kahve içiyor ve başka ailelerle tanışıyor.',
        'Ayda bir kez bir uzman, örneğin bir çocuk hemşiresi veya kreşten bir eğitimci gelir ve soruları yanıtlar. Kayıt olmanıza gerek yok.',
      ].join('\n\n'),
    },
    'kita-und-schulanmeldung': {
      title: 'Kreş yeri ve okul kaydı danışmanlığı',
      summary:
        'Kreş yeri, doğru okul, okula başlama muayenesi: Çocuğunuzu kreşe (Kita) veya okula kaydettirirken size adım adım yardım ediyoruz.',
      description: [
        'Almanya’da bir yaşından itibaren çocukların kreşte (Kita) yer hakkı vardır. Altı yaşından itibaren bütün çocuklar okula gitmek zorundadır. Eisenach’ta kaydın nasıl yapıldığını açıklıyor ve formları sizinle birlikte dolduruyoruz.',
        'İsterseniz kreşteki veya okuldaki ilk görüşmeye de sizinle birlikte geliyoruz. Ayrıca okul malzemeleri, öğle yemeği ve geziler için nasıl para desteği başvurusu yapabileceğinizi de açıklıyoruz.',
      ].join('\n\n'),
      eligibility: 'Eisenach’ta yaşayan, 14 yaşına kadar çocuğu olan aileler.',
      documents:
        'Çocuğun doğum belgesi veya kimliği, adres kayıt belgesi (Meldebescheinigung), aşı kartı ve varsa geldiğiniz ülkeden karneler.',
    },
    'eisenacher-tafel': {
      title: 'Eisenach gıda bankası (Eisenacher Tafel) – az paraya gıda',
      summary:
        'Salı, perşembe ve cumartesi günleri gıda bankası, geliri az olan kişilere gıda dağıtıyor – her alışveriş için 2 euro.',
      description: [
        'Süpermarketler ve fırınlar artık satamadıkları gıdaları gıda bankasına (Tafel) veriyor. Gönüllüler bunları ayırıp dağıtıyor: meyve, sebze, ekmek, süt ürünleri ve bazen et.',
        'İlk gelişinizde bir Tafel kartı alırsınız. Bunun için gelirinizin az olduğunu gösteren bir belge gerekir, örneğin vatandaşlık parası (Bürgergeld), sığınmacı yardımı veya emekli maaşı kararı.',
      ].join('\n\n'),
      documents:
        'Kimlik ve vatandaşlık parası (Bürgergeld), sığınmacı yardımı, kira yardımı (Wohngeld) veya emekli maaşı ile ilgili güncel bir karar.',
      costNote: 'Her alışveriş için; evde kaç kişi yaşarsa yaşasın.',
    },
    'ehrenamt-tafel': {
      title: 'Gıda bankasında (Tafel) gönüllü olun',
      summary:
        'Gıdaları toplamak, ayırmak veya dağıtmak: Gıda bankası yardımcılar arıyor – kendisi de Eisenach’ta yeni olan kişiler de memnuniyetle.',
      description: [
        'Haftada iki üç saat bile çok yardımcı olur. Bir ekipte çalışır, iyi insanlarla tanışır ve bir yandan da Almanca pratik yaparsınız. Gönüllülerimizin birçoğu eskiden kendileri de gıda bankasının müşterisiydi.',
        'Önceden bilgi veya deneyim gerekmez. Minibüsü kullanmak için B sınıfı ehliyet gerekir. İsterseniz gönüllü çalışmanız için bir belge alırsınız – bu belge iş başvurularında da işe yarar.',
      ].join('\n\n'),
    },
    'sport-fuer-alle': {
      title: 'Herkes için spor: futbol, jimnastik ve masa tenisi',
      summary:
        'Gelin ve bizimle birlikte antrenman yapın: İlk üç ay ücretsiz, sonrasında üyelik ayda 5 euro.',
      description: [
        'Pazartesi ve çarşamba günleri çocuklar ve yetişkinler için futbol, çarşamba günleri kadın jimnastiği, cumartesi sabahları masa tenisi. Spor kıyafeti ve salon ayakkabısı yeterli – toplar ve raketler kulüpte var.',
        'Geliri az olan ailelerin çocukları ve gençleri için aidatı eğitim ve katılım paketi (Bildungs- und Teilhabepaket) ödeyebilir. Başvuruda yardım ediyoruz.',
      ].join('\n\n'),
      costNote: 'Aylık; ilk üç ay ücretsiz. Çocuklar 3 euro öder.',
    },
    'beratung-in-der-muttersprache': {
      title: 'Ana dilde buluşma ve danışmanlık',
      summary:
        'Kendileri de göç etmiş kişiler formlarda ve günlük sorularda yardım ediyor – sizin dilinizde ve randevusuz.',
      description: [
        'Kulturbrücke’de Suriye, Eritre, Somali, Irak, Afganistan ve Kamerun’dan gelen gönüllüler çalışıyor. Yeni bir yere gelmenin nasıl bir şey olduğunu biliyorlar. Mektupları anlamanıza yardım ediyor, resmî dairelere sizinle birlikte gidiyor ve doğru danışma merkezlerini tanıyorlar.',
        'Cumartesi günleri sık sık şenlikler, birlikte yemek pişirme buluşmaları veya geziler oluyor. Herkes davetli.',
      ].join('\n\n'),
    },
    antidiskriminierungsberatung: {
      title: 'Ayrımcılık ve ırkçılık konusunda danışmanlık',
      summary:
        'Ev ararken, işte veya sokakta kötü muameleye mi uğradınız? Sizi dinliyor, olanları kayda geçiriyor ve haklarınızı savunmanıza yardım ediyoruz.',
      description: [
        'Almanya’da ayrımcılık yasaktır, örneğin köken, ten rengi, din veya cinsiyet nedeniyle. Gizlilik içinde ve yalnızca siz istediğinizde danışmanlık veriyoruz. Neler yapabileceğinizi birlikte düşünüyoruz: bir şikâyet mektubu yazmak, karşı tarafla konuşmak veya hukuki adımları değerlendirmek.',
        'Danışmanlık, Thüringen Ayrımcılık Karşıtı Ağı ile birlikte çalışır. Saldırıya uğradıysanız sizi mağdur danışmanlığına (Opferberatung) da yönlendiriyoruz.',
      ].join('\n\n'),
      howToApply:
        'E-posta gönderin veya bizi arayın. İki iş günü içinde size geri döneriz. İsterseniz başka bir yerde de buluşabiliriz.',
    },
  },

  topics: {
    framework: 'Yaşadığınız yerde uyum',
    'municipal-tasks': 'Resmî daireler ve kurumlar',
    'language-education': 'Dil ve eğitim',
    'language-courses': 'Almanca kursları',
    literacy: 'Okuma yazma öğrenmek',
    'school-childcare': 'Kreş ve okul',
    work: 'İş ve meslek eğitimi',
    recognition: 'Diplomaların denkliği',
    'vocational-training': 'Meslek eğitimi',
    'job-search': 'İş bulmak',
    counselling: 'Danışmanlık ve destek',
    'migration-counselling': 'Göç danışmanlığı',
    psychosocial: 'Ruhsal sıkıntılarda yardım',
    'anti-discrimination': 'Ayrımcılığa karşı yardım',
    participation: 'Birlikte yaşam ve katılım',
    housing: 'Konut',
    leisure: 'Boş zaman ve buluşma',
    women: 'Kadınlar için',
    'everyday-help': 'Günlük hayatta yardım',
    asylum: 'İltica ve oturum',
    health: 'Sağlık',
    'language-mediation': 'Doktorda ve hastanede tercümanlık',
    'health-insurance': 'Sağlık sigortası ve doktorlar',
    volunteering: 'Gönüllülük ve toplumsal katılım',
    'get-involved': 'Katılmak ve yardım etmek',
    'project-funding': 'Projeler için maddi destek',
  },

  audiences: {
    refugees: 'Mülteciler',
    'eu-migrants': 'AB ülkelerinden gelen göçmenler',
    women: 'Kadınlar',
    'young-people': 'Gençler (12–27 yaş)',
    families: 'Aileler',
    children: 'Çocuklar (14 yaşına kadar)',
    seniors: 'Yaşlılar (65 yaş ve üstü)',
    'adults-27-plus': '27 yaş ve üstü yetişkinler',
  },

  // Place names stay as they are written on maps and signs.
  districts: {
    innenstadt: 'Şehir merkezi',
    nord: 'Eisenach-Nord',
    sued: 'Eisenach-Süd',
    west: 'Eisenach-West',
    stregda: 'Stregda',
    meiningen: 'Meiningen',
    schmalkalden: 'Schmalkalden',
    'zella-mehlis': 'Zella-Mehlis',
    'steinbach-hallenberg': 'Steinbach-Hallenberg',
    wasungen: 'Wasungen',
  },

  locations: {
    'eis-caritas-zentrum': { transport: '1, 3 veya 5 numaralı otobüsle Karlsplatz durağına, oradan 2 dakika yürüyüş' },
    'eis-caritas-nord': { transport: '2 numaralı otobüsle Mühlhäuser Straße durağına' },
    'eis-vhs': { transport: 'Ana tren istasyonundan (Hauptbahnhof) ve otobüs terminalinden (ZOB) 3 dakika yürüyüş' },
    'eis-vhs-west': { transport: '4 numaralı otobüsle Katharinenstraße durağına' },
    'eis-jmd': { transport: '1 veya 3 numaralı otobüsle Markt durağına' },
    'eis-frauentreff': { transport: '3 numaralı otobüsle Marienstraße durağına' },
    'eis-auslaenderbehoerde': { transport: '1, 3 veya 5 numaralı otobüsle Markt durağına' },
    'eis-jobcenter': { transport: '2 veya 6 numaralı otobüsle Uferstraße durağına' },
    'eis-klinikum': { transport: '2 numaralı otobüsle Klinikum durağına; durak ana girişin hemen önünde' },
    'eis-awo-beratung': { transport: '1 veya 3 numaralı otobüsle Markt durağına, oradan 3 dakika yürüyüş' },
    'eis-awo-mgh': { transport: '4 numaralı otobüsle Stedtfelder Straße durağına' },
    'eis-awo-familienzentrum': { transport: '7 numaralı otobüsle Stregda, Anger durağına' },
    'eis-drk-tafel': { transport: '2 veya 6 numaralı otobüsle Langensalzaer Straße durağına' },
    'eis-sportplatz-nord': { transport: '6 numaralı otobüsle Sportpark Nord durağına' },
    'eis-kulturbruecke': { transport: '3 numaralı otobüsle Wartburgallee durağına' },
  },
  plan: {
    indicators: {
      'teilnehmende-integrationskurse': { name: 'Uyum kurslarına yeni katılanlar' },
      'anteil-b1-integrationskurs': { name: 'Göçmenler için Almanca sınavında B1 düzeyine ulaşanların oranı' },
      'sprachmittlungseinsaetze-gesundheit': { name: 'Sağlık hizmetlerinde dil aracılığı görevleri' },
      'auszubildende-auslaendische-staatsangehoerigkeit': { name: 'Yabancı uyruklu meslek eğitimi öğrencileri' },
      'arbeitslosenquote-auslaendische-staatsangehoerige': { name: 'Yabancı uyrukluların işsizlik oranı' },
      'ehrenamtliche-integrationsprojekte': { name: 'Uyum projelerinde gönüllüler' },
      'kita-betreuungsquote-migrationshintergrund': { name: 'Göçmen kökenli çocukların kreşe devamı' },
      'beratene-migrationsberatung': { name: 'Göç danışmanlığından danışmanlık alan kişiler' },
      'beratung-nach-sprache': { name: 'Dillere göre danışmanlık hizmetleri' },
      'aktualitaet-verzeichnis': { name: 'Hizmet rehberinin güncelliği' },
    },
    units: {
      Personen: 'kişi',
      '%': '%',
      Einsätze: 'görev',
      Angebote: 'hizmet',
    },
  },
}

export default texts
