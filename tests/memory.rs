//! Issue 11: memory is bounded by the page. The heap's peak while a page of N sibling
//! paragraphs is cleaned grows linearly with N and stays about ten times the page (the
//! flat DOM and the block vectors, not per-node allocations). A test binary of its own: the
//! counting allocator below sees every allocation of the process, so nothing else may run
//! beside this test.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use unappeal::Cleaner;

/// The system allocator, counting the bytes live and their peak. The library forbids unsafe
/// code; implementing `GlobalAlloc` needs it, here in a test only.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

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
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let cleaned = cleaner.clean_html(page, None).unwrap();
    assert!(cleaned.text().starts_with("Paragraph 0"));
    drop(cleaned);
    PEAK.load(Ordering::Relaxed) - before
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
