//! Dutch.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "nl",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["leestijd", "min leestijd", "minuten leestijd"]),
        header(Donation).max_words(14).phrases(&[
            "een bericht van", "steun onze journalistiek", "steun onafhankelijke journalistiek", "steun ons",
            "help ons", "voordat je verdergaat", "voordat u verdergaat",
        ]),
        header(Donation).weight(3.0).max_words(6).phrases(&["steun de", "steun het"]),
        ask(Donation).weight(3.5).phrases(&[
            "doneer nu", "doe een donatie", "met een donatie", "jouw donatie", "uw donatie",
            "steun ons met", "word donateur", "maak een gift", "geef nu",
            "onafhankelijke journalistiek steunen", "steun onafhankelijke journalistiek", "wij hebben je hulp nodig",
            "we hebben je hulp nodig",
        ]),
        cue(Donation).phrases(&[
            "jouw steun", "uw steun", "onafhankelijke journalistiek", "ons werk", "onze journalistiek", "per maand",
            "maandelijks", "donatie*",
        ]),
        salutation(Donation).max_words(6).phrases(&["beste lezer", "beste lezers", "lieve lezer", "lieve lezers", "beste lezeres"]),
        ask(Membership).phrases(&["word lid", "word nu lid", "word member"]),
        ask(Subscription).phrases(&[
            "abonneer nu", "neem een abonnement", "word abonnee", "al abonnee", "ben je al abonnee", "bent u al abonnee",
            "proefabonnement",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "om verder te lezen", "lees verder met", "alleen voor abonnees", "je hebt het maximum",
        ]),
        ask(Newsletter).phrases(&[
            "schrijf je in voor onze nieuwsbrief", "meld je aan voor", "onze nieuwsbrief", "ontvang onze nieuwsbrief",
            "ontvang de nieuwsbrief",
        ]),
        cue(Newsletter).weight(2.0).phrases(&["in je mailbox", "in je inbox", "in uw mailbox"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["akkoord met het opslaan van cookies", "opslaan van cookies op uw apparaat"]),
        cue(Cookie).phrases(&["navigatie op de site te verbeteren", "onze marketingactiviteiten"]),
        ask(Cookie).phrases(&[
            "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
            "cookie-instellingen", "cookies accepteren",
        ]),
        ask(Social).phrases(&["volg ons op", "deel dit artikel", "deel dit bericht"]),
        ask(App).phrases(&["download onze app", "download de app"]),
        line(Related).max_words(24).phrases(&[
            "vorig artikel", "volgend artikel", "lees ook", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen", "bekijk ook",
            "ook interessant",
        ]),
        label(Ad).phrases(&["advertentie", "gesponsord"]),
        line(Credit).max_words(8).phrases(&["met medewerking van"]),
        chrome(Other).max_words(10).phrases(&["alle rechten voorbehouden",]),
        label_any().phrases(&[
            "herinner me later", "later herinneren", "nee, bedankt", "nee bedankt", "sluiten", "niet nu", "eenmalig",
            "maandelijks", "jaarlijks", "doorgaan", "accepteren", "weigeren", "delen",
        ]),
        label(Donation).phrases(&["doneer", "doneer nu", "steun", "steun ons", "word lid", "abonneer"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["vond je dit artikel", "heb je iets aan dit artikel", "waardeer je dit artikel"]),
        notice().phrases(&["correctie:", "update:", "naschrift:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["dit artikel is bijgewerkt", "dit artikel is aangepast", "een eerdere versie van dit artikel"]),
        body().phrases(&["zei", "zegt", "aldus", "volgens", "verklaarde", "meldt"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "help mee", "doneer", "met jouw steun", "met uw steun", "dankzij jouw steun", "dankzij uw steun",
            "geef een bijdrage", "draag bij", "kies een bedrag", "eenmalig of maandelijks",
            "word vriend van", "steun ons werk", "steun ons nu",
        ]),
        cue(Donation).weight(0.5).phrases(&["donat*", "donateur*", "bijdrage*"]),
        ask(Membership).phrases(&["word steunlid", "word lid van", "sluit je aan", "word ook lid"]),
        cue(Membership).phrases(&["lidmaatschap*"]),
        ask(Subscription).phrases(&["maandelijks opzegbaar", "altijd opzegbaar", "onbeperkt toegang", "eerste maand gratis", "neem nu een abonnement", "abonneer je", "abonneer u"]),
        cue(Subscription).phrases(&["abonnement*", "abonnee*"]),
        ask(Paywall).phrases(&["log in om verder te lezen", "dit artikel is alleen", "je gratis artikelen", "premium artikel", "lees dit artikel met"]),
        ask(Newsletter).phrases(&["schrijf je in", "meld u aan", "jouw e-mailadres", "je e-mailadres", "uw e-mailadres", "afmelden kan altijd", "je kunt je altijd afmelden"]),
        cue(Newsletter).phrases(&["nieuwsbrie*", "privacyverklaring", "privacybeleid"]),
        cue(App).phrases(&["in de app store", "in google play"]),
        cue(App).phrases(&["onze app"]),
        ask(Cookie).phrases(&["alle cookies accepteren", "cookievoorkeuren", "cookiebeleid", "toestemming beheren"]),
        ask(Social).phrases(&["volg ons", "deel dit", "deel via", "deel op"]),
        label(Related).phrases(&["lees ook", "lees meer", "meest gelezen", "gerelateerd", "ook interessant"]),
        ask(Credit).max_words(40).phrases(&["is verslaggever van", "is verslaggever bij", "is redacteur van", "is redacteur bij", "is correspondent voor", "is correspondent in", "dit artikel verscheen eerder", "verscheen eerder in", "vertaling:"]),
        line(Credit).max_words(10).phrases(&["foto:", "tekst:", "beeld:", "door:"]),
        label_any().phrases(&["alles accepteren", "alles weigeren", "instellingen", "inloggen", "registreren"]),
        outlet(Donation).phrases(&[
            "onafhankelijk platform", "onafhankelijk medium", "advertentievrij", "zonder advertenties", "reclamevrij",
            "zonder reclame", "geen betaalmuur", "zonder betaalmuur", "zonder winstoogmerk", "door lezers gefinancierd",
            "gefinancierd door lezers",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["steun onafhankelijke media", "voordat je gaat", "we hebben je nodig"]),
        ask(Donation).weight(3.5).phrases(&["kies je bedrag", "eenmalige bijdrage", "maandelijkse bijdrage", "lezers zoals jij", "zonder jouw steun", "zonder uw steun"]),
        ask(Paywall).weight(3.5).phrases(&["log in of neem een abonnement", "lees verder voor", "alleen voor leden", "dit is een premium"]),
        ask(Subscription).phrases(&["speciale aanbieding", "jaarabonnement", "eerste maand voor"]),
        ask(Newsletter).phrases(&["vul je e-mailadres in", "bedankt voor je aanmelding", "bevestig je aanmelding"]),
        ask(Cookie).phrases(&["akkoord en sluiten", "doorgaan zonder", "cookies toestaan", "alle cookies toestaan"]),
        ask(Social).phrases(&["deel op whatsapp", "link kopiëren", "link gekopieerd", "volg ons via"]),
        line(Related).max_words(24).phrases(&["laatste nieuws", "meer nieuws", "aanbevolen", "lees hier", "bekijk hier"]),
        label_any().phrases(&["begrepen", "akkoord", "lees verder", "later lezen", "bewaren"]),
        outlet(Donation).phrases(&["zonder aandeelhouders", "onafhankelijk en advertentievrij", "gedragen door lezers", "gedragen door leden"]),
        ask(App).phrases(&["download onze gratis app", "installeer de app", "open in de app", "lees verder in de app"]),
        // Also news wording: "de regels gelden al vanaf maandag", "elke bijdrage gaat naar de gezinnen",
        // "scholen mogen geen hoge vrijwillige bijdrage vragen", "Oekraïne wil lid worden van de EU",
        // "de webwinkel maakt gebruik van cookies", "Lees meer over de regeling op de website van de
        // overheid". Cues, or asks and lines in a narrower place.
        cue(Donation).weight(2.0).phrases(&["al vanaf", "elke bijdrage", "iedere bijdrage", "vrijwillige bijdrage"]),
        ask(Donation).weight(3.5).phrases(&["elke bijdrage telt", "elke bijdrage helpt", "iedere bijdrage helpt", "al vanaf 1 euro", "al vanaf 5 euro"]),
        cue(Membership).phrases(&["lid worden van", "lid worden"]),
        cue(Subscription).weight(2.0).phrases(&["digitaal abonnement"]),
        cue(Paywall).weight(2.0).phrases(&["gratis artikelen"]),
        ask(Paywall).weight(3.5).phrases(&["gratis artikelen gelezen", "nog gratis artikelen", "gratis artikelen per maand"]),
        cue(Cookie).phrases(&["maakt gebruik van cookies"]),
        ask(Cookie).phrases(&["deze website maakt gebruik van cookies", "deze site maakt gebruik van cookies", "wij maken gebruik van cookies"]),
        line(Related).max_words(3).phrases(&["lees meer"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        ask(Donation).weight(3.5).phrases(&["steun ons dan", "elke euro helpt"]),
        cue(Donation).phrases(&["kleine donatie", "wat we doen", "wat wij doen", "bedrag overmaken", "ten name van"]),
        label_any().phrases(&["misschien later", "eenmalig doneren", "maandelijks doneren", "instellingen aanpassen"]),
        ask(App).phrases(&["download gratis onze", "onze gratis app", "download dan onze app"]),
        cue(App).phrases(&["pushberichten"]),
        cue(Cookie).phrases(&["ga je akkoord", "gaat u akkoord", "je ervaring te verbeteren", "uw ervaring te verbeteren"]),
        ask(Credit).max_words(30).phrases(&["is verslaggever", "is redacteur", "is correspondent"]),
        cue(Credit).phrases(&["schrijft over"]),
        // Both registers of the same asks ("je" and "u").
        ask(Newsletter).phrases(&["meld u aan voor", "schrijf u in", "schrijf je in voor"]),
        ask(Cookie).phrases(&["deze site gebruikt cookies"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["lezers zoals u", "mensen zoals jij", "vragen we je om een", "vragen we u om een"]),
        cue(Donation).phrases(&["gratis voor iedereen", "helpt u mee", "help je mee"]),
        label_any().phrases(&["ik draag bij", "ja, ik help"]),
        ask(Membership).phrases(&["sluit je aan bij de vriendenkring", "sluit u aan bij de vriendenkring"]),
        cue(Paywall).weight(2.0).phrases(&["volledige toegang"]),
        cue(Newsletter).phrases(&["geen spam", "op elk moment op te zeggen", "met de hand gekozen"]),
        ask(App).phrases(&["installeer onze app"]),
        cue(App).weight(2.0).phrases(&["zet meldingen aan"]),
        cue(Cookie).weight(2.0).phrases(&["trackingtechnologie", "uw keuze op elk moment"]),
        label_any().phrases(&["alles toestaan"]),
        ask(Credit).max_words(30).phrases(&["mail hem op", "mail haar op"]),
        ask(Social).phrases(&["stuur het door naar je vrienden"]),
        header(Social).max_words(8).phrases(&["vond je dit artikel goed", "vond u dit artikel goed"]),
        line(Related).max_words(24).phrases(&["ook interessant:"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["over de auteur", "over de schrijver", "over de auteurs", "meer van deze auteur", "alle artikelen van", "andere artikelen van"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["de auteur is", "de schrijver is", "de auteur was", "de auteurs zijn"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["is freelance journalist", "is zelfstandig journalist", "werkt als freelance journalist"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["ga naar de inhoud"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["plaats een reactie", "schrijf een reactie", "laat een reactie achter", "reageer op dit artikel", "bekijk reacties", "toon reacties", "reageren is gesloten", "reacties van lezers"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["reacties"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["reacties"]),
        ask(Other).part(Comments).phrases(&["om een reactie te plaatsen", "reacties worden gemodereerd", "reactiebeleid", "log in om te reageren"]),
        ask(Other).part(Disclaimer).phrases(&["geven de mening van de auteur weer", "voor rekening van de auteur"]),
        cue(Other).part(Disclaimer).phrases(&["weerspiegelen niet noodzakelijk", "niet noodzakelijk de mening", "de mening van de redactie"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["volgende pagina", "vorige pagina", "pagina 1 van", "fout gezien", "meld een fout", "tip de redactie"]),
        ask(Other).part(Navigation).phrases(&["deze site werkt het best", "deze website werkt het best", "je browser is verouderd", "uw browser is verouderd", "schakel javascript in"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(14).phrases(&["voordat u gaat", "we hebben u nodig"]),
        ask(Donation).weight(3.5).phrases(&["wij hebben uw hulp nodig", "we hebben uw hulp nodig", "kies uw bedrag", "mensen zoals u"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["vond u dit artikel", "heeft u iets aan dit artikel", "waardeert u dit artikel"]),
        ask(Membership).phrases(&["sluit u aan"]),
        ask(Paywall).weight(3.5).phrases(&["u heeft het maximum", "u hebt het maximum"]),
        ask(Paywall).phrases(&["uw gratis artikelen"]),
        ask(Newsletter).phrases(&[
            "meld je aan", "u kunt zich altijd afmelden", "vul uw e-mailadres in", "bedankt voor uw aanmelding", "bevestig uw aanmelding",
        ]),
        ask(Social).phrases(&["stuur het door naar uw vrienden"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "zie ook", "kijk ook", "luister ook", "lees dit ook", "misschien ook interessant",
            "dit vind je misschien ook interessant", "dit vindt u misschien ook interessant",
            "dit vind je misschien ook leuk", "dit vindt u misschien ook leuk", "ook leuk om te lezen",
            "ook het lezen waard", "mis ook niet", "gerelateerd:", "vorig bericht", "volgend bericht",
        ]),
        line(Related).max_words(6).phrases(&[
            "gerelateerde berichten", "gerelateerd nieuws", "gerelateerde verhalen", "meer artikelen", "meer berichten",
            "andere artikelen", "ander nieuws", "meest bekeken", "meest gedeeld", "populaire artikelen",
            "tips van de redactie", "keuze van de redactie", "het laatste nieuws", "nieuwste artikelen", "niet te missen",
        ]),
        line(Related).max_words(4).phrases(&["meer over", "meer uit", "in ander nieuws", "gerelateerd"]),
        label(Related).phrases(&[
            "zie ook", "bekijk ook", "gerelateerde artikelen", "gerelateerd nieuws", "meer nieuws", "ander nieuws",
            "meer artikelen", "andere artikelen", "meest bekeken", "meest gedeeld", "populair", "aanbevolen",
            "aanbevolen voor jou", "aanbevolen voor u", "keuze van de redactie", "tips van de redactie", "laatste nieuws",
            "het laatste nieuws", "net binnen", "niet te missen", "in ander nieuws", "misschien ook interessant",
            "meer over dit onderwerp",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "informatie op een apparaat opslaan en/of openen", "advertentie- en contentmeting",
            "inzichten in het publiek en productontwikkeling", "plaatsen cookies en vergelijkbare technieken",
            "doelgroeponderzoek en ontwikkeling van diensten",
        ]),
        label_any().phrases(&[
            "niet akkoord", "meer opties", "opties beheren", "toestemming geven", "geen toestemming geven",
            "keuzes bevestigen", "opslaan en afsluiten", "alles afwijzen",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        // The outlet's pledge to the press's code, in its footer ("De redactie is aangesloten bij de Raad voor de Journalistiek").
        // By its verb, not the code's name, which stories about a complaint cite; below an
        // anchor's weight, so that it goes with the footer around it and never alone (a story
        // may end on the same words).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["is aangesloten bij de raad voor de journalistiek", "houdt zich aan de code van de raad voor de journalistiek"]),
        line(Other).max_words(45).phrases(&[
            "dit artikel is onderdeel van een serie", "dit artikel is onderdeel van de serie",
            "dit artikel is onderdeel van onze", "dit artikel is onderdeel van ons",
            "dit artikel is onderdeel van het project", "dit artikel is onderdeel van een reeks",
            "dit artikel is onderdeel van de reeks", "dit artikel is een onderdeel van een serie",
            "dit artikel is een onderdeel van de serie", "dit artikel is een onderdeel van onze",
            "dit artikel is een onderdeel van ons", "dit artikel is een onderdeel van het project",
            "dit artikel is een onderdeel van een reeks", "dit artikel is een onderdeel van de reeks",
            "dit artikel maakt deel uit van een serie", "dit artikel maakt deel uit van de serie",
            "dit artikel maakt deel uit van onze", "dit artikel maakt deel uit van ons",
            "dit artikel maakt deel uit van het project", "dit artikel maakt deel uit van een reeks",
            "dit artikel maakt deel uit van de reeks", "dit artikel is deel van een serie",
            "dit artikel is deel van de serie", "dit artikel is deel van onze", "dit artikel is deel van ons",
            "dit artikel is deel van het project", "dit artikel is deel van een reeks",
            "dit artikel is deel van de reeks", "dit verhaal is onderdeel van een serie",
            "dit verhaal is onderdeel van de serie", "dit verhaal is onderdeel van onze",
            "dit verhaal is onderdeel van ons", "dit verhaal is onderdeel van het project",
            "dit verhaal is onderdeel van een reeks", "dit verhaal is onderdeel van de reeks",
            "dit verhaal maakt deel uit van een serie", "dit verhaal maakt deel uit van de serie",
            "dit verhaal maakt deel uit van onze", "dit verhaal maakt deel uit van ons",
            "dit verhaal maakt deel uit van het project", "dit verhaal maakt deel uit van een reeks",
            "dit verhaal maakt deel uit van de reeks", "dit stuk is onderdeel van een serie",
            "dit stuk is onderdeel van de serie", "dit stuk is onderdeel van onze", "dit stuk is onderdeel van ons",
            "dit stuk is onderdeel van het project", "dit stuk is onderdeel van een reeks",
            "dit stuk is onderdeel van de reeks", "dit stuk maakt deel uit van een serie",
            "dit stuk maakt deel uit van de serie", "dit stuk maakt deel uit van onze", "dit stuk maakt deel uit van ons",
            "dit stuk maakt deel uit van het project", "dit stuk maakt deel uit van een reeks",
            "dit stuk maakt deel uit van de reeks", "deze reportage is onderdeel", "deze reportage maakt deel uit",
            "dit interview is onderdeel", "dit interview maakt deel uit", "dit artikel kwam tot stand met",
            "dit artikel kwam tot stand in samenwerking", "dit artikel kwam tot stand dankzij",
            "dit verhaal kwam tot stand met", "dit verhaal kwam tot stand in samenwerking",
            "dit verhaal kwam tot stand dankzij", "dit stuk kwam tot stand met",
            "dit stuk kwam tot stand in samenwerking", "dit stuk kwam tot stand dankzij",
            "dit artikel is tot stand gekomen met", "dit artikel is tot stand gekomen in samenwerking",
            "dit artikel is tot stand gekomen dankzij", "dit verhaal is tot stand gekomen met",
            "dit verhaal is tot stand gekomen in samenwerking", "dit verhaal is tot stand gekomen dankzij",
            "dit stuk is tot stand gekomen met", "dit stuk is tot stand gekomen in samenwerking",
            "dit stuk is tot stand gekomen dankzij", "deze reportage kwam tot stand",
            "deze reportage is tot stand gekomen", "dit artikel is mede mogelijk gemaakt",
            "dit artikel is mogelijk gemaakt", "dit verhaal is mede mogelijk gemaakt", "dit verhaal is mogelijk gemaakt",
            "deze reportage is mede mogelijk gemaakt", "deze reportage is mogelijk gemaakt", "dit artikel is gemaakt met",
            "dit artikel verschijnt", "dit is de eerste aflevering", "dit is de tweede aflevering",
            "dit is de laatste aflevering", "dit is aflevering", "dit is het eerste deel van een serie",
            "dit is het eerste deel van de serie", "dit is het eerste deel van onze",
            "dit is het eerste deel uit de serie", "dit is het eerste deel uit onze",
            "dit is het tweede deel van een serie", "dit is het tweede deel van de serie",
            "dit is het tweede deel van onze", "dit is het tweede deel uit de serie", "dit is het tweede deel uit onze",
            "dit is het derde deel van een serie", "dit is het derde deel van de serie", "dit is het derde deel van onze",
            "dit is het derde deel uit de serie", "dit is het derde deel uit onze",
            "dit is het laatste deel van een serie", "dit is het laatste deel van de serie",
            "dit is het laatste deel van onze", "dit is het laatste deel uit de serie",
            "dit is het laatste deel uit onze",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["lees meer:", "lees verder:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["vergelijkbare artikelen", "vergelijkbare berichten", "recente berichten", "populaire berichten", "misschien vind je dit ook leuk", "verder lezen", "uitgelicht"]),
        header(Donation).max_words(12).phrases(&["was dit artikel nuttig", "was dit artikel waardevol"]),
        label(Social).phrases(&["vind ik leuk", "deel deze pagina", "delen via", "delen op"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(3).phrases(&["audioversie"]),
        chrome(Other).max_words(4).phrases(&["artikel beluisteren", "artikel voorlezen"]),
        chrome(Other).max_words(5).phrases(&["beluister dit artikel"]),
        chrome(Other).max_words(6).phrases(&["luister naar dit artikel", "luister naar het artikel", "laat dit artikel voorlezen"]),
        chrome(Social).max_words(5).phrases(&["bekijken op youtube"]),
        chrome(Social).max_words(7).phrases(&["dit bericht bekijken op instagram"]),
        chrome(Social).max_words(10).phrases(&["een bericht gedeeld door"]),
        chrome(Social).max_words(15).phrases(&["♬ origineel geluid"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["reactie annuleren", "reactie plaatsen", "reacties laden"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["reacties zijn gesloten", "geef een reactie", "nog geen reacties"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["wees de eerste om te reageren"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["vereiste velden zijn gemarkeerd met", "je reactie wacht op goedkeuring"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["je moet ingelogd zijn om een reactie te plaatsen"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["je e-mailadres wordt niet gepubliceerd"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["mijn naam, e-mail en site bewaren"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["fout melden"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["meld een typfout"]),
        chrome(Other).part(Navigation).max_words(15).phrases(&["typfout gezien"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["heb je een fout gezien", "heeft u een fout gezien"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["leestip:", "leestips:", "meer lezen:", "ook lezen:", "eerder verschenen:"]),
        line(Other).max_words(45).phrases(&["deze serie is mede mogelijk gemaakt", "deze serie kwam tot stand", "deze publicatie kwam tot stand", "deze reportage werd mogelijk gemaakt", "dit artikel werd mogelijk gemaakt", "dit verhaal werd mogelijk gemaakt", "dit artikel is geschreven met steun", "de totstandkoming van dit artikel"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["gratis artikels", "gratis stuk", "gratis stukken", "gratis plusartikel", "gratis plusartikelen", "gratis premium artikel", "gratis premium artikelen", "resterende artikelen", "gratis artikelen over", "gratis artikel over"]),
        ask(Paywall).max_words(30).phrases(&["dit is je laatste gratis artikel", "dit is uw laatste gratis artikel", "je laatste gratis artikel", "uw laatste gratis artikel", "je hebt al je gratis artikelen gelezen", "u hebt al uw gratis artikelen gelezen", "u heeft al uw gratis artikelen gelezen", "je hebt het maximum aantal gratis artikelen bereikt", "u heeft het maximum aantal gratis artikelen bereikt", "je hebt het maximaal aantal gratis artikelen gelezen", "je gratis artikelen zijn op", "je hebt je limiet van gratis artikelen bereikt"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["de rest van dit artikel is alleen voor abonnees", "de rest van dit artikel", "dit artikel is alleen voor abonnees", "lees verder met een abonnement", "lees het volledige artikel", "dit is een premium artikel", "dit is een plusartikel"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["lees verder na de advertentie", "lees verder na advertentie", "lees verder onder de advertentie", "het artikel gaat verder na de advertentie", "het artikel gaat verder onder de advertentie", "artikel gaat verder onder de advertentie", "het verhaal gaat verder onder de advertentie", "de tekst gaat verder onder de advertentie", "artikel loopt door onder de advertentie", "verder lezen na de advertentie", "gaat verder na de advertentie"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["gesponsorde inhoud", "gesponsorde content", "gesponsord artikel", "gesponsord door", "betaalde samenwerking", "betaald partnerschap", "aangeboden door"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["dit artikel bevat affiliate links", "dit artikel bevat affiliate-links", "dit artikel bevat affiliatelinks", "deze pagina bevat affiliate links", "dit bericht bevat affiliate links", "wij ontvangen een commissie", "we ontvangen mogelijk een commissie", "wij kunnen een commissie ontvangen", "als je via onze links een aankoop doet", "als je via deze links", "bij aankoop via deze links"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["niets uit deze uitgave mag worden verveelvoudigd", "niets van deze website mag worden overgenomen", "overname zonder toestemming niet toegestaan", "overnemen zonder toestemming is niet toegestaan", "auteursrechtelijk beschermd"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["schrijf je in voor de nieuwsbrief", "meld je aan voor de nieuwsbrief", "meld je aan voor onze nieuwsbrief", "abonneer je op de nieuwsbrief", "schrijf u in op onze nieuwsbrief"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["download nu de app", "download gratis de app", "haal de app"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["de reacties zijn gesloten", "reageren is niet meer mogelijk", "lees de reacties", "doe mee aan de discussie"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["archieffoto", "eigen foto", "eigen beeld", "privéfoto", "persfoto", "foto ter illustratie"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["video afspelen", "opnieuw afspelen", "lees voor"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["einde van dialoogvenster"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["dit is een extra venster"]),
        label(Other).part(Player).weight(2.5).phrases(&["videospeler", "audiospeler"]),
        chrome(Social).part(Player).weight(2.5).max_words(11).phrases(&["dit bericht op instagram bekijken"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tags", "trefwoorden", "labels"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["rekeningnummer", "bankrekeningnummer", "ten name van", "t.n.v.", "onder vermelding van", "o.v.v.", "rekeninghouder", "gestructureerde mededeling"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["nu inschrijven", "gratis inschrijven", "nu aanmelden", "gratis aanmelden", "schrijf je nu in", "meld je nu aan", "schrijf me in", "ja, ik wil de nieuwsbrief"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["inschrijven", "aanmelden", "e-mailadres", "verzenden", "versturen"]),
        label(Subscription).phrases(&["bekijk aanbod", "bekijk ons aanbod", "bekijk de aanbiedingen", "bekijk alle abonnementen", "nu abonneren", "direct abonneren", "word nu abonnee", "probeer gratis", "gratis proberen", "probeer nu gratis", "start proefperiode", "log in", "al abonnee? log in", "ben je al abonnee? log hier in", "bent u al abonnee? log in", "al een account? log in", "kies je abonnement", "profiteer nu"]),
        label(App).phrases(&["download in de app store", "ontdek het op google play", "nu verkrijgbaar bij google play", "beschikbaar in de app store", "ontdek het op appgallery", "download de gratis app", "open de app", "download nu", "nu downloaden", "download in de play store", "download de nieuwe app", "lees in de app", "open artikel in de app", "nu gratis downloaden"]),
        label(Donation).phrases(&["nu doneren", "eenmalige donatie", "maandelijkse donatie", "ander bedrag", "vrij bedrag", "word vriend", "steun nu", "doneer eenmalig", "doneer maandelijks", "periodieke gift", "eenmalige gift", "maandelijkse gift", "ander bedrag invullen", "doneer via ideal"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["periodiek"]),
        label(Social).phrases(&["artikel delen", "kopieer link", "kopieer de link", "gekopieerd naar klembord", "artikel printen", "delen via e-mail", "verstuur per e-mail", "stuur door", "delen op facebook", "deel op facebook", "delen op x", "delen op linkedin", "delen via whatsapp", "deel via whatsapp"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["printen", "afdrukken", "mailen", "e-mail"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["door je in te schrijven", "door je in te schrijven ga je akkoord", "door je aan te melden ga je akkoord", "door u aan te melden", "door op inschrijven te klikken", "door op aanmelden te klikken", "je kan je op elk moment uitschrijven", "je kunt je op elk moment uitschrijven", "je kunt je altijd weer afmelden", "je kunt je op ieder moment afmelden", "u kunt zich op elk moment afmelden", "uitschrijven kan altijd", "wij delen je gegevens nooit", "we delen je e-mailadres nooit", "ik ga akkoord met", "ik geef toestemming", "lees onze privacyverklaring", "deze site wordt beschermd door recaptcha", "controleer je inbox", "check je inbox", "bevestig je inschrijving"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["vond je dit een interessant artikel", "vond je dit artikel interessant", "vond je dit artikel nuttig", "vond je dit artikel de moeite waard", "heb je genoten van dit artikel", "heeft u genoten van dit artikel", "vond u dit artikel interessant", "wil je niets missen", "wilt u niets missen", "wil je meer van dit soort verhalen", "wil je meer lezen", "wil je op de hoogte blijven", "wilt u op de hoogte blijven", "waardeer je onze journalistiek"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["zeiden", "vertelde", "vertelden", "vertelt", "legde uit", "liet weten", "lieten weten", "voegde toe", "voegde eraan toe", "benadrukte", "kondigde aan", "ontkende", "gaf toe", "waarschuwde", "waarschuwt", "herinnerde", "antwoordde", "schreef", "meldde", "berichtte", "berichtten", "verklaarden", "onderstreepte", "merkte op", "wees erop", "beweerde", "beweert", "in een interview met", "tegen verslaggevers", "tegen journalisten"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogalerij", "vergroten"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["volgende foto", "vorige foto", "volgende afbeelding", "vorige afbeelding", "galerij sluiten", "volledig scherm"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["bekijk de fotoserie", "bekijk alle foto's", "alle foto's bekijken"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["liveblog", "live-blog", "live-updates", "vernieuwen"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["volg live", "live volgen", "laatste updates", "meer laden", "laad meer"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["opslaan", "lettergrootte", "tekstgrootte"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["artikel opslaan", "artikel bewaren"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["afspelen", "pauzeren", "dempen", "afspeelsnelheid", "ondertiteling"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["bekijk video", "geluid uit", "geluid aan", "automatisch afspelen"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["bekijk de video"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["heeft dit artikel je geholpen"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["bedankt voor het lezen", "dank voor het lezen", "dank je wel voor het lezen", "dank u voor het lezen", "fijn dat je dit leest", "fijn dat u dit leest", "tot het einde gelezen"]),
        cue(Donation).weight(2.0).phrases(&["je gift wordt verdubbeld", "uw gift wordt verdubbeld"]),
        cue(Donation).weight(2.0).phrases(&["elk bedrag helpt", "kies zelf het bedrag", "bepaal zelf het bedrag", "betaal wat je wilt", "geef wat je kunt", "ook een klein bedrag helpt"]),
        cue(Subscription).phrases(&["lees de digitale krant", "de digitale krant", "de papieren krant", "de krant thuisbezorgd", "lees de e-paper"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["toestaan niet nu", "niet nu toestaan", "toestaan later", "later toestaan", "toestaan blokkeren", "blokkeren toestaan", "toestaan niet toestaan", "niet toestaan toestaan", "toestaan nee bedankt", "nee bedankt toestaan", "toestaan annuleren", "annuleren toestaan"]),
        cue(App).phrases(&["meldingen ontvangen", "ontvang een melding", "ontvang direct een melding", "pushmeldingen", "meldingen toestaan"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["ik steun", "ik doneer", "ik wil steunen", "ik wil doneren", "ik steun al", "ik ben al donateur", "ik word donateur"]),
        label(Membership).phrases(&["ik word lid", "ik wil lid worden", "ik ben al lid", "ik doe mee"]),
        label(Subscription).phrases(&["ik word abonnee", "ik ben al abonnee", "ik wil abonnee worden"]),
        label(Newsletter).phrases(&["ik meld me aan"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lees ook:", "lees hier:", "bekijk ook:", "kijk ook:", "zie ook:", "luister ook:", "gerelateerde artikelen:", "meer over dit onderwerp:", "misschien ook interessant:", "dit vind je misschien ook interessant:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["luister live", "luister nu live", "luister naar de livestream"]),
        ask(Social).max_words(30).phrases(&["ons whatsapp-kanaal", "ons whatsappkanaal", "ons whatsapp kanaal", "ons telegram-kanaal", "we zitten ook op whatsapp"]),
        line(Subscription).max_words(10).phrases(&["e-paper van vandaag", "lees de krant online", "lees de digitale krant"]),
        label(Subscription).phrases(&["e-paper", "epaper", "digikrant"]),
        ask(Other).part(Comments).max_words(60).phrases(&["beledigende reacties worden verwijderd", "reacties worden na goedkeuring geplaatst", "reacties worden pas na goedkeuring", "alleen geregistreerde gebruikers kunnen reageren", "behoudt zich het recht voor om reacties", "reacties zijn voor rekening van"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["tip de redactie", "tip ons", "heb je een nieuwstip", "heb je een tip voor de redactie", "heeft u een tip voor de redactie", "stuur je tip", "tips kun je mailen", "neem contact op met de redactie", "mail de redactie", "stuur ons je foto's"]),
        label(Other).phrases(&["nieuwstip", "tip insturen", "stuur een tip"]),
        ask(Ad).max_words(35).phrases(&["stem op je favoriet", "win twee kaarten", "actievoorwaarden van toepassing"]),
        label(Ad).phrases(&["koop tickets", "bestel tickets", "tickets bestellen", "stem nu"]),
        ask(Ad).max_words(35).phrases(&["versterk onze redactie", "kom ons team versterken", "we zoeken een verslaggever", "we zoeken een journalist", "wij zoeken een journalist", "we zoeken correspondenten"]),
        label(Ad).phrases(&["solliciteer direct"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd met", "mijn naam, e-mail en site bewaren", "je reactie wacht op goedkeuring"]),
        label(Other).part(Comments).phrases(&["reageer", "reageren", "plaats reactie"]),
    ],
    // Only forms no other pack's language uses as a word: "je" and "u" are French and more.
    we: &["wij", "ons", "onze"],
    you: &["jij", "jouw", "jullie", "uw"],
};
