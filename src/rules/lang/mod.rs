//! Built-in phrase packs, one data file a language. A language is a table, not code: add a
//! file with a `PACK` and list it in [`ALL`].
//!
//! Phrases are lower case and matched on whole words (a trailing `*` matches a word stem).
//! The weights say how much a phrase alone tells: 3 or more is an anchor that can start a
//! cut; less is supporting evidence that only counts next to an anchor.
//!
//! Rows are written with named settings, `ask(Donation).weight(3.5).phrases(&[...])`; see
//! [`row`] for what each group's constructor sets.

pub(crate) use super::vocab::Part::*;
pub(crate) use super::{At, At::*, Entry, Group, Group::*, Pack};
pub(crate) use crate::Kind::*;

use std::collections::HashSet;
use std::sync::LazyLock;

mod af;
mod am;
mod ar;
mod az;
mod be;
mod bg;
mod bn;
mod ca;
pub(crate) mod common;
mod cs;
mod cy;
mod da;
mod de;
mod el;
mod en;
mod es;
mod et;
mod eu;
mod fa;
mod fi;
mod fr;
mod ga;
mod gl;
mod gu;
mod ha;
mod he;
mod hi;
mod hr;
mod ht;
mod hu;
mod hy;
mod id;
mod is;
mod it;
mod ja;
mod ka;
mod kk;
mod kn;
mod ko;
mod lb;
mod lt;
mod lv;
mod mk;
mod ml;
mod mr;
mod ms;
mod mt;
mod my;
mod ne;
mod nl;
mod no;
mod pa;
mod pl;
mod ps;
mod pt;
mod ro;
mod ru;
pub(crate) mod sections;
mod si;
mod sk;
mod sl;
mod so;
mod sq;
mod sr;
mod sv;
mod sw;
mod ta;
mod te;
mod th;
mod tl;
mod tr;
mod uk;
mod ur;
mod vi;
mod xh;
mod xx;
mod yo;
mod zh;
mod zu;

/// Every built-in pack. `xx` holds the language-independent symbols and names.
#[rustfmt::skip]
pub(crate) static ALL: &[&Pack] = &[
    &xx::PACK,
    &en::PACK,
    &de::PACK,
    &fr::PACK,
    &es::PACK,
    &it::PACK,
    &pt::PACK,
    &pl::PACK,
    &ru::PACK,
    &uk::PACK,
    &nl::PACK,
    &no::PACK,
    &da::PACK,
    &sv::PACK,
    &cs::PACK,
    &tr::PACK,
    &zh::PACK,
    &ja::PACK,
    &ko::PACK,
    &ar::PACK,
    &hi::PACK,
    &fi::PACK,
    &hu::PACK,
    &ro::PACK,
    &el::PACK,
    &id::PACK,
    &sk::PACK,
    &bg::PACK,
    &hr::PACK,
    &ca::PACK,
    &sr::PACK,
    &sl::PACK,
    &lt::PACK,
    &lv::PACK,
    &et::PACK,
    &be::PACK,
    &he::PACK,
    &fa::PACK,
    &vi::PACK,
    &az::PACK,
    &ka::PACK,
    &hy::PACK,
    &mk::PACK,
    &kk::PACK,
    &sq::PACK,
    &ur::PACK,
    &bn::PACK,
    &sw::PACK,
    &ms::PACK,
    &tl::PACK,
    &ta::PACK,
    &th::PACK,
    &mr::PACK,
    &is::PACK,
    &gl::PACK,
    &eu::PACK,
    &cy::PACK,
    &ga::PACK,
    &af::PACK,
    &lb::PACK,
    &mt::PACK,
    &so::PACK,
    &ne::PACK,
    &ht::PACK,
    &ha::PACK,
    &ps::PACK,
    &yo::PACK,
    &zu::PACK,
    &xh::PACK,
    &te::PACK,
    &kn::PACK,
    &ml::PACK,
    &am::PACK,
    &gu::PACK,
    &pa::PACK,
    &my::PACK,
    &si::PACK,
];

/// The weight of a box's edge alone on its line: a form's button or field ("Anmelden",
/// "Your email"), an offer's, an app's, a donation's or a share row's button, the question
/// over a box, the opening of a form's fine print. Evidence below an anchor's, that joins
/// a box's run beside it: alone, the same words are a guide's list of a tax form's buttons
/// ("Wyślij", "Zapisz"), an explainer's subhead ("Want to know more?"), a consumer story's
/// quote of the fine print it reports on.
pub(crate) const EDGE_WEIGHT: f32 = 2.5;

/// The weight of a tag row's label alone on its line ("Keywords", "Tagi"): evidence below an
/// anchor's, for the same word heads a story's section ("Теги" over a paragraph on a
/// platform's new tags); the tag rows' reading takes it with the tags under it.
pub(crate) const TAG_LABEL_WEIGHT: f32 = 0.5;

/// The most words of a line of bank details that opens with its label ("Kontoinhaber:
/// Verein für Medienvielfalt e.V.").
pub(crate) const BANK_LINE_WORDS: u32 = 15;

