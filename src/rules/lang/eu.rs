//! Basque.
//!
//! Written from how Basque news sites, local papers, broadcasters, magazines and NGOs word
//! their page furniture and appeals in general (not one site's wording). Basque glues its
//! case endings and article to the last word of a noun phrase ("buletina", "buletinera",
//! "buletinean"), so a formula is listed in the forms boxes print (the imperative of a
//! button, "egin zaitez bazkide"; the absolutive of a heading, "lotutako albisteak") and
//! single words as stems ("harpide*" holds "harpidetu", "harpidetza", "harpideduna"). Words
//! that news uses as often as boxes do are cues, or anchors only at a short block's start:
//! "babestu" is also to protect ("ingurumena babestu"), "laguntza" also aid and subsidies
//! ("Jaurlaritzaren laguntzak"), "ekarpen" any contribution ("ekarpen handia egin du"),
//! "bazkide" a club's members (Athletic's "bazkideak"), "egilea" also a crime's perpetrator,
//! "buletin" a radio news bulletin, "hilean" also "last month" ("joan den hilean").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "eu",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 minutuko irakurketa";
        // "Irakurtzeko denbora: 4 minutu", a label before the minutes, is the reading-time
        // heuristic's in any language).
        chrome(Other).at(Any).max_words(6).phrases(&["irakurketa-denbora", "irakurketa denbora", "minutuko irakurketa"]),
        // "Lagundu gaitzazu", "babestu gaitzazu", "zure laguntza behar dugu" are also "help
        // us", "protect us", "we need your help" in a quote (a protest's cry, a mayor's call): below an anchor's weight, or a very short line's.
        header(Donation).weight(2.5).max_words(14).phrases(&["lagundu gaitzazu", "lagun iezaguzu", "lagundu iezaguzu"]),
        // (A fundraiser's story heads its sections with the campaign's slogan.)
        // (And "we need your support" closes the outlet's own page on its funding, told in
        // its voice: a heading's short line, above, or a cue.)
        cue(Donation).phrases(&["zure laguntza behar dugu", "zure babesa behar dugu", "zure ekarpena behar dugu"]),
        header(Donation).weight(3.0).max_words(6).phrases(&["babestu gaitzazu"]),
        header(Donation).max_words(14).phrases(&[
            "babestu kazetaritza independentea", "babestu euskarazko kazetaritza", "babestu kazetaritza askea", "zure babesa behar dugu",
            "zure ekarpena behar dugu", "eman zure babesa",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "egin dohaintza bat", "egin ezazu dohaintza", "egin zure dohaintza", "egin zure ekarpena", "egin ekarpen bat",
            "egin ezazu ekarpen bat", "babestu gure kazetaritza", "babestu gure lana", "lagundu gure lana",
            "babestu kazetaritza independentea", "lagundu kazetaritza independentea", "babestu euskarazko kazetaritza",
            "aukeratu zenbatekoa", "aukeratu kopurua", "aukeratu zure ekarpena", "egin zaitez babesle", "egin zaitez laguntzaile", "zure ekarpenari esker",
            "zure babesari esker",
        ]),
        cue(Donation).phrases(&[
            "zure laguntza", "zure babesa", "zure ekarpena", "zure dohaintza", "kazetaritza independentea",
            "kazetaritza independentearen", "kazetaritza askea", "euskarazko kazetaritza", "gure lana", "gure kazetaritza",
            "hileko ekarpena", "hileroko ekarpena", "ekarpen puntuala", "dohaintza puntuala",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["euro hilean", "euro hilero", "euro urtean"]),
        // Not "emaile*": "lan-emaileak" (employers), after its hyphen.
        cue(Donation).weight(0.5).phrases(&["dohaintz*", "ekarpen*", "babesle*", "mezenasgo*"]),
        salutation(Donation).max_words(6).phrases(&[
            "irakurle maitea", "irakurle maiteak", "irakurle estimatua", "irakurle estimatuak", "irakurle agurgarria",
            "irakurle agurgarriak", "irakurleok", "harpidedun maitea",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "gustatu zaizu artikulu hau", "gustatu zaizu albiste hau", "gustatu zaizu erreportaje hau",
            "gustuko duzu gure lana", "gustuko duzu egiten duguna",
        ]),
        // "Become a member" heads a club's or a youth centre's membership drive in a story as
        // often as a box: the button's whole line is a label (below), elsewhere a cue.
        cue(Membership).phrases(&["egin zaitez bazkide", "bazkide egin zaitez", "bazkidetu zaitez"]),
        ask(Membership).phrases(&[
            "batu zaitez gure komunitatera",
            "egin bat gure komunitatearekin", "izan zaitez gure komunitatearen parte", "zatoz gure komunitatera",
        ]),
        cue(Membership).weight(0.5).phrases(&["bazkide*"]),
        ask(Subscription).phrases(&[
            "egin zaitez gure harpidedun", "harpidedun egin zaitez", "harpidetu zaitez", "harpidetu orain",
            "dagoeneko harpideduna zara", "harpideduna zara", "harpidedun zara", "probatu doan",
        ]),
        // The names of the offer, which a story on a paper's prices names too ("harpidetza
        // digitala 9 euro da hilean"), even in a short line: cues.
        cue(Subscription).weight(2.0).phrases(&["harpidetza digitala", "harpidetza digitalarekin", "sarbide osoa", "sarbide mugagabea"]),
        cue(Subscription).phrases(&["harpide*"]),
        // "Irakurtzen jarraitzeko" is also any "to go on reading" ("irakurtzen jarraitzeko
        // gogoa"), "harpidedunentzat soilik" a streaming service's news ("eduki berria
        // harpidedunentzat soilik izango da"): with the wall's verb, or a short line's start.
        ask(Paywall).weight(3.5).phrases(&[
            "irakurtzen jarraitzeko, harpidetu", "irakurtzen jarraitzeko harpidetu", "irakurtzen jarraitzeko, hasi saioa",
            "irakurtzen jarraitzeko hasi saioa", "irakurtzen jarraitzeko, egin zaitez", "irakurtzen jarraitzeko, erregistratu",
            "harpidetu irakurtzen jarraitzeko", "erregistratu irakurtzen jarraitzeko", "irakurtzen jarraitu nahi baduzu",
            "artikulu hau harpidedunentzat da", "albiste hau harpidedunentzat da", "eduki hau harpidedunentzat da",
            "artikulu hau harpidedunentzat soilik", "albiste hau harpidedunentzat soilik", "eduki hau harpidedunentzat soilik",
            "hasi saioa irakurtzeko", "hasi saioa irakurtzen jarraitzeko", "doako artikuluen muga", "artikulu hau blokeatuta dago",
            "desblokeatu artikulu hau",
        ]),
        ask(Paywall).at(Start).max_words(12).phrases(&[
            "harpidedunentzat soilik", "harpidedunentzat bakarrik", "harpidedunentzako soilik", "harpidedunentzako edukia",
        ]),
        cue(Paywall).phrases(&["irakurtzen jarraitzeko", "harpidedunentzat soilik", "harpidedunentzako edukia"]),
        // "... 5 artikulu irakurri dituzu": the meter's verb closes its sentence.
        ask(Paywall).max_words(20).phrases(&["artikulu irakurri dituzu", "albiste irakurri dituzu"]),
        ask(Newsletter).phrases(&[
            "harpidetu gure buletinera", "harpidetu buletinera", "eman izena gure buletinean", "izena eman gure buletinean",
            "jaso gure buletina", "jaso albisteak zure postontzian", "jaso albisteak zure posta elektronikoan",
            "idatzi zure helbide elektronikoa", "sartu zure helbide elektronikoa", "eskerrik asko harpidetzeagatik",
            "berretsi zure harpidetza", "egiaztatu zure helbide elektronikoa",
        ]),
        cue(Newsletter).phrases(&[
            "buletin*", "pribatutasun politika*", "pribatutasun-politika*",
        ]),
        // (An organisation's "gure buletinean argitaratu genuen" in a quote: a cue.)
        cue(Newsletter).weight(2.0).phrases(&["gure buletin*", "zure postontzian", "zure posta elektronikoan", "zure sarrera-ontzian"]),
        ask(App).phrases(&[
            "deskargatu gure aplikazioa", "jaitsi gure aplikazioa", "deskargatu gure app-a",
            "instalatu gure aplikazioa", "deskargatu doan gure aplikazioa",
        ]),
        cue(App).phrases(&["gure aplikazio*", "gure app-a", "app store-n", "google play-n", "deskargatu aplikazioa"]),
        // A how-to story's step too ("Deskargatu aplikazioa eta sartu zure datuak"): a very
        // short line's start only.
        ask(App).at(Start).max_words(4).phrases(&["deskargatu aplikazioa"]),
        ask(Cookie).phrases(&[
            "cookiak erabiltzen ditugu", "kukiak erabiltzen ditugu", "cookie-ak erabiltzen ditugu",
            "webgune honek cookieak erabiltzen ditu", "webgune honek cookiak erabiltzen ditu", "webgune honek kukiak erabiltzen ditu",
            "cookieen erabilera onartzen", "cookien erabilera onartzen", "kukien erabilera onartzen",
            "cookie politika", "cookie-politika", "cookieen politika", "cookien politika", "kukien politika",
            "cookieen ezarpenak", "cookien ezarpenak", "kukien ezarpenak", "cookie ezarpenak", "cookieen konfigurazioa",
            "nabigatzen jarraitzen baduzu",
        ]),
        // Not "kuki*": Finnish "kukin" (each).
        cue(Cookie).phrases(&["cookieak", "cookieen", "cookiak", "cookien", "kukiak", "kukien", "kukiei", "cookie-ak"]),
        cue(Cookie).phrases(&["nabigazio-esperientzia", "nabigazio esperientzia", "zure lehentasunak"]),
        // "Jarraitu" alone is also to continue, "partekatu" any sharing: with their objects.
        ask(Social).phrases(&[
            "jarraitu gaitzazu sare sozialetan", "jarraitu gaitzazu facebooken", "jarraitu gaitzazu instagramen",
            "jarraitu gaitzazu twitterren", "jarraitu gaitzazu x-en", "jarrai gaitzazu", "partekatu albiste hau",
            "partekatu artikulu hau", "partekatu facebooken", "partekatu twitterren", "partekatu whatsappen", "kopiatu esteka", "esteka kopiatuta", "bidali lagun bati",
            "gure whatsapp kanala", "gure telegram kanala", "batu zaitez gure kanalera",
        ]),
        line(Related).max_words(24).phrases(&[
            "irakurri ere", "irakurri halaber", "ikus halaber", "ikus, halaber", "ikusi ere", "lotutako artikuluak",
            "lotutako edukiak", "aurreko albistea", "hurrengo albistea", "aurreko artikulua", "hurrengo artikulua",
            "hau ere interesatuko zaizu", "interesatuko zaizu", "zuretzat gomendatuak", "baliteke hau ere interesatzea",
        ]),
        line(Related).max_words(3).phrases(&["azken albisteak"]),
        line(Related).max_words(6).phrases(&[
            "artikulu gehiago", "gehien ikusiak", "gehien partekatuak", "beste albiste batzuk",
            "antzeko albisteak", "gai honi buruz gehiago",
        ]),
        line(Related).max_words(24).phrases(&["gehiago irakurtzeko:", "lotuta:"]),
        label(Related).phrases(&[
            "irakurri ere", "irakurrienak", "lotutako edukiak", "lotutako artikuluak", "lotutakoak", "azken albisteak", "gomendatuak",
            "zuretzat gomendatuak", "ez galdu", "interesatuko zaizu", "hau ere interesatuko zaizu", "gehien ikusiak",
            "gehien partekatuak", "nabarmenduak", "azkenak", "gai honi buruz gehiago", "antzeko albisteak",
            "antzeko artikuluak", "lotutako bidalketak", "azken bidalketak", "azken sarrerak", "ikusi ere",
        ]),
        // A bio's "X kazetaria da" is also a story's ("atxilotua kazetaria da"): cues.
        cue(Credit).phrases(&["kazetaria da", "erredaktorea da", "berriemailea da", "zutabegilea da"]),
        // A republication credit ("Artikulu hau jatorriz The Conversation-en argitaratu zen")
        // reads as a law's or a book's history ("Konstituzioaren artikulu hau jatorriz ..."): cues.
        cue(Credit).phrases(&["artikulu hau jatorriz", "testu hau jatorriz", "erreportaje hau jatorriz", "elkarrizketa hau jatorriz"]),
        line(Credit).max_words(10).phrases(&[
            "argazkia:", "argazkiak:", "argazkilaria:", "testua:", "idazlea:", "bideoa:", "grafikoa:", "infografia:",
            "itzulpena:", "itzultzailea:", "edizioa:", "erredakzioa:", "irudia:", "irudiak:", "iturria:",
            "testua eta argazkiak:", "hitzak:",
        ]),
        chrome(Other).max_words(10).phrases(&["eskubide guztiak erreserbatuta", "eskubide guztiak gordeta", "eskubide guztiak erreserbatuak"]),
        // (Not "itxi", close: also "closed", a headline's word.)
        label_any().phrases(&[
            "orain ez", "ez, eskerrik asko", "ez eskerrik asko", "geroago", "beranduago", "gogorarazi geroago",
            "onartu", "ukatu", "baztertu", "jarraitu", "behin", "behin bakarrik", "hilero", "urtero", "hasi saioa", "saioa hasi",
            "erregistratu", "erregistratu zaitez", "ulertuta", "gorde", "ezeztatu", "utzi", "ezarpenak", "konfiguratu",
            "agian geroago", "onartzen dut", "ez dut onartzen", "jarraitu irakurtzen", "irakurri geroago",
        ]),
        outlet(Donation).phrases(&[
            "hedabide independentea", "hedabide independente bat", "komunikabide independentea", "hedabide askea",
            "euskarazko hedabide independentea", "publizitaterik gabe", "iragarkirik gabe", "ordainketa-hormarik gabe",
            "ordainketa hormarik gabe", "doan eta denontzat", "guztiontzat doan", "irakurleek finantzatua",
            "irakurleek finantzatutako", "irabazi asmorik gabeko", "irabazi asmorik gabe",
        ]),
        cue(Donation).weight(2.0).phrases(&[
            "irakurleen babesari esker", "irakurleen ekarpenei esker", "ekarpen bakoitzak garrantzia du",
            "ekarpen guztiak dira garrantzitsuak", "ahal duzuna eman", "nahi duzun zenbatekoa", "edozein zenbateko",
            "beste zenbateko bat",
        ]),
        ask(Paywall).max_words(30).phrases(&[
            "hau da zure doako azken artikulua", "zure doako azken artikulua", "doako artikulu guztiak irakurri dituzu",
            "doako artikuluen mugara iritsi zara", "doako artikuluen mugara heldu zara",
        ]),
        // Paywall meters: the count's noun phrase ("3 doako artikulu geratzen zaizkizu").
        cue(Paywall).weight(2.5).max_words(25).phrases(&[
            "doako artikulu", "doako albiste", "geratzen zaizkizu", "geratzen zaizu", "doako artikulua", "doako artikuluak",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&[
            "artikuluaren gainerakoa", "irakurri artikulu osoa", "irakurri albiste osoa", "albiste osoa irakurtzeko",
            "artikulu osoa irakurtzeko",
        ]),
        cue(Subscription).phrases(&[
            "paperezko edizioa", "edizio digitala", "egunkaria etxean", "opari harpidetza", "oparitu harpidetza",
        ]),
        cue(Subscription).weight(2.0).phrases(&["nahi duzunean baja eman", "iraunkortasunik gabe", "eduki guztietarako sarbidea", "edukietarako sarbide osoa"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row,
        // and its ask.
        label_any().phrases(&[
            "baimendu orain ez", "orain ez baimendu", "baimendu geroago", "geroago baimendu", "baimendu blokeatu",
            "blokeatu baimendu", "baimendu ez, eskerrik asko",
        ]),
        cue(App).phrases(&["aktibatu jakinarazpenak", "jaso jakinarazpenak", "push jakinarazpenak"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "gailu batean informazioa gorde", "gailu batean informazioa biltegiratu", "iragarki eta eduki pertsonalizatuak",
            "iragarkien eta edukien neurketa", "iragarki eta edukien neurketa",
        ]),
        // (Also a club's or a co-operative's "we and our members": a cue.)
        cue(Cookie).phrases(&["guk eta gure bazkideek"]),
        // (Buttons only: "proposamen guztiak onartu dituzte", the parties passed every motion.)
        label_any().phrases(&[
            "onartu denak", "denak onartu", "baztertu denak", "aukera gehiago", "onartu eta itxi", "gorde eta irten",
            "guztiak onartu", "baztertu guztiak", "guztiak baztertu", "ukatu guztiak",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&[
            "zuzenketa:", "eguneratzea:", "eguneratua:", "erredakzioaren oharra:", "editorearen oharra:", "ohar editoriala:",
        ]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&[
            "albiste hau eguneratu egin da", "artikulu hau eguneratu egin da", "albiste hau zuzendu egin da",
            "artikulu hau zuzendu egin da", "albiste honen aurreko bertsio batean", "artikulu honen aurreko bertsio batean",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (has said,
        // said, explained, according to, as X said), which no box uses.
        body().phrases(&[
            "esan du", "esan zuen", "esan dute", "esan zuten", "esan dio", "esan zion", "esan die", "esan zien", "esan diete",
            "esan digu", "eskatu du", "eskatu dute", "eskatu zuen", "eskatu zuten", "eskatu dio", "eskatu die", "eskatu diote",
            "eskatu zion", "eskatu zien", "eskatu zioten", "oihukatu zuten", "oihukatu dute", "erantzun du", "erantzun zuen",
            "galdetu du", "galdetu zuen", "kritikatu du", "defendatu du", "azaldu dio", "azaldu digu", "adierazi dio",
            "adierazi digu", "nabarmendu dute", "iragarri dute", "jakinarazi dute", "baieztatu dute", "gaineratu dute",
            "adierazi du", "adierazi zuen", "adierazi dute", "azaldu du", "azaldu zuen", "azaldu dute", "nabarmendu du", "nabarmendu zuen", "gaineratu du",
            "gaineratu zuen", "erantsi du", "ziurtatu du", "ziurtatu zuen", "salatu du", "salatu zuen", "salatu dute",
            "ohartarazi du", "aitortu du", "aitortu zuen", "ukatu du", "iragarri du", "iragarri zuen", "jakinarazi du",
            "jakinarazi zuen", "baieztatu du", "baieztatu zuen", "zehaztu du", "gogorarazi du", "argitu du", "idatzi du",
            "arabera", "dioenez", "zioenez", "esan duenez", "adierazi duenez", "azaldu duenez", "elkarrizketa batean",
            "prentsaurrekoan",
        ]),
        // Tips to the newsroom ("Albiste bat duzu?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "albiste bat duzu", "albisteren bat duzu", "bidali zure albistea", "bidali iezaguzu zure albistea",
            "bidali iezaguzu zure argazkia",
        ]),
        line(Credit).max_words(12).phrases(&["jarri harremanetan kazetariarekin", "jarri harremanetan erredakzioarekin", "idatzi egileari"]),
        // Site chrome around the story, by page part: the author box (op-eds close on
        // "Artikulu honen egilea EHUko irakaslea da"; not "egilea" alone, a crime's
        // perpetrator), the comment section, the disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "egileari buruz", "idazleari buruz", "egilearen beste artikulu", "egilearen artikulu guztiak",
            "egile honen beste artikuluak",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "artikulu honen egilea", "artikuluaren egilea", "testu honen egilea", "iritzi-artikulu honen egilea",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["kazetari independentea da", "kazetaria eta idazlea da"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "joan edukira", "joan eduki nagusira", "edukira joan", "eduki nagusira joan", "salto egin edukira",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "hurrengo orria", "aurreko orria", "jakinarazi akatsa", "jakinarazi akats bat", "akats baten berri eman",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["akats bat ikusi duzu", "akatsen bat aurkitu duzu", "akatsen bat ikusi duzu"]),
        ask(Other).part(Navigation).phrases(&[
            "zure nabigatzailea zaharkituta dago", "gaitu javascript", "aktibatu javascript", "javascript gaitu",
        ]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "utzi iruzkin bat", "idatzi iruzkin bat", "utzi zure iruzkina", "ikusi iruzkinak", "erakutsi iruzkinak",
            "iruzkinak itxita daude", "utzi erantzun bat",
        ]),
        ask(Other).part(Comments).phrases(&[
            "hasi saioa iruzkina idazteko", "saioa hasi iruzkinak idazteko", "iruzkinak moderatu egiten dira",
            "iruzkinen arauak", "parte hartzeko arauak", "iruzkinen edukiaren erantzukizuna",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["ezeztatu erantzuna", "bidali iruzkina", "ezkutatu iruzkinak"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["izan zaitez iruzkina egiten lehena", "izan iruzkina egiten lehena"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["derrigorrezko eremuak", "beharrezko eremuak"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["zure helbide elektronikoa ez da argitaratuko", "zure e-posta helbidea ez da argitaratuko"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["iruzkinak itxita", "gehitu iruzkina"]),
        ask(Other).part(Disclaimer).phrases(&[
            "sinatutako artikuluen edukia", "iritzi-artikuluen edukia", "iritzi artikuluen edukia",
        ]),
        cue(Other).part(Disclaimer).phrases(&["egileen erantzukizuna dira", "ez du zertan bat etorri", "ez dute zertan bat etorri", "ez du nahitaez islatzen"]),
        // A read-aloud player's label, the platforms' own embed fallbacks.
        chrome(Other).max_words(4).phrases(&["entzun albistea", "entzun artikulua", "entzun albiste hau", "entzun artikulu hau"]),
        chrome(Social).max_words(5).phrases(&["ikusi youtuben", "ikusi youtube-n"]),
        chrome(Social).max_words(7).phrases(&["ikusi argitalpen hau instagramen", "ikusi argitalpen hau instagram-en"]),
        // A tag row's label, alone on its line or heading its tags. (Not "etiketak": as a tag
        // label of a pack, its row would no longer take the headlines under it.)
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["gaiak", "hitz gakoak", "gai-etiketak"]),
        // The label of an ad slot, and the line under it that says the story goes on below.
        label(Ad).phrases(&[
            "publizitatea", "iragarkia", "albisteak iragarkiaren ondoren jarraitzen du", "artikuluak iragarkiaren ondoren jarraitzen du",
            "albisteak publizitatearen ondoren jarraitzen du", "artikuluak publizitatearen ondoren jarraitzen du",
        ]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["babestutako edukia", "eduki babestua", "publierreportajea", "elkarlanean", "babeslea:"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["komisio bat jaso dezakegu", "komisioa jaso dezakegu", "esteka afiliatuak"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "erreprodukzioa debekatuta dago", "baimenik gabe erreproduzitzea debekatuta dago",
            "erreprodukzio osoa edo partziala debekatuta dago",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&[
            "artxiboko argazkia", "artxiboko irudia", "utzitako argazkia", "utzitako irudia", "pantaila-argazkia",
            "pantaila argazkia", "irudi ilustratiboa", "argazki ilustratiboa",
        ]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["erreproduzitu bideoa", "ikusi bideoa", "bideoa ikusi"]),
        label(Other).part(Player).weight(2.5).phrases(&["bideo-erreproduzitzailea", "audio-erreproduzitzailea", "entzun"]),
        // A line of the bank details under an ask ("Kontu-zenbakia: ES12 ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "kontu-zenbakia", "kontu zenbakia", "kontuaren titularra", "kontzeptua:", "banku-kontua", "banketxea:",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "eman izena", "izena eman", "harpidetu nahi dut", "idatzi zure helbide elektronikoa hemen",
            "zure posta elektronikoa", "eman izena buletinean", "zure e-posta helbidea", "e-posta helbidea", "harpidetu",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["helbide elektronikoa", "posta elektronikoa", "e-posta", "bidali"]),
        label(Subscription).phrases(&[
            "harpidetza", "ikusi eskaintzak", "ikusi eskaintza", "ikusi planak", "hautatu plana", "aukeratu plana", "harpideduna naiz",
            "harpidedun zara? hasi saioa", "dagoeneko harpideduna naiz", "harpidetu doan",
        ]),
        label(App).phrases(&[
            "deskargatu app store-n", "eskuratu google play-n", "deskargatu google play-n", "ireki aplikazioan",
            "ireki aplikazioa", "instalatu aplikazioa", "app store-n eskuragarri", "google play-n eskuragarri",
        ]),
        label(Donation).phrases(&[
            "lagundu", "lagundu orain", "dohaintza egin", "egin ekarpena", "ekarpena egin", "babestu",
            "babestu orain", "beste kopuru bat", "lagundu nahi dut", "dagoeneko laguntzen dut", "ekarpena egin nahi dut",
            "hileroko ekarpena",
        ]),
        label(Membership).phrases(&[
            "bazkide egin nahi dut", "bazkidea naiz", "dagoeneko bazkidea naiz", "bazkidetu", "egin zaitez bazkide",
        ]),
        label(Social).phrases(&[
            "partekatu albistea", "partekatu artikulua", "esteka kopiatu da", "bidali posta elektronikoz",
            "posta elektronikoz bidali", "partekatu x-en", "partekatu linkedinen", "inprimatu artikulua", "inprimatu albistea",
        ]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["inprimatu"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "harpidetzean, onartzen duzu", "harpidetzean onartzen duzu", "izena ematean, onartzen duzu", "izena ematean onartzen duzu",
            "edozein unetan baja eman dezakezu", "baja eman dezakezu edozein unetan", "irakurri eta onartzen dut",
            "pribatutasun-politika onartzen dut", "pribatutasun politika onartzen dut", "begiratu zure postontzia",
            "webgune hau recaptcha bidez babestuta dago",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "gustatu zaizu", "gehiago jakin nahi duzu", "ez duzu ezer galdu nahi", "horrelako albiste gehiago nahi dituzu",
            "baliagarria izan zaizu", "lagungarria izan zaizu",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["argazki-galeria", "irudi-galeria"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "hurrengo argazkia", "aurreko argazkia", "pantaila osoa", "ireki galeria", "itxi galeria", "hurrengo irudia",
            "aurreko irudia",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["ikusi argazki guztiak", "argazki galeria"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["eguneratu", "finkatua"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&[
            "zuzenean", "azken eguneratzeak", "kargatu gehiago", "ikusi zuzenean", "zuzeneko jarraipena", "mezu finkatua",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["minutuz minutu", "jarraitu zuzenean"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["letra-tamaina", "itzuli"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["gorde artikulua", "handitu letra", "txikitu letra", "letra tamaina"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["erreproduzitu", "azpitituluak", "isilarazi"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["erreprodukzio automatikoa", "aktibatu soinua", "erreprodukzio-abiadura"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&[
            "gure kazetaritza baloratzen duzu", "gure lana baloratzen duzu", "baliagarria izan zaizu artikulu hau",
            "lagungarria izan zaizu albiste hau",
        ]),
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "eskerrik asko irakurtzeagatik", "mila esker irakurtzeagatik", "honaino iritsi bazara", "hona iritsi bazara",
        ]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"), and the sponsor's.
        label(Donation).phrases(&["babesle egin nahi dut", "babeslea naiz", "laguntzailea naiz"]),
        // The tip of a pledge to the press's code, in a footer: below an anchor's weight.
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["kode deontologikoa betetzen", "kode deontologikoarekin bat"]),
        // Series blurbs that open or close a block ("This is the first part of a series").
        line(Other).max_words(45).phrases(&[
            "sail honen lehen atala", "sail honen bigarren atala", "sail honen hirugarren atala", "sail honen azken atala",
            "sail honen lehen zatia", "sail honen azken zatia",
        ]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["irakurri ere:", "irakurri ere bai:", "ikusi ere bai:", "ikus ere:", "gehiago irakurri:", "lotutako albisteak:", "lotutako berriak:", "erlazionatutako albisteak:", "interesatuko zaizu:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["entzun zuzenean", "ikusi zuzenean", "irratia zuzenean entzun"]),
        ask(Social).max_words(30).phrases(&["gure whatsapp kanal*", "gure telegram kanal*", "batu zaitez gure whatsapp kanalera", "jarraitu gure kanala", "jarraitu gaitzazu whatsappen", "jarraitu gaitzazu telegramen"]),
        label(Social).phrases(&["batu kanalera", "kanalera batu"]),
        line(Subscription).max_words(10).phrases(&["irakurri edizio digitala", "irakurri gaurko egunkaria", "kontsultatu paperezko edizioa"]),
        label(Subscription).phrases(&["edizio digitala", "paperezko edizioa"]),
        ask(Other).part(Comments).max_words(60).phrases(&["iruzkin iraingarriak ezabatu egingo dira", "iruzkinak ezabatzeko eskubidea", "erregistratutako erabiltzaileek bakarrik"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["bidali iezaguzu zure argazkiak", "bidali zure argazkiak eta bideoak", "idatzi erredakzioari"]),
        label(Other).phrases(&["bidali albistea", "bidali albiste bat"]),
        ask(Ad).max_words(35).phrases(&["erosi zure sarrerak", "bozkatu zure gogokoena"]),
        label(Ad).phrases(&["erosi sarrerak"]),
        ask(Ad).max_words(35).phrases(&["kazetari baten bila gabiltza"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["zure helbide elektronikoa ez da argitaratuko", "zure iruzkina moderazioaren zain dago"]),
        label(Other).part(Comments).phrases(&["utzi erantzuna"]),
    ],
    // "zuen" (your, plural) is also the past auxiliary ("esan zuen"), in every other
    // sentence: left out, as "hi", "hire" (the familiar hitanoa, English words too).
    we: &["gu", "guk", "gure", "guri", "gurekin", "guretzat", "gaitzazu"],
    // (Not the bare "zu": German "zu" is one of that language's commonest words, and a
    // pronoun that is one sends every German text to the language test, a sixth of the text
    // path's time. Its other forms carry the address.)
    you: &[
        "zuk", "zure", "zuri", "zuretzat", "zurekin", "zuek", "zuei", "zuentzat", "duzu", "baduzu", "dezakezu",
        "zaitez", "ezazu", "iezaguzu", "zaizu",
    ],
};
