//! French.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "fr",
    entries: &[
        header(Donation).max_words(14).phrases(&["un message de", "soutenez", "soutenez-nous", "avant de partir"]),
        ask(Donation).weight(3.5).phrases(&[
            "faites un don", "faire un don", "je fais un don", "je soutiens", "votre don", "soutenez-nous",
            "soutenir notre", "déductible", "chaque contribution", "chaque don",
        ]),
        cue(Donation).phrases(&["votre soutien", "journalisme indépendant", "notre travail", "notre journalisme", "par mois"]),
        salutation(Donation).max_words(6).phrases(&["chers lecteurs", "chères lectrices", "chère lectrice", "cher lecteur"]),
        ask(Subscription).phrases(&["abonnez-vous", "déjà abonné", "s'abonner", "offre d'abonnement", "si vous êtes abonné"]),
        ask(Paywall).phrases(&["réservé aux abonnés", "il vous reste", "article réservé", "la suite est réservée"]),
        ask(Newsletter).phrases(&[
            "inscrivez-vous à notre newsletter", "notre newsletter", "notre lettre", "paru dans notre newsletter",
            "lettre d'information", "vous inscrire à cette lettre",
        ]),
        ask(Cookie).phrases(&["nous utilisons des cookies", "utilise des cookies", "gérer les cookies", "accepter les cookies"]),
        ask(Social).phrases(&["suivez-nous", "partager cet article", "partagez cet article"]),
        line(Related).max_words(14).phrases(&["lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "lire la suite", "à lire", "les plus lus"]),
        label(Ad).phrases(&["publicité", "sponsorisé"]),
        chrome(Other).max_words(10).phrases(&["voir les contributions", "aller au contenu", "tous droits réservés", "commentaires"]),
        label_any().phrases(&[
            "plus tard", "non merci", "fermer", "pas maintenant", "une fois", "mensuel", "annuel", "continuer",
            "partager", "imprimer", "s'abonner", "je m'abonne", "accepter", "refuser", "en savoir plus",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "soutenez-nous", "soutenez le journalisme", "soutenir le journalisme", "faites un don", "je soutiens",
            "votre don", "déductible des impôts", "chaque don compte", "nous avons besoin de vous",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "il vous reste", "la suite est réservée", "article réservé aux abonnés", "réservé aux abonnés",
            "déjà abonné", "connectez-vous", "pour lire la suite", "lire la suite de cet article",
        ]),
        ask(Newsletter).weight(3.5).phrases(&["inscrivez-vous à", "recevez notre newsletter", "recevez gratuitement", "notre lettre d'information"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["vous avez aimé cet article", "cet article vous a plu", "vous aimez nos articles"]),
        cue(Donation).weight(2.0).phrases(&["financé par ses lecteurs", "financée par ses lecteurs", "financé par nos lecteurs", "grâce à nos lecteurs", "rédaction est indépendante", "en faisant un don", "dès 1 euro", "dès 5 euros"]),
        label(Donation).phrases(&["soutenir", "je soutiens", "faire un don", "je fais un don", "je m'abonne", "soutenez-nous"]),
        line(Credit).max_words(8).phrases(&["avec afp", "avec reuters", "avec agences", "avec ap"]),
        line(Related).max_words(8).phrases(&["vous aimerez aussi", "à voir aussi", "nos articles", "les plus lus", "sur le même thème"]),
        body().at(Start).weight(-3.0).phrases(&["correction :", "correction:", "mise à jour", "note de la rédaction", "rectificatif"]),
        body().phrases(&["a déclaré", "a-t-il dit", "a-t-elle dit", "selon", "a indiqué", "a expliqué", "a affirmé"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["articles gratuits", "vous avez atteint la limite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["vous avez lu"]),
        cue(Newsletter).weight(2.0).phrases(&["dans votre boîte mail", "dans votre boîte de réception", "dans votre boîte aux lettres"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["téléchargez notre application", "téléchargez l'application", "téléchargez notre appli"]),
        cue(App).phrases(&["notre application", "notre appli"]),
    ],
    we: &["nous", "notre", "nos"],
    you: &["vous", "votre", "vos", "tu", "ton", "ta", "tes"],
};
