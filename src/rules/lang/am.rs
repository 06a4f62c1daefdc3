//! Amharic.
//!
//! Written from how Amharic news sites (the Ethiopian papers and broadcasters, the
//! international broadcasters' Amharic services, online outlets, diaspora and community
//! papers) word their page furniture and appeals in general (not one site's wording), in the
//! Ethiopic script (fidel), words apart by spaces (the old word mark "፡" is gone from news
//! text but for a label's colon), sentences ended by "።", clauses by "፣". The script has no
//! case; the matcher folds none of its letters, so the homophone letters that sites write as
//! they please are listed each way where a row needs them: "ጽሑፍ"/"ጽሁፍ"/"ፅሁፍ" (article),
//! "ሥራ"/"ስራ" (work), "ጸሐፊ"/"ፀሐፊ" (writer), "ነጻ"/"ነፃ" (free, independent), "ሕግ"/"ህግ"
//! (law), "መልዕክት"/"መልእክት" (message), "ሂሳብ"/"ሒሳብ" (account), and the e-mail as
//! "ኢሜይል", "ኢሜል", "ኢ-ሜይል". Prepositions ("የ" of, "ለ" to, "በ" by, "ከ" from) are
//! glued to the word before them and the possessives after it ("ድጋፍዎ", your support, polite;
//! "ሥራችን", our work; "ድጋፋችሁ", your support, many readers): the rows hold the whole
//! forms, since a stem cannot take the prefixes. A label's colon is written ":", "፡" or "፦":
//! the credit lines are listed with each.
//!
//! News uses the appeal's words every day: "ድጋፍ" (support) is every party's, every donor's
//! and the aid agencies' ("የገንዘብ ድጋፍ አደረገ"), "መዋጮ" (contribution) the dam's bonds and
//! every fund-raiser's ("ለህዳሴ ግድብ መዋጮ"), "ልገሳ" (donation) a blood drive's, "እርዳታ"
//! (help) any aid, "አባል" (member) a party's or a union's, "ይመዝገቡ" (register) the voters'
//! and the schools' call, "ይቀላቀሉ" (join) a recruitment drive's, "ይከተሉ" (follow) a
//! leader's, "ነፃ" (free, independent) the free press of every press-freedom story and the
//! "ነፃና ገለልተኛ ምርጫ" (free and fair election), "ማስታወቂያ" (advertisement) also any public
//! notice, "በቀጥታ" (live) also directly, "በኋላ" (later) also after, and the police's
//! "በፌስቡክ ገጹ" (on its Facebook page) is quoted daily. An NGO's or a politician's "ይደግፉን"
//! (support us) or "ይርዱን" (help us) is reported with "ሲሉ ጥሪ አቅርበዋል" (they called,
//! saying): a body row. Those words are cues, buttons (a line of their own) or a short
//! block's opening; anywhere only the forms no report holds ("እንደ እርስዎ ያሉ አንባቢዎች",
//! readers like you; "ኩኪዎችን እንጠቀማለን", we use cookies; "ለዜና መጽሔታችን ይመዝገቡ", sign up
//! for our newsletter). The reader is addressed in the polite singular ("እርስዎ", the "-ዎ"
//! endings) or the plural ("እናንተ", "-ችሁ"), the familiar "አንተ" rarely.
//!
//! Amharic is read beside the English pack and, on the same script, beside Tigrinya texts
//! that no pack reads: no row is a Tigrinya word ("ግን", but, is both languages'; Tigrinya
//! writes "ኣ" where Amharic writes "አ", "ናይ" for "የ", "እዩ" for "ነው").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "am",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 ደቂቃ ንባብ").
        chrome(Other).at(Any).max_words(6).phrases(&["ደቂቃ ንባብ", "ደቂቃዎች ንባብ", "ለማንበብ የሚወስደው ጊዜ"]),
        // Support independent journalism, our journalism: a box's heading.
        header(Donation).max_words(6).phrases(&[
            "ነጻ ጋዜጠኝነትን ይደግፉ", "ነፃ ጋዜጠኝነትን ይደግፉ", "ገለልተኛ ጋዜጠኝነትን ይደግፉ", "ነጻ ሚዲያን ይደግፉ",
            "ነፃ ሚዲያን ይደግፉ", "ጋዜጠኝነታችንን ይደግፉ", "ከአዘጋጁ የተላከ መልዕክት", "ከአዘጋጁ የተላከ መልእክት",
            "ከዋና አዘጋጁ የተላከ መልዕክት", "ከዋና አዘጋጁ የተላከ መልእክት", "ከዋና አዘጋጁ መልዕክት", "ከዋና አዘጋጁ መልእክት",
        ]),
        // A flood's victims, a church and a candidate say these too ("ይርዱን ሲሉ ጠየቁ"): a
        // box's short heading only.
        header(Donation).max_words(4).phrases(&[
            "ይደግፉን", "ይርዱን", "ደግፉን", "እርዱን", "ድጋፍዎ ያስፈልገናል", "ድጋፋችሁ ያስፈልገናል", "ድጋፍዎን እንፈልጋለን",
            "ድጋፋችሁን እንፈልጋለን",
        ]),
        header(Donation).max_words(5).phrases(&["ከመሄድዎ በፊት", "ከመሄዳችሁ በፊት"]),
        // Readers like you, our journalism: no report says them.
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "እንደ እርስዎ ያሉ አንባቢዎች", "እንደ እርስዎ ያሉ አንባቢያን", "እንደእርስዎ ያሉ አንባቢዎች", "እንደርስዎ ያሉ አንባቢዎች",
            "እንደ እናንተ ያሉ አንባቢዎች", "እንደ እናንተ ያሉ አንባቢያን", "እንደእናንተ ያሉ አንባቢያን", "እንዳንተ ያሉ አንባቢዎች",
            "ጋዜጠኝነታችንን ይደግፉ", "ጋዜጠኝነታችንን ለመደገፍ", "የጋዜጠኝነት ሥራችንን ይደግፉ", "የጋዜጠኝነት ስራችንን ይደግፉ",
            "ድጋፍዎ ሥራችንን እንድንቀጥል", "ድጋፍዎ ስራችንን እንድንቀጥል", "ድጋፋችሁ ሥራችንን እንድንቀጥል", "ድጋፋችሁ ስራችንን እንድንቀጥል",
            "ያለ እርስዎ ድጋፍ ሥራችንን", "ያለ እርስዎ ድጋፍ ስራችንን",
        ]),
        // An NGO's head says "ሥራችንን ይደግፉ" (support our work) in a report, a bank's
        // how-to "የሚፈልጉትን መጠን ይምረጡ" (choose the amount you want): a short block's opening,
        // a cue elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(5).phrases(&["የገንዘብ ድጋፍ ያድርጉልን", "በገንዘብ ይደግፉን"]),
        // Bare, "ሥራችንን ይደግፉ ሲሉ ... ጥሪ አቅርበዋል" is a report's sentence: a heading's few
        // words.
        header(Donation).max_words(5).phrases(&["ሥራችንን ይደግፉ", "ስራችንን ይደግፉ", "ሥራችንን ደግፉ", "ስራችንን ደግፉ", "ድጋፍ ያድርጉልን", "ይለግሱልን"]),
        cue(Donation).phrases(&[
            "ሥራችንን ይደግፉ", "ስራችንን ይደግፉ", "ይደግፉን", "ይርዱን", "ድጋፍዎ", "ድጋፍዎን", "ድጋፋችሁ", "ድጋፋችሁን", "ድጋፍህ",
            "ልገሳዎ", "ልገሳዎን", "መዋጮዎ", "መዋጮዎን", "ነጻ ጋዜጠኝነት", "ነፃ ጋዜጠኝነት", "ገለልተኛ ጋዜጠኝነት",
            "ጋዜጠኝነታችን", "የሚፈልጉትን መጠን ይምረጡ", "መጠኑን ይምረጡ", "ማንኛውም መጠን", "የትኛውም መጠን ያለው ድጋፍ",
            "ሥራችንን ከወደዱት", "ስራችንን ከወደዱት", "ሥራችንን የሚያደንቁ ከሆነ", "ስራችንን የሚያደንቁ ከሆነ",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["በየወሩ", "ወርሃዊ", "በወር አንድ ጊዜ"]),
        // Not "ድጋፍ*" (every donor, every party) nor "እርዳታ*" (any aid); the dam's
        // "መዋጮ" is news, weak alone.
        cue(Donation).weight(0.5).phrases(&["ልገሳ*", "መዋጮ*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ውድ አንባቢያን", "ውድ አንባቢዎች", "ውድ አንባቢዎቻችን", "ውድ አንባቢያችን", "ክቡራን አንባቢያን", "የተከበራችሁ አንባቢያን",
            "የተከበራችሁ አንባቢዎቻችን", "ውድ ተከታታዮቻችን", "ውድ ተከታዮቻችን", "ውድ ቤተሰቦቻችን",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&[
            "ይህን ጽሑፍ ወደዱት", "ይህን ጽሁፍ ወደዱት", "ይህን ዘገባ ወደዱት", "ይህ ዘገባ ጠቅሞዎታል", "ይህ ጽሑፍ ጠቅሞዎታል",
            "ይህ ጽሁፍ ጠቅሞዎታል", "ሥራችንን ያደንቃሉ", "ስራችንን ያደንቃሉ",
        ]),
        // "አባል ይሁኑ" is a party's and a union's call too: anywhere only with the outlet's
        // words; bare, a short block's opening.
        ask(Membership).max_words(16).phrases(&[
            "አባላችን ይሁኑ", "አባላችን ሁኑ", "የአባልነት ፕሮግራማችንን ይቀላቀሉ", "አባል በመሆን ይደግፉን", "አባል በመሆን ደግፉን",
            "የአንባቢዎች ክበባችንን ይቀላቀሉ",
        ]),
        ask(Membership).at(Start).max_words(5).phrases(&["አባል ሁኑ", "ዛሬውኑ አባል ይሁኑ", "ይቀላቀሉን"]),
        cue(Membership).weight(0.5).phrases(&["አባሎቻችን", "አባላቶቻችን", "አባልነት*"]),
        ask(Subscription).max_words(16).phrases(&[
            "በማንኛውም ጊዜ መሰረዝ ይችላሉ", "በማንኛውም ጊዜ ማቋረጥ ይችላሉ", "የደንበኝነት ዕቅድዎን ይምረጡ", "የደንበኝነት እቅድዎን ይምረጡ",
            "ሁሉንም ጽሑፎች ያለገደብ ያንብቡ", "ሁሉንም ጽሁፎች ያለገደብ ያንብቡ", "ያልተገደበ የንባብ መዳረሻ",
        ]),
        // The names of the offer, which a story on a service's prices names too: cues.
        cue(Subscription).phrases(&[
            "ወርሃዊ የደንበኝነት ክፍያ", "ዓመታዊ የደንበኝነት ክፍያ", "አመታዊ የደንበኝነት ክፍያ", "የመጀመሪያው ወር በነጻ",
            "የመጀመሪያው ወር በነፃ", "ዲጂታል ደንበኝነት", "የደንበኝነት ምዝገባ", "ኢ-ፔፐር",
        ]),
        // A bank's or a telecom's "ደንበኛ ይሁኑ" (become a customer) in a business story: a short
        // block's opening.
        ask(Subscription).at(Start).max_words(5).phrases(&["ደንበኛ ይሁኑ", "ደንበኛችን ይሁኑ", "ለጋዜጣችን ደንበኛ ይሁኑ"]),
        // A service for members only is news too: the nag's short line only.
        line(Paywall).max_words(15).phrases(&["ለደንበኞች ብቻ", "ለደንበኞቻችን ብቻ", "ለተመዘገቡ አባላት ብቻ"]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "ማንበብ ለመቀጠል ይመዝገቡ", "ማንበብ ለመቀጠል ይግቡ", "ንባብዎን ለመቀጠል ይግቡ", "ንባብዎን ለመቀጠል ይመዝገቡ",
            "ሙሉውን ጽሑፍ ለማንበብ ይመዝገቡ", "ሙሉውን ጽሁፍ ለማንበብ ይመዝገቡ", "ሙሉውን ጽሑፍ ለማንበብ ደንበኛ ይሁኑ",
            "ሙሉውን ጽሁፍ ለማንበብ ደንበኛ ይሁኑ", "ይህ ጽሑፍ ለደንበኞች ብቻ ነው", "ይህ ጽሁፍ ለደንበኞች ብቻ ነው",
        ]),
        // The meter: "ከ5 ነጻ ጽሑፎች 3ቱን አንብበዋል" (the numbers vary).
        ask(Paywall).at(Start).max_words(5).phrases(&["ከነጻ ጽሑፎችዎ", "ከነፃ ጽሁፎችዎ", "ከነጻ ጽሁፎችዎ", "ከነፃ ጽሑፎችዎ"]),
        ask(Newsletter).max_words(16).phrases(&[
            "ለዜና መጽሔታችን ይመዝገቡ", "ለዜና መጽሄታችን ይመዝገቡ", "ለኒውስሌተራችን ይመዝገቡ", "ለጋዜጣዊ መልዕክታችን ይመዝገቡ",
            "በቀጥታ ወደ ኢሜይልዎ", "በቀጥታ ወደ ኢሜልዎ", "በቀጥታ ወደ ኢሜይል ሳጥንዎ", "ወደ ኢሜይል ሳጥንዎ", "ወደ ኢሜል ሳጥንዎ",
            "ስለተመዘገቡ እናመሰግናለን", "ምንም ዜና እንዳያመልጥዎ", "ምንም ዜና እንዳያመልጣችሁ",
        ]),
        // A scam warning says them too ("የኢሜይል አድራሻዎን ለማንም አይስጡ"): cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "የኢሜይል አድራሻዎን", "የኢሜል አድራሻዎን", "የኢ-ሜይል አድራሻዎን", "ኢሜይልዎን ያስገቡ", "ኢሜልዎን ያስገቡ",
            "የኢሜይል አድራሻዎን ያረጋግጡ", "የኢሜል አድራሻዎን ያረጋግጡ",
        ]),
        cue(Newsletter).phrases(&["ኒውስሌተር*", "የዜና መጽሔት", "የዜና መጽሄት", "የግላዊነት ፖሊሲ", "የግላዊነት መመሪያ"]),
        ask(App).max_words(16).phrases(&[
            "መተግበሪያችንን ያውርዱ", "መተግበሪያችንን ይጫኑ", "አፕሊኬሽናችንን ያውርዱ", "አፓችንን ያውርዱ", "የሞባይል መተግበሪያችንን",
        ]),
        // A ministry launches an app and a how-to says "መተግበሪያውን ያውርዱ": a short
        // block's opening.
        ask(App).at(Start).max_words(5).phrases(&["አፕሊኬሽኑን ያውርዱ", "መተግበሪያውን ይጫኑ"]),
        cue(App).phrases(&["መተግበሪያችን", "አፕሊኬሽናችን", "ጎግል ፕሌይ", "አፕ ስቶር", "ፕሌይ ስቶር", "ማሳወቂያዎችን ያብሩ"]),
        ask(Cookie).max_words(16).phrases(&[
            "ኩኪዎችን እንጠቀማለን", "ኩኪስ እንጠቀማለን", "ሁሉንም ኩኪዎች ተቀበል", "ሁሉንም ኩኪዎች ይቀበሉ",
            "የኩኪዎች ፖሊሲ", "የኩኪ ቅንብሮች", "የኩኪ ምርጫዎች",
        ]),
        // A data-protection story says it of a site it reports on: a block's opening.
        ask(Cookie).at(Start).max_words(5).phrases(&[
            "ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል", "ይህ ድረ ገጽ ኩኪዎችን ይጠቀማል", "ይህ ድረገጽ ኩኪዎችን ይጠቀማል",
            "ይህ ድህረ ገጽ ኩኪዎችን ይጠቀማል", "ይህ ዌብሳይት ኩኪዎችን ይጠቀማል", "ይህንን ድረ-ገጽ መጠቀምዎን በመቀጠል",
            "ይህን ድረ ገጽ መጠቀምዎን በመቀጠል",
        ]),
        cue(Cookie).phrases(&["ኩኪ*"]),
        // (A company's spokesman says it in a story: a cue.)
        cue(Cookie).weight(2.0).phrases(&["እኛና አጋሮቻችን", "እኛ እና አጋሮቻችን"]),
        // "ይከተሉን" is also a leader's call to the crowd: with a platform anywhere, bare at a
        // short block's opening. Ethiopian sites point to their Telegram channel above all.
        ask(Social).max_words(16).phrases(&[
            "በፌስቡክ ይከተሉን", "በፌስቡክ ገጻችን ይከተሉን", "በፌስቡክ ገፃችን ይከተሉን", "በቴሌግራም ይከተሉን", "በትዊተር ይከተሉን",
            "በዩቲዩብ ይከተሉን", "በቲክቶክ ይከተሉን", "በኢንስታግራም ይከተሉን", "በማህበራዊ ሚዲያ ይከተሉን", "በማኅበራዊ ሚዲያ ይከተሉን",
            "በማህበራዊ ሚዲያ ገጾቻችን ይከተሉን", "በማኅበራዊ ሚዲያ ገጾቻችን ይከተሉን", "የቴሌግራም ቻናላችንን ይቀላቀሉ",
            "የቴሌግራም ቻናላችንን ይከተሉ", "የዩቲዩብ ቻናላችንን ሰብስክራይብ ያድርጉ", "የዩቲዩብ ቻናላችንን ይቀላቀሉ",
            "የፌስቡክ ገጻችንን ላይክ ያድርጉ", "የፌስቡክ ገፃችንን ላይክ ያድርጉ", "ለወዳጆችዎ ያጋሩ",
            "ይህንን ዜና ያጋሩ", "ይህን ጽሑፍ ያጋሩ", "ይህን ጽሁፍ ያጋሩ",
        ]),
        ask(Social).at(Start).max_words(5).phrases(&["ይከተሉን", "ተከተሉን", "ያጋሩ", "ሼር ያድርጉ", "ቻናላችንን ይቀላቀሉ"]),
        // Follow us on our pages, on a line of its own with the platforms' names.
        line(Social).max_words(20).phrases(&["በማህበራዊ ሚዲያ ገጾቻችን", "በማኅበራዊ ሚዲያ ገጾቻችን", "ይከተሉን:", "ይከተሉን፡", "ይከተሉን፦"]),
        // The police's "በፌስቡክ ገጻችን" (on our Facebook page) in a quote: cues.
        cue(Social).phrases(&["በፌስቡክ ገጻችን", "በፌስቡክ ገፃችን", "የቴሌግራም ቻናላችን", "የዩቲዩብ ቻናላችን"]),
        platform(Social).max_words(12).phrases(&["ቲክቶክ*", "ዩትዩብ*", "ዋትሳፕ*", "ሊንክድኢን*"]),
        // A read-also line opens no story's sentence (a polite imperative to the reader).
        line(Related).max_words(24).phrases(&[
            "ተጨማሪ ያንብቡ", "ይህንንም ያንብቡ", "ይህንን ያንብቡ", "ይህንም ያንብቡ", "ይህን ያንብቡ", "እንዲሁም ያንብቡ",
            "ተያያዥ ዜና:", "ተያያዥ ዜና፡", "ተዛማጅ ዜና:", "ተዛማጅ ዜና፡", "ያንብቡ:", "ያንብቡ፡", "ያንብቡ፦",
            "ሊያነቡት የሚገባ", "ሊስብዎ የሚችል", "ሊወዱት የሚችሉት",
        ]),
        // "ሌሎች ዜናዎች እንደሚያሳዩት ..." (other reports show): short lines only.
        line(Related).max_words(4).phrases(&[
            "ተዛማጅ ዜናዎች", "ተያያዥ ዜናዎች", "ተጨማሪ ዜናዎች", "ሌሎች ዜናዎች", "በብዛት የተነበቡ", "ወቅታዊ ዜናዎች",
            "የቅርብ ጊዜ ዜናዎች", "ትኩስ ዜናዎች", "ቀጣይ ዜና", "ያለፈው ዜና", "ተያያዥ ርዕሶች",
        ]),
        // (Not "ተጨማሪ ያንብቡ" alone on its line: a story's crosshead over the books it names
        // reads so too; the read-also row above reads it in a line.)
        label(Related).phrases(&[
            "ተዛማጅ ዜናዎች", "ተያያዥ ዜናዎች", "ተዛማጅ ጽሑፎች", "ተዛማጅ ጽሁፎች", "ተጨማሪ ዜናዎች", "ሌሎች ዜናዎች",
            "በብዛት የተነበቡ", "በብዛት የተነበቡ ዜናዎች", "ተወዳጅ ዜናዎች", "ወቅታዊ ዜናዎች", "የቅርብ ጊዜ ዜናዎች", "ትኩስ ዜናዎች",
            "ዋና ዋና ዜናዎች", "ሙሉውን ያንብቡ", "ዝርዝሩን ያንብቡ", "ሙሉውን ለማንበብ", "ተያያዥ ርዕሶች",
            "ሊስቡዎት የሚችሉ", "ሊያነቧቸው የሚገቡ", "የአርታኢው ምርጫ",
        ]),
        // Bios open on a name, a story says these in passing: the formulas are asks, the bare
        // "ጋዜጠኛ ነው" a cue.
        ask(Credit).max_words(16).phrases(&[
            "ይህ ጽሑፍ ለመጀመሪያ ጊዜ የታተመው", "ይህ ጽሁፍ ለመጀመሪያ ጊዜ የታተመው", "ይህ ጽሑፍ ቀደም ሲል የወጣው",
            "ይህ ጽሁፍ ቀደም ሲል የወጣው", "ለዚህ ዘገባ አስተዋጽኦ አድርገዋል", "ለዚህ ዘገባ አስተዋፅኦ አድርገዋል",
        ]),
        cue(Credit).phrases(&["ጋዜጠኛ ነው", "ጋዜጠኛ ናት", "ጋዜጠኛ ናቸው", "ቀደም ሲል የታተመው"]),
        line(Credit).max_words(10).phrases(&[
            "ዘጋቢ:", "ዘጋቢ፡", "ዘጋቢ፦", "ዘጋቢያችን:", "ዘጋቢያችን፡", "ሪፖርተር:", "ሪፖርተር፡", "ፎቶ:", "ፎቶ፡", "ፎቶ፦",
            "ፎቶግራፍ:", "ምስል:", "ምስል፡", "ምስል፦", "ጸሐፊ:", "ጸሐፊ፡", "ፀሐፊ:", "ፀሐፊ፡",
            "አዘጋጅ:", "አዘጋጅ፡", "አዘጋጅ፦", "አርታኢ:", "አርታኢ፡", "ትርጉም:", "ትርጉም፡", "ተርጓሚ:", "ዝግጅት:", "ዝግጅት፡",
            "ቪዲዮ:", "አቅራቢ:", "የፎቶው ባለመብት", "የምስሉ ባለመብት", "የፎቶ ምንጭ", "የምስል ምንጭ",
        ]),
        line(Credit).max_words(8).phrases(&["ተጨማሪ ዘገባ", "ተጨማሪ መረጃ በ"]),
        chrome(Other).at(Any).max_words(6).phrases(&[
            "መብቱ በሕግ የተጠበቀ ነው", "መብቱ በህግ የተጠበቀ ነው", "ሁሉም መብቶች በሕግ የተጠበቁ ናቸው", "ሁሉም መብቶች በህግ የተጠበቁ ናቸው",
            "ሁሉም መብቶች የተጠበቁ ናቸው", "መብቱ በሕግ የተጠበቀ", "መብቱ በህግ የተጠበቀ",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ዝጋ", "ይዝጉ", "አሁን አይደለም", "አሁን አይሆንም", "በኋላ", "በኋላ አስታውሰኝ", "በኋላ ያስታውሱኝ", "አይ አመሰግናለሁ",
            "አይ፣ አመሰግናለሁ", "ቀጥል", "ይቀጥሉ", "ማንበብ ቀጥል", "ማንበብዎን ይቀጥሉ", "ግባ", "ይግቡ", "ውጣ", "ይውጡ", "ይመዝገቡ",
            "ተመዝገብ", "ሰርዝ", "ተቀበል", "ይቀበሉ", "እቀበላለሁ", "እስማማለሁ", "ሁሉንም ተቀበል", "ሁሉንም ይቀበሉ", "ውድቅ አድርግ",
            "ሁሉንም ውድቅ አድርግ", "ቅንብሮች", "ተረድቻለሁ", "እሺ", "ተጨማሪ አማራጮች", "ምርጫዬን አስቀምጥ", "ላክ", "አስገባ",
            "ተጨማሪ ይመልከቱ", "አንድ ጊዜ", "በየወሩ", "ሌላ መጠን",
        ]),
        outlet(Donation).phrases(&[
            "ነጻ ሚዲያ", "ነፃ ሚዲያ", "ገለልተኛ ሚዲያ", "ነጻ የሚዲያ ተቋም", "ነፃ የሚዲያ ተቋም", "ገለልተኛ የሚዲያ ተቋም",
            "ለትርፍ ያልተቋቋመ", "ከማስታወቂያ ነጻ", "ከማስታወቂያ ነፃ", "በአንባቢዎች ድጋፍ የሚንቀሳቀስ",
            "በአንባቢዎቹ ድጋፍ የሚንቀሳቀስ", "ከየትኛውም ፓርቲ ወገንተኝነት ነጻ", "ከየትኛውም ፓርቲ ወገንተኝነት ነፃ",
            "ከማንኛውም የፖለቲካ ወገን ነጻ", "ከማንኛውም የፖለቲካ ወገን ነፃ", "ነጻና ገለልተኛ የሚዲያ", "ነፃና ገለልተኛ የሚዲያ",
        ]),
        // Second round: general formulas of each function. "ማንኛውም ድጋፍ ትልቅ ነው" (every
        // contribution counts) is a charity's in a story too: a cue.
        cue(Donation).weight(2.0).phrases(&[
            "ትንሽም ቢሆን", "የአንባቢዎች ድጋፍ", "የአንባቢያን ድጋፍ", "የአንድ ጊዜ ድጋፍ", "ወርሃዊ ድጋፍ", "ማንኛውም ድጋፍ ትልቅ ነው",
        ]),
        ask(Subscription).max_words(16).phrases(&["ቀድሞውኑ ደንበኛ ነዎት? ይግቡ", "አካውንት አለዎት? ይግቡ", "መለያ አለዎት? ይግቡ"]),
        // The story's own notices: a correction, an update, the editor's note.
        notice().phrases(&["ማስተካከያ:", "ማስተካከያ፡", "እርማት:", "እርማት፡", "ማሻሻያ:", "የአርታኢ ማስታወሻ", "የአዘጋጁ ማስታወሻ"]),
        notice().at(Any).phrases(&[
            "ይህ ዜና ተሻሽሏል", "ይህ ዘገባ ተሻሽሏል", "ይህ ጽሑፍ ተስተካክሏል", "ይህ ጽሁፍ ተስተካክሏል", "ይህ ዘገባ ተስተካክሏል",
            "ቀደም ሲል በወጣው ዘገባ",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // stated, added, told, announced, in a statement, reported), and the quote's frame
        // that carries an NGO's or a leader's appeal ("... ሲሉ ጥሪ አቅርበዋል"), which no box
        // uses.
        // The quotative after a quoted ask marks the story quoting it ("... చేరండి అంటూ", "... ಎಂಬ", "... എന്ന്", "... ተብሏል").
        body().phrases(&["ተብሏል", "ተገልጿል"]),
        body().phrases(&[
            "ብለዋል", "ብሏል", "ብላለች", "ተናግረዋል", "ተናግሯል", "ተናግራለች", "ገልጸዋል", "ገልፀዋል", "ገልጿል",
            "ገልጻለች", "ገልፃለች", "አስታውቀዋል", "አስታውቋል", "አስታውቃለች", "አክለዋል", "አክለው ገልጸዋል", "አብራርተዋል",
            "ጠቁመዋል", "ጠቁሟል", "አሳስበዋል", "አሳስቧል", "ዘግቧል", "ዘግበዋል", "እንደዘገበው", "እንደገለጹት", "እንደገለፁት",
            "እንደተናገሩት", "እንዳሉት", "በሰጡት መግለጫ", "በሰጠው መግለጫ", "ባወጣው መግለጫ", "ሲሉ ጥሪ አቅርበዋል",
            "ሲል ጥሪ አቅርቧል", "ሲሉ ጠይቀዋል", "ሲል ጠይቋል", "ጥሪ አቅርበዋል", "ጥሪ አቅርቧል", "ጥሪ አቅርባለች",
            "ለቢቢሲ ተናግረዋል", "በሰጡት ቃለ ምልልስ",
            // The reported-speech "saying" that frames every quote in the news.
            "ሲሉ", "ሲል", "ስትል",
        ]),
        // Tips to the newsroom ("ጥቆማ አለዎት?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "ጥቆማ አለዎት", "የዜና ጥቆማ", "ጥቆማዎን ይላኩልን", "መረጃ ካለዎት ያድርሱን", "ዜና ካለዎት ይላኩልን",
        ]),
        // The police's "ያግኙን" in a report is a sentence: the footer's link only.
        line(Other).max_words(4).phrases(&["ያግኙን", "አግኙን", "ስለ እኛ"]),
        line(Credit).max_words(12).phrases(&["ጸሐፊውን ያግኙ", "ፀሐፊውን ያግኙ", "ለጸሐፊው ኢሜይል ይላኩ", "ለፀሐፊው ኢሜይል ይላኩ"]),
        // Site chrome around the story, by page part: the author box (op-eds close on "የጽሑፉ
        // አዘጋጅ ... ሲሆኑ፣ በኢሜይል አድራሻቸው ... ማግኘት ይቻላል"), the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "ስለ ጸሐፊው", "ስለ ፀሐፊው", "ስለ ጸሃፊው", "ስለ ፀሃፊው", "የጸሐፊው ሌሎች ጽሑፎች", "የፀሐፊው ሌሎች ጽሁፎች",
        ]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(40).phrases(&[
            "የጽሑፉ አዘጋጅ", "የጽሁፉ አዘጋጅ", "የጽሑፉ ጸሐፊ", "የጽሁፉ ፀሐፊ", "ጸሐፊውን በኢሜይል", "ፀሐፊውን በኢሜይል",
            "ጸሐፊውን በኢሜል", "ፀሐፊውን በኢሜል",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["በኢሜይል አድራሻቸው", "በኢሜል አድራሻቸው", "በኢሜይል አድራሻው"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "ወደ ዋናው ይዘት ይለፉ", "ወደ ዋናው ይዘት እለፍ", "ወደ ዋናው ይዘት ዝለል", "ወደ ይዘቱ ዝለል", "ወደ ይዘቱ ይዝለሉ",
        ]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "ቀጣይ ገጽ", "ቀጣዩ ገጽ", "ቀዳሚ ገጽ", "የቀደመው ገጽ", "ስህተት ሪፖርት ያድርጉ", "ስህተት ያሳውቁ",
        ]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["ስህተት አግኝተዋል", "ስህተት ካገኙ"]),
        ask(Other).part(Navigation).phrases(&[
            "አሳሽዎ ጊዜው ያለፈበት ነው", "ብሮውዘርዎ ጊዜው ያለፈበት", "ጃቫስክሪፕትን ያንቁ", "ጃቫስክሪፕት ያንቁ", "ጃቫስክሪፕትን ያብሩ",
        ]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "አስተያየት ይስጡ", "አስተያየትዎን ይስጡ", "አስተያየትዎን ያጋሩ", "አስተያየትዎን ይጻፉ", "አስተያየት ይጻፉ", "አስተያየት ይተዉ",
            "የአንባቢያን አስተያየት", "የአንባቢዎች አስተያየት", "አስተያየቶችን ይመልከቱ", "አስተያየት መስጫው ተዘግቷል",
        ]),
        // (The opinion column's label is "አስተያየት": the plural on a short line.)
        chrome(Other).part(Comments).max_words(3).phrases(&["አስተያየቶች"]),
        ask(Other).part(Comments).phrases(&[
            "አስተያየት ለመስጠት ይግቡ", "አስተያየት ለመስጠት መግባት አለብዎት", "አስተያየት ለመለጠፍ መግባት አለብዎት",
            "የአስተያየት መስጫ መመሪያ", "የአስተያየት መመሪያዎች",
        ]),
        chrome(Other).part(Comments).max_words(4).phrases(&["መልስ ስጥ", "መልስ ይስጡ", "ምላሽ ስጥ", "ምላሽ ሰርዝ", "አስተያየት ላክ", "አስተያየት ለጥፍ"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["የመጀመሪያው አስተያየት ሰጪ ይሁኑ", "አስተያየት የሰጠ የመጀመሪያው ይሁኑ"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["የኢሜይል አድራሻዎ አይታተምም", "የኢሜል አድራሻዎ አይታተምም", "ኢሜይልዎ አይታተምም"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["እስካሁን ምንም አስተያየት የለም", "ምንም አስተያየት የለም"]),
        // Reporter's op-ed note ("ከአዘጋጁ፡- ጽሑፉ የጸሐፊውን አመለካከት ብቻ የሚያንፀባርቅ መሆኑን
        // እንገልጻለን") and its kin.
        ask(Other).part(Disclaimer).phrases(&[
            "የጸሐፊውን አመለካከት ብቻ", "የፀሐፊውን አመለካከት ብቻ", "የጸሃፊውን አመለካከት ብቻ", "የጸሐፊውን አቋም ብቻ",
            "የፀሐፊውን አቋም ብቻ", "የዝግጅት ክፍሉን አቋም አያንጸባርቅም", "የዝግጅት ክፍሉን አቋም አያንፀባርቅም",
            "የዝግጅት ክፍሉን አቋም የማያንጸባርቅ", "የዝግጅት ክፍሉን አቋም የማያንፀባርቅ", "በዚህ ጽሑፍ የተገለጹት ሐሳቦች",
            "በዚህ ጽሁፍ የተገለፁት ሀሳቦች",
        ]),
        cue(Other).part(Disclaimer).phrases(&["የጸሐፊውን አመለካከት", "የፀሐፊውን አመለካከት", "የጸሐፊው የግል አስተያየት", "የፀሐፊው የግል አስተያየት"]),
        // Series and project blurbs that open a block ("This report was prepared with the
        // support of ...").
        line(Other).max_words(45).phrases(&[
            "ይህ ጽሑፍ የተዘጋጀው", "ይህ ጽሁፍ የተዘጋጀው", "ይህ ዘገባ የተከታታይ ዘገባዎቻችን አካል ነው",
        ]),
        label(Social).weight(EDGE_WEIGHT).phrases(&[
            "አጋራ", "ያጋሩ", "ሼር", "ሼር ያድርጉ", "ሊንክ ቅዳ", "ሊንኩን ቅዳ", "ሊንኩን ይቅዱ", "ሊንኩ ተቀድቷል", "በኢሜይል ላክ",
            "በኢሜል ይላኩ", "በፌስቡክ አጋራ", "በቴሌግራም አጋራ", "በዋትስአፕ አጋራ", "በትዊተር አጋራ", "ተከተሉን", "ይከተሉን",
        ]),
        // A read-aloud player's label.
        chrome(Other).max_words(4).phrases(&["ይህንን ጽሑፍ ያዳምጡ", "ይህን ጽሑፍ ያዳምጡ", "ይህን ዘገባ ያዳምጡ", "ዘገባውን ያዳምጡ"]),
        chrome(Social).max_words(5).phrases(&["በዩቲዩብ ይመልከቱ", "በዩቲዩብ ይከታተሉ"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ነጻ ጽሑፎች", "ነፃ ጽሁፎች", "ነጻ ጽሁፎች", "ነፃ ጽሑፎች"]),
        ask(Paywall).max_words(16).phrases(&[
            "የመጨረሻው ነጻ ጽሑፍዎ", "የመጨረሻው ነፃ ጽሁፍዎ", "ነጻ ጽሑፎችዎን ጨርሰዋል", "ነፃ ጽሁፎችዎን ጨርሰዋል",
            "የነጻ ጽሑፎች ገደብ", "የነፃ ጽሁፎች ገደብ",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["ሙሉውን ጽሑፍ ያንብቡ", "ሙሉውን ጽሁፍ ያንብቡ", "ቀሪውን ጽሑፍ", "ቀሪውን ጽሁፍ"]),
        // The advertisement slot's label and the line under it, a line of its own.
        label(Ad).phrases(&["ማስታወቂያ", "ማስታወቂያዎች", "ስፖንሰር የተደረገ", "ዜናው ከማስታወቂያው በኋላ ይቀጥላል", "ከማስታወቂያው በኋላ ይቀጥላል"]),
        // A reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&[
            "ያለፈቃድ መቅዳት የተከለከለ ነው", "ያለ ፈቃድ መቅዳት የተከለከለ ነው", "ያለ ፈቃድ መቅዳት ክልክል ነው", "ያለ ፈቃድ ማባዛት የተከለከለ ነው",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["ፎቶ ፋይል", "የፋይል ፎቶ", "ፋይል ፎቶ", "የማህደር ፎቶ", "ለማሳያነት የቀረበ ፎቶ", "ለማሳያነት የቀረበ ምስል"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["መለያዎች", "ታጎች", "ቁልፍ ቃላት", "ርዕሶች"]),
        // A line of the bank or mobile-money details under an ask ("የሂሳብ ቁጥር: 1000...";
        // a bank's name alone opens a business story).
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "የሂሳብ ቁጥር", "የሒሳብ ቁጥር", "የአካውንት ቁጥር", "አካውንት ቁጥር", "የባንክ ሂሳብ ቁጥር", "የሂሳብ ስም", "የባንክ ስም",
            "ቴሌብር:", "ቴሌብር፡", "ሲቢኢ ብር:",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "የኢሜይል አድራሻ", "የኢሜል አድራሻ", "የኢሜይል አድራሻዎ", "የኢሜል አድራሻዎ", "ኢሜይልዎን ያስገቡ", "ኢሜልዎን ያስገቡ",
            "የኢሜይል አድራሻዎን ያስገቡ", "የኢሜል አድራሻዎን ያስገቡ", "ለዜና መጽሔቱ ይመዝገቡ",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["ኢሜይል", "ኢሜል", "ኢ-ሜይል"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "ዕቅድ ይምረጡ", "እቅድ ይምረጡ", "ዕቅዶችን ይመልከቱ", "በነጻ ይሞክሩ", "በነፃ ይሞክሩ", "ደንበኛ ይሁኑ", "አሁኑኑ ይመዝገቡ",
            "አሁን ይክፈሉ",
        ]),
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "አሁን ያውርዱ", "ከጎግል ፕሌይ ያውርዱ", "ከአፕ ስቶር ያውርዱ", "በመተግበሪያው ይክፈቱ", "መተግበሪያ",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "ይለግሱ", "አሁኑኑ ይለግሱ", "አሁን ይለግሱ", "ይደግፉን", "አሁን ይደግፉ", "ድጋፍ ያድርጉ", "ልገሳ ያድርጉ", "ለግስ",
            "ይደግፉ", "ያዋጡ", "እደግፋለሁ", "መደገፍ እፈልጋለሁ", "መለገስ እፈልጋለሁ",
        ]),
        // (Not "ድጋፍ" alone: an aid story's subhead.)
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ልገሳ", "መዋጮ"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "በመመዝገብዎ", "በመመዝገብ፣", "በመመዝገብ ይስማማሉ", "በማንኛውም ጊዜ ከደንበኝነት መውጣት ይችላሉ", "በማንኛውም ጊዜ ምዝገባዎን መሰረዝ ይችላሉ",
            "የኢሜይል አድራሻዎን ለሶስተኛ ወገን አናጋራም", "የኢሜል አድራሻዎን ለሦስተኛ ወገን አናጋራም", "የኢሜይል አድራሻዎን ለማንም አናጋራም",
            "ኢሜይልዎን ይፈትሹ", "ኢሜልዎን ይፈትሹ", "የግላዊነት ፖሊሲያችንን",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ተጨማሪ ዜናዎችን ይፈልጋሉ", "እንደዚህ አይነት ተጨማሪ ዜናዎችን ይፈልጋሉ", "ወቅታዊ መረጃ ይፈልጋሉ",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["ፎቶዎች", "ምስሎች"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ቀጣይ ፎቶ", "ቀዳሚ ፎቶ", "ሙሉ ስክሪን", "ፎቶዎቹን ዝጋ"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["ሁሉንም ፎቶዎች ይመልከቱ", "ተጨማሪ ፎቶዎች"]),
        // "በቀጥታ" is also "directly" in every story: a badge's few words only.
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ቀጥታ", "በቀጥታ"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ቀጥታ ስርጭት", "በቀጥታ ስርጭት", "የቅርብ ጊዜ መረጃዎች"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["ተጨማሪ ጫን", "ተጨማሪ መረጃዎችን ጫን", "በቀጥታ ይከታተሉ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["አትም", "ያትሙ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["የጽሑፍ መጠን", "የጽሁፍ መጠን", "ጽሑፉን አስቀምጥ", "በእንግሊዝኛ ያንብቡ"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ያዳምጡ", "ይመልከቱ"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&[
            "ቪዲዮውን ይመልከቱ", "ቪዲዮ ይመልከቱ", "ድምጽ አጥፋ", "ድምፅ አጥፋ", "ድምጹን ያብሩ", "ድምፁን ያብሩ",
        ]),
        label(Other).part(Player).weight(2.5).phrases(&["አዳምጥ", "ተመልከት"]),
        // The outlet's appeal by function: a thank-you that opens it.
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "ስላነበቡ እናመሰግናለን", "ስላነበባችሁ እናመሰግናለን", "እዚህ ድረስ ካነበቡ", "እዚህ ድረስ ስላነበቡ",
        ]),
        // A browser's prompt for the outlet's push notifications.
        cue(App).phrases(&["ማሳወቂያዎችን ይቀበሉ", "ማሳወቂያ ያብሩ"]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["አባል ሁን", "ይቀላቀሉን", "ተቀላቀሉን", "አሁኑኑ ይቀላቀሉ", "ቀድሞውኑ አባል ነኝ", "አባል ነኝ"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["ቀድሞውኑ ተመዝግቤያለሁ", "ደንበኛ ነኝ"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ተዛማጅ ዜና፦", "ተዛማጅ ዜናዎች:", "ተዛማጅ ዜናዎች፦", "ተያያዥ ዜና፦", "ተያያዥ ርዕሶች:", "ተያያዥ ርዕሶች፦", "ተዛማጅ ርዕሶች:", "ተዛማጅ ርዕሶች፦", "ይህንንም ያንብቡ:", "ይህንንም ያንብቡ፦", "ይህንም ያንብቡ:", "ይህንም ያንብቡ፦", "እንዲሁም ያንብቡ:", "እንዲሁም ያንብቡ፦", "ተጨማሪ ያንብቡ:", "ተጨማሪ ያንብቡ፦", "ተጨማሪ ለማንበብ:", "ተጨማሪ ለማንበብ፦"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["በቀጥታ ያዳምጡ", "በቀጥታ ይመልከቱ", "በቀጥታ ይከታተሉን"]),
        ask(Social).max_words(30).phrases(&["የዋትስአፕ ቻናላችንን ይቀላቀሉ", "የዋትስአፕ ቻናላችንን ይከተሉ", "የቴሌግራም ቻናላችንን ጆይን ያድርጉ", "በዋትስአፕ ይከተሉን"]),
        label(Social).phrases(&["ቻናሉን ይቀላቀሉ"]),
        line(Subscription).max_words(10).phrases(&["የዛሬውን ጋዜጣ ያንብቡ"]),
        label(Subscription).phrases(&["ኢ-ፔፐር"]),
        ask(Other).part(Comments).max_words(60).phrases(&["ስድብ የያዙ አስተያየቶች"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ፎቶና ቪዲዮ ይላኩልን"]),
        label(Other).phrases(&["ዜና ይላኩ"]),
        label(Ad).phrases(&["ትኬት ይግዙ"]),
        ask(Ad).max_words(35).phrases(&["ቡድናችንን ይቀላቀሉ"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["የኢሜይል አድራሻዎ አይታተምም"]),
    ],
    // "እኛ" (we) and its case forms; the possessive is glued to its noun ("ሥራችን", our work):
    // those words are the rows'.
    we: &["እኛ", "እኛን", "የእኛ", "ለእኛ", "ከእኛ", "እኛም", "እኛው"],
    // The polite singular "እርስዎ" (also spelt "እርሶ"), the plural "እናንተ" and the familiar
    // "አንተ"/"አንቺ", each with its case forms. Tigrinya writes "ንስኻ", "ንስኹም": no form is
    // a word of its.
    you: &[
        "እርስዎ", "የእርስዎ", "ለእርስዎ", "እርስዎን", "እርስዎም", "ከእርስዎ", "እርሶ", "የእርሶ", "እናንተ", "የእናንተ", "ለእናንተ",
        "እናንተም", "አንተ", "ያንተ", "ላንተ", "አንቺ", "ያንቺ",
    ],
};
