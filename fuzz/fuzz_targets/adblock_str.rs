//! The cosmetic filter-list parser: any list builds or fails with an error, and a cleaner that
//! builds cleans a small page, with and without a matching host.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unappeal::Cleaner;

const PAGE: &str = "<html><body><div id=\"cookie-banner\" class=\"consent x\">We use cookies</div>\
    <article><p>The council voted on Tuesday to reopen the old bridge, officials said after a \
    long debate.</p><aside class=\"ad-box\" data-x=\"1\"><a href=\"/x\">Sponsored</a></aside>\
    <p>Work starts in May.</p></article><footer>Footer</footer></body></html>";

fuzz_target!(|data: &[u8]| {
    let list = String::from_utf8_lossy(data).into_owned();
    let Ok(cleaner) = Cleaner::builder().adblock_str("fuzz.txt", list).build() else {
        return;
    };
    let _ = cleaner.list_summary();
    let _ = cleaner.clean_html(PAGE, Some("https://news.example.com/a")).unwrap();
    let _ = cleaner.clean_html(PAGE, None).unwrap();
});
