//! French.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "fr",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["temps de lecture", "min de lecture", "minutes de lecture"]),
        header(Donation).max_words(14).phrases(&["un message de", "soutenez", "soutenez-nous"]),
        ask(Donation).weight(3.5).phrases(&[
            "faites un don", "faire un don", "je fais un don", "je soutiens", "votre don", "soutenez-nous",
            "soutenir notre",
        ]),
        cue(Donation).phrases(&["votre soutien", "journalisme indépendant", "notre travail", "notre journalisme", "par mois"]),
        salutation(Donation).max_words(6).phrases(&["chers lecteurs", "chères lectrices", "chère lectrice", "cher lecteur"]),
        ask(Subscription).phrases(&["abonnez-vous", "déjà abonné", "s'abonner", "offre d'abonnement", "si vous êtes abonné"]),
        ask(Paywall).phrases(&["réservé aux abonnés", "article réservé", "la suite est réservée"]),
        ask(Newsletter).phrases(&[
            "inscrivez-vous à notre newsletter", "notre newsletter", "notre lettre", "paru dans notre newsletter",
            "vous inscrire à cette lettre",
        ]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["vous acceptez le stockage de cookies", "stockage de cookies sur votre appareil"]),
        cue(Cookie).phrases(&["améliorer la navigation sur le site", "nos efforts de marketing"]),
        ask(Cookie).phrases(&["nous utilisons des cookies", "gérer les cookies", "accepter les cookies"]),
        ask(Social).phrases(&["suivez-nous", "partager cet article", "partagez cet article"]),
        line(Related).max_words(24).phrases(&["article précédent", "article suivant", "lire aussi", "à lire aussi", "sur le même sujet", "lire la suite", "à lire", "les plus lus"]),
        label(Ad).phrases(&["publicité", "sponsorisé"]),
        chrome(Other).max_words(10).phrases(&["voir les contributions", "tous droits réservés",]),
        label_any().phrases(&[
            "plus tard", "non merci", "fermer", "pas maintenant", "une fois", "mensuel", "annuel", "continuer",
            "partager", "imprimer", "s'abonner", "je m'abonne", "accepter", "refuser", "en savoir plus",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "soutenez le journalisme", "soutenir le journalisme", 
            "chaque don compte", "nous avons besoin de vous",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "article réservé aux abonnés", 
            "connectez-vous", "pour lire la suite", "lire la suite de cet article",
        ]),
        ask(Newsletter).weight(3.5).phrases(&["inscrivez-vous à", "recevez notre newsletter", "recevez gratuitement", "notre lettre d'information"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["vous avez aimé cet article", "cet article vous a plu", "vous aimez nos articles"]),
        cue(Donation).weight(2.0).phrases(&["financé par ses lecteurs", "financée par ses lecteurs", "financé par nos lecteurs", "grâce à nos lecteurs", "rédaction est indépendante", "en faisant un don", "dès 1 euro", "dès 5 euros"]),
        label(Donation).phrases(&["soutenir", "je soutiens", "faire un don", "je fais un don", "soutenez-nous"]),
        line(Credit).max_words(8).phrases(&["avec afp", "avec reuters", "avec agences", "avec ap"]),
        line(Related).max_words(8).phrases(&["vous aimerez aussi", "à voir aussi", "nos articles", "sur le même thème"]),
        notice().phrases(&["correction :", "correction:", "mise à jour", "note de la rédaction", "rectificatif"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["cet article a été mis à jour", "cet article a été corrigé", "une version précédente de cet article", "une précédente version de cet article"]),
        body().phrases(&["a déclaré", "a-t-il dit", "a-t-elle dit", "selon", "a indiqué", "a expliqué", "a affirmé"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["articles gratuits", "vous avez atteint la limite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["vous avez lu"]),
        cue(Newsletter).weight(2.0).phrases(&["dans votre boîte mail", "dans votre boîte de réception", "dans votre boîte aux lettres"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["téléchargez notre application", "téléchargez l'application", "téléchargez notre appli"]),
        cue(App).phrases(&["notre application", "notre appli"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "aidez-nous", "soutenez notre", "nous avons besoin de votre soutien", "votre soutien est essentiel",
            "avec votre soutien", "grâce à votre soutien", "par un don", "don ponctuel", "don mensuel",
            "contribuez", "participez au financement", "faites un don*",
            "soutiens-nous", "aide-nous"
        ]),
        cue(Donation).weight(0.5).phrases(&["un don", "donateur*", "donatrice*", "réduction d'impôt"]),
        ask(Membership).phrases(&["devenez membre", "devenir membre", "adhérez", "rejoignez-nous", "rejoignez la communauté", "rejoignez le club", "deviens membre"]),
        cue(Membership).phrases(&["adhésion*"]),
        ask(Subscription).phrases(&[
            "offre découverte", "résiliable à tout moment", "premier mois offert",
            "je m'abonne", "abonne-toi",
        ]),
        cue(Subscription).phrases(&["abonnement*", "abonné*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "cet article est réservé", "réservé à nos abonnés", "pour continuer à lire", "connectez-vous pour",
            "créez un compte", "créer un compte gratuit", "contenu réservé",
        ]),
        ask(Newsletter).phrases(&[
            "inscris-toi", "recevez chaque", "recevez l'essentiel",
            "désinscrire à tout moment", "vous désabonner", "vous pouvez vous désinscrire",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "politique de confidentialité"]),
        ask(App).phrases(&["téléchargez gratuitement"]),
        cue(App).phrases(&["sur l'app store", "sur google play", "notre application mobile"]),
        ask(Cookie).phrases(&[
            "ce site utilise des cookies", "paramétrer les cookies", "gérer mes choix", 
            "gérer vos préférences", "gérer votre consentement", "politique de cookies", "nos partenaires et nous",
        ]),
        ask(Social).phrases(&["suivez-nous sur", "partager sur", "rejoignez-nous sur", "abonnez-vous à notre chaîne", "retrouvez-nous sur", "partagez sur"]),
        line(Related).max_words(24).phrases(&["à lire également", "lire également", "articles liés", "pour aller plus loin", "sur le même thème"]),
        label(Related).phrases(&["lire aussi", "à lire aussi", "voir aussi", "les plus lus", "à découvrir", "lire la suite"]),
        ask(Credit).max_words(40).phrases(&[
            "est journaliste à", "est journaliste au", "est journaliste pour", "est correspondant à", "est correspondante à",
            "propos recueillis par", "crédit photo", "initialement publié", "publié initialement", "traduit de l'anglais",
        ]),
        line(Credit).max_words(10).phrases(&["texte :", "traduction :", "par la rédaction"]),
        label_any().phrases(&["tout accepter", "tout refuser", "j'accepte", "paramétrer", "se connecter", "devenir membre"]),
        outlet(Donation).phrases(&[
            "média indépendant", "journal indépendant", "sans publicité", "sans pub", "sans paywall", "en accès libre",
            "accès libre", "gratuit et indépendant", "à but non lucratif", "100 % indépendant", 
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["soutenez une presse indépendante", "soutenez l'information indépendante", "aidez-nous à"]),
        ask(Donation).weight(3.5).phrases(&[
            "don défiscalisé", "défiscalisable", "reçu fiscal", "ne vous coûtera que", "devenez donateur", "devenez donatrice",
            "devenez mécène",
        ]),
        cue(Donation).phrases(&["votre générosité", "nos lecteurs et lectrices", "en vous abonnant"]),
        ask(Paywall).weight(3.5).phrases(&["la suite de cet article", "cet article vous est offert", "article offert", "articles offerts"]),
        cue(Subscription).phrases(&["offre spéciale"]),
        ask(Subscription).phrases(&["résiliez à tout moment", "offre numérique", "accès à tous les articles"]),
        ask(Newsletter).phrases(&["inscription à la newsletter", "recevez nos newsletters", "merci pour votre inscription", "confirmez votre inscription", "saisissez votre adresse"]),
        ask(Cookie).phrases(&["accepter et fermer", "continuer sans accepter", "en poursuivant votre navigation", "utilisation de traceurs", "gérer les paramètres"]),
        ask(Social).phrases(&["rejoignez notre chaîne", "copier le lien", "lien copié"]),
        line(Related).max_words(24).phrases(&["dernières actualités", "les plus partagés", "les plus commentés", "dans la même rubrique", "articles recommandés", "recommandé pour vous"]),
        label_any().phrases(&["j'ai compris", "continuer sans accepter", "accepter et fermer", "je m'inscris", "voir plus", "lire plus"]),
        outlet(Donation).phrases(&["sans actionnaire", "aucun actionnaire", "100 % financé par", "uniquement financé par", "financé exclusivement par", "association loi 1901"]),
        // Also news wording: "les dons sont déductibles à 75 %", "il vous reste jusqu'au 5 juin pour
        // déclarer vos revenus", "un site qui utilise des cookies", "avant de partir pour Bruxelles, le
        // président...", "une lettre d'information interne", "invités à télécharger l'application",
        // "voir aussi le rapport de la Cour des comptes". Cues, or asks in a narrower place.
        cue(Donation).weight(2.0).phrases(&["déductible", "déductible des impôts", "chaque contribution", "chaque don"]),
        ask(Donation).weight(3.5).phrases(&["chaque contribution compte", "chaque don nous aide", "chaque contribution nous aide"]),
        cue(Paywall).weight(2.0).phrases(&["il vous reste"]),
        cue(Cookie).phrases(&["utilise des cookies"]),
        header(Donation).max_words(5).phrases(&["avant de partir"]),
        cue(Newsletter).phrases(&["lettre d'information"]),
        ask(Newsletter).phrases(&["recevez la lettre d'information", "abonnez-vous à la lettre d'information"]),
        cue(App).phrases(&["télécharger l'application"]),
        ask(App).at(Start).max_words(10).phrases(&["télécharger l'application"]),
        line(Related).max_words(5).phrases(&["à découvrir", "voir aussi"]),
        line(Related).max_words(24).phrases(&["voir aussi :", "à découvrir :"]),
        cue(Donation).weight(2.0).phrases(&["dons sont déductibles"]),
        cue(Subscription).weight(2.0).phrases(&["sans engagement", "accès illimité", "abonnement numérique"]),
        cue(Newsletter).weight(2.0).phrases(&["inscrivez-vous", "votre adresse e-mail", "votre adresse email", "votre adresse mail"]),
        ask(Newsletter).phrases(&["inscrivez-vous gratuitement", "inscrivez-vous pour recevoir", "saisissez votre adresse e-mail"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        label_any().phrases(&["adhérer", "j'adhère", "faire un don ponctuel", "faire un don mensuel", "don ponctuel", "don mensuel"]),
        cue(Cookie).phrases(&["en cliquant sur", "vous consentez", "améliorer votre expérience", "mesurer l'audience", "tu acceptes"]),
        line(Credit).max_words(4).phrases(&["avec l'afp"]),
        outlet(Donation).phrases(&["sans milliardaire"]),
        cue(Donation).weight(2.0).phrases(&["soutien de ses lecteurs", "soutien de nos lecteurs", "grâce à ses lecteurs"]),
        ask(Donation).weight(3.5).phrases(&[
            "grâce au soutien de nos lecteurs", "ton soutien est essentiel",
            "votre soutien est indispensable", "votre soutien compte", "soutiens-nous avec", "soutenez-nous avec",
        ]),
        cue(Donation).phrases(&["petite ou grande", "grande ou petite", "ce que nous faisons", "ça compte"]),
        // Both registers of the same asks ("tu" and "vous").
        ask(Newsletter).phrases(&["inscrivez-vous à notre", "inscris-toi à notre", "dans ta boîte mail", "dans ta boîte de réception"]),
        ask(App).phrases(&["télécharge notre application", "télécharge l'application", "télécharge notre appli"]),
        ask(Donation).weight(3.5).phrases(&["fais un don", "fais un don de"]),
        ask(Social).phrases(&["suis-nous"]),
        label_any().phrases(&["accepter et continuer"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["des gens comme toi", "des gens comme vous", "des lecteurs comme vous", "nous vous demandons une participation"]),
        cue(Donation).phrases(&["participation libre", "lue gratuitement par tous"]),
        label_any().phrases(&["je participe", "j'en suis", "je contribue"]),
        ask(Membership).phrases(&["rejoignez le cercle", "rejoins le cercle"]),
        cue(Membership).phrases(&["cercle des amis"]),
        cue(Paywall).weight(2.0).phrases(&["accès complet"]),
        cue(Newsletter).phrases(&["jamais de spam", "vous désinscrire", "te désinscrire", "en un clic"]),
        ask(App).phrases(&["installez l'appli", "installe l'appli", "installez l'application"]),
        cue(App).weight(2.0).phrases(&["activez les notifications"]),
        cue(Cookie).weight(2.0).phrases(&["déposent des traceurs", "des traceurs", "modifier vos choix"]),
        label_any().phrases(&["tout autoriser"]),
        ask(Credit).max_words(30).phrases(&["vous pouvez le joindre", "vous pouvez la joindre"]),
        ask(Social).phrases(&["envoyez-le à vos proches", "envoie-le à tes proches", "partagez-le avec vos proches"]),
        header(Social).max_words(8).phrases(&["cet article t'a plu"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice", "à propos de l’autrice", "qui est l'auteur", "du même auteur", "tous les articles de", "les articles de"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["l'auteur est", "l’auteur est", "l'autrice est", "l’autrice est", "l'auteure est", "l’auteure est", "notre auteur est"]),
        ask(Credit).part(AuthorBox).at(Start).max_words(30).phrases(&["l'auteur est journaliste", "l'auteur est professeur", "l'auteur est chercheur", "l'auteur est historien", "l'auteur est économiste", "l'auteur est écrivain", "l'auteur est politologue", "l'auteur est rédacteur", "l’auteur est journaliste", "l’auteur est professeur", "l’auteur est chercheur", "l’auteur est historien", "l’auteur est économiste", "l’auteur est écrivain", "l’auteur est politologue", "l’auteur est rédacteur", "l'autrice est journaliste", "l'autrice est professeure", "l'autrice est chercheuse", "l'autrice est historienne", "l'autrice est économiste", "l'autrice est écrivaine", "l'autrice est politologue", "l'autrice est rédactrice", "l’autrice est journaliste", "l’autrice est professeure", "l’autrice est chercheuse", "l’autrice est historienne", "l’autrice est économiste", "l’autrice est écrivaine", "l’autrice est politologue", "l’autrice est rédactrice"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["est journaliste indépendant", "est journaliste indépendante", "est journaliste spécialisé", "est journaliste spécialisée", "est rédacteur en chef adjoint"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["aller au contenu"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["réagir à cet article", "ajouter un commentaire", "laisser un commentaire", "écrire un commentaire", "voir les commentaires", "afficher les commentaires", "commenter cet article", "les commentaires sont fermés"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["commentaires"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["commentaires"]),
        ask(Other).part(Comments).phrases(&["pour laisser un commentaire", "pour poster un commentaire", "les commentaires sont modérés", "charte de modération", "notre charte de"]),
        ask(Other).part(Disclaimer).phrases(&["n'engagent que leur auteur", "n’engagent que leur auteur", "n'engagent que son auteur", "n’engagent que son auteur", "n'engagent pas la rédaction", "n’engagent pas la rédaction", "les opinions exprimées dans cet", "les propos tenus dans cet article"]),
        cue(Other).part(Disclaimer).phrases(&["les opinions exprimées"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["page suivante", "page précédente", "page 1 sur", "signaler une erreur", "signaler une faute", "envoyer une info"]),
        ask(Other).part(Navigation).phrases(&["ce site fonctionne mieux", "votre navigateur est obsolète", "veuillez activer javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        header(Donation).max_words(14).phrases(&["soutiens-nous", "soutiens une presse indépendante", "soutiens l'information indépendante", "aide-nous à"]),
        ask(Donation).weight(3.5).phrases(&[
            "ton don", "nous avons besoin de toi", "nous avons besoin de ton soutien", "avec ton soutien", "grâce à ton soutien",
            "ton soutien est indispensable", "ton soutien compte", "soutiens le journalisme", "deviens donateur", "deviens donatrice",
            "deviens mécène", "ne te coûtera que", "des lecteurs comme toi", "nous te demandons une participation",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["tu as aimé cet article", "tu aimes nos articles"]),
        ask(Membership).phrases(&["rejoins-nous", "rejoins la communauté", "rejoins le club"]),
        ask(Subscription).phrases(&["si tu es abonné"]),
        ask(Paywall).weight(3.5).phrases(&["connecte-toi", "tu as atteint la limite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["tu as lu"]),
        ask(Newsletter).weight(3.5).phrases(&["reçois notre newsletter", "reçois gratuitement"]),
        ask(Newsletter).phrases(&[
            "reçois chaque", "reçois l'essentiel", "te désabonner", "tu peux te désinscrire", "reçois nos newsletters",
            "merci pour ton inscription", "confirme ton inscription", "saisis ton adresse", "reçois la lettre d'information",
            "abonne-toi à la lettre d'information", "inscris-toi gratuitement", "inscris-toi pour recevoir",
        ]),
        ask(App).phrases(&["installe l'application"]),
        ask(Social).phrases(&["partage cet article", "rejoins-nous sur", "abonne-toi à notre chaîne", "retrouve-nous sur", "rejoins notre chaîne", "partage-le avec tes proches"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "à voir également", "voir également", "lisez aussi", "lisez également", "découvrez aussi",
            "découvrez également", "à relire", "en lien avec cet article", "vous pourriez aussi aimer",
            "vous pourriez également aimer", "vous pourriez aimer", "ceci pourrait vous intéresser",
            "cela pourrait vous intéresser", "ça pourrait vous intéresser", "ces articles pourraient vous intéresser",
            "ces articles peuvent vous intéresser", "ça pourrait t'intéresser", "ceci pourrait t'intéresser",
            "tu pourrais aussi aimer", "tu aimeras aussi", "la rédaction vous recommande", "la rédaction recommande",
        ]),
        line(Related).max_words(6).phrases(&[
            "à ne pas manquer", "à ne pas rater", "les plus populaires", "les plus consultés", "les plus vus",
            "les articles les plus lus", "articles les plus lus", "dernières infos", "dernières actus",
            "articles similaires", "articles connexes", "articles associés", "contenus liés", "dans la même catégorie",
            "plus d'actualités", "plus d'articles", "autres articles", "d'autres articles", "autres actualités",
            "ailleurs sur le web", "nos recommandations", "la sélection de la rédaction", "sélection de la rédaction",
            "le choix de la rédaction", "choix de la rédaction", "actualité précédente", "actualité suivante",
        ]),
        line(Related).max_words(4).phrases(&["à la une", "aussi sur"]),
        label(Related).phrases(&[
            "à voir aussi", "voir également", "à lire également", "sur le même sujet", "sur le même thème", "articles liés",
            "pour aller plus loin", "vous aimerez aussi", "vous pourriez aussi aimer", "à ne pas manquer", "à ne pas rater",
            "les plus populaires", "les plus partagés", "les plus commentés", "dernières actualités", "dernières nouvelles",
            "articles recommandés", "recommandé pour vous", "nos recommandations", "le choix de la rédaction",
            "articles similaires", "autres articles", "autres actualités", "à la une", "le fil info", "dans l'actualité",
            "les incontournables",
        ]),
        // The buttons of consent platforms and of article toolbars, as every site's template
        // prints them: labels on a line of their own.
        label_any().phrases(&[
            "offrir l'article", "offrir cet article", "lire plus tard", "lire ultérieurement", "écouter l'article",
            "écouter cet article", "partager l'article", "sauvegarder", "enregistrer l'article",
            "plus d'options", "gérer mes choix", "paramétrer les cookies",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "stockons et/ou accédons à des informations sur un appareil", "identifiants uniques dans des cookies",
            "accepter ou gérer vos choix", "droit d'opposition en cas d'utilisation d'un intérêt légitime",
            "droit d'opposition lorsque l'intérêt légitime est utilisé",
            "ces choix seront signalés à nos partenaires", "ces préférences seront signalées à nos partenaires",
            "n'affecteront pas les données de navigation", "stocker et/ou accéder à des informations sur un appareil",
            "données de géolocalisation précises et identification par analyse de l'appareil",
            "analyser activement les caractéristiques de l'appareil pour l'identification",
            "analyser activement les caractéristiques des appareils pour les identifier",
            "mesure de performance des publicités et du contenu", "études d'audience et développement de services",
            "données d'audience et développement de produit", "traitons les données pour fournir",
            "librement donner, refuser ou retirer votre consentement",
            "pour stocker et accéder à des informations personnelles",
            "vous opposer aux traitements basés sur l'intérêt légitime",
            "stocker et/ou accéder aux informations des appareils",
        ]),
        label_any().phrases(&[
            "je refuse", "refuser et fermer", "gérer les options", "confirmer mes choix", "je n'accepte pas",
            "consentir", "ne pas consentir", "accepter tous les cookies", "personnaliser mes choix",
            "enregistrer et quitter",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "cet article fait partie de notre", "cet article fait partie de la série",
            "cet article fait partie d'une série", "cet article fait partie du dossier",
            "cet article fait partie d'un dossier", "cet article s'inscrit dans notre",
            "cet article s'inscrit dans la série", "cet article s'inscrit dans une série", "cet article est publié",
            "cet article a été réalisé", "cet article a été produit", "cet article a été rédigé dans",
            "cet article a été écrit dans", "cet article a bénéficié", "cet article est issu",
            "cet article est le premier volet", "cet article est le premier épisode", "cet article est le deuxième volet",
            "cet article est le deuxième épisode", "cet article est le troisième volet",
            "cet article est le troisième épisode", "cet article est le dernier volet",
            "cet article est le dernier épisode", "cet article est le premier d'une série", "ce reportage fait partie",
            "ce reportage s'inscrit dans", "ce reportage a été réalisé", "ce reportage a été produit",
            "ce reportage est publié", "ce reportage a bénéficié", "ce récit fait partie", "cet entretien fait partie",
            "cet entretien s'inscrit dans", "cet épisode fait partie", "ce contenu a été produit",
            "ce contenu a été réalisé", "cette publication a été réalisée avec", "cette publication a été produite avec",
            "ceci est le premier épisode", "ceci est le deuxième épisode", "ceci est le dernier épisode",
            "premier épisode de notre série", "deuxième épisode de notre série", "troisième épisode de notre série",
            "dernier épisode de notre série", "premier volet de notre série", "deuxième volet de notre série",
            "troisième volet de notre série", "dernier volet de notre série",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&[
            "voir aussi:", "à voir aussi :", "à voir aussi:", "à découvrir:", "en savoir plus :", "en savoir plus:",
            "pour en savoir plus :", "pour en savoir plus:",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["publications similaires", "vous aimerez peut-être aussi", "vous aimerez également", "articles récents", "derniers articles", "lectures complémentaires", "cela peut vous intéresser", "ça peut vous intéresser", "d'autres actualités"]),
        header(Donation).max_words(12).phrases(&["cet article vous a-t-il été utile", "cet article vous a été utile", "avez-vous aimé cet article", "as-tu aimé cet article", "vous avez apprécié cet article", "tu as apprécié cet article", "cet article vous a intéressé"]),
        label(Social).phrases(&["partager via", "partagez"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["écouter l’article", "version audio"]),
        chrome(Other).max_words(6).phrases(&["écouter la version audio"]),
        chrome(Other).max_words(9).phrases(&["écouter la version audio de cet article"]),
        chrome(Social).max_words(5).phrases(&["regarder sur youtube"]),
        chrome(Social).max_words(7).phrases(&["voir cette publication sur instagram"]),
        chrome(Social).max_words(10).phrases(&["une publication partagée par"]),
        chrome(Social).max_words(15).phrases(&["♬ son original"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["annuler la réponse", "laisser une réponse", "charger les commentaires", "masquer les commentaires"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["soyez le premier à commenter"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["connectez-vous pour commenter", "connectez-vous pour réagir"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["vous devez être connecté pour publier un commentaire", "votre commentaire est en attente de modération"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["enregistrer mon nom, mon e-mail et mon site"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["signaler une coquille"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["vous avez repéré une erreur", "vous avez relevé une erreur", "vous avez trouvé une erreur", "vous avez remarqué une erreur"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["notre dossier :"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. de lecture", "minute de lecture"]),
        line(Other).max_words(45).phrases(&["cet article a été publié dans le cadre", "cette enquête a bénéficié", "ce reportage a été financé", "cette série a été réalisée", "cet article est le fruit", "cet article a été rédigé avec"]),
        label(Credit).phrases(&["lire l'article original", "lire l’article original"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["article gratuit", "articles gratuits restants", "article gratuit restant", "lecture gratuite", "lectures gratuites", "articles gratuits ce mois-ci", "article gratuit ce mois-ci"]),
        ask(Paywall).max_words(30).phrases(&["ceci est votre dernier article gratuit", "c'est votre dernier article gratuit", "c’est votre dernier article gratuit", "c'est ton dernier article gratuit", "c’est ton dernier article gratuit", "votre dernier article gratuit", "ton dernier article gratuit", "votre dernier article offert", "vous avez atteint la limite d'articles gratuits", "vous avez atteint la limite d’articles gratuits", "vous avez atteint votre limite d'articles gratuits", "vous avez atteint votre limite d’articles gratuits", "vous avez lu tous vos articles gratuits", "tu as lu tous tes articles gratuits", "vous avez épuisé vos articles gratuits", "vous avez consulté tous vos articles gratuits"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["il te reste", "de cet article à lire", "de cet article à découvrir", "de l'article à lire", "de l’article à lire", "la suite est réservée aux abonnés", "la suite de cet article est réservée aux abonnés", "cet article est réservé aux abonnés", "article réservé à nos abonnés"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["espace publicitaire"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["la suite après cette publicité", "la suite après la publicité", "suite après la publicité", "suite après cette publicité", "lire la suite après la publicité", "l'article continue après la publicité", "l’article continue après la publicité", "l'article se poursuit après la publicité", "l’article se poursuit après la publicité", "l'article continue sous la publicité", "l’article continue sous la publicité", "l'article se poursuit sous la publicité", "l’article se poursuit sous la publicité", "la suite de l'article après cette publicité", "la suite de l’article après cette publicité", "la suite de l'article après la publicité", "la suite de l’article après la publicité", "la suite ci-dessous"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["contenu sponsorisé", "contenu partenaire", "contenu de marque", "contenu publicitaire", "article sponsorisé", "sponsorisé par", "proposé par", "partenariat rémunéré"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["cet article contient des liens affiliés", "cet article contient des liens d'affiliation", "cet article contient des liens d’affiliation", "cet article peut contenir des liens affiliés", "ce contenu contient des liens affiliés", "certains liens de cet article sont affiliés", "nous pouvons percevoir une commission", "nous percevons une commission", "nous pouvons toucher une commission", "la rédaction peut percevoir une commission", "lorsque vous achetez via nos liens", "si vous achetez un produit via nos liens", "en tant que partenaire amazon"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["reproduction interdite", "toute reproduction interdite", "reproduction interdite sans autorisation", "toute reproduction même partielle est interdite", "reproduction totale ou partielle interdite", "tous droits de reproduction réservés", "droits de reproduction et de diffusion réservés", "reproduction et diffusion interdites", "toute reproduction ou représentation"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["inscrivez-vous à la newsletter", "abonnez-vous à notre newsletter", "abonnez-vous à notre infolettre"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["téléchargez gratuitement l'application", "téléchargez gratuitement l’application", "découvrez notre application", "retrouvez-nous sur l'application", "retrouvez-nous sur l’application"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["réagissez à cet article", "les commentaires sont désactivés", "rejoignez la discussion"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["droits réservés", "photo d'archives", "photo d’archives", "image d'archives", "image d’archives", "photo d'illustration", "photo d’illustration", "image d'illustration", "image d’illustration", "capture d'écran", "capture d’écran", "photo fournie", "collection privée"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["lecteur vidéo", "lecteur audio"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["lire la vidéo", "regarder la vidéo"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["ceci est une fenêtre modale"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["fin de la fenêtre de dialogue"]),
        chrome(Social).part(Player).weight(2.5).max_words(8).phrases(&["contenu externe"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["mots-clés", "mots clés", "mots-clefs", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["titulaire du compte", "intitulé du compte", "numéro de compte", "code banque", "code guichet", "clé rib", "domiciliation bancaire", "libellé du virement"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["je m'inscris gratuitement", "s'abonner à la newsletter", "je m'abonne à la newsletter", "recevoir la newsletter", "votre e-mail", "votre email", "ton adresse e-mail", "ton e-mail", "adresse e-mail", "entrez votre adresse e-mail", "renseignez votre e-mail"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["s'inscrire", "m'inscrire", "valider", "courriel"]),
        label(Subscription).phrases(&["voir les offres", "découvrir les offres", "découvrir nos offres", "découvrir l'offre", "je profite de l'offre", "j'en profite", "profiter de l'offre", "essai gratuit", "essayer gratuitement", "je me connecte", "déjà abonné ? se connecter", "déjà abonné ? connectez-vous", "vous êtes abonné ? connectez-vous", "vous êtes déjà abonné ? connectez-vous", "je deviens membre", "choisir cette offre"]),
        label(App).phrases(&["télécharger dans l'app store", "disponible sur l'app store", "disponible sur google play", "disponible sur appgallery", "découvrez-la sur appgallery", "télécharger l'appli", "téléchargez l'appli", "ouvrir dans l'application", "ouvrir l'application", "ouvrir dans l'appli", "installer l'application", "télécharger maintenant", "télécharger gratuitement"]),
        label(Donation).phrases(&["donner maintenant", "je donne", "chaque mois", "tous les mois", "autre montant", "montant libre", "je donne chaque mois", "don unique", "don régulier", "faire un don régulier", "je donne une fois", "donner chaque mois", "je valide mon don", "valider mon don", "choisissez un montant", "saisir un montant", "nous soutenir"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["ponctuel"]),
        label(Social).phrases(&["copié dans le presse-papier", "copié dans le presse-papiers", "imprimer l'article", "imprimer cet article", "envoyer par e-mail", "envoyer par email", "envoyer par mail", "partager par e-mail", "partager par email", "envoyer à un ami", "partager sur facebook", "partager sur x", "partager sur twitter", "partager sur linkedin", "partager sur whatsapp"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["e-mail"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["en vous inscrivant, vous acceptez", "en vous abonnant, vous acceptez", "en cliquant sur « je m'inscris »", "en cliquant sur « s'inscrire »", "en soumettant ce formulaire", "en renseignant votre adresse e-mail", "en saisissant votre adresse e-mail", "en validant votre inscription", "vous pouvez vous désinscrire à tout moment", "vous pouvez vous désabonner à tout moment", "vous pourrez vous désinscrire à tout moment", "vous pourrez vous désabonner à tout moment", "tu peux te désinscrire à tout moment", "désinscription possible à tout moment", "conformément au rgpd", "conformément à la loi informatique et libertés", "les informations recueillies", "vos données sont traitées par", "vous disposez d'un droit d'accès", "nous ne partagerons jamais votre", "ce site est protégé par recaptcha", "vérifiez votre boîte de réception", "consultez votre boîte mail", "j'accepte de recevoir", "j'accepte les conditions"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["vous aimez cet article", "envie d'en savoir plus", "envie d'en lire plus", "vous ne voulez rien manquer", "tu ne veux rien manquer", "vous souhaitez en savoir plus", "vous voulez en savoir plus", "ça vous a plu", "vous appréciez notre travail", "vous voulez rester informé", "envie de ne rien manquer", "vous voulez en lire plus"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["a dit", "a ajouté", "a précisé", "a souligné", "a confirmé", "a assuré", "a annoncé", "a estimé", "a rappelé", "a reconnu", "a démenti", "a nié", "a averti", "ont déclaré", "ont indiqué", "ont expliqué", "a-t-il déclaré", "a-t-elle déclaré", "a-t-il ajouté", "a-t-elle ajouté", "a-t-il précisé", "a-t-elle précisé", "a-t-il expliqué", "a-t-elle expliqué", "a-t-il répondu", "a-t-elle répondu", "explique-t-il", "explique-t-elle", "précise-t-il", "précise-t-elle", "ajoute-t-il", "ajoute-t-elle", "souligne-t-il", "souligne-t-elle", "d'après", "d’après", "cité par", "dans un entretien accordé à", "devant la presse"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["diaporama"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galerie photos", "galerie photo", "image suivante", "image précédente", "photo suivante", "photo précédente", "plein écran"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["voir la galerie", "ouvrir la galerie", "fermer la galerie"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["voir toutes les photos"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["actualiser", "rafraîchir", "épinglé"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["en direct", "charger plus", "nouveaux messages"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["suivez le direct", "suivre en direct"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["enregistrer", "traduire"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["sauvegarder l'article"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["taille du texte"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["sous-titres"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["lecture automatique"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["voir la vidéo", "couper le son", "activer le son", "vitesse de lecture"]),
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["chargement de la vidéo"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(2.5).max_words(12).phrases(&["merci de nous lire", "merci d'avoir lu cet article", "merci de votre lecture", "merci pour votre lecture", "merci d'avoir lu", "jusqu'au bout de cet article", "merci de nous avoir lu"]),
        cue(Donation).weight(2.0).phrases(&["les dons seront doublés"]),
        cue(Donation).weight(2.0).phrases(&["un don, même modeste", "quel que soit le montant", "le montant de votre choix", "choisissez votre montant", "à prix libre", "cela prend moins de deux minutes"]),
        cue(Subscription).phrases(&["le journal numérique", "l'édition numérique", "lire le journal numérique", "le journal du jour", "l'édition papier", "le journal papier"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["autoriser plus tard", "plus tard autoriser", "autoriser non merci", "non merci autoriser", "autoriser bloquer", "bloquer autoriser", "autoriser annuler", "annuler autoriser", "autoriser pas maintenant", "pas maintenant autoriser"]),
        cue(App).phrases(&["recevoir des notifications", "activer les notifications", "notifications push"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["je veux soutenir", "je soutiens déjà", "j'ai déjà donné", "je suis déjà donateur", "je deviens donateur"]),
        label(Membership).phrases(&["je veux adhérer", "je suis déjà membre", "je suis déjà adhérent", "je deviens adhérent"]),
        label(Subscription).phrases(&["je suis déjà abonné", "je suis abonné", "je veux m'abonner", "je suis déjà abonnée"]),
        label(Newsletter).phrases(&["je m'inscris à la newsletter"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lire aussi:", "à lire aussi:", "a lire aussi:", "lisez aussi:", "lire également:", "à lire également:", "à voir également:", "à écouter aussi:", "à découvrir aussi:", "sur le même sujet:", "vous aimerez aussi:", "ces articles peuvent vous intéresser:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["écoutez en direct", "regardez en direct", "écouter le direct", "regarder le direct", "écoutez la radio en direct"]),
        ask(Social).max_words(30).phrases(&["notre chaîne whatsapp", "notre chaîne telegram", "notre canal whatsapp", "rejoignez notre canal", "abonnez-vous à notre canal", "suivez notre chaîne"]),
        label(Social).phrases(&["rejoindre la chaîne", "suivre la chaîne"]),
        line(Subscription).max_words(10).phrases(&["lire le journal du jour", "feuilletez le journal", "lire l'édition du jour", "consultez l'édition numérique"]),
        label(Subscription).phrases(&["journal numérique", "édition numérique", "e-journal"]),
        ask(Other).part(Comments).max_words(60).phrases(&["commentaires injurieux seront supprimés", "ne reflètent pas l'opinion de la rédaction", "les commentaires n'engagent que", "la rédaction se réserve le droit", "seuls les abonnés peuvent commenter", "les commentaires sont publiés après modération"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["une info à nous communiquer", "une info à nous signaler", "vous avez été témoin d'un événement", "envoyez-nous vos photos", "envoyez-nous vos vidéos", "écrivez à la rédaction", "contactez la rédaction", "alertez la rédaction"]),
        label(Other).phrases(&["contacter la rédaction", "alerter la rédaction", "signaler une info"]),
        ask(Ad).max_words(35).phrases(&["participez à notre jeu-concours", "participez à notre concours", "tentez de gagner", "jeu gratuit sans obligation d'achat", "votez pour votre coup de cœur", "gagnez vos places"]),
        label(Ad).phrases(&["acheter mes billets", "je vote"]),
        ask(Ad).max_words(35).phrases(&["la rédaction recrute", "rejoignez notre rédaction", "devenez correspondant local", "devenez correspondant de presse", "nous recherchons un journaliste"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["votre adresse e-mail ne sera pas publiée", "les champs obligatoires sont indiqués avec", "enregistrer mon nom, mon e-mail et mon site dans le navigateur", "vous devez vous connecter pour publier un commentaire", "vous devez être connecté pour publier un commentaire", "votre commentaire est en attente de modération", "les commentaires injurieux ne seront pas publiés"]),
        label(Other).part(Comments).phrases(&["publier le commentaire", "réagir", "commenter"]),
    ],
    we: &["nous", "notre", "nos"],
    you: &["vous", "votre", "vos", "tu", "ton", "ta", "tes"],
};
