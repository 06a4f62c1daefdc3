//! Rules stage: the built-in phrase packs ([`lang`]) and the rules a user adds, compiled once
//! into one [`RuleSet`] that scans a whole document in a single pass and returns the
//! [`Evidence`] of each block.

pub(crate) mod adblock;
pub(crate) mod file;
pub(crate) mod lang;
pub(crate) mod phrases;

use std::ops::Range;
use std::sync::{Arc, LazyLock};

use std::collections::{HashMap, HashSet};

use regex::Regex;

use crate::fx::FxMap;
use crate::input::classes::Classes;
use crate::input::segment::{Block, fold_case};
use crate::{Error, Kind};
use phrases::PhraseSet;

/// What a phrase says about the block it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    /// The heading of an appeal box ("A Message from ...", "Since you're here").
    Header,
    /// "Dear readers,": strong next to an appeal, harmless alone.
    Salutation,
    /// A call to action or a fixed formula of the kind.
    Ask,
    /// Supporting evidence that does not stand alone.
    Cue,
    /// A button or widget label, only when it is the whole block.
    Label,
    /// A line-leading marker ("Read more:", "Compiled by").
    Line,
    /// Site chrome (skip links, comment headings, copyright lines).
    Chrome,
    /// Names of social platforms: they count when they fill most of a short block.
    Platform,
    /// The outlet describing itself ("independent", "non-profit", "reader-funded",
    /// "ad-free", "no paywall"): supporting evidence of an appeal, in any position.
    Outlet,
    /// Reporting verbs: evidence that a block is article body.
    Body,
    /// First-person plural pronouns: the publisher speaking.
    We,
    /// Second-person pronouns: the reader addressed.
    You,
    /// A currency sign: gates the money patterns.
    Money,
    /// A rule the user added.
    User,
}

/// The groups whose weight [`Evidence::groups`] keeps apart.
pub(crate) const GROUP_SLOTS: usize = 8;

impl Group {
    /// Where [`Evidence::groups`] keeps this group's weight, if it keeps it.
    pub(crate) fn slot(self) -> Option<usize> {
        Some(match self {
            Group::Header => 0,
            Group::Salutation => 1,
            Group::Ask | Group::User => 2,
            Group::Cue => 3,
            Group::Label => 4,
            Group::Line => 5,
            Group::Chrome => 6,
            Group::Outlet => 7,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Group::Header => "header",
            Group::Salutation => "salutation",
            Group::Ask => "ask",
            Group::Cue => "cue",
            Group::Label => "label",
            Group::Line => "line",
            Group::Chrome => "chrome",
            Group::Platform => "platform",
            Group::Outlet => "outlet",
            Group::Body => "body",
            Group::We => "we",
            Group::You => "you",
            Group::Money => "money",
            Group::User => "user",
        }
    }
}

/// Where in its block a phrase must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum At {
    Any,
    /// At the start of the block (after any punctuation).
    Start,
    /// The whole block (save punctuation around it).
    Whole,
}

/// A row of a language table.
pub(crate) struct Entry {
    pub group: Group,
    pub kind: Option<Kind>,
    pub at: At,
    pub weight: f32,
    pub max_words: u32,
    pub phrases: &'static [&'static str],
}

/// One language's table.
pub(crate) struct Pack {
    pub lang: &'static str,
    pub entries: &'static [Entry],
    pub we: &'static [&'static str],
    pub you: &'static [&'static str],
}

/// A compiled rule: a phrase or a pattern, with what a match of it means.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub name: Arc<str>,
    pub group: Group,
    pub kind: Option<Kind>,
    pub at: At,
    pub weight: f32,
    pub max_words: u32,
    /// Only the start of the phrase must be a word boundary (a stem such as `donation*`).
    pub stem: bool,
}

/// A rule the user adds through the builder or a rules file.
#[derive(Clone, Debug)]
pub(crate) struct UserRule {
    pub name: String,
    pub kind: Kind,
    /// Sites the rule is for (and their subdomains); empty for every site.
    pub domains: Vec<String>,
    pub matcher: UserMatcher,
}

#[derive(Clone, Debug)]
pub(crate) enum UserMatcher {
    /// Words matched case-insensitively on word boundaries.
    Phrase(String),
    /// A regular expression.
    Pattern(String),
}

