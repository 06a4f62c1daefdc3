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
        cue(App).phrases(&["app store", "google play", "appgallery", "play store"]),
        cue(Cookie).weight(1.0).phrases(&["cookie*", "gdpr", "rgpd", "dsgvo"]),
        cue(Newsletter).phrases(&["newsletter*"]),
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
        platform(Social).phrases(&[
            "facebook*", "twitter*", "x.com", "linkedin*", "whatsapp*", "telegram*", "instagram*", "youtube*", "tiktok*",
            "reddit", "pinterest", "threads", "bluesky", "mastodon", "flipboard", "email", "e-mail", "print",
            "copy link", "vk", "vkontakte", "viber", "rss", "spotify", "apple podcasts", "google podcasts",
            "amazon music", "soundcloud", "deezer", "pocket casts", "overcast", "castbox", "messenger", "snapchat",
            "tumblr", "xing", "odnoklassniki", "одноклассники", "вконтакте",
            // The same platforms as other scripts write them: a share row in Persian or Korean
            // names them so ("فیسبوک", "페이스북").
            "фейсбук", "твиттер", "телеграм", "телеграмм", "инстаграм", "ютуб", "вайбер", "ватсап", "тикток",
            "тікток", "فیسبوک", "فیس‌بوک", "توییتر", "تلگرام", "واتس‌اپ", "واتساپ", "اینستاگرام",
            "یوتیوب", "ایکس", "فيس بوك", "تويتر", "واتساب", "تيليجرام", "تلغرام", "انستغرام",
            "إنستغرام", "تيك توك", "فیس بک", "ٹوئٹر", "واٹس ایپ", "פייסבוק", "טוויטר", "וואטסאפ",
            "אינסטגרם", "טלגרם", "יוטיוב", "微信", "微博", "脸书", "臉書", "推特", "フェイスブック", "ツイッター",
            "インスタグラム", "페이스북", "트위터", "카카오톡", "카카오스토리", "인스타그램", "유튜브", "फेसबुक",
            "ट्विटर", "व्हाट्सएप", "व्हाट्सऐप", "इंस्टाग्राम", "यूट्यूब", "टेलीग्राम", "เฟซบุ๊ก", "ทวิตเตอร์",
            "ফেসবুক", "টুইটার", "হোয়াটসঅ্যাপ",
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
            // As Pashto and Malayalam write the messengers.
            "ټیلیګرام", "واټساپ", "فېسبوک", "وټساپ", "വാട്സാപ്", "വാട്സ്ആപ്പ്", "വാട്സ്ആപ്",
        ]),
        // The error-report widget under a story, whatever its language: "select the text and
        // press Ctrl+Enter" ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter").
        chrome(Other).at(Any).weight(2.5).max_words(30).phrases(&["ctrl+enter", "ctrl + enter"]),
    ],
    we: &[],
    you: &[],
};
