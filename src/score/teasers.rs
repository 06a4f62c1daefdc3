//! Teasers that end alike: a scraper keeps each teaser of a list with its link's label glued
//! after the cut-off line ("Міністерство охорони здоровʼя планує зобовʼязати аптеки … Читати
//! більше"). The same label after an ellipsis on two lines or more in a row says list, in
//! any language; a story's lines do not end in one label.

use std::ops::Range;

use crate::input::segment::Block;

/// The fewest lines in a row that end with one label.
const TEASERS: usize = 2;
/// The most words and bytes of the label after the ellipsis.
const LABEL_WORDS: usize = 3;
const LABEL_BYTES: usize = 32;

/// The label after the last ellipsis of `line`, folded to lower case, when it is short and
/// says nothing more than a link would (no stop of its own).
fn more_label(line: &str) -> Option<String> {
    let line = line.trim_end();
    let (head, label) = line
        .rfind('…')
        .map(|k| (&line[..k], &line[k + '…'.len_utf8()..]))
        .or_else(|| line.rfind("...").map(|k| (&line[..k], &line[k + 3..])))?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    (!head.trim().is_empty()
        && (1..=LABEL_WORDS).contains(&words)
        && label.len() <= LABEL_BYTES
        && label.chars().any(char::is_alphabetic)
        && !label.contains(['.', '!', '?', ':', ';', '…']))
    .then(|| label.to_lowercase())
}

/// The stretches of `TEASERS` lines or more in a row that end with one label after an
/// ellipsis.
pub(crate) fn labelled_teasers(blocks: &[Block], text: &str) -> Vec<Range<usize>> {
    let labels: Vec<Option<String>> = blocks
        .iter()
        .map(|b| more_label(&text[b.range.clone()]))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let Some(label) = &labels[i] else {
            i += 1;
            continue;
        };
        let end = (i + 1..labels.len())
            .find(|&j| labels[j].as_ref() != Some(label))
            .unwrap_or(labels.len());
        if end - i >= TEASERS {
            out.push(i..end);
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::more_label;

    #[test]
    fn the_label_is_what_follows_the_last_ellipsis() {
        assert_eq!(
            more_label("Уряд планує встановити до 20 модульних… Читати більше").as_deref(),
            Some("читати більше")
        );
        assert_eq!(
            more_label("The vote was close... Read more").as_deref(),
            Some("read more")
        );
        // A sentence goes on after a pause; a label has no stop of its own.
        assert_eq!(more_label("He paused … and then he said no."), None);
        assert_eq!(more_label("… Read more"), None);
        assert_eq!(more_label("Nothing to see here"), None);
    }
}