/// What the user asked of the built-in rules and which rules they add.
#[derive(Clone, Debug, Default)]
pub(crate) struct RuleConfig {
    /// Languages to use; empty means all.
    pub languages: Vec<String>,
    pub disabled_rules: Vec<String>,
    pub builtin: bool,
    pub user: Vec<UserRule>,
}

/// All rules, compiled: one Aho-Corasick automaton for every phrase, a table of whole-block
/// labels, and a few regexes.
pub(crate) struct RuleSet {
    /// Every rule; the indexes below point here.
    rules: Vec<Rule>,
    /// Domain scope of each rule (user rules only).
    domains: Vec<Vec<String>>,
    phrases: PhraseSet,
    /// The rules of each automaton pattern (one phrase can be, say, a heading at the start of
    /// a block and an ask anywhere).
    phrase_rule: Vec<Vec<u32>>,
    /// Whole-block labels ("Remind me later", "×"), looked up by the block's trimmed text
    /// rather than searched for, since many are common words.
    labels: FxMap<String, Vec<u32>>,
    /// The most words of any label.
    label_words: u32,
    patterns: Vec<(Regex, u32)>,
    /// Built-in patterns, each run only on the blocks its gate lets through.
    gated: Vec<(Regex, u32, Gate)>,
}

/// Which blocks a built-in pattern is worth running on.
#[derive(Clone, Copy, Debug)]
enum Gate {
    /// Blocks with a currency sign or code, and a digit.
    Money,
    /// Short blocks without a space, with a dot.
    OneToken,
    /// Blocks of a few words whose first letter can start a teaser-list heading and whose
    /// last word can end one.
    Short,
}

/// What the rules found in one block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Evidence {
    /// Summed weight of the positive rules that matched.
    pub signal: f32,
    /// The heaviest single rule.
    pub max_rule: f32,
    /// Summed (negative) weight of body evidence.
    pub body: f32,
    pub we: u16,
    pub you: u16,
    pub platform_bytes: u32,
    /// From the first currency sign or code of the block to the end of the last.
    pub money: Option<Range<usize>>,
    /// The block is the heading of a list of links ("Most read", "News Feed").
    pub list_header: bool,
    /// A user's rule matched: the block is cut whatever else it holds.
    pub user: bool,
    /// Weight per kind, indexed like [`Kind::ALL`].
    pub kinds: [f32; 12],
    /// Weight per phrase group, indexed by [`Group::slot`] (header, salutation, ask, cue,
    /// label, line, chrome, outlet): what the fitted model reads of the packs.
    pub groups: [f32; GROUP_SLOTS],
    /// The heaviest rules; indexes point into [`RuleSet::rule`].
    pub top: Top,
}

/// Up to four (rule index, weight) pairs, heaviest first, kept inline: most blocks with
/// evidence have one or two, and a vector would be an allocation per block.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Top {
    items: [(u32, f32); 4],
    len: u8,
}

impl Top {
    fn insert(&mut self, idx: u32, weight: f32) {
        let len = usize::from(self.len);
        let pos = self.items[..len]
            .iter()
            .position(|&(_, w)| w < weight)
            .unwrap_or(len);
        if pos < 4 {
            self.items.copy_within(pos..3, pos + 1);
            self.items[pos] = (idx, weight);
            self.len = (self.len + 1).min(4);
        }
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, (u32, f32)> {
        self.items[..usize::from(self.len)].iter()
    }
}

impl Evidence {
    pub(crate) fn add(&mut self, idx: u32, rule: &Rule, weight: f32) {
        let kind = rule.kind;
        if let Some(slot) = rule.group.slot() {
            self.groups[slot] += weight.max(0.0);
        }
        if weight < 0.0 {
            self.body += weight;
            return;
        }
        self.signal += weight;
        self.max_rule = self.max_rule.max(weight);
        if let Some(k) = kind {
            self.kinds[k as usize] += weight;
        }
        self.top.insert(idx, weight);
    }

