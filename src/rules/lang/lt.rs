//! Lithuanian.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "lt",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "paremkite mus", "paremk mus", "remkite mus", "paremkite nepriklausomą žurnalistiką",
            "remkite nepriklausomą žurnalistiką", "mums reikia jūsų paramos", "mums reikia tavo paramos",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "paremkite mus", "paremk mus", "remkite mus", "paremkite mūsų darbą", "paremk mūsų darbą",
            "paremkite nepriklausomą žurnalistiką", "remkite nepriklausomą žurnalistiką", "paremti dabar",
            "paaukokite dabar", "kiekviena auka svarbi", "kiekvienas euras svarbus",
            "tapkite rėmėju", "tapk rėmėju", "tapkite mūsų rėmėju",
            "mėnesinė parama", "vienkartinė parama", "mums reikia jūsų paramos", "mums reikia tavo paramos",
            "skirkite 1,2 proc", "skirk 1,2 proc", "skirkite mums 1,2", "paremkite mus 1,2",
        ]),
        cue(Donation).phrases(&[
            "jūsų paramą", "tavo paramą", "jūsų paramos", "tavo paramos", "jūsų paramos dėka", "nepriklausoma žurnalistika",
            "nepriklausomos žurnalistikos", "mūsų darbą", "eurų per mėnesį", "sąskaitos numeris",
            "gpm paramos",
        ]),
        cue(Donation).weight(0.5).phrases(&["rėmėj*", "paaukot*"]),
        salutation(Donation).max_words(6).phrases(&[
            "mieli skaitytojai", "gerbiami skaitytojai", "brangūs skaitytojai", "mielas skaitytojau",
            "mieloji skaitytoja",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "patiko straipsnis", "ar jums patiko šis straipsnis", "ar tau patiko šis straipsnis",
            "jums patinka tai, ką darome",
        ]),
        ask(Membership).phrases(&[
            "tapkite nariu", "tapk nariu", "prisijunkite prie bendruomenės", "prisijunk prie bendruomenės",
            "tapkite bendruomenės nariu", "tapk bendruomenės nariu",
        ]),
        cue(Membership).weight(0.5).phrases(&["narystė*", "narystę"]),
        ask(Subscription).phrases(&[
            "prenumeruokite", "užsiprenumeruokite", "prenumeruok", "užsiprenumeruok", "jau esate prenumeratorius",
            "jau turite prenumeratą", "atšaukite bet kada", "galite atšaukti bet kada",
        ]),
        cue(Subscription).phrases(&["neribota prieiga", "prenumeratoriams"]),
        cue(Subscription).weight(0.5).phrases(&["prenumerat*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "norėdami skaityti toliau", "norėdami toliau skaityti", "šis turinys prieinamas tik prenumeratoriams",
            "norėdami perskaityti visą straipsnį", "perskaitykite visą straipsnį",
            "prisijunkite, kad galėtumėte skaityti", "visas straipsnis prenumeratoriams",
            "straipsnis skirtas prenumeratoriams",
        ]),
        ask(Newsletter).phrases(&[
            "užsiprenumeruokite naujienlaiškį", "prenumeruokite naujienlaiškį", "užsiprenumeruok naujienlaiškį",
            "mūsų naujienlaiškį", "mūsų naujienlaiškis", "gaukite naujienas el. paštu",
            "įveskite el. pašto adresą", "įveskite savo el. pašto adresą", "į jūsų el. pašto dėžutę",
            "atsisakyti prenumeratos galite bet kada", "ačiū, kad užsiprenumeravote", "patvirtinkite prenumeratą",
        ]),
        cue(Newsletter).phrases(&["naujienlaišk*", "privatumo politika", "privatumo politikos"]),
        ask(App).phrases(&[
            "atsisiųskite mūsų programėlę", "įsidiekite programėlę",
        ]),
        cue(App).phrases(&["mūsų programėlę", "mūsų programėlėje", "mobiliąją programėlę"]),
        ask(Cookie).phrases(&[
            "naudojame slapukus", "ši svetainė naudoja slapukus", "mūsų svetainė naudoja slapukus",
            "sutinku su visais slapukais", "priimti visus slapukus", "slapukų nustatymai", "slapukų politika",
            "tik būtini slapukai",
        ]),
        cue(Cookie).phrases(&["naudoja slapukus", "slapukus", "slapukų"]),
        ask(Social).phrases(&[
            "sekite mus feisbuke", "sekite mus facebook", "pasidalinkite straipsniu",
            "pasidalink straipsniu", "dalintis facebook", "kopijuoti nuorodą", "nuoroda nukopijuota",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["sekite mus", "sek mus"]),
        label(Ad).phrases(&["reklama", "užsakomasis turinys", "remiamas turinys", "partnerio turinys"]),
        line(Related).max_words(24).phrases(&[
            "taip pat skaitykite", "skaitykite taip pat", "susiję straipsniai", "susijusios naujienos",
            "daugiau naujienų:", "skaitomiausi:", "skaitomiausios naujienos", "jus gali sudominti", "tave gali sudominti",
            "daugiau šia tema", "rekomenduojame:",
        ]),
        label(Related).phrases(&[
            "taip pat skaitykite", "susiję straipsniai", "susijusios naujienos", "skaitomiausi", "naujausi",
            "naujausios naujienos", "rekomenduojame", "kiti straipsniai",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "straipsnis pirmą kartą publikuotas",
            "straipsnis publikuotas portale",
        ]),
        line(Credit).max_words(10).phrases(&[
            "nuotr.", "nuotrauka:", "nuotraukos:", "autorius:", "autorė:", "vertimas:", "vertė:", "tekstas:",
            "nuotraukos autorius:",
        ]),
        chrome(Other).max_words(10).phrases(&["visos teisės saugomos",]),
        label(Other).phrases(&["komentarai", "komentuoti"]),
        label_any().phrases(&[
            "uždaryti", "ne dabar", "ne, ačiū", "vėliau", "priminti vėliau", "sutinku", "atmesti", "priimti",
            "priimti visus", "atmesti visus", "tęsti", "dalintis", "spausdinti", "vienkartinė", "kas mėnesį",
            "paremti", "paaukoti", "prenumeruoti", "prisijungti", "registruotis", "nustatymai", "supratau",
            "skaityti daugiau", "daugiau", "kita suma",
        ]),
        outlet(Donation).phrases(&[
            "nepriklausoma žiniasklaida", "nepriklausomas leidinys", "nepriklausomas naujienų portalas",
            "ne pelno siekianti", "ne pelno siekiantis", "be reklamų", "be reklamos", "išlaikomas skaitytojų",
            "remiamas skaitytojų", "nemokamas visiems",
        ]),
        // Also news wording: "Prieš išeidami atostogų, patikrinkite padangas", "ragina: atsisiųskite
        // programėlę", "ragina klientus: pasirinkite planą", "funkcija pasirinkite sumą", "patikrino
        // slapukų naudojimo tvarką", "Skaitmeninė prenumerata brangs", "Pirmas mėnuo nemokamai nebetaikomas",
        // "keliolika nemokamų straipsnių", "ataskaita pirmą kartą publikuota kovo mėnesį", "prieinamas tik
        // prenumeratoriams", "jūsų el. paštas gali būti panaudotas", "padėkojo: jūsų parama svarbi",
        // "Daugiau naujienų apie audrą", "Skaitomiausi metų romanai": cues, or only a short line.
        header(Donation).max_words(4).phrases(&["prieš išeidami"]),
        cue(Donation).weight(2.0).phrases(&["jūsų parama", "tavo parama"]),
        cue(Donation).phrases(&["pasirinkite sumą", "pasirink sumą"]),
        label(Donation).phrases(&["pasirinkite sumą", "pasirink sumą"]),
        ask(Donation).at(Start).max_words(6).phrases(&["pasirinkite sumą", "pasirink sumą"]),
        cue(Subscription).phrases(&["skaitmeninė prenumerata", "pirmas mėnuo nemokamai", "pasirinkite planą"]),
        label(Subscription).phrases(&["pirmas mėnuo nemokamai"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["pasirinkite planą"]),
        cue(Paywall).phrases(&["tik prenumeratoriams", "nemokamų straipsnių"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["tik prenumeratoriams"]),
        cue(Newsletter).phrases(&["jūsų el. paštas"]),
        cue(App).phrases(&["atsisiųskite programėlę", "parsisiųskite programėlę", "atsisiųsk programėlę", "parsisiųsk programėlę"]),
        ask(App).at(Start).max_words(10).phrases(&["atsisiųskite programėlę", "parsisiųskite programėlę", "atsisiųsk programėlę", "parsisiųsk programėlę"]),
        cue(Cookie).phrases(&["slapukų naudojimo"]),
        cue(Credit).phrases(&["pirmą kartą publikuota", "originaliai publikuota"]),
        line(Related).max_words(3).phrases(&["daugiau naujienų", "skaitomiausi"]),
        notice().phrases(&["patikslinimas:", "atnaujinta:"]),
        body().phrases(&["sakė", "pasakė", "teigė", "pažymėjo", "pabrėžė", "nurodė", "pasakojo", "ragino"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["apie autorių", "apie autorę", "kiti autoriaus straipsniai", "visi autoriaus straipsniai"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["autorius yra", "autorė yra"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["pereiti prie turinio", "pereiti į turinį"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["rašyti komentarą", "parašyk komentarą", "palikite komentarą", "rodyti komentarus", "skaitytojų komentarai"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komentarai", "komentarų"]),
        ask(Other).part(Comments).phrases(&["norėdami komentuoti", "komentarai moderuojami", "komentavimo taisyklės"]),
        ask(Other).part(Disclaimer).phrases(&["straipsnyje išsakyta autoriaus nuomonė"]),
        cue(Other).part(Disclaimer).phrases(&["autoriaus nuomonė", "nebūtinai atspindi", "redakcijos nuomonės"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["kitas puslapis", "ankstesnis puslapis", "pranešti apie klaidą"]),
        ask(Other).part(Navigation).phrases(&["jūsų naršyklė pasenusi"]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "laikyti ir (arba) gauti informaciją įrenginyje", "kurti suasmenintą reklaminių skelbimų profilį",
            "sukurti suasmenintą turinio profilį", "taikyti rinkos tyrimus auditorijos įžvalgoms gauti",
            "naudoti tikslius geografinės vietos duomenis",
            "aktyviai skenuoti įrenginio charakteristikas identifikavimo tikslais",
        ]),
        label_any().phrases(&[
            "nesutinku",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "šis straipsnis yra ciklo", "šis straipsnis yra serijos", "straipsnis yra ciklo", "straipsnis yra serijos",
            "šis straipsnis parengtas", "straipsnis parengtas įgyvendinant", "straipsnis parengtas pagal",
            "straipsnis parengtas bendradarbiaujant", "publikacija parengta įgyvendinant", "publikacija parengta pagal",
            "projektą remia medijų rėmimo", "projektą finansuoja medijų rėmimo",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["taip pat žiūrėkite", "susiję:", "skaitykite daugiau:", "plačiau:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["panašūs straipsniai", "susiję įrašai", "naujausi įrašai", "populiariausi", "kitos naujienos", "jums gali patikti", "svarbiausios naujienos"]),
        header(Donation).max_words(12).phrases(&["ar šis straipsnis buvo naudingas", "ar straipsnis buvo naudingas", "ar jums patiko straipsnis"]),
        label(Social).phrases(&["pasidalinkite", "pasidalink", "dalinkitės", "bendrinti"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["klausyti straipsnio", "paklausykite straipsnio"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["atšaukti atsakymą", "įrašyti komentarą"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["būtini laukeliai pažymėti"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["el. pašto adresas nebus skelbiamas"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["pažymėkite tekstą ir spauskite ctrl+enter"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["pastebėjote klaidą", "radote klaidą"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["skaitykite:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min skaitymo", "min. skaitymo"]),
        line(Other).max_words(45).phrases(&["straipsnis yra projekto", "šis straipsnis yra projekto", "publikacija yra ciklo"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["nemokamas straipsnis", "nemokami straipsniai", "nemokamą straipsnį", "nemokamo straipsnio", "nemokamus straipsnius", "jums liko", "tau liko", "liko straipsnių"]),
        ask(Paywall).max_words(30).phrases(&["tai jūsų paskutinis nemokamas straipsnis", "tai tavo paskutinis nemokamas straipsnis", "paskutinis nemokamas straipsnis", "perskaitėte visus nemokamus straipsnius", "perskaitei visus nemokamus straipsnius", "išnaudojote visus nemokamus straipsnius", "pasiekėte nemokamų straipsnių limitą"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["likusi straipsnio dalis prieinama prenumeratoriams", "visas straipsnis prieinamas prenumeratoriams", "straipsnis prieinamas tik prenumeratoriams", "turinys prenumeratoriams", "skaitykite visą straipsnį"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["straipsnis tęsiamas po reklama", "straipsnis tęsiasi po reklama", "straipsnio tęsinys po reklama", "straipsnis tęsiamas žemiau", "tekstas tęsiamas po reklama", "naujiena tęsiama po reklama", "tęsinys po reklama", "skaitykite toliau po reklama"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["užsakomasis straipsnis", "užsakomoji publikacija", "remiamas straipsnis", "reklaminis turinys", "reklaminis straipsnis", "partnerių turinys", "apmokėta partnerystė", "bendradarbiaujant su"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["straipsnyje yra partnerių nuorodų", "šiame straipsnyje yra partnerystės nuorodų", "straipsnyje pateiktos partnerių nuorodos", "galime gauti komisinį mokestį", "gauname komisinį mokestį", "jei pirksite per nuorodas"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["draudžiama kopijuoti", "kopijuoti draudžiama", "atgaminti draudžiama", "naudoti be sutikimo draudžiama"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["parašykite komentarą", "visi komentarai", "komentavimas išjungtas", "komentarai išjungti", "prisijunkite norėdami komentuoti"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["asmeninio albumo nuotr", "asmeninio archyvo nuotr", "archyvo nuotr", "organizatorių nuotr", "iliustracinė nuotr", "iliustracinė nuotrauka", "stop kadras", "ekrano nuotrauka", "ekrano kopija", "socialinių tinklų nuotr"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["paleisti vaizdo įrašą", "žiūrėti vaizdo įrašą"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["žymos", "žymės", "raktažodžiai", "tagai"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["sąskaitos numeris", "sąskaitos nr.", "atsiskaitomoji sąskaita", "gavėjo pavadinimas", "gavėjo kodas", "mokėjimo paskirtis", "banko pavadinimas"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["prenumeruoti naujienlaiškį", "užsisakyti naujienlaiškį", "noriu prenumeruoti", "tavo el. paštas", "el. pašto adresas", "jūsų el. pašto adresas", "įveskite el. paštą"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["užsiprenumeruoti", "siųsti"]),
        label(Subscription).phrases(&["prenumeruoti dabar", "peržiūrėti pasiūlymus", "žiūrėti pasiūlymus", "išbandyti nemokamai", "išbandykite nemokamai", "nemokamas bandomasis laikotarpis", "jau esate prenumeratorius? prisijunkite", "jau turite paskyrą? prisijunkite", "tapkite prenumeratoriumi", "tapk prenumeratoriumi", "tapti nariu", "įsigyti prenumeratą", "pasirinkti planą"]),
        label(App).phrases(&["atsisiųskite iš app store", "atsisiųsti iš app store", "gaukite „google play“", "gaukite google play", "atsisiųsti programėlę", "atidaryti programėlėje", "įdiegti programėlę", "atsisiųsti dabar"]),
        label(Donation).phrases(&["aukoti dabar", "įveskite sumą", "aukoti kas mėnesį", "paremti vienkartinai", "tęsti mokėjimą", "remti kas mėnesį"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["paaukok", "paaukokite", "paremk", "paremkite"]),
        label(Social).phrases(&["dalintis straipsniu", "nukopijuoti nuorodą", "nukopijuota į iškarpinę", "siųsti el. paštu", "pasidalinti facebook", "dalintis x", "dalintis linkedin"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["pasidalinti"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["užsiprenumeruodami naujienlaiškį sutinkate", "registruodamiesi sutinkate su taisyklėmis", "paspausdami mygtuką sutinkate", "sutinku su privatumo politika", "sutinku, kad mano asmens duomenys", "sutinku gauti naujienlaiškį", "bet kada galite atsisakyti", "bet kuriuo metu galite atsisakyti", "niekada neperduosime jūsų duomenų", "ši svetainė apsaugota „recaptcha“", "ši svetainė apsaugota recaptcha", "patikrinkite savo el. paštą"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["ar tau patiko straipsnis", "nenorite nieko praleisti", "norite būti informuoti", "norite sužinoti daugiau", "norite daugiau tokių istorijų", "vertinate mūsų žurnalistiką"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["sako", "teigia", "pažymi", "pabrėžia", "nurodo", "pasakoja", "kalbėjo", "aiškino", "paaiškino", "patikslino", "pridūrė", "priduria", "akcentavo", "patvirtino", "paskelbė", "pranešė", "praneša", "neigė", "paneigė", "pripažino", "įspėjo", "perspėjo", "priminė", "primena", "atsakė", "paklausė", "klausė", "rašė", "tvirtino", "tvirtina", "tikino", "pastebėjo", "konstatavo", "anot", "pasak", "jo teigimu", "jos teigimu", "jų teigimu", "jo žodžiais", "jos žodžiais"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["galerija", "nuotraukos"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["nuotraukų galerija", "kita nuotrauka", "ankstesnė nuotrauka", "visas ekranas", "uždaryti galeriją", "visos nuotraukos", "daugiau nuotraukų", "atidaryti galeriją"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["per visą ekraną", "žiūrėti visas nuotraukas"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["tiesiogiai"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["tiesioginė transliacija", "tiesioginis eteris", "svarbiausi įvykiai", "prisegtas įrašas"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["rodyti naujus įrašus", "įkelti daugiau įrašų"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["teksto dydis", "šrifto dydis", "padidinti šriftą", "sumažinti šriftą"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["nutildyti", "subtitrai"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["įjungti garsą", "išjungti garsą", "automatinis paleidimas", "atkūrimo greitis", "klausytis straipsnio"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(2.5).max_words(12).phrases(&["ačiū, kad skaitėte iki galo", "ačiū, kad perskaitėte", "ačiū, kad mus skaitote", "ačiū, kad esate su mumis", "ačiū, kad skaitei iki galo", "dėkojame, kad skaitote"]),
        cue(Donation).weight(2.0).phrases(&["kiekviena auka bus padvigubinta"]),
        cue(Donation).weight(2.0).phrases(&["kiekviena suma svarbi", "net ir maža suma", "prisidėkite, kiek galite"]),
        cue(Subscription).phrases(&["elektroninė laikraščio versija", "laikraščio prenumerata", "padovanokite prenumeratą", "naujausias numeris"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["remiu", "noriu paremti", "aukoju", "noriu aukoti", "jau remiu", "paremsiu"]),
        label(Membership).phrases(&["noriu tapti nariu", "jau esu narys"]),
        label(Subscription).phrases(&["prenumeruoju", "jau esu prenumeratorius", "užsiprenumeruoju"]),
        label(Newsletter).phrases(&["noriu gauti naujienlaiškį"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["skaitykite taip pat:", "taip pat skaitykite:", "skaityk taip pat:", "daugiau skaitykite:", "žiūrėkite taip pat:", "taip pat žiūrėkite:", "susiję straipsniai:", "susijusios naujienos:", "jums gali būti įdomu:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["klausykite tiesiogiai", "klausyk tiesiogiai"]),
        ask(Social).max_words(30).phrases(&["prisijunkite prie mūsų kanalo", "mūsų whatsapp kanal*", "mūsų telegram kanal*"]),
        line(Subscription).max_words(10).phrases(&["elektroninis laikraštis", "laikraščio elektroninė versija"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redakcija pasilieka teisę ištrinti", "komentarai atspindi tik jų autorių", "įžeidžiantys komentarai bus ištrinti"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["turite naujieną", "praneškite mums", "pranešk mums", "siųskite mums", "rašykite redakcijai", "susisiekite su redakcija"]),
        label(Other).phrases(&["pranešk naujieną", "pranešti naujieną", "siųsti naujieną"]),
        ask(Ad).max_words(35).phrases(&["balsuokite už savo favoritą", "balsuok už savo favoritą", "laimėkite bilietus", "laimėk bilietus"]),
        label(Ad).phrases(&["pirkti bilietus", "registruokis dabar", "registruokitės dabar"]),
        ask(Ad).max_words(35).phrases(&["ieškome žurnalisto", "ieškome žurnalistės", "prisijunk prie mūsų komandos", "prisijunkite prie mūsų komandos", "prisijunk prie redakcijos"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["el. pašto adresas nebus skelbiamas", "būtini laukeliai pažymėti", "įrašyti mano vardą", "jūsų komentaras laukia patvirtinimo"]),
        label(Other).part(Comments).phrases(&["siųsti komentarą"]),
    ],
    // "mes" (we) is French "mes" and "mums" English "mums"; "jus" (you) is French "jus" and
    // "tau" the Greek letter of English science news: out.
    we: &["mūsų", "mus", "mumis"],
    you: &["tu", "tavo", "tave", "jūs", "jūsų", "jums"],
};
