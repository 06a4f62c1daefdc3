//! Slovak.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "sk",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "podporte nás", "podpor nás", "podporte nezávislú žurnalistiku", "podporte nezávislé novinárstvo",
            "pomôžte nám", "pomôž nám", "potrebujeme vašu podporu",
            "potrebujeme tvoju podporu",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "váš dar", "tvoj dar", "každý príspevok pomôže", "každý príspevok pomáha", "každý príspevok sa počíta",
            "každé euro pomôže",
            "jednorazovo alebo pravidelne", "staňte sa podporovateľom", "staň sa podporovateľom", "staňte sa darcom",
            "potrebujeme vašu podporu", "potrebujeme tvoju podporu", "podporte nás", "podpor nás",
            "podporte našu prácu", "podporte nezávislú", "podporte nezávislé", "poukážte 2 %", "poukážte nám 2",
            "darujte nám 2",
        ]),
        cue(Donation).phrases(&[
            "vaša podpora", "vašu podporu", "vďaka vašej podpore", "vďaka tvojej podpore", "tvoja podpora",
            "nezávislú žurnalistiku", "nezávislej žurnalistiky", "nezávislé novinárstvo", "našu prácu", "eur mesačne",
            "číslo účtu", "2 % z dane", "2 % dane",
        ]),
        cue(Donation).weight(0.5).phrases(&["podpor*", "darcov*", "príspev*"]),
        salutation(Donation).max_words(6).phrases(&[
            "milí čitatelia", "vážení čitatelia", "milá čitateľka", "milý čitateľ", "milé čitateľky, milí čitatelia",
            "milé čitateľky a čitatelia",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "páčil sa vám článok", "páčil sa ti článok", "páči sa vám, čo robíme",
        ]),
        ask(Membership).phrases(&[
            "staňte sa členom", "staň sa členom", "pridajte sa ku komunite", "pridaj sa ku komunite",
            "pridajte sa do klubu",
        ]),
        cue(Membership).weight(0.5).phrases(&["členstv*"]),
        ask(Subscription).phrases(&[
            "predplaťte si", "predplať si", "kúpte si predplatné", "kúp si predplatné", "už máte predplatné",
            "máte už predplatné", "zrušíte kedykoľvek",
        ]),
        cue(Subscription).phrases(&["neobmedzený prístup"]),
        cue(Subscription).weight(0.5).phrases(&["predplatn*", "predplatite*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "pre pokračovanie v čítaní", "ak chcete čítať ďalej", "ak chcete pokračovať v čítaní",
            "článok je dostupný len", "článok je dostupný iba",
            "čítajte ďalej s predplatným", "prihláste sa a čítajte",
        ]),
        ask(Newsletter).phrases(&[
            "prihláste sa na odber", "prihlás sa na odber", "odoberajte náš newsletter", "náš newsletter",
            "prihláste sa na newsletter", "do vašej e-mailovej schránky", "do tvojej schránky", "do vašej schránky",
            "vaša e-mailová adresa", "odhlásiť sa môžete kedykoľvek", "ďakujeme za prihlásenie",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "ochrana osobných údajov", "zásady ochrany osobných údajov"]),
        ask(App).phrases(&[
            "stiahnite si aplikáciu", "stiahnite si našu aplikáciu", "stiahni si aplikáciu",
            "nainštalujte si aplikáciu",
        ]),
        cue(App).phrases(&["našu aplikáciu", "našej aplikácii", "v app store", "na google play"]),
        ask(Cookie).phrases(&[
            "používame súbory cookie", "táto stránka používa súbory cookie",
            "táto webová stránka používa súbory cookie", "prijať všetky súbory cookie", "prijať všetky cookies",
            "odmietnuť všetky súbory cookie", "odmietnuť všetky cookies",
            "nastavenia cookies", "nastavenia súborov cookie", "používame cookies",
        ]),
        cue(Cookie).phrases(&["súbory cookie", "súbory cookies", "používa súbory cookie"]),
        ask(Social).phrases(&[
            "sledujte nás", "sleduj nás", "sledujte nás na", "zdieľajte článok", "zdieľať článok",
            "zdieľajte na facebooku", "zdieľať na facebooku", "kopírovať odkaz", "odkaz skopírovaný",
        ]),
        label(Ad).phrases(&["reklama", "sponzorované", "komerčná prezentácia"]),
        line(Related).max_words(24).phrases(&[
            "čítajte aj", "prečítajte si aj", "prečítajte si tiež", "súvisiace články", "najčítanejšie:",
            "mohlo by vás zaujímať", "ďalšie články:", "viac k téme", "z ďalších správ", "odporúčame:",
        ]),
        label(Related).phrases(&[
            "čítajte aj", "súvisiace články", "najčítanejšie", "mohlo by vás zaujímať", "odporúčame", "najnovšie",
        ]),
        ask(Credit).max_words(10).phrases(&[
            "je redaktorom", "je redaktorkou", "je reportérom", "je reportérkou", "je spravodajcom", "je spravodajkyňou",
        ]),
        ask(Credit).max_words(40).phrases(&["článok pôvodne vyšiel", "text pôvodne vyšiel", "rozhovor pôvodne vyšiel", "článok prvýkrát vyšiel"]),
        line(Credit).max_words(10).phrases(&[
            "foto:", "text:", "autor:", "autorka:", "preklad:", "spolupracoval:", "spolupracovala:",
        ]),
        chrome(Other).max_words(10).phrases(&["všetky práva vyhradené",]),
        label(Other).phrases(&["komentáre"]),
        label_any().phrases(&[
            "zavrieť", "teraz nie", "nie, ďakujem", "neskôr", "pripomenúť neskôr", "prijať", "odmietnuť", "pokračovať",
            "zdieľať", "tlačiť", "vytlačiť", "jednorazovo", "mesačne", "prispieť", "podporiť", "darovať", "predplatiť",
            "prihlásiť sa", "registrovať sa", "nastavenia", "rozumiem", "súhlasím", "čítať ďalej", "iná suma",
        ]),
        outlet(Donation).phrases(&[
            "nezávislé médium", "nezávislý denník", "bez reklám", "bez paywallu", "nezisková organizácia",
            "zadarmo pre všetkých", "financované čitateľmi", "financovaný čitateľmi",
        ]),
        // Also news wording: "Vláda musí prijať všetky opatrenia", "odmietnuť všetko, čo vláda
        // navrhne", "Kým odídete na dovolenku, skontrolujte pneumatiky", "vyzval podnikateľov: prispejte
        // na obnovu", "vyzýva: darujte krv", "Mesačný príspevok na dôchodkové sporenie", "Pravidelný
        // príspevok od štátu", "ruší prvý mesiac zadarmo", "zmluvu je možné zrušiť kedykoľvek", "dostupný
        // len pre predplatiteľov", "príjmy z digitálne predplatné", "za prémiový obsah", "desiatky
        // článkov zadarmo", "váš e-mail nikdy nezadávajte", "Novák, ktorý je redaktorom denníka Pravda, ...",
        // "Album pôvodne vyšiel v roku 1985", "Najčítanejšie knihy roka", "Ďalšie články o búrke
        // pripravuje redakcia": cues, or only a short line of their own.
        header(Donation).max_words(4).phrases(&["skôr než odídete", "kým odídete"]),
        cue(Donation).phrases(&["prispejte", "prispej", "darujte", "každý príspevok", "pravidelný príspevok", "mesačný príspevok", "zvoľte sumu", "vyberte sumu", "zvoľ sumu"]),
        ask(Donation).at(Start).max_words(8).phrases(&["prispejte", "prispej", "darujte"]),
        ask(Donation).at(Start).max_words(6).phrases(&["zvoľte sumu", "vyberte sumu", "zvoľ sumu"]),
        label(Donation).phrases(&["pravidelný príspevok", "mesačný príspevok", "zvoľte sumu", "vyberte sumu", "zvoľ sumu"]),
        cue(Subscription).phrases(&["prvý mesiac zadarmo", "zrušiť kedykoľvek", "digitálne predplatné"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["prvý mesiac zadarmo"]),
        cue(Paywall).phrases(&[
            "pre predplatiteľov", "iba pre predplatiteľov", "len pre predplatiteľov", "exkluzívne pre predplatiteľov",
            "článkov zadarmo", "prémiový obsah", "prémiový článok",
        ]),
        ask(Paywall).at(Start).max_words(8).phrases(&["pre predplatiteľov", "iba pre predplatiteľov", "len pre predplatiteľov", "exkluzívne pre predplatiteľov"]),
        label(Paywall).phrases(&["prémiový obsah", "prémiový článok"]),
        cue(Newsletter).phrases(&["váš e-mail"]),
        label(Cookie).phrases(&["prijať všetko", "prijať všetky", "odmietnuť všetko"]),
        cue(Credit).phrases(&["pôvodne vyšiel", "prvýkrát vyšiel"]),
        line(Related).max_words(3).phrases(&["najčítanejšie", "ďalšie články"]),
        notice().phrases(&["oprava:", "aktualizácia:", "aktualizované:"]),
        body().phrases(&["povedal", "povedala", "uviedol", "uviedla", "dodal", "dodala", "podľa"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["podporíte nás", "podporíš nás", "vďaka tebe môžeme", "vďaka vám môžeme"]),
        cue(Donation).weight(2.0).phrases(&["ľubovoľnou sumou", "financujú čitatelia"]),
        ask(Membership).phrases(&["ako člen nám", "ako členka nám", "ako členovia nám"]),
        cue(Membership).phrases(&["ako člen"]),
        ask(Subscription).phrases(&["už ste predplatiteľ", "ste už predplatiteľ"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["prečítali ste", "prečítal si si"]),
        ask(Newsletter).phrases(&["zadajte svoj e-mail", "zadajte e-mail", "do vášho e-mailu", "do tvojho e-mailu"]),
        cue(Newsletter).phrases(&["do e-mailu"]),
        cue(App).phrases(&["na stiahnutie pre", "pre iphone aj android", "pre iphone a android"]),
        ask(Cookie).phrases(&["táto stránka používa súbory cookies", "táto webová stránka používa súbory cookies", "používame súbory cookies", "pokračovaním v prehliadaní súhlasíte"]),
        cue(Cookie).phrases(&["súhlasíte s ich používaním"]),
        ask(Credit).max_words(40).phrases(&["napíšte jej na", "napíšte mu na"]),
        label_any().phrases(&["možno neskôr", "nastavenia cookies"]),
        ask(Donation).phrases(&["podpor našu prácu", "pošlite nám príspevok", "pošli nám príspevok", "prispejte ľubovoľnou sumou", "prispej ľubovoľnou sumou"]),
        ask(Membership).phrases(&["staňte sa členkou", "pridaj sa k nám", "pridajte sa k nám"]),
        ask(Subscription).phrases(&["už máš predplatné"]),
        ask(Newsletter).phrases(&["zadaj svoj e-mail", "odoberaj náš newsletter"]),
        ask(App).phrases(&["stiahni si našu aplikáciu"]),
        ask(Social).phrases(&["zdieľaj článok", "sleduj nás na"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["vďaka podpore čitateľov", "vďaka podpore našich čitateľov", "vďaka našim čitateľom", "transparentný účet", "cez qr kód"]),
        ask(Donation).phrases(&["pošlite nám pár eur", "pošli nám pár eur", "podporujte nás"]),
        ask(Membership).phrases(&["ako podporovateľ dostanete", "ako podporovateľ získate", "ako podporovateľka dostanete"]),
        ask(Subscription).phrases(&["staňte sa predplatiteľom", "staň sa predplatiteľom", "čítajte všetko bez obmedzení"]),
        ask(Newsletter).phrases(&["odber môžete kedykoľvek zrušiť", "odber môžeš kedykoľvek zrušiť", "prihláste sa na náš"]),
        ask(Paywall).weight(3.5).phrases(&["článok je zamknutý", "tento článok je uzamknutý"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["máte už účet", "už máte účet"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["táto webová stránka používa cookies", "táto stránka používa cookies", "tento web používa cookies"]),
        cue(Cookie).phrases(&["zásadách používania cookies"]),
        line(Credit).max_words(10).phrases(&["text a foto:"]),
        line(Related).max_words(8).phrases(&["ďalšie správy z", "ďalšie správy"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["ktorí nás už podporujú", "ktorí nás podporujú"]),
        ask(Subscription).phrases(&["darujte predplatné", "daruj predplatné", "predplatné ako darček"]),
        ask(Social).phrases(&["pošli ho kamarátovi", "pošlite ho známym", "pošlite článok známym"]),
        line(Other).max_words(25).phrases(&["máte tip pre redakciu", "máte tip na článok"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["o autorovi", "o autorke", "ďalšie články autora", "všetky články autora"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["autor je", "autorka je", "autor pôsobí", "autorka pôsobí"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["preskočiť na obsah", "prejsť na obsah"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["pridať komentár", "napísať komentár", "zobraziť komentáre", "diskusia je uzavretá", "vstúpiť do diskusie"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komentáre", "komentárov", "komentáre čitateľov"]),
        ask(Other).part(Comments).phrases(&["aby ste mohli komentovať", "komentáre sú moderované", "pravidlá diskusie"]),
        ask(Other).part(Disclaimer).phrases(&["nemusí vyjadrovať názor redakcie", "vyjadruje názor autora", "vyjadrujú názory autora"]),
        cue(Other).part(Disclaimer).phrases(&["nemusia odrážať názor"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["ďalšia strana", "predchádzajúca strana", "nahlásiť chybu", "našli ste chybu"]),
        ask(Other).part(Navigation).phrases(&["stránka funguje najlepšie", "váš prehliadač je zastaraný"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "čítajte tiež", "čítaj aj", "prečítaj si aj", "prečítaj si tiež",             "mohlo by ťa zaujímať", "mohlo by vás tiež zaujímať", "mohlo by ťa tiež zaujímať", "mohlo by sa vám páčiť",
            "mohlo by sa ti páčiť", "súvisiace:",
        ]),
        line(Related).max_words(6).phrases(&[
            "súvisiace správy", "podobné články", "odporúčané články", "výber redakcie", "najnovšie správy",
            "najnovšie články", "najpopulárnejšie", "najsledovanejšie", "najkomentovanejšie", "najdiskutovanejšie",
            "viac z rubriky", "ďalšie z rubriky", "predchádzajúci článok", "nasledujúci článok", "ďalší článok",
            "nenechajte si ujsť",
        ]),
        line(Related).max_words(4).phrases(&["súvisiace", "odporúčame", "k téme", "viac z"]),
        label(Related).phrases(&[
            "súvisiace", "súvisiace správy", "podobné články", "výber redakcie", "najnovšie správy", "najpopulárnejšie",
            "ďalšie články", "ďalšie správy", "k téme", "viac k téme", "nenechajte si ujsť", "mohlo by ťa zaujímať",
            "prečítajte si aj",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "ukladanie a/alebo prístup k informáciám", "súhlas s týmito technológiami nám umožní",
            "nesúhlas alebo odvolanie súhlasu môže nepriaznivo ovplyvniť",
        ]),
        label_any().phrases(&[
            "nesúhlasím", "odmietnuť všetky", "ďalšie možnosti",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "tento text je súčasťou série", "tento text je súčasťou seriálu", "tento text je súčasťou projektu",
            "tento text je súčasťou cyklu", "tento článok je súčasťou série", "tento článok je súčasťou seriálu",
            "tento článok je súčasťou projektu", "tento článok je súčasťou cyklu", "text je súčasťou série",
            "text je súčasťou seriálu", "text je súčasťou projektu", "text je súčasťou cyklu", "článok je súčasťou série",
            "článok je súčasťou seriálu", "článok je súčasťou projektu", "článok je súčasťou cyklu",
            "táto reportáž je súčasťou", "reportáž je súčasťou", "tento rozhovor je súčasťou", "tento článok vznikol",
            "táto reportáž vznikla", "tento rozhovor vznikol", "tento text vznikol v rámci",
            "tento text vznikol s podporou", "tento text vznikol vďaka", "tento text vznikol za podpory",
            "tento text vznikol v spolupráci", "tento materiál vznikol v rámci", "tento materiál vznikol s podporou",
            "tento materiál vznikol vďaka", "tento materiál vznikol za podpory", "tento materiál vznikol v spolupráci",
            "článok vznikol v rámci", "článok vznikol s podporou", "článok vznikol vďaka", "článok vznikol za podpory",
            "článok vznikol v spolupráci", "text vznikol v rámci", "text vznikol s podporou", "text vznikol vďaka",
            "text vznikol za podpory", "text vznikol v spolupráci", "materiál vznikol v rámci",
            "materiál vznikol s podporou", "materiál vznikol vďaka", "materiál vznikol za podpory",
            "materiál vznikol v spolupráci", "reportáž vznikla v rámci", "reportáž vznikla s podporou",
            "reportáž vznikla vďaka", "reportáž vznikla za podpory", "reportáž vznikla v spolupráci",
            "tento článok vychádza v rámci", "tento článok vychádza s podporou", "tento článok vychádza v spolupráci",
            "tento text vychádza v rámci", "tento text vychádza s podporou", "tento text vychádza v spolupráci",
            "článok vychádza v rámci", "článok vychádza s podporou", "článok vychádza v spolupráci",
            "text vychádza v rámci", "text vychádza s podporou", "text vychádza v spolupráci", "táto publikácia vznikla",
            "toto je prvá časť série", "toto je prvá časť seriálu", "toto je prvá časť cyklu", "toto je druhá časť série",
            "toto je druhá časť seriálu", "toto je druhá časť cyklu", "toto je tretia časť série",
            "toto je tretia časť seriálu", "toto je tretia časť cyklu", "toto je posledná časť série",
            "toto je posledná časť seriálu", "toto je posledná časť cyklu",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["pozrite si aj", "pozrite si tiež", "pozri si aj", "pozri aj"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["podobné príspevky", "najnovšie príspevky", "mohlo by sa vám tiež páčiť"]),
        header(Donation).max_words(12).phrases(&["páčil sa vám tento článok", "páčil sa ti tento článok", "bol pre vás tento článok užitočný", "bol tento článok užitočný"]),
        label(Social).phrases(&["zdieľajte", "zdieľaj", "zdieľať na", "zdieľať tento článok"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["vypočuť článok", "počúvať článok", "audioverzia článku"]),
        chrome(Other).max_words(5).phrases(&["vypočujte si článok"]),
        chrome(Social).max_words(5).phrases(&["pozrieť na youtube"]),
        chrome(Social).max_words(7).phrases(&["zobraziť tento príspevok na instagrame"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["zrušiť odpoveď", "odoslať komentár", "skryť komentáre", "načítať komentáre"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["komentáre sú uzavreté", "zatiaľ žiadne komentáre"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["vyžadované polia sú označené", "povinné polia sú označené"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["vaša e-mailová adresa nebude zverejnená", "vaša emailová adresa nebude zverejnená"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["nahlásiť preklep"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["všimli ste si chybu", "našli ste v článku chybu"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["čítajte:", "k téme:", "prečítajte si:", "pozrite si:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. čítania", "min čítania", "minút čítania", "minúty čítania"]),
        line(Other).max_words(45).phrases(&["vznik článku podporil", "vznik textu podporil", "tento článok bol podporený", "tento text bol podporený"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["článok zadarmo", "články zadarmo", "bezplatný článok", "bezplatných článkov", "voľný článok", "voľné články", "voľných článkov", "článok na prečítanie", "články na prečítanie", "článkov na prečítanie"]),
        ask(Paywall).max_words(30).phrases(&["toto je váš posledný článok zadarmo", "toto je tvoj posledný článok zadarmo", "váš posledný článok zadarmo", "posledný článok zadarmo", "vyčerpali ste limit článkov zadarmo", "vyčerpal si limit článkov zadarmo", "prečítali ste všetky články zadarmo", "dosiahli ste limit bezplatných článkov"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["zvyšok článku je dostupný len pre predplatiteľov", "celý článok je dostupný len pre predplatiteľov", "článok je dostupný len pre predplatiteľov", "exkluzívny obsah pre predplatiteľov", "tento článok je exkluzívny", "zvyšok článku", "celý článok si prečítate", "na dočítanie článku", "dočítajte článok"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["článok pokračuje pod reklamou", "článok pokračuje pod video reklamou", "článok pokračuje po reklame", "článok pokračuje nižšie", "pokračovanie článku pod reklamou", "pokračovanie textu pod reklamou", "pokračovanie po reklame", "pokračujte v čítaní pod reklamou"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["komerčný článok", "komerčné oznámenie", "sponzorovaný článok", "platená spolupráca", "platený obsah", "článok vznikol v spolupráci s"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["článok obsahuje affiliate odkazy", "tento článok obsahuje affiliate odkazy", "článok obsahuje partnerské odkazy", "môžeme získať províziu", "môžeme dostať províziu", "pri nákupe cez tieto odkazy", "ak nakúpite cez odkazy"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["autorské práva vyhradené", "publikovanie alebo ďalšie šírenie", "kopírovanie zakázané", "publikovanie alebo ďalšie šírenie obsahu je zakázané"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["prihlásiť sa na odber", "prihláste sa na odber newslettera"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["zobraziť diskusiu", "diskusia k článku", "prihláste sa pre komentovanie"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["ilustračné foto", "ilustračná snímka", "ilustračný obrázok", "archív autora", "súkromný archív", "rodinný archív", "archív redakcie"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["prehrať video", "prehrať znova", "prehrávač videa", "video prehrávač", "prehrávač zvuku", "zvukový prehrávač"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["toto je modálne okno"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tagy", "štítky", "kľúčové slová"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["číslo účtu", "bankové spojenie", "variabilný symbol", "konštantný symbol", "špecifický symbol", "majiteľ účtu", "správa pre prijímateľa", "názov účtu"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["odoberať newsletter", "chcem odoberať", "prihlásiť na odber", "tvoj e-mail", "zadajte e-mailovú adresu", "e-mailová adresa"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["odoberať", "odoslať", "registrovať"]),
        label(Subscription).phrases(&["predplatiť si", "kúpiť predplatné", "chcem predplatné", "aktivovať predplatné", "zobraziť ponuku", "vybrať predplatné", "vyskúšať zadarmo", "získať prístup", "máte predplatné? prihláste sa", "už máte predplatné? prihláste sa", "ste predplatiteľ? prihláste sa", "máte už účet? prihláste sa"]),
        label(App).phrases(&["stiahnuť v app store", "stiahnite si v app store", "teraz na google play", "dostupné na google play", "dostupné v app store", "stiahnuť aplikáciu", "otvoriť v aplikácii", "nainštalovať aplikáciu", "stiahnuť zadarmo"]),
        label(Donation).phrases(&["prispieť teraz", "chcem prispieť", "podporiť teraz", "jednorazový dar", "pravidelný dar", "mesačný dar", "vlastná suma", "zadajte sumu", "prispievať mesačne", "darovať jednorazovo", "pravidelná podpora", "jednorazová podpora", "pokračovať k platbe", "stať sa darcom"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["pravidelne"]),
        label(Social).phrases(&["skopírovať odkaz", "odkaz bol skopírovaný", "skopírované do schránky", "tlačiť článok", "poslať e-mailom", "zdieľať e-mailom", "zdieľať na x", "zdieľať na linkedin", "zdieľať cez whatsapp", "poslať odkaz", "tlačiť stránku"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["odoslaním súhlasíte so spracúvaním", "odoslaním formulára súhlasíte", "prihlásením na odber súhlasíte", "kliknutím na tlačidlo", "súhlasím so spracovaním osobných údajov", "súhlasím so spracúvaním osobných údajov", "beriem na vedomie", "prevádzkovateľom osobných údajov je", "informácie o spracúvaní osobných údajov", "z odberu sa môžete kedykoľvek odhlásiť", "kedykoľvek sa môžete odhlásiť", "váš e-mail nikomu neposkytneme", "táto stránka je chránená službou recaptcha", "skontrolujte si e-mailovú schránku"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["zaujal vás článok", "nechcete nič zmeškať", "nechceš nič zmeškať", "chcete vedieť viac", "chcete byť v obraze", "bol pre vás článok užitočný", "chcete viac takýchto článkov", "páči sa vám naša práca"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["povedali", "uviedli", "dodali", "vysvetlil", "vysvetlila", "zdôraznil", "zdôraznila", "upozornil", "upozornila", "poznamenal", "poznamenala", "potvrdil", "potvrdila", "oznámil", "oznámila", "vyhlásil", "vyhlásila", "priznal", "priznala", "pripustil", "pripustila", "poprel", "poprela", "varoval", "varovala", "pripomenul", "pripomenula", "odpovedal", "odpovedala", "spýtal", "spýtala", "opýtal", "opýtala", "napísal", "napísala", "tvrdil", "tvrdila", "hovorí", "informoval", "informovala", "konštatoval", "konštatovala", "vyjadril", "vyjadrila", "v rozhovore pre"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogaléria", "zväčšiť"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["zobraziť galériu", "otvoriť galériu", "zavrieť galériu", "ďalšia fotografia", "predchádzajúca fotografia", "celá obrazovka"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["na celú obrazovku"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["naživo", "aktualizované", "obnoviť"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["online prenos", "priamy prenos", "živý prenos", "sledujte naživo", "načítať ďalšie"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["uložiť", "uložené"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["uložiť článok", "veľkosť písma", "zväčšiť písmo", "zmenšiť písmo"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["prehrať", "pozastaviť", "stlmiť", "titulky"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["zapnúť zvuk", "vypnúť zvuk", "automatické prehrávanie", "rýchlosť prehrávania"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["pomohol vám tento článok", "chcete viac takých článkov"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["ďakujeme, že ste dočítali až sem", "dočítali ste až sem", "vďaka, že si dočítal až sem", "ďakujeme, že nás čítate", "ďakujeme za prečítanie", "ďakujeme, že ste s nami"]),
        cue(Donation).weight(2.0).phrases(&["každý dar zdvojnásobíme", "zdvojnásobíme váš príspevok"]),
        cue(Donation).weight(2.0).phrases(&["aj malá suma pomôže", "prispejte, koľko môžete"]),
        cue(Subscription).phrases(&["elektronické vydanie", "digitálne vydanie", "tlačené vydanie", "objednajte si predplatné", "aktuálne číslo časopisu"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["povoliť teraz nie", "teraz nie povoliť", "povoliť neskôr", "neskôr povoliť", "povoliť blokovať", "blokovať povoliť", "povoliť zrušiť", "zrušiť povoliť"]),
        cue(App).phrases(&["zapnúť upozornenia", "push notifikácie"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["chcem podporiť", "podporujem", "prispievam", "už podporujem", "už prispievam", "podporím"]),
        label(Membership).phrases(&["chcem sa stať členom", "už som členom", "pridávam sa"]),
        label(Subscription).phrases(&["už mám predplatné", "mám predplatné", "som predplatiteľ"]),
        label(Newsletter).phrases(&["chcem odoberať newsletter", "chcem dostávať newsletter"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["čítajte aj:", "čítaj aj:", "citajte aj:", "čítajte tiež:", "prečítajte si aj:", "prečítajte si tiež:", "pozrite si aj:", "súvisiace články:", "viac o téme:", "mohlo by vás zaujímať:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["počúvajte naživo", "počúvaj naživo", "rádio naživo", "sledujte živé vysielanie"]),
        ask(Social).max_words(30).phrases(&["náš kanál na whatsappe", "náš kanál na telegrame", "sledujte náš kanál", "pridajte sa k nášmu kanálu", "pridaj sa k nášmu kanálu", "sme aj na whatsappe", "sme aj na telegrame"]),
        label(Social).phrases(&["sledovať kanál"]),
        line(Subscription).max_words(10).phrases(&["čítajte dnešné vydanie", "elektronická verzia novín"]),
        label(Subscription).phrases(&["elektronické vydanie", "digitálne vydanie"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redakcia si vyhradzuje právo", "nemusia vyjadrovať názor redakcie", "nevyjadrujú názor redakcie", "diskutovať môžu len registrovaní", "diskutovať môžu iba registrovaní"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["máte tip na článok", "máte tip na tému", "máte pre nás tip", "pošlite nám tip", "pošlite nám fotografie", "pošlite nám fotky", "napíšte do redakcie", "kontaktujte redakciu", "napíšte nám na whatsapp"]),
        label(Other).phrases(&["poslať tip", "pošlite tip", "napíšte redakcii", "kontakt na redakciu"]),
        ask(Ad).max_words(35).phrases(&["hlasujte za svojho favorita", "vyhrajte vstupenky", "súťažte o vstupenky", "súťažte s nami"]),
        label(Ad).phrases(&["kúpiť vstupenky", "kúpiť lístky", "kúpte si vstupenky"]),
        ask(Ad).max_words(35).phrases(&["hľadáme novinára", "hľadáme novinárku", "hľadáme redaktora", "hľadáme redaktorku", "hľadáme posily do redakcie", "pridajte sa k nášmu tímu", "staňte sa súčasťou našej redakcie", "životopis posielajte"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["budúce komentáre", "váš komentár čaká na schválenie"]),
        label(Other).part(Comments).phrases(&["komentovať", "diskutovať"]),
    ],
    // "my" (we) is already the Polish pack's, and English.
    we: &["náš", "naša", "naše", "našu", "nás", "nám", "našej", "nášho"],
    you: &["ty", "tvoj", "tvoja", "tvoje", "teba", "tebe", "vy", "váš", "vaša", "vaše", "vás", "vám", "vašu", "vašej"],
};
