//! Italian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "it",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["tempo di lettura", "min di lettura", "minuti di lettura"]),
        header(Donation).max_words(14).phrases(&["un messaggio da", "sostienici", "sostieni il giornalismo", "prima di andare"]),
        ask(Donation).weight(3.5).phrases(&["fai una donazione", "dona ora", "la tua donazione", "sostienici"]),
        cue(Donation).phrases(&["il tuo sostegno", "il tuo contributo", "giornalismo indipendente", "il nostro lavoro", "al mese"]),
        salutation(Donation).max_words(6).phrases(&["cari lettori", "care lettrici", "caro lettore", "cara lettrice"]),
        ask(Subscription).phrases(&["abbonati ora", "sei già abbonato", "riservato agli abbonati"]),
        ask(Newsletter).phrases(&["iscriviti alla newsletter", "la nostra newsletter"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["accetta di memorizzare i cookie", "memorizzare i cookie sul dispositivo"]),
        cue(Cookie).phrases(&["migliorare la navigazione del sito", "nelle nostre attività di marketing"]),
        ask(Cookie).phrases(&["utilizziamo i cookie", "informativa cookie"]),
        ask(Social).phrases(&["seguici su", "condividi questo articolo"]),
        line(Related).max_words(14).phrases(&["articolo precedente", "articolo successivo", "leggi anche", "potrebbe interessarti", "articoli correlati", "leggi di più", "i più letti"]),
        label(Ad).phrases(&["pubblicità", "sponsorizzato"]),
        chrome(Other).max_words(10).phrases(&["tutti i diritti riservati",]),
        label_any().phrases(&["più tardi", "no grazie", "chiudi", "non ora", "una volta", "mensile", "annuale", "condividi", "abbonati", "accetta", "rifiuta", "continua"]),
        ask(Donation).weight(3.5).phrases(&[
            "sostieni l'informazione", "sostieni il giornalismo", 
            "abbiamo bisogno del tuo", 
        ]),
        ask(Paywall).weight(3.5).phrases(&["per continuare a leggere", "accedi per continuare", "contenuto riservato agli abbonati", "abbonati per"]),
        ask(Newsletter).weight(3.5).phrases(&["iscriviti alla nostra newsletter", "ricevi la newsletter"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["ti è piaciuto questo articolo", "ti piace quello che leggi"]),
        salutation(Donation).max_words(6).phrases(&["caro lettore, cara lettrice", "cara lettrice, caro lettore"]),
        cue(Donation).weight(2.0).phrases(&["finanziato dai lettori", "grazie ai lettori", "giornalismo è libero", "libero e indipendente", "sostienici con", "bastano pochi euro"]),
        label(Donation).phrases(&["sostieni", "sostienici", "dona", "dona ora", "contribuisci"]),
        line(Credit).max_words(8).phrases(&["con fonti di agenzia"]),
        line(Related).max_words(8).phrases(&["ti potrebbe interessare", "ti potrebbero interessare", "altre notizie", "più letti"]),
        body().at(Start).weight(-3.0).phrases(&["correzione:", "aggiornamento:", "nota della redazione"]),
        body().phrases(&["ha detto", "ha dichiarato", "secondo", "ha spiegato", "ha affermato"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["articoli gratuiti", "hai raggiunto il limite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["hai letto"]),
        cue(Newsletter).weight(2.0).phrases(&["nella tua casella di posta", "nella tua casella email", "nella tua email"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["scarica la nostra app", "scarica l'app", "scarica la app"]),
        cue(App).phrases(&["la nostra app"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "aiutaci a", "con il tuo aiuto", "grazie al tuo sostegno", "grazie al tuo contributo", "sostieni il nostro lavoro",
            "anche un piccolo contributo", "dai il tuo contributo", "contribuisci anche tu", "faccia una donazione",
            "abbiamo bisogno di voi", "dona adesso", "donazione mensile",
        ]),
        cue(Donation).weight(0.5).phrases(&["donazion*", "donator*", "sostenitor*"]),
        cue(Donation).phrases(&["qualsiasi importo"]),
        ask(Membership).phrases(&["diventa socio", "diventa socia", "diventa membro", "diventa sostenitore", "entra nella community", "unisciti alla community", "iscriviti al club"]),
        cue(Membership).phrases(&["membership"]),
        ask(Subscription).phrases(&["primo mese gratis", "disdici quando vuoi", "disdici in qualsiasi momento", "abbonati subito", "abbonati a partire"]),
        cue(Subscription).phrases(&["abbonament*", "abbonat*"]),
        ask(Paywall).weight(3.5).phrases(&["questo articolo è riservato", "registrati gratis", "registrati per continuare", "contenuto premium"]),
        ask(Newsletter).phrases(&[
            "iscriviti", "iscriviti gratis", "ricevi ogni", "il tuo indirizzo email", "la tua e-mail",
            "cancellarti in qualsiasi momento", "disiscriverti",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "informativa sulla privacy"]),
        ask(App).phrases(&["scarica l'applicazione"]),
        cue(App).phrases(&["sull'app store", "su google play"]),
        ask(Cookie).phrases(&["accetta tutti", "rifiuta tutti", "gestisci le preferenze", "cookie policy", "gestisci il consenso", "questo sito usa"]),
        ask(Social).phrases(&["seguici", "condividi su", "unisciti al nostro canale", "iscriviti al nostro canale", "seguiteci su"]),
        label(Related).phrases(&["leggi anche", "articoli correlati", "i più letti", "potrebbe interessarti"]),
        ask(Credit).max_words(40).phrases(&[
            "è giornalista", "è un giornalista", "è una giornalista", "è corrispondente", "hanno collaborato a questo articolo",
            "ha collaborato a questo articolo", "pubblicato originariamente", "articolo pubblicato su", "traduzione di",
        ]),
        line(Credit).max_words(10).phrases(&["foto:", "testo:", "traduzione:", "a cura di"]),
        label_any().phrases(&["accetta tutti", "rifiuta tutti", "accedi", "registrati", "leggi di più", "scopri di più"]),
        outlet(Donation).phrases(&[
            "giornale indipendente", "testata indipendente", "senza pubblicità", "senza paywall", "ad accesso libero",
            "gratuito per tutti", "senza scopo di lucro", "non profit", "libera e indipendente",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["sostieni il giornalismo indipendente", "prima di continuare", "abbiamo bisogno del tuo aiuto"]),
        ask(Donation).weight(3.5).phrases(&["scegli l'importo", "donazione singola", "lettori come te", "senza il tuo sostegno", "dona quello che puoi"]),
        ask(Paywall).weight(3.5).phrases(&["abbonati per leggere", "abbonati per continuare", "accedi per leggere", "contenuto per abbonati", "articolo riservato"]),
        ask(Subscription).phrases(&["primo mese a"]),
        ask(Newsletter).phrases(&["inserisci la tua email", "grazie per esserti iscritto", "conferma la tua iscrizione"]),
        ask(Cookie).phrases(&["accetta e chiudi", "continua senza accettare", "proseguendo la navigazione", "chiudendo questo banner"]),
        ask(Social).phrases(&["seguici sui social", "condividi su whatsapp", "canale whatsapp", "copia link", "link copiato"]),
        line(Related).max_words(14).phrases(&["notizie correlate", "contenuti correlati", "potrebbe interessarti anche", "più letti oggi"]),
        line(Credit).max_words(10).phrases(&["redazione:"]),
        label_any().phrases(&["ho capito", "accetto", "continua a leggere", "leggi dopo", "ricordamelo più tardi"]),
        outlet(Donation).phrases(&["senza inserzionisti", "senza editori", "nessun editore", "sostenuto dai lettori"]),
        // Also news wording: "ogni contributo sarà usato per le mense", "il contributo mensile degli
        // autonomi all'Inps", "un sito che utilizza cookie di profilazione". Cues; narrower asks stay.
        cue(Donation).weight(2.0).phrases(&["ogni contributo", "contributo mensile"]),
        ask(Donation).weight(3.5).phrases(&["ogni contributo conta", "ogni contributo è prezioso", "anche un contributo mensile"]),
        cue(Cookie).phrases(&["utilizza cookie", "questo sito utilizza"]),
        ask(Cookie).phrases(&["questo sito utilizza cookie", "questo sito utilizza i cookie"]),
        // Also news wording: "gli abbonati a Netflix", "l'abbonamento annuale ai mezzi pubblici",
        // "l'offerta speciale per gli studenti", "ultime notizie dal fronte", "la tua email può essere
        // usata dai truffatori". Cues, or lines in a narrower place.
        cue(Subscription).weight(2.0).phrases(&["abbonati a", "abbonamento digitale", "accesso illimitato", "offerta speciale", "abbonamento annuale"]),
        cue(Newsletter).weight(2.0).phrases(&["la tua email"]),
        line(Related).max_words(3).phrases(&["ultime notizie"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        ask(Donation).weight(3.5).phrases(&["ci sostenga con", "sostenga il nostro lavoro"]),
        cue(Donation).phrases(&["piccola donazione", "quello che facciamo", "fare un bonifico", "tramite bonifico", "intestato a", "intestato ad"]),
        ask(App).phrases(&["scarica gratis la nostra", "scarichi la nostra app"]),
        cue(App).phrases(&["nostra applicazione"]),
        line(Credit).max_words(6).phrases(&["ha collaborato", "hanno collaborato"]),
        label_any().phrases(&["dona ogni mese", "dona una volta", "dona adesso"]),
        // Both registers of the same asks ("tu" and "Lei").
        ask(Newsletter).phrases(&["si iscriva alla nostra", "iscriviti alla nostra", "nella tua casella", "nella sua casella"]),
        ask(Subscription).phrases(&["si abboni", "è già abbonato", "è già abbonata", "sei già abbonata"]),
        ask(App).phrases(&["scarichi l'app"]),
        ask(Donation).weight(3.5).phrases(&["ci sostenga"]),
        ask(Social).phrases(&["ci segua su"]),
        ask(Cookie).phrases(&["usiamo i cookie", "questo sito usa i cookie", "questo sito usa cookie"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["lettori come lei", "persone come te", "ti chiediamo un contributo", "le chiediamo un contributo"]),
        cue(Donation).phrases(&["contributo libero", "gratuita per tutti", "ci dà una mano", "ci dai una mano"]),
        label_any().phrases(&["voglio contribuire", "sì, contribuisco", "contribuisco"]),
        cue(Membership).phrases(&["entra nel club", "club degli amici"]),
        cue(Paywall).weight(2.0).phrases(&["accesso completo"]),
        cue(Newsletter).phrases(&["niente spam", "cancellarti quando vuoi", "scelte a mano"]),
        ask(App).phrases(&["installa l'app", "installi l'app"]),
        cue(App).weight(2.0).phrases(&["attiva le notifiche"]),
        cue(Cookie).weight(2.0).phrases(&["tecnologie di tracciamento", "modificare le tue scelte", "modificare le sue scelte"]),
        label_any().phrases(&["consenti tutti"]),
        ask(Credit).max_words(30).phrases(&["potete scrivergli a", "potete scriverle a"]),
        ask(Social).phrases(&["mandalo ai tuoi amici", "condividilo con i tuoi amici"]),
        header(Social).max_words(8).phrases(&["le è piaciuto questo articolo"]),
        line(Related).max_words(14).phrases(&["potrebbe interessarle anche"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["sull'autore", "sull’autore", "chi è l'autore", "informazioni sull'autore", "altri articoli di", "tutti gli articoli di", "articoli dello stesso autore"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["l'autore è", "l’autore è", "l'autrice è", "l’autrice è", "l'autore ha", "l’autore ha"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["è giornalista freelance", "è un giornalista freelance", "è una giornalista freelance", "è giornalista professionista"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["vai al contenuto"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["lascia un commento", "scrivi un commento", "aggiungi un commento", "mostra commenti", "i commenti sono chiusi", "commenta l'articolo", "commenta l’articolo"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["commenti"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["commenti"]),
        ask(Other).part(Comments).phrases(&["per lasciare un commento", "i commenti sono moderati", "policy dei commenti", "regole della community", "accedi per commentare"]),
        ask(Other).part(Disclaimer).phrases(&["le opinioni espresse in questo", "le opinioni espresse sono", "è responsabilità dell'autore", "sono responsabilità dell'autore"]),
        cue(Other).part(Disclaimer).phrases(&["riflettono necessariamente", "non rappresentano necessariamente"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["pagina successiva", "pagina precedente", "pagina 1 di", "segnala un errore", "segnala una notizia"]),
        ask(Other).part(Navigation).phrases(&["questo sito funziona meglio", "il tuo browser non è aggiornato", "abilita javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(14).phrases(&["sosteneteci", "ci sostenga", "sostenga il giornalismo"]),
        ask(Donation).weight(3.5).phrases(&["sosteneteci", "la vostra donazione", "sostenga l'informazione", "sostenga il giornalismo", "scelga l'importo"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["vi è piaciuto questo articolo"]),
        ask(Subscription).phrases(&["disdica quando vuole"]),
        ask(Paywall).weight(3.5).phrases(&["acceda per continuare", "acceda per leggere", "si registri gratis", "si registri per continuare"]),
        ask(Newsletter).weight(3.5).phrases(&["riceva la newsletter"]),
        ask(Newsletter).phrases(&[
            "si iscriva alla newsletter", "si iscriva gratis", "cancellarsi in qualsiasi momento", "inserisca la sua email",
            "grazie per essersi iscritto", "confermi la sua iscrizione",
        ]),
        ask(App).phrases(&["scarichi l'applicazione", "scarichi gratis la nostra"]),
        ask(Social).phrases(&["condivida questo articolo", "si unisca al nostro canale", "si iscriva al nostro canale", "ci segua sui social", "seguiteci sui social", "lo condivida con i suoi amici"]),
    ],
    we: &["noi", "nostro", "nostra", "nostri", "nostre", "ci"],
    you: &["tu", "tuo", "tua", "tuoi", "voi", "vostro", "vostra", "vostri", "vostre", "ti"],
};
