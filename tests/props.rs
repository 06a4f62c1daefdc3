//! Properties that hold for any input: no panic, the body is the input with whole ranges
//! removed, and cleaning the body again removes nothing more.

use proptest::prelude::*;
use unappeal::Cleaner;

const BODY: &[&str] = &[
    "The council voted on Tuesday to reopen the old bridge, officials said.",
    "Repairs will cost about four million euros, according to the city engineer.",
    "\"We need your help,\" the food bank's director told reporters on Monday.",
    "Donations have fallen by a third since last year, she said.",
    "Der Stadtrat hat am Dienstag den Neubau der Brücke beschlossen, sagte ein Sprecher.",
    "Городской совет во вторник одобрил строительство нового моста, сообщили в мэрии.",
    "Read the full report on the council's website.",
    "Weather",
    "10:13 PM",
];

const APPEAL: &[&str] = &[
    "A Message from The Moscow Times:",
    "Dear readers,",
    "Since you're here...",
    "... we have a small favour to ask. Please support us from just $2 a month.",
    "Remind me later.",
    "Maybe later",
    "Sign up for our free newsletter and get the news delivered to your inbox.",
    "Follow us on Facebook and Twitter",
    "Read more: Council approves budget",
    "Most read",
    "Liebe Leserinnen und Leser, unterstützen Sie uns mit einer Spende.",
    "Поддержите The Moscow Times",
    "Jane Doe contributed to this report.",
    "×",
    "Advertisement",
];

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(BODY).prop_map(str::to_string),
        4 => prop::sample::select(APPEAL).prop_map(str::to_string),
        1 => "[ -~]{0,40}",
        1 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(), 0..25),
        prop::sample::select(&["\n", "\n\n", "\r\n", "\n \n"][..]),
    )
        .prop_map(|(lines, sep)| lines.join(sep))
}

/// The non-empty lines of `s`, trimmed.
fn lines(s: &str) -> Vec<&str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

/// Lines with letters that decompose: Vietnamese stacks two marks on a letter.
const ACCENTED: &[&str] = &[
    "Hội đồng nhân dân thành phố hôm thứ Ba đã thông qua dự án xây cây cầu mới bắc qua sông.",
    "Theo Sở Giao thông, công trình sẽ khởi công vào mùa xuân và kéo dài ba năm.",
    "Bạn đọc thân mến,",
    "Báo chí độc lập không thể tồn tại nếu thiếu sự ủng hộ của bạn.",
    "Ủng hộ chúng tôi",
    "Để sau",
    "Unabhängiger Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einer Spende.",
    "Später erinnern",
];

