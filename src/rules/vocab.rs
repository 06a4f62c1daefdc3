//! What a phrase means: its group, where in a block it must stand, and the rows that the
//! language packs are made of.

use std::sync::Arc;

use crate::Kind;

/// What a phrase says about the block it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    /// The heading of an appeal box ("A Message from ...", "Since you're here").
    Header,
    /// "Dear readers,": strong next to an appeal, harmless alone.
    Salutation,
    /// A call to action or a fixed formula of the kind.
    Ask,
    /// Supporting evidence that does not stand alone.
    Cue,
    /// A button or widget label, only when it is the whole block.
    Label,
    /// A line-leading marker ("Read more:", "Compiled by").
    Line,
    /// Site chrome (skip links, comment headings, copyright lines).
    Chrome,
    /// Names of social platforms: they count when they fill most of a short block.
    Platform,
    /// The outlet describing itself ("independent", "non-profit", "reader-funded",
    /// "ad-free", "no paywall"): supporting evidence of an appeal, in any position.
    Outlet,
    /// Reporting verbs: evidence that a block is article body.
    Body,
    /// First-person plural pronouns: the publisher speaking.
    We,
    /// Second-person pronouns: the reader addressed.
    You,
    /// A currency sign: gates the money patterns.
    Money,
    /// A rule the user added.
    User,
}

/// The groups whose weight [`Evidence::groups`](super::Evidence::groups) keeps apart.
pub(crate) const GROUP_SLOTS: usize = 8;

impl Group {
    /// Where [`Evidence::groups`](super::Evidence::groups) keeps this group's weight, if it keeps it.
    pub(crate) fn slot(self) -> Option<usize> {
        Some(match self {
            Group::Header => 0,
            Group::Salutation => 1,
            Group::Ask | Group::User => 2,
            Group::Cue => 3,
            Group::Label => 4,
            Group::Line => 5,
            Group::Chrome => 6,
            Group::Outlet => 7,
            _ => return None,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Group::Header => "header",
            Group::Salutation => "salutation",
            Group::Ask => "ask",
            Group::Cue => "cue",
            Group::Label => "label",
            Group::Line => "line",
            Group::Chrome => "chrome",
            Group::Platform => "platform",
            Group::Outlet => "outlet",
            Group::Body => "body",
            Group::We => "we",
            Group::You => "you",
            Group::Money => "money",
            Group::User => "user",
        }
    }
}

/// Where in its block a phrase must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum At {
    Any,
    /// At the start of the block (after any punctuation).
    Start,
    /// The whole block (save punctuation around it).
    Whole,
}

/// The part of the page around the story that a row of site chrome names: the author box,
/// the comment section, the disclaimer, the navigation. The matcher reads only a row's group
/// and kind (credit for the author box, other for the rest); the part says which cell of
/// the packs' coverage table the row fills, so that every part is worded in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// "About the author", and the bio under it ("The author is ...").
    AuthorBox,
    /// The comment section: its heading and count, sign-in prompts, comment policy.
    Comments,
    /// "The views expressed are those of the author".
    Disclaimer,
    /// Table of contents, pagination, browser notices, corrections and tips links.
    Navigation,
    /// The labels of audio and video players and of embedded posts ("Play video", "Listen
    /// to this article", "View this post on Instagram", "External content").
    Player,
    /// The label of the page's tag row ("Tags:", "Schlagwörter:", "Etiquetas:").
    Tags,
    /// A photo gallery's controls ("Next image", "Full screen", "Bildergalerie").
    Gallery,
    /// A live blog's chrome ("Key events", "Pinned post", "Load more updates").
    Live,
    /// The page's tools ("Print", "Text size", "Copy link", "Read in English").
    Tools,
}

/// A row of a language table.
pub(crate) struct Entry {
    pub group: Group,
    pub kind: Option<Kind>,
    pub at: At,
    pub weight: f32,
    pub max_words: u32,
    pub phrases: &'static [&'static str],
    /// The page part a row of site chrome names, for the coverage table (and the tag rows'
    /// labels: [`is_tag_label`](super::lang::is_tag_label)).
    pub part: Option<Part>,
}

/// One language's table.
pub(crate) struct Pack {
    pub lang: &'static str,
    pub entries: &'static [Entry],
    pub we: &'static [&'static str],
    pub you: &'static [&'static str],
}

/// A compiled rule: a phrase or a pattern, with what a match of it means.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub name: Arc<str>,
    pub group: Group,
    pub kind: Option<Kind>,
    pub at: At,
    pub weight: f32,
    pub max_words: u32,
    /// Only the start of the phrase must be a word boundary (a stem such as `donation*`).
    pub stem: bool,
    /// The "we" and the "you" words of the rule's pack that its phrase holds ("our work",
    /// "donors like you"): the words of a match are not looked up again, and the pronouns
    /// inside it count as the pronoun rows would.
    pub pronouns: (u8, u8),
}

impl Rule {
    /// Whether the rule counts something (pronouns, platform names, currency signs) rather
    /// than adding evidence. A counter counts every match; of a pack's evidence rows with
    /// the same phrase and position, one match counts for the first row that accepts it
    /// (a header row of at most 8 words, then an ask row of the same phrase for longer
    /// blocks, or a whole-word row and then a stem row for the inflected forms).
    pub(crate) fn counter(&self) -> bool {
        matches!(
            self.group,
            Group::We | Group::You | Group::Platform | Group::Money
        )
    }
}
