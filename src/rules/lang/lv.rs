//! Latvian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "lv",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "atbalsti mūs", "atbalstiet mūs", "atbalsti neatkarīgu žurnālistiku", "atbalstiet neatkarīgu žurnālistiku",
            "atbalsti neatkarīgo žurnālistiku", "atbalstiet neatkarīgo žurnālistiku", "mums vajadzīgs tavs atbalsts",
            "mums vajadzīgs jūsu atbalsts", "mums ir vajadzīgs jūsu atbalsts", "mums ir vajadzīgs tavs atbalsts",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "ziedo tagad", "ziedojiet tagad", "ziedo mums", "ziedojiet mums", "tavs ziedojums", "jūsu ziedojums",
            "katrs ziedojums ir svarīgs", "katrs eiro ir svarīgs", "atbalsti mūs", "atbalstiet mūs",
            "atbalsti mūsu darbu", "atbalstiet mūsu darbu", "kļūsti par atbalstītāju", "kļūstiet par atbalstītāju",
            "kļūsti par mūsu atbalstītāju",
            "vienreizējs ziedojums", "ikmēneša atbalsts", "vienreizējs atbalsts", "mums vajadzīgs tavs atbalsts",
            "mums vajadzīgs jūsu atbalsts", "atbalsti neatkarīgu žurnālistiku", "atbalstiet neatkarīgu žurnālistiku",
            "atbalsti neatkarīgo žurnālistiku", "atbalstiet neatkarīgo žurnālistiku",
        ]),
        cue(Donation).phrases(&[
            "tavs atbalsts", "jūsu atbalsts", "tavu atbalstu", "jūsu atbalstu", "ar jūsu atbalstu", "ar tavu atbalstu",
            "neatkarīga žurnālistika", "neatkarīgu žurnālistiku", "mūsu darbu", "eiro mēnesī", "konta numurs",
        ]),
        cue(Donation).weight(0.5).phrases(&["ziedojum*", "atbalstītāj*"]),
        salutation(Donation).max_words(6).phrases(&[
            "dārgie lasītāji", "cienījamie lasītāji", "dārgais lasītāj", "mīļie lasītāji", "dārgā lasītāja",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "patika raksts", "vai tev patika šis raksts", "vai jums patika šis raksts", "vai jums patīk tas, ko darām",
        ]),
        ask(Membership).phrases(&[
            "kļūsti par biedru", "kļūstiet par biedru", "pievienojies kopienai", "pievienojieties kopienai",
            "pievienojies mūsu kopienai", "pievienojieties mūsu kopienai",
        ]),
        cue(Membership).phrases(&["kļūt par biedru", "biedra nauda"]),
        ask(Subscription).phrases(&[
            "abonē tagad", "abonējiet tagad", "jau esi abonents", "jau esat abonents", "jums jau ir abonements",
            "atcel jebkurā laikā", "atceliet jebkurā laikā",
            "izvēlieties abonementu", "iegādājies abonementu", "iegādājieties abonementu",
        ]),
        // "Abonē" is also the third person ("viņš abonē"): only a short block opens with it.
        ask(Subscription).at(Start).max_words(8).phrases(&["abonē", "abonējiet"]),
        cue(Subscription).phrases(&["neierobežota piekļuve", "neierobežotu piekļuvi", "abonentiem"]),
        cue(Subscription).weight(0.5).phrases(&["abonements", "abonementu", "abonementa", "abonents"]),
        ask(Paywall).weight(3.5).phrases(&[
            "lai turpinātu lasīt", "turpini lasīt", "turpiniet lasīt", "šis saturs pieejams tikai abonentiem",
            "lai izlasītu visu rakstu", "pieslēdzies, lai lasītu", "pieslēdzieties, lai lasītu",
            "raksts pieejams abonentiem", "izlasi visu rakstu",
        ]),
        ask(Newsletter).phrases(&[
            "piesakies jaunumiem", "piesakieties jaunumiem", "piesakies mūsu jaunumiem", "piesakies jaunumu saņemšanai",
            "piesakieties jaunumu saņemšanai", "abonējiet jaunumus", "mūsu jaunumu vēstule",
            "ievadi e-pasta adresi", "ievadiet e-pasta adresi",
            "atteikties var jebkurā laikā", "paldies par pieteikšanos",
            "apstiprini pieteikumu",
        ]),
        cue(Newsletter).phrases(&["jaunumu vēstul*", "vēstkop*", "privātuma politika", "privātuma politiku"]),
        ask(App).phrases(&[
            "lejupielādē mūsu lietotni",
            "lejupielādējiet mūsu lietotni", "instalē lietotni", "instalējiet lietotni",
        ]),
        cue(App).phrases(&["mūsu lietotni", "mūsu lietotnē", "mobilo lietotni"]),
        ask(Cookie).phrases(&[
            "mēs izmantojam sīkdatnes", "mēs lietojam sīkdatnes", "šī vietne izmanto sīkdatnes",
            "šajā vietnē tiek izmantotas sīkdatnes", "piekrītu visām sīkdatnēm", "pieņemt visas sīkdatnes",
            "sīkdatņu iestatījumi", "sīkdatņu politika", "tikai nepieciešamās sīkdatnes", "izmantojam sīkdatnes",
        ]),
        cue(Cookie).phrases(&["izmanto sīkdatnes", "sīkdatnes", "sīkdatņu"]),
        ask(Social).phrases(&[
            "seko mums facebook", "sekojiet mums facebook", "dalies ar rakstu", "dalieties ar rakstu",
            "kopēt saiti", "saite nokopēta", "dalīties facebook",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["seko mums", "sekojiet mums"]),
        label(Ad).phrases(&["reklāma", "sponsorēts", "sadarbības materiāls", "partnera saturs", "apmaksāts saturs"]),
        line(Related).max_words(24).phrases(&[
            "lasi arī", "lasiet arī", "saistītie raksti", "saistītās ziņas", "vairāk ziņu:", "lasītākie:",
            "lasītākās ziņas", "tevi varētu interesēt", "jūs varētu interesēt", "iesakām:", "vairāk par šo tēmu",
        ]),
        label(Related).phrases(&[
            "lasi arī", "saistītie raksti", "saistītās ziņas", "lasītākie", "jaunākās ziņas", "jaunākie", "iesakām",
            "citi raksti",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "raksts sākotnēji publicēts", "raksts pirmo reizi publicēts",
            "sākotnēji publicēts portālā",
        ]),
        line(Credit).max_words(10).phrases(&[
            "foto:", "teksts:", "autors:", "autore:", "tulkojums:", "tulkoja:", "fotogrāfija:", "fotogrāfijas:",
        ]),
        chrome(Other).max_words(10).phrases(&["visas tiesības aizsargātas",]),
        label(Other).phrases(&["komentāri", "komentēt"]),
        label_any().phrases(&[
            "aizvērt", "ne tagad", "nē, paldies", "vēlāk", "atgādināt vēlāk", "piekrītu", "noraidīt", "pieņemt",
            "pieņemt visas", "noraidīt visas", "turpināt", "dalīties", "drukāt", "vienreiz", "katru mēnesi", "ziedot",
            "atbalstīt", "abonēt", "pieslēgties", "reģistrēties", "iestatījumi", "sapratu", "lasīt vairāk", "vairāk",
            "cita summa",
        ]),
        outlet(Donation).phrases(&[
            "neatkarīgs medijs", "neatkarīgs mēdijs", "neatkarīgs ziņu portāls", "bezpeļņas organizācija",
            "bezpeļņas medijs", "bez reklāmām", "lasītāju finansēts", "lasītāju atbalstīts", "bez maksas visiem",
        ]),
        // Also news wording: "aicina: lejupielādējiet lietotni", "funkcija izvēlieties summu",
        // "Digitālais abonements sadārdzināsies", "Pirmais mēnesis bez maksas vairs netiks piedāvāts",
        // "desmit bezmaksas rakstu", "ikmēneša ziedojums no uzņēmumiem", "pieejams tikai abonentiem",
        // "jūsu e-pasta adrese var nonākt krāpnieku rokās", "uz jūsu e-pastā norādīto adresi", "ziņojums
        // sākotnēji publicēts martā", "Vairāk ziņu par vētru", "Lasītākie gada romāni": cues, or only a
        // short line of their own.
        cue(Donation).phrases(&["izvēlies summu", "izvēlieties summu", "ikmēneša ziedojums"]),
        label(Donation).phrases(&["izvēlies summu", "izvēlieties summu", "ikmēneša ziedojums"]),
        ask(Donation).at(Start).max_words(6).phrases(&["izvēlies summu", "izvēlieties summu"]),
        cue(Subscription).phrases(&["digitālais abonements", "pirmais mēnesis bez maksas", "izvēlies plānu"]),
        label(Subscription).phrases(&["pirmais mēnesis bez maksas"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["izvēlies plānu"]),
        cue(Paywall).phrases(&["tikai abonentiem", "bezmaksas rakstu"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["tikai abonentiem"]),
        cue(Newsletter).phrases(&["tava e-pasta adrese", "jūsu e-pasta adrese", "tavā e-pastā", "jūsu e-pastā"]),
        cue(App).phrases(&["lejupielādē lietotni", "lejupielādējiet lietotni"]),
        ask(App).at(Start).max_words(10).phrases(&["lejupielādē lietotni", "lejupielādējiet lietotni"]),
        cue(Credit).phrases(&["sākotnēji publicēts"]),
        ask(Credit).max_words(40).phrases(&["teksts sākotnēji publicēts"]),
        line(Related).max_words(3).phrases(&["vairāk ziņu", "lasītākie"]),
        notice().phrases(&["labojums:", "atjaunināts:"]),
        body().phrases(&["sacīja", "teica", "norādīja", "uzsvēra", "pauda", "skaidroja"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["par autoru", "par autori", "citi autora raksti", "visi autora raksti"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["autors ir", "autore ir"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["pāriet uz saturu", "pārlēkt uz saturu"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["rakstīt komentāru", "pievienot komentāru", "atstāj komentāru", "rādīt komentārus", "lasītāju komentāri"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komentāri", "komentāru"]),
        ask(Other).part(Comments).phrases(&["komentāri tiek moderēti", "komentēšanas noteikumi"]),
        ask(Other).part(Disclaimer).phrases(&["raksts pauž autora viedokli"]),
        cue(Other).part(Disclaimer).phrases(&["autora viedoklis", "ne vienmēr atspoguļo", "redakcijas viedokli"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["nākamā lapa", "iepriekšējā lapa", "ziņot par kļūdu"]),
        ask(Other).part(Navigation).phrases(&["jūsu pārlūks ir novecojis"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "informācijas ievietošana ierīcē un/vai piekļuve tai", "personalizēta reklāmu profila izveide",
            "personalizēta satura profila izveide", "tirgus pētījumu izmantošana analītiskās informācijas veidošanai",
        ]),
        label_any().phrases(&[
            "nepiekrītu",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "šis raksts ir daļa", "raksts ir daļa no", "šis materiāls ir daļa", "raksts tapis ar",
            "raksts tapis projektā", "raksts tapis sadarbībā", "raksts tapis mediju atbalsta", "materiāls tapis ar",
            "materiāls tapis projektā", "materiāls tapis sadarbībā", "materiāls tapis mediju atbalsta",
            "šis raksts tapis", "šis materiāls tapis", "raksts ir tapis", "materiāls ir tapis", "publikācija tapusi ar",
            "publikācija ir tapusi", "šī publikācija tapusi", "raksts sagatavots ar", "raksts sagatavots projekta",
            "materiāls sagatavots ar", "materiāls sagatavots projekta", "raksts ir sagatavots", "materiāls ir sagatavots",
            "šis raksts sagatavots", "šis materiāls sagatavots", "projektu finansē mediju atbalsta fonds",
            "projektu līdzfinansē mediju atbalsta fonds",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["skaties arī", "skatiet arī", "lasi vairāk:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["līdzīgi raksti", "saistītie ieraksti", "jaunākie ieraksti", "populārākie", "citas ziņas", "redakcija iesaka", "tev varētu patikt"]),
        header(Donation).max_words(12).phrases(&["vai šis raksts bija noderīgs", "vai raksts bija noderīgs", "vai jums patika raksts"]),
        label(Social).phrases(&["dalies", "dalieties", "kopīgot"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["klausīties rakstu", "noklausīties rakstu"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["atcelt atbildi", "publicēt komentāru"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["obligātie lauki ir atzīmēti"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["jūsu e-pasta adrese netiks publicēta"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["iezīmē tekstu un spied ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["pamanījāt kļūdu", "pamanīji kļūdu"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["vairāk par tēmu:"]),
        line(Other).max_words(45).phrases(&["šis raksts ir tapis", "šis materiāls ir tapis"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["bezmaksas raksts", "bezmaksas raksti", "bezmaksas rakstiem", "bezmaksas raksta", "atlikuši raksti", "atlicis raksts", "jums atlikuši", "tev atlikuši"]),
        ask(Paywall).max_words(30).phrases(&["šis ir jūsu pēdējais bezmaksas raksts", "šis ir tavs pēdējais bezmaksas raksts", "pēdējais bezmaksas raksts", "jūs esat izlasījis visus bezmaksas rakstus", "jūs esat izmantojis visus bezmaksas rakstus", "esat sasniedzis bezmaksas rakstu limitu", "bezmaksas rakstu limits ir sasniegts"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["raksta turpinājums pieejams abonentiem", "viss raksts pieejams abonentiem", "raksts pieejams tikai abonentiem", "saturs abonentiem", "lasiet visu rakstu"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["raksta turpinājums pēc reklāmas", "raksta turpinājums zem reklāmas", "raksts turpinās pēc reklāmas", "raksts turpinās zemāk", "teksts turpinās pēc reklāmas", "ziņas turpinājums pēc reklāmas", "turpinājums pēc reklāmas", "lasi tālāk pēc reklāmas", "turpinājums zemāk"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["sponsorēts saturs", "sponsorēts raksts", "apmaksāta sadarbība", "maksāta publikācija", "reklāmas saturs", "partneru saturs", "publikācija tapusi sadarbībā ar", "sadarbībā ar"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["rakstā ir partneru saites", "šajā rakstā ir partneru saites", "raksts satur partnerprogrammas saites", "mēs varam saņemt komisiju", "varam saņemt komisiju", "ja iegādāsieties caur saitēm"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["pārpublicēšana aizliegta", "aizliegts pārpublicēt", "kopēt aizliegts"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["piesakies jaunumu vēstulei"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["raksti komentāru", "komentāri ir slēgti", "komentēšana slēgta", "pieslēdzies lai komentētu"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["publicitātes foto", "privātais arhīvs", "personīgais arhīvs", "ilustratīvs foto", "attēlam ir ilustratīva nozīme", "ilustratīvs attēls", "no personīgā arhīva"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["atskaņot video", "video atskaņotājs", "audio atskaņotājs"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["birkas", "atslēgvārdi", "tagi"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["konta numurs", "norēķinu konts", "saņēmēja nosaukums", "maksājuma mērķis", "bankas nosaukums"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["abonēt jaunumus", "pieteikties jaunumiem", "pierakstīties jaunumiem", "vēlos abonēt", "tavs e-pasts", "jūsu e-pasts", "e-pasta adrese", "ievadi savu e-pastu"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["pierakstīties", "pieteikties", "nosūtīt", "iesniegt"]),
        label(Subscription).phrases(&["abonēt tagad", "skatīt piedāvājumus", "apskatīt piedāvājumu", "izmēģināt bez maksas", "izmēģini bez maksas", "bezmaksas izmēģinājums", "jau esat abonents? pieslēdzieties", "jau ir konts? pieslēdzies", "kļūsti par abonentu", "kļūt par abonentu", "iegādāties abonementu"]),
        label(App).phrases(&["lejupielādēt no app store", "lejupielādējiet no app store", "iegūstiet to google play", "pieejams google play", "lejupielādēt lietotni", "atvērt lietotnē", "instalēt lietotni", "lejupielādēt tagad"]),
        label(Donation).phrases(&["ziedot tagad", "ievadiet summu", "ziedot vienreiz", "ziedot katru mēnesi", "atbalstīt tagad", "turpināt uz maksājumu"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ziedo", "ziedojiet"]),
        label(Social).phrases(&["nokopēts starpliktuvē", "sūtīt e-pastā", "nosūtīt pa e-pastu", "dalīties x", "kopīgot facebook", "nosūtīt draugam", "kopīgot rakstu"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["izdrukāt"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["piesakoties jūs piekrītat", "abonējot jūs piekrītat", "nospiežot pogu, jūs piekrītat", "piekrītu privātuma politikai", "piekrītu savu personas datu apstrādei", "jūs jebkurā brīdī varat atteikties", "atteikties var jebkurā brīdī", "no jaunumiem var atteikties jebkurā laikā", "mēs nekad nenodosim", "šo vietni aizsargā recaptcha", "pārbaudiet savu e-pastu"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["vai tev patika raksts", "nevēlaties neko palaist garām", "vēlaties uzzināt vairāk", "vēlaties būt informēts", "vēlaties vairāk šādu stāstu", "novērtējat mūsu žurnālistiku"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["stāstīja", "pastāstīja", "paziņoja", "piebilda", "atzina", "saka", "norāda", "uzsver", "skaidro", "paskaidroja", "apstiprināja", "noliedza", "brīdināja", "atgādināja", "atbildēja", "jautāja", "vaicāja", "rakstīja", "ziņoja", "informēja", "apgalvoja", "apgalvo", "atzīmēja", "akcentēja", "izteicās", "bilda", "atklāja", "uzskata", "pēc viņa teiktā", "pēc viņas teiktā", "pēc viņu teiktā"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogalerija", "galerija"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["foto galerija", "nākamā bilde", "iepriekšējā bilde", "nākamais attēls", "iepriekšējais attēls", "pilnekrāna režīms", "aizvērt galeriju", "atvērt galeriju"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["skatīt visas bildes"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["tiešraide", "tiešraidē"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["teksta tiešraide", "video tiešraide", "skaties tiešraidē", "svarīgākie notikumi", "piesprausts ieraksts", "ielādēt vairāk"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["teksta izmērs", "burtu izmērs", "nosūtīt e-pastā"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["atskaņot", "pauzēt", "klausīties", "subtitri"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["skatīties video", "izslēgt skaņu", "ieslēgt skaņu", "automātiskā atskaņošana", "atskaņošanas ātrums"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(2.5).max_words(12).phrases(&["paldies, ka izlasījāt līdz galam", "paldies, ka izlasījāt", "paldies, ka mūs lasāt", "paldies, ka izlasīji līdz galam"]),
        cue(Donation).weight(2.0).phrases(&["katrs ziedojums tiks dubultots", "dubultosim jūsu ziedojumu"]),
        cue(Donation).weight(2.0).phrases(&["katra summa ir svarīga", "arī neliela summa palīdz", "ziedojiet, cik varat"]),
        cue(Subscription).phrases(&["laikraksta elektroniskā versija", "drukātais izdevums", "jaunākais numurs"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["atbalstu", "vēlos atbalstīt", "gribu atbalstīt", "ziedoju", "vēlos ziedot", "jau atbalstu"]),
        label(Membership).phrases(&["vēlos kļūt par biedru", "jau esmu biedrs"]),
        label(Subscription).phrases(&["abonēju", "jau esmu abonents"]),
        label(Newsletter).phrases(&["vēlos saņemt jaunumus", "pierakstos"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lasi arī:", "lasiet arī:", "lasīt arī:", "lasi vēl:", "skaties arī:", "skatieties arī:", "saistītie raksti:", "saistītās ziņas:", "tev varētu interesēt:", "jums varētu interesēt:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["klausies tiešraidē", "klausieties tiešraidē"]),
        ask(Social).max_words(30).phrases(&["pievienojies mūsu kanālam", "mūsu telegram kanāl*", "mūsu whatsapp kanāl*"]),
        line(Subscription).max_words(10).phrases(&["lasi e-avīzi", "lasiet e-avīzi"]),
        label(Subscription).phrases(&["e-avīze", "e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redakcija patur tiesības dzēst", "komentāri atspoguļo to autoru viedokli", "aizskaroši komentāri tiks dzēsti"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["rakstiet mums", "sūti mums", "sūtiet mums", "ziņojiet redakcijai", "sazinies ar redakciju", "sazinieties ar redakciju"]),
        label(Other).phrases(&["ziņo mums", "sūti ziņu", "ziņot redakcijai"]),
        ask(Ad).max_words(35).phrases(&["balsojiet par savu favorītu"]),
        label(Ad).phrases(&["pirkt biļetes"]),
        ask(Ad).max_words(35).phrases(&["meklējam žurnālistu", "pievienojies mūsu komandai", "pievienojieties mūsu komandai", "pievienojies mūsu redakcijai"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["jūsu e-pasta adrese netiks publicēta", "obligātie lauki ir atzīmēti", "saglabāt manu vārdu", "jūsu komentārs gaida apstiprinājumu"]),
        label(Other).part(Comments).phrases(&["atstāj atbildi", "atstāt atbildi"]),
    ],
    // "mums" (to us) is English "mums": out. "tu" is the Romance "tu" (the same person).
    we: &["mēs", "mūs", "mūsu"],
    you: &["tu", "tev", "tevi", "tavs", "tava", "jūs", "jums", "jūsu"],
};
