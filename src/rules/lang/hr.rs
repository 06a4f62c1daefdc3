//! Croatian (and, for most formulas, Bosnian and Serbian in Latin script).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "hr",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "podržite nas", "podrži nas", "podržite neovisno novinarstvo", "podržite nezavisno novinarstvo",
            "prije nego što odete", "trebamo vašu podršku", "trebamo tvoju podršku",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "donirajte", "doniraj", "donirajte sada", "vaša donacija", "tvoja donacija", "svaka donacija pomaže",
            "svaki euro pomaže", "podržite nas", "podrži nas", "podržite naš rad", "podrži naš rad",
            "postanite podržavatelj", "postani podržavatelj", "postanite donator", "postani donator", "odaberite iznos",
            "odaberi iznos", "mjesečna donacija", "jednokratna donacija", "trebamo vašu podršku",
            "trebamo tvoju podršku", "podržite neovisno novinarstvo", "podržite nezavisno novinarstvo",
        ]),
        cue(Donation).phrases(&[
            "vaša podrška", "vašu podršku", "tvoja podrška", "tvoju podršku", "neovisno novinarstvo",
            "neovisnog novinarstva", "nezavisno novinarstvo", "naš rad", "uz vašu podršku", "mjesečno", "broj računa",
        ]),
        cue(Donation).weight(0.5).phrases(&["donacij*", "donator*", "podržavatelj*"]),
        salutation(Donation).max_words(6).phrases(&[
            "dragi čitatelji", "poštovani čitatelji", "draga čitateljice", "dragi čitatelju",
            "drage čitateljice i čitatelji",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "svidio vam se članak", "svidio ti se članak", "sviđa vam se ono što radimo",
        ]),
        ask(Membership).phrases(&[
            "postanite član", "postani član", "učlanite se", "učlani se", "pridružite se zajednici",
            "pridruži se zajednici",
        ]),
        cue(Membership).weight(0.5).phrases(&["članstv*"]),
        ask(Subscription).phrases(&[
            "pretplatite se", "pretplati se", "već ste pretplatnik", "već imate pretplatu", "prvi mjesec besplatno",
            "otkažite u bilo kojem trenutku", "digitalna pretplata", "odaberite paket", "kupite pretplatu",
        ]),
        cue(Subscription).phrases(&["neograničen pristup", "za pretplatnike"]),
        cue(Subscription).weight(0.5).phrases(&["pretplat*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "za nastavak čitanja", "nastavite čitati", "sadržaj je dostupan samo pretplatnicima",
            "samo za pretplatnike", "ekskluzivno za pretplatnike", "besplatnih članaka", "prijavite se za nastavak",
            "premium sadržaj", "pročitajte cijeli članak uz",
        ]),
        ask(Newsletter).phrases(&[
            "prijavite se na newsletter", "prijavi se na newsletter", "pretplatite se na newsletter", "naš newsletter",
            "vaša e-mail adresa", "vaš e-mail", "u vaš inbox", "u vaš sandučić",
            "odjaviti se možete u bilo kojem trenutku", "hvala na prijavi", "potvrdite prijavu",
        ]),
        cue(Newsletter).phrases(&["newslettera", "newsletteru", "pravila privatnosti", "politika privatnosti"]),
        ask(App).phrases(&[
            "preuzmite aplikaciju", "preuzmi aplikaciju", "preuzmite našu aplikaciju", "instalirajte aplikaciju",
        ]),
        cue(App).phrases(&["našu aplikaciju", "našoj aplikaciji", "na app storeu", "na google playu"]),
        ask(Cookie).phrases(&[
            "koristimo kolačiće", "ova stranica koristi kolačiće", "ova web stranica koristi kolačiće",
            "prihvati sve kolačiće", "postavke kolačića", "politika kolačića", "upravljanje kolačićima",
        ]),
        cue(Cookie).phrases(&["koristi kolačiće", "kolačiće"]),
        ask(Social).phrases(&[
            "pratite nas", "prati nas", "pratite nas na", "podijelite članak", "podijeli na facebooku",
            "podijelite na facebooku", "kopiraj poveznicu", "kopiraj link", "pretplatite se na naš kanal",
        ]),
        label(Ad).phrases(&["oglas", "reklama", "sponzorirano", "plaćeni oglas"]),
        line(Related).max_words(14).phrases(&[
            "pročitajte i", "pročitajte još", "pročitaj i", "vezane vijesti", "povezani članci", "najčitanije",
            "još vijesti", "više vijesti", "moglo bi vas zanimati", "preporučujemo:", "još iz rubrike", "vezani članci",
        ]),
        label(Related).phrases(&[
            "pročitajte i", "vezane vijesti", "povezani članci", "najčitanije", "najnovije", "preporučujemo", "izdvojeno",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "članak je izvorno objavljen", "izvorno objavljeno na", "tekst je izvorno objavljen",
            "prvi put objavljen na",
        ]),
        line(Credit).max_words(10).phrases(&[
            "foto:", "tekst:", "autor:", "autorica:", "prijevod:", "fotografija:", "snimio:", "snimila:",
        ]),
        chrome(Other).max_words(10).phrases(&["sva prava pridržana", "preskoči na sadržaj", "idi na sadržaj"]),
        label(Other).phrases(&["komentari", "komentiraj"]),
        label_any().phrases(&[
            "zatvori", "ne sada", "ne, hvala", "kasnije", "podsjeti me kasnije", "prihvaćam", "odbij", "odbijam",
            "prihvati sve", "prihvaćam sve", "odbij sve", "nastavi", "podijeli", "ispiši", "jednokratno", "mjesečno",
            "doniraj", "podrži", "pretplati se", "prijava", "registracija", "postavke", "razumijem", "slažem se",
            "pročitaj više", "više", "drugi iznos",
        ]),
        outlet(Donation).phrases(&[
            "neovisni medij", "nezavisni medij", "neprofitni medij", "bez oglasa", "bez reklama", "bez paywalla",
            "neprofitna organizacija", "financiraju čitatelji", "besplatno za sve",
        ]),
        body().at(Start).weight(-3.0).phrases(&["ispravak:", "ažurirano:"]),
        body().phrases(&["rekao je", "rekla je", "izjavio je", "izjavila je", "kazao je", "prema"]),
    ],
    // "mi" (we) is Italian "me" and Spanish "my"; "vi" (you) is Italian and Swedish.
    we: &["nas", "naš", "naša", "naše", "našu", "nama", "našeg", "naših"],
    you: &["ti", "tvoj", "tvoja", "tebe", "tebi", "vaš", "vaša", "vaše", "vašu", "vama", "vas", "vašeg", "vaših"],
};
