//! The rules-file parser and compiler: a built cleaner or an error, never a panic; a cleaner
//! that builds cleans a small page and a small text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unappeal::Cleaner;

const PAGE: &str = "<html><body><article><p>The council voted on Tuesday to reopen the old bridge, \
    officials said after a long debate.</p><div class=\"share-tools\">Share this</div>\
    <p>Support our journalism today.</p></article></body></html>";
const TEXT: &str = "The council voted on Tuesday to reopen the old bridge.\nFuel our newsroom today.\n";

fuzz_target!(|data: &[u8]| {
    let Ok(rules) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(cleaner) = Cleaner::builder().rules_str("fuzz.rules", rules).build() else {
        return;
    };
    let _ = cleaner.clean_html(PAGE, Some("https://www.example.com/a")).unwrap();
    let _ = cleaner.clean_text_at(TEXT, Some("https://example.org/b"));
});
