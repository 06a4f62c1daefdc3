//! Throughput of the text path and of the HTML path, in bytes per second.
//!
//! `cargo bench --bench throughput` reads the evaluation corpora in `../shared/corpus` when
//! they are there (the appeals dev texts, the scrapinghub pages) and the bundled samples
//! otherwise. The `html` group measures `scraper::Html::parse_document` alone beside the
//! whole `clean_html`, so that the cost above parsing can be read off directly.

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
    g.throughput(Throughput::Bytes(bytes as u64));
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

fn html(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("html");
    g.throughput(Throughput::Bytes(bytes as u64));
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

criterion_group!(benches, text, html);
criterion_main!(benches);
