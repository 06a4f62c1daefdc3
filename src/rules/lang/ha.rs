//! Hausa.
//!
//! Written from how Hausa news sites (Nigeria, Niger, the international broadcasters' Hausa
//! services), local papers, radio stations, magazines and NGOs word their page furniture and
//! appeals in general (not one site's wording), in the Latin script (boko). Sites write the
//! hooked letters (ɓ, ɗ, ƙ) or leave the hooks off ("ƙarin"/"karin", "ɗinka"/"dinka"), and the
//! apostrophe of "ra'ayi", "a'a", "jam'iyya" straight or curly: the rows that need them are
//! listed each way. "'yan" (sons of, people of) is written from its "y" (the matcher starts a
//! word after the apostrophe). The possessive of "we" and "you" is glued to its noun
//! ("aikinmu", our work; "tallafinka", your support) or written apart ("aikin mu"): both.
//!
//! News uses the appeal's words every day: "tallafi" is also the fuel subsidy ("tallafin man
//! fetur") and any aid, "gudummawa" any contribution ("ya ba da gudummawar naira miliyan"),
//! "rajista" the voters' registration ("INEC ta bukaci jama'a su yi rajista"), "mai zaman
//! kanta" the electoral commission and every NGO ("ƙungiyoyi masu zaman kansu"), "sauke" also
//! to dismiss from office ("an sauke shi daga mukaminsa"), "raba" to distribute ("raba kayan
//! abinci"), "rufe" to close a school or a border, "ci gaba" development, "kai tsaye"
//! directly, "daga baya" later, "sharhi" the broadcasters' analysis pieces, and an organiser's
//! or a politician's "ku tallafa mana" (help us) or "ku biyo mu" (follow us) is reported
//! without quotation marks. Those words are cues, buttons (a line of their own) or a short
//! block's opening; anywhere only the forms no report holds ("tallafa wa aikin jarida mai
//! zaman kansa", "sauke manhajarmu", "muna amfani da kukis").
//!
//! Hausa is read beside the English, French and Swahili packs (Nigeria, Niger, the region's
//! broadcasters): no row is a word of theirs ("talla", the ad's label, is Spanish "size" only
//! on a product page's line of its own).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ha",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("Karatun minti 3").
        chrome(Other).at(Any).max_words(6).phrases(&["karatun minti", "minti na karatu", "mintuna na karatu", "lokacin karatu"]),
        header(Donation).max_words(14).phrases(&[
            "tallafa wa aikin jarida mai zaman kansa", "ku tallafa wa aikin jarida", "tallafa wa aikin jaridarmu",
            "tallafa wa aikin jaridar mu", "saƙo daga edita", "sako daga edita", "saƙo daga babban edita",
            "sako daga babban edita",
        ]),
        // A flood's victims, a charity and a candidate say these too ("Ku tallafa mana, in ji
        // ..."; "Muna buƙatar tallafinku"): a box's short heading only.
        header(Donation).max_words(4).phrases(&[
            "ku tallafa mana", "ku taimaka mana", "muna buƙatar tallafinku", "muna bukatar tallafinku",
            "muna buƙatar tallafin ku", "muna bukatar tallafin ku",
        ]),
        header(Donation).max_words(5).phrases(&["kafin ka tafi", "kafin ku tafi"]),
        ask(Donation).weight(3.5).phrases(&[
            "tallafinku yana taimaka mana", "tallafinka yana taimaka mana", "tallafinku na taimaka mana",
            "gudummawarku tana taimaka mana", "gudummawarka tana taimaka mana",
            "masu karatu kamar ka", "masu karatu irinka", "ba tare da tallafinku ba", "ba tare da tallafinka ba",
        ]),
        // A bank app's how-to says "zaɓi adadin da kake so" (choose the amount you want), a
        // column "idan kuna daraja aikin mu" (if you value our work) of its readers' letters, a
        // leader "ku taimaka mana mu ci gaba" (help us go on) in a report: cues, and a short
        // block's opening for the last.
        cue(Donation).phrases(&[
            "zaɓi adadin da kake so", "zabi adadin da kake so", "zaɓi adadin kuɗin", "zabi adadin kudin",
            "idan kana daraja aikinmu", "idan kuna daraja aikinmu", "idan kana daraja aikin mu", "idan kuna daraja aikin mu",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["taimaka mana mu ci gaba", "tallafa mana mu ci gaba"]),
        // An NGO's head says "tallafa wa aikinmu" (support our work) in a report: a short
        // block's opening only; a cue elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "tallafa wa aikinmu", "ku tallafa wa aikinmu", "tallafa wa aikin mu", "ku tallafa wa aikin mu",
        ]),
        cue(Donation).phrases(&[
            "tallafa wa aikinmu", "tallafa wa aikin mu", "tallafinku", "tallafinka", "tallafin ku", "tallafin ka",
            "gudummawarku", "gudummawarka", "gudummawar ku", "gudummawar ka", "gudunmawarku", "gudunmawarka",
            "aikin jarida mai zaman kansa", "aikin jarida na gaskiya", "aikinmu", "aikin jaridarmu",
            // A charity's words that a story reports ("Kowace gudummawa tana da muhimmanci").
            "kowace gudummawa", "duk wata gudummawa", "ku ba da gudummawa", "ku bayar da gudummawa",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["kowane wata", "a wata-wata"]),
        // Not "tallaf*" (the fuel subsidy, any aid) nor "taimak*" (any help).
        cue(Donation).weight(0.5).phrases(&["gudummaw*", "gudunmaw*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ya kai mai karatu", "ya ke mai karatu", "ya ku masu karatu", "masoyanmu masu karatu", "masoya masu karatu",
            "ya ku masoyanmu", "masu karatunmu",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ka ji daɗin wannan labarin", "ka ji dadin wannan labarin", "kun ji daɗin wannan labarin",
            "kun ji dadin wannan labarin", "ka ji daɗin wannan maƙalar", "ka ji dadin wannan makalar",
        ]),
        // "Zama memba" is also a party's member ("ya zama memba na jam'iyyar"): anywhere only
        // with the outlet's words; bare, a short block's opening.
        ask(Membership).phrases(&[
            "zama memba a yau", "ku zama mambobinmu", "ku zama membobinmu", "shiga cikin mambobinmu",
            "shiga cikin membobinmu", "zama ɗaya daga cikin mambobinmu", "zama daya daga cikin mambobinmu",
        ]),
        // (Not "zama memba" bare: a union's fee list, "Zama memba (sabon): Naira 10,000".)
        ask(Membership).at(Start).max_words(10).phrases(&["ku zama memba", "ku zama mamba"]),
        cue(Membership).weight(0.5).phrases(&["mambobinmu", "membobinmu", "shirin mambobi"]),
        ask(Subscription).phrases(&[
            "soke a kowane lokaci", "za ka iya soke a kowane lokaci", "za ku iya soke a kowane lokaci",
            "zaɓi tsarin biyan kuɗi", "zabi tsarin biyan kudi", "samun damar karanta dukkan labarai",
            "samun damar karanta duk labarai",
        ]),
        // The names of the offer, which a story on a service's prices names too ("Biyan kuɗi na
        // wata-wata: naira 2,500"): cues.
        cue(Subscription).phrases(&[
            "biyan kuɗi na wata-wata", "biyan kudi na wata-wata", "biyan kuɗi na shekara", "biyan kudi na shekara",
            "wata na farko kyauta", "watan farko kyauta", "masu biyan kuɗi", "masu biyan kudi",
        ]),
        // A service for registered users only is news too ("... za ta zama ta masu rajista ne
        // kawai"): the nag's short line only.
        line(Paywall).max_words(15).phrases(&[
            "na masu rajista ne kawai", "don masu rajista kawai", "na masu biyan kuɗi ne kawai", "na masu biyan kudi ne kawai",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "yi rajista don ci gaba da karantawa", "shiga don ci gaba da karantawa", "yi rajista domin ci gaba da karantawa",
            "shiga domin ci gaba da karantawa", "biya don ci gaba da karantawa", "an kulle wannan labarin",
        ]),
        // The meter: "Kun karanta labarai 3 daga cikin 5 na kyauta" (the numbers vary).
        ask(Paywall).at(Start).max_words(20).phrases(&["kun karanta labarai", "ka karanta labarai"]),
        ask(Newsletter).phrases(&[
            "a akwatin imel ɗinka", "a akwatin imel dinka", "a akwatin imel ɗinku", "a akwatin imel dinku",
            "mun gode da yin rajista", "tabbatar da adireshin imel", "yi rajistar wasiƙar labarai",
            "yi rajistar wasikar labarai",
        ]),
        // A scam warning says them too ("kada ka ba kowa adireshin imel ɗinka"): cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "adireshin imel ɗinka", "adireshin imel dinka", "adireshin imel ɗinku", "adireshin imel dinku",
            "shigar da adireshin imel", "sanya adireshin imel",
        ]),
        cue(Newsletter).phrases(&["wasiƙar labara*", "wasikar labara*", "manufar sirri", "tsarin kare sirri"]),
        ask(App).phrases(&[
            "sauke manhajarmu", "sauke manhajar mu", "zazzage manhajarmu", "zazzage manhajar mu", "ku sauke manhajarmu",
        ]),
        // "Sauke" is also to dismiss from office, and a how-to says "zazzage manhajar": a
        // short block's opening.
        ask(App).at(Start).max_words(10).phrases(&["sauke manhajar", "zazzage manhajar", "ku sauke manhajar"]),
        cue(App).phrases(&["manhajarmu", "manhajar mu", "a google play da app store"]),
        ask(Cookie).phrases(&[
            "muna amfani da kukis", "muna amfani da cookies", "amince da dukkan kukis", "saitunan kukis", "manufar kukis",
            "tsarin amfani da kukis",
        ]),
        // A data protection story says them of a site it reports on, and a fact check opens on
        // "Wannan shafin yana amfani da sunan gwamna" (this page uses the governor's name): a
        // block's opening, with the cookies named.
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "wannan shafin yana amfani da kukis", "wannan shafi yana amfani da kukis", "wannan shafin na amfani da kukis",
            "wannan shafin yana amfani da cookies", "ta hanyar ci gaba da amfani da wannan shafin",
        ]),
        cue(Cookie).phrases(&["kukis", "yana amfani da kukis"]),
        // "Ku biyo mu" is also a politician's call to the crowd ("ku biyo mu a wannan tafiya",
        // follow us on this journey): with a platform anywhere, bare at a short block's opening.
        ask(Social).phrases(&[
            "ku biyo mu a facebook", "ku biyo mu a twitter", "ku biyo mu a x", "ku biyo mu a instagram",
            "ku biyo mu a youtube", "ku biyo mu a tiktok", "ku biyo mu a shafukanmu", "ku biyo mu a shafukan sada zumunta",
            "ku bi mu a facebook", "ku bi mu a twitter", "ku bi mu a x", "ku bi mu a instagram", "ku bi mu a youtube",
            "ku bi mu a tiktok", "ku bi mu a shafukanmu", "ku bi mu a shafukan sada zumunta", "ku raba wannan labarin",
            "ku raba wannan labari", "tasharmu ta youtube", "tasharmu ta whatsapp", "tasharmu ta telegram",
            "ku tura wa abokanku",
        ]),
        ask(Social).at(Start).max_words(6).phrases(&["ku biyo mu", "biyo mu", "raba wannan labarin", "raba wannan labari"]),
        // Follow us on our pages, on a line of its own with the platforms' names.
        line(Social).max_words(20).phrases(&["ku biyo mu a shafukanmu", "ku biyo mu a shafinmu", "ku bi mu a shafukanmu"]),
        // A police spokesman's "a shafinmu na Facebook" in a report: cues.
        cue(Social).phrases(&["shafukanmu na sada zumunta", "shafinmu na facebook"]),
        // A read-also line opens no story's sentence, but an insert runs into its headline:
        // anywhere in a line's opening. With its colon: "Karanta kuma rubuta: ..." (read and
        // write) heads a literacy story's last section.
        line(Related).max_words(24).phrases(&[
            "karanta kuma:", "ku karanta kuma:", "karanta wannan:", "ku karanta:", "labarai masu alaƙa",
            "labarai masu alaka", "labaran da ke da alaƙa", "labaran da ke da alaka", "wanda aka fi karantawa",
            "waɗanda aka fi karantawa", "wadanda aka fi karantawa", "labaran da aka fi karantawa",
            "za ka iya son karanta", "kuna iya son karanta",
        ]),
        // (Not "ƙarin bayani": more information, a cookie banner's button and a story's subhead.)
        // "Wasu labaran sun nuna ..." (some reports showed): short lines only.
        line(Related).max_words(4).phrases(&[
            "ƙarin labarai", "karin labarai", "sauran labarai", "sabbin labarai", "manyan labarai", "wasu labaran",
            "mafi shahara", "mafi karantawa", "labarai na baya-bayan nan", "karanta wannan", "labari na gaba",
            // "Labarin da ya gabata ya nuna ..." (the earlier report showed): short lines only.
            "labarin da ya gabata",
        ]),
        line(Related).max_words(8).phrases(&["ƙarshen labaran da aka fi karantawa", "karshen labaran da aka fi karantawa"]),
        label(Related).phrases(&[
            "karanta kuma", "labarai masu alaƙa", "labarai masu alaka", "ƙarin labarai", "karin labarai", "sauran labarai",
            "sabbin labarai", "manyan labarai", "wanda aka fi karantawa", "labaran da aka fi karantawa", "mafi karantawa",
            "karanta ƙari", "karanta kari", "ƙara karantawa", "kara karantawa", "karanta cikakken labarin",
            "labarai masu zafi", "zaɓaɓɓun labarai", "zababbun labarai", "an ba da shawarar",
        ]),
        // Bios open on a name ("Aminu Musa ɗan jarida ne a ..."), a story says it in passing:
        // the bio's own formulas are asks, the bare "ɗan jarida ne" a cue.
        ask(Credit).max_words(40).phrases(&[
            "an fara wallafa wannan labarin", "wannan labarin ya fara fitowa", "wannan labari ya fara fitowa",
            "wannan maƙalar ta fara fitowa", "wannan makalar ta fara fitowa", "ya ba da gudummawa ga wannan rahoto",
            "ta ba da gudummawa ga wannan rahoto",
        ]),
        cue(Credit).phrases(&["ɗan jarida ne a", "dan jarida ne a", "yar jarida ce a", "an fara wallafa shi a"]),
        line(Credit).max_words(10).phrases(&[
            "hoto:", "hotuna:", "asalin hoton", "marubuci:", "marubuci,", "marubuciya:", "aiko rahoto daga", "mai fassara:",
            "fassara:", "bidiyo:", "mai tacewa:", "rahoto:",
        ]),
        line(Credit).max_words(8).phrases(&["da ƙarin rahoto daga", "da karin rahoto daga"]),
        chrome(Other).at(Any).max_words(8).phrases(&["dukkan haƙƙin mallaka", "dukkan hakkin mallaka", "duk haƙƙin mallaka", "duk hakkin mallaka"]),
        label_any().phrases(&[
            "rufe", "ba yanzu ba", "a'a na gode", "a’a na gode", "a'a, na gode", "a’a, na gode", "daga baya",
            "tuna min daga baya", "sau ɗaya", "sau daya", "kowace shekara", "ci gaba", "ci gaba da karantawa", "shiga",
            "fita", "yi rajista", "soke", "na amince", "amince", "karɓa", "karba", "ƙi", "ƙi duka", "ki duka", "amince da duka",
            "karɓi duka", "karbi duka", "na fahimta", "saituna", "ƙarin zaɓuɓɓuka", "karin zabubbuka", "duba ƙari",
            "duba kari", "ajiye zaɓi", "ajiye zabi",
        ]),
        outlet(Donation).phrases(&[
            "kafar yaɗa labarai mai zaman kanta", "kafar yada labarai mai zaman kanta", "jarida mai zaman kanta",
            "gidan jarida mai zaman kansa", "ba tare da talla ba", "ba tare da tallace-tallace ba", "kyauta ga kowa",
            "masu karatu ne ke ɗaukar nauyinmu", "masu karatu ne ke daukar nauyinmu", "ba don samun riba ba",
            "ba mu da alaƙa da wata jam'iyya", "ba mu da alaka da wata jam'iyya", "ba mu da alaƙa da wata jam’iyya",
            "ba mu da alaka da wata jam’iyya", "ba ma goyon bayan wata jam'iyya", "ba ma goyon bayan wata jam’iyya",
        ]),
        // Second round: general formulas of each function. "Kowace naira tana da amfani" is an
        // NGO's in a story too: a cue. (Not "wani adadi", another amount: also "a number of"
        // in every report, "wani adadi na mutane"; a button's line below.)
        cue(Donation).weight(2.0).phrases(&[
            "ko da kaɗan ne", "ko da kadan ne", "tallafin masu karatu", "gudummawa ta sau ɗaya",
            "gudummawa ta sau daya", "gudummawa ta kowane wata", "kowace naira tana da amfani",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "karanta cikakken labarin da rajista", "wannan labarin na musamman ne ga masu rajista",
            "wannan labari na musamman ne ga masu rajista",
        ]),
        ask(Subscription).phrases(&["kun riga kun yi rajista? shiga", "ka riga ka yi rajista? shiga", "kuna da asusu? shiga"]),
        ask(Cookie).phrases(&[
            "adana da/ko samun damar bayanai a na'ura", "adana da/ko samun damar bayanai a na’ura",
            "tallace-tallace da abubuwan da aka keɓance", "tallace-tallace da abubuwan da aka kebance",
        ]),
        // (A company's spokesman says it in a story: a cue.)
        cue(Cookie).weight(2.0).phrases(&["mu da abokan hulɗarmu", "mu da abokan huldarmu"]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["gyara:", "sabuntawa:", "an sabunta:", "bayanin edita:", "bayanin mai tacewa:", "gyaran labari:"]),
        notice().at(Any).phrases(&[
            "an sabunta wannan labarin", "an sabunta wannan labari", "an gyara wannan labarin", "an gyara wannan labari",
            "a baya mun ruwaito cewa", "a baya mun bayar da rahoton",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // added, told, according to, in a statement), which no box uses.
        body().phrases(&[
            "ya ce", "ta ce", "sun ce", "in ji", "a cewar", "a cewarsa", "a cewarta", "ya bayyana", "ta bayyana",
            "sun bayyana", "ya ƙara da cewa", "ya kara da cewa", "ta ƙara da cewa", "ta kara da cewa", "ya shaida wa",
            "ta shaida wa", "sun shaida wa", "ya faɗa wa", "ya fada wa", "ta faɗa wa", "ta fada wa", "ya tabbatar da",
            "ta tabbatar da", "ya jaddada", "ta jaddada", "ya musanta", "ta musanta", "ya yi gargaɗi", "ya yi gargadi",
            "cikin wata sanarwa", "a wata sanarwa", "a wata hira da", "ya ruwaito", "ta ruwaito", "ya tambaya",
            "ya yi ƙarin haske", "ya yi karin haske", "manema labarai",
        ]),
        // Tips to the newsroom ("Kuna da labari?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "kuna da labari da kuke so", "aiko mana da labarinka", "aiko mana da labari", "aiko mana da labaranku",
            "tuntuɓi ɗakin labarai", "tuntubi dakin labarai", "tuntuɓe mu", "tuntube mu",
        ]),
        line(Credit).max_words(12).phrases(&["tuntuɓi marubucin", "tuntubi marubucin", "aika wa marubucin imel"]),
        // Site chrome around the story, by page part: the author box (op-eds close on
        // "Marubucin wannan maƙala malami ne a ..."), the comment section, the disclaimer, the
        // navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "game da marubucin", "game da marubuci", "sauran rubuce-rubucen marubucin", "duk labaran marubucin",
            "ƙarin labarai daga marubucin", "karin labarai daga marubucin",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "marubucin wannan maƙala", "marubucin wannan makala", "marubucin wannan rubutu", "marubuciyar wannan maƙala",
            "marubuciyar wannan makala",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&[
            "ɗan jarida ne mai zaman kansa", "dan jarida ne mai zaman kansa", "yana rubutu akai-akai a", "tana rubutu akai-akai a",
        ]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "tsallake zuwa babban abun ciki", "tsallake zuwa abun ciki", "tsallake zuwa babban abin da ke ciki",
            "tsallaka zuwa abun ciki",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "shafi na gaba", "shafin da ya gabata", "shafi na baya", "bayar da rahoton kuskure", "ba da rahoton kuskure",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["ka ga kuskure", "kun ga kuskure", "kin ga kuskure"]),
        ask(Other).part(Navigation).phrases(&[
            "burauzarka ya tsufa", "burauzar ka ta tsufa", "kunna javascript", "ba da damar javascript",
        ]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "bar sharhi", "rubuta sharhi", "bar sharhinka", "rubuta sharhinka", "bayyana ra'ayinka", "bayyana ra’ayinka",
            "rubuta ra'ayinka", "rubuta ra’ayinka", "an rufe sharhi", "duba sharhohi", "sharhin masu karatu",
        ]),
        chrome(Other).part(Comments).max_words(3).phrases(&["sharhohi"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["sharhohi"]),
        ask(Other).part(Comments).phrases(&[
            "shiga don yin sharhi", "shiga domin yin sharhi", "ƙa'idojin yin sharhi", "ka'idojin yin sharhi",
            "ƙa’idojin yin sharhi", "ka’idojin yin sharhi", "sharhin da aka bayar na masu shi ne",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["soke amsa", "aika sharhi", "wallafa sharhi"]),
        chrome(Other).part(Comments).max_words(8).phrases(&[
            "ka zama na farko da zai yi sharhi", "ku zama na farko da za ku yi sharhi", "zama na farko da zai yi sharhi",
        ]),
        chrome(Other).part(Comments).max_words(15).phrases(&[
            "ba za a wallafa adireshin imel ɗinka ba", "ba za a wallafa adireshin imel dinka ba",
            "ba za a wallafa adireshin imel ɗinku ba", "ba za a wallafa adireshin imel dinku ba",
        ]),
        chrome(Other).part(Comments).at(Whole).phrases(&["babu sharhi tukuna", "ƙara sharhi", "kara sharhi"]),
        ask(Other).part(Disclaimer).phrases(&[
            "ra'ayoyin da aka bayyana a wannan", "ra’ayoyin da aka bayyana a wannan", "ra'ayin marubucin ne",
            "ra’ayin marubucin ne", "ra'ayoyin marubucin ne", "ra’ayoyin marubucin ne",
        ]),
        cue(Other).part(Disclaimer).phrases(&[
            "ba lallai ba ne ya wakilci ra'ayin", "ba lallai ba ne ya wakilci ra’ayin", "ba lallai ba ne su wakilci",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "wannan labarin wani ɓangare ne na", "wannan labarin wani bangare ne na", "wannan rahoto wani ɓangare ne na",
            "wannan rahoto wani bangare ne na", "an samar da wannan rahoto da tallafin", "an shirya wannan rahoto da tallafin",
            "an shirya wannan rahoton ne da tallafin", "wannan rahoto ya samu tallafin",
        ]),
        // The question over a box, a share row's heading, each a line of its own.
        header(Donation).max_words(12).phrases(&["kana daraja aikinmu", "kuna daraja aikinmu", "kuna daraja aikin jaridarmu"]),
        label(Social).phrases(&[
            "raba", "raba labarin", "raba wannan", "kwafi mahaɗi", "kwafi mahadi", "an kwafi mahaɗin", "an kwafi mahadin",
            "kwafi link", "aika ta imel", "raba a facebook", "raba ta whatsapp", "raba a x", "buga labarin", "biyo mu",
        ]),
        // A read-aloud player's label, the platforms' embeds as the broadcasters print them
        // ("Tsallake Twitter", "Ƙarshen Instagram").
        chrome(Other).max_words(4).phrases(&["saurari wannan labarin", "saurari wannan labari"]),
        chrome(Social).max_words(6).phrases(&[
            "tsallake twitter", "tsallake instagram", "tsallake facebook", "tsallake youtube", "tsallake tiktok",
            "ƙarshen twitter", "karshen twitter", "ƙarshen instagram", "karshen instagram", "ƙarshen facebook",
            "karshen facebook", "ƙarshen youtube", "karshen youtube", "ƙarshen tiktok", "karshen tiktok",
        ]),
        chrome(Social).max_words(7).phrases(&["duba wannan wallafa a instagram", "kalli a youtube"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["labaran kyauta", "labarai na kyauta", "labarin kyauta"]),
        ask(Paywall).max_words(30).phrases(&[
            "wannan ne labarinka na kyauta na ƙarshe", "wannan ne labarinka na kyauta na karshe",
            "labaranka na kyauta sun ƙare", "labaranka na kyauta sun kare", "labaranku na kyauta sun ƙare",
            "labaranku na kyauta sun kare",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["ragowar labarin", "sauran labarin", "karanta cikakken labarin"]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&[
            "talla", "tallace-tallace", "labarin talla", "labarin yana ci gaba a ƙasa", "labarin yana ci gaba a kasa",
            "labarin na ci gaba bayan talla", "labarin ya ci gaba bayan talla", "an ɗauki nauyin wannan labarin",
            "an dauki nauyin wannan labarin",
        ]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "an haramta kwafi ba tare da izini ba", "ba a yarda a kwafi ba tare da izini ba",
            "kada a sake wallafa ba tare da izini ba",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["hoton ajiya", "hoto daga ajiya", "hoton rumbun adana bayanai", "hoton alama"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["kalli bidiyo", "kalli bidiyon", "saurari labarin", "tsawon lokaci"]),
        label(Other).part(Player).weight(2.5).phrases(&["saurari", "saurara", "kalli"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&[
            "batutuwa", "batutuwa masu alaƙa", "batutuwa masu alaka", "maudu'ai", "maudu’ai", "kalmomin bincike",
        ]),
        // A line of the bank details under an ask ("Lambar asusu: 0123456789").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "lambar asusu", "lambar asusun", "sunan asusu", "sunan asusun", "sunan banki", "asusun banki:",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "adireshin imel", "adireshin imel ɗinka", "adireshin imel dinka", "shigar da adireshin imel ɗinka",
            "shigar da adireshin imel dinka", "yi rajistar wasiƙar labarai", "yi rajistar wasikar labarai",
            "ina son samun wasiƙar labarai", "ina son samun wasikar labarai",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["imel", "imel ɗinka", "imel dinka"]),
        label(Subscription).phrases(&[
            "biya yanzu", "duba tayin", "duba tsare-tsare", "zaɓi tsari", "zabi tsari", "gwada kyauta", "fara gwaji kyauta",
            "yi rajista yanzu",
        ]),
        label(App).phrases(&[
            "sauke manhajar", "sauke yanzu", "samu a google play", "samu a app store", "buɗe a manhaja", "bude a manhaja",
            "buɗe manhajar", "bude manhajar",
        ]),
        label(Donation).phrases(&[
            "ba da gudummawa", "bayar da gudummawa", "tallafa mana", "tallafa yanzu", "ba da tallafi", "bayar da tallafi",
            "gudummawa ta kowane wata", "sau ɗaya kawai", "sau daya kawai", "ci gaba zuwa biya", "wani adadi",
        ]),
        // (Not "tallafi" alone: a subsidy story's subhead.)
        label(Donation).weight(EDGE_WEIGHT).phrases(&["gudummawa"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "ta hanyar yin rajista", "ta yin rajista, ka amince", "za ka iya cire sunanka a kowane lokaci",
            "za ku iya cire sunanku a kowane lokaci", "za ka iya daina karɓa a kowane lokaci", "za ka iya daina karba a kowane lokaci",
            "ba za mu taɓa raba adireshin imel", "ba za mu taba raba adireshin imel", "na amince da manufar sirri",
            "na amince da sharuɗɗa", "na amince da sharudda", "duba akwatin imel ɗinka", "duba akwatin imel dinka",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "kana son ƙarin labarai irin wannan", "kana son karin labarai irin wannan", "kuna son ƙarin labarai irin wannan",
            "kuna son karin labarai irin wannan", "kana son karanta ƙari", "kana son karanta kari",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["hotuna"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "hoto na gaba", "hoton da ya gabata", "cikakken allo", "rufe hotuna", "buɗe hotuna", "bude hotuna",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["duba dukkan hotuna", "duba duk hotunan"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["sabunta"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["kai tsaye", "sabbin bayanai"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["loda ƙarin bayanai", "loda karin bayanai", "bi mu kai tsaye"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["fassara"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["girman rubutu", "ajiye labarin", "ƙara girman rubutu", "kara girman rubutu"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["kunna", "bidiyo"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["kashe sauti", "kunna sauti"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "mun gode da karantawa", "muna godiya da karantawa", "mun gode da kuka karanta", "idan ka karanta har nan",
        ]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row.
        label_any().phrases(&["amince ba yanzu ba", "ba yanzu ba amince", "amince daga baya", "daga baya amince"]),
        cue(App).phrases(&["kunna sanarwa", "karɓi sanarwa", "karbi sanarwa"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["ina son tallafawa", "ina son bayar da gudummawa", "na riga na tallafa"]),
        label(Membership).phrases(&["zama memba", "ina son zama memba", "na riga na zama memba", "ni memba ne"]),
        label(Subscription).phrases(&["ina son yin rajista", "na riga na yi rajista"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["karanta wannan ma:", "karanta karin labarai:", "labarai masu alaƙa:", "labarai masu alaka:", "kalli kuma:", "saurari kuma:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["saurari kai tsaye", "ku saurara kai tsaye", "kalli kai tsaye", "ku kalla kai tsaye"]),
        ask(Social).max_words(30).phrases(&["ku shiga tasharmu", "ku biyo mu a whatsapp", "ku bi mu a whatsapp", "ku biyo mu a telegram", "ku bi mu a telegram"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["aiko mana da hotuna", "aiko mana da bidiyo"]),
        ask(Ad).max_words(35).phrases(&["muna neman ɗan jarida", "muna neman dan jarida"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ba za a wallafa adireshin imel ɗinka ba", "ba za a wallafa adireshin imel dinka ba"]),
    ],
    // "mun" (we have) is Icelandic "will" and Danish and Swedish "mouth", "muna" (we are)
    // Icelandic "remember" and Finnish "egg", "mana" (to us) Indonesian and Malay "where",
    // and "mu" (us) the "in" of Chichewa, Kinyarwanda and Luganda, which no pack reads: a
    // pronoun in every line of their texts would have them read as Hausa. Left out.
    we: &["namu", "ɗinmu", "dinmu", "gare mu"],
    // Hausa has no polite register but the plural, which also addresses one elder: the plural
    // forms stand for it. "kai" (you) is also "head" and the verb "to take" ("ya kai ziyara"),
    // "ke" the relative's "who is" ("wanda ke"), "ka" Latvian's and Estonian's common word,
    // "kana", "kina", "kuna" Swahili's "deny", "depth", "there is", "kun" Danish "only",
    // "ku" Somali's "in" and the "to" of Chichewa and Kinyarwanda: their possessives and the
    // preposition's phrase stand in.
    you: &[
        "naka", "naki", "ɗinka", "dinka", "ɗinki", "dinki", "gare ka", "gare ki", "naku", "ɗinku", "dinku", "gare ku",
    ],
};
