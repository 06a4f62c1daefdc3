//! Rules that users bring: builder rules, rules files, cosmetic filter lists.

use unappeal::{Cleaner, Kind};

const STORY: &str = "<p>The council voted on Tuesday to reopen the old bridge, which has been closed since the floods of last spring, officials said.</p>\
<p>Repairs will cost about four million euros, and work is to start in May, according to the city engineer, who spoke after the vote.</p>\
<p>Residents of the east bank, who have had to drive twenty minutes around the bay, welcomed the decision, though some asked for a footpath.</p>";

fn page(inside: &str, outside: &str) -> String {
    format!("<html><body>{outside}<article>{STORY}{inside}</article></body></html>")
}

const TEXT: &str = "The council voted on Tuesday to reopen the old bridge, officials said.\nFuel our newsroom: give what you want.\nGet the morning briefing every day\nRepairs will cost about four million euros.";

#[test]
fn builder_phrase_pattern_and_selector() {
    let cleaner = Cleaner::builder()
        .phrase(Kind::Donation, "Fuel our newsroom")
        .pattern(Kind::Newsletter, r"^get the .{1,30} briefing\b")
        .selector(Kind::Social, "div.follow-strip")
        .build()
        .unwrap();
    let cleaned = cleaner.clean_text(TEXT);
    assert_eq!(
        cleaned.text(),
        "The council voted on Tuesday to reopen the old bridge, officials said.\nRepairs will cost about four million euros."
    );
    let rules: Vec<&str> = cleaned.removals().iter().map(|r| r.rule()).collect();
    assert!(rules[0].starts_with("builder.phrase#1"), "{rules:?}");
    assert!(rules[1].starts_with("builder.pattern#2"), "{rules:?}");

    let html = page(
        "<div class=\"follow-strip\">Follow the Ledger everywhere</div>",
        "",
    );
    let cleaned = cleaner.clean_html(&html, None).unwrap();
    assert!(!cleaned.text().contains("Follow the Ledger"));
    let r = cleaned
        .removals()
        .iter()
        .find(|r| r.text().contains("Follow the Ledger"))
        .unwrap();
    assert_eq!(r.kind(), Kind::Social);
    assert!(r.rule().contains("builder.selector#3"), "{}", r.rule());
}

#[test]
fn rules_file_applies_and_names_file_and_line() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rules/site.rules"
    );
    let cleaner = Cleaner::builder().rules_file(path).build().unwrap();
    let cleaned = cleaner.clean_text(TEXT);
    assert_eq!(cleaned.removals().len(), 2);
    assert!(
        cleaned.removals()[0].rule().ends_with("site.rules:2"),
        "{}",
        cleaned.removals()[0].rule()
    );
    assert!(
        cleaned.removals()[1].rule().ends_with("site.rules:3"),
        "{}",
        cleaned.removals()[1].rule()
    );

    let html = page("<p class=\"tip-line\">Send us your tips by email</p>", "");
    let cleaned = cleaner.clean_html(&html, None).unwrap();
    let r = cleaned
        .removals()
        .iter()
        .find(|r| r.text().contains("Send us your tips"))
        .unwrap();
    assert!(r.rule().contains("site.rules:4"), "{}", r.rule());
}

#[test]
fn domain_scope_leaves_other_sites_alone() {
    let cleaner = Cleaner::builder()
        .rules_file(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/rules/site.rules"
        ))
        .build()
        .unwrap();
    let text = "The council voted on Tuesday to reopen the old bridge, officials said.\nJoin the Ledger Club for early access.";
    assert_eq!(
        cleaner
            .clean_text_at(text, Some("https://www.ledger.example/news/1"))
            .removals()
            .len(),
        1
    );
    assert!(
        cleaner
            .clean_text_at(text, Some("https://another.example/news/1"))
            .removals()
            .is_empty()
    );
    assert!(cleaner.clean_text(text).removals().is_empty());

    let html = page(
        "<section id=\"more-ledger\"><p>The bridge carries nine thousand cars a day.</p></section>",
        "",
    );
    let on_site = cleaner
        .clean_html(&html, Some("https://ledger.example/a"))
        .unwrap();
    assert!(!on_site.text().contains("nine thousand cars"));
    let elsewhere = cleaner
        .clean_html(&html, Some("https://elsewhere.example/a"))
        .unwrap();
    assert!(elsewhere.text().contains("nine thousand cars"));
}

