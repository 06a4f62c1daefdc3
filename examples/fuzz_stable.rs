//! A fuzz driver for the stable toolchain: structured random inputs from a small deterministic
//! generator (tag soup, deep nesting, random bytes, mutated fixtures, rules and filter-list
//! lines), fed to the same entry points as the cargo-fuzz targets in `fuzz/`.
//!
//! ```text
//! cargo run --release --example fuzz_stable -- [--seconds 60] [--seed N] [--out DIR]
//! ```
//!
//! A panic, an invariant broken, or a call slower than `--max-ms-per-mb` (1,000 by default,
//! for inputs of 1 MB or less: 1 s) is a failure: the input is written to `--out`
//! (`target/fuzz_stable/` by default) with the seed that made it, and the run exits with 1.
//! The same seed gives the same inputs, so a failure is reproduced with `--seed N`.

#[path = "support/panic.rs"]
mod panic;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;
use unappeal::{Cleaner, Kind};

#[derive(Parser, Debug)]
#[command(name = "fuzz_stable")]
struct Args {
    /// How long to run.
    #[arg(long, default_value_t = 60.0)]
    seconds: f64,
    /// The first seed (each input has its own seed, counting up from this one).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Stop after this many inputs (default: when the time is up).
    #[arg(long)]
    iterations: Option<u64>,
    /// The slowest call allowed, in milliseconds per megabyte of input (at least 1 MB).
    #[arg(long, default_value_t = 1000)]
    max_ms_per_mb: u64,
    /// Where failing inputs are written.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// xorshift64*: small, fast and deterministic; the quality is ample for picking inputs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // SplitMix64 scrambles consecutive seeds into unrelated states.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "article",
    "main",
    "section",
    "aside",
    "nav",
    "header",
    "footer",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "b",
    "i",
    "em",
    "strong",
    "font",
    "form",
    "button",
    "select",
    "option",
    "textarea",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "title",
    "head",
    "body",
    "html",
    "br",
    "img",
    "hr",
    "input",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "code",
    "frameset",
    "plaintext",
    "xmp",
    "noembed",
    "object",
    "marquee",
    "ruby",
    "rt",
];
const ATTRS: &[&str] = &[
    "class",
    "id",
    "style",
    "hidden",
    "role",
    "aria-hidden",
    "itemprop",
    "href",
    "src",
    "data-x",
    "type",
    "lang",
    "dir",
    "content",
    "name",
];
const VALUES: &[&str] = &[
    "newsletter",
    "donate-box",
    "article-body",
    "articleBody",
    "share tools",
    "display:none",
    "true",
    "main",
    "complementary",
    "\"quoted\"",
    "",
    "a>b",
    "https://example.com/x",
    "application/ld+json",
];
const WORDS: &[&str] = &[
    "The council voted on Tuesday to reopen the old bridge, officials said.",
    "Support our journalism",
    "Sign up for our newsletter",
    "Dear readers,",
    "from just $2 a month",
    "Remind me later",
    "Read more:",
    "Werbung",
    "Поддержите нас",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#x110000;",
    "\u{0}",
    "\u{FFFD}",
    "\r\n",
    "\n\n",
    "   ",
    "©",
    "€5",
    "“quote”",
    "ﬁ",
    "İ",
    "ẞ",
];
const KINDS: &[&str] = &[
    "donation",
    "newsletter",
    "social",
    "credit",
    "other",
    "nope",
    "",
];
const RULE_TYPES: &[&str] = &["phrase", "pattern", "selector", "nope", ""];
const RULE_VALUES: &[&str] = &[
    "fuel our newsroom",
    "donat*",
    "*",
    "",
    "^get the .{1,30} briefing",
    "(a|b)*c{1000}",
    "[",
    "(?i)x{2,}",
    "div.share-tools, .follow-us",
    "div:has(> p)",
    "a[href^=\"http\"]",
    "::before",
    ">>",
    "p:nth-child(2n+1)",
    "#id.class[attr~=v]",
];
const LIST_LINES: &[&str] = &[
    "##.cookie-banner",
    "example.com##div[data-x=\"1\"] > a",
    "news.example.com,~ads.example.com##aside.ad-box",
    "example.com#@#.cookie-banner",
    "example.com##+js(set, x, 1)",
    "##div:has-text(Sponsored)",
    "||ads.example.com^",
    "! comment",
    "[Adblock Plus 2.0]",
    "##",
    "#@#",
    "~##p",
    "example.com##^script:has-text(x)",
    "##[class^=\"ad-\"]",
    "##:not(",
];

