//! Burmese (Myanmar), in the Myanmar script (Unicode; not the Zawgyi font encoding).
//!
//! Written from how Burmese news sites (the Yangon dailies' and weeklies' portals, the
//! broadcasters' Burmese services, the exile and independent outlets, news apps, digital
//! start-ups and small independent outlets) word their page furniture and appeals in
//! general (not one site's wording). English words stand beside the Burmese ones, in Latin
//! letters ("Subscribe", "Follow us", the English pack's) and in the Myanmar script
//! ("ဖေ့စ်ဘွတ်ခ်", "အက်ပ်", "ကွတ်ကီး", "ဆပ်စ်ခရိုက်"), and sites mix the two inside one
//! formula ("Follow လုပ်ပါ", "app ကို"): the mixed forms are rows here, in lower case.
//!
//! Burmese writes no spaces between the words of a phrase and a space, or none, between
//! phrases: the matcher treats each Myanmar character as a word start, as it does Thai's, so
//! a phrase matches wherever its characters stand, also inside a longer word or before any
//! ending ("ပံ့ပိုး" holds "ပံ့ပိုးမှု", "ပံ့ပိုးကူညီပေးပါ"). A row's phrase ends where its
//! meaning does, and the spacing a formula is written with varies ("ပံ့ပိုးကူညီပါ",
//! "ပံ့ပိုး ကူညီပါ"): the formulas that matter most are listed both ways. Marks are stored in
//! the composed order the text is read in (the dot below before the asat: "နှင့်"). A word
//! counts four characters, marks included, so a Burmese line counts about twice its words:
//! the word limits of these rows are the other packs' limits doubled (a box's opening in
//! ten, a heading in twelve, an ask anywhere in thirty-two).
//!
//! The polite particle "ပါ" makes the imperative ("ကူညီပါ", please help) and the polite
//! statement alike ("ကူညီပါသည်", it helps), and the bare imperative is inside the statement:
//! the bare asks are buttons (a line of their own, an edge's weight) or a short block's
//! opening. News uses the appeal's words every day: "လှူဒါန်း" (donate) and "အလှူငွေ"
//! (donations) are every monastery's, relief group's and funeral society's, with their bank
//! and KPay accounts; "ပံ့ပိုး", "ထောက်ပံ့" (support) every aid group's and donor
//! government's, "ကူညီ" (help) any aid, "ထောက်ခံ" (support) a party's; "အသင်းဝင်" (member)
//! every association's and union's, "စာရင်းသွင်း" (register, subscribe) every voter's,
//! student's and scheme's; "မျှဝေ" (share) also to share knowledge, "စောင့်ကြည့်" (follow)
//! also to monitor; "အမှီအခိုကင်းသော" (independent) every independent commission and
//! candidate, "လွတ်လပ်သော" (free) every press-freedom story. Anywhere stand only the
//! formulas that name the outlet's readers, its news work or its boxes ("သင်ကဲ့သို့သော
//! စာဖတ်သူများ၏ ပံ့ပိုးမှု", "ကွတ်ကီးများကို အသုံးပြု", "သတင်းလွှာကို စာရင်းသွင်း"). A report
//! tells an ask with the quotative "ဟု", "ဟူ၍", "ဟူသော", colloquially "လို့" ("… ကူညီကြပါ ဟု
//! ပြောသည်"), and ends its sentences on "ပြောကြားသည်", "သိရသည်", broadcast style on
//! "ပြောပါတယ်", "သိရပါတယ်": those are body rows. No row holds a how-to step ("download the
//! app", "register on the site", what every scheme story says) but as a button.
//!
//! The reader is addressed with the written "သင်" (its possessive "သင်၏", "သင့်ရဲ့", its
//! dative "သင့်အား", "သင့်အတွက်") and, politely, "လူကြီးမင်း" and "ခင်ဗျား"; the familiar
//! "မင်း", "နင်" are left out (see the pronoun table). The outlet's "we" is "ကျွန်ုပ်တို့" and
//! its spoken forms "ကျွန်တော်တို့", "ကျနော်တို့", "ကျွန်မတို့"; the familiar "ငါတို့" is the
//! slogans' ("ငါတို့အရေး") and is left out.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "my",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("၃ မိနစ်ဖတ်ရန်").
        chrome(Other).at(Any).max_words(6).phrases(&["မိနစ်ဖတ်ရန်", "မိနစ် ဖတ်ရန်", "ဖတ်ရှုရန်ကြာချိန်"]),
        // The outlet's own work named: no report says these. A press-freedom day's speakers
        // urge "support free media" too, and a seminar takes it for its title: that heading
        // is below an anchor's weight, and a box's body beside it must carry it.
        header(Donation).max_words(14).phrases(&[
            "ကျွန်ုပ်တို့၏ သတင်းလုပ်ငန်းကို ပံ့ပိုးကူညီပါ", "ကျွန်ုပ်တို့၏သတင်းလုပ်ငန်းကို ပံ့ပိုးကူညီပါ",
            "ကျွန်ုပ်တို့၏ သတင်းစာပညာကို ပံ့ပိုးပါ", "ကျွန်ုပ်တို့၏ ဂျာနယ်လစ်ဇင်ကို ပံ့ပိုးပါ",
        ]),
        header(Donation).weight(2.5).max_words(14).phrases(&[
            "လွတ်လပ်သော မီဒီယာကို ပံ့ပိုးပါ", "လွတ်လပ်သောမီဒီယာကို ပံ့ပိုးပါ", "လွတ်လပ်သော သတင်းမီဒီယာကို ပံ့ပိုးကူညီပါ",
            "အမှီအခိုကင်းသော မီဒီယာကို ပံ့ပိုးပါ", "လွတ်လပ်သော သတင်းစာပညာကို ပံ့ပိုးပါ",
        ]),
        // A candidate and a relief group say "we need your support" too, and a story sets it
        // apart as a pull quote: a cue in a short block only.
        cue(Donation).weight(2.0).max_words(14).phrases(&[
            "သင်၏ ပံ့ပိုးမှု လိုအပ်ပါသည်", "သင့်ရဲ့ ပံ့ပိုးမှု လိုအပ်ပါတယ်", "ကျွန်ုပ်တို့ သင်၏ အကူအညီ လိုအပ်ပါသည်",
        ]),
        // "Before you go" is a migrant guide's and a travel feature's subheading too: below an
        // anchor's weight, a box's body beside it must carry it.
        header(Donation).weight(EDGE_WEIGHT).max_words(8).phrases(&["သင် မထွက်ခွာမီ"]),
        // The support of readers like you, and a donation form's wording. (Not "သင်ကဲ့သို့သော
        // စာဖတ်သူများ" alone: a library's "for readers like you".)
        ask(Donation).weight(3.5).max_words(32).phrases(&[
            "သင်ကဲ့သို့သော စာဖတ်သူများ၏ ပံ့ပိုး", "သင်ကဲ့သို့ စာဖတ်သူများ၏ ပံ့ပိုး", "သင့်လို စာဖတ်သူတွေရဲ့ ပံ့ပိုး",
            "သင်ကဲ့သို့သော စာဖတ်သူများ၏ ထောက်ပံ့",
            "ကျွန်ုပ်တို့၏ သတင်းလုပ်ငန်းကို ပံ့ပိုး", "ကျွန်ုပ်တို့၏ သတင်းစာပညာကို ပံ့ပိုး", "ကျွန်ုပ်တို့၏ သတင်းစာပညာ လုပ်ငန်းကို ပံ့ပိုး",
            "လွတ်လပ်သော သတင်းမီဒီယာ ရှင်သန်ရပ်တည်နိုင်ရန်", "ကျွန်တော်တို့ရဲ့ သတင်းလုပ်ငန်းကို ပံ့ပိုး",
            "ကျွန်တော်တို့ရဲ့ သတင်းလုပ်ငန်းကို ထောက်ပံ့", "သင့်လို စာဖတ်သူတွေရဲ့ ထောက်ပံ့",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).max_words(32).phrases(&[
            "ကျွန်ုပ်တို့၏ သတင်းများကို နှစ်သက်ပါက", "ကျွန်ုပ်တို့၏ လုပ်ဆောင်ချက်ကို တန်ဖိုးထားပါက",
        ]),
        // A donation form's wording is every donation how-to's step and a scam page's line a
        // story quotes: "choose the amount" a cue, the form's buttons lines of their own.
        cue(Donation).weight(2.0).phrases(&["ပံ့ပိုးလိုသည့် ငွေပမာဏကို ရွေးချယ်", "လှူဒါန်းလိုသည့် ငွေပမာဏကို ရွေးချယ်"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "ပံ့ပိုးရန် ဤနေရာကို နှိပ်ပါ", "လှူဒါန်းရန် ဤနေရာကို နှိပ်ပါ", "ပံ့ပိုးကူညီရန် နှိပ်ပါ", "ပံ့ပိုးမည့်ပုံစံကို ရွေးချယ်ပါ",
        ]),
        // A party's and an aid group's poster says "support us, help us" on a line of its
        // own, a monastery's notice "ယခုပဲ လှူဒါန်းပါ": buttons only, at an edge's weight.
        label(Donation).weight(EDGE_WEIGHT).phrases(&[
            "ကျွန်ုပ်တို့ကို ပံ့ပိုးကူညီပါ", "ကျွန်ုပ်တို့ကို ပံ့ပိုးပါ", "ယခုပဲ ပံ့ပိုးပါ", "ယခု ပံ့ပိုးပါ", "ယခုပဲ လှူဒါန်းပါ",
            "ယခု လှူဒါန်းပါ", "ပံ့ပိုးကူညီပါ", "ပံ့ပိုးပါ", "လှူဒါန်းပါ", "လှူဒါန်းရန်", "ပံ့ပိုးရန်", "လစဉ် ပံ့ပိုးပါ",
            "တစ်ကြိမ်တည်း ပံ့ပိုးပါ", "ငွေပမာဏ ရွေးပါ", "ငွေပမာဏ ထည့်ပါ", "ကျွန်ုပ်ပံ့ပိုးပါမည်", "ကော်ဖီတစ်ခွက် တိုက်ပါ",
            "အခုပဲ ထောက်ပံ့မယ်", "အခုပဲ ပံ့ပိုးမယ်",
        ]),
        // Flood victims and a sick child's family say "help us" in a report; a winner thanks
        // "your support": cues.
        cue(Donation).phrases(&[
            "သင်၏ ပံ့ပိုးမှု", "သင့်ရဲ့ ပံ့ပိုးမှု", "သင်၏ လှူဒါန်းမှု", "လွတ်လပ်သော သတင်းစာပညာ",
            "ကော်ဖီတစ်ခွက်ဖိုး", "ကျွန်ုပ်တို့ကို ကူညီပါ",
        ]),
        cue(Donation).weight(2.0).phrases(&["မည်မျှပင်ဖြစ်စေ", "ပမာဏ မကန့်သတ်", "တတ်နိုင်သလောက်"]),
        // Every monastery's, relief group's and donor's word: weak.
        cue(Donation).weight(0.5).phrases(&["လှူဒါန်း*", "ပံ့ပိုး*", "အလှူငွေ*"]),
        salutation(Donation).max_words(12).phrases(&[
            "ချစ်ခင်ရပါသော စာဖတ်သူများ", "လေးစားအပ်ပါသော စာဖတ်သူများ", "လေးစားရပါသော စာဖတ်သူများ", "ချစ်ခင်လေးစားရပါသော စာဖတ်သူများ",
            "စာဖတ်သူ မိတ်ဆွေများ", "စာဖတ်ပရိသတ်ကြီး", "ချစ်ခင်ရသော စာဖတ်သူများ", "လေးစားအပ်ပါသော ပရိသတ်များ",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ဤဆောင်းပါးကို နှစ်သက်ပါသလား", "ဤသတင်းကို နှစ်သက်ပါသလား", "ဤဆောင်းပါးကို နှစ်သက်ပါက", "ဤသတင်းကို နှစ်သက်ပါက",
            "ဒီဆောင်းပါးကို ကြိုက်ရင်",
        ]),
        header(Donation).weight(3.0).max_words(14).phrases(&["ဤဆောင်းပါးသည် သင့်အတွက် အသုံးဝင်ပါသလား", "ဤသတင်းသည် အသုံးဝင်ပါသလား"]),
        header(Donation).weight(2.5).max_words(14).phrases(&[
            "ဖတ်ရှုပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်", "ဖတ်ရှုသည့်အတွက် ကျေးဇူးတင်ပါသည်", "ဖတ်ရှုပေးတဲ့အတွက် ကျေးဇူးတင်ပါတယ်",
            "အဆုံးထိ ဖတ်ရှုပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်",
        ]),
        // "အသင်းဝင်ပါ" (join) is a union's call too: anywhere only with the readers or the
        // outlet named.
        ask(Membership).max_words(32).phrases(&[
            "ကျွန်ုပ်တို့၏ အသင်းဝင်အစီအစဉ်", "စာဖတ်သူ အသင်းဝင်အစီအစဉ်", "အသင်းဝင်အဖြစ် ကျွန်ုပ်တို့ကို ပံ့ပိုး",
            "ကျွန်ုပ်တို့၏ မန်ဘာအစီအစဉ်",
        ]),
        // A club's slogan "join premium" is news: buttons only.
        label(Membership).weight(EDGE_WEIGHT).phrases(&["ပရီမီယံ အသင်းဝင်ပါ", "မန်ဘာရှစ် ဝယ်ယူပါ", "အသင်းဝင်ရန် နှိပ်ပါ"]),
        // The associations' and the parties' members: weak.
        cue(Membership).weight(0.5).phrases(&["အသင်းဝင်ကြေး", "မန်ဘာရှစ်", "ပရီမီယံ အသင်းဝင်"]),
        ask(Subscription).max_words(32).phrases(&["ဆပ်စ်ခရစ်ရှင်း အစီအစဉ်ကို ရွေးချယ်ပါ", "အီးပေပါကို စာရင်းသွင်း"]),
        // "Are you registered?" is every voter roll's and school's subheading: a cue.
        cue(Subscription).weight(1.5).phrases(&["စာရင်းသွင်းထားပြီးသူ ဖြစ်ပါသလား", "စာရင်းသွင်းပြီးသား ဖြစ်ပါသလား"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["ယခုပဲ စာရင်းသွင်းပြီး ဖတ်ရှုပါ", "စာရင်းသွင်းရန် ဤနေရာကို နှိပ်ပါ"]),
        // A YouTuber's "Subscribe လုပ်ပေးကြပါ" is news: a button alone on its line only.
        label(Subscription).weight(EDGE_WEIGHT).phrases(&[
            "subscribe လုပ်ပါ", "ဆပ်စ်ခရိုက် လုပ်ပါ", "ယခုပဲ စာရင်းသွင်းပါ", "စာရင်းသွင်းပါ", "အစီအစဉ်များ ကြည့်ရန်",
            "အခမဲ့ စမ်းသုံးပါ",
        ]),
        // The names of the offer, which a story on a paper's or a telecom's prices names too.
        cue(Subscription).phrases(&[
            "လစဉ်ကြေး", "နှစ်စဉ်ကြေး", "ပထမလ အခမဲ့", "အချိန်မရွေး ပယ်ဖျက်နိုင်", "ဒစ်ဂျစ်တယ် ထုတ်ဝေမှု", "အီးပေပါ",
            "ဆပ်စ်ခရစ်ရှင်း",
        ]),
        ask(Paywall).weight(3.5).max_words(32).phrases(&[
            "ဤဆောင်းပါးကို အသင်းဝင်များသာ ဖတ်ရှုနိုင်", "ဤသတင်းကို အသင်းဝင်များသာ ဖတ်ရှုနိုင်", "ဆက်လက်ဖတ်ရှုရန် စာရင်းသွင်းပါ", "ဆောင်းပါးအပြည့်အစုံကို ဖတ်ရှုရန် စာရင်းသွင်း",
            "အခမဲ့ဆောင်းပါး ကန့်သတ်ချက်",
        ]),
        // A phishing page's "log in to continue reading" is quoted in a scam story: a button.
        label(Paywall).weight(EDGE_WEIGHT).phrases(&["ဆက်လက်ဖတ်ရှုရန် အကောင့်ဝင်ပါ", "ဆက်လက်ဖတ်ရှုရန် လော့ဂ်အင်ဝင်ပါ"]),
        // "To read the whole report, see ..." opens a story's pointer too: a nag's short line.
        ask(Paywall).at(Start).max_words(14).phrases(&["ဆောင်းပါးအပြည့်အစုံ ဖတ်ရှုရန်", "ဆောင်းပါးအပြည့်အစုံကို ဖတ်ရှုရန်"]),
        // A lounge's or a club's service "for members only" is news too: cues.
        cue(Paywall).phrases(&["အသင်းဝင်များအတွက်သာ", "ပရီမီယံ ဆောင်းပါး"]),
        // The meter: "ယခုလအတွက် အခမဲ့ဆောင်းပါး ၃ ပုဒ် ကျန်ပါသည်" (the numbers vary).
        cue(Paywall).weight(2.5).max_words(50).phrases(&["အခမဲ့ဆောင်းပါး", "အခမဲ့ ဆောင်းပါး"]),
        ask(Paywall).max_words(32).phrases(&["နောက်ဆုံး အခမဲ့ဆောင်းပါး", "နောက်ဆုံးအခမဲ့ဆောင်းပါး", "နောက်ဆုံး အခမဲ့ ဆောင်းပါး"]),
        // A ministry's or a party's "our newsletter" in a quote: a block's opening.
        ask(Newsletter).at(Start).max_words(32).phrases(&["ကျွန်ုပ်တို့၏ သတင်းလွှာ", "ကျွန်ုပ်တို့၏သတင်းလွှာ"]),
        ask(Newsletter).weight(3.5).max_words(32).phrases(&[
            "သတင်းလွှာကို စာရင်းသွင်း", "သတင်းလွှာ စာရင်းသွင်း", "သင့်အီးမေးလ်သို့ တိုက်ရိုက်", "သင့်အီးမေးလ်ထဲသို့ တိုက်ရိုက်",
            "စာရင်းသွင်းသည့်အတွက် ကျေးဇူးတင်ပါသည်", "သတင်းလွှာ ရယူရန်",
        ]),
        // A scam warning and a how-to quote "enter your email" as a step: a button.
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["သင့်အီးမေးလ်လိပ်စာကို ထည့်ပါ", "အီးမေးလ်လိပ်စာ ထည့်သွင်းပါ"]),
        cue(Newsletter).phrases(&["သတင်းလွှာ", "သင့်အီးမေးလ်", "ကိုယ်ရေးအချက်အလက် မူဝါဒ", "ကိုယ်ရေးကိုယ်တာ မူဝါဒ"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["သတင်းလွှာ", "အီးမေးလ်လိပ်စာ", "သင့်အီးမေးလ်", "အီးမေးလ်"]),
        // The openings of a sign-up form's fine print.
        line(Newsletter).max_words(60).weight(EDGE_WEIGHT).phrases(&[
            "စာရင်းသွင်းခြင်းဖြင့် သင်သည်", "အချိန်မရွေး စာရင်းမှ ထွက်နိုင်", "သင့်အီးမေးလ်ကို မည်သူနှင့်မျှ မျှဝေမည် မဟုတ်",
        ]),
        // The outlet's app named; a company's "our app" in a business story stays a cue.
        ask(App).weight(3.5).max_words(32).phrases(&[
            "ကျွန်ုပ်တို့၏ app ကို ဒေါင်းလုဒ်", "ကျွန်ုပ်တို့၏ အက်ပ်ကို ဒေါင်းလုဒ်", "ကျွန်ုပ်တို့၏ app ကို ဒေါင်းလုပ်",
            "ကျွန်ုပ်တို့၏ အက်ပ်ကို ဒေါင်းလုပ်", "ကျွန်ုပ်တို့၏ အက်ပလီကေးရှင်းကို ဒေါင်းလုဒ်",
        ]),
        cue(App).phrases(&["ကျွန်ုပ်တို့၏ app", "ကျွန်ုပ်တို့၏ အက်ပ်", "အသိပေးချက်များ ဖွင့်ထားပါ"]),
        cue(App).weight(1.0).phrases(&["ပလေးစတိုး", "အက်ပ်စတိုး"]),
        // A how-to's step ("download the app") is a button alone on its line.
        label(App).weight(EDGE_WEIGHT).phrases(&[
            "app ကို ဒေါင်းလုဒ်လုပ်ပါ", "အက်ပ်ကို ဒေါင်းလုဒ်လုပ်ပါ", "ယခုပဲ ဒေါင်းလုဒ်လုပ်ပါ", "app တွင် ဖတ်ရှုပါ", "အက်ပ်တွင် ဖွင့်ပါ",
        ]),
        ask(Cookie).max_words(32).phrases(&[
            "ကွတ်ကီးအားလုံးကို လက်ခံ", "ကွတ်ကီး ဆက်တင်များ", "ကွတ်ကီးဆက်တင်", "ကွတ်ကီးများ အသုံးပြုခြင်းကို သဘောတူ",
        ]),
        // A banner opens with its formula and runs on; a data protection story quotes it
        // inside its sentence: a block's opening, and the bare "uses cookies" a cue.
        line(Cookie).max_words(60).phrases(&[
            "ဤဝက်ဘ်ဆိုဒ်သည် ကွတ်ကီး", "ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီး", "ဤဝဘ်ဆိုက်သည် ကွတ်ကီး", "ကျွန်ုပ်တို့သည် ကွတ်ကီး",
            "ဤဝက်ဘ်ဆိုဒ်ကို ဆက်လက်အသုံးပြုခြင်းဖြင့်", "ဤဝက်ဘ်ဆိုက်ကို ဆက်လက်အသုံးပြုခြင်းဖြင့်",
        ]),
        cue(Cookie).weight(2.0).phrases(&["ကွတ်ကီးများကို အသုံးပြုပါသည်", "ကွတ်ကီးများ အသုံးပြုပါသည်"]),
        cue(Cookie).phrases(&["ကွတ်ကီး", "ကူကီး", "ကွတ်ကီးမူဝါဒ", "ကွတ်ကီး မူဝါဒ"]),
        label(Cookie).weight(EDGE_WEIGHT).phrases(&["အားလုံးလက်ခံမည်", "အားလုံး လက်ခံမည်", "ကွတ်ကီးများကို လက်ခံမည်"]),
        // A platform or the outlet's channel named, in a short block; the bare "follow" and
        // "share" (a scam's slogan, a campaign's) are buttons.
        // A scam's "like the Facebook page" and a YouTuber's "like and follow" are news: the
        // page named as the outlet's, or a button; "keep following" a police page's too.
        ask(Social).max_words(32).phrases(&[
            "ကျွန်ုပ်တို့၏ facebook စာမျက်နှာကို like", "ကျွန်ုပ်တို့၏ ဖေ့စ်ဘွတ်ခ် စာမျက်နှာကို like", "telegram channel ကို join",
            "viber channel ကို join", "youtube channel ကို subscribe", "လင့်ခ်ကို ကူးယူပြီးပါပြီ", "လင့်ခ် ကူးယူပြီးပါပြီ",
        ]),
        cue(Social).weight(1.5).phrases(&["facebook စာမျက်နှာကို like", "ဖေ့စ်ဘွတ်ခ် စာမျက်နှာကို like", "ဖော်လိုလုပ်ထားပါ", "follow လုပ်ထားပါ"]),
        // A police force's "through our Telegram channel" in a report: a cue.
        cue(Social).phrases(&[
            "ကျွန်ုပ်တို့၏ facebook", "ကျွန်ုပ်တို့၏ telegram", "ကျွန်ုပ်တို့၏ viber", "ကျွန်ုပ်တို့၏ youtube", "ကျွန်ုပ်တို့၏ ချန်နယ်",
            "သတင်းများကို အမြန်ဆုံး သိရှိနိုင်ရန်", "သတင်းများကို အချိန်နှင့်တပြေးညီ",
        ]),
        label(Social).weight(EDGE_WEIGHT).phrases(&[
            "ဤသတင်းကို မျှဝေပါ", "ဤဆောင်းပါးကို မျှဝေပါ", "ကျွန်ုပ်တို့ကို follow လုပ်ပါ", "like နှင့် follow လုပ်ပါ", "like & follow လုပ်ပါ",
            "မျှဝေရန်", "မျှဝေမည်", "မျှဝေပါ", "follow လုပ်ပါ", "ဖော်လိုလုပ်ပါ", "လင့်ခ်ကူးယူရန်", "လင့်ခ် ကူးယူရန်", "share လုပ်ပါ",
            "ပုံနှိပ်ရန်",
        ]),
        // The platforms of a share bar, in the script, in the spellings the `xx` pack's
        // prefixes ("ဖေ့စ်ဘုတ်*", "ဖေ့ဘုတ်*", "ယူကျု*", "တယ်လီဂရမ်*") and Latin names miss.
        platform(Social).max_words(24).phrases(&[
            "ဖေ့စ်ဘွတ်ခ်", "ဖေ့စ်ဘွတ်", "ဗိုက်ဘာ", "တွစ်တာ", "တစ်တော့", "အင်စတာဂရမ်",
            "မက်ဆင်ဂျာ",
        ]),
        // "For more news": the line under a story that sends the reader to the outlet's app or
        // page; a story on a broadcaster opens its sentence so too: a cue.
        cue(Related).weight(2.0).phrases(&["နောက်ထပ် သတင်းများအတွက်", "သတင်းများ ထပ်မံဖတ်ရှုရန်", "နောက်ဆုံးရ သတင်းများကို ဖတ်ရှုရန်"]),
        // A read-also line opens no story's sentence; "ဆက်စပ်" (related) alone is every
        // analysis' "connected", so the news named.
        line(Related).max_words(30).phrases(&[
            "ဆက်စပ်သတင်း", "ဆက်စပ် သတင်း", "ဆက်စပ်ဆောင်းပါး", "ဖတ်ရှုရန် -", "ဖတ်ရှုရန်:", "ဆက်ဖတ်ရန် -", "ဆက်ဖတ်ရန်:",
            "ဤသတင်းကိုလည်း ဖတ်ရှုပါ", "ဒါလည်း ဖတ်ပါ", "ဒါလည်းဖတ်ပါ", "ဆက်လက်ဖတ်ရှုရန် -", "ဆက်စပ်ဖတ်ရှုရန် -", "ဆက်စပ်ဖတ်ရှုရန်:",
            "နောက်ထပ်ဖတ်ရန် -", "နောက်ထပ်ဖတ်ရန်:", "ဒီသတင်းလည်း ဖတ်ကြည့်ပါ", "ဒီသတင်းတွေလည်း ဖတ်ကြည့်ပါ",
        ]),
        // "နောက်ဆုံးရ သတင်းများအရ …" (according to the latest reports) opens a story's line:
        // a heading's few words only.
        line(Related).max_words(6).phrases(&[
            "လူဖတ်အများဆုံး", "အများဆုံးဖတ်ရှုသော", "ထိပ်တန်းသတင်း", "အယ်ဒီတာ့ရွေးချယ်မှု",
        ]),
        label(Related).weight(EDGE_WEIGHT).phrases(&[
            "ဆက်ဖတ်ရန်", "ဆက်လက်ဖတ်ရှုရန်", "ပိုမိုဖတ်ရှုရန်", "ထပ်မံဖတ်ရှုရန်", "နောက်ထပ်သတင်းများ", "အားလုံးကြည့်ရန်",
            "နောက်သတင်း", "ယခင်သတင်း", "လူကြိုက်များသော", "နောက်ဆုံးရသတင်း", "နောက်ဆုံးရ သတင်း",
        ]),
        // The closing credit of a translated or compiled story ("(AFP သတင်းကို ဘာသာပြန်ဆိုသည်)"),
        // a short line.
        ask(Credit).max_words(24).phrases(&["သတင်းကို ပြန်လည် ရေးသားဖော်ပြ", "သတင်းကို ပြန်လည်ရေးသားဖော်ပြ"]),
        ask(Credit).max_words(16).phrases(&[
            "ကို ဘာသာပြန်ဆိုသည်", "ကို ကိုးကား၍ ရေးသားသည်", "ကိုကိုးကား၍ ရေးသားသည်", "ကို ကိုးကား ရေးသားသည်",
        ]),
        // The byline under a headline ("သတင်း - ဇော်ဇော်") is the story's: a cue.
        cue(Credit).weight(1.0).phrases(&["သတင်း -", "သတင်း:", "သတင်းနှင့် ဓာတ်ပုံ -", "သတင်းထောက် -"]),
        // (Not "ဓာတ်ပုံ -" in a long block: a caption opens on it as often as a credit does.)
        line(Credit).max_words(12).phrases(&[
            "ဓာတ်ပုံ -", "ဓာတ်ပုံ:", "ဓာတ်ပုံ :", "ဘာသာပြန် -", "ဘာသာပြန်ဆိုသူ -", "ရေးသားသူ -", "တည်းဖြတ်သူ -", "ကိုးကား -",
            "ကိုးကားချက် -", "ရင်းမြစ် -", "သတင်းရင်းမြစ် -",
        ]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).weight(EDGE_WEIGHT).phrases(&[
            "မှတ်တမ်းဓာတ်ပုံ", "ဖိုင်ဓာတ်ပုံ", "ကိုယ်စားပြုဓာတ်ပုံ", "ဆိုရှယ်မီဒီယာမှ ဓာတ်ပုံ",
        ]),
        chrome(Other).at(Any).max_words(12).phrases(&["မူပိုင်ခွင့် ရယူထားသည်", "မူပိုင်ခွင့်အားလုံး ရယူထားသည်", "မူပိုင်ခွင့် အားလုံး ရယူထားသည်"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["ခွင့်ပြုချက်မရှိဘဲ ကူးယူဖော်ပြခြင်း မပြုရ", "ခွင့်ပြုချက်မရှိဘဲ ကူးယူခြင်း မပြုရ"]),
        // Small papers' and portals' footer lines (contact for ads, send us news); an
        // official's "contact" line with a phone number is news: short lines only.
        line(Other).max_words(12).phrases(&[
            "ကြော်ငြာထည့်သွင်းလိုပါက ဆက်သွယ်ရန်", "ကြော်ငြာ ထည့်သွင်းလိုပါက", "သတင်းပေးပို့လိုပါက",
        ]),
        // A rescue team's "contact us" with its number is news: the footer's link alone.
        label(Other).weight(EDGE_WEIGHT).phrases(&["ဆက်သွယ်ရန်", "ကျွန်ုပ်တို့အကြောင်း", "ကျွန်ုပ်တို့ကို ဆက်သွယ်ရန်"]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "ပိတ်ရန်", "ပိတ်မည်", "ပိတ်ပါ", "နောက်မှ", "နောက်မှ သတိပေးပါ", "ယခု မဟုတ်သေးပါ", "ယခုမဟုတ်ပါ", "မလိုပါ၊ ကျေးဇူးပါ",
            "မလိုပါ ကျေးဇူးတင်ပါတယ်", "ကျော်ရန်", "လက်ခံမည်", "လက်ခံပါသည်", "သဘောတူပါသည်", "ငြင်းပယ်မည်", "ပယ်ဖျက်ရန်",
            "ဆက်လက်ရန်", "အိုကေ", "ရပါပြီ", "တစ်ကြိမ်တည်း", "လစဉ်", "အခြားပမာဏ", "အကောင့်ဝင်ရန်", "လော့ဂ်အင်", "ဆက်တင်များ",
            "ပေးပို့ရန်", "ရှာဖွေရန်",
        ]),
        // The question over a box, each a line of its own.
        label_any().weight(EDGE_WEIGHT).phrases(&["သတင်းတစ်ပုဒ်မှ လက်မလွတ်စေရန်", "ဤသတင်း အသုံးဝင်ပါသလား"]),
        outlet(Donation).phrases(&[
            "အမှီအခိုကင်းသော သတင်းဌာန", "အမှီအခိုကင်းသည့် မီဒီယာ", "အမှီအခိုကင်းသော မီဒီယာ", "လွတ်လပ်သော သတင်းဌာန",
            "အကျိုးအမြတ်မယူသော", "အကျိုးအမြတ် မယူသည့်", "ကြော်ငြာမပါဘဲ", "စာဖတ်သူများ၏ ပံ့ပိုးမှုဖြင့်",
            "စာဖတ်သူများ၏ ထောက်ပံ့မှုဖြင့်", "အားလုံးအတွက် အခမဲ့", "စာဖတ်သူများအပေါ် မှီခို",
        ]),
        // The story's own notices: a correction, an editor's note.
        notice().phrases(&["ပြင်ဆင်ချက် -", "ပြင်ဆင်ချက်:", "အယ်ဒီတာ့မှတ်ချက် -", "အယ်ဒီတာမှတ်ချက် -", "အယ်ဒီတာ့မှတ်ချက်:"]),
        notice().at(Any).phrases(&["ဤသတင်းကို ပြင်ဆင်ဖော်ပြထားသည်", "ဤသတင်းကို အပ်ဒိတ်လုပ်ထားသည်"]),
        // The quotative after a quoted ask marks the story quoting it ("… ကူညီကြပါ ဟု
        // ဘုန်းတော်ကြီးက မေတ္တာရပ်ခံသည်"), as Telugu "అంటూ", Kannada "ಎಂಬ". ("ဟု" is also inside
        // "ဟုတ်", yes, true: a story's word too.) Not the bare colloquial "လို့", also
        // "because" and "can" ("ဖတ်လို့ရပါပြီ", an app pitch's): with its verb.
        body().phrases(&["ဟု", "ဟူ၍", "ဟူသော", "ဟူသည့်", "လို့ပြော", "လို့ ပြော", "လို့ဆို", "လို့ ဆို"]),
        // Reporting verbs and attribution formulas in the forms news prints them (said,
        // stated, is learnt, urged, requested, demanded, according to), which no box uses.
        // (Not the bare "မေတ္တာရပ်ခံ", request, a box's "မေတ္တာရပ်ခံအပ်ပါသည်": its past.)
        body().phrases(&[
            "ပြောကြား", "ပြောသည်", "ပြောခဲ့သည်", "ပြောဆိုခဲ့", "ပြောပါတယ်", "ပြောခဲ့ပါတယ်", "သိရသည်", "သိရပါသည်", "သိရပါတယ်",
            "သိရှိရသည်", "ဖော်ပြခဲ့သည်", "ထုတ်ပြန်ခဲ့", "ထုတ်ပြန်ချက်တွင်", "အဆိုအရ", "ပြောကြားချက်အရ", "တိုက်တွန်းခဲ့",
            "မေတ္တာရပ်ခံခဲ့", "မေတ္တာရပ်ခံထား", "တောင်းဆိုခဲ့", "စွပ်စွဲခဲ့", "သတင်းထောက်များကို", "သတင်းစာရှင်းလင်းပွဲ",
            "ရေးသားခဲ့သည်", "အတည်ပြုခဲ့", "သတင်းရရှိသည်", "ဒေသခံတစ်ဦးက", "မျက်မြင်သက်သေ",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section,
        // the disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(10).phrases(&[
            "စာရေးသူအကြောင်း", "စာရေးသူ၏ အခြားဆောင်းပါးများ", "ဆောင်းပါးရှင်အကြောင်း",
        ]),
        // An op-ed's closing bio ("(စာရေးသူသည် ဝါရင့်သတင်းစာဆရာ တစ်ဦးဖြစ်သည်)"); not
        // "စာရေးသူ" alone, a book review's subject.
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(60).phrases(&[
            "စာရေးသူသည် ဝါရင့်သတင်းစာဆရာ", "စာရေးသူသည် သတင်းစာဆရာ", "စာရေးသူသည် လွတ်လပ်သော သတင်းထောက်",
            "စာရေးသူသည် နိုင်ငံရေး လေ့လာသုံးသပ်သူ",
        ]),
        chrome(Other).part(Comments).max_words(12).phrases(&[
            "မှတ်ချက်ရေးရန်", "မှတ်ချက်ပေးရန်", "သင့်အမြင်ကို မှတ်ချက်ပေးပါ", "ပထမဆုံး မှတ်ချက်ပေးသူ ဖြစ်လိုက်ပါ", "စာဖတ်သူများ၏ မှတ်ချက်",
        ]),
        cue(Other).part(Comments).at(Any).max_words(6).phrases(&["မှတ်ချက်များ", "ကွန်မန့်များ"]),
        ask(Other).part(Comments).phrases(&["မှတ်ချက်ပေးရန် အကောင့်ဝင်ပါ", "သင့်အီးမေးလ်လိပ်စာကို ထုတ်ပြန်မည် မဟုတ်ပါ"]),
        ask(Other).part(Disclaimer).max_words(60).phrases(&[
            "ဖော်ပြပါ အမြင်များသည် စာရေးသူ၏", "စာရေးသူ၏ ကိုယ်ပိုင်အမြင်များသာ", "သတင်းဌာန၏ အမြင် မဟုတ်ပါ", "အယ်ဒီတာ့အဖွဲ့၏ အမြင် မဟုတ်ပါ",
        ]),
        cue(Other).part(Disclaimer).phrases(&["စာရေးသူ၏ ကိုယ်ပိုင်အမြင်"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&[
            "နောက်စာမျက်နှာ", "ယခင်စာမျက်နှာ", "ပင်မစာမျက်နှာသို့", "အကြောင်းအရာသို့ ကျော်သွားရန်", "အမှားကို သတင်းပို့ရန်",
        ]),
        ask(Other).part(Navigation).phrases(&["သင့်ဘရောက်ဇာသည် ဤဗီဒီယိုကို", "javascript ကို ဖွင့်ပါ"]),
        // The advertisement slot's label and the line under it, a line of its own.
        // ("ကြော်ငြာ" is also an announcement, "စပွန်ဆာ" a rules story's subheading: an edge's weight.)
        label(Ad).weight(EDGE_WEIGHT).phrases(&["ကြော်ငြာ", "ကြော်ငြာများ", "စပွန်ဆာ"]),
        label(Ad).phrases(&["ပံ့ပိုးထားသော အကြောင်းအရာ", "ကြော်ငြာအပြီး ဆက်ဖတ်ပါ"]),
        // Page chrome by part: a player's, a gallery's, a live blog's, the page's tools;
        // evidence at 2.5.
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&[
            "ဗီဒီယိုကြည့်ရန်", "ဗီဒီယို ကြည့်ရှုရန်", "ဤသတင်းကို နားထောင်ရန်", "အသံဖြင့် နားထောင်ရန်",
        ]),
        chrome(Other).part(Gallery).weight(2.5).max_words(6).phrases(&[
            "ဓာတ်ပုံပြခန်း", "နောက်ဓာတ်ပုံ", "ယခင်ဓာတ်ပုံ", "ဓာတ်ပုံများ ကြည့်ရန်", "မျက်နှာပြင်အပြည့်",
        ]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["တိုက်ရိုက်"]),
        chrome(Other).part(Live).weight(2.5).max_words(6).phrases(&["တိုက်ရိုက် သတင်းများ", "တိုက်ရိုက်ထုတ်လွှင့်မှု"]),
        chrome(Other).part(Tools).weight(2.5).max_words(8).phrases(&["စာလုံးအရွယ်အစား", "အင်္ဂလိပ်ဘာသာဖြင့် ဖတ်ရန်"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["တဂ်များ", "သော့ချက်စာလုံးများ"]),
        // A line of the bank details under an ask ("အကောင့်နံပါတ် - ..."); Burmese names
        // count twice their words.
        line(Donation).max_words(BANK_LINE_WORDS * 2).phrases(&[
            "ဘဏ်အကောင့်နံပါတ်", "အကောင့်နံပါတ်", "အကောင့်အမည်", "ဘဏ်အမည်", "ငွေလွှဲရန်",
        ]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ဆက်စပ်သတင်း:", "ဆက်စပ်သတင်းများ:", "ဆက်စပ် သတင်းများ:", "ဆက်စပ်အကြောင်းအရာများ:", "ဆက်လက်ဖတ်ရှုရန်:", "ဒါတွေလည်း ဖတ်ရှုနိုင်ပါတယ်:", "ဒါလည်း ဖတ်ပါ:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["တိုက်ရိုက်ကြည့်ရှုရန်", "တိုက်ရိုက်နားဆင်ရန်"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        label(Other).phrases(&["သတင်းပေးပို့ရန်"]),
    ],
    // The outlet's "we", written and spoken; not "ငါတို့" (the slogans').
    we: &["ကျွန်ုပ်တို့", "ကျွန်တော်တို့", "ကျနော်တို့", "ကျွန်မတို့", "ကျမတို့"],
    // The written "သင်" in its possessive and dative forms, the polite "လူကြီးမင်း" and
    // "ခင်ဗျား" (see the pronoun table).
    you: &["သင်၏", "သင့်ရဲ့", "သင့်အား", "သင့်အတွက်", "သင်တို့", "လူကြီးမင်း", "ခင်ဗျား"],
};