#[test]
fn disabling_a_builtin_rule() {
    let text = "The council voted on Tuesday to reopen the old bridge, officials said.\nContinue";
    assert_eq!(Cleaner::new().clean_text(text).removals().len(), 1);
    let off = Cleaner::builder()
        .disable_rule("en.label:continue")
        .build()
        .unwrap();
    assert!(off.clean_text(text).removals().is_empty());
    let no_builtin = Cleaner::builder().builtin_rules(false).build().unwrap();
    assert!(
        no_builtin
            .clean_text(include_str!("../examples/data/moscow-times-message.txt"))
            .removals()
            .is_empty()
    );
}

#[test]
fn cosmetic_list_generic_site_and_exception() {
    let list = include_str!("fixtures/rules/annoyances.txt");
    let cleaner = Cleaner::builder()
        .adblock_str("annoyances.txt", list)
        .build()
        .unwrap();
    let s = cleaner.list_summary();
    assert_eq!((s.hide_rules, s.exceptions), (4, 1), "{s}");
    assert_eq!(
        (
            s.procedural,
            s.scriptlets,
            s.network,
            s.html_filters,
            s.unsupported
        ),
        (2, 1, 1, 1, 1),
        "{s}"
    );

    // Outside the story, generic rules prune (and say which line fired).
    let html = page(
        "",
        "<div class=\"promo-strip\"><p>Try our crossword app, now with daily puzzles and a streak counter for regular players.</p></div>",
    );
    let cleaned = cleaner
        .clean_html(&html, Some("https://ledger.example/a"))
        .unwrap();
    let r = cleaned
        .removals()
        .iter()
        .find(|r| r.text().contains("crossword"))
        .unwrap();
    assert!(
        r.rule().contains("annoyances.txt:4: ##.promo-strip"),
        "{}",
        r.rule()
    );

    // Inside the story, only site rules prune: a generic rule cannot eat article text.
    let html = page(
        "<p class=\"promo-strip\">The bridge was first opened in 1911.</p><p class=\"ledger-poll\">Vote in our poll</p>",
        "",
    );
    let on_site = cleaner
        .clean_html(&html, Some("https://ledger.example/a"))
        .unwrap();
    assert!(
        on_site.text().contains("first opened in 1911"),
        "{}",
        on_site.text()
    );
    assert!(!on_site.text().contains("Vote in our poll"));
    let off_site = cleaner
        .clean_html(&html, Some("https://news.example/a"))
        .unwrap();
    assert!(off_site.text().contains("Vote in our poll"));

    // Negated domain, and an exception.
    let html = page("<aside class=\"ledger-ad\"><p>Ad text here</p></aside>", "");
    let shop = cleaner
        .clean_html(&html, Some("https://shop.ledger.example/a"))
        .unwrap();
    assert!(
        !shop
            .removals()
            .iter()
            .any(|r| r.rule().contains("ledger-ad"))
    );
    let html = page("", "<div class=\"promo-strip\">Promo</div>");
    let excepted = cleaner
        .clean_html(&html, Some("https://other.example/a"))
        .unwrap();
    assert!(
        !excepted
            .removals()
            .iter()
            .any(|r| r.rule().contains("promo-strip"))
    );
}

