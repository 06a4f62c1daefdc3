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
            "пре него што одете", "потребна нам је ваша подршка", "потребна нам је твоја подршка",
            "pre nego što odete", "potrebna nam je vaša podrška", "potrebna nam je tvoja podrška",
            "podržite nezavisne medije",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "донирајте", "донирај", "донирајте сада", "ваша донација", "твоја донација", "свака донација је важна",
            "свака донација помаже", "сваки динар је важан", "подржите наш рад", "подржи наш рад",
            "подржите рад редакције", "постаните донатор", "постани донатор", "изаберите износ", "изабери износ",
            "месечна донација", "једнократна донација", "svaka donacija je važna", "svaki dinar je važan",
            "svaki dinar pomaže", "mesečna donacija", "postanite podržavalac", "postani podržavalac",
            "izaberite iznos", "izaberi iznos", "podržite rad redakcije", "potrebna nam je vaša pomoć",
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
            "постаните члан", "постани члан", "учланите се", "учлани се", "придружите се заједници",
            "постаните део заједнице", "postanite deo zajednice", "postani deo zajednice",
        ]),
        cue(Membership).weight(0.5).phrases(&["чланств*"]),
        ask(Subscription).phrases(&[
            "претплатите се", "претплати се", "већ сте претплатник", "већ имате претплату", "први месец бесплатно",
            "откажите у било ком тренутку", "дигитална претплата", "изаберите пакет", "купите претплату",
            "prvi mesec besplatno", "otkažite u bilo kom trenutku", "izaberite paket",
        ]),
        cue(Subscription).phrases(&["неограничен приступ", "за претплатнике"]),
        cue(Subscription).weight(0.5).phrases(&["претплат*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "да бисте наставили читање", "наставите са читањем", "наставите да читате", "прочитајте цео текст",
            "прочитајте цео чланак", "садржај је доступан само претплатницима", "само за претплатнике",
            "ексклузивно за претплатнике", "пријавите се да бисте наставили", "бесплатних текстова",
            "da biste nastavili čitanje", "nastavite sa čitanjem", "pročitajte ceo tekst", "pročitajte ceo članak",
            "tekst je dostupan samo pretplatnicima", "prijavite se da biste nastavili", "besplatnih tekstova",
        ]),
        ask(Newsletter).phrases(&[
            "претплатите се на наш билтен", "пријавите се на наш билтен", "пријавите се на билтен", "наш билтен",
            "наш њузлетер", "ваша имејл адреса", "унесите имејл адресу", "у ваше сандуче",
            "можете се одјавити у било ком тренутку", "хвала на пријави", "потврдите пријаву",
            "pretplatite se na naš bilten", "prijavite se na naš bilten", "prijavite se na bilten", "naš bilten",
            "naš njuzleter", "vaša imejl adresa", "unesite imejl adresu", "unesite e-mail adresu",
            "možete se odjaviti u bilo kom trenutku",
        ]),
        cue(Newsletter).phrases(&["билтена", "политика приватности", "njuzletera", "biltena"]),
        ask(App).phrases(&[
            "преузмите апликацију", "преузми апликацију", "преузмите нашу апликацију", "инсталирајте апликацију",
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
        line(Related).max_words(14).phrases(&[
            "прочитајте још:", "прочитајте и:", "повезане вести", "повезани текстови", "повезани чланци", "најчитаније",
            "још вести", "више вести", "може вас занимати", "можда вас занима", "препоручујемо:", "из исте рубрике",
            "povezane vesti", "povezani tekstovi", "još vesti", "više vesti", "može vas zanimati", "možda vas zanima",
            "iz iste rubrike",
        ]),
        label(Related).phrases(&[
            "прочитајте и", "прочитајте још", "повезане вести", "најчитаније", "најновије", "најновије вести", "препоручујемо",
            "издвајамо", "izdvajamo", "najnovije vesti",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "текст је првобитно објављен", "првобитно објављено на", "текст је пренет са", "текст је преузет са",
            "tekst je prvobitno objavljen", "prvobitno objavljeno na", "tekst je prenet sa", "tekst je preuzet sa",
        ]),
        line(Credit).max_words(10).phrases(&[
            "текст:", "аутор:", "ауторка:", "превод:", "фотографија:", "снимио:", "снимила:", "prevod:",
            "autorka:",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "сва права задржана", "пређи на садржај", "прескочи на садржај", "sva prava zadržana", "pređi na sadržaj",
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
        body().at(Start).weight(-3.0).phrases(&["исправка:", "ажурирано:", "ispravka:"]),
        body().phrases(&[
            "рекао је", "рекла је", "изјавио је", "изјавила је", "казао је", "навео је", "навела је", "према",
            "naveo je", "navela je",
        ]),
    ],
    // "mi" (we) is Italian and Spanish, "ми" a Bulgarian clitic ("me", "my"): out. The Latin
    // forms of `we` and `you` are Croatian's too.
    we: &["нас", "наш", "наша", "наше", "нашу", "нама", "нашег", "наших", "naš", "nas", "nama"],
    you: &[
        "ти", "твој", "тебе", "теби", "ваш", "вас", "вама", "ваша", "ваше", "вашу", "вашег", "ti", "tvoj", "tebe",
        "tebi", "vaš", "vas", "vama",
    ],
};