fn tag_soup(r: &mut Rng, budget: usize) -> String {
    let mut s = String::new();
    let mut open: Vec<&str> = Vec::new();
    while s.len() < budget {
        match r.below(10) {
            0..=3 => {
                let tag = r.pick(TAGS);
                s.push('<');
                s.push_str(tag);
                for _ in 0..r.below(4) {
                    s.push(' ');
                    s.push_str(r.pick(ATTRS));
                    if !r.chance(4) {
                        s.push_str("=\"");
                        s.push_str(r.pick(VALUES));
                        s.push('"');
                    }
                }
                s.push_str(if r.chance(8) { "/>" } else { ">" });
                open.push(tag);
            }
            4..=5 => {
                if let Some(tag) = if r.chance(3) {
                    Some(r.pick(TAGS))
                } else {
                    open.pop()
                } {
                    s.push_str("</");
                    s.push_str(tag);
                    s.push('>');
                }
            }
            6..=8 => s.push_str(r.pick(WORDS)),
            _ => s.push_str(match r.below(6) {
                0 => "<!-- c -->",
                1 => "<!DOCTYPE html>",
                2 => "<![CDATA[x]]>",
                3 => "<?xml?>",
                4 => "<",
                _ => "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
            }),
        }
    }
    s
}

/// Markup that hides what follows from a naive scan but not from the parser (each form once
/// hid deep nesting from the depth guard).
const HIDERS: &[(&str, &str)] = &[
    ("", ""),
    ("<!-->", "-->"),
    ("<!--->", "-->"),
    ("<!-- c --!>", "-->"),
    ("<div a\">", "\">"),
    ("<div a=\"x\"=\">", "\">"),
    ("<svg><title>", "</title></svg>"),
    ("<math><style>", "</style></math>"),
    ("<script>", "</script>"),
    ("<textarea>", "</textarea>"),
    ("<noscript>", "</noscript>"),
];

fn deep_nesting(r: &mut Rng) -> String {
    let n = 100 + r.below(20_000);
    let tag = r.pick(&[
        "<div>",
        "<table>",
        "<b>",
        "<a>",
        "<span>",
        "<li>",
        "<td>",
        "<font>",
        "<div/>",
        "<p\"x>",
        "<svg>",
        "<template>",
        "<select>",
        "<nobr>",
        "<button>",
    ]);
    let (before, after) = r.pick(HIDERS);
    let mut s = String::from(before);
    s.push_str(&tag.repeat(n));
    s.push_str(r.pick(WORDS));
    if r.chance(2) {
        let close = tag.replace('<', "</").replace("/>", ">");
        s.push_str(&close.repeat(n));
    }
    s.push_str(after);
    s
}

/// About a megabyte of one repeated construct: what the time limit is about.
fn big_page(r: &mut Rng) -> String {
    let unit = r.pick(&[
        "<p>Paragraph</p>",
        "<br>",
        "<!-- c -->",
        "x<td>y",
        "<option>x",
        "&amp;&#x41;&notin;&",
        "<a href=\"/x\">link</a> ",
        "<div class=\"share-tools newsletter\">",
        "<b id=1>",
        "</p>x",
        "<h1><h2>",
    ]);
    let (before, after) = r.pick(HIDERS);
    format!("{before}{}{after}", unit.repeat((1 << 20) / unit.len()))
}

fn random_bytes(r: &mut Rng, budget: usize) -> Vec<u8> {
    let n = r.below(budget + 1);
    let ascii = r.chance(2);
    (0..n)
        .map(|_| {
            let b = r.next() as u8;
            if ascii { b & 0x7f } else { b }
        })
        .collect()
}

