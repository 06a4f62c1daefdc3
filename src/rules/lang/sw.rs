//! Swahili (Kiswahili), in the Latin script without diacritics. Verbs carry their subject
//! and object as prefixes ("tuunge mkono", support us; "tufuate", follow us), so the
//! formulas are written as whole verb forms; the plural imperative ("changieni",
//! "tuungeni mkono") is the polite one.
//!
//! News shares the vocabulary: "mchango" is any contribution (a harambee for a school, a
//! member's dues), "tuunge mkono" is a candidate's and a minister's call, "mwanachama" a
//! party's or a union's member, "wateja" and "wasajili" a utility's or a telephone
//! company's customers, and "jarida" any magazine. The imperatives open only a short block;
//! anywhere only forms no report holds ("chagua kiasi cha mchango", "jarida letu la barua
//! pepe", "pakua programu yetu").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "sw",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["dakika za kusoma", "muda wa kusoma"]),
        header(Donation).max_words(14).phrases(&[
            "saidia uandishi huru wa habari", "unga mkono uandishi huru wa habari",
        ]),
        // A candidate and a charity say these too ("tunahitaji msaada wako"): a heading of a few words only.
        header(Donation).max_words(7).phrases(&["tuunge mkono leo", "tunahitaji msaada wako", "tunahitaji mchango wako"]),
        header(Donation).max_words(4).phrases(&["kabla hujaondoka", "kabla ya kuondoka"]),
        ask(Donation).weight(3.5).phrases(&[
            "chagua kiasi cha mchango", "chagua kiasi unachotaka kuchangia", "mchango wako unatusaidia",
            "msaada wako unatusaidia", "changia uandishi huru",
        ]),
        // A candidate asks voters "tuungeni mkono", a charity "kila mchango ni muhimu": a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "tuunge mkono", "tuungeni mkono", "changia sasa", "changia leo", "toa mchango",
            "toa mchango wako", "kila mchango ni muhimu", "kuwa mfadhili wetu", "saidia kazi yetu", "changia kazi yetu",
            "unga mkono kazi yetu", "simama nasi",
        ]),
        // Flood victims hold up "help us" on a banner, and a report sets it as a line of its
        // own: a cue only.
        cue(Donation).phrases(&["tusaidie", "tusaidieni"]),
        cue(Donation).phrases(&[
            "mchango wako", "msaada wako", "kwa msaada wako", "uandishi huru wa habari", "mchango wa kila mwezi",
            "mchango wa mara moja", "kiasi cha mchango",
        ]),
        cue(Donation).weight(0.5).phrases(&["changia*", "mfadhili*", "wafadhili*"]),
        salutation(Donation).max_words(6).phrases(&[
            "wasomaji wapendwa", "msomaji mpendwa", "mpendwa msomaji", "wapendwa wasomaji", "ndugu msomaji",
            "ndugu wasomaji",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["umependa makala hii", "je, umependa makala hii"]),
        // "Kuwa mwanachama" is a party's and a union's call too.
        ask(Membership).phrases(&["jiunge na jumuiya yetu", "jiunge na jamii yetu", "kuwa mwanachama wetu"]),
        ask(Membership).at(Start).max_words(8).phrases(&["kuwa mwanachama", "jiunge nasi", "jiunge sasa"]),
        cue(Membership).weight(0.5).phrases(&["uanachama*"]),
        ask(Subscription).phrases(&[
            "ghairi wakati wowote", "unaweza kughairi wakati wowote", "tayari una usajili", "chagua kifurushi cha usajili",
        ]),
        // "Jisajili" is also to register to vote: a short block only.
        ask(Subscription).at(Start).max_words(10).phrases(&["jisajili sasa", "jiandikishe sasa", "jiunge na usajili"]),
        cue(Subscription).phrases(&["usajili wa kidijitali", "mwezi wa kwanza bure", "ufikiaji usio na kikomo"]),
        ask(Paywall).weight(3.5).phrases(&[
            "makala hii ni kwa wasajili pekee", "makala hii ni kwa wanachama pekee", "ili kusoma makala kamili",
            "ingia ili kuendelea kusoma", "umefikia kikomo cha makala za bure",
        ]),
        // Students get bursaries "ili kuendelea kusoma": a short block's start only.
        ask(Paywall).at(Start).max_words(20).phrases(&["ili kuendelea kusoma", "endelea kusoma"]),
        cue(Paywall).phrases(&["kwa wasajili pekee"]),
        ask(Newsletter).phrases(&[
            "jiandikishe kupokea jarida letu", "jarida letu la barua pepe", "jarida letu la habari",
            "kwenye sanduku lako la barua pepe", "asante kwa kujiandikisha", "jiondoe wakati wowote",
        ]),
        // The police warn "usitoe barua pepe yako": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "weka barua pepe yako", "andika barua pepe yako", "ingiza barua pepe yako", "jiandikishe kupokea",
        ]),
        label(Newsletter).phrases(&["jarida"]),
        cue(Newsletter).phrases(&["jarida letu", "barua pepe yako", "sera ya faragha"]),
        ask(App).phrases(&["pakua programu yetu", "pakua app yetu", "sakinisha programu yetu"]),
        ask(App).at(Start).max_words(8).phrases(&["pakua programu", "pakua app"]),
        cue(App).phrases(&["programu yetu", "app yetu"]),
        ask(Cookie).phrases(&["kubali vidakuzi vyote", "mipangilio ya vidakuzi", "sera ya vidakuzi"]),
        // Reports quote banners and regulators: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "tunatumia vidakuzi", "tunatumia cookies", "tovuti hii hutumia vidakuzi", "tovuti hii inatumia vidakuzi", "tovuti hii inatumia cookies",
        ]),
        cue(Cookie).phrases(&["inatumia vidakuzi", "vidakuzi"]),
        ask(Social).phrases(&[
            "tufuate kwenye facebook", "tufuate kwenye instagram", "tufuatilie kwenye mitandao ya kijamii",
            "jiunge na chaneli yetu", "kiungo kimenakiliwa",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["tufuate", "tufuatilie", "shiriki habari hii", "shiriki makala hii"]),
        label(Ad).phrases(&["tangazo", "matangazo", "imedhaminiwa"]),
        line(Related).max_words(24).phrases(&[
            "soma pia", "habari zinazohusiana", "habari nyingine:", "zilizosomwa zaidi", "habari zaidi:", "unaweza pia kupenda",
            "habari mpya:",
        ]),
        line(Related).max_words(3).phrases(&["habari nyingine", "habari zaidi", "habari mpya"]),
        label(Related).phrases(&["zinazohusiana", "soma zaidi", "maarufu"]),
        ask(Credit).max_words(40).phrases(&[
            "maoni yaliyotolewa ni ya mwandishi", "si lazima yawakilishe msimamo wa", "maoni ya mwandishi binafsi",
        ]),
        ask(Credit).at(Start).max_words(40).phrases(&["mwandishi wa makala hii ni", "mwandishi ni mwanahabari"]),
        line(Credit).max_words(10).phrases(&["mhariri mkuu:", "mwandishi:", "picha:", "imeandikwa na", "imehaririwa na", "mhariri:", "tafsiri:"]),
        chrome(Other).at(Any).max_words(12).phrases(&["haki zote zimehifadhiwa"]),
        label(Other).phrases(&["maoni", "toa maoni", "andika maoni"]),
        label_any().phrases(&[
            "funga", "si sasa", "hapana, asante", "baadaye", "nikumbushe baadaye", "kubali", "kataa", "endelea",
            "changia", "jisajili", "ingia", "kila mwezi", "mara moja", "kiasi kingine", "nakili kiungo", "nimeelewa",
            "shiriki", "barua pepe", "saidia", "kubali yote", "kataa yote", "mipangilio", "chapisha", "kila mwaka",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["ukiona kazi yetu ina thamani", "kama unathamini kazi yetu"]),
        // A banner's own word, also in reports on data protection: a cue.
        cue(Cookie).phrases(&["hutumia vidakuzi"]),
        label_any().phrases(&["sawa", "msaada wa kila mwezi"]),
        outlet(Donation).phrases(&[
            "chombo huru cha habari", "vyombo huru vya habari", "isiyo ya kibiashara", "bila matangazo",
            "kwa msaada wa wasomaji", "bure kwa wote", "hatufungamani na chama",
        ]),
        // The outlet of itself, a newsletter's "join", "follow us on social media", the support button.
        outlet(Donation).phrases(&["hatutegemei matangazo"]),
        ask(Newsletter).phrases(&["jiunge na jarida letu", "jiunge na jarida"]),
        ask(Social).phrases(&["tufuate kwenye mitandao ya kijamii"]),
        label_any().phrases(&["toa msaada"]),
        // A bio's "X is a reporter at" and the meter's free articles (news on paywalls says it
        // too): cues. A contact line ("Email: ...") is an office's notice too: no row.
        cue(Credit).phrases(&["ni mwandishi wa habari wa", "ni mwandishi wetu wa"]),
        cue(Paywall).phrases(&["makala za bure", "makala ya bure"]),
        // The meter: "you have read N of your free articles" (the numbers vary).
        ask(Paywall).at(Start).max_words(20).phrases(&["umesoma makala"]),
        notice().phrases(&["marekebisho:", "sasisho:"]),
        body().phrases(&["alisema", "amesema", "alieleza", "aliongeza", "kwa mujibu wa", "walisema"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["kuhusu mwandishi", "makala nyingine za mwandishi", "zaidi kutoka kwa mwandishi"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["mwandishi ni"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["andika maoni", "acha maoni", "ongeza maoni", "tazama maoni", "maoni ya wasomaji"]),
        ask(Other).part(Comments).phrases(&["sera ya maoni"]),
        ask(Other).part(Disclaimer).phrases(&["maoni binafsi ya mwandishi", "ni maoni binafsi ya mwandishi"]),
        cue(Other).part(Disclaimer).phrases(&["si lazima yaakisi", "msimamo wa gazeti hili"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["ukurasa unaofuata", "ukurasa uliotangulia", "ripoti kosa"]),
        ask(Other).part(Navigation).phrases(&["kivinjari chako ni cha zamani"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "makala hii ni sehemu ya", "habari hii ni sehemu ya", "makala hii imeandaliwa", "habari hii imeandaliwa",
            "makala hii imefadhiliwa", "habari hii imefadhiliwa", "makala hii imewezeshwa", "habari hii imewezeshwa",
            "makala hii imeandikwa kwa", "habari hii imeandikwa kwa",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["soma zaidi:", "tazama pia"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["makala zinazohusiana", "habari kuu", "habari za hivi punde"]),
        label(Social).phrases(&["shiriki kwenye"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(5).phrases(&["sikiliza makala hii", "sikiliza habari hii"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["acha jibu"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["makala bila malipo", "habari za bure", "makala iliyobaki", "makala zilizobaki"]),
        ask(Paywall).max_words(30).phrases(&["hii ni makala yako ya mwisho ya bure", "makala yako ya mwisho ya bure", "umesoma makala zote za bure", "makala zako za bure zimekwisha"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["sehemu iliyobaki ni kwa wanachama", "jiunge ili kuendelea kusoma", "soma makala kamili"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["habari inaendelea baada ya tangazo", "habari inaendelea chini", "makala inaendelea baada ya tangazo", "taarifa inaendelea baada ya tangazo", "inaendelea baada ya tangazo", "endelea kusoma baada ya tangazo"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["maudhui yaliyofadhiliwa", "makala iliyofadhiliwa", "imefadhiliwa na", "maudhui ya kulipiwa", "tangazo la kulipiwa", "maudhui ya mshirika"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["makala hii ina viungo vya ushirika", "tunaweza kupata kamisheni", "tunaweza kupokea kamisheni"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["hairuhusiwi kunakili", "ni marufuku kunakili"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["jiandikishe kupokea habari", "jarida la barua pepe", "pata habari kwa barua pepe"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["toa maoni yako", "maoni yamefungwa", "ingia ili kutoa maoni"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["picha ya maktaba", "picha ya faili", "picha kwa hisani", "picha ya mtandaoni", "picha ya mtandao"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["cheza video", "tazama video", "sikiliza makala"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tags", "maneno muhimu", "mada zinazohusiana", "vitambulisho"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["jina la akaunti", "namba ya akaunti", "nambari ya akaunti", "jina la benki", "namba ya biashara", "paybill namba", "lipa namba", "namba ya kampuni"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["anwani ya barua pepe", "jisajili kwa jarida", "jiandikishe kwa jarida letu", "jisajili hapa", "pokea habari kwa barua pepe"]),
        label(Subscription).phrases(&["angalia ofa", "angalia vifurushi", "chagua kifurushi", "anza jaribio la bure", "jaribu bure", "jiunge kama mwanachama", "lipia sasa", "tayari ni mwanachama? ingia", "ingia hapa"]),
        label(App).phrases(&["pakua sasa", "ipate kwenye google play", "pakua kwenye app store", "sakinisha programu"]),
        label(Donation).phrases(&["saidia sasa", "changia kila mwezi", "mara moja tu", "chagua kiasi"]),
        label(Social).phrases(&["shiriki kwenye facebook", "shiriki kwenye whatsapp", "shiriki kwenye x", "tuma kwa barua pepe", "chapisha ukurasa"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["kwa kujisajili, unakubali", "kwa kujiandikisha, unakubali", "unaweza kujiondoa wakati wowote", "hatutashiriki barua pepe yako", "ninakubali sera ya faragha", "ninakubali vigezo na masharti", "angalia kisanduku chako cha barua"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["je, makala hii imekusaidia", "hutaki kukosa habari", "unataka habari zaidi kama hizi", "je, umefurahia makala hii", "unataka kupata habari zaidi", "ungependa kusoma zaidi"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["anasema", "wanasema", "wamesema", "ameeleza", "walieleza", "wameeleza", "alifafanua", "amefafanua", "ameongeza", "alisisitiza", "amesisitiza", "alitangaza", "ametangaza", "alithibitisha", "amethibitisha", "alikanusha", "amekanusha", "alikiri", "amekiri", "alionya", "ameonya", "alikumbusha", "alijibu", "aliuliza", "aliandika", "limeripoti", "iliripoti", "alidai", "amedai", "alibainisha", "amebainisha", "aliwaambia waandishi wa habari", "katika mahojiano na", "akizungumza na", "alinukuliwa akisema", "akisema"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["picha zaidi", "picha inayofuata", "picha iliyopita"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["tazama picha zote"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["mubashara", "live"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["pakia zaidi"]),
        chrome(Other).part(Live).weight(2.5).max_words(6).phrases(&["matangazo ya moja kwa moja"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["ukubwa wa maandishi", "soma kwa kiingereza"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["manukuu"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["zima sauti", "washa sauti"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["je, unathamini kazi yetu"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["asante kwa kusoma", "asanteni kwa kusoma", "asante kwa kusoma hadi mwisho", "umefika mwisho wa makala"]),
        cue(Donation).weight(2.0).phrases(&["kiasi chochote kinasaidia", "hata kiasi kidogo"]),
        cue(Subscription).phrases(&["soma gazeti mtandaoni", "gazeti la kidijitali", "nakala ya kidijitali", "jiunge na e-paper"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["nataka kuchangia", "nataka kusaidia", "ninachangia"]),
        label(Membership).phrases(&["nataka kujiunga", "tayari mimi ni mwanachama"]),
        label(Subscription).phrases(&["nataka kujisajili", "tayari nimejisajili"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["soma pia:", "soma hii pia:", "tazama pia:", "sikiliza pia:", "unaweza pia kusoma:", "unaweza kusoma pia:", "habari zinazohusiana:", "mada zinazohusiana:", "makala zinazohusiana:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["sikiliza mubashara", "sikiliza moja kwa moja", "redio mubashara", "tv mubashara"]),
        ask(Social).max_words(30).phrases(&["chaneli yetu ya whatsapp", "chaneli yetu ya telegram", "tufuate kwenye whatsapp", "tufuate kwenye telegram", "jiunge nasi kwenye whatsapp"]),
        label(Social).phrases(&["jiunge na chaneli"]),
        line(Subscription).max_words(10).phrases(&["soma gazeti la leo", "soma e-paper"]),
        label(Subscription).phrases(&["e-paper", "epaper", "gazeti la kidijitali"]),
        ask(Other).part(Comments).max_words(60).phrases(&["maoni yako yatachapishwa baada ya"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["tutumie habari", "tutumie habari zako", "tutumie picha na video", "tutumie picha zako", "wasiliana na chumba chetu cha habari", "wasiliana na chumba cha habari"]),
        label(Other).phrases(&["tuma habari", "tuma habari yako"]),
        ask(Ad).max_words(35).phrases(&["shinda tiketi"]),
        label(Ad).phrases(&["nunua tiketi", "nunua tiketi sasa"]),
        ask(Ad).max_words(35).phrases(&["tunatafuta mwandishi wa habari", "tunatafuta waandishi wa habari", "jiunge na timu yetu"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["barua pepe yako haitachapishwa", "anwani yako ya barua pepe haitachapishwa"]),
        label(Other).part(Comments).phrases(&["tuma maoni", "tuma maoni yako"]),
    ],
    we: &["sisi", "yetu", "wetu", "zetu", "letu", "nasi"],
    you: &["wewe", "yako", "wako", "lako", "zako", "ninyi", "nyinyi", "yenu", "wenu", "lenu"],
};
