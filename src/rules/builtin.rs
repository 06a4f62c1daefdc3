//! The built-in regular expressions (money per period, teaser-list headings, image file
//! names) and the gates that decide which blocks each is worth running on.

use std::ops::Range;

use super::vocab::{At, Group};
use crate::Kind;

/// A built-in pattern and what a match of it means.
pub(super) struct Pattern {
    pub pattern: &'static str,
    pub name: &'static str,
    pub group: Group,
    pub kind: Option<Kind>,
    pub at: At,
    pub weight: f32,
    /// Only the start of a match must be a word boundary.
    pub stem: bool,
    pub gate: Gate,
}

/// Every built-in pattern.
pub(super) static PATTERNS: [Pattern; 15] = [
    Pattern {
        pattern: MONEY_PERIOD,
        name: "xx.cue:money-per-period",
        group: Group::Cue,
        kind: Some(Kind::Donation),
        at: At::Any,
        weight: 1.0,
        stem: false,
        gate: Gate::Money,
    },
    Pattern {
        pattern: LIST_HEADING,
        name: "en.line:more-stories-heading",
        group: Group::Line,
        kind: Some(Kind::Related),
        at: At::Whole,
        weight: 3.0,
        stem: false,
        gate: Gate::Short,
    },
    Pattern {
        pattern: IMAGE_FILE,
        name: "xx.chrome:image-file-name",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Whole,
        weight: 3.0,
        stem: true,
        gate: Gate::OneToken,
    },
    Pattern {
        pattern: BREADCRUMB,
        name: "xx.chrome:breadcrumb",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Whole,
        weight: 3.0,
        stem: false,
        gate: Gate::Furniture,
    },
    Pattern {
        pattern: STORE_BADGE,
        name: "xx.line:store-badge",
        group: Group::Line,
        kind: Some(Kind::App),
        at: At::Any,
        weight: 3.0,
        stem: false,
        gate: Gate::Store,
    },
    Pattern {
        pattern: AMOUNT,
        name: "xx.cue:amount-alone",
        group: Group::Cue,
        kind: Some(Kind::Donation),
        at: At::Whole,
        weight: 1.5,
        stem: false,
        gate: Gate::Amount,
    },
    Pattern {
        pattern: COUNTER,
        name: "xx.chrome:player-time",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Whole,
        weight: 3.0,
        stem: false,
        gate: Gate::Counter,
    },
    Pattern {
        pattern: GALLERY_COUNTER,
        name: "xx.chrome:gallery-counter",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Whole,
        weight: 3.0,
        stem: false,
        gate: Gate::Gallery,
    },
    Pattern {
        pattern: READING_TIME,
        name: "xx.chrome:reading-time",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Whole,
        // Below an anchor's weight: evidence that joins a run beside it (a share row) or the
        // model's; as an anchor it let a paywall's run above the headline carry over the
        // headline and byline to it.
        weight: 2.5,
        stem: false,
        gate: Gate::Minutes,
    },
    Pattern {
        pattern: LINK_ARROW,
        name: "xx.label:link-arrow",
        group: Group::Label,
        kind: None,
        at: At::Any,
        weight: 3.0,
        stem: false,
        gate: Gate::Arrow,
    },
    Pattern {
        pattern: RIGHTS_YEAR,
        name: "xx.chrome:rights-year",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Any,
        weight: 3.0,
        stem: false,
        gate: Gate::Rights,
    },
    Pattern {
        pattern: NAMED_RIGHTS,
        name: "xx.chrome:rights-after-name",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Start,
        weight: 3.0,
        stem: false,
        gate: Gate::NamedRights,
    },
    Pattern {
        pattern: COPYRIGHT_LINE,
        name: "xx.chrome:copyright-line",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Start,
        weight: 3.0,
        stem: false,
        gate: Gate::Copyright,
    },
    Pattern {
        pattern: IBAN,
        name: "xx.cue:iban-number",
        group: Group::Cue,
        kind: Some(Kind::Donation),
        at: At::Any,
        // A supporting cue: bank details need a line of the box beside them (a story's
        // relief fund gives its account too, see `keep_lone_accounts`). At 2, the word
        // "IBAN"'s weight, the refit moved the fit for texts no pack reads, which lost 0.02
        // of its boxes cross-validated (`--languages xx`); at 1 it does not.
        weight: 1.0,
        stem: false,
        gate: Gate::Iban,
    },
    Pattern {
        pattern: TAG_ROW,
        name: "xx.chrome:tag-row",
        group: Group::Chrome,
        kind: Some(Kind::Other),
        at: At::Whole,
        weight: 3.0,
        stem: false,
        gate: Gate::Furniture,
    },
];

