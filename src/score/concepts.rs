//! What an appeal talks about, as word stems in every pack language: the verbs and nouns of
//! support (support, donate, contribute, fund), journalism and the newsroom, independence.
//!
//! An appeal asks for support *of the outlet's journalism*; an article about a fundraiser
//! asks for nothing, or for support of someone else. The packs find the fixed formulas; these
//! stems let the fitted model see the same function in words no pack holds ("unterstütze
//! unser Magazin mit einem kleinen Beitrag", "braucht weiterhin Eure Hilfe"), through
//! features that count which concepts meet in one block. Matched only in the blocks the model
//! scores, so they cost nothing on the body.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::input::segment::fold_case;
use crate::rules::phrases::splits_word;

/// A concept, the index of its bit in [`Concepts`].
#[derive(Clone, Copy)]
enum Concept {
    Support = 0,
    Journalism = 1,
    Independent = 2,
}

/// Stems, lower case, matched at a word start (their ends may go on).
#[rustfmt::skip]
const STEMS: &[(Concept, &[&str])] = &[
    (Concept::Support, &[
        // en
        "support", "donat", "contribut", "chip in", "fund our", "funded by readers", "reader-funded", "help us", "help keep",
        // de
        "unterstütz", "spende", "spendet", "spenden", "beitrag", "förder", "hilf mit", "helfen sie", "eure hilfe", "ihre hilfe", "deine hilfe",
        // fr
        "soutien", "souten", "faire un don", "contribu", "aidez-nous", "aide-nous",
        // es, it, pt
        "apoy", "apoi", "donaci", "donar", "doaç", "sosten", "sostieni", "sostegno", "contribuisc",
        "colabora", "ayúdanos", "aiutaci",
        // pl
        "wspar", "wesprz", "wpłat", "darowizn", "pomóż nam", "pomóżcie",
        // ru, uk
        "поддерж", "пожертв", "донат", "помогите", "помочь нам", "підтрим", "внесок", "внеск", "допоможіть",
        // nl, no, da, sv
        "steun", "doneer", "donati", "støtt", "bidrag", "stött", "stöd", "bidra",
        // cs, tr
        "podpoř", "podpor", "přispě", "destek", "bağış",
        // fi
        "lahjoit", "tukea", "tukesi", "tukenne", "tue meitä",
        // hu
        "támogat", "támogass", "adomány", "adakoz",
        // ro (ș and ț with a comma or a cedilla)
        "sprijin", "susțin", "susţin", "donaț", "donaţ", "doneaz", "ajută-ne", "ajutați-ne", "ajutaţi-ne",
        // el ("δωρεάν" is "free": only the donation's own forms)
        "στήριξ", "στηρίξ", "υποστήρ", "υποστηρ", "δωρεά ", "δωρεάς", "δωρεές", "δωρητ", "συνεισφορ",
        // id
        "dukung", "donasi", "berdonasi", "sumbang", "bantu kami",
        // sk
        "prispej", "prispie", "príspev", "pomôžte nám",
        // bg (not "подкреп" or "дарени": Russian "подкрепление", "дарения")
        "подкрепа", "подкрепата", "подкрепете", "подкрепи ни", "дарете", "дарението", "даренията",
        // hr (not "podrž": Czech "podržet", to hold)
        "podržite", "podrži nas", "podršk", "donir", "donacij",
        // ca
        "dona'ns suport", "dona’ns suport", "doneu-nos suport", "donatiu", "col·labor", "mecenatge",
    ]),
    (Concept::Journalism, &[
        "journalis", "newsroom", "reporting", "our work", "our reporters", "redaktion", "rédaction", "periodismo",
        "redacción", "giornalismo", "redazione", "jornalismo", "redação", "dziennikar", "redakcj", "журналист",
        "редакци", "журналіст", "редакці", "redactie", "redaksjon", "journalistik", "redakce", "žurnalist",
        "gazetecilik", "magazin", "magazine", "revista", "rivista", "czasopism", "журнал", "medium", "médium",
        // fi ("journalis" holds "journalismi")
        "toimituksemme", "työtämme",
        // hu
        "újságír", "szerkesztőség", "munkánk",
        // ro
        "jurnalis", "redacți", "redacţi", "munca noastră",
        // el
        "δημοσιογραφ", "δημοσιογράφ", "σύνταξη μας", "το έργο μας",
        // id ("jurnalis" holds "jurnalisme")
        "redaksi", "kerja kami",
        // sk
        "redakcia", "redakcie", "redakcii", "redakciou", "redakciu", "novinár", "našu prácu",
        // bg ("журналист" and "редакци" hold it)
        "нашата работа",
        // hr
        "novinar", "uredništv", "naš rad",
        // ca (not "periodis": Spanish "periodista")
        "periodisme", "redacció", "la nostra feina",
    ]),
    (Concept::Independent, &[
        "independ", "unabhängig", "indépend", "indipenden", "niezależn", "независим", "незалежн", "onafhankelijk",
        "uavhengig", "uafhængig", "oberoende", "nezávisl", "bağımsız", "non-profit", "nonprofit", "gemeinnützig",
        "ad-free", "werbefrei", "paywall", "bezahlschranke", "płatn", "платн",
        // fi
        "riippumat", "mainokseton", "maksumuur",
        // hu
        "független", "reklámmentes", "fizetőfal",
        // ro ("independ" holds "independent")
        "fără reclame",
        // el
        "ανεξάρτητ", "μη κερδοσκοπικ", "χωρίς διαφημίσεις",
        // id ("independ" holds "independen")
        "tanpa iklan", "nirlaba",
        // sk ("nezávisl" holds "nezávislý")
        "bez reklám",
        // bg ("независим" holds it)
        "без реклами",
        // hr
        "neovisn", "nezavisn", "bez oglasa",
        // ca ("independ" holds it)
        "sense publicitat", "sense ànim de lucre",
    ]),
];

