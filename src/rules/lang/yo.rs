//! Yoruba.
//!
//! Written from how Yoruba news sites (Nigeria, Benin; national and regional papers, the
//! international broadcasters' Yoruba services, radio stations, blogs) word their page
//! furniture and appeals in general (not one site's wording). Sites write the language with
//! full tone marks and underdots ("àtìlẹ́yìn", "ẹ ṣeun"), with the underdots only
//! ("atilẹyin", "ẹ ṣeun") or with no marks at all ("atileyin", "e seun"), and the matcher folds case but no
//! marks: every row is listed in the three forms (a form the matcher would take for another
//! language's word is left out). A low or high tone on "ẹ", "ọ", "m" or "n" is a combining
//! mark after the letter in composed text, no letter of the word, so a phrase that ends on
//! such a letter without its mark also ends inside the marked word ("rẹ", your, in "rẹ̀",
//! his): a row that ends on "rẹ" is a formula no report holds ("o ṣeun fún ìforúkọsílẹ̀
//! rẹ"), a cue, a button or a short block's opening ("fi ránṣẹ́ sí àwọn ọ̀rẹ́ rẹ", also "he
//! sent it to his friends").
//!
//! News uses the appeal's words every day: "àtìlẹ́yìn" (support) is a party's and a
//! candidate's in every campaign story ("ẹ ṣe àtìlẹ́yìn fún wa", support us), "ìrànlọ́wọ́"
//! (help) any aid, "ọmọ ẹgbẹ́" (member) a party's member, "forúkọ sílẹ̀" (register) the
//! voters' registration, "olómìnira" (independent) the republic ("orílẹ̀-èdè olómìnira") and
//! the country's independence, "pín" (share) also to distribute ("pín oúnjẹ"), "tẹ̀lé wa"
//! (follow us) a leader's call to the crowd, "wọlé" (log in) to enter and to win an election,
//! "tààrà" (live) also directly, "lẹ́yìn náà" (later) also afterwards, and an organiser's or
//! a politician's "ẹ ràn wá lọ́wọ́" (help us) is reported without quotation marks. Those
//! words are cues, buttons (a line of their own) or a short block's opening; anywhere only
//! the forms no report holds ("iṣẹ́ ìròyìn olómìnira", "ṣe ìgbàsílẹ̀ áàpù wa", "a ń lo
//! kúkì"). The reader is addressed in the polite plural ("ẹ", "yín"), which also addresses
//! many readers: the rows hold the "yín" forms anywhere, the "rẹ" forms as said above.
//!
//! Yoruba is read beside the English, Hausa, French and Swahili packs (Nigeria, Benin, the
//! region's broadcasters): no row is a word of theirs ("kúkì" unmarked is the Malay pack's
//! "kuki", left out).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "yo",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("Ìṣẹ́jú 3 kíkà").
        chrome(Other).at(Any).max_words(6).phrases(&["ìṣẹ́jú kíkà", "iṣẹju kika", "iseju kika", "ìṣẹ́jú láti kà á", "iṣẹju lati ka a", "iseju lati ka a"]),
        header(Donation).max_words(14).phrases(&["ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn olómìnira", "ṣe atilẹyin fun iṣẹ iroyin olominira", "se atileyin fun ise iroyin olominira", "ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn wa", "ṣe atilẹyin fun iṣẹ iroyin wa", "se atileyin fun ise iroyin wa", "ṣàtìlẹ́yìn fún iṣẹ́ ìròyìn", "ṣatilẹyin fun iṣẹ iroyin", "satileyin fun ise iroyin"]),
        cue(Donation).phrases(&["ẹ ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn", "ẹ ṣe atilẹyin fun iṣẹ iroyin", "e se atileyin fun ise iroyin", "ọ̀rọ̀ láti ọ̀dọ̀ olóòtú", "ọrọ lati ọdọ olootu", "oro lati odo olootu", "ọ̀rọ̀ láti ọ̀dọ̀ olóòtú àgbà", "ọrọ lati ọdọ olootu agba", "oro lati odo olootu agba"]),
        // A flood's victims, a charity and every candidate say these too ("Ẹ ṣe àtìlẹ́yìn fún
        // wa, gómìnà ló sọ bẹ́ẹ̀"): a box's short heading only.
        header(Donation).max_words(5).phrases(&["ẹ ṣàtìlẹ́yìn fún wa", "ẹ ṣatilẹyin fun wa", "e satileyin fun wa"]),
        cue(Donation).phrases(&["ẹ ràn wá lọ́wọ́", "ẹ ran wa lọwọ", "e ran wa lowo", "ẹ ṣe àtìlẹ́yìn fún wa", "ẹ ṣe atilẹyin fun wa", "e se atileyin fun wa", "a nílò àtìlẹ́yìn yín", "a nilo atilẹyin yin", "a nilo atileyin yin", "a nílò ìrànlọ́wọ́ yín", "a nilo iranlọwọ yin", "a nilo iranlowo yin"]),
        // Readers like you: no report says it.
        ask(Donation).weight(3.5).phrases(&[
            "àwọn òǹkàwé bíi tìrẹ", "awọn onkawe bii tirẹ", "awon onkawe bii tire", "àwọn òǹkàwé bí tìrẹ",
            "awọn onkawe bi tirẹ", "awon onkawe bi tire", "òǹkàwé bíi tìrẹ", "onkawe bii tirẹ", "onkawe bii tire",
            "àwọn òǹkàwé bí ẹ̀yin", "awọn onkawe bi ẹyin", "awon onkawe bi eyin", "àwọn òǹkàwé bíi ti yín",
            "awọn onkawe bii ti yin", "awon onkawe bii ti yin", "àtìlẹ́yìn àwọn òǹkàwé bíi tìrẹ",
            "atilẹyin awọn onkawe bii tirẹ", "atileyin awon onkawe bii tire",
        ]),
        // A charity's head says "àtìlẹ́yìn yín ń ràn wá lọ́wọ́" (your support helps us) in a
        // report, a leader "ẹ ràn wá lọ́wọ́ láti tẹ̀síwájú" (help us go on), a column "tí ẹ bá
        // mọyì iṣẹ́ wa" (if you value our work) of its readers' letters: cues, and a short
        // block's opening for the second.
        cue(Donation).weight(2.0).phrases(&[
            "àtìlẹ́yìn yín ń ràn wá lọ́wọ́", "atilẹyin yin n ran wa lọwọ", "atileyin yin n ran wa lowo",
            "ìtọrẹ yín ń ràn wá lọ́wọ́", "itọrẹ yin n ran wa lọwọ", "itore yin n ran wa lowo",
            "àtìlẹ́yìn rẹ ń ràn wá lọ́wọ́", "atilẹyin rẹ n ran wa lọwọ", "atileyin re n ran wa lowo", "yan iye owó",
            "yan iye owo", "yan iye tí o fẹ́", "yan iye ti o fẹ", "yan iye ti o fe", "yan iye tí ẹ fẹ́",
            "yan iye ti ẹ fẹ", "yan iye ti e fe", "tí ẹ bá mọyì iṣẹ́ wa", "ti ẹ ba mọyi iṣẹ wa",
            "ti e ba moyi ise wa", "tí o bá mọyì iṣẹ́ wa", "ti o ba mọyi iṣẹ wa", "ti o ba moyi ise wa",
            "bí ẹ bá mọyì iṣẹ́ wa", "bi ẹ ba mọyi iṣẹ wa", "bi e ba moyi ise wa", "láìsí àtìlẹ́yìn yín",
            "laisi atilẹyin yin", "laisi atileyin yin",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "ẹ ràn wá lọ́wọ́ láti tẹ̀síwájú", "ẹ ran wa lọwọ lati tẹsiwaju", "e ran wa lowo lati tesiwaju",
            "ràn wá lọ́wọ́ láti tẹ̀síwájú", "ran wa lọwọ lati tẹsiwaju", "ran wa lowo lati tesiwaju",
            "ẹ ṣe àtìlẹ́yìn fún wa láti tẹ̀síwájú", "ẹ ṣe atilẹyin fun wa lati tẹsiwaju",
            "e se atileyin fun wa lati tesiwaju",
        ]),
        // An NGO's head says "ẹ ṣe àtìlẹ́yìn fún iṣẹ́ wa" (support our work) in a report: a
        // short block's opening only; a cue elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "ẹ ṣe àtìlẹ́yìn fún iṣẹ́ wa", "ẹ ṣe atilẹyin fun iṣẹ wa", "e se atileyin fun ise wa",
            "ṣe àtìlẹ́yìn fún iṣẹ́ wa", "ṣe atilẹyin fun iṣẹ wa", "se atileyin fun ise wa",
            "ẹ ṣàtìlẹ́yìn fún iṣẹ́ wa", "ẹ ṣatilẹyin fun iṣẹ wa", "e satileyin fun ise wa",
        ]),
        cue(Donation).phrases(&[
            "àtìlẹ́yìn fún iṣẹ́ wa", "atilẹyin fun iṣẹ wa", "atileyin fun ise wa", "àtìlẹ́yìn yín", "atilẹyin yin",
            "atileyin yin", "ìtọrẹ yín", "itọrẹ yin", "itore yin", "iṣẹ́ ìròyìn olómìnira", "iṣẹ iroyin olominira",
            "ise iroyin olominira", "iṣẹ́ ìròyìn tòótọ́", "iṣẹ iroyin tootọ", "ise iroyin tooto", "iṣẹ́ ìròyìn wa",
            "iṣẹ iroyin wa", "ise iroyin wa", "gbogbo ìtọrẹ ló ṣe pàtàkì", "gbogbo itọrẹ lo ṣe pataki",
            "gbogbo itore lo se pataki", "gbogbo ìtọrẹ", "gbogbo itọrẹ", "gbogbo itore", "ìtọrẹ kọ̀ọ̀kan",
            "itọrẹ kọọkan", "itore kookan", "ẹ ṣe ìtọrẹ", "ẹ ṣe itọrẹ", "e se itore", "ẹ tọrẹ", "e tore",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["lóṣooṣù", "loṣooṣu", "losoosu", "ní oṣooṣù", "ni oṣooṣu", "ni osoosu"]),
        // Not "àtìlẹ́yìn*" (every campaign) nor "ìrànlọ́wọ́*" (any aid).
        cue(Donation).weight(0.5).phrases(&["ìtọrẹ*", "itọrẹ*", "itore*", "ìdáwó*", "idawo*"]),
        salutation(Donation).max_words(6).phrases(&["òǹkàwé wa ọ̀wọ́n", "onkawe wa ọwọn", "onkawe wa owon", "òǹkàwé ọ̀wọ́n", "onkawe ọwọn", "onkawe owon", "ẹ̀yin òǹkàwé wa", "ẹyin onkawe wa", "eyin onkawe wa", "ẹ̀yin òǹkàwé ọ̀wọ́n", "ẹyin onkawe ọwọn", "eyin onkawe owon", "àwọn òǹkàwé wa ọ̀wọ́n", "awọn onkawe wa ọwọn", "awon onkawe wa owon"]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ṣé o gbádùn ìròyìn yìí", "ṣe o gbadun iroyin yii", "se o gbadun iroyin yii", "ṣé ẹ gbádùn ìròyìn yìí",
            "ṣe ẹ gbadun iroyin yii", "se e gbadun iroyin yii", "ṣé o gbádùn àpilẹ̀kọ yìí", "ṣe o gbadun apilẹkọ yii",
            "se o gbadun apileko yii", "ṣé ẹ gbádùn àpilẹ̀kọ yìí", "ṣe ẹ gbadun apilẹkọ yii",
            "se e gbadun apileko yii", "tí o bá gbádùn ìròyìn yìí", "ti o ba gbadun iroyin yii",
            "tí ẹ bá gbádùn ìròyìn yìí", "ti ẹ ba gbadun iroyin yii", "ti e ba gbadun iroyin yii",
        ]),
        // "Ọmọ ẹgbẹ́" (member) is a party's member in every political story ("ó di ọmọ ẹgbẹ́
        // APC"): anywhere only with the readers named; bare, a short block's opening.
        ask(Membership).phrases(&[
            "di ọmọ ẹgbẹ́ òǹkàwé wa", "di ọmọ ẹgbẹ onkawe wa", "di omo egbe onkawe wa", "ẹgbẹ́ àwọn òǹkàwé wa",
            "ẹgbẹ awọn onkawe wa", "egbe awon onkawe wa", "darapọ̀ mọ́ ẹgbẹ́ òǹkàwé wa", "darapọ mọ ẹgbẹ onkawe wa",
            "darapo mo egbe onkawe wa", "ẹgbẹ́ àwọn olùtìlẹ́yìn ìròyìn", "ẹgbẹ awọn olutilẹyin iroyin",
            "egbe awon olutileyin iroyin",
        ]),
        // (Not "di ọmọ ẹgbẹ́" anywhere: a union's fee list, "Ìforúkọsílẹ̀ ọmọ ẹgbẹ́: ₦10,000".)
        ask(Membership).at(Start).max_words(10).phrases(&[
            "ẹ di ọmọ ẹgbẹ́ wa", "ẹ di ọmọ ẹgbẹ wa", "e di omo egbe wa", "di ọmọ ẹgbẹ́ wa lónìí",
            "di ọmọ ẹgbẹ wa lonii", "di omo egbe wa lonii", "ẹ di ọmọ ẹgbẹ́ wa lónìí", "ẹ di ọmọ ẹgbẹ wa lonii",
            "e di omo egbe wa lonii",
        ]),
        cue(Membership).weight(0.5).phrases(&[
            "àwọn ọmọ ẹgbẹ́ wa", "awọn ọmọ ẹgbẹ wa", "awon omo egbe wa", "ètò ọmọ ẹgbẹ́", "eto ọmọ ẹgbẹ",
            "eto omo egbe",
        ]),
        ask(Subscription).phrases(&["fagilé nígbàkígbà", "fagile nigbakigba", "yan ètò ìsanwó", "yan eto isanwo"]),
        cue(Subscription).phrases(&["fagilé nígbàkúùgbà", "fagile nigbakuugba", "láti ka gbogbo ìròyìn wa", "lati ka gbogbo iroyin wa", "àǹfààní láti ka gbogbo ìròyìn", "anfaani lati ka gbogbo iroyin"]),
        // The names of the offer, which a story on a service's prices names too ("Ìsanwó
        // oṣooṣù: ₦2,500"): cues.
        cue(Subscription).phrases(&[
            "ìsanwó oṣooṣù", "isanwo oṣooṣu", "isanwo osoosu", "ìsanwó ọdọọdún", "isanwo ọdọọdun", "isanwo odoodun",
            "oṣù àkọ́kọ́ lọ́fẹ̀ẹ́", "oṣu akọkọ lọfẹẹ", "osu akoko lofee", "àwọn tó ń sanwó oṣooṣù",
            "awọn to n sanwo oṣooṣu", "awon to n sanwo osoosu",
        ]),
        // A service for registered users only is news too ("... yóò wà fún àwọn tó forúkọ sílẹ̀
        // nìkan"): the nag's short line only.
        line(Paywall).max_words(15).phrases(&[
            "fún àwọn olùforúkọsílẹ̀ nìkan", "fun awọn oluforukọsilẹ nikan", "fun awon oluforukosile nikan",
            "fún àwọn tó forúkọ sílẹ̀ nìkan", "fun awọn to forukọ silẹ nikan", "fun awon to foruko sile nikan",
            "fún àwọn tó ń sanwó nìkan", "fun awọn to n sanwo nikan", "fun awon to n sanwo nikan",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "forúkọ sílẹ̀ láti tẹ̀síwájú kíkà", "forukọ silẹ lati tẹsiwaju kika", "foruko sile lati tesiwaju kika",
            "wọlé láti tẹ̀síwájú kíkà", "wọle lati tẹsiwaju kika", "wole lati tesiwaju kika",
            "forúkọ sílẹ̀ láti máa kà á lọ", "forukọ silẹ lati maa ka a lọ", "foruko sile lati maa ka a lo",
            "sanwó láti tẹ̀síwájú kíkà", "sanwo lati tẹsiwaju kika", "sanwo lati tesiwaju kika",
            "wọlé láti ka ìròyìn yìí", "wọle lati ka iroyin yii", "wole lati ka iroyin yii",
            "forúkọ sílẹ̀ láti ka ìròyìn yìí", "forukọ silẹ lati ka iroyin yii", "foruko sile lati ka iroyin yii",
        ]),
        // The meter: "Ẹ ti ka ìròyìn 3 nínú 5 tí ó jẹ́ ọ̀fẹ́" (the numbers vary).
        ask(Paywall).at(Start).max_words(20).phrases(&["ẹ ti ka ìròyìn", "ẹ ti ka iroyin", "e ti ka iroyin"]),
        ask(Newsletter).phrases(&[
            "sínú àpótí ímeèlì yín", "sinu apoti imeeli yin", "ẹ ṣeun fún ìforúkọsílẹ̀ yín",
            "ẹ ṣeun fun iforukọsilẹ yin", "e seun fun iforukosile yin", "o ṣeun fún ìforúkọsílẹ̀ rẹ",
            "o ṣeun fun iforukọsilẹ rẹ", "o seun fun iforukosile re", "jẹ́rìí àdírẹ́sì ímeèlì",
            "jẹrii adirẹsi imeeli", "jerii adiresi imeeli", "forúkọ sílẹ̀ fún lẹ́tà ìròyìn",
            "forukọ silẹ fun lẹta iroyin", "foruko sile fun leta iroyin", "lẹ́tà ìròyìn wa", "lẹta iroyin wa",
            "leta iroyin wa",
        ]),
        // A scam warning says them too ("ẹ má fún ẹnikẹ́ni ní àdírẹ́sì ímeèlì yín"): cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "sínú àpótí ímeèlì rẹ", "sinu apoti imeeli rẹ", "sinu apoti imeeli re", "àdírẹ́sì ímeèlì yín",
            "adirẹsi imeeli yin", "adiresi imeeli yin", "àdírẹ́sì ímeèlì rẹ", "adirẹsi imeeli rẹ",
            "adiresi imeeli re", "tẹ àdírẹ́sì ímeèlì", "tẹ adirẹsi imeeli", "te adiresi imeeli", "fi àdírẹ́sì ímeèlì",
            "fi adirẹsi imeeli", "fi adiresi imeeli", "àdírẹ́sì email yín", "adirẹsi email yin", "adiresi email yin",
            "àdírẹ́sì email rẹ", "adirẹsi email rẹ", "adiresi email re",
        ]),
        cue(Newsletter).phrases(&[
            "lẹ́tà ìròyìn", "lẹta iroyin", "leta iroyin", "ìlànà ìpamọ́", "ilana ipamọ", "ilana ipamo",
            "òfin ìpamọ́ ìwífún", "ofin ipamọ iwifun", "ofin ipamo iwifun", "ìlànà àṣírí", "ilana aṣiri",
            "ilana asiri",
        ]),
        ask(App).phrases(&[
            "ṣe ìgbàsílẹ̀ áàpù wa", "ṣe igbasilẹ aapu wa", "se igbasile aapu wa", "ṣe ìgbàsílẹ̀ app wa",
            "ṣe igbasilẹ app wa", "se igbasile app wa", "gba áàpù wa sílẹ̀", "gba aapu wa silẹ", "gba aapu wa sile",
            "ẹ ṣe ìgbàsílẹ̀ áàpù wa", "ẹ ṣe igbasilẹ aapu wa", "e se igbasile aapu wa",
        ]),
        // A how-to says "ṣe ìgbàsílẹ̀ áàpù náà" (download the app): a short block's opening.
        ask(App).at(Start).max_words(10).phrases(&[
            "ṣe ìgbàsílẹ̀ áàpù", "ṣe igbasilẹ aapu", "se igbasile aapu", "ṣe ìgbàsílẹ̀ app", "ṣe igbasilẹ app",
            "se igbasile app", "ẹ ṣe ìgbàsílẹ̀ áàpù", "ẹ ṣe igbasilẹ aapu", "e se igbasile aapu",
        ]),
        cue(App).phrases(&["áàpù wa", "aapu wa", "lórí google play àti app store", "lori google play ati app store"]),
        ask(Cookie).phrases(&[
            "a ń lo kúkì", "a n lo kuki", "a ń lo àwọn kúkì", "a n lo awọn kuki", "a n lo awon kuki",
            "a ń lo cookies", "a n lo cookies", "gba gbogbo kúkì", "gba gbogbo kuki", "ètò kúkì", "eto kuki",
            "ìlànà kúkì", "ilana kuki", "ìlànà lílo kúkì", "ilana lilo kuki",
        ]),
        // A data protection story says them of a site it reports on, and a fact check opens
        // on "Ìkànnì yìí ń lo orúkọ gómìnà" (this site uses the governor's name): a block's
        // opening, with the cookies named.
        ask(Cookie).at(Start).max_words(25).phrases(&[
            "ìkànnì yìí ń lo kúkì", "ikanni yii n lo kuki", "ojú òpó yìí ń lo kúkì", "oju opo yii n lo kuki",
            "ìkànnì yìí ń lo cookies", "ikanni yii n lo cookies", "ojú òpó yìí ń lo cookies",
            "oju opo yii n lo cookies", "tí o bá tẹ̀síwájú láti lo ìkànnì yìí", "ti o ba tẹsiwaju lati lo ikanni yii",
            "ti o ba tesiwaju lati lo ikanni yii", "tí ẹ bá tẹ̀síwájú láti lo ìkànnì yìí",
            "ti ẹ ba tẹsiwaju lati lo ikanni yii", "ti e ba tesiwaju lati lo ikanni yii",
        ]),
        cue(Cookie).phrases(&["kúkì", "ń lo kúkì", "n lo kuki"]),
        // "Ẹ tẹ̀lé wa" is also a leader's call to the crowd ("ẹ tẹ̀lé wa lọ sí ìpàdé", follow
        // us to the rally): with a platform anywhere, bare at a short block's opening.
        ask(Social).phrases(&[
            "tẹ̀lé wa lórí facebook", "tẹle wa lori facebook", "tele wa lori facebook", "tẹ̀lé wa lórí twitter",
            "tẹle wa lori twitter", "tele wa lori twitter", "tẹ̀lé wa lórí x", "tẹle wa lori x", "tele wa lori x",
            "tẹ̀lé wa lórí instagram", "tẹle wa lori instagram", "tele wa lori instagram", "tẹ̀lé wa lórí youtube",
            "tẹle wa lori youtube", "tele wa lori youtube", "tẹ̀lé wa lórí tiktok", "tẹle wa lori tiktok",
            "tele wa lori tiktok", "tẹ̀lé wa lórí àwọn ìkànnì wa", "tẹle wa lori awọn ikanni wa",
            "tele wa lori awon ikanni wa", "tẹ̀lé wa lórí ìkànnì ìbánidọ́rẹ̀ẹ́", "tẹle wa lori ikanni ibanidọrẹẹ",
            "tele wa lori ikanni ibanidoree", "tẹ̀lé wa lórí àwọn ìkànnì ìbánidọ́rẹ̀ẹ́",
            "tẹle wa lori awọn ikanni ibanidọrẹẹ", "tele wa lori awon ikanni ibanidoree", "ẹ pín ìròyìn yìí",
            "ẹ pin iroyin yii", "e pin iroyin yii", "pín ìròyìn yìí pẹ̀lú àwọn ọ̀rẹ́ yín",
            "pin iroyin yii pẹlu awọn ọrẹ yin", "pin iroyin yii pelu awon ore yin", "ìkànnì youtube wa",
            "ikanni youtube wa", "ìkànnì whatsapp wa", "ikanni whatsapp wa", "ìkànnì telegram wa",
            "ikanni telegram wa", "darapọ̀ mọ́ ìkànnì whatsapp wa", "darapọ mọ ikanni whatsapp wa",
            "darapo mo ikanni whatsapp wa", "darapọ̀ mọ́ ìkànnì telegram wa", "darapọ mọ ikanni telegram wa",
            "darapo mo ikanni telegram wa", "fi ránṣẹ́ sí àwọn ọ̀rẹ́ yín", "fi ranṣẹ si awọn ọrẹ yin",
            "fi ranse si awon ore yin",
        ]),
        // "Your friends" unmarked is also "his friends" ("ó fi ránṣẹ́ sí àwọn ọ̀rẹ́ rẹ̀", he sent
        // it to his friends): a short block's opening.
        ask(Social).at(Start).max_words(14).phrases(&[
            "pín ìròyìn yìí pẹ̀lú àwọn ọ̀rẹ́ rẹ", "pin iroyin yii pẹlu awọn ọrẹ rẹ",
            "pin iroyin yii pelu awon ore re", "fi ránṣẹ́ sí àwọn ọ̀rẹ́ rẹ", "fi ranṣẹ si awọn ọrẹ rẹ",
            "fi ranse si awon ore re",
        ]),
        ask(Social).at(Start).max_words(6).phrases(&["pín ìròyìn yìí", "pin iroyin yii"]),
        cue(Social).phrases(&["ẹ tẹ̀lé wa", "ẹ tẹle wa", "e tele wa", "tẹ̀lé wa", "tẹle wa", "tele wa"]),
        // Follow us on our pages, on a line of its own with the platforms' names.
        line(Social).max_words(20).phrases(&[
            "ẹ tẹ̀lé wa lórí ìkànnì wa", "ẹ tẹle wa lori ikanni wa", "e tele wa lori ikanni wa",
            "tẹ̀lé wa lórí ìkànnì wa", "tẹle wa lori ikanni wa", "tele wa lori ikanni wa",
            "ẹ tẹ̀lé wa lórí ojú òpó wa", "ẹ tẹle wa lori oju opo wa", "e tele wa lori oju opo wa",
        ]),
        // A police spokesman's "lójú òpó Facebook wa" in a report: cues.
        cue(Social).phrases(&[
            "àwọn ìkànnì ìbánidọ́rẹ̀ẹ́ wa", "awọn ikanni ibanidọrẹẹ wa", "awon ikanni ibanidoree wa",
            "ojú òpó facebook wa", "oju opo facebook wa", "ojú ìwé facebook wa", "oju iwe facebook wa",
        ]),
        // A read-also line opens no story's sentence, but an insert runs into its headline:
        // anywhere in a line's opening, with its colon.
        line(Related).max_words(24).phrases(&[
            "ẹ tún lè ka:", "ẹ tun le ka:", "e tun le ka:", "tún ka:", "tun ka:", "ka èyí náà:", "ka eyi naa:",
            "ka èyí pẹ̀lú:", "ka eyi pẹlu:", "ka eyi pelu:", "ẹ ka èyí náà:", "ẹ ka eyi naa:", "e ka eyi naa:",
            "àwọn ìròyìn tó jẹmọ́ èyí", "awọn iroyin to jẹmọ eyi", "awon iroyin to jemo eyi",
            "àwọn ìròyìn tó jọmọ́ èyí", "awọn iroyin to jọmọ eyi", "awon iroyin to jomo eyi", "ìròyìn tó jẹmọ́ èyí",
            "iroyin to jẹmọ eyi", "iroyin to jemo eyi", "ìròyìn tó jọmọ́ èyí", "iroyin to jọmọ eyi",
            "iroyin to jomo eyi", "àwọn ìròyìn tí ẹ lè nífẹ̀ẹ́ sí", "awọn iroyin ti ẹ le nifẹẹ si",
            "awon iroyin ti e le nifee si", "ìròyìn tí ẹ lè nífẹ̀ẹ́ sí", "iroyin ti ẹ le nifẹẹ si",
            "iroyin ti e le nifee si", "èyí tí wọ́n kà jùlọ", "eyi ti wọn ka julọ", "eyi ti won ka julo",
            "àwọn ìròyìn tí wọ́n kà jùlọ", "awọn iroyin ti wọn ka julọ", "awon iroyin ti won ka julo",
            "àwọn ìròyìn tí a kà jùlọ", "awọn iroyin ti a ka julọ", "awon iroyin ti a ka julo", "o tún lè fẹ́ ka",
            "o tun le fẹ ka", "o tun le fe ka", "ẹ tún lè fẹ́ ka", "ẹ tun le fẹ ka", "e tun le fe ka",
        ]),
        // The broadcasters' read-also heading, cut short ("Àwọn ìròyìn tí ẹ lè ..."): a short
        // line only, as a report may open on "Àwọn ìròyìn tí ẹ lè gbọ́ lórí rédíò ...".
        line(Related).max_words(5).phrases(&["àwọn ìròyìn tí ẹ lè", "awọn iroyin ti ẹ le", "awon iroyin ti e le"]),
        // (Not "àlàyé síwájú sí i": more information, a cookie banner's button and a story's
        // subhead.) "Ìròyìn tuntun ni pé ..." (the latest news is that): short lines only.
        line(Related).max_words(4).phrases(&[
            "àwọn ìròyìn míì", "awọn iroyin mii", "awon iroyin mii", "ìròyìn míì", "iroyin mii", "ìròyìn mìíràn",
            "iroyin miiran", "ìròyìn tuntun", "iroyin tuntun", "àwọn ìròyìn tuntun", "awọn iroyin tuntun",
            "awon iroyin tuntun", "ìròyìn pàtàkì", "iroyin pataki", "èyí tí wọ́n kà jù", "eyi ti wọn ka ju",
            "eyi ti won ka ju", "ìròyìn tó kàn", "iroyin to kan", "ìròyìn tó ṣáájú", "iroyin to ṣaaju",
            "iroyin to saaju", "ka èyí náà", "ka eyi naa", "ìròyìn tó gbòde", "iroyin to gbode", "ìròyìn tó gbajúmọ̀",
            "iroyin to gbajumọ", "iroyin to gbajumo",
        ]),
        label(Related).phrases(&[
            "ẹ tún lè ka", "ẹ tun le ka", "e tun le ka", "ka síi", "ka sii", "ka sí i", "ka si i", "ka síwájú",
            "ka siwaju", "ka ìròyìn kíkún", "ka iroyin kikun", "ka ìròyìn náà ní kíkún", "ka iroyin naa ni kikun",
            "ìròyìn tó jẹmọ́ èyí", "iroyin to jẹmọ eyi", "iroyin to jemo eyi", "ìròyìn tó jọmọ́ èyí",
            "iroyin to jọmọ eyi", "iroyin to jomo eyi", "àwọn ìròyìn míì", "awọn iroyin mii", "awon iroyin mii",
            "ìròyìn mìíràn", "iroyin miiran", "ìròyìn tuntun", "iroyin tuntun", "àwọn ìròyìn tuntun",
            "awọn iroyin tuntun", "awon iroyin tuntun", "ìròyìn pàtàkì", "iroyin pataki", "èyí tí wọ́n kà jùlọ",
            "eyi ti wọn ka julọ", "eyi ti won ka julo", "àwọn ìròyìn tí wọ́n kà jùlọ", "awọn iroyin ti wọn ka julọ",
            "awon iroyin ti won ka julo", "ìròyìn tó gbòde", "iroyin to gbode", "ìròyìn tó gbajúmọ̀",
            "iroyin to gbajumọ", "iroyin to gbajumo", "àṣàyàn ìròyìn", "aṣayan iroyin", "asayan iroyin",
            "ẹ tún lè kà:", "ẹ tún kà:", "ẹ tun ka:", "e tun ka:", "tún kà:", "kà èyí náà:",
        ]),
        // Bios open on a name ("Adé Ọlálékan jẹ́ akọ̀ròyìn ní ..."), a story says it in
        // passing: the bio's own formulas are asks, the bare "jẹ́ akọ̀ròyìn ní" a cue.
        ask(Credit).max_words(40).phrases(&[
            "ìròyìn yìí kọ́kọ́ jáde lórí", "iroyin yii kọkọ jade lori", "iroyin yii koko jade lori",
            "àpilẹ̀kọ yìí kọ́kọ́ jáde lórí", "apilẹkọ yii kọkọ jade lori", "apileko yii koko jade lori",
            "a kọ́kọ́ gbé ìròyìn yìí jáde", "a kọkọ gbe iroyin yii jade", "a koko gbe iroyin yii jade",
            "ló kópa nínú ìròyìn yìí", "lo kopa ninu iroyin yii", "kópa nínú àkójọ ìròyìn yìí",
            "kopa ninu akojọ iroyin yii", "kopa ninu akojo iroyin yii",
        ]),
        cue(Credit).phrases(&[
            "jẹ́ akọ̀ròyìn ní", "jẹ akọroyin ni", "je akoroyin ni", "jẹ́ akọ̀ròyìn fún", "jẹ akọroyin fun",
            "je akoroyin fun", "kọ́kọ́ jáde lórí", "kọkọ jade lori", "koko jade lori",
        ]),
        line(Credit).max_words(10).phrases(&["àwòrán:", "aworan:", "àwọn àwòrán:", "awọn aworan:", "awon aworan:", "fọ́tò:", "fọto:", "orísun àwòrán", "orisun aworan", "oríṣun àwòrán", "oriṣun aworan", "òǹkọ̀wé:", "onkọwe:", "onkowe:", "fídíò:", "fidio:", "ìròyìn láti ọwọ́", "iroyin lati ọwọ", "iroyin lati owo", "àkọlé àwòrán", "akọle aworan", "akole aworan"]),
        // The byline, "Láti ọwọ́ Adéwálé Adéolú" (by ...): a report's line may open so ("Láti
        // ọwọ́ ìjọba ni owó náà ti wá"), a byline is a name long: short lines only.
        line(Credit).max_words(5).phrases(&["láti ọwọ́", "lati ọwọ", "lati owo"]),
        line(Credit).max_words(8).phrases(&[
            "pẹ̀lú ìròyìn àfikún láti ọwọ́", "pẹlu iroyin afikun lati ọwọ", "pelu iroyin afikun lati owo",
            "àfikún ìròyìn láti ọwọ́", "afikun iroyin lati ọwọ", "afikun iroyin lati owo",
        ]),
        // (Not "lẹ́yìn náà" alone, later: also "afterwards", a line of a story's own.)
        label_any().phrases(&["pa á dé", "pa a de", "padé", "pade", "kì í ṣe báyìí", "ki i ṣe bayii", "ki i se bayii", "kìí ṣe báyìí", "kii ṣe bayii", "kii se bayii", "rárá, ẹ ṣeun", "rara, ẹ ṣeun", "rara, e seun", "rárá ẹ ṣeun", "rara ẹ ṣeun", "rara e seun", "rárá, o ṣeun", "rara, o ṣeun", "rara, o seun", "rárá o ṣeun", "rara o ṣeun", "rara o seun", "bóyá lẹ́yìn náà", "boya lẹyin naa", "boya leyin naa", "nígbà mìíràn", "nigba miiran", "rán mi létí lẹ́yìn náà", "ran mi leti lẹyin naa", "ran mi leti leyin naa", "lẹ́ẹ̀kan", "lẹẹkan", "leekan", "tẹ̀síwájú", "tẹsiwaju", "tesiwaju", "tẹ̀síwájú láti kà", "tẹsiwaju lati ka", "tesiwaju lati ka", "wọlé", "wọle", "jáde", "forúkọ sílẹ̀", "forukọ silẹ", "foruko sile", "fagilé", "fagile", "mo gbà", "mo gba", "gbà", "gba", "gbà gbogbo", "gba gbogbo", "kọ̀ gbogbo", "kọ gbogbo", "ko gbogbo", "mo gbà gbogbo", "mo gba gbogbo", "ó yé mi", "o ye mi", "ètò", "eto", "àwọn ètò", "awọn eto", "awon eto", "wo síi", "wo sii", "fi ààyò pamọ́", "fi aayo pamọ", "fi aayo pamo", "fi pamọ́", "fi pamọ", "fi pamo"]),
        outlet(Donation).phrases(&[
            "ilé iṣẹ́ ìròyìn olómìnira", "ile iṣẹ iroyin olominira", "ile ise iroyin olominira",
            "iléeṣẹ́ ìròyìn olómìnira", "ileeṣẹ iroyin olominira", "ileese iroyin olominira", "ìwé ìròyìn olómìnira",
            "iwe iroyin olominira", "láìsí ìpolówó", "laisi ipolowo", "ọ̀fẹ́ fún gbogbo ènìyàn",
            "ọfẹ fun gbogbo eniyan", "ofe fun gbogbo eniyan", "àwọn òǹkàwé wa ló ń ṣe onígbọ̀wọ́ wa",
            "awọn onkawe wa lo n ṣe onigbọwọ wa", "awon onkawe wa lo n se onigbowo wa", "kì í ṣe fún èrè",
            "ki i ṣe fun ere", "ki i se fun ere", "a kò ṣe ẹgbẹ́ òṣèlú kankan", "a ko ṣe ẹgbẹ oṣelu kankan",
            "a ko se egbe oselu kankan", "a kò gbè lẹ́yìn ẹgbẹ́ òṣèlú kankan", "a ko gbe lẹyin ẹgbẹ oṣelu kankan",
            "a ko gbe leyin egbe oselu kankan",
        ]),
        // Second round: general formulas of each function. "Gbogbo náírà ló ṣe pàtàkì" is an
        // NGO's in a story too: a cue. (Not "iye mìíràn", another amount: also "another
        // number" in every report; a button's line below.)
        cue(Donation).weight(2.0).phrases(&[
            "bó ti wù kó kéré mọ", "bo ti wu ko kere mọ", "bo ti wu ko kere mo", "bí ó ti wù kí ó kéré mọ",
            "bi o ti wu ki o kere mọ", "bi o ti wu ki o kere mo", "àtìlẹ́yìn àwọn òǹkàwé", "atilẹyin awọn onkawe",
            "atileyin awon onkawe", "ìtọrẹ lẹ́ẹ̀kan", "itọrẹ lẹẹkan", "itore leekan", "ìtọrẹ oṣooṣù", "itọrẹ oṣooṣu",
            "itore osoosu", "gbogbo náírà ló ṣe pàtàkì", "gbogbo naira lo ṣe pataki", "gbogbo naira lo se pataki",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "ka ìròyìn kíkún pẹ̀lú ìforúkọsílẹ̀", "ka iroyin kikun pẹlu iforukọsilẹ",
            "ka iroyin kikun pelu iforukosile", "ìròyìn yìí wà fún àwọn olùforúkọsílẹ̀ nìkan",
            "iroyin yii wa fun awọn oluforukọsilẹ nikan", "iroyin yii wa fun awon oluforukosile nikan",
            "ìròyìn yìí wà fún àwọn tó forúkọ sílẹ̀ nìkan", "iroyin yii wa fun awọn to forukọ silẹ nikan",
            "iroyin yii wa fun awon to foruko sile nikan",
        ]),
        ask(Subscription).phrases(&[
            "ṣé o ti forúkọ sílẹ̀? wọlé", "ṣe o ti forukọ silẹ? wọle", "se o ti foruko sile? wole",
            "ṣé ẹ ti forúkọ sílẹ̀? ẹ wọlé", "ṣe ẹ ti forukọ silẹ? ẹ wọle", "se e ti foruko sile? e wole",
            "ṣé o ní àkáǹtì? wọlé", "ṣe o ni akanti? wọle", "se o ni akanti? wole",
        ]),
        ask(Cookie).phrases(&[
            "tọ́jú àti/tàbí wọlé sí ìwífún lórí ẹ̀rọ", "tọju ati/tabi wọle si iwifun lori ẹrọ",
            "toju ati/tabi wole si iwifun lori ero", "ìpolówó àti àkóónú tí a ṣe fún ọ",
            "ipolowo ati akoonu ti a ṣe fun ọ", "ipolowo ati akoonu ti a se fun o",
        ]),
        // (A company's spokesman says it in a story: a cue.)
        cue(Cookie).weight(2.0).phrases(&[
            "àwa àti àwọn alábàáṣiṣẹ́pọ̀ wa", "awa ati awọn alabaaṣiṣẹpọ wa", "awa ati awon alabaasisepo wa",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&[
            "àtúnṣe:", "atunṣe:", "atunse:", "ìmúdójúìwọ̀n:", "imudojuiwọn:", "imudojuiwon:", "àkíyèsí olóòtú:",
            "akiyesi olootu:", "àfikún olóòtú:", "afikun olootu:",
        ]),
        notice().at(Any).phrases(&[
            "a ti ṣe àtúnṣe sí ìròyìn yìí", "a ti ṣe atunṣe si iroyin yii", "a ti se atunse si iroyin yii",
            "a ti mú ìròyìn yìí dójú ìwọ̀n", "a ti mu iroyin yii doju iwọn", "a ti mu iroyin yii doju iwon",
            "a ti ṣe àfikún sí ìròyìn yìí", "a ti ṣe afikun si iroyin yii", "a ti se afikun si iroyin yii",
            "ní ìṣáájú, a ròyìn pé", "ni iṣaaju, a royin pe", "ni isaaju, a royin pe", "ní ìṣáájú a ròyìn pé",
            "ni iṣaaju a royin pe", "ni isaaju a royin pe",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // added, explained, according to, in a statement), which no box uses.
        body().phrases(&[
            "ló sọ pé", "lo sọ pe", "lo so pe", "ó sọ pé", "o sọ pe", "o so pe", "wọ́n sọ pé", "wọn sọ pe",
            "won so pe", "ni ó sọ", "ni o sọ", "ni o so", "gẹ́gẹ́ bí ó ṣe sọ", "gẹgẹ bi o ṣe sọ", "gege bi o se so",
            "gẹ́gẹ́ bí ó ti sọ", "gẹgẹ bi o ti sọ", "gege bi o ti so", "ó fi kún un pé", "o fi kun un pe",
            "ó ṣàlàyé pé", "o ṣalaye pe", "o salaye pe", "wọ́n ṣàlàyé pé", "wọn ṣalaye pe", "won salaye pe",
            "ó tẹnumọ́ pé", "o tẹnumọ pe", "o tenumo pe", "nínú àtẹ̀jáde kan", "ninu atẹjade kan", "ninu atejade kan",
            "nínú àtẹ̀jáde tí", "ninu atẹjade ti", "ninu atejade ti", "ó sọ fún", "o sọ fun", "o so fun",
            "wọ́n sọ fún", "wọn sọ fun", "won so fun", "ó fìdí rẹ̀ múlẹ̀ pé", "o fidi rẹ mulẹ pe",
            "o fidi re mule pe", "ó kìlọ̀ pé", "o kilọ pe", "o kilo pe", "ó sẹ́ pé", "o sẹ pe", "o se pe",
            "nígbà tó ń bá àwọn akọ̀ròyìn sọ̀rọ̀", "nigba to n ba awọn akọroyin sọrọ",
            "nigba to n ba awon akoroyin soro", "bá àwọn oníròyìn sọ̀rọ̀", "ba awọn oniroyin sọrọ",
            "ba awon oniroyin soro", "nínú ìfọ̀rọ̀wánilẹ́nuwò", "ninu ifọrọwanilẹnuwo", "ninu iforowanilenuwo",
            "ó ṣàfihàn pé", "o ṣafihan pe", "o safihan pe", "gẹ́gẹ́ bí ọ̀rọ̀", "gẹgẹ bi ọrọ", "gege bi oro",
        ]),
        // Tips to the newsroom ("Ṣé ẹ ní ìròyìn?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "ṣé o ní ìròyìn", "ṣe o ni iroyin", "se o ni iroyin", "ṣé ẹ ní ìròyìn", "ṣe ẹ ni iroyin",
            "se e ni iroyin", "ẹ fi ìròyìn ránṣẹ́ sí wa", "ẹ fi iroyin ranṣẹ si wa", "e fi iroyin ranse si wa",
            "fi ìròyìn rẹ ránṣẹ́ sí wa", "fi iroyin rẹ ranṣẹ si wa", "fi iroyin re ranse si wa", "kàn sí yàrá ìròyìn",
            "kan si yara iroyin", "ẹ kàn sí yàrá ìròyìn", "ẹ kan si yara iroyin", "e kan si yara iroyin",
        ]),
        // "Ẹ kàn sí wa lórí ..." (call us on ...) in an organiser's notice that a story quotes:
        // a short line only.
        line(Other).max_words(6).phrases(&["ẹ kàn sí wa", "ẹ kan si wa", "e kan si wa", "kàn sí wa", "kan si wa"]),
        line(Credit).max_words(12).phrases(&[
            "kàn sí òǹkọ̀wé", "kan si onkọwe", "kan si onkowe", "fi ímeèlì ránṣẹ́ sí òǹkọ̀wé",
            "fi imeeli ranṣẹ si onkọwe", "fi imeeli ranse si onkowe", "kàn sí akọ̀ròyìn náà", "kan si akọroyin naa",
            "kan si akoroyin naa",
        ]),
        // Site chrome around the story, by page part: the author box (op-eds close on
        // "Òǹkọ̀wé àpilẹ̀kọ yìí jẹ́ olùkọ́ ní ..."), the comment section, the disclaimer, the
        // navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "nípa òǹkọ̀wé", "nipa onkọwe", "nipa onkowe", "nípa òǹkọ̀wé náà", "nipa onkọwe naa", "nipa onkowe naa",
            "nípa akọ̀ròyìn náà", "nipa akọroyin naa", "nipa akoroyin naa", "àwọn àpilẹ̀kọ míì láti ọwọ́",
            "awọn apilẹkọ mii lati ọwọ", "awon apileko mii lati owo", "gbogbo ìròyìn láti ọwọ́",
            "gbogbo iroyin lati ọwọ", "gbogbo iroyin lati owo",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "òǹkọ̀wé àpilẹ̀kọ yìí", "onkọwe apilẹkọ yii", "onkowe apileko yii", "ẹni tó kọ àpilẹ̀kọ yìí",
            "ẹni to kọ apilẹkọ yii", "eni to ko apileko yii", "ẹni tó kọ ìròyìn yìí", "ẹni to kọ iroyin yii",
            "eni to ko iroyin yii",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&[
            "jẹ́ akọ̀ròyìn aládàáni", "jẹ akọroyin aladaani", "je akoroyin aladaani", "máa ń kọ̀wé déédé fún",
            "maa n kọwe deede fun", "maa n kowe deede fun",
        ]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "fò lọ sí àkóónú", "fo lọ si akoonu", "fo lo si akoonu", "fò lọ sí àkóónú pàtàkì",
            "fo lọ si akoonu pataki", "fo lo si akoonu pataki", "fò kọjá sí àkóónú", "fo kọja si akoonu",
            "fo koja si akoonu", "lọ sí àkóónú pàtàkì", "lọ si akoonu pataki", "lo si akoonu pataki",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "ojú ìwé tó kàn", "oju iwe to kan", "ojú ìwé tó ṣáájú", "oju iwe to ṣaaju", "oju iwe to saaju",
            "ojú ewé tó kàn", "oju ewe to kan", "ojú ewé tó ṣáájú", "oju ewe to ṣaaju", "oju ewe to saaju",
            "jábọ̀ àṣìṣe", "jabọ aṣiṣe", "jabo asise", "fi tó wa létí àṣìṣe", "fi to wa leti aṣiṣe",
            "fi to wa leti asise",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&[
            "ṣé o rí àṣìṣe", "ṣe o ri aṣiṣe", "se o ri asise", "ṣé ẹ rí àṣìṣe", "ṣe ẹ ri aṣiṣe", "se e ri asise",
        ]),
        ask(Other).part(Navigation).phrases(&[
            "tan javascript", "mú javascript ṣiṣẹ́", "mu javascript ṣiṣẹ", "mu javascript sise",
            "ẹ̀rọ aṣàwákiri rẹ ti gbó", "ẹrọ aṣawakiri rẹ ti gbo", "ero asawakiri re ti gbo",
        ]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "fi èrò rẹ sílẹ̀", "fi ero rẹ silẹ", "fi ero re sile", "fi èrò yín sílẹ̀", "fi ero yin silẹ",
            "fi ero yin sile", "kọ èrò rẹ", "kọ ero rẹ", "ko ero re", "ẹ sọ èrò yín", "ẹ sọ ero yin", "e so ero yin",
            "àwọn èrò òǹkàwé", "awọn ero onkawe", "awon ero onkawe", "a ti pa àyè èrò dé", "a ti pa aye ero de",
            "wo àwọn èrò", "wo awọn ero", "wo awon ero", "ẹ kọ èrò yín", "ẹ kọ ero yin", "e ko ero yin",
        ]),
        chrome(Other).part(Comments).max_words(3).phrases(&["àwọn èrò", "awọn ero", "awon ero"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["àwọn èrò", "awọn ero", "awon ero"]),
        ask(Other).part(Comments).phrases(&[
            "wọlé láti sọ èrò yín", "wọle lati sọ ero yin", "wole lati so ero yin", "wọlé láti fi èrò sílẹ̀",
            "wọle lati fi ero silẹ", "wole lati fi ero sile", "ìlànà fún fífi èrò sílẹ̀", "ilana fun fifi ero silẹ",
            "ilana fun fifi ero sile", "èrò àwọn òǹkàwé jẹ́ ti wọn", "ero awọn onkawe jẹ ti wọn",
            "ero awon onkawe je ti won",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&[
            "fagilé èsì", "fagile esi", "fi èrò ránṣẹ́", "fi ero ranṣẹ", "fi ero ranse", "gbé èrò jáde",
            "gbe ero jade",
        ]),
        chrome(Other).part(Comments).max_words(8).phrases(&[
            "jẹ́ ẹni àkọ́kọ́ láti sọ èrò", "jẹ ẹni akọkọ lati sọ ero", "je eni akoko lati so ero",
            "ẹ jẹ́ ẹni àkọ́kọ́ láti sọ èrò", "ẹ jẹ ẹni akọkọ lati sọ ero", "e je eni akoko lati so ero",
        ]),
        chrome(Other).part(Comments).max_words(15).phrases(&[
            "a kò ní gbé àdírẹ́sì ímeèlì rẹ jáde", "a ko ni gbe adirẹsi imeeli rẹ jade",
            "a ko ni gbe adiresi imeeli re jade", "a kò ní gbé àdírẹ́sì ímeèlì yín jáde",
            "a ko ni gbe adirẹsi imeeli yin jade", "a ko ni gbe adiresi imeeli yin jade",
        ]),
        chrome(Other).part(Comments).at(Whole).phrases(&[
            "kò sí èrò kankan", "ko si ero kankan", "kò tíì sí èrò kankan", "ko tii si ero kankan", "fi èrò kún un",
            "fi ero kun un",
        ]),
        ask(Other).part(Disclaimer).phrases(&[
            "àwọn èrò tí a sọ nínú àpilẹ̀kọ yìí", "awọn ero ti a sọ ninu apilẹkọ yii",
            "awon ero ti a so ninu apileko yii", "èrò òǹkọ̀wé ni", "ero onkọwe ni", "ero onkowe ni",
            "jẹ́ èrò ti òǹkọ̀wé", "jẹ ero ti onkọwe", "je ero ti onkowe",
        ]),
        cue(Other).part(Disclaimer).phrases(&[
            "kò fi dandan jẹ́ èrò", "ko fi dandan jẹ ero", "ko fi dandan je ero", "kò dúró fún èrò ilé iṣẹ́ wa",
            "ko duro fun ero ile iṣẹ wa", "ko duro fun ero ile ise wa",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "ìròyìn yìí jẹ́ ara", "iroyin yii jẹ ara", "iroyin yii je ara", "ìròyìn yìí wà lára",
            "iroyin yii wa lara", "a ṣe ìròyìn yìí pẹ̀lú àtìlẹ́yìn", "a ṣe iroyin yii pẹlu atilẹyin",
            "a se iroyin yii pelu atileyin", "ìròyìn yìí ṣeé ṣe pẹ̀lú àtìlẹ́yìn", "iroyin yii ṣee ṣe pẹlu atilẹyin",
            "iroyin yii see se pelu atileyin",
        ]),
        // The question over a box, a share row's heading, each a line of its own.
        header(Donation).max_words(12).phrases(&[
            "ṣé o mọyì iṣẹ́ wa", "ṣe o mọyi iṣẹ wa", "se o moyi ise wa", "ṣé ẹ mọyì iṣẹ́ wa", "ṣe ẹ mọyi iṣẹ wa",
            "se e moyi ise wa", "ṣé ẹ mọyì iṣẹ́ ìròyìn wa", "ṣe ẹ mọyi iṣẹ iroyin wa", "se e moyi ise iroyin wa",
        ]),
        // (Not "pin" unmarked: Vietnamese's battery, a pin on a map.)
        label(Social).phrases(&[
            "pín", "pín ìròyìn", "pin iroyin", "pín èyí", "pin eyi", "ṣe àdàkọ ìlujá", "ṣe adakọ iluja",
            "se adako iluja", "ṣe àdàkọ líǹkì", "ṣe adakọ linki", "se adako linki", "a ti ṣe àdàkọ ìlujá",
            "a ti ṣe adakọ iluja", "a ti se adako iluja", "a ti ṣe àdàkọ líǹkì", "a ti ṣe adakọ linki",
            "a ti se adako linki", "fi ránṣẹ́ nípasẹ̀ ímeèlì", "fi ranṣẹ nipasẹ imeeli", "fi ranse nipase imeeli",
            "pín sí facebook", "pin si facebook", "pín lórí whatsapp", "pin lori whatsapp", "pín lórí x",
            "pin lori x", "tẹ̀ ẹ́ jáde", "tẹ ẹ jade", "te e jade", "tẹ̀lé wa", "tẹle wa", "tele wa",
        ]),
        // A read-aloud player's label, the platforms' embeds as the broadcasters print them
        // ("Fo Twitter kọjá", "Ìparí Twitter").
        chrome(Other).max_words(4).phrases(&[
            "tẹ́tí sí ìròyìn yìí", "tẹti si iroyin yii", "teti si iroyin yii", "gbọ́ ìròyìn yìí", "gbọ iroyin yii",
            "gbo iroyin yii",
        ]),
        chrome(Social).max_words(6).phrases(&[
            "fo twitter kọjá", "fo twitter kọja", "fo twitter koja", "fo instagram kọjá", "fo instagram kọja",
            "fo instagram koja", "fo facebook kọjá", "fo facebook kọja", "fo facebook koja", "fo youtube kọjá",
            "fo youtube kọja", "fo youtube koja", "fo tiktok kọjá", "fo tiktok kọja", "fo tiktok koja",
            "ìparí twitter", "ipari twitter", "ìparí instagram", "ipari instagram", "ìparí facebook",
            "ipari facebook", "ìparí youtube", "ipari youtube", "ìparí tiktok", "ipari tiktok",
        ]),
        chrome(Social).max_words(7).phrases(&[
            "wo àtẹ̀jáde yìí lórí instagram", "wo atẹjade yii lori instagram", "wo atejade yii lori instagram",
            "wò ó lórí youtube", "wo o lori youtube",
        ]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&[
            "àwọn ìròyìn ọ̀fẹ́", "awọn iroyin ọfẹ", "awon iroyin ofe", "àpilẹ̀kọ ọ̀fẹ́", "apilẹkọ ọfẹ", "apileko ofe",
        ]),
        ask(Paywall).max_words(30).phrases(&[
            "èyí ni ìròyìn ọ̀fẹ́ rẹ tó kẹ́yìn", "eyi ni iroyin ọfẹ rẹ to kẹyin", "eyi ni iroyin ofe re to keyin",
            "èyí ni ìròyìn ọ̀fẹ́ yín tó kẹ́yìn", "eyi ni iroyin ọfẹ yin to kẹyin", "eyi ni iroyin ofe yin to keyin",
            "ìròyìn ọ̀fẹ́ rẹ ti tán", "iroyin ọfẹ rẹ ti tan", "iroyin ofe re ti tan", "ìròyìn ọ̀fẹ́ yín ti tán",
            "iroyin ọfẹ yin ti tan", "iroyin ofe yin ti tan",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&[
            "ìyókù ìròyìn yìí", "iyoku iroyin yii", "ìyókù àpilẹ̀kọ yìí", "iyoku apilẹkọ yii", "iyoku apileko yii",
        ]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&[
            "ìpolówó", "ipolowo", "ìpolówó ọjà", "ipolowo ọja", "ipolowo oja", "àwọn ìpolówó", "awọn ipolowo",
            "awon ipolowo", "ìròyìn ń tẹ̀síwájú ní ìsàlẹ̀", "iroyin n tẹsiwaju ni isalẹ",
            "iroyin n tesiwaju ni isale", "ìròyìn náà ń tẹ̀síwájú ní ìsàlẹ̀", "iroyin naa n tẹsiwaju ni isalẹ",
            "iroyin naa n tesiwaju ni isale", "ìròyìn náà ń tẹ̀síwájú lẹ́yìn ìpolówó",
            "iroyin naa n tẹsiwaju lẹyin ipolowo", "iroyin naa n tesiwaju leyin ipolowo", "ìròyìn onígbọ̀wọ́",
            "iroyin onigbọwọ", "iroyin onigbowo",
        ]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "ẹ má ṣe àdàkọ láìsí àṣẹ", "ẹ ma ṣe adakọ laisi aṣẹ", "e ma se adako laisi ase",
            "a kò fàyè gba àdàkọ láìsí àṣẹ", "a ko faye gba adakọ laisi aṣẹ", "a ko faye gba adako laisi ase",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&[
            "àwòrán àtijọ́", "aworan atijọ", "aworan atijo", "àwòrán ìpamọ́", "aworan ipamọ", "aworan ipamo",
            "àwòrán àpèjúwe", "aworan apejuwe", "àwòrán àfihàn", "aworan afihan",
        ]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&[
            "wo fídíò", "wo fidio", "wo fídíò náà", "wo fidio naa", "tẹ́tí sí ìròyìn", "tẹti si iroyin",
            "teti si iroyin", "tẹ́tí sí ètò", "tẹti si eto", "teti si eto",
        ]),
        label(Other).part(Player).weight(2.5).phrases(&[
            "tẹ́tí sí", "tẹti si", "teti si", "tẹ́tísílẹ̀", "tẹtisilẹ", "tetisile", "wò ó", "wo o",
        ]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&[
            "àwọn àkòrí", "awọn akori", "awon akori", "àkòrí", "akori", "àwọn kókó ọ̀rọ̀", "awọn koko ọrọ",
            "awon koko oro", "kókó ọ̀rọ̀", "koko ọrọ", "koko oro", "àwọn àkòrí tó jọmọ́", "awọn akori to jọmọ",
            "awon akori to jomo", "àmì ìròyìn", "ami iroyin",
        ]),
        // A line of the bank details under an ask ("Nọ́mbà àkáǹtì: 0123456789").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "nọ́mbà àkáǹtì", "nọmba akanti", "nomba akanti", "nọ́ńbà àkáǹtì", "nọnba akanti", "nonba akanti",
            "orúkọ àkáǹtì", "orukọ akanti", "oruko akanti", "nọ́mbà àkáùntì", "nọmba akaunti", "nomba akaunti",
            "orúkọ àkáùntì", "orukọ akaunti", "oruko akaunti", "orúkọ ilé ìfowópamọ́", "orukọ ile ifowopamọ",
            "oruko ile ifowopamo", "ilé ìfowópamọ́:", "ile ifowopamọ:", "ile ifowopamo:",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "àdírẹ́sì ímeèlì", "adirẹsi imeeli", "adiresi imeeli", "àdírẹ́sì ímeèlì rẹ", "adirẹsi imeeli rẹ",
            "adiresi imeeli re", "àdírẹ́sì ímeèlì yín", "adirẹsi imeeli yin", "adiresi imeeli yin",
            "tẹ àdírẹ́sì ímeèlì rẹ", "tẹ adirẹsi imeeli rẹ", "te adiresi imeeli re", "forúkọ sílẹ̀ fún lẹ́tà ìròyìn",
            "forukọ silẹ fun lẹta iroyin", "foruko sile fun leta iroyin", "mo fẹ́ máa gba lẹ́tà ìròyìn",
            "mo fẹ maa gba lẹta iroyin", "mo fe maa gba leta iroyin",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "ímeèlì", "imeeli", "ímeèlì rẹ", "imeeli rẹ", "imeeli re", "ímeèlì yín", "imeeli yin",
        ]),
        label(Subscription).phrases(&[
            "sanwó báyìí", "sanwo bayii", "wo àwọn ètò ìsanwó", "wo awọn eto isanwo", "wo awon eto isanwo",
            "yan ètò ìsanwó", "yan eto isanwo", "gbìyànjú rẹ̀ lọ́fẹ̀ẹ́", "gbiyanju rẹ lọfẹẹ", "gbiyanju re lofee",
            "bẹ̀rẹ̀ ìdánwò ọ̀fẹ́", "bẹrẹ idanwo ọfẹ", "bere idanwo ofe", "forúkọ sílẹ̀ báyìí", "forukọ silẹ bayii",
            "foruko sile bayii",
        ]),
        label(App).phrases(&[
            "ṣe ìgbàsílẹ̀ áàpù", "ṣe igbasilẹ aapu", "se igbasile aapu", "ṣe ìgbàsílẹ̀ báyìí", "ṣe igbasilẹ bayii",
            "se igbasile bayii", "gbà á lórí google play", "gba a lori google play", "gbà á lórí app store",
            "gba a lori app store", "ṣí nínú áàpù", "ṣi ninu aapu", "si ninu aapu", "ṣí áàpù", "ṣi aapu", "si aapu",
        ]),
        label(Donation).phrases(&[
            "ṣe ìtọrẹ", "ṣe itọrẹ", "se itore", "tọrẹ", "tọrẹ báyìí", "tọrẹ bayii", "tore bayii",
            "ṣe àtìlẹ́yìn fún wa", "ṣe atilẹyin fun wa", "se atileyin fun wa", "ṣe àtìlẹ́yìn báyìí",
            "ṣe atilẹyin bayii", "se atileyin bayii", "ìtọrẹ oṣooṣù", "itọrẹ oṣooṣu", "itore osoosu", "lẹ́ẹ̀kan ṣoṣo",
            "lẹẹkan ṣoṣo", "leekan soso", "tẹ̀síwájú sí ìsanwó", "tẹsiwaju si isanwo", "tesiwaju si isanwo",
            "iye mìíràn", "iye miiran",
        ]),
        // (Not "àtìlẹ́yìn" alone: a campaign story's subhead.)
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ìtọrẹ", "itọrẹ", "itore"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "nípa fífi orúkọ sílẹ̀", "nipa fifi orukọ silẹ", "nipa fifi oruko sile", "tí o bá forúkọ sílẹ̀, o gbà",
            "ti o ba forukọ silẹ, o gba", "ti o ba foruko sile, o gba", "o lè yọ orúkọ rẹ kúrò nígbàkúùgbà",
            "o le yọ orukọ rẹ kuro nigbakuugba", "o le yo oruko re kuro nigbakuugba",
            "ẹ lè yọ orúkọ yín kúrò nígbàkúùgbà", "ẹ le yọ orukọ yin kuro nigbakuugba",
            "e le yo oruko yin kuro nigbakuugba", "a kò ní pín àdírẹ́sì ímeèlì rẹ", "a ko ni pin adirẹsi imeeli rẹ",
            "a ko ni pin adiresi imeeli re", "a kò ní pín àdírẹ́sì ímeèlì yín", "a ko ni pin adirẹsi imeeli yin",
            "a ko ni pin adiresi imeeli yin", "mo gbà pẹ̀lú ìlànà ìpamọ́", "mo gba pẹlu ilana ipamọ",
            "mo gba pelu ilana ipamo", "mo fara mọ́ àwọn òfin", "mo fara mọ awọn ofin", "mo fara mo awon ofin",
            "ṣàyẹ̀wò àpótí ímeèlì rẹ", "ṣayẹwo apoti imeeli rẹ", "sayewo apoti imeeli re",
            "ẹ ṣàyẹ̀wò àpótí ímeèlì yín", "ẹ ṣayẹwo apoti imeeli yin", "e sayewo apoti imeeli yin",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ṣé o fẹ́ ìròyìn míì bí èyí", "ṣe o fẹ iroyin mii bi eyi", "se o fe iroyin mii bi eyi",
            "ṣé ẹ fẹ́ ìròyìn míì bí èyí", "ṣe ẹ fẹ iroyin mii bi eyi", "se e fe iroyin mii bi eyi", "ṣé o fẹ́ ka síi",
            "ṣe o fẹ ka sii", "se o fe ka sii", "ṣé ẹ fẹ́ ka síi", "ṣe ẹ fẹ ka sii", "se e fe ka sii",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(2).phrases(&["àwọn àwòrán", "awọn aworan", "awon aworan"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "àwòrán tó kàn", "aworan to kan", "àwòrán tó ṣáájú", "aworan to ṣaaju", "aworan to saaju",
            "ojú ìbòjú kíkún", "oju iboju kikun", "ti àwọn àwòrán", "ti awọn aworan", "ti awon aworan",
            "ṣí àwọn àwòrán", "ṣi awọn aworan", "si awon aworan",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&[
            "wo gbogbo àwòrán", "wo gbogbo aworan", "wo gbogbo àwọn àwòrán", "wo gbogbo awọn aworan",
            "wo gbogbo awon aworan",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ìmúdójúìwọ̀n", "imudojuiwọn", "imudojuiwon"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&[
            "ní tààrà", "ni taara", "ìròyìn tààrà", "iroyin taara", "ìmúdójúìwọ̀n tuntun", "imudojuiwọn tuntun",
            "imudojuiwon tuntun",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&[
            "ṣí àwọn ìmúdójúìwọ̀n míì", "ṣi awọn imudojuiwọn mii", "si awon imudojuiwon mii", "tẹ̀lé wa ní tààrà",
            "tẹle wa ni taara", "tele wa ni taara",
        ]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["túmọ̀", "tumọ", "tumo"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&[
            "ìwọ̀n ọ̀rọ̀", "iwọn ọrọ", "iwon oro", "fi ìròyìn pamọ́", "fi iroyin pamọ", "fi iroyin pamo",
            "sọ ọ̀rọ̀ di ńlá", "sọ ọrọ di nla", "so oro di nla",
        ]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["fídíò", "fidio"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&[
            "pa ohùn", "pa ohun", "ṣí ohùn", "ṣi ohun", "si ohun",
        ]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(2.5).max_words(12).phrases(&[
            "ẹ ṣeun fún kíkà", "ẹ ṣeun fun kika", "e seun fun kika", "o ṣeun fún kíkà", "o ṣeun fun kika",
            "o seun fun kika", "a dúpẹ́ fún kíkà", "a dupẹ fun kika", "a dupe fun kika", "tí o bá ti kà á dé ibí",
            "ti o ba ti ka a de ibi", "tí ẹ bá ti kà á dé ibí", "ti ẹ ba ti ka a de ibi", "ti e ba ti ka a de ibi",
        ]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row.
        // The copyright line, marked (unmarked, "gbogbo eto wa ni ipamo" and "eto atejade"
        // are also "all our plans are kept" and a publication schedule: "ètò").
        chrome(Other).at(Any).max_words(8).phrases(&[
            "gbogbo ẹ̀tọ́ wà ní ìpamọ́", "gbogbo ẹtọ wa ni ipamọ", "gbogbo ẹ̀tọ́ jẹ́ ti", "gbogbo ẹtọ jẹ ti", "ẹ̀tọ́ àtẹ̀jáde",
            "ẹtọ atẹjade",
        ]),
        label_any().phrases(&[
            "gbà kì í ṣe báyìí", "gba ki i ṣe bayii", "gba ki i se bayii", "kì í ṣe báyìí gbà", "ki i ṣe bayii gba",
            "ki i se bayii gba", "gbà lẹ́yìn náà", "gba lẹyin naa", "gba leyin naa", "lẹ́yìn náà gbà",
            "lẹyin naa gba", "leyin naa gba",
        ]),
        cue(App).phrases(&["tan ìfitónilétí", "tan ifitonileti", "gba ìfitónilétí", "gba ifitonileti"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&[
            "mo fẹ́ ṣe àtìlẹ́yìn", "mo fẹ ṣe atilẹyin", "mo fe se atileyin", "mo fẹ́ ṣe ìtọrẹ", "mo fẹ ṣe itọrẹ",
            "mo fe se itore", "mo ti ṣe àtìlẹ́yìn", "mo ti ṣe atilẹyin", "mo ti se atileyin",
        ]),
        label(Membership).phrases(&[
            "di ọmọ ẹgbẹ́", "di ọmọ ẹgbẹ", "di omo egbe", "mo fẹ́ di ọmọ ẹgbẹ́", "mo fẹ di ọmọ ẹgbẹ",
            "mo fe di omo egbe", "mo ti jẹ́ ọmọ ẹgbẹ́", "mo ti jẹ ọmọ ẹgbẹ", "mo ti je omo egbe", "ọmọ ẹgbẹ́ ni mí",
            "ọmọ ẹgbẹ ni mi", "omo egbe ni mi",
        ]),
        label(Subscription).phrases(&[
            "mo fẹ́ forúkọ sílẹ̀", "mo fẹ forukọ silẹ", "mo fe foruko sile", "mo ti forúkọ sílẹ̀",
            "mo ti forukọ silẹ", "mo ti foruko sile",
        ]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ka síwájú:", "ìròyìn tó jọ mọ́:", "ìròyìn mìíràn tó jọ mọ́:", "iroyin to jo mo:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        ask(Social).max_words(30).phrases(&["tẹ̀lé wa lórí whatsapp", "tẹle wa lori whatsapp", "tele wa lori whatsapp", "tẹ̀lé wa lórí telegram", "tẹle wa lori telegram", "tele wa lori telegram"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Ad).max_words(35).phrases(&["a ń wá akọ̀ròyìn", "a n wa akọroyin", "a n wa akoroyin"]),
        label(Other).part(Comments).phrases(&["fi èrò rẹ ránṣẹ́", "fi ero rẹ ranṣẹ", "fi ero re ranse"]),
    ],
    // "wa" (us, our) is Swahili's commonest word ("of") and the verb "come" ("wá"), "a" (we)
    // the article of half the languages: the emphatic and possessive forms stand in ("awa"
    // unmarked is Hausa's "hour" and Tagalog's "mercy": only with its mark).
    we: &["àwa", "tiwa", "fún wa", "fun wa"],
    // Yoruba addresses one reader as "o", "ìwọ", "rẹ" and many readers, or one politely, as
    // "ẹ", "ẹ̀yin", "yín". "o" is Portuguese's article, "ẹ" also opens every "ẹ̀"/"ẹ́" word
    // in composed text (its tone mark is no letter), "rẹ" is also "rẹ̀" (his, her) unmarked:
    // the emphatic and possessive forms stand in ("iwo" unmarked is Chichewa's and Shona's
    // "they": only with its dot).
    you: &["ìwọ", "iwọ", "tìrẹ", "tirẹ", "ẹ̀yin", "yín", "yin", "tiyín", "tiyin"],
};
