//! The page's head as a whole-page scraper keeps it: menus and section rows above the story,
//! and the story's own headline, dek, dateline and byline, which look like chrome but are
//! kept in a text input.

use super::*;
use crate::input::segment::{count_words, day_months};

/// The fewest lines of a menu above the headline.
const MENU_LINES: usize = 3;
/// The fewest where no item is a word by the count of spaced scripts ([`head_menu`]).
const UNSPACED_MENU_LINES: usize = 4;
/// The most words of each.
const MENU_WORDS: u32 = 3;
/// The most blocks after the headline before the story's first paragraph (a dek, a
/// byline, a date, a caption, a share row): eight in the texts seen, where an
/// encyclopedia's box of facts runs longer.
const MENU_STORY_REACH: usize = 9;

/// The site's menu, sections or breadcrumb that a scraper took from above the headline, one
/// item a line ("News" / "Local News" / "Sport", "Startseite" / "Lokales" / "Grafing", "AZ"
/// / "RU" / "EN"): the text opens with three lines or more of a few words each, none a
/// sentence, a date or a time, none opening in lower case, and the headline follows (a
/// line of four words or more, no paragraph), and the story soon after (`story_start` is
/// its first block, [`story_text`]). Text input only: in HTML the menu is an element of its
/// own. A menu starts at `from` or below (under a menu found before).
pub(super) fn head_menu(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &[(Range<usize>, f32)],
    story_start: Option<usize>,
    from: usize,
) -> Option<Range<usize>> {
    let pictured = |i: usize| {
        blocks
            .get(i)
            .is_some_and(|b| credits::credits_picture(&text[b.range.clone()]))
    };
    let item = |i: usize| {
        let b = &blocks[i];
        let t = unbulleted(&text[b.range.clone()]);
        (b.words <= MENU_WORDS || unspaced_item(t))
            && !b.sentence
            && !b.timestamp
            && !t.split_whitespace().any(bare_figure)
            && capital_item(t)
            // A photo and its credit above the headline ("Photo" / "Credit Kevin Frayer");
            // a menu's "Photos" or "फोटो" is an item.
            && (!pictured(i) || (b.words == 1 && !pictured(i + 1)))
            // A byline under a short headline ("Wildfire Reaches Suburbs" / "By Maria
            // Gonzalez").
            && !credits::opens_with_by(t)
    };
    let menu_from = |start: usize| {
        // (What the runs cut among the items is read through, as a second pass over the
        // cleaned text would: "Weather" / "Since you're here..." / "A" / "Weather".)
        let end = start
            + (start..blocks.len())
                .take_while(|&i| in_runs(runs, i) || item(i))
                .count();
        let n = (start..end).filter(|&i| item(i)).count();
        // A menu has an item of one word ("News", "Lokales", "EN"); three names heading a
        // profile ("Anna Berg" / "Bert Olsen" / "Carla Nunes") have none. In a script
        // without spaces a word is counted by its characters: there an item with no space
        // is one ("政治", "การเมือง"), where the menu has a few more items than a list of
        // names would.
        let one_word = |i: usize| {
            let t = unbulleted(&text[blocks[i].range.clone()]);
            count_words(t) == 1
                || (n >= UNSPACED_MENU_LINES && t.chars().all(crate::rules::phrases::is_unspaced))
        };
        if !(start..end).any(|i| item(i) && one_word(i)) {
            return None;
        }
        // Where no item is written with a capital (Georgian, a script without spaces), a
        // list under a line of a headline's shape is the story's, its teams, ingredients or
        // stations ("ესპანეთი" / "თურქეთი" / ..., "食材" / "五花肉" / ...); a menu stands at
        // the top.
        let caseless = |i: usize| {
            unbulleted(&text[blocks[i].range.clone()])
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| crate::rules::phrases::is_unspaced(c) || is_mkhedruli(c))
        };
        let headline_above = (0..start).any(|j| {
            !in_runs(runs, j) && blocks[j].words >= HEADLINE_MIN_WORDS && !blocks[j].sentence
        });
        if headline_above && (start..end).filter(|&i| item(i)).all(caseless) {
            return None;
        }
        // A headline of a few words reads as an item ("Storm stenger fjelloverganger",
        // "大雪警報"; not one word, "Agrandir"): where the line under the items is the
        // story's first paragraph, ending with a full stop as a headline seldom does (it may
        // end with a question or a quotation), the last item is the headline, and the menu
        // ends above it.
        let short_headline = end < blocks.len()
            && end > start + 1
            && item(end - 1)
            && blocks[end - 1].words >= 2
            && text[blocks[end].range.clone()].ends_with(['.', '。'])
            && story_text(blocks, evidence, scored, end);
        // The section's kicker over the headline repeats the menu's item for the section
        // ("Ravenna" / "Cesena" / "Forlì" / ... / "Cesena" / the headline): a menu lists an
        // item once. (Only the last item: a menu printed twice repeats them all.)
        let same = |a: usize, b: usize| {
            text[blocks[a].range.clone()]
                .trim()
                .eq_ignore_ascii_case(text[blocks[b].range.clone()].trim())
        };
        let kicker = !short_headline
            && end > start + 2
            && item(end - 1)
            && (start..end - 1).any(|j| same(j, end - 1))
            && !(start..end - 2).any(|j| same(j, end - 2));
        let (end, n) = if short_headline || kicker {
            (end - 1, n - 1)
        } else {
            (end, n)
        };
        let headline_at = end + usize::from(kicker);
        let headline = blocks.get(headline_at)?;
        // The story follows the headline closely: a box of facts (an encyclopedia's
        // "Industry" / "Founded" / "February 28, 1998") goes on in short lines. (Not counting
        // what the runs cut between them: a share row.)
        let story = (headline_at + 1..blocks.len())
            .filter(|&i| !in_runs(runs, i))
            .take(MENU_STORY_REACH)
            .any(|i| story_text(blocks, evidence, scored, i));
        // (What the runs cut between or under the two is read through: a paywall's label
        // over the headline, as a second pass over the cleaned text reads it.)
        let enough = n >= MENU_LINES
            || (n == 2 && two_line_menu(blocks, text, start..end, |i| in_runs(runs, i)));
        (enough
            && (short_headline || headline.words >= HEADLINE_MIN_WORDS)
            && !scored[headline_at].wall
            && story)
            .then_some(start..end)
    };
    // From the text's top, or where the runs at its top end ("Skip to main content", a
    // cookie banner): a second pass over the cleaned text reads the menu at its top.
    let mut after_runs = 0;
    for (r, _) in runs {
        if r.start > after_runs {
            break;
        }
        after_runs = after_runs.max(r.end);
    }
    // (Or under a line or two that no run cuts and that are none of the story's: a meter's
    // line, the site's name. Counted without what the runs cut, as a second pass would.)
    let last_start = story_start.unwrap_or(blocks.len());
    (0..=MENU_BELOW.min(last_start))
        .chain(
            (0..blocks.len())
                .filter(|&i| !in_runs(runs, i))
                .take(MENU_BELOW + 1)
                .take_while(|&i| i <= last_start),
        )
        .chain([after_runs])
        .filter(|&start| start >= from)
        .find_map(menu_from)
}

/// A menu's item in a script without spaces, one name of a few characters ("県内ニュース",
/// "国際ニュース"), which counted by its characters runs to more words than an item may.
fn unspaced_item(t: &str) -> bool {
    !t.contains(' ')
        && t.chars().count() <= UNSPACED_ITEM_CHARS
        && t.chars()
            .all(|c| crate::rules::phrases::is_unspaced(c) || !c.is_alphanumeric())
}
/// The most characters of a menu's item written without spaces.
const UNSPACED_ITEM_CHARS: usize = 8;

