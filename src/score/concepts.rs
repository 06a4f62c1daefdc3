//! What an appeal talks about, as word stems in every pack language: the verbs and nouns of
//! support (support, donate, contribute, fund), journalism and the newsroom, independence.
//!
//! An appeal asks for support *of the outlet's journalism*; an article about a fundraiser
//! asks for nothing, or for support of someone else. The packs find the fixed formulas; these
//! stems let the fitted model see the same function in words no pack holds ("unterstütze
//! unser Magazin mit einem kleinen Beitrag", "braucht weiterhin Eure Hilfe"), through
//! features that count which concepts meet in one block. Found by the rules' scan, at the word
//! starts it visits for the phrases (see [`crate::rules::RuleSet::scan`]).

use std::sync::LazyLock;

use crate::rules::phrases::{Prefixes, STEM_KEY, load8};

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
        // sr (its Latin forms are Croatian's)
        "подржите", "подржи нас", "подршк", "донир", "донациј",
        // sl ("podpor" and "donir" hold "podpora", "donirajte")
        "podprite", "podpri nas", "prispevk", "prispevek",
        // lt
        "paremk", "paremti", "parama", "paramą", "paaukok", "rėmėj",
        // lv
        "atbalst", "ziedo", "ziedojum",
        // et
        "toeta", "toetus", "toetust", "anneta",
        // be
        "падтрым", "ахвяр",
        // he
        "תמכו", "תמיכת", "תרומ", "לתרום",
        // fa
        "حمایت", "کمک مالی", "حامی ما",
        // vi
        "ủng hộ chúng tôi", "quyên góp", "đóng góp cho chúng tôi", "hỗ trợ chúng tôi",
        // az ("destek" is Turkish)
        "dəstəklə", "dəstək ol", "dəstəyiniz", "ianə",
        // ka
        "მხარდაჭერ", "მხარი დაგვიჭირ", "მხარი დაუჭირ", "შემოწირულ", "დაგვეხმარ",
        // hy
        "աջակց", "նվիրաբեր", "նվիրատվ",
        // mk ("донир", "донациј" hold the donation)
        "поддрж", "поддршк",
        // kk
        "қолдаңыз", "қолдауыңыз", "қолдау көрсет", "демеу", "бізге көмектес",
        // sq ("donaci" holds "donacion")
        "mbështet", "mbeshtet", "dhuroni", "na ndihmoni",
        // ur ("حمایت" holds the Urdu word too)
        "عطیہ", "عطیات", "عطیے", "ہماری مدد", "ہمیں سپورٹ", "آپ کا تعاون", "آپ کے تعاون",
        // bn
        "অনুদান", "আমাদের সমর্থন", "আমাদের পাশে", "আপনার সহযোগিতা", "আপনার সমর্থন",
        // sw
        "tuunge mkono", "tuungeni mkono", "changia", "mchango", "michango", "tusaidie", "mfadhili",
        // ms ("sumbang" holds "sumbangan")
        "sokong", "derma", "menderma", "penderma",
        // tl
        "suportahan", "sumuporta", "donasyon", "mag-donate", "tulungan kami", "tulungan ninyo",
        // ta
        "ஆதரியுங்கள்", "ஆதரவு", "நன்கொடை", "எங்களுக்கு உதவ",
        // th
        "สนับสนุน", "บริจาค", "สมทบทุน",
        // zh (simplified and traditional), ja, ko
        "支持", "捐款", "捐助", "赞助", "贊助", "打赏", "打賞", "赞赏", "讚賞", "支援", "寄付", "応援", "サポート",
        "후원", "기부", "지원해",
        // ar, hi
        "ادعم", "دعمكم", "دعمك", "تبرع", "ساهم", "ساندونا", "समर्थन", "सहयोग", "योगदान", "दान करें",
        // mr ("योगदान" is Hindi's too)
        "पाठिंब", "देणगी", "आर्थिक मदत", "आर्थिक पाठबळ",
        // is (not "styrk" or "framlag": Norwegian and Danish "styrke", Swedish "styrka", to
        // strengthen; Norwegian "framlagt", Swedish "framlagd", tabled)
        "styrktu", "styrkið", "styrkja okkur", "styrktaraðil", "stuðning", "styðja", "styddu", "styðjið",
        "framlag ", "framlagi", "framlagið", "framlags", "framlög", "leggðu okkur lið",
        // gl ("apoi" holds "apoio", "colabora" the ask; not "achega": also "to bring, provide")
        "doazón", "apóianos", "apóienos", "apoiádenos", "axúdanos", "axúdenos", "a túa achega",
        "a vosa achega", "cada achega", "faite mecenas",
        // eu (not "babes" or "laguntz" alone: also protection, and aid or subsidies)
        "dohaintz", "ekarpen", "mezenasgo", "babestu gaitzazu", "lagundu gaitzazu", "lagun iezaguzu",
        "lagundu iezaguzu", "zure babes", "zure laguntz", "babesle",
        // cy, as its mutations print them (not "rhodd" alone: "rhoddodd", gave; nor "cyfran",
        // a share)
        "cefnog", "gefnog", "chefnog", "nghefnog", "cyfrani", "gyfrani", "chyfrani", "nghyfrani", "cyfrannu",
        "gyfrannu", "cyfrannwch", "rhodd ", "rhoddion", "noddwch", "helpwch ni",
        // ga (not "deonach": "voluntary"; "síntiús" is a subscription too)
        "tacaigh", "tacaígí", "tacaíocht", "thacaíocht", "dtacaíocht", "tacú linn", "tacú lenár", "deonachá",
        "deonaigh", "cabhraigh linn", "cuidigh linn", "cuidígí linn",
        // af ("steun" holds "steun ons"; not "ondersteun" alone: any support, "die regering
        // ondersteun boere")
        "skenk", "donasie", "bydrae", "ondersteun ons", "ondersteun asseblief", "jou ondersteuning",
        "u ondersteuning", "jou steun", "u steun", "help ons",
        // lb ("ënnerstëtz" holds "Ënnerstëtzung"; not "spend", German's, nor "don": English "done")
        "ënnerstëtz", "hëlleft eis", "hëllef eis", "är spend", "deng spend", "ären don", "däin don", "en don maachen",
        // mt ("appoġġ" holds "appoġġja", "appoġġjana"; not "kontribuzzjon": the social
        // security contributions)
        "appoġġ", "donazzjon", "iddona", "ikkontribwixx", "għinuna", "għinna nkomplu",
        // so ("tabaruc" holds "tabarucaaga"; not "taageer" nor "deeq" alone: any backing, a
        // donor's grant)
        "tabaruc", "tabarruc", "taageeradaada", "deeqdaada", "ku deeq", "na taageer", "na caawi", "nagu caawi",
        // ne ("सहयोग", "योगदान", "समर्थन" are the Hindi stems above; not "चन्दा" alone: the
        // extortion of every "चन्दा आतंक" story)
        "चन्दा दिनुहोस", "दान गर्नुहोस", "हामीलाई साथ", "साथ दिनुहोस", "सहायता गर्नुहोस", "आर्थिक सहयोग गर्नुहोस",
        // ht ("sipòt" holds "sipòte", "sipòtè"; not "sipò" alone, any backing: "sipò
        // gouvènman an"; "kontribi" holds "kontribiye", "kontribisyon")
        "sipòt", "sipot", "soutni nou", "kontribi", "fè yon don", "fe yon don", "sipò ou", "sipò w", "don ou",
        "ede nou kontinye",
        // ha (not "tallaf" or "gudummaw" alone: the fuel subsidy, "tallafin man fetur", and any
        // contribution a report names; the reader's and the outlet's forms)
        "tallafa mana", "ku tallafa", "tallafa wa aikin", "tallafinku", "tallafinka", "tallafin ku", "tallafin ka",
        "gudummawarku", "gudummawarka", "gudummawar ku", "gudummawar ka", "gudunmawarku", "gudunmawarka",
        "taimaka mana", "ku ba da gudummawa", "ku bayar da gudummawa",
        // ps (not "ملاتړ" or "مرسته" alone: every state's support and every donor's aid;
        // "بسپن" holds the donation's forms, "بسپنه", "بسپنې", "بسپنو")
        "بسپن", "زموږ ملاتړ", "زمونږ ملاتړ", "ستاسو ملاتړ", "ملاتړ وکړئ", "ستاسو مرسته", "له موږ سره مرسته",
        "مرسته وکړئ",
        // yo (not "àtìlẹ́yìn" or "ìrànlọ́wọ́" alone: every campaign's support and any aid; the
        // reader's and the outlet's forms, marked, underdotted and unmarked; not "tore": German
        // "Tore")
        "àtìlẹ́yìn yín", "atilẹyin yin", "atileyin yin", "àtìlẹ́yìn fún iṣẹ́", "atilẹyin fun iṣẹ", "atileyin fun ise",
        "ìtọrẹ", "itọrẹ", "itore", "tọrẹ", "ìdáwó", "idawo", "ràn wá lọ́wọ́", "ran wa lọwọ", "ran wa lowo",
        // zu (not "xhas", "sekel" or "usizo" alone: every government's funding and any aid, nor
        // "sicela", we ask, every police statement's; the imperatives with their object "us",
        // the donation's nouns, the reader's support)
        "sisekele", "nisisekele", "usisekele", "sixhase", "nisixhase", "usixhase", "umnikelo", "iminikelo",
        "nikela", "ukusekela kwakho", "ukusekela kwenu", "ukweseka kwakho", "ukweseka kwenu", "ukuxhasa kwakho",
        "ukuxhasa kwenu", "sekela ubuntatheli", "yeseka ubuntatheli",
        // xh (not "inkxaso" or "uncedo" alone: the state's funding, "inkxaso-mali", a party's
        // backing, any relief: the imperatives and the reader's forms. The stems match in
        // either language: isiZulu's above, "sixhase", "umnikelo", "nikela", serve both, and
        // "xhasa" holds isiZulu's "xhasa ubuntatheli")
        "xhasa", "sincede", "inkxaso yakho", "inkxaso yenu", "igalelo lakho",
        // te (not "మద్దతు" alone: every party's support; the donation's noun, the imperatives,
        // the reader's and the outlet's support)
        "విరాళ", "మద్దతివ్వండి", "మద్దతు ఇవ్వండి", "మాకు మద్దతు", "మీ మద్దతు", "డొనేట్", "మాకు సహాయం చేయండి",
        // kn (not "ಬೆಂಬಲ", "ನೆರವು" or "ದೇಣಿಗೆ ನೀಡಿ" alone: every party's support, any aid, and
        // the participle of every temple's and relief fund's story, "ದೇಣಿಗೆ ನೀಡಿದರು"; the
        // outlet's, the reader's and the journalism's forms)
        "ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ", "ನಮ್ಮನ್ನು ಆರ್ಥಿಕವಾಗಿ", "ಪತ್ರಿಕೋದ್ಯಮವನ್ನು ಬೆಂಬಲಿಸ", "ಪತ್ರಿಕೋದ್ಯಮಕ್ಕೆ ಬೆಂಬಲ", "ನಿಮ್ಮ ಬೆಂಬಲ",
        "ನಿಮ್ಮ ದೇಣಿಗೆ", "ನಿಮ್ಮ ಕೊಡುಗೆ", "ಓದುಗರ ಬೆಂಬಲ", "ದೇಣಿಗೆ ನೀಡಿರಿ", "ಈಗಲೇ ದೇಣಿಗೆ", "ನಮಗೆ ನೆರವಾಗಿ",
        // ml (not "പിന്തുണ" or "സഹായ" alone: every campaign's support and any aid; nor
        // "സംഭാവന" alone, the relief fund's donations: the imperatives and the reader's forms)
        "പിന്തുണയ്ക്കൂ", "പിന്തുണക്കൂ", "ഞങ്ങളെ പിന്തുണ", "നിങ്ങളുടെ പിന്തുണ", "നിങ്ങളുടെ സംഭാവന", "സംഭാവന നൽകൂ",
        "സംഭാവന ചെയ്യൂ", "ഞങ്ങളെ സഹായിക്കൂ", "ഞങ്ങളെ സപ്പോർട്ട്", "സപ്പോർട്ട് ചെയ്യൂ",
        // am (not "ድጋፍ" or "ልገሳ" alone: every donor's and party's support, the blood drive's
        // donation, nor "መዋጮ", the dam's contributions: the imperatives with their object "us",
        // the reader's forms; the prepositions glued before a word hide it from a stem)
        "ይደግፉን", "ደግፉን", "ይርዱን", "እርዱን", "ይለግሱ", "ለግሱ", "ድጋፍዎ", "ድጋፋችሁ", "ልገሳዎ", "መዋጮዎ",
        "ድጋፍ ያድርጉ", "ልገሳ ያድርጉ",
        // gu (not "સમર્થન", "ટેકો", "સહયોગ" or "દાન" alone: every party's support, the crop's
        // support price, any partnership, every temple's and blood camp's donation; nor
        // "ડોનેશન", a school's capitation fee: the imperatives with their object "us", the
        // reader's forms, the journalism's)
        "અમને સહયોગ", "અમને સમર્થન", "અમને સપોર્ટ", "અમને ટેકો", "અમારું સમર્થન", "તમારો સહયોગ", "તમારું સમર્થન",
        "તમારા સહયોગ", "તમારા સમર્થન", "તમારું યોગદાન", "વાચકોના સહયોગ", "વાચકોના સમર્થન", "પત્રકારત્વને સમર્થન",
        "પત્રકારત્વને ટેકો", "પત્રકારત્વને સપોર્ટ", "ડોનેટ", "દાન કરો", "દાન આપો",
        // pa (not "ਸਮਰਥਨ", "ਸਹਿਯੋਗ" or "ਦਾਨ" alone: every party's support, the gurdwara's and the
        // blood camp's donations; the imperatives with "us", the reader's and the readers' forms,
        // the journalism's; the nukta written and left off)
        "ਸਾਡਾ ਸਮਰਥਨ ਕਰੋ", "ਸਾਡਾ ਸਾਥ ਦਿਓ", "ਸਾਨੂੰ ਸਹਿਯੋਗ ਦਿਓ", "ਤੁਹਾਡਾ ਸਹਿਯੋਗ", "ਤੁਹਾਡਾ ਸਮਰਥਨ", "ਤੁਹਾਡਾ ਯੋਗਦਾਨ",
        "ਤੁਹਾਡੇ ਸਹਿਯੋਗ", "ਤੁਹਾਡੇ ਸਮਰਥਨ", "ਤੁਹਾਡੇ ਯੋਗਦਾਨ", "ਪਾਠਕਾਂ ਦੇ ਸਹਿਯੋਗ", "ਪਾਠਕਾਂ ਦੇ ਸਮਰਥਨ", "ਪੱਤਰਕਾਰੀ ਦਾ ਸਮਰਥਨ",
        "ਪੱਤਰਕਾਰੀ ਦਾ ਸਾਥ", "ਪੱਤਰਕਾਰੀ ਨੂੰ ਸਹਿਯੋਗ", "ਹੁਣੇ ਦਾਨ", "ਹੁਣੇ ਯੋਗਦਾਨ", "ਹੁਣੇ ਸਮਰਥਨ", "ਡੋਨੇਟ",
        // my (not "ပံ့ပိုး", "ထောက်ပံ့", "လှူဒါန်း" or "ကူညီ" alone: every aid group's, donor's and
        // monastery's support and donations, the relief of every flood story: the asks with
        // their object "us", the reader's and the readers' support, "now")
        "ကျွန်ုပ်တို့ကို ပံ့ပိုး", "ကျွန်ုပ်တို့ကို ထောက်ပံ့", "ကျွန်ုပ်တို့ကို ကူညီ", "သင်၏ ပံ့ပိုး", "သင့်ရဲ့ ပံ့ပိုး",
        "စာဖတ်သူများ၏ ပံ့ပိုး", "စာဖတ်သူများ၏ ထောက်ပံ့", "ယခုပဲ ပံ့ပိုး", "ယခုပဲ လှူဒါန်း",
        // si (not "සහාය", "සහයෝගය", "ආධාර" or "පරිත්‍යාග" alone: every party's and every
        // government's support, every relief story's aid, every temple's and blood bank's
        // donations; nor "දායකත්වය" alone, anyone's contribution to anything: the forms with
        // "us", the reader's and the readers' forms, the journalism's; the joiner typed and left
        // out)
        "අපට සහාය", "අපට සහය", "අපට සහයෝග", "ඔබගේ සහාය", "ඔබේ සහාය", "ඔබගේ සහයෝග", "ඔබේ සහයෝග", "ඔබගේ දායකත්ව",
        "ඔබේ දායකත්ව", "පාඨකයින්ගේ සහාය", "පාඨකයන්ගේ සහාය", "පාඨක සහාය", "මාධ්\u{200d}යවේදයට සහාය", "මාධ්යවේදයට සහාය",
        "පුවත්පත් කලාවට සහාය", "ඩොනේට්", "දැන්ම පරිත්\u{200d}යාග", "දැන්ම පරිත්යාග",
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
        // kk ("журналист", "редакци" hold them)
        "тілші", "басылым", "жұмысымыз",
        // sq ("redaksi" holds "redaksia")
        "gazetar", "punën tonë",
        // hr
        "novinar", "uredništv", "naš rad",
        // ca (not "periodis": Spanish "periodista")
        "periodisme", "redacció", "la nostra feina",
        // sr
        "новинар", "уредништв", "наш рад",
        // sl ("novinar" and "uredništv" hold them)
        "naše delo",
        // lt ("žurnalist" holds "žurnalistika")
        "redakcij", "mūsų darb",
        // lv
        "žurnālist", "mūsu darb",
        // et
        "ajakirjan", "toimetus", "meie tööd",
        // be ("журналіст" holds it)
        "рэдакцы", "нашу працу",
        // he
        "עיתונא", "עיתונות",
        // fa
        "روزنامه‌نگار", "روزنامه نگار", "خبرنگار", "تحریریه",
        // vi
        "báo chí", "nhà báo", "phóng viên", "tòa soạn", "toà soạn", "ban biên tập",
        // az ("jurnalis" and "redaksi" hold "jurnalistika", "redaksiya")
        "müxbir", "mətbuat",
        // ka
        "ჟურნალისტ", "რედაქცი", "ჩვენს მუშაობ",
        // hy
        "լրագր", "խմբագր", "մեր աշխատանք",
        // mk ("новинар" and "редакци" hold them)
        "нашата работа",
        // ur
        "صحافت", "صحافی", "ہمارا کام", "نیوز روم",
        // bn
        "সাংবাদিক", "বার্তাকক্ষ", "আমাদের কাজ", "গণমাধ্যম",
        // sw
        "uandishi wa habari", "waandishi wa habari", "mwandishi wa habari", "chumba cha habari", "kazi yetu",
        // ms
        "kewartawanan", "wartawan", "bilik berita", "kerja kami",
        // tl
        "pamamahayag", "mamamahayag", "aming trabaho", "newsroom namin",
        // ta
        "இதழியல்", "பத்திரிகை", "செய்தியாளர்", "எங்கள் பணி",
        // th
        "งานข่าว", "นักข่าว", "ผู้สื่อข่าว", "กองบรรณาธิการ", "การทำงานของเรา", "สื่อมวลชน",
        // zh, ja ("報道" is both), ko
        "新闻", "新聞", "报道", "報導", "记者", "記者", "编辑部", "編輯部", "报导", "報道", "ジャーナリズム", "編集部",
        "저널리즘", "언론", "기자", "보도", "취재",
        // ar, hi
        "صحافة", "الصحافة", "صحفي", "الصحفي", "صحفيين", "غرفة الأخبار", "पत्रकार", "न्यूज़रूम", "हमारा काम",
        // mr ("पत्रकार" holds "पत्रकारिता")
        "वृत्तसंस्था", "आमचे काम", "आमच्या कामा",
        // is
        "blaðamenn", "blaðamann", "blaðamað", "fréttamennsk", "ritstjórn", "starf okkar", "starfið okkar",
        // gl ("redacción" is Spanish's too)
        "xornalis", "o noso traballo", "a nosa redacción", "o noso xornal",
        // eu ("kazetari" holds "kazetaritza")
        "kazetari", "erredakzio", "gure lana",
        // cy ("newyddiadur" holds "newyddiaduraeth", "newyddiadurwyr")
        "newyddiadur", "gohebydd", "gohebwyr", "ohebydd", "ohebwyr", "ystafell newyddion", "ein gwaith",
        // ga (mutated after "ár" and "le": "ár n-iriseoireacht", "le hiriseoireacht")
        "iriseoir", "n-iriseoir", "hiriseoir", "seomra nuachta", "ár gcuid oibre", "ár n-obair", "foireann eagarthóireachta",
        // af ("redaksi" holds "redaksie")
        "joernalis", "verslaggew", "nuuskantoor", "ons werk",
        // lb ("journalis" and "redaktion" hold the German spellings that Luxembourgish shares)
        "redaktioun", "eis aarbecht", "eise journalismus", "eis zeitung",
        // mt ("ġurnali" holds "ġurnaliżmu", "ġurnalist", "ġurnalisti")
        "ġurnali", "redazzjoni", "xogħol tagħna", "kamra tal-aħbarijiet",
        // so ("saxaafad" holds "saxaafadda", "suxufi" "suxufiyiinta", "weriye" "weriyeyaasha")
        "saxaafad", "suxufi", "weriye", "wariye", "tifaftir", "shaqadayada", "shaqadeena", "qolka wararka",
        // ne ("पत्रकार" holds "पत्रकारिता")
        "समाचार कक्ष", "न्युजरुम", "हाम्रो काम", "सम्पादकीय टोली", "सञ्चारकर्मी",
        // ht ("jounalis" holds "jounalis", "jounalism", "jounalist")
        "jounalis", "redaksyon", "repòtè", "travay nou", "jounal nou", "medya nou",
        // ha ("'yan jarida" read from its "y")
        "aikin jarida", "ɗan jarida", "dan jarida", "yan jarida", "yar jarida", "ɗakin labarai", "dakin labarai",
        "aikinmu", "aikin mu", "jaridarmu", "jaridar mu", "kafar yaɗa labarai", "kafar yada labarai",
        // ps ("خبریال" holds "خبریالان", "خبریالي", "خبریالۍ"; "ژورنالیز" "ژورنالیزم")
        "خبریال", "ژورنالیز", "ژورنالیست", "زموږ کار", "زموږ د کار", "زموږ رسنۍ",
        // yo (the journalism, the journalist, the newsroom, our work, our paper)
        "iṣẹ́ ìròyìn", "iṣẹ iroyin", "ise iroyin", "akọ̀ròyìn", "akọroyin", "akoroyin", "oníròyìn", "oniroyin",
        "yàrá ìròyìn", "yara iroyin", "iṣẹ́ wa", "iṣẹ wa", "ise wa", "ìwé ìròyìn wa", "iwe iroyin wa",
        // zu ("ubuntathel" holds "ubuntatheli", journalism; "intathel" and "izintathel" the
        // journalists; the newsroom, our work)
        "ubuntathel", "intathel", "izintathel", "igumbi lezindaba", "umsebenzi wethu", "iphephandaba lethu",
        // xh (the journalism, the journalist, the newsroom, our news; isiZulu's "ubuntathel",
        // "intathel", "umsebenzi wethu" and "iphephandaba lethu" above serve both)
        "obuntatheli", "iintatheli", "igumbi leendaba", "iindaba zethu",
        // te ("జర్నలిజ" holds "జర్నలిజం", "జర్నలిజానికి"; "పాత్రికేయ" the journalism and the
        // journalists; not "విలేకరు", the reporters every story's "విలేకరులతో మాట్లాడుతూ" names)
        "జర్నలిజ", "జర్నలిస్ట", "పాత్రికేయ", "న్యూస్\u{200c}రూమ్", "న్యూస్రూమ్", "మా పని", "మా కథనాలు",
        // kn ("ಪತ್ರಿಕೋದ್ಯಮ" holds its case forms, "ಪತ್ರಕರ್ತ" "ಪತ್ರಕರ್ತರು")
        "ಪತ್ರಿಕೋದ್ಯಮ", "ಪತ್ರಕರ್ತ", "ಸುದ್ದಿಮನೆ", "ವರದಿಗಾರ", "ನಮ್ಮ ಕೆಲಸ", "ನಮ್ಮ ಪತ್ರಿಕೆ",
        // ml (the journalism, the journalist, the newsroom, our work, our news)
        "മാധ്യമപ്രവർത്തന", "മാധ്യമ പ്രവർത്തന", "പത്രപ്രവർത്തന", "മാധ്യമപ്രവർത്തക", "വാർത്താമുറി", "ന്യൂസ്റൂം",
        "ഞങ്ങളുടെ പ്രവർത്തന", "ഞങ്ങളുടെ വാർത്ത", "ഞങ്ങളുടെ റിപ്പോർട്ടർമാർ",
        // am ("ጋዜጠኝነት" holds "ጋዜጠኝነታችን", our journalism; "ጋዜጠኛ" the journalists; the
        // newsroom, our work in both spellings)
        "ጋዜጠኝነት", "ጋዜጠኛ", "ዝግጅት ክፍል", "የዜና ክፍል", "ሥራችን", "ስራችን", "ሚዲያችን", "ጋዜጣችን",
        // gu ("પત્રકારત્વ" holds its glued forms; not "પત્રકાર", the reporters every story's
        // "પત્રકારો સાથે વાત કરતા" names)
        "પત્રકારત્વ", "ન્યૂઝરૂમ", "અમારું કામ", "અમારા કામ", "અમારા પત્રકાર", "અમારા અહેવાલ",
        // pa ("ਪੱਤਰਕਾਰੀ", the journalism; not "ਪੱਤਰਕਾਰ", the reporters of every story's "ਪੱਤਰਕਾਰਾਂ
        // ਨਾਲ ਗੱਲਬਾਤ ਕਰਦਿਆਂ"; the newsroom, our work, our news, our reporters, our house)
        "ਪੱਤਰਕਾਰੀ", "ਨਿਊਜ਼ਰੂਮ", "ਨਿਊਜਰੂਮ", "ਸਾਡਾ ਕੰਮ", "ਸਾਡੇ ਕੰਮ", "ਸਾਡੀਆਂ ਖ਼ਬਰਾਂ", "ਸਾਡੀਆਂ ਖਬਰਾਂ", "ਸਾਡੇ ਪੱਤਰਕਾਰ",
        "ਸਾਡਾ ਅਦਾਰਾ", "ਸਾਡੇ ਅਦਾਰੇ",
        // my (the journalism, the news work, the newsroom, our news; not "သတင်းထောက်", the
        // reporters every story's "သတင်းထောက်များကို ပြောသည်" names)
        "သတင်းစာပညာ", "ဂျာနယ်လစ်ဇင်", "သတင်းလုပ်ငန်း", "သတင်းခန်း", "ကျွန်ုပ်တို့၏ သတင်း", "ကျွန်ုပ်တို့၏ လုပ်ငန်း",
        // si ("මාධ්‍යවේදය" holds its glued forms, "මාධ්‍යවේදයට"; not "මාධ්‍යවේදී", the journalists
        // every story's "මාධ්‍යවේදීන් සමඟ" names, nor "අපේ වාර්තාකරු", every byline's; "පුවත්පත්
        // කලාව" the journalism; the newsroom, our work, our news, our institution)
        "මාධ්\u{200d}යවේදය", "මාධ්යවේදය", "පුවත්පත් කලාව", "පුවත් කාමරය", "අපගේ කාර්යය", "අපගේ පුවත්", "අපගේ මාධ්\u{200d}ය ආයතනය",
        "අපගේ ආයතනය",
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
        // sr (not "независим": Russian)
        "независн", "без реклама",
        // sl
        "neodvisn", "brez oglasov",
        // lt
        "nepriklausom", "be reklamų",
        // lv
        "neatkarīg", "bez reklām",
        // et
        "sõltumat", "reklaamivaba",
        // be ("незалежн" holds it)
        "без рэкламы",
        // he
        "עצמאי", "ללא פרסומות", "ללא מטרות רווח",
        // fa
        "رسانه مستقل", "رسانه‌ای مستقل", "غیرانتفاعی", "بدون تبلیغات",
        // vi
        "độc lập", "phi lợi nhuận", "không quảng cáo",
        // az
        "müstəqil", "qeyri-kommersiya", "reklamsız",
        // ka
        "დამოუკიდებ", "არაკომერციულ", "რეკლამის გარეშე",
        // hy
        "անկախ", "ոչ առևտրային", "առանց գովազդի",
        // mk ("независн" holds it)
        "непрофитн", "без платен ѕид",
        // kk
        "тәуелсіз", "коммерциялық емес", "жарнамасыз",
        // sq
        "pavarur", "jofitimprur", "pa reklama",
        // ur
        "آزاد صحافت", "آزاد میڈیا", "غیر منافع", "اشتہارات کے بغیر",
        // bn
        "স্বাধীন সাংবাদিকতা", "স্বাধীন গণমাধ্যম", "অলাভজনক", "বিজ্ঞাপনমুক্ত",
        // sw
        "uandishi huru", "chombo huru", "vyombo huru", "bila matangazo",
        // ms
        "kewartawanan bebas", "media bebas", "bukan berasaskan keuntungan",
        // tl
        "malayang pamamahayag", "malayang media", "walang patalastas",
        // ta
        "சுதந்திர ஊடக", "சுதந்திர இதழியல்", "லாப நோக்கமற்ற", "விளம்பரமில்லா",
        // th
        "สื่ออิสระ", "ไม่แสวงหากำไร", "ไม่มีโฆษณา",
        // zh, ja ("独立" is both), ko
        "独立", "獨立", "非营利", "非營利", "无广告", "無廣告", "付费墙", "付費牆", "非営利", "広告なし",
        "독립", "비영리", "광고 없",
        // ar, hi
        "مستقل", "المستقل", "غير ربحي", "بدون إعلانات", "स्वतंत्र", "निष्पक्ष", "गैर-लाभकारी", "विज्ञापन-मुक्त",
        // mr ("स्वतंत्र" holds it)
        "निःपक्ष", "जाहिरातमुक्त", "ना-नफा",
        // is (not "óháð" alone, which is also "regardless", nor "sjálfstæð": the Independence
        // Party, "Sjálfstæðisflokkurinn")
        "óháðu", "óháða", "óháðs", "óháðri", "óháðra", "sjálfstæðan fjölmiðil", "sjálfstæður fjölmiðill",
        "sjálfstæða blaðamennsku", "frjáls fjölmiðil", "frjálsan fjölmiðil", "auglýsingalaus", "án auglýsinga",
        "greiðsluvegg", "óhagnaðardrif",
        // gl ("independ" holds "independente")
        "sen publicidade", "sen ánimo de lucro", "sen fins lucrativos", "muro de pagamento", "muros de pagamento",
        // eu ("independ" holds "independentea")
        "publizitaterik gabe", "iragarkirik gabe", "irabazi asmorik gabe", "ordainketa-horma", "ordainketa horma",
        "hedabide aske", "komunikabide aske",
        // cy (not "annibyniaeth": the country's independence)
        "annibynnol", "heb hysbysebion", "wal dalu", "dielw", "ddielw",
        // ga (not "neamhspleách" alone: the independent candidates and TDs of every election
        // story)
        "iriseoireacht neamhspleách", "meán neamhspleách", "meáin neamhspleácha", "suíomh nuachta neamhspleách",
        "neamhbhrabús", "neamhbhrabúis", "saor ó fhógraí", "gan fhógraíocht", "balla íocaíochta",
        // af (not "onafhanklik" alone: the independent candidates of every election story)
        "onafhanklike joernalistiek", "onafhanklike media", "onafhanklike nuus", "onafhanklike publikasie",
        "sonder advertensies", "advertensievry", "betaalmuur", "nie-winsgewende nuus", "sonder winsoogmerk",
        // lb
        "onofhängeg", "ouni reklamm", "net-kommerziell", "ouni paywall",
        // mt ("indipenden" holds "indipendenti")
        "mingħajr reklami", "mhux għall-profitt", "mingħajr skop ta' qligħ", "mingħajr skop ta’ qligħ",
        // so (not "madax bannaan" alone: the country's independence, "madax-bannaanida", and
        // every independent candidate)
        "warbaahin madax", "saxaafad madax", "saxaafadda madax", "saxaafadda xorta", "xayeysiis la'aan",
        "xayeysiis la’aan", "aan faa'iido doon", "aan faa’iido doon", "aan macaash doon",
        // ne (not "स्वतन्त्र" alone: the independent candidates of every election story)
        "स्वतन्त्र पत्रकारिता", "स्वतन्त्र मिडिया", "स्वतन्त्र सञ्चारमाध्यम", "नाफारहित", "गैरनाफामूलक", "विज्ञापनरहित",
        "विज्ञापनबिना",
        // ht (not "endepandan" alone: "endepandans", the country's independence, and every
        // independent candidate)
        "jounalis endepandan", "medya endepandan", "jounal endepandan", "laprès endepandan", "san piblisite",
        "san bi likratif",
        // ha (not "mai zaman kanta" alone: the electoral commission, INEC, and every NGO,
        // "ƙungiyoyi masu zaman kansu")
        "jarida mai zaman kanta", "jarida mai zaman kansa", "labarai mai zaman kanta", "jaridu masu zaman kansu",
        "ba tare da talla ba", "ba tare da tallace-tallace ba", "ba don samun riba ba",
        // ps (not "خپلواک" alone: the country's independence, "د خپلواکۍ ورځ")
        "خپلواکه رسنۍ", "خپلواکې رسنۍ", "خپلواکو رسنیو", "خپلواکه خبریالي", "خپلواکې خبریالۍ", "خپلواک ژورنالیزم",
        "ناپېیلې رسنۍ", "بې پرې رسنۍ", "له اعلانونو پرته",
        // yo (not "olómìnira" alone: the republic, "orílẹ̀-èdè olómìnira", and the country's
        // independence)
        "ìròyìn olómìnira", "iroyin olominira", "ìwé ìròyìn olómìnira", "láìsí ìpolówó", "laisi ipolowo",
        "kì í ṣe fún èrè", "ki i ṣe fun ere", "ki i se fun ere",
        // zu (not "ezimele" alone: the independent candidates and every NGO, "izinhlangano
        // ezizimele")
        "ubuntatheli obuzimele", "izindaba ezizimele", "isikhungo sezindaba esizimele", "ngaphandle kwezikhangiso",
        "okungenzi nzuzo",
        // xh (not "-zimeleyo" alone: the independent candidates of every election story,
        // "abagqatswa abazimeleyo")
        "ubuntatheli obuzimeleyo", "iindaba ezizimeleyo", "iphephandaba elizimeleyo", "iziko leendaba elizimeleyo",
        "ongenzi nzuzo", "engenzi nzuzo", "elingenzi nzuzo", "ngaphandle kweentengiso",
        // te (not "స్వతంత్ర" alone: the independent candidates of every election story, nor
        // "నిష్పక్షపాత" alone: every impartial inquiry)
        "స్వతంత్ర జర్నలిజ", "స్వతంత్ర పాత్రికేయ", "స్వతంత్ర మీడియా", "లాభాపేక్ష లేని", "లాభాపేక్ష రహిత", "ప్రకటనలు లేని",
        "ప్రకటనల రహిత",
        // kn (not "ಸ್ವತಂತ್ರ" alone: the independent candidates of every election story)
        "ಸ್ವತಂತ್ರ ಪತ್ರಿಕೋದ್ಯಮ", "ಸ್ವತಂತ್ರ ಮಾಧ್ಯಮ", "ಸ್ವತಂತ್ರ ಸುದ್ದಿ ಮಾಧ್ಯಮ", "ಲಾಭರಹಿತ", "ಲಾಭೋದ್ದೇಶವಿಲ್ಲದ",
        "ಜಾಹೀರಾತು ರಹಿತ", "ಜಾಹೀರಾತುರಹಿತ", "ಪೇವಾಲ್",
        // ml (not "സ്വതന്ത്ര" alone: the independent candidates of every election story)
        "സ്വതന്ത്ര മാധ്യമ", "സ്വതന്ത്ര പത്രപ്രവർത്തന", "സ്വതന്ത്രമായ മാധ്യമ", "നിഷ്പക്ഷ മാധ്യമ", "ലാഭേച്ഛയില്ലാത്ത",
        "ലാഭരഹിത", "പരസ്യങ്ങളില്ലാതെ", "പരസ്യരഹിത",
        // am (not "ነጻ"/"ነፃ" or "ገለልተኛ" alone: free, the free and fair election, "ነፃና
        // ገለልተኛ ምርጫ", and every neutral body)
        "ነጻ ጋዜጠኝነት", "ነፃ ጋዜጠኝነት", "ገለልተኛ ጋዜጠኝነት", "ነጻ ሚዲያ", "ነፃ ሚዲያ", "ገለልተኛ ሚዲያ", "ለትርፍ ያልተቋቋመ",
        "ከማስታወቂያ ነጻ", "ከማስታወቂያ ነፃ",
        // gu (not "સ્વતંત્ર" alone: the independent candidates of every election story, nor
        // "નિષ્પક્ષ" alone: every impartial inquiry)
        "સ્વતંત્ર પત્રકારત્વ", "સ્વતંત્ર મીડિયા", "સ્વતંત્ર સમાચાર", "નિષ્પક્ષ પત્રકારત્વ", "બિન-નફાકારક", "બિનનફાકારક",
        "જાહેરાત-મુક્ત", "જાહેરાતમુક્ત", "પેવોલ",
        // pa (not "ਆਜ਼ਾਦ" or "ਸੁਤੰਤਰ" alone: the independent candidates of every election story and
        // the country's independence; nor "ਨਿਰਪੱਖ" alone, every impartial inquiry)
        "ਆਜ਼ਾਦ ਪੱਤਰਕਾਰੀ", "ਆਜਾਦ ਪੱਤਰਕਾਰੀ", "ਅਜ਼ਾਦ ਪੱਤਰਕਾਰੀ", "ਅਜਾਦ ਪੱਤਰਕਾਰੀ", "ਸੁਤੰਤਰ ਪੱਤਰਕਾਰੀ", "ਨਿਰਪੱਖ ਪੱਤਰਕਾਰੀ",
        "ਆਜ਼ਾਦ ਮੀਡੀਆ", "ਆਜਾਦ ਮੀਡੀਆ", "ਸੁਤੰਤਰ ਮੀਡੀਆ", "ਗ਼ੈਰ-ਮੁਨਾਫ਼ਾ", "ਗੈਰ-ਮੁਨਾਫਾ", "ਗ਼ੈਰ ਮੁਨਾਫ਼ਾ", "ਗੈਰ ਮੁਨਾਫਾ",
        "ਮੁਨਾਫ਼ਾ ਰਹਿਤ", "ਮੁਨਾਫਾ ਰਹਿਤ", "ਇਸ਼ਤਿਹਾਰ ਮੁਕਤ", "ਇਸ਼ਤਿਹਾਰਾਂ ਤੋਂ ਮੁਕਤ", "ਪੇਵਾਲ",
        // my (not "လွတ်လပ်" or "အမှီအခိုကင်း" alone: every freedom and every independent
        // commission and candidate: the media named)
        "လွတ်လပ်သော မီဒီယာ", "လွတ်လပ်သောမီဒီယာ", "လွတ်လပ်သော သတင်းမီဒီယာ", "အမှီအခိုကင်းသော မီဒီယာ",
        "အမှီအခိုကင်းသော သတင်း", "အကျိုးအမြတ်မယူ", "ကြော်ငြာမပါ",
        // si (not "ස්වාධීන" alone: the independent groups and candidates of every election
        // story, "ස්වාධීන කණ්ඩායම", and the independent commissions; nor "නිදහස්", freedom and the
        // free education, nor "අපක්ෂපාතී" alone, every impartial inquiry)
        "ස්වාධීන මාධ්\u{200d}ය", "ස්වාධීන මාධ්ය", "ස්වාධීන පුවත්", "ස්වාධීන ජනමාධ්\u{200d}ය", "අපක්ෂපාතී මාධ්\u{200d}ය", "ලාභ නොලබන",
        "දැන්වීම් රහිත",
    ]),
];

