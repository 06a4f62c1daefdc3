//! Hosts: a URL's host, whether it is a site's domain or one of its subdomains, and the label
//! that names the outlet. User and filter-list rules scope by the first two, the fitted
//! model reads the third.

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
    let squeezed: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (4..=40)
        .contains(&squeezed.chars().count())
        .then_some(squeezed)
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
