//! Runs `clean_text` over the texts of a JSONL file (the bench's input by default:
//! `../shared/corpus/appeals/dev.jsonl`) a number of times and prints the throughput: a
//! driver for profilers (`perf record`, `valgrind --tool=callgrind`), whose instruction
//! counts stay steady on a loaded machine where the criterion bench's timings do not.
//!
//! ```text
//! cargo run --release --example profile_text -- [FILE] [ROUNDS]
//! ```
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/appeals/dev.jsonl"
        )
        .to_string()
    });
    let rounds: usize = args
        .next()
        .map_or(20, |r| r.parse().expect("ROUNDS is a number"));
    let data = std::fs::read_to_string(&path).expect("a JSONL file of {\"text\": ...} lines");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let cleaner = unappeal::Cleaner::new();
    let start = std::time::Instant::now();
    let mut removals = 0;
    for _ in 0..rounds {
        for t in &texts {
            removals += std::hint::black_box(cleaner.clean_text(t)).removals().len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} texts, {bytes} bytes, {rounds} rounds, {removals} removals: {:.1} MB/s",
        texts.len(),
        (bytes * rounds) as f64 / secs / 1e6
    );
}
