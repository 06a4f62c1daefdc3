//! isiXhosa.
//!
//! Written from how isiXhosa news sites, community papers and the public broadcaster's
//! services (Eastern Cape, Western Cape, Gauteng; the dailies' translations, government
//! papers, radio stations' sites) word their page furniture and appeals in general (not one
//! site's wording). The language is written in the Latin script without tone marks; a noun's
//! prefix stands before a loanword or a name with a hyphen ("i-app", "ku-Facebook",
//! "kwi-imeyile", "ngu-Sipho") or glued to it ("iapp", "kuFacebook"): the rows that need it
//! list both. Verbs carry their subject and object as prefixes ("sixhase", support us;
//! "silandele", follow us; "usixhase", that you support us), so the formulas are written as
//! whole verb forms, the imperative and the subjunctive after "nceda" (please) and "sicela"
//! (we ask) that a box uses; the plural imperative ("sixhaseni", "silandeleni") addresses
//! many readers.
//!
//! News uses the appeal's words every day: "inkxaso" (support) is also the state's funding
//! ("inkxaso-mali") and a party's backing, "uncedo" (help) any relief, "umnikelo" (donation)
//! the church's offering, "nikela" also to hand over and to surrender, "ilungu" (member) a
//! party's, a union's and a council's, "bhalisa" (register) the voters' and the learners'
//! registration, "funda" (read) also to study and "abafundi" (readers) the learners of every
//! school story, "landela" (follow) also "after" ("kulandela"), "yabelana" (share) to share
//! knowledge, "ezizimeleyo" (independent) the independent candidates, "vala" (close) a
//! school or a road, "rhoxisa" (cancel) withdrawn charges, "ngqo" (live) also directly, and a
//! politician's or a charity's "sicela ninceda" (we ask that you help) or "silandeleni"
//! (follow us) is reported without quotation marks. Those words are cues, buttons (a line of
//! their own) or a short block's opening; anywhere only the forms no report holds ("xhasa
//! ubuntatheli obuzimeleyo", "abafundi abafana nawe", "sisebenzisa ii-cookies",
//! "bhalisela ileta yethu yeendaba").
//!
//! isiXhosa is read beside the isiZulu, Afrikaans and English packs (South Africa): the rows
//! that are the same words in isiZulu ("yabelana", "i-app") stand in both packs.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "xh",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 imizuzu yokufunda").
        chrome(Other).at(Any).max_words(6).phrases(&["imizuzu yokufunda", "umzuzu wokufunda", "ixesha lokufunda:"]),
        header(Donation).max_words(14).phrases(&[
            "xhasa ubuntatheli obuzimeleyo", "xhasa iindaba ezizimeleyo", "xhasa ubuntatheli bethu",
            "xhasa ubuntatheli basekuhlaleni", "umyalezo ovela kumhleli", "umyalezo ovela kumhleli oyintloko",
            "ileta evela kumhleli",
        ]),
        // A flood's victims, a charity and every candidate say these too ("Sidinga inkxaso
        // yenu", we need your support), and a report sets a quote as a short paragraph of its
        // own ("Sidinga inkxaso yakho, watsho."): a box's heading of its own words only. ("We
        // need your help", "before you go" and the like are cues: below.)
        header(Donation).max_words(3).phrases(&["sidinga inkxaso yakho"]),
        // Readers like you, your support helps us: no report says it.
        ask(Donation).weight(3.5).phrases(&[
            "abafundi abafana nawe", "abafundi abanjengawe", "inkxaso yakho isenza sikwazi", "ngaphandle kwenkxaso yabafundi bethu", "xhasa ubuntatheli obuzimeleyo",
            "nikela kubuntatheli obuzimeleyo",
        ]),
        // A bank app's how-to says "khetha isixa" (choose the amount), a charity "nawuphi na
        // umnikelo uyanceda" (any donation helps), a leader "ngaphandle kwenkxaso yenu"
        // (without your support) to the crowd: cues.
        cue(Donation).weight(2.0).phrases(&[
            "khetha isixa", "khetha isixa semali", "ukuba uyawuxabisa umsebenzi wethu", "ukuba uyabuxabisa ubuntatheli bethu",
            "ngaphandle kwenkxaso yakho", "ngaphandle kwenkxaso yenu", "nokuba sisixa esincinci", "nawuphi na umnikelo",
            "umnikelo ngamnye", "yonke irandi iyanceda",
        ]),
        // A leader says "sincede siqhubeke" (help us go on) in a report, an NGO's head "xhasa
        // umsebenzi wethu" (support our work): a short block's opening only, a cue elsewhere.
        // (Not "nceda usixhase", "sicela usixhase", please support us: a victim's words that a
        // report sets as a paragraph of their own, "Nceda usixhase, utshilo uNkosikazi ...".)
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "sincede siqhubeke", "sixhase siqhubeke", "xhasani umsebenzi wethu",
            "nikela kumsebenzi wethu",
        ]),
        cue(Donation).phrases(&[
            "sicela usixhase", "nceda usixhase", "sicela nisixhase", "inkxaso yakho",
            "umnikelo wakho", "iminikelo yakho", "igalelo lakho", "ubuntatheli obuzimeleyo", "ubuntatheli bethu",
            "yenza umnikelo", "nikela namhlanje", "faka isandla",
        ]),
        // A price per month is a box's as often as a grant story's: weak alone.
        cue(Donation).weight(0.5).phrases(&["rhoqo ngenyanga", "ngenyanga nganye"]),
        // Not "inkxaso*" (the state's funding, a party's backing) nor "uncedo*" (any relief);
        // "umnikelo" is also the church's offering: weak.
        cue(Donation).weight(0.5).phrases(&["umnikel*", "iminikel*", "ngomnikel*"]),
        salutation(Donation).max_words(6).phrases(&[
            "mfundi othandekayo", "bafundi abathandekayo", "mfundi wethu othandekayo", "bafundi bethu abathandekayo",
            "mfundi obekekileyo", "bafundi abahloniphekileyo",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ulonwabele eli nqaku", "ngaba ulonwabele eli nqaku", "ulonwabele eli bali", "likuncedile eli nqaku",
            "ngaba eli nqaku likuncedile",
        ]),
        header(Donation).weight(3.0).max_words(10).phrases(&["uyawuxabisa umsebenzi wethu", "uyabuxabisa ubuntatheli bethu"]),
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "enkosi ngokufunda", "enkosi ngokusifunda", "enkosi kakhulu ngokufunda", "ukuba ufunde ukuza kuthi ga apha",
        ]),
        // "Ilungu" (member) is a party's, a union's and a council's in every political story
        // ("waba lilungu le-ANC"): anywhere only with the readers named; bare, a short block's
        // opening.
        ask(Membership).phrases(&[
            "yiba lilungu lethu namhlanje", "joyina uluntu lwethu lwabafundi", "joyina uluntu lwabafundi bethu",
            "yiba ngomnye wamalungu ethu", "ubulungu bedijithali",
        ]),
        // (A union's leader is quoted so, "Yiba lilungu lethu, utshilo uMajola.": the bare
        // "become a member" is a cue, below.)
        cue(Membership).weight(0.5).phrases(&["amalungu ethu", "inkqubo yobulungu", "ubulungu*"]),
        ask(Subscription).phrases(&[
            "rhoxisa nanini na", "ungarhoxisa nanini na", "khetha ipakethe yomrhumo", "sele unomrhumo? ngena",
        ]),
        // The names of the offer, which a story on a service's prices names too ("Umrhumo
        // wenyanga: R99"): cues.
        cue(Subscription).phrases(&[
            "inyanga yokuqala simahla", "ufikelelo olungenamda", "umrhumo wedijithali", "umrhumo wenyanga",
            "abarhumi bethu", "iphephandaba ledijithali", "ushicilelo lwedijithali",
        ]),
        // "Rhuma" (subscribe) is no story's word, but "bhalisa ngoku" (register now) is the
        // electoral commission's: a short block's opening for the first, a button for the second.
        ask(Subscription).at(Start).max_words(10).phrases(&["rhuma ngoku", "rhumela namhlanje", "rhuma namhlanje"]),
        // A service for subscribers only is news too ("... iya kufumaneka kwabarhumi kuphela"):
        // a cue anywhere, the nag's short line at its opening.
        cue(Paywall).weight(2.5).phrases(&["kwabarhumi kuphela", "lelabarhumi kuphela", "yeyabarhumi kuphela", "ngelabarhumi kuphela"]),
        line(Paywall).max_words(6).phrases(&["abarhumi kuphela"]),
        ask(Paywall).weight(3.5).phrases(&[
            "eli nqaku lelabarhumi kuphela", "eli nqaku ngelabarhumi kuphela", "ngena ukuze ufunde eli nqaku",
            "rhuma ukuze ufunde eli nqaku", "bhalisa ukuze ufunde eli nqaku", "rhuma ukuze uqhubeke ufunda",
        ]),
        // "Funda" is also to study: "bhalisa ukuze uqhubeke ufunda" (register so that you go on
        // studying) is a bursary explainer's too, a cue, and so is logging in to go on (below).
        // (Not the meter's "ufunde amanqaku": also "you studied the articles" of a constitution.)
        cue(Paywall).weight(2.0).phrases(&["bhalisa ukuze uqhubeke ufunda", "bhalisa ukuze uqhubeke nokufunda"]),
        ask(Newsletter).phrases(&[
            "bhalisela ileta yethu yeendaba", "bhalisela ileta yeendaba", "ileta yethu yeendaba",
            "iindaba ngqo kwi-imeyile yakho", "iindaba ngqo kwimeyile yakho", "kwibhokisi yakho ye-imeyile",
            "kwibhokisi yakho yeimeyile", "qinisekisa idilesi yakho ye-imeyile", "fumana iindaba zethu kwi-imeyile",
            "fumana iindaba zamva nje kwi-imeyile yakho",
        ]),
        // A scam warning says them too ("musa ukunika mntu idilesi yakho ye-imeyile"), and the
        // electoral commission thanks those who registered: cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "idilesi yakho ye-imeyile", "idilesi yakho yeimeyile", "idilesi yakho ye-email", "faka idilesi yakho",
            "enkosi ngokubhalisa",
        ]),
        cue(Newsletter).phrases(&["ileta yeendaba", "iileta zeendaba", "umgaqo-nkqubo wabucala", "umgaqo-nkqubo wemfihlo"]),
        ask(App).phrases(&[
            "khuphela i-app yethu", "khuphela iapp yethu", "khuphela usetyenziso lwethu", "khuphela i-app yethu simahla",
        ]),
        // A how-to says "khuphela i-app ye-SASSA kuGoogle Play" (download the agency's app), and
        // opens its steps with the bare "khuphela i-app": only the other word for an app, at a
        // box's own short line.
        ask(App).at(Start).max_words(5).phrases(&["khuphela usetyenziso"]),
        cue(App).phrases(&["i-app yethu", "iapp yethu", "usetyenziso lwethu"]),
        ask(Cookie).phrases(&[
            "iisetingi zee-cookies", "iisetingi zeekhukhi", "umgaqo-nkqubo wee-cookies",
            "umgaqo-nkqubo weekhukhi",
        ]),
        // A data protection story says them of a site it reports on: a block's opening.
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "le webhusayithi isebenzisa ii-cookies", "le webhusayithi isebenzisa iikhukhi",
            "le website isebenzisa ii-cookies", "ngokuqhubeka usebenzisa le webhusayithi",
        ]),
        cue(Cookie).phrases(&["ii-cookies", "iikhukhi", "isebenzisa ii-cookies"]),
        // "Silandeleni" (follow us) is also a leader's call to the crowd: with a platform
        // anywhere, bare at a short block's opening.
        ask(Social).phrases(&[
            "silandele ku-facebook", "silandele kufacebook", "silandele ku-twitter", "silandele ku-x",
            "silandele ku-instagram", "silandele ku-youtube", "silandele ku-tiktok", "silandeleni ku-facebook",
            "silandele kumajelo onxibelelwano", "silandele kumajelo ethu", "yabelana ngeli nqaku", "yabelana ngeli bali", "ijelo lethu le-youtube",
        ]),
        // (Not the plural "silandeleni" bare: the crowd's chant a report sets on its own line;
        // the singular bare and "share with your friends" count as a cue and a label, below.)
        // Follow us on our pages, on a line of its own with the platforms' names.
        line(Social).max_words(20).phrases(&["silandele kumaphepha ethu"]),
        // The police and every municipality say it in a report ("..., watsho"): a cue.
        cue(Social).phrases(&["silandele kumajelo onxibelelwano ntlalontle"]),
        // A police spokesman's "kwiphepha lethu le-Facebook" in a report: cues.
        cue(Social).phrases(&["amajelo ethu onxibelelwano", "iphepha lethu le-facebook", "thumela kubahlobo bakho"]),
        // A read-also line opens no story's sentence, but an insert runs into its headline:
        // anywhere in a line's opening, with its colon. Without it, "Funda nale ncwadi" (read
        // this book too) opens a books column's line: short lines only.
        line(Related).max_words(24).phrases(&[
            "funda nale:", "funda nezi:", "funda kananjalo:", "funda ngakumbi:", "iindaba ezinxulumeneyo",
            "amanqaku anxulumeneyo", "ezona zifundwa kakhulu", "iindaba ezifundwa kakhulu",
        ]),
        // "Ezinye iindaba zithi ..." (other reports say): short lines only.
        line(Related).max_words(4).phrases(&[
            "funda nale", "iindaba zakutshanje", "iindaba eziphambili",
            "ezifundwa kakhulu", "iindaba ezintsha",
        ]),
        label(Related).phrases(&[
            "funda kananjalo", "funda nezi", "iindaba ezishushu", "funda inqaku elipheleleyo",
            "funda ibali elipheleleyo", "iindaba ezicetyiswayo", "okunye okufundwayo",
        ]),
        // Bios open on a name ("UThando Mali yintatheli ..."), a story says it in passing: the
        // formulas of a republished piece are asks, the bare "yintatheli" a cue.
        ask(Credit).max_words(40).phrases(&[
            "eli nqaku laqala ukupapashwa", "eli bali laqala ukupapashwa",
            "eli nqaku lipapashwe kwakhona ngemvume", "lipapashwe kwakhona ngemvume",
            "eli bali liguqulelwe",
        ]),
        cue(Credit).phrases(&["yintatheli", "yintatheli yethu"]),
        line(Credit).max_words(10).phrases(&[
            "umbhali:", "ibhalwe ngu", "umfanekiso:", "imifanekiso:", "ifoto:", "iifoto:", "umfoti:", "umfanekiso ngu",
            "ifoto ngu", "iguqulelwe ngu", "uguqulelo:", "umguquleli:", "umhleli:", "ihlelwe ngu", "ividiyo:",
            "ingxelo ngu",
        ]),
        // The byline "Ngu-Sipho Mthembu": "Ngu-Sipho owaqala ..." (it was Sipho who began) also
        // opens a story's sentence: a line of a few words only.
        line(Credit).max_words(3).phrases(&["ngu"]),
        line(Credit).max_words(8).phrases(&["ingxelo eyongezelelweyo ngu", "kunye nengxelo evela ku"]),
        line(Credit).max_words(12).phrases(&["qhagamshelana nombhali", "thumela i-imeyile kumbhali"]),
        chrome(Other).at(Any).max_words(8).phrases(&["onke amalungelo agciniwe", "onke amalungelo akhuselwe"]),
        label_any().phrases(&[
            "vala", "hayi okwangoku", "hayi ngoku", "hayi enkosi", "hayi, enkosi", "ndikhumbuze kamva", "kanye",
            "kube kanye", "qhubeka ufunda", "phuma",
            "bhalisa", "bhalisa ngoku", "rhoxisa", "yamkela", "yala", "yamkela zonke", "yala zonke", "iisetingi", "ukhetho olungakumbi", "bona ngakumbi", "gcina ukhetho",
        ]),
        outlet(Donation).phrases(&[
            "iphephandaba elizimeleyo", "iindaba ezizimeleyo", "iziko leendaba elizimeleyo", "ongenzi nzuzo",
            "engenzi nzuzo", "elingenzi nzuzo", "sixhaswa ngabafundi", "ixhaswa ngabafundi bayo",
            "ngaphandle kweentengiso", "simahla kubo bonke", "asithathi cala kwezopolitiko", "asixhaswa ngurhulumente",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["ulungiso:", "uhlaziyo:", "inqaku lomhleli:", "qaphela komhleli:"]),
        notice().at(Any).phrases(&[
            "eli nqaku lihlaziyiwe", "eli nqaku lilungisiwe", "eli bali lihlaziyiwe",
            "inguqulelo yangaphambili yeli nqaku",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // added, explained, according to, in a statement), which no box uses.
        body().phrases(&[
            "utshilo", "batshilo", "watsho", "batsho", "yatsho", "uthe", "wathi", "bathi", "ngokutsho kuka",
            "ngokutsho kwe", "ngokutsho kwamapolisa", "wongeze ngelithi", "wongeze wathi", "uqhube wathi",
            "uqhube ngelithi", "ucacise wathi", "uchaze wathi", "uchaze ukuba", "uqinisekisile", "uqinisekise ukuba",
            "ugxininise", "ulumkise", "ulumkisile", "exelela", "ebexelela", "xa ebethetha", "kwingxelo ekhutshwe",
            "kwingxelo yakhe", "usomlomo", "umthetheli",
        ]),
        // Tips to the newsroom ("Unebali?"), a line of its own ("unebali" bare is also "she has
        // a story" of a profile's sentence); the bare "contact us" is a charity's line in a
        // report too ("Qhagamshelana nathi kule nombolo ..."): a link of its own only.
        line(Other).max_words(25).phrases(&[
            "unebali?", "unebali ofuna ukwabelana ngalo", "sithumelele ibali lakho", "qhagamshelana negumbi leendaba",
        ]),
        label(Other).phrases(&["qhagamshelana nathi", "nxibelelana nathi"]),
        // Site chrome around the story, by page part: the author box (op-eds close on "Umbhali
        // weli nqaku ngumhlohli ..."), the comment section, the disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "ngombhali", "malunga nombhali", "amanye amanqaku ombhali", "onke amanqaku ombhali",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["umbhali weli nqaku", "umbhali wale ngxelo"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["yintatheli ezimeleyo", "ngumbhali ozimeleyo"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["tsiba uye kumxholo", "tsibela kumxholo", "yiya kumxholo oyintloko"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "iphepha elilandelayo", "iphepha elidlulileyo", "iphepha elingaphambili", "xela impazamo", "buyela phezulu",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["ubone impazamo"]),
        ask(Other).part(Navigation).phrases(&["isikhangeli sakho sidala", "vula i-javascript", "vumela i-javascript"]),
        // "Uluvo" (opinion) is a story's word ("uluvo lwakhe"): the comment section's ask on
        // a short line.
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "shiya uluvo", "shiya uluvo lwakho", "bhala uluvo lwakho", "yongeza uluvo", "bona izimvo", "izimvo zivaliwe",
        ]),
        // "Izimvo" is also the opinion section's name: alone on its line, below an anchor's
        // weight.
        // "Izimvo zabafundi zahlukile ..." (the learners' views differ) opens a school story's
        // sentence: a heading's few words only.
        // The comments' heading alone: "Izimvo zabafundi" is also a subheading, learners' views.
        chrome(Other).part(Comments).max_words(1).phrases(&["izimvo"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["izimvo"]),
        label(Other).part(Comments).weight(2.5).phrases(&["izimvo"]),
        ask(Other).part(Comments).phrases(&["ngena ukuze ushiye uluvo", "ngena ukuze uphawule", "imigaqo yezimvo"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["rhoxisa impendulo", "thumela uluvo", "papasha uluvo"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["yiba ngowokuqala ukushiya uluvo", "yiba ngowokuqala ukuphawula"]),
        chrome(Other).part(Comments).max_words(15).phrases(&[
            "idilesi yakho ye-imeyile ayizukupapashwa", "idilesi yakho ye-imeyile ayisayi kupapashwa",
        ]),
        chrome(Other).part(Comments).at(Whole).phrases(&["akukho zimvo okwangoku"]),
        ask(Other).part(Disclaimer).phrases(&[
            "izimvo ezivakaliswe kweli nqaku", "izimvo ezivezwe kweli nqaku", "ziimbono zombhali", "ziluvo lombhali",
        ]),
        cue(Other).part(Disclaimer).phrases(&["azibonakalisi ngokuyimfuneko", "azimeli ngokuyimfuneko"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "eli bali liyinxalenye", "le ngxelo ixhaswe ngu",
            "le ngxelo yenziwe ngenkxaso", "eli nqaku lenziwe ngenkxaso", "le projekthi ixhaswa ngu",
        ]),
        label(Social).phrases(&[
            "yabelana", "kopa ikhonkco", "ikhonkco likopiwe", "thumela nge-imeyile", "yabelana ku-facebook",
            "yabelana ku-whatsapp", "yabelana ku-x", "shicilela eli nqaku",
        ]),
        // A read-aloud player's label, the platforms' embeds.
        chrome(Other).max_words(4).phrases(&["mamela eli nqaku", "mamela eli bali"]),
        chrome(Social).max_words(7).phrases(&["jonga esi sithuba ku-instagram", "bukela ku-youtube", "bukela kuyoutube"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["amanqaku asimahla", "amanqaku amahala", "inqaku lasimahla"]),
        ask(Paywall).max_words(30).phrases(&[
            "eli linqaku lakho lokugqibela elisimahla", "inqaku lakho lokugqibela elisimahla",
            "amanqaku akho asimahla aphelile", "ufikelele kumda wamanqaku asimahla",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["inxalenye eseleyo yeli nqaku", "funda inqaku elipheleleyo", "funda ibali elipheleleyo"]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&[
            "intengiso", "iintengiso", "isibhengezo", "inqaku liyaqhubeka ngezantsi", "iindaba ziyaqhubeka ngezantsi",
            "ibali liyaqhubeka ngezantsi", "ibali liyaqhubeka emva kwentengiso", "inqaku liyaqhubeka emva kwentengiso",
            "umxholo oxhasiweyo", "inqaku elixhasiweyo", "ixhaswe ngu", "intengiso ehlawulelweyo",
        ]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["singafumana ikhomishini", "sinokufumana ikhomishini"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "akuvumelekanga ukukopa ngaphandle kwemvume", "akuvumelekanga ukupapasha kwakhona ngaphandle kwemvume",
        ]),
        // A picture's credit that names no one, a line of its own ("Umfanekiso: Unikezelwe").
        label(Credit).phrases(&[
            "ifoto yefayile", "umfanekiso wefayile", "unikezelwe", "inikezelwe", "ifoto inikezelwe",
            "umfanekiso unikezelwe", "umfanekiso womzekeliso",
        ]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["dlala ividiyo", "bukela ividiyo", "mamela inkqubo"]),
        label(Other).part(Player).weight(2.5).phrases(&["mamela", "bukela", "dlala"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&[
            "iithegi", "amagama angundoqo", "izihloko", "imixholo", "izihloko ezinxulumeneyo",
        ]),
        // A line of the bank details under an ask ("Inombolo ye-akhawunti: 0123456789").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "inombolo ye-akhawunti", "inombolo yeakhawunti", "igama le-akhawunti", "igama leakhawunti",
            "ikhowudi yesebe", "ibhanki:", "isalathiso:", "uhlobo lwe-akhawunti", "umnini-akhawunti",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "idilesi ye-imeyile", "idilesi yeimeyile", "idilesi ye-email", "faka idilesi yakho ye-imeyile",
            "bhalisela ileta yeendaba", "ndifuna ukufumana ileta yeendaba",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["i-imeyile", "imeyile", "i-email"]),
        label(Subscription).phrases(&[
            "rhuma", "rhuma ngoku", "khetha ipakethe", "bona iipakethe", "qalisa uvavanyo lwasimahla", "zama simahla",
            "hlawula ngoku", "sele unomrhumo? ngena",
        ]),
        label(App).phrases(&[
            "khuphela ngoku", "yifumane ku-google play", "yifumane ku-app store",
            "vula kwi-app", "vula i-app",
        ]),
        label(Donation).phrases(&[
            "nikela", "nikela ngoku", "nikela namhlanje", "xhasa", "xhasa ngoku", "sixhase", "yenza umnikelo",
            "umnikelo wenyanga", "umnikelo wanyanga zonke", "kanye qha", "qhubeka uye kwintlawulo", "esinye isixa",
        ]),
        // (Not "inkxaso" alone: a grant story's subhead.)
        label(Donation).weight(EDGE_WEIGHT).phrases(&["umnikelo"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "ngokubhalisa, uyavuma", "ngokubhalisa uyavuma", "ungarhoxa nanini na", "asisoze sabelane ngedilesi yakho",
            "ndiyavumelana nomgaqo-nkqubo", "ndiyavuma kwimiqathango", "jonga ibhokisi yakho ye-imeyile",
            "khangela ibhokisi yakho ye-imeyile",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ufuna iindaba ezingakumbi ezinje", "ufuna ukufunda ngakumbi", "awufuni ukuphoswa ziindaba",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["imifanekiso"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "umfanekiso olandelayo", "umfanekiso odlulileyo", "isikrini esipheleleyo", "vala imifanekiso",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["bona yonke imifanekiso", "jonga yonke imifanekiso"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["uhlaziyo", "ngqo"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ngqo ngoku", "uhlaziyo lwamva nje"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["layisha uhlaziyo olungakumbi", "silandele ngqo"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["shicilela", "guqulela", "printa"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ubungakanani bombhalo", "gcina inqaku"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["funda ngesingesi"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ividiyo"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["cima isandi", "layita isandi"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row,
        // and its ask ("izaziso" alone is also a government's notices).
        label_any().phrases(&["vumela hayi okwangoku", "hayi okwangoku vumela", "vumela kamva"]),
        cue(App).phrases(&["vula izaziso", "vumela izaziso", "fumana izaziso"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["ndifuna ukuxhasa", "ndifuna ukunikela", "sele ndixhasa", "sele ndinikele"]),
        label(Membership).phrases(&["ndifuna ukuba lilungu"]),
        label(Subscription).phrases(&["ndifuna ukurhuma", "sele ndirhumile", "sele ndibhalisile"]),
        // Mended after an adversarial review, whose stories said these too: a union leader's
        // "become a member", a pastor's "your offering helps us", a traveller's "before you
        // go", a municipality's WhatsApp channel, a police "follow us", a cookie-law story's
        // quotes, a learner who logs in "to go on studying". Cues, lines of their own, or a
        // block's opening only.
        cue(Membership).phrases(&["yiba lilungu", "yiba lilungu lethu", "joyina namhlanje"]),
        cue(Donation).phrases(&[
            "umnikelo wakho usinceda", "sidinga uncedo lwakho", "siyakudinga", "inkxaso yakho isinceda",
            "ngaphambi kokuba uhambe", "phambi kokuba uhambe", "ungakahambi", "sixhase namhlanje", "xhasa umsebenzi wethu",
        ]),
        ask(Cookie).at(Start).max_words(30).phrases(&["sisebenzisa ii-cookies", "sisebenzisa iicookies", "sisebenzisa iikhukhi"]),
        label(Cookie).phrases(&["yamkela zonke ii-cookies", "yamkela zonke iikhukhi"]),
        label(Social).phrases(&["yabelana nabahlobo bakho"]),
        cue(Social).phrases(&["ijelo lethu le-whatsapp", "joyina ijelo lethu le-whatsapp", "silandele"]),
        cue(Paywall).weight(2.0).phrases(&["ngena ukuze uqhubeke ufunda", "ngena ukuze uqhubeke nokufunda"]),
        cue(Other).phrases(&["eli nqaku liguqulelwe"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["bukela kananjalo:", "iindaba ezinxulumeneyo:", "amanqaku anxulumeneyo:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["mamela ngqo"]),
        label(Social).phrases(&["joyina ijelo"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["sithumelele iifoto", "sithumelele iindaba zakho"]),
        label(Other).phrases(&["thumela iindaba", "thumela ibali"]),
        label(Ad).phrases(&["thenga amatikiti"]),
        ask(Ad).max_words(35).phrases(&["sifuna intatheli", "sifuna iintatheli", "joyina iqela lethu"]),
    ],
    // "thina" (we) and the possessives of the noun classes ("umsebenzi wethu", our work;
    // "iindaba zethu", our news). Not "kuthi" (to us): isiZulu's "to say", one of its
    // commonest words; nor "nathi" (with us), a first name.
    we: &["thina", "yethu", "wethu", "lethu", "zethu", "sethu", "bethu", "kwethu"],
    // isiXhosa has no polite register but the plural, which addresses many readers. "wena"
    // (you) is also Sesotho's and Setswana's, "nina" (you all) Swahili's "I have" and a first
    // name, "kuwe" (to you) Swahili's "that there be", "kuni" Swahili's "firewood": the
    // possessives of the noun classes ("inkxaso yakho", your support) and "nonke" (all of
    // you) stand in. ("yenu", "wenu", "lenu" are the Swahili pack's "your" too, the same
    // reader.)
    you: &[
        "yakho", "wakho", "lakho", "zakho", "sakho", "kwakho", "bakho", "yenu", "wenu", "lenu", "zenu", "nonke",
    ],
};
