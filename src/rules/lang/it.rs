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
        line(Related).max_words(24).phrases(&["articolo precedente", "articolo successivo", "leggi anche", "potrebbe interessarti", "articoli correlati", "leggi di più", "i più letti"]),
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
        notice().phrases(&["correzione:", "aggiornamento:", "nota della redazione"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["questo articolo è stato aggiornato", "questo articolo è stato corretto", "una versione precedente di questo articolo"]),
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
        line(Related).max_words(24).phrases(&["notizie correlate", "contenuti correlati", "potrebbe interessarti anche", "più letti oggi"]),
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
        line(Related).max_words(24).phrases(&["potrebbe interessarle anche"]),
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
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "potrebbero interessarti", "potrebbe interessarle", "potrebbero interessarle", "le potrebbe interessare",
            "le potrebbero interessare", "vi potrebbe interessare", "vi potrebbero interessare", "potrebbe interessarvi",
            "potrebbero interessarvi", "potrebbe anche interessarti", "ti potrebbe anche interessare",
            "ti potrebbero anche interessare", "ti potrebbe piacere", "potrebbe piacerti", "le potrebbe piacere",
            "potrebbe piacerle", "vi potrebbe piacere", "vedi anche", "guarda anche", "notizia precedente",
            "notizia successiva", "post precedente", "post successivo", "prossimo articolo",
        ]),
        line(Related).max_words(8).phrases(&["per approfondire"]),
        line(Related).max_words(6).phrases(&[
            "articoli consigliati", "consigliati per te", "consigliati per voi", "scelti per te", "scelti per voi",
            "articoli simili", "notizie simili", "i più visti", "più visti", "i più condivisi", "più condivisi",
            "i più commentati", "più commentati", "più popolari", "le più lette", "più lette", "ultimi articoli",
            "ultime news", "altri articoli", "altre news", "approfondimenti", "correlati", "la scelta della redazione",
            "scelti dalla redazione", "da non perdere",
        ]),
        line(Related).max_words(4).phrases(&["altro da", "altro su", "ti consigliamo", "vi consigliamo", "le consigliamo"]),
        line(Related).max_words(3).phrases(&["in evidenza"]),
        label(Related).phrases(&[
            "potrebbero interessarti", "ti potrebbe interessare", "ti potrebbero interessare", "potrebbe interessarle",
            "vedi anche", "leggi tutto", "per approfondire", "approfondimenti", "da non perdere", "consigliati",
            "articoli consigliati", "consigliati per te", "scelti per te", "notizie correlate", "contenuti correlati",
            "correlati", "articoli simili", "più letti", "i più visti", "più popolari", "le più lette", "ultime notizie",
            "ultimi articoli", "altre notizie", "altri articoli", "in evidenza",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "archiviamo e/o accediamo a informazioni", "archiviare e/o accedere a informazioni su un dispositivo",
            "valutazione degli annunci e del contenuto", "osservazioni del pubblico e sviluppo di prodotti",
            "scansione attiva delle caratteristiche del dispositivo ai fini dell'identificazione",
            "utilizzare dati di geolocalizzazione precisi", "noi e terze parti selezionate",
            "liberamente prestare, rifiutare o revocare il tuo consenso",
            "misurazione della pubblicità e dei contenuti", "ricerche sul pubblico e sviluppo di servizi",
        ]),
        label_any().phrases(&[
            "accetta tutto", "rifiuta tutto", "più opzioni", "gestisci opzioni", "acconsento", "non acconsento",
            "salva ed esci", "non accetto", "scopri di più e personalizza",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "questo articolo fa parte della serie", "questo articolo fa parte di una serie",
            "questo articolo fa parte della nostra", "questo articolo fa parte del nostro",
            "questo articolo fa parte dello speciale", "questo articolo fa parte di uno speciale",
            "questo articolo fa parte del progetto", "questo articolo è parte della serie",
            "questo articolo è parte di una serie", "questo articolo è parte della nostra",
            "questo articolo è parte del nostro", "questo articolo è parte dello speciale",
            "questo articolo è parte di uno speciale", "questo articolo è parte del progetto",
            "questa storia fa parte della serie", "questa storia fa parte di una serie",
            "questa storia fa parte della nostra", "questa storia fa parte del nostro",
            "questa storia fa parte dello speciale", "questa storia fa parte di uno speciale",
            "questa storia fa parte del progetto", "questo pezzo fa parte della serie",
            "questo pezzo fa parte di una serie", "questo pezzo fa parte della nostra",
            "questo pezzo fa parte del nostro", "questo pezzo fa parte dello speciale",
            "questo pezzo fa parte di uno speciale", "questo pezzo fa parte del progetto", "questo reportage fa parte",
            "questo contenuto fa parte", "questa intervista fa parte", "questo podcast fa parte",
            "questo articolo è stato realizzato", "questo articolo è stato prodotto", "questo articolo è realizzato",
            "questo articolo è pubblicato", "questo reportage è stato realizzato", "questo reportage è stato prodotto",
            "questo reportage è realizzato", "questo reportage rientra", "questa pubblicazione è stata realizzata con",
            "questo articolo è il primo di una serie", "questo articolo è il secondo di una serie",
            "questo articolo è la prima puntata", "questo articolo è la seconda puntata", "questa è la prima puntata",
            "questa è la seconda puntata", "questa è la terza puntata", "questa è l'ultima puntata",
            "questo è il primo articolo della serie", "questo è il primo articolo di una serie",
            "questo è il secondo articolo della serie", "questo è il secondo articolo di una serie",
            "questo è il terzo articolo della serie", "questo è il terzo articolo di una serie",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["approfondisci", "correlati:", "articolo correlato", "scopri di più:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["articoli recenti", "sullo stesso argomento", "i più popolari"]),
        header(Donation).max_words(12).phrases(&["questo articolo ti è stato utile", "ti è stato utile questo articolo", "hai trovato utile questo articolo", "ti è piaciuto l'articolo", "le è stato utile questo articolo"]),
        label(Social).phrases(&["mi piace", "condividi tramite", "condividi l'articolo"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["ascolta l'articolo", "ascolta l’articolo", "versione audio"]),
        chrome(Other).max_words(5).phrases(&["ascolta questo articolo", "ascolta la notizia"]),
        chrome(Other).max_words(6).phrases(&["ascolta la versione audio"]),
        chrome(Social).max_words(5).phrases(&["guarda su youtube"]),
        chrome(Social).max_words(7).phrases(&["visualizza questo post su instagram"]),
        chrome(Social).max_words(10).phrases(&["un post condiviso da"]),
        chrome(Social).max_words(15).phrases(&["♬ suono originale"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["annulla risposta", "invia commento"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["lascia una risposta", "carica i commenti", "nascondi i commenti", "partecipa alla discussione"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["sii il primo a commentare"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["devi essere connesso per inviare un commento", "i campi obbligatori sono contrassegnati", "il tuo commento è in attesa di moderazione"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["il tuo indirizzo email non sarà pubblicato"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["salva il mio nome, email e sito web"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["segnala un refuso", "segnalaci un errore"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["hai trovato un errore", "hai notato un errore", "hai visto un errore"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["per approfondire:", "correlato:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["minuto di lettura", "min. di lettura"]),
        line(Other).max_words(45).phrases(&["questo articolo è stato finanziato", "questa inchiesta è stata realizzata", "questo contenuto è stato realizzato", "questo articolo è frutto", "questa serie è realizzata"]),
        label(Credit).phrases(&["leggi l'articolo originale"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["articolo gratuito", "articolo gratis", "articoli gratis", "articolo rimanente", "articoli rimanenti", "articoli gratuiti rimasti", "articolo gratuito rimasto", "lettura gratuita", "letture gratuite", "articoli gratuiti a disposizione"]),
        ask(Paywall).max_words(30).phrases(&["questo è il tuo ultimo articolo gratuito", "questo è il suo ultimo articolo gratuito", "il tuo ultimo articolo gratuito", "il suo ultimo articolo gratuito", "hai raggiunto il limite di articoli gratuiti", "ha raggiunto il limite di articoli gratuiti", "hai raggiunto il numero massimo di articoli gratuiti", "hai letto tutti gli articoli gratuiti", "hai esaurito gli articoli gratuiti", "hai esaurito i tuoi articoli gratuiti", "ha esaurito gli articoli gratuiti"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["il resto dell'articolo è riservato agli abbonati", "il resto dell’articolo è riservato agli abbonati", "questo articolo è riservato agli abbonati", "articolo riservato agli abbonati", "dell'articolo da leggere", "dell’articolo da leggere", "ti resta da leggere", "per leggere l'articolo completo", "per leggere l’articolo completo", "abbonati per continuare a leggere"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["spazio pubblicitario", "inserzione pubblicitaria"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["l'articolo continua dopo la pubblicità", "l’articolo continua dopo la pubblicità", "l'articolo prosegue dopo la pubblicità", "l’articolo prosegue dopo la pubblicità", "l'articolo continua sotto la pubblicità", "l’articolo continua sotto la pubblicità", "l'articolo continua qui sotto", "l’articolo continua qui sotto", "l'articolo prosegue sotto", "l’articolo prosegue sotto", "continua a leggere dopo la pubblicità", "continua a leggere sotto", "continua dopo la pubblicità", "prosegue dopo la pubblicità", "segue dopo la pubblicità", "articolo continua dopo la pubblicità"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["contenuto sponsorizzato", "contenuti sponsorizzati", "contenuto a pagamento", "contenuto promosso", "contenuto pubblicitario", "informazione pubblicitaria", "messaggio promozionale", "redazionale sponsorizzato", "sponsorizzato da"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["questo articolo contiene link di affiliazione", "questo articolo contiene link affiliati", "questo articolo include link di affiliazione", "alcuni link di questo articolo sono di affiliazione", "in qualità di affiliato amazon", "in qualità di affiliato amazon riceviamo un guadagno dagli acquisti idonei", "potremmo ricevere una commissione", "potremmo percepire una commissione", "riceviamo una commissione", "se acquisti tramite i nostri link", "acquistando tramite questi link"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["riproduzione riservata", "tutti i diritti sono riservati", "riproduzione vietata", "è vietata la riproduzione", "vietata la riproduzione", "la riproduzione è vietata", "è vietata la riproduzione anche parziale", "riproduzione vietata senza autorizzazione"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["abbonati alla newsletter", "iscriviti alle newsletter", "le nostre newsletter"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["scarica gratis l'app", "scarica gratis l’app", "scarica la nostra applicazione"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["commenta la notizia", "commenti chiusi", "leggi i commenti", "vedi i commenti"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["foto d'archivio", "foto d’archivio", "immagine d'archivio", "immagine d’archivio", "foto di repertorio", "immagine di repertorio", "ufficio stampa", "foto ufficio stampa", "foto generica", "immagine generica", "per gentile concessione"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["lettore video", "lettore audio"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["riproduci il video", "guarda il video"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["fine della finestra di dialogo"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["questa è una finestra di dialogo"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tag", "tags", "parole chiave", "etichette"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["intestatario", "intestatario del conto", "causale del versamento", "numero di conto", "conto corrente postale", "c/c postale"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["iscriviti ora", "mi iscrivo", "voglio iscrivermi", "si iscriva", "il tuo indirizzo e-mail", "inserisci il tuo indirizzo email", "indirizzo email", "indirizzo e-mail"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["iscrivimi", "iscrivetevi", "invia"]),
        label(Subscription).phrases(&["mi abbono", "scopri le offerte", "scopri l'offerta", "vedi le offerte", "vedi tutte le offerte", "attiva l'offerta", "approfitta dell'offerta", "prova gratis", "inizia la prova gratuita", "sei già abbonato? accedi", "già abbonato? accedi", "hai già un account? accedi", "diventa abbonato", "scegli il tuo piano", "scegli l'abbonamento"]),
        label(App).phrases(&["scarica su app store", "scarica dall'app store", "disponibile su app store", "disponibile su google play", "disponibile su appgallery", "scaricala gratis", "apri nell'app", "apri nella app", "apri l'app", "scarica ora", "scarica gratis"]),
        label(Donation).phrases(&["sostieni ora", "una tantum", "ogni mese", "donazione una tantum", "dona mensilmente", "altro importo", "importo libero", "inserisci importo", "donazione ricorrente", "inserisci un importo", "prosegui con la donazione", "dona con paypal", "contribuisci ora", "sostienici ora"]),
        label(Social).phrases(&["copia il link", "copiato negli appunti", "stampa articolo", "stampa l'articolo", "stampa la pagina", "invia per email", "invia via email", "invia per e-mail", "condividi via email", "invia a un amico", "invia ad un amico", "condividi su facebook", "condividi su x", "condividi su twitter", "condividi su linkedin", "condividi su telegram"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["cliccando su “iscriviti” dichiari", "cliccando su iscriviti", "iscrivendoti accetti", "iscrivendoti, accetti", "iscrivendoti alla newsletter", "proseguendo accetti", "ho letto e accetto", "ho letto l'informativa sulla privacy", "dichiaro di aver letto", "dichiaro di aver preso visione", "acconsento al trattamento dei dati", "presto il consenso", "ai sensi del regolamento ue", "ai sensi dell'art. 13", "puoi annullare l'iscrizione in qualsiasi momento", "puoi disiscriverti in qualsiasi momento", "potrai cancellarti in qualsiasi momento", "puoi cancellarti in qualsiasi momento", "non condivideremo mai", "questo sito è protetto da recaptcha", "controlla la tua casella di posta", "controlla la tua email"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["vuoi restare aggiornato", "vuoi rimanere aggiornato", "vuoi essere sempre aggiornato", "non vuoi perderti nulla", "non vuoi perdere nessuna notizia", "vuoi leggere altre storie come questa", "vuoi saperne di più", "ti piace il nostro lavoro", "vuoi ricevere le nostre notizie", "vuoi continuare a leggere", "apprezzi il nostro lavoro", "ti interessa questo argomento", "vuoi essere il primo a sapere"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["ha aggiunto", "ha sottolineato", "ha precisato", "ha confermato", "ha annunciato", "ha ammesso", "ha negato", "ha smentito", "ha avvertito", "ha ricordato", "ha risposto", "ha chiesto", "ha scritto", "ha riferito", "ha osservato", "ha evidenziato", "ha raccontato", "ha assicurato", "ha ribadito", "ha rivelato", "ha concluso", "hanno detto", "hanno dichiarato", "hanno spiegato", "hanno affermato", "hanno sottolineato", "sottolinea", "aggiunge", "afferma", "riferisce", "stando a", "a detta di", "in un'intervista a", "in un’intervista a", "citato da"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogallery"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galleria fotografica", "chiudi galleria", "foto successiva", "foto precedente", "immagine successiva", "immagine precedente", "schermo intero"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["guarda la gallery", "sfoglia la gallery", "apri la gallery"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["vedi tutte le foto"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["aggiorna"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["in diretta", "diretta live", "live blog", "ultimi aggiornamenti", "carica altri"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["segui la diretta", "minuto per minuto"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["salva", "traduci"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["salva articolo", "dimensione testo", "dimensione carattere", "condividi articolo"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["riproduci", "sottotitoli"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["riproduci video", "disattiva audio", "attiva audio", "riproduzione automatica", "caricamento video"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["velocità di riproduzione"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(2.5).max_words(12).phrases(&["grazie per aver letto", "grazie per averci letto", "grazie per la lettura", "se sei arrivato fin qui", "sei arrivato fin qui", "se sei arrivato fino a qui", "se sei arrivata fin qui"]),
        cue(Donation).weight(2.0).phrases(&["ogni donazione sarà raddoppiata"]),
        cue(Donation).weight(2.0).phrases(&["con una donazione libera", "anche pochi euro"]),
        cue(Subscription).phrases(&["sfoglia il giornale", "sfoglia l'edizione digitale", "leggi l'edizione digitale", "l'edizione digitale", "l'edizione cartacea", "la versione cartacea", "regala un abbonamento", "sfoglia la copia digitale"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["consenti non ora", "non ora consenti", "consenti più tardi", "più tardi consenti", "consenti blocca", "blocca consenti", "consenti no grazie", "no grazie consenti", "consenti annulla", "annulla consenti"]),
        cue(App).phrases(&["ricevere notifiche", "notifiche push"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["sostengo", "voglio sostenere", "voglio donare", "dono ora"]),
        label(Membership).phrases(&["voglio diventare socio", "sono già socio", "aderisco"]),
        label(Subscription).phrases(&["voglio abbonarmi", "sono già abbonato", "sono già abbonata"]),
        label(Newsletter).phrases(&["sono già iscritto"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["leggi anche:", "legga anche:", "leggete anche:", "leggi pure:", "leggi di più:", "vedi anche:", "guarda anche:", "ascolta anche:", "potrebbe interessarti:", "ti potrebbe interessare:", "potrebbe interessarti anche:", "articoli correlati:", "notizie correlate:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ascoltaci in diretta", "guardaci in diretta", "ascolta la radio in diretta", "ascolta la diretta"]),
        ask(Social).max_words(30).phrases(&["iscriviti al canale telegram", "entra nel nostro canale", "siamo anche su whatsapp", "il nostro canale telegram"]),
        label(Social).phrases(&["unisciti al canale", "entra nel canale"]),
        line(Subscription).max_words(10).phrases(&["edicola digitale", "sfoglia il giornale", "sfoglia la copia digitale", "edizione digitale"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["si riserva il diritto di cancellare i commenti", "si riserva il diritto di rimuovere i commenti", "si riserva di non pubblicare i commenti", "i commenti offensivi verranno rimossi", "solo gli utenti registrati possono commentare", "i commenti saranno pubblicati dopo", "i commenti riflettono le opinioni dei"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["segnalaci una notizia", "inviaci la tua segnalazione", "invia la tua segnalazione", "inviateci le vostre segnalazioni", "hai una notizia da segnalare", "scrivi alla redazione", "scrivici su whatsapp", "contatta la redazione", "inviaci foto e video"]),
        label(Other).phrases(&["segnala una notizia", "invia segnalazione", "invia la tua notizia"]),
        ask(Ad).max_words(35).phrases(&["vota il tuo preferito", "vota la tua preferita", "vinci due biglietti"]),
        label(Ad).phrases(&["acquista i biglietti", "vota ora", "partecipa ora", "prenota il tuo posto"]),
        ask(Ad).max_words(35).phrases(&["cerchiamo giornalisti", "cerchiamo un giornalista", "cerchiamo una giornalista", "entra nella nostra redazione", "unisciti alla nostra redazione", "unisciti al nostro team"]),
        label(Ad).phrases(&["lavora con noi"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati", "salva il mio nome, email e sito web", "il tuo commento è in attesa di moderazione", "devi essere connesso per inviare un commento", "i commenti offensivi non saranno pubblicati"]),
        label(Other).part(Comments).phrases(&["commenta", "invia il commento", "pubblica commento"]),
    ],
    we: &["noi", "nostro", "nostra", "nostri", "nostre", "ci"],
    you: &["tu", "tuo", "tua", "tuoi", "voi", "vostro", "vostra", "vostri", "vostre", "ti"],
};