/// A word with a figure that is no name's: a date's, a time's, a count's or an amount's
/// ("12.", "2024", "500g", "中国40金"), which no menu holds. A name with figures that opens
/// with a capital is an item ("E15 Premium", "TV2 Play", "N1").
fn bare_figure(word: &str) -> bool {
    word.bytes().any(|c| c.is_ascii_digit()) && !word.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether the two lines of `r` are a section and a step under it ("Nieuws" / "Walcheren",
/// "Home" / "National", "Région" / "Charleroi") rather than a kicker over a short headline
/// ("Abo" / "Umnutzung in Steffisburg"): one is the name of a section in one word that
/// headlines seldom use ("World" / "Local News" may be a kicker and its headline), and no
/// word of either is in lower case unless it names a section too ("Lokala nyheter"). The
/// line under them is a headline, not a dek's sentence or a date.
fn two_line_menu(
    blocks: &[Block],
    text: &str,
    r: Range<usize>,
    cut: impl Fn(usize) -> bool,
) -> bool {
    // The two that stay, or the two lines whatever the runs cut (a paywall's button over a
    // section's name: "Abbonati" / "Fatti").
    let kept: Vec<usize> = r.clone().filter(|&i| !cut(i)).collect();
    let r: Vec<usize> = if kept.len() == 2 { kept } else { r.collect() };
    let Some(&last) = r.last() else {
        return false;
    };
    let words = |i: usize| {
        text[blocks[i].range.clone()]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
    };
    // The line under the two that no run cuts is the headline: no date, no dek's sentence.
    let headline = (last + 1..blocks.len())
        .find(|&i| !cut(i))
        .is_some_and(|h| {
            !blocks[h].timestamp && !text[blocks[h].range.clone()].trim_end().ends_with('.')
        });
    r.len() == 2
        && headline
        && r.iter().all(|&i| words(i).next().is_some())
        && r.iter()
            .any(|&i| blocks[i].words == 1 && words(i).all(|w| section_word(w) == Some(true)))
        && r.iter().all(|&i| {
            words(i).all(|w| !w.chars().next().is_some_and(is_lower) || section_word(w).is_some())
        })
}

/// Whether `w` names a site's section, as written (see
/// [`sections::section`](crate::rules::lang::sections::section)): `Some(true)` for a name
/// headlines seldom use, `Some(false)` for an everyday one.
fn section_word(w: &str) -> Option<bool> {
    crate::rules::lang::sections::section(&w.to_lowercase())
}

/// A menu's item without the bullet a scraper kept from its list ("- తెలంగాణ", "• News").
fn unbulleted(t: &str) -> &str {
    ["- ", "– ", "• ", "· ", "* "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .unwrap_or(t)
}

/// Whether a menu's item is written as a name: with a capital, or in a script without case,
/// or with a capital after a lower-case prefix, as the e-paper's items are ("e-Edition",
/// "eAvis", "ePaper").
fn capital_item(t: &str) -> bool {
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if is_lower(c) => {
            let mut next = chars.next();
            if next == Some('-') {
                next = chars.next();
            }
            next.is_some_and(is_upper)
        }
        Some(_) => true,
        None => false,
    }
}

/// The most menus looked for at the page's top, one under another.
pub(super) const HEAD_MENUS: usize = 3;

/// Whether block `i` is the story's, for the readings of the page's top: a paragraph of it,
/// or a sentence of some length with no evidence, where its first paragraphs are shorter
/// than a wall ("Bayraklı'daki Salhane mevkiinde ...", "Det skulle have været sommerens nye
/// samlingspunkt ...").
pub(super) fn story_text(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    i: usize,
) -> bool {
    scored[i].story || story_sentence(&blocks[i], &evidence[i], &scored[i])
}

/// The most lines above a menu one item a line that no run cuts.
const MENU_BELOW: usize = 2;

/// The most blocks above a menu line at the top of the text (a skip link, the site's name).
const MENU_LINE_AT: usize = 2;
/// The fewest words of a menu line.
const MENU_LINE_WORDS: usize = 3;
/// The most (a headline's subtitle or a paragraph is not looked at).
const MENU_LINE_MAX_WORDS: u32 = 20;
/// The fewest section names in it that headlines seldom use as words ("Sport", "Kultur").
const MENU_LINE_SECTIONS: usize = 2;
/// The least share of its words that are section names, everyday ones ("Home", "World")
/// included.
const MENU_LINE_SHARE: f32 = 0.5;
/// The fewest words of a menu line that [`MENU_LINE_SHARE`] is asked of; a shorter one needs
/// [`MENU_SHORT_SHARE`].
const MENU_LONG_WORDS: usize = 6;
const MENU_SHORT_SHARE: f32 = 0.7;

/// The site's menu glued into one line at the top of the text, in any language ("News Sport
/// Features Letters Obituaries Business Events Jobs", "Gündem Ekonomi Dünya Spor Magazin",
/// "전체기사 정치 경제 사회 노동 국제"): among the first three blocks, above the story's first
/// paragraph, which follows soon; not a sentence, no figures, and mostly the names that news
/// sites give their sections ([`sections`](crate::rules::lang::sections)), two at least of
/// those a headline seldom uses; or a kicker or short trail of one or two words that are all
/// such names ("Nyheter", "Nyheder / Krimi"), which a headline of its own words is not.
/// `story_start` is the story's first block ([`story_text`]). Text input only, as
/// [`head_menu`].
pub(super) fn menu_lines(
    blocks: &[Block],
    text: &str,
    runs: &[(Range<usize>, f32)],
    story_start: Option<usize>,
    bare_text: bool,
) -> Vec<(usize, &'static str)> {
    let Some(first) = story_start else {
        return Vec::new();
    };
    let taken = |i: usize| in_runs(runs, i);
    // A line of a label, its colon and a figure: a recipe's or a fact box's, beside another
    // ("Prep: 10 minutes" over "Cook: 35 minutes"; not a clock's "5:48").
    let timed = |i: usize| {
        blocks.get(i).is_some_and(|b| {
            let t = &text[b.range.clone()];
            b.words <= READING_TIME_WORDS as u32
                && t.match_indices([':', '：']).any(|(at, colon)| {
                    t[..at].ends_with(char::is_alphabetic)
                        && t[at + colon.len()..]
                            .trim_start()
                            .starts_with(char::is_numeric)
                })
        })
    };
    // A weather strip or a reading time anywhere above the story: each is told by its own
    // shape.
    let mut out: Vec<(usize, &'static str)> = (0..first)
        .filter_map(|i| {
            let t = &text[blocks[i].range.clone()];
            if weather_line(t) {
                Some((i, "heuristic:weather-line"))
            } else if station_line(&blocks[i], t)
                && (i + 1..first)
                    .any(|j| !blocks[j].sentence && blocks[j].words >= HEADLINE_MIN_WORDS)
            {
                // (Over a headline: one that names the station is the story's.)
                Some((i, "heuristic:station-line"))
            } else if reading_time(t) && !i.checked_sub(1).is_some_and(timed) && !timed(i + 1) {
                Some((i, "heuristic:reading-time"))
            } else {
                None
            }
        })
        .collect();
    // The first three blocks of what stays: a menu line, or a block another cut takes, moves
    // the next up (a second pass over the cleaned text reads it there).
    let mut above = 0;
    for (i, b) in blocks.iter().enumerate().take(first) {
        if above > MENU_LINE_AT || first > i + MENU_STORY_REACH {
            break;
        }
        // A kicker stands over its headline: over a byline ("Politics" / "By Jane Roe") or
        // over a dek's sentence ("Music" / "Madonna's new album ... ."), a word that names a
        // section may be the headline (a work's title, a column's).
        let over_headline = || {
            (i + 1..first + 1).find(|&j| !taken(j)).is_some_and(|j| {
                let t = text[blocks[j].range.clone()].trim_end();
                blocks[j].words >= HEADLINE_MIN_WORDS
                    && t.len() <= HEADLINE_MAX_CHARS
                    && !t.ends_with('.')
            })
        };
        // A menu told by its shape stands over a headline, or over a kicker or the
        // site's player over it: over no byline, date or dek (a headline in title case
        // stands over those), nor a paragraph.
        let over_title = |i: usize| {
            (i + 1..first + 1).find(|&j| !taken(j)).is_some_and(|j| {
                let b = &blocks[j];
                let t = text[b.range.clone()].trim_end();
                !t.ends_with('.')
                    && !b.sentence
                    && b.words <= HEADLINE_WORDS
                    && !credits::opens_with_by(t)
                    && !dateline(b, text)
            })
        };
        // (Counted at spaces: a script without them counts its characters as words, and
        // its menus space their items: "ニュース 県内 社会 政治 経済".)
        let t = &text[b.range.clone()];
        // (A question may be a long menu's last item: `menu_line` asks.)
        let line = ((!b.sentence || t.trim_end().ends_with('?'))
            && t.split_whitespace().count() <= MENU_LINE_MAX_WORDS as usize)
            .then(|| menu_line(t))
            .flatten();
        if line.is_some_and(|kicker| !kicker || over_headline())
            || crumb_line(t)
            || (above == 0
                && top_path(t).is_some_and(|separator| {
                    over_title(i) && over_headline() && (bare_text || named_path(t, separator))
                }))
            || (line.is_none()
                && !b.sentence
                && menu_row(t, bare_text)
                && over_title(i)
                && !title_case_story(&text[blocks[first].range.clone()])
                && !tells_of_story(t, blocks, text, first))
        {
            out.push((i, "heuristic:menu-line"));
        } else if !taken(i) {
            above += 1;
        }
    }
    out
}

/// The fewest names of a menu told by its shape alone ([`menu_row`]).
const MENU_ROW_WORDS: usize = 6;
/// The fewest section names among them: a headline in title case may hold one ("Local
/// Business Leaders Slam City Budget Plans").
const MENU_ROW_SECTIONS: usize = 2;

/// English words that a headline written in title case holds and a menu does not ("Traders
/// Count Losses As Fire Guts Section Of Ogbomoso Market").
const TITLE_CASE_FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "amid", "an", "and", "are", "as", "at", "be", "before",
    "but", "by", "can", "could", "for", "from", "he", "her", "his", "how", "in", "into", "is",
    "it", "its", "new", "no", "not", "of", "on", "or", "our", "out", "over", "says", "she", "than",
    "that", "the", "their", "they", "this", "to", "up", "was", "we", "were", "what", "when", "who",
    "why", "will", "with", "would", "you", "your",
];

/// The most words of a weather strip ([`weather_line`]).
const WEATHER_WORDS: usize = 14;
/// The most words of its item that gives the temperature ("Thurles 7°C, light rain").
const WEATHER_ITEM_WORDS: usize = 5;

/// The most words of a radio station's strip above the story.
const STATION_LINE_WORDS: u32 = 14;

/// A radio station's strip above the story, in any language ("LISTEN LIVE: 99.3 Lagos |
/// 95.1 Abuja", "ON AIR NOW | WINN FM 98.9", "Shannonside 104FM", "Escoita en directo · 103.4
/// FM"): a line of a few words, no sentence, that gives a frequency of the FM band (87.5 to
/// 108.0, one decimal, or a whole number glued to "FM") or the letters "FM" alone. Over the
/// labelled texts such lines above the story were the page's ten times of ten; below it
/// they name the station the story is about.
fn station_line(b: &Block, t: &str) -> bool {
    let frequency = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let (number, glued) = match w.strip_suffix("FM").or_else(|| w.strip_suffix("fm")) {
            Some(n) => (n, true),
            None => (w, false),
        };
        let decimals = number.split_once(['.', ',']).map(|(_, d)| d.len());
        (glued || decimals == Some(1))
            && number
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
            && number
                .replace(',', ".")
                .parse::<f32>()
                .is_ok_and(|f| (87.5..=108.0).contains(&f))
    };
    b.words <= STATION_LINE_WORDS
        && !b.sentence
        && t.split_whitespace().any(|w| w == "FM" || frequency(w))
}

/// The site's date and weather strip at the page's top, in any language ("Tuesday 3 December
/// 2024 | Thurles 7°C, light rain", "Калининград +5 °C | USD 88,43 | EUR 95,12"): a short
/// line of items parted by bars or middle dots, one a temperature (a figure, then the sign)
/// in a few words, another a year or a currency's rate. A headline that gives a temperature
/// is a sentence with a label before its bar at most ("Heatwave | London hits 34°C as ...",
/// "Rekordvarme i Nord-Norge | 34,1 °C på Banak"), a recipe's line has no year ("Serves 12 |
/// Oven 180°C"), and "il 50° Cersaie" is an ordinal. Read only above the story, as
/// [`menu_lines`] reads the menus.
fn weather_line(t: &str) -> bool {
    if !t.contains('°') || !t.contains(['|', '·']) {
        return false;
    }
    let t = t.trim_end();
    if t.split_whitespace().count() > WEATHER_WORDS || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let items: Vec<&str> = t.split(['|', '·']).map(str::trim).collect();
    let temperature = |item: &str| {
        item.split_whitespace().count() <= WEATHER_ITEM_WORDS
            && item.match_indices('°').any(|(at, _)| {
                let figure = item[..at]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_digit());
                // A scale's letter, a comma, a space before a word in lower case, or the
                // end; not a word with a capital ("14° Festival").
                let rest = item[at + '°'.len_utf8()..].trim_start();
                let mut chars = rest.chars();
                let scale = match chars.next() {
                    None | Some(',') => true,
                    Some('C' | 'F') => !chars.next().is_some_and(char::is_alphabetic),
                    Some(c) => !is_upper(c),
                };
                figure && scale
            })
    };
    let dated = |item: &str| {
        item.split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
            || item.contains(['$', '€', '£', '₽', '₴', '₺'])
            || [
                "USD", "EUR", "GBP", "CHF", "RUB", "UAH", "PLN", "TRY", "CZK", "HUF",
            ]
            .iter()
            .any(|c| item.contains(c))
    };
    items.iter().any(|i| temperature(i)) && items.iter().any(|i| dated(i))
}

