//! Galician.
//!
//! Written from how Galician news sites, local papers, broadcasters, magazines and NGOs word
//! their page furniture and appeals in general (not one site's wording), in the standard
//! spelling (enclitics joined to the verb: "apóianos", "subscríbete", "séguenos"). Galician
//! shares most of its words with Spanish and Portuguese, whose packs run on every text: the
//! phrases here are Galician forms ("xornalismo", "doazón", "achega", "ligazón", "boletín",
//! "subscritor", "máis", "túa"), and what the Spanish and Portuguese packs already hold
//! ("política de cookies", "foto:", "sobre o autor"), or the language-free pack's lines for
//! languages without a pack ("le tamén", "novas relacionadas"), is left to them.
//!
//! The imperative of the second person is the third person of the present too, as in
//! Catalan: "fai unha doazón" is also "(she) makes a donation", "apoia o noso traballo" an
//! NGO's head on the council ("A Xunta apoia o noso traballo"), "descarga a app" a story on
//! what a user does, "recibe as novas" how the neighbours take the news. Those rows are asks
//! only at a short block's start, or cues; the formulas that name the reader ("a túa
//! doazón", "subscríbete") are asks anywhere. "achega" (a contribution) is also the verb
//! "to bring, provide" ("a Xunta achega dous millóns"), "subscritores" the signatories of a
//! manifesto, "socio" a coalition partner: not stems, and cues where alone.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "gl",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "apóianos", "apóienos", "apoiádenos", "apoia o xornalismo", "antes de que marches", "necesitamos o teu apoio",
            "necesitamos a túa axuda", "necesitamos o voso apoio",
        ]),
        // "Unha mensaxe de WhatsApp alertou ...": a box's short heading only.
        header(Donation).max_words(6).phrases(&["unha mensaxe de"]),
        ask(Donation).weight(3.5).phrases(&[
            "a túa doazón", "a túa achega", "fai a túa doazón", "fai a túa achega", "achega o que poidas",
            "axúdanos a seguir", "axúdanos a manter", "axúdanos a continuar", "grazas ao teu apoio", "sen o teu apoio",
            "lectores coma ti", "lectoras e lectores coma ti", "colabora connosco", "faite mecenas", "queres apoiarnos",
            "podes apoiarnos", "a vosa doazón", "a vosa achega",
        ]),
        // The imperatives that are the third person too ("A fundación fai unha doazón de ..."):
        // a short block's opening only; cues elsewhere.
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&[
            "apoia o noso xornalismo", "apoia o noso traballo", "escolle unha cantidade",
        ]),
        cue(Donation).phrases(&[
            "fai unha doazón", "fai unha achega", "apoia o noso xornalismo", "apoia o noso traballo", "o teu apoio",
            "o voso apoio", "co teu apoio", "axúdanos", "xornalismo independente", "o noso traballo", "o noso xornalismo",
            "euros ao mes", "unha pequena achega", "podes axudarnos",
        ]),
        // A price per month is a box's as often as a story's price list: weak alone.
        cue(Donation).weight(0.5).phrases(&["ao mes"]),
        // Not "achega*" (the verb "to bring") nor "donativo*" (the Portuguese pack's).
        cue(Donation).weight(0.5).phrases(&["doaz*"]),
        salutation(Donation).max_words(6).phrases(&[
            "queridas lectoras", "queridas lectoras e lectores", "queridos lectores e lectoras", "benqueridos lectores",
            "benqueridas lectoras", "estimado lector", "estimada lectora", "estimadas lectoras",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "gustouche este artigo", "gustouche esta nova", "gustouche esta noticia", "gustouche este contido",
            "gustoulle este artigo", "gustoulle esta nova",
        ]),
        ask(Membership).phrases(&[
            "faite socio", "faite socia", "faite socio ou socia", "faite socia ou socio", "faite membro", "fágase socio",
            "fágase socia", "únete á comunidade", "únete á nosa comunidade", "únase á nosa comunidade",
            "faite colaborador", "faite colaboradora",
        ]),
        // "forma parte da nosa comunidade" is also a mayor's word on a school.
        cue(Membership).phrases(&["socios e socias", "socias e socios", "forma parte da nosa comunidade"]),
        ask(Subscription).phrases(&[
            "subscríbete", "subscríbase", "subscribídevos", "xa es subscritor", "xa es subscritora", "faite subscritor",
            "faite subscritora", "cancela cando queiras", "cancela cando quixeres", "xa tes subscrición",
        ]),
        // "Netflix ofrece o primeiro mes gratis", "a empresa proba un mes": a short block's start.
        ask(Subscription).at(Start).max_words(8).phrases(&["primeiro mes gratis", "primeiro mes por", "proba un mes"]),
        cue(Subscription).phrases(&["primeiro mes gratis", "acceso a todo o contido", "acceso ilimitado a todo"]),
        // The names of the offer, which a story on a paper's prices names too, in its price
        // list's short lines ("Subscrición mensual: 7,99 euros."): cues.
        cue(Subscription).phrases(&["subscrición dixital", "subscrición anual", "subscrición mensual", "acceso sen límites"]),
        // "subscrición de accións" is finance; "os subscritores do manifesto" its signatories.
        cue(Subscription).weight(1.0).phrases(&["subscrici*"]),
        cue(Subscription).weight(0.5).phrases(&["subscritor*"]),
        cue(Subscription).phrases(&["para subscritores", "para subscritoras", "regala unha subscrición"]),
        ask(Paywall).weight(3.5).phrases(&[
            "contido exclusivo para subscritores", "exclusivo para subscritores", "este contido é exclusivo",
            "rexístrate gratis", "rexístrate para seguir lendo", "alcanzaches o límite de artigos",
            "chegaches ao límite de artigos", "esgotaches os teus artigos",
        ]),
        // "Quedou na biblioteca para seguir lendo": the nag's opening only, a cue elsewhere.
        ask(Paywall).weight(3.5).at(Start).max_words(20).phrases(&["para seguir lendo"]),
        cue(Paywall).phrases(&["para seguir lendo"]),
        // "Xa liches o novo libro de ...?", an interviewer asks: a cue at a short line's start.
        cue(Paywall).weight(2.0).at(Start).max_words(20).phrases(&["xa liches"]),
        ask(Newsletter).phrases(&[
            "subscríbete ao boletín", "subscríbete ao noso boletín", "recibe no teu correo", "grazas por subscribirte",
            "confirma a túa subscrición", "apúntate ao noso boletín", "apúntate ao boletín",
        ]),
        // A how-to on a public office's web form says them too ("introduce o teu enderezo
        // electrónico na sede electrónica"), and "darse de baixa" is also to go on sick leave:
        // cues.
        cue(Newsletter).weight(2.0).phrases(&[
            "no teu correo electrónico", "na túa caixa de correo", "na túa bandexa de entrada", "o teu enderezo electrónico",
            "o teu enderezo de correo", "introduce o teu correo", "introduce o teu enderezo", "darte de baixa do boletín",
        ]),
        // "O noso boletín municipal", a mayor says: a cue.
        cue(Newsletter).weight(2.0).phrases(&["o noso boletín", "os nosos boletíns", "a nosa newsletter"]),
        cue(Newsletter).phrases(&["no teu correo", "política de privacidade e cookies"]),
        // "Cada veciño recibe o boletín": the third person, at a short block's start only.
        ask(Newsletter).at(Start).max_words(8).phrases(&["recibe o boletín", "recibe o noso boletín"]),
        ask(App).phrases(&[
            "descarga a nosa app", "descarga a nosa aplicación", "descárgate a app", "descárgate a aplicación",
            "instala a nosa app", "descargue a nosa aplicación",
        ]),
        ask(App).at(Start).max_words(10).phrases(&["descarga a app", "descarga a aplicación"]),
        cue(App).phrases(&["a nosa app", "a nosa aplicación", "dispoñible para iphone e android", "descarga a app"]),
        ask(Cookie).phrases(&[
            "empregamos cookies", "este sitio web emprega cookies", "esta web emprega cookies", "este sitio web usa cookies",
            "utilizamos cookies propias e de terceiros", "cookies propias e de terceiros", "aceptar todas as cookies",
            "rexeitar todas as cookies", "xestionar cookies", "xestionar o consentimento", "configuración das cookies",
            "se continúas navegando", "consideramos que aceptas o seu uso", "aceptas o seu uso",
        ]),
        ask(Cookie).at(Start).max_words(25).phrases(&["este sitio emprega", "esta web emprega", "esta páxina emprega", "esta páxina usa"]),
        cue(Cookie).phrases(&["mellorar a túa experiencia", "mellorar a súa experiencia", "analizar o tráfico", "tecnoloxías de seguimento", "emprega cookies"]),
        ask(Social).phrases(&[
            "séguenos", "síguenos nas redes sociais", "comparte este artigo", "comparte esta nova", "partilla este artigo",
            "partilla esta nova", "únete á nosa canle", "a nosa canle de whatsapp", "envíallo aos teus amigos",
            "compárteo cos teus amigos",
        ]),
        // "Le tamén", "Lea tamén", "Novas relacionadas", "O máis lido" as lines are the
        // language-free pack's (xx), which reads them for languages no pack covered: only their
        // label rows are here.
        line(Related).max_words(24).phrases(&[
            "nova relacionada", "tamén che pode interesar",
            "pódeche interesar", "pode interesarche", "pode interesarlle", "tamén lle pode interesar", "quizais che interese",
            "quizais lle interese", "non te perdas:", "non deixes de ler", "mira tamén", "vexa tamén", "recomendámosche",
            "recomendámoslle", "le tamén:", "le máis:",
        ]),
        line(Related).max_words(8).phrases(&["nova anterior", "nova seguinte", "artigo seguinte", "seguinte artigo"]),
        line(Related).max_words(6).phrases(&[
            "as máis lidas", "os máis lidos", "máis lidas", "máis lidos", "máis vistos", "máis vistas", "máis compartidas",
            "máis comentadas", "outras novas", "máis novas", "últimas novas", "novas destacadas", "máis artigos",
            "o máis visto", "non te perdas",
        ]),
        // (Not "máis información": a cookie banner's button, which as a heading took the
        // headline under the banner.)
        line(Related).max_words(4).phrases(&["máis sobre", "para saber máis"]),
        label(Related).phrases(&[
            "le tamén", "lea tamén", "novas relacionadas", "o máis lido", "tamén che pode interesar", "pódeche interesar",
            "recomendámosche", "últimas novas", "máis novas", "outras novas", "máis lidas", "máis lidos",
            "contido relacionado", "publicacións relacionadas", "artigos similares", "novas similares", "entradas recentes",
            "publicacións recentes", "o máis recente", "non te perdas", "para saber máis",
        ]),
        // Bios open on the name ("Ana López é xornalista ..."), a story's line says it in passing
        // ("a súa filla, que é xornalista de profesión"): the bio's own formulas are asks, the
        // bare "é xornalista" a cue.
        ask(Credit).max_words(40).phrases(&[
            "é xornalista especializado", "é xornalista especializada", "é xornalista freelance",
            "este artigo publicouse orixinalmente", "este artigo foi publicado orixinalmente", "artigo publicado orixinalmente en",
            "esta nova publicouse orixinalmente", "colaborou nesta información", "colaborou nesta reportaxe",
        ]),
        cue(Credit).phrases(&["é xornalista", "publicado orixinalmente", "publicada orixinalmente"]),
        line(Credit).max_words(10).phrases(&[
            "imaxe:", "imaxes:", "fotografías:", "tradución:", "infografía:", "texto e fotos:", "texto e fotografía:",
            "texto e imaxes:", "reportaxe gráfica:", "reportaxe:", "vídeo e edición:",
        ]),
        line(Credit).max_words(8).phrases(&["con axencias", "con información das axencias", "con información de axencias"]),
        chrome(Other).max_words(10).phrases(&["todos os dereitos reservados", "reservados todos os dereitos"]),
        label_any().phrases(&[
            "pechar", "agora non", "non, grazas", "non grazas", "máis tarde", "lembrar máis tarde", "lémbramo máis tarde",
            "unha vez", "rexeitar", "rexeitar todo", "rexeitar todas", "seguir lendo", "ler máis", "le máis", "ver máis",
            "ler despois", "entendín", "de acordo", "aceptar e pechar", "aceptar e continuar", "máis opcións",
            "xestionar opcións", "gardar e saír", "non consentir", "rexistrarse", "partillar", "quizais máis tarde",
            "configuración", "gardar preferencias",
        ]),
        outlet(Donation).phrases(&[
            "medio independente", "xornal independente", "diario independente", "sen publicidade", "sen muro de pagamento",
            "sen muros de pagamento", "en aberto", "sen ánimo de lucro", "sen fins lucrativos", "financiado polos lectores",
            "financiado polas súas lectoras", "financiado polos seus lectores", "gratuíto para todo o mundo",
            "de balde para todo o mundo", "sen anunciantes", "sen accionistas", "medio en galego", "non ten ánimo de lucro",
        ]),
        // Second round: general formulas of each function.
        ask(Donation).phrases(&["apóianos con", "apóianos hoxe"]),
        // "A doazón única de tres millóns", "a achega mensual das familias ao comedor", an NGO's
        // "cada doazón conta", "necesitamos persoas coma ti": news words too, cues.
        cue(Donation).weight(2.0).phrases(&[
            "achega única", "doazón única", "doazón puntual", "achega puntual", "doazón mensual", "achega mensual",
            "cada doazón conta", "cada achega conta", "persoas coma ti",
        ]),
        cue(Donation).weight(2.0).phrases(&[
            "escolle a cantidade", "outra cantidade", "cantidade libre", "apoio dos lectores", "calquera cantidade",
            "o que poidas", "por pequena que sexa", "paga o que queiras", "cada doazón duplicarase",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "le o artigo completo con", "le a nova completa con", "desbloquea este artigo", "este artigo está bloqueado",
            "esta nova está bloqueada",
        ]),
        cue(Subscription).phrases(&["le a edición impresa", "a edición dixital", "a edición impresa", "a edición en papel", "subscrición de agasallo", "o xornal na casa"]),
        ask(Newsletter).phrases(&["grazas pola túa subscrición", "recibe as novas no teu correo"]),
        ask(Cookie).phrases(&[
            "almacenar e/ou acceder a información nun dispositivo", "medición de anuncios e contido",
            "publicidade e contido personalizados", "almacenamos e/ou accedemos a información",
        ]),
        ask(Social).phrases(&["envía o artigo a un amigo", "envía esta nova a un amigo"]),
        // Notices of the story's own: a correction, an update.
        notice().phrases(&["rectificación:", "actualizado:", "nota da redacción", "fe de erros", "nota do editor", "aclaración:"]),
        notice().at(Any).phrases(&[
            "este artigo foi actualizado", "esta nova foi actualizada", "esta noticia foi actualizada",
            "este artigo foi corrixido", "esta nova foi corrixida", "unha versión anterior deste artigo",
            "unha versión anterior desta nova",
        ]),
        // Reporting verbs and attribution formulas in the forms news prints them (said, added,
        // according to), which no box uses.
        body().phrases(&[
            "dixo", "dixeron", "asegurou", "sinalou", "engadiu", "indicou", "subliñou", "manifestou", "apuntou",
            "insistiu", "precisou", "recoñeceu", "escribiu", "expresou", "detallou", "comentou", "criticou",
            "denunciou", "sinalaron", "engadiron", "segundo explicou", "segundo indicou",
            "segundo informou", "segundo fontes", "en declaracións a", "en declaracións ao", "nunha entrevista con",
            "en palabras de",
        ]),
        // Tips to the newsroom, a line of its own.
        line(Other).max_words(25).phrases(&["tes unha pista para a redacción", "envíanos as túas novas", "escríbenos a"]),
        line(Credit).max_words(12).phrases(&["contacta co autor", "contacta coa autora", "contacta coa redacción", "escribe ao autor"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation.
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["acerca do autor", "acerca da autora", "máis do autor", "máis da autora", "máis artigos de", "artigos do autor", "artigos da autora"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["o autor deste artigo é", "a autora deste artigo é", "o autor desta columna é", "a autora desta columna é"]),
        ask(Credit).part(AuthorBox).at(Start).max_words(30).phrases(&[
            "o autor é xornalista", "a autora é xornalista", "o autor é profesor", "a autora é profesora",
            "o autor é investigador", "a autora é investigadora", "o autor é escritor", "a autora é escritora",
        ]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["é xornalista independente", "é columnista de", "é colaborador habitual", "é colaboradora habitual"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["ir ao contido", "saltar ao contido", "ir ao contido principal", "saltar ao contido principal"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["páxina seguinte", "páxina anterior", "páxina 1 de", "informar dun erro", "comunicar un erro", "envíanos a túa nova"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["atopaches un erro", "viches un erro", "detectaches un erro", "atopaches algún erro"]),
        ask(Other).part(Navigation).phrases(&["este sitio funciona mellor", "o teu navegador está desactualizado", "activa o javascript", "habilita o javascript"]),
        chrome(Other).part(Comments).max_words(10).phrases(&[
            "deixa un comentario", "deixa o teu comentario", "escribe o teu comentario", "engadir comentario",
            "engade un comentario", "os comentarios están pechados", "comentarios dos lectores", "amosar comentarios",
        ]),
        ask(Other).part(Comments).phrases(&["para deixar un comentario", "os comentarios son moderados", "normas de uso dos comentarios", "ao enviar un comentario", "identifícate para comentar", "rexístrate para comentar"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["cancelar a resposta", "publicar o comentario"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["deixa unha resposta"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["sé o primeiro en comentar", "se o primeiro en comentar"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["os campos obrigatorios están marcados con"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["o teu enderezo de correo electrónico non se publicará", "o teu enderezo electrónico non será publicado"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["garda o meu nome, correo electrónico e web"]),
        chrome(Other).part(Comments).at(Whole).phrases(&["comentarios pechados", "ver os comentarios", "comenta esta nova"]),
        ask(Other).part(Disclaimer).phrases(&[
            "as opinións expresadas neste", "son responsabilidade exclusiva do autor", "son responsabilidade exclusiva da autora",
            "responsabilidade exclusiva dos seus autores", "é responsabilidade exclusiva do autor",
        ]),
        cue(Other).part(Disclaimer).phrases(&["non reflicten necesariamente", "non necesariamente reflicten", "non comparte necesariamente"]),
        // Series and project blurbs that open a block ("This story is part of our series ...").
        line(Other).max_words(45).phrases(&[
            "este artigo forma parte da serie", "este artigo forma parte dunha serie", "este artigo forma parte do especial",
            "este artigo forma parte da nosa", "esta reportaxe forma parte", "esta reportaxe é parte", "este contido forma parte",
            "este traballo forma parte", "este artigo foi realizado con",
            "esta reportaxe foi realizada", "esta reportaxe conta co apoio", "este artigo conta co apoio",
            "esta reportaxe foi posible grazas", "este artigo foi posible grazas", "primeira entrega da serie",
            "segunda entrega da serie", "última entrega da serie",
        ]),
        // Headings of related lists and share rows, the question over a box, each a line of its own.
        header(Donation).max_words(12).phrases(&["foiche útil este artigo", "resultouche útil este artigo", "gustouche o artigo", "gustouche a nova"]),
        label(Social).phrases(&["comparte isto", "partillar isto", "compárteo", "partilla", "compartir esta nova", "partillar esta nova"]),
        // A read-aloud player's label, the platforms' own embed fallbacks.
        chrome(Other).max_words(4).phrases(&["escoitar o artigo", "escoitar a nova", "escoitar a noticia"]),
        chrome(Other).max_words(5).phrases(&["escoita esta nova", "escoita o artigo", "escoitar esta nova", "escoita este artigo"]),
        chrome(Social).max_words(10).phrases(&["unha publicación compartida por"]),
        // Paywall meters: the count's noun phrase, the last-free-article formulas, the share of
        // the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artigos gratuítos", "artigo gratuíto", "artigo gratis", "artigos gratis", "nova gratuíta", "novas gratuítas", "artigo restante"]),
        ask(Paywall).max_words(30).phrases(&[
            "este é o teu último artigo gratuíto", "o teu último artigo gratuíto",
            "esgotaches os teus artigos gratuítos", "liches todos os teus artigos gratuítos", "o seu último artigo gratuíto",
        ]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["o resto do artigo é exclusivo para subscritores", "este artigo é exclusivo para subscritores", "le o artigo completo", "para ler o artigo completo"]),
        // The advertisement slot's label, a line of its own ("Publicidade" is the Portuguese
        // pack's).
        label(Ad).phrases(&["anuncio", "espazo publicitario", "contido patrocinado", "contido de marca", "contido publicitario", "información publicitaria", "patrocinada por"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["a nova continúa despois da publicidade", "continúa despois da publicidade", "segue lendo despois da publicidade", "o artigo continúa despois do anuncio", "continúa tras a publicidade", "a noticia continúa despois da publicidade"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor.
        cue(Ad).weight(2.5).max_words(45).phrases(&["este artigo contén ligazóns de afiliados", "este artigo inclúe ligazóns de afiliación", "podemos recibir unha comisión", "recibimos unha comisión", "se compras a través das nosas ligazóns"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["queda prohibida a reprodución", "prohibida a reprodución", "reprodución prohibida", "prohibida a reprodución total ou parcial", "queda prohibida a reprodución total ou parcial"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["boletín de novas", "apúntate ao boletín", "recibe o noso boletín", "subscríbete ao boletín", "os nosos boletíns"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["descarga a aplicación", "descarga a app", "descargar na app store", "dispoñible na app store", "dispoñible en google play", "descargar a app", "abrir a app", "instalar a app", "descargar agora"]),
        // A picture's credit that names no one, a line of its own.
        label(Credit).phrases(&["imaxe de arquivo", "imaxe cedida", "arquivo persoal", "imaxe ilustrativa", "foto cedida polo concello"]),
        // The labels of players and embeds, each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["reproducir o vídeo", "reprodutor de audio", "reprodutor de son"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["esta é unha xanela modal"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["fin da xanela de diálogo"]),
        // The label of the page's tag row, alone on its line or heading its tags.
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["palabras chave", "arquivado en", "temas"]),
        // A line of the bank details under an ask ("Número de conta: ES..", "Concepto: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["número de conta", "conta bancaria", "entidade bancaria", "concepto da transferencia"]),
        // A box's edges as forms and widgets print them, each a line of its own.
        label(Newsletter).phrases(&["quero subscribirme", "apúntome", "subscribirme de balde", "o teu correo", "o teu correo electrónico", "enderezo electrónico", "introduce o teu correo electrónico", "escribe o teu correo"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["subscribirme", "rexístrate", "apúntate"]),
        label(Subscription).phrases(&["subscríbete agora", "subscribirme agora", "ver plans", "ver as ofertas", "aproveita a oferta", "proba de balde", "xa es subscritor? inicia sesión", "xa tes conta? inicia sesión", "xa son subscritor", "xa son subscritora", "escolle o teu plan", "subscrición"]),
        label(Donation).phrases(&["facer unha doazón", "doa agora", "quero colaborar", "colaborar agora", "unha soa vez", "outra cantidade", "doazón mensual", "doazón única", "achega mensual", "achega única", "doar unha vez", "doar cada mes", "completar a doazón", "continuar co pagamento", "apóianos", "achega"]),
        label(Social).phrases(&["copiar ligazón", "copiar a ligazón", "ligazón copiada", "copiado ao portapapeis", "enviar por correo-e", "partillar en facebook", "partillar en x", "partillar en whatsapp", "imprimir artigo", "imprimir a nova"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&[
            "ao subscribirte, aceptas", "ao subscribirte aceptas", "ao rexistrarte, aceptas", "ao enviar este formulario",
            "podes darte de baixa en calquera momento", "lin e acepto", "acepto a política de privacidade",
            "acepto recibir comunicacións", "nunca compartiremos o teu", "este sitio está protexido por recaptcha",
            "revisa a túa caixa de correo", "responsable do tratamento", "os teus datos serán tratados",
            "consulta a nosa política de privacidade",
        ]),
        label_any().weight(EDGE_WEIGHT).phrases(&["gustouche o que liches", "non queres perderte nada", "queres estar ao día", "queres saber máis", "queres máis historias coma esta", "valoras o noso traballo", "foiche útil"]),
        // Page chrome by part: a gallery's controls, a live blog's, the page's tools, a
        // player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["abrir a galería", "pechar galería", "pechar a galería", "imaxe seguinte", "imaxe anterior", "seguinte imaxe", "seguinte foto", "ampliar imaxe"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["galería de imaxes"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["ver todas as imaxes"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["cargar máis", "últimas actualizacións", "mensaxe fixada", "ao minuto"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["segue en directo", "segue o directo", "cargar máis actualizacións"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["gardar"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["gardar artigo", "gardar a nova", "aumentar letra", "reducir letra"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["tamaño da letra", "tamaño do texto"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["escoitar"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ver o vídeo", "activar son", "activar o son", "reprodución automática", "mira o vídeo"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["velocidade de reprodución", "escoita o audio"]),
        // The outlet's appeal by function: a question or a thank-you that opens it.
        header(Donation).weight(3.0).max_words(10).phrases(&["valoras o noso xornalismo", "gústache o noso xornalismo"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["grazas por ler", "grazas pola lectura", "grazas por lernos", "se chegaches ata aquí", "se chegou ata aquí", "chegaches ata o final"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row,
        // and its ask.
        label_any().phrases(&["permitir agora non", "agora non permitir", "permitir máis tarde", "máis tarde permitir", "permitir non, grazas", "non, grazas permitir"]),
        cue(App).phrases(&["recibir notificacións", "activar as notificacións", "notificacións push", "activa as notificacións"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a member").
        label(Donation).phrases(&["xa colaboro", "xa apoio", "quero facer unha doazón", "quero contribuír"]),
        label(Membership).phrases(&["quero ser socio", "quero ser socia", "xa son socio", "xa son socia", "quero facerme socio", "quero facerme socia", "faite socio", "faite socia"]),
        label(Subscription).phrases(&["quero ser subscritor", "quero ser subscritora", "subscríbome"]),
        label(Newsletter).phrases(&["quero recibir o boletín"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lea tamén:", "lede tamén:", "ler tamén:", "ver tamén:", "mira tamén:", "pode interesarte:", "tamén che pode interesar:", "noticias relacionadas:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["escoita en directo", "mira en directo", "escoita a radio en directo"]),
        ask(Social).max_words(30).phrases(&["únete ao noso canal", "segue a nosa canle", "subscríbete á nosa canle", "a nosa canle de telegram", "estamos en whatsapp"]),
        label(Social).phrases(&["unirse á canle", "únete á canle"]),
        line(Subscription).max_words(10).phrases(&["le a edición dixital", "le o xornal de hoxe", "consulta a edición impresa"]),
        label(Subscription).phrases(&["edición dixital", "edición impresa", "quiosco dixital"]),
        ask(Other).part(Comments).max_words(60).phrases(&["os comentarios ofensivos serán eliminados", "reservámonos o dereito de eliminar", "os comentarios son responsabilidade dos seus autores", "só os usuarios rexistrados poden comentar"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["envíanos a túa nova", "envíanos as túas fotos", "escribe á redacción", "contacta coa nosa redacción"]),
        label(Other).phrases(&["envía a túa nova", "contactar coa redacción"]),
        ask(Ad).max_words(35).phrases(&["merca as túas entradas", "compra as túas entradas", "participa no noso concurso", "vota o teu favorito"]),
        label(Ad).phrases(&["mercar entradas", "comprar entradas", "inscríbete", "quero participar"]),
        ask(Ad).max_words(35).phrases(&["únete ao noso equipo", "traballa connosco", "buscamos xornalistas", "buscamos un xornalista"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["o teu enderezo electrónico non se publicará", "os campos obrigatorios están marcados con", "garda o meu nome, correo electrónico e web neste navegador", "debes iniciar sesión para publicar un comentario", "o teu comentario está agardando moderación", "o teu comentario está pendente de moderación"]),
        label(Other).part(Comments).phrases(&["publicar comentario", "escribe un comentario", "comentar"]),
    ],
    // "nos" (us) is also "in the" ("nos últimos anos"): left out.
    we: &["nós", "noso", "nosa", "nosos", "nosas", "connosco"],
    // "che" (to you) is Italian "che", "te" the Spanish pack's: left out.
    you: &["ti", "teu", "túa", "teus", "túas", "contigo", "vostede", "vostedes", "vós", "voso", "vosa", "vosos", "vosas"],
};
