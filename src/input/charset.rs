//! Bytes to text for HTML input: the byte-order mark first; then UTF-8 when the bytes are
//! valid UTF-8 with some non-ASCII in them (a page saved by a scraper keeps its old
//! `<meta charset>`); then a `<meta charset>` or `http-equiv` declaration in the first few
//! kilobytes; and windows-1252 (what browsers assume for undeclared Western pages) otherwise.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::error::{Error, ErrorKind};

/// How far into the document a charset declaration is looked for (browsers look at 1024 bytes;
/// real pages put long `<head>`s first, so we look further).
const PRESCAN: usize = 8192;

/// Decodes an HTML document. Binary data (NUL bytes early on, with no UTF-16 byte-order mark)
/// is an error, not a page of mojibake.
pub(crate) fn decode_html(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text);
    }
    let head = &bytes[..bytes.len().min(PRESCAN)];
    if let Some(offset) = memchr_nul(head) {
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
            return Ok(Cow::Borrowed(s));
        }
    }
    let declared = declared_encoding(head);
    let enc = match declared {
        // A page cannot declare itself UTF-16 in ASCII-compatible bytes; browsers read UTF-8.
        Some(enc) if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE => UTF_8,
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    if enc == UTF_8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok(Cow::Borrowed(s));
        }
    }
    let (text, _, _) = enc.decode(bytes);
    Ok(text)
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Decodes text input given as bytes: UTF-8 (a BOM is dropped), or an error naming the first
/// invalid byte.
pub(crate) fn decode_text(bytes: &[u8]) -> Result<&str, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = memchr_nul(&bytes[..bytes.len().min(PRESCAN)]) {
        return Err(ErrorKind::Binary {
            expected: "text",
            offset,
        }
        .into());
    }
    std::str::from_utf8(bytes).map_err(|e| {
        ErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
        }
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_windows_1251() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<html><head><meta charset=\"windows-1251\"></head><body><p>Дорогие читатели</p></body></html>");
        let text = decode_html(&bytes).unwrap();
        assert!(text.contains("Дорогие читатели"));
    }

    #[test]
    fn http_equiv_shift_jis() {
        let src = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>日本語のニュース</p></body></html>";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(src);
        assert!(decode_html(&bytes).unwrap().contains("日本語のニュース"));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"gb2312\"><p>腾讯新闻 2016年10月14日</p>";
        assert!(decode_html(page.as_bytes()).unwrap().contains("腾讯新闻"));
        // Real GB2312 bytes still decode by the declaration.
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        assert!(decode_html(&bytes).unwrap().contains("腾讯新闻"));
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("<meta charset=latin1><p>Grüße</p>".as_bytes());
        assert!(decode_html(&bytes).unwrap().contains("Grüße"));
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_windows_1252() {
        let text = decode_html(b"<p>caf\xe9</p>").unwrap();
        assert!(text.contains("café"));
    }

    #[test]
    fn binary_is_an_error() {
        let err = decode_html(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err();
        assert!(err.to_string().contains("binary"), "{err}");
        assert!(decode_text(b"ab\0cd").is_err());
    }

    #[test]
    fn invalid_utf8_text_names_the_offset() {
        let err = decode_text(b"abc\xff").unwrap_err();
        assert!(err.to_string().contains("byte 3"), "{err}");
    }
}
