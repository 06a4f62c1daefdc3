//! Fits the block model's weights on the appeals corpus and writes them to
//! `src/score/weights.txt`, the file compiled into the crate.
//!
//! ```text
//! cargo run --release --example train -- [--corpus FILE]... [--out FILE] [--exclude-fold K/N]
//!     [--no-probes | --training-list FILE]
//! ```
//!
//! By default it reads `../shared/corpus/appeals/dev.jsonl` and `dev-more.jsonl`, and beside
//! them the probe sets that `probes/TRAINING` lists, which count for less (see
//! `PROBE_WEIGHT` in `support/appeals.rs`; `--training-list` reads another list of the same
//! form, `--no-probes` none). Fitting is
//! deterministic (Newton's method from zero weights over the records in file order), so the
//! same files give the same weights. `--exclude-fold K/N` leaves out the corpus's publishers
//! of fold K of N (see `eval appeals --cross-validate`), to fit without a held-out fold.

#[path = "support/appeals.rs"]
mod appeals;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut corpora: Vec<PathBuf> = Vec::new();
    let mut out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/score/weights.txt");
    let mut exclude: Option<(u64, u64)> = None;
    let mut probes = true;
    let mut list: Option<PathBuf> = None;
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--no-probes" => {
                probes = false;
                i += 1;
                continue;
            }
            "--corpus" => corpora.push(value.into()),
            "--training-list" => list = Some(value.into()),
            "--out" => out = value.into(),
            "--exclude-fold" => {
                let Some((k, n)) = value
                    .split_once('/')
                    .and_then(|(k, n)| Some((k.parse().ok()?, n.parse().ok()?)))
                else {
                    eprintln!("--exclude-fold takes K/N");
                    return ExitCode::from(2);
                };
                exclude = Some((k, n));
            }
            other => {
                eprintln!("unknown argument {other}");
                return ExitCode::from(2);
            }
        }
        i += 2;
    }
    if corpora.is_empty() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/appeals");
        corpora = vec![dir.join("dev.jsonl"), dir.join("dev-more.jsonl")];
    }
    let mut records = Vec::new();
    for c in &corpora {
        match appeals::load(c) {
            Ok(r) => records.extend(r),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    }
    let probe_records = if probes {
        match appeals::training_probes(list.as_deref()) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    } else {
        Vec::new()
    };
    let kept: Vec<&appeals::Record> = records
        .iter()
        .filter(|r| exclude.is_none_or(|(k, n)| appeals::fold(&r.publisher, n) != k))
        .chain(&probe_records)
        .collect();
    let (weights, blocks, positives) =
        appeals::fit_counted(&unappeal::Cleaner::new(), kept.iter().copied());
    let names: Vec<String> = corpora
        .iter()
        .map(|c| {
            c.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let header = format!(
        "Fitted by `cargo run --release --example train`: do not edit by hand.\n\
         Corpus: {}{}; {} records, and {} records of the probe sets in probes/TRAINING weighted {}\n\
         (their chrome blocks left out); {} blocks ({} boilerplate).\n\
         Logistic regression, L2 {}, body blocks weighted {}; the `bare.` sets fitted with\n\
         every language pack left out, on the corpus alone, for texts in a language without\n\
         a pack.",
        names.join(" + "),
        exclude.map_or(String::new(), |(k, n)| format!(" without fold {k}/{n}")),
        kept.len() - probe_records.len(),
        probe_records.len(),
        appeals::PROBE_WEIGHT,
        blocks,
        positives,
        appeals::L2,
        appeals::BODY_WEIGHT
    );
    if let Err(e) = std::fs::write(&out, weights.to_text(&header)) {
        eprintln!("{}: {e}", out.display());
        return ExitCode::from(2);
    }
    println!(
        "wrote {} ({} records, {} blocks, {} boilerplate)",
        out.display(),
        kept.len(),
        blocks,
        positives
    );
    ExitCode::SUCCESS
}
