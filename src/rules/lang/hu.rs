//! Hungarian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "hu",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "támogass minket", "támogasson minket", "támogassatok minket", "támogasd a független újságírást",
            "támogassa a független újságírást",
            "szükségünk van a támogatásodra", "szükségünk van az ön támogatására", "szükségünk van a segítségedre",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "támogass minket", "támogasson minket", "támogassatok minket", "támogasd a munkánkat",
            "támogassa a munkánkat", "támogasd munkánkat", "támogassa munkánkat", "adományozz most",
            "adományozzon most", "támogatásoddal", "legyél támogatónk", "legyen támogatónk", "legyél a támogatónk",
            "legyen a támogatónk", "válaszd ki az összeget", "válassza ki az összeget", "támogass bármekkora összeggel",
            "támogasson bármekkora összeggel",
            "minden forint számít", "ajánld fel adód", "ajánlja fel adója", "szükségünk van a támogatásodra",
            "szükségünk van az ön támogatására", "támogasd a független", "támogassa a független", "támogatom a lapot",
            "olvasóink támogatására",
        ]),
        cue(Donation).phrases(&[
            "támogatásod", "támogatásodra", "az ön támogatása", "független újságírás", "független újságírást",
            "független sajtó", "munkánkat", "havonta", "ft/hó", "forint havonta", "bankszámlaszám", "számlaszám",
            "havi támogatás", "egyszeri támogatás", "rendszeres támogatás",
        ]),
        cue(Donation).weight(0.5).phrases(&["adomány*", "adakoz*", "támogató*", "támogass*"]),
        salutation(Donation).max_words(6).phrases(&[
            "kedves olvasó", "kedves olvasóink", "kedves olvasónk", "tisztelt olvasó", "tisztelt olvasóink",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "tetszett a cikk", "tetszett ez a cikk", "tetszik, amit csinálunk", "tetszik, amit csinálunk?",
        ]),
        ask(Membership).phrases(&[
            "légy tag", "legyél tagunk", "legyen tagunk", "csatlakozz a közösségünkhöz",
            "csatlakozzon a közösségünkhöz", "lépj be a klubba", "lépjen be a klubba", "csatlakozz a klubhoz",
            "csatlakozzon a klubhoz",
        ]),
        cue(Membership).weight(0.5).phrases(&["tagság*"]),
        ask(Subscription).phrases(&[
            "fizess elő", "fizessen elő", "fizess elő most", "már előfizető vagy",
            "bármikor lemondható",
            "legyél előfizetőnk", "legyen előfizetőnk",
        ]),
        cue(Subscription).phrases(&["korlátlan hozzáférés"]),
        cue(Subscription).weight(0.5).phrases(&["előfizet*"]),
        cue(Subscription).phrases(&["előfizetőknek"]),
        ask(Paywall).weight(3.5).phrases(&[
            "a cikk folytatásához", "az olvasás folytatásához", "a teljes cikk elolvasásához",
            "ingyenes cikkeid", "ingyenes cikket olvashatsz", "ingyenes cikket olvashat", "jelentkezz be az olvasáshoz",
            "jelentkezzen be az olvasáshoz", "olvasd tovább előfizetéssel", "elérted az ingyenes",
        ]),
        ask(Newsletter).phrases(&[
            "iratkozz fel hírlevelünkre", "iratkozzon fel hírlevelünkre", "iratkozz fel a hírlevelünkre",
            "iratkozzon fel a hírlevelünkre", "hírlevelünk", "hírlevelünkre", "add meg e-mail címed", "add meg az e-mail címed",
            "add meg e-mail-címed", "add meg az e-mail-címed", "a postafiókodba", "bármikor leiratkozhatsz", "bármikor leiratkozhat",
            "köszönjük a feliratkozást", "feliratkozom a hírlevélre",
        ]),
        cue(Newsletter).phrases(&["hírlev*", "adatvédelmi tájékoztató*", "adatkezelési tájékoztató*"]),
        ask(App).phrases(&[
            "töltsd le az alkalmazásunkat", "töltse le az alkalmazásunkat", "töltsd le alkalmazásunkat",
            "töltse le alkalmazásunkat", "töltsd le az applikációnkat",
        ]),
        cue(App).phrases(&["alkalmazásunk*", "applikációnk*", "az app store-ban", "a google play-en"]),
        ask(Cookie).phrases(&[
            "sütiket használunk", "ez a weboldal sütiket használ", "weboldalunk sütiket használ",
            "oldalunk sütiket használ", "cookie-kat használunk", "sütik használatához", "az összes elfogadása",
            "összes elfogadása", "mindet elfogadom", "elfogadom mindet", "süti beállítások", "sütibeállítások",
            "cookie-beállítások", "süti tájékoztató", "sütikezelési",
        ]),
        cue(Cookie).phrases(&["sütiket használ", "cookie-kat használ"]),
        ask(Social).phrases(&[
            "kövess minket", "kövessen minket", "kövessetek minket", "oszd meg ezt a cikket", "ossza meg ezt a cikket",
            "oszd meg a cikket", "megosztás a facebookon", "megosztás facebookon", "link másolása",
            "iratkozz fel csatornánkra", "iratkozz fel a csatornánkra",
        ]),
        label(Ad).phrases(&["hirdetés", "szponzorált tartalom", "támogatott tartalom"]),
        // The ad blocker's wall ("Úgy látjuk, hirdetésblokkolót használ") and its button.
        ask(Ad).phrases(&["hirdetésblokkolót használ", "kapcsolja ki a hirdetésblokkolót", "kapcsold ki a hirdetésblokkolót", "hirdetésblokkoló kikapcsolása"]),
        label(Ad).phrases(&["kikapcsoltam", "rendben, kikapcsoltam"]),
        line(Related).max_words(24).phrases(&[
            "olvasd el ezt is", "olvassa el ezt is", "ezt is ajánljuk", "kapcsolódó cikkek", "kapcsolódó:",
            "legolvasottabb cikkek", "ajánljuk:",
            "ez is érdekelheti", "ez is érdekelhet", "ezek is érdekelhetik", "ezek is érdekelhetnek",
        ]),
        label(Related).phrases(&[
            "kapcsolódó cikkek", "kapcsolódó", "legolvasottabb", "ajánljuk", "olvasd el ezt is", "friss hírek",
            "legfrissebb",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "cikkünk eredetileg", "írásunk eredetileg", "munkatársunktól", "tudósítónktól",
            "a cikk megírásában közreműködött",
        ]),
        line(Credit).max_words(10).phrases(&[
            "fotó:", "fotók:", "szöveg:", "szerző:", "fordította:", "borítókép:", "nyitókép:", "címlapkép:",
            "kiemelt kép:", "közreműködött:",
        ]),
        chrome(Other).max_words(10).phrases(&["minden jog fenntartva",]),
        label(Other).phrases(&["hozzászólások", "kommentek"]),
        label_any().phrases(&[
            "bezár", "bezárás", "most nem", "nem, köszönöm", "később", "emlékeztess később", "elfogadom", "elutasítom",
            "tovább", "megosztás", "nyomtatás", "egyszeri", "havi", "rendszeres", "támogatom", "adományozok",
            "előfizetek", "feliratkozom", "belépés", "bejelentkezés", "regisztráció", "beállítások", "értem", "mégsem",
            "tovább olvasom", "egyéb összeg", "támogatás",
        ]),
        outlet(Donation).phrases(&[
            "független lap", "független médium", "független szerkesztőség", "reklámmentes", "hirdetésmentes",
            "fizetőfal nélkül", "olvasóink támogatásából", "olvasóink finanszírozzák", "mindenki számára ingyenes",
            "nonprofit szervezet",
        ]),
        // Also news wording: "Mielőtt továbblépne a bizottság" (third person formal: "before the
        // committee moves on"), "bármekkora összeggel hozzájárulhatnak", "már előfizető volt",
        // "digitális előfizetés bevételei", "az első hónap ingyen lesz az új előfizetőknek", "ingyenes
        // cikket közölt", "prémium tartalom bevételei", "csak előfizetőknek érhető el", "e-mail címed
        // soha ne add meg", "kéri: válasszon csomagot", "kéri: töltse le az appot", "Kapcsolódó cikk
        // jelent meg", "Legolvasottabb szerzője", "További cikkek megjelenését tervezi": cues, or only a
        // short line of their own.
        header(Donation).max_words(4).phrases(&["mielőtt továbblépsz", "mielőtt továbblépne"]),
        cue(Donation).phrases(&["bármekkora összeggel"]),
        cue(Subscription).phrases(&["digitális előfizetés", "első hónap ingyen", "válassz csomagot", "válasszon csomagot"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["első hónap ingyen"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["válassz csomagot", "válasszon csomagot"]),
        cue(Paywall).phrases(&["csak előfizetőknek", "csak előfizetők számára", "ingyenes cikket", "prémium tartalom"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["csak előfizetőknek", "csak előfizetők számára"]),
        label(Paywall).phrases(&["prémium tartalom"]),
        cue(Newsletter).phrases(&["e-mail címed", "e-mail-címed", "email címed"]),
        cue(App).phrases(&["töltsd le az appot", "töltse le az appot"]),
        ask(App).at(Start).max_words(10).phrases(&["töltsd le az appot", "töltse le az appot"]),
        line(Related).max_words(3).phrases(&["kapcsolódó cikk", "legolvasottabb", "friss hírek", "további cikkek"]),
        notice().phrases(&["helyesbítés:", "frissítés:"]),
        body().phrases(&["mondta", "közölte", "szerint", "nyilatkozta", "hangsúlyozta"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["támogatnál minket", "támogatna minket", "támogatnál bennünket", "támogatna bennünket", "nélküled nem megy", "nélkületek nem megy"]),
        cue(Donation).weight(2.0).phrases(&["tetszőleges összeggel", "olvasóink tartanak fenn", "olvasóink tartják fenn"]),
        ask(Membership).at(Start).max_words(20).phrases(&["legyen tagja", "légy tagja", "legyél tagja"]),
        ask(Membership).phrases(&["tagként segít", "tagként segítesz", "tagként támogat"]),
        cue(Membership).phrases(&["tagként", "olvasói klub*"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["már előfizető"]),
        ask(Paywall).phrases(&["ingyenes cikket olvasott", "ingyenes cikket olvastál", "ingyenes cikkből"]),
        ask(Newsletter).phrases(&["elküldjük e-mailben", "e-mailben elküldjük", "adja meg e-mail címét", "adja meg az e-mail címét"]),
        cue(Newsletter).phrases(&["e-mail címét", "e-mail-címét"]),
        ask(Credit).max_words(40).phrases(&["írjon neki:", "írj neki:", "rovat újságírója"]),
        outlet(Donation).phrases(&["reklámmentes lap", "független lap vagyunk"]),
        label_any().phrases(&["talán később", "most inkább nem"]),
        ask(Donation).phrases(&["támogass bennünket", "támogasson bennünket", "támogasd a lapot", "támogassa a lapot", "adj egy kávét"]),
        ask(Membership).phrases(&["lépj be a közösségbe", "lépjen be a közösségbe", "legyél te is tag", "legyen ön is tag"]),
        ask(Subscription).phrases(&["fizessen elő most", "már előfizetőnk"]),
        ask(Newsletter).phrases(&["iratkozz fel", "iratkozzon fel", "küldjük e-mailben"]),
        ask(App).phrases(&["töltsd le ingyenes alkalmazásunkat", "töltse le ingyenes alkalmazásunkat"]),
        ask(Cookie).phrases(&["hozzájárul a sütik használatához", "hozzájárulsz a sütik használatához", "az oldal további használatával"]),
        ask(Social).phrases(&["oszd meg ismerőseiddel", "ossza meg ismerőseivel", "kövess bennünket", "kövessen bennünket"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["olvasóink támogatásával", "olvasóink támogatásának köszönhetően"]),
        ask(Donation).phrases(&["utalj nekünk", "utaljon nekünk", "minden összeg számít"]),
        ask(Membership).phrases(&["támogatóként megkapod", "támogatóként megkapja", "csatlakozz havi", "csatlakozzon havi"]),
        cue(Membership).phrases(&["támogatóként"]),
        ask(Subscription).phrases(&["olvass korlátlanul", "olvasson korlátlanul"]),
        ask(Newsletter).phrases(&["a leiratkozás bármikor", "kérd hírlevelünket", "kérje hírlevelünket"]),
        ask(Paywall).weight(3.5).phrases(&["zárolt tartalom"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["van már fiókod", "van már fiókja"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["ez a honlap sütiket használ", "honlapunk sütiket használ", "az oldal sütiket használ"]),
        line(Credit).max_words(10).phrases(&["szöveg és fotó:", "szöveg és kép:"]),
        line(Related).max_words(8).phrases(&["további hírek", "további hírek a"]),
        label_any().phrases(&["rendben", "értettem"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["akik már támogatják a munkánkat", "akik már támogatnak minket", "válassz összeget", "válasszon összeget"]),
        ask(Subscription).phrases(&["ajándékozz előfizetést", "ajándékozzon előfizetést", "előfizetést ajándékba"]),
        ask(Social).phrases(&["küldd el egy barátodnak", "küldje el ismerősének"]),
        line(Other).max_words(25).phrases(&["van egy tipped", "van egy tippje", "írj nekünk a"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["a szerzőről", "szerzőnkről", "a szerző további cikkei", "a szerző cikkei"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["a szerző újságíró", "a szerző közgazdász"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["ugrás a tartalomra"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["hozzászólás írása", "szólj hozzá", "írj hozzászólást", "hozzászólások megtekintése", "olvasói hozzászólások"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["hozzászólások", "komment"]),
        ask(Other).part(Comments).phrases(&["a hozzászólásokat moderáljuk", "kommentelési szabályzat"]),
        ask(Other).part(Disclaimer).phrases(&["a szerző saját véleménye", "a szerző véleményét tükrözi"]),
        cue(Other).part(Disclaimer).phrases(&["nem feltétlenül tükrözi", "a szerkesztőség álláspontját"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["következő oldal", "előző oldal", "hibát találtál", "hiba bejelentése"]),
        ask(Other).part(Navigation).phrases(&["az oldal legjobban", "böngésződ elavult", "engedélyezd a javascriptet"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "ezt is olvasd el", "ezt is olvassa el", "lásd még", "ezt se hagyja ki", "ezt se hagyd ki",
            "a szerkesztőség ajánlja", "címlapról ajánljuk", "előző cikk", "következő cikk",
        ]),
        line(Related).max_words(6).phrases(&[
            "ajánlott cikkek", "szerkesztőségi ajánló", "kapcsolódó hírek", "kapcsolódó tartalmak", "kapcsolódó tartalom",
            "hasonló cikkek", "legnépszerűbb", "legfrissebb hírek", "még több hír", "hírek a témában",
        ]),
        line(Related).max_words(4).phrases(&["ajánló", "legfrissebb", "ajánljuk", "ne hagyja ki", "ne hagyd ki"]),
        label(Related).phrases(&[
            "ajánló", "szerkesztőségi ajánló", "címlapról ajánljuk", "lásd még", "ezt is olvasd el", "ne hagyja ki",
            "ne hagyd ki", "kapcsolódó hírek", "hasonló cikkek", "legnépszerűbb", "legfrissebb hírek", "további cikkek",
            "további hírek", "még több hír", "ez is érdekelheti", "ez is érdekelhet",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "tárolt információk tárolása és/vagy elérése", "személyre szabott hirdetési profil létrehozása",
            "személyre szabott tartalomprofil létrehozása", "piackutatás alkalmazása nézettségi adatok generálásához",
        ]),
        label_any().phrases(&[
            "nem fogadom el", "további lehetőségek", "összes elutasítása",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "ez a cikk a", "ez a cikk az", "ez az írás a", "ez az írás az", "ez a riport a", "ez a riport az",
            "cikkünk a", "cikkünk az", "a cikk megjelenését", "a cikk létrejöttét", "a cikk elkészítését",
            "a cikk elkészülését", "a cikk megírását", "a riport elkészítését", "a riport elkészülését",
            "a cikksorozat elkészítését", "a cikksorozat megjelenését", "a cikk az európai unió",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["bővebben:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["kapcsolódó bejegyzések", "hasonló bejegyzések", "legutóbbi bejegyzések", "ez is tetszhet", "ezek is tetszhetnek", "további olvasnivaló"]),
        header(Donation).max_words(12).phrases(&["hasznos volt ez a cikk", "hasznos volt a cikk", "tetszett az írás"]),
        label(Social).phrases(&["oszd meg", "ossza meg", "oszd meg másokkal"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["cikk meghallgatása"]),
        chrome(Other).max_words(5).phrases(&["a cikk meghallgatása"]),
        chrome(Other).max_words(6).phrases(&["hallgassa meg a cikket", "hallgasd meg a cikket"]),
        chrome(Social).max_words(5).phrases(&["megtekintés az instagramon", "megtekintés a youtube-on"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["vélemény, hozzászólás", "válasz megszakítása", "hozzászólás küldése", "hozzászólások betöltése"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["még nincs hozzászólás"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["hozzászólás küldéséhez be kell jelentkezni", "a kötelező mezőket"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["az e-mail címet nem tesszük közzé"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["hibát találtál?", "hibát észleltél?"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["kapcsolódó cikk:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["perc olvasás", "perces olvasás"]),
        line(Other).max_words(45).phrases(&["a riport megjelenését"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["ingyenes cikk", "ingyenes cikke", "ingyenes cikked", "ingyenes cikkek", "ingyenes cikkei", "ingyenesen olvasható cikk", "ingyenes cikke maradt", "ingyenes cikked maradt", "cikk maradt"]),
        ask(Paywall).max_words(30).phrases(&["ez az utolsó ingyenes cikke", "ez az utolsó ingyenes cikked", "utolsó ingyenes cikk", "elolvasta az összes ingyenes cikket", "elolvastad az összes ingyenes cikket", "elérte az ingyenes cikkek korlátját", "elérted az ingyenes cikkek limitjét", "elfogytak az ingyenes cikkei", "elfogytak az ingyenes cikkeid"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["a cikk folytatása előfizetőknek", "a cikk további része csak előfizetőknek", "előfizetői tartalom", "olvassa tovább", "olvasd tovább"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["a cikk a hirdetés után folytatódik", "a cikk a hirdetés alatt folytatódik", "a cikk a reklám után folytatódik", "cikkünk a hirdetés után folytatódik", "a cikk folytatása a hirdetés után", "a folytatás a hirdetés után", "hirdetés után folytatjuk", "a cikk alább folytatódik", "a cikk lent folytatódik"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["szponzorált cikk", "támogatott cikk", "hirdetői tartalom", "fizetett tartalom", "fizetett hirdetés", "fizetett partneri tartalom", "partnerünk tartalma", "együttműködésben készült"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["a cikk affiliate linkeket tartalmaz", "ez a cikk affiliate linkeket tartalmaz", "a cikk partnerlinkeket tartalmaz", "ha a linkeken keresztül vásárolsz", "a linkeken keresztül történő vásárlás"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["a cikk másolása tilos", "szerzői jogvédelem alatt", "újraközlése tilos", "felhasználása engedélyhez kötött", "másolása és terjesztése tilos"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["kérem a hírlevelet"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["töltse le az alkalmazást", "töltsd le az alkalmazást"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["szóljon hozzá", "hozzászólások megjelenítése", "a hozzászólás lezárva", "a kommentelés lezárult", "jelentkezzen be a hozzászóláshoz", "kommentelési szabályok"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["archív fotó", "archív kép", "illusztrációs kép", "illusztrációs fotó", "képernyőfotó", "képernyőkép", "olvasói fotó", "beküldött fotó", "családi archívum"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["videó lejátszása", "párbeszédablak vége"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["ez egy felugró ablak"]),
        label(Other).part(Player).weight(2.5).phrases(&["videolejátszó", "audiolejátszó"]),
        chrome(Social).part(Player).weight(2.5).at(Any).max_words(12).phrases(&["által megosztott bejegyzés"]),
        chrome(Social).part(Player).weight(2.5).max_words(11).phrases(&["a bejegyzés megtekintése az instagramon"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["címkék", "címke", "kulcsszavak", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["számlaszám", "bankszámlaszám", "számlatulajdonos", "számlavezető bank", "kedvezményezett neve"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["feliratkozás hírlevélre", "feliratkozás a hírlevélre", "e-mail cím", "az e-mail címed", "az ön e-mail címe"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["feliratkozás", "e-mail-cím", "küldés", "elküldés"]),
        label(Subscription).phrases(&["előfizetés most", "előfizetés vásárlása", "ajánlatok megtekintése", "megnézem az ajánlatokat", "kipróbálom ingyen", "ingyenes próbaidőszak", "már előfizető? jelentkezzen be", "már előfizető vagy? jelentkezz be", "van már fiókod? jelentkezz be", "legyél tag", "legyen tag"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["csatlakozom"]),
        label(App).phrases(&["letöltés az app store-ból", "szerezd meg: google play", "elérhető a google play-en", "elérhető az app store-ban", "alkalmazás letöltése", "app letöltése", "megnyitás az alkalmazásban", "megnyitás appban", "letöltés most"]),
        label(Donation).phrases(&["támogatom most", "támogass most", "egyszeri adomány", "havi rendszeres támogatás", "más összeg", "támogatás összege", "tetszőleges összeg", "tovább a fizetéshez", "egyszeri adományozás", "havi rendszeres adomány"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["támogass", "támogasson", "adományozz"]),
        label(Social).phrases(&["hivatkozás másolása", "link másolva", "vágólapra másolva", "cikk nyomtatása", "küldés e-mailben", "e-mail küldése", "megosztás e-mailben", "megosztás x-en", "cikk megosztása", "link kimásolva", "megosztás messengeren", "küldés ismerősnek"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["megosztom"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["a feliratkozással elfogadod", "a feliratkozással elfogadja", "feliratkozásoddal elfogadod", "a feliratkozás gombra kattintva", "a gombra kattintva", "hozzájárulok személyes adataim kezeléséhez", "elolvastam és elfogadom", "megismertem és elfogadom", "a hírlevélről bármikor leiratkozhatsz", "a hírlevélről bármikor leiratkozhat", "nem adjuk ki az e-mail címed", "ezt az oldalt a recaptcha védi", "nézd meg a postafiókodat", "ellenőrizd a postafiókodat", "erősítsd meg a feliratkozást"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["tetszett a cikkünk", "nem akarsz lemaradni semmiről", "nem szeretne lemaradni semmiről", "szeretnél még több ilyen cikket", "hasznosnak találtad a cikket", "szeretnél többet tudni", "fontosnak tartod a munkánkat", "fontosnak tartja a munkánkat", "szeretnél naprakész lenni", "érdekel a téma"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["mondja", "mondták", "közölték", "hangsúlyozták", "tette hozzá", "tették hozzá", "fogalmazott", "úgy fogalmazott", "magyarázta", "elmondta", "elmondták", "kiemelte", "kiemelték", "jelezte", "jelezték", "megerősítette", "bejelentette", "bejelentették", "állította", "tagadta", "elismerte", "figyelmeztetett", "emlékeztetett", "felidézte", "válaszolta", "kérdezte", "számolt be", "adta hírül", "idézi", "nyilatkozott", "szavai szerint", "egy interjúban", "hangoztatta", "rámutatott", "hozzátette", "ismertette", "tudatta", "jelentette ki"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotógaléria", "képgaléria", "nagyítás"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galéria megnyitása", "galéria bezárása", "következő kép", "előző kép", "teljes képernyő", "további képek", "összes kép"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["élőben", "frissítve", "frissítés"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["percről percre", "élő közvetítés", "élő tudósítás", "továbbiak betöltése"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["mentve", "betűméret"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["cikk mentése", "betűméret növelése", "betűméret csökkentése"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["lejátszás", "némítás"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["némítás feloldása", "hang bekapcsolása", "automatikus lejátszás", "lejátszási sebesség"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["szeretnél több ilyen cikket"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["köszönjük, hogy végigolvastad", "köszönjük, hogy elolvastad", "köszönjük, hogy elolvasta", "köszönjük, hogy minket olvasol", "ha eljutottál idáig", "köszönjük, hogy velünk vagy"]),
        cue(Donation).weight(2.0).phrases(&["minden adományt megduplázunk", "megduplázzuk az adományodat", "az adományod duplán számít"]),
        cue(Donation).weight(2.0).phrases(&["bármekkora összeg számít", "akár kis összeggel is"]),
        cue(Subscription).phrases(&["nyomtatott kiadás", "digitális lapszám", "előfizetés ajándékba"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["engedélyezés most nem", "most nem engedélyezés", "engedélyezés később", "később engedélyezés", "engedélyezés tiltás", "tiltás engedélyezés", "engedélyezés mégse", "mégse engedélyezés", "engedélyez most nem", "most nem engedélyez", "engedélyez később", "később engedélyez", "engedélyez tiltás", "tiltás engedélyez", "engedélyez mégse", "mégse engedélyez"]),
        cue(App).phrases(&["értesítések engedélyezése", "push-értesítés*"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["támogatni szeretnék", "szeretném támogatni", "már támogatom", "már támogató vagyok", "támogató leszek", "adományozni szeretnék"]),
        label(Membership).phrases(&["tag leszek", "tag szeretnék lenni", "már tag vagyok"]),
        label(Subscription).phrases(&["már előfizető vagyok", "előfizetni szeretnék"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["olvassa el ezt is:", "olvasd el ezt is:", "ezt is olvassa el:", "ezt is olvasd el:", "kapcsolódó cikkek:", "kapcsolódó hírek:", "ez is érdekelheti:", "ez is érdekelhet:", "ezt is ajánljuk:", "ajánljuk még:", "nézze meg ezt is:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["hallgasd élőben", "hallgassa élőben", "hallgass minket élőben"]),
        ask(Social).max_words(30).phrases(&["whatsapp-csatornánk*", "whatsapp csatornánk*", "telegram-csatornánk*", "telegram csatornánk*", "csatlakozz a csatornánkhoz", "csatlakozzon a csatornánkhoz"]),
        label(Social).phrases(&["csatlakozz a csatornához"]),
        line(Subscription).max_words(10).phrases(&["digitális lapszám", "digitális kiadás", "a mai lapszám"]),
        label(Subscription).phrases(&["e-újság", "e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["a kommentek nem a szerkesztőség véleményét", "a hozzászólások nem a szerkesztőség véleményét", "a sértő hozzászólásokat töröljük", "a sértő kommenteket töröljük", "hozzászólni csak regisztrált felhasználók", "kommentelni csak regisztrált felhasználók", "a hozzászólások moderálás után jelennek meg"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["írjon nekünk", "írj nekünk", "van egy jó sztorija", "van egy jó sztorid", "keresse szerkesztőségünket", "írjon a szerkesztőségnek", "írj a szerkesztőségnek"]),
        label(Other).phrases(&["küldj tippet", "küldjön tippet"]),
        ask(Ad).max_words(35).phrases(&["szavazzon kedvencére", "szavazz a kedvencedre", "a nyereményjáték szabályzata", "a nyereményjáték részletes szabályzata", "nyerj páros jegyet", "nyerjen páros jegyet"]),
        label(Ad).phrases(&["jegyvásárlás", "vegyen jegyet", "vegyél jegyet"]),
        ask(Ad).max_words(35).phrases(&["újságírót keresünk", "újságírókat keresünk", "riportert keresünk", "csatlakozz a csapatunkhoz", "csatlakozzon csapatunkhoz", "csatlakozz a szerkesztőségünkhöz", "csatlakozzon szerkesztőségünkhöz"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["az e-mail címet nem tesszük közzé", "karakterrel jelöltük", "a nevem, e-mail címem", "a hozzászólás moderálásra vár", "hozzászólása moderálásra vár", "hozzászólás küldéséhez be kell jelentkezni"]),
        label(Other).part(Comments).phrases(&["hozzászólás", "hozzászólok"]),
    ],
    // "mi" (we) is Italian and Spanish ("my"); "Ön" (formal you) is Turkish "ön" (front).
    we: &["minket", "nekünk", "miénk", "velünk", "rólunk", "tőlünk", "általunk"],
    you: &[
        "te", "téged", "neked", "veled", "tőled", "rólad", "tiéd", "ti", "titeket", "nektek", "önnek", "önt", "önök",
        "önöknek", "az ön", "önnel", "öntől",
    ],
};
