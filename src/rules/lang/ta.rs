//! Tamil, in the Tamil script. The vowel signs are letters to the matcher, the pulli (்,
//! the vowel killer) is not: the matcher sees a word break after it, so a phrase that ends on
//! a pulli also matches the start of a longer word ("உங்கள்" in "உங்கள்ளு" would), which
//! the inflected forms of news never are for the rows' last words ("ஆதரியுங்கள்",
//! "பயன்படுத்துகிறோம்"). Sandhi doubles a consonant after some words ("இந்தச் செய்தி",
//! "இந்த செய்தி"): the formulas that matter most are listed both ways.
//!
//! News shares the vocabulary: "ஆதரவு" is an election's support ("உங்கள் ஆதரவு தேவை", a
//! candidate), "நன்கொடை" a temple's or a relief fund's donations, "உறுப்பினர்" a party's or a
//! union's member, and "சந்தாதாரர்கள்" a telephone company's subscribers. The imperatives open
//! only a short block; anywhere only forms no report holds ("நன்கொடைத் தொகையைத்
//! தேர்ந்தெடுக்கவும்", "எங்கள் செய்திமடலுக்கு", "எங்கள் செயலியைப் பதிவிறக்குங்கள்").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ta",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["நிமிட வாசிப்பு", "நிமிட வாசிப்பில்", "வாசிக்கும் நேரம்"]),
        header(Donation).max_words(14).phrases(&[
            "சுதந்திர ஊடகத்தை ஆதரியுங்கள்", "சுதந்திர இதழியலை ஆதரியுங்கள்",
        ]),
        // A candidate and a charity say these too ("உங்கள் ஆதரவு எங்களுக்குத் தேவை"): a heading of a few words only.
        header(Donation).max_words(7).phrases(&["எங்களுக்கு உங்கள் ஆதரவு தேவை", "உங்கள் ஆதரவு எங்களுக்குத் தேவை", "உங்கள் ஆதரவு எங்களுக்கு தேவை"]),
        header(Donation).max_words(4).phrases(&["செல்லும் முன்", "நீங்கள் செல்லும் முன்"]),
        ask(Donation).weight(3.5).phrases(&[
            "நன்கொடைத் தொகையைத் தேர்ந்தெடுக்கவும்", "நன்கொடை தொகையை தேர்ந்தெடுக்கவும்", "தொகையைத் தேர்ந்தெடுக்கவும்",
            "தொகையை தேர்ந்தெடுக்கவும்", "எங்கள் இதழியலை ஆதரியுங்கள்", "உங்கள் நன்கொடை எங்களுக்கு உதவுகிறது",
        ]),
        // A candidate says "எங்களை ஆதரியுங்கள்", a temple "ஒவ்வொரு நன்கொடையும் முக்கியம்": a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "எங்களை ஆதரியுங்கள்", "எங்களுக்கு ஆதரவு தாருங்கள்", "நன்கொடை அளியுங்கள்", "இப்போதே நன்கொடை அளியுங்கள்",
            "நன்கொடை வழங்குங்கள்", "எங்கள் பணியை ஆதரியுங்கள்", "ஒவ்வொரு நன்கொடையும் முக்கியம்", "ஆதரவாளராகுங்கள்", "இப்போதே ஆதரியுங்கள்",
        ]),
        // Flood victims hold up "help us" on a banner, and a report sets it as a line of its
        // own: a cue only.
        cue(Donation).phrases(&["எங்களுக்கு உதவுங்கள்"]),
        cue(Donation).phrases(&[
            "உங்கள் ஆதரவு", "உங்கள் ஆதரவுடன்", "சுதந்திர இதழியல்", "மாதாந்திர நன்கொடை", "ஒருமுறை நன்கொடை", "உங்கள் நன்கொடை",
        ]),
        cue(Donation).weight(0.5).phrases(&["நன்கொடை*", "ஆதரவாளர*"]),
        salutation(Donation).max_words(6).phrases(&[
            "அன்பு வாசகர்களே", "அன்பார்ந்த வாசகர்களே", "அன்புள்ள வாசகர்களே", "மதிப்பிற்குரிய வாசகர்களே", "அன்பு வாசகரே",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["இந்தக் கட்டுரை பிடித்திருந்தால்", "இந்த கட்டுரை பிடித்திருந்தால்"]),
        // "உறுப்பினராகுங்கள்" is a party's and a union's call too.
        ask(Membership).phrases(&["எங்கள் சமூகத்தில் இணையுங்கள்", "எங்கள் வாசகர் வட்டத்தில் இணையுங்கள்"]),
        ask(Membership).at(Start).max_words(8).phrases(&["உறுப்பினராகுங்கள்", "உறுப்பினர் ஆகுங்கள்", "உறுப்பினராக இணையுங்கள்", "இன்றே எங்களுடன் இணையுங்கள்"]),
        ask(Subscription).phrases(&[
            "எப்போது வேண்டுமானாலும் ரத்து செய்யலாம்", "ஏற்கெனவே சந்தாதாரரா", "சந்தா திட்டத்தைத் தேர்ந்தெடுக்கவும்",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&[
            "சந்தா செலுத்துங்கள்", "சப்ஸ்கிரைப் செய்யுங்கள்", "சந்தாதாரர் ஆகுங்கள்", "சந்தாதாரராகுங்கள்",
        ]),
        cue(Subscription).phrases(&["டிஜிட்டல் சந்தா", "முதல் மாதம் இலவசம்", "வரம்பற்ற அணுகல்"]),
        ask(Paywall).weight(3.5).phrases(&[
            "இந்தக் கட்டுரை சந்தாதாரர்களுக்கு மட்டும்", "இந்த கட்டுரை சந்தாதாரர்களுக்கு மட்டும்", "படிக்க உள்நுழையவும்",
            "இலவசக் கட்டுரைகளின் வரம்பை",
        ]),
        // Students get scholarships "தொடர்ந்து படிக்க" (to keep studying): a short block's
        // start only.
        ask(Paywall).at(Start).max_words(20).phrases(&["தொடர்ந்து படிக்க", "முழுக் கட்டுரையைப் படிக்க", "முழு கட்டுரையை படிக்க"]),
        cue(Paywall).phrases(&["சந்தாதாரர்களுக்கு மட்டும்"]),
        ask(Newsletter).phrases(&[
            "எங்கள் செய்திமடலுக்கு", "எங்கள் செய்திமடலில்", "செய்திமடலில் பதிவு செய்யுங்கள்", "உங்கள் இன்பாக்ஸுக்கு",
            "பதிவு செய்ததற்கு நன்றி",
        ]),
        // Banks warn "உங்கள் மின்னஞ்சல் முகவரியை யாருக்கும் தர வேண்டாம்": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "உங்கள் மின்னஞ்சல் முகவரியை உள்ளிடவும்", "உங்கள் மின்னஞ்சலை உள்ளிடவும்", "மின்னஞ்சல் முகவரியை உள்ளிடுக",
        ]),
        label(Newsletter).phrases(&["செய்திமடல்"]),
        cue(Newsletter).phrases(&["செய்திமடல்", "உங்கள் மின்னஞ்சல்", "தனியுரிமைக் கொள்கை", "தனியுரிமை கொள்கை"]),
        ask(App).phrases(&["எங்கள் செயலியைப் பதிவிறக்குங்கள்", "எங்கள் செயலியை பதிவிறக்குங்கள்", "எங்கள் ஆப்பை டவுன்லோட் செய்யுங்கள்"]),
        ask(App).at(Start).max_words(8).phrases(&["செயலியைப் பதிவிறக்கம் செய்யுங்கள்", "செயலியை பதிவிறக்கம் செய்யுங்கள்", "ஆப்பை டவுன்லோட் செய்யுங்கள்"]),
        cue(App).phrases(&["எங்கள் செயலி", "எங்கள் செயலியில்"]),
        ask(Cookie).phrases(&["அனைத்து குக்கீகளையும் ஏற்கவும்", "குக்கீ கொள்கை", "குக்கீ அமைப்புகள்"]),
        // Reports quote banners and regulators: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "நாங்கள் குக்கீகளைப் பயன்படுத்துகிறோம்", "நாங்கள் குக்கீகளை பயன்படுத்துகிறோம்",
            "இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது", "இந்த இணையதளம் குக்கீகளை பயன்படுத்துகிறது",
        ]),
        cue(Cookie).phrases(&["குக்கீகளைப் பயன்படுத்து", "குக்கீகளை பயன்படுத்து"]),
        ask(Social).phrases(&[
            "ஃபேஸ்புக்கில் எங்களைப் பின்தொடருங்கள்", "எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்", "வாட்ஸ்அப் சேனலில் இணையுங்கள்", "இணைப்பு நகலெடுக்கப்பட்டது",
            "எங்கள் யூடியூப் சேனலை சப்ஸ்கிரைப் செய்யுங்கள்",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&[
            "எங்களைப் பின்தொடருங்கள்", "எங்களை பின்தொடருங்கள்", "google news-ல் பின்தொடருங்கள்", "கூகுள் நியூஸில் பின்தொடருங்கள்", "இந்தச் செய்தியைப் பகிருங்கள்", "இந்த செய்தியை பகிருங்கள்",
        ]),
        label(Ad).phrases(&["விளம்பரம்", "ஸ்பான்சர்"]),
        line(Related).max_words(24).phrases(&[
            "இதையும் படியுங்கள்", "இதையும் படிக்க", "இதையும் படிங்க", "தொடர்புடைய செய்திகள்", "மேலும் படிக்க", "அதிகம் படித்தவை",
            "சமீபத்திய செய்திகள்:", "மேலும் செய்திகள்:",
        ]),
        line(Related).max_words(3).phrases(&["மேலும் செய்திகள்", "சமீபத்திய செய்திகள்"]),
        label(Related).phrases(&["தொடர்புடையவை", "அதிகம் வாசிக்கப்பட்டவை", "டிரெண்டிங்"]),
        ask(Credit).max_words(40).phrases(&[
            "கட்டுரையாளரின் சொந்தக் கருத்துகள்", "கட்டுரையாளரின் சொந்த கருத்துகள்", "ஆசிரியரின் தனிப்பட்ட கருத்துகள்",
        ]),
        cue(Credit).phrases(&["தொடர்புக்கு:"]),
        line(Credit).max_words(10).phrases(&["ஆசிரியர்:", "படம்:", "புகைப்படம்:", "செய்தியாளர்:", "எழுத்து:", "தொடர்புக்கு:", "கட்டுரையாளர்:"]),
        chrome(Other).at(Any).max_words(12).phrases(&["அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை"]),
        label(Other).phrases(&["கருத்துகள்", "கருத்து தெரிவிக்க"]),
        label_any().phrases(&[
            "மூடு", "இப்போது வேண்டாம்", "வேண்டாம், நன்றி", "பின்னர்", "பின்னர் நினைவூட்டு", "ஏற்கிறேன்", "ஏற்றுக்கொள்",
            "நிராகரி", "தொடரவும்", "நன்கொடை அளி", "உள்நுழை", "பதிவு செய்", "மாதாந்திரம்", "ஒருமுறை", "வேறு தொகை",
            "இணைப்பை நகலெடு", "புரிந்தது", "பகிர்", "அனைத்தையும் ஏற்கவும்", "ஆதரியுங்கள்", "மின்னஞ்சல்", "பதிவு செய்க", "ஆதரவு தாருங்கள்",
        ]),
        // The platforms of a share bar, in the script of the page (the `xx` pack has the Latin names).
        platform(Social).max_words(12).phrases(&["ஃபேஸ்புக்", "ட்விட்டர்", "வாட்ஸ்அப்", "இன்ஸ்டாகிராம்", "யூடியூப்", "டெலிகிராம்"]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["எங்கள் பணி முக்கியம் என்று நினைத்தால்", "எங்கள் இதழியல் முக்கியம் என்று நினைத்தால்"]),
        // A banner's own word, also in reports on data protection: a cue.
        cue(Cookie).phrases(&["குக்கீகள்", "குக்கீகளை"]),
        label_any().phrases(&["சரி", "மாதாந்திர ஆதரவு"]),
        outlet(Donation).phrases(&[
            "சுதந்திர ஊடகம்", "லாப நோக்கமற்ற", "விளம்பரமில்லா", "வாசகர்களின் ஆதரவுடன்", "அனைவருக்கும் இலவசம்", "வாசகர்களின் உதவியால் மட்டுமே",
        ]),
        // The outlet of itself, a newsletter's "join", "follow us on social media", the support button.
        outlet(Donation).phrases(&["விளம்பரங்களைச் சார்ந்திருக்கவில்லை", "விளம்பரங்களை சார்ந்திருக்கவில்லை"]),
        ask(Newsletter).phrases(&["செய்திமடலில் இணையுங்கள்", "எங்கள் செய்திமடலில் இணையுங்கள்"]),
        ask(Social).phrases(&["சமூக ஊடகங்களில் எங்களைப் பின்தொடருங்கள்"]),
        label_any().phrases(&["உதவுங்கள்"]),
        // A bio's "X is a reporter at" and the meter's free articles (news on paywalls says it
        // too): cues. A contact line ("Email: ...") is an office's notice too: no row.
        cue(Credit).phrases(&["சிறப்புச் செய்தியாளர்", "சிறப்பு செய்தியாளர்"]),
        cue(Paywall).phrases(&["இலவசக் கட்டுரைகள்", "இலவச கட்டுரைகள்"]),
        // The meter: "you have read N of your free articles" (the numbers vary).
        ask(Paywall).max_words(20).phrases(&["படித்துவிட்டீர்கள்"]),
        notice().phrases(&["திருத்தம்:"]),
        body().phrases(&["முழக்கமிட்டார்", "கேட்டுக்கொண்டார்", "வலியுறுத்தினார்", "தெரிவித்தனர்", "தெரிவித்தார்", "கூறினார்", "என்றார்", "தெரிவித்துள்ளார்", "கூறியுள்ளார்"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["ஆசிரியர் பற்றி", "எழுத்தாளர் பற்றி", "ஆசிரியரின் பிற கட்டுரைகள்", "இந்த எழுத்தாளரின் மேலும்"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["கட்டுரையாளர் ஒரு", "கட்டுரையாளர் மூத்த"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["கருத்து தெரிவிக்க", "உங்கள் கருத்தை பதிவு செய்யுங்கள்", "கருத்துகளைக் காண்க", "வாசகர் கருத்துகள்"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["கருத்துகள்", "கருத்துக்கள்"]),
        ask(Other).part(Comments).phrases(&["கருத்து தெரிவிக்க உள்நுழைக", "கருத்துக் கொள்கை"]),
        ask(Other).part(Disclaimer).phrases(&["கட்டுரையாளரின் சொந்தக் கருத்து", "ஆசிரியரின் தனிப்பட்ட கருத்து", "நிறுவனத்தின் கருத்து அல்ல"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["அடுத்த பக்கம்", "முந்தைய பக்கம்", "பிழையைப் புகாரளிக்க"]),
        ask(Other).part(Navigation).phrases(&["உங்கள் உலாவி பழையது"]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["இதையும் பாருங்கள்", "இதையும் பார்க்க"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["தொடர்புடைய பதிவுகள்", "தொடர்புடைய கட்டுரைகள்", "சமீபத்திய பதிவுகள்", "அதிகம் பார்க்கப்பட்டவை", "முக்கிய செய்திகள்", "பிற செய்திகள்"]),
        label(Social).phrases(&["பகிருங்கள்"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).part(Comments).max_words(4).phrases(&["மறுமொழி இடவும்"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["மறுமொழியை ரத்து செய்"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["இலவச கட்டுரை", "இலவச கட்டுரைகளை", "மீதமுள்ள கட்டுரைகள்", "இலவச செய்திகள்"]),
        ask(Paywall).max_words(30).phrases(&["இது உங்கள் கடைசி இலவச கட்டுரை", "கடைசி இலவச கட்டுரை", "அனைத்து இலவச கட்டுரைகளையும் படித்துவிட்டீர்கள்", "இலவச கட்டுரைகளின் வரம்பை அடைந்துவிட்டீர்கள்"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["முழு கட்டுரையைப் படிக்க", "தொடர்ந்து படிக்க சந்தா செலுத்துங்கள்"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["விளம்பரத்திற்குப் பிறகு தொடர்கிறது", "செய்தி விளம்பரத்திற்குப் பிறகு தொடர்கிறது", "கட்டுரையின் தொடர்ச்சி விளம்பரத்திற்குப் பிறகு", "விளம்பரத்திற்கு கீழே தொடர்கிறது", "கட்டுரை கீழே தொடர்கிறது"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["விளம்பரக் கட்டுரை", "விளம்பர உள்ளடக்கம்", "ஸ்பான்சர் செய்யப்பட்ட உள்ளடக்கம்", "நிதியுதவி உள்ளடக்கம்", "கூட்டாண்மை உள்ளடக்கம்", "இணைந்து வழங்கும்"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["நாங்கள் கமிஷன் பெறலாம்", "இந்த கட்டுரையில் அஃபிலியேட் இணைப்புகள் உள்ளன"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["அனைத்து உரிமைகளும் பதிவு செய்யப்பட்டவை", "உரிமை பெற்றது"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["செய்திமடலுக்கு பதிவு செய்யுங்கள்"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["எங்கள் செயலியை பதிவிறக்கவும்", "செயலியை டவுன்லோட் செய்யுங்கள்", "ஆப் டவுன்லோட் செய்யுங்கள்"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["கருத்தைப் பதிவு செய்க", "கருத்துகளை பார்க்க", "வாசகர் கருத்து"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["கோப்புப் படம்", "கோப்புப்படம்", "கோப்பு படம்", "மாதிரிப் படம்", "மாதிரி படம்", "சித்தரிப்புப் படம்", "கோப்புப் புகைப்படம்"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["வீடியோவை இயக்கு", "செய்தியைக் கேளுங்கள்"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["குறிச்சொற்கள்", "குறிச்சொல்", "டேக்ஸ்", "முக்கிய சொற்கள்"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["கணக்கு எண்", "கணக்கின் பெயர்", "கணக்கு பெயர்", "கணக்கு வைத்திருப்பவர் பெயர்", "வங்கியின் பெயர்", "வங்கி பெயர்", "ஐஎஃப்எஸ்சி குறியீடு"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["சப்ஸ்கிரைப் செய்யவும்", "பதிவு செய்யவும்", "உங்கள் மின்னஞ்சல் முகவரி", "மின்னஞ்சலை உள்ளிடவும்", "மின்னஞ்சல் முகவரி", "செய்திமடலுக்கு பதிவு செய்யவும்"]),
        label(Subscription).phrases(&["இப்போதே சப்ஸ்கிரைப் செய்யுங்கள்", "சலுகைகளைப் பார்க்கவும்", "இலவச சோதனையைத் தொடங்கவும்", "ஏற்கனவே சந்தாதாரரா? உள்நுழைக", "திட்டத்தைத் தேர்ந்தெடுக்கவும்"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["உள்நுழைக", "உள்நுழையவும்"]),
        label(App).phrases(&["ஆப்பைப் பதிவிறக்கவும்", "செயலியைப் பதிவிறக்கவும்", "app store-இல் பதிவிறக்கவும்", "google play-இல் பெறுக", "google play-இல் பெறுங்கள்", "இப்போதே பதிவிறக்கவும்"]),
        label(Donation).phrases(&["ஆதரவு அளியுங்கள்", "மாதந்தோறும் ஆதரியுங்கள்", "ஒருமுறை மட்டும்", "தொகையை உள்ளிடவும்", "இப்போதே ஆதரவு அளியுங்கள்", "மாதாந்திர பங்களிப்பு", "பங்களிப்பு செய்யுங்கள்"]),
        label(Social).phrases(&["இணைப்பை நகலெடுக்கவும்", "லிங்கை காப்பி செய்", "ஃபேஸ்புக்கில் பகிர்", "வாட்ஸ்அப்பில் பகிர்", "மின்னஞ்சல் அனுப்பு"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["அச்சிடு"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["பதிவு செய்வதன் மூலம், நீங்கள்", "சப்ஸ்கிரைப் செய்வதன் மூலம்", "எப்போது வேண்டுமானாலும் விலகலாம்", "உங்கள் மின்னஞ்சலை யாருடனும் பகிர மாட்டோம்", "தனியுரிமைக் கொள்கையை ஏற்கிறேன்", "உறுதிப்படுத்த உங்கள் இன்பாக்ஸைச் சரிபார்க்கவும்"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["இந்தக் கட்டுரை பிடித்திருக்கிறதா", "இந்தச் செய்தி உங்களுக்குப் பிடித்ததா", "முக்கியச் செய்திகளைத் தவறவிட விரும்பவில்லையா", "இது போன்ற செய்திகள் வேண்டுமா"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["கூறினர்", "என்றனர்", "குறிப்பிட்டார்", "குறிப்பிட்டுள்ளார்", "விளக்கினார்", "விளக்கமளித்தார்", "அறிவித்தார்", "அறிவித்துள்ளார்", "அறிவித்துள்ளது", "உறுதிப்படுத்தினார்", "உறுதிப்படுத்தியுள்ளார்", "மறுத்தார்", "மறுப்பு தெரிவித்தார்", "ஒப்புக்கொண்டார்", "எச்சரித்தார்", "எச்சரிக்கை விடுத்தார்", "நினைவுகூர்ந்தார்", "பதிலளித்தார்", "கேள்வி எழுப்பினார்", "எழுதியுள்ளார்", "கூறுகிறார்", "கூறுகின்றனர்", "குற்றம்சாட்டினார்", "செய்தியாளர்களிடம்", "அளித்த பேட்டியில்", "பேட்டியில்", "கூறியதாவது", "தெரிவித்ததாவது", "கூறியுள்ளனர்", "தெரிவித்துள்ளனர்", "சுட்டிக்காட்டினார்", "அவர் கூறுகையில்", "செய்தி வெளியிட்டுள்ளது"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["படத்தொகுப்பு"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["புகைப்பட தொகுப்பு", "புகைப்படத் தொகுப்பு", "போட்டோ கேலரி", "மேலும் புகைப்படங்கள்"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["நேரலை", "லைவ்"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["லைவ் அப்டேட்ஸ்", "லைவ் அப்டேட்"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["எழுத்துரு அளவு", "எழுத்து அளவு"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["இடைநிறுத்து"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["வீடியோவைப் பார்க்க", "வீடியோ பார்க்க"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["இந்தக் கட்டுரை உங்களுக்குப் பயனுள்ளதாக இருந்ததா", "இந்தக் கட்டுரை உங்களுக்கு பிடித்ததா", "கட்டுரை பிடித்திருந்தால்"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["படித்ததற்கு நன்றி", "இறுதிவரை படித்ததற்கு நன்றி", "வாசித்தமைக்கு நன்றி", "படித்தமைக்கு நன்றி", "கட்டுரையை வாசித்ததற்கு நன்றி"]),
        cue(Donation).weight(2.0).phrases(&["உங்களால் முடிந்த தொகை", "எந்தத் தொகையாக இருந்தாலும்", "சிறு தொகையும்", "ஒவ்வொரு பங்களிப்பும் முக்கியம்"]),
        cue(Subscription).phrases(&["இ-பேப்பர் படிக்க", "டிஜிட்டல் பதிப்பு", "அச்சுப் பதிப்பு", "இதழ் சந்தா"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["நான் ஆதரிக்கிறேன்", "நன்கொடை அளிக்க விரும்புகிறேன்", "நான் உதவ விரும்புகிறேன்"]),
        label(Membership).phrases(&["நான் உறுப்பினராக விரும்புகிறேன்", "நான் ஏற்கனவே உறுப்பினர்"]),
        label(Subscription).phrases(&["நான் சந்தா செலுத்த விரும்புகிறேன்"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["இதையும் படிங்க:", "இதையும் படியுங்கள்:", "இதையும் படிக்க:", "இதையும் படிக்கலாம்:", "இவற்றையும் படியுங்கள்:", "மேலும் படிக்க:", "மேலும் வாசிக்க:", "இதையும் வாசிக்க:", "இதையும் பாருங்கள்:", "தொடர்புடைய செய்திகள்:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["லைவ் டிவி", "நேரலை டிவி"]),
        ask(Social).max_words(30).phrases(&["எங்கள் டெலிகிராம் சேனலில் இணையுங்கள்", "டெலிகிராம் சேனலில் இணையுங்கள்"]),
        label(Subscription).phrases(&["இ-பேப்பர்", "இபேப்பர்", "e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["உங்கள் செய்திகளை எங்களுக்கு அனுப்புங்கள்", "உங்கள் பகுதி செய்திகளை அனுப்புங்கள்", "புகைப்படங்கள், வீடியோக்களை எங்களுக்கு அனுப்புங்கள்"]),
        label(Other).phrases(&["செய்தி அனுப்ப", "உங்கள் செய்தியை அனுப்புங்கள்"]),
        label(Ad).phrases(&["இப்போதே பதிவு செய்யுங்கள்"]),
        ask(Ad).max_words(35).phrases(&["நிருபர்கள் தேவை", "செய்தியாளர்கள் தேவை", "எங்கள் குழுவில் இணையுங்கள்"]),
        label(Other).part(Comments).phrases(&["உங்கள் கருத்தை எழுதுங்கள்", "கருத்தை அனுப்பவும்"]),
    ],
    we: &["நாங்கள்", "எங்கள்", "எங்களை", "எங்களுக்கு", "நாம்", "நமது"],
    you: &["நீ", "உன்", "உனக்கு", "உனது", "நீங்கள்", "உங்கள்", "உங்களுக்கு", "உங்களை"],
};
