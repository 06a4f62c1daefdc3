//! French.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "fr",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &["un message de", "soutenez", "soutenez-nous", "avant de partir"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "faites un don", "faire un don", "je fais un don", "je soutiens", "votre don", "soutenez-nous",
            "soutenir notre", "déductible", "chaque contribution", "chaque don",
        ]),
        e(Cue, Some(Donation), Any, 1.5, 0, &["votre soutien", "journalisme indépendant", "notre travail", "notre journalisme", "par mois"]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["chers lecteurs", "chères lectrices", "chère lectrice", "cher lecteur"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &["abonnez-vous", "déjà abonné", "s'abonner", "offre d'abonnement", "si vous êtes abonné"]),
        e(Ask, Some(Paywall), Any, 3.0, 0, &["réservé aux abonnés", "il vous reste", "article réservé", "la suite est réservée"]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &[
            "inscrivez-vous à notre newsletter", "notre newsletter", "notre lettre", "paru dans notre newsletter",
            "lettre d'information", "vous inscrire à cette lettre",
        ]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["nous utilisons des cookies", "utilise des cookies", "gérer les cookies", "accepter les cookies"]),
        e(Ask, Some(Social), Any, 3.0, 0, &["suivez-nous", "partager cet article", "partagez cet article"]),
        e(Line, Some(Related), Start, 3.0, 14, &["lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "lire la suite", "à lire", "les plus lus"]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["publicité", "sponsorisé"]),
        e(Chrome, Some(Other), Start, 3.0, 10, &["voir les contributions", "aller au contenu", "tous droits réservés", "commentaires"]),
        e(Label, None, Whole, 3.0, 0, &[
            "plus tard", "non merci", "fermer", "pas maintenant", "une fois", "mensuel", "annuel", "continuer",
            "partager", "imprimer", "s'abonner", "je m'abonne", "accepter", "refuser", "en savoir plus",
        ]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "soutenez-nous", "soutenez le journalisme", "soutenir le journalisme", "faites un don", "je soutiens",
            "votre don", "déductible des impôts", "chaque don compte", "nous avons besoin de vous",
        ]),
        e(Ask, Some(Paywall), Any, 3.5, 0, &[
            "il vous reste", "la suite est réservée", "article réservé aux abonnés", "réservé aux abonnés",
            "déjà abonné", "connectez-vous", "pour lire la suite", "lire la suite de cet article",
        ]),
        e(Ask, Some(Newsletter), Any, 3.5, 0, &["inscrivez-vous à", "recevez notre newsletter", "recevez gratuitement", "notre lettre d'information"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["vous avez aimé cet article", "cet article vous a plu", "vous aimez nos articles"]),
        e(Cue, Some(Donation), Any, 2.0, 0, &["financé par ses lecteurs", "financée par ses lecteurs", "financé par nos lecteurs", "grâce à nos lecteurs", "rédaction est indépendante", "en faisant un don", "dès 1 euro", "dès 5 euros"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["soutenir", "je soutiens", "faire un don", "je fais un don", "je m'abonne", "soutenez-nous"]),
        e(Line, Some(Credit), Start, 3.0, 8, &["avec afp", "avec reuters", "avec agences", "avec ap"]),
        e(Line, Some(Related), Start, 3.0, 8, &["vous aimerez aussi", "à voir aussi", "nos articles", "les plus lus", "sur le même thème"]),
        e(Body, None, Start, -3.0, 0, &["correction :", "correction:", "mise à jour", "note de la rédaction", "rectificatif"]),
        e(Body, None, Any, -1.5, 0, &["a déclaré", "a-t-il dit", "a-t-elle dit", "selon", "a indiqué", "a expliqué", "a affirmé"]),
        // Paywall meters and inbox promises, as every language words them.
        e(Ask, Some(Paywall), Any, 3.5, 0, &["articles gratuits", "vous avez atteint la limite"]),
        e(Ask, Some(Paywall), Start, 3.0, 20, &["vous avez lu"]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["dans votre boîte mail", "dans votre boîte de réception", "dans votre boîte aux lettres"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        e(Ask, Some(App), Any, 3.0, 0, &["téléchargez notre application", "téléchargez l'application", "téléchargez notre appli"]),
        e(Cue, Some(App), Any, 1.5, 0, &["notre application", "notre appli"]),
    ],
    we: &["nous", "notre", "nos"],
    you: &["vous", "votre", "vos", "tu", "ton", "ta", "tes"],
};