/// A document of which some lines decompose.
fn accented_document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            2 => line(),
            1 => prop::sample::select(ACCENTED).prop_map(str::to_string),
        ],
        0..25,
    )
    .prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Decomposed (NFD), a document is cleaned as it is composed (NFC): the same cuts, each
    /// a range of the decomposed input, and the decomposed form of the composed result.
    #[test]
    fn decomposed_text_is_cleaned_as_composed(doc in accented_document()) {
        use unicode_normalization::UnicodeNormalization;
        let composed: String = doc.nfc().collect();
        let decomposed: String = doc.nfd().collect();
        let cleaner = Cleaner::new();
        let (c, d) = (cleaner.clean_text(&composed), cleaner.clean_text(&decomposed));
        prop_assert_eq!(c.removals().len(), d.removals().len());
        for (rc, rd) in c.removals().iter().zip(d.removals()) {
            prop_assert_eq!((rc.kind(), rc.rule()), (rd.kind(), rd.rule()));
            prop_assert_eq!(&decomposed[rd.range().unwrap()], rd.text());
            prop_assert_eq!(rc.text().nfd().collect::<String>(), rd.text());
        }
        prop_assert_eq!(c.text().nfd().collect::<String>(), d.text());
    }

    #[test]
    fn body_is_input_minus_whole_ranges(doc in document()) {
        let cleaned = Cleaner::new().clean_text(&doc);
        let mut expected = String::new();
        let mut pos = 0;
        for r in cleaned.removals() {
            let range = r.range().expect("text removals carry a range");
            prop_assert!(range.start >= pos, "ranges overlap or are out of order");
            prop_assert_eq!(&doc[range.clone()], r.text());
            expected.push_str(&doc[pos..range.start]);
            expected.push('\n');
            pos = range.end;
        }
        expected.push_str(&doc[pos..]);
        prop_assert_eq!(lines(&expected), lines(cleaned.text()));
    }

    #[test]
    fn cleaning_twice_removes_nothing_more(doc in document()) {
        let cleaner = Cleaner::new();
        let once = cleaner.clean_text(&doc);
        let twice = cleaner.clean_text(once.text());
        prop_assert!(twice.removals().is_empty(), "second pass removed {:?}", twice.removals());
        prop_assert_eq!(twice.text(), once.text());
    }

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        let cleaned = Cleaner::new().clean_text(&s);
        prop_assert!(cleaned.text().len() <= s.len());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let cleaner = Cleaner::new();
        let _ = cleaner.clean_text_bytes(&bytes);
        let _ = cleaner.clean_html_bytes(&bytes, None);
    }

    #[test]
    fn tag_soup_never_panics(parts in prop::collection::vec(prop_oneof![
        Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()), Just("</p>".to_string()),
        Just("<article>".to_string()), Just("<aside class=\"donate\">".to_string()), Just("<br>".to_string()),
        Just("<script>".to_string()), Just("<!--".to_string()), Just("-->".to_string()), Just("<a href=x>".to_string()),
        Just("<noscript>".to_string()), Just("</noscript>".to_string()), Just("<ul>".to_string()),
        Just("<li class=\"row\">".to_string()), Just("<h2>".to_string()), Just("<header>".to_string()),
        Just("<title>".to_string()), Just("<meta property=\"og:title\" content=\"a | b\">".to_string()),
        Just("<script type=\"application/ld+json\">{\"headline\":\"x &#".to_string()),
        Just("é&ü;\\u00".to_string()), Just("\"}</script>".to_string()),
        prop::sample::select(BODY).prop_map(str::to_string), prop::sample::select(APPEAL).prop_map(str::to_string),
        "[ -~]{0,20}",
    ], 0..60)) {
        let html = parts.concat();
        let cleaned = Cleaner::new().clean_html(&html, Some("https://example.com/a")).unwrap();
        prop_assert!(cleaned.text().len() <= html.len() * 2);
    }

    #[test]
    fn arbitrary_user_phrases_never_panic(
        phrases in prop::collection::vec(prop_oneof![
            "[ -~]{1,12}",
            any::<String>().prop_map(|s| s.chars().take(12).collect()),
            prop::sample::select(&["$", "©", "€5", "a*", "member*", "ко*", "we're", "'s", "--", "*", " ** "][..]).prop_map(str::to_string),
        ], 1..6),
        doc in document(),
    ) {
        let mut builder = Cleaner::builder();
        for p in &phrases {
            builder.phrase(unappeal::Kind::Other, p);
        }
        // A phrase that is empty once trimmed (a stem's `*` aside) is an error at build;
        // anything else cleans.
        if let Ok(cleaner) = builder.build() {
            let cleaned = cleaner.clean_text(&doc);
            prop_assert!(cleaned.text().len() <= doc.len());
            for r in cleaned.removals() {
                let range = r.range().expect("text removals carry a range");
                prop_assert_eq!(&doc[range], r.text());
            }
        } else {
            prop_assert!(phrases.iter().any(|p| p.trim().trim_end_matches('*').trim().is_empty()));
        }
    }
}

/// A case the property found: keyword lines on both sides of a cut box are one tag row
/// once the box is gone, and the first pass reads them so too.
#[test]
fn a_tag_row_split_by_a_cut_box_is_found_in_the_first_pass() {
    let doc = "The council voted on Tuesday to reopen the old bridge, officials said.\n\
               Weather\nSince you're here...\na\na";
    let cleaner = Cleaner::new();
    let once = cleaner.clean_text(doc);
    let twice = cleaner.clean_text(once.text());
    assert!(twice.removals().is_empty(), "{:#?}", twice.removals());
}
