//! Credits of pictures: the line under a photo that names its source ("Foto: Irene
//! Krüger", "(Photo by Marla Vintner/Capital Dispatch)", "사진=연합뉴스"), in any language
//! by a closed list of the words that credit a picture. Read in the original text, case and
//! all: the source after the word is a name, and subheadings that open with the same words
//! ("Bilder von der Reise nach Amerika", "Imagen de marca", "Crédit : les banques
//! desserrent l'étau") are none.

use std::sync::LazyLock;

use super::rows::opens_as_name;
use crate::fx::FxMap;
use crate::input::segment::{Block, is_lower, is_upper};
use crate::rules::Evidences;

/// The most words of a picture's credit line.
pub(crate) const CREDIT_WORDS: u32 = 12;

/// The words that credit a picture, in the languages of the packs and beyond, lower-cased
/// (the first eighty by hand, the rest from a survey of how sites in 52 languages word it).
/// Whole words: "Fotball:" over a sports story is a kicker.
const PICTURE_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "photographer",
    "pic",
    "pics",
    "picture",
    "pictures",
    "image",
    "images",
    "illustration",
    "credit",
    "credits",
    "video",
    "foto",
    "fotos",
    // eu
    "argazkia",
    "argazkiak",
    "fot",
    "fotó",
    "fotók",
    "fotografie",
    "fotograf",
    "fotografia",
    "fotografía",
    "fotografias",
    "fotografías",
    "bild",
    "bilder",
    "billede",
    "billeder",
    "bilde",
    "bilete",
    "beeld",
    "afbeelding",
    "imagen",
    "imágenes",
    "imagem",
    "imagens",
    "imaxe",
    "immagine",
    "immagini",
    "ilustración",
    "ilustração",
    "ilustrasi",
    "illustrazione",
    "crédit",
    "crédits",
    "crédito",
    "créditos",
    "grafik",
    "grafika",
    "kuva",
    "kuvat",
    "kép",
    "zdjęcie",
    "zdjęcia",
    "фото",
    "фотография",
    "фотографія",
    "світлина",
    "снимка",
    "снимки",
    "иллюстрация",
    "ілюстрація",
    "φωτογραφία",
    "ფოტო",
    "լուսանկար",
    "사진",
    "写真",
    "撮影",
    "攝影",
    "摄影",
    "صورة",
    "تصوير",
    "عکس",
    "فوٹو",
    "צילום",
    "ảnh",
    "ภาพ",
    "صور",
    "الصورة",
    "الصور",
    "fotoşəkil",
    "fotoşəkillər",
    "şəkil",
    "şəkillər",
    "фота",
    "фотаздымак",
    "фотаздымкі",
    "здымак",
    "изображение",
    "ছবি",
    "ছবিগুলো",
    "আলোকচিত্র",
    "ফটো",
    "imatge",
    "imatges",
    "fotomuntatge",
    "snímek",
    "snímky",
    "obrázek",
    "obrázky",
    "ilustrace",
    "fotomontáž",
    "illustrationer",
    "titelbild",
    "symbolbild",
    "beitragsbild",
    "aufmacherbild",
    "vorschaubild",
    "φωτο",
    "εικόνα",
    "εικόνες",
    "illustrations",
    "ilustraciones",
    "fotomontaje",
    "fotod",
    "pilt",
    "illustratsioon",
    "illustratsioonid",
    "kaanepilt",
    "fotomontaaž",
    "تصویر",
    "تصاویر",
    "تصویرسازی",
    "valokuva",
    "valokuvat",
    "kansikuva",
    "pääkuva",
    "תמונה",
    "תמונות",
    "फोटो",
    "फ़ोटो",
    "फोटोज",
    "तस्वीर",
    "तस्वीरें",
    "तस्बिर",
    "छायाचित्र",
    "ఫోటో",
    "ಫೋಟೋ",
    "ഫോട്ടോ",
    "ફોટો",
    "તસવીર",
    "ਫੋਟੋ",
    "ਤਸਵੀਰ",
    "ඡායාරූපය",
    "ፎቶ",
    "sawir",
    "isithombe",
    "hoto",
    "slika",
    "ilustracije",
    "képek",
    "fénykép",
    "fényképek",
    "borítókép",
    "nyitókép",
    "címlapkép",
    "gambar",
    "illustrazioni",
    "画像",
    "写真提供",
    "画像提供",
    "ფოტოები",
    "ფოტოსურათი",
    "სურათი",
    "სურათები",
    "이미지",
    "사진제공",
    "nuotrauka",
    "nuotraukos",
    "nuotr",
    "vaizdas",
    "fotogrāfija",
    "fotogrāfijas",
    "attēls",
    "attēli",
    "ilustrācija",
    "ilustrācijas",
    "фотографија",
    "фотографии",
    "слика",
    "छायाचित्रे",
    "imej",
    "beelden",
    "afbeeldingen",
    "illustratie",
    "illustraties",
    "illustrasjon",
    "illustrasjoner",
    "fotomontasje",
    "ilustracja",
    "ilustracje",
    "fotomontaż",
    "ilustrações",
    "imagine",
    "imagini",
    "ilustrație",
    "ilustrații",
    "ilustratie",
    "fotomontaj",
    "снимок",
    "snímka",
    "obrázok",
    "ilustrácia",
    "posnetek",
    "posnetki",
    "fotot",
    "imazh",
    "ilustrim",
    "ilustrimi",
    "фотографије",
    "слике",
    "picha",
    "படம்",
    "படங்கள்",
    "புகைப்படம்",
    "புகைப்படங்கள்",
    "ஒளிப்படம்",
    "ஒளிப்படங்கள்",
    "விளக்கப்படம்",
    "รูป",
    "รูปภาพ",
    "ภาพถ่าย",
    "ภาพประกอบ",
    "ภาพวาด",
    "ภาพปก",
    "เครดิตภาพ",
    "larawan",
    "litrato",
    "ilustrasyon",
    "fotoğraf",
    "fotoğraflar",
    "görsel",
    "görseller",
    "фотографії",
    "світлини",
    "зображення",
    "فوٹوز",
    "hình",
    "图片",
    "圖片",
    "照片",
    // The word for a photo in languages no pack reads, as their sites credit one: rw, ny,
    // tn, st, sn, yo, ku, mg, om, ti, tg, ky, kk, mn, uz, or, km, lo (not "surat", which
    // is Malay's and Indonesian's letter)
    "ifoto",
    "amafoto",
    "chithunzi",
    "zithunzi",
    "setshwantsho",
    "ditshwantsho",
    "setšoantšo",
    "mufananidzo",
    "mifananidzo",
    "àwòrán",
    "aworan",
    "wêne",
    "sary",
    "suuraa",
    "ስእሊ",
    "акс",
    "сүрөт",
    "сурет",
    "зураг",
    "rasm",
    "ଫଟୋ",
    "រូបថត",
    "ຮູບພາບ",
    "ຮູບ",
];

