//! Sinhala, in the Sinhala script.
//!
//! Written from how Sinhala news sites (the Colombo dailies' and weeklies' portals, the TV
//! and radio channels' news sites, the broadcasters' Sinhala services, the state papers, news
//! apps, the web-only outlets, digital start-ups and small independent outlets) word their
//! page furniture and appeals in general (not one site's wording). English words stand beside
//! the Sinhala ones, in Sinhala letters ("සබ්ස්ක්‍රයිබ්", "ෂෙයාර්", "ෆලෝ", "ඇප් එක",
//! "කුකීස්"); in Latin letters ("Subscribe", "Follow us") they are the English pack's, and
//! Singlish (Sinhala in Latin letters) is left to none.
//!
//! The vowel signs, the anusvara (ං) and the visarga (ඃ) are letters to the matcher; the
//! al-lakuna (්, the virama) is not, nor the zero-width joiner (ZWJ, U+200D) that the
//! conjuncts take ("ප්‍ර", "ධ්‍ය": "ප්‍රවෘත්ති", "මාධ්‍යවේදය"): the matcher sees a word
//! break at each. Most pages type the joiner, some leave it out ("ප්රවෘත්ති"): the formulas
//! that matter most are listed both ways (the joiner is written `\u{200d}`). A phrase that
//! ends on the al-lakuna also holds the longer word it opens ("පුවත්" holds "පුවත්පත",
//! newspaper): the rows' short phrases end on a vowel or stand on lines of their own. Sinhala
//! glues its case endings to the noun ("නාලිකාවට", to the channel, "සහායෙන්", with the
//! support): the rows hold whole frequent forms and stems with `*` where the endings vary.
//! The spellings pages mix ("ළ" and "ල": "අදාළ", "අදාල", "සියලු", "සියළු"; "ස්තූතියි",
//! "ස්තුතියි") are listed both ways where a row depends on them.
//!
//! News uses the appeal's words every day: "සහාය", "සහය", "සහයෝගය" (support, help) are every
//! party's and every government's ("අපට සහාය දෙන්න", a candidate's call, "ඉන්දියාවේ සහාය"),
//! "ආධාර" (aid) every relief story's, "පරිත්‍යාග" (donation) a temple's, a blood bank's
//! ("රුධිර පරිත්‍යාග") and an eye donor's, "දායක වන්න" both "subscribe" and "contribute"
//! ("සංවර්ධනයට දායක වූ", who contributed to development), "දායකයින්" a pension fund's
//! contributors, "ග්‍රාහකයින්" a telephone or power company's subscribers, "සාමාජිකයා" every
//! committee's and Parliament's member ("පාර්ලිමේන්තු සාමාජිකයෙකු"), "ලියාපදිංචි වන්න"
//! (register) a voter's and an applicant's, "බාගත කරන්න" (download) every scheme's how-to,
//! "අනුගමනය කරන්න" (follow) the health guidelines, "බෙදාගන්න" (share) the police asking for
//! information, "ස්වාධීන" (independent) the independent groups of every election
//! ("ස්වාධීන කණ්ඩායම") and the independent commissions, "නොමිලේ" (free) the free school
//! uniforms, "දැන්වීම" both an advertisement and any public notice ("ගැසට් දැන්වීම"). Those
//! words are cues, buttons (a line of their own, at an edge's weight) or a short block's
//! opening (five words at most); anywhere, and in sixteen words at most, stand only the
//! formulas that name the outlet's readers, its journalism or its boxes ("ඔබ වැනි
//! පාඨකයින්ගේ සහාය", "අපගේ පුවත් හසුන", "අපගේ ඇප් එක බාගත කරගන්න"), and those a story
//! quotes too (a librarian's, a bank chief's, a scam mail's, a court's) below an anchor's
//! weight; a box's button that a story names on a line of its own ("සියලු කුකීස් පිළිගන්න",
//! "සම්පූර්ණ ලිපිය කියවන්න") at an edge's.
//!
//! A report tells an ask in the quotative: "යැයි", "යනුවෙන්", "කියා" after the quoted words
//! ("'අපට සහාය දෙන්න' යැයි ඔහු ඉල්ලා සිටියේය"), or glued to the imperative ("සහාය
//! දෙන්නැයි", "එක්වන්නැයි"), which then is no box's whole word; or with the relative and "ලෙස"
//! ("සහාය දෙන ලෙස ඉල්ලා සිටියේය"). The quotatives, the glued imperatives and the reporting
//! verbs in the third person ("පැවසීය", "ප්‍රකාශ කළේය", "ඉල්ලා සිටී", "වාර්තා වේ") are body
//! rows; the bare "ලෙස" is not (a box writes "සහාය දෙන ලෙස ඔබෙන් ඉල්ලා සිටිමු" too). No row
//! holds a how-to step but as a button, and no slogan but as a cue or a button.
//!
//! The reader is addressed as "ඔබ" ("ඔබගේ", "ඔබේ", "ඔබට"), the written register's neutral and
//! polite form for one reader or many; a few youth sites write the spoken familiar "ඔයා".
//! The outlet's "we" is "අපි", "අප", "අපගේ", "අපේ", "අපට": Sinhala has no exclusive "we", so
//! it is also every quoted speaker's, and the narrator's "අප රට" (our country).
//!
//! The `xx` pack comes first and keeps the Sinhala rows it held before this pack: the
//! platform names ("ෆේස්බුක්*", "වට්ස්ඇප්*", "යූටියුබ්*", "ඉන්ස්ටග්‍රෑම්*", "ටෙලිග්‍රෑම්*"),
//! "කුකී*", the read-also lines "මේවාත් කියවන්න", "මේ පුවතත් කියවන්න", "තවත් කියවන්න",
//! "තවත් පුවත්", "අදාළ පුවත්", "වැඩිපුරම කියවූ", the share line "බෙදාගන්න", the comments'
//! "අදහස් දක්වන්න". A row here of the same phrase and position would never count: the rows
//! here hold those words in other forms ("මේවාත් කියවන්න:", "කුකීස්", "ෆෙස්බුක්*").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "si",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("විනාඩි 3 කියවීම"),
        // in three words at most (a reading month's motto is "දිනකට විනාඩි 20 කියවීම").
        chrome(Other).at(Any).max_words(3).phrases(&["විනාඩි කියවීම", "මිනිත්තු කියවීම", "විනාඩියක කියවීම"]),
        chrome(Other).at(Start).max_words(6).phrases(&["කියවීමට ගතවන කාලය:", "කියවීමට ගත වන කාලය:"]),
        // A press day's speakers urge the same, and a seminar takes it for its title, a line of
        // its own: a heading below an anchor's weight, that a box's body beside it must carry.
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "ස්වාධීන මාධ්\u{200d}යවේදයට සහාය වන්න", "ස්වාධීන මාධ්යවේදයට සහාය වන්න", "ස්වාධීන මාධ්\u{200d}යවේදයට සහාය දෙන්න",
            "ස්වාධීන මාධ්යවේදයට සහාය දෙන්න", "ස්වාධීන පුවත්පත් කලාවට සහාය වන්න", "ස්වාධීන මාධ්\u{200d}යයට සහාය වන්න",
            "ස්වාධීන ජනමාධ්\u{200d}යයට සහාය වන්න", "අපක්ෂපාතී මාධ්\u{200d}යවේදයට සහාය වන්න",
        ]),
        // "Our journalism" is the outlet's own.
        header(Donation).max_words(6).phrases(&[
            "අපගේ මාධ්\u{200d}යවේදයට සහාය වන්න", "අපගේ මාධ්යවේදයට සහාය වන්න", "අපේ මාධ්\u{200d}යවේදයට සහාය වන්න",
            "අපගේ පුවත්පත් කලාවට සහාය වන්න",
        ]),
        // Only the outlet turns to its readers so, but a paper's own notice on a scam or a
        // delivery strike reads so too: a salutation's weight, strong beside an appeal only.
        salutation(Donation).max_words(6).phrases(&[
            "පාඨකයින්ට ආයාචනයක්", "පාඨකයන්ට ආයාචනයක්", "පාඨක ඔබට ආයාචනයක්", "පාඨකයින්ට ඉල්ලීමක්", "පාඨක ඔබෙන් ඉල්ලීමක්",
        ]),
        // A candidate and a charity say "we need your support" too, and a story sets it apart
        // as a pull quote: a cue in a few words only.
        cue(Donation).weight(2.0).max_words(6).phrases(&[
            "අපට ඔබගේ සහාය අවශ්\u{200d}යයි", "අපට ඔබගේ සහාය අවශ්යයි", "අපට ඔබේ සහාය අවශ්\u{200d}යයි", "අපට ඔබගේ සහාය අවශ්\u{200d}ය වේ",
            "ඔබගේ සහාය අපට අවශ්\u{200d}යයි", "අපට ඔබගේ සහයෝගය අවශ්\u{200d}යයි",
        ]),
        // "Before you go" ("යාමට පෙර" alone opens a story's line: "before leaving, he ..."), also a
        // travel guide's crosshead: a heading below an anchor's weight, that a box's body beside
        // it must carry.
        header(Donation).weight(2.5).max_words(4).phrases(&["ඔබ යාමට පෙර", "ඔබ පිටවීමට පෙර", "ඔබ යන්නට පෙර"]),
        // The support of readers like you: a library's or a theatre's spokesman says "ඔබ වැනි
        // පාඨකයින්ගේ සහාය නිසා" (thanks to readers like you) too, and Sinhala's "we" is not
        // the outlet's alone: below an anchor's weight. (Not "ඔබ වැනි පාඨකයින්" alone.)
        ask(Donation).weight(2.5).max_words(16).phrases(&[
            "ඔබ වැනි පාඨකයින්ගේ සහාය*", "ඔබ වැනි පාඨකයන්ගේ සහාය*", "ඔබ වැනි පාඨකයින්ගේ සහයෝග*", "ඔබ වැනි පාඨකයන්ගේ සහයෝග*",
            "ඔබ වැනි පාඨකයින්ගේ දායකත්ව*", "ඔබ වැනි පාඨකයන්ගේ දායකත්ව*", "ඔබ වගේ පාඨකයින්ගේ සහාය*", "ඔබ වැනි පාඨකයින් මත",
        ]),
        // The donation form's own wording: no report says it.
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "පරිත්\u{200d}යාග මුදල තෝරන්න", "පරිත්යාග මුදල තෝරන්න", "දායක මුදල තෝරන්න", "අපගේ මාධ්\u{200d}යවේදයට ඔබගේ සහාය*",
            "අපගේ මාධ්යවේදයට ඔබගේ සහාය*",
        ]),
        // "If you value our journalism": the outlet speaking of itself to the reader. (Not "our
        // work", "අපගේ කාර්යය", "අපගේ වැඩ": the nurses' and the teachers' placards say so.)
        ask(Donation).max_words(16).phrases(&["අපගේ මාධ්\u{200d}යවේදය ඔබ අගය කරන්නේ නම්", "ඔබ අපගේ මාධ්\u{200d}යවේදය අගය කරන්නේ නම්"]),
        // A box's button-like openings, "now", "today". (Not "අපට සහාය දෙන්න", "පරිත්‍යාග
        // කරන්න": a party's, a temple's, an NGO's call, and the quote that heads a story in a
        // few words. They are cues and buttons below. Nor "අදම සහාය වන්න", "දැන්ම සහාය වන්න"
        // without the "us": a blood bank's banner, a relief drive's.)
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&[
            "දැන්ම පරිත්\u{200d}යාග කරන්න", "දැන්ම පරිත්යාග කරන්න", "දැන්ම අපට සහාය වන්න",
        ]),
        // Flood victims and a sick child's family say "help us" in a report, a winner "with
        // your support we won": cues.
        cue(Donation).phrases(&[
            "අපට උදව් කරන්න", "අපට ඔබේ උදව්ව", "අපට ඔබගේ උදව්ව", "අපට සහාය දෙන්න", "අපට සහාය වන්න", "ඔබගේ සහාය", "ඔබේ සහාය", "ඔබගේ සහයෝගය", "ඔබේ සහයෝගය",
            "ඔබගේ දායකත්වය", "ඔබේ දායකත්වය", "ඔබගේ පරිත්\u{200d}යාග*", "ස්වාධීන මාධ්\u{200d}යවේද*", "ස්වාධීන මාධ්යවේද*",
            "ස්වාධීන පුවත්පත් කලාව*", "එක් වරක දායකත්ව*", "මූල්\u{200d}ය දායකත්ව*", "ඔබගේ සුළු දායකත්ව*",
        ]),
        // Not "සහාය*" (every party) nor "ආධාර*" (every relief story); "පරිත්‍යාග" is also a
        // blood bank's and a temple's, "දායකත්වය" anyone's contribution to anything: weak.
        // (Nor "මාසික දායකත්ව" above: a pension scheme's and a union's monthly dues.)
        cue(Donation).weight(0.5).phrases(&["පරිත්\u{200d}යාග*", "පරිත්යාග*", "ඩොනේට්*", "ඩොනේෂන්*", "දායකත්ව*", "මාසික දායකත්ව*"]),
        cue(Donation).weight(1.0).phrases(&["ඕනෑම මුදලක්", "කුඩා මුදලක් වුවද", "සුළු මුදලක් වුවද"]),
        salutation(Donation).max_words(6).phrases(&[
            "හිතවත් පාඨකයිනි", "හිතවත් පාඨකයෙනි", "ආදරණීය පාඨකයිනි", "ආදරණීය පාඨකයෙනි", "ගරු පාඨකයිනි", "ප්\u{200d}රිය පාඨකයිනි",
            "හිතවත් පාඨක ඔබට", "ආදරණීය පාඨක ඔබට", "පාඨක ඔබට", "හිතවත් පාඨක පාඨිකාවනි", "ආදරණීය පාඨක පාඨිකාවනි",
            "හිතවත් නරඹන්නනි",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&[
            "මෙම ලිපියට ඔබ කැමති නම්", "මෙම ලිපිය ඔබට රුචි නම්", "මෙම ලිපිය ඔබ රුචි කළේ නම්", "මෙම පුවත ඔබට වැදගත් නම්",
        ]),
        header(Donation).weight(3.0).max_words(6).phrases(&[
            "මෙම ලිපිය ඔබට ප්\u{200d}රයෝජනවත් වූවාද", "මෙම ලිපිය ඔබට ප්රයෝජනවත් වූවාද", "මෙම තොරතුරු ඔබට ප්\u{200d}රයෝජනවත් වූවාද",
        ]),
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "කියවීම ගැන ස්තූතියි", "කියවීම ගැන ස්තුතියි", "කියවීමට ස්තූතියි", "අවසානය දක්වා කියවීම ගැන ස්තූතියි",
            "මෙම ලිපිය කියවීම ගැන ස්තූතියි",
        ]),
        // "සාමාජිකයෙකු වන්න" is a party's and a union's call too: anywhere only with the
        // readers named.
        ask(Membership).max_words(16).phrases(&[
            "අපගේ පාඨක පවුලට එක්වන්න", "අපගේ පාඨක පවුලට එක් වන්න", "අපගේ පාඨක ප්\u{200d}රජාවට එක්වන්න", "අපගේ පාඨක ප්රජාවට එක්වන්න",
            "අපගේ සාමාජිකත්ව වැඩසටහන*",
        ]),
        // "Become a member and support us" names no reader: a union's and a party's call too.
        cue(Membership).weight(2.0).phrases(&["සාමාජිකයෙකු වී අපට සහාය වන්න", "සාමාජිකත්වය ලබාගෙන අපට සහාය වන්න"]),
        // (Not the bare "සාමාජිකයෙකු වන්න": a union's quote heads its story so; the button is a
        // label below.)
        ask(Membership).at(Start).max_words(5).phrases(&["අදම සාමාජිකයෙකු වන්න", "දැන්ම සාමාජිකයෙකු වන්න", "ප්\u{200d}රිමියම් සාමාජිකයෙකු වන්න"]),
        // The parties' membership drives: weak.
        cue(Membership).weight(0.5).phrases(&["සාමාජිකත්ව*"]),
        // A paper's readers' club ("පාඨක සමාජය"), a library's too: a cue.
        cue(Membership).phrases(&["පාඨක සමාජය*", "පාඨක සමාජයේ සාමාජික*"]),
        // The question "already a subscriber?".
        ask(Subscription).max_words(16).phrases(&[
            "දැනටමත් දායකයෙක්ද", "දැනටමත් දායකයෙකුද", "ඔබ දැනටමත් දායකයෙක්ද", "දායකත්ව සැලසුම තෝරන්න",
            "ඊ-පුවත්පතට දායක වන්න", "ඊ පුවත්පතට දායක වන්න", "ඊ-පේපර් එකට දායක වන්න",
        ]),
        // (Not "දායක වන්න" at a block's opening: it is also "contribute", a minister's call to
        // the nation; the button is a label below.) "Get a subscription now" is a pension
        // scheme's and an insurer's call too: below an anchor's weight.
        ask(Subscription).weight(2.5).at(Start).max_words(5).phrases(&["දැන්ම දායකත්වය ලබා ගන්න", "අදම දායකත්වය ලබා ගන්න", "දැන්ම දායකත්වය ලබාගන්න"]),
        // The names of the offer, which a story on a paper's or a telecom's prices names too.
        cue(Subscription).phrases(&[
            "ඩිජිටල් දායකත්වය", "දායකත්ව සැලසුම", "දායකත්ව පැකේජය", "පළමු මාසය නොමිලේ", "ඕනෑම වේලාවක අවලංගු කළ හැක",
            "අසීමිත ප්\u{200d}රවේශය", "වාර්ෂික දායකත්වය", "ඊ-පුවත්පත", "ඊ පුවත්පත", "ඊ-පේපර්", "ඊ-පත්තර*", "ඩිජිටල් සංස්කරණය", "මුද්\u{200d}රිත සංස්කරණය",
        ]),
        cue(Subscription).weight(0.5).phrases(&["සබ්ස්ක්\u{200d}රිප්ෂන්*", "සබ්ස්ක්රිප්ෂන්*"]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "මෙම ලිපිය දායකයින් සඳහා පමණි", "මෙම ලිපිය දායකයින්ට පමණි", "මෙම පුවත දායකයින් සඳහා පමණි",
            "ඉදිරියට කියවීමට ලොග් වන්න", "ඉදිරියට කියවීමට දායක වන්න", "සම්පූර්ණ ලිපිය කියවීමට ලොග් වන්න",
            "සම්පූර්ණ ලිපිය කියවීමට දායක වන්න", "සම්පූර්ණ ලිපිය කියවීමට පිවිසෙන්න", "නොමිලේ ලිපි සීමාව",
            "ඉතිරි කොටස කියවීමට දායක වන්න", "ඉතිරි කොටස කියවීමට ලොග් වන්න",
        ]),
        // (Not the bare "සම්පූර්ණ ලිපිය කියවීමට", to read the full article: a story on paywalled
        // journals says "සම්පූර්ණ ලිපිය කියවීමට ගෙවිය යුතුයි"; the nag's formulas are above, with
        // their "log in" or "subscribe".)
        // A lounge's or a club's service "for members only" is news too; not "සඳහා පමණි"
        // with a customer ("ගනුදෙනුකරුවන් සඳහා පමණි", a bank's): cues.
        cue(Paywall).phrases(&["දායකයින් සඳහා පමණි", "දායකයින්ට පමණි", "ප්\u{200d}රිමියම් ලිපිය", "ප්\u{200d}රිමියම් පුවත"]),
        // The meter: "ඔබ මේ මාසයේ නොමිලේ ලිපි 5න් 4ක් කියවා ඇත" (the numbers vary).
        cue(Paywall).weight(2.5).max_words(25).phrases(&["නොමිලේ ලිපි", "නොමිලේ ලිපියක්", "ඉතිරි නොමිලේ ලිපි"]),
        ask(Paywall).max_words(16).phrases(&[
            "මෙය ඔබගේ අවසාන නොමිලේ ලිපියයි", "ඔබගේ අවසාන නොමිලේ ලිපිය", "ඔබගේ නොමිලේ ලිපි අවසන්", "නොමිලේ ලිපි සීමාව ඉක්මවා",
        ]),
        // Ending on a stem, the newsletter's name holds its glued forms ("-ට", "-ය"); a scam
        // story quotes the mail ("අපගේ පුවත් හසුනට ලියාපදිංචි වන්න, ත්‍යාග දිනා ගන්න" on a line
        // of its own): a block's opening, below an anchor's weight.
        ask(Newsletter).weight(2.5).at(Start).max_words(16).phrases(&["අපගේ පුවත් හසුන*", "අපේ පුවත් හසුන*", "අපගේ නිව්ස්ලෙටර*"]),
        ask(Newsletter).max_words(16).phrases(&[
            "කෙලින්ම ඔබගේ ඊමේල් වෙත", "කෙලින්ම ඔබේ ඊමේල් එකට", "සෘජුවම ඔබගේ ඊමේල් ලිපිනයට", "කෙලින්ම ඔබගේ එන ලිපි වෙත",
            "පුවත් හසුනට ලියාපදිංචි වන්න", "පුවත් හසුනට දායක වන්න", "නිව්ස්ලෙටරයට ලියාපදිංචි වන්න", "දායක වීම ගැන ස්තූතියි",
            "දායක වීම ගැන ස්තුතියි", "දායක වූවාට ස්තූතියි",
        ]),
        // A bank's or the police's scam warning says "never give your email address", and a
        // ministry's how-to lists "enter your email address" as a step of its own: cues.
        cue(Newsletter).weight(2.0).at(Start).max_words(5).phrases(&[
            "ඔබගේ ඊමේල් ලිපිනය ඇතුළත් කරන්න", "ඔබේ ඊමේල් ලිපිනය ඇතුළත් කරන්න", "ඔබගේ ඊමේල් ලිපිනය ඇතුලත් කරන්න",
            "ඔබගේ විද්\u{200d}යුත් තැපැල් ලිපිනය ඇතුළත් කරන්න",
        ]),
        cue(Newsletter).weight(2.0).phrases(&["ඔබගේ එන ලිපි", "ඔබගේ ඊමේල් ලිපිනය", "ඔබේ ඊමේල් ලිපිනය", "ඔබේ ඊමේල් එකට", "ඔබගේ ඊමේල් එකට"]),
        cue(Newsletter).phrases(&[
            "පුවත් හසුන*", "නිව්ස්ලෙටර*", "රහස්\u{200d}යතා ප්\u{200d}රතිපත්තිය", "රහස්යතා ප්රතිපත්තිය", "පෞද්ගලිකත්ව ප්\u{200d}රතිපත්තිය",
            "පෞද්ගලිකත්ව ප්රතිපත්තිය",
        ]),
        // "App" is written "ඇප් එක" (the app) and "යෙදුම" (application). Sinhala's "we" is not
        // the outlet's alone: a bank's chief says "අපගේ යෙදුම බාගත කරගන්න" in his quote, below
        // an anchor's weight.
        ask(App).weight(2.5).max_words(16).phrases(&[
            "අපගේ ඇප් එක බාගත කරගන්න", "අපගේ ඇප් එක බාගත කරන්න", "අපගේ ඇප් එක ඩවුන්ලෝඩ් කරගන්න", "අපගේ ඇප් එක ඩවුන්ලෝඩ් කරන්න",
            "අපේ ඇප් එක ඩවුන්ලෝඩ් කරගන්න", "අපගේ යෙදුම බාගත කරන්න", "අපගේ යෙදුම බාගත කරගන්න", "ඇප් එකෙන් කියවන්න",
        ]),
        // A bank's chief says "අපගේ ජංගම යෙදුම හරහා" (through our mobile app) in a business
        // story: cues.
        cue(App).phrases(&["අපගේ ඇප් එක", "අපේ ඇප් එක", "අපගේ යෙදුම", "අපගේ ජංගම යෙදුම"]),
        cue(App).weight(1.0).phrases(&["ප්ලේ ස්ටෝර්", "ඇප් ස්ටෝර්", "ගූගල් ප්ලේ", "දැනුම්දීම් සක්\u{200d}රිය කරන්න"]),
        ask(Cookie).max_words(16).phrases(&[
            "අපගේ කුකී ප්\u{200d}රතිපත්තිය", "අපගේ කුකී ප්රතිපත්තිය", "කුකී සැකසුම්", "කුකීස් සැකසුම්", "කුකීස් භාවිතයට එකඟ",
        ]),
        // "Accept all cookies" is the banner's button, and the button a data protection case
        // names on a line of its own and in its sentence: a button at an edge's weight.
        label(Cookie).weight(EDGE_WEIGHT).phrases(&["සියලු කුකීස් පිළිගන්න", "සියලුම කුකීස් පිළිගන්න", "සියළු කුකීස් පිළිගන්න"]),
        // A banner opens with its formula and runs on past sixteen words; a data protection
        // story quotes it inside its sentence or on a line of its own: a block's opening, and
        // the bare "we use cookies" (a court story's quote on a line of its own) a cue.
        line(Cookie).max_words(40).phrases(&[
            "මෙම වෙබ් අඩවිය කුකීස් භාවිතා කරයි", "මෙම වෙබ් අඩවිය කුකීස් භාවිත කරයි", "මෙම වෙබ් අඩවිය කුකී භාවිතා කරයි",
            "මෙම වෙබ් අඩවිය දිගටම භාවිතා කිරීමෙන්", "මෙම වෙබ් අඩවිය දිගටම භාවිත කිරීමෙන්", "ඔබට හොඳම අත්දැකීම ලබා දීමට අපි කුකීස්*",
        ]),
        cue(Cookie).weight(2.0).phrases(&["අපි කුකීස් භාවිතා කරමු", "අපි කුකීස් භාවිත කරමු", "අප කුකීස් භාවිතා කරන්නෙමු", "එකඟ වන බව සලකනු ලැබේ"]),
        // The banner's spoken forms ("uses cookies", "by continuing to browse"): cues.
        cue(Cookie).weight(2.0).phrases(&["කුකීස් යොදා ගනී", "කුකීස් යොදා ගනිමු", "දිගටම බ්\u{200d}රවුස් කිරීමෙන්", "දිගටම බ්රවුස් කිරීමෙන්"]),
        cue(Cookie).phrases(&[
            "කුකීස්", "කුකිස්*", "කුකී ප්\u{200d}රතිපත්තිය", "ඔබගේ අත්දැකීම වැඩිදියුණු කිරීමට", "ඔබේ අත්දැකීම වැඩි දියුණු කිරීම සඳහා",
        ]),
        // "ෆලෝ කරන්න" with a platform or the outlet's channel, the formula alone on its line
        // (five words at most): the police's hoardings say "අපගේ වට්ස්ඇප් නාලිකාවට එක්වන්න,
        // වංචාවලින් බේරෙන්න" (join our channel, stay safe from fraud), a slogan a story sets on
        // its own line, and a party's post "සමාජ මාධ්‍ය ඔස්සේ අප හා එක්වන්න" (a cue below): below
        // an anchor's weight.
        ask(Social).weight(2.5).max_words(5).phrases(&[
            "අපගේ ෆේස්බුක් පිටුවට ලයික් කරන්න", "අපව ෆේස්බුක් හි ෆලෝ කරන්න", "ෆේස්බුක් හරහා අපව ෆලෝ කරන්න",
            "අපගේ වට්ස්ඇප් නාලිකාවට එක්වන්න", "අපගේ වට්ස්ඇප් නාලිකාවට එක් වන්න", "අපගේ වට්ස්ඇප් චැනලයට එක්වන්න",
            "අපගේ වට්ස්ඇප් සමූහයට එක්වන්න", "අපගේ ටෙලිග්\u{200d}රෑම් නාලිකාවට එක්වන්න", "අපගේ යූටියුබ් නාලිකාවට සබ්ස්ක්\u{200d}රයිබ් කරන්න",
            "අපගේ යූටියුබ් නාලිකාවට සබ්ස්ක්රයිබ් කරන්න", "අපගේ යූටියුබ් චැනලය සබ්ස්ක්\u{200d}රයිබ් කරන්න",
        ]),
        cue(Social).weight(2.0).phrases(&[
            "සමාජ මාධ්\u{200d}ය ඔස්සේ අප හා එක්වන්න", "සමාජ මාධ්\u{200d}ය හරහා අප හා එක්වන්න", "සමාජ මාධ්ය ඔස්සේ අප හා එක්වන්න",
        ]),
        ask(Social).max_words(16).phrases(&[
            "ගූගල් නිවුස් හි අපව අනුගමනය කරන්න", "ගූගල් නිවුස් හරහා අපව ෆලෝ කරන්න", "සබැඳිය පිටපත් කරන ලදී", "සබැඳිය පිටපත් විය",
            "ලින්ක් එක කොපි විය", "වට්ස්ඇප් නාලිකාවට එක්වීමට මෙතැන ක්ලික් කරන්න", "වට්ස්ඇප් සමූහයට එක්වීමට මෙතැන ක්ලික් කරන්න",
        ]),
        // "Share this news with your friends" is also the police's ask over a wanted man's
        // picture, that a story prints: below an anchor's weight.
        ask(Social).weight(2.5).max_words(16).phrases(&["මෙම පුවත ඔබේ මිතුරන් සමඟ බෙදාගන්න", "මෙම පුවත ඔබගේ මිතුරන් සමඟ බෙදාගන්න"]),
        // A police force's or a temple's "our WhatsApp channel" in a report, a party's "join
        // us", the opening of a channel's line ("නවතම පුවත් සඳහා අපගේ ..."): cues.
        cue(Social).phrases(&[
            "අපගේ වට්ස්ඇප් නාලිකාව*", "අපගේ ටෙලිග්\u{200d}රෑම් නාලිකාව*", "අපගේ යූටියුබ් නාලිකාව*", "අපගේ ෆේස්බුක් පිටුව*", "අපව ෆලෝ කරන්න",
            "අප හා එක්වන්න", "අප සමඟ රැඳී සිටින්න", "නවතම පුවත් සඳහා", "චැනලයට සම්බන්ධ වන්න", "චැනලය සබ්ස්ක්\u{200d}රයිබ් කර*",
            "චැනලය සබ්ස්ක්රයිබ් කර*", "යහළුවන් අතර බෙදා හරින්න", "යහළුවන් සමඟ බෙදාගන්න",
        ]),
        ask(Social).at(Whole).phrases(&["මෙම පුවත බෙදාගන්න", "මෙම ලිපිය බෙදාගන්න", "මෙම පුවත ෂෙයාර් කරන්න"]),
        // The platforms of a share bar in the spellings the `xx` pack's prefixes miss, with
        // their glued endings.
        platform(Social).max_words(12).phrases(&[
            "ෆෙස්බුක්*", "වට්සැප්*", "වට්ස්අප්*", "ට්විටර්*", "ටිවිටර්*", "ටික්ටොක්*", "ටෙලිග්\u{200d}රාම්*", "ටෙලිග්රෑම්*",
            "ඉන්ස්ටග්රෑම්*", "ඉන්ස්ටග්\u{200d}රාම්*", "යුටියුබ්*", "වයිබර්*",
        ]),
        // "For more Sinhala news": the line under a story that sends the reader to the outlet's
        // app, channel or page; a story on a broadcaster opens its sentence so too: a cue.
        cue(Related).weight(2.0).phrases(&["තවත් සිංහල පුවත් සඳහා", "නවතම සිංහල පුවත් සඳහා", "මෙවැනි තවත් පුවත් සඳහා", "මෙවැනි පුවත් සඳහා"]),
        // A read-also line opens no story's sentence; the `xx` pack holds the bare forms at a
        // line's opening: here the forms with their colon or dash, and the others.
        line(Related).max_words(24).phrases(&[
            "මේවාත් කියවන්න:", "මේවාත් කියවන්න -", "මෙයත් කියවන්න", "මේවා ද කියවන්න", "මෙය ද කියවන්න", "මෙයද කියවන්න", "මේවාද කියවන්න", "මේ ලිපියත් කියවන්න",
            "මේ පුවතත් කියවන්න:", "මෙම පුවතත් කියවන්න", "තවත් කියවන්න:", "වැඩිදුර කියවන්න:", "මේවාත් බලන්න:", "මෙයත් බලන්න",
            "අදාළ පුවත:", "අදාල පුවත:",
        ]),
        // "නවතම පුවත් අනුව ..." (according to the latest reports) opens a story's line: a
        // heading's few words only, and a digest's crossheads read so too: an edge's weight.
        line(Related).weight(EDGE_WEIGHT).max_words(3).phrases(&["නවතම පුවත්", "ප්\u{200d}රධාන පුවත්", "උණුසුම් පුවත්", "ජනප්\u{200d}රිය පුවත්"]),
        line(Related).max_words(3).phrases(&[
            "ඊළඟ පුවත", "ඊලඟ පුවත", "පෙර පුවත", "ඊළඟ ලිපිය", "පෙර ලිපිය", "කර්තෘ තේරීම", "වැඩියෙන්ම කියවූ", "වැඩිපුරම කියවූ පුවත්",
        ]),
        // (Not "මේවාත් කියවන්න" alone on its line: the `xx` pack reads it at a line's opening,
        // and a story's crosshead over the books it names reads so too.)
        label(Related).phrases(&[
            "අදාළ ලිපි", "අදාල ලිපි", "අදාල පුවත්", "සම්බන්ධිත පුවත්", "ඔබට මේවාත් රුචි විය හැක", "ඔබ කැමති විය හැකි",
            "අදාළ පළකිරීම්",
        ]),
        // "Read the full article" is a journal's button that a story on paywalled research
        // names on a line of its own: an edge's weight.
        label(Related).weight(EDGE_WEIGHT).phrases(&["සම්පූර්ණ පුවත කියවන්න", "සම්පූර්ණ ලිපිය කියවන්න", "වැඩි විස්තර කියවන්න"]),
        // A blog's "recent posts" crosshead, a market story's subhead "ට්‍රෙන්ඩින්": an edge's weight.
        label(Related).weight(EDGE_WEIGHT).phrases(&["ට්\u{200d}රෙන්ඩින්", "මෑත ලිපි", "නව ලිපි", "තවත් බලන්න", "සියල්ල බලන්න"]),
        // The agencies' closing line ("(විදෙස් පුවත් ඇසුරිනි)") and the first-published formulas.
        ask(Credit).max_words(12).phrases(&[
            "විදෙස් පුවත් ඇසුරිනි", "විදෙස් මාධ්\u{200d}ය ඇසුරිනි", "විදෙස් මාධ්ය ඇසුරිනි", "ඒජන්සි පුවත් ඇසුරිනි", "විදෙස් පුවත් සේවා ඇසුරිනි",
            "ඒජන්සි ඇසුරිනි",
        ]),
        ask(Credit).max_words(16).phrases(&["මෙම ලිපිය මුලින්ම පළ වූයේ", "මෙම ලිපිය මුල් වරට පළ වූයේ"]),
        // The dateline's "අපේ වාර්තාකරු" ("(අපේ ගාල්ල ප්‍රාදේශීය වාර්තාකරු)") opens the story
        // itself: a cue, never a line.
        cue(Credit).phrases(&[
            "අපේ වාර්තාකරු", "විශේෂ වාර්තාකරු", "ප්\u{200d}රාදේශීය වාර්තාකරු", "අපේ ප්\u{200d}රාදේශීය ප්\u{200d}රතිනිධි", "මුලින්ම පළ විය",
        ]),
        // The byline under the headline ("වාර්තාව - name") and a column's ("සටහන - name") are
        // the story's: cues. (Not "ඡායාරූප:" alone: a caption opens on it as often as a
        // credit does; not "ලේඛකයා:", a book review's facts box.)
        cue(Credit).at(Start).weight(2.0).max_words(10).phrases(&["වාර්තාව:", "වාර්තාව -", "වාර්තාකරු:", "සටහන:", "සටහන -", "ලිපිය:"]),
        line(Credit).max_words(10).phrases(&[
            "සම්පාදනය:", "සම්පාදනය -", "පරිවර්තනය:", "පරිවර්තනය -", "සංස්කරණය:", "ඡායාරූප අනුග්\u{200d}රහය", "ඡායාරූප මූලාශ්\u{200d}රය",
            "ඡායාරූප මූලාශ්රය", "කැමරාව:", "සංස්කරණය -",
        ]),
        line(Credit).max_words(12).phrases(&["ලේඛකයා අමතන්න", "ලේඛකයාට ඊමේල් කරන්න"]),
        // A picture's credit that names no one, a line of its own ("(ආශ්‍රිත ඡායාරූපයකි)" is
        // under every stock image).
        label(Credit).phrases(&[
            "ආශ්\u{200d}රිත ඡායාරූපයකි", "ආශ්රිත ඡායාරූපයකි", "ආශ්\u{200d}රිත ඡායාරූපය", "ආශ්රිත ඡායාරූපය", "ගොනු ඡායාරූපය", "ගොනු ඡායාරූපයකි",
            "සංකේතාත්මක ඡායාරූපය", "ඡායාරූපය: සමාජ මාධ්\u{200d}ය", "සමාජ මාධ්\u{200d}ය ඡායාරූප",
        ]),
        chrome(Other).at(Any).max_words(6).phrases(&["සියලු හිමිකම් ඇවිරිණි", "සියළු හිමිකම් ඇවිරිණි", "සියලුම හිමිකම් ඇවිරිණි", "සියලු හිමිකම් ආරක්ෂිතයි"]),
        // A copyright or reproduction notice, a line of its own. (Not the bare "ප්‍රකාශන
        // හිමිකම", a court story's subheading.)
        chrome(Other).at(Whole).phrases(&["අවසරයකින් තොරව උපුටා පළ කිරීම තහනම්", "අවසරයකින් තොරව පළ කිරීම තහනම්"]),
        // Small papers' and portals' footer line ("Contact for news and ads"), a short line.
        line(Other).max_words(6).phrases(&["පුවත් සහ දැන්වීම් සඳහා අමතන්න", "පුවත් හා දැන්වීම් සඳහා අමතන්න", "දැන්වීම් සඳහා අමතන්න", "දැන්වීම් පළ කිරීමට අමතන්න"]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&["ඔබ අවට පුවතක් ඇත්නම්", "ඔබ දන්නා පුවතක් ඇත්නම්", "ඔබේ පුවත් අපට එවන්න", "ඔබගේ ප්\u{200d}රදේශයේ පුවත් අපට එවන්න"]),
        // An official's "contact us" is news: the footer link alone on its line, an edge's weight.
        label(Other).weight(EDGE_WEIGHT).phrases(&["අප අමතන්න", "අපව අමතන්න", "අප හා සම්බන්ධ වන්න", "අප ගැන"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "වසන්න", "වසා දමන්න", "දැන් නොවේ", "දැන් එපා", "පසුව", "පසුව මතක් කරන්න", "එපා, ස්තූතියි", "එපා ස්තූතියි", "නැත, ස්තූතියි",
            "පිළිගන්න", "සියල්ල පිළිගන්න", "පිළිගනිමි", "ප්\u{200d}රතික්ෂේප කරන්න", "ප්රතික්ෂේප කරන්න", "එකඟ වෙමි", "මම එකඟ වෙමි", "එකඟයි",
            "හරි", "තේරුණා", "ඉදිරියට", "ආපසු", "දිගටම කරගෙන යන්න", "ඉදිරියට යන්න", "අවලංගු කරන්න", "නැවත උත්සාහ කරන්න", "සැකසුම්",
            "අවසර දෙන්න", "ලොග් වන්න", "ලොග් ඉන්", "පිවිසෙන්න", "සයින් ඉන්", "මාසිකව", "එක් වරක්", "වෙනත් මුදලක්", "දායක වන්න",
            "ඊමේල්", "ෂෙයාර්", "සබ්ස්ක්\u{200d}රයිබ්",
        ]),
        // A how-to's steps, each a line of its own ("ලියාපදිංචි වන්න", a scheme's guide), and
        // a relief story's subhead "උදව් කරන්න": a box's edges, not anchors.
        label_any().weight(EDGE_WEIGHT).phrases(&["ලියාපදිංචි වන්න", "ලියාපදිංචි වෙන්න", "ලියාපදිංචි කරන්න", "යවන්න", "සොයන්න", "මුදල තෝරන්න", "ගෙවීම් කරන්න", "උදව් කරන්න"]),
        // The question over a box, each a line of its own.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "කිසිදු පුවතක් මග නොහරින්න", "යාවත්කාලීනව සිටීමට අවශ්\u{200d}යද", "මෙවැනි තවත් පුවත් අවශ්\u{200d}යද", "මෙම පුවත ප්\u{200d}රයෝජනවත් වූවාද",
            "මෙම තොරතුරු ප්\u{200d}රයෝජනවත් වූවාද",
        ]),
        outlet(Donation).phrases(&[
            "ස්වාධීන මාධ්\u{200d}ය ආයතනයක්", "ස්වාධීන මාධ්\u{200d}ය ආයතනයකි", "ස්වාධීන මාධ්ය ආයතනයකි", "ස්වාධීන පුවත් වෙබ් අඩවියක්",
            "ස්වාධීන පුවත් වෙබ් අඩවියකි", "ලාභ නොලබන", "දැන්වීම් රහිත", "පාඨක සහාය මත", "පාඨකයින්ගේ සහාය මත", "පාඨකයන්ගේ සහාය මත",
            "පාඨක දායකත්වයෙන්", "සැමට නොමිලේ", "කිසිදු දේශපාලන පක්ෂයකට අයත් නොවන", "රජයේ දැන්වීම් මත යැපෙන්නේ නැත",
            "ආයතනික දැන්වීම් මත රඳා නොපවතින",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["නිවැරදි කිරීම:", "සංශෝධනය:", "කර්තෘ සටහන:", "සංස්කාරක සටහන:", "යාවත්කාලීන කිරීම:", "යාවත්කාලීන:"]),
        notice().at(Any).phrases(&["පුවත යාවත්කාලීන වෙමින් පවතී", "මෙම පුවත යාවත්කාලීන කරන ලදී", "මෙම පුවත යාවත්කාලීන කර ඇත"]),
        // The quotatives after a quoted ask or slogan mark the story telling it ("'අපට සහාය
        // දෙන්න' යැයි ඔහු ඉල්ලා සිටියේය", "... යන තේමාව යටතේ"), as Telugu "అంటూ", Kannada
        // "ಎಂಬ" do; so do the imperatives with the quotative glued on ("සහාය දෙන්නැයි").
        body().phrases(&[
            "යැයි", "යනුවෙන්", "යනුවෙනි", "කියමින්", "කියා", "බවට", "කරන්නැයි", "දෙන්නැයි", "වන්නැයි", "එක්වන්නැයි", "ගන්නැයි",
            "කරන්නැයිද", "යන තේමාව", "යන තේමාවෙන්", "යන සටන් පාඨය", "යන සටන් පාඨයෙන්", "යන පණිවිඩය",
        ]),
        // Reporting verbs and attribution formulas in the third person that news prints (said,
        // stated, told, requested, appealed, warned, according to), which no box uses.
        body().phrases(&[
            "පැවසීය", "පැවසුවේය", "පැවසුවාය", "පැවසූ", "පවසයි", "පවසන්නේ", "පැවසුවේ", "කීය", "කීවේය", "ප්\u{200d}රකාශ කළේය", "ප්රකාශ කළේය",
            "ප්\u{200d}රකාශ කළාය", "ප්\u{200d}රකාශ කරයි", "සඳහන් කළේය", "සඳහන් කළාය", "සඳහන් කරයි", "කියා සිටියේය", "කියා සිටියාය", "කියා සිටී",
            "අවධාරණය කළේය", "අවධාරණය කරයි", "ඉල්ලා සිටියේය", "ඉල්ලා සිටියාය", "ඉල්ලා සිටී", "ඉල්ලා සිටියි", "ආයාචනා කළේය",
            "ආයාචනා කරයි", "ආයාචනය කළේය", "චෝදනා කළේය", "චෝදනා කරයි", "අනතුරු ඇඟවීය", "අනතුරු අඟවයි", "දැනුම් දුන්නේය",
            "දැනුම් දෙයි", "නිවේදනයක් නිකුත් කරමින්", "මාධ්\u{200d}ය හමුවක් අමතමින්", "මාධ්\u{200d}ය හමුවේදී", "මාධ්ය හමුවේදී", "පොලිසිය පවසයි",
            "පොලීසිය පවසයි", "පොලිසියට අනුව", "පොලිස් මාධ්\u{200d}ය ප්\u{200d}රකාශක", "වාර්තා වේ", "වාර්තා වෙයි", "වාර්තා විය", "වාර්තාවලට අනුව",
            "ආරංචි මාර්ග පවසයි", "ආරංචි මාර්ග සඳහන් කරයි", "සඳහන් විය", "අත්අඩංගුවට ගෙන ඇත", "පවසති", "පැවසූහ", "කීවාය",
            "තර්ක කළේය", "තර්ක කළාය", "පෙන්වා දෙයි", "පෙන්වා දෙති", "පෙන්වා දුන්නේය", "නිවේදනය කළේය", "නිවේදනය කරයි",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["ලේඛකයා ගැන", "ලේඛක ගැන", "ලේඛකයාගේ තවත් ලිපි", "මෙම ලේඛකයාගේ තවත් ලිපි"]),
        // A column's closing bio ("(ලේඛකයා ජ්‍යෙෂ්ඨ මාධ්‍යවේදියෙකි)"); not "ලේඛකයා" alone, a
        // book review's subject ("ලේඛකයා තම නවකතාවේ ...").
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "ලේඛකයා ජ්\u{200d}යෙෂ්ඨ මාධ්\u{200d}යවේදියෙකි", "ලේඛකයා ජ්යෙෂ්ඨ මාධ්යවේදියෙකි", "ලේඛකයා විශ්\u{200d}රාමික", "ලේඛකයා කථිකාචාර්යවරයෙකි",
            "ලේඛකයා මහාචාර්යවරයෙකි", "ලේඛකයා ආර්ථික විශ්ලේෂකයෙකි", "ලේඛකයා දේශපාලන විශ්ලේෂකයෙකි", "ලේඛකයා නීතිඥවරයෙකි",
            "ලේඛිකාව ජ්\u{200d}යෙෂ්ඨ මාධ්\u{200d}යවේදිනියකි",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["ජ්\u{200d}යෙෂ්ඨ මාධ්\u{200d}යවේදියෙකි", "තීරු ලිපි රචකයෙකි"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "ඔබේ අදහස පළ කරන්න", "ඔබගේ අදහස් පළ කරන්න", "ඔබගේ අදහස් දක්වන්න", "ඔබේ අදහස් දක්වන්න", "ප්\u{200d}රතිචාරයක් දක්වන්න",
            "ප්\u{200d}රතිචාරයක් තබන්න", "අදහසක් එක් කරන්න", "කමෙන්ට් කරන්න",
        ]),
        // "අදහස්" (views) heads an opinion page, "ප්‍රතිචාර" (reactions) a story's round of the
        // parties' replies, "පාඨක අදහස්" (readers' views) a poll story's crosshead: the bare
        // words at an edge's weight.
        chrome(Other).part(Comments).weight(EDGE_WEIGHT).max_words(3).phrases(&["අදහස්", "පාඨක අදහස්", "ප්\u{200d}රතිචාර", "ප්රතිචාර", "කමෙන්ට්ස්"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["ප්\u{200d}රතිචාර", "ප්රතිචාර", "කමෙන්ට්ස්"]),
        ask(Other).part(Comments).phrases(&[
            "අදහස් දැක්වීමට ලොග් වන්න", "අදහස් දැක්වීමට පිවිසෙන්න", "ප්\u{200d}රතිචාර දැක්වීමට ලොග් වන්න", "අදහස් පළ කිරීමේ ප්\u{200d}රතිපත්තිය",
            "පාඨක අදහස් සඳහා ආයතනය වගකියනු නොලැබේ",
        ]),
        chrome(Other).part(Comments).max_words(12).phrases(&[
            "ඔබගේ විද්\u{200d}යුත් තැපැල් ලිපිනය ප්\u{200d}රසිද්ධ කරනු නොලැබේ", "ඔබගේ ඊමේල් ලිපිනය ප්\u{200d}රසිද්ධ කරනු නොලැබේ",
            "මෙම පුවත කියවූ ඔබට හැඟුණේ කෙසේද",
        ]),
        // The disclaimer's full formula; its fragments are a defamation story's quote too ("the
        // writer's personal view, not the institution's"): cues.
        ask(Other).part(Disclaimer).phrases(&["ලිපියේ අදහස් ලේඛකයාගේ පෞද්ගලික අදහස්"]),
        cue(Other).part(Disclaimer).weight(2.0).phrases(&[
            "ලේඛකයාගේ පෞද්ගලික අදහස්", "ලේඛකයාගේ පෞද්ගලික මතය", "ආයතනයේ මතය නොවේ", "ආයතනයේ අදහස් නොවේ", "පුවත්පතේ මතය නොවේ",
        ]),
        chrome(Other).part(Disclaimer).max_words(40).phrases(&["වියාචනය:", "වගකීම් ප්\u{200d}රතික්ෂේප කිරීම:"]),
        // The health, astrology and remedy pages' note: a block's opening, and a story's closing
        // line on its source ("the figures given here are from the 2024 survey"): a cue.
        cue(Other).part(Disclaimer).at(Start).weight(2.0).max_words(60).phrases(&["මෙහි ඇතුළත් තොරතුරු", "මෙහි දක්වා ඇති තොරතුරු"]),
        cue(Other).part(Disclaimer).weight(2.0).phrases(&["සාමාන්\u{200d}ය දැනුම සඳහා පමණි", "වෛද්\u{200d}ය උපදෙස් සඳහා ආදේශකයක් නොවේ"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "ඊළඟ පිටුව", "පෙර පිටුව", "ප්\u{200d}රධාන අන්තර්ගතයට යන්න", "අන්තර්ගතයට යන්න", "දෝෂයක් වාර්තා කරන්න", "මුල් පිටුවට යන්න",
            "මුල් පිටුවට ආපසු",
        ]),
        ask(Other).part(Navigation).phrases(&[
            "ඔබගේ බ්\u{200d}රව්සරය යල් පැන ගොස් ඇත", "ඔබේ බ්\u{200d}රවුසරය මෙම වීඩියෝවට සහාය නොදක්වයි", "ජාවාස්ක්\u{200d}රිප්ට් සක්\u{200d}රිය කරන්න",
        ]),
        // The advertisement slot's label and the line under it, a line of its own. ("දැන්වීම"
        // is also any public notice and a story's subheading, "වෙළඳ දැන්වීම්" a story's on the
        // advertising rules: at an edge's weight. A label's key leaves out the closing
        // al-lakuna: "දැන්වීම්" is "දැන්වීම" to it, and is not listed again.)
        label(Ad).weight(EDGE_WEIGHT).phrases(&["දැන්වීම", "වෙළඳ දැන්වීම"]),
        label(Ad).phrases(&[
            "අනුග්\u{200d}රහය දක්වන ලදී", "දැන්වීමෙන් පසු පුවත දිගටම", "පුවත පහතින් දිගටම",
            "ලිපිය පහතින් දිගටම", "අනුග්\u{200d}රාහක ලිපිය", "අනුග්\u{200d}රාහක අන්තර්ගතය", "ප්\u{200d}රවර්ධන ලිපිය", "ස්පොන්සර්ඩ්",
        ]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story on
        // online fraud quotes such lines).
        cue(Ad).weight(2.5).max_words(45).phrases(&["අපට කොමිස් මුදලක් ලැබිය හැක", "ඇෆිලියේට් සබැඳි"]),
        // Page chrome by part: a player's, a gallery's, a live blog's, the page's tools;
        // evidence at 2.5.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&[
            "වීඩියෝව නරඹන්න", "වීඩියෝව බලන්න", "මෙම පුවතට සවන් දෙන්න", "මෙම ලිපියට සවන් දෙන්න", "වීඩියෝව ප්ලේ කරන්න",
        ]),
        chrome(Other).part(Player).weight(2.5).max_words(10).phrases(&["මෙම පෝස්ටුව ඉන්ස්ටග්\u{200d}රෑම් හි බලන්න"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "ඡායාරූප එකතුව", "ඡායාරූප ගැලරිය", "ඊළඟ ඡායාරූපය", "පෙර ඡායාරූපය", "සියලු ඡායාරූප බලන්න", "පූර්ණ තිරය",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["සජීවී", "ලයිව්"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["සජීවී යාවත්කාලීන", "සජීවී විකාශය", "සජීවී බ්ලොග්", "ලයිව් අප්ඩේට්ස්"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&[
            "අකුරු ප්\u{200d}රමාණය", "අකුරු ප්රමාණය", "මුද්\u{200d}රණය කරන්න", "මුද්රණය කරන්න", "ඉංග්\u{200d}රීසියෙන් කියවන්න", "දෙමළෙන් කියවන්න",
        ]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ටැග්", "ටැග්ස්", "යතුරු පද", "මූල පද"]),
        // A line of the bank details under an ask ("ගිණුම් අංකය: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "ගිණුම් අංකය", "ගිණුම් අංක", "ගිණුමේ නම", "ගිණුම් හිමියාගේ නම", "ගිණුම් හිමියා", "බැංකුවේ නම", "බැංකුව:", "ශාඛාව:",
            "ස්විෆ්ට් කේතය",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own: a sign-up
        // form's button and field, an offer's, an app's, a donation's and a share row's
        // buttons, and the openings of a form's fine print.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "පුවත් හසුන", "ඊමේල් ලිපිනය", "ඔබගේ ඊමේල් ලිපිනය", "ඊ-මේල්", "විද්\u{200d}යුත් තැපෑල", "පුවත් හසුනට ලියාපදිංචි වන්න",
        ]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "දායක වීමෙන් ඔබ", "ලියාපදිංචි වීමෙන් ඔබ", "ඕනෑම වේලාවක දායකත්වයෙන් ඉවත් විය හැක",
            "ඔබගේ ඊමේල් ලිපිනය කිසිවෙකු සමඟ බෙදා නොගනිමු", "අපි ඔබගේ ඊමේල් ලිපිනය",
        ]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "සබ්ස්ක්\u{200d}රයිබ් කරන්න", "සබ්ස්ක්රයිබ් කරන්න", "දැන්ම දායක වන්න", "දායකත්වය ලබා ගන්න", "සැලසුම් බලන්න", "දීමනා බලන්න",
            "නොමිලේ අත්හදා බලන්න", "මම දායක වීමට කැමතියි",
        ]),
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "ඇප් එක බාගත කරන්න", "ඇප් එක ඩවුන්ලෝඩ් කරන්න", "ඇප් එකෙන් විවෘත කරන්න", "දැන්ම බාගත කරන්න",
            "ගූගල් ප්ලේ වෙතින් ලබා ගන්න", "යෙදුම ස්ථාපනය කරන්න",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "අපට සහාය වන්න", "අපට සහාය දෙන්න", "අපට සහය වන්න", "අපට සහයෝගය දෙන්න", "පරිත්\u{200d}යාග කරන්න", "පරිත්යාග කරන්න",
            "ආධාර කරන්න", "සහාය වන්න", "සහාය දෙන්න", "ඩොනේට් කරන්න", "මූල්\u{200d}ය සහාය දෙන්න", "අපගේ කාර්යයට සහාය වන්න",
            "මාසිකව සහාය වන්න", "මුදල ඇතුළත් කරන්න", "මම සහාය දෙමි", "මම පරිත්\u{200d}යාග කිරීමට කැමතියි",
        ]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&[
            "සාමාජිකයෙකු වන්න", "සාමාජිකත්වය ලබා ගන්න", "සාමාජිකත්වය ලබාගන්න", "මම සාමාජිකයෙකු වීමට කැමතියි",
            "මම දැනටමත් සාමාජිකයෙක්මි",
        ]),
        label(Social).weight(EDGE_WEIGHT).phrases(&[
            "ෂෙයාර් කරන්න", "සබැඳිය පිටපත් කරන්න", "ලින්ක් එක කොපි කරන්න", "ෆේස්බුක් හි බෙදාගන්න", "වට්ස්ඇප් හරහා බෙදාගන්න",
            "ඊමේල් කරන්න", "අපව ෆලෝ කරන්න", "ෆලෝ කරන්න", "ලයික් කරන්න",
        ]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["මෙයත් කියවන්න:", "මේකත් කියවන්න:", "මෙයත් බලන්න:", "ආශ්‍රිත පුවත්:", "අදාළ පුවත්:", "සම්බන්ධිත පුවත්:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["සජීවීව නරඹන්න", "සජීවී විකාශය නරඹන්න"]),
        line(Subscription).max_words(10).phrases(&["ඊ-පුවත්පත කියවන්න"]),
        label(Subscription).phrases(&["ඊ-පුවත්පත", "ඊ පුවත්පත", "ඊ-පේපර්", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ඔබේ පුවත් අපට එවන්න", "ඔබගේ පුවත් අපට එවන්න", "ඔබේ ප්\u{200d}රදේශයේ පුවත් අපට එවන්න", "ඔබේ ප්රදේශයේ පුවත් අපට එවන්න"]),
        label(Other).phrases(&["පුවත් එවන්න", "පුවතක් එවන්න"]),
        ask(Ad).max_words(35).phrases(&["වාර්තාකරුවන් අවශ්\u{200d}යයි", "වාර්තාකරුවන් අවශ්යයි", "වාර්තාකරුවන් බඳවා ගැනේ"]),
        label(Other).part(Comments).phrases(&["අදහස එවන්න", "ඔබේ අදහස එවන්න"]),
    ],
    // The outlet's "අපි", "අප" and their cases. Sinhala has no exclusive "we": every speech a
    // story quotes holds them, and the narrator's "අප රට" (our country) too.
    we: &["අපි", "අප", "අපගේ", "අපේ", "අපට", "අපව", "අපෙන්"],
    // The written register's "ඔබ" (one reader or many, neutral and polite) and the spoken
    // familiar "ඔයා". Not the honorific "ඔබතුමා", "ඔබතුමිය" (an interviewer's address to a
    // minister in every Q&A, no reader's), nor the familiar "නුඹ", "උඹ" (a quoted speaker's,
    // a song's, a film's).
    you: &["ඔබ", "ඔබගේ", "ඔබේ", "ඔබට", "ඔබව", "ඔබෙන්", "ඔබත්", "ඔයා", "ඔයාගේ", "ඔයාට"],
};
