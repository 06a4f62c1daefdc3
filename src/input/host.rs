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
    main_label(host).filter(|l| l.len() >= 4)
}

/// The host's main label, squeezed: the label before the public suffix, a country-code
/// second level (`co.uk`, `com.br`) skipped.
fn main_label(host: &str) -> Option<String> {
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
    Some(squeeze(labels[k]))
}

/// The host's main label where it has three letters or digits (`mia.mk`, `b92.net`,
/// `bbc.co.uk`), too short for [`outlet_label`]: inside words and in lower case it names
/// nothing ("mia", "rtl"), so it is read only as a whole word written in capitals or with a
/// digit ("Следете ја МИА на ...", "Preuzmite B92 aplikaciju").
pub(crate) fn short_label(host: &str) -> Option<String> {
    // (Not one of digits alone, `112.ua`: a number in the text is no name.)
    main_label(host).filter(|l| l.len() == SHORT_LABEL_LEN && l.chars().any(char::is_alphabetic))
}

/// The length of a [`short_label`].
pub(crate) const SHORT_LABEL_LEN: usize = 3;

/// The fewest letters of an outlet label made from a host's spelled-out umlauts.
const UMLAUT_LABEL_LETTERS: usize = 7;

/// The outlet label of a German-speaking outlet's host that writes an umlaut as its vowel and
/// an "e" (`blaetter`, `suedtirolnews`), as [`squeeze`] writes the name with the umlaut
/// ("Blätter" gives `blatter`); `None` when `label` holds no such pair, or the form would be
/// short enough to be a word (`queer` would give "quer", and with it "Querdenker"; `goethe`
/// "Gothenburg"). A long form made from a pair that is no umlaut (`quensland`) names nothing.
pub(crate) fn umlaut_label(label: &str) -> Option<String> {
    if !["ae", "oe", "ue"].iter().any(|d| label.contains(d)) {
        return None;
    }
    let plain = label
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u");
    (plain.len() >= UMLAUT_LABEL_LETTERS).then_some(plain)
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

/// The letters and digits of `text` in lower case, Latin letters without their marks and
/// Cyrillic ones transliterated: the form in which a text and an outlet's host label
/// ("Mérce" and `merce.hu`, "Štandard" and `standard.sk`, "Люди Байкала" and
/// `lyudibaikala.ru`) are compared. Hosts romanise Cyrillic by no one system ("й" is `y`,
/// `i` or `j`; "х" is `h`, `kh` or `x`), so both sides are brought to one skeleton: the
/// letters that the systems write differently are merged (see [`skeleton`]).
pub(crate) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    // Word by word: a digraph across two words ("MinnPost series") is none.
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        word.clear();
        for c in w.chars() {
            // ('İ' lowers to 'i' and a combining dot, which is no letter.)
            for l in c.to_lowercase().filter(|l| l.is_alphanumeric()) {
                match unmarked(l).or_else(|| cyrillic(l)) {
                    Some(base) => word.push_str(base),
                    // Other Latin letters with marks (Vietnamese "ổ", "ư"): their canonical
                    // decomposition without the marks.
                    None if matches!(l, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') => word
                        .extend(std::iter::once(l).nfd().filter(|&m| {
                            unicode_normalization::char::canonical_combining_class(m) == 0
                        })),
                    None => word.push(l),
                }
            }
        }
        skeleton(&word, &mut out);
    }
    out
}

/// Appends the word `text` (lower-case ASCII letters and digits, and other scripts' letters)
/// to `out` with the spellings that romanisations of one name differ by merged: `y` and `j` as `i`, `w` as
/// `v`, `x` as `h`, the digraphs `shch`, `sch`, `sh`, `ch`, `zh`, `kh`, `ts` as one letter.
fn skeleton(text: &str, out: &mut String) {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        out.push_str(text);
        return;
    }
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (letter, n) = if rest.starts_with(b"shch") {
            ('s', 4)
        } else if rest.starts_with(b"sch") {
            ('s', 3)
        } else if let [a @ (b's' | b'c' | b'z' | b'k' | b't'), b'h' | b's', ..] = rest {
            match (a, rest[1]) {
                (b's', b'h') => ('s', 2),
                (b'c', b'h') => ('c', 2),
                (b'z', b'h') => ('z', 2),
                (b'k', b'h') => ('h', 2),
                (b't', b's') => ('c', 2),
                _ => (char::from(*a), 1),
            }
        } else if b[i].is_ascii() {
            let c = match b[i] {
                b'y' | b'j' => 'i',
                b'w' => 'v',
                b'x' => 'h',
                c => char::from(c),
            };
            (c, 1)
        } else {
            // A letter of another script: copied whole.
            let c = text[i..].chars().next().unwrap_or_default();
            (c, c.len_utf8())
        };
        out.push(letter);
        i += n;
    }
}

/// The Latin letters of a lower-case Cyrillic letter, in one romanisation (the skeleton
/// merges the others).
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' | 'ђ' => "d",
        'е' | 'ё' | 'є' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'ы' | 'й' => "i",
        'ј' => "j",
        'к' | 'ќ' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'џ' => "dz",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "iu",
        'я' => "ia",
        'ъ' | 'ь' => "",
        _ => return None,
    })
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
    fn cyrillic_names_meet_their_hosts_romanised() {
        for (name, host) in [
            ("Люди Байкала", "lyudibaikala.ru"),
            ("Новая газета", "novayagazeta.ru"),
            ("Хромадське", "hromadske.ua"),
            ("Медуза", "meduza.io"),
            ("Окно", "okno.mk"),
        ] {
            assert_eq!(squeeze(name), outlet_label(host).unwrap(), "{name}");
        }
        // A digraph across two words is none: "MinnPost series" keeps "minnpost".
        assert!(squeeze("a MinnPost series").contains(&outlet_label("minnpost.com").unwrap()));
        // Latin names are unchanged where no romanisation differs.
        assert_eq!(squeeze("Mérce"), "merce");
    }

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
