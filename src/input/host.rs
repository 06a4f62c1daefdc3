//! Hosts: a URL's host, whether it is a site's domain or one of its subdomains, and the label
//! that names the outlet. User and filter-list rules scope by the first two, the fitted
//! model reads the third.

use unicode_normalization::UnicodeNormalization;

/// The host of a URL, lower case, without port or credentials.
pub(crate) fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then_some(host)
}

/// True when `host` is `domain` or one of its subdomains.
pub(crate) fn host_matches(host: Option<&str>, domain: &str) -> bool {
    let Some(host) = host else { return false };
    let host = host.trim_end_matches('.');
    host.eq_ignore_ascii_case(domain)
        || (host.len() > domain.len()
            && host.as_bytes()[host.len() - domain.len() - 1] == b'.'
            && host[host.len() - domain.len()..].eq_ignore_ascii_case(domain))
}

/// The host's main label, the outlet's name as a host writes it: `www.themoscowtimes.com`
/// gives `themoscowtimes`; a country-code second level (`co.uk`, `com.br`) is skipped.
pub(crate) fn outlet_label(host: &str) -> Option<String> {
    let labels: Vec<&str> = host
        .trim_end_matches('.')
        .split('.')
        .filter(|l| !l.is_empty())
        .collect();
    if labels.len() < 2 {
        return None;
    }
    let mut k = labels.len() - 2;
    if k > 0
        && matches!(
            labels[k],
            "co" | "com" | "org" | "net" | "gov" | "ac" | "gv"
        )
    {
        k -= 1;
    }
    let label = labels[k].to_ascii_lowercase().replace('-', "");
    (label.len() >= 4).then_some(label)
}

/// A site's name as the outlet label of [`outlet_label`] writes it: letters and digits,
/// lower case ("Die Tageszeitung" gives `dietageszeitung`); `None` when shorter than four
/// or longer than forty (a name that long is a slogan, which no line of a box repeats).
pub(crate) fn outlet_name(name: &str) -> Option<String> {
    let squeezed = squeeze(name);
    (4..=40)
        .contains(&squeezed.chars().count())
        .then_some(squeezed)
}

/// The letters and digits of `text` in lower case, Latin letters without their marks: the
/// form in which a text and an outlet's host label ("Mérce" and `merce.hu`, "Štandard" and
/// `standard.sk`) are compared.
pub(crate) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| c.is_alphanumeric()) {
        // ('İ' lowers to 'i' and a combining dot, which is no letter.)
        for l in c.to_lowercase().filter(|l| l.is_alphanumeric()) {
            match unmarked(l) {
                Some(base) => out.push_str(base),
                // Other Latin letters with marks (Vietnamese "ổ", "ư"): their canonical
                // decomposition without the marks.
                None if matches!(l, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') => {
                    out.extend(std::iter::once(l).nfd().filter(|&m| {
                        unicode_normalization::char::canonical_combining_class(m) == 0
                    }))
                }
                None => out.push(l),
            }
        }
    }
    out
}

/// The letter(s) of a lower-case Latin letter with a mark, without it.
fn unmarked(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_urls() {
        assert_eq!(
            url_host("https://user@www.example.com:8080/a?b#c"),
            Some("www.example.com")
        );
        assert_eq!(url_host("example.org/path"), Some("example.org"));
        assert_eq!(url_host("https:///nothing"), None);
    }

    #[test]
    fn host_matching_covers_subdomains() {
        assert!(host_matches(Some("www.example.com"), "example.com"));
        assert!(host_matches(Some("example.com"), "example.com"));
        assert!(!host_matches(Some("badexample.com"), "example.com"));
        assert!(!host_matches(None, "example.com"));
    }
}