static MATCHER: LazyLock<(AhoCorasick, Vec<Concept>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut concepts = Vec::new();
    for (c, stems) in STEMS {
        for s in *stems {
            patterns.push(*s);
            concepts.push(*c);
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&patterns)
        .expect("the concept stems compile");
    (ac, concepts)
});

/// The concepts a block's text names, a bit each.
#[derive(Clone, Copy, Default)]
pub(crate) struct Concepts(u8);

impl Concepts {
    /// Reads `text` (any case). Stems count only where they start a word.
    pub(crate) fn of(text: &str) -> Concepts {
        // Folded as the packs fold the text: no copy when it is lower case already.
        let lower = fold_case(text);
        let (ac, concepts) = &*MATCHER;
        let mut bits = 0u8;
        for m in ac.find_overlapping_iter(&*lower) {
            if !splits_word(&lower, m.start()) {
                bits |= 1 << concepts[m.pattern().as_usize()] as u8;
            }
        }
        Concepts(bits)
    }

    pub(crate) fn support(self) -> bool {
        self.0 & 1 << Concept::Support as u8 != 0
    }

    pub(crate) fn journalism(self) -> bool {
        self.0 & 1 << Concept::Journalism as u8 != 0
    }

    pub(crate) fn independent(self) -> bool {
        self.0 & 1 << Concept::Independent as u8 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_in_the_words_of_an_ask() {
        let c = Concepts::of(
            "Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.",
        );
        assert!(c.support() && c.journalism() && !c.independent());
        let c = Concepts::of("Wesprzyj niezależne dziennikarstwo!");
        assert!(c.support() && c.journalism() && c.independent());
    }

    #[test]
    fn stems_start_words() {
        // "transport" holds "sport", "undonated" holds "donat": neither starts a word there.
        assert!(!Concepts::of("The undonated transport").support());
        assert!(!Concepts::of("The council met on Tuesday.").support());
    }
}