/// The most words of a reading time's line.
const READING_TIME_WORDS: usize = 6;
/// The longest reading time: a film's length ("Laufzeit: 98 Minuten"), a match's ("90
/// minutes") and a television programme's name ("60 Minutes") are longer.
const READING_TIME_MAX: u32 = 30;

/// The word for minutes as reading times write it, in the languages news is written in,
/// lower case and whole: a word that only starts so is another ("miners", "ministri").
#[rustfmt::skip]
const MINUTE_WORDS: &[&str] = &[
    "min", "min.", "mins", "minute", "minutes", "minuten", "minuut", "minuter", "minutter",
    "minutt", "minut", "minuta", "minuty", "minút", "minúty", "minutos", "minuti", "minuto",
    "minutu", "minuts", "minuuttia", "minutit", "minutid", "mínútur", "mínútna", "perc",
    "percet", "dakika", "dk", "minit", "menit", "phút", "daqiqa", "munud", "nóiméad", "mionaid",
    "мин", "мин.", "минут", "минуты", "минута", "минути", "хвилин", "хвилини", "хвилина", "хв",
    "хв.", "хвіліны", "хвілін", "дақиқа", "мүнөт", "λεπτά", "मिनट", "मिनिटे", "मिनेट", "মিনিট",
    "நிமிடம்", "நிமிடங்கள்", "నిమిషాలు", "నిమిషం", "ನಿಮಿಷ", "ನಿಮಿಷಗಳು", "മിനിറ്റ്", "ደቂቃ",
    "ደቂቃዎች", "دقائق", "دقيقة", "دقیقه", "منٹ", "דקות", "דקה", "წუთი", "წთ", "րոպե", "นาที",
    "នាទី", "මිනිත්තු", "မိနစ်", "ນາທີ", "분", "分", "分钟", "分鐘",
];

/// Whether `t` gives the story's reading time, in any language: a label and its colon over
/// nothing else than the minutes ("Timp de citire: 9 minute", "ಓದುವ ಸಮಯ: 4 ನಿಮಿಷ"), or the
/// minutes first, with one word after them in lower case at most ("5 min read", "२ मिनेट
/// पढ्नुहोस्"); at most [`READING_TIME_MAX`] of them, and no other such line beside it (a
/// recipe's "Prep: 10 minutes" over "Cook: 35 minutes"). A headline goes on after the
/// minutes ("Analyse: 90 Minuten Frust", "Crónica: 90 minutos infernales"), a byline stands
/// before them ("Anna Berg · 5 min read"). Read only above the story, as the menus are.
fn reading_time(t: &str) -> bool {
    let t = t.trim();
    if !t.chars().any(char::is_numeric) || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let tokens: Vec<&str> = t.split_whitespace().filter(|w| *w != ":").collect();
    if tokens.len() > READING_TIME_WORDS {
        return false;
    }
    let Some(n) = tokens.iter().position(|w| w.chars().all(char::is_numeric)) else {
        return false;
    };
    // (Figures of other scripts, "२", "৫", are read by their count alone.)
    let figure = tokens[n];
    let short = if figure.chars().all(|c| c.is_ascii_digit()) {
        figure
            .parse::<u32>()
            .is_ok_and(|v| (1..=READING_TIME_MAX).contains(&v))
    } else {
        figure.chars().count() <= 2
    };
    let minutes = short
        && tokens
            .get(n + 1)
            .is_some_and(|u| MINUTE_WORDS.contains(&u.to_lowercase().trim_end_matches(',')));
    let after = &tokens[(n + 2).min(tokens.len())..];
    let labelled = n > 0
        && t[..t.find(tokens[n]).unwrap_or(0)]
            .trim_end()
            .ends_with([':', '：'])
        && after.is_empty();
    let leading = n == 0
        && after.len() <= 1
        && after
            .iter()
            .all(|w| !w.chars().next().is_some_and(is_upper));
    minutes && (labelled || leading)
}