#[test]
fn bad_rules_are_errors_naming_the_rule() {
    let err = Cleaner::builder()
        .pattern(Kind::Ad, "(unclosed")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("builder.pattern#1:(unclosed")
            && err.to_string().contains("regular expression"),
        "{err}"
    );
    let err = Cleaner::builder()
        .selector(Kind::Ad, "div[[[")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("builder.selector#1")
            && err.to_string().contains("bad CSS selector"),
        "{err}"
    );
    let err = Cleaner::builder()
        .rules_str("bad.rules", "donation phrase: fine\nthis line is wrong\n")
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("bad.rules:2:"), "{err}");
    let err = Cleaner::builder()
        .rules_str("bad.rules", "ad pattern: a(\n")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("bad.rules:1"), "{err}");
    let err = Cleaner::builder()
        .rules_file("/no/such/file.rules")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("/no/such/file.rules"), "{err}");
    let err = Cleaner::builder()
        .pattern(Kind::Ad, "x*")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("empty string"), "{err}");
    // A stem mark alone is no phrase.
    for phrase in ["*", " ** "] {
        let err = Cleaner::builder()
            .phrase(Kind::Ad, phrase)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");
    }
    let err = Cleaner::builder()
        .rules_str("star.rules", "ad phrase: *\n")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("star.rules:1"), "{err}");
}

#[test]
fn a_trailing_star_makes_a_stem() {
    let cleaner = Cleaner::builder()
        .phrase(Kind::Ad, "sponsor*")
        .build()
        .unwrap();
    let text =
        "The choir sang a responsorial psalm on Sunday, the parish said.\nSponsorships available";
    let cleaned = cleaner.clean_text(text);
    assert_eq!(
        cleaned.text(),
        "The choir sang a responsorial psalm on Sunday, the parish said."
    );
    assert_eq!(cleaned.removals()[0].text(), "Sponsorships available");
}

#[test]
fn unknown_language_codes_fail_at_build_with_the_known_ones() {
    let err = Cleaner::builder().languages(["EN"]).build().unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("unknown language `EN`"), "{msg}");
    for code in ["en", "de", "ru", "nl", "sv"] {
        assert!(msg.contains(code), "{msg}");
        assert!(Cleaner::builder().languages([code]).build().is_ok());
    }
    assert!(!err.is_input_error());
}

#[test]
fn disabling_a_rule_that_does_not_exist_fails_at_build() {
    let err = Cleaner::builder()
        .disable_rule("en.lable:continue")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("`en.lable:continue`"), "{err}");
    // Names and families that exist build, whatever the language selection.
    for name in [
        "en.label:continue",
        "en.label",
        "en",
        "xx.cue:money-per-period",
    ] {
        let built = Cleaner::builder()
            .languages(["de"])
            .disable_rule(name)
            .build();
        assert!(built.is_ok(), "{name}");
    }
    // A prefix that does not end a part of a name is not a family.
    assert!(Cleaner::builder().disable_rule("en.lab").build().is_err());
    // Rules files go through the same check.
    assert!(
        Cleaner::builder()
            .rules_str("site.rules", "disable: en.lable:continue\n")
            .build()
            .is_err()
    );
}

#[test]
fn rule_names_are_the_names_removals_report() {
    let cleaner = Cleaner::new();
    let names = cleaner.rule_names();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
    let text = "The mayor opened the bridge on Monday, officials said.\nSince you're here...\n\
                ... we have a small favour to ask. Please support us from just $2 a month.\n\
                Remind me later";
    let cleaned = cleaner.clean_text(text);
    assert!(!cleaned.removals().is_empty());
    for r in cleaned.removals() {
        for part in r.rule().split(" + ") {
            assert!(names.binary_search(&part).is_ok(), "{part}");
        }
    }
    // Each name can be disabled, and disabling one drops it from the list.
    let without = Cleaner::builder()
        .disable_rule("en.label:remind me later")
        .build()
        .unwrap();
    assert!(!without.rule_names().contains(&"en.label:remind me later"));
    assert!(names.contains(&"en.label:remind me later"));
}

#[test]
fn kinds_parse_with_from_str() {
    for k in unappeal::Kind::ALL {
        assert_eq!(k.to_string().parse::<unappeal::Kind>(), Ok(k));
        assert_eq!(k.as_str().to_uppercase().parse::<unappeal::Kind>(), Ok(k));
    }
    let err = "newsleter".parse::<unappeal::Kind>().unwrap_err();
    assert!(err.to_string().starts_with("unknown kind `newsleter`"));
}

