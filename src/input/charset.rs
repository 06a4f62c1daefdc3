//! Bytes to text for HTML input: the byte-order mark first; then UTF-8 when the bytes are
//! valid UTF-8 with some non-ASCII in them (a page saved by a scraper keeps its old
//! `<meta charset>`); then a `<meta charset>` or `http-equiv` declaration in the first few
//! kilobytes; and windows-1252 (what browsers assume for undeclared Western pages) otherwise.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding, UTF_8, WINDOWS_1252};

use crate::error::{Error, ErrorKind};

/// How far into the document a charset declaration is looked for (browsers look at 1024 bytes;
/// real pages put long `<head>`s first, so we look further).
const PRESCAN: usize = 8192;

/// A decoded document: the text, and how many input bytes could not be decoded and were
/// replaced by U+FFFD.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub replaced: usize,
}

impl<'a> Decoded<'a> {
    fn exact(text: Cow<'a, str>) -> Decoded<'a> {
        Decoded { text, replaced: 0 }
    }
}

/// Decodes an HTML document. Input that is mostly binary (see [`binary_at`]; no UTF-16
/// byte-order mark) is an error, not a page of mojibake; a stray NUL byte is left to the
/// parser, which drops it from text as browsers do. `transport` is the charset the transport
/// declared (an HTTP `Content-Type` value or a bare label): as in browsers, it ranks above the
/// page's own declaration, which a server's recoding can leave stale; a label that names no
/// encoding is ignored, as browsers ignore it.
pub(crate) fn decode_html<'a>(
    bytes: &'a [u8],
    transport: Option<&str>,
) -> Result<Decoded<'a>, Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_counting(enc, &bytes[bom_len..]));
    }
    let head = &bytes[..bytes.len().min(PRESCAN)];
    if let Some(offset) = binary_at(head) {
        return Err(ErrorKind::Binary {
            expected: "HTML",
            offset,
        }
        .into());
    }
    // Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares:
    // scrapers save pages as UTF-8 and keep the original `<meta charset>`, while text in a
    // legacy encoding is almost never valid UTF-8 by accident.
    if !bytes.is_ascii() {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok(Decoded::exact(Cow::Borrowed(s)));
        }
    }
    let declared = transport
        .and_then(transport_encoding)
        .or_else(|| declared_encoding(head));
    let enc = match declared {
        // A page cannot declare itself UTF-16 in ASCII-compatible bytes; browsers read UTF-8.
        Some(enc) if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE => UTF_8,
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    if enc == UTF_8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok(Decoded::exact(Cow::Borrowed(s)));
        }
    }
    Ok(decode_counting(enc, bytes))
}

/// Decodes `bytes` in `enc`, replacing each malformed sequence by U+FFFD and counting the
/// bytes replaced (encoding_rs's one-call `decode` says only whether there were any).
fn decode_counting<'a>(enc: &'static Encoding, bytes: &'a [u8]) -> Decoded<'a> {
    if enc == UTF_8 {
        return decode_utf8_lossy(bytes);
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let room = |d: &encoding_rs::Decoder, n: usize| {
        d.max_utf8_buffer_length_without_replacement(n)
            .unwrap_or(n.saturating_mul(3))
    };
    let mut out = String::with_capacity(room(&decoder, bytes.len()));
    let (mut src, mut replaced) = (bytes, 0usize);
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(src, &mut out, true);
        src = &src[read..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => out.reserve(room(&decoder, src.len()).max(4)),
            DecoderResult::Malformed(bad, _) => {
                replaced += usize::from(bad);
                out.push('\u{FFFD}');
            }
        }
    }
    Decoded {
        text: Cow::Owned(out),
        replaced,
    }
}

/// UTF-8 with each invalid sequence replaced by one U+FFFD, as `String::from_utf8_lossy`
/// does (so removal ranges index the same text a caller gets from it), counting the bytes.
fn decode_utf8_lossy(bytes: &[u8]) -> Decoded<'_> {
    let replaced = bytes.utf8_chunks().map(|c| c.invalid().len()).sum();
    Decoded {
        text: String::from_utf8_lossy(bytes),
        replaced,
    }
}

/// The share of control bytes above which a head holding NUL bytes is binary data: one in
/// sixteen. Random and compressed bytes have 28 in 256 (11 %) C0 controls that are not
/// white space, UTF-16 without a byte-order mark about half; text and HTML have next to none,
/// so a page with a few stray NULs stays far below it. A guard, not a fitted value.
const BINARY_SHARE: usize = 16;

/// The offset of the first NUL byte when `head` is mostly binary: it holds a NUL and more
/// than one byte in [`BINARY_SHARE`] is a control character other than white space and escape.
fn binary_at(head: &[u8]) -> Option<usize> {
    let first_nul = memchr_nul(head)?;
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | 0x1b)) || b == 0x7f)
        .count();
    (controls * BINARY_SHARE > head.len()).then_some(first_nul)
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Finds `charset=LABEL` in the document head, the way both `<meta charset="...">` and
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">` spell it.
fn declared_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || lower[i] == b'"' || lower[i] == b'\'')
        {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(enc) = Encoding::for_label(&lower[start..i]) {
            return Some(enc);
        }
    }
    None
}