/// [`PICTURE_WORDS`] as a set.
static PICTURES: LazyLock<FxMap<&'static str, ()>> =
    LazyLock::new(|| PICTURE_WORDS.iter().map(|&w| (w, ())).collect());

/// The longest of [`PICTURE_WORDS`], in bytes.
const PICTURE_WORD_BYTES: usize = 39;

/// True when `word` (lower-cased) credits a picture.
fn is_picture_word(word: &str) -> bool {
    word.len() <= PICTURE_WORD_BYTES && PICTURES.contains_key(word)
}

/// True when `word`, in any case, credits a picture: an ASCII word is lower-cased on the
/// stack (the test runs on the first word of every short block).
fn is_picture_word_any_case(word: &str) -> bool {
    if word.len() > PICTURE_WORD_BYTES {
        return false;
    }
    if word.is_ascii() {
        let mut buf = [0u8; PICTURE_WORD_BYTES];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(is_picture_word)
    } else {
        is_picture_word(&word.to_lowercase())
    }
}

/// The words that say whose a picture is between the picture word and the name ("Photo by
/// ...", "Foto de ...", "Kuha ni ...", a byline's "Por Sofía Barrios", "Par Jean Roy"):
/// after them a name of capitalised words must follow.
const BY_WORDS: [&str; 13] = [
    "by", "von", "de", "di", "da", "door", "av", "af", "od", "от", "ni", "por", "par",
];

