//! Language-independent rows: symbols, payment and platform names.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "xx",
    entries: &[
        label_any().phrases(&["×", "✕", "✖"]),
        money().phrases(&["$", "€", "£", "₽", "₴", "usd", "eur", "euro", "euros", "rub", "руб", "грн", "zł", "pln", "chf", "reais", "dollars", "złotych", "гривень", "рублей"]),
        // Bank details in a short line are the outlet's; in a sentence of some length they
        // are as often an authority's or a charity's account that a report gives ("Donations
        // can be made to the district's account, IBAN ..."): a cue there.
        ask(Donation).max_words(15).phrases(&["iban", "bic/swift", "swift code"]),
        cue(Donation).weight(2.0).phrases(&["iban", "bic/swift", "swift code"]),
        cue(Donation).phrases(&["paypal", "patreon", "steady*", "ko-fi", "buy me a coffee", "liberapay"]),
        cue(Donation).phrases(&["flattr", "tipeee", "donorbox", "boosty", "buymeacoffee", "liberapay.com", "patreon.com", "paypal.me"]),
        // The mobile-money and instant-payment services an outlet's account line names in
        // Africa and Asia ("MoMo: 024 555 0193", "UPI: name@bank"), in any language. (Not
        // M-Pesa: a story's steps name it, "pay via M-Pesa".)
        cue(Donation).phrases(&["upi", "upi id", "momo", "mobile money", "orange money", "airtel money", "gcash", "paytm", "phonepe", "bkash", "nagad", "easypaisa", "jazzcash", "ifsc"]),
        cue(App).phrases(&["app store", "google play", "appgallery", "play store"]),
        cue(Cookie).weight(1.0).phrases(&["cookie*", "gdpr", "rgpd", "dsgvo"]),
        // "Cookie" as languages without a pack borrow or translate it (Faroese, Esperanto, Breton, Mongolian, Sorani, Kannada, Gujarati,
        // Punjabi, Sinhala, Amharic): what a banner at the text's top holds where no pack
        // reads its "we" and "you" (`cookie_banners`). (Not the forms that name the Kuki
        // people, nor those of languages with a pack, whose own rows they would shadow.)
        cue(Cookie).weight(1.0).phrases(&["kekur", "kuketo*", "toupinoù", "күүки*", "کووکی*", "ಕುಕೀ*", "કૂકી*", "ਕੂਕੀ*", "කුකී*", "ኩኪ*"]),
        cue(Newsletter).phrases(&["newsletter*"]),
        // The ad blocker as Urdu, Hindi, Odia and Sinhala write its English name: the wall's
        // word where no pack's row reads the wall ("ایڈ بلاکر بند کریں"). (Not the Latin
        // "adblock": it reads "Ad Blocking" in a story on the industry's working group.)
        cue(Ad).phrases(&["ایڈ بلاکر*", "ऐड ब्लॉकर*", "एड ब्लॉकर*", "ଆଡ୍ ବ୍ଲକର*", "ඇඩ් බ්ලොකර*"]),
        // (A copyright line may go on to forbid reuse: "© Kurier Szczeciński. Wszelkie prawa
        // zastrzeżone. Kopiowanie, rozpowszechnianie ... bez zgody wydawcy ...".)
        chrome(Other).max_words(40).phrases(&["©", "copyright ©", "(c) copyright"]),
        // A player's and the page's tools in signs that every language's sites print: the play
        // button's triangle before a label or a length ("▶ 04:12", "▶ Cheza video"), the
        // playback speed ("1x", "Суръат: 1x"), the text size's buttons ("A- A+", "А− А+").
        // Below an anchor's weight, as the packs' player rows.
        chrome(Other).weight(2.5).max_words(6).phrases(&["▶", "►"]),
        chrome(Other).at(Any).weight(2.5).max_words(2).phrases(&["1x", "1.5x", "2x"]),
        chrome(Other).at(Any).weight(2.5).max_words(8).phrases(&["a- a+", "a− a+", "а- а+", "а− а+", "a- a a+"]),
        // (A name that a case ending may follow is a prefix: "na Viberu i Telegramu",
        // "в Телеграме", "Pinterestissä".)
        platform(Social).phrases(&[
            "facebook*", "twitter*", "x.com", "linkedin*", "whatsapp*", "telegram*", "instagram*", "youtube*", "tiktok*",
            "reddit*", "pinterest*", "threads", "bluesky", "mastodon", "flipboard", "email", "e-mail", "print",
            "copy link", "vk", "vkontakte", "viber*", "rss", "spotify", "apple podcasts", "google podcasts",
            "amazon music", "soundcloud", "deezer", "pocket casts", "overcast", "castbox", "messenger", "snapchat*",
            "tumblr", "xing", "odnoklassniki", "одноклассники", "вконтакте",
            // The same platforms as other scripts write them: a share row in Persian or Korean
            // names them so ("فیسبوک", "페이스북").
            "фейсбук*", "твиттер*", "телеграм*", "инстаграм*", "ютуб*", "вайбер*", "ватсап*", "тикток*",
            "тікток*", "فیسبوک", "فیس‌بوک", "توییتر", "تلگرام", "واتس‌اپ", "واتساپ", "اینستاگرام",
            "یوتیوب", "ایکس", "فيس بوك", "تويتر", "واتساب", "تيليجرام", "تلغرام", "انستغرام",
            "إنستغرام", "تيك توك", "فیس بک", "ٹوئٹر", "واٹس ایپ", "פייסבוק", "טוויטר", "וואטסאפ",
            "אינסטגרם", "טלגרם", "יוטיוב", "微信", "微博", "脸书", "臉書", "推特", "フェイスブック", "ツイッター",
            "インスタグラム", "페이스북", "트위터", "카카오톡", "카카오스토리", "인스타그램", "유튜브", "फेसबुक",
            "ट्विटर", "व्हाट्सएप", "व्हाट्सऐप", "इंस्टाग्राम", "यूट्यूब", "टेलीग्राम", "เฟซบุ๊ก", "ทวิตเตอร์",
            "ফেসবুক", "টুইটার", "হোয়াটসঅ্যাপ",
            // Spellings of the scripts of languages without a pack, and Bengali's YouTube and
            // Instagram, as their outlets' follow lines write them (Sorani, Mongolian, Odia,
            // Tigrinya).
            "ইউটিউব*", "ইনস্টাগ্রাম*", "فەیسبووک*", "ئینستاگرام*", "تێلیگرام*", "фэйсбүүк*",
            "фейсбүүк*", "ଫେସବୁକ*", "ୟୁଟ୍ୟୁବ*", "ଇନଷ୍ଟାଗ୍ରାମ*", "ଟ୍ୱିଟର*", "ዩቱብ*", "ዩትዩብ*", "ፈይስቡክ*",
            // Uyghur's Arabic script ("يۇتۇب ۋە تېلېگرامدا ئەگىشىڭ").
            "يۇتۇب*", "تېلېگرام*", "فېيسبۇك*", "فەيسبۇك*", "ئىنستاگرام*", "تىكتوك*", "ۋاتساپ*",
            // More of them, from a survey of how sites in each script write them.
            "إنستجرام", "إكس", "واتس آب", "ثريدز", "لينكد إن", "سناب شات",
            "фэйсбук", "фэйсбуку", "інстаграм", "інстаграме", "твітар", "ютубе", "тыкток", "цікток",
            "тэлеграм", "тэлеграме", "вацап", "укантакце", "ўкантакце", "туитър", "ютюб", "вайбър",
            "уотсап", "вотсап", "линкедин", "ফেসবুকে", "এক্স", "টিকটক", "থ্রেডস", "লিংকডইন",
            "লিঙ্কডইন", "ইমো", "ভাইবার", "φέισμπουκ", "ίνσταγκραμ", "τουίτερ", "γιουτιούμπ",
            "τικ τοκ", "τέλεγκραμ", "βάιμπερ", "توئیتر", "تیک‌تاک", "لینکدین", "تردز", "ایتا",
            "روبیکا", "بله", "איקס", "טיקטוק", "ווטסאפ", "ת'רדס", "לינקדאין", "ויצ'אט", "फ़ेसबुक",
            "इंस्टा", "एक्स", "टिकटॉक", "थ्रेड्स", "लिंक्डइन", "स्नैपचैट", "ֆեյսբուք",
            "ֆեյսբուքյան", "ինստագրամ", "թվիթեր", "յութուբ", "տիկտոկ", "տելեգրամ", "տելեգրամյան",
            "վայբեր", "վոթսափ", "լինքդին", "インスタ", "エックス", "ユーチューブ", "ティックトック", "テレグラム", "ワッツアップ",
            "スレッズ", "リンクトイン", "ライン", "カカオトーク", "ウィーチャット", "ფეისბუქი", "ფეისბუქზე", "ინსტაგრამი",
            "ინსტაგრამზე", "ტვიტერი", "იუთუბი", "იუთუბზე", "ტიკტოკი", "ტელეგრამი", "ვოთსაპი",
            "ვაიბერი", "ლინკედინი", "фейсбукте", "инстаграмда", "ютубта", "телеграмда", "인스타", "엑스",
            "틱톡", "텔레그램", "왓츠앱", "스레드", "링크드인", "카톡", "위챗", "웨이보", "라인", "фејсбук", "твитер",
            "јутјуб", "вајбер", "икс", "व्हाट्सअप", "фейсбуке", "инстаграме", "твиттере", "ютьюб",
            "телеграме", "பேஸ்புக்", "எக்ஸ்", "டிக்டாக்", "வாட்ஸ்ஆப்", "த்ரெட்ஸ்", "லிங்க்ட்இன்",
            "เฟซบุ๊ค", "ไอจี", "เอ็กซ์", "ติ๊กต๊อก", "เทเลแกรม", "วอตส์แอปป์", "เธรดส์", "ลิงค์อิน",
            "วีแชท", "фейсбуці", "інстаграмі", "твіттер", "твітер", "телеграмі", "вайбері", "тредс",
            "лінкедін", "انسٹا گرام", "ٹویٹر", "ٹک ٹاک", "لنکڈ ان", "تھریڈز", "سنیپ چیٹ",
            "油管", "照片墙", "电报", "電報", "领英", "領英", "抖音", "小红书", "小紅書", "快手", "脸谱",
            // The news aggregator whose follow button outlets print under their stories ("Follow
            // ... on Google News", "Kövesse a Maszolt a Google Hírekben"), as each language
            // names it.
            "google news", "google discover", "google nachrichten", "google nieuws", "google nyheder",
            "google nyheter", "google uutiset", "google actualités", "google noticias",
            "google notícias", "google notizie", "google știri", "google stiri", "google wiadomości",
            "google zprávy", "google správy", "google hír*", "google vijesti", "google novice",
            "google новости", "google новини", "google навіны", "google haber*", "google berita",
            "google tin tức", "google ειδήσεις", "google uudised", "google naujienos", "google ziņas",
            "گوگل نیوز", "جوجل نيوز", "גוגל חדשות", "गूगल न्यूज़", "गूगल न्यूज", "গুগল নিউজ",
            "구글 뉴스", "谷歌新闻", "google 新聞", "google新聞", "googleニュース", "google ニュース",
            // As Malayalam writes the messengers.
            "വാട്സാപ്", "വാട്സ്ആപ്പ്", "വാട്സ്ആപ്",
            // As the Indic, Sinhala, Ethiopic and South-East Asian scripts of languages no pack
            // reads write them, with and without the zero-width non-joiner, and with a case
            // ending glued on ("ಫೇಸ್‌ಬುಕ್‌ನಲ್ಲಿ"): prefixes.
            "ವಾಟ್ಸ್‌ಆ್ಯಪ್*", "ವಾಟ್ಸ್ಆ್ಯಪ್*", "ವಾಟ್ಸಾಪ್*", "ವಾಟ್ಸ್ಯಾಪ್*", "ಫೇಸ್‌ಬುಕ್*", "ಫೇಸ್ಬುಕ್*",
            "ಯೂಟ್ಯೂಬ್*", "ಇನ್‌ಸ್ಟಾಗ್ರಾಮ್*", "ಇನ್ಸ್ಟಾಗ್ರಾಮ್*", "ಟೆಲಿಗ್ರಾಮ್*", "ಟ್ವಿಟರ್*",
            "వాట్సాప్*", "వాట్సప్*", "ఫేస్‌బుక్*", "ఫేస్బుక్*", "యూట్యూబ్*", "ఇన్‌స్టాగ్రామ్*",
            "ఇన్స్టాగ్రామ్*", "టెలిగ్రామ్*", "ట్విట్టర్*", "વોટ્સએપ*", "વૉટ્સએપ*", "ફેસબુક*",
            "યુટ્યુબ*", "યૂટ્યૂબ*", "ઇન્સ્ટાગ્રામ*", "ટેલિગ્રામ*", "ટ્વિટર*", "ਵਟਸਐਪ*", "ਫੇਸਬੁੱਕ*",
            "ਯੂਟਿਊਬ*", "ਇੰਸਟਾਗ੍ਰਾਮ*", "ਟੈਲੀਗ੍ਰਾਮ*", "ਟਵਿੱਟਰ*", "ഫേസ്ബുക്ക്*", "യൂട്യൂബ്*",
            "ഇൻസ്റ്റഗ്രാം*", "ഇൻസ്റ്റാഗ്രാം*", "ടെലിഗ്രാം*", "වට්ස්ඇප්*", "ෆේස්බුක්*", "යූටියුබ්*",
            "ඉන්ස්ටග්‍රෑම්*", "ටෙලිග්‍රෑම්*", "ፌስቡክ*", "ዩቲዩብ*", "ቴሌግራም*", "ዋትስአፕ*", "ኢንስታግራም*",
            "ትዊተር*",
            // (Ethiopic glues its prepositions on: "on Facebook", "of Telegram".)
            "በፌስቡክ*", "የፌስቡክ*", "በቴሌግራም*", "የቴሌግራም*", "በዩቲዩብ*", "የዩቲዩብ*", "በትዊተር*",
            "በኢንስታግራም*", "በቲክቶክ*", "በዋትስአፕ*", "ဖေ့စ်ဘုတ်*", "ဖေ့ဘုတ်*", "ယူကျု*", "တယ်လီဂရမ်*", "ហ្វេសប៊ុក*", "យូធូប*",
            "តេឡេក្រាម*", "ເຟສບຸກ*", "ຢູທູບ*",
        ]),
        // The error-report widget under a story, whatever its language: "select the text and
        // press Ctrl+Enter" ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter").
        chrome(Other).at(Any).weight(2.5).max_words(30).phrases(&["ctrl+enter", "ctrl + enter"]),
        // The fixed labels of news sites in languages no pack reads (a survey of 54 of them,
        // Welsh to Wolof; the Welsh, Irish, Afrikaans, Luxembourgish, Maltese, Somali, Nepali, Haitian Creole, Hausa, Pashto and Yoruba ones are their packs' rows now, the Icelandic,
        // Galician and Basque ones stay here beside their packs' rows): read-also lines, share
        // rows, a few asks, subscribe buttons, cookie and comment lines. Rows of no language,
        // so that a text they find something in is still read as one no pack covers; below an
        // anchor's weight, so that none alone starts a run over the story's short lines (at 3
        // they took a Frisian timetable under a read-also line, and captions with photo
        // credits, which are left out).
        line(Related).weight(2.5).max_words(24).phrases(&["leugh tuilleadh", "barrachd naidheachdan", "lenn ivez", "da lenn ivez", "irakurri gehiago", "gehiago irakurri", "lotutako albisteak", "albiste gehiago", "gehien irakurriak", "erlazionatutako albisteak", "le tamén", "lea tamén", "ler máis", "novas relacionadas", "o máis lido", "lleer más", "lleí tamién", "noticies rellacionaes", "legir tanben", "de legir tanben", "lês ek", "lês mear", "mear nijs", "sjá einnig", "lestu einnig", "tengdar fréttir", "mest lesið", "fleiri fréttir", "les eisini", "les meira", "mest lisið", "legu ankaŭ", "legu pli", "rilataj artikoloj", "plej legataj", "дагы окуңуз", "ошондой эле окуңуз", "көп окулгандар", "тектеш материалдар", "yana o'qing", "yana o‘qing", "yana oʻqing", "mavzuga oid", "ko'p o'qilganlar", "ko‘p o‘qilganlar", "shuningdek o'qing", "мавзуга оид", "яна ўқинг", "инчунин бихонед", "маводи марбут", "хабарҳои марбут", "хабарҳои дигар", "şeýle hem okaň", "köp okalanlar", "beýleki habarlar", "шулай ук укыгыз", "темага бәйле", "холбоотой мэдээ", "бусад мэдээ", "мөн уншаарай", "цааш унших", "زیاتر بخوێنەوە", "هەروەها بخوێنەوە", "هەواڵی پەیوەندیدار", "بابەتی پەیوەندیدار", "زۆرترین خوێنراو", "وڌيڪ پڙهو", "اهو به پڙهو", "لاڳاپيل خبرون", "මේවාත් කියවන්න", "තවත් පුවත්", "අදාළ පුවත්", "වැඩිපුරම කියවූ", "තවත් කියවන්න", "ဆက်စပ်သတင်းများ", "ဆက်ဖတ်ရန်", "ဆက်စပ်အကြောင်းအရာများ", "អត្ថបទទាក់ទង", "ព័ត៌មានទាក់ទង", "អានបន្ត", "អានបន្ថែម", "ຂ່າວທີ່ກ່ຽວຂ້ອງ", "ອ່ານຕໍ່", "ອ່ານເພີ່ມເຕີມ", "આ પણ વાંચો", "વધુ વાંચો", "સંબંધિત સમાચાર", "વધુ સમાચાર", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ਹੋਰ ਪੜ੍ਹੋ", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ", "ಇದನ್ನೂ ಓದಿ", "ಮತ್ತಷ್ಟು ಓದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿ", "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "మరింత చదవండి", "సంబంధిత వార్తలు", "మరిన్ని వార్తలు", "കൂടുതൽ വായിക്കുക", "ഇതുകൂടി വായിക്കൂ", "ഇതും വായിക്കുക", "ബന്ധപ്പെട്ട വാർത്തകൾ", "ଆହୁରି ପଢନ୍ତୁ", "ଆହୁରି ପଢ଼ନ୍ତୁ", "ଏହା ମଧ୍ୟ ପଢନ୍ତୁ", "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ", "ସମ୍ବନ୍ଧିତ ଖବର", "অধিক পঢ়ক", "এইটোও পঢ়ক", "আৰু পঢ়ক", "সম্পৰ্কীয় বাতৰি", "ተጨማሪ ያንብቡ", "ተዛማጅ ርዕሶች", "ተዛማጅ ዜናዎች", "በብዛት የተነበቡ", "ዝያዳ ኣንብቡ", "ተዛማዲ ዛዕባታት", "akụkọ ga-amasị gị", "akụkọ ndị ọzọ", "funda futhi", "funda kabanzi", "funda ngakumbi", "verenga zvimwe", "dzimwe nhau", "bala hape", "bala gape", "werenganinso", "werengani zambiri", "soma nanone", "izindi nkuru", "inkuru bifitanye isano", "amawulire amalala", "vakio koa", "vaovao hafa", "lahatsoratra mifandraika", "vakio ny tohiny", "werengani zina", "verengai zvakare", "මේ පුවතත් කියවන්න", "inkuru bijyanye", "ተዛመድቲ ዜናታት"]),
        // Their colon forms open a teaser's line ("Ошондой эле окуңуз: <headline>"), which no story
        // line does, at an anchor's weight: not the labels that are also ordinary words there (in
        // Bantu languages "read" is also "count": "Bala gape:" over a recount), nor "other news"
        // or "most read", which a story's crosshead may say.
        line(Related).max_words(24).phrases(&["leugh tuilleadh:", "irakurri gehiago:", "gehiago irakurri:", "lotutako albisteak:", "erlazionatutako albisteak:", "novas relacionadas:", "lleí tamién:", "noticies rellacionaes:", "lês ek:", "legu ankaŭ:", "rilataj artikoloj:", "дагы окуңуз:", "ошондой эле окуңуз:", "тектеш материалдар:", "mavzuga oid:", "shuningdek o'qing:", "мавзуга оид:", "яна ўқинг:", "инчунин бихонед:", "маводи марбут:", "хабарҳои марбут:", "şeýle hem okaň:", "шулай ук укыгыз:", "темага бәйле:", "холбоотой мэдээ:", "мөн уншаарай:", "цааш унших:", "زیاتر بخوێنەوە:", "هەروەها بخوێنەوە:", "هەواڵی پەیوەندیدار:", "بابەتی پەیوەندیدار:", "وڌيڪ پڙهو:", "اهو به پڙهو:", "لاڳاپيل خبرون:", "මේවාත් කියවන්න:", "අදාළ පුවත්:", "තවත් කියවන්න:", "ဆက်စပ်သတင်းများ:", "ဆက်ဖတ်ရန်:", "ဆက်စပ်အကြောင်းအရာများ:", "អត្ថបទទាក់ទង៖", "អត្ថបទទាក់ទង:", "ព័ត៌មានទាក់ទង៖", "ព័ត៌មានទាក់ទង:", "អានបន្ត៖", "អានបន្ត:", "អានបន្ថែម៖", "អានបន្ថែម:", "ຂ່າວທີ່ກ່ຽວຂ້ອງ:", "ອ່ານຕໍ່:", "ອ່ານເພີ່ມເຕີມ:", "આ પણ વાંચો:", "આ પણ વાંચોઃ", "વધુ વાંચો:", "વધુ વાંચોઃ", "સંબંધિત સમાચાર:", "સંબંધિત સમાચારઃ", "ਇਹ ਵੀ ਪੜ੍ਹੋ:", "ਹੋਰ ਪੜ੍ਹੋ:", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ:", "ಇದನ್ನೂ ಓದಿ:", "ಮತ್ತಷ್ಟು ಓದಿ:", "ಸಂಬಂಧಿತ ಸುದ್ದಿ:", "ఇవి కూడా చదవండి:", "ఇది కూడా చదవండి:", "మరింత చదవండి:", "సంబంధిత వార్తలు:", "കൂടുതൽ വായിക്കുക:", "ഇതുകൂടി വായിക്കൂ:", "ഇതും വായിക്കുക:", "ബന്ധപ്പെട്ട വാർത്തകൾ:", "ଆହୁରି ପଢନ୍ତୁ:", "ଆହୁରି ପଢ଼ନ୍ତୁ:", "ଏହା ମଧ୍ୟ ପଢନ୍ତୁ:", "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ:", "ସମ୍ବନ୍ଧିତ ଖବର:", "অধিক পঢ়ক:", "অধিক পঢ়কঃ", "এইটোও পঢ়ক:", "এইটোও পঢ়কঃ", "আৰু পঢ়ক:", "আৰু পঢ়কঃ", "সম্পৰ্কীয় বাতৰি:", "সম্পৰ্কীয় বাতৰিঃ", "ተጨማሪ ያንብቡ፦", "ተጨማሪ ያንብቡ:", "ተዛማጅ ርዕሶች፦", "ተዛማጅ ርዕሶች:", "ተዛማጅ ዜናዎች፦", "ተዛማጅ ዜናዎች:", "ዝያዳ ኣንብቡ፦", "ዝያዳ ኣንብቡ:", "ተዛማዲ ዛዕባታት፦", "ተዛማዲ ዛዕባታት:", "vakio koa:", "lahatsoratra mifandraika:", "මේ පුවතත් කියවන්න:", "ተዛመድቲ ዜናታት፦", "ተዛመድቲ ዜናታት:"]),
        line(Social).weight(2.5).max_words(12).phrases(&["co-roinn", "rannañ", "heuliit ac'hanomp", "partekatu", "jarraitu gaitzazu", "séguenos", "comparte esta nova", "partejar", "diel dit artikel", "folgje ús", "deila frétt", "fylgdu okkur", "cundivider", "kunhavigi", "diskonigu", "sekvu nin", "бөлүшүү", "бөлүшүңүз", "ulashish", "ulashing", "paýlaş", "paýlaşmak", "бүлешү", "хуваалцах", "биднийг дагаарай", "بەدوامان بکەوە", "شيئر ڪريو", "බෙදාගන්න", "မျှဝေရန်", "ចែករំលែក", "ແບ່ງປັນ", "શેર કરો", "ਸ਼ੇਅਰ ਕਰੋ", "ಹಂಚಿಕೊಳ್ಳಿ", "షేర్ చేయండి", "ഷെയർ ചെയ്യുക", "ସେୟାର କରନ୍ତୁ", "শ্বেয়াৰ কৰক", "ያጋሩ", "ኣካፍሉ", "yabelana", "arolelana", "abelana", "gawani", "sangiza abandi", "zarao", "séddoo"]),
        header(Donation).weight(2.5).max_words(8).phrases(&["egin dohaintza", "fai unha doazón", "sostenètz-nos", "subtenu nin"]),
        label(Subscription).weight(2.5).phrases(&["fo-sgrìobh", "koumanantiñ", "harpidetu", "egin zaitez harpidedun", "subscríbete", "suscríbite", "abonatz-vos", "gerast áskrifandi", "skráðu þig", "abunar", "abonu", "жазылуу", "жазылыңыз", "obuna bo'ling", "obuna bo‘ling", "обуна шавед", "abuna ýazylyň", "язылыгыз", "захиалах", "бүртгүүлэх", "સબ્સ્ક્રાઇબ કરો", "ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ಚಂದಾದಾರರಾಗಿ", "സബ്സ്ക്രൈബ് ചെയ്യുക"]),
        line(Newsletter).weight(2.5).max_words(12).phrases(&["zure helbide elektronikoa", "o teu enderezo electrónico", "netfangið þitt", "via retpoŝta adreso", "retpoŝtadreso"]),
        line(Cookie).weight(2.5).max_words(40).phrases(&["gabh ri briosgaidean", "cookieak erabiltzen ditugu", "onartu cookieak", "onartu guztiak", "este sitio emprega cookies", "wy brûke cookies", "vafrakökur", "við notum vafrakökur", "ni uzas kuketojn"]),
        label(Other).weight(2.5).phrases(&["beachdan", "evezhiadennoù", "iruzkinak", "utzi iruzkina", "idatzi iruzkina", "deixa un comentario", "engadir comentario", "dexa un comentariu", "daissar un comentari", "reaksjes", "athugasemdir", "skrifa athugasemd", "viðmerkingar", "commentaris", "komentoj", "lasu komenton", "aldoni komenton", "пикирлер", "комментарийлер", "пикир калтыруу", "izohlar", "izoh qoldirish", "изоҳлар", "шарҳҳо", "назарҳо", "teswirler", "teswir ýazmak", "фикерләр", "фикер калдыру", "сэтгэгдэл", "сэтгэгдэл үлдээх", "сэтгэгдэл бичих", "کۆمێنتەکان", "بۆچوونەکان", "تبصرا", "අදහස් දක්වන්න", "မှတ်ချက်များ", "មតិយោបល់", "ટિપ્પણીઓ", "ਟਿੱਪਣੀਆਂ", "ಪ್ರತಿಕ್ರಿಯೆಗಳು", "వ్యాఖ్యలు", "അഭിപ്രായങ്ങൾ", "ମନ୍ତବ୍ୟ", "አስተያየቶች", "አስተያየት ይስጡ", "ርእይቶታት", "amazwana", "izimvo", "maikutlo", "dikakgelo", "ndemanga", "tanga igitekerezo", "ibitekerezo", "amategeko agenga iyandika ry'igitekerezo", "endowooza", "fanehoan-kevitra"]),
    ],
    we: &[],
    you: &[],
};
