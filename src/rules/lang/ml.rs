//! Malayalam, in the Malayalam script.
//!
//! Written from how Malayalam news sites (the big dailies' web editions, the TV channels'
//! sites, digital independents, diaspora and community outlets) word their page furniture and
//! appeals in general, not one site's wording. The virama (്, chandrakkala) is no letter to
//! the matcher: it sees a word break after it, so a phrase that ends on it also matches the
//! start of a longer word ("ഞങ്ങളുടെ ആപ്" holds "ആപ്പ്", "ആപ്പിൽ", "ആപ്പിലൂടെ"), and a
//! phrase must not open on a consonant that in other words follows a virama (bare "നീ",
//! you, is the end of "എന്നീ", namely; "നിന്റെ", your, of "മരുന്നിന്റെ", of the medicine).
//! The rows are written with the atomic chillu letters (ൻ ർ ൽ ൾ ൺ) that sites print today;
//! older pages write a chillu as its consonant, a virama and a zero-width joiner, which the
//! pronoun rows take too ("നിങ്ങള്", "ഞങ്ങള്"). Sites spell English loans with and without
//! a zero-width non-joiner after the virama ("സബ്‌സ്‌ക്രൈബ്", "സബ്സ്ക്രൈബ്"), and the native
//! verbs with and without the glide ("പിന്തുണയ്ക്കുക", "പിന്തുണക്കുക"): the formulas that
//! matter most are listed both ways.
//!
//! News uses the appeal's words every day: "പിന്തുണ" (support) is a candidate's and a party's
//! in every election story, "സംഭാവന" (donation) the Chief Minister's relief fund's, with its
//! account number, after every flood, "സഹായിക്കൂ" (help) a victim's plea, "അംഗത്വം"
//! (membership) a party's drive, "വരിക്കാർ" (subscribers) a telephone company's, "സ്വതന്ത്ര"
//! (independent) a candidate's, "ഷെയർ" a stock's, "ലോഗിൻ", "രജിസ്റ്റർ", "ആപ്പ് ഡൗൺലോഡ്
//! ചെയ്യുക" a how-to's for a government portal. Those words are cues, buttons (a line of
//! their own) or a short block's opening; anywhere only forms no report holds
//! ("നിങ്ങളെപ്പോലുള്ള വായനക്കാർ", "ഞങ്ങളുടെ മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ", "ഞങ്ങൾ
//! കുക്കികൾ ഉപയോഗിക്കുന്നു"). The language helps: a report glues its verbs to the quotative
//! ("പിന്തുണയ്ക്കണമെന്ന്", "ഉപയോഗിക്കുന്നുണ്ടെന്ന്"), so the polite imperative in "-ൂ" and the
//! plain present stand alone only in a box's own voice or in a quotation.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ml",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 മിനിറ്റ് വായന").
        chrome(Other).at(Any).max_words(6).phrases(&["മിനിറ്റ് വായന", "മിനിറ്റ് വായിക്കാൻ"]),
        header(Donation).max_words(6).phrases(&[
            "സ്വതന്ത്ര മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ", "സ്വതന്ത്ര മാധ്യമ പ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ",
            "സ്വതന്ത്ര മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കുക", "സ്വതന്ത്ര മാധ്യമപ്രവർത്തനത്തെ പിന്തുണക്കൂ",
            "സ്വതന്ത്ര പത്രപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ", "സ്വതന്ത്ര മാധ്യമത്തെ പിന്തുണയ്ക്കൂ", "സ്വതന്ത്ര മാധ്യമത്തെ പിന്തുണയ്ക്കുക",
        ]),
        // A candidate and a charity say these too ("ഞങ്ങൾക്ക് നിങ്ങളുടെ പിന്തുണ വേണം", "ഞങ്ങളെ
        // പിന്തുണയ്ക്കുക"): a heading of a few words only.
        header(Donation).max_words(6).phrases(&[
            "ഞങ്ങൾക്ക് നിങ്ങളുടെ പിന്തുണ വേണം", "ഞങ്ങൾക്ക് നിങ്ങളുടെ പിന്തുണ ആവശ്യമാണ്", "നിങ്ങളുടെ പിന്തുണ ഞങ്ങൾക്ക് ആവശ്യമാണ്",
            "ഞങ്ങളെ പിന്തുണയ്ക്കൂ", "ഞങ്ങളെ പിന്തുണക്കൂ", "ഞങ്ങളെ പിന്തുണയ്ക്കുക", "ഞങ്ങളെ പിന്തുണക്കുക", "ഞങ്ങളെ സപ്പോർട്ട് ചെയ്യുക",
        ]),
        header(Donation).max_words(4).phrases(&["പോകുന്നതിന് മുമ്പ്", "പോകുന്നതിനു മുമ്പ്", "പോകുന്നതിന് മുൻപ്", "പോകും മുമ്പ്"]),
        // Readers like you, the outlet's own journalism: no report says it.
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "നിങ്ങളെപ്പോലുള്ള വായനക്കാ*", "നിങ്ങളെപ്പോലെയുള്ള വായനക്കാ*", "നിങ്ങളെ പോലുള്ള വായനക്കാ*",
            "സംഭാവന തുക തിരഞ്ഞെടുക്കുക", "സംഭാവന തുക തെരഞ്ഞെടുക്കുക", "ഞങ്ങളുടെ മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ",
            "ഞങ്ങളുടെ മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കുക", "ഞങ്ങളുടെ മാധ്യമപ്രവർത്തനത്തെ പിന്തുണക്കൂ",
            "ഞങ്ങളുടെ പത്രപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ", "സ്വതന്ത്ര മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ",
            "സ്വതന്ത്ര മാധ്യമ പ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ", "സ്വതന്ത്ര പത്രപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ",
            "മാധ്യമപ്രവർത്തനം തുടരാൻ ഞങ്ങളെ സഹായിക്കൂ", "ഞങ്ങളെ സപ്പോർട്ട് ചെയ്യൂ",
        ]),
        // A temple says "ഓരോ സംഭാവനയും വിലപ്പെട്ടതാണ്": a short block's start only. (A
        // candidate's or a fraudster's "ഞങ്ങളെ പിന്തുണയ്ക്കുക, ..." opens a report's paragraph: a
        // heading's words, above.) (Bare "സംഭാവന നൽകൂ" opens a relief drive's slogan in a
        // report, "സംഭാവന നൽകൂ, വയനാടിനെ ചേർത്തുപിടിക്കാം എന്ന സന്ദേശവുമായി ...": a button.)
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&[
            "ഇപ്പോൾ സംഭാവന നൽകൂ",
            "ഇപ്പോൾ തന്നെ സംഭാവന നൽകൂ", "ഞങ്ങളുടെ പ്രവർത്തനങ്ങളെ പിന്തുണയ്ക്കൂ",
            "ഓരോ സംഭാവനയും വിലപ്പെട്ടതാണ്", "ഇപ്പോൾ പിന്തുണയ്ക്കൂ", "പിന്തുണയ്ക്കാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക",
            "സംഭാവന നൽകാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക",
        ]),
        // Flood victims say "help us", an NGO "help us continue our work": cues.
        cue(Donation).phrases(&["ഞങ്ങളെ സഹായിക്കൂ", "ഞങ്ങളെ സഹായിക്കുക"]),
        cue(Donation).phrases(&[
            "നിങ്ങളുടെ പിന്തുണ*", "നിങ്ങളുടെ സംഭാവന*", "താങ്കളുടെ പിന്തുണ*", "സ്വതന്ത്ര മാധ്യമപ്രവർത്തന*",
            "സ്വതന്ത്ര മാധ്യമ പ്രവർത്തന*", "സ്വതന്ത്ര പത്രപ്രവർത്തന*", "പ്രതിമാസ സംഭാവന", "ഒറ്റത്തവണ സംഭാവന",
        ]),
        cue(Donation).weight(2.0).phrases(&[
            "തുടരാൻ ഞങ്ങളെ സഹായിക്കൂ", "ഞങ്ങളുടെ പ്രവർത്തനം തുടരാൻ", "ഈ ഉദ്യമത്തിൽ പങ്കാളിയാകൂ", "ഈ ഉദ്യമത്തിൽ പങ്കാളികളാകൂ",
        ]),
        // Not "പിന്തുണ*" (every campaign) nor "സഹായ*" (any aid).
        cue(Donation).weight(0.5).phrases(&["സംഭാവന*", "ഡൊണേഷ*", "ഡൊണേറ്റ്*"]),
        salutation(Donation).max_words(6).phrases(&[
            "പ്രിയ വായനക്കാരേ", "പ്രിയ വായനക്കാരെ", "പ്രിയപ്പെട്ട വായനക്കാരേ", "പ്രിയപ്പെട്ട വായനക്കാരെ", "ബഹുമാനപ്പെട്ട വായനക്കാരേ",
            "പ്രിയ വായനക്കാരാ",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&[
            "ഈ വാർത്ത ഇഷ്ടപ്പെട്ടോ", "ഈ ലേഖനം ഇഷ്ടപ്പെട്ടോ", "ഈ ലേഖനം ഇഷ്ടമായോ", "ഈ വാർത്ത ഇഷ്ടമായോ",
        ]),
        // "അംഗമാകൂ" is a party's and a union's call too: anywhere only with the readers named.
        ask(Membership).max_words(16).phrases(&[
            "ഞങ്ങളുടെ വായനക്കാരുടെ കൂട്ടായ്മയിൽ ചേരൂ", "വായനക്കാരുടെ കൂട്ടായ്മയിൽ ചേരൂ", "വായനക്കാരുടെ കൂട്ടായ്മയിൽ അംഗമാകൂ",
        ]),
        ask(Membership).at(Start).max_words(5).phrases(&[
            "അംഗമാകൂ", "മെമ്പർ ആകൂ", "മെമ്പറാകൂ", "അംഗത്വം എടുക്കൂ", "ഇന്നുതന്നെ അംഗമാകൂ",
            "ഞങ്ങളുടെ അംഗമാകൂ",
        ]),
        // (Not "അംഗത്വ*": a party's drive, a welfare board's how-to, "അംഗത്വം എടുക്കുക" a step.)
        cue(Membership).weight(0.5).phrases(&["മെമ്പർഷിപ്*", "അംഗങ്ങൾക്ക് മാത്രം"]),
        ask(Subscription).max_words(16).phrases(&[
            "എപ്പോൾ വേണമെങ്കിലും റദ്ദാക്കാം", "എപ്പോൾ വേണമെങ്കിലും ക്യാൻസൽ ചെയ്യാം", "ഇതിനകം വരിക്കാരനാണോ", "ഇതിനകം വരിക്കാരാണോ",
            "ഇതിനകം സബ്സ്ക്രൈബ് ചെയ്തിട്ടുണ്ടോ", "ഇതിനകം സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്തിട്ടുണ്ടോ",
        ]),
        // A YouTuber's "subscribe" in a report: a short block's start only.
        ask(Subscription).at(Start).max_words(5).phrases(&[
            "സബ്സ്ക്രൈബ് ചെയ്യൂ", "സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യൂ", "വരിക്കാരാകൂ", "വരിക്കാരനാകൂ", "ഇപ്പോൾ സബ്സ്ക്രൈബ് ചെയ്യൂ", "ഇപ്പോൾ സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യൂ",
        ]),
        cue(Subscription).phrases(&[
            "ഡിജിറ്റൽ സബ്സ്ക്രിപ്ഷൻ", "ഡിജിറ്റൽ സബ്\u{200c}സ്\u{200c}ക്രിപ്ഷൻ", "ആദ്യ മാസം സൗജന്യം", "പരിധിയില്ലാത്ത ആക്സസ്",
            "അൺലിമിറ്റഡ് ആക്സസ്",
        ]),
        // A telephone company's subscribers and its plans are news: weak alone.
        cue(Subscription).weight(0.5).phrases(&["സബ്സ്ക്രിപ്ഷ*", "സബ്\u{200c}സ്\u{200c}ക്രിപ്ഷ*", "വരിസംഖ്യ*"]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "ഈ ലേഖനം വരിക്കാർക്ക് മാത്രം", "ഈ വാർത്ത വരിക്കാർക്ക് മാത്രം", "പ്രീമിയം വരിക്കാർക്ക് മാത്രം",
            "തുടർന്ന് വായിക്കാൻ ലോഗിൻ ചെയ്യുക", "തുടർന്നു വായിക്കാൻ ലോഗിൻ ചെയ്യുക", "തുടർന്ന് വായിക്കാൻ സബ്സ്ക്രൈബ് ചെയ്യുക",
            "തുടർന്ന് വായിക്കാൻ സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യുക", "സൗജന്യ ലേഖനങ്ങളുടെ പരിധി", "ഈ ലേഖനം വായിക്കാൻ ലോഗിൻ ചെയ്യുക",
            "ഈ ലേഖനം വായിക്കാൻ സബ്സ്ക്രൈബ് ചെയ്യുക", "മുഴുവൻ വാർത്തയും വായിക്കാൻ ലോഗിൻ ചെയ്യുക",
        ]),
        // Children who could not go on reading, a scheme "to read in full": a short block's
        // start only.
        ask(Paywall).at(Start).max_words(5).phrases(&[
            "തുടർന്നു വായിക്കാൻ", "മുഴുവൻ വാർത്തയും വായിക്കാൻ", "ലേഖനം പൂർണമായി വായിക്കാൻ",
            "പൂർണമായി വായിക്കാൻ",
        ]),
        cue(Paywall).phrases(&["വരിക്കാർക്ക് മാത്രം", "പ്രീമിയം ലേഖനം", "പ്രീമിയം ഉള്ളടക്കം"]),
        ask(Newsletter).max_words(16).phrases(&[
            "ഞങ്ങളുടെ ന്യൂസ്ലെറ്റ*", "ഞങ്ങളുടെ ന്യൂസ്\u{200c}ലെറ്റ*", "ഞങ്ങളുടെ ന്യൂസ് ലെറ്റ*", "ന്യൂസ്ലെറ്റർ സബ്സ്ക്രൈബ് ചെയ്യൂ",
            "ന്യൂസ്\u{200c}ലെറ്റർ സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യൂ", "ന്യൂസ്ലെറ്ററിനായി സൈൻ അപ്പ് ചെയ്യൂ",
            "ന്യൂസ്\u{200c}ലെറ്ററിനായി സൈൻ അപ്പ് ചെയ്യൂ", "നേരിട്ട് നിങ്ങളുടെ ഇൻബോക്സിൽ", "നേരിട്ട് നിങ്ങളുടെ ഇൻബോക്\u{200c}സിൽ",
            "സബ്സ്ക്രൈബ് ചെയ്തതിന് നന്ദി", "സബ്സ്ക്രൈബ് ചെയ്തതിനു നന്ദി", "സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്തതിന് നന്ദി",
        ]),
        // Banks and the police warn "never give your e-mail address to anyone", a how-to's step
        // says "enter your e-mail address": a block's start, at a button's weight, and the inbox
        // a cue (a scam story's "fake messages in your inbox").
        cue(Newsletter).at(Start).weight(EDGE_WEIGHT).max_words(40).phrases(&[
            "നിങ്ങളുടെ ഇമെയിൽ വിലാസം നൽകുക", "ഇമെയിൽ വിലാസം നൽകുക", "നിങ്ങളുടെ ഇമെയിൽ ഐഡി നൽകുക", "ഇമെയിൽ ഐഡി നൽകുക",
            "നിങ്ങളുടെ ഇ-മെയിൽ വിലാസം നൽകുക",
        ]),
        cue(Newsletter).weight(2.0).phrases(&["നിങ്ങളുടെ ഇൻബോക്സിൽ", "നിങ്ങളുടെ ഇൻബോക്\u{200c}സിൽ"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["ന്യൂസ്ലെറ്റർ", "ന്യൂസ്\u{200c}ലെറ്റർ", "ന്യൂസ് ലെറ്റർ"]),
        cue(Newsletter).phrases(&[
            "ന്യൂസ്ലെറ്റ*", "ന്യൂസ്\u{200c}ലെറ്റ*", "നിങ്ങളുടെ ഇമെയിൽ", "സ്വകാര്യതാ നയം", "സ്വകാര്യതാനയം", "പ്രൈവസി പോളിസി",
        ]),
        ask(App).max_words(16).phrases(&[
            "ഞങ്ങളുടെ ആപ്പ് ഡൗൺലോഡ് ചെയ്യൂ", "ഞങ്ങളുടെ ആപ്പ് ഡൗൺലോഡ് ചെയ്യുക", "ഞങ്ങളുടെ ആപ് ഡൗൺലോഡ് ചെയ്യൂ",
            "ഞങ്ങളുടെ ആപ്പ് ഡൌൺലോഡ് ചെയ്യൂ",
        ]),
        // A how-to on a government app lists its steps in the plain "-ുക" form ("ആപ്പ് ഡൗൺലോഡ്
        // ചെയ്യുക", "ലോഗിൻ ചെയ്യുക", "രജിസ്റ്റർ ചെയ്യുക", a line each): the polite "-ൂ" opens a
        // short block, the plain form is a button's weight (below).
        ask(App).at(Start).max_words(5).phrases(&[
            "ആപ്പ് ഡൗൺലോഡ് ചെയ്യൂ", "ആപ് ഡൗൺലോഡ് ചെയ്യൂ", "ആപ്പ് ഡൌൺലോഡ് ചെയ്യൂ", "ആപ്പ് ഇൻസ്റ്റാൾ ചെയ്യൂ",
        ]),
        label(App).weight(EDGE_WEIGHT).phrases(&["ആപ്പ് ഡൗൺലോഡ് ചെയ്യുക", "ആപ്പ് ഡൌൺലോഡ് ചെയ്യുക"]),
        // (Ends on the virama: "ആപ്പ്", "ആപ്പിൽ", "ആപ്പിലൂടെ" alike.)
        cue(App).phrases(&["ഞങ്ങളുടെ ആപ്"]),
        cue(App).weight(1.0).phrases(&["ഗൂഗിൾ പ്ലേ", "ആപ്പ് സ്റ്റോർ", "പ്ലേ സ്റ്റോർ"]),
        ask(Cookie).max_words(16).phrases(&[
            "എല്ലാ കുക്കികളും അംഗീകരിക്കുക", "കുക്കി പോളിസി", "കുക്കി ക്രമീകരണങ്ങൾ",
            "കുക്കി സെറ്റിങ്സ്", "കുക്കി സെറ്റിംഗ്സ്",
        ]),
        // A banner's sentence ends on the verb ("... മികച്ച അനുഭവം നൽകാൻ ഞങ്ങൾ കുക്കികൾ
        // ഉപയോഗിക്കുന്നു"); a report glues its quotative on ("ഉപയോഗിക്കുന്നുണ്ടെന്ന്"). Not in a
        // long paragraph.
        ask(Cookie).max_words(16).phrases(&[
            "ഞങ്ങൾ കുക്കികൾ ഉപയോഗിക്കുന്നു", "വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു", "വെബ്\u{200c}സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു",
            "സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു", "ഞങ്ങൾ കുക്കീസ് ഉപയോഗിക്കുന്നു",
        ]),
        ask(Cookie).at(Start).max_words(5).phrases(&[
            "ഈ വെബ്സൈറ്റ് ഉപയോഗിക്കുന്നത് തുടരുന്നതിലൂടെ", "ഈ സൈറ്റ് ഉപയോഗിക്കുന്നത് തുടരുന്നതിലൂടെ",
            "ഈ വെബ്\u{200c}സൈറ്റ് ഉപയോഗിക്കുന്നത് തുടരുന്നതിലൂടെ",
        ]),
        // (Not "കുക്കി*": "കുക്കിംഗ്", cooking.)
        cue(Cookie).phrases(&["കുക്കികൾ", "കുക്കികളും", "കുക്കികളുടെ", "കുക്കീസ്"]),
        // A platform named with the call, anywhere.
        ask(Social).max_words(16).phrases(&[
            "ഫേസ്ബുക്കിൽ ഫോളോ ചെയ്യൂ", "ഫേസ്\u{200c}ബുക്കിൽ ഫോളോ ചെയ്യൂ", "ഇൻസ്റ്റഗ്രാമിൽ ഫോളോ ചെയ്യൂ", "ഇൻസ്റ്റാഗ്രാമിൽ ഫോളോ ചെയ്യൂ",
            "ഗൂഗിൾ ന്യൂസിൽ ഫോളോ ചെയ്യൂ", "യൂട്യൂബ് ചാനൽ സബ്സ്ക്രൈബ് ചെയ്യൂ", "യൂട്യൂബ് ചാനൽ സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യൂ",
            "ലിങ്ക് കോപ്പി ചെയ്തു", "ഞങ്ങളുടെ വാട്സാപ്പ് ചാനൽ", "ഞങ്ങളുടെ വാട്സ്ആപ്പ് ചാനൽ", "ഞങ്ങളുടെ വാട്\u{200c}സ്ആപ്പ് ചാനൽ",
            "ഞങ്ങളുടെ ടെലിഗ്രാം ചാനൽ",
        ]),
        // The channel line ("ഏറ്റവും പുതിയ വാർത്തകൾ അറിയാൻ ... വാട്സാപ്പ് ചാനലിൽ ചേരൂ"): the verb
        // stands last, so anywhere in a short block; a YouTuber quoted in a long one is not.
        ask(Social).max_words(16).phrases(&[
            "ചാനലിൽ ജോയിൻ ചെയ്യൂ", "ചാനലിൽ അംഗമാകൂ", "ചാനൽ ഫോളോ ചെയ്യൂ", "ചാനൽ ഫോളോ ചെയ്യുക",
            "ഗ്രൂപ്പിൽ ജോയിൻ ചെയ്യൂ", "ഫോളോ ചെയ്യാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക", "ജോയിൻ ചെയ്യാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക",
            "ചാനലിൽ ചേരാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക",
        ]),
        // A campaign's "follow us", a minister's "share this": a short block's opening.
        ask(Social).at(Start).max_words(5).phrases(&[
            "ഞങ്ങളെ ഫോളോ ചെയ്യൂ", "ഞങ്ങളെ ഫോളോ ചെയ്യുക", "ഞങ്ങളെ പിന്തുടരൂ", "ഞങ്ങളെ പിന്തുടരുക", "ഈ വാർത്ത ഷെയർ ചെയ്യൂ",
            "ഈ വാർത്ത പങ്കുവയ്ക്കൂ", "ഈ വാർത്ത പങ്കുവെക്കൂ", "ഈ വാർത്ത പങ്കിടൂ", "ഫോളോ ചെയ്യൂ",
        ]),
        // The Chief Minister opens a WhatsApp channel, the police warn of a Telegram group:
        // cues.
        cue(Social).phrases(&["വാട്സാപ്പ് ചാനൽ", "വാട്സ്ആപ്പ് ചാനൽ", "വാട്\u{200c}സ്ആപ്പ് ചാനൽ", "ടെലിഗ്രാം ചാനൽ", "ഇവിടെ ക്ലിക്ക് ചെയ്യുക", "ഇവിടെ ക്ലിക്ക് ചെയ്യൂ"]),
        // The opening of a channel's, an app's or a newsletter's line: takes its neighbours' kind.
        cue_any().phrases(&[
            "ഏറ്റവും പുതിയ വാർത്തകൾ അറിയാൻ", "വാർത്തകൾ തത്സമയം അറിയാൻ", "വാർത്തകൾ തൽസമയം അറിയാൻ", "പുതിയ വാർത്തകൾ അറിയാൻ",
        ]),
        label(Ad).phrases(&["പരസ്യം", "സ്പോൺസേർഡ്", "സ്പോൺസർ ചെയ്തത്"]),
        line(Related).max_words(24).phrases(&[
            "ഇതും വായിക്കുക", "ഇതും വായിക്കൂ", "ഇതും വായിക്കാം", "ഇതുകൂടി വായിക്കൂ", "ഇതുകൂടി വായിക്കാം", "ഇതുകൂടി വായിക്കുക",
            "ഇത് കൂടി വായിക്കൂ", "ഇതും കൂടി വായിക്കൂ", "കൂടുതൽ വായിക്കാൻ:", "ബന്ധപ്പെട്ട വാർത്തകൾ", "അനുബന്ധ വാർത്തകൾ",
            "കൂടുതൽ വായിക്കുക", "ഏറ്റവും കൂടുതൽ വായിച്ചത്", "ഏറ്റവുമധികം വായിച്ചത്", "ഇതും കാണുക", "ഇതും കാണാം", "ഇതും കാണൂ",
            "കൂടുതൽ വാർത്തകൾ:", "ഏറ്റവും പുതിയ വാർത്തകൾ:",
        ]),
        line(Related).max_words(3).phrases(&["കൂടുതൽ വാർത്തകൾ", "ഏറ്റവും പുതിയ വാർത്തകൾ", "പ്രധാന വാർത്തകൾ", "മറ്റു വാർത്തകൾ", "മറ്റ് വാർത്തകൾ"]),
        label(Related).phrases(&[
            "ബന്ധപ്പെട്ടവ", "കൂടുതൽ വായിച്ചവ", "ട്രെൻഡിങ്", "ട്രെൻഡിംഗ്", "ബന്ധപ്പെട്ട ലേഖനങ്ങൾ", "ഏറ്റവും വായിക്കപ്പെട്ടത്",
            "ജനപ്രിയ വാർത്തകൾ", "ഇന്നത്തെ പ്രധാന വാർത്തകൾ",
        ]),
        ask(Credit).max_words(16).phrases(&[
            "ലേഖകന്റെ അഭിപ്രായങ്ങൾ വ്യക്തിപരമാണ്", "ലേഖകൻ്റെ അഭിപ്രായങ്ങൾ വ്യക്തിപരമാണ്", "ലേഖനത്തിലെ അഭിപ്രായങ്ങൾ ലേഖകന്റേത്",
            "ലേഖനത്തിലെ അഭിപ്രായങ്ങൾ ലേഖകൻ്റേത്",
        ]),
        // A contact line ("ബന്ധപ്പെടാൻ: ...") is an office's notice too: a short line only.
        line(Credit).max_words(10).phrases(&[
            "ചിത്രം:", "ചിത്രങ്ങൾ:", "ഫോട്ടോ:", "ഫോട്ടോ കടപ്പാട്", "ചിത്രം കടപ്പാട്", "കടപ്പാട്:", "എഴുതിയത്:", "തയ്യാറാക്കിയത്:",
            "റിപ്പോർട്ട്:", "ലേഖകൻ:", "വീഡിയോ:", "ബന്ധപ്പെടാൻ:", "ക്യാമറ:",
        ]),
        chrome(Other).at(Any).max_words(6).phrases(&["എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം", "സർവ്വാവകാശങ്ങളും നിക്ഷിപ്തം", "പകർപ്പവകാശം"]),
        label(Other).weight(EDGE_WEIGHT).phrases(&["പ്രതികരണങ്ങൾ", "അഭിപ്രായം രേഖപ്പെടുത്തൂ"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "അടയ്ക്കുക", "ക്ലോസ്", "ഇപ്പോൾ വേണ്ട", "വേണ്ട, നന്ദി", "വേണ്ട നന്ദി", "പിന്നീട്", "പിന്നീടാകട്ടെ",
            "പിന്നീട് ഓർമ്മിപ്പിക്കുക", "ശരി", "ഓക്കെ", "മനസ്സിലായി", "അംഗീകരിക്കുന്നു", "നിരസിക്കുക", "പിന്തുണയ്ക്കുക",
            "ഷെയർ", "ഷെയർ ചെയ്യുക", "പങ്കിടുക", "പങ്കുവയ്ക്കുക", "പ്രിന്റ്", "ലിങ്ക് കോപ്പി ചെയ്യുക", "ഫോളോ", "ഫോളോ ചെയ്യുക",
            "സബ്സ്ക്രൈബ്", "സബ്\u{200c}സ്\u{200c}ക്രൈബ്", "പ്രതിമാസം", "ഒറ്റത്തവണ", "മറ്റൊരു തുക", "വായന തുടരുക", "വായന തുടരൂ",
        ]),
        // The plain "-ുക" steps of a how-to (a portal's login, a relief fund's "donate"): a
        // button's weight, that joins a box beside it.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "തുടരുക", "സ്വീകരിക്കുക", "തുക നൽകുക", "ലോഗിൻ", "ലോഗിൻ ചെയ്യുക", "രജിസ്റ്റർ ചെയ്യുക", "സൈൻ ഇൻ", "സംഭാവന ചെയ്യുക", "സംഭാവന നൽകുക",
        ]),
        // The platforms of a share bar, in the script of the page (the `xx` pack has the Latin
        // names).
        platform(Social).max_words(12).phrases(&[
            "ഫേസ്ബുക്ക്", "ഫേസ്\u{200c}ബുക്ക്", "ട്വിറ്റർ", "വാട്സാപ്പ്", "വാട്സ്ആപ്പ്", "വാട്\u{200c}സ്ആപ്പ്", "വാട്\u{200c}സാപ്പ്",
            "ഇൻസ്റ്റഗ്രാം", "ഇൻസ്റ്റാഗ്രാം", "യൂട്യൂബ്", "ടെലിഗ്രാം", "ടെലഗ്രാം", "ലിങ്ക്ഡ്ഇൻ", "ത്രെഡ്സ്",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).max_words(16).phrases(&[
            "ഞങ്ങളുടെ പ്രവർത്തനം വിലപ്പെട്ടതാണെന്ന് കരുതുന്നുവെങ്കിൽ", "ഞങ്ങളുടെ മാധ്യമപ്രവർത്തനം നിങ്ങൾക്ക് പ്രധാനമാണെങ്കിൽ",
            "ഞങ്ങളുടെ മാധ്യമപ്രവർത്തനം നിങ്ങൾക്ക് ഇഷ്ടമാണെങ്കിൽ",
        ]),
        // A non-profit organisation is in the news, an ad-free service too: evidence only.
        outlet(Donation).phrases(&[
            "സ്വതന്ത്ര മാധ്യമം", "സ്വതന്ത്ര ഓൺലൈൻ മാധ്യമം", "ലാഭേച്ഛയില്ലാത്ത", "ലാഭരഹിത", "പരസ്യങ്ങളില്ലാതെ", "പരസ്യരഹിത",
            "വായനക്കാരുടെ പിന്തുണയോടെ", "വായനക്കാരുടെ സഹായത്താൽ", "എല്ലാവർക്കും സൗജന്യമായി", "കോർപ്പറേറ്റ് പിന്തുണയില്ലാതെ",
            "സർക്കാർ പരസ്യങ്ങളില്ലാതെ", "പേവാൾ ഇല്ലാതെ",
        ]),
        // A bio's "X is a special correspondent": a cue.
        cue(Credit).phrases(&["പ്രത്യേക ലേഖകൻ", "സ്റ്റാഫ് റിപ്പോർട്ടർ"]),
        cue(Paywall).phrases(&["സൗജന്യ ലേഖനങ്ങൾ"]),
        // The meter: "you have read N of your free articles" (the numbers vary).
        ask(Paywall).max_words(16).phrases(&["സൗജന്യ ലേഖനങ്ങൾ വായിച്ചുകഴിഞ്ഞു", "സൗജന്യ ലേഖനങ്ങൾ വായിച്ചു കഴിഞ്ഞു"]),
        notice().phrases(&["തിരുത്ത്:", "തിരുത്തൽ:"]),
        // The quotative after a quoted ask marks the story quoting it ("... చేరండి అంటూ", "... ಎಂಬ", "... എന്ന്", "... ተብሏል").
        body().phrases(&["എന്ന്", "എന്നാണ്"]),
        body().phrases(&[
            "പറഞ്ഞു", "അറിയിച്ചു", "വ്യക്തമാക്കി", "ചൂണ്ടിക്കാട്ടി", "ആരോപിച്ചു", "കൂട്ടിച്ചേർത്തു", "പ്രതികരിച്ചു", "അഭിപ്രായപ്പെട്ടു",
            "അഭ്യർഥിച്ചു", "അഭ്യർത്ഥിച്ചു",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "ലേഖകനെക്കുറിച്ച്", "ലേഖികയെക്കുറിച്ച്", "എഴുത്തുകാരനെക്കുറിച്ച്", "ലേഖകന്റെ മറ്റ് ലേഖനങ്ങൾ", "ലേഖകൻ്റെ മറ്റ് ലേഖനങ്ങൾ",
        ]),
        // An op-ed's closing bio, "(ലേഖകൻ ... സർവകലാശാലയിലെ അധ്യാപകനാണ്)".
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["ലേഖകൻ", "ലേഖിക"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "അഭിപ്രായം രേഖപ്പെടുത്തുക", "നിങ്ങളുടെ അഭിപ്രായം രേഖപ്പെടുത്തൂ", "അഭിപ്രായങ്ങൾ കാണുക", "വായനക്കാരുടെ അഭിപ്രായങ്ങൾ",
            "കമന്റ് ചെയ്യുക", "കമന്റുകൾ",
        ]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["അഭിപ്രായങ്ങൾ"]),
        // The comment policy the sites print under the form ("ഇവിടെ പോസ്റ്റു ചെയ്യുന്ന
        // അഭിപ്രായങ്ങൾ ... യുടേതല്ല").
        ask(Other).part(Comments).phrases(&[
            "ഇവിടെ പോസ്റ്റ് ചെയ്യുന്ന അഭിപ്രായങ്ങൾ", "ഇവിടെ പോസ്റ്റു ചെയ്യുന്ന അഭിപ്രായങ്ങൾ", "അഭിപ്രായങ്ങളുടെ പൂർണ ഉത്തരവാദിത്തം",
            "അഭിപ്രായങ്ങളുടെ പൂർണ്ണ ഉത്തരവാദിത്തം", "കമന്റ് ചെയ്യാൻ ലോഗിൻ ചെയ്യുക",
        ]),
        ask(Other).part(Disclaimer).phrases(&[
            "ലേഖകന്റെ വ്യക്തിപരമായ അഭിപ്രായ*", "ലേഖകൻ്റെ വ്യക്തിപരമായ അഭിപ്രായ*", "ലേഖകന്റെ സ്വന്തം അഭിപ്രായ*",
            "ലേഖകൻ്റെ സ്വന്തം അഭിപ്രായ*", "സ്ഥാപനത്തിന്റെ നിലപാടല്ല", "സ്ഥാപനത്തിൻ്റെ നിലപാടല്ല",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "അടുത്ത പേജ്", "മുമ്പത്തെ പേജ്", "തെറ്റ് റിപ്പോർട്ട് ചെയ്യുക", "ഉള്ളടക്കത്തിലേക്ക് പോകുക", "അടുത്ത വാർത്ത", "മുൻ വാർത്ത",
        ]),
        ask(Other).part(Navigation).phrases(&["നിങ്ങളുടെ ബ്രൗസർ പഴയതാണ്", "നിങ്ങളുടെ ബ്രൗസർ കാലഹരണപ്പെട്ടതാണ്"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["ഷെയർ ചെയ്യൂ", "പങ്കുവയ്ക്കൂ", "പങ്കുവെക്കൂ", "ഫേസ്ബുക്കിൽ ഷെയർ ചെയ്യുക", "വാട്സാപ്പിൽ ഷെയർ ചെയ്യുക", "ഇമെയിൽ ചെയ്യുക"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["പ്രിന്റ് ചെയ്യുക"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["മറുപടി നൽകുക"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["മറുപടി റദ്ദാക്കുക"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas. Cues below an
        // anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["സൗജന്യ ലേഖനം", "സൗജന്യ വാർത്തകൾ"]),
        ask(Paywall).max_words(16).phrases(&[
            "ഇത് നിങ്ങളുടെ അവസാന സൗജന്യ ലേഖനമാണ്", "അവസാന സൗജന്യ ലേഖനം", "സൗജന്യ ലേഖനങ്ങളുടെ പരിധി കഴിഞ്ഞു",
        ]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&[
            "വാർത്ത താഴെ തുടരുന്നു", "ലേഖനം താഴെ തുടരുന്നു", "പരസ്യത്തിന് ശേഷം വാർത്ത തുടരുന്നു", "പരസ്യത്തിനു ശേഷം തുടരുന്നു",
            "പരസ്യത്തിന് ശേഷം തുടരുന്നു",
        ]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["സ്പോൺസേർഡ് കണ്ടന്റ്", "പ്രായോജിത ഉള്ളടക്കം", "പങ്കാളിത്ത ഉള്ളടക്കം", "ബ്രാൻഡഡ് കണ്ടന്റ്", "പരസ്യ ഫീച്ചർ"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["ഞങ്ങൾക്ക് കമ്മീഷൻ ലഭിച്ചേക്കാം", "അഫിലിയേറ്റ് ലിങ്കുകൾ"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തമാണ്", "അനുമതിയില്ലാതെ പുനഃപ്രസിദ്ധീകരിക്കരുത്"]),
        // A newsletter box's heading and its form's fields and buttons, a line of their own.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "ന്യൂസ്ലെറ്ററിനായി സൈൻ അപ്പ് ചെയ്യുക", "ന്യൂസ്\u{200c}ലെറ്ററിനായി സൈൻ അപ്പ് ചെയ്യുക", "ന്യൂസ്ലെറ്റർ സബ്സ്ക്രൈബ് ചെയ്യുക",
            "നിങ്ങളുടെ ഇമെയിൽ വിലാസം", "ഇമെയിൽ വിലാസം", "ഇമെയിൽ ഐഡി", "സൈൻ അപ്പ്", "സൈൻ അപ്പ് ചെയ്യുക",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["ഇമെയിൽ", "ഇ-മെയിൽ"]),
        // An app pitch's heading and buttons, a line of their own.
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "ആപ്പിൽ തുറക്കുക", "ആപ്പിൽ വായിക്കുക", "ഗൂഗിൾ പ്ലേയിൽ ലഭ്യം", "ആപ്പ് സ്റ്റോറിൽ ലഭ്യം", "ഇപ്പോൾ ഡൗൺലോഡ് ചെയ്യൂ",
            "ഡൗൺലോഡ് ചെയ്യൂ", "ആപ്പ് ഡൗൺലോഡ് ചെയ്യാം",
        ]),
        // The paper's byline for its own correspondent, a line of its own, at a button's weight:
        // an anchor over the dateline would take the story's first paragraph into a run with a
        // photo's credit under it. A picture's credit that names no one, a line of its own.
        label(Credit).weight(EDGE_WEIGHT).phrases(&["സ്വന്തം ലേഖകൻ", "സ്വന്തം ലേഖിക"]),
        label(Credit).phrases(&[
            "ഫയൽ ചിത്രം", "ഫയൽ ഫോട്ടോ", "പ്രതീകാത്മക ചിത്രം", "പ്രതീകാത്മക ഫോട്ടോ", "ചിത്രം: പ്രതീകാത്മകം", "സ്ക്രീൻഗ്രാബ്",
            "സ്ക്രീൻഷോട്ട്", "ഫോട്ടോ: ഫയൽ",
        ]),
        // The labels of players, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&[
            "വീഡിയോ കാണുക", "വീഡിയോ കാണാം", "വാർത്ത കേൾക്കാം", "ഈ വാർത്ത കേൾക്കൂ", "വീഡിയോ പ്ലേ ചെയ്യുക",
        ]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ടാഗുകൾ", "ടാഗ്", "ടാഗ്സ്", "കീവേഡുകൾ", "വിഷയങ്ങൾ"]),
        // A line of the bank details under an ask ("അക്കൗണ്ട് നമ്പർ: ..."), also a relief
        // fund's in a report (the boxes' reading keeps a lone one).
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "അക്കൗണ്ട് നമ്പർ", "അക്കൌണ്ട് നമ്പർ", "അക്കൗണ്ട് നം", "അക്കൗണ്ട് ഉടമയുടെ പേര്", "അക്കൗണ്ടിന്റെ പേര്", "ബാങ്കിന്റെ പേര്",
            "ഐഎഫ്എസ്സി കോഡ്", "ഐഎഫ്എസ്\u{200c}സി കോഡ്", "ഐഎഫ്എസ്സി", "യുപിഐ ഐഡി", "ബ്രാഞ്ച്:", "ശാഖ:",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "ഓഫറുകൾ കാണുക", "പ്ലാനുകൾ കാണുക", "സൗജന്യ ട്രയൽ ആരംഭിക്കുക", "പ്ലാൻ തിരഞ്ഞെടുക്കുക", "പ്ലാൻ തെരഞ്ഞെടുക്കുക",
            "ഇപ്പോൾ സബ്സ്ക്രൈബ് ചെയ്യുക", "വരിക്കാരാകുക",
        ]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "ലോഗിൻ ചെയ്യൂ", "സൈൻ ഇൻ ചെയ്യുക", "സബ്സ്ക്രൈബ് ചെയ്യുക", "സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യുക",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "സംഭാവന നൽകൂ", "സംഭാവന ചെയ്യൂ", "തുക തിരഞ്ഞെടുക്കുക", "തുക തെരഞ്ഞെടുക്കുക", "പിന്തുണയ്ക്കൂ", "പ്രതിമാസ പിന്തുണ", "സപ്പോർട്ട് ചെയ്യൂ",
            "ഇപ്പോൾ സംഭാവന ചെയ്യൂ",
        ]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "സബ്സ്ക്രൈബ് ചെയ്യുന്നതിലൂടെ", "സബ്\u{200c}സ്\u{200c}ക്രൈബ് ചെയ്യുന്നതിലൂടെ", "സൈൻ അപ്പ് ചെയ്യുന്നതിലൂടെ",
            "എപ്പോൾ വേണമെങ്കിലും അൺസബ്സ്ക്രൈബ് ചെയ്യാം", "നിങ്ങളുടെ ഇമെയിൽ ആരുമായും പങ്കിടില്ല",
            "സ്വകാര്യതാ നയം അംഗീകരിക്കുന്നു", "നിങ്ങളുടെ ഇൻബോക്സ് പരിശോധിക്കുക",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ഈ വാർത്ത ഉപകാരപ്രദമായോ", "ഈ ലേഖനം ഉപകാരപ്രദമായോ", "ഇത്തരം വാർത്തകൾ ഇനിയും വേണോ", "പ്രധാന വാർത്തകൾ നഷ്ടപ്പെടുത്തരുത്",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, told,
        // added, according to), which no box uses.
        body().phrases(&[
            "വെളിപ്പെടുത്തി", "സ്ഥിരീകരിച്ചു", "നിഷേധിച്ചു", "മുന്നറിയിപ്പ് നൽകി", "ആവശ്യപ്പെട്ടു", "പറഞ്ഞിരുന്നു", "വ്യക്തമാക്കിയിരുന്നു",
            "വാർത്താസമ്മേളനത്തിൽ", "വാർത്താ സമ്മേളനത്തിൽ", "മാധ്യമങ്ങളോട്", "പ്രസ്താവനയിൽ", "റിപ്പോർട്ട് ചെയ്തു", "പോലീസ് പറഞ്ഞു",
            "പൊലീസ് പറഞ്ഞു", "അദ്ദേഹം പറഞ്ഞു", "അധികൃതർ അറിയിച്ചു", "റിപ്പോർട്ടുകൾ പ്രകാരം", "പറയുന്നു", "പറഞ്ഞത്",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "ഫോട്ടോ ഗാലറി", "കൂടുതൽ ചിത്രങ്ങൾ", "അടുത്ത ചിത്രം", "മുമ്പത്തെ ചിത്രം", "ചിത്രശാല",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["എല്ലാ ചിത്രങ്ങളും കാണുക"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["തത്സമയം", "തൽസമയം", "ലൈവ്"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ലൈവ് അപ്ഡേറ്റ്സ്", "ലൈവ് അപ്\u{200c}ഡേറ്റ്സ്", "തത്സമയ വിവരങ്ങൾ", "ലൈവ് ബ്ലോഗ്"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ഫോണ്ട് വലുപ്പം", "അക്ഷര വലുപ്പം", "ഇംഗ്ലീഷിൽ വായിക്കുക", "ബുക്ക്മാർക്ക് ചെയ്യുക"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["താൽക്കാലികമായി നിർത്തുക", "ശബ്ദം ഓഫ് ചെയ്യുക"]),
        // The outlet's appeal by function: a question or a thank-you that opens it, an amount of
        // the reader's choice, the paper's editions.
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "വായിച്ചതിന് നന്ദി", "വായിച്ചതിനു നന്ദി", "അവസാനം വരെ വായിച്ചതിന് നന്ദി", "ഇതുവരെ വായിച്ചതിന് നന്ദി",
        ]),
        cue(Donation).weight(2.0).phrases(&["നിങ്ങൾക്ക് കഴിയുന്ന തുക", "എത്ര ചെറിയ തുകയാണെങ്കിലും", "എത്ര ചെറിയ തുകയായാലും", "ചെറിയ തുക പോലും"]),
        cue(Subscription).phrases(&["ഡിജിറ്റൽ എഡിഷൻ", "പ്രിന്റ് എഡിഷൻ", "ഇ-പേപ്പർ"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member").
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ഞാൻ പിന്തുണയ്ക്കുന്നു", "എനിക്ക് സംഭാവന നൽകണം", "ഞാൻ സഹായിക്കാം"]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["അംഗമാകുക", "അംഗത്വം എടുക്കുക"]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["എനിക്ക് അംഗമാകണം", "ഞാൻ ഇതിനകം അംഗമാണ്"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["എനിക്ക് സബ്സ്ക്രൈബ് ചെയ്യണം", "ഞാൻ ഇതിനകം വരിക്കാരനാണ്"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ഇതുകൂടി വായിക്കുക:", "ഇതുകൂടി വായിക്കൂ:", "ഇതും വായിക്കുക:", "ഇതും വായിക്കൂ:", "കൂടുതൽ വായിക്കുക:", "കൂടുതൽ വായിക്കൂ:", "ഇതും കാണുക:", "ഇതുകൂടി കാണുക:", "ബന്ധപ്പെട്ട വാർത്തകൾ:", "അനുബന്ധ വാർത്തകൾ:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ലൈവ് ടിവി", "തത്സമയം കാണുക"]),
        line(Subscription).max_words(10).phrases(&["ഇ-പേപ്പർ വായിക്കാം", "ഇ-പേപ്പർ വായിക്കുക"]),
        label(Subscription).phrases(&["ഇ-പേപ്പർ", "ഇപേപ്പർ", "e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["ഇത്തരം അഭിപ്രായ പ്രകടനത്തിന് നിയമനടപടി"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["വാർത്തകൾ അയയ്ക്കുക", "ഞങ്ങൾക്ക് എഴുതുക"]),
        ask(Ad).max_words(35).phrases(&["റിപ്പോർട്ടർമാരെ ആവശ്യമുണ്ട്"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["നിങ്ങളുടെ ഇമെയിൽ വിലാസം പ്രസിദ്ധീകരിക്കില്ല"]),
        label(Other).part(Comments).phrases(&["അഭിപ്രായം അയയ്ക്കുക"]),
    ],
    // The outlet's exclusive "we" ("ഞങ്ങൾ"), not the inclusive "നമ്മൾ", "നമ്മുടെ", "നമുക്ക്"
    // of every speech and column ("നമ്മുടെ നാട്"). "ഞങ്ങള്" is the legacy chillu's
    // spelling, and holds "ഞങ്ങള്‍ക്ക്" too.
    we: &["ഞങ്ങൾ", "ഞങ്ങളുടെ", "ഞങ്ങൾക്ക്", "ഞങ്ങളെ", "ഞങ്ങള്"],
    // Sites address the reader as "നിങ്ങൾ" (plural and polite) or the honorific "താങ്കൾ". The
    // familiar "നീ" is the end of "എന്നീ" (namely) and "നിന്റെ" of every "-ന്നിന്റെ" genitive
    // ("മരുന്നിന്റെ") after the virama's break: the dative and accusative stand in.
    you: &[
        "നിനക്ക്", "നിന്നെ", "നിങ്ങൾ", "നിങ്ങളുടെ", "നിങ്ങൾക്ക്", "നിങ്ങൾക്കും", "നിങ്ങളെ", "നിങ്ങള്", "താങ്കൾ", "താങ്കളുടെ",
        "താങ്കൾക്ക്", "താങ്കള്",
    ],
};