/// True when the line `t` opens with one of [`BY_WORDS`] and a space or a colon ("By Jane
/// Roe", "Von Anna Berg", "BY: Caleb Ortega").
pub(crate) fn opens_with_by(t: &str) -> bool {
    let word = t.split([' ', ':']).next().unwrap_or("");
    word.len() < t.len() && is_by_word(word)
}

/// True when `word`, in any case, is one of [`BY_WORDS`].
pub(crate) fn is_by_word(word: &str) -> bool {
    word.len() <= BY_WORD_BYTES && BY_WORDS.contains(&word.to_lowercase().as_str())
}

/// The longest of [`BY_WORDS`], in bytes ("door"; "от" is four).
const BY_WORD_BYTES: usize = 4;

/// True when `t` credits a picture: any of its words is a picture word, or it holds a
/// copyright sign ("Fotos: Jana Meister" is no byline, unless the line credits the text
/// too: see [`credits_text`]).
pub(crate) fn credits_picture(t: &str) -> bool {
    t.contains('©')
        || t.split(|c: char| !inside_word(c))
            .any(is_picture_word_any_case)
}

/// Whether `c` is part of a word: alphanumeric, or the virama of a Brahmic script, which
/// Unicode leaves out of the alphabetic class though it joins two consonants inside a word
/// ("புகைப்படம்", "तस्वीर" are one word each, not two).
fn inside_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\u{94d}'
                | '\u{9cd}'
                | '\u{a4d}'
                | '\u{acd}'
                | '\u{b4d}'
                | '\u{bcd}'
                | '\u{c4d}'
                | '\u{ccd}'
                | '\u{d4d}'
                | '\u{dca}'
        )
}

/// The labels that credit a story's text, lower case ("Text: Paul Henning, Fotos: Jana
/// Meister", "Szöveg: Fehér Dóra · Fotó: Varga Máté").
const TEXT_WORDS: &[&str] = &[
    "text",
    "texte",
    "textes",
    "tekst",
    "tekster",
    "texto",
    "textos",
    "testo",
    "testi",
    "texti",
    "teksti",
    "teksts",
    "tekstas",
    "szöveg",
    "текст",
    "тэкст",
    "κείμενο",
    "metin",
    "besedilo",
    "words",
    "bài",
    "เรื่อง",
    "글",
    "文",
    "撰文",
];

/// True when `t` opens with a label that credits the story's text, alone or with the
/// pictures' ("Texto y fotos:", "Bài và ảnh:"), then a colon: the line is its byline,
/// whatever pictures it credits besides.
pub(crate) fn credits_text(t: &str) -> bool {
    let t = t.trim_start();
    let end = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
    let (word, rest) = t.split_at(end);
    let Some(colon) = rest.find([':', '：']) else {
        return false;
    };
    end > 0
        && rest[..colon].split_whitespace().count() <= TEXT_LABEL_WORDS
        && TEXT_WORDS.contains(&word.to_lowercase().as_str())
}

/// The most words after the text's label and before its colon, the pictures' ("và ảnh",
/// "y fotos").
const TEXT_LABEL_WORDS: usize = 2;

/// The fewest words of a caption before a credit on its line, or on the line above it.
pub(crate) const CAPTION_HEAD_WORDS: usize = 4;

