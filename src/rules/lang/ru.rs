//! Russian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ru",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["время чтения", "мин чтения", "минут чтения", "минуты чтения"]),
        header(Donation).max_words(8).phrases(&["поддержите", "сообщение от"]),
        ask(Donation).weight(3.5).phrases(&["поддержите нас", "поддержать нас", "сделать пожертвование", "задонатить", "ваше пожертвование", "любая сумма"]),
        cue(Donation).phrases(&["ваша поддержка", "вашей поддержки", "независимой журналистики", "независимую журналистику", "нашу работу", "в месяц", "пожертвован*"]),
        salutation(Donation).max_words(6).phrases(&["дорогие читатели", "уважаемые читатели", "дорогой читатель", "дорогие друзья"]),
        ask(Subscription).phrases(&["оформить подписку", "оформите подписку", "только для подписчиков"]),
        ask(Newsletter).phrases(&["нашу рассылку", "на рассылку", "подпишитесь на рассылку"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["вы соглашаетесь на хранение файлов cookie", "хранение файлов cookie на своем устройстве"]),
        cue(Cookie).phrases(&["улучшения навигации по сайту", "наших маркетинговых"]),
        ask(Cookie).phrases(&["мы используем файлы cookie", "использует файлы cookie", "файлы cookie"]),
        ask(Social).phrases(&["подписывайтесь на", "подпишитесь на", "читайте нас в", "следите за нами", "наш телеграм"]),
        line(Related).max_words(24).phrases(&["предыдущая статья", "следующая статья", "читайте также", "читайте также:", "смотрите также", "самое читаемое", "еще по теме"]),
        label(Ad).phrases(&["реклама", "партнерский материал"]),
        chrome(Other).max_words(10).phrases(&["все права защищены",]),
        label_any().phrases(&["напомнить позже", "закрыть", "не сейчас", "нет, спасибо", "ежемесячно", "единоразово", "разово", "подписаться", "поделиться", "продолжить", "принять"]),
        ask(Donation).weight(3.5).phrases(&[
            "помогите нам", "нам нужна ваша помощь", "поддержать редакцию", "поддержите редакцию", "сделайте пожертвование",
            "помочь редакции", "ежемесячное пожертвование", 
        ]),
        ask(Paywall).weight(3.5).phrases(&["чтобы продолжить чтение", "доступно только подписчикам"]),
        ask(Social).weight(3.5).phrases(&["подписывайтесь на наш", "наш телеграм-канал", "наш канал в", "читайте нас в telegram"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["вам понравился материал", "понравился материал", "вам понравилась статья"]),
        cue(Donation).weight(2.0).phrases(&["существует на пожертвования", "на деньги читателей", "благодаря читателям", "благодаря вашей поддержке", "независимое издание", "независимое сми"]),
        label(Donation).phrases(&["поддержать", "пожертвовать", "помочь", "поддержать нас"]),
        line(Credit).max_words(8).phrases(&["по материалам"]),
        line(Related).max_words(8).phrases(&["вам может понравиться", "рекомендуем", "другие новости", "ещё по теме"]),
        notice().phrases(&["исправление:", "обновлено:", "от редакции", "уточнение:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["материал обновлен", "материал был обновлен", "статья была обновлена", "в предыдущей версии этого"]),
        body().phrases(&["сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила", "по словам", "по данным"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["бесплатных статей", "лимит бесплатных"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["вы прочитали"]),
        cue(Newsletter).weight(2.0).phrases(&["на вашу почту", "в ваш почтовый ящик", "на почту"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["скачайте наше приложение", "скачайте приложение", "установите приложение"]),
        cue(App).phrases(&["наше приложение", "нашем приложении"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "поддержи нас", "помоги нам", "пожертвуйте", "пожертвуй", "задонатьте", "без вашей поддержки",
            "с вашей помощью", "станьте донором", "стать донором", "регулярное пожертвование",
            "поддержите нас рублем", "оформите ежемесячн*", "поддержите независим*",
        ]),
        cue(Donation).weight(0.5).phrases(&["пожертвова*", "донат*", "поддержк*"]),
        ask(Membership).phrases(&["станьте участником", "вступайте в клуб", "станьте членом клуба", "присоединяйтесь к сообществу", "станьте частью", "стань частью"]),
        cue(Membership).phrases(&["членство*", "клуб друзей"]),
        ask(Subscription).phrases(&["безлимитный доступ", "первый месяц бесплатно", "уже подписаны", "оформить подписку за", "подписка от"]),
        cue(Subscription).weight(0.5).phrases(&["подписк*", "подписчик*"]),
        ask(Paywall).weight(3.5).phrases(&["войдите, чтобы", "чтобы читать дальше", "доступен только подписчикам", "зарегистрируйтесь, чтобы"]),
        ask(Newsletter).phrases(&["подпишитесь на нашу рассылку", "ваш email", "ваш e-mail", "вашу электронную почту", "отписаться в любой момент", "можно отписаться"]),
        ask(App).phrases(&["скачайте наше мобильное приложение"]),
        cue(App).phrases(&["в app store", "в google play", "наше мобильное приложение"]),
        ask(Cookie).phrases(&["используем cookie", "принять все", "настройки cookie", "политика конфиденциальности"]),
        ask(Social).phrases(&["подписывайтесь на наш канал", "поделитесь", "присоединяйтесь к нам в"]),
        label(Related).phrases(&["читайте также", "по теме", "смотрите также", "еще по теме", "ещё по теме"]),
        ask(Credit).max_words(40).phrases(&["материал подготовил", "материал подготовила", "впервые опубликован", "перевод с английского"]),
        line(Credit).max_words(10).phrases(&["текст:", "автор:", "редактор:", "перевод:", "иллюстрация:"]),
        label_any().phrases(&["принять все", "отклонить", "войти", "зарегистрироваться", "читать далее", "подробнее"]),
        outlet(Donation).phrases(&["без рекламы", "без пейвола", "без платного доступа", "некоммерческое", "бесплатно для всех", "независимое медиа", "независимые медиа"]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["прежде чем уйти", "перед тем как уйти", "поддержите нашу работу"]),
        ask(Donation).weight(3.5).phrases(&[
            "разовое пожертвование", "выберите сумму", "любую сумму", "каждый донат", "мы существуем благодаря",
            "существуем только благодаря", "помочь нам можно", "поддержать нас можно", "сделайте донат",
        ]),
        cue(Donation).phrases(&["номер карты", "благодаря вам", "ваша помощь"]),
        cue(Donation).weight(1.0).phrases(&["криптовалют*"]),
        ask(Paywall).weight(3.5).phrases(&["продолжить чтение", "статья доступна", "доступ к материалу"]),
        ask(Newsletter).phrases(&["введите email", "введите ваш e-mail", "спасибо за подписку", "получайте новости на почту"]),
        ask(Cookie).phrases(&["мы используем cookie", "используем куки", "файлы куки"]),
        ask(Social).phrases(&["подписывайтесь на нас", "наш youtube", "наш instagram", "наш telegram", "присоединяйтесь к нашему"]),
        line(Related).max_words(24).phrases(&["вам может быть интересно", "больше новостей", "похожие новости", "похожие материалы", "самое популярное", "новости по теме"]),
        line(Credit).max_words(10).phrases(&["автор фото"]),
        label_any().phrases(&["позже", "понятно", "согласен", "принимаю"]),
        outlet(Donation).phrases(&["без государственного финансирования", "не берем денег", "не берём денег", "не зависим от"]),
        // Also news wording: "написал об этом в Telegram", "пожертвовать жизнью", "рассылка спама",
        // "получили полный доступ к переписке", "ежемесячный платеж по ипотеке", "согласие на обработку
        // данных", "поделиться в соцсетях", "По теме выступил министр", "Поддержать инициативу решили
        // депутаты". Cues, or lines and headers in a narrower place.
        cue(Donation).weight(2.0).phrases(&["пожертвовать", "ежемесячный платеж", "ежемесячный платёж"]),
        header(Donation).max_words(2).phrases(&["поддержать"]),
        cue(Social).weight(2.0).phrases(&["в telegram", "поделиться в"]),
        cue(Newsletter).weight(2.0).phrases(&["рассылк*"]),
        cue(Subscription).weight(2.0).phrases(&["полный доступ"]),
        cue(Paywall).weight(2.0).phrases(&["материал доступен"]),
        ask(Paywall).weight(3.5).phrases(&["материал доступен только", "материал доступен подписчикам"]),
        cue(Cookie).phrases(&["согласие на обработку"]),
        line(Related).max_words(3).phrases(&["по теме", "последние новости"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        ask(Donation).weight(3.5).phrases(&["поддержите нашу работу", "поддержи нашу работу", "можете помочь нам", "ваша поддержка для нас"]),
        cue(Donation).phrases(&["стоит денег", "реквизиты", "банковским переводом", "каждое пожертвование", "позволяет нам"]),
        label_any().phrases(&["вступить в клуб", "разовое пожертвование", "ежемесячное пожертвование", "помочь редакции"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["уже есть подписка"]),
        ask(Subscription).phrases(&["оформи подписку", "чтобы дочитать"]),
        cue(Subscription).phrases(&["неограниченный доступ"]),
        ask(App).phrases(&["скачайте наше", "скачай наше", "наше бесплатное приложение"]),
        ask(Cookie).phrases(&["продолжая пользоваться сайтом", "продолжая использовать сайт"]),
        cue(Cookie).phrases(&["вы соглашаетесь", "сделать сайт удобнее"]),
        line(Credit).max_words(6).phrases(&["при участии"]),
        cue(Credit).phrases(&["корреспондент отдела", "пишет об", "пишет о"]),
        // Both registers of the same asks ("ты" and "Вы").
        ask(Newsletter).phrases(&["подпишись на рассылку", "подпишись на нашу рассылку"]),
        ask(App).phrases(&["скачай приложение", "скачай наше приложение"]),
        ask(Social).phrases(&["подписывайся на наш"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["читателях, как вы", "читателях, как ты"]),
        cue(Donation).phrases(&["добровольном взносе", "добровольный взнос", "бесплатен для всех", "поможете нам", "мы просим вас о"]),
        label_any().phrases(&["хочу помочь", "да, помогу"]),
        ask(Membership).phrases(&["станьте другом", "стань другом"]),
        cue(Paywall).weight(2.0).phrases(&["бесплатных материалов"]),
        cue(Newsletter).phrases(&["без спама", "отписаться можно", "отобранное вручную"]),
        ask(App).phrases(&["установи приложение"]),
        cue(App).weight(2.0).phrases(&["включите уведомления"]),
        cue(Cookie).weight(2.0).phrases(&["технологии отслеживания", "изменить свой выбор"]),
        label_any().phrases(&["разрешить все"]),
        ask(Credit).max_words(30).phrases(&["связаться с автором"]),
        ask(Social).phrases(&["отправьте его друзьям", "отправь его друзьям"]),
        header(Social).max_words(8).phrases(&["понравилась статья"]),
        line(Related).max_words(24).phrases(&["по теме:"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["об авторе", "об авторах", "автор статьи", "все материалы автора", "другие материалы автора", "все статьи автора"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["автор является", "автор —", "автор работает", "автор работал", "автор — журналист"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["является журналистом", "независимый журналист", "работал корреспондентом", "работала корреспондентом"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["перейти к содержанию", "перейти к содержимому", "перейти к основному содержанию", "перейти к основному содержимому"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["оставить комментарий", "написать комментарий", "добавить комментарий", "показать комментарии", "комментарии читателей", "комментарии закрыты", "обсуждение закрыто"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["комментарии"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["комментарии", "комментариев", "комментария"]),
        ask(Other).part(Comments).phrases(&["чтобы оставить комментарий", "комментарии модерируются", "правила комментирования", "правилами комментирования"]),
        ask(Other).part(Disclaimer).phrases(&["мнение редакции может не совпадать", "может не совпадать с мнением", "точка зрения автора может не совпадать", "отражает личное мнение автора", "является личным мнением автора"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["следующая страница", "предыдущая страница", "страница 1 из", "сообщить об ошибке", "нашли ошибку", "прислать новость"]),
        ask(Other).part(Navigation).phrases(&["сайт лучше всего работает", "ваш браузер устарел", "включите javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(8).phrases(&["поддержи"]),
        header(Donation).max_words(14).phrases(&["поддержи нашу работу"]),
        ask(Donation).weight(3.5).phrases(&[
            "твоё пожертвование", "твое пожертвование", "нам нужна твоя помощь", "поддержи редакцию", "сделай пожертвование",
            "задонать", "без твоей поддержки", "с твоей помощью", "стань донором", "поддержи нас рублем", "оформи ежемесячн*",
            "поддержи независим*", "выбери сумму", "сделай донат", "можешь помочь нам", "твоя поддержка для нас",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["тебе понравился материал", "тебе понравилась статья"]),
        ask(Membership).phrases(&["стань участником", "вступай в клуб", "стань членом клуба", "присоединяйся к сообществу"]),
        ask(Paywall).weight(3.5).phrases(&["войди, чтобы", "зарегистрируйся, чтобы"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["ты прочитал"]),
        ask(Newsletter).phrases(&["твой email", "твой e-mail", "твою электронную почту", "введи email", "введи свой e-mail", "получай новости на почту"]),
        ask(Social).phrases(&[
            "подписывайся на", "подпишись на", "читай нас в", "следи за нами", "поделись", "присоединяйся к нам в",
            "подписывайся на нас", "присоединяйся к нашему",
        ]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "читай также", "смотри также", "читайте еще", "читайте ещё", "также читайте", "читать также",
            "тебе может понравиться", "тебе может быть интересно", "вас может заинтересовать", "тебя может заинтересовать",
            "вам также может понравиться", "это может быть интересно",
        ]),
        line(Related).max_words(6).phrases(&[
            "материалы по теме", "статьи по теме", "больше по теме", "также по теме", "еще новости", "ещё новости",
            "больше материалов", "больше статей", "другие материалы", "другие статьи", "похожие статьи",
            "связанные материалы", "связанные статьи", "главные новости", "самые читаемые", "самые популярные",
            "самое обсуждаемое", "лента новостей", "выбор редакции", "еще из рубрики", "ещё из рубрики", "еще из раздела",
            "ещё из раздела", "предыдущая новость", "следующая новость", "предыдущий материал", "следующий материал",
        ]),
        line(Related).max_words(4).phrases(&["популярное", "не пропустите"]),
        label(Related).phrases(&[
            "материалы по теме", "новости по теме", "еще новости", "ещё новости", "другие новости", "похожие новости",
            "похожие материалы", "самое читаемое", "самое популярное", "популярное", "главные новости", "последние новости",
            "лента новостей", "выбор редакции", "рекомендуем", "не пропустите", "вам может быть интересно",
            "вам может понравиться",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "хранение и/или доступ к информации на устройстве", "хранение и (или) доступ к информации на устройстве",
            "определение эффективности рекламы и контента",
            "аналитические сведения об аудитории и разработка сервисов",
        ]),
        label_any().phrases(&[
            "отклонить все", "принять всё",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "этот материал является частью проекта", "этот материал является частью серии",
            "этот материал является частью цикла", "этот материал является частью спецпроекта",
            "этот текст является частью проекта", "этот текст является частью серии", "этот текст является частью цикла",
            "этот текст является частью спецпроекта", "эта статья является частью проекта",
            "эта статья является частью серии", "эта статья является частью цикла",
            "эта статья является частью спецпроекта", "этот материал входит в серию", "этот материал входит в цикл",
            "этот материал входит в спецпроект", "этот материал входит в проект", "этот текст входит в серию",
            "этот текст входит в цикл", "этот текст входит в спецпроект", "этот текст входит в проект",
            "эта статья входит в серию", "эта статья входит в цикл", "эта статья входит в спецпроект",
            "эта статья входит в проект", "этот материал подготовлен", "этот текст подготовлен",
            "эта статья подготовлена", "этот материал создан", "материал подготовлен при",
            "материал подготовлен в рамках", "материал подготовлен совместно", "статья подготовлена при",
            "статья подготовлена в рамках", "текст подготовлен при", "текст подготовлен в рамках",
            "публикация подготовлена при", "публикация подготовлена в рамках", "материал создан при",
            "материал создан в рамках", "материал опубликован в рамках", "статья опубликована в рамках",
            "текст опубликован в рамках", "эта публикация подготовлена", "эта публикация стала возможной",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["читайте подробнее", "подробнее читайте", "подробнее:", "читайте по теме"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["похожие записи", "похожие публикации", "свежие записи", "последние записи", "популярные записи", "связанные публикации", "рекомендуемые материалы"]),
        header(Donation).max_words(12).phrases(&["была ли эта статья полезной", "была ли статья полезной", "вам понравился этот материал", "вам понравилась эта статья", "вам понравился текст"]),
        label(Social).phrases(&["поделиться ссылкой", "поделиться статьей", "понравилось это", "мы в соцсетях", "мы в социальных сетях"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["слушать статью", "прослушать статью", "послушать статью", "слушать новость", "прослушать новость", "аудиоверсия статьи"]),
        chrome(Social).max_words(5).phrases(&["смотреть на youtube"]),
        chrome(Social).max_words(7).phrases(&["посмотреть эту публикацию в instagram"]),
        chrome(Social).max_words(15).phrases(&["♬ оригинальный звук"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["отменить ответ", "отправить комментарий", "загрузить комментарии"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["комментариев пока нет"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["обязательные поля помечены", "будьте первым, кто"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["для отправки комментария вам необходимо авторизоваться", "ваш комментарий ожидает проверки", "войдите, чтобы оставить комментарий"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["ваш адрес email не будет опубликован", "ваш e-mail не будет опубликован"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["сохранить моё имя, email и адрес сайта"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["сообщить об опечатке"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["выделите её и нажмите ctrl+enter", "выделите ее и нажмите ctrl+enter", "выделите текст и нажмите ctrl+enter", "выделите фрагмент текста и нажмите ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(15).phrases(&["заметили ошибку?", "нашли опечатку?", "заметили опечатку?", "нашли ошибку в тексте"]),
        chrome(Other).part(Navigation).max_words(25).phrases(&["если вы заметили ошибку в тексте", "если вы нашли ошибку в тексте", "если вы нашли ошибку, пожалуйста, выделите"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["читайте:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["мин. чтения", "минута чтения"]),
        line(Other).max_words(45).phrases(&["материал опубликован при поддержке", "публикация осуществлена при поддержке", "этот материал опубликован", "это первый материал из цикла", "это первая часть цикла"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["бесплатная статья", "бесплатные статьи", "бесплатных статьи", "бесплатную статью", "бесплатной статьи", "бесплатный материал", "бесплатные материалы", "бесплатных материала", "статей осталось", "осталось статей"]),
        ask(Paywall).max_words(30).phrases(&["это ваша последняя бесплатная статья", "это твоя последняя бесплатная статья", "ваша последняя бесплатная статья", "последний бесплатный материал", "вы прочитали все бесплатные статьи", "ты прочитал все бесплатные статьи", "вы исчерпали лимит бесплатных статей", "вы достигли лимита бесплатных статей", "лимит бесплатных статей исчерпан", "вы исчерпали лимит бесплатных материалов", "у вас закончились бесплатные статьи", "бесплатные статьи закончились"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["продолжение доступно по подписке", "продолжение доступно только подписчикам", "полный текст доступен подписчикам", "статья доступна только подписчикам", "материал доступен только подписчикам", "чтобы дочитать статью", "чтобы прочитать статью полностью", "осталось прочитать"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["рекламный блок"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["продолжение после рекламы", "статья продолжается после рекламы", "продолжение статьи после рекламы", "продолжение статьи ниже", "продолжение материала ниже", "читайте продолжение после рекламы", "материал продолжится после рекламы", "текст продолжается после рекламы", "новость продолжается после рекламы", "читать далее после рекламы", "продолжение ниже"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["публикуется на правах рекламы", "партнёрский материал", "материал партнера", "материал партнёра", "спонсорский материал", "спонсорский контент", "рекламный материал", "материал подготовлен при поддержке"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["статья содержит партнерские ссылки", "статья содержит партнёрские ссылки", "материал содержит партнерские ссылки", "в статье есть партнерские ссылки", "в материале есть партнерские ссылки", "мы можем получать комиссию", "мы можем получить комиссию", "мы получаем комиссию", "редакция может получать комиссию", "при покупке по ссылкам"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["любое использование материалов допускается только", "использование материалов разрешено только", "перепечатка запрещена", "перепечатка материалов", "при полном или частичном использовании", "полное или частичное копирование", "копирование материалов запрещено", "при цитировании ссылка обязательна", "гиперссылка обязательна"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["подписаться на рассылку", "подписка на рассылку"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["установите наше приложение"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["оставьте комментарий", "комментирование закрыто", "войдите чтобы оставить комментарий"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["из архива", "личный архив", "из личного архива", "иллюстративное фото", "кадр из видео"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["воспроизвести видео", "воспроизвести снова"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["это модальное окно", "конец диалогового окна"]),
        label(Other).part(Player).weight(2.5).phrases(&["видеоплеер", "аудиоплеер"]),
        chrome(Social).part(Player).weight(2.5).max_words(8).phrases(&["публикация от"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["теги", "тэги", "метки", "ключевые слова"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["расчётный счёт", "расчетный счет", "р/с", "к/с", "назначение платежа", "банк получателя", "наименование получателя"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["подписаться бесплатно", "хочу подписаться", "подписаться на новости", "ваш адрес электронной почты", "введите e-mail", "введите ваш email", "введите адрес электронной почты", "введите свой e-mail", "электронная почта", "адрес электронной почты"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["подпишитесь", "подпишись", "отправить"]),
        label(Subscription).phrases(&["купить подписку", "подписаться сейчас", "выбрать тариф", "выбрать подписку", "смотреть предложения", "посмотреть тарифы", "попробовать бесплатно", "пробный период", "уже есть подписка? войти", "уже подписаны? войдите", "уже есть аккаунт? войти", "уже есть аккаунт? войдите", "стать подписчиком", "стать участником", "стать членом клуба", "получить доступ", "продлить подписку", "читать дальше по подписке"]),
        label(App).phrases(&["загрузите в app store", "загрузить в app store", "скачать в app store", "доступно в app store", "доступно в google play", "доступно в appgallery", "скачать в rustore", "скачайте в rustore", "скачать приложение", "открыть в приложении", "открыть приложение", "установить приложение", "скачать бесплатно"]),
        label(Donation).phrases(&["поддержать проект", "поддержать сейчас", "один раз", "каждый месяц", "другая сумма", "своя сумма", "указать сумму", "помочь проекту", "поддержать рублём", "ежемесячная поддержка", "разовая поддержка", "перейти к оплате", "выбрать сумму", "введите сумму", "поддерживать ежемесячно", "помогать ежемесячно"]),
        label(Social).phrases(&["поделиться статьёй", "скопировать ссылку", "копировать ссылку", "ссылка скопирована", "скопировано в буфер обмена", "версия для печати", "отправить по почте", "отправить по e-mail", "отправить другу", "поделиться в telegram", "поделиться в вконтакте", "поделиться во вконтакте", "поделиться в одноклассниках", "поделиться в whatsapp", "поделиться в facebook", "поделиться в x", "поделиться в vk"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["распечатать"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["нажимая кнопку «подписаться»", "нажимая на кнопку", "нажимая «подписаться», вы соглашаетесь", "подписываясь, вы соглашаетесь", "подписываясь на рассылку", "я согласен на обработку персональных данных", "я согласен с политикой конфиденциальности", "даю согласие на обработку", "согласие на обработку персональных данных", "соглашаюсь с политикой конфиденциальности", "вы можете отписаться в любой момент", "отписаться можно в любой момент", "вы можете отписаться от рассылки", "мы не передаём ваши данные", "мы не передаем ваши данные", "мы не рассылаем спам", "этот сайт защищён recaptcha", "этот сайт защищен recaptcha", "проверьте свою почту", "проверьте почтовый ящик"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["хотите больше таких историй", "хотите читать больше", "не хотите ничего пропустить", "не хочешь ничего пропустить", "хотите быть в курсе", "хотите быть в курсе событий", "статья была полезной", "нравится то, что мы делаем", "вам нравится то, что мы делаем", "понравился текст", "хотите узнать больше", "хотите получать новости", "цените нашу работу", "было полезно"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["сказали", "заявили", "сообщили", "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "подчеркнули", "добавил", "добавила", "добавили", "пояснил", "пояснила", "пояснили", "объяснил", "объяснила", "рассказал", "рассказала", "рассказали", "признал", "признала", "подтвердил", "подтвердила", "подтвердили", "опроверг", "опровергла", "предупредил", "предупредила", "напомнил", "напомнила", "ответил", "ответила", "спросил", "спросила", "написала", "уточнил", "уточнила", "заверил", "заверила", "утверждает", "утверждал", "утверждала", "говорит", "сообщает", "передает", "передаёт", "цитирует", "заявляет", "отмечает", "подчеркивает", "подчёркивает", "в интервью", "в беседе с"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["фотогалерея", "увеличить"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["следующее фото", "предыдущее фото", "полноэкранный режим", "открыть галерею", "закрыть галерею", "все фото"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["на весь экран", "во весь экран", "смотреть все фото"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["онлайн-трансляция", "обновлено", "обновить", "закреплено"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["прямая трансляция", "текстовая трансляция", "смотреть трансляцию", "показать ещё", "загрузить ещё"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["сохранить", "сохранено"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["в закладки", "размер шрифта", "увеличить шрифт", "уменьшить шрифт"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["добавить в закладки"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["воспроизвести", "автовоспроизведение", "аудиоверсия", "субтитры"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["смотреть видео", "выключить звук", "включить звук", "скорость воспроизведения"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["этот материал был вам полезен", "хотите больше таких материалов", "тебе понравился этот текст", "вам важно, что мы делаем"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["спасибо, что дочитали до конца", "спасибо, что дочитали этот текст", "вы дочитали до конца", "спасибо, что читаете нас", "спасибо, что вы с нами", "спасибо, что ты с нами"]),
        cue(Donation).weight(2.0).phrases(&["даже небольшая сумма поможет"]),
        cue(Subscription).phrases(&["электронная версия газеты", "подписной индекс", "читайте свежий номер", "печатная версия журнала", "подарите подписку", "pdf-версия номера"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["разрешить не сейчас", "не сейчас разрешить", "разрешить позже", "позже разрешить", "разрешить блокировать", "блокировать разрешить", "разрешить отмена", "отмена разрешить"]),
        cue(App).phrases(&["push-уведомления", "получать уведомления"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["поддерживаю", "хочу поддержать", "я поддерживаю", "я уже поддерживаю", "уже поддерживаю", "я уже помогаю"]),
        label(Membership).phrases(&["хочу стать участником", "хочу вступить"]),
        label(Subscription).phrases(&["подписываюсь", "я уже подписан", "у меня уже есть подписка"]),
        label(Newsletter).phrases(&["хочу получать рассылку"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["читай также:", "также читайте:", "читайте ещё:", "читайте еще:", "смотрите также:", "смотри также:", "ещё по теме:", "еще по теме:", "связанные новости:", "похожие новости:", "вам может быть интересно:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["смотреть прямой эфир", "слушать прямой эфир", "слушать эфир", "слушать радио онлайн"]),
        ask(Social).max_words(20).phrases(&["нашем телеграм-канале", "нашем telegram-канале", "нашем канале в", "наш whatsapp-канал"]),
        label(Social).phrases(&["подписаться на канал", "перейти в канал", "присоединиться к каналу"]),
        line(Subscription).max_words(10).phrases(&["читать свежий номер", "электронная версия номера", "pdf-версия газеты"]),
        label(Subscription).phrases(&["электронная версия", "pdf-версия", "свежий номер"]),
        ask(Other).part(Comments).max_words(60).phrases(&["редакция оставляет за собой право", "комментарии публикуются после проверки", "комментарии публикуются после модерации", "комментировать могут только зарегистрированные"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["есть новость?", "присылайте свои новости", "присылайте нам фото и видео", "пришлите нам новость", "сообщите нам новость", "напишите в редакцию", "пишите в редакцию", "свяжитесь с редакцией", "станьте нашим корреспондентом"]),
        label(Other).phrases(&["предложить новость", "сообщить новость", "написать в редакцию", "связаться с редакцией"]),
        ask(Ad).max_words(35).phrases(&["участвуйте в розыгрыше", "выиграйте билеты"]),
        label(Ad).phrases(&["купить билеты", "купить билет"]),
        ask(Ad).max_words(35).phrases(&["мы ищем журналиста", "мы ищем журналистов", "ищем корреспондента", "в редакцию требуется", "присоединяйтесь к нашей команде", "резюме присылайте"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["для последующих моих комментариев", "ваш адрес email не будет опубликован", "обязательные поля помечены", "ваш комментарий ожидает проверки"]),
        label(Other).part(Comments).phrases(&["комментировать", "обсудить", "все комментарии"]),
    ],
    we: &["мы", "наш", "наша", "наше", "наши", "нам", "нас", "нашу", "нашей", "наших"],
    you: &[
        "вы", "ваш", "ваша", "вашу", "вас", "вам", "ваши", "вашей", "ваших", "ты", "тебя", "тебе", "тобой", "твой", "твоя",
        "твоё", "твое", "твои", "твою", "твоей", "твоих",
    ],
};
