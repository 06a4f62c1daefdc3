//! Kannada, in the Kannada script.
//!
//! Written from how Kannada news sites (the Bengaluru dailies' portals, the TV channels'
//! sites, the national portals' Kannada editions, district and community papers, independent
//! web outlets) word their page furniture and appeals in general (not one site's wording).
//! English words stand beside the Kannada ones, in Kannada letters ("ಸಬ್‌ಸ್ಕ್ರೈಬ್", "ಶೇರ್",
//! "ಫಾಲೋ", "ಆ್ಯಪ್"), and in Latin letters, which are the English pack's.
//!
//! The virama (್) is no letter to the matcher, which sees a word break after it, and nor is
//! the zero-width non-joiner (U+200C) that many sites set after it in loanwords ("ಫೇಸ್‌ಬುಕ್",
//! "ಡೌನ್‌ಲೋಡ್", "ಆ್ಯಪ್‌ನಲ್ಲಿ") and others leave out ("ಫೇಸ್ಬುಕ್"): a phrase that ends on a
//! virama ("ನಮ್ಮ ನ್ಯೂಸ್‌ಲೆಟರ್") also matches the case forms glued to it ("ನ್ಯೂಸ್‌ಲೆಟರ್‌ಗೆ",
//! "ನ್ಯೂಸ್‌ಲೆಟರ್ಗೆ"), and the loanword formulas that matter most are listed with the joiner
//! and without it. A native word ends on a vowel, and a phrase that ends on one matches that
//! word alone ("ನಿನ್ನ", your, is not "ನಿನ್ನೆ", yesterday).
//!
//! The polite imperative in -ಇ is also the past participle that chains every narrative
//! sentence: "ದೇಣಿಗೆ ನೀಡಿ" is "donate" and "having donated" ("ದೇಣಿಗೆ ನೀಡಿ ಸಹಕರಿಸಿದ ದಾನಿಗಳು"),
//! "ಬೆಂಬಲಿಸಿ" "support" and "supporting" ("ಮಸೂದೆಯನ್ನು ಬೆಂಬಲಿಸಿ ಮತ ಹಾಕಿದರು"), "ಸೇರಿ" "join"
//! and "including", "ಫಾಲೋ ಮಾಡಿ" "follow" and "following"; "-ಆಗಿ" is "become" and "as"
//! ("ಸದಸ್ಯರಾಗಿ": become a member, or as a member of a committee; "ಚಂದಾದಾರರಾಗಿ" likewise). The
//! nouns are news's too: "ಬೆಂಬಲ" a party's support, "ದೇಣಿಗೆ" a temple's or a relief fund's
//! donations, "ಡೊನೇಷನ್" a school's capitation fee, "ಸದಸ್ಯ" every committee's member,
//! "ಚಂದಾದಾರರು" a telephone company's subscribers, "ಸ್ವತಂತ್ರ" every independent candidate. So
//! the bare imperatives are buttons (a line of their own) or a short block's opening; the forms
//! in -ಇರಿ and -ಕೊಳ್ಳಿ, imperatives only ("ಪಡೆಯಿರಿ", "ಹಂಚಿಕೊಳ್ಳಿ"), go a little further; and
//! anywhere stand only the formulas that name the outlet's readers, its journalism or its
//! boxes ("ನಿಮ್ಮಂತಹ ಓದುಗರ ಬೆಂಬಲ", "ನಾವು ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತೇವೆ", "ನಮ್ಮ ನ್ಯೂಸ್‌ಲೆಟರ್‌ಗೆ").
//! A politician's quoted "ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ" opens a paragraph now and then: the reporting
//! verbs ("ಮನವಿ ಮಾಡಿದರು", "ಎಂದು ಹೇಳಿದರು") are body rows.
//!
//! The `xx` pack comes first and keeps the Kannada rows it held before this pack: the
//! platform names (with the joiner and without), "ಕುಕೀ*", the read-also lines "ಇದನ್ನೂ ಓದಿ",
//! "ಮತ್ತಷ್ಟು ಓದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿ", the share line "ಹಂಚಿಕೊಳ್ಳಿ", the label "ಚಂದಾದಾರರಾಗಿ",
//! the comments' "ಪ್ರತಿಕ್ರಿಯೆಗಳು". A row here of the same phrase and position would never
//! count: the rows here hold those words in other positions (a label, a block's opening) or
//! in longer forms ("ಇದನ್ನೂ ಓದಿ:", "ಕುಕೀಗಳನ್ನು").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "kn",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 ನಿಮಿಷದ ಓದು").
        chrome(Other).at(Any).max_words(6).phrases(&["ನಿಮಿಷದ ಓದು", "ನಿಮಿಷ ಓದು", "ನಿಮಿಷಗಳ ಓದು"]),
        // A press day's speakers urge the same ("ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ಬೆಂಬಲಿಸಿ ಎಂದು
        // ಸಚಿವರು ಕರೆ ನೀಡಿದರು"): a box's heading, at its opening.
        header(Donation).max_words(6).phrases(&[
            "ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ಬೆಂಬಲಿಸಿ", "ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮಕ್ಕೆ ಬೆಂಬಲ ನೀಡಿ", "ನಮ್ಮ ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ಬೆಂಬಲಿಸಿ",
            "ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮಕ್ಕೆ ನಿಮ್ಮ ಬೆಂಬಲ ಬೇಕು", "ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮಕ್ಕೆ ಕೈಜೋಡಿಸಿ",
        ]),
        header(Donation).max_words(6).phrases(&["ಓದುಗರಲ್ಲಿ ಮನವಿ", "ಓದುಗರಲ್ಲಿ ವಿನಂತಿ", "ಓದುಗರಿಗೆ ಮನವಿ", "ಓದುಗರಲ್ಲಿ ಒಂದು ಮನವಿ"]),
        // A candidate says "ನಮಗೆ ನಿಮ್ಮ ಬೆಂಬಲ ಬೇಕು" too: a heading of a few words only.
        header(Donation).max_words(6).phrases(&["ನಮಗೆ ನಿಮ್ಮ ಬೆಂಬಲ ಬೇಕು", "ನಮಗೆ ನಿಮ್ಮ ನೆರವು ಬೇಕು", "ನಮಗೆ ನಿಮ್ಮ ಬೆಂಬಲ ಬೇಕಿದೆ"]),
        header(Donation).max_words(4).phrases(&["ಹೋಗುವ ಮುನ್ನ", "ನೀವು ಹೋಗುವ ಮುನ್ನ"]),
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "ನಿಮ್ಮಂತಹ ಓದುಗರ ಬೆಂಬಲ", "ನಿಮ್ಮಂಥ ಓದುಗರ ಬೆಂಬಲ", "ನಿಮ್ಮಂತಹ ಓದುಗರ ನೆರವು", "ನಿಮ್ಮಂತಹ ಓದುಗರಿಂದ", "ನಿಮ್ಮಂಥ ಓದುಗರಿಂದ",
            "ದೇಣಿಗೆ ಮೊತ್ತವನ್ನು ಆಯ್ಕೆ ಮಾಡಿ", "ದೇಣಿಗೆಯ ಮೊತ್ತವನ್ನು ಆಯ್ಕೆ ಮಾಡಿ", "ನಮ್ಮ ಪತ್ರಿಕೋದ್ಯಮಕ್ಕೆ ನಿಮ್ಮ ಬೆಂಬಲ",
            "ನಮ್ಮ ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ಬೆಂಬಲಿಸಲು", "ನಮ್ಮ ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ಬೆಂಬಲಿಸಿ",
        ]),
        // A party asks "ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ", a temple "ದೇಣಿಗೆ ನೀಡಿ", and the participle opens a
        // story's line ("ದೇಣಿಗೆ ನೀಡಿ ಸಹಕರಿಸಿದ ..."): a short block's opening only.
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&[
            "ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ", "ನಮ್ಮನ್ನು ಆರ್ಥಿಕವಾಗಿ ಬೆಂಬಲಿಸಿ", "ಈಗಲೇ ದೇಣಿಗೆ ನೀಡಿ", "ದೇಣಿಗೆ ನೀಡಿರಿ", "ನಮಗೆ ದೇಣಿಗೆ ನೀಡಿ",
            "ನಮ್ಮ ಕೆಲಸವನ್ನು ಬೆಂಬಲಿಸಿ", "ಪ್ರತಿ ದೇಣಿಗೆಯೂ ಮುಖ್ಯ", "ಪ್ರತಿಯೊಂದು ಕೊಡುಗೆಯೂ ಮುಖ್ಯ", "ಈಗಲೇ ಬೆಂಬಲಿಸಿ",
            "ನಮ್ಮೊಂದಿಗೆ ಕೈಜೋಡಿಸಿ",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&["ಕೊಡುಗೆ ನೀಡಿ", "ಆರ್ಥಿಕ ನೆರವು ನೀಡಿ"]),
        cue(Donation).phrases(&[
            "ನಿಮ್ಮ ಬೆಂಬಲ", "ನಿಮ್ಮ ಬೆಂಬಲದಿಂದ", "ನಿಮ್ಮ ಕೊಡುಗೆ", "ನಿಮ್ಮ ದೇಣಿಗೆ", "ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮ", "ಮಾಸಿಕ ದೇಣಿಗೆ",
            "ಒಂದು ಬಾರಿಯ ದೇಣಿಗೆ", "ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ", "ನಮಗೆ ಸಹಾಯ ಮಾಡಿ", "ಸಣ್ಣ ಮೊತ್ತವೂ", "ನಿಮ್ಮ ಕೈಲಾದಷ್ಟು",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["ಪ್ರತಿ ತಿಂಗಳು", "ತಿಂಗಳಿಗೆ"]),
        // "ಡೊನೇಷನ್" is a school's capitation fee in every admission story: weak alone.
        cue(Donation).weight(0.5).phrases(&["ದೇಣಿಗೆ*", "ಡೊನೇಟ*", "ಡೊನೇಷನ*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ಆತ್ಮೀಯ ಓದುಗರೇ", "ಆತ್ಮೀಯ ಓದುಗರೆ", "ಪ್ರಿಯ ಓದುಗರೇ", "ಪ್ರಿಯ ಓದುಗರೆ", "ಪ್ರೀತಿಯ ಓದುಗರೇ", "ಗೌರವಾನ್ವಿತ ಓದುಗರೇ",
            "ಆತ್ಮೀಯ ಓದುಗ ಮಿತ್ರರೇ", "ಓದುಗ ಮಿತ್ರರೇ", "ಆತ್ಮೀಯ ವೀಕ್ಷಕರೇ", "ಪ್ರಿಯ ವೀಕ್ಷಕರೇ",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&[
            "ಈ ಲೇಖನ ನಿಮಗೆ ಇಷ್ಟವಾಯಿತೇ", "ಈ ಸುದ್ದಿ ನಿಮಗೆ ಇಷ್ಟವಾಯಿತೇ", "ಈ ಲೇಖನ ಇಷ್ಟವಾಯಿತೇ", "ಈ ಲೇಖನ ನಿಮಗೆ ಇಷ್ಟವಾಗಿದ್ದರೆ",
            "ಈ ಲೇಖನ ಇಷ್ಟವಾದರೆ", "ಈ ಸುದ್ದಿ ಇಷ್ಟವಾದರೆ", "ಈ ಲೇಖನ ನಿಮಗೆ ಉಪಯುಕ್ತವಾಗಿದ್ದರೆ",
        ]),
        header(Donation).weight(3.0).max_words(6).phrases(&[
            "ನಮ್ಮ ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ನೀವು ಮೆಚ್ಚುತ್ತೀರಾ", "ನಮ್ಮ ಕೆಲಸ ನಿಮಗೆ ಇಷ್ಟವಾದರೆ", "ನಮ್ಮ ಪತ್ರಿಕೋದ್ಯಮ ನಿಮಗೆ ಇಷ್ಟವಾದರೆ",
        ]),
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "ಓದಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು", "ಓದಿದ್ದಕ್ಕಾಗಿ ಧನ್ಯವಾದಗಳು", "ಕೊನೆಯವರೆಗೂ ಓದಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು", "ಲೇಖನ ಓದಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು",
        ]),
        // "ಸದಸ್ಯರಾಗಿ" is also "as a member" ("ಸಮಿತಿಯ ಸದಸ್ಯರಾಗಿ ನೇಮಕ"): anywhere only with the
        // readers named; bare, a short block's opening.
        ask(Membership).max_words(16).phrases(&[
            "ನಮ್ಮ ಓದುಗರ ಬಳಗಕ್ಕೆ ಸೇರಿಕೊಳ್ಳಿ", "ನಮ್ಮ ಓದುಗರ ಬಳಗಕ್ಕೆ ಸೇರಿ", "ಓದುಗರ ಬಳಗದ ಸದಸ್ಯರಾಗಿ", "ನಮ್ಮ ಸದಸ್ಯತ್ವ ಯೋಜನೆ",
            "ಸದಸ್ಯರಾಗಿ ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ",
        ]),
        ask(Membership).at(Start).max_words(5).phrases(&[
            "ಸದಸ್ಯತ್ವ ಪಡೆಯಿರಿ", "ಇಂದೇ ಸದಸ್ಯರಾಗಿ", "ಈಗಲೇ ಸದಸ್ಯರಾಗಿ", "ನಮ್ಮ ಸದಸ್ಯರಾಗಿ", "ಪ್ರೀಮಿಯಂ ಸದಸ್ಯರಾಗಿ",
            "ಸದಸ್ಯರಾಗಿ ಸೇರಿಕೊಳ್ಳಿ",
        ]),
        cue(Membership).weight(0.5).phrases(&["ಸದಸ್ಯತ್ವ", "ನಮ್ಮ ಸದಸ್ಯರು"]),
        ask(Subscription).max_words(16).phrases(&[
            "ಈಗಾಗಲೇ ಚಂದಾದಾರರೇ", "ಈಗಾಗಲೇ ಚಂದಾದಾರರಾಗಿದ್ದೀರಾ", "ಚಂದಾ ಯೋಜನೆಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿ", "ಇ-ಪೇಪರ್‌ಗೆ ಚಂದಾದಾರರಾಗಿ",
            "ಇ-ಪೇಪರ್ಗೆ ಚಂದಾದಾರರಾಗಿ",
        ]),
        // "ಚಂದಾದಾರರಾಗಿ" is also "as subscribers", and a YouTuber says "ಸಬ್‌ಸ್ಕ್ರೈಬ್ ಮಾಡಿ" in a
        // story: a short block's opening only.
        ask(Subscription).at(Start).max_words(5).phrases(&[
            "ಈಗಲೇ ಚಂದಾದಾರರಾಗಿ", "ಇಂದೇ ಚಂದಾದಾರರಾಗಿ", "ಸಬ್\u{200c}ಸ್ಕ್ರೈಬ್ ಮಾಡಿ", "ಸಬ್ಸ್ಕ್ರೈಬ್ ಮಾಡಿ",
            "ಚಂದಾದಾರಿಕೆ ಪಡೆಯಿರಿ",
        ]),
        // The names of the offer, which a story on a paper's or a telecom's prices names too: cues.
        cue(Subscription).phrases(&[
            "ಡಿಜಿಟಲ್ ಚಂದಾದಾರಿಕೆ", "ಮೊದಲ ತಿಂಗಳು ಉಚಿತ", "ಅನಿಯಮಿತ ಪ್ರವೇಶ", "ಇ-ಪೇಪರ್", "ವಾರ್ಷಿಕ ಚಂದಾ", "ಮುದ್ರಣ ಆವೃತ್ತಿ",
            "ಯಾವಾಗ ಬೇಕಾದರೂ ರದ್ದುಗೊಳಿಸಬಹುದು",
        ]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "ಈ ಲೇಖನ ಚಂದಾದಾರರಿಗೆ ಮಾತ್ರ", "ಈ ಸುದ್ದಿ ಚಂದಾದಾರರಿಗೆ ಮಾತ್ರ", "ಮುಂದೆ ಓದಲು ಲಾಗಿನ್ ಆಗಿ", "ಮುಂದೆ ಓದಲು ಚಂದಾದಾರರಾಗಿ",
            "ಪೂರ್ಣ ಲೇಖನ ಓದಲು ಲಾಗಿನ್ ಆಗಿ", "ಪೂರ್ಣ ಲೇಖನ ಓದಲು ಚಂದಾದಾರರಾಗಿ", "ಉಚಿತ ಲೇಖನಗಳ ಮಿತಿ",
        ]),
        // "ಮುಂದೆ ಓದಲು" is also "to study further" (a student's story), and a how-to says
        // "ಪೂರ್ಣ ಮಾಹಿತಿ ಓದಲು": the nag's opening only, with the article named.
        ask(Paywall).at(Start).max_words(5).phrases(&[
            "ಪೂರ್ಣ ಲೇಖನ ಓದಲು", "ಸಂಪೂರ್ಣ ಲೇಖನ ಓದಲು", "ಪೂರ್ಣ ಸುದ್ದಿ ಓದಲು", "ಸಂಪೂರ್ಣ ಸುದ್ದಿ ಓದಲು",
        ]),
        // A lounge's or a club's service "for subscribers only" is news too: the nag's short line.
        line(Paywall).max_words(15).phrases(&["ಚಂದಾದಾರರಿಗೆ ಮಾತ್ರ", "ಪ್ರೀಮಿಯಂ ಚಂದಾದಾರರಿಗೆ ಮಾತ್ರ"]),
        cue(Paywall).phrases(&["ಚಂದಾದಾರರಿಗೆ ಮಾತ್ರ", "ಪ್ರೀಮಿಯಂ ಲೇಖನ", "ಪ್ರೀಮಿಯಂ ಸುದ್ದಿ"]),
        // The meter: "ನೀವು ಈ ತಿಂಗಳ 5 ಉಚಿತ ಲೇಖನಗಳಲ್ಲಿ 4 ಓದಿದ್ದೀರಿ" (the numbers vary).
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ಉಚಿತ ಲೇಖನ", "ಉಚಿತ ಲೇಖನಗಳು", "ಉಚಿತ ಲೇಖನಗಳನ್ನು", "ಉಳಿದಿರುವ ಉಚಿತ ಲೇಖನ"]),
        ask(Paywall).max_words(16).phrases(&[
            "ಇದು ನಿಮ್ಮ ಕೊನೆಯ ಉಚಿತ ಲೇಖನ", "ಕೊನೆಯ ಉಚಿತ ಲೇಖನ", "ಉಚಿತ ಲೇಖನಗಳನ್ನು ಓದಿದ್ದೀರಿ",
            "ಉಚಿತ ಲೇಖನಗಳ ಮಿತಿಯನ್ನು ತಲುಪಿದ್ದೀರಿ",
        ]),
        // Ending on the virama, the newsletter's name matches its case forms ("-ಗೆ", "-ನಲ್ಲಿ").
        ask(Newsletter).max_words(16).phrases(&[
            "ನಮ್ಮ ನ್ಯೂಸ್\u{200c}ಲೆಟರ್", "ನಮ್ಮ ನ್ಯೂಸ್ಲೆಟರ್", "ನಮ್ಮ ನ್ಯೂಸ್ ಲೆಟರ್", "ನಮ್ಮ ಸುದ್ದಿಪತ್ರಕ್ಕೆ", "ನಮ್ಮ ಸುದ್ದಿಪತ್ರವನ್ನು",
            "ನೇರವಾಗಿ ನಿಮ್ಮ ಇನ್\u{200c}ಬಾಕ್ಸ್", "ನೇರವಾಗಿ ನಿಮ್ಮ ಇನ್ಬಾಕ್ಸ್", "ಸೈನ್ ಅಪ್ ಮಾಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು",
            "ಸಬ್\u{200c}ಸ್ಕ್ರೈಬ್ ಮಾಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು", "ಸಬ್ಸ್ಕ್ರೈಬ್ ಮಾಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು", "ಚಂದಾದಾರರಾಗಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು",
        ]),
        // A bank's or the police's scam warning says "ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ಯಾರಿಗೂ ನೀಡಬೇಡಿ"
        // and "ನಿಮ್ಮ ಇನ್‌ಬಾಕ್ಸ್‌ಗೆ ಬರುವ ನಕಲಿ ಸಂದೇಶ": the form's opening, or cues.
        ask(Newsletter).at(Start).max_words(5).phrases(&[
            "ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ", "ನಿಮ್ಮ ಇಮೇಲ್ ನಮೂದಿಸಿ", "ನಿಮ್ಮ ಇ-ಮೇಲ್ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ",
        ]),
        cue(Newsletter).weight(2.0).phrases(&["ನಿಮ್ಮ ಇನ್\u{200c}ಬಾಕ್ಸ್", "ನಿಮ್ಮ ಇನ್ಬಾಕ್ಸ್", "ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸ"]),
        cue(Newsletter).phrases(&["ನ್ಯೂಸ್\u{200c}ಲೆಟರ್", "ನ್ಯೂಸ್ಲೆಟರ್", "ಸುದ್ದಿಪತ್ರ", "ಗೌಪ್ಯತಾ ನೀತಿ", "ಖಾಸಗಿತನ ನೀತಿ"]),
        ask(App).max_words(16).phrases(&[
            "ನಮ್ಮ ಆ್ಯಪ್ ಡೌನ್\u{200c}ಲೋಡ್", "ನಮ್ಮ ಆ್ಯಪ್ ಡೌನ್ಲೋಡ್", "ನಮ್ಮ ಆಪ್ ಡೌನ್\u{200c}ಲೋಡ್", "ನಮ್ಮ ಆಪ್ ಡೌನ್ಲೋಡ್",
            "ಆ್ಯಪ್\u{200c}ನಲ್ಲಿ ಓದಿ", "ಆ್ಯಪ್ನಲ್ಲಿ ಓದಿ", "ನಮ್ಮ ಮೊಬೈಲ್ ಆ್ಯಪ್",
        ]),
        // An office asks citizens to download its app too ("ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿಕೊಂಡು
        // ನೋಂದಾಯಿಸಿ"): a short line's opening only.
        ask(App).at(Start).max_words(5).phrases(&[
            "ಆ್ಯಪ್ ಡೌನ್\u{200c}ಲೋಡ್ ಮಾಡಿ", "ಆ್ಯಪ್ ಡೌನ್ಲೋಡ್ ಮಾಡಿ", "ಆ್ಯಪ್ ಡೌನ್\u{200c}ಲೋಡ್ ಮಾಡಿಕೊಳ್ಳಿ", "ಆ್ಯಪ್ ಡೌನ್ಲೋಡ್ ಮಾಡಿಕೊಳ್ಳಿ",
            "ಆಪ್ ಡೌನ್\u{200c}ಲೋಡ್ ಮಾಡಿ", "ಆಪ್ ಡೌನ್ಲೋಡ್ ಮಾಡಿ",
        ]),
        cue(App).phrases(&["ನಮ್ಮ ಆ್ಯಪ್", "ನಮ್ಮ ಆಪ್"]),
        cue(App).weight(1.0).phrases(&["ಪ್ಲೇ ಸ್ಟೋರ್", "ಆ್ಯಪ್ ಸ್ಟೋರ್", "ನೋಟಿಫಿಕೇಶನ್", "ನೋಟಿಫಿಕೇಷನ್"]),
        ask(Cookie).max_words(16).phrases(&[
            "ನಾವು ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತೇವೆ", "ನಾವು ಕುಕೀಸ್ ಬಳಸುತ್ತೇವೆ", "ನಾವು ಕುಕಿಗಳನ್ನು ಬಳಸುತ್ತೇವೆ", "ಎಲ್ಲಾ ಕುಕೀಗಳನ್ನು ಸ್ವೀಕರಿಸಿ",
            "ಎಲ್ಲ ಕುಕೀಗಳನ್ನು ಸ್ವೀಕರಿಸಿ", "ಕುಕೀ ನೀತಿ", "ಕುಕೀಸ್ ನೀತಿ", "ಕುಕೀ ಸೆಟ್ಟಿಂಗ್", "ಕುಕೀಗಳ ಬಳಕೆಗೆ ಒಪ್ಪಿಗೆ",
        ]),
        // A data protection story says it of a site it reports on: a block's opening.
        ask(Cookie).at(Start).max_words(5).phrases(&[
            "ಈ ವೆಬ್\u{200c}ಸೈಟ್ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ", "ಈ ವೆಬ್ಸೈಟ್ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ", "ಈ ಜಾಲತಾಣ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ",
            "ಈ ವೆಬ್\u{200c}ಸೈಟ್ ಬಳಸುವುದನ್ನು ಮುಂದುವರಿಸುವ ಮೂಲಕ", "ಈ ವೆಬ್ಸೈಟ್ ಬಳಸುವುದನ್ನು ಮುಂದುವರಿಸುವ ಮೂಲಕ",
        ]),
        cue(Cookie).phrases(&["ಕುಕೀಗಳನ್ನು", "ಕುಕೀಗಳು", "ಕುಕಿಗಳನ್ನು", "ಕುಕಿಗಳು", "ನಿಮ್ಮ ಅನುಭವವನ್ನು ಸುಧಾರಿಸಲು"]),
        // "ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ" is also "having followed us" in a victim's account: with a
        // platform or a channel anywhere, bare at a short block's opening.
        ask(Social).max_words(16).phrases(&[
            "ನಮ್ಮ ವಾಟ್ಸ್\u{200c}ಆ್ಯಪ್ ಚಾನೆಲ್", "ನಮ್ಮ ವಾಟ್ಸ್ಆ್ಯಪ್ ಚಾನೆಲ್", "ನಮ್ಮ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್", "ನಮ್ಮ ಟೆಲಿಗ್ರಾಂ ಚಾನೆಲ್",
            "ನಮ್ಮ ಟೆಲಿಗ್ರಾಮ್ ಚಾನೆಲ್", "ನಮ್ಮ ಯೂಟ್ಯೂಬ್ ಚಾನೆಲ್", "ಗೂಗಲ್ ನ್ಯೂಸ್\u{200c}ನಲ್ಲಿ ಫಾಲೋ ಮಾಡಿ", "ಗೂಗಲ್ ನ್ಯೂಸ್ನಲ್ಲಿ ಫಾಲೋ ಮಾಡಿ",
            "ಗೂಗಲ್ ನ್ಯೂಸ್\u{200c}ನಲ್ಲಿ ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ", "ಸಾಮಾಜಿಕ ಜಾಲತಾಣಗಳಲ್ಲಿ ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ",
            "ಸಾಮಾಜಿಕ ಜಾಲತಾಣಗಳಲ್ಲಿ ನಮ್ಮನ್ನು ಹಿಂಬಾಲಿಸಿ", "ಫೇಸ್\u{200c}ಬುಕ್\u{200c}ನಲ್ಲಿ ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ",
            "ಫೇಸ್ಬುಕ್ನಲ್ಲಿ ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ", "ಲಿಂಕ್ ಕಾಪಿ ಆಗಿದೆ", "ಲಿಂಕ್ ನಕಲಿಸಲಾಗಿದೆ", "ಈ ಸುದ್ದಿಯನ್ನು ಹಂಚಿಕೊಳ್ಳಿ",
            "ಈ ಲೇಖನವನ್ನು ಹಂಚಿಕೊಳ್ಳಿ", "ಸ್ನೇಹಿತರೊಂದಿಗೆ ಹಂಚಿಕೊಳ್ಳಿ", "ಇಷ್ಟವಾದರೆ ಶೇರ್ ಮಾಡಿ", "ಇಷ್ಟವಾದಲ್ಲಿ ಶೇರ್ ಮಾಡಿ",
            "ಚಾನೆಲ್\u{200c}ಗೆ ಜಾಯಿನ್ ಆಗಿ", "ಚಾನೆಲ್ಗೆ ಜಾಯಿನ್ ಆಗಿ", "ಚಾನೆಲ್\u{200c}ಗೆ ಸೇರಿಕೊಳ್ಳಿ", "ಚಾನೆಲ್ಗೆ ಸೇರಿಕೊಳ್ಳಿ",
        ]),
        ask(Social).at(Start).max_words(5).phrases(&["ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ"]),
        // The opening of a channel's line ("ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳಿಗಾಗಿ ನಮ್ಮ ... ಫಾಲೋ ಮಾಡಿ"), which
        // a story on a minister's feed may hold: cues.
        cue(Social).phrases(&["ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ", "ನಮ್ಮೊಂದಿಗೆ ಸಂಪರ್ಕದಲ್ಲಿರಿ", "ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳಿಗಾಗಿ", "ತಾಜಾ ಸುದ್ದಿಗಳಿಗಾಗಿ"]),
        // The spellings the `xx` pack's prefixes miss (its "-ಮ್" forms), with their case endings.
        platform(Social).max_words(12).phrases(&[
            "ಇನ್\u{200c}ಸ್ಟಾಗ್ರಾಂ*", "ಇನ್ಸ್ಟಾಗ್ರಾಂ*", "ಟೆಲಿಗ್ರಾಂ*", "ಟ್ವಿಟ್ಟರ್*", "ವಾಟ್ಸಪ್*", "ಶೇರ್\u{200c}ಚಾಟ್*",
        ]),
        // A read-also line opens no story's sentence, but the `xx` pack holds the bare form at
        // a line's opening: the forms with their colon, and the others.
        line(Related).max_words(24).phrases(&[
            "ಇದನ್ನೂ ಓದಿ:", "ಇದನ್ನೂ ಓದಿ :", "ಇದನ್ನು ಓದಿ:", "ಇದನ್ನೂ ಓದಿರಿ", "ಇವುಗಳನ್ನೂ ಓದಿ", "ಇದನ್ನೂ ನೋಡಿ", "ಇದನ್ನೂ ಓದಿ|",
            "ಇದನ್ನೂ ಓದಿ-", "ಸಂಬಂಧಿತ ಸುದ್ದಿ:", "ಮತ್ತಷ್ಟು ಓದಿ:",
        ]),
        // "ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳ ಪ್ರಕಾರ ..." (according to the latest reports) opens a story's line:
        // a heading's few words only.
        line(Related).max_words(3).phrases(&[
            "ಇತ್ತೀಚಿನ ಸುದ್ದಿ", "ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳು", "ಪ್ರಮುಖ ಸುದ್ದಿಗಳು", "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು", "ಹೆಚ್ಚು ಓದಿದ ಸುದ್ದಿ",
            "ಟ್ರೆಂಡಿಂಗ್ ಸುದ್ದಿ", "ಮತ್ತಷ್ಟು ಸುದ್ದಿಗಳು", "ಇನ್ನಷ್ಟು ಸುದ್ದಿಗಳು", "ಸಂಪಾದಕರ ಆಯ್ಕೆ", "ಮುಂದಿನ ಸುದ್ದಿ", "ಹಿಂದಿನ ಸುದ್ದಿ",
        ]),
        // (Not "ಇದನ್ನೂ ಓದಿ" alone on its line: a story's crosshead over the books it names
        // reads so too; the table of no language reads it, below an anchor's weight.)
        label(Related).phrases(&[
            "ಸಂಬಂಧಿತ ಸುದ್ದಿ", "ಸಂಬಂಧಿತ ಲೇಖನಗಳು", "ಹೆಚ್ಚು ಓದಿದ", "ಹೆಚ್ಚು ಓದಿದ್ದು", "ಹೆಚ್ಚು ಓದಲ್ಪಟ್ಟ", "ಟ್ರೆಂಡಿಂಗ್",
            "ನಿಮಗೆ ಇಷ್ಟವಾಗಬಹುದು", "ಇನ್ನಷ್ಟು ಓದಿ", "ಮತ್ತಷ್ಟು ಓದಿ", "ಇತ್ತೀಚಿನ ಪೋಸ್ಟ್\u{200c}ಗಳು", "ಸಂಬಂಧಿತ ಪೋಸ್ಟ್\u{200c}ಗಳು",
            "ಹೆಚ್ಚು ವೀಕ್ಷಿಸಿದ", "ಪ್ರಮುಖ ಸುದ್ದಿ", "ಇನ್ನಷ್ಟು ಸುದ್ದಿ",
        ]),
        // The translated column's and the first-published formulas.
        ask(Credit).max_words(16).phrases(&["ಈ ಲೇಖನ ಮೊದಲು ಪ್ರಕಟವಾಗಿದ್ದು", "ಈ ಲೇಖನ ಮೂಲತಃ", "ಈ ಲೇಖನವು ಮೊದಲು", "ಈ ಲೇಖನವನ್ನು ಮೊದಲು"]),
        cue(Credit).phrases(&["ಮೂಲತಃ ಪ್ರಕಟವಾದ", "ಮೊದಲು ಪ್ರಕಟವಾಗಿದೆ"]),
        // (Not "ಚಿತ್ರ:" nor "ಫೋಟೋ:" alone: a caption opens on them as often as a credit does.)
        line(Credit).max_words(10).phrases(&[
            "ವರದಿ:", "ವರದಿ :", "ಬರಹ:", "ಬರಹ :", "ಲೇಖಕರು:", "ಲೇಖಕ:", "ಲೇಖಕಿ:", "ಚಿತ್ರ ಕೃಪೆ", "ಫೋಟೋ ಕೃಪೆ", "ಫೋಟೊ ಕೃಪೆ",
            "ಸಂಪಾದನೆ:", "ಅನುವಾದ:", "ಕನ್ನಡಕ್ಕೆ:", "ನಿರೂಪಣೆ:", "ವರದಿಗಾರರು:", "ಬರೆದವರು:", "ಕೃಪೆ:",
        ]),
        line(Credit).max_words(12).phrases(&["ಲೇಖಕರನ್ನು ಸಂಪರ್ಕಿಸಿ", "ಲೇಖಕರಿಗೆ ಇಮೇಲ್ ಮಾಡಿ"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&[
            "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ", "ಪ್ರಾತಿನಿಧಿಕ ಚಿತ್ರ", "ಸಂಗ್ರಹ ಚಿತ್ರ", "ಕಡತ ಚಿತ್ರ", "ಫೈಲ್ ಚಿತ್ರ", "ಫೈಲ್ ಫೋಟೋ", "ಸಾಂಕೇತಿಕ ಚಿತ್ರ",
        ]),
        chrome(Other).at(Any).max_words(6).phrases(&[
            "ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ", "ಎಲ್ಲಾ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ", "ಸರ್ವ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ",
            "ಎಲ್ಲ ಹಕ್ಕುಗಳು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ", "ಸರ್ವಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ",
        ]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["ಅನುಮತಿ ಇಲ್ಲದೆ ಮರುಪ್ರಕಟಣೆ ನಿಷೇಧಿಸಲಾಗಿದೆ", "ಕೃತಿಸ್ವಾಮ್ಯ"]),
        // Small papers' and portals' footer line ("Contact for news and ads").
        line(Other).max_words(15).phrases(&[
            "ಸುದ್ದಿ ಮತ್ತು ಜಾಹೀರಾತಿಗಾಗಿ ಸಂಪರ್ಕಿಸಿ", "ಸುದ್ದಿ ಮತ್ತು ಜಾಹೀರಾತಿಗೆ ಸಂಪರ್ಕಿಸಿ", "ಜಾಹೀರಾತಿಗಾಗಿ ಸಂಪರ್ಕಿಸಿ", "ಜಾಹೀರಾತಿಗೆ ಸಂಪರ್ಕಿಸಿ",
        ]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&[
            "ನಿಮ್ಮ ಬಳಿ ಸುದ್ದಿ ಇದೆಯೇ", "ನಿಮ್ಮ ಬಳಿ ಯಾವುದಾದರೂ ಸುದ್ದಿ ಇದೆಯೇ", "ನಮಗೆ ಸುದ್ದಿ ಕಳುಹಿಸಿ", "ನಿಮ್ಮ ಸುದ್ದಿ ಕಳುಹಿಸಿ",
        ]),
        // An official's "ನಮ್ಮನ್ನು ಸಂಪರ್ಕಿಸಿ" is news: a short line only.
        line(Other).max_words(6).phrases(&["ನಮ್ಮನ್ನು ಸಂಪರ್ಕಿಸಿ"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ಮುಚ್ಚಿ", "ಈಗ ಬೇಡ", "ಬೇಡ, ಧನ್ಯವಾದ", "ಬೇಡ, ಧನ್ಯವಾದಗಳು", "ನಂತರ", "ಆಮೇಲೆ", "ನಂತರ ನೆನಪಿಸಿ", "ಒಪ್ಪುತ್ತೇನೆ",
            "ನಾನು ಒಪ್ಪುತ್ತೇನೆ", "ಸ್ವೀಕರಿಸಿ", "ಎಲ್ಲವನ್ನೂ ಸ್ವೀಕರಿಸಿ", "ನಿರಾಕರಿಸಿ", "ಮುಂದುವರಿಸಿ", "ಮುಂದುವರಿಯಿರಿ", "ಸರಿ",
            "ಅರ್ಥವಾಯಿತು", "ಲಾಗಿನ್", "ಲಾಗ್ ಇನ್", "ಸೈನ್ ಇನ್", "ರದ್ದುಮಾಡಿ", "ಮುಂದೆ", "ಹಿಂದೆ", "ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ",
            "ಸೆಟ್ಟಿಂಗ್\u{200c}ಗಳು", "ಇನ್ನಷ್ಟು ನೋಡಿ", "ಎಲ್ಲವನ್ನೂ ನೋಡಿ", "ಒಂದು ಬಾರಿ", "ಪ್ರತಿ ತಿಂಗಳು", "ಬೇರೆ ಮೊತ್ತ", "ಅನುಮತಿಸಿ",
        ]),
        // A how-to's steps, each a line of its own ("ಲಾಗಿನ್ ಮಾಡಿ.", "ಪಾವತಿಸಿ.", a tax guide's):
        // a box's edges, not anchors.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ಲಾಗಿನ್ ಮಾಡಿ", "ನೋಂದಾಯಿಸಿ", "ಕಳುಹಿಸಿ", "ಹುಡುಕಿ", "ಮೊತ್ತವನ್ನು ಆಯ್ಕೆ ಮಾಡಿ", "ಪಾವತಿಸಿ",
        ]),
        // The question over a box, each a line of its own.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ಯಾವುದೇ ಸುದ್ದಿ ತಪ್ಪಿಸಿಕೊಳ್ಳಬೇಡಿ", "ಅಪ್\u{200c}ಡೇಟ್ ಆಗಿರಲು ಬಯಸುವಿರಾ", "ಇಂತಹ ಇನ್ನಷ್ಟು ಸುದ್ದಿಗಳು ಬೇಕೇ",
        ]),
        outlet(Donation).phrases(&[
            "ಸ್ವತಂತ್ರ ಮಾಧ್ಯಮ", "ಸ್ವತಂತ್ರ ಸುದ್ದಿ ಮಾಧ್ಯಮ", "ಲಾಭರಹಿತ", "ಲಾಭೋದ್ದೇಶವಿಲ್ಲದ", "ಜಾಹೀರಾತು ರಹಿತ", "ಜಾಹೀರಾತುರಹಿತ",
            "ಓದುಗರ ಬೆಂಬಲದಿಂದ", "ಓದುಗರ ನೆರವಿನಿಂದ", "ಎಲ್ಲರಿಗೂ ಉಚಿತ", "ಜಾಹೀರಾತುಗಳನ್ನು ಅವಲಂಬಿಸಿಲ್ಲ", "ಓದುಗರಿಂದಲೇ ನಡೆಯುವ",
            "ಯಾವುದೇ ಪಕ್ಷದ ಹಂಗಿಲ್ಲದ",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["ತಿದ್ದುಪಡಿ:", "ಸ್ಪಷ್ಟನೆ:", "ಸಂಪಾದಕರ ಟಿಪ್ಪಣಿ:", "ಸಂಪಾದಕೀಯ ಟಿಪ್ಪಣಿ:"]),
        notice().at(Any).phrases(&[
            "ಈ ಸುದ್ದಿಯನ್ನು ಅಪ್\u{200c}ಡೇಟ್ ಮಾಡಲಾಗಿದೆ", "ಈ ಸುದ್ದಿಯನ್ನು ಅಪ್ಡೇಟ್ ಮಾಡಲಾಗಿದೆ", "ಈ ಸುದ್ದಿ ಅಪ್\u{200c}ಡೇಟ್ ಆಗುತ್ತಿದೆ",
            "ಈ ಸುದ್ದಿ ಅಪ್ಡೇಟ್ ಆಗುತ್ತಿದೆ", "ಈ ಸುದ್ದಿಯ ಹಿಂದಿನ ಆವೃತ್ತಿಯಲ್ಲಿ",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, told,
        // urged, appealed, according to), which no box uses.
        // The quotative after a quoted ask marks the story quoting it ("... చేరండి అంటూ", "... ಎಂಬ", "... എന്ന്", "... ተብሏል").
        body().phrases(&["ಎಂಬ"]),
        body().phrases(&[
            "ಹೇಳಿದರು", "ಹೇಳಿದ್ದಾರೆ", "ತಿಳಿಸಿದರು", "ತಿಳಿಸಿದ್ದಾರೆ", "ಮಾಹಿತಿ ನೀಡಿದರು", "ಮಾಹಿತಿ ನೀಡಿದ್ದಾರೆ", "ಆರೋಪಿಸಿದರು",
            "ಆರೋಪಿಸಿದ್ದಾರೆ", "ಒತ್ತಾಯಿಸಿದರು", "ಒತ್ತಾಯಿಸಿದ್ದಾರೆ", "ಮನವಿ ಮಾಡಿದರು", "ಮನವಿ ಮಾಡಿದ್ದಾರೆ", "ಕರೆ ನೀಡಿದರು",
            "ಕರೆ ನೀಡಿದ್ದಾರೆ", "ಎಚ್ಚರಿಕೆ ನೀಡಿದರು", "ಸ್ಪಷ್ಟಪಡಿಸಿದರು", "ವಿವರಿಸಿದರು", "ಘೋಷಿಸಿದರು", "ಪ್ರತಿಕ್ರಿಯಿಸಿದರು",
            "ಅಭಿಪ್ರಾಯಪಟ್ಟರು", "ಪೊಲೀಸರ ಪ್ರಕಾರ", "ಮೂಲಗಳ ಪ್ರಕಾರ", "ಸುದ್ದಿಗಾರರೊಂದಿಗೆ ಮಾತನಾಡಿದ", "ಸುದ್ದಿಗೋಷ್ಠಿಯಲ್ಲಿ",
            "ಪ್ರಕಟಣೆಯಲ್ಲಿ ತಿಳಿಸಿದ್ದಾರೆ", "ಹೇಳಿಕೆ ನೀಡಿದ್ದಾರೆ", "ವರದಿಯಾಗಿದೆ", "ಎಂದು ತಿಳಿಸಲಾಗಿದೆ", "ಎಂದರು", "ಎಂದಿದ್ದಾರೆ",
            "ಭರವಸೆ ನೀಡಿದರು", "ಸೂಚಿಸಿದರು", "ಸೂಚನೆ ನೀಡಿದರು", "ತಿಳಿಸಿದೆ", "ಹೇಳಿದೆ", "ಮಾತನಾಡಿದ ಅವರು",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "ಲೇಖಕರ ಬಗ್ಗೆ", "ಲೇಖಕರ ಕುರಿತು", "ಲೇಖಕರ ಇತರ ಲೇಖನಗಳು", "ಈ ಲೇಖಕರ ಇನ್ನಷ್ಟು ಲೇಖನಗಳು",
        ]),
        // A column's closing bio ("(ಲೇಖಕರು ನಿವೃತ್ತ ಐಎಎಸ್ ಅಧಿಕಾರಿ)"); not "ಲೇಖಕರು" alone, a
        // book review's subject ("ಲೇಖಕರು ತಮ್ಮ ಕೃತಿಯಲ್ಲಿ ...").
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "ಲೇಖಕರು ಪತ್ರಕರ್ತರು", "ಲೇಖಕರು ಹಿರಿಯ ಪತ್ರಕರ್ತರು", "ಲೇಖಕರು ಪ್ರಾಧ್ಯಾಪಕರು", "ಲೇಖಕರು ನಿವೃತ್ತ", "ಲೇಖಕರು ವಕೀಲರು",
            "ಲೇಖಕರು ಅರ್ಥಶಾಸ್ತ್ರಜ್ಞರು", "ಲೇಖಕರು ಸಾಮಾಜಿಕ ಕಾರ್ಯಕರ್ತರು", "ಲೇಖಕರು ರಾಜಕೀಯ ವಿಶ್ಲೇಷಕರು", "ಲೇಖಕಿ ಪತ್ರಕರ್ತೆ",
            "ಲೇಖಕಿ ಪ್ರಾಧ್ಯಾಪಕಿ", "ಲೇಖಕರು ಸಹಾಯಕ ಪ್ರಾಧ್ಯಾಪಕರು",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["ಸ್ವತಂತ್ರ ಪತ್ರಕರ್ತರು", "ಅಂಕಣಕಾರರು"]),
        // The participle opens a story's line ("ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿ ಅವರು ..."): the bare forms in
        // a few words only.
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "ನಿಮ್ಮ ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿ", "ನಿಮ್ಮ ಅಭಿಪ್ರಾಯ ತಿಳಿಸಿ", "ಓದುಗರ ಪ್ರತಿಕ್ರಿಯೆ", "ಮೊದಲ ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿ", "ನಿಮ್ಮ ಕಾಮೆಂಟ್",
            "ಪ್ರತಿಕ್ರಿಯೆ ಬರೆಯಿರಿ", "ನಿಮ್ಮ ಪ್ರತಿಕ್ರಿಯೆ ಬರೆಯಿರಿ",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿ"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಕಾಮೆಂಟ್\u{200c}ಗಳು", "ಕಾಮೆಂಟ್ಗಳು"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಕಾಮೆಂಟ್\u{200c}ಗಳು", "ಕಾಮೆಂಟ್ಗಳು"]),
        ask(Other).part(Comments).phrases(&[
            "ಪ್ರತಿಕ್ರಿಯಿಸಲು ಲಾಗಿನ್ ಆಗಿ", "ಕಾಮೆಂಟ್ ಮಾಡಲು ಲಾಗಿನ್ ಆಗಿ", "ಪ್ರತಿಕ್ರಿಯೆಗಳಿಗೆ ಬರೆದವರೇ ಜವಾಬ್ದಾರರು",
        ]),
        // The reactions widget under a story ("ಈ ಸುದ್ದಿ ಓದಿ ನಿಮಗೆ ಏನನಿಸಿತು?").
        chrome(Other).part(Comments).max_words(12).phrases(&["ಈ ಸುದ್ದಿ ಓದಿ ನಿಮಗೆ ಏನನಿಸಿತು", "ಈ ಸುದ್ದಿಯನ್ನು ಓದಿ ನಿಮಗೆ ಏನನಿಸಿತು"]),
        ask(Other).part(Disclaimer).phrases(&[
            "ಲೇಖನದಲ್ಲಿ ವ್ಯಕ್ತಪಡಿಸಿರುವ ಅಭಿಪ್ರಾಯಗಳು", "ಲೇಖನದಲ್ಲಿ ವ್ಯಕ್ತವಾಗಿರುವ ಅಭಿಪ್ರಾಯಗಳು", "ಲೇಖಕರ ವೈಯಕ್ತಿಕ ಅಭಿಪ್ರಾಯ",
            "ಸಂಸ್ಥೆಯ ಅಭಿಪ್ರಾಯವಲ್ಲ", "ಪತ್ರಿಕೆಯ ಅಭಿಪ್ರಾಯವಲ್ಲ",
        ]),
        chrome(Other).part(Disclaimer).max_words(40).phrases(&["ಹಕ್ಕು ನಿರಾಕರಣೆ:", "ಹಕ್ಕುತ್ಯಾಗ:"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "ಮುಂದಿನ ಪುಟ", "ಹಿಂದಿನ ಪುಟ", "ಮುಖ್ಯ ವಿಷಯಕ್ಕೆ ತೆರಳಿ", "ವಿಷಯಕ್ಕೆ ತೆರಳಿ", "ತಪ್ಪು ವರದಿ ಮಾಡಿ", "ದೋಷ ವರದಿ ಮಾಡಿ",
            "ಮುಖಪುಟಕ್ಕೆ ಹಿಂತಿರುಗಿ",
        ]),
        ask(Other).part(Navigation).phrases(&["ನಿಮ್ಮ ಬ್ರೌಸರ್ ಹಳೆಯದಾಗಿದೆ", "ಜಾವಾಸ್ಕ್ರಿಪ್ಟ್ ಸಕ್ರಿಯಗೊಳಿಸಿ"]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&[
            "ಜಾಹೀರಾತು", "ಪ್ರಾಯೋಜಿತ", "ಜಾಹೀರಾತಿನ ನಂತರ ಸುದ್ದಿ ಮುಂದುವರಿಯುತ್ತದೆ", "ಲೇಖನ ಕೆಳಗೆ ಮುಂದುವರಿಯುತ್ತದೆ",
            "ಸುದ್ದಿ ಕೆಳಗೆ ಮುಂದುವರಿದಿದೆ", "ಪ್ರಾಯೋಜಿತ ಲೇಖನ", "ಪ್ರಾಯೋಜಿತ ವಿಷಯ", "ಜಾಹೀರಾತು ಲೇಖನ",
        ]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["ನಾವು ಕಮಿಷನ್ ಪಡೆಯಬಹುದು", "ಅಫಿಲಿಯೇಟ್ ಲಿಂಕ್"]),
        // Page chrome by part: a player's, a gallery's, a live blog's, the page's tools;
        // evidence at 2.5.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&[
            "ವಿಡಿಯೋ ಪ್ಲೇ ಮಾಡಿ", "ಸುದ್ದಿ ಆಲಿಸಿ", "ಈ ಸುದ್ದಿಯನ್ನು ಆಲಿಸಿ", "ಈ ಲೇಖನವನ್ನು ಆಲಿಸಿ", "ವಿಡಿಯೋ ನೋಡಿ", "ವಿಡಿಯೊ ನೋಡಿ",
            "ವಿಡಿಯೋ ವೀಕ್ಷಿಸಿ",
        ]),
        chrome(Other).part(Player).weight(2.5).max_words(10).phrases(&["ಈ ಪೋಸ್ಟ್ ಅನ್ನು ಇನ್\u{200c}ಸ್ಟಾಗ್ರಾಂನಲ್ಲಿ ವೀಕ್ಷಿಸಿ"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "ಫೋಟೋ ಗ್ಯಾಲರಿ", "ಫೋಟೊ ಗ್ಯಾಲರಿ", "ಚಿತ್ರ ಗ್ಯಾಲರಿ", "ಮುಂದಿನ ಚಿತ್ರ", "ಹಿಂದಿನ ಚಿತ್ರ", "ಎಲ್ಲಾ ಚಿತ್ರಗಳನ್ನು ನೋಡಿ",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ಲೈವ್", "ನೇರಪ್ರಸಾರ"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&[
            "ಲೈವ್ ಅಪ್\u{200c}ಡೇಟ್ಸ್", "ಲೈವ್ ಅಪ್ಡೇಟ್ಸ್", "ನೇರ ಪ್ರಸಾರ", "ಲೈವ್ ಬ್ಲಾಗ್",
        ]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&[
            "ಅಕ್ಷರದ ಗಾತ್ರ", "ಫಾಂಟ್ ಗಾತ್ರ", "ಪ್ರಿಂಟ್ ಮಾಡಿ", "ಇಂಗ್ಲಿಷ್\u{200c}ನಲ್ಲಿ ಓದಿ", "ಇಂಗ್ಲಿಷ್ನಲ್ಲಿ ಓದಿ",
        ]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&[
            "ಟ್ಯಾಗ್\u{200c}ಗಳು", "ಟ್ಯಾಗ್ಗಳು", "ಟ್ಯಾಗ್ಸ್", "ಟ್ಯಾಗ್", "ಕೀವರ್ಡ್\u{200c}ಗಳು",
        ]),
        // A line of the bank details under an ask ("ಖಾತೆ ಸಂಖ್ಯೆ: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "ಖಾತೆ ಸಂಖ್ಯೆ", "ಖಾತೆಯ ಹೆಸರು", "ಖಾತೆದಾರರ ಹೆಸರು", "ಬ್ಯಾಂಕ್ ಹೆಸರು", "ಬ್ಯಾಂಕಿನ ಹೆಸರು", "ಐಎಫ್\u{200c}ಎಸ್\u{200c}ಸಿ ಕೋಡ್",
            "ಐಎಫ್ಎಸ್ಸಿ ಕೋಡ್", "ಯುಪಿಐ ಐಡಿ",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own: a sign-up
        // form's button and field, an offer's, an app's, a donation's and a share row's
        // buttons, and the openings of a form's fine print.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "ನ್ಯೂಸ್\u{200c}ಲೆಟರ್", "ನ್ಯೂಸ್ಲೆಟರ್", "ನ್ಯೂಸ್\u{200c}ಲೆಟರ್\u{200c}ಗೆ ಸೈನ್ ಅಪ್ ಮಾಡಿ", "ನಿಮ್ಮ ಇಮೇಲ್",
            "ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸ", "ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["ಇಮೇಲ್ ವಿಳಾಸ", "ಇಮೇಲ್"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "ಸಬ್\u{200c}ಸ್ಕ್ರೈಬ್ ಮಾಡುವ ಮೂಲಕ", "ಸಬ್ಸ್ಕ್ರೈಬ್ ಮಾಡುವ ಮೂಲಕ", "ಸೈನ್ ಅಪ್ ಮಾಡುವ ಮೂಲಕ", "ನೋಂದಾಯಿಸುವ ಮೂಲಕ ನೀವು",
            "ಯಾವಾಗ ಬೇಕಾದರೂ ಅನ್\u{200c}ಸಬ್\u{200c}ಸ್ಕ್ರೈಬ್", "ಯಾವಾಗ ಬೇಕಾದರೂ ಅನ್ಸಬ್ಸ್ಕ್ರೈಬ್",
            "ನಿಮ್ಮ ಇಮೇಲ್ ಅನ್ನು ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳುವುದಿಲ್ಲ", "ಖಚಿತಪಡಿಸಲು ನಿಮ್ಮ ಇನ್\u{200c}ಬಾಕ್ಸ್",
        ]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "ಸಬ್\u{200c}ಸ್ಕ್ರೈಬ್ ಮಾಡಿ", "ಸಬ್ಸ್ಕ್ರೈಬ್ ಮಾಡಿ", "ಈಗಲೇ ಚಂದಾದಾರರಾಗಿ", "ಯೋಜನೆಗಳನ್ನು ನೋಡಿ", "ಆಫರ್ ನೋಡಿ",
            "ಉಚಿತ ಪ್ರಯೋಗ ಆರಂಭಿಸಿ", "ಈಗಾಗಲೇ ಚಂದಾದಾರರೇ? ಲಾಗಿನ್ ಆಗಿ", "ನಾನು ಚಂದಾದಾರನಾಗಲು ಬಯಸುತ್ತೇನೆ",
        ]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["ಲಾಗಿನ್ ಆಗಿ", "ಸೈನ್ ಇನ್ ಮಾಡಿ"]),
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "ಆ್ಯಪ್ ಡೌನ್\u{200c}ಲೋಡ್ ಮಾಡಿ", "ಆ್ಯಪ್ ಡೌನ್ಲೋಡ್ ಮಾಡಿ", "ಆ್ಯಪ್\u{200c}ನಲ್ಲಿ ತೆರೆಯಿರಿ", "ಆ್ಯಪ್ನಲ್ಲಿ ತೆರೆಯಿರಿ",
            "ಈಗಲೇ ಡೌನ್\u{200c}ಲೋಡ್ ಮಾಡಿ", "ಈಗಲೇ ಡೌನ್ಲೋಡ್ ಮಾಡಿ", "ಗೂಗಲ್ ಪ್ಲೇನಲ್ಲಿ ಪಡೆಯಿರಿ",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "ಬೆಂಬಲಿಸಿ", "ಈಗಲೇ ಬೆಂಬಲಿಸಿ", "ಈಗಲೇ ದೇಣಿಗೆ ನೀಡಿ", "ಕೊಡುಗೆ ನೀಡಿ", "ಮಾಸಿಕ ಬೆಂಬಲ", "ಒಂದು ಬಾರಿ ಮಾತ್ರ",
            "ಮೊತ್ತ ನಮೂದಿಸಿ", "ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ", "ನಾನು ಬೆಂಬಲಿಸುತ್ತೇನೆ", "ನಾನು ದೇಣಿಗೆ ನೀಡಲು ಬಯಸುತ್ತೇನೆ",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ಬೆಂಬಲ", "ದೇಣಿಗೆ"]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["ಸದಸ್ಯರಾಗಿ", "ಸದಸ್ಯತ್ವ ಪಡೆಯಿರಿ", "ನಾನು ಸದಸ್ಯನಾಗಲು ಬಯಸುತ್ತೇನೆ", "ನಾನು ಈಗಾಗಲೇ ಸದಸ್ಯ"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&[
            "ಹಂಚಿಕೊಳ್ಳಿ", "ಶೇರ್", "ಲಿಂಕ್ ಕಾಪಿ ಮಾಡಿ", "ಲಿಂಕ್ ನಕಲಿಸಿ", "ಫೇಸ್\u{200c}ಬುಕ್\u{200c}ನಲ್ಲಿ ಹಂಚಿಕೊಳ್ಳಿ",
            "ವಾಟ್ಸ್\u{200c}ಆ್ಯಪ್\u{200c}ನಲ್ಲಿ ಹಂಚಿಕೊಳ್ಳಿ", "ಇಮೇಲ್ ಮಾಡಿ", "ನಮ್ಮನ್ನು ಫಾಲೋ ಮಾಡಿ",
        ]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["ಮುದ್ರಿಸಿ", "ಪ್ರಿಂಟ್"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ಇದನ್ನೂ ಓದಿರಿ:", "ಹೆಚ್ಚಿನ ಓದಿಗಾಗಿ:", "ಇದನ್ನೂ ನೋಡಿ:", "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ಲೈವ್ ಟಿವಿ", "ಲೈವ್ ವೀಕ್ಷಿಸಿ", "ನೇರ ಪ್ರಸಾರ ವೀಕ್ಷಿಸಿ"]),
        line(Subscription).max_words(10).phrases(&["ಇ-ಪೇಪರ್ ಓದಿ", "ಇಂದಿನ ಪತ್ರಿಕೆ"]),
        label(Subscription).phrases(&["ಇ-ಪೇಪರ್", "ಇಪೇಪರ್", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ಫೋಟೋ ಮತ್ತು ವಿಡಿಯೋ ಕಳುಹಿಸಿ", "ನಮಗೆ ಬರೆಯಿರಿ"]),
        ask(Ad).max_words(35).phrases(&["ವರದಿಗಾರರು ಬೇಕಾಗಿದ್ದಾರೆ", "ನಮ್ಮ ತಂಡವನ್ನು ಸೇರಿ"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ಪ್ರಕಟಿಸಲಾಗುವುದಿಲ್ಲ"]),
        label(Other).part(Comments).phrases(&["ಪ್ರತಿಕ್ರಿಯೆ ಸಲ್ಲಿಸಿ"]),
    ],
    we: &["ನಾವು", "ನಮ್ಮ", "ನಮಗೆ", "ನಮ್ಮನ್ನು", "ನಮ್ಮೊಂದಿಗೆ"],
    // The familiar "ನೀನು" and the plural, which is also the polite singular, "ನೀವು". Not the
    // honorific "ತಾವು", "ತಮ್ಮ", "ತಮಗೆ": they are also the reflexive "themselves", "their own"
    // of every report ("ತಮ್ಮ ಮನೆಯಲ್ಲಿ", in his own house).
    you: &[
        "ನೀನು", "ನಿನ್ನ", "ನಿನಗೆ", "ನಿನ್ನನ್ನು", "ನೀವು", "ನಿಮ್ಮ", "ನಿಮಗೆ", "ನಿಮ್ಮನ್ನು", "ನಿಮ್ಮಂತಹ",
    ],
};
