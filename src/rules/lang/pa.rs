//! Punjabi, in the Gurmukhi script.
//!
//! Written from how Punjabi news sites in Gurmukhi (the Jalandhar, Chandigarh and Ludhiana
//! dailies and their portals, the TV channels' sites, the national portals' and the
//! broadcasters' Punjabi services, the diaspora papers of Canada and the UK, digital
//! start-ups and small independent outlets) word their page furniture and appeals in general
//! (not one site's wording). Shahmukhi Punjabi, in the Urdu script, is left to the Urdu pack;
//! "Subscribe", "Follow us" in Latin letters are the English pack's, and the English words
//! sites spell in Gurmukhi ("ਸਬਸਕ੍ਰਾਈਬ", "ਸ਼ੇਅਰ", "ਫਾਲੋ", "ਐਪ") are rows here.
//!
//! Punjabi writes its postpositions apart ("ਦਾ", "ਨੂੰ", "ਲਈ", "'ਤੇ"), so its formulas run to
//! more words than a Dravidian language's: the rows hold whole frequent forms, the polite
//! imperative in -ਓ a box uses ("ਸਮਰਥਨ ਕਰੋ", "ਸਾਥ ਦਿਓ", "ਜੁੜੋ", "ਪੜ੍ਹੋ"), and a few stems. The
//! virama (੍) and the nukta (਼) are no letters to the matcher, which sees a word break at each:
//! composed (NFC) text writes "ਖ਼", "ਜ਼", "ਫ਼", "ਗ਼", "ਸ਼" as the letter and the nukta, and so do
//! these rows. Many sites leave the nukta off ("ਖਬਰ", "ਤਾਜਾ", "ਮੁਫਤ", "ਨਿਊਜ"): a row with
//! "ਖ਼", "ਜ਼", "ਫ਼" or "ਗ਼" is listed both ways ("ਸ਼", written nearly always, only with it). A
//! phrase never ends on a nukta. The addak (ੱ) and the tippi (ੰ) are letters; where sites
//! drop the addak ("ਵਿੱਚ", "ਵਿਚ"; "ਸਾਈਨ ਅੱਪ", "ਸਾਈਨ ਅਪ") the formulas that matter most are
//! listed both ways.
//!
//! News uses the appeal's words every day: "ਸਮਰਥਨ", "ਸਹਿਯੋਗ", "ਹਮਾਇਤ" (support) are every
//! party's and candidate's ("ਸਾਡਾ ਸਾਥ ਦਿਓ", "ਸਾਡਾ ਸਮਰਥਨ ਕਰੋ", a rally's call, often the quote
//! that opens a paragraph), "ਦਾਨ" (donation) a gurdwara's, a blood camp's ("ਖ਼ੂਨਦਾਨ"), an organ
//! donor's ("ਅੰਗ ਦਾਨ ਕਰੋ"), "ਯੋਗਦਾਨ" (contribution) anyone's to society, "ਮਦਦ", "ਸਹਾਇਤਾ"
//! (help) any aid ("ਸਾਡੀ ਮਦਦ ਕਰੋ", a flood victim's plea), "ਮੈਂਬਰ" (member) the parties' and the
//! unions' drives ("ਪਾਰਟੀ ਦੇ ਮੈਂਬਰ ਬਣੋ"), "ਚੰਦਾ" (subscription) also a collection, "ਗਾਹਕ"
//! (subscriber) a shop's and a bank's customer, "ਫਾਲੋ ਕਰੋ" also to follow rules, "ਸ਼ੇਅਰ" the
//! share market, "ਸਾਂਝਾ ਕਰੋ" the police asking for information, "ਆਜ਼ਾਦ" and "ਸੁਤੰਤਰ"
//! (independent) every independent candidate and the country's independence, "ਰਜਿਸਟਰ ਕਰੋ",
//! "ਲੌਗਇਨ ਕਰੋ", "ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ" the steps of every scheme's how-to, "ਬੰਦ ਕਰੋ" (close) every
//! protest's demand to shut something down, "ਇਸ਼ਤਿਹਾਰ" (advertisement) also a public notice.
//! Those words are cues, buttons (a line of their own, an edge's weight) or a short block's
//! opening (five words at most); anywhere, and in sixteen words at most, stand only the
//! formulas that name the outlet's readers, its journalism or its boxes ("ਤੁਹਾਡੇ ਵਰਗੇ
//! ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ", "ਅਸੀਂ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ", "ਸਾਡੀ ਐਪ ਡਾਊਨਲੋਡ
//! ਕਰੋ"). A report quotes before it attributes ("ਸਾਡਾ ਸਾਥ ਦਿਓ," ਉਨ੍ਹਾਂ ਕਿਹਾ) or after ("ਉਨ੍ਹਾਂ
//! ਕਿਹਾ ਕਿ ..."), and tells a slogan with "ਕਹਿੰਦਿਆਂ", "ਦੇ ਨਾਅਰੇ": the reporting verbs and those
//! quotatives are body rows.
//!
//! The reader is addressed in the polite plural ("ਤੁਸੀਂ", "ਤੁਹਾਡਾ", "ਤੁਹਾਨੂੰ"), which also
//! addresses many readers; the familiar "ਤੂੰ", "ਤੇਰਾ" is rare on a news page. The honorific
//! "ਆਪ" is left out: it is the Aam Aadmi Party of every Punjab politics story; so is the
//! reflexive "ਆਪਣਾ", "ਆਪਣੀ" (one's own). The outlet's "we" is "ਅਸੀਂ", "ਸਾਡਾ", "ਸਾਨੂੰ": Punjabi
//! has no exclusive "we", so it is also every quoted speaker's.
//!
//! The `xx` pack comes first and keeps the Gurmukhi rows it held before this pack: the
//! platform names, "ਕੂਕੀ*", the read-also lines "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ਹੋਰ ਪੜ੍ਹੋ", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ",
//! the share line "ਸ਼ੇਅਰ ਕਰੋ", the labels "ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਟਿੱਪਣੀਆਂ". A row here of the same
//! phrase and position would never count: the rows here hold those words in other positions
//! or in longer forms ("ਇਹ ਵੀ ਪੜ੍ਹੋ:").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pa",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ: 3 ਮਿੰਟ").
        // (A story's subhead says "ਬੱਚਿਆਂ ਦਾ ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ ਵਧਿਆ": the bare words only with their colon, at
        // a line's opening.)
        chrome(Other).at(Start).max_words(6).phrases(&["ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ:", "ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ :"]),
        chrome(Other).at(Any).max_words(6).phrases(&["ਮਿੰਟ ਵਿੱਚ ਪੜ੍ਹੋ", "ਮਿੰਟ ਵਿਚ ਪੜ੍ਹੋ", "ਮਿੰਟ ਦੀ ਪੜ੍ਹਤ"]),
        // A press day's speakers urge the same ("ਆਜ਼ਾਦ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ", in
        // the infinitive), and a rally's placard reads so in the imperative: evidence, not an
        // anchor. "Our journalism" is the outlet's own.
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "ਆਜ਼ਾਦ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰੋ", "ਆਜਾਦ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰੋ", "ਸੁਤੰਤਰ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰੋ", "ਨਿਰਪੱਖ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰੋ",
            "ਆਜ਼ਾਦ ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ ਦਿਓ", "ਆਜਾਦ ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ ਦਿਓ", "ਸੁਤੰਤਰ ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ ਦਿਓ", "ਨਿਰਪੱਖ ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ ਦਿਓ",
        ]),
        header(Donation).max_words(6).phrases(&[
            "ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰੋ", "ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ ਦਿਓ",
        ]),
        // Only the outlet turns to its readers so, but a paper's own notice on a scam or a
        // delivery strike reads so too, over the story's advice: a salutation's weight, strong
        // beside an appeal only.
        salutation(Donation).max_words(6).phrases(&["ਪਾਠਕਾਂ ਨੂੰ ਅਪੀਲ", "ਪਾਠਕਾਂ ਨੂੰ ਬੇਨਤੀ", "ਪਾਠਕਾਂ ਅੱਗੇ ਬੇਨਤੀ", "ਪਾਠਕਾਂ ਦੇ ਨਾਂ ਅਪੀਲ"]),
        // A candidate says "ਸਾਨੂੰ ਤੁਹਾਡੇ ਸਮਰਥਨ ਦੀ ਲੋੜ ਹੈ" too: a heading of a few words only.
        header(Donation).max_words(6).phrases(&[
            "ਸਾਨੂੰ ਤੁਹਾਡੇ ਸਹਿਯੋਗ ਦੀ ਲੋੜ", "ਸਾਨੂੰ ਤੁਹਾਡੇ ਸਮਰਥਨ ਦੀ ਲੋੜ", "ਸਾਨੂੰ ਤੁਹਾਡੀ ਮਦਦ ਦੀ ਲੋੜ",
        ]),
        // "Before you go" ("ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ" alone opens a story's line: "before leaving, he ...").
        header(Donation).max_words(6).phrases(&["ਤੁਹਾਡੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ", "ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਗੱਲ", "ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਬੇਨਤੀ"]),
        // The support of readers like you, a form's own wording, the imperative for "our
        // journalism": no report says them. (Not "ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ" alone: an editor thanks
        // "the readers who support our journalism" at a press club's function.)
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "ਤੁਹਾਡੇ ਵਰਗੇ ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ", "ਤੁਹਾਡੇ ਵਰਗੇ ਪਾਠਕਾਂ ਦੇ ਸਮਰਥਨ", "ਤੁਹਾਡੇ ਵਰਗੇ ਪਾਠਕਾਂ ਦੀ ਮਦਦ",
            "ਤੁਹਾਡੇ ਵਰਗੇ ਪਾਠਕਾਂ ਦੇ ਯੋਗਦਾਨ", "ਤੁਹਾਡੇ ਜਿਹੇ ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ", "ਤੁਹਾਡੇ ਜਿਹੇ ਪਾਠਕਾਂ ਦੀ ਮਦਦ",
            "ਦਾਨ ਦੀ ਰਕਮ ਚੁਣੋ", "ਯੋਗਦਾਨ ਦੀ ਰਕਮ ਚੁਣੋ", "ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ ਕਰੋ", "ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਨੂੰ ਸਹਿਯੋਗ ਦਿਓ",
            "ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ ਦਿਓ", "ਤੁਹਾਡਾ ਯੋਗਦਾਨ ਸਾਡੀ ਮਦਦ ਕਰੇਗਾ", "ਤੁਹਾਡਾ ਸਹਿਯੋਗ ਸਾਨੂੰ ਆਜ਼ਾਦ ਰੱਖਦਾ ਹੈ", "ਤੁਹਾਡਾ ਸਹਿਯੋਗ ਸਾਨੂੰ ਆਜਾਦ ਰੱਖਦਾ ਹੈ",
        ]),
        // "If you liked this story": the reader addressed of the story just read.
        ask(Donation).max_words(16).phrases(&[
            "ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਲੇਖ ਪਸੰਦ ਆਇਆ", "ਜੇਕਰ ਤੁਹਾਨੂੰ ਇਹ ਲੇਖ ਪਸੰਦ ਆਇਆ", "ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਖ਼ਬਰ ਪਸੰਦ ਆਈ", "ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਖਬਰ ਪਸੰਦ ਆਈ",
            "ਜੇਕਰ ਤੁਹਾਨੂੰ ਇਹ ਖ਼ਬਰ ਪਸੰਦ ਆਈ", "ਜੇਕਰ ਤੁਹਾਨੂੰ ਇਹ ਖਬਰ ਪਸੰਦ ਆਈ", "ਜੇ ਤੁਸੀਂ ਸਾਡੀ ਪੱਤਰਕਾਰੀ ਦੀ ਕਦਰ ਕਰਦੇ ਹੋ", "ਜੇ ਤੁਸੀਂ ਸਾਡੇ ਕੰਮ ਦੀ ਕਦਰ ਕਰਦੇ ਹੋ",
        ]),
        // A box's button-like openings, "now". (Not "ਸਾਡਾ ਸਾਥ ਦਿਓ", "ਸਾਡਾ ਸਮਰਥਨ ਕਰੋ", "ਸਾਨੂੰ ਦਾਨ
        // ਦਿਓ", "ਸਾਡੇ ਕੰਮ ਦਾ ਸਮਰਥਨ ਕਰੋ": a party's, a gurdwara's, an NGO's call, and the quote
        // that heads a story in a few words, "ਸਾਡਾ ਸਮਰਥਨ ਕਰੋ: ਮੁੱਖ ਮੰਤਰੀ". They are cues and
        // buttons below.)
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&[
            "ਹੁਣੇ ਦਾਨ ਕਰੋ", "ਹੁਣੇ ਯੋਗਦਾਨ ਪਾਓ", "ਹੁਣੇ ਯੋਗਦਾਨ ਦਿਓ", "ਹੁਣੇ ਸਮਰਥਨ ਕਰੋ", "ਹੁਣੇ ਸਹਿਯੋਗ ਕਰੋ",
        ]),
        // Flood victims and a sick child's family say "ਸਾਡੀ ਮਦਦ ਕਰੋ" in a report, a winner
        // "ਤੁਹਾਡੇ ਸਹਿਯੋਗ ਨਾਲ ਅਸੀਂ ਜਿੱਤੇ": cues.
        cue(Donation).phrases(&[
            "ਸਾਡੀ ਮਦਦ ਕਰੋ", "ਸਾਡਾ ਸਾਥ ਦਿਓ", "ਸਾਡਾ ਸਮਰਥਨ ਕਰੋ", "ਸਾਨੂੰ ਸਹਿਯੋਗ ਦਿਓ", "ਸਾਡਾ ਸਹਿਯੋਗ ਕਰੋ", "ਸਾਨੂੰ ਦਾਨ ਦਿਓ",
            "ਸਾਡੇ ਕੰਮ ਦਾ ਸਮਰਥਨ ਕਰੋ", "ਹਰ ਯੋਗਦਾਨ ਮਾਇਨੇ ਰੱਖਦਾ ਹੈ", "ਤੁਹਾਡਾ ਸਹਿਯੋਗ", "ਤੁਹਾਡਾ ਸਮਰਥਨ", "ਤੁਹਾਡਾ ਯੋਗਦਾਨ", "ਤੁਹਾਡਾ ਦਾਨ",
            "ਤੁਹਾਡੀ ਮਦਦ", "ਸੁਤੰਤਰ ਪੱਤਰਕਾਰੀ", "ਆਜ਼ਾਦ ਪੱਤਰਕਾਰੀ", "ਆਜਾਦ ਪੱਤਰਕਾਰੀ", "ਨਿਰਪੱਖ ਪੱਤਰਕਾਰੀ", "ਮਹੀਨਾਵਾਰ ਯੋਗਦਾਨ",
            "ਇੱਕ ਵਾਰ ਦਾ ਯੋਗਦਾਨ", "ਆਰਥਿਕ ਸਹਿਯੋਗ",
        ]),
        // Not "ਦਾਨ*" (every gurdwara's and blood camp's) nor "ਸਮਰਥਨ*"; "ਡੋਨੇਸ਼ਨ" is also a
        // school's capitation fee, "ਯੋਗਦਾਨ" anyone's contribution to society: weak.
        cue(Donation).weight(0.5).phrases(&["ਡੋਨੇਟ*", "ਡੋਨੇਸ਼ਨ*", "ਯੋਗਦਾਨ*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ਪਿਆਰੇ ਪਾਠਕੋ", "ਸਤਿਕਾਰਯੋਗ ਪਾਠਕੋ", "ਸਤਿਕਾਰਤ ਪਾਠਕੋ", "ਪਾਠਕ ਸਾਥੀਓ", "ਪਿਆਰੇ ਪਾਠਕ ਸਾਥੀਓ", "ਪਿਆਰੇ ਦਰਸ਼ਕੋ",
            "ਪਾਠਕੋ",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&["ਇਹ ਲੇਖ ਪਸੰਦ ਆਇਆ", "ਇਹ ਖ਼ਬਰ ਪਸੰਦ ਆਈ", "ਇਹ ਖਬਰ ਪਸੰਦ ਆਈ", "ਕੀ ਤੁਹਾਨੂੰ ਇਹ ਲੇਖ ਪਸੰਦ ਆਇਆ"]),
        // "ਮੈਂਬਰ ਬਣੋ" is a party's and a union's call too: anywhere only with the readers named.
        ask(Membership).max_words(16).phrases(&[
            "ਸਾਡੇ ਪਾਠਕ ਭਾਈਚਾਰੇ ਨਾਲ ਜੁੜੋ", "ਮੈਂਬਰ ਬਣ ਕੇ ਸਾਡਾ ਸਮਰਥਨ ਕਰੋ",
            "ਮੈਂਬਰ ਬਣ ਕੇ ਸਾਡਾ ਸਾਥ ਦਿਓ",
        ]),
        // (Not the bare "ਮੈਂਬਰ ਬਣੋ", "ਸਾਡੇ ਮੈਂਬਰ ਬਣੋ": a union's quote heads its story so; the
        // button is a label below.)
        ask(Membership).at(Start).max_words(5).phrases(&["ਅੱਜ ਹੀ ਮੈਂਬਰ ਬਣੋ", "ਹੁਣੇ ਮੈਂਬਰ ਬਣੋ", "ਮੈਂਬਰਸ਼ਿਪ ਲਓ", "ਪ੍ਰੀਮੀਅਮ ਮੈਂਬਰ ਬਣੋ"]),
        // The parties' membership drives: weak.
        cue(Membership).weight(0.5).phrases(&["ਮੈਂਬਰਸ਼ਿਪ", "ਸਦੱਸਤਾ"]),
        // Any club's or co-operative's president speaks of "our membership scheme": cues.
        cue(Membership).phrases(&["ਸਾਡੀ ਮੈਂਬਰਸ਼ਿਪ ਸਕੀਮ", "ਸਾਡੇ ਮੈਂਬਰਸ਼ਿਪ ਪ੍ਰੋਗਰਾਮ"]),
        // The question "already a subscriber?".
        ask(Subscription).max_words(16).phrases(&[
            "ਪਹਿਲਾਂ ਤੋਂ ਸਬਸਕ੍ਰਾਈਬਰ ਹੋ", "ਪਹਿਲਾਂ ਹੀ ਸਬਸਕ੍ਰਾਈਬਰ ਹੋ", "ਕੀ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਸਬਸਕ੍ਰਾਈਬਰ ਹੋ", "ਈ-ਪੇਪਰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ",
            "ਸਾਡਾ ਈ-ਪੇਪਰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ",
        ]),
        // A YouTuber's "subscribe" and a telephone company's plans are news: a short block's
        // opening only. (Not the bare "ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", a YouTuber's line a story quotes, "ਸਬਸਕ੍ਰਾਈਬ
        // ਕਰੋ!": the `xx` pack's label holds the button; nor "ਗਾਹਕ ਬਣੋ", every bank's and
        // telephone company's slogan: a cue.)
        ask(Subscription).at(Start).max_words(5).phrases(&[
            "ਹੁਣੇ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਅੱਜ ਹੀ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਗਾਹਕੀ ਲਓ",
            "ਸਬਸਕ੍ਰਿਪਸ਼ਨ ਲਓ",
        ]),
        // A streaming service's how-to says "choose the subscription plan", a telephone plan
        // "can be cancelled any time": cues.
        cue(Subscription).phrases(&[
            "ਸਬਸਕ੍ਰਿਪਸ਼ਨ ਪਲਾਨ", "ਡਿਜੀਟਲ ਸਬਸਕ੍ਰਿਪਸ਼ਨ", "ਪਹਿਲਾ ਮਹੀਨਾ ਮੁਫ਼ਤ", "ਪਹਿਲਾ ਮਹੀਨਾ ਮੁਫਤ", "ਕਦੇ ਵੀ ਰੱਦ ਕਰੋ", "ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੱਦ ਕਰ ਸਕਦੇ ਹੋ",
            "ਅਸੀਮਤ ਪਹੁੰਚ", "ਡਿਜੀਟਲ ਐਡੀਸ਼ਨ", "ਪ੍ਰਿੰਟ ਐਡੀਸ਼ਨ", "ਈ-ਪੇਪਰ", "ਸਾਲਾਨਾ ਚੰਦਾ", "ਗਾਹਕ ਬਣੋ", "ਸਰਕੂਲੇਸ਼ਨ ਵਿਭਾਗ",
            "ਘਰ ਮੰਗਵਾਉਣ ਲਈ",
        ]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "ਇਹ ਲੇਖ ਸਿਰਫ਼ ਸਬਸਕ੍ਰਾਈਬਰਾਂ ਲਈ", "ਇਹ ਲੇਖ ਸਿਰਫ ਸਬਸਕ੍ਰਾਈਬਰਾਂ ਲਈ", "ਇਹ ਖ਼ਬਰ ਸਿਰਫ਼ ਸਬਸਕ੍ਰਾਈਬਰਾਂ ਲਈ", "ਇਹ ਖਬਰ ਸਿਰਫ ਸਬਸਕ੍ਰਾਈਬਰਾਂ ਲਈ", "ਇਹ ਲੇਖ ਸਿਰਫ਼ ਗਾਹਕਾਂ ਲਈ", "ਇਹ ਲੇਖ ਸਿਰਫ ਗਾਹਕਾਂ ਲਈ",
            "ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹਨ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਪੂਰੀ ਖਬਰ ਪੜ੍ਹਨ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਪੂਰਾ ਲੇਖ ਪੜ੍ਹਨ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹਨ ਲਈ ਲੌਗਇਨ ਕਰੋ", "ਪੂਰੀ ਖਬਰ ਪੜ੍ਹਨ ਲਈ ਲੌਗਇਨ ਕਰੋ",
            "ਪੂਰਾ ਲੇਖ ਪੜ੍ਹਨ ਲਈ ਲੌਗਇਨ ਕਰੋ", "ਅੱਗੇ ਪੜ੍ਹਨ ਲਈ ਲੌਗਇਨ ਕਰੋ", "ਅੱਗੇ ਪੜ੍ਹਨ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ",
        ]),
        // The meter: "ਤੁਸੀਂ ਇਸ ਮਹੀਨੇ ਦੇ 5 ਵਿੱਚੋਂ 4 ਮੁਫ਼ਤ ਲੇਖ ਪੜ੍ਹ ਲਏ ਹਨ" (the numbers vary).
        ask(Paywall).max_words(16).phrases(&[
            "ਇਹ ਤੁਹਾਡਾ ਆਖ਼ਰੀ ਮੁਫ਼ਤ ਲੇਖ ਹੈ", "ਇਹ ਤੁਹਾਡਾ ਆਖਰੀ ਮੁਫਤ ਲੇਖ ਹੈ", "ਤੁਹਾਡੇ ਮੁਫ਼ਤ ਲੇਖ ਖ਼ਤਮ ਹੋ ਗਏ", "ਤੁਹਾਡੇ ਮੁਫਤ ਲੇਖ ਖਤਮ ਹੋ ਗਏ", "ਮੁਫ਼ਤ ਲੇਖ ਪੜ੍ਹ ਲਏ ਹਨ", "ਮੁਫਤ ਲੇਖ ਪੜ੍ਹ ਲਏ ਹਨ", "ਮੁਫ਼ਤ ਲੇਖਾਂ ਦੀ ਸੀਮਾ ਪੂਰੀ", "ਮੁਫਤ ਲੇਖਾਂ ਦੀ ਸੀਮਾ ਪੂਰੀ",
        ]),
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ਮੁਫ਼ਤ ਲੇਖ", "ਮੁਫਤ ਲੇਖ", "ਮੁਫ਼ਤ ਲੇਖਾਂ", "ਮੁਫਤ ਲੇਖਾਂ", "ਬਾਕੀ ਮੁਫ਼ਤ ਲੇਖ", "ਬਾਕੀ ਮੁਫਤ ਲੇਖ"]),
        // A lounge's or a club's service "for members only" is news too: cues. (Not "ਸਿਰਫ਼
        // ਗਾਹਕਾਂ ਲਈ", a bank's or a shop's "for customers only", every day's news.)
        cue(Paywall).phrases(&["ਸਿਰਫ਼ ਸਬਸਕ੍ਰਾਈਬਰਾਂ ਲਈ", "ਸਿਰਫ ਸਬਸਕ੍ਰਾਈਬਰਾਂ ਲਈ", "ਪ੍ਰੀਮੀਅਮ ਲੇਖ", "ਪ੍ਰੀਮੀਅਮ ਖ਼ਬਰ", "ਪ੍ਰੀਮੀਅਮ ਖਬਰ"]),
        // "To read the full story" without its login is a student's "to study further" or a
        // notice's "to read the full list": evidence below an anchor's.
        cue(Paywall).weight(2.5).max_words(15).phrases(&["ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹਨ ਲਈ", "ਪੂਰੀ ਖਬਰ ਪੜ੍ਹਨ ਲਈ", "ਪੂਰਾ ਲੇਖ ਪੜ੍ਹਨ ਲਈ", "ਬਾਕੀ ਖ਼ਬਰ ਪੜ੍ਹਨ ਲਈ", "ਬਾਕੀ ਖਬਰ ਪੜ੍ਹਨ ਲਈ"]),
        ask(Newsletter).max_words(16).phrases(&[
            "ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ", "ਸਾਡੇ ਨਿਊਜਲੈਟਰ", "ਸਾਡਾ ਨਿਊਜ਼ਲੈਟਰ", "ਸਾਡਾ ਨਿਊਜਲੈਟਰ",
            "ਨਿਊਜ਼ਲੈਟਰ ਲਈ ਸਾਈਨ ਅੱਪ ਕਰੋ", "ਨਿਊਜਲੈਟਰ ਲਈ ਸਾਈਨ ਅੱਪ ਕਰੋ", "ਨਿਊਜ਼ਲੈਟਰ ਲਈ ਸਾਈਨ ਅਪ ਕਰੋ", "ਨਿਊਜਲੈਟਰ ਲਈ ਸਾਈਨ ਅਪ ਕਰੋ", "ਨਿਊਜ਼ਲੈਟਰ ਨੂੰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਨਿਊਜਲੈਟਰ ਨੂੰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ",
            "ਸਬਸਕ੍ਰਾਈਬ ਕਰਨ ਲਈ ਧੰਨਵਾਦ", "ਸਾਈਨ ਅੱਪ ਕਰਨ ਲਈ ਧੰਨਵਾਦ", "ਸਾਈਨ ਅਪ ਕਰਨ ਲਈ ਧੰਨਵਾਦ",
        ]),
        // A bank's or the police's scam warning says "ਤੁਹਾਡੇ ਇਨਬਾਕਸ ਵਿੱਚ ਆਉਣ ਵਾਲੀ ਜਾਅਲੀ ਈਮੇਲ":
        // cues. (The form's "enter your email" is a how-to's step too: a label below.)
        cue(Newsletter).phrases(&[
            "ਨਿਊਜ਼ਲੈਟਰ", "ਨਿਊਜਲੈਟਰ", "ਤੁਹਾਡੇ ਇਨਬਾਕਸ", "ਤੁਹਾਡਾ ਈਮੇਲ", "ਤੁਹਾਡੀ ਈਮੇਲ", "ਈਮੇਲ ਪਤਾ", "ਨਿੱਜਤਾ ਨੀਤੀ", "ਪਰਾਈਵੇਸੀ ਪਾਲਿਸੀ",
            "ਗੋਪਨੀਯਤਾ ਨੀਤੀ", "ਈਮੇਲ ਰਾਹੀਂ ਮੰਗਵਾਓ",
        ]),
        // A scam warning says the fraudsters' mail lands "straight in your inbox": evidence.
        cue(Newsletter).weight(2.0).phrases(&["ਸਿੱਧਾ ਤੁਹਾਡੇ ਇਨਬਾਕਸ", "ਸਿੱਧੇ ਤੁਹਾਡੇ ਇਨਬਾਕਸ", "ਸਿੱਧੀਆਂ ਤੁਹਾਡੇ ਇਨਬਾਕਸ"]),
        ask(App).max_words(16).phrases(&[
            "ਸਾਡੀ ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ", "ਸਾਡੀ ਐਪ ਡਾਉਨਲੋਡ ਕਰੋ", "ਸਾਡਾ ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ", "ਸਾਡੀ ਐਪ ਇੰਸਟਾਲ ਕਰੋ",
            "ਐਪ 'ਤੇ ਪੜ੍ਹੋ", "ਐਪ 'ਚ ਪੜ੍ਹੋ", "ਐਪ ਵਿੱਚ ਪੜ੍ਹੋ", "ਐਪ ਵਿੱਚ ਖੋਲ੍ਹੋ",
        ]),
        // A company's "ਸਾਡੀ ਐਪ" in a business story, the stores, the outlet's click-here line
        // (a scheme's notice says "click here to download" too): cues.
        cue(App).phrases(&["ਸਾਡੀ ਐਪ", "ਸਾਡਾ ਐਪ", "ਸਾਡੀ ਮੋਬਾਈਲ ਐਪ", "ਗੂਗਲ ਪਲੇ ਸਟੋਰ", "ਪਲੇ ਸਟੋਰ", "ਐਪ ਸਟੋਰ", "ਨੋਟੀਫਿਕੇਸ਼ਨ ਚਾਲੂ ਕਰੋ"]),
        cue(App).weight(2.0).phrases(&["ਐਪ ਡਾਊਨਲੋਡ ਕਰਨ ਲਈ ਇੱਥੇ ਕਲਿੱਕ ਕਰੋ", "ਐਪ ਡਾਊਨਲੋਡ ਕਰਨ ਲਈ ਇਥੇ ਕਲਿੱਕ ਕਰੋ"]),
        ask(Cookie).max_words(16).phrases(&[
            "ਅਸੀਂ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਅਸੀਂ ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਅਸੀਂ ਕੂਕੀਜ਼ ਵਰਤਦੇ ਹਾਂ", "ਅਸੀਂ ਕੂਕੀਜ ਵਰਤਦੇ ਹਾਂ", "ਅਸੀਂ ਕੁਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਅਸੀਂ ਕੁਕੀਜ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਸਾਰੀਆਂ ਕੂਕੀਜ਼ ਸਵੀਕਾਰ ਕਰੋ", "ਸਾਰੀਆਂ ਕੂਕੀਜ ਸਵੀਕਾਰ ਕਰੋ",
            "ਸਾਰੀਆਂ ਕੂਕੀਜ਼ ਨੂੰ ਸਵੀਕਾਰ ਕਰੋ", "ਸਾਰੀਆਂ ਕੂਕੀਜ ਨੂੰ ਸਵੀਕਾਰ ਕਰੋ", "ਸਾਡੀ ਕੂਕੀ ਨੀਤੀ", "ਸਾਡੀ ਕੂਕੀ ਪਾਲਿਸੀ", "ਕੂਕੀ ਸੈਟਿੰਗਾਂ", "ਕੂਕੀ ਸੈਟਿੰਗਜ",
            "ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਲਈ ਸਹਿਮਤੀ", "ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ ਲਈ ਸਹਿਮਤੀ",
        ]),
        // The banner itself opens its block and runs to a sentence or two ("ਅਸੀਂ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ
        // ਕਰਦੇ ਹਾਂ ਤਾਂ ਜੋ ... ਸਹਿਮਤ ਹੁੰਦੇ ਹੋ"), longer than an ask's sixteen words: its opening.
        line(Cookie).max_words(40).phrases(&[
            "ਅਸੀਂ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਅਸੀਂ ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ", "ਅਸੀਂ ਕੂਕੀਜ਼ ਵਰਤਦੇ ਹਾਂ", "ਅਸੀਂ ਕੂਕੀਜ ਵਰਤਦੇ ਹਾਂ", "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ", "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ",
            "ਇਹ ਵੈਬਸਾਈਟ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ", "ਇਹ ਵੈਬਸਾਈਟ ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ", "ਇਹ ਸਾਈਟ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ", "ਇਹ ਸਾਈਟ ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ",
        ]),
        // A data protection story says it of a site it reports on: a block's opening.
        ask(Cookie).at(Start).max_words(5).phrases(&[
            "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ", "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ ਵਰਤਦੀ ਹੈ", "ਇਹ ਵੈਬਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ", "ਇਹ ਵੈਬਸਾਈਟ ਕੂਕੀਜ ਵਰਤਦੀ ਹੈ", "ਇਹ ਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ", "ਇਹ ਸਾਈਟ ਕੂਕੀਜ ਵਰਤਦੀ ਹੈ",
        ]),
        cue(Cookie).phrases(&["ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ", "ਕੂਕੀਜ ਦੀ ਵਰਤੋਂ", "ਕੁਕੀਜ", "ਤੁਹਾਡੇ ਅਨੁਭਵ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ", "ਕੂਕੀ ਨੀਤੀ", "ਕੂਕੀ ਪਾਲਿਸੀ"]),
        // Any terms-of-use story quotes "by continuing to use ... you agree": a cue.
        cue(Cookie).phrases(&["ਵਰਤੋਂ ਜਾਰੀ ਰੱਖ ਕੇ ਤੁਸੀਂ", "ਵਰਤੋਂ ਜਾਰੀ ਰੱਖਕੇ ਤੁਸੀਂ"]),
        // "ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ" with a platform or the outlet's channel anywhere; bare, a short
        // block's opening.
        ask(Social).max_words(16).phrases(&[
            "ਸਾਨੂੰ ਫੇਸਬੁੱਕ 'ਤੇ ਫਾਲੋ ਕਰੋ", "ਸਾਨੂੰ ਫੇਸਬੁੱਕ ਤੇ ਫਾਲੋ ਕਰੋ", "ਸਾਨੂੰ ਫੇਸਬੁੱਕ 'ਤੇ ਫੋਲੋ ਕਰੋ",
            "ਸੋਸ਼ਲ ਮੀਡੀਆ 'ਤੇ ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ", "ਸੋਸ਼ਲ ਮੀਡੀਆ ਤੇ ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ", "ਸਾਨੂੰ ਸੋਸ਼ਲ ਮੀਡੀਆ 'ਤੇ ਫਾਲੋ ਕਰੋ",
            "ਗੂਗਲ ਨਿਊਜ਼ 'ਤੇ ਫਾਲੋ ਕਰੋ", "ਗੂਗਲ ਨਿਊਜ 'ਤੇ ਫਾਲੋ ਕਰੋ", "ਗੂਗਲ ਨਿਊਜ਼ ਤੇ ਫਾਲੋ ਕਰੋ", "ਗੂਗਲ ਨਿਊਜ ਤੇ ਫਾਲੋ ਕਰੋ", "ਲਿੰਕ ਕਾਪੀ ਹੋ ਗਿਆ", "ਲਿੰਕ ਕਾਪੀ ਕੀਤਾ ਗਿਆ",
            "ਇਸ ਖ਼ਬਰ ਨੂੰ ਸ਼ੇਅਰ ਕਰੋ", "ਇਸ ਖਬਰ ਨੂੰ ਸ਼ੇਅਰ ਕਰੋ", "ਇਹ ਖ਼ਬਰ ਸ਼ੇਅਰ ਕਰੋ", "ਇਹ ਖਬਰ ਸ਼ੇਅਰ ਕਰੋ", "ਇਸ ਲੇਖ ਨੂੰ ਸ਼ੇਅਰ ਕਰੋ", "ਇਸ ਖ਼ਬਰ ਨੂੰ ਸਾਂਝਾ ਕਰੋ", "ਇਸ ਖਬਰ ਨੂੰ ਸਾਂਝਾ ਕਰੋ", "ਇਸ ਲੇਖ ਨੂੰ ਸਾਂਝਾ ਕਰੋ",
            "ਆਪਣੇ ਦੋਸਤਾਂ ਨਾਲ ਸ਼ੇਅਰ ਕਰੋ", "ਆਪਣੇ ਦੋਸਤਾਂ ਨਾਲ ਸਾਂਝੀ ਕਰੋ", "ਆਪਣੇ ਦੋਸਤਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰੋ",
        ]),
        // The bare "follow us" a button's few words (a police slogan, "ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ ਤੇ ਬਚੋ",
        // is quoted on its line); not "ਸਾਡੇ ਨਾਲ ਜੁੜੋ", join us: every party's call, and a story's
        // quoted head.
        // (The bare one is the label's below.) Police and ministers ask to join "our channel"
        // in a story's paragraph: a short block's opening only.
        ask(Social).at(Start).max_words(8).phrases(&[
            "ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਨਾਲ ਜੁੜੋ", "ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਨੂੰ ਫਾਲੋ ਕਰੋ", "ਸਾਡੇ ਵਟਸਐਪ ਗਰੁੱਪ ਨਾਲ ਜੁੜੋ",
            "ਸਾਡੇ ਟੈਲੀਗ੍ਰਾਮ ਚੈਨਲ ਨਾਲ ਜੁੜੋ", "ਸਾਡੇ ਯੂਟਿਊਬ ਚੈਨਲ ਨੂੰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਸਾਡਾ ਯੂਟਿਊਬ ਚੈਨਲ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ",
        ]),
        ask(Social).at(Start).max_words(5).phrases(&["ਵਟਸਐਪ ਚੈਨਲ ਨਾਲ ਜੁੜੋ", "ਵਟਸਐਪ ਚੈਨਲ ਨੂੰ ਫਾਲੋ ਕਰੋ"]),
        // A police force's "ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਰਾਹੀਂ" (through our channel) and a minister's feed in a
        // report, the opening of a channel's line ("ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡੇ ..."): cues.
        cue(Social).phrases(&[
            "ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ", "ਸਾਡੇ ਟੈਲੀਗ੍ਰਾਮ ਚੈਨਲ", "ਸਾਡੇ ਯੂਟਿਊਬ ਚੈਨਲ", "ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ", "ਸਾਡੇ ਨਾਲ ਜੁੜੋ",
            "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ", "ਤਾਜਾ ਖਬਰਾਂ ਲਈ", "ਤਾਜ਼ਾ ਅਪਡੇਟਸ ਲਈ", "ਤਾਜਾ ਅਪਡੇਟਸ ਲਈ",
        ]),
        // "Join the group / channel", the outlet's or a society's: evidence.
        cue(Social).weight(2.0).phrases(&["ਗਰੁੱਪ ਜੁਆਇਨ ਕਰੋ", "ਚੈਨਲ ਜੁਆਇਨ ਕਰੋ", "ਗਰੁੱਪ ਜੌਇਨ ਕਰੋ", "ਚੈਨਲ ਜੌਇਨ ਕਰੋ"]),
        // The spellings the `xx` pack's prefixes miss, with their glued forms.
        platform(Social).max_words(12).phrases(&[
            "ਵ੍ਹਟਸਐਪ*", "ਵਟਸਅੱਪ*", "ਵਾਟਸਐਪ*", "ਫ਼ੇਸਬੁੱਕ*", "ਫੇਸਬੁੱਕ*", "ਫੇਸਬੁਕ*", "ਇੰਸਟਾਗਰਾਮ*", "ਟੈਲੀਗਰਾਮ*", "ਟਵਿਟਰ*", "ਯੂ-ਟਿਊਬ*",
            "ਐਕਸ", "ਥ੍ਰੈਡਸ", "ਸ਼ੇਅਰਚੈਟ*",
        ]),
        // "For more Punjabi news": the line under a story that sends the reader to the
        // outlet's app, channel or page.
        line(Related).max_words(30).phrases(&[
            "ਹੋਰ ਪੰਜਾਬੀ ਖ਼ਬਰਾਂ ਲਈ", "ਹੋਰ ਪੰਜਾਬੀ ਖਬਰਾਂ ਲਈ", "ਤਾਜ਼ਾ ਪੰਜਾਬੀ ਖ਼ਬਰਾਂ ਲਈ", "ਤਾਜਾ ਪੰਜਾਬੀ ਖਬਰਾਂ ਲਈ", "ਪੰਜਾਬ ਦੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ ਲਈ", "ਪੰਜਾਬ ਦੀਆਂ ਹੋਰ ਖਬਰਾਂ ਲਈ", "ਅਜਿਹੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ ਲਈ", "ਅਜਿਹੀਆਂ ਹੋਰ ਖਬਰਾਂ ਲਈ",
            "ਇਸ ਤਰ੍ਹਾਂ ਦੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ ਲਈ", "ਇਸ ਤਰ੍ਹਾਂ ਦੀਆਂ ਹੋਰ ਖਬਰਾਂ ਲਈ",
        ]),
        // "ਇਸ਼ਤਿਹਾਰ" is also a public notice: only the whole block.
        label(Ad).phrases(&["ਇਸ਼ਤਿਹਾਰ", "ਵਿਗਿਆਪਨ", "ਐਡਵਰਟਾਈਜ਼ਮੈਂਟ", "ਐਡਵਰਟਾਈਜਮੈਂਟ", "ਸਪਾਂਸਰਡ"]),
        // A read-also line opens no story's sentence, but the `xx` pack holds the bare form at
        // a line's opening: the forms with their colon or dash, and the others.
        line(Related).max_words(24).phrases(&[
            "ਇਹ ਵੀ ਪੜ੍ਹੋ:", "ਇਹ ਵੀ ਪੜ੍ਹੋ :", "ਇਹ ਵੀ ਪੜ੍ਹੋ-", "ਇਹ ਵੀ ਪੜ੍ਹੋ -", "ਇਹ ਵੀ ਪੜੋ:", "ਇਹ ਵੀ ਪੜੋ -",
            "ਇਹ ਖ਼ਬਰ ਵੀ ਪੜ੍ਹੋ", "ਇਹ ਖਬਰ ਵੀ ਪੜ੍ਹੋ", "ਇਹ ਖ਼ਬਰਾਂ ਵੀ ਪੜ੍ਹੋ", "ਇਹ ਖਬਰਾਂ ਵੀ ਪੜ੍ਹੋ", "ਇਹ ਵੀ ਦੇਖੋ:", "ਇਹ ਵੀ ਵੇਖੋ:", "ਇਹ ਵੀ ਪੜ੍ਹੋ|", "ਸਬੰਧਤ ਖ਼ਬਰ:", "ਸਬੰਧਤ ਖਬਰ:",
            "ਹੋਰ ਪੜ੍ਹੋ:",
        ]),
        // "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਅਨੁਸਾਰ ..." (according to the latest reports) opens a story's line: a
        // heading's few words only.
        line(Related).max_words(3).phrases(&["ਟ੍ਰੈਂਡਿੰਗ ਖ਼ਬਰਾਂ", "ਟ੍ਰੈਂਡਿੰਗ ਖਬਰਾਂ", "ਅਗਲੀ ਖ਼ਬਰ", "ਅਗਲੀ ਖਬਰ", "ਪਿਛਲੀ ਖ਼ਬਰ", "ਪਿਛਲੀ ਖਬਰ", "ਸੰਪਾਦਕ ਦੀ ਚੋਣ"]),
        // A digest's crossheads read so too ("ਸ਼ਹਿਰ ਦੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ"): an edge's weight.
        line(Related).weight(EDGE_WEIGHT).max_words(3).phrases(&["ਹੋਰ ਖ਼ਬਰਾਂ", "ਹੋਰ ਖਬਰਾਂ", "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ", "ਤਾਜਾ ਖਬਰਾਂ", "ਵੱਡੀਆਂ ਖ਼ਬਰਾਂ", "ਵੱਡੀਆਂ ਖਬਰਾਂ", "ਮੁੱਖ ਖ਼ਬਰਾਂ", "ਮੁੱਖ ਖਬਰਾਂ"]),
        // (Not "ਇਹ ਵੀ ਪੜ੍ਹੋ" alone on its line: a story's crosshead over the books it names reads
        // so too, and the `xx` pack's row holds it below an anchor's weight.)
        label(Related).phrases(&[
            "ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ", "ਸੰਬੰਧਿਤ ਖਬਰਾਂ", "ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ", "ਸਬੰਧਿਤ ਖਬਰਾਂ", "ਸੰਬੰਧਿਤ ਲੇਖ", "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ", "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ ਗਈਆਂ ਖ਼ਬਰਾਂ", "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ ਗਈਆਂ ਖਬਰਾਂ",
            "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੇ ਗਏ", "ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹੋ", "ਪੂਰੀ ਖਬਰ ਪੜ੍ਹੋ", "ਪੂਰਾ ਲੇਖ ਪੜ੍ਹੋ", "ਤੁਹਾਨੂੰ ਇਹ ਵੀ ਪਸੰਦ ਆ ਸਕਦਾ ਹੈ",
            "ਹੋਰ ਖ਼ਬਰਾਂ ਪੜ੍ਹੋ", "ਹੋਰ ਖਬਰਾਂ ਪੜ੍ਹੋ", "ਸੰਬੰਧਿਤ ਪੋਸਟਾਂ",
        ]),
        // A market story's subhead "ਟ੍ਰੈਂਡਿੰਗ", a scheme named "ਅੱਗੇ ਪੜ੍ਹੋ" (study further), a blog's
        // "latest posts" crosshead: an edge's weight.
        label(Related).weight(EDGE_WEIGHT).phrases(&["ਟ੍ਰੈਂਡਿੰਗ", "ਅੱਗੇ ਪੜ੍ਹੋ", "ਤਾਜ਼ਾ ਪੋਸਟਾਂ", "ਤਾਜਾ ਪੋਸਟਾਂ"]),
        // The related story's line under a paragraph, with its imperative to the reader.
        line(Related).max_words(24).phrases(&[
            "ਇਸ ਨਾਲ ਜੁੜੀ ਖ਼ਬਰ ਪੜ੍ਹੋ", "ਇਸ ਨਾਲ ਜੁੜੀ ਖਬਰ ਪੜ੍ਹੋ", "ਇਸ ਨਾਲ ਸਬੰਧਤ ਖ਼ਬਰ ਪੜ੍ਹੋ", "ਇਸ ਨਾਲ ਸਬੰਧਤ ਖਬਰ ਪੜ੍ਹੋ",
            "ਇਸ ਨਾਲ ਜੁੜੀਆਂ ਖ਼ਬਰਾਂ ਪੜ੍ਹੋ", "ਇਸ ਨਾਲ ਜੁੜੀਆਂ ਖਬਰਾਂ ਪੜ੍ਹੋ", "ਇਸ ਨਾਲ ਜੁੜੀ ਰਿਪੋਰਟ ਪੜ੍ਹੋ",
        ]),
        ask(Credit).max_words(12).phrases(&["ਏਜੰਸੀ ਇਨਪੁਟ ਨਾਲ", "ਏਜੰਸੀਆਂ ਦੇ ਇਨਪੁਟ ਨਾਲ", "ਏਜੰਸੀਆਂ ਤੋਂ ਇਨਪੁਟ", "ਏਜੰਸੀ ਦੇ ਇਨਪੁਟ ਨਾਲ"]),
        ask(Credit).max_words(16).phrases(&["ਇਹ ਲੇਖ ਮੂਲ ਰੂਪ ਵਿੱਚ", "ਇਹ ਲੇਖ ਮੂਲ ਰੂਪ ਵਿਚ"]),
        // The dateline's "ਪੱਤਰ ਪ੍ਰੇਰਕ" (correspondent) opens the story itself: a cue, never a
        // line. (Not "ਤਸਵੀਰ:", "ਫੋਟੋ:", "ਲੇਖਕ,": a caption opens on the first two as often as a
        // credit does, and "ਲੇਖਕ, ਕਵੀ ਅਤੇ ..." a writer's obituary.)
        cue(Credit).phrases(&["ਪੱਤਰ ਪ੍ਰੇਰਕ", "ਨਿੱਜੀ ਪੱਤਰ ਪ੍ਰੇਰਕ", "ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ"]),
        // The byline under the headline reads "ਰਿਪੋਰਟ: name, place" and is the story's: cues.
        cue(Credit).at(Start).weight(2.0).max_words(10).phrases(&["ਰਿਪੋਰਟ:", "ਰਿਪੋਰਟ :", "ਰਿਪੋਰਟਰ:", "ਲੇਖਕ:", "ਲਿਖਤ:"]),
        line(Credit).max_words(10).phrases(&[
            "ਸੰਪਾਦਨ:", "ਅਨੁਵਾਦ:", "ਪੇਸ਼ਕਾਰੀ:", "ਫੋਟੋ ਕ੍ਰੈਡਿਟ", "ਤਸਵੀਰ ਸਰੋਤ",
            "ਫੋਟੋ ਸਰੋਤ", "ਧੰਨਵਾਦ ਸਹਿਤ:", "ਸ਼ੂਟ-ਐਡਿਟ:", "ਐਡਿਟ:", "ਕੈਮਰਾ:",
        ]),
        chrome(Other).at(Any).max_words(6).phrases(&["ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ", "ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ", "ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ", "ਸਰਵ ਅਧਿਕਾਰ ਰਾਖਵੇਂ"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["ਬਿਨਾਂ ਇਜਾਜ਼ਤ ਛਾਪਣ ਦੀ ਮਨਾਹੀ ਹੈ", "ਬਿਨਾਂ ਇਜਾਜਤ ਛਾਪਣ ਦੀ ਮਨਾਹੀ ਹੈ"]),
        // Small papers' and portals' footer line ("Contact for news and ads").
        line(Other).max_words(15).phrases(&[
            "ਖ਼ਬਰਾਂ ਅਤੇ ਇਸ਼ਤਿਹਾਰਾਂ ਲਈ ਸੰਪਰਕ ਕਰੋ", "ਖਬਰਾਂ ਅਤੇ ਇਸ਼ਤਿਹਾਰਾਂ ਲਈ ਸੰਪਰਕ ਕਰੋ", "ਖ਼ਬਰਾਂ ਤੇ ਇਸ਼ਤਿਹਾਰਾਂ ਲਈ ਸੰਪਰਕ ਕਰੋ", "ਖਬਰਾਂ ਤੇ ਇਸ਼ਤਿਹਾਰਾਂ ਲਈ ਸੰਪਰਕ ਕਰੋ", "ਇਸ਼ਤਿਹਾਰ ਲਈ ਸੰਪਰਕ ਕਰੋ",
            "ਇਸ਼ਤਿਹਾਰਾਂ ਲਈ ਸੰਪਰਕ ਕਰੋ",
        ]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&["ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਖ਼ਬਰ ਹੈ", "ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਖਬਰ ਹੈ", "ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਖ਼ਬਰ ਹੈ", "ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਖਬਰ ਹੈ", "ਸਾਨੂੰ ਖ਼ਬਰ ਭੇਜੋ", "ਸਾਨੂੰ ਖਬਰ ਭੇਜੋ", "ਆਪਣੀ ਖ਼ਬਰ ਭੇਜੋ", "ਆਪਣੀ ਖਬਰ ਭੇਜੋ"]),
        // An official's "ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਡਰੋ ਨਾ" is news: the footer link alone on its line,
        // an edge's weight.
        label(Other).weight(EDGE_WEIGHT).phrases(&["ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ਬੰਦ ਕਰੋ", "ਹੁਣ ਨਹੀਂ", "ਬਾਅਦ ਵਿੱਚ", "ਬਾਅਦ ਵਿਚ", "ਫਿਰ ਕਦੇ", "ਨਹੀਂ, ਧੰਨਵਾਦ", "ਨਹੀਂ ਧੰਨਵਾਦ", "ਛੱਡੋ", "ਠੀਕ ਹੈ",
            "ਸਮਝ ਗਿਆ", "ਸਵੀਕਾਰ ਕਰੋ", "ਸਭ ਸਵੀਕਾਰ ਕਰੋ", "ਸਾਰੀਆਂ ਸਵੀਕਾਰ ਕਰੋ", "ਰੱਦ ਕਰੋ", "ਅਸਵੀਕਾਰ ਕਰੋ", "ਜਾਰੀ ਰੱਖੋ",
            "ਮੈਂ ਸਹਿਮਤ ਹਾਂ", "ਸਹਿਮਤ ਹਾਂ", "ਲੌਗਇਨ", "ਲੌਗਇਨ ਕਰੋ", "ਲਾਗਇਨ ਕਰੋ", "ਸਾਈਨ ਇਨ", "ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ",
            "ਮਹੀਨਾਵਾਰ", "ਇੱਕ ਵਾਰ", "ਹੋਰ ਰਕਮ", "ਦਾਨ ਕਰੋ", "ਯੋਗਦਾਨ ਦਿਓ", "ਸਮਰਥਨ ਕਰੋ", "ਸਹਿਯੋਗ ਕਰੋ", "ਯੋਗਦਾਨ ਪਾਓ",
            "ਈਮੇਲ", "ਸਬਸਕ੍ਰਾਈਬ", "ਸਾਂਝਾ ਕਰੋ", "ਸ਼ੇਅਰ", "ਹੋਰ ਦੇਖੋ", "ਸਭ ਦੇਖੋ",
        ]),
        // A how-to's steps, each a line of its own ("ਰਜਿਸਟਰ ਕਰੋ", "ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ", a scheme's
        // guide), and a relief story's subhead "ਮਦਦ ਕਰੋ": a box's edges, not anchors.
        label_any().weight(EDGE_WEIGHT).phrases(&["ਰਜਿਸਟਰ ਕਰੋ", "ਖੋਜੋ", "ਮਦਦ ਕਰੋ", "ਸਹਾਇਤਾ ਕਰੋ", "ਭੁਗਤਾਨ ਕਰੋ"]),
        // The question over a box, each a line of its own.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ਕੋਈ ਵੀ ਖ਼ਬਰ ਨਾ ਖੁੰਝਾਓ", "ਕੋਈ ਵੀ ਖਬਰ ਨਾ ਖੁੰਝਾਓ", "ਕੀ ਤੁਸੀਂ ਅਜਿਹੀਆਂ ਹੋਰ ਖ਼ਬਰਾਂ ਚਾਹੁੰਦੇ ਹੋ", "ਕੀ ਤੁਸੀਂ ਅਜਿਹੀਆਂ ਹੋਰ ਖਬਰਾਂ ਚਾਹੁੰਦੇ ਹੋ", "ਕੀ ਇਹ ਲੇਖ ਤੁਹਾਡੇ ਲਈ ਲਾਭਦਾਇਕ ਸੀ",
            "ਕੀ ਇਹ ਜਾਣਕਾਰੀ ਲਾਹੇਵੰਦ ਸੀ", "ਇਹ ਖ਼ਬਰ ਕਿਵੇਂ ਲੱਗੀ", "ਇਹ ਖਬਰ ਕਿਵੇਂ ਲੱਗੀ", "ਤੁਹਾਨੂੰ ਇਹ ਖ਼ਬਰ ਕਿਵੇਂ ਲੱਗੀ", "ਤੁਹਾਨੂੰ ਇਹ ਖਬਰ ਕਿਵੇਂ ਲੱਗੀ",
        ]),
        outlet(Donation).phrases(&[
            "ਆਜ਼ਾਦ ਮੀਡੀਆ", "ਆਜਾਦ ਮੀਡੀਆ", "ਸੁਤੰਤਰ ਮੀਡੀਆ", "ਗ਼ੈਰ-ਮੁਨਾਫ਼ਾ", "ਗੈਰ-ਮੁਨਾਫਾ", "ਗ਼ੈਰ ਮੁਨਾਫ਼ਾ", "ਗੈਰ ਮੁਨਾਫਾ", "ਮੁਨਾਫ਼ਾ ਰਹਿਤ", "ਮੁਨਾਫਾ ਰਹਿਤ", "ਇਸ਼ਤਿਹਾਰ ਮੁਕਤ", "ਇਸ਼ਤਿਹਾਰਾਂ ਤੋਂ ਮੁਕਤ",
            "ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ ਨਾਲ ਚੱਲਣ ਵਾਲਾ", "ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ ਨਾਲ ਚਲਦਾ", "ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ ਨਾਲ", "ਪਾਠਕਾਂ ਦੇ ਯੋਗਦਾਨ ਨਾਲ",
            "ਸਰਕਾਰੀ ਇਸ਼ਤਿਹਾਰਾਂ 'ਤੇ ਨਿਰਭਰ ਨਹੀਂ", "ਕਾਰਪੋਰੇਟ ਇਸ਼ਤਿਹਾਰਾਂ 'ਤੇ ਨਿਰਭਰ ਨਹੀਂ", "ਸਾਰਿਆਂ ਲਈ ਮੁਫ਼ਤ", "ਸਾਰਿਆਂ ਲਈ ਮੁਫਤ", "ਬਿਨਾਂ ਪੇਵਾਲ",
            "ਕਿਸੇ ਪਾਰਟੀ ਦੇ ਪ੍ਰਭਾਵ ਤੋਂ ਮੁਕਤ", "ਪਾਠਕਾਂ ਦੇ ਭਰੋਸੇ", "ਕੋਈ ਕਾਰਪੋਰੇਟ ਮਾਲਕ ਨਹੀਂ",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["ਸੋਧ:", "ਦਰੁਸਤੀ:", "ਸੰਪਾਦਕ ਦਾ ਨੋਟ:", "ਸੰਪਾਦਕੀ ਨੋਟ:"]),
        notice().at(Any).phrases(&["ਇਸ ਖ਼ਬਰ ਨੂੰ ਅਪਡੇਟ ਕੀਤਾ ਗਿਆ ਹੈ", "ਇਸ ਖਬਰ ਨੂੰ ਅਪਡੇਟ ਕੀਤਾ ਗਿਆ ਹੈ", "ਇਹ ਖ਼ਬਰ ਅਪਡੇਟ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ", "ਇਹ ਖਬਰ ਅਪਡੇਟ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ", "ਖ਼ਬਰ ਦੇ ਪਿਛਲੇ ਸੰਸਕਰਣ ਵਿੱਚ", "ਖਬਰ ਦੇ ਪਿਛਲੇ ਸੰਸਕਰਣ ਵਿੱਚ"]),
        // The quotatives after a quoted ask or slogan mark the story telling it ("'ਸਾਡਾ ਸਾਥ
        // ਦਿਓ' ਕਹਿੰਦਿਆਂ ਉਨ੍ਹਾਂ ...", "'ਦਾਨ ਕਰੋ' ਦੇ ਨਾਅਰੇ ਹੇਠ"), as "అంటూ", "ಎಂಬ" do.
        body().phrases(&["ਕਹਿੰਦਿਆਂ", "ਆਖਦਿਆਂ", "ਕਹਿ ਕੇ", "ਕਹਿਕੇ", "ਦੇ ਨਾਅਰੇ", "ਦਾ ਨਾਅਰਾ", "ਦਾ ਹੋਕਾ"]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, told,
        // appealed, called for, according to, speaking to reporters), which no box uses.
        body().phrases(&[
            "ਕਿਹਾ", "ਦੱਸਿਆ", "ਆਖਿਆ", "ਨੇ ਕਿਹਾ", "ਕਿਹਾ ਕਿ", "ਉਨ੍ਹਾਂ ਕਿਹਾ", "ਉਹਨਾਂ ਕਿਹਾ", "ਨੇ ਦੱਸਿਆ", "ਉਨ੍ਹਾਂ ਦੱਸਿਆ", "ਉਹਨਾਂ ਦੱਸਿਆ", "ਦਾ ਕਹਿਣਾ ਹੈ",
            "ਦਾ ਕਹਿਣਾ ਸੀ", "ਨੇ ਕਹੀ", "ਜਾਣਕਾਰੀ ਦਿੰਦਿਆਂ", "ਗੱਲਬਾਤ ਕਰਦਿਆਂ", "ਪੱਤਰਕਾਰਾਂ ਨਾਲ ਗੱਲਬਾਤ", "ਅਪੀਲ ਕੀਤੀ",
            "ਸੱਦਾ ਦਿੱਤਾ", "ਦੋਸ਼ ਲਾਇਆ", "ਦੋਸ਼ ਲਗਾਇਆ", "ਚਿਤਾਵਨੀ ਦਿੱਤੀ", "ਐਲਾਨ ਕੀਤਾ", "ਸਪੱਸ਼ਟ ਕੀਤਾ", "ਮੰਗ ਕੀਤੀ",
            "ਹਦਾਇਤ ਕੀਤੀ", "ਨਿਰਦੇਸ਼ ਦਿੱਤੇ", "ਪੁਲੀਸ ਅਨੁਸਾਰ", "ਪੁਲਿਸ ਅਨੁਸਾਰ", "ਸੂਤਰਾਂ ਅਨੁਸਾਰ", "ਜਾਣਕਾਰੀ ਅਨੁਸਾਰ",
            "ਰਿਪੋਰਟ ਅਨੁਸਾਰ", "ਪੁਲੀਸ ਮੁਤਾਬਕ", "ਪੁਲਿਸ ਮੁਤਾਬਕ", "ਸੂਤਰਾਂ ਮੁਤਾਬਕ", "ਜਾਣਕਾਰੀ ਮੁਤਾਬਕ", "ਮਾਮਲਾ ਦਰਜ",
            "ਕੇਸ ਦਰਜ", "ਬਿਆਨ ਵਿੱਚ ਕਿਹਾ", "ਬਿਆਨ ਜਾਰੀ ਕਰਕੇ",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["ਲੇਖਕ ਬਾਰੇ", "ਲੇਖਕ ਦੇ ਹੋਰ ਲੇਖ", "ਇਸ ਲੇਖਕ ਦੇ ਹੋਰ ਲੇਖ"]),
        // A column's closing bio ("ਲੇਖਕ ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ ਹੈ"); not "ਲੇਖਕ" alone, a book review's
        // subject ("ਲੇਖਕ ਨੇ ਆਪਣੀ ਕਿਤਾਬ ਵਿੱਚ ...").
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "ਲੇਖਕ ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ", "ਲੇਖਕ ਉੱਘੇ", "ਲੇਖਕ ਸੇਵਾਮੁਕਤ", "ਲੇਖਕ ਸਾਬਕਾ", "ਲੇਖਕ ਪ੍ਰੋਫੈਸਰ", "ਲੇਖਕ ਸਹਾਇਕ ਪ੍ਰੋਫੈਸਰ",
            "ਲੇਖਕ ਪੱਤਰਕਾਰ", "ਲੇਖਕ ਸਿਆਸੀ ਵਿਸ਼ਲੇਸ਼ਕ", "ਲੇਖਕ ਸਮਾਜਿਕ ਕਾਰਕੁਨ", "ਲੇਖਕ ਅਰਥ ਸ਼ਾਸਤਰੀ",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["ਫ੍ਰੀਲਾਂਸ ਪੱਤਰਕਾਰ", "ਕਾਲਮਨਵੀਸ"]),
        chrome(Other).part(Comments).max_words(5).phrases(&[
            "ਆਪਣੀ ਰਾਏ ਦਿਓ", "ਆਪਣੀ ਟਿੱਪਣੀ ਲਿਖੋ", "ਟਿੱਪਣੀ ਕਰੋ", "ਪਾਠਕਾਂ ਦੀਆਂ ਟਿੱਪਣੀਆਂ", "ਕੁਮੈਂਟ ਕਰੋ", "ਪਹਿਲੀ ਟਿੱਪਣੀ ਕਰੋ",
            "ਜਵਾਬ ਦਿਓ", "ਜਵਾਬ ਰੱਦ ਕਰੋ",
        ]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["ਟਿੱਪਣੀਆਂ", "ਕੁਮੈਂਟਸ", "ਕਮੈਂਟਸ"]),
        // The note under a story that asks the reader's opinion in the comment box ("ਇਸ ਖ਼ਬਰ
        // ਬਾਰੇ ਤੁਹਾਡੀ ਕੀ ਰਾਏ ਹੈ? ਕੁਮੈਂਟ ਕਰਕੇ ਦਿਓ ਜਵਾਬ"): the imperative to the reader.
        ask(Other).part(Comments).max_words(16).phrases(&[
            "ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਲੌਗਇਨ ਕਰੋ", "ਕੁਮੈਂਟ ਕਰਨ ਲਈ ਲੌਗਇਨ ਕਰੋ", "ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਦਿਓ", "ਕੁਮੈਂਟ ਬਾਕਸ ਵਿੱਚ ਦਿਓ",
            "ਕੁਮੈਂਟ ਕਰਕੇ ਦਿਓ", "ਕੁਮੈਂਟ ਕਰ ਕੇ ਦਿਓ", "ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਜ਼ਰੂਰ ਦਿਓ", "ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਜਰੂਰ ਦਿਓ", "ਕੁਮੈਂਟ ਕਰਕੇ ਜ਼ਰੂਰ ਦੱਸੋ", "ਕੁਮੈਂਟ ਕਰਕੇ ਜਰੂਰ ਦੱਸੋ",
        ]),
        ask(Other).part(Comments).max_words(12).phrases(&["ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ", "ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਪ੍ਰਕਾਸ਼ਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ"]),
        // The views-are-the-author's note, which runs to a sentence or two.
        chrome(Other).part(Disclaimer).at(Any).max_words(40).phrases(&[
            "ਵਿਚਾਰ ਲੇਖਕ ਦੇ ਨਿੱਜੀ ਹਨ", "ਲੇਖਕ ਦੇ ਨਿੱਜੀ ਵਿਚਾਰ ਹਨ", "ਅਦਾਰੇ ਦਾ ਸਹਿਮਤ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ", "ਅਦਾਰੇ ਦਾ ਸਹਿਮਤ ਹੋਣਾ ਜਰੂਰੀ ਨਹੀਂ", "ਅਦਾਰਾ ਇਨ੍ਹਾਂ ਨਾਲ ਸਹਿਮਤ ਹੋਵੇ",
            "ਅਦਾਰੇ ਦੀ ਸਹਿਮਤੀ ਜ਼ਰੂਰੀ ਨਹੀਂ", "ਅਦਾਰੇ ਦੀ ਸਹਿਮਤੀ ਜਰੂਰੀ ਨਹੀਂ",
        ]),
        // The health and astrology pages' note ("ਡਿਸਕਲੇਮਰ: ਇਹ ਜਾਣਕਾਰੀ ਸਿਰਫ਼ ਆਮ ਜਾਣਕਾਰੀ ਲਈ ਹੈ").
        chrome(Other).part(Disclaimer).max_words(60).phrases(&["ਡਿਸਕਲੇਮਰ:", "ਡਿਸਕਲੇਮਰ :", "ਬੇਦਾਅਵਾ:", "ਬੇਦਾਅਵਾ :"]),
        cue(Other).part(Disclaimer).phrases(&["ਸਿਰਫ਼ ਆਮ ਜਾਣਕਾਰੀ ਲਈ", "ਸਿਰਫ ਆਮ ਜਾਣਕਾਰੀ ਲਈ", "ਮਾਹਿਰ ਦੀ ਸਲਾਹ ਜ਼ਰੂਰ ਲਓ", "ਮਾਹਿਰ ਦੀ ਸਲਾਹ ਜਰੂਰ ਲਓ"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "ਅਗਲਾ ਪੰਨਾ", "ਪਿਛਲਾ ਪੰਨਾ", "ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ", "ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ", "ਗ਼ਲਤੀ ਦੀ ਰਿਪੋਰਟ ਕਰੋ", "ਗਲਤੀ ਦੀ ਰਿਪੋਰਟ ਕਰੋ",
            "ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਜਾਓ",
        ]),
        ask(Other).part(Navigation).max_words(16).phrases(&["ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਪੁਰਾਣਾ ਹੈ", "ਤੁਹਾਡਾ ਬ੍ਰਾਊਜਰ ਪੁਰਾਣਾ ਹੈ", "ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਇਸ ਵੀਡੀਓ ਨੂੰ ਸਪੋਰਟ ਨਹੀਂ ਕਰਦਾ", "ਤੁਹਾਡਾ ਬ੍ਰਾਊਜਰ ਇਸ ਵੀਡੀਓ ਨੂੰ ਸਪੋਰਟ ਨਹੀਂ ਕਰਦਾ", "ਜਾਵਾਸਕ੍ਰਿਪਟ ਚਾਲੂ ਕਰੋ"]),
        // Coverage survey: headings of related lists and share rows as CMS themes and plugins
        // print them, each a line of its own.
        label(Social).weight(EDGE_WEIGHT).phrases(&["ਇਸਨੂੰ ਸ਼ੇਅਰ ਕਰੋ", "ਇਸ ਨੂੰ ਸਾਂਝਾ ਕਰੋ", "ਸ਼ੇਅਰ ਕਰੋ"]),
        // The comment form of the blog engines, as their Punjabi translation prints it.
        chrome(Other).part(Comments).max_words(12).phrases(&["ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਇਆ ਗਿਆ ਹੈ"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&[
            "ਇਸ਼ਤਿਹਾਰ ਤੋਂ ਬਾਅਦ ਖ਼ਬਰ ਜਾਰੀ ਹੈ", "ਇਸ਼ਤਿਹਾਰ ਤੋਂ ਬਾਅਦ ਖਬਰ ਜਾਰੀ ਹੈ", "ਖ਼ਬਰ ਇਸ਼ਤਿਹਾਰ ਤੋਂ ਬਾਅਦ ਜਾਰੀ ਹੈ", "ਖਬਰ ਇਸ਼ਤਿਹਾਰ ਤੋਂ ਬਾਅਦ ਜਾਰੀ ਹੈ", "ਖ਼ਬਰ ਹੇਠਾਂ ਜਾਰੀ ਹੈ", "ਖਬਰ ਹੇਠਾਂ ਜਾਰੀ ਹੈ", "ਲੇਖ ਹੇਠਾਂ ਜਾਰੀ ਹੈ",
            "ਸਪਾਂਸਰਡ ਸਮੱਗਰੀ", "ਸਪਾਂਸਰਡ ਲੇਖ", "ਇਸ਼ਤਿਹਾਰੀ ਲੇਖ", "ਪਾਰਟਨਰ ਕੰਟੈਂਟ",
        ]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story on
        // online fraud quotes such lines).
        cue(Ad).weight(2.5).max_words(45).phrases(&["ਸਾਨੂੰ ਕਮਿਸ਼ਨ ਮਿਲ ਸਕਦਾ ਹੈ", "ਇਸ ਲੇਖ ਵਿੱਚ ਐਫੀਲੀਏਟ ਲਿੰਕ", "ਐਫੀਲੀਏਟ ਲਿੰਕ"]),
        // A newsletter box's heading and a sign-up form's field, each a line of its own.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "ਨਿਊਜ਼ਲੈਟਰ", "ਨਿਊਜਲੈਟਰ", "ਨਿਊਜ਼ਲੈਟਰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਨਿਊਜਲੈਟਰ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਤੁਹਾਡਾ ਈਮੇਲ", "ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ", "ਈਮੇਲ ਪਤਾ", "ਆਪਣਾ ਈਮੇਲ ਦਰਜ ਕਰੋ",
            "ਆਪਣੀ ਈਮੇਲ ਦਰਜ ਕਰੋ", "ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਦਰਜ ਕਰੋ", "ਈਮੇਲ ਦਰਜ ਕਰੋ",
        ]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["ਟਿੱਪਣੀ ਲਿਖੋ", "ਕੁਮੈਂਟ ਲਿਖੋ", "ਟਿੱਪਣੀਆਂ ਦੇਖੋ", "ਟਿੱਪਣੀਆਂ ਬੰਦ ਹਨ"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&[
            "ਫਾਈਲ ਫੋਟੋ", "ਫਾਈਲ ਤਸਵੀਰ", "ਪ੍ਰਤੀਕਾਤਮਕ ਤਸਵੀਰ", "ਸੰਕੇਤਕ ਤਸਵੀਰ", "ਸੰਕੇਤਕ ਫੋਟੋ", "ਪ੍ਰਤੀਕਾਤਮਕ ਫੋਟੋ",
            "ਸੋਸ਼ਲ ਮੀਡੀਆ ਤੋਂ ਲਈ ਗਈ ਤਸਵੀਰ", "ਤਸਵੀਰ: ਸੋਸ਼ਲ ਮੀਡੀਆ", "ਵੀਡੀਓ ਗ੍ਰੈਬ",
        ]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["ਵੀਡੀਓ ਚਲਾਓ", "ਖ਼ਬਰ ਸੁਣੋ", "ਖਬਰ ਸੁਣੋ", "ਇਹ ਖ਼ਬਰ ਸੁਣੋ", "ਇਹ ਖਬਰ ਸੁਣੋ", "ਇਹ ਲੇਖ ਸੁਣੋ"]),
        chrome(Other).part(Player).weight(2.5).max_words(10).phrases(&["ਇਸ ਪੋਸਟ ਨੂੰ ਇੰਸਟਾਗ੍ਰਾਮ 'ਤੇ ਦੇਖੋ", "ਇਹ ਪੋਸਟ ਇੰਸਟਾਗ੍ਰਾਮ 'ਤੇ ਦੇਖੋ"]),
        chrome(Other).part(Player).at(Any).weight(2.5).max_words(15).phrases(&["ਤੀਜੀ ਧਿਰ ਦੀ ਸਮੱਗਰੀ ਵਿੱਚ ਇਸ਼ਤਿਹਾਰ"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ਟੈਗ", "ਟੈਗਸ", "ਟੈਗਜ", "ਕੀਵਰਡਸ", "ਕੀਵਰਡ"]),
        // A line of the bank details under an ask ("ਖਾਤਾ ਨੰਬਰ: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "ਖਾਤਾ ਨੰਬਰ", "ਖਾਤਾ ਧਾਰਕ ਦਾ ਨਾਮ", "ਖਾਤੇ ਦਾ ਨਾਮ", "ਬੈਂਕ ਦਾ ਨਾਮ", "ਆਈਐਫਐਸਸੀ ਕੋਡ", "ਆਈਐੱਫਐੱਸਸੀ ਕੋਡ", "ਯੂਪੀਆਈ ਆਈਡੀ",
            "ਅਕਾਊਂਟ ਨੰਬਰ",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own: an offer's, an
        // app's, a donation's and a share row's buttons, and the openings of a form's fine print.
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "ਹੁਣੇ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਪਲਾਨ ਦੇਖੋ", "ਪਲਾਨ ਚੁਣੋ", "ਆਫ਼ਰ ਦੇਖੋ", "ਆਫਰ ਦੇਖੋ", "ਮੁਫ਼ਤ ਟ੍ਰਾਇਲ ਸ਼ੁਰੂ ਕਰੋ", "ਮੁਫਤ ਟ੍ਰਾਇਲ ਸ਼ੁਰੂ ਕਰੋ", "ਮੈਂ ਸਬਸਕ੍ਰਾਈਬ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",
            "ਮੈਂ ਪਹਿਲਾਂ ਹੀ ਸਬਸਕ੍ਰਾਈਬਰ ਹਾਂ",
        ]),
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ", "ਐਪ ਡਾਉਨਲੋਡ ਕਰੋ", "ਸਾਡੀ ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ", "ਗੂਗਲ ਪਲੇ 'ਤੇ ਪ੍ਰਾਪਤ ਕਰੋ", "ਹੁਣੇ ਡਾਊਨਲੋਡ ਕਰੋ",
            "ਐਪ ਵਿੱਚ ਖੋਲ੍ਹੋ",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "ਹੁਣੇ ਦਾਨ ਕਰੋ", "ਹੁਣੇ ਸਮਰਥਨ ਕਰੋ", "ਰਕਮ ਦਰਜ ਕਰੋ", "ਰਕਮ ਚੁਣੋ", "ਮਹੀਨਾਵਾਰ ਸਹਿਯੋਗ", "ਮੈਂ ਸਮਰਥਨ ਕਰਦਾ ਹਾਂ",
            "ਮੈਂ ਸਹਿਯੋਗ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "ਮੈਂ ਦਾਨ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "ਸਮਰਥਨ", "ਸਹਿਯੋਗ ਦਿਓ",
        ]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["ਮੈਂਬਰ ਬਣੋ", "ਮੈਂ ਮੈਂਬਰ ਬਣਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "ਮੈਂ ਪਹਿਲਾਂ ਹੀ ਮੈਂਬਰ ਹਾਂ"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&[
            "ਲਿੰਕ ਕਾਪੀ ਕਰੋ", "ਫੇਸਬੁੱਕ 'ਤੇ ਸ਼ੇਅਰ ਕਰੋ", "ਵਟਸਐਪ 'ਤੇ ਸ਼ੇਅਰ ਕਰੋ", "ਵਟਸਐਪ ਤੇ ਸ਼ੇਅਰ ਕਰੋ", "ਈਮੇਲ ਕਰੋ", "ਪ੍ਰਿੰਟ ਕਰੋ",
            "ਸਾਨੂੰ ਫਾਲੋ ਕਰੋ",
        ]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "ਸਬਸਕ੍ਰਾਈਬ ਕਰਕੇ ਤੁਸੀਂ", "ਸਾਈਨ ਅੱਪ ਕਰਕੇ ਤੁਸੀਂ", "ਸਾਈਨ ਅਪ ਕਰਕੇ ਤੁਸੀਂ", "ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਅਨਸਬਸਕ੍ਰਾਈਬ ਕਰ ਸਕਦੇ ਹੋ",
            "ਅਸੀਂ ਤੁਹਾਡੀ ਈਮੇਲ ਕਿਸੇ ਨਾਲ ਸਾਂਝੀ ਨਹੀਂ", "ਮੈਂ ਨਿੱਜਤਾ ਨੀਤੀ ਨਾਲ ਸਹਿਮਤ ਹਾਂ", "ਮੈਂ ਗੋਪਨੀਯਤਾ ਨੀਤੀ ਨਾਲ ਸਹਿਮਤ ਹਾਂ",
            "ਪੁਸ਼ਟੀ ਲਈ ਆਪਣਾ ਇਨਬਾਕਸ ਦੇਖੋ",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools; evidence
        // at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ਫੋਟੋ ਗੈਲਰੀ", "ਤਸਵੀਰਾਂ ਦੀ ਗੈਲਰੀ", "ਅਗਲੀ ਤਸਵੀਰ", "ਪਿਛਲੀ ਤਸਵੀਰ", "ਅਗਲੀ ਫੋਟੋ", "ਪਿਛਲੀ ਫੋਟੋ", "ਫੁੱਲ ਸਕਰੀਨ"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["ਸਾਰੀਆਂ ਤਸਵੀਰਾਂ ਦੇਖੋ", "ਸਾਰੀਆਂ ਫੋਟੋਆਂ ਦੇਖੋ"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ਲਾਈਵ"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ਲਾਈਵ ਅਪਡੇਟ", "ਲਾਈਵ ਅਪਡੇਟਸ", "ਲਾਈਵ ਅੱਪਡੇਟ", "ਸਿੱਧਾ ਪ੍ਰਸਾਰਣ", "ਲਾਈਵ ਬਲੌਗ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["ਫੌਂਟ ਸਾਈਜ", "ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ", "ਬੁੱਕਮਾਰਕ ਕਰੋ", "ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੜ੍ਹੋ", "ਅੰਗਰੇਜੀ ਵਿੱਚ ਪੜ੍ਹੋ", "ਹਿੰਦੀ ਵਿੱਚ ਪੜ੍ਹੋ"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ਵੀਡੀਓ ਦੇਖੋ", "ਆਡੀਓ ਸੁਣੋ", "ਪਲੇ ਕਰੋ"]),
        // The outlet's appeal by function: a thank-you that opens it, an amount of the reader's
        // choice. (Cues but the openers.)
        header(Donation).weight(2.5).max_words(6).phrases(&["ਪੜ੍ਹਨ ਲਈ ਧੰਨਵਾਦ", "ਇਹ ਲੇਖ ਪੜ੍ਹਨ ਲਈ ਧੰਨਵਾਦ", "ਅੰਤ ਤੱਕ ਪੜ੍ਹਨ ਲਈ ਧੰਨਵਾਦ"]),
        cue(Donation).weight(2.0).phrases(&["ਆਪਣੀ ਇੱਛਾ ਅਨੁਸਾਰ ਰਕਮ", "ਕੋਈ ਵੀ ਰਕਮ", "ਛੋਟੀ ਜਿਹੀ ਰਕਮ ਵੀ"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ਜ਼ਰੂਰ ਪੜ੍ਹੋ:", "ਸਬੰਧਤ ਖ਼ਬਰਾਂ:", "ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ:", "ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ:", "ਸਬੰਧਿਤ ਖਬਰਾਂ:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ਲਾਈਵ ਟੀਵੀ"]),
        line(Subscription).max_words(10).phrases(&["ਅੱਜ ਦਾ ਈ-ਪੇਪਰ", "ਅੱਜ ਦਾ ਅਖ਼ਬਾਰ"]),
        label(Subscription).phrases(&["ਈ-ਪੇਪਰ", "ਈਪੇਪਰ", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ਸਾਨੂੰ ਲਿਖੋ", "ਫੋਟੋ ਅਤੇ ਵੀਡੀਓ ਭੇਜੋ"]),
        ask(Ad).max_words(35).phrases(&["ਸਾਡੀ ਟੀਮ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ", "ਪੱਤਰਕਾਰਾਂ ਦੀ ਲੋੜ ਹੈ"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਇਆ ਗਿਆ ਹੈ"]),
        label(Other).part(Comments).phrases(&["ਟਿੱਪਣੀ ਭੇਜੋ"]),
    ],
    // The outlet's "we", which is also every quoted speaker's (Punjabi has no exclusive "we").
    we: &["ਅਸੀਂ", "ਅਸੀ", "ਸਾਡਾ", "ਸਾਡੀ", "ਸਾਡੇ", "ਸਾਡੀਆਂ", "ਸਾਨੂੰ"],
    // The polite plural, which is also the everyday singular, and the familiar "ਤੂੰ". Not the
    // honorific "ਆਪ" (the Aam Aadmi Party in every Punjab politics story) nor the reflexive
    // "ਆਪਣਾ", "ਆਪਣੀ", "ਆਪਣੇ" (one's own).
    you: &[
        "ਤੂੰ", "ਤੇਰਾ", "ਤੇਰੀ", "ਤੈਨੂੰ", "ਤੁਸੀਂ", "ਤੁਸੀ", "ਤੁਹਾਡਾ", "ਤੁਹਾਡੀ", "ਤੁਹਾਡੇ", "ਤੁਹਾਡੀਆਂ", "ਤੁਹਾਨੂੰ",
    ],
};
