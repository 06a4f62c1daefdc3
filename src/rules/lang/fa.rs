//! Persian (Farsi), in the Arabic script with the Persian letters ی and ک (U+06CC, U+06A9), as
//! news sites write it. The Arabic pack comes first in `ALL` and holds the words the two
//! languages spell alike ("قبول", "مستقل"): this pack's phrases are Persian forms. The
//! half-space (ZWNJ, U+200C) joins prefixes and plurals ("می‌کنیم", "کوکی‌ها"); pages also
//! write a plain space there, so the formulas that matter most are listed both ways.
//!
//! Iranian news calls utility and telephone customers "مشترکان" (subscribers) and reports
//! that officials wrote "در کانال تلگرام خود": neither is an ask. The 2nd person plural
//! imperative ("حمایت کنید", "مشترک شوید", "بپیوندید") is also the polite singular, and a
//! speaker quoted in a report may use it ("به ما کمک کنید"): bare forms open only a short
//! block; anywhere only forms no report holds ("حمایت مالی از ما", "خبرنامه ما").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "fa",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "از ما حمایت کنید", "حمایت از روزنامه‌نگاری مستقل", "حمایت از روزنامه نگاری مستقل",
            "به حمایت شما نیاز داریم", "ما به حمایت شما نیاز داریم", "پیش از آنکه بروید", "قبل از اینکه بروید",
            "پیش از رفتن", "حامی ما باشید",
        ]),
        // Reports quote asks without a reporting verb (a candidate's «ما به حمایت شما نیاز داریم»,
        // a charity's "هر مبلغی که بتوانید", a union's "از روزنامه‌نگاری مستقل حمایت کنید"): the
        // asks of this pack stand at the start of a block (a line of a box), but for a form's
        // own wording ("مبلغ کمک خود را انتخاب کنید").
        ask(Donation).weight(3.5).phrases(&["مبلغ کمک خود را انتخاب کنید", "مبلغ حمایت خود را انتخاب کنید"]),
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "به ما کمک مالی کنید", "از روزنامه‌نگاری مستقل حمایت کنید",
            "از روزنامه نگاری مستقل حمایت کنید", "از رسانه مستقل حمایت کنید",
            "به حامیان ما بپیوندید", "همین حالا حمایت کنید", "همین امروز حمایت کنید", "هر مبلغی که بتوانید",
            "هر کمکی هر چقدر کوچک", "هر کمکی، هر چقدر کوچک",
            "ما به حمایت شما نیاز داریم", "به حمایت شما نیاز داریم", "به حمایت مالی شما نیاز داریم",
        ]),
        // A quoted speaker says these too ("به ما کمک کنید", flood victims; protesters shout
        // «از ما حمایت کنید!», a candidate «حامی ما باشید»): a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "از ما حمایت کنید", "لطفا از ما حمایت کنید", "از ما پشتیبانی کنید", "به ما کمک کنید", "حامی ما شوید", "حامی ما باشید", "حمایت کنید", "حمایت مالی کنید", "کمک مالی کنید", "اکنون حمایت کنید",
        ]),
        cue(Donation).phrases(&[
            "حمایت شما", "حمایت مالی شما", "کمک مالی شما", "کمک‌های شما", "کمک های شما", "با حمایت شما",
            "روزنامه‌نگاری مستقل", "روزنامه نگاری مستقل", "کار ما", "حمایت ماهانه", "کمک ماهانه", "کمک یک‌باره",
            "کمک یکباره", "حمایت مالی از ما", "کمک مالی به ما", "با حمایت شما ادامه می‌دهیم",
            "با حمایت شما ادامه می دهیم",
        ]),
        cue(Donation).weight(0.5).phrases(&["حمایت*", "کمک مالی*"]),
        salutation(Donation).max_words(6).phrases(&[
            "خوانندگان گرامی", "خواننده گرامی", "خوانندگان عزیز", "خواننده عزیز", "مخاطبان گرامی", "مخاطب گرامی",
            "مخاطبان عزیز",
            // With the ezafe's hamza over the final he, as formal Persian writes it.
            "خوانندهٔ گرامی", "خوانندهٔ عزیز",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "از این مطلب لذت بردید", "این مطلب را پسندیدید", "اگر این مطلب را دوست داشتید",
        ]),
        ask(Membership).at(Start).max_words(40).phrases(&[
            "به جامعه ما بپیوندید", "عضو باشگاه ما شوید", "به جمع اعضای ما بپیوندید", "همین حالا عضو شوید",
        ]),
        ask(Membership).at(Start).max_words(20).phrases(&["عضو شوید", "به ما بپیوندید", "عضویت ویژه"]),
        cue(Membership).phrases(&["حق عضویت", "اعضای ما"]),
        ask(Subscription).at(Start).max_words(40).phrases(&[
            "همین حالا مشترک شوید", "اکنون مشترک شوید", "قبلا مشترک شده‌اید",
            "قبلا مشترک شده اید", "اشتراک خود را تمدید کنید", "اشتراک خود را انتخاب کنید",
            "هر زمان که بخواهید لغو کنید", "در هر زمان قابل لغو است",
        ]),
        ask(Subscription).at(Start).max_words(20).phrases(&["مشترک شوید", "خرید اشتراک", "اشتراک بخرید"]),
        // "مشترکان" are also a utility's customers ("مشترکان برق").
        cue(Subscription).phrases(&["اشتراک دیجیتال", "ماه اول رایگان", "طرح‌های اشتراک", "ویژه مشترکان", "دسترسی نامحدود"]),
        cue(Subscription).weight(0.5).phrases(&["اشتراک*"]),
        // A letter quoted in a report may say "to read the rest, go to the site".
        ask(Paywall).weight(3.5).at(Start).max_words(25).phrases(&[
            "برای خواندن ادامه مطلب", "برای خواندن ادامه این مطلب", "برای مطالعه ادامه مطلب", "برای مطالعه کامل این مطلب",
            "برای خواندن کامل این مطلب",
        ]),
        ask(Paywall).weight(3.5).phrases(&["مطلب رایگان شما", "مطالب رایگان شما"]),
        ask(Paywall).weight(3.5).at(Start).max_words(40).phrases(&[
            "این مطلب ویژه مشترکان است", "این مطلب فقط برای مشترکان است", "وارد حساب کاربری خود شوید",
            "برای ادامه مطالعه وارد شوید",
        ]),
        ask(Newsletter).phrases(&[
            "مستقیم در صندوق ایمیل شما", "ثبت‌نام شما با موفقیت انجام شد", "ثبت نام شما با موفقیت انجام شد",
        ]),
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "خبرنامه ما", "در خبرنامه ما عضو شوید", "عضو خبرنامه شوید", "در خبرنامه عضو شوید", "مشترک خبرنامه شوید",
            "ثبت‌نام در خبرنامه", "ثبت نام در خبرنامه", "عضویت در خبرنامه", "ایمیل خود را وارد کنید",
            "آدرس ایمیل خود را وارد کنید", "نشانی ایمیل خود را وارد کنید", "هر زمان می‌توانید اشتراک خود را لغو کنید",
            "هر زمان می توانید اشتراک خود را لغو کنید",
        ]),
        // "خبرنامه" is also an office's bulletin ("خبرنامه داخلی").
        cue(Newsletter).phrases(&["ایمیل شما", "آدرس ایمیل شما", "سیاست حفظ حریم خصوصی", "حریم خصوصی"]),
        cue(Newsletter).weight(0.5).phrases(&["خبرنامه*"]),
        ask(App).at(Start).max_words(40).phrases(&[
            "اپلیکیشن ما را دانلود کنید", "اپلیکیشن ما را نصب کنید", "اپ ما را دانلود کنید", "برنامه ما را نصب کنید",
            "اپلیکیشن ما را دریافت کنید",
        ]),
        ask(App).at(Start).max_words(10).phrases(&["دانلود اپلیکیشن", "دریافت اپلیکیشن", "نصب اپلیکیشن"]),
        cue(App).phrases(&["اپلیکیشن ما", "اپلیکیشن"]),
        // A company's statement quoted in a report: "we use cookies, but sell no data".
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "ما از کوکی‌ها استفاده می‌کنیم", "ما از کوکی ها استفاده می کنیم", "از کوکی‌ها استفاده می‌کنیم",
            "از کوکی ها استفاده می کنیم",
        ]),
        ask(Cookie).phrases(&[
            "این وب‌سایت از کوکی‌ها استفاده می‌کند", "این وب سایت از کوکی ها استفاده می کند",
            "این سایت از کوکی‌ها استفاده می‌کند", "این سایت از کوکی ها استفاده می کند", "این سایت از کوکی استفاده می‌کند",
            "تنظیمات کوکی", "سیاست کوکی", "استفاده از کوکی‌ها را می‌پذیرید", "پذیرش همه کوکی‌ها",
        ]),
        cue(Cookie).phrases(&["کوکی‌ها", "کوکی ها", "کوکی", "استفاده از کوکی‌ها"]),
        ask(Social).phrases(&["لینک کپی شد"]),
        ask(Social).at(Start).max_words(40).phrases(&[
            "ما را در اینستاگرام دنبال کنید", "ما را در تلگرام دنبال کنید", "ما را در توییتر دنبال کنید",
            "ما را در ایکس دنبال کنید", "ما را در شبکه‌های اجتماعی دنبال کنید", "ما را در شبکه های اجتماعی دنبال کنید",
            "ما را در یوتیوب دنبال کنید", "به کانال تلگرام ما بپیوندید",
        ]),
        // The police ask readers to share a missing child's picture; a ministry says its
        // Telegram channel was hacked.
        ask(Social).at(Start).max_words(12).phrases(&[
            "ما را دنبال کنید", "به اشتراک بگذارید", "این مطلب را به اشتراک بگذارید", "عضو کانال ما شوید",
        ]),
        cue(Social).phrases(&["کانال تلگرام ما"]),
        label(Ad).phrases(&["تبلیغات", "آگهی", "رپورتاژ آگهی", "رپورتاژ", "محتوای حمایت‌شده", "محتوای اسپانسری"]),
        line(Related).max_words(24).phrases(&[
            "بیشتر بخوانید", "همچنین بخوانید", "مطالب مرتبط", "اخبار مرتبط", "مطلب مرتبط", "مطالب پیشنهادی",
            "اخبار پیشنهادی", "پربازدیدترین‌ها", "پربازدیدترین ها", "پربیننده‌ترین‌ها", "بخوانید:",
        ]),
        // "در همین زمینه" opens news sentences ("در همین زمینه، وزیر گفت"): whole block only.
        label(Related).phrases(&[
            "مطالب مرتبط", "اخبار مرتبط", "پربازدیدترین", "پربازدیدترین‌ها", "آخرین اخبار", "در همین زمینه",
            "پیشنهاد سردبیر", "داغ‌ترین اخبار", "مطالب بیشتر",
        ]),
        // "مطلب" is also "the matter" ("this matter was first reported in a blog"): the
        // first-published line at a block's start only.
        ask(Credit).at(Start).max_words(40).phrases(&[
            "این مطلب نخستین بار", "این مطلب نخستین‌بار", "این مقاله نخستین بار", "این مقاله نخستین‌بار",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "لزوما بیانگر دیدگاه", "لزوما بازتاب‌دهنده دیدگاه",
        ]),
        line(Credit).max_words(10).phrases(&[
            "عکس از:", "عکاس:", "مترجم:", "ترجمه:", "ویراستار:", "تهیه و تنظیم:", "گردآوری:", "منبع عکس:",
        ]),
        chrome(Other).max_words(10).phrases(&["کلیه حقوق محفوظ است", "تمامی حقوق محفوظ است", "همه حقوق محفوظ است",]),
        // The rights line that names the site and goes on to the terms of reuse ("کلیه حقوق این سایت
        // محفوظ است. استفاده از مطالب با ذکر منبع بلامانع است.").
        chrome(Other).max_words(20).phrases(&["کلیه حقوق این سایت", "تمامی حقوق این سایت"]),
        label(Other).phrases(&["دیدگاه‌ها", "نظرات", "ارسال نظر"]),
        label_any().phrases(&[
            "بستن", "بعدا", "الان نه", "اکنون نه", "نه، ممنون", "نه ممنون", "نه، متشکرم", "بعدا یادآوری کن",
            "پذیرفتن", "موافقم", "رد کردن", "رد همه", "پذیرش همه", "قبول همه", "ادامه", "اشتراک‌گذاری",
            "اشتراک گذاری", "چاپ", "ذخیره", "ورود", "ثبت‌نام", "ثبت نام", "عضویت", "حمایت", "حمایت کنید", "کمک مالی",
            "ماهانه", "یک‌باره", "یکباره", "سالانه", "مبلغ دلخواه", "مبلغ دیگر", "ادامه مطلب", "کپی لینک", "متوجه شدم",
            "تنظیمات", "مشترک شوید", "بیشتر بخوانید",
        ]),
        outlet(Donation).phrases(&[
            "رسانه مستقل", "رسانه‌ای مستقل", "رسانه ای مستقل", "غیرانتفاعی", "بدون تبلیغات", "بدون آگهی",
            "با حمایت خوانندگان", "با حمایت مخاطبان", "متکی به حمایت مخاطبان", "رایگان برای همه",
        ]),
        notice().phrases(&["اصلاحیه:", "به‌روزرسانی:"]),
        body().phrases(&[
            "گفت", "افزود", "اظهار کرد", "تصریح کرد", "اعلام کرد", "به گزارش", "به گفته", "خاطرنشان کرد", "ادامه داد",
            "گفته است",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["درباره نویسنده", "درباره‌ی نویسنده", "دیگر مطالب نویسنده", "مطالب دیگر این نویسنده"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["نویسنده روزنامه‌نگار", "نویسنده پژوهشگر", "نویسنده این مطلب"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["پرش به محتوا", "رفتن به محتوا", "پرش به محتوای اصلی"]),
        // A theme's skip links name any part of the page ("پرش به منوی اصلی", to the main
        // menu; "پرش به جستجو", to the search): the link's verb at a short line's start.
        chrome(Other).part(Navigation).at(Start).max_words(5).phrases(&["پرش به"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["ارسال نظر", "دیدگاه خود را بنویسید", "نظر خود را بنویسید", "نظرات خوانندگان", "مشاهده نظرات"]),
        ask(Other).part(Comments).phrases(&["برای ارسال نظر", "نظرات پس از تایید", "نظرات پس از تأیید", "قوانین ارسال نظر"]),
        ask(Other).part(Disclaimer).phrases(&["دیدگاه نویسنده است"]),
        cue(Other).part(Disclaimer).phrases(&["بیانگر دیدگاه", "لزوما بازتاب", "لزوما دیدگاه"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["صفحه بعد", "صفحه قبل", "گزارش خطا"]),
        ask(Other).part(Navigation).phrases(&["مرورگر شما قدیمی است"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Persian
        // sites share, the polite plural ("حمایت کنید") and the familiar singular ("حمایت کن",
        // colloquial "حمایتمون کنید"), with and without the half-space. Imperatives open a
        // short block only, as above.
        ask(Donation).weight(3.5).phrases(&[
            "مبلغ حمایت را انتخاب کنید", "مبلغ کمک را انتخاب کنید", "روزنامه‌نگاری مستقل هزینه دارد", "روزنامه نگاری مستقل هزینه دارد",
            "بدون حمایت شما نمی‌توانیم", "بدون حمایت شما نمی توانیم",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "از ما حمایت مالی کنید", "حامی مالی ما شوید", "همین حالا کمک کنید", "اکنون کمک کنید", "از ما حمایت کن", "به ما کمک کن",
            "حمایتمون کنید", "ازمون حمایت کنید", "دونیت کنید", "به رسانه مستقل کمک کنید",
        ]),
        cue(Donation).phrases(&[
            "مبلغ حمایت", "حمایت یک‌باره", "حمایت یکباره", "پرداخت ماهانه", "با کمک شما", "بدون حمایت شما", "مستقل ماندن",
        ]),
        ask(Membership).at(Start).max_words(20).phrases(&[
            "عضو باشگاه خوانندگان شوید", "عضو ویژه شوید", "به جمع حامیان ما بپیوندید", "همین امروز عضو شوید",
        ]),
        cue(Membership).phrases(&["مزایای عضویت", "ویژه اعضا", "باشگاه خوانندگان"]),
        ask(Subscription).at(Start).max_words(20).phrases(&[
            "تهیه اشتراک", "اشتراک تهیه کنید", "اشتراک ویژه بخرید", "حساب کاربری دارید",
            "قبلا ثبت نام کرده اید", "قبلا ثبت‌نام کرده‌اید",
        ]),
        cue(Subscription).phrases(&["اشتراک ماهانه", "اشتراک سالانه", "اشتراک ویژه", "اشتراک ویژه بخرید"]),
        cue(Subscription).weight(0.5).phrases(&["اشتراک تهیه کنید", "اشتراک خبرنامه"]),
        ask(Paywall).weight(3.5).at(Start).max_words(25).phrases(&[
            "برای مشاهده ادامه مطلب", "برای خواندن این مطلب", "برای دسترسی به این مطلب", "مشترک شوید تا",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "این محتوا ویژه مشترکان است", "ادامه مطلب ویژه مشترکان", "به سقف مطالب رایگان رسیده‌اید", "به سقف مطالب رایگان رسیده اید",
            "تعداد مطالب رایگان شما",
        ]),
        cue(Paywall).phrases(&["مطالب رایگان", "محتوای ویژه"]),
        ask(Newsletter).phrases(&[
            "خبرنامه هفتگی ما", "خبرنامه روزانه ما", "خبرنامه ایمیلی ما", "مستقیم به ایمیل شما", "به صندوق ایمیل شما",
            "از ثبت‌نام شما سپاسگزاریم", "از ثبت نام شما سپاسگزاریم", "از عضویت شما در خبرنامه",
        ]),
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "در خبرنامه ثبت‌نام کنید", "در خبرنامه ثبت نام کنید", "اشتراک خبرنامه", "برای دریافت خبرنامه",
        ]),
        cue(Newsletter).phrases(&["لغو اشتراک", "خبرنامه ایمیلی"]),
        ask(App).phrases(&["در اپلیکیشن بخوانید", "در اپ بخوانید", "اپلیکیشن ما را از", "نسخه اندروید ما"]),
        ask(App).at(Start).max_words(10).phrases(&[
            "دانلود اپ", "نصب اپ", "دریافت اپ", "دریافت از کافه بازار", "دریافت از کافه‌بازار", "دانلود از کافه بازار",
            "دانلود از گوگل پلی", "دانلود از مایکت", "اعلان‌ها را فعال کنید", "اعلان ها را فعال کنید",
        ]),
        cue(App).phrases(&["کافه بازار", "کافه‌بازار", "مایکت", "گوگل پلی", "اپ استور"]),
        ask(Cookie).phrases(&[
            "این سایت از کوکی استفاده می کند", "این وب‌سایت از کوکی استفاده می‌کند", "این وب سایت از کوکی استفاده می کند",
            "وب‌سایت ما از کوکی‌ها", "وب سایت ما از کوکی ها", "با ادامه استفاده از این سایت", "با ادامه استفاده از سایت",
            "با ادامه مرور", "پذیرش کوکی‌ها", "پذیرش کوکی ها", "پذیرش همه کوکی ها", "تنظیمات کوکی‌ها", "تنظیمات کوکی ها",
            "مدیریت کوکی‌ها", "مدیریت کوکی ها",
        ]),
        ask(Social).phrases(&[
            "صفحه ما در اینستاگرام", "کانال ما در تلگرام", "کانال ما در یوتیوب",
        ]),
        ask(Social).at(Start).max_words(15).phrases(&[
            "در اینستاگرام دنبال کنید", "در شبکه‌های اجتماعی همراه ما باشید", "در شبکه های اجتماعی همراه ما باشید",
            "همراه ما باشید", "اشتراک‌گذاری در", "اشتراک گذاری در", "این مطلب را برای دوستان خود بفرستید", "ارسال به دوستان",
        ]),
        label(Social).phrases(&["لینک کوتاه", "کپی شد", "کپی لینک کوتاه"]),
        line(Related).max_words(24).phrases(&[
            "مطالب مشابه", "اخبار مشابه", "اخبار مرتبط:", "پیشنهاد سردبیر", "همچنین ببینید", "ببینید:", "داغ‌ترین‌ها", "پربحث‌ترین‌ها",
            "پربحث ترین ها", "پرخواننده‌ترین‌ها", "پرخواننده ترین ها", "مطالب پربازدید", "اخبار پربازدید",
        ]),
        line(Related).max_words(4).phrases(&["پیشنهاد ما", "خبر بعدی", "خبر قبلی", "مطلب بعدی", "مطلب قبلی", "سایر اخبار", "دیگر اخبار", "آخرین مطالب", "اخبار داغ"]),
        label(Related).phrases(&[
            "مطالب مشابه", "اخبار مشابه", "سایر اخبار", "پربحث‌ترین", "پربحث ترین", "مطلب بعدی", "مطلب قبلی", "خبر بعدی", "خبر قبلی",
            "همچنین بخوانید", "اخبار داغ", "پربازدیدترین ها", "آخرین مطالب",
        ]),
        line(Credit).max_words(10).phrases(&["عکس:", "تصویر:", "منبع:", "خبرنگار:", "گزارش:", "نویسنده:", "ترجمه و تنظیم:", "ویرایش:"]),
        chrome(Other).max_words(10).phrases(&["کد خبر", "کد مطلب", "شناسه خبر", "زمان مطالعه"]),
        label_any().phrases(&[
            "باشه", "تایید", "تأیید", "انصراف", "فعلا نه", "اکنون حمایت کنید", "حمایت ماهانه",
            "کمک یک‌باره", "کمک یکباره", "کمک ماهانه", "عضو شوید", "ثبت‌نام کنید", "ثبت نام کنید", "دانلود اپلیکیشن",
            "قبول دارم", "پذیرش همه کوکی‌ها", "فقط کوکی‌های ضروری", "ذخیره تنظیمات", "بیشتر بدانید",
        ]),
        outlet(Donation).phrases(&[
            "مستقل و غیرانتفاعی", "بدون وابستگی به دولت", "به هیچ دولتی وابسته نیست", "به هیچ حزب و دولتی وابسته نیست",
            "از هیچ دولتی پول نمی‌گیریم", "از هیچ دولتی پول نمی گیریم", "تبلیغات نمی‌پذیریم", "تبلیغات نمی پذیریم",
            "آگهی نمی‌پذیریم", "با کمک خوانندگان", "با حمایت مالی خوانندگان", "متکی به خوانندگان", "برای همه رایگان",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["نوشته‌های مرتبط", "نوشته های مرتبط", "پست‌های مرتبط", "مقالات مرتبط", "مقالات مشابه", "نوشته‌های مشابه", "نوشته‌های تازه", "آخرین نوشته‌ها", "ممکن است دوست داشته باشید"]),
        header(Donation).max_words(12).phrases(&["آیا این مطلب برای شما مفید بود", "آیا این مطلب مفید بود", "آیا این مقاله مفید بود", "از این مقاله لذت بردید"]),
        label(Social).phrases(&["به اشتراک گذاری", "به اشتراک‌گذاری"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["نسخه صوتی"]),
        chrome(Other).max_words(5).phrases(&["شنیدن این مطلب"]),
        chrome(Other).max_words(6).phrases(&["این مطلب را بشنوید"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["لغو پاسخ", "فرستادن دیدگاه"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["دیدگاهتان را بنویسید"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["بخش‌های موردنیاز علامت‌گذاری شده‌اند"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["نشانی ایمیل شما منتشر نخواهد شد"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["بشنوید:", "مرتبط:", "در همین زمینه:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["دقیقه مطالعه"]),
        line(Other).max_words(45).phrases(&["این مطلب بخشی از", "این گزارش بخشی از مجموعه", "این مقاله بخشی از مجموعه", "این مطلب با حمایت", "این مطلب در چارچوب"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["مقاله رایگان", "مقاله‌ی رایگان", "مقاله‌های رایگان", "مقاله های رایگان", "مقالات رایگان", "مطلب رایگان", "مقاله رایگان باقی مانده", "مقاله باقی مانده"]),
        ask(Paywall).max_words(30).phrases(&["این آخرین مقاله رایگان شماست", "آخرین مقاله رایگان شما", "شما به سقف مقالات رایگان رسیده‌اید", "شما همه مقالات رایگان را خوانده‌اید", "سهمیه مقالات رایگان شما تمام شده است", "مقالات رایگان شما به پایان رسیده است"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["ادامه مطلب برای مشترکان", "فقط برای مشترکان", "برای ادامه مطالعه"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["ادامه مطلب بعد از تبلیغ", "ادامه مطلب پس از آگهی", "ادامه مطلب زیر تبلیغ", "ادامه خبر پس از تبلیغ", "ادامه خبر بعد از تبلیغ", "ادامه مقاله پس از تبلیغ", "ادامه مطلب را در زیر بخوانید"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["رپرتاژ آگهی", "محتوای حمایت شده", "محتوای تبلیغاتی", "مطلب تبلیغاتی", "آگهی تبلیغاتی", "محتوای پولی"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["ممکن است کمیسیون دریافت کنیم", "ما کمیسیون دریافت می‌کنیم", "این مطلب شامل لینک‌های همکاری در فروش است", "لینک همکاری در فروش"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["کلیه حقوق مادی و معنوی", "تمامی حقوق این سایت", "استفاده از مطالب با ذکر منبع آزاد است", "نقل مطالب با ذکر منبع", "بازنشر مطالب"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["اپلیکیشن را دانلود کنید"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["ارسال دیدگاه", "ثبت دیدگاه", "نظرات کاربران", "نمایش نظرات", "بخش نظرات بسته است"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["عکس آرشیوی", "تصویر آرشیوی", "عکس از آرشیو", "عکس تزئینی", "عکس تزیینی", "تصویر تزئینی", "تصویر تزیینی", "عکس تصویری"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["پخش ویدیو", "پخش‌کنندهٔ ویدیو", "پخش‌کنندهٔ صوت"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["پخش کننده ویدیو", "پایان پنجرهٔ محاوره‌ای", "پخش کننده صدا"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["برچسب‌ها", "برچسب ها", "برچسب", "کلیدواژه‌ها", "کلید واژه ها", "تگ‌ها"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["شماره حساب", "شماره کارت", "شماره شبا", "صاحب حساب", "نام صاحب حساب", "نام بانک"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["اشتراک در خبرنامه", "ایمیل خود را وارد نمایید", "نشانی ایمیل", "آدرس ایمیل"]),
        label(Subscription).phrases(&["مشاهده پیشنهادها", "مشاهده طرح‌ها", "انتخاب طرح", "شروع دوره آزمایشی رایگان", "دوره آزمایشی رایگان", "وارد شوید", "ورود به حساب کاربری", "قبلاً مشترک شده‌اید؟ وارد شوید", "حساب کاربری دارید؟ وارد شوید"]),
        label(App).phrases(&["دانلود برنامه", "دریافت از google play", "دانلود از google play", "دانلود از app store", "دریافت از مایکت"]),
        label(Donation).phrases(&["حمایت مالی", "انتخاب مبلغ", "مبلغ را وارد کنید", "حمایت می‌کنم", "پرداخت کمک مالی"]),
        label(Social).phrases(&["اشتراک‌گذاری در فیسبوک", "اشتراک در تلگرام", "ارسال به تلگرام", "اشتراک در واتساپ", "ارسال با ایمیل", "نسخه چاپی"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["با ثبت‌نام، شما", "با عضویت در خبرنامه", "با عضویت، شما", "می‌توانید در هر زمان", "می‌توانید هر زمان که خواستید", "ایمیل شما نزد ما محفوظ است", "ما ایمیل شما را با هیچ", "با قوانین و مقررات موافقم", "شرایط و قوانین را می‌پذیرم", "این سایت توسط recaptcha محافظت", "برای تأیید، صندوق ایمیل خود را بررسی"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["از این مطلب خوشتان آمد", "این مطلب برایتان مفید بود", "نمی‌خواهید چیزی را از دست بدهید", "می‌خواهید مطالب بیشتری بخوانید", "این گزارش را پسندیدید"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["می‌گوید", "می گوید", "گفتند", "افزودند", "گفته‌اند", "گفته اند", "تاکید کرد", "تأکید کرد", "توضیح داد", "اظهار داشت", "بیان کرد", "عنوان کرد", "یادآور شد", "هشدار داد", "تایید کرد", "تأیید کرد", "تکذیب کرد", "اعتراف کرد", "پاسخ داد", "در پاسخ به پرسش", "در پاسخ به سوال", "پرسید", "نوشت", "مدعی شد", "ادعا کرد", "گزارش داد", "به نقل از", "در گفت‌وگو با", "در گفت و گو با", "در گفتگو با", "در مصاحبه با", "به خبرنگاران گفت", "اعلام کردند", "اضافه کرد", "خاطرنشان ساخت"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["گالری"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["گالری عکس", "گالری تصاویر", "گزارش تصویری", "عکس بعدی", "عکس قبلی", "تمام صفحه", "بستن گالری"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["مشاهده همه عکس‌ها"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["زنده", "به‌روزرسانی"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["پخش زنده", "گزارش زنده", "پوشش زنده", "به‌روز شد", "بارگذاری بیشتر"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["اندازه متن", "اندازه قلم"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["نسخه قابل چاپ"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["مکث", "بی‌صدا", "زیرنویس"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["پخش ویدئو", "تماشای ویدیو", "پخش خودکار", "سرعت پخش"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["از این گزارش خوشتان آمد"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["ممنون که تا انتها خواندید", "از اینکه خواندید سپاسگزاریم", "سپاس از همراهی شما", "از همراهی شما سپاسگزاریم", "ممنون که تا پایان همراه بودید"]),
        cue(Donation).weight(2.0).phrases(&["کمک شما دو برابر می‌شود", "دو برابر خواهد شد"]),
        cue(Donation).weight(2.0).phrases(&["هر مبلغی که می‌توانید", "هر مقدار که می‌توانید", "حتی مبلغی اندک", "هر کمکی ارزشمند است", "مبلغ را انتخاب کنید"]),
        cue(Subscription).phrases(&["نسخه پی‌دی‌اف روزنامه", "دانلود نسخه pdf", "نسخه الکترونیک روزنامه"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["می‌خواهم حمایت کنم", "کمک می‌کنم", "می‌خواهم کمک کنم"]),
        label(Membership).phrases(&["عضو می‌شوم", "می‌خواهم عضو شوم", "قبلاً عضو شده‌ام"]),
        label(Subscription).phrases(&["مشترک می‌شوم", "می‌خواهم مشترک شوم"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["بیشتر بخوانید:", "همچنین بخوانید:", "این را هم بخوانید:", "در همین زمینه بخوانید:", "بیشتر ببینید:", "همچنین ببینید:", "مطالب مرتبط:", "مطلب مرتبط:", "پیشنهاد سردبیر:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["تماشای پخش زنده", "پخش زنده را ببینید", "پخش زنده را تماشا کنید", "پخش زنده را بشنوید", "به صورت زنده ببینید"]),
        ask(Social).max_words(30).phrases(&["به کانال واتساپ ما بپیوندید", "کانال ما در واتساپ", "کانال ما در ایتا", "کانال ما در بله", "کانال ما در روبیکا", "ما را در واتساپ دنبال کنید", "ما را در ایتا دنبال کنید"]),
        label(Social).phrases(&["عضویت در کانال", "پیوستن به کانال"]),
        line(Subscription).max_words(10).phrases(&["دانلود پی‌دی‌اف روزنامه", "دانلود پی دی اف روزنامه", "دانلود نسخه الکترونیک"]),
        label(Subscription).phrases(&["نسخه الکترونیک", "روزنامه الکترونیک", "نسخه pdf", "نسخه پی‌دی‌اف"]),
        ask(Other).part(Comments).max_words(60).phrases(&["نظرات حاوی توهین", "از نوشتن با حروف لاتین", "پس از تایید توسط مدیران سایت", "پس از تأیید توسط مدیران سایت", "نظرات ارسال شده توسط شما"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["خبر خود را برای ما بفرستید", "ویدیوهای خود را برای ما بفرستید", "تصاویر خود را برای ما بفرستید", "با تحریریه تماس بگیرید"]),
        label(Other).phrases(&["ارسال خبر", "تماس با تحریریه"]),
        ask(Ad).max_words(35).phrases(&["در مسابقه ما شرکت کنید"]),
        label(Ad).phrases(&["خرید بلیت", "خرید بلیط", "شرکت در مسابقه"]),
        ask(Ad).max_words(35).phrases(&["به تیم ما بپیوندید", "فراخوان جذب خبرنگار"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["نشانی ایمیل شما منتشر نخواهد شد", "بخش‌های موردنیاز علامت‌گذاری شده‌اند", "ذخیره نام، ایمیل و وبسایت من در این مرورگر", "برای فرستادن دیدگاه، باید وارد شده باشید", "دیدگاه شما در انتظار بررسی است"]),
        label(Other).part(Comments).phrases(&["نظر دهید", "نظر بدهید"]),
    ],
    // "ما" (we) is Arabic "what"/"not": its Persian phrases stand in.
    we: &["ما را", "از ما", "با ما", "برای ما", "خودمان"],
    you: &["تو", "تو را", "به تو", "برای تو", "خودت", "شما", "شما را", "به شما", "برای شما", "از شما", "خودتان"],
};
