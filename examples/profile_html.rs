//! Times `scraper::Html::parse_document` alone and the whole `clean_html` on a folder of
//! pages, interleaved, for a quick reading of the ratio the criterion bench measures.
fn main() {
    let dir = std::env::args().nth(1).expect("a folder of HTML pages");
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let mut pages = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        pages
            .push(String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned());
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let c = unappeal::Cleaner::new();
    let (mut parse, mut clean) = (0.0, 0.0);
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        for p in &pages {
            std::hint::black_box(scraper::Html::parse_document(p));
        }
        parse += t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        for p in &pages {
            std::hint::black_box(c.clean_html(p, None).unwrap());
        }
        clean += t.elapsed().as_secs_f64();
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "parse {:.1} MB/s, clean {:.1} MB/s, ratio {:.3}",
        mb / parse,
        mb / clean,
        parse / clean
    );
}