/// The most words of four letters or more that a menu shares with the story's first
/// paragraphs: its town, not the story's subject.
const MENU_ROW_SHARED: usize = 1;

/// Whether `line` shares more than [`MENU_ROW_SHARED`] words of four letters or more with the
/// story's first two paragraphs from block `first`: a headline in title case tells of the
/// story ("Türkiye Dünya Kupası Elemelerinde Bulgaristan'ı Yendi"), a menu of the site.
fn tells_of_story(line: &str, blocks: &[Block], text: &str, first: usize) -> bool {
    let lede: String = blocks[first..]
        .iter()
        .take(2)
        .map(|b| text[b.range.clone()].to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    words_shared(line, &lede, |_| true) > MENU_ROW_SHARED
}

/// How many distinct words of four letters or more of `line`, lower-cased and passing
/// `counts`, the lower-cased `lede` holds (a word inside a longer one counts: the error is on
/// the side of keeping): a headline's words are its story's.
fn words_shared(line: &str, lede: &str, counts: impl Fn(&str) -> bool) -> usize {
    let mut shared: Vec<String> = Vec::new();
    for w in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
    {
        let w = w.to_lowercase();
        if !shared.contains(&w) && lede.contains(w.as_str()) && counts(&w) {
            shared.push(w);
        }
    }
    shared.len()
}

/// Words of English prose that the languages whose menus [`menu_row`] reads seldom use.
const ENGLISH_MARKERS: &[&str] = &[
    "the", "and", "that", "with", "which", "from", "would", "were",
];

/// Whether the story under a line is in English, where headlines are written in title case
/// ("Local Business Leaders Slam City Budget Plans"): two of [`ENGLISH_MARKERS`] in its first
/// block. An English site's menu is the sections' vocabulary's ([`menu_line`]).
fn title_case_story(first: &str) -> bool {
    let mut seen = [false; ENGLISH_MARKERS.len()];
    for w in first.split(|c: char| !c.is_alphabetic()) {
        if let Some(k) = ENGLISH_MARKERS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(w))
        {
            seen[k] = true;
        }
    }
    seen.iter().filter(|&&s| s).count() >= 2
}

/// The site's menu glued into one line, told by its shape where its names are not the
/// sections' vocabulary ("Inland Ausland Thema Dschungel Disko Reportage Interview Abo Shop",
/// "Tuis Nuus Programme Aanbieders Potgooie Kontak"): six names or more, each written with a
/// capital, nothing else (no punctuation, figure, lower-case word or line in capitals), two
/// of them sections' names at least ("Sport", "Kultur"), and none of the words that a
/// headline in title case is made with. In a text no pack reads the sections' names are not
/// asked for ("Hafan Amdanom Ni Ymgyrchoedd Newyddion Adnoddau Siop Ymaelodi"): no list holds
/// that language's. [`menu_lines`] asks, too, what stands under it and whether it tells of
/// the story ([`tells_of_story`]), which keeps a headline in title case ("Gidauniya Ta
/// Kaddamar Da Gangamin Tara Kudi ...").
fn menu_row(t: &str, bare_text: bool) -> bool {
    let t = t.trim_end();
    if t.contains(|c: char| c.is_ascii_digit() || ".,:;!?\"“”„«»()[]…".contains(c)) {
        return false;
    }
    let separator = |w: &str| w.chars().all(|c| "|/•·&–—-+›»".contains(c));
    let (mut names, mut capitals, mut sections) = (0, 0, 0);
    // One word in lower case may end an item of two, the "us" of the site's page about
    // itself ("Über uns", "Pri ni", "Sobre nós").
    let mut lower = 0;
    let mut after_name = false;
    for w in t.split_whitespace().filter(|w| !separator(w)) {
        let mut chars = w.chars();
        if !chars.next().is_some_and(is_upper) {
            lower += 1;
            if !after_name || lower > ABOUT_ITEM_LOWER || !ABOUT_US.contains(&w) {
                return false;
            }
            after_name = false;
            continue;
        }
        after_name = true;
        if TITLE_CASE_FUNCTION_WORDS.contains(&w.to_lowercase().as_str()) {
            return false;
        }
        names += 1;
        sections += usize::from(section_word(w).is_some());
        if chars.clone().count() > 0 && chars.all(|c| !is_lower(c)) {
            capitals += 1;
        }
    }
    names >= MENU_ROW_WORDS && capitals * 2 < names && (sections >= MENU_ROW_SECTIONS || bare_text)
}

/// The most words in lower case of a menu told by its shape ([`menu_row`]).
const ABOUT_ITEM_LOWER: usize = 1;
/// The "us" of a site's page about itself, the one word in lower case a menu's items hold
/// ("Über uns", "Quem somos", "O nás", "Pri ni", "Про нас"); a headline in title case
/// joins its words with another ("di", "ve", "vs", "eta").
#[rustfmt::skip]
const ABOUT_US: &[&str] = &[
    "uns", "nós", "nos", "somos", "som", "nous", "noi", "siamo", "oss", "os", "ons", "nas",
    "nás", "nama", "nami", "nesh", "mus", "mums", "meist", "kami", "us", "ni", "mu", "нас",
    "нама", "nosotros", "nosaltres", "tokkur", "okkur", "ainne",
];

/// Whether `line` is made of section names (see [`menu_lines`]): `Some(true)` for a kicker
/// of one or two, `Some(false)` for a menu.
pub(super) fn menu_line(line: &str) -> Option<bool> {
    let t = line.trim_end();
    // A menu's last item may be a question ("Qui sommes-nous ?"), where the menu is long; a
    // short line that asks is a headline.
    let t = match t.strip_suffix('?') {
        Some(rest) if t.split_whitespace().count() >= MENU_LONG_WORDS => rest.trim_end(),
        _ => t,
    };
    // A list in a sentence's punctuation is a story's kicker or its topics ("Music, film,
    // books and arts", "교육·환경·건강"); a menu's items stand side by side.
    if t.ends_with(['.', '?', '!', ':'])
        || t.bytes().any(|c| c.is_ascii_digit())
        || t.contains([',', '،', '、', '，', '·', ';'])
    {
        return None;
    }
    let (mut words, mut seldom, mut any) = (0, 0, 0);
    // Words at spaces and a menu's separators, not at every character that is no letter:
    // the vowel signs of Indic scripts are none ("राजनीति", "அரசியல்").
    for w in t
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | '•' | '・' | '&'))
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation() || "«»“”„…–—".contains(c)))
        .filter(|w| w.chars().any(char::is_alphanumeric))
    {
        words += 1;
        match section_word(w) {
            Some(true) => {
                seldom += 1;
                any += 1;
            }
            Some(false) => any += 1,
            None => {}
        }
    }
    if words >= MENU_LINE_WORDS {
        // A short line needs more of them: a headline joins two ("Business Travel Slump
        // Deepens", "Ekonomi ve Spor").
        let share = if words >= MENU_LONG_WORDS {
            MENU_LINE_SHARE
        } else {
            MENU_SHORT_SHARE
        };
        (seldom >= MENU_LINE_SECTIONS && any as f32 >= share * words as f32).then_some(false)
    } else {
        // A kicker's words must all be names that headlines seldom use.
        (words > 0 && seldom == words).then_some(true)
    }
}

