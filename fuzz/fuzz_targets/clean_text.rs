//! Text input, as bytes (lossy and strict decoding) and as a string: never a panic, and every
//! removal's range is the text it reports.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unappeal::Cleaner;

fuzz_target!(|data: &[u8]| {
    let cleaner = Cleaner::new();
    let _ = cleaner.clean_text_bytes(data);
    let text = String::from_utf8_lossy(data);
    let cleaned = cleaner.clean_text(&text);
    for r in cleaned.removals() {
        let range = r.range().expect("text removals carry a range");
        assert_eq!(&text[range], r.text());
    }
    assert!(cleaned.text().len() <= text.len());
});
