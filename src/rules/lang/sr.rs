//! Serbian, in Cyrillic and in Latin script. The Croatian pack comes first in `ALL` and
//! already holds the formulas the two share in Latin script ("podržite nezavisno
//! novinarstvo", "donirajte", "pratite nas"): the Latin rows here are the Serbian (ekavian)
//! forms and words ("mesečno", "čitaoci", "bilten", "vesti", "sajt"); the Cyrillic rows cover
//! every function. Cyrillic phrases are Serbian forms (ј, љ, њ, ћ, ђ, "претплат-", "колачић-")
//! that a Russian, Ukrainian or Bulgarian text does not hold ("фото:" is not a credit line
//! here: Russian captions write it too, and the hand-checked bodies keep them).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "sr",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "подржите нас", "подржи нас", "подржите независно новинарство", "подржите независне медије",
            "потребна нам је ваша подршка", "потребна нам је твоја подршка",
            "potrebna nam je vaša podrška", "potrebna nam je tvoja podrška",
            "podržite nezavisne medije",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "донирајте сада", "ваша донација", "твоја донација", "свака донација је важна",
            "свака донација помаже", "сваки динар је важан", "подржите наш рад", "подржи наш рад",
            "подржите рад редакције", "постаните донатор", "постани донатор",
            "svaka donacija je važna", "svaki dinar je važan",
            "svaki dinar pomaže", "postanite podržavalac", "postani podržavalac",
            "podržite rad redakcije", "potrebna nam je vaša pomoć",
        ]),
        cue(Donation).phrases(&[
            "ваша подршка", "вашу подршку", "твоја подршка", "твоју подршку", "уз вашу подршку", "независно новинарство",
            "независног новинарства", "наш рад", "месечно", "динара месечно", "број рачуна", "dinara mesečno",
            "uz vašu pomoć", "nezavisnog novinarstva",
        ]),
        cue(Donation).weight(0.5).phrases(&["донациј*", "донатор*", "podržavaoc*"]),
        salutation(Donation).max_words(6).phrases(&[
            "драги читаоци", "поштовани читаоци", "драги читаоче", "dragi čitaoci", "poštovani čitaoci",
            "dragi čitaoče",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "да ли вам се допао текст", "допао вам се текст", "da li vam se dopao tekst", "dopao vam se tekst",
            "da li vam se dopada ono što radimo",
        ]),
        ask(Membership).phrases(&[
            "постаните члан", "постани члан", "придружите се заједници",
            "постаните део заједнице", "postanite deo zajednice", "postani deo zajednice",
        ]),
        cue(Membership).weight(0.5).phrases(&["чланств*"]),
        ask(Subscription).phrases(&[
            "претплатите се", "претплати се", "већ сте претплатник", "већ имате претплату",
            "откажите у било ком тренутку", "купите претплату",
            "otkažite u bilo kom trenutku",
        ]),
        cue(Subscription).phrases(&["неограничен приступ", "за претплатнике"]),
        cue(Subscription).weight(0.5).phrases(&["претплат*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "да бисте наставили читање", "наставите са читањем", "наставите да читате", "прочитајте цео текст",
            "прочитајте цео чланак", "садржај је доступан само претплатницима",
            "пријавите се да бисте наставили",
            "da biste nastavili čitanje", "nastavite sa čitanjem", "pročitajte ceo tekst", "pročitajte ceo članak",
            "tekst je dostupan samo pretplatnicima", "prijavite se da biste nastavili",
        ]),
        ask(Newsletter).phrases(&[
            "претплатите се на наш билтен", "пријавите се на наш билтен", "пријавите се на билтен",
            "унесите имејл адресу", "у ваше сандуче",
            "можете се одјавити у било ком тренутку", "хвала на пријави", "потврдите пријаву",
            "pretplatite se na naš bilten", "prijavite se na naš bilten", "prijavite se na bilten",
            "unesite imejl adresu", "unesite e-mail adresu",
            "možete se odjaviti u bilo kom trenutku",
        ]),
        cue(Newsletter).phrases(&["билтена", "политика приватности", "njuzletera", "biltena"]),
        ask(App).phrases(&[
            "преузмите нашу апликацију", "инсталирајте апликацију",
            "instalirajte našu aplikaciju",
        ]),
        cue(App).phrases(&["нашу апликацију", "нашој апликацији"]),
        ask(Cookie).phrases(&[
            "користимо колачиће", "овај сајт користи колачиће", "овај веб-сајт користи колачиће",
            "наш сајт користи колачиће", "прихвати све колачиће", "подешавања колачића", "политика колачића",
            "управљање колачићима", "ovaj sajt koristi kolačiće", "ovaj veb-sajt koristi kolačiće",
            "naš sajt koristi kolačiće", "podešavanja kolačića",
        ]),
        cue(Cookie).phrases(&["користи колачиће", "колачиће"]),
        ask(Social).phrases(&[
            "пратите нас", "прати нас", "пратите нас на", "поделите текст", "поделите чланак", "подели на фејсбуку",
            "копирај линк", "линк је копиран", "podelite tekst", "podelite članak", "podeli na fejsbuku",
            "link je kopiran",
        ]),
        label(Ad).phrases(&["оглас", "спонзорисано", "плаћени оглас", "промо", "sponzorisano", "sponzorisani sadržaj"]),
        line(Related).max_words(24).phrases(&[
            "прочитајте још:", "прочитајте и:", "повезани текстови", "повезани чланци",
            "може вас занимати", "можда вас занима", "препоручујемо:", "из исте рубрике",
            "povezani tekstovi", "može vas zanimati", "možda vas zanima",
            "iz iste rubrike",
        ]),
        label(Related).phrases(&[
            "прочитајте и", "прочитајте још", "повезане вести", "најчитаније", "најновије", "најновије вести", "препоручујемо",
            "издвајамо", "izdvajamo", "najnovije vesti",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "текст је првобитно објављен", "текст је пренет са", "текст је преузет са",
            "tekst je prvobitno objavljen", "tekst je prenet sa", "tekst je preuzet sa",
        ]),
        line(Credit).max_words(10).phrases(&[
            "текст:", "аутор:", "ауторка:", "превод:", "фотографија:", "снимио:", "снимила:", "prevod:",
            "autorka:",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "сва права задржана", "sva prava zadržana",
        ]),
        label(Other).phrases(&["коментари", "коментариши"]),
        label_any().phrases(&[
            "затвори", "не сада", "не, хвала", "касније", "подсети ме касније", "прихватам", "одбиј", "одбијам",
            "прихвати све", "одбиј све", "настави", "подели", "штампај", "једнократно", "месечно", "донирај", "подржи",
            "претплати се", "пријава", "регистрација", "подешавања", "разумем", "слажем се", "прочитај више",
            "сазнајте више", "други износ", "пријави се", "prijavi se", "podešavanja", "razumem", "saznajte više", "mesečno", "podseti me kasnije",
        ]),
        outlet(Donation).phrases(&[
            "независни медиј", "независан медиј", "независни портал", "непрофитни медиј", "непрофитна организација",
            "без реклама", "финансирају читаоци", "бесплатно за све", "nezavisan medij", "nezavisni portal",
            "neprofitni portal", "finansiraju čitaoci",
        ]),
        // Also news wording (Cyrillic and Latin): "Пре него што одете на одмор, проверите гуме",
        // "позива: донирајте крв", "месечна донација фирми", "Једнократна донација од милион евра",
        // "функција изаберите износ", "Синдикат позива: учланите се", "укида први месец бесплатно",
        // "Дигитална претплата поскупљује", "позива кориснике: изаберите пакет", "доступна само за
        // претплатнике", "десетак бесплатних текстова", "ваша имејл адреса никад не сме", "директор је
        // рекао да наш билтен чита сто хиљада људи", "позива грађане: преузмите апликацију", "истраживање
        // је првобитно објављено на енглеском", "Најчитаније књиге године", "Још/Више вести о олуји",
        // "Повезане вести о олуји": cues, or only a short line of their own.
        header(Donation).max_words(4).phrases(&["пре него што одете", "pre nego što odete"]),
        cue(Donation).phrases(&[
            "донирајте", "донирај", "изаберите износ", "изабери износ", "месечна донација", "једнократна донација",
            "mesečna donacija", "jednokratna donacija", "izaberite iznos", "izaberi iznos",
        ]),
        ask(Donation).at(Start).max_words(8).phrases(&["донирајте", "донирај", "donirajte", "doniraj"]),
        ask(Donation).at(Start).max_words(6).phrases(&["изаберите износ", "изабери износ", "izaberite iznos", "izaberi iznos"]),
        label(Donation).phrases(&[
            "изаберите износ", "изабери износ", "месечна донација", "једнократна донација", "mesečna donacija",
            "jednokratna donacija", "izaberite iznos", "izaberi iznos",
        ]),
        cue(Membership).phrases(&["учланите се", "учлани се", "učlanite se", "učlani se"]),
        ask(Membership).at(Start).max_words(8).phrases(&["учланите се", "учлани се", "učlanite se", "učlani se"]),
        cue(Subscription).phrases(&[
            "први месец бесплатно", "дигитална претплата", "изаберите пакет", "prvi mesec besplatno", "digitalna pretplata",
            "izaberite paket",
        ]),
        ask(Subscription).at(Start).max_words(8).phrases(&["први месец бесплатно", "prvi mesec besplatno"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["изаберите пакет", "izaberite paket"]),
        cue(Paywall).phrases(&[
            "само за претплатнике", "ексклузивно за претплатнике", "бесплатних текстова", "samo za pretplatnike",
            "ekskluzivno za pretplatnike", "besplatnih tekstova",
        ]),
        ask(Paywall).at(Start).max_words(8).phrases(&["само за претплатнике", "ексклузивно за претплатнике", "samo za pretplatnike", "ekskluzivno za pretplatnike"]),
        cue(Newsletter).weight(2.0).phrases(&["наш билтен", "наш њузлетер", "naš bilten", "naš njuzleter"]),
        cue(Newsletter).phrases(&["ваша имејл адреса", "vaša imejl adresa"]),
        cue(App).phrases(&["преузмите апликацију", "преузми апликацију", "preuzmite aplikaciju", "preuzmi aplikaciju"]),
        ask(App).at(Start).max_words(10).phrases(&["преузмите апликацију", "преузми апликацију", "preuzmite aplikaciju", "preuzmi aplikaciju"]),
        cue(Credit).phrases(&["првобитно објављено на", "prvobitno objavljeno na"]),
        line(Related).max_words(3).phrases(&[
            "најчитаније", "још вести", "више вести", "повезане вести", "najčitanije", "još vesti", "više vesti",
            "povezane vesti",
        ]),
        line(Related).max_words(24).phrases(&["најчитаније:", "још вести:", "више вести:", "повезане вести:", "povezane vesti:"]),
        notice().phrases(&["исправка:", "ажурирано:", "ispravka:"]),
        body().phrases(&[
            "рекао је", "рекла је", "изјавио је", "изјавила је", "казао је", "навео је", "навела је", "према",
            "naveo je", "navela je",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["о аутору", "o autoru", "још од аутора", "svi tekstovi autora", "сви текстови аутора"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["аутор је", "ауторка је", "autorka je"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["пређи на садржај", "прескочи на садржај", "pređi na sadržaj"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["напиши коментар", "napiši komentar", "оставите коментар", "ostavite komentar", "прикажи коментаре", "prikaži komentare"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["коментара", "komentara", "коментари"]),
        ask(Other).part(Comments).phrases(&["да бисте коментарисали", "da biste komentarisali", "коментари се модерирају", "komentari se moderiraju"]),
        ask(Other).part(Disclaimer).phrases(&["лични став аутора", "lični stav autora"]),
        cue(Other).part(Disclaimer).phrases(&["ставови изнети", "stavovi izneti", "не одражавају нужно", "ne odražavaju nužno"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["следећа страна", "sledeća strana", "претходна страна", "prethodna strana", "пријави грешку", "prijavi grešku"]),
        ask(Other).part(Navigation).phrases(&["ваш прегледач је застарео"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "ovaj članak je deo", "ovaj tekst je deo serijala", "ovaj tekst je deo projekta", "tekst je deo serijala",
            "tekst je deo projekta", "ovaj članak je nastao", "ovaj tekst je nastao u okviru",
            "ovaj tekst je nastao uz podršku", "ovaj tekst je nastao uz finansijsku", "tekst je nastao u okviru",
            "tekst je nastao uz podršku", "tekst je nastao uz finansijsku", "članak je nastao u okviru",
            "tekst je objavljen u okviru", "tekst je realizovan u okviru", "ovaj tekst je realizovan",
            "ova publikacija je nastala", "ova publikacija je izrađena", "ova publikacija je pripremljena",
            "stavovi izneti u podržanom medijskom", "овај чланак је део", "овај текст је део серијала",
            "овај текст је део пројекта", "текст је део серијала", "текст је део пројекта", "овај чланак је настао",
            "овај текст је настао у оквиру", "овај текст је настао уз подршку", "овај текст је настао уз финансијску",
            "текст је настао у оквиру", "текст је настао уз подршку", "текст је настао уз финансијску",
            "чланак је настао у оквиру", "текст је објављен у оквиру", "текст је реализован у оквиру",
            "овај текст је реализован", "ова публикација је настала", "ова публикација је израђена",
            "ова публикација је припремљена", "ставови изнети у подржаном медијском",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&[
            "pogledajte i", "прочитајте и", "прочитајте још", "погледајте и", "pročitajte još", "pročitajte i",
            "povezano:", "повезано:",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["сличне вести", "slične vesti", "najnovije", "preporučujemo", "још из рубрике", "još iz rubrike", "остале вести", "ostale vesti", "најпопуларније", "najpopularnije", "povezani članci"]),
        header(Donation).max_words(12).phrases(&["да ли вам се допао чланак", "da li vam se dopao članak", "допао вам се чланак", "dopao vam se članak", "да ли ти се допао текст", "da li ti se dopao tekst"]),
        label(Social).phrases(&["podeli", "pratite nas", "prati nas", "поделите", "podelite", "подели на", "podeli na"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["послушајте чланак", "poslušajte članak"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["оставите одговор", "откажи одговор"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["неопходна поља су означена"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ваша адреса е-поште неће бити објављена", "vaša adresa e-pošte neće biti objavljena"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["пронашли сте грешку", "pronašli ste grešku"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["pročitajte:", "прочитајте:", "vezane vesti:", "везане вести:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min čitanja", "мин читања", "minuta čitanja", "минута читања"]),
        line(Other).max_words(45).phrases(&["ovaj sadržaj je nastao", "овај садржај је настао"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["бесплатни чланак", "бесплатан чланак", "бесплатна чланка", "бесплатних чланака", "бесплатне чланке"]),
        ask(Paywall).max_words(30).phrases(&["ovo je vaš poslednji besplatni članak", "vaš poslednji besplatni članak", "dostigli ste limit besplatnih članaka", "ово је ваш последњи бесплатни чланак", "ваш последњи бесплатни чланак", "прочитали сте све бесплатне чланке", "искористили сте све бесплатне чланке", "достигли сте лимит бесплатних чланака"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["остатак чланка доступан је само претплатницима", "за наставак читања"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["текст се наставља испод огласа", "наставак текста испод огласа", "nastavak teksta ispod reklame", "наставак текста испод рекламе", "чланак се наставља испод рекламе", "tekst se nastavlja nakon reklame", "текст се наставља након рекламе", "nastavak ispod reklame", "наставак испод рекламе"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["спонзорисани садржај", "sponzorisani članak", "спонзорисани чланак", "плаћени садржај", "промотивни садржај", "promo tekst", "промо текст"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["ovaj tekst sadrži affiliate linkove", "ovaj članak sadrži partnerske linkove", "овај текст садржи партнерске линкове", "можемо добити провизију", "ako kupite preko linkova", "ако купите преко линкова"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["sva prava zaštićena", "сва права заштићена", "забрањено преузимање", "zabranjeno je preuzimanje sadržaja", "забрањено је преузимање садржаја", "bez pisane saglasnosti", "без писане сагласности"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["prijavite se za newsletter", "пријавите се за билтен", "претплатите се на билтен"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["pošalji komentar", "пошаљи коментар", "погледај коментаре", "коментари су затворени"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["lična arhiva", "приватна архива", "лична архива"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["пусти видео", "pusti video", "погледајте видео", "pogledajte video"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tagovi", "тагови", "oznake", "ознаке", "ključne reči", "кључне речи"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["žiro račun", "tekući račun", "svrha uplate", "poziv na broj", "šifra plaćanja", "naziv primaoca", "жиро рачун", "текући рачун", "сврха уплате", "позив на број", "шифра плаћања", "назив примаоца"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["prijavite se", "pretplati se", "pretplatite se", "пријавите се", "prijava na njuzleter", "пријава на билтен", "vaša e-mail adresa"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["pošalji", "пошаљи"]),
        label(Subscription).phrases(&["pogledaj ponudu", "погледај понуду", "postani pretplatnik", "постани претплатник", "isprobaj besplatno", "испробај бесплатно", "već ste pretplatnik? prijavite se", "већ сте претплатник? пријавите се", "već imate nalog? prijavite se", "већ имате налог? пријавите се", "kupi pretplatu", "купи претплату", "postani član"]),
        label(App).phrases(&["preuzmite na app store-u", "преузмите на app store-у", "nabavite na google play", "набавите на google play", "dostupno na google play", "доступно на google play", "otvori u aplikaciji", "отвори у апликацији", "instaliraj aplikaciju"]),
        label(Donation).phrases(&["doniraj sada", "донирај сада", "podrži nas", "drugi iznos", "podržite sada", "подржите сада", "unesite iznos", "унесите износ"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["jednokratno"]),
        label(Social).phrases(&["kopiraj link", "pošalji mejlom", "пошаљи мејлом", "podeli na facebooku", "подели на x", "podeli članak", "подели чланак", "pošalji prijatelju", "пошаљи пријатељу"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["štampaj"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["prijavom na njuzleter prihvatate", "пријавом на билтен прихватате", "klikom na dugme", "кликом на дугме", "slažem se sa obradom podataka", "слажем се са обрадом података", "nikada nećemo deliti", "никада нећемо делити", "ovaj sajt je zaštićen recaptcha", "proverite svoje prijemno sanduče", "проверите своје пријемно сандуче"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ne želite ništa da propustite", "не желите ништа да пропустите", "želite da budete u toku", "желите да будете у току", "da li vam je ovaj članak bio koristan", "да ли вам је овај чланак био користан", "желите још оваквих прича"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["је рекао", "је рекла", "је изјавио", "је изјавила", "рекли су", "изјавили", "додао", "додала", "додали", "истакао", "истакла", "нагласио", "нагласила", "објаснио", "објаснила", "појаснио", "појаснила", "потврдио", "потврдила", "најавио", "најавила", "признао", "признала", "упозорио", "упозорила", "подсетио", "подсетила", "одговорио", "одговорила", "упитао", "упитала", "написао", "написала", "каже", "истиче", "преноси", "јавља", "по речима", "у разговору за", "у интервјуу за", "rekao je", "rekla je", "je rekao", "je rekla", "izjavio je", "izjavila je", "dodao", "dodala", "istakao", "istakla", "naglasio", "naglasila", "objasnio", "objasnila", "potvrdio", "potvrdila", "upozorio", "upozorila", "podsetio", "podsetila", "odgovorio", "odgovorila", "napisao", "napisala", "kaže", "ističe", "prenosi", "po rečima", "u razgovoru za", "u intervjuu za"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотогалерија", "fotogalerija"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["фото галерија", "foto galerija", "погледајте галерију", "pogledajte galeriju", "отвори галерију", "otvori galeriju", "затвори галерију", "zatvori galeriju", "следећа фотографија", "sledeća fotografija"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["уживо", "uživo", "освежи", "osveži"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["пренос уживо", "prenos uživo", "директан пренос", "direktan prenos", "пратите уживо", "pratite uživo", "учитај још", "učitaj još"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["сачувај", "sačuvaj"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["сачувај чланак", "sačuvaj članak", "величина слова", "veličina slova"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["паузирај", "pauziraj"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["искључи звук", "isključi zvuk", "укључи звук", "uključi zvuk", "брзина репродукције", "brzina reprodukcije"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["da li vam se dopao ovaj tekst", "da li cenite naš rad", "želite li više ovakvih tekstova", "да ли вам се допао овај текст"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["hvala što ste pročitali do kraja", "pročitali ste do kraja", "hvala što nas čitate", "hvala što si pročitao do kraja", "хвала што сте прочитали до краја", "хвала што нас читате", "hvala što ste sa nama"]),
        cue(Donation).weight(2.0).phrases(&["vaša donacija biće udvostručena", "udvostručićemo vašu donaciju", "svaka donacija biće udvostručena"]),
        cue(Donation).weight(2.0).phrases(&["podržite nas bilo kojim iznosom", "i mali iznos pomaže", "svaki iznos pomaže"]),
        cue(Subscription).phrases(&["digitalno izdanje", "štampano izdanje", "elektronsko izdanje", "pretplata na štampano izdanje", "poklonite pretplatu", "novi broj na kioscima", "дигитално издање", "штампано издање"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["podržavam", "подржавам", "želim da podržim", "желим да подржим", "doniram", "донирам", "želim da doniram"]),
        label(Membership).phrases(&["želim da postanem član", "желим да постанем члан", "već sam član", "већ сам члан"]),
        label(Subscription).phrases(&["želim da se pretplatim", "желим да се претплатим", "već sam pretplatnik", "већ сам претплатник"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["прочитај и:", "погледајте и:", "можда вас занима:", "pročitajte još:", "procitajte jos:", "pročitajte i:", "pročitaj i:", "procitajte i:", "pogledajte i:", "možda vas zanima:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["slušajte uživo", "слушајте уживо", "radio uživo", "радио уживо", "tv uživo", "тв уживо"]),
        ask(Social).max_words(30).phrases(&["našoj viber zajednici", "нашој вајбер заједници", "naš viber kanal", "наш вајбер канал", "naš telegram kanal", "наш телеграм канал", "pridružite se našem kanalu", "придружите се нашем каналу"]),
        label(Subscription).phrases(&["e-izdanje", "е-издање", "digitalno izdanje", "дигитално издање"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redakcija zadržava pravo", "редакција задржава право", "ne predstavljaju stav redakcije", "не представљају став редакције"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["imate vest?", "имате вест?", "pošaljite nam vest", "пошаљите нам вест", "pošaljite nam fotografije", "пошаљите нам фотографије", "kontaktirajte redakciju", "контактирајте редакцију"]),
        label(Other).phrases(&["pošalji vest", "пошаљи вест", "pošaljite vest"]),
        ask(Ad).max_words(35).phrases(&["glasajte za svog favorita", "гласајте за свог фаворита", "učestvujte u nagradnoj igri", "учествујте у наградној игри", "osvojite karte", "освојите карте"]),
        label(Ad).phrases(&["kupi karte", "купи карте", "kupi ulaznice", "купи улазнице"]),
        ask(Ad).max_words(35).phrases(&["tražimo novinara", "тражимо новинара", "tražimo novinare", "тражимо новинаре", "pridružite se našem timu", "придружите се нашем тиму"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["за следећи пут када коментаришем", "za sledeći put kada komentarišem", "ваш коментар чека", "vaš komentar čeka"]),
        label(Other).part(Comments).phrases(&["komentariši", "komentari"]),
    ],
    // "mi" (we) is Italian and Spanish, "ми" a Bulgarian clitic ("me", "my"): out. The Latin
    // forms of `we` and `you` are Croatian's too.
    we: &["нас", "наш", "наша", "наше", "нашу", "нама", "нашег", "наших", "naš", "nas", "nama"],
    you: &[
        "ти", "твој", "тебе", "теби", "ваш", "вас", "вама", "ваша", "ваше", "вашу", "вашег", "ti", "tvoj", "tebe",
        "tebi", "vaš", "vas", "vama",
    ],
};