/// Where a picture's credit starts at the end of a caption's line ("Vecinos ... hacen fila
/// — Foto: Juan Pérez", "Politiet afspærrede ... Nørrebrogade. Foto: Ida Marie Odgaard",
/// "... (Foto: LSA)"): a [`picture_credit`] of [`CREDIT_WORDS`] at most after a stop, a dash,
/// a bar or an opening bracket, under a caption of a few words; the credit's offset in the
/// line, with the separator before it. The caption is the story's; the credit is not.
pub(crate) fn trailing_credit(line: &str) -> Option<usize> {
    // A credit after a caption names its source after a separator or in brackets ("Foto:
    // X", "(Foto X)"): a line without one is passed over at the cost of a byte search, as
    // this reads every short line of the runs. (Not "Photo by X" after a caption: rare.)
    let b = line.as_bytes();
    if memchr::memchr3(b':', b'(', b'|', b).is_none()
        && memchr::memchr3(b'[', b'=', b'/', b).is_none()
        && memchr::memmem::find(b, "：".as_bytes()).is_none()
    {
        return None;
    }
    let mut at = 0;
    let mut prev = "";
    for word in line.split(' ') {
        let start = at;
        at += word.len() + 1;
        let after = std::mem::replace(&mut prev, word);
        // (Only a word after a separator is looked up: the cheap test first, as this reads
        // every short line of the runs.)
        let bracket = word.starts_with(['(', '[']);
        if start == 0
            || !(bracket
                || after.ends_with(['.', ','])
                || matches!(after, "—" | "–" | "-" | "|" | "·"))
        {
            continue;
        }
        let bare = word.trim_start_matches(['(', '[']);
        let end = bare
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(bare.len());
        if !is_picture_word_any_case(&bare[..end]) {
            continue;
        }
        let head = line[..start].trim_end();
        let credit = line[start..].trim_end_matches([')', ']']);
        if head.split_whitespace().count() >= CAPTION_HEAD_WORDS
            && credit.split_whitespace().count() <= CREDIT_WORDS as usize
            && picture_credit(credit)
        {
            // From the separator on: the caption keeps its full stop, not a dash or a bar.
            let kept =
                line[..start].trim_end_matches([' ', '—', '–', '-', '|', '·', ',', '(', '[']);
            return Some(kept.len());
        }
    }
    None
}

/// True when the line `t` is a picture's credit: a picture word, then a separator and a
/// source written as a name (a capital, a digit, a script without case: "Foto: NH Nieuws /
/// Rutger Kos", "Фото: Денис Ковалёв", "사진=연합뉴스"), or "by" and a name of capitalised
/// words ("Picture by Tomás Fidalgo", "Foto de Juan Pérez"), or both in brackets with a
/// capitalised name ("(Foto Marchiori)"). Not a line that ends like a sentence (a caption).
pub(crate) fn picture_credit(t: &str) -> bool {
    let t = t.trim();
    if t.ends_with(['.', '!', '?', '…', '。']) {
        return false;
    }
    let bracketed = t.starts_with(['(', '[', '（']);
    let inner = t.trim_start_matches(['(', '[', '（', ' ']);
    let end = inner.find(|c: char| !inside_word(c)).unwrap_or(inner.len());
    let (word, rest) = inner.split_at(end);
    if !is_picture_word_any_case(word) {
        return names_picture_source(t);
    }
    let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
    if let Some(source) = rest.strip_prefix([':', '：', '=', '/', '|']) {
        let source = source.trim_start();
        // Or a source described in small letters, in a few words, after the word "photo"
        // itself ("Foto: archivio Eco di Biella", "Photo: supplied", "Фото: из личного
        // архива"): on every labelled text, 23 such lines, all credits. (Not after the
        // other picture words, which head a kicker: "Crédit : les banques desserrent
        // l'étau".)
        opens_as_name(source)
            || (!source.is_empty()
                && source.split_whitespace().count() <= DESCRIBED_SOURCE_WORDS
                && rest.starts_with([':', '：'])
                && PHOTO_WORDS.contains(&word.to_lowercase().as_str()))
    } else {
        let (by, after) = rest.split_at(rest.find(' ').unwrap_or(rest.len()));
        if is_by_word(by) {
            // A name: its first two words written as names, or one alone ("Photo by
            // Reuters").
            let mut words = after
                .split([' ', '/'])
                .filter(|w| !w.is_empty())
                .map(|w| w.trim_end_matches([')', ']', '）', ',']));
            match (words.next(), words.next()) {
                (Some(a), Some(b)) => opens_as_name(a) && opens_as_name(b),
                (Some(a), None) => opens_as_name(a),
                _ => false,
            }
        } else {
            bracketed
                && t.ends_with([')', ']', '）'])
                && opens_as_name(rest)
                && rest.split_whitespace().count() <= 3
        }
    }
}

