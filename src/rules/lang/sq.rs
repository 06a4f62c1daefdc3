//! Albanian, in the Latin script (ë, ç). Pages also drop the diaeresis ("mbeshtetni",
//! "lajme te ngjashme"): the formulas that matter most are listed both ways.
//!
//! News shares the vocabulary: "anëtarësim" is Albania's and Kosovo's EU and NATO
//! membership, "buletin" also an office's or a weather bulletin, "abonentët" a utility's
//! customers, and a quoted speaker says "na mbështetni" (farmers, a candidate). The
//! imperatives open only a short block; anywhere only forms no report holds ("zgjidhni shumën
//! e donacionit", "abonohuni në buletinin tonë", "shkarkoni aplikacionin tonë"). "Ne" (we)
//! is French and Italian, "na" Slavic: the possessives stand for `we`; "ti" (you) is the
//! Italian pack's.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "sq",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["koha e leximit", "minuta lexim"]),
        header(Donation).max_words(14).phrases(&[
            "na mbështetni", "mbështetni gazetarinë e pavarur", "mbështetni mediat e pavarura",
            "kemi nevojë për mbështetjen tuaj", "na mbeshtetni",
        ]),
        header(Donation).max_words(4).phrases(&["para se të largoheni"]),
        ask(Donation).weight(3.5).phrases(&[
            "zgjidhni shumën e donacionit", "mbështetni punën tonë", "mbështetni redaksinë tonë",
            "donacioni juaj na ndihmon", "mbështetja juaj na ndihmon",
        ]),
        // Farmers shout "Na mbështetni!", a charity says "çdo donacion ka rëndësi": a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "më mbështet", "na mbështet", "na ndihmoni", "dhuroni tani", "bëni një donacion", "bëj një donacion",
            "çdo donacion ka rëndësi", "çdo lek ka rëndësi", "bëhuni mbështetës", "bëhu mbështetës",
            "kemi nevojë për mbështetjen tënde",
        ]),
        cue(Donation).phrases(&[
            "mbështetja juaj", "me mbështetjen tuaj", "pa mbështetjen tuaj", "mbështetja jote", "gazetari e pavarur",
            "gazetaria e pavarur", "gazetarinë e pavarur",
            "donacion mujor", "donacion të njëhershëm", "zgjidhni shumën",
        ]),
        cue(Donation).weight(0.5).phrases(&["donacion*", "mbështetës*"]),
        salutation(Donation).max_words(6).phrases(&[
            "të dashur lexues", "i dashur lexues", "e dashur lexuese", "të nderuar lexues", "lexues të nderuar",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["ju pëlqeu ky artikull", "të pëlqeu ky artikull"]),
        ask(Membership).phrases(&["bashkohuni me komunitetin tonë", "bëhuni anëtar i komunitetit tonë", "bashkohu me komunitetin tonë"]),
        // "Anëtarësohuni" is a union's call too; "anëtarësim" a country joining the EU.
        ask(Membership).at(Start).max_words(8).phrases(&["bëhuni anëtar", "bëhu anëtar", "anëtarësohuni"]),
        cue(Membership).weight(0.5).phrases(&["anëtarësim*"]),
        ask(Subscription).phrases(&[
            "jeni tashmë abonent", "keni tashmë abonim", "mund të anuloni në çdo kohë", "anuloni në çdo kohë",
            "zgjidhni paketën e abonimit",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["abonohuni", "abonohu", "abonohuni tani"]),
        cue(Subscription).phrases(&["abonim dixhital", "muaji i parë falas", "qasje e pakufizuar"]),
        cue(Subscription).weight(0.5).phrases(&["abonim*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "për ta lexuar artikullin e plotë", "për të vazhduar leximin e artikullit", "ky artikull është vetëm për abonentët",
            "kjo përmbajtje është vetëm për abonentët", "keni arritur limitin e artikujve falas",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["për të vazhduar leximin", "vazhdo leximin"]),
        cue(Paywall).phrases(&["vetëm për abonentët"]),
        ask(Newsletter).phrases(&[
            "abonohuni në buletinin tonë", "regjistrohuni në buletinin tonë", "buletini ynë", "buletinin tonë",
            "mund të çabonoheni në çdo kohë", "faleminderit që u abonuat",
        ]),
        // The police warn about "lidhja që vjen në email-in tuaj": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "shkruani adresën tuaj të emailit", "vendosni email-in tuaj", "shkruani email-in tuaj", "vendosni adresën e emailit",
        ]),
        cue(Newsletter).phrases(&["email-in tuaj", "adresa juaj e emailit", "politika e privatësisë"]),
        ask(App).phrases(&["shkarkoni aplikacionin tonë", "shkarko aplikacionin tonë", "instaloni aplikacionin tonë"]),
        ask(App).at(Start).max_words(8).phrases(&["shkarkoni aplikacionin", "shkarko aplikacionin"]),
        cue(App).phrases(&["aplikacionin tonë", "aplikacioni ynë"]),
        ask(Cookie).phrases(&["cilësimet e cookies", "prano të gjitha cookies", "pranoni të gjitha cookies"]),
        // Reports quote banners too: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "ne përdorim cookies", "përdorim cookies", "kjo faqe përdor cookies", "kjo faqe interneti përdor cookies",
            "faqja jonë përdor cookies", "politika e cookies",
        ]),
        cue(Cookie).phrases(&["përdor cookies"]),
        ask(Social).phrases(&[
            "na ndiqni në facebook", "na ndiqni në instagram", "na ndiqni në rrjetet sociale",
            "bashkohuni në kanalin tonë", "linku u kopjua",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["na ndiqni", "na ndiq", "ndajeni artikullin", "shpërndajeni artikullin"]),
        label(Ad).phrases(&["reklamë", "e sponsorizuar", "përmbajtje e sponsorizuar", "artikull i sponsorizuar"]),
        line(Related).max_words(24).phrases(&[
            "lexo edhe:", "lexoni edhe:", "lexoni gjithashtu", "lajme të ngjashme", "artikuj të ngjashëm", "lajme te ngjashme",
            "mund t'ju interesojë", "më të lexuarat:", "lajmet e fundit:", "lajme të tjera:",
        ]),
        line(Related).max_words(3).phrases(&["më të lexuarat", "lajmet e fundit", "lajme të tjera", "të tjera nga"]),
        label(Related).phrases(&["lexo edhe", "lexoni edhe", "të fundit", "kryesoret"]),
        ask(Credit).max_words(40).phrases(&[
            "nuk pasqyrojnë domosdoshmërisht qëndrimin e redaksisë", "nuk përfaqësojnë qëndrimin e redaksisë",
            "janë qëndrime personale të autorit",
        ]),
        ask(Credit).at(Start).max_words(40).phrases(&["ky artikull u publikua për herë të parë", "ky shkrim u publikua për herë të parë"]),
        cue(Credit).phrases(&["u publikua për herë të parë"]),
        line(Credit).max_words(10).phrases(&["autori:", "përktheu:", "përkthimi:", "redaktoi:"]),
        chrome(Other).max_words(10).phrases(&["të gjitha të drejtat e rezervuara",]),
        label(Other).phrases(&["komente", "lini një koment"]),
        label_any().phrases(&[
            "mbyll", "jo tani", "jo, faleminderit", "më vonë", "më kujto më vonë", "pranoj", "refuzoj", "vazhdo",
            "printo", "hyr", "regjistrohu", "mujore", "një herë", "shumë tjetër", "lexo më shumë", "e kuptova",
            "prano të gjitha", "refuzo të gjitha", "cilësimet", "dhuro", "kopjo linkun", "mbështet",
        ]),
        outlet(Donation).phrases(&[
            "media e pavarur", "medie e pavarur", "jofitimprurëse", "pa reklama", "falas për të gjithë",
            "me mbështetjen e lexuesve",
        ]),
        notice().phrases(&["përditësim:", "korrigjim:"]),
        body().phrases(&["tha", "deklaroi", "theksoi", "shtoi", "sipas"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["rreth autorit", "rreth autores", "artikuj të tjerë nga autori", "të gjithë artikujt e autorit"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["autori është", "autorja është"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["kalo te përmbajtja", "kalo te lënda"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["shkruaj koment", "lër një koment", "shto koment", "shiko komentet", "komentet e lexuesve"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komente", "komentet"]),
        ask(Other).part(Comments).phrases(&["komentet moderohen", "rregullat e komentimit"]),
        ask(Other).part(Disclaimer).phrases(&["artikulli shpreh mendimin e autorit"]),
        cue(Other).part(Disclaimer).phrases(&["mendimin e autorit", "nuk pasqyrojnë domosdoshmërisht", "qëndrimin e redaksisë"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["faqja tjetër", "faqja e mëparshme", "raporto një gabim"]),
        ask(Other).part(Navigation).phrases(&["shfletuesi juaj është i vjetër"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "ky artikull është pjesë", "ky shkrim është pjesë", "ky material është pjesë e projektit",
            "ky material është pjesë e serisë", "ky reportazh është pjesë", "ky artikull është realizuar",
            "ky shkrim është realizuar", "ky material është realizuar", "ky reportazh është realizuar",
            "ky artikull është prodhuar", "ky artikull u prodhua", "ky artikull është përgatitur",
            "ky material është përgatitur", "ky material është prodhuar", "ky publikim është prodhuar",
            "ky publikim është realizuar", "ky publikim u prodhua", "ky artikull u realizua", "ky shkrim u realizua",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&[
            "lexo edhe", "lexoni edhe", "lexo gjithashtu", "shiko edhe", "shikoni edhe", "lexo më shumë:",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["artikuj të lidhur", "lajme të lidhura", "më të lexuarit", "mund t'ju pëlqejë", "lajmet më të fundit"]),
        header(Donation).max_words(12).phrases(&["a ju pëlqeu ky artikull", "a ishte i dobishëm ky artikull"]),
        label(Social).phrases(&["shpërndaj", "shpërndaje", "shpërndajeni", "ndajeni"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["dëgjo artikullin", "dëgjoni artikullin", "dëgjo lajmin"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["anuloje përgjigjen", "parashtrojeni komentin"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["lini një përgjigje"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["adresa juaj email s’do të bëhet publike", "adresa juaj email s'do të bëhet publike"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["keni gjetur një gabim", "keni vënë re një gabim"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["lexoni:"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artikull falas", "artikuj falas", "artikujve falas", "artikull pa pagesë", "artikuj pa pagesë", "artikull i mbetur", "artikuj të mbetur", "lajme falas"]),
        ask(Paywall).max_words(30).phrases(&["ky është artikulli juaj i fundit falas", "artikulli i fundit falas", "keni lexuar të gjithë artikujt falas", "ke arritur limitin e artikujve falas"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["pjesa tjetër e artikullit është për abonentët", "përmbajtje ekskluzive për abonentët", "lexoni artikullin e plotë"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["artikulli vazhdon pas reklamës", "artikulli vazhdon poshtë reklamës", "artikulli vazhdon më poshtë", "lajmi vazhdon pas reklamës", "lajmi vazhdon më poshtë", "teksti vazhdon pas reklamës", "vazhdimi pas reklamës", "vazhdon pas reklamës"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["lajm i sponsorizuar", "sponsorizuar nga", "përmbajtje e paguar", "publikim i paguar", "promovim i paguar", "përmbajtje reklamuese", "përmbajtje partneri", "artikull promovues", "mundësuar nga"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["ky artikull përmban lidhje afiliate", "mund të marrim komision", "marrim një komision", "nëse blini përmes lidhjeve"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["të gjitha të drejtat janë të rezervuara", "ndalohet riprodhimi", "ndalohet kopjimi", "ndalohet rimarrja", "ndalohet publikimi pa lejen"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["abonohuni në newsletter", "regjistrohu në newsletter", "merrni lajmet në email"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["shkruaj një koment", "shfaq komentet", "komentet janë mbyllur"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["foto arkivi", "foto ilustruese", "foto ilustrim", "foto ilustrative", "pamje nga ekrani", "foto nga arkivi", "arkiv personal"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["luaj videon", "shiko videon"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["etiketa", "etiketat", "fjalë kyçe", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["numri i llogarisë", "llogaria bankare", "emri i llogarisë", "mbajtësi i llogarisë", "emri i bankës", "qëllimi i pagesës", "përshkrimi i pagesës", "përfituesi"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["abonohu në buletin", "dua të abonohem", "email-i juaj", "emaili yt", "adresa juaj e email-it", "adresa e email-it"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["regjistrohuni", "dërgo"]),
        label(Subscription).phrases(&["abonohu tani", "shiko ofertat", "shikoni ofertat", "provo falas", "provë falas", "jeni tashmë abonent? hyni", "keni llogari? hyni", "bëhu abonent", "bëhuni abonent", "bli abonimin", "zgjidh paketën"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["kyçu", "identifikohu"]),
        label(App).phrases(&["shkarko nga app store", "shkarkojeni në app store", "merreni në google play", "e disponueshme në google play", "hap në aplikacion", "instalo aplikacionin", "shkarko tani"]),
        label(Donation).phrases(&["dhuro tani", "çdo muaj", "donacion i njëhershëm", "shuma tjetër", "dhuro çdo muaj", "dhuro një herë", "mbështetje mujore", "vazhdo te pagesa", "zgjidh shumën", "mbështet tani"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["dhuroni"]),
        label(Social).phrases(&["shpërndaje artikullin", "dërgo me email", "shpërndaj në facebook", "shpërndaj në x", "shpërndaj në whatsapp", "dërgoja një miku", "shpërndaj në viber", "printo artikullin"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["printoje"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["duke u abonuar, ju pranoni", "duke u regjistruar, pranoni", "duke klikuar butonin", "pajtohem me politikën e privatësisë", "jap pëlqimin për përpunimin", "mund të çregjistroheni në çdo kohë", "nuk do ta ndajmë kurrë", "kjo faqe mbrohet nga recaptcha", "kontrolloni kutinë tuaj postare"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ju pëlqeu artikulli", "të pëlqeu artikulli", "nuk doni të humbisni asgjë", "doni të jeni të informuar", "doni të mësoni më shumë", "doni më shumë histori si kjo"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["thotë", "thanë", "deklaruan", "theksuan", "shtuan", "shpjegoi", "shpjeguan", "nënvizoi", "nënvizuan", "konfirmoi", "njoftoi", "njoftuan", "njofton", "pranoi", "mohoi", "paralajmëroi", "kujtoi", "u përgjigj", "pyeti", "shkroi", "raportoi", "deklaron", "thekson", "pohoi", "bëri të ditur", "u shpreh", "ka thënë", "ka deklaruar", "ka theksuar", "ka shtuar", "ka shpjeguar", "në një intervistë për", "në një intervistë me", "citon"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogaleri", "zmadho"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["shiko galerinë", "hap galerinë", "mbyll galerinë", "fotoja tjetër"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["galeria e fotove", "fotoja e mëparshme", "ekran i plotë"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["live", "rifresko"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["transmetim live", "ndiqni live"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["transmetim i drejtpërdrejtë", "ngarko më shumë"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["ruaj"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ruaj artikullin"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["madhësia e shkronjave"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["titrat"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["luajtje automatike"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["a ju ndihmoi ky artikull", "a e vlerësoni punën tonë", "dëshironi më shumë artikuj të tillë"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["faleminderit që lexuat deri në fund", "faleminderit që na lexoni", "faleminderit që lexove deri në fund", "faleminderit për leximin"]),
        cue(Donation).weight(2.0).phrases(&["dhurimi juaj do të dyfishohet", "do ta dyfishojmë dhurimin tuaj"]),
        cue(Donation).weight(2.0).phrases(&["çdo kontribut ka rëndësi", "çdo shumë ka rëndësi", "edhe një shumë e vogël"]),
        cue(Subscription).phrases(&["edicioni digjital", "edicioni i shtypur", "numri i ri i revistës"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["mbështes", "dua të mbështes", "dhuroj", "dua të dhuroj"]),
        label(Membership).phrases(&["dua të bëhem anëtar", "jam tashmë anëtar", "bashkohem"]),
        label(Subscription).phrases(&["abonohem", "jam tashmë abonent"]),
        label(Newsletter).phrases(&["regjistrohem"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lexo dhe:", "lexoni dhe:", "lexo gjithashtu:", "lexoni gjithashtu:", "lexo me shume:", "shiko edhe:", "shikoni edhe:", "lajme të ngjashme:", "lajme te ngjashme:", "mund t'ju interesojë:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["dëgjo live", "degjo live", "radio live", "shiko tv live"]),
        ask(Social).max_words(30).phrases(&["na ndiqni në whatsapp", "na ndiqni ne whatsapp", "na ndiqni në telegram", "kanalin tonë në whatsapp", "kanalin tone ne whatsapp", "kanalin tonë në telegram", "bashkohu në kanalin tonë", "ndiqni kanalin tonë"]),
        label(Social).phrases(&["ndiq kanalin"]),
        line(Subscription).max_words(10).phrases(&["lexo gazetën e sotme", "lexo gazetën online"]),
        label(Subscription).phrases(&["e-paper", "epaper", "edicioni digjital"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redaksia rezervon të drejtën", "komentet publikohen pas miratimit"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["keni një lajm?", "na dërgoni lajmin", "na dërgoni lajmin tuaj", "na dërgoni foto dhe video", "na dërgoni fotot", "kontaktoni redaksinë", "shkruani redaksisë"]),
        label(Other).phrases(&["dërgo lajmin", "dërgo një lajm", "raporto një lajm"]),
        ask(Ad).max_words(35).phrases(&["votoni për të preferuarin tuaj", "fitoni bileta"]),
        label(Ad).phrases(&["blej bileta", "bleni biletat", "regjistrohu tani"]),
        ask(Ad).max_words(35).phrases(&["kërkojmë gazetar", "po kërkojmë gazetarë", "bashkohuni me ekipin tonë", "bashkohu me ekipin tonë", "redaksia kërkon"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["fushat e domosdoshme janë shënuar me", "për herën tjetër që komentoj", "komenti juaj është në pritje"]),
        label(Other).part(Comments).phrases(&["komento", "dërgo komentin", "shkruani komentin tuaj"]),
    ],
    we: &["ynë", "tonë", "jonë", "neve", "tanë"],
    you: &["yt", "tënd", "tënde", "jote", "ju", "juaj", "juve", "tuaj", "tuajat"],
};
