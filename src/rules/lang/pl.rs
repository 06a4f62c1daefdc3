//! Polish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pl",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &["wesprzyj", "wesprzyj nas", "wspieraj", "wiadomość od"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &["przekaż darowiznę", "wesprzyj nas", "twoja darowizna", "każda wpłata", "wpłać", "zostań patronem"]),
        e(Cue, Some(Donation), Any, 1.5, 0, &["twoje wsparcie", "twojego wsparcia", "niezależne dziennikarstwo", "niezależnego dziennikarstwa", "naszą pracę", "miesięcznie"]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["drodzy czytelnicy", "szanowni czytelnicy", "droga czytelniczko", "drogi czytelniku"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &["subskrybuj", "wykup subskrypcję", "wykup dostęp", "masz już subskrypcję", "tylko dla subskrybentów"]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &["zapisz się do newslettera", "naszego newslettera", "zapisz się na newsletter"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["używamy plików cookie", "wykorzystuje pliki cookie", "pliki cookies"]),
        e(Ask, Some(Social), Any, 3.0, 0, &["obserwuj nas", "udostępnij artykuł"]),
        e(Line, Some(Related), Start, 3.0, 14, &["czytaj także", "czytaj też", "zobacz także", "zobacz też", "przeczytaj również", "przeczytaj także", "najczęściej czytane"]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["reklama"]),
        e(Chrome, Some(Other), Start, 3.0, 10, &["przejdź do treści", "wszelkie prawa zastrzeżone", "komentarze"]),
        e(Label, None, Whole, 3.0, 0, &["przypomnij później", "nie teraz", "zamknij", "nie, dziękuję", "jednorazowo", "miesięcznie", "udostępnij", "akceptuję", "dalej"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "wspieraj niezależne", "wesprzyj niezależne", "zostań patronem", "wpłać darowiznę", "przekaż wsparcie",
            "potrzebujemy twojego wsparcia", "twoje wsparcie",
        ]),
        e(Ask, Some(Paywall), Any, 3.5, 0, &["czytaj dalej", "aby czytać dalej", "zaloguj się", "treść dostępna dla", "wykup prenumeratę"]),
        e(Ask, Some(Newsletter), Any, 3.5, 0, &["zapisz się na newsletter", "zapisz się do naszego"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["podobał ci się ten artykuł", "podoba ci się to, co robimy"]),
        e(Cue, Some(Donation), Any, 2.0, 0, &["finansowanym przez czytelników", "finansowany przez czytelników", "finansowane przez czytelników", "dzięki czytelnikom", "niezależnym medium", "niezależne medium", "każda wpłata"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["wspieram", "wesprzyj", "wpłać", "wspieraj", "wesprzyj nas"]),
        e(Line, Some(Related), Start, 3.0, 8, &["może cię zainteresować", "polecamy", "więcej artykułów", "najnowsze"]),
        e(Body, None, Start, -3.0, 0, &["sprostowanie:", "aktualizacja:", "od redakcji"]),
        e(Body, None, Any, -1.5, 0, &["powiedział", "powiedziała", "według", "poinformował", "poinformowała", "stwierdził"]),
        // Paywall meters and inbox promises, as every language words them.
        e(Ask, Some(Paywall), Any, 3.5, 0, &["darmowych artykułów", "bezpłatnych artykułów", "wykorzystałeś limit", "wykorzystałaś limit"]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["na twoją skrzynkę", "na skrzynkę e-mail", "na twój e-mail"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        e(Ask, Some(App), Any, 3.0, 0, &["pobierz naszą aplikację", "pobierz aplikację", "ściągnij aplikację"]),
        e(Cue, Some(App), Any, 1.5, 0, &["naszą aplikację", "naszej aplikacji"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["używa plików cookie", "plików cookie"]),
    ],
    we: &["my", "nasz", "nasza", "nasze", "nas", "nam", "naszej", "naszego"],
    you: &["ty", "twój", "twoja", "twoje", "ciebie", "cię", "ci", "wy", "wasz", "państwo"],
};
