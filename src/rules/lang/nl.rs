//! Dutch.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "nl",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &[
            "een bericht van", "steun onze journalistiek", "steun onafhankelijke journalistiek", "steun ons",
            "help ons", "voordat je verdergaat", "voordat u verdergaat",
        ]),
        e(Header, Some(Donation), Start, 3.0, 6, &["steun de", "steun het"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "doneer nu", "doe een donatie", "met een donatie", "jouw donatie", "uw donatie", "elke bijdrage",
            "iedere bijdrage", "steun ons met", "word donateur", "al vanaf", "maak een gift", "geef nu",
            "onafhankelijke journalistiek steunen", "steun onafhankelijke journalistiek", "wij hebben je hulp nodig",
            "we hebben je hulp nodig",
        ]),
        e(Cue, Some(Donation), Any, 1.5, 0, &[
            "jouw steun", "uw steun", "onafhankelijke journalistiek", "ons werk", "onze journalistiek", "per maand",
            "maandelijks", "donatie*",
        ]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["beste lezer", "beste lezers", "lieve lezer", "lieve lezers", "beste lezeres"]),
        e(Ask, Some(Membership), Any, 3.0, 0, &["word lid", "word nu lid", "lid worden van", "word member"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &[
            "abonneer nu", "neem een abonnement", "word abonnee", "al abonnee", "ben je al abonnee", "bent u al abonnee",
            "proefabonnement", "digitaal abonnement",
        ]),
        e(Ask, Some(Paywall), Any, 3.5, 0, &[
            "om verder te lezen", "lees verder met", "alleen voor abonnees", "gratis artikelen", "je hebt het maximum",
        ]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &[
            "schrijf je in voor onze nieuwsbrief", "meld je aan voor", "onze nieuwsbrief", "ontvang onze nieuwsbrief",
            "ontvang de nieuwsbrief",
        ]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["in je mailbox", "in je inbox", "in uw mailbox"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &[
            "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "maakt gebruik van cookies",
            "cookie-instellingen", "cookies accepteren",
        ]),
        e(Ask, Some(Social), Any, 3.0, 0, &["volg ons op", "deel dit artikel", "deel dit bericht"]),
        e(Ask, Some(App), Any, 3.0, 0, &["download onze app", "download de app"]),
        e(Line, Some(Related), Start, 3.0, 14, &[
            "lees ook", "lees meer", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen", "bekijk ook",
            "ook interessant",
        ]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["advertentie", "gesponsord"]),
        e(Line, Some(Credit), Start, 3.0, 8, &["met medewerking van", "bron:"]),
        e(Chrome, Some(Other), Start, 3.0, 10, &["ga naar de inhoud", "alle rechten voorbehouden", "reacties"]),
        e(Label, None, Whole, 3.0, 0, &[
            "herinner me later", "later herinneren", "nee, bedankt", "nee bedankt", "sluiten", "niet nu", "eenmalig",
            "maandelijks", "jaarlijks", "doorgaan", "accepteren", "weigeren", "delen",
        ]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["doneer", "doneer nu", "steun", "steun ons", "word lid", "abonneer"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["vond je dit artikel", "heb je iets aan dit artikel", "waardeer je dit artikel"]),
        e(Body, None, Start, -3.0, 0, &["correctie:", "update:", "naschrift:"]),
        e(Body, None, Any, -1.5, 0, &["zei", "zegt", "aldus", "volgens", "verklaarde", "meldt"]),
    ],
    // Only forms no other pack's language uses as a word: "je" and "u" are French and more.
    we: &["wij", "ons", "onze"],
    you: &["jij", "jouw", "jullie", "uw"],
};