/// The stems by their first four bytes, each compared with the text where it starts: the scan
/// visits every word start anyway (for the phrases), so the concepts of every block cost a
/// filter test a word and a few comparisons for the few words that pass, where an
/// unanchored automaton over each scored block read every byte again (a tenth of the text
/// path's time), and an anchored one walked from each passing word cost a few hundred
/// instructions a walk.
pub(crate) struct Stems {
    /// The first four bytes of the stems in each slot's group, or `EMPTY` (open addressing
    /// on the top bits of their [`Prefixes::hash`], which the scan has computed already).
    slots: Vec<u32>,
    /// The range of `entries` under each slot's key.
    ranges: Vec<(u32, u32)>,
    shift: u32,
    /// Each stem: its first eight bytes (zero-padded), where its text is in `bytes`, its
    /// length and its concept bit.
    entries: Vec<(u64, u32, u32, u8)>,
    /// The stems' text, end to end.
    bytes: Vec<u8>,
    /// The stems' first four bytes: a word that misses here starts none.
    keys: Prefixes,
}

/// The marker of a free slot: no stem begins with four NUL bytes.
const EMPTY: u32 = 0;

static STEMS_MATCHER: LazyLock<Stems> = LazyLock::new(|| {
    let mut stems = Vec::new();
    let mut keys = Prefixes::default();
    for (c, list) in STEMS {
        for s in *list {
            assert!(
                s.len() >= STEM_KEY,
                "a concept stem is keyed by its first bytes"
            );
            // Folded as the text they are looked up in is.
            let s = crate::input::segment::fold_case(s).into_owned();
            keys.insert(load8(s.as_bytes()));
            stems.push((key4(s.as_bytes()), s, 1u8 << *c as u8));
        }
    }
    stems.sort_by_key(|&(key, _, _)| key);
    let groups = 1 + stems.windows(2).filter(|w| w[0].0 != w[1].0).count();
    // Half full at most.
    let bits = (groups * 2).next_power_of_two().trailing_zeros();
    let shift = 64 - bits;
    let mut slots = vec![EMPTY; 1 << bits];
    let mut ranges = vec![(0, 0); 1 << bits];
    let mut entries = Vec::new();
    let mut bytes = Vec::new();
    for (key, s, bit) in stems {
        assert_ne!(key, EMPTY, "a stem begins with a letter");
        let mut i = (Prefixes::hash(u64::from(key)) >> shift) as usize;
        while slots[i] != EMPTY && slots[i] != key {
            i = (i + 1) % slots.len();
        }
        // Sorted by key: a group's stems lie together.
        let n = entries.len() as u32;
        if slots[i] == EMPTY {
            slots[i] = key;
            ranges[i] = (n, n);
        }
        ranges[i].1 += 1;
        entries.push((load8(s.as_bytes()), bytes.len() as u32, s.len() as u32, bit));
        bytes.extend_from_slice(s.as_bytes());
    }
    Stems {
        slots,
        ranges,
        shift,
        entries,
        bytes,
        keys,
    }
});

