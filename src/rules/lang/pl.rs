//! Polish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pl",
    entries: &[
        header(Donation).max_words(14).phrases(&["wesprzyj", "wesprzyj nas", "wspieraj", "wiadomość od"]),
        ask(Donation).weight(3.5).phrases(&["przekaż darowiznę", "wesprzyj nas", "twoja darowizna", "każda wpłata", "wpłać", "zostań patronem"]),
        cue(Donation).phrases(&["twoje wsparcie", "twojego wsparcia", "niezależne dziennikarstwo", "niezależnego dziennikarstwa", "naszą pracę", "miesięcznie"]),
        salutation(Donation).max_words(6).phrases(&["drodzy czytelnicy", "szanowni czytelnicy", "droga czytelniczko", "drogi czytelniku"]),
        ask(Subscription).phrases(&["subskrybuj", "wykup subskrypcję", "wykup dostęp", "masz już subskrypcję", "tylko dla subskrybentów"]),
        ask(Newsletter).phrases(&["zapisz się do newslettera", "naszego newslettera", "zapisz się na newsletter"]),
        ask(Cookie).phrases(&["używamy plików cookie", "wykorzystuje pliki cookie", "pliki cookies"]),
        ask(Social).phrases(&["obserwuj nas", "udostępnij artykuł"]),
        line(Related).max_words(14).phrases(&["czytaj także", "czytaj też", "zobacz także", "zobacz też", "przeczytaj również", "przeczytaj także", "najczęściej czytane"]),
        label(Ad).phrases(&["reklama"]),
        chrome(Other).max_words(10).phrases(&["przejdź do treści", "wszelkie prawa zastrzeżone", "komentarze"]),
        label_any().phrases(&["przypomnij później", "nie teraz", "zamknij", "nie, dziękuję", "jednorazowo", "miesięcznie", "udostępnij", "akceptuję", "dalej"]),
        ask(Donation).weight(3.5).phrases(&[
            "wspieraj niezależne", "wesprzyj niezależne", "zostań patronem", "wpłać darowiznę", "przekaż wsparcie",
            "potrzebujemy twojego wsparcia", "twoje wsparcie",
        ]),
        ask(Paywall).weight(3.5).phrases(&["czytaj dalej", "aby czytać dalej", "zaloguj się", "treść dostępna dla", "wykup prenumeratę"]),
        ask(Newsletter).weight(3.5).phrases(&["zapisz się na newsletter", "zapisz się do naszego"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["podobał ci się ten artykuł", "podoba ci się to, co robimy"]),
        cue(Donation).weight(2.0).phrases(&["finansowanym przez czytelników", "finansowany przez czytelników", "finansowane przez czytelników", "dzięki czytelnikom", "niezależnym medium", "niezależne medium", "każda wpłata"]),
        label(Donation).phrases(&["wspieram", "wesprzyj", "wpłać", "wspieraj", "wesprzyj nas"]),
        line(Related).max_words(8).phrases(&["może cię zainteresować", "polecamy", "więcej artykułów", "najnowsze"]),
        body().at(Start).weight(-3.0).phrases(&["sprostowanie:", "aktualizacja:", "od redakcji"]),
        body().phrases(&["powiedział", "powiedziała", "według", "poinformował", "poinformowała", "stwierdził"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["darmowych artykułów", "bezpłatnych artykułów", "wykorzystałeś limit", "wykorzystałaś limit"]),
        cue(Newsletter).weight(2.0).phrases(&["na twoją skrzynkę", "na skrzynkę e-mail", "na twój e-mail"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["pobierz naszą aplikację", "pobierz aplikację", "ściągnij aplikację"]),
        cue(App).phrases(&["naszą aplikację", "naszej aplikacji"]),
        ask(Cookie).phrases(&["używa plików cookie", "plików cookie"]),
    ],
    we: &["my", "nasz", "nasza", "nasze", "nas", "nam", "naszej", "naszego"],
    you: &["ty", "twój", "twoja", "twoje", "ciebie", "cię", "ci", "wy", "wasz", "państwo"],
};
