//! Text in decomposed Unicode (NFD: "ü" as "u" and U+0308, Vietnamese in combining marks, as
//! macOS and some sites write it) is cleaned as the same text composed (NFC), and the cleaned
//! text is the input with whole ranges cut: its own bytes, decomposed as they came.

use proptest::strategy::Strategy;
use unappeal::{Cleaned, Cleaner, Kind};
use unicode_normalization::UnicodeNormalization;

const VI_BODY: &str = "Hội đồng nhân dân thành phố hôm thứ Ba đã thông qua dự án xây cây cầu mới bắc qua sông.\nTheo Sở Giao thông, công trình sẽ khởi công vào mùa xuân và kéo dài ba năm.";
const VI_APPEAL: &str = "Bạn đọc thân mến,\nBáo chí độc lập không thể tồn tại nếu thiếu sự ủng hộ của bạn. Mọi đóng góp, hàng tháng hay một lần, đều giúp chúng tôi tiếp tục đưa tin.\nỦng hộ chúng tôi\nĐể sau";
const KO_BODY: &str = "시의회는 화요일 강 위에 새 다리를 건설하는 계획을 승인했다.\n시에 따르면 공사는 내년 봄에 시작돼 3년간 진행될 예정이다.";
const KO_APPEAL: &str = "독자 여러분께\n독립언론은 여러분의 후원으로 만들어집니다. 정기후원으로 좋은 기사를 응원해 주세요.\n후원하기\n다음에 하기";

fn nfd(s: &str) -> String {
    s.nfd().collect()
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

mod common;

/// The appeal fixtures: (name, body, appeal).
fn fixtures() -> Vec<(String, String, String)> {
    common::cases(include_str!("fixtures/appeals.txt"))
}

fn fixture(name: &str) -> (String, String) {
    let (_, body, appeal) = fixtures().into_iter().find(|c| c.0 == name).unwrap();
    (body, appeal)
}

/// Cleans `body` then `appeal`, and checks that exactly the appeal goes, as removals of
/// which one is of `kind`.
fn cuts_the_appeal(body: &str, appeal: &str, kind: Kind) -> Cleaned {
    let text = format!("{body}\n{appeal}");
    let cleaned = Cleaner::new().clean_text(&text);
    assert_eq!(cleaned.text(), body, "{:#?}", cleaned.removals());
    let cut: Vec<&str> = cleaned.removals().iter().map(|r| r.text()).collect();
    assert_eq!(cut.join("\n"), appeal);
    assert!(cleaned.removals().iter().any(|r| r.kind() == kind));
    cleaned
}

/// `text` less `ranges`, as the cleaner cuts them: each range with the white space before it
/// (or after it, at the start).
fn cut(text: &str, ranges: &[std::ops::Range<usize>]) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for r in ranges {
        out.push_str(text[pos..r.start].trim_end());
        pos = r.end;
        if out.is_empty() {
            pos += text[pos..].len() - text[pos..].trim_start().len();
        }
    }
    out.push_str(&text[pos..]);
    out
}

/// Cleans `text` decomposed and composed, and checks that the two agree: the same cuts by
/// the same rules, each removal the decomposed form of the composed one and a range of the
/// decomposed input, and the cleaned decomposed text that input less those ranges, and the
/// decomposed form of the composed result.
fn agrees_with_composed(text: &str) {
    let cleaner = Cleaner::new();
    let (composed, decomposed) = (nfc(text), nfd(text));
    let c = cleaner.clean_text(&composed);
    let d = cleaner.clean_text(&decomposed);
    assert_eq!(
        c.removals().len(),
        d.removals().len(),
        "{:#?}",
        d.removals()
    );
    let mut cut_ranges = Vec::new();
    for (rc, rd) in c.removals().iter().zip(d.removals()) {
        assert_eq!((rc.kind(), rc.rule()), (rd.kind(), rd.rule()));
        assert_eq!(rc.confidence(), rd.confidence());
        let range = rd.range().unwrap();
        assert_eq!(&decomposed[range.clone()], rd.text());
        assert_eq!(rd.text(), nfd(rc.text()));
        cut_ranges.push(range);
    }
    assert_eq!(d.text(), cut(&decomposed, &cut_ranges));
    assert_eq!(d.text(), nfd(c.text()));
}