/// The first four bytes of `bytes` (at least four), as a number.
#[inline(always)]
fn key4(bytes: &[u8]) -> u32 {
    u32::from_le_bytes(bytes[..4].try_into().expect("four bytes"))
}

impl Stems {
    /// The compiled stems, built on first use.
    pub(crate) fn get() -> &'static Stems {
        &STEMS_MATCHER
    }

    /// The stems' first four bytes.
    pub(crate) fn keys(&self) -> &Prefixes {
        &self.keys
    }

    /// Whether a stem may start where the folded text's first four bytes have the
    /// [`Prefixes::hash`] `h`.
    #[inline(always)]
    pub(crate) fn may_start(&self, h: u64) -> bool {
        self.keys.may_hold_hash(h)
    }

    /// The concepts of the stems that start at `s` of `folded` (case-folded text) and end by
    /// `end`; `x` is the text's eight bytes from `s` (zero-padded) and `h` their
    /// [`Prefixes::hash`].
    #[inline]
    pub(crate) fn at(&self, folded: &str, s: usize, end: usize, x: u64, h: u64) -> Concepts {
        let text = &folded.as_bytes()[s..end];
        let mut bits = 0;
        if text.len() < STEM_KEY {
            return Concepts(0);
        }
        let key = x as u32;
        let mut i = (h >> self.shift) as usize;
        while self.slots[i] != key {
            if self.slots[i] == EMPTY {
                return Concepts(0);
            }
            i = (i + 1) % self.slots.len();
        }
        let (from, to) = self.ranges[i];
        for &(head, at, len, bit) in &self.entries[from as usize..to as usize] {
            let n = len as usize;
            // The first eight bytes decide most; the rest of a longer stem is compared.
            let mask = u64::MAX >> (64 - 8 * n.min(8));
            if x & mask == head
                && n <= text.len()
                && (n <= 8 || text[8..n] == self.bytes[at as usize + 8..(at + len) as usize])
            {
                bits |= bit;
            }
        }
        Concepts(bits)
    }
}

