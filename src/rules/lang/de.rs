//! German.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "de",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["lesedauer", "lesezeit", "min. lesezeit", "minuten lesezeit"]),
        header(Donation).max_words(14).phrases(&[
            "eine nachricht von", "in eigener sache:", "unterstützen sie unabhängigen journalismus",
            "unterstützen sie unsere arbeit", "unterstützen sie uns", "unterstütze uns", "jetzt unterstützen",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "mit einer spende", "jetzt spenden", "spenden sie jetzt", "ihre spende", "deine spende",
            "spendenkonto", "spenden-konto", "jeder beitrag hilft", "jeder euro hilft",
            "unterstützen sie uns", "unterstütze uns", "jetzt unterstützen",
            "unabhängigen journalismus unterstützen",
        ]),
        cue(Donation).phrases(&[
            "ihre unterstützung", "deine unterstützung", "ihrer unterstützung", "deiner unterstützung", "eure unterstützung", "eurer unterstützung", "unabhängigen journalismus", "unabhängiger journalismus",
            "unsere arbeit", "unseren journalismus", "spende*", "pro monat", "im monat", "monatlich",
        ]),
        salutation(Donation).max_words(6).phrases(&[
            "liebe leserinnen und leser", "liebe leser", "liebe leserin", "liebe leser*innen", "liebe leser:innen",
        ]),
        ask(Membership).phrases(&["werden sie mitglied", "werde mitglied", "jetzt mitglied werden"]),
        ask(Subscription).phrases(&[
            "jetzt abonnieren", "abo abschließen", "gültiges abonnement", "jetzt testen", "bereits abonnent",
            "schon abonnent", "zum abo", "abo-angebot", "jetzt weiterlesen", "weiterlesen mit",
            "für abonnenten", "abonnenten lesen",
        ]),
        ask(Paywall).phrases(&["dieser artikel ist nur für abonnenten", "exklusiv für abonnenten", "plus-artikel"]),
        ask(Newsletter).phrases(&[
            "newsletter abonnieren", "zum newsletter anmelden", "für unseren newsletter", "unseren newsletter",
            "newsletter bestellen", "jetzt anmelden", "in ihr postfach", "ins postfach",
        ]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["stimmen sie der speicherung von cookies", "speicherung von cookies auf ihrem gerät"]),
        cue(Cookie).phrases(&["websitenavigation zu verbessern", "unsere marketingbemühungen"]),
        ask(Cookie).phrases(&["wir verwenden cookies", "cookie-einstellungen", "cookies akzeptieren"]),
        ask(Social).phrases(&["folgen sie uns", "folge uns", "teilen sie diesen artikel", "artikel teilen", "teilen sie dies mit", "teile dies mit", "diesen beitrag teilen", "beitrag teilen"]),
        line(Related).max_words(24).phrases(&[
            "vorheriger artikel", "nächster artikel", "voriger artikel", "vorheriger beitrag", "nächster beitrag", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch interessieren",
            "auch interessant", "meistgelesen", "weiterlesen",
        ]),
        cue(Ad).phrases(&["werbeblocker"]),
        ask(Ad).phrases(&[
            "adblocker deaktivieren", "werbeblocker deaktivieren", "einen werbeblocker", "einen adblocker",
            "werbeblocker aus", "adblocker aus",
        ]),
        label(Ad).phrases(&["anzeige", "werbung", "gesponsert"]),
        ask(Credit).phrases(&["mit material von", "bildquelle", "foto:"]),
        line(Credit).max_words(10).phrases(&["mitarbeit:", "redaktion:"]),
        chrome(Other).max_words(10).phrases(&["alle rechte vorbehalten"]),
        label_any().phrases(&[
            "später erinnern", "nein danke", "nein, danke", "schließen", "nicht jetzt", "einmalig", "monatlich",
            "jährlich", "weiter", "spenden", "jetzt spenden", "abonnieren", "teilen", "drucken", "mehr",
            "akzeptieren", "ablehnen", "zurück", "anmelden",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "hier spenden", "sie lesen gerne unsere", "werden sie unterstützer",
            "werden sie förderer", "ihr beitrag hilft", 
            "guter journalismus kostet", "journalismus kostet geld", "ab 5 euro", "schon ab 2 euro", 
        ]),
        ask(Subscription).weight(3.5).phrases(&[
            "jetzt abo abschließen", "sie sind bereits abonnent", "bereits registriert", "zum weiterlesen",
            "dieser artikel ist exklusiv", "jetzt testen für",
        ]),
        ask(Newsletter).weight(3.5).phrases(&["newsletter anmelden", "melden sie sich an", "zum newsletter", "unser newsletter"]),
        ask(Other).phrases(&["fehler auf", "fehlerhinweis", "inhaltliches feedback"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["hat ihnen dieser artikel gefallen", "ihnen gefällt dieser artikel", "gefällt ihnen dieser artikel", "wenn ihnen dieser artikel gefallen hat", "wenn ihnen der artikel gefallen hat", "wenn ihnen unser artikel gefallen hat"]),
        cue(Donation).weight(2.0).phrases(&["leserfinanziert", "von unseren lesern finanziert", "durch unsere leser", "dank unserer leser"]),
        label(Donation).phrases(&["unterstützen", "jetzt unterstützen"]),
        line(Credit).max_words(8).phrases(&["mit material von", "mit agenturen"]),
        line(Related).max_words(8).phrases(&["mehr artikel", "weitere nachrichten", "das könnte sie interessieren", "empfehlungen der redaktion"]),
        notice().phrases(&["korrektur:", "aktualisierung:", "update:", "anmerkung der redaktion", "transparenzhinweis", "offenlegung:"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["dieser artikel wurde aktualisiert", "dieser beitrag wurde aktualisiert", "dieser artikel wurde korrigiert", "in einer früheren version dieses", "in einer vorherigen version dieses"]),
        body().phrases(&["sagte", "sagt", "erklärte", "teilte mit", "laut", "berichtet", "so der", "so die"]),
        // Reported speech: the subjunctive of indirect speech ("Entscheidend sei ...", "man könne").
        body().phrases(&["sei", "könne", "müsse", "solle", "wolle", "dürfe"]),
        body().phrases(&["kündigte", "betonte", "erläuterte", "im gespräch mit", "zufolge", "nach angaben"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["kostenlose artikel", "kostenlosen artikel", "kostenlosen artikeln", "limit an kostenlosen"]),
        cue(Newsletter).weight(2.0).phrases(&["in dein postfach", "direkt in ihr"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["laden sie unsere app", "laden sie die app", "unsere app herunter", "jetzt die app"]),
        cue(App).phrases(&["unsere app", "unserer app"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "spenden sie", "spende jetzt", "mit ihrer spende", "mit deiner spende",
            "mit deiner unterstützung", "helfen sie uns", "hilf uns", "unterstütze unabhängigen",
            "werde unterstützer*", "werde förderer", "werden sie förder*",
            "einmalig oder monatlich", "betrag wählen", "betrag frei wählen", "jeder betrag hilft",
        ]),
        cue(Donation).weight(1.0).phrases(&["freiwilligen beitrag", "freiwillig zahlen"]),
        cue(Donation).weight(0.5).phrases(&["spend*", "unterstützer*", "förderer*"]),
        ask(Membership).phrases(&["werde jetzt mitglied", "werden sie jetzt mitglied", "mitglied der community"]),
        cue(Membership).phrases(&["mitgliedschaft*"]),
        ask(Subscription).phrases(&[
            "abonnieren sie", "probeabo", "testabo", "jetzt abo",
            "ersten monat gratis", "unbegrenzten zugang", "zugang zu allen artikeln", "alle artikel lesen",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "um weiterzulesen", "sie möchten weiterlesen", "möchten sie weiterlesen", "du möchtest weiterlesen", "nur für abonnenten", "jetzt registrieren und weiterlesen", "kostenlos registrieren",
            "registrieren sie sich", "artikel freischalten", "sie haben ihr limit",
        ]),
        ask(Newsletter).phrases(&[
            "melde dich an", "jetzt kostenlos anmelden", "ihre e-mail-adresse", "deine e-mail-adresse",
            "jederzeit abbestellen", "jederzeit wieder abmelden", "abmeldung jederzeit", "newsletter-anmeldung",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "datenschutzerklärung"]),
        ask(App).phrases(&["app herunterladen", "app jetzt herunterladen"]),
        cue(App).phrases(&["in unserer app", "im app store", "bei google play"]),
        ask(Cookie).phrases(&[
            "diese website verwendet cookies", "wir nutzen cookies", "datenschutzeinstellungen",
            "cookie-richtlinie", "cookie-hinweis",
        ]),
        ask(Social).phrases(&["folgen sie uns auf", "folge uns auf", "teile diesen artikel", "auf facebook teilen", "per e-mail teilen", "unser whatsapp-kanal"]),
        line(Related).max_words(24).phrases(&["lies auch", "auch lesen", "passend dazu", "verwandte artikel", "verwandte beiträge", "weiterführende links", "ähnliche artikel", "ähnliche beiträge", "auch lesenswert", "das könnte dich auch interessieren"]),
        label(Related).phrases(&["lesen sie auch", "mehr zum thema", "auch interessant", "meistgelesen", "verwandte artikel", "verwandte beiträge", "weiterführende links", "weiterführender link"]),
        ask(Credit).max_words(40).phrases(&[
            "ist redakteur bei", "ist redakteurin bei", "ist korrespondent für", "ist korrespondentin für",
            "schreibt als freie", "schreibt als freier", "erreichen sie unter", "dieser artikel erschien zuerst",
            "zuerst erschienen bei", "zuerst erschienen in", "mit material der",
        ]),
        line(Credit).max_words(10).phrases(&["text:", "fotos:", "autor:", "autorin:", "übersetzung:"]),
        label_any().phrases(&["abbrechen", "mehr erfahren", "einverstanden", "alle akzeptieren", "alle ablehnen", "einstellungen", "zustimmen", "mitglied werden", "registrieren", "einloggen"]),
        outlet(Donation).phrases(&[
            "werbefrei", "ohne werbung", "ohne paywall", "keine paywall", "gemeinnützige redaktion", "unabhängiges medium",
            "unabhängige redaktion",   "nicht gewinnorientiert", "unabhängig und werbefrei",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&[
            "jetzt mitmachen", "machen sie mit", "mach mit", "helfen sie mit",
            "hilf mit", "werden sie teil", "werde teil", "liebe leserin, lieber leser",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "jetzt unterstützer werden",
            "einmalig spenden", "regelmäßig spenden", "betrag eingeben", "wunschbetrag",
            "unterstützen sie jetzt", "unterstütze jetzt", "jetzt beitrag leisten", "leisten sie einen beitrag",
            "leiste einen beitrag", "wir brauchen ihre unterstützung", "wir brauchen deine unterstützung",
            "auf deine unterstützung angewiesen", "spendenquittung",
        ]),
        cue(Donation).phrases(&["per lastschrift", "qualitätsjournalismus", "damit das so bleibt", "damit das auch so bleibt"]),
        ask(Paywall).weight(3.5).phrases(&[
            "um diesen artikel zu lesen", "diesen artikel freischalten", "zugang zu allen inhalten", "bereits abonniert",
            "nur mit abo", "zum lesen anmelden", "registrieren und weiterlesen", "abonnent werden", "mit abo lesen",
        ]),
        ask(Subscription).phrases(&[
            "wochen gratis", "wochen kostenlos", "gratis testen", "kostenlos testen", "jetzt gratis testen",
            "unbegrenzt lesen", "zum angebot", "abo wählen", "angebot wählen",
        ]),
        ask(Newsletter).phrases(&[
            "e-mail-adresse eingeben", "mit der anmeldung", "bitte bestätigen sie", "bestätigungs-e-mail",
            "vielen dank für ihre anmeldung", "danke für ihre anmeldung", "danke für deine anmeldung", "kostenlos abonnieren",
            "gratis abonnieren", "newsletter kostenlos",
        ]),
        ask(App).phrases(&["app installieren", "für ios und android", "kostenlos im app store", "in der app lesen", "in der app öffnen"]),
        ask(Cookie).phrases(&[
            "alle cookies akzeptieren", "nur notwendige cookies", "notwendige cookies", "einen externen inhalt",
            "externe inhalte aktivieren", "externen inhalt anzeigen", "externe inhalte anzeigen", "inhalte von drittanbietern",
            "privatsphäre-einstellungen", "datenschutz-einstellungen", "einwilligung verwalten",
        ]),
        ask(Social).phrases(&[
            "abonnieren sie unseren kanal", "abonniere unseren kanal", "link kopieren", "link kopiert", "per whatsapp teilen",
            "auf x teilen", "bei facebook teilen", "unser kanal auf",
        ]),
        line(Related).max_words(24).phrases(&[
            "mehr zu diesem thema", "weitere artikel zum thema", "lesen sie dazu", "dazu passend", "mehr aus dem ressort",
            "top-themen", "die neuesten artikel", "neueste artikel", "beliebte artikel", "meistgelesene artikel",
            "hören sie auch", "sehen sie auch", "dazu auch:", "mehr:",
        ]),
        label(Related).phrases(&["mehr zu diesem thema", "top-themen", "neueste artikel", "beliebte artikel", "lesen sie dazu"]),
        ask(Credit).max_words(40).phrases(&[
            "von unserem korrespondenten", "von unserer korrespondentin", "ist freie journalistin", "ist freier journalist",
            "arbeitet als freie journalistin", "arbeitet als freier journalist", "ist redakteur im ressort",
            "ist redakteurin im ressort", "kontakt zum autor", "kontakt zur autorin", "dieser text erschien zuerst",
            "dieser beitrag erschien zuerst", "aus dem englischen von", "übersetzt von",
        ]),
        line(Credit).max_words(10).phrases(&["recherche:", "grafik:", "übersetzung aus"]),
        label_any().phrases(&[
            "jetzt nicht", "vielleicht später", "später", "verstanden", "mehr anzeigen", "alle anzeigen", "link kopieren",
            "merken", "kommentieren", "vorlesen", "artikel anhören", "zur startseite",
        ]),
        outlet(Donation).phrases(&[
            "spendenfinanziert", "gemeinnützig und unabhängig", "gemeinnütziges recherchezentrum", "ohne bezahlschranke",
            "keine bezahlschranke", "für alle kostenlos", "kostenlos für alle", "konzernunabhängig",
        ]),
        // Also news wording: "Spenden sind steuerlich absetzbar", "die Ukraine will Mitglied werden",
        // "die Regeln gelten schon ab Montag", "der Beitrag steigt im ersten Monat", "das Ticket bleibt
        // monatlich kündbar", "der Bund will die Landwirte dauerhaft unterstützen", "die Gemeinde nutzt
        // Cookies", "mit ihrem Beitrag" (their). Cues anywhere; narrower wordings stay asks.
        cue(Donation).weight(2.0).phrases(&[
            "steuerlich absetzbar", "mit ihrem beitrag", "schon ab", "freiwillig unterstützen", "regelmäßig unterstützen",
            "monatlich unterstützen", "dauerhaft unterstützen", "einmalig unterstützen", "auf ihre unterstützung angewiesen",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "schon ab 1 euro", "schon ab 3 euro", "schon ab 5 euro", "mit ihrem beitrag unterstützen sie",
            "jetzt monatlich unterstützen", "jetzt regelmäßig unterstützen",
        ]),
        cue(Subscription).weight(2.0).phrases(&["im ersten monat", "monatlich kündbar", "jederzeit kündbar", "digitalabo", "digital-abo", "probemonat"]),
        cue(Membership).phrases(&["mitglied werden", "fördermitglied*"]),
        cue(Cookie).phrases(&["einwilligung widerrufen", "nutzt cookies", "verwendet cookies"]),
        ask(Cookie).phrases(&["diese seite nutzt cookies", "diese seite verwendet cookies", "diese website nutzt cookies", "unsere website verwendet cookies"]),
        line(Related).max_words(3).phrases(&["empfohlen"]),
        line(Related).max_words(5).phrases(&["mehr dazu", "weitere artikel"]),
        line(Related).max_words(6).phrases(&["zum thema"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        ask(Donation).weight(3.5).phrases(&[
            "unterstützen sie unsere arbeit", "unterstütze unsere arbeit", "unterstützt unsere arbeit",
            "brauchen wir ihre unterstützung", "brauchen wir deine unterstützung", "brauchen wir eure unterstützung",
        ]),
        cue(Donation).phrases(&["kostet geld", "mit einem beitrag", "mit einer kleinen spende", "schon 3 euro", "schon 5 euro"]),
        label_any().phrases(&["fördermitglied werden", "jetzt fördermitglied werden", "einmalig spenden", "monatlich spenden", "einstellungen anpassen"]),
        ask(Membership).at(Start).max_words(6).phrases(&["fördermitglied werden", "jetzt fördermitglied werden"]),
        cue(Membership).phrases(&["als mitglied", "sichern sie die zukunft", "sichere die zukunft"]),
        ask(Subscription).phrases(&["lies weiter mit", "lesen sie weiter mit", "teste uns", "testen sie uns", "mit deinem abo", "mit ihrem abo"]),
        cue(Subscription).phrases(&["tage kostenlos", "ohne einschränkung", "tage gratis"]),
        ask(App).phrases(&["unsere kostenlose app", "lade dir unsere app", "laden sie sich unsere app", "lade unsere app"]),
        cue(App).weight(2.0).phrases(&["app herunter", "keine eilmeldung", "verpassen sie keine", "verpasse keine"]),
        cue(Cookie).phrases(&["nutzungserlebnis", "stimmen sie der verwendung", "mit einem klick auf", "um ihnen ein optimales", "stimmst du der verwendung"]),
        // Both registers of the same asks ("du" and "Sie").
        ask(Newsletter).phrases(&["melde dich für unseren", "melden sie sich für unseren", "abonniere unseren newsletter", "abonniere jetzt"]),
        ask(App).phrases(&["hol dir die app", "hol dir unsere app", "holen sie sich die app", "holen sie sich unsere app"]),
        ask(Cookie).phrases(&["wir setzen cookies ein", "diese webseite verwendet cookies", "diese webseite nutzt cookies"]),
        cue(Cookie).weight(2.0).phrases(&["wir und unsere partner"]),
        ask(Social).phrases(&["teile diesen beitrag", "folgt uns auf"]),
        ask(Membership).phrases(&["werde teil unserer community", "werden sie teil unserer community"]),
        ask(Subscription).phrases(&["schließe ein abo ab", "schließen sie ein abo ab", "jetzt abo sichern"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["leuten wie dir", "leuten wie ihnen", "lesern wie ihnen", "lesern wie dir", "bitten wir sie um einen", "bitten wir dich um einen"]),
        cue(Donation).phrases(&["frei zugänglich für alle"]),
        label_any().phrases(&["ja, ich helfe", "ich bin dabei", "ja, ich unterstütze"]),
        ask(Membership).phrases(&["werde teil des freundeskreises", "werden sie teil des freundeskreises"]),
        cue(Paywall).weight(2.0).phrases(&["gratisartikel*", "vollen zugriff", "freie artikel", "freien artikeln"]),
        cue(App).weight(2.0).phrases(&["mitteilungen in der", "benachrichtigungen in der"]),
        cue(Newsletter).phrases(&["kein spam", "handverlesen", "werktags um"]),
        cue(Cookie).weight(2.0).phrases(&["tracking-technologien", "ihre auswahl können sie"]),
        label_any().phrases(&["alle erlauben", "nur notwendige", "erlauben"]),
        ask(Credit).max_words(30).phrases(&["sie erreichen ihn unter", "sie erreichen sie unter", "du erreichst ihn unter"]),
        ask(Social).phrases(&["schick ihn an deine freunde", "schicken sie ihn an ihre freunde", "an deine freunde weiter"]),
        header(Social).max_words(8).phrases(&["hat dir der text gefallen", "hat ihnen der text gefallen"]),
        line(Related).max_words(24).phrases(&["auch spannend:"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin", "mehr vom autor", "mehr von der autorin", "alle artikel von", "weitere artikel von"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["der autor ist", "die autorin ist", "der autor war", "die autorin war", "der autor arbeitet", "die autorin arbeitet", "unser autor ist", "unsere autorin ist", "die autoren sind"]),
        ask(Credit).part(AuthorBox).at(Start).max_words(30).phrases(&["der autor ist journalist", "der autor ist freier journalist", "der autor ist wissenschaftsjournalist", "der autor ist redakteur", "der autor ist korrespondent", "der autor ist professor", "der autor ist historiker", "der autor ist politikwissenschaftler", "der autor ist ökonom", "der autor ist publizist", "der autor ist schriftsteller", "der autor ist wissenschaftsautor", "die autorin ist journalistin", "die autorin ist freie journalistin", "die autorin ist wissenschaftsjournalistin", "die autorin ist redakteurin", "die autorin ist korrespondentin", "die autorin ist professorin", "die autorin ist historikerin", "die autorin ist politikwissenschaftlerin", "die autorin ist ökonomin", "die autorin ist publizistin", "die autorin ist schriftstellerin", "die autorin ist wissenschaftsautorin"]),
        // A bio's middle ("arbeitete viele Jahre als", "ist Wissenschaftsjournalist") is also a
        // news sentence about a journalist or an obituary: supporting evidence only.
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["arbeitete viele jahre als", "ist wissenschaftsjournalist", "ist wissenschaftsjournalistin"]),
        ask(Credit).part(AuthorBox).max_words(40).phrases(&["schreibt hier unter pseudonym"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["zum inhalt springen"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["leserkommentare", "kommentar schreiben", "kommentar verfassen", "jetzt kommentieren", "diskutieren sie mit", "kommentare anzeigen", "kommentare lesen", "die kommentarfunktion ist", "kommentarfunktion geschlossen"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["kommentare"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["kommentare"]),
        ask(Other).part(Comments).phrases(&["um kommentieren zu können", "kommentare werden moderiert", "kommentare werden vor der veröffentlichung", "unsere netiquette", "unserer netiquette", "die kommentarfunktion wurde"]),
        ask(Other).part(Disclaimer).phrases(&["geben die meinung des autors wieder", "geben die meinung der autorin wieder", "namentlich gekennzeichnete beiträge", "gibt die meinung des autors wieder"]),
        cue(Other).part(Disclaimer).phrases(&["nicht unbedingt die meinung der redaktion", "nicht zwingend die meinung"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["nächste seite", "vorherige seite", "seite 1 von", "fehler melden", "fehler gefunden", "hinweis an die redaktion"]),
        ask(Other).part(Navigation).phrases(&["diese seite funktioniert am besten", "diese website funktioniert am besten", "ihr browser ist veraltet", "bitte aktivieren sie javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(14).phrases(&[
            "unterstütze unabhängigen journalismus", "unterstütze unsere arbeit", "unterstützt unsere arbeit", "unterstützt uns",
            "helft mit", "werdet teil",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "eure spende", "mit eurer spende", "mit eurer unterstützung", "dein beitrag hilft", "euer beitrag hilft", "helft uns",
            "unterstützen sie unabhängigen", "wir brauchen eure unterstützung", "auf eure unterstützung angewiesen",
            "mit deinem beitrag unterstützt du", "bitten wir euch um einen", "lesern wie euch", "du liest gerne unsere",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["hat dir dieser artikel gefallen", "dir gefällt dieser artikel", "gefällt dir dieser artikel", "hat euch dieser artikel gefallen", "wenn dir dieser artikel gefallen hat", "wenn dir der artikel gefallen hat", "wenn dir unser artikel gefallen hat"]),
        ask(Membership).phrases(&["werdet mitglied"]),
        ask(Subscription).weight(3.5).phrases(&["du bist bereits abonnent"]),
        // The login line of a paywall, in both registers, as the English "already a subscriber?"
        // (in a line of seven words: a service story's "Sie haben bereits ein Abo? Dann ändert
        // sich nichts.", an interview's "Hast du schon ein Abo für das Deutschlandticket?").
        ask(Subscription).max_words(7).phrases(&["sie haben bereits ein abo", "haben sie bereits ein abo", "du hast bereits ein abo", "hast du bereits ein abo", "sie haben schon ein abo", "haben sie schon ein abo", "du hast schon ein abo", "hast du schon ein abo"]),
        ask(Paywall).weight(3.5).phrases(&["registriere dich", "du hast dein limit"]),
        ask(Newsletter).phrases(&["abonnieren sie unseren newsletter", "bitte bestätige", "vielen dank für deine anmeldung"]),
        ask(App).phrases(&["lade die app", "lade dir die app"]),
        ask(Social).phrases(&["teilen sie diesen beitrag"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "könnte sie auch interessieren", "könnte dich auch interessieren", "das könnte dich interessieren",
            "dies könnte sie auch interessieren", "diese artikel könnten sie interessieren",
            "diese artikel könnten sie auch interessieren", "diese artikel könnten dich auch interessieren",
            "das könnte ihnen auch gefallen", "das könnte dir auch gefallen", "das könnte ihnen gefallen",
            "das könnte dir gefallen", "andere leser interessierten sich auch für", "leser interessierten sich auch für",
            "lesen sie außerdem", "lies außerdem", "lies mehr", "siehe auch", "ebenfalls interessant",
            "ebenfalls lesenswert", "passend zum thema", "weiterführende artikel", "vorherige meldung", "nächste meldung",
            "voriger beitrag", "zum vorherigen artikel", "zum nächsten artikel",
        ]),
        line(Related).max_words(6).phrases(&[
            "unsere empfehlungen", "empfehlungen für sie", "empfehlungen für dich", "die redaktion empfiehlt",
            "am meisten gelesen", "meistgelesene", "meist gelesen", "meistgeklickt", "meistkommentiert",
            "beliebteste artikel", "top-artikel", "top-nachrichten", "top-news", "topthemen", "neueste nachrichten",
            "neueste meldungen", "die neuesten nachrichten", "neueste beiträge", "aktuelle nachrichten",
            "weitere meldungen", "weitere themen", "weitere beiträge", "mehr nachrichten", "mehr aus", "verwandte themen",
            "ähnliche nachrichten", "ähnliche themen",
        ]),
        line(Related).max_words(4).phrases(&["mehr von", "mehr zu", "wir empfehlen", "nicht verpassen"]),
        label(Related).phrases(&[
            "weiterlesen", "mehr lesen", "siehe auch", "lies auch", "weitere artikel", "mehr artikel",
            "weitere nachrichten", "weitere meldungen", "weitere themen", "mehr nachrichten", "empfehlungen der redaktion",
            "unsere empfehlungen", "die redaktion empfiehlt", "wir empfehlen", "empfohlen",
            "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte sie interessieren",
            "das könnte dich interessieren", "meistgelesene", "meistgelesene artikel", "am meisten gelesen", "top-artikel",
            "top-nachrichten", "topthemen", "neueste nachrichten", "die neuesten artikel", "das neueste", "nicht verpassen",
            "passend zum thema", "mehr dazu", "zum thema", "verwandte themen", "ähnliche artikel",
        ]),
        // The buttons of consent platforms and of article toolbars, as every site's template
        // prints them: labels on a line of their own.
        label_any().phrases(&[
            "später lesen", "artikel verschenken", "artikel merken", "zur merkliste hinzufügen", "zur merkliste",
            "artikel teilen", "akzeptieren und schließen", "weitere optionen", "auswahl speichern", "ich stimme zu",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "greifen auf informationen auf einem gerät zu", "eindeutige kennungen in cookies",
            "ihre präferenzen akzeptieren oder verwalten", "werden unseren partnern signalisiert",
            "keinen einfluss auf die browserdaten", "informationen auf einem gerät speichern und/oder abrufen",
            "anzeigen- und inhaltsmessungen", "erkenntnisse über zielgruppen und produktentwicklungen",
            "messung von werbeleistung und der performance von inhalten",
            "zielgruppenforschung sowie entwicklung und verbesserung von angeboten",
            "genaue standortdaten und identifikation durch scannen von endgeräten",
            "geräteeigenschaften zur identifikation aktiv abfragen",
            "geräte anhand von aktiv angeforderten informationen identifizieren",
            "verarbeiten daten, um folgendes bereitzustellen", "personalisiertes anzeigenprofil erstellen",
            "personalisiertes inhaltsprofil erstellen", "marktforschung zur generierung von zielgruppeneinblicken",
            "geräteinformationen zu speichern und/oder darauf zuzugreifen",
            "können bestimmte merkmale und funktionen beeinträchtigt werden",
            "während andere uns helfen, diese website", "ihre erziehungsberechtigten um erlaubnis bitten",
        ]),
        label_any().phrases(&[
            "einwilligen", "nicht einwilligen", "optionen verwalten", "auswahl bestätigen",
            "meine auswahl bestätigen", "alle zulassen", "einstellungen speichern", "nicht zustimmen",
            "akzeptieren und weiter", "alle cookies ablehnen",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        // The outlet's pledge to the press's code, in its footer ("Wir fühlen uns dem Pressekodex des Deutschen Presserats verpflichtet").
        // By its verb, not the code's name, which stories about a complaint cite; below an
        // anchor's weight, so that it goes with the footer around it and never alone (a story
        // may end on the same words).
        line(Other).at(Any).weight(2.5).max_words(60).phrases(&["wir fühlen uns dem pressekodex", "wir halten uns an den pressekodex", "den publizistischen grundsätzen des deutschen presserats", "hält sich an den pressekodex"]),
        line(Other).max_words(45).phrases(&[
            "dieser text ist teil", "dieser artikel ist teil", "dieser beitrag ist teil", "diese recherche ist teil",
            "diese reportage ist teil", "dieses interview ist teil", "dieser text gehört zur", "dieser text gehört zum",
            "dieser artikel gehört zur", "dieser artikel gehört zum", "dieser beitrag gehört zur",
            "dieser beitrag gehört zum", "dieser text erscheint im rahmen", "dieser text erscheint in kooperation",
            "dieser artikel erscheint im rahmen", "dieser artikel erscheint in kooperation",
            "dieser beitrag erscheint im rahmen", "dieser beitrag erscheint in kooperation",
            "dieser text entstand im rahmen", "dieser text entstand mit", "dieser text entstand in kooperation",
            "dieser text entstand in zusammenarbeit", "dieser artikel entstand", "dieser beitrag entstand",
            "diese recherche entstand", "diese reportage entstand", "dieser text ist im rahmen",
            "dieser artikel ist im rahmen", "dieser beitrag ist im rahmen", "dieser text wurde gefördert",
            "dieser artikel wurde gefördert", "dieser beitrag wurde gefördert", "diese recherche wurde gefördert",
            "diese recherche wurde unterstützt", "die recherche wurde gefördert", "die recherche wurde unterstützt",
            "die recherche zu diesem text", "die recherche zu diesem artikel", "die recherche für diesen text",
            "die recherche für diesen artikel", "dies ist der erste teil unserer", "dies ist der erste teil der serie",
            "dies ist der erste teil der reihe", "dies ist der zweite teil unserer", "dies ist der zweite teil der serie",
            "dies ist der zweite teil der reihe", "dies ist der dritte teil unserer",
            "dies ist der dritte teil der serie", "dies ist der dritte teil der reihe",
            "dies ist der letzte teil unserer", "dies ist der letzte teil der serie",
            "dies ist der letzte teil der reihe", "dieser artikel ist der erste", "dieser artikel ist der zweite",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["lesetipp", "lesetipps", "mehr dazu:", "zum thema:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["beliebte beiträge", "leseempfehlung", "leseempfehlungen", "weiterführende literatur"]),
        header(Donation).max_words(12).phrases(&["wie hat ihnen der artikel gefallen", "hat ihnen der artikel gefallen", "hat dir der artikel gefallen", "hat euch der artikel gefallen", "hat ihnen dieser beitrag gefallen", "hat dir dieser beitrag gefallen", "war dieser artikel hilfreich", "war der artikel hilfreich", "fanden sie diesen artikel hilfreich"]),
        label(Social).phrases(&["teilen mit", "gefällt mir", "teilen auf", "teilen über", "teilen via", "folgt uns"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(3).phrases(&["audioversion", "audio-version"]),
        chrome(Other).max_words(4).phrases(&["artikel vorlesen", "beitrag anhören", "artikel hören", "vorlesen lassen", "nachricht anhören"]),
        chrome(Other).max_words(5).phrases(&["artikel vorlesen lassen", "diesen artikel anhören", "text vorlesen lassen"]),
        chrome(Other).max_words(25).phrases(&["die audioversion dieses artikels"]),
        chrome(Social).max_words(5).phrases(&["auf youtube ansehen", "youtube immer entsperren"]),
        chrome(Social).max_words(7).phrases(&["diesen beitrag auf instagram ansehen"]),
        chrome(Social).max_words(10).phrases(&["ein beitrag geteilt von"]),
        chrome(Social).max_words(14).phrases(&["klicke hier, um inhalte von", "klicken sie hier, um inhalte von"]),
        chrome(Social).max_words(15).phrases(&["♬ originalton"]),
        chrome(Social).max_words(20).phrases(&["mit dem laden des videos akzeptieren sie", "mit dem laden des beitrags akzeptieren sie", "mit dem laden des tweets akzeptieren sie"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["antworten abbrechen", "kommentar abschicken", "kommentare laden"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["schreibe einen kommentar", "kommentare sind geschlossen", "noch keine kommentare"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["dein kommentar muss noch freigegeben werden"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["du musst angemeldet sein, um einen kommentar", "sie müssen angemeldet sein, um einen kommentar", "deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht"]),
        chrome(Other).part(Comments).max_words(20).phrases(&["meinen namen, meine e-mail-adresse und meine website"]),
        chrome(Other).part(Navigation).max_words(4).phrases(&["tippfehler melden"]),
        chrome(Other).part(Navigation).max_words(6).phrases(&["fehler im artikel melden", "fehler im text melden"]),
        chrome(Other).part(Navigation).max_words(15).phrases(&["haben sie einen fehler entdeckt", "hast du einen fehler entdeckt", "tippfehler gefunden"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["ist ihnen ein fehler aufgefallen"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["empfehlung der redaktion:", "lesen sie hier:"]),
        line(Other).max_words(45).phrases(&["dieser text wurde unterstützt", "dieser artikel wurde unterstützt", "dieser text wurde finanziell", "dieser artikel wurde finanziell", "dieser beitrag ist eine kooperation", "dieser text ist eine kooperation", "dieser artikel ist eine kooperation", "diese recherche wurde finanziert"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["kostenloser artikel", "gratis-artikel", "freien artikel", "freier artikel", "restliche artikel", "verbleibende artikel"]),
        ask(Paywall).max_words(30).phrases(&["dies ist ihr letzter kostenloser artikel", "das ist ihr letzter kostenloser artikel", "dies ist dein letzter kostenloser artikel", "ihr letzter kostenloser artikel", "dein letzter kostenloser artikel", "ihr letzter freier artikel", "sie haben alle kostenlosen artikel gelesen", "du hast alle kostenlosen artikel gelesen", "sie haben das limit an kostenlosen artikeln erreicht", "du hast dein limit an kostenlosen artikeln erreicht", "ihr kontingent an kostenlosen artikeln ist aufgebraucht", "ihre kostenlosen artikel sind aufgebraucht"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["der vollständige artikel ist nur für abonnenten sichtbar", "dieser artikel ist exklusiv für abonnenten", "der rest des artikels ist nur für abonnenten", "der rest dieses artikels", "des artikels sind noch ungelesen", "um diesen artikel weiterzulesen", "um den vollständigen artikel zu lesen", "lesen sie jetzt weiter", "lies jetzt weiter", "den ganzen artikel lesen"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["lesen sie nach der anzeige weiter", "lesen sie nach der werbung weiter", "lies nach der anzeige weiter", "lies nach der werbung weiter", "weiter nach der anzeige", "weiter nach der werbung", "weiterlesen nach der anzeige", "weiterlesen nach der werbung", "artikel geht nach der anzeige weiter", "der artikel geht nach der werbung weiter", "artikel wird unter der anzeige fortgesetzt", "fortsetzung nach der anzeige"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["gesponserter inhalt", "gesponserte inhalte", "gesponsert von", "bezahlte partnerschaft", "bezahlter inhalt", "präsentiert von", "werblicher inhalt", "werbliche inhalte"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["als amazon-partner verdienen wir an qualifizierten verkäufen", "als amazon-partner verdiene ich an qualifizierten verkäufen", "dieser artikel enthält affiliate-links", "dieser beitrag enthält affiliate-links", "dieser artikel enthält sogenannte affiliate-links", "links zu online-shops in artikeln können sogenannte affiliate-links sein", "wenn sie über diese links einkaufen", "wenn du über diese links einkaufst", "wenn sie auf einen solchen link klicken", "bei einem kauf über diese links erhalten wir eine provision", "erhalten wir eine provision", "für links auf dieser seite erhält"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["nachdruck nur mit genehmigung", "nachdruck verboten", "vervielfältigung nur mit genehmigung", "weiterverbreitung nur mit genehmigung", "jegliche veröffentlichung und nicht-private nutzung", "die weiterverwendung ist nur mit genehmigung", "nutzungsrechte erwerben", "alle rechte vorbehalten vervielfältigung nur mit genehmigung", "der inhalt ist urheberrechtlich geschützt"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["jetzt newsletter abonnieren", "melden sie sich für unseren newsletter an"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["laden sie unsere app herunter", "laden sie die app herunter", "lade die app herunter", "lade dir die app herunter", "jetzt app herunterladen", "jetzt die app laden"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["kommentare ausblenden", "die kommentarfunktion ist geschlossen", "die kommentarfunktion wurde geschlossen", "diskutiere mit", "melden sie sich an um zu kommentieren", "zu den kommentaren"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["archivbild", "archivfoto", "symbolbild", "symbolfoto", "pressebild", "pressefoto", "screenshot"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["video abspielen", "erneut abspielen"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["video wird geladen", "ende des dialogfensters"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["dies ist ein modales fenster"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["ihr browser unterstützt das audio-element nicht"]),
        label(Other).part(Player).weight(2.5).phrases(&["audio-player"]),
        chrome(Social).part(Player).weight(2.5).max_words(8).phrases(&["externer inhalt"]),
        chrome(Social).part(Player).weight(2.5).max_words(9).phrases(&["empfohlener externer inhalt", "empfohlener redaktioneller inhalt"]),
        chrome(Social).part(Player).weight(2.5).max_words(14).phrases(&["klicken sie hier, um inhalte von youtube anzuzeigen"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["schlagwörter", "schlagworte", "stichwörter", "stichworte", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["kontoinhaber", "kontoinhaberin", "verwendungszweck", "bankverbindung", "spendenkonto", "kontonummer", "bankleitzahl", "zahlungsempfänger"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["kostenlos anmelden", "jetzt eintragen", "ihre e-mail", "deine e-mail", "gib deine e-mail-adresse ein", "geben sie ihre e-mail-adresse ein", "ja, ich will den newsletter", "ja, ich möchte den newsletter", "newsletter erhalten", "gratis anmelden", "jetzt registrieren", "deine e-mail-adresse eingeben"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["eintragen", "absenden", "e-mail-adresse"]),
        label(Subscription).phrases(&["zu den angeboten", "angebote ansehen", "alle angebote", "angebot sichern", "jetzt angebot sichern", "zum login", "bereits abonnent? anmelden", "bereits abonnent? hier anmelden", "sie sind bereits abonnent? jetzt anmelden", "du bist bereits abonnent? hier einloggen", "schon abonnent? jetzt einloggen", "bereits registriert? anmelden"]),
        label(App).phrases(&["laden im app store", "im app store laden", "jetzt bei google play", "erhältlich bei google play", "jetzt in der appgallery", "jetzt herunterladen", "kostenlos herunterladen", "app laden", "zur app", "app öffnen", "jetzt app installieren", "zum app store", "zu google play"]),
        label(Donation).phrases(&["anderer betrag", "eigener betrag", "freier betrag", "unterstützer werden", "mit paypal spenden", "einmalige spende", "monatliche spende", "anderen betrag eingeben", "weiter zur zahlung", "jetzt fördern", "förderer werden", "spende abschließen"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["vierteljährlich", "halbjährlich", "dauerspende"]),
        label(Social).phrases(&["link in die zwischenablage kopieren", "in die zwischenablage kopiert", "artikel drucken", "seite drucken", "beitrag drucken", "per e-mail", "per e-mail senden", "artikel versenden", "artikel per e-mail versenden", "auf linkedin teilen", "auf whatsapp teilen", "teilen per"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["e-mail"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["mit der anmeldung stimmen sie", "mit der anmeldung stimmst du", "mit ihrer anmeldung", "mit deiner anmeldung", "mit dem absenden", "mit klick auf „anmelden“", "sie können sich jederzeit abmelden", "du kannst dich jederzeit abmelden", "der newsletter kann jederzeit abbestellt werden", "eine abmeldung ist jederzeit möglich", "die abmeldung ist jederzeit möglich", "ich willige ein", "ich bin damit einverstanden", "ich stimme zu, dass", "ich habe die datenschutzerklärung gelesen", "sie können ihre einwilligung jederzeit widerrufen", "du kannst deine einwilligung jederzeit widerrufen", "die einwilligung kann jederzeit widerrufen werden", "hinweise zum datenschutz", "informationen zum datenschutz", "wir geben ihre daten nicht", "bitte bestätigen sie ihre anmeldung", "bitte prüfen sie ihr postfach", "diese seite ist durch recaptcha geschützt", "diese website ist durch recaptcha geschützt"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["gefällt dir, was du liest", "gefällt ihnen, was sie lesen", "hat ihnen der beitrag gefallen", "hat dir der beitrag gefallen", "nichts mehr verpassen", "wollen sie nichts verpassen", "willst du nichts verpassen", "möchten sie mehr lesen", "war dieser artikel lesenswert", "sie wollen mehr davon", "sie möchten keine neuigkeiten verpassen", "möchten sie mehr davon lesen", "interessiert sie das thema"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["sagten", "betonten", "fügte hinzu", "hinzufügte", "behauptete", "bestritt", "räumte ein", "einräumte", "gab zu", "warnte", "warnten", "erinnerte", "antwortete", "erwiderte", "entgegnete", "fragte", "schrieb", "berichtete", "meldete", "mitteilte", "hieß es", "stellte klar", "hob hervor", "unterstrich", "bekräftigte", "kritisierte", "wies darauf hin", "in einem interview mit", "gegenüber journalisten", "vor journalisten", "mit den worten zitiert", "so ein sprecher", "so eine sprecherin"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["bildergalerie", "fotogalerie", "vergrößern", "vollbild"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["zur galerie", "galerie öffnen", "galerie schließen", "nächstes bild", "vorheriges bild", "nächstes foto", "vorheriges foto"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["alle bilder anzeigen"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["liveticker", "live-ticker", "liveblog", "live-blog", "newsblog", "aktualisieren"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["live verfolgen", "jetzt live", "mehr laden"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["weitere beiträge laden", "neue beiträge anzeigen"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["schriftgröße"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["schrift vergrößern", "schrift verkleinern"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["per e-mail versenden"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["abspielen", "stummschalten", "wiedergabegeschwindigkeit"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["video ansehen", "ton aus", "ton an", "automatische wiedergabe"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(2.5).max_words(12).phrases(&["danke fürs lesen", "vielen dank fürs lesen", "bis zum ende gelesen", "bis hierher gelesen", "danke, dass du uns liest", "schön, dass du da bist"]),
        cue(Donation).weight(2.0).phrases(&["jeder beitrag zählt", "jeder euro zählt", "auch kleine beträge helfen", "betrag frei wählbar", "zahl, was du willst", "mit einem beliebigen betrag"]),
        cue(Subscription).phrases(&["zum e-paper", "e-paper lesen", "jetzt e-paper lesen", "die digitale ausgabe", "die gedruckte ausgabe", "ein abo verschenken", "abo verschenken", "ein geschenkabo", "die zeitung nach hause"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["zulassen nicht jetzt", "nicht jetzt zulassen", "zulassen später", "später zulassen", "zulassen blockieren", "blockieren zulassen", "zulassen nicht zulassen", "nicht zulassen zulassen", "zulassen nein danke", "nein danke zulassen", "zulassen abbrechen", "abbrechen zulassen", "erlauben nicht jetzt", "nicht jetzt erlauben", "erlauben später", "später erlauben", "erlauben blockieren", "blockieren erlauben", "erlauben nicht zulassen", "nicht zulassen erlauben", "erlauben nein danke", "nein danke erlauben", "erlauben abbrechen", "abbrechen erlauben"]),
        cue(App).phrases(&["benachrichtigungen aktivieren", "push-benachrichtigungen", "benachrichtigungen erhalten", "push-mitteilungen"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["ich unterstütze", "ich will unterstützen", "ich möchte unterstützen", "ich spende", "ich möchte spenden", "ich unterstütze bereits"]),
        label(Membership).phrases(&["ich will mitglied werden", "ich möchte mitglied werden", "ich werde mitglied", "ich bin bereits mitglied", "ich bin schon mitglied"]),
        label(Subscription).phrases(&["ich bin bereits abonnent", "ich habe bereits ein abo", "ich möchte abonnieren"]),
        label(Newsletter).phrases(&["ich möchte den newsletter erhalten"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lesen sie auch:", "lies auch:", "lesen sie mehr:", "lesen sie dazu:", "lesen sie dazu auch:", "mehr zum thema:", "passend zum thema:", "auch interessant:", "das könnte sie auch interessieren:", "das könnte dich auch interessieren:", "siehe auch:", "sehen sie auch:", "hören sie auch:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["jetzt live hören", "radio live hören", "livestream ansehen", "zum livestream", "hier im livestream"]),
        ask(Social).max_words(30).phrases(&["unserem whatsapp-kanal", "unseren whatsapp-kanal", "unserem telegram-kanal", "unseren telegram-kanal", "treten sie unserem kanal bei", "wir sind auf whatsapp"]),
        label(Social).phrases(&["kanal beitreten", "zum whatsapp-kanal"]),
        line(Subscription).max_words(10).phrases(&["zum e-paper", "zur e-paper-ausgabe", "zur digitalen ausgabe", "das e-paper von heute"]),
        label(Subscription).phrases(&["e-paper", "epaper", "digitalausgabe"]),
        ask(Other).part(Comments).max_words(60).phrases(&["geben nicht die meinung der redaktion wieder", "die redaktion behält sich vor", "wir behalten uns vor, kommentare", "beleidigende kommentare werden gelöscht", "nur registrierte nutzer können kommentieren", "kommentare werden nach prüfung freigeschaltet"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["haben sie einen tipp für uns", "hast du einen tipp für uns", "schreiben sie der redaktion", "kontaktieren sie unsere redaktion", "schicken sie uns ihre fotos", "schick uns deine fotos", "werden sie leserreporter"]),
        label(Other).phrases(&["tipp an die redaktion", "leserreporter", "redaktion kontaktieren"]),
        ask(Ad).max_words(35).phrases(&["jetzt nominieren", "jetzt tickets sichern", "der rechtsweg ist ausgeschlossen", "mitmachen und gewinnen", "wir verlosen", "stimmen sie jetzt ab"]),
        label(Ad).phrases(&["tickets kaufen", "jetzt teilnehmen", "zum gewinnspiel", "jetzt abstimmen"]),
        ask(Ad).max_words(35).phrases(&["verstärken sie unser team", "verstärke unser team", "werden sie teil unserer redaktion", "ihre aussagekräftige bewerbung", "wir freuen uns auf ihre bewerbung", "wir freuen uns auf deine bewerbung"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind mit", "dein kommentar wartet auf die freischaltung", "ihr kommentar wartet auf die freischaltung", "du musst angemeldet sein, um einen kommentar abzugeben", "sie müssen angemeldet sein, um einen kommentar abzugeben"]),
        label(Other).part(Comments).phrases(&["hinterlasse einen kommentar", "kommentar absenden"]),
    ],
    we: &["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"],
    you: &["du", "dein", "deine", "dich", "dir", "deinen", "deinem", "deiner", "deines", "euch", "eure", "euer", "Ihnen"],
};
