//! Pashto, in the Arabic script with the Pashto letters (ټ ډ ړ ږ ښ ګ ځ څ ڼ ې ۍ ئ), as
//! news sites in Afghanistan and Pakistan and the broadcasters' Pashto services write them.
//! The folded text reads the Arabic yeh and kaf as ی and ک (see `fold_case`), so "ي" and "ی"
//! are one letter to the matcher ("غړي", members, is "غړی", a member) and a phrase is written
//! once; "ې", "ۍ" and "ئ" stay apart, and "ډېر"/"ډیر", "برېښنالیک"/"بریښنالیک" are both
//! written where sites use both. Pakistani sites write "مونږ", "زمونږ" for "موږ", "زموږ" (we,
//! our): the pronoun lists hold both.
//!
//! The Persian, Urdu and Arabic packs run on every text and hold the loanwords the languages
//! share ("عکس:", "کوکی", "اعلان", "ثبت نام"): this pack's phrases are Pashto forms, most with
//! a letter of its own, and none of theirs.
//!
//! News uses the appeal's words every day: "ملاتړ" (support) is a state's or a party's,
//! "مرسته" (help, aid) every donor's, "بسپنه" a charity's, "ګډون" (subscription) is also
//! taking part ("په ټاکنو کې ګډون"), "خپلواکه" (independent) the media the authorities
//! close, "اړوند" (related) the officials in charge ("اړوند چارواکي"), "تعقیب" also to pursue
//! a case, and "نظرونه" (comments) are also views. A request a report gives is in the third
//! person ("وغوښتل چې ملاتړ وکړي"); the second person plural imperative ("ملاتړ وکړئ",
//! "بسپنه ورکړئ") is a box's, or a speaker's quoted, with or without quotation marks ("زموږ
//! ملاتړ وکړئ، یوه مشر وویل"): bare imperatives are buttons (a line of their own), cues, or
//! the opening of a short block; anywhere only the forms no report holds ("د بسپنې اندازه
//! وټاکئ", "ستاسو بسپنه له موږ سره مرسته کوي", "موږ کوکیز کاروو").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ps",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("د لوستلو وخت: ۳ دقیقې").
        chrome(Other).at(Any).max_words(6).phrases(&["د لوستلو وخت", "دقیقې لوستل", "دقیقو لوستل"]),
        header(Donation).max_words(14).phrases(&[
            "د خپلواکې خبریالۍ ملاتړ وکړئ", "د خپلواکې خبریالي ملاتړ وکړئ", "د خپلواک ژورنالیزم ملاتړ وکړئ",
            "د خپلواکو رسنیو ملاتړ وکړئ", "زموږ د خبریالۍ ملاتړ وکړئ",
        ]),
        // A flood's victims, a placard and a candidate say these too ("زموږ ملاتړ وکړئ، یوه
        // کاندید وویل", set as a line of its own): the longer forms a box's short heading, the
        // bare call a cue.
        header(Donation).max_words(6).phrases(&["موږ ته ستاسو ملاتړ ته اړتیا ده", "موږ ستاسو ملاتړ ته اړتیا لرو"]),
        header(Donation).max_words(5).phrases(&["مخکې له دې چې لاړ شئ", "مخکې له دې چې ولاړ شئ"]),
        ask(Donation).weight(3.5).phrases(&[
            "د بسپنې اندازه وټاکئ", "خپله بسپنه وټاکئ", "د مرستې اندازه وټاکئ", "ستاسو بسپنه له موږ سره مرسته کوي",
            "ستاسو ملاتړ له موږ سره مرسته کوي", "ستاسو ملاتړ موږ ته دا توان راکوي",
            "زموږ د خپلواکې خبریالۍ ملاتړ وکړئ",
        ]),
        // A closing weekly's farewell says it too, quoted in a report: a cue.
        cue(Donation).phrases(&["له تاسو پرته موږ نشو کولی"]),
        // An organiser's call, reported without quotation marks ("زموږ د کار ملاتړ وکړئ، د
        // ټولنې مشر وویل"): a short block's opening only.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "همدا اوس بسپنه ورکړئ", "نن بسپنه ورکړئ", "زموږ د کار ملاتړ وکړئ", "زموږ مالي ملاتړ وکړئ",
            "د خپلواکې خبریالۍ ملاتړ وکړئ", "د خپلواکو رسنیو ملاتړ وکړئ", "زموږ د رسنۍ ملاتړ وکړئ",
        ]),
        cue(Donation).phrases(&[
            "زموږ ملاتړ وکړئ", "له موږ سره مرسته وکړئ", "بسپنه ورکړئ", "هره بسپنه مهمه ده", "ستاسو ملاتړ", "ستاسو مرسته",
            "ستاسو بسپنه", "خپلواکه خبریالي", "خپلواکې خبریالۍ", "خپلواک ژورنالیزم", "میاشتنۍ بسپنه", "یو ځلي بسپنه",
            "د بسپنې اندازه", "زموږ کار",
        ]),
        // Not "ملاتړ*" nor "مرست*": every state's support and every donor's aid.
        cue(Donation).weight(0.5).phrases(&["بسپن*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ګرانو لوستونکو", "درنو لوستونکو", "قدرمنو لوستونکو", "ګران لوستونکی", "ګرانه لوستونکیه", "ګرانو مینه والو",
            "درنو مینه والو", "گرانو لوستونکو",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["دا مطلب مو خوښ شو", "ایا دا مطلب مو خوښ شو", "دا لیکنه مو خوښه شوه"]),
        // "غړي شئ" is also a party's or a union's call.
        ask(Membership).phrases(&["زموږ د ټولنې غړي شئ", "زموږ غړو ته ورګډ شئ", "زموږ د ملاتړو ټولنې ته ورګډ شئ"]),
        ask(Membership).at(Start).max_words(8).phrases(&["زموږ غړي شئ", "غړیتوب ترلاسه کړئ", "همدا اوس غړی شئ"]),
        // The country's membership of a pact ("د ناټو غړیتوب"): weak alone.
        cue(Membership).weight(0.5).phrases(&["غړیتوب*"]),
        ask(Subscription).phrases(&[
            "هر وخت یې لغوه کولی شئ", "هر وخت یې لغوه کولای شئ", "تاسو دمخه ګډون کړی", "د ګډون پلان وټاکئ",
            "خپل ګډون نوی کړئ",
        ]),
        // A channel's "سبسکرایب کړئ" in a report, and taking part ("ګډون وکړئ"): short blocks only.
        ask(Subscription).at(Start).max_words(10).phrases(&["همدا اوس ګډون وکړئ", "سبسکرایب کړئ", "همدا اوس سبسکرایب کړئ"]),
        // The names of the offer, which a story on a service's prices names too ("میاشتنی
        // ګډون: ۴۰۰ افغانۍ"): cues.
        cue(Subscription).phrases(&[
            "ډیجیټل ګډون", "لومړۍ میاشت وړیا", "نامحدود لاسرسی", "میاشتنی ګډون", "کلنی ګډون", "ډیجیټل نسخه",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "د بشپړ مطلب د لوستلو لپاره ګډون وکړئ", "د دې مطلب د لوستلو لپاره ننوځئ", "د لا زیاتو لوستلو لپاره ننوځئ",
            "ستاسو وړیا مطالب پای ته ورسېدل", "ستاسو وړیا مطالب پای ته ورسیدل",
        ]),
        // "لوستل" is also studying: "د لوستلو د دوام لپاره" (to go on studying) is the girls'
        // schooling in a report, and a cue; with the article named, a short block's opening.
        ask(Paywall).at(Start).max_words(20).phrases(&[
            "د بشپړ مطلب د لوستلو لپاره", "د بشپړې لیکنې د لوستلو لپاره", "د مطلب د لوستلو د دوام لپاره",
            "د دې مطلب د لوستلو د دوام لپاره",
        ]),
        // Participants are "ګډونوال" too ("د غونډې ګډونوالو"): a cue.
        // (An editor asked of his paper's meter says "د وړیا مطالبو حد" too.)
        cue(Paywall).phrases(&["یوازې د ګډونوالو لپاره", "وړیا مطالب", "د لوستلو د دوام لپاره", "د وړیا مطالبو حد"]),
        // The meter: "تاسو د پنځو وړیا مطالبو څخه درې لوستي دي" (the numbers vary), with the
        // count read; an interview's answer says "... وړیا مطالبو څخه وروسته" in passing.
        ask(Paywall).max_words(20).phrases(&[
            "وړیا مطالبو څخه یو", "وړیا مطالبو څخه دوه", "وړیا مطالبو څخه درې", "وړیا مطالبو څخه څلور",
            "وړیا مطالبو څخه پنځه", "وړیا مطالبو څخه شپږ", "وړیا مطالبو څخه اووه", "وړیا مطالبو څخه اته",
            "وړیا مطالبو څخه نهه", "وړیا مطالبو څخه ۱", "وړیا مطالبو څخه ۲", "وړیا مطالبو څخه ۳",
            "وړیا مطالبو څخه ۴", "وړیا مطالبو څخه ۵", "وړیا مطالبو څخه ۶", "وړیا مطالبو څخه ۷",
            "وړیا مطالبو څخه ۸", "وړیا مطالبو څخه ۹", "وړیا مطالبو څخه 1", "وړیا مطالبو څخه 2",
            "وړیا مطالبو څخه 3", "وړیا مطالبو څخه 4", "وړیا مطالبو څخه 5", "وړیا مطالبو څخه 6",
            "وړیا مطالبو څخه 7", "وړیا مطالبو څخه 8", "وړیا مطالبو څخه 9", "وړیا مطالب مو لوستي",
        ]),
        cue(Paywall).phrases(&["وړیا مطالبو څخه"]),
        ask(Paywall).max_words(30).phrases(&["دا ستاسو وروستی وړیا مطلب دی", "وروستی وړیا مطلب", "ټول وړیا مطالب مو لوستي دي"]),
        cue(Paywall).weight(2.5).max_words(25).phrases(&["وړیا مطلب", "وړیا مقالې", "پاتې وړیا مطالب"]),
        ask(Newsletter).phrases(&[
            "زموږ خبرپاڼه", "زموږ خبرپاڼې", "زموږ اونیزه خبرپاڼه", "زموږ ورځنۍ خبرپاڼه", "خبرپاڼې ته ګډون وکړئ",
            "مستقیم ستاسو برېښنالیک ته", "مستقیم ستاسو بریښنالیک ته", "خبرپاڼې ته د ګډون څخه مننه",
        ]),
        // A police warning says "خپل برېښنالیک چا ته مه ورکوئ": the imperative at a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "خپل برېښنالیک ولیکئ", "خپل بریښنالیک ولیکئ", "خپل ایمیل ولیکئ", "خپل برېښنالیک دننه کړئ", "خپل بریښنالیک دننه کړئ",
        ]),
        // "ستاسو برېښنالیک ته" is also a scam warning's ("که ستاسو برېښنالیک ته داسې پیغام راشي").
        cue(Newsletter).phrases(&["ستاسو برېښنالیک", "ستاسو بریښنالیک", "د محرمیت پالیسي", "د محرمیت تګلاره"]),
        // An office's bulletin is a "خبرپاڼه" too.
        cue(Newsletter).weight(1.0).phrases(&["خبرپاڼ*"]),
        ask(App).phrases(&[
            "زموږ اپلیکیشن ډاونلوډ کړئ", "زموږ اپ ډاونلوډ کړئ", "زموږ اپلیکیشن ډاونلود کړئ", "زموږ موبایل اپلیکیشن",
            "زموږ اپلیکیشن نصب کړئ",
        ]),
        cue(App).phrases(&["زموږ اپلیکیشن", "زموږ اپ"]),
        ask(Cookie).phrases(&[
            "ټول کوکیز ومنئ", "د کوکیز تنظیمات", "د کوکي تنظیمات", "د کوکیز پالیسي", "د کوکي پالیسي",
        ]),
        // A privacy story quotes the consent's sentence too: with the cookies named.
        ask(Cookie).phrases(&["په کارولو سره تاسو د کوکیز", "په کارولو سره تاسو د کوکي"]),
        cue(Cookie).phrases(&["د دې ویبپاڼې په کارولو سره", "د دې وېبپاڼې په کارولو سره", "د دې ویب پاڼې په کارولو سره"]),
        // A story on data protection says what a site does ("ډېری ویبپاڼې کوکیز کاروي"): the
        // banner's own sentences at a block's start, the verb a cue.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "موږ کوکیز کاروو", "دا ویبپاڼه کوکیز کاروي", "دا وېبپاڼه کوکیز کاروي", "زموږ ویبپاڼه کوکیز کاروي",
            "دا ویب پاڼه کوکیز کاروي", "دا ویبسایټ کوکیز کاروي",
        ]),
        cue(Cookie).phrases(&["کوکیز کاروي", "کوکیز کارول"]),
        ask(Social).phrases(&[
            "موږ په ټولنیزو رسنیو کې تعقیب کړئ", "په ټولنیزو رسنیو کې موږ تعقیب کړئ", "زموږ یوټیوب چینل سبسکرایب کړئ",
            "زموږ د یوټیوب چینل سبسکرایب کړئ", "زموږ ټیلیګرام چینل ته ورګډ شئ", "زموږ واټساپ چینل ته ورګډ شئ", "لینک کاپي شو",
        ]),
        // "تعقیب" is also to pursue a case: the second person, on a short line.
        ask(Social).max_words(12).phrases(&["کې تعقیب کړئ", "کې موږ تعقیب کړئ"]),
        ask(Social).at(Start).max_words(10).phrases(&["موږ تعقیب کړئ", "موږ فالو کړئ", "دا خبر شریک کړئ", "دا مطلب شریک کړئ"]),
        label(Ad).phrases(&["اعلانونه", "سپانسر شوې منځپانګه", "تبلیغاتي منځپانګه", "سپانسر شوی مطلب"]),
        label(Ad).phrases(&["خبر له اعلان وروسته دوام لري", "کیسه له اعلان وروسته دوام لري", "مطلب له اعلان وروسته دوام لري"]),
        // A read-also line opens no story's sentence; "ډېر لوستل شوي کتابونه" (the most read
        // books) and "اړوند خبرونه ښيي" (related reports show) may: short lines for them, or
        // with the label's colon.
        line(Related).max_words(24).phrases(&[
            "دا هم ولولئ", "دا هم ولوله", "دا هم وګورئ", "نور ولولئ", "اړوند خبرونه:", "اړوند مطالب:", "اړوند لیکنې:",
            "اړوند:",
        ]),
        line(Related).max_words(6).phrases(&["تر ټولو ډېر لوستل شوي", "اړوند خبرونه", "اړوند مطالب", "اړوند لیکنې"]),
        // "اړوند" alone is also "concerned" ("اړوند چارواکي"): a line of its own only. A radio
        // schedule names its programmes "وروستي خبرونه", a book fair its "ډېر لوستل شوي
        // کتابونه": a line of their own, at an edge's weight.
        label(Related).phrases(&["نور ولولئ", "نور ولوله", "اړوند"]),
        label(Related).weight(EDGE_WEIGHT).phrases(&[
            "ډېر لوستل شوي", "ډیر لوستل شوي", "وروستي خبرونه", "نور خبرونه", "تازه خبرونه", "مهم خبرونه", "بل خبر", "تېر خبر",
        ]),
        // The bio's and the first-published line's formulas.
        ask(Credit).at(Start).max_words(40).phrases(&["دا لیکنه لومړی ځل", "دا مطلب لومړی ځل", "دا مقاله لومړی ځل"]),
        ask(Credit).max_words(40).phrases(&["د لیکوال شخصي نظر", "د لیکوال خپل نظر", "د لیکوال شخصي نظرونه", "د لیکوال خپل نظرونه"]),
        cue(Credit).phrases(&["خبریال دی", "خبریاله ده"]),
        line(Credit).max_words(10).phrases(&[
            "د انځور سرچینه", "انځور:", "انځورونه:", "ژباړه:", "ژباړن:", "لیکوال:", "لیکنه:", "راپور:", "خبریال:",
            "سرچینه:", "ویډیو:", "ایډیټر:",
        ]),
        chrome(Other).at(Any).max_words(20).phrases(&["ټول حقونه خوندي دي", "ټول حقوق خوندي دي"]),
        label_any().phrases(&[
            "بند کړئ", "نه، مننه", "نه مننه", "وروسته مې یاد کړئ", "ټول ومنئ", "رد کړئ", "ټول رد کړئ", "بسپنه ورکړئ",
            "بله اندازه", "لینک کاپي کړئ", "شریک کړئ",
        ]),
        // An interview's answer ("اوس نه."), a price table's "میاشتنی" / "کلنی", an exam's
        // "نوم لیکنه" subhead: a box's edge only.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "بندول", "اوس نه", "وروسته", "ومنئ", "دوام ورکړئ", "ملاتړ وکړئ", "ننوتل", "ننوځئ", "نوم لیکنه", "میاشتنی", "کلنی",
            "یو ځل", "پوه شوم", "سمه ده",
        ]),
        // The platforms of a share bar as Pashto sites write them (the `xx` pack has the Latin
        // and the Persian spellings).
        platform(Social).max_words(12).phrases(&[
            "فېسبوک", "ټیلیګرام", "ټېلیګرام", "واټساپ", "وټساپ", "انسټاګرام", "یوټیوب", "ټویټر", "ټوېټر", "ټیک ټاک",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["که تاسو زموږ کار ارزښتناک ګڼئ", "که زموږ کار مو خوښېږي", "که زموږ کار مو خوښیږي"]),
        // The outlet of itself; "خپلواکه رسنۍ" is also the media the authorities close, a
        // supporting word only.
        outlet(Donation).phrases(&[
            "خپلواکه رسنۍ", "خپلواکه او ناپېیلې رسنۍ", "ناپېیلې رسنۍ", "بې پرې رسنۍ", "د لوستونکو په ملاتړ",
            "له اعلانونو پرته", "د ټولو لپاره وړیا",
        ]),
        notice().phrases(&["سمون:", "د مدیر یادونه:", "د اډیټر یادونه:"]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, added,
        // stated, according to, told reporters), which no box uses.
        body().phrases(&[
            "وویل", "یې وویل", "ویلي دي", "زیاته کړه", "زیاته یې کړه", "څرګنده کړه", "یې څرګنده کړه", "په وینا", "له مخې",
            "خبریالانو ته وویل", "ټینګار وکړ", "ټینګار یې وکړ", "ادعا وکړه", "تایید کړه", "رد کړه", "خبرداری ورکړ",
            "اعلان وکړ", "وایي", "په یوه مرکه کې", "سره په خبرو کې", "په خبره", "په اعلامیه کې", "ویې ویل", "وویلې",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["د لیکوال په اړه", "د لیکوال نورې لیکنې", "د همدې لیکوال نورې لیکنې"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["لیکوال خپلواک خبریال", "لیکوال خبریال", "لیکوال ژورنالیست", "د دې لیکنې لیکوال"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["خپل نظر ولیکئ", "نظر ورکړئ", "نظرونه وګورئ", "د لوستونکو نظرونه", "خپل نظر شریک کړئ"]),
        // "نظرونه" is also views ("د خلکو نظرونه"): a count's short line.
        chrome(Other).part(Comments).weight(2.5).max_words(2).phrases(&["نظرونه"]),
        chrome(Other).part(Comments).max_words(15).phrases(&[
            "ستاسو د برېښنالیک پته نه خپرېږي", "ستاسو برېښنالیک به نه خپرېږي", "ستاسو بریښنالیک به نه خپریږي",
            "اړین ډګرونه په نښه شوي دي",
        ]),
        ask(Other).part(Comments).phrases(&["د نظرونو پالیسي", "د نظر ورکولو اصول"]),
        ask(Other).part(Disclaimer).phrases(&["په دې لیکنه کې څرګند شوي نظرونه", "د لیکوال شخصي نظر دی", "د لیکوال خپل نظر دی"]),
        cue(Other).part(Disclaimer).phrases(&["دریځ نه منعکسوي", "اړینه نه ده چې"]),
        chrome(Other).part(Navigation).max_words(3).phrases(&["بل مخ", "مخکنی مخ", "تېر مخ"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["تېروتنه راپور کړئ", "د تېروتنې راپور ورکړئ"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["منځپانګې ته ورشئ", "اصلي منځپانګې ته ورشئ", "منځپانګې ته لاړ شئ"]),
        ask(Other).part(Navigation).phrases(&["ستاسو براوزر زوړ دی", "ستاسو براوزر پخوانی دی"]),
        // Headings of related lists and share rows as CMS themes print them, the question over
        // a box, each a line of its own.
        label(Related).phrases(&["اړوند خبرونه", "اړوند مطالب", "اړوند لیکنې", "نورې لیکنې", "ستاسو لپاره وړاندیز شوي"]),
        label(Social).phrases(&["شریکول", "په فېسبوک کې شریک کړئ", "په واټساپ کې شریک کړئ", "لینک کاپي شو", "په برېښنالیک کې ولېږئ", "چاپ کړئ"]),
        // A read-aloud player's label.
        chrome(Other).max_words(5).phrases(&["دا خبر واورئ", "دا مطلب واورئ"]),
        // Paywall and meter formulas are above; the line under an ad slot is an ad's.
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["له اجازې پرته بیا خپرول منع دي", "د مطالبو کاپي کول منع دي"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["نظر ولېږئ", "نظر واستوئ", "نظرونه بند دي", "یو ځواب پرېږدئ"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["ارشیفي انځور", "آرشیفي انځور", "سمبولیک انځور", "د ټولنیزو رسنیو انځور", "سکرین شاټ"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["ویډیو وګورئ", "ویډیو پلې کړئ", "آډیو واورئ", "اوډیو واورئ"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["واورئ"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["غږ بند کړئ", "غږ پرانیزئ"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ټګونه", "ټګ", "کلیدي کلمې", "موضوعګانې"]),
        // A line of the bank details under an ask ("د حساب شمېره: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["د حساب شمېره", "د حساب شمیره", "د حساب نوم", "د بانک نوم", "د حساب خاوند"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["خپل برېښنالیک ولیکئ", "خپل بریښنالیک ولیکئ", "خبرپاڼې ته ګډون", "د برېښنالیک پته"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["برېښنالیک", "بریښنالیک"]),
        label(Subscription).phrases(&["پلانونه وګورئ", "پلان وټاکئ", "وړیا ازموینه پیل کړئ"]),
        // An election's banner reads "ګډون وکړئ" (take part): an edge only.
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["ګډون وکړئ", "گډون وکړئ"]),
        label(App).phrases(&["اپلیکیشن ډاونلوډ کړئ", "اپ ترلاسه کړئ", "په اپلیکیشن کې یې ولولئ", "له ګوګل پلې څخه ډاونلوډ کړئ"]),
        label(Donation).phrases(&["همدا اوس بسپنه ورکړئ", "میاشتنۍ بسپنه", "یو ځلي بسپنه", "اندازه ولیکئ", "مالي مرسته وکړئ"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "د ګډون په کولو سره", "په ګډون کولو سره تاسو", "تاسو کولی شئ هر وخت", "موږ ستاسو برېښنالیک له هیچا سره نه شریکوو",
            "زه د محرمیت له پالیسۍ سره موافق یم", "د تایید لپاره خپل برېښنالیک وګورئ",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ایا دا مطلب ګټور و", "ایا دا خبر ګټور و", "غواړئ نور داسې خبرونه ولولئ"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["انځورونه"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["انځوریز راپور", "بل انځور", "مخکنی انځور", "ټول انځورونه"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ژوندی"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ژوندۍ خپرونه", "تازه معلومات", "ژوندۍ ننداره"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["د لیک اندازه", "د فونټ اندازه", "خوندي کړئ"]),
        // The outlet's appeal by function: a thank-you that opens it, an amount of the
        // reader's choice.
        header(Donation).weight(2.5).max_words(12).phrases(&["د لوستلو مننه", "تر پایه د لوستلو مننه", "له لوستلو مو مننه"]),
        cue(Donation).weight(2.0).phrases(&["هر څومره چې کولی شئ", "لږه اندازه هم", "کوچنۍ بسپنه هم"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["زه ملاتړ کوم", "غواړم بسپنه ورکړم", "غواړم مرسته وکړم"]),
        label(Membership).phrases(&["غړی شئ", "زه غړی یم", "غواړم غړی شم"]),
        label(Subscription).phrases(&["غواړم ګډون وکړم", "زه دمخه ګډون لرم"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["دا هم ولولئ:", "دا هم ولولی:", "همدارنګه ولولئ:", "نور ولولئ:", "دا هم وګورئ:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ژوندۍ خپرونه وګورئ", "ژوندۍ خپرونه واورئ"]),
        ask(Social).max_words(30).phrases(&["زموږ د واټساپ چینل", "زموږ د ټیلیګرام چینل", "زمونږ واټساپ چینل"]),
        label(Social).phrases(&["چینل ته ورګډ شئ"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["خپل خبرونه موږ ته راولېږئ", "خپل خبرونه موږ ته واستوئ", "خپل انځورونه او ویډیوګانې موږ ته راولېږئ"]),
        label(Other).phrases(&["خبر راولېږئ", "خبر واستوئ"]),
        ask(Ad).max_words(35).phrases(&["خبریالانو ته اړتیا لرو", "زموږ له ټیم سره یوځای شئ"]),
    ],
    // "مو" (our, your) is also Persian "hair", "موږ" and "زموږ" written "مونږ", "زمونږ" in
    // Pakistan.
    we: &["موږ", "مونږ", "زموږ", "زمونږ"],
    // Pashto's polite register is the plural "تاسو" (also "تاسې"). The familiar "ته" is also
    // the postposition "to" in every other line, and "تا" Persian "until": the possessive and
    // the dative stand in for it.
    you: &["ستا", "تاته", "تا ته", "ستا لپاره", "تاسو", "تاسې", "تاسي", "ستاسو", "ستاسې", "ستاسي", "کولی شئ", "کولای شئ"],
};