/// The concepts a block's text names, a bit each.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(crate) struct Concepts(u8);

impl Concepts {
    /// Both concepts' bits.
    pub(crate) fn union(self, other: Concepts) -> Concepts {
        Concepts(self.0 | other.0)
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
    use crate::input::classes::Classes;
    use crate::input::segment::{fold_case, lines};
    use crate::rules::BUILTIN;
    use crate::rules::phrases::splits_word;

    /// The concepts of each line of `text`, as the scan finds them.
    fn scanned(text: &str) -> Vec<Concepts> {
        let folded = fold_case(text);
        let classes = Classes::new(folded.as_bytes());
        let blocks = lines(text);
        let ev = BUILTIN.scan(text, &folded, &classes, &blocks, None);
        (0..blocks.len()).map(|i| ev.concepts(i)).collect()
    }

    fn of(text: &str) -> Concepts {
        scanned(text)[0]
    }

    /// The contract, read plainly: every stem anywhere in the block's folded text, where it
    /// does not start inside a word.
    fn reference(block: &str) -> Concepts {
        let lower = fold_case(block);
        let mut bits = 0;
        for (c, stems) in STEMS {
            for stem in *stems {
                if (0..lower.len()).any(|p| {
                    lower.is_char_boundary(p)
                        && lower[p..].starts_with(stem)
                        && !splits_word(&lower, p)
                }) {
                    bits |= 1 << *c as u8;
                }
            }
        }
        Concepts(bits)
    }

    #[test]
    fn stems_meet_in_the_words_of_an_ask() {
        let c = of("Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.");
        assert!(c.support() && c.journalism() && !c.independent());
        let c = of("Wesprzyj niezależne dziennikarstwo!");
        assert!(c.support() && c.journalism() && c.independent());
        // Chinese matches inside words, Arabic at a word start (with the article glued on).
        let c = of("如果您认同我们的报道，请支持独立媒体。");
        assert!(c.support() && c.journalism() && c.independent());
        let c = of("ادعم الصحافة المستقلة اليوم");
        assert!(c.support() && c.journalism() && c.independent());
    }

    /// Every pack language has support stems: of each pack's donation asks and headers, one
    /// at least holds one (the model's concepts are read in every pack language).
    #[test]
    fn every_pack_has_support_stems() {
        for pack in crate::rules::lang::ALL.iter().filter(|p| p.lang != "xx") {
            let asks = pack
                .entries
                .iter()
                .filter(|e| {
                    e.kind == Some(crate::Kind::Donation)
                        && matches!(
                            e.group,
                            crate::rules::vocab::Group::Ask | crate::rules::vocab::Group::Header
                        )
                })
                .flat_map(|e| e.phrases.iter());
            let found = asks.clone().any(|p| of(p).support());
            assert!(
                found,
                "no support stem in the donation asks of `{}`",
                pack.lang
            );
        }
    }

    /// A rule set that uses no pack reads a text as one in a language no pack covers: no
    /// stems either (they are the packs' words), as the weights for such texts are fitted.
    #[test]
    fn no_stems_without_a_pack() {
        let text = "Unterstütze unabhängigen Journalismus!";
        assert!(of(text).support());
        let bare = crate::rules::RuleSet::build(&crate::rules::RuleConfig {
            languages: vec!["xx".to_string()],
            builtin: true,
            ..Default::default()
        })
        .unwrap();
        let folded = fold_case(text);
        let classes = Classes::new(folded.as_bytes());
        let blocks = lines(text);
        let ev = bare.scan(text, &folded, &classes, &blocks, None);
        assert_eq!(ev.concepts(0), Concepts::default());
    }

    #[test]
    fn stems_start_words() {
        // "transport" holds "sport", "undonated" holds "donat": neither starts a word there.
        assert!(!of("The undonated transport").support());
        assert!(!of("The council met on Tuesday.").support());
    }

    const VOCABULARY: &[&str] = &[
        "Support",
        "supporters",
        "transport",
        "undonated",
        "DONATE",
        "our",
        "work",
        "Our Work",
        "help",
        "us",
        "Hilf",
        "mit",
        "Unterstützung",
        "independent",
        "Независимой",
        "журналистики",
        "журнал",
        "magazine",
        "Médium",
        "reporting",
        "the",
        "council",
        "chip",
        "in",
        "a",
        "x",
        "spenden",
        "spende",
        "podpořte",
        "bağımsız",
        "新闻",
        "sondern",
        "pomóż",
        "nam",
    ];
    const SEPARATORS: &[&str] = &[
        " ", "  ", "\n", ", ", "-", "’", "'", "—", "«", "", ".", "々", "中", "é", "\t",
    ];

    proptest::proptest! {
        #[test]
        fn the_scan_agrees_with_a_plain_search(
            tokens in proptest::collection::vec((0..VOCABULARY.len(), 0..SEPARATORS.len()), 0..40),
        ) {
            let text: String = tokens
                .iter()
                .flat_map(|&(w, s)| [VOCABULARY[w], SEPARATORS[s]])
                .collect();
            let expect: Vec<Concepts> = lines(&text)
                .iter()
                .map(|b| reference(&text[b.range.clone()]))
                .collect();
            proptest::prop_assert_eq!(scanned(&text), expect, "{:?}", text);
        }
    }
}
