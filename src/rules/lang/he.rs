//! Hebrew, written right to left, without vowel points (as news sites write it). The
//! prefixed particles (ו, ה, ל, ב, ש) are glued to the word they precede, so a phrase is
//! listed in the form that opens a box or a button ("לתרומה", "להמשך קריאה").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "he",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "תמכו בנו", "תמכו בעיתונות עצמאית", "תמכו בעיתונות חופשית", "אנחנו צריכים את התמיכה שלכם",
            "אנחנו זקוקים לתמיכתכם", "אנחנו זקוקים לתמיכה שלכם",
        ]),
        // The plural imperative is also the past third person: "תמכו בנו" is "support us" and
        // "they supported us", "הורידו את האפליקציה" "download the app" and "they downloaded
        // it". Such asks stand at a block's start; anywhere only forms no report holds.
        ask(Donation).weight(3.5).phrases(&[
            "לתרומה עכשיו", "התרומה שלכם", "התרומה שלך", "כל תרומה חשובה", "כל תרומה עוזרת", "כל שקל חשוב",
            "כל שקל עוזר", "בחרו את סכום התרומה", "אנחנו זקוקים לתמיכתכם", "אנחנו צריכים את התמיכה שלכם",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "תרמו עכשיו", "תמכו בנו", "תמכו בעבודתנו", "תמכו בעבודה שלנו", "הצטרפו לתומכים", "הצטרפו למעגל התומכים",
            "בחרו סכום", "תמכו בעיתונות עצמאית", "תמכו בעיתונות חופשית",
        ]),
        ask(Donation).at(Start).max_words(4).phrases(&["לתרומה", "תרמו"]),
        cue(Donation).phrases(&[
            "התמיכה שלכם", "התמיכה שלך", "תמיכתכם", "בזכות התמיכה שלכם", "עיתונות עצמאית", "עיתונות חופשית",
            "העבודה שלנו", "שקלים בחודש", "הוראת קבע", "תרומה חודשית", "תרומה חד פעמית", "תרומה חד-פעמית",
        ]),
        cue(Donation).weight(0.5).phrases(&["תרומ*", "תומכ*"]),
        salutation(Donation).max_words(6).phrases(&[
            "קוראים יקרים", "קוראות וקוראים יקרים", "קורא יקר", "קוראת יקרה", "קוראות יקרות",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "אהבתם את הכתבה", "אהבת את הכתבה", "נהניתם מהכתבה", "נהנית מהכתבה",
        ]),
        ask(Membership).at(Start).max_words(20).phrases(&[
            "הצטרפו כחברים", "הצטרפו למועדון", "הצטרפו לקהילה", "הצטרפו לקהילה שלנו", "הפכו לחברים",
            "הצטרפו כחברות וחברים",
        ]),
        cue(Membership).phrases(&["דמי חבר", "חברי המועדון"]),
        ask(Subscription).phrases(&[
            "כבר מנויים", "כבר מנוי",
            "לרכישת מינוי",
        ]),
        ask(Subscription).at(Start).max_words(20).phrases(&["הצטרפו כמנויים", "הפכו למנויים", "רכשו מינוי", "בחרו מסלול"]),
        cue(Subscription).phrases(&["גישה בלתי מוגבלת", "למנויים"]),
        // Not "מינוי*": it is also an appointment ("מינוי השר").
        cue(Subscription).weight(0.5).phrases(&["מנוי*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "להמשך קריאה", "להמשך הקריאה", "כתבה זו זמינה למנויים בלבד", "התוכן זמין למנויים",
            "לקריאת הכתבה המלאה", "כדי לקרוא את הכתבה המלאה", "התחברו כדי להמשיך לקרוא",
            "ניצלת את מכסת הכתבות",
        ]),
        ask(Newsletter).phrases(&[
            "הירשמו לניוזלטר", "הרשמו לניוזלטר", "הירשמו לניוזלטר שלנו", "הניוזלטר שלנו",
            "הזינו את כתובת המייל", "הזינו כתובת מייל",
            "ישר לתיבת המייל", "ניתן להסיר את ההרשמה בכל עת", "תודה שנרשמת", "תודה על ההרשמה", "אשרו את ההרשמה",
        ]),
        ask(Newsletter).at(Start).max_words(20).phrases(&["הצטרפו לניוזלטר"]),
        cue(Newsletter).phrases(&["לניוזלטר", "הניוזלטר", "מדיניות הפרטיות"]),
        ask(App).phrases(&["להורדת האפליקציה שלנו"]),
        ask(App).at(Start).max_words(5).phrases(&["להורדת האפליקציה"]),
        cue(App).phrases(&["להורדת האפליקציה"]),
        ask(App).at(Start).max_words(15).phrases(&[
            "הורידו את האפליקציה", "הורידו את האפליקציה שלנו", "התקינו את האפליקציה",
        ]),
        cue(App).phrases(&["האפליקציה שלנו", "באפליקציה שלנו"]),
        ask(Cookie).phrases(&[
            "אנו משתמשים בעוגיות", "אנחנו משתמשים בעוגיות", "אתר זה משתמש בעוגיות", "האתר עושה שימוש בעוגיות",
            "אתר זה עושה שימוש בעוגיות", "אנו משתמשים בקבצי cookies", "הגדרות עוגיות", "מדיניות העוגיות",
            "מדיניות עוגיות",
        ]),
        cue(Cookie).phrases(&["משתמש בעוגיות", "עוגיות", "קבצי cookies", "בקבצי cookies"]),
        ask(Social).phrases(&["הקישור הועתק"]),
        label(Social).phrases(&["העתקת קישור"]),
        cue(Social).phrases(&["העתקת קישור"]),
        ask(Social).at(Start).max_words(15).phrases(&[
            "עקבו אחרינו", "עקבו אחרינו בפייסבוק", "שתפו את הכתבה", "שתפו בפייסבוק", "שתפו בוואטסאפ",
            "הצטרפו לערוץ הטלגרם", "הצטרפו לקבוצת הווטסאפ", "הצטרפו לערוץ הווטסאפ",
        ]),
        label(Ad).phrases(&["פרסומת", "תוכן שיווקי", "תוכן ממומן", "כתבה שיווקית", "בשיתוף"]),
        line(Related).max_words(24).phrases(&[
            "עוד בנושא", "עוד באתר", "כתבות נוספות:", "הכי נקראים:", "הנקראים ביותר", "אולי יעניין אותך",
            "קראו גם", "כתבות קשורות", "עוד כתבות", "קראו עוד:",
        ]),
        label(Related).phrases(&[
            "עוד בנושא", "כתבות נוספות", "הכי נקראים", "מומלצים", "חדשות אחרונות", "מבזקים", "כתבות קשורות",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "הכתבה פורסמה לראשונה", "פורסם לראשונה ב", "הכתבה פורסמה במקור", "פורסם במקור ב",
        ]),
        line(Credit).max_words(10).phrases(&[
            "צילום:", "צילומים:", "קרדיט:", "קרדיט צילום:", "תרגום:", "כתיבה:", "עריכה:", "איור:",
        ]),
        chrome(Other).max_words(10).phrases(&["כל הזכויות שמורות",]),
        label(Other).phrases(&["תגובות"]),
        label_any().phrases(&[
            "סגור", "סגירה", "לא עכשיו", "לא תודה", "לא, תודה", "אחר כך", "מאוחר יותר", "הזכר לי מאוחר יותר",
            "אישור", "אני מסכים", "מסכים", "דחייה", "המשך", "שתפו", "שיתוף", "הדפסה", "חד פעמי", "חודשי", "תרמו",
            "לתרומה", "הרשמה", "התחברות", "הגדרות", "הבנתי", "קראו עוד", "סכום אחר", "קבל הכל", "דחה הכל",
        ]),
        outlet(Donation).phrases(&[
            "כלי תקשורת עצמאי", "אתר חדשות עצמאי", "ללא פרסומות", "בלי פרסומות", "ללא מטרות רווח",
            "במימון הקוראים", "ממומן על ידי הקוראים", "חינם לכולם", "ללא חומת תשלום",
        ]),
        // Also news wording: "לפני שאתם הולכים לחופשה, בדקו את הצמיגים", "ניתן לבטל בכל עת חוזה עם
        // חדר כושר", "ביטול בכל עת הוא זכות של הצרכן", "מחיר מינוי דיגיטלי", "חודש ראשון חינם לא יוצע
        // עוד", "זמינה למנויים בלבד", "פרסמה כתבות חינם", "כתובת המייל שלכם עלולה להגיע לנוכלים",
        // "מגיעות ישירות למייל של הקורבנות", "להורדת האפליקציה נדרש מספר טלפון", "ביקשו העתקת קישור",
        // "הכי נקראים השנה", "כתבות נוספות על הסערה": cues, or only a short line of their own.
        header(Donation).max_words(4).phrases(&["לפני שאתם הולכים"]),
        cue(Subscription).phrases(&["ניתן לבטל בכל עת", "ביטול בכל עת", "מינוי דיגיטלי", "חודש ראשון חינם"]),
        label(Subscription).phrases(&["ביטול בכל עת", "מינוי דיגיטלי", "חודש ראשון חינם"]),
        cue(Paywall).phrases(&["למנויים בלבד", "כתבות חינם"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["למנויים בלבד"]),
        cue(Newsletter).phrases(&["כתובת המייל שלכם", "כתובת המייל שלך", "ישירות למייל"]),
        ask(Newsletter).phrases(&["ישירות למייל שלכם", "ישירות למייל שלך"]),
        line(Related).max_words(3).phrases(&["כתבות נוספות", "הכי נקראים"]),
        notice().phrases(&["עדכון:", "תיקון:"]),
        body().phrases(&[
            "אמר", "אמרה", "הוסיף", "הוסיפה", "לדבריו", "לדבריה", "מסר", "מסרה", "ציין", "ציינה",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["על הכותב", "על הכותבת", "על המחבר", "כתבות נוספות של", "עוד מאת"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["הכותב הוא", "הכותבת היא", "הכותב הינו", "הכותבת הינה"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["דלג לתוכן", "דילוג לתוכן"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["הוסיפו תגובה", "הוסף תגובה", "כתבו תגובה", "לכל התגובות", "תגובות הגולשים", "תגובות קוראים"]),
        ask(Other).part(Comments).phrases(&["התגובות עוברות סינון", "מדיניות התגובות"]),
        ask(Other).part(Disclaimer).phrases(&["על דעת הכותב"]),
        cue(Other).part(Disclaimer).phrases(&["אינם משקפים בהכרח", "אינה משקפת בהכרח", "דעת המערכת"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["העמוד הבא", "העמוד הקודם", "דווחו על טעות", "דיווח על טעות"]),
        ask(Other).part(Navigation).phrases(&["הדפדפן שלך אינו מעודכן"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Hebrew
        // sites share; the masculine, feminine and plural imperatives ("תמוך", "תמכי", "תמכו").
        // The plural is also the past ("they supported"): those open a short block only.
        ask(Donation).weight(3.5).phrases(&[
            "בלי התמיכה שלכם", "בלי התמיכה שלך", "רק בזכות התמיכה שלכם", "כל תרומה מסייעת", "כל תרומה, קטנה כגדולה",
            "העיתונות העצמאית זקוקה", "עיתונות עצמאית זקוקה", "הצטרפו לקהילת התומכים", "לתמיכה בנו", "לתמיכה באתר",
            "תמיכה חודשית בסך", "הצטרפו לתומכים שלנו", "בחרו את סכום התמיכה",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "תמוך בנו", "תמכי בנו", "תרום עכשיו", "תרמי עכשיו", "תמכו עכשיו", "תרמו לנו", "עזרו לנו להמשיך",
            "תמכו בעיתונות", "תמכו באתר",
        ]),
        cue(Donation).phrases(&[
            "תמיכה חודשית", "תמיכה חד פעמית", "תמיכה חד-פעמית", "ש\"ח לחודש", "ש״ח לחודש", "בזכות הקוראים", "כל תרומה",
        ]),
        ask(Membership).at(Start).max_words(20).phrases(&[
            "הפכו לחברי מועדון", "הצטרפי כחברה", "הצטרפו עכשיו",
        ]),
        ask(Membership).phrases(&["מועדון החברים שלנו", "חברי מועדון נהנים", "להצטרפות למועדון"]),
        cue(Membership).phrases(&["הטבות לחברים"]),
        ask(Subscription).phrases(&[
            "להצטרפות למינוי", "הצטרפות למינוי", "לרכישת מנוי", "מינוי דיגיטלי במחיר", "כבר יש לך מינוי", "כבר יש לכם מינוי",
            "יש לך כבר מינוי", "יש לכם כבר מינוי",
        ]),
        ask(Subscription).at(Start).max_words(20).phrases(&["רכשו מנוי", "הצטרפו למנויים", "הצטרפו למינוי"]),
        cue(Subscription).phrases(&["מנוי דיגיטלי", "הטבות למנויים"]),
        ask(Paywall).weight(3.5).phrases(&[
            "הכתבה זמינה למנויים", "כתבה זו למנויים", "תוכן זה זמין למנויים", "כדי להמשיך לקרוא", "הגעת למכסת הכתבות",
            "ניצלתם את מכסת", "נותרו לך כתבות", "נותרו לכם כתבות", "קראת את כל הכתבות", "קראתם את כל הכתבות", "הירשמו בחינם",
            "הרשמה חינם וקבלו", "התחברו כדי לקרוא",
        ]),
        cue(Paywall).phrases(&["כתבות חינמיות", "כתבות חינם החודש", "תוכן למנויים"]),
        ask(Newsletter).phrases(&[
            "להרשמה לניוזלטר", "הרשמה לניוזלטר", "הזינו את כתובת האימייל", "הזינו כתובת אימייל", "הזינו את כתובת הדוא\"ל",
            "הזינו כתובת דוא\"ל", "הירשמו לעדכונים", "ישירות לתיבת הדואר", "לתיבת הדואר שלכם", "לתיבת המייל שלכם", "לתיבת המייל שלך",
            "ניתן לבטל את ההרשמה", "תודה שנרשמתם", "נרשמת בהצלחה", "נרשמתם בהצלחה", "ההרשמה בוצעה בהצלחה",
        ]),
        cue(Newsletter).phrases(&["כתובת האימייל שלכם", "כתובת האימייל שלך", "קבלו עדכונים"]),
        ask(App).phrases(&["קראו באפליקציה", "פתחו באפליקציה", "המשיכו לקרוא באפליקציה", "אפליקציית החדשות שלנו"]),
        ask(App).at(Start).max_words(15).phrases(&["הורידו עכשיו", "התקינו עכשיו", "להורדה בחינם"]),
        cue(App).phrases(&["התראות בזמן אמת", "לקבלת התראות"]),
        ask(Cookie).phrases(&[
            "באתר זה נעשה שימוש בעוגיות", "האתר משתמש בעוגיות", "אנו עושים שימוש בעוגיות", "אנחנו עושים שימוש בעוגיות",
            "המשך הגלישה באתר", "בהמשך הגלישה באתר", "אתם מסכימים לשימוש בעוגיות", "הנך מסכים לשימוש", "ניהול עוגיות",
            "העדפות עוגיות", "קבלת כל העוגיות", "שימוש בקבצי עוגיות",
        ]),
        ask(Social).phrases(&[
            "שיתוף בפייסבוק", "שיתוף בוואטסאפ", "שיתוף בטוויטר", "שיתוף במייל", "שיתוף בטלגרם", "ערוץ היוטיוב שלנו",
            "הערוץ שלנו בטלגרם", "הערוץ שלנו ביוטיוב",
        ]),
        ask(Social).at(Start).max_words(15).phrases(&[
            "שתפו בטוויטר", "שתפו באקס", "שתפו בטלגרם", "שתפו במייל", "הצטרפו לערוץ הוואטסאפ", "הצטרפו לקבוצת הטלגרם",
            "הצטרפו לערוץ שלנו", "הירשמו לערוץ",
        ]),
        label(Social).phrases(&["העתק קישור", "העתיקו קישור", "העתקת הקישור"]),
        line(Related).max_words(24).phrases(&[
            "כתבות נוספות בנושא", "עוד כתבות בנושא", "אולי יעניין אתכם", "הכתבות האחרונות", "עוד מהמדור",
            "עוד מאותו מדור", "ראו גם", "ראו עוד", "כתבות מומלצות",
        ]),
        line(Related).max_words(4).phrases(&["מומלץ לקרוא", "כדאי לקרוא", "כתבות אחרונות", "עוד חדשות", "חדשות נוספות", "הכתבה הבאה", "הכתבה הקודמת", "הכי נצפים", "הנצפים ביותר"]),
        label(Related).phrases(&[
            "עוד כתבות", "כתבות מומלצות", "אולי יעניין אותך", "אולי יעניין אתכם", "הנקראים ביותר", "הכתבה הבאה", "הכתבה הקודמת",
            "ראו גם", "עוד חדשות", "הכי נצפים", "קראו גם",
        ]),
        line(Credit).max_words(10).phrases(&[
            "צילום מסך", "צילום באדיבות", "באדיבות:", "צלם:", "צלמת:", "מאת:", "עורך:", "עורכת:", "הפקה:", "עיצוב:", "גרפיקה:",
            "סיוע במחקר:", "תחקיר:",
        ]),
        ask(Credit).phrases(&["השתתפו בהכנת הכתבה", "השתתפה בהכנת הכתבה", "השתתף בהכנת הכתבה", "סייעו בהכנת הכתבה", "סייעה בהכנת הכתבה"]),
        label_any().phrases(&[
            "דלג", "דלגו", "אולי מאוחר יותר", "אולי אחר כך", "אוקיי", "תמכו עכשיו", "לתמיכה", "תרומה", "תרומה חודשית", "שנתי",
            "חד-פעמי", "להמשך קריאה", "הירשמו", "להרשמה", "התחברו", "להתחברות", "הצטרפו", "להצטרפות", "רכישת מינוי", "אשר הכל",
            "אשרו הכל", "אישור הכל", "שמירת הגדרות", "רק עוגיות הכרחיות",
        ]),
        outlet(Donation).phrases(&[
            "עצמאי לחלוטין", "ללא בעלי הון", "לא תלויים בבעלי הון", "אין לנו פרסומות", "איננו מקבלים פרסומות", "ללא תמיכה ממשלתית",
            "מלכ\"ר", "מלכ״ר", "גוף תקשורת עצמאי", "נתמך על ידי הקוראים", "נתמכים על ידי הקוראים", "במימון קוראים", "חינם לכל הקוראים",
            "פתוח לכל הקוראים",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["פוסטים קשורים", "כתבות דומות", "אולי תאהבו גם", "פוסטים אחרונים", "הנקראות ביותר", "עוד על הנושא"]),
        header(Donation).max_words(12).phrases(&["אהבתם את המאמר", "אהבת את המאמר", "האם המאמר עזר לך"]),
        label(Social).phrases(&["שתף", "שתף את הכתבה", "עקוב אחרינו"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["האזינו לכתבה", "האזנה לכתבה", "להאזנה לכתבה"]),
        chrome(Social).max_words(10).phrases(&["פוסט שיותף על ידי"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["כתיבת תגובה"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["היו הראשונים להגיב"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["שדות החובה מסומנים"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["האימייל לא יוצג באתר"]),
        chrome(Other).part(Navigation).max_words(15).phrases(&["מצאתם טעות"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["מומלץ לקרוא:", "כדאי לקרוא:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["דקות קריאה", "דק' קריאה"]),
        line(Other).max_words(45).phrases(&["כתבה זו היא חלק", "הכתבה היא חלק מסדרת", "הכתבה היא חלק מפרויקט", "הכתבה נכתבה במסגרת", "הכתבה מתפרסמת במסגרת", "הכתבה מתפרסמת בשיתוף", "הכתבה הופקה בשיתוף", "התחקיר נעשה בשיתוף"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["כתבה חינם", "כתבה חינמית", "נותרו לך", "נותרה לך", "כתבה אחת חינם"]),
        ask(Paywall).max_words(30).phrases(&["זוהי הכתבה החינמית האחרונה שלך", "זו הכתבה האחרונה שלך בחינם", "הכתבה החינמית האחרונה", "קראת את כל הכתבות החינמיות", "הגעת למכסת הכתבות החינמיות", "הגעת למכסת הכתבות החינמיות החודשית", "ניצלת את כל הכתבות החינמיות", "ניצלת את מכסת הכתבות החינמיות"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["המשך הכתבה למנויים בלבד", "המשך הכתבה זמין למנויים", "כתבה למנויים בלבד", "תוכן למנויים בלבד"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["הכתבה נמשכת אחרי הפרסומת", "הכתבה נמשכת מתחת לפרסומת", "הכתבה ממשיכה אחרי הפרסומת", "הכתבה ממשיכה לאחר הפרסומת", "הכתבה ממשיכה מתחת לפרסומת", "הכתבה ממשיכה למטה", "המשך הכתבה אחרי הפרסומת", "המשך הכתבה לאחר הפרסומת", "המשך הכתבה למטה"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["כתבה ממומנת", "תוכן מקודם", "תוכן פרסומי", "כתבת תדמית", "שיתוף פעולה ממומן", "מוגש בחסות", "בשיתוף עם"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["ייתכן שנקבל עמלה", "אנו עשויים לקבל עמלה", "אנחנו מקבלים עמלה", "הכתבה מכילה קישורי שותפים", "כתבה זו מכילה קישורי שותפים", "רכישה דרך הקישורים"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["אין להעתיק", "אסור להעתיק", "אין לשכפל", "אין להעתיק שום חלק", "אין להעתיק או להפיץ"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["קבלו עדכונים למייל"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["הורד את האפליקציה"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["הוספת תגובה", "שלח תגובה", "הצג תגובות", "התגובות נסגרו", "התגובות סגורות", "כללי התגובות"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["צילום אילוסטרציה", "צילום ארכיון", "צילום פרטי", "באדיבות המשפחה", "צילום מסך מתוך הסרטון", "צילום מסך מתוך הווידאו", "מתוך הרשתות החברתיות"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["נַגֵּן וידאו", "נגן וידאו"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["זהו חלון מודאלי", "סוף חלון דו-שיח"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["תגיות", "תגים", "תגית", "מילות מפתח"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["מספר חשבון", "מס' חשבון", "מספר סניף", "שם הבנק", "בעל החשבון", "שם בעל החשבון", "לפקודת"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["הרשמה לעדכונים", "הצטרפו לרשימת התפוצה", "אני רוצה להירשם", "כתובת מייל", "כתובת דוא״ל"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["הרשמו"]),
        label(Subscription).phrases(&["למינוי דיגיטלי", "לכל המסלולים", "צפו במבצעים", "כבר מנויים? התחברו", "כבר מנוי? התחבר", "למנויים: התחברות"]),
        label(App).phrases(&["הורדת האפליקציה", "הורידו מ-app store", "להורדה ב-app store", "זמין ב-google play", "קבלו ב-google play"]),
        label(Donation).phrases(&["חד פעמית", "לתרומה חודשית", "לתרומה חד פעמית", "תרומה קבועה", "סכום התרומה", "תרמו כעת", "אני רוצה לתרום"]),
        label(Social).phrases(&["שליחה במייל", "שלחו במייל", "שלחו לחבר", "הקישור הועתק ללוח"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["הועתק"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["בהרשמה אני מאשר/ת", "בלחיצה על הרשמה", "בהרשמה לניוזלטר", "ניתן לבטל את ההרשמה בכל עת", "אני מאשר/ת קבלת דיוור", "אני מאשר/ת את תנאי השימוש", "אנו לא נעביר את כתובת המייל", "אתר זה מוגן על ידי recaptcha", "בדקו את תיבת הדואר"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["רוצים לקבל עוד כתבות כאלה", "לא רוצים לפספס", "רוצים להישאר מעודכנים", "הכתבה עניינה אתכם"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["הסביר", "הסבירה", "הדגיש", "הדגישה", "הודיע", "הודיעה", "אישר", "אישרה", "הכחיש", "הכחישה", "הודה", "הודתה", "הזהיר", "הזהירה", "הזכיר", "הזכירה", "השיב", "השיבה", "ענה", "ענתה", "סיפר", "לטענתו", "לטענתה", "לטענתם", "לדבריהם", "לדברי", "אומרת", "מסביר", "מסבירה", "מציין", "מציינת", "בראיון", "הבהיר", "הבהירה", "התריע", "התריעה", "ואמר", "ואמרה", "אמר לעיתונאים", "צוטט"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["גלריה", "תמונות"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["גלריית תמונות", "לגלריה המלאה", "לצפייה בגלריה", "לכל התמונות", "התמונה הבאה", "התמונה הקודמת", "מסך מלא", "סגירת גלריה"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["לייב", "עודכן", "רענן"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["שידור חי", "בשידור חי", "עדכונים שוטפים", "טען עוד"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["עדכונים בזמן אמת"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["הדפס"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["גודל טקסט", "גודל גופן", "הגדלת טקסט", "הקטנת טקסט", "שמירת כתבה"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["הפעל", "השהה", "השתק", "לצפייה", "להאזנה", "כתוביות", "תמלול"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["בטל השתקה", "הפעלה אוטומטית", "מהירות הפעלה", "לצפייה בסרטון"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["הכתבה עזרה לך", "חשוב לכם מה שאנחנו עושים"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["תודה שקראתם", "תודה שקראת", "תודה שקראתם עד הסוף", "תודה שקראת עד הסוף", "הגעתם עד לכאן", "תודה על הקריאה", "אם הגעתם עד לכאן"]),
        cue(Donation).weight(2.0).phrases(&["תרומתך תוכפל", "כל שקל יוכפל"]),
        cue(Donation).weight(2.0).phrases(&["כל סכום עוזר", "כל סכום יעזור", "גם סכום קטן עוזר"]),
        cue(Subscription).phrases(&["העיתון המודפס", "העיתון הדיגיטלי", "המהדורה הדיגיטלית", "העיתון עד הבית"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["אפשר לא עכשיו", "לא עכשיו אפשר", "אפשר חסום", "חסום אפשר", "אפשר אחר כך", "אחר כך אפשר"]),
        cue(App).phrases(&["לשלוח לכם התראות", "התראות פוש"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["אני רוצה לתמוך", "אני תומך", "אני תומכת", "אני כבר תורם"]),
        label(Membership).phrases(&["אני רוצה להצטרף", "אני כבר חבר", "אני כבר חברה", "אני בפנים"]),
        label(Subscription).phrases(&["אני כבר מנוי", "אני כבר מנויה"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["קראו גם:", "קרא גם:", "קראי גם:", "תקראו גם:", "עוד בנושא:", "עוד על הנושא:", "כתבות קשורות:", "כתבות נוספות בנושא:", "אולי יעניין אותך:", "אולי יעניין אותך גם:", "צפו גם:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["לצפייה בשידור חי", "צפו בשידור חי", "האזינו בשידור חי", "האזינו לשידור החי", "צפו בשידור החי"]),
        ask(Social).max_words(30).phrases(&["הערוץ שלנו בוואטסאפ", "הערוץ שלנו בווטסאפ", "לערוץ הוואטסאפ שלנו", "לערוץ הווטסאפ שלנו", "לערוץ הטלגרם שלנו", "לקבוצת הוואטסאפ שלנו"]),
        label(Social).phrases(&["הצטרפות לערוץ", "להצטרפות לערוץ", "הצטרפו לערוץ"]),
        line(Subscription).max_words(10).phrases(&["לקריאת העיתון הדיגיטלי", "לעיתון הדיגיטלי", "למהדורה הדיגיטלית"]),
        label(Subscription).phrases(&["העיתון הדיגיטלי", "המהדורה הדיגיטלית", "עיתון דיגיטלי"]),
        ask(Other).part(Comments).max_words(60).phrases(&["שומרת לעצמה את הזכות למחוק תגובות", "התגובות יפורסמו לאחר אישור", "תגובות פוגעניות יוסרו", "על פי שיקול דעת המערכת", "התגובות באחריות הכותבים"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["צרו קשר עם המערכת"]),
        label(Other).phrases(&["שלחו ידיעה", "דווחו לנו", "שלח ידיעה"]),
        label(Ad).phrases(&["להצבעה", "קנו כרטיסים"]),
        ask(Ad).max_words(35).phrases(&["דרושה כתבת", "דרושים כתבים", "הצטרפו לצוות שלנו", "נא לשלוח קורות חיים"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["האימייל לא יוצג באתר", "שדות החובה מסומנים", "שמור בדפדפן זה את השם, האימייל והאתר שלי לפעם הבאה שאגיב", "יש להתחבר למערכת כדי להגיב", "התגובה שלך ממתינה לאישור", "תגובתך ממתינה לאישור"]),
        label(Other).part(Comments).phrases(&["להגיב", "לכתיבת תגובה", "שליחת תגובה", "הגב"]),
    ],
    // "את" (you, feminine) is also the object marker: out.
    we: &["אנחנו", "אנו", "שלנו", "אותנו", "לנו"],
    you: &["אתה", "שלך", "לך", "אותך", "אתם", "אתן", "שלכם", "לכם", "אתכם", "שלכן"],
};
