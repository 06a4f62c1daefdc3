//! Filipino (Tagalog), in the Latin script. Publishers write English loans with a Tagalog
//! verb prefix and a hyphen ("mag-donate", "mag-subscribe", "i-download", "i-follow"):
//! the matcher reads the hyphen as a word break, so the formulas are written as pages write
//! them. "Kami" (we) is the Indonesian pack's; "po" (the polite particle) is Polish "po",
//! so the polite register is read from "kayo", "ninyo", "inyo".
//!
//! News shares the vocabulary: "suportahan" and "tulungan" are every candidate's and
//! charity's call ("Tulungan ninyo kami!", flood victims), "donasyon" a relief drive's,
//! "miyembro" a union's or a party's, "subscriber" a telephone company's customers, and a
//! victim "ay isang mamamahayag ng" a radio station. The imperatives open only a short block;
//! anywhere only forms no report holds ("piliin ang halaga ng donasyon", "mag-subscribe sa
//! aming newsletter", "i-download ang aming app").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "tl",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["minutong pagbasa", "minutong basa"]),
        header(Donation).max_words(14).phrases(&[
            "suportahan ang malayang pamamahayag", "suportahan ang aming pamamahayag",
        ]),
        // A candidate and a charity say these too ("kailangan namin ang inyong suporta"): a heading of a few words only.
        header(Donation).max_words(8).phrases(&["kailangan namin ang inyong suporta", "kailangan namin ang iyong suporta"]),
        header(Donation).max_words(4).phrases(&["bago ka umalis", "bago kayo umalis"]),
        ask(Donation).weight(3.5).phrases(&[
            "piliin ang halaga ng donasyon", "piliin ang halaga", "ang inyong donasyon ay tumutulong",
            "ang iyong donasyon ay tumutulong", "suportahan ang aming trabaho", "suportahan ang aming newsroom",
        ]),
        // A candidate says "suportahan ninyo kami", flood victims "tulungan ninyo kami": a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "suportahan kami", "suportahan ninyo kami", "mag-donate ngayon",
            "mag-donate", "magbigay ng donasyon", "bawat donasyon ay mahalaga", "maging tagasuporta",
            "maging tagasuporta namin", "sumuporta ngayon", "samahan kami ngayon",
        ]),
        // Flood victims hold up "help us" on a banner, and a report sets it as a line of its
        // own: a cue only.
        cue(Donation).phrases(&["tulungan kami", "tulungan ninyo kami"]),
        cue(Donation).phrases(&[
            "inyong suporta", "iyong suporta", "malayang pamamahayag", "buwanang donasyon", "isang beses na donasyon",
            "halaga ng donasyon",
        ]),
        cue(Donation).weight(0.5).phrases(&["donasyon*", "tagasuporta*"]),
        salutation(Donation).max_words(6).phrases(&[
            "mahal naming mambabasa", "minamahal naming mambabasa", "mga mahal naming mambabasa", "mahal na mambabasa",
            "mga minamahal na mambabasa",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["nagustuhan mo ba ang artikulong ito", "nagustuhan ninyo ba ang artikulong ito"]),
        // "Maging miyembro" is a union's call too.
        ask(Membership).phrases(&["sumali sa aming komunidad", "maging miyembro namin"]),
        ask(Membership).at(Start).max_words(8).phrases(&["maging miyembro", "sumali na", "mag-member"]),
        cue(Membership).weight(0.5).phrases(&["membership*"]),
        ask(Subscription).phrases(&[
            "i-cancel anumang oras", "kanselahin anumang oras", "naka-subscribe ka na", "pumili ng subscription plan",
        ]),
        // A vlogger asks viewers to "mag-subscribe" in a report too: short blocks only.
        ask(Subscription).at(Start).max_words(10).phrases(&["mag-subscribe", "mag-subscribe ngayon", "mag-subscribe na"]),
        cue(Subscription).phrases(&["digital na subscription", "walang limitasyong access", "libre ang unang buwan"]),
        ask(Paywall).weight(3.5).phrases(&[
            "ang artikulong ito ay para lamang sa mga subscriber", "para lamang sa mga subscriber",
            "mag-log in para magpatuloy", "mag-log in para mabasa",
        ]),
        // "Para mabasa ang buong ulat, bisitahin ang..." is a press release's too.
        ask(Paywall).at(Start).max_words(20).phrases(&["para ituloy ang pagbabasa", "para mabasa ang buong artikulo", "ituloy ang pagbasa"]),
        ask(Newsletter).phrases(&[
            "mag-subscribe sa aming newsletter", "aming newsletter", "diretso sa inyong inbox", "diretso sa iyong inbox",
            "salamat sa pag-subscribe", "mag-unsubscribe anumang oras",
        ]),
        // Banks warn "huwag ibigay ang iyong email": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&["ilagay ang iyong email", "ilagay ang inyong email", "i-type ang iyong email"]),
        cue(Newsletter).phrases(&["iyong email address", "inyong email address", "patakaran sa privacy"]),
        ask(App).phrases(&["i-download ang aming app", "i-install ang aming app"]),
        ask(App).at(Start).max_words(8).phrases(&["i-download ang app"]),
        cue(App).phrases(&["aming app"]),
        ask(Cookie).phrases(&["tanggapin ang lahat ng cookies", "mga setting ng cookie", "patakaran sa cookies", "patakaran sa cookie"]),
        // Reports quote banners and regulators: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "gumagamit kami ng cookies", "gumagamit ng cookies ang website na ito", "gumagamit ng cookies ang site na ito", "gumagamit ang website na ito ng cookies", "gumagamit ang site na ito ng cookies",
        ]),
        cue(Cookie).phrases(&["ng cookies"]),
        ask(Social).phrases(&[
            "sundan kami sa facebook", "i-follow kami sa", "i-like ang aming facebook page", "sumali sa aming viber", "sumali sa aming whatsapp channel",
            "kinopya ang link", "i-share ang artikulong ito",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["sundan kami", "i-follow kami", "i-share ang balitang ito"]),
        label(Ad).phrases(&["patalastas", "isponsor", "inisponsor"]),
        line(Related).max_words(24).phrases(&[
            "basahin din", "mga kaugnay na balita", "kaugnay na balita", "iba pang balita:", "pinakabinasa",
            "pinakabagong balita:", "maaaring magustuhan mo",
        ]),
        line(Related).max_words(3).phrases(&["iba pang balita", "pinakabagong balita", "higit pang balita"]),
        label(Related).phrases(&["kaugnay", "pinakasikat", "basahin pa"]),
        ask(Credit).max_words(40).phrases(&[
            "ang mga pananaw sa artikulong ito ay sa may-akda", "hindi kinakailangang sumasalamin sa paninindigan",
            "sariling opinyon ng may-akda",
        ]),
        cue(Credit).phrases(&["ay isang mamamahayag ng", "ay isang reporter ng", "ay isang mamamahayag na nakabase sa"]),
        line(Credit).max_words(10).phrases(&["punong patnugot:", "larawan:", "kuha ni", "ulat ni", "isinulat ni", "ni:", "inedit ni"]),
        chrome(Other).at(Any).max_words(12).phrases(&["lahat ng karapatan ay nakalaan"]),
        label(Other).phrases(&["mga komento", "mag-iwan ng komento"]),
        label_any().phrases(&[
            "isara", "hindi ngayon", "hindi, salamat", "mamaya na", "paalalahanan mo ako mamaya", "tanggapin", "tanggihan",
            "magpatuloy", "mag-donate", "mag-log in", "mag-sign up", "buwanan", "isang beses", "ibang halaga",
            "magbasa pa", "kopyahin ang link", "naiintindihan ko", "ibahagi", "tanggapin lahat", "tanggihan lahat",
            "sumuporta",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["kung mahalaga sa inyo ang aming trabaho", "kung mahalaga sa iyo ang aming trabaho"]),
        label_any().phrases(&["sige", "buwanang suporta"]),
        outlet(Donation).phrases(&[
            "malayang media", "walang patalastas", "pinopondohan ng mga mambabasa", "suportado ng mga mambabasa",
            "libre para sa lahat", "dahil lamang sa mga mambabasa", "hindi kami nakatali sa anumang partido",
        ]),
        // The outlet of itself, a newsletter's "join", "follow us on social media", the support button.
        outlet(Donation).phrases(&["hindi kami umaasa sa mga patalastas"]),
        ask(Newsletter).phrases(&["sumali sa newsletter", "sumali sa aming newsletter"]),
        ask(Social).phrases(&["sundan kami sa social media"]),
        label_any().phrases(&["tumulong"]),
        // A bio's "X is a reporter at" and the meter's free articles (news on paywalls says it
        // too): cues. A contact line ("Email: ...") is an office's notice too: no row.
        cue(Credit).phrases(&["ay reporter ng", "ay correspondent ng"]),
        cue(Paywall).phrases(&["libreng artikulo"]),
        ask(Paywall).phrases(&["naabot mo na ang limitasyon ng libreng artikulo", "naubos mo na ang iyong libreng artikulo"]),
        // The meter: "you have read N of your free articles" (the numbers vary).
        ask(Paywall).at(Start).max_words(20).phrases(&["nakabasa ka na ng"]),
        notice().phrases(&["pagwawasto:", "pagtutuwid:"]),
        body().phrases(&["sigaw ng", "sabi ng", "wika ng", "ayon kay", "ayon sa", "sabi ni", "sinabi ni", "aniya", "dagdag pa niya"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["tungkol sa may-akda", "tungkol sa manunulat", "iba pang artikulo ni", "iba pang akda ni"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["ang may-akda ay", "ang manunulat ay"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["mag-iwan ng komento", "sumulat ng komento", "magkomento", "tingnan ang mga komento", "mga komento ng mambabasa"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["mga komento", "komento"]),
        ask(Other).part(Comments).phrases(&["patakaran sa komento"]),
        ask(Other).part(Disclaimer).phrases(&["sariling pananaw ng may-akda"]),
        cue(Other).part(Disclaimer).phrases(&["hindi kinakailangang sumasalamin", "opinyon ng may-akda"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["susunod na pahina", "nakaraang pahina", "iulat ang mali"]),
        ask(Other).part(Navigation).phrases(&["luma na ang iyong browser"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Filipino
        // sites share, to "ka/mo" and to the polite "kayo/ninyo"; the English loans as pages
        // write them ("mag-sign up", "i-share").
        ask(Donation).weight(3.5).phrases(&[
            "mag-donate sa amin", "suportahan mo ang aming", "suportahan ninyo ang aming", "pumili ng halaga",
            "maging buwanang tagasuporta", "suportahan ang malayang media",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "suportahan mo kami", "mag-donate na", "magbigay ngayon", "maging patron",
        ]),
        cue(Donation).phrases(&["anumang halaga", "kahit magkano", "kahit maliit na halaga"]),
        ask(Membership).phrases(&["sumali bilang miyembro", "maging bahagi ng aming komunidad"]),
        ask(Membership).at(Start).max_words(8).phrases(&["mag-member na", "sumali sa amin"]),
        cue(Membership).phrases(&["benepisyo ng miyembro", "mga benepisyo ng miyembro"]),
        ask(Subscription).phrases(&["may account ka na", "mag-subscribe para", "pumili ng plan"]),
        cue(Subscription).phrases(&["subscription plan", "libreng pagsubok", "libreng trial"]),
        ask(Paywall).weight(3.5).phrases(&[
            "para sa mga subscriber lamang", "eksklusibo para sa mga subscriber", "mag-subscribe para mabasa", "mag-subscribe upang mabasa",
            "upang ituloy ang pagbabasa", "mag-log in upang", "mag-sign in para", "natitirang libreng artikulo", "natitira mong libreng artikulo",
        ]),
        ask(Newsletter).phrases(&[
            "mag-sign up sa aming newsletter", "mag-sign up para sa newsletter", "matanggap ang aming newsletter", "ipadala sa iyong email",
            "diretso sa iyong email", "salamat sa pag-sign up", "maaari kang mag-unsubscribe",
        ]),
        cue(Newsletter).phrases(&["sa iyong inbox", "sa inyong inbox"]),
        ask(App).phrases(&["basahin sa app", "buksan sa app", "i-download na ang aming app", "i-on ang notifications", "i-turn on ang notifications"]),
        ask(App).at(Start).max_words(10).phrases(&["available sa app store", "available sa google play", "i-download na ang"]),
        ask(Cookie).phrases(&[
            "sa patuloy na paggamit ng site", "sa patuloy na paggamit ng website", "sumasang-ayon ka sa paggamit", "sumasang-ayon ka sa aming",
            "pamahalaan ang cookies",
        ]),
        ask(Cookie).at(Start).max_words(40).phrases(&["gumagamit kami ng cookie", "gumagamit ang site na ito ng cookie"]),
        cue(Cookie).phrases(&["paggamit ng cookies"]),
        ask(Social).phrases(&[
            "i-follow ang aming", "i-like at i-follow", "i-like ang aming page", "mag-subscribe sa aming youtube channel",
            "mag-subscribe sa aming channel", "ibahagi ang artikulong ito", "ibahagi ang balitang ito", "ibahagi sa facebook",
            "i-share sa facebook", "sumali sa aming telegram",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["i-share ito"]),
        line(Related).max_words(24).phrases(&[
            "basahin:", "panoorin:", "panoorin din", "basahin ang iba pa", "mga kaugnay na artikulo", "kaugnay na artikulo",
            "pinakasikat na balita", "mga pinakabinasa", "maaari mo ring magustuhan", "maaaring interesado ka", "tingnan din",
        ]),
        line(Related).max_words(4).phrases(&["susunod na artikulo", "nakaraang artikulo", "pinakapopular"]),
        label(Related).phrases(&[
            "basahin din", "kaugnay na balita", "mga kaugnay na balita", "kaugnay na artikulo", "pinakabinasa", "iba pang balita",
            "susunod na artikulo", "nakaraang artikulo", "alamin ang higit pa",
        ]),
        line(Credit).max_words(10).phrases(&[
            "larawan mula sa", "larawan ni", "kuha mula sa", "mga larawan:", "litrato:", "sulat ni", "isinalin ni", "salin ni",
            "may ulat mula kay", "may ulat ni", "patnugot:", "sinulat ni",
        ]),
        label_any().phrases(&[
            "laktawan", "mamaya", "okay", "suportahan", "mag-donate ngayon", "buwan-buwan", "taon-taon", "mag-subscribe", "mag-register",
            "magparehistro", "mag-login", "kanselahin", "sumasang-ayon ako", "tanggapin ang lahat",
        ]),
        outlet(Donation).phrases(&[
            "walang ads", "walang advertisement", "hindi kami tumatanggap ng patalastas", "hindi kami tumatanggap ng pondo",
            "independiyenteng media", "independent na media", "pinopondohan ng aming mga mambabasa", "walang paywall",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["iba pang artikulo", "basahin rin", "mga pinakabagong balita", "pinakabagong artikulo"]),
        header(Donation).max_words(12).phrases(&["nagustuhan mo ba ang balitang ito", "nakatulong ba ang artikulong ito"]),
        label(Social).phrases(&["i-share", "ibahagi ito", "ibahagi sa", "i-share sa"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(5).phrases(&["pakinggan ang balita"]),
        chrome(Other).max_words(6).phrases(&["pakinggan ang artikulong ito"]),
        chrome(Social).max_words(9).phrases(&["tingnan ang post na ito sa instagram"]),
        chrome(Social).max_words(12).phrases(&["isang post na ibinahagi ni"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["mag-iwan ng tugon"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["basahin rin:"]),
        line(Other).max_words(45).phrases(&["ang artikulong ito ay bahagi ng"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["libreng artikulo na natitira", "natitirang artikulo", "artikulong libre", "libreng balita", "libreng babasahin"]),
        ask(Paywall).max_words(30).phrases(&["ito na ang huling libreng artikulo mo", "huling libreng artikulo", "nabasa mo na ang lahat ng libreng artikulo"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["ang natitirang bahagi ng artikulo", "basahin ang buong artikulo"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["magpapatuloy ang artikulo pagkatapos ng patalastas", "magpapatuloy ang balita pagkatapos ng patalastas", "ipagpatuloy ang pagbasa sa ibaba", "ituloy ang pagbasa sa ibaba", "tuloy ang balita sa ibaba"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["bayad na nilalaman", "nilalamang may sponsor", "inihahandog ng", "itinataguyod ng", "handog ng", "hatid ng"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["maaari kaming makatanggap ng komisyon", "ang artikulong ito ay naglalaman ng affiliate links"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["lahat ng karapatan ay nakareserba", "bawal kopyahin", "hindi maaaring kopyahin"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["mag-subscribe sa newsletter"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["i-download na ang app", "i-install ang app"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["magdagdag ng komento", "isulat ang komento", "sarado na ang komento"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["larawan mula sa facebook"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["i-play ang video", "panoorin ang video"]),
        chrome(Social).part(Player).weight(2.5).max_words(9).phrases(&["panoorin sa youtube"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tags", "mga tag", "mga susing salita"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["pangalan ng account", "numero ng account", "pangalan ng bangko", "account name", "account number", "gcash number"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["mag-sign up na", "ilagay ang email mo", "ang iyong email", "email address mo"]),
        label(Subscription).phrases(&["tingnan ang mga alok", "simulan ang libreng trial", "sumali ngayon", "naka-subscribe na? mag-log in", "piliin ang plano"]),
        label(App).phrases(&["i-download ngayon", "kunin ito sa google play", "i-download sa app store", "i-download sa google play", "kunin ang app", "i-download ang app ngayon"]),
        label(Donation).phrases(&["mag-donate na ngayon", "suportahan kami ngayon", "magbigay buwan-buwan", "isang beses lang", "ilagay ang halaga", "mag-ambag ngayon"]),
        label(Social).phrases(&["nakopya ang link", "ipadala sa email"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["i-print", "i-email"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["sa pag-sign up, sumasang-ayon ka", "sa pag-subscribe, sumasang-ayon ka", "maaari kang mag-unsubscribe anumang oras", "hindi namin ibabahagi ang iyong email", "sumasang-ayon ako sa patakaran sa privacy", "tingnan ang iyong inbox para kumpirmahin"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ayaw mo bang mahuli sa balita", "gusto mo pa ng mga ganitong kuwento", "nais mo bang makabasa pa ng ganito", "gusto mo bang ma-update", "nagustuhan mo ba ang kuwentong ito"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["sinabi ng", "sabi niya", "sinabi niya", "ayon pa kay", "ayon pa sa", "dagdag ni", "dagdag ng", "dagdag pa ni", "paliwanag ni", "paliwanag ng", "sa isang pahayag", "pahayag ni", "giit ni", "giit ng", "diin ni", "inihayag ni", "inihayag ng", "kinumpirma ni", "kinumpirma ng", "itinanggi ni", "itinanggi ng", "inamin ni", "inamin ng", "nagbabala", "tanong ni", "sagot ni", "tugon ni", "iniulat ng", "sa panayam ng", "sa isang panayam", "sinabi sa mga mamamahayag", "sabi pa niya", "sinabi pa ni"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["photo gallery", "nakaraang larawan"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["susunod na larawan"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(6).phrases(&["tingnan ang lahat ng larawan"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["live", "i-refresh"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["live updates", "live blog"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["i-save", "i-bookmark"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["basahin sa ingles"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["i-play", "i-pause", "i-mute", "i-unmute"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["mga subtitle"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["nakatulong ba ito sa iyo"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["salamat sa pagbabasa", "maraming salamat sa pagbabasa", "salamat po sa pagbabasa", "salamat sa pagbabasa hanggang dulo"]),
        cue(Subscription).phrases(&["basahin ang e-paper", "digital na edisyon", "basahin ang digital edition"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["gusto kong tumulong", "gusto kong mag-donate", "gusto kong sumuporta"]),
        label(Membership).phrases(&["gusto kong maging miyembro", "miyembro na ako", "sasali ako"]),
        label(Subscription).phrases(&["gusto kong mag-subscribe", "naka-subscribe na ako"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["basahin din:", "basahin pa:", "basahin ang iba pa:", "tingnan din:", "panoorin din:", "kaugnay na balita:", "mga kaugnay na balita:", "kaugnay na artikulo:", "mga kaugnay na artikulo:", "maaaring magustuhan mo rin:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["pakinggan nang live", "makinig nang live"]),
        ask(Social).max_words(30).phrases(&["sundan kami sa whatsapp", "sundan kami sa telegram", "sundan kami sa viber", "aming viber channel", "aming telegram channel", "aming whatsapp channel", "mag-join sa aming"]),
        label(Social).phrases(&["sumali sa channel"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["may balita ka ba", "ipadala sa amin ang iyong", "ipadala sa amin ang inyong", "i-message ang aming newsroom"]),
        label(Other).phrases(&["magpadala ng balita", "ipadala ang balita"]),
        ask(Ad).max_words(35).phrases(&["iboto ang iyong paborito"]),
        label(Ad).phrases(&["bumili ng tiket", "bumili na ng tiket", "magparehistro na"]),
        ask(Ad).max_words(35).phrases(&["naghahanap kami ng reporter", "naghahanap kami ng mamamahayag", "sumali sa aming team", "sumali sa aming newsroom"]),
        label(Other).part(Comments).phrases(&["i-post ang komento", "ipadala ang komento", "isulat ang iyong komento"]),
    ],
    // "kami" is the Indonesian pack's.
    we: &["namin", "natin", "tayo", "atin"],
    you: &["ikaw", "iyo", "iyong", "kayo", "ninyo", "inyo", "inyong"],
};
