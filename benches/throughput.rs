//! Throughput of the text path and of the HTML path, in bytes per second.
//!
//! `cargo bench --bench throughput` reads the evaluation corpora in `../shared/corpus` when
//! they are there (the appeals dev texts, the scrapinghub pages) and the bundled samples
//! otherwise. The `html` group measures `scraper::Html::parse_document` alone beside the
//! whole `clean_html`, so that the cost above parsing can be read off directly, on the
//! scrapinghub pages and (group `html_trafilatura`) on a fifth of the trafilatura pages. The
//! `scaling` group cleans 1x, 4x and 16x inputs to show that time grows linearly with size.
//! On a loaded machine the timings wander; `examples/profile_text.rs` runs the `text` input
//! under a profiler (callgrind's instruction counts stay put).

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unappeal::Cleaner;

fn corpus() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"))
}

fn texts() -> Vec<String> {
    let path = corpus().join("appeals/dev.jsonl");
    match std::fs::read_to_string(&path) {
        Ok(data) => data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
        Err(_) => {
            eprintln!(
                "{} not found: benchmarking the bundled sample",
                path.display()
            );
            vec![include_str!("../examples/data/moscow-times-message.txt").to_string(); 50]
        }
    }
}

fn pages() -> Vec<String> {
    let dir = corpus().join("scrapinghub/html");
    let mut pages: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => {
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
                .iter()
                .filter_map(|p| std::fs::read(p).ok())
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .collect()
        }
        Err(_) => Vec::new(),
    };
    if pages.is_empty() {
        eprintln!(
            "{} not found: benchmarking the bundled samples",
            dir.display()
        );
        pages.push(include_str!("../examples/data/appeal-inside-article.html").to_string());
        pages.push(include_str!("../examples/data/moscow-times-message.html").to_string());
    }
    pages
}

fn text(c: &mut Criterion) {
    let texts = texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::BytesDecimal(bytes as u64));
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("clean_text", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| cleaner.clean_text(t).removals().len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// A sample of the trafilatura pages (every fifth, in name order: pages of all kinds), as
/// UTF-8 text; none when the corpus is absent.
fn trafilatura_pages() -> Vec<String> {
    let dir = corpus().join("trafilatura/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .step_by(5)
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

fn html(c: &mut Criterion) {
    html_group(c, "html", &pages());
    let sample = trafilatura_pages();
    if !sample.is_empty() {
        html_group(c, "html_trafilatura", &sample);
    }
}

fn html_group(c: &mut Criterion, name: &str, pages: &[String]) {
    let bytes: usize = pages.iter().map(String::len).sum();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::BytesDecimal(bytes as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("parse_only", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| scraper::Html::parse_document(p).tree.nodes().len())
                .sum::<usize>()
        })
    });
    g.bench_function("clean_html", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    cleaner
                        .clean_html(p, None)
                        .map(|c| c.text().len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

/// A cosmetic filter list of `n` rules shaped like real annoyance lists: mostly class and
/// id rules, some per-site, a few attribute and procedural ones.
fn generated_list(n: usize) -> String {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let words = [
        "promo", "banner", "popup", "modal", "sticky", "overlay", "signup", "widget", "teaser",
        "cta", "box", "bar",
    ];
    let mut out = String::from("[Adblock Plus 2.0]\n! generated\n");
    for i in 0..n {
        let r = next();
        let (a, b) = (words[(r % 12) as usize], words[((r >> 8) % 12) as usize]);
        let line = match r % 100 {
            0..=64 => format!("##.{a}-{b}-{i}"),
            65..=79 => format!("##div#{a}{b}{i}"),
            80..=91 => format!("site{}.example##.{a}-{i}", r % 5000),
            92..=96 => format!("##div[data-{a}=\"{b}{i}\"]"),
            _ => format!("site{}.example##.{a}:has-text(Subscribe {i})", r % 5000),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn rules(c: &mut Criterion) {
    let list = generated_list(50_000);
    let mut g = c.benchmark_group("rules");
    g.sample_size(10);
    g.bench_function("load_50k_list", |b| {
        b.iter(|| {
            Cleaner::builder()
                .adblock_str("generated", list.as_str())
                .build()
                .unwrap()
                .list_summary()
                .hide_rules
        })
    });
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    g.throughput(Throughput::BytesDecimal(bytes as u64));
    g.measurement_time(Duration::from_secs(10));
    let plain = Cleaner::new();
    let listed = Cleaner::builder()
        .adblock_str("generated", list.as_str())
        .build()
        .unwrap();
    for (name, cleaner) in [
        ("clean_html_without_list", &plain),
        ("clean_html_with_50k_list", &listed),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                pages
                    .iter()
                    .map(|p| {
                        cleaner
                            .clean_html(p, Some("https://site42.example/a"))
                            .map(|c| c.text().len())
                            .unwrap_or(0)
                    })
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

/// Issue 11: the same input at 1, 4 and 16 times its size, text and HTML; a constant
/// throughput across the sizes shows linear time. The text is the corpus texts joined (cut at
/// about 100 KB) and repeated; the page is one article of that many paragraphs, with a
/// newsletter box and a share line every ten.
fn scaling(c: &mut Criterion) {
    let mut unit = String::new();
    for t in texts().iter().cycle().take(1000) {
        if unit.len() > 100_000 {
            break;
        }
        unit.push_str(t);
        unit.push('\n');
    }
    let paragraphs: Vec<&str> = unit.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut page_unit = String::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let p = p.replace('&', "&amp;").replace('<', "&lt;");
        page_unit.push_str(&format!("<p>{p}</p>"));
        if i % 10 == 9 {
            page_unit.push_str(
                "<div class=\"newsletter\"><p>Sign up for our newsletter</p></div>\
                 <div class=\"share\"><a href=\"/s\">Share</a> <a href=\"/t\">Tweet</a></div>",
            );
        }
    }
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    for k in [1usize, 4, 16] {
        let text = unit.repeat(k);
        g.throughput(Throughput::BytesDecimal(text.len() as u64));
        g.bench_function(format!("text_x{k}"), |b| {
            b.iter(|| cleaner.clean_text(&text).text().len())
        });
        let page = format!(
            "<html><body><nav><a href=\"/\">Home</a></nav><article>{}</article>\
             <footer>Footer</footer></body></html>",
            page_unit.repeat(k)
        );
        g.throughput(Throughput::BytesDecimal(page.len() as u64));
        g.bench_function(format!("html_x{k}"), |b| {
            b.iter(|| cleaner.clean_html(&page, None).map(|c| c.text().len()))
        });
    }
    g.finish();
}

criterion_group!(benches, text, html, rules, scaling);
criterion_main!(benches);