#[test]
fn vietnamese_appeal_in_combining_marks() {
    let (body, appeal) = (nfd(VI_BODY), nfd(VI_APPEAL));
    assert_ne!(body, VI_BODY, "the fixture is decomposed");
    cuts_the_appeal(&body, &appeal, Kind::Donation);
    agrees_with_composed(&format!("{VI_BODY}\n{VI_APPEAL}"));
}

#[test]
fn german_appeal_with_decomposed_umlauts() {
    let (body, appeal) = fixture("de");
    let (body, appeal) = (nfd(&body), nfd(&appeal));
    assert!(appeal.contains("unabha\u{308}ngiger"));
    let cleaned = cuts_the_appeal(&body, &appeal, Kind::Donation);
    assert!(
        cleaned
            .removals()
            .iter()
            .any(|r| r.rule().contains("unterstützen")),
        "the phrase with an umlaut fires: {:#?}",
        cleaned.removals()
    );
}

#[test]
fn korean_appeal_in_jamo() {
    let (body, appeal) = (nfd(KO_BODY), nfd(KO_APPEAL));
    assert!(appeal.contains('\u{1103}'), "the syllables are jamo");
    cuts_the_appeal(&body, &appeal, Kind::Donation);
    agrees_with_composed(&format!("{KO_BODY}\n{KO_APPEAL}"));
}

/// Every appeal fixture, decomposed, is cleaned as it is composed, at the top or at the end.
#[test]
fn every_fixture_decomposed_agrees_with_composed() {
    for (name, body, appeal) in fixtures() {
        for text in [format!("{body}\n{appeal}"), format!("{appeal}\n\n{body}")] {
            let r = std::panic::catch_unwind(|| agrees_with_composed(&text));
            assert!(r.is_ok(), "case {name}");
        }
    }
}

#[test]
fn only_part_decomposed() {
    // The story composed, the appeal decomposed: the story comes out as it went in.
    let text = format!("{VI_BODY}\n{}", nfd(VI_APPEAL));
    let cleaned = Cleaner::new().clean_text(&text);
    assert_eq!(cleaned.text(), VI_BODY);
    assert_eq!(
        cleaned
            .removals()
            .iter()
            .map(|r| r.text())
            .collect::<Vec<_>>()
            .join("\n"),
        nfd(VI_APPEAL)
    );
    // The other way round, and a line of each inside the appeal.
    let text = format!("{}\n{VI_APPEAL}", nfd(VI_BODY));
    assert_eq!(Cleaner::new().clean_text(&text).text(), nfd(VI_BODY));
    let appeal: Vec<&str> = VI_APPEAL.lines().collect();
    let mixed = format!(
        "{VI_BODY}\n{}\n{}\n{}\n{}",
        appeal[0],
        nfd(appeal[1]),
        appeal[2],
        nfd(appeal[3])
    );
    let cleaned = Cleaner::new().clean_text(&mixed);
    assert_eq!(cleaned.text(), VI_BODY, "{:#?}", cleaned.removals());
    for r in cleaned.removals() {
        assert_eq!(&mixed[r.range().unwrap()], r.text());
    }
    // Within a word: "Ủng" composed, the rest of the line decomposed.
    let line = format!("Ủng{}", nfd(" hộ chúng tôi"));
    let text = format!(
        "{VI_BODY}\n{}\n{}\n{line}\n{}",
        appeal[0], appeal[1], appeal[3]
    );
    assert_eq!(Cleaner::new().clean_text(&text).text(), VI_BODY);
}

