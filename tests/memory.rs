//! Issue 11: memory is bounded by the page. The heap's peak while a page of N sibling
//! paragraphs is cleaned grows linearly with N and stays about ten times the page (the
//! flat DOM and the block vectors, not per-node allocations). A test binary of its own: the
//! counting allocator below sees every allocation of the process, so nothing else may run
//! beside this test.

use std::alloc::System;

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};
use unappeal::Cleaner;

// The system allocator with a peak counter: `peakmem-alloc` implements `GlobalAlloc`, so
// this test, like the library, needs no unsafe code of its own.
#[global_allocator]
static ALLOCATOR: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The page: `<p>Paragraph 7</p>` `n` times in one article.
fn page(n: usize) -> String {
    let mut page = String::from("<html><body><article>");
    for i in 0..n {
        page.push_str(&format!("<p>Paragraph {i}</p>"));
    }
    page.push_str("</article></body></html>");
    page
}

/// The heap's peak above what was live before, while `page` is cleaned (the result
/// included, the page itself not).
fn peak_while_cleaning(cleaner: &Cleaner, page: &str) -> usize {
    ALLOCATOR.reset_peak_memory();
    let cleaned = cleaner.clean_html(page, None).unwrap();
    assert!(cleaned.text().starts_with("Paragraph 0"));
    drop(cleaned);
    ALLOCATOR.get_peak_memory()
}

#[test]
fn peak_heap_is_linear_in_the_page() {
    let cleaner = Cleaner::new();
    // The rules compile on first use: not part of any page's cost.
    peak_while_cleaning(&cleaner, &page(10));
    let (small, large) = (page(20_000), page(80_000));
    let a = peak_while_cleaning(&cleaner, &small);
    let b = peak_while_cleaning(&cleaner, &large);
    let per_byte = |peak: usize, page: &str| peak as f64 / page.len() as f64;
    eprintln!(
        "peak heap: {:.1} MB for {:.1} MB ({:.1}x), {:.1} MB for {:.1} MB ({:.1}x)",
        a as f64 / 1e6,
        small.len() as f64 / 1e6,
        per_byte(a, &small),
        b as f64 / 1e6,
        large.len() as f64 / 1e6,
        per_byte(b, &large),
    );
    // Four times the page, at most about four times the peak (vectors grow by doubling).
    assert!(b <= 5 * a, "{a} -> {b} bytes");
    // Measured 9.5x, vectors' unused capacity included (heaptrack made it 40x before the
    // parser wrote the flat arrays itself and evidence and prunes were kept sparse).
    assert!(per_byte(b, &large) <= 12.0, "{b} bytes for {}", large.len());
}
