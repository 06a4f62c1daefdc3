//! Turkish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "tr",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["okuma süresi", "dk okuma", "dakika okuma", "dakikalık okuma"]),
        header(Donation).max_words(14).phrases(&[
            "bizi destekleyin", "bizi destekle", "bağımsız gazeteciliği destekleyin", "gitmeden önce", "bize destek olun",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "bağış yapın", "bağış yap", "bağışınız", "destek olun", "destek ol", "bize destek ol",
            "katkıda bulunun", "tutar seçin", "desteğinize ihtiyacımız var",
            "destekçimiz olun", "destekçi olun", "okur desteği",
        ]),
        cue(Donation).phrases(&["desteğiniz", "desteğinle", "desteğinizle", "bağımsız gazetecilik", "çalışmalarımız"]),
        cue(Donation).weight(0.5).phrases(&["bağış*", "destek*", "katkı*"]),
        salutation(Donation).max_words(6).phrases(&["sevgili okurlar", "değerli okurlarımız", "sevgili okur", "değerli okurlar", "sevgili okurlarımız"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["bu haberi beğendiniz mi", "bu yazıyı beğendiniz mi"]),
        ask(Membership).phrases(&["üye olun", "üye ol", "topluluğumuza katılın"]),
        cue(Membership).phrases(&["üyelik*"]),
        ask(Subscription).phrases(&[
            "abone olun", "abone ol", "zaten abone misiniz", "dijital abonelik", "ilk ay ücretsiz",
            "istediğiniz zaman iptal",
        ]),
        cue(Subscription).phrases(&["abonelik*"]),
        ask(Paywall).weight(3.5).phrases(&["okumaya devam etmek için", "bu içerik abonelere özel", "abonelere özel", "ücretsiz haber hakkınız", "ücretsiz makale"]),
        ask(Newsletter).phrases(&["bültenimize abone olun", "e-bültenimize", "bültenimiz", "e-posta adresiniz", "e-posta kutunuza", "gelen kutunuza", "abonelikten çıkabilirsiniz"]),
        cue(Newsletter).phrases(&["bülten*", "gizlilik politikası"]),
        ask(App).phrases(&["uygulamamızı indirin", "uygulamayı indirin", "uygulamamızı indir"]),
        cue(App).phrases(&["uygulamamız*"]),
        ask(Cookie).phrases(&["çerez kullanıyoruz", "çerezler kullanıyoruz", "çerez politikası", "tümünü kabul et", "çerez ayarları", "çerezleri kabul"]),
        ask(Social).phrases(&["bizi takip edin", "bizi takip et", "haberi paylaş", "bu haberi paylaş", "kanalımıza abone olun"]),
        label(Ad).phrases(&["reklam", "sponsorlu", "ilan"]),
        line(Related).max_words(24).phrases(&[
            "ilgili haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "çok okunanlar", "en çok okunanlar",
            "ayrıca okuyun",
        ]),
        label(Related).phrases(&["ilgili haberler", "ilginizi çekebilir", "çok okunanlar", "en çok okunanlar"]),
        ask(Credit).max_words(40).phrases(&["muhabiridir", "editörüdür", "ilk olarak yayımlandı", "ilk kez yayımlandı"]),
        line(Credit).max_words(10).phrases(&["fotoğraf:", "metin:", "çeviri:", "haber merkezi"]),
        chrome(Other).max_words(10).phrases(&["tüm hakları saklıdır",]),
        label_any().phrases(&[
            "kapat", "şimdi değil", "hayır, teşekkürler", "daha sonra", "kabul et", "reddet", "devam et", "paylaş",
            "yazdır", "bağış yap", "destek ol", "abone ol", "giriş yap", "tek sefer", "aylık",
        ]),
        outlet(Donation).phrases(&[
            "bağımsız medya", "bağımsız gazete", "reklamsız", "ödeme duvarı olmadan", "kâr amacı gütmeyen",
            "kar amacı gütmeyen", "herkes için ücretsiz", "okurlarının desteğiyle",
        ]),
        ask(Membership).phrases(&["üyemiz olun", "üye olarak destekleyin", "topluluğumuza katıl"]),
        notice().phrases(&["düzeltme:", "güncelleme:"]),
        body().phrases(&["dedi", "söyledi", "açıkladı", "belirtti", "ifade etti"]),
        // Also news wording: "her katkı depremzedelere ulaştırılacak", "hükümet tek seferlik ödeme
        // yapacak", "çiftçilere aylık destek verilecek", "müfettişler sınırsız erişim elde etti".
        cue(Donation).weight(2.0).phrases(&["her katkı", "tek seferlik", "aylık destek"]),
        ask(Donation).weight(3.5).phrases(&["her katkı önemli", "her katkı değerli"]),
        cue(Subscription).weight(2.0).phrases(&["sınırsız erişim"]),
        line(Related).max_words(3).phrases(&["diğer haberler"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["bize destek olun", "bizi destekleyin", "destek olur musun", "destek olur musunuz", "sensiz olmaz", "sizsiz olmaz"]),
        cue(Donation).weight(2.0).phrases(&["dilediğiniz miktarda", "dilediğin miktarda", "dilediğiniz tutarda", "bağımsız gazeteciliğe", "bağımsız gazeteciliği", "bağımsız gazeteciliğin"]),
        ask(Membership).phrases(&["üye olarak destek", "üye olarak çalışmalarımızı"]),
        cue(Membership).phrases(&["üye olarak"]),
        ask(Paywall).phrases(&["ücretsiz makalenin", "ücretsiz makaleden", "ücretsiz haberin", "ücretsiz haberden"]),
        ask(Newsletter).phrases(&["e-posta adresinizi", "e-posta adresini", "e-posta kutuna"]),
        ask(Cookie).phrases(&["çerezler kullanılmaktadır", "çerez kullanılmaktadır", "çerez politikamız*", "kullanmaya devam ederek"]),
        ask(Social).max_words(12).phrases(&["takip edin"]),
        line(Related).max_words(24).phrases(&["ilgili haber", "bu haberi de okuyun", "şunu da okuyun"]),
        outlet(Donation).phrases(&["okur destekli", "bağımsız bir yayın"]),
        label_any().phrases(&["ayarlar", "belki daha sonra", "belki sonra"]),
        ask(Donation).phrases(&["bağışla destek ol", "bağış yaparak destek", "okur desteğiyle ayakta"]),
        ask(Subscription).phrases(&["hemen abone ol", "abone olmak için tıklayın"]),
        ask(Newsletter).phrases(&["e-bültene abone ol", "bültenimize kaydolun", "bültenimize kaydol"]),
        ask(App).phrases(&["uygulamamızı hemen indirin", "mobil uygulamamızı indirin"]),
        ask(Social).phrases(&["sosyal medya hesaplarımızı takip", "bizi sosyal medyada takip"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["okurlarımızın desteğiyle", "okurlarımızın katkısıyla", "her miktar"]),
        ask(Membership).phrases(&["destekçi üye olarak"]),
        ask(Subscription).phrases(&["abonelerimize katılın", "sınırsız erişin"]),
        ask(Paywall).weight(3.5).phrases(&["bu içerik kilitli"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["hesabınız var mı"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["bu web sitesi çerezleri kullanır", "bu site çerezleri kullanır", "sitemiz çerezleri kullanır"]),
        line(Credit).max_words(10).phrases(&["metin ve fotoğraf:"]),
        line(Related).max_words(8).phrases(&["daha fazla haber"]),
        label_any().phrases(&["anladım", "tamam"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["sen de katıl", "siz de katılın", "tutar seç"]),
        cue(Donation).weight(2.0).phrases(&["bizi destekleyen", "bizi destekleyen okur"]),
        ask(Subscription).phrases(&["abonelik hediye edin", "abonelik hediye et", "hediye abonelik"]),
        ask(Social).phrases(&["bir arkadaşına gönder", "arkadaşlarınla paylaş"]),
        line(Other).max_words(25).phrases(&["bir ihbarınız mı var", "haber ihbarı"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["yazar hakkında", "yazarın diğer yazıları", "yazarın tüm yazıları", "yazarın diğer makaleleri"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["içeriğe geç"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["yorum yap", "yorum yaz", "yorum ekle", "yorumları göster", "yorumlar kapalı", "okur yorumları", "yorumları gör"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["yorumlar"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["yorumlar"]),
        ask(Other).part(Comments).phrases(&["yorum yazabilmek için", "yorumlar denetlenmektedir", "yorum kuralları"]),
        ask(Other).part(Disclaimer).phrases(&["yazarın kendi görüşleri", "yazarına aittir", "yazara aittir", "yayın politikasını yansıtmayabilir"]),
        cue(Other).part(Disclaimer).phrases(&["yazarın kişisel görüşü", "görüşlerini yansıtmayabilir"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["sonraki sayfa", "önceki sayfa", "hata bildir", "haber ihbar"]),
        ask(Other).part(Navigation).phrases(&["site en iyi", "tarayıcınız güncel değil", "javascript'i etkinleştirin"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "ilgini çekebilir", "bunlar da ilgini çekebilir", "şunlar da ilginizi çekebilir", "bu da ilginizi çekebilir",
            "bunu da okuyun", "bunu da oku", "bunları da okuyun", "önceki haber", "sonraki haber", "önceki yazı",
            "sonraki yazı", "önceki makale", "sonraki makale",
        ]),
        line(Related).max_words(8).phrases(&[
            "ilginizi çekebilecek haberler", "konuyla ilgili haberler", "bu konuyla ilgili diğer haberler",
        ]),
        line(Related).max_words(6).phrases(&[
            "benzer haberler", "ilgili içerikler", "ilgili yazılar", "önerilen haberler", "sizin için seçtiklerimiz",
            "editörün seçtikleri", "editörün seçimi", "son haberler", "en son haberler", "güncel haberler",
            "popüler haberler", "en çok okunan", "çok okunan haberler", "en çok izlenenler", "en çok paylaşılanlar",
            "en çok yorumlananlar",
        ]),
        line(Related).max_words(4).phrases(&["kaçırmayın"]),
        label(Related).phrases(&[
            "devamını oku", "devamını okuyun", "benzer haberler", "ilgili içerikler", "önerilen haberler",
            "sizin için seçtiklerimiz", "editörün seçtikleri", "editörün seçimi", "son haberler", "güncel haberler",
            "popüler haberler", "en çok okunan", "diğer haberler", "daha fazla haber", "kaçırmayın",
            "ilginizi çekebilecek haberler",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "bir cihazda depolamak ve/veya", "reklam seçmek için sınırlı veri kullanmak",
            "kişiselleştirilmiş reklam için profiller oluşturmak",
            "içeriği kişiselleştirmek için profiller oluşturmak", "kesin coğrafi konum verilerini kullanmak",
            "aktif olarak talep edilen bilgilere dayanarak cihazları belirlemek", "reklam ve içerik ölçümü",
            "hedef kitle araştırması ve hizmetlerin geliştirilmesi", "cihaz tarama vasıtası ile kimlik belirleme",
        ]),
        label_any().phrases(&[
            "tümünü reddet", "seçenekleri yönet", "seçimleri onayla", "onaylıyorum", "kabul ediyorum",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "bu yayın avrupa birliği", "bu yayın, avrupa birliği", "bu içerik avrupa birliği",
            "bu içerik, avrupa birliği", "bu haber dizisi", "yazı dizimizin", "haber dizimizin",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["ayrıca bakınız", "ayrıca bakın", "ilgili:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["benzer yazılar", "benzer içerikler", "son yazılar", "popüler yazılar", "öne çıkanlar", "bunları da beğenebilirsiniz"]),
        header(Donation).max_words(12).phrases(&["bu makaleyi beğendiniz mi", "bu içeriği beğendiniz mi", "bu yazı faydalı oldu mu", "bu makale yardımcı oldu mu", "bu haberi beğendin mi", "bu yazıyı beğendin mi"]),
        label(Social).phrases(&["bunu paylaş", "bunu beğen", "paylaşın", "facebook'ta paylaş"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["haberi dinle", "makaleyi dinle", "sesli dinle", "haberi dinleyin"]),
        chrome(Other).max_words(5).phrases(&["bu haberi dinle", "haberi sesli dinle", "bu haberi dinleyin"]),
        chrome(Social).max_words(4).phrases(&["youtube'da izle", "youtube’da izle"]),
        chrome(Social).max_words(6).phrases(&["bu gönderiyi instagram'da gör", "bu gönderiyi instagram’da gör"]),
        chrome(Social).max_words(15).phrases(&["♬ orijinal ses"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["yorum gönder", "yorumları gizle"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["bir yanıt yazın", "yanıtı iptal et", "henüz yorum yapılmamış"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["ilk yorumu sen yap"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["ilk yorum yapan siz olun"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["yorum yapabilmek için oturum açmalısınız", "yorum yapmak için giriş yapın"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["e-posta adresiniz yayınlanmayacak", "e-posta hesabınız yayımlanmayacak"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["daha sonraki yorumlarımda kullanılması için"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["hata bildirin"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["yazım hatası bildir"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        chrome(Other).at(Any).max_words(4).phrases(&["dk. okuma"]),
        line(Other).max_words(45).phrases(&["bu yazı dizisi", "bu haber serisi"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ücretsiz haber", "ücretsiz içerik", "ücretsiz makaleniz", "ücretsiz haberiniz", "ücretsiz içeriğiniz", "ücretsiz okuma hakkı", "ücretsiz okuma hakkınız", "ücretsiz haber hakkınız kaldı", "ücretsiz makale hakkınız kaldı", "okuma hakkınız kaldı", "haber hakkınız kaldı"]),
        ask(Paywall).max_words(30).phrases(&["bu son ücretsiz makaleniz", "bu son ücretsiz haberiniz", "son ücretsiz makaleniz", "son ücretsiz haberiniz", "ücretsiz makale limitinize ulaştınız", "ücretsiz haber limitinize ulaştınız", "ücretsiz içerik limitinize ulaştınız", "ücretsiz okuma limitinize ulaştınız", "ücretsiz okuma hakkınızı doldurdunuz", "ücretsiz okuma hakkınız doldu", "tüm ücretsiz makalelerinizi okudunuz"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["haberin devamı abonelere özel", "makalenin devamı abonelere özel", "abonelere özel içerik", "haberin devamını okumak için", "yazının devamını okumak için", "haberin tamamını okumak için", "devamını okumak için abone olun"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["haberin devamı", "haberin devamı reklamdan sonra", "haberin devamı aşağıda", "haberin devamı reklamın altında", "haberin devamı için kaydırın", "yazının devamı", "yazının devamı reklamdan sonra", "makalenin devamı reklamdan sonra", "devamı reklamdan sonra", "içerik reklamdan sonra devam ediyor", "reklamdan sonra devam ediyor"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["sponsorlu içerik", "sponsorlu haber", "reklam içeriği", "tanıtım içeriği", "ücretli iş birliği", "ücretli ortaklık", "işbirliği ile"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["bu yazı satış ortaklığı bağlantıları içerir", "bu içerik ortaklık bağlantıları içerir", "bu makale bağlı ortaklık bağlantıları içerir", "bu bağlantılar üzerinden yapılan alışverişlerden", "amazon ortağı olarak"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["her hakkı saklıdır", "izinsiz kullanılamaz", "kaynak gösterilmeden kullanılamaz", "izinsiz ve kaynak gösterilmeden kullanılamaz", "kaynak gösterilmeden alıntı yapılamaz", "iktibas edilemez", "izin alınmadan kullanılamaz", "bu haberin tüm hakları"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["e-bültene abone olun"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["uygulamayı şimdi indir"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["yorumunuzu yazın", "tüm yorumlar", "yorumlar kapatılmıştır"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["arşiv fotoğrafı", "temsili fotoğraf", "temsili görsel", "temsili resim", "ekran görüntüsü", "özel arşiv", "kişisel arşiv", "arşiv görüntüsü"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["videoyu oynat", "yeniden oynat", "video oynatıcısı", "ses oynatıcısı", "ses oynatıcı"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["etkileşim penceresinin sonu"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["bu bir etkileşim penceresidir", "videoyu izlemek için tıklayın"]),
        chrome(Social).part(Player).weight(2.5).at(Any).max_words(12).phrases(&["paylaştığı bir gönderi"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["etiketler", "etiket", "anahtar kelimeler"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["hesap sahibi", "hesap adı", "hesap no", "hesap numarası", "alıcı adı", "banka adı", "şube kodu", "şube adı"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["kayıt ol", "bültene abone ol", "e-bültene kaydol", "e-posta adresin", "e-posta adresinizi girin", "e-posta adresinizi giriniz", "e-posta adresini gir"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["kaydol"]),
        label(Subscription).phrases(&["şimdi abone olun", "teklifleri gör", "paketleri incele", "paketini seç", "abonelik paketleri", "ücretsiz dene", "ücretsiz denemeyi başlat", "zaten abone misiniz? giriş yapın", "zaten üye misin? giriş yap", "premium'a geç"]),
        label(App).phrases(&["uygulamayı indir", "app store'dan indirin", "app store'dan indir", "google play'den alın", "google play'den indirin", "hemen indir"]),
        label(Donation).phrases(&["şimdi bağış yap", "destekçi ol", "tek seferlik destek", "başka bir tutar", "diğer tutar"]),
        label(Social).phrases(&["bağlantıyı kopyala", "linki kopyala", "bağlantı kopyalandı", "link kopyalandı", "whatsapp'ta paylaş", "x'te paylaş", "e-posta ile gönder"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["kayıt olarak, kullanım koşullarını", "istediğiniz zaman abonelikten çıkabilirsiniz", "e-posta adresinizi kimseyle paylaşmayacağız", "kişisel verilerimin işlenmesine", "aydınlatma metnini okudum", "ticari elektronik ileti almayı kabul ediyorum", "bu site recaptcha tarafından korunmaktadır", "onay için e-posta kutunuzu kontrol edin", "abone olarak kullanım koşullarını"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["hiçbir gelişmeyi kaçırmak istemiyor musunuz", "gelişmelerden haberdar olmak ister misiniz", "daha fazlasını okumak ister misiniz", "haberi beğendiniz mi", "bu içerik işinize yaradı mı", "bu haber faydalı oldu mu", "gündemi kaçırmak istemiyor musunuz"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["ekledi", "vurguladı", "kaydetti", "dile getirdi", "diye konuştu", "şeklinde konuştu", "ifadelerini kullandı", "duyurdu", "doğruladı", "iddia etti", "öne sürdü", "yalanladı", "reddetti", "itiraf etti", "uyardı", "hatırlattı", "yanıt verdi", "yanıtladı", "sordu", "yazdı", "bildirdi", "aktardı", "anlattı", "dikkat çekti", "altını çizdi", "yaptığı açıklamada", "muhabirine", "gazetecilere", "açıklamasında", "belirterek", "vurgulayarak", "diyor", "söylüyor", "ifade ediyor", "belirtiyor", "söylediler"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["galeri", "büyüt", "fotoğraflar"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["foto galeri", "fotoğraf galerisi", "sonraki fotoğraf", "önceki fotoğraf", "tüm fotoğraflar", "tam ekran", "galeriyi kapat", "galeriyi aç"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["tüm fotoğrafları gör"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["canlı", "yenile", "güncellendi"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["canlı yayın", "canlı izle", "canlı anlatım", "canlı blog"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["canlı yayını izle", "daha fazla yükle"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["kaydet", "kaydedildi"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["yazı boyutu", "yazıyı büyüt", "yazıyı küçült"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["oynat", "duraklat", "dinle", "altyazılar"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["videoyu izle", "sesi kapat", "sesi aç", "otomatik oynatma", "oynatma hızı", "video yükleniyor"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["bu haber işinize yaradı mı", "bu içerik faydalı oldu mu", "yaptığımız işi önemsiyor musunuz"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["okuduğunuz için teşekkürler", "okuduğun için teşekkürler", "okuduğunuz için teşekkür ederiz", "sonuna kadar okuduğunuz için teşekkürler", "buraya kadar okuduğunuz için teşekkür ederiz", "buraya kadar okuduysanız"]),
        cue(Donation).weight(2.0).phrases(&["desteğin iki katına çıkacak"]),
        cue(Subscription).phrases(&["e-gazeteyi oku", "e-gazete aboneliği", "basılı gazete", "dijital gazete", "gazete kapınıza gelsin"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["izin ver şimdi değil", "şimdi değil izin ver", "izin ver engelle", "engelle izin ver", "izin ver daha sonra", "daha sonra izin ver", "izin ver iptal", "iptal izin ver"]),
        cue(App).phrases(&["bildirimleri aç", "anlık bildirim*", "bildirim almak"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["destek oluyorum", "destek olmak istiyorum", "bağış yapmak istiyorum", "bağış yapıyorum", "zaten destekçiyim", "zaten destek oluyorum"]),
        label(Membership).phrases(&["üye olmak istiyorum", "zaten üyeyim", "ben de varım"]),
        label(Subscription).phrases(&["abone olmak istiyorum", "zaten aboneyim", "aboneyim"]),
        label(Newsletter).phrases(&["bülteni almak istiyorum"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ayrıca okuyun:", "ayrıca oku:", "ayrıca bakınız:", "ayrıca bakın:", "bunu da okuyun:", "bunu da oku:", "bunu da izleyin:", "bunlar da ilginizi çekebilir:", "ilginizi çekebilir:", "ilginizi çekebilecek haberler:", "ilgili haberler:", "ilgili haber:", "benzer haberler:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["canlı dinle", "canlı radyo", "canlı tv"]),
        ask(Social).max_words(30).phrases(&["whatsapp kanalımıza", "telegram kanalımıza", "whatsapp kanalımızı takip", "kanalımıza katılın", "kanalımızı takip edin"]),
        label(Social).phrases(&["kanala katıl", "takip et"]),
        line(Subscription).max_words(10).phrases(&["günün e-gazetesi", "e-gazeteyi okumak için"]),
        label(Subscription).phrases(&["e-gazete", "egazete", "e-gazete oku"]),
        ask(Other).part(Comments).max_words(60).phrases(&["hakaret içeren yorumlar onaylanmamaktadır", "hakaret içeren yorumlar yayınlanmaz", "yorumunuz onaylandıktan sonra yayınlanacaktır", "yorumlar onaylandıktan sonra yayınlanır", "sitemizin görüşlerini yansıtmamaktadır", "gazetemizin görüşlerini yansıtmaz"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["haberiniz mi var", "haber ihbar hattı", "haberlerinizi gönderin", "haberinizi gönderin", "haber ve ihbarlarınız için", "fotoğraf ve videolarınızı gönderin", "sen de muhabir ol", "muhabirimiz olun"]),
        label(Other).phrases(&["haber gönder", "haberini gönder", "haberinizi gönderin"]),
        ask(Ad).max_words(35).phrases(&["favorinize oy verin", "çekilişe katılın", "yarışmamıza katılın", "bilet kazanın"]),
        label(Ad).phrases(&["bilet al", "bilet satın al", "hemen bilet al", "hemen kayıt ol"]),
        ask(Ad).max_words(35).phrases(&["muhabir arıyoruz", "muhabir alınacaktır", "gazetemizde çalışacak", "ekibimize katılın"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ile işaretlenmişlerdir", "bir sonraki yorumumda kullanılması için", "yorumunuz onay bekliyor", "yorum yapabilmek için giriş yapmalısınız", "e-posta adresiniz yayınlanmayacak"]),
        label(Other).part(Comments).phrases(&["yorumu gönder", "tüm yorumları gör", "yorumları oku"]),
    ],
    we: &["biz", "bizim", "bize", "bizi"],
    // "sen" is the senator of English news and "size" an English word: left out.
    you: &["senin", "sana", "seni", "siz", "sizin", "sizi"],
};
