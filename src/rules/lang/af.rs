//! Afrikaans.
//!
//! Written from how Afrikaans news sites (South Africa and Namibia), local papers,
//! broadcasters, magazines and NGOs word their page furniture and appeals in general (not one
//! site's wording). Afrikaans inflects little: a formula is listed as boxes print it, in the
//! informal ("jy", "jou") and the formal ("u") register, and single nouns as stems
//! ("skenking*" holds "skenkings"). It shares much of its spelling with Dutch, which has a
//! pack: every row here is written in Afrikaans spelling ("skenk", "intekenaar", "nuusbrief",
//! "koekies", "joernalistiek"), and a formula Dutch spells the same way is the Dutch pack's
//! row ("lees ook", "volg ons op", "word lid"). The article "'n" also matches "’n".
//!
//! Words that news uses as often as boxes do are cues, or anchors only on a short block:
//! "ondersteun" is any support ("die regering ondersteun boere"), "bydrae" any contribution
//! ("'n bydrae tot die ekonomie"), "skenking" a charity's donation in a story, "onafhanklike"
//! the independent candidate of every election story, "lidmaatskap" the country's membership
//! of BRICS, "koekies" the biscuits of a recipe, "kommentaar" the opinion section and the
//! public's comment on a draft bill ("lewer kommentaar op die wetsontwerp"), "meer nuus" a
//! sentence's opening ("Meer nuus volg"), "verskaf" also "to supply". Afrikaans puts the verb
//! last after a modal and in a subordinate clause ("kan 'n skenking maak", "wat wil inteken"),
//! so the imperative order of a box's ask ("maak 'n skenking", "teken in vir") seldom stands
//! in reported prose.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "af",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min. leestyd").
        chrome(Other).at(Any).max_words(6).phrases(&["leestyd", "min. leestyd", "minute leestyd", "minute se leestyd", "min. lees"]),
        // "Ondersteun ons" (support us) is also a campaign's slogan on a line of its own
        // ("Ondersteun ons boere"): the heading alone is a label (below), with "please" a
        // heading's short line.
        header(Donation).max_words(5).phrases(&["ondersteun ons asseblief"]),
        header(Donation).max_words(14).phrases(&[
            "ondersteun onafhanklike joernalistiek", "steun onafhanklike joernalistiek", "ondersteun ons joernalistiek",
            "ondersteun afrikaanse joernalistiek", "steun afrikaanse joernalistiek", "ondersteun onafhanklike media",
            "'n boodskap van die redakteur", "'n boodskap van die redaksie", "boodskap van die redakteur",
        ]),
        // A travel story's advice ("Voordat jy gaan, maak seker jou paspoort is geldig") and a
        // headmaster's quote ("Ons het jou steun nodig, het die hoof gesê"): a heading's own
        // short line only.
        header(Donation).max_words(4).phrases(&["voordat jy gaan", "voordat u gaan", "voor jy gaan"]),
        header(Donation).max_words(6).phrases(&["ons het jou steun nodig", "ons het u steun nodig"]),
        ask(Donation).weight(3.5).phrases(&[
            "kies 'n bedrag", "kies jou bedrag", "kies u bedrag", "om onafhanklike joernalistiek te ondersteun",
            "onafhanklike joernalistiek te steun", "ons joernalistiek te ondersteun", "word 'n maandelikse donateur",
            "skenk eenmalig", "skenk maandeliks",
        ]),
        // A charity's, a school's or a mayor's call that a story reports without quotation
        // marks ("Skenk nou en help gesinne ..., het die burgemeester gevra", "Ondersteun ons
        // met kos en klere"): cues below an anchor's weight (the buttons are labels, below).
        cue(Donation).weight(2.0).phrases(&[
            "skenk nou", "skenk vandag", "maak 'n skenking", "maak vandag 'n skenking", "ondersteun ons met",
            "ondersteun ons werk", "ondersteun ons vandag", "ons werk te ondersteun", "word 'n donateur",
            "wil jy ons ondersteun", "wil u ons ondersteun", "kan jy ons ondersteun", "kan u ons ondersteun",
            "word 'n borg van",
        ]),
        cue(Donation).phrases(&[
            "jou ondersteuning", "u ondersteuning", "jou steun", "u steun", "onafhanklike joernalistiek", "ons joernalistiek",
            "afrikaanse joernalistiek", "jou bydrae", "u bydrae", "jou skenking", "u skenking", "met 'n skenking",
            "elke skenking", "maandelikse bydrae", "eenmalige bydrae", "maandelikse skenking", "eenmalige skenking",
            // A police or a charity's appeal in a story asks so too.
            "kan jy ons help", "sal jy ons help", "ons het jou hulp nodig", "ons het u hulp nodig",
        ]),
        // The nouns of a gift, in a story's charity drive as often as in a box: weak alone.
        cue(Donation).weight(0.5).phrases(&["skenking*", "donasie*", "bydrae*", "skenker*"]),
        salutation(Donation).max_words(6).phrases(&[
            "liewe leser", "liewe lesers", "geagte leser", "geagte lesers", "beste intekenaar", "liewe intekenaar",
            "liewe luisteraar",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "het jy hierdie artikel geniet", "het u hierdie artikel geniet", "het jy die artikel geniet",
            "het jy van hierdie artikel gehou", "hou jy van wat jy lees", "hou u van wat u lees",
        ]),
        ask(Membership).phrases(&[
            "word nou 'n lid", "word vandag 'n lid", "registreer as lid", "word 'n vriend van",
            "sluit vandag by ons aan", "sluit nou by ons aan",
        ]),
        // "Sluit by ons aan" is also a party's or a club's call that a story quotes.
        ask(Membership).at(Start).max_words(20).phrases(&["sluit by ons aan"]),
        // The country's membership of a bloc ("Suid-Afrika se lidmaatskap van BRICS"): weak.
        cue(Membership).weight(1.0).phrases(&["lidmaatskap*", "lidgeld"]),
        // A club's or a society's call in a story ("Word 'n lid, het die voorsitter gevra"):
        // a cue (the button is a label, below).
        cue(Membership).weight(2.0).phrases(&["word 'n lid"]),
        ask(Subscription).phrases(&[
            "word 'n intekenaar", "word nou 'n intekenaar", "is jy reeds 'n intekenaar", "is u reeds 'n intekenaar",
            "reeds 'n intekenaar", "klaar 'n intekenaar", "kanselleer enige tyd", "kanselleer te eniger tyd",
            "koop 'n intekening", "neem 'n intekening",
        ]),
        // The names of the offer, which a story on a paper's prices names too ("Digitale
        // intekening: R99 per maand."): cues.
        cue(Subscription).phrases(&[
            "digitale intekening", "maandelikse intekening", "jaarlikse intekening", "vir intekenaars", "e-koerant",
            "e-uitgawe", "die digitale koerant", "die gedrukte koerant",
        ]),
        cue(Subscription).weight(1.0).phrases(&["intekening*", "intekenaar*", "intekengeld"]),
        cue(Subscription).weight(2.0).phrases(&["onbeperkte toegang", "volle toegang"]),
        ask(Paywall).weight(3.5).phrases(&[
            "teken in om verder te lees", "meld aan om verder te lees", "registreer om verder te lees",
            "hierdie artikel is slegs vir intekenaars", "hierdie artikel is net vir intekenaars",
            "hierdie artikel is eksklusief vir intekenaars", "om die volledige artikel te lees", "om die hele artikel te lees",
            "hierdie artikel is gesluit", "ontsluit hierdie artikel", "lees die hele artikel met", "lees die volle artikel met",
        ]),
        // A service for its subscribers only is news too ("Die nuwe diens is slegs vir
        // intekenaars beskikbaar."): a cue.
        cue(Paywall).weight(2.0).phrases(&["slegs vir intekenaars", "net vir intekenaars", "uitsluitlik vir intekenaars", "eksklusief vir intekenaars"]),
        // The meter's count ("Jy het 3 van 5 gratis artikels gelees"), a short block's, in the
        // reader's person: a Q&A on a paywall asks "Wat as ek al my gratis artikels gelees het?".
        ask(Paywall).max_words(25).phrases(&["jou gratis artikels", "u gratis artikels", "gratis artikels oor", "gratis artikel oor"]),
        ask(Newsletter).phrases(&[
            "teken in vir ons nuusbrief", "teken in vir die nuusbrief", "teken in op ons nuusbrief", "ons nuusbrief",
            "ons gratis nuusbrief", "ontvang ons nuusbrief", "jy kan enige tyd uitteken", "u kan enige tyd uitteken", "jy kan jou enige tyd afmeld",
        ]),
        // A consumer story warns about the reader's e-mail address ("Moenie jou e-posadres
        // deel nie"): a cue anywhere, and below an anchor's weight at a short line's start (the
        // form's field is a label, below).
        cue(Newsletter).phrases(&["jou e-posadres", "u e-posadres"]),
        // A consumer story on phishing: "As jy 'n verdagte e-pos in jou inkassie kry, ...".
        cue(Newsletter).weight(2.0).phrases(&["in jou inkassie", "na jou inkassie", "in u inkassie"]),
        line(Newsletter).weight(2.5).max_words(12).phrases(&["jou e-posadres", "u e-posadres"]),
        cue(Newsletter).phrases(&["nuusbrie*", "privaatheidsbeleid", "privaatheidsverklaring", "geen gemorspos nie", "geen strooipos nie"]),
        ask(App).phrases(&["laai ons app af", "laai ons toep af", "laai ons gratis app af", "kry ons app"]),
        cue(App).phrases(&["ons app", "ons toep", "in die app store", "in die app", "in die toep"]),
        // "Gebruik koekies" alone is a recipe's ("Gebruik koekies vir die kors", "Ons gebruik
        // koekies wat met botter gemaak is"): with the site, or with the purpose's "om".
        ask(Cookie).phrases(&[
            "ons gebruik koekies om", "hierdie webwerf gebruik koekies", "hierdie webtuiste gebruik koekies",
            "die webwerf gebruik koekies", "aanvaar alle koekies", "aanvaar koekies", "weier alle koekies",
            "koekie-instellings", "koekie-instelling", "koekiebeleid", "koekievoorkeure", "noodsaaklike koekies",
            "bestuur koekies",
        ]),
        // A story on privacy law: "Die wet reguleer die gebruik van koekies op webwerwe."
        cue(Cookie).phrases(&["die gebruik van koekies"]),
        cue(Cookie).weight(1.0).phrases(&["koekie*"]),
        ask(Social).phrases(&[
            "deel hierdie artikel", "deel hierdie berig", "deel hierdie storie", "kopieer skakel", "kopieer die skakel",
            "skakel gekopieer",
        ]),
        ask(Social).max_words(6).phrases(&["stuur vir 'n vriend", "stuur aan 'n vriend"]),
        // "Meer nuus" opens a sentence too ("Meer nuus volg."), "mees gelees" a story's
        // subheading ("Mees gelees: Speurverhale bly die gewildste boeke"), "sien ook" a print story's
        // cross-reference ("Sien ook bl. 5"), "nuutste", "gewildste" a statistic ("Gewildste
        // naam vir babas is Liam"): alone on their line (labels, below), or with the insert's
        // colon; the others in a heading's few words.
        line(Related).max_words(24).phrases(&["meer nuus:", "ander nuus:", "nog nuus:"]),
        line(Related).max_words(3).phrases(&["mees gelees", "meer oor", "moenie misloop nie", "meer artikels", "meeste gedeel", "nuutste nuus", "jongste nuus"]),
        line(Related).max_words(24).phrases(&[
            "verwante artikels", "verwante berigte", "verwante nuus", "meer oor hierdie onderwerp",
            "aanbeveel vir jou", "dalk stel jy ook belang in", "jy sal dalk ook hou van", "jy mag dalk ook hou van",
            "sien ook:", "lees ook hier", "kyk ook", "vorige berig", "volgende berig",
        ]),
        // "Volgende artikel" is also Dutch prose's ("het volgende artikel van de wet").
        line(Related).max_words(4).phrases(&["volgende artikel", "vorige artikel"]),
        label(Related).phrases(&[
            "verwante artikels", "verwante berigte", "verwante nuus", "meer nuus", "mees gelees", "jongste nuus",
            "nuutste nuus", "aanbeveel", "moenie misloop nie", "sien ook", "ander nuus", "meer artikels", "nog nuus",
            "gewildste", "nuutste", "volgende artikel", "vorige artikel", "verwante plasings", "soortgelyke artikels",
            "onlangse plasings", "gewilde plasings",
        ]),
        // A bio's formula is also a story's about a journalist ("Smit is 'n joernalis by
        // Netwerk24 en het verlede jaar 'n toekenning gewen"): a cue below an anchor's weight.
        cue(Credit).weight(2.0).max_words(30).phrases(&[
            "is 'n joernalis by", "is 'n verslaggewer by", "is 'n senior verslaggewer by", "is 'n joernalis vir",
            "is 'n verslaggewer vir", "is 'n nuusredakteur by",
        ]),
        // Also a book's or a report's history ("Die boek het eerste verskyn in 1990"): the
        // article's own formulas are asks, the bare verb a cue.
        ask(Credit).max_words(40).phrases(&[
            "hierdie artikel het eerste verskyn", "die artikel het eerste verskyn", "hierdie berig het eerste verskyn",
            "hierdie artikel is oorspronklik", "hierdie artikel het oorspronklik",
        ]),
        cue(Credit).phrases(&["het eerste verskyn in", "het eerste verskyn op", "oorspronklik gepubliseer in", "verslaggewer by"]),
        line(Credit).max_words(10).phrases(&[
            // (Not "skrywer:": a book review's title, author, publisher and price block.)
            "foto's:", "grafika:", "illustrasie:", "vertaal deur", "redigering:",
            "samestelling:", "saamgestel deur", "woorde:", "argieffoto:",
        ]),
        line(Credit).max_words(12).phrases(&["teks en foto's:", "kontak die joernalis", "kontak die verslaggewer", "kontak die redaksie"]),
        chrome(Other).max_words(10).phrases(&["alle regte voorbehou"]),
        // Buttons and dismiss labels, each a line of its own.
        label_any().phrases(&[
            "sluit", "maak toe", "nie nou nie", "nee dankie", "nee, dankie", "herinner my later", "aanvaar", "weier",
            "gaan voort", "maandeliks", "jaarliks", "registreer", "stoor", "instellings", "kanselleer", "ek verstaan",
            "reg so", "ek aanvaar", "aanvaar alles", "weier alles", "meer opsies", "dalk later", "miskien later",
            "lees later", "ek stem in", "laat alles toe",
        ]),
        outlet(Donation).phrases(&[
            "onafhanklike nuusdiens", "onafhanklike publikasie", "onafhanklike nuuswebwerf", "onafhanklike nuusplatform",
            "onafhanklike mediahuis", "sonder advertensies", "advertensievry", "sonder betaalmuur",
            "gratis vir almal", "deur lesers befonds", "deur ons lesers befonds", "nie-winsgewende nuusdiens",
            "nie-winsgewende publikasie", "onafhanklik en gratis",
        ]),
        // Second round: general formulas of each function.
        ask(Donation).phrases(&["ondersteun ons maandeliks"]),
        cue(Donation).weight(2.0).phrases(&[
            "kies 'n ander bedrag", "enige bedrag", "elke bydrae tel", "elke bydrae help", "elke bydrae maak saak",
            "elke rand tel", "elke sent tel", "gee wat jy kan", "selfs 'n klein bedrag", "kies self die bedrag",
        ]),
        ask(Subscription).phrases(&["toegang tot alle inhoud", "toegang tot al ons artikels", "eerste maand vir"]),
        ask(Newsletter).phrases(&[
            "dankie dat jy ingeteken het", "bevestig jou e-posadres", "bevestig jou intekening", "vul jou e-posadres in",
            "sleutel jou e-posadres in",
        ]),
        ask(Cookie).phrases(&["ons en ons vennote", "stem jy in tot die gebruik", "pas jou instellings aan"]),
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "hierdie webwerf gebruik", "hierdie webtuiste gebruik", "deur hierdie webwerf te gebruik",
            "as jy voortgaan om hierdie webwerf te gebruik",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["regstelling:", "bygewerk:", "redakteursnota:", "nota van die redakteur:", "noot van die redakteur:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&[
            "hierdie artikel is bygewerk", "hierdie berig is bygewerk", "hierdie artikel is opgedateer",
            "hierdie berig is opgedateer", "hierdie artikel is reggestel", "hierdie berig is reggestel",
            "'n vorige weergawe van hierdie artikel", "'n vroeër weergawe van hierdie artikel",
            "'n vorige weergawe van hierdie berig",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (says, said,
        // according to, in an interview with), which no box uses (not "bevestig" alone: the
        // form's "bevestig jou e-posadres").
        body().phrases(&[
            "sê", "gesê", "het gesê", "sê hy", "sê sy", "het hy gesê", "het sy gesê", "het bygevoeg", "voeg hy by",
            "voeg sy by", "het verduidelik", "het bevestig", "het aangekondig", "het ontken", "het erken",
            "het beklemtoon", "het gewaarsku", "het berig", "berig dat", "in 'n onderhoud met", "in 'n verklaring",
            "in 'n mediaverklaring", "na bewering", "volgens die polisie", "het na vore gebring", "het uitgewys",
            "wys daarop", "het geskryf",
        ]),
        // Tips to the newsroom ("Het jy 'n nuuswenk?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "het jy 'n nuuswenk", "het u 'n nuuswenk", "stuur vir ons 'n nuuswenk", "stuur jou nuuswenke",
            "het jy 'n storie vir ons", "het jy nuus vir ons",
        ]),
        // Site chrome around the story, by page part: the author box (op-eds close on "Die
        // skrywer is 'n dosent aan ..."), the comment section, the disclaimer, the navigation.
        // A book review says "Die skrywer is in 1950 gebore": below an anchor's weight.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "oor die skrywer", "oor die outeur", "meer deur hierdie skrywer", "alle artikels deur", "meer artikels deur",
            "ander artikels deur",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["die skrywer is", "die outeur is", "die skrywers is"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["is 'n vryskutjoernalis", "is 'n vryskutskrywer", "werk as vryskutjoernalis"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["spring na inhoud", "gaan na inhoud", "slaan oor na inhoud", "spring na hoofinhoud"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["volgende bladsy", "vorige bladsy", "bladsy 1 van", "rapporteer 'n fout", "meld 'n fout aan", "terug na bo"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["het jy 'n fout opgemerk", "het jy 'n fout gesien", "het u 'n fout opgemerk"]),
        ask(Other).part(Navigation).phrases(&["jou blaaier is verouderd", "u blaaier is verouderd", "aktiveer javascript", "skakel javascript aan", "hierdie webwerf werk die beste"]),
        // The public's comment on a draft bill is news ("Lewer kommentaar voor 30 Junie"): the
        // comment section's ask on a short line.
        chrome(Other).part(Comments).max_words(4).phrases(&[
            "lewer kommentaar", "lewer 'n kommentaar", "laat 'n kommentaar", "skryf 'n kommentaar", "plaas 'n kommentaar",
            "laat 'n antwoord", "wys kommentaar", "kommentaar is gesluit", "lees die kommentaar",
        ]),
        // "Kommentaar" is also the opinion section's name: alone on its line, below an anchor's
        // weight.
        label(Other).part(Comments).weight(2.5).phrases(&["kommentaar", "reaksies"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["kommentaar"]),
        ask(Other).part(Comments).phrases(&[
            "meld aan om kommentaar te lewer", "teken in om kommentaar te lewer", "kommentaar word gemodereer",
            "kommentaarbeleid", "reëls vir kommentaar",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["kanselleer antwoord", "plaas kommentaar", "stuur kommentaar", "versteek kommentaar"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["wees die eerste om kommentaar te lewer", "wees die eerste om te reageer"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["verpligte velde word gemerk", "verpligte velde is gemerk"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["jou e-posadres sal nie gepubliseer word nie"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["stoor my naam, e-pos en webwerf"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["kommentaar gesluit", "voeg kommentaar by"]),
        ask(Other).part(Disclaimer).phrases(&[
            "die menings in hierdie artikel", "die menings uitgespreek in hierdie", "is dié van die skrywer",
            "weerspieël nie noodwendig", "nie noodwendig dié van",
        ]),
        cue(Other).part(Disclaimer).phrases(&["nie noodwendig die redaksie se mening"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "stoor en/of verkry toegang tot inligting op 'n toestel", "gepersonaliseerde advertensies en inhoud",
            "advertensie- en inhoudmeting",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "hierdie artikel is deel van", "hierdie berig is deel van", "hierdie artikel vorm deel van",
            "hierdie berig vorm deel van", "hierdie reeks word moontlik gemaak", "hierdie artikel is moontlik gemaak deur",
            "hierdie berig is moontlik gemaak deur", "hierdie projek word befonds deur", "dit is die eerste deel van",
            "dit is die tweede deel van", "dit is die laaste deel van",
        ]),
        // The outlet's pledge to the press code, in its footer: by its verb, below an anchor's
        // weight (a story on a complaint cites the code).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&[
            "onderskryf die perskode", "onderskryf die kode van etiek", "is gebonde aan die perskode",
            "is gebonde aan die kode van etiek",
        ]),
        header(Donation).max_words(12).phrases(&["was hierdie artikel nuttig", "was hierdie artikel vir jou nuttig", "het hierdie artikel jou gehelp"]),
        label(Social).phrases(&["deel", "deel hierdie", "deel artikel", "deel berig"]),
        // A read-aloud player's label, the platforms' own embed fallbacks.
        chrome(Other).max_words(4).phrases(&["luister na hierdie artikel", "luister na die artikel"]),
        chrome(Social).max_words(5).phrases(&["kyk op youtube"]),
        chrome(Social).max_words(7).phrases(&["bekyk hierdie plasing op instagram", "sien hierdie plasing op instagram"]),
        // Paywall meters: the last-free-article formulas, the share of the text left hidden.
        ask(Paywall).max_words(30).phrases(&[
            "dit is jou laaste gratis artikel", "jou laaste gratis artikel", "u laaste gratis artikel",
            "jy het al jou gratis artikels", "jy het jou gratis artikels opgebruik",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["die res van hierdie artikel", "lees die volledige artikel", "lees die hele artikel", "lees die volle artikel"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&[
            "advertensie", "die artikel gaan voort onder die advertensie", "artikel gaan voort na die advertensie",
            "die artikel gaan hieronder voort", "die berig gaan hieronder voort",
        ]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["geborg", "geborgde inhoud", "geborgde artikel", "betaalde inhoud", "in samewerking met", "aangebied deur", "promosie"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["ons kan 'n kommissie verdien", "ons ontvang 'n kommissie", "as jy deur hierdie skakels koop"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["kopiëring sonder toestemming is verbode", "herpublikasie sonder toestemming is verbode"]),
        // A picture's credit that names no one, a line of its own ("Foto: Verskaf"); "verskaf"
        // is also "to supply", never a line alone.
        label(Credit).phrases(&["verskaf", "foto verskaf", "foto: verskaf", "argieffoto", "lêerfoto", "skermskoot", "privaat foto"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["speel video", "kyk video", "speel weer", "kyk die video"]),
        label(Other).part(Player).weight(2.5).phrases(&["klankspeler", "luister"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["etikette", "sleutelwoorde", "onderwerpe", "merkers"]),
        // A line of the bank details under an ask ("Takkode: 250655", "Verwysing: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["rekeningnommer", "takkode", "rekeninghouer", "rekeningnaam", "verwysing:", "rekeningtipe", "tipe rekening"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["teken my in", "teken hier in", "teken in vir die nuusbrief", "jou e-posadres hier", "sleutel jou e-posadres in"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["e-posadres", "dien in"]),
        label(Subscription).phrases(&[
            "teken in", "meld aan", "teken nou in", "word 'n intekenaar", "koop intekening", "sien aanbiedinge",
            "bekyk aanbiedinge", "kies 'n pakket", "kry toegang", "reeds 'n intekenaar? meld aan",
        ]),
        label(App).phrases(&["laai af in die app store", "kry dit op google play", "beskikbaar op google play", "maak oop in die app"]),
        // Also a story's instruction on a line of its own ("Laai die app af." under a report
        // on a government's new app): an edge.
        label(App).weight(EDGE_WEIGHT).phrases(&["laai die app af", "laai die toep af", "maak die app oop", "installeer die app"]),
        label(Donation).phrases(&[
            "skenk", "skenk nou", "ondersteun", "ondersteun nou", "ondersteun ons", "maak 'n skenking", "maandelikse skenking",
            "eenmalige skenking", "gaan voort na betaling", "skenk maandeliks", "skenk eenmalig",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["eenmalige bydrae"]),
        label(Social).phrases(&["kopieer skakel", "skakel gekopieer", "gekopieer", "stuur per e-pos", "deel per e-pos", "druk artikel"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "deur in te teken", "deur in te teken stem jy in", "deur hier te klik", "ons sal nooit jou e-posadres", "ons sal jou e-posadres nooit", "ek stem in tot",
            "lees ons privaatheidsbeleid", "hierdie webwerf word deur recaptcha beskerm", "gaan jou inkassie na",
            "kyk in jou inkassie",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["wil jy meer stories soos hierdie ontvang", "wil jy niks misloop nie", "wil jy op hoogte bly", "wil jy meer weet", "wil jy meer lees"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogalery", "galery", "vergroot", "volskerm"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["volgende prent", "vorige prent", "maak galery toe", "sien galery"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["sien al die foto's", "kyk na al die foto's"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["verfris", "vasgepen", "regstreeks"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["regstreekse dekking", "regstreekse blog", "jongste opdaterings", "vasgepende plasing", "kyk regstreeks"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["laai meer plasings", "sien meer plasings", "volg regstreeks"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["teksgrootte", "vertaal"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["stoor artikel", "vergroot teks", "verklein teks"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["speel", "afspeelspoed", "onderskrifte", "voorlees"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["skakel klank af", "skakel klank aan", "outomatiese afspeel"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&["waardeer jy ons joernalistiek", "waardeer jy ons werk", "waardeer u ons joernalistiek"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["dankie dat jy lees", "dankie dat u lees", "baie dankie dat jy lees", "dankie vir die lees", "dankie dat jy ons lees"]),
        cue(Subscription).phrases(&["lees die e-koerant", "die koerant by jou huis"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row, and
        // its ask ("kennisgewings" alone is also a government's notices).
        label_any().phrases(&["laat toe", "laat toe nie nou nie", "nie nou nie laat toe", "laat toe nee dankie", "nee dankie laat toe", "laat toe kanselleer", "kanselleer laat toe"]),
        cue(App).phrases(&["kennisgewings", "skakel kennisgewings aan", "ontvang kennisgewings", "stootkennisgewings"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["ek wil skenk", "ek ondersteun", "ek ondersteun reeds", "ek wil ondersteun", "ek wil bydra"]),
        label(Membership).phrases(&["ek wil lid word", "ek is reeds 'n lid", "ek is 'n lid", "word 'n lid", "sluit aan"]),
        label(Subscription).phrases(&["ek wil inteken", "ek is reeds 'n intekenaar", "ek het reeds 'n intekening"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lees ook:", "lees meer:", "kyk ook:", "luister ook:", "verwante artikels:", "verwante nuus:", "verwante berigte:", "jy sal dalk ook belangstel in:", "lees ook hier:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["luister regstreeks", "luister nou regstreeks", "luister na ons regstreekse uitsending", "kyk na ons regstreekse uitsending"]),
        ask(Social).max_words(30).phrases(&["sluit aan by ons whatsapp-kanaal", "sluit by ons whatsapp-kanaal aan", "volg ons whatsapp-kanaal", "sluit aan by ons telegram-kanaal", "sluit by ons telegram-kanaal aan", "ons is op whatsapp", "ons is nou op whatsapp"]),
        line(Subscription).max_words(10).phrases(&["lees die e-koerant", "lees vandag se e-koerant", "vandag se e-koerant", "lees die e-uitgawe", "lees die digitale uitgawe"]),
        label(Subscription).phrases(&["e-koerant", "e-uitgawe", "digitale uitgawe"]),
        ask(Other).part(Comments).max_words(60).phrases(&["behou die reg voor om kommentaar", "beledigende kommentaar sal verwyder word", "slegs geregistreerde gebruikers kan kommentaar lewer", "slegs intekenaars kan kommentaar lewer", "weerspieël nie die sienings van die redaksie"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["stuur vir ons jou nuus", "stuur jou nuus na", "stuur jou foto's en video's", "stuur vir ons jou foto's", "kontak ons nuuskantoor", "kontak die nuuskantoor"]),
        label(Other).phrases(&["stuur nuus", "stuur 'n wenk", "nuuswenke"]),
        ask(Ad).max_words(35).phrases(&["nominasies is nou oop", "nomineer nou", "koop jou kaartjies", "wen kaartjies", "skryf in vir ons kompetisie", "bepalings en voorwaardes geld", "terme en voorwaardes geld", "stem vir jou gunsteling"]),
        label(Ad).phrases(&["koop kaartjies", "registreer nou", "skryf nou in", "stem nou"]),
        ask(Ad).max_words(35).phrases(&["ons soek 'n joernalis", "ons soek 'n verslaggewer", "ons is op soek na 'n verslaggewer", "sluit aan by ons span", "sluit aan by ons redaksie"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["jou e-posadres sal nie gepubliseer word nie", "verpligte velde word gemerk", "stoor my naam, e-pos en webwerf", "jou kommentaar wag vir moderering"]),
        label(Other).part(Comments).phrases(&["los 'n antwoord"]),
    ],
    // "ons" is we, us and our at once (the Dutch pack's "ons" too, in the same sense).
    we: &["ons"],
    // "u" alone is Croatian "in", Czech, Slovak and Polish "at" (and the Dutch formal "you"),
    // so the formal register stands in with its prepositional and verbal phrases; "jou" is
    // also the Dutch object form of "you", the same reader.
    you: &["jy", "jou", "julle", "vir u", "aan u", "u kan"],
};
