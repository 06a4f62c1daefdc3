//! Arabic.
//!
//! Publishers write the same formula with and without hamza ("اقرأ أيضا", "إقرأ ايضا"); the
//! matcher does not fold hamza, so the common spellings are listed. It reads the text
//! without its vowel marks (tanwin, shadda: "أيضاً", "تبرّع"), so phrases are written
//! without them. The past tense of a verb is spelled like its imperative in unvoweled text
//! ("تبرع" he donated / donate!, "اشترك" he took part / subscribe!): those are cues, and
//! anchors add a second word ("تبرع الآن", "اشترك الآن").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ar",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "ادعمنا", "ادعمونا", "ادعم الصحافة المستقلة", "ادعموا الصحافة المستقلة", "ادعم صحافة مستقلة",
            "ساعدنا", "ساعدونا",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "ادعمنا", "إدعمنا", "ادعمونا", "ادعم عملنا", "ادعموا عملنا", "ادعم استقلالنا", "ادعم الصحافة المستقلة",
            "ادعم صحافة مستقلة", "تبرع الآن", "تبرع الان", "تبرعوا الآن", "تبرع لنا", "تبرعوا لنا",
            "اضغط هنا للتبرع", "ساهم في استمرارنا", "ساعدنا على الاستمرار", "ساعدونا على الاستمرار", "ساهم معنا",
            "كن داعما", "كوني داعمة", "اختر المبلغ", "اختر قيمة",
            "تبرع لمرة واحدة", "دعمك يساعدنا", "دعمكم يساعدنا", "بدعمكم نستمر", "بدعمك نستمر",
        ]),
        // Officials say these in quoted speech: only in short blocks.
        ask(Donation).max_words(15).phrases(&[
            "نحتاج دعمك", "نحتاج إلى دعمك", "نحتاج إلى دعمكم", "نحتاج لدعمكم", "بحاجة إلى دعمكم", "بحاجة إلى دعمك",
            "بحاجة لدعمكم", "بحاجة لدعمك",
        ]),
        cue(Donation).phrases(&[
            "دعمك", "دعمكم", "مساهمتك", "مساهمتكم", "تبرعك", "تبرعكم", "الصحافة المستقلة", "صحافة مستقلة", "شهريا",
        ]),
        cue(Donation).weight(0.5).phrases(&["تبرع*", "التبرع*", "للتبرع*", "بالتبرع*", "ادعم*"]),
        salutation(Donation).max_words(6).phrases(&[
            "عزيزي القارئ", "عزيزتي القارئة", "أعزائي القراء", "اعزائي القراء", "قراءنا الأعزاء", "قرائنا الأعزاء",
            "عزيزي القارئ، عزيزتي القارئة", "أيها القراء الأعزاء",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["هل أعجبك هذا المقال", "هل أعجبك المقال", "هل أعجبتك هذه القصة", "إذا أعجبك هذا المقال"]),
        ask(Membership).phrases(&[
            "كن عضوا", "كوني عضوة", "انضم إلى أعضائنا", "انضم الى أعضائنا", "اشترك في العضوية",
            "انضم إلى مجتمعنا", "انضم الى مجتمعنا", "كن جزءا من", "احصل على العضوية",
        ]),
        cue(Membership).weight(0.5).phrases(&["العضوية", "عضوية"]),
        ask(Subscription).phrases(&[
            "اشترك الآن", "اشترك الان", "إشترك الآن", "اشترك معنا", "اشتركوا الآن", "اشترك مجانا",
            "مشترك بالفعل", "هل أنت مشترك", "أنت مشترك بالفعل", "يمكنك الإلغاء في أي وقت",
            "إلغاء في أي وقت",
        ]),
        cue(Subscription).weight(0.5).phrases(&["اشترك*", "الاشتراك*", "للمشتركين*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "هذا المحتوى للمشتركين", "للمشتركين فقط", "حصري للمشتركين", "متاح للمشتركين", "لمواصلة القراءة",
            "لمتابعة القراءة", "سجل الدخول لمتابعة", "سجل دخولك",
            "مقالات مجانية متبقية", "اشترك لقراءة", "لقراءة المقال كاملا", "لقراءة المقال كامل",
            "لقراءة باقي المقال",
        ]),
        ask(Newsletter).phrases(&[
            "اشترك في النشرة", "اشترك في النشرة البريدية", "اشترك في نشرتنا", "اشترك في نشرتنا البريدية",
            "اشترك في نشرتنا الإخبارية", "نشرتنا البريدية", "نشرتنا الإخبارية", "قائمتنا البريدية",
            "أدخل بريدك الإلكتروني", "ادخل بريدك الالكتروني", "أدخل بريدك الالكتروني", "عنوان بريدك الإلكتروني",
            "صندوق بريدك", "إلى بريدك", "الى بريدك", "يمكنك إلغاء الاشتراك",
            "إلغاء الاشتراك في أي وقت",
        ]),
        cue(Newsletter).phrases(&["النشرة الإخبارية", "سياسة الخصوصية"]),
        cue(Newsletter).weight(0.5).phrases(&["نشرة"]),
        ask(App).phrases(&[
            "حمل التطبيق", "حمل تطبيق", "نزل التطبيق",
            "حمل تطبيقنا", "تطبيقنا", "عبر تطبيقنا",
        ]),
        ask(App).at(Start).max_words(6).phrases(&["تحميل التطبيق"]),
        cue(App).phrases(&["تحميل التطبيق"]),
        // "تطبيق القانون" is the application of the law.
        cue(App).weight(0.5).phrases(&["التطبيق", "تطبيق", "متوفر على", "متاح على"]),
        ask(Cookie).phrases(&[
            "نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط", "هذا الموقع يستخدم ملفات تعريف الارتباط",
            "يستخدم موقعنا ملفات تعريف الارتباط", "نستخدم ملفات الكوكيز", "نستخدم الكوكيز", "قبول جميع ملفات تعريف الارتباط",
            "إعدادات ملفات تعريف الارتباط",
        ]),
        cue(Cookie).phrases(&["إعدادات الخصوصية"]),
        ask(Social).phrases(&[
            "تابعونا على", "تابعنا على", "تابعونا عبر", "تابعنا عبر", "شارك المقال", "شارك الخبر", "شارك هذا المقال",
            "شارك هذا الخبر", "انشر على", "شارك على فيسبوك", "انسخ الرابط", "تم نسخ الرابط",
            "اشترك في قناتنا", "انضم إلى قناتنا", "انضم الى قناتنا", "قناتنا على", "تابعوا آخر الأخبار عبر",
            "تابعوا أخبارنا",
        ]),
        line(Related).max_words(24).phrases(&[
            "اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "اقرا ايضا", "اقرأ المزيد",
            "إقرأ المزيد", "مقالات ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة",
            "قد يهمك أيضا",
            "قد يعجبك أيضا", "شاهد أيضا", "اقرأ كذلك", "المزيد من الأخبار", "أخبار متعلقة",
            "مقالات مقترحة", "لقراءة المزيد",
        ]),
        label(Related).phrases(&[
            "اقرأ أيضا", "اقرأ المزيد", "مقالات ذات صلة", "أخبار ذات صلة", "ذات صلة", "الأكثر قراءة",
            "الاكثر قراءة", "قد يهمك", "المزيد", "شاهد أيضا", "آخر الأخبار",
        ]),
        label(Ad).phrases(&["إعلان", "اعلان", "محتوى ممول", "محتوى مدفوع"]),
        ask(Credit).max_words(40).phrases(&[
            "الآراء الواردة في هذا المقال", "الآراء الواردة في المقال", "لا تعبر بالضرورة عن", "لا يعبر بالضرورة عن",
            "المقال يعبر عن رأي كاتبه", "نشر هذا المقال في الأصل", "نشر هذا المقال لأول مرة",
            "نشرت هذه المادة", "ترجمة وتحرير",
        ]),
        ask(Credit).at(Start).max_words(20).phrases(&["كاتب وصحفي", "كاتبة وصحفية"]),
        line(Credit).max_words(10).phrases(&[
            "تحرير:", "إعداد:", "اعداد:", "ترجمة:", "تصوير:", "الصورة:", "مصدر الصورة", "حقوق الصورة", "المصدر:",
            "تحرير -", "كتابة:", "بقلم:",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "جميع الحقوق محفوظة", "كل الحقوق محفوظة",
        ]),
        label_any().phrases(&[
            "إغلاق", "اغلاق", "أغلق", "لاحقا", "ليس الآن", "لا شكرا", "ذكرني لاحقا",
            "متابعة", "استمر", "تبرع", "ادعم", "ادعمنا", "اشترك", "اشترك الآن", "شارك", "طباعة", "حفظ", "قبول",
            "رفض", "موافق", "أوافق", "تسجيل الدخول", "دخول", "شهري", "شهريا", "مرة واحدة", "سنوي", "تابعنا", "نسخ الرابط",
            "أكمل القراءة", "اكمل القراءة", "تابع القراءة",
        ]),
        outlet(Donation).phrases(&[
            "مؤسسة إعلامية مستقلة", "منصة مستقلة", "موقع مستقل", "إعلام مستقل", "غير ربحية", "غير هادفة للربح", "غير ربحي",
            "بدون إعلانات", "دون إعلانات", "خالية من الإعلانات", "مجاني للجميع", "متاح مجانا للجميع", "بدعم من القراء",
            "بتمويل من القراء", "يمولها القراء",
        ]),
        // Also news wording: "قبل أن تغادر القوات البلاد" (third person feminine: "before the
        // forces leave"), "ادعم المزارعين المحليين" (a ministry's slogan), "قبول جميع شروط صندوق
        // النقد", "قواعد جديدة بشأن ملفات تعريف الارتباط", "إيرادات الاشتراك الرقمي", "أسعار باقات
        // الاشتراك", "الشهر الأول مجانا للمشتركين الجدد", "بلغت قيمة التبرع", "تبرع شهري ثابت من
        // الشركات", "دعت البلدية السكان إلى تحميل التطبيق", "القائمة البريدية للبنك", "أطلقت الوزارة
        // النشرة البريدية", "طلب المحتالون نسخ الرابط", "منصة لمتابعة آخر الأخبار", "نشرت الجامعة
        // المقالات المجانية", "الأكثر قراءة بين الكتب", "ذات صلة بالقضية", "وهو كاتب وصحفي معروف":
        // cues, or only a short line of their own.
        header(Donation).max_words(4).phrases(&["قبل أن تغادر", "قبل ان تغادر"]),
        header(Donation).max_words(3).phrases(&["ادعم", "إدعم"]),
        cue(Donation).phrases(&["مبلغ التبرع", "قيمة التبرع", "تبرع شهري"]),
        label(Donation).phrases(&["مبلغ التبرع", "قيمة التبرع", "تبرع شهري"]),
        cue(Subscription).phrases(&[
            "الاشتراك الرقمي", "اشتراك رقمي", "عروض الاشتراك", "خطط الاشتراك", "باقات الاشتراك", "الشهر الأول مجانا",
        ]),
        label(Subscription).phrases(&["الاشتراك الرقمي", "اشتراك رقمي", "عروض الاشتراك", "خطط الاشتراك", "باقات الاشتراك"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["الشهر الأول مجانا"]),
        cue(Paywall).phrases(&["المقالات المجانية"]),
        cue(Newsletter).phrases(&["النشرة البريدية", "القائمة البريدية", "بريدك الإلكتروني", "بريدك الالكتروني"]),
        ask(Newsletter).at(Start).max_words(10).phrases(&["النشرة البريدية", "القائمة البريدية"]),
        label(Cookie).phrases(&["قبول الكل", "رفض الكل", "قبول جميع"]),
        cue(Cookie).phrases(&["ملفات تعريف الارتباط", "ملفات الكوكيز", "ملفات الكوكي"]),
        cue(Social).phrases(&["نسخ الرابط", "لمتابعة آخر الأخبار"]),
        ask(Social).at(Start).max_words(12).phrases(&["لمتابعة آخر الأخبار"]),
        line(Related).max_words(3).phrases(&["ذات صلة"]),
        line(Related).max_words(4).phrases(&["الأكثر قراءة", "الاكثر قراءة", "الأكثر مشاهدة", "قد يهمك", "قد يعجبك"]),
        notice().phrases(&["تصحيح:", "تحديث:"]),
        body().phrases(&["قال", "وقال", "وأضاف", "أضاف", "وأكد", "بحسب", "وفقا", "وأوضح", "أوضح"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["عن الكاتب", "عن الكاتبة", "عن المؤلف", "نبذة عن الكاتب", "مقالات أخرى للكاتب", "المزيد من مقالات الكاتب"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["الكاتب هو", "الكاتب صحفي", "الكاتبة صحفية", "الكاتب باحث"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["تخطى إلى المحتوى", "انتقل إلى المحتوى"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["أضف تعليقك", "اترك تعليقا", "اكتب تعليقا", "تعليقات القراء", "عرض التعليقات"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["التعليقات"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["التعليقات", "تعليقات"]),
        ask(Other).part(Comments).phrases(&["لإضافة تعليق", "سجل الدخول للتعليق", "تخضع التعليقات للمراجعة", "سياسة التعليقات"]),
        ask(Other).part(Disclaimer).phrases(&["لا تعبر بالضرورة عن", "لا يعبر بالضرورة عن", "تعبر عن رأي كاتبها", "يعبر عن رأي كاتبه", "المقال يعبر عن رأي", "الآراء الواردة"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["الصفحة التالية", "الصفحة السابقة", "أبلغ عن خطأ", "الإبلاغ عن خطأ"]),
        ask(Other).part(Navigation).phrases(&["يعمل الموقع بشكل أفضل", "متصفحك قديم", "يرجى تفعيل جافا سكريبت"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Arabic
        // sites share; the singular, plural and feminine imperatives ("ادعم", "ادعموا",
        // "ادعمي"), with and without tanwin and hamza where pages differ.
        ask(Donation).weight(3.5).phrases(&[
            "ساهم الآن", "ساهموا الآن", "ساهمي الآن", "تبرعي الآن", "ادعمينا", "ادعم الآن", "ادعمنا الآن", "ادعمونا الآن", "قدم دعمك", "قدموا دعمكم",
            "اختر مبلغ التبرع", "اختر مبلغ الدعم", "ادعم بمبلغ", "مساهمتك مهما كانت", "مساهمتكم مهما كانت",
            "يمكنك دعمنا", "يمكنكم دعمنا", "ادعم استمرارنا", "ادعموا استمرارنا", "ادعم الصحافة الحرة", "ادعموا الصحافة الحرة",
            "ادعم الإعلام المستقل", "ادعموا الإعلام المستقل", "ادعم صحافتنا", "ادعموا صحافتنا", "كن من الداعمين",
            "كونوا من الداعمين", "انضم إلى الداعمين", "انضموا إلى الداعمين", "ساهم في دعمنا", "ساهموا في دعمنا",
            "كل مساهمة تحدث فرقا",
        ]),
        cue(Donation).phrases(&["أي مبلغ", "كل مساهمة", "تبرع لمرة"]),
        ask(Membership).phrases(&[
            "كوني عضوا", "انضم إلى عضويتنا", "اشترك في برنامج العضوية", "كونوا أعضاء",
        ]),
        ask(Membership).at(Start).max_words(6).phrases(&["انضم الآن", "انضموا إلينا"]),
        cue(Membership).phrases(&["للأعضاء فقط", "برنامج العضوية", "مزايا العضوية"]),
        ask(Subscription).phrases(&[
            "اشتركي الآن", "اختر باقتك", "اختر خطة الاشتراك", "اختر اشتراكك", "ابدأ اشتراكك",
            "جدد اشتراكك", "لديك حساب بالفعل", "هل لديك حساب", "الإلغاء في أي وقت",
        ]),
        cue(Subscription).phrases(&["وصول غير محدود", "قراءة غير محدودة", "تجربة مجانية", "فترة تجريبية مجانية"]),
        ask(Paywall).weight(3.5).phrases(&[
            "هذا المقال للمشتركين", "هذه المقالة للمشتركين", "المحتوى متاح للمشتركين", "لقد وصلت إلى الحد", "وصلت إلى الحد الأقصى",
            "استنفدت عدد المقالات", "استنفدت المقالات المجانية", "مقال مجاني متبقي", "لمواصلة قراءة", "لمتابعة قراءة", "سجل مجانا",
            "أنشئ حسابا مجانيا", "إنشاء حساب مجاني",
            "لقد قرأت جميع", "لقد قرأت كل",
        ]),
        cue(Paywall).phrases(&["مقالات مجانية", "مقالة مجانية"]),
        ask(Newsletter).phrases(&[
            "اشترك في نشرتنا اليومية", "سجل في النشرة", "اشتركي في النشرة", "اشتركوا في النشرة", "تصلك على بريدك",
            "أحدث الأخبار في بريدك", "شكرا لاشتراكك", "شكرا على اشتراكك", "تم الاشتراك بنجاح",
            "تم اشتراكك بنجاح", "بريدك الوارد", "صندوق الوارد",
        ]),
        ask(App).phrases(&[
            "نزل تطبيقنا", "ثبت التطبيق", "افتح في التطبيق",
            "اقرأ في التطبيق", "تابع عبر التطبيق", "حمله الآن", "فعل الإشعارات",
        ]),
        cue(App).phrases(&["تفعيل الإشعارات", "متجر التطبيقات", "متجر جوجل"]),
        ask(Cookie).phrases(&[
            "هذا الموقع يستخدم الكوكيز", "يستخدم هذا الموقع الكوكيز", "باستخدامك لهذا الموقع", "بمواصلة التصفح", "باستمرارك في استخدام",
            "بالاستمرار في استخدام هذا الموقع", "فإنك توافق على استخدام", "سياسة ملفات تعريف الارتباط", "سياسة الكوكيز",
            "إدارة ملفات تعريف الارتباط", "ملفات تعريف الارتباط الضرورية",
        ]),
        ask(Social).phrases(&[
            "تابع قناتنا", "تابعوا قناتنا", "تابع صفحتنا", "تابعوا صفحتنا", "انضموا إلى قناتنا", "انضموا الى قناتنا", "اشتركوا في قناتنا",
            "تابعوا حساباتنا", "حساباتنا على مواقع التواصل", "منصاتنا على مواقع التواصل", "شاركوا المقال", "شاركوا الخبر",
            "شارك المقالة", "شارك هذه المقالة", "أرسل إلى صديق", "أرسل لصديق",
        ]),
        line(Related).max_words(24).phrases(&[
            "طالع أيضا", "مواضيع قد تهمك", "مقالات قد تهمك", "أخبار قد تهمك",
            "قد يعجبك ايضا", "أخبار مشابهة", "مقالات مشابهة", "موضوعات مشابهة", "اخترنا لك",
            "مختارات المحرر", "اختيارات المحرر", "شاهد ايضا", "إقرأ كذلك", "اقرأ أيضا:",
        ]),
        line(Related).max_words(4).phrases(&[
            "الأكثر تداولا", "أحدث الأخبار", "المقال التالي", "المقال السابق", "الخبر التالي", "الخبر السابق",
        ]),
        label(Related).phrases(&[
            "أحدث الأخبار", "اخترنا لك", "مقالات مشابهة", "أخبار مشابهة", "الأكثر تداولا", "المقال التالي",
            "المقال السابق", "مواضيع ذات صلة", "الأكثر مشاهدة", "عرض المزيد", "تحميل المزيد",
        ]),
        line(Credit).max_words(10).phrases(&[
            "بعدسة:", "عدسة:", "رسوم:", "إنفوغرافيك:", "كتب:", "كتبت:", "مراجعة:", "تدقيق:", "مونتاج:",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "شارك في التغطية", "ساهم في إعداد التقرير", "ساهم في إعداد هذا التقرير", "ساهم في التغطية",
            "ساهم في هذا التقرير", "ساهمت في إعداد التقرير", "ساهمت في التغطية",
        ]),
        label_any().phrases(&[
            "تخطي", "فهمت", "حسنا", "تبرع الآن", "سنويا", "مبلغ آخر",
            "سجل الآن", "إنشاء حساب", "قبول وإغلاق", "الموافقة على الكل", "أوافق على الكل", "حفظ الإعدادات",
            "حفظ التفضيلات", "إدارة التفضيلات", "إدارة الخيارات", "ساهم الآن",
        ]),
        outlet(Donation).phrases(&[
            "لا نقبل الإعلانات", "لا نعتمد على الإعلانات", "لا نتلقى تمويلا", "لا نتلقى أي تمويل", "مستقلة ماليا",
            "مؤسسة صحفية مستقلة", "مستقلة وغير ربحية", "بدون جدار دفع", "دون جدار دفع", "مجانية للجميع", "متاحة مجانا للجميع",
            "يمولها قراؤها", "بتمويل من قرائها", "بدعم قرائها", "بدعم من قرائنا",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["منشورات ذات صلة", "تدوينات ذات صلة", "أخبار أخرى", "مقالات أخرى", "المزيد حول هذا الموضوع", "مقالات موصى بها", "الأخبار الأكثر قراءة", "مقالات قد تعجبك", "أخبار ذات علاقة", "مقالات ذات علاقة"]),
        header(Donation).max_words(12).phrases(&["هل كان هذا المقال مفيدا", "هل كان المقال مفيدا", "هل وجدت هذا المقال مفيدا", "هل أعجبكم المقال", "هل أعجبكم هذا المقال", "هل أعجبتك المقالة"]),
        label(Social).phrases(&["شارك هذا", "شارك على", "شارك عبر", "مشاركة المقال", "مشاركة عبر", "تابعونا"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["استمع للمقال", "استمع للخبر", "النسخة الصوتية"]),
        chrome(Other).max_words(5).phrases(&["استمع إلى المقال", "استمع إلى الخبر"]),
        chrome(Other).max_words(6).phrases(&["استمع إلى هذا المقال"]),
        chrome(Social).max_words(5).phrases(&["مشاهدة على youtube"]),
        chrome(Social).max_words(7).phrases(&["عرض هذا المنشور على instagram"]),
        chrome(Social).max_words(12).phrases(&["تمت مشاركة منشور بواسطة"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["إلغاء الرد", "إرسال التعليق", "أضف تعليقا"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["كن أول من يعلق"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["الحقول الإلزامية مشار إليها"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["لن يتم نشر عنوان بريدك الإلكتروني"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["هل وجدت خطأ", "هل لاحظت خطأ"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["للمزيد:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["دقائق للقراءة", "دقيقة للقراءة", "دقائق قراءة"]),
        line(Other).max_words(45).phrases(&["أنجز هذا التحقيق", "هذا المقال جزء من سلسلة", "هذه المادة جزء من", "أنتج هذا التقرير", "تم إنتاج هذا التقرير", "هذه المادة من إنتاج"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["مقال مجاني", "مقالا مجانيا", "مقالان مجانيان", "مقالين مجانيين", "مقالات متبقية", "مقالة مجانية واحدة", "مقالات مجانية هذا الشهر"]),
        ask(Paywall).max_words(30).phrases(&["هذا آخر مقال مجاني لك", "هذه آخر مقالة مجانية", "هذا هو مقالك المجاني الأخير", "مقالك المجاني الأخير", "آخر مقال مجاني", "لقد وصلت إلى الحد الأقصى من المقالات المجانية", "وصلت إلى الحد الأقصى للمقالات المجانية", "لقد استنفدت المقالات المجانية", "استنفدت عدد المقالات المجانية", "لقد قرأت جميع المقالات المجانية"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["باقي المقال متاح للمشتركين", "بقية المقال للمشتركين", "هذا المقال متاح للمشتركين فقط", "اشترك لمتابعة القراءة", "تبقى من المقال"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["مساحة إعلانية"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["تابع القراءة بعد الإعلان", "تابع القراءة أسفل الإعلان", "واصل القراءة بعد الإعلان", "يتبع بعد الإعلان", "تكملة الخبر بعد الإعلان", "تكملة المقال بعد الإعلان", "تابع بقية الخبر بعد الإعلان", "استكمال الخبر بعد الإعلان", "القصة تتابع بعد الإعلان", "تستمر القصة أسفل الإعلان", "المقال يتابع أسفل الإعلان"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["محتوى مدعوم", "محتوى برعاية", "محتوى إعلاني", "محتوى ترويجي", "محتوى الشريك", "مقال مدفوع", "إعلان مدفوع", "بالشراكة مع", "بالتعاون مع", "برعاية من", "مقدم من"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["قد نحصل على عمولة", "قد نتلقى عمولة", "نحصل على عمولة", "تحتوي هذه المقالة على روابط تابعة", "يحتوي هذا المقال على روابط تسويق بالعمولة", "قد يحتوي هذا المقال على روابط", "عند الشراء من خلال الروابط", "عند شرائك عبر الروابط", "بصفتنا شريكا في أمازون"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["حقوق النشر محفوظة", "جميع حقوق النشر محفوظة", "حقوق الطبع والنشر محفوظة", "يمنع نسخ", "يحظر نسخ", "لا يجوز نسخ", "يرجى الإشارة إلى المصدر"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["اشترك في النشرة الإخبارية", "اشترك في القائمة البريدية"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["اضف تعليقك", "أضف تعليق", "إضافة تعليق", "اكتب تعليقك", "التعليقات مغلقة", "شارك برأيك"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["صورة أرشيفية", "من الأرشيف", "صورة تعبيرية", "صورة توضيحية", "صورة متداولة", "لقطة شاشة"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["تشغيل الفيديو", "مشغل الفيديو", "مشغل الصوت"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["اسم الحساب", "رقم الحساب", "صاحب الحساب", "اسم المستفيد", "اسم البنك", "رقم الحساب المصرفي", "الحساب البنكي"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["أدخل البريد الإلكتروني", "البريد الإلكتروني", "اكتب بريدك الإلكتروني", "أدخل عنوان بريدك الإلكتروني", "عنوان البريد الإلكتروني", "احصل على النشرة", "اشترك ليصلك كل جديد", "سجّل بريدك الإلكتروني"]),
        label(Subscription).phrases(&["جرب مجانا", "ابدأ الفترة التجريبية المجانية", "اطلع على العروض", "شاهد العروض", "اختر خطتك", "لديك اشتراك بالفعل؟ سجّل الدخول", "مشترك بالفعل؟ تسجيل الدخول", "احصل على العرض"]),
        label(App).phrases(&["تنزيل التطبيق", "نزّل التطبيق الآن", "حمّله من app store", "متوفر على app store", "احصل عليه من google play", "متاح على google play", "تحميل من google play"]),
        label(Donation).phrases(&["تبرع شهريا", "لمرة واحدة", "تبرع مرة واحدة", "تبرع كل شهر", "تبرع سنوي", "أدخل المبلغ", "مبلغ مخصص"]),
        label(Social).phrases(&["شارك على فيس بوك", "شارك عبر واتساب", "شارك على واتساب", "شارك على x", "مشاركة عبر البريد الإلكتروني"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["اطبع"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["بالتسجيل، أنت توافق على", "بتسجيلك، فإنك توافق على", "بالاشتراك، أنت توافق على", "باشتراكك، فإنك توافق على", "بالنقر على اشترك، فإنك توافق", "يمكنك إلغاء الاشتراك في أي وقت", "يمكنك إلغاء اشتراكك في أي وقت", "لن نشارك بريدك الإلكتروني", "نحن نحترم خصوصيتك", "أوافق على سياسة الخصوصية", "أوافق على الشروط والأحكام", "هذا الموقع محمي بواسطة recaptcha", "تحقق من بريدك الإلكتروني لتأكيد"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["هل استمتعت بقراءة هذا المقال", "لا تريد أن يفوتك شيء", "هل تريد المزيد من القصص مثل هذه", "هل تريد قراءة المزيد"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["قالت", "وقالت", "قالوا", "وقالوا", "ويقول", "وتقول", "أضافت", "وأضافت", "واضاف", "أوضحت", "وأوضحت", "واوضح", "أكدت", "وأكدت", "واكد", "أشار", "وأشار", "أشارت", "وشدد", "وشددت", "وأعلن", "أعلنت", "وصرح", "في تصريح", "في تصريحات صحفية", "ذكرت", "أفادت", "نفى", "ونفى", "نفت", "اعترفت", "وحذر", "حذرت", "ردا على سؤال", "وتساءل", "نقلا عن", "حسبما", "على حد قوله", "على حد تعبيره", "في مقابلة مع", "قال للصحفيين", "وقال للصحفيين", "مضيفا", "مشيرا إلى", "موضحا أن", "مؤكدا أن", "وادعى", "وأجاب"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["معرض الصور", "ألبوم الصور", "الصورة التالية", "الصورة السابقة", "ملء الشاشة"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["عرض بملء الشاشة", "عرض جميع الصور"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["مباشر"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["بث مباشر", "البث المباشر", "تغطية مباشرة", "تغطية حية", "تحديثات مباشرة", "آخر التطورات"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["شاهد البث المباشر"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["حجم الخط", "تكبير الخط", "تصغير الخط", "حفظ المقال"]),
        chrome(Other).part(Tools).weight(2.5).max_words(5).phrases(&["إرسال عبر البريد الإلكتروني"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["استمع"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["شاهد الفيديو", "إيقاف مؤقت", "كتم الصوت", "تشغيل تلقائي", "سرعة التشغيل"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["إلغاء كتم الصوت"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["هل تقدّر عملنا"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["شكراً لقراءتك", "شكراً لقراءتكم", "شكراً على القراءة", "شكراً لأنك قرأت حتى النهاية", "شكراً لوصولك إلى نهاية المقال", "شكراً لمتابعتكم"]),
        cue(Donation).weight(2.0).phrases(&["ادفع ما تريد", "مهما كان المبلغ", "ولو بمبلغ بسيط"]),
        cue(Subscription).phrases(&["النسخة الورقية", "النسخة الرقمية", "تصفح العدد الورقي", "النسخة الإلكترونية للجريدة", "تصفح النسخة الورقية", "نسخة pdf من العدد"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["سماح ليس الآن", "ليس الآن سماح", "سماح حظر", "حظر سماح", "سماح لاحقًا", "لاحقًا سماح"]),
        cue(App).phrases(&["الإشعارات الفورية"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["أريد التبرع", "أتبرع الآن", "أريد أن أتبرع", "أريد المساهمة"]),
        label(Membership).phrases(&["أريد أن أصبح عضوا", "أنا عضو بالفعل"]),
        label(Subscription).phrases(&["أريد الاشتراك", "أنا مشترك بالفعل", "أنا مشترك"]),
        label(Newsletter).phrases(&["أريد الاشتراك في النشرة"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["إقرأ أيضا:", "اقرأ ايضا:", "طالع أيضا:", "شاهد أيضا:", "اقرأ المزيد:", "مواضيع ذات صلة:", "أخبار ذات صلة:", "قد يهمك أيضا:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["شاهدوا البث المباشر", "تابعوا البث المباشر", "استمع إلى البث المباشر", "استمع للبث المباشر", "شاهد البث الحي"]),
        ask(Social).max_words(30).phrases(&["انضم لقناتنا", "انضموا لقناتنا", "اشترك بقناتنا", "اشتركوا بقناتنا", "انضم الآن إلى قناتنا"]),
        label(Social).phrases(&["انضم إلى القناة", "انضم الى القناة"]),
        line(Subscription).max_words(10).phrases(&["تصفح النسخة الإلكترونية", "تصفح النسخة الرقمية", "اقرأ النسخة الرقمية", "تصفح عدد اليوم"]),
        label(Subscription).phrases(&["النسخة الإلكترونية", "النسخة الرقمية", "النسخة الورقية", "العدد الورقي"]),
        ask(Other).part(Comments).max_words(60).phrases(&["التعليقات المنشورة تعبر عن", "تعبر عن آراء أصحابها", "نحتفظ بحق حذف التعليقات", "سيتم حذف التعليقات المسيئة", "لن يتم نشر التعليقات التي", "تنشر التعليقات بعد مراجعتها"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["أرسل لنا خبرك", "أرسلوا لنا أخباركم", "شاركنا خبرك", "شاركونا أخباركم", "تواصل مع فريق التحرير", "أرسل صورك ومقاطع الفيديو"]),
        label(Other).phrases(&["أرسل خبرك", "أرسل خبرا", "راسل التحرير"]),
        ask(Ad).max_words(35).phrases(&["احجز تذكرتك الآن", "احجز مقعدك الآن", "صوت لمرشحك المفضل", "اربح تذاكر", "تطبق الشروط والأحكام", "شارك في مسابقتنا"]),
        label(Ad).phrases(&["احجز الآن", "اشتر التذاكر", "شارك الآن", "صوت الآن"]),
        ask(Ad).max_words(35).phrases(&["انضم إلى فريقنا", "انضم إلى أسرة التحرير", "نبحث عن صحفي", "مطلوب صحفي", "نحن نوظف"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية مشار إليها", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح", "يجب أنت تكون مسجل الدخول لتضيف تعليقا", "يجب أن تكون مسجل الدخول لتضيف تعليقا", "تعليقك بانتظار المراجعة", "تعليقك في انتظار المراجعة"]),
        label(Other).part(Comments).phrases(&["اترك ردا", "اكتب ردا", "علق الآن"]),
    ],
    we: &["نحن", "لنا", "إننا", "اننا", "فإننا", "لدينا", "معنا"],
    you: &["أنت", "انت", "لك", "إليك", "معك", "أنتم", "انتم", "لكم", "إليكم", "حضرتك", "حضرتكم"],
};