    /// The kind with the most weight, if any rule with a kind matched.
    pub(crate) fn kind(&self) -> Option<Kind> {
        let (i, w) =
            self.kinds.iter().enumerate().fold(
                (0, 0.0f32),
                |acc, (i, &w)| if w > acc.1 { (i, w) } else { acc },
            );
        (w > 0.0).then(|| Kind::ALL[i])
    }
}

/// The money-per-period pattern: "$2 a month", "5 € monatlich", "от 300 ₽ в месяц".
const MONEY_PERIOD: &str = r"(?:[$€£₽₴]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£₽₴]|usd|eur|euro|euros|rub|руб\.?|грн|zł|złotych|pln|chf|kr|reais|real|dollars?|гривень|гривні|рублей|рублів))\s*(?:/|a|per|par|pro|im|al|por|в|на|za|ao|na)?\s*(?:month|mo|year|week|mois|an|semaine|monat|jahr|woche|mes|año|semana|mese|anno|settimana|miesiąc|tydzień|mês|ano|месяц|год|неделю|неделя|місяць|рік|тиждень|miesięcznie|al mese|par mois)";
/// The heading of a list of teasers: "More Great WIRED Stories", "Latest news", "Top reads".
const LIST_HEADING: &str = r"^(?:more|other|latest|top|related|recommended|popular|trending)(?-u:\b)[^.!?]{0,40}?(?-u:\b)(?:stories|news|articles|posts|reads|headlines|videos|coverage)\W*$";
/// The nouns that end a [`LIST_HEADING`]: a block that ends otherwise need not run it.
const LIST_NOUNS: [&str; 8] = [
    "stories",
    "news",
    "articles",
    "posts",
    "reads",
    "headlines",
    "videos",
    "coverage",
];
/// An image file name alone on a line: alt text or a caption that leaked.
const IMAGE_FILE: &str = r"(?m)^\s*[\w\-.]+\.(?:jpe?g|png|gif|webp|svg|avif)\s*$";

pub(crate) static BUILTIN: LazyLock<Arc<RuleSet>> = LazyLock::new(|| {
    Arc::new(
        RuleSet::build(&RuleConfig {
            builtin: true,
            ..Default::default()
        })
        .expect("built-in rules compile"),
    )
});

impl RuleSet {
    pub(crate) fn build(config: &RuleConfig) -> Result<RuleSet, Error> {
        let mut set = RuleSet {
            rules: Vec::new(),
            domains: Vec::new(),
            phrases: PhraseSet::new(&[], &[])?,
            phrase_rule: Vec::new(),
            labels: FxMap::default(),
            label_words: 0,
            patterns: Vec::new(),
            gated: Vec::new(),
        };
        let mut texts: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        let enabled = |name: &str| {
            !config.disabled_rules.iter().any(|d| {
                name == d
                    || name
                        .strip_prefix(d.as_str())
                        .is_some_and(|rest| rest.starts_with(':') || rest.starts_with('.'))
            })
        };
        let mut pattern_of: HashMap<String, usize> = HashMap::new();
        let mut add_phrase = |set: &mut RuleSet, text: &str, rule: Rule, domains: &[String]| {
            let (text, stem) = match text.strip_suffix('*') {
                Some(t) => (t, true),
                None => (text, false),
            };
            let folded = fold_case(text).into_owned();
            let mut variants = vec![folded.clone()];
            if folded.contains('\'') {
                variants.push(folded.replace('\'', "’"));
            }
            for v in variants {
                // Built-in packs share phrases across languages: the first pack's row for a
                // phrase and position wins. A user's rule always counts.
                if rule.group != Group::User && !seen.insert((v.clone(), rule.at)) {
                    continue;
                }
                let idx = set.rules.len() as u32;
                set.rules.push(Rule {
                    stem,
                    ..rule.clone()
                });
                set.domains.push(domains.to_vec());
                if rule.at == At::Whole {
                    set.label_words = set.label_words.max(crate::input::segment::count_words(&v));
                    set.labels
                        .entry(label_key(&v).to_string())
                        .or_default()
                        .push(idx);
                } else if let Some(&p) = pattern_of.get(&v) {
                    set.phrase_rule[p].push(idx);
                } else {
                    pattern_of.insert(v.clone(), texts.len());
                    texts.push(v);
                    set.phrase_rule.push(vec![idx]);
                }
            }
        };
        if config.builtin {
            for pack in lang::ALL {
                if !config.languages.is_empty()
                    && pack.lang != "xx"
                    && !config.languages.iter().any(|l| l == pack.lang)
                {
                    continue;
                }
                for entry in pack.entries {
                    for phrase in entry.phrases {
                        let name = format!(
                            "{}.{}:{}",
                            pack.lang,
                            entry.group.name(),
                            phrase.trim_end_matches('*')
                        );
                        if !enabled(&name) {
                            continue;
                        }
                        let rule = Rule {
                            name: name.into(),
                            group: entry.group,
                            kind: entry.kind,
                            at: entry.at,
                            weight: entry.weight,
                            max_words: entry.max_words,
                            stem: false,
                        };
                        add_phrase(&mut set, phrase, rule, &[]);
                    }
                }
                for (group, words) in [(Group::We, pack.we), (Group::You, pack.you)] {
                    for w in words {
                        let rule = Rule {
                            name: format!("{}.{}:{}", pack.lang, group.name(), w).into(),
                            group,
                            kind: None,
                            at: At::Any,
                            weight: 0.0,
                            max_words: 0,
                            stem: false,
                        };
                        add_phrase(&mut set, w, rule, &[]);
                    }
                }
            }
        }
        for p in &config.user {
            let UserMatcher::Phrase(text) = &p.matcher else {
                continue;
            };
            // A stem's `*` is not part of the phrase: "*" alone is empty too.
            if text.trim().trim_end_matches('*').trim().is_empty() {
                return Err(Error::rule(&p.name, "the phrase is empty"));
            }
            let rule = Rule {
                name: p.name.clone().into(),
                group: Group::User,
                kind: Some(p.kind),
                at: At::Any,
                weight: USER_WEIGHT,
                max_words: 0,
                stem: false,
            };
            add_phrase(&mut set, text.trim(), rule, &p.domains);
        }
        let stems: Vec<bool> = set
            .phrase_rule
            .iter()
            .map(|rules| rules.iter().any(|&i| set.rules[i as usize].stem))
            .collect();
        set.phrases = PhraseSet::new(&texts, &stems)?;

        if config.builtin {
            let builtin = [
                (
                    MONEY_PERIOD,
                    "xx.cue:money-per-period",
                    Group::Cue,
                    Some(Kind::Donation),
                    At::Any,
                    1.0,
                    false,
                    Gate::Money,
                ),
                (
                    LIST_HEADING,
                    "en.line:more-stories-heading",
                    Group::Line,
                    Some(Kind::Related),
                    At::Whole,
                    3.0,
                    false,
                    Gate::Short,
                ),
                (
                    IMAGE_FILE,
                    "xx.chrome:image-file-name",
                    Group::Chrome,
                    Some(Kind::Other),
                    At::Whole,
                    3.0,
                    true,
                    Gate::OneToken,
                ),
            ];
            for (re, name, group, kind, at, weight, stem, gate) in builtin {
                if !enabled(name) {
                    continue;
                }
                let idx = set.rules.len() as u32;
                set.rules.push(Rule {
                    name: name.into(),
                    group,
                    kind,
                    at,
                    weight,
                    max_words: 0,
                    stem,
                });
                set.domains.push(Vec::new());
                set.gated.push((
                    Regex::new(re).expect("built-in pattern compiles"),
                    idx,
                    gate,
                ));
            }
        }
        for p in &config.user {
            let UserMatcher::Pattern(pattern) = &p.matcher else {
                continue;
            };
            // Patterns run on case-folded text; case-insensitive matching covers the
            // characters that folding leaves alone, and `^`/`$` match at each block.
            let re = regex::RegexBuilder::new(pattern)
                .case_insensitive(true)
                .multi_line(true)
                .size_limit(1 << 22)
                .build()
                .map_err(|e| Error::rule(&p.name, format!("bad regular expression: {e}")))?;
            if re.is_match("") {
                return Err(Error::rule(&p.name, "the pattern matches the empty string"));
            }
            let idx = set.rules.len() as u32;
            set.rules.push(Rule {
                name: p.name.clone().into(),
                group: Group::User,
                kind: Some(p.kind),
                at: At::Any,
                weight: USER_WEIGHT,
                max_words: 0,
                stem: true,
            });
            set.domains.push(p.domains.clone());
            set.patterns.push((re, idx));
        }
        Ok(set)
    }