/// Stock libraries, whose name alone on a short line credits a picture in any language
/// ("Shutterstock", "(Getty Images)", "iStockphoto / Mario Rossi"), lower case.
const STOCK_LIBRARIES: &[&str] = &[
    "shutterstock",
    "istock",
    "istockphoto",
    "alamy",
    "unsplash",
    "pixabay",
    "pexels",
    "depositphotos",
    "dreamstime",
    "123rf",
];

/// Wires whose photo desk a credit names with a picture word after it ("AP Photo/Lekan
/// Oyekanmi", "— Reuters pic", "EPA Foto"). (Not the wire's bare name: "AFP" alone on its
/// line gives the story's source, which is body.)
const PHOTO_WIRES: &[&str] = &[
    "ap", "afp", "reuters", "epa", "dpa", "anp", "ansa", "efe", "xinhua", "kyodo", "yonhap",
];

/// The most words of a line that credits a picture by a stock library's name.
const STOCK_CREDIT_WORDS: usize = 5;

/// True when the line `t` credits a picture by its source alone, with no picture word
/// before it: a stock library's name opening a short line, or a wire's name and a picture
/// word ("AP Photo"). Read in any language: the names are the same everywhere.
fn names_picture_source(t: &str) -> bool {
    let t = t.trim_start_matches(['(', '[', '（', '—', '–', '-', ' ']);
    // (Compared in any case, without lower-casing: the test runs on every short block.)
    let mut words = t
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty());
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    let is = |w: &str, names: &[&str]| names.iter().any(|n| source_name(w).eq_ignore_ascii_case(n));
    let getty = is(first, &["getty"]) && second.is_some_and(|w| is(w, &["images"]));
    let stock = is(first, STOCK_LIBRARIES) || getty;
    let wire = !stock
        && is(first, PHOTO_WIRES)
        && second.is_some_and(|w| is_picture_word_any_case(source_name(w)));
    // (The words after the source are a name, not a sentence's: "Getty Images sues
    // Stability AI", "Alamy responds", "AP photo archive goes online" are headlines.)
    let mut after = second
        .into_iter()
        .skip(usize::from(getty || wire))
        .chain(words);
    (stock || wire)
        && t.split_whitespace().count() <= STOCK_CREDIT_WORDS + 1
        && after.all(|w| !w.starts_with(char::is_lowercase) || matches!(w, "via" | "by"))
}

/// A word of a credit without the bracket or the mark that closes it ("Images)", "AP,").
fn source_name(w: &str) -> &str {
    w.trim_end_matches([')', ']', '）', ',', ':'])
}

/// The most words of a source described in small letters after a picture's label and its
/// colon ("Фото: автордың жеке мұрағатынан"); more read as a caption's sentence.
const DESCRIBED_SOURCE_WORDS: usize = 5;

/// The word "photo" in the scripts that write it so, lower case: the labels after which a
/// source may be described in small letters.
const PHOTO_WORDS: &[&str] = &["foto", "fotos", "fotó", "photo", "photos", "фото", "фота"];

