//! Compiling: the enabled rows of every pack, the user's phrases and patterns, and the
//! built-in patterns become one [`RuleSet`].

use super::lang::common::Common;
use std::collections::hash_map::Entry;

use regex::Regex;

use super::builtin::PATTERNS;
use super::phrases::PhraseSet;
use super::vocab::{At, Group, Rule};
use super::{RuleSet, lang};
use crate::fx::FxMap;
use crate::input::compose::strip_vowel_marks;
use crate::input::segment::fold_case;
use crate::{Error, Kind};

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

impl UserRule {
    /// The compiled rule: an anchor by itself wherever it matches.
    fn rule(&self, stem: bool) -> Rule {
        Rule {
            name: self.name.clone().into(),
            group: Group::User,
            kind: Some(self.kind),
            at: At::Any,
            weight: USER_WEIGHT,
            max_words: 0,
            stem,
            pronouns: (0, 0),
        }
    }
}

impl RuleSet {
    pub(crate) fn build(config: &RuleConfig) -> Result<RuleSet, Error> {
        let mut set = RuleSet {
            rules: Vec::new(),
            domains: Vec::new(),
            phrases: PhraseSet::new(&[], &[])?,
            phrase_rules: Vec::new(),
            phrase_at: Vec::new(),
            scoped: false,
            labels: FxMap::default(),
            label_words: 0,
            patterns: Vec::new(),
            gated: Vec::new(),
            common: Common::new(match (config.builtin, config.languages.is_empty()) {
                (false, _) => Some(&[]),
                (true, true) => None,
                (true, false) => Some(&config.languages),
            }),
            shared_pronouns: FxMap::default(),
            capitals: Vec::new(),
        };
        check_languages(&config.languages)?;
        if config.builtin {
            check_disabled(&config.disabled_rules)?;
        }
        let mut texts: Vec<String> = Vec::new();
        // The pack that holds each phrase, position and meaning (evidence or counter).
        let mut seen: FxMap<(String, At, bool), &str> = FxMap::default();
        let enabled = |name: &str| !config.disabled_rules.iter().any(|d| names(d, name));
        let mut pattern_of: FxMap<String, usize> = FxMap::default();
        let mut phrase_rule: Vec<Vec<u32>> = Vec::new();
        let mut add_phrase =
            |set: &mut RuleSet, text: &str, rule: Rule, domains: &[String], lang: &'static str| {
                let dotted_i = DOTTED_I.contains(&lang);
                let (text, stem) = match text.strip_suffix('*') {
                    Some(t) => (t, true),
                    None => (text, false),
                };
                let folded = fold_phrase(text);
                let mut variants = vec![folded.clone()];
                if folded.contains('\'') {
                    variants.push(folded.replace('\'', "’"));
                }
                if dotted_i {
                    variants.extend(capital_dotted_i(&folded));
                }
                // A label's colon form as French typography and many sites set it, a space
                // before the colon ("อ่านข่าวเพิ่มเติม : ...", "Lesen Sie auch : ..."). Both
                // forms of the dotted I too.
                let spaced: Vec<String> = variants
                    .iter()
                    .filter_map(|v| v.strip_suffix(':'))
                    .filter(|bare| bare.chars().next_back().is_some_and(|c| !c.is_whitespace()))
                    .map(|bare| format!("{bare} :"))
                    .collect();
                variants.extend(spaced);
                for v in variants {
                    // Built-in packs share phrases across languages: the first pack's rows for a
                    // phrase and position win. Within a pack, a later row of the same phrase and
                    // position counts where the earlier ones do not (see `Rule::counter`); a
                    // label has no such case. A user's rule always counts.
                    if rule.group != Group::User {
                        let counter = rule.counter();
                        match seen.entry((v.clone(), rule.at, counter)) {
                            Entry::Vacant(e) => {
                                e.insert(lang);
                            }
                            Entry::Occupied(e) => {
                                if *e.get() != lang || rule.at == At::Whole || counter {
                                    continue;
                                }
                            }
                        }
                    }
                    let idx = set.rules.len() as u32;
                    set.rules.push(Rule {
                        stem,
                        ..rule.clone()
                    });
                    set.domains.push(domains.to_vec());
                    if rule.at == At::Whole {
                        set.label_words =
                            set.label_words.max(crate::input::segment::count_words(&v));
                        set.labels
                            .entry(label_key(&v).to_string())
                            .or_default()
                            .push(idx);
                    } else if let Some(&p) = pattern_of.get(&v) {
                        phrase_rule[p].push(idx);
                    } else {
                        pattern_of.insert(v.clone(), texts.len());
                        texts.push(v);
                        phrase_rule.push(vec![idx]);
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
                let (we, you) = (lower_forms(pack.we), lower_forms(pack.you));
                for entry in pack.entries {
                    for phrase in entry.phrases {
                        let name = rule_name(pack.lang, entry.group, phrase);
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
                            pronouns: (pronouns_in(phrase, &we), pronouns_in(phrase, &you)),
                        };
                        add_phrase(&mut set, phrase, rule, &[], pack.lang);
                    }
                }
                for (group, words) in [(Group::We, pack.we), (Group::You, pack.you)] {
                    for w in words {
                        let rule = Rule {
                            name: rule_name(pack.lang, group, w).into(),
                            group,
                            kind: None,
                            at: At::Any,
                            weight: 0.0,
                            max_words: 0,
                            stem: false,
                            pronouns: (0, 0),
                        };
                        add_phrase(&mut set, w, rule, &[], pack.lang);
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
            add_phrase(&mut set, text.trim(), p.rule(false), &p.domains, "");
        }
        let stems: Vec<bool> = phrase_rule
            .iter()
            .map(|rules| rules.iter().any(|&i| set.rules[i as usize].stem))
            .collect();
        set.phrases = PhraseSet::new(&texts, &stems)?;
        add_label_prefixes(&mut set.labels);
        set.phrase_at.push(0);
        for rules in &phrase_rule {
            set.phrase_rules.extend_from_slice(rules);
            set.phrase_at.push(set.phrase_rules.len() as u32);
        }

        if config.builtin {
            for p in &PATTERNS {
                if !enabled(p.name) {
                    continue;
                }
                let idx = set.rules.len() as u32;
                set.rules.push(Rule {
                    name: p.name.into(),
                    group: p.group,
                    kind: p.kind,
                    at: p.at,
                    weight: p.weight,
                    max_words: 0,
                    stem: p.stem,
                    pronouns: (0, 0),
                });
                set.domains.push(Vec::new());
                set.gated.push((
                    Regex::new(&fold_pattern(p.pattern)).expect("built-in pattern compiles"),
                    idx,
                    p.gate,
                ));
            }
        }
        for p in &config.user {
            let UserMatcher::Pattern(pattern) = &p.matcher else {
                continue;
            };
            // Patterns run on case-folded text; case-insensitive matching covers the
            // characters that folding leaves alone, and `^`/`$` match at each block.
            let re = regex::RegexBuilder::new(&fold_pattern(pattern))
                .case_insensitive(true)
                .multi_line(true)
                .size_limit(1 << 22)
                .build()
                .map_err(|e| Error::rule(&p.name, format!("bad regular expression: {e}")))?;
            if re.is_match("") {
                return Err(Error::rule(&p.name, "the pattern matches the empty string"));
            }
            let idx = set.rules.len() as u32;
            set.rules.push(p.rule(true));
            set.domains.push(p.domains.clone());
            set.patterns.push((re, idx));
        }
        set.scoped = set.domains.iter().any(|d| !d.is_empty());
        set.shared_pronouns = shared_pronouns(&set);
        // A pronoun the pack writes with a capital counts only so written (its rule's name
        // keeps the pack's spelling).
        set.capitals = (0..set.rules.len() as u32)
            .filter(|&i| {
                let r = &set.rules[i as usize];
                matches!(r.group, Group::We | Group::You)
                    && r.name
                        .split_once(':')
                        .is_some_and(|(_, w)| w.starts_with(char::is_uppercase))
            })
            .collect();
        Ok(set)
    }
}

/// A label's lookup key: the text without the punctuation and white space around it
/// ("Remind me later." and "remind me later" are one label). A label of symbols only ("×")
/// is its own key.
pub(super) fn label_key(text: &str) -> &str {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() { text.trim() } else { t }
}

/// Adds to `labels`, with no rules, the keys of the labels' leading words: of each label,
/// the [`label_key`] of its text before each space ("remind", "remind me" for "remind me
/// later"). A row of labels must begin with one, and
/// [`starts_with_label`](RuleSet::starts_with_label) joins the block's first words one at a
/// time: once the joined words hold a letter or digit and their key is neither a label nor
/// one of these, no longer join can be a label (its key would begin with the joined words
/// and a space), and the block is no row. Most short blocks are found out at their first
/// word, where every join was looked up.
fn add_label_prefixes(labels: &mut FxMap<String, Vec<u32>>) {
    let mut prefixes = Vec::new();
    for label in labels.keys() {
        for (i, _) in label.match_indices(' ') {
            let key = label_key(&label[..i]);
            if !labels.contains_key(key) {
                prefixes.push(key.to_string());
            }
        }
    }
    for key in prefixes {
        labels.entry(key).or_default();
    }
}

/// Weight of a user rule: an anchor by itself.
const USER_WEIGHT: f32 = 5.0;

/// True when `pattern` names the rule `name`: the whole name, or a family of it (a prefix
/// that ends a part of the name: `en`, `en.label`).
fn names(pattern: &str, name: &str) -> bool {
    name == pattern
        || name
            .strip_prefix(pattern)
            .is_some_and(|rest| rest.starts_with(':') || rest.starts_with('.'))
}

/// The name a pack row's phrase reports and `disable_rule` takes: `en.label:remind me later`
/// (a stem's `*` left out).
/// The languages written with a dotted capital I (`İ`), whose lower case `i̇` is longer in
/// UTF-8 than `İ`: case folding, which keeps every offset, leaves it as it is.
const DOTTED_I: [&str; 2] = ["tr", "az"];

/// A phrase of such a language as it is folded when its words are capitalised ("İlgili
/// haberler", "Daha Fazla İçerik") or all in capitals ("İLGİLİ HABERLER" folds to
/// "İlgİlİ haberler"): the words' first `i` written `İ`, and every `i` written `İ`.
pub(super) fn capital_dotted_i(folded: &str) -> Vec<String> {
    let mut initials = String::with_capacity(folded.len() + 4);
    let mut word_start = true;
    for c in folded.chars() {
        initials.push(if c == 'i' && word_start { 'İ' } else { c });
        word_start = !c.is_alphanumeric();
    }
    let all = folded.replace('i', "İ");
    let mut out = Vec::new();
    for v in [initials, all] {
        if v != folded && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// A phrase as the matcher reads it: case-folded, without Arabic vowel marks (the text is
/// read without them).
pub(crate) fn fold_phrase(phrase: &str) -> String {
    strip_vowel_marks(&fold_case(phrase)).into_owned()
}

/// A regular expression as the matcher reads it: its letters beyond ASCII folded as the text
/// is (the Arabic yeh and kaf as the Persian letters, Greek vowels without their accents),
/// so that "الرئيسية" and "αρχική" match the text they name. Only letters the folding maps
/// to one of the same length are changed, and nothing is dropped (a quantifier keeps what it
/// applies to). Inside a class a letter keeps its place and its folded form joins it; the
/// ends of a range stay as written (`[À-ÿ]`). ASCII, where escapes and classes are written
/// (`\S`, `\P{L}`), is left as it is.
pub(super) fn fold_pattern(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut buf = [0; 4];
    // How deep in classes, and where the innermost class's items start (a `]` there is a
    // literal one).
    let mut depth = 0usize;
    let mut items_from = 0usize;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if c == '\\' {
            // An escape and what it escapes, as written.
            out.push(c);
            if let Some(&next) = chars.get(k + 1) {
                out.push(next);
            }
            k += 2;
            continue;
        }
        match c {
            '[' => {
                depth += 1;
                items_from = k + 1 + usize::from(chars.get(k + 1) == Some(&'^'));
                out.push(c);
            }
            ']' if depth > 0 && k > items_from => {
                depth -= 1;
                out.push(c);
            }
            _ if c.is_ascii() => out.push(c),
            _ => {
                let folded = fold_case(c.encode_utf8(&mut buf)).into_owned();
                if depth == 0 {
                    out.push_str(&folded);
                } else {
                    out.push(c);
                    let ranged = (k > 0 && chars[k - 1] == '-') || chars.get(k + 1) == Some(&'-');
                    if !ranged && folded != c.to_string() {
                        out.push_str(&folded);
                    }
                }
            }
        }
        k += 1;
    }
    out
}

/// The pronoun rules of `set` whose word is one of the commonest of a language whose
/// pronoun it is not (see [`RuleSet::shared_pronouns`]).
fn shared_pronouns(set: &RuleSet) -> FxMap<u32, (u64, u64)> {
    // Each pronoun word (folded) and the languages whose pronoun it is, gathered once.
    let mut owners: FxMap<String, Vec<&str>> = FxMap::default();
    for pack in lang::ALL.iter() {
        for w in pack.we.iter().chain(pack.you) {
            owners
                .entry(fold_case(w).into_owned())
                .or_default()
                .push(pack.lang);
        }
    }
    let mut shared = FxMap::default();
    for (idx, rule) in set.rules.iter().enumerate() {
        if !matches!(rule.group, Group::We | Group::You) {
            continue;
        }
        let Some((_, word)) = rule.name.split_once(':') else {
            continue;
        };
        let word = fold_case(word);
        let other = set.common.languages_with(&word);
        if other == 0 {
            continue;
        }
        let own = owners
            .get(word.as_ref())
            .map_or(0, |langs| set.common.languages_of(langs));
        if other & !own != 0 {
            shared.insert(idx as u32, (own, other & !own));
        }
    }
    shared
}

fn rule_name(lang: &str, group: Group, phrase: &str) -> String {
    format!("{lang}.{}:{}", group.name(), phrase.trim_end_matches('*'))
}

/// The name of every built-in rule that can be turned off, in every pack.
pub(crate) fn builtin_names() -> impl Iterator<Item = String> {
    let phrases = lang::ALL.iter().flat_map(|pack| {
        pack.entries.iter().flat_map(move |entry| {
            entry
                .phrases
                .iter()
                .map(move |phrase| rule_name(pack.lang, entry.group, phrase))
        })
    });
    phrases.chain(PATTERNS.iter().map(|p| p.name.to_string()))
}

/// The languages that have a pack (`xx`, the rows of no language, always applies).
pub(crate) fn known_languages() -> Vec<&'static str> {
    lang::ALL
        .iter()
        .map(|p| p.lang)
        .filter(|&l| l != "xx")
        .collect()
}

/// A language code that names no pack is an error: it would turn every pack off in silence.
/// `xx` names the rows of no language, which always apply: `languages(["xx"])` leaves every
/// pack out on purpose.
fn check_languages(languages: &[String]) -> Result<(), Error> {
    let known = known_languages();
    match languages
        .iter()
        .find(|l| *l != "xx" && !known.contains(&l.as_str()))
    {
        Some(l) => Err(Error::unknown_language(l, &known)),
        None => Ok(()),
    }
}

/// A rule to disable that names no built-in rule or family is an error: a typo would
/// disable nothing in silence.
fn check_disabled(disabled: &[String]) -> Result<(), Error> {
    if disabled.is_empty() {
        return Ok(());
    }
    let all: Vec<String> = builtin_names().collect();
    match disabled
        .iter()
        .find(|d| !all.iter().any(|name| names(d, name)))
    {
        Some(d) => Err(Error::unknown_rule(d)),
        None => Ok(()),
    }
}

/// How many of `words` (a pack's "we" or "you" forms) the phrase holds as whole words.
/// Looked up word by word, without allocating: it runs for every phrase of every pack when
/// a cleaner is built (a padded copy of the phrase and of each form cost 0.9 G instructions,
/// two thirds of the build). A form of several words ("az ön") is looked for as a whole.
/// `words` are in lower case ([`lower_forms`]).
fn pronouns_in(phrase: &str, words: &[String]) -> u8 {
    let phrase = phrase.trim_end_matches('*');
    let mut n = phrase
        .split(' ')
        .filter(|w| words.iter().any(|l| l == w))
        .count();
    for form in words.iter().filter(|w| w.contains(' ')) {
        let mut from = 0;
        while let Some(at) = phrase[from..].find(form).map(|i| from + i) {
            let end = at + form.len();
            if (at == 0 || phrase[..at].ends_with(' '))
                && (end == phrase.len() || phrase[end..].starts_with(' '))
            {
                n += 1;
                // (Matches do not overlap: the space after this one is its own.)
                from = (end + 1).min(phrase.len());
            } else {
                from = at + form.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    n.min(u8::MAX as usize) as u8
}

#[cfg(test)]
#[test]
fn folded_patterns_keep_classes_ranges_and_quantifiers() {
    let re = |p: &str| Regex::new(&fold_pattern(p)).unwrap();
    // Letters outside classes fold as the text does.
    assert!(re("^الرئيسية /").is_match(&fold_case("الرئيسية / محليات")));
    assert!(re("^αρχική").is_match(&fold_case("Αρχική / Ελλάδα")));
    // A class keeps its letters and ranges, and gains their folded forms.
    assert!(re("^[A-Za-zÀ-ÖØ-öø-ÿ]+$").is_match("straße"));
    assert!(re("^[Ѐ-ӿ]+$").is_match("привет"));
    assert!(re("[يك]").is_match(&fold_case("كتاب")));
    assert!(Regex::new(&fold_pattern("[ًٌ]")).is_ok());
    // A vowel mark under a quantifier stays.
    assert!(!re("بً?").is_match(""));
    // Escapes and a leading `]` are left as written.
    assert_eq!(fold_pattern(r"[]ά]\]ά"), "[]άα]\\]α");
}

/// A pack's pronoun forms in lower case, once per pack: a pronoun the pack writes with a
/// capital, "Ihnen", is the same word inside a formula's lower case, "lesern wie ihnen" (the
/// formula is the reader's address).
fn lower_forms(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

#[cfg(test)]
#[test]
fn pronouns_in_counts_whole_words_and_forms() {
    let pronouns_in = |phrase: &str, words: &[&str]| pronouns_in(phrase, &lower_forms(words));
    assert_eq!(pronouns_in("donors like you", &["you", "your"]), 1);
    assert_eq!(pronouns_in("support our work*", &["we", "our"]), 1);
    assert_eq!(pronouns_in("youth support", &["you"]), 0);
    assert_eq!(pronouns_in("az ön támogatása", &["önnek", "az ön"]), 1);
    assert_eq!(pronouns_in("kaz ön", &["az ön"]), 0);
    assert_eq!(pronouns_in("az önnek", &["az ön"]), 0);
    assert_eq!(pronouns_in("lesern wie ihnen", &["du", "Ihnen"]), 1);
}
