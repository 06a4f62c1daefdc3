//! Greek. Phrases are written with their accents (tonos), as running text has them; a
//! heading set in capitals drops them and is not matched.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "el",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "στηρίξτε μας", "στήριξέ μας", "υποστηρίξτε μας", "υποστήριξέ μας", "στηρίξτε την ανεξάρτητη δημοσιογραφία",
            "στήριξε την ανεξάρτητη δημοσιογραφία", "χρειαζόμαστε τη στήριξή σας",
            "χρειαζόμαστε τη βοήθειά σας", "χρειαζόμαστε τη στήριξή σου",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "κάντε μια δωρεά", "κάνε μια δωρεά", "κάντε δωρεά", "κάνε δωρεά", "η δωρεά σας", "η δωρεά σου",
            "κάθε συνεισφορά μετράει", "κάθε συνεισφορά βοηθά", "κάθε ευρώ μετράει", "στηρίξτε μας", "στήριξέ μας", "υποστηρίξτε μας", "υποστήριξέ μας",
            "γίνετε υποστηρικτής", "γίνε υποστηρικτής", "γίνετε υποστηρικτές", "επιλέξτε ποσό", "επίλεξε ποσό",
            "στηρίξτε την ανεξάρτητη", "στήριξε την ανεξάρτητη",
            "στηρίξτε τη δημοσιογραφία", "στηρίξτε το έργο μας", "στήριξε το έργο μας", "στηρίξτε τη δουλειά μας",
            "συνεισφέρετε τώρα", "δωρεά τώρα",
        ]),
        cue(Donation).phrases(&[
            "τη στήριξή σας", "τη στήριξή σου", "με τη στήριξή σας", "με τη στήριξή σου", "ανεξάρτητη δημοσιογραφία",
            "ανεξάρτητης δημοσιογραφίας", "τη δουλειά μας", "το έργο μας", "ευρώ το μήνα", "ευρώ τον μήνα",
        ]),
        cue(Donation).weight(0.5).phrases(&["δωρεά", "δωρεάς", "δωρεές"]),
        // Not "δωρε*": it is "δωρεάν" (free of charge).
        cue(Donation).weight(0.5).phrases(&["συνεισφορ*", "υποστηρικτ*", "δωρητ*"]),
        salutation(Donation).max_words(6).phrases(&[
            "αγαπητοί αναγνώστες", "αγαπητέ αναγνώστη", "αγαπητή αναγνώστρια",
            "αγαπητές αναγνώστριες, αγαπητοί αναγνώστες", "αγαπητές αναγνώστριες", "αγαπητοί φίλοι",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "σας άρεσε το άρθρο", "σου άρεσε το άρθρο", "σας αρέσει αυτό που κάνουμε",
        ]),
        ask(Membership).phrases(&[
            "γίνετε μέλος", "γίνε μέλος", "γίνετε μέλος της κοινότητας", "ελάτε στην κοινότητά μας",
            "μπείτε στην κοινότητά μας", "γίνε μέλος της κοινότητάς μας",
        ]),
        cue(Membership).phrases(&["συνδρομή μέλους"]),
        ask(Subscription).phrases(&[
            "γίνετε συνδρομητής", "γίνε συνδρομητής", "γίνετε συνδρομητές", "είστε ήδη συνδρομητής",
            "είσαι ήδη συνδρομητής", "ακυρώστε οποιαδήποτε στιγμή",
            "αποκτήστε συνδρομή", "απόκτησε συνδρομή", "εγγραφείτε συνδρομητές",
        ]),
        cue(Subscription).phrases(&["απεριόριστη πρόσβαση"]),
        cue(Subscription).weight(0.5).phrases(&["συνδρομ*"]),
        cue(Subscription).phrases(&["για συνδρομητές"]),
        ask(Paywall).weight(3.5).phrases(&[
            "για να συνεχίσετε την ανάγνωση", "για να συνεχίσεις την ανάγνωση", "συνεχίστε την ανάγνωση",
            "για να διαβάσετε ολόκληρο το άρθρο", "για να διαβάσεις ολόκληρο το άρθρο",
            "το άρθρο είναι διαθέσιμο μόνο", "συνδεθείτε για να διαβάσετε", "περιεχόμενο για συνδρομητές",
        ]),
        ask(Newsletter).phrases(&[
            "εγγραφείτε στο newsletter", "εγγραφή στο newsletter", "γραφτείτε στο newsletter", "γράψου στο newsletter",
            "εγγραφείτε στο ενημερωτικό δελτίο", "εγγραφείτε στο ενημερωτικό μας δελτίο", "το newsletter μας",
            "στο inbox σας", "στο inbox σου", "η διεύθυνση email σας",
            "μπορείτε να διαγραφείτε οποιαδήποτε στιγμή", "ευχαριστούμε για την εγγραφή",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "πολιτική απορρήτου"]),
        ask(App).phrases(&[
            "κατεβάστε την εφαρμογή μας",
            "εγκαταστήστε την εφαρμογή",
        ]),
        cue(App).phrases(&["την εφαρμογή μας", "στο app store", "στο google play"]),
        ask(Cookie).phrases(&[
            "χρησιμοποιούμε cookies", "αυτός ο ιστότοπος χρησιμοποιεί cookies", "αυτός ο ιστότοπος χρησιμοποιεί μπισκότα",
            "αποδοχή όλων των cookies", "αποδέχομαι όλα", "απόρριψη όλων των cookies", "ρυθμίσεις cookies", "πολιτική cookies",
            "πολιτική για τα cookies", "χρησιμοποιούμε μπισκότα",
        ]),
        cue(Cookie).phrases(&["χρησιμοποιεί cookies", "χρησιμοποιεί μπισκότα"]),
        ask(Social).phrases(&[
            "ακολουθήστε μας", "ακολούθησέ μας", "ακολουθήστε μας στο", "μοιραστείτε το άρθρο",
            "κοινοποίηση στο facebook", "εγγραφείτε στο κανάλι μας", "ακολουθήστε το κανάλι μας",
        ]),
        cue(Social).weight(2.0).phrases(&["στο google news"]),
        label(Ad).phrases(&["διαφήμιση", "χορηγούμενο"]),
        line(Related).max_words(24).phrases(&[
            "διαβάστε επίσης", "διαβάστε ακόμα", "διαβάστε ακόμη", "δείτε επίσης", "δείτε ακόμα", "σχετικά άρθρα",
            "σχετικές ειδήσεις:", "τα πιο δημοφιλή:", "μπορεί να σας ενδιαφέρει", "ίσως σας ενδιαφέρει",
            "διαβάστε περισσότερα", "δείτε περισσότερα", "προτεινόμενα άρθρα", "τελευταίες ειδήσεις:",
        ]),
        label(Related).phrases(&[
            "διαβάστε επίσης", "σχετικά άρθρα", "δημοφιλή", "τελευταίες ειδήσεις", "περισσότερα", "ροή ειδήσεων",
            "προτεινόμενα",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "είναι δημοσιογράφος και συγγραφέας", "είναι ανεξάρτητος δημοσιογράφος", "είναι ανεξάρτητη δημοσιογράφος",
            "το άρθρο δημοσιεύθηκε αρχικά", "το άρθρο δημοσιεύτηκε αρχικά", "το κείμενο δημοσιεύθηκε αρχικά",
            "το κείμενο δημοσιεύτηκε αρχικά", "το άρθρο πρωτοδημοσιεύθηκε", "το άρθρο πρωτοδημοσιεύτηκε",
        ]),
        line(Credit).max_words(10).phrases(&[
            "φωτογραφία:", "φωτογραφίες:", "φωτ.:", "κείμενο:", "επιμέλεια:", "μετάφραση:", "πηγή φωτογραφίας:",
            "ρεπορτάζ:", "συντάκτης:",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "με επιφύλαξη παντός δικαιώματος", "όλα τα δικαιώματα διατηρούνται",
        ]),
        label(Other).phrases(&["σχόλια"]),
        label_any().phrases(&[
            "κλείσιμο", "κλείσε", "όχι τώρα", "όχι, ευχαριστώ", "αργότερα", "υπενθύμιση αργότερα", "αποδοχή",
            "αποδέχομαι", "απόρριψη", "συνέχεια", "συνέχεια ανάγνωσης", "κοινοποίηση", "εκτύπωση", "μία φορά",
            "μηνιαία", "δωρεά", "στήριξε", "στηρίξτε", "εγγραφή", "σύνδεση", "ρυθμίσεις", "το κατάλαβα", "συμφωνώ",
            "άλλο ποσό",
        ]),
        outlet(Donation).phrases(&[
            "ανεξάρτητο μέσο", "ανεξάρτητη ενημέρωση", "χωρίς διαφημίσεις", "χωρίς paywall",
            "μη κερδοσκοπικός οργανισμός", "μη κερδοσκοπικό", "χρηματοδοτείται από τους αναγνώστες", "δωρεάν για όλους",
        ]),
        // Also news wording: "Πριν φύγετε για διακοπές, ελέγξτε τα λάστιχα", "την αποδοχή όλων των
        // όρων", "την απόρριψη όλων των ενστάσεων", "η μηνιαία συνεισφορά στον ΕΦΚΑ", "κάθε συνεισφορά
        // στον έρανο", "εφάπαξ δωρεά ενός εκατομμυρίου", "η μηνιαία δωρεά από εταιρείες", "τα έσοδα από
        // την ψηφιακή συνδρομή", "ο πρώτος μήνας δωρεάν καταργείται", "ζητά: επιλέξτε πακέτο", "η
        // ακύρωση οποιαδήποτε στιγμή είναι δικαίωμα", "διαθέσιμη μόνο για συνδρομητές", "δημοσίευσε
        // δωρεάν άρθρα", "premium περιεχόμενο", "μην δίνετε το email σας", "αντιγραφή συνδέσμου",
        // "διαχείριση προτιμήσεων επικοινωνίας", "ζητά: κατεβάστε την εφαρμογή 112", "η έκθεση
        // δημοσιεύθηκε αρχικά τον Μάρτιο", "Τα πιο δημοφιλή προϊόντα", "Σχετικές ειδήσεις μετέδωσε",
        // "Αυτός ο ιστότοπος χρησιμοποιεί προσωπικά δεδομένα": cues, or only a short line.
        header(Donation).max_words(4).phrases(&["πριν φύγετε", "πριν φύγεις"]),
        cue(Donation).phrases(&["κάθε συνεισφορά", "μηνιαία συνεισφορά", "εφάπαξ δωρεά", "μηνιαία δωρεά"]),
        label(Donation).phrases(&["μηνιαία συνεισφορά", "εφάπαξ δωρεά", "μηνιαία δωρεά"]),
        cue(Subscription).phrases(&["ψηφιακή συνδρομή", "πρώτος μήνας δωρεάν", "ακύρωση οποιαδήποτε στιγμή", "επιλέξτε πακέτο"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["πρώτος μήνας δωρεάν"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["επιλέξτε πακέτο"]),
        cue(Paywall).phrases(&["μόνο για συνδρομητές", "αποκλειστικά για συνδρομητές", "δωρεάν άρθρα", "premium περιεχόμενο"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["μόνο για συνδρομητές", "αποκλειστικά για συνδρομητές"]),
        label(Paywall).phrases(&["premium περιεχόμενο"]),
        cue(Newsletter).phrases(&["το email σας", "στο email σας"]),
        cue(App).phrases(&["κατεβάστε την εφαρμογή", "κατέβασε την εφαρμογή"]),
        ask(App).at(Start).max_words(10).phrases(&["κατεβάστε την εφαρμογή", "κατέβασε την εφαρμογή"]),
        label(Cookie).phrases(&["αποδοχή όλων", "απόρριψη όλων", "διαχείριση προτιμήσεων"]),
        cue(Cookie).phrases(&["διαχείριση προτιμήσεων"]),
        label(Social).phrases(&["αντιγραφή συνδέσμου"]),
        cue(Social).phrases(&["αντιγραφή συνδέσμου"]),
        cue(Credit).phrases(&["δημοσιεύθηκε αρχικά", "δημοσιεύτηκε αρχικά", "πρωτοδημοσιεύθηκε", "πρωτοδημοσιεύτηκε"]),
        line(Related).max_words(3).phrases(&["σχετικές ειδήσεις", "τα πιο δημοφιλή"]),
        notice().phrases(&["διόρθωση:", "ενημέρωση:"]),
        body().phrases(&["δήλωσε", "είπε", "ανέφερε", "σύμφωνα με", "τόνισε", "πρόσθεσε"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["σχετικά με τον συγγραφέα", "για τον συγγραφέα", "ο συντάκτης", "άλλα άρθρα του συντάκτη", "περισσότερα από τον συντάκτη"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["ο συγγραφέας είναι", "η συγγραφέας είναι", "ο αρθρογράφος είναι"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["μετάβαση στο περιεχόμενο"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["γράψτε σχόλιο", "αφήστε ένα σχόλιο", "προσθήκη σχολίου", "δείτε τα σχόλια", "σχόλια αναγνωστών"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["σχόλια"]),
        ask(Other).part(Comments).phrases(&["για να σχολιάσετε", "τα σχόλια ελέγχονται", "όροι σχολιασμού"]),
        ask(Other).part(Disclaimer).phrases(&["δεν απηχούν απαραίτητα", "εκφράζουν αποκλειστικά τον συγγραφέα"]),
        cue(Other).part(Disclaimer).phrases(&["απόψεις του συγγραφέα", "δεν εκφράζουν απαραίτητα", "εκφράζουν αποκλειστικά"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["επόμενη σελίδα", "προηγούμενη σελίδα", "αναφορά σφάλματος"]),
        ask(Other).part(Navigation).phrases(&["ο browser σας είναι παλιός", "ενεργοποιήστε τη javascript"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "διάβασε επίσης", "διάβασε ακόμα", "διάβασε ακόμη", "δες επίσης", "δες ακόμα", "μπορεί να σε ενδιαφέρει",
            "ίσως σε ενδιαφέρει", "μπορεί επίσης να σας ενδιαφέρει", "μπορεί να σας αρέσει", "ίσως σας αρέσει",
            "μπορεί να σου αρέσει", "ίσως σου αρέσει", "προηγούμενο άρθρο", "επόμενο άρθρο",
        ]),
        line(Related).max_words(6).phrases(&[
            "σχετικά θέματα", "πιο δημοφιλή", "τα πιο διαβασμένα", "πιο διαβασμένα", "περισσότερες ειδήσεις",
            "άλλες ειδήσεις", "τελευταία νέα", "τελευταίες ειδήσεις", "επιλογές σύνταξης", "η επιλογή της σύνταξης",
            "ροή ειδήσεων",
        ]),
        line(Related).max_words(4).phrases(&["δημοφιλή", "δημοφιλέστερα", "προτεινόμενα", "μην χάσετε", "μη χάσετε"]),
        label(Related).phrases(&[
            "σχετικά", "σχετικά θέματα", "σχετικές ειδήσεις", "πιο δημοφιλή", "τα πιο δημοφιλή", "τα πιο διαβασμένα",
            "δημοφιλέστερα", "περισσότερες ειδήσεις", "άλλες ειδήσεις", "τελευταία νέα", "επιλογές σύνταξης", "μην χάσετε",
            "μη χάσετε", "δείτε επίσης", "μπορεί να σας ενδιαφέρει", "ίσως σας ενδιαφέρει",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή", "μοναδικά αναγνωριστικά σε cookies",
            "τυπικές πληροφορίες που αποστέλλονται από μια συσκευή", "μέτρηση διαφημίσεων και περιεχομένου",
            "επεξεργαζόμαστε δεδομένα για να παρέχουμε",
        ]),
        label_any().phrases(&[
            "διαφωνώ", "περισσότερες επιλογές",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "το παρόν άρθρο αποτελεί", "το παρόν άρθρο δημοσιεύεται", "το παρόν άρθρο είναι μέρος",
            "το παρόν άρθρο εντάσσεται", "το παρόν άρθρο γράφτηκε", "αυτό το άρθρο αποτελεί", "αυτό το άρθρο είναι μέρος",
            "αυτό το άρθρο δημοσιεύεται", "αυτό το άρθρο εντάσσεται", "το άρθρο δημοσιεύεται στο πλαίσιο",
            "το άρθρο είναι μέρος της σειράς", "το άρθρο αποτελεί μέρος της σειράς", "το ρεπορτάζ αποτελεί μέρος",
            "το ρεπορτάζ είναι μέρος", "το ρεπορτάζ πραγματοποιήθηκε", "το ρεπορτάζ δημοσιεύεται",
            "το ρεπορτάζ υλοποιήθηκε", "το άρθρο υλοποιήθηκε", "το άρθρο γράφτηκε στο πλαίσιο",
            "το κείμενο γράφτηκε στο πλαίσιο", "το παρόν κείμενο αποτελεί", "το παρόν κείμενο δημοσιεύεται",
            "η παρούσα δημοσίευση",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["σχετικά:", "σχετικό άρθρο"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["σχετικές δημοσιεύσεις", "παρόμοια άρθρα", "περισσότερα για το θέμα", "σας προτείνουμε", "πρόσφατα άρθρα", "μπορεί επίσης να σας αρέσει"]),
        header(Donation).max_words(12).phrases(&["σας άρεσε αυτό το άρθρο", "σου άρεσε αυτό το άρθρο", "ήταν χρήσιμο αυτό το άρθρο"]),
        label(Social).phrases(&["μοιραστείτε", "κοινοποιήστε", "κοινοποίηση στο", "κοινοποίηση μέσω", "μοιραστείτε το"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["ακρόαση άρθρου"]),
        chrome(Other).max_words(5).phrases(&["ακούστε το άρθρο", "άκουσε το άρθρο"]),
        chrome(Social).max_words(5).phrases(&["παρακολουθήστε στο youtube"]),
        chrome(Social).max_words(8).phrases(&["δείτε αυτή τη δημοσίευση στο instagram"]),
        chrome(Social).max_words(14).phrases(&["μια δημοσίευση που κοινοποιήθηκε από"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["ακύρωση απάντησης", "δημοσίευση σχολίου"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["αφήστε μια απάντηση"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["τα υποχρεωτικά πεδία σημειώνονται"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["πρέπει να συνδεθείτε για να αφήσετε σχόλιο", "η ηλ. διεύθυνση σας δεν δημοσιεύεται"]),
        chrome(Other).part(Navigation).max_words(15).phrases(&["βρήκατε λάθος", "εντοπίσατε λάθος"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["διαβάστε:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["λεπτά ανάγνωσης", "λεπτά ανάγνωση"]),
        line(Other).max_words(45).phrases(&["αυτό το ρεπορτάζ πραγματοποιήθηκε", "αυτό το ρεπορτάζ αποτελεί μέρος"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["δωρεάν άρθρο", "δωρεάν άρθρων", "δωρεάν άρθρα απομένουν", "άρθρα απομένουν", "εναπομείναντα άρθρα", "δωρεάν ανάγνωση", "δωρεάν αναγνώσεις"]),
        ask(Paywall).max_words(30).phrases(&["αυτό είναι το τελευταίο δωρεάν άρθρο σας", "το τελευταίο δωρεάν άρθρο σας", "το τελευταίο δωρεάν άρθρο σου", "διαβάσατε όλα τα δωρεάν άρθρα", "έχετε διαβάσει όλα τα δωρεάν άρθρα", "εξαντλήσατε τα δωρεάν άρθρα", "φτάσατε το όριο των δωρεάν άρθρων", "έχετε φτάσει το όριο δωρεάν άρθρων"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["το υπόλοιπο άρθρο είναι διαθέσιμο μόνο για συνδρομητές", "το άρθρο είναι διαθέσιμο μόνο για συνδρομητές", "διαβάστε ολόκληρο το άρθρο"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["διαφημιστικός χώρος"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["το άρθρο συνεχίζεται μετά τη διαφήμιση", "το άρθρο συνεχίζει μετά τη διαφήμιση", "το άρθρο συνεχίζεται παρακάτω", "το κείμενο συνεχίζεται μετά τη διαφήμιση", "η είδηση συνεχίζεται μετά τη διαφήμιση", "συνέχεια μετά τη διαφήμιση", "η συνέχεια μετά τη διαφήμιση", "συνεχίζεται μετά τη διαφήμιση", "διαβάστε τη συνέχεια μετά τη διαφήμιση", "συνέχεια παρακάτω"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["χορηγούμενο περιεχόμενο", "χορηγούμενο άρθρο", "διαφημιστικό περιεχόμενο", "προωθητικό περιεχόμενο", "περιεχόμενο συνεργάτη", "δημοσίευση επί πληρωμή", "πληρωμένη συνεργασία"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["αυτό το άρθρο περιέχει συνδέσμους συνεργατών", "το άρθρο περιέχει affiliate links", "ενδέχεται να λάβουμε προμήθεια", "μπορεί να λάβουμε προμήθεια", "αν αγοράσετε μέσω των συνδέσμων", "εάν αγοράσετε μέσω των συνδέσμων μας"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["επιφύλαξη παντός δικαιώματος", "απαγορεύεται η αναδημοσίευση", "απαγορεύεται η αναπαραγωγή", "απαγορεύεται η αναδημοσίευση χωρίς", "απαγορεύεται η αναπαραγωγή χωρίς άδεια"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["εγγράψου στο newsletter", "κάνε εγγραφή στο newsletter"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["κατεβάστε το app"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["γράψτε ένα σχόλιο", "προσθέστε σχόλιο", "εμφάνιση σχολίων", "τα σχόλια είναι κλειστά", "συνδεθείτε για να σχολιάσετε"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["φωτογραφία αρχείου", "εικόνα αρχείου", "ενδεικτική φωτογραφία", "ενδεικτική εικόνα", "στιγμιότυπο οθόνης", "προσωπικό αρχείο", "ιδιωτικό αρχείο"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["αναπαραγωγή βίντεο"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["τέλος του παραθύρου διαλόγου"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["το παρών είναι ένα αναδυόμενο παράθυρο"]),
        chrome(Social).part(Player).weight(2.5).max_words(10).phrases(&["η δημοσίευση κοινοποιήθηκε από"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ετικέτες", "λέξεις-κλειδιά", "λέξεις κλειδιά", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["αριθμός λογαριασμού", "δικαιούχος λογαριασμού", "όνομα δικαιούχου", "αιτιολογία κατάθεσης", "αιτιολογία πληρωμής", "τραπεζικός λογαριασμός"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["κάντε εγγραφή", "κάνε εγγραφή", "θέλω να εγγραφώ", "το email σου", "συμπληρώστε το email σας", "διεύθυνση email"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["εγγραφείτε", "εγγράψου"]),
        label(Subscription).phrases(&["δείτε τις προσφορές", "δες τις προσφορές", "δοκιμάστε δωρεάν", "δωρεάν δοκιμή", "είστε ήδη συνδρομητής; συνδεθείτε", "είσαι ήδη συνδρομητής; συνδέσου", "έχετε ήδη λογαριασμό; συνδεθείτε", "αγορά συνδρομής", "επιλέξτε συνδρομή"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["συνδεθείτε"]),
        label(App).phrases(&["λήψη στο app store", "διαθέσιμο στο app store", "διαθέσιμο στο google play", "λήψη εφαρμογής", "άνοιγμα στην εφαρμογή", "ανοίξτε την εφαρμογή", "εγκατάσταση εφαρμογής"]),
        label(Donation).phrases(&["κάθε μήνα", "στήριξε τώρα", "στηρίξτε τώρα", "μηνιαία στήριξη", "εφάπαξ στήριξη", "συνέχεια στην πληρωμή", "εισάγετε ποσό"]),
        label(Social).phrases(&["αντιγραφή link", "ο σύνδεσμος αντιγράφηκε", "αντιγράφηκε στο πρόχειρο", "εκτύπωση άρθρου", "αποστολή με email", "κοινοποίηση μέσω email", "κοινοποίηση στο x", "μοιραστείτε στο facebook"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["μοιράσου"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["με την εγγραφή σας αποδέχεστε", "με την εγγραφή σου αποδέχεσαι", "με την εγγραφή σας συμφωνείτε", "πατώντας εγγραφή αποδέχεστε", "κάνοντας κλικ στο κουμπί", "συμφωνώ με την πολιτική απορρήτου", "αποδέχομαι τους όρους", "συναινώ στην επεξεργασία", "μπορείτε να διαγραφείτε ανά πάσα στιγμή", "μπορείτε να απεγγραφείτε οποιαδήποτε στιγμή", "μπορείς να διαγραφείς ανά πάσα στιγμή", "δεν θα μοιραστούμε ποτέ", "αυτός ο ιστότοπος προστατεύεται από το recaptcha", "ελέγξτε τα εισερχόμενά σας", "επιβεβαιώστε την εγγραφή σας"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["δεν θέλετε να χάσετε τίποτα", "θέλετε να είστε ενημερωμένοι", "θέλετε να μαθαίνετε πρώτοι", "σας φάνηκε χρήσιμο το άρθρο", "θέλετε περισσότερα άρθρα σαν αυτό"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["δηλώνει", "λέει", "ανέφεραν", "δήλωσαν", "είπαν", "εξήγησε", "εξηγεί", "σημείωσε", "σημειώνει", "υπογράμμισε", "υπογραμμίζει", "επεσήμανε", "επισήμανε", "επισημαίνει", "τονίζει", "προσθέτει", "ανακοίνωσε", "επιβεβαίωσε", "υποστήριξε", "υποστηρίζει", "διέψευσε", "αρνήθηκε", "παραδέχθηκε", "παραδέχτηκε", "προειδοποίησε", "θύμισε", "υπενθύμισε", "απάντησε", "ρώτησε", "έγραψε", "μεταδίδει", "αναφέρει", "ξεκαθάρισε", "σε συνέντευξή του", "σε συνέντευξή της", "σε δηλώσεις του", "σε δηλώσεις της"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["gallery", "φωτογαλερί", "μεγέθυνση"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["επόμενη φωτογραφία", "προηγούμενη φωτογραφία", "πλήρης οθόνη", "κλείσιμο γκαλερί"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["δείτε όλες τις φωτογραφίες"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["live"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ζωντανή ενημέρωση", "live ενημέρωση", "ζωντανή μετάδοση", "live blog", "δείτε live", "δείτε ζωντανά", "τελευταίες ενημερώσεις"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["μέγεθος κειμένου", "μέγεθος γραμματοσειράς"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["αύξηση μεγέθους κειμένου", "μείωση μεγέθους κειμένου"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["σίγαση", "υπότιτλοι"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["κατάργηση σίγασης", "αυτόματη αναπαραγωγή", "ταχύτητα αναπαραγωγής"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["δείτε το βίντεο"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["σας άρεσε αυτό το άρθρο;", "σου άρεσε το άρθρο;", "σας φάνηκε χρήσιμο το άρθρο;", "εκτιμάτε τη δουλειά μας;"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["ευχαριστούμε που διαβάσατε ως το τέλος", "ευχαριστούμε που διαβάσατε μέχρι το τέλος", "ευχαριστούμε που διάβασες ως το τέλος", "φτάσατε μέχρι το τέλος", "ευχαριστούμε που μας διαβάζετε", "ευχαριστούμε που είστε μαζί μας"]),
        cue(Donation).weight(2.0).phrases(&["κάθε ποσό μετράει", "ακόμη και ένα μικρό ποσό"]),
        cue(Subscription).phrases(&["ηλεκτρονική έκδοση", "ψηφιακή έκδοση", "έντυπη έκδοση", "διαβάστε την ψηφιακή έκδοση", "συνδρομή στην έντυπη έκδοση", "χαρίστε μια συνδρομή", "το νέο τεύχος"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["υποστηρίζω", "στηρίζω", "θέλω να υποστηρίξω", "θέλω να στηρίξω", "κάνω δωρεά", "θέλω να κάνω δωρεά", "θέλω να βοηθήσω"]),
        label(Membership).phrases(&["γίνομαι μέλος", "θέλω να γίνω μέλος", "είμαι ήδη μέλος"]),
        label(Subscription).phrases(&["θέλω να γίνω συνδρομητής", "είμαι ήδη συνδρομητής"]),
        label(Newsletter).phrases(&["εγγράφομαι"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["διαβάστε επίσης:", "διάβασε επίσης:", "διαβάστε ακόμη:", "διαβάστε ακόμα:", "διάβασε ακόμα:", "δείτε επίσης:", "δες επίσης:", "σχετικά άρθρα:", "ίσως σας ενδιαφέρει:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ακούστε ζωντανά", "ακούστε live"]),
        ask(Social).max_words(30).phrases(&["το κανάλι μας στο whatsapp", "το κανάλι μας στο telegram", "το κανάλι μας στο viber", "κάντε εγγραφή στο κανάλι μας"]),
        label(Social).phrases(&["εγγραφή στο κανάλι", "ακολουθήστε το κανάλι"]),
        line(Subscription).max_words(10).phrases(&["διαβάστε την ηλεκτρονική έκδοση", "διαβάστε το σημερινό φύλλο", "ξεφυλλίστε την εφημερίδα", "ξεφύλλισε την εφημερίδα"]),
        label(Subscription).phrases(&["ηλεκτρονική έκδοση", "ψηφιακή έκδοση", "e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["διατηρούμε το δικαίωμα διαγραφής", "υβριστικά σχόλια θα διαγράφονται", "σχόλια που περιέχουν ύβρεις", "τα σχόλια δημοσιεύονται μετά από έγκριση"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["στείλτε μας την είδησή σας", "στείλτε την είδησή σας", "στείλε μας την είδησή σου", "στείλτε μας φωτογραφίες", "στείλτε μας τις φωτογραφίες σας", "επικοινωνήστε με τη σύνταξη", "επικοινωνήστε με την σύνταξη", "γράψτε στη σύνταξη"]),
        label(Other).phrases(&["στείλε είδηση", "στείλτε είδηση", "επικοινωνία με τη σύνταξη"]),
        ask(Ad).max_words(35).phrases(&["αγοράστε εισιτήρια", "κλείστε τη θέση σας", "κάντε την εγγραφή σας τώρα", "κερδίστε προσκλήσεις", "ψηφίστε τον αγαπημένο σας", "λάβετε μέρος στον διαγωνισμό μας"]),
        label(Ad).phrases(&["αγορά εισιτηρίων", "ψηφίστε", "λάβετε μέρος"]),
        ask(Ad).max_words(35).phrases(&["ζητείται δημοσιογράφος", "αναζητούμε δημοσιογράφο", "αναζητούμε δημοσιογράφους", "γίνε μέλος της ομάδας μας", "ελάτε στην ομάδα μας"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["η ηλ. διεύθυνση σας δεν δημοσιεύεται", "τα υποχρεωτικά πεδία σημειώνονται με", "πρέπει να συνδεθείτε για να αφήσετε σχόλιο", "το σχόλιό σας είναι σε αναμονή για έγκριση"]),
        label(Other).part(Comments).phrases(&["αφήστε σχόλιο", "σχολιάστε"]),
    ],
    we: &["εμείς", "μας", "δικό μας", "δική μας"],
    you: &["εσύ", "σου", "εσένα", "εσείς", "σας", "δικό σας", "δική σας"],
};