/// The most words of a headline or a dek that [`keep_headlines`] keeps.
const HEADLINE_WORDS: u32 = 30;
/// The most paragraphs below a headline that [`keep_headlines`] reads as its lede.
const LEDE_PARAGRAPHS: usize = 4;
/// The fewest words of four letters or more that a headline shares with the story's first
/// paragraph.
const HEADLINE_SHARED: usize = 3;

/// A block above the story's first paragraph that shares three words or more of four
/// letters with it is the story's headline or dek ("Telethon raises N85m for Lagos
/// children's cancer ward, organisers urge Nigerians to chip in monthly" over "A telethon
/// organised by a Lagos hospital foundation has raised N85 million ..."), whatever
/// formulas of a box it holds: a run does not start with it. A banner above the story
/// shares no words with it but the outlet's name (a dateline names it: "Jayapura, Jubi –")
/// and the commonest words of its language ("dari", "untuk"), which do not count.
pub(super) fn keep_headlines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlet_names: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return;
    };
    if !runs.iter().any(|(r, _)| r.start < first) {
        return;
    }
    // The story's first paragraph, in lower case: the first wall, and a paragraph above it
    // that some evidence kept from being one (a story on a paper's prices names them in its
    // lede: "... has raised its cover price from GH¢5 to GH¢10"), below the candidate. A
    // candidate's words are looked for in it (a word inside a longer one counts: the error
    // is on the side of keeping).
    // The paragraphs down to the first wall are found and lower-cased once, when the first
    // candidate needs them; each candidate reads the nearest few below it (reading the
    // whole stretch for each was quadratic in a text of thousands of short runs above its
    // only wall).
    let paragraphs = std::cell::OnceCell::new();
    let ledes: std::cell::RefCell<Vec<(usize, std::rc::Rc<str>)>> = Default::default();
    let lead = |i: usize| {
        let paragraphs: &Vec<(usize, String)> = paragraphs.get_or_init(|| {
            // A story told in lines of one short sentence has its lede in the first few of
            // them.
            let below = (first + 1..blocks.len()).filter(|&j| scored[j].story).take(
                if blocks[first].words < PROSE_WORDS {
                    LEDE_PARAGRAPHS - 1
                } else {
                    0
                },
            );
            (0..=first)
                .filter(|&j| {
                    j == first
                        || (blocks[j].sentence
                            && blocks[j].words >= PROSE_WORDS
                            && !scored[j].hand_anchor)
                })
                .chain(below)
                .map(|j| (j, text[blocks[j].range.clone()].to_lowercase()))
                .collect()
        });
        let below = paragraphs.partition_point(|&(j, _)| j <= i);
        // (Joined once for each first paragraph below a candidate: the head's many short
        // blocks share one.)
        let mut joined = ledes.borrow_mut();
        if let Some((_, l)) = joined.iter().find(|(b, _)| *b == below) {
            return l.clone();
        }
        let l: std::rc::Rc<str> = paragraphs[below..]
            .iter()
            .take(LEDE_PARAGRAPHS)
            .map(|(_, p)| p.as_str())
            .collect::<Vec<_>>()
            .join(" ")
            .into();
        joined.push((below, l.clone()));
        l
    };
    // (A breadcrumb that ends in the story's title is chrome: only a box's formulas are
    // overruled.)
    let shares_lede = |i: usize| {
        words_shared(&text[blocks[i].range.clone()], &lead(i), |w| {
            !is_common_word(w) && !outlet_names.contains(&squeeze(w))
        }) >= HEADLINE_SHARED
    };
    let headline = |i: usize| {
        blocks[i].words <= HEADLINE_WORDS
            && evidence[i].kind().is_some_and(boxed_kind)
            && shares_lede(i)
    };
    for (r, sum) in runs.iter_mut() {
        while r.start < first.min(r.end) && headline(r.start) {
            *sum -= scored[r.start].score;
            r.start += 1;
        }
    }
    runs.retain(|(r, _)| !r.is_empty());
    // Inside a run, a headline with no evidence of its own splits it: the model reads the
    // lines around a headline as chrome (a paywall's labels, a menu, a share row under the
    // byline) and the segment took it along ("Subscribe" / "Log in" / "News" / "Cropping" /
    // "Frost bites Central West canola as harvest gets under way" / ... / "Share").
    let plain = |i: usize| {
        blocks[i].words <= HEADLINE_WORDS
            && !blocks[i].sentence
            && evidence[i].signal == 0.0
            && !scored[i].anchor
    };
    if !runs
        .iter()
        .any(|(r, _)| (r.start..r.end.min(first)).any(plain))
    {
        return;
    }
    // (The first block that shares the lede's words is the headline; one under it is a
    // box's heading on the same subject: "Vores medlemmer foretrækker at lytte" under the
    // headline and its picture's credit.)
    let Some(h) = (0..first).find(|&i| blocks[i].words <= HEADLINE_WORDS && shares_lede(i)) else {
        return;
    };
    if !plain(h) {
        return;
    }
    let mut k = 0;
    while k < runs.len() {
        let (r, _) = runs[k].clone();
        if !r.contains(&h) {
            k += 1;
            continue;
        }
        // (Each piece stays cut, as the run was: a player's label and time under the
        // headline are chrome with no anchor of their own.)
        let piece = |p: Range<usize>| {
            let sum: f32 = scored[p.clone()].iter().map(|s| s.score).sum();
            (!p.is_empty()).then_some((p, sum))
        };
        // (Nor does the piece under it start with the dek: a second pass would not start a
        // run with a sentence of prose. A dek of a paragraph's length may go without its
        // stop: "La planta, con una inversión de 38 millones de euros, producirá ...")
        let mut below = h + 1;
        while below < r.end
            && (blocks[below].sentence || blocks[below].words >= PROSE_WORDS)
            && evidence[below].is_silent()
            && !scored[below].anchor
        {
            below += 1;
        }
        let pieces: Vec<_> = [piece(r.start..h), piece(below..r.end)]
            .into_iter()
            .flatten()
            .collect();
        let n = pieces.len();
        runs.splice(k..k + 1, pieces);
        k += n;
    }
}

