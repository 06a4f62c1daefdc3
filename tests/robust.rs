//! Pathological inputs (issue 11): each gives a result or a typed error, never a panic, and
//! what can be read is not lost. Sizes are kept so that the suite stays fast in debug builds;
//! the full-size runs are `#[ignore]`d (`cargo test --release --test robust -- --ignored`).

use unappeal::{Cleaned, Cleaner, Kind};

const PARA: &str = "The council voted on Tuesday to reopen the old bridge, which has been closed since the floods of last spring, officials said.";

fn html(html: &str) -> Cleaned {
    Cleaner::new().clean_html(html, None).unwrap()
}

fn depth_removal(cleaned: &Cleaned) -> Option<&unappeal::Removal> {
    cleaned
        .removals()
        .iter()
        .find(|r| r.rule() == "html.depth-limit")
}

#[test]
fn nested_divs_200_000() {
    let n = 200_000;
    let page = format!("{}{PARA}{}", "<div>".repeat(n), "</div>".repeat(n));
    let cleaned = html(&page);
    assert!(cleaned.text().contains("reopen the old bridge"));
    let r = depth_removal(&cleaned).expect("the dropped tags are reported");
    assert_eq!(r.kind(), Kind::Other);
    assert!(
        r.element()
            .unwrap()
            .starts_with(&format!("{} tags", 2 * (n - 512))),
        "{:?}",
        r.element()
    );
}

#[test]
fn nested_tables_50_000() {
    let n = 50_000;
    let page = format!(
        "<html><body>{}<p>{PARA}</p>{}</body></html>",
        "<table><tr><td>".repeat(n),
        "</td></tr></table>".repeat(n)
    );
    let cleaned = html(&page);
    assert!(cleaned.text().contains("reopen the old bridge"));
}

#[test]
fn the_depth_guard_cannot_be_sidestepped() {
    // Forms where the parser sees tags that a naive scan misses: empty comments, `--!>`,
    // quotes inside attribute names, raw-text names inside SVG and MathML, `/>` on HTML
    // elements. Each took over 20 s at 100,000 levels before the guard read them right.
    let n = 100_000;
    let divs = "<div>".repeat(n);
    for (before, after) in [
        ("<!-->", "-->"),
        ("<!--->", "-->"),
        ("<!-- x --!>", "-->"),
        ("<div a\">", "\">"),
        ("<div a=\"x\"=\">", "\">"),
        ("<svg><title>", "</title></svg>"),
        ("<svg><style>", "</style></svg>"),
    ] {
        let page = format!("<html><body>{before}{divs}<p>{PARA}</p>{after}</body></html>");
        let t = std::time::Instant::now();
        let cleaned = html(&page);
        assert!(depth_removal(&cleaned).is_some(), "{before}");
        assert!(t.elapsed().as_secs() < 10, "{before}: {:?}", t.elapsed());
    }
    let page = format!(
        "<html><body>{}<p>{PARA}</p></body></html>",
        "<div/>".repeat(n)
    );
    assert!(html(&page).text().contains("reopen the old bridge"));
}

/// With the depth guard lifted, a deep document still parses without recursion: the tree
/// sink, the flattening and every later pass are loops (the parser's own time grows with
/// the square of the depth, which is what the guard is for).
#[test]
fn deep_documents_do_not_overflow_the_stack() {
    // 20,000 levels, in a test thread's 2 MB stack.
    let n = 10_000;
    let page = format!(
        "<html><body>{}<p>{PARA}</p>{}</body></html>",
        "<div><span>".repeat(n),
        "</span></div>".repeat(n)
    );
    let unguarded = Cleaner::builder().max_depth(usize::MAX).build().unwrap();
    let cleaned = unguarded.clean_html(&page, None).unwrap();
    assert!(cleaned.text().contains("reopen the old bridge"));
    assert!(depth_removal(&cleaned).is_none());
}

#[test]
fn max_depth_is_an_option() {
    let page = format!(
        "<html><body>{}<p>{PARA}</p>{}</body></html>",
        "<div>".repeat(40),
        "</div>".repeat(40)
    );
    assert!(depth_removal(&html(&page)).is_none());
    let shallow = Cleaner::builder().max_depth(10).build().unwrap();
    let cleaned = shallow.clean_html(&page, None).unwrap();
    assert!(cleaned.text().contains("reopen the old bridge"));
    let r = depth_removal(&cleaned).unwrap();
    assert_eq!(r.text(), "", "text is kept, only tags go");
    assert!(r.element().unwrap().starts_with("60 tags"), "{r:?}");
}