/// True when `c` is a currency sign: Unicode's currency symbols ("$", "€", "₾", "৳", "﷼"), as
/// the amount pattern's `\p{Sc}` reads them.
pub(crate) fn is_currency_sign(c: char) -> bool {
    matches!(c,
        '$' | '\u{a2}'..='\u{a5}' | '\u{58f}' | '\u{60b}' | '\u{7fe}' | '\u{7ff}' | '\u{9f2}' | '\u{9f3}'
        | '\u{9fb}' | '\u{af1}' | '\u{bf9}' | '\u{e3f}' | '\u{17db}' | '\u{20a0}'..='\u{20c0}'
        | '\u{a838}' | '\u{fdfc}' | '\u{fe69}' | '\u{ff04}' | '\u{ffe0}' | '\u{ffe1}' | '\u{ffe5}'
        | '\u{ffe6}' | '\u{11fdd}'..='\u{11fe0}' | '\u{1e2ff}' | '\u{1ecb0}')
}

/// True when the rule named `name` is a built-in pattern, which runs whatever packs are in
/// use.
pub(crate) fn is_builtin(name: &str) -> bool {
    PATTERNS.iter().any(|p| p.name == name)
}

/// Which blocks a built-in pattern is worth running on.
#[derive(Clone, Copy, Debug)]
pub(super) enum Gate {
    /// Blocks with a currency sign or code, and a digit.
    Money,
    /// Short blocks without a space, with a dot.
    OneToken,
    /// Blocks of at most [`FURNITURE_WORDS`] words that hold a breadcrumb separator or a `#`.
    Furniture,
    /// Blocks of a few words whose first letter can start a teaser-list heading and whose
    /// last word can end one.
    Short,
    /// Blocks of at most [`BADGE_WORDS`] words that end in "store", "play" or "gallery".
    Store,
    /// Blocks of at most [`AMOUNT_WORDS`] words with a digit.
    Amount,
    /// Blocks of digits, colons, slashes and spaces alone, with a colon, and a slash or a
    /// leading zero.
    Counter,
    /// Blocks of at most [`MINUTES_WORDS`] words with a digit.
    Minutes,
    /// Blocks of three words at most that open with "1" (see [`GALLERY_COUNTER`]).
    Gallery,
    /// Blocks of at most [`FURNITURE_WORDS`] words that end in an arrow (see [`ends_in_arrow`]).
    Arrow,
    /// Blocks of at most [`FURNITURE_WORDS`] words with a "©".
    Rights,
    /// Blocks of at most [`FURNITURE_WORDS`] words with [`IBAN_DIGITS`] digits or more.
    Iban,
    /// Blocks of at most [`COPYRIGHT_LINE_WORDS`] words that open with "copyright" or "©".
    Copyright,
    /// Blocks of at most [`NAMED_RIGHTS_WORDS`] words with a "©".
    NamedRights,
}

/// The arrows that end a link's text.
/// (Not "»": a quotation's closing mark in Swedish and Danish, and after a « in an earlier
/// block, "... pierre par pierre. »".)
const ARROWS: [&str; 5] = ["→", "➔", "➜", "⟶", ">>"];

/// Whether `text` ends in a link's arrow after a space ("Sen de destekçimiz ol →", "Watch it
/// on TVN24 GO >>"): not in a text that quotes with guillemets.
pub(super) fn ends_in_arrow(text: &str) -> bool {
    let t = text.trim_end();
    ARROWS.iter().any(|a| {
        t.strip_suffix(a)
            .is_some_and(|rest| rest.ends_with(char::is_whitespace))
    }) && !t.contains(['«', '‹'])
}

/// The most words of an amount alone on its line ("5 €", "1000 Ft", "HK$ 50").
pub(super) const AMOUNT_WORDS: u32 = 3;
/// An amount alone on its line, with its currency's sign (any of Unicode's) or code: a
/// donation widget's button, in any language ("5 €", "1000 Ft", "250 TL", "€10", "10 ₾"). A line of figures
/// in a story has words with them. (Not with its period, "58 € pro Monat": a story's list
/// of fees beside a box is such lines.)
const AMOUNT: &str = r"^(?:(?:\p{Sc}|hk\$|us\$|r\$|a\$|c\$)\s?\d[\d.,' ]*|\d[\d.,' ]*\s?(?:\p{Sc}|eur|euro|usd|chf|ft|huf|tl|try|kč|czk|zł|pln|lei|ron|kr|sek|nok|dkk|isk|руб\.?|грн|лв\.?|ден\.?|din\.?|rsd|bam|gel|amd|kzt|₸|uah|rub|inr|rs\.?|php|idr|rp|rm|myr|thb|baht|vnd|đ|₫|sgd|hkd|nt\$|ntd|twd|aed|sar|egp|ils|mxn|ars|clp|cop|pen|brl))\s*$";