fn mutate(r: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + r.below(16) {
        if v.is_empty() {
            v.push(b'<');
        }
        let at = r.below(v.len());
        match r.below(6) {
            0 => v[at] = r.next() as u8,
            1 => {
                v.remove(at);
            }
            2 => v.insert(at, r.pick(b"<>/\"'=&;!-\0\xff\xc3")),
            3 => {
                // Duplicate a chunk.
                let end = (at + r.below(512)).min(v.len());
                let chunk = v[at..end].to_vec();
                let to = r.below(v.len());
                v.splice(to..to, chunk);
            }
            4 => {
                let end = (at + r.below(4096)).min(v.len());
                v.drain(at..end);
            }
            _ => {
                let word = r.pick(WORDS).as_bytes().to_vec();
                v.splice(at..at, word);
            }
        }
    }
    v
}

fn rules_text(r: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..1 + r.below(8) {
        match r.below(8) {
            0 => s.push_str(&format!(
                "[{}]\n",
                r.pick(&["example.com", "*", "a.com, b.org", "", "example.com,,", "["])
            )),
            1 => s.push_str(&format!(
                "disable: {}\n",
                r.pick(&["en.label", "de", "", "x"])
            )),
            2 => s.push_str("# comment\n"),
            _ => s.push_str(&format!(
                "{} {}: {}\n",
                r.pick(KINDS),
                r.pick(RULE_TYPES),
                r.pick(RULE_VALUES)
            )),
        }
    }
    s
}

