//! Marathi, in the Devanagari script it shares with Hindi (whose pack comes first and holds
//! the words the two spell alike: platform names, "डाउनलोड").
//!
//! The virama (्) is not alphanumeric, so no phrase ends on one. The app is written three
//! ways ("ॲप" with the candra A, "अॅप", and "अ‍ॅप" with a zero-width joiner), so each formula
//! that names it is listed in each. News shares the vocabulary: "पाठिंबा" (support) is every
//! party's word ("पक्षाला पाठिंबा"), "देणगी" (donation) a temple's and a charity's, "सदस्य"
//! (member) a committee's, "प्रतिक्रिया" (comments) a minister's reaction, and "आपल्या" is
//! "our" as often as the formal "your": the imperatives open only a short block, and `you`
//! holds no form of "आपण".
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "mr",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "आम्हाला पाठिंबा द्या", "आमच्या पत्रकारितेला पाठिंबा द्या", "स्वतंत्र पत्रकारितेला पाठिंबा द्या", "आम्हाला साथ द्या",
            "आमच्या कामाला पाठिंबा द्या", "स्वतंत्र पत्रकारितेला साथ द्या",
        ]),
        header(Donation).max_words(8).phrases(&["वाचकांना आवाहन", "आमच्यासोबत उभे राहा", "आमच्या सोबत उभे रहा"]),
        ask(Donation).weight(3.5).phrases(&[
            "स्वतंत्र पत्रकारितेला पाठिंबा", "आमच्या पत्रकारितेला पाठिंबा", "आमच्या पत्रकारितेसाठी योगदान", "आम्हाला आर्थिक मदत करा",
            "आम्हाला आर्थिक पाठबळ", "रक्कम निवडा", "तुमच्या पाठिंब्यामुळेच आम्ही", "आपल्या पाठिंब्यामुळेच आम्ही",
            "आमच्या कामाला आर्थिक", "आमच्या कामाला पाठिंबा",
        ]),
        // A party asks voters "पाठिंबा द्या", a temple "देणगी द्या": a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(15).phrases(&[
            "आम्हाला पाठिंबा द्या", "आम्हाला मदत करा", "आम्हाला साथ द्या", "देणगी द्या", "आत्ताच देणगी द्या", "योगदान द्या",
            "आर्थिक मदत करा", "पाठिंबा द्या", "आत्ताच योगदान द्या",
        ]),
        label(Donation).phrases(&["योगदान द्या", "देणगी द्या", "आत्ताच योगदान द्या", "पाठिंबा द्या"]),
        cue(Donation).phrases(&[
            "तुमचा पाठिंबा", "तुमच्या पाठिंब्या", "आपला पाठिंबा", "आपल्या पाठिंब्या", "स्वतंत्र पत्रकारिता", "निःपक्ष पत्रकारिता",
            "आर्थिक पाठबळ", "आम्हाला मदत करा", "आर्थिक मदत करा", "योगदान देऊन", "upi", "यूपीआय", "खाते क्रमांक",
            "ifsc", "क्यूआर कोड स्कॅन करा", "80g", "८०जी",
        ]),
        cue(Donation).weight(0.5).phrases(&["देणगी*", "योगदान*", "पाठिंब*"]),
        salutation(Donation).max_words(6).phrases(&["प्रिय वाचक", "प्रिय वाचकहो", "वाचकहो", "प्रिय वाचकांनो", "नमस्कार वाचकहो"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["हा लेख आवडला का", "तुम्हाला हा लेख आवडला का", "हा लेख आवडला असेल तर"]),
        header(Donation).max_words(5).phrases(&["तुम्ही जाण्यापूर्वी", "जाण्यापूर्वी"]),
        ask(Membership).phrases(&["आमचे सदस्य व्हा", "सदस्य होण्यासाठी येथे क्लिक करा", "आमचे सभासद व्हा"]),
        ask(Membership).at(Start).max_words(8).phrases(&["सदस्य व्हा", "सभासद व्हा", "सदस्यत्व घ्या", "आजच सदस्य व्हा"]),
        cue(Membership).weight(0.5).phrases(&["सदस्यत्व*"]),
        ask(Subscription).phrases(&["सबस्क्रिप्शन घ्या", "डिजिटल सबस्क्रिप्शन", "वर्गणीदार व्हा", "प्लॅन निवडा"]),
        ask(Subscription).at(Start).max_words(10).phrases(&["सबस्क्राइब करा", "आत्ताच सबस्क्राइब करा", "सबस्क्राईब करा"]),
        // Consumer news quotes a salesman's "कधीही रद्द करा" (cancel any time): a cue.
        cue(Subscription).phrases(&["कधीही रद्द करा", "पहिला महिना मोफत", "सबस्क्रिप्शन"]),
        ask(Paywall).weight(3.5).phrases(&[
            "हा लेख फक्त सदस्यांसाठी", "फक्त सबस्क्रायबर्ससाठी", "पुढे वाचण्यासाठी लॉग इन करा", "संपूर्ण लेख वाचण्यासाठी सबस्क्राइब करा",
            "हा प्रीमियम लेख आहे", "केवळ सदस्यांसाठी", "प्रीमियम सदस्यांसाठी", "मोफत लेख वाचले आहेत", "आधीच सदस्य आहात",
        ]),
        ask(Paywall).at(Start).max_words(12).phrases(&["पुढे वाचण्यासाठी", "संपूर्ण लेख वाचण्यासाठी"]),
        cue(Paywall).phrases(&["प्रीमियम लेख", "फक्त सदस्यांसाठी"]),
        ask(Newsletter).phrases(&[
            "न्यूजलेटरसाठी नोंदणी करा", "न्यूजलेटरसाठी साइन अप करा", "तुमचा ईमेल पत्ता टाका", "तुमचा ईमेल टाका",
            "तुमचा ई-मेल पत्ता टाका",
            "थेट तुमच्या इनबॉक्समध्ये",
        ]),
        label(Newsletter).phrases(&["न्यूजलेटर", "ई-मेल टाका", "ईमेल टाका", "तुमचा ई-मेल पत्ता", "तुमचा ईमेल पत्ता"]),
        cue(Newsletter).phrases(&["न्यूजलेटर", "वृत्तपत्रिका", "ईमेल पत्ता", "इनबॉक्स", "गोपनीयता धोरण"]),
        ask(App).phrases(&["आमचे ॲप डाउनलोड करा", "आमचे अॅप डाउनलोड करा", "आमचे अ\u{200d}ॅप डाउनलोड करा", "आमचे ॲप", "आमचे अॅप"]),
        // An office asks citizens to download its app too: a short block's start only.
        ask(App).at(Start).max_words(12).phrases(&[
            "ॲप डाउनलोड करा", "अॅप डाउनलोड करा", "अ\u{200d}ॅप डाउनलोड करा", "ॲप डाऊनलोड करा", "अॅप डाऊनलोड करा",
        ]),
        cue(App).phrases(&["प्ले स्टोअर", "ॲप स्टोअर", "अॅप स्टोअर", "नोटिफिकेशन"]),
        ask(Cookie).phrases(&[
            "आम्ही कुकीज वापरतो", "कुकीज वापरतो", "ही वेबसाइट कुकीज वापरते", "सर्व कुकीज स्वीकारा", "कुकीज स्वीकारा", "कुकी धोरण", "कुकी सेटिंग्ज",
        ]),
        cue(Cookie).phrases(&["कुकीज"]),
        label(Cookie).phrases(&["सर्व स्वीकारा"]),
        ask(Social).phrases(&[
            "गूगल न्यूजवर फॉलो करा", "गुगल न्यूजवर फॉलो करा", "आम्हाला फॉलो करा", "व्हॉट्सॲप चॅनेलला जॉइन करा",
            "व्हॉट्सअॅप चॅनल जॉइन करा", "आमच्या व्हॉट्सॲप", "आमच्या व्हॉट्सअॅप", "ही बातमी शेअर करा", "लेख शेअर करा",
            "आमच्या युट्यूब चॅनेलला सबस्क्राइब करा", "चॅनेल सबस्क्राइब करा", "फेसबुकवर लाइक करा", "इन्स्टाग्रामवर फॉलो करा",
            "जॉईन करा आमचे",
        ]),
        platform(Social).max_words(12).phrases(&[
            "व्हॉट्सॲप", "व्हॉट्सअॅप", "फेसबुक", "ट्विटर", "इन्स्टाग्राम", "यूट्यूब", "युट्यूब", "टेलिग्राम",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["फॉलो करा", "शेअर करा", "जॉइन करा", "जॉईन करा"]),
        cue(Social).phrases(&["ताज्या बातम्यांसाठी", "अपडेट्ससाठी", "टेलिग्राम चॅनेल", "व्हॉट्सॲप चॅनेल"]),
        label(Ad).phrases(&["जाहिरात", "प्रायोजित"]),
        line(Related).max_words(24).phrases(&[
            "हेही वाचा", "हे ही वाचा", "हे पण वाचा", "हे देखील वाचा", "संबंधित बातम्या", "अधिक वाचा", "ताज्या बातम्या", "महत्वाच्या बातम्या",
            "महत्त्वाच्या बातम्या", "इतर बातम्या", "लोकप्रिय बातम्या", "सर्वाधिक वाचलेले", "आणखी वाचा",
        ]),
        label(Related).phrases(&["संबंधित बातम्या", "हेही वाचा", "हे ही वाचा", "आणखी वाचा", "अधिक वाचा", "ताज्या बातम्या", "लोकप्रिय", "पुढील बातमी", "मागील बातमी"]),
        // Marathi sets a space before the colon as often as not. "छायाचित्र:" (photograph:)
        // opens captions as often as credits ("छायाचित्र: दानपेटीतील रकमेची मोजणी करताना ..."):
        // only its "courtesy" form.
        line(Credit).max_words(10).phrases(&[
            "छायाचित्र सौजन्य", "छाया:", "छाया :", "शब्दांकन:", "शब्दांकन :", "संपादन:", "संपादन :", "अनुवाद:",
            "अनुवाद :", "वृत्तांकन:", "वृत्तांकन :",
        ]),
        chrome(Other).at(Any).max_words(12).phrases(&["सर्व हक्क राखीव"]),
        label_any().phrases(&[
            "बंद करा", "नंतर", "आता नाही", "नंतर आठवण करून द्या", "स्वीकारा", "नाकारा", "ठीक आहे", "पुढे", "मागे", "नोंदणी करा",
            "देणगी", "मासिक", "वार्षिक", "एकदाच", "इतर रक्कम", "अन्य रक्कम", "पुढे जा", "नकार द्या", "सेटिंग्ज", "साइन अप", "सबस्क्राइब",
            "मोफत इन्स्टॉल करा", "इन्स्टॉल करा",
        ]),
        outlet(Donation).phrases(&[
            "स्वतंत्र माध्यम", "स्वतंत्र वृत्तसंस्था", "ना-नफा", "नफा न कमावणारी", "जाहिरातमुक्त", "जाहिरातींशिवाय",
            "वाचकांच्या पाठिंब्यावर", "वाचकांच्या आर्थिक पाठिंब्यावर",
        ]),
        notice().phrases(&["दुरुस्ती:", "अपडेट:"]),
        body().phrases(&["म्हणाले", "सांगितले", "असे ते म्हणाले", "अशी माहिती", "स्पष्ट केले", "म्हटले"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names). An opinion
        // column ends "(लेखक ज्येष्ठ पत्रकार आहेत.)": the author is a senior journalist.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["लेखकाविषयी", "लेखकाबद्दल", "लेखक परिचय", "या लेखकाचे इतर लेख"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "लेखक ज्येष्ठ पत्रकार", "लेखक पत्रकार", "लेखिका पत्रकार", "लेखिका ज्येष्ठ पत्रकार", "लेखक अभ्यासक", "लेखिका अभ्यासक",
            "लेखक प्राध्यापक", "लेखिका प्राध्यापक",
        ]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["मुख्य मजकुराकडे जा", "मुख्य सामग्रीवर जा"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["तुमची प्रतिक्रिया नोंदवा", "प्रतिक्रिया नोंदवा", "प्रतिक्रिया लिहा", "वाचकांच्या प्रतिक्रिया"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["प्रतिक्रिया"]),
        ask(Other).part(Comments).phrases(&["प्रतिक्रिया देण्यासाठी लॉग इन करा", "प्रतिक्रिया नियंत्रित केल्या जातात"]),
        ask(Other).part(Disclaimer).phrases(&["लेखातील मते लेखकाची वैयक्तिक", "ही लेखकाची वैयक्तिक मते आहेत", "लेखकाची वैयक्तिक मते"]),
        cue(Other).part(Disclaimer).phrases(&["सहमत असेलच असे नाही", "वैयक्तिक मते"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["पुढील पान", "मागील पान", "चूक कळवा"]),
        ask(Other).part(Navigation).phrases(&["तुमचा ब्राउझर जुना आहे"]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["हेही पहा", "हे देखील पहा", "हे सुद्धा वाचा", "हेसुद्धा वाचा"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["संबंधित लेख", "अधिक बातम्या", "सर्वाधिक वाचलेल्या बातम्या", "मुख्य बातम्या", "हे वाचलंत का", "आणखी बातम्या"]),
        header(Donation).max_words(12).phrases(&["ही बातमी आवडली का", "तुम्हाला ही बातमी आवडली का"]),
        label(Social).phrases(&["शेअर", "फेसबुकवर शेअर करा", "व्हॉट्सॲपवर शेअर करा"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["बातमी ऐका"]),
        chrome(Other).max_words(5).phrases(&["ही बातमी ऐका"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["मोफत लेख", "विनामूल्य लेख", "फ्री लेख", "उर्वरित लेख", "मोफत बातम्या"]),
        ask(Paywall).max_words(30).phrases(&["हा तुमचा शेवटचा मोफत लेख आहे", "शेवटचा मोफत लेख", "तुम्ही सर्व मोफत लेख वाचले आहेत", "तुमची मोफत लेखांची मर्यादा संपली आहे"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["उर्वरित लेख वाचण्यासाठी", "पुढे वाचण्यासाठी सबस्क्राइब करा"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["जाहिरातीनंतर बातमी सुरू", "जाहिरातीनंतर पुढे वाचा", "लेख जाहिरातीनंतर सुरू राहील", "बातमी खाली सुरू आहे", "बातमी पुढे सुरू"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["प्रायोजित मजकूर", "प्रायोजित बातमी", "जाहिरात लेख", "जाहिरात मजकूर"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["आम्हाला कमिशन मिळू शकते"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["सर्व हक्क सुरक्षित"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["न्यूजलेटर सबस्क्राईब करा"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["ॲप इन्स्टॉल करा"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["प्रतिक्रिया द्या", "तुमची प्रतिक्रिया", "कमेंट करा", "प्रतिक्रिया पाहा", "अभिप्राय द्या"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["फाईल फोटो", "प्रातिनिधिक फोटो", "प्रातिनिधिक छायाचित्र", "प्रातिनिधिक चित्र", "संग्रहित छायाचित्र", "संग्रहित फोटो", "सौजन्य सोशल मीडिया"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["चित्रवाणी वाजवा", "चित्रवाणी वादक", "ध्वनि वादक"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["डायलॉग विंडोचा शेवट"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["हे एक संवादी प्रलेखन आहे"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["टॅग्स", "टॅग", "टॅग्ज", "कीवर्ड"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["खाते क्रमांक", "खाते नंबर", "खात्याचे नाव", "खातेदाराचे नाव", "बँकेचे नाव", "आयएफएससी कोड", "यूपीआय आयडी"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["साइन अप करा", "तुमचा ईमेल", "ईमेल पत्ता प्रविष्ट करा", "आत्ताच सबस्क्राईब करा"]),
        label(Subscription).phrases(&["ऑफर पाहा", "योजना पाहा", "लॉग इन करा", "लॉगिन करा", "आधीच सदस्य आहात? लॉग इन करा", "मोफत चाचणी सुरू करा"]),
        label(App).phrases(&["अ‍ॅप डाउनलोड करा", "आमचे अ‍ॅप डाउनलोड करा", "app store वरून डाउनलोड करा", "google play वर मिळवा", "आत्ताच डाउनलोड करा", "अ‍ॅप इन्स्टॉल करा"]),
        label(Donation).phrases(&["मासिक देणगी", "एकदाच देणगी", "सहयोग करा", "मासिक योगदान", "रक्कम टाका", "दर महिन्याला देणगी"]),
        label(Social).phrases(&["लिंक कॉपी करा", "लिंक कॉपी झाली", "व्हॉट्सअ‍ॅपवर शेअर करा", "प्रिंट करा", "ईमेल करा"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["सबस्क्राईब करून तुम्ही", "साइन अप करून, तुम्ही", "तुम्ही कधीही अनसबस्क्राईब करू शकता", "आम्ही तुमचा ईमेल कोणासोबतही शेअर करणार नाही", "मी गोपनीयता धोरणाशी सहमत आहे", "पुष्टी करण्यासाठी तुमचा इनबॉक्स तपासा"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["हा लेख आवडला", "तुम्हाला ही बातमी आवडली", "अशाच बातम्या हव्या आहेत", "महत्त्वाच्या बातम्या चुकवायच्या नाहीत"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["म्हणाल्या", "म्हणाला", "म्हणाली", "असे त्यांनी सांगितले", "असे त्या म्हणाल्या", "असेही ते म्हणाले", "असे म्हटले आहे", "म्हणतात", "माहिती दिली", "नमूद केले", "भर दिला", "घोषणा केली", "जाहीर केले", "पुष्टी केली", "दावा केला", "फेटाळून लावले", "इन्कार केला", "कबूल केले", "मान्य केले", "इशारा दिला", "आठवण करून दिली", "उत्तर दिले", "सवाल केला", "लिहिले", "म्हणण्यानुसार", "माहितीनुसार", "पत्रकारांशी बोलताना", "माध्यमांशी बोलताना", "दिलेल्या मुलाखतीत", "मुलाखतीत"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["फोटो गॅलरी", "फोटो गॅलेरी", "पुढील फोटो", "मागील फोटो"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["सर्व फोटो पाहा", "गॅलरी बंद करा"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["लाइव्ह", "लाईव्ह"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["लाइव्ह अपडेट्स", "लाईव्ह अपडेट्स", "लाइव्ह ब्लॉग", "ताज्या अपडेट्स"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["सेव्ह करा", "फॉन्ट साइज", "बुकमार्क करा"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ऑटोप्ले"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["व्हिडिओ पाहा", "व्हिडीओ पाहा", "प्ले करा", "पॉज करा", "म्यूट करा", "ऑडिओ ऐका"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["तुम्हाला ही माहिती कशी वाटली", "हा लेख तुम्हाला कसा वाटला", "ही बातमी तुम्हाला कशी वाटली", "आपल्याला हा लेख कसा वाटला", "हा लेख उपयुक्त वाटला का"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["वाचल्याबद्दल धन्यवाद", "शेवटपर्यंत वाचल्याबद्दल धन्यवाद", "लेख वाचल्याबद्दल धन्यवाद", "वाचल्याबद्दल आभार", "इथपर्यंत वाचल्याबद्दल आभार"]),
        cue(Donation).weight(2.0).phrases(&["यथाशक्ती मदत", "जमेल तितकी मदत", "कितीही रक्कम", "छोटीशी मदतही"]),
        cue(Subscription).phrases(&["ई-पेपर वाचा", "डिजिटल आवृत्ती", "छापील आवृत्ती"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["मला देणगी द्यायची आहे", "मी पाठिंबा देतो", "मला मदत करायची आहे"]),
        label(Membership).phrases(&["मला सदस्य व्हायचे आहे", "मी आधीच सदस्य आहे"]),
        label(Subscription).phrases(&["मला सबस्क्राइब करायचे आहे"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["हेही वाचा:", "हे ही वाचा:", "हे पण वाचा:", "हे देखील वाचा:", "हेसुद्धा वाचा:", "अधिक वाचा:", "आणखी वाचा:", "हेही पाहा:", "हे पण पाहा:", "संबंधित बातम्या:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["लाइव्ह टीव्ही", "लाईव्ह टीव्ही", "थेट प्रक्षेपण पाहा"]),
        ask(Social).max_words(30).phrases(&["आमच्या व्हॉट्सॲप चॅनेलला", "आमच्या व्हॉट्सअॅप चॅनेलला", "आमच्या टेलिग्राम चॅनेलला", "चॅनेलला फॉलो करा"]),
        line(Subscription).max_words(10).phrases(&["आजचा ई-पेपर", "आजचा अंक"]),
        label(Subscription).phrases(&["ई-पेपर", "ईपेपर", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["बातमी पाठवा", "आम्हाला कळवा", "आमच्याशी संपर्क साधा"]),
        ask(Ad).max_words(35).phrases(&["आमच्या टीममध्ये सामील व्हा", "वार्ताहर पाहिजेत"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["तुमचा ईमेल पत्ता प्रकाशित केला जाणार नाही"]),
        label(Other).part(Comments).phrases(&["प्रतिक्रिया पाठवा"]),
    ],
    we: &["आम्ही", "आम्हाला", "आमचे", "आमच्या", "आमची", "आमचा", "आमच्याकडे"],
    // "आपण", "आपल्या" are "we" and "our" (inclusive) as often as the formal "you": only the
    // dative "आपणास" stands for the formal reader.
    you: &["तू", "तुला", "तुझा", "तुझे", "तुम्ही", "तुम्हाला", "तुमचा", "तुमचे", "तुमच्या", "आपणास", "आपणांस"],
};
