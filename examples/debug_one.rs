fn main() {
    let path = std::env::args().nth(1).unwrap();
    let id = std::env::args().nth(2).unwrap();
    let data = std::fs::read_to_string(path).unwrap();
    for l in data.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        if v["id"] == id.as_str() {
            let t = v["text"].as_str().unwrap();
            let c = unappeal::Cleaner::new().clean_text(t);
            for r in c.removals() {
                println!(
                    "- [{}] {} {:?}",
                    r.kind(),
                    r.rule(),
                    r.text().chars().take(80).collect::<String>()
                );
            }
        }
    }
}
