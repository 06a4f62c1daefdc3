fn main() {
    let path = std::env::args().nth(1).unwrap();
    let langs: Vec<String> = std::env::args().skip(2).collect();
    let data = std::fs::read_to_string(path).unwrap();
    let texts: Vec<String> = data
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["text"].as_str().unwrap().to_string()
        })
        .collect();
    let c = if langs.is_empty() {
        unappeal::Cleaner::new()
    } else {
        unappeal::Cleaner::builder()
            .languages(langs)
            .build()
            .unwrap()
    };
    let t = std::time::Instant::now();
    let mut n = 0;
    let mut bytes = 0;
    for _ in 0..20 {
        for x in &texts {
            n += c.clean_text(x).removals().len();
            bytes += x.len();
        }
    }
    eprintln!(
        "{n} {:.1} MB/s",
        bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
}
