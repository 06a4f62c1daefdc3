//! Gujarati, in the Gujarati script.
//!
//! Written from how Gujarati news sites (the Ahmedabad, Surat, Rajkot and Vadodara dailies'
//! portals, the TV channels' sites, the national portals' and the broadcasters' Gujarati
//! services, news apps, digital start-ups and small independent outlets) word their page
//! furniture and appeals in general (not one site's wording). English words stand beside the
//! Gujarati ones, in Gujarati letters ("સબ્સ્ક્રાઇબ", "ફોલો", "શેર", "એપ", "ન્યૂઝલેટર"), each
//! in the spellings pages use ("ઇ" and "ઈ", "ઓ" and "ૉ": "લોગિન", "લૉગિન"); in Latin letters
//! they are the English pack's.
//!
//! Gujarati glues its postpositions to the word ("ન્યૂઝલેટરમાં", in the newsletter,
//! "સરકારને", to the government, "પત્રકારત્વનું", of journalism), so the rows hold whole
//! frequent forms and stems with `*` where the endings vary ("અમારા ન્યૂઝલેટર*"). The vowel
//! signs, the anusvara and the visarga (ઃ) are letters to the matcher, the virama (્) is not:
//! a phrase that ends on a virama holds the glued forms. Pages often type the visarga for a
//! colon ("આ પણ વાંચોઃ", "અહેવાલઃ"), which is then part of the word: those lines are listed
//! with the visarga and with the colon.
//!
//! News uses the appeal's words every day: "સમર્થન" and "ટેકો" (support) are every party's
//! ("ભાજપને ટેકો આપો", and "ટેકાના ભાવ" is the crop's support price), "સહયોગ" (cooperation,
//! support) any partnership ("સરકારના સહયોગથી"), "મદદ" (help) any relief, "દાન" (donation) a
//! temple's, a blood camp's ("રક્તદાન") and an organ donor's, "ફાળો" a collection's,
//! "યોગદાન" anyone's contribution to anything, "ડોનેશન" a school's capitation fee, "સભ્ય"
//! (member) every committee's and the parties' membership drives ("સભ્ય નોંધણી"), "લવાજમ"
//! (subscription) a club's fee too, "ગ્રાહક" (customer, subscriber) a telephone company's,
//! "નોંધણી કરો" (register) a scheme's applicant's, "ફોલો કરો" also to follow rules, "શેર" a
//! company's shares, "સ્વતંત્ર" (independent) every independent candidate, "જાહેરાત" both an
//! advertisement and any announcement ("સરકારે જાહેરાત કરી"). Those words are cues, buttons
//! (a line of their own, at an edge's weight) or a short block's opening; anywhere stand only
//! the formulas that name the outlet's readers, its journalism or its boxes ("તમારા જેવા
//! વાચકોના સહયોગ", "અમે કૂકીઝનો ઉપયોગ કરીએ છીએ", "અમારા ન્યૂઝલેટર"). A report quotes an ask and
//! follows it with "એમ", "તેમ" (so), "એવી અપીલ", "તેવી વિનંતી" (such an appeal, request)
//! before the verb ("'દાન આપો', એમ ટ્રસ્ટે જણાવ્યું"): those and the reporting verbs ("જણાવ્યું
//! હતું", "મળતી માહિતી મુજબ") are body rows. No row holds a how-to step ("એપ ડાઉનલોડ કરો",
//! "પોર્ટલ પર નોંધણી કરો", what every government-scheme story says) but as a button.
//!
//! The reader is addressed as "તમે" (the plural, which is also the everyday polite
//! singular), now and then the familiar "તું"; the honorific "આપ" is left out (below). The
//! outlet's "we" is the exclusive "અમે", "અમારા" ("આપણે", "આપણા", the inclusive "we" of every
//! speech, is left out).
//!
//! The `xx` pack comes first and keeps the Gujarati rows it held before this pack: the
//! platform names ("ફેસબુક*", "વોટ્સએપ*"), "કૂકી*", the read-also lines "આ પણ વાંચો", "વધુ
//! વાંચો", "સંબંધિત સમાચાર", "વધુ સમાચાર", the share line "શેર કરો", the label "સબ્સ્ક્રાઇબ
//! કરો", the comments' "ટિપ્પણીઓ". The rows here hold those words in other positions or in
//! other forms ("આ પણ વાંચોઃ", "કુકીઝ*").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "gu",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 મિનિટ વાંચન"), of
        // three words at most (a reading campaign's motto is "રોજ 20 મિનિટ વાંચન").
        chrome(Other).at(Any).max_words(3).phrases(&["મિનિટ વાંચન", "મિનિટનું વાંચન", "મિનિટમાં વાંચો"]),
        // A press day's speakers urge the same ("સ્વતંત્ર પત્રકારત્વને સમર્થન આપો, એમ મંત્રીએ
        // કહ્યું"), and a seminar takes it for its title, a line of its own: a heading below an
        // anchor's weight, that a box's body beside it must carry.
        header(Donation).weight(2.5).max_words(6).phrases(&[
            "સ્વતંત્ર પત્રકારત્વને સમર્થન આપો", "સ્વતંત્ર પત્રકારત્વને ટેકો આપો", "સ્વતંત્ર પત્રકારત્વને સપોર્ટ કરો",
            "સ્વતંત્ર પત્રકારત્વનું સમર્થન કરો", "અમારા પત્રકારત્વને સમર્થન આપો", "અમારા પત્રકારત્વને સપોર્ટ કરો",
            "નિષ્પક્ષ પત્રકારત્વને સમર્થન આપો", "નિષ્પક્ષ પત્રકારત્વને ટેકો આપો",
        ]),
        cue(Donation).weight(2.0).max_words(6).phrases(&["વાચકોને અપીલ", "વાચકોને વિનંતી", "વાચકોને નમ્ર વિનંતી", "વાચક મિત્રોને અપીલ"]),
        // A candidate and a charity say "અમને તમારા સહયોગની જરૂર છે" too, and a story sets it
        // apart as a pull quote: a cue in a few words only. So too a library's or a notice
        // board's heading "વાચકોને વિનંતી".
        cue(Donation).weight(2.0).max_words(6).phrases(&[
            "અમને તમારા સહયોગની જરૂર છે", "અમને તમારા સમર્થનની જરૂર છે", "અમને તમારી મદદની જરૂર છે", "અમને તમારા સપોર્ટની જરૂર છે",
        ]),
        header(Donation).max_words(4).phrases(&["તમે જતાં પહેલાં", "તમે જતા પહેલા"]),
        // The support of readers like you, the donation form's own wording: no report says
        // them. (Not "તમારા જેવા વાચકો" alone: a library's "for readers like you".)
        ask(Donation).weight(3.5).max_words(16).phrases(&[
            "તમારા જેવા વાચકોના સહયોગ*", "તમારા જેવા વાચકોના સમર્થન*", "તમારા જેવા વાચકોના સપોર્ટ*", "તમારા જેવા વાચકોની મદદ*",
            "તમારા જેવા વાચકો પર આધાર", "દાનની રકમ પસંદ કરો", "યોગદાનની રકમ પસંદ કરો", "સહયોગ રકમ પસંદ કરો",
            "અમારા પત્રકારત્વને તમારા સહયોગ*",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).max_words(16).phrases(&["જો તમને અમારું કામ ગમતું હોય", "જો તમને અમારું પત્રકારત્વ ગમતું હોય", "જો તમે અમારા પત્રકારત્વને મહત્વ આપતા હો"]),
        // A party's posters say "અમને ટેકો આપો, વિકાસ આપીશું." and a cow shelter's "આર્થિક
        // સહયોગ આપો, ગાયો બચાવો.", lines of their own: buttons only, a line alone at an edge's
        // weight. (So too the bare "દાન આપો", "ફાળો આપો", below.)
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "અમને સહયોગ આપો", "અમને સમર્થન આપો", "અમને સપોર્ટ કરો", "અમારું સમર્થન કરો", "અમને ટેકો આપો", "હમણાં જ દાન કરો",
            "હમણાં જ દાન આપો", "હમણાં જ ડોનેટ કરો", "આર્થિક સહયોગ આપો", "અમારા કામને સમર્થન આપો", "અમને આર્થિક સહયોગ આપો",
        ]),
        // A charity's head says "દરેક યોગદાન મહત્વનું છે" (every contribution matters) in a
        // report, and the story sets it apart: a weak cue.
        cue(Donation).weight(1.0).phrases(&["દરેક યોગદાન મહત્વનું છે", "દરેક યોગદાન મહત્ત્વનું છે"]),
        // Flood victims and a sick child's family say "અમને મદદ કરો" in a report, a winner "તમારા
        // સહયોગથી અમે જીત્યા" (with your support we won): cues.
        cue(Donation).phrases(&[
            "અમને મદદ કરો", "તમારો સહયોગ", "તમારું સમર્થન", "તમારા સહયોગ*", "તમારા સમર્થન*", "તમારું યોગદાન", "તમારો નાનો સહયોગ",
            "સ્વતંત્ર પત્રકારત્વ*", "નિષ્પક્ષ પત્રકારત્વ*", "માસિક યોગદાન", "એક વખતનું યોગદાન", "માસિક સહયોગ",
        ]),
        // "ડોનેશન" is also a school's capitation fee, "યોગદાન" anyone's contribution: weak.
        cue(Donation).weight(0.5).phrases(&["ડોનેશન*", "ડોનેટ*", "યોગદાન*"]),
        salutation(Donation).max_words(6).phrases(&[
            "પ્રિય વાચકો", "પ્રિય વાચક", "વહાલા વાચકો", "વહાલા વાચક", "પ્રિય વાચકમિત્રો", "પ્રિય વાચક મિત્રો", "વાચક મિત્રો", "માનનીય વાચકો",
            "આદરણીય વાચકો", "પ્રિય દર્શકો",
        ]),
        header(Donation).weight(3.5).max_words(6).phrases(&[
            "શું તમને આ લેખ ગમ્યો", "તમને આ લેખ ગમ્યો", "શું તમને આ સમાચાર ગમ્યા", "જો તમને આ લેખ ગમ્યો હોય",
            "જો તમને આ સમાચાર ગમ્યા હોય", "આ લેખ ગમ્યો હોય તો",
        ]),
        header(Donation).weight(3.0).max_words(6).phrases(&["શું આ લેખ તમને ઉપયોગી લાગ્યો", "આ માહિતી તમને ઉપયોગી લાગી"]),
        header(Donation).weight(2.5).max_words(6).phrases(&["વાંચવા બદલ આભાર", "અંત સુધી વાંચવા બદલ આભાર", "આ લેખ વાંચવા બદલ આભાર"]),
        cue(Donation).weight(2.0).phrases(&["તમારી ઇચ્છા મુજબની રકમ"]),
        cue(Donation).weight(1.0).phrases(&["નાની રકમ પણ", "કોઈપણ રકમ"]),
        // "સભ્ય બનો" is a party's and a union's call too: anywhere only with the readers named.
        ask(Membership).max_words(16).phrases(&[
            "અમારા વાચક સમુદાયમાં જોડાઓ", "અમારા વાચક પરિવારમાં જોડાઓ", "અમારા સભ્યપદ કાર્યક્રમ*", "સભ્ય બનીને અમને સમર્થન આપો",
        ]),
        // (Not the bare "સભ્ય બનો", a union's slogan that a story sets on a line of its own
        // ("સભ્ય બનો, સંગઠિત બનો."): a button below.)
        ask(Membership).at(Start).max_words(5).phrases(&[
            "અમારા સભ્ય બનો", "આજે જ સભ્ય બનો", "સભ્યપદ મેળવો", "મેમ્બરશિપ લો", "પ્રીમિયમ સભ્ય બનો",
        ]),
        // The parties' membership drives ("સભ્યપદ અભિયાન"): weak.
        cue(Membership).weight(0.5).phrases(&["સભ્યપદ*", "મેમ્બરશિપ*"]),
        ask(Subscription).max_words(16).phrases(&[
            "પહેલેથી સબ્સ્ક્રાઇબર છો", "પહેલેથી જ સબ્સ્ક્રાઇબર છો", "પહેલેથી જ ગ્રાહક છો", "પહેલેથી જ સભ્ય છો",
            "સબ્સ્ક્રિપ્શન પ્લાન પસંદ કરો", "ઈ-પેપર સબ્સ્ક્રાઇબ કરો", "ઇ-પેપર સબ્સ્ક્રાઇબ કરો",
        ]),
        // A YouTuber's "સબ્સ્ક્રાઇબ કરો, લાઇક કરો." is news: a button alone on its line only.
        // (Not "ગ્રાહક બનો", "લવાજમ ભરો", a co-operative bank's, a club's and an old paper's
        // advertisement's call too.)
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "સબ્સ્ક્રાઇબ કરો", "સબસ્ક્રાઇબ કરો", "સબ્સ્ક્રાઈબ કરો", "સબ્સ્ક્રિપ્શન લો",
        ]),
        // The names of the offer, which a story on a paper's or a telecom's prices names too.
        cue(Subscription).phrases(&[
            "ડિજિટલ સબ્સ્ક્રિપ્શન", "સબ્સ્ક્રિપ્શન પ્લાન", "પ્રથમ મહિનો મફત", "પહેલો મહિનો મફત", "અનલિમિટેડ ઍક્સેસ",
            "અનલિમિટેડ એક્સેસ", "અમર્યાદિત ઍક્સેસ", "વાર્ષિક લવાજમ", "ગમે ત્યારે રદ કરો", "ગમે ત્યારે રદ કરી શકો છો",
            "ઈ-પેપર", "ઇ-પેપર", "ડિજિટલ આવૃત્તિ", "પ્રિન્ટ આવૃત્તિ",
        ]),
        cue(Subscription).weight(0.5).phrases(&["સબ્સ્ક્રિપ્શન*", "સબ્સ્ક્રાઇબર*"]),
        ask(Paywall).weight(3.5).max_words(16).phrases(&[
            "આ લેખ ફક્ત સબ્સ્ક્રાઇબર્સ માટે", "આ લેખ માત્ર સબ્સ્ક્રાઇબર્સ માટે", "આ સમાચાર ફક્ત સબ્સ્ક્રાઇબર્સ માટે",
            "આ લેખ ફક્ત ગ્રાહકો માટે", "આગળ વાંચવા માટે લૉગિન કરો", "આગળ વાંચવા માટે લોગિન કરો", "આગળ વાંચવા લૉગિન કરો",
            "આગળ વાંચવા માટે સબ્સ્ક્રાઇબ કરો", "સંપૂર્ણ લેખ વાંચવા માટે સબ્સ્ક્રાઇબ કરો", "સંપૂર્ણ લેખ વાંચવા માટે લૉગિન કરો",
            "સંપૂર્ણ લેખ વાંચવા માટે લોગિન કરો", "મફત લેખોની મર્યાદા",
        ]),
        // "આગળ વાંચવા માટે" is also "to study further" (a scholarship story): the nag's opening
        // only, with the article named.
        ask(Paywall).at(Start).max_words(5).phrases(&[
            "સંપૂર્ણ લેખ વાંચવા માટે", "પૂરો લેખ વાંચવા માટે", "સંપૂર્ણ સમાચાર વાંચવા માટે", "સંપૂર્ણ અહેવાલ વાંચવા માટે",
        ]),
        cue(Paywall).phrases(&["ફક્ત સબ્સ્ક્રાઇબર્સ માટે", "માત્ર સબ્સ્ક્રાઇબર્સ માટે", "પ્રીમિયમ લેખ", "પ્રીમિયમ સ્ટોરી", "પ્રીમિયમ કન્ટેન્ટ", "પ્રીમિયમ વાચકો માટે"]),
        // The meter: "તમે આ મહિને 5 માંથી 4 મફત લેખ વાંચ્યા છે" (the numbers vary).
        cue(Paywall).weight(2.5).max_words(25).phrases(&["મફત લેખ", "મફત લેખો", "બાકી મફત લેખ", "ફ્રી આર્ટિકલ"]),
        ask(Paywall).max_words(16).phrases(&[
            "આ તમારો છેલ્લો મફત લેખ છે", "છેલ્લો મફત લેખ", "તમારા મફત લેખ પૂરા થઈ ગયા", "મફત લેખોની મર્યાદા પૂરી",
        ]),
        // Ending on a stem, the newsletter's name holds its glued forms ("-માં", "-ને"); a scam
        // story quotes the mail ("... લખ્યું હતું: અમારા ન્યૂઝલેટરમાં ..."): a block's opening.
        ask(Newsletter).at(Start).max_words(16).phrases(&["અમારા ન્યૂઝલેટર*", "અમારા ન્યુઝલેટર*", "અમારું ન્યૂઝલેટર", "અમારું ન્યુઝલેટર"]),
        ask(Newsletter).max_words(16).phrases(&[
            "સીધા તમારા ઇનબોક્સ*",
            "સીધા તમારા ઈનબોક્સ*", "સીધું તમારા ઇનબોક્સ*", "સબ્સ્ક્રાઇબ કરવા બદલ આભાર", "સાઇન અપ કરવા બદલ આભાર",
            "ન્યૂઝલેટર માટે સાઇન અપ કરો", "ન્યુઝલેટર માટે સાઇન અપ કરો", "ન્યૂઝલેટર સબ્સ્ક્રાઇબ કરો",
        ]),
        // A bank's or the police's scam warning says "તમારો ઈમેલ કોઈને આપશો નહીં": the form's
        // opening, or cues.
        ask(Newsletter).at(Start).max_words(5).phrases(&[
            "તમારું ઈમેલ સરનામું દાખલ કરો", "તમારું ઇમેલ સરનામું દાખલ કરો", "તમારો ઈમેલ દાખલ કરો", "તમારો ઇમેલ દાખલ કરો",
            "તમારું ઈમેઈલ દાખલ કરો", "ઈમેલ આઈડી દાખલ કરો",
        ]),
        cue(Newsletter).weight(2.0).phrases(&["તમારા ઇનબોક્સ*", "તમારા ઈનબોક્સ*", "તમારું ઈમેલ સરનામું", "તમારું ઇમેલ સરનામું"]),
        cue(Newsletter).phrases(&["ન્યૂઝલેટર*", "ન્યુઝલેટર*", "ગોપનીયતા નીતિ", "પ્રાઇવસી પોલિસી", "પ્રાઈવસી પોલિસી"]),
        // "એપ" is written "એપ", "ઍપ" and "એપ્લિકેશન".
        ask(App).max_words(16).phrases(&[
            "અમારી એપ ડાઉનલોડ કરો", "અમારી ઍપ ડાઉનલોડ કરો", "અમારી એપ્લિકેશન ડાઉનલોડ કરો", "અમારી એપમાં વાંચો", "એપમાં વાંચો",
            "ઍપમાં વાંચો", "અમારી મોબાઇલ એપ", "અમારી મોબાઈલ એપ",
        ]),
        // A company's "અમારી એપ" in a business story: a cue.
        cue(App).phrases(&["અમારી એપ", "અમારી ઍપ", "અમારી એપ્લિકેશન"]),
        cue(App).weight(1.0).phrases(&["પ્લે સ્ટોર", "એપ સ્ટોર", "નોટિફિકેશન ચાલુ કરો", "નોટિફિકેશન ઓન કરો"]),
        ask(Cookie).max_words(16).phrases(&[
            "બધી કૂકીઝ સ્વીકારો", "બધી કુકીઝ સ્વીકારો", "અમારી કૂકી નીતિ", "અમારી કૂકી પોલિસી", "અમારી કૂકીઝ નીતિ",
            "કૂકી સેટિંગ્સ", "કૂકીઝ સેટિંગ્સ", "કૂકીઝના ઉપયોગ માટે સંમતિ",
        ]),
        // A banner opens with its formula and runs on past sixteen words (Gujarati says in
        // twenty what English says in twelve); a data protection story quotes it inside its
        // sentence ("... 'અમે કૂકીઝનો ઉપયોગ કરીએ છીએ' એવો સંદેશ દેખાય છે") or on a line of its
        // own: a block's opening, and the bare "we use cookies" a cue.
        line(Cookie).max_words(40).phrases(&[
            "અમે તમને શ્રેષ્ઠ અનુભવ આપવા માટે કૂકીઝ*",
            "આ વેબસાઇટ કૂકીઝનો ઉપયોગ કરે છે", "આ વેબસાઈટ કૂકીઝનો ઉપયોગ કરે છે", "આ સાઇટ કૂકીઝનો ઉપયોગ કરે છે",
            "આ વેબસાઇટ કુકીઝનો ઉપયોગ કરે છે", "આ વેબસાઇટનો ઉપયોગ ચાલુ રાખીને", "આ વેબસાઈટનો ઉપયોગ ચાલુ રાખીને",
        ]),
        cue(Cookie).weight(2.0).phrases(&[
            "અમે કૂકીઝનો ઉપયોગ કરીએ છીએ", "અમે કુકીઝનો ઉપયોગ કરીએ છીએ", "સંમતિ માનીશું", "સંમતિ માનવામાં આવશે",
        ]),
        cue(Cookie).phrases(&["કુકીઝ*", "કૂકી નીતિ", "કૂકી પોલિસી", "તમારા અનુભવને બહેતર બનાવવા", "તમારો અનુભવ સુધારવા"]),
        // "ફોલો કરો" is also to follow the rules, and the police's hoardings say "અમારી વોટ્સએપ
        // ચેનલ સાથે જોડાઓ અને છેતરાતા બચો.": with a platform or the outlet's channel in a short
        // block; the "click here" forms anywhere; a scam's slogan ("વોટ્સએપ ગ્રુપમાં જોડાઓ,
        // શેરબજારમાં કમાઓ.") is a button only.
        ask(Social).max_words(6).phrases(&[
            "ફેસબુક પર અમને ફોલો કરો", "અમને ફેસબુક પર ફોલો કરો", "સોશિયલ મીડિયા પર અમને ફોલો કરો", "અમને સોશિયલ મીડિયા પર ફોલો કરો",
            "અમારી વોટ્સએપ ચેનલ સાથે જોડાઓ", "અમારી વૉટ્સએપ ચેનલ સાથે જોડાઓ", "અમારી વોટ્સએપ ચેનલમાં જોડાઓ", "અમારા વોટ્સએપ ગ્રુપમાં જોડાઓ",
            "અમારી ટેલિગ્રામ ચેનલ સાથે જોડાઓ", "અમારી યુટ્યુબ ચેનલને સબ્સ્ક્રાઇબ કરો", "અમારી યૂટ્યૂબ ચેનલને સબ્સ્ક્રાઇબ કરો",
        ]),
        ask(Social).max_words(16).phrases(&[
            "ગૂગલ ન્યૂઝ પર ફોલો કરો", "ગૂગલ ન્યૂઝ પર અમને ફોલો કરો", "લિંક કૉપી થઈ ગઈ", "લિંક કોપી થઈ ગઈ", "લિંક કોપી થઇ ગઇ",
            "વોટ્સએપ ગ્રુપમાં જોડાવા માટે અહીં ક્લિક કરો", "વોટ્સએપ ચેનલ સાથે જોડાવા માટે અહીં ક્લિક કરો",
            "ટેલિગ્રામ ચેનલ સાથે જોડાવા માટે અહીં ક્લિક કરો", "વોટ્સએપ ચેનલ સાથે જોડાવા અહીં ક્લિક કરો",
        ]),
        // A police force's or a temple trust's "અમારી વોટ્સએપ ચેનલ દ્વારા" in a report: a cue.
        cue(Social).phrases(&["અમારી વોટ્સએપ ચેનલ", "અમારી વૉટ્સએપ ચેનલ", "અમારી ટેલિગ્રામ ચેનલ", "અમારી યુટ્યુબ ચેનલ", "અમારી સાથે જોડાયેલા રહો"]),
        ask(Social).at(Whole).phrases(&["આ સમાચાર શેર કરો", "આ લેખ શેર કરો"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["અમને ફૉલો કરો", "વોટ્સએપ ચેનલ સાથે જોડાઓ", "વોટ્સએપ ગ્રુપમાં જોડાઓ"]),
        // "For more Gujarati news": the line under a story that sends the reader to the
        // outlet's app, channel or page; a story on a broadcaster opens its sentence so too
        // ("વધુ ગુજરાતી સમાચાર માટે હવે ગામડાના દર્શકોએ ..."): a cue.
        cue(Related).weight(2.0).phrases(&[
            "વધુ ગુજરાતી સમાચાર માટે", "તાજા ગુજરાતી સમાચાર માટે", "લેટેસ્ટ ગુજરાતી સમાચાર માટે", "ગુજરાતી સમાચાર અને અપડેટ્સ માટે",
            "આવા વધુ સમાચાર માટે", "આવા જ વધુ સમાચાર માટે", "દેશ-દુનિયાના તાજા સમાચાર માટે",
        ]),
        // A read-also line opens no story's sentence; the `xx` pack holds the bare forms at a
        // line's opening: here the forms with their colon, or the visarga typed for one.
        line(Related).max_words(24).phrases(&[
            "આ પણ વાંચોઃ", "આ પણ વાંચો:", "આ પણ વાંચો :", "આ પણ વાંચો-", "આ પણ વાંચો -", "વધુ વાંચોઃ", "વધુ વાંચો:", "સંબંધિત સમાચારઃ",
            "સંબંધિત સમાચાર:", "વાંચોઃ", "જરૂર વાંચોઃ", "જરૂર વાંચો:", "જરૂર વાંચો -", "જરૂર વાંચો-",
        ]),
        // "આ પણ જુઓ" (see also) is a travel story's and a guide's own pointer: a cue.
        cue(Related).weight(2.0).phrases(&["આ પણ જુઓઃ", "આ પણ જુઓ:", "આ પણ જુઓ"]),
        // "તાજા સમાચાર મુજબ ..." (according to the latest reports) opens a story's line: a
        // heading's few words only.
        line(Related).max_words(3).phrases(&[
            "તાજા સમાચાર", "ટોપ ન્યૂઝ", "ટોપ સમાચાર", "મુખ્ય સમાચાર", "સંબંધિત લેખ", "ટ્રેન્ડિંગ સમાચાર", "અન્ય સમાચાર",
            "સૌથી વધુ વંચાયેલા", "આગળનો લેખ", "આગળના સમાચાર",
        ]),
        // (Not "આ પણ વાંચો" alone on its line here: the `xx` pack reads it at a line's opening;
        // not "તાજા સમાચાર", a column's crosshead too.)
        label(Related).weight(EDGE_WEIGHT).phrases(&[
            "સંબંધિત લેખો", "સૌથી વધુ વંચાયેલ", "ટ્રેન્ડિંગ", "તમને આ પણ ગમશે", "તમને આ પણ ગમી શકે છે", "અગાઉનો લેખ",
            "પાછલો લેખ", "વધુ જુઓ", "બધા જુઓ", "સંબંધિત પોસ્ટ્સ", "તાજેતરની પોસ્ટ્સ", "એડિટર્સ ચોઇસ",
        ]),
        // The agencies' formulas; the first-published ones are a cue (an essay's history:
        // "આ લેખ મૂળ રૂપે ગુજરાતીમાં લખાયો હતો").
        cue(Credit).phrases(&["આ લેખ મૂળરૂપે", "આ લેખ મૂળ રૂપે", "આ લેખ સૌપ્રથમ"]),
        ask(Credit).max_words(16).phrases(&[
            "એજન્સી ઇનપુટ સાથે", "એજન્સીના ઇનપુટ સાથે", "એજન્સી ઈનપુટ સાથે",
            "ભાષાના ઇનપુટ સાથે",
        ]),
        // The dateline's "પ્રતિનિધિ" ("(પ્રતિનિધિ દ્વારા) અમદાવાદ, ...") opens the story itself:
        // a cue, never a line.
        cue(Credit).phrases(&["પ્રતિનિધિ દ્વારા", "ખાસ પ્રતિનિધિ", "મૂળરૂપે પ્રકાશિત"]),
        // The byline under a headline ("અહેવાલઃ કિરણ દેસાઈ, જૂનાગઢ") is the story's: a cue.
        // (Not "તસવીર:" nor "ફોટો:" alone: a caption opens on them as often as a credit does;
        // not "લેખક:", "અનુવાદ:", a book review's facts box.)
        cue(Credit).phrases(&["અહેવાલઃ", "અહેવાલ:", "રિપોર્ટઃ", "રિપોર્ટ:"]),
        line(Credit).max_words(10).phrases(&[
            "સંકલનઃ", "સંકલન:", "તસવીર સૌજન્ય", "ફોટો સૌજન્ય", "તસવીરઃ સૌજન્ય", "સૌજન્યઃ", "સૌજન્ય:", "સંપાદનઃ", "સંપાદન:", "ઇનપુટઃ",
            "ઇનપુટ:",
        ]),
        line(Credit).max_words(12).phrases(&["લેખકનો સંપર્ક", "લેખકને ઈમેલ કરો"]),
        // A picture's credit that names no one, a line of its own ("પ્રતીકાત્મક તસવીર" is under
        // every stock image; both spellings of "symbolic").
        label(Credit).phrases(&[
            "પ્રતીકાત્મક તસવીર", "પ્રતિકાત્મક તસવીર", "પ્રતીકાત્મક ફોટો", "પ્રતિકાત્મક ફોટો", "પ્રતીકાત્મક તસ્વીર", "પ્રતિકાત્મક તસ્વીર",
            "ફાઇલ તસવીર", "ફાઈલ તસવીર", "ફાઇલ ફોટો", "ફાઈલ ફોટો", "સાંકેતિક તસવીર", "તસવીર સોશિયલ મીડિયા",
        ]),
        chrome(Other).at(Any).max_words(4).phrases(&["સર્વાધિકાર સુરક્ષિત", "સર્વ હક્ક સ્વાધીન", "સર્વ હકો સ્વાધીન", "બધા હક્કો સુરક્ષિત", "બધા હકો સુરક્ષિત"]),
        // A copyright or reproduction notice, a line of its own. (Not the bare "કોપીરાઇટ", a
        // court story's subheading.)
        chrome(Other).at(Whole).phrases(&["પરવાનગી વિના પુનઃપ્રકાશન પ્રતિબંધિત"]),
        // Small papers' and portals' footer line ("Contact for news and ads"), a short line (a
        // fraud story opens "જાહેરાત માટે સંપર્ક કરનાર શખ્સે ...").
        line(Other).max_words(6).phrases(&[
            "સમાચાર અને જાહેરાત માટે સંપર્ક", "સમાચાર તથા જાહેરાત માટે સંપર્ક", "જાહેરાત માટે સંપર્ક", "જાહેરાત આપવા માટે સંપર્ક",
        ]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&[
            "તમારી પાસે કોઈ સમાચાર છે", "તમારી આસપાસના સમાચાર મોકલો", "અમને સમાચાર મોકલો", "તમારા સમાચાર અમને મોકલો",
        ]),
        // An official's "અમારો સંપર્ક કરો: 02632-243238" is news: the bare words only.
        line(Other).max_words(3).phrases(&["અમારો સંપર્ક કરો", "અમારો સંપર્ક"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "બંધ કરો", "મંજૂર", "હમણાં નહીં", "અત્યારે નહીં", "પછીથી", "પછી યાદ અપાવો", "ના, આભાર", "ના આભાર", "સ્વીકારો", "બધું સ્વીકારો",
            "સ્વીકારું છું", "નકારો", "અસ્વીકાર કરો", "ચાલુ રાખો", "સંમત છું", "હું સંમત છું", "ઠીક છે", "બરાબર", "સમજાઈ ગયું",
            "લૉગિન", "લોગિન", "લૉગ ઇન", "સાઇન ઇન", "રદ કરો", "ફરી પ્રયાસ કરો", "આગળ", "પાછળ", "સેટિંગ્સ", "મંજૂરી આપો",
            "એક વખત", "દર મહિને", "અન્ય રકમ",
        ]),
        // A how-to's steps, each a line of its own ("લૉગિન કરો.", "ચુકવણી કરો.", a tax
        // guide's): a box's edges, not anchors.
        label_any().weight(EDGE_WEIGHT).phrases(&["લૉગિન કરો", "લોગિન કરો", "નોંધણી કરો", "રજિસ્ટર કરો", "મોકલો", "શોધો", "રકમ પસંદ કરો", "ચુકવણી કરો"]),
        // The question over a box, each a line of its own.
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "કોઈ સમાચાર ચૂકશો નહીં", "અપડેટ રહેવા માંગો છો", "આવા વધુ સમાચાર જોઈએ છે", "શું આ સમાચાર ઉપયોગી હતા",
        ]),
        outlet(Donation).phrases(&[
            "સ્વતંત્ર મીડિયા", "સ્વતંત્ર સમાચાર સંસ્થા", "બિન-નફાકારક", "બિનનફાકારક", "નોન-પ્રોફિટ", "જાહેરાત-મુક્ત", "જાહેરાતમુક્ત",
            "વાચકોના સહયોગથી ચાલતું", "વાચકોના સહયોગથી ચાલે છે", "વાચકોના સમર્થનથી", "વાચકોના સહયોગથી", "સૌના માટે મફત",
            "કોઈ પેવોલ નહીં", "કોઈ પક્ષની શેહશરમ વિના", "સરકારી જાહેરાતો પર આધાર રાખતા નથી",
        ]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["સુધારોઃ", "સુધારો:", "સ્પષ્ટતાઃ", "સ્પષ્ટતા:", "તંત્રી નોંધઃ", "તંત્રી નોંધ:", "અપડેટઃ", "અપડેટ:"]),
        notice().at(Any).phrases(&["આ સમાચાર અપડેટ થઈ રહ્યા છે", "આ અહેવાલ અપડેટ કરવામાં આવ્યો છે", "આ લેખ અપડેટ કરવામાં આવ્યો છે"]),
        // The quotative after a quoted ask marks the story quoting it ("'દાન આપો', એમ ટ્રસ્ટે
        // જણાવ્યું", "... સમર્થન આપો તેવી અપીલ કરી"), as Telugu "అంటూ", Kannada "ಎಂಬ".
        body().phrases(&[
            "એમ", "તેમ", "એવી અપીલ", "તેવી અપીલ", "એવી વિનંતી", "તેવી વિનંતી", "એવી માગ", "તેવી માગ", "એવી માંગ", "તેવી માંગ",
            "એવું કહ્યું", "તેવું કહ્યું", "એવું જણાવ્યું", "તેવું જણાવ્યું", "કહીને", "એવો સંદેશ", "તેવો સંદેશ",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, told,
        // added, urged, appealed, demanded, according to), which no box uses.
        body().phrases(&[
            "જણાવ્યું હતું", "જણાવ્યું કે", "કહ્યું હતું", "કહ્યું કે", "ઉમેર્યું હતું", "ઉમેર્યું કે", "તેમણે જણાવ્યું", "તેમણે કહ્યું",
            "અપીલ કરી હતી", "વિનંતી કરી હતી", "માગ કરી હતી", "માંગ કરી હતી", "માગણી કરી હતી", "આક્ષેપ કર્યો હતો",
            "આરોપ લગાવ્યો હતો", "સ્પષ્ટતા કરી હતી", "ખાતરી આપી હતી", "જાહેરાત કરી હતી", "પોલીસના જણાવ્યા અનુસાર",
            "પોલીસના જણાવ્યા મુજબ", "મળતી માહિતી મુજબ", "મળતી માહિતી અનુસાર", "પ્રાપ્ત માહિતી મુજબ", "સૂત્રોના જણાવ્યા મુજબ",
            "પત્રકારો સાથે વાત કરતા", "પત્રકારો સાથે વાતચીત કરતા", "મીડિયા સાથે વાત કરતા", "પત્રકાર પરિષદમાં",
            "નોંધનીય છે કે", "ઉલ્લેખનીય છે કે", "જણાવી દઈએ કે", "ફરિયાદ નોંધાવી", "ગુનો નોંધ્યો", "જણાવ્યું છે", "લખ્યું હતું", "લખ્યું છે",
            "જણાવાયું હતું", "કહેવાયું હતું",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "લેખક વિશે", "લેખકનો પરિચય", "લેખકના અન્ય લેખો", "આ લેખકના વધુ લેખો",
        ]),
        // A column's closing bio ("(લેખક વરિષ્ઠ પત્રકાર છે)"); not "લેખક" alone, a book
        // review's subject ("લેખક તેમની નવલકથામાં ...").
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "લેખક વરિષ્ઠ પત્રકાર", "લેખક જાણીતા પત્રકાર", "લેખક સ્વતંત્ર પત્રકાર", "લેખક નિવૃત્ત", "લેખક પ્રાધ્યાપક",
            "લેખક અર્થશાસ્ત્રી", "લેખક રાજકીય વિશ્લેષક", "લેખક સામાજિક કાર્યકર", "લેખિકા પત્રકાર", "લેખિકા પ્રાધ્યાપક",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["વરિષ્ઠ પત્રકાર છે", "કટાર લેખક છે"]),
        // "પ્રતિભાવ" is also a party's response ("કોંગ્રેસે પ્રતિભાવ આપ્યો"): the bare forms
        // in a few words only.
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "તમારો પ્રતિભાવ આપો", "તમારો અભિપ્રાય આપો", "તમારી ટિપ્પણી લખો", "તમારો પ્રતિભાવ લખો", "વાચકોના પ્રતિભાવ",
            "પ્રથમ પ્રતિભાવ આપો", "કોમેન્ટ કરો", "તમારી કોમેન્ટ લખો",
        ]),
        chrome(Other).part(Comments).max_words(3).phrases(&["પ્રતિભાવ", "પ્રતિભાવો", "કોમેન્ટ્સ", "કૉમેન્ટ્સ"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["પ્રતિભાવો", "કોમેન્ટ્સ", "કૉમેન્ટ્સ"]),
        ask(Other).part(Comments).phrases(&[
            "પ્રતિભાવ આપવા માટે લૉગિન કરો", "કોમેન્ટ કરવા માટે લૉગિન કરો", "ટિપ્પણી કરવા માટે લૉગિન કરો", "પ્રતિભાવ આપવા માટે લોગિન કરો",
        ]),
        // The reactions widget under a story ("આ સમાચાર વાંચીને તમને કેવું લાગ્યું?").
        chrome(Other).part(Comments).max_words(12).phrases(&["આ સમાચાર વાંચીને તમને કેવું લાગ્યું", "આ લેખ વાંચીને તમને કેવું લાગ્યું"]),
        ask(Other).part(Disclaimer).phrases(&[
            "લેખમાં વ્યક્ત કરાયેલા વિચારો", "લેખમાં વ્યક્ત થયેલા વિચારો", "લેખકના અંગત વિચારો", "લેખકના અંગત મંતવ્યો",
            "લેખકના પોતાના વિચારો",
        ]),
        // The health, astrology and remedy pages' note ("Disclaimer: અહીં આપવામાં આવેલી માહિતી
        // સામાન્ય માન્યતાઓ પર આધારિત છે. ... તેની પુષ્ટિ કરતું નથી."): a block's opening.
        chrome(Other).part(Disclaimer).max_words(40).phrases(&["ડિસ્ક્લેમરઃ", "ડિસ્ક્લેમર:", "અસ્વીકરણઃ", "અસ્વીકરણ:"]),
        ask(Other).part(Disclaimer).at(Start).max_words(60).phrases(&["અહીં આપવામાં આવેલી માહિતી", "અહીં આપેલી માહિતી"]),
        cue(Other).part(Disclaimer).weight(2.0).phrases(&["સામાન્ય માન્યતાઓ પર આધારિત", "તેની પુષ્ટિ કરતું નથી", "તેની પુષ્ટિ કરતા નથી"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&[
            "આગળનું પાનું", "પાછલું પાનું", "આગળનું પેજ", "પાછલું પેજ", "મુખ્ય સામગ્રી પર જાઓ", "સામગ્રી પર જાઓ", "ભૂલની જાણ કરો",
            "હોમપેજ પર પાછા જાઓ",
        ]),
        ask(Other).part(Navigation).phrases(&["તમારું બ્રાઉઝર જૂનું છે", "તમારું બ્રાઉઝર આ વીડિયોને સપોર્ટ કરતું નથી", "જાવાસ્ક્રિપ્ટ ચાલુ કરો"]),
        // The advertisement slot's label and the line under it, a line of its own.
        // ("જાહેરાત" is also any announcement and a story's subheading: at an edge's weight.)
        label(Ad).weight(EDGE_WEIGHT).phrases(&["જાહેરાત"]),
        label(Ad).phrases(&[
            "પ્રાયોજિત", "સ્પોન્સર્ડ", "એડવર્ટાઇઝમેન્ટ", "જાહેરાત પછી સમાચાર ચાલુ", "સમાચાર નીચે ચાલુ છે",
            "લેખ નીચે ચાલુ છે", "પ્રાયોજિત લેખ", "સ્પોન્સર્ડ કન્ટેન્ટ", "પ્રાયોજિત સામગ્રી",
        ]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story on
        // online fraud quotes such lines).
        cue(Ad).weight(2.5).max_words(45).phrases(&["અમને કમિશન મળી શકે છે", "એફિલિએટ લિંક"]),
        // Page chrome by part: a player's, a gallery's, a live blog's, the page's tools;
        // evidence at 2.5.
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&[
            "વીડિયો પ્લે કરો", "આ સમાચાર સાંભળો", "આ લેખ સાંભળો", "સમાચાર સાંભળો", "વીડિયો જુઓ", "વિડિયો જુઓ",
        ]),
        chrome(Other).part(Player).weight(2.5).max_words(10).phrases(&["આ પોસ્ટ ઇન્સ્ટાગ્રામ પર જુઓ"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&[
            "ફોટો ગેલેરી", "તસવીરો જુઓ", "આગળનો ફોટો", "પાછળનો ફોટો", "બધી તસવીરો જુઓ", "ફુલ સ્ક્રીન",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["લાઇવ", "લાઈવ"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["લાઇવ અપડેટ્સ", "લાઈવ અપડેટ્સ", "જીવંત પ્રસારણ", "લાઇવ બ્લોગ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ફોન્ટ સાઇઝ", "અક્ષરનું કદ", "પ્રિન્ટ કરો", "અંગ્રેજીમાં વાંચો"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ટૅગ્સ", "ટેગ્સ", "ટેગ", "કીવર્ડ્સ"]),
        // A line of the bank details under an ask ("ખાતા નંબર: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&[
            "ખાતા નંબર", "એકાઉન્ટ નંબર", "ખાતાધારકનું નામ", "ખાતાનું નામ", "બેંકનું નામ", "બેન્કનું નામ", "આઈએફએસસી કોડ",
            "આઇએફએસસી કોડ", "યુપીઆઈ આઈડી", "યુપીઆઇ આઇડી",
        ]),
        // A box's edges as forms and widgets print them, each a line of its own: a sign-up
        // form's button and field, an offer's, an app's, a donation's and a share row's
        // buttons, and the openings of a form's fine print.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&[
            "ન્યૂઝલેટર", "ન્યુઝલેટર", "ઈમેલ સરનામું", "ઇમેલ સરનામું", "તમારું ઈમેલ સરનામું", "ઈમેલ", "ઇમેલ", "ઈમેઈલ",
            "ન્યૂઝલેટર માટે સાઇન અપ કરો",
        ]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "સબ્સ્ક્રાઇબ કરીને તમે", "સાઇન અપ કરીને તમે", "નોંધણી કરીને તમે", "ગમે ત્યારે અનસબ્સ્ક્રાઇબ",
            "અમે તમારો ઈમેલ કોઈની સાથે શેર", "અમે તમારું ઈમેલ કોઈની સાથે શેર", "ખાતરી કરવા માટે તમારું ઇનબોક્સ",
        ]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "હમણાં જ સબ્સ્ક્રાઇબ કરો", "સબ્સ્ક્રાઇબ", "પ્લાન જુઓ", "ઓફર જુઓ", "ઑફર જુઓ", "પ્લાન પસંદ કરો",
            "ફ્રી ટ્રાયલ શરૂ કરો", "હું સબ્સ્ક્રાઇબ કરવા માંગુ છું",
        ]),
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "એપ ડાઉનલોડ કરો", "ઍપ ડાઉનલોડ કરો", "એપમાં ખોલો", "ઍપમાં ખોલો", "હમણાં જ ડાઉનલોડ કરો", "ગૂગલ પ્લે પર મેળવો",
            "એપ ઇન્સ્ટોલ કરો",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "સમર્થન આપો", "સહયોગ આપો", "સહયોગ કરો", "સપોર્ટ કરો", "દાન કરો", "દાન આપો", "ડોનેટ કરો", "ફાળો આપો", "હમણાં જ સમર્થન આપો", "માસિક સમર્થન", "એક વખત માત્ર",
            "રકમ દાખલ કરો", "હું સમર્થન આપું છું", "હું દાન આપવા માંગુ છું", "હમણાં ટેકો કરો",
        ]),
        label(Membership).weight(EDGE_WEIGHT).phrases(&["સભ્ય બનો", "મેમ્બર બનો", "હું સભ્ય બનવા માંગુ છું", "હું પહેલેથી સભ્ય છું"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&[
            "શેર", "લિંક કૉપી કરો", "લિંક કોપી કરો", "ફેસબુક પર શેર કરો", "વોટ્સએપ પર શેર કરો", "ઈમેલ કરો", "અમને ફોલો કરો",
            "પ્રિન્ટ", "ફોલો કરો",
        ]),
        // The platforms of a share bar in the spellings the `xx` pack's prefixes miss, with
        // their glued endings ("ટ્વીટર પર", "વ્હોટ્સએપમાં").
        platform(Social).max_words(12).phrases(&["વ્હોટ્સએપ*", "વ્હોટસએપ*", "વોટસએપ*", "ટ્વીટર*", "ઈન્સ્ટાગ્રામ*", "ફેસબૂક*"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["તમને આ પણ ગમશે:", "તમને આ પણ ગમશેઃ", "આ પણ વાંચજો:", "આ પણ વાંચજોઃ"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["લાઇવ ટીવી જુઓ", "લાઈવ ટીવી જુઓ", "લાઇવ સાંભળો", "લાઈવ સાંભળો", "જીવંત પ્રસારણ જુઓ"]),
        ask(Social).max_words(30).phrases(&["અમારી વોટ્સએપ ચેનલને ફોલો કરો", "અમારી વૉટ્સએપ ચેનલને ફોલો કરો"]),
        line(Subscription).max_words(10).phrases(&["ઈ-પેપર વાંચો", "ઇ-પેપર વાંચો", "આજનું ઈ-પેપર", "આજનું ઇ-પેપર", "આજનું અખબાર વાંચો"]),
        label(Subscription).phrases(&["ઈ-પેપર", "ઇ-પેપર", "ઈપેપર", "ઇપેપર"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["તમારા વિસ્તારના સમાચાર અમને મોકલો", "ફોટો અને વીડિયો અમને મોકલો"]),
        label(Other).phrases(&["સમાચાર મોકલો"]),
        ask(Ad).max_words(35).phrases(&["નિયમો અને શરતો લાગુ"]),
        label(Ad).phrases(&["રજીસ્ટર કરો"]),
        ask(Ad).max_words(35).phrases(&["અમારી ટીમમાં જોડાઓ"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["તમારું ઇમેઇલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં"]),
    ],
    // The exclusive "we" of the outlet; not "આપણે", "આપણા", "આપણું" (the inclusive "we" of
    // every speech a story quotes).
    we: &["અમે", "અમારા", "અમારી", "અમારું", "અમારો", "અમને", "અમારે"],
    // The everyday "તમે" (the plural, also the polite singular) and the familiar "તું". Not
    // the honorific "આપ", "આપના", "આપને": "આપ" is the Aam Aadmi Party in every Gujarat
    // political story ("આપના ઉમેદવાર", AAP's candidate) and the verb "give" ("આપ", "આપો"). Not
    // "તારા", "તારો" (your, familiar): they are also "stars", "star".
    you: &["તું", "તને", "તારું", "તમે", "તમારા", "તમારી", "તમારું", "તમારો", "તમને"],
};