/// Whether `label` (lower case) heads a tag row in some language ("tags", "schlagwörter",
/// "etiquetas", "टैग्स"): the phrases of every pack's rows of the tags' part.
pub(crate) fn is_tag_label(label: &str) -> bool {
    static LABELS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        ALL.iter()
            .flat_map(|p| p.entries)
            .filter(|e| e.part == Some(Tags))
            .flat_map(|e| e.phrases.iter().copied())
            .collect()
    });
    LABELS.contains(label)
}

/// A table row, read by its named settings: `ask(Donation).weight(3.5).phrases(&[...])`,
/// `header(Donation).max_words(14).phrases(&[...])`. Each group's constructor gives the
/// group's usual position and weight (below); a row says only what differs.
///
/// | constructor     | group      | at    | weight |
/// |-----------------|------------|-------|--------|
/// | `header(k)`     | Header     | Start | 4.0    |
/// | `salutation(k)` | Salutation | Start | 2.5    |
/// | `ask(k)`        | Ask        | Any   | 3.0    |
/// | `cue(k)`        | Cue        | Any   | 1.5    |
/// | `outlet(k)`     | Outlet     | Any   | 1.0    |
/// | `label(k)`      | Label      | Whole | 3.0    |
/// | `line(k)`       | Line       | Start | 3.0    |
/// | `chrome(k)`     | Chrome     | Start | 3.0    |
/// | `platform(k)`   | Platform   | Any   | 0.0    |
/// | `body()`        | Body       | Any   | -1.5   |
/// | `notice()`      | Body       | Start | -3.0   |
/// | `money()`       | Money      | Any   | 0.0    |
///
/// `label_any()` and `cue_any()` have no kind of their own: they take their neighbours'.
/// `max_words` is 0 (any length) unless set.
const fn row(group: Group, kind: Option<crate::Kind>) -> Entry {
    let (at, weight) = match group {
        Header => (Start, 4.0),
        Salutation => (Start, 2.5),
        Label => (Whole, 3.0),
        Line | Chrome => (Start, 3.0),
        Ask => (Any, 3.0),
        Cue => (Any, 1.5),
        Outlet => (Any, 1.0),
        Body => (Any, -1.5),
        _ => (Any, 0.0),
    };
    Entry {
        group,
        kind,
        at,
        weight,
        max_words: 0,
        phrases: &[],
        part: None,
    }
}

pub(crate) const fn header(kind: crate::Kind) -> Entry {
    row(Header, Some(kind))
}
pub(crate) const fn salutation(kind: crate::Kind) -> Entry {
    row(Salutation, Some(kind))
}
pub(crate) const fn ask(kind: crate::Kind) -> Entry {
    row(Ask, Some(kind))
}
pub(crate) const fn cue(kind: crate::Kind) -> Entry {
    row(Cue, Some(kind))
}
pub(crate) const fn outlet(kind: crate::Kind) -> Entry {
    row(Outlet, Some(kind))
}
pub(crate) const fn label(kind: crate::Kind) -> Entry {
    row(Label, Some(kind))
}
pub(crate) const fn line(kind: crate::Kind) -> Entry {
    row(Line, Some(kind))
}
pub(crate) const fn chrome(kind: crate::Kind) -> Entry {
    row(Chrome, Some(kind))
}
pub(crate) const fn platform(kind: crate::Kind) -> Entry {
    row(Platform, Some(kind))
}
/// A button label that takes the kind of the blocks around it ("Close", "Maybe later").
pub(crate) const fn label_any() -> Entry {
    row(Label, None)
}
/// Supporting evidence that takes the kind of the blocks around it.
pub(crate) const fn cue_any() -> Entry {
    row(Cue, None)
}
/// Evidence that a block is article body (weights are negative).
pub(crate) const fn body() -> Entry {
    row(Body, None)
}
/// The story's own notice: a correction, an update, an editor's note, a disclosure, at the
/// start of a block ("Correction:") or, with `.at(Any)`, inside it ("This story has been
/// updated"). Body evidence, and more: a notice that is a sentence stays, whatever boxes
/// stand around it (see [`NOTICE_WEIGHT`]).
pub(crate) const fn notice() -> Entry {
    row(Body, None).at(Start).weight(NOTICE_WEIGHT)
}
/// The weight of a [`notice()`] row, and no other body row's (a test holds the packs to
/// it): the evidence marks a block whose body rule weighs this little as holding a notice.
pub(crate) const NOTICE_WEIGHT: f32 = -3.0;
/// Currency signs and codes: they gate the money patterns.
pub(crate) const fn money() -> Entry {
    row(Money, None)
}

