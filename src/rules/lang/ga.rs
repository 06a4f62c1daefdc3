//! Irish.
//!
//! Written from how Irish-language news sites, local papers, broadcasters, magazines and NGOs
//! word their page furniture and appeals in general (not one site's wording). Irish mutates a
//! word's first letter after possessives, articles and prepositions ("do thacaíocht", "bhur
//! dtacaíocht", "ár n-iriseoireacht", "le hiriseoireacht"), so a formula is listed in the
//! forms boxes print, and single words as stems of their unmutated form. Words that news uses
//! as often as boxes do are cues, or anchors only at a short block's start: "roinn" is also a
//! government department ("an Roinn Oideachais"), "tacaíocht" any support ("tacaíocht ón
//! Rialtas"), "fógra" a notice ("gan fógra"), "ballraíocht" the country's membership of the
//! union, "triail" a court's trial, "tuairimí" opinions (and the opinion section), "lean
//! muid" also the past "we followed" ("lean muid ar aghaidh", we went on), "sinn" the party
//! ("Sinn Féin") and "linn" the "le linn" of "during".
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ga",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 nóiméad léitheoireachta").
        chrome(Other).at(Any).max_words(6).phrases(&[
            "am léitheoireachta", "nóiméad léitheoireachta", "nóiméid léitheoireachta", "nóim. léitheoireachta",
            "nóim léitheoireachta", "nóiméad le léamh",
        ]),
        // "Tacaigh linn" (support us) is also a campaign's slogan or a minister's plea that a
        // story reports without quotation marks ("Tacaigh linn, a d'impigh an tAire ..."): a
        // heading's own short line only.
        header(Donation).max_words(5).phrases(&["tacaigh linn", "tacaígí linn", "tabhair tacaíocht dúinn"]),
        header(Donation).max_words(14).phrases(&[
            "tacaigh le hiriseoireacht neamhspleách", "tacaigh lenár n-iriseoireacht",
            "tacaigh le hiriseoireacht ghaeilge", "tacaigh le hiriseoireacht áitiúil",
            "roimh imeacht duit", "sula n-imíonn tú", "sula n-imeoidh tú", "an féidir leat cabhrú linn",
            "an féidir leat tacú linn", "an dtacóidh tú linn", "teastaíonn do chabhair uainn", "teastaíonn do thacaíocht uainn",
            "tá do chabhair ag teastáil uainn", "tá do thacaíocht ag teastáil uainn", "tá bhur dtacaíocht ag teastáil uainn",
            "tá do thacaíocht de dhíth orainn", "tá gá againn le do thacaíocht", "teachtaireacht ón eagarthóir",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "roghnaigh méid", "roghnaigh do mhéid", "tacaigh linn inniu", "tacaigh linn anois", "deonaigh anois",
            "deonaigh inniu", "déan deonachán", "tabhair deonachán", "tacaigh lenár n-obair", "tacaigh lenár gcuid oibre",
            "tacú lenár n-obair", "tacú lenár n-iriseoireacht", "cabhraigh linn leanúint ar aghaidh",
            "cuidigh linn leanúint ar aghaidh", "táimid ag brath ar ár léitheoirí", "tá muid ag brath ar ár léitheoirí",
            "táimid ag brath ar bhur dtacaíocht", "tá muid ag brath ar bhur dtacaíocht",
        ]),
        cue(Donation).phrases(&[
            "do thacaíocht", "bhur dtacaíocht", "ár n-iriseoireacht", "ár gcuid iriseoireachta", "ár n-obair",
            "ár gcuid oibre", "iriseoireacht neamhspleách", "iriseoireacht ardchaighdeáin", "do dheonachán",
            "bhur ndeonacháin", "deonachán aonuaire", "deonachán míosúil",
        ]),
        // The names of the offer, which a story on a charity's or a paper's prices names too
        // ("Síntiús míosúil: €7.99."): cues.
        cue(Donation).weight(1.0).phrases(&["síntiús míosúil", "síntiús aonuaire", "do shíntiús"]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["in aghaidh na míosa"]),
        // Not "deonach*": "deonach" is "voluntary" ("obair dheonach").
        cue(Donation).weight(0.5).phrases(&["deonachá*", "tacaíocht*"]),
        salutation(Donation).max_words(6).phrases(&[
            "a léitheoir dhil", "a léitheoirí dílse", "a léitheoirí dhílse", "a léitheoir", "a léitheoirí", "a éisteoir dhil",
            "a shíntiúsóir dhil",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ar thaitin an t-alt seo leat", "ar bhain tú taitneamh as an alt seo", "ar bhain tú sult as an alt seo",
            "ar thaitin an scéal seo leat",
        ]),
        // "Bí i do bhall" (become a member) is also a club's call that a story quotes: the box
        // says it as a whole short line or beside its button.
        ask(Membership).phrases(&[
            "éirigh i do bhall", "bígí in bhur mbaill", "déan ball díot féin", "cláraigh mar bhall", "glac ballraíocht",
            "bí i do bhall anois", "bí i do bhall inniu",
        ]),
        ask(Membership).at(Start).max_words(20).phrases(&["bí i do bhall"]),
        // The country's membership of the union ("ballraíocht na hÉireann san AE"): weak.
        cue(Membership).weight(1.0).phrases(&["ballraíocht*"]),
        ask(Subscription).phrases(&[
            "liostáil anois", "liostáil inniu", "ceannaigh síntiús", "an bhfuil síntiús agat cheana",
            "tá síntiús agat cheana", "síntiúsóir cheana", "an síntiúsóir thú", "cealaigh am ar bith",
            "is féidir leat cealú am ar bith", "bí i do shíntiúsóir", "éirigh i do shíntiúsóir",
        ]),
        // The names of the offer, which a story on a paper's prices names too: the nag's short
        // lines only ("triail" is also a court's trial).
        ask(Subscription).max_words(14).phrases(&[
            "triail saor in aisce", "bain triail as saor in aisce", "rochtain gan teorainn", "rochtain iomlán",
        ]),
        // (A paper's price list and its paywall story name the offer in short sentences:
        // "Cosnóidh síntiús digiteach €6 sa mhí.")
        cue(Subscription).phrases(&["síntiús digiteach"]),
        // "Síntiús" is a subscription and a donation both, and a club's fee: a cue.
        cue(Subscription).weight(1.0).phrases(&["síntiú*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "chun leanúint ar aghaidh ag léamh", "le leanúint ar aghaidh ag léamh", "chun an t-alt iomlán a léamh",
            "chun an scéal iomlán a léamh", "tá an t-alt seo ar fáil do shíntiúsóirí amháin", "an t-alt seo do shíntiúsóirí amháin",
            "logáil isteach chun leanúint ar aghaidh", "logáil isteach chun an t-alt a léamh", "cláraigh chun leanúint ar aghaidh",
        ]),
        // A service for its subscribers only is news too ("Beidh an nuacht áitiúil ar fáil do
        // shíntiúsóirí amháin."): a cue.
        cue(Paywall).phrases(&["do shíntiúsóirí amháin"]),
        // The meter's count ("Tá 3 alt léite agat"), a short block's.
        ask(Paywall).max_words(20).phrases(&["alt léite agat", "ailt léite agat"]),
        ask(Newsletter).phrases(&[
            "cláraigh le haghaidh ár nuachtlitreach", "cláraigh le haghaidh ár nuachtlitir", "cláraigh don nuachtlitir",
            "cláraigh lenár nuachtlitir", "liostáil lenár nuachtlitir", "liostáil leis an nuachtlitir", "liostáil don nuachtlitir",
            "ár nuachtlitir", "i do bhosca isteach", "chuig do bhosca isteach", "i do bhosca ríomhphoist",
            "díliostáil am ar bith", "is féidir leat díliostáil",
        ]),
        // A consumer story warns about the reader's e-mail address ("Ná tabhair do sheoladh
        // ríomhphoist do ..."): a cue (the form's field is a label, below).
        cue(Newsletter).phrases(&["do sheoladh ríomhphoist"]),
        cue(Newsletter).phrases(&["nuachtlit*", "beartas príobháideachta", "polasaí príobháideachta", "ráiteas príobháideachta"]),
        ask(App).phrases(&["íoslódáil ár n-aip", "íoslódáil ár bhfeidhmchlár", "faigh ár n-aip"]),
        // Also a government's or a bank's app in a story: a short block's start.
        ask(App).at(Start).max_words(10).phrases(&["íoslódáil an aip", "faigh an aip"]),
        cue(App).phrases(&["ár n-aip", "san aip"]),
        ask(Cookie).phrases(&[
            "úsáideann an suíomh seo fianáin", "úsáideann an suíomh gréasáin seo fianáin", "úsáidimid fianáin",
            "úsáideann muid fianáin", "glac le fianáin", "glac le gach fianán", "glac leis na fianáin go léir",
            "diúltaigh do gach fianán", "socruithe fianán", "socruithe na bhfianán", "beartas fianán", "polasaí fianán",
            "beartas na bhfianán", "fianáin riachtanacha", "úsáid fianán", "sainroghanna fianán", "bainistigh fianáin",
        ]),
        cue(Cookie).phrases(&["fianá*", "bhfianá*"]),
        // "Lean muid" is also the past "we followed": the platform's name makes it the box's.
        ask(Social).phrases(&[
            "lean muid ar facebook", "lean muid ar twitter", "lean muid ar x", "lean muid ar instagram",
            "lean muid ar tiktok", "lean muid ar youtube", "lean muid ar bluesky", "lean muid ar linkedin",
            "lean muid ar na meáin shóisialta", "lean sinn ar facebook", "lean sinn ar twitter", "lean sinn ar x",
            "lean sinn ar instagram", "lean sinn ar tiktok", "lean sinn ar youtube", "lean sinn ar na meáin shóisialta",
            "bí linn ar facebook", "bí linn ar instagram", "bí linn ar twitter", "roinn an t-alt seo",
            "roinn an scéal seo", "roinn le cara", "roinn trí ríomhphost",
        ]),
        // A story says who shared what where ("a roinn sé ar Facebook"): a short line's.
        ask(Social).max_words(12).phrases(&[
            "roinn ar facebook", "roinn ar x", "roinn ar twitter", "roinn ar whatsapp", "roinn ar linkedin", "roinn ar bluesky",
        ]),
        // "Léigh freisin", "léigh tuilleadh" and "scéalta gaolmhara" open a story's sentences too
        // ("Léigh freisin an file óg ...", "Scéalta gaolmhara atá sa chnuasach"): with the
        // insert's colon, or a short line.
        line(Related).max_words(24).phrases(&["léigh freisin:", "léigh tuilleadh:", "scéalta gaolmhara:"]),
        line(Related).max_words(4).phrases(&["léigh freisin", "léigh tuilleadh", "scéalta gaolmhara"]),
        line(Related).max_words(24).phrases(&[
            "ailt ghaolmhara", "ábhar gaolmhar", "is mó a léadh",
            "is mó léite", "tuilleadh scéalta", "tuilleadh nuachta", "molta duit", "an nuacht is déanaí",
            "b'fhéidir go dtaitneodh seo leat", "d'fhéadfadh suim a bheith agat", "an chéad alt eile", "an t-alt roimhe seo",
            "an chéad scéal eile", "an scéal roimhe seo", "féach freisin",
        ]),
        label(Related).phrases(&[
            "léigh freisin", "léigh tuilleadh", "tuilleadh", "is mó a léadh", "is déanaí", "is deireanaí", "scéalta gaolmhara",
            "molta", "molaimid", "ná caill", "tuilleadh scéalta", "tuilleadh nuachta", "nuacht is déanaí", "an nuacht is déanaí",
            "ábhar gaolmhar", "ailt ghaolmhara", "scéalta eile", "molta duit",
        ]),
        line(Related).max_words(4).phrases(&["tuilleadh faoi", "molta", "is déanaí"]),
        line(Related).max_words(6).phrases(&["tuilleadh ó", "ná caill", "molaimid", "scéalta eile", "nuacht eile"]),
        line(Related).max_words(24).phrases(&["gaolmhar:", "gaolmhara:"]),
        // Credits: a bio's "Is iriseoir le ... é" is also a profile's sentence, below.
        ask(Credit).max_words(40).phrases(&[
            "foilsíodh an t-alt seo ar dtús", "foilsíodh an t-alt seo den chéad uair", "foilsíodh an scéal seo ar dtús",
            "foilsíodh an leagan seo den alt",
        ]),
        cue(Credit).phrases(&["foilsíodh ar dtús", "foilsíodh den chéad uair"]),
        line(Credit).max_words(10).phrases(&[
            "grianghraf:", "grianghraif:", "pictiúr:", "pictiúir:", "íomhá:", "íomhánna:", "téacs:", "údar:", "físeán:",
            "aistriúchán:", "aistrithe ag", "grafaic:", "grianghrafadóir:", "eagarthóir:",
        ]),
        line(Credit).max_words(12).phrases(&["tuairisciú breise", "tuairisc bhreise", "téacs agus grianghraif:"]),
        chrome(Other).max_words(10).phrases(&["gach ceart ar cosaint"]),
        // Buttons and dismiss labels, each a line of its own ("Dún" alone; the places are
        // "Dún na nGall", "Dún Laoghaire").
        label_any().phrases(&[
            "ní anois", "níl, go raibh maith agat", "ní hea, go raibh maith agat", "níos déanaí",
            "b'fhéidir níos déanaí", "cuir i gcuimhne dom níos déanaí", "glac", "glacaim", "glacaim leis", "diúltaigh",
            "lean ar aghaidh", "ar aghaidh", "priontáil", "aon uair amháin", "uair amháin", "go míosúil", "míosúil",
            "go bliantúil", "bliantúil", "tacaigh", "tacaigh anois", "deonaigh", "deonaigh anois", "logáil isteach",
            "sínigh isteach", "cláraigh anois", "cealaigh", "sábháil", "socruithe", "tuigim", "ceart go leor",
        ]),
        outlet(Donation).phrases(&[
            "meán neamhspleách", "meán cumarsáide neamhspleách", "suíomh nuachta neamhspleách", "seirbhís nuachta neamhspleách",
            "saor ó fhógraí", "gan fhógraíocht", "saor in aisce do chách", "saor in aisce do gach duine",
            "maoinithe ag ár léitheoirí", "maoinithe ag léitheoirí", "á mhaoiniú ag a léitheoirí", "gan bhalla íocaíochta",
            "oscailte do chách", "eagraíocht neamhbhrabúis", "neamhbhrabúis",
        ]),
        // Second round: general formulas of each function.
        ask(Donation).phrases(&[
            "tacaigh go míosúil", "tacaigh uair amháin", "bí i do thacadóir", "éirigh i do thacadóir",
            "ar mhaith leat tacú linn", "ar mhaith leat tacaíocht a thabhairt dúinn", "tacú linn le",
        ]),
        cue(Donation).weight(2.0).phrases(&[
            "méid eile", "aon mhéid", "tacaíocht ó léitheoirí", "tacaíocht ár léitheoirí", "is cuma cé chomh beag",
            "gach deonachán", "tabhair an méid is féidir leat", "cuidíonn gach deonachán",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "is é seo an t-alt saor in aisce deireanach", "d'alt saor in aisce deireanach", "an t-alt deireanach saor in aisce",
            "tá an t-alt seo faoi ghlas", "díghlasáil an t-alt seo",
        ]),
        ask(Subscription).phrases(&["an chéad mhí saor in aisce", "rochtain ar gach alt", "rochtain iomlán ar"]),
        cue(Subscription).phrases(&["do shíntiúsóirí", "eagrán digiteach", "an páipéar ar líne"]),
        ask(Newsletter).phrases(&[
            "go raibh maith agat as clárú", "deimhnigh do sheoladh ríomhphoist", "cuir isteach do sheoladh ríomhphoist",
            "faigh an nuacht is déanaí i do bhosca",
        ]),
        ask(Cookie).phrases(&[
            "muid féin agus ár gcomhpháirtithe", "sinne agus ár gcomhpháirtithe", "bainistigh sainroghanna",
            "an nglacann tú le húsáid", "fianáin atá riachtanach",
        ]),
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "úsáideann an suíomh seo", "úsáideann an suíomh gréasáin seo", "má leanann tú ar aghaidh ag úsáid an tsuímh",
        ]),
        ask(Social).phrases(&["cóipeáil an nasc", "cóipeáil nasc", "nasc cóipeáilte", "seol chuig cara"]),
        label_any().phrases(&[
            "tuigim é", "ceart go leor, tuigim", "sábháil le haghaidh níos déanaí", "léigh níos déanaí", "cuir ar ceal",
            "glacaim le", "sainroghanna",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["ceartúchán:", "nuashonrú:", "nuashonraithe:", "nóta ón eagarthóir:", "nóta eagarthóra:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&[
            "nuashonraíodh an t-alt seo", "nuashonraíodh an scéal seo", "ceartaíodh an t-alt seo", "ceartaíodh an scéal seo",
            "i leagan níos luaithe den alt seo", "i leagan roimhe seo den alt seo",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, says,
        // according to, in an interview with), which no box uses.
        body().phrases(&[
            "a dúirt", "dúirt", "arsa", "a deir", "deir", "dar le", "a dúradh", "a mhínigh", "a d'admhaigh", "a shéan",
            "a d'fhógair", "a dhearbhaigh", "a d'iarr", "a thug le fios", "a mhaígh", "a d'áitigh", "ag labhairt le",
            "in agallamh le", "i ráiteas", "dúirt urlabhraí", "a deirtear", "a chuir sé leis", "a chuir sí leis",
            "a chuir siad leis", "a d'impigh", "a d'achainigh", "a d'fhiafraigh",
        ]),
        // Tips to the newsroom ("An bhfuil scéal agat?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "an bhfuil scéal agat", "seol scéal chugainn", "seol do scéal chugainn", "seol leid chugainn",
            "má tá scéal agat dúinn",
        ]),
        line(Credit).max_words(12).phrases(&[
            "déan teagmháil leis an iriseoir", "déan teagmháil leis an eagarthóir", "déan teagmháil leis an bhfoireann nuachta",
        ]),
        // Site chrome around the story, by page part: the author box (op-eds close on "Is
        // léachtóir le ... é X"), the comment section, the disclaimer, the navigation. A
        // profile says "Is iriseoir le RTÉ í Máire": below an anchor's weight.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "faoin údar", "maidir leis an údar", "tuilleadh ón údar", "ailt eile leis an údar", "gach alt le",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "is iriseoir", "is scríbhneoir", "is léachtóir", "is craoltóir", "is colúnaí",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["is iriseoir saorshaothair", "is colúnaí rialta"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "léim go dtí an t-ábhar", "léim chuig an ábhar", "téigh go dtí an t-ábhar", "scipeáil go dtí an t-ábhar",
            "léim go dtí an príomhábhar", "téigh go dtí an príomhábhar",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "an chéad leathanach eile", "an leathanach roimhe seo", "leathanach 1 de", "tuairiscigh earráid",
            "tuairiscigh botún", "ar ais go barr",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["an bhfaca tú botún", "ar aimsigh tú botún", "an bhfaca tú earráid"]),
        ask(Other).part(Navigation).phrases(&["cumasaigh javascript", "tá do bhrabhsálaí as dáta", "cas air javascript"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "fág tuairim", "scríobh tuairim", "cuir tuairim leis", "fág freagra", "taispeáin tuairimí", "tá na tuairimí dúnta",
            "dúnadh na tuairimí",
        ]),
        // "Tuairimí" is also the opinion section's name and a subhead's "opinions": alone on
        // its line, below an anchor's weight.
        label(Other).part(Comments).weight(2.5).phrases(&["tuairimí", "tráchtanna"]),
        ask(Other).part(Comments).phrases(&[
            "logáil isteach chun tuairim a fhágáil", "cláraigh chun tuairim a fhágáil", "beartas tuairimí",
            "rialacha tuairimí", "déantar modhnóireacht ar thuairimí",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["cealaigh freagra", "seol tuairim", "foilsigh tuairim"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "bí ar an gcéad duine le tuairim a fhágáil", "bí ar an gcéad duine a fhágfaidh tuairim",
            "tá réimsí riachtanacha marcáilte",
        ]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ní fhoilseofar do sheoladh ríomhphoist"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["sábháil m'ainm"]),
        ask(Other).part(Disclaimer).phrases(&[
            "is leis an údar amháin na tuairimí", "tuairimí an údair féin", "tuairimí an údair amháin",
            "ní gá gurb ionann iad agus tuairimí", "ní gá go léiríonn siad tuairimí",
        ]),
        cue(Other).part(Disclaimer).phrases(&["ní gá gurb iad tuairimí"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "faisnéis a stóráil ar ghléas", "rochtain ar fhaisnéis ar ghléas", "fógraí agus ábhar pearsantaithe",
            "tomhas fógraí agus ábhair",
        ]),
        label_any().phrases(&["glac le gach rud", "glac leo go léir", "diúltaigh do gach rud", "níos mó roghanna", "glac le gach ceann"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "tá an t-alt seo mar chuid de", "is cuid de shraith é an t-alt seo", "tá an scéal seo mar chuid de",
            "tá an t-alt seo maoinithe ag", "cuireadh an t-alt seo le chéile le tacaíocht", "réitíodh an t-alt seo le tacaíocht",
            "is é seo an chéad chuid de", "is é seo an dara cuid de", "is é seo an tríú cuid de", "is é seo an chuid dheireanach de",
        ]),
        // Headings of related lists and share rows as CMS themes print them, and the question
        // over a box, each a line of its own.
        label(Related).phrases(&["postálacha gaolmhara", "ailt chosúla", "scéalta cosúla", "postálacha le déanaí", "postálacha is déanaí"]),
        header(Donation).max_words(12).phrases(&[
            "ar chabhraigh an t-alt seo leat", "an raibh an t-alt seo úsáideach", "an raibh an t-alt seo cabhrach",
        ]),
        label(Social).phrases(&["roinn", "roinn é seo", "roinn an t-alt", "roinn ar", "roinn le"]),
        // A read-aloud player's label, the platforms' own embed fallbacks.
        chrome(Other).max_words(4).phrases(&["éist leis an alt seo", "éist leis an alt", "éist leis an scéal"]),
        chrome(Social).max_words(5).phrases(&["féach ar youtube"]),
        chrome(Social).max_words(7).phrases(&["féach ar an bpostáil seo ar instagram"]),
        // Paywall meters: the count's noun phrase, the rest of the text left hidden. Cues below
        // an anchor's weight.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["alt saor in aisce", "ailt saor in aisce"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["an chuid eile den alt", "léigh an t-alt iomlán", "léigh an scéal iomlán"]),
        // The line under an ad slot that says the story goes on below it, a line of its own;
        // "fógra" alone on its line ("gan fógra", without notice, is a sentence's).
        label(Ad).phrases(&["fógra", "fógraíocht", "leanann an t-alt thíos", "leanann an scéal thíos", "leanann an t-alt ar aghaidh thíos"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["ábhar urraithe", "urraithe", "alt urraithe", "i gcomhpháirtíocht le", "i gcomhar le", "ábhar fógraíochta"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["d'fhéadfaimis coimisiún a thuilleamh", "má cheannaíonn tú trí naisc"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["grianghraf comhaid", "pictiúr comhaid", "íomhá comhaid", "grianghraf stoic", "pictiúr stoic", "seat scáileáin"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["seinn físeán", "seinn an físeán", "féach ar an bhfíseán", "seinn arís"]),
        label(Other).part(Player).weight(2.5).phrases(&["seinnteoir físe", "seinnteoir fuaime", "éist"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["clibeanna", "clib", "ábhair", "catagóirí"]),
        // A line of the bank details under an ask ("Uimhir chuntais: ...", "Cód sórtála: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["uimhir chuntais", "cód sórtála", "ainm an chuntais", "banc:", "cuntas:", "tagairt:"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["cláraigh mé", "cláraigh anseo", "cuir isteach do sheoladh ríomhphoist", "do sheoladh ríomhphoist", "liostáil leis an nuachtlitir"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["seoladh ríomhphoist", "r-phost", "ríomhphost", "cláraigh"]),
        label(Subscription).phrases(&[
            "liostáil", "liostáil anois", "ceannaigh síntiús", "féach na tairiscintí", "roghnaigh síntiús", "faigh rochtain",
            "ceannaigh anois", "síntiús", "an síntiúsóir thú? logáil isteach",
        ]),
        label(App).phrases(&["íoslódáil ón app store", "faigh é ar google play", "ar fáil ar google play", "íoslódáil an aip", "oscail san aip", "oscail an aip", "suiteáil an aip"]),
        label(Donation).phrases(&[
            "tacaigh linn", "tabhair deonachán", "síntiús míosúil", "deonachán míosúil", "méid eile", "deonachán aonuaire",
            "tacaigh go míosúil", "tacaigh uair amháin", "ar aghaidh chuig íocaíocht", "lean ar aghaidh chuig an íocaíocht",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["síntiús aonuaire"]),
        label(Social).phrases(&[
            "cóipeáil an nasc", "tá an nasc cóipeáilte", "cóipeáilte", "seol trí ríomhphost", "roinn trí ríomhphost",
            "roinn ar linkedin", "priontáil an t-alt", "priontáil an scéal",
        ]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "trí chlárú", "trí chlárú, aontaíonn tú", "trí chliceáil ar", "ní roinnfimid do sheoladh ríomhphoist",
            "ní roinnfimid do shonraí", "aontaím le", "léigh ár mbeartas príobháideachta", "tá an suíomh seo cosanta ag recaptcha",
            "seiceáil do bhosca isteach",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ar mhaith leat tuilleadh scéalta mar seo", "ná caill aon rud", "ar mhaith leat fanacht ar an eolas",
            "ar mhaith leat tuilleadh a fháil amach", "ar mhaith leat tuilleadh a léamh",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["gailearaí", "lánscáileán", "méadaigh"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&[
            "an chéad ghrianghraf eile", "an grianghraf roimhe seo", "gailearaí grianghraf", "dún an gailearaí", "oscail an gailearaí",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(6).phrases(&["féach ar na grianghraif go léir"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["beo", "athnuaigh", "greamaithe"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["nuashonruithe beo", "blag beo", "féach beo", "postáil ghreamaithe", "príomhimeachtaí"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["lódáil tuilleadh nuashonruithe", "taispeáin tuilleadh postálacha", "lódáil tuilleadh"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["aistrigh"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["sábháil an t-alt", "méid an téacs", "méadaigh an téacs", "laghdaigh an téacs"]),
        // Bilingual sites link the story's other language.
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["léigh as béarla", "léigh i mbéarla", "an leagan béarla"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["seinn", "fotheidil"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["múch an fhuaim", "cas air an fhuaim", "uathsheinm"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&[
            "an bhfuil meas agat ar ár n-iriseoireacht", "an bhfuil meas agat ar ár gcuid oibre", "an dtaitníonn ár n-iriseoireacht leat",
        ]),
        header(Donation).weight(2.5).max_words(12).phrases(&["go raibh maith agat as léamh", "go raibh míle maith agat as léamh", "go raibh maith agaibh as léamh"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row, and
        // its ask ("fógraí" alone is also ads and notices).
        label_any().phrases(&["ceadaigh", "ná ceadaigh", "ceadaigh ní anois", "ní anois ceadaigh", "ceadaigh níos déanaí", "ceadaigh dún", "dún ceadaigh", "ceadaigh cealaigh", "cealaigh ceadaigh"]),
        cue(App).phrases(&["fógraí brú", "cas air fógraí", "faigh fógraí"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["ba mhaith liom tacú", "tacaím cheana féin", "ba mhaith liom deonachán a thabhairt"]),
        label(Membership).phrases(&["ba mhaith liom a bheith i mo bhall", "is ball mé cheana", "is ball mé cheana féin", "bí i do bhall", "bí linn"]),
        label(Subscription).phrases(&["ba mhaith liom síntiús a cheannach", "is síntiúsóir mé cheana", "tá síntiús agam cheana", "tá síntiús agam"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["leigh freisin:", "tuilleadh le léamh:", "féach freisin:", "ailt ghaolmhara:", "tuilleadh ar an scéal seo:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["éist beo", "féach beo", "éist leis an sruth beo", "féach ar an sruth beo", "éist beo ar líne"]),
        ask(Social).max_words(30).phrases(&["lean ár gcainéal", "ár gcainéal whatsapp", "ár gcainéal telegram", "bí linn ar whatsapp"]),
        line(Subscription).max_words(10).phrases(&["léigh an t-eagrán digiteach"]),
        label(Subscription).phrases(&["eagrán digiteach"]),
        ask(Other).part(Comments).max_words(60).phrases(&["déantar modhnóireacht ar thráchtanna"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["seol grianghraif chugainn", "déan teagmháil leis an seomra nuachta"]),
        label(Ad).phrases(&["ceannaigh ticéid"]),
        ask(Ad).max_words(35).phrases(&["táimid ag earcú"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ní fhoilseofar do sheoladh ríomhphoist"]),
    ],
    // Not "sinn" (the party, "Sinn Féin") nor "linn" ("le linn", during).
    we: &["muid", "sinne", "ár", "againn", "dúinn", "orainn", "uainn", "lenár", "inár"],
    // "tú" is the Spanish pack's, "do" (your) the preposition "to": the prepositional forms
    // stand in. Irish has no polite register: the plural is the form appeals use to many
    // readers.
    you: &["tusa", "leat", "duit", "agat", "uait", "chugat", "sibh", "sibhse", "libh", "daoibh", "agaibh", "bhur", "uaibh"],
};
