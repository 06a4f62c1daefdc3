//! The fitted model's place in the decision, tested with weights of our own through the
//! training interface: where it may cut, and what it may not touch.

use unappeal::Cleaner;
use unappeal::learn::{self, Weights};

/// A model with these weights (by feature name), zero for the others, for blocks and
/// walls alike, and for texts that a pack reads and texts that none does.
fn model(weights: &[(&str, f32)]) -> Cleaner {
    let text: String = ["", "wall.", "bare.", "bare.wall."]
        .iter()
        .flat_map(|prefix| {
            learn::FEATURES.iter().map(move |n| {
                let w = weights
                    .iter()
                    .find(|(f, _)| f == n)
                    .map_or(0.0, |&(_, w)| w);
                format!("{prefix}{n} {w}\n")
            })
        })
        .collect();
    learn::with_weights(&Cleaner::new(), &Weights::parse(&text).unwrap())
}

/// A model sure that blocks of three words or fewer are boilerplate, and the rest body.
fn short_lines() -> Cleaner {
    model(&[("bias", -10.0), ("words_le_3", 20.0)])
}

/// A model that gives every block it scores the same log-odds.
fn constant(logit: f32) -> Cleaner {
    model(&[("bias", logit)])
}

const HEAD: &str = "Bridge closes\nBy Anna Berg";
/// Paragraphs of thirty words or more with no evidence: walls.
const BODY: &str = "The harbour bridge will close for six weeks from Monday while engineers replace its worn bearings and the steel joints that carry the deck, the city said on Tuesday after a long debate.\n\
Commuters will be sent over the northern ring road, which the city expects to carry about 20,000 more cars a day during the works, and buses will run every ten minutes at peak hours.\n\
The bridge, opened in 1974, was last repaired in 2009, when a crack was found in one of its main girders during a routine check by the engineers of the regional transport office.";
const TAIL: &str = "Transport\nBridges";

#[test]
fn a_sure_model_cuts_the_tail_and_nothing_above_it() {
    // The head's short lines look the same to this model: only the tail is its to cut.
    let text = format!("{HEAD}\n{BODY}\n{TAIL}");
    let cleaned = short_lines().clean_text(&text);
    assert_eq!(cleaned.text(), format!("{HEAD}\n{BODY}"));
    let cut = &cleaned.removals()[0];
    assert_eq!(cut.text(), TAIL);
    assert_eq!(cut.rule(), "model:shape-and-position");
    assert_eq!(cut.stage(), unappeal::Stage::Learned);
    assert_eq!(&text[cut.range().unwrap()], TAIL);
}

#[test]
fn short_lines_between_paragraphs_are_not_the_models() {
    let (first, rest) = BODY.split_once('\n').unwrap();
    let text = format!("{first}\nTransport\n{rest}");
    assert_eq!(short_lines().clean_text(&text).text(), text);
}

#[test]
fn a_model_that_finds_nothing_leaves_the_tail() {
    let text = format!("{HEAD}\n{BODY}\n{TAIL}");
    assert_eq!(constant(-10.0).clean_text(&text).text(), text);
}

#[test]
fn a_model_never_lowers_what_the_packs_found() {
    let text = format!(
        "{BODY}\nSince you're here...\n... we have a small favour to ask. Please support us from just $2 a month.\nRemind me later"
    );
    let cleaned = constant(-10.0).clean_text(&text);
    assert_eq!(cleaned.text(), BODY);
}

#[test]
fn the_model_alone_takes_at_most_a_share_of_a_text() {
    // A tail as long as the story: a page of that shape, not boilerplate around a story.
    let long_tail: Vec<String> = (0..40).map(|i| format!("Topic {i}")).collect();
    let text = format!("{BODY}\n{}", long_tail.join("\n"));
    assert_eq!(short_lines().clean_text(&text).text(), text);
    // A sure model of every block would take the whole text: nothing is cut.
    assert_eq!(constant(10.0).clean_text(BODY).text(), BODY);
}

#[test]
fn a_text_without_article_paragraphs_is_left_to_the_packs() {
    let text = "Transport\nBridges\nCity hall";
    assert_eq!(short_lines().clean_text(text).text(), text);
}