#[test]
fn removals_say_which_stage_cut_them() {
    use unappeal::Stage;
    let text = "The mayor opened the bridge on Monday, officials said.\nSince you're here...\n\
                ... we have a small favour to ask. Please support us from just $2 a month.\n\
                Remind me later\nFuel our newsroom today.";
    let cleaner = Cleaner::builder()
        .phrase(Kind::Donation, "fuel our newsroom")
        .build()
        .unwrap();
    let stages: Vec<Stage> = cleaner
        .clean_text(text)
        .removals()
        .iter()
        .map(|r| r.stage())
        .collect();
    assert!(stages.contains(&Stage::UserRule), "{stages:?}");
    let plain = Cleaner::new().clean_text(text);
    assert!(
        plain
            .removals()
            .iter()
            .all(|r| r.stage() == Stage::TextRule)
    );

    let html = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>{STORY}\
         <div class=\"newsletter\">Sign up for our newsletter</div></article>\
         <div><p>Other stories of the week you may like to read.</p></div></body></html>"
    );
    let cleaned = Cleaner::new().clean_html(&html, None).unwrap();
    let stage_of = |needle: &str| {
        cleaned
            .removals()
            .iter()
            .find(|r| r.text().contains(needle))
            .map(|r| r.stage())
    };
    assert_eq!(stage_of("Sign up"), Some(Stage::Pruned));
    assert_eq!(stage_of("Other stories"), Some(Stage::OutsideStory));
    // One confidence scale: outside the story is a coin toss, a pruned box is sure, a
    // text run lies by its evidence in between or above.
    let conf = |needle: &str| {
        cleaned
            .removals()
            .iter()
            .find(|r| r.text().contains(needle))
            .map(|r| r.confidence())
            .unwrap()
    };
    assert!((conf("Other stories") - 0.5).abs() < 0.01);
    assert!(conf("Sign up") > 0.85);
    for r in plain.removals() {
        assert!(r.confidence() > 0.4 && r.confidence() < 1.0);
    }
    assert_eq!(Stage::ALL.len(), 5);
    assert_eq!(Stage::OutsideStory.to_string(), "outside_story");
}

#[test]
fn a_chinese_phrase_matches_inside_a_line_without_spaces() {
    let cleaner = Cleaner::builder()
        .phrase(Kind::Donation, "打赏作者")
        .build()
        .unwrap();
    let text = "北京市政府周二宣布，将在五月重新开放这座老桥。该桥自去年春季洪水以来一直关闭，官员表示维修费用约为四百万欧元。\n\
                东岸居民不得不绕行海湾二十分钟，他们对这一决定表示欢迎，但也有人要求增加一条人行道。\n\
                喜欢这篇文章？请打赏作者，支持我们继续报道！";
    let cleaned = cleaner.clean_text(text);
    assert!(!cleaned.text().contains("打赏"), "{}", cleaned.text());
    assert!(cleaned.text().contains("东岸居民不得不绕行海湾二十分钟"));
    assert_eq!(cleaned.removals().len(), 1);
    assert!(cleaned.removals()[0].rule().starts_with("builder.phrase#1"));
}

/// A user's pattern matches the text as it is written, in every script: the matcher reads a
/// folded text (the Arabic yeh as the Persian one, Greek vowels without their accents), and
/// the pattern is folded the same way.
#[test]
fn a_pattern_matches_arabic_and_greek_as_written() {
    let cleaner = Cleaner::builder()
        .pattern(Kind::Newsletter, r"^اشترك في النشرة اليومية")
        .pattern(Kind::Newsletter, r"^Εγγραφείτε στο ενημερωτικό")
        .build()
        .unwrap();
    let story = "The council voted on Tuesday to reopen the old bridge, officials said.\n\
                 Repairs will cost about four million euros.";
    for line in [
        "اشترك في النشرة اليومية لتصلك الأخبار",
        "Εγγραφείτε στο ενημερωτικό δελτίο μας",
    ] {
        let cleaned = cleaner.clean_text(&format!("{story}\n{line}"));
        assert_eq!(cleaned.text().trim_end(), story, "{line}");
        assert!(
            cleaned
                .removals()
                .iter()
                .any(|r| r.rule().starts_with("builder.pattern")),
            "{line}: {:#?}",
            cleaned.removals()
        );
    }
}
