//! Armenian, in the Armenian script (the ligature "և" and the spelled-out "եւ" both stand for
//! "and"; "՝" marks a pause where other languages write a colon: "Հեղինակ՝"). Pages write
//! e-mail as "էլ. փոստ" or "էլփոստ" and cookies as "քուքի" or "cookie ֆայլեր": the formulas
//! that matter most are listed each way.
//!
//! News shares the vocabulary: "հավելված" is also a law's annex, "տեղեկագիր" an office's
//! bulletin, "անդամակցություն" Armenia's membership of the EAEU or the CSTO, and a quoted
//! speaker says "աջակցեք մեզ" (farmers, a candidate). The imperatives open only a short
//! block; anywhere only forms no report holds ("ընտրեք նվիրատվության գումարը",
//! "բաժանորդագրվեք մեր տեղեկագրին", "ներբեռնեք մեր հավելվածը").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "hy",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["կարդալու ժամանակը", "րոպե ընթերցանություն"]),
        header(Donation).max_words(14).phrases(&[
            "աջակցեք մեզ", "աջակցեք անկախ լրագրությանը", "աջակցեք անկախ մեդիային", "մեզ անհրաժեշտ է ձեր աջակցությունը",
        ]),
        header(Donation).max_words(4).phrases(&["մինչ կգնաք", "նախքան կգնաք"]),
        ask(Donation).weight(3.5).phrases(&[
            "ընտրեք նվիրատվության գումարը", "ընտրեք աջակցության գումարը", "աջակցեք մեր աշխատանքին",
            "աջակցեք մեր խմբագրությանը", "ձեր նվիրատվությունը օգնում է մեզ",
        ]),
        // Farmers shout "Աջակցե՛ք մեզ", a charity says "յուրաքանչյուր նվիրատվություն կարևոր է":
        // a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "աջակցիր մեզ", "նվիրաբերեք", "նվիրաբերիր", "կատարեք նվիրատվություն", "կատարիր նվիրատվություն",
            "յուրաքանչյուր նվիրատվություն կարևոր է", "յուրաքանչյուր դրամ կարևոր է", "դարձեք մեր աջակիցը",
            "դարձիր մեր աջակիցը", "մեզ անհրաժեշտ է քո աջակցությունը", "աջակցիր անկախ լրագրությանը",
        ]),
        cue(Donation).phrases(&[
            "ձեր աջակցությունը", "ձեր աջակցությամբ", "ձեր աջակցության", "առանց ձեր աջակցության", "քո աջակցությունը", "անկախ լրագրություն", "ամսական նվիրատվություն",
            "միանվագ նվիրատվություն", "ընտրեք գումարը",
        ]),
        cue(Donation).weight(0.5).phrases(&["նվիրատվությ*", "նվիրաբեր*", "աջակիցներ*"]),
        salutation(Donation).max_words(6).phrases(&[
            "հարգելի ընթերցող", "հարգելի ընթերցողներ", "սիրելի ընթերցող", "սիրելի ընթերցողներ",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["ձեզ դուր եկավ հոդվածը", "քեզ դուր եկավ հոդվածը", "ձեզ դուր եկավ նյութը"]),
        ask(Membership).phrases(&["դարձեք մեր անդամը", "միացեք մեր համայնքին", "դարձիր մեր անդամը", "միացիր մեր համայնքին"]),
        // "Միացե՛ք մեզ" is the protesters' call; "անդամ դառնալ" a country joining the EU.
        ask(Membership).at(Start).max_words(8).phrases(&["դարձեք անդամ", "դարձիր անդամ", "միացեք մեզ"]),
        cue(Membership).weight(0.5).phrases(&["անդամակցությ*"]),
        ask(Subscription).phrases(&[
            "արդեն բաժանորդ եք", "արդեն ունեք բաժանորդագրություն", "կարող եք չեղարկել ցանկացած պահի",
            "չեղարկեք ցանկացած պահի", "ընտրեք բաժանորդագրության փաթեթը",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["բաժանորդագրվեք", "բաժանորդագրվիր"]),
        cue(Subscription).phrases(&["թվային բաժանորդագրություն", "առաջին ամիսն անվճար", "անսահմանափակ հասանելիություն"]),
        cue(Subscription).weight(0.5).phrases(&["բաժանորդագր*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "հոդվածն ամբողջությամբ կարդալու համար", "հոդվածը շարունակելու համար", "այս հոդվածը հասանելի է միայն բաժանորդներին",
            "այս նյութը հասանելի է միայն բաժանորդներին", "անվճար հոդվածների սահմանաչափը սպառվել է",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["ընթերցումը շարունակելու համար", "ամբողջությամբ կարդալու համար"]),
        cue(Paywall).phrases(&["միայն բաժանորդների համար", "միայն բաժանորդներին"]),
        ask(Newsletter).phrases(&[
            "բաժանորդագրվեք մեր տեղեկագրին", "բաժանորդագրվիր մեր տեղեկագրին", "մեր տեղեկագիրը", "մեր նորությունների տեղեկագիրը",
            "կարող եք ապաբաժանորդագրվել ցանկացած պահի", "շնորհակալություն բաժանորդագրվելու համար",
        ]),
        // The police warn about "ձեր էլ. փոստին եկած հղումը": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "մուտքագրեք ձեր էլ. փոստը", "մուտքագրեք ձեր էլփոստը", "մուտքագրեք ձեր էլ. հասցեն", "ստացեք նորությունները էլ. փոստով",
        ]),
        cue(Newsletter).phrases(&["ձեր էլ. փոստին", "ձեր էլփոստին", "էլ. փոստի հասցեն", "գաղտնիության քաղաքականություն"]),
        ask(App).phrases(&["ներբեռնեք մեր հավելվածը", "ներբեռնիր մեր հավելվածը", "մեր բջջային հավելվածը"]),
        ask(App).at(Start).max_words(8).phrases(&["ներբեռնեք հավելվածը", "ներբեռնիր հավելվածը"]),
        cue(App).phrases(&["մեր հավելվածում", "մեր հավելվածը"]),
        ask(Cookie).phrases(&["քուքիների կարգավորումներ", "ընդունել բոլոր քուքիները", "cookie ֆայլերի կարգավորումներ"]),
        // Reports quote banners too: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "մենք օգտագործում ենք քուքիներ", "մենք օգտագործում ենք cookie ֆայլեր", "այս կայքը օգտագործում է քուքիներ",
            "այս կայքն օգտագործում է քուքիներ", "այս կայքը օգտագործում է cookie ֆայլեր", "քուքիների քաղաքականություն",
        ]),
        cue(Cookie).phrases(&["քուքիներ", "cookie ֆայլեր"]),
        ask(Social).phrases(&[
            "հետևեք մեզ ֆեյսբուքում", "հետևեք մեզ ինստագրամում", "միացեք մեր տելեգրամ ալիքին",
            "բաժանորդագրվեք մեր յութուբյան ալիքին", "հղումը պատճենված է", "հղումը պատճենվեց",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["հետևեք մեզ", "հետևիր մեզ", "կիսվեք հոդվածով"]),
        label(Ad).phrases(&["գովազդ", "հովանավորված", "գործընկերային նյութ", "գովազդային նյութ"]),
        line(Related).max_words(24).phrases(&[
            "կարդացեք նաև", "կարդացեք նաեւ", "առնչվող նյութեր", "նույն թեմայով:", "ձեզ կարող է հետաքրքրել",
            "ամենաընթերցվածը:", "վերջին լուրեր:", "այլ նորություններ:",
        ]),
        line(Related).max_words(3).phrases(&["ամենաընթերցվածը", "վերջին լուրեր", "այլ նորություններ", "ամենաընթերցված"]),
        label(Related).phrases(&["նույն թեմայով", "թեմայով", "գլխավոր լուրեր", "լրահոս"]),
        ask(Credit).max_words(40).phrases(&[
            "կարող են չհամընկնել խմբագրության դիրքորոշման հետ", "կարող է չհամընկնել խմբագրության դիրքորոշման հետ",
            "հեղինակի անձնական կարծիքն է",
        ]),
        // "Հոդվածն առաջին անգամ հրապարակվել է 1995 թվականին ամսագրում" is a book's history too.
        ask(Credit).at(Start).max_words(40).phrases(&["այս հոդվածն առաջին անգամ հրապարակվել է", "այս նյութն առաջին անգամ հրապարակվել է"]),
        cue(Credit).phrases(&["առաջին անգամ հրապարակվել է"]),
        line(Credit).max_words(10).phrases(&["հեղինակ՝", "հեղինակ:", "թարգմանությունը՝", "թարգմանիչ՝", "խմբագիր՝"]),
        chrome(Other).max_words(10).phrases(&["բոլոր իրավունքները պաշտպանված են",]),
        label(Other).phrases(&["մեկնաբանություններ", "մեկնաբանել"]),
        label_any().phrases(&[
            "փակել", "ոչ, շնորհակալություն", "ավելի ուշ", "հիշեցնել ավելի ուշ", "ընդունել", "մերժել", "շարունակել",
            "կիսվել", "տպել", "մուտք", "գրանցում", "ամսական", "միանվագ", "այլ գումար", "ավելին", "կարդալ ավելին",
            "հասկանալի է", "ընդունել բոլորը", "մերժել բոլորը", "կարգավորումներ", "աջակցել", "նվիրաբերել",
            "բաժանորդագրվել", "պատճենել հղումը",
        ]),
        outlet(Donation).phrases(&[
            "անկախ լրատվամիջոց", "անկախ մեդիա", "ոչ առևտրային", "առանց գովազդի", "ընթերցողների աջակցությամբ",
            "անվճար բոլորի համար",
        ]),
        notice().phrases(&["թարմացում՝", "ուղղում՝"]),
        body().phrases(&["ասաց", "հայտնել է", "նշել է", "ասել է", "հավելել է", "ընդգծել է"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["հեղինակի մասին", "հեղինակի այլ հոդվածներ", "հեղինակի բոլոր հոդվածները"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["հեղինակը լրագրող է"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["անցնել բովանդակությանը"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["գրել մեկնաբանություն", "թողնել մեկնաբանություն", "ավելացնել մեկնաբանություն", "դիտել մեկնաբանությունները", "ընթերցողների մեկնաբանություններ"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["մեկնաբանություններ", "մեկնաբանություն"]),
        ask(Other).part(Comments).phrases(&["մեկնաբանությունները մոդերացվում են", "մեկնաբանությունների կանոններ"]),
        ask(Other).part(Disclaimer).phrases(&["հեղինակի անձնական կարծիքն", "հոդվածն արտահայտում է հեղինակի"]),
        cue(Other).part(Disclaimer).phrases(&["կարող է չհամընկնել", "խմբագրության տեսակետի"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["հաջորդ էջ", "նախորդ էջ", "հայտնել սխալի մասին"]),
        ask(Other).part(Navigation).phrases(&["ձեր դիտարկիչը հնացած է"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "այս հոդվածը պատրաստվել է", "հոդվածը պատրաստվել է", "նյութը պատրաստվել է", "այս նյութը պատրաստվել է",
            "այս հրապարակումը պատրաստվել է", "այս հրապարակումը ստեղծվել է", "հրապարակումը պատրաստվել է",
            "այս հոդվածը ստեղծվել է", "նյութը հրապարակվում է", "հոդվածը հրապարակվում է", "հոդվածը գրվել է",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["տես նաև", "տես նաեւ", "տեսեք նաև", "նաև կարդացեք"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["առնչվող հոդվածներ", "նմանատիպ նյութեր", "ամենադիտված", "խմբագրի ընտրություն", "վերջին նորություններ"]),
        label(Social).phrases(&["կիսվեք", "կիսվիր"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["լսել հոդվածը"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["չեղարկել պատասխանը"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["եթե նկատել եք վրիպակ"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["անվճար հոդված", "անվճար հոդվածներ", "անվճար հոդվածից", "մնացած հոդվածներ"]),
        ask(Paywall).max_words(30).phrases(&["սա ձեր վերջին անվճար հոդվածն է", "վերջին անվճար հոդվածը", "դուք կարդացել եք բոլոր անվճար հոդվածները", "անվճար հոդվածների սահմանաչափը սպառված է", "դուք հասել եք անվճար հոդվածների սահմանաչափին"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["հոդվածի շարունակությունը հասանելի է բաժանորդներին", "ամբողջական հոդվածը կարդալու համար"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["հոդվածը շարունակվում է գովազդից հետո", "հոդվածի շարունակությունը գովազդից հետո", "նյութը շարունակվում է գովազդից հետո", "շարունակությունը գովազդից հետո", "հոդվածը շարունակվում է ներքևում", "շարունակությունը ներքևում"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["գովազդային հոդված", "հովանավորված նյութ", "հովանավորվող բովանդակություն", "գործընկերոջ նյութ", "վճարովի նյութ", "գովազդի իրավունքով"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["հոդվածը պարունակում է գործընկերային հղումներ", "կարող ենք ստանալ միջնորդավճար"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["հղումը պարտադիր է", "ակտիվ հղումը պարտադիր է", "արտատպումն արգելվում է", "նյութերի օգտագործման դեպքում"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["թողեք մեկնաբանություն"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["արխիվային լուսանկար", "անձնական արխիվ", "անձնական արխիվից", "էկրանի պատկեր", "կադր տեսանյութից"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["դիտել տեսանյութը"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["պիտակներ", "թեգեր", "բանալի բառեր"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["հաշվեհամար", "բանկային հաշիվ", "հաշվի սեփականատեր", "ստացողի անվանում", "վճարման նպատակ"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["բաժանորդագրվել լրատուին", "ձեր էլ. փոստը", "ձեր էլ. հասցեն", "էլ. փոստի հասցե", "էլ. հասցե"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["գրանցվեք"]),
        label(Subscription).phrases(&["բաժանորդագրվել հիմա", "դիտել առաջարկները", "անվճար փորձաշրջան", "սկսել անվճար փորձաշրջանը", "դառնալ անդամ", "մուտք գործել", "մուտք գործեք", "արդեն բաժանորդ ե՞ք", "ընտրել փաթեթը"]),
        label(App).phrases(&["ներբեռնել հավելվածը", "ներբեռնել app store-ից", "ներբեռնեք app store-ից", "ստանալ google play-ում", "ներբեռնել google play-ից", "տեղադրել հավելվածը"]),
        label(Donation).phrases(&["նվիրաբերել հիմա", "աջակցել հիմա", "ամսական աջակցություն", "միանգամյա նվիրատվություն", "մուտքագրեք գումարը", "դարձեք աջակից", "աջակցել ամեն ամիս"]),
        label(Social).phrases(&["կիսվել facebook-ում", "կիսվել whatsapp-ով", "ուղարկել էլ. փոստով", "կիսվել x-ում", "կիսվել telegram-ով", "ուղարկել ընկերոջը", "տպել հոդվածը"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["բաժանորդագրվելով՝ դուք համաձայնում եք", "բաժանորդագրվելով դուք", "գրանցվելով՝ դուք", "կարող եք ցանկացած պահի", "մենք երբեք չենք փոխանցի", "համաձայն եմ գաղտնիության քաղաքականությանը", "համաձայն եմ անձնական տվյալների մշակմանը", "ստուգեք ձեր էլ. փոստը"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["հավանեցիք հոդվածը", "չեք ուզում բաց թողնել կարևորը", "ուզում եք ավելին կարդալ", "հոդվածը օգտակար էր"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["հայտնեց", "նշեց", "ընդգծեց", "հավելեց", "պարզաբանեց", "բացատրեց", "հայտարարեց", "հայտարարել է", "հաստատեց", "հաստատել է", "հերքեց", "հերքել է", "խոստովանեց", "զգուշացրեց", "զգուշացրել է", "հիշեցրեց", "հիշեցրել է", "պատասխանեց", "հարցրեց", "գրել է", "հաղորդում է", "հայտնում է", "տեղեկացնում է", "նրա խոսքով", "նրա խոսքերով", "հարցազրույցում", "լրագրողների հետ զրույցում", "լրագրողներին", "ասում է", "նշում է", "պնդեց", "պնդում է", "պարզաբանել է", "բացատրել է", "շեշտեց", "ասացին", "հայտնեցին", "նշեցին"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["ֆոտոշարք", "պատկերասրահ", "ֆոտոռեպորտաժ", "մեծացնել"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["հաջորդ լուսանկարը", "նախորդ լուսանկարը", "ամբողջ էկրանով", "բոլոր լուսանկարները"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["թարմացնել"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ուղիղ եթեր", "ուղիղ միացում", "ուղիղ հեռարձակում", "թարմացվել է", "բեռնել ավելին"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["տառաչափ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["տեքստի չափը"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["նվագարկել", "ենթագրեր"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["անջատել ձայնը", "միացնել ձայնը", "ավտոմատ նվագարկում", "նվագարկման արագություն"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["ձեզ դո՞ւր եկավ հոդվածը", "օգտակա՞ր էր այս հոդվածը", "գնահատո՞ւմ եք մեր աշխատանքը", "ցանկանո՞ւմ եք ավելի շատ նման նյութեր"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["շնորհակալություն ընթերցելու համար", "շնորհակալություն կարդալու համար", "շնորհակալ ենք, որ կարդացիք մինչև վերջ", "շնորհակալ ենք, որ կարդացիք մինչեւ վերջ", "շնորհակալություն, որ կարդացիք"]),
        cue(Donation).weight(2.0).phrases(&["ձեր նվիրատվությունը կկրկնապատկվի", "յուրաքանչյուր նվիրատվություն կկրկնապատկվի"]),
        cue(Donation).weight(2.0).phrases(&["ցանկացած գումար", "յուրաքանչյուր ներդրում կարևոր է", "նույնիսկ փոքր գումարը"]),
        cue(Subscription).phrases(&["տպագիր տարբերակ", "էլեկտրոնային տարբերակ", "թերթի pdf տարբերակը", "տպագիր թերթը"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["աջակցում եմ", "ուզում եմ աջակցել", "ցանկանում եմ աջակցել", "նվիրաբերում եմ"]),
        label(Membership).phrases(&["ուզում եմ անդամ դառնալ", "արդեն անդամ եմ", "միանում եմ"]),
        label(Subscription).phrases(&["բաժանորդագրվում եմ", "ուզում եմ բաժանորդագրվել", "արդեն բաժանորդ եմ"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["կարդացեք նաև:", "կարդացեք նաեւ:", "կարդա նաև:", "կարդա նաեւ:", "տես նաև:", "տես նաեւ:", "դիտեք նաև:", "ավելին կարդացեք:", "առնչվող նորություններ:", "նմանատիպ նորություններ:", "թեմայի շուրջ:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["դիտեք ուղիղ եթերը", "լսեք ուղիղ եթերը", "դիտել ուղիղ եթերը"]),
        ask(Social).max_words(30).phrases(&["միացեք մեր telegram ալիքին", "միացե՛ք մեր telegram ալիքին", "միացե՛ք մեր տելեգրամ ալիքին", "միացեք մեր whatsapp ալիքին", "բաժանորդագրվեք մեր telegram ալիքին"]),
        label(Social).phrases(&["միանալ ալիքին"]),
        ask(Other).part(Comments).max_words(60).phrases(&["վիրավորական մեկնաբանությունները կհեռացվեն", "մեկնաբանությունների համար խմբագրությունը պատասխանատվություն չի կրում"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["գրեք մեզ", "ուղարկեք մեզ", "կապվեք խմբագրության հետ", "գրեք խմբագրությանը"]),
        ask(Ad).max_words(35).phrases(&["միացեք մեր թիմին", "փնտրում ենք լրագրող"]),
        label(Ad).phrases(&["գնել տոմսեր"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["պարտադիր դաշտերը նշված են", "փոստի հասցեն չի հրապարակվելու"]),
        label(Other).part(Comments).phrases(&["թողնել պատասխան", "ուղարկել մեկնաբանություն", "հրապարակել մեկնաբանությունը"]),
    ],
    we: &["մենք", "մեր", "մեզ", "մեզ համար"],
    you: &["դու", "քո", "քեզ", "դուք", "ձեր", "ձեզ"],
};
