//! Haitian Creole.
//!
//! Written from how Haitian Creole news sites (radio and TV stations' sites, online papers,
//! the diaspora's outlets) and NGOs word their page furniture and appeals in general (not one
//! site's wording), in the standard spelling of 1979 ("è", "ò", "ou"; "w", "m", "n", "k", "p"
//! as the short forms before "ap": "w ap", "p ap"). Sites print the same words without their
//! accents too ("sipote", "komante"): the anchors that need it are listed both ways.
//!
//! Creole verbs do not inflect, so the imperative is every person's indicative too: "fè yon
//! don" is "make a donation!" and "(Japan) made a donation", every week's aid story;
//! "sipòte nou" "support us!" and "(they) support us"; "vin manm" "become a member!" and
//! "(Haiti) became a member (of CARICOM)"; "telechaje aplikasyon an" what a ministry asks
//! people to do. Those rows are buttons (a line of their own), a short block's opening, or
//! cues; the formulas that name the reader ("sipò ou", "lektè tankou ou") or the outlet's own
//! work ("travay nou", "jounalis endepandan") carry the asks. Many words of the boxes are
//! news words too: "kòmantè" is the "no comment" of every report ("li refize fè kòmantè"),
//! "abòne" the phone companies' subscribers, "abònman" their plans, "bilten" a station's news
//! bulletin, "enskri" to register to vote or at school, "endepandans" the country's
//! independence (1 January), "li tou" "(he) also" ("Li tou di ..."), "don" any gift: labels,
//! cues, or rows limited to short lines.
//!
//! The French, English and Spanish packs run on every text, and Haitian sites print French
//! beside the Creole: no row here is a French, English or Spanish phrase.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ht",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 minit lekti").
        chrome(Other).at(Any).max_words(6).phrases(&["minit lekti", "min lekti", "tan lekti"]),
        header(Donation).max_words(14).phrases(&[
            "sipòte jounalis endepandan", "sipote jounalis endepandan", "sipòte jounalis lib", "sipòte medya endepandan",
            "sipòte travay nou", "sipòte jounalis nou", "nou bezwen sipò ou", "nou bezwen sipò w", "nou bezwen èd ou",
            "yon mesaj redaksyon an",
        ]),
        // "Sipòte nou" is also "(they) support us" and the call an organiser makes that a story
        // reports ("Sipòte nou, prezidan an mande."): a cue, and the button's whole line;
        // "anvan ou ale" is "before you go (to vote)" in an explainer: a box's short heading only.
        header(Donation).max_words(6).phrases(&["anvan ou ale", "anvan w ale"]),
        ask(Donation).weight(3.5).phrases(&[
            "lektè tankou ou", "lektè tankou w", "chwazi yon montan", "chwazi montan ou", "chwazi montan an",
            "don ou ap pèmèt nou", "sipò ou pèmèt nou", "sipò w pèmèt nou",
            "ede nou kontinye enfòme", "ede nou kontinye fè jounalis", "ede nou kenbe jounalis", "ede nou rete endepandan",
            "fè yon don pou sipòte travay nou", "fè yon don pou sipòte jounalis", "sipòte jounalis endepandan ayisyen",
            "nou konte sou lektè nou yo", "nou depann de lektè nou yo", "nou depann sou lektè nou yo",
        ]),
        // (Not "fè yon don", "bay yon don" or "ede nou kontinye" at a block's opening: they are
        // every person's indicative too ("Japon fè yon don 5 milyon dola"), and the call an
        // organiser makes that a story reports without quotation marks ("Fè yon don jodi a,
        // òganizatè yo mande."): cues, and the button's whole line.)
        cue(Donation).phrases(&[
            "fè yon don", "bay yon don", "sipò ou", "sipò w", "don ou", "kontribisyon ou", "jounalis endepandan",
            "travay nou", "jounalis nou", "ede nou kontinye", "nou bezwen sipò ou", "gras a sipò ou", "mèsi pou sipò ou",
            "chak don konte", "chak kontribisyon konte", "ti kontribisyon", "sipòte nou", "sipote nou", "soutni nou", "san sipò ou",
            "ak sipò ou",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["chak mwa", "pa mwa"]),
        // Not "don*" (English "done", any gift) nor "sipò*" alone (any backing, "sipò
        // gouvènman an").
        cue(Donation).weight(0.5).phrases(&["kontribisyon*", "donatè*"]),
        salutation(Donation).max_words(6).phrases(&["chè lektè", "chè lektè yo", "chè lektris", "chè zanmi lektè", "chè oditè", "chè abòne"]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ou renmen atik sa a", "atik sa a te plè w", "atik sa a te itil ou", "ou jwenn atik sa a itil",
            "ou renmen travay nou",
        ]),
        // "Vin manm" is also "(Haiti) became a member": anywhere with the outlet's community,
        // bare a short block's opening.
        ask(Membership).phrases(&[
            "vin manm kominote nou an", "vin yon manm kominote nou an", "rejwenn kominote lektè nou", "antre nan kominote lektè nou",
            "vin manm klib lektè", "vin yon sipòtè nou", "vin manm jodi a",
        ]),
        ask(Membership).at(Start).max_words(8).phrases(&["vin manm", "vin yon manm", "devni manm", "rejwenn kominote nou an"]),
        cue(Membership).phrases(&["kominote lektè nou", "manm nou yo", "pwogram manm"]),
        ask(Subscription).phrases(&[
            "ou deja abòne", "ou se abòne deja", "ou ka anile nenpòt ki lè", "ou ka anile nenpòt lè", "ou ka anile lè ou vle",
            "anile abònman an nenpòt ki lè",
        ]),
        // "Premye mwa a gratis pou nouvo kliyan" (a phone company's offer), "Vin abòne nan
        // Natcom, direktè a di." (a call a story reports), "2 milyon moun abòne kounye a": cues,
        // and the button's whole line.
        cue(Subscription).phrases(&["premye mwa a gratis", "vin abòne", "fè abònman", "abòne kounye a", "abòne jodi a"]),
        // The names of the offer, which the phone companies' price lists name too ("Abònman chak
        // mwa: 500 goud."): cues.
        cue(Subscription).phrases(&["abònman dijital", "abònman chak mwa", "abònman pa mwa", "abònman anyèl", "aksè san limit", "aksè a tout kontni"]),
        // The phone companies' subscribers and plans: weak alone.
        cue(Subscription).weight(0.5).phrases(&["abònman*", "abòne*"]),
        // A story about paywalls quotes them in a long sentence ("Lè w ap li yon atik, yon
        // mesaj parèt: «Konekte pou ou kontinye li» ..."): a nag's short line only.
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "atik sa a rezève pou abòne", "rezève pou abòne nou yo", "kontni sa a rezève pou abòne", "rezève sèlman pou abòne",
            "konekte pou w kontinye li", "konekte pou ou kontinye li", "ou rive nan limit atik gratis",
            "enskri gratis pou w kontinye li", "abòne pou w li rès atik la", "abòne pou w kontinye li",
        ]),
        // "Pou w kontinye li nan inivèsite, ..." (to keep studying, also "li"): with the article
        // it reads, an ask; bare, a cue.
        ask(Paywall).weight(3.5).phrases(&["pou w kontinye li atik sa a", "pou ou kontinye li atik sa a", "pou w li rès atik la", "pou ou li rès atik la"]),
        cue(Paywall).weight(2.0).phrases(&["pou w kontinye li", "pou ou kontinye li"]),
        // "Ou deja li liv li a?", an interviewer asks: a cue at a short line's start.
        cue(Paywall).weight(2.0).at(Start).max_words(20).phrases(&["ou deja li", "ou li deja"]),
        ask(Newsletter).phrases(&[
            "enskri nan bilten nou an", "abòne nan bilten nou an", "enskri pou resevwa bilten", "resevwa bilten nou an",
            "mèsi paske ou enskri", "mèsi dèske ou enskri", "dezabòne nenpòt ki lè", "dezabòne nenpòt lè",
        ]),
        // A scam warning says them too ("si ou resevwa yon mesaj nan bwat imel ou", "yo mande w
        // konfime adrès imel ou"), and a radio's "bilten nou an" is its news bulletin: cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "adrès imel ou", "adrès imel w", "imel ou", "bilten nou an", "bilten nouvèl nou", "nan bwat imel ou",
            "nan bwat resepsyon ou", "konfime adrès imel ou", "antre adrès imel ou", "mete adrès imel ou",
        ]),
        ask(App).phrases(&[
            "telechaje aplikasyon nou an", "telechaje app nou an", "enstale aplikasyon nou an", "telechaje aplikasyon mobil nou an",
            "telechaje aplikasyon nou", "aplikasyon nou an disponib",
        ]),
        // A ministry's "telechaje aplikasyon an" that a story reports: a short block's start.
        ask(App).at(Start).max_words(10).phrases(&["telechaje aplikasyon an", "telechaje app la"]),
        cue(App).phrases(&["aplikasyon nou an", "app nou an", "telechaje aplikasyon an", "disponib sou android ak ios", "disponib sou ios ak android"]),
        ask(Cookie).phrases(&[
            "nou itilize cookies", "nou sèvi ak cookies", "sit sa a itilize cookies", "sit entènèt sa a itilize cookies",
            "sit sa a sèvi ak cookies", "aksepte tout cookies", "refize tout cookies", "jere cookies yo", "paramèt cookies",
            "si ou kontinye navige", "si w kontinye navige", "ou aksepte itilizasyon cookies", "politik cookies nou",
        ]),
        ask(Cookie).at(Start).max_words(25).phrases(&["sit sa a itilize", "sit entènèt sa a itilize", "sit sa a sèvi ak"]),
        cue(Cookie).phrases(&["amelyore eksperyans ou", "analize trafik", "pèsonalize kontni", "itilize cookies"]),
        ask(Social).phrases(&[
            "swiv nou sou", "pataje atik sa a", "pataje nouvèl sa a", "pataje l bay zanmi ou", "rejwenn chèn whatsapp nou",
            "abòne nan chèn youtube nou", "voye atik sa a bay yon zanmi", "kopye lyen an", "lyen an kopye",
        ]),
        // "Pataje" is also to share food, a story's word: its colon, at a share row's opening.
        ask(Social).at(Start).max_words(6).phrases(&["pataje:", "pataje sou", "swiv nou:"]),
        // "Li tou" is also "(he) also" at a sentence's start ("Li tou di ..."): with its colon,
        // or a line of its own. "Atik" is also a law's article ("Atik swivan an di ...", "Lòt
        // atik Konstitisyon an"), "nou rekòmande" a minister's advice: short lines, or labels.
        line(Related).max_words(24).phrases(&[
            "li tou:", "li plis:", "gade tou:", "atik ki gen rapò:", "nouvèl ki gen rapò:", "ou ka enterese tou",
            "ou ka renmen tou", "sa ka enterese w tou", "pa rate:",
        ]),
        line(Related).max_words(6).phrases(&[
            "dènye nouvèl", "plis nouvèl", "lòt nouvèl", "atik ki pi li", "nouvèl ki pi li", "pi popilè",
            "atik ki gen rapò", "nouvèl ki gen rapò",
        ]),
        line(Related).max_words(4).phrases(&["atik anvan", "pwochen atik", "atik swivan"]),
        // (Not "plis enfòmasyon": a cookie banner's button, which as a heading takes the
        // headline under the banner.)
        label(Related).phrases(&[
            "li tou", "li plis", "gade tou", "atik ki gen rapò", "nouvèl ki gen rapò", "atik ki pi li", "nouvèl ki pi li",
            "dènye nouvèl", "plis nouvèl", "lòt nouvèl", "lòt atik", "nou rekòmande", "pi popilè", "ou ka renmen tou",
            "atik ki sanble", "atik resan", "dènye atik", "kontinye li",
        ]),
        // Bios open on the name ("Jan Pyè se yon jounalis ..."), a story says it in passing ("Jan,
        // ki se jounalis nan Radyo ..., te arete"): the bio's formulas are asks, the bare one a
        // cue.
        ask(Credit).max_words(40).phrases(&[
            "atik sa a te parèt an premye", "atik sa a te pibliye an premye", "atik sa a te parèt orijinalman",
            "te kontribye nan atik sa a", "te kolabore nan repòtaj sa a",
        ]),
        cue(Credit).phrases(&["se yon jounalis", "se jounalis nan", "se korespondan", "te parèt an premye"]),
        line(Credit).max_words(10).phrases(&[
            "tèks:", "tèks :", "otè:", "otè :", "kredi foto:", "kredi foto :", "tradiksyon:", "tradiksyon :", "videyo:",
            "imaj:", "repòtaj:", "sous:", "sous :", "tèks ak foto:",
        ]),
        chrome(Other).max_words(10).phrases(&["tout dwa rezève", "tout dwa yo rezève"]),
        label_any().phrases(&[
            "fèmen", "pa kounye a", "non mèsi", "non, mèsi", "pita", "raple m pita", "aksepte", "refize", "kontinye",
            "enprime", "yon sèl fwa", "chak mwa", "fè yon don kounye a", "bay kounye a", "konekte",
            "kreye yon kont", "soumèt", "anile", "wè plis", "mwen dakò", "dakò", "m konprann", "mwen konprann",
            "aksepte tout", "refize tout", "plis opsyon", "anrejistre preferans yo",
        ]),
        outlet(Donation).phrases(&[
            "medya endepandan", "jounal endepandan", "sit endepandan", "san piblisite", "medya san bi likratif",
            "finanse pa lektè", "aksè gratis pou tout lektè",
        ]),
        // The story's own notices: a correction, an update, an editor's note.
        notice().phrases(&["koreksyon:", "koreksyon :", "mizajou:", "mizajou :", "nòt redaksyon an:", "nòt editè a:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&[
            "atik sa a te mete ajou", "atik sa a mete ajou", "atik sa a te korije", "yon vèsyon anvan atik sa a",
            "nan premye vèsyon atik sa a",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // declared, made known, according to, in an interview with), which no box uses.
        body().phrases(&[
            "te di", "li di", "yo di", "li te di", "yo te di", "te deklare", "fè konnen", "te fè konnen", "te eksplike",
            "te ajoute", "te souliye", "te konfime", "te anonse", "te rapòte", "te raple", "te ensiste", "te denonse",
            "te revele", "te afime", "te kritike", "te rekonèt", "te mande", "dapre", "daprè", "nan yon entèvyou",
            "nan yon deklarasyon", "pòtpawòl", "te esplike", "deklare", "fè sav", "la di", "an di", "yo mande",
            "li mande", "la mande", "an mande",
        ]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&["ou gen yon enfòmasyon", "voye enfòmasyon ba nou", "voye nouvèl ou ba nou", "kontakte redaksyon an"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["sou otè a", "konsènan otè a", "lòt atik otè a", "tout atik otè a", "plis atik pa"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["otè a se", "otè atik sa a se", "otè a se yon"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["se yon jounalis endepandan", "se yon kwonikè", "ekri pou"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["ale nan kontni an", "sote al nan kontni", "al dirèkteman nan kontni", "ale nan kontni prensipal"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["paj swivan", "paj anvan", "paj 1 sou", "rapòte yon erè", "siyale yon erè"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["ou wè yon erè", "ou jwenn yon erè"]),
        ask(Other).part(Navigation).phrases(&["navigatè ou a twò vye", "aktive javascript", "mete javascript la aktif"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "kite yon kòmantè", "kite yon komante", "ekri yon kòmantè", "ajoute yon kòmantè", "kòmantè yo fèmen",
            "montre kòmantè yo", "kite yon repons", "kite kòmantè ou",
        ]),
        // "Li refize fè kòmantè." (he declined to comment) is in every other report, four words
        // that a count's row ("3 kòmantè") took under a label: the section's heading only, a
        // line of three words at most at its start.
        chrome(Other).part(Comments).max_words(3).phrases(&["kòmantè", "komante"]),
        ask(Other).part(Comments).phrases(&[
            "konekte pou w ka kòmante", "konekte pou kòmante", "kòmantè yo se responsablite", "règ pou kòmantè yo",
            "kòmantè yo modere",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["anile repons", "pibliye kòmantè", "voye kòmantè a"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["fè premye kòmantè a", "ekri premye kòmantè a"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["chan obligatwa yo make"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["adrès imel ou p ap pibliye", "yo p ap pibliye adrès imel ou", "adrès imel ou p ap parèt"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["anrejistre non mwen, imel mwen"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["kòmantè fèmen", "wè kòmantè yo", "kòmante atik sa a"]),
        ask(Other).part(Disclaimer).phrases(&[
            "opinyon ki eksprime nan atik sa a", "se responsablite otè a sèlman", "pa reflete pozisyon redaksyon",
            "pa reflete opinyon redaksyon", "se responsablite otè yo sèlman",
        ]),
        cue(Other).part(Disclaimer).phrases(&["pa nesesèman reflete", "pa reflete nesesèman"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "atik sa a fè pati yon seri", "atik sa a fè pati dosye", "repòtaj sa a fè pati", "ankèt sa a fè pati",
            "atik sa a reyalize ak sipò",
            "repòtaj sa a reyalize ak sipò", "repòtaj sa a te reyalize avèk sipò", "atik sa a te reyalize avèk sipò",
            "premye pati seri a", "dezyèm pati seri a",
        ]),
        label(Social).phrases(&["pataje", "pataje sa", "pataje atik la", "swiv nou", "pataje sou facebook", "pataje sou whatsapp", "voye pa imel"]),
        // A read-aloud player's label.
        chrome(Other).max_words(4).phrases(&["koute atik la", "koute atik sa a", "tande atik la"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["atik gratis", "atik gratis ou yo", "atik gratis ki rete"]),
        ask(Paywall).max_words(16).phrases(&[
            "se dènye atik gratis ou", "dènye atik gratis ou", "ou fin li tout atik gratis", "ou fin itilize tout atik gratis",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["rès atik la", "li tout atik la", "pou li rès atik la"]),
        // The advertisement slot's label, and the line that says the story goes on below it.
        label(Ad).phrases(&["piblisite", "espas piblisite", "atik la kontinye anba piblisite a", "atik la kontinye anba a"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["kontni patwone", "atik patwone", "patwone pa", "an patenarya ak", "kontni sponsorize"]),
        cue(Ad).weight(2.5).max_words(45).phrases(&["nou ka resevwa yon komisyon", "atik sa a gen lyen afilye"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["repwodiksyon entèdi", "repwodiksyon an entèdi", "tout repwodiksyon entèdi"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["foto achiv", "foto ilistrasyon", "kapti ekran", "foto kourwazi"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["jwe videyo a", "gade videyo a", "koute odyo a"]),
        label(Other).part(Player).weight(2.5).phrases(&["videyo", "odyo", "koute"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["mo kle", "mo kle yo", "etikèt", "sijè"]),
        // A line of the bank details under an ask ("Nimewo kont: ...", "MonCash: 3XXX-XXXX").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["nimewo kont", "kont labank", "non benefisyè", "moncash:", "natcash:"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["enskri m", "enskri kounye a", "adrès imel ou", "antre adrès imel ou", "mete imel ou", "abòne nan bilten an"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["enskri", "imel", "adrès imel"]),
        label(Subscription).phrases(&["abòne", "abone", "abòne kounye a", "wè òf yo", "chwazi yon plan", "ou deja abòne? konekte"]),
        label(App).phrases(&["telechaje sou app store", "disponib sou google play", "telechaje aplikasyon an", "ouvri aplikasyon an", "telechaje app la"]),
        label(Donation).phrases(&["sipòte nou", "sipote nou", "soutni nou", "fè yon don", "fe yon don", "bay yon don", "lòt montan", "don chak mwa", "don yon sèl fwa", "kontinye ak peman an"]),
        label(Social).phrases(&["kopye lyen", "kopye lyen an", "lyen kopye", "pataje pa imel", "enprime atik la"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "lè w enskri, ou dakò", "lè ou enskri, ou dakò", "lè w enskri ou dakò", "lè ou klike sou", "ou ka dezabòne nenpòt",
            "nou p ap janm pataje", "mwen dakò ak kondisyon", "tcheke bwat imel ou", "sit sa a pwoteje pa recaptcha",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ou vle plis nouvèl konsa", "ou pa vle rate anyen", "ou vle konnen plis", "ou vle rete enfòme"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galri foto", "foto swivan", "foto anvan", "ouvri galri a", "fèmen galri a"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["wè tout foto yo"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["an dirèk", "dènye mizajou", "chaje plis"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["swiv an dirèk", "gade an dirèk"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["tradui", "anrejistre"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["sove atik la", "gwosè tèks"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["koute emisyon an", "jwe odyo a"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&["ou apresye travay nou", "ou renmen jounalis nou"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["mèsi paske ou li", "mèsi paske w li", "mèsi dèske ou li", "mèsi pou lekti a"]),
        cue(Donation).weight(2.0).phrases(&["kèlkeswa montan an", "nenpòt montan", "sa ou kapab", "sipò lektè yo"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row, and
        // its ask.
        label_any().phrases(&["pèmèt pa kounye a", "pa kounye a pèmèt", "pèmèt pita", "pita pèmèt"]),
        cue(App).phrases(&["aktive notifikasyon", "resevwa notifikasyon", "notifikasyon nou yo"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["mwen vle fè yon don", "mwen sipòte", "m ap sipòte", "mwen deja bay"]),
        label(Membership).phrases(&["mwen vle vin manm", "mwen deja manm", "vin manm", "devni manm"]),
        label(Subscription).phrases(&["mwen vle abòne", "mwen deja abòne"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["koute tou:", "atik ki gen rapo:", "lòt atik ki gen rapò:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["koute an dirèk", "koute nou an dirèk", "gade nou an dirèk", "radyo a an dirèk"]),
        ask(Social).max_words(30).phrases(&["rejwenn chèn telegram nou", "rejwenn gwoup whatsapp nou", "antre nan chèn whatsapp nou"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ekri redaksyon an", "voye foto ou ba nou", "voye videyo ou ba nou"]),
        ask(Ad).max_words(35).phrases(&["rejwenn ekip nou an", "n ap chèche jounalis"]),
        label(Ad).phrases(&["achte tikè"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["adrès imel ou p ap pibliye", "chan obligatwa yo make"]),
        label(Other).part(Comments).phrases(&["voye kòmantè ou"]),
    ],
    // "nou" (we, and the plural "you") alone is Catalan "nou" (new, nine, "de nou": again): its
    // phrases with the verbs and nouns of the boxes stand in.
    we: &[
        "pou nou", "ak nou", "avèk nou", "ede nou", "sipòte nou", "nou bezwen", "nou menm", "nou vle", "nou ap",
        "n ap", "nou pral", "travay nou", "jounal nou", "bilten nou", "sit nou", "lektè nou", "ekip nou",
        "redaksyon nou", "jounalis nou",
    ],
    // "ou" (you) alone is French and Portuguese "or": its phrases stand in.
    you: &[
        "si ou", "si w", "pou ou", "pou w", "ak ou", "avèk ou", "ou kapab", "ou ka", "ou vle", "ou bezwen", "ou renmen",
        "ou gen", "ou menm", "sipò ou", "sipò w", "don ou", "imel ou", "w ap", "ou ap",
    ],
};
