fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let c = unappeal::Cleaner::new()
        .clean_html_bytes(&bytes, None)
        .unwrap();
    for r in c.removals() {
        println!(
            "- [{}] {} @ {} :: {:?}",
            r.kind(),
            r.rule(),
            r.element().unwrap_or(""),
            r.text().chars().take(100).collect::<String>()
        );
    }
    println!("=====\n{}", c.text());
}
