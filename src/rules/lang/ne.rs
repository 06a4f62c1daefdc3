//! Nepali.
//!
//! Written from how Nepali news sites (Nepal, Darjeeling, Sikkim), local papers,
//! broadcasters, magazines and NGOs word their page furniture and appeals in general (not
//! one site's wording). Nepali shares the Devanagari script and much Sanskrit vocabulary
//! with Hindi and Marathi, whose packs run on every text too: the rows here hold the forms
//! only Nepali writes (the imperative "-नुहोस्", "-नुस्", the pronouns "हामी", "हाम्रो",
//! "तपाईं", the postpositions glued to their noun: "हामीलाई", "एपमा"), and leave out what a
//! Hindi or Marathi row already holds ("विज्ञापन", "प्रिय पाठक", "सर्वाधिकार सुरक्षित").
//!
//! The virama (्) is no letter to the matcher, which sees a word boundary at it: a phrase
//! is written without the virama that ends its last word ("पढ्नुहोस" holds "पढ्नुहोस्" and
//! the spelling without it, which sites print as often), and a word that ends on one
//! matches the longer words it begins too ("बताइन" holds "बताइन्छ"). The polite "you" is
//! spelt with the anusvara, the candrabindu or neither ("तपाईं", "तपाईँ", "तपाई"): the rows
//! that name the reader list the three.
//!
//! News quotes the same imperatives: an official's "सहयोग गर्नुहोस्" (help), a party's
//! "सदस्य बन्नुहोस्" (become a member), the police's "सेयर गर्नुहोस्" (share this
//! notice), a bank's "ग्राहक बन्नुहोस्" (become a customer); "सहयोग" is also any aid
//! ("भारतको सहयोगमा बनेको पुल"), "सदस्य" every member of a committee or a house, "ग्राहक" a
//! bank's or a utility's customer, "स्वतन्त्र" every independent candidate, "चन्दा" the
//! extortion of every "चन्दा आतंक" story. Those rows are buttons (a line of their own), a
//! short block's opening, or cues; the asks that name the outlet ("हाम्रो पत्रकारितालाई"),
//! its reader ("प्रिय पाठकहरू") or its box ("यो पनि पढ्नुहोस्") stand anywhere.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ne",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("३ मिनेट पढ्न").
        chrome(Other).at(Any).max_words(6).phrases(&["मिनेट पढ्न", "पढ्न लाग्ने समय", "मिनेटमा पढ्नुहोस"]),
        header(Donation).max_words(14).phrases(&[
            "स्वतन्त्र पत्रकारितालाई सहयोग गर्नुहोस", "हाम्रो पत्रकारितालाई सहयोग गर्नुहोस", "पाठकहरूमा अनुरोध",
            "पाठकहरूमा विनम्र अनुरोध", "पाठकवृन्दमा अनुरोध", "स्वतन्त्र पत्रकारितालाई तपाईंको सहयोग चाहिन्छ",
            "स्वतन्त्र पत्रकारितालाई तपाईँको सहयोग चाहिन्छ", "स्वतन्त्र पत्रकारितालाई तपाईको सहयोग चाहिन्छ",
        ]),
        // "हामीलाई सहयोग गर्नुहोस्" (support us) is also a flood victim's plea that a story
        // quotes ("हामीलाई सहयोग गर्नुहोस्, पीडितले भने"): a box's heading alone on its line.
        header(Donation).max_words(4).phrases(&["हामीलाई सहयोग गर्नुहोस", "हामीलाई सहयोग गर्नुस", "हामीलाई साथ दिनुहोस"]),
        ask(Donation).weight(3.5).phrases(&[
            "स्वतन्त्र पत्रकारिताको समर्थन गर्नुहोस", "हाम्रो पत्रकारितालाई सहयोग", "हाम्रो पत्रकारितालाई निरन्तरता दिन",
            "हाम्रो पत्रकारितालाई टिकाइराख्न", "सहयोग गर्न यहाँ क्लिक गर्नुहोस", "सहयोग रकम छान्नुहोस",
            "तपाईंजस्ता पाठकहरूको सहयोग", "तपाईँजस्ता पाठकहरूको सहयोग", "तपाईजस्ता पाठकहरूको सहयोग",
        ]),
        // A press freedom day's speakers "स्वतन्त्र पत्रकारितालाई सहयोग गर्नुपर्ने बताए", a
        // library "पाठकहरूको सहयोगले मात्र चलेको छ": cues.
        cue(Donation).weight(2.0).phrases(&["स्वतन्त्र पत्रकारितालाई सहयोग", "पाठकहरूको सहयोगले मात्र"]),
        // An NGO's, a victim's and an official's appeals that news reports without quotation
        // marks ("अहिले नै सहयोग गर्नुहोस्, सानो रकम पनि ठूलो हुन्छ, आयोजकले आग्रह गरिन्"): cues.
        cue(Donation).phrases(&[
            "हामीलाई आर्थिक सहयोग गर्नुहोस", "अहिले नै सहयोग गर्नुहोस", "आजै सहयोग गर्नुहोस", "सहयोग गर्न चाहनुहुन्छ",
        ]),
        cue(Donation).phrases(&[
            "तपाईंको सहयोग", "तपाईँको सहयोग", "तपाईको सहयोग", "तपाईंको योगदान", "तपाईँको योगदान", "तपाईको योगदान",
            "स्वतन्त्र पत्रकारिता", "हाम्रो पत्रकारिता", "हाम्रो काम", "सहयोग रकम", "एक पटकको सहयोग",
            "हरेक सहयोगले फरक पार्छ", "सानो सहयोग", "जति सक्नुहुन्छ",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["प्रति महिना", "हरेक महिना", "मासिक रूपमा"]),
        // "चन्दा" is the extortion of every "चन्दा आतंक" story too: weak alone.
        cue(Donation).weight(0.5).phrases(&["चन्दा*"]),
        salutation(Donation).max_words(6).phrases(&[
            "प्रिय पाठकहरू", "प्रिय पाठकवृन्द", "आदरणीय पाठकवृन्द", "आदरणीय पाठकहरू", "सम्मानित पाठकवृन्द",
            "प्रिय पाठक महानुभाव", "प्रिय दर्शकवृन्द", "प्रिय श्रोतावृन्द", "प्रिय ग्राहकवृन्द",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "यो समाचार मन पर्यो", "यो समाचार मन पर्‍यो", "यो लेख मन पर्यो", "यो लेख मन पर्‍यो", "यो खबर मन पर्यो",
            "यो खबर मन पर्‍यो", "यो लेख उपयोगी लाग्यो",
        ]),
        ask(Membership).phrases(&["हाम्रो सदस्य बन्नुहोस", "सदस्य बन्न यहाँ क्लिक गर्नुहोस", "हाम्रो सदस्यता लिनुहोस"]),
        // A party's and a club's call to join, which a story quotes: a short block's opening.
        ask(Membership).at(Start).max_words(5).phrases(&["सदस्य बन्नुहोस", "सदस्य बन्नुस", "आजै सदस्य बन्नुहोस"]),
        cue(Membership).phrases(&["सदस्यहरूका लागि विशेष", "हाम्रा सदस्यहरू", "सदस्यता शुल्क"]),
        ask(Subscription).phrases(&[
            "अहिले नै सब्सक्राइब गर्नुहोस", "ई-पेपर सब्सक्राइब गर्नुहोस", "इपेपर सब्सक्राइब गर्नुहोस", "हाम्रो ग्राहक बन्नुहोस",
            "सदस्यता लिएर पढ्नुहोस", "पहिले नै सब्सक्राइबर हुनुहुन्छ",
        ]),
        // A bank's, a broadband firm's or a YouTuber's call ("ग्राहक बन्नुहोस्", "सब्सक्राइब
        // गर्नुहोस्") that a story quotes: a short block's opening only.
        ask(Subscription).at(Start).max_words(4).phrases(&[
            "ग्राहक बन्नुहोस", "सब्सक्राइब गर्नुहोस", "सब्स्क्राइब गर्नुहोस", "सबस्क्राइब गर्नुहोस", "ई-पेपर पढ्न",
        ]),
        // The names of the offer, which a story on a paper's prices names too, in its price
        // list's short lines ("डिजिटल सदस्यता: मासिक २०० रुपैयाँ"): cues.
        cue(Subscription).phrases(&[
            "डिजिटल सदस्यता", "वार्षिक सदस्यता", "मासिक सदस्यता", "वार्षिक ग्राहक", "छापा संस्करण",
            "ई-पेपर", "इपेपर", "असीमित पहुँच", "जुनसुकै बेला रद्द गर्न सक्नुहुन्छ",
        ]),
        // A pool, a lounge, a club's service "for members only" is news too: the nag's short
        // line only.
        line(Paywall).max_words(15).phrases(&[
            "सदस्यहरूका लागि मात्र", "सदस्यहरूको लागि मात्र", "ग्राहकहरूका लागि मात्र", "सब्सक्राइबरका लागि मात्र",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "पूरा समाचार पढ्न लगइन गर्नुहोस", "पूरा समाचार पढ्न सदस्यता लिनुहोस", "पूरा लेख पढ्न लगइन गर्नुहोस",
            "पूरा लेख पढ्न सदस्यता लिनुहोस", "पढ्न जारी राख्न लगइन गर्नुहोस", "पढ्न जारी राख्न सदस्यता लिनुहोस",
            "यो सामग्री सदस्यहरूका लागि मात्र", "यो लेख सदस्यहरूका लागि मात्र", "बाँकी अंश पढ्न लगइन गर्नुहोस",
        ]),
        // "पूरा लेख पढ्न" is also a student's "to read the whole essay": the nag's opening only.
        ask(Paywall).at(Start).max_words(12).phrases(&["पूरा समाचार पढ्न", "पूरा लेख पढ्न", "पढ्न जारी राख्न", "बाँकी अंश पढ्न"]),
        ask(Newsletter).phrases(&[
            "हाम्रो न्युजलेटर", "हाम्रो न्यूजलेटर", "न्युजलेटर सब्सक्राइब गर्नुहोस", "न्युजलेटरका लागि दर्ता गर्नुहोस",
            "न्युजलेटरको लागि दर्ता गर्नुहोस", "इमेल ठेगाना प्रविष्ट गर्नुहोस", "आफ्नो इमेल ठेगाना राख्नुहोस",
            "सिधै तपाईंको इनबक्समा", "सिधै तपाईँको इनबक्समा", "सिधै तपाईको इनबक्समा", "सब्सक्राइब गर्नुभएकोमा धन्यवाद",
            "दर्ता गर्नुभएकोमा धन्यवाद", "आफ्नो इमेलमा पाउनुहोस",
        ]),
        // A scam warning says them too ("आफ्नो इमेल ठेगाना कसैलाई नदिनुहोस्"): cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "तपाईंको इनबक्समा", "तपाईँको इनबक्समा", "तपाईको इनबक्समा", "आफ्नो इमेल ठेगाना", "तपाईंको इमेल ठेगाना", "न्युजलेटर",
        ]),
        cue(Newsletter).phrases(&["गोपनीयता नीतिसँग सहमत"]),
        ask(App).phrases(&[
            "हाम्रो एप डाउनलोड गर्नुहोस", "हाम्रो मोबाइल एप", "हाम्रो एप्स डाउनलोड गर्नुहोस", "एपमा पढ्नुहोस", "एपमा खोल्नुहोस",
            "हाम्रो एप इन्स्टल गर्नुहोस",
        ]),
        // An office asks citizens to download its app too ("एप डाउनलोड गर्नुहोस् र सेवा
        // लिनुहोस्, मन्त्रीले भने"): a short line's opening only.
        ask(App).at(Start).max_words(5).phrases(&["एप डाउनलोड गर्नुहोस", "मोबाइल एप डाउनलोड गर्नुहोस", "एप्स डाउनलोड गर्नुहोस"]),
        cue(App).phrases(&["हाम्रो एप", "प्ले स्टोरबाट", "एप स्टोरबाट", "एन्ड्रोइड र आईओएस"]),
        ask(Cookie).phrases(&[
            "हामी कुकीज प्रयोग गर्छौं", "हामी कुकीज प्रयोग गर्छौँ", "हामी कुकिज प्रयोग गर्छौं", "हामी कुकिज प्रयोग गर्छौँ",
            "हामी कुकी प्रयोग गर्छौं", "यो वेबसाइटले कुकीज प्रयोग गर्छ", "यो वेबसाइटले कुकिज प्रयोग गर्छ",
            "कुकीज स्वीकार गर्नुहोस", "कुकिज स्वीकार गर्नुहोस", "कुकी सेटिङ", "कुकिज नीति", "कुकीजको प्रयोगमा सहमत",
            "यो वेबसाइट प्रयोग गरिरहँदा", "यो साइट प्रयोग गरिरहँदा",
        ]),
        // A data protection story says them of a site it reports on: cues.
        cue(Cookie).phrases(&["कुकिज", "कुकीजको प्रयोग", "कुकिजको प्रयोग", "तपाईंको अनुभव सुधार गर्न"]),
        ask(Social).phrases(&[
            "हामीलाई फलो गर्नुहोस", "हामीलाई फेसबुकमा फलो गर्नुहोस", "फेसबुक पेज लाइक गर्नुहोस", "हाम्रो फेसबुक पेज",
            "हाम्रो युट्युब च्यानल", "युट्युब च्यानल सब्सक्राइब गर्नुहोस", "हाम्रो टेलिग्राम च्यानल", "हाम्रो ह्वाट्सएप च्यानल",
            "हाम्रो भाइबर च्यानल", "भाइबर च्यानलमा जोडिनुहोस", "ह्वाट्सएप च्यानलमा जोडिनुहोस", "टेलिग्राम च्यानलमा जोडिनुहोस",
            "गुगल न्युजमा फलो गर्नुहोस", "यो समाचार सेयर गर्नुहोस", "यो समाचार शेयर गर्नुहोस", "यो खबर सेयर गर्नुहोस",
            "यो लेख सेयर गर्नुहोस", "साथीहरूसँग सेयर गर्नुहोस", "लिंक कपी गर्नुहोस", "लिङ्क कपी गर्नुहोस", "लिंक कपी भयो",
        ]),
        // The police's "सेयर गर्नुहोस्" (share this notice), a party's "हामीसँग जोडिनुहोस्":
        // the buttons count in short blocks.
        ask(Social).at(Start).max_words(6).phrases(&["फलो गर्नुहोस", "सेयर गर्नुहोस", "शेयर गर्नुहोस", "लाइक गर्नुहोस"]),
        cue(Social).phrases(&["हामीसँग जोडिनुहोस", "ताजा अपडेटका लागि"]),
        platform(Social).max_words(12).phrases(&[
            "युट्युब", "ह्वाट्सएप", "भाइबर", "टिकटक", "मेसेन्जर", "फेसबुकमा", "ट्विटरमा", "युट्युबमा",
        ]),
        // A read-also line opens a story's sentence in no tense (it speaks to the reader): any
        // line that opens with it, as the headline it runs into.
        line(Related).max_words(24).phrases(&[
            "यो पनि पढ्नुहोस", "यो पनि पढ्नुस", "यी पनि पढ्नुहोस", "यो पनि पढ्नुहोला", "यसलाई पनि पढ्नुहोस", "यो पनि पढौं",
            "यो पनि हेर्नुहोस", "यो पनि हेर्नुस", "थप पढ्नुहोस",
        ]),
        // "सम्बन्धित समाचार सार्वजनिक भएपछि ..." (after the news in question came out) opens a
        // story's sentence: with its colon before the headline, bare as a heading only.
        line(Related).max_words(24).phrases(&[
            "सम्बन्धित समाचार:", "सम्बन्धित समाचार :", "सम्बन्धित खबर:", "सम्बन्धित खबर :", "सम्बन्धित सामग्री:",
        ]),
        line(Related).max_words(3).phrases(&["सम्बन्धित खबर", "सम्बन्धित समाचार", "सम्बन्धित सामग्री"]),
        // "ताजा खबर अनुसार ..." opens a story's line: a heading's few words only. (Not "थप
        // समाचार" there: "थप समाचार आउँदैछ", more to come, closes a breaking story.)
        line(Related).max_words(4).phrases(&[
            "धेरै पढिएको", "धेरै पढिएका", "ताजा खबर", "मुख्य समाचार", "लोकप्रिय समाचार", "छुटाउनुभयो कि", "सम्पादकको रोजाइ", "अर्को समाचार", "अघिल्लो समाचार", "ट्रेन्डिङ",
        ]),
        label(Related).phrases(&[
            "यो पनि पढ्नुहोस", "सम्बन्धित समाचार", "सम्बन्धित खबर", "धेरै पढिएको", "धेरै पढिएका", "ताजा खबर",
            "थप समाचार", "भर्खरै", "थप पढ्नुहोस", "मुख्य समाचार", "सम्पादकको रोजाइ", "छुटाउनुभयो कि",
            "ट्रेन्डिङ", "लोकप्रिय समाचार",
        ]),
        // Bios close an opinion column ("(लेखक अर्थशास्त्री हुन्।)"): the article's own
        // first-published formulas are asks.
        ask(Credit).max_words(40).phrases(&[
            "यो लेख पहिलो पटक", "यो आलेख पहिलो पटक", "यो लेख मूल रूपमा", "यो आलेख मूल रूपमा", "यो लेख सर्वप्रथम",
        ]),
        cue(Credit).phrases(&["मूल रूपमा प्रकाशित", "पहिलो पटक प्रकाशित"]),
        // (Not "तस्बिर:" nor "फोटो :" alone: a caption opens on them as often as a credit does,
        // "तस्बिर : फेवातालमा पर्यटक". Their courtesy forms and the news agency's name only.)
        line(Credit).max_words(10).phrases(&[
            "तस्बिर सौजन्य", "फोटो सौजन्य", "तस्बिर साभार", "तस्बिर: रासस", "तस्बिर : रासस", "फोटो: रासस", "फोटो : रासस",
        ]),
        line(Credit).max_words(10).phrases(&[
            "सम्पादन:", "सम्पादन :", "ग्राफिक्स:", "ग्राफिक्स :", "लेखन :", "रिपोर्टिङ:", "रिपोर्टिङ :",
            "भाषान्तर:", "भाषान्तर :", "उल्था:", "उल्था :",
        ]),
        // The footer's registration lines that every Nepali site prints.
        chrome(Other).max_words(12).phrases(&[
            "सूचना विभाग दर्ता", "सूचना तथा प्रसारण विभाग दर्ता", "विभाग दर्ता नं", "प्रेस काउन्सिल सूचीकृत",
            "प्रेस काउन्सिल दर्ता",
        ]),
        chrome(Other).at(Any).max_words(12).phrases(&["सबै अधिकार सुरक्षित", "सर्वाधिकार सुरक्षित छ"]),
        label_any().phrases(&[
            "बन्द गर्नुहोस", "बन्द गर्नुस", "पछि", "अहिले होइन", "होइन, धन्यवाद", "अहिले होइन, धन्यवाद", "पछि सम्झाउनुहोस",
            "जारी राख्नुहोस", "पूरा पढ्नुहोस", "सहमत छु", "स्वीकार गर्नुहोस", "अस्वीकार गर्नुहोस", "ठीक छ", "ठिक छ",
            "बुझें", "बुझेँ", "लगइन", "लग इन", "साइन अप गर्नुहोस", "रद्द गर्नुहोस", "अर्को", "अघिल्लो", "फेरि प्रयास गर्नुहोस", "सेटिङ", "सेटिङहरू", "एक पटक", "हरेक महिना",
            "थप हेर्नुहोस", "सबै हेर्नुहोस",
        ]),
        // A how-to's steps, each a line of its own ("लगइन गर्नुहोस्।", "रकम छान्नुहोस्।",
        // "भुक्तानी गर्नुहोस्।", a tax guide's): a box's edges, not anchors.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "लगइन गर्नुहोस", "दर्ता गर्नुहोस", "पठाउनुहोस", "खोज्नुहोस", "रकम छान्नुहोस", "भुक्तानी गर्नुहोस",
        ]),
        outlet(Donation).phrases(&[
            "स्वतन्त्र मिडिया", "स्वतन्त्र सञ्चारमाध्यम", "गैरनाफामूलक", "नाफारहित", "विज्ञापनरहित", "विज्ञापनबिना",
            "पाठकको सहयोगमा", "पाठकहरूको सहयोगमा", "कुनै दल वा समूहसँग आबद्ध छैन", "सबैका लागि निःशुल्क",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["संशोधन:", "सच्याइएको:", "सम्पादकीय टिप्पणी:", "सम्पादकको टिप्पणी:", "स्पष्टीकरण:"]),
        notice().at(Any).phrases(&[
            "यो समाचार अपडेट गरिएको छ", "यो समाचार अपडेट भइरहेको छ", "यो समाचार परिमार्जन गरिएको छ", "यो लेख अपडेट गरिएको छ",
            "समाचार अपडेट हुँदैछ", "यो समाचारको अघिल्लो संस्करणमा",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, told,
        // according to, in a statement), which no box uses. (Not the bare "भने": also "if".)
        body().phrases(&[
            "उनले भने", "उनले बताए", "बताइन", "भनिन", "बताउनुभयो", "भन्नुभयो", "उनका अनुसार", "प्रहरीका अनुसार",
            "जानकारी दिए", "जानकारी दिइन", "उल्लेख गरे", "बताएका छन", "बताएकी छन", "बताइएको छ", "दाबी गरे",
            "आरोप लगाए", "स्पष्ट पारे", "विज्ञप्ति जारी गर्दै", "पत्रकार सम्मेलनमा", "प्रतिक्रिया दिँदै", "बताउँछन",
            "आग्रह गरे", "आग्रह गरिन", "आग्रह गरेका छन", "आग्रह गरेकी छन", "आग्रह गरेको छ", "अनुरोध गरे", "जनाएको छ",
            "बताएको छ",
        ]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&[
            "तपाईंसँग कुनै समाचार छ", "तपाईँसँग कुनै समाचार छ", "तपाईसँग कुनै समाचार छ", "हामीलाई समाचार पठाउनुहोस",
            "आफ्नो समाचार पठाउनुहोस",
        ]),
        // An official's "हामीलाई सम्पर्क गर्नुहोस्" is news: a short line only.
        line(Other).max_words(8).phrases(&["हामीलाई सम्पर्क गर्नुहोस", "समाचार पठाउनुहोस"]),
        line(Credit).max_words(12).phrases(&["लेखकलाई सम्पर्क गर्नुहोस", "लेखकलाई इमेल गर्नुहोस"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "लेखकको बारेमा", "लेखकबारे", "लेखकका अन्य लेख", "लेखकका थप लेख", "यस लेखकका अन्य लेख",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "लेखक पत्रकार हुन", "लेखिका पत्रकार हुन", "लेखक अधिवक्ता हुन", "लेखक प्राध्यापक हुन", "लेखक अर्थशास्त्री हुन",
            "लेखक राजनीतिक विश्लेषक हुन", "लेखक पूर्वसचिव हुन", "लेखक अधिवक्ता तथा", "लेखक प्राध्यापक तथा",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["स्वतन्त्र पत्रकार हुन", "नियमित स्तम्भकार हुन", "स्तम्भकार हुन"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["मुख्य सामग्रीमा जानुहोस", "सामग्रीमा जानुहोस", "मुख्य सामग्रीमा जाऔं"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "अर्को पृष्ठ", "अघिल्लो पृष्ठ", "गल्ती रिपोर्ट गर्नुहोस", "त्रुटि रिपोर्ट गर्नुहोस", "गृहपृष्ठ",
        ]),
        ask(Other).part(Navigation).phrases(&["तपाईंको ब्राउजर पुरानो", "तपाईको ब्राउजर पुरानो", "जाभास्क्रिप्ट सक्रिय गर्नुहोस"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "प्रतिक्रिया दिनुहोस", "तपाईंको प्रतिक्रिया", "तपाईँको प्रतिक्रिया", "तपाईको प्रतिक्रिया", "प्रतिक्रिया लेख्नुहोस",
            "कमेन्ट गर्नुहोस", "टिप्पणी गर्नुहोस", "पाठक प्रतिक्रिया", "प्रतिक्रिया पठाउनुहोस", "पहिलो प्रतिक्रिया दिनुहोस",
        ]),
        chrome(Other).part(Comments).max_words(3).phrases(&["प्रतिक्रियाहरू"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["प्रतिक्रियाहरू", "कमेन्टहरू"]),
        ask(Other).part(Comments).phrases(&[
            "प्रतिक्रिया दिन लगइन गर्नुहोस", "कमेन्ट गर्न लगइन गर्नुहोस", "प्रतिक्रियाका लागि लेखक स्वयं जिम्मेवार",
        ]),
        // The reactions widget under a story ("यो खबर पढेर तपाईंलाई कस्तो महसुस भयो?").
        chrome(Other).part(Comments).max_words(12).phrases(&[
            "यो खबर पढेर तपाईंलाई कस्तो", "यो खबर पढेर तपाईँलाई कस्तो", "यो खबर पढेर तपाईलाई कस्तो",
            "यो समाचार पढेर तपाईंलाई कस्तो", "यो समाचार पढेर तपाईँलाई कस्तो", "यो समाचार पढेर तपाईलाई कस्तो",
        ]),
        ask(Other).part(Disclaimer).phrases(&[
            "लेखमा व्यक्त विचार लेखकका निजी", "यो लेखकको निजी विचार हो", "लेखकका निजी विचार हुन", "प्रस्तुत विचार लेखकका निजी",
        ]),
        cue(Other).part(Disclaimer).phrases(&["निजी विचार हुन", "संस्थाको धारणा होइन"]),
        // The question over a box, a share row's heading, each a line of its own.
        header(Donation).max_words(12).phrases(&["के तपाईं हाम्रो पत्रकारिताको कदर गर्नुहुन्छ", "हाम्रो पत्रकारिता मन पराउनुहुन्छ"]),
        label(Social).phrases(&[
            "सेयर", "सेयर गर्नुहोस", "शेयर गर्नुहोस", "शेयर गर्नुस", "सेयर गर्नुस", "प्रिन्ट गर्नुहोस", "इमेल गर्नुहोस", "कपी गर्नुहोस",
            "लिंक कपी", "फेसबुकमा सेयर गर्नुहोस", "हामीलाई फलो गर्नुस",
        ]),
        // A read-aloud player's label.
        chrome(Other).max_words(4).phrases(&["समाचार सुन्नुहोस", "लेख सुन्नुहोस"]),
        chrome(Other).max_words(5).phrases(&["यो समाचार सुन्नुहोस", "यो लेख सुन्नुहोस"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas. Cues below
        // an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["निशुल्क लेख", "निःशुल्क समाचार", "निःशुल्क लेखहरू"]),
        ask(Paywall).max_words(30).phrases(&[
            "तपाईंको अन्तिम निःशुल्क लेख", "तपाईँको अन्तिम निःशुल्क लेख", "तपाईको अन्तिम निःशुल्क लेख",
            "सबै निःशुल्क लेख पढिसक्नुभयो",
        ]),
        // The advertisement slot's label (the Hindi pack holds "विज्ञापन"; Nepali sites print
        // "बिज्ञापन" as often) and the line under it, a line of its own.
        label(Ad).phrases(&["बिज्ञापन", "प्रायोजित समाचार", "विज्ञापनपछि समाचार जारी छ", "समाचार तल जारी छ"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["हामीले कमिसन पाउन सक्छौं", "हामीले कमिसन पाउन सक्छौँ"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "अनुमतिबिना पुनः प्रकाशन गर्न पाइने छैन", "अनुमति बिना पुनः प्रकाशन गर्न पाइने छैन", "पुनः प्रकाशन निषेध",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&[
            "फाइल तस्बिर", "फाइल तस्वीर", "प्रतिनिधिमूलक तस्बिर", "प्रतीकात्मक तस्बिर", "तस्बिर: सामाजिक सञ्जाल",
        ]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ट्याग", "ट्यागहरू", "ट्याग्स"]),
        // A line of the bank details under an ask ("खाता नम्बर: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "खाता नम्बर", "खाता नं", "खाताको नाम", "खातावालाको नाम", "बैंकको नाम", "इसेवा आईडी", "खल्ती आईडी",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "तपाईंको इमेल", "तपाईँको इमेल", "तपाईको इमेल", "इमेल ठेगाना प्रविष्ट गर्नुहोस", "न्युजलेटर सब्सक्राइब गर्नुहोस",
            "न्युजलेटर",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["इमेल ठेगाना", "इमेल"]),
        label(Subscription).phrases(&[
            "सदस्यता लिनुहोस", "सब्सक्राइब गर्नुहोस", "योजनाहरू हेर्नुहोस", "अफर हेर्नुहोस", "निःशुल्क प्रयास गर्नुहोस",
            "पहिले नै सदस्य हुनुहुन्छ? लगइन गर्नुहोस", "ग्राहक बन्नुहोस",
        ]),
        label(App).phrases(&[
            "एप डाउनलोड गर्नुहोस", "एपमा खोल्नुहोस", "एप इन्स्टल गर्नुहोस", "गुगल प्लेबाट डाउनलोड गर्नुहोस",
            "एप स्टोरबाट डाउनलोड गर्नुहोस", "अहिले नै डाउनलोड गर्नुहोस",
        ]),
        label(Donation).phrases(&[
            "सहयोग गर्नुहोस", "सहयोग गर्नुस", "दान गर्नुहोस", "अहिले सहयोग गर्नुहोस", "हामीलाई सहयोग गर्नुहोस",
            "एक पटकको सहयोग", "अन्य रकम", "सहयोग गरौं",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["सहयोग"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "सब्सक्राइब गरेर तपाईं", "दर्ता गरेर तपाईं", "तपाईं जुनसुकै बेला अनसब्सक्राइब", "हामी तपाईंको इमेल कसैसँग साझा गर्दैनौं",
            "हामी तपाईंको इमेल कसैसँग साझा गर्दैनौँ", "पुष्टि गर्न आफ्नो इनबक्स",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["अपडेट रहन चाहनुहुन्छ", "कुनै पनि समाचार नछुटाउनुहोस", "थप पढ्न चाहनुहुन्छ"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "फोटो ग्यालरी", "तस्बिर ग्यालरी", "अर्को तस्बिर", "अघिल्लो तस्बिर", "फोटो फिचर",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["सबै तस्बिर हेर्नुहोस", "ग्यालरी बन्द गर्नुहोस"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["लाइभ"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["लाइभ अपडेट", "प्रत्यक्ष प्रसारण", "लाइभ ब्लग"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["सेभ गर्नुहोस", "फन्ट साइज", "अक्षरको आकार", "बुकमार्क गर्नुहोस"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&[
            "भिडियो हेर्नुहोस", "भिडियो प्ले गर्नुहोस", "अडियो सुन्नुहोस", "म्युट गर्नुहोस",
        ]),
        // The outlet's appeal by function: a thank-you that opens it.
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "पढ्नुभएकोमा धन्यवाद", "अन्त्यसम्म पढ्नुभएकोमा धन्यवाद", "यहाँसम्म पढ्नुभएकोमा धन्यवाद", "समाचार पढ्नुभएकोमा धन्यवाद",
        ]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row,
        // and its ask.
        label_any().phrases(&["अनुमति दिनुहोस", "अनुमति दिनुहोस अहिले होइन", "अहिले होइन अनुमति दिनुहोस"]),
        cue(App).phrases(&["नोटिफिकेसन", "नोटिफिकेसन अन गर्नुहोस"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["म सहयोग गर्न चाहन्छु", "म सहयोग गर्छु"]),
        label(Membership).phrases(&["सदस्य बन्नुहोस", "म सदस्य बन्न चाहन्छु", "म पहिले नै सदस्य हुँ"]),
        label(Subscription).phrases(&["म सब्सक्राइब गर्न चाहन्छु", "म पहिले नै सब्सक्राइबर हुँ"]),
        label(Newsletter).phrases(&["मलाई न्युजलेटर पठाउनुहोस"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["यो पनि पढ्नुहोस्:", "यो पनि पढ्नुहोस:", "यो पनि पढ्नुस्:", "यो पनि पढ्नुहोला:", "यसलाई पनि पढ्नुहोस्:", "थप पढ्नुहोस्:", "यो पनि हेर्नुहोस्:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["लाइभ टिभी", "लाइभ हेर्नुहोस्", "लाइभ हेर्नुहोस", "लाइभ सुन्नुहोस्"]),
        line(Subscription).max_words(10).phrases(&["आजको इ-पेपर", "आजको ई-पेपर", "आजको पत्रिका"]),
        label(Subscription).phrases(&["इ-पेपर", "ई-पेपर", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["हामीलाई लेख्नुहोस्", "समाचार पठाउनुहोस्"]),
        ask(Ad).max_words(35).phrases(&["संवाददाता आवश्यक", "पत्रकार आवश्यक"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["तपाईंको इमेल ठेगाना प्रकाशित गरिने छैन"]),
        label(Other).part(Comments).phrases(&["प्रतिक्रिया पठाउनुहोस्"]),
    ],
    we: &["हामी", "हाम्रो", "हामीलाई", "हाम्रा", "हाम्री", "हामीले", "हामीसँग", "हाम्रै"],
    // The polite "तपाईं" in its three spellings, the familiar "तिमी" (the intimate "तँ" is no
    // appeal's). Not "हजुर": the highest honorific is also the "yes" that opens an answer in
    // every interview.
    you: &[
        "तपाईं", "तपाईँ", "तपाई", "तपाईंको", "तपाईँको", "तपाईको", "तपाईंलाई", "तपाईँलाई", "तपाईलाई", "तपाईंले",
        "तपाईँले", "तपाईले", "तपाईंहरू", "तिमी", "तिम्रो", "तिमीलाई", "तिम्रा",
    ],
};
