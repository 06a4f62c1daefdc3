//! Maltese.
//!
//! Written from how Maltese news sites, local papers, broadcasters, magazines and NGOs word
//! their page furniture and appeals in general (not one site's wording), in the standard
//! spelling (ċ, ġ, ħ, ż, "għ"; the article joined by a hyphen: "l-artiklu", "għall-abbonati").
//! The matcher starts a word after a hyphen, so a row that may stand anywhere is written
//! without its article ("appoġġ tiegħek" holds "l-appoġġ tiegħek"); a row that must open its
//! line is written with it ("l-aktar moqrija"). The apostrophe of "ta'", "ma'", "b'xejn" is
//! printed straight or curly: the rows that need it are listed both ways.
//!
//! Maltese news is also written in English on the same sites, beside the Italian and Arabic
//! packs' languages: no row is an English or an Italian word ("reklam" is the Azerbaijani
//! pack's). The imperative of the derived verbs is the third person's past too: "appoġġja" is
//! "support!" and "(he) supported", "iddona" "donate!" and "(he) donated", "aċċetta" "accept!"
//! and "(he) accepted" ("Il-Ministru aċċetta r-riżenja"), "issieħeb" "join!" and "(he) joined",
//! "niżżel" "download!" and "(he) brought down", "appoġġjana" "support us!" and "(he)
//! supported us". Those rows are buttons (a line of their own), a short block's opening, or
//! cues; the imperatives of the simple verbs, which are no past ("aqra", read; "aqsam", share;
//! "segwi", follow; "agħmel", make; "agħlaq", close), and the formulas that name the reader
//! ("tiegħek", your) are asks. "Appoġġ" is also any backing ("l-appoġġ tal-Gvern"),
//! "sħubija" the country's membership of the union, "kontribuzzjonijiet" the social security
//! contributions, "indipendenti" every independent candidate: cues, or left out.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "mt",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 minuti qari").
        chrome(Other).at(Any).max_words(6).phrases(&[
            "minuti qari", "minuta qari", "min qari", "ħin tal-qari", "minuti ta' qari", "minuti ta’ qari",
        ]),
        header(Donation).max_words(14).phrases(&[
            "messaġġ mill-editur", "messaġġ mir-redazzjoni", "appoġġja l-ġurnaliżmu indipendenti", "appoġġja l-ġurnaliżmu tagħna",
            "sostni l-ġurnaliżmu indipendenti", "neħtieġu l-appoġġ tiegħek", "għandna bżonn l-appoġġ tiegħek",
        ]),
        // "Neħtieġu l-għajnuna tiegħek" is also the police's appeal for a witness, "tista'
        // tgħinna?" a lost dog's owner's: cues.
        cue(Donation).phrases(&["neħtieġu l-għajnuna tiegħek", "għandna bżonn l-għajnuna tiegħek"]),
        // "Appoġġjana" is also "(he) supported us", and "qabel ma titlaq" "before (she, the ship)
        // leaves": a box's short heading only.
        header(Donation).max_words(5).phrases(&["qabel ma titlaq"]),
        header(Donation).max_words(6).phrases(&["appoġġjana", "appoġġjawna", "appoġġjana llum", "appoġġjana issa"]),
        ask(Donation).weight(3.5).phrases(&[
            "agħmel id-donazzjoni tiegħek", "agħti d-donazzjoni tiegħek",
            "agħti l-kontribuzzjoni tiegħek", "għażel l-ammont", "għażel ammont", "għinna nkomplu", "għinuna nkomplu",
            "għinna nibqgħu", "għinuna nibqgħu", "mingħajr l-appoġġ tiegħek", "bl-appoġġ tiegħek nistgħu",
            "qarrejja bħalek", "ikkontribwixxi llum", "ikkontribwixxi issa", "iddona llum", "iddona issa",
            "nistrieħu fuq il-qarrejja tagħna", "niddependu mill-qarrejja tagħna", "niddependu fuq il-qarrejja tagħna",
        ]),
        // The past's homograph ("Il-Gvern dejjem appoġġja x-xogħol tagħna", a president says):
        // a short block's opening only; a cue elsewhere. (Not "agħmel donazzjoni" there: the
        // call an organiser makes, that a story reports without quotation marks, "Agħmel
        // donazzjoni llum, appellat ...": a cue, and the button's whole line.)
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["appoġġja x-xogħol tagħna"]),
        cue(Donation).phrases(&[
            "appoġġ tiegħek", "appoġġ tagħkom", "għajnuna tiegħek", "ġurnaliżmu indipendenti", "ġurnaliżmu tagħna",
            "xogħol tagħna", "appoġġja x-xogħol tagħna", "agħmel donazzjoni", "agħti donazzjoni", "agħmel kontribuzzjoni",
            "ġurnaliżmu ta' kwalità",
            "ġurnaliżmu ta’ kwalità", "grazzi għall-appoġġ tiegħek",
            // A charity's words that a story reports ("id-donazzjoni tiegħek tagħmel differenza").
            "donazzjoni tiegħek", "kontribuzzjoni tiegħek",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["fix-xahar", "kull xahar"]),
        // Not "kontribuzzjon*" (the social security contributions) nor "appoġġ*" (any backing).
        cue(Donation).weight(0.5).phrases(&["donazzjon*"]),
        salutation(Donation).max_words(6).phrases(&[
            "għażiż qarrej", "għażiża qarrejja", "għeżież qarrejja", "qarrejja għeżież", "qarrej għażiż",
            "għażiż abbonat", "għeżież abbonati", "għeżież semmiegħa",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "għoġbok dan l-artiklu", "għoġbitek din l-istorja", "għoġbok l-artiklu", "għoġbitek l-istorja",
            "sibt dan l-artiklu utli", "sibt l-artiklu utli",
        ]),
        // "Sir membru" (become a member) is also a club's call that a story quotes: anywhere
        // with its "now", "today"; bare, a short block's opening.
        ask(Membership).phrases(&[
            "sir membru issa", "sir membru llum", "issieħeb issa", "sir membru tal-komunità tagħna", "sir sostenitur tagħna",
        ]),
        // "Issieħeb", "ingħaqad" (join!) are also "(he) joined".
        ask(Membership).at(Start).max_words(20).phrases(&[
            "sir membru", "sir sostenitur", "sir sostenitriċi", "issieħeb fil-komunità tagħna", "ingħaqad mal-komunità tagħna",
        ]),
        // (Not "sħubija" as a cue: the country's membership of the union, "is-sħubija ta' Malta
        // fl-UE", and a club's fees, "Is-sħubija tiswa €50 fis-sena", which a label on the
        // club's shirt, "Sir membru", took along.)
        cue(Membership).phrases(&["il-membri tagħna", "membri sostenituri", "programm tal-membri"]),
        ask(Subscription).phrases(&[
            "abbona llum", "sir abbonat", "sir abbonata", "diġà abbonat", "diġà abbonata", "int abbonat",
            "ikkanċella meta trid", "ikkanċella fi kwalunkwe ħin", "abbona biex taqra",
        ]),
        // "Il-pjattaforma toffri l-ewwel xahar b'xejn": a short block's opening.
        ask(Subscription).at(Start).max_words(8).phrases(&["l-ewwel xahar b'xejn", "l-ewwel xahar b’xejn"]),
        // The names of the offer, which a story on a paper's prices names too, in its price
        // list's short lines ("Abbonament diġitali: €7.99 fix-xahar."): cues.
        cue(Subscription).phrases(&[
            "għall-abbonati", "abbonament diġitali", "abbonament annwali", "abbonament ta' kull xahar",
            "abbonament ta’ kull xahar", "l-ewwel xahar b'xejn", "l-ewwel xahar b’xejn", "edizzjoni diġitali",
            "l-edizzjoni stampata", "rigal ta' abbonament", "rigal ta’ abbonament",
        ]),
        // "Tista' tikkanċella fi kwalunkwe ħin", a consumer story tells its reader: a cue.
        cue(Subscription).phrases(&["tikkanċella fi kwalunkwe ħin", "tikkanċella meta trid"]),
        cue(Subscription).weight(2.0).phrases(&["aċċess sħiħ", "aċċess illimitat", "aċċess għall-kontenut kollu"]),
        // A service or a column for subscribers only is news too ("... l-artikli tal-opinjoni
        // jkunu għall-abbonati biss", a lede): the nag's short line only.
        line(Paywall).max_words(15).phrases(&["għall-abbonati biss", "esklussiv għall-abbonati", "riservat għall-abbonati"]),
        ask(Paywall).weight(3.5).phrases(&[
            "abbona biex tkompli taqra",
            "idħol biex tkompli taqra", "illoggja biex tkompli taqra", "irreġistra biex tkompli taqra",
            "irreġistra b'xejn biex", "irreġistra b’xejn biex", "dan l-artiklu huwa msakkar", "iftaħ dan l-artiklu",
        ]),
        // "... biex tkompli taqra l-istudju" is also "so that she goes on reading": the nag's
        // opening only, a cue elsewhere.
        ask(Paywall).weight(3.5).at(Start).max_words(20).phrases(&["biex tkompli taqra"]),
        cue(Paywall).phrases(&["biex tkompli taqra"]),
        ask(Newsletter).phrases(&[
            "irreġistra għan-newsletter", "abbona għan-newsletter", "abbona fin-newsletter", "fl-inbox tiegħek",
            "grazzi talli rreġistrajt", "grazzi talli irreġistrajt", "grazzi talli abbonajt", "ikkonferma l-abbonament tiegħek",
            "ikkonferma l-indirizz tal-email",
        ]),
        // A scam warning says them too ("qatt tagħti l-indirizz tal-email tiegħek"), and a
        // mayor "in-newsletter tagħna tal-kunsill": cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "indirizz tal-email tiegħek", "daħħal l-email tiegħek", "in-newsletter tagħna", "in-newsletters tagħna",
        ]),
        cue(Newsletter).phrases(&["politika tal-privatezza"]),
        // "Irċievi" (receive!) is no past ("irċieva"), but a how-to quotes it: a short block's opening.
        ask(Newsletter).at(Start).max_words(10).phrases(&["irċievi l-aħbarijiet", "irċievi l-aqwa aħbarijiet"]),
        ask(App).phrases(&[
            "niżżel l-app tagħna", "niżżel l-applikazzjoni tagħna", "installa l-app tagħna", "niżżlu l-app tagħna",
            "installa l-applikazzjoni tagħna",
        ]),
        ask(App).at(Start).max_words(10).phrases(&["niżżel l-app", "niżżel l-applikazzjoni"]),
        cue(App).phrases(&[
            "l-app tagħna", "l-applikazzjoni tagħna", "disponibbli fuq ios u android", "disponibbli għal iphone u android",
        ]),
        ask(Cookie).phrases(&[
            "nużaw il-cookies", "nagħmlu użu mill-cookies", "aċċetta l-cookies", "irrifjuta l-cookies", "preferenzi tal-cookies",
            "settings tal-cookies", "taqbel mal-użu tal-cookies", "billi tkompli tbrawżja",
        ]),
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "dan is-sit juża", "din il-websajt tuża", "dan il-websajt juża", "dan is-sit elettroniku juża",
            "billi tkompli tuża dan is-sit", "billi tkompli tuża din il-websajt",
        ]),
        cue(Cookie).phrases(&[
            "intejbu l-esperjenza tiegħek", "itejbu l-esperjenza tiegħek", "nanalizzaw it-traffiku", "l-użu tal-cookies",
        ]),
        // A data protection story says them of a site it reports on ("Is-sit juża l-cookies
        // mingħajr kunsens", "il-politika tal-cookies tal-kumpanija"): cues.
        cue(Cookie).phrases(&["juża l-cookies", "tuża l-cookies", "il-politika tal-cookies", "politika dwar il-cookies"]),
        ask(Social).phrases(&[
            "segwina fuq", "segwuna fuq", "segwina wkoll fuq", "aqsam dan l-artiklu", "aqsam din l-istorja",
            "aqsam l-artiklu ma'", "aqsam l-artiklu ma’", "aqsam ma' sħabek", "aqsam ma’ sħabek",
            "il-kanal tagħna tal-whatsapp", "issieħeb fil-kanal tagħna", "ingħaqad mal-kanal tagħna",
            "ibgħat dan l-artiklu lil", "ibgħat l-artiklu lil ħabib",
        ]),
        // A read-also line opens a story's sentence in no tense (imperative), but a line of an
        // insert runs into its headline: with its colon anywhere in the line's opening, bare
        // in a short line.
        line(Related).max_words(24).phrases(&[
            "aqra wkoll:", "aqra aktar:", "aqra iktar:", "ara wkoll:", "artikli relatati:", "aħbarijiet relatati:",
            "tista' tkun interessat ukoll", "tista’ tkun interessat ukoll", "jista' jinteressak", "jista’ jinteressak",
            "jistgħu jinteressawk", "rakkomandat għalik", "l-artiklu li jmiss", "l-artiklu preċedenti",
        ]),
        line(Related).max_words(12).phrases(&["aqra wkoll", "aqra aktar", "aqra iktar"]),
        line(Related).max_words(8).phrases(&["ara wkoll", "artiklu li jmiss", "artiklu preċedenti"]),
        // (Not "aktar informazzjoni": a cookie banner's button, which as a heading took the
        // headline under the banner.)
        line(Related).max_words(6).phrases(&[
            "l-aktar moqrija", "l-aktar moqri", "l-aħħar aħbarijiet", "aktar aħbarijiet", "aħbarijiet oħra",
            "artikli oħra", "l-aħbarijiet ewlenin", "l-aktar popolari", "artikli relatati", "l-artikli relatati",
            "aħbarijiet relatati", "l-aħbarijiet relatati", "l-aktar reċenti",
        ]),
        // (Not "aktar minn": "Aktar minn għaxar snin", a story's subhead.)
        line(Related).max_words(4).phrases(&["aktar dwar"]),
        label(Related).phrases(&[
            "aqra wkoll", "aqra aktar", "aqra iktar", "artikli relatati", "aħbarijiet relatati", "l-aktar moqrija",
            "l-aħħar aħbarijiet", "aktar aħbarijiet", "aħbarijiet oħra", "artikli oħra", "ara wkoll", "rakkomandat għalik",
            "tista' tkun interessat ukoll", "tista’ tkun interessat ukoll", "jista' jinteressak", "jista’ jinteressak",
            "l-aktar popolari", "titlifx", "l-aħħar artikli", "artikli reċenti", "aqra l-artiklu sħiħ",
        ]),
        // Bios open on the name ("Maria Borg hija ġurnalista ..."), a story's line says it in
        // passing ("is-suspettat, li huwa ġurnalist ma' gazzetta lokali"): the bio's own
        // formulas are asks, the bare "huwa ġurnalist" a cue.
        ask(Credit).max_words(40).phrases(&[
            "dan l-artiklu deher l-ewwel", "dan l-artiklu deher oriġinarjament", "dan l-artiklu ġie ppubblikat oriġinarjament",
            "dan l-artiklu ġie ppubblikat l-ewwel", "ikkontribwixxa għal dan ir-rapport", "ikkontribwixxiet għal dan ir-rapport",
            "ippubblikat oriġinarjament fuq",
        ]),
        cue(Credit).phrases(&["huwa ġurnalist", "hija ġurnalista", "deher oriġinarjament", "ippubblikat oriġinarjament"]),
        line(Credit).max_words(10).phrases(&[
            "ritratt:", "ritratti:", "filmat:", "kitba:", "miktub minn", "awtur:", "awtriċi:", "traduzzjoni:", "tradott minn",
            "grafika:", "editjar:", "kitba u ritratti:", "test u ritratti:", "ritratti u filmat:",
        ]),
        line(Credit).max_words(8).phrases(&["b'informazzjoni mill-aġenziji", "b’informazzjoni mill-aġenziji", "b'informazzjoni minn", "b’informazzjoni minn"]),
        chrome(Other).at(Any).max_words(12).phrases(&["drittijiet kollha riżervati", "jeddijiet kollha riżervati"]),
        label_any().phrases(&[
            "agħlaq", "mhux issa", "le grazzi", "le, grazzi", "aktar tard", "iktar tard", "fakkarni aktar tard",
            "fakkarni iktar tard", "darba biss", "kull sena", "kompli", "kompli aqra", "kompli taqra", "ipprintja",
            "idħol", "illoggja", "irreġistra", "oħroġ", "ikkanċella", "naqbel", "fhimt", "ok, fhimt", "ara aktar",
            "aktar għażliet", "irrifjuta", "irrifjuta kollox", "aċċetta", "aċċetta kollox", "aċċetta u kompli",
            "aċċetta u agħlaq", "salva l-preferenzi", "issettjar", "ippermetti kollox",
        ]),
        outlet(Donation).phrases(&[
            "mezz indipendenti", "mezz tax-xandir indipendenti", "sit ta' aħbarijiet indipendenti", "sit ta’ aħbarijiet indipendenti",
            "portal indipendenti", "mingħajr reklami", "mingħajr paywall", "b'xejn għal kulħadd", "b’xejn għal kulħadd",
            "aċċessibbli għal kulħadd", "iffinanzjat mill-qarrejja", "iffinanzjati mill-qarrejja", "mhux għall-profitt",
            "mingħajr skop ta' qligħ", "mingħajr skop ta’ qligħ", "mhux marbut ma' ebda partit", "mhux marbut ma’ ebda partit",
            "indipendenti minn kull partit", "mhux proprjetà ta' partit", "mhux proprjetà ta’ partit",
        ]),
        // Second round: general formulas of each function. "Kull ewro jgħodd", "kull donazzjoni
        // tgħodd" are an NGO's words in a story too, and "donazzjoni ta' darba" a fund's
        // report: cues.
        cue(Donation).weight(2.0).phrases(&[
            "ammont ieħor", "kwalunkwe ammont", "anke ammont żgħir", "appoġġ tal-qarrejja", "kull ewro jgħodd",
            "kull donazzjoni tgħodd", "kull kontribuzzjoni tgħodd", "donazzjoni ta' darba", "donazzjoni ta’ darba",
            "donazzjoni ta' kull xahar", "donazzjoni ta’ kull xahar", "kontribuzzjoni ta' kull xahar",
            "kontribuzzjoni ta’ kull xahar", "ħallas kemm trid",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "aqra l-artiklu sħiħ b'abbonament", "aqra l-artiklu sħiħ b’abbonament", "dan il-kontenut huwa esklussiv",
            "dan l-artiklu huwa esklussiv",
        ]),
        ask(Cookie).phrases(&[
            "aħżen u/jew aċċessa informazzjoni", "reklami u kontenut personalizzati", "kejl tar-reklami u tal-kontenut",
        ]),
        // (A company's spokesman says it in a story: a cue.)
        cue(Cookie).weight(2.0).phrases(&["aħna u l-imsieħba tagħna"]),
        // The story's own notices: a correction, an update.
        notice().phrases(&[
            "korrezzjoni:", "aġġornament:", "aġġornat:", "nota editorjali:", "nota tal-editur:", "nota mill-editur:",
            "kjarifika:",
        ]),
        notice().at(Any).phrases(&[
            "dan l-artiklu ġie aġġornat", "l-artiklu ġie aġġornat", "dan l-artiklu ġie kkoreġut", "din l-istorja ġiet aġġornata",
            "verżjoni preċedenti ta' dan l-artiklu", "verżjoni preċedenti ta’ dan l-artiklu",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, added,
        // according to, in a statement), which no box uses.
        body().phrases(&[
            "qal", "qalet", "qalu", "saħaq", "saħqet", "żied jgħid", "żiedet tgħid", "spjega", "spjegat", "skont",
            "ikkonferma", "ikkonfermat", "irrimarka", "irrimarkat", "stqarr", "stqarret", "kompla jgħid", "kompliet tgħid",
            "ħabbar", "ħabbret", "tenna", "tenniet", "staqsa", "staqsiet", "fakkar", "fakkret", "iddikjara", "iddikjarat",
            "f'dikjarazzjoni", "f’dikjarazzjoni", "f'intervista ma'", "f’intervista ma’", "fi stqarrija", "sostna",
            "sostniet", "ċaħad", "ċaħdet", "wissa", "wissiet", "kiteb", "kitbet", "innota", "innotat", "appella",
            "appellat", "appellaw",
        ]),
        // Tips to the newsroom ("Għandek storja?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "għandek storja", "għandek xi storja", "ibgħatilna l-istorja tiegħek", "ibgħatilna l-aħbar tiegħek",
            "għandek informazzjoni li tixtieq taqsam", "ikkuntattjana", "ikkuntattja lir-redazzjoni",
        ]),
        line(Credit).max_words(12).phrases(&["ikkuntattja lill-awtur", "ikkuntattja lill-ġurnalist", "ibgħat email lill-awtur", "ikteb lill-awtur"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "dwar l-awtur", "dwar l-awtriċi", "aktar artikli minn", "artikli oħra minn", "l-artikli kollha ta'", "l-artikli kollha ta’",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "l-awtur huwa", "l-awtriċi hija", "l-awtur hu", "l-awtriċi hi", "il-kittieb huwa", "il-kittieba hija",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&[
            "huwa ġurnalist freelance", "hija ġurnalista freelance", "huwa kolumnist", "hija kolumnista",
            "jikteb regolarment għal", "tikteb regolarment għal",
        ]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "aqbeż għall-kontenut", "mur għall-kontenut", "aqbeż għall-kontenut ewlieni", "mur għall-kontenut ewlieni",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "il-paġna li jmiss", "paġna li jmiss", "il-paġna ta' qabel", "il-paġna ta’ qabel", "irrapporta żball",
            "ibgħatilna l-aħbar",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["sibt żball", "rajt żball", "innutajt żball"]),
        ask(Other).part(Navigation).phrases(&[
            "dan is-sit jaħdem l-aħjar", "il-browser tiegħek mhux aġġornat", "attiva l-javascript", "ippermetti l-javascript",
        ]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "ħalli kumment", "ikteb kumment", "ħalli l-kumment tiegħek", "ikteb il-kumment tiegħek", "il-kummenti huma magħluqa",
            "uri l-kummenti", "ara l-kummenti", "kummenti tal-qarrejja",
        ]),
        chrome(Other).part(Comments).max_words(3).phrases(&["kummenti", "il-kummenti"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["kummenti"]),
        ask(Other).part(Comments).phrases(&[
            "idħol biex tikkummenta", "illoggja biex tikkummenta", "il-kummenti huma moderati", "regoli tal-kummenti",
            "il-kummenti huma r-responsabbiltà", "biex tħalli kumment",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["ikkanċella t-tweġiba", "ibgħat il-kumment", "ippubblika l-kumment"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["ħalli tweġiba", "ikteb tweġiba"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["kun l-ewwel wieħed li tikkummenta", "kun l-ewwel li tikkummenta"]),
        chrome(Other).part(Comments).max_words(15).phrases(&[
            "l-indirizz tal-email tiegħek mhux se", "l-indirizz tal-email tiegħek mhux ser", "l-indirizz tal-email tiegħek ma jiġix",
        ]),
        chrome(Other).part(Comments).at(Whole).phrases(&["kummenti magħluqa", "żid kumment", "ikkummenta"]),
        ask(Other).part(Disclaimer).phrases(&[
            "l-opinjonijiet espressi f'dan", "l-opinjonijiet espressi f’dan", "il-fehmiet espressi f'dan", "il-fehmiet espressi f’dan",
            "huma tal-awtur biss", "huma biss tal-awtur", "ma jirriflettux neċessarjament il-fehmiet",
        ]),
        cue(Other).part(Disclaimer).phrases(&["ma jirriflettux neċessarjament", "mhux neċessarjament jirriflettu", "mhux bilfors jirriflettu"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        // (Not "dan il-proġett huwa kofinanzjat": a minister's sentence in a story.)
        line(Other).max_words(45).phrases(&[
            "dan l-artiklu huwa parti minn", "dan l-artiklu hu parti minn", "dan ir-rapport huwa parti minn",
            "din l-istorja hija parti minn", "dan l-artiklu sar bl-appoġġ", "dan ir-rapport sar bl-appoġġ",
            "din hija l-ewwel parti", "din hija t-tieni parti", "din hija l-aħħar parti",
        ]),
        // The question over a box, a share row's heading, each a line of its own.
        header(Donation).max_words(12).phrases(&["tapprezza x-xogħol tagħna", "tgħożż il-ġurnaliżmu indipendenti"]),
        label(Social).phrases(&[
            "aqsam", "aqsam dan", "aqsam l-artiklu", "ikkopja l-link", "il-link ġie kkupjat", "ikkupjat",
            "ibgħat permezz tal-email", "aqsam fuq facebook", "aqsam fuq whatsapp", "aqsam fuq x", "ipprintja l-artiklu",
            "segwina", "segwuna",
        ]),
        // A read-aloud player's label.
        chrome(Other).max_words(4).phrases(&["isma' l-artiklu", "isma’ l-artiklu", "isma' dan l-artiklu", "isma’ dan l-artiklu"]),
        chrome(Social).max_words(5).phrases(&["ara fuq youtube", "ara dan fuq youtube"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artikli b'xejn", "artikli b’xejn", "artiklu b'xejn", "artiklu b’xejn"]),
        ask(Paywall).max_words(30).phrases(&[
            "l-aħħar artiklu b'xejn tiegħek", "l-aħħar artiklu b’xejn tiegħek", "qrajt l-artikli b'xejn kollha",
            "qrajt l-artikli b’xejn kollha", "qrajt l-artikli kollha b'xejn", "qrajt l-artikli kollha b’xejn",
            "laħaqt il-limitu ta' artikli", "laħaqt il-limitu ta’ artikli",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["aqra l-artiklu sħiħ", "biex taqra l-artiklu sħiħ", "il-bqija tal-artiklu"]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&[
            "riklam", "reklami", "sponsorjat", "kontenut sponsorjat", "artiklu sponsorjat", "kontenut imħallas",
            "l-artiklu jkompli wara r-reklam", "l-artiklu jkompli hawn taħt", "l-istorja tkompli wara r-reklam",
            "jkompli wara r-reklam", "ikompli wara r-reklam",
        ]),
        // A sponsor's label, a line of its own.
        label(Ad).phrases(&["b'kollaborazzjoni ma'", "b’kollaborazzjoni ma’", "f'kollaborazzjoni ma'", "f’kollaborazzjoni ma’", "sponsorjat minn"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&[
            "nistgħu nirċievu kummissjoni", "jista' jkollna kummissjoni", "jista’ jkollna kummissjoni", "dan l-artiklu fih links",
            "jekk tixtri permezz tal-links",
        ]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "ir-riproduzzjoni hija pprojbita", "projbita r-riproduzzjoni", "ir-riproduzzjoni mhix permessa",
            "il-kopja mhix permessa",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&[
            "ritratt tal-arkivju", "ritratt ta' arkivju", "ritratt ta’ arkivju", "ritratt: arkivju", "ritratt mogħti",
            "ritratt illustrattiv", "ritratt ta' illustrazzjoni", "ritratt ta’ illustrazzjoni",
        ]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tikketti", "suġġetti", "kliem ewlieni"]),
        // A line of the bank details under an ask ("Numru tal-kont: 4001 ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "numru tal-kont", "kont bankarju", "isem tal-kont", "benefiċjarju:", "referenza tal-ħlas",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "abbona għan-newsletter", "irreġistrani", "iva, irreġistrani", "l-email tiegħek", "l-indirizz tal-email tiegħek",
            "daħħal l-email tiegħek", "daħħal l-indirizz tal-email tiegħek", "irreġistra għan-newsletter",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["indirizz tal-email", "l-indirizz tal-email"]),
        label(Subscription).phrases(&[
            "abbona issa", "abbona", "abbonament", "ara l-offerti", "ara l-pjanijiet", "għażel il-pjan tiegħek",
            "ipprova b'xejn", "ipprova b’xejn", "diġà abbonat? idħol", "diġà għandek kont? idħol", "diġà abbonat? illoggja",
            "diġà għandek kont? illoggja", "l-abbonamenti",
        ]),
        label(App).phrases(&[
            "niżżel l-app", "niżżel l-applikazzjoni", "iftaħ fl-app", "iftaħ l-app", "installa l-app", "niżżel issa",
            "disponibbli fuq google play", "disponibbli fuq l-app store",
        ]),
        label(Donation).phrases(&[
            "agħmel donazzjoni", "iddona", "iddona issa", "iddona llum", "ikkontribwixxi", "appoġġjana", "appoġġja",
            "appoġġja issa", "ammont ieħor", "donazzjoni ta' darba", "donazzjoni ta’ darba", "donazzjoni ta' kull xahar",
            "donazzjoni ta’ kull xahar", "kompli għall-ħlas", "ħallas issa",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["donazzjoni"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "billi tirreġistra", "billi tabbona", "billi tikklikkja", "billi tissottometti", "tista' tneħħi l-abbonament", "tista’ tneħħi l-abbonament", "tista' tirtira l-abbonament",
            "tista’ tirtira l-abbonament", "qrajt u naqbel", "naqbel mal-politika tal-privatezza", "naqbel li nirċievi",
            "qatt ma naqsmu", "dan is-sit huwa protett minn recaptcha", "iċċekkja l-inbox tiegħek",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "trid tibqa' aġġornat", "trid tibqa’ aġġornat", "trid taqra aktar", "trid tkun taf aktar", "ma tridx titlef xejn",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["gallerija"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "ritratt li jmiss", "ritratt preċedenti", "agħlaq il-gallerija", "iftaħ il-gallerija", "skrin sħiħ",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["ara r-ritratti kollha", "gallerija tar-ritratti"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["aġġorna"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["l-aħħar aġġornamenti", "b'dirett", "b’dirett"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["aktar aġġornamenti", "segwi b'dirett", "segwi b’dirett", "għabbi aktar"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["ittraduċi"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["salva l-artiklu", "daqs it-test", "kabbar it-test", "ċekken it-test"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["daqs it-tipa"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["doqq"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ara l-filmat", "doqq il-filmat", "itfi l-ħoss", "ixgħel il-ħoss"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&["tapprezza l-ġurnaliżmu tagħna", "jogħġbok il-ġurnaliżmu tagħna"]),
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "grazzi talli qrajt", "grazzi tal-qari", "grazzi talli qed taqra", "jekk wasalt s'hawn", "jekk wasalt s’hawn",
        ]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row,
        // and its ask.
        label_any().phrases(&[
            "ippermetti mhux issa", "mhux issa ippermetti", "ippermetti aktar tard", "aktar tard ippermetti",
            "ippermetti le grazzi", "le grazzi ippermetti",
        ]),
        cue(App).phrases(&["notifiki", "attiva n-notifiki", "irċievi notifiki"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["nixtieq nagħti donazzjoni", "diġà nappoġġja", "nixtieq nappoġġja", "nixtieq nikkontribwixxi"]),
        label(Membership).phrases(&["sir membru", "nixtieq insir membru", "diġà membru", "jien diġà membru", "issieħeb", "issieħeb magħna"]),
        label(Subscription).phrases(&["nixtieq nabbona", "diġà abbonat", "diġà abbonata", "jien diġà abbonat"]),
        label(Newsletter).phrases(&["nixtieq nirċievi n-newsletter"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["aqra ukoll:", "aqraw ukoll:", "aqra iżjed:", "forsi jinteressak:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["isma' b'dirett", "segwina b'dirett"]),
        line(Subscription).max_words(10).phrases(&["l-edizzjoni diġitali"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ibgħatilna r-ritratti", "ikteb lir-redazzjoni"]),
        ask(Ad).max_words(35).phrases(&["qed infittxu ġurnalist", "ingħaqad mat-tim tagħna"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["l-indirizz tal-email tiegħek mhux se"]),
        label(Other).part(Comments).phrases(&["ibgħat kumment"]),
    ],
    // "na" (us) glued to a verb is no word of its own; "bina" (in us) is Croatian's stage and
    // Indonesian's "build": left out.
    we: &["aħna", "tagħna", "magħna", "lilna", "għalina", "għandna"],
    // Maltese has no polite register in use ("Sinjur" is a title): the plural is the form
    // appeals use to many readers.
    // "inti" is Indonesian's "core": left out.
    you: &[
        "int", "tiegħek", "lilek", "għalik", "miegħek", "għandek", "intom", "tagħkom", "lilkom", "għalikom",
        "magħkom", "għandkom",
    ],
};