    /// The rule at `idx` of [`Evidence::top`].
    pub(crate) fn rule(&self, idx: u32) -> &Rule {
        &self.rules[idx as usize]
    }

    fn in_scope(&self, idx: u32, host: Option<&str>) -> bool {
        let domains = &self.domains[idx as usize];
        domains.is_empty() || domains.iter().any(|d| host_matches(host, d))
    }

    /// Scans `folded` (the case-folded document, see [`fold_case`]) once and returns the
    /// evidence of each block. `host` scopes user rules to a site.
    pub(crate) fn scan(
        &self,
        folded: &str,
        classes: &Classes,
        blocks: &[Block],
        host: Option<&str>,
    ) -> Vec<Evidence> {
        let mut ev = vec![Evidence::default(); blocks.len()];
        if blocks.is_empty() {
            return ev;
        }
        let bytes = folded.as_bytes();
        // The last block each rule fired in, so that a rule counts once a block.
        let mut last_block = vec![u32::MAX; self.rules.len()];
        // Matches come in order, so the block a match falls in is found by walking forward.
        let mut cursor = 0;
        let mut apply = |idx: u32, start: usize, end: usize, ev: &mut [Evidence]| {
            let rule = &self.rules[idx as usize];
            if !word_boundary(folded, start, end, rule.stem) {
                return;
            }
            if blocks.get(cursor).is_none_or(|b| b.range.start > start) {
                cursor = blocks.partition_point(|b| b.range.end <= start);
            }
            while blocks.get(cursor).is_some_and(|b| b.range.end <= start) {
                cursor += 1;
            }
            let b = cursor;
            let Some(block) = blocks.get(b) else { return };
            if start < block.range.start || end > block.range.end {
                return;
            }
            let mut weight = rule.weight;
            if rule.max_words > 0 && block.words > rule.max_words {
                // A salutation that runs into its letter ("DEAR READERS: We are ...") still
                // counts, for less.
                if rule.group != Group::Salutation {
                    return;
                }
                weight = RUN_IN_SALUTATION;
            }
            match rule.at {
                At::Any => {}
                At::Start => {
                    if has_word_char(&folded[block.range.start..start]) {
                        return;
                    }
                }
                At::Whole => {
                    if has_word_char(&folded[block.range.start..start])
                        || has_word_char(&folded[end..block.range.end])
                    {
                        return;
                    }
                }
            }
            let e = &mut ev[b];
            match rule.group {
                Group::We => e.we = e.we.saturating_add(1),
                Group::You => e.you = e.you.saturating_add(1),
                Group::Platform => e.platform_bytes += (end - start) as u32,
                Group::Money => {
                    e.money = Some(match e.money.take() {
                        Some(r) => r.start.min(start)..r.end.max(end),
                        None => start..end,
                    })
                }
                _ => {
                    if last_block[idx as usize] == b as u32 {
                        return;
                    }
                    last_block[idx as usize] = b as u32;
                    e.user |= rule.group == Group::User;
                    if rule.group == Group::Line
                        && rule.kind == Some(Kind::Related)
                        && block.words <= 6
                    {
                        e.list_header = true;
                    }
                    e.add(idx, rule, weight);
                }
            }
        };
        self.phrases.find(folded, classes, |pattern, start, end| {
            for &idx in &self.phrase_rule[pattern as usize] {
                if self.in_scope(idx, host) {
                    apply(idx, start, end, &mut ev);
                }
            }
        });
        for (b, block) in blocks.iter().enumerate() {
            if block.words > MAX_LABEL_ROW {
                continue;
            }
            let text = &folded[block.range.clone()];
            if let Some(found) = self.labels.get(label_key(text)) {
                for &idx in found {
                    if self.in_scope(idx, host) {
                        let rule = &self.rules[idx as usize];
                        ev[b].add(idx, rule, rule.weight);
                    }
                }
            } else if block.words > 1 {
                for idx in self.label_row(text) {
                    if self.in_scope(idx, host) {
                        let rule = &self.rules[idx as usize];
                        ev[b].add(idx, rule, rule.weight);
                    }
                }
            }
        }
        for (re, idx) in &self.patterns {
            if !self.in_scope(*idx, host) {
                continue;
            }
            for m in re.find_iter(folded) {
                let (mut s, mut e) = (m.start(), m.end());
                // A match across lines counts for the block it starts in.
                while s < e && bytes[s].is_ascii_whitespace() {
                    s += 1;
                }
                while e > s && bytes[e - 1].is_ascii_whitespace() {
                    e -= 1;
                }
                let b = blocks.partition_point(|b| b.range.end <= s);
                if let Some(block) = blocks.get(b) {
                    e = e.min(block.range.end);
                }
                apply(*idx, s, e, &mut ev);
            }
        }
        for (re, idx, gate) in &self.gated {
            for (b, block) in blocks.iter().enumerate() {
                let range = block.range.clone();
                let window = match gate {
                    // Every form of the pattern has a digit, and its amount and period stand
                    // next to the sign or code.
                    Gate::Money => ev[b]
                        .money
                        .clone()
                        .map(|m| money_window(folded, range, m))
                        .filter(|w| folded.as_bytes()[w.clone()].iter().any(u8::is_ascii_digit)),
                    Gate::OneToken => {
                        let text = &folded[range.clone()];
                        (block.words <= 4 && !text.contains(' ') && text.contains('.'))
                            .then_some(range)
                    }
                    Gate::Short => (block.words <= 6
                        && matches!(
                            folded.as_bytes()[range.start],
                            b'm' | b'o' | b'l' | b't' | b'r' | b'p'
                        )
                        && LIST_NOUNS.iter().any(|noun| {
                            folded[range.clone()]
                                .trim_end_matches(|c: char| !c.is_alphanumeric())
                                .ends_with(noun)
                        }))
                    .then_some(range),
                };
                let Some(window) = window else {
                    continue;
                };
                let offset = window.start;
                for m in re.find_iter(&folded[window]) {
                    apply(*idx, offset + m.start(), offset + m.end(), &mut ev);
                }
            }
        }
        ev
    }
}

/// Where in `block` an amount per period can stand, given the span of its currency signs
/// and codes: the span widened by [`MONEY_REACH`] on each side, and over the digits of a
/// long amount.
fn money_window(folded: &str, block: Range<usize>, money: Range<usize>) -> Range<usize> {
    let bytes = folded.as_bytes();
    let amount = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ');
    let mut start = money.start.saturating_sub(MONEY_REACH).max(block.start);
    while !folded.is_char_boundary(start) {
        start -= 1;
    }
    while start > block.start && amount(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = (money.end + MONEY_REACH).min(block.end);
    while !folded.is_char_boundary(end) {
        end += 1;
    }
    while end < block.end && amount(bytes[end]) {
        end += 1;
    }
    start..end
}

/// Bytes around a currency sign or code that the money pattern reads ("300 000 ₽ в месяц").
const MONEY_REACH: usize = 48;

/// The most words of a row of buttons ("Continue Remind me later").
const MAX_LABEL_ROW: u32 = 8;

impl RuleSet {
    /// The labels that a short block is made of, when it is a row of them ("Donate now
    /// Maybe later"); empty when some word is not part of a label.
    fn label_row(&self, text: &str) -> Vec<u32> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let n = words.len();
        // reach[i]: the labels that cover the first i words, if they can be covered.
        let mut reach: Vec<Option<Vec<u32>>> = vec![None; n + 1];
        reach[0] = Some(Vec::new());
        let mut key = String::new();
        for i in 0..n {
            let Some(before) = reach[i].clone() else {
                continue;
            };
            key.clear();
            for j in i + 1..=n.min(i + self.label_words as usize) {
                if j > i + 1 {
                    key.push(' ');
                }
                key.push_str(words[j - 1]);
                if let Some(found) = self.labels.get(label_key(&key)) {
                    if reach[j].is_none() {
                        let mut v = before.clone();
                        v.push(found[0]);
                        reach[j] = Some(v);
                    }
                }
            }
        }
        reach[n].take().unwrap_or_default()
    }
}

/// A label's lookup key: the text without the punctuation and white space around it
/// ("Remind me later." and "remind me later" are one label). A label of symbols only ("×")
/// is its own key.
fn label_key(text: &str) -> &str {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() { text.trim() } else { t }
}

/// What a salutation at the start of a long block counts for.
const RUN_IN_SALUTATION: f32 = 1.5;

/// Weight of a user rule: an anchor by itself.
const USER_WEIGHT: f32 = 5.0;

/// True when `host` is `domain` or one of its subdomains.
pub(crate) fn host_matches(host: Option<&str>, domain: &str) -> bool {
    let Some(host) = host else { return false };
    let host = host.trim_end_matches('.');
    host.eq_ignore_ascii_case(domain)
        || (host.len() > domain.len()
            && host.as_bytes()[host.len() - domain.len() - 1] == b'.'
            && host[host.len() - domain.len()..].eq_ignore_ascii_case(domain))
}

fn has_word_char(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// A phrase or pattern match must not start inside a word, nor end inside one unless it
/// is a stem.
fn word_boundary(text: &str, start: usize, end: usize, stem: bool) -> bool {
    !phrases::splits_word(text, start) && (stem || !phrases::splits_word(text, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::segment::lines;

    fn scan(text: &str) -> Vec<Evidence> {
        let folded = fold_case(text);
        let classes = Classes::new(folded.as_bytes());
        BUILTIN.scan(&folded, &classes, &lines(text), None)
    }

    #[test]
    fn header_must_start_the_block() {
        let ev = scan(
            "A Message from The Moscow Times:\nHe read a message from the mayor aloud to the crowd.",
        );
        assert!(ev[0].max_rule >= 4.0, "{:?}", ev[0]);
        assert!(ev[1].max_rule < 3.0, "{:?}", ev[1]);
    }

    #[test]
    fn labels_match_only_whole_blocks() {
        let ev = scan("Remind me later.\nShe said she would remind me later about it.");
        assert!(ev[0].max_rule >= 3.0);
        assert!(ev[1].max_rule < 3.0);
    }

    #[test]
    fn phrases_need_word_boundaries() {
        // "us" inside "bus" and "ad" inside "shadow" are not matches.
        let ev = scan("The bus drove on.\nShadow");
        assert_eq!(ev[0].we, 0);
        assert_eq!(ev[1].signal, 0.0);
    }

    #[test]
    fn non_latin_scripts_match() {
        let ev = scan("Поддержите The Moscow Times\nПодписывайтесь на Русскую службу в Telegram");
        assert!(ev[0].max_rule >= 3.0);
        assert_eq!(ev[1].kind(), Some(Kind::Social));
    }

    #[test]
    fn money_per_period_pattern() {
        let ev = scan("Support us from just $2 a month.");
        assert!(
            ev[0]
                .top
                .iter()
                .any(|&(i, _)| BUILTIN.rule(i).name.contains("money"))
        );
    }

    #[test]
    fn money_pattern_reads_around_the_sign() {
        let far = format!(
            "{} Поддержите нас: от 1 000 000 ₽ в месяц.",
            "слово ".repeat(40)
        );
        for text in [
            "Give 1,000,000.00 euros a month.",
            "Donate $5 per month or more.",
            far.as_str(),
        ] {
            let ev = scan(text);
            assert!(
                ev[0]
                    .top
                    .iter()
                    .any(|&(i, _)| BUILTIN.rule(i).name.contains("money")),
                "{text}"
            );
        }
        // The window: the span of signs and codes, widened, and over a long amount.
        let text = "abc 123,456,789,012,345,678,901,234,567,890,123,456,789 usd a month xyz";
        let code = text.find("usd").unwrap();
        let w = money_window(text, 0..text.len(), code..code + 3);
        assert_eq!(w.start, 3);
        assert!(text[w].ends_with("a month xyz"));
    }

    #[test]
    fn top_keeps_the_four_heaviest_in_order() {
        let mut top = Top::default();
        for (i, w) in [(0, 1.0), (1, 3.0), (2, 2.0), (3, 3.0), (4, 0.5), (5, 4.0)] {
            top.insert(i, w);
        }
        assert_eq!(
            top.iter().copied().collect::<Vec<_>>(),
            [(5, 4.0), (1, 3.0), (3, 3.0), (2, 2.0)]
        );
    }

    #[test]
    fn host_matching_covers_subdomains() {
        assert!(host_matches(Some("www.example.com"), "example.com"));
        assert!(host_matches(Some("example.com"), "example.com"));
        assert!(!host_matches(Some("badexample.com"), "example.com"));
        assert!(!host_matches(None, "example.com"));
    }
}
