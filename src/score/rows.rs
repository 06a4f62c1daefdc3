//! Rows of links and labels: follow and share lines, the lines that point the reader to
//! another channel, item rows between separators, and tag rows.

use super::*;

/// The most words of a line that [`follow_lines`] takes.
const FOLLOW_WORDS: u32 = 20;
/// The fewest platform names in it.
const FOLLOW_PLATFORMS: u16 = 2;
/// The most words of a follow line that names neither the outlet nor a verb a pack reads.
const UNSTOPPED_FOLLOW_WORDS: u32 = 12;
/// The most words of a follow line with one platform that ends in an exclamation.
const EXCLAIMED_FOLLOW_WORDS: u32 = 7;
/// The fewest platform names, and bars between them, of a row that names no outlet.
const ROW_PLATFORMS: u16 = 3;
/// The most words of a share row's label, and of the words besides the platforms after it.
const SHARE_LABEL_WORDS: usize = 2;
const SHARE_OTHER_WORDS: usize = 2;
/// The most words of the label before a colon and a row of platforms.
const ROW_LABEL_WORDS: usize = 3;

/// After the story's last paragraph, a line that names the outlet and two platforms or more
/// asks the reader to follow it there, in any language ("Volg NH Nieuws ook op Instagram,
/// TikTok en Facebook."), by its name as a name, not inside words ("tout le monde est sur
/// TikTok" on lemonde.fr), and not in a story about the outlet; one with the outlet's own
/// e-mail address that asks or speaks to the reader asks for tips or letters. One platform
/// is not enough: a poll "of the best food blogger on Instagram by Wday.ru" names the outlet
/// and one. Not a line that reports or quotes.
pub(super) fn follow_lines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    runs: &[(Range<usize>, f32)],
    taken: &[bool],
) -> Vec<usize> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    // A story about the outlet names it in its headline or first paragraph (a blog of its
    // newsroom: "Puedes escribirnos en contacto@eldiario.es").
    let about = std::cell::OnceCell::new();
    let about = || *about.get_or_init(|| head_names_outlet(blocks, text, outlets, first));
    // The name after the line's first word: an ask opens with its verb ("Volg NH Nieuws
    // ..."), where a line of the story may open with the outlet ("Le Monde reste pour
    // l'instant présent sur X, Threads et Bluesky.").
    let follows = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        // (The cheap tests first: most blocks name no platform.)
        if ev.platforms == 0 || b.words > FOLLOW_WORDS {
            return false;
        }
        let t = text[b.range.clone()].trim_start();
        let platforms = with_letter_x(t, ev.platforms);
        // One platform is enough where the outlet's name follows the ask's verb ("Follow
        // Channels Television on WhatsApp for breaking news updates").
        // (Not a sentence of the story that ends with its stop: "Scammers impersonated
        // Ashby Gazette on Facebook last year.")
        // (A short ask may end in an exclamation: "Kövesse a haon.hu-t a Facebookon is!";
        // a longer line that does is the story's: "Lažni uskinfo.ba na Facebooku tražio je
        // novac od čitatelja!")
        if platforms < FOLLOW_PLATFORMS {
            let stops: &[char] = if b.words <= EXCLAIMED_FOLLOW_WORDS {
                &['.', '?', '。']
            } else {
                &['.', '!', '?', '。']
            };
            // (Or the name first, where the verb comes last: "Aniq.uz’ni Telegram’da kuzatib
            // boring". Not a post the story embeds, which opens with its author's name and
            // holds a link or a handle: "The 9to5Mac BundleHunt delivers ... by @trevorjd14
            // pic.twitter.com/...".)
            let stopped = t.trim_end().ends_with(stops)
                || (b.sentence && !t.trim_end().ends_with(['!', '！']));
            return !stopped
                && (names_after_verb(t, outlets)
                    || (features::leads_with_outlet(t, outlets)
                        && !t.contains(['@', '/'])
                        && !offers_channel(&t.to_lowercase())));
        }
        // (The letter X as the second, "Follow Oregon Capital Chronicle on Facebook and X.":
        // a statement that names the outlet after its verb, not a row; the letter counts in
        // a short row only outside the story, `share_rows`.)
        if ev.platforms < FOLLOW_PLATFORMS {
            return b.sentence && !t.contains(['?', '|']) && names_after_verb(t, outlets);
        }
        // A row of platforms parted by bars or dots needs no name: it is the page's, not the
        // story's ("Читайте новини \"МБ\" у Facebook | Telegram | Viber | Instagram"); nor
        // does a share row under its label: platforms after a colon, and a word or two for
        // the mail or "X" ("Подијели: Facebook X Viber WhatsApp").
        let row = ev.platforms >= ROW_PLATFORMS
            && t.matches(['|', '•', '·']).count() + 1 >= usize::from(ROW_PLATFORMS);
        if row || labelled_platforms(t, ev.platforms) {
            return true;
        }
        // A line of one statement names the outlet right after its verb; a row of contacts
        // anywhere ("Got a story? Send a Facebook Message | ... | Email: news@...").
        let statement = b.sentence && !t.contains(['?', '|']);
        if statement {
            names_after_verb(t, outlets)
        } else {
            let after_first = t.find(char::is_whitespace).map_or("", |k| &t[k..]);
            // (Or a short line with no stop and no list's colon that names two platforms,
            // in any language, whose verb no pack may read: "Araho amin'ny Facebook sy
            // WhatsApp ny vaovao farany", "Segue a Coolectiva no WhatsApp e no Instagram".
            // Over the labelled texts such a line under the story is a box's in 137 of 138;
            // the other lists what a ban blocks after a colon.)
            features::names_properly(after_first, outlets)
                || (b.words <= UNSTOPPED_FOLLOW_WORDS
                    && !t.contains([':', '：'])
                    && !t.trim_end().ends_with(['.', '!', '?', '。']))
        }
    };
    // The outlet's own address under a question or an address to the reader ("Heb je een
    // tip? Mail dan naar nieuws@nhnieuws.nl"), or a number beside its name ("Got a story?
    // Text the Shannonside newsroom on 087 000 4104"); an institution's page gives its own
    // for information ("Weitere Informationen erteilt ... althausa@stadt.ahlen.de"), and a
    // notice the address of whom it announces; the police's number under the story does not
    // name the outlet.
    let writes = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        let t = &text[b.range.clone()];
        b.words <= CONTACT_WORDS
            && (mail_hosts(t)
                .any(|h| crate::input::host::outlet_label(h).is_some_and(|l| outlets.contains(&l)))
                || (has_phone_number(t) && features::names_properly(t, outlets)))
            && (t.contains(['?', '？', '؟'])
                || ev.you > 0
                || ev.we > 0
                // (Or the address alone, or under a label: a reporter's or a desk's under the
                // story, "sara.lindqvist@kungalvsposten.se", "ای میل: ads@dailyazadiquetta.com".
                // Over the story it is the byline's, which is the story's.)
                || b.words <= MAIL_LINE_WORDS)
    };
    let plain = |i: usize| evidence[i].body >= 0.0 && !blocks[i].quoted;
    // The story ends above a follow line of one sentence that reads as its own last, and
    // above the outlet's box that a cut has taken ("Dilynwch Y Selar ar Instagram, TikTok a
    // Facebook ..." over "Cefnogwch Y Selar" / "Mae Y Selar yn gylchgrawn annibynnol ...").
    let Some(last) = (first..blocks.len())
        .rev()
        .find(|&i| scored[i].story && !taken[i] && !(i > first && plain(i) && follows(i)))
    else {
        return Vec::new();
    };
    // (Or between the story's paragraphs, a line with no stop (a paragraph of the story
    // ends with one) that names a platform besides the mail and the printer: "Get The Times
    // of Israel's Daily Edition by email ... Free Sign Up" is a newsletter's box, which a
    // label of the dev set counts as the story's.)
    let inline = |i: usize| {
        let t = &text[blocks[i].range.clone()];
        if taken[i] || blocks[i].sentence || t.trim_end().ends_with([':', '：']) {
            return false;
        }
        let folded = t.to_lowercase();
        usize::from(evidence[i].platforms) > mentions(&folded, &NOT_CHANNELS[..TOOL_PLATFORMS])
            && !offers_channel(&folded)
    };
    let follow: Vec<usize> = (first + 1..blocks.len())
        .filter(|&i| plain(i) && follows(i) && (i > last || inline(i)))
        .collect();
    // A story about the outlet's own accounts ("Le Monde reste pour l'instant présent sur X,
    // Threads et Bluesky") names it elsewhere too, beside a platform; a story whose reporters
    // are the outlet names it without one ("The NewsHawks visited three villages").
    // (Not counting what the runs cut: "Enjoying Scrolla? ... share this story on WhatsApp"
    // is the outlet's box, not its story.)
    let aside = |j: usize| follow.binary_search(&j).is_ok() || in_runs(runs, j);
    let on_platforms = (0..blocks.len()).any(|j| {
        !aside(j)
            && evidence[j].platforms > 0
            && features::names(&text[blocks[j].range.clone()], outlets)
    });
    let follow = if follow.is_empty()
        || (on_platforms && about_outlet(blocks, scored, text, outlets, first, aside))
    {
        Vec::new()
    } else {
        follow
    };
    let mut out: Vec<usize> = (last + 1..blocks.len())
        .filter(|&i| plain(i) && follow.binary_search(&i).is_err() && writes(i) && !about())
        .collect();
    out.extend(follow);
    out.sort_unstable();
    out
}