/// The encoding a transport names: the `charset` parameter of a `Content-Type` value, or a
/// bare label.
fn transport_encoding(value: &str) -> Option<&'static Encoding> {
    let lower = value.to_ascii_lowercase();
    if lower.contains("charset") {
        declared_encoding(lower.as_bytes())
    } else {
        Encoding::for_label(lower.trim().as_bytes())
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Decodes text input given as bytes: UTF-8 (a BOM is dropped). Invalid sequences are
/// replaced by U+FFFD, or with `strict` are an error naming the first invalid byte. Input that
/// is mostly binary is an error.
pub(crate) fn decode_text(bytes: &[u8], strict: bool) -> Result<Decoded<'_>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = binary_at(&bytes[..bytes.len().min(PRESCAN)]) {
        return Err(ErrorKind::Binary {
            expected: "text",
            offset,
        }
        .into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded::exact(Cow::Borrowed(s))),
        Err(e) if strict => Err(ErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
        }
        .into()),
        Err(_) => Ok(decode_utf8_lossy(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_windows_1251() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<html><head><meta charset=\"windows-1251\"></head><body><p>Дорогие читатели</p></body></html>");
        let text = decode_html(&bytes, None).unwrap().text;
        assert!(text.contains("Дорогие читатели"));
    }

    #[test]
    fn http_equiv_shift_jis() {
        let src = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>日本語のニュース</p></body></html>";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(src);
        assert!(
            decode_html(&bytes, None)
                .unwrap()
                .text
                .contains("日本語のニュース")
        );
    }

    #[test]
    fn the_transport_charset_ranks_above_a_stale_meta() {
        // A server that recoded the page to windows-1251 and says so in its header, while the
        // page still declares latin-1.
        let src = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Дорогие читатели</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(src);
        let header = "text/html; Charset=\"windows-1251\"";
        assert!(
            decode_html(&bytes, Some(header))
                .unwrap()
                .text
                .contains("Дорогие")
        );
        assert!(
            decode_html(&bytes, Some("cp1251"))
                .unwrap()
                .text
                .contains("Дорогие")
        );
        assert!(!decode_html(&bytes, None).unwrap().text.contains("Дорогие"));
        // A label that names no encoding leaves the page's own declaration in charge.
        let meta_only = decode_html(&bytes, Some("text/html; charset=none")).unwrap();
        assert_eq!(meta_only.text, decode_html(&bytes, None).unwrap().text);
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"gb2312\"><p>腾讯新闻 2016年10月14日</p>";
        assert!(
            decode_html(page.as_bytes(), None)
                .unwrap()
                .text
                .contains("腾讯新闻")
        );
        // Real GB2312 bytes still decode by the declaration.
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        assert!(decode_html(&bytes, None).unwrap().text.contains("腾讯新闻"));
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("<meta charset=latin1><p>Grüße</p>".as_bytes());
        assert!(decode_html(&bytes, None).unwrap().text.contains("Grüße"));
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_windows_1252() {
        let text = decode_html(b"<p>caf\xe9</p>", None).unwrap().text;
        assert!(text.contains("café"));
    }

    #[test]
    fn binary_is_an_error() {
        let err = decode_html(b"\x7fELF\x02\x01\x01\0\0\0", None).unwrap_err();
        assert!(err.to_string().contains("binary"), "{err}");
        assert!(decode_text(b"ab\0cd", false).is_err());
        let random: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(decode_html(&random, None).is_err());
    }

    #[test]
    fn stray_nul_bytes_are_not_binary() {
        let mut page = b"<html><body><p>The council met on Tuesday.</p>".to_vec();
        page.push(0);
        page.extend_from_slice(b"<p>Work starts in May.</p></body></html>");
        let text = decode_html(&page, None).unwrap().text;
        assert!(text.contains("Work starts"));
        assert!(decode_text(b"One line.\0\nAnother line.\n", false).is_ok());
    }

    #[test]
    fn replaced_bytes_are_counted() {
        let d = decode_text(b"caf\xe9 and \xff\xfe!", false).unwrap();
        assert_eq!(d.text, "caf\u{FFFD} and \u{FFFD}\u{FFFD}!");
        assert_eq!(d.replaced, 3);
        assert_eq!(decode_text(b"plain", false).unwrap().replaced, 0);
        // A truncated three-byte sequence is one replacement of two bytes.
        let d = decode_text(b"a\xe2\x82b", false).unwrap();
        assert_eq!((d.text.as_ref(), d.replaced), ("a\u{FFFD}b", 2));
        // Legacy encodings count their malformed bytes too.
        let d = decode_html(b"<meta charset=shift_jis><p>\x82\xa0\x82</p>", None).unwrap();
        assert!(d.replaced >= 1, "{}", d.replaced);
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn invalid_utf8_text_names_the_offset() {
        let err = decode_text(b"abc\xff", true).unwrap_err();
        assert!(err.to_string().contains("byte 3"), "{err}");
    }
}