#[test]
fn ten_megabyte_single_line_of_text() {
    let line = format!("{PARA} ").repeat(10_000_000 / (PARA.len() + 1));
    let cleaned = Cleaner::new().clean_text(&line);
    assert_eq!(cleaned.text(), line);
    assert!(cleaned.removals().is_empty());
}

#[test]
fn invalid_utf8_at_every_position() {
    let text = "Héllo, wörld.\nSupport us today.\n";
    let cleaner = Cleaner::new();
    let strict = Cleaner::builder().strict_utf8(true).build().unwrap();
    for i in 0..=text.len() {
        for bad in [&b"\xff"[..], b"\xc3", b"\xe2\x82"] {
            let mut bytes = text.as_bytes()[..i].to_vec();
            bytes.extend_from_slice(bad);
            bytes.extend_from_slice(&text.as_bytes()[i..]);
            let cleaned = cleaner.clean_text_bytes(&bytes).unwrap();
            let lossy = String::from_utf8_lossy(&bytes);
            let replaced = bytes
                .utf8_chunks()
                .map(|c| c.invalid().len())
                .sum::<usize>();
            assert!(replaced >= 1);
            assert_eq!(cleaned.replaced_bytes(), replaced, "at {i}");
            // Nothing is lost: the replacement is in the body or in what was cut.
            let kept = cleaned.text().contains('\u{FFFD}')
                || cleaned
                    .removals()
                    .iter()
                    .any(|r| r.text().contains('\u{FFFD}'));
            assert!(kept, "at {i}");
            for r in cleaned.removals() {
                assert_eq!(&lossy[r.range().unwrap()], r.text());
            }
            let err = strict.clean_text_bytes(&bytes).unwrap_err();
            assert!(err.is_input_error());
            let at = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
            assert!(err.to_string().contains(&format!("byte {at}")), "{err}");
        }
    }
}

#[test]
fn a_page_of_only_comments() {
    let page = "<!-- a comment with <p>markup</p> in it -->".repeat(50_000);
    let cleaned = html(&page);
    assert_eq!(cleaned.text(), "");
    let unclosed = format!("<p>{PARA}</p><!-- never closed {}", "x".repeat(100_000));
    assert!(html(&unclosed).text().contains("reopen"));
}

#[test]
fn one_hundred_thousand_line_breaks() {
    let page = format!(
        "<html><body><article><p>{PARA}</p>{}<p>{PARA}</p></article></body></html>",
        "<br>".repeat(100_000)
    );
    let cleaned = html(&page);
    assert_eq!(cleaned.text().matches("reopen").count(), 2);
}

#[test]
fn a_million_attributes() {
    let mut page = String::from("<html><body><div");
    for i in 0..1_000_000 {
        page.push_str(&format!(" a{i}=\"v\""));
    }
    page.push_str(&format!("><p>{PARA}</p></div></body></html>"));
    let cleaned = html(&page);
    assert!(cleaned.text().contains("reopen the old bridge"));
    let r = cleaned
        .removals()
        .iter()
        .find(|r| r.rule() == "html.attribute-limit")
        .expect("the dropped attributes are reported");
    assert!(
        r.element().unwrap().starts_with("999744 attributes"),
        "{r:?}"
    );
}

#[test]
fn a_one_megabyte_url() {
    let cleaner = Cleaner::builder()
        .site_phrase("example.com", Kind::Donation, "fuel our newsroom")
        .build()
        .unwrap();
    let url = format!("https://example.com/{}", "a/".repeat(500_000));
    let page = format!(
        "<html><body><article><p>{PARA}</p><p>Fuel our newsroom.</p></article></body></html>"
    );
    let cleaned = cleaner.clean_html(&page, Some(&url)).unwrap();
    assert!(cleaned.text().contains("reopen"));
    assert!(!cleaned.text().contains("Fuel"));
    let host = format!("https://{}.com/", "a".repeat(1_000_000));
    assert!(
        cleaner
            .clean_html(&page, Some(&host))
            .unwrap()
            .text()
            .contains("Fuel")
    );
    let text = cleaner.clean_text_at("A line.\nFuel our newsroom.", Some(&url));
    assert_eq!(text.text(), "A line.");
}