/// The most words of a line that [`channel_lines`] takes.
const CHANNEL_WORDS: u32 = 25;
/// The most words of a block whose first sentence is a channel's line (see
/// [`channel_lines`]).
const CHANNEL_BLOCK_WORDS: u32 = 80;
/// The most words of a channel's line with no stop that [`channel_lines`] takes without the
/// outlet's voice or name.
const BOX_LINE_WORDS: u32 = 16;
/// The most lines that [`channel_lines`] takes in a text: more are a list of accounts.
const CHANNEL_LINES: usize = 2;
/// The fewest platforms that make a line the outlet's accounts without a channel's noun.
const ACCOUNT_PLATFORMS: usize = 3;
/// The fewest where a short line names the outlet as a name, and that line's most words.
const NAMED_ACCOUNT_PLATFORMS: usize = 2;
const NAMED_ACCOUNTS_WORDS: u32 = 10;
/// How many of [`NOT_CHANNELS`], from its start, are a share row's tools.
const TOOL_PLATFORMS: usize = 5;
/// Platform names that are no channel of the outlet's: the mail and the printer of a share
/// row's tools, and the podcast apps where a story tells its own series too ("Podden finns
/// på Spotify och Apple Podcasts").
const NOT_CHANNELS: [&str; 13] = [
    "email",
    "e-mail",
    "print",
    "copy link",
    "rss",
    "spotify",
    "apple podcasts",
    "google podcasts",
    "amazon music",
    "soundcloud",
    "deezer",
    "pocket casts",
    "castbox",
];

/// The nouns of a messenger's channel and of the news aggregator, lower-cased, as the
/// languages write them ("WhatsApp channel", "chaîne", "Telegram-Kanal", "kanaliga",
/// "канал", "চ্যানেল", "Google News"): what an outlet's line offers the reader, where a
/// story's line on a messenger tells of a message, a group, a call or a code.
#[rustfmt::skip]
const CHANNEL_NOUNS: [&str; 50] = [
    "channel", "chaîne", "canal", "canale", "canle", "kanal", "kanał", "kanál", "kanaal",
    "csatorn", "sianel", "cainéal", "chèn", "chaneli", "community", "comunidad", "zajednic",
    "канал", "арна", "チャンネル", "채널", "频道", "頻道", "चैनल", "चॅनल", "চ্যানেল",
    "சேனல்", "ചാന", "ఛానల్", "ಚಾನೆಲ್", "ચેનલ", "ਚੈਨਲ", "ချန်နယ်", "ឆានែល", "ቻናል", "چینل",
    "کانال", "قناة", "ערוץ", "saluran", "kênh", "google", "නාලිකා", "κανάλι", "არხ", "суваг",
    "चॅनेल", "च्यानल", "ఛానెల్", "ଚ୍ୟାନେଲ",
];

/// Whether `folded` (a line lower-cased) names a channel's noun: a line that offers the
/// outlet's channel ("Harbour Post's WhatsApp channel" over "The port's news on your phone
/// ..." and "Join the channel"), which [`channel_lines`] takes whole with its pitch and its
/// button.
fn offers_channel(folded: &str) -> bool {
    CHANNEL_NOUNS.iter().any(|n| folded.contains(n))
}

/// How many times `folded` (a line lower-cased) holds one of `names`.
fn mentions(folded: &str, names: &[&str]) -> usize {
    names.iter().map(|n| folded.matches(n).count()).sum()
}

/// Below the story's first paragraph, a short line that offers the reader the outlet's
/// channel on a messenger or the news aggregator, in any language, between the paragraphs
/// or under them ("Join the Hull Live WhatsApp community for the latest news sent straight
/// to your phone", "Siga o nosso canal no WhatsApp", "Follow Waterford News & Star on
/// Google News ..."): a channel's noun ([`CHANNEL_NOUNS`]) beside the platform, and the
/// outlet's "we", the reader addressed or the outlet's name; or a short line with no stop,
/// whose imperative addresses the reader in an ending no pack reads. A story's lines on messengers
/// tell of messages, groups, calls and codes, with the reader and a "we" of its own ("If you
/// get a WhatsApp message from a stranger ...", "We reached the chairman on WhatsApp",
/// "join our school WhatsApp group"). Not a question, a quotation, a line with a handle, nor
/// where a line of the story names a platform too: a story on a channel.
pub(super) fn channel_lines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    voice: bool,
    taken: &[bool],
) -> Vec<usize> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    // The tests of the words below read a block lower-cased, once for each.
    let lower = |i: usize| text[blocks[i].range.clone()].to_lowercase();
    // Channels besides the mail, the printer and the podcast apps.
    let channel_count = |platforms: u16, folded: &str| {
        usize::from(platforms).saturating_sub(mentions(folded, &NOT_CHANNELS))
    };
    // A sentence of the story names a platform ("The housing office opened a WhatsApp
    // channel on Monday ..."): a line with no stop on it may be its subheading.
    // (The first two such sentences, found once and only for such a line: a page of many
    // lines is read in one pass, and most texts hold no such line.)
    let on_platform = std::cell::OnceCell::new();
    let story_on_platform = |i: usize| {
        on_platform
            .get_or_init(|| {
                (first..blocks.len())
                    .filter(|&j| {
                        evidence[j].platforms > 0
                            && blocks[j].sentence
                            && blocks[j].words > NAME_LINE_WORDS
                            && !taken[j]
                    })
                    .take(2)
                    .collect::<Vec<usize>>()
            })
            .iter()
            .any(|&j| j != i)
    };
    let candidate = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        // (The cheap tests first: most blocks name no platform.)
        if ev.platforms == 0
            || b.words > CHANNEL_BLOCK_WORDS
            || taken[i]
            || b.quoted
            || ev.said > 0
            || ev.body < 0.0
        {
            return false;
        }
        let mut t = text[b.range.clone()].trim();
        // A channel's line may go on in sentences of the outlet's to the reader ("Join the
        // Cork Beo WhatsApp community for breaking news ... Click here to join. We also treat
        // our community members to special offers ..."): its first sentence, which names the
        // outlet, is the line. (A story's paragraph may open on another's channel and name
        // the outlet later: "Join the Bus Éireann WhatsApp channel ... We at Cork Beo ...")
        if b.words > CHANNEL_WORDS {
            match glued::sentences(t).first().map(|r| (r.end, &t[r.clone()])) {
                Some((end, first))
                    if end < t.len()
                        && first.split_whitespace().count() <= CHANNEL_WORDS as usize
                        && ev.we > 0
                        && ev.you > 0
                        && features::names(first, outlets) =>
                {
                    t = first;
                }
                _ => return false,
            }
        }
        if t.ends_with(['?', '？', '؟']) || t.contains('@') || glued_stop(t) {
            return false;
        }
        let folded = t.to_lowercase();
        // (A line with no stop is a box's, in any language: where no pack reads the "you"
        // of an imperative, "تابعوا قناة «الغد» على واتساب", "අපගේ WhatsApp නාලිකාවට
        // එක්වන්න".)
        let unstopped = !t.ends_with(['.', '!', '。', '।', '۔']) && b.words <= BOX_LINE_WORDS;
        let unstopped_line = || unstopped && !story_on_platform(i);
        // (The cheap test first: most lines offer no channel and name fewer platforms than
        // the outlet's accounts do.)
        let offered = offers_channel(&folded);
        // (Two accounts where a short line names the outlet as a name: "Follow Oregon
        // Capital Chronicle on Facebook and X.")
        let fewest = if b.words <= NAMED_ACCOUNTS_WORDS {
            NAMED_ACCOUNT_PLATFORMS
        } else {
            ACCOUNT_PLATFORMS
        };
        let platforms = with_letter_x(t, ev.platforms);
        if !offered && usize::from(platforms) < fewest {
            return false;
        }
        let channels = channel_count(platforms, &folded);
        // (Or three channels or more side by side, the podcast apps not counted, with the
        // outlet's name as a name (not "tout le monde" on lemonde.fr) or no stop: the
        // outlet's accounts, "Follow Rugby World on Facebook, Instagram and X", "Моро дар
        // Telegram, Facebook ва Instagram пайгирӣ кунед"; a story's sentence names them with
        // a stop or a figure, and may say "we" or "you": "Au collège, tout le monde est sur
        // TikTok, Snapchat et Instagram.")
        // (Two of them in a short line that names the outlet: `fewest`, above.)
        let accounts = || {
            channels >= fewest
                && !t.bytes().any(|c| c.is_ascii_digit())
                && (features::names_properly(t, outlets)
                    || (channels >= ACCOUNT_PLATFORMS && unstopped_line()))
        };
        channels > 0
            && ((offered
                && ((voice && (ev.we > 0 || ev.you > 0) && !quotes_other(t, outlets))
                    || features::names(t, outlets)
                    || unstopped_line()))
                || accounts())
    };
    let found: Vec<usize> = (first + 1..blocks.len())
        .filter(|&i| candidate(i))
        .collect();
    if found.is_empty() || found.len() > CHANNEL_LINES {
        return Vec::new();
    }
    // A story that names a platform in a sentence of its own is on it; not a box's line
    // beside a channel's, which ends with no stop ("Receba no seu WhatsApp as notícias do g1
    // Pernambuco"). (A story's sentence beside it may be on the outlet's own accounts: "The
    // NewsHawks said on Monday it would stop posting on X ...".)
    let beside = |j: usize| {
        let t = text[blocks[j].range.clone()].trim_end();
        found.iter().any(|&i| i.abs_diff(j) == 1)
            && blocks[j].words <= CHANNEL_WORDS
            && (!t.ends_with(['.', '!', '?', '。']) || offers_channel(&lower(j)))
    };
    // (Under the story's last paragraph, not a line that asks or speaks to the reader: the
    // page's other boxes stand there, a standing tip line on WhatsApp among them. A report on
    // the outlet's accounts there is the story's.)
    let last = scored.iter().rposition(|s| s.story).unwrap_or(first);
    let boxes = |j: usize| {
        j > last
            && (evidence[j].we > 0
                || evidence[j].you > 0
                || text[blocks[j].range.clone()].contains(['?', '？', '؟']))
    };
    let on_platforms = (0..blocks.len()).any(|j| {
        !boxes(j)
            && found.binary_search(&j).is_err()
            && !taken[j]
            && evidence[j].platforms > 0
            && blocks[j].words > NAME_LINE_WORDS
            && !beside(j)
            && channel_count(evidence[j].platforms, &lower(j)) > 0
    });
    if on_platforms {
        return Vec::new();
    }
    // The box around a channel's line: short lines beside it with no stop that name a
    // platform or a channel (a heading, a button: "Jetzt Kanal abonnieren", "Volg het
    // kanaal"), and a pitch between two of them ("Die wichtigsten Nachrichten aus
    // Aschaffenburg ... direkt aufs Smartphone"); not a story's sentence beside a box ("Das
    // Spiel überträgt Sky auf seinem Kanal Sky Sport Bundesliga 2.").
    let boxed = |j: usize| {
        let (b, t) = (&blocks[j], text[blocks[j].range.clone()].trim_end());
        !taken[j]
            && !scored[j].wall
            && !b.quoted
            && evidence[j].said == 0
            && b.words <= CHANNEL_WORDS
            && !t.ends_with(['.', '!', '?', '。', ':'])
            && (evidence[j].platforms > 0 || offers_channel(&lower(j)))
    };
    let plain = |j: usize| {
        !taken[j]
            && !scored[j].wall
            && !scored[j].story
            && !blocks[j].quoted
            && blocks[j].words <= CHANNEL_WORDS
    };
    let mut out = found.clone();
    for &i in &found {
        for step in [-1isize, 1] {
            let at = |k: isize| i.checked_add_signed(step * k).filter(|&j| j < blocks.len());
            match (at(1), at(2)) {
                (Some(j), Some(k)) if plain(j) && boxed(k) && !boxed(j) => out.extend([j, k]),
                (Some(j), _) if boxed(j) => {
                    out.push(j);
                    if let Some(k) = at(2).filter(|&k| boxed(k)) {
                        out.push(k);
                    }
                }
                _ => {}
            }
        }
    }
    out.retain(|&j| j > first);
    out.sort_unstable();
    out.dedup();
    out
}

