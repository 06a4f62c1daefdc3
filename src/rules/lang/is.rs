//! Icelandic.
//!
//! Written from how Icelandic news sites, local papers and NGOs word their page furniture and
//! appeals in general (not one site's wording). Icelandic inflects its nouns, adjectives and
//! pronouns, so a formula is listed in the forms boxes print (nominative in a heading,
//! accusative or dative after a verb or a preposition) and single words as stems. Words
//! that news uses as often as boxes do are cues, or anchors only at a short block's start:
//! "deila" is also a dispute ("kjaradeila"), "styrkja" also to strengthen, "óháð" also
//! "regardless", "aðild" the country's membership of a union, "ummæli" a politician's remarks.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "is",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 mín. lestur").
        chrome(Other).at(Any).max_words(6).phrases(&["lestrartími", "mín. lestur", "mín lestur", "mínútna lestur", "mínútna lesning"]),
        header(Donation).max_words(14).phrases(&[
            "skilaboð frá", "styrktu okkur", "styrkið okkur", "styddu okkur", "styðjið okkur",
            "styrktu óháða blaðamennsku", "styrktu sjálfstæða blaðamennsku", "styddu óháða blaðamennsku",
            "áður en þú ferð", "getur þú hjálpað okkur", "geturðu hjálpað okkur",
            "við þurfum á stuðningi þínum að halda", "við þurfum á þínum stuðningi að halda", "leggðu okkur lið",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "hvert framlag", "hver króna skiptir máli",
            "styrktu okkur með", "styrktu okkur í dag",
            "veldu upphæð", "veldu fjárhæð", "veldu þína upphæð", "við þurfum á þinni hjálp að halda",
            "við þurfum á hjálp þinni að halda", "styrktu starfið", "styrktu starf okkar", "styðja við starf okkar",
            "styðja við óháða blaðamennsku", "styrkja óháða blaðamennsku", "styrkja sjálfstæða blaðamennsku",
            "gefa frjálst framlag", "leggja okkur lið",
        ]),
        cue(Donation).phrases(&[
            "þinn stuðningur", "stuðningur þinn", "stuðningi þínum", "þínum stuðningi", "óháð blaðamennska",
            "óháða blaðamennsku", "starf okkar", "starfið okkar", "blaðamennsku okkar", "frjáls framlög",
            "frjálst framlag", "frjálsum framlögum", "frádráttarbær", "með mánaðarlegu framlagi", "mánaðarlegt framlag",
            // (A story's heading may ask it: "Hvert fer framlagið þitt?")
            "þitt framlag", "framlag þitt", "framlagið þitt",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["á mánuði"]),
        // Not "styrkt*" or "framlag*": Norwegian "styrkt" (strengthened) and "framlagt" (presented).
        cue(Donation).weight(0.5).phrases(&["styrktar*", "framlagi*", "framlög*", "stuðning*"]),
        salutation(Donation).max_words(6).phrases(&["kæri lesandi", "kæru lesendur", "ágæti lesandi", "ágætu lesendur", "kæri áskrifandi"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["líkaði þér greinin", "líkaði þér fréttin", "finnst þér gott það sem þú lest"]),
        ask(Membership).phrases(&[
            "gerast félagi", "gerstu félagi", "gerast styrktarfélagi", "gerstu styrktarfélagi", "gakktu í félagið",
            "skráðu þig í félagið", "gerast meðlimur", "gerstu meðlimur",
        ]),
        cue(Membership).phrases(&["félagsaðild*", "styrktarfélag*"]),
        ask(Subscription).phrases(&[
            "vertu áskrifandi", "gerstu áskrifandi", "kauptu áskrift",
            "ertu nú þegar áskrifandi", "nú þegar áskrifandi", "ertu áskrifandi",
            "prófaðu frítt", "prófaðu ókeypis", "enginn binditími", "engin binding", "segja upp hvenær sem er",
        ]),
        // The names of the offer, which a story on a paper's prices names too ("Stafræn áskrift
        // hækkar úr 2.490 krónum ..."): the nag's short lines only.
        ask(Subscription).max_words(14).phrases(&[
            "gerast áskrifandi", "kaupa áskrift", "fullan aðgang", "fullur aðgangur", "stafræn áskrift", "vefáskrift",
            "netáskrift",
        ]),
        cue(Subscription).phrases(&["áskrift*", "áskrifand*", "áskrifend*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "til að lesa áfram", "til að halda áfram að lesa", "aðeins fyrir áskrifendur", "eingöngu fyrir áskrifendur",
            "þessi grein er aðeins fyrir áskrifendur", "þessi frétt er aðeins fyrir áskrifendur",
            "greinin er aðeins aðgengileg áskrifendum", "ókeypis greinar", "skráðu þig inn til að lesa",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["þú hefur lesið"]),
        ask(Newsletter).phrases(&[
            "skráðu þig á póstlista*", "skráðu þig á fréttabréf*", "fréttabréfið okkar", "póstlistann okkar",
            "í pósthólfið þitt", "netfangið þitt", "þitt netfang", "afskráð þig hvenær sem er",
        ]),
        cue(Newsletter).phrases(&["fréttabréf*", "póstlista*", "persónuverndarstefn*"]),
        ask(App).phrases(&["sæktu appið", "náðu í appið", "sæktu smáforritið", "sæktu appið okkar"]),
        cue(App).phrases(&["appið okkar", "smáforritið okkar", "í app store", "í appinu"]),
        ask(Cookie).phrases(&[
            "þessi vefur notar vafrakökur", "þessi vefsíða notar vafrakökur", "notar vafrakökur", "við notum vafrakökur",
            "notum vafrakökur", "við notum kökur", "samþykkja allar", "hafna öllum", "stillingar á vafrakökum",
            "vafrakökustillingar", "vafrakökustefn*",
        ]),
        cue(Cookie).phrases(&["vafrakök*", "vafrakaka"]),
        ask(Social).phrases(&[
            "fylgdu okkur á", "fylgdu okkur", "fylgstu með okkur á", "fylgið okkur á", "deildu greininni",
            "deildu fréttinni", "deila á facebook", "deildu á facebook",
        ]),
        line(Related).max_words(24).phrases(&[
            "lestu einnig", "lestu líka", "lesið einnig", "sjá einnig", "sjá líka", "tengdar fréttir", "tengdar greinar",
            "tengt efni", "mest lesið", "mest lesnu fréttirnar", "fleiri fréttir", "mælt með fyrir þig",
        ]),
        label(Related).phrases(&["lestu einnig", "lestu meira", "lesa meira", "mest lesið", "tengdar fréttir", "nýjast"]),
        ask(Credit).max_words(40).phrases(&[
            "er blaðamaður hjá", "er blaðamaður á", "er fréttamaður hjá", "er fréttamaður á", "er fréttaritari",
            "vann að þessari frétt",
        ]),
        cue(Credit).phrases(&["blaðamaður hjá", "birtist fyrst í", "birtist fyrst á"]),
        line(Credit).max_words(10).phrases(&[
            "mynd:", "myndir:", "ljósmynd:", "ljósmyndir:", "ljósmyndari:", "texti:", "höfundur:", "grafík:", "myndband:",
            "þýðing:", "þýtt af", "umsjón:",
        ]),
        chrome(Other).max_words(10).phrases(&["öll réttindi áskilin"]),
        label_any().phrases(&[
            "loka", "ekki núna", "nei takk", "seinna", "síðar", "minna mig á seinna", "samþykkja", "hafna", "halda áfram",
            "prenta", "einu sinni", "mánaðarlega", "styrkja", "styrkja núna", "gefa núna", "gerast áskrifandi",
            "innskráning", "skrá inn", "skráðu þig inn", "nýskráning",
        ]),
        outlet(Donation).phrases(&[
            "óháður fjölmiðill", "óháðan fjölmiðil", "óháðum fjölmiðli", "sjálfstæður fjölmiðill", "sjálfstæðan fjölmiðil",
            "frjáls fjölmiðill", "frjálsan fjölmiðil", "án auglýsinga", "auglýsingalaus", "án greiðsluveggjar",
            "opinn öllum", "ókeypis fyrir alla", "fjármagnaður af lesendum", "rekinn án hagnaðarsjónarmiða",
        ]),
        // Second round: general formulas of each function.
        ask(Donation).phrases(&[
            "stakt framlag", "eingreiðsla", "gerast styrktaraðili", "gerstu styrktaraðili", "vertu styrktaraðili",
            "gerast mánaðarlegur styrktaraðili", "gerstu mánaðarlegur styrktaraðili", "viltu styrkja okkur",
            "viltu styðja okkur", "getur þú styrkt okkur", "geturðu styrkt okkur", "getur þú stutt okkur",
            "geturðu stutt okkur", "styrkja okkur með",
        ]),
        // "styrkja okkur" is also "strengthen us" in a quote: an ask at a short block's start.
        ask(Donation).at(Start).max_words(20).phrases(&["styrkja okkur", "styðja okkur"]),
        cue(Donation).weight(2.0).phrases(&["veldu upphæðina", "önnur upphæð", "frjáls upphæð", "fjármögnuð af lesendum", "stuðningur lesenda"]),
        ask(Paywall).weight(3.5).phrases(&[
            "ertu nú þegar með áskrift", "ertu með áskrift", "lestu alla greinina með", "lestu alla fréttina með",
            "greinin er læst", "fréttin er læst", "opnaðu greinina",
        ]),
        ask(Subscription).phrases(&["fyrsti mánuðurinn", "fyrsta mánuðinn á", "prófaðu í mánuð", "aðgang að öllu efni", "aðgangur að öllu efni"]),
        cue(Subscription).phrases(&["fyrir áskrifendur", "rafræn útgáfa", "lesa blaðið", "gjafaáskrift*"]),
        cue(Subscription).weight(2.0).phrases(&["ótakmarkaðan aðgang", "ótakmarkaður aðgangur"]),
        ask(Newsletter).phrases(&[
            "fáðu fréttabréfið", "fáðu fréttirnar í pósthólfið", "takk fyrir skráninguna", "staðfestu netfangið",
            "sláðu inn netfangið", "skráðu netfangið þitt", "afskrá þig",
        ]),
        ask(Cookie).phrases(&["við og samstarfsaðilar okkar", "sérsníða stillingar", "samþykkir þú notkun", "nauðsynlegar vafrakökur"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["þessi vefur notar", "þessi síða notar", "vefurinn notar", "með því að halda áfram að nota vefinn"]),
        ask(Social).phrases(&["afrita hlekk", "hlekkur afritaður", "senda á vin", "sendu greinina á vin"]),
        label_any().phrases(&["skilið", "ég skil", "í lagi", "vista", "lesa síðar", "kannski seinna", "stillingar", "hætta við", "ég samþykki", "nei, takk"]),
        outlet(Donation).phrases(&["ekki rekinn í hagnaðarskyni", "óhagnaðardrifinn", "óháður og frjáls"]),
        // The story's own notices: a correction, an update (also "Uppfært klukkan 14.30").
        notice().phrases(&["leiðrétting:", "uppfært:", "uppfærsla:", "uppfært kl.", "uppfært klukkan", "athugasemd ritstjórnar:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&[
            "fréttin hefur verið uppfærð", "fréttin var uppfærð", "greinin hefur verið uppfærð", "fréttin hefur verið leiðrétt",
            "fréttin var leiðrétt", "í fyrri útgáfu fréttarinnar", "í fyrri útgáfu greinarinnar",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (says, said,
        // according to, in conversation with), which no box uses.
        body().phrases(&[
            "segir", "sagði", "að sögn", "samkvæmt", "sögðu", "segja", "segir hann", "segir hún", "sagði hann",
            "sagði hún", "í samtali við", "í viðtali við", "að því er fram kemur", "kemur fram í", "kom fram í",
            "að hans sögn", "að hennar sögn", "bætir við", "bætti við", "útskýrir", "útskýrði", "staðfestir",
            "greinir frá", "greindi frá", "upplýsir", "upplýsti", "tilkynnti", "viðurkennir", "viðurkenndi",
            "neitar", "neitaði", "spurði", "skrifaði", "leggur áherslu á", "lagði áherslu á", "benti á", "bendir á",
            "varaði við", "segist", "sagðist",
        ]),
        // Also news wording: "þingið birti skýrsluna fyrst í mars", "lesa meira um reglurnar á
        // vef Skattsins": a short block's start only.
        ask(Credit).max_words(40).phrases(&["greinin birtist fyrst", "fréttin birtist fyrst", "greinin birtist upphaflega"]),
        line(Related).max_words(3).phrases(&["lesa meira", "lestu meira", "nýjustu fréttir"]),
        line(Related).max_words(4).phrases(&["meira um", "vinsælt", "mælt með", "nýjast"]),
        line(Related).max_words(6).phrases(&[
            "nýjar fréttir", "fleiri greinar", "meira frá", "annað efni", "vinsælast", "við mælum með",
            "ekki missa af", "helstu fréttir", "mest deilt", "síðustu fréttir", "tengt",
        ]),
        line(Related).max_words(24).phrases(&[
            "lestu einnig:", "sjá einnig:", "lestu meira:", "tengt:", "þú gætir einnig haft áhuga á",
            "þú gætir líka haft áhuga á", "þér gæti einnig líkað", "þetta gæti einnig vakið áhuga þinn",
            "fyrri grein", "næsta grein", "fyrri frétt", "næsta frétt", "hlustaðu einnig", "horfðu einnig",
        ]),
        label(Related).phrases(&[
            "tengdar greinar", "tengt efni", "nýjustu fréttir", "nýjar fréttir", "fleiri fréttir", "fleiri greinar",
            "vinsælt", "vinsælast", "mælt með", "við mælum með", "ekki missa af", "helstu fréttir", "sjá einnig",
            "meira um efnið", "annað efni", "mest lesnu fréttirnar", "mest deilt", "síðustu fréttir", "tengt",
            "lesa áfram", "mælt með fyrir þig",
        ]),
        // Tips to the newsroom ("Lumar þú á frétt?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "ertu með ábendingu", "ertu með fréttaskot", "sendu okkur ábendingu", "sendu okkur fréttaskot",
            "lumar þú á frétt", "lumarðu á frétt", "ábendingar um fréttir",
        ]),
        line(Credit).max_words(12).phrases(&["hafðu samband við blaðamann", "sendu blaðamanni póst", "hafðu samband við ritstjórn"]),
        line(Credit).max_words(10).phrases(&["texti og myndir:", "texti og mynd:"]),
        // Site chrome around the story, by page part: the author box (op-eds close on
        // "Höfundur er lektor við ..."), the comment section, the disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["um höfundinn", "um höfund", "fleiri greinar eftir", "allar greinar eftir", "greinar eftir höfund"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["höfundur er", "höfundar eru", "greinarhöfundur er", "pistlahöfundur er"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["er sjálfstætt starfandi blaðamaður", "er pistlahöfundur"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["fara í efni", "fara beint í efni", "hoppa í efni", "stökkva í efni", "beint í efni"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["næsta síða", "fyrri síða", "síða 1 af", "tilkynna villu", "senda ábendingu"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["fannstu villu", "sástu villu"]),
        ask(Other).part(Navigation).phrases(&["vefurinn virkar best", "vafrinn þinn er úreltur", "virkjaðu javascript", "kveiktu á javascript"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["skrifa athugasemd", "skrifaðu athugasemd", "skildu eftir athugasemd", "sýna athugasemdir", "lokað hefur verið fyrir athugasemdir"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["athugasemdir"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["athugasemdir"]),
        ask(Other).part(Comments).phrases(&["skráðu þig inn til að skrifa athugasemd", "athugasemdir eru á ábyrgð", "á ábyrgð þeirra sem þær rita", "reglur um athugasemdir", "athugasemdir eru yfirfarnar"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["hætta við svar", "birta athugasemd", "fela athugasemdir"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["taktu þátt í umræðunni", "svara athugasemd"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["vertu fyrst til að skrifa athugasemd", "vertu fyrstur til að skrifa athugasemd"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["nauðsynlegir reitir eru merktir"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["netfangið þitt verður ekki birt", "netfang þitt verður ekki birt"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["vista nafn mitt, netfang og vefsíðu"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["lokað fyrir athugasemdir", "bæta við athugasemd", "ummæli"]),
        ask(Other).part(Disclaimer).phrases(&["skoðanir sem fram koma", "eru á ábyrgð höfundar", "á ábyrgð greinarhöfundar", "endurspegla ekki endilega", "greinin er á ábyrgð höfundar"]),
        cue(Other).part(Disclaimer).phrases(&["ekki endilega skoðanir ritstjórnar"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&["geyma og/eða fá aðgang að upplýsingum í tæki", "mælingar á auglýsingum og efni", "sérsniðnar auglýsingar og efni"]),
        label_any().phrases(&["leyfa allar", "samþykkja allt", "hafna öllu", "fleiri valkostir", "samþykkja vafrakökur"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "þessi grein er hluti af", "greinin er hluti af", "umfjöllunin er hluti af", "þessi umfjöllun er hluti af",
            "fréttin er hluti af", "greinin er unnin með stuðningi", "umfjöllunin er unnin með stuðningi",
            "greinin er unnin í samstarfi við", "umfjöllunin er unnin í samstarfi við", "verkefnið er styrkt af",
            "þetta er fyrsti hluti", "þetta er annar hluti", "þetta er þriðji hluti", "þetta er síðasti hluti",
        ]),
        // The outlet's pledge to the press's code, in its footer: by its verb, below an
        // anchor's weight (a story on a complaint cites the code).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["starfar eftir siðareglum", "starfar samkvæmt siðareglum", "fylgir siðareglum blaðamannafélags", "vinnur eftir siðareglum"]),
        // Headings of related lists and share rows as CMS themes and plugins print them, and
        // the question over a box, each a line of its own.
        label(Related).phrases(&["tengdar færslur", "svipaðar greinar", "svipaðar fréttir", "nýlegar færslur", "vinsælar færslur"]),
        header(Donation).max_words(12).phrases(&["fannst þér greinin gagnleg", "var greinin gagnleg", "var fréttin gagnleg"]),
        label(Social).phrases(&["deila", "deildu", "deila grein", "deila frétt", "deila á", "deila með"]),
        // A read-aloud player's label, the platforms' own embed fallbacks.
        chrome(Other).max_words(4).phrases(&["hlusta á greinina", "hlusta á fréttina"]),
        chrome(Social).max_words(5).phrases(&["horfa á youtube"]),
        chrome(Social).max_words(7).phrases(&["skoða þessa færslu á instagram"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ókeypis grein", "fríar greinar", "frí grein", "ókeypis greinar eftir", "greinar eftir"]),
        ask(Paywall).max_words(30).phrases(&[
            "þetta er síðasta ókeypis greinin þín", "síðasta ókeypis greinin", "þú hefur lesið allar ókeypis greinarnar",
            "þú hefur klárað ókeypis greinarnar", "þú hefur náð hámarki ókeypis greina",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["það sem eftir er af greininni", "restin af greininni", "lestu alla greinina", "lestu alla fréttina"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["auglýsing", "greinin heldur áfram fyrir neðan auglýsinguna", "fréttin heldur áfram fyrir neðan auglýsinguna", "greinin heldur áfram hér að neðan"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["kynning", "kynningarefni", "kostað efni", "kostuð umfjöllun", "styrkt efni", "í samstarfi við", "unnið í samstarfi við", "samstarf"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["við gætum fengið þóknun", "við fáum þóknun", "ef þú kaupir í gegnum tengla", "greinin inniheldur tengla"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["öll afritun er óheimil", "afritun óheimil", "óheimilt er að afrita efni", "endurbirting óheimil án leyfis"]),
        // A picture's credit that names no one, a line of its own ("Mynd/Aðsend").
        label(Credit).phrases(&["aðsend", "aðsend mynd", "skjáskot", "samsett mynd", "safnmynd", "mynd úr safni", "úr einkasafni", "úr safni"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["spila myndband", "horfa á myndband", "spila aftur"]),
        label(Other).part(Player).weight(2.5).phrases(&["myndspilari", "hljóðspilari", "hlusta"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["efnisorð", "merki", "tög", "efnisflokkar"]),
        // A line of the bank details under an ask ("Reikningsnúmer: 0133-26-...", "Kt. ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["reikningsnúmer", "reikningur:", "rkn.", "kennitala", "kt.", "bankareikningur", "banki:", "skýring greiðslu"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["skrá mig", "skráðu mig", "skrá mig á póstlistann", "skráðu þig", "skráðu þig hér", "sláðu inn netfang", "netfangið þitt hér", "skrá netfang"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["netfang", "skrá"]),
        label(Subscription).phrases(&["áskrift", "kaupa áskrift", "sjá tilboð", "skoða tilboð", "kaupa núna", "velja áskrift", "fá aðgang", "ertu áskrifandi? skráðu þig inn", "áskriftarleiðir"]),
        label(App).phrases(&["sækja í app store", "sæktu í app store", "fáanlegt á google play", "sækja appið", "opna í appinu", "opna appið", "setja upp appið"]),
        label(Donation).phrases(&["styrkja okkur", "gefa", "mánaðarlegur styrkur", "mánaðarlegt framlag", "önnur upphæð", "styrkja einu sinni", "styrkja mánaðarlega", "halda áfram í greiðslu", "áfram í greiðslu"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["stakur styrkur"]),
        label(Social).phrases(&["afrita hlekkinn", "hlekkurinn hefur verið afritaður", "afritað", "senda í tölvupósti", "deila í tölvupósti", "deila á linkedin", "deila á messenger", "senda hlekk", "prenta grein", "prenta frétt"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "með því að skrá þig", "með því að skrá þig samþykkir þú", "með því að smella á", "þú getur afskráð þig hvenær sem er",
            "hægt er að afskrá sig hvenær sem er", "við deilum aldrei", "ég samþykki að", "lestu persónuverndarstefnuna",
            "þessi síða er varin með recaptcha", "athugaðu pósthólfið þitt",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["viltu fá fleiri fréttir eins og þessa", "viltu ekki missa af neinu", "viltu fylgjast með", "viltu vita meira", "viltu lesa meira"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["myndasafn", "myndasyrpa", "myndagallerí", "stækka"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["næsta mynd", "fyrri mynd", "fullur skjár", "loka myndasafni", "opna myndasafn"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["sjá allar myndir", "skoða allar myndir"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["uppfæra", "fest"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["bein lýsing", "í beinni", "nýjustu færslur", "fest færsla", "horfa í beinni"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["hlaða fleiri færslum", "sjá fleiri færslur", "fylgstu með í beinni"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["leturstærð", "þýða"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["vista grein", "stækka letur", "minnka letur"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["spila", "spilunarhraði", "skjátextar", "upplestur"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["horfa á", "sjálfvirk spilun", "hlusta á"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["slökkva á hljóði", "kveikja á hljóði"]),
        // The outlet's appeal by function: a question or a thank-you that opens it, an amount of
        // the reader's choice, the paper's editions.
        header(Donation).weight(3.0).max_words(10).phrases(&["kanntu að meta blaðamennsku okkar", "kanntu að meta starf okkar"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["takk fyrir að lesa", "takk fyrir lesturinn", "þakka þér fyrir að lesa"]),
        cue(Donation).weight(2.0).phrases(&["öll framlög skipta máli", "hvert framlag skiptir máli", "gefðu það sem þú getur", "hvaða upphæð sem er"]),
        cue(Subscription).phrases(&["lesa rafræna útgáfu", "blaðið á netinu", "fá blaðið sent heim"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row,
        // and its ask.
        label_any().phrases(&["leyfa ekki núna", "ekki núna leyfa", "leyfa seinna", "seinna leyfa", "leyfa nei takk", "nei takk leyfa", "leyfa hætta við", "hætta við leyfa", "leyfa loka", "loka leyfa"]),
        cue(App).phrases(&["tilkynningar", "kveikja á tilkynningum", "fá tilkynningar"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["ég vil styrkja", "ég styrki", "ég styrki nú þegar", "ég vil gefa", "ég vil leggja mitt af mörkum"]),
        label(Membership).phrases(&["ég vil gerast félagi", "ég er nú þegar félagi", "ég er félagi", "gerast félagi", "vertu með"]),
        label(Subscription).phrases(&["ég vil gerast áskrifandi", "ég er nú þegar áskrifandi", "ég er með áskrift"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lestu líka:", "sjá líka:", "tengdar fréttir:", "tengt efni:", "tengdar greinar:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["hlusta í beinni", "hlustaðu í beinni", "horfðu í beinni"]),
        line(Subscription).max_words(10).phrases(&["rafræn útgáfa", "lesa blaðið", "blað dagsins"]),
        ask(Other).part(Comments).max_words(60).phrases(&["áskilur sér rétt til að eyða", "áskiljum okkur rétt til að eyða"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["hafðu samband við ritstjórn", "hafðu samband við fréttastofu", "sendu okkur myndir", "sendu okkur myndband"]),
        label(Other).phrases(&["senda ábendingu", "senda fréttaskot"]),
        label(Ad).phrases(&["kaupa miða"]),
        ask(Ad).max_words(35).phrases(&["við leitum að blaðamanni", "við leitum að blaðamönnum"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["netfangið þitt verður ekki birt", "nauðsynlegir reitir eru merktir", "vista nafn mitt, netfang og vefsíðu"]),
        label(Other).part(Comments).phrases(&["senda athugasemd"]),
    ],
    // "við" (we) is also the preposition "by, with, at", in every other sentence: left out.
    we: &["okkur", "okkar"],
    you: &["þú", "þig", "þér", "þín", "þinn", "þitt", "þínum", "þinni", "viltu", "geturðu", "ertu"],
};
