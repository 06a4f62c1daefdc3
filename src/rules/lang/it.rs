//! Italian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "it",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &["un messaggio da", "sostienici", "sostieni il giornalismo", "prima di andare"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &["fai una donazione", "dona ora", "la tua donazione", "sostienici", "ogni contributo"]),
        e(Cue, Some(Donation), Any, 1.5, 0, &["il tuo sostegno", "il tuo contributo", "giornalismo indipendente", "il nostro lavoro", "al mese"]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["cari lettori", "care lettrici", "caro lettore", "cara lettrice"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &["abbonati ora", "sei già abbonato", "abbonati a", "riservato agli abbonati", "abbonamento digitale"]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &["iscriviti alla newsletter", "la nostra newsletter"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["utilizziamo i cookie", "utilizza cookie", "questo sito utilizza", "informativa cookie"]),
        e(Ask, Some(Social), Any, 3.0, 0, &["seguici su", "condividi questo articolo"]),
        e(Line, Some(Related), Start, 3.0, 14, &["leggi anche", "potrebbe interessarti", "articoli correlati", "leggi di più", "i più letti"]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["pubblicità", "sponsorizzato"]),
        e(Chrome, Some(Other), Start, 3.0, 10, &["vai al contenuto", "tutti i diritti riservati", "commenti"]),
        e(Label, None, Whole, 3.0, 0, &["più tardi", "no grazie", "chiudi", "non ora", "una volta", "mensile", "annuale", "condividi", "abbonati", "accetta", "rifiuta", "continua"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "sostieni l'informazione", "sostieni il giornalismo", "fai una donazione", "dona ora", "il tuo contributo",
            "abbiamo bisogno del tuo", "sostienici",
        ]),
        e(Ask, Some(Paywall), Any, 3.5, 0, &["per continuare a leggere", "sei già abbonato", "accedi per continuare", "contenuto riservato agli abbonati", "abbonati per"]),
        e(Ask, Some(Newsletter), Any, 3.5, 0, &["iscriviti alla nostra newsletter", "ricevi la newsletter"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["ti è piaciuto questo articolo", "ti piace quello che leggi"]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["caro lettore, cara lettrice", "cara lettrice, caro lettore"]),
        e(Cue, Some(Donation), Any, 2.0, 0, &["finanziato dai lettori", "grazie ai lettori", "giornalismo è libero", "libero e indipendente", "sostienici con", "bastano pochi euro", "al mese"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["sostieni", "sostienici", "dona", "dona ora", "abbonati", "contribuisci"]),
        e(Line, Some(Credit), Start, 3.0, 8, &["con fonti di agenzia"]),
        e(Line, Some(Related), Start, 3.0, 8, &["ti potrebbe interessare", "ti potrebbero interessare", "altre notizie", "più letti"]),
        e(Body, None, Start, -3.0, 0, &["correzione:", "aggiornamento:", "nota della redazione"]),
        e(Body, None, Any, -1.5, 0, &["ha detto", "ha dichiarato", "secondo", "ha spiegato", "ha affermato"]),
        // Paywall meters and inbox promises, as every language words them.
        e(Ask, Some(Paywall), Any, 3.5, 0, &["articoli gratuiti", "hai raggiunto il limite"]),
        e(Ask, Some(Paywall), Start, 3.0, 20, &["hai letto"]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["nella tua casella di posta", "nella tua casella email", "nella tua email"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        e(Ask, Some(App), Any, 3.0, 0, &["scarica la nostra app", "scarica l'app", "scarica la app"]),
        e(Cue, Some(App), Any, 1.5, 0, &["la nostra app"]),
    ],
    we: &["noi", "nostro", "nostra", "nostri", "nostre", "ci"],
    you: &["tu", "tuo", "tua", "tuoi", "voi", "vostro", "ti"],
};