/// In a text a scraper gives, the story's headline and its byline are the story's, whatever
/// chrome stands around them: they are taken out of the runs.
pub(super) fn keep_byline(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let Some(first) = scored.iter().position(|s| s.wall) else {
        keep_short_story_byline(blocks, evidence, scored, text, runs);
        return;
    };
    // (Not where no pack found anything in the text: there no line has evidence, so "a
    // headline without a box's formula" says nothing, and menus are full of lines of that
    // shape.)
    // (A run under a dek that is a wall may take the byline: see below.)
    if !runs.iter().any(|(r, _)| r.start <= first + DEK_LINES)
        || !packs_found(rules, evidence, false)
    {
        return;
    }
    // The headline: the first block of a few words above the first paragraph and its prose
    // that is not a sentence, a box's formula ("Время чтения: 8 минут"), a label, a breadcrumb ("Industrie > Deutschland >
    // Energie-Krise >"), a teaser under a label ("meist-diskutiert") or a banner of the
    // outlet's ("Kultura Liberalna solidarnie z Ukrainą"). (A teaser between the story's
    // opening sentences is none.)
    let prose = |i: usize| blocks[i].sentence && evidence[i].signal == 0.0;
    // (Up to the first prose block: a headline may read as a sentence itself. From the first
    // run on: a sentence of a box above it that no pack reads, "이번 달 무료로 읽을 수 있는
    // 기사가 2건 남았습니다.", is none of the story's.)
    let from = runs
        .iter()
        .map(|(r, _)| r.start)
        .filter(|&s| s < first)
        .min()
        .unwrap_or(0);
    let to_prose = (from..first)
        .position(prose)
        .map_or(first, |p| from + p + 1);
    let chrome = Group::Chrome.slot().expect("a kept group");
    let headline = |i: usize, closed: bool| {
        let (b, t) = (&blocks[i], text[blocks[i].range.clone()].trim_end());
        // A script without spaces counts its characters ("外送員高溫下跑單每天超過10小時").
        let sized = if t
            .chars()
            .next()
            .is_some_and(crate::rules::phrases::is_unspaced)
        {
            (HEADLINE_MIN_CHARS..=HEADLINE_MAX_CHARS).contains(&t.chars().count())
        } else {
            (HEADLINE_MIN_WORDS..=HEADLINE_WORDS).contains(&b.words)
        };
        sized
            && !scored[i].anchor
            // (Not a line of the page's chrome that the packs read below an anchor's weight:
            // "Lecture : 3 min" over a share row, the headline and a gallery's buttons.)
            && evidence[i].groups[chrome] == 0.0
            && !t.ends_with(':')
            && (closed || !t.ends_with('.'))
            && !t.contains(['>', '›'])
            && (!t.contains('|') || labelled_headline(t))
            // (Guillemets that quote, »Jeg kan ikke ...« or « Nous ... », are no arrows.)
            && (!t.contains('»') || t.contains('«'))
            && !crumb_line(t)
            && (i == 0 || evidence[i - 1].kind() != Some(Kind::Related))
            && !features::names(t, outlets)
    };
    // Under it, the byline: a credit line that names the story's author ("Текст: Анна
    // Орлова", "Written by Meghana Rao", "이승훈 기자"), not its picture's.
    // Or a line of the author's name alone, with no evidence ("Par Nathalie Fournier").
    let byline = |i: usize| {
        let (b, t, ev) = (&blocks[i], &text[blocks[i].range.clone()], &evidence[i]);
        let caseless =
            t.chars().any(char::is_alphabetic) && !t.chars().any(|c| is_lower(c) || is_upper(c));
        b.words <= BYLINE_WORDS
            && (!credits::credits_picture(t) || credits::credits_text(t))
            && if ev.kind() == Some(Kind::Credit) {
                b.words <= BYLINE_SHORT_WORDS || caseless || capitalised_names(t).next().is_some()
            } else {
                ev.signal == 0.0
                    && capitalised_names(t).any(|n| names_author(t, n))
                    // The outlet's name is no author's ("Kultura Liberalna").
                    && !features::names(t, outlets)
            }
    };
    // The first line of a headline's size; and where a byline stands under the line above
    // it, that line too, which may end with a full stop ("This ex-banker quit a S$12K/month
    // job to bake sourdough. 2 years on, she sells 400 loaves a week." over "Written by
    // Clarissa Teo"), or be the dek under the headline: the byline says what it stands under.
    let first_line = (0..to_prose).find(|&i| headline(i, false));
    let over_byline = (from.max(1)..first)
        // (The cheap tests first: most lines above the first paragraph are no byline.)
        .find(|&i| {
            blocks[i].words <= BYLINE_WORDS
                && !scored[i - 1].anchor
                && byline(i)
                && headline(i - 1, true)
        })
        .map(|i| i - 1);
    let Some(h) = first_line.into_iter().chain(over_byline).min() else {
        // No headline to keep (a box's formula opens it: "Watch: Moment a humpback whale
        // breaches ..."), but the byline under it is the story's still.
        let kept: Vec<usize> = (from.max(1)..first).filter(|&i| byline(i)).collect();
        spare(blocks, evidence, scored, runs, &kept);
        return;
    };
    // Without a box's formulas and not in the outlet's voice ("Tu privacidad es importante
    // para nosotros"), it is kept: a chrome line over it ("Время чтения: 8 минут") or a
    // photo credit under it does not take it along. A headline may speak to the reader
    // ("Here's what to know if you're behind on your utility bill"); a caption (below) may
    // not.
    let plain_headline = |i: usize| {
        let ev = &evidence[i];
        ev.signal == 0.0 && ev.we == 0 && ev.kind().is_none()
    };
    let plain = |i: usize| plain_headline(i) && evidence[i].you == 0;
    let mut kept: Vec<usize> = first_line
        .into_iter()
        .chain(over_byline)
        .filter(|&i| plain_headline(i))
        .collect();
    // And a photo's caption over its credit ("Parkovisko na Triede SNP vo večerných
    // hodinách." over "Foto: Košice:dnes/Peter Lukáč"): the credit goes, the caption is the
    // story's.
    // (A credit the packs read as one may name its source in lower case: "Foto: archivio
    // Università di Padova".)
    let caption = |i: usize| {
        let credit = &text[blocks[i + 1].range.clone()];
        blocks[i].words <= CAPTION_WORDS
            && !blocks[i].quoted
            && plain(i)
            && blocks[i + 1].words <= credits::CREDIT_WORDS
            && (credits::picture_credit(credit)
                || (evidence[i + 1].kind() == Some(Kind::Credit)
                    && credits::credits_picture(credit)))
    };
    kept.extend((h + 1..first).filter(|&i| byline(i) || dateline(&blocks[i], text) || caption(i)));
    // A dek long enough to be a wall, right under the headline, has the byline under it
    // ("Tři porodní asistentky otevřely ..." over "Text: Klára Veselá, Foto: Alžběta
    // Horáková" and "23. 4. 2024"): the lines up to the next wall are read as above it.
    // (The headline is the line over the dek, whatever line of a headline's size stands
    // higher: a menu's, "Nauka Kultura Społeczeństwo Ekologia Sztuka Smak Lektury".)
    if first == h + 1 || (first > h + 1 && headline(first - 1, false)) {
        let next = (first + 1..blocks.len())
            .take(DEK_LINES)
            .take_while(|&i| !scored[i].wall);
        // (A credit line the packs read, or one that opens with a byline's "by": a name
        // alone there may be a player's, "Apple Podcasts".)
        kept.extend(next.filter(|&i| {
            (byline(i)
                && (evidence[i].kind() == Some(Kind::Credit)
                    || credits::opens_with_by(&text[blocks[i].range.clone()])))
                || dateline(&blocks[i], text)
        }));
    }
    kept.sort_unstable();
    kept.dedup();
    spare(blocks, evidence, scored, runs, &kept);
}

/// In a story told in short paragraphs, with no wall, a byline right under its first
/// sentence, which is its headline there ("Na haldě ... vyrostla komunitní zahrada. Sousedé
/// na ní pěstují dýně i chmel" over "Text: Lucie Mrázková, foto: Tomáš Vlček" and "9. září
/// 2024"): a credit line that opens with the text's label or a "by", and a dateline under it.
fn keep_short_story_byline(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    runs: &mut Vec<(Range<usize>, f32)>,
) {
    let Some(story) = scored.iter().position(|s| s.story) else {
        return;
    };
    let line = |i: usize| text[blocks[i].range.clone()].trim_end();
    // The headline over it has no evidence (the story's first sentence, or a line above it).
    let headline = |i: usize| {
        evidence[i].signal == 0.0
            && (HEADLINE_MIN_WORDS..=HEADLINE_WORDS).contains(&blocks[i].words)
            && !ends_in_colon(&blocks[i], text)
    };
    // A headline proper, not the story's first sentence (a headline may ask or exclaim).
    // (Not a teaser's headline under a related label: "Pročitajte još" / "Najbolji recepti
    // ..." / "Autor: Ivana Marić | 12.04.2025".)
    let titled = |i: usize| {
        headline(i)
            && (i == 0 || evidence[i - 1].kind() != Some(Kind::Related))
            && !line(i).ends_with(['.', '।', '።'])
    };
    // A short line the packs read as a credit.
    let credit_line =
        |i: usize| blocks[i].words <= BYLINE_WORDS && evidence[i].kind() == Some(Kind::Credit);
    // (Or a short one that credits no picture under a headline proper: "নিজস্ব প্রতিবেদক",
    // staff reporter; a credit under the story's first sentence, "Archivbild", is its
    // picture's.)
    let credit = |i: usize| {
        let t = &text[blocks[i].range.clone()];
        credit_line(i)
            && (credits::credits_text(t)
                || credits::opens_with_by(t)
                || (blocks[i].words <= BYLINE_SHORT_WORDS
                    && !credits::credits_picture(t)
                    && titled(i - 1)))
    };
    // Under a headline proper, a credit line the packs read that credits no picture, gives
    // a date or parts its fields by bars, and ends like no sentence is the byline too, in a
    // language whose label for it the shared lists lack ("ಲೇಖಕರು: ನಂದಿನಿ ಕೆ.ಆರ್. | ಬೆಂಗಳೂರು |
    // ಪ್ರಕಟಿತ: 5 ಏಪ್ರಿಲ್ 2025"), with the story below it; not a picture's credit in the
    // byline's place ("Isithombe: Sanele Ngubane / Isigijimi"), nor "Maria Lopez contributed
    // to this report." under the story.
    let labelled = |i: usize| {
        let t = line(i);
        credit_line(i)
            && !credits::credits_picture(t)
            && t.contains(|c: char| c == '|' || c.is_numeric())
            && !t.ends_with(['.', '!', '?', '।', '።'])
            && i + 1 < blocks.len()
            && titled(i - 1)
    };
    let Some(c) = (1..blocks.len().min(story + 2)).find(|&i| credit(i) || labelled(i)) else {
        return;
    };
    if !headline(c - 1) {
        return;
    }
    let mut kept = vec![c];
    // The headline proper is the story's too, where a box above it reached down to it
    // ("Festival offer: ... Subscribe now" over "Water tariffs rise: who pays how much?").
    if titled(c - 1) {
        kept.insert(0, c - 1);
    }
    if c + 1 < blocks.len() && dateline(&blocks[c + 1], text) {
        kept.push(c + 1);
    }
    spare(blocks, evidence, scored, runs, &kept);
}

