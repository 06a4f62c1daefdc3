//! The bundled example `clean`, run as users run it: on temporary folders, JSONL files and
//! standard input. `cargo test` builds the example before it runs these tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The example's binary, built once per run of these tests. `cargo test` compiles the example
/// as a test harness (its modules carry unit tests), not as a binary, so the binary is built
/// here, by the same cargo, in the same profile: a fresh clone needs nothing else, and a
/// binary left by an earlier build is never run stale.
fn clean_bin() -> PathBuf {
    static BIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().unwrap();
        let profile_dir = exe.parent().unwrap().parent().unwrap();
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "--quiet", "--example", "clean"]);
        if profile_dir.ends_with("release") {
            build.arg("--release");
        }
        let status = build
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the clean example failed");
        let bin = profile_dir
            .join("examples")
            .join(format!("clean{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "{} is missing", bin.display());
        bin
    })
    .clone()
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(clean_bin());
    cmd.args(args).arg("--quiet").stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unappeal-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const ARTICLE_HTML: &str = "<html><body><nav><a href='/'>Home</a></nav><article>\
<p>The council voted on Tuesday to reopen the old bridge, which has been closed since the floods of last spring, officials said.</p>\
<p>Repairs will cost about four million euros, and work is to start in May, according to the city engineer.</p>\
<div class='newsletter-box'><p>Sign up for our newsletter</p></div></article></body></html>";
const ARTICLE_TEXT: &str = "The council voted on Tuesday to reopen the old bridge, officials said.\nSince you're here...\n... we have a small favour to ask. Please support us from just $2 a month.\nRemind me later.\n";

