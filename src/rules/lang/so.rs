//! Somali (af-Soomaali), in the Latin script of the standard spelling ("x" for the
//! pharyngeal h, "c" for the ayn, "dh", "kh", doubled vowels; the glottal stop an apostrophe,
//! printed straight or curly: the rows that need it are listed both ways). Written from how
//! news sites, broadcasters, papers and NGOs of Somalia, Somaliland, Puntland and the
//! diaspora word their page furniture and appeals in general (not one site's wording).
//! Somaliland's spelling writes "dh" where the south writes "r" ("yidhi", "yiri"; "la
//! xidhiidha", "la xiriira") and "waqti" beside "wakhti": both are listed where a row needs
//! them.
//!
//! Somali glues its possessives and articles to the noun ("taageeradaada", your support;
//! "shaqadayada", our work; "iimaylkaaga", your email; "app-ka", the app) and its subject
//! pronouns to the focus words ("waad", "haddaad"), so the formulas are written as whole
//! words, in the exclusive ("-ayaga") and the inclusive ("-eena") "our" alike.
//!
//! News shares the vocabulary: "taageer" is any backing (a clan's, a party's, a donor
//! country's), "deeq" every donor's grant ("deeq lacageed"), "tabaruc" a community's
//! collection after a drought, "xubin" a member of parliament, "is-diiwaangeli" to register to
//! vote, "ishtiraak" a telephone company's subscription, "madax-bannaan" the country's
//! independence and every independent candidate, "wararka ugu dambeeyay" and "warar kale"
//! the prose's "the latest reports" and "other reports (say)". Those are cues, buttons (a
//! line of their own) or a short block's heading; the imperatives that name the reader or the
//! outlet ("na taageer", support us; "nagala soco", follow us on; "akhri sidoo kale", read
//! also) and the formulas with "your" are asks.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "so",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 daqiiqo akhris").
        chrome(Other).at(Any).max_words(6).phrases(&["daqiiqo akhris", "daqiiqadood akhris", "daqiiqo oo akhris ah", "wakhtiga akhriska"]),
        header(Donation).max_words(14).phrases(&[
            "taageer saxaafadda madaxa bannaan", "taageer saxaafadda madax-bannaan", "taageer saxaafad madax bannaan",
            "taageer warbaahinta madaxa bannaan", "taageer saxaafadda xorta ah", "taageer saxaafadda soomaaliyeed",
            "fariin ka timid tifaftiraha", "farriin ka timid tifaftiraha",
        ]),
        // A candidate, a clan elder or a charity says "support us", "we need your support" in a
        // story too, reported without quotation marks ("Na taageer, ayuu ku baaqay
        // musharraxa"): the heading's own few words only, a cue elsewhere.
        header(Donation).max_words(4).phrases(&["waxaan u baahannahay taageeradaada", "waxaan u baahanahay taageeradaada"]),
        header(Donation).max_words(3).phrases(&["na taageer", "na taageer maanta", "na taageer hadda"]),
        header(Donation).max_words(4).phrases(&["intaadan bixin", "ka hor intaadan bixin", "inta aadan bixin"]),
        ask(Donation).weight(3.5).phrases(&[
            "dooro qaddarka deeqda", "dooro qaddarka aad ku deeqayso", "dooro lacagta aad ku deeqayso",
            "taageeradaada ayaan ku tiirsannahay", "taageeradaada ayaan ku tiirsanahay", "waxaan ku tiirsannahay akhristayaasha",
            "waxaan ku tiirsanahay akhristayaasha", "akhristayaal adiga oo kale ah", "akhristayaasha adiga oo kale ah",
            "deeqdaada waxay na caawinaysaa", "taageeradaada waxay noo suurtagelinaysaa",
        ]),
        // A party's leaflet that a story quotes may say "support our work": a short block's
        // opening only, a cue elsewhere. (Not "ku deeq", donate!, nor "hadda ku deeq", donate
        // now!, there: an organiser's call that a story reports without quotation marks,
        // "Hadda ku deeq, ayay tiri guddoomiyaha ururka": a cue, and the button's whole line.)
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["taageer shaqadayada", "taageer shaqadeena"]),
        cue(Donation).phrases(&["nagu caawi inaan sii wadno", "na caawi inaan sii wadno", "taageeradaada la'aanteed", "taageeradaada la’aanteed"]),
        cue(Donation).phrases(&[
            "taageeradaada", "deeqdaada", "tabarucaaga", "tabarucaada", "saxaafadda madaxa bannaan", "saxaafad madax bannaan",
            "shaqadayada", "shaqadeena", "taageer shaqadayada", "taageer shaqadeena", "ku deeq",
            "mahadsanid taageeradaada", "saxaafad tayo leh", "na taageer", "waxaan u baahanahay taageeradaada",
        ]),
        // A price per month is a box's as often as a story's ("mushaarka bishii"): weak alone.
        cue(Donation).weight(0.5).phrases(&["bishii", "bil kasta"]),
        // Not "deeq*" (every donor's grant) nor "taageer*" (any backing).
        cue(Donation).weight(0.5).phrases(&["tabaruc*", "tabarruc*"]),
        salutation(Donation).max_words(6).phrases(&[
            "akhriste qaali ah", "akhristayaal qaali ah", "akhristayaasha qaaliga ah", "akhristeyaal qaali ah",
            "akhriste sharaf leh", "akhristayaasha sharafta leh", "akhristayaal sharaf leh", "akhristow qaali ah",
            "dhageystayaal qaali ah", "dhagaystayaal qaali ah", "dhageystayaasha qaaliga ah", "daawadayaal qaali ah",
            "akhristow",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "maqaalkan ma ku anfacay", "ma ku anfacay maqaalkan", "ma jeclaatay maqaalkan", "maqaalkan ma jeclaatay",
            "warkan ma ku anfacay", "qoraalkan ma ku anfacay",
        ]),
        // "Noqo xubin" (become a member) is a party's call too, "nagu soo biir" a candidate's:
        // anywhere with "now" or "our community"; bare, a short block's opening.
        ask(Membership).phrases(&[
            "noqo xubin hadda", "hadda noqo xubin", "xubin noqo hadda", "ku biir bulshadeena", "ku biir bulshadayada",
            "xubin ka noqo bulshadeena", "xubin ka noqo bulshadayada", "nagu soo biir hadda", "noqo taageerahayaga",
        ]),
        // Bare, a party's call that a story reports ("Noqo xubin, ayuu ku booriyay
        // dhallinyarada"): cues, and the button's whole line.
        // (Not "noqo xubin" nor "deeq bixi" as cues: a campaign's slogans, which its story
        // explains in a paragraph, "... deeq bixi si loo maalgeliyo ololahooda, noqo xubin
        // urur ..."; they stay a button's labels.)
        cue(Membership).phrases(&["xubnahayaga", "xubnaheena", "barnaamijka xubnaha", "nagu soo biir", "noqo taageere"]),
        // "Jooji" (cancel!, stop!) with "any time" is the box's; a consumer story says it in
        // the second person's statement ("waxaad joojin kartaa"): a cue.
        ask(Subscription).phrases(&[
            "jooji wakhti kasta", "jooji waqti kasta", "isdiiwaangeli si aad u akhrido", "is-diiwaangeli si aad u akhrido",
            "is diiwaangeli si aad u akhrido",
        ]),
        cue(Subscription).phrases(&["waxaad joojin kartaa wakhti kasta", "waxaad joojin kartaa waqti kasta"]),
        // The names of the offer, which a story on a telephone company's or a paper's prices
        // names too ("Ishtiraak bille ah: 5 doollar."): cues.
        cue(Subscription).phrases(&[
            "ishtiraak bille ah", "ishtiraak sannadeed", "ishtiraakka dijitaalka", "ishtiraak dijitaal ah", "bisha koowaad bilaash",
            "nuqulka dijitaalka", "wargeyska dijitaalka",
        ]),
        cue(Subscription).weight(2.0).phrases(&["gelitaan aan xad lahayn", "helitaan aan xad lahayn"]),
        // A service for members only is news too ("xubnaha oo kaliya ayaa loo oggolaaday"):
        // the nag's few words only.
        line(Paywall).max_words(6).phrases(&["xubnaha oo kaliya", "xubnaha oo keliya", "macaamiisha oo kaliya", "macaamiisha oo keliya"]),
        ask(Paywall).weight(3.5).phrases(&[
            "isdiiwaangeli si aad u sii akhrido", "is-diiwaangeli si aad u sii akhrido", "soo gal si aad u sii akhrido",
            "soo gal si aad u akhrido", "maqaalkan waxaa loogu talagalay xubnaha", "maqaalkan waxaa loogu talagalay macaamiisha",
            "fur maqaalkan", "maqaalkan waa xiran yahay",
        ]),
        // "... si aad u sii akhrido" is also a how-to's, a teacher's advice a story quotes: the
        // nag's opening only, a cue elsewhere.
        ask(Paywall).weight(3.5).at(Start).max_words(20).phrases(&["si aad u sii akhrido", "si aad u sii akhriso"]),
        cue(Paywall).phrases(&["si aad u sii akhrido", "si aad u sii akhriso"]),
        ask(Newsletter).phrases(&[
            "sanduuqa iimaylkaaga", "si toos ah iimaylkaaga", "ku hel iimaylkaaga", "ku biir warsidahayaga", "ku biir warsidaheena",
            "isdiiwaangeli warsidaha", "is-diiwaangeli warsidaha", "waad ku mahadsan tahay is-diiwaangelinta",
            "waad ku mahadsan tahay isdiiwaangelinta", "xaqiiji iimaylkaaga", "xaqiiji cinwaanka iimaylkaaga",
        ]),
        // The police warn "ha bixin iimaylkaaga" (don't give out your email): cues.
        cue(Newsletter).weight(2.0).phrases(&["iimaylkaaga", "email-kaaga", "iimeelkaaga", "warsidahayaga", "warsidaheena"]),
        cue(Newsletter).phrases(&["siyaasadda asturnaanta", "siyaasadda qarsoodiga"]),
        // "Geli" (put in!) is no past ("geliyay"), but a how-to quotes it: a short block's opening.
        ask(Newsletter).at(Start).max_words(12).phrases(&["geli iimaylkaaga", "ku qor iimaylkaaga", "hel wararka ugu dambeeyay"]),
        ask(App).phrases(&[
            "soo deji app-kayaga", "soo deji app-keena", "soo dejiso app-kayaga", "soo dejiso app-keena", "soo degso app-kayaga",
            "soo deji barnaamijkayaga", "soo deji barnaamijkeena", "soo deji appka",
        ]),
        ask(App).at(Start).max_words(10).phrases(&["soo deji app-ka", "soo dejiso app-ka", "soo degso app-ka"]),
        cue(App).phrases(&["app-kayaga", "app-keena", "barnaamijkayaga", "ka hel google play", "kala soo deg app store"]),
        ask(Cookie).phrases(&[
            "waxaan isticmaalnaa cookies", "waxaan adeegsannaa cookies", "waxaan adeegsanaa cookies", "aqbal cookies-ka",
            "aqbal dhammaan cookies-ka", "dejinta cookies-ka", "dejinta cookies", "habaynta cookies",
            "adigoo sii isticmaalaya boggan", "adigoo sii isticmaalaya website-kan", "adigoo sii isticmaalaya mareegtan",
        ]),
        // A data protection story says them of a site it reports on: a block's opening only.
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "website-kan wuxuu isticmaalaa", "boggan wuxuu isticmaalaa", "mareegtan waxay isticmaashaa",
            "degelkan wuxuu isticmaalaa",
        ]),
        cue(Cookie).phrases(&["isticmaalaa cookies", "isticmaashaa cookies", "siyaasadda cookies-ka", "khibradaada ku hagaajino"]),
        ask(Social).phrases(&[
            "nagala soco facebook", "nagala soco baraha bulshada", "naga raac facebook", "naga raac baraha bulshada",
            "nagala soco bogga", "la wadaag saaxiibadaa", "la wadaag saaxiibbadaa", "ku wadaag saaxiibadaa",
            "la wadaag maqaalkan", "maqaalkan la wadaag", "la wadaag warkan", "warkan la wadaag",
            "ku biir kanaalkayaga", "ku biir kanaalkeena", "ku biir kanaalka whatsapp", "subscribe garee kanaalkayaga",
        ]),
        // (Moved from xx.rs.) A presenter's "stay with us" on a broadcaster's page, the bare
        // share verb: a short line only.
        line(Social).max_words(12).phrases(&["la wadaag", "nala soco", "nagala soco", "naga raac"]),
        // A read-also line opens no story sentence ("akhri" is the imperative only), but a line
        // of an insert runs into its headline: with its colon anywhere in the line's opening,
        // bare in a short line. (Not "sidoo kale" alone: "also", in every story.)
        line(Related).max_words(24).phrases(&[
            "akhri sidoo kale", "sidoo kale akhri", "akhriso sidoo kale", "sidoo kale akhriso", "eeg sidoo kale",
            "daawo sidoo kale", "warar la xiriira:", "wararka la xiriira:", "warar la xidhiidha:", "warar kale:",
            "mawduucyo la xiriira:", "waxaa laga yaabaa inaad jeclaato",
        ]),
        // "Warar la xiriira dagaalka ayaa sheegaya ..." (reports on the fighting say),
        // "mawduucyo la xiriira amniga" (matters of security), "wararka ugu dambeeyay" (the
        // latest reports), "warar kale" (other reports): a heading's few words only.
        line(Related).max_words(6).phrases(&[
            "mawduucyo la xiriira",
            "ugu akhriska badan", "warar la xiriira", "wararka la xiriira", "warar la xidhiidha", "wararka la xidhiidha",
            "qoraallo la xiriira", "maqaallo la xiriira", "wararka ugu akhrisashada badan", "kuwa ugu caansan",
        ]),
        line(Related).max_words(4).phrases(&["wararka ugu dambeeyay", "warar kale", "wararka kale", "wararkii ugu dambeeyay"]),
        // (Not "faahfaahin dheeraad ah", more details: a cookie banner's button, and a story's.)
        label(Related).phrases(&[
            "akhri sidoo kale", "akhriso sidoo kale", "warar la xiriira", "wararka la xiriira", "warar kale", "wararka kale",
            "ugu akhriska badan", "wararka ugu dambeeyay", "ugu dambeeyay", "mawduucyo la xiriira", "eeg sidoo kale",
            "akhri maqaalka oo dhan", "wararka ugu muhiimsan", "ha seegin",
        ]),
        // Bios open on the name ("Cali Xasan waa suxufi ..."); a story says it in passing
        // ("eedaysanaha oo ah suxufi"): the bio's own formulas are asks, the bare words cues.
        ask(Credit).max_words(40).phrases(&[
            "maqaalkan waxaa markii ugu horreysay lagu daabacay", "maqaalkan markii hore waxaa lagu daabacay",
            "maqaalkan waxaa markii hore lagu daabacay", "ayaa ka qayb qaatay warbixintan", "ayaa wax ka qoray warbixintan",
        ]),
        cue(Credit).phrases(&["waa suxufi", "waa wariye", "waa weriye", "markii hore lagu daabacay"]),
        // Bylines: "W/Q" (waxaa qoray, written by) and "W/D" (waxaa diyaariyay, prepared by)
        // head them; spelt out, the same words open a story's sentence ("Waxaa qoray warqad ...",
        // a letter was written): those in a few words only.
        line(Credit).max_words(10).phrases(&[
            "w/q", "w/d", "sawir:", "sawirka:", "sawirro:", "sawirrada:", "qoraa:", "qore:", "qoraal:", "tifaftire:",
            "tifaftiraha:", "turjumaad:", "tarjumaad:", "wariye:", "weriye:", "isha:", "xigasho:", "qoraal iyo sawirro:",
            "waxaa qoray:", "waxaa diyaariyay:", "waxaa soo diyaariyay:", "waxaa tarjumay:",
        ]),
        // Bare, "Waxaa qoray warqad guddiga" (a letter was written by the committee), a story's
        // short sentence: a cue beside a credit's lines.
        cue(Credit).at(Start).max_words(6).phrases(&["waxaa qoray", "waxaa diyaariyay", "waxaa soo diyaariyay", "waxaa tarjumay"]),
        chrome(Other).at(Any).max_words(12).phrases(&[
            "xuquuqda oo dhan way dhowran tahay", "dhammaan xuquuqaha way dhowran yihiin", "xuquuqda way xifdisan tahay",
            "dhammaan xuquuqda way xifdisan yihiin", "xuquuqda daabacaadda way dhowran tahay", "xuquuqda oo dhan waa dhowran yihiin",
        ]),
        label_any().phrases(&[
            "xir", "hadda maya", "maya mahadsanid", "maya, mahadsanid", "mar dambe", "mar danbe", "ii xusuusi mar dambe",
            "sii wad", "sii akhri", "soo gal", "ka bax", "is-diiwaangeli", "isdiiwaangeli", "is diiwaangeli", "daabac",
            "aqbal", "aqbal dhammaan", "diid", "diid dhammaan", "waan fahmay", "waan ogolahay", "eeg wax badan",
            "fadlan sug", "raadi", "hal mar", "sannad kasta", "qaddar kale", "lacag kale", "haa, waan ogolahay",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["haddii aad qiimeyso shaqadayada", "haddii aad qiimayso shaqadeena", "haddii aad ku qanacsan tahay shaqadayada"]),
        outlet(Donation).phrases(&[
            "warbaahin madax bannaan", "warbaahin madax-bannaan", "aan faa'iido doon ahayn", "aan faa’iido doon ahayn",
            "aan macaash doon ahayn", "xayeysiis la'aan", "xayeysiis la’aan", "ay maalgeliyaan akhristayaashu",
            "ma lihin xayeysiis",
        ]),
        // The story's own notices: a correction, an update, the editor's note.
        notice().phrases(&["sixitaan:", "sixid:", "cusboonaysiin:", "cusbooneysiin:", "fiiro gaar ah:", "ogeysiiska tifaftiraha:"]),
        notice().at(Any).phrases(&["maqaalkan waa la cusboonaysiiyay", "maqaalkan waa la sixay", "warkan waa la cusboonaysiiyay"]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, added,
        // told, according to, in an interview, a press release), which no box uses.
        body().phrases(&[
            "ayuu yiri", "ayuu yidhi", "ayay tiri", "ayay tidhi", "ayay yiraahdeen", "ayay yidhaahdeen", "ayaa yiri", "ayaa yidhi",
            "ayuu sheegay", "ayay sheegtay", "ayay sheegeen", "ayaa sheegay", "ayuu u sheegay", "ayay u sheegtay",
            "sida uu sheegay", "sida ay sheegtay", "sida ay sheegeen", "ayuu raaciyay", "ayay raacisay", "ayuu ku daray",
            "ayuu intaas ku daray", "ayay intaas ku dartay", "ayuu xusay", "ayay xustay", "ayuu carrabka ku adkeeyay",
            "ayuu ku dhawaaqay", "ayay ku dhawaaqday", "war-saxaafadeed", "war saxaafadeed", "wareysi uu siiyay",
            "wareysi ay siisay", "ayuu hoosta ka xariiqay", "ayuu tilmaamay", "ayay tilmaantay", "ayuu ku baaqay",
            "ayay ku baaqday", "ayay ku baaqeen", "ayuu ku booriyay", "ayay ku boorisay",
        ]),
        // Tips to the newsroom ("Ma haysaa war?"), a line of its own.
        // (Not "ma haysaa war ...?", do you have news of ...?: an interview's question.)
        line(Other).max_words(25).phrases(&["ma haysaa war ama sheeko", "noo soo dir warkaaga", "noo soo gudbi warkaaga"]),
        // The police's call that a story reports ("Nala soo xiriir haddii aad xog haysaan"):
        // the footer's link only.
        line(Other).max_words(4).phrases(&["nala soo xiriir", "nala soo xidhiidh"]),
        line(Credit).max_words(12).phrases(&["la xiriir qoraaga", "la xidhiidh qoraaga", "u dir iimayl qoraaga"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "ku saabsan qoraaga", "qoraallada kale ee qoraaga", "maqaallada qoraaga", "qoraallada qoraaga",
        ]),
        // (Not "qoraagu waa ...", the author is: a story on a book, "Qoraagu waa suxufi hore".)
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["qoraaga maqaalkan waa", "qoraaga qormadan waa"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["u gudub nuxurka", "u gudub qoraalka", "u gudub nuxurka muhiimka ah"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["bogga xiga", "bogga ku xiga", "boggii hore", "ka warbixi khalad"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["khalad ma aragtay", "qalad ma aragtay"]),
        ask(Other).part(Navigation).phrases(&["biraawsarkaagu waa duug", "cusboonaysii biraawsarkaaga"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "qor faallo", "qor faalladaada", "faallo ka bixi", "ku dar faallo", "ka qayb qaado doodda", "faallooyinka akhristayaasha",
            "eeg faallooyinka", "faallooyinka waa xiran yihiin",
        ]),
        // (Moved from xx.rs, and the opinion column's label: a short line.)
        chrome(Other).part(Comments).max_words(3).phrases(&["faallooyin", "faallooyinka"]),
        ask(Other).part(Comments).phrases(&[
            "soo gal si aad faallo u bixiso", "faallooyinka waa la hubiyaa", "xeerarka faallooyinka", "si aad faallo uga bixiso",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["ka jawaab", "dir faallada", "jooji jawaabta"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["noqo qofka ugu horreeya ee faallo ka bixiya"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["iimaylkaaga lama daabici doono", "cinwaanka iimaylkaaga lama daabici doono"]),
        ask(Other).part(Disclaimer).phrases(&[
            "aragtida qoraalkan waxaa iska leh qoraaga", "fikradaha qoraalkan waxaa iska leh qoraaga",
            "kamana tarjumayso aragtida", "kama tarjumayso aragtida", "kamana turjumayso mowqifka", "kama turjumayso mowqifka",
        ]),
        cue(Other).part(Disclaimer).phrases(&["waxaa iska leh qoraaga", "aragtida qoraaga"]),
        // Series and project blurbs that open a block. (Not "warbixintan waa qayb ka mid ah":
        // a story on an agency's report says it of the report.)
        line(Other).max_words(45).phrases(&["maqaalkan waa qayb ka mid ah", "qormadan waa qayb ka mid ah", "maqaalkan wuxuu qayb ka yahay"]),
        // The question over a box.
        header(Donation).max_words(12).phrases(&["ma qiimeysaa shaqadayada", "ma qiimaysaa shaqadeena"]),
        label(Social).phrases(&[
            "la wadaag", "wadaag", "koobiyee link-ga", "koobi link-ga", "link-ga waa la koobiyeeyay", "ku wadaag facebook",
            "ku wadaag whatsapp", "ku wadaag x", "ku dir iimayl", "daabac maqaalka", "nagala soco",
        ]),
        // A read-aloud player's label.
        chrome(Other).max_words(4).phrases(&["dhageyso maqaalkan", "dhagayso maqaalkan", "dhageyso warkan"]),
        chrome(Social).max_words(5).phrases(&["ka daawo youtube", "ka daawo youtube-ka"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["maqaallo bilaash ah", "maqaalladaada bilaashka ah"]),
        ask(Paywall).max_words(30).phrases(&[
            "maqaalkaagii ugu dambeeyay ee bilaashka ah", "waxaad akhrisay dhammaan maqaallada bilaashka ah",
            "waxaad gaartay xadka maqaallada",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["akhri maqaalka oo dhan", "si aad u akhrido maqaalka oo dhan"]),
        // The advertisement slot's label, a line of its own.
        label(Ad).phrases(&["xayeysiis", "xayaysiis", "xayeysiin", "xayaysiin", "xayeysiiska", "maqaalku wuu sii socdaa xayeysiiska kadib"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["dib u daabacid lama oggola", "lama oggola in dib loo daabaco", "lama ogola in dib loo daabaco"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["sawir kayd ah", "sawirka kaydka", "sawir hore", "sawir sharaxaad ah"]),
        // The label of the page's tag row, alone on its line or heading its tags. (Not
        // "calaamadaha", the signs: a health story's subheading over its list of symptoms.)
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ereyada muhiimka ah", "ereyada furaha ah", "mawduucyada"]),
        // A line of the bank or mobile-money details under an ask ("Lambarka akoonka: ...",
        // "EVC Plus: 61 ...": with its colon, for stories on the services name them too).
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "lambarka akoonka", "nambarka akoonka", "magaca akoonka", "lambarka xisaabta", "magaca bangiga", "evc plus:",
            "zaad:", "e-dahab:", "sahal:",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "iimaylkaaga", "email-kaaga", "cinwaanka iimaylkaaga", "geli iimaylkaaga", "isdiiwaangeli warsidaha",
            "ku biir warsidaha",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["cinwaanka iimaylka", "ciwaanka iimaylka"]),
        label(Subscription).phrases(&[
            "dooro qorshahaaga", "eeg qorshayaasha", "isku day bilaash", "ishtiraak", "akoon ma leedahay? soo gal",
            "horay ma isu diiwaangelisay? soo gal",
        ]),
        label(App).phrases(&["soo deji app-ka", "soo deji hadda", "ka hel google play", "kala soo deg app store", "ku fur app-ka"]),
        label(Donation).phrases(&[
            "ku deeq", "ku deeq hadda", "hadda ku deeq", "deeq bixi", "tabaruc", "na taageer", "taageer hadda",
            "hadda taageer", "qaddar kale oo lacag ah",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["deeq", "tabarruc"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "markaad is-diiwaangeliso", "markaad isdiiwaangeliso", "markaad is diiwaangeliso", "adigoo is-diiwaangelinaya",
            "adigoo gujinaya", "waxaad ka bixi kartaa wakhti kasta", "waxaad ka bixi kartaa waqti kasta",
            "ma la wadaagno iimaylkaaga", "hubi sanduuqa iimaylkaaga",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ma rabtaa inaad ogaato wax badan", "ma doonaysaa wararka ugu dambeeyay", "ha seegin wararka",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["sawirro"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["sawirka xiga", "sawirkii hore", "xir sawirrada"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["eeg dhammaan sawirrada", "sawirro badan"]),
        // "Si toos ah" is also "directly" in every story: a badge's few words only.
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["toos"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["si toos ah", "cusboonaysiintii ugu dambeysay"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["daawo si toos ah", "soo rar wax badan"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["turjun"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["kaydi maqaalka", "cabbirka qoraalka"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["daawo", "dhageyso", "dhagayso"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["daawo muuqaalka", "dhageyso codka", "dami codka", "shid codka"]),
        // The outlet's appeal by function: a thank-you that opens it.
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "waad ku mahadsan tahay akhriska", "mahadsanid akhriska", "waad ku mahadsantihiin akhriska",
            "haddii aad halkan soo gaartay",
        ]),
        // A browser's prompt for the outlet's push notifications.
        cue(App).phrases(&["shid ogeysiisyada", "hel ogeysiisyada"]),
        // First-person button labels ("I support", "I'm already a member").
        label(Donation).phrases(&["waan taageerayaa", "waxaan rabaa inaan taageero", "waxaan rabaa inaan ku deeqo"]),
        label(Membership).phrases(&["noqo xubin", "xubin noqo", "ku biir", "ku biir hadda", "nagu soo biir", "horay ayaan xubin u ahay"]),
        label(Subscription).phrases(&["horay ayaan u diiwaangashanahay"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["akhri sidoo kale:", "akhriso sidoo kale:", "sidoo kale akhri:", "sidoo kale akhriso:", "sidoo kale eeg:", "sidoo kale daawo:", "qodobbada la xiriira:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["dhageyso si toos ah", "dhageyso live"]),
        ask(Social).max_words(30).phrases(&["nagala soco whatsapp", "nagala soco telegram", "kanaalkayaga whatsapp", "kanaalkayaga telegram"]),
        label(Social).phrases(&["ku biir kanaalka"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["noo soo dir sawirrada", "noo soo dir sawirro iyo muuqaallo"]),
        label(Other).phrases(&["soo dir war", "noo soo dir war"]),
        ask(Ad).max_words(35).phrases(&["waxaan raadineynaa wariye", "waxaan u baahanahay wariyeyaal", "ku biir kooxdayada"]),
    ],
    // "na" (us) is Swahili's "and", "aan" (we, I, not) every sentence's: left out.
    we: &["annaga", "anaga", "annagu", "anagu", "innaga", "inaga", "innagu", "noo", "nala", "naga", "nagu"],
    // Somali has no polite register: the plural is the form appeals use to many readers. "ku"
    // (you, object) is also "in, on" and "aad" (you, subject) also "very" ("aad u badan"):
    // left out.
    you: &["adiga", "adigu", "adigoo", "kuu", "kaa", "idinka", "idinku", "idiin", "idinkoo", "waad", "haddaad", "hadaad"],
};