/// `n` paragraphs in one article; short ones are the page (`<p>Paragraph 7</p>`, 23 MB
/// for a million).
fn sibling_paragraphs(n: usize, short: bool) -> String {
    let mut page = String::from("<html><body><article>");
    for i in 0..n {
        if short {
            page.push_str(&format!("<p>Paragraph {i}</p>"));
        } else {
            page.push_str(&format!("<p>Paragraph {i}: {PARA}</p>"));
        }
    }
    page.push_str("</article></body></html>");
    page
}

#[test]
fn one_hundred_thousand_sibling_paragraphs() {
    let cleaned = html(&sibling_paragraphs(100_000, false));
    assert!(cleaned.text().contains("Paragraph 99999:"));
}

/// The full-size case of the issue; a release build takes about two seconds. Peak memory
/// stays within ten times the page (issue 11): measured 8.7 to 9.0x in all (the process and the
/// page included; 34x before the parser wrote the flat arrays itself).
#[test]
#[ignore]
fn one_million_sibling_paragraphs() {
    let page = sibling_paragraphs(1_000_000, true);
    let reset = reset_peak_resident();
    let t = std::time::Instant::now();
    let cleaned = html(&page);
    let secs = t.elapsed().as_secs_f64();
    assert!(cleaned.text().contains("Paragraph 999999"));
    let Some(peak) = peak_resident_bytes().filter(|_| reset) else {
        eprintln!("no peak resident size on this system: not checked");
        return;
    };
    eprintln!(
        "1,000,000 paragraphs: {:.1} MB page, {secs:.2} s, peak resident {:.0} MB ({:.1}x)",
        page.len() as f64 / 1e6,
        peak as f64 / 1e6,
        peak as f64 / page.len() as f64
    );
    assert!(peak <= 10 * page.len(), "peak {peak} bytes");
}

/// Starts the peak resident size afresh (Linux: `/proc/self/clear_refs`); false elsewhere.
fn reset_peak_resident() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The peak resident size of this process in bytes (Linux; `None` elsewhere).
fn peak_resident_bytes() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[test]
fn five_megabytes_of_script() {
    let page = format!(
        "<html><head><script>{}</script></head><body><p>{PARA}</p><script>{}",
        "var a = '<div>'; if (a < b) { document.write('</p>'); }\n".repeat(50_000),
        "x<y;".repeat(600_000)
    );
    assert!(page.len() > 5_000_000);
    let cleaned = html(&page);
    assert!(cleaned.text().contains("reopen the old bridge"));
    assert!(!cleaned.text().contains("document.write"));
}

#[test]
fn stray_nul_bytes_do_not_lose_the_page() {
    let page = format!(
        "<html><body><article><p>{PARA}</p>\0<p>Work \0starts in May.</p></article></body></html>"
    );
    let cleaned = Cleaner::new()
        .clean_html_bytes(page.as_bytes(), None)
        .unwrap();
    assert!(cleaned.text().contains("reopen the old bridge"));
    assert!(
        cleaned.text().contains("Work starts in May."),
        "{}",
        cleaned.text()
    );
    let text = format!("{PARA}\0\nWork starts in May.\n");
    let cleaned = Cleaner::new().clean_text_bytes(text.as_bytes()).unwrap();
    assert!(cleaned.text().contains("Work starts in May."));
}

