fn main() {
    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let mut s = String::from("<html><body>");
    for _ in 0..n {
        s.push_str("<div>");
    }
    s.push_str("<p>The council voted on Tuesday to reopen the old bridge, officials said, after long debate.</p>");
    for _ in 0..n {
        s.push_str("</div>");
    }
    let t = std::time::Instant::now();
    let d = scraper::Html::parse_document(&s);
    println!("parse {:?} {}", t.elapsed(), d.tree.nodes().count());
    let t = std::time::Instant::now();
    let c = unappeal::Cleaner::new().clean_html(&s, None).unwrap();
    println!(
        "{} {:?} {}",
        c.text().len(),
        t.elapsed(),
        c.removals().len()
    );
}
