//! Language-independent rows: symbols, payment and platform names.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "xx",
    entries: &[
        e(Label, None, Whole, 3.0, 0, &["×", "✕", "✖"]),
        e(Money, None, Any, 0.0, 0, &["$", "€", "£", "₽", "₴", "usd", "eur", "euro", "euros", "rub", "руб", "грн", "zł", "pln", "chf", "reais", "dollars", "złotych", "гривень", "рублей"]),
        e(Ask, Some(Donation), Any, 3.0, 0, &["iban", "bic/swift", "swift code"]),
        e(Cue, Some(Donation), Any, 1.5, 0, &["paypal", "patreon", "steady*", "ko-fi", "buy me a coffee", "liberapay"]),
        e(Chrome, Some(Other), Start, 3.0, 25, &["©", "copyright ©", "(c) copyright"]),
        e(
            Platform,
            Some(Social),
            Any,
            0.0,
            12,
            &[
                "facebook", "twitter", "x.com", "linkedin", "whatsapp", "telegram", "instagram", "youtube", "tiktok",
                "reddit", "pinterest", "threads", "bluesky", "mastodon", "flipboard", "email", "e-mail", "print",
                "copy link", "vk", "vkontakte", "viber", "rss", "spotify", "apple podcasts", "google podcasts",
                "amazon music", "soundcloud", "deezer", "pocket casts", "overcast", "castbox", "messenger", "snapchat",
                "tumblr", "xing", "odnoklassniki", "одноклассники", "вконтакте",
            ],
        ),
    ],
    we: &[],
    you: &[],
};
