//! The commonest words of each pack's language (articles, conjunctions, prepositions, the
//! copula): whether a text is in a language that a pack reads.
//!
//! A text in which no pack finds anything at all is either in a language that no pack
//! covers, which the fitted model must judge alone, or a plain page in a covered language
//! (a product page, an event notice) with no pronoun, reporting verb or formula in it. These
//! words tell the two apart: they make up a fifth or more of any running text in their
//! language, and only a few percent of a text in another one. They are looked up only in
//! texts where the packs found nothing, so they cost the body of a covered text nothing.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::fx::FxMap;

/// The words of each language, lower case. Kana, ideographs, Hangul and Thai are matched
/// inside words (those scripts write no spaces, or glue their particles on); the rest only
/// whole.
#[rustfmt::skip]
pub(crate) const COMMON: &[(&str, &[&str])] = &[
    ("en", &["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "it", "this"]),
    ("de", &["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "sich", "auch", "ein", "eine", "zu", "im"]),
    ("fr", &["le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "du", "sur"]),
    ("es", &["el", "la", "los", "las", "del", "que", "en", "por", "una", "con", "para", "es", "se", "y"]),
    ("it", &["il", "di", "che", "la", "per", "una", "non", "sono", "gli", "del", "della", "con", "è", "e"]),
    ("pt", &["o", "os", "da", "do", "que", "em", "uma", "para", "não", "com", "dos", "das", "e", "é"]),
    ("pl", &["i", "w", "nie", "się", "na", "jest", "że", "do", "to", "z", "jak", "oraz", "dla", "po"]),
    ("ru", &["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "для", "из", "к", "о"]),
    ("uk", &["і", "в", "не", "на", "що", "з", "це", "як", "та", "до", "для", "у", "й", "від"]),
    ("nl", &["de", "het", "een", "en", "van", "is", "dat", "niet", "met", "voor", "op", "zijn", "ook", "aan"]),
    ("no", &["og", "det", "er", "på", "en", "til", "som", "ikke", "med", "av", "for", "har", "jeg", "den"]),
    ("da", &["og", "det", "er", "på", "en", "til", "som", "ikke", "med", "af", "for", "har", "jeg", "den"]),
    ("sv", &["och", "det", "är", "på", "en", "att", "som", "inte", "med", "av", "för", "har", "jag", "den"]),
    ("cs", &["je", "se", "na", "že", "to", "v", "s", "ve", "jako", "ale", "který", "která", "pro"]),
    ("tr", &["ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "gibi", "daha", "ama", "olan", "en"]),
    ("zh", &["的", "是", "了", "在", "和", "有", "我们", "这", "不", "也", "他", "就"]),
    ("ja", &["の", "は", "が", "を", "に", "で", "と", "した", "です", "ます", "ている"]),
    ("ko", &["그리고", "있다", "하는", "것이", "에서", "있는", "했다", "그는", "대한", "으로", "하고"]),
    ("ar", &["في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "هذا", "و"]),
    ("hi", &["के", "है", "में", "की", "और", "से", "को", "का", "हैं", "पर", "यह"]),
    ("fi", &["ja", "on", "ei", "se", "että", "oli", "hän", "mutta", "kun", "myös", "ovat", "tai"]),
    ("hu", &["a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "volt", "már", "mint"]),
    ("ro", &["și", "în", "de", "la", "cu", "care", "pe", "este", "nu", "din", "o", "un", "pentru"]),
    ("el", &["και", "το", "η", "ο", "της", "του", "των", "να", "με", "για", "σε", "που", "είναι"]),
    ("id", &["dan", "yang", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "ke"]),
    ("sk", &["a", "je", "sa", "na", "že", "to", "v", "s", "ako", "ale", "ktorý", "pre", "aj"]),
    ("bg", &["и", "на", "в", "за", "да", "се", "от", "че", "е", "с", "не", "по", "са"]),
    ("hr", &["i", "je", "u", "na", "se", "da", "za", "od", "su", "s", "kao", "ali", "što"]),
    ("ca", &["el", "la", "els", "les", "i", "de", "que", "amb", "per", "una", "és", "del", "va"]),
    ("sr", &["и", "је", "у", "на", "се", "да", "за", "од", "су", "са", "као", "али", "што", "који", "sa", "koji"]),
    ("sl", &["in", "je", "v", "na", "se", "da", "za", "so", "ki", "z", "pa", "tudi", "ne", "ali", "bo"]),
    ("lt", &["ir", "kad", "yra", "su", "į", "iš", "o", "bet", "tai", "ne", "buvo", "kaip", "jis", "už"]),
    ("lv", &["un", "ir", "ka", "par", "ar", "no", "uz", "kas", "arī", "bet", "tas", "bija", "vai", "lai"]),
    ("et", &["ja", "on", "et", "ei", "ka", "see", "oli", "kui", "aga", "mis", "ta", "või", "nii", "veel"]),
    ("be", &["і", "у", "ў", "на", "не", "што", "з", "гэта", "як", "але", "для", "ад", "па", "да", "якія"]),
    ("he", &["של", "את", "על", "לא", "הוא", "היא", "זה", "עם", "גם", "כי", "אבל", "או", "היה", "אם"]),
    ("fa", &["و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "می", "شده", "خود"]),
    ("vi", &["và", "của", "là", "có", "được", "trong", "cho", "các", "những", "với", "không", "đã", "này", "người", "một"]),
    ("az", &["və", "ilə", "üçün", "ki", "olan", "isə", "lakin", "olub", "edib", "onun", "kimi", "sonra", "bildirib", "görə"]),
    ("ka", &["და", "არის", "რომ", "ეს", "არ", "ის", "თუ", "მაგრამ", "კი", "იყო", "უნდა", "ასევე", "მისი", "რაც"]),
    ("hy", &["և", "եւ", "է", "որ", "են", "այդ", "այս", "համար", "հետ", "մեջ", "նաև", "բայց", "էր", "իր", "որը"]),
    ("mk", &["во", "ќе", "го", "ја", "ги", "кои", "која", "тоа", "исто", "беше", "има", "но", "како", "сега"]),
    ("kk", &["және", "бұл", "үшін", "деп", "бойынша", "болып", "оның", "туралы", "мен", "бір", "осы", "ол", "бар", "емес"]),
    ("sq", &["dhe", "në", "të", "një", "që", "për", "nga", "është", "janë", "edhe", "kjo", "këtë", "nuk", "kanë"]),
    ("ur", &["کے", "کی", "میں", "ہے", "اور", "سے", "کو", "کا", "نے", "پر", "یہ", "ہیں", "کہ", "بھی"]),
    ("bn", &["ও", "এবং", "এই", "করে", "থেকে", "জন্য", "তিনি", "না", "এক", "সঙ্গে", "বলেন", "করা", "তার", "হবে"]),
    ("sw", &["na", "ya", "wa", "kwa", "za", "katika", "ni", "kuwa", "hiyo", "huo", "pia", "lakini", "kama", "cha"]),
    ("ms", &["dan", "yang", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "ke", "telah", "oleh", "bagi"]),
    ("tl", &["ang", "ng", "sa", "mga", "na", "at", "ay", "si", "ni", "para", "hindi", "kanyang", "nito", "noong"]),
    ("mr", &["आणि", "आहे", "या", "व", "हे", "ते", "आहेत", "केले", "होते", "असे", "त्यांनी", "मात्र", "नाही", "करण्यात"]),
    ("th", &["ที่", "และ", "ของ", "ใน", "ได้", "เป็น", "ว่า", "มี", "ให้", "การ", "จะ", "ไม่", "กับ", "โดย", "นี้"]),
    ("ta", &["மற்றும்", "இந்த", "ஒரு", "என்று", "அவர்", "இது", "என", "உள்ள", "போது", "மேலும்", "அந்த", "இல்லை", "தான்", "கூறினார்"]),
    ("is", &["og", "að", "í", "á", "er", "sem", "um", "við", "ekki", "en", "til", "með", "var", "fyrir", "hann", "það"]),
    // gl (its own forms: the one-letter articles and "da", "en", "no" are Breton's and
    // Occitan's commonest words too, and would take those texts for Galician)
    ("gl", &["unha", "non", "que", "para", "con", "por", "ao", "polo", "pola", "máis", "tamén", "xa", "coa", "nun", "dos", "das"]),
    // eu (not "da", Breton's "to")
    ("eu", &["eta", "ez", "du", "dute", "bat", "ere", "zen", "dira", "zuen", "baina", "izan", "ditu", "edo", "bere", "dela"]),
    // cy (not "y", "a", "i", "o", "ar": Spanish, Breton, Irish, Polish, Portuguese words too)
    ("cy", &["yn", "yr", "mae", "wedi", "ac", "bod", "fod", "ei", "eu", "hefyd", "ond", "roedd", "oedd", "gyda", "sydd", "hyn"]),
    // ga (not "an", "na", "ar", "a", "i": Scottish Gaelic, Breton and Cornish articles and
    // particles)
    ("ga", &["agus", "ag", "go", "tá", "bhí", "atá", "sé", "ó", "ní", "faoi", "chun", "raibh", "freisin", "níos", "siad", "gur"]),
    // af (its own forms: not "en", "van", "is", "te", "op", "dat", "ook", Dutch's; nor "hy",
    // "sy", "ek", Frisian's, "wat" Frisian's and Low German's; "die" is German's too, "nie"
    // Polish's, "het" Dutch's, which no language without a pack writes as often)
    ("af", &["die", "het", "nie", "vir", "sal", "word", "deur", "oor", "hulle", "baie", "sê", "gesê", "gewees", "egter"]),
    // lb (its own forms: not "an", "de", "den", "net", "op", "och", "ze", "dat", German's,
    // Dutch's and Swedish's words too)
    ("lb", &["ass", "vun", "fir", "mat", "datt", "huet", "hunn", "gëtt", "gouf", "vum", "sech", "déi", "dës", "wéi", "méi", "awer"]),
    // mt (not "u", "il", "ta", "fi": Croatian, Italian, Estonian and Romanian words; not
    // "dawn", English's. The article's forms "tal", "fil", "lill" stand before their hyphen,
    // a word of their own)
    // ht (its own forms: not "a", "la", "li", "se", "te", "pa", "men", "sa", French,
    // Spanish, Italian, Maltese, Slovak, Occitan and Norwegian words too)
    ("ht", &["nan", "pou", "ak", "yo", "yon", "ki", "gen", "genyen", "tou", "sou", "pral", "avèk", "epi", "paske", "lè", "kounye"]),
    ("mt", &["li", "għal", "għall", "minn", "lill", "tal", "fil", "huwa", "hija", "kien", "kienet", "wkoll", "ukoll", "biex", "qed", "mhux"]),
    // so (not "in", "ka", "u", "la", "ay": English's, Estonian's and Latvian's, Croatian's,
    // the Romance languages' and Filipino's words too; "iyo", and, is the Filipino pack's
    // "you", so that a Somali text reads as Somali)
    ("so", &["iyo", "ayaa", "waxaa", "oo", "ee", "ku", "uu", "waa", "waxay", "wuxuu", "ayuu", "ayay", "sidoo", "kale", "ah", "inuu"]),
    // ne (its own forms: not "को", "मा", "र", "हो", "तथा", which Hindi writes too, or which
    // ends Sanskrit words in either language after a virama: "पत्र", "क्षेत्र")
    ("ne", &["छ", "छन्", "पनि", "गरेको", "भएको", "थियो", "थिए", "यो", "लागि", "नै", "गर्न", "हुने", "रहेको", "गरेका", "भएका", "उनले"]),
    // ha (its own forms: not "da", "ta", "na", "ya", "a", "ba", "ne", "ce", "su", "sun",
    // "za", "har", Spanish, Swedish, French, Swahili, Croatian or English words; nor "suka",
    // "yake", "tare", "kan", Indonesian's, Swahili's, Romanian's and Scandinavian words)
    ("ha", &["kuma", "cikin", "wannan", "cewa", "domin", "wanda", "amma", "yana", "tana", "daga", "zuwa", "bayan", "inda", "wani", "wata", "kamar"]),
    // ps (its own forms: not "و", "که", "هم", "نه", "او", Persian's; "پر", Urdu's; "له",
    // Arabic's; "دا", "دي", Punjabi's; "ته", Sindhi's)
    ("ps", &["د", "په", "چې", "کې", "کښې", "دې", "یې", "لپاره", "سره", "څخه", "دغه", "هغه", "باندې", "شوي", "کړي", "وو"]),
    // yo (its own forms, marked and unmarked: not "ni", "ti", "si", "o", "a", "ki", "ko",
    // "pe", "fun", "won", "se", Swahili, Italian, Spanish, Portuguese, Hungarian, Croatian,
    // Romanian and English words too)
    ("yo", &["àwọn", "awọn", "awon", "àti", "ati", "wọ́n", "wọn", "pé", "fún", "yìí", "yii", "náà", "naa", "láti", "lati", "ń"]),
    // zu (its own forms: not "kodwa", "kakhulu", "khona", "kuphela", "ukuze", "ukuba", "kule",
    // "abantu", isiXhosa's words too; "futhi" (isiXhosa "kwaye"), "manje" ("ngoku"), "noma"
    // ("okanye"), "ngoba" ("kuba"), "lapho" ("apho"), "lokhu", "lokho" ("oku", "oko"), "kanye"
    // ("kunye"), "njengoba" ("njengoko"), "ngokusho" ("ngokutsho") tell them apart; "ukuthi"
    // is isiXhosa's "to say" and now and then its "that", counted still: "ukuba" is isiXhosa's
    // "that". Not "uma", if, the Portuguese pack's "a")
    ("zu", &["futhi", "ukuthi", "manje", "noma", "ngoba", "lapho", "lokhu", "lokho", "kanye", "ngesikhathi", "kusho", "ngokusho", "njengoba", "ngemuva", "nokho", "lapha"]),
    // xh (its own forms, not isiZulu's: not "ukuthi", "ukuba", "kodwa", "ukuze", "futhi",
    // "kanye", "kakhulu", "nje", "kule", which isiZulu writes as often; not "xa" (when),
    // Galician's "already", "kuba" (because) Kinyarwanda's "to be", "le", "lo", "aba", "oko",
    // "olu" French, Spanish, Kinyarwanda and Yoruba words; the demonstratives "eli", "esi",
    // "ezi" are isiZulu's "leli", "lesi", "lezi")
    ("xh", &["kwaye", "yaye", "okanye", "kunye", "ngoku", "ngoko", "njengoko", "ngokutsho", "nangona", "kananjalo", "ngexesha", "ngelixa", "apho", "eli", "esi", "ezi"]),
    // te (function words, in a script no other pack writes, Kannada's and Tamil's included:
    // none is another language's word. Not the pronouns "మా", "మీ", the pack's counters; not
    // the glued endings "లో", "కు", "గా", which stand as a word of their own only where a
    // virama or a ZWNJ ends the noun before them ("హైదరాబాద్‌లో"); not the English loanwords
    // sites spell in the script ("వీడియో", "ఫోటో"), no running text's commonest words)
    ("te", &["మరియు", "ఈ", "ఆ", "కూడా", "ఒక", "అని", "ఉన్న", "ఉంది", "చేసిన", "కోసం", "తెలిపారు", "అన్నారు", "కానీ", "లేదా", "వరకు", "తర్వాత"]),
    // kn (the script is Kannada's alone in the table, so no other pack's word is here; left
    // out: the one-letter demonstratives "ಈ", "ಆ", which are also Tulu's "you" and "that" (Tulu,
    // Konkani and Kodava are written in the Kannada script and have no pack), and "ಸಹ", Konkani's
    // too. Words with a virama ("ಮತ್ತು", "ಬಗ್ಗೆ") are matched whole, as the virama breaks a run)
    ("kn", &["ಮತ್ತು", "ಹಾಗೂ", "ಎಂದು", "ಇದು", "ಅವರು", "ಅವರ", "ಆದರೆ", "ಒಂದು", "ಬಗ್ಗೆ", "ಎಂಬ", "ಇದೆ", "ಕೂಡ", "ನಂತರ", "ಹೇಳಿದರು", "ಮೇಲೆ", "ವೇಳೆ"]),
    // ml (the Malayalam script is no other language's of the table, Tamil's cognates included
    // ("ஒரு"): no word is shared. Malayalam glues its case endings, the quotative and the
    // copula onto the word before ("പറയുമെന്ന്"), so few words stand alone: the determiners,
    // "namely", "only", and the reporting verbs and "he" (honorific) of every report. Left out:
    // the words with a chillu ("എന്നാൽ", "മുതൽ", "നൽകി", "അവർ"), which older pages spell with
    // a virama and a zero-width joiner and would count in one encoding only; the inclusive
    // "നമ്മുടെ", an op-ed's more than a report's; English loans in the script ("പോലീസ്"))
    ("ml", &["ഒരു", "ഈ", "എന്ന", "എന്ന്", "എന്നീ", "എന്നിവ", "പറഞ്ഞു", "അറിയിച്ചു", "ചെയ്തു", "നടത്തി", "കഴിഞ്ഞ", "പുതിയ", "മാത്രം", "ആണ്", "അദ്ദേഹം", "എല്ലാ"]),
    // am (its own forms: not "ግን", but, nor "ከም", "ኣብ", "እቲ", "ናይ", Tigrinya's words on the
    // same script; Tigrinya's "እዩ", "ድማ", "ምስ", "ናብ" stand where these do, and it writes
    // "ኣ" where Amharic writes "አ". The prepositions "የ", "ለ", "በ", "ከ" are glued to their
    // word, no word of their own)
    ("am", &["ነው", "ናቸው", "ነበር", "እና", "ላይ", "ውስጥ", "ጋር", "ደግሞ", "ወደ", "ይህ", "እንደ", "እንዲሁም", "ሲሆን", "መሆኑን", "ወይም", "በኋላ"]),
    // gu (the Gujarati script is no other table language's, so no word of Hindi, Marathi or
    // Punjabi can be here; Kutchi, which has no pack, is written in it too and shares a few.
    // Left out: the postpositions "માં", "નો", "ની", "નું", "ને", "થી", glued to their noun on
    // most pages and a word of their own on a few, which would count in one spelling only;
    // "કે" (that, or), which some pages glue to the verb before it ("કહ્યુંકે"); the
    // auxiliaries "હતો", "હતું" beside "હતા", "હતી", to keep the row to sixteen)
    ("gu", &["અને", "છે", "આ", "તે", "એક", "પણ", "માટે", "હતા", "હતી", "જે", "તેમણે", "તેમના", "નથી", "સાથે", "દ્વારા", "કરી"]),
    // pa (function words in Gurmukhi, a script no other language of the table writes, so no
    // word here is a Hindi, Gujarati or Urdu word: their "के", "है", "में", "કે", "છે", "کے",
    // "ہے" are other strings. Shahmukhi Punjabi ("دا", "دی", "نوں", "وچ") is left to the Urdu
    // pack, the Latin transliterations ("da", "di", "nu", "vich") to none: "da", "di" are
    // Croatian, Portuguese and Italian words. Not the pronouns "ਅਸੀਂ", "ਤੁਸੀਂ", the pack's
    // counters, nor "ਜੀ", the honorific after names, which a list of names holds as often as a
    // sentence; "in" is listed in both spellings, "ਵਿੱਚ" and "ਵਿਚ", as sites write either)
    ("pa", &["ਦੇ", "ਦੀ", "ਦਾ", "ਨੂੰ", "ਵਿੱਚ", "ਵਿਚ", "ਅਤੇ", "ਹੈ", "ਹਨ", "ਨੇ", "ਤੋਂ", "ਲਈ", "ਨਾਲ", "ਇਸ", "ਵੀ", "ਕਿ"]),
    // my (function words of written Burmese, matched inside words as the script is unspaced.
    // Shan and Mon are written in the same script and have no pack: Shan spells with letters
    // of its own (ၵ, ၶ, ၸ, ၼ, ၺ, ႁ), marks its tones with ႇ, ႈ, ႉ, ႊ (not the dot below ့) and
    // has no medials ျ, ြ, ွ, ှ; Mon writes ၚ for င and its own vowels (ဳ, ဴ, ဵ). Left out:
    // the one-letter particles "က", "မှ", "ပါ", too short, inside other words and Mon's too;
    // "ကို", "သော", "ထို", which Mon spelling may hold; the genitive and locative signs "၏",
    // "၌", which Pali and Mon texts in the script print too; the pronouns "ကျွန်ုပ်တို့",
    // "သင်", the pack's counters)
    ("my", &["သည်", "နှင့်", "တွင်", "များ", "ခဲ့", "ပြီး", "ရန်", "အတွက်", "ကြောင်း", "ဖြစ်", "လည်း", "မည်", "ရှိသည်", "သို့", "မှာ"]),
    // si (function words in the Sinhala script, which no other language of the table writes:
    // no word here is a Tamil, English or Indic word, and Sri Lankan pages' English words in
    // Latin letters are the English pack's. Left out: the pronouns "අපි", "අප", "ඔබ", the pack's
    // counters; the particles "ද", "ය" and the postpositions "ගේ", "ට", "දී", glued to their
    // word on most pages and a word of their own on a few, which would count in one spelling
    // only; "සමඟ" (with), typed "සමග" as often; the reporting verbs ("පැවසීය"), a report's
    // and not every text's. Words with the al-lakuna ("විසින්", "නමුත්") are matched whole, as
    // the al-lakuna breaks a run)
    ("si", &["සහ", "හා", "මෙම", "එම", "ඇති", "ඇත", "බව", "ලෙස", "සඳහා", "විසින්", "අතර", "පසු", "ඔහු", "හෝ", "පිළිබඳ", "නමුත්"]),
];

/// Whether `word` (lower case) is one of the commonest words of any language of the table:
/// a word that says nothing of what a line is about, whatever the languages in use.
pub(crate) fn is_common_word(word: &str) -> bool {
    static ALL_WORDS: LazyLock<FxMap<&'static str, ()>> = LazyLock::new(|| {
        COMMON
            .iter()
            .flat_map(|(_, words)| words.iter().map(|&w| (w, ())))
            .collect()
    });
    ALL_WORDS.contains_key(word)
}

/// A text is in a language when that language's words make up this share of its words.
const SHARE: f32 = 0.08;

/// The common words of the languages in use, and which language each is of.
pub(crate) struct Common {
    /// The words that are not a plain run of letters (the unspaced scripts' words, which
    /// count inside a word, and words with a virama or an apostrophe in them).
    matcher: Option<AhoCorasick>,
    /// Language index (into the languages in use) of each of the matcher's words, and the
    /// word's place in its language's row.
    lang_of: Vec<(u16, u8)>,
    /// The other words, each with the language indexes whose word it is and its place in
    /// that language's row (once a listing):
    /// such a word counts where it is a whole run of letters and digits, so the text's runs
    /// are looked up here (the matcher would stop at every "a", "i" and "o" inside a word).
    runs: FxMap<String, Vec<(u16, u8)>>,
    /// The longest of `runs`' words, in bytes.
    longest_run: usize,
    langs: usize,
    /// The codes of the languages in use, in index order.
    codes: Vec<&'static str>,
    /// Each word (folded) and the mask of the languages in use whose word it is.
    masks: FxMap<String, u64>,
}

impl Common {
    /// The words of the languages of `packs` (`None`: of every pack; `xx` and codes of no
    /// pack add none). A language of the table with no pack (yet) is left out: its texts are
    /// read by none.
    pub(crate) fn new(packs: Option<&[String]>) -> Common {
        let used: Vec<(&'static str, &'static [&'static str])> = COMMON
            .iter()
            .filter(|(l, _)| super::ALL.iter().any(|p| p.lang == *l))
            .filter(|(l, _)| packs.is_none_or(|p| p.iter().any(|x| x == l)))
            .copied()
            .collect();
        let mut words = Vec::new();
        let mut lang_of = Vec::new();
        let mut runs: FxMap<String, Vec<(u16, u8)>> = FxMap::default();
        let mut masks: FxMap<String, u64> = FxMap::default();
        for (k, (_, list)) in used.iter().enumerate() {
            for (slot, w) in list.iter().enumerate() {
                let at = (k as u16, slot as u8);
                // Folded as the text they are looked up in is.
                let w = crate::input::segment::fold_case(w).into_owned();
                if k < 64 {
                    *masks.entry(w.clone()).or_default() |= 1 << k;
                }
                let plain = w.chars().next().is_some_and(|c| !glued_script(c))
                    && w.chars().all(char::is_alphanumeric);
                if plain {
                    runs.entry(w).or_default().push(at);
                } else {
                    words.push(w);
                    lang_of.push(at);
                }
            }
        }
        let longest_run = runs.keys().map(String::len).max().unwrap_or(0);
        // Overlapping matches: "de" is Dutch and Spanish and Turkish alike.
        let matcher = (!words.is_empty()).then(|| {
            // A DFA: the words are few and short, and a text's opening is read for them
            // wherever a pronoun is shared with another language (see
            // `RuleSet::shared_pronouns`).
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&words)
                .expect("the common words compile")
        });
        Common {
            matcher,
            lang_of,
            runs,
            longest_run,
            langs: used.len(),
            codes: used.iter().map(|(l, _)| *l).collect(),
            masks,
        }
    }

    /// The languages in use (at most 64: a language is a bit of a mask) whose common words
    /// include `word` (lower case), as a mask of their indexes.
    pub(crate) fn languages_with(&self, word: &str) -> u64 {
        self.masks.get(word).copied().unwrap_or(0)
    }

    /// The languages in use among `langs`, as a mask of their indexes.
    pub(crate) fn languages_of(&self, langs: &[&str]) -> u64 {
        self.codes
            .iter()
            .take(64)
            .enumerate()
            .filter(|(_, l)| langs.contains(l))
            .fold(0, |m, (k, _)| m | 1 << k)
    }

    /// How many of the common words of each language in use `folded` holds, by index.
    pub(crate) fn hits(&self, folded: &str) -> Vec<u32> {
        let mut tally = Tally::new(self.langs);
        self.count(folded, &mut tally, u32::MAX);
        tally.hits
    }

    /// Counts the common words of `folded` into `tally`, by language, and returns as soon as
    /// one language's count reaches `enough` with [`DISTINCT`] of its words among them (a
    /// running text in a pack's language reaches its share in the first lines: the rest
    /// need not be read).
    fn count(&self, folded: &str, tally: &mut Tally, enough: u32) -> bool {
        // A plain word counts where its letters stand between two characters that are no
        // letter or digit: exactly where it is a whole run of them.
        if !self.runs.is_empty() {
            let bytes = folded.as_bytes();
            let mut start = None;
            let mut i = 0;
            while i <= bytes.len() {
                // ASCII without decoding; the end counts as a non-letter.
                let (alnum, len) = match bytes.get(i) {
                    None => (false, 1),
                    Some(b) if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
                    Some(_) => {
                        let c = folded[i..].chars().next().unwrap_or(' ');
                        (c.is_alphanumeric(), c.len_utf8())
                    }
                };
                let at = i;
                i += len;
                if alnum {
                    start.get_or_insert(at);
                    continue;
                }
                let Some(s) = start.take() else { continue };
                if at - s > self.longest_run {
                    continue;
                }
                for &word in self.runs.get(&folded[s..at]).map_or(&[][..], Vec::as_slice) {
                    if tally.add(word, enough) {
                        return true;
                    }
                }
            }
        }
        let Some(matcher) = &self.matcher else {
            return false;
        };
        for m in matcher.find_overlapping_iter(folded) {
            let word = &folded[m.start()..m.end()];
            let spaced = !word.chars().next().is_some_and(glued_script);
            if spaced {
                let before = folded[..m.start()].chars().next_back();
                let after = folded[m.end()..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
            }
            if tally.add(self.lang_of[m.pattern().as_usize()], enough) {
                return true;
            }
        }
        false
    }

    /// Whether any pack is in use (its language's words are here: every pack has some).
    pub(crate) fn any_pack(&self) -> bool {
        self.langs > 0
    }

    /// True when the common words of one language make up [`SHARE`] of the `words` of the
    /// lower-cased `parts` of one text, read as if joined by line breaks (no common word spans
    /// one), in order, until one language reaches the share.
    pub(crate) fn reads_parts(
        &self,
        parts: impl IntoIterator<Item = impl AsRef<str>>,
        words: u32,
    ) -> bool {
        // The least whole count that is SHARE of the words.
        let need = (SHARE * words as f32).max(1.0).ceil() as u32;
        let mut tally = Tally::new(self.langs);
        parts
            .into_iter()
            .any(|part| self.count(part.as_ref(), &mut tally, need))
    }
}

/// The fewest different words of a language's row that say a text is in it. Two short words
/// are many languages' commonest: Lingala and Igbo write "na" and "ya" as often as Swahili
/// does, Sesotho and Setswana "e" and "o" as Italian and Portuguese; a running text in the
/// language shows more of its row (over the labelled texts of pack languages, 5,029 of
/// 5,031 that reach the share show three or more).
const DISTINCT: u32 = 3;

/// The common words counted of one text, by language: how many, and which of the row.
struct Tally {
    hits: Vec<u32>,
    seen: Vec<u64>,
}

impl Tally {
    fn new(langs: usize) -> Tally {
        Tally {
            hits: vec![0; langs],
            seen: vec![0; langs],
        }
    }

    /// Counts one word, `(language, place in its row)`, and says whether its language now
    /// has `enough` words, [`DISTINCT`] different ones among them.
    fn add(&mut self, (lang, slot): (u16, u8), enough: u32) -> bool {
        let k = usize::from(lang);
        self.hits[k] += 1;
        self.seen[k] |= 1 << (slot % 64);
        self.hits[k] >= enough && self.seen[k].count_ones() >= DISTINCT
    }
}

/// Scripts written without spaces between words (the matcher's, see
/// [`is_unspaced`](crate::rules::phrases::is_unspaced)), or with particles glued to them
/// (Hangul), and the compatibility ideographs.
fn glued_script(c: char) -> bool {
    crate::rules::phrases::is_unspaced(c)
        || matches!(c as u32,
            0xAC00..=0xD7AF // Hangul syllables
            | 0xF900..=0xFAFF // compatibility ideographs
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> u32 {
        crate::input::segment::count_words(s)
    }

    #[test]
    fn running_text_is_read_in_its_language() {
        let c = Common::new(None);
        for text in [
            "the council said that the bridge will reopen in may and that it is safe",
            "der stadtrat hat beschlossen, dass die brücke im mai wieder geöffnet wird und sicher ist",
            "市议会周二批准了在河上新建一座大桥的计划，工程预计明年春季开工。",
            "el ayuntamiento dijo que el puente se abrirá en mayo y que es seguro para los coches",
            "umkhandlu wedolobha unqume ngolwesibili ukuthi ibhuloho lomfula lizovulwa futhi ngenyanga kameyi ngemuva kokulungiswa okuningi",
            "majalisar birnin ranar talata ta amince cewa gadar kogin zata sake buɗewa cikin watan mayu bayan gyare-gyare masu yawa",
            "สภาเมืองมีมติเมื่อวันอังคาร ว่าสะพานจะเปิดใช้อีกครั้ง ในเดือนพฤษภาคม และจะปลอดภัย สำหรับรถยนต์",
        ] {
            assert!(c.reads_parts([text], words(text)), "{text}");
        }
    }

    #[test]
    fn a_language_without_words_in_the_table_is_not_read() {
        let c = Common::new(None);
        // Shona and Khmer: a stray word of another language is not a twelfth of the
        // text.
        for text in [
            "kanzuru yeguta yakasarudza neChipiri kuti bhiriji remurwizi richavhurwa zvakare mumwedzi waMay mushure mekugadziridzwa kwakawanda",
            "ក្រុមប្រឹក្សាក្រុងបានសម្រេចកាលពីថ្ងៃអង្គារ ថាស្ពាននឹងបើកឡើងវិញនៅខែឧសភា",
        ] {
            assert!(!c.reads_parts([text], words(text)), "{text}");
        }
        // Only the languages in use count.
        let en = Common::new(Some(&["en".to_string()]));
        let de = "der stadtrat hat beschlossen, dass die brücke im mai wieder geöffnet wird";
        assert!(!en.reads_parts([de], words(de)));
        let none = Common::new(Some(&["xx".to_string()]));
        assert!(!none.reads_parts([de], words(de)));
    }

    #[test]
    fn two_short_words_of_a_row_are_not_its_language() {
        let c = Common::new(None);
        // Lingala writes Swahili's "na" and "ya" as often as Swahili does, and little else of
        // its row; a Swahili text of the same news shows more of it.
        let ln = "mbula makasi ya butu ebebisi ndako ya bato na engumba mpe mai ekoti na balabala ya zando na mokolo ya lelo";
        assert!(!c.reads_parts([ln], words(ln)));
        let sw = "mvua kubwa ya usiku imeharibu nyumba za watu katika mji na maji yameingia kwenye barabara ya soko";
        assert!(c.reads_parts([sw], words(sw)));
    }

    #[test]
    fn every_pack_has_its_common_words() {
        for pack in super::super::ALL.iter().filter(|p| p.lang != "xx") {
            assert!(
                COMMON.iter().any(|(l, w)| *l == pack.lang && w.len() >= 8),
                "no common words for `{}`",
                pack.lang
            );
        }
    }

    #[test]
    fn runs_count_what_the_automaton_with_the_neighbour_test_counts() {
        // The lookup of whole runs must count exactly what matching every word anywhere and
        // keeping the matches between two non-letters counted.
        let c = Common::new(None);
        let mut all = Vec::new();
        let mut lang_of = Vec::new();
        for (k, l) in c.codes.iter().enumerate() {
            let (_, list) = COMMON.iter().find(|(x, _)| x == l).unwrap();
            for w in list.iter() {
                all.push(crate::input::segment::fold_case(w).into_owned());
                lang_of.push(k);
            }
        }
        let every = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&all)
            .unwrap();
        let text = "the council said that it is a-b, 2a i'o l'e o\ny de la ca\u{301}fe \
                    中文the 市议会的计划是 der stadtrat und die brücke, и в на что \
                    के है में त्यांनी आणि the_of àwọn ń wọ́n 그리고 있다 ที่และ de/de";
        // And every word once, alone, glued to the next, and after a digit.
        let text = format!(
            "{text} {} {} 7{}",
            all.join(" "),
            all.join(""),
            all.join(",7")
        );
        let folded = crate::input::segment::fold_case(&text);
        let mut want = vec![0u32; c.langs];
        for m in every.find_overlapping_iter(&*folded) {
            let spaced = !folded[m.start()..].chars().next().is_some_and(glued_script);
            let before = folded[..m.start()].chars().next_back();
            let after = folded[m.end()..].chars().next();
            if spaced
                && (before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric))
            {
                continue;
            }
            want[lang_of[m.pattern().as_usize()]] += 1;
        }
        assert!(want.iter().sum::<u32>() > 20);
        assert_eq!(c.hits(&folded), want);
    }
}
