//! Polish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pl",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["czas czytania", "min czytania", "minut czytania", "minuty czytania"]),
        header(Donation).max_words(14).phrases(&["wesprzyj", "wesprzyj nas", "wspieraj", "wiadomość od"]),
        ask(Donation).weight(3.5).phrases(&["przekaż darowiznę", "wesprzyj nas", "twoja darowizna", "wpłać", "zostań patronem"]),
        cue(Donation).phrases(&["twoje wsparcie", "twojego wsparcia", "niezależne dziennikarstwo", "niezależnego dziennikarstwa", "naszą pracę", "miesięcznie"]),
        salutation(Donation).max_words(6).phrases(&["drodzy czytelnicy", "szanowni czytelnicy", "droga czytelniczko", "drogi czytelniku"]),
        ask(Subscription).phrases(&["subskrybuj", "wykup subskrypcję", "wykup dostęp", "masz już subskrypcję", "tylko dla subskrybentów"]),
        ask(Newsletter).phrases(&["zapisz się do newslettera", "naszego newslettera", "zapisz się na newsletter"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["zgadzasz się na przechowywanie plików cookie", "przechowywanie plików cookie na swoim urządzeniu"]),
        cue(Cookie).phrases(&["nawigacji w witrynie", "naszych działaniach marketingowych"]),
        ask(Cookie).phrases(&["używamy plików cookie", "wykorzystuje pliki cookie"]),
        ask(Social).phrases(&["obserwuj nas", "udostępnij artykuł"]),
        line(Related).max_words(24).phrases(&["poprzedni artykuł", "następny artykuł", "czytaj także", "czytaj też", "zobacz także", "zobacz też", "przeczytaj również", "przeczytaj także", "najczęściej czytane"]),
        label(Ad).phrases(&["reklama"]),
        chrome(Other).max_words(10).phrases(&["wszelkie prawa zastrzeżone",]),
        label_any().phrases(&["przypomnij później", "nie teraz", "zamknij", "nie, dziękuję", "jednorazowo", "miesięcznie", "udostępnij", "akceptuję", "dalej"]),
        ask(Donation).weight(3.5).phrases(&[
            "wspieraj niezależne", "wesprzyj niezależne", "wpłać darowiznę", "przekaż wsparcie",
            "potrzebujemy twojego wsparcia", 
        ]),
        ask(Paywall).weight(3.5).phrases(&["czytaj dalej", "aby czytać dalej", "treść dostępna dla", "wykup prenumeratę"]),
        ask(Newsletter).weight(3.5).phrases(&["zapisz się do naszego"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["podobał ci się ten artykuł", "podoba ci się to, co robimy"]),
        cue(Donation).weight(2.0).phrases(&["finansowanym przez czytelników", "finansowany przez czytelników", "finansowane przez czytelników", "dzięki czytelnikom", "niezależnym medium", "niezależne medium", "każda wpłata"]),
        label(Donation).phrases(&["wspieram", "wesprzyj", "wpłać", "wspieraj", "wesprzyj nas"]),
        line(Related).max_words(8).phrases(&["może cię zainteresować", "polecamy", "więcej artykułów"]),
        notice().phrases(&["sprostowanie:", "aktualizacja:", "od redakcji"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["artykuł został zaktualizowany", "tekst został zaktualizowany", "we wcześniejszej wersji tego"]),
        body().phrases(&["powiedział", "powiedziała", "według", "poinformował", "poinformowała", "stwierdził"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["darmowych artykułów", "bezpłatnych artykułów", "wykorzystałeś limit", "wykorzystałaś limit"]),
        cue(Newsletter).weight(2.0).phrases(&["na twoją skrzynkę", "na skrzynkę e-mail", "na twój e-mail"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["pobierz naszą aplikację", "pobierz aplikację", "ściągnij aplikację"]),
        cue(App).phrases(&["naszą aplikację", "naszej aplikacji"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "wesprzyjcie nas", "wesprzyj naszą", "pomóż nam", "pomóżcie nam", "zostań darczyńcą", "przekaż 1,5%",
            "dorzuć się", "wpłać dowolną kwotę", "dzięki twojemu wsparciu",
            "dzięki państwa wsparciu", "prosimy o wsparcie", "wspieraj nas", "comiesięczne wsparcie", "wpłata jednorazowa",
        ]),
        cue(Donation).weight(0.5).phrases(&["darowizn*", "wpłat*", "darczyńc*", "wesprzyj*", "wspieraj*"]),
        ask(Membership).phrases(&["zostań członkiem", "zostań członkinią", "dołącz do społeczności", "dołącz do klubu", "dołącz do grona"]),
        cue(Membership).phrases(&["członkostw*"]),
        ask(Subscription).phrases(&["kup dostęp", "nielimitowany dostęp", "pierwszy miesiąc za", "anuluj w dowolnym", "prenumeratę cyfrową", "zamów prenumeratę"]),
        cue(Subscription).phrases(&["prenumerat*", "subskrypcj*"]),
        ask(Paywall).weight(3.5).phrases(&["ten artykuł jest dostępny", "dostępny tylko dla", "tylko dla prenumeratorów", "zarejestruj się, aby", "zaloguj się, aby"]),
        ask(Newsletter).phrases(&["twój adres e-mail", "twój e-mail", "podaj adres e-mail", "wypisać się w każdej chwili", "możesz wypisać się"]),
        cue(Newsletter).phrases(&["newsletter*", "polityka prywatności"]),
        ask(App).phrases(&["pobierz naszą aplikację mobilną"]),
        cue(App).phrases(&["w app store", "w google play", "naszej aplikacji mobilnej"]),
        ask(Cookie).phrases(&["akceptuję wszystkie", "zaakceptuj wszystkie", "ustawienia cookie", "polityka cookies", "polityką cookies"]),
        ask(Social).phrases(&["śledź nas", "dołącz do nas na", "subskrybuj nasz kanał", "polub nas", "udostępnij na"]),
        label(Related).phrases(&["czytaj także", "czytaj też", "zobacz także", "zobacz też", "polecamy", "najczęściej czytane"]),
        ask(Credit).max_words(40).phrases(&[
            "jest dziennikarzem", "jest dziennikarką", "jest reporterem", "jest reporterką", "jest korespondentem",
            "jest korespondentką", "tekst ukazał się", "artykuł ukazał się pierwotnie", "tłumaczenie:",
        ]),
        line(Credit).max_words(10).phrases(&["autor:", "autorka:", "fot.", "zdjęcie:", "opracowanie:", "oprac.", "współpraca:"]),
        label_any().phrases(&["akceptuję wszystkie", "odrzuć", "zaloguj", "zarejestruj", "czytaj więcej", "więcej"]),
        outlet(Donation).phrases(&[
            "bez reklam", "bez paywalla", "bez płatnej ściany", "non-profit", "organizacja non-profit", "niezależny portal",
            "niezależne media", "za darmo dla wszystkich", "darmowy dla wszystkich",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&[
            "wspieraj niezależne dziennikarstwo", "wesprzyj niezależne media", "zanim wyjdziesz", "zanim pójdziesz dalej",
            "potrzebujemy twojej pomocy", "potrzebujemy waszego wsparcia",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "dowolną kwotą", "wspieraj nas regularnie", "wpłać jednorazowo", "zostań naszym patronem", "zostań patronką",
            "zostań mecenasem", "przekaż 1,5 procent", "bez waszego wsparcia", "bez twojego wsparcia", "dzięki waszemu wsparciu",
        ]),
        cue(Donation).phrases(&["numer konta", "krs", "to dzięki wam", "czytelników i czytelniczek"]),
        ask(Paywall).weight(3.5).phrases(&["treść premium", "dostęp premium", "aby przeczytać cały artykuł", "przeczytaj cały artykuł"]),
        ask(Subscription).phrases(&["kup prenumeratę", "wybierz pakiet", "pakiet cyfrowy", "możesz zrezygnować w każdej chwili"]),
        ask(Newsletter).phrases(&["dziękujemy za zapisanie się", "sprawdź swoją skrzynkę", "potwierdź subskrypcję", "prosto na twoją skrzynkę", "prosto do skrzynki"]),
        ask(App).phrases(&["zainstaluj aplikację"]),
        ask(Cookie).phrases(&["zgoda na przetwarzanie", "zaufani partnerzy", "zarządzaj zgodami", "przechowywanie informacji na urządzeniu"]),
        ask(Social).phrases(&["udostępnij na facebooku", "skopiuj link", "kopiuj link"]),
        line(Related).max_words(24).phrases(&[
            "zobacz również", "czytaj również", "czytaj więcej", "przeczytaj też", "więcej na ten temat",
            "najnowsze artykuły", "powiązane artykuły", "podobne artykuły", "warto przeczytać",
        ]),
        line(Credit).max_words(10).phrases(&["tłum.", "przekład:", "redakcja:"]),
        label_any().phrases(&["później", "rozumiem", "zgadzam się", "przejdź do serwisu", "wesprzyj teraz", "wpłacam", "zapisz mnie", "czytaj dalej"]),
        outlet(Donation).phrases(&["niekomercyjne", "niekomercyjny", "utrzymujemy się z", "utrzymujemy się dzięki", "nie mamy reklam"]),
        ask(Membership).phrases(&["dołącz do nas", "zostań jednym z nas", "dołącz do grona wspierających"]),
        // Also news wording: "każda wpłata trafi do rodzin", "prokuratura uzyskała pełny dostęp do akt",
        // "przekazać 1,5% podatku organizacji pożytku publicznego", "sklep używa plików cookie bez
        // zgody", "pozostało ci kilka dni na wniosek", "zapisz się do lekarza", "Najnowsze dane GUS...".
        // Cues, or asks and lines in a narrower place.
        cue(Donation).weight(2.0).phrases(&["1,5% podatku", "1.5% podatku"]),
        ask(Donation).weight(3.5).phrases(&["każda wpłata się liczy", "każda wpłata pomaga"]),
        cue(Subscription).weight(2.0).phrases(&["pełny dostęp", "dostęp cyfrowy"]),
        cue(Paywall).weight(2.0).phrases(&["zaloguj się", "pozostało ci"]),
        ask(Paywall).at(Start).max_words(6).phrases(&["zaloguj się"]),
        cue(Cookie).phrases(&["używa plików cookie", "plików cookie", "pliki cookie", "pliki cookies", "ustawienia prywatności"]),
        ask(Cookie).phrases(&["strona używa plików cookie", "serwis używa plików cookie", "witryna używa plików cookie"]),
        cue(Newsletter).weight(2.0).phrases(&["zapisz się"]),
        ask(Newsletter).at(Start).max_words(6).phrases(&["zapisz się"]),
        ask(Newsletter).phrases(&["zapisz się na nasz", "zapisz się na nasze", "zapisz się do naszej"]),
        line(Related).max_words(3).phrases(&["najnowsze", "polecane"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        label_any().phrases(&["może później", "wpłata cykliczna", "wpłata jednorazowa", "podaj adres e-mail"]),
        ask(Donation).weight(3.5).phrases(&["wesprzeć nas", "przelewem na konto", "wesprzyj naszą pracę"]),
        cue(Donation).phrases(&["tytułem", "drobną wpłatą", "to, co robimy"]),
        ask(Newsletter).phrases(&["na swoją skrzynkę"]),
        cue(Newsletter).phrases(&["newslettera"]),
        ask(App).phrases(&["pobierz bezpłatnie naszą"]),
        cue(Cookie).phrases(&["klikając", "zgadzasz się", "wyrażasz zgodę", "analizować ruch"]),
        ask(Social).phrases(&["udostępnij ten artykuł"]),
        // Both registers of the same asks ("ty" and "Pan/Pani", "wy").
        ask(Subscription).phrases(&["zasubskrybuj", "masz już konto"]),
        // The e-edition's order line and its button.
        ask(Subscription).max_words(10).phrases(&["zamów e-wydanie", "kup e-wydanie", "zamów wydanie cyfrowe"]),
        ask(Membership).phrases(&["dołącz do naszej społeczności"]),
        ask(Cookie).phrases(&["ta strona używa plików cookie", "ta strona korzysta z plików cookie", "serwis wykorzystuje pliki cookies"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["czytelnikom jak państwo", "czytelnikom jak ty", "możemy na państwa liczyć", "możemy na ciebie liczyć", "prosimy o dobrowolne wsparcie"]),
        cue(Donation).phrases(&["dobrowolne wsparcie"]),
        label_any().phrases(&["chcę wesprzeć", "tak, pomagam", "pomagam"]),
        ask(Membership).phrases(&["wejdź do klubu"]),
        cue(Membership).phrases(&["klubu przyjaciół"]),
        cue(Newsletter).phrases(&["bez spamu", "rezygnacji w każdej chwili", "wybrane ręcznie"]),
        cue(App).weight(2.0).phrases(&["włącz powiadomienia"]),
        cue(Cookie).weight(2.0).phrases(&["technologie śledzące", "swój wybór możesz zmienić"]),
        label_any().phrases(&["zezwól na wszystkie", "odrzuć wszystkie"]),
        ask(Social).phrases(&["wyślij go znajomym", "wyślij znajomym"]),
        header(Social).max_words(8).phrases(&["podobał ci się ten tekst", "podobał się państwu ten tekst"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["o autorze", "o autorce", "o autorach", "więcej od autora", "więcej tekstów autora", "wszystkie teksty autora", "artykuły autora"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["autor jest", "autorka jest", "autor pracuje", "autorka pracuje", "autor był", "autorka była"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["jest publicystą", "jest publicystką", "jest redaktorem", "jest redaktorką"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["przejdź do treści"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["dodaj komentarz", "napisz komentarz", "skomentuj", "pokaż komentarze", "zobacz komentarze", "komentarze czytelników", "komentarze zostały wyłączone"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["komentarze"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komentarze", "komentarzy"]),
        ask(Other).part(Comments).phrases(&["aby dodać komentarz", "komentarze są moderowane", "regulamin komentowania", "zasady komentowania"]),
        ask(Other).part(Disclaimer).phrases(&["opinie wyrażone w tekście", "opinie wyrażone w artykule", "wyrażają poglądy autora", "są wyłącznie opiniami autora"]),
        cue(Other).part(Disclaimer).phrases(&["nie muszą odzwierciedlać", "nie zawsze odzwierciedlają", "stanowisko redakcji"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["następna strona", "poprzednia strona", "strona 1 z", "zgłoś błąd", "poinformuj nas", "masz temat"]),
        ask(Other).part(Navigation).phrases(&["strona działa najlepiej", "twoja przeglądarka jest przestarzała", "włącz javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms ("ty", "wy"
        // and "Państwo").
        header(Donation).max_words(14).phrases(&["wesprzyjcie nas"]),
        ask(Donation).weight(3.5).phrases(&[
            "państwa darowizna", "wasza darowizna", "wspierajcie niezależne", "wesprzyjcie niezależne", "potrzebujemy państwa wsparcia",
            "potrzebujemy waszego wsparcia", "wesprzyjcie naszą", "wspierajcie nas", "bez państwa wsparcia",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["podobał się państwu ten artykuł", "podobał wam się ten artykuł", "podoba się państwu to, co robimy"]),
        ask(Membership).phrases(&["dołączcie do nas"]),
        ask(Social).phrases(&["obserwujcie nas", "śledźcie nas", "polubcie nas"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "sprawdź też", "sprawdź także", "sprawdź również", "mogą cię zainteresować",
            "to może cię zainteresować", "to może cię również zainteresować", "może cię również zainteresować",
            "może cię też zainteresować", "może cię także zainteresować", "to cię może zainteresować",
            "może państwa zainteresować", "mogą państwa zainteresować", "to może państwa zainteresować", "polecamy również",
            "polecamy także", "polecamy też",
        ]),
        line(Related).max_words(6).phrases(&[
            "powiązane tematy", "więcej z kategorii", "więcej z działu", "więcej wiadomości", "inne artykuły",
            "pozostałe artykuły", "inne wiadomości", "pozostałe wiadomości", "najpopularniejsze artykuły",
            "najchętniej czytane", "najczęściej komentowane", "najczęściej oglądane", "najnowsze wiadomości",
            "ostatnie wiadomości", "najważniejsze wiadomości", "wybór redakcji", "polecane artykuły", "polecane dla ciebie",
            "polecane dla państwa", "poprzedni wpis", "następny wpis",
        ]),
        line(Related).max_words(4).phrases(&["powiązane", "najpopularniejsze", "więcej z", "nie przegap"]),
        label(Related).phrases(&[
            "zobacz więcej", "zobacz również", "czytaj również", "przeczytaj też", "przeczytaj także", "przeczytaj również",
            "może cię zainteresować", "może państwa zainteresować", "warto przeczytać", "powiązane", "powiązane artykuły",
            "podobne artykuły", "najpopularniejsze", "najnowsze", "najnowsze artykuły", "najnowsze wiadomości", "polecane",
            "wybór redakcji", "więcej wiadomości", "więcej na ten temat", "inne artykuły", "nie przegap",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "aktywne skanowanie charakterystyki urządzenia do celów identyfikacji",
            "użycie dokładnych danych geolokalizacyjnych",
            "precyzyjne dane geolokalizacyjne i identyfikacja poprzez skanowanie urządzeń", "pomiar reklam i treści",
            "badanie odbiorców i ulepszanie usług", "opinie odbiorców i rozwój produktów",
            "te wybory zostaną przekazane naszym partnerom",
            "stosowanie badań rynkowych w celu generowania opinii odbiorców",
            "tworzenie profilu spersonalizowanych reklam", "przetwarzamy dane w następujących celach",
        ]),
        label_any().phrases(&[
            "nie zgadzam się", "więcej opcji", "zarządzaj opcjami", "zapisz i wyjdź", "akceptuj wszystko",
            "odrzuć wszystko", "akceptuję i przechodzę do serwisu", "zgoda na wszystkie", "nie wyrażam zgody",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "ten artykuł jest częścią cyklu", "ten artykuł jest częścią serii", "artykuł jest częścią cyklu",
            "artykuł jest częścią serii", "ten tekst jest częścią cyklu", "ten tekst jest częścią serii",
            "ten tekst jest częścią projektu", "tekst jest częścią cyklu", "tekst jest częścią serii",
            "tekst jest częścią projektu", "ten materiał jest częścią cyklu", "ten materiał jest częścią serii",
            "ten materiał jest częścią projektu", "materiał jest częścią cyklu", "materiał jest częścią serii",
            "materiał jest częścią projektu", "ten reportaż jest częścią", "reportaż jest częścią",
            "ten tekst powstał w ramach", "ten tekst powstał dzięki", "ten tekst powstał przy",
            "ten tekst powstał we współpracy", "ten tekst powstał ze środków", "tekst powstał w ramach",
            "tekst powstał dzięki", "tekst powstał przy", "tekst powstał we współpracy", "tekst powstał ze środków",
            "ten artykuł powstał w ramach", "ten artykuł powstał dzięki", "ten artykuł powstał przy",
            "ten artykuł powstał we współpracy", "ten artykuł powstał ze środków", "artykuł powstał w ramach",
            "artykuł powstał dzięki", "artykuł powstał przy", "artykuł powstał we współpracy",
            "artykuł powstał ze środków", "ten materiał powstał w ramach", "ten materiał powstał dzięki",
            "ten materiał powstał przy", "ten materiał powstał we współpracy", "ten materiał powstał ze środków",
            "materiał powstał w ramach", "materiał powstał dzięki", "materiał powstał przy",
            "materiał powstał we współpracy", "materiał powstał ze środków", "ten reportaż powstał",
            "reportaż powstał w ramach", "reportaż powstał dzięki", "reportaż powstał przy",
            "reportaż powstał we współpracy", "reportaż powstał ze środków", "tekst publikujemy w ramach",
            "artykuł publikujemy w ramach", "materiał publikujemy w ramach", "tekst publikujemy we współpracy",
            "artykuł publikujemy we współpracy", "to pierwszy tekst z cyklu", "to drugi tekst z cyklu",
            "to kolejny tekst z cyklu", "to pierwszy artykuł z cyklu", "to kolejny artykuł z cyklu",
            "to pierwsza część cyklu", "to druga część cyklu", "to kolejna część cyklu", "to ostatnia część cyklu",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["powiązane:", "polecamy:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["podobne wpisy", "ostatnie wpisy", "popularne wpisy", "może ci się spodobać", "może ci się również spodobać", "dalsza lektura"]),
        header(Donation).max_words(12).phrases(&["czy ten artykuł był pomocny", "czy ten artykuł był przydatny", "czy artykuł był pomocny", "podobał ci się artykuł"]),
        label(Social).phrases(&["udostępnij to", "lubię to", "podziel się"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["posłuchaj artykułu", "odsłuchaj artykuł", "słuchaj artykułu"]),
        chrome(Other).max_words(5).phrases(&["posłuchaj tego artykułu", "wersja audio artykułu"]),
        chrome(Social).max_words(5).phrases(&["obejrzyj w youtube", "obejrzyj na youtube"]),
        chrome(Social).max_words(7).phrases(&["wyświetl ten post na instagramie"]),
        chrome(Social).max_words(10).phrases(&["post udostępniony przez"]),
        chrome(Social).max_words(15).phrases(&["♬ oryginalny dźwięk"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["opublikuj komentarz"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["anuluj pisanie odpowiedzi", "skomentuj jako pierwszy", "pokaż wszystkie komentarze", "dołącz do dyskusji"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["możliwość komentowania została wyłączona", "zaloguj się, aby skomentować"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["wymagane pola są oznaczone", "twój komentarz oczekuje na moderację"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["musisz się zalogować, aby móc dodać komentarz"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["twój adres e-mail nie zostanie opublikowany"]),
        chrome(Other).part(Comments).max_words(20).phrases(&["zapamiętaj moje dane w tej przeglądarce"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["zgłoś literówkę"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["zauważyłeś błąd", "zauważyłeś literówkę", "znalazłeś błąd"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["przeczytaj:", "czytaj:", "przeczytaj więcej:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. czytania", "minut lektury", "min. lektury"]),
        line(Other).max_words(45).phrases(&["artykuł jest częścią projektu", "ten artykuł jest częścią projektu", "tekst został sfinansowany", "artykuł został sfinansowany"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["darmowy artykuł", "darmowe artykuły", "darmowego artykułu", "bezpłatny artykuł", "bezpłatne artykuły", "artykuł za darmo", "artykuły za darmo", "artykułów za darmo", "darmowe teksty", "darmowych tekstów"]),
        ask(Paywall).max_words(30).phrases(&["to twój ostatni darmowy artykuł", "to jest twój ostatni darmowy artykuł", "twój ostatni darmowy artykuł", "twój ostatni bezpłatny artykuł", "wykorzystałeś limit darmowych artykułów", "wykorzystałaś limit darmowych artykułów", "wykorzystano limit darmowych artykułów", "osiągnąłeś limit darmowych artykułów", "przeczytałeś wszystkie darmowe artykuły", "przeczytałaś wszystkie darmowe artykuły", "limit darmowych artykułów"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["pozostało jeszcze", "pozostało jeszcze treści", "pozostała część artykułu", "dalsza część artykułu", "dalsza część artykułu dostępna dla subskrybentów", "ten artykuł jest dostępny tylko dla subskrybentów", "artykuł tylko dla subskrybentów", "treść dostępna dla subskrybentów", "czytaj dalej w subskrypcji", "dostęp do całego artykułu"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["dalsza część artykułu pod reklamą", "dalsza część tekstu pod reklamą", "dalsza część materiału pod reklamą", "dalsza część artykułu po reklamie", "dalsza część artykułu poniżej", "dalsza część tekstu poniżej", "dalszy ciąg artykułu pod reklamą", "ciąg dalszy artykułu pod reklamą", "czytaj dalej pod reklamą", "artykuł kontynuowany pod reklamą", "tekst kontynuowany poniżej"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["artykuł sponsorowany", "materiał sponsorowany", "tekst sponsorowany", "treść sponsorowana", "treści sponsorowane", "materiał partnera", "artykuł partnera", "partnerem materiału jest", "materiał reklamowy", "materiał promocyjny", "współpraca reklamowa"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["artykuł zawiera linki afiliacyjne", "ten artykuł zawiera linki afiliacyjne", "tekst zawiera linki afiliacyjne", "materiał zawiera linki afiliacyjne", "artykuł zawiera linki partnerskie", "w artykule znajdują się linki afiliacyjne", "linki w tekście są linkami afiliacyjnymi", "możemy otrzymać prowizję", "redakcja może otrzymać prowizję", "jako partner amazon", "kupując przez te linki"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["wszystkie prawa zastrzeżone", "kopiowanie zabronione", "przedruk zabroniony", "zabronione jest kopiowanie", "kopiowanie i rozpowszechnianie zabronione", "materiał chroniony prawem autorskim", "publikacja bez zgody zabroniona"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["pobierz aplikację mobilną", "pobierz darmową aplikację"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["czytaj komentarze", "komentowanie zostało wyłączone", "komentarze zamknięte", "zaloguj się aby skomentować"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["archiwum prywatne", "archiwum własne", "archiwum rodzinne", "materiały prasowe", "materiały własne", "zdjęcie archiwalne", "zdjęcie ilustracyjne", "zdjęcie poglądowe", "zrzut ekranu", "domena publiczna"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["odtwórz wideo", "odtwórz ponownie", "odtwarzacz wideo", "odtwarzacz audio"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["koniec okna dialogowego"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["to jest okno modalne"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tagi", "tag", "słowa kluczowe"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["numer konta", "nr konta", "numer rachunku", "nr rachunku", "tytuł przelewu", "nazwa odbiorcy", "dane do przelewu"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["zapisz się teraz", "zapisz się za darmo", "zapisuję się", "zapiszcie się", "subskrybuj newsletter", "chcę otrzymywać newsletter", "adres e-mail", "wpisz swój adres e-mail", "wpisz adres e-mail", "podaj swój e-mail"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["wyślij", "zapisz"]),
        label(Subscription).phrases(&["zobacz ofertę", "sprawdź ofertę", "wybierz ofertę", "przejdź do oferty", "skorzystaj z oferty", "kup subskrypcję", "kupuję dostęp", "subskrybuj teraz", "masz już subskrypcję? zaloguj się", "masz już konto? zaloguj się", "jesteś subskrybentem? zaloguj się", "masz już dostęp? zaloguj się", "wypróbuj za darmo", "testuj za darmo", "zostań subskrybentem", "zostań prenumeratorem"]),
        label(App).phrases(&["pobierz z app store", "pobierz z google play", "pobierz w app store", "dostępne w google play", "dostępne w app store", "odkryj w appgallery", "otwórz w aplikacji", "otwórz aplikację", "pobierz teraz", "czytaj w aplikacji"]),
        label(Donation).phrases(&["wpłać teraz", "co miesiąc", "wsparcie cykliczne", "wspieraj regularnie", "inna kwota", "wpisz kwotę", "dowolna kwota", "wspieraj co miesiąc", "wsparcie jednorazowe", "wpłata comiesięczna", "wybierz kwotę", "przejdź do płatności", "wspieram co miesiąc", "wspieram jednorazowo"]),
        label(Social).phrases(&["link skopiowany", "skopiowano link", "skopiowano do schowka", "drukuj artykuł", "wyślij e-mailem", "wyślij mailem", "wyślij znajomemu", "udostępnij na x", "udostępnij na twitterze", "udostępnij na linkedin", "wyślij przez whatsapp", "udostępnij przez e-mail"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["drukuj", "wydrukuj"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["zapisując się, akceptujesz", "zapisując się do newslettera", "zapisując się, wyrażasz zgodę", "klikając „zapisz się”", "klikając przycisk", "klikając w przycisk", "wyrażam zgodę na przetwarzanie", "wyrażam zgodę na otrzymywanie", "administratorem twoich danych osobowych jest", "administratorem danych osobowych jest", "administratorem pani/pana danych osobowych jest", "w każdej chwili możesz się wypisać", "możesz wypisać się w każdej chwili", "z subskrypcji możesz zrezygnować", "w każdej chwili możesz zrezygnować", "nie udostępnimy twojego adresu", "nie wysyłamy spamu", "ta strona jest chroniona przez recaptcha", "akceptuję regulamin serwisu", "oświadczam, że zapoznałem się", "zapoznałem się z"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["podobał się wam artykuł", "spodobał ci się ten tekst", "podoba ci się to, co czytasz", "czy ten artykuł był dla ciebie przydatny", "nie chcesz niczego przegapić", "nie chcesz nic przegapić", "chcesz być na bieżąco", "chcesz więcej takich tekstów", "chcesz wiedzieć więcej", "doceniasz naszą pracę", "cenisz naszą pracę", "chcesz czytać więcej"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["powiedzieli", "stwierdziła", "stwierdzili", "mówi", "mówił", "mówiła", "dodał", "dodała", "dodali", "wyjaśnił", "wyjaśniła", "podkreślił", "podkreśliła", "podkreślili", "zaznaczył", "zaznaczyła", "ocenił", "oceniła", "przyznał", "przyznała", "zapowiedział", "zapowiedziała", "ogłosił", "ogłosiła", "potwierdził", "potwierdziła", "zaprzeczył", "zaprzeczyła", "ostrzegł", "ostrzegła", "przypomniał", "przypomniała", "odpowiedział", "odpowiedziała", "zapytał", "zapytała", "napisał", "napisała", "przekazał", "przekazała", "poinformowali", "oświadczył", "oświadczyła", "zapewnił", "zapewniła", "przekonywał", "przekonywała", "dodaje", "podkreśla", "zaznacza", "podała", "jego zdaniem", "jej zdaniem", "ich zdaniem", "w rozmowie z", "w wywiadzie dla", "cytowany przez"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["powiększ", "fotogaleria"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galeria zdjęć", "zobacz zdjęcia", "zobacz galerię", "otwórz galerię", "zamknij galerię", "następne zdjęcie", "poprzednie zdjęcie", "pełny ekran"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["zobacz wszystkie zdjęcia"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["odśwież", "zaktualizowano"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["na żywo", "pokaż więcej", "załaduj więcej", "wczytaj więcej"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["relacja na żywo", "transmisja na żywo", "oglądaj na żywo"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["zapisano"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["zapisz artykuł", "rozmiar czcionki", "zwiększ czcionkę", "zmniejsz czcionkę"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["odtwórz", "wstrzymaj", "wycisz", "autoodtwarzanie"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["zobacz wideo", "wyłącz wyciszenie", "włącz dźwięk", "prędkość odtwarzania", "wersja audio"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["czy ten tekst był przydatny"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["dziękujemy za lekturę", "dziękujemy, że doczytałeś do końca", "dziękujemy, że doczytałaś do końca", "doczytałeś do końca", "dziękujemy, że jesteś z nami", "dziękujemy, że nas czytasz"]),
        cue(Donation).weight(2.0).phrases(&["twoja wpłata zostanie podwojona", "podwoimy twoją wpłatę", "podwój swoją wpłatę"]),
        cue(Donation).weight(2.0).phrases(&["każda kwota się liczy", "nawet niewielka kwota"]),
        cue(Subscription).phrases(&["kup e-wydanie", "czytaj e-wydanie", "e-wydanie gazety", "wydanie cyfrowe", "wydanie papierowe", "prenumerata cyfrowa", "podaruj prenumeratę", "prenumerata papierowa", "najnowszy numer"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["zezwól nie teraz", "nie teraz zezwól", "zezwól później", "później zezwól", "zezwól blokuj", "blokuj zezwól", "zezwól nie, dziękuję", "nie, dziękuję zezwól", "zezwól anuluj", "anuluj zezwól"]),
        cue(App).phrases(&["powiadomienia push", "otrzymywać powiadomienia"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["chcę wspierać", "już wspieram", "chcę pomóc"]),
        label(Membership).phrases(&["dołączam", "chcę dołączyć", "zostaję patronem", "jestem już patronem"]),
        label(Subscription).phrases(&["subskrybuję", "mam już subskrypcję", "chcę subskrybować"]),
        label(Newsletter).phrases(&["chcę się zapisać"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["czytaj także:", "czytaj też:", "czytaj również:", "przeczytaj także:", "przeczytaj też:", "przeczytaj również:", "czytaj więcej:", "zobacz także:", "zobacz też:", "zobacz również:", "może cię zainteresować:", "może cię też zainteresować:", "może cię także zainteresować:", "powiązane artykuły:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["słuchaj na żywo", "słuchaj nas na żywo", "oglądaj nas na żywo"]),
        ask(Social).max_words(30).phrases(&["dołącz do naszego kanału", "nasz kanał na whatsappie", "naszego kanału na whatsappie", "jesteśmy na whatsappie", "obserwuj nasz kanał"]),
        label(Social).phrases(&["dołącz do kanału", "obserwuj kanał"]),
        line(Subscription).max_words(10).phrases(&["dzisiejsze e-wydanie", "najnowsze e-wydanie", "czytaj gazetę online", "wydanie cyfrowe"]),
        label(Subscription).phrases(&["e-wydanie", "e-gazeta", "epaper", "e-paper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["komentarze są prywatnymi opiniami użytkowników", "nie ponosi odpowiedzialności za treść opinii", "zastrzega sobie prawo do usuwania komentarzy", "zastrzegamy sobie prawo do usuwania komentarzy", "komentować mogą tylko zalogowani", "komentarz pojawi się po zatwierdzeniu"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["masz temat", "masz ciekawy temat", "masz newsa", "napisz do nas", "napisz do redakcji", "skontaktuj się z redakcją", "prześlij nam zdjęcia", "czekamy na wasze sygnały"]),
        label(Other).phrases(&["zgłoś temat", "zgłoś newsa", "kontakt z redakcją"]),
        ask(Ad).max_words(35).phrases(&["zagłosuj na swojego faworyta", "weź udział w konkursie", "wygraj bilety", "wygraj podwójne zaproszenie", "zagłosuj w plebiscycie", "głosuj w plebiscycie"]),
        label(Ad).phrases(&["kup bilet", "kup bilety", "weź udział", "głosuj teraz"]),
        ask(Ad).max_words(35).phrases(&["szukamy dziennikarza", "szukamy dziennikarki", "szukamy dziennikarzy", "dołącz do naszej redakcji", "dołącz do naszego zespołu", "zatrudnimy dziennikarza"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["twój adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone", "zapamiętaj moje dane w tej przeglądarce", "twój komentarz oczekuje na moderację", "musisz się zalogować, aby móc dodać komentarz", "komentarze zawierające wulgaryzmy", "obraźliwe komentarze będą usuwane"]),
        label(Other).part(Comments).phrases(&["wyślij komentarz"]),
    ],
    we: &["my", "nasz", "nasza", "nasze", "nas", "nam", "naszej", "naszego"],
    you: &["ty", "twój", "twoja", "twoje", "ciebie", "cię", "ci", "wy", "wasz", "wasze", "waszej", "waszego", "twojego", "twojej", "twoim", "tobie", "państwo"],
};
