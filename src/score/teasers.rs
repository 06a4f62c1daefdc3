//! Teasers that end alike: a scraper keeps each teaser of a list with its link's label glued
//! after the cut-off line ("Міністерство охорони здоровʼя планує зобовʼязати аптеки … Читати
//! більше"). The same label after an ellipsis on two lines or more in a row says list, in
//! any language; a story's lines do not end in one label.

use std::ops::Range;

use crate::input::segment::Block;
use crate::rules::Evidences;

use super::Scored;

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

/// The most words of an inline teaser's label ("Read also", "Irakurri ere", "Karanta"): a
/// subheading's label is a longer phrase ("Ymateb y rhieni: Siom a dicter yn y pentrefi").
const INLINE_LABEL_WORDS: usize = 2;
/// A figure's label over its title, which is the story's ("Map: Flow of foreign fighters to
/// Syria"); a picture's or a video's the picture words tell.
const FIGURE_WORDS: &[&str] = &[
    "map",
    "maps",
    "chart",
    "charts",
    "graphic",
    "graphics",
    "infographic",
    "table",
    "timeline",
    "karte",
    "grafik",
    "tabelle",
    "carte",
    "graphique",
    "tableau",
    "mapa",
    "gráfico",
    "grafico",
    "tabla",
    "tabela",
    "mappa",
    "tabella",
    "kaart",
    "grafiek",
    "tabel",
    "карта",
    "график",
    "таблица",
    "mapka",
    "wykres",
    "tabulka",
    "graf",
    "térkép",
];
/// The fewest and most words of its headline: a headline's length, not a subheading's.
const INLINE_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 7..=20;

/// Whether `line` is a label of a few words, a colon and a headline: no figure in the label,
/// the headline opening with a capital (or in a script without case) and ending with no
/// stop, no second colon, bar, bracket, price or year in it (a byline's "Tekst: Anna Berg |
/// 7 May 2024").
fn labelled_headline(line: &str) -> bool {
    let Some((label, headline)) = line.trim_end().split_once(": ") else {
        return false;
    };
    let headline = headline.trim_start();
    let year = headline
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    // (A picture's, a map's or a video's title under its one word is the story's: "Map:
    // Flow of foreign fighters to Syria"; "RELATED PHOTOS:" heads a teaser.)
    let words = label.split_whitespace().count();
    let figure = words == 1
        && (super::credits::credits_picture(label)
            || FIGURE_WORDS.contains(&label.trim().to_lowercase().as_str()));
    (1..=INLINE_LABEL_WORDS).contains(&words)
        && label.starts_with(char::is_alphabetic)
        && !label.chars().any(|c| c.is_ascii_digit())
        && !figure
        && INLINE_HEADLINE_WORDS.contains(&headline.split_whitespace().count())
        && !headline.contains([':', '|', '('])
        // (A deal's or a product's line has its price: "... (Exclusively at Walmart) for
        // $199".)
        && !headline.contains(crate::rules::is_currency_sign)
        && !year
        && !headline.ends_with(['.', '!', '?', '…', '"', '”', '»', ')', ']', '।', '。', '؟'])
        && headline.chars().next().is_some_and(|c| {
            c.is_uppercase() || "«\"“„‘".contains(c) || (c.is_alphabetic() && !c.is_lowercase())
        })
}

/// Between two of the story's walls, a line of a label, a colon and a headline is a teaser
/// of another story ("Irakurri ere: Ezkurdiko lanak amaitu dira ...", "Karanta: Gwamnatin
/// Kano za ta gina ..."), in any language: a story's own line there ends like a sentence.
pub(crate) fn inline_teasers(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
) -> Vec<usize> {
    (1..blocks.len().saturating_sub(1))
        .filter(|&i| {
            scored[i - 1].wall
                && scored[i + 1].wall
                && !blocks[i].quoted
                && evidence[i].body >= 0.0
                && labelled_headline(&text[blocks[i].range.clone()])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{labelled_headline, more_label};

    #[test]
    fn a_labelled_headline_has_no_stop_and_no_byline() {
        assert!(labelled_headline(
            "Irakurri ere: Ezkurdiko lanak amaitu dira eta plazak zuhaitz berriak ditu"
        ));
        assert!(labelled_headline(
            "Окуңуз: Бишкекте батир ижарасы эмне үчүн кымбаттап жатат"
        ));
        assert!(!labelled_headline(
            "He said: The council will vote on the plan next week."
        ));
        // A subheading's label is a phrase.
        assert!(!labelled_headline(
            "Ymateb y rhieni: Siom a dicter yn y pentrefi ac ar y ffermydd"
        ));
        assert!(!labelled_headline(
            "Tekst: Anna Berg | Foto: Jonas De Smet en Lotte Peeters"
        ));
        assert!(!labelled_headline(
            "Update 2: Police have released the name of the driver"
        ));
        assert!(!labelled_headline(
            "Map: Flow of foreign fighters to Syria and Iraq"
        ));
        assert!(!labelled_headline(
            "[Alden: I can’t even talk! This can’t be normal]"
        ));
    }

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