#[test]
fn mostly_binary_input_is_rejected() {
    // A deterministic stream of pseudo-random bytes, like compressed data.
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let bytes: Vec<u8> = (0..20_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let cleaner = Cleaner::new();
    for err in [
        cleaner.clean_html_bytes(&bytes, None).unwrap_err(),
        cleaner.clean_text_bytes(&bytes).unwrap_err(),
    ] {
        assert!(err.is_input_error());
        assert!(err.to_string().contains("binary"), "{err}");
    }
}

#[test]
fn html_bytes_report_replaced_bytes() {
    let page =
        format!("<html><body><p>{PARA} caf\u{e9}</p><p>\u{2013} ok \u{20ac}</p></body></html>");
    let mut bytes = page.into_bytes();
    let cleaned = Cleaner::new().clean_html_bytes(&bytes, None).unwrap();
    assert_eq!(cleaned.replaced_bytes(), 0);
    // A page declared UTF-8 with one broken sequence: read as UTF-8, one byte replaced.
    bytes.splice(0..0, b"<meta charset=utf-8>".iter().copied());
    let at = bytes.len() - 30;
    bytes.insert(at, 0xff);
    let cleaned = Cleaner::new().clean_html_bytes(&bytes, None).unwrap();
    assert_eq!(cleaned.replaced_bytes(), 1);
    assert!(cleaned.text().contains("caf\u{e9}"));
}

#[test]
fn size_limits_are_typed_errors() {
    let cleaner = Cleaner::builder().max_input_bytes(1000).build().unwrap();
    let big = "x".repeat(1001);
    for err in [
        cleaner.clean_html(&big, None).unwrap_err(),
        cleaner.clean_html_bytes(big.as_bytes(), None).unwrap_err(),
        cleaner.clean_text_bytes(big.as_bytes()).unwrap_err(),
    ] {
        assert!(err.is_input_error());
        assert!(
            err.to_string().contains("over the limit of 1000 bytes"),
            "{err}"
        );
    }
    assert!(cleaner.clean_text_bytes(&big.as_bytes()[..1000]).is_ok());
    // The flat DOM's 32-bit offsets bound any limit: at most 1 GiB.
    let unbounded = Cleaner::builder()
        .max_input_bytes(usize::MAX)
        .build()
        .unwrap();
    assert!(format!("{unbounded:?}").contains("max_input_bytes: 1073741824"));
}

/// Resident memory of this process in bytes (Linux; `None` elsewhere).
fn resident_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// Issue 11: a run over every page of the trafilatura benchmark in one process does not grow
/// from first to last page. Two passes over the pages; the resident size after the second
/// must be within 16 MB of the size after the first (allocator slack, not a leak).
/// `cargo test --release --test robust -- --ignored --nocapture memory_does_not_grow`
#[test]
#[ignore]
fn memory_does_not_grow_over_a_corpus() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/trafilatura/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("{} is absent: skipped", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let cleaner = Cleaner::new();
    let mut after_pass = Vec::new();
    for pass in 0..2 {
        let (mut first, mut peak) = (None, 0);
        for p in &paths {
            let bytes = std::fs::read(p).unwrap();
            let _ = cleaner.clean_html_bytes(&bytes, None);
            let rss = resident_bytes().unwrap_or(0);
            first.get_or_insert(rss);
            peak = peak.max(rss);
        }
        let last = resident_bytes().unwrap_or(0);
        eprintln!(
            "pass {pass}: {} pages, resident after the first page {:.1} MB, peak {:.1} MB, after the last {:.1} MB",
            paths.len(),
            first.unwrap_or(0) as f64 / 1e6,
            peak as f64 / 1e6,
            last as f64 / 1e6
        );
        after_pass.push(last);
    }
    assert!(
        after_pass[1] <= after_pass[0] + (16 << 20),
        "resident size grew from {} to {} bytes",
        after_pass[0],
        after_pass[1]
    );
}

#[test]
fn sixty_thousand_numbered_steps() {
    // Every step of a numbered list looked back over the whole list once: quadratic in a
    // list of this length. Each step stays, as the story's.
    let steps: Vec<&str> = (0..60_000)
        .map(|i| ["1. Open the app now.", "2. Tap the button now."][i % 2])
        .collect();
    let text = format!(
        "Here is how the council says to report a pothole.\n{}",
        steps.join("\n")
    );
    let t = std::time::Instant::now();
    let cleaned = Cleaner::new().clean_text(&text);
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
    assert_eq!(cleaned.text(), text, "{:#?}", cleaned.removals().first());
}

#[test]
fn two_hundred_thousand_lone_times_under_labels() {
    // Each time alone under a short label looked back over the text for the story's first
    // paragraph before it asked whether the text holds one such time only: quadratic in a
    // page of them (0.94 s for a fifth of this text on a release build, 0.05 s now).
    let text: String = (0..200_000)
        .map(|i| format!("Video clip number here\n3:{:02}\n", i % 60))
        .collect();
    let t = std::time::Instant::now();
    let cleaned = Cleaner::new().clean_text(&text);
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
    assert!(!cleaned.text().is_empty());
}
