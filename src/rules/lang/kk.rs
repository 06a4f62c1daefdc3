//! Kazakh, in the Cyrillic script (ә, ғ, қ, ң, ө, ұ, ү, һ, і). Kazakh pages mix Russian
//! words ("cookie", "подписка", "донат"), which the Russian pack, earlier in `ALL`, reads:
//! this pack's phrases are Kazakh forms ("қолдаңыз", "жазылыңыз", "қосымша").
//!
//! News shares the vocabulary: "мүше болу" is Kazakhstan joining the WTO, "жазылу" also
//! enrolling for a course, "қолдау" the state's support of farmers, and a quoted speaker says
//! "бізді қолдаңыз" (farmers, a candidate). The imperatives open only a short block; anywhere
//! only forms no report holds ("қолдау сомасын таңдаңыз", "таратылымымызға жазылыңыз",
//! "қосымшамызды жүктеп алыңыз").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "kk",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["оқу уақыты", "минут оқу"]),
        header(Donation).max_words(14).phrases(&[
            "бізді қолдаңыз", "тәуелсіз журналистиканы қолдаңыз", "тәуелсіз басылымды қолдаңыз",
            "бізге сіздің қолдауыңыз қажет",
        ]),
        header(Donation).max_words(4).phrases(&["кетпес бұрын"]),
        ask(Donation).weight(3.5).phrases(&[
            "қолдау сомасын таңдаңыз", "демеу сомасын таңдаңыз", "жұмысымызды қолдаңыз", "редакциямызды қолдаңыз",
            "сіздің қолдауыңыз бізге көмектеседі",
        ]),
        // Farmers shout "Бізді қолдаңыз!", a charity says "әр теңге маңызды": a short block's
        // start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "бізді қолда", "бізге көмектесіңіз", "қолдау көрсетіңіз", "донат жасаңыз", "әр теңге маңызды",
            "әр қолдау маңызды", "демеушіміз болыңыз", "бізге сенің қолдауың қажет", "тәуелсіз журналистиканы қолда",
        ]),
        cue(Donation).phrases(&[
            "сіздің қолдауыңыз", "сіздің қолдауыңызбен", "сенің қолдауың", "тәуелсіз журналистика", "ай сайынғы қолдау",
            "бір реттік қолдау", "соманы таңдаңыз",
        ]),
        cue(Donation).weight(0.5).phrases(&["қолдауыңыз*", "демеуші*", "қайырымдылық*"]),
        salutation(Donation).max_words(6).phrases(&[
            "құрметті оқырман", "құрметті оқырмандар", "қымбатты оқырмандар", "қадірлі оқырман", "қадірлі оқырмандар",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["мақала ұнады ма", "бұл мақала сізге ұнады ма"]),
        ask(Membership).phrases(&["қауымдастығымызға қосылыңыз", "клубымызға қосылыңыз", "біздің мүшеміз болыңыз"]),
        // "Мүше болыңыз" is a union's call too, "мүше болу" Kazakhstan joining the WTO.
        ask(Membership).at(Start).max_words(8).phrases(&["мүше болыңыз", "бізге қосылыңыз"]),
        cue(Membership).weight(0.5).phrases(&["мүшелік*"]),
        ask(Subscription).phrases(&[
            "сіз жазылушысыз ба", "жазылымнан кез келген уақытта бас тартуға болады", "кез келген уақытта бас тарта аласыз",
            "жазылым тарифін таңдаңыз",
        ]),
        // "жазылыңыз" is also enrolling for a course or a queue.
        ask(Subscription).at(Start).max_words(10).phrases(&["жазылыңыз", "қазір жазылыңыз", "жазылымды рәсімдеңіз"]),
        cue(Subscription).phrases(&["цифрлық жазылым", "алғашқы ай тегін", "шексіз қолжетімділік"]),
        cue(Subscription).weight(0.5).phrases(&["жазылым*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "мақаланы толық оқу үшін", "бұл материал тек жазылушыларға қолжетімді", "бұл мақала тек жазылушыларға арналған",
            "тегін мақалалар лимиті таусылды",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["оқуды жалғастыру үшін", "толық оқу үшін"]),
        cue(Paywall).phrases(&["тек жазылушыларға"]),
        ask(Newsletter).phrases(&[
            "таратылымымызға жазылыңыз", "жаңалықтар таратылымына жазылыңыз", "біздің таратылым",
            "жазылымнан кез келген уақытта бас тарта аласыз", "жазылғаныңыз үшін рахмет",
        ]),
        // The police warn about "электрондық поштаңызға келген сілтеме": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "электрондық поштаңызды енгізіңіз", "email мекенжайыңызды енгізіңіз", "поштаңызды енгізіңіз",
        ]),
        cue(Newsletter).phrases(&["электрондық поштаңызға", "поштаңызға", "құпиялылық саясаты"]),
        ask(App).phrases(&["қосымшамызды жүктеп алыңыз", "мобильді қосымшамызды жүктеп алыңыз", "қосымшамызды орнатыңыз"]),
        ask(App).at(Start).max_words(8).phrases(&["қосымшаны жүктеп алыңыз", "қосымшаны жүктеңіз"]),
        cue(App).phrases(&["біздің қосымша", "қосымшамызда"]),
        ask(Cookie).phrases(&["cookie баптаулары", "барлық cookie файлдарын қабылдау"]),
        // Reports quote banners too: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "біз cookie файлдарын пайдаланамыз", "cookie файлдарын пайдаланамыз", "бұл сайт cookie файлдарын пайдаланады",
            "сайт cookie файлдарын пайдаланады", "cookie файлдарын қолданамыз",
        ]),
        cue(Cookie).phrases(&["cookie файлдарын", "cookie файлдары"]),
        ask(Social).phrases(&[
            "telegram арнамызға жазылыңыз", "telegram-арнамызға жазылыңыз", "парақшамызға жазылыңыз",
            "instagram парақшамызға жазылыңыз", "сілтеме көшірілді",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["бізге жазылыңыз", "бізді бақылаңыз", "мақаламен бөлісіңіз"]),
        label(Ad).phrases(&["жарнама", "демеушілік материал", "серіктес материалы"]),
        line(Related).max_words(24).phrases(&[
            "ұқсас жаңалықтар", "тағы оқыңыз", "сондай-ақ оқыңыз", "сізді қызықтыруы мүмкін", "көп оқылғандар:",
            "соңғы жаңалықтар:", "басқа жаңалықтар:", "тақырыпқа қатысты:",
        ]),
        line(Related).max_words(3).phrases(&["көп оқылғандар", "соңғы жаңалықтар", "басқа жаңалықтар"]),
        label(Related).phrases(&["тақырыпқа қатысты", "тақырып бойынша", "басты жаңалықтар"]),
        ask(Credit).max_words(40).phrases(&[
            "редакцияның ұстанымымен сәйкес келмеуі мүмкін", "редакция ұстанымымен сәйкес келмеуі мүмкін",
            "автордың жеке пікірі",
        ]),
        ask(Credit).at(Start).max_words(40).phrases(&["бұл мақала алғаш рет", "бұл материал алғаш рет"]),
        line(Credit).max_words(10).phrases(&["авторы:", "аударған:", "суретті түсірген:", "редакторы:"]),
        chrome(Other).max_words(10).phrases(&["барлық құқықтар қорғалған",]),
        label(Other).phrases(&["пікірлер", "пікір қалдыру"]),
        label_any().phrases(&[
            "жабу", "қазір емес", "жоқ, рахмет", "кейінірек", "кейін еске салу", "қабылдау", "бас тарту", "жалғастыру",
            "бөлісу", "басып шығару", "тіркелу", "ай сайын", "бір рет", "басқа сома", "толығырақ", "түсінікті",
            "барлығын қабылдау", "барлығынан бас тарту", "баптаулар", "қолдау көрсету", "жазылу", "сілтемені көшіру",
        ]),
        outlet(Donation).phrases(&[
            "тәуелсіз басылым", "тәуелсіз бақ", "коммерциялық емес", "жарнамасыз", "оқырмандардың қолдауымен",
            "барлығына тегін",
        ]),
        notice().phrases(&["жаңартылды:", "түзету:"]),
        body().phrases(&["деді", "мәлімдеді", "атап өтті", "хабарлады", "айтты", "қосты"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["автор туралы", "автордың басқа мақалалары", "автордың барлық мақалалары"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["автор —", "автор журналист"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["мазмұнға өту"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["пікір қалдыру", "пікір жазу", "пікір қосу", "пікірлерді көру", "оқырман пікірлері"]),
        ask(Other).part(Comments).phrases(&["пікір қалдыру үшін", "пікірлер модерацияланады", "пікір жазу ережесі"]),
        ask(Other).part(Disclaimer).phrases(&["автордың жеке пікірі", "редакцияның көзқарасымен сәйкес келмеуі мүмкін", "редакция ұстанымын білдірмейді"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["келесі бет", "алдыңғы бет", "қате туралы хабарлау"]),
        ask(Other).part(Navigation).phrases(&["браузеріңіз ескірген"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "материал мемлекеттік тапсырыс аясында", "мақала мемлекеттік тапсырыс аясында",
            "материал мемлекеттік ақпараттық саясатты",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["сондай-ақ қараңыз", "толығырақ:", "оқи отырыңыз"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["ұқсас мақалалар", "байланысты жаңалықтар", "ең көп оқылған", "редактор таңдауы"]),
        header(Donation).max_words(12).phrases(&["мақала сізге ұнады ма", "мақала пайдалы болды ма"]),
        label(Social).phrases(&["бөлісіңіз"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["мақаланы тыңдау", "жаңалықты тыңдау"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["мәтінде қате байқасаңыз"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["тегін мақала", "тегін мақалалар", "тегін мақаланың", "тегін материал", "тегін мақала қалды", "мақала қалды"]),
        ask(Paywall).max_words(30).phrases(&["бұл сіздің соңғы тегін мақалаңыз", "соңғы тегін мақала", "сіз барлық тегін мақалаларды оқыдыңыз", "сіз тегін мақалалар лимитіне жеттіңіз"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["мақаланың жалғасы жазылушыларға қолжетімді", "тек жазылушылар үшін", "толық мақаланы оқу үшін"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["жалғасы жарнамадан кейін", "мақаланың жалғасы жарнамадан кейін", "жаңалықтың жалғасы жарнамадан кейін", "мақала жарнамадан кейін жалғасады", "мақаланың жалғасы төменде", "жалғасы төменде"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["жарнама құқығында", "жарнамалық материал", "жарнамалық мақала", "серіктестік жоба", "демеушілік мазмұн", "арнайы жоба"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["мақалада серіктестік сілтемелер бар", "комиссия алуымыз мүмкін"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["барлық құқық қорғалған", "материалдарды пайдалану кезінде", "сілтеме міндетті", "гиперсілтеме міндетті", "рұқсатсыз көшіруге тыйым салынады", "көшіруге тыйым салынады"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["біздің таратылымға жазылыңыз"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["мобильді қосымшаны жүктеп алыңыз"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["пікір қалдырыңыз", "пікір жазыңыз", "пікірлерді көрсету", "пікір білдіру"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["жеке мұрағат", "жеке архив", "әлеуметтік желіден", "көрнекі сурет", "иллюстративті фото"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["бейнені көру", "бейнені ойнату"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["тегтер", "теги", "кілт сөздер"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["шот нөмірі", "шот иесі", "төлем мақсаты", "банк деректемелері", "жск", "иик", "кбе"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["қазір жазылу", "жаңалықтарға жазылу", "таратылымға жазылу", "email енгізіңіз", "email мекенжайыңыз", "электрондық пошта мекенжайы", "e-mail мекенжайы"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["тіркеліңіз"]),
        label(Subscription).phrases(&["ұсыныстарды қарау", "тегін сынақ", "тегін байқап көру", "жүйеге кіру", "жазылушысыз ба? кіріңіз", "тарифті таңдаңыз", "жазылымды рәсімдеу"]),
        label(App).phrases(&["қосымшаны жүктеу", "app store-дан жүктеп алу", "google play-ден жүктеп алу", "google play-ден алыңыз", "қазір жүктеп алу", "қосымшаны орнатыңыз"]),
        label(Donation).phrases(&["қазір қолдау", "ай сайын қолдау", "бір реттік", "соманы енгізіңіз", "бізге қолдау көрсетіңіз"]),
        label(Social).phrases(&["facebook-та бөлісу", "whatsapp арқылы бөлісу", "telegram арқылы бөлісу", "email арқылы жіберу"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["жазылу арқылы сіз", "тіркелу арқылы сіз келісесіз", "кез келген уақытта жазылымнан бас тарта аласыз", "дербес деректерімді өңдеуге келісемін", "құпиялылық саясатымен келісемін", "растау үшін поштаңызды тексеріңіз"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["бұл мақала ұнады ма", "маңызды жаңалықтарды жіберіп алғыңыз келмей ме", "осындай мақалаларды көбірек оқығыңыз келе ме", "жаңалықтардан хабардар болғыңыз келе ме", "көбірек оқығыңыз келе ме"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["дейді", "айтады", "түсіндірді", "атап көрсетті", "баса айтты", "баса назар аударды", "жариялады", "растады", "жоққа шығарды", "мойындады", "ескертті", "еске салды", "жауап берді", "сұрады", "жазды", "хабарлайды", "мәлімдейді", "сөзінше", "мәліметінше", "мәліметі бойынша", "сұхбатында", "журналистерге", "тілшісіне", "пікір білдірді", "деп санайды", "мәлім етті", "айтып өтті", "сендірді", "деп жазды", "деп түсіндірді"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотогалерея", "галерея", "үлкейту"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["келесі сурет", "алдыңғы сурет", "толық экран", "галереяны жабу", "барлық суреттер"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["онлайн-трансляция", "жаңарту", "жаңартылды"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["тікелей эфир", "тікелей трансляция", "тағы жүктеу"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["қаріп өлшемі", "мәтін өлшемі"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ойнату", "кідірту", "субтитрлер"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["дыбысын өшіру", "дыбысын қосу", "автоматты ойнату", "ойнату жылдамдығы"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["біздің жұмысымызды бағалайсыз ба"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["оқығаныңыз үшін рахмет", "соңына дейін оқығаныңыз үшін рахмет", "оқығаныңызға рахмет", "оқығаның үшін рахмет"]),
        cue(Donation).weight(2.0).phrases(&["үлесіңіз екі есе артады", "әр үлес екі есе"]),
        cue(Donation).weight(2.0).phrases(&["кез келген сома", "әр үлес маңызды", "шағын сома да", "қолдан келгенше көмектесіңіз"]),
        cue(Subscription).phrases(&["газеттің электронды нұсқасы", "pdf нұсқасы"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["қолдаймын", "қолдағым келеді", "көмектескім келеді"]),
        label(Membership).phrases(&["мүше болғым келеді", "қосыламын"]),
        label(Subscription).phrases(&["жазыламын", "жазылғым келеді"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["сондай-ақ оқыңыз:", "оқи отырыңыз:", "тағы оқыңыз:", "сондай-ақ қараңыз:", "қатысты жаңалықтар:", "ұқсас жаңалықтар:", "сізге қызық болуы мүмкін:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["тікелей эфирді көріңіз", "тікелей эфирді тыңдаңыз", "тікелей эфирді көру"]),
        ask(Social).max_words(30).phrases(&["арнамызға жазылыңыз", "арнамызға қосылыңыз", "біздің telegram арнамыз", "біздің whatsapp арнамыз"]),
        line(Subscription).max_words(10).phrases(&["газеттің электронды нұсқасы"]),
        ask(Other).part(Comments).max_words(60).phrases(&["редакция пікірлерді өшіруге құқылы", "пікірлер редакцияның көзқарасын білдірмейді"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["редакцияға хабарласыңыз", "редакцияға жазыңыз", "бізге жазыңыз", "бізге жіберіңіз"]),
        ask(Ad).max_words(35).phrases(&["біздің командаға қосылыңыз", "журналист іздейміз"]),
        label(Ad).phrases(&["билет сатып алу"]),
        label(Other).part(Comments).phrases(&["пікір жіберу"]),
    ],
    we: &["біз", "біздің", "бізге", "бізді", "бізбен"],
    you: &["сен", "сенің", "саған", "сені", "сіз", "сіздің", "сізге", "сізді"],
};
