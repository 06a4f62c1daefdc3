//! Macedonian, in the Cyrillic script (ѓ, ќ, ѕ, џ, љ, њ, ј). The Bulgarian and Serbian packs
//! come first in `ALL` and hold the words the languages spell alike ("донирајте", "затвори",
//! "регистрација", "без реклами"): this pack's phrases are Macedonian forms, most with the
//! postposed article ("вашата поддршка", "нашиот билтен", "колачиња", "претплатете се").
//! "Нè" (us) is written with a grave accent (precomposed "ѐ" or "е" and a combining mark) or
//! plain "не", which is also "not": its phrases are listed with the accented forms and the
//! plain one only where a word follows that "not" never precedes.
//!
//! News shares the vocabulary: "членство" is North Macedonia's EU and NATO membership,
//! "билтен" an office's bulletin, and a quoted speaker says "поддржете нѐ" (farmers, a
//! candidate). The imperatives open only a short block; anywhere only forms no report holds
//! ("изберете износ на донацијата", "пријавете се на нашиот билтен").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "mk",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["време за читање", "минути читање"]),
        header(Donation).max_words(14).phrases(&[
            "поддржете нѐ", "поддржете не", "поддржете го независното новинарство", "поддржете ги независните медиуми",
            "ни треба вашата поддршка",
        ]),
        header(Donation).max_words(4).phrases(&["пред да заминете", "пред да си одите"]),
        ask(Donation).weight(3.5).phrases(&[
            "изберете износ на донацијата", "поддржете ја нашата работа", "поддржете ја нашата редакција",
            "вашата донација ни помага",
        ]),
        // Farmers shout "Поддржете нѐ!", a charity says "секоја донација е важна": a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "поддржи нѐ", "поддржи не", "направете донација", "направи донација", "донирајте денес",
            "секоја донација е важна", "секој денар е важен", "станете наш поддржувач", "стани наш поддржувач",
            "ни треба твојата поддршка",
        ]),
        cue(Donation).phrases(&[
            "вашата поддршка", "со вашата поддршка", "твојата поддршка", "независното новинарство", "месечната донација",
            "еднократна донација", "изберете износ",
        ]),
        cue(Donation).weight(0.5).phrases(&["поддржувач*", "поддршк*"]),
        salutation(Donation).max_words(6).phrases(&[
            "почитувани читатели", "драги читателу", "почитуван читателу", "драги наши читатели",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["ви се допадна текстот", "ти се допадна текстот"]),
        ask(Membership).phrases(&[
            "станете дел од нашата заедница", "приклучете се кон нашата заедница", "станете наш член", "стани наш член",
        ]),
        // "Зачленете се" is a union's call too; "членство" North Macedonia's EU membership.
        ask(Membership).at(Start).max_words(8).phrases(&["зачленете се", "зачлени се", "станете членови"]),
        cue(Membership).weight(0.5).phrases(&["членството*"]),
        ask(Subscription).phrases(&[
            "веќе сте претплатник", "веќе имате претплата", "откажете во секое време", "можете да откажете во секое време",
            "изберете пакет за претплата",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["претплатете се", "претплати се сега", "купете претплата"]),
        cue(Subscription).phrases(&["дигиталната претплата", "прв месец бесплатно", "неограничен пристап"]),
        cue(Subscription).weight(0.5).phrases(&["претплатата*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "за да продолжите со читање", "прочитајте го целиот текст", "содржината е достапна само за претплатници",
            "текстот е достапен само за претплатници", "ги искористивте бесплатните текстови",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["продолжете со читање", "продолжи со читање"]),
        cue(Paywall).phrases(&["само за претплатници"]),
        ask(Newsletter).phrases(&[
            "пријавете се на нашиот билтен", "претплатете се на нашиот билтен", "нашиот билтен", "нашиот њузлетер",
            "можете да се одјавите во секое време", "ви благодариме за пријавата",
        ]),
        // The police warn about "линк испратен на вашата е-пошта": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "внесете ја вашата е-пошта", "внесете ја вашата е-маил адреса", "внесете е-пошта", "пријавете се за билтенот",
        ]),
        cue(Newsletter).phrases(&["вашата е-пошта", "на вашата е-пошта", "политика за приватност"]),
        ask(App).phrases(&["преземете ја нашата апликација", "симнете ја нашата апликација", "инсталирајте ја нашата апликација"]),
        ask(App).at(Start).max_words(8).phrases(&["преземете ја апликацијата", "симнете ја апликацијата"]),
        cue(App).phrases(&["нашата апликација", "нашата мобилна апликација"]),
        ask(Cookie).phrases(&["поставки за колачиња", "прифати ги сите колачиња", "политика за колачиња"]),
        // Reports quote banners too: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "користиме колачиња", "ние користиме колачиња", "оваа веб-страница користи колачиња", "овој сајт користи колачиња",
            "оваа страница користи колачиња",
        ]),
        cue(Cookie).phrases(&["користи колачиња", "колачиња"]),
        ask(Social).phrases(&[
            "следете нѐ на фејсбук", "следете не на фејсбук", "следете нѐ на инстаграм", "следете не на инстаграм",
            "приклучете се на нашиот телеграм канал", "линкот е копиран", "споделете го текстот",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["следете нѐ", "следи нѐ", "споделете ја веста"]),
        label(Ad).phrases(&["реклама", "оглас", "спонзорирано", "платен оглас", "спонзорирана содржина", "промотивен текст"]),
        line(Related).max_words(24).phrases(&[
            "прочитајте уште:", "прочитај и:", "прочитај уште:", "поврзани вести:", "поврзани текстови:", "може да ве интересира",
            "од истата рубрика", "најчитано:", "најнови вести:",
        ]),
        // "Поврзани вести за законот ќе бидат објавени утре": a line of a few words only.
        line(Related).max_words(3).phrases(&["најчитано", "најнови вести", "уште вести", "поврзани вести", "поврзани текстови"]),
        label(Related).phrases(&["прочитајте уште", "издвојуваме", "препорачуваме"]),
        ask(Credit).max_words(40).phrases(&[
            "не го одразуваат ставот на редакцијата", "ставовите изнесени во текстот се лични ставови на авторот",
            "не мора да го одразуваат ставот",
        ]),
        // "Текстот првично е објавен во 1995 година во едно списание" is a book's history too.
        ask(Credit).at(Start).max_words(40).phrases(&["овој текст првично е објавен", "овој текст првпат е објавен"]),
        cue(Credit).phrases(&["првично е објавен"]),
        line(Credit).max_words(10).phrases(&["преведе:", "уредник:", "подготви:"]),
        chrome(Other).max_words(10).phrases(&["сите права се задржани",]),
        label(Other).phrases(&["коментари:", "коментирај"]),
        label_any().phrases(&[
            "подоцна", "потсети ме подоцна", "прифаќам", "продолжи", "печати", "еднократна",
            "најава", "поставки", "разбирам", "друг износ", "прочитај повеќе", "дознај повеќе", "прифати ги сите",
            "одбиј ги сите", "се согласувам", "поддржи", "копирај го линкот",
        ]),
        outlet(Donation).phrases(&[
            "независен медиум", "непрофитен медиум", "финансиран од читателите", "бесплатно за сите",
            "без платен ѕид",
        ]),
        notice().phrases(&["корекција:", "ажурирана верзија:"]),
        body().phrases(&["изјави", "рече", "истакна", "додаде", "наведе"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["за авторот", "за авторката", "повеќе од авторот", "сите текстови од авторот"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["авторот е", "авторката е"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["премини на содржината", "скокни до содржината"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["напиши коментар", "остави коментар", "додај коментар", "прикажи коментари", "коментари од читателите"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["коментари:", "коментари"]),
        ask(Other).part(Comments).phrases(&["за да коментирате", "коментарите се модерираат", "правила за коментирање"]),
        ask(Other).part(Disclaimer).phrases(&["личен став на авторот"]),
        cue(Other).part(Disclaimer).phrases(&["не ги одразуваат нужно", "не го одразува нужно", "ставовите на авторот"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["следна страница", "претходна страница", "пријави грешка"]),
        ask(Other).part(Navigation).phrases(&["вашиот прелистувач е застарен"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "овој текст е дел од проектот", "овој текст е дел од серијалот", "овој напис е дел од",
            "оваа статија е дел од", "написот е дел од", "текстот е дел од проектот", "текстот е дел од серијалот",
            "статијата е дел од", "овој напис е изработен", "овој текст е изработен", "оваа публикација е изработена",
            "оваа публикација е подготвена", "написот е изработен", "текстот е изработен", "статијата е изработена",
            "овој материјал е изработен", "текстот е подготвен во рамки", "написот е подготвен",
            "текстот е објавен во рамки", "написот е објавен во рамки", "овој напис е подготвен",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["прочитајте уште", "прочитај уште", "погледнете и", "поврзано:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["поврзани статии", "слични вести", "најчитани вести", "други вести", "повеќе вести", "избор на уредникот"]),
        header(Donation).max_words(12).phrases(&["ви се допадна статијата", "дали ви се допадна текстот", "ти се допадна статијата"]),
        label(Social).phrases(&["сподели", "споделете", "сподели на"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).part(Comments).max_words(4).phrases(&["остави одговор"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["забележавте грешка", "најдовте грешка"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        chrome(Other).at(Any).max_words(4).phrases(&["мин. читање", "мин читање"]),
        line(Other).max_words(45).phrases(&["оваа статија е изработена", "оваа содржина е изработена"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["бесплатна статија", "бесплатни статии", "бесплатен текст", "бесплатни текстови", "бесплатни текста", "бесплатни написи", "преостанати статии"]),
        ask(Paywall).max_words(30).phrases(&["ова е вашата последна бесплатна статија", "ова е твојата последна бесплатна статија", "последна бесплатна статија", "ги прочитавте сите бесплатни статии", "ги искористивте сите бесплатни статии", "го достигнавте лимитот на бесплатни статии"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["остатокот од статијата е достапен за претплатници", "содржина за претплатници", "прочитајте ја целата статија"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["текстот продолжува по рекламата", "текстот продолжува под рекламата", "статијата продолжува по рекламата", "статијата продолжува подолу", "веста продолжува по рекламата", "продолжение по рекламата", "продолжува по рекламата"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["платена содржина", "промотивна содржина", "рекламна содржина", "партнерска содржина", "спонзориран текст", "рекламен текст", "платена соработка"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["оваа статија содржи партнерски линкови", "може да добиеме провизија"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["сите права задржани", "забрането е преземање", "преземањето е забрането", "забрането копирање", "без писмена дозвола"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["пријави се на билтен", "претплата на билтен"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["преземи ја апликацијата", "симни ја апликацијата", "инсталирајте ја апликацијата"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["оставете коментар", "додади коментар", "коментарите се затворени"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["архивска фотографија", "фото архива"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["пушти видео"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["погледнете го видеото", "слушнете ја веста"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["тагови", "ознаки", "клучни зборови"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["жиро сметка", "трансакциска сметка", "банка депонент", "назив на примач", "цел на дознака", "цел на плаќање", "банка на примачот"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["претплати се", "пријави се", "пријавете се", "пријава за билтен", "сакам да се претплатам", "вашата е-mail адреса", "вашиот email"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["е-пошта", "испрати"]),
        label(Subscription).phrases(&["погледни ги понудите", "видете ги понудите", "пробај бесплатно", "бесплатен пробен период", "најави се", "најавете се", "веќе сте претплатник? најавете се", "веќе имате профил? најавете се", "стани претплатник", "станете претплатник", "стани член", "купи претплата"]),
        label(App).phrases(&["преземи од app store", "преземете од app store", "достапно на google play", "достапно на app store", "отвори во апликацијата", "инсталирај ја апликацијата", "преземи сега"]),
        label(Donation).phrases(&["донирај сега", "месечна донација", "внеси износ", "избери износ", "донирај еднократно", "донирај месечно", "месечна поддршка", "поддржи сега", "продолжи кон плаќање"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["донирај", "еднократно", "месечно"]),
        label(Social).phrases(&["сподели ја статијата", "копирај линк", "испрати по е-пошта", "сподели на facebook", "сподели на фејсбук", "сподели на x", "испрати на пријател", "сподели на viber"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["испечати"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["со пријавувањето се согласувате", "со претплатата се согласувате", "со кликнување на копчето", "се согласувам со обработката на личните податоци", "се согласувам со политиката за приватност", "може да се откажете во секое време", "никогаш нема да ја споделиме", "оваа страница е заштитена со recaptcha", "проверете го вашето сандаче", "потврдете ја претплатата"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["не сакате ништо да пропуштите", "сакате да бидете информирани", "сакате да дознаете повеќе", "дали статијата ви беше корисна", "сакате повеќе вакви приказни"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["изјавија", "рекоа", "истакнаа", "додадоа", "наведоа", "изјавува", "истакнува", "додава", "објасни", "објаснија", "нагласи", "нагласија", "појасни", "посочи", "соопшти", "соопштија", "призна", "предупреди", "праша", "напиша", "вели", "кажа", "рекол", "според", "во интервју за"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотогалерија"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["фото галерија", "отвори галерија", "затвори галерија", "следна фотографија", "претходна фотографија", "цел екран"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ажурирано", "освежи"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["во живо", "директен пренос", "вчитај повеќе"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["пренос во живо", "следете во живо"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["зачувај"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["големина на фонт"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["пушти", "паузирај", "титлови"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["исклучи звук", "вклучи звук", "автоматско пуштање"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["ви се допадна оваа статија", "дали ви беше корисна статијата", "сакате повеќе вакви текстови"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["ви благодариме што прочитавте", "прочитавте до крај", "благодариме што нè читате"]),
        cue(Donation).weight(2.0).phrases(&["секој износ е важен", "и мал износ помага", "поддржете нè со донација"]),
        cue(Subscription).phrases(&["електронско издание", "печатено издание", "дигитално издание", "претплата на весникот", "подарете претплата"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["дозволи не сега", "не сега дозволи", "дозволи подоцна", "подоцна дозволи"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["поддржувам", "сакам да поддржам", "донирам", "сакам да донирам"]),
        label(Membership).phrases(&["сакам да станам член", "веќе сум член"]),
        label(Subscription).phrases(&["се претплатувам", "веќе сум претплатник"]),
        label(Newsletter).phrases(&["се пријавувам"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["прочитајте и:", "прочитајте повеќе:", "погледнете и:", "види и:", "може да ве интересира:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["слушајте во живо", "слушајте не во живо", "гледајте не во живо"]),
        ask(Social).max_words(30).phrases(&["нашиот вајбер канал", "нашата вајбер заедница", "нашиот viber канал", "нашиот whatsapp канал", "нашиот телеграм канал"]),
        label(Social).phrases(&["приклучи се", "приклучете се"]),
        line(Subscription).max_words(10).phrases(&["електронско издание", "дигитално издание", "прочитајте го електронското издание"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["редакцијата го задржува правото да брише", "коментарите не го одразуваат ставот на редакцијата", "навредливите коментари ќе бидат избришани"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["испратете ни вест", "испрати ни вест", "испратете ни фотографии", "контактирајте ја редакцијата", "имате вест"]),
        label(Other).phrases(&["испрати вест", "пријави вест"]),
        label(Ad).phrases(&["купи билети"]),
        ask(Ad).max_words(35).phrases(&["бараме новинар", "бараме новинари", "придружете се на нашиот тим", "приклучете се кон нашиот тим"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["вашата адреса за е-пошта нема да биде објавена", "задолжителните полиња се означени"]),
        label(Other).part(Comments).phrases(&["испрати коментар", "објави коментар"]),
    ],
    // "нас", "наш", "ти", "твој", "тебе", "ваш", "вас" are the Serbian pack's, "ние", "вие",
    // "нашата", "вашата" the Bulgarian's: the Macedonian forms of the pronouns stand here.
    we: &["нашиот", "нѐ", "ни треба"],
    you: &["твојата", "твојот", "твоите", "вашиот"],
};
