//! Ukrainian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "uk",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["час читання", "хв читання", "хвилин читання", "хвилини читання"]),
        header(Donation).max_words(8).phrases(&["підтримайте", "повідомлення від"]),
        ask(Donation).weight(3.5).phrases(&["підтримайте нас", "підтримати нас", "задонатити", "ваш внесок", "будь-яка сума"]),
        cue(Donation).phrases(&["ваша підтримка", "вашої підтримки", "незалежну журналістику", "незалежної журналістики", "нашу роботу", "на місяць", "щомісяця"]),
        salutation(Donation).max_words(6).phrases(&["дорогі читачі", "шановні читачі", "любі читачі", "дорогі друзі"]),
        ask(Membership).phrases(&["станьте членом", "долучайтеся до спільноти", "приєднуйтесь до спільноти"]),
        ask(Subscription).phrases(&["оформити передплату", "оформіть підписку", "тільки для передплатників"]),
        ask(Newsletter).phrases(&["нашу розсилку", "на розсилку"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["погоджуєтеся на зберігання файлів cookie", "зберігання файлів cookie на своєму пристрої"]),
        cue(Cookie).phrases(&["покращення навігації сайтом", "наших маркетингових"]),
        ask(Cookie).phrases(&["ми використовуємо файли cookie", "файли cookie"]),
        ask(Social).phrases(&["підписуйтесь на", "підпишіться на", "читайте нас у", "стежте за нами"]),
        line(Related).max_words(24).phrases(&["попередня стаття", "наступна стаття", "читайте також", "дивіться також", "найпопулярніше"]),
        label(Ad).phrases(&["реклама"]),
        chrome(Other).max_words(10).phrases(&["всі права захищені",]),
        label_any().phrases(&["нагадати пізніше", "закрити", "не зараз", "ні, дякую", "щомісяця", "одноразово", "підписатися", "поділитися", "продовжити"]),
        ask(Donation).weight(3.5).phrases(&[
            "допоможіть нам", "нам потрібна ваша підтримка", "підтримати редакцію", "підтримайте редакцію", "станьте патроном",
            
        ]),
        ask(Social).weight(3.5).phrases(&["підписуйтесь на наш", "наш телеграм-канал", "наш канал у"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["вам сподобався матеріал", "сподобався матеріал"]),
        cue(Donation).weight(2.0).phrases(&["існує завдяки", "завдяки вашій підтримці", "на кошти читачів", "незалежне видання", "незалежне медіа"]),
        label(Donation).phrases(&["підтримати", "задонатити", "допомогти"]),
        line(Credit).max_words(8).phrases(&["за матеріалами"]),
        line(Related).max_words(8).phrases(&["вам може сподобатися", "рекомендуємо", "інші новини", "ще на тему"]),
        notice().phrases(&["виправлення:", "оновлено:", "від редакції", "уточнення:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["матеріал оновлено", "матеріал було оновлено", "статтю оновлено", "у попередній версії цього"]),
        body().phrases(&["сказав", "сказала", "заявив", "заявила", "повідомив", "повідомила", "за словами", "за даними"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["безкоштовних статей", "ліміт безкоштовних"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["ви прочитали"]),
        cue(Newsletter).weight(2.0).phrases(&["на вашу пошту", "на вашу скриньку", "на пошту"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["завантажте наш застосунок", "завантажте застосунок", "завантажте наш додаток", "завантажте додаток"]),
        cue(App).phrases(&["наш застосунок", "нашому застосунку", "наш додаток"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "підтримай нас", "допоможи нам", "задонать", "зробіть внесок", "кожна гривня", "без вашої підтримки",
            "з вашою допомогою", "щомісячний внесок", "регулярний внесок", "станьте донором", "підтримайте незалежн*",
        ]),
        cue(Donation).weight(0.5).phrases(&["донат*", "внеск*", "підтримк*"]),
        ask(Membership).phrases(&["станьте частиною", "стань частиною", "приєднуйтеся до спільноти", "вступайте до клубу"]),
        cue(Membership).phrases(&["членств*"]),
        ask(Subscription).phrases(&["оформіть передплату", "передплатіть", "безлімітний доступ", "перший місяць безкоштовно"]),
        cue(Subscription).phrases(&["передплат*"]),
        ask(Paywall).weight(3.5).phrases(&["щоб продовжити читання", "доступно лише передплатникам", "лише для передплатників", "увійдіть, щоб"]),
        ask(Newsletter).phrases(&["підпишіться на розсилку", "ваш email", "ваш e-mail", "вашу електронну пошту", "відписатися будь-коли", "можна відписатися"]),
        ask(App).phrases(&["завантажте наш мобільний застосунок"]),
        cue(App).phrases(&["в app store", "у google play", "наш мобільний застосунок"]),
        ask(Cookie).phrases(&["використовує файли cookie", "прийняти всі", "налаштування cookie", "політика конфіденційності"]),
        ask(Social).phrases(&["підписуйтеся на наш", "поділіться", "приєднуйтесь до нас у"]),
        label(Related).phrases(&["читайте також", "по темі", "дивіться також", "на тему"]),
        ask(Credit).max_words(40).phrases(&["матеріал підготував", "матеріал підготувала", "переклад з англійської"]),
        line(Credit).max_words(10).phrases(&["текст:", "автор:", "авторка:", "редактор:", "редакторка:", "переклад:"]),
        label_any().phrases(&["прийняти всі", "відхилити", "увійти", "зареєструватися", "читати далі", "детальніше"]),
        outlet(Donation).phrases(&["без реклами", "без пейволу", "неприбуткове", "неприбуткова", "безкоштовно для всіх", "незалежні медіа"]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["перш ніж піти", "підтримайте нашу роботу"]),
        ask(Donation).weight(3.5).phrases(&[
            "підтримати нас можна", "разовий внесок", "регулярна підтримка", "щомісячна підтримка", "оберіть суму",
            "будь-яку суму", "задонатьте", "кожен донат", "ми існуємо завдяки", "на patreon",
        ]),
        cue(Donation).phrases(&["номер картки", "монобанка", "завдяки вам", "ваша допомога"]),
        ask(Paywall).weight(3.5).phrases(&["щоб читати далі", "доступний лише для", "доступно передплатникам"]),
        ask(Subscription).phrases(&["оформити підписку", "передплата від", "місяць безкоштовно"]),
        ask(Newsletter).phrases(&["підпишіться на нашу розсилку", "отримуйте новини на пошту", "введіть email", "введіть вашу електронну", "дякуємо за підписку"]),
        ask(Cookie).phrases(&["ми використовуємо cookie", "використовуємо куки", "файли куки"]),
        ask(Social).phrases(&["підписуйтесь на нас", "підписуйтеся на нас", "читайте нас у telegram", "наш telegram", "наш телеграм", "приєднуйтесь до нашого"]),
        line(Related).max_words(24).phrases(&["вас може зацікавити", "більше новин", "схожі новини", "схожі статті", "найбільше читають", "новини на тему"]),
        line(Credit).max_words(10).phrases(&["автор фото"]),
        label_any().phrases(&["пізніше", "зрозуміло", "погоджуюсь", "прийняти"]),
        outlet(Donation).phrases(&["неприбуткове медіа", "громадське медіа", "без інвесторів", "без олігархів", "редакційна незалежність"]),
        // Also news wording: "Україна хоче стати членом ЄС", "розсилка фейкових повідомлень",
        // "слідчі отримали повний доступ", "кожен може зробити внесок у відбудову", "поділитися в
        // соцмережах", "По темі виступив міністр", "Підтримати законопроєкт вирішили депутати".
        // Cues, or lines and headers in a narrower place.
        cue(Donation).weight(2.0).phrases(&["зробити внесок"]),
        header(Donation).max_words(2).phrases(&["підтримати"]),
        cue(Membership).phrases(&["стати членом"]),
        cue(Newsletter).weight(2.0).phrases(&["розсилк*"]),
        cue(Subscription).weight(2.0).phrases(&["повний доступ"]),
        cue(Social).weight(2.0).phrases(&["поділитися в"]),
        cue(Credit).phrases(&["вперше опубліковано"]),
        ask(Credit).max_words(40).phrases(&["матеріал вперше опубліковано", "цей матеріал вперше"]),
        line(Related).max_words(3).phrases(&["по темі", "останні новини"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        ask(Donation).weight(3.5).phrases(&["підтримайте нашу роботу", "підтримай нашу роботу", "ваша підтримка для нас", "існуємо завдяки"]),
        cue(Donation).phrases(&["коштує грошей", "кожен внесок", "дозволяє нам", "завдяки читачам", "щомісячним внеском"]),
        label_any().phrases(&["долучитися до спільноти", "разовий внесок", "щомісячний внесок", "допомогти редакції"]),
        ask(Membership).phrases(&["долучайся до спільноти"]),
        ask(Subscription).phrases(&["оформи передплату", "щоб дочитати"]),
        cue(Subscription).phrases(&["необмежений доступ"]),
        ask(App).phrases(&["завантажте наш", "завантаж наш", "наш безкоштовний застосунок"]),
        ask(Cookie).phrases(&["продовжуючи користуватися сайтом", "продовжуючи використовувати сайт"]),
        cue(Cookie).phrases(&["ви погоджуєтеся", "покращити роботу сайту"]),
        ask(Social).at(Start).max_words(8).phrases(&["поділитися у", "поділитися в"]),
        outlet(Donation).phrases(&["без платного доступу"]),
        line(Credit).max_words(6).phrases(&["за участі"]),
        cue(Credit).phrases(&["кореспондентка відділу", "кореспондент відділу", "пише про"]),
        // Both registers of the same asks ("ти" and "Ви").
        ask(Newsletter).phrases(&["підпишись на розсилку", "підпишись на нашу розсилку"]),
        ask(App).phrases(&["завантаж застосунок", "завантажуйте наш застосунок"]),
        ask(Social).phrases(&["підписуйся на наш"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["вже маєте передплату", "вже є передплата"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["читачах, як ви", "читачах, як ти"]),
        cue(Donation).phrases(&["добровільний внесок", "безкоштовний для всіх", "допоможете нам", "ми просимо вас про"]),
        label_any().phrases(&["хочу допомогти", "так, допоможу"]),
        ask(Membership).phrases(&["станьте другом", "стань другом"]),
        cue(Paywall).weight(2.0).phrases(&["безкоштовних матеріалів"]),
        cue(Newsletter).phrases(&["без спаму", "відписатися можна", "дібране вручну"]),
        ask(App).phrases(&["встановіть застосунок", "встанови застосунок"]),
        cue(App).weight(2.0).phrases(&["увімкніть сповіщення"]),
        cue(Cookie).weight(2.0).phrases(&["технології відстеження", "змінити свій вибір"]),
        label_any().phrases(&["дозволити всі"]),
        ask(Credit).max_words(30).phrases(&["зв'язатися з автором"]),
        ask(Social).phrases(&["надішліть його друзям", "надішли його друзям"]),
        header(Social).max_words(8).phrases(&["сподобалася стаття"]),
        line(Related).max_words(24).phrases(&["за темою:"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["про автора", "про авторку", "про авторів", "автор статті", "всі матеріали автора", "усі матеріали автора", "інші матеріали автора"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["автор є", "авторка є", "автор —", "авторка —", "автор працює", "авторка працює"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["є журналістом", "є журналісткою", "незалежний журналіст", "незалежна журналістка"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["перейти до вмісту", "перейти до змісту", "перейти до основного вмісту"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["залишити коментар", "написати коментар", "додати коментар", "показати коментарі", "коментарі читачів", "коментарі закрито"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["коментарі"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["коментарі", "коментарів", "коментаря"]),
        ask(Other).part(Comments).phrases(&["щоб залишити коментар", "коментарі модеруються", "правила коментування"]),
        ask(Other).part(Disclaimer).phrases(&["думка редакції може не збігатися", "може не збігатися з думкою", "позиція редакції може не збігатися", "відображає особисту думку автора", "є особистою думкою автора", "редакція може не поділяти"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["наступна сторінка", "попередня сторінка", "сторінка 1 з", "повідомити про помилку", "знайшли помилку"]),
        ask(Other).part(Navigation).phrases(&["сайт найкраще працює", "ваш браузер застарів", "увімкніть javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(8).phrases(&["підтримай"]),
        header(Donation).max_words(14).phrases(&["підтримай нашу роботу"]),
        ask(Donation).weight(3.5).phrases(&[
            "твій внесок", "нам потрібна твоя підтримка", "підтримай редакцію", "стань патроном", "зроби внесок",
            "без твоєї підтримки", "з твоєю допомогою", "стань донором", "підтримай незалежн*", "обери суму",
            "твоя підтримка для нас",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["тобі сподобався матеріал"]),
        ask(Membership).phrases(&["стань членом", "приєднуйся до спільноти", "вступай до клубу"]),
        ask(Subscription).phrases(&["оформи підписку"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["вже маєш передплату"]),
        ask(Paywall).weight(3.5).phrases(&["увійди, щоб"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["ти прочитав"]),
        ask(Newsletter).phrases(&["твій email", "твій e-mail", "твою електронну пошту", "введи email", "введи свою електронну", "отримуй новини на пошту"]),
        ask(App).phrases(&["завантаж додаток"]),
        ask(Social).phrases(&[
            "підписуйся на", "підпишись на", "читай нас у", "стеж за нами", "поділись", "приєднуйся до нас у",
            "підписуйся на нас", "приєднуйся до нашого",
        ]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "читай також", "дивись також", "читайте ще", "також читайте", "тебе може зацікавити", "вам може бути цікаво",
            "тобі може бути цікаво", "тобі може сподобатися", "вам також може сподобатися",
        ]),
        line(Related).max_words(6).phrases(&[
            "матеріали за темою", "статті за темою", "новини за темою", "більше на тему", "також за темою", "ще новини",
            "більше матеріалів", "більше статей", "інші матеріали", "інші статті", "схожі матеріали", "пов'язані матеріали",
            "пов'язані статті", "пов'язані новини", "повʼязані матеріали", "повʼязані статті", "повʼязані новини",
            "головні новини", "найчитаніше", "стрічка новин", "вибір редакції", "ще з рубрики", "ще з розділу",
            "попередня новина", "наступна новина", "попередній матеріал", "наступний матеріал",
        ]),
        line(Related).max_words(4).phrases(&["популярне", "за темою", "не пропустіть"]),
        label(Related).phrases(&[
            "матеріали за темою", "новини за темою", "за темою", "ще новини", "інші новини", "схожі новини", "схожі статті",
            "найпопулярніше", "найчитаніше", "популярне", "головні новини", "останні новини", "стрічка новин",
            "вибір редакції", "рекомендуємо", "не пропустіть", "вас може зацікавити", "вам може сподобатися",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "зберігати та/або отримувати доступ до інформації на пристрої", "вимірювання оголошень й контенту",
            "дослідження аудиторії та розвиток послуг", "постачальники зі специфікацією tcf",
        ]),
        label_any().phrases(&[
            "погоджуюся", "відхилити всі",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "цей матеріал є частиною проєкту", "цей матеріал є частиною проекту", "цей матеріал є частиною серії",
            "цей матеріал є частиною циклу", "цей матеріал є частиною спецпроєкту", "цей матеріал є частиною спецпроекту",
            "цей текст є частиною проєкту", "цей текст є частиною проекту", "цей текст є частиною серії",
            "цей текст є частиною циклу", "цей текст є частиною спецпроєкту", "цей текст є частиною спецпроекту",
            "ця стаття є частиною проєкту", "ця стаття є частиною проекту", "ця стаття є частиною серії",
            "ця стаття є частиною циклу", "ця стаття є частиною спецпроєкту", "ця стаття є частиною спецпроекту",
            "цей матеріал входить до серії", "цей матеріал входить до циклу", "цей матеріал входить до проєкту",
            "цей матеріал входить до проекту", "цей матеріал входить до спецпроєкту",
            "цей матеріал входить до спецпроекту", "цей матеріал підготовлено", "цей матеріал підготовлений",
            "цей матеріал створено", "цей матеріал створений", "цей текст підготовлено", "цю статтю підготовлено",
            "цю публікацію підготовлено", "ця публікація стала можливою", "цей матеріал став можливим",
            "ця публікація здійснена", "матеріал підготовлено за", "матеріал підготовлено в рамках",
            "матеріал підготовлено у рамках", "матеріал підготовлений за", "матеріал підготовлений в рамках",
            "матеріал створено за", "матеріал створено в рамках", "матеріал створено у рамках", "статтю підготовлено за",
            "статтю підготовлено в рамках", "публікацію підготовлено за", "публікацію підготовлено в рамках",
            "публікація здійснена за", "текст підготовлено за", "текст підготовлено в рамках",
            "матеріал опубліковано в рамках",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&[
            "детальніше:", "читайте детальніше", "детальніше читайте", "читайте по темі", "читайте за темою", "по темі:",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["схожі записи", "схожі публікації", "свіжі записи", "останні записи", "популярні записи"]),
        header(Donation).max_words(12).phrases(&["вам сподобалася стаття", "тобі сподобалася стаття", "чи була ця стаття корисною", "чи була стаття корисною", "вам сподобався цей матеріал"]),
        label(Social).phrases(&["поділитися посиланням", "поділитися статтею", "ми в соцмережах", "ми в соціальних мережах", "слідкуйте за нами"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["слухати статтю", "прослухати статтю", "послухати статтю", "слухати новину", "прослухати новину", "аудіоверсія статті"]),
        chrome(Social).max_words(5).phrases(&["дивитися на youtube"]),
        chrome(Social).max_words(7).phrases(&["переглянути цю публікацію в instagram", "переглянути цей допис в instagram"]),
        chrome(Social).max_words(10).phrases(&["допис, поширений"]),
        chrome(Social).max_words(15).phrases(&["♬ оригінальний звук"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["скасувати відповідь", "опублікувати коментар", "залишити відповідь", "завантажити коментарі", "приховати коментарі", "усі коментарі"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["коментарів поки немає"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["обов’язкові поля позначені", "обов'язкові поля позначені"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["щоб відправити коментар вам необхідно авторизуватись"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ваша e-mail адреса не оприлюднюватиметься", "ваша адреса електронної пошти не буде опублікована"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["виділіть її та натисніть ctrl+enter", "виділіть її і натисніть ctrl+enter", "виділіть текст і натисніть ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["помітили помилку?", "знайшли помилку?"]),
        chrome(Other).part(Navigation).max_words(25).phrases(&["якщо ви помітили помилку, виділіть"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["читайте:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["хв. читання", "хвилина читання"]),
        line(Other).max_words(45).phrases(&["матеріал опубліковано за підтримки", "публікацію здійснено", "цей текст створено", "цей матеріал опубліковано", "статтю створено"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["безкоштовна стаття", "безкоштовні статті", "безкоштовну статтю", "безкоштовної статті", "безкоштовний матеріал", "безкоштовні матеріали", "статей залишилося", "залишилося статей"]),
        ask(Paywall).max_words(30).phrases(&["це ваша остання безкоштовна стаття", "це твоя остання безкоштовна стаття", "ваша остання безкоштовна стаття", "ви прочитали всі безкоштовні статті", "ти прочитав усі безкоштовні статті", "ви вичерпали ліміт безкоштовних статей", "ви досягли ліміту безкоштовних статей", "ліміт безкоштовних статей вичерпано", "у вас закінчилися безкоштовні статті", "ви вичерпали ліміт безкоштовних матеріалів"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["продовження доступне за передплатою", "продовження доступне лише передплатникам", "повний текст доступний передплатникам", "стаття доступна лише передплатникам", "матеріал доступний тільки для передплатників", "лише для підписників", "щоб дочитати статтю"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["рекламний блок"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["продовження після реклами", "продовження статті після реклами", "продовження статті нижче", "стаття продовжується після реклами", "матеріал продовжується після реклами", "текст продовжується після реклами", "новина продовжується після реклами", "читайте далі після реклами", "продовження нижче"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["публікується на правах реклами", "партнерський матеріал", "матеріал партнера", "партнерський проєкт", "спонсорський матеріал", "рекламний матеріал", "матеріал підготовлено за підтримки"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["стаття містить партнерські посилання", "матеріал містить партнерські посилання", "у статті є партнерські посилання", "ми можемо отримувати комісію", "ми можемо отримати комісію", "ми отримуємо комісію", "редакція може отримувати комісію"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["усі права захищені", "усі права захищено", "використання матеріалів дозволяється лише", "будь-яке використання матеріалів", "передрук заборонено", "копіювання заборонено", "гіперпосилання обов'язкове", "гіперпосилання обов’язкове", "при використанні матеріалів"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["підписатися на розсилку"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["залиште коментар", "коментування закрито", "увійдіть щоб коментувати"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["з архіву", "особистий архів", "з особистого архіву", "ілюстративне фото", "кадр з відео"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["відтворити відео", "відтворити знову"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["це модальне вікно", "кінець діалогового вікна"]),
        label(Other).part(Player).weight(2.5).phrases(&["відеопрогравач", "відеоплеєр", "аудіопрогравач", "аудіоплеєр"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["теги", "теґи", "мітки", "ключові слова"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["розрахунковий рахунок", "р/р", "номер рахунку", "призначення платежу", "банк отримувача", "номер картки"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["підписатися безкоштовно", "хочу підписатися", "ваша електронна пошта", "ваша електронна адреса", "введіть e-mail", "введіть вашу електронну адресу", "введіть свій email", "електронна пошта"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["підпишіться", "підпишись", "надіслати", "відправити"]),
        label(Subscription).phrases(&["купити підписку", "обрати тариф", "переглянути пропозиції", "спробувати безкоштовно", "вже маєте підписку? увійдіть", "вже є підписка? увійти", "вже є акаунт? увійти", "стати підписником", "стати передплатником", "стати учасником", "стати членом клубу", "отримати доступ", "приєднатися до спільноти"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["передплатити"]),
        label(App).phrases(&["завантажити в app store", "завантажте в app store", "доступно в app store", "доступно в google play", "завантажити з google play", "завантажити застосунок", "завантажити додаток", "відкрити в застосунку", "відкрити застосунок", "встановити застосунок"]),
        label(Donation).phrases(&["підтримати зараз", "підтримати проєкт", "інша сума", "своя сума", "стати патроном", "допомогти проєкту", "підтримувати щомісяця", "разова підтримка", "перейти до оплати", "введіть суму"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["пожертвувати", "щомісячно", "разово"]),
        label(Social).phrases(&["скопіювати посилання", "копіювати посилання", "посилання скопійовано", "скопійовано в буфер обміну", "версія для друку", "надіслати поштою", "надіслати на e-mail", "поділитися у facebook", "поділитися в facebook", "поділитися в telegram", "поділитися у viber", "поділитися в x"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["друкувати", "роздрукувати"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["натискаючи кнопку «підписатися»", "натискаючи «підписатися», ви погоджуєтеся", "підписуючись, ви погоджуєтеся", "підписуючись на розсилку", "я погоджуюсь на обробку персональних даних", "я погоджуюся на обробку персональних даних", "даю згоду на обробку", "погоджуюся з політикою конфіденційності", "ви можете відписатися в будь-який момент", "відписатися можна в будь-який час", "ми не передаємо ваші дані", "ми не надсилаємо спам", "цей сайт захищено recaptcha", "перевірте свою пошту", "перевірте поштову скриньку"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["хочете більше таких історій", "хочете читати більше", "не хочете нічого пропустити", "не хочеш нічого пропустити", "хочете бути в курсі", "стаття була корисною", "цінуєте нашу роботу", "сподобався текст", "хочете дізнатися більше", "хочете отримувати новини"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["сказали", "заявили", "повідомили", "зазначив", "зазначила", "зазначили", "наголосив", "наголосила", "наголосили", "додав", "додала", "додали", "пояснив", "пояснила", "пояснили", "розповів", "розповіла", "розповіли", "підтвердив", "підтвердила", "визнав", "визнала", "заперечив", "заперечила", "попередив", "попередила", "нагадав", "нагадала", "відповів", "відповіла", "запитав", "запитала", "написав", "написала", "підкреслив", "підкреслила", "уточнив", "уточнила", "запевнив", "запевнила", "каже", "повідомляє", "передає", "зазначає", "наголошує", "цитує", "в інтерв'ю", "в інтерв’ю", "у розмові з"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотогалерея", "збільшити"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["наступне фото", "попереднє фото", "відкрити галерею", "закрити галерею", "усі фото"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["на весь екран", "дивитися всі фото"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["наживо", "онлайн-трансляція", "оновлено", "оновити", "закріплено"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["пряма трансляція", "текстова трансляція", "дивитися наживо", "показати ще", "завантажити ще"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["зберегти", "збережено"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["розмір шрифту", "збільшити шрифт", "зменшити шрифт"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["відтворити", "автовідтворення", "аудіоверсія", "субтитри"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["дивитися відео", "вимкнути звук", "увімкнути звук", "швидкість відтворення"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["цей матеріал був корисним", "хочете більше таких матеріалів", "тобі сподобався цей текст"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["дякуємо, що дочитали до кінця", "дякуємо, що дочитали", "ви дочитали до кінця", "дякуємо, що читаєте нас", "дякуємо, що ви з нами", "дякуємо, що ти з нами"]),
        cue(Donation).weight(2.0).phrases(&["навіть невелика сума"]),
        cue(Subscription).phrases(&["електронна версія газети", "передплатний індекс", "передплата на газету", "друкована версія журналу", "свіжий номер журналу", "подаруйте передплату", "pdf-версія номера"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["дозволити не зараз", "не зараз дозволити", "дозволити пізніше", "пізніше дозволити", "дозволити блокувати", "блокувати дозволити", "дозволити скасувати", "скасувати дозволити"]),
        cue(App).phrases(&["push-сповіщення", "отримувати сповіщення"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["підтримую", "хочу підтримати", "я підтримую", "я вже підтримую", "вже підтримую"]),
        label(Membership).phrases(&["долучаюсь", "долучаюся", "хочу долучитися", "хочу стати членом"]),
        label(Subscription).phrases(&["підписуюсь", "я вже підписаний", "вже маю підписку"]),
        label(Newsletter).phrases(&["хочу отримувати розсилку"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["читайте також:", "читай також:", "також читайте:", "дивіться також:", "дивись також:", "слухайте також:", "ще по темі:", "пов'язані новини:", "пов’язані новини:", "схожі новини:", "вас може зацікавити:", "вам може бути цікаво:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["дивитися прямий ефір", "слухати прямий ефір", "слухати ефір", "слухати радіо онлайн"]),
        ask(Social).max_words(30).phrases(&["нашому телеграм-каналі", "нашому telegram-каналі", "нашому каналі в", "нашому каналі у", "наш viber-канал"]),
        label(Social).phrases(&["підписатися на канал", "перейти в канал", "приєднатися до каналу"]),
        line(Subscription).max_words(10).phrases(&["читати свіжий номер", "електронна версія номера", "pdf-версія газети"]),
        label(Subscription).phrases(&["електронна версія", "pdf-версія", "свіжий номер"]),
        ask(Other).part(Comments).max_words(60).phrases(&["редакція залишає за собою право", "коментарі публікуються після модерації", "коментувати можуть лише зареєстровані"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["маєте новину?", "надсилайте свої новини", "надішліть нам новину", "повідомте нам новину", "надсилайте нам фото та відео", "напишіть у редакцію", "пишіть у редакцію", "напишіть до редакції", "зв’яжіться з редакцією", "зв'яжіться з редакцією"]),
        label(Other).phrases(&["запропонувати новину", "повідомити новину", "написати в редакцію", "зв’язатися з редакцією", "зв'язатися з редакцією"]),
        ask(Ad).max_words(35).phrases(&["беріть участь у розіграші", "виграйте квитки"]),
        label(Ad).phrases(&["купити квитки", "купити квиток", "придбати квитки"]),
        ask(Ad).max_words(35).phrases(&["ми шукаємо журналіста", "ми шукаємо журналістів", "шукаємо кореспондента", "приєднуйтесь до нашої команди", "долучайтеся до нашої команди", "резюме надсилайте"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["для наступних моїх коментарів", "ваш коментар очікує на модерацію", "ваша e-mail адреса не оприлюднюватиметься"]),
        label(Other).part(Comments).phrases(&["коментувати", "обговорити", "надіслати коментар"]),
    ],
    we: &["ми", "наш", "наша", "наше", "наші", "нам", "нас", "нашу"],
    you: &[
        "ви", "ваш", "ваша", "вас", "вам", "ваші", "вашу", "вашої", "ваших", "ти", "тебе", "тобі", "тобою", "твій", "твоя",
        "твоє", "твої", "твою", "твоєї", "твоїх",
    ],
};