/// The most words of a line that [`app_lines`] takes.
const APP_LINE_WORDS: u32 = 40;

/// A line that offers the outlet's own app, told by the outlet's name beside a word for an
/// app in any language ("Download the Mumbai Mirror app for the latest news", "Last ned
/// Fremover-appen", "Descarga la app de EL DEBER", "Preuzmite Blic aplikaciju"), where no
/// pack's row reads its verb. Not in a story about the outlet (its head names it: "Mumbai
/// Mirror's app crosses a million downloads"), nor a line that reports or quotes.
pub(super) fn app_lines(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
    outlets: &[String],
    taken: &[bool],
) -> Vec<usize> {
    let Some(first) = scored.iter().position(|s| s.story) else {
        return Vec::new();
    };
    let found: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            i != first
                && !taken[i]
                && b.words <= APP_LINE_WORDS
                && !b.quoted
                && ev.said == 0
                && ev.body >= 0.0
                && features::names_outlet_app(&text[b.range.clone()], outlets)
        })
        .collect();
    if found.is_empty() || head_names_outlet(blocks, text, outlets, first) {
        return Vec::new();
    }
    found
}

/// Whether `t` quotes a name not the outlet's: a channel line quotes only the outlet's
/// ("Підписуйтеся на «Бабель» у Telegram"), a story the words said to a phone ("I should be
/// able to just say “Instagram” and have that app open").
fn quotes_other(t: &str, outlets: &[String]) -> bool {
    t.contains(['“', '"', '«', '„', '»']) && !features::names(t, outlets)
}

/// Whether a sentence of `t` is glued to the one before it with no space, as a scraper that
/// joins two paragraphs leaves them ("... beim Haupteingang erhältlich.Du willst keine News
/// ... verpassen?"): the line holds the story's last sentence.
fn glued_stop(t: &str) -> bool {
    glued::sentences(t)
        .windows(2)
        .any(|w| w[0].end == w[1].start)
}

/// The fewest words of a sentence with no evidence that [`share_rows`] reads as the story's.
const STORY_LINE_WORDS: u32 = 15;

/// The most words of a share row under its label.
const SHARE_ROW_WORDS: u32 = 8;

/// Anywhere in the text, a short line of platforms under a label of a word or two is a share
/// row, in any language ("Подијели: Facebook X Viber WhatsApp", "Roinn: Facebook X LinkedIn
/// Ríomhphost"): a story names platforms in a sentence.
pub(super) fn share_rows(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
) -> Vec<usize> {
    // The letter X and LINE count beside a platform the tables know outside the story only,
    // above its first paragraph or under its last: between its paragraphs a line names the
    // networks a story is about ("Gesperrt: Telegram X", "Boycott: Facebook X Amazon").
    // There, X counts in a row of three platforms or more with no colon, as it did.
    // (The story's last line: a wall, or a sentence of some length with nothing of a box.)
    let first = scored.iter().position(|s| s.story).unwrap_or(blocks.len());
    let last = (0..blocks.len())
        .rev()
        .find(|&j| {
            scored[j].story
                || (blocks[j].sentence
                    && blocks[j].words >= STORY_LINE_WORDS
                    && evidence[j].is_silent())
        })
        .unwrap_or(0);
    (0..blocks.len())
        .filter(|&i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            if ev.platforms == 0 || b.words > SHARE_ROW_WORDS || b.quoted {
                return false;
            }
            let t = &text[b.range.clone()];
            let inside = (first..=last).contains(&i);
            let platforms = ev.platforms + row_letters(t, !inside);
            // (Inside, a label's row counts the platforms the tables know alone.)
            let labelled = if inside { ev.platforms } else { platforms };
            labelled >= FOLLOW_PLATFORMS
                && (labelled_platforms(t, labelled) || (i > 0 && platform_row(t, platforms)))
        })
        .collect()
}

