//! Rules stage: the built-in phrase packs ([`lang`]) and the rules a user adds, compiled once
//! into one [`RuleSet`] that scans a whole document in a single pass and returns the
//! [`Evidence`] of each block.
//!
//! By concern: [`vocab`] says what a phrase means (its group, position, weight), [`compile`]
//! turns packs and user rules into a [`RuleSet`], [`scan`] finds the evidence of each block,
//! [`evidence`] is what it finds, and [`builtin`] holds the few built-in regular expressions
//! and the gates that keep them off the blocks they cannot match.

pub(crate) mod adblock;
mod builtin;
mod compile;
pub(crate) mod evidence;
pub(crate) mod file;
pub(crate) mod lang;
pub(crate) mod phrases;
mod scan;
pub(crate) mod vocab;

use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::fx::FxMap;
use builtin::Gate;
pub(crate) use builtin::{CRUMB_SEPARATORS, is_builtin, is_currency_sign};
pub(crate) use compile::{RuleConfig, UserMatcher, UserRule};
pub(crate) use evidence::{Evidence, Evidences, GROUP_SLOTS};
use phrases::PhraseSet;
pub(crate) use vocab::{At, Entry, Group, Pack, Rule};

/// All rules, compiled: one phrase matcher for every phrase, a table of whole-block
/// labels, and a few regexes.
pub(crate) struct RuleSet {
    /// Every rule; the indexes below point here.
    rules: Vec<Rule>,
    /// Domain scope of each rule (user rules only).
    domains: Vec<Vec<String>>,
    phrases: PhraseSet,
    /// The rules of each phrase (one phrase can be, say, a heading at the start of a block
    /// and an ask anywhere), end to end: phrase `p`'s are `phrase_rules[phrase_at[p]..
    /// phrase_at[p + 1]]`. Flat, so that a match does not chase a pointer to a small heap
    /// block of its own.
    phrase_rules: Vec<u32>,
    phrase_at: Vec<u32>,
    /// Whether any rule is scoped to sites: when none is, no match reads its domains.
    scoped: bool,
    /// Whole-block labels ("Remind me later", "×"), looked up by the block's trimmed text
    /// rather than searched for, since many are common words.
    labels: FxMap<String, Vec<u32>>,
    /// The most words of any label.
    label_words: u32,
    patterns: Vec<(Regex, u32)>,
    /// Built-in patterns, each run only on the blocks its gate lets through.
    gated: Vec<(Regex, u32, Gate)>,
    /// The commonest words of the packs in use: whether a pack reads a text's language.
    common: lang::common::Common,
    /// The pronoun rules whose word is also one of the commonest of another language (the
    /// German "du" is French for "of the", the Swedish "din" Romanian for "from"), with
    /// the [`Common`](lang::common::Common) masks of the languages whose pronoun it is and
    /// of those whose common word: it counts only in a text that reads as one of the former.
    shared_pronouns: FxMap<u32, (u64, u64)>,
    /// The pronoun rules that count only where the text writes the word with a capital
    /// (sorted): the German formal "Ihnen" (you), which folds to "ihnen" (them).
    capitals: Vec<u32>,
}

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
    /// True when a pack in use reads the language of `text` (`words` long), by its common
    /// words (see [`lang::common`]).
    pub(crate) fn reads_language(&self, text: &str, words: u32) -> bool {
        self.reads_language_of([text], words)
    }

    /// [`reads_language`](Self::reads_language) over the `parts` of one text, as if joined by
    /// line breaks: each is lower-cased only when the parts before it fell short.
    pub(crate) fn reads_language_of<'a>(
        &self,
        parts: impl IntoIterator<Item = &'a str>,
        words: u32,
    ) -> bool {
        let folded = parts.into_iter().map(crate::input::segment::fold_case);
        self.common.reads_parts(folded, words)
    }

    /// The name of rule `idx` (an index that evidence holds), shared: a copy costs no
    /// allocation.
    pub(crate) fn rule_name(&self, idx: u32) -> &Arc<str> {
        &self.rules[idx as usize].name
    }

    /// The names of the rules that removals report, sorted, each once.
    pub(crate) fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .rules
            .iter()
            .filter(|r| {
                !matches!(
                    r.group,
                    Group::We | Group::You | Group::Money | Group::Platform
                )
            })
            .map(|r| &*r.name)
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The rule at `idx` of [`Evidence::top`].
    pub(crate) fn rule(&self, idx: u32) -> &Rule {
        &self.rules[idx as usize]
    }

    fn in_scope(&self, idx: u32, host: Option<&str>) -> bool {
        if !self.scoped {
            return true;
        }
        let domains = &self.domains[idx as usize];
        domains.is_empty()
            || domains
                .iter()
                .any(|d| crate::input::host::host_matches(host, d))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::builtin::money_window;
    use super::*;
    use crate::Kind;
    use crate::input::classes::Classes;
    use crate::input::segment::{fold_case, lines};

    /// The evidence of each line of `text`, as the built-in rules find it.
    pub(crate) fn scan(text: &str) -> Evidences {
        let folded = fold_case(text);
        let classes = Classes::new(folded.as_bytes());
        BUILTIN.scan(text, &folded, &classes, &lines(text), None)
    }

    /// A pronoun whose word is one of another language's commonest counts only in a text
    /// of its own language: the German "du" is French for "of the", the Norwegian "din"
    /// Romanian for "from".
    #[test]
    fn a_shared_pronoun_counts_in_its_own_language_only() {
        let you = |text: &str| scan(text)[0].you;
        assert_eq!(
            you(
                "Wenn du die Arbeit der Redaktion gut findest, dann ist das nicht selbstverständlich."
            ),
            1
        );
        assert_eq!(
            you(
                "Le maire du village a présenté le budget et la liste des travaux pour la rentrée."
            ),
            0
        );
        assert_eq!(
            you(
                "Hvis du setter pris på journalistikken, er det ikke en selvfølge for din lokalavis."
            ),
            2
        );
        assert_eq!(
            you(
                "Strada din capitală va fi închisă pentru reparații și este o lucrare care nu se termină."
            ),
            0
        );
        // A third language decides too: in Swedish, "ta" (take) is the French "ta" and the
        // Estonian "ta" (he), and the Swedish "du" a French word, which outweighs the
        // Estonian; the text reads as Swedish before either.
        assert_eq!(
            you("Om du vill ta del av det som är nytt och det som händer kan du läsa vidare."),
            2
        );
        assert_eq!(you("Elle a pris ta place et la tienne dans le train."), 1);
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
    fn a_label_glued_to_the_last_sentence_counts_for_half() {
        let glued = "The bridge will reopen in May after two years of repairs, the city said on Tuesday. Maybe later\n\
                     The bridge will reopen in May after two years of repairs, the city said… Read more";
        let ev = scan(glued);
        for b in 0..2 {
            assert!((ev[b].groups[4] - 1.5).abs() < 1e-6, "{b}: {:?}", ev[b]);
        }
        // Not without a sentence end before it, nor a one-word label.
        for text in [
            "Readers of the paper were asked whether they would rather go now or maybe later",
            "The minister said the vote would go ahead as planned next week. Continue",
        ] {
            assert_eq!(scan(text)[0].groups[4], 0.0, "{text}");
        }
    }

    #[test]
    fn store_newsletter_and_cookie_names_need_no_language() {
        // Shona, which no pack reads (Hausa and Yoruba, the test's languages before,
        // have their packs now): the names every language borrows still say what a line is
        // about, as cues (they raise the model's score and anchor nothing alone)...
        let ev = scan(
            "Kambani yakabvisa chirongwa ichi pa-App Store svondo rapfuura, vakuru vakadaro.\n\
             Nyoresa kuti ugamuchire newsletter svondo rega rega.\n\
             Saiti ino inoshandisa cookies kuti ishande zvakanaka.\n\
             Hurumende yakazivisa chirongwa chitsva chekuvaka zvikoro gumi gore rino.\n\
             Zvirongwa zvedu: App Store | Google Play",
        );
        for (i, kind) in [(0, Kind::App), (1, Kind::Newsletter), (2, Kind::Cookie)] {
            assert_eq!(ev[i].kind(), Some(kind), "{:?}", ev[i]);
            assert!(ev[i].max_rule < 3.0, "{:?}", ev[i]);
        }
        assert!(ev[3].kind().is_none(), "{:?}", ev[3]);
        // ... but a short line that ends in the stores' names is their badges.
        assert_eq!(ev[4].kind(), Some(Kind::App));
        assert!(ev[4].max_rule >= 3.0, "{:?}", ev[4]);
    }

    #[test]
    fn a_store_badge_needs_its_pair() {
        let ev = scan(
            "Fortnite returns to the App Store\n\
             The game was removed four years ago after a dispute over payments.\n\
             Download on the App Store\nGet it on Google Play",
        );
        let badge = |b: usize| {
            ev[b]
                .top
                .iter()
                .any(|&(i, _)| &*BUILTIN.rule(i).name == "xx.line:store-badge")
        };
        assert!(!badge(0), "{:?}", ev[0]);
        assert!(badge(2) && badge(3));
    }

    #[test]
    fn turkish_capital_dotted_i_matches() {
        // `İ` folds to nothing of the same length, so the phrases are also compiled with it.
        let ev = scan(
            "İlgili haberler\nİLGİLİ HABERLER\nIlgili haberler\nBakanlık ilgili haberleri yalanladı ve açıklama yaptı.",
        );
        for i in 0..3 {
            assert_eq!(ev[i].kind(), Some(Kind::Related), "{i}: {:?}", ev[i]);
            assert!(ev[i].max_rule >= 3.0, "{i}: {:?}", ev[i]);
        }
        assert!(ev[3].max_rule < 3.0, "{:?}", ev[3]);
        assert_eq!(
            super::compile::capital_dotted_i("ilgili haberler"),
            ["İlgili haberler", "İlgİlİ haberler"]
        );
    }

    #[test]
    fn a_later_row_of_the_same_phrase_counts_where_the_first_does_not() {
        // Persian "از ما حمایت کنید" is a header up to 14 words and an ask at a block's start
        // up to 20: the header counts a short line, the ask a longer one, never both.
        let ask = "از ما حمایت کنید";
        let filler = |n: usize| vec!["گزارش"; n].join(" ");
        let ev = scan(&format!(
            "{ask} {}\n{ask} {}\n{ask} {}",
            filler(6),
            filler(13),
            filler(22)
        ));
        let (header, asks) = (0, 2);
        assert!(
            ev[0].groups[header] > 0.0 && ev[0].groups[asks] == 0.0,
            "{:?}",
            ev[0]
        );
        assert!(
            ev[1].groups[header] == 0.0 && ev[1].groups[asks] > 0.0,
            "{:?}",
            ev[1]
        );
        assert!(ev[2].max_rule < 3.0, "{:?}", ev[2]);
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

    /// True when the rule named `name` fired in the first block of `text`.
    fn fires(text: &str, name: &str) -> bool {
        scan(text)[0]
            .top
            .iter()
            .any(|&(i, _)| &*BUILTIN.rule(i).name == name)
    }

    #[test]
    fn money_per_period_is_a_price_a_reader_pays_not_a_storys_sum() {
        for ask in [
            "Support us from just $2 a month.",
            "€4.99 per month, cancel anytime.",
            "Become a member for $120 a year.",
        ] {
            assert!(fires(ask, "xx.cue:money-per-period"), "{ask}");
        }
        for sum in [
            "Ein Shuttle würde rund 450.000 Euro im Jahr kosten, sagte der Sprecher.",
            "The contract is worth $52,000 a year, the council said.",
            "Проект обойдётся в 300 000 ₽ в месяц, сообщили в мэрии.",
        ] {
            assert!(!fires(sum, "xx.cue:money-per-period"), "{sum}");
        }
    }

    #[test]
    fn breadcrumb_trails_in_any_script_but_not_comparisons_or_code() {
        for trail in [
            "Home › News › Economy",
            "KULTURA LIBERALNA > Temat tygodnia > Lud nie jest...",
            "Vous êtesAccueil»Prestataires»FileHost»Test de Mega : l’hébergeur",
            "Главная → Новости → Политика",
            "Accueil › Économie",
            "Startseite > Lokales",
            "Strona główna » Kraj",
            "Ana Sayfa / Türkiye",
            "Startseite / Gesundheit / Krankenkasse",
            // Two slashes or more after the home page's name in more languages.
            "Home / News / Social Justice",
            "ראשי / דיור / תחקיר",
            "Галоўная / Навіны / Палітычны пераслед",
            "Inicio / Culiacán / Local",
            // Every pack's language's name of the home page.
            "Úvod / Zprávy / Kultura",
            "Forsiden / Sport / Fotball",
            "Címlap / Belföld / Budapest",
            "Hafan / Newyddion / Caerdydd",
            "Hasiera / Kirola / Futbola",
            "Sākums / Sports / Hokejs",
        ] {
            assert!(fires(trail, "xx.chrome:breadcrumb"), "{trail}");
        }
        for text in [
            "entries > 10 AND zscore > 3 AS alert",
            "<ul> List of <img> and <figure>",
            "Growth > inflation > wages, the minister said.",
            "a > b > c is transitive when x = y",
            "ひらがな　←→　日本語・英語　←→　English",
            "News › Economy",
            "Home > 10 per cent of sales, the report said.",
            "Prices rose. Growth > inflation > wages",
            "Politics / Economy",
            "Bring a pen and / or a pencil / crayon / marker for the children's workshop",
            "The 24 / 7 helpline / chat service / e-mail desk opens on Monday.",
            // Slashes without the home page's name, or after "Home": a headline, a verse, a
            // byline of two authors and an agency, a match's record.
            "News / Cities / Pune",
            "Work / Life / Balance",
            "Old pond / frog jumps in / water's sound",
            "Von Anna Berg / Max Roth / dpa",
            "Home / Away",
            "Home / 2023 / 2024",
        ] {
            assert!(!fires(text, "xx.chrome:breadcrumb"), "{text}");
        }
    }

    /// The built-in patterns are folded as the text is: the Arabic home page's name (with a
    /// yeh) and the Greek one (with an accent) open a trail, and the Arabic minutes a
    /// reading time.
    #[test]
    fn built_in_patterns_match_folded_letters() {
        for line in ["الرئيسية / محليات / بيروت", "Αρχική / Ελλάδα / Οικονομία"]
        {
            assert!(fires(line, "xx.chrome:breadcrumb"), "{line}");
        }
        assert!(fires("مدة القراءة: 7 دقائق", "xx.chrome:reading-time"));
    }

    /// The ad blocker's name as Urdu, Hindi, Odia and Sinhala write it is the wall's word; the
    /// Latin "Ad Blocking" of a story on the industry is not read so.
    #[test]
    fn the_ad_blockers_name_in_other_scripts() {
        for line in [
            "ایڈ بلاکر بند کریں",
            "कृपया अपना ऐड ब्लॉकर बंद करें",
            "ଆପଣ ଆଡ୍ ବ୍ଲକର ବ୍ୟବହାର କରୁଛନ୍ତି",
            "ඔබ ඇඩ් බ්ලොකරයක් භාවිතා කරයි",
        ] {
            assert_eq!(scan(line)[0].kind(), Some(crate::Kind::Ad), "{line}");
        }
        // (Nor the Latin name in a story: no Latin form is a cue.)
        assert_ne!(
            scan("Members can join the IAB Tech Lab Ad Blocking Working Group.")[0].kind(),
            Some(crate::Kind::Ad)
        );
    }

    /// A footer that opens with "Copyright" and a year, however long its reuse terms; not a
    /// document's "Copyright (c)" notice, nor a sentence on copyright.
    #[test]
    fn a_copyright_footer_of_any_length() {
        let terms = " This material, and other digital content on this website, may not be \
                     reproduced, published, broadcast, rewritten or redistributed in whole or \
                     in part without prior express written permission from the publisher.";
        for line in [
            format!("Copyright 2024 Magnetic Media. All rights reserved.{terms}"),
            format!("©Copyright 2001-2025. This site is part of a local network.{terms}"),
        ] {
            assert!(fires(&line, "xx.chrome:copyright-line"), "{line}");
        }
        for line in [
            "Copyright (c) 2014 IETF Trust and the persons identified as the document authors.",
            "Copyright law changed in 2024, the court said.",
            "The Copyright 2024 report was published on Monday.",
        ] {
            assert!(!fires(line, "xx.chrome:copyright-line"), "{line}");
        }
    }

    #[test]
    fn a_players_time_alone_on_its_line() {
        // Its position and length, or its position alone.
        for line in [
            "0:00 / 5:48",
            "00:00 / 04:12",
            "0:00:00 / 1:30:00",
            "0:00",
            "00:00",
        ] {
            assert!(fires(line, "xx.chrome:player-time"), "{line}");
        }
        // A start alone over its length, under a player's label, is the player's too; a
        // midnight among a live blog's or a timetable's times is theirs.
        let at = |text: &str, line: usize| {
            scan(text)[line]
                .top
                .iter()
                .any(|&(i, _)| &*BUILTIN.rule(i).name == "xx.chrome:player-time")
        };
        assert!(at("Listen to this article\n00:00\n04:12", 1));
        assert!(!at(
            "23:45\nFireworks begin over the harbour.\n00:00\nHappy new year!",
            2
        ));
        assert!(!at("Timetable\n23:00\n00:00\n01:00", 2));
        // Its length alone, under its label, where no other time stands alone; not a page's
        // stamp under its date, a value under a label's colon, or a live blog's times.
        assert!(at("Lyt til artiklen\n3:12\nDer er travlt i Vorup.", 1));
        assert!(at(
            "De brandweer heeft dinsdagavond urenlang geblust bij een grote brand op het \
             bedrijventerrein De Rietvelden, meldt de veiligheidsregio in een verklaring.\n\
             Video: Zwarte rookwolk boven De Rietvelden\n0:58",
            2
        ));
        assert!(!at("October 11, 2022\n15:11", 1));
        assert!(!at("Kick-off:\n20:45", 1));
        // Nor, with no formula of its own, a label of one word or one above the story (a
        // headline over the page's time), nor a time a sentence goes on from.
        assert!(!at("Kick-off\n20:45", 1));
        assert!(!at(
            "Council approves the bridge plan\n14:35\nThe council voted.",
            1
        ));
        assert!(!at(
            "The council voted on Tuesday to reopen the old bridge over the river, officials said.\nMeeting resumes at\n14:35\nafter a break.",
            2
        ));
        assert!(!at("|\n11:24", 1));
        assert!(!at(
            "Live\n14:05\nThe road is open.\n13:40\nThe road is shut.",
            1
        ));
        // A gallery's counter, a table's cell, a timetable's times, a live blog's time of day.
        for line in [
            "1 / 12",
            "23/16",
            "24/7",
            "07:15 / 08:10",
            "08:42",
            "0:30",
            "Kickoff 0:00 / 21:00 in Paris",
        ] {
            assert!(!fires(line, "xx.chrome:player-time"), "{line}");
        }
    }

    #[test]
    fn tag_rows_need_three_tags_and_nothing_else() {
        assert!(fires(
            "#QAnon#Macht#Sexualwissenschaft",
            "xx.chrome:tag-row"
        ));
        assert!(fires("#climate, #energy, #policy", "xx.chrome:tag-row"));
        assert!(!fires(
            "#MeToo and #TimesUp trended, said #1 fan",
            "xx.chrome:tag-row"
        ));
        assert!(!fires("#one #two", "xx.chrome:tag-row"));
        // Under a label of one word and its colon; not after a clause of the story.
        assert!(fires("Теги: #школа #чтение #учителя", "xx.chrome:tag-row"));
        assert!(fires("टॅग्स : #नाशिक #लासलगाव #कांदा", "xx.chrome:tag-row"));
        assert!(!fires(
            "The campaign's three slogans: #MeToo #TimesUp #NoMore",
            "xx.chrome:tag-row"
        ));
        assert!(!fires(
            "Protesters chanted: #EndSARS #EndPoliceBrutality #SARSMustEnd",
            "xx.chrome:tag-row"
        ));
        assert!(!fires("Tags: #one #two", "xx.chrome:tag-row"));
    }

    #[test]
    fn money_pattern_reads_around_the_sign() {
        let far = format!("{} Поддержите нас: от 300 ₽ в месяц.", "слово ".repeat(40));
        for text in [
            "Give 100.00 euros a month.",
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
}
