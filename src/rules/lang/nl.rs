//! Dutch.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "nl",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "een bericht van", "steun onze journalistiek", "steun onafhankelijke journalistiek", "steun ons",
            "help ons", "voordat je verdergaat", "voordat u verdergaat",
        ]),
        header(Donation).weight(3.0).max_words(6).phrases(&["steun de", "steun het"]),
        ask(Donation).weight(3.5).phrases(&[
            "doneer nu", "doe een donatie", "met een donatie", "jouw donatie", "uw donatie", "elke bijdrage",
            "iedere bijdrage", "steun ons met", "word donateur", "al vanaf", "maak een gift", "geef nu",
            "onafhankelijke journalistiek steunen", "steun onafhankelijke journalistiek", "wij hebben je hulp nodig",
            "we hebben je hulp nodig",
        ]),
        cue(Donation).phrases(&[
            "jouw steun", "uw steun", "onafhankelijke journalistiek", "ons werk", "onze journalistiek", "per maand",
            "maandelijks", "donatie*",
        ]),
        salutation(Donation).max_words(6).phrases(&["beste lezer", "beste lezers", "lieve lezer", "lieve lezers", "beste lezeres"]),
        ask(Membership).phrases(&["word lid", "word nu lid", "lid worden van", "word member"]),
        ask(Subscription).phrases(&[
            "abonneer nu", "neem een abonnement", "word abonnee", "al abonnee", "ben je al abonnee", "bent u al abonnee",
            "proefabonnement", "digitaal abonnement",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "om verder te lezen", "lees verder met", "alleen voor abonnees", "gratis artikelen", "je hebt het maximum",
        ]),
        ask(Newsletter).phrases(&[
            "schrijf je in voor onze nieuwsbrief", "meld je aan voor", "onze nieuwsbrief", "ontvang onze nieuwsbrief",
            "ontvang de nieuwsbrief",
        ]),
        cue(Newsletter).weight(2.0).phrases(&["in je mailbox", "in je inbox", "in uw mailbox"]),
        ask(Cookie).phrases(&[
            "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "maakt gebruik van cookies",
            "cookie-instellingen", "cookies accepteren",
        ]),
        ask(Social).phrases(&["volg ons op", "deel dit artikel", "deel dit bericht"]),
        ask(App).phrases(&["download onze app", "download de app"]),
        line(Related).max_words(14).phrases(&[
            "lees ook", "lees meer", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen", "bekijk ook",
            "ook interessant",
        ]),
        label(Ad).phrases(&["advertentie", "gesponsord"]),
        line(Credit).max_words(8).phrases(&["met medewerking van", "bron:"]),
        chrome(Other).max_words(10).phrases(&["ga naar de inhoud", "alle rechten voorbehouden", "reacties"]),
        label_any().phrases(&[
            "herinner me later", "later herinneren", "nee, bedankt", "nee bedankt", "sluiten", "niet nu", "eenmalig",
            "maandelijks", "jaarlijks", "doorgaan", "accepteren", "weigeren", "delen",
        ]),
        label(Donation).phrases(&["doneer", "doneer nu", "steun", "steun ons", "word lid", "abonneer"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["vond je dit artikel", "heb je iets aan dit artikel", "waardeer je dit artikel"]),
        body().at(Start).weight(-3.0).phrases(&["correctie:", "update:", "naschrift:"]),
        body().phrases(&["zei", "zegt", "aldus", "volgens", "verklaarde", "meldt"]),
    ],
    // Only forms no other pack's language uses as a word: "je" and "u" are French and more.
    we: &["wij", "ons", "onze"],
    you: &["jij", "jouw", "jullie", "uw"],
};