/// The blocks that credit a picture (see [`picture_credit`]), wherever they stand; a block
/// that reports or quotes is none.
pub(crate) fn picture_credits(blocks: &[Block], evidence: &Evidences, text: &str) -> Vec<usize> {
    (0..blocks.len())
        .filter(|&i| {
            let (b, ev) = (&blocks[i], &evidence[i]);
            b.words <= CREDIT_WORDS
                && ev.body >= 0.0
                && !b.quoted
                && picture_credit(&text[b.range.clone()])
                && (i > 0 || !headline_after_label(&text[b.range.clone()]))
                && !caption_of_story(blocks, i, text)
        })
        .collect()
}

/// The words of a name that [`closing_credits`] reads after a label, and the most lines of
/// such credits in a row (a text's and a picture's).
const CREDIT_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
const CLOSING_CREDIT_LINES: usize = 2;
/// The most words of the label before a closing credit's colon, and of the whole line: the
/// label, the name and a place of two words.
const CREDIT_LABEL_WORDS: usize = 3;
const CLOSING_CREDIT_WORDS: u32 = 8;

/// Where no pack reads the text, below the story's last paragraph, a line that is a label,
/// a colon and a person's name (two or three words, each written with a capital), maybe
/// with a place after a comma: the story's credit ("Муаллиф: Фаридун Саидов", "Pego ka:
/// Onalenna Kgosi", "Site n'aka: Chinedu Okeke, Awka"), in a language whose label no list
/// holds. Not a row of many such lines (a results list, "W1 masters: Rāwiri Hohaia"), nor a
/// source or a company of more words or words in small letters ("Źródło: UG Baligród, RDOŚ
/// w Rzeszowie").
pub(super) fn closing_credits(
    blocks: &[Block],
    evidence: &Evidences,
    story_end: usize,
    text: &str,
    taken: &[bool],
) -> Vec<usize> {
    let credit = |i: usize| {
        let (b, ev) = (&blocks[i], &evidence[i]);
        if b.words > CLOSING_CREDIT_WORDS || b.sentence || b.quoted || ev.body < 0.0 {
            return false;
        }
        let Some((label, rest)) = text[b.range.clone()].trim().split_once([':', '：']) else {
            return false;
        };
        let (name, place) = rest.split_once(',').unwrap_or((rest, ""));
        let capital = |w: &str| w.chars().next().is_some_and(is_upper);
        let words: Vec<&str> = name.split_whitespace().collect();
        (1..=CREDIT_LABEL_WORDS).contains(&label.split_whitespace().count())
            && !label.contains(|c: char| c.is_numeric())
            && CREDIT_NAME_WORDS.contains(&words.len())
            && words
                .iter()
                .all(|w| capital(w) && w.chars().all(char::is_alphabetic))
            && place.split_whitespace().count() <= 2
            && place.split_whitespace().all(capital)
    };
    let found: Vec<usize> = (story_end + 1..blocks.len())
        .filter(|&i| !taken[i] && credit(i))
        .collect();
    // (Not a row of them: a list's items.)
    let row = found
        .windows(CLOSING_CREDIT_LINES + 1)
        .any(|w| w[CLOSING_CREDIT_LINES] - w[0] == CLOSING_CREDIT_LINES);
    if row { Vec::new() } else { found }
}

/// The fewest words of a source in a script without case that the story's paragraphs name
/// for it to be a caption, and the fewest words of such a paragraph.
const CAPTION_SHARED_WORDS: usize = 2;
const CAPTION_PARAGRAPH_WORDS: u32 = 10;

