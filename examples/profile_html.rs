//! Times `scraper::Html::parse_document` alone and the whole `clean_html` on a folder of
//! pages, interleaved: a quick reading of the ratio that the criterion bench measures.
//! With `parse` or `clean` as a second argument it runs only that part once (for profilers).
fn main() {
    let dir = std::env::args().nth(1).expect("a folder of HTML pages");
    let only = std::env::args().nth(2);
    let mut pages = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        pages
            .push(String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned());
    }
    let c = unappeal::Cleaner::new();
    match only.as_deref() {
        Some("parse") => pages
            .iter()
            .for_each(|p| drop(std::hint::black_box(scraper::Html::parse_document(p)))),
        Some("clean") => pages
            .iter()
            .for_each(|p| drop(std::hint::black_box(c.clean_html(p, None)))),
        _ => {
            let (mut parse, mut clean) = (0.0, 0.0);
            for _ in 0..3 {
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
            println!("ratio {:.3}", parse / clean);
        }
    }
}
