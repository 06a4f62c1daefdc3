//! Telugu, in the Telugu script.
//!
//! Written from how Telugu news sites (Andhra Pradesh and Telangana papers and their sites,
//! the TV channels' sites, the national portals' and the broadcasters' Telugu services,
//! news apps, digital start-ups and small independent outlets) word their page furniture
//! and appeals in general (not one site's wording). Telugu glues its case endings and
//! postpositions to the noun ("యాప్‌లో", "మద్దతుతో") and its verbs inflect at the end: the
//! rows hold whole frequent forms (the polite imperative "-ండి" a box uses: "మద్దతు
//! ఇవ్వండి", "సబ్‌స్క్రైబ్ చేసుకోండి") and stems with `*` where the endings vary.
//!
//! The vowel signs and the anusvara are letters to the matcher, the virama (్) is not, nor
//! the zero-width non-joiner (ZWNJ, U+200C) that sites put between an English loanword and
//! its ending or inside it ("ఫేస్‌బుక్‌లో", "సబ్‌స్క్రైబ్"): the matcher sees a word break at
//! each. A phrase that ends on a virama ("మా యాప్", "ఫేస్‌బుక్") therefore also holds the
//! glued forms ("మా యాప్‌ను", "మా యాప్ను"). Pages write the loanwords with the ZWNJ or
//! without it ("సబ్‌స్క్రైబ్", "సబ్స్క్రైబ్"): the formulas that matter most are listed both
//! ways (the ZWNJ is written `\u{200c}`). "Subscribe", "Follow us" in Latin letters are the
//! English pack's.
//!
//! News uses the appeal's words every day: "మద్దతు" (support) is every party's ("మాకు
//! మద్దతు ఇవ్వండి", a candidate's call, often the quote that opens a paragraph), "విరాళం"
//! (donation) a temple's, a relief fund's ("సీఎం సహాయ నిధికి విరాళం"), a school's
//! capitation "డొనేషన్", "సహాయం" (help) any aid, "సభ్యత్వం" (membership) the parties'
//! membership drives ("సభ్యత్వ నమోదు"), "చందా" (subscription) also the collections of a
//! festival ("వినాయక చందాలు"), "చందాదారులు" (subscribers) a telephone company's,
//! "నమోదు చేసుకోండి" (register) a voter's or a scheme's applicant's, "ఫాలో" also to follow
//! rules, "షేర్" a company's shares on the market, "స్వతంత్ర" (independent) every
//! independent candidate, "ప్రకటన" (advertisement) also any statement or announcement.
//! Those words are cues, buttons (a line of their own) or a short block's opening; anywhere
//! only forms no report holds ("స్వతంత్ర జర్నలిజానికి మద్దతు ఇవ్వండి", "మీలాంటి పాఠకుల మద్దతు",
//! "మేము కుకీలను ఉపయోగిస్తాము", "మా న్యూస్‌లెటర్"). Stories open with a quote ("‘మాకు
//! మద్దతు ఇవ్వండి...’ అని ఆయన కోరారు") and end on "అని పేర్కొన్నారు": the imperatives a
//! politician shares with a box open only a short block, and the reporting verbs weigh
//! against a cut. Unquoted, the ask opens the paragraph and the quotative follows it
//! ("విరాళం ఇవ్వండి అంటూ ఆలయ కమిటీ కోరింది"): a body row holds each imperative with "అని",
//! "అంటూ", "అనే" after it, the longer phrase that the matcher takes there instead.
//!
//! The reader is addressed in the polite plural ("మీరు", "మీ", "మీకు"), which also
//! addresses many readers; the familiar "నువ్వు", "నీ" is rare on a news page. The outlet's
//! "we" is the exclusive "మేము", "మా" ("మనం", "మన", the inclusive "we" of every speech, is
//! left out).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "te",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 నిమిషాల పఠనం").
        chrome(Other).at(Any).max_words(6).phrases(&["నిమిషాల పఠనం", "నిమిషాల్లో చదవండి", "చదవడానికి పట్టే సమయం"]),
        header(Donation).max_words(6).phrases(&[
            "స్వతంత్ర జర్నలిజానికి మద్దతు ఇవ్వండి", "స్వతంత్ర జర్నలిజానికి మద్దతివ్వండి", "స్వతంత్ర పాత్రికేయానికి మద్దతు ఇవ్వండి",
            "నిష్పక్షపాత జర్నలిజానికి మద్దతు ఇవ్వండి", "మా జర్నలిజానికి మద్దతు ఇవ్వండి", "మా జర్నలిజానికి మద్దతివ్వండి",
        ]),
        // A candidate and a charity say these too ("మాకు మీ మద్దతు కావాలి"): a heading of a
        // few words only.
        header(Donation).max_words(6).phrases(&["మాకు మీ మద్దతు కావాలి", "మీ మద్దతు మాకు కావాలి", "మీ మద్దతు మాకు అవసరం"]),
        header(Donation).max_words(5).phrases(&["మీరు వెళ్లే ముందు", "మీరు వెళ్లేముందు", "వెళ్లే ముందు ఒక్క మాట"]),
        // The support of readers like you (its glued endings: "మద్దతుతోనే"), and a form's own
        // wording: no report says them. (Not "మీలాంటి పాఠకుల" alone: a library's "for readers
        // like you".)
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "మీలాంటి పాఠకుల మద్దత*", "మీ లాంటి పాఠకుల మద్దత*", "మీలాంటి పాఠకుల సహకార*", "మీ లాంటి పాఠకుల సహకార*",
            "మీలాంటి పాఠకుల విరాళ*", "విరాళం మొత్తాన్ని ఎంచుకోండి", "మా జర్నలిజానికి మద్దతు",
            "స్వతంత్ర జర్నలిజానికి మద్దతు", "మీ విరాళం మాకు సహాయపడుతుంది",
        ]),
        // A party asks voters "మాకు మద్దతు ఇవ్వండి", a temple "విరాళం ఇవ్వండి", a quote opens
        // the paragraph: a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&[
            "మాకు మద్దతు ఇవ్వండి", "మాకు మద్దతివ్వండి", "విరాళం ఇవ్వండి", "ఇప్పుడే విరాళం ఇవ్వండి", "విరాళం అందించండి",
            "మా పనికి మద్దతు ఇవ్వండి", "ఇప్పుడే మద్దతు ఇవ్వండి", "మద్దతుదారుగా చేరండి", "ప్రతి విరాళం ముఖ్యమే",
        ]),
        // Flood victims and a sick child's family say "మాకు సహాయం చేయండి" in a report, a
        // winner "మీ మద్దతుతోనే మేము గెలిచాం" (with your support we won): cues.
        cue(Donation).phrases(&["మాకు సహాయం చేయండి", "మాకు సాయం చేయండి", "మీ మద్దతుతోనే మేము"]),
        cue(Donation).phrases(&[
            "మీ మద్దతు", "మీ మద్దతుతో", "స్వతంత్ర జర్నలిజం", "నెలవారీ విరాళం", "ఒకసారి విరాళం", "మీ విరాళం",
            "స్వతంత్ర పాత్రికేయం",
        ]),
        // Not "మద్దతు*" (every party) nor "చందా*" (a festival's collections); "డొనేషన్" is
        // also a school's capitation fee: weak.
        cue(Donation).weight(0.5).phrases(&["విరాళ*", "డొనేషన్*", "డొనేట్*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ప్రియమైన పాఠకులారా", "ప్రియ పాఠకులారా", "ప్రియమైన పాఠకులకు", "పాఠక మిత్రులారా", "ప్రియమైన పాఠకుల్లారా",
            "పాఠకులారా",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&["ఈ కథనం మీకు నచ్చితే", "ఈ వార్త మీకు నచ్చితే", "ఈ కథనం మీకు నచ్చినట్లయితే"]),
        // "సభ్యులుగా చేరండి" is a party's and a union's call too.
        ask(Membership).max_words(16).phrases(&["మా సభ్యత్వ కార్యక్రమంలో చేరండి", "మా పాఠకుల సమూహంలో చేరండి", "మా పాఠక సమూహంలో చేరండి"]),
        ask(Membership).at(Start).max_words(5).phrases(&[
            "సభ్యులుగా చేరండి", "సభ్యత్వం తీసుకోండి", "సభ్యత్వం పొందండి", "ఈరోజే సభ్యులుగా చేరండి", "మెంబర్ అవ్వండి",
            "మెంబర్\u{200c}షిప్ తీసుకోండి", "మెంబర్షిప్ తీసుకోండి",
        ]),
        // The parties' membership drives ("సభ్యత్వ నమోదు"): weak.
        cue(Membership).weight(0.5).phrases(&["సభ్యత్వ*", "మెంబర్\u{200c}షిప్", "మెంబర్షిప్"]),
        // The question "already a subscriber?" (not "ఇప్పటికే సబ్‌స్క్రైబర్", which ends on a
        // virama and holds "ఇప్పటికే సబ్‌స్క్రైబర్లు", a telephone company's subscriber count).
        ask(Subscription).max_words(16).phrases(&["ఇప్పటికే సబ్\u{200c}స్క్రైబరా", "ఇప్పటికే సబ్స్క్రైబరా", "ఇప్పటికే చందాదారులా"]),
        // A YouTuber's "subscribe" and a telephone company's plans are news: a short block's
        // start only.
        ask(Subscription).at(Start).max_words(5).phrases(&[
            "సబ్\u{200c}స్క్రైబ్ చేయండి", "సబ్స్క్రైబ్ చేయండి", "సబ్\u{200c}స్క్రైబ్ చేసుకోండి", "సబ్స్క్రైబ్ చేసుకోండి",
            "ఇప్పుడే సబ్\u{200c}స్క్రైబ్", "ఇప్పుడే సబ్స్క్రైబ్", "చందాదారులుగా చేరండి", "చందా కట్టండి",
        ]),
        // A telephone plan "can be cancelled any time" in consumer news: cues.
        // A streaming service's how-to says "choose the subscription plan": cues.
        cue(Subscription).phrases(&[
            "ఎప్పుడైనా రద్దు చేసుకోవచ్చు", "సబ్\u{200c}స్క్రిప్షన్ ప్లాన్", "సబ్స్క్రిప్షన్ ప్లాన్", "డిజిటల్ సబ్\u{200c}స్క్రిప్షన్", "డిజిటల్ సబ్స్క్రిప్షన్", "మొదటి నెల ఉచితం",
            "అపరిమిత యాక్సెస్",
        ]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "ఈ కథనం సబ్\u{200c}స్క్రైబర్లకు మాత్రమే", "ఈ కథనం సబ్స్క్రైబర్లకు మాత్రమే", "ఈ కథనం చందాదారులకు మాత్రమే",
            "చదవడానికి లాగిన్ అవ్వండి", "పూర్తి కథనం చదవడానికి సబ్\u{200c}స్క్రైబ్", "పూర్తి కథనం చదవడానికి సబ్స్క్రైబ్",
            "ఉచిత కథనాల పరిమితి",
        ]),
        // A scholarship lets students "చదవడం కొనసాగించడానికి" (go on studying): a short
        // block's start only. ("పూర్తి కథనం చదవడానికి", to read the full story, without its
        // login is a cue below: a story's "to read the whole account, students go to ...".)
        ask(Paywall).at(Start).max_words(5).phrases(&["పూర్తి కథనం చదవడానికి లాగిన్", "పూర్తి కథనాన్ని చదవడానికి లాగిన్"]),
        cue(Paywall).phrases(&["సబ్\u{200c}స్క్రైబర్లకు మాత్రమే", "సబ్స్క్రైబర్లకు మాత్రమే", "చందాదారులకు మాత్రమే", "ప్రీమియం కథనం"]),
        ask(Newsletter).max_words(16).phrases(&[
            "మా న్యూస్\u{200c}లెటర్", "మా వార్తాలేఖ", "న్యూస్\u{200c}లెటర్\u{200c}కు సబ్\u{200c}స్క్రైబ్", "న్యూస్లెటర్కు సబ్స్క్రైబ్",
            "నేరుగా మీ ఇన్\u{200c}బాక్స్", "నేరుగా మీ ఇన్బాక్స్", "సబ్\u{200c}స్క్రైబ్ చేసినందుకు ధన్యవాదాలు",
            "సబ్స్క్రైబ్ చేసినందుకు ధన్యవాదాలు", "సైన్ అప్ చేసినందుకు ధన్యవాదాలు",
        ]),
        // Banks warn "మీ ఈమెయిల్ చిరునామాను ఎవరికీ ఇవ్వకండి": a block's start only.
        ask(Newsletter).at(Start).max_words(5).phrases(&[
            "మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి", "మీ ఇమెయిల్ చిరునామాను నమోదు చేయండి", "మీ ఈమెయిల్ ఐడీని నమోదు చేయండి",
            "మీ ఈమెయిల్ను నమోదు చేయండి", "మీ ఈమెయిల్\u{200c}ను నమోదు చేయండి",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["న్యూస్\u{200c}లెటర్", "న్యూస్లెటర్", "వార్తాలేఖ"]),
        cue(Newsletter).phrases(&[
            "న్యూస్\u{200c}లెటర్", "న్యూస్లెటర్", "వార్తాలేఖ", "మీ ఈమెయిల్", "మీ ఇమెయిల్", "మీ ఇన్\u{200c}బాక్స్", "మీ ఇన్బాక్స్",
            "గోప్యతా విధానం", "ప్రైవసీ పాలసీ",
        ]),
        ask(App).max_words(16).phrases(&[
            "మా యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి", "మా యాప్ డౌన్లోడ్ చేసుకోండి", "మా యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి",
            "మా యాప్ను డౌన్లోడ్ చేసుకోండి", "మా యాప్\u{200c}ను డౌన్లోడ్ చేసుకోండి", "మా యాప్\u{200c}లో చదవండి", "మా యాప్లో చదవండి",
        ]),
        // An office asks citizens to download its app too: a short block's start only.
        ask(App).at(Start).max_words(5).phrases(&[
            "యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి", "యాప్ డౌన్లోడ్ చేసుకోండి", "యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి",
            "యాప్ను డౌన్లోడ్ చేసుకోండి", "యాప్\u{200c}లో చదవండి", "యాప్లో చదవండి",
        ]),
        // A company's "మా యాప్" in a business story: a cue (the phrase ends on a virama and so
        // holds "మా యాప్‌లో").
        cue(App).phrases(&["మా యాప్", "గూగుల్ ప్లే స్టోర్", "యాప్ స్టోర్", "నోటిఫికేషన్లు ఆన్ చేయండి"]),
        ask(Cookie).max_words(16).phrases(&[
            "అన్ని కుకీలను అంగీకరించండి", "మా కుకీ పాలసీ", "మా కుకీల విధానం", "కుకీ సెట్టింగ్\u{200c}లు", "కుకీ సెట్టింగ్లు",
            "కుకీ సెట్టింగ్స్", "కుకీలను ఉపయోగిస్తాము", "కుకీలను ఉపయోగిస్తాం",
        ]),
        // Reports quote banners and regulators ("ఈ వెబ్‌సైట్ కుకీలను ఉపయోగిస్తుంది" of a
        // site under inquiry): a block's start only.
        ask(Cookie).at(Start).max_words(5).phrases(&[
            "ఈ వెబ్\u{200c}సైట్ కుకీలను ఉపయోగిస్తుంది", "ఈ వెబ్సైట్ కుకీలను ఉపయోగిస్తుంది", "ఈ సైట్ కుకీలను ఉపయోగిస్తుంది",
            "ఈ వెబ్\u{200c}సైట్\u{200c}ను ఉపయోగించడం కొనసాగించడం ద్వారా", "ఈ వెబ్సైట్ను ఉపయోగించడం కొనసాగించడం ద్వారా",
        ]),
        // A data protection story names the policies ("కుకీ పాలసీ పేరుతో"): cues.
        cue(Cookie).phrases(&["కుకీలు", "కుకీలను", "కుకీస్", "మీ అనుభవాన్ని మెరుగుపరచడానికి", "కుకీ పాలసీ", "కుకీల విధానం"]),
        // "మమ్మల్ని ఫాలో అవ్వండి" with a platform anywhere; bare, a short block's start.
        ask(Social).max_words(16).phrases(&[
            "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో అవ్వండి", "ఫేస్బుక్లో మమ్మల్ని ఫాలో అవ్వండి", "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో చేయండి",
            "ఫేస్బుక్లో మమ్మల్ని ఫాలో చేయండి", "సోషల్ మీడియాలో మమ్మల్ని ఫాలో అవ్వండి", "సోషల్ మీడియాలో మమ్మల్ని ఫాలో చేయండి",
            "మా వాట్సాప్ ఛానెల్\u{200c}లో చేరండి", "మా వాట్సాప్ ఛానెల్లో చేరండి", "మా వాట్సాప్ ఛానల్\u{200c}లో చేరండి", "మా వాట్సాప్ ఛానల్లో చేరండి",
            "మా టెలిగ్రామ్ ఛానెల్\u{200c}లో చేరండి", "మా టెలిగ్రామ్ ఛానెల్లో చేరండి", "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేసుకోండి",
            "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేసుకోండి", "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేయండి", "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేయండి",
            "గూగుల్ న్యూస్\u{200c}లో ఫాలో", "గూగుల్ న్యూస్లో ఫాలో", "లింక్ కాపీ చేయబడింది",
        ]),
        // A police force's or a temple board's "మా వాట్సాప్ ఛానెల్ ద్వారా" (through our
        // channel) in a report: a cue.
        cue(Social).phrases(&["మా వాట్సాప్ ఛానెల్", "మా వాట్సాప్ ఛానల్", "మా టెలిగ్రామ్ ఛానెల్", "మా యూట్యూబ్ ఛానెల్"]),
        ask(Social).at(Start).max_words(5).phrases(&[
            "మమ్మల్ని ఫాలో అవ్వండి", "మమ్మల్ని ఫాలో చేయండి", "ఈ వార్తను షేర్ చేయండి", "ఈ కథనాన్ని షేర్ చేయండి",
            "వాట్సాప్ ఛానెల్\u{200c}లో చేరండి", "వాట్సాప్ ఛానెల్లో చేరండి", "వాట్సాప్ గ్రూప్\u{200c}లో చేరండి", "వాట్సాప్ గ్రూప్లో చేరండి",
        ]),
        // "For more Telugu news": the line under a story that sends the reader to the outlet's
        // app, channel or page, a line of its own.
        line(Related).max_words(30).phrases(&["మరిన్ని తెలుగు వార్తల కోసం", "తాజా తెలుగు వార్తల కోసం", "మరిన్ని తాజా వార్తల కోసం", "లేటెస్ట్ తెలుగు న్యూస్ కోసం", "ఇలాంటి మరిన్ని వార్తల కోసం", "ఇటువంటి మరిన్ని వార్తల కోసం"]),
        // "ప్రకటన" is also a statement or an announcement: only the whole block.
        label(Ad).phrases(&["ప్రకటన", "అడ్వర్టైజ్\u{200c}మెంట్", "అడ్వర్టైజ్మెంట్", "స్పాన్సర్డ్"]),
        line(Related).max_words(24).phrases(&[
            "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "ఇదీ చదవండి", "ఇవీ చదవండి", "ఇవి కూడా చూడండి", "ఇది కూడా చూడండి",
            "ఇదీ చూడండి", "సంబంధిత వార్తలు", "సంబంధిత కథనాలు", "ఎక్కువగా చదివినవి", "మరిన్ని వార్తలు:", "తాజా వార్తలు:",
        ]),
        line(Related).max_words(3).phrases(&["మరిన్ని వార్తలు", "తాజా వార్తలు", "ట్రెండింగ్ వార్తలు"]),
        label(Related).phrases(&["ఇంకా చదవండి", "మరింత చదవండి", "పూర్తిగా చదవండి", "సంబంధిత కథనం", "ట్రెండింగ్", "ఎక్కువ మంది చదివినవి", "తదుపరి కథనం", "మునుపటి కథనం", "తదుపరి వార్త"]),
        ask(Credit).max_words(16).phrases(&["రచయిత వ్యక్తిగత అభిప్రాయాలు", "వ్యాసకర్త వ్యక్తిగత అభిప్రాయాలు"]),
        ask(Credit).max_words(12).phrases(&["ఏజెన్సీల సమాచారంతో", "ఏజెన్సీల సహకారంతో"]),
        // The dateline's "ప్రత్యేక ప్రతినిధి" opens the story itself: a cue, never a line. (Not
        // "చిత్రం:", "రచన:", "రచయిత:", "ఎడిటింగ్:": a film or a book review's own credits box.)
        cue(Credit).phrases(&["ప్రత్యేక ప్రతినిధి"]),
        line(Credit).max_words(10).phrases(&[
            "రిపోర్టర్:", "విలేకరి:", "వ్యాసకర్త:",
        ]),
        chrome(Other).at(Any).max_words(6).phrases(&["సర్వహక్కులు ప్రత్యేకించబడ్డాయి", "సర్వ హక్కులు ప్రత్యేకించబడ్డాయి"]),
        label(Other).weight(EDGE_WEIGHT).phrases(&["వ్యాఖ్యలు", "కామెంట్స్", "మమ్మల్ని సంప్రదించండి"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "మూసివేయి", "మూసివేయండి", "మూసేయండి", "క్లోజ్", "ఇప్పుడు కాదు", "వద్దు, ధన్యవాదాలు", "వద్దు ధన్యవాదాలు", "తర్వాత",
            "తరువాత", "తర్వాత గుర్తు చేయండి", "అంగీకరిస్తున్నాను", "అంగీకరించు", "అంగీకరించండి", "తిరస్కరించు",
            "తిరస్కరించండి", "కొనసాగించు", "కొనసాగించండి", "విరాళం ఇవ్వండి", "లాగిన్", "లాగిన్ అవ్వండి", "సైన్ ఇన్", "నెలవారీ", "ఒకసారి", "ఇతర మొత్తం", "అర్థమైంది", "సరే",
            "షేర్ చేయండి", "షేర్", "అన్నింటినీ అంగీకరించండి", "మద్దతు ఇవ్వండి", "ఈమెయిల్", "సబ్\u{200c}స్క్రైబ్", "సబ్స్క్రైబ్",
        ]),
        // The platforms of a share bar, in the script of the page (the `xx` pack has the Latin
        // names). A name that ends on a virama holds its glued forms ("ఫేస్‌బుక్‌లో").
        platform(Social).max_words(12).phrases(&[
            "ఫేస్\u{200c}బుక్", "ఫేస్బుక్", "ట్విట్టర్", "ట్విటర్", "వాట్సాప్", "వాట్సప్", "ఇన్\u{200c}స్టాగ్రామ్", "ఇన్స్టాగ్రామ్",
            "యూట్యూబ్", "యుట్యూబ్", "టెలిగ్రామ్", "షేర్\u{200c}చాట్", "షేర్చాట్",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).max_words(16).phrases(&["మా పని మీకు ముఖ్యమని భావిస్తే", "మా జర్నలిజం మీకు ముఖ్యమని భావిస్తే", "మా పనిని మీరు విలువైనదిగా భావిస్తే"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["నెలవారీ మద్దతు"]),
        outlet(Donation).phrases(&[
            "స్వతంత్ర మీడియా", "లాభాపేక్ష లేని", "లాభాపేక్ష రహిత", "ప్రకటనలు లేని", "ప్రకటనల రహిత", "పాఠకుల మద్దతుతో నడిచే",
            "పాఠకుల మద్దతుతోనే", "అందరికీ ఉచితం", "పేవాల్ లేకుండా", "పాఠకుల విరాళాలతో",
        ]),
        // The outlet of itself: no advertiser, no government money.
        outlet(Donation).phrases(&["ప్రభుత్వ ప్రకటనలపై ఆధారపడకుండా", "కార్పొరేట్ ప్రకటనలపై ఆధారపడకుండా", "ప్రకటనలపై ఆధారపడని"]),
        ask(Newsletter).max_words(16).phrases(&["న్యూస్\u{200c}లెటర్\u{200c}లో చేరండి", "న్యూస్లెటర్లో చేరండి"]),
        // "Register" is also a story's subhead over a scheme's or a school's enrolment, "help"
        // a relief story's: a box's edge, not an anchor.
        label_any().weight(EDGE_WEIGHT).phrases(&["నమోదు చేసుకోండి", "రిజిస్టర్ చేసుకోండి", "సహాయం చేయండి"]),
        // A bio's "X is a senior journalist" and the meter's free articles (news on paywalls
        // says it too): cues.
        cue(Credit).phrases(&["సీనియర్ జర్నలిస్టు", "సీనియర్ పాత్రికేయులు"]),
        cue(Paywall).phrases(&["ఉచిత కథనాలు"]),
        // The meter: "మీరు 5 ఉచిత కథనాల్లో 3 చదివారు" (the numbers vary).
        // The story's own notices: a correction, an update.
        notice().phrases(&["సవరణ:", "దిద్దుబాటు:"]),
        // The imperatives and statements above as a story reports them, unquoted, before the
        // quotative "అని", "అంటూ", "అనే" (that, saying, the one that says): "విరాళం ఇవ్వండి
        // అంటూ ఆలయ కమిటీ భక్తులను కోరింది", "యాప్ డౌన్‌లోడ్ చేసుకోండి అని రవాణా శాఖ సూచించింది",
        // "అన్ని కుకీలను అంగీకరించండి అనే బటన్". Telugu quotes before it attributes, so the ask
        // opens the paragraph; the longer phrase is the one matched there, and no box writes it.
        body().phrases(&[
            "మాకు మీ మద్దతు కావాలి అని", "మాకు మీ మద్దతు కావాలి అంటూ", "మాకు మీ మద్దతు కావాలి అనే", "మీ మద్దతు మాకు కావాలి అని",
            "మీ మద్దతు మాకు కావాలి అంటూ", "మీ మద్దతు మాకు కావాలి అనే", "మాకు మద్దతు ఇవ్వండి అని", "మాకు మద్దతు ఇవ్వండి అంటూ",
            "మాకు మద్దతు ఇవ్వండి అనే", "మాకు మద్దతివ్వండి అని", "మాకు మద్దతివ్వండి అంటూ", "మాకు మద్దతివ్వండి అనే",
            "విరాళం ఇవ్వండి అని", "విరాళం ఇవ్వండి అంటూ", "విరాళం ఇవ్వండి అనే", "ఇప్పుడే విరాళం ఇవ్వండి అని",
            "ఇప్పుడే విరాళం ఇవ్వండి అంటూ", "ఇప్పుడే విరాళం ఇవ్వండి అనే", "విరాళం అందించండి అని", "విరాళం అందించండి అంటూ",
            "విరాళం అందించండి అనే", "మా పనికి మద్దతు ఇవ్వండి అని", "మా పనికి మద్దతు ఇవ్వండి అంటూ", "మా పనికి మద్దతు ఇవ్వండి అనే",
            "ఇప్పుడే మద్దతు ఇవ్వండి అని", "ఇప్పుడే మద్దతు ఇవ్వండి అంటూ", "ఇప్పుడే మద్దతు ఇవ్వండి అనే", "మద్దతుదారుగా చేరండి అని",
            "మద్దతుదారుగా చేరండి అంటూ", "మద్దతుదారుగా చేరండి అనే", "సభ్యులుగా చేరండి అని", "సభ్యులుగా చేరండి అంటూ",
            "సభ్యులుగా చేరండి అనే", "సభ్యత్వం తీసుకోండి అని", "సభ్యత్వం తీసుకోండి అంటూ", "సభ్యత్వం తీసుకోండి అనే",
            "సభ్యత్వం పొందండి అని", "సభ్యత్వం పొందండి అంటూ", "సభ్యత్వం పొందండి అనే", "ఈరోజే సభ్యులుగా చేరండి అని",
            "ఈరోజే సభ్యులుగా చేరండి అంటూ", "ఈరోజే సభ్యులుగా చేరండి అనే", "మెంబర్ అవ్వండి అని", "మెంబర్ అవ్వండి అంటూ",
            "మెంబర్ అవ్వండి అనే", "మెంబర్\u{200c}షిప్ తీసుకోండి అని", "మెంబర్\u{200c}షిప్ తీసుకోండి అంటూ",
            "మెంబర్\u{200c}షిప్ తీసుకోండి అనే", "మెంబర్షిప్ తీసుకోండి అని", "మెంబర్షిప్ తీసుకోండి అంటూ",
            "మెంబర్షిప్ తీసుకోండి అనే", "సబ్\u{200c}స్క్రైబ్ చేయండి అని", "సబ్\u{200c}స్క్రైబ్ చేయండి అంటూ",
            "సబ్\u{200c}స్క్రైబ్ చేయండి అనే", "సబ్స్క్రైబ్ చేయండి అని", "సబ్స్క్రైబ్ చేయండి అంటూ", "సబ్స్క్రైబ్ చేయండి అనే",
            "సబ్\u{200c}స్క్రైబ్ చేసుకోండి అని", "సబ్\u{200c}స్క్రైబ్ చేసుకోండి అంటూ", "సబ్\u{200c}స్క్రైబ్ చేసుకోండి అనే",
            "సబ్స్క్రైబ్ చేసుకోండి అని", "సబ్స్క్రైబ్ చేసుకోండి అంటూ", "సబ్స్క్రైబ్ చేసుకోండి అనే", "చందాదారులుగా చేరండి అని",
            "చందాదారులుగా చేరండి అంటూ", "చందాదారులుగా చేరండి అనే", "చందా కట్టండి అని", "చందా కట్టండి అంటూ", "చందా కట్టండి అనే",
            "మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి అని", "మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి అంటూ",
            "మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి అనే", "మీ ఇమెయిల్ చిరునామాను నమోదు చేయండి అని",
            "మీ ఇమెయిల్ చిరునామాను నమోదు చేయండి అంటూ", "మీ ఇమెయిల్ చిరునామాను నమోదు చేయండి అనే",
            "మీ ఈమెయిల్ ఐడీని నమోదు చేయండి అని", "మీ ఈమెయిల్ ఐడీని నమోదు చేయండి అంటూ", "మీ ఈమెయిల్ ఐడీని నమోదు చేయండి అనే",
            "మీ ఈమెయిల్ను నమోదు చేయండి అని", "మీ ఈమెయిల్ను నమోదు చేయండి అంటూ", "మీ ఈమెయిల్ను నమోదు చేయండి అనే",
            "మీ ఈమెయిల్\u{200c}ను నమోదు చేయండి అని", "మీ ఈమెయిల్\u{200c}ను నమోదు చేయండి అంటూ",
            "మీ ఈమెయిల్\u{200c}ను నమోదు చేయండి అనే", "మా యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి అని",
            "మా యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి అంటూ", "మా యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి అనే",
            "మా యాప్ డౌన్లోడ్ చేసుకోండి అని", "మా యాప్ డౌన్లోడ్ చేసుకోండి అంటూ", "మా యాప్ డౌన్లోడ్ చేసుకోండి అనే",
            "మా యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి అని", "మా యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి అంటూ",
            "మా యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి అనే", "మా యాప్ను డౌన్లోడ్ చేసుకోండి అని",
            "మా యాప్ను డౌన్లోడ్ చేసుకోండి అంటూ", "మా యాప్ను డౌన్లోడ్ చేసుకోండి అనే", "మా యాప్\u{200c}ను డౌన్లోడ్ చేసుకోండి అని",
            "మా యాప్\u{200c}ను డౌన్లోడ్ చేసుకోండి అంటూ", "మా యాప్\u{200c}ను డౌన్లోడ్ చేసుకోండి అనే",
            "మా యాప్\u{200c}లో చదవండి అని", "మా యాప్\u{200c}లో చదవండి అంటూ", "మా యాప్\u{200c}లో చదవండి అనే",
            "మా యాప్లో చదవండి అని", "మా యాప్లో చదవండి అంటూ", "మా యాప్లో చదవండి అనే", "యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి అని",
            "యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి అంటూ", "యాప్ డౌన్\u{200c}లోడ్ చేసుకోండి అనే", "యాప్ డౌన్లోడ్ చేసుకోండి అని",
            "యాప్ డౌన్లోడ్ చేసుకోండి అంటూ", "యాప్ డౌన్లోడ్ చేసుకోండి అనే", "యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి అని",
            "యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి అంటూ", "యాప్\u{200c}ను డౌన్\u{200c}లోడ్ చేసుకోండి అనే",
            "యాప్ను డౌన్లోడ్ చేసుకోండి అని", "యాప్ను డౌన్లోడ్ చేసుకోండి అంటూ", "యాప్ను డౌన్లోడ్ చేసుకోండి అనే",
            "యాప్\u{200c}లో చదవండి అని", "యాప్\u{200c}లో చదవండి అంటూ", "యాప్\u{200c}లో చదవండి అనే", "యాప్లో చదవండి అని",
            "యాప్లో చదవండి అంటూ", "యాప్లో చదవండి అనే", "అన్ని కుకీలను అంగీకరించండి అని", "అన్ని కుకీలను అంగీకరించండి అంటూ",
            "అన్ని కుకీలను అంగీకరించండి అనే", "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో అవ్వండి అని",
            "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో అవ్వండి అంటూ", "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో అవ్వండి అనే",
            "ఫేస్బుక్లో మమ్మల్ని ఫాలో అవ్వండి అని", "ఫేస్బుక్లో మమ్మల్ని ఫాలో అవ్వండి అంటూ",
            "ఫేస్బుక్లో మమ్మల్ని ఫాలో అవ్వండి అనే", "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో చేయండి అని",
            "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో చేయండి అంటూ", "ఫేస్\u{200c}బుక్\u{200c}లో మమ్మల్ని ఫాలో చేయండి అనే",
            "ఫేస్బుక్లో మమ్మల్ని ఫాలో చేయండి అని", "ఫేస్బుక్లో మమ్మల్ని ఫాలో చేయండి అంటూ", "ఫేస్బుక్లో మమ్మల్ని ఫాలో చేయండి అనే",
            "సోషల్ మీడియాలో మమ్మల్ని ఫాలో అవ్వండి అని", "సోషల్ మీడియాలో మమ్మల్ని ఫాలో అవ్వండి అంటూ",
            "సోషల్ మీడియాలో మమ్మల్ని ఫాలో అవ్వండి అనే", "సోషల్ మీడియాలో మమ్మల్ని ఫాలో చేయండి అని",
            "సోషల్ మీడియాలో మమ్మల్ని ఫాలో చేయండి అంటూ", "సోషల్ మీడియాలో మమ్మల్ని ఫాలో చేయండి అనే",
            "మా వాట్సాప్ ఛానెల్\u{200c}లో చేరండి అని", "మా వాట్సాప్ ఛానెల్\u{200c}లో చేరండి అంటూ",
            "మా వాట్సాప్ ఛానెల్\u{200c}లో చేరండి అనే", "మా వాట్సాప్ ఛానెల్లో చేరండి అని", "మా వాట్సాప్ ఛానెల్లో చేరండి అంటూ",
            "మా వాట్సాప్ ఛానెల్లో చేరండి అనే", "మా వాట్సాప్ ఛానల్\u{200c}లో చేరండి అని",
            "మా వాట్సాప్ ఛానల్\u{200c}లో చేరండి అంటూ", "మా వాట్సాప్ ఛానల్\u{200c}లో చేరండి అనే",
            "మా వాట్సాప్ ఛానల్లో చేరండి అని", "మా వాట్సాప్ ఛానల్లో చేరండి అంటూ", "మా వాట్సాప్ ఛానల్లో చేరండి అనే",
            "మా టెలిగ్రామ్ ఛానెల్\u{200c}లో చేరండి అని", "మా టెలిగ్రామ్ ఛానెల్\u{200c}లో చేరండి అంటూ",
            "మా టెలిగ్రామ్ ఛానెల్\u{200c}లో చేరండి అనే", "మా టెలిగ్రామ్ ఛానెల్లో చేరండి అని",
            "మా టెలిగ్రామ్ ఛానెల్లో చేరండి అంటూ", "మా టెలిగ్రామ్ ఛానెల్లో చేరండి అనే",
            "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేసుకోండి అని",
            "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేసుకోండి అంటూ",
            "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేసుకోండి అనే", "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేసుకోండి అని",
            "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేసుకోండి అంటూ", "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేసుకోండి అనే",
            "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేయండి అని",
            "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేయండి అంటూ",
            "మా యూట్యూబ్ ఛానెల్\u{200c}ను సబ్\u{200c}స్క్రైబ్ చేయండి అనే", "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేయండి అని",
            "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేయండి అంటూ", "మా యూట్యూబ్ ఛానెల్ను సబ్స్క్రైబ్ చేయండి అనే",
            "మమ్మల్ని ఫాలో అవ్వండి అని", "మమ్మల్ని ఫాలో అవ్వండి అంటూ", "మమ్మల్ని ఫాలో అవ్వండి అనే", "మమ్మల్ని ఫాలో చేయండి అని",
            "మమ్మల్ని ఫాలో చేయండి అంటూ", "మమ్మల్ని ఫాలో చేయండి అనే", "ఈ వార్తను షేర్ చేయండి అని", "ఈ వార్తను షేర్ చేయండి అంటూ",
            "ఈ వార్తను షేర్ చేయండి అనే", "ఈ కథనాన్ని షేర్ చేయండి అని", "ఈ కథనాన్ని షేర్ చేయండి అంటూ",
            "ఈ కథనాన్ని షేర్ చేయండి అనే", "వాట్సాప్ ఛానెల్\u{200c}లో చేరండి అని", "వాట్సాప్ ఛానెల్\u{200c}లో చేరండి అంటూ",
            "వాట్సాప్ ఛానెల్\u{200c}లో చేరండి అనే", "వాట్సాప్ ఛానెల్లో చేరండి అని", "వాట్సాప్ ఛానెల్లో చేరండి అంటూ",
            "వాట్సాప్ ఛానెల్లో చేరండి అనే", "వాట్సాప్ గ్రూప్\u{200c}లో చేరండి అని", "వాట్సాప్ గ్రూప్\u{200c}లో చేరండి అంటూ",
            "వాట్సాప్ గ్రూప్\u{200c}లో చేరండి అనే", "వాట్సాప్ గ్రూప్లో చేరండి అని", "వాట్సాప్ గ్రూప్లో చేరండి అంటూ",
            "వాట్సాప్ గ్రూప్లో చేరండి అనే", "కుకీలను ఉపయోగిస్తాము అని", "కుకీలను ఉపయోగిస్తాము అంటూ", "కుకీలను ఉపయోగిస్తాము అనే",
            "కుకీలను ఉపయోగిస్తాం అని", "కుకీలను ఉపయోగిస్తాం అంటూ", "కుకీలను ఉపయోగిస్తాం అనే",
            "ఈ వెబ్\u{200c}సైట్ కుకీలను ఉపయోగిస్తుంది అని", "ఈ వెబ్\u{200c}సైట్ కుకీలను ఉపయోగిస్తుంది అంటూ",
            "ఈ వెబ్\u{200c}సైట్ కుకీలను ఉపయోగిస్తుంది అనే", "ఈ వెబ్సైట్ కుకీలను ఉపయోగిస్తుంది అని",
            "ఈ వెబ్సైట్ కుకీలను ఉపయోగిస్తుంది అంటూ", "ఈ వెబ్సైట్ కుకీలను ఉపయోగిస్తుంది అనే", "ఈ సైట్ కుకీలను ఉపయోగిస్తుంది అని",
            "ఈ సైట్ కుకీలను ఉపయోగిస్తుంది అంటూ", "ఈ సైట్ కుకీలను ఉపయోగిస్తుంది అనే",
        ]),
        // Reporting verbs in the forms news prints them (said, stated, told, added, asked,
        // appealed, called for, speaking to reporters), which no box uses.
        body().phrases(&[
            "అన్నారు", "తెలిపారు", "చెప్పారు", "పేర్కొన్నారు", "వెల్లడించారు", "స్పష్టం చేశారు", "ఆరోపించారు", "హెచ్చరించారు",
            "ప్రకటించారు", "వివరించారు", "కోరారు", "విజ్ఞప్తి చేశారు", "పిలుపునిచ్చారు", "డిమాండ్ చేశారు", "తెలిపింది",
            "పేర్కొంది", "వెల్లడించింది", "అన్నారని", "తెలిపారని", "మాట్లాడుతూ", "విలేకరులతో మాట్లాడుతూ", "మీడియాతో మాట్లాడుతూ",
            "అన్నాడు", "చెప్పాడు", "ప్రకటించింది", "పోలీసులు తెలిపారు", "ఆయన తెలిపారు", "సూచించారు", "సూచించింది", "కోరింది",
            "చెప్పింది", "హెచ్చరించింది", "విజ్ఞప్తి చేసింది", "పాల్గొన్నారు", "ఆదేశించారు", "ఆదేశించింది", "తెలియజేశారు",
            "స్పష్టం చేసింది", "చెబుతున్నారు", "అంటున్నారు", "పేర్కొంటున్నారు", "తేలింది",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["రచయిత గురించి", "ఈ రచయిత ఇతర కథనాలు", "రచయిత మరిన్ని కథనాలు"]),
        // An op-ed's closing bio, "(వ్యాసకర్త సీనియర్ పాత్రికేయులు)": "వ్యాసకర్త" (the
        // article's writer) opens no story's paragraph ("రచయిత", a writer, does).
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["వ్యాసకర్త"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["మీ అభిప్రాయం తెలియజేయండి", "మీ అభిప్రాయాన్ని తెలియజేయండి", "కామెంట్ చేయండి", "పాఠకుల వ్యాఖ్యలు"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["వ్యాఖ్యలు", "కామెంట్లు"]),
        ask(Other).part(Comments).phrases(&["వ్యాఖ్యానించడానికి లాగిన్ అవ్వండి", "కామెంట్ చేయడానికి లాగిన్ అవ్వండి", "వ్యాఖ్యల విధానం"]),
        ask(Other).part(Disclaimer).phrases(&["రచయిత వ్యక్తిగతం", "సంస్థ అభిప్రాయాలు కావు"]),
        // The health and astrology pages' note ("గమనిక: ఇక్కడ ఇచ్చిన సమాచారం మీ అవగాహన కోసం
        // మాత్రమే"): a block's opening.
        ask(Other).part(Disclaimer).at(Start).max_words(60).phrases(&["గమనిక: ఇక్కడ ఇచ్చిన సమాచారం", "గమనిక: ఈ కథనంలో ఇచ్చిన సమాచారం"]),
        cue(Other).part(Disclaimer).phrases(&["అవగాహన కోసం మాత్రమే"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["తదుపరి పేజీ", "మునుపటి పేజీ", "తప్పును నివేదించండి"]),
        ask(Other).part(Navigation).phrases(&["మీ బ్రౌజర్ పాతది", "మీ బ్రౌజర్ ఈ వీడియోకు మద్దతు ఇవ్వదు"]),
        // Coverage survey: headings of related lists and share rows as CMS themes and plugins
        // print them, each a line of its own.
        label(Related).phrases(&["సంబంధిత పోస్ట్\u{200c}లు", "సంబంధిత పోస్టులు", "ఇటీవలి పోస్ట్\u{200c}లు", "ఇటీవలి పోస్టులు", "ముఖ్యమైన వార్తలు", "ఇతర వార్తలు", "మీకు నచ్చే కథనాలు"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["షేర్ చేసుకోండి", "దీన్ని షేర్ చేయండి"]),
        // The comment form of the blog engines, as their Telugu translation prints it.
        chrome(Other).part(Comments).max_words(4).phrases(&["స్పందించండి", "ప్రత్యుత్తరం ఇవ్వండి"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["స్పందనను రద్దుచేయి", "ప్రత్యుత్తరాన్ని రద్దు చేయండి"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["మీ ఈమెయిలు చిరునామా ప్రచురించబడదు", "మీ ఈమెయిల్ చిరునామా ప్రచురించబడదు"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ఉచిత కథనం", "మిగిలిన ఉచిత కథనాలు", "ఉచిత కథనాలను"]),
        ask(Paywall).max_words(16).phrases(&["ఇది మీ చివరి ఉచిత కథనం", "మీ ఉచిత కథనాలు పూర్తయ్యాయి", "ఉచిత కథనాల పరిమితిని చేరుకున్నారు"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["మిగతా కథనం చదవడానికి", "మిగిలిన కథనం చదవడానికి", "పూర్తి కథనం చదవడానికి", "పూర్తి కథనాన్ని చదవడానికి"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["ప్రకటన తర్వాత కథనం కొనసాగుతుంది", "కథనం ప్రకటన తర్వాత కొనసాగుతుంది", "దిగువన కథనం కొనసాగుతుంది", "వార్త కింద కొనసాగుతుంది"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["ప్రాయోజిత కంటెంట్", "స్పాన్సర్డ్ కంటెంట్", "ప్రాయోజిత కథనం", "అడ్వర్టోరియల్", "భాగస్వామ్య కంటెంట్"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes such lines).
        cue(Ad).weight(2.5).max_words(45).phrases(&["మాకు కమిషన్ రావచ్చు", "ఈ కథనంలో అఫిలియేట్ లింక్\u{200c}లు ఉన్నాయి", "ఈ కథనంలో అఫిలియేట్ లింకులు ఉన్నాయి"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["అన్ని హక్కులు ప్రత్యేకించబడ్డాయి", "సర్వ హక్కులూ ప్రత్యేకించబడినవి", "అనుమతి లేకుండా పునర్ముద్రించరాదు"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["న్యూస్\u{200c}లెటర్\u{200c}కు సబ్\u{200c}స్క్రైబ్ చేయండి", "న్యూస్లెటర్కు సబ్స్క్రైబ్ చేయండి", "న్యూస్\u{200c}లెటర్ కోసం సైన్ అప్ చేయండి"]),
        // An app pitch's heading, a line of its own.
        label(App).weight(EDGE_WEIGHT).phrases(&["మా యాప్ డౌన్\u{200c}లోడ్ చేయండి", "మా యాప్ డౌన్లోడ్ చేయండి", "యాప్ డౌన్\u{200c}లోడ్ చేయండి", "యాప్ డౌన్లోడ్ చేయండి"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["కామెంట్ రాయండి", "వ్యాఖ్యలు చూడండి", "పాఠకుల అభిప్రాయాలు"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["ఫైల్ ఫోటో", "ఫైల్ ఫొటో", "ఫైల్ చిత్రం", "ప్రతీకాత్మక చిత్రం", "ప్రతీకాత్మక ఫోటో", "ప్రతీకాత్మక ఫొటో", "సోషల్ మీడియా నుంచి"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["వీడియో ప్లే చేయండి", "ఈ వార్తను వినండి", "ఈ కథనాన్ని వినండి"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ట్యాగ్స్", "ట్యాగ్\u{200c}లు", "ట్యాగ్లు", "టాగ్స్", "కీవర్డ్స్"]),
        // A line of the bank details under an ask ("Account holder: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["ఖాతా నంబర్", "ఖాతా సంఖ్య", "ఖాతాదారు పేరు", "బ్యాంక్ పేరు", "ఐఎఫ్ఎస్సీ కోడ్", "యూపీఐ ఐడీ", "అకౌంట్ నంబర్"]),
        // A box's edges as forms and widgets print them, each a line of its own: a sign-up
        // form's button and field, an offer's, an app's, a donation's and a share row's
        // buttons, the question over a box, and the openings of a form's fine print.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["మీ ఈమెయిల్ చిరునామా", "ఈమెయిల్ చిరునామా", "మీ ఈమెయిల్ ఐడీ", "ఈమెయిల్ నమోదు చేయండి"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["ఇప్పుడే సబ్\u{200c}స్క్రైబ్ చేయండి", "ఇప్పుడే సబ్స్క్రైబ్ చేయండి", "ఆఫర్లు చూడండి", "ప్లాన్ ఎంచుకోండి", "ఉచిత ట్రయల్ ప్రారంభించండి"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["లాగిన్ చేయండి", "సైన్ ఇన్ చేయండి"]),
        label(App).weight(EDGE_WEIGHT).phrases(&["గూగుల్ ప్లేలో పొందండి", "ఇప్పుడే డౌన్\u{200c}లోడ్ చేసుకోండి", "ఇప్పుడే డౌన్లోడ్ చేసుకోండి", "యాప్ స్టోర్\u{200c}లో డౌన్\u{200c}లోడ్ చేసుకోండి"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ఇప్పుడే మద్దతు ఇవ్వండి", "నెలనెలా మద్దతు ఇవ్వండి", "మొత్తాన్ని నమోదు చేయండి", "ఒక్కసారి మాత్రమే"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["లింక్ కాపీ చేయండి", "ఫేస్\u{200c}బుక్\u{200c}లో షేర్ చేయండి", "ఫేస్బుక్లో షేర్ చేయండి", "వాట్సాప్\u{200c}లో షేర్ చేయండి", "వాట్సాప్లో షేర్ చేయండి", "ఈమెయిల్ పంపండి"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["ప్రింట్ చేయండి"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "సబ్\u{200c}స్క్రైబ్ చేయడం ద్వారా", "సబ్స్క్రైబ్ చేయడం ద్వారా", "సైన్ అప్ చేయడం ద్వారా", "ఎప్పుడైనా అన్\u{200c}సబ్\u{200c}స్క్రైబ్ చేయవచ్చు",
            "ఎప్పుడైనా అన్సబ్స్క్రైబ్ చేయవచ్చు", "మీ ఈమెయిల్\u{200c}ను ఎవరితోనూ పంచుకోము", "గోప్యతా విధానాన్ని అంగీకరిస్తున్నాను",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ఈ కథనం మీకు నచ్చిందా", "ఈ వార్త మీకు ఉపయోగపడిందా", "ఇలాంటి మరిన్ని వార్తలు కావాలా", "ఈ కథనం ఎలా అనిపించింది"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ఫోటో గ్యాలరీ", "ఫొటో గ్యాలరీ", "తదుపరి ఫోటో", "మునుపటి ఫోటో", "ఫుల్ స్క్రీన్", "మరిన్ని ఫోటోలు"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["లైవ్", "ప్రత్యక్షం"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["లైవ్ అప్\u{200c}డేట్స్", "లైవ్ అప్డేట్స్", "ప్రత్యక్ష ప్రసారం", "తాజా అప్\u{200c}డేట్స్", "తాజా అప్డేట్స్"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ఫాంట్ సైజ్", "అక్షర పరిమాణం", "ఇంగ్లీష్\u{200c}లో చదవండి", "ఇంగ్లీష్లో చదవండి"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["వీడియో చూడండి", "ఆడియో వినండి", "ప్లే చేయండి"]),
        // The outlet's appeal by function: a question or a thank-you that opens it, an amount
        // of the reader's choice, the paper's editions. (Cues but the openers.)
        header(Donation).weight(3.0).max_words(6).phrases(&["ఈ కథనం మీకు ఉపయోగపడిందా", "ఈ సమాచారం మీకు ఉపయోగపడిందా"]),
        header(Donation).weight(2.5).max_words(6).phrases(&["చదివినందుకు ధన్యవాదాలు", "చివరి వరకు చదివినందుకు ధన్యవాదాలు", "ఈ కథనం చదివినందుకు ధన్యవాదాలు"]),
        cue(Donation).weight(2.0).phrases(&["మీకు తోచినంత", "ఎంత మొత్తమైనా", "చిన్న మొత్తమైనా"]),
        cue(Subscription).phrases(&["డిజిటల్ ఎడిషన్", "ప్రింట్ ఎడిషన్", "ఈ-పేపర్", "ఈపేపర్"]),
        // First-person button labels ("I support", "I'm already a member").
        label(Donation).weight(EDGE_WEIGHT).phrases(&["నేను మద్దతు ఇస్తాను", "నేను విరాళం ఇవ్వాలనుకుంటున్నాను"]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["నేను సభ్యుడిని కావాలనుకుంటున్నాను", "నేను ఇప్పటికే సభ్యుడిని"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["నేను సబ్\u{200c}స్క్రైబ్ చేయాలనుకుంటున్నాను"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ఇది కూడా చదవండి:", "ఇవి కూడా చదవండి:", "ఇదీ చదవండి:", "ఇవీ చదవండి:", "మరింత చదవండి:", "ఇది కూడా చూడండి:", "ఇవి కూడా చూడండి:", "సంబంధిత వార్తలు:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["లైవ్ టీవీ"]),
        ask(Social).max_words(30).phrases(&["మా టెలిగ్రామ్ ఛానల్\u{200c}లో చేరండి", "మా టెలిగ్రామ్ ఛానల్లో చేరండి"]),
        line(Subscription).max_words(10).phrases(&["ఈ-పేపర్ చదవండి", "ఈపేపర్ చదవండి"]),
        label(Subscription).phrases(&["ఈ-పేపర్", "ఈపేపర్", "ఈ పేపర్", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["మీ వార్తలను మాకు పంపండి", "మీ ప్రాంత వార్తలను మాకు పంపండి", "ఫోటోలు, వీడియోలు మాకు పంపండి"]),
        label(Other).phrases(&["వార్తలు పంపండి", "మీ వార్త పంపండి"]),
        label(Ad).phrases(&["టికెట్లు బుక్ చేసుకోండి", "ఇప్పుడే నమోదు చేసుకోండి"]),
        ask(Ad).max_words(35).phrases(&["విలేకరులు కావలెను", "రిపోర్టర్లు కావలెను", "రిపోర్టర్లు కావాలి", "మా బృందంలో చేరండి"]),
        label(Other).part(Comments).phrases(&["వ్యాఖ్యను పంపండి", "మీ వ్యాఖ్యను రాయండి"]),
    ],
    // The exclusive "we" of the outlet; not "మనం", "మన" (the inclusive "we" of every speech
    // a story quotes).
    we: &["మేము", "మేం", "మా", "మాకు", "మమ్మల్ని", "మాతో"],
    you: &["నువ్వు", "నీవు", "నీ", "నీకు", "నిన్ను", "మీరు", "మీ", "మీకు", "మిమ్మల్ని"],
};
