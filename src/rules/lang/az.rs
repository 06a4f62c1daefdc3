//! Azerbaijani, in the Latin script (ə, ı, ğ, ş, ç, ö, ü). The Turkish pack comes first in
//! `ALL` and holds the words the two languages spell alike ("reklam", "paylaş", "biz",
//! "siz"): this pack's phrases are Azerbaijani forms ("dəstək", "abunə", "ianə", "kuki").
//! A capital "İ" keeps its case in the folded text (its lower case is longer), so a phrase
//! never begins with a word that a sentence opens with "İ".
//!
//! News shares the vocabulary: "bülleten" is also the ballot paper ("seçki bülleteni"),
//! "oxumaq" is also to study ("oxumağa davam etmək üçün təqaüd"), "tətbiq" also the
//! application of a law, "üzv olmaq" a country joining NATO or the EU, and a quoted speaker
//! says "bizi dəstəkləyin" (farmers, a candidate). The imperatives open only a short block;
//! anywhere only forms no report holds ("ianə məbləğini seçin", "e-poçt ünvanınızı daxil
//! edin", "kukilərdən istifadə edirik").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "az",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["oxuma müddəti", "dəqiqəlik oxu", "dəqiqə oxunur"]),
        header(Donation).max_words(14).phrases(&[
            "bizi dəstəkləyin", "bizə dəstək olun", "müstəqil jurnalistikanı dəstəkləyin", "müstəqil medianı dəstəkləyin",
            "sizin dəstəyinizə ehtiyacımız var",
        ]),
        // "Getməzdən əvvəl" is also "before leaving for ...": a header of a few words only.
        header(Donation).max_words(4).phrases(&["getməzdən əvvəl", "getmədən öncə"]),
        ask(Donation).weight(3.5).phrases(&[
            "ianə məbləğini seçin", "dəstək məbləğini seçin", "məbləği özünüz seçin",
            "redaksiyamızı maddi cəhətdən dəstəkləyin",
        ]),
        // A quoted speaker says these too (farmers shouting "Bizi dəstəkləyin!", a charity's
        // "hər bir ianə vacibdir"): a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "bizi dəstəklə", "bizə dəstək ol", "ianə edin", "ianə et", "indi dəstək olun", "indi dəstək ol",
            "işimizi dəstəkləyin", "redaksiyamızı dəstəkləyin", "dəstəkçimiz olun", "dəstəkçimiz ol",
            "dəstəyinizə ehtiyacımız var", "hər bir ianə vacibdir", "hər bir dəstək vacibdir", "jurnalistikamızı dəstəkləyin",
            "müstəqil jurnalistikaya dəstək olun", "müstəqil mediaya dəstək olun",
        ]),
        cue(Donation).phrases(&[
            "sizin dəstəyiniz", "dəstəyinizlə", "sizin sayənizdə", "müstəqil jurnalistika", "aylıq dəstək", "birdəfəlik dəstək",
            "aylıq ianə", "birdəfəlik ianə", "ianə məbləği",
        ]),
        cue(Donation).weight(0.5).phrases(&["ianə*", "dəstəkçi*", "dəstək ol*"]),
        salutation(Donation).max_words(6).phrases(&[
            "əziz oxucular", "hörmətli oxucular", "əziz oxucu", "hörmətli oxucu", "dəyərli oxucular", "əziz oxucularımız",
            "hörmətli oxucularımız",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "bu yazını bəyəndiniz", "bu məqaləni bəyəndiniz", "yazı xoşunuza gəldi", "bu xəbəri bəyəndiniz",
            "bu yazını bəyəndin", "yazı xoşuna gəldi",
        ]),
        // "Üzv olun" is also a minister's call to join a union or a country joining NATO.
        ask(Membership).phrases(&["üzvümüz olun", "icmamıza qoşulun", "klubumuza qoşulun"]),
        ask(Membership).at(Start).max_words(8).phrases(&["üzvümüz ol", "icmamıza qoşul", "üzv olun"]),
        cue(Membership).weight(0.5).phrases(&["üzvlük*"]),
        ask(Subscription).phrases(&[
            "artıq abunəçisiniz", "artıq abunəsiniz", "abunəliyinizi istənilən vaxt ləğv edə bilərsiniz",
            "istənilən vaxt ləğv edə bilərsiniz", "abunə planını seçin",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["abunə olun", "abunə ol", "indi abunə olun"]),
        cue(Subscription).phrases(&["rəqəmsal abunə", "ilk ay pulsuz", "limitsiz giriş", "abunə planı"]),
        cue(Subscription).weight(0.5).phrases(&["abunəlik*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "məqaləni oxumağa davam etmək üçün", "yazını oxumağa davam etmək üçün", "məqalənin davamını oxumaq üçün",
            "bu məqalə yalnız abunəçilər üçündür", "bu material yalnız abunəçilər üçündür", "pulsuz məqalə limitiniz",
            "pulsuz məqalələriniz bitdi", "davamını oxumaq üçün daxil olun",
        ]),
        // "oxumaq" is also to study: "Tələbələr oxumağa davam etmək üçün təqaüd alacaq".
        ask(Paywall).at(Start).max_words(20).phrases(&["oxumağa davam etmək üçün", "davamını oxumaq üçün"]),
        cue(Paywall).phrases(&["yalnız abunəçilər üçün"]),
        ask(Newsletter).phrases(&[
            "bülletenimizə abunə olun", "bülletenimizə yazılın", "e-poçt qutunuza göndəririk",
            "e-poçt qutunuza göndərəcəyik", "poçt qutunuza göndəririk", "abunəlikdən istənilən vaxt çıxa bilərsiniz", "qeydiyyatınız üçün təşəkkür edirik",
            "gündəlik bülletenimiz",
        ]),
        ask(Newsletter).at(Start).max_words(12).phrases(&["xəbərlərə abunə olun", "bülletenə abunə olun"]),
        // The police warn "şikayətinizi e-poçt qutunuza gələn linklə göndərməyin".
        ask(Newsletter).at(Start).max_words(40).phrases(&["e-poçt ünvanınızı daxil edin", "e-poçtunuzu daxil edin"]),
        // "bülleten" is also the ballot paper: only "our" newsletter is a cue.
        cue(Newsletter).phrases(&["bülletenimiz", "bülletenimizə", "e-poçt ünvanınız", "məxfilik siyasəti"]),
        ask(App).phrases(&[
            "tətbiqimizi yükləyin", "mobil tətbiqimizi yükləyin", "tətbiqimizi endirin", "proqramımızı yükləyin",
        ]),
        ask(App).at(Start).max_words(8).phrases(&["tətbiqi yükləyin", "mobil tətbiqi yükləyin"]),
        cue(App).phrases(&["mobil tətbiqimiz", "tətbiqimizdə"]),
        ask(Cookie).phrases(&["kuki parametrləri", "bütün kukiləri qəbul et", "kuki siyasətimiz"]),
        // Quoted and reported too ("direktor: bu sayt kukilərdən istifadə edir yazısı..."): a
        // block's start only, where a banner's text begins.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "kukilərdən istifadə edirik", "cookie fayllarından istifadə edirik", "bu sayt kukilərdən istifadə edir",
            "bu sayt cookie fayllarından istifadə edir", "çərəzlərdən istifadə edirik", "biz kukilərdən istifadə edirik",
            "saytımız kukilərdən istifadə edir",
        ]),
        cue(Cookie).phrases(&["kukilərdən istifadə", "kuki faylları"]),
        ask(Social).phrases(&[
            "bizi facebook-da izləyin", "bizi instagram-da izləyin", "telegram kanalımıza qoşulun",
            "youtube kanalımıza abunə olun", "sosial şəbəkələrdə bizi izləyin", "link kopyalandı",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["bizi izləyin", "bu xəbəri paylaşın", "xəbəri paylaşın"]),
        label(Ad).phrases(&["reklam", "sponsor materialı", "tərəfdaş materialı", "reklam xarakterli"]),
        line(Related).max_words(24).phrases(&[
            "oxşar xəbərlər", "əlaqəli xəbərlər", "bunu da oxuyun", "həmçinin oxuyun:", "sizə maraqlı ola bilər",
            "ən çox oxunanlar:", "digər xəbərlər:", "son xəbərlər:", "mövzu ilə bağlı:",
        ]),
        line(Related).max_words(3).phrases(&["ən çox oxunanlar", "digər xəbərlər", "son xəbərlər"]),
        label(Related).phrases(&["mövzu ilə bağlı", "bu mövzuda", "xəbər lenti", "həmçinin oxuyun", "ən çox oxunan"]),
        ask(Credit).max_words(40).phrases(&[
            "redaksiyanın mövqeyini əks etdirməyə bilər",
            "redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər", "müəllifin şəxsi fikridir",
        ]),
        // "Məqalə ilk dəfə 1995-ci ildə jurnalda dərc olunub" is a book's history too.
        ask(Credit).at(Start).max_words(40).phrases(&["bu məqalə ilk dəfə", "bu yazı ilk dəfə", "məqalə ilk dəfə saytında"]),
        cue(Credit).phrases(&["ilk dəfə dərc olunub"]),
        line(Credit).max_words(10).phrases(&["müəllif:", "tərcümə:", "tərcümə edən:", "redaktor:"]),
        chrome(Other).max_words(10).phrases(&["bütün hüquqlar qorunur",]),
        label(Other).phrases(&["şərhlər", "şərh yaz"]),
        label_any().phrases(&[
            "bağla", "indi yox", "xeyr, təşəkkürlər", "sonra xatırlat", "qəbul et", "qəbul edirəm", "imtina et",
            "rədd et", "davam et", "çap et", "dəstək ol", "abunə ol", "daxil ol", "qeydiyyat", "birdəfəlik", "aylıq",
            "illik", "digər məbləğ", "ətraflı", "daha çox oxu", "linki kopyala", "başa düşdüm", "hamısını qəbul et",
            "hamısını rədd et", "parametrlər", "bizi dəstəklə", "ianə et",
        ]),
        outlet(Donation).phrases(&[
            "müstəqil media", "müstəqil mətbuat", "qeyri-kommersiya", "oxucuların dəstəyi ilə",
            "oxucular tərəfindən maliyyələşdirilir", "hamı üçün pulsuz", "ödəniş divarı olmadan",
        ]),
        notice().phrases(&["yenilənib:", "düzəliş:"]),
        body().phrases(&["deyib", "bildirib", "qeyd edib", "vurğulayıb", "açıqlayıb", "əlavə edib"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["müəllif haqqında", "müəllifin digər yazıları", "müəllifin bütün yazıları"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["müəllif jurnalistdir"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["məzmuna keç", "əsas məzmuna keç"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["şərh yaz", "şərh əlavə et", "rəy bildir", "şərhlərə bax", "oxucu şərhləri"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["şərhlər"]),
        ask(Other).part(Comments).phrases(&["şərh yazmaq üçün", "şərhlər moderasiya olunur", "şərh qaydaları"]),
        ask(Other).part(Disclaimer).phrases(&["müəllifin şəxsi fikri", "redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər", "redaksiyanın mövqeyini əks etdirməyə bilər"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["növbəti səhifə", "əvvəlki səhifə", "xəta barədə məlumat ver"]),
        ask(Other).part(Navigation).phrases(&["brauzeriniz köhnədir"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "material medianın inkişafı agentliyinin", "bu material medianın inkişafı",
            "layihə medianın inkişafı agentliyinin", "məqalə medianın inkişafı agentliyinin",
            "bu məqalə medianın inkişafı",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["həmçinin oxuyun", "həmçinin baxın", "əlaqəli:", "ətraflı:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["oxşar yazılar", "əlaqəli yazılar", "əlaqəli məqalələr", "oxşar məqalələr", "ən çox oxunan xəbərlər", "ən çox baxılan", "ən son xəbərlər", "redaktorun seçimi"]),
        header(Donation).max_words(12).phrases(&["məqalə xoşunuza gəldi", "bu məqalə xoşunuza gəldi"]),
        label(Social).phrases(&["paylaş", "paylaşın", "bunu paylaş", "məqaləni paylaşın", "bizi sosial şəbəkələrdə izləyin"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["xəbəri dinlə", "məqaləni dinlə"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["şərh göndər"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["cavabı ləğv et"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["e-poçt ünvanınız dərc edilməyəcək"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["səhv tapdınız", "xəta tapdınız", "mətndə səhv tapdınız"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["pulsuz məqalə", "pulsuz məqaləniz", "pulsuz məqalələr", "pulsuz xəbər", "pulsuz məqalə qalıb", "məqalə qalıb", "pulsuz oxuma hüququ"]),
        ask(Paywall).max_words(30).phrases(&["bu sizin son pulsuz məqalənizdir", "son pulsuz məqaləniz", "pulsuz məqalə limitinə çatdınız", "bütün pulsuz məqalələri oxudunuz"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["məqalənin davamı abunəçilər üçündür", "məqalənin tam mətnini oxumaq üçün"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["xəbərin davamı reklamdan sonra", "məqalənin davamı reklamdan sonra", "yazının davamı reklamdan sonra", "davamı reklamdan sonra", "xəbərin davamı aşağıda", "davamı aşağıda"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["sponsorlu məzmun", "sponsor məzmunu", "ödənişli məzmun", "tərəfdaş məzmunu", "reklam məqsədli", "reklam yazısı", "reklam hüququnda"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["bu məqalədə tərəfdaş keçidləri var", "komissiya ala bilərik"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["müəllif hüquqları qorunur", "istinad mütləqdir", "istinad edilməsi vacibdir", "materiallardan istifadə zamanı", "hiperlink mütləqdir"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["yeniliklərə abunə olun"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["şərh yazın", "şərh bildir", "şərhləri göstər", "şərhlər bağlıdır", "fikrinizi bildirin"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["arxiv foto", "arxiv fotosu", "arxiv şəkli", "illüstrativ foto", "illüstrativ şəkil", "sosial şəbəkədən"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["videonu oynat", "yenidən oynat"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["bu modal pəncərəsidir", "dialoq pəncərəsinin sonu"]),
        label(Other).part(Player).weight(2.5).phrases(&["videopleyer", "audiopleyer"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["teqlər", "teqler", "etiketlər", "açar sözlər"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["hesab nömrəsi", "hesab sahibi", "hesablaşma hesabı", "müxbir hesab", "bank rekvizitləri", "ödənişin təyinatı"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["qeydiyyatdan keç", "qeydiyyatdan keçin", "e-mail ünvanınız", "e-mail ünvanınızı daxil edin", "xəbər bülleteninə abunə ol"]),
        label(Subscription).phrases(&["indi abunə ol", "təklifləri gör", "təkliflərə baxın", "pulsuz sınaq", "pulsuz sınağa başla", "üzv ol", "daxil olun", "artıq abunəçisiniz? daxil olun", "paketi seçin", "abunəliyi rəsmiləşdir"]),
        label(App).phrases(&["tətbiqi yüklə", "app store-dan yükləyin", "app store-dan endirin", "google play-dən əldə edin", "google play-dən yükləyin", "indi yüklə", "tətbiqi quraşdırın"]),
        label(Donation).phrases(&["indi ianə edin", "məbləği seçin", "hər ay dəstək ol", "dəstək olun", "başqa məbləğ", "məbləği daxil edin"]),
        label(Social).phrases(&["keçidi kopyala", "keçid kopyalandı", "facebook-da paylaş", "whatsapp-da paylaş", "x-də paylaş", "e-poçtla göndər", "məqaləni paylaş"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["abunə olmaqla siz", "abunə olmaqla, siz razılaşırsınız", "qeydiyyatdan keçməklə siz", "istənilən vaxt abunəlikdən çıxa bilərsiniz", "e-poçt ünvanınızı heç kimlə paylaşmırıq", "məxfilik siyasəti ilə razıyam", "şəxsi məlumatlarımın emalına razıyam", "bu sayt recaptcha ilə qorunur", "təsdiq üçün poçt qutunuzu yoxlayın"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["məqaləni bəyəndiniz", "heç nəyi qaçırmaq istəmirsiniz", "daha çox oxumaq istəyirsiniz", "belə xəbərlər daha çox istəyirsiniz"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["qeyd etdi", "vurğuladı", "açıqladı", "əlavə etdi", "söylədi", "deyə bildirib", "məlumat verib", "məlumat verdi", "açıqlama verib", "xəbər verir", "bildirir", "qeyd edir", "deyir", "hesab edir", "diqqətə çatdırıb", "xatırladıb", "xəbərdarlıq edib", "təsdiqləyib", "təkzib edib", "etiraf edib", "iddia edib", "cavab verib", "soruşub", "yazıb", "elan edib", "sözlərinə görə", "məlumatına görə", "müsahibəsində", "jurnalistlərə", "açıqlamasında", "ifadə edib", "bəyan edib", "bildiriblər", "deyiblər"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotoqalereya", "qalereya"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["foto qalereya", "növbəti şəkil", "əvvəlki şəkil", "tam ekran", "bütün şəkillər", "qalereyanı bağla"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["canlı", "yenilə"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["canlı yayım", "canlı izlə"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["daha çox yüklə"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["yadda saxla", "şrift ölçüsü"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["e-poçt ilə göndər"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["dinlə", "altyazılar"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["videoya baxın", "videonu izlə", "səsi söndür", "səsi aç"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["bu yazını bəyəndinizmi", "bu yazı sizə faydalı oldu", "işimizi dəyərli hesab edirsiniz"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["oxuduğunuz üçün təşəkkür edirik", "oxuduğunuz üçün təşəkkürlər", "sona qədər oxuduğunuz üçün təşəkkür edirik", "bu yazını sona qədər oxudunuz"]),
        cue(Donation).weight(2.0).phrases(&["ianəniz ikiqat artırılacaq"]),
        cue(Donation).weight(2.0).phrases(&["istənilən məbləğ kömək edir", "kiçik məbləğ belə", "hər bir töhfə dəyərlidir"]),
        cue(Subscription).phrases(&["qəzetin elektron versiyası", "qəzetin pdf versiyası", "elektron qəzet", "çap versiyası"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["dəstək oluram", "dəstək olmaq istəyirəm", "ianə etmək istəyirəm"]),
        label(Membership).phrases(&["üzv olmaq istəyirəm", "artıq üzvəm", "qoşuluram"]),
        label(Subscription).phrases(&["abunə olmaq istəyirəm", "abunə oluram", "artıq abunəçiyəm"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["həmçinin oxu:", "oxu həmçinin:", "həmçinin baxın:", "bunu da oxuyun:", "bunu da oxu:", "əlaqəli xəbərlər:", "oxşar xəbərlər:", "bu da maraqlı ola bilər:", "sizə maraqlı ola bilər:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["canlı izləyin", "canlı dinləyin", "canlı yayımı izləyin", "radionu canlı dinləyin"]),
        ask(Social).max_words(30).phrases(&["whatsapp kanalımıza qoşulun", "whatsapp kanalımıza abunə olun", "telegram kanalımıza abunə olun", "bizi whatsapp-da izləyin", "bizi telegram-da izləyin", "bizi telegramda izləyin"]),
        label(Social).phrases(&["kanala qoşul", "kanala qoşulun"]),
        line(Subscription).max_words(10).phrases(&["bugünkü qəzeti oxuyun", "elektron qəzeti oxuyun", "qəzetin bugünkü sayı"]),
        label(Subscription).phrases(&["elektron qəzet", "e-qəzet"]),
        ask(Other).part(Comments).max_words(60).phrases(&["təhqiramiz şərhlər silinəcək", "şərhlər müəlliflərinin fikirlərini əks etdirir", "yalnız qeydiyyatdan keçmiş istifadəçilər şərh yaza bilər"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["xəbərinizi bizə göndərin", "bizə xəbər göndərin", "foto və videolarınızı göndərin", "redaksiya ilə əlaqə saxlayın", "redaksiyaya yazın"]),
        label(Other).phrases(&["xəbər göndər", "redaksiyaya yaz"]),
        ask(Ad).max_words(35).phrases(&["sevimlinizə səs verin"]),
        label(Ad).phrases(&["bilet al", "səs ver"]),
        ask(Ad).max_words(35).phrases(&["komandamıza qoşulun", "jurnalist axtarırıq", "müxbir axtarırıq"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["e-poçt ünvanınız dərc edilməyəcək", "şərhiniz moderasiyanı gözləyir"]),
        label(Other).part(Comments).phrases(&["bir cavab yazın", "cavab yazın"]),
    ],
    // "biz", "bizim", "bizi", "siz", "sizin", "sizi" are the Turkish pack's too: the
    // Azerbaijani forms stand here (the Turkish rows read the shared ones).
    we: &["bizə", "bizimlə", "bizdən", "özümüz"],
    you: &["sən", "sənin", "səni", "sənə", "sizə", "sizinlə", "sizdən", "özünüz"],
};
