//! Czech.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "cs",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["doba čtení", "min čtení", "minut čtení", "minuty čtení"]),
        header(Donation).max_words(14).phrases(&[
            "zpráva od", "podpořte nás", "podpoř nás", "podpořte nezávislou žurnalistiku", "než odejdete", "pomozte nám",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "přispějte", "přispěj", "darujte", "daruj", "váš dar", "tvůj dar", "každá koruna",
            "pravidelný příspěvek", "zvolte částku", "jednorázově nebo pravidelně",
            "staňte se podporovatelem", "staň se podporovatelem", "potřebujeme vaši podporu", "potřebujeme tvou podporu",
        ]),
        cue(Donation).phrases(&["vaše podpora", "vaši podporu", "nezávislou žurnalistiku", "nezávislé žurnalistiky", "naši práci", "kč měsíčně", "číslo účtu"]),
        cue(Donation).weight(0.5).phrases(&["podpor*", "dárc*", "příspěvk*"]),
        salutation(Donation).max_words(6).phrases(&["milí čtenáři", "vážení čtenáři", "milé čtenářky", "milé čtenářky, milí čtenáři"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["líbil se vám článek", "líbí se vám, co děláme"]),
        ask(Membership).phrases(&["staňte se členem", "staň se členem", "připojte se ke komunitě", "přidejte se ke komunitě"]),
        cue(Membership).phrases(&["členství*"]),
        ask(Subscription).phrases(&[
            "předplaťte si", "kupte si předplatné", "už máte předplatné", "máte již předplatné",
            "první měsíc zdarma", "zrušit kdykoli", "pro předplatitele", "digitální předplatné",
        ]),
        cue(Subscription).phrases(&["předplatné*", "předplatitel*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "pro pokračování ve čtení", "chcete-li číst dál", "článek je dostupný pouze", "pouze pro předplatitele",
            "bezplatných článků", "článků zdarma",
        ]),
        ask(Newsletter).phrases(&[
            "přihlaste se k odběru", "odebírejte náš newsletter", "náš newsletter", "do vaší e-mailové schránky",
            "vaše e-mailová adresa", "váš e-mail", "odhlásit se můžete kdykoli",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "zásady ochrany osobních údajů"]),
        ask(App).phrases(&["stáhněte si aplikaci", "stáhněte si naši aplikaci", "stáhni si aplikaci"]),
        cue(App).phrases(&["naše aplikace", "naší aplikaci"]),
        ask(Cookie).phrases(&["používáme soubory cookie", "přijmout vše", "odmítnout vše", "nastavení cookies"]),
        ask(Social).phrases(&["sledujte nás", "sleduj nás", "sdílejte článek", "sdílet na", "sdílet článek"]),
        label(Ad).phrases(&["reklama", "sponzorováno", "komerční sdělení"]),
        line(Related).max_words(24).phrases(&[
            "čtěte také", "čtěte též", "přečtěte si také", "související články", "nejčtenější", "mohlo by vás zajímat",
        ]),
        label(Related).phrases(&["čtěte také", "související články", "nejčtenější", "mohlo by vás zajímat"]),
        ask(Credit).max_words(40).phrases(&["je redaktorem", "je redaktorkou", "je reportérem", "je reportérkou", "je zpravodajem", "je zpravodajkou", "poprvé vyšel"]),
        line(Credit).max_words(10).phrases(&["foto:", "text:", "autor:", "autorka:", "překlad:", "s využitím"]),
        chrome(Other).max_words(10).phrases(&["všechna práva vyhrazena",]),
        label_any().phrases(&[
            "zavřít", "teď ne", "ne, děkuji", "později", "připomenout později", "přijmout", "odmítnout", "pokračovat",
            "sdílet", "tisk", "jednorázově", "měsíčně", "přispět", "podpořit", "darovat", "předplatit", "přihlásit se",
        ]),
        outlet(Donation).phrases(&[
            "nezávislé médium", "nezávislý deník", "bez reklam", "bez paywallu", "nezisková organizace",
            "zdarma pro všechny", "financováno čtenáři",
        ]),
        notice().phrases(&["oprava:", "aktualizace:"]),
        body().phrases(&["řekl", "řekla", "uvedl", "uvedla", "sdělil", "sdělila"]),
        // Also news wording: "měsíční příspěvek na důchodové spoření", "každý příspěvek do sbírky
        // poputuje rodinám", "vyšetřovatelé získali neomezený přístup", "obchod používá soubory
        // cookie", "Další články ústavy se mají změnit".
        cue(Donation).weight(2.0).phrases(&["měsíční příspěvek", "každý příspěvek"]),
        ask(Donation).weight(3.5).phrases(&["každý příspěvek pomůže", "každý příspěvek pomáhá", "každý příspěvek se počítá"]),
        cue(Subscription).weight(2.0).phrases(&["neomezený přístup"]),
        cue(Cookie).phrases(&["používá soubory cookie", "soubory cookie"]),
        ask(Cookie).phrases(&["tento web používá soubory cookie", "tato stránka používá soubory cookie", "náš web používá soubory cookie"]),
        line(Related).max_words(3).phrases(&["další články"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["podpoříte nás", "podpoříš nás", "díky tobě můžeme", "díky vám můžeme"]),
        cue(Donation).weight(2.0).phrases(&["libovolnou částkou", "financují čtenáři"]),
        ask(Membership).phrases(&["jako člen nám", "jako členka nám", "jako členové nám"]),
        cue(Membership).phrases(&["jako člen"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["přečetli jste", "přečetl jsi"]),
        ask(Newsletter).phrases(&["zadejte svůj e-mail", "zadejte e-mail", "do vašeho e-mailu", "do tvého e-mailu"]),
        cue(Newsletter).phrases(&["do e-mailu"]),
        cue(App).phrases(&["ke stažení pro", "pro iphone i android", "pro iphone a android"]),
        ask(Cookie).phrases(&["tento web používá soubory cookies", "tato stránka používá soubory cookies", "náš web používá soubory cookies", "používáme soubory cookies", "pokračováním v prohlížení souhlasíte"]),
        cue(Cookie).phrases(&["soubory cookies", "souhlasíte s jejich používáním"]),
        ask(Credit).max_words(40).phrases(&["napište mu na", "napište jí na"]),
        outlet(Donation).phrases(&["médium bez reklam"]),
        label_any().phrases(&["možná později", "nastavení", "nyní ne"]),
        ask(Donation).phrases(&["podpořte naši práci", "podpoř naši práci", "pošlete nám příspěvek", "pošli nám příspěvek", "přispějte libovolnou částkou", "přispěj libovolnou částkou"]),
        ask(Membership).phrases(&["staňte se členkou", "přidej se ke komunitě", "přidejte se k nám"]),
        ask(Subscription).phrases(&["předplať si", "kup si předplatné", "už máš předplatné"]),
        ask(Newsletter).phrases(&["přihlas se k odběru", "zadej svůj e-mail", "odebírej náš newsletter"]),
        ask(App).phrases(&["stáhni si naši aplikaci", "nainstalujte si aplikaci"]),
        ask(Social).phrases(&["sdílej článek", "sleduj nás na"]),
        line(Related).max_words(24).phrases(&["přečtěte si také:", "přečti si také:", "související:"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["díky podpoře čtenářů", "díky podpoře našich čtenářů", "díky našim čtenářům", "transparentní účet", "přes qr kód"]),
        ask(Donation).phrases(&["pošlete nám pár korun", "pošli nám pár korun", "podporujte nás"]),
        ask(Membership).phrases(&["jako podporovatel dostanete", "jako podporovatel získáte", "jako podporovatelka dostanete"]),
        ask(Subscription).phrases(&["staňte se předplatitelem", "staň se předplatitelem", "čtěte vše bez omezení"]),
        ask(Newsletter).phrases(&["odběr můžete kdykoli zrušit", "odběr můžeš kdykoli zrušit", "přihlaste se k našemu"]),
        ask(Paywall).weight(3.5).phrases(&["článek je zamčený", "tento článek je uzamčen"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["máte už účet", "už máte účet"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["tato webová stránka používá cookies", "tento web používá cookies", "tato stránka používá cookies"]),
        cue(Cookie).phrases(&["zásadách používání cookies"]),
        line(Credit).max_words(10).phrases(&["text a foto:"]),
        line(Related).max_words(8).phrases(&["další zprávy z", "další zprávy"]),
        label_any().phrases(&["rozumím", "beru na vědomí"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["kteří nás už podporují", "kteří nás již podporují", "vyberte částku", "vyber částku"]),
        ask(Subscription).phrases(&["darujte předplatné", "daruj předplatné", "předplatné jako dárek"]),
        ask(Social).phrases(&["pošli ho kamarádovi", "pošlete ho známým", "pošlete článek známým"]),
        line(Other).max_words(25).phrases(&["máte tip pro redakci", "máte tip na článek"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["o autorovi", "o autorce", "o autorech", "další články autora", "všechny články autora"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["autor je", "autorka je", "autor působí", "autorka působí", "autor pracuje", "autorka pracuje"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["je novinář", "je novinářka", "je publicista", "je publicistka"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["přeskočit na obsah", "přejít k obsahu", "přejít na obsah"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["přidat komentář", "napsat komentář", "zobrazit komentáře", "diskuse je uzavřena", "vstoupit do diskuse", "diskuse k článku"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["komentáře"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komentáře", "komentářů"]),
        ask(Other).part(Comments).phrases(&["abyste mohli komentovat", "pro přidání komentáře", "komentáře jsou moderovány", "pravidla diskuse"]),
        ask(Other).part(Disclaimer).phrases(&["nemusí vyjadřovat názor redakce", "vyjadřuje názor autora", "vyjadřují názory autora"]),
        cue(Other).part(Disclaimer).phrases(&["nemusí odrážet názor"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["další strana", "předchozí strana", "strana 1 z", "nahlásit chybu", "našli jste chybu", "pošlete nám tip"]),
        ask(Other).part(Navigation).phrases(&["stránka funguje nejlépe", "váš prohlížeč je zastaralý", "povolte javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(14).phrases(&["podpoř nezávislou žurnalistiku", "než odejdeš", "pomoz nám"]),
        ask(Donation).weight(3.5).phrases(&["zvol částku"]),
        ask(Donation).phrases(&["podporuj nás"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["líbil se ti článek", "líbí se ti, co děláme"]),
        ask(Membership).phrases(&[
            "připoj se ke komunitě", "staň se členkou", "přidej se k nám", "jako podporovatel dostaneš", "jako podporovatel získáš",
        ]),
        ask(Subscription).phrases(&["máš již předplatné", "čti vše bez omezení"]),
        ask(Paywall).weight(3.5).phrases(&["chceš-li číst dál"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["máš už účet", "už máš účet"]),
        ask(Newsletter).phrases(&[
            "do tvé e-mailové schránky", "tvoje e-mailová adresa", "tvůj e-mail", "odhlásit se můžeš kdykoli", "zadej e-mail",
            "přihlas se k našemu",
        ]),
        ask(App).phrases(&["nainstaluj si aplikaci"]),
        ask(Social).phrases(&["sledujte nás na", "pošli ho známým", "pošli článek známým"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "mohlo by tě zajímat", "mohlo by vás také zajímat", "mohlo by tě také zajímat", "také by vás mohlo zajímat",
            "mohlo by se vám líbit", "mohlo by se ti líbit", "přečti si také", "čti také",             "přečtěte si též",
        ]),
        line(Related).max_words(6).phrases(&[
            "více o tématu", "více k tématu", "další články k tématu", "další články z rubriky", "další z rubriky",
            "více z rubriky", "související zprávy", "podobné články", "doporučené články", "výběr redakce",
            "nejnovější zprávy", "nejnovější články", "nejsledovanější", "nejoblíbenější", "nejkomentovanější",
            "nejdiskutovanější", "předchozí článek", "následující článek", "další článek", "nenechte si ujít",
        ]),
        line(Related).max_words(4).phrases(&["související", "doporučujeme", "k tématu", "více z"]),
        label(Related).phrases(&[
            "související", "související zprávy", "podobné články", "doporučujeme", "výběr redakce", "nejnovější",
            "nejnovější zprávy", "nejoblíbenější", "další články", "další zprávy", "k tématu", "nenechte si ujít",
            "mohlo by tě zajímat", "přečtěte si také",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "ukládání a/nebo přístup k informacím v zařízení", "vytvoření profilu pro personalizovanou reklamu",
            "vytvoření profilu pro personalizovaný obsah", "měření výkonu reklamy a obsahu",
            "poznatky o uživatelích a vývoj produktů", "použití přesných údajů o geografické poloze",
        ]),
        label_any().phrases(&[
            "souhlasím", "nesouhlasím", "další možnosti", "spravovat možnosti",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "tento text vychází v rámci", "tento text vychází za podpory", "tento text vychází ve spolupráci",
            "tento text vychází s podporou", "tento článek vychází v rámci", "tento článek vychází za podpory",
            "tento článek vychází ve spolupráci", "tento článek vychází s podporou", "text vychází v rámci",
            "text vychází za podpory", "text vychází ve spolupráci", "text vychází s podporou", "článek vychází v rámci",
            "článek vychází za podpory", "článek vychází ve spolupráci", "článek vychází s podporou",
            "tento text je součástí série", "tento text je součástí seriálu", "tento text je součástí projektu",
            "tento text je součástí cyklu", "tento článek je součástí série", "tento článek je součástí seriálu",
            "tento článek je součástí projektu", "tento článek je součástí cyklu", "text je součástí série",
            "text je součástí seriálu", "text je součástí projektu", "text je součástí cyklu", "článek je součástí série",
            "článek je součástí seriálu", "článek je součástí projektu", "článek je součástí cyklu",
            "rozhovor je součástí série", "rozhovor je součástí seriálu", "rozhovor je součástí projektu",
            "rozhovor je součástí cyklu", "tato reportáž je součástí", "reportáž je součástí",
            "tento rozhovor je součástí", "tento článek vznikl", "tato reportáž vznikla", "tento rozhovor vznikl",
            "tento text vznikl v rámci", "tento text vznikl za podpory", "tento text vznikl ve spolupráci",
            "tento text vznikl s podporou", "tento text vznikl díky", "tento materiál vznikl v rámci",
            "tento materiál vznikl za podpory", "tento materiál vznikl ve spolupráci", "tento materiál vznikl s podporou",
            "tento materiál vznikl díky", "článek vznikl v rámci", "článek vznikl za podpory",
            "článek vznikl ve spolupráci", "článek vznikl s podporou", "článek vznikl díky", "text vznikl v rámci",
            "text vznikl za podpory", "text vznikl ve spolupráci", "text vznikl s podporou", "text vznikl díky",
            "materiál vznikl v rámci", "materiál vznikl za podpory", "materiál vznikl ve spolupráci",
            "materiál vznikl s podporou", "materiál vznikl díky", "reportáž vznikla v rámci",
            "reportáž vznikla za podpory", "reportáž vznikla ve spolupráci", "reportáž vznikla s podporou",
            "reportáž vznikla díky", "tato publikace vznikla", "toto je první díl", "toto je druhý díl",
            "toto je třetí díl", "toto je poslední díl",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["podívejte se také", "podívejte se též", "viz také", "viz též"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["podobné příspěvky", "nejsdílenější", "mohlo by se vám také líbit", "mohlo by se ti také líbit"]),
        header(Donation).max_words(12).phrases(&["líbil se vám tento článek", "líbil se ti tento článek", "byl pro vás tento článek užitečný", "byl tento článek užitečný"]),
        label(Social).phrases(&["sdílejte", "sdílej", "sdílet přes", "sdílet tento článek", "sdílejte tento článek"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["poslechnout článek", "audioverze článku", "přehrát článek"]),
        chrome(Other).max_words(5).phrases(&["poslechněte si článek"]),
        chrome(Social).max_words(5).phrases(&["sledovat na youtube", "přehrát na youtube"]),
        chrome(Social).max_words(6).phrases(&["zobrazit příspěvek na instagramu"]),
        chrome(Social).max_words(7).phrases(&["zobrazit tento příspěvek na instagramu"]),
        chrome(Social).max_words(10).phrases(&["příspěvek sdílený uživatelem"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["zrušit odpověď", "odeslat komentář", "skrýt komentáře", "načíst komentáře"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["komentáře jsou uzavřeny", "zobrazit všechny komentáře", "zatím žádné komentáře"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["vyžadované informace jsou označeny"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["pro přidávání komentářů se musíte nejdříve přihlásit"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["vaše e-mailová adresa nebude zveřejněna"]),
        chrome(Other).part(Comments).max_words(20).phrases(&["uložit do prohlížeče jméno, e-mail a webovou stránku"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["nahlásit překlep"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["všimli jste si chyby", "našli jste v článku chybu"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["čtěte:", "k tématu:", "čtěte více:", "přečtěte si:", "podívejte se:", "více o tématu:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. čtení", "minuta čtení"]),
        line(Other).max_words(45).phrases(&["vznik tohoto článku", "vznik textu podpořil", "tento text byl podpořen", "článek byl podpořen"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["článek zdarma", "články zdarma", "bezplatný článek", "bezplatné články", "článek k přečtení zdarma", "články k přečtení zdarma", "článků k přečtení zdarma", "zbývající články", "zbývajících článků"]),
        ask(Paywall).max_words(30).phrases(&["toto je váš poslední článek zdarma", "toto je tvůj poslední článek zdarma", "váš poslední článek zdarma", "tvůj poslední článek zdarma", "vyčerpali jste limit článků zdarma", "vyčerpal jste limit článků zdarma", "vyčerpal jsi limit článků zdarma", "přečetli jste všechny články zdarma", "dosáhli jste limitu článků zdarma", "limit článků zdarma"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["zbytek článku je dostupný pouze předplatitelům", "celý článek je dostupný předplatitelům", "článek je dostupný pouze pro předplatitele", "exkluzivní obsah pro předplatitele", "celý článek si přečtete", "pro dočtení článku", "dočtěte celý článek", "zbývá dočíst", "pokračování článku", "celý článek je dostupný"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["pokračování článku pod reklamou", "článek pokračuje pod reklamou", "článek pokračuje po reklamě", "článek pokračuje níže", "pokračování textu pod reklamou", "text pokračuje pod reklamou", "pokračování po reklamě", "pokračování článku níže", "pokračujte ve čtení pod reklamou"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["komerční článek", "komerční prezentace", "sponzorovaný obsah", "sponzorovaný článek", "placená spolupráce", "placený obsah", "obsah partnera", "partnerský obsah", "článek vznikl ve spolupráci s"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["článek obsahuje affiliate odkazy", "tento článek obsahuje affiliate odkazy", "tento text obsahuje affiliate odkazy", "článek obsahuje partnerské odkazy", "článek obsahuje provizní odkazy", "můžeme získat provizi", "můžeme obdržet provizi", "při nákupu přes tyto odkazy", "pokud nakoupíte přes odkazy"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["publikování nebo šíření obsahu je zakázáno", "publikování nebo další šíření obsahu", "převzetí obsahu je bez písemného souhlasu zakázáno", "kopírování zakázáno", "jakékoliv užití obsahu"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["přihlaste se k odběru newsletteru", "přihlaste se k newsletteru", "přihlásit k odběru"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["vstoupit do diskuze", "zobrazit diskusi", "diskuze je uzavřena", "přihlaste se pro komentování"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["ilustrační foto", "ilustrační snímek", "ilustrační obrázek", "archiv autora", "soukromý archiv", "rodinný archiv", "archiv redakce", "se svolením"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["přehrát video", "přehrát znovu", "přehrávač videa"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["konec dialogového okna"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["toto je modální okno"]),
        chrome(Social).part(Player).weight(2.5).max_words(8).phrases(&["příspěvek sdílený"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tagy", "štítky", "klíčová slova"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["číslo účtu", "bankovní spojení", "variabilní symbol", "konstantní symbol", "specifický symbol", "majitel účtu", "zpráva pro příjemce", "transparentní účet"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["odebírat newsletter", "chci odebírat", "přihlásit se k odběru", "přihlásit k newsletteru", "zadejte e-mailovou adresu", "e-mailová adresa"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["odebírat", "odeslat", "zaregistrovat"]),
        label(Subscription).phrases(&["předplatit si", "koupit předplatné", "chci předplatné", "aktivovat předplatné", "zobrazit nabídku", "vybrat předplatné", "vyzkoušet zdarma", "získat přístup", "už máte předplatné? přihlaste se", "máte předplatné? přihlaste se", "jste předplatitel? přihlaste se", "máte už účet? přihlaste se", "stát se předplatitelem"]),
        label(App).phrases(&["stáhnout v app store", "stáhněte si v app store", "nyní na google play", "dostupné na google play", "dostupné v app store", "stáhnout aplikaci", "otevřít v aplikaci", "nainstalovat aplikaci", "stáhnout zdarma"]),
        label(Donation).phrases(&["darovat nyní", "chci přispět", "jednorázový dar", "pravidelný dar", "měsíční dar", "jiná částka", "vlastní částka", "zadejte částku", "přispívat měsíčně", "darovat jednorázově", "pravidelná podpora", "jednorázová podpora", "pokračovat k platbě", "stát se dárcem"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["pravidelně"]),
        label(Social).phrases(&["kopírovat odkaz", "zkopírovat odkaz", "odkaz zkopírován", "odkaz byl zkopírován", "zkopírováno do schránky", "tisk článku", "poslat e-mailem", "sdílet e-mailem", "sdílet na facebooku", "sdílet na x", "sdílet na linkedin", "sdílet přes whatsapp", "poslat odkaz"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["vytisknout", "tisknout"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["odesláním souhlasíte se zpracováním", "odesláním formuláře souhlasíte", "přihlášením k odběru souhlasíte", "přihlášením k odběru newsletteru", "kliknutím na tlačítko", "souhlasím se zpracováním osobních údajů", "správcem osobních údajů je", "informace o zpracování osobních údajů", "z odběru se můžete kdykoli odhlásit", "z odběru se můžete kdykoliv odhlásit", "kdykoli se můžete odhlásit", "váš e-mail nikomu nepředáme", "tato stránka je chráněna službou recaptcha", "zkontrolujte svou e-mailovou schránku"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["zaujal vás článek", "nechcete nic zmeškat", "nechceš nic zmeškat", "chcete vědět víc", "chcete být v obraze", "byl pro vás článek užitečný", "chcete víc takových článků", "chcete číst víc", "líbí se vám naše práce"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["řekli", "uvedli", "sdělili", "dodal", "dodala", "dodali", "vysvětlil", "vysvětlila", "zdůraznil", "zdůraznila", "upozornil", "upozornila", "poznamenal", "poznamenala", "potvrdil", "potvrdila", "oznámil", "oznámila", "prohlásil", "prohlásila", "připustil", "připustila", "přiznal", "přiznala", "popřel", "popřela", "varoval", "varovala", "připomněl", "připomněla", "odpověděl", "odpověděla", "zeptal", "zeptala", "napsal", "napsala", "tvrdil", "tvrdila", "říká", "uvádí", "dodává", "informoval", "informovala", "podle něj", "podle ní", "podle nich", "v rozhovoru pro", "cituje"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogalerie", "zvětšit"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["zobrazit fotogalerii", "zobrazit galerii", "otevřít galerii", "zavřít galerii", "celá obrazovka"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["živě", "aktualizováno", "obnovit"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["online přenos", "přímý přenos", "živý přenos", "sledujte živě", "online reportáž", "načíst další"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["uložit", "uloženo"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["uložit článek", "velikost písma", "zvětšit písmo", "zmenšit písmo"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["přehrát", "pozastavit", "ztlumit", "titulky"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["zapnout zvuk", "vypnout zvuk", "automatické přehrávání", "rychlost přehrávání"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["pomohl vám tento článek", "vážíte si naší práce"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["děkujeme, že jste dočetli až sem", "dočetli jste až sem", "díky, že jsi dočetl až sem", "děkujeme, že nás čtete", "děkujeme za přečtení", "děkujeme, že jste s námi"]),
        cue(Donation).weight(2.0).phrases(&["každý dar zdvojnásobíme", "zdvojnásobíme váš příspěvek"]),
        cue(Donation).weight(2.0).phrases(&["i malá částka pomůže", "přispějte, kolik můžete"]),
        cue(Subscription).phrases(&["elektronické vydání", "digitální vydání", "tištěné vydání", "aktuální číslo časopisu"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["povolit teď ne", "teď ne povolit", "povolit později", "později povolit", "povolit blokovat", "blokovat povolit", "povolit zrušit", "zrušit povolit"]),
        cue(App).phrases(&["zapnout upozornění", "push notifikace", "odebírat upozornění"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["chci podpořit", "podporuji", "přispívám", "už podporuji", "už přispívám", "podpořím"]),
        label(Membership).phrases(&["chci se stát členem", "už jsem členem", "přidávám se"]),
        label(Subscription).phrases(&["už mám předplatné", "mám předplatné", "už jsem předplatitel"]),
        label(Newsletter).phrases(&["chci odebírat newsletter"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["čtěte také:", "čtěte též:", "čti také:", "související články:", "mohlo by vás zajímat:", "mohlo by vás také zajímat:", "podívejte se také:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["poslouchejte živě", "poslouchej živě", "sleduj živě", "sledujte naživo", "sledujte živé vysílání", "poslouchejte živé vysílání"]),
        ask(Social).max_words(30).phrases(&["přidejte se k našemu kanálu", "připojte se k našemu kanálu", "sledujte náš kanál", "jsme na whatsappu", "náš kanál na whatsappu", "náš kanál na telegramu"]),
        label(Social).phrases(&["připojit se ke kanálu", "sledovat kanál"]),
        line(Subscription).max_words(10).phrases(&["přečtěte si dnešní vydání", "přečti si dnešní vydání", "číst e-noviny", "elektronické vydání novin"]),
        label(Subscription).phrases(&["e-noviny", "elektronické vydání", "digitální vydání"]),
        ask(Other).part(Comments).max_words(60).phrases(&["vyhrazujeme si právo mazat", "si vyhrazuje právo mazat příspěvky", "příspěvky obsahující vulgarismy", "názory čtenářů nevyjadřují", "komentovat mohou pouze registrovaní"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["máte tip na článek", "máte pro nás tip", "pošlete nám tip", "pošlete nám své fotografie", "napište do redakce", "kontaktujte redakci"]),
        label(Other).phrases(&["poslat tip", "tip pro redakci", "kontaktovat redakci", "napsat redakci"]),
        ask(Ad).max_words(35).phrases(&["kupte si vstupenky", "zajistěte si vstupenky", "vyhrajte vstupenky", "soutěžte s námi", "zapojte se do naší soutěže", "hlasujte pro svého favorita"]),
        label(Ad).phrases(&["koupit vstupenky", "koupit vstupenku", "zaregistrovat se", "chci soutěžit", "hlasujte"]),
        ask(Ad).max_words(35).phrases(&["hledáme redaktora", "hledáme redaktorku", "hledáme posilu do redakce", "přidejte se k našemu týmu", "staňte se součástí naší redakce", "pošlete nám svůj životopis"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["vaše e-mailová adresa nebude zveřejněna", "vyžadované informace jsou označeny", "uložit do prohlížeče jméno, e-mail a webovou stránku", "pro přidávání komentářů se musíte nejdříve přihlásit", "váš komentář čeká na schválení"]),
        label(Other).part(Comments).phrases(&["komentovat", "napište komentář", "zanechte komentář"]),
    ],
    // "my" (we) is already the Polish pack's, and English.
    we: &["náš", "naše", "naši", "nás", "nám", "našeho", "naší"],
    you: &["ty", "tvůj", "tvoje", "tebe", "tobě", "vy", "váš", "vaše", "vás", "vám", "vaši"],
};