/// Rows of short items parted by one separator, outside the story, in any language: a
/// site's menu, its tags, its tools, its footer's links ("Actualitats · Cultura · Lenga · Musica · Vidèos", "Dlo ·
/// Kafou-Fèy · Pòtoprens · Sante piblik", "Enprime | Voye pa imèl | Li an fransè"). Three
/// items or more of three words at most, no figure, no closing stop: a byline's row has its
/// date ("Amaia Etxebarria | Durango | 2024-03-14"), a credits' row its labels ("Text: ... |
/// Fotos: ..."), and a story's list its sentence.
pub(super) fn item_rows(
    blocks: &[Block],
    evidence: &Evidences,
    scored: &[Scored],
    text: &str,
) -> Vec<usize> {
    // Outside the story, above its first paragraph or under its last: inside, such rows are
    // its lists (a team's lines, a recipe's ingredients, a tour's cities), and a line that
    // ends in a colon introduces them ("Die Startelf:").
    let first = scored.iter().position(|s| s.story).unwrap_or(blocks.len());
    let last = scored.iter().rposition(|s| s.story).unwrap_or(0);
    (0..blocks.len())
        .filter(|&i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            // (The cheap tests first: most blocks are long, in the story, or part nothing.)
            if b.words > ITEM_ROW_WORDS
                || b.words < 3
                || b.quoted
                || ev.body < 0.0
                || (first..=last).contains(&i)
            {
                return false;
            }
            let t = text[b.range.clone()].trim();
            if !ITEM_SEPARATORS.iter().any(|sep| t.contains(sep))
                || (i > 0 && ends_in_colon(&blocks[i - 1], text))
                || t.chars().any(char::is_numeric)
                || t.ends_with(['.', '!', '?', '…', '。'])
                || credits::opens_with_by(t)
            {
                return false;
            }
            ITEM_SEPARATORS.iter().any(|sep| {
                let items: Vec<&str> = t.split(sep).collect();
                items.len() >= ITEM_ROW_ITEMS
                    && items.iter().enumerate().all(|(k, item)| {
                        let words = item.split_whitespace().count();
                        (1..=ITEM_WORDS).contains(&words) && (k == 0 || !item.contains(':'))
                    })
            })
        })
        .collect()
}

/// The separators of an [`item_rows`] row, spaced.
const ITEM_SEPARATORS: [&str; 3] = [" · ", " | ", " • "];
/// The most words of an [`item_rows`] row, the fewest items, the most words of an item.
const ITEM_ROW_WORDS: u32 = 25;
const ITEM_ROW_ITEMS: usize = 3;
const ITEM_WORDS: usize = 3;

/// How many of the words of a row of platforms name one in capitals that no table holds,
/// since in other case they are words: the network X by its letter ("X", "𝕏"), and with
/// `line` the messenger LINE ("แชร์ Facebook X LINE คัดลอกลิงก์").
fn row_letters(t: &str, line: bool) -> u16 {
    let n = t
        .split_whitespace()
        .filter(|w| letter_x(w) || (line && *w == "LINE"))
        .count();
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Whether the word `w` is the network X by its letter.
fn letter_x(w: &str) -> bool {
    matches!(w, "X" | "𝕏")
}

/// How many platforms the line `t` names, with its evidence's count `platforms`: the
/// network X by its letter counts beside another one, also before a comma or a stop
/// ("Dukurikire kuri YouTube, X na Instagram", "Follow ... on Facebook and X."); alone the
/// letter is a variable, a size or "Malcolm X".
fn with_letter_x(t: &str, platforms: u16) -> u16 {
    if platforms == 0 {
        return 0;
    }
    let letters = t
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', '!', ')']))
        .filter(|w| letter_x(w))
        .count();
    platforms.saturating_add(u16::try_from(letters).unwrap_or(u16::MAX))
}

/// The fewest platforms of a share row with no colon after its label.
const ROW_ONLY_PLATFORMS: usize = 3;