/// Whether the words after a picture's label on block `i`, in a script without case, where
/// a caption and a source look alike, name what the story's paragraphs name: a caption of
/// the story's subject ("ఫోటో: తప్పిపోయిన బాలుడు అర్జున్", the missing boy of the story),
/// not its photographer or agency, whom a byline or a footer names if anything does. (Read
/// for the few lines that credit a picture.)
fn caption_of_story(blocks: &[Block], i: usize, text: &str) -> bool {
    let line = &text[blocks[i].range.clone()];
    let Some((_, source)) = line.split_once([':', '：', '፦']) else {
        return false;
    };
    let caseless = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
    };
    let words: Vec<&str> = source
        .split(|c: char| !inside_word(c))
        .filter(|w| !w.is_empty())
        .filter(caseless)
        .collect();
    if words.len() < CAPTION_SHARED_WORDS {
        return false;
    }
    let named = |w: &str| {
        blocks.iter().enumerate().any(|(j, b)| {
            j != i && b.words >= CAPTION_PARAGRAPH_WORDS && text[b.range.clone()].contains(w)
        })
    };
    words.iter().filter(|w| named(w)).count() >= CAPTION_SHARED_WORDS
}

/// True when the words after a picture's or a video's label read as a headline, not as a
/// source: more of them in small letters than in capitals, and more than two. At the text's
/// head that is its headline under the house's label ("FOTO/ Bora e parë në Voskopojë,
/// fshati zbardhet brenda një nate"); further down, a video's teaser, which goes all the same.
fn headline_after_label(t: &str) -> bool {
    let (small, capital) =
        t.split_whitespace()
            .skip(1)
            .fold((0, 0), |(s, c), w| match w.chars().next() {
                Some(ch) if is_lower(ch) => (s + 1, c),
                Some(ch) if is_upper(ch) => (s, c + 1),
                _ => (s, c),
            });
    small > capital.max(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_words_are_lower_case_and_within_the_bound() {
        for &w in PICTURE_WORDS {
            assert_eq!(w, w.to_lowercase(), "{w}");
            assert!(w.len() <= PICTURE_WORD_BYTES, "{w}");
            assert!(is_picture_word(w), "{w}");
        }
        assert!(!is_picture_word("fotball"));
        // A virama inside the label does not part it.
        assert!(credits_picture("புகைப்படம்: கலைஞர் செய்திகள்"));
        assert!(picture_credit("புகைப்படம்: கலைஞர் செய்திகள்"));
        assert!(BY_WORDS.iter().all(|w| w.len() <= BY_WORD_BYTES));
        for byline in [
            "By Jane Roe",
            "Por Sofía Barrios",
            "Par Jean Roy",
            "BY: Caleb Ortega",
        ] {
            assert!(opens_with_by(byline), "{byline}");
        }
        assert!(!opens_with_by("Paris"));
    }

    #[test]
    fn credits_and_subheadings() {
        for credit in [
            "Foto: NH Nieuws / Rutger Kos",
            "Фото: Денис Ковалёв / «Новая газета»",
            "(Photo by Marla Vintner/Capital Dispatch)",
            "Picture by Tomás Fidalgo",
            "(Foto Marchiori)",
            "Imaxe: Duvi",
            "사진=연합뉴스",
            "Foto de Juan Pérez",
            "ภาพ: ศุภกร ศรีสุข",
            "Photo: AFP",
            "Photo: supplied",
            "Фото: автордың жеке мұрағатынан",
            "Foto: archivio Eco di Biella",
        ] {
            assert!(picture_credit(credit), "{credit}");
        }
        for heading in [
            "Bilder von der Reise nach Amerika",
            "Imagen de marca",
            "Immagini di un Paese che cambia",
            "Imagem de Portugal lá fora",
            "Фото от первого лица",
            "Crédit : les banques desserrent l'étau",
            "Photography: permitted, but no drones",
            "Fotball: Brann slo Molde",
            "Photo: Commuters wait on the platform on Monday.",
            "Foto: la piazza gremita durante il concerto di ieri",
            "Imagen: una mirada a la ciudad",
        ] {
            assert!(!picture_credit(heading), "{heading}");
        }
        assert!(headline_after_label(
            "FOTO/ Bora e parë në Voskopojë, fshati zbardhet brenda një nate"
        ));
        assert!(!headline_after_label(
            "Photo: Courtesy of the City of Toronto"
        ));
    }
}
