//! English.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "en",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["min read", "minute read", "minutes read", "mins read", "reading time"]),
        // Headings that open an appeal box.
        header(Donation).max_words(14).phrases(&[
            "a message from", "a note from", "since you're here", "since you are here", 
            "before you continue", "before you move on", 
            "we need your help", "we need your support", "support independent journalism",
            "support our journalism", "support quality journalism", "support local journalism",
            "support independent news", "support our work", "support our reporting", 
            "donate to", "make a donation", "give to", "enjoying ad-free content", "thank you for reading",
            "thanks for reading", "if you value", "if you like our", "if you enjoyed this", "if you appreciate",
            "reader-funded", "reader funded", "something to consider", 
            "to all our readers",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "if everyone reading this", "our fundraiser", "we survive on donations", "now is the time we ask",
            "keep it online", "take one minute", "please help us",
            "only a tiny portion of our readers", "time is running out to help", "we will never run ads",
            "we'll never run ads", "we take no government funds", "to protect our independence",
            "if you can, please", "support us with", "set up a monthly",
            "choose an amount", "select an amount", "give what you can",
        ]),
        ask(Donation).weight(4.0).phrases(&[
            "we have a small favour to ask", "we have a small favor to ask", "small favour to ask",
            "small favor to ask", "we depend on donations", "please support us", "please consider supporting",
            "please consider a donation", "please consider donating", "please donate", "support us monthly",
            "monthly starting from", "starting from just", "for as little as", "as little as $", "as little as €",
            "as little as £",
            "chip in", "make a gift",
            "make a one-time", "give monthly", "give once", "donate now", "donate today", "give today",
            "contribute today", "contribute now", "support us today", "support us now", "become a supporter",
            "become a patron", "become a donor", "your donation", "your contribution", "your gift",
            "readers like you", "funded by the people", "reader-supported", "keep our journalism",
            "keep our reporting", "keep our climate news free", "keep our news free", "keep it free",
            "keep providing you",
            "more ways to give", "to donate by", "ways to give", "double your impact",
            
        ]),
        cue(Donation).phrases(&[
            "your support", "independent journalism", "independent news", "our journalism", "our reporting",
            "our work", "our journalists", "our newsroom", "quality journalism", "free for everyone",
            "open to all", "open for all", "paywall", "contribution", "donation*",
            "monthly", "fund our", "advertising revenue*",
        ]),
        // The outlet describing itself: supporting evidence of an appeal.
        outlet(Donation).phrases(&[
            "nonprofit newsroom", "non-profit newsroom", "independent newsroom", "reader-funded", "ad-free",
            "no paywall", "without a paywall", "free of charge for everyone",
        ]),
        header(Donation).weight(3.0).max_words(6).phrases(&["support the", "support us", "support our", "support independent"]),
        header(Donation).max_words(10).phrases(&["a word to our", "a note to our readers", "a message to our readers", "a letter to our readers", "to our loyal readers", "a note from the editor", "a message from the editor"]),
        header(Donation).weight(2.5).max_words(10).phrases(&["support"]),
        cue(Donation).phrases(&["make a difference", "readers everywhere", "keep us going", "keeps us going"]),
        header(Donation).weight(2.5).max_words(14).phrases(&["help us", "can you help", "will you help", "one more thing", "before you go"]),
        cue(Donation).weight(2.0).phrases(&["reader support", "funded by readers", "funded by our readers", "supported by readers", "help keep", "help us keep"]),
        cue(Donation).weight(1.0).phrases(&["donate", "doubled", "tripled", "by supporting", "defending open"]),
        cue_any().weight(0.5).phrases(&["support", "contribute", "member*", "join", "email", "funding"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["you've read", "you have read"]),
        cue(Newsletter).weight(2.0).phrases(&["our newsletter", "sign up for", "sign up to", "newsletter", "get the latest", "never miss", "email address", "free weekly", "free daily"]),
        cue(Subscription).weight(2.0).phrases(&["subscribe to"]),
        // The offer's name is no ask: a story on a paper's prices asks "How much will a
        // digital subscription cost?".
        cue(Subscription).weight(2.0).phrases(&["digital subscription"]),
        cue(Social).weight(2.0).phrases(&["share on"]),
        line(Related).max_words(24).phrases(&["previous story", "next story", "previous article", "next article", "previous post", "next post", "for more, read:", "more on this story", "more on this topic"]),
        salutation(Donation).max_words(6).phrases(&[
            "dear reader", "dear readers", "dear friends", "dear supporters", "dear subscriber", "dear listener",
            "to all our readers", "dear wikipedia readers",
        ]),
        ask(Membership).phrases(&[
            "become a member", "become members", "join as a member", "gift a membership", "gift membership",
            "member-exclusive", "membership program", "join our community of",
            "join today", "join now", "join us today", "join us now", "become a member now", "join nrplus",
            "slate plus", "join slate plus",
        ]),
        cue(Membership).phrases(&["membership*"]),
        cue(Membership).weight(2.5).phrases(&["members today", "members now", "member today"]),
        cue(Donation).weight(2.0).phrases(&["support our reporting", "support our journalism", "support our work", "support independent journalism"]),
        ask(Subscription).phrases(&[
            "subscribe now", "subscribe today", "subscribe for", "subscribe to continue", "subscribe to read",
            "already a subscriber", "already have an account", "start your free trial",
            "unlimited digital access",
            "subscribe and save", "get our award-winning", "subscriber-only",
            "subscribers only", "for subscribers", "become a subscriber", "log in to continue",
            "sign in to continue", "create a free account", "register for free", 
        ]),
        ask(Paywall).phrases(&[
            "to continue reading", "continue reading this article", "you have reached your limit",
            "you've reached your limit", "free articles left", "free articles remaining", "free article left",
            "remaining free article*", "this article is for subscribers", "this content is for subscribers",
            "exclusive to subscribers", "unlock this article", "register to read", "sign in to read",
            "subscribe to unlock", "you've read all", "you have read all",
        ]),
        ask(Newsletter).phrases(&[
            "sign up for our newsletter", "sign up for the newsletter", "subscribe to our newsletter",
            "subscribe to the newsletter", "sign up to our newsletter", "sign up for our free",
            "sign up to receive", 
            "delivered to your inbox", "delivered straight to your inbox", "right in your inbox",
            "in your inbox", "into your inbox", "in your mailbox", "keep your inbox", "to your inbox",
            "unsubscribe at any time", "you can unsubscribe", "by signing up",
            "enter your email", "your email address", "breaking news alerts",
            "sent to your inbox",
        ]),
        cue(Newsletter).phrases(&["inbox", "privacy policy", "sign up", "preview"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["you agree to the storing of cookies", "storing of cookies on your device"]),
        cue(Cookie).phrases(&["enhance site navigation", "assist in our marketing efforts"]),
        ask(Cookie).phrases(&[
            "we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies",
            "cookie policy", "cookie settings", "cookie preferences", "accept all cookies", "accept cookies",
            "manage cookies", "manage preferences", "you consent to",
        ]),
        ask(Social).phrases(&[
            "follow us on", "follow us", "following us on", "like us on", "watch us on", "find us on", "join us on", "listen on",
            "subscribe to our channel", "subscribe on youtube", "subscribe to our telegram",
            "share this article", "share this story", "share via", "click to share",
            "tweet this", "share article", "available wherever you get your podcasts",
        ]),
        line(Related).max_words(24).phrases(&[
            "read more:", "related:", "related articles", "related stories", "related content", "related coverage",
            "related posts", "more from:", "you may also like", "you might also like",
            "you may be interested", "recommended:", "recommended for you", "we recommend", "most popular",
            "most read", "most viewed", "trending:", "trending now", "more stories", "more news:", "also read:",
            "see also:", "read also:", "read next:", "up next:", "what to read next", "editor's picks",
            "news feed", "latest news", "latest stories", "top stories", "don't miss:", "further reading:",
            "more coverage", "watch:", "listen:",
        ]),
        cue(App).phrases(&["app store", "google play"]),
        ask(App).phrases(&[
            "download our app", "get the app", "get our app",
        ]),
        // The blocker's name is a topic a story may have: alone it marks a short line only
        // ("Adblocker detected"); the wall asks to turn it off.
        line(Ad).max_words(8).phrases(&["ad blocker", "adblocker", "ad-blocker", "adblock"]),
        ask(Ad).phrases(&[
            "disable your ad blocker", "using an ad blocker", "using an adblocker", "using ad blockers",
            "turn off your ad blocker", "turn off your adblocker", "pause your ad blocker", "disable your adblocker",
            "whitelist us", "allowlist us", "how do i whitelist", "thanks its sponsors",
            "become a sponsor", "sponsored content", "paid content", "paid post",
            "story continues below", "article continues below", "continue reading below", "scroll to continue",
            "enable ads", "advertising to support", "we need to talk about your ad",
        ]),
        label(Related).phrases(&[
            "read more", "related", "related articles", "related stories", "recommended", "trending", "also read",
            "read next", "up next", "don't miss", "more from", "see also", "more stories", "most read", "most popular",
        ]),
        label(Ad).phrases(&["advertisement", "advertising", "sponsored", "ad", "promoted"]),
        ask(Credit).phrases(&[
            "contributed to this report", "contributed to this story", "contributed to this article",
            "contributed reporting", "additional reporting by", "additional editing",
            "may be reached at", "can be reached at", "can be contacted at", "follow her on twitter",
            "follow him on twitter", "have a tip",
            "republished from", "republished with permission", "image credit",
            "photo credit", "main image credit", "photo illustration by",
        ]),
        line(Credit).max_words(12).phrases(&[
            "compiled by", "reporting by", "editing by", "edited by", "additional reporting",
            
        ]),
        chrome(Other).max_words(10).phrases(&[
            "edit post", "tags:", "filed under", "topics:", "categories:", "all rights reserved", "print this page", "listen to this article",
        ]),
        label_any().phrases(&[
            "remind me later", "maybe later", "no thanks", "no, thanks", "not now", "close", "dismiss", "skip",
            "got it", "accept", "i accept", "accept all", "reject all", "continue", "learn more",
            "once", "one-time", "one time", "monthly", "annual", "annually", "yearly", "other amount",
            "payment methods", "donate", "donate now", "give now", "contribute", "support", "support us",
            "support now", "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "join",
            "join now", "share", "tweet", "print", "email", "comments", "preview", "loading", "show more", "see more", "load more", "view all", "see all"]),
        // Formulas from publishers' appeal, paywall and newsletter copy in the wild.
        ask(Donation).weight(3.5).phrases(&[
            "tax-deductible gift",
            "your tax-deductible", "make a tax-deductible", "of our goal", "reach our goal", "help us reach",
            "double your gift", "will you support", "would you consider supporting",
            "become a sustaining", "sustaining member", "donate to", "give to support", "support our nonprofit",
            "independent journalism needs", "journalism needs your support", "support journalism",
            "it isn't free to produce", "isn't free to produce", "costs money to produce", "keep our journalism free",
            "non-commercial news", "financial contributions from our readers", "buy us a coffee",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "subscribe to continue reading", "reached your free article limit", "free article limit",
            "register for free to continue", "this is a premium article", "unlock unlimited access",
            "subscribers can read", "to keep reading", "to read the full article", "read the full story with",
        ]),
        ask(Newsletter).weight(3.5).phrases(&[
            "thank you for signing up", "thanks for signing up", "you're now subscribed", "you are now subscribed",
            "protected by recaptcha", "google privacy policy and terms of service apply", "newsletter signup",
            "newsletter sign-up", "get our newsletter", "want more stories like this", "by clicking subscribe",
            "by submitting your email", "by entering your email", "for more newsletters",
            // The sign-up's confirmation that the widget leaves in the page.
            "a welcome email is on its way", "check your junk folder", "check your spam folder",
        ]),
        ask(Credit).weight(3.5).phrases(&[
            "associated press contributed", "reuters contributed", "contributed reporting from",
            "contact the author", "follow her on", "follow him on", "is a staff writer", "is a reporter for",
            "is a reporter at", "is a correspondent for", "is a senior reporter", "is a contributing writer",
            "additional reporting", "editing by", "writing by",
        ]),
        line(Related).max_words(24).phrases(&["more:", "see more:", "recommended stories", "must read:"]),
        ask(App).phrases(&["get our free app"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["did you enjoy this article", "did you like this article", "enjoyed this article", "like what you read"]),
        cue(Donation).weight(2.0).phrases(&["funded by its readers", "thanks to our readers", "independent outlet"]),
        line(Credit).max_words(8).phrases(&["with reporting from", "with agencies", "agencies contributed", "this story has been shared"]),
        ask(Donation).weight(3.5).phrases(&["click here to donate", "thanks for reading", "support my work", "subscribe for free to receive"]),
        ask(Subscription).weight(3.5).phrases(&["click here to subscribe", "subscribe to the podcast", "looking for news you can trust"]),
        ask(Newsletter).weight(3.5).phrases(&["click here to sign up", "get the beast in your inbox"]),
        ask(Credit).weight(3.5).phrases(&[
            "with assistance by", "a version of this article appears in print",
            "thomson reuters trust principles", "republish this article", "follow ap's coverage",
        ]),
        line(Related).max_words(24).phrases(&["go deeper:", "listen to the podcast"]),
        // Syndication and print notes, tip lines, named newsletters. (Copyright notices inside
        // a line stay: the benchmarks' article bodies keep them.)
        ask(Credit).phrases(&[
            "under a creative commons license", "read the original article", "appears in print", "appeared in print",
        ]),
        ask(Other).phrases(&["got a tip", "got a news tip", "have a news tip", "send us a tip"]),
        // The guilty dismiss button of a donation box.
        ask(Donation).weight(3.5).phrases(&["not ready to support", "not ready to give", "not ready to donate", "not ready to contribute"]),
        ask(Newsletter).weight(3.5).phrases(&["our daily newsletter", "our weekly newsletter", "our morning newsletter", "our evening newsletter"]),
        // Corrections, updates and disclosures are the article's own voice: they stay.
        notice().phrases(&["disclosure:", "correction:", "update:", "updated:", "editor's note:", "clarification:", "corrections:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["this article was updated", "this article has been updated", "this story was updated", "this story has been updated", "this post was updated", "this post has been updated", "this article was corrected", "this article has been corrected", "this story was corrected", "this story has been corrected", "this article has been amended", "this story has been amended", "an earlier version of this", "a previous version of this"]),
        body().phrases(&[
            "said", "says", "told", "according to", "stated", "reported", "announced", "added", "explained",
            "argued", "wrote", "asked",
        ]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Donation).weight(3.5).phrases(&["a favour to ask", "a favor to ask"]),
        cue(Newsletter).weight(2.0).phrases(&["straight to your inbox"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(Other).phrases(&["wherever you get your podcasts", "in the comments below", "share your thoughts in the comments"]),
        ask(Subscription).phrases(&["give this article", "gift this article", "gift articles", "subscribers can gift"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "support us by", "donate to support", "please give", "make a one-off",
            "make a recurring", "recurring donation", "recurring gift", "monthly donation", "one-time donation",
            "help fund our", "help us fund", "fund our journalism", "fund our reporting", "become a monthly",
            "support from readers",
        ]),
        cue(Donation).weight(0.5).phrases(&["donat*", "contribut*", "fundrais*", "donor*"]),
        cue(Donation).phrases(&["every dollar", "every pound", "every euro", "any amount"]),
        ask(Membership).phrases(&["become a friend of", "join our membership", "renew your membership"]),
        ask(Subscription).phrases(&["subscribe from", "subscribe for just", "subscription starts", "first month free", "per month after", "all-access"]),
        ask(Paywall).weight(3.5).phrases(&["you've hit your limit", "you have hit your limit", "free stories left", "free stories remaining", "articles remaining this month", "create an account to continue"]),
        ask(Newsletter).phrases(&["sign up for free", "get it in your inbox", "opt out at any time", "you may unsubscribe"]),
        ask(Cookie).phrases(&["cookie notice", "cookie consent", "we and our partners", "your privacy choices", "do not sell my"]),
        ask(Social).phrases(&["share on facebook", "share on x", "share on twitter", "share on linkedin", "join our whatsapp", "join our telegram"]),
        outlet(Donation).phrases(&[
            "nonprofit news", "non-profit news", "independent, nonprofit", "independent and nonprofit", "reader-powered",
            "member-supported", "listener-supported", "viewer-supported", "no ads", "free to read", "free for all",
            "not-for-profit", "independent media",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&[
            "support our mission", "support independent media", "support this work", "power our journalism",
            "fuel our journalism", "stand with us", "keep us independent", "help us continue", "your support matters",
            "join our supporters",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "support us on patreon", "donate via", "your monthly gift", "monthly gift", "one-time gift",
            "contribute what you can", "consider a contribution",
            "consider becoming a", "we rely on readers", "we rely on your support", "relies on reader",
            "relies on readers", "depends on readers", "depend on readers", "less than a cup of coffee",
            "supporters like you", "donors like you", "members like you", "listeners like you", "viewers like you",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "free articles this month", "your free articles", "your last free article", "this is your last free",
            "free stories this month", "subscribe to get unlimited", "log in or subscribe", "sign in or subscribe",
            "subscribe or log in", "subscribe or sign in", "to access this article", "this article is exclusive",
            "register to continue", "register now to continue", "you need to be a subscriber", "already a member? log in",
        ]),
        ask(Subscription).phrases(&[
            "subscribe for unlimited", "subscriptions start at",
            "for your first year", "get unlimited access", "get full access",
            "print + digital", "print and digital",
        ]),
        ask(Newsletter).phrases(&[
            "sign up now", "sign up today", "get our free", "get the newsletter", "subscribe to our free", "join our newsletter",
            "join our mailing list", "our mailing list", "newsletter sign up", "check your inbox", "confirm your subscription",
            "thank you for subscribing", "thanks for subscribing", "a valid email address", "by subscribing, you",
            "by subscribing you",
        ]),
        ask(App).phrases(&[
            "download our free app", "get the free app", "install our app", "open in app", "open in the app", "read in the app",
            "listen in the app", "available on ios and android", "for ios and android",
        ]),
        ask(Cookie).phrases(&[
            "we value your privacy", "uses cookies to", "we use cookies and similar", "strictly necessary cookies",
            "necessary cookies", "analytics cookies", "manage settings", "cookie choices",
            "privacy preferences", "consent preferences", "store and/or access information",
        ]),
        ask(Social).phrases(&[
            "like us on facebook", "share this post", "share this page", "link copied", "share on whatsapp",
            "share on bluesky", "connect with us", "subscribe to our youtube", "subscribe to our podcast",
        ]),
        cue(Social).phrases(&["follow our", "follow the latest"]),
        line(Related).max_words(24).phrases(&[
            "read more about", "related reading", "more reading", "keep reading", "recommended reading", "popular stories",
            "more like this", "elsewhere on", "from our partners", "around the web", "you might like",
            "readers also viewed", "people also read", "what we're reading", "top headlines", "trending stories",
            "latest headlines",
        ]),
        label(Related).phrases(&["more like this", "keep reading", "related reading", "recommended reading", "popular", "latest", "trending now", "in other news"]),
        ask(Credit).max_words(40).phrases(&[
            "is a freelance journalist", "is a freelance writer", "is a freelance reporter", "is an editor at",
            "is a senior editor", "is a reporter covering", "is a contributor to", "is a columnist for",
            "is a columnist at", "work has appeared in", "you can follow her", "you can follow him", "email her at",
            "email him at", "reach her at", "reach him at", "send tips to", "contact the reporter", "contact reporter",
            "this story was produced", "this article was produced", "this article is republished", "republished under",
            "this story originally appeared", "this article originally appeared", "originally appeared in",
        ]),
        line(Credit).max_words(10).phrases(&[
            "illustrations by", "photos by", "photographs by", "graphics by", "video by", "story by",
            "words by", "written by", "translated by", "staff report",
        ]),
        label_any().phrases(&[
            "no, thank you", "maybe next time", "not right now", "remind me next time", "already a subscriber?",
            "custom amount", "enter amount", "other", "submit", "sign me up", "count me in", "continue reading",
            "continue to article", "back to article", "close ad", "skip ad",
        ]),
        outlet(Donation).phrases(&[
            "nonpartisan newsroom", "nonprofit, nonpartisan", "nonpartisan, nonprofit", "independent, nonpartisan", "community-funded", "community-supported", "free of paywalls",
            "never behind a paywall", "no paywalls", "without paywalls", "free and independent", "fiercely independent",
            "501(c)(3)", "501(c)3",
        ]),
        // News wording too: "senators write to the president", "a one-off payment to pensioners",
        // "the price of a cup of coffee", "contributions are tax-deductible", "the app is available
        // on Google Play", "the clip was first published on TikTok", "economists share this view",
        // "free trial offers will be banned", "members get free entry". Cues anywhere; the real
        // formulas stay asks where they stand as a short line of their own, or in a narrower wording.
        cue(Donation).weight(2.0).phrases(&[
            "if you're able to", "if you are able to", "less than the cost of", "a one-off", "price of a cup of coffee",
            "cup of coffee", "tax-deductible", "every contribution", "every donation", "make a monthly", "fundraising goal",
            "relies on advertising", "no matter how small", "matching gift",
            "all donations", "consider making a", "consider giving", "pay what you can", "standing with us",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "consider making a donation", "consider making a contribution", "consider making a gift", "please consider giving",
            "every contribution, however", "every contribution, big or small", "every contribution counts",
            "every contribution helps", "every contribution matters", "every donation counts", "every donation helps",
            "every donation matters",
        ]),
        cue(Subscription).weight(2.0).phrases(&[
            "limited-time offer", "unlimited access", "billed annually", "billed monthly", "digital access", "free trial",
            "cancel anytime", "cancel any time", "already subscribed", "subscribers agree", "renews at", "introductory offer",
            "premium content", "best value",
        ]),
        ask(Subscription).at(Start).max_words(6).phrases(&["cancel anytime", "cancel any time", "already subscribed"]),
        cue(Membership).phrases(&["join thousands of", "members-only", "members get", "member benefits"]),
        cue(Cookie).phrases(&["legitimate interest", "privacy settings", "by continuing to use", "consent to the use"]),
        ask(Cookie).phrases(&[
            "by continuing to use this site", "by continuing to use this website", "by continuing to use our",
            "by continuing to browse", "consent to the use of cookies",
        ]),
        cue(App).phrases(&["available on google play", "available on the app store", "on the app store", "download the app"]),
        ask(App).at(Start).max_words(10).phrases(&[
            "available on google play", "available on the app store", "get it on google play", "download on the app store",
        ]),
        ask(App).at(Start).max_words(14).phrases(&["download the app"]),
        cue(Social).phrases(&["share this", "stay connected"]),
        ask(Social).at(Start).max_words(5).phrases(&["share this"]),
        line(Related).max_words(4).phrases(&["in other news", "explore more"]),
        line(Credit).max_words(6).phrases(&["production by"]),
        ask(Credit).phrases(&["and production by"]),
        ask(Credit).at(Start).max_words(20).phrases(&["write to"]),
        cue(Credit).phrases(&["first published", "originally published"]),
        ask(Credit).phrases(&[
            "this article was first published", "this story was first published", "this article was originally published",
            "this story was originally published", "this piece was originally published", "this post was originally published",
            "this article first appeared", "this story first appeared", "a version of this story was",
            "a version of this article was",
        ]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        cue(Donation).phrases(&[
            "costs money", "pitch in", "thank you for reading", "before you go", "those who can afford",
            "we need your help", "no billionaire", "no billionaire owner", "don't do paywalls", "don't have a paywall",
        ]),
        ask(Donation).weight(4.0).phrases(&[
            "funded by readers like you", "by readers like you", "a gift from you", "gift of any amount",
            "your gift today", "a gift today", "reporting like this costs", "journalism like this costs",
        ]),
        label_any().phrases(&["make a contribution", "make a donation", "give once", "give monthly"]),
        ask(Membership).phrases(&["early access to our", "join the club", "members get early access"]),
        cue(Membership).phrases(&["early access", "members receive", "members enjoy"]),
        // The button that opens a story's picture gallery: page chrome, a whole block.
        label(Other).phrases(&["launch gallery", "view gallery", "open gallery", "view slideshow", "launch slideshow", "see the gallery"]),
        cue(Credit).weight(2.0).phrases(&["previously covered", "reporter at the", "correspondent at the", "editor at the", "writer at the"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["paid for by people like you", "we're asking readers", "we are asking readers", "throw in a few bucks"]),
        label_any().phrases(&["yes, i'll give", "yes, i'll help", "i'll give", "i'm in"]),
        ask(Membership).phrases(&["become an insider", "become a founding member"]),
        cue(Paywall).weight(2.0).phrases(&["free stories", "full access", "free reads"]),
        cue(Newsletter).phrases(&["every weekday", "no spam", "hand-picked", "lands in your inbox"]),
        ask(App).phrases(&["tap here to install"]),
        cue(App).weight(2.0).phrases(&["turn on notifications", "people like you"]),
        cue(Cookie).weight(2.0).phrases(&["tracking technologies", "non-essential"]),
        label_any().phrases(&["allow all", "reject non-essential", "reject"]),
        cue(Credit).weight(2.0).phrases(&["reach him at", "reach them at"]),
        ask(Social).phrases(&["pass it on to a friend", "share it with a friend", "send it to a friend"]),
        header(Social).max_words(8).phrases(&["enjoyed this story", "liked this story"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["about the author", "about the authors", "about the writer", "meet the author", "author bio", "more from this author", "more by this author", "other articles by", "view all posts by", "all articles by"]),
        // "The author is a former soldier who ..." opens a book review's paragraph too: 2.5,
        // supporting evidence, as in the other packs' "Die Autorin ist".
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["the author is a", "the author is an", "the writer is a"]),
        // The opener with a journalist's profession says bio.
        ask(Credit).part(AuthorBox).at(Start).max_words(30).phrases(&[
            "the author is a journalist", "the author is a freelance", "the author is a reporter", "the author is a correspondent",
            "the author is a columnist", "the author is a staff writer", "the author is a contributing", "the author is an independent journalist",
            "the author is a freelance journalist", "the writer is a freelance", "the writer is a journalist",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["is the senior business writer", "is a senior writer", "is a business writer", "is a science writer"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["skip to content", "skip to main content", "skip to navigation", "back to top", "report an error", "jump to", "update your browser"]),
        // A theme's skip links name any part of the page ("Skip to primary navigation", "Skip
        // to primary sidebar", "Skip to footer"): the link's verb at a short line's start.
        chrome(Other).part(Navigation).at(Start).max_words(5).phrases(&["skip to"]),
        // A video player's page skips its navigation so ("Skip navigation"): a line of its own.
        chrome(Other).part(Navigation).max_words(2).phrases(&["skip navigation"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["comments are closed", "leave a comment", "leave a reply", "post a comment", "show comments", "view comments", "load comments", "log in to comment", "sign in to comment", "join the conversation", "readers' comments", "join the discussion", "add a comment", "write a comment", "comment on this story", "comment on this article", "login to comment", "commenting is closed", "comments are disabled"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["comments"]),
        cue(Other).part(Comments).phrases(&["reader comments", "sign up to comment", "to join the discussion", "to join the discussions", "posters participating", "comments are reviewed"]),
        ask(Other).part(Comments).phrases(&["to post a comment", "to leave a comment", "by submitting a comment", "comments are moderated", "our comment policy", "appear with each submission", "commenting has been disabled", "comments have been closed"]),
        ask(Other).part(Disclaimer).phrases(&["views expressed are those of", "the views expressed in this", "opinions expressed in this article", "opinions expressed in this column", "are solely those of the author", "are those of the author"]),
        cue(Other).part(Disclaimer).phrases(&["views and opinions expressed", "do not necessarily represent the views", "do not necessarily reflect the views of the", "does not necessarily reflect the views of the"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["page 1 of", "page:", "report error", "report a typo", "submit a news tip", "submit a tip", "send us a tip", "corrections and clarifications"]),
        ask(Other).part(Navigation).phrases(&["this site works best", "this website works best", "you are using an outdated browser", "please enable javascript", "javascript is disabled"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(10).phrases(&[
            "you might also be interested", "you may also be interested", "you might be interested in",
            "stories you may have missed",
        ]),
        line(Related).max_words(8).phrases(&[
            "icymi:", "more from around", "related links", "related news", "other stories", "other news:", "more news from",
            "editors' picks", "editors picks", "editor's choice", "editors' choice", "recommended articles", "most shared",
            "most commented", "popular now", "more to explore",
        ]),
        line(Related).max_words(6).phrases(&["you may have missed", "in case you missed it"]),
        line(Related).max_words(5).phrases(&["more from", "further reading", "top news", "more headlines"]),
        line(Related).max_words(4).phrases(&["more in"]),
        line(Related).max_words(3).phrases(&["also on"]),
        label(Related).phrases(&[
            "read also", "further reading", "you may also like", "you might also like", "recommended for you",
            "related content", "related posts", "related news", "related links", "related coverage", "more on this story",
            "more on this topic", "editor's picks", "editors' picks", "editor's choice", "latest news", "latest stories",
            "latest headlines", "top stories", "top headlines", "top news", "most viewed", "most shared", "most commented",
            "popular stories", "trending stories", "other stories", "other news", "more news", "must read", "must reads",
            "what to read next", "you may have missed", "in case you missed it", "more to explore", "icymi",
        ]),
        // The buttons of consent platforms and of article toolbars, as every site's template
        // prints them: labels on a line of their own.
        label_any().phrases(&[
            "agree", "i agree", "agree and close", "accept and close", "more options", "manage options",
            "manage preferences", "manage settings", "save preferences", "save and exit", "necessary only",
            "only necessary", "decline", "decline all", "save for later", "read later", "save article",
            "gift article", "share article", "listen", "listen to article",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "such as unique ids in cookies", "such as unique identifiers in cookies", "accept or manage your choices",
            "right to object where legitimate interest is used", "these choices will be signaled to our partners",
            "these choices will be signalled to our partners", "will not affect browsing data",
            "standard information sent by a device", "our and our partners' processing",
            "change your preferences before consenting", "or to refuse consenting", "ad and content measurement",
            "audience insights and product development", "advertising and content measurement",
            "audience research and services development", "identification through device scanning",
            "actively scan device characteristics for identification", "you can change your preferences at any time",
            "asks for your consent to use your personal data", "cookies, unique identifiers, and other device data",
            "may be stored by, accessed by and shared with", "or used specifically by this site or app",
            "vendors may process your personal data on the basis of legitimate interest",
            "which you can object to by managing your options below", "create profiles for personalised advertising",
            "create profiles for personalized advertising", "use profiles to select personalised advertising",
            "use profiles to select personalized advertising", "create profiles to personalise content",
            "use profiles to select personalised content", "use limited data to select advertising",
            "use limited data to select content", "understand audiences through statistics or combinations of data",
            "save and communicate privacy choices", "identify devices based on information transmitted automatically",
            "match and combine data from other data sources", "deliver and present advertising and content",
            "prevent and detect fraud, and fix errors", "create a personalised ads profile",
            "create a personalised content profile", "apply market research to generate audience insights",
            "ensure security, prevent fraud, and debug", "technically deliver ads or content",
            "match and combine offline data sources", "automatically-sent device characteristics for identification",
            "store or retrieve information on your browser",
            "cannot be switched off in our systems", "block or alert you about these cookies",
            "blocking some types of cookies may impact your experience", "like browsing data or unique identifiers",
            "enables tracking technologies to support the purposes", "ask your legal guardians for permission",
            "while others help us to improve this website", "store and/or access device information",
            "consenting to these technologies will allow us", "may adversely affect certain features and functions",
            "the technical storage or access",
        ]),
        label_any().phrases(&[
            "disagree", "do not consent", "confirm choices", "confirm my choices", "save & exit",
            "accept all cookies", "reject all cookies", "allow all cookies", "disagree and close",
            "continue without agreeing", "continue without accepting", "object all", "necessary cookies only",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        // The outlet's pledge to the press's code, in its footer ("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code").
        // By its verb, not the code's name, which stories about a complaint cite; below an
        // anchor's weight, so that it goes with the footer around it and never alone (a story
        // may end on the same words).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["adhere to the independent press standards organisation", "is regulated by the independent press standards organisation", "are regulated by the independent press standards organisation", "adheres to the editors' code of practice", "adhere to the editors' code of practice"]),
        line(Other).max_words(45).phrases(&[
            "this story is part of", "this article is part of", "this piece is part of", "this report is part of our",
            "this report is part of a series", "this reporting is part of", "this coverage is part of",
            "this essay is part of", "this interview is part of", "this column is part of", "this post is part of",
            "this episode is part of", "this special report is", "this special report was", "this reporting project",
            "this series is supported by", "this series is produced", "this series was produced",
            "this series is made possible", "this series was made possible", "this series is funded by",
            "this series was funded by", "this piece was produced", "this reporting was produced",
            "this report was produced with support", "this report was produced with the support",
            "this report was produced with funding", "this report was produced in partnership",
            "this story was supported by", "this article was supported by", "this reporting was supported by",
            "this reporting is supported by", "this story is supported by", "this coverage is supported by",
            "this coverage was supported by", "this story was funded by", "this article was funded by",
            "this reporting was funded by", "this reporting is funded by", "this coverage is funded by",
            "this story was made possible", "this article was made possible", "this reporting was made possible",
            "this reporting is made possible", "this coverage is made possible", "this coverage was made possible",
            "this story is published as part", "this article is published as part", "this story was published as part",
            "this article was published as part", "this story is published in partnership",
            "this story was published in partnership", "this article is published in partnership",
            "this story was co-published", "this article was co-published", "this story is co-published",
            "this story was reported with", "this story was reported in partnership", "this story was written as part",
            "this article was written as part", "this story is a collaboration", "this article is a collaboration",
            "this story is a partnership", "this story is the first in", "this story is the second in",
            "this story is the third in", "this story is the latest in", "this article is the first in",
            "this article is the second in", "this article is the latest in", "this is the first story in",
            "this is the second story in", "this is the third story in", "this is the latest story in",
            "this is the final story in", "this is the first article in", "this is the second article in",
            "this is the latest article in", "this is the first in our series", "this is the second in our series",
            "this is the latest in our series", "this is the first installment in", "this is the second installment in",
            "this is the latest installment in", "this is the final installment in",
            "this is the first installment of our", "this is the latest installment of our", "this is part one of",
            "this is part two of", "this is part three of", "this project has received funding",
            "this project is co-funded by", "this project was co-funded by", "this project is co-financed by",
            "this publication was produced with", "this publication has been produced with",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["read also", "also read"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["similar articles", "similar posts", "recent posts", "popular posts", "latest posts", "most emailed"]),
        header(Donation).max_words(12).phrases(&["was this article helpful", "was this article useful", "was this article valuable to you", "was this helpful", "did you find this helpful", "did you find this article helpful", "did you find this article useful", "did you enjoy this story", "did you like this story", "do you value our journalism", "did you enjoy reading this"]),
        label(Social).phrases(&["sharing is caring"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["audio version", "play audio"]),
        chrome(Other).max_words(5).phrases(&["hear this story", "article read aloud"]),
        chrome(Other).max_words(6).phrases(&["listen to the article"]),
        chrome(Other).max_words(8).phrases(&["voiced by artificial intelligence"]),
        chrome(Other).max_words(10).phrases(&["getting your trinity audio player ready"]),
        chrome(Other).max_words(12).phrases(&["your browser does not support the audio element", "audio created using ai"]),
        chrome(Other).max_words(16).phrases(&["listen to this story", "this article was read aloud by"]),
        chrome(Social).max_words(5).phrases(&["watch on youtube", "view on tiktok", "view on threads"]),
        chrome(Social).max_words(7).phrases(&["view this post on instagram", "view this profile on instagram"]),
        // The text-size buttons of a publishing group's article pages.
        chrome(Other).max_words(4).phrases(&["normal text size", "larger text size", "very large text size"]),
        chrome(Social).max_words(8).phrases(&["always display content from"]),
        chrome(Social).max_words(12).phrases(&["click here to display content from"]),
        chrome(Social).max_words(15).phrases(&["♬ original sound"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["cancel reply", "post comment", "comment guidelines"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["load more comments"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["required fields are marked"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["your comment is awaiting moderation", "be the first to comment", "sign in to join the conversation", "would you like to comment on this article", "please report any comments that break our rules"]),
        // A publishing group's notice over its readers' comments.
        ask(Other).part(Comments).phrases(&["conversations are opinions of our readers", "does not endorse these opinions"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["you must be logged in to post a comment"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["your email address will not be published", "please enable javascript to view the comments"]),
        chrome(Other).part(Comments).max_words(20).phrases(&["save my name, email, and website in this browser"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["report a correction", "request a correction", "submit a correction", "suggest a correction"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["select the text and press ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(15).phrases(&["spotted an error", "spotted a mistake", "spotted a typo", "found a mistake", "found a typo", "notice an error"]),
        chrome(Other).part(Navigation).max_words(25).phrases(&["if you have found a spelling error"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["read:", "more on this:", "related story:", "related article:", "related video:", "related link:", "also see:", "suggested reading:", "editor's pick:", "dig deeper:", "also of interest:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. read"]),
        line(Other).max_words(45).phrases(&["this story is one in a series", "reporting for this story was", "support for this reporting", "this story was co-produced", "this article is supported by"]),
        label(Credit).phrases(&["republish", "republishing guidelines"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["free article", "free articles", "free story", "free article remaining", "articles left", "articles remaining", "free reads left"]),
        ask(Paywall).max_words(30).phrases(&["this is your last free article", "this is your final free article", "you have reached your limit of free articles", "you've reached your limit of free articles", "you’ve reached your limit of free articles", "you have reached your free article limit", "you've reached your free article limit", "you’ve reached your free article limit", "you have read all your free articles", "you've used all your free articles", "you’ve used all your free articles", "you've run out of free articles", "you’ve run out of free articles", "you have no free articles left", "you've read all your free articles this month", "you’ve read all your free articles this month"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["of this article remains", "of the article remains", "of this story remains", "the rest of this article is for subscribers", "the rest of this article is available to subscribers", "the rest of this article is for subscribers only", "this article is for subscribers only", "this article is exclusive to subscribers", "subscribe to read the full article", "subscribe to read the rest", "only available to subscribers"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["skip advertisement", "ad feedback"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["story continues below advertisement", "article continues below advertisement", "story continues after advertisement", "article continues after advertisement", "article continues after this advertisement", "article continues after this ad", "scroll to continue with content", "content continues below", "story continues after the ad"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["sponsored by", "sponsored post", "paid partnership", "paid for by", "promoted content", "partner content", "advertisement feature", "advertiser content"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["we may earn a commission", "we may earn an affiliate commission", "we may receive a commission", "this article contains affiliate links", "this post contains affiliate links", "this page contains affiliate links", "as an amazon associate", "when you buy through links on our site", "when you purchase through links on our site", "if you buy something through our links", "if you buy something using links in our stories", "if you click on a link and make a purchase"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["reproduction without permission is prohibited", "reproduction in whole or in part without permission", "no part of this publication may be reproduced", "unauthorised reproduction is prohibited", "unauthorized reproduction is prohibited", "reprinting without permission is prohibited", "not to be reproduced without permission"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["get our free newsletter", "sign up for our daily newsletter", "the morning briefing", "the evening briefing", "get the latest news in your inbox", "get the news in your inbox"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["download the free app", "download our news app", "read this on our app"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["add your comment", "commenting is closed for this article", "read the comment guidelines"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["file photo", "file image", "file picture", "stock image", "representational image", "representative image", "courtesy photo", "contributed photo", "submitted photo"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["play video", "watch video", "load video", "loading player", "audio player"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["video is loading"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["end of dialog window", "press play to listen"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["this is a modal window", "no media source currently available"]),
        chrome(Other).part(Player).weight(2.5).max_words(11).phrases(&["the code has been copied to your clipboard"]),
        label(Other).part(Player).weight(2.5).phrases(&["replay"]),
        chrome(Social).part(Player).weight(2.5).max_words(8).phrases(&["external content"]),
        chrome(Social).part(Player).weight(2.5).max_words(9).phrases(&["load external content"]),
        chrome(Social).part(Player).weight(2.5).max_words(13).phrases(&["click here to display content from youtube", "i agree to external content being shown"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tags", "tagged", "filed under", "keywords", "related topics"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["account name", "account number", "account holder", "sort code", "payment reference", "routing number", "bsb"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["yes, sign me up", "subscribe for free", "subscribe to newsletter", "your email", "enter your email address", "enter email address", "join the list", "notify me", "keep me posted", "get updates", "subscribe free", "enter your email here", "type your email", "your email here", "send me the newsletter"]),
        label(Subscription).phrases(&["see offers", "view offers", "see all offers", "start free trial", "try it free", "try for free", "claim offer", "get access", "see subscription options", "view subscription options", "choose your plan", "already a subscriber? log in", "already a subscriber? sign in", "already subscribed? log in", "already have an account? sign in", "see plans"]),
        label(App).phrases(&["explore it on appgallery", "open the app", "install the app", "download now", "continue in app", "read it in the app", "continue reading in the app", "download for free", "available at amazon appstore", "scan to download", "install now", "view in app"]),
        label(Donation).phrases(&["donate monthly", "donate once", "make it monthly", "choose amount", "give a monthly gift", "give a one-time gift", "become a monthly donor", "start a monthly gift", "donate with paypal", "complete donation", "complete my donation", "select amount", "cover the fees"]),
        label(Social).phrases(&["copy link", "copy link to clipboard", "copied to clipboard", "email this article", "send by email", "share via email", "print this article", "share on reddit", "pin it", "copy url", "email this", "send to a friend", "share via whatsapp", "share on threads", "share on telegram", "share on pinterest", "share on flipboard", "print article", "print page"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["copied"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["by signing up, you agree", "by signing up you agree", "by subscribing, you agree", "by clicking sign up, you agree", "by clicking subscribe, you agree", "by registering, you agree", "by clicking below to subscribe", "we use mailchimp as our marketing platform", "learn more about mailchimp's privacy practices", "you can unsubscribe at any time", "you can unsubscribe anytime", "you may unsubscribe at any time", "we will never share your email", "we'll never share your email", "we respect your privacy", "we hate spam", "this site is protected by recaptcha", "check your inbox to confirm", "please check your inbox", "i consent to", "i agree to receive", "i would like to receive", "please enter a valid email address", "for information about our privacy practices"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["enjoying this article", "liked this article", "want more like this", "don't want to miss anything", "like what you're reading", "found this useful", "found this article useful", "want to stay informed", "want to read more", "enjoying our coverage", "enjoyed reading this", "want to know more", "finding this useful"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["noted that", "stressed that", "emphasised", "emphasized", "admitted", "acknowledged", "warned", "recalled", "insisted", "conceded", "declared", "remarked", "pointed out", "told reporters", "told journalists", "told the news agency", "in an interview with", "quoted as saying", "was quoted as saying", "said in a statement", "in a statement", "speaking to reporters", "speaking on condition of anonymity", "on condition of anonymity", "a spokesperson for", "a spokesman for", "a spokeswoman for", "adds", "warns", "admits", "insists", "denies", "denied that", "confirmed that", "claimed that"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["enlarge"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["photo gallery", "close gallery", "next image", "previous image", "next photo", "previous photo", "full screen"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["view all photos", "swipe for more"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["refresh"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["live blog", "live updates", "key events", "pinned post", "latest updates", "follow live", "live coverage"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["load more updates", "load more posts", "show new posts"]),
        chrome(Other).part(Live).weight(2.5).max_words(5).phrases(&["show key events only"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["text size", "font size"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["increase text size", "decrease text size", "save this article"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["unmute", "autoplay", "subtitles"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["playback speed", "video loading"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["tap to unmute"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["did this story help you", "did you find this useful"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["you made it to the end", "if you've made it this far"]),
        cue(Donation).weight(2.0).phrases(&["will be matched", "matched dollar for dollar", "gifts will be matched"]),
        cue(Donation).weight(2.0).phrases(&["however big or small", "pay what you want", "whatever you can afford"]),
        cue(Subscription).phrases(&["read the e-edition", "read today's e-edition", "the digital edition", "read the replica edition", "get the paper delivered", "give a gift subscription", "gift a subscription", "give a subscription"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["allow not now", "not now allow", "allow no thanks", "no thanks allow", "allow cancel", "cancel allow", "allow later", "later allow", "allow maybe later", "maybe later allow", "allow block", "block allow", "allow don't allow", "don't allow allow"]),
        cue(App).phrases(&["send you notifications", "show you notifications", "enable notifications", "allow notifications", "get notifications", "push notifications"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["i support", "i want to support", "i'll support", "i want to donate", "i already support", "i already donate", "i already give", "i already gave"]),
        label(Membership).phrases(&["i want to be a member", "i'm already a member", "i want to join"]),
        label(Subscription).phrases(&["i want to subscribe", "i'm already a subscriber", "i already have a subscription"]),
        label(Newsletter).phrases(&["i'm already subscribed"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["related articles:", "related stories:", "related coverage:", "more on this story:", "you may also like:", "you might also like:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["listen live", "listen to the live stream", "watch the live stream", "watch live tv"]),
        ask(Social).max_words(30).phrases(&["we're on whatsapp", "we're now on whatsapp"]),
        label(Social).phrases(&["join channel", "join whatsapp channel"]),
        line(Subscription).max_words(10).phrases(&["today's e-paper", "read the e-paper", "read today's e-paper", "read the digital edition", "today's paper"]),
        label(Subscription).phrases(&["e-paper", "epaper", "e-edition"]),
        ask(Other).part(Comments).max_words(60).phrases(&["comments are subject to moderation", "comments reflect the views of their authors", "we reserve the right to remove comments", "we reserve the right to delete comments", "offensive comments will be removed", "only registered users can comment"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["send us your news", "send your news to", "got a news story", "have a story for us", "contact our newsroom", "get in touch with our newsroom", "photos and videos to our whatsapp"]),
        label(Other).phrases(&["send a tip", "submit your news", "contact the newsroom"]),
        ask(Ad).max_words(35).phrases(&["nominations are now open", "nominate now", "enter our competition", "competition terms and conditions apply", "vote for your favourite", "vote for your favorite"]),
        label(Ad).phrases(&["register now", "enter now", "buy tickets", "book tickets", "early-bird tickets"]),
        ask(Ad).max_words(35).phrases(&["we're hiring", "we are hiring", "join our newsroom", "we are looking for a reporter", "we're looking for a reporter", "we are looking for local correspondents"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["your email address will not be published", "required fields are marked", "save my name, email, and website in this browser", "your comment is awaiting moderation", "you must be logged in to post a comment", "this site uses akismet to reduce spam"]),
        label(Other).part(Comments).phrases(&["have your say", "join the debate"]),
    ],
    we: &["we", "our", "us", "we're", "we’re", "we've", "we’ve", "ourselves", "we'll", "we’ll"],
    you: &["you", "your", "you're", "you’re", "yours", "you've", "you’ve", "you'll", "you’ll"],
};