impl Entry {
    /// Where in its block the phrase must stand.
    pub(crate) const fn at(mut self, at: At) -> Entry {
        self.at = at;
        self
    }
    /// How much the phrase alone tells: 3 or more is an anchor.
    pub(crate) const fn weight(mut self, weight: f32) -> Entry {
        self.weight = weight;
        self
    }
    /// The most words the block may have (0: any).
    pub(crate) const fn max_words(mut self, max_words: u32) -> Entry {
        self.max_words = max_words;
        self
    }
    /// The page part around the story that the row names (`chrome(Other).part(Comments)`):
    /// the coverage table's cell it fills.
    pub(crate) const fn part(mut self, part: super::vocab::Part) -> Entry {
        self.part = Some(part);
        self
    }
    pub(crate) const fn phrases(mut self, phrases: &'static [&'static str]) -> Entry {
        self.phrases = phrases;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    /// Whether a phrase of a row serves a function.
    type Serves = fn(&Entry, &str) -> bool;

    /// What an appeal does, and the rows that serve it: the rows of the coverage table.
    const FUNCTIONS: &[(&str, Serves)] = &[
        ("money", |e, _| {
            matches!(e.group, Ask | Header) && e.kind == Some(Donation)
        }),
        ("money stems", |e, p| {
            e.kind == Some(Donation) && p.ends_with('*')
        }),
        ("membership", |e, _| {
            e.group == Ask && e.kind == Some(Membership)
        }),
        ("subscription", |e, _| {
            e.group == Ask && e.kind == Some(Subscription)
        }),
        ("paywall", |e, _| e.group == Ask && e.kind == Some(Paywall)),
        ("newsletter", |e, _| {
            e.group == Ask && e.kind == Some(Newsletter)
        }),
        ("app", |e, _| e.group == Ask && e.kind == Some(App)),
        ("cookie", |e, _| e.group == Ask && e.kind == Some(Cookie)),
        ("share/follow", |e, _| {
            e.group == Ask && e.kind == Some(Social)
        }),
        ("related", |e, _| {
            matches!(e.group, Line | Label) && e.kind == Some(Related)
        }),
        ("credit", |e, _| {
            matches!(e.group, Ask | Line) && e.kind == Some(Credit)
        }),
        ("labels", |e, _| e.group == Label && e.at == Whole),
        // The advertisement slot's own one-word label ("Annonse", "Реклама"), the commonest
        // (Vietnamese writes the word's syllables apart).
        ("ad label", |e, p| {
            e.group == Label && e.kind == Some(Ad) && (!p.contains(' ') || p == "quảng cáo")
        }),
        ("outlet", |e, _| e.group == Outlet),
        ("salutation", |e, _| e.group == Salutation),
        ("author box", |e, _| e.part == Some(AuthorBox)),
        ("comments", |e, _| e.part == Some(Comments)),
        ("disclaimer", |e, _| e.part == Some(Disclaimer)),
        ("navigation", |e, _| e.part == Some(Navigation)),
        ("players, embeds", |e, _| e.part == Some(Player)),
        ("galleries", |e, _| e.part == Some(Gallery)),
        ("live blogs", |e, _| e.part == Some(Live)),
        ("page tools", |e, _| e.part == Some(Tools)),
        ("tags", |e, _| e.part == Some(Tags)),
        ("bank details", |e, _| {
            e.group == Line && e.kind == Some(Donation)
        }),
        // The fine print under a sign-up form, by its openings ("By signing up, you agree",
        // "Sie können sich jederzeit abmelden").
        ("fine print", |e, _| {
            e.group == Line && e.kind == Some(Newsletter)
        }),
    ];

    /// The reader addressed in each register: (language, informal forms, formal forms) that
    /// `you` must hold. A formal form that folds to a common word of some language has no
    /// place in `you` (the matcher folds case): German "Sie" is "sie" (she, they), Italian
    /// "Lei" is "lei" (she), Scandinavian "De"/"Dem"/"Deres" are "they"/"them"/"their" and
    /// Swedish "Ni" is Spanish and French "ni"; those rows name the closest safe form or none.
    /// A form written with a capital counts only where the text writes it so: German
    /// "Ihnen" (you, formal) and "ihnen" (them).
    const ADDRESS: &[(&str, &[&str], &[&str])] = &[
        ("en", &["you", "your"], &["you", "your"]),
        ("de", &["du", "dein", "dich", "dir"], &["Ihnen"]),
        ("fr", &["tu", "ton", "ta", "tes"], &["vous", "votre", "vos"]),
        ("es", &["tú", "tu", "tus", "te"], &["usted", "ustedes"]),
        ("it", &["tu", "tuo", "tua", "ti"], &["voi", "vostro"]),
        (
            "pt",
            &["tu", "teu", "tua"],
            &["você", "vocês", "o senhor", "a senhora"],
        ),
        ("pl", &["ty", "twój", "ciebie"], &["państwo"]),
        ("ru", &["ты", "твой", "тебя"], &["вы", "ваш", "вас"]),
        ("uk", &["ти", "твій", "тебе"], &["ви", "ваш", "вас"]),
        ("nl", &["jij", "jouw"], &["uw"]),
        ("no", &["du", "deg", "din"], &[]),
        ("da", &["du", "dig", "din"], &[]),
        ("sv", &["du", "dig", "din"], &[]),
        ("cs", &["ty", "tvůj", "tebe"], &["vy", "váš", "vás"]),
        ("tr", &["senin", "sana", "seni"], &["siz", "sizin", "sizi"]),
        ("zh", &["你", "你们", "你們"], &["您"]),
        // Japanese "君" is the "-kun" after names (and Chinese), "きみ" stands inside kana runs.
        ("ja", &["あなた"], &["皆様", "皆さま", "みなさま", "皆さん"]),
        ("ko", &["너", "당신"], &["여러분", "귀하"]),
        ("ar", &["أنت", "لك"], &["أنتم", "لكم", "حضرتك"]),
        ("hi", &["तुम", "तुम्हारा", "तू"], &["आप", "आपका", "आपको"]),
        (
            "fi",
            &["sinä", "sinun", "sinua"],
            &["te", "teidän", "teille"],
        ),
        // Hungarian "Ön" is Turkish "ön" (front): its inflected forms and "az Ön" stand in.
        (
            "hu",
            &["te", "téged", "neked"],
            &["önnek", "önt", "önök", "az ön"],
        ),
        ("ro", &["tu", "tău", "ta"], &["dumneavoastră", "dumneata"]),
        ("el", &["εσύ", "σου"], &["εσείς", "σας"]),
        ("id", &["kamu"], &["anda"]),
        ("sk", &["ty", "tvoj", "teba"], &["vy", "váš", "vás"]),
        ("bg", &["ти", "теб", "твоя"], &["вие", "вас", "вашата"]),
        // Croatian formal "Vi" is Italian and Swedish "vi": its other forms stand in.
        ("hr", &["ti", "tvoj", "tebe"], &["vaš", "vas", "vama"]),
        (
            "ca",
            &["tu", "teu", "teva"],
            &["vostè", "vosaltres", "vostre"],
        ),
        // Serbian formal "Vi"/"Ви": "vi" is Italian and Swedish, so its other forms stand in.
        (
            "sr",
            &["ti", "tvoj", "tebe", "ти", "твој", "тебе"],
            &["vaš", "vas", "vama", "ваш", "вас", "вама"],
        ),
        // Slovenian formal "Vi" is Italian and Swedish "vi": its other forms stand in.
        ("sl", &["ti", "tvoj", "tebe"], &["vaš", "vam", "vašo"]),
        ("lt", &["tu", "tavo", "tave"], &["jūs", "jūsų", "jums"]),
        ("lv", &["tu", "tev", "tevi"], &["jūs", "jums", "jūsu"]),
        ("et", &["sina", "sinu"], &["teie", "teid"]),
        ("be", &["ты", "твой", "цябе"], &["вы", "ваш", "вас"]),
        // Hebrew has no polite register: the plural "you" is the form appeals use.
        ("he", &["אתה", "שלך"], &["אתם", "שלכם", "לכם"]),
        (
            "fa",
            &["تو", "تو را", "به تو"],
            &["شما", "شما را", "به شما"],
        ),
        ("vi", &["bạn", "các bạn"], &["quý vị", "quý độc giả"]),
        // Azerbaijani "siz", "sizin" are the Turkish pack's: their other forms stand in.
        (
            "az",
            &["sən", "sənin", "səni"],
            &["sizə", "sizdən", "sizinlə"],
        ),
        ("ka", &["შენ", "შენი"], &["თქვენ", "თქვენი"]),
        ("hy", &["դու", "քո", "քեզ"], &["դուք", "ձեր", "ձեզ"]),
        // Macedonian "ти", "твој", "ваш" are the Serbian pack's, "вие", "вашата" the
        // Bulgarian's: the forms with the postposed article stand in.
        ("mk", &["твојата", "твојот"], &["вашиот"]),
        (
            "kk",
            &["сен", "сенің", "саған"],
            &["сіз", "сіздің", "сізге"],
        ),
        // Albanian "ti" is the Italian pack's: "yt", "tënd" stand in.
        ("sq", &["yt", "tënd", "jote"], &["ju", "juaj", "juve"]),
        // Urdu "تو" is the Persian pack's.
        ("ur", &["تم", "تمہارا", "تمہیں"], &["آپ", "آپ کا", "آپ کو"]),
        ("bn", &["তুমি", "তোমার", "তোমাকে"], &["আপনি", "আপনার", "আপনাকে"]),
        // Swahili has no polite singular: the plural is the form appeals use to many readers.
        ("sw", &["wewe", "yako", "wako"], &["ninyi", "yenu", "wenu"]),
        // Malay "anda", "kamu" are the Indonesian pack's: the forms of a letter stand in.
        ("ms", &["awak", "engkau"], &["tuan/puan"]),
        // Filipino polite "po" is Polish "po": the plural forms stand in.
        ("tl", &["ikaw", "iyo", "iyong"], &["kayo", "ninyo", "inyo"]),
        ("ta", &["நீ", "உன்", "உனக்கு"], &["நீங்கள்", "உங்கள்", "உங்களுக்கு"]),
        // Marathi "आपण" is also the inclusive "we": the formal dative stands in.
        ("mr", &["तू", "तुला", "तुझा"], &["आपणास", "आपणांस"]),
        // Icelandic has no formal register in use: "þér" as a polite "you" is archaic, and the
        // same word is the everyday dative "to you".
        ("is", &["þú", "þig", "þér", "þín", "þinn"], &[]),
        // Galician "che" (to you) is Italian "che", "te" the Spanish pack's: the tonic and
        // possessive forms stand in.
        ("gl", &["ti", "teu", "túa"], &["vostede", "vostedes"]),
        // Basque "zu" is the everyday and the polite singular alike (the familiar "hi" of
        // hitanoa is no written appeal's, and "hi", "hire" are English words): its forms stand
        // in for the one register, the plural's ("zuen" is also the past auxiliary: left out)
        // for the other.
        (
            "eu",
            &["zure", "zuri", "zuk"],
            &["zuek", "zuei", "zuentzat"],
        ),
        // Welsh "chi" is Italian "who", "ti" the Italian pack's "you", "di" Italian "of": the
        // possessives, verb forms and the preposition's phrase stand in.
        ("cy", &["dy", "wyt", "i ti"], &["eich", "ydych", "i chi"]),
        // Irish "tú" is the Spanish pack's: the prepositional forms stand in. Irish has no
        // polite register: the plural is the form appeals use to many readers.
        (
            "ga",
            &["tusa", "leat", "duit", "agat"],
            &["sibh", "libh", "daoibh", "bhur"],
        ),
        // af: the formal "u" alone is Croatian "in" (one of its common words) and Czech,
        // Slovak and Polish "at": its prepositional and verbal phrases stand in.
        ("af", &["jy", "jou", "julle"], &["vir u", "aan u", "u kan"]),
        // lb: the informal "du" is the German pack's, the formal "Dir" German "dir", its
        // possessive "Är" Swedish "är" (is): the other forms of each register stand in.
        ("lb", &["dech", "däin", "deng"], &["iech", "ären", "ärer"]),
        // Maltese has no polite register in use: the plural is the form appeals use to many
        // readers.
        (
            "mt",
            &["int", "tiegħek", "lilek", "għalik"],
            &["intom", "tagħkom", "lilkom", "għalikom"],
        ),
        // so: Somali has no polite register: the plural is the form appeals use to many
        // readers ("ku", you, is also "in, on", "aad", you, also "very": the emphatic and
        // dative forms stand in).
        (
            "so",
            &["adiga", "adigu", "kuu"],
            &["idinka", "idinku", "idiin"],
        ),
        // ne: the polite "तपाईं" in its three spellings (anusvara, candrabindu, neither);
        // the familiar "तिमी".
        (
            "ne",
            &["तिमी", "तिम्रो", "तिमीलाई"],
            &["तपाईं", "तपाईंको", "तपाईंलाई", "तपाईँ", "तपाई"],
        ),
        // ht: Haitian Creole has no polite register: "ou" (you) is every reader's, and the
        // plural "nou" is also "we". "ou" alone is French and Portuguese "or", "nou" Catalan
        // "new": their phrases stand in.
        ("ht", &["si ou", "pou ou", "sipò ou"], &[]),
        // ha: Hausa has no polite register but the plural, which also addresses one elder;
        // "kai" (you) is also "head" and "to take", "ke" the relative's "who is", "ka" a
        // common word of Latvian and Estonian, "ku" the "to" of Chichewa and Kinyarwanda: the
        // possessives stand in.
        (
            "ha",
            &["naka", "ɗinka", "naki"],
            &["naku", "ɗinku", "gare ku"],
        ),
        // ps: Pashto's polite register is the plural "تاسو" ("تاسې"); the familiar "ته" is also
        // the postposition "to" and "تا" Persian "until": the possessive and the dative stand in.
        ("ps", &["ستا", "تاته"], &["تاسو", "ستاسو", "تاسې", "ستاسې"]),
        // yo: one reader is "o", "ìwọ", "rẹ", many readers (or one, politely) "ẹ", "ẹ̀yin",
        // "yín". "o" is Portuguese's article, "ẹ" opens every "ẹ̀"/"ẹ́" word in composed text
        // (its tone mark is no letter), "rẹ" is "rẹ̀" (his, her) unmarked: the emphatic and
        // possessive forms stand in.
        ("yo", &["ìwọ", "tìrẹ"], &["ẹ̀yin", "yín", "tiyín"]),
        // zu: isiZulu has no polite register but the plural, which also addresses one elder.
        // "wena" (you) is Sesotho's and Setswana's too, "nina" (you all) Swahili's "I have"
        // and Filipino's plural "nina", "kini" (to you all) Indonesian "now", "yenu", "wenu"
        // the Swahili pack's "your": the singular's possessives, the plural's other
        // possessives stand in.
        (
            "zu",
            &["yakho", "wakho", "lakho"],
            &["lenu", "kwenu", "zenu"],
        ),
        // xh: isiXhosa has no polite register but the plural, which addresses many readers.
        // "wena" (you) is also Sesotho's and Setswana's, "nina" (you all) Swahili's "I have"
        // and a first name, "kuwe" (to you) Swahili's "that there be": the possessives of the
        // noun classes and "nonke" (all of you) stand in.
        (
            "xh",
            &["yakho", "wakho", "lakho"],
            &["yenu", "wenu", "nonke"],
        ),
        // ml: the plural "നിങ്ങൾ" is the polite singular too, "താങ്കൾ" the honorific. The
        // familiar "നീ" is the end of "എന്നീ" (namely) after the virama's word break, "നിന്റെ"
        // the end of every genitive in "-ന്നിന്റെ" ("മരുന്നിന്റെ"): the dative and accusative
        // stand in.
        (
            "ml",
            &["നിനക്ക്", "നിന്നെ"],
            &["നിങ്ങൾ", "നിങ്ങളുടെ", "നിങ്ങൾക്ക്", "താങ്കൾ", "താങ്കളുടെ"],
        ),
        // am: the polite singular "እርስዎ" (its possessive "የእርስዎ") and the plural "እናንተ",
        // which also addresses many readers; the familiar "አንተ", "አንቺ". Each is Amharic's
        // own: Tigrinya writes "ንስኻ", "ንስኺ", "ንስኹም".
        ("am", &["አንተ", "አንቺ"], &["እርስዎ", "የእርስዎ", "እናንተ"]),
        // Thai "คุณ" is the everyday register and "ท่าน" the formal one; alone, each is also
        // a title or an honorific: the forms joined to "your", "if" or "reader" stand in.
        (
            "th",
            &["ของคุณ", "หากคุณ", "คุณผู้อ่าน"],
            &["ของท่าน", "หากท่าน", "ท่านผู้อ่าน"],
        ),
        // te: the familiar "నువ్వు", "నీ" and the polite (and plural) "మీరు", "మీ". The
        // Telugu script is no other pack's, so no form is another language's word; the
        // short possessives "నీ", "మీ" match only whole ("నీరు", water, and "మీద", on, do not
        // hold them).
        ("te", &["నువ్వు", "నీ", "నీకు"], &["మీరు", "మీ", "మీకు"]),
        // kn: the familiar "ನೀನು" and the plural "ನೀವು", which is also the polite singular.
        // The honorific "ತಾವು", "ತಮ್ಮ" is also the reflexive "themselves", "their own" of every
        // report: left out. (No table language writes the Kannada script: no form is another's
        // common word.)
        ("kn", &["ನೀನು", "ನಿನ್ನ", "ನಿನಗೆ"], &["ನೀವು", "ನಿಮ್ಮ", "ನಿಮಗೆ"]),
        // gu: the everyday "તમે" (the plural, which is also the polite singular) and the
        // familiar "તું". The honorific "આપ", "આપના", "આપને" is left out: "આપ" is the Aam Aadmi
        // Party of every Gujarat political story ("આપના ઉમેદવાર", AAP's candidate) and the
        // verb "give"; so are "તારા", "તારો" (your, familiar), also "stars", "star". (No table
        // language but Gujarati writes the Gujarati script: no form is another's common word.)
        ("gu", &["તું", "તને", "તારું"], &["તમે", "તમારા", "તમારું", "તમને"]),
        // pa: the polite (and plural) "ਤੁਸੀਂ", the familiar "ਤੂੰ". The honorific "ਆਪ" is left
        // out: it is the Aam Aadmi Party of every Punjab politics story; so is the reflexive
        // "ਆਪਣਾ" (one's own). (No table language writes Gurmukhi: no form is another's common
        // word. Shahmukhi Punjabi's "تسی", "تہاڈا" are left to the Urdu pack.)
        ("pa", &["ਤੂੰ", "ਤੇਰਾ", "ਤੈਨੂੰ"], &["ਤੁਸੀਂ", "ਤੁਹਾਡਾ", "ਤੁਹਾਡੇ", "ਤੁਹਾਨੂੰ"]),
        // my: Burmese writes unspaced, and a phrase matches inside a longer word. The written
        // "သင်" of every site's forms is the everyday register; alone it is also "learn, teach"
        // ("သင်တန်း", "သင်ကြား") and its "သင့်" also "should, suitable" ("သင့်တော်"): the
        // possessive, dative and plural forms stand in. The polite "လူကြီးမင်း" of forms and
        // "ခင်ဗျား" (not "ခင်ဗျာ", the polite sentence ending) are the formal register. The
        // familiar "မင်း" is also "king", "official" and the end of names ("ဇော်မင်း",
        // "မင်းအောင်လှိုင်"), "နင်" is inside "နင်း" (tread): left out. (No table language but
        // Burmese writes the Myanmar script; Shan and Mon, which share it, have no pack.)
        (
            "my",
            &["သင်၏", "သင့်ရဲ့", "သင့်အား", "သင့်အတွက်", "သင်တို့"],
            &["လူကြီးမင်း", "ခင်ဗျား"],
        ),
        // si: the written register's "ඔබ", "ඔබගේ", "ඔබේ", "ඔබට" (one reader or many, neutral and
        // polite: the form of every appeal and notice) and the spoken familiar "ඔයා", which a few
        // youth sites write. Left out: the honorific "ඔබතුමා", "ඔබතුමිය" (an interviewer's
        // address to a minister in every Q&A, no reader's) and the familiar "නුඹ", "උඹ" (a
        // quoted speaker's, a song's). (No table language but Sinhala writes the Sinhala script:
        // no form is another's common word. Singlish, Sinhala in Latin letters ("oba", "api"),
        // is left to none: "api" is a common English word of the web.)
        ("si", &["ඔයා", "ඔයාගේ", "ඔයාට"], &["ඔබ", "ඔබගේ", "ඔබේ", "ඔබට"]),
    ];

    fn packs() -> impl Iterator<Item = &'static Pack> {
        ALL.iter().copied().filter(|p| p.lang != "xx")
    }

    /// The phrases of `pack` that serve a function.
    fn count(pack: &Pack, serves: Serves) -> usize {
        pack.entries
            .iter()
            .map(|e| e.phrases.iter().filter(|p| serves(e, p)).count())
            .sum()
    }

    /// The function × language table: phrases per cell. `cargo test --lib coverage --
    /// --nocapture` prints it for DESIGN.md.
    fn table() -> String {
        let mut out = String::from("| function |");
        for p in packs() {
            out += &format!(" {} |", p.lang);
        }
        out += "\n|---|";
        out += &"---:|".repeat(packs().count());
        for (name, serves) in FUNCTIONS {
            out += &format!("\n| {name} |");
            for p in packs() {
                out += &format!(" {} |", count(p, *serves));
            }
        }
        for (name, forms) in [("you", 0), ("we", 1)] {
            out += &format!("\n| {name} |");
            for p in packs() {
                out += &format!(" {} |", [p.you, p.we][forms].len());
            }
        }
        out
    }

    #[test]
    fn coverage_every_function_in_every_language() {
        println!("{}", table());
        let mut empty = Vec::new();
        for p in packs() {
            for (name, serves) in FUNCTIONS {
                if count(p, *serves) == 0 {
                    empty.push(format!("{}: {name}", p.lang));
                }
            }
            if p.we.is_empty() {
                empty.push(format!("{}: we", p.lang));
            }
        }
        assert!(empty.is_empty(), "empty cells: {empty:?}");
    }

    /// The rows of each pack that can never count: a row whose phrase and position an
    /// earlier row of the same pack holds counts only where that row does not (a longer
    /// block than its word limit, an inflected form of a stem), so a row that the earlier
    /// ones cover wherever it applies is dead weight that reads as coverage.
    fn inert_rows() -> Vec<String> {
        use crate::input::segment::fold_case;
        // Whether a row counts for a block of `words` words, on the phrase as written or
        // on an inflected form of it.
        let applies = |e: &Entry, stem: bool, inflected: bool, words: u32| {
            (!inflected || stem)
                && (e.max_words == 0 || words <= e.max_words || e.group == Salutation)
        };
        let mut inert = Vec::new();
        for p in ALL {
            // The earlier rows of each phrase, position and meaning, with their stems.
            let mut earlier: std::collections::HashMap<_, Vec<(&Entry, bool)>> =
                std::collections::HashMap::new();
            let counters = [(We, p.we), (You, p.you)];
            let rows = p.entries.iter().enumerate().flat_map(|(k, e)| {
                e.phrases
                    .iter()
                    .enumerate()
                    .map(move |(i, ph)| (k, i, e, *ph))
            });
            for (k, i, e, phrase) in rows {
                let stem = phrase.ends_with('*');
                let counter = matches!(e.group, Platform | Money);
                let key = (
                    crate::rules::compile::fold_phrase(phrase.trim_end_matches('*')),
                    e.at,
                    counter,
                );
                let before: &mut Vec<(&Entry, bool)> = earlier.entry(key).or_default();
                let live = if before.is_empty() {
                    true
                } else if e.at == Whole || counter {
                    false
                } else {
                    [false, true].iter().any(|&inflected| {
                        (1..=400).any(|w| {
                            applies(e, stem, inflected, w)
                                && !before.iter().any(|(b, s)| applies(b, *s, inflected, w))
                        })
                    })
                };
                if !live {
                    inert.push(format!(
                        "{}: {:?} {:?} (row {k}, phrase {i})",
                        p.lang, e.group, phrase
                    ));
                }
                before.push((e, stem));
            }
            for (group, words) in counters {
                let mut seen = std::collections::HashSet::new();
                for w in words {
                    if !seen.insert(fold_case(w).into_owned()) {
                        inert.push(format!("{}: {:?} {:?}", p.lang, group, w));
                    }
                }
            }
        }
        inert
    }

    #[test]
    fn no_row_is_covered_by_an_earlier_row_of_its_pack() {
        let inert = inert_rows();
        assert!(
            inert.is_empty(),
            "{} rows can never count:\n{}",
            inert.len(),
            inert.join("\n")
        );
    }

    /// A pronoun that is one of another language's commonest words sends every text that
    /// holds it to the language test (`Common::hits`, see `RuleSet::shared_pronouns`): the
    /// Basque "zu", German's "zu", did so for every German text, a tenth of the text path's
    /// time. The few that are, and must be, are listed.
    #[test]
    fn few_pronouns_are_another_languages_common_words() {
        // "iyo" is the Filipino pack's "you" and Somali's "and": a Filipino text holding it
        // then goes to the language test, a rare cost, and the word counts as a pronoun only
        // where Filipino wins.
        const SHARED: [&str; 4] = ["din", "du", "ta", "iyo"];
        for p in ALL {
            for w in p.we.iter().chain(p.you) {
                // (As the matcher reads it: "Ihnen" is "ihnen".)
                let w = &w.to_lowercase();
                let w = &w.as_str();
                let others: Vec<&str> = common::COMMON
                    .iter()
                    .filter(|(l, words)| *l != p.lang && words.contains(w))
                    .map(|(l, _)| *l)
                    .filter(|l| {
                        // (Not where the word is that language's pronoun too.)
                        !ALL.iter()
                            .any(|q| q.lang == *l && q.we.iter().chain(q.you).any(|x| x == w))
                    })
                    .collect();
                assert!(
                    others.is_empty() || SHARED.contains(w),
                    "{}: {w:?} is a common word of {others:?}",
                    p.lang
                );
            }
        }
    }

    #[test]
    fn coverage_reader_address_in_every_register() {
        for p in packs() {
            let Some((_, informal, formal)) = ADDRESS.iter().find(|(l, ..)| *l == p.lang) else {
                panic!("{}: add the language's forms of address to ADDRESS", p.lang);
            };
            for form in informal.iter().chain(formal.iter()) {
                assert!(p.you.contains(form), "{}: `you` lacks {form:?}", p.lang);
            }
        }
    }

    #[test]
    fn only_notice_rows_weigh_a_notice() {
        // `Evidence::notice` is read off the weight: a body row as light as a notice would
        // make every block it matches the story's notice.
        for p in ALL {
            for e in p.entries.iter().filter(|e| e.group == Body) {
                if e.weight <= NOTICE_WEIGHT {
                    assert_eq!(e.weight, NOTICE_WEIGHT, "{}: {:?}", p.lang, e.phrases);
                }
            }
        }
        assert_eq!((notice().group, notice().at), (Body, Start));
        assert!(body().weight > NOTICE_WEIGHT);
    }

    #[test]
    fn stems_are_long_enough_for_the_key_filter() {
        // A stem shorter than the matcher's stem key turns its filter off: every word of
        // every text would walk the automaton (a two-byte Korean stem cost 35%).
        for p in ALL {
            for e in p.entries {
                for w in e.phrases.iter().filter_map(|w| w.strip_suffix('*')) {
                    assert!(
                        w.len() >= crate::rules::phrases::STEM_KEY || w.contains(' '),
                        "{}: stem {w:?} is under {} bytes",
                        p.lang,
                        crate::rules::phrases::STEM_KEY
                    );
                }
            }
        }
    }

    #[test]
    fn phrases_are_folded_and_trimmed() {
        for p in ALL {
            let words = p.entries.iter().flat_map(|e| e.phrases.iter());
            for w in words.chain(p.we).chain(p.you) {
                // (A pronoun may open with a capital: it counts only so written.)
                let rest = if p.we.contains(w) || p.you.contains(w) {
                    w.char_indices().nth(1).map_or("", |(i, _)| &w[i..])
                } else {
                    w
                };
                assert_eq!(
                    rest,
                    rest.to_lowercase(),
                    "{}: {w:?} is not lower case",
                    p.lang
                );
                assert_eq!(*w, w.trim(), "{}: {w:?} has white space around it", p.lang);
                assert!(
                    !w.trim_end_matches('*').is_empty(),
                    "{}: empty phrase",
                    p.lang
                );
            }
        }
    }

    #[test]
    fn builders_keep_group_defaults() {
        let e = header(Donation).max_words(14).phrases(&["a"]);
        assert_eq!(
            (e.group, e.at, e.weight, e.max_words),
            (Header, Start, 4.0, 14)
        );
        let e = ask(Kind::Paywall).at(Start).weight(3.5);
        assert_eq!(
            (e.group, e.kind, e.at, e.weight),
            (Ask, Some(Kind::Paywall), Start, 3.5)
        );
        let e = label_any();
        assert_eq!((e.group, e.kind, e.at), (Label, None, Whole));
        assert_eq!(body().weight, -1.5);
    }
}