/// The most words of an app store's badge ("Download on the App Store", "Доступно в Google
/// Play", "Disponibilă în App Store și Google Play").
pub(super) const BADGE_WORDS: u32 = 7;
/// An app store's badge: a short line that ends in the store's name, or the system's
/// ("Download voor iOS", "Download voor Android"), in any language. A headline or a sentence
/// about the stores goes on past the name or is longer.
const STORE_BADGE: &str = r"(?:app ?store|google play|play store|app ?gallery|\sios|\sandroid)\W*$";

/// The money-per-period pattern: "$2 a month", "5 € monatlich", "от 300 ₽ в месяц".
const MONEY_PERIOD: &str = r"(?:[$€£₽₴]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£₽₴]|usd|eur|euro|euros|rub|руб\.?|грн|zł|złotych|pln|chf|kr|reais|real|dollars?|гривень|гривні|рублей|рублів))\s*(?:/|a|per|par|pro|im|al|por|в|на|za|ao|na)?\s*(?:month|mo|year|week|mois|an|semaine|monat|jahr|woche|mes|año|semana|mese|anno|settimana|miesiąc|tydzień|mês|ano|месяц|год|неделю|неделя|місяць|рік|тиждень|miesięcznie|al mese|par mois)";
/// The heading of a list of teasers: "More Great WIRED Stories", "Latest news", "Top reads".
const LIST_HEADING: &str = r"^(?:more|other|latest|top|related|recommended|popular|trending)(?-u:\b)[^.!?]{0,40}?(?-u:\b)(?:stories|news|articles|posts|reads|headlines|videos|coverage)\W*$";
/// The nouns that end a [`LIST_HEADING`]: a block that ends otherwise need not run it.
pub(super) const LIST_NOUNS: [&str; 8] = [
    "stories",
    "news",
    "articles",
    "posts",
    "reads",
    "headlines",
    "videos",
    "coverage",
];
/// The most words of a block that a furniture pattern (breadcrumb, tag row) is
/// run on: site furniture is short, and the gate keeps the patterns off paragraphs.
pub(super) const FURNITURE_WORDS: u32 = 25;
/// The separators of a breadcrumb trail ("Home › News › Economy").
pub(crate) const CRUMB_SEPARATORS: [char; 4] = ['»', '›', '>', '→'];
/// A breadcrumb trail: two separators or more between steps that start with a letter, and
/// no sentence end; or one, after the site's home page ("Accueil › Économie", "Startseite >
/// Lokales"), named as sites in every language name it. ">" counts only between spaces, and
/// code's signs (`<`, `=`, braces) rule a block out: `entries > 10` and `<ul>` are not
/// trails. A slash between spaces counts after the home page's names that are no other
/// word ("Ana Sayfa / Türkiye"; "Home / Away" is a match's record, "Inicio / Fin" a
/// program's); two or more after the home page's name in more languages, that word included
/// ("Home / News / Social Justice", "ראשי / דיור / תחקיר"), but for steps with a figure or
/// a colon. Without such a name slashes part a byline's authors ("Von Anna Berg / Max Roth
/// / dpa"), a verse's lines or a headline's words. A block with an opening guillemet uses
/// them as quotation marks (« », » «, ‹ ›): its closing ones are none ("ماهنامه «کوچه» کاغذ را کنار گذاشت ... «عضو» شوند").
const BREADCRUMB: &str = r"^(?:\p{L}[^.!?«»‹›>→←<=\n{}]{0,80}(?:(?:\s>\s|[»›→])\s*\p{L}[^.!?«»‹›>→←<=\n{}]{0,120}){2,}(?:\.\.\.|…)?|(?:home|homepage|startseite|accueil|inicio|portada|início|inizio|strona główna|главная|головна|hem|startsida|forside|forsiden|etusivu|úvod|domov|kezdőlap|főoldal|acasă|početna|naslovnica|начало|αρχική|anasayfa|ana sayfa|beranda|trang chủ)\s*(?:\s>\s|[»›→])\s*\p{L}[^.!?«»‹›>→←<=\n{}]{0,120}|(?:startseite|accueil|strona główna|главная|головна|startsida|etusivu|kezdőlap|főoldal|acasă|početna|naslovnica|αρχική|anasayfa|ana sayfa|beranda|trang chủ)\s/\s\p{L}[^.!?«»‹›>→←<=\n{}/]{0,120}(?:\s/\s\p{L}[^.!?«»‹›>→←<=\n{}/]{0,60})*|(?:home|homepage|inicio|portada|início|página inicial|inizio|prima pagina|inici|hasiera|hafan|hjem|forside|forsiden|forsíða|hem|startsida|startseite|accueil|voorpagina|etusivu|úvodní stránka|úvod|domov|kezdőlap|főoldal|címlap|strona główna|sākums|pradžia|acasă|prima pagină|početna|naslovnica|αρχική|главная|головна|начало|anasayfa|ana sayfa|ana səhifə|beranda|laman utama|trang chủ|mwanzo|मुख्यपृष्ठ|मुखपृष्ठ|হোম|hlavná stránka|domů|galvenā|pagrindinis|avaleht|naslovna|насловна|почетна|главна|галоўная|басты бет|ballina|kryefaqja|მთავარი|գլխավոր|ראשי|الرئيسية|صفحه اصلی|خانه|ہوم|होम|मुख्य पृष्ठ|முகப்பு|প্রচ্ছদ|หน้าแรก|首页|ホーム|홈)(?:\s/\s\p{L}[^.!?«»‹›>→←<=\n{}/:\d]*){2,})$";
/// An audio or video player's position at its start and its length, alone on a line ("0:00 /
/// 5:48", "00:00 / 04:12"), or the position alone ("0:00"): a timetable's "07:15 / 08:10"
/// starts elsewhere, and a live blog's times of day run down from the hour of writing. (Not a gallery's
/// counter, "1 / 12": the caption under it is the story's, and a counter and the photo's
/// credit would take it between them; nor a table's "23/16".) Or its length alone ("3:12")
/// under its label, which the gate reads.
const COUNTER: &str =
    r"^(?:(?:0?0:)?0?0:00(?:\s?/\s?(?:\d{1,2}:)?\d{1,2}:\d{2})?|(?:\d{1,2}:)?\d{1,2}:\d{2})$";
