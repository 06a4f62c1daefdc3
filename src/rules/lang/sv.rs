//! Swedish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "sv",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["lästid", "min läsning", "minuters läsning"]),
        header(Donation).max_words(14).phrases(&[
            "ett meddelande från", "stöd oss", "stöd oberoende journalistik", "stöd vår journalistik", "innan du går",
            "kan du hjälpa oss", "vi behöver ditt stöd",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "ge ett bidrag", "ge en gåva", "ditt bidrag", "din gåva", "varje bidrag", "varje krona", "stöd oss med",
            "stöd oss idag", "ge månadsvis", "vi behöver din hjälp", "stöd vårt arbete",
            "stöd journalistiken", "välj belopp", "donera nu", "skänk en gåva",
        ]),
        cue(Donation).phrases(&["ditt stöd", "oberoende journalistik", "vårt arbete", "vår journalistik", "per månad", "i månaden", "swish", "bankgiro", "plusgiro"]),
        cue(Donation).weight(0.5).phrases(&["bidrag*", "donation*", "gåva*", "givare*"]),
        salutation(Donation).max_words(6).phrases(&["kära läsare", "bästa läsare", "hej läsare"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["gillade du artikeln", "uppskattar du det du läser"]),
        ask(Membership).phrases(&["bli medlem nu", "bli stödmedlem"]),
        cue(Membership).phrases(&["medlemskap*"]),
        ask(Subscription).phrases(&[
            "prenumerera nu", "bli prenumerant", "redan prenumerant", "är du redan prenumerant", "teckna prenumeration",
            "prova gratis", "full tillgång", "ingen bindningstid", "säg upp när du vill", "digital prenumeration", "för prenumeranter",
        ]),
        cue(Subscription).phrases(&["prenumeration*", "prenumerant*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "för att läsa vidare", "läs vidare med", "endast för prenumeranter", "artikeln är låst", "gratis artiklar",
            "logga in för att läsa",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["du har läst"]),
        ask(Newsletter).phrases(&[
            "prenumerera på vårt nyhetsbrev", "anmäl dig till vårt nyhetsbrev", "vårt nyhetsbrev", "i din inkorg",
            "din e-postadress", "avregistrera dig när som helst", "du kan avsluta när som helst",
        ]),
        cue(Newsletter).phrases(&["nyhetsbrev*", "integritetspolicy*"]),
        ask(App).phrases(&["ladda ner appen", "ladda ned appen", "hämta appen", "ladda ner vår app"]),
        cue(App).phrases(&["vår app", "appen"]),
        ask(Cookie).phrases(&[
            "vi använder cookies", "vi använder kakor", "använder cookies", "använder kakor", "godkänn alla",
            "acceptera alla", "neka alla", "hantera samtycke", "cookieinställningar",
        ]),
        ask(Social).phrases(&["följ oss på", "följ oss", "dela artikeln", "dela på facebook"]),
        label(Ad).phrases(&["annons", "reklam", "sponsrat", "annonsörsinnehåll"]),
        line(Related).max_words(24).phrases(&["läs också", "läs även", "mest läst", "relaterade artiklar", "se även", "fler nyheter"]),
        label(Related).phrases(&["läs också", "läs även", "läs mer", "mest läst", "relaterat"]),
        ask(Credit).max_words(40).phrases(&["är reporter på", "är journalist på", "är korrespondent för", "bidrog till denna artikel"]),
        line(Credit).max_words(10).phrases(&["foto:", "text:", "grafik:", "översättning:"]),
        chrome(Other).max_words(10).phrases(&["alla rättigheter förbehållna",]),
        label_any().phrases(&[
            "stäng", "inte nu", "nej tack", "senare", "påminn mig senare", "acceptera", "neka", "fortsätt", "skriv ut",
            "engångsbelopp", "månadsvis", "stöd", "ge nu", "bli medlem", "logga in",
        ]),
        outlet(Donation).phrases(&[
            "oberoende medie", "reklamfri", "utan reklam", "utan betalvägg", "ingen betalvägg", "ideell",
            "icke-kommersiell", "gratis för alla", "finansierad av läsarna",
        ]),
        // Second round: general formulas of each function.
        ask(Donation).phrases(&["ge ett engångsbelopp", "fast månadsbelopp", "stöd oss i dag med"]),
        cue(Donation).phrases(&["engångsbelopp", "skatteavdrag"]),
        ask(Paywall).weight(3.5).phrases(&["denna artikel är för prenumeranter", "har du redan en prenumeration", "läs hela artikeln med"]),
        ask(Subscription).phrases(&["första månaden för", "prova en månad", "tillgång till all vår journalistik"]),
        ask(Newsletter).phrases(&["tack för din anmälan", "bekräfta din e-postadress"]),
        ask(Cookie).phrases(&["vi och våra partner", "anpassa inställningar"]),
        ask(Social).phrases(&["kopiera länk", "länk kopierad"]),
        line(Related).max_words(24).phrases(&["senaste nyheterna", "rekommenderade artiklar"]),
        label_any().phrases(&["jag förstår", "läs senare", "spara"]),
        outlet(Donation).phrases(&["oberoende och icke-kommersiell", "ägd av läsarna"]),
        ask(Membership).phrases(&["bli medlem i dag", "gå med i föreningen", "bli månadsgivare och medlem"]),
        notice().phrases(&["rättelse:", "uppdaterad:", "uppdatering:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["artikeln har uppdaterats", "artikeln har korrigerats", "en tidigare version av denna artikel"]),
        body().phrases(&["säger", "sade", "enligt", "uppger", "berättar"]),
        // Also news wording: "Ukraina vill bli medlem i EU", "rapporten publicerades först i mars",
        // "Läs mer om reglerna på Skatteverkets webbplats", "museet erbjuder obegränsad tillgång".
        cue(Membership).phrases(&["bli medlem"]),
        ask(Membership).at(Start).max_words(4).phrases(&["bli medlem"]),
        cue(Credit).phrases(&["publicerades först"]),
        ask(Credit).max_words(40).phrases(&["artikeln publicerades först", "texten publicerades först"]),
        cue(Subscription).weight(2.0).phrases(&["obegränsad tillgång"]),
        line(Related).max_words(3).phrases(&["läs mer", "senaste nytt"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["vill du stödja oss", "kan du stödja oss", "vill du bidra", "kan du bidra", "tänka dig att bidra", "stöd oss gärna"]),
        cue(Donation).weight(2.0).phrases(&["valfri summa", "valfritt belopp", "stötta oss", "finansieras av våra läsare", "finansierad av våra läsare"]),
        ask(Membership).phrases(&["som medlem gör du", "som medlem får du", "som medlem bidrar du", "som medlem stöttar du", "som medlem stödjer du"]),
        ask(Membership).at(Start).max_words(20).phrases(&["bli medlem i", "bli medlem hos"]),
        cue(Membership).phrases(&["som medlem"]),
        ask(Subscription).phrases(&["avsluta när du vill", "säg upp när som helst"]),
        ask(Newsletter).phrases(&["ange din e-postadress", "skriv in din e-postadress", "missa inga nyheter"]),
        cue(App).phrases(&["för iphone och android", "app store och google play"]),
        ask(App).at(Start).max_words(12).phrases(&["finns för iphone", "finns i app store"]),
        line(Credit).max_words(12).phrases(&["kontakta skribenten", "kontakta reportern", "mejla skribenten", "mejla reportern", "tipsa oss"]),
        outlet(Donation).phrases(&["oberoende tidning", "reklamfri tidning", "läsarfinansierad", "läsarfinansierat"]),
        label_any().phrases(&["kanske senare", "inställningar", "inte just nu", "avböj"]),
        // "bli månadsgivare" was an anchor anywhere; news says it too ("många givare har valt att
        // bli månadsgivare, uppger organisationen"): an ask at a short block's start, a cue elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["bli månadsgivare", "ge ett engångsbidrag"]),
        cue(Donation).weight(2.0).phrases(&["bli månadsgivare"]),
        ask(Donation).phrases(&["stöd oss genom", "ge en valfri summa", "swisha valfritt belopp", "ge ett månatligt bidrag", "bli stödprenumerant"]),
        ask(Paywall).phrases(&["lås upp artikeln", "för att fortsätta läsa", "vill du läsa hela artikeln"]),
        ask(Subscription).phrases(&["teckna en prenumeration", "prova en månad för", "prenumerera från"]),
        ask(Newsletter).phrases(&["anmäl dig till nyhetsbrevet", "prenumerera på nyhetsbrevet", "få nyhetsbrevet"]),
        ask(App).phrases(&["hämta vår app", "ladda ned vår app"]),
        ask(Cookie).phrases(&["godkänner du vår användning av", "cookies och liknande tekniker", "samtycker du till att vi"]),
        label_any().phrases(&["jag godkänner", "avbryt", "nej, tack"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["tack vare våra läsare", "tack vare stödet från våra läsare", "möjlig tack vare er"]),
        ask(Newsletter).phrases(&["skriv upp dig på", "avregistrera dig", "anmäl dig till vårt"]),
        cue(Newsletter).phrases(&["morgonbrev*", "kvällsbrev*"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["redan kund", "har du redan ett konto"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["den här sajten använder cookies", "den här webbplatsen använder cookies", "sajten använder cookies"]),
        line(Credit).max_words(10).phrases(&["text och foto:", "text & foto:", "text och bild:"]),
        line(Related).max_words(8).phrases(&["fler nyheter från", "mer från"]),
        // "swisha" and "swisha till" were anchors anywhere; news on fraud says them ("ber kunder
        // att swisha pengar till falska insamlingar"): asks at a short block's start, cues elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["swisha", "swisha till"]),
        cue(Donation).weight(2.0).phrases(&["swisha", "swisha till"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["bli en av våra supportrar", "andra läsare som stöttar oss", "läsare som redan stöttar oss"]),
        ask(Subscription).phrases(&["ge bort en prenumeration", "ge en prenumeration i present", "prenumeration i julklapp"]),
        ask(Social).phrases(&["tipsa en vän om artikeln", "skicka artikeln till en vän"]),
        line(Other).max_words(25).phrases(&["har du ett tips till redaktionen", "har du ett nyhetstips"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["om författaren", "om skribenten", "om skribenterna", "fler artiklar av", "alla artiklar av", "mer från skribenten"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["författaren är", "skribenten är", "artikelförfattaren är"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["är frilansjournalist", "är journalist och"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["hoppa till innehåll"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["skriv en kommentar", "lämna en kommentar", "visa kommentarer", "kommentarsfältet är stängt", "kommentarsfältet"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["kommentarer"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["kommentarer"]),
        ask(Other).part(Comments).phrases(&["logga in för att kommentera", "kommentarer modereras", "regler för kommentarer"]),
        ask(Other).part(Disclaimer).phrases(&["är skribentens egna", "står för skribentens", "är författarens egna"]),
        cue(Other).part(Disclaimer).phrases(&["åsikter som uttrycks", "inte nödvändigtvis redaktionens"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["nästa sida", "föregående sida", "sida 1 av", "rapportera fel", "tipsa redaktionen"]),
        ask(Other).part(Navigation).phrases(&["webbplatsen fungerar bäst", "din webbläsare är föråldrad", "aktivera javascript"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "se också", "lyssna också", "kolla också", "du kanske också gillar", "du kanske även gillar",
            "du kanske också är intresserad av", "kanske också intressant", "föregående artikel", "nästa artikel",
        ]),
        line(Related).max_words(6).phrases(&[
            "relaterade nyheter", "mer om ämnet", "fler artiklar", "andra artiklar", "andra nyheter", "mest lästa",
            "mest delade", "mest delat", "mest kommenterade", "mest sedda", "mest populära", "populära artiklar",
            "senaste artiklarna", "redaktionens val", "rekommenderat för dig", "missa inte",
        ]),
        line(Related).max_words(4).phrases(&["relaterat", "mer om", "populärt", "rekommenderat", "toppnyheter"]),
        label(Related).phrases(&[
            "se även", "se också", "relaterade artiklar", "relaterade nyheter", "fler nyheter", "fler artiklar",
            "andra nyheter", "mest lästa", "mest delade", "populärt", "senaste nytt", "senaste nyheterna", "senaste",
            "redaktionens val", "rekommenderat", "rekommenderat för dig", "missa inte", "toppnyheter", "läs vidare",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "lagra och/eller få åtkomst till information på en enhet",
            "lagra och/eller få åtkomst till information på din enhet", "samtycker till dessa tekniker",
            "såsom surfbeteende eller unika identifierare", "annons- och innehållsmätning",
            "målgruppsinsikter och produktutveckling",
        ]),
        label_any().phrases(&[
            "fler alternativ", "hantera alternativ", "avvisa alla", "acceptera alla cookies", "godkänn alla cookies",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        // The outlet's pledge to the press's code, in its footer ("Tidningen följer de pressetiska reglerna").
        // By its verb, not the code's name, which stories about a complaint cite; below an
        // anchor's weight, so that it goes with the footer around it and never alone (a story
        // may end on the same words).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["följer de pressetiska reglerna", "följer pressens etiska regler", "följer de publicistiska reglerna"]),
        line(Other).max_words(45).phrases(&[
            "den här artikeln är en del", "den här texten är en del", "det här reportaget är en del",
            "denna artikel är en del", "denna text är en del", "artikeln är en del av", "reportaget är en del av",
            "artikeln är del av", "den här artikeln är del av", "den här artikeln ingår i", "den här texten ingår i",
            "artikeln ingår i", "reportaget ingår i", "den här artikeln är producerad", "artikeln är producerad med",
            "artikeln är producerad i", "artikeln har tagits fram", "den här artikeln har tagits fram",
            "reportaget har tagits fram", "reportaget är producerat", "artikeln har finansierats",
            "artikeln är finansierad", "det här är första delen i en serie", "det här är första delen i serien",
            "det här är första delen av en serie", "det här är första delen av serien", "det här är första delen i vår",
            "det här är första delen av vår", "det här är andra delen i en serie", "det här är andra delen i serien",
            "det här är andra delen av en serie", "det här är andra delen av serien", "det här är andra delen i vår",
            "det här är andra delen av vår", "det här är sista delen i en serie", "det här är sista delen i serien",
            "det här är sista delen av en serie", "det här är sista delen av serien", "det här är sista delen i vår",
            "det här är sista delen av vår", "detta är första delen i en serie", "detta är första delen i serien",
            "detta är första delen av en serie", "detta är första delen av serien", "detta är första delen i vår",
            "detta är första delen av vår", "detta är andra delen i en serie", "detta är andra delen i serien",
            "detta är andra delen av en serie", "detta är andra delen av serien", "detta är andra delen i vår",
            "detta är andra delen av vår", "detta är sista delen i en serie", "detta är sista delen i serien",
            "detta är sista delen av en serie", "detta är sista delen av serien", "detta är sista delen i vår",
            "detta är sista delen av vår",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["läs mer:", "relaterat:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["relaterade inlägg", "liknande artiklar", "liknande inlägg", "senaste inläggen", "populära inlägg", "vidare läsning"]),
        header(Donation).max_words(12).phrases(&["gillade du den här artikeln", "var artikeln till hjälp", "var den här artikeln till hjälp", "tyckte du om artikeln"]),
        label(Social).phrases(&["dela", "dela detta", "gilla detta", "dela på", "dela via"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(5).phrases(&["lyssna på artikeln", "lyssna på texten"]),
        chrome(Social).max_words(5).phrases(&["titta på youtube"]),
        chrome(Social).max_words(8).phrases(&["visa det här inlägget på instagram"]),
        chrome(Social).max_words(10).phrases(&["ett inlägg delat av"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["avbryt svar", "publicera kommentar", "dölj kommentarer", "ladda kommentarer"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["lämna ett svar", "kommentarer är stängda"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["bli först att kommentera"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["obligatoriska fält är märkta"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["din kommentar väntar på granskning"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["du måste vara inloggad för att publicera en kommentar"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["din e-postadress kommer inte publiceras"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["spara mitt namn, min e-postadress och webbplats"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["rapportera ett fel"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["har du hittat ett fel", "hittade du ett fel"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["läs vidare:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. läsning"]),
        line(Other).max_words(45).phrases(&["den här artikeln är skriven med stöd", "artikeln är skriven med stöd", "artikeln publiceras i samarbete", "den här texten har tagits fram"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["gratis artiklar kvar", "gratis artikel kvar", "fria artiklar", "fri artikel", "fria artiklar kvar", "fri artikel kvar", "kostnadsfria artiklar", "kostnadsfri artikel", "artiklar kvar", "gratisartiklar kvar"]),
        ask(Paywall).max_words(30).phrases(&["detta är din sista gratisartikel", "det här är din sista gratis artikel", "det här är din sista fria artikel", "din sista gratis artikel", "din sista fria artikel", "du har läst alla dina gratis artiklar", "du har läst alla dina fria artiklar", "du har förbrukat dina gratis artiklar", "du har nått gränsen för gratis artiklar", "dina fria artiklar är slut", "dina gratisartiklar är slut"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["resten av artikeln är för prenumeranter", "artikeln är endast för prenumeranter", "resten av artikeln", "läs hela artikeln"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["artikeln fortsätter under annonsen", "artikeln fortsätter efter annonsen", "artikeln fortsätter efter reklamen", "texten fortsätter under annonsen", "texten fortsätter efter annonsen", "läs vidare under annonsen", "artikeln fortsätter nedan"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["sponsrat innehåll", "sponsrad av", "sponsrad artikel", "betalt samarbete", "kommersiellt samarbete", "annonsörens innehåll", "innehåll från annonsör", "presenteras av"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["artikeln innehåller affiliatelänkar", "den här artikeln innehåller affiliatelänkar", "denna artikel innehåller affiliatelänkar", "texten innehåller affiliatelänkar", "artikeln innehåller annonslänkar", "artikeln innehåller länkar som kan ge oss provision", "vi kan få provision", "vi får provision", "vi kan få ersättning", "om du handlar via länkar", "köper du något via länkarna"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["eftertryck förbjudet", "eftertryck utan tillstånd", "mångfaldigande utan tillstånd", "kopiering utan tillstånd", "upphovsrättsligt skyddat material"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["få vårt nyhetsbrev", "skriv upp dig på nyhetsbrevet"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["ladda hem appen"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["kommentera artikeln", "läs kommentarerna", "kommentarerna är stängda", "gå med i debatten"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["arkivbild", "pressbild", "pressfoto", "genrebild", "illustrationsbild", "skärmbild"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["spela upp video", "spela upp igen", "slutet av dialogfönster"]),
        label(Other).part(Player).weight(2.5).phrases(&["videospelare", "lyssna", "ljudspelare"]),
        chrome(Social).part(Player).weight(2.5).max_words(10).phrases(&["visa inlägget på instagram"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["taggar", "nyckelord", "etiketter", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["bankgiro", "plusgiro", "kontonummer", "clearingnummer", "swishnummer", "betalningsmottagare", "märk inbetalningen", "90-konto"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["prenumerera gratis", "ja, jag vill prenumerera", "anmäl dig", "anmäl mig", "registrera dig", "skriv upp dig", "fyll i din e-postadress", "din e-post"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["prenumerera", "e-postadress", "skicka"]),
        label(Subscription).phrases(&["köp nu", "se erbjudanden", "se erbjudandet", "ta del av erbjudandet", "testa gratis", "starta provperiod", "redan prenumerant? logga in", "är du redan prenumerant? logga in", "har du redan ett konto? logga in", "köp prenumeration", "välj prenumeration", "fortsätt läsa"]),
        label(App).phrases(&["hämta i app store", "ladda ned i app store", "ladda ner på app store", "ladda ned på google play", "ladda ner på google play", "öppna i appen", "öppna appen", "installera appen", "ladda ner nu"]),
        label(Donation).phrases(&["ge en gåva nu", "swisha en gåva", "ge varje månad", "en gång", "annat belopp", "ge en engångsgåva", "gå vidare till betalning"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["donera", "engångsgåva", "månadsgivare", "månatligen"]),
        label(Social).phrases(&["kopiera länken", "länken är kopierad", "kopierad till urklipp", "skicka som e-post", "skicka via e-post", "dela via e-post", "dela på x", "dela på linkedin", "dela artikel", "skicka länk", "skriv ut artikeln", "dela via sms"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["mejla"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["genom att prenumerera godkänner du", "genom att anmäla dig", "genom att klicka på", "genom att registrera dig godkänner du", "du kan när som helst avregistrera dig", "du kan avsluta prenumerationen när som helst", "du kan avanmäla dig när som helst", "vi delar aldrig", "jag godkänner att", "jag samtycker till", "läs mer om hur vi behandlar", "denna webbplats skyddas av recaptcha", "kolla din inkorg", "kontrollera din inkorg", "bekräfta din prenumeration"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["vill du läsa fler artiklar som denna", "vill du inte missa något", "vill du hålla dig uppdaterad", "var artikeln till nytta", "var den här artikeln användbar", "vill du veta mer", "uppskattar du vår journalistik", "vill du läsa mer"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["berättade", "uppgav", "förklarar", "förklarade", "tillägger", "tillade", "betonar", "betonade", "understryker", "underströk", "påpekar", "påpekade", "bekräftar", "meddelade", "medger", "medgav", "erkänner", "erkände", "förnekar", "förnekade", "varnar", "varnade", "påminner om", "påminde om", "svarade", "frågade", "skrev", "uttalade", "konstaterar", "konstaterade", "framhåller", "framhöll", "i en intervju med"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["bildgalleri", "fotogalleri", "bildspel", "förstora", "helskärm", "fullskärm"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["nästa bild", "föregående bild", "stäng galleri", "öppna galleri"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["se alla bilder", "visa alla bilder"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["liveblogg", "uppdatera"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["följ live", "följ direkt", "se direkt", "senaste uppdateringarna", "ladda fler", "fäst inlägg"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["visa fler inlägg", "visa nya inlägg"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["textstorlek", "teckenstorlek", "översätt"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["spara artikel", "större text", "mindre text"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["pausa", "uppspelningshastighet", "undertexter"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["spela upp", "se video", "se klippet", "ljud av", "ljud på", "automatisk uppspelning"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["stäng av ljud"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["var artikeln användbar", "var den här artikeln intressant"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["tack för att du läser", "tack för att du läste", "tack för att du läst", "tack för att du läst hela", "tack för att du läser oss"]),
        cue(Donation).weight(2.0).phrases(&["ge vad du kan", "välj själv belopp", "även en liten summa", "betala vad du vill"]),
        cue(Subscription).phrases(&["läs e-tidningen", "den digitala tidningen", "få papperstidningen hem", "läs dagens tidning"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["tillåt inte nu", "inte nu tillåt", "tillåt senare", "senare tillåt", "tillåt blockera", "blockera tillåt", "tillåt nej tack", "nej tack tillåt", "tillåt avbryt", "avbryt tillåt"]),
        cue(App).phrases(&["pushnotiser", "slå på notiser", "få notiser"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["jag stöder", "jag stödjer", "jag stöttar", "jag vill stödja", "jag vill stötta", "jag vill ge en gåva", "jag vill bli månadsgivare", "jag är redan månadsgivare"]),
        label(Membership).phrases(&["jag vill bli medlem", "jag är redan medlem"]),
        label(Subscription).phrases(&["jag vill prenumerera", "jag är redan prenumerant", "jag har redan en prenumeration"]),
        label(Newsletter).phrases(&["jag vill ha nyhetsbrevet"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["läs också:", "läs även:", "se också:", "se även:", "lyssna också:", "relaterade artiklar:", "du kanske också gillar:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["lyssna direkt", "lyssna live", "se tv direkt"]),
        ask(Social).max_words(30).phrases(&["vår kanal på whatsapp", "vår whatsapp-kanal", "vår telegram-kanal", "vår kanal på telegram", "gå med i vår kanal", "följ vår kanal", "vi finns på whatsapp"]),
        label(Social).phrases(&["gå med i kanalen", "följ kanalen"]),
        line(Subscription).max_words(10).phrases(&["läs dagens e-tidning", "till e-tidningen"]),
        label(Subscription).phrases(&["dagens e-tidning"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redaktionen förbehåller sig rätten", "kommentarer granskas innan de publiceras", "ansvarar själv för sina kommentarer"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["tipsa oss", "vet du mer?", "har du en nyhet", "skicka dina bilder", "skicka in dina bilder", "mejla redaktionen", "kontakta redaktionen"]),
        label(Other).phrases(&["skicka tips", "lämna ett tips", "skicka in ett tips"]),
        ask(Ad).max_words(35).phrases(&["rösta på din favorit", "nominera din favorit", "tävla om biljetter", "vinn biljetter"]),
        label(Ad).phrases(&["köp biljetter", "köp biljett", "boka biljetter", "anmäl dig här", "anmäl dig nu", "nominera här"]),
        ask(Ad).max_words(35).phrases(&["vi söker reporter", "vi söker en reporter", "vi söker journalister", "vi söker en journalist", "bli en del av vår redaktion"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["till nästa gång jag skriver en kommentar", "din kommentar väntar på granskning", "din e-postadress kommer inte publiceras"]),
        label(Other).part(Comments).phrases(&["kommentera", "skicka kommentar", "visa alla kommentarer"]),
    ],
    // "vi" is Italian; "ni" (plural and formal "you") is Spanish and French: left out.
    we: &["oss", "vår", "vårt", "våra"],
    you: &["du", "dig", "din", "ditt", "dina"],
};