#[test]
fn bytes_and_strip_text_read_decomposed_text_too() {
    let text = nfd(&format!("{VI_BODY}\n{VI_APPEAL}"));
    let cleaned = Cleaner::new().clean_text_bytes(text.as_bytes()).unwrap();
    assert_eq!(cleaned.text(), nfd(VI_BODY));
    assert_eq!(unappeal::strip_text(&text), nfd(VI_BODY));
}

#[test]
fn a_decomposed_user_phrase_matches_either_form() {
    let cleaner = Cleaner::builder()
        .builtin_rules(false)
        .phrase(Kind::Other, nfd("Grüße aus München"))
        .build()
        .unwrap();
    let body = "Der Stadtrat hat am Dienstag den Neubau der Brücke beschlossen.";
    for line in ["Grüße aus München", &nfd("Grüße aus München")] {
        let cleaned = cleaner.clean_text(&format!("{body}\n{line}"));
        assert_eq!(cleaned.text(), body, "{line:?}");
    }
}

/// A removal never splits a letter from its marks, even where a mark stands alone at the
/// start of a line (nothing composes with a line break).
#[test]
fn a_line_that_starts_with_a_mark_keeps_its_bytes() {
    let text = format!("{VI_BODY}\n\u{301}{}", nfd(VI_APPEAL));
    let cleaned = Cleaner::new().clean_text(&text);
    for r in cleaned.removals() {
        let range = r.range().unwrap();
        assert_eq!(&text[range.clone()], r.text());
        assert!(
            !text[range.end..]
                .chars()
                .next()
                .is_some_and(unicode_normalization::char::is_combining_mark),
            "a removal ends before a mark"
        );
    }
}

/// The model's training samples read decomposed text as composed, with ranges of the input.
#[test]
fn training_samples_of_decomposed_text_are_ranges_of_it() {
    let cleaner = Cleaner::new();
    let composed = format!("{VI_BODY}\n{VI_APPEAL}");
    let decomposed = nfd(&composed);
    let c = unappeal::learn::samples(&cleaner, &composed, None);
    let d = unappeal::learn::samples(&cleaner, &decomposed, None);
    assert_eq!(c.len(), d.len());
    for (c, d) in c.iter().zip(&d) {
        assert_eq!(c.features, d.features);
        assert_eq!(nfd(&composed[c.range.clone()]), decomposed[d.range.clone()]);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..Default::default() })]

    /// Text thick with marks, in and out of canonical order, at line starts and ends, among
    /// appeal and body lines: the cleaned text is the input less the removals' ranges, which
    /// are in order and hold the removals' text.
    #[test]
    fn text_thick_with_marks_is_cut_at_ranges_of_it(parts in proptest::collection::vec(
        proptest::prop_oneof![
            3 => proptest::sample::select(&[
                "\n", " ", "a", "e", "o", "u", "\u{301}", "\u{300}", "\u{302}", "\u{303}",
                "\u{308}", "\u{309}", "\u{323}", "\u{334}", "\u{31b}", "\u{1100}", "\u{1161}",
                "\u{11a8}", "\u{651}", "\u{64e}", "\u{628}", "\u{212b}", "\u{f900}",
            ][..]).prop_map(str::to_string),
            1 => proptest::sample::select(&[
                VI_BODY, VI_APPEAL, KO_BODY, KO_APPEAL, "Unterstützen Sie uns mit einer Spende.",
                "Später erinnern", "Remind me later",
            ][..]).prop_map(|s| format!("\n{}\n", nfd(s))),
        ],
        0..60,
    )) {
        let input = parts.concat();
        let cleaned = Cleaner::new().clean_text(&input);
        let mut ranges = Vec::new();
        let mut pos = 0;
        for r in cleaned.removals() {
            let range = r.range().unwrap();
            proptest::prop_assert!(range.start >= pos, "ranges in order");
            proptest::prop_assert_eq!(&input[range.clone()], r.text());
            pos = range.end;
            ranges.push(range);
        }
        proptest::prop_assert_eq!(cleaned.text(), cut(&input, &ranges));
    }
}
