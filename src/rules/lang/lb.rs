//! Luxembourgish.
//!
//! Written from how Luxembourgish news sites, local papers, broadcasters, magazines and NGOs
//! word their page furniture and appeals in general (not one site's wording), in the 2019
//! spelling. Luxembourgish shares much of German's spelling, and the German, French and Dutch
//! packs run on every text: the phrases here hold a form that only Luxembourgish writes
//! ("ënnerstëtzt", "Är", "eis", "Iech", "ass", "vun", "fir", "mat", "Artikelen", "Aarbecht",
//! "Redaktioun"), and what the German pack already holds ("newsletter abonnieren", "foto:",
//! "text:") is left to it. A final "n" falls before most consonants (the "n" rule: "eisen
//! Newsletter" but "eise Journalismus", "nëmme fir"), so a formula is listed in the form its
//! next word calls for.
//!
//! The imperative of the polite or plural "you" is the third person singular too:
//! "ënnerstëtzt eis" is also "(she) supports us" ("D'Gemeng ënnerstëtzt eis mat 10.000
//! Euro"), "hëlleft eis" "(he) helps us", "maacht en Don" "(the firm) makes a donation",
//! "deelt dësen Artikel" "(she) shares this article". Those are anchors only at a short
//! block's start (where the subject would stand), or cues. "Ënnerstëtzung" is any support
//! (the state's, a ministry's), "Bäitrag" a social security contribution and a radio piece,
//! "Memberschaft" the country's membership of the union, "kënnegen" (to cancel) also to give
//! notice to an employee, "Kommentaren" the Scandinavian "the comment": weak or left out.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "lb",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("3 Minutte Lieszäit").
        chrome(Other).at(Any).max_words(6).phrases(&["lieszäit", "liesdauer", "minutte liesen"]),
        // "Ënnerstëtzt eis" is also "(she) supports us": a heading's own short line only.
        header(Donation).max_words(6).phrases(&["ënnerstëtzt eis", "ënnerstëtz eis"]),
        // The possessive's form names what the reader supports ("Ënnerstëtzt eisen onofhängege
        // Journalismus: Dons op de Konto ..."). (Not "weider" as a button: a one-word headline
        // or a recipe's step, "Weider?".)
        ask(Donation).phrases(&["ënnerstëtzt eisen journalismus", "ënnerstëtzt eisen onofhängege journalismus"]),
        header(Donation).max_words(14).phrases(&[
            "ënnerstëtzt onofhängege journalismus", "ënnerstëtz onofhängege journalismus", "ënnerstëtzt eise journalismus",
            "ënnerstëtz eise journalismus", "ënnerstëtzt eis aarbecht", "ënnerstëtz eis aarbecht", "ënnerstëtzt eis redaktioun",
            "an eegener saach", "e message vun der redaktioun", "eng message vun der redaktioun",
        ]),
        // "Ier Dir gitt" also heads a guide's advice ("Ier Dir gitt: dat musst Dir wëssen"):
        // below a heading's weight, in a short line.
        header(Donation).weight(3.0).max_words(8).phrases(&["ier dir gitt", "ier s de gees"]),
        ask(Donation).weight(3.5).phrases(&[
            "är spend", "deng spend", "mat ärer spend", "mat denger spend", "ären don", "däin don", "mat ärem don",
            "mat dengem don", "elo spenden", "spent elo", "spend elo", "wielt e betrag", "wiel e betrag", "wielt äre betrag",
            "wiel däi betrag", "lieser wéi dir", "lieser wéi du", "lieserinnen a lieser wéi dir", "wëllt dir eis ënnerstëtzen",
            "wëlls de eis ënnerstëtzen", "kënnt dir eis ënnerstëtzen", "kanns de eis ënnerstëtzen", "gitt ënnerstëtzer",
            "gëff ënnerstëtzer", "ënnerstëtzt eis aarbecht mat", "ënnerstëtz eis aarbecht mat",
        ]),
        // The imperatives that are the third person too ("D'Stëftung ënnerstëtzt eis mat ...",
        // "D'Firma maacht en Don"), and that open an appeal a story reports without quotation
        // marks ("Ënnerstëtzt eis mat Ärem Don, sot d'Presidentin", "Hëlleft eis!, rifft
        // d'Mamm"), whatever its length: cues only, and labels alone on their line.
        cue(Donation).phrases(&[
            "ënnerstëtzt eis mat", "ënnerstëtz eis mat", "maacht en don", "maach en don", "hëllef eis", "hëlleft eis",
            "är ënnerstëtzung", "deng ënnerstëtzung", "ärer ënnerstëtzung", "denger ënnerstëtzung", "onofhängege journalismus",
            "onofhängegen journalismus", "eis aarbecht", "eise journalismus", "eis redaktioun", "mat engem bäitrag",
            "mat engem klengen don", "mat enger klenger spend", "ouni är ënnerstëtzung", "dank ärer ënnerstëtzung",
            "dank denger ënnerstëtzung", "freiwëllege bäitrag", "euro am mount",
            // A mayor's or a family's plea that a story reports ("Mir brauchen Är Hëllef, sot de
            // Buergermeeschter"): cues, not a box's heading.
            "mir brauchen är hëllef", "mir brauchen deng hëllef", "mir brauchen är ënnerstëtzung",
            "mir brauchen deng ënnerstëtzung", "kënnt dir eis hëllefen", "kanns de eis hëllefen",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["pro mount", "all mount"]),
        // Not "spend*" (the German pack's) nor "don*" (English "done", French "donner").
        cue(Donation).weight(0.5).phrases(&["ënnerstëtz*"]),
        salutation(Donation).max_words(6).phrases(&[
            "léif lieser", "léif lieserinnen a lieser", "léiwe lieser", "léif lieserin", "léif nolauschterer",
            "léif nolauschterinnen a nolauschterer", "léif abonnenten", "léif memberen",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "huet iech dësen artikel gefall", "huet iech den artikel gefall", "huet der dësen artikel gefall",
            "gefält iech dësen artikel", "gefält iech eis aarbecht", "gefält der eis aarbecht", "gefält iech wat dir liest",
        ]),
        ask(Membership).phrases(&["gitt elo member", "gëff elo member", "gitt member vun eiser", "gëff member vun eiser"]),
        ask(Membership).at(Start).max_words(20).phrases(&["gitt deel vun eiser communautéit", "gëff deel vun eiser communautéit"]),
        // A minister's or a club's call reported in a story ("Gitt Member an engem Veräin, huet de
        // Minister gesot"): a cue, and a label alone on its line. The country's membership of
        // the union ("d'Memberschaft vun der Ukrain"): weak.
        cue(Membership).phrases(&["gitt member", "gëff member"]),
        cue(Membership).weight(0.5).phrases(&["memberschaft*", "memberskaart*"]),
        ask(Subscription).phrases(&[
            "abonnéiert iech", "abonnéier dech", "elo abonnéieren", "sidd dir schonn abonnent", "bass de schonn abonnent",
            "hutt dir schonn en abonnement", "hues de schonn en abonnement", "liest weider mat", "lies weider mat",
        ]),
        // The names of the offer, which a story on a paper's prices names too
        // ("Mountsabonnement: 9,99 Euro."): cues, or the nag's short lines.
        ask(Subscription).max_words(14).phrases(&["onbegrenzten zougang", "zougang zu allen artikelen", "all artikelen liesen"]),
        cue(Subscription).phrases(&[
            "digitaalt abonnement", "digitalen abonnement", "mountsabonnement", "joresabonnement", "kaddosabonnement",
            "fir abonnenten", "digital editioun", "jidderzäit kënnegen", "all moment kënnegen", "éischte mount gratis",
            // A story on a price rise says who pays it ("Wie schonn Abonnent ass, ..."): the
            // login's question is a label (below).
            "schonn abonnent", "schonn abonnéiert",
            // An advert's promise that a story quotes ("Mat Ärem Abonnement kritt Dir ...").
            "mat ärem abonnement", "mat dengem abonnement",
        ]),
        // "abonnéiert" is also "subscribed" to a channel in a story: weak.
        cue(Subscription).weight(1.0).phrases(&["abonnéier*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "dësen artikel ass nëmme fir abonnenten", "dësen artikel ass exklusiv fir abonnenten",
            "dësen artikel ass reservéiert fir abonnenten", "fir weiderzeliesen", "fir de ganzen artikel ze liesen",
            "fir dësen artikel ze liesen", "loggt iech an fir weiderzeliesen", "logg dech an fir weiderzeliesen",
            "mellt iech un fir weiderzeliesen",
        ]),
        // A service for its subscribers only is news too ("D'Spiller sinn nëmme fir Abonnenten
        // ze gesinn."): a cue.
        cue(Paywall).phrases(&["nëmme fir abonnenten", "exklusiv fir abonnenten", "reservéiert fir abonnenten"]),
        ask(Newsletter).phrases(&[
            "abonnéiert eisen newsletter", "abonnéier eisen newsletter", "mellt iech fir eisen newsletter un",
            "mell dech fir eisen newsletter un", "eisen newsletter", "eisem newsletter",
            "an är mailbox", "an deng mailbox", "an ärer mailbox",
        ]),
        // A firm's promise to its clients that a story reports ("Dir kënnt Iech zu all Moment
        // ofmellen, versprécht de Verlag"): a cue.
        cue(Newsletter).phrases(&["zu all moment ofmellen", "jidderzäit ofmellen"]),
        // A consumer story warns about the reader's e-mail address: a cue (the form's field is
        // a label, below).
        cue(Newsletter).phrases(&["är e-mail-adress", "deng e-mail-adress", "dateschutzerklärung", "dateschutzbestëmmungen", "dateschutzrichtlinn"]),
        ask(App).phrases(&["lued eis app", "luet eis app", "eis gratis app", "eis app eroflueden"]),
        // Also a ministry's or a bank's app in a story: a short block's start.
        ask(App).at(Start).max_words(10).phrases(&["lued d'app", "luet d'app", "d'app eroflueden"]),
        cue(App).phrases(&["eis app", "an eiser app", "notifikatiounen aktivéieren", "push-notifikatiounen"]),
        ask(Cookie).phrases(&[
            "dës websäit benotzt cookien", "dës websäit benotzt cookies", "dës säit benotzt cookies", "dës säit benotzt cookien",
            "dësen internetsite benotzt cookies", "mir benotze cookies", "mir benotze cookien", "mir benotzen cookies",
            "cookie-astellungen", "cookien akzeptéieren", "all cookien akzeptéieren", "all cookies akzeptéieren", "néideg cookies",
            "néideg cookien",
        ]),
        cue(Cookie).weight(2.0).phrases(&["mir an eis partner"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["dës websäit benotzt", "wann dir dës websäit weider benotzt", "wann dir weider op dëser säit surft"]),
        // "Follegt eis" is also "(he) follows us": the platform's name, or a short line.
        ask(Social).phrases(&[
            "follegt eis op facebook", "follegt eis op instagram", "follegt eis op x", "follegt eis op twitter",
            "follegt eis op tiktok", "follegt eis op youtube", "follegt eis op linkedin", "follegt eis op bluesky",
            "folleg eis op facebook", "folleg eis op instagram", "suivéiert eis op facebook", "suivéiert eis op instagram",
            "follegt eis op de soziale medien", "follegt eis och op", "link kopéieren", "link kopéiert", "deel dësen artikel",
            "dësen artikel deelen",
        ]),
        line(Social).max_words(12).phrases(&["follegt eis", "folleg eis", "suivéiert eis", "deelt dësen artikel"]),
        // A story says who shared what where ("si wollt et op Facebook deelen"): a short line's.
        ask(Social).max_words(12).phrases(&["op facebook deelen", "op whatsapp deelen", "op x deelen", "op linkedin deelen", "per e-mail deelen"]),
        // "Liest och" is also "(she) also reads" ("Liest och Dir gären?"): with the insert's
        // colon, or alone on its line (the labels below).
        line(Related).max_words(24).phrases(&[
            "liest och:", "lies och:", "méi zum thema:", "och interessant:", "dat kéint iech och interesséieren",
            "dat kéint dech och interesséieren", "dat kéint iech interesséieren", "dat kéint dech interesséieren",
        ]),
        line(Related).max_words(12).phrases(&["vireg artikel", "nächsten artikel", "virege bäitrag", "nächste bäitrag"]),
        // Headings that open a story's sentences too ("Méi zum Thema seet de Minister ...", "Déi
        // lescht Neiegkeeten aus ... si besuergniserreegend", "Eis Empfeelungen un d'Regierung
        // ...", "Am meeschte gelies ginn Krimien"): short lines only.
        line(Related).max_words(4).phrases(&[
            "méi liesen", "weider liesen", "méi zu", "méi vun", "och interessant", "méi zum thema", "eis empfeelungen",
            "déi lescht neiegkeeten",
        ]),
        line(Related).max_words(6).phrases(&[
            "méi artikelen", "weider artikelen", "méi neiegkeeten", "lescht neiegkeeten", "net verpassen", "am meeschte gelies",
            "meescht gelies", "ähnlech artikelen", "ähnlech bäiträg", "d'redaktioun recommandéiert",
        ]),
        label(Related).phrases(&[
            "liest och", "méi liesen", "weider liesen", "weiderliesen", "méi zum thema", "am meeschte gelies", "meescht gelies",
            "och interessant", "ähnlech artikelen", "lescht neiegkeeten", "déi lescht neiegkeeten", "méi neiegkeeten",
            "weider artikelen", "méi artikelen", "eis empfeelungen", "dat kéint iech och interesséieren",
        ]),
        // Credits. A bio's "ass Journalist bei ..." is also a story's sentence on a paper and its
        // staff ("D'Journalistin ass Redakter bei der Zeitung zënter 2010"): evidence below an
        // anchor's weight.
        ask(Credit).max_words(40).phrases(&["dësen artikel ass fir d'éischt", "dësen artikel ass ursprénglech"]),
        cue(Credit).weight(2.0).max_words(30).phrases(&[
            "ass journalist bei", "ass journalistin bei", "ass redakter bei", "ass redaktrice bei", "ass korrespondent fir",
            "ass korrespondentin fir",
        ]),
        cue(Credit).phrases(&["fir d'éischt erschéngen", "fir d'éischt publizéiert", "ursprénglech publizéiert"]),
        line(Credit).max_words(10).phrases(&[
            "fotoen:", "biller:", "iwwersetzung:", "iwwersat vum", "matarbecht:", "illustratioun:", "auteurin:", "kamera an montage:",
        ]),
        line(Credit).max_words(12).phrases(&["kontakt mat der redaktioun", "kontakt mam auteur", "kontakt mat der auteurin", "schreift der redaktioun"]),
        chrome(Other).max_words(10).phrases(&["all rechter reservéiert", "all rechter virbehalen"]),
        label_any().phrases(&[
            "zoumaachen", "net elo", "nee merci", "nee, merci", "méi spéit", "spéider", "erënnert mech méi spéit",
            "erënner mech méi spéit", "akzeptéieren", "refuséieren", "all akzeptéieren", "alles akzeptéieren", "all refuséieren",
            "alles refuséieren", "drécken", "eemoleg", "monatlech", "jäerlech", "ënnerstëtzen", "elo ënnerstëtzen",
            "aloggen", "umellen", "ofbriechen", "späicheren", "astellungen", "verstanen", "ok, verstanen", "ech sinn averstanen",
            "averstanen", "méi spéit liesen", "zréck",
        ]),
        outlet(Donation).phrases(&[
            "onofhängegt medium", "onofhängeg zeitung", "onofhängegen online-medium", "ouni reklammen", "ouni reklamm",
            "ouni paywall", "gratis fir jiddereen", "fir jiddereen zougänglech", "vun eise lieser finanzéiert",
            "vun de lieser finanzéiert", "onofhängeg a gratis", "net-kommerziell",
        ]),
        // Second round: general formulas of each function.
        cue(Donation).weight(2.0).phrases(&[
            "all don zielt", "all euro zielt", "all bäitrag zielt", "all spend zielt", "och kleng beträg hëllefen",
            "gitt dat wat dir kënnt", "vun de lieser getragen", "ënnerstëtzung vun eise lieser",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "dëst ass äre leschte gratis artikel", "äre leschte gratis artikel", "däi leschte gratis artikel",
            "dir hutt all gratis artikelen gelies", "du hues all gratis artikelen gelies", "dësen artikel ass gespaart",
        ]),
        // The meter's count and the rest of the text left hidden: cues below an anchor's weight.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artikelen iwwreg", "artikel iwwreg", "gratis artikele"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["de rescht vum artikel", "liest de ganzen artikel", "lies de ganzen artikel", "de ganzen artikel liesen"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["éischte mount gratis", "e mount gratis"]),
        cue(Subscription).phrases(&["e-paper liesen", "d'zeitung digital liesen", "abonnement offréieren"]),
        ask(Newsletter).phrases(&[
            "merci fir är umeldung", "merci fir deng umeldung", "bestätegt är e-mail-adress", "bestäteg deng e-mail-adress",
            "gitt är e-mail-adress an", "gëff deng e-mail-adress an",
        ]),
        ask(Social).phrases(&["schéckt dësen artikel", "schéck dësen artikel", "un e frënd schécken"]),
        label_any().phrases(&["auswiel späicheren", "astellunge späicheren", "astellungen upassen", "méi optiounen", "all erlaben"]),
        // The story's own notices: a correction, an update.
        notice().phrases(&["aktualiséierung:", "richtegstellung:", "bemierkung vun der redaktioun", "notiz vun der redaktioun"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&[
            "dësen artikel gouf aktualiséiert", "dësen artikel gouf korrigéiert", "dësen artikel ass aktualiséiert ginn",
            "an enger fréierer versioun vun dësem artikel",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, says,
        // according to, in an interview with), which no box uses.
        body().phrases(&[
            "sot", "seet", "soten", "huet gesot", "hunn gesot", "erkläert", "huet erkläert", "betount", "huet betount",
            "ënnersträicht", "huet bestätegt", "präziséiert", "huet präziséiert", "matgedeelt", "huet matgedeelt",
            "no informatioune vun", "geet ervir", "am interview mat", "am gespréich mat", "esou de", "sou de", "sot hien",
            "sot si", "seet hien", "seet si", "huet gefrot", "kritiséiert", "huet kritiséiert",
        ]),
        // Tips to the newsroom ("Hutt Dir en Tipp fir eis?"), a line of its own.
        line(Other).max_words(25).phrases(&[
            "hutt dir en tipp fir eis", "hues de en tipp fir eis", "hutt dir eng informatioun fir eis", "schéckt eis ären tipp",
            "schéck eis däin tipp",
        ]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation. A profile says "D'Auteurin ass Historikerin": below an
        // anchor's weight.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&[
            "iwwer den auteur", "iwwer d'auteurin", "méi vum auteur", "méi vun der auteurin", "all artikele vum",
            "all artikele vun der",
        ]),
        // "Den Auteur ass 1950 gebuer" is a book review's sentence: the bio's profession only.
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&[
            "den auteur ass journalist", "d'auteurin ass journalistin", "den auteur ass historiker", "d'auteurin ass historikerin",
            "den auteur ass politolog", "d'auteurin ass politologin", "den auteur ass ekonomist", "d'auteurin ass ekonomistin",
            "den auteur ass schrëftsteller", "d'auteurin ass schrëftstellerin", "den auteur ass professer",
            "d'auteurin ass professesch", "den auteur schafft als", "d'auteurin schafft als",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["schafft als fräie journalist", "schafft als fräi journalistin"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["sprang op den inhalt", "direkt op den inhalt", "zum inhalt sprangen"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["nächst säit", "vireg säit", "zréck no uewen", "säit 1 vun"]),
        // "Feeler mellen kann een iwwer d'App": the button's own line.
        chrome(Other).part(Navigation).max_words(3).phrases(&["feeler mellen", "e feeler mellen"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["hutt dir e feeler fonnt", "hues de e feeler fonnt", "hutt dir e feeler entdeckt"]),
        ask(Other).part(Navigation).phrases(&["aktivéiert javascript", "äre browser ass net méi aktuell", "dëse site funktionéiert am beschten"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "kommentar schreiwen", "e kommentar schreiwen", "schreift e kommentar", "schreif e kommentar",
            "kommentar hannerloossen", "kommentaren weisen", "kommentaren verstoppen", "d'kommentarfunktioun ass zou",
            "d'kommentarfunktioun ass desaktivéiert",
        ]),
        ask(Other).part(Comments).phrases(&[
            "loggt iech an fir ze kommentéieren", "logg dech an fir ze kommentéieren", "mellt iech un fir ze kommentéieren",
            "kommentare gi moderéiert", "kommentaren gi moderéiert", "eis netiquette",
            "eiser netiquette",
        ]),
        chrome(Other).part(Comments).max_words(8).phrases(&["sidd deen éischten deen e kommentar", "nach keng kommentaren"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["är e-mail-adress gëtt net publizéiert", "deng e-mail-adress gëtt net publizéiert"]),
        ask(Other).part(Disclaimer).phrases(&[
            "gëtt d'meenung vum auteur erëm", "gëtt d'meenung vun der auteurin erëm", "spigelt d'meenung vum auteur",
            "spigelt d'meenung vun der auteurin",
        ]),
        cue(Other).part(Disclaimer).phrases(&["net onbedéngt d'meenung vun der redaktioun", "net onbedéngt déi vun der redaktioun"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "dësen artikel ass deel vun", "dësen artikel gehéiert zu", "dës reportage ass deel vun",
            "dësen artikel ass mat der ënnerstëtzung vun", "dësen artikel ass an zesummenaarbecht mat",
            "dëst ass den éischten deel", "dëst ass den zweeten deel", "dëst ass den drëtten deel", "dëst ass de leschten deel",
        ]),
        // The outlet's pledge to the press's code, in its footer: by its verb, below an
        // anchor's weight (a story on a complaint cites the code).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["hält sech un den deontologesche code", "respektéiert den deontologesche code"]),
        // Headings of related lists and share rows, and the question over a box, each a line
        // of its own.
        header(Donation).max_words(12).phrases(&["war dësen artikel hëllefräich", "huet iech dësen artikel gehollef"]),
        label(Social).phrases(&["deelen", "artikel deelen", "deelen op", "deelen iwwer", "artikel drécken", "per e-mail schécken"]),
        // A read-aloud player's label, the platforms' own embed fallbacks.
        chrome(Other).max_words(4).phrases(&["artikel lauschteren", "dësen artikel lauschteren", "artikel virliesen", "den artikel virliesen"]),
        chrome(Social).max_words(5).phrases(&["op youtube kucken"]),
        chrome(Social).max_words(7).phrases(&["dëse bäitrag op instagram kucken"]),
        // The line under an ad slot that says the story goes on below it, and the slot's own
        // label, a line of its own.
        label(Ad).phrases(&["reklamm", "den artikel geet no der reklamm weider", "weider no der reklamm"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["gesponserten inhalt", "a partnerschaft mat", "an zesummenaarbecht mat", "bezuelte bäitrag"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["mir kréien eng provisioun", "wann dir iwwer dës linken akaaft"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["illustratiounsfoto", "illustratiounsbild"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["video ofspillen", "nach eng kéier ofspillen", "video kucken"]),
        label(Other).part(Player).weight(2.5).phrases(&["lauschteren", "audio-spiller", "video-spiller"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["stéchwierder", "stéchwuert", "schlagwierder"]),
        // A line of the bank details under an ask ("Bankkont: LU12 ...", "Matdeelung: Don").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["bankkont", "kont:", "matdeelung:", "mat der matdeelung", "begënschtegten:"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&[
            "är e-mail-adress", "deng e-mail-adress", "är e-mail", "deng e-mail", "elo umellen", "mech umellen",
            "gitt är e-mail-adress an", "newsletter abonnéieren",
        ]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["e-mail-adress", "aschreiwen", "ofschécken"]),
        label(Subscription).phrases(&[
            "abonnéieren", "abonnéiert", "elo abonnéieren", "offeren ukucken", "all offeren", "zu den offeren",
            "schonn abonnent? aloggen", "schonn abonnéiert? aloggen", "abonnement ofschléissen", "zougang kréien",
        ]),
        label(App).phrases(&[
            "am app store eroflueden", "op google play eroflueden", "app eroflueden", "d'app eroflueden", "an der app opmaachen",
            "app opmaachen", "elo eroflueden", "gratis eroflueden",
        ]),
        label(Donation).phrases(&[
            "ënnerstëtzt eis", "en don maachen", "e don maachen", "anere betrag", "fräie betrag", "eemolegen don",
            "monatlechen don", "eemoleg spenden", "monatlech spenden", "weider zur bezuelung", "zur bezuelung",
            "ënnerstëtzer ginn", "elo spenden",
        ]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["all dräi méint", "all sechs méint"]),
        label(Social).phrases(&["link kopéieren", "link kopéiert", "op linkedin deelen", "op whatsapp deelen", "per e-mail deelen", "artikel schécken"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "mat ärer umeldung", "mat denger umeldung", "mat der umeldung akzeptéiert dir", "andeems dir iech umellt",
            "dir kënnt iech zu all moment ofmellen", "du kanns dech zu all moment ofmellen", "mir ginn är donnéeën net weider",
            "ech sinn domat averstanen", "kuckt an ärer mailbox", "dës säit ass duerch recaptcha geschützt",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&[
            "wëllt dir näischt verpassen", "wëlls de näischt verpassen", "wëllt dir méi liesen", "wëlls de méi liesen",
            "näischt méi verpassen",
        ]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["vergréisseren", "fotosgalerie"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["nächst foto", "vireg foto", "galerie opmaachen", "galerie zoumaachen"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["all fotoen ukucken", "all d'fotoen ukucken"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["aktualiséieren"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["live verfollegen", "elo live", "méi lueden"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["méi bäiträg lueden", "nei bäiträg weisen"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["schrëftgréisst"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["schrëft vergréisseren", "schrëft verklengeren", "artikel späicheren"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["ofspillen"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["toun aus", "toun un", "automatesch ofspillen"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&["schätzt dir eis aarbecht", "schätz de eis aarbecht"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["merci fir d'liesen", "villmools merci fir d'liesen", "merci datt dir eis liest", "merci, datt dir eis liest"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row.
        label_any().phrases(&[
            "erlaben net elo", "net elo erlaben", "erlaben méi spéit", "méi spéit erlaben", "erlaben zoumaachen",
            "zoumaachen erlaben", "erlaben ofbriechen", "ofbriechen erlaben", "erlaben nee merci", "nee merci erlaben",
        ]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["hëlleft eis", "hëllef eis", "maacht en don", "ech ënnerstëtzen", "ech wëll ënnerstëtzen", "ech ënnerstëtze schonn", "ech wëll spenden"]),
        label(Membership).phrases(&["gitt member", "gëff member", "member ginn", "elo member ginn", "ech ginn member", "ech si schonn member", "ech wëll member ginn"]),
        label(Subscription).phrases(&["ech si schonn abonnent", "ech hu schonn en abonnement", "ech wëll abonnéieren"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["liesen och:", "kuckt och:", "kuck och:", "verbonnen artikelen:", "ähnlech artikelen:", "dat kéint iech och interesséieren:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["live lauschteren"]),
        ask(Social).max_words(30).phrases(&["eise whatsapp-kanal", "eisem whatsapp-kanal", "eisen whatsapp-kanal", "follegt eis op whatsapp"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["schéckt eis är fotoen", "schéckt eis är videoen", "kontaktéiert d'redaktioun"]),
        ask(Ad).max_words(35).phrases(&["mir sichen e journalist", "mir sichen eng journalistin"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["är e-mail-adress gëtt net publizéiert", "obligatoresch felder"]),
        label(Other).part(Comments).phrases(&["kommentar ofschécken"]),
    ],
    // Not "mir" (German "to me"), "mer" (Swedish "more"), "eisen" (Dutch "to demand") nor
    // "eiser" (Dutch "plaintiff").
    we: &["eis", "eise", "eisem"],
    // "du" is the German pack's, "Dir" German "dir", "Är" Swedish "är" (is): the other forms,
    // and the formal "Dir" and informal "de" after their verbs, stand in.
    you: &[
        "dech", "däin", "deng", "dengem", "denger", "dengen", "iech", "ären", "ärer", "ärem", "sidd dir", "hutt dir",
        "kënnt dir", "wëllt dir", "bass de", "hues de", "kanns de", "wëlls de",
    ],
};
