//! Byte classes: for every 64 bytes of a text, bit masks of the bytes that segmentation and
//! phrase matching look for, computed in one pass. (Line feeds are found by memchr, which
//! reads a text many times faster than this pass runs a mask.)
//!
//! Both later stages then work on bits (a line's tokens are a population count, a word's end
//! is a trailing-zero count) instead of reading the text byte by byte again. The tests run on
//! eight bytes of a `u64` at once (SWAR): each is a range test whose carries cannot cross
//! from one byte into the next.

use std::cell::Cell;

/// The class masks of a text; bit `i % 64` of entry `i / 64` is byte `i`. Bytes past the end
/// read as NUL (a space). The three masks lie in one allocation (three cost the text path
/// 1.5 % of its time in `malloc`), reused by the thread's next text.
pub(crate) struct Classes {
    /// The word, high-byte and space masks, one after the other.
    masks: Vec<u64>,
    chunks: usize,
}

/// The high bit of every byte of a `u64`.
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is a space or control byte (`<= 0x20`): the high
/// bit stays clear after adding 0x5f to a byte below 0x21.
#[inline]
pub(crate) fn space_bytes(x: u64) -> u64 {
    !((x & !HI).wrapping_add(splat(0x5f)) | x) & HI
}

const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

thread_local! {
    /// The masks of the last text classified on this thread, for the next: a text's masks
    /// are one allocation of three eighths of its size, which `malloc` served from fresh
    /// memory every time (and a request of that size first consolidates its free lists).
    static SPARE_MASKS: Cell<Vec<u64>> = const { Cell::new(Vec::new()) };
}

/// The most mask words kept for the next text (512 KiB, the masks of an 11 MB text).
const SPARE_MAX: usize = 1 << 16;

impl Drop for Classes {
    fn drop(&mut self) {
        if self.masks.capacity() <= SPARE_MAX {
            let masks = std::mem::take(&mut self.masks);
            // (Fails only while the thread's locals are being destroyed.)
            let _ = SPARE_MASKS.try_with(|spare| spare.set(masks));
        }
    }
}

