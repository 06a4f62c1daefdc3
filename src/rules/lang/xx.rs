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
        chrome(Other).max_words(25).phrases(&["©", "copyright ©", "(c) copyright"]),
        platform(Social).max_words(12).phrases(&[
            "facebook", "twitter", "x.com", "linkedin", "whatsapp", "telegram", "instagram", "youtube", "tiktok",
            "reddit", "pinterest", "threads", "bluesky", "mastodon", "flipboard", "email", "e-mail", "print",
            "copy link", "vk", "vkontakte", "viber", "rss", "spotify", "apple podcasts", "google podcasts",
            "amazon music", "soundcloud", "deezer", "pocket casts", "overcast", "castbox", "messenger", "snapchat",
            "tumblr", "xing", "odnoklassniki", "одноклассники", "вконтакте",
        ]),
    ],
    we: &[],
    you: &[],
};