/// A gallery's counter on its first picture, alone on its line, in any language: "1 / 12",
/// "1/9", a word of a few letters between ("1 of 14", "1 von 14", "1 di 8", "1 iš 12", "1 z
/// 12"). (The first picture only: a story's line of a score or a rating, "3/5", "2 of 3", is
/// no counter; and the caption under the counter stays, see the runs' split at a picture's
/// credit.)
const GALLERY_COUNTER: &str = r"^1\s?/\s?\d{1,3}$|^1 \p{L}{1,5} \d{1,3}$";
/// The most words of a reading time's or a player's line ("Temps de lectura: 3 minuts",
/// "Artikel anhören • 4 Min").
pub(super) const MINUTES_WORDS: u32 = 6;
/// A reading time or a player's length alone on its line, in any language: a few words of
/// label and a separator, a number and a unit of minutes, a few words after it ("Lecture : 3
/// min", "Lugemisaeg: 6 min", "זמן קריאה: 6 דקות", "مدة القراءة: 7 دقائق"), or without a
/// label, a word after it at most ("4 min", "2 min read"). The label has no figure and no
/// sentence's stop; a story's line of minutes says more ("The ambulance took 40 minutes to
/// arrive"), and so does a table's cell ("30 minutes before bed").
const READING_TIME: &str = r"^(?:[^\d.!?\n]{1,30}?\s*[:：\-–—·•|]\s*\d{1,3}\s?(?:min|mins|minutes?|minuten|minutter|minuts|minut|minutit|minuti|minutos|perc|мин|минут[аы]?|хв|хвилин[иа]?|分钟|分鐘|分|분|phút|นาที|dakika|dk|λεπτά|λεπτό|דקות|دقائق|دقيقة|دقیقه|मिनट)\.?(?:\s+[^\s\d]+){0,3}|\d{1,3}\s?(?:min|mins|minutes?|minuten|minutter|minuts|minut|minutit|minuti|minutos|perc|мин|минут[аы]?|хв|хвилин[иа]?|分钟|分鐘|分|분|phút|นาที|dakika|dk|λεπτά|λεπτό|דקות|دقائق|دقيقة|دقیقه|मिनट)\.?(?:\s+[^\s\d]+)?)$";

/// A link's arrow at the end of a short block: a button or a teaser's link, in any language
/// (the gate reads the block, [`ends_in_arrow`]; the match is the arrow).
const LINK_ARROW: &str = r"(?:→|➔|➜|⟶|>>>?)\s*$";