/// Whether block `b` ends in a colon (a full-width one too): it introduces the line under
/// it, a list's items, a quoted letter, an address.
pub(super) fn ends_in_colon(b: &Block, text: &str) -> bool {
    text[b.range.clone()].trim_end().ends_with([':', '：'])
}

/// Whether `t` is a section's path parted by a breadcrumb's arrows, or a section's name and
/// a step under it parted by a spaced slash ("Cronaca › Valle Brembana", "หน้าแรก » สังคม",
/// "Bankier.pl » Finanse osobiste » Konta i karty", "Społeczeństwo / Reportaż"): a
/// breadcrumb over the headline, not one.
pub(super) fn crumb_line(t: &str) -> bool {
    // (Most lines hold no separator: they are told apart without splitting them.)
    if !t.contains(" / ") && !t.contains(CRUMB_SEPARATORS) {
        return false;
    }
    let t = t.trim_end();
    let separator = |w: &str| w == "/" || w.chars().all(|c| CRUMB_SEPARATORS.contains(&c));
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.first().is_none_or(|w| separator(w)) || words.last().is_none_or(|w| separator(w)) {
        return false;
    }
    if words.iter().any(|w| *w != "/" && separator(w)) {
        return arrow_path(&words, separator);
    }
    // A slash parts a byline's name from its place or agency too ("Rojda Aydemir / Amed"),
    // and a headline's words ("Work / Life / Balance"): a path with a slash is a section's
    // name and one step under it, written with a capital where the script has one.
    words.len() == 3
        && words[1] == "/"
        && section_word(words[0]).is_some()
        && [words[0], words[2]]
            .iter()
            .all(|w| letters_only(w) && !w.chars().next().is_some_and(is_lower))
}

/// Whether `t` is a path of two to [`CRUMB_STEPS`] steps parted by one separator between
/// spaces, each step a few words with no figure and no sentence's punctuation ("Bosh sahifa
/// / Jamiyat", "الرئيسية | محليات", "Башкы бет » Коом"): as the first line left of the text,
/// over a headline, the site's breadcrumb in any language, whose home page's name no list
/// holds. (Lower, a line of this shape is as often a byline's name and place: "Rojda
/// Aydemir / Amed", "प्रतिनिधी | नाशिक". On every labelled text, 425 such first lines were
/// boxes and none the story's.)
fn top_path(t: &str) -> Option<&'static str> {
    let t = t.trim();
    let separator = PATH_SEPARATORS.into_iter().find(|s| t.contains(s))?;
    let steps = t.split(separator).count();
    ((2..=CRUMB_STEPS).contains(&steps)
        && t.split(separator).all(|step| {
            (1..=TOP_PATH_STEP_WORDS).contains(&step.split_whitespace().count())
                && !step
                    .chars()
                    .any(|c| c.is_numeric() || NOT_IN_PATH_STEP.contains(&c))
        })
        && !credits::opens_with_by(t))
    .then_some(separator)
}

/// The separators of a [`top_path`], spaces included.
const PATH_SEPARATORS: [&str; 5] = [" / ", " | ", " » ", " › ", " > "];
/// The marks that no step of a [`top_path`] holds: a sentence's, another separator, a
/// bracket, a quotation mark, a handle's.
const NOT_IN_PATH_STEP: [char; 17] = [
    '.', '!', '?', ':', ',', ';', '|', '/', '»', '›', '>', '(', ')', '"', '«', '“', '@',
];

/// Whether a path of [`top_path`], parted by `separator`, is told from a headline's words
/// parted by slashes ("Work / Life / Balance"), where a pack reads the text: a step of
/// several words, or in a script without case, or a section's name that headlines seldom
/// use ("Chronik", "Cronaca").
fn named_path(t: &str, separator: &str) -> bool {
    t.split(separator).map(str::trim).any(|step| {
        step.split_whitespace().count() > 1
            || !step.chars().any(|c| is_lower(c) || is_upper(c))
            || section_word(step) == Some(true)
    })
}

/// The most words of a step of [`top_path`].
const TOP_PATH_STEP_WORDS: usize = 3;

/// The most steps of a breadcrumb's path, and the most words of each.
const CRUMB_STEPS: usize = 4;
const CRUMB_STEP_WORDS: usize = 4;

/// Whether `words` (none a separator at either end) are a path parted by arrows: two to
/// [`CRUMB_STEPS`] steps of a few names, each step opening with a capital where the script
/// has one ("what next" in "Brexit → what next" is a headline's), no figure and no
/// sentence's punctuation; its first step may be the site's host ("Alfa.lt › Aktualijos ›
/// Lietuva").
fn arrow_path(words: &[&str], separator: impl Fn(&str) -> bool) -> bool {
    let mut steps = 0;
    let mut step_words = 0;
    // A path of two steps is a headline's as often ("Kyiv → Warsaw Night Train Returns",
    // "Madrid > Barcelona en turismo", a route "თბილისი → ბათუმი" under the headline), but
    // for a few names all written with a capital (or in a script without case, but for
    // Georgian, whose lower case Unicode kept from it): its first step is then the host or a
    // section's name ("Ana səhifə » Cəmiyyət"), under which a few words follow.
    let (mut names, mut lower, mut georgian, mut first_named) = (0, false, false, true);
    for (i, w) in words.iter().enumerate() {
        if separator(w) {
            if i > 0 && separator(words[i - 1]) {
                return false;
            }
            step_words = 0;
            continue;
        }
        // A dash or an ampersand joins a step's names ("Nông nghiệp - Thủy sản").
        if matches!(*w, "-" | "–" | "&") {
            continue;
        }
        if step_words == 0 {
            steps += 1;
            let host = steps == 1 && host_like(w);
            if !host && (w.chars().next().is_some_and(is_lower) || !letters_only(w)) {
                return false;
            }
        } else if !letters_only(w) {
            return false;
        }
        names += 1;
        lower |= w.chars().next().is_some_and(is_lower);
        georgian |= w.chars().any(is_mkhedruli);
        if steps == 1 {
            first_named &= host_like(w) || section_word(w).is_some();
        }
        step_words += 1;
        if step_words > CRUMB_STEP_WORDS {
            return false;
        }
    }
    (2..=CRUMB_STEPS).contains(&steps)
        && (steps > 2
            || (first_named && step_words <= LAST_STEP_WORDS)
            || (names <= TWO_STEP_NAMES && !lower && !georgian))
}

/// The most words of the second step of a path of two under a section's name ("Praha →
/// Vídeň za tři hodiny" is a headline).
const LAST_STEP_WORDS: usize = 3;

/// The most words of a path of two steps whose first is neither the host nor a section's name.
const TWO_STEP_NAMES: usize = 4;

