//! HTML input as bytes in any encoding, with and without a URL: a result or a typed error,
//! never a panic. An odd first byte means "with a URL": the bytes up to the first line feed
//! are the URL, the rest the page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unappeal::Cleaner;

fuzz_target!(|data: &[u8]| {
    let cleaner = Cleaner::new();
    let (url, page) = match data.split_first() {
        Some((flag, rest)) if flag & 1 == 1 => match rest.iter().position(|&b| b == b'\n') {
            Some(nl) => (
                Some(String::from_utf8_lossy(&rest[..nl]).into_owned()),
                &rest[nl + 1..],
            ),
            None => (Some("https://example.com/news/a".to_string()), rest),
        },
        _ => (None, data),
    };
    match cleaner.clean_html_bytes(page, url.as_deref()) {
        Ok(cleaned) => {
            for r in cleaned.removals() {
                assert!(r.element().is_some());
            }
        }
        Err(e) => assert!(e.is_input_error(), "{e}"),
    }
});
