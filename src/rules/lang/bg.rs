//! Bulgarian. Russian shares the script and many stems: phrases are Bulgarian forms
//! ("подкрепете", "най-четени", "бисквитки"), not words a Russian text holds.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "bg",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "подкрепете ни", "подкрепи ни", "подкрепете независимата журналистика",
            "имаме нужда от вашата подкрепа", "имаме нужда от твоята подкрепа",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "направете дарение", "направи дарение", "дарете сега", "дари сега", "вашето дарение", "твоето дарение",
            "всяко дарение има значение", "всеки лев има значение", "подкрепете ни", "подкрепи ни",
            "подкрепете нашата работа", "подкрепи нашата работа", "имаме нужда от вашата подкрепа",
            "имаме нужда от твоята подкрепа", "подкрепете независимата журналистика", "подкрепете независимите медии",
        ]),
        cue(Donation).phrases(&[
            "вашата подкрепа", "твоята подкрепа", "с вашата подкрепа", "независима журналистика",
            "независимата журналистика", "нашата работа", "на месец", "лв. на месец", "банкова сметка",
        ]),
        cue(Donation).weight(0.5).phrases(&["дарението", "даренията", "дарител*"]),
        salutation(Donation).max_words(6).phrases(&[
            "скъпи читатели", "уважаеми читатели", "драги читатели", "скъпи читателю",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "хареса ли ви статията", "хареса ли ти статията", "харесва ли ви това, което правим",
        ]),
        ask(Membership).phrases(&[
            "станете член", "стани член", "присъединете се към общността", "присъедини се към общността",
            "станете част от общността", "стани част от общността",
        ]),
        cue(Membership).phrases(&["членство*"]),
        ask(Subscription).phrases(&[
            "абонирайте се", "абонирай се", "вече сте абонат", "вече имате абонамент", "откажете по всяко време",
        ]),
        cue(Subscription).phrases(&["неограничен достъп", "за абонати"]),
        cue(Subscription).weight(0.5).phrases(&["абонамент*", "абонат*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "за да продължите да четете", "продължете да четете", "съдържанието е достъпно само за абонати",
            "влезте, за да прочетете", "прочетете цялата статия с",
        ]),
        ask(Newsletter).phrases(&[
            "абонирайте се за нашия бюлетин", "абонирайте се за бюлетина", "нашия бюлетин", "запишете се за бюлетина",
            "въведете имейл", "във вашата пощенска кутия", "можете да се отпишете по всяко време",
            "благодарим ви за абонамента", "потвърдете абонамента си",
        ]),
        cue(Newsletter).phrases(&["бюлетин*", "политика за поверителност"]),
        ask(App).phrases(&[
            "изтеглете приложението", "изтегли приложението", "изтеглете нашето приложение",
            "инсталирайте приложението",
        ]),
        cue(App).phrases(&["нашето приложение", "в app store", "в google play"]),
        ask(Cookie).phrases(&[
            "използваме бисквитки", "този сайт използва бисквитки", "сайтът използва бисквитки", "приемам всички",
            "приемете всички", "отхвърляне на всички бисквитки", "настройки за бисквитки", "политика за бисквитките",
            "използваме cookies",
        ]),
        cue(Cookie).phrases(&["използва бисквитки", "бисквитки"]),
        ask(Social).phrases(&[
            "последвайте ни", "последвай ни", "следвайте ни", "споделете статията", "сподели във facebook",
            "споделете във facebook", "копирай линка", "копирайте линка", "абонирайте се за канала ни",
            "харесайте страницата ни",
        ]),
        label(Ad).phrases(&["реклама", "платена публикация"]),
        line(Related).max_words(24).phrases(&[
            "прочетете още", "прочети още", "още по темата:", "вижте още", "виж още", "свързани статии",
            "свързани новини:", "най-четени:", "най-четено:", "още от категорията", "може да ви интересува",
            "последни новини:", "препоръчано:",
        ]),
        label(Related).phrases(&[
            "прочетете още", "още по темата", "свързани статии", "най-четени", "вижте още", "последни новини",
            "най-новото", "най-ново",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "статията е публикувана първоначално", "статията е публикувана за първи път",
        ]),
        line(Credit).max_words(10).phrases(&["снимка:", "снимки:", "текст:", "автор:", "превод:", "фотограф:"]),
        chrome(Other).max_words(10).phrases(&[
            "всички права запазени",
        ]),
        label(Other).phrases(&["коментари", "коментирай"]),
        label_any().phrases(&[
            "затвори", "не сега", "не, благодаря", "по-късно", "напомни ми по-късно", "приемам", "отказвам", "откажи",
            "продължи", "сподели", "принтирай", "печат", "еднократно", "месечно", "дари", "дарете", "подкрепи",
            "абонирай се", "вход", "регистрация", "настройки", "разбрах", "съгласен съм", "виж повече", "още",
            "друга сума", "приемам всички", "отхвърли всички",
        ]),
        outlet(Donation).phrases(&[
            "независима медия", "без реклами", "без платена стена", "без paywall", "с нестопанска цел",
            "финансирана от читателите", "безплатно за всички",
        ]),
        // Also news wording: "Препоръчано е шофьорите да не пътуват", "отхвърляне на всички искания",
        // "Преди да си тръгнете на почивка, проверете гумите", "месечно дарение от фирми", "направи
        // еднократно дарение", "призоваха: станете дарител на кръв", "призовава: изберете план",
        // "приходите от дигитален абонамент", "премахва първи месец безплатно", "достъпен само за
        // абонати", "публикува безплатни статии", "премиум съдържание", "вашият имейл не трябва да се
        // въвежда", "книгата, първоначално публикувана в 1985 г.", "Най-четени през годината са",
        // "Свързани новини излъчи и БНТ", "Още по темата ще обсъдят депутатите": cues, or only a short
        // line of their own.
        header(Donation).max_words(4).phrases(&["преди да си тръгнете"]),
        cue(Donation).phrases(&["месечно дарение", "еднократно дарение", "изберете сума", "избери сума", "станете дарител", "стани дарител"]),
        label(Donation).phrases(&["месечно дарение", "еднократно дарение", "изберете сума", "избери сума"]),
        ask(Donation).at(Start).max_words(6).phrases(&["изберете сума", "избери сума", "станете дарител", "стани дарител"]),
        cue(Subscription).phrases(&["първи месец безплатно", "дигитален абонамент", "изберете абонамент", "изберете план"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["първи месец безплатно"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["изберете абонамент", "изберете план"]),
        cue(Paywall).phrases(&["само за абонати", "ексклузивно за абонати", "безплатни статии", "премиум съдържание"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["само за абонати", "ексклузивно за абонати"]),
        label(Paywall).phrases(&["премиум съдържание"]),
        cue(Newsletter).phrases(&["вашият имейл"]),
        label(Cookie).phrases(&["отхвърляне на всички"]),
        cue(Credit).phrases(&["първоначално публикувана в", "първоначално публикувана на"]),
        line(Related).max_words(2).phrases(&["препоръчано"]),
        line(Related).max_words(3).phrases(&["свързани новини", "най-четени", "най-четено", "още по темата"]),
        notice().phrases(&["поправка:", "актуализация:"]),
        body().phrases(&["каза", "заяви", "посочи", "съобщи", "според", "допълни"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["за автора", "за авторите", "още от автора", "всички статии на автора"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["авторът е", "авторката е"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["към съдържанието", "прескочи към съдържанието"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["напиши коментар", "добави коментар", "остави коментар", "виж коментарите", "коментари на читателите"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["коментара", "коментари"]),
        ask(Other).part(Comments).phrases(&["за да коментирате", "коментарите се модерират", "правила за коментиране"]),
        ask(Other).part(Disclaimer).phrases(&["отразяват мнението на автора", "изразява мнението на автора"]),
        cue(Other).part(Disclaimer).phrases(&["не отразява непременно", "мнението на редакцията"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["следваща страница", "предишна страница", "съобщи за грешка"]),
        ask(Other).part(Navigation).phrases(&["браузърът ви е остарял"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "и/или достъп до информация на устройство", "създаване на профил за персонализирани реклами",
            "създаване на профил с персонализирано съдържание",
        ]),
        label_any().phrases(&[
            "приеми всички",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "тази статия е част от", "статията е част от", "този текст е част от поредица",
            "този текст е част от поредицата", "този текст е част от проект", "този текст е част от проекта",
            "този материал е част от поредица", "този материал е част от поредицата", "този материал е част от проект",
            "този материал е част от проекта", "тази статия е създадена", "тази статия е написана",
            "тази статия е реализирана", "този материал е създаден", "този материал е изготвен",
            "този материал е реализиран", "материалът е създаден по", "материалът е създаден с",
            "материалът е създаден в рамките", "материалът е изготвен по", "материалът е изготвен с",
            "материалът е изготвен в рамките", "материалът е реализиран по", "материалът е реализиран с",
            "материалът е реализиран в рамките", "материалът е подготвен по", "материалът е подготвен с",
            "материалът е подготвен в рамките", "текстът е създаден по", "текстът е създаден с",
            "текстът е създаден в рамките", "материалът е публикуван в рамките", "статията е публикувана в рамките",
            "статията е написана в рамките", "статията е създадена", "статията е изготвена",
            "текстът е публикуван в рамките", "тази публикация е създадена", "тази публикация е изготвена",
            "публикацията е създадена", "публикацията е изготвена", "публикацията е реализирана",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&[
            "прочетете също", "прочети също", "вижте също", "виж също", "четете още", "четете също", "свързано:",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["свързани публикации", "подобни статии", "подобни публикации", "още новини", "други новини", "препоръчани статии", "може също да харесате", "може да ви хареса", "най-популярни", "най-коментирани", "още от рубриката", "водещи новини", "топ новини"]),
        header(Donation).max_words(12).phrases(&["хареса ли ви тази статия", "хареса ли ти тази статия", "хареса ли ви материалът", "беше ли полезна тази статия"]),
        label(Social).phrases(&["споделете", "споделяне", "сподели това", "сподели статията", "споделете в"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["чуйте статията", "слушайте статията"]),
        chrome(Social).max_words(5).phrases(&["гледайте в youtube"]),
        chrome(Social).max_words(7).phrases(&["вижте тази публикация в instagram"]),
        chrome(Social).max_words(10).phrases(&["публикация, споделена от"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["публикуване на коментар", "отказ от отговор"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["задължителните полета са отбелязани с"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["вашият имейл адрес няма да бъде публикуван"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["маркирайте текста и натиснете ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["забелязахте грешка", "открихте грешка", "намерихте грешка"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["прочетете:", "по темата:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["мин. четене", "мин четене", "минути четене", "минути за четене"]),
        line(Other).max_words(45).phrases(&["материалът е част от", "публикацията е част от"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["безплатна статия", "безплатни статии остават", "статии остават", "оставащи статии", "безплатен материал", "безплатни материала", "безплатни материали", "безплатна публикация", "безплатни публикации"]),
        ask(Paywall).max_words(30).phrases(&["това е последната ви безплатна статия", "това е последната ти безплатна статия", "последната ви безплатна статия", "прочетохте всички безплатни статии", "достигнахте лимита на безплатните статии", "достигна лимита на безплатните статии", "изчерпахте безплатните статии", "изчерпахте лимита от безплатни статии"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["останалата част от статията е достъпна за абонати", "цялата статия е достъпна за абонати", "статията е достъпна само за абонати", "съдържание за абонати", "прочетете цялата статия"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["статията продължава след рекламата", "статията продължава под рекламата", "статията продължава по-долу", "текстът продължава след рекламата", "новината продължава след рекламата", "продължава след рекламата", "продължение след рекламата"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["платено съдържание", "спонсорирано съдържание", "рекламно съдържание", "промоционално съдържание", "партньорско съдържание", "партньорски материал", "рекламен материал", "рекламна публикация", "спонсорирана публикация"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["тази статия съдържа афилиейт връзки", "статията съдържа афилиейт линкове", "статията съдържа партньорски връзки", "може да получим комисионна", "можем да получим комисиона", "ако купите чрез връзките"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["всички права са запазени", "забранено е копирането", "препечатването е забранено", "използването на материали", "при цитиране"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["абонирай се за бюлетина", "абонамент за бюлетин"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["покажи коментарите", "коментарите са затворени", "влезте за да коментирате"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["личен архив", "семеен архив", "архивна снимка", "илюстративна снимка", "кадър от видео"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["пусни видео", "гледайте видеото"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["етикети", "тагове", "ключови думи"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["титуляр на сметката", "основание за плащане", "банка на получателя", "банкови реквизити", "сметка за дарения"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["абонирай ме", "запиши се", "запишете се", "искам да се абонирам", "абонамент за бюлетина", "твоят имейл", "имейл адрес", "въведете вашия имейл"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["изпрати", "изпращане"]),
        label(Subscription).phrases(&["абонирай се сега", "вижте офертите", "виж офертите", "разгледай плановете", "опитайте безплатно", "безплатен пробен период", "вече имате абонамент? влезте", "вече сте абонат? влезте", "вече имате профил? влезте", "станете абонат", "стани абонат", "купи абонамент", "избери план"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["влез", "влезте"]),
        label(App).phrases(&["изтеглете от app store", "изтеглете от google play", "налично в google play", "налично в app store", "свали приложението", "отвори в приложението", "инсталирай приложението", "изтегли сега"]),
        label(Donation).phrases(&["дари веднъж", "дарявай ежемесечно", "месечна подкрепа", "еднократна подкрепа", "въведете сума", "подкрепи сега", "подкрепете сега", "продължи към плащане", "стани поддръжник", "всеки месец"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ежемесечно"]),
        label(Social).phrases(&["копиране на линк", "линкът е копиран", "копирано в клипборда", "версия за печат", "изпрати по имейл", "сподели в x", "сподели в linkedin", "изпрати на приятел", "сподели в messenger", "сподели по имейл"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["отпечатай"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["с абонирането се съгласявате", "като се абонирате, вие се съгласявате", "с натискането на бутона", "натискайки бутона, вие се съгласявате", "съгласен съм с обработката на личните ми данни", "съгласявам се с", "прочетох и приемам", "може да се отпишете по всяко време", "никога няма да споделим", "този сайт е защитен от recaptcha", "проверете пощата си"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["хареса ли ви този материал", "не искате да пропуснете нищо", "искате ли да сте информирани", "искате ли още такива статии", "беше ли полезна статията", "искате ли да научите повече", "цените ли нашата работа"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["казаха", "заявиха", "посочиха", "съобщиха", "допълниха", "обясни", "обясниха", "подчерта", "подчертаха", "отбеляза", "отбелязаха", "уточни", "призна", "отрече", "предупреди", "припомни", "попита", "написа", "съобщава", "предава", "казва", "заявява", "посочва", "допълва", "отбелязва", "подчертава", "изтъкна", "по думите му", "по думите ѝ", "по думите й", "по думите на", "в интервю за", "в интервю пред", "пред журналисти"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотогалерия", "увеличи"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["виж галерията", "вижте галерията", "отвори галерията", "затвори галерията", "следваща снимка", "предишна снимка", "цял екран"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["виж всички снимки"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["актуализирано", "обнови"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["на живо", "зареди още", "покажи още"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["излъчване на живо", "гледайте на живо", "следете на живо"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["запази", "запазено"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["запази статията", "увеличи шрифта", "намали шрифта"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["размер на шрифта"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["пускане", "субтитри"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["гледай видео", "автоматично пускане"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["спиране на звука", "включване на звука", "скорост на възпроизвеждане"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["беше ли ви полезна статията"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["благодарим, че дочетохте до края", "благодарим, че прочетохте", "стигнахте до края", "благодарим, че ни четете", "благодарим, че сте с нас", "благодарим ти, че дочете"]),
        cue(Donation).weight(2.0).phrases(&["всяко дарение ще бъде удвоено"]),
        cue(Donation).weight(2.0).phrases(&["всяка сума е важна", "всяко дарение е важно", "дори малка сума помага"]),
        cue(Subscription).phrases(&["електронно издание", "дигитално издание", "печатно издание", "новият брой"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["разреши не сега", "не сега разреши", "разреши по-късно", "по-късно разреши"]),
        cue(App).phrases(&["push известия", "включете известията"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["подкрепям", "искам да подкрепя", "дарявам", "искам да даря", "вече подкрепям"]),
        label(Membership).phrases(&["искам да стана член", "вече съм член", "включвам се"]),
        label(Subscription).phrases(&["абонирам се", "вече съм абонат"]),
        label(Newsletter).phrases(&["записвам се"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["прочетете още:", "прочети още:", "прочетете също:", "вижте още:", "виж още:", "вижте също:", "виж също:", "свързани статии:", "може да ви интересува:", "още от темата:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["слушайте на живо", "гледай на живо", "слушай на живо", "гледайте на живо", "гледайте онлайн", "слушайте онлайн", "слушайте ни на живо"]),
        ask(Social).max_words(30).phrases(&["присъединете се към нашия канал", "абонирайте се за нашия канал", "последвайте нашия канал", "нашия канал в telegram", "нашия канал във viber", "нашата общност във viber"]),
        label(Social).phrases(&["присъедини се към канала", "присъединете се към канала"]),
        line(Subscription).max_words(10).phrases(&["прочетете днешния брой", "прочети днешния брой", "електронното издание на вестника"]),
        label(Subscription).phrases(&["е-вестник", "електронно издание"]),
        ask(Other).part(Comments).max_words(60).phrases(&["обидни коментари ще бъдат изтривани", "редакцията си запазва правото да изтрива", "не отразяват позицията на редакцията", "само регистрирани потребители могат да коментират", "коментарите, съдържащи обиди"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["изпратете ни новина", "изпрати ни новина", "имате сигнал за нас", "изпратете ни снимки и видео", "пишете на редакцията", "свържете се с редакцията"]),
        label(Other).phrases(&["изпрати новина", "изпрати сигнал", "сигнал до редакцията"]),
        ask(Ad).max_words(35).phrases(&["купете билети", "гласувайте за вашия фаворит", "спечелете билети", "спечелете покани", "участвайте в нашия конкурс"]),
        label(Ad).phrases(&["купи билети", "купи билет", "регистрирай се", "гласувай"]),
        ask(Ad).max_words(35).phrases(&["търсим журналист", "търсим репортер", "присъедини се към екипа ни", "присъединете се към нашия екип"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["вашият имейл адрес няма да бъде публикуван", "задължителните полета са отбелязани с", "трябва да сте влезли, за да публикувате коментар", "вашият коментар очаква одобрение"]),
        label(Other).part(Comments).phrases(&["остави отговор", "напишете коментар"]),
    ],
    // "ни" (us) is the Russian particle "ни" (neither, nor).
    we: &["ние", "нас", "наш", "наша", "наше", "наши", "нашата", "нашия", "нашите"],
    you: &[
        "ти", "теб", "тебе", "твой", "твоя", "твоята", "твоето", "вие", "вас", "ваш", "вашата", "вашия", "вашето",
        "вашите", "ви",
    ],
};