/// Whether `w` is written as a host ("Bankier.pl", "naTemat.pl", "VIENNA.AT").
fn host_like(w: &str) -> bool {
    let Some((name, tld)) = w.rsplit_once('.') else {
        return false;
    };
    (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && !name.is_empty()
        && name
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// A short line under the headline that dates the story ("입력 2025.08.18 05:00", "18.08.2025,
/// 05:00 Uhr", "Updated March 4, 2025", "Cartagena 09·05·24 | 06:00"): a year and another
/// number, or a day, a month and a year of two figures, in a few words.
pub(super) fn dateline(b: &Block, text: &str) -> bool {
    // (Not a time alone: "10:13 PM" over each teaser of a live blog's list.)
    if b.words > DATELINE_WORDS {
        return false;
    }
    let t = &text[b.range.clone()];
    let numbers: Vec<&str> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    numbers.len() >= 2
        && (numbers
            .iter()
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
            || short_date(t))
}

/// Whether `t` holds a date written with a year of two figures: a day, a month and a year
/// parted by one separator ("09·05·24", "4.3.25", "18/08/25").
fn short_date(t: &str) -> bool {
    day_months(t, &["·", ".", "/", "-"]).any(|(day, month, sep, end)| {
        (1..=31).contains(&day)
            && (1..=12).contains(&month)
            && t[end..]
                .strip_prefix(sep)
                .is_some_and(|y| y.bytes().take_while(u8::is_ascii_digit).count() == 2)
    })
}

/// True when `t` is a headline under a place's or a label's name of a few words, parted by a
/// bar ("Constância | Ponte pedonal sobre o Zêzere reabre após oito meses de obras"), not a
/// trail of a site's sections or a row of links.
fn labelled_headline(t: &str) -> bool {
    let Some((label, headline)) = t.split_once(" | ") else {
        return false;
    };
    !headline.contains('|')
        && label.split_whitespace().count() <= LABEL_WORDS
        && headline.split_whitespace().count() >= LABELLED_HEADLINE_WORDS
}
/// The most words of the label before a [`labelled_headline`].
const LABEL_WORDS: usize = 3;
/// The fewest words of the headline after it.
const LABELLED_HEADLINE_WORDS: usize = 5;

/// How many lines under a dek [`keep_byline`] reads for its byline and date.
const DEK_LINES: usize = 4;
/// The most words of a [`dateline`].
const DATELINE_WORDS: u32 = 8;
/// The most words of a photo's caption that [`keep_byline`] keeps under the headline.
pub(super) const CAPTION_WORDS: u32 = 40;

/// The most words of a byline that need not name its author in capitals ("이승훈 기자").
const BYLINE_SHORT_WORDS: u32 = 4;
/// The fewest characters of a headline in a script without spaces.
const HEADLINE_MIN_CHARS: usize = 8;
/// The most.
const HEADLINE_MAX_CHARS: usize = 80;

/// True when the name `n` is what the short line `t` says, but for a word or two ("By",
/// "Text:", a time).
pub(super) fn names_author(t: &str, n: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    };
    let Some(at) = t.find(n) else {
        return words(t) <= BYLINE_OTHER_WORDS;
    };
    // A name that the scraper glued to a role ("Howard BlumeStaff Writer", see
    // [`glued_at`]) is judged with its glued word, as one name.
    let rest = &t[at + n.len()..];
    let glued = if rest.starts_with(is_upper) {
        rest.find(char::is_whitespace).unwrap_or(rest.len())
    } else {
        0
    };
    let end = at + n.len() + glued;
    let name = &t[at..end];
    // A date or a role after a separator is the byline's too ("By: Rachel Vandermeer -
    // March 4, 2025 4:55 AM", "Anna Berg | Staff Writer").
    let t = [" - ", " | ", " – ", " — ", " · "]
        .iter()
        .filter_map(|sep| t[end..].find(sep))
        .min()
        .map_or(t, |e| &t[..end + e]);
    if words(&t.replace(name, " ")) <= BYLINE_OTHER_WORDS {
        return true;
    }
    // Or a date with no separator after a name under a "by" ("Af Mette Hjorth Olsen 12.
    // august 2025 kl. 05.30"): a month's name and a word for the hour, with its numbers
    // (the name's last word may lie past the names read).
    // (Also under a participle and its "by", with a weekday before the date: "Rédigé par
    // Paul Santini le Samedi 6 Avril 2024 à 17:40", "Written by ... on Monday, March 3".)
    let after = &t[end..];
    let written_by = words(&t[..at]) == 2
        && t.split_whitespace()
            .nth(1)
            .is_some_and(|w| credits::is_by_word(w.trim_end_matches(':')));
    if (written_by || (words(&t[..at]) <= 1 && credits::opens_with_by(t)))
        && after.find(|c: char| c.is_ascii_digit()).is_some_and(|d| {
            words(&after[..d]) <= BYLINE_DATE_LEAD_WORDS && words(&after[d..]) <= BYLINE_DATE_WORDS
        })
    {
        return true;
    }
    // Or a role after a comma, in lower case ("Jana Dvořáková, redaktorka domácí rubriky",
    // "Maria Lopez, staff writer"): a dateline's city is capitalised.
    let (before, after) = (&t[..at], &t[end..]);
    after.starts_with(", ")
        && words(before) <= BYLINE_OTHER_WORDS
        && words(after) <= BYLINE_ROLE_WORDS
        && !after.chars().any(is_upper)
}

/// The most words of a date after a byline's name: a month, a word for the hour, a weekday.
const BYLINE_DATE_WORDS: usize = 3;
/// The most words between the name and the date's first figure: "le Samedi", "on Monday,".
const BYLINE_DATE_LEAD_WORDS: usize = 2;
/// The most words of a role after the byline's name and a comma.
const BYLINE_ROLE_WORDS: usize = 5;

/// Takes the blocks `kept` out of the runs: a run is split around them, and a piece without
/// an anchor is left.
fn spare(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    runs: &mut Vec<(Range<usize>, f32)>,
    kept: &[usize],
) {
    if !runs.iter().any(|(r, _)| kept.iter().any(|k| r.contains(k))) {
        return;
    }
    // A sentence of prose with no evidence at a piece's end is the kept line's (the dek
    // under a headline: "Lastwagen sollen künftig nicht mehr durch die Ortsmitte rollen ..."
    // over "Artikel anhören"): a second pass would not start a run with it.
    let prose = |i: usize| {
        let (b, e) = (&blocks[i], &evidence[i]);
        b.sentence && b.words >= PROSE_WORDS && e.is_silent() && scored[i].score < 0.0
    };
    // A piece with an anchor stays cut: the run's decoding judged it in its place (a second
    // pass would find it a run of its own).
    split_runs(
        scored,
        runs,
        |_, i| kept.contains(&i),
        |mut piece, mut sum| {
            trim_ends(scored, &mut piece, &mut sum, prose);
            if scored[piece.clone()].iter().any(|s| s.anchor) {
                vec![(piece, sum)]
            } else {
                Vec::new()
            }
        },
    );
}

/// The fewest words of a teaser's headline in title case ("This Retired HPE Exec Just
/// Resurfaced With a New Gig").
const TITLE_CASE_WORDS: u32 = 7;

/// A headline: some words, opening with a capital, a figure or a quotation mark, without the
/// marks of a listing's entry ("June 9 – Tampa, FL @ MidFlorida Amphitheatre", "England
/// (Group A): 10th appearance"). `labelled`: under a "Read more" or "Related" label, where
/// a headline may also be in title case, or in a script without case (read by its length
/// alone); with no label, a story's closing list of demands or names would pass for one.
pub(super) fn is_headline(b: &Block, text: &str, labelled: bool) -> bool {
    let t = &text[b.range.clone()];
    let caseless = labelled && !t.chars().any(|c| is_upper(c) || is_lower(c));
    b.words > TAG_WORDS
        && b.words <= if labelled { LABELLED_TEASER_WORDS } else { TEASER_WORDS }
        && !t.contains(['@', '(', '|'])
        // Words in lower case, as a headline's sentence has them: a listing's entries are
        // names ("June 17 -- Bridgestone Arena, Nashville, TN").
        && (caseless
            // A headline in title case is long and no list of names and places.
            || (labelled && b.words >= TITLE_CASE_WORDS && t.matches(',').count() <= 1)
            || t.split_whitespace().any(|w| {
                w.chars().count() >= 3 && w.chars().next().is_some_and(is_lower)
            }))
        && t.chars().next().is_some_and(|c| {
            is_upper(c)
                || c.is_ascii_digit()
                || "«„“\"'‘".contains(c)
                || (caseless && c.is_alphabetic())
        })
}
