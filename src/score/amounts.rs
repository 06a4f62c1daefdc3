//! Donation ladders: the rows of amounts a box offers ("€5 / €10 / €25", "₹250"), read by
//! their shape (round amounts, a currency, few other words) in any language.

use super::*;

/// The score of a line of a donation widget's amount ladder.
pub(super) const LADDER_SCORE: f32 = 2.0;
/// The most words of a line that is an amount alone ("10 €", "$5.000 por mes").
const AMOUNT_WORDS: u32 = 5;
/// The most words besides the amount's (its period: "por mes", "τον μήνα").
const AMOUNT_OTHER_WORDS: usize = 3;

/// Block `b` as one rung of a widget's ladder, a round amount alone with its currency and
/// at most a period's words ("₹100", "5€ τον μήνα", "$3.000 por mes"): its value, and its
/// text without the figures (lower case) that the next rung must share.
pub(super) fn amount_line(b: &Block, ev: &Evidence, text: &str) -> Option<(u64, String)> {
    if b.words > AMOUNT_WORDS || b.words == 0 {
        return None;
    }
    // A label before the amount ("Sanierung Hallenbad: 1,2 Millionen Euro") makes the line
    // an item of the story's list of facts: the rung opens with its amount.
    let line = &text[b.range.clone()];
    if line.contains(':') {
        return None;
    }
    let money = ev.money.clone().unwrap_or_default();
    let mut currency = false;
    let mut value = None;
    let mut other = 0;
    for t in line.split_whitespace() {
        let at = b.range.start + offset_in(line, t);
        if at < money.end && at + t.len() > money.start {
            currency = true;
            if at >= money.start && at + t.len() <= money.end {
                continue;
            }
        }
        let bare = t.trim_matches(crate::rules::is_currency_sign);
        currency |= bare.len() < t.len();
        if bare.bytes().any(|c| c.is_ascii_digit()) {
            if value.is_some() {
                return None;
            }
            value = Some(whole_amount(bare)?);
        } else if bare.chars().any(char::is_alphanumeric) {
            // A word before the amount is a label.
            value?;
            other += 1;
        }
    }
    let round = value.is_some_and(round_amount);
    let shape = || {
        line.chars()
            .filter(|c| !c.is_ascii_digit() && !matches!(c, '.' | ',' | '\''))
            .collect::<String>()
            .to_lowercase()
    };
    value
        .filter(|_| currency && round && other <= AMOUNT_OTHER_WORDS)
        .map(|v| (v, shape()))
}

/// The fewest amounts of a ladder on one line.
const ROW_AMOUNTS: usize = 3;
/// The most letters of a currency written as a word or glued before the amount ("сом",
/// "kr", "R").
const UNIT_CHARS: usize = 4;
/// The most words of such a line.
const ROW_WORDS: u32 = 12;

/// Block `b` as a donation widget's ladder on one line: three round amounts or more, each
/// with its currency sign, rising, side by side, then the words for another amount in any
/// script ("5 € 10 € 25 € Autre montant", "$50 $100 $200 Otra cantidad", "5$ 10$ 25$ مبلغ
/// آخر"). A story's prices have labels ("Erwachsene 15 € 20 € 25 €", "Tickets: €5"), items
/// between them ("Small $5 Medium $6"), cents, or a line of their own that the one above
/// introduces ("... the new prices are as follows:"), and no such words.
pub(super) fn amount_row(blocks: &[Block], i: usize, text: &str) -> bool {
    let b = &blocks[i];
    if b.words > ROW_WORDS || b.words < ROW_AMOUNTS as u32 {
        return false;
    }
    let line = &text[b.range.clone()];
    // (The cheap tests first: most short blocks open with a word and hold no figure.)
    let first = line.split_whitespace().next().unwrap_or("");
    if first.starts_with(|c: char| c.is_ascii_alphabetic())
        && !first.bytes().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if !line.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // A currency no sign writes stands as a short word beside each amount, or as letters
    // glued before it, the same each time ("100 сом 300 сом 500 сом", "R50 R100 R250").
    let unit = line
        .split_whitespace()
        .filter(|t| t.chars().count() <= UNIT_CHARS && t.chars().all(char::is_alphabetic))
        .find(|u| line.split_whitespace().filter(|t| t == u).count() >= ROW_AMOUNTS);
    let prefix = first.find(|c: char| c.is_ascii_digit()).and_then(|k| {
        let p = &first[..k];
        (k > 0 && p.chars().count() <= UNIT_CHARS && p.chars().all(char::is_alphabetic))
            .then_some(p)
    });
    let prefix = prefix.filter(|p| {
        line.split_whitespace()
            .filter(|t| {
                t.strip_prefix(p)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            })
            .count()
            >= ROW_AMOUNTS
    });
    if prefix.is_none() && text.as_bytes()[b.range.start].is_ascii_alphabetic() {
        return false;
    }
    let sign = |t: &str| {
        !t.is_empty() && (t.chars().all(crate::rules::is_currency_sign) || unit == Some(t))
    };
    // The line opens with an amount or its sign (no label before it).
    let opens_with_amount = || sign(first) || first.bytes().take(4).any(|c| c.is_ascii_digit());
    let after_colon = || i > 0 && ends_in_colon(&blocks[i - 1], text);
    if !opens_with_amount() || line.contains(':') || after_colon() {
        return false;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let (mut values, mut other) = (Vec::new(), 0);
    for (k, t) in tokens.iter().enumerate() {
        if sign(t) {
            continue;
        }
        let glued = prefix.and_then(|p| t.strip_prefix(p));
        let bare = glued
            .unwrap_or(t)
            .trim_matches(crate::rules::is_currency_sign);
        if !bare.bytes().any(|c| c.is_ascii_digit()) {
            other += 1;
            continue;
        }
        if other > 0 {
            // A word before an amount: a label or an item.
            return false;
        }
        let signed = bare.len() < t.len()
            || (k > 0 && sign(tokens[k - 1]))
            || tokens.get(k + 1).is_some_and(|n| sign(n));
        match whole_amount(bare) {
            Some(v) if signed => values.push(v),
            _ => return false,
        }
    }
    values.len() >= ROW_AMOUNTS
        && (1..=AMOUNT_OTHER_WORDS).contains(&other)
        && values.iter().all(|&v| round_amount(v))
        && values.windows(2).all(|w| w[0] < w[1])
}

/// Whether `v` is a round sum, as a widget offers ("5", "250", "3.000"): two significant
/// digits at most. A story's figures are as often not ("$2,150", "$2,380").
fn round_amount(mut v: u64) -> bool {
    while v > 0 && v % 10 == 0 {
        v /= 10;
    }
    v < 100
}

/// A whole amount written with or without thousands separators ("5", "3.000", "10,000",
/// "1'000"); none with cents ("341,44"), which a price table or a loan's rates has.
fn whole_amount(t: &str) -> Option<u64> {
    let groups: Vec<&str> = t.split(['.', ',', '\'']).collect();
    let (first, rest) = groups.split_first()?;
    if first.is_empty()
        || first.len() > 6
        || !first.bytes().all(|c| c.is_ascii_digit())
        || rest
            .iter()
            .any(|g| g.len() != 3 || !g.bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    groups.concat().parse().ok()
}