impl Classes {
    pub(crate) fn new(text: &[u8]) -> Classes {
        let chunks = text.len().div_ceil(64);
        let mut masks = SPARE_MASKS.try_with(Cell::take).unwrap_or_default();
        masks.clear();
        masks.resize(3 * chunks, 0);
        let (word, rest) = masks.split_at_mut(chunks);
        let (high, space) = rest.split_at_mut(chunks);
        let mut iter = text.chunks_exact(64);
        let all = word.iter_mut().zip(high.iter_mut()).zip(space.iter_mut());
        for (chunk, ((word, high), space)) in iter.by_ref().zip(all) {
            (*word, *high, *space) = chunk_masks(chunk.try_into().expect("64 bytes"));
        }
        let rest = iter.remainder();
        if !rest.is_empty() {
            let mut padded = [0u8; 64];
            padded[..rest.len()].copy_from_slice(rest);
            let c = chunks - 1;
            (word[c], high[c], space[c]) = chunk_masks(&padded);
        }
        Classes { masks, chunks }
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character.
    #[inline]
    pub(crate) fn word(&self) -> &[u64] {
        &self.masks[..self.chunks]
    }

    /// Bytes of non-ASCII characters.
    #[inline]
    pub(crate) fn high(&self) -> &[u64] {
        &self.masks[self.chunks..2 * self.chunks]
    }

    /// White space and control bytes (`<= 0x20`).
    #[inline]
    pub(crate) fn space(&self) -> &[u64] {
        &self.masks[2 * self.chunks..]
    }

    /// The first byte in `from..to` that is not a space, if any.
    pub(crate) fn first_non_space(&self, from: usize, to: usize) -> Option<usize> {
        let mut c = from / 64;
        let space = self.space();
        let mut bits = !space.get(c)? & (u64::MAX << (from % 64));
        loop {
            if bits != 0 {
                let i = c * 64 + bits.trailing_zeros() as usize;
                return (i < to).then_some(i);
            }
            c += 1;
            if c * 64 >= to {
                return None;
            }
            bits = !space[c];
        }
    }

    /// The last byte in `from..to` that is not a space, if any.
    pub(crate) fn last_non_space(&self, from: usize, to: usize) -> Option<usize> {
        if to == 0 {
            return None;
        }
        let last = to - 1;
        let mut c = last / 64;
        let space = self.space();
        let mut bits = !space[c] & (u64::MAX >> (63 - last % 64));
        loop {
            if bits != 0 {
                let i = c * 64 + 63 - bits.leading_zeros() as usize;
                return (i >= from).then_some(i);
            }
            if c == 0 || c * 64 <= from {
                return None;
            }
            c -= 1;
            bits = !space[c];
        }
    }
}

/// The word, high-byte and space masks of 64 bytes. Each lane's class bits (the high bit of
/// each byte) are shifted into one bit column of an accumulator (lane `j` to bit `j` of every
/// byte: two operations a lane and class), and one 8x8 bit transpose a class puts byte `k`
/// of lane `j` at bit `8j + k`; a multiply-gather of each lane's bits took five.
#[inline(always)]
fn chunk_masks(chunk: &[u8; 64]) -> (u64, u64, u64) {
    let (mut word, mut high, mut space) = (0, 0, 0);
    for (j, lane) in chunk.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(lane.try_into().expect("8 bytes"));
        let hi = x & HI;
        let low = x & !HI;
        let lower = low | splat(0x20);
        let alpha =
            lower.wrapping_add(splat(0x80 - b'a')) & !lower.wrapping_add(splat(0x7f - b'z'));
        let digit = low.wrapping_add(splat(0x80 - b'0')) & !low.wrapping_add(splat(0x7f - b'9'));
        let sp = space_bytes(x);
        let shift = 7 - j;
        word |= ((hi | alpha | digit) & HI) >> shift;
        high |= hi >> shift;
        space |= sp >> shift;
    }
    (transpose(word), transpose(high), transpose(space))
}

/// The 8x8 bit matrix of `x` (bit `c` of byte `r`) transposed: bit `8r + c` goes to
/// `8c + r` (Hacker's Delight, 7-3).
#[inline(always)]
fn transpose(mut x: u64) -> u64 {
    let t = (x ^ (x >> 7)) & 0x00aa_00aa_00aa_00aa;
    x ^= t ^ (t << 7);
    let t = (x ^ (x >> 14)) & 0x0000_cccc_0000_cccc;
    x ^= t ^ (t << 14);
    let t = (x ^ (x >> 28)) & 0x0000_0000_f0f0_f0f0;
    x ^ t ^ (t << 28)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bit(mask: &[u64], i: usize) -> bool {
        mask[i / 64] >> (i % 64) & 1 == 1
    }

    #[test]
    fn every_byte_value_in_every_lane() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        let c = Classes::new(&bytes);
        for (i, &b) in bytes.iter().enumerate() {
            assert_eq!(
                bit(c.word(), i),
                b.is_ascii_alphanumeric() || b >= 0x80,
                "{b:#x}"
            );
            assert_eq!(bit(c.high(), i), b >= 0x80, "{b:#x}");
            assert_eq!(bit(c.space(), i), b <= b' ', "{b:#x}");
        }
    }

    #[test]
    fn trims_and_counts_across_chunks() {
        let text = format!("{}  two words\t here {}\nx", " ".repeat(60), "y".repeat(70));
        let c = Classes::new(text.as_bytes());
        let end = text.find('\n').unwrap();
        let s = c.first_non_space(0, end).unwrap();
        let e = c.last_non_space(0, end).unwrap() + 1;
        assert_eq!(&text[s..e], format!("two words\t here {}", "y".repeat(70)));
        assert_eq!(c.first_non_space(0, 60), None);
        assert_eq!(c.last_non_space(0, 60), None);
    }
}