/// Whether `t` is a row of platforms with no colon after its label: three or more, a word
/// or two of a label before them and a tool or two after ("Share Facebook Twitter Messenger
/// Viber", "Paylaş Facebook X WhatsApp Telegram E-posta Bağlantıyı kopyala"), the network X
/// counted by its letter. No stop, comma, figure or lower-case word but the last: a headline
/// on the networks is a sentence ("Facebook and Instagram down for hours").
fn platform_row(t: &str, platforms: u16) -> bool {
    let t = t.trim();
    if t.ends_with(['.', '!', '?', '…', '。']) || t.contains([',', '、', '،']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let found = usize::from(platforms);
    let (last, head) = words.split_last().unwrap_or((&"", &[]));
    found >= ROW_ONLY_PLATFORMS
        && words.len() <= found + SHARE_LABEL_WORDS + SHARE_OTHER_WORDS
        && !t.chars().any(char::is_numeric)
        && !head.iter().any(|w| w.starts_with(is_lower))
        && !last.is_empty()
}

/// Whether `t` is a label of three words at most, a colon, and the platforms with a word or two
/// besides them (the mail, "X").
fn labelled_platforms(t: &str, platforms: u16) -> bool {
    // A row's items are names, each capitalised, with no stop after the last; a story's
    // list joins them in a sentence ("Also banned: TikTok and Telegram.").
    // (The bars and dots between the items are no words; a label may run to three short
    // words: "ਸਾਡੇ ਨਾਲ ਜੁੜੋ: Facebook | Instagram | X". A story's list parts its items with
    // commas: "Least trusted platforms: Facebook, X, Telegram".)
    t.split_once(':').is_some_and(|(label, rest)| {
        let items = || {
            rest.split_whitespace()
                .filter(|w| !matches!(*w, "|" | "·" | "•" | "/"))
        };
        (1..=ROW_LABEL_WORDS).contains(&label.split_whitespace().count())
            && !rest.contains([',', '،', '、'])
            && items().count() <= usize::from(platforms) + SHARE_OTHER_WORDS
            && items().all(|w| !w.starts_with(is_lower))
            && !rest.trim_end().ends_with(['.', '!', '?'])
    })
}

/// The most words between an ask's verb and the outlet's name ("Folge der SZ auf ...").
const FOLLOW_NAME_AT: usize = 2;
/// The most words of the outlet's name.
const NAME_WORDS: usize = 4;
/// The most letters of the word between an ask's verb and the outlet's name: an article or
/// a pronoun ("the", "der", "o", "Sie").
const ARTICLE_CHARS: usize = 3;

/// Whether the outlet's name begins within a word or two after the line's first ("Follow
/// The NewsHawks on ...", "Volg NH Nieuws ook op ...", "Folge der SZ auf ..."): a report
/// names it later ("Videos filmed by residents and seen by The NewsHawks on Facebook ...").
fn names_after_verb(t: &str, outlets: &[String]) -> bool {
    // A word that may open the name: a capital's, a name's with a capital inside it
    // ("paNOW"), or the site's address in lower case.
    let name_start = |w: &str| {
        let w = w.trim_start_matches(['"', '\'', '«', '»', '„', '“', '‘', '(']);
        // (Not a digit first: "The 9to5Mac BundleHunt delivers ..." opens a post the story
        // embeds, and its first word is no verb.)
        w.starts_with(is_upper)
            || (w.chars().next().is_some_and(char::is_lowercase) && features::written_as_name(w))
            || features::domain_shaped(w)
    };
    // (The cheap test first: such a word is the second or third.)
    if !t
        .split_whitespace()
        .skip(1)
        .take(FOLLOW_NAME_AT)
        .any(name_start)
    {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=FOLLOW_NAME_AT).any(|k| {
        // The name starts the window: a word written as a name ("Follow The NewsHawks", "Folge
        // der SZ"), not a report's preposition or article before it ("taken by the Kyiv
        // Independent").
        // (Past an article or a pronoun of a few letters only: "Follow the Nairametrics ...",
        // "Folge der SZ", "Folgen Sie TOUR"; a report's verb stands there in "Residents sent
        // Nairametrics videos on WhatsApp and Telegram".)
        let opening = k == 1 || words[1].chars().count() <= ARTICLE_CHARS;
        opening
            && words.get(k).is_some_and(|w| {
                let start = offset_in(t, w);
                let last = words[(k + NAME_WORDS).min(words.len()) - 1];
                name_start(w)
                    && features::names_properly(&t[start..offset_in(t, last) + last.len()], outlets)
            })
    })
}

/// The most words of a poll's label ("Poll", "Anketa", "Reader poll") and of each of its
/// answers ("Yes", "Sí, todos los días"), and the most characters of an answer.
const POLL_LABEL_WORDS: u32 = 2;
const POLL_ANSWER_WORDS: u32 = 4;
const POLL_ANSWER_CHARS: usize = 32;
/// The most words of a poll's question, and the fewest and most answers under it.
const POLL_QUESTION_WORDS: u32 = 25;
const POLL_ANSWERS: std::ops::RangeInclusive<usize> = 2..=8;

/// A reader poll, in any language: a question under a label of a word or two ("Anketa" /
/// "Da li podržavate ...?") or after one and its colon ("POLL: Should the council ...?"),
/// over two answers or more of a few words each ("Da" / "Ne", "Ja, fast täglich" / "Nur im
/// Sommer"). A kicker over a headline that asks is followed by its byline and date (a figure,
/// a name after "By"), a question and answer by paragraphs, so neither is read as one.
pub(super) fn poll_boxes(blocks: &[Block], evidence: &Evidences, text: &str) -> Vec<Range<usize>> {
    let line = |i: usize| text[blocks[i].range.clone()].trim();
    let plain = |i: usize| evidence[i].body >= 0.0 && !blocks[i].quoted && !blocks[i].timestamp;
    let answer = |i: usize| {
        let (b, t) = (&blocks[i], line(i));
        plain(i)
            && b.words >= 1
            && b.words <= POLL_ANSWER_WORDS
            && t.chars().count() <= POLL_ANSWER_CHARS
            && !t.ends_with(['.', '!', '?', ':', '？', '！', '：', '。'])
            && !t.bytes().any(|c| c.is_ascii_digit())
            && !credits::opens_with_by(t)
    };
    let label = |t: &str| {
        let t = t.trim();
        (1..=POLL_LABEL_WORDS as usize).contains(&t.split_whitespace().count())
            && t.chars().all(|c| c.is_alphabetic() || c == ' ')
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let (b, t) = (&blocks[i], line(i));
        let asks = plain(i)
            && b.words <= POLL_QUESTION_WORDS
            && t.ends_with(['?', '？', '؟'])
            && !t.contains(['“', '”', '"', '«', '»']);
        // (Its label: the line above, or the words before the question's colon.)
        let start = if !asks {
            None
        } else if t
            .split_once([':', '：'])
            .is_some_and(|(l, q)| label(l) && q.split_whitespace().count() >= 3)
        {
            Some(i)
        } else if i > 0
            && plain(i - 1)
            && blocks[i - 1].words <= POLL_LABEL_WORDS
            && label(line(i - 1))
        {
            Some(i - 1)
        } else {
            None
        };
        if let Some(start) = start {
            // (One more than the most is looked at: a longer run is a list the question
            // introduces, the menu of a restaurant review.)
            let answers = (i + 1..blocks.len())
                .take(*POLL_ANSWERS.end() + 1)
                .take_while(|&j| answer(j))
                .count();
            if POLL_ANSWERS.contains(&answers) {
                found.push(start..i + 1 + answers);
                i += 1 + answers;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// The fewest digits of a telephone number: more than a date's ("05.12.2024") or a time
/// range's ("10.00-12.00").
const PHONE_DIGITS: usize = 9;

/// Whether `t` holds a telephone number: [`PHONE_DIGITS`] digits or more in one stretch,
/// with the spaces, dashes, dots and brackets that group them, at most two in a row ("087
/// 000 4104", "1 (869) 000-9898", "063-00 00 00").
fn has_phone_number(t: &str) -> bool {
    let (mut digits, mut marks) = (0, 0);
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            marks = 0;
            if digits >= PHONE_DIGITS {
                return true;
            }
        } else if matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') && marks < 2 {
            marks += 1;
        } else {
            (digits, marks) = (0, 0);
        }
    }
    false
}

/// The most words of a line with the outlet's address that [`follow_lines`] takes.
const CONTACT_WORDS: u32 = 30;
/// The most words of a line of the outlet's address that [`follow_lines`] takes without a
/// question or an address to the reader: the address and its label.
const MAIL_LINE_WORDS: u32 = 3;

/// The hosts of the e-mail addresses in `t`: a word, "@", and a host with a dot.
fn mail_hosts(t: &str) -> impl Iterator<Item = &str> {
    t.match_indices('@').filter_map(|(i, _)| {
        let before = t[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        let host: &str = t[i + 1..]
            .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .next()
            .unwrap_or("");
        let host = host.trim_end_matches('.');
        (before && host.contains('.') && !host.starts_with('.')).then_some(host)
    })
}

/// Whether `t` opens with two words in capitals, as a name does ("Irene Lau covers ..."), in
/// the bracket some outlets put a bio in or without.
pub(super) fn opens_with_two_capitals(t: &str) -> bool {
    let mut words = t.trim_start_matches(['(', '[']).split_whitespace();
    let mut capital = || words.next().is_some_and(|w| w.starts_with(is_upper));
    capital() && capital()
}

/// Whether `t` opens as a name or a headline does: with a figure or a letter not in lower
/// case (a capital, or a letter of a script without case).
pub(super) fn opens_as_name(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_numeric() || (c.is_alphabetic() && !is_lower(c)))
}

/// Whether block `i` is in one of `runs`, which are in order and disjoint.
pub(super) fn in_runs(runs: &[(Range<usize>, f32)], i: usize) -> bool {
    let k = runs.partition_point(|(r, _)| r.end <= i);
    runs.get(k).is_some_and(|(r, _)| r.start <= i)
}

/// The most paragraphs of the story's size with no evidence under a labelled tag line (a
/// bio, a comment).
const TAG_PARAGRAPHS_AFTER: u32 = 1;
/// The most words of a tag one a line under its label.
const LABELLED_TAG_WORDS: u32 = 6;

/// The fewest lines in a row that make a tag row or a teaser list.
const TAG_ITEMS: usize = 3;
/// The fewest headlines in a row, at the text's end, that make a teaser list under a cut or
/// a keyword's heading: the rest of a list whose heading and first teasers a run took ("Още
/// от Actualno.com" / three headlines, the last two of which no run reached). Over the
/// labelled texts, 37 box lines more than at three, and no story line.
const HEADED_TEASER_ITEMS: usize = 2;
/// The longest keyword: a topic, a place, a name.
pub(super) const TAG_WORDS: u32 = 3;
const TAG_BYTES: usize = 48;
/// The fewest characters of a keyword's line that a teaser list takes as a headline.
const LONG_KEYWORD_CHARS: usize = 24;
/// The longest teaser headline.
pub(super) const TEASER_WORDS: u32 = 16;
/// The longest under a list's label, which says what the lines are ("Katie Holmes Expertly
/// Matched Her Forest Green Coat with a Face Mask from the Brand Celebrities Love").
pub(super) const LABELLED_TEASER_WORDS: u32 = 20;
/// A tag row's or teaser list's confidence: a guess from shape and position alone.
pub(super) const TAG_CONFIDENCE: f32 = 0.5;

/// After the article's last paragraph, a row of keywords, each on its own line ("Deutsche
/// Bahn", "Nahverkehr", "Pendler"), is the page's tag list or topic links, and a row of
/// headlines ("Velodieb mit 60 Fahrrädern erwischt – er verkaufte sie online") its teasers,
/// in any language: a story does not end in three or more lines that are no sentence. Each
/// run is returned with whether it holds a headline (a teaser list) or keywords alone; a
/// label's row may hold blocks the runs cut, which stay theirs.
pub(super) fn tag_rows(
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    runs: &[(Range<usize>, f32)],
) -> Vec<(Range<usize>, bool)> {
    // A line of tags under a label that heads tag rows in some language is one after the
    // story, also over a bio or a comment ("Tagovi: Zenica studenti stipendije" over a
    // paragraph), not with more of the story's paragraphs under it (a leaked document's
    // "Trefwoorden: zwart werk, contant betalen" quoted mid-story); the rows below read it as
    // they read a run.
    // (A paragraph of the story has no evidence: an appeal's that no rule cuts has some.)
    let paragraph_at = |i: usize| {
        let b = &blocks[i];
        b.sentence && b.words >= WALL_WORDS && evidence[i].signal == 0.0 && !in_runs(runs, i)
    };
    let mut paragraphs_after = vec![0u32; blocks.len() + 1];
    for i in (0..blocks.len()).rev() {
        paragraphs_after[i] = paragraphs_after[i + 1] + u32::from(paragraph_at(i));
    }
    let mut found: Vec<(Range<usize>, bool)> = (0..blocks.len())
        .filter(|&i| {
            let ev = &evidence[i];
            // (The block's size first: most blocks are paragraphs.)
            blocks[i].words as usize <= TAG_LABEL_WORDS + TAG_LINE_WORDS
                && paragraphs_after[i + 1] <= TAG_PARAGRAPHS_AFTER
                && !in_runs(runs, i)
                && ev.signal < 1.0
                && ev.body >= 0.0
                && labelled_tags(&text[blocks[i].range.clone()])
        })
        .map(|i| (i..i + 1, false))
        .collect();
    // The label alone on its line, with its tags one a line under it ("Keywords" /
    // "தஞ்சாவூர்" / "ஏரி சீரமைப்பு"), after the story as above.
    // (A tag of a few words more than a row's keyword: under its label, "âu thuyền Thọ
    // Quang" is one; what the runs took of them is read through.)
    let tag = |j: usize| {
        let b = &blocks[j];
        b.words <= LABELLED_TAG_WORDS
            && evidence[j].body >= 0.0
            && letters_only(text[b.range.clone()].trim())
    };
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        let label = text[b.range.clone()].trim().trim_end_matches([':', '：']);
        if b.words as usize <= TAG_LABEL_WORDS
            && paragraphs_after[i + 1] <= TAG_PARAGRAPHS_AFTER
            && !in_runs(runs, i)
            && crate::rules::lang::is_tag_label(&label.to_lowercase())
        {
            let end = (i + 1..blocks.len())
                .find(|&j| !tag(j))
                .unwrap_or(blocks.len());
            if end > i + 1 {
                // (What the runs cut among them stays theirs: the caller takes what is left.)
                found.push((i..end, false));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    let mut labelled: Vec<usize> = found.iter().flat_map(|(r, _)| r.clone()).collect();
    labelled.sort_unstable();
    let taken = |i: usize| in_runs(runs, i) || labelled.binary_search(&i).is_ok();
    // The story's last paragraph: a sentence of some length with no evidence, outside the
    // runs.
    let paragraph = |i: usize| prose(&blocks[i], &evidence[i]) && !taken(i);
    let Some(story_end) = (0..blocks.len()).rposition(paragraph) else {
        return found;
    };
    // A list's heading that a table reads as a related list's below an anchor's weight
    // ("Izindi nkuru", "Холбоотой мэдээ"): a keyword line that heads the teasers under it.
    let related_heading = |i: usize| {
        let ev = &evidence[i];
        blocks[i].words <= TAG_WORDS
            && ev.kind() == Some(Kind::Related)
            && ev.max_rule < ANCHOR_RULE
    };
    // A line that is no sentence and no list's heading.
    let line = |i: usize| {
        let b = &blocks[i];
        let t = text[b.range.clone()].trim_end();
        !taken(i)
            && !b.sentence
            && !b.timestamp
            && (evidence[i].signal < 1.0 || related_heading(i))
            && !t.ends_with([':', ',', ';'])
    };
    // Such a line with no evidence of the body.
    let bare = |i: usize| line(i) && blocks[i].words > 0 && evidence[i].body >= 0.0;
    // A headline that reports ("A rektor szerint nincs pénz", "D.A. says"), which the body's
    // evidence of a reporting word keeps from `bare`: a teaser's under a heading or a cut
    // (a story's list of reactions, "Greens say ...", has neither).
    let reports = |i: usize| line(i) && is_headline(&blocks[i], text, false);
    let keyword = |i: usize| {
        let b = &blocks[i];
        b.words <= TAG_WORDS && b.range.len() <= TAG_BYTES && letters_only(&text[b.range.clone()])
    };
    let headline = |i: usize| is_headline(&blocks[i], text, false);
    let ends_colon = |i: usize| text[blocks[i].range.clone()].trim_end().ends_with(':');
    // What stays of the text after the story: the runs are cut, and the lines on either
    // side of one are read as one row (as a second pass over the cleaned text reads them).
    let rest: Vec<usize> = (story_end + 1..blocks.len())
        .filter(|&i| !taken(i))
        .collect();
    let n = rest.len();
    let mut i = 0;
    while i < n {
        let at = |k: usize| rest[k];
        // The tags in one line under their label ("Теги: Харків, театр, культура"), last.
        // (Elsewhere the same shape is a match's line-ups or the streets a closure affects.)
        if bare(at(i))
            && tag_line(&text[blocks[at(i)].range.clone()])
            && (i + 1 == n || taken(at(i) + 1))
        {
            found.push((at(i)..at(i) + 1, false));
            i += 1;
            continue;
        }
        // Under a heading or a cut: a keyword line above in the row, or a run's block.
        let headed_at = |k: usize| {
            keyword(at(k))
                || (k > 0 && bare(at(k - 1)) && keyword(at(k - 1)))
                || (at(k) > 0 && taken(at(k) - 1))
        };
        if !((bare(at(i)) && (keyword(at(i)) || headline(at(i))))
            || (headed_at(i) && reports(at(i))))
        {
            i += 1;
            continue;
        }
        // Keywords alone, or headlines under at most one keyword line (a heading in a
        // language no pack reads: "Straeon eraill", "Antzeko artikuluak").
        let start = i;
        // (Under a heading a pack reads as a related list's, a headline is read as under a
        // "Read more" label: in a script without case, "ਹੋਰ ਖ਼ਬਰਾਂ" over three headlines, or
        // in title case, up to a labelled teaser's length.)
        let labelled = related_heading(at(i));
        let headline = |k: usize| is_headline(&blocks[k], text, labelled);
        if keyword(at(i))
            && i + 1 < n
            && (bare(at(i + 1)) || reports(at(i + 1)))
            && headline(at(i + 1))
        {
            i += 1;
        }
        let teasers = headline(at(i));
        let headed = headed_at(start);
        while i < n
            && if teasers {
                // (A headline of a few long words reads as a keyword by its count:
                // "Snjóflóðahætta í Ólafsfjarðarmúla"; a place, "Praia da Rocha", is short.
                // A section's name over each teaser, "Politics", "Music", is a kicker; under a
                // heading or a cut, any keyword is.)
                (bare(at(i)) && headline(at(i)))
                    || (headed && reports(at(i)))
                    || (bare(at(i)) && keyword(at(i)) && {
                        let t = &text[blocks[at(i)].range.clone()];
                        headed
                            || t.chars().count() >= LONG_KEYWORD_CHARS
                            || menu_line(t) == Some(true)
                    })
            } else {
                bare(at(i)) && keyword(at(i))
            }
        {
            i += 1;
        }
        // At the end of the text, or of what stays of it; not the items of a list that a
        // line of the story introduces ("The winners:", or headlines under "Other cuts").
        let last = i == n || taken(at(i - 1) + 1);
        // (Above the lines of the list's own kind that lead it: "Areas affected:" over
        // "Tunapuna (including Pasea)", "St Augustine (...)", then three places.)
        let mut lead = start;
        while lead > 0 && !blocks[at(lead - 1)].sentence && !ends_colon(at(lead - 1)) {
            lead -= 1;
        }
        let before = if lead == 0 { story_end } else { at(lead - 1) };
        let introduced = ends_colon(before);
        // (Under a cut, headlines go on with the list it took: fewer are enough.)
        let items = if teasers && headed {
            HEADED_TEASER_ITEMS
        } else {
            TAG_ITEMS
        };
        if i - start >= items && last && !introduced {
            // One cut for each stretch between runs.
            let mut piece = at(start)..at(start) + 1;
            for k in start + 1..i {
                if at(k) == piece.end {
                    piece.end += 1;
                } else {
                    found.push((piece, teasers));
                    piece = at(k)..at(k) + 1;
                }
            }
            found.push((piece, teasers));
        } else if i - start > 1 && last && tag_line(&text[blocks[at(i - 1)].range.clone()]) {
            // A row too short to be one ("Quiero sumarme" over "Etiquetas: agua, ..."): its
            // last line is still the tag line it would have been on its own.
            found.push((at(i - 1)..at(i - 1) + 1, false));
        }
    }
    found.sort_unstable_by_key(|(r, _)| r.start);
    found
}

/// Under a box that is cut at the story's end, the headlines that end what stays of the text
/// are the page's teasers, though no label says so: "ગુજરાતમાં ગરમીનો પારો 42 ડિગ્રીને પાર"
/// under a follow line, "Pemandu Lori Selamatkan Kucing Terperangkap Di Lebuh Raya" under a
/// comment note. The cut above reads as a label does, so a headline in title case or in a
/// script without case counts ([`is_headline`] as labelled); [`tag_rows`] saw the runs alone,
/// not the cuts that the readings after it make.
pub(super) fn tail_teasers(
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    taken: &[bool],
) -> Option<Range<usize>> {
    let story_end =
        (0..blocks.len()).rposition(|i| prose(&blocks[i], &evidence[i]) && !taken[i])?;
    let teaser = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        !b.sentence
            && !b.timestamp
            && ev.signal < 1.0
            && ev.body >= 0.0
            && !text[b.range.clone()].trim_end().ends_with([':', ',', ';'])
            && is_headline(b, text, true)
    };
    let last = (story_end + 1..blocks.len()).rev().find(|&i| !taken[i])?;
    // The headlines from the end up, reading through what is cut among them.
    let (count, start) = (story_end + 1..=last)
        .rev()
        .filter(|&i| !taken[i])
        .take_while(|&i| teaser(i))
        .fold((0, last + 1), |(n, _), i| (n + 1, i));
    (count >= HEADED_TEASER_ITEMS && start > story_end + 1 && taken[start - 1])
        .then_some(start..last + 1)
}

/// The most words of a tag list's label ("Tags", "Címkék", "Schlagwörter zum Thema").
const TAG_LABEL_WORDS: usize = 3;
/// The most words of the tags in one line: a longer list is the story's (the members of a
/// caucus, state by state).
const TAG_LINE_WORDS: usize = 16;

/// A line of tags under a short label: "Теги: Харків, театр, культура, війна", three items
/// or more, each a keyword ([`TAG_WORDS`] words at most, letters alone), [`TAG_LINE_WORDS`]
/// words in all at most, between one separator throughout ([`TAG_SEPARATORS`]).
fn tag_line(t: &str) -> bool {
    let Some((label, items)) = t.trim_end().split_once(": ") else {
        return false;
    };
    let words = |s: &str| s.split_whitespace().count();
    let keyword = |s: &str| {
        let s = s.trim();
        (1..=TAG_WORDS as usize).contains(&words(s)) && letters_only(s)
    };
    // One separator throughout: the comma of one script.
    let Some(sep) = TAG_SEPARATORS.iter().copied().find(|&c| items.contains(c)) else {
        return false;
    };
    (1..=TAG_LABEL_WORDS).contains(&words(label))
        && !label.contains(['-', '\'', '’', '&'])
        && letters_only(label)
        && words(items) <= TAG_LINE_WORDS
        && items.split(sep).count() >= TAG_ITEMS
        && items.split(sep).all(keyword)
}

/// Whether `t` is a line of tags under a label that heads tag rows in some language
/// ([`is_tag_label`](crate::rules::lang::is_tag_label): "Tagi: biblioteki wieś czytelnictwo",
/// "Filed under: Pedestrian Safety, Road Diets, Missouri"): words and commas alone after it,
/// [`TAG_LINE_WORDS`] words at most.
fn labelled_tags(t: &str) -> bool {
    // (The label first: most lines hold no colon, and few of those that do open with a label.)
    let Some(colon) = t.find([':', '：']) else {
        return false;
    };
    let label = t[..colon].trim();
    if label.is_empty()
        || label.split_whitespace().count() > TAG_LABEL_WORDS
        || !crate::rules::lang::is_tag_label(&label.to_lowercase())
    {
        return false;
    }
    let items = t[colon..].trim_start_matches([':', '：']).trim();
    !items.is_empty()
        && items.split_whitespace().count() <= TAG_LINE_WORDS
        && items
            .split(|c: char| TAG_SEPARATORS.contains(&c))
            .all(|item| !item.trim().is_empty() && letters_only(item.trim()))
}

/// What separates the tags of a line: a comma in any script. (Not a dot or a bar: a cast's or
/// a closure's list after a story is written so, "Mit: Jens Harzer · Marina Galic · ...",
/// "Betroffene Bahnhöfe: Hackescher Markt · Friedrichstraße · ...".)
const TAG_SEPARATORS: [char; 3] = [',', '،', '、'];

/// A keyword's text: words alone, with no figures, code or addresses, which a story's own
/// lists hold. (Letters and the marks that some scripts write their vowels and tones with:
/// "टैग्स", "ป้ายกำกับ"; and the joiners that Persian writes inside words: "برچسب‌ها".)
pub(super) fn letters_only(t: &str) -> bool {
    static WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^[\p{L}\p{M}\u{200C}\u{200D} \-'’&]*$").expect("a valid pattern")
    });
    let plain = |c: char| matches!(c, ' ' | '-' | '\'' | '’' | '&');
    // (Told apart without the pattern where the characters decide: an ASCII character that is
    // no letter fails, letters alone pass.)
    if t.chars()
        .any(|c| c.is_ascii() && !c.is_ascii_alphabetic() && !plain(c))
    {
        return false;
    }
    t.chars().all(|c| c.is_alphabetic() || plain(c)) || WORDS.is_match(t)
}

/// The fewest words, or bytes (see [`LONE_PARAGRAPH_BYTES`]), of the story's paragraphs on
/// both sides of a teaser that [`lone_lines`] reads by its shape: news of short paragraphs
/// puts its read-also line between sentences of ten to fourteen words ("Soma ne: ..." under
/// a line of fourteen). Over the labelled texts, 14 box lines more than at fifteen words and
/// no story line; the benchmarks' clean bodies lose nothing.
const SHAPED_TEASER_PARAGRAPH_WORDS: u32 = 10;
const SHAPED_TEASER_PARAGRAPH_BYTES: usize =
    LONE_PARAGRAPH_BYTES * SHAPED_TEASER_PARAGRAPH_WORDS as usize / LONE_PARAGRAPH_WORDS as usize;
/// The fewest words of the story's paragraphs on both sides of a [`lone_lines`] line.
const LONE_PARAGRAPH_WORDS: u32 = 15;
/// Or of as many bytes as fifteen words of the languages whose long words their scripts
/// write in three bytes a letter (a Kannada paragraph of thirteen words has 104 letters):
/// some 90 letters of such a script, and more words than fifteen of a Latin one.
const LONE_PARAGRAPH_BYTES: usize = 270;
/// The most words of a teaser line's label ("Read more", "Læs også").
const TEASER_LABEL_WORDS: usize = 3;
/// The fewest and the most words of the headline after the label.
const TEASER_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=18;
/// The least weight of a teaser line's label: the read-also labels of the languages no pack
/// reads weigh less than an anchor (they start no run alone), and the shape here asks enough.
const TEASER_LABEL_RULE: f32 = 2.5;
/// The most words of a series note (the packs' rows allow as many).
const SERIES_NOTE_WORDS: u32 = 45;

/// A line of a box that stands alone between two of the story's paragraphs (of fifteen words
/// or more), whose heaviest evidence is a formula of the kind below, as a cut of that kind
/// and the reading that found it. (Words are counted between spaces: a headline of a script
/// written without them is not read here.) Alone between two
/// walls such a line holds no run: its length costs it more than the formula weighs (a run
/// needs a score of 2; `Read more: Calgary Transit adds more peace officers ...` scores
/// +1.31), and a headline that reports ("..., minister says") has the body's evidence too.
/// - A related story's label and its headline ("Read more:", "Læs også:", "LEIA MAIS:", and
///   the cross-language table's "Legu ankaŭ:", "Karanta kuma:", which weigh 2.5): a label of
///   three words or fewer, a colon, a headline of 4 to 18 words, no closing stop but a
///   question mark, no bar. Over the labelled texts that shape between two paragraphs is a
///   box's nine times in ten without the label too, but it is also the story's
///   subheadings' ("Analysis: Why the cap ...", "Ymateb y rhieni: Siom a dicter yn y
///   pentrefi", which the reviews' tests keep): a table's label is asked for. (Paragraphs
///   of fifteen words, a question and a second colon in the headline, held out: +0.0005 to
///   +0.005 a round, no word of a story lost; a shape rule without the label measured +0.02
///   on a round but cut such subheadings. The shape alone is read under guards that keep
///   them: see [`tells_other_story`] and [`packed_teaser_label`].)
/// - The outlet's note on the series or the funding of a story ("This story is part of
///   Border Lines, our ongoing series ...", "Acest articol face parte din seria ..."), a
///   line formula of the packs (kind other), which the labelled texts call the site's
///   wherever it stands (24 of 24); outside the story the hand rules cut it already. Not
///   where it speaks to the reader: the author's own ("This is the second article in a
///   series about how to build an online business you will love.").
pub(super) fn lone_lines(
    rules: &RuleSet,
    blocks: &[Block],
    evidence: &Evidences,
    text: &str,
    runs: &[(Range<usize>, f32)],
    cut_elsewhere: bool,
    no_pack_reads: bool,
) -> Vec<(usize, Kind, &'static str)> {
    // A paragraph of the story of `words` words or `bytes` bytes at least.
    let paragraph_of = |j: usize, words: u32, bytes: usize| {
        let b = &blocks[j];
        (b.words >= words || b.range.len() >= bytes) && b.sentence && !in_runs(runs, j)
    };
    let paragraph = |j: usize| paragraph_of(j, LONE_PARAGRAPH_WORDS, LONE_PARAGRAPH_BYTES);
    // (A teaser told by its shape stands between shorter paragraphs too: its guards read the
    // story around it, [`tells_other_story`].)
    let near_paragraph = |j: usize| {
        paragraph_of(
            j,
            SHAPED_TEASER_PARAGRAPH_WORDS,
            SHAPED_TEASER_PARAGRAPH_BYTES,
        )
    };
    let teaser_words =
        *TEASER_HEADLINE_WORDS.start() + 1..=TEASER_LABEL_WORDS + TEASER_HEADLINE_WORDS.end();
    // (The text's lines of a teaser's shape, counted once, when a line first asks.)
    let shaped_lines = std::cell::OnceCell::new();
    let shaped = || {
        *shaped_lines.get_or_init(|| {
            blocks
                .iter()
                .filter(|b| teaser_shaped(&text[b.range.clone()]))
                .count()
        })
    };
    // (`label_by`: the label must be a table's, or may be any whose line the story around
    // it does not tell, see [`TeaserLabel`] and [`tells_other_story`].)
    let teaser = |i: usize, label_by: TeaserLabel| {
        let b = &blocks[i];
        let t = text[b.range.clone()].trim();
        // (A headline may ask: "Legu ankaŭ: Post la pandemio: kiel fartas la lokaj kluboj?")
        let asks = t.ends_with(['?', '？', '؟']);
        if (b.sentence && !asks) || !teaser_words.contains(&(b.words as usize)) {
            return false;
        }
        let Some((label, rest)) = t.split_once(": ") else {
            return false;
        };
        label.split_whitespace().count() <= TEASER_LABEL_WORDS
            && TEASER_HEADLINE_WORDS.contains(&rest.split_whitespace().count())
            && !rest.contains(['|', '·'])
            // A headline opens as one: "Leia mais: a íntegra da decisão está ..." goes on
            // with the sentence.
            && (opens_as_name(rest) || crate::input::segment::opens_quote(rest.as_bytes()))
            // The label whole, with its colon or without: not the words of another that
            // begin with one.
            && match label_by {
                TeaserLabel::Table => {
                    rules.is_whole_phrase(label, Kind::Related)
                        || rules.is_whole_phrase(&format!("{}:", label.trim_end()), Kind::Related)
                }
                TeaserLabel::Shape { shared, label_too } => {
                    !label.contains(|c: char| c.is_numeric())
                        && !rest.bytes().any(|c| c.is_ascii_digit())
                        && tells_other_story(
                            blocks,
                            text,
                            i,
                            (label, rest),
                            shaped(),
                            (shared, label_too),
                        )
                }
            }
    };
    (1..blocks.len().saturating_sub(1))
        .filter_map(|i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            if b.quoted || ev.user || ev.notice {
                return None;
            }
            // A teaser's label that no table holds ("Gụọkwa:", "Verenga zvakare:"), by its
            // shape and the story around it: in a text a pack reads, where the pack does not
            // know the label, under stricter guards ([`packed_teaser_label`]).
            if ev.max_rule < ANCHOR_RULE
                && ev.body >= 0.0
                && near_paragraph(i - 1)
                && near_paragraph(i + 1)
            {
                let shape = if no_pack_reads {
                    teaser(
                        i,
                        TeaserLabel::Shape {
                            shared: TEASER_SHARED_WORDS,
                            label_too: false,
                        },
                    )
                } else {
                    packed_teaser_label(&text[b.range.clone()])
                        && teaser(
                            i,
                            TeaserLabel::Shape {
                                shared: 0,
                                label_too: true,
                            },
                        )
                };
                if shape {
                    return Some((i, Kind::Related, "heuristic:teaser-shape"));
                }
            }
            // (The cheap test first: few blocks hold a formula this heavy.)
            if ev.max_rule < TEASER_LABEL_RULE {
                return None;
            }
            // A label of the cross-language table, which no pack reads for certain, counts
            // where the page shows a box elsewhere too (a run, or a reading's box: the
            // outlet's letter at the end; not a tag row or a menu alone): a story alone keeps
            // a crosshead of the same words ("Bala hape:", count again, over a recount in
            // Sesotho).
            let table = ev.max_rule < ANCHOR_RULE;
            let (kind, rule) = if ev.kind() == Some(Kind::Related)
                && (!table || cut_elsewhere)
                && teaser(i, TeaserLabel::Table)
            {
                (Kind::Related, "heuristic:teaser-line")
            } else if series_note(ev) && b.words <= SERIES_NOTE_WORDS && ev.you == 0 {
                (Kind::Other, "heuristic:series-note")
            } else {
                return None;
            };
            (paragraph(i - 1) && paragraph(i + 1)).then_some((i, kind, rule))
        })
        .collect()
}

/// Where a teaser line's label is read: a table's related label, or the line's shape alone
/// with at most `shared` of its headline's words (and of its label's, `label_too`) told by
/// the lines around it.
#[derive(Clone, Copy)]
enum TeaserLabel {
    Table,
    Shape { shared: usize, label_too: bool },
}

/// Whether the line `t`, in a text a pack reads, may be a teaser by its shape where the pack
/// does not know its label ("Lesa einnig:", "Ẹ tún ka:", "இதையும் வாசியுங்கள்:"): the label
/// of two or three words with no bracket (a story's one-word crossheads and captions,
/// "Analysis: Jon Sopel, BBC News, Washington", "Map: Flow of foreign fighters to Syria",
/// and an interview's "Le Délit (LD) :"), and no numeral in the headline (a date in any
/// script's digits, "تاریخ انتشار: ۲۳ آبان ۱۴۰۲"). Its label and headline must share no
/// word with the lines around it: a crosshead over the story's own subject shares one
/// ("Gehien irakurriak: Eleberri beltzak dira oraindik liburutegietako ..." over library
/// figures, "Ymateb y rhieni: Siom a dicter yn y pentrefi" over "Mae rhieni yn y tri
/// phentref ..."); a teaser's label is the site's, of no story.
fn packed_teaser_label(t: &str) -> bool {
    t.trim().split_once(": ").is_some_and(|(l, rest)| {
        let n = l.split_whitespace().count();
        (2..=TEASER_LABEL_WORDS).contains(&n)
            && !l.contains(['(', ')', '[', ']'])
            && !rest.contains(char::is_numeric)
    })
}

/// The most words of a teaser's headline that the story's lines around it may share, and
/// how many lines on each side are read: a teaser tells another story, where a crosshead
/// opens the paragraphs under it on their subject ("Bala gape: Diphathi di kopa gore
/// dikgetho ... di balwe sešwa" over a recount). Words of five letters or more, compared by
/// their first five (inflections).
const TEASER_SHARED_WORDS: usize = 1;
const TEASER_CONTEXT_LINES: usize = 2;
const TEASER_STEM_CHARS: usize = 5;

/// Whether the line `i`, a label and a headline `rest`, tells a story that the lines
/// around it do not, its label opens no other line of the text (a question's label in an
/// interview, "درەو:", opens many), and fewer than two other lines have its shape (a post
/// parted by subheadings, "The Build Stage: Create a tangible online asset" / "The
/// Implement Stage: Iterate to find what works", has many). `shaped` is how many lines of
/// the text have that shape ([`teaser_shaped`]); `most_shared` how many of the headline's
/// words (and the label's, with its flag) the lines around it may tell.
fn tells_other_story(
    blocks: &[Block],
    text: &str,
    i: usize,
    (label, rest): (&str, &str),
    shaped: usize,
    (most_shared, label_too): (usize, bool),
) -> bool {
    // (The count first: the scans below then run in texts of two such lines at most.)
    let others = shaped - usize::from(teaser_shaped(&text[blocks[i].range.clone()]));
    if others >= TEASER_SHAPED_LINES {
        return false;
    }
    let near = (i.saturating_sub(TEASER_CONTEXT_LINES)
        ..blocks.len().min(i + TEASER_CONTEXT_LINES + 1))
        .filter(|&j| j != i)
        .map(|j| text[blocks[j].range.clone()].to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let told = if label_too { label } else { "" };
    // (An apostrophe inside a word is a letter of it: Oromo's glottal stop, "hir’achuu", whose
    // tail "achuu" stands inside the story's "bitachuuf".)
    let word_char = |c: char| c.is_alphanumeric() || matches!(c, '’' | '\'' | 'ʼ');
    let shared = rest
        .split(|c: char| !word_char(c))
        .chain(told.split(|c: char| !word_char(c)))
        .filter(|w| w.chars().count() >= TEASER_STEM_CHARS)
        .filter(|w| {
            let stem: String = w.to_lowercase().chars().take(TEASER_STEM_CHARS).collect();
            near.contains(&stem)
        })
        .count();
    let opens = |j: usize| {
        text[blocks[j].range.clone()]
            .trim_start()
            .strip_prefix(label)
            .is_some_and(|r| r.trim_start().starts_with(':'))
    };
    shared <= most_shared && !(0..blocks.len()).any(|j| j != i && opens(j))
}

/// Whether the line `t` has a teaser's shape: a label of a few words, a colon and a
/// headline's words with no closing stop.
fn teaser_shaped(t: &str) -> bool {
    t.trim().split_once(": ").is_some_and(|(l, r)| {
        l.split_whitespace().count() <= TEASER_LABEL_WORDS
            && TEASER_HEADLINE_WORDS.contains(&r.split_whitespace().count())
            && !r.ends_with(['.', '。'])
    })
}

/// The fewest other lines of a teaser's shape that make a text's such lines its own
/// subheadings.
const TEASER_SHAPED_LINES: usize = 2;
