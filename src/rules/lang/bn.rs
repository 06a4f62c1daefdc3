//! Bengali (Bangla), in the Bengali script. The vowel signs are letters to the matcher, the
//! hasanta (্) and the nukta (়) are not: a phrase never ends on one (it would match the
//! start of longer words). "য়", "ড়", "ঢ়" are written as a letter and the nukta (their
//! normalised form) or as one code point: the formulas with them are listed both ways, and
//! most rows avoid them. "আরও" is also spelled "আরো".
//!
//! News shares the vocabulary: "পাশে দাঁড়ান" is every charity's and party's call (stand by
//! the flood victims), "সমর্থন" an election's support, "সদস্য" a union's or a country's
//! membership, "গ্রাহক" a utility's or a bank's customers, and "অনুদান" a government grant.
//! The imperatives open only a short block; anywhere only forms no report holds ("অনুদানের
//! পরিমাণ নির্বাচন করুন", "আমাদের নিউজলেটার", "আমাদের অ্যাপ ডাউনলোড করুন").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "bn",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["মিনিটে পড়ুন", "মিনিটে পড়ুন", "পড়ার সময়", "পড়ার সময়"]),
        header(Donation).max_words(14).phrases(&[
            "স্বাধীন সাংবাদিকতাকে সমর্থন করুন", "স্বাধীন সাংবাদিকতার পাশে দাঁড়ান", "স্বাধীন সাংবাদিকতার পাশে দাঁড়ান",
        ]),
        // A candidate and a charity say these too ("আমাদের সমর্থন করুন"): a heading of a few words only.
        header(Donation).max_words(7).phrases(&["আমাদের সমর্থন করুন", "আপনার সহযোগিতা প্রয়োজন", "আপনার সহযোগিতা প্রয়োজন"]),
        header(Donation).max_words(4).phrases(&["যাওয়ার আগে", "যাওয়ার আগে"]),
        ask(Donation).weight(3.5).phrases(&[
            "অনুদানের পরিমাণ নির্বাচন করুন", "পরিমাণ নির্বাচন করুন", "আপনার অনুদান আমাদের", "আপনার সহযোগিতা আমাদের",
            "আমাদের সাংবাদিকতাকে সমর্থন করুন",
        ]),
        // Parties and charities say "আমাদের পাশে দাঁড়ান", "সহযোগিতা করুন", "প্রতিটি অনুদান
        // গুরুত্বপূর্ণ": a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "অনুদান দিন", "এখনই অনুদান দিন",
            "দান করুন", "এখনই সমর্থন করুন", "প্রতিটি অনুদান গুরুত্বপূর্ণ", "আমাদের কাজকে সমর্থন করুন",
            "সমর্থক হোন", "আমাদের সমর্থক হোন", "আজই পাশে থাকুন", "আমাদের পাশে থাকুন",
        ]),
        // Flood victims hold up "help us" on a banner, and a report sets it as a line of its
        // own: a cue only.
        cue(Donation).phrases(&["আমাদের সহযোগিতা করুন", "আমাদের পাশে দাঁড়ান", "আমাদের পাশে দাঁড়ান"]),
        cue(Donation).phrases(&[
            "আপনার সমর্থন", "আপনার সহযোগিতা", "আপনার সহায়তা", "আপনার সহায়তা", "স্বাধীন সাংবাদিকতা", "মাসিক অনুদান",
            "এককালীন অনুদান", "আপনার অনুদান",
        ]),
        cue(Donation).weight(0.5).phrases(&["অনুদান*", "সমর্থক*"]),
        salutation(Donation).max_words(6).phrases(&[
            "প্রিয় পাঠক", "প্রিয় পাঠক", "প্রিয় পাঠকেরা", "প্রিয় পাঠকেরা", "প্রিয় পাঠকবৃন্দ", "প্রিয় পাঠকবৃন্দ", "সম্মানিত পাঠক", "শ্রদ্ধেয় পাঠক", "শ্রদ্ধেয় পাঠক",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["লেখাটি ভালো লাগলে", "প্রতিবেদনটি ভালো লাগলে", "লেখাটি কি ভালো লেগেছে"]),
        // "সদস্য হোন" is a union's call too.
        ask(Membership).phrases(&["আমাদের কমিউনিটিতে যোগ দিন", "আমাদের সদস্য হোন"]),
        ask(Membership).at(Start).max_words(8).phrases(&["সদস্য হোন", "সদস্যপদ নিন"]),
        cue(Membership).weight(0.5).phrases(&["সদস্যপদ*"]),
        ask(Subscription).phrases(&[
            "যেকোনো সময় বাতিল করতে পারবেন", "যেকোনো সময় বাতিল করতে পারবেন", "যেকোনো সময় বাতিল করুন", "যেকোনো সময় বাতিল করুন", "আপনি ইতিমধ্যে গ্রাহক", "সাবস্ক্রিপশন প্ল্যান বেছে নিন",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["সাবস্ক্রাইব করুন", "এখনই সাবস্ক্রাইব করুন", "গ্রাহক হোন"]),
        cue(Subscription).phrases(&["ডিজিটাল সাবস্ক্রিপশন", "প্রথম মাস বিনামূল্যে", "সীমাহীন অ্যাক্সেস"]),
        cue(Subscription).weight(0.5).phrases(&["সাবস্ক্রিপশন*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "পুরো প্রতিবেদনটি পড়তে", "পুরো প্রতিবেদনটি পড়তে", "পুরো লেখাটি পড়তে", "পুরো লেখাটি পড়তে", "এই প্রতিবেদনটি শুধু গ্রাহকদের জন্য", "এই লেখাটি শুধু গ্রাহকদের জন্য",
            "বিনামূল্যে পড়ার সীমা", "বিনামূল্যে পড়ার সীমা", "পড়তে লগইন করুন", "পড়তে লগইন করুন",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["বাকি অংশ পড়তে", "বাকি অংশ পড়তে", "পড়া চালিয়ে যেতে", "পড়া চালিয়ে যেতে"]),
        cue(Paywall).phrases(&["শুধু গ্রাহকদের জন্য"]),
        ask(Newsletter).phrases(&[
            "আমাদের নিউজলেটার", "নিউজলেটার সাবস্ক্রাইব করুন", "নিউজলেটারে সাবস্ক্রাইব করুন", "আপনার ইনবক্সে",
            "সাবস্ক্রাইব করার জন্য ধন্যবাদ",
        ]),
        // The police warn "আপনার ইমেইল ঠিকানা কাউকে দেবেন না": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "আপনার ইমেইল ঠিকানা লিখুন", "আপনার ইমেইল লিখুন", "আপনার ইমেইল দিন", "আপনার ই-মেইল ঠিকানা লিখুন",
        ]),
        label(Newsletter).phrases(&["নিউজলেটার"]),
        cue(Newsletter).phrases(&["নিউজলেটার", "আপনার ইমেইল", "গোপনীয়তা নীতি", "গোপনীয়তা নীতি"]),
        ask(App).phrases(&["আমাদের অ্যাপ ডাউনলোড করুন", "আমাদের অ্যাপ ইনস্টল করুন"]),
        ask(App).at(Start).max_words(8).phrases(&["অ্যাপ ডাউনলোড করুন", "অ্যাপটি ডাউনলোড করুন"]),
        cue(App).phrases(&["আমাদের অ্যাপ", "মোবাইল অ্যাপে"]),
        ask(Cookie).phrases(&["সব কুকি গ্রহণ করুন", "কুকি নীতি", "কুকি সেটিংস", "কুকিজ নীতি"]),
        // Reports quote banners and regulators: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "আমরা কুকি ব্যবহার করি", "আমরা কুকিজ ব্যবহার করি", "এই সাইট কুকি ব্যবহার করে", "এই সাইটটি কুকি ব্যবহার করে",
            "এই ওয়েবসাইট কুকি ব্যবহার করে", "এই ওয়েবসাইট কুকি ব্যবহার করে",
        ]),
        cue(Cookie).phrases(&["কুকি ব্যবহার", "কুকিজ ব্যবহার"]),
        ask(Social).phrases(&[
            "গুগল নিউজ চ্যানেল ফলো করুন", "হোয়াটসঅ্যাপ চ্যানেলে যোগ দিন", "হোয়াটসঅ্যাপ চ্যানেলে যোগ দিন", "আমাদের ফেসবুক পেজে", "আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন",
            "লিংক কপি করা হয়েছে", "লিংক কপি করা হয়েছে",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["আমাদের ফলো করুন", "ফলো করুন", "শেয়ার করুন", "শেয়ার করুন", "খবরটি শেয়ার করুন", "খবরটি শেয়ার করুন"]),
        label(Ad).phrases(&["বিজ্ঞাপন", "স্পন্সরড", "পৃষ্ঠপোষকতায়", "পৃষ্ঠপোষকতায়"]),
        line(Related).max_words(24).phrases(&[
            "আরও পড়ুন", "আরও পড়ুন", "আরো পড়ুন", "আরো পড়ুন", "সম্পর্কিত খবর", "আরও খবর:", "সর্বাধিক পঠিত", "এই বিভাগের আরও খবর", "আরও পড়তে পারেন", "আরও পড়তে পারেন",
        ]),
        line(Related).max_words(3).phrases(&["আরও খবর", "আরো খবর", "সর্বশেষ", "সর্বশেষ খবর"]),
        label(Related).phrases(&["সম্পর্কিত", "সর্বাধিক পঠিত", "আলোচিত"]),
        ask(Credit).max_words(40).phrases(&["মতামত লেখকের নিজস্ব", "লেখকের নিজস্ব মতামত", "প্রতিষ্ঠানের মতামতের প্রতিফলন নয়", "প্রতিষ্ঠানের মতামতের প্রতিফলন নয়"]),
        line(Credit).max_words(10).phrases(&["সম্পাদক:", "সম্পাদক ও প্রকাশক:", "লেখক:", "ছবি:", "নিজস্ব প্রতিবেদক", "প্রতিবেদক:", "অনুবাদ:"]),
        chrome(Other).at(Any).max_words(12).phrases(&["সর্বস্বত্ব সংরক্ষিত", "সব স্বত্ব সংরক্ষিত"]),
        label(Other).phrases(&["মন্তব্য", "মন্তব্য করুন"]),
        label_any().phrases(&[
            "বন্ধ করুন", "এখন নয়", "এখন নয়", "না, ধন্যবাদ", "পরে", "পরে মনে করিয়ে দিন", "পরে মনে করিয়ে দিন", "গ্রহণ করুন", "প্রত্যাখ্যান করুন",
            "চালিয়ে যান", "চালিয়ে যান", "অনুদান দিন", "সাবস্ক্রাইব", "লগইন", "নিবন্ধন", "মাসিক", "বার্ষিক", "এককালীন", "অন্য পরিমাণ",
            "লিংক কপি করুন", "বুঝেছি", "শেয়ার", "শেয়ার", "প্রিন্ট", "সব গ্রহণ করুন", "সমর্থন করুন", "সাইন আপ", "ইমেইল", "সহায়তা করুন", "সহায়তা করুন",
        ]),
        // The platforms of a share bar, in the script of the page (the `xx` pack has the Latin names).
        platform(Social).max_words(12).phrases(&["ফেসবুক", "টুইটার", "হোয়াটসঅ্যাপ", "হোয়াটসঅ্যাপ", "ইনস্টাগ্রাম", "ইউটিউব", "টেলিগ্রাম"]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["আমাদের কাজ গুরুত্বপূর্ণ মনে হলে", "আমাদের সাংবাদিকতা গুরুত্বপূর্ণ মনে হলে"]),
        // A banner's own word, also in reports on data protection: a cue.
        cue(Cookie).phrases(&["কুকি"]),
        label_any().phrases(&["ঠিক আছে", "মাসিক সহায়তা", "মাসিক সহায়তা"]),
        outlet(Donation).phrases(&[
            "স্বাধীন গণমাধ্যম", "অলাভজনক", "বিজ্ঞাপনমুক্ত", "পাঠকদের সহায়তায়", "পাঠকদের সহায়তায়", "সবার জন্য বিনামূল্যে", "পাঠকের সহায়তায়", "পাঠকের সহায়তায়",
        ]),
        // The outlet of itself, a newsletter's "join", "follow us on social media", the support button.
        outlet(Donation).phrases(&["আমরা বিজ্ঞাপনের ওপর নির্ভর করি না"]),
        ask(Newsletter).phrases(&["নিউজলেটারে যুক্ত হোন", "আমাদের নিউজলেটারে যুক্ত হোন"]),
        ask(Social).phrases(&["সামাজিক মাধ্যমে আমাদের ফলো করুন"]),
        label_any().phrases(&["যুক্ত হোন"]),
        // A bio's "X is a reporter at" and the meter's free articles (news on paywalls says it
        // too): cues. A contact line ("Email: ...") is an office's notice too: no row.
        cue(Credit).phrases(&["এর নিজস্ব প্রতিবেদক", "এর প্রতিবেদক"]),
        cue(Paywall).phrases(&["বিনামূল্যে পড়তে পারবেন", "বিনামূল্যে প্রতিবেদন"]),
        // The meter: "you have read N of your free articles" (the numbers vary).
        ask(Paywall).max_words(20).phrases(&["বিনামূল্যে প্রতিবেদন পড়েছেন"]),
        notice().phrases(&["সংশোধনী:", "হালনাগাদ:"]),
        body().phrases(&["বললেন", "স্লোগান দেন", "দাবি করেন", "বলেন", "জানান", "বলেছেন", "জানিয়েছেন", "জানিয়েছেন", "অনুযায়ী", "অনুযায়ী"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["লেখক সম্পর্কে", "লেখক পরিচিতি", "লেখকের অন্যান্য লেখা", "এই লেখকের আরও লেখা"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["লেখক সাংবাদিক", "লেখক একজন"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["মন্তব্য করুন", "আপনার মন্তব্য লিখুন", "মন্তব্য দেখুন", "পাঠকের মন্তব্য"]),
        ask(Other).part(Comments).phrases(&["মন্তব্য নীতিমালা"]),
        ask(Other).part(Disclaimer).phrases(&["লেখকের নিজস্ব মতামত", "লেখকের ব্যক্তিগত মতামত", "সম্পাদকীয় নীতির প্রতিফলন নয়"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["পরবর্তী পাতা", "পূর্ববর্তী পাতা", "ভুল জানান"]),
        ask(Other).part(Navigation).phrases(&["আপনার ব্রাউজার পুরনো"]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["আরও দেখুন", "আরো দেখুন", "সম্পর্কিত:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["এ সম্পর্কিত আরও খবর", "আরও পড়ুনঃ", "আরো পড়ুনঃ", "সম্পর্কিত পোস্ট", "অন্যান্য খবর", "আপনার পছন্দ হতে পারে", "সম্পাদকের পছন্দ"]),
        label(Social).phrases(&["ফেসবুকে শেয়ার করুন", "আমাদের অনুসরণ করুন"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["খবরটি শুনুন", "প্রতিবেদনটি শুনুন"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["বিনামূল্যে নিবন্ধ", "বিনামূল্যের নিবন্ধ", "বিনামূল্যে প্রবন্ধ", "ফ্রি আর্টিকেল", "ফ্রি খবর", "বাকি নিবন্ধ", "ফ্রি আর্টিকেল বাকি"]),
        ask(Paywall).max_words(30).phrases(&["এটি আপনার শেষ বিনামূল্যের নিবন্ধ", "শেষ ফ্রি আর্টিকেল", "আপনি সব বিনামূল্যের নিবন্ধ পড়ে ফেলেছেন", "আপনার বিনামূল্যে পড়ার সীমা শেষ", "আপনার ফ্রি আর্টিকেলের সীমা শেষ"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["পুরো খবর পড়তে", "সম্পূর্ণ প্রতিবেদন পড়তে", "শুধুমাত্র গ্রাহকদের জন্য", "পড়া চালিয়ে যেতে সাবস্ক্রাইব করুন"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["বিজ্ঞাপনের পর প্রতিবেদনটি চলবে", "প্রতিবেদনটি বিজ্ঞাপনের পর চলবে", "বিজ্ঞাপনের নিচে খবরটি চলবে", "খবরের বাকি অংশ বিজ্ঞাপনের পর", "বিজ্ঞাপনের পর বাকি অংশ", "বিজ্ঞাপনের পরে পড়া চালিয়ে যান"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["স্পনসরড কনটেন্ট", "বিজ্ঞাপনী প্রতিবেদন", "বিজ্ঞাপনী কনটেন্ট", "প্রচারমূলক কনটেন্ট", "অংশীদারি কনটেন্ট"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["আমরা কমিশন পেতে পারি", "এই প্রতিবেদনে অ্যাফিলিয়েট লিংক রয়েছে"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["সকল স্বত্ব সংরক্ষিত", "স্বত্ব সংরক্ষিত", "অনুমতি ছাড়া ব্যবহার বেআইনি", "অনুমতি ছাড়া ব্যবহার নিষেধ", "এই ওয়েবসাইটের কোনো লেখা"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["নিউজলেটারে সাইন আপ করুন"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["এ্যাপ ডাউনলোড করুন", "অ্যাপ ইনস্টল করুন"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["মন্তব্য লিখুন", "মন্তব্য পাঠান", "মন্তব্য বন্ধ"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["ছবি সংগৃহীত", "ফাইল ছবি", "প্রতীকী ছবি", "ফেসবুক থেকে নেওয়া", "ভিডিও থেকে নেওয়া", "ভিডিও থেকে", "সামাজিক মাধ্যম থেকে"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["ভিডিও প্লেয়ার", "অডিও প্লেয়ার"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["ভিডিও প্লে করুন", "ডায়ালগ উইন্ডোর শেষ"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["এটি একটি মোডাল উইন্ডো"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ট্যাগ", "ট্যাগস", "কিওয়ার্ড", "সম্পর্কিত বিষয়"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["অ্যাকাউন্টের নাম", "অ্যাকাউন্ট নম্বর", "হিসাবের নাম", "হিসাব নম্বর", "ব্যাংকের নাম", "রাউটিং নম্বর", "বিকাশ নম্বর"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["সাইন আপ করুন", "নিবন্ধন করুন", "আপনার ইমেইল ঠিকানা", "ইমেইল ঠিকানা লিখুন", "ইমেইল ঠিকানা"]),
        label(Subscription).phrases(&["অফার দেখুন", "প্ল্যান দেখুন", "প্ল্যান বেছে নিন", "বিনামূল্যে ট্রায়াল শুরু করুন", "বিনামূল্যে চেষ্টা করুন", "লগ ইন করুন", "লগইন করুন", "ইতিমধ্যে সাবস্ক্রাইবার? লগ ইন করুন", "সাবস্ক্রিপশন নিন"]),
        label(App).phrases(&["এটি google play তে পান", "google play থেকে ডাউনলোড করুন", "app store থেকে ডাউনলোড করুন", "এখনই ডাউনলোড করুন"]),
        label(Donation).phrases(&["এখনই দান করুন", "মাসিক দান", "পরিমাণ বেছে নিন", "এখনই সহায়তা করুন", "একবারের জন্য", "পরিমাণ লিখুন", "নিয়মিত অনুদান"]),
        label(Social).phrases(&["লিঙ্ক কপি করুন", "লিংক কপি হয়েছে", "লিঙ্ক কপি হয়েছে", "হোয়াটসঅ্যাপে শেয়ার করুন", "প্রিন্ট করুন", "ইমেইল করুন", "টুইটারে শেয়ার করুন"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["সাবস্ক্রাইব করার মাধ্যমে আপনি", "সাইন আপ করে আপনি", "নিবন্ধন করার মাধ্যমে আপনি", "আপনি যেকোনো সময় আনসাবস্ক্রাইব করতে পারেন", "আমরা আপনার ইমেইল কারও সাথে শেয়ার করব না", "আমি গোপনীয়তা নীতিতে সম্মত", "আমি শর্তাবলীতে সম্মত", "নিশ্চিত করতে আপনার ইনবক্স দেখুন", "এই সাইটটি recaptcha দ্বারা সুরক্ষিত"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["লেখাটি ভালো লেগেছে", "প্রতিবেদনটি কেমন লাগল", "এই লেখাটি কি আপনার ভালো লেগেছে", "কোনো খবর মিস করতে চান না", "এমন আরও খবর পেতে চান"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["বলেছিলেন", "বলছেন", "উল্লেখ করেন", "উল্লেখ করেছেন", "যোগ করেন", "তিনি আরও বলেন", "তিনি আরো বলেন", "ব্যাখ্যা করেন", "জোর দিয়ে বলেন", "জোর দিয়ে বলেন", "ঘোষণা করেন", "ঘোষণা দেন", "নিশ্চিত করেন", "নিশ্চিত করেছেন", "অস্বীকার করেন", "স্বীকার করেন", "সতর্ক করেন", "সতর্ক করে দেন", "স্মরণ করিয়ে দেন", "স্মরণ করিয়ে দেন", "জবাবে বলেন", "উত্তরে বলেন", "প্রশ্ন তোলেন", "লিখেছেন", "জানিয়েছে", "জানিয়েছে", "প্রতিবেদনে বলা হয়েছে", "প্রতিবেদনে বলা হয়েছে", "এক বিবৃতিতে", "সাংবাদিকদের বলেন", "সাংবাদিকদের সঙ্গে আলাপকালে", "এক সাক্ষাৎকারে", "তাঁর মতে", "তার মতে", "দাবি করেছেন", "অভিযোগ করেন"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["ফটোগ্যালারি"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ছবি গ্যালারি", "ফটো গ্যালারি", "পরের ছবি", "আগের ছবি", "ফুল স্ক্রিন"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["সব ছবি দেখুন", "গ্যালারি বন্ধ করুন"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["লাইভ"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["লাইভ আপডেট", "লাইভ ব্লগ", "সর্বশেষ আপডেট", "রিফ্রেশ করুন"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["পিন করা পোস্ট"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["সেভ করুন", "ফন্ট সাইজ", "ইংরেজিতে পড়ুন", "বুকমার্ক করুন"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["অটোপ্লে"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ভিডিও দেখুন", "প্লে করুন", "পজ করুন", "মিউট করুন", "অডিও শুনুন"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["লেখাটি কেমন লাগল", "খবরটি কেমন লাগলো", "লেখাটি কি আপনার ভালো লেগেছে", "এই প্রতিবেদনটি কি উপযোগী ছিল"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["পড়ার জন্য ধন্যবাদ", "শেষ পর্যন্ত পড়ার জন্য ধন্যবাদ", "লেখাটি পড়ার জন্য ধন্যবাদ", "সঙ্গে থাকার জন্য ধন্যবাদ", "আমাদের সঙ্গে থাকুন"]),
        cue(Donation).weight(2.0).phrases(&["যে কোনো পরিমাণ", "যতটুকু পারেন", "সামান্য সাহায্যও"]),
        cue(Subscription).phrases(&["ই-পেপার পড়ুন", "ছাপা সংস্করণ", "মুদ্রিত সংস্করণ", "ডিজিটাল সংস্করণ"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["আমি সমর্থন করি", "আমি দান করতে চাই", "আমি সাহায্য করতে চাই"]),
        label(Membership).phrases(&["আমি সদস্য হতে চাই", "আমি ইতিমধ্যে সদস্য"]),
        label(Subscription).phrases(&["আমি সাবস্ক্রাইব করতে চাই"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["আরও পড়ুন:", "আরো পড়ুন:", "আরও পড়তে পারেন:", "আরও পড়তে পারেনঃ", "আরো পড়তে পারেন:", "আরো পড়তে পারেনঃ", "বিবিসি বাংলায় আরো পড়তে পারেন:", "বিবিসি বাংলায় আরো পড়তে পারেনঃ", "বিবিসি বাংলায় আরও পড়তে পারেন:", "বিবিসি বাংলায় আরও পড়তে পারেনঃ", "আরও দেখুন:", "আরও দেখুনঃ", "আরো দেখুন:", "আরো দেখুনঃ", "এটিও পড়ুন:", "এটিও পড়ুনঃ", "সম্পর্কিত খবর:", "সম্পর্কিত খবরঃ", "সংশ্লিষ্ট খবর:", "সংশ্লিষ্ট খবরঃ", "এ সম্পর্কিত আরও খবর:", "এ সম্পর্কিত আরও খবরঃ"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["লাইভ টিভি দেখুন", "লাইভ শুনুন", "সরাসরি শুনুন", "সরাসরি সম্প্রচার দেখুন"]),
        ask(Social).max_words(30).phrases(&["আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন", "আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন", "আমাদের হোয়াটসঅ্যাপ চ্যানেলে যুক্ত হোন", "আমাদের হোয়াটসঅ্যাপ চ্যানেলে যুক্ত হোন", "আমাদের টেলিগ্রাম চ্যানেলে যুক্ত হোন", "আমাদের চ্যানেলে যুক্ত হোন"]),
        label(Social).phrases(&["চ্যানেলে যুক্ত হোন"]),
        line(Subscription).max_words(10).phrases(&["আজকের ই-পেপার", "ই-পেপার পড়ুন", "আজকের পত্রিকা পড়ুন"]),
        label(Subscription).phrases(&["ই-পেপার", "ইপেপার"]),
        ask(Other).part(Comments).max_words(60).phrases(&["মন্তব্যের জন্য কর্তৃপক্ষ দায়ী নয়", "মন্তব্যের জন্য কর্তৃপক্ষ দায়ী নয়", "আপত্তিকর মন্তব্য মুছে ফেলা হবে"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["আপনার খবর আমাদের পাঠান", "আপনার এলাকার খবর পাঠান", "আমাদের কাছে খবর পাঠান", "ছবি ও ভিডিও আমাদের পাঠান"]),
        label(Other).phrases(&["খবর পাঠান", "সংবাদ পাঠান"]),
        ask(Ad).max_words(35).phrases(&["শর্ত প্রযোজ্য"]),
        label(Ad).phrases(&["টিকিট কিনুন"]),
        ask(Ad).max_words(35).phrases(&["আমাদের দলে যোগ দিন"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না"]),
        label(Other).part(Comments).phrases(&["আপনার মতামত লিখুন"]),
    ],
    we: &["আমরা", "আমাদের", "আমাদেরকে"],
    you: &["তুমি", "তোমার", "তোমাকে", "আপনি", "আপনার", "আপনাকে"],
};
