//! Urdu, in the Arabic script with the Urdu letters ی, ک, ہ, ھ, ے (U+06CC, U+06A9, U+06C1,
//! U+06BE, U+06D2), as news sites write it. The folded text reads the Arabic yeh and kaf as
//! ی and ک (see `fold_case`), so the phrases are written with those. The Persian and Arabic
//! packs come first in `ALL`; their pronouns ("تو") are theirs, and "حمایت" (support) is a
//! Persian concept stem too. "لیے" and "لئے" (for) are both written: formulas with it are
//! listed both ways.
//!
//! News shares the vocabulary: a minister says "ہماری مدد کریں" and a candidate "ہماری
//! حمایت کریں", a charity "عطیہ دیں", a union "رکن بنیں", and "سبسکرائبرز" are also a
//! channel's or a utility's customers. The imperatives open only a short block; anywhere only
//! forms no report holds ("عطیے کی رقم منتخب کریں", "ہمارا نیوز لیٹر", "ہماری ایپ ڈاؤن لوڈ کریں").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ur",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["پڑھنے کا وقت", "منٹ کا مطالعہ", "منٹ میں پڑھیں"]),
        header(Donation).max_words(14).phrases(&[
            "آزاد صحافت کی حمایت کریں", "آزاد صحافت کا ساتھ دیں",
        ]),
        // A candidate and a charity say these too ("ہمارا ساتھ دیں"): a heading of a few words only.
        header(Donation).max_words(7).phrases(&["ہمیں آپ کی مدد کی ضرورت ہے", "ہمیں آپ کے تعاون کی ضرورت ہے", "ہمارا ساتھ دیں"]),
        header(Donation).max_words(4).phrases(&["جانے سے پہلے", "جانے سے قبل"]),
        ask(Donation).weight(3.5).phrases(&[
            "عطیے کی رقم منتخب کریں", "رقم منتخب کریں", "اپنی رقم خود منتخب کریں", "ہمارے کام کی حمایت کریں",
            "ہمارے ادارے کی مالی مدد کریں", "آپ کا عطیہ ہماری مدد کرتا ہے", "آپ کا تعاون ہماری مدد کرتا ہے",
        ]),
        // A minister says "ہماری مدد کریں", a candidate "ہماری حمایت کریں", a charity "ہر عطیہ
        // اہم ہے": a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "ہماری حمایت کریں", "ہمیں سپورٹ کریں", "ہمیں عطیہ دیں", "عطیہ دیں", "عطیہ کریں",
            "ابھی عطیہ کریں", "ابھی عطیہ دیں", "ہر عطیہ اہم ہے", "ہمارے حامی بنیں", "ہماری صحافت کی حمایت کریں",
            "آزاد میڈیا کی حمایت کریں", "آج ہی ہمارا ساتھ دیں", "آج ہی ہماری مدد کریں",
        ]),
        // Flood victims hold up "help us" on a banner, and a report sets it as a line of its
        // own: a cue only.
        cue(Donation).phrases(&["ہماری مدد کریں"]),
        cue(Donation).phrases(&[
            "آپ کا تعاون", "آپ کے تعاون سے", "آپ کی حمایت", "آزاد صحافت", "ماہانہ عطیہ", "ایک بار عطیہ", "عطیے کی رقم",
        ]),
        cue(Donation).weight(0.5).phrases(&["عطیہ*", "عطیات*"]),
        salutation(Donation).max_words(6).phrases(&[
            "محترم قارئین", "پیارے قارئین", "معزز قارئین", "عزیز قارئین", "محترم قاری",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "کیا آپ کو یہ مضمون پسند آیا", "یہ مضمون پسند آیا", "یہ تحریر پسند آئی",
        ]),
        // "رکن بنیں" is also a union's or a party's call.
        ask(Membership).phrases(&["ہماری کمیونٹی کا حصہ بنیں", "ہماری کمیونٹی میں شامل ہوں"]),
        ask(Membership).at(Start).max_words(8).phrases(&["ہمارے رکن بنیں", "رکن بنیں", "ممبر بنیں", "رکنیت حاصل کریں"]),
        cue(Membership).weight(0.5).phrases(&["رکنیت*"]),
        ask(Subscription).phrases(&[
            "کسی بھی وقت منسوخ کر سکتے ہیں", "کسی بھی وقت منسوخ کریں", "آپ پہلے سے سبسکرائبر ہیں",
            "سبسکرپشن پلان منتخب کریں",
        ]),
        // A channel asks "ہمارا یوٹیوب چینل سبسکرائب کریں" in a report too: short blocks only.
        ask(Subscription).at(Start).max_words(10).phrases(&["سبسکرائب کریں", "ابھی سبسکرائب کریں", "سبسکرپشن حاصل کریں"]),
        cue(Subscription).phrases(&["ڈیجیٹل سبسکرپشن", "پہلا مہینہ مفت", "لامحدود رسائی"]),
        cue(Subscription).weight(0.5).phrases(&["سبسکرپشن*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "مکمل مضمون پڑھنے کے لیے", "مکمل مضمون پڑھنے کے لئے", "یہ مضمون صرف سبسکرائبرز کے لیے ہے",
            "یہ مضمون صرف سبسکرائبرز کے لئے ہے", "مفت مضامین کی حد", "مزید پڑھنے کے لیے لاگ ان کریں",
            "مزید پڑھنے کے لئے لاگ ان کریں",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["پڑھنا جاری رکھنے کے لیے", "پڑھنا جاری رکھنے کے لئے"]),
        cue(Paywall).phrases(&["صرف سبسکرائبرز کے لیے", "صرف سبسکرائبرز کے لئے"]),
        ask(Newsletter).phrases(&[
            "ہمارا نیوز لیٹر", "ہمارے نیوز لیٹر", "نیوز لیٹر سبسکرائب کریں", "آپ کے ان باکس میں",
            "سبسکرائب کرنے کا شکریہ", "کسی بھی وقت ان سبسکرائب",
        ]),
        // The police warn "اپنا ای میل ایڈریس کسی کو نہ دیں": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&["اپنا ای میل درج کریں", "اپنا ای میل ایڈریس درج کریں"]),
        cue(Newsletter).phrases(&["نیوز لیٹر", "آپ کا ای میل", "پرائیویسی پالیسی", "رازداری کی پالیسی"]),
        ask(App).phrases(&["ہماری ایپ ڈاؤن لوڈ کریں", "ہماری موبائل ایپ ڈاؤن لوڈ کریں", "ہماری ایپ انسٹال کریں"]),
        ask(App).at(Start).max_words(8).phrases(&["ایپ ڈاؤن لوڈ کریں"]),
        // The outlet's app by its name ("... نیوز کی ایپ ڈاؤن لوڈ کریں"). (Not the stores' names:
        // a story on fake apps names them too.)
        ask(App).max_words(20).phrases(&["کی ایپ ڈاؤن لوڈ کریں", "کی موبائل ایپ ڈاؤن لوڈ کریں"]),
        cue(App).phrases(&["ہماری ایپ", "ہماری موبائل ایپ"]),
        ask(Cookie).phrases(&["تمام کوکیز قبول کریں", "کوکیز کی ترتیبات", "کوکی سیٹنگز", "کوکیز پالیسی", "کوکی پالیسی"]),
        // Reports quote banners and regulators: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "ہم کوکیز استعمال کرتے ہیں", "یہ ویب سائٹ کوکیز استعمال کرتی ہے", "ہماری ویب سائٹ کوکیز استعمال کرتی ہے",
        ]),
        cue(Cookie).phrases(&["کوکیز استعمال"]),
        ask(Social).phrases(&[
            "ہمیں فیس بک پر فالو کریں", "ہمیں ٹوئٹر پر فالو کریں", "ہمارا واٹس ایپ چینل جوائن کریں",
            "ہمارا یوٹیوب چینل سبسکرائب کریں", "لنک کاپی ہو گیا", "واٹس ایپ چینل میں شامل ہوں", "واٹس ایپ چینل جوائن کریں",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["ہمیں فالو کریں", "یہ خبر شیئر کریں", "خبر شیئر کریں"]),
        label(Ad).phrases(&["اشتہار", "سپانسرڈ", "سپانسر شدہ مواد"]),
        line(Related).max_words(24).phrases(&[
            "یہ بھی پڑھیں", "مزید پڑھیں:", "متعلقہ خبریں", "مزید خبریں:", "سب سے زیادہ پڑھی جانے والی", "تازہ ترین خبریں:",
            "اس موضوع پر مزید",
        ]),
        line(Related).max_words(3).phrases(&["مزید خبریں", "تازہ ترین خبریں", "تازہ ترین"]),
        label(Related).phrases(&["مزید پڑھیں", "متعلقہ", "مقبول ترین"]),
        ask(Credit).max_words(40).phrases(&[
            "ادارے کا متفق ہونا ضروری نہیں", "ادارے کا تحریر سے متفق ہونا ضروری نہیں",
            "خیالات مصنف کے اپنے ہیں", "مصنف کی ذاتی رائے",
        ]),
        ask(Credit).max_words(40).phrases(&["ان سے رابطہ کیا جا سکتا ہے"]),
        label(Newsletter).phrases(&["نیوز لیٹر"]),
        ask(Credit).at(Start).max_words(40).phrases(&["مصنف صحافی ہیں", "مصنف سینئر صحافی ہیں", "مصنف سے رابطہ"]),
        line(Credit).max_words(10).phrases(&["مدیر اعلی:", "ایڈیٹر:", "رپورٹ:", "تصویر:", "تحریر:", "مصنف:", "ترجمہ:", "تصاویر:"]),
        chrome(Other).at(Any).max_words(12).phrases(&["جملہ حقوق محفوظ ہیں", "تمام حقوق محفوظ ہیں"]),
        label(Other).phrases(&["تبصرے", "تبصرہ کریں", "اپنی رائے دیں"]),
        label_any().phrases(&[
            "بند کریں", "ابھی نہیں", "نہیں، شکریہ", "بعد میں", "بعد میں یاد دلائیں", "قبول کریں", "مسترد کریں",
            "جاری رکھیں", "عطیہ کریں", "سبسکرائب", "لاگ ان", "رجسٹر کریں", "ماہانہ", "سالانہ", "ایک بار", "دیگر رقم",
            "لنک کاپی کریں", "سمجھ گیا", "شیئر کریں", "پرنٹ", "سب قبول کریں", "سب مسترد کریں", "عطیہ دیں", "سائن اپ", "سائن اپ کریں", "حمایت کریں",
        ]),
        // The platforms of a share bar, in the script of the page (the `xx` pack has the Latin names).
        platform(Social).max_words(12).phrases(&["فیس بک", "ٹوئٹر", "واٹس ایپ", "انسٹاگرام", "یوٹیوب", "ٹیلی گرام"]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["اگر آپ ہمارے کام کو اہم سمجھتے ہیں", "اگر آپ ہماری صحافت کو اہم سمجھتے ہیں"]),
        // A banner's own word, also in reports on data protection: a cue.
        cue(Cookie).phrases(&["کوکیز کا استعمال", "کوکیز"]),
        label_any().phrases(&["ٹھیک ہے", "ماہانہ تعاون"]),
        outlet(Donation).phrases(&[
            "آزاد میڈیا", "غیر منافع بخش", "اشتہارات کے بغیر", "قارئین کے تعاون سے", "سب کے لیے مفت", "سب کے لئے مفت", "قارئین کی مدد سے ممکن",
        ]),
        // The outlet of itself, a newsletter's "join", "follow us on social media", the support button.
        outlet(Donation).phrases(&["ہم اشتہارات پر انحصار نہیں کرتے"]),
        ask(Newsletter).phrases(&["نیوز لیٹر میں شامل ہوں", "ہمارے نیوز لیٹر میں شامل ہوں"]),
        ask(Social).phrases(&["ہمیں سوشل میڈیا پر فالو کریں"]),
        label_any().phrases(&["تعاون کریں"]),
        // A bio's "X is a reporter at" and the meter's free articles (news on paywalls says it
        // too): cues. A contact line ("Email: ...") is an office's notice too: no row.
        cue(Credit).phrases(&["کے نامہ نگار ہیں", "میں رپورٹر ہیں"]),
        cue(Paywall).phrases(&["مفت مضامین", "مفت مضمون باقی"]),
        // The meter: "you have read N of your free articles" (the numbers vary).
        ask(Paywall).max_words(20).phrases(&["مفت مضامین پڑھ چکے ہیں"]),
        notice().phrases(&["تصحیح:", "اپ ڈیٹ:"]),
        body().phrases(&["نے کہا", "نے نعرہ لگایا", "نے مطالبہ کیا", "کہا کہ", "بتایا کہ", "کا کہنا تھا", "کا کہنا ہے", "کے مطابق"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["مصنف کے بارے میں", "مصنف کا تعارف", "مصنف کی دیگر تحریریں", "اس مصنف کی مزید تحریریں"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["مصنف صحافی", "مصنف ایک", "مصنف سینئر صحافی"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["تبصرہ کریں", "اپنا تبصرہ لکھیں", "تبصرے دیکھیں", "قارئین کے تبصرے"]),
        ask(Other).part(Comments).phrases(&["تبصرے کی پالیسی"]),
        ask(Other).part(Disclaimer).phrases(&["مصنف کی ذاتی رائے", "ادارے کا متفق ہونا ضروری نہیں", "ادارے کا ان سے متفق ہونا ضروری نہیں", "ادارے کی پالیسی کی عکاسی"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["اگلا صفحہ", "پچھلا صفحہ", "غلطی کی نشاندہی"]),
        ask(Other).part(Navigation).phrases(&["آپ کا براؤزر پرانا ہے"]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["یہ بھی دیکھیں", "متعلقہ:", "اسے بھی پڑھیں"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["یہ بھی پڑھیے", "مزید پڑھیے", "متعلقہ مضامین", "مقبول خبریں", "اہم خبریں", "دیگر خبریں"]),
        header(Donation).max_words(12).phrases(&["کیا آپ کو یہ خبر پسند آئی"]),
        label(Social).phrases(&["شیئر", "فیس بک پر شیئر کریں", "شیئر کیجیے"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["خبر سنیں"]),
        chrome(Other).max_words(5).phrases(&["یہ خبر سنیں"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["یہ بھی پڑھیے:", "مزید پڑھیے:"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["مفت مضمون", "مفت آرٹیکل", "مفت آرٹیکلز", "مفت خبریں", "باقی مضامین", "مفت مضامین باقی"]),
        ask(Paywall).max_words(30).phrases(&["یہ آپ کا آخری مفت مضمون ہے", "آخری مفت مضمون", "آپ نے تمام مفت مضامین پڑھ لیے ہیں", "آپ مفت مضامین کی حد تک پہنچ گئے ہیں", "آپ کے مفت مضامین ختم ہو گئے ہیں"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["باقی مضمون سبسکرائبرز کے لیے", "مزید پڑھنے کے لیے سبسکرائب کریں"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["اشتہار کے بعد خبر جاری ہے", "خبر کا بقیہ حصہ اشتہار کے بعد", "کہانی اشتہار کے بعد جاری ہے", "مضمون اشتہار کے بعد جاری ہے", "اشتہار کے بعد پڑھنا جاری رکھیں", "سلسلہ جاری ہے", "خبر جاری ہے", "تحریر جاری ہے"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["سپانسرڈ مواد", "اشتہاری مواد", "تشہیری مواد", "اشتہاری فیچر", "پارٹنر مواد"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["ہمیں کمیشن مل سکتا ہے", "ہم کمیشن حاصل کر سکتے ہیں", "اس مضمون میں ایفیلیئٹ لنکس"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["جملہ حقوق بحق", "نقل کرنا منع ہے"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["نیوز لیٹر کو سبسکرائب کریں", "ہمارے نیوز لیٹر کے لیے سائن اپ کریں"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["ایپ ڈاؤنلوڈ کریں", "موبائل ایپ ڈاؤن لوڈ کریں", "ایپ انسٹال کریں"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["تبصرہ شامل کریں", "تبصرہ بھیجیں", "تبصرے بند ہیں"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["فائل فوٹو", "فائل تصویر", "اسکرین شاٹ", "اسکرین گریب", "سکرین گریب", "علامتی تصویر", "بشکریہ سوشل میڈیا", "ویڈیو گریب"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["ویڈیو چلائیں", "ویڈیو دیکھیں"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ٹیگز", "ٹیگ", "کلیدی الفاظ", "متعلقہ موضوعات"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["اکاؤنٹ ٹائٹل", "اکاؤنٹ نمبر", "اکاؤنٹ کا نام", "کھاتہ نمبر", "بینک کا نام", "برانچ کوڈ"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["ای میل ایڈریس", "سبسکرائب کیجیے", "ابھی سائن اپ کریں", "نیوز لیٹر کے لیے سائن اپ کریں", "اپنا ای میل لکھیں", "ای میل درج کریں"]),
        label(Subscription).phrases(&["آفرز دیکھیں", "پلان دیکھیں", "پلان منتخب کریں", "مفت ٹرائل شروع کریں", "لاگ ان کریں", "پہلے سے سبسکرائبر ہیں؟ لاگ ان کریں"]),
        label(App).phrases(&["app store سے ڈاؤن لوڈ کریں", "google play پر حاصل کریں", "ابھی ڈاؤن لوڈ کریں", "google play سے ڈاؤن لوڈ کریں", "ایپ حاصل کریں", "ایپ میں پڑھیں", "app store پر دستیاب"]),
        label(Donation).phrases(&["عطیہ کیجیے", "ماہانہ عطیہ دیں", "ایک بار عطیہ دیں", "ہر ماہ عطیہ دیں", "رقم درج کریں", "ہماری مالی مدد کریں"]),
        label(Social).phrases(&["واٹس ایپ پر شیئر کریں", "پرنٹ کریں", "ای میل کریں", "لنک کاپی کیجیے", "ٹوئٹر پر شیئر کریں", "ایکس پر شیئر کریں", "لنک کاپی ہوگیا", "ای میل کے ذریعے بھیجیں"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["سبسکرائب کر کے آپ", "سائن اپ کر کے، آپ", "آپ کسی بھی وقت ان سبسکرائب کر سکتے ہیں", "ہم آپ کا ای میل کسی کے ساتھ شیئر نہیں", "میں پرائیویسی پالیسی سے متفق ہوں", "تصدیق کے لیے اپنا ان باکس چیک کریں"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["یہ خبر پسند آئی", "کوئی خبر مس نہیں کرنا چاہتے", "ایسی مزید خبریں چاہتے ہیں", "یہ مضمون کیسا لگا", "کیا یہ خبر مفید تھی", "مزید ایسی خبریں پڑھنا چاہتے ہیں"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["نے بتایا", "نے مزید کہا", "نے وضاحت کی", "نے زور دیا", "پر زور دیا", "نے اعلان کیا", "نے تصدیق کی", "نے دعویٰ کیا", "نے تردید کی", "نے اعتراف کیا", "نے خبردار کیا", "نے یاد دلایا", "نے جواب دیا", "نے سوال کیا", "نے پوچھا", "نے لکھا", "نے رپورٹ کیا", "نے انکشاف کیا", "نے الزام عائد کیا", "نے الزام لگایا", "صحافیوں سے گفتگو", "صحافیوں سے بات کرتے ہوئے", "میڈیا سے گفتگو کرتے ہوئے", "انٹرویو دیتے ہوئے", "انٹرویو میں", "اپنے بیان میں", "نے نشاندہی کی", "نے واضح کیا", "نے کہا تھا"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["گیلری"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["فوٹو گیلری", "اگلی تصویر", "پچھلی تصویر", "تمام تصاویر", "فل اسکرین"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["لائیو"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["براہ راست", "لائیو دیکھیں", "اپ ڈیٹ"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["لائیو اپ ڈیٹس", "براہ راست نشریات"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["محفوظ کریں", "فونٹ سائز"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["سنیے"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["موقوف کریں", "خاموش کریں", "آٹو پلے", "سب ٹائٹلز"]),
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["پلے بیک کی رفتار"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["یہ تحریر آپ کو کیسی لگی", "آپ کو یہ خبر کیسی لگی", "کیا یہ مضمون مفید تھا"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["پڑھنے کا شکریہ", "آخر تک پڑھنے کا شکریہ", "تحریر پڑھنے کا شکریہ", "یہاں تک پڑھنے کا شکریہ", "مضمون پڑھنے کا شکریہ"]),
        cue(Donation).weight(2.0).phrases(&["جتنا ہو سکے", "کوئی بھی رقم", "چھوٹی سی رقم بھی"]),
        cue(Subscription).phrases(&["ای پیپر پڑھیں", "ڈیجیٹل ایڈیشن"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["میں عطیہ دینا چاہتا ہوں", "میں حمایت کرتا ہوں", "میں مدد کرنا چاہتا ہوں"]),
        label(Membership).phrases(&["میں ممبر بننا چاہتا ہوں", "میں پہلے سے ممبر ہوں"]),
        label(Subscription).phrases(&["میں سبسکرائب کرنا چاہتا ہوں"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["یہ بھی پڑھیں:", "اسے بھی پڑھیں:", "یہ بھی دیکھیں:", "یہ بھی دیکھیے:", "متعلقہ خبریں:", "متعلقہ مضامین:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["لائیو ٹی وی", "لائیو سنیں"]),
        ask(Social).max_words(30).phrases(&["ہمارے واٹس ایپ چینل کو فالو کریں", "ہمارا ٹیلی گرام چینل جوائن کریں", "ہمارے ٹیلی گرام چینل میں شامل", "ہمیں واٹس ایپ پر فالو کریں"]),
        label(Social).phrases(&["چینل جوائن کریں", "ابھی جوائن کریں"]),
        line(Subscription).max_words(10).phrases(&["آج کا اخبار پڑھیں", "ای پیپر دیکھیں"]),
        label(Subscription).phrases(&["ای پیپر", "ای-پیپر", "e-paper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["تبصروں سے متفق ہونا ضروری نہیں", "نامناسب تبصرے شائع نہیں کیے جائیں گے"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["اپنی خبریں ہمیں بھیجیں", "ہمیں خبر بھیجیں", "اپنی تصاویر اور ویڈیوز ہمیں بھیجیں", "اپنے علاقے کی خبریں ہمیں بھیجیں"]),
        label(Other).phrases(&["خبر بھیجیں", "اپنی خبر بھیجیں"]),
        label(Ad).phrases(&["ٹکٹ خریدیں", "ابھی رجسٹر کریں"]),
        ask(Ad).max_words(35).phrases(&["نمائندگان کی ضرورت ہے", "رپورٹرز کی ضرورت ہے", "ہماری ٹیم کا حصہ بنیں"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ضروری خانوں کو", "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا"]),
        label(Other).part(Comments).phrases(&["جواب منسوخ کریں", "تبصرہ شائع کریں", "اپنا تبصرہ بھیجیں"]),
    ],
    we: &["ہم", "ہمیں", "ہمارا", "ہماری", "ہمارے"],
    // "تو" is the Persian pack's.
    you: &["تم", "تمہارا", "تمہاری", "تمہیں", "تجھے", "آپ", "آپ کا", "آپ کی", "آپ کے", "آپ کو"],
};
