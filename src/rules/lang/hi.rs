//! Hindi.
//!
//! The virama (्) and nukta (़) are not alphanumeric, so the matcher sees a word boundary at
//! them: a phrase must not end on one (it would match the start of longer words), and
//! publishers write the nukta or leave it out ("पढ़ें", "पढें"), so both spellings are listed
//! where it matters. "सहयोग करें" and "समर्थन करें" are also what officials ask of citizens:
//! anchors add the publisher ("हमें सहयोग करें") or stand at a block's start.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "hi",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "हमारा सहयोग करें", "हमें सहयोग करें", "हमारा समर्थन करें", "हमें समर्थन दें",
            "स्वतंत्र पत्रकारिता का समर्थन करें", "स्वतंत्र पत्रकारिता को सहयोग दें",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "अभी सहयोग करें", "स्वतंत्र पत्रकारिता का समर्थन", "स्वतंत्र पत्रकारिता को बचाने", "निष्पक्ष पत्रकारिता का समर्थन",
            "राशि चुनें", "डोनेट करें", "हमें योगदान दें", "आपका छोटा सा सहयोग",
        ]),
        // Politicians ask voters the same in quoted speech ("मुख्यमंत्री ने कहा कि आपका सहयोग हमें
        // ... मदद करेगा"): only at the start of a short block.
        ask(Donation).at(Start).max_words(15).phrases(&[
            "हमें सहयोग करें", "हमारा सहयोग करें", "हमें आर्थिक सहयोग", "आपका सहयोग हमें", "आपके सहयोग से ही",
        ]),
        cue(Donation).phrases(&[
            "आपका सहयोग", "आपके सहयोग", "आपका समर्थन", "स्वतंत्र पत्रकारिता", "निष्पक्ष पत्रकारिता", "सहयोग राशि",
        ]),
        cue(Donation).weight(1.0).phrases(&["हर महीने", "प्रति माह"]),
        cue(Donation).weight(0.5).phrases(&["सहयोग*", "योगदान*", "डोनेशन*", "डोनेट*"]),
        salutation(Donation).max_words(6).phrases(&[
            "प्रिय पाठक", "प्रिय पाठकों", "प्रिय पाठकगण", "आदरणीय पाठक", "आदरणीय पाठकों", "पाठकों से अपील", "प्रिय दर्शकों",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["क्या आपको यह लेख पसंद आया", "यह लेख पसंद आया", "क्या आपको यह खबर पसंद आई"]),
        ask(Membership).phrases(&[
            "हमारे सदस्य बनें", "मेंबर बनें", "मेंबरशिप लें",
        ]),
        // Parties ask the same of voters: cues.
        cue(Membership).phrases(&["सदस्य बनें", "सदस्यता लें"]),
        cue(Membership).weight(0.5).phrases(&["सदस्यता", "मेंबरशिप"]),
        ask(Subscription).phrases(&[
            "सब्सक्राइब करें", "अभी सब्सक्राइब करें", "सब्सक्राइब करने के लिए", "सब्सक्रिप्शन लें",
            "पहले से सब्सक्राइबर", "पहले से सदस्य हैं", "कभी भी रद्द करें",
        ]),
        cue(Subscription).weight(0.5).phrases(&["सब्सक्राइब*", "सब्सक्रिप्शन*", "सब्सक्राइबर*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "आगे पढ़ने के लिए लॉगिन", "आगे पढ़ने के लिए सब्सक्राइब", "पूरी खबर पढ़ने के लिए", "पूरी खबर पढने के लिए", "पूरा लेख पढ़ने के लिए",
            "पूरा लेख पढने के लिए", "पढ़ना जारी रखने के लिए", "पढना जारी रखने के लिए", "केवल सब्सक्राइबर्स के लिए",
            "सिर्फ सब्सक्राइबर्स के लिए",
            "लॉगिन करें और पढ़ें", "लॉग इन करें और पढ़ें",
        ]),
        // "आगे पढ़ने के लिए" is also "to study further".
        ask(Paywall).at(Start).max_words(12).phrases(&["आगे पढ़ने के लिए", "आगे पढने के लिए"]),
        ask(Newsletter).phrases(&[
            "न्यूज़लेटर सब्सक्राइब", "न्यूजलेटर सब्सक्राइब", "हमारे न्यूज़लेटर", "हमारे न्यूजलेटर", "न्यूज़लेटर के लिए साइन अप",
            "न्यूजलेटर के लिए साइन अप", "ईमेल दर्ज करें", "ईमेल पता दर्ज करें", "इनबॉक्स में पाएं",
        ]),
        cue(Newsletter).phrases(&["न्यूज़लेटर", "न्यूजलेटर", "ईमेल पता", "गोपनीयता नीति", "अपना ईमेल", "अपने इनबॉक्स"]),
        ask(App).phrases(&[
            "ऐप डाउनलोड करें", "एप डाउनलोड करें", "हमारा ऐप", "ऐप पर पढ़ें", "ऐप पर पढें", "ऐप इंस्टॉल करें",
            "ऐप के लिए आप यहां क्लिक कर सकते हैं", "ऐप के लिए यहां क्लिक करें",
        ]),
        cue(App).weight(1.0).phrases(&["एंड्रॉएड ऐप", "एंड्रॉयड ऐप", "ऐप स्टोर", "गूगल प्ले"]),
        ask(Cookie).phrases(&[
            "हम कुकीज़ का उपयोग", "हम कुकीज का उपयोग", "हम कुकी का उपयोग", "हम कुकीज़ का इस्तेमाल", "हम कुकीज का इस्तेमाल",
            "वेबसाइट कुकीज़ का उपयोग करती है", "वेबसाइट कुकीज का उपयोग करती है", "साइट कुकीज़ का उपयोग करती है", "कुकीज़ स्वीकार",
            "कुकीज स्वीकार", "कुकी नीति", "कुकीज़ नीति", "कुकीज नीति", "सभी स्वीकार करें", "कुकी सेटिंग्स",
        ]),
        ask(Social).phrases(&[
            "हमें फॉलो करें", "हमें फ़ॉलो करें", "फेसबुक पर लाइक", "फ़ेसबुक पर लाइक", "ट्विटर पर फॉलो", "ट्विटर पर फ़ॉलो",
            "हमारे व्हाट्सऐप चैनल", "हमारे व्हाट्सएप चैनल", "हमारा व्हाट्सऐप चैनल", "हमारा व्हाट्सएप चैनल",
            "व्हाट्सऐप चैनल से जुड़ें", "व्हाट्सएप चैनल से जुड़ें", "फ़ॉलो भी कर सकते हैं", "फॉलो भी कर सकते हैं",
            "लिंक कॉपी करें", "इस खबर को शेयर करें", "यह खबर शेयर करें", "चैनल को सब्सक्राइब करें", "हमें फेसबुक",
            "हमें फ़ेसबुक",
        ]),
        // Politicians and TV channels say these in prose.
        cue(Social).phrases(&["हमसे जुड़ें", "हमारे चैनल"]),
        // "नियमों को फॉलो करें" is prose: the button counts in short blocks.
        ask(Social).at(Start).max_words(8).phrases(&["फॉलो करें", "फ़ॉलो करें", "शेयर करें"]),
        line(Related).max_words(24).phrases(&[
            "यह भी पढ़ें", "ये भी पढ़ें", "यह भी पढें", "ये भी पढें", "इसे भी पढ़ें", "इसे भी पढें", "और पढ़ें", "और पढें",
            "पढ़ें:", "पढें:", "संबंधित खबरें", "संबंधित ख़बरें", "सम्बंधित खबरें", "संबंधित लेख", "सबसे ज्यादा पढ़ी गई",
            "सबसे ज़्यादा पढ़ी गई", "ज्यादा पढ़ी गई", "यह भी देखें",
            "ये भी देखें", "ये भी पढ़ें-", "यह भी पढ़ें-",
        ]),
        label(Related).phrases(&[
            "यह भी पढ़ें", "ये भी पढ़ें", "यह भी पढें", "ये भी पढें", "और पढ़ें", "और पढें", "संबंधित खबरें", "संबंधित ख़बरें",
            "टॉप न्यूज", "ताज़ा खबरें", "ताजा खबरें", "और देखें",
        ]),
        label(Ad).phrases(&["विज्ञापन", "प्रायोजित"]),
        ask(Credit).max_words(40).phrases(&[
            "लेखक स्वतंत्र पत्रकार हैं", "लेखक वरिष्ठ पत्रकार हैं", "लेख में व्यक्त विचार", "ये लेखक के निजी विचार हैं",
            "यह लेखक के निजी विचार हैं", "लेखक के निजी विचार", "यह लेख मूल रूप से", "यह आलेख मूल रूप से", "भाषा इनपुट के साथ", "एजेंसी इनपुट के साथ",
            "इनपुट एजेंसी", "इनपुट: एजेंसी",
        ]),
        line(Credit).max_words(10).phrases(&[
            "संपादन:", "संपादक:", "अनुवाद:", "रिपोर्ट:", "फोटो:", "फ़ोटो:", "तस्वीर:", "इनपुट:", "डिस्क्लेमर:", "लेखक:",
            "फोटो साभार", "फ़ोटो साभार", "फोटो क्रेडिट", "रिपोर्ट -",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "सर्वाधिकार सुरक्षित", "सभी अधिकार सुरक्षित", "कॉपीराइट", "टिप्पणियाँ", "टिप्पणियां", "कमेंट करें", "कमेंट्स",
        ]),
        label_any().phrases(&[
            "बंद करें", "बाद में", "अभी नहीं", "नहीं, धन्यवाद", "जारी रखें", "आगे पढ़ें", "आगे पढें", "पूरा पढ़ें", "पूरा पढें",
            "सहयोग करें", "दान करें", "सब्सक्राइब करें", "सब्सक्राइब", "शेयर करें", "शेयर", "प्रिंट करें", "सेव करें", "लॉगिन",
            "लॉग इन", "स्वीकार करें", "अस्वीकार करें", "सहमत", "मासिक", "एक बार", "वार्षिक", "फॉलो करें", "फ़ॉलो करें",
            "कॉपी करें", "समर्थन करें",
        ]),
        outlet(Donation).phrases(&[
            "स्वतंत्र मीडिया", "गैर-लाभकारी", "गैर लाभकारी", "विज्ञापन-मुक्त", "विज्ञापन मुक्त", "बिना विज्ञापन",
            "पाठकों के सहयोग से", "पाठकों के सहयोग", "जनता के सहयोग से", "सरकारी दबाव से मुक्त", "कॉरपोरेट दबाव",
            "सबके लिए मुफ्त", "सबके लिए मुफ़्त",
        ]),
        // Also news wording: "किसानों को मासिक सहयोग देगी" (state aid), "एक बार सहयोग के रूप में",
        // "नई सदस्यता योजना", "प्रीमियम सदस्यता की कीमत", "क्लब ... सदस्यता खरीदें", "सोच समझकर प्लान
        // चुनें", "सब्सक्रिप्शन प्लान महंगे", "पूल केवल सदस्यों के लिए खुला रहेगा", "मुफ्त लेख उपलब्ध
        // कराए", "प्रीमियम खबर नहीं बल्कि अफवाह", "गरीब छात्रों को आगे पढ़ने के लिए छात्रवृत्ति",
        // "वेबसाइटों पर कुकीज़ का उपयोग सीमित करने का नियम", "मुख्यमंत्री ने अपना व्हाट्सऐप चैनल शुरू
        // किया", "लोग केवल आधिकारिक जानकारी ही शेयर करें", "रिपोर्ट मूल रूप से प्रकाशित हुई थी", "समर्थन
        // करें या विरोध", "ताज़ा खबरें आने तक", "टॉप न्यूज चैनलों ने": cues, or only a short line.
        header(Donation).max_words(4).phrases(&["सहयोग करें", "समर्थन करें"]),
        cue(Donation).phrases(&["मासिक सहयोग", "एक बार सहयोग"]),
        label(Donation).phrases(&["मासिक सहयोग", "एक बार सहयोग"]),
        cue(Membership).phrases(&["सदस्यता योजना", "सदस्यता योजनाएं", "सदस्यता खरीदें", "प्रीमियम सदस्यता", "केवल सदस्यों के लिए"]),
        ask(Membership).at(Start).max_words(6).phrases(&["सदस्यता योजनाएं", "सदस्यता खरीदें", "प्रीमियम सदस्यता"]),
        cue(Subscription).phrases(&["सब्सक्रिप्शन प्लान", "प्लान चुनें"]),
        label(Subscription).phrases(&["सब्सक्रिप्शन प्लान", "प्लान चुनें"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["सब्सक्रिप्शन प्लान", "प्लान चुनें"]),
        cue(Paywall).phrases(&["प्रीमियम लेख", "प्रीमियम खबर", "मुफ्त लेख"]),
        label(Paywall).phrases(&["प्रीमियम लेख", "प्रीमियम खबर", "मुफ्त लेख"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["केवल सदस्यों के लिए"]),
        cue(Cookie).phrases(&["कुकीज़ का उपयोग", "कुकीज का उपयोग", "कुकी का उपयोग", "कुकीज़ का इस्तेमाल", "कुकीज का इस्तेमाल"]),
        cue(Social).phrases(&["व्हाट्सऐप चैनल", "व्हाट्सएप चैनल"]),
        cue(Credit).phrases(&["मूल रूप से प्रकाशित"]),
        line(Related).max_words(4).phrases(&["टॉप न्यूज", "ताज़ा खबरें", "ताजा खबरें", "अन्य खबरें", "अन्य ख़बरें", "लेटेस्ट न्यूज"]),
        notice().phrases(&["सुधार:", "अपडेट:"]),
        body().phrases(&["ने कहा", "कहा कि", "बताया कि", "के मुताबिक", "के अनुसार", "उन्होंने कहा", "ने बताया"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["लेखक के बारे में", "लेखक परिचय", "लेखक के अन्य लेख", "इस लेखक के और लेख"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["लेखक वरिष्ठ पत्रकार", "लेखक एक", "लेखक स्वतंत्र पत्रकार"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["मुख्य सामग्री पर जाएं", "सामग्री पर जाएँ", "सामग्री पर जाएं"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["टिप्पणी करें", "अपनी टिप्पणी दें", "टिप्पणियां देखें", "पाठकों की टिप्पणियां"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["टिप्पणियाँ", "टिप्पणियां", "कमेंट्स"]),
        ask(Other).part(Comments).phrases(&["कमेंट करने के लिए लॉगिन"]),
        ask(Other).part(Disclaimer).phrases(&["लेखक के निजी विचार", "लेखक के व्यक्तिगत विचार", "ये लेखक के अपने विचार", "लेख में व्यक्त विचार"]),
        cue(Other).part(Disclaimer).phrases(&["आवश्यक नहीं कि"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["अगला पेज", "पिछला पेज", "अगला पृष्ठ", "पिछला पृष्ठ", "गलती की रिपोर्ट करें"]),
        ask(Other).part(Navigation).phrases(&["आपका ब्राउज़र पुराना है"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Hindi
        // sites share, in the "करें" and the politer "कीजिए" forms. Officials and parties ask
        // the same of citizens: the bare requests open only a short block.
        ask(Donation).weight(3.5).phrases(&[
            "अभी डोनेट करें", "हमें दान दें", "स्वतंत्र पत्रकारिता को सपोर्ट", "स्वतंत्र मीडिया का समर्थन", "निष्पक्ष पत्रकारिता को सहयोग",
            "हर योगदान मायने रखता है", "आपका छोटा सा योगदान", "आपका एक छोटा सा योगदान", "हमें सपोर्ट करें", "हमें सपोर्ट कीजिए",
            "सहयोग राशि चुनें", "अपनी सहयोग राशि",
        ]),
        ask(Donation).at(Start).max_words(15).phrases(&[
            "आर्थिक सहयोग करें", "आर्थिक मदद करें", "योगदान करें", "अपना योगदान दें", "हमारा साथ दें", "सपोर्ट करें",
            "सहयोग कीजिए", "सहयोग दीजिए", "समर्थन कीजिए",
        ]),
        cue(Donation).phrases(&["आर्थिक सहयोग", "छोटा सा योगदान", "आपका योगदान", "आर्थिक सहयोग करें"]),
        cue(Donation).weight(0.5).phrases(&["योगदान करें", "सहयोग कीजिए", "सहयोग दीजिए"]),
        ask(Membership).phrases(&["हमारे सदस्य बनिए", "मेंबर बनिए", "प्रीमियम मेंबरशिप लें"]),
        ask(Membership).at(Start).max_words(8).phrases(&["सदस्य बनिए", "सदस्यता लीजिए"]),
        cue(Membership).weight(0.5).phrases(&["सदस्यता लीजिए"]),
        cue(Membership).phrases(&["प्रीमियम मेंबरशिप", "सदस्यों के लिए विशेष"]),
        ask(Subscription).phrases(&[
            "सब्सक्राइब कीजिए", "सब्सक्रिप्शन खरीदें", "ई-पेपर सब्सक्राइब", "पहले से अकाउंट है", "कभी भी कैंसिल करें", "कभी भी कैंसल करें",
        ]),
        ask(Subscription).at(Start).max_words(12).phrases(&["ई-पेपर पढ़ने के लिए", "ई-पेपर पढने के लिए"]),
        cue(Subscription).phrases(&["अनलिमिटेड एक्सेस", "असीमित पहुंच", "असीमित एक्सेस"]),
        ask(Paywall).weight(3.5).phrases(&[
            "यह प्रीमियम लेख है", "यह प्रीमियम खबर है", "सब्सक्राइबर्स के लिए है", "पूरी स्टोरी पढ़ने के लिए", "पूरी स्टोरी पढने के लिए",
            "पूरा आर्टिकल पढ़ने के लिए", "पूरा आर्टिकल पढने के लिए", "आगे पढ़ने के लिए लॉग इन", "मुफ्त लेख बचे", "मुफ़्त लेख बचे",
            "फ्री आर्टिकल बचे", "फ्री आर्टिकल्स की लिमिट", "मुफ्त लेखों की सीमा",
        ]),
        cue(Paywall).phrases(&["प्रीमियम कंटेंट", "फ्री आर्टिकल", "मुफ़्त लेख"]),
        ask(Newsletter).phrases(&[
            "न्यूज़लेटर के लिए रजिस्टर", "न्यूजलेटर के लिए रजिस्टर", "सीधे आपके इनबॉक्स", "न्यूजलेटर पाने के लिए", "न्यूज़लेटर पाने के लिए",
            "सब्सक्राइब करने के लिए धन्यवाद", "साइन अप करने के लिए धन्यवाद", "ईमेल पर पाएं", "ईमेल पर पाएँ",
        ]),
        cue(Newsletter).phrases(&["आपके इनबॉक्स में", "अपने ईमेल पर"]),
        ask(App).phrases(&["ऐप डाउनलोड कीजिए", "ऐप में पढ़ें", "ऐप में पढें", "ऐप में खोलें", "ऐप पर देखें", "एप पर पढ़ें", "एप पर पढें"]),
        ask(App).at(Start).max_words(10).phrases(&["नोटिफिकेशन ऑन करें", "नोटिफिकेशन चालू करें", "ऐप से जुड़ें"]),
        cue(App).phrases(&["नोटिफिकेशन ऑन करें", "नोटिफिकेशन चालू करें"]),
        ask(Cookie).phrases(&[
            "कुकीज़ सेटिंग्स", "कुकीज सेटिंग्स", "कुकीज़ की अनुमति", "कुकीज की अनुमति", "इस साइट का उपयोग जारी रखकर",
            "इस वेबसाइट का उपयोग जारी रखकर", "उपयोग जारी रखकर आप", "आप हमारी कुकी नीति", "आप कुकीज़ के उपयोग",
            "आप कुकीज के उपयोग",
        ]),
        cue(Cookie).phrases(&["कुकीज़ के उपयोग", "कुकीज के उपयोग", "कुकी के उपयोग"]),
        ask(Social).phrases(&[
            "हमें इंस्टाग्राम", "हमें यूट्यूब", "टेलीग्राम चैनल से जुड़ें", "व्हाट्सएप ग्रुप से जुड़ें", "व्हाट्सऐप ग्रुप से जुड़ें",
            "हमें एक्स पर फॉलो", "गूगल न्यूज पर फॉलो", "गूगल न्यूज़ पर फॉलो", "google news पर फॉलो", "google news पर फ़ॉलो",
            "लिंक कॉपी हो गया", "लिंक कॉपी किया गया",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["शेयर कीजिए", "फॉलो कीजिए", "फ़ॉलो कीजिए"]),
        line(Related).max_words(24).phrases(&[
            "इन्हें भी पढ़ें", "इन्हें भी पढें", "ये भी जानें", "यह भी जानें", "संबंधित ख़बर", "संबंधित खबर", "मिलती-जुलती खबरें",
            "मिलती जुलती खबरें", "सबसे ज्यादा पढ़े गए", "सबसे ज़्यादा पढ़े गए", "ज़रूर पढ़ें", "जरूर पढ़ें",
        ]),
        line(Related).max_words(4).phrases(&[
            "लोकप्रिय खबरें", "ट्रेंडिंग न्यूज", "टॉप स्टोरीज", "अगली खबर", "पिछली खबर", "अगला लेख", "पिछला लेख", "और खबरें",
        ]),
        label(Related).phrases(&[
            "ये भी जानें", "इन्हें भी पढ़ें", "अगली खबर", "ट्रेंडिंग", "लोकप्रिय", "और खबरें", "ज़रूर पढ़ें", "जरूर पढ़ें", "पूरी खबर पढ़ें",
            "लोकप्रिय खबरें", "लेटेस्ट न्यूज", "अन्य खबरें",
        ]),
        line(Credit).max_words(10).phrases(&["रिपोर्टर:", "संवाददाता:", "लेखन:", "फोटो-", "इनपुट-", "एडिट:", "द्वारा लिखित:", "द्वारा संपादित:"]),
        ask(Credit).max_words(12).phrases(&["इनपुट के साथ", "एजेंसियों से इनपुट", "एजेंसी से इनपुट"]),
        chrome(Other).max_words(10).phrases(&["अपडेटेड:", "प्रकाशित:", "पढ़ने का समय"]),
        label_any().phrases(&[
            "छोड़ें", "बाद में पढ़ें", "बाद में याद दिलाएं", "नहीं धन्यवाद", "ठीक है", "समझ गया", "अभी डोनेट करें", "डोनेट करें",
            "योगदान करें", "सहयोग कीजिए", "अन्य राशि", "हर महीने", "सालाना", "लॉगिन करें", "रजिस्टर करें", "साइन अप करें",
            "सब्सक्राइब कीजिए", "मैं सहमत हूं", "मैं सहमत हूँ", "सभी स्वीकार करें",
        ]),
        outlet(Donation).phrases(&[
            "विज्ञापन नहीं लेते", "सरकारी विज्ञापन नहीं", "कॉरपोरेट विज्ञापन नहीं", "पाठकों के सहयोग से चलता", "पाठकों के आर्थिक सहयोग",
            "जन-सहयोग से", "जनसहयोग से", "बिना पेवॉल", "पेवॉल नहीं", "स्वतंत्र डिजिटल मीडिया",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["संबंधित पोस्ट", "आपको यह भी पसंद आ सकता है", "संबंधित समाचार", "ताज़ा समाचार", "ताजा समाचार", "अन्य समाचार", "बड़ी खबरें"]),
        header(Donation).max_words(12).phrases(&["क्या यह लेख आपके लिए उपयोगी था", "क्या यह जानकारी आपके लिए उपयोगी थी", "क्या आपको यह आर्टिकल पसंद आया"]),
        label(Social).phrases(&["इसे शेयर करें", "फेसबुक पर शेयर करें", "व्हाट्सएप पर शेयर करें", "साझा करें", "इसे साझा करें"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["खबर सुनें", "ख़बर सुनें", "लेख सुनें"]),
        chrome(Other).max_words(6).phrases(&["इस खबर को सुनें"]),
        chrome(Social).max_words(5).phrases(&["youtube पर देखें"]),
        chrome(Social).max_words(7).phrases(&["instagram पर यह पोस्ट देखें"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["प्रातिक्रिया दे", "टिप्पणी करे"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["जवाब रद्द करें", "सभी टिप्पणियां देखें"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["आवश्यक फ़ील्ड चिह्नित हैं"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["आपका ईमेल पता प्रकाशित नहीं किया जाएगा"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        chrome(Other).at(Any).max_words(4).phrases(&["मिनट में पढ़ें"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["निःशुल्क लेख", "फ्री आर्टिकल्स", "मुफ़्त आर्टिकल", "फ्री स्टोरी", "मुफ्त खबरें", "लेख बचे हैं", "फ्री आर्टिकल बचे हैं"]),
        ask(Paywall).max_words(30).phrases(&["यह आपका आखिरी मुफ्त लेख है", "यह आपका अंतिम निःशुल्क लेख है", "आपका आखिरी फ्री आर्टिकल", "आपने सभी मुफ्त लेख पढ़ लिए हैं", "आपकी मुफ्त लेखों की सीमा समाप्त हो गई है", "आपने मुफ्त लेखों की सीमा पूरी कर ली है", "आपके फ्री आर्टिकल खत्म हो गए हैं", "फ्री आर्टिकल की लिमिट खत्म"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["बाकी लेख पढ़ने के लिए", "आगे पढ़ने के लिए सब्सक्राइब करें", "यह लेख केवल सब्सक्राइबर्स के लिए है"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["विज्ञापन के बाद पढ़ें", "विज्ञापन के बाद खबर जारी है", "विज्ञापन के नीचे खबर जारी है", "खबर विज्ञापन के नीचे जारी है", "स्टोरी विज्ञापन के नीचे जारी है", "लेख विज्ञापन के बाद जारी है", "आगे की खबर विज्ञापन के नीचे", "पूरी खबर नीचे पढ़ें"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["प्रायोजित सामग्री", "प्रायोजित लेख", "प्रायोजित खबर", "स्पॉन्सर्ड कंटेंट", "पार्टनर कंटेंट", "ब्रांड कंटेंट", "विज्ञापन सामग्री", "भुगतान की गई साझेदारी"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["इस लेख में एफिलिएट लिंक", "इस लेख में एफिलिएट लिंक शामिल हैं", "हमें कमीशन मिल सकता है", "हम कमीशन कमा सकते हैं", "अगर आप इन लिंक्स से खरीदारी करते हैं", "इन लिंक्स के माध्यम से खरीदारी", "एफिलिएट लिंक के जरिए"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["सर्वाधिकार सुरक्षित हैं", "सभी अधिकार सुरक्षित हैं", "बिना अनुमति के प्रकाशन वर्जित", "अनुमति के बिना पुनर्प्रकाशन"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["न्यूज़लेटर सब्सक्राइब करें", "न्यूजलेटर सब्सक्राइब करें", "हमारे न्यूज़लेटर को सब्सक्राइब करें", "न्यूज़लेटर के लिए साइन अप करें"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["हमारा ऐप डाउनलोड करें", "हमारा एप डाउनलोड करें", "डाउनलोड करें ऐप"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["टिप्पणी लिखें", "कमेंट लिखें", "कमेंट्स देखें", "अपनी राय दें", "टिप्पणियाँ बंद हैं"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["फाइल फोटो", "फ़ाइल फ़ोटो", "फाइल फ़ोटो", "प्रतीकात्मक तस्वीर", "प्रतीकात्मक फोटो", "प्रतीकात्मक चित्र", "सांकेतिक तस्वीर", "सांकेतिक फोटो", "वीडियो ग्रैब", "साभार सोशल मीडिया"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["वीडियो चलाएं", "वीडियो प्लेयर", "ऑडियो प्लेयर"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["फिर से चलाएँ"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["संवाद विंडो का अंत"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["यह एक मोडल विंडो है"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["टैग", "टैग्स", "टॉपिक्स", "कीवर्ड्स"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["खाते का नाम", "खाता संख्या", "खाता नंबर", "खाताधारक का नाम", "बैंक का नाम", "आईएफएससी कोड", "यूपीआई आईडी"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["अपना ईमेल दर्ज करें", "अपना ईमेल पता दर्ज करें", "अपना ईमेल डालें", "आपका ईमेल", "आपका ईमेल पता"]),
        label(Subscription).phrases(&["ऑफ़र देखें", "ऑफर देखें", "प्लान देखें", "मुफ़्त ट्रायल शुरू करें", "फ्री ट्रायल शुरू करें", "लॉग इन करें", "पहले से सब्सक्राइबर हैं? लॉग इन करें", "प्रीमियम सदस्यता लें"]),
        label(App).phrases(&["इसे google play पर पाएं", "google play पर पाएं", "app store से डाउनलोड करें", "अभी डाउनलोड करें"]),
        label(Donation).phrases(&["अभी दान करें", "हर महीने सहयोग", "मासिक दान", "एक बार दान करें", "हर महीने दान करें", "राशि दर्ज करें", "अपनी राशि चुनें"]),
        label(Social).phrases(&["व्हाट्सऐप पर शेयर करें", "ट्विटर पर शेयर करें", "x पर शेयर करें", "ईमेल करें"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["सब्सक्राइब करके आप", "साइन अप करके, आप", "रजिस्टर करके आप", "आप कभी भी अनसब्सक्राइब कर सकते हैं", "हम आपका ईमेल किसी के साथ साझा नहीं", "मैं गोपनीयता नीति से सहमत", "मैं नियम और शर्तों से सहमत", "पुष्टि के लिए अपना इनबॉक्स देखें", "यह साइट recaptcha द्वारा सुरक्षित"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ऐसी और खबरें चाहते हैं", "कोई खबर मिस नहीं करना चाहते", "क्या यह खबर आपके लिए उपयोगी थी", "क्या आपको यह रिपोर्ट पसंद आई", "खबर कैसी लगी", "यह लेख कैसा लगा"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["उन्होंने बताया", "उन्होंने आगे कहा", "ने आगे कहा", "का कहना है", "का कहना था", "उनका कहना है", "ने स्पष्ट किया", "ने जानकारी दी", "ने दावा किया", "से इनकार किया", "ने स्वीकार किया", "ने चेतावनी दी", "ने याद दिलाया", "ने जवाब दिया", "ने पूछा", "ने लिखा", "ने घोषणा की", "ने पुष्टि की", "ने जोर देकर कहा", "ने ज़ोर देकर कहा", "ने आरोप लगाया", "ने संवाददाताओं से कहा", "ने पत्रकारों से कहा", "पत्रकारों से बातचीत में", "को दिए इंटरव्यू में", "को दिए साक्षात्कार में", "के हवाले से", "ने एक बयान में कहा", "ने कहा था", "बोले", "बोलीं"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["फोटो गैलरी", "फ़ोटो गैलरी", "गैलरी देखें", "अगली फोटो", "पिछली फोटो", "अगली तस्वीर", "पिछली तस्वीर", "फुल स्क्रीन"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["सभी फोटो देखें", "गैलरी बंद करें"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["लाइव"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["लाइव अपडेट", "लाइव अपडेट्स", "लाइव ब्लॉग", "ताजा अपडेट", "ताज़ा अपडेट", "लाइव देखें", "रिफ्रेश करें"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["और अपडेट देखें"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["फ़ॉन्ट साइज़", "फॉन्ट साइज", "टेक्स्ट साइज़", "बुकमार्क करें"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["अंग्रेजी में पढ़ें"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ऑटोप्ले"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["वीडियो देखें", "प्ले करें", "पॉज़ करें", "म्यूट करें", "अनम्यूट करें", "ऑडियो सुनें"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["वीडियो लोड हो रहा है"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["यह लेख आपको कैसा लगा", "क्या यह लेख उपयोगी था", "क्या यह जानकारी उपयोगी लगी", "खबर पसंद आई तो"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["पढ़ने के लिए धन्यवाद", "अंत तक पढ़ने के लिए धन्यवाद", "यहां तक पढ़ने के लिए धन्यवाद", "लेख पढ़ने के लिए धन्यवाद", "पढ़ने के लिए शुक्रिया", "आखिर तक पढ़ने के लिए शुक्रिया"]),
        cue(Donation).weight(2.0).phrases(&["आपका दान दोगुना होगा"]),
        cue(Donation).weight(2.0).phrases(&["अपनी इच्छानुसार", "जितना हो सके", "कोई भी राशि", "छोटी सी राशि भी"]),
        cue(Subscription).phrases(&["डिजिटल संस्करण", "प्रिंट संस्करण", "डिजिटल एडिशन", "प्रिंट एडिशन"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["मैं सहयोग करना चाहता हूं", "मैं योगदान देना चाहता हूं", "मैं समर्थन करता हूं", "मैं दान करना चाहता हूं"]),
        label(Membership).phrases(&["मैं सदस्य बनना चाहता हूं", "मैं पहले से सदस्य हूं"]),
        label(Subscription).phrases(&["मैं सब्सक्राइब करना चाहता हूं", "मैं पहले से सब्सक्राइबर हूं"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["यह भी पढ़ें:", "ये भी पढ़ें:", "यह भी पढें:", "ये भी पढें:", "इसे भी पढ़ें:", "इसे भी पढें:", "यह भी पढ़िए:", "ये भी पढ़िए:", "और पढ़ें:", "यह भी देखें:", "ये भी देखें:", "संबंधित खबरें:", "संबंधित ख़बरें:", "ज़रूर पढ़ें:", "जरूर पढ़ें:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["लाइव टीवी देखें", "लाइव सुनें", "लाइव स्ट्रीम देखें", "लाइव स्ट्रीमिंग देखें", "रेडियो लाइव सुनें"]),
        ask(Social).max_words(30).phrases(&["हमारे टेलीग्राम चैनल", "हमारा टेलीग्राम चैनल", "हमारे वॉट्सऐप चैनल", "हमारे वॉट्सएप चैनल", "वॉट्सऐप चैनल से जुड़ें", "व्हाट्सएप चैनल को फॉलो करें", "टेलीग्राम चैनल को फॉलो करें"]),
        label(Social).phrases(&["चैनल से जुड़ें", "चैनल फॉलो करें"]),
        line(Subscription).max_words(10).phrases(&["ई-पेपर पढ़ें", "ई-पेपर पढें", "आज का ई-पेपर", "आज का अखबार पढ़ें", "डिजिटल संस्करण पढ़ें"]),
        label(Subscription).phrases(&["ई-पेपर", "ईपेपर", "ई पेपर"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["अपनी खबर हमें भेजें", "अपने क्षेत्र की खबरें हमें भेजें", "हमें खबर भेजें", "फोटो और वीडियो हमें भेजें", "सिटीजन रिपोर्टर बनें", "हमारे व्हाट्सएप नंबर पर भेजें"]),
        label(Other).phrases(&["खबर भेजें", "न्यूज़ भेजें", "सिटीजन रिपोर्टर"]),
        ask(Ad).max_words(35).phrases(&["नियम और शर्तें लागू", "नियम व शर्तें लागू", "हमारी प्रतियोगिता में भाग लें"]),
        label(Ad).phrases(&["टिकट खरीदें", "टिकट बुक करें"]),
        ask(Ad).max_words(35).phrases(&["हमारी टीम से जुड़ें", "रिपोर्टर की आवश्यकता है", "संवाददाता की आवश्यकता", "संवाददाता चाहिए"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["आपका ईमेल पता प्रकाशित नहीं किया जाएगा", "आवश्यक फ़ील्ड चिह्नित हैं", "इस ब्राउज़र में मेरा नाम, ईमेल और वेबसाइट सहेजें"]),
        label(Other).part(Comments).phrases(&["अपनी प्रतिक्रिया दें", "प्रतिक्रिया दें"]),
    ],
    we: &["हम", "हमें", "हमारा", "हमारी", "हमारे", "हमको", "हमने"],
    you: &[
        "तुम", "तुम्हारा", "तुम्हारी", "तुम्हारे", "तुम्हें", "तू", "तेरा", "तेरी", "आप", "आपका", "आपकी", "आपके", "आपको",
        "आपने",
    ],
};
