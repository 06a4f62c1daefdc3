//! German.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "de",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &[
            "eine nachricht von", "in eigener sache:", "unterstützen sie unabhängigen journalismus",
            "unterstützen sie unsere arbeit", "unterstützen sie uns", "unterstütze uns", "jetzt unterstützen",
        ]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "mit einer spende", "jetzt spenden", "spenden sie jetzt", "ihre spende", "deine spende",
            "spendenkonto", "spenden-konto", "jeder beitrag hilft", "jeder euro hilft", "schon ab",
            "unterstützen sie uns", "unterstütze uns", "jetzt unterstützen", "steuerlich absetzbar",
            "unabhängigen journalismus unterstützen", "freiwillig unterstützen",
        ]),
        e(Cue, Some(Donation), Any, 1.5, 0, &[
            "ihre unterstützung", "deine unterstützung", "unabhängigen journalismus", "unabhängiger journalismus",
            "unsere arbeit", "unseren journalismus", "spende*", "pro monat", "im monat", "monatlich",
        ]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &[
            "liebe leserinnen und leser", "liebe leser", "liebe leserin", "liebe leser*innen", "liebe leser:innen",
        ]),
        e(Ask, Some(Membership), Any, 3.0, 0, &["werden sie mitglied", "werde mitglied", "jetzt mitglied werden"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &[
            "jetzt abonnieren", "abo abschließen", "gültiges abonnement", "jetzt testen", "bereits abonnent",
            "schon abonnent", "zum abo", "abo-angebot", "digital-abo", "jetzt weiterlesen", "weiterlesen mit",
            "für abonnenten", "abonnenten lesen",
        ]),
        e(Ask, Some(Paywall), Any, 3.0, 0, &["dieser artikel ist nur für abonnenten", "exklusiv für abonnenten", "plus-artikel"]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &[
            "newsletter abonnieren", "zum newsletter anmelden", "für unseren newsletter", "unseren newsletter",
            "newsletter bestellen", "jetzt anmelden", "in ihr postfach", "ins postfach",
        ]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["wir verwenden cookies", "verwendet cookies", "cookie-einstellungen", "cookies akzeptieren"]),
        e(Ask, Some(Social), Any, 3.0, 0, &["folgen sie uns", "folge uns", "teilen sie diesen artikel", "artikel teilen"]),
        e(Line, Some(Related), Start, 3.0, 14, &[
            "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren",
            "auch interessant", "mehr dazu", "empfohlen", "meistgelesen", "zum thema", "weiterlesen",
        ]),
        e(Ask, Some(Ad), Any, 3.0, 0, &["werbeblocker", "adblocker deaktivieren"]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["anzeige", "werbung", "gesponsert"]),
        e(Ask, Some(Credit), Any, 3.0, 0, &["mit material von", "bildquelle", "foto:"]),
        e(Line, Some(Credit), Start, 3.0, 10, &["mitarbeit:", "redaktion:"]),
        e(Chrome, Some(Other), Start, 3.0, 10, &["zum inhalt springen", "kommentare", "alle rechte vorbehalten"]),
        e(Label, None, Whole, 3.0, 0, &[
            "später erinnern", "nein danke", "nein, danke", "schließen", "nicht jetzt", "einmalig", "monatlich",
            "jährlich", "weiter", "spenden", "jetzt spenden", "abonnieren", "teilen", "drucken", "mehr",
            "akzeptieren", "ablehnen", "zurück", "anmelden",
        ]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "hier spenden", "jetzt unterstützen", "unterstützen sie uns", "sie lesen gerne unsere", "werden sie unterstützer",
            "werden sie förderer", "ihr beitrag hilft", "mit ihrem beitrag", "unabhängigen journalismus unterstützen",
            "guter journalismus kostet", "journalismus kostet geld", "ab 5 euro", "schon ab 2 euro", "jetzt mitglied werden",
        ]),
        e(Ask, Some(Subscription), Any, 3.5, 0, &[
            "jetzt abo abschließen", "weiterlesen mit", "sie sind bereits abonnent", "bereits registriert", "zum weiterlesen",
            "dieser artikel ist exklusiv", "exklusiv für abonnenten", "jetzt testen für", "im ersten monat",
        ]),
        e(Ask, Some(Newsletter), Any, 3.5, 0, &["newsletter anmelden", "melden sie sich an", "zum newsletter", "unser newsletter"]),
        e(Ask, Some(Other), Any, 3.0, 0, &["fehler auf", "fehlerhinweis", "inhaltliches feedback"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["hat ihnen dieser artikel gefallen", "ihnen gefällt dieser artikel", "gefällt ihnen dieser artikel"]),
        e(Cue, Some(Donation), Any, 2.0, 0, &["leserfinanziert", "von unseren lesern finanziert", "durch unsere leser", "dank unserer leser"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["unterstützen", "jetzt unterstützen", "spenden", "jetzt spenden"]),
        e(Line, Some(Credit), Start, 3.0, 8, &["mit material von", "mit agenturen"]),
        e(Line, Some(Related), Start, 3.0, 8, &["mehr artikel", "weitere nachrichten", "das könnte sie interessieren", "empfehlungen der redaktion"]),
        e(Body, None, Start, -3.0, 0, &["korrektur:", "aktualisierung:", "update:", "anmerkung der redaktion", "transparenzhinweis", "offenlegung:"]),
        e(Body, None, Any, -1.5, 0, &["sagte", "sagt", "erklärte", "teilte mit", "laut", "berichtet", "so der", "so die"]),
        // Paywall meters and inbox promises, as every language words them.
        e(Ask, Some(Paywall), Any, 3.5, 0, &["kostenlose artikel", "kostenlosen artikel", "kostenlosen artikeln", "limit an kostenlosen"]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["in ihr postfach", "in dein postfach", "direkt in ihr"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        e(Ask, Some(App), Any, 3.0, 0, &["laden sie unsere app", "laden sie die app", "unsere app herunter", "jetzt die app"]),
        e(Cue, Some(App), Any, 1.5, 0, &["unsere app", "unserer app"]),
    ],
    we: &["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"],
    you: &["du", "dein", "deine", "dich", "dir", "euch", "eure", "ihnen"],
};