/// A copyright's sign beside a year, anywhere in a short line, in any language and any
/// digits: the site's footer after its name or its rights formula ("Győr+ Média Zrt. © 2024
/// Minden jog fenntartva.", "Макфакс © 2025 ...", "... DAP News © ២០២៥"). (A footer that
/// opens with the sign is read by the packs' rows.) In the labelled sets, 66 lines hold
/// one, all boilerplate.
const RIGHTS_YEAR: &str = r"©\s?\d{4}|\d{4}\s?©";

/// A copyright's sign after the few words of the owner's name or the rights' word at a
/// footer's start, however its reuse terms run on: "د باختر خبري اژانس © ټول حقونه خوندي
/// دي. ...", "저작권자 © 옥천신문 무단전재 및 재배포 금지", "ສະຫງວນລິຂະສິດ © ...". (A footer that
/// opens with the sign is read by the packs' rows.) In the labelled sets, 170 lines of 40
/// words or fewer hold the sign among their first six words, all boilerplate; later in a
/// line it closes a caption or stands in a quotation.
const NAMED_RIGHTS: &str = r"^(?:[^\s©]+\s+){1,5}©";
/// The most words of such a footer.
pub(super) const NAMED_RIGHTS_WORDS: u32 = 40;

/// A footer that opens with the word "copyright" and a year, in any language ("Copyright 2024
/// Magnetic Media. All rights reserved. This material, and other digital content on this
/// website, may not be reproduced ...", "© Copyright 2001-2024. This site is part of ..."),
/// however long its reuse terms run. In the labelled sets, 24 lines open so, all
/// boilerplate; five ran past [`FURNITURE_WORDS`], which the sign's rule reads. (Not
/// "Copyright (c) 2014 IETF Trust ...": a document's own notice, which Readability's
/// expected text keeps.)
const COPYRIGHT_LINE: &str = r"^(?:©\s?)?copyright\s?(?:©\s?)?(?:19|20)\d{2}\b";
/// The most words of such a footer.
pub(super) const COPYRIGHT_LINE_WORDS: u32 = 80;

/// The fewest digits of a line that [`IBAN`] is run on (the shortest account, Norway's, has
/// eleven).
pub(super) const IBAN_DIGITS: usize = 10;
/// An account number in the international form, without the word "IBAN" before it ("konts
/// LV80 BANK 0000 4351 9500 1", "RO49 AAAA 1B31 0075 9384 0000"): a country's code of the
/// IBAN registry, two check digits, and groups of four letters or digits, with or without
/// spaces. Bank details are a box's in any language that prints them so.
const IBAN: &str = r"(?-u:\b)(?:ad|ae|al|at|az|ba|be|bg|bh|br|by|ch|cr|cy|cz|de|dk|do|ee|eg|es|fi|fo|fr|gb|ge|gi|gl|gr|gt|hr|hu|ie|il|iq|is|it|jo|kw|kz|lb|lc|li|lt|lu|lv|ly|mc|md|me|mk|mr|mt|mu|nl|no|pk|pl|ps|pt|qa|ro|rs|sa|sc|se|si|sk|sm|st|sv|tl|tn|tr|ua|va|vg|xk)\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?(?-u:\b)";

/// A row of three hashtags or more and nothing else: a page's tag list, bare or under its
/// label of one word and a colon, in any language ("Теги: #школа #чтение #учителя", "टॅग्स :
/// #नाशिक #लासलगाव #कांदा"). (Not under a clause: "Protesters chanted: #EndSARS ..." is the
/// story's. Nor one whose tag goes on past a space, "#Královo Pole #Brno #doprava": a mayor's
/// post quoted in a story is written so as often as a page's row.)
const TAG_ROW: &str = r"^(?:[^\s#:：\d]+\s?[:：]\s*)?(?:#[\w-]+[\s,]*){3,}$";
/// An image file name alone on a line: alt text or a caption that leaked.
const IMAGE_FILE: &str = r"(?m)^\s*[\w\-.]+\.(?:jpe?g|png|gif|webp|svg|avif)\s*$";

/// Where in `block` an amount per period can stand, given the span of its currency signs
/// and codes: the span widened by [`MONEY_REACH`] on each side, and over the digits of a
/// long amount.
pub(super) fn money_window(folded: &str, block: Range<usize>, money: Range<usize>) -> Range<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_signs_are_unicodes_currency_symbols() {
        let sc = regex::Regex::new(r"^\p{Sc}$").unwrap();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            assert_eq!(
                is_currency_sign(c),
                sc.is_match(c.encode_utf8(&mut buf)),
                "{c:?}"
            );
        }
    }
}
