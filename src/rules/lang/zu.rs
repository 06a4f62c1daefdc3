//! isiZulu.
//!
//! Written from how isiZulu news sites, community papers and the public broadcaster's
//! services (South Africa: KwaZulu-Natal, Gauteng, Mpumalanga) word their page furniture and
//! appeals in general (not one site's wording). isiZulu is written in the Latin script
//! without diacritics, conjunctively: the class prefix, the concords and the locative glue
//! to the word ("ebhokisini lakho", in your box; "nguSipho", it is Sipho), so the rows are
//! whole frequent forms and formulas, not stems (a trailing `*` would catch only suffixes).
//! Loan words take a hyphen after the prefix ("i-app", "le-imeyili", "ku-Facebook"): every
//! row with one is also listed as sites write it without the loan's own spelling ("i-email",
//! "ama-cookies"). The reader is addressed in the singular ("wena", "yakho") or in the
//! plural ("nina", "yenu"), which is also the polite form: a box's ask is listed in both
//! ("sicela usisekele", "sicela nisisekele").
//!
//! News uses the appeal's words every day: "sicela" (we ask) is every police statement's
//! ("sicela umphakathi ukuthi usize"), "xhasa" and "sekela" (support) a party's and a
//! government's ("ukuxhasa abalimi"), "usizo" (help) any aid, "umnikelo" a church's offering,
//! "amalungu" (members) a union's, a party's and parliament's, "bhalisa" (register) the
//! voters' registration and a school's ("bhalisa ukuze uvote"), "joyina" a party's call,
//! "silandele" (follow us) a leader's to the crowd, "yabelana" (share) a health campaign's
//! ("yabelana ngolwazi"), "abafundi" (readers) also the learners of every school story,
//! "ezimele"/"obuzimele" (independent) the independent candidate and every NGO
//! ("izinhlangano ezizimele"), "mahhala" (free) free health care, "amakhukhi" the biscuits of
//! a recipe, "imibono" (comments) also opinions, "bukhoma" (live) a live broadcast. Those
//! words are cues, buttons (a line of their own) or a short block's opening; anywhere only
//! the forms no report holds ("sekela ubuntatheli obuzimele", "abafundi abafana nawe",
//! "sisebenzisa amakhukhi", "bhalisela incwadi yethu yezindaba").
//!
//! isiZulu is read beside the isiXhosa pack (a close language: many rows are the same in
//! both, which is fine), and beside the English and Afrikaans packs (South Africa): no row is
//! a word of theirs. The byline is "Ngu-" before the name, glued ("NguSipho Mkhize"), which no
//! row can tell from any "ngu-" word, or with a hyphen or a space ("Ngu-Sipho", "Ngu Sipho"):
//! the rows hold those two, on a short line only.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "zu",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("Imizuzu emi-3 yokufunda").
        chrome(Other).at(Any).max_words(6).phrases(&["imizuzu yokufunda", "umzuzu wokufunda", "isikhathi sokufunda"]),
        header(Donation).max_words(14).phrases(&[
            "sekela ubuntatheli obuzimele", "xhasa ubuntatheli obuzimele", "yeseka ubuntatheli obuzimele",
            "sekela ubuntatheli bethu", "xhasa ubuntatheli bethu", "yeseka ubuntatheli bethu",
            "umlayezo ovela kumhleli", "umyalezo ovela kumhleli", "umlayezo womhleli", "umyalezo womhleli",
        ]),
        // A flood's victims, a charity and every candidate say these too ("Sicela nisisekele
        // ngevoti lenu", please support us with your vote): a box's short heading only.
        header(Donation).max_words(4).phrases(&[
            "sicela usisekele", "sicela usixhase", "sicela nisixhase", "sicela usisize", "sidinga ukusekela kwakho",
        ]),
        // (A travel story's advice, "Ngaphambi kokuthi uhambe, qinisekisa ...", and a
        // reported plea, "Sicela nisisize", are cues: below.)
        // Readers like you, your support helps us: no report says them.
        ask(Donation).weight(3.5).phrases(&[
            "abafundi abafana nawe", "abafundi abanjengawe", "abafundi abafana nani", "abafundi abanjengani",
            "ukusekela kwakho kusisiza", "ukusekela kwenu kusisiza", "ukweseka kwakho kusisiza", "ukweseka kwenu kusisiza", "umnikelo wenu usisiza", "nikela ebuntathelini obuzimele",
            "khetha inani lomnikelo", "khetha inani ofuna ukulinikela", "khetha inani ofuna ukunikela ngalo",
            "yiba ngumxhasi wanyanga zonke", "yiba umxhasi wanyanga zonke",
        ]),
        // An NGO's head says "sekela umsebenzi wethu" (support our work) in a report, a
        // leader "sisize siqhubeke" (help us go on): a short block's opening only.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "sekela umsebenzi wethu", "yeseka umsebenzi wethu", "sicela usekele umsebenzi wethu",
            "sicela nisekele umsebenzi wethu", "sicela uxhase umsebenzi wethu", "sicela nixhase umsebenzi wethu",
            "sisize siqhubeke", "sisizeni siqhubeke", "sisekele ukuze siqhubeke", "sisekeleni ukuze siqhubeke",
            "sixhase ukuze siqhubeke",
        ]),
        // A charity's words that a story reports ("Wonke umnikelo ubalulekile", every gift
        // counts), a column's "uma uwazisa umsebenzi wethu" of its readers' letters: cues.
        cue(Donation).phrases(&[
            "ubuntatheli obuzimele", "ubuntatheli bethu", "ubuntatheli obuqotho", "ukusekela kwakho", "ukusekela kwenu",
            "ukweseka kwakho", "ukweseka kwenu", "ukuxhasa kwakho", "ukuxhasa kwenu", "umnikelo wakho", "iminikelo yenu",
            "umnikelo wenu", "usizo lwakho", "usizo lwenu", "yonke iminikelo", "wonke umnikelo", "wonke umnikelo ubalulekile",
            "yenza umnikelo", "yenza umnikelo namuhla", "uma uwazisa umsebenzi wethu", "uma niwazisa umsebenzi wethu",
            "ngaphandle kokusekela kwakho", "ngaphandle kokusekela kwenu",
        ]),
        // A media fund's purpose in a story ("... isungulelwe ukusekela ubuntatheli obuzimele"):
        // cues below an anchor's weight.
        cue(Donation).weight(2.0).phrases(&[
            "ukuxhasa ubuntatheli obuzimele", "ukusekela ubuntatheli obuzimele", "ukweseka ubuntatheli obuzimele",
            "noma ngabe lincane kangakanani", "noma lincane kangakanani", "ukusekela kwabafundi", "umnikelo wanyanga zonke",
            "umnikelo owodwa", "yonke irandi ibalulekile", "nikela kanye",
            // A pastor's "Nikela manje" at a service, reported: cues (the buttons are labels).
            "nikela manje", "nikela namuhla", "nikelani namuhla",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["nyanga zonke", "ngenyanga ngayinye"]),
        // Not "usizo*" (any aid) nor "xhas*" (any support, a government's funding).
        cue(Donation).weight(0.5).phrases(&["umnikelo*", "iminikelo*", "ngomnikelo*", "ukunikela*"]),
        salutation(Donation).max_words(6).phrases(&[
            "mfundi othandekayo", "bafundi abathandekayo", "mfundi wethu othandekayo", "bafundi bethu abathandekayo",
            "mfundi obekekile", "bafundi abahloniphekile",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "uyijabulele le ndaba", "niyijabulele le ndaba", "ukujabulele lokhu okufundile", "uma uyijabulele le ndaba",
            "uma niyijabulele le ndaba", "usijabulele lesi sihloko",
        ]),
        // "Yiba yilungu" (become a member) is a party's and a union's call: anywhere only
        // with the readers named; bare, a short block's opening.
        ask(Membership).phrases(&[
            "yiba yilungu lethu namuhla", "joyina amalungu ethu namuhla", "joyina umphakathi wabafundi bethu",
            "joyina umndeni wabafundi bethu", "yiba yingxenye yomphakathi wethu wabafundi", "ubulungu babafundi",
            "uhlelo lobulungu babafundi",
        ]),
        // (Not "amalungu" anywhere: a union's fee list, "Amalungu amasha: R150".)
        ask(Membership).at(Start).max_words(10).phrases(&["yibani ngamalungu", "yiba yilungu namuhla"]),
        cue(Membership).weight(0.5).phrases(&["amalungu ethu", "ubulungu", "uhlelo lobulungu"]),
        ask(Subscription).phrases(&[
            "ninganqamula noma nini", "khetha uhlelo lokubhalisa", "finyelela kuzo zonke izindaba zethu", "sewubhalisile? ngena",
            "usunayo i-akhawunti? ngena", "usunayo i-account? ngena",
        ]),
        // The names of the offer, which a story on a service's prices names too: cues.
        cue(Subscription).phrases(&[
            "inyanga yokuqala mahhala", "ukubhalisa kwanyanga zonke", "ukubhalisa konyaka", "ababhalisile bethu",
            "iphephandaba ledijithali", "uhlelo lwedijithali",
        ]),
        // A service for registered users only is news too: the nag's short line only.
        line(Paywall).max_words(15).phrases(&["okwababhalisile kuphela", "okwabakhokhayo kuphela"]),
        ask(Paywall).weight(3.5).phrases(&[
            "ngena ngemvume ukuze uqhubeke ufunde",
            "khokha ukuze uqhubeke ufunde", "bhalisela ukuze uqhubeke ufunde", "le ndaba ingeyababhalisile kuphela",
            "lesi sihloko singesababhalisile kuphela", "le ndaba ngeyababhalisile kuphela",
        ]),
        // (Not the bare "ukuze uqhubeke ufunde", so that you go on reading: also "so that you
        // go on studying", a bursary's; logging in or registering to go on is a cue, below.)
        // The meter: "Usufunde izindaba ezi-3 kwezi-5 zamahhala" (the numbers vary).
        ask(Paywall).at(Start).max_words(20).phrases(&["usufunde izindaba", "sewufunde izindaba", "senifunde izindaba"]),
        ask(Newsletter).phrases(&[
            "ebhokisini lakho le-imeyili", "ebhokisini lakho le-email", "ebhokisini lenu le-imeyili",
            "bhalisela incwadi yethu yezindaba", "bhalisela izindaba zethu ze-imeyili",
            "qinisekisa ikheli lakho le-imeyili", "thola izindaba ku-imeyili yakho",
            "izindaba ngqo ku-imeyili yakho", "ngqo ku-imeyili yakho",
        ]),
        // A scam warning says them too ("ungalinikezi muntu ikheli lakho le-imeyili"): cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "ikheli lakho le-imeyili", "ikheli lakho le-email", "ikheli lenu le-imeyili", "faka ikheli lakho",
            "ku-imeyili yakho",
        ]),
        cue(Newsletter).phrases(&["incwadi yezindaba", "izincwadi zezindaba", "inqubomgomo yobumfihlo", "inqubomgomo yemfihlo"]),
        ask(App).phrases(&[
            "dawuniloda i-app yethu", "layisha i-app yethu", "landa uhlelo lwethu lokusebenza",
            "faka i-app yethu",
        ]),
        // (Not the bare "landa i-app": a how-to says "landa i-app ye-" (download the app of
        // ...) and opens its steps with it. "Landa i-app yethu" is a cue: below.)
        cue(App).phrases(&["i-app yethu", "ku-google play nase-app store", "ku-google play naku-app store", "ku-app store naku-google play"]),
        ask(Cookie).phrases(&[
            "sisebenzisa ama-cookies", "sisebenzisa ama-cookie", "yamukela wonke amakhukhi",
            "yamukela wonke ama-cookies", "izilungiselelo ze-cookie", "inqubomgomo yamakhukhi",
            "inqubomgomo ye-cookie",
        ]),
        // A data protection story says them of a site it reports on: a block's opening, with
        // the cookies named.
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "le webhusayithi isebenzisa amakhukhi", "le webhusayithi isebenzisa ama-cookies", "le sayithi isebenzisa amakhukhi",
            "le sayithi isebenzisa ama-cookies", "ngokuqhubeka usebenzisa le webhusayithi", "ngokuqhubeka usebenzisa le sayithi",
        ]),
        // (Not "amakhukhi" alone: a recipe's biscuits.)
        cue(Cookie).phrases(&["isebenzisa amakhukhi", "ama-cookies", "ama-cookie"]),
        // "Silandele" (follow us) is also a leader's call to the crowd: with a platform
        // anywhere, bare at a short block's opening.
        ask(Social).phrases(&[
            "silandele ku-facebook", "silandele ku-twitter", "silandele ku-x", "silandele ku-instagram", "silandele ku-youtube",
            "silandele ku-tiktok", "silandeleni ku-facebook", "silandeleni ku-twitter", "silandeleni ku-instagram",
            "sithole ku-facebook", "silandele ezinkundleni zokuxhumana", "silandeleni ezinkundleni zokuxhumana",
            "yabelana ngale ndaba", "yabelanani ngale ndaba", "isiteshi sethu se-whatsapp",
            "isiteshi sethu se-youtube", "isiteshi sethu se-telegram", "joyina isiteshi sethu",
        ]),
        // A crowd's "Silandeleni!" is reported as a line of its own: the bare call is a cue,
        // the button a label (below).
        cue(Social).phrases(&["silandele", "silandeleni"]),
        ask(Social).at(Start).max_words(4).phrases(&["joyina iqembu lethu le-whatsapp"]),
        // Follow us on our pages, on a line of its own with the platforms' names.
        line(Social).max_words(20).phrases(&["silandele kumakhasi ethu", "silandele kuzo zonke izinkundla"]),
        // A police spokesman's "ekhasini lethu le-Facebook" in a report: cues.
        cue(Social).phrases(&["ekhasini lethu le-facebook", "izinkundla zethu zokuxhumana", "amakhasi ethu okuxhumana"]),
        // A read-also line opens no story's sentence, but an insert runs into its headline:
        // anywhere in a line's opening, with its colon. Not "funda futhi:", which is also
        // "study again:" opening a headline ("Funda futhi: abantu abadala babuyela
        // emakilasini"): a line of its own only (the label below).
        line(Related).max_words(24).phrases(&[
            "funda nalokhu:", "funda lokhu:", "funda kabanzi:", "bheka futhi:", "okuhlobene:",
            "izindaba ezihlobene", "izindaba ezihambisanayo", "izindaba ezifundwa kakhulu", "ezifundwa kakhulu",
            "okunye ongathanda ukukufunda", "ungase uthande nalokhu", "ungathanda nalokhu",
        ]),
        // "Ezinye izindaba zithi ..." (other reports say): short lines only.
        line(Related).max_words(4).phrases(&[
            "izindaba ezithandwayo",
            "indaba edlule", "okunconyiwe",
        ]),
        label(Related).phrases(&[
            "funda kabanzi", "funda okwengeziwe", "funda nalokhu", "izindaba ezihlobene", "ezifundwa kakhulu",
            "izindaba ezifundwa kakhulu", "izindaba ezintsha", "izindaba zakamuva", "ezinye izindaba", "izindaba ezithandwayo",
            "funda yonke indaba", "funda indaba ephelele", "okuhlobene", "funda kabanzi lapha", "chofoza lapha ukuze ufunde kabanzi",
        ]),
        // Bios open on a name ("USipho Mkhize uyintatheli e-..."), a story says it in passing:
        // the bio's own formulas are asks, the bare "uyintatheli" a cue.
        ask(Credit).max_words(40).phrases(&[
            "le ndaba yaqala ukushicilelwa", "lesi sihloko saqala ukushicilelwa", "le ndaba ishicilelwe okokuqala",
            "le ndaba ihunyushwe isuka", "lesi sihloko sihunyushwe sisuka", "ibe negalelo kulo mbiko",
        ]),
        cue(Credit).phrases(&["uyintatheli e-", "uyintatheli ye-", "uyintatheli ka-", "yaqala ukushicilelwa ku-"]),
        line(Credit).max_words(10).phrases(&[
            "isithombe:", "izithombe:", "umthombo wesithombe", "umbhali:", "intatheli:", "ibhalwe ngu", "kubhalwe ngu",
            "ihunyushwe ngu", "umhumushi:", "ividiyo:", "umhleli:", "umthombo:", "kubika:",
        ]),
        // The byline, "Ngu Sipho Mkhize", "Ngu-Sipho Mkhize" (by ...): a name long ("ngu-*"
        // reads on past the hyphen into the name). "Ngu-Sipho owaqala ..." (it was Sipho who
        // began) opens a story's sentence too: a line of three words only.
        line(Credit).max_words(3).phrases(&["ngu", "ngu-*"]),
        line(Credit).max_words(8).phrases(&["kubike futhi", "nemibiko eyengeziwe evela ku"]),
        // (Not "kamuva" alone, later: also "afterwards", a line of a story's own.)
        label_any().phrases(&[
            "vala", "hhayi manje", "cha ngiyabonga", "cha, ngiyabonga", "mhlawumbe kamuva", "ngikhumbuze kamuva",
            "qhubeka ufunde", "qhubeka nokufunda", "yamukela", "yamukela konke", "yenqaba", "yenqaba konke",
            "izilungiselelo", "ngena ngemvume", "phuma", "bhalisa", "khansela", "gcina izinketho",
            "londoloza", "okwengeziwe", "bheka okwengeziwe", "izinketho", "lawula izinketho",
        ]),
        outlet(Donation).phrases(&[
            "isikhungo sezindaba esizimele", "izindaba ezizimele", "inkampani yezindaba ezimele", "ngaphandle kwezikhangiso",
            "mahhala kuwo wonke umuntu", "asixhaswa yinoma yiliphi iqembu lezepolitiki",
            "sixhaswa ngabafundi", "ubuntatheli obungenzi nzuzo",
        ]),
        // A non-profit is every NGO in a story: the weakest of cues.
        outlet(Donation).weight(0.5).phrases(&["engenzi nzuzo", "okungenzi nzuzo"]),
        ask(Paywall).weight(3.5).phrases(&["funda yonke le ndaba ngokubhalisa", "ukuze ufunde yonke le ndaba bhalisa"]),
        ask(Cookie).phrases(&["thina nabalingani bethu", "sinabalingani bethu sisebenzisa"]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["ukulungiswa:", "isibuyekezo:", "kubuyekeziwe:", "inothi lomhleli:", "isaziso somhleli:"]),
        notice().at(Any).phrases(&[
            "le ndaba ibuyekeziwe", "le ndaba ilungisiwe", "lesi sihloko sibuyekeziwe", "ngaphambilini sibike ukuthi",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // added, told, according to, in a statement), which no box uses. (Not "kusho"
        // alone: also "it means", "lokhu kusho ukuthi", which a box says.)
        body().phrases(&[
            "kusho yena", "kusho umkhulumeli", "kusho ungqongqoshe", "kusho umongameli", "kusho undunankulu", "kusho umeya",
            "kusho uthishanhloko", "kusho umholi", "kusho umfundisi", "kusho unobhala", "kusho usihlalo", "kusho umqondisi",
            "kusho imeya", "ngokusho kuka", "ngokusho kwakhe", "ngokusho kwamaphoyisa", "ngokusho komkhulumeli",
            "esho", "kwengeza yena", "kuqhuba yena", "kuchaza yena", "egcizelela ukuthi", "enezela ukuthi", "etshela",
            "esitatimendeni", "esitatimendeni esikhishwe", "umkhulumeli wamaphoyisa", "ekhuluma nabezindaba",
            "kumhlangano nabezindaba", "uveze ukuthi", "uqinisekisile ukuthi", "ubike ukuthi",
        ]),
        // Tips to the newsroom ("Unendaba?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "unendaba ofuna ukwabelana ngayo", "sithumele izindaba zakho", "thumela indaba yakho", "xhumana negumbi lezindaba", "sithinte",
        ]),
        line(Credit).max_words(12).phrases(&["xhumana nombhali", "thumela umbhali i-imeyili"]),
        // Site chrome around the story, by page part: the author box, the comment section,
        // the disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "mayelana nombhali", "ngombhali", "ezinye izindaba zalo mbhali", "zonke izindaba zombhali", "okunye okubhalwe ngumbhali",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["umbhali walesi sihloko", "umbhali wale ndatshana"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["uyintatheli ezimele", "ubhala njalo ku-", "ubhalela i-"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "yeqela kokuqukethwe", "yeqa uye kokuqukethwe", "yeqela kokuqukethwe okuyinhloko", "dlulela kokuqukethwe",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["ikhasi elilandelayo", "ikhasi elidlule", "ikhasi langaphambilini", "bika iphutha"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["ubone iphutha", "nibone iphutha"]),
        ask(Other).part(Navigation).phrases(&["isiphequluli sakho sindala", "vula i-javascript", "nika amandla i-javascript"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "shiya umbono", "shiya umbono wakho", "bhala umbono wakho", "yisho umbono wakho", "imibono ivaliwe",
            "bheka imibono",
        ]),
        // The comments' heading alone: "Imibono yabafundi" is also a subheading, learners' views.
        chrome(Other).part(Comments).max_words(1).phrases(&["imibono", "amazwana"]),
        ask(Other).part(Comments).phrases(&[
            "ngena ukuze uphawule", "ngena ngemvume ukuze uphawule", "imigomo yokuphawula", "imithetho yokuphawula",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["thumela umbono", "khansela impendulo", "shicilela umbono"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["yiba ngowokuqala ukuphawula", "yiba ngowokuqala ukushiya umbono"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ikheli lakho le-imeyili ngeke lishicilelwe", "ikheli lakho le-imeyili ngeke liboniswe"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["awukho umbono okwamanje", "engeza umbono"]),
        ask(Other).part(Disclaimer).phrases(&["imibono evezwe kulesi sihloko", "imibono evezwe kule ndatshana", "imibono evezwe lapha ngeyombhali"]),
        cue(Other).part(Disclaimer).phrases(&["ayimeleli imibono ye", "akuyona imibono ye", "imibono yombhali"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "le ndaba iyingxenye ye", "le ndaba iyingxenye yochungechunge", "lo mbiko wenziwe ngoxhaso", "lo mbiko uxhaswe",
            "lo mbiko ukhiqizwe ngoxhaso",
        ]),
        // The question over a box, a share row's heading, each a line of its own.
        header(Donation).max_words(12).phrases(&["uyawazisa umsebenzi wethu", "niyawazisa umsebenzi wethu", "uyabuthanda ubuntatheli bethu"]),
        label(Social).phrases(&[
            "yabelana", "yabelana ngale ndaba", "kopisha isixhumanisi", "isixhumanisi sikopishiwe", "thumela nge-imeyili",
            "yabelana ku-facebook", "yabelana ku-whatsapp", "yabelana ku-x", "silandele", "phrinta indaba",
        ]),
        // A read-aloud player's label, the platforms' embeds.
        chrome(Other).max_words(4).phrases(&["lalela le ndaba", "lalela lesi sihloko"]),
        chrome(Social).max_words(6).phrases(&["yeqa i-twitter", "yeqa i-instagram", "yeqa i-facebook", "yeqa i-youtube", "ukuphela kwe-twitter", "ukuphela kwe-instagram"]),
        chrome(Social).max_words(7).phrases(&["buka lokhu okuthunyelwe ku-instagram", "buka ku-youtube"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["izindaba zamahhala", "indaba yamahhala"]),
        ask(Paywall).max_words(30).phrases(&[
            "lena yindaba yakho yokugcina yamahhala", "izindaba zakho zamahhala ziphelile", "izindaba zakho zamahhala seziphelile",
            "izindaba zenu zamahhala ziphelile",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["okusele kwale ndaba", "ingxenye esele yale ndaba"]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&[
            "isikhangiso", "izikhangiso", "ukukhangisa", "indaba iyaqhubeka ngezansi", "indaba iqhubeka ngezansi",
            "indaba iyaqhubeka ngemuva kwesikhangiso", "okuxhasiwe", "okuqukethwe okuxhasiwe",
        ]),
        // A copyright or reproduction notice.
        chrome(Other).at(Any).max_words(8).phrases(&["wonke amalungelo agodliwe", "amalungelo onke agodliwe"]),
        chrome(Other).at(Whole).phrases(&["akuvunyelwe ukukopisha ngaphandle kwemvume", "ungakopishi ngaphandle kwemvume"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["isithombe sefayela", "isithombe: ifayela", "isithombe somfanekiso", "isithombe esingumfanekiso"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["bukela ividiyo", "buka ividiyo", "lalela indaba", "lalela umsakazo"]),
        label(Other).part(Player).weight(2.5).phrases(&["lalela", "bukela", "dlala"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["amathegi", "izihloko", "izihloko ezihlobene", "amagama angukhiye"]),
        // A line of the bank details under an ask ("Inombolo ye-akhawunti: 0123456789").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "inombolo ye-akhawunti", "igama le-akhawunti", "ibhange:", "ikhodi yegatsha", "inkomba:", "inombolo ye-account",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "ikheli le-imeyili", "ikheli lakho le-imeyili", "faka ikheli lakho le-imeyili", "bhalisela incwadi yezindaba",
            "ngifuna ukuthola incwadi yezindaba", "ikheli le-email",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["imeyili", "i-imeyili", "i-email", "imeyili yakho"]),
        label(Subscription).phrases(&[
            "bhalisela", "bhalisela manje", "khokha manje", "bheka izinhlelo", "khetha uhlelo", "zama mahhala",
            "qala ukuzama mahhala", "bhalisa manje",
        ]),
        label(App).phrases(&[
            "dawuniloda manje", "landa manje", "yithole ku-google play", "yithole ku-app store", "vula ku-app",
            "vula i-app",
        ]),
        label(Donation).phrases(&[
            "nikela", "nikela manje", "nikela namuhla", "sisekele", "xhasa manje", "sekela manje", "yenza umnikelo",
            "umnikelo wanyanga zonke", "elinye inani", "inani elinye", "qhubeka ukhokhe",
        ]),
        // (Not "usizo" alone: an aid story's subhead.)
        label(Donation).weight(EDGE_WEIGHT).phrases(&["umnikelo", "iminikelo"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "ngokubhalisa, uyavuma", "ngokubhalisa uyavuma", "ngokubhalisa uyavumelana", "ungahoxisa noma nini",
            "ungayeka ukubhalisa noma nini", "ngeke sabelane nabanye ngekheli lakho", "ngiyavumelana nenqubomgomo yobumfihlo",
            "ngiyavuma imigomo nemibandela", "hlola ibhokisi lakho le-imeyili", "bheka ibhokisi lakho le-imeyili",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ufuna izindaba ezengeziwe ezifana nale", "nifuna izindaba ezengeziwe ezifana nale", "ufuna ukufunda okwengeziwe",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["izithombe"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "isithombe esilandelayo", "isithombe esedlule", "isikrini esigcwele", "vala izithombe", "vula izithombe",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["bheka zonke izithombe", "buka zonke izithombe"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["bukhoma", "izibuyekezo"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["izibuyekezo zakamuva", "okusha bukhoma"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["layisha okwengeziwe", "landela bukhoma"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["humusha", "phrinta"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["usayizi wombhalo", "gcina indaba", "khulisa umbhalo"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ividiyo"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["vala umsindo", "vula umsindo"]),
        // The outlet's appeal by function: a thank-you or a question that opens it.
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "ngiyabonga ngokufunda", "siyabonga ngokusifunda", "uma ufunde waze wafika lapha",
            "uma ufunde kwaze kwaba lapha",
        ]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row.
        label_any().phrases(&["vumela hhayi manje", "hhayi manje vumela", "vumela kamuva", "kamuva vumela"]),
        cue(App).phrases(&["vula izaziso", "thola izaziso", "amukela izaziso"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["ngifuna ukunikela", "ngifuna ukusekela", "sengiyasekela", "sengiyanikela"]),
        label(Membership).phrases(&["yiba yilungu", "joyina", "ngifuna ukuba yilungu"]),
        label(Subscription).phrases(&["ngifuna ukubhalisela"]),
        // Mended after an adversarial review, whose stories said these too: a pastor's "your
        // offering helps us", a school choir "supported by our learners" ("abafundi" is also
        // learners), a party's "please support us", a traveller's "before you go", a telecom
        // story's "unlimited access" and "cancel any time", a learner who logs in "to go on
        // studying", a police "contact us", a union's "join today". Cues, or lines of their own.
        cue(Newsletter).weight(2.0).phrases(&["siyabonga ngokubhalisela"]),
        cue(Newsletter).phrases(&["incwadi yethu yezindaba"]),
        cue(Paywall).weight(2.0).phrases(&["bhalisa ukuze uqhubeke ufunde", "ngena ukuze uqhubeke ufunde"]),
        cue(Subscription).phrases(&["ukufinyelela okungenamkhawulo", "ungakhansela noma nini", "khansela noma nini"]),
        cue(Donation).phrases(&[
            "umnikelo wakho usisiza", "sisekelwa ngabafundi bethu", "sixhaswa ngabafundi bethu",
            "ngaphandle kokusekela kwabafundi bethu", "siyabonga ngokufunda", "sicela nisisize", "sidinga ukusekela kwenu",
            "sicela nisisekele", "ngaphambi kokuba uhambe", "ngaphambi kokuthi uhambe", "ungakahambi", "xhasa umsebenzi wethu",
            "sixhase",
        ]),
        label(Social).phrases(&["uma unendaba", "xhumana nathi", "yabelana ngalokhu"]),
        cue(Social).phrases(&["thumela le ndaba kubangane bakho"]),
        cue(App).phrases(&["landa i-app yethu"]),
        label(Membership).phrases(&["joyina namuhla"]),
        // "amakhukhi" is also biscuits ("Sisebenzisa amakhukhi e-Marie ...", a baker says).
        cue(Cookie).weight(2.0).phrases(&["sisebenzisa amakhukhi"]),
        label(Cookie).phrases(&["izilungiselelo zamakhukhi"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["funda nalezi:", "bukela nalokhu:", "izindaba ezihlobene:", "izindaba ezihlobene nalezi:", "okunye ongathanda ukukufunda:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["lalela bukhoma", "lalela umsakazo bukhoma"]),
        ask(Social).max_words(30).phrases(&["isiteshi sethu sewhatsapp", "isiteshi sethu setelegram", "silandele ku-whatsapp", "silandele kuwhatsapp", "silandele ku-telegram"]),
        label(Social).phrases(&["joyina isiteshi"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["sithumelele izithombe", "sithumelele izindaba zakho"]),
        label(Other).phrases(&["thumela izindaba", "thumela indaba"]),
        label(Ad).phrases(&["thenga amathikithi"]),
        ask(Ad).max_words(35).phrases(&["sifuna intatheli", "sifuna izintatheli", "joyina ithimba lethu"]),
    ],
    // The emphatic "thina" and the possessives of "we" ("umsebenzi wethu", our work), which
    // are isiXhosa's too (the same outlet speaking), and "kithi" (to us, isiXhosa "kuthi").
    // Not the subject concord "si-" (glued to its verb) nor "sicela" (we ask), every police
    // statement's.
    we: &["thina", "yethu", "wethu", "lethu", "kwethu", "bethu", "zethu", "sethu", "kithi"],
    // isiZulu addresses one reader as "wena" and its possessives, many readers (and one,
    // politely) as "nina" and its possessives. "wena" is also Sesotho's and Setswana's "you",
    // "kuwe" (to you) Swahili's "that there be", "nina" Swahili's "I have" and the plural
    // personal marker of Filipino ("nina Juan"), "kini" (to you all) Indonesian's and
    // Malay's "now", "yenu", "wenu" the Swahili pack's own "your": the other possessives
    // stand in.
    you: &[
        "yakho", "wakho", "lakho", "kwakho", "sakho", "zakho", "bakho", "lenu", "kwenu", "zenu", "benu", "senu",
    ],
};
