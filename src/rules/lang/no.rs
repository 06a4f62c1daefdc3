//! Norwegian (bokmål).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "no",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["lesetid", "min. lesetid", "minutters lesing"]),
        header(Donation).max_words(14).phrases(&[
            "en melding fra", "støtt oss", "støtt uavhengig journalistikk", "støtt vår journalistikk", "før du går",
            "kan du hjelpe oss", "vi trenger din støtte",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "gi en gave", "ditt bidrag", "din gave", "hvert bidrag", "hver krone", "støtt oss med",
            "støtt oss i dag", "bli fast giver", "bli månedlig giver", "gi månedlig", "vi trenger din hjelp",
            "støtt arbeidet vårt", "støtt journalistikken", "gi et valgfritt beløp", "velg beløp",
        ]),
        cue(Donation).phrases(&["din støtte", "uavhengig journalistikk", "vårt arbeid", "vår journalistikk", "per måned", "i måneden", "vipps", "kontonummer"]),
        cue(Donation).weight(0.5).phrases(&["bidrag*", "donasjon*", "støtt*", "giver*"]),
        salutation(Donation).max_words(6).phrases(&["kjære leser", "kjære lesere", "hei, leser"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["likte du artikkelen", "likte du denne saken", "liker du det du leser"]),
        ask(Membership).phrases(&["bli medlem nå", "bli støttemedlem", "meld deg inn"]),
        cue(Membership).phrases(&["medlemskap*"]),
        ask(Subscription).phrases(&[
            "abonner nå", "bli abonnent", "allerede abonnent", "er du allerede abonnent", "kjøp abonnement",
            "prøv gratis", "full tilgang", "ingen bindingstid", "avslutt når du vil", "digitalt abonnement", "for abonnenter",
        ]),
        cue(Subscription).phrases(&["abonnement*", "abonnent*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "for å lese videre", "les videre med", "kun for abonnenter", "denne artikkelen er for abonnenter",
            "forbeholdt abonnenter", "gratis artikler", "logg inn for å lese",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["du har lest"]),
        ask(Newsletter).phrases(&[
            "meld deg på nyhetsbrevet", "meld deg på vårt nyhetsbrev", "vårt nyhetsbrev", "nyhetsbrevet vårt",
            "i innboksen din", "e-postadressen din", "din e-postadresse", "meld deg av når som helst",
        ]),
        cue(Newsletter).phrases(&["nyhetsbrev*", "personvernerklæring*"]),
        ask(App).phrases(&["last ned appen", "last ned vår app", "last ned appen vår"]),
        cue(App).phrases(&["appen vår", "vår app", "i app store"]),
        ask(Cookie).phrases(&[
            "vi bruker informasjonskapsler", "bruker informasjonskapsler", "vi bruker cookies", "bruker cookies",
            "godta alle", "avvis alle", "administrer samtykke", "innstillinger for informasjonskapsler",
        ]),
        ask(Social).phrases(&["følg oss på", "følg oss", "del artikkelen", "del denne artikkelen", "del på facebook", "del saken"]),
        line(Related).max_words(24).phrases(&["les også", "mest lest", "relaterte saker", "flere saker", "se også", "mer om dette", "anbefalt for deg"]),
        label(Related).phrases(&["les også", "les mer", "mest lest", "relaterte saker", "anbefalt"]),
        ask(Credit).max_words(40).phrases(&["er journalist i", "er journalist ved", "er reporter i", "er korrespondent for", "bidro til denne saken"]),
        line(Credit).max_words(10).phrases(&["foto:", "tekst:", "grafikk:", "oversatt av"]),
        chrome(Other).max_words(10).phrases(&["alle rettigheter forbeholdt",]),
        label_any().phrases(&[
            "lukk", "ikke nå", "nei takk", "senere", "påminn meg senere", "godta", "avvis", "fortsett", "skriv ut",
            "engangs", "månedlig", "støtt", "gi nå", "abonner", "bli medlem", "logg inn",
        ]),
        outlet(Donation).phrases(&[
            "uavhengig medie", "uavhengig avis", "reklamefri", "uten reklame", "uten betalingsmur", "ingen betalingsmur",
            "ikke-kommersiell", "gratis for alle", "finansiert av leserne",
        ]),
        // Second round, and nynorsk forms of the commonest lines.
        ask(Donation).phrases(&["gi et engangsbeløp", "fast månedlig beløp", "gje eit bidrag", "støtt oss i dag med"]),
        cue(Donation).phrases(&["engangsbeløp", "skattefradrag", "di støtte"]),
        ask(Paywall).weight(3.5).phrases(&["denne saken er for abonnenter", "har du allerede abonnement", "allerede abonnent? logg inn", "les hele saken med"]),
        ask(Subscription).phrases(&["første måned for", "prøv en måned", "tilgang til alt innhold"]),
        ask(Newsletter).phrases(&["motta nyhetsbrev", "takk for påmeldingen", "bekreft e-postadressen", "meld deg på nyheitsbrevet"]),
        cue(Newsletter).phrases(&["nyheitsbrev*"]),
        ask(Cookie).phrases(&["vi og våre partnere", "tilpass innstillinger"]),
        ask(Social).phrases(&["del på x", "kopier lenke", "lenke kopiert"]),
        line(Related).max_words(24).phrases(&["anbefalte saker", "les flere saker", "les òg", "les meir", "mest lese"]),
        label_any().phrases(&["skjønner", "ok, skjønner", "les senere", "lagre"]),
        outlet(Donation).phrases(&["uavhengig og ideell", "eid av leserne", "ikke-kommersielt"]),
        ask(Membership).phrases(&["bli medlem i dag", "meld deg inn i foreningen"]),
        notice().phrases(&["rettelse:", "oppdatert:", "oppdatering:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["artikkelen er oppdatert", "artikkelen er rettet", "en tidligere versjon av denne artikkelen"]),
        body().phrases(&["sier", "ifølge", "opplyser", "forteller", "uttalte", "informerer"]),
        // Also news wording: "Ukraina vil bli medlem av EU", "rapporten ble publisert første gang i
        // mars", "Les mer om reglene på Skatteetatens nettsider", "museet tilbyr ubegrenset tilgang".
        cue(Membership).phrases(&["bli medlem"]),
        ask(Membership).at(Start).max_words(4).phrases(&["bli medlem"]),
        cue(Credit).phrases(&["publisert første gang"]),
        ask(Credit).max_words(40).phrases(&["artikkelen ble publisert første gang", "saken ble publisert første gang", "saken ble først publisert"]),
        cue(Subscription).weight(2.0).phrases(&["ubegrenset tilgang"]),
        line(Related).max_words(3).phrases(&["les mer", "siste nytt"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["vil du støtte oss", "kan du støtte oss", "støtte oss med", "tenke deg å gi"]),
        cue(Donation).weight(2.0).phrases(&["valgfritt beløp", "finansiert av leserne våre", "finansiert av våre lesere"]),
        ask(Membership).phrases(&["som medlem bidrar du", "som medlem får du", "som medlem støtter du"]),
        ask(Membership).at(Start).max_words(20).phrases(&["bli medlem i", "bli medlem av"]),
        cue(Membership).phrases(&["som medlem"]),
        cue(App).phrases(&["iphone og android", "app store og google play"]),
        line(Credit).max_words(12).phrases(&["tips oss", "kontakt journalisten"]),
        outlet(Donation).phrases(&["reklamefri avis", "uavhengig og reklamefri"]),
        label_any().phrases(&["kanskje senere", "innstillinger", "ikke akkurat nå"]),
        // "gi et bidrag" was an anchor anywhere; news says it too ("organisasjonen ber folk gi et
        // bidrag"): an ask at a short block's start, a cue elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["gi et bidrag"]),
        cue(Donation).weight(2.0).phrases(&["gi et bidrag"]),
        ask(Donation).phrases(&["støtt oss via", "gi et månedlig bidrag", "bli bidragsyter", "støtt oss med vipps"]),
        ask(Paywall).phrases(&["lås opp saken", "for å fortsette å lese", "vil du lese hele saken"]),
        ask(Subscription).phrases(&["tegn abonnement", "prøv en måned for"]),
        ask(Newsletter).phrases(&["få nyhetsbrevet", "skriv inn e-postadressen", "skriv inn e-posten din"]),
        ask(App).phrases(&["last ned vår gratis app", "hent appen vår"]),
        ask(Cookie).phrases(&["godtar du vår bruk av", "informasjonskapsler og lignende teknologi", "samtykker du til"]),
        label_any().phrases(&["jeg godtar", "avbryt", "nei, takk"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["takket være leserne våre", "takket være våre lesere", "støtte fra leserne"]),
        ask(Donation).phrases(&["vipps et bidrag", "vipps oss"]),
        ask(Newsletter).phrases(&["registrer deg for", "melde deg av", "meld deg på"]),
        cue(Newsletter).phrases(&["morgenbrev*", "kveldsbrev*"]),
        ask(Paywall).weight(3.5).phrases(&["denne saken er låst", "saken er låst", "artikkelen er låst"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["allerede kunde", "har du allerede en konto"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["dette nettstedet bruker", "denne nettsiden bruker"]),
        line(Credit).max_words(10).phrases(&["tekst og foto:", "tekst og bilder:"]),
        line(Related).max_words(8).phrases(&["flere nyheter fra", "mer fra"]),
        // "vipps til" was an anchor anywhere, as Swedish "swisha till" and Danish "mobilepay til"
        // were (news on fraud says them): an ask at a short block's start, a cue elsewhere.
        ask(Donation).at(Start).max_words(20).phrases(&["vipps til"]),
        cue(Donation).weight(2.0).phrases(&["vipps til"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["bli en av våre støttespillere", "lesere som allerede støtter oss"]),
        ask(Subscription).phrases(&["gi bort et abonnement", "abonnement i julegave", "gi et abonnement i gave"]),
        ask(Social).phrases(&["del den med en venn", "send saken til en venn"]),
        line(Other).max_words(25).phrases(&["har du et tips til redaksjonen", "har du tips til oss"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["om forfatteren", "om skribenten", "om journalisten", "flere artikler av", "alle artikler av", "mer fra forfatteren"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["forfatteren er", "skribenten er", "artikkelforfatteren er"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["er frilansjournalist", "er kommentator i"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["hopp til innhold", "hopp til hovedinnhold", "gå til innhold"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["skriv en kommentar", "legg igjen en kommentar", "vis kommentarer", "kommentarfeltet er stengt", "kommentarfeltet"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["kommentarer"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["kommentarer"]),
        ask(Other).part(Comments).phrases(&["logg inn for å kommentere", "kommentarene modereres", "retningslinjer for kommentarer"]),
        ask(Other).part(Disclaimer).phrases(&["gir uttrykk for forfatterens", "uttrykk for skribentens", "står for skribentens regning", "står for forfatterens regning", "meninger i teksten står for"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["neste side", "forrige side", "side 1 av", "meld fra om feil"]),
        ask(Other).part(Navigation).phrases(&["nettstedet fungerer best", "nettleseren din er utdatert", "aktiver javascript"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "hør også", "sjå òg", "du vil kanskje også like", "du liker kanskje også",
            "kanskje du også liker", "dette kan også interessere deg", "kan også interessere deg",
            "du kan også være interessert i", "forrige artikkel", "neste artikkel", "forrige sak", "neste sak",
        ]),
        line(Related).max_words(6).phrases(&[
            "relaterte artikler", "relaterte nyheter", "flere artikler", "flere nyheter", "andre saker", "andre nyheter",
            "mest leste", "mest delt", "mest sett", "mest populære", "siste nyheter", "siste saker",
            "redaksjonen anbefaler", "ikke gå glipp av", "fleire saker",
        ]),
        line(Related).max_words(4).phrases(&["relatert", "mer om", "populært", "anbefalt", "toppsaker"]),
        label(Related).phrases(&[
            "se også", "relatert", "relaterte artikler", "flere saker", "flere nyheter", "flere artikler", "andre saker",
            "mest leste", "populært", "siste nytt", "siste nyheter", "siste saker", "redaksjonen anbefaler",
            "anbefalt for deg", "ikke gå glipp av", "toppsaker", "les videre", "les òg",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "lagre og/eller få tilgang til informasjon på en enhet", "annonse- og innholdsmåling",
            "publikumsundersøkelser og tjenesteutvikling",
        ]),
        label_any().phrases(&[
            "tillat alle", "aksepter alle", "flere alternativer",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        // The outlet's pledge to the press's code, in its footer ("Adresseavisen arbeider etter Vær Varsom-plakatens regler").
        // By its verb, not the code's name, which stories about a complaint cite; below an
        // anchor's weight, so that it goes with the footer around it and never alone (a story
        // may end on the same words).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["arbeider etter vær varsom", "arbeider etter vær varsam", "arbeider etter ver varsam", "redigeres etter vær varsom", "redigeres etter ver varsam", "vert redigert etter ver varsam"]),
        line(Other).max_words(45).phrases(&[
            "denne artikkelen er en del", "denne artikkelen er ein del", "artikkelen er en del av",
            "artikkelen er ein del av", "artikkelen er del av", "denne reportasjen er en del", "reportasjen er en del av",
            "denne teksten er en del", "artikkelen inngår i", "denne artikkelen inngår i",
            "artikkelen er laget med støtte", "artikkelen er laga med støtte", "artikkelen er skrevet med støtte",
            "artikkelen er produsert med", "artikkelen er produsert i samarbeid", "artikkelen er laget i samarbeid",
            "artikkelen er støttet av", "artikkelen er finansiert av", "denne artikkelen er laget",
            "denne artikkelen er produsert", "denne artikkelen er støttet", "reportasjen er laget med støtte",
            "reportasjen er støttet av", "dette er første del av en serie", "dette er første del av serien",
            "dette er første del i en serie", "dette er første del i serien", "dette er første del av vår",
            "dette er første del i vår", "dette er andre del av en serie", "dette er andre del av serien",
            "dette er andre del i en serie", "dette er andre del i serien", "dette er andre del av vår",
            "dette er andre del i vår", "dette er siste del av en serie", "dette er siste del av serien",
            "dette er siste del i en serie", "dette er siste del i serien", "dette er siste del av vår",
            "dette er siste del i vår", "artikkelen er første del", "artikkelen er andre del",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["les mer:", "relatert:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["relaterte innlegg", "lignende artikler", "lignende saker", "videre lesning", "siste innlegg", "populære innlegg"]),
        header(Donation).max_words(12).phrases(&["likte du denne artikkelen", "var denne artikkelen nyttig", "var artikkelen nyttig", "likte du saken"]),
        label(Social).phrases(&["del dette", "del på", "del via", "lik dette"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["hør artikkelen"]),
        chrome(Other).max_words(5).phrases(&["lytt til artikkelen", "lytt til saken"]),
        chrome(Social).max_words(5).phrases(&["se på youtube"]),
        chrome(Social).max_words(7).phrases(&["se dette innlegget på instagram"]),
        chrome(Social).max_words(10).phrases(&["et innlegg delt av"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["avbryt svar", "publiser kommentar", "skjul kommentarer"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["kommentarer er stengt", "delta i debatten"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["legg igjen et svar"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["obligatoriske felt er merket med"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["du må være logget inn for å publisere en kommentar"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["din e-postadresse vil ikke bli publisert"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["lagre navn, e-post og nettside"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["rapporter feil"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["har du funnet en feil", "fant du en feil"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        chrome(Other).at(Any).max_words(4).phrases(&["min. lesing"]),
        line(Other).max_words(45).phrases(&["denne artikkelen er skrevet med støtte", "artikkelen er publisert i samarbeid"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["gratis artikkel", "gratis sak", "gratis saker", "gratis artikler igjen", "gratis artikkel igjen", "gratisartikler igjen", "artikler igjen", "gratis plussartikkel", "gratis plussartikler"]),
        ask(Paywall).max_words(30).phrases(&["dette er din siste gratis artikkel", "dette er den siste gratis artikkelen din", "din siste gratis artikkel", "du har lest alle dine gratis artikler", "du har lest alle gratisartiklene", "du har brukt opp dine gratis artikler", "du har brukt opp gratisartiklene dine", "du har nådd grensen for gratis artikler"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["resten av saken er for abonnenter", "resten av artikkelen er for abonnenter", "denne artikkelen er forbeholdt abonnenter", "les hele saken"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["artikkelen fortsetter under annonsen", "artikkelen fortsetter etter annonsen", "saken fortsetter under annonsen", "saken fortsetter etter annonsen", "teksten fortsetter under annonsen", "les videre under annonsen", "artikkelen fortsetter nedenfor", "saken fortsetter under"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["annonse", "reklame", "annonsørinnhold", "innhold fra annonsør", "sponset innhold", "sponset av", "betalt samarbeid", "kommersielt samarbeid", "presentert av"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["denne artikkelen inneholder affiliate-lenker", "artikkelen inneholder affiliatelenker", "denne saken inneholder affiliate-lenker", "saken inneholder annonselenker", "denne artikkelen inneholder annonselenker", "artikkelen inneholder annonselenker", "vi kan motta provisjon", "vi mottar provisjon", "vi kan få provisjon", "hvis du kjøper via lenkene", "dersom du handler via lenker"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["kopiering uten avtale er ikke tillatt", "ettertrykk forbudt", "innholdet er beskyttet etter åndsverkloven", "materialet er beskyttet etter åndsverkloven", "alt innhold er opphavsrettslig beskyttet", "gjengivelse uten tillatelse er ikke tillatt"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["abonner på nyhetsbrevet"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["skaff deg appen"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["kommentarfeltet er lukket", "kommentering er stengt", "bli med i debatten", "regler for kommentarer"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["arkivfoto", "arkivbilde", "illustrasjonsfoto", "illustrasjonsbilde", "pressebilde", "skjermbilde"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["spill av video", "spill om igjen", "avslutning på dialogvindu"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["dette er et dialogvindu"]),
        label(Other).part(Player).weight(2.5).phrases(&["videospiller", "lydspiller"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tags", "stikkord", "emneord", "nøkkelord"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["kontonummer", "kontonr.", "kontonr", "vippsnummer", "vipps-nummer", "kontoinnehaver", "kid-nummer", "melding til mottaker"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["meld meg på", "meld på", "meld deg på gratis", "registrer deg", "din e-post", "skriv inn e-postadressen din", "fyll inn e-postadressen din", "registrer e-post", "meld meg på nyhetsbrevet"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["e-postadresse"]),
        label(Subscription).phrases(&["se tilbud", "se tilbudene", "start prøveperiode", "er du allerede abonnent? logg inn", "har du allerede abonnement? logg inn", "kjøp nå", "velg abonnement", "få tilgang", "fortsett å lese"]),
        label(App).phrases(&["last ned i app store", "last ned på app store", "tilgjengelig på google play", "hent appen", "åpne i appen", "åpne appen", "installer appen", "last ned nå"]),
        label(Donation).phrases(&["doner nå", "støtt nå", "månedlig gave", "fast giver", "annet beløp", "gi en gang", "støtt månedlig", "gå til betaling", "bli støttespiller"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["engangsgave"]),
        label(Social).phrases(&["kopier lenken", "lenken er kopiert", "kopiert til utklippstavlen", "send på e-post", "del på e-post", "del via e-post", "del på linkedin", "del på messenger", "send lenke", "skriv ut artikkelen"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["ved å melde deg på", "ved å melde deg på godtar du", "ved å registrere deg godtar du", "ved å klikke på", "du kan når som helst melde deg av", "du kan melde deg av når som helst", "du kan når som helst avslutte", "vi deler aldri", "jeg samtykker til", "les vår personvernerklæring", "les mer om hvordan vi behandler", "dette nettstedet er beskyttet av recaptcha", "sjekk innboksen din"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["vil du ha flere saker som dette", "vil du ikke gå glipp av noe", "vil du holde deg oppdatert", "vil du vite mer", "vil du lese mer"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["uttaler", "forklarer", "forklarte", "legger til", "la til", "understreker", "påpeker", "påpekte", "bekrefter", "kunngjorde", "innrømmer", "innrømmet", "benekter", "benektet", "advarer", "advarte", "minnet om", "spurte", "skrev", "opplyste", "fortalte", "i et intervju med", "konstaterer", "konstaterte", "slår fast", "utdyper", "utdypet", "lyder det"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["bildegalleri", "fotogalleri", "bildeserie", "forstørr", "fullskjerm"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["neste bilde", "forrige bilde", "full skjerm", "lukk galleri", "åpne galleri"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["se alle bilder"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["liveblogg", "oppdater", "festet"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["følg direkte", "følg live", "se direkte", "siste oppdateringer", "festet innlegg"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["last inn flere"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["tekststørrelse", "skriftstørrelse", "oversett"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["lagre artikkel", "del artikkel"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["avspillingshastighet", "lydversjon", "undertekster"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["spill av", "se video", "se videoen", "automatisk avspilling"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["slå av lyd", "slå på lyd"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["setter du pris på journalistikken vår", "var saken nyttig for deg"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["takk for at du leste", "takk for at du leser", "takk for at du leste saken", "takk for at du leser oss"]),
        cue(Donation).weight(2.0).phrases(&["gaven din blir doblet", "vi dobler gaven din", "bidraget ditt dobles", "hver gave dobles"]),
        cue(Donation).weight(2.0).phrases(&["gi det du kan", "uansett beløp"]),
        cue(Subscription).phrases(&["les e-avisen", "les eavisen", "den digitale avisen", "få papiravisen levert"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["tillat ikke nå", "ikke nå tillat", "tillat senere", "senere tillat", "tillat blokker", "blokker tillat", "tillat nei takk", "nei takk tillat", "tillat avbryt", "avbryt tillat"]),
        cue(App).phrases(&["pushvarsler", "slå på varsler", "få varsler"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["jeg støtter", "jeg vil støtte", "jeg støtter allerede", "jeg vil gi", "jeg vil bli fast giver", "jeg er allerede fast giver", "jeg vil gi en gave"]),
        label(Membership).phrases(&["jeg vil bli medlem", "jeg er allerede medlem", "jeg blir med"]),
        label(Subscription).phrases(&["jeg vil abonnere", "jeg er allerede abonnent", "jeg har allerede abonnement"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["les også:", "les òg:", "les og:", "se også:", "sjå òg:", "hør også:", "relaterte saker:", "relaterte artikler:", "relaterte artiklar:", "du vil kanskje også like:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["hør direkte", "lytt direkte", "lytt på direkten"]),
        ask(Social).max_words(30).phrases(&["vår whatsapp-kanal", "whatsapp-kanalen vår"]),
        line(Subscription).max_words(10).phrases(&["les eavisen", "les e-avisen", "dagens eavis", "dagens avis"]),
        label(Subscription).phrases(&["eavis", "e-avis", "eavisen", "e-avisen", "e-paper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["forbeholder oss retten til å slette", "forbeholder seg retten til å slette"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["tips oss", "send oss tips", "send oss et tips", "tips redaksjonen", "kontakt redaksjonen", "har du tips om saken", "har du bilder eller video"]),
        label(Other).phrases(&["send tips", "send inn tips", "gi oss tips"]),
        ask(Ad).max_words(35).phrases(&["stem på din favoritt", "vinn billetter", "vinn to billetter"]),
        label(Ad).phrases(&["kjøp billetter", "kjøp billett"]),
        ask(Ad).max_words(35).phrases(&["vi søker journalist", "vi søker en journalist", "vi søker journalister", "bli en del av redaksjonen"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["din e-postadresse vil ikke bli publisert", "obligatoriske felt er merket med", "lagre navn, e-post og nettside", "din kommentar venter på moderering", "du må være logget inn for å publisere en kommentar"]),
        label(Other).part(Comments).phrases(&["kommenter", "skriv kommentar"]),
    ],
    // "vi" is Italian, "de"/"dem"/"deres" (formal "you") are "they"/"them"/"their": left out.
    we: &["oss", "vår", "vårt", "våre"],
    you: &["du", "deg", "din", "ditt", "dine"],
};
