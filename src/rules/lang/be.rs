//! Belarusian. Russian and Ukrainian share the script and many words: phrases are
//! Belarusian forms ("падтрымайце", "ахвяраванне", "падпісчыкаў", "выкарыстоўваем"), which
//! hold і, ў and the Belarusian vowels that a Russian or Ukrainian text does not.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "be",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "падтрымайце нас", "падтрымай нас", "падтрымайце незалежную журналістыку",
            "падтрымайце незалежныя медыя", "нам патрэбная ваша падтрымка", "нам патрэбна ваша падтрымка",
            "нам патрэбная твая падтрымка",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "зрабіце ахвяраванне", "зрабі ахвяраванне", "ваша ахвяраванне",
            "тваё ахвяраванне", "кожнае ахвяраванне важнае", "кожны рубель мае значэнне", "падтрымайце нас",
            "падтрымай нас", "падтрымайце нашу працу", "падтрымай нашу працу", "станьце мецэнатам", "стань мецэнатам",
            "падтрымаць зараз", "нам патрэбная ваша падтрымка",
            "падтрымайце незалежную журналістыку", "падтрымайце незалежныя медыя",
        ]),
        cue(Donation).phrases(&[
            "ваша падтрымка", "вашу падтрымку", "твая падтрымка", "тваю падтрымку", "з вашай падтрымкай",
            "незалежная журналістыка", "незалежнай журналістыкі", "нашу працу", "у месяц", "нумар рахунку",
        ]),
        cue(Donation).weight(0.5).phrases(&["ахвярава*", "мецэнат*"]),
        salutation(Donation).max_words(6).phrases(&[
            "дарагія чытачы", "паважаныя чытачы", "шаноўныя чытачы", "дарагі чытач", "дарагія чытачкі і чытачы",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "спадабаўся артыкул", "вам спадабаўся гэты тэкст", "вам падабаецца тое, што мы робім",
        ]),
        ask(Membership).phrases(&[
            "станьце сябрам клуба", "стань сябрам клуба", "далучайцеся да супольнасці", "далучайся да супольнасці",
            "станьце часткай супольнасці", "стань часткай супольнасці",
        ]),
        cue(Membership).phrases(&["клуб сяброў", "сябры клуба"]),
        ask(Subscription).phrases(&[
            "вы ўжо падпісчык", "у вас ужо ёсць падпіска", "адмяніць можна ў любы час",
            "аформіце падпіску", "афармляйце падпіску",
        ]),
        ask(Subscription).at(Start).max_words(4).phrases(&["падпішыцеся", "падпішыся"]),
        cue(Subscription).phrases(&["неабмежаваны доступ", "для падпісчыкаў"]),
        cue(Subscription).weight(0.5).phrases(&["падпіск*", "падпісчык*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "каб чытаць далей", "каб прачытаць цалкам", "працягнуць чытанне", "гэты матэрыял даступны толькі падпісчыкам",
            "увайдзіце, каб прачытаць", "прачытайце поўны тэкст",
        ]),
        ask(Newsletter).phrases(&[
            "падпішыцеся на рассылку", "падпішыцеся на нашу рассылку", "падпісацца на рассылку",
            "увядзіце email", "увядзіце электронную пошту",
            "адпісацца можна ў любы час", "дзякуй за падпіску", "пацвердзіце падпіску", "штотыднёвая рассылка",
        ]),
        cue(Newsletter).phrases(&["палітыка прыватнасці", "палітыкай прыватнасці", "рассылку навін"]),
        ask(App).phrases(&[
            "спампуйце наш дадатак",
            "усталюйце праграму", "усталюйце дадатак",
        ]),
        cue(App).phrases(&["наш дадатак", "нашым дадатку"]),
        ask(Cookie).phrases(&[
            "мы выкарыстоўваем файлы cookie", "мы выкарыстоўваем кукі", "гэты сайт выкарыстоўвае файлы cookie",
            "сайт выкарыстоўвае кукі", "налады cookie", "налады файлаў cookie",
        ]),
        cue(Cookie).phrases(&["выкарыстоўвае файлы cookie", "выкарыстоўвае кукі", "кукі"]),
        ask(Social).phrases(&[
            "падпісвайцеся на нас", "падпішыцеся на наш тэлеграм",
            "падпісвайцеся на наш тэлеграм", "падпішыцеся на наш telegram", "падпісвайцеся на наш telegram",
            "падзяліцеся артыкулам", "скапіяваць спасылку", "спасылка скапіявана",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["сачыце за намі", "сачы за намі"]),
        label(Ad).phrases(&["рэклама", "партнёрскі матэрыял", "на правах рэкламы", "спонсарскі матэрыял"]),
        line(Related).max_words(24).phrases(&[
            "чытайце таксама", "глядзіце таксама", "яшчэ па тэме", "самае чытанае:", "вас можа зацікавіць",
            "іншыя навіны:", "больш навін:", "рэкамендуем:", "навіны па тэме:", "чытайце таксама:",
        ]),
        label(Related).phrases(&[
            "чытайце таксама", "па тэме", "самае чытанае", "апошнія навіны", "рэкамендуем", "папулярнае",
            "галоўнае",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "артыкул упершыню апублікаваны", "тэкст упершыню апублікаваны",
        ]),
        line(Credit).max_words(10).phrases(&["фота:", "тэкст:", "аўтар:", "пераклад:", "ілюстрацыя:", "фота аўтара"]),
        chrome(Other).max_words(10).phrases(&["усе правы абаронены",]),
        label(Other).phrases(&["каментары", "каментаваць"]),
        label_any().phrases(&[
            "закрыць", "не зараз", "не, дзякуй", "пазней", "нагадаць пазней", "прыняць", "адхіліць", "прымаю",
            "прыняць усе", "адхіліць усе",
            "працягнуць", "падзяліцца", "друкаваць", "аднаразова", "штомесяц", "ахвяраваць", "падтрымаць",
            "падпісацца", "увайсці", "зарэгістравацца", "налады", "зразумела", "чытаць далей", "падрабязней",
            "іншая сума",
        ]),
        outlet(Donation).phrases(&[
            "незалежнае медыя", "незалежныя медыя", "незалежнае выданне", "некамерцыйная арганізацыя", "без рэкламы",
            "існуем дзякуючы чытачам", "фінансуецца чытачамі", "бясплатна для ўсіх",
        ]),
        // Also news wording: "заклікае: ахвяруйце кроў", "Штомесячная падтрымка фермерам",
        // "Аднаразовая падтрымка сем'ям", "штомесячнае ахвяраванне ад кампаній", "функцыя абярыце
        // суму", "Першы месяц бясплатна больш не дзейнічае", "Лічбавая падпіска падаражэе", "заклікае:
        // абярыце тарыф", "даступны толькі для падпісчыкаў", "дзесяць бясплатных артыкулаў", "ваш email
        // могуць выкарыстаць", "на вашу пошту", "заклікае: спампуйце праграму", "праверыла выкарыстанне
        // файлаў cookie", "было першапачаткова апублікавана", "Самае чытанае выданне года", "Іншыя/Больш
        // навін пра буру", "Навіны па тэме надвор'я": cues, or only a short line of their own.
        cue(Donation).phrases(&[
            "ахвяруйце", "ахвяруй", "абярыце суму", "выберыце суму", "штомесячнае ахвяраванне", "аднаразовае ахвяраванне",
            "штомесячная падтрымка", "аднаразовая падтрымка",
        ]),
        ask(Donation).at(Start).max_words(8).phrases(&["ахвяруйце", "ахвяруй"]),
        ask(Donation).at(Start).max_words(6).phrases(&["абярыце суму", "выберыце суму"]),
        label(Donation).phrases(&[
            "абярыце суму", "выберыце суму", "штомесячнае ахвяраванне", "аднаразовае ахвяраванне", "штомесячная падтрымка",
            "аднаразовая падтрымка",
        ]),
        cue(Subscription).phrases(&["першы месяц бясплатна", "лічбавая падпіска", "абярыце тарыф"]),
        label(Subscription).phrases(&["першы месяц бясплатна"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["абярыце тарыф"]),
        cue(Paywall).phrases(&["толькі для падпісчыкаў", "бясплатных артыкулаў"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["толькі для падпісчыкаў"]),
        cue(Newsletter).phrases(&["ваш email", "ваш e-mail", "на вашу пошту"]),
        cue(App).phrases(&["спампуйце праграму", "спампуй праграму", "спампуйце дадатак"]),
        ask(App).at(Start).max_words(10).phrases(&["спампуйце праграму", "спампуй праграму", "спампуйце дадатак"]),
        cue(Cookie).phrases(&["выкарыстанне файлаў cookie"]),
        ask(Cookie).phrases(&["выкарыстанне файлаў cookie на гэтым сайце"]),
        cue(Credit).phrases(&["першапачаткова апублікавана"]),
        line(Related).max_words(3).phrases(&["самае чытанае", "іншыя навіны", "больш навін", "навіны па тэме"]),
        notice().phrases(&["абнаўленне:", "выпраўленне:"]),
        body().phrases(&[
            "сказаў", "сказала", "заявіў", "заявіла", "паведаміў", "паведаміла", "адзначыў", "адзначыла", "паводле",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["пра аўтара", "пра аўтарку", "іншыя матэрыялы аўтара", "усе матэрыялы аўтара"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["аўтар —", "аўтарка —", "аўтар з'яўляецца"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["перайсці да зместу"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["пакінуць каментар", "напісаць каментар", "дадаць каментар", "паказаць каментары"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["каментары", "каментароў"]),
        ask(Other).part(Comments).phrases(&["каб пакінуць каментар", "каментары мадэруюцца", "правілы каментавання"]),
        ask(Other).part(Disclaimer).phrases(&["меркаванне рэдакцыі можа не супадаць", "можа не супадаць з меркаваннем", "асабістае меркаванне аўтара"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["наступная старонка", "папярэдняя старонка", "паведаміць пра памылку"]),
        ask(Other).part(Navigation).phrases(&["ваш браўзер састарэў"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "гэты матэрыял з'яўляецца часткай праекта", "гэты матэрыял з'яўляецца часткай серыі",
            "гэты матэрыял з'яўляецца часткай цыкла", "гэты матэрыял зʼяўляецца часткай праекта",
            "гэты матэрыял зʼяўляецца часткай серыі", "гэты матэрыял зʼяўляецца часткай цыкла",
            "гэты тэкст з'яўляецца часткай праекта", "гэты тэкст з'яўляецца часткай серыі",
            "гэты тэкст з'яўляецца часткай цыкла", "гэты тэкст зʼяўляецца часткай праекта",
            "гэты тэкст зʼяўляецца часткай серыі", "гэты тэкст зʼяўляецца часткай цыкла",
            "гэты артыкул з'яўляецца часткай праекта", "гэты артыкул з'яўляецца часткай серыі",
            "гэты артыкул з'яўляецца часткай цыкла", "гэты артыкул зʼяўляецца часткай праекта",
            "гэты артыкул зʼяўляецца часткай серыі", "гэты артыкул зʼяўляецца часткай цыкла",
            "гэты матэрыял падрыхтаваны", "гэты тэкст падрыхтаваны", "гэты артыкул падрыхтаваны",
            "матэрыял падрыхтаваны пры", "матэрыял падрыхтаваны ў рамках", "артыкул падрыхтаваны пры",
            "артыкул падрыхтаваны ў рамках", "матэрыял створаны пры", "матэрыял створаны ў рамках",
            "гэты матэрыял створаны", "гэтая публікацыя падрыхтавана", "публікацыя падрыхтавана пры",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["па тэме:", "падрабязней:", "чытайце падрабязней", "чытайце па тэме"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["звязаныя навіны", "звязаныя артыкулы", "падобныя навіны", "падобныя артыкулы", "матэрыялы па тэме", "артыкулы па тэме", "выбар рэдакцыі", "галоўныя навіны", "стужка навін", "яшчэ навіны", "самае папулярнае", "вам можа спадабацца", "чытайце яшчэ", "не прапусціце"]),
        header(Donation).max_words(12).phrases(&["вам спадабаўся артыкул", "табе спадабаўся артыкул", "спадабаўся матэрыял", "вам спадабаўся матэрыял"]),
        label(Social).phrases(&["падзяліцеся", "падзяліся", "падзяліцца ў", "падзяліцца артыкулам"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["слухаць артыкул", "праслухаць артыкул"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["скасаваць адказ", "пакінуць адказ"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ваш адрас электроннай пошты не будзе апублікаваны"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["вылучыце яе і націсніце ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["заўважылі памылку?", "знайшлі памылку?"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["чытайце:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["хв чытання", "хвілін чытання", "хв. чытання"]),
        line(Other).max_words(45).phrases(&["гэты артыкул створаны", "публікацыя створана", "матэрыял апублікаваны ў рамках"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["бясплатны артыкул", "бясплатныя артыкулы", "бясплатны матэрыял", "бясплатныя матэрыялы", "бясплатных матэрыялаў"]),
        ask(Paywall).max_words(30).phrases(&["гэта ваш апошні бясплатны артыкул", "гэта твой апошні бясплатны артыкул", "ваш апошні бясплатны артыкул", "вы прачыталі ўсе бясплатныя артыкулы", "вы вычарпалі ліміт бясплатных артыкулаў", "вы дасягнулі ліміту бясплатных артыкулаў"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["працяг даступны па падпісцы", "поўны тэкст даступны падпісчыкам", "артыкул даступны толькі падпісчыкам", "каб працягнуць чытанне"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["працяг пасля рэкламы", "працяг артыкула пасля рэкламы", "артыкул працягваецца пасля рэкламы", "тэкст працягваецца пасля рэкламы", "навіна працягваецца пасля рэкламы", "чытайце працяг пасля рэкламы", "працяг ніжэй"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["матэрыял партнёра", "партнёрскі праект", "рэкламны матэрыял", "рэкламны артыкул"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["артыкул змяшчае партнёрскія спасылкі", "у артыкуле ёсць партнёрскія спасылкі", "мы можам атрымаць камісію", "мы атрымліваем камісію"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["усе правы абароненыя", "выкарыстанне матэрыялаў дазваляецца", "любое выкарыстанне матэрыялаў", "перадрук забаронены", "пры выкарыстанні матэрыялаў"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["атрымлівайце навіны на пошту"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["каментары закрытыя", "каментаванне закрыта", "увайдзіце каб каментаваць"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["з архіва", "асабісты архіў", "з асабістага архіва", "ілюстрацыйнае фота", "кадр з відэа"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["прайграць відэа", "глядзіце відэа"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["тэгі", "цэтлікі", "ключавыя словы", "теги"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["нумар рахунку", "разліковы рахунак", "прызначэнне плацяжу", "банк атрымальніка", "банкаўскія рэквізіты"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["хачу падпісацца", "ваша электронная пошта", "увядзіце e-mail", "увядзіце свой email", "электронная пошта"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["адправіць", "даслаць"]),
        label(Subscription).phrases(&["аформіць падпіску", "купіць падпіску", "паглядзець прапановы", "паспрабаваць бясплатна", "ужо маеце падпіску? увайдзіце", "ужо ёсць акаўнт? увайсці", "стаць падпісчыкам", "стаць сябрам", "стаць удзельнікам", "атрымаць доступ", "абраць тарыф"]),
        label(App).phrases(&["спампаваць у app store", "даступна ў app store", "даступна ў google play", "спампаваць праграму", "спампаваць дадатак", "адкрыць у праграме", "усталяваць праграму"]),
        label(Donation).phrases(&["падтрымаць нас", "падтрымаць праект", "зрабіць ахвяраванне", "свая сума", "падтрымліваць штомесяц", "разовая падтрымка", "перайсці да аплаты", "увядзіце суму"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["штомесячна"]),
        label(Social).phrases(&["капіяваць спасылку", "скапіявана ў буфер абмену", "версія для друку", "адправіць па пошце", "падзяліцца ў facebook", "падзяліцца ў telegram", "падзяліцца ў x", "адправіць сябру"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["раздрукаваць"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["націскаючы кнопку «падпісацца»", "падпісваючыся, вы пагаджаецеся", "я згодны на апрацоўку персанальных даных", "даю згоду на апрацоўку", "вы можаце адпісацца ў любы момант", "адпісацца можна ў любы момант", "мы не перадаём вашыя даныя", "мы не дасылаем спам", "гэты сайт абаронены recaptcha", "праверце сваю пошту"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["хочаце больш такіх гісторый", "не хочаце нічога прапусціць", "хочаце быць у курсе", "ці быў артыкул карысным", "цэніце нашу працу"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["сказалі", "заявілі", "паведамілі", "адзначылі", "дадаў", "дадала", "дадалі", "патлумачыў", "патлумачыла", "растлумачыў", "растлумачыла", "падкрэсліў", "падкрэсліла", "падкрэслілі", "расказаў", "расказала", "расказалі", "пацвердзіў", "пацвердзіла", "прызнаў", "прызнала", "абверг", "абвергла", "папярэдзіў", "папярэдзіла", "нагадаў", "нагадала", "адказаў", "адказала", "спытаў", "спытала", "напісаў", "напісала", "удакладніў", "удакладніла", "запэўніў", "запэўніла", "кажа", "паведамляе", "перадае", "па словах", "у інтэрв'ю", "у інтэрв’ю"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотагалерэя", "павялічыць"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["наступнае фота", "папярэдняе фота", "закрыць галерэю"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["на ўвесь экран"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["наўпрост", "анлайн-трансляцыя", "абнавіць"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["прамая трансляцыя", "паказаць яшчэ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["захаваць"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["памер шрыфту"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["прайграць", "субтытры"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["глядзець відэа", "выключыць гук", "уключыць гук", "хуткасць прайгравання"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["вам спадабаўся гэты матэрыял", "гэты матэрыял быў карысны", "хочаце больш такіх матэрыялаў"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["дзякуй, што дачыталі да канца", "дзякуй, што дачыталі", "вы дачыталі да канца", "дзякуй, што чытаеце нас", "дзякуй, што вы з намі"]),
        cue(Donation).weight(2.0).phrases(&["любая сума важная", "нават невялікая сума", "кожны данат важны"]),
        cue(Subscription).phrases(&["электронная версія газеты", "падпісны індэкс", "падпіска на газету", "друкаваная версія газеты", "свежы нумар газеты"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["падтрымліваю", "хачу падтрымаць", "я ўжо падтрымліваю", "ахвярую", "хачу ахвяраваць"]),
        label(Membership).phrases(&["далучаюся", "хачу далучыцца"]),
        label(Subscription).phrases(&["падпісваюся", "я ўжо падпісаны"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["чытай таксама:", "таксама чытайце:", "глядзіце таксама:", "глядзі таксама:", "яшчэ па тэме:", "звязаныя навіны:", "падобныя навіны:", "вам можа быць цікава:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["глядзіце ў прамым эфіры", "слухайце ў прамым эфіры", "глядзіце наўпрост", "слухайце нас анлайн", "глядзіце нас анлайн"]),
        ask(Social).max_words(30).phrases(&["падпісвайцеся на наш канал", "падпішыцеся на наш канал", "далучайцеся да нашага канала", "наш канал у telegram", "наш канал у whatsapp", "мы ў telegram", "мы ў whatsapp"]),
        label(Social).phrases(&["далучыцца да канала", "падпісацца на канал"]),
        line(Subscription).max_words(10).phrases(&["чытаць свежы нумар", "pdf-версія газеты"]),
        ask(Other).part(Comments).max_words(60).phrases(&["пакідае за сабой права выдаляць каментары", "каментары, якія змяшчаюць абразы", "каментары адлюстроўваюць меркаванне іх аўтараў"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["дасылайце нам свае навіны", "дашліце нам навіну", "пішыце ў рэдакцыю", "напішыце ў рэдакцыю", "дасылайце свае фота і відэа", "звяжыцеся з рэдакцыяй"]),
        label(Other).phrases(&["даслаць навіну", "напісаць у рэдакцыю"]),
        ask(Ad).max_words(35).phrases(&["купіце квіткі"]),
        label(Ad).phrases(&["купіць квіткі"]),
        ask(Ad).max_words(35).phrases(&["шукаем журналіста", "далучайцеся да нашай каманды", "далучайцеся да рэдакцыі"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ваш адрас электроннай пошты не будзе апублікаваны", "абавязковыя палі пазначаны", "ваш каментар чакае мадэрацыі"]),
        label(Other).part(Comments).phrases(&["адказаць"]),
    ],
    // "мы", "вы", "ваш" are Russian's too (the same persons).
    we: &["мы", "наш", "наша", "нашы", "нам", "нас", "нашу", "нашай", "нашых"],
    you: &["ты", "твой", "твая", "цябе", "табе", "вы", "ваш", "ваша", "вашы", "вас", "вам", "вашай"],
};
