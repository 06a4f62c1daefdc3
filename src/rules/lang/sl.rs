//! Slovenian. Croatian and Serbian share some words but few formulas ("podprite", "naročite
//! se", "piškotki", "e-novice" are Slovenian alone).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "sl",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "podprite nas", "podpri nas", "podprite neodvisno novinarstvo", "podpri neodvisno novinarstvo",
            "preden odidete", "potrebujemo vašo podporo", "potrebujemo tvojo podporo",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "donirajte zdaj", "doniraj zdaj", "vaša donacija", "tvoja donacija", "vsaka donacija šteje",
            "vsak evro šteje", "vsak prispevek šteje", "podprite nas", "podpri nas", "podprite naše delo",
            "podpri naše delo", "postanite podpornik", "postani podpornik", "postanite podpornica",
            "izberite znesek", "izberi znesek", "mesečna donacija", "enkratna donacija", "mesečni prispevek",
            "enkratni prispevek", "potrebujemo vašo podporo", "potrebujemo tvojo podporo",
            "podprite neodvisno novinarstvo", "podpri neodvisno novinarstvo", "namenite nam del dohodnine",
            "namenite del dohodnine",
        ]),
        cue(Donation).phrases(&[
            "vaša podpora", "vašo podporo", "tvoja podpora", "tvojo podporo", "z vašo podporo", "neodvisno novinarstvo",
            "neodvisnega novinarstva", "naše delo", "evrov na mesec", "na mesec", "številka računa", "del dohodnine",
        ]),
        cue(Donation).weight(0.5).phrases(&["podpornik*", "podpornic*"]),
        salutation(Donation).max_words(6).phrases(&[
            "dragi bralci", "spoštovani bralci", "drage bralke in bralci", "draga bralka, dragi bralec",
            "dragi bralec", "spoštovane bralke in bralci",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "vam je bil članek všeč", "ti je bil članek všeč", "vam je všeč, kar počnemo",
        ]),
        ask(Membership).phrases(&[
            "postanite član", "postani član", "včlanite se", "včlani se", "pridružite se skupnosti",
            "pridruži se skupnosti",
        ]),
        cue(Membership).weight(0.5).phrases(&["članarin*"]),
        ask(Subscription).phrases(&[
            "ste že naročnik", "že imate naročnino", "prvi mesec brezplačno",
            "prekličete lahko kadar koli", "digitalna naročnina", "izberite paket", "kupite naročnino",
            "sklenite naročnino",
        ]),
        // "Naročite se" is also "book an appointment" ("naročite se pri zdravniku").
        ask(Subscription).at(Start).max_words(8).phrases(&["naročite se", "naroči se"]),
        cue(Subscription).phrases(&["neomejen dostop", "za naročnike"]),
        cue(Subscription).weight(0.5).phrases(&["naročnin*", "naročnik*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "za nadaljevanje branja", "nadaljujte z branjem", "vsebina je na voljo samo naročnikom",
            "samo za naročnike", "ekskluzivno za naročnike", "preberite celoten članek", "prijavite se za nadaljevanje",
            "brezplačnih člankov", "članek je na voljo naročnikom",
        ]),
        ask(Newsletter).phrases(&[
            "prijavite se na e-novice", "prijavi se na e-novice", "naročite se na e-novice", "naroči se na e-novice",
            "naročite se na novičnik", "prijava na e-novice", "naše e-novice", "vaš e-poštni naslov",
            "vnesite e-poštni naslov", "vnesite svoj e-poštni naslov", "v vaš e-poštni predal",
            "odjavite se lahko kadar koli", "hvala za prijavo", "potrdite prijavo",
        ]),
        cue(Newsletter).phrases(&["e-novic*", "novičnik*", "politika zasebnosti", "politiko zasebnosti"]),
        ask(App).phrases(&[
            "prenesite aplikacijo", "prenesi aplikacijo", "prenesite našo aplikacijo", "namestite aplikacijo",
            "naložite aplikacijo",
        ]),
        cue(App).phrases(&["našo aplikacijo", "naši aplikaciji", "mobilno aplikacijo"]),
        ask(Cookie).phrases(&[
            "uporabljamo piškotke", "ta spletna stran uporablja piškotke", "spletno mesto uporablja piškotke",
            "ta stran uporablja piškotke", "sprejmi vse piškotke", "nastavitve piškotkov", "politika piškotkov",
            "samo nujni piškotki", "uporabo piškotkov",
        ]),
        cue(Cookie).phrases(&["uporablja piškotke", "piškotke", "piškotkov"]),
        ask(Social).phrases(&[
            "sledite nam na", "delite članek", "deli na facebooku", "delite na facebooku",
            "kopiraj povezavo", "povezava kopirana", "všečkajte nas",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["sledite nam", "sledi nam"]),
        label(Ad).phrases(&["oglasno sporočilo", "promocijsko sporočilo", "sponzorirano", "plačana objava", "oglas"]),
        line(Related).max_words(14).phrases(&[
            "preberite tudi:", "preberi tudi:", "sorodne novice", "sorodni članki", "najbolj brano", "več novic",
            "morda vas zanima", "morda te zanima", "še iz rubrike", "iz iste rubrike", "priporočamo:",
        ]),
        label(Related).phrases(&[
            "preberite tudi", "sorodne novice", "sorodni članki", "najbolj brano", "najbolj brani", "najnovejše",
            "zadnje novice", "priporočamo", "izpostavljeno",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "članek je bil prvotno objavljen", "prvotno objavljeno na", "besedilo je bilo prvotno objavljeno",
            "prvič objavljeno na",
        ]),
        line(Credit).max_words(10).phrases(&[
            "foto:", "besedilo:", "avtor:", "avtorica:", "prevod:", "fotografija:", "fotografije:", "prevedla:",
            "prevedel:",
        ]),
        chrome(Other).max_words(10).phrases(&["vse pravice pridržane", "preskoči na vsebino", "pojdi na vsebino"]),
        label(Other).phrases(&["komentarji", "komentiraj"]),
        label_any().phrases(&[
            "zapri", "ne zdaj", "ne, hvala", "kasneje", "pozneje", "opomni me kasneje", "sprejmem", "zavrni",
            "zavrnem", "sprejmi vse", "zavrni vse", "nadaljuj", "deli", "natisni", "enkratno", "mesečno", "doniraj",
            "podpri", "naroči se", "prijava", "registracija", "nastavitve", "razumem", "strinjam se", "preberi več",
            "več", "drug znesek",
        ]),
        outlet(Donation).phrases(&[
            "neodvisni medij", "neodvisen medij", "neprofitni medij", "brez oglasov", "brez plačljivega zidu",
            "neprofitna organizacija", "financirajo bralci", "brezplačno za vse", "brez oglaševalcev",
        ]),
        body().at(Start).weight(-3.0).phrases(&["popravek:", "posodobljeno:"]),
        body().phrases(&[
            "je dejal", "je dejala", "je povedal", "je povedala", "je pojasnil", "je pojasnila", "je poudaril",
            "je poudarila", "po besedah", "so pozvali", "je pozval", "je pozvala", "so sporočili",
        ]),
    ],
    // "mi" (we) is Italian and Spanish, "nam" Vietnamese (south, male); "vi" (you) Italian
    // and Swedish: their other forms stand in.
    we: &["naš", "naša", "naše", "našo", "našega", "naših", "nas"],
    you: &["ti", "tvoj", "tvoja", "tebe", "tebi", "vaš", "vaša", "vaše", "vašo", "vam", "vas", "vašega", "vaših"],
};