fn list_text(r: &mut Rng) -> String {
    (0..1 + r.below(12))
        .map(|_| {
            let mut line = r.pick(LIST_LINES).to_string();
            if r.chance(4) {
                line.push_str(r.pick(RULE_VALUES));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One generated case: which entry point, and its input.
enum Case {
    Text(Vec<u8>),
    Html(Vec<u8>, Option<String>),
    Rules(String),
    List(String),
}

fn generate(r: &mut Rng, seeds: &[Vec<u8>]) -> Case {
    let url = || Some("https://www.example.com/news/a".to_string());
    match r.below(13) {
        12 => Case::Html(big_page(r).into_bytes(), None),
        0..=2 => {
            let budget = 64 + r.below(20_000);
            Case::Html(tag_soup(r, budget).into_bytes(), url())
        }
        3 => Case::Html(deep_nesting(r).into_bytes(), None),
        4 => Case::Html(random_bytes(r, 4096), None),
        5 => Case::Text(random_bytes(r, 4096)),
        6..=7 => {
            let seed = &seeds[r.below(seeds.len())];
            Case::Html(mutate(r, seed), if r.chance(2) { url() } else { None })
        }
        8 => {
            let seed = &seeds[r.below(seeds.len())];
            Case::Text(mutate(r, seed))
        }
        9 => Case::Text(
            (0..r.below(200))
                .map(|_| r.pick(WORDS))
                .collect::<Vec<_>>()
                .join(if r.chance(2) { "\n" } else { " " })
                .into_bytes(),
        ),
        10 => Case::Rules(rules_text(r)),
        _ => Case::List(list_text(r)),
    }
}

const PAGE: &str = "<html><body><div id=\"cookie-banner\" class=\"consent\">We use cookies</div>\
    <article><p>The council voted on Tuesday to reopen the old bridge, officials said after a \
    long debate.</p><div class=\"share-tools\">Share this</div><aside class=\"ad-box\" \
    data-x=\"1\"><a href=\"/x\">Sponsored</a></aside><p>Fuel our newsroom today.</p></article>\
    </body></html>";

/// Runs a case; an `Err` is a broken invariant.
fn run(cleaner: &Cleaner, case: &Case) -> Result<(), String> {
    match case {
        Case::Text(bytes) => {
            let _ = cleaner.clean_text_bytes(bytes);
            let text = String::from_utf8_lossy(bytes);
            let cleaned = cleaner.clean_text(&text);
            for rem in cleaned.removals() {
                let range = rem.range().ok_or("a text removal without a range")?;
                if text.get(range.clone()) != Some(rem.text()) {
                    return Err(format!("removal range {range:?} is not its text"));
                }
            }
        }
        Case::Html(bytes, url) => match cleaner.clean_html_bytes(bytes, url.as_deref()) {
            Ok(c) if c.removals().iter().any(|r| r.element().is_none()) => {
                return Err("an HTML removal without an element".into());
            }
            Ok(_) => {}
            Err(e) if !e.is_input_error() => return Err(format!("not an input error: {e}")),
            Err(_) => {}
        },
        Case::Rules(text) => {
            if let Ok(c) = Cleaner::builder().rules_str("fuzz.rules", text).build() {
                c.clean_html(PAGE, Some("https://example.com/a"))
                    .map_err(|e| e.to_string())?;
                c.clean_text_at("A line.\nFuel our newsroom.", Some("https://a.com/"));
            }
        }
        Case::List(text) => {
            if let Ok(c) = Cleaner::builder()
                .adblock_str("fuzz.txt", text.as_str())
                .phrase(Kind::Donation, "fuel our newsroom")
                .build()
            {
                let _ = c.list_summary();
                c.clean_html(PAGE, Some("https://news.example.com/a"))
                    .map_err(|e| e.to_string())?;
                c.clean_html(PAGE, None).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

fn case_bytes(case: &Case) -> (&'static str, &[u8]) {
    match case {
        Case::Text(b) => ("text", b),
        Case::Html(b, _) => ("html", b),
        Case::Rules(s) => ("rules", s.as_bytes()),
        Case::List(s) => ("list", s.as_bytes()),
    }
}

/// The fixtures and samples that mutated cases start from.
fn load_seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    for dir in ["tests/fixtures/html", "tests/fixtures", "examples/data"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.is_file()) {
            if let Ok(b) = std::fs::read(&p) {
                seeds.push(b);
            }
        }
    }
    if seeds.is_empty() {
        seeds.push(PAGE.as_bytes().to_vec());
    }
    seeds
}

fn main() -> ExitCode {
    let args = Args::parse();
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz_stable"));
    let seeds = load_seeds();
    let cleaner = Cleaner::new();
    // Panics are caught and reported with their seed; keep the default hook's message quiet.
    std::panic::set_hook(Box::new(|_| {}));
    let started = Instant::now();
    let budget = Duration::from_secs_f64(args.seconds);
    let (mut runs, mut bytes, mut failures) = (0u64, 0usize, 0usize);
    let mut slowest = (Duration::ZERO, 0u64, 0usize);
    let mut seed = args.seed;
    while started.elapsed() < budget && args.iterations.is_none_or(|n| runs < n) {
        let mut rng = Rng::new(seed);
        let case = generate(&mut rng, &seeds);
        let (what, input) = case_bytes(&case);
        let t = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| run(&cleaner, &case)));
        let took = t.elapsed();
        let limit = Duration::from_millis(
            args.max_ms_per_mb * (input.len() as u64).div_ceil(1 << 20).max(1),
        );
        let failure = match result {
            Err(panic) => Some(format!("panic: {}", panic::message(&*panic).unwrap_or("?"))),
            Ok(Err(broken)) => Some(broken),
            Ok(Ok(())) if took > limit => Some(format!("slow: {took:?} for {} bytes", input.len())),
            Ok(Ok(())) => None,
        };
        if let Some(why) = failure {
            failures += 1;
            let path = out.join(format!("{what}-seed-{seed}.bin"));
            let _ = std::fs::create_dir_all(&out);
            let _ = std::fs::write(&path, input);
            eprintln!(
                "FAIL seed {seed} ({what}, {} bytes): {why}; input in {}",
                input.len(),
                path.display()
            );
        }
        if took > slowest.0 {
            slowest = (took, seed, input.len());
        }
        runs += 1;
        bytes += input.len();
        seed += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "fuzz_stable: {runs} inputs ({:.1} MB) in {secs:.1} s, seeds {}..{seed}; slowest {:?} (seed {}, {} bytes); failures: {failures}",
        bytes as f64 / 1e6,
        args.seed,
        slowest.0,
        slowest.1,
        slowest.2
    );
    if failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
