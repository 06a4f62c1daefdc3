//! Welsh.
//!
//! Written from how Welsh-language news sites, local papers (papurau bro), broadcasters,
//! magazines and charities word their page furniture and appeals in general (not one site's
//! wording). Welsh mutates a word's first consonant after many words ("cyfraniad", "eich
//! cyfraniad", "dy gyfraniad", "ei chyfraniad", "fy nghyfraniad"), so a stem is listed in each
//! form boxes print; the apostrophe of "i'r", "mae'r", "i'ch" splits words for the matcher but
//! is written straight or curly, so a phrase that holds one is listed both ways.
//!
//! Words that news uses as often as boxes do are cues, or anchors only at a short block's
//! start: "cefnogi" is also a party's or a council's support for a plan, "aelod" the Member of
//! the Senedd ("dod yn aelod o'r Senedd"), "cyfran" a vote share, "rhoddodd" (gave) starts as
//! "rhodd" (gift) does, "llun" is Monday as well as a picture ("Llun: 7pm"), "darllen mwy o
//! lyfrau" a literacy story's subject, "cofrestrwch i dderbyn rhybuddion" a flood warning's
//! advice, "am ddim i bawb" the free school meals, and the Welsh Government's and the Books
//! Council's funding of "newyddiaduraeth annibynnol" is news in its own right.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "cy",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 munud o ddarllen";
        // "Amser darllen: 3 munud" is the reading-time heuristic's, a label before minutes).
        chrome(Other).at(Any).max_words(6).phrases(&["munud o ddarllen", "munud i'w ddarllen", "munud i’w ddarllen"]),
        // Headings that open an appeal box (imperatives and questions to the reader).
        // (A committee's or a campaign's call reported in a story's sentence, "Cefnogwch ni a
        // daliwch ati i rannu, meddai neges y pwyllgor": a heading's short line only.)
        header(Donation).max_words(6).phrases(&["cefnogwch ni", "cefnoga ni"]),
        header(Donation).max_words(14).phrases(&[ "cefnogwch ein gwaith", "cefnogwch ein newyddiaduraeth",
            "cefnogwch newyddiaduraeth", "cefnoga newyddiaduraeth", "cefnogwch y wasg gymraeg",
            "allwch chi ein cefnogi", "a wnewch chi ein cefnogi", "wnewch chi ein cefnogi", "fedrwch chi ein cefnogi",
            "mae angen eich cefnogaeth arnom", "mae arnom angen eich cefnogaeth", "rydym angen eich cefnogaeth",
            "helpwch ni i barhau", "helpwch ni i gadw",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "cefnogwch ni heddiw", "cefnogwch ni nawr", "cefnogwch ni rŵan", "cefnogwch ni gyda", "cefnogwch ni drwy",
            "gwnewch gyfraniad", "gwnewch rodd", "rhowch rodd", "cyfrannwch heddiw", "cyfrannwch nawr", "cyfrannwch rŵan",
            "dewiswch swm", "dewiswch eich swm", "dewiswch faint", "dewch yn noddwr", "dewch yn gefnogwr",
            "cyfrannwch at ein gwaith", "cyfrannu at ein gwaith", "cefnogi ein gwaith", "cefnogi ein newyddiaduraeth",
            "noddwch ni",
        ]),
        cue(Donation).phrases(&[
            "eich cefnogaeth", "dy gefnogaeth", "eich cyfraniad", "dy gyfraniad", "eich rhodd", "dy rodd",
            "ein newyddiaduraeth", "ein gwaith", "ein newyddiadurwyr", "ein gohebwyr", "newyddiaduraeth annibynnol",
            "newyddiaduraeth o safon", "newyddiaduraeth leol", "newyddiaduraeth gymraeg", "ein cefnogi",
            "drwy gyfrannu", "trwy gyfrannu", "pob cyfraniad", "bob cyfraniad", "pob ceiniog", "bob ceiniog",
            // The offer's names, which a charity's story names too: evidence, not an anchor.
            "rhodd fisol", "rhodd reolaidd", "rhodd untro", "cyfraniad misol", "cyfraniad rheolaidd", "cyfraniad untro",
            "am gyn lleied â",
        ]),
        // "Cefnogi newyddiaduraeth annibynnol" is what a government fund does in a story.
        cue(Donation).weight(2.0).phrases(&[
            "cefnogi newyddiaduraeth annibynnol", "unrhyw swm", "rhowch yr hyn a allwch", "beth bynnag y gallwch",
            "wedi'i ariannu gan ddarllenwyr", "wedi’i ariannu gan ddarllenwyr", "a ariennir gan ddarllenwyr",
        ]),
        // Not "cyfran*" (a vote share) nor "rhodd*" ("rhoddodd", gave): the forms of a gift
        // and a contribution, as each mutation prints them.
        cue(Donation).weight(0.5).phrases(&["cyfrani*", "gyfrani*", "chyfrani*", "nghyfrani*", "cyfrannw*", "rhoddion*", "cefnogaeth*", "gefnogaeth*"]),
        salutation(Donation).max_words(6).phrases(&[
            "annwyl ddarllenydd", "annwyl ddarllenwyr", "ddarllenwyr annwyl", "darllenwyr annwyl", "annwyl gyfeillion",
            "annwyl gefnogwyr", "annwyl danysgrifiwr", "annwyl danysgrifwyr",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "wnaethoch chi fwynhau", "a wnaethoch chi fwynhau", "wnest ti fwynhau", "wedi mwynhau'r erthygl hon",
            "wedi mwynhau’r erthygl hon", "wedi mwynhau'r stori hon", "wedi mwynhau’r stori hon",
        ]),
        header(Donation).max_words(14).phrases(&[
            "os ydych chi'n gwerthfawrogi", "os ydych chi’n gwerthfawrogi", "os ydych yn gwerthfawrogi",
            "os wyt ti'n gwerthfawrogi", "os wyt ti’n gwerthfawrogi",
        ]),
        header(Donation).weight(3.0).max_words(10).phrases(&[
            "neges gan y golygydd", "gair gan y golygydd", "neges i'n darllenwyr", "neges i’n darllenwyr",
            "llythyr at ein darllenwyr", "at ein darllenwyr",
        ]),
        header(Donation).weight(2.5).max_words(10).phrases(&["cyn i chi fynd", "cyn i ti fynd", "un peth arall"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["diolch am ddarllen", "diolch i chi am ddarllen", "diolch i ti am ddarllen"]),
        ask(Membership).phrases(&[
            "dewch yn aelod", "dewch yn aelodau", "ymaelodwch", "ymaelodwch heddiw", "ymaelodwch nawr", "dewch yn gyfaill",
            "dewch yn gyfeillion", "ymunwch heddiw", "ymunwch nawr", "ymuna heddiw", "ymuna nawr", "ymunwch â'n cymuned",
            "ymunwch â’n cymuned", "ymunwch â'r cyfeillion", "ymunwch â’r cyfeillion", "adnewyddwch eich aelodaeth",
        ]),
        // "Aelodaeth" is also the country's membership of a union, "ymaelodi" a party's: cues.
        cue(Membership).weight(1.0).phrases(&["aelodaeth*", "ymaelod*", "ymunwch â ni"]),
        ask(Subscription).phrases(&[
            "tanysgrifiwch nawr", "tanysgrifiwch heddiw", "tanysgrifiwch am", "eisoes yn danysgrifiwr", "yn danysgrifiwr yn barod",
            "dewch yn danysgrifiwr", "mewngofnodwch i barhau", "crëwch gyfrif am ddim", "dechreuwch eich treial am ddim",
            "canslwch unrhyw bryd",
        ]),
        ask(Subscription).at(Start).max_words(14).phrases(&["tanysgrifiwch", "tanysgrifia"]),
        cue(Subscription).phrases(&["tanysgrif*", "danysgrif*", "thanysgrif*", "nhanysgrif*"]),
        // The names of the offer, which a story on a paper's prices names too ("Bydd tanysgrifiad
        // digidol yn codi i £5.99 y mis"): weak alone.
        cue(Subscription).weight(2.0).phrases(&[
            "tanysgrifiad digidol", "tanysgrifiad misol", "tanysgrifiad blynyddol", "mynediad diderfyn",
            "mynediad digidol", "treial am ddim", "rhifyn digidol", "e-rifyn", "canslo unrhyw bryd",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "i barhau i ddarllen yr erthygl", "tanysgrifiwch i barhau i ddarllen", "mewngofnodwch i barhau i ddarllen",
            "i ddarllen yr erthygl gyfan", "i ddarllen gweddill yr erthygl", "ar gyfer tanysgrifwyr yn unig",
            "i danysgrifwyr yn unig", "datglowch yr erthygl hon", "datgloi'r erthygl hon", "datgloi’r erthygl hon",
            "mewngofnodwch i ddarllen", "mae'r erthygl hon i danysgrifwyr",
            "mae’r erthygl hon i danysgrifwyr",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["rydych wedi darllen", "rydych chi wedi darllen", "rwyt ti wedi darllen"]),
        cue(Paywall).weight(2.0).phrases(&["ar gael i danysgrifwyr", "cynnwys i danysgrifwyr"]),
        ask(Newsletter).phrases(&[
            "cofrestrwch ar gyfer ein cylchlythyr", "tanysgrifiwch i'n cylchlythyr", "tanysgrifiwch i’n cylchlythyr",
            "ymunwch â'n rhestr bostio", "ymunwch â’n rhestr bostio",
            "yn syth i'ch mewnflwch", "yn syth i’ch mewnflwch", "yn syth i dy fewnflwch", "dad-danysgrifio unrhyw bryd", "ddad-danysgrifio unrhyw bryd",
            "dad-danysgrifio ar unrhyw adeg", "ddad-danysgrifio ar unrhyw adeg", "datdanysgrifio unrhyw bryd",
        ]),
        cue(Newsletter).phrases(&["cylchlythyr*", "gylchlythyr*", "chylchlythyr*", "nghylchlythyr*", "mewnflwch*", "fewnflwch*", "polisi preifatrwydd", "rhestr bostio"]),
        // Also a flood warning's or a council's advice ("Cofrestrwch i dderbyn rhybuddion").
        // (And a scam story's advice: "Peidiwch â rhoi eich cyfeiriad e-bost i neb".)
        cue(Newsletter).weight(2.0).phrases(&["cofrestrwch i dderbyn", "cylchlythyr wythnosol", "cylchlythyr am ddim", "eich cyfeiriad e-bost", "dy gyfeiriad e-bost"]),
        ask(App).phrases(&[
            "lawrlwythwch ein ap", "lawrlwythwch yr ap", "lawrlwythwch ap", "lawrlwytho ein ap", "mynnwch yr ap",
            "mynnwch ein ap", "cael ein ap",
        ]),
        cue(App).phrases(&["ein ap", "yn yr ap", "ar yr ap", "troi hysbysiadau ymlaen"]),
        // A school's, a council's or a charity's newsletter in a story: cues.
        cue(Newsletter).phrases(&["ein cylchlythyr", "ein rhestr bostio"]),
        // Also a council's public notices ("hysbysiadau cyhoeddus"): weak.
        cue(App).weight(1.0).phrases(&["hysbysiadau"]),
        ask(Cookie).phrases(&[
            "rydym yn defnyddio cwcis", "rydyn ni'n defnyddio cwcis", "rydyn ni’n defnyddio cwcis",
            "mae'r wefan hon yn defnyddio cwcis", "mae’r wefan hon yn defnyddio cwcis", "mae'r wefan yn defnyddio cwcis",
            "mae’r wefan yn defnyddio cwcis",
            "derbyn cwcis", "derbyn pob cwci", "derbyn pob cwcis", "gwrthod cwcis", "gwrthod pob cwci", "gosodiadau cwcis",
            "gosodiadau cwci", "polisi cwcis", "polisi cwci", "rheoli cwcis", "cwcis hanfodol", "cwcis angenrheidiol",
            "cwcis dadansoddol", "cwcis dadansoddi", "cwcis ychwanegol", "defnydd o gwcis", "dewisiadau cwcis",
            "dewisiadau cwci",
        ]),
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "mae'r wefan hon yn defnyddio", "mae’r wefan hon yn defnyddio", "mae'r wefan yn defnyddio",
            "mae’r wefan yn defnyddio", "drwy barhau i ddefnyddio'r wefan", "drwy barhau i ddefnyddio’r wefan",
        ]),
        // The borrowed word as its mutations print it ("derbyn cwcis", "am gwcis", "a chwcis").
        cue(Cookie).weight(1.0).phrases(&["cwci*", "gwci*", "chwci*", "nghwci*"]),
        // (An app's review: "mae'r ap yn defnyddio cwcis i olrhain ...".)
        cue(Cookie).weight(2.0).phrases(&["yn defnyddio cwcis"]),
        // (An organiser's call reported in a story's sentence: a follow line's short line only.)
        ask(Social).max_words(10).phrases(&["dilynwch ni ar", "dilyna ni ar"]),
        ask(Social).phrases(&[
            "rhannwch yr erthygl hon", "rhannwch y stori hon", "rhannu'r erthygl hon",
            "rhannu’r erthygl hon", "rhannu'r stori hon", "rhannu’r stori hon", "hoffwch ni ar", "anfon at ffrind",
            "anfonwch at ffrind", "tanysgrifiwch i'n sianel", "tanysgrifiwch i’n sianel",
        ]),
        ask(Social).max_words(12).phrases(&["dilynwch ni", "dilyna ni"]),
        // "Rhannu ar y cyfryngau cymdeithasol" is also what a video was, in a story.
        cue(Social).weight(2.0).phrases(&["rhannu ar", "rhannwch ar"]),
        // (Not "darllen mwy:": "Darllen Mwy" is also a reading campaign's name, heading its
        // story, "Darllen Mwy: Ymgyrch newydd i annog plant i ddarllen".)
        line(Related).max_words(24).phrases(&[
            "darllenwch hefyd", "darllen hefyd", "straeon perthnasol",
            "erthyglau perthnasol", "newyddion perthnasol", "straeon cysylltiedig", "erthyglau cysylltiedig",
            "mwyaf darllenedig", "erthygl flaenorol", "erthygl nesaf", "stori flaenorol", "stori nesaf",
            "efallai yr hoffech chi hefyd", "efallai yr hoffech hefyd", "efallai y bydd gennych ddiddordeb",
            "gweler hefyd:", "mwy am y stori hon",
        ]),
        // Also a story's own words ("Darllen mwy o lyfrau yw'r nod", "Mwy o newyddion drwg i'r
        // cwmni", "Darllenwch fwy am y cynllun ar wefan y cyngor"): a short line only.
        line(Related).max_words(3).phrases(&["darllen mwy", "darllenwch fwy", "mwy o newyddion"]),
        line(Related).max_words(4).phrases(&["gweler hefyd", "mwy am"]),
        line(Related).max_words(6).phrases(&[
            "mwy o straeon", "mwyaf poblogaidd", "newyddion diweddaraf", "straeon diweddaraf", "rydym yn argymell",
            "peidiwch â cholli", "prif straeon",
        ]),
        // (Not "Y diweddaraf" alone: a running story's subhead.)
        label(Related).phrases(&[
            "darllen mwy", "darllenwch fwy", "darllenwch hefyd", "mwy o newyddion", "mwy o straeon", "straeon perthnasol",
            "erthyglau perthnasol", "mwyaf poblogaidd", "y mwyaf poblogaidd", "mwyaf darllenedig", "newyddion diweddaraf", "poblogaidd", "argymhellion", "pynciau cysylltiedig",
            "straeon cysylltiedig", "peidiwch â cholli", "gweler hefyd", "prif straeon", "y prif straeon",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "cyfrannodd at yr adroddiad hwn", "cyfrannodd at yr erthygl hon", "cyfrannodd at y stori hon",
            "gydag adroddiadau ychwanegol gan", "adroddiadau ychwanegol gan", "ymddangosodd yr erthygl hon gyntaf",
            "cyhoeddwyd yr erthygl hon gyntaf", "cyhoeddwyd y stori hon gyntaf", "cyhoeddwyd yr erthygl hon yn wreiddiol",
            "ailgyhoeddwyd gyda chaniatâd",
        ]),
        // Also a book's or a programme's history in a story ("cyhoeddwyd gyntaf yn 1885").
        cue(Credit).phrases(&["ymddangosodd gyntaf", "cyhoeddwyd gyntaf ar", "cyhoeddwyd gyntaf yn", "gyda chaniatâd caredig"]),
        // Not "llun:" (Monday in a timetable), "awdur:" (a review's book box) or "testun:" (a
        // sermon's text in a chapel report).
        line(Credit).max_words(10).phrases(&[
            "lluniau:", "ffotograffau:", "ffotograff:", "ffotograffydd:", "llun gan", "lluniau gan", "ffynhonnell y llun",
            "testun a lluniau:", "geiriau a lluniau:", "cyfieithiad:", "cyfieithwyd gan",
            "llun trwy garedigrwydd", "lluniau trwy garedigrwydd",
        ]),
        chrome(Other).max_words(10).phrases(&["cedwir pob hawl", "cedwir pob hawlfraint"]),
        label_any().phrases(&[
            "cau", "dim diolch", "dim diolch.", "nid nawr", "ddim nawr", "ddim rŵan", "nes ymlaen", "yn nes ymlaen",
            "rywbryd eto", "atgoffwch fi", "atgoffwch fi yn nes ymlaen", "derbyn", "gwrthod", "derbyn y cyfan",
            "gwrthod y cyfan", "derbyn pob un", "gwrthod pob un", "parhau", "dysgu mwy", "darganfod mwy", "argraffu",
            "unwaith", "misol", "yn fisol", "blynyddol", "yn flynyddol", "bob mis", "cefnogi", "cefnogwch", "cefnogi nawr",
            "cefnogwch nawr", "mewngofnodi", "mewngofnodwch", "allgofnodi", "ymuno", "ymunwch", "yn llwytho",
            "dangos mwy", "gweld mwy", "llwytho mwy", "gweld y cyfan", "gweld popeth",
        ]),
        label_any().phrases(&[
            "cadw", "canslo", "gosodiadau", "newid gosodiadau", "hepgor", "cytuno a pharhau", "caniatáu", "caniatáu a pharhau", "rheoli dewisiadau",
            "cadw dewisiadau", "mwy o opsiynau", "gweld cwcis", "caniatáu pob un", "darllen yn nes ymlaen",
        ]),
        // The outlet describing itself: supporting evidence of an appeal. (Not "am ddim i
        // bawb": the free school meals.)
        outlet(Donation).phrases(&[
            "cyfrwng annibynnol", "gwasanaeth newyddion annibynnol", "gwefan newyddion annibynnol", "cylchgrawn annibynnol",
            "cyhoeddiad annibynnol", "papur annibynnol", "heb wal dalu", "dim wal dalu",
            "am ddim i'w ddarllen", "am ddim i’w ddarllen", "sefydliad dielw", "menter ddielw", "cwmni dielw",
        ]),
        // The story's own notices: a correction, an update, an editor's note.
        notice().phrases(&["cywiriad:", "diweddariad:", "diweddarwyd:", "nodyn y golygydd:", "nodyn gan y golygydd:"]),
        notice().at(Any).phrases(&[
            "mae'r erthygl hon wedi'i diweddaru", "mae’r erthygl hon wedi’i diweddaru", "mae'r stori hon wedi'i diweddaru",
            "mae’r stori hon wedi’i diweddaru", "cafodd yr erthygl hon ei diweddaru", "cafodd y stori hon ei diweddaru",
            "cafodd yr erthygl hon ei chywiro", "cafodd y stori hon ei chywiro", "mewn fersiwn gynharach o'r erthygl",
            "mewn fersiwn gynharach o’r erthygl",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, says,
        // added, according to, in an interview with), which no box uses.
        body().phrases(&[
            "meddai", "dywedodd", "dywed", "dywedon nhw", "dywedwyd", "ychwanegodd", "esboniodd", "eglurodd",
            "cadarnhaodd", "gwadodd", "mynnodd", "rhybuddiodd", "pwysleisiodd", "datgelodd", "honnodd", "cyfaddefodd",
            "atebodd", "holodd", "ysgrifennodd", "wrth siarad â", "wrth siarad gyda", "mewn cyfweliad â",
            "mewn cyfweliad gyda", "mewn datganiad", "dywedodd llefarydd", "yn ôl y", "yn ôl yr", "yn ôl adroddiadau",
        ]),
        // Tips to the newsroom ("Oes gennych chi stori?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "oes gennych chi stori", "oes gennych stori", "oes gen ti stori", "anfonwch eich stori", "anfonwch eich straeon",
            "cysylltwch â ni gyda'ch stori", "cysylltwch â ni gyda’ch stori",
        ]),
        line(Credit).max_words(12).phrases(&["cysylltwch â'r awdur", "cysylltwch â’r awdur", "cysylltwch â'r newyddiadurwr", "cysylltwch â’r newyddiadurwr"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation. (A journalist's obituary says "roedd yn ohebydd i'r
        // Cymro": the bio's wording is a cue.)
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["am yr awdur", "ynglŷn â'r awdur", "ynglŷn â’r awdur", "mwy gan yr awdur", "erthyglau gan", "holl erthyglau"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&[
            "yn ohebydd i", "yn ohebydd gyda", "yn ohebydd ar ran", "yn newyddiadurwr llawrydd", "yn newyddiadurwraig lawrydd",
            "yn golofnydd", "yn gyfrannwr rheolaidd",
        ]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "neidio i'r cynnwys", "neidio i’r cynnwys", "neidio i'r prif gynnwys", "neidio i’r prif gynnwys",
            "mynd i'r prif gynnwys", "mynd i’r prif gynnwys", "yn ôl i'r brig", "yn ôl i’r brig", "nôl i'r brig", "nôl i’r brig",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["tudalen nesaf", "tudalen flaenorol", "rhoi gwybod am wall", "rhoi gwybod am gamgymeriad"]),
        chrome(Other).part(Navigation).max_words(2).phrases(&["dewislen", "prif ddewislen"]),
        ask(Other).part(Navigation).phrases(&["mae eich porwr yn hen", "galluogwch javascript", "trowch javascript ymlaen", "diweddarwch eich porwr"]),
        // "Sylwadau" are also a minister's remarks ("Sylwadau'r Prif Weinidog"): a short line only.
        chrome(Other).part(Comments).max_words(2).phrases(&["sylwadau"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["sylwadau"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "gadael sylw", "gadewch sylw", "ychwanegu sylw", "ysgrifennu sylw", "postio sylw", "dangos sylwadau",
            "cuddio sylwadau", "canslo ateb", "mae'r sylwadau ar gau", "mae’r sylwadau ar gau", "sylwadau ar gau",
        ]),
        chrome(Other).part(Comments).max_words(10).phrases(&["byddwch y cyntaf i wneud sylw", "byddwch y cyntaf i adael sylw", "meysydd gofynnol"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ni fydd eich cyfeiriad e-bost yn cael ei gyhoeddi"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["cadw fy enw, e-bost"]),
        ask(Other).part(Comments).phrases(&["mewngofnodwch i adael sylw", "polisi sylwadau", "rhaid mewngofnodi i wneud sylw"]),
        ask(Other).part(Disclaimer).phrases(&[
            "o reidrwydd yn adlewyrchu", "a fynegir yn yr erthygl hon", "a fynegir yma", "barn bersonol yr awdur",
        ]),
        // A review quotes what the author thinks: evidence only.
        cue(Other).part(Disclaimer).phrases(&["barn yr awdur", "nid barn y golygydd"]),
        // Series and project blurbs that open a block ("Mae'r erthygl hon yn rhan o ...").
        line(Other).max_words(45).phrases(&[
            "mae'r erthygl hon yn rhan o", "mae’r erthygl hon yn rhan o", "mae'r stori hon yn rhan o",
            "mae’r stori hon yn rhan o", "cafodd yr erthygl hon ei hariannu gan", "cafodd y stori hon ei hariannu gan",
            "mae'r erthygl hon wedi'i hariannu gan", "mae’r erthygl hon wedi’i hariannu gan",
        ]),
        // The platforms' own embed fallbacks, as Welsh sites translate them.
        chrome(Social).max_words(5).phrases(&["gwylio ar youtube"]),
        chrome(Social).max_words(6).phrases(&["hepgor neges", "diwedd neges"]),
        chrome(Social).max_words(8).phrases(&["gweld y neges hon ar instagram", "gweld y post hwn ar instagram"]),
        label(Social).phrases(&[
            "rhannu", "rhannwch", "rhannu hwn", "rhannu'r erthygl", "rhannu’r erthygl", "copïo'r ddolen", "copïo’r ddolen",
            "copïo dolen", "dolen wedi'i chopïo", "dolen wedi’i chopïo", "anfon drwy e-bost", "e-bostio",
        ]),
        // A read-aloud player's label.
        chrome(Other).max_words(4).phrases(&["gwrando ar yr erthygl", "gwrando ar y stori"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the rest of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["erthygl am ddim", "erthyglau am ddim"]),
        ask(Paywall).max_words(30).phrases(&[
            "dyma'ch erthygl olaf am ddim", "dyma’ch erthygl olaf am ddim", "eich erthygl olaf am ddim",
            "eich holl erthyglau am ddim", "wedi cyrraedd eich terfyn",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["gweddill yr erthygl", "darllenwch yr erthygl gyfan", "darllen yr erthygl gyfan"]),
        // The ad slot's label and the line under it that says the story goes on, each alone
        // on its line; a sponsor's label.
        label(Ad).phrases(&[
            "hysbyseb", "hysbysebu", "hysbysebion", "mae'r erthygl yn parhau isod", "mae’r erthygl yn parhau isod",
            "mae'r stori yn parhau isod", "mae’r stori yn parhau isod", "cynnwys noddedig", "noddedig", "erthygl noddedig",
            "hyrwyddiad", "mewn partneriaeth â",
        ]),
        line(Ad).max_words(8).phrases(&["atalydd hysbysebion"]),
        ask(Ad).phrases(&["diffoddwch eich atalydd hysbysebion", "analluogi eich atalydd hysbysebion", "analluogwch eich atalydd hysbysebion"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["efallai y byddwn yn derbyn comisiwn", "efallai y byddwn yn ennill comisiwn", "os byddwch yn prynu drwy ddolen"]),
        // A picture's credit that names no one, a line of its own (not "llun" alone: Monday).
        label(Credit).phrases(&["llun archif", "llun o'r archif", "llun o’r archif", "llun cyfrannwr", "llun teulu", "llun llyfrgell"]),
        // The labels of players and embeds.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["chwarae fideo", "gwylio fideo", "chwarae eto", "gwylio'r fideo", "gwylio’r fideo"]),
        label(Other).part(Player).weight(2.5).phrases(&["chwaraewr fideo", "chwaraewr sain", "gwrando"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["chwarae", "isdeitlau"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["diffodd y sain", "troi'r sain ymlaen", "troi’r sain ymlaen"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tagiau", "pynciau", "categorïau", "allweddeiriau", "geiriau allweddol"]),
        // A line of the bank details under an ask ("Rhif cyfrif: 12345678", "Cod didoli: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["rhif cyfrif", "cod didoli", "enw'r cyfrif", "enw’r cyfrif", "enw cyfrif", "cyfeirnod:", "banc:"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["cofrestrwch", "cofrestru", "cofrestrwch nawr", "cofrestrwch yma", "rhowch eich e-bost", "rhowch eich cyfeiriad e-bost", "tanysgrifio i'r cylchlythyr", "tanysgrifio i’r cylchlythyr"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["cyfeiriad e-bost", "e-bost"]),
        label(Subscription).phrases(&[
            "tanysgrifio", "tanysgrifiwch", "gweld cynigion", "prynu tanysgrifiad", "dewis tanysgrifiad", "cael mynediad",
            "opsiynau tanysgrifio", "eisoes yn danysgrifiwr? mewngofnodwch",
        ]),
        label(App).phrases(&["lawrlwytho'r ap", "lawrlwytho’r ap", "agor yn yr ap", "agor yr ap", "gosod yr ap", "ar gael ar google play", "ar gael ar yr app store"]),
        label(Donation).phrases(&[
            "cyfrannu", "cyfrannwch", "rhoi", "rhoi nawr", "rhoi rhodd", "swm arall", "cyfrannu'n fisol", "cyfrannu’n fisol",
            "cyfrannu unwaith", "ymlaen i dalu", "parhau i dalu", "rhowch nawr",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["untro"]),
        // The fine print under a sign-up form, by its openings.
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "drwy gofrestru", "trwy gofrestru", "drwy danysgrifio", "trwy danysgrifio", "drwy glicio", "trwy glicio",
            "gallwch ddad-danysgrifio", "ni fyddwn byth yn rhannu", "rwy'n cytuno i", "rwy’n cytuno i",
            "gwiriwch eich mewnflwch", "darllenwch ein polisi preifatrwydd",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["oriel"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["oriel luniau", "sgrin lawn", "llun nesaf", "llun blaenorol", "cau'r oriel", "cau’r oriel", "agor yr oriel"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["gweld pob llun", "gweld yr holl luniau"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["diweddaru"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["diweddariadau byw", "darllediad byw", "llif byw", "gwylio'n fyw", "gwylio’n fyw", "wedi'i binio", "wedi’i binio"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["llwytho mwy o ddiweddariadau", "diweddariadau diweddaraf"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["cyfieithu"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["maint y testun", "maint testun", "cadw'r erthygl", "cadw’r erthygl", "testun mwy", "testun llai"]),
        // First-person button labels and their dismiss forms ("I want to contribute", "I'm
        // already a member").
        label(Donation).phrases(&["rwyf am gyfrannu", "hoffwn gyfrannu", "rwy'n cefnogi", "rwy’n cefnogi", "rwyf eisoes yn cyfrannu", "rydw i eisoes yn cefnogi"]),
        label(Membership).phrases(&["rwyf am ymaelodi", "hoffwn ymaelodi", "rwyf eisoes yn aelod", "rydw i eisoes yn aelod", "dod yn aelod", "ymaelodi"]),
        label(Subscription).phrases(&["rwyf am danysgrifio", "hoffwn danysgrifio", "rwyf eisoes yn danysgrifiwr", "rydw i eisoes yn danysgrifiwr"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row.
        label_any().phrases(&[
            "caniatáu dim diolch", "dim diolch caniatáu", "caniatáu nid nawr", "nid nawr caniatáu", "caniatáu yn nes ymlaen",
            "caniatáu cau", "cau caniatáu", "caniatáu canslo", "canslo caniatáu",
        ]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["darllenwch hefyd:", "darllen hefyd:", "darllenwch fwy:", "gwyliwch hefyd:", "hefyd o ddiddordeb:", "mwy am y stori hon:", "straeon perthnasol:", "pynciau cysylltiedig:", "straeon cysylltiedig:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["gwrandewch yn fyw", "gwyliwch yn fyw", "gwrando'n fyw", "gwrando yn fyw", "gwyliwch y ffrwd fyw"]),
        ask(Social).max_words(30).phrases(&["ymunwch â'n sianel", "ymuna â'n sianel", "dilynwch ein sianel", "ein sianel whatsapp", "ein sianel telegram"]),
        label(Social).phrases(&["ymuno â'r sianel", "ymunwch â'r sianel"]),
        line(Subscription).max_words(10).phrases(&["darllenwch y rhifyn digidol", "darllen y rhifyn digidol"]),
        label(Subscription).phrases(&["rhifyn digidol"]),
        ask(Other).part(Comments).max_words(60).phrases(&["caiff sylwadau eu cymedroli", "bydd sylwadau sarhaus yn cael eu dileu", "cadw'r hawl i ddileu sylwadau"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["anfonwch eich lluniau", "cysylltwch â'r ystafell newyddion", "anfonwch eich newyddion"]),
        label(Other).phrases(&["anfon stori", "anfonwch stori"]),
        ask(Ad).max_words(35).phrases(&["prynwch docynnau", "enwebwch nawr", "pleidleisiwch dros eich ffefryn"]),
        label(Ad).phrases(&["prynu tocynnau"]),
        ask(Ad).max_words(35).phrases(&["ymunwch â'n tîm", "rydym yn chwilio am newyddiadurwr", "rydyn ni'n chwilio am newyddiadurwr"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ni fydd eich cyfeiriad e-bost yn cael ei gyhoeddi", "meysydd gofynnol"]),
        label(Other).part(Comments).phrases(&["gadael ymateb"]),
    ],
    // "Ni" (we, us) is French, Spanish and Catalan "nor" and Swedish "you": its other forms
    // stand in. "Ein" is German "a": the text's language decides it (a shared pronoun).
    // (Not "ein", "our": German's "ein" is one of its commonest words, see the pronoun test
    // in `lang::tests`.)
    we: &["rydym", "rydyn ni", "ydym", "ydyn ni", "inni", "ninnau", "gennym", "ohonom", "amdanom"],
    // "Chi" is Italian "who" and Vietnamese "spend", "ti" the Italian and South Slavic "you"
    // and "di" Italian "of": the possessives and verb forms stand in.
    you: &[
        "eich", "chwi", "chithau", "ichi", "i chi", "ydych", "rydych", "allwch", "gallwch", "hoffech",
        "dy", "wyt", "rwyt", "i ti", "gennyt", "dithau", "chdi",
    ],
};