fn write(path: &Path, content: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

fn json_lines(s: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(s)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn samples_show_body_and_removals() {
    let out = run(&[], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Russia has added two American NGOs"));
    assert!(stdout.contains("[donation]"));
    assert!(stdout.contains("a message from"));
    assert!(!stdout.contains("\nWe are facing unprecedented challenges"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("documents=3"));
}

#[test]
fn folder_of_mixed_files_as_json() {
    let dir = temp_dir("mixed");
    write(&dir.join("b.html"), ARTICLE_HTML);
    write(&dir.join("a.txt"), ARTICLE_TEXT);
    write(&dir.join("sub/c.htm"), ARTICLE_HTML);
    write(&dir.join("image.png"), "not a document");
    let out = run(&["--format", "json", dir.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out.stdout);
    let paths: Vec<String> = docs
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(
        paths[0].ends_with("a.txt") && paths[1].ends_with("b.html") && paths[2].ends_with("c.htm"),
        "{paths:?}"
    );

    // Text removals carry byte offsets into the input; HTML removals an element path.
    let text_doc = &docs[0];
    assert_eq!(
        text_doc["text"],
        "The council voted on Tuesday to reopen the old bridge, officials said.\n"
    );
    let r = &text_doc["removed"][0];
    assert_eq!(r["kind"], "donation");
    let (start, end) = (
        r["start"].as_u64().unwrap() as usize,
        r["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&ARTICLE_TEXT[start..end], r["text"].as_str().unwrap());
    assert!(r["rule"].as_str().unwrap().contains("since you're here"));
    let html_doc = &docs[1];
    assert!(
        html_doc["text"]
            .as_str()
            .unwrap()
            .starts_with("The council voted")
    );
    let newsletter = html_doc["removed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "newsletter")
        .unwrap();
    assert!(
        newsletter["element"]
            .as_str()
            .unwrap()
            .ends_with("div.newsletter-box")
    );
    assert!(newsletter.get("start").is_none());
}

#[test]
fn out_folder_mirrors_the_input_layout() {
    let dir = temp_dir("layout-in");
    let out_dir = temp_dir("layout-out");
    write(&dir.join("a/b.html"), ARTICLE_HTML);
    write(&dir.join("c.txt"), ARTICLE_TEXT);
    let out = run(
        &["--out", out_dir.to_str().unwrap(), dir.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let b = std::fs::read_to_string(out_dir.join("a/b.txt")).unwrap();
    assert!(b.starts_with("The council voted") && !b.contains("newsletter"));
    let c = std::fs::read_to_string(out_dir.join("c.txt")).unwrap();
    assert_eq!(
        c,
        "The council voted on Tuesday to reopen the old bridge, officials said.\n"
    );
}

#[test]
fn jsonl_with_a_malformed_line_keeps_going() {
    let dir = temp_dir("jsonl");
    let out_dir = temp_dir("jsonl-out");
    let lines = [
        serde_json::json!({"id": "one", "text": ARTICLE_TEXT}).to_string(),
        "{\"id\": \"two\", \"text\": ".to_string(),
        serde_json::json!({"id": 3, "html": ARTICLE_HTML, "url": "https://example.com/x"})
            .to_string(),
        serde_json::json!({"id": "four", "text": "Just one plain line of news, the mayor said."})
            .to_string(),
    ];
    write(&dir.join("docs.jsonl"), &(lines.join("\n") + "\n"));
    let out = run(
        &[
            "--out",
            out_dir.to_str().unwrap(),
            dir.join("docs.jsonl").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("docs.jsonl:2: malformed JSON"), "{stderr}");
    let written = json_lines(&std::fs::read(out_dir.join("docs.jsonl")).unwrap());
    let good: Vec<&Value> = written
        .iter()
        .filter(|d| d.get("error").is_none())
        .collect();
    let ids: Vec<&Value> = good.iter().map(|d| &d["id"]).collect();
    assert_eq!(
        ids,
        [&Value::from("one"), &Value::from(3), &Value::from("four")]
    );
    assert_eq!(
        good[0]["text"],
        "The council voted on Tuesday to reopen the old bridge, officials said.\n"
    );
    assert!(
        good[1]["text"]
            .as_str()
            .unwrap()
            .starts_with("The council voted")
    );
    assert!(good.iter().all(|d| d["removed"].is_array()));
}

#[test]
fn standard_input_text_and_sniffed_html() {
    let out = run(&["-", "--text"], Some(ARTICLE_TEXT));
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "The council voted on Tuesday to reopen the old bridge, officials said.\n"
    );
    let out = run(&["-", "--format", "json"], Some(ARTICLE_HTML));
    assert!(out.status.success());
    let doc = &json_lines(&out.stdout)[0];
    assert_eq!(doc["path"], "-");
    assert!(
        doc["removed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["element"].is_string())
    );
}

#[test]
fn failures_are_reported_and_set_the_status() {
    let missing = run(&["/definitely/not/here.html"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/definitely/not/here.html"));

    let dir = temp_dir("binary");
    std::fs::write(dir.join("junk.txt"), b"\x00\x01\x02\x03binary").unwrap();
    write(&dir.join("ok.txt"), ARTICLE_TEXT);
    let out = run(&[dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("junk.txt: input looks like binary data")
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("The council voted"));
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(run(&["--format", "xml"], None).status.code(), Some(2));
    assert_eq!(run(&["--jobs", "0", "x"], None).status.code(), Some(2));
    assert_eq!(run(&["--keep", "nonsense"], None).status.code(), Some(2));
    let help = run(&["--help"], None);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--out"));
}

#[test]
fn rules_and_filter_lists_from_the_command_line() {
    let dir = temp_dir("rules");
    write(
        &dir.join("site.rules"),
        "donation phrase: fuel our newsroom\n",
    );
    write(
        &dir.join("list.txt"),
        "##.promo-strip\nexample.com#?#div:has-text(x)\n",
    );
    write(
        &dir.join("doc.txt"),
        "The council voted on Tuesday to reopen the old bridge, officials said.\nFuel our newsroom today.\n",
    );
    let rules = dir.join("site.rules");
    let list = dir.join("list.txt");
    let doc = dir.join("doc.txt");
    let out = run(
        &[
            "--rules",
            rules.to_str().unwrap(),
            "--adblock",
            list.to_str().unwrap(),
            "--format",
            "json",
            doc.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = &json_lines(&out.stdout)[0];
    assert!(
        d["removed"][0]["rule"]
            .as_str()
            .unwrap()
            .ends_with("site.rules:1"),
        "{d}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("filter lists: 1 hide rules") && stderr.contains("1 procedural"),
        "{stderr}"
    );

    write(&dir.join("bad.rules"), "donation phrase: ok\nnot a rule\n");
    let bad = run(
        &[
            "--rules",
            dir.join("bad.rules").to_str().unwrap(),
            doc.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("bad.rules:2:"));
}

#[test]
fn no_document_is_lost() {
    let dir = temp_dir("lossless");
    std::fs::write(
        dir.join("latin.txt"),
        b"The council voted on Tuesday, caf\xe9 owners said.\n",
    )
    .unwrap();
    let mut junk = Vec::new();
    let mut x = 7u32;
    for _ in 0..4000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        junk.push((x >> 16) as u8);
    }
    std::fs::write(dir.join("junk.html"), &junk).unwrap();
    let mut nul_page = ARTICLE_HTML.as_bytes().to_vec();
    nul_page.insert(40, 0);
    std::fs::write(dir.join("nul.html"), &nul_page).unwrap();
    std::fs::write(
        dir.join("docs.jsonl"),
        b"{\"id\": \"a\", \"text\": \"ok \xfe\"}\n{\"id\"\n",
    )
    .unwrap();
    let missing = dir.join("missing.html");
    let out = run(
        &[
            "--format",
            "json",
            dir.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let docs = json_lines(&out.stdout);
    let find = |key: &str, value: &str| {
        docs.iter()
            .find(|d| d[key].as_str().is_some_and(|v| v.ends_with(value)))
            .unwrap_or_else(|| panic!("{value} missing from {docs:?}"))
    };
    // Read with the invalid byte replaced, and the count said.
    let latin = find("path", "latin.txt");
    assert!(
        latin["text"]
            .as_str()
            .unwrap()
            .contains("caf\u{FFFD} owners")
    );
    assert_eq!(latin["replaced_bytes"], 1);
    // A stray NUL does not lose the page.
    assert!(
        find("path", "nul.html")["text"]
            .as_str()
            .unwrap()
            .contains("reopen the old bridge")
    );
    assert!(find("path", "nul.html").get("error").is_none());
    // Failures are JSON lines that say why, as well as lines on standard error.
    assert!(
        find("path", "junk.html")["error"]
            .as_str()
            .unwrap()
            .contains("binary")
    );
    assert!(find("path", "missing.html")["error"].is_string());
    assert_eq!(find("id", "a")["replaced_bytes"], 1);
    assert!(
        find("id", "line 2")["error"]
            .as_str()
            .unwrap()
            .contains("malformed JSON")
    );
    assert_eq!(docs.len(), 6, "{docs:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("junk.html: input looks like binary data"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.html"), "{stderr}");
    assert!(stderr.contains("errors=3"), "{stderr}");
}

#[test]
fn json_removals_carry_stage_and_selector_and_pages_their_title() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/moscow-times-message.html"
    );
    let out = run(&["--format", "json", page], None);
    assert!(out.status.success());
    let doc = &json_lines(&out.stdout)[0];
    assert!(
        doc["title"].as_str().is_some_and(|t| !t.is_empty()),
        "{doc}"
    );
    let removed = doc["removed"].as_array().unwrap();
    assert!(!removed.is_empty());
    for r in removed {
        assert!(r["stage"].is_string() && r["selector"].is_string() && r["element"].is_string());
    }
    let text = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/moscow-times-message.txt"
    );
    let out = run(&["--format", "json", text], None);
    let doc = &json_lines(&out.stdout)[0];
    assert_eq!(doc["removed"][0]["stage"], "text_rule");
    assert!(doc.get("title").is_none());
}

#[test]
fn a_folder_is_cleaned_in_parallel_in_input_order() {
    let dir = temp_dir("parallel-folder");
    for i in 0..40 {
        write(
            &dir.join(format!("{i:02}.txt")),
            &format!(
                "Story number {i} was filed on Monday, the desk said in a short note.\nRemind me later\n"
            ),
        );
    }
    let one = run(
        &["--format", "json", "--jobs", "1", dir.to_str().unwrap()],
        None,
    );
    let two = run(
        &["--format", "json", "--jobs", "2", dir.to_str().unwrap()],
        None,
    );
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    let docs = json_lines(&two.stdout);
    assert_eq!(docs.len(), 40);
    assert!(docs[7]["path"].as_str().unwrap().ends_with("07.txt"));
}

const WARC_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/warc/sample.warc.gz"
);

fn record_number(doc: &Value) -> u64 {
    let id = doc["id"].as_str().unwrap();
    id.trim_end_matches('>')
        .rsplit('-')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn warc_records_are_cleaned_as_pages_of_their_urls() {
    let out = run(&["--format", "json", WARC_FIXTURE], None);
    // Record 6 is a page of binary bytes: it fails, and the records after it go on.
    assert_eq!(out.status.code(), Some(1));
    let docs = json_lines(&out.stdout);
    let numbers: Vec<u64> = docs.iter().map(record_number).collect();
    assert_eq!(numbers, [3, 4, 6, 7], "{docs:?}");
    let url = |i: usize| docs[i]["url"].as_str().unwrap();
    assert_eq!(url(0), "https://ledger.example/bridge");
    // The page sent gzip-encoded and chunked reads as well as the plain one.
    assert_eq!(url(1), "https://ledger.example/ferry");
    assert!(
        docs[1]["text"]
            .as_str()
            .unwrap()
            .contains("reopen the old ferry")
    );
    assert_eq!(docs[1]["title"], "Ferry to reopen");
    for i in [0, 1, 3] {
        let text = docs[i]["text"].as_str().unwrap();
        assert!(text.starts_with("The council voted") && !text.contains("newsletter"));
        assert!(
            docs[i]["removed"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["kind"] == "newsletter")
        );
    }
    assert!(docs[2]["text"].is_null());
    assert!(docs[2]["error"].as_str().unwrap().contains("binary data"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("sample.warc.gz:record 6: input looks like binary data"),
        "{stderr}"
    );
    assert!(
        stderr.contains("8 WARC records: 4 HTML pages, 4 other records skipped, 0 unreadable"),
        "{stderr}"
    );
}

#[test]
fn plain_and_truncated_warc_files() {
    use std::io::Read;
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(WARC_FIXTURE).unwrap())
        .read_to_end(&mut plain)
        .unwrap();
    let dir = temp_dir("warc");
    let out_dir = temp_dir("warc-out");
    std::fs::write(dir.join("plain.warc"), &plain).unwrap();
    // Cut inside the last page's record: what came before is kept, the cut is reported.
    let tunnel = plain.windows(6).position(|w| w == b"tunnel").unwrap();
    std::fs::write(dir.join("cut.warc"), &plain[..tunnel]).unwrap();
    let out = run(
        &["--out", out_dir.to_str().unwrap(), dir.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let whole = json_lines(&std::fs::read(out_dir.join("plain.jsonl")).unwrap());
    assert_eq!(
        whole.iter().map(record_number).collect::<Vec<_>>(),
        [3, 4, 6, 7]
    );
    assert!(whole.iter().all(|d| d["url"].is_string()));
    let cut = json_lines(&std::fs::read(out_dir.join("cut.jsonl")).unwrap());
    assert_eq!(cut.len(), 4, "{cut:?}");
    assert_eq!(cut[..3], whole[..3]);
    assert!(
        cut[3]["error"].as_str().unwrap().contains("ends inside"),
        "{cut:?}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cut.warc:record 7: the file ends inside"),
        "{stderr}"
    );
}

#[test]
fn a_warc_page_is_decoded_by_the_charset_it_was_served_with() {
    // The server recoded the page to windows-1251 and said so in its header; the page still
    // declares latin-1. Read by its meta alone, the story would be mojibake.
    let story = "Городской совет утвердил новый бюджет на следующий год после долгих споров. \
                 Депутаты обсуждали расходы на транспорт и школы больше шести часов подряд.";
    let html = format!(
        "<html><head><meta charset=\"iso-8859-1\"><title>Бюджет</title></head>\
         <body><article><p>{story}</p></article></body></html>"
    );
    let (body, _, _) = encoding_rs::WINDOWS_1251.encode(&html);
    let mut http =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n".to_vec();
    http.extend_from_slice(&body);
    let mut warc = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:budget>\r\n\
         WARC-Target-URI: http://gazeta.example/budget\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    warc.extend_from_slice(&http);
    warc.extend_from_slice(b"\r\n\r\n");
    let dir = temp_dir("warc-charset");
    let path = dir.join("served.warc");
    std::fs::write(&path, &warc).unwrap();
    let out = run(&["--format", "json", path.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["text"].as_str(), Some(story));
    assert!(docs[0].get("replaced_bytes").is_none(), "{docs:?}");
}

#[test]
fn json_removals_are_the_library_serde_shape() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/moscow-times-message.html"
    );
    let out = run(&["--format", "json", page], None);
    let doc = &json_lines(&out.stdout)[0];
    let removed: Vec<unappeal::Removal> = serde_json::from_value(doc["removed"].clone()).unwrap();
    let expected = unappeal::Cleaner::new()
        .clean_html_bytes(&std::fs::read(page).unwrap(), None)
        .unwrap();
    assert_eq!(removed, expected.removals());
    assert_eq!(doc["text"], expected.text());
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    use std::io::Read;
    // `clean ... | head`: standard output and standard error close after a few bytes.
    let dir = std::env::temp_dir().join(format!("unappeal-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..400 {
        std::fs::write(
            dir.join(format!("{i:03}.txt")),
            "The council voted on Tuesday to reopen the bridge, officials said.\n",
        )
        .unwrap();
    }
    let mut child = Command::new(clean_bin())
        .args(["--format", "json", "--jobs", "1"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    drop(child.stderr.take());
    // Both pipes are closed now; the process must not panic (exit status 101).
    let status = child.wait().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(status.success(), "{status:?}");
}

/// A text document's "url" in JSONL reaches the cleaner: readings that use the outlet's
/// name (here its follow line) apply to it as to a page's.
#[test]
fn jsonl_text_documents_are_cleaned_at_their_url() {
    let dir = temp_dir("jsonl-url");
    let story = "De gemeenteraad heeft maandagavond de begroting voor volgend jaar goedgekeurd, \
                 met extra geld voor het onderhoud van bruggen en kades en voor de veerpont \
                 tussen Zaandijk en Koog aan de Zaan, meldt de gemeente.";
    let text = format!("{story}\nVolg NH Nieuws ook op Instagram, TikTok en Facebook.");
    let lines = [
        serde_json::json!({"id": "at", "text": text, "url": "https://www.nhnieuws.nl/a"})
            .to_string(),
        serde_json::json!({"id": "bare", "text": text}).to_string(),
    ];
    write(&dir.join("docs.jsonl"), &(lines.join("\n") + "\n"));
    let out = run(
        &["--format", "json", dir.join("docs.jsonl").to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let docs = json_lines(&out.stdout);
    assert_eq!(docs[0]["text"], story);
    assert_eq!(docs[0]["removed"][0]["rule"], "heuristic:follow-outlet");
    assert_eq!(docs[1]["text"], text.as_str());
}
