//! Portuguese.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pt",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["tempo de leitura", "min de leitura", "minutos de leitura"]),
        header(Donation).max_words(14).phrases(&["uma mensagem de", "apoie o", "apoie a", "apoie o jornalismo", "antes de ir"]),
        ask(Donation).weight(3.5).phrases(&["faça uma doação", "doe agora", "sua doação", "apoie o nosso", "apoie nosso", "cada contribuição"]),
        cue(Donation).phrases(&["seu apoio", "o seu apoio", "jornalismo independente", "nosso trabalho", "por mês"]),
        salutation(Donation).max_words(6).phrases(&["caros leitores", "caro leitor", "cara leitora", "prezados leitores"]),
        ask(Subscription).phrases(&["assine já", "assine agora", "já é assinante", "exclusivo para assinantes", "seja assinante"]),
        header(Subscription).weight(3.0).max_words(6).phrases(&["assine"]),
        ask(Newsletter).phrases(&["nossa newsletter", "inscreva-se na newsletter", "receba no seu e-mail"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["concorda com o armazenamento de cookies", "armazenamento de cookies no seu dispositivo"]),
        cue(Cookie).phrases(&["melhorar a navegação no site", "nas nossas iniciativas de marketing"]),
        ask(Cookie).phrases(&["usamos cookies", "utilizamos cookies", "política de cookies"]),
        ask(Social).phrases(&["siga-nos", "compartilhe este artigo", "partilhe este artigo"]),
        line(Related).max_words(24).phrases(&["artigo anterior", "próximo artigo", "notícia anterior", "próxima notícia", "leia também", "leia mais", "veja também", "saiba mais", "mais lidas", "relacionadas"]),
        label(Ad).phrases(&["publicidade", "patrocinado"]),
        chrome(Other).max_words(10).phrases(&["todos os direitos reservados",]),
        label_any().phrases(&["agora não", "fechar", "mais tarde", "não, obrigado", "uma vez", "mensal", "anual", "compartilhar", "partilhar", "continuar", "aceitar"]),
        ask(Donation).weight(3.5).phrases(&[
            "apoie o jornalismo", "sua contribuição", "precisamos do seu apoio",
        ]),
        ask(Paywall).weight(3.5).phrases(&["para continuar lendo", "continue lendo", "faça login", "conteúdo exclusivo para assinantes"]),
        ask(Newsletter).weight(3.5).phrases(&["assine nossa newsletter", "receba nossa newsletter", "cadastre-se"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["gostou deste artigo", "gostou desta reportagem", "gostou deste texto"]),
        cue(Donation).weight(2.0).phrases(&["financiado pelos leitores", "precisa do seu apoio", "jornalismo é independente", "contribua"]),
        // The plural register's asks and Portugal's word for a contribution ("Se puderem,
        // apoiem-nos com um contributo").
        cue(Donation).weight(2.0).phrases(&["apoiem-nos", "um contributo", "o vosso apoio", "o vosso contributo"]),
        label(Donation).phrases(&["apoiar", "apoie", "contribuir", "doar", "assinar", "assine"]),
        line(Credit).max_words(8).phrases(&["com agências", "com informações de"]),
        line(Related).max_words(8).phrases(&["você pode gostar", "você também pode gostar", "veja mais", "mais notícias", "leia mais:"]),
        notice().phrases(&["correção:", "atualização:", "nota da redação"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["este artigo foi atualizado", "este texto foi atualizado", "esta reportagem foi atualizada", "uma versão anterior deste"]),
        body().phrases(&["disse", "afirmou", "segundo", "declarou", "explicou"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["artigos gratuitos", "reportagens gratuitas", "atingiu o limite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["você leu"]),
        ask(Subscription).weight(3.5).phrases(&["torne-se assinante"]),
        cue(Newsletter).weight(2.0).phrases(&["no seu e-mail", "na sua caixa de entrada", "no seu email"]),
        label(Donation).phrases(&["apoiar agora", "doar agora", "apoie agora"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["baixe nosso aplicativo", "baixe o aplicativo", "baixe o nosso aplicativo", "descarregue a app", "descarregue a nossa app"]),
        cue(App).phrases(&["nosso aplicativo", "nossa app", "nossa aplicação"]),
        ask(Cookie).phrases(&["usa cookies", "utiliza cookies"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "faça sua doação", "faça a sua doação", "ajude-nos", "seja apoiador", "seja apoiadora", "torne-se apoiador",
            "com o seu apoio", "graças ao seu apoio", "apoie-nos", "doe qualquer",
            "contribua agora", "apoie agora",
        ]),
        cue(Donation).weight(0.5).phrases(&["doaç*", "doador*", "apoiador*"]),
        cue(Donation).phrases(&["qualquer valor"]),
        ask(Membership).phrases(&["seja membro", "torne-se membro", "torne-se sócio", "seja sócio", "faça parte da comunidade", "junte-se a nós"]),
        ask(Subscription).phrases(&["cancele quando quiser", "primeiro mês grátis", "assine a partir", "assine por"]),
        cue(Subscription).phrases(&["assinante*", "assinatura*"]),
        ask(Paywall).weight(3.5).phrases(&["cadastre-se para continuar", "você atingiu o limite", "matérias gratuitas", "textos gratuitos", "conteúdo exclusivo", "para continuar a ler"]),
        ask(Newsletter).phrases(&["inscreva-se", "receba as principais", "receba gratuitamente", "seu melhor e-mail", "o seu e-mail", "cancelar a inscrição", "subscreva a newsletter"]),
        cue(Newsletter).phrases(&["newsletter*", "política de privacidade"]),
        ask(App).phrases(&["baixe o app", "baixe nosso app"]),
        cue(App).phrases(&["na app store", "no google play"]),
        ask(Cookie).phrases(&["aceitar todos", "rejeitar todos", "gerenciar cookies", "este site usa cookies", "gerenciar consentimento"]),
        ask(Social).phrases(&["siga o canal", "siga a página", "siga nosso canal", "entre no nosso canal", "partilhe", "siga-nos no"]),
        label(Related).phrases(&["leia também", "veja também", "leia mais", "mais lidas", "relacionadas", "saiba mais"]),
        ask(Credit).max_words(40).phrases(&[
            "é jornalista", "é repórter", "é correspondente", "colaborou com esta", "publicado originalmente",
            "tradução de",
        ]),
        line(Credit).max_words(10).phrases(&["foto:", "fotos:", "texto:", "edição:", "reportagem:"]),
        label_any().phrases(&["aceitar todos", "rejeitar", "entrar", "cadastrar", "inscrever", "ler mais", "ver mais"]),
        outlet(Donation).phrases(&[
            "veículo independente", "mídia independente", "sem publicidade", "sem paywall", "gratuito para todos",
            "sem fins lucrativos", "independente e sem fins lucrativos", "acesso livre",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["apoie o jornalismo independente", "antes de continuar", "precisamos de você", "precisamos da sua ajuda"]),
        ask(Donation).weight(3.5).phrases(&[
            "contribua a partir de", "apoie a partir de", "assine e apoie", "seja um apoiador", "faça uma contribuição",
            "contribuição única", "doação única", "leitores como você", "sem o seu apoio",
            "jornalismo de qualidade custa",
        ]),
        cue(Donation).weight(1.0).phrases(&["pix", "financiamento coletivo"]),
        ask(Paywall).weight(3.5).phrases(&["assine para ler", "assine para continuar", "faça login para", "entre para continuar", "conteúdo para assinantes"]),
        ask(Subscription).phrases(&["oferta especial", "assinatura anual", "primeiro mês por"]),
        ask(Newsletter).phrases(&["inscreva-se na nossa newsletter", "cadastre seu e-mail", "digite seu e-mail", "obrigado por se inscrever", "receba no seu email"]),
        ask(App).phrases(&["instale o app", "instale o aplicativo"]),
        ask(Cookie).phrases(&["nós usamos cookies", "ao continuar navegando", "utilizamos cookies e tecnologias"]),
        ask(Social).phrases(&["siga-nos nas redes", "siga nas redes sociais", "compartilhe no whatsapp", "canal do whatsapp", "receba notícias no whatsapp"]),
        line(Related).max_words(24).phrases(&["leia mais sobre", "notícias relacionadas", "matérias relacionadas", "conteúdo relacionado", "recomendadas", "últimas notícias"]),
        line(Credit).max_words(10).phrases(&["com reportagem de", "colaboração para", "da redação"]),
        label_any().phrases(&["lembrar depois", "entendi", "ok, entendi", "concordo", "continuar lendo", "ler depois"]),
        // European Portuguese, beside the Brazilian forms above: "subscrever" for "assinar" and
        // "inscrever-se", "recusar" for "rejeitar", and the masculine "relacionados".
        label_any().phrases(&["subscrever", "recusar", "recusar todos", "mais opções", "relacionados"]),
        line(Related).max_words(24).phrases(&["artigos relacionados", "relacionados"]),
        ask(Newsletter).phrases(&["ao subscrever", "subscreva gratuitamente"]),
        cue(Newsletter).phrases(&["na sua caixa de correio"]),
        ask(Cookie).phrases(&["utilizam cookies", "os seus parceiros utilizam"]),
        outlet(Donation).phrases(&["sem anúncios", "sem patrocinadores", "organização sem fins lucrativos", "mantido por leitores", "financiado por leitores"]),
        // Also news wording: "que o Brasil faça parte da OCDE", "golpistas pedem a chave Pix", "a
        // contribuição mensal ao INSS", "não compartilhe sua senha", "com informações da Polícia
        // Federal, o jornal revelou", "a assinatura digital de documentos", "à venda por apenas R$ 10".
        // Cues, or asks in a narrower place.
        cue(Donation).weight(2.0).phrases(&["faça parte", "chave pix", "contribuição mensal", "contribua com", "doação mensal"]),
        // "a partir de janeiro": the commonest of time phrases, weak evidence of a price.
        cue(Donation).weight(1.0).phrases(&["a partir de"]),
        ask(Donation).weight(3.5).phrases(&["faça parte da nossa", "faça parte dessa", "contribua com o nosso", "contribua com a nossa"]),
        cue(Social).phrases(&["compartilhe"]),
        ask(Social).at(Start).max_words(5).phrases(&["compartilhe"]),
        cue(Credit).phrases(&["com informações da", "com informações do"]),
        line(Credit).max_words(8).phrases(&["com informações da", "com informações do"]),
        cue(Subscription).weight(2.0).phrases(&["plano digital", "acesso ilimitado", "assinatura digital", "planos a partir", "por apenas r$"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        ask(Donation).weight(3.5).phrases(&["apoia-nos com", "apoie-nos com", "doar via pix", "doe via pix", "qualquer valor ajuda", "qualquer quantia ajuda"]),
        cue(Donation).weight(2.0).phrases(&["pequeno donativo", "do que fazemos", "fazer a diferença"]),
        cue(Donation).weight(0.5).phrases(&["donativo*"]),
        label_any().phrases(&["quero ser membro", "quero apoiar", "quero assinar", "doar mensalmente", "doar uma vez"]),
        ask(App).phrases(&["baixe grátis o nosso", "descarrega a nossa app"]),
        line(Credit).max_words(6).phrases(&["colaborou", "colaboraram"]),
        // Both registers of the same asks ("tu" and "você"), in Portugal and in Brazil.
        ask(Subscription).phrases(&["assina já", "assina agora", "já és assinante"]),
        ask(Newsletter).phrases(&["subscreva a nossa newsletter", "subscreve a nossa newsletter", "inscreve-te na nossa", "no teu e-mail", "na tua caixa de correio"]),
        ask(Donation).weight(3.5).phrases(&["apoia o nosso jornalismo", "faz uma doação", "faz um donativo", "faça um donativo"]),
        ask(Social).phrases(&["segue-nos"]),
        ask(Membership).phrases(&["torna-te membro"]),
        ask(Cookie).phrases(&["este site utiliza cookies"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["leitores como tu", "pedimos uma contribuição"]),
        cue(Donation).phrases(&["contribuição livre", "pode nos dar uma força"]),
        label_any().phrases(&["quero contribuir", "sim, eu apoio", "eu apoio"]),
        cue(Membership).phrases(&["entre para o clube", "clube de amigos"]),
        cue(Paywall).weight(2.0).phrases(&["acesso completo", "leituras gratuitas"]),
        cue(Newsletter).phrases(&["sem spam", "cancelar quando quiser", "escolhido a dedo"]),
        ask(App).phrases(&["instala a app"]),
        cue(App).weight(2.0).phrases(&["ative as notificações"]),
        cue(Cookie).weight(2.0).phrases(&["tecnologias de rastreamento", "alterar as suas escolhas"]),
        label_any().phrases(&["permitir todos", "rejeitar todos"]),
        ask(Credit).max_words(30).phrases(&["escreva para ele em", "escreva para ela em"]),
        ask(Social).phrases(&["envie-o para os seus amigos", "envie para os seus amigos", "compartilhe com seus amigos"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["sobre o autor", "sobre a autora", "sobre os autores", "quem é o autor", "mais do autor", "mais da autora", "todos os artigos de", "outros artigos de"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["o autor é", "a autora é", "o autor foi", "a autora foi", "os autores são"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["é jornalista freelancer", "é jornalista independente", "é repórter do", "é repórter da", "é colunista do", "é colunista da"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["ir para o conteúdo", "pular para o conteúdo", "saltar para o conteúdo", "pular para o conteúdo principal", "ir para o conteúdo principal"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["deixe um comentário", "deixe seu comentário", "deixe o seu comentário", "escreva um comentário", "adicionar comentário", "ver comentários", "os comentários estão fechados", "comentários dos leitores"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["comentários"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["comentários"]),
        ask(Other).part(Comments).phrases(&["para deixar um comentário", "os comentários são moderados", "regras de comentários", "faça login para comentar", "ao enviar um comentário"]),
        ask(Other).part(Disclaimer).phrases(&["as opiniões expressas neste", "as opiniões expressas nos", "de responsabilidade exclusiva do autor", "de inteira responsabilidade do autor", "são de responsabilidade do autor"]),
        cue(Other).part(Disclaimer).phrases(&["não refletem necessariamente", "não reflete necessariamente"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["próxima página", "página seguinte", "página anterior", "página 1 de", "reportar erro", "comunicar erro", "envie sua notícia"]),
        ask(Other).part(Navigation).phrases(&["este site funciona melhor", "seu navegador está desatualizado", "o seu navegador está desatualizado", "ative o javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms ("tu" in
        // Portugal beside "você").
        header(Donation).max_words(14).phrases(&["apoia o jornalismo", "precisamos de ti", "precisamos da tua ajuda"]),
        ask(Donation).weight(3.5).phrases(&[
            "tua doação", "tua contribuição", "precisamos do teu apoio", "faz a tua doação", "torna-te apoiador",
            "com o teu apoio", "graças ao teu apoio", "sem o teu apoio",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["gostaste deste artigo", "gostaste desta reportagem", "gostaste deste texto"]),
        ask(Membership).phrases(&["torna-te sócio", "junta-te a nós"]),
        ask(Subscription).weight(3.5).phrases(&["torna-te assinante"]),
        ask(Subscription).phrases(&["cancela quando quiseres"]),
        ask(Paywall).weight(3.5).phrases(&["faz login", "atingiste o limite", "assina para ler"]),
        ask(Newsletter).weight(3.5).phrases(&["assina a nossa newsletter", "recebe a nossa newsletter", "regista-te"]),
        ask(Newsletter).phrases(&[
            "inscreve-te", "recebe no teu e-mail", "recebe no teu email", "o teu e-mail", "subscreve a newsletter",
            "obrigado por te inscreveres", "subscreve gratuitamente",
        ]),
        ask(App).phrases(&["descarrega a app"]),
        ask(Social).phrases(&["partilha este artigo", "envia-o para os teus amigos", "partilha com os teus amigos"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "leia ainda", "veja ainda", "lê também", "vê também", "ler também", "confira também",
            "assista também", "pode interessar-lhe", "pode também interessar-lhe", "também lhe pode interessar",
            "pode interessar-te", "também te pode interessar", "talvez você goste", "você pode se interessar",
            "você também pode se interessar", "também pode gostar", "poderá também gostar", "pode também gostar",
            "não deixe de ler", "relacionado:", "não perca:",
        ]),
        line(Related).max_words(6).phrases(&[
            "as mais lidas", "os mais lidos", "mais lidos", "mais vistos", "mais vistas", "mais populares",
            "mais partilhadas", "mais compartilhadas", "mais comentadas", "recomendado para você", "recomendados para você",
            "sugestões para você", "notícias em destaque", "outras notícias", "outros artigos", "mais artigos",
            "leitura recomendada", "leituras recomendadas", "assuntos relacionados", "notícias recomendadas",
            "escolhas do editor",
        ]),
        line(Related).max_words(4).phrases(&["em destaque", "recomendados", "não perca", "mais sobre"]),
        label(Related).phrases(&[
            "leia ainda", "veja mais", "não perca", "em destaque", "destaques", "recomendados", "recomendadas",
            "recomendado para você", "mais lidos", "os mais lidos", "as mais lidas", "mais vistos", "mais populares",
            "últimas notícias", "últimas", "mais notícias", "outras notícias", "notícias relacionadas",
            "artigos relacionados", "conteúdo relacionado", "assuntos relacionados", "você pode gostar",
            "você também pode gostar", "também pode gostar", "pode interessar-lhe",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "armazenar e/ou aceder a informações num dispositivo", "acedemos a informações num dispositivo",
            "medição de anúncios e conteúdos", "perspetivas sobre o público e desenvolvimento de produtos",
            "identificação através da procura de dispositivos", "efetuamos o seguinte processamento de dados",
        ]),
        label_any().phrases(&[
            "aceitar tudo", "rejeitar tudo", "gerir opções", "gerenciar opções", "consentir", "não consentir",
            "não concordo", "aceitar todos os cookies",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "este artigo faz parte da série", "este artigo faz parte de uma série", "este artigo faz parte do especial",
            "este artigo faz parte de um especial", "este artigo faz parte da nossa", "este artigo faz parte do nosso",
            "este artigo faz parte da cobertura", "este artigo faz parte da parceria",
            "este artigo faz parte de uma parceria", "este artigo é parte da série", "este artigo é parte de uma série",
            "este artigo é parte do especial", "este artigo é parte de um especial", "este artigo é parte da nossa",
            "este artigo é parte do nosso", "este artigo é parte da cobertura", "este artigo é parte da parceria",
            "este artigo é parte de uma parceria", "esta história faz parte da série",
            "esta história faz parte de uma série", "esta história faz parte do especial",
            "esta história faz parte de um especial", "esta história faz parte da nossa",
            "esta história faz parte do nosso", "esta história faz parte da cobertura",
            "esta história faz parte da parceria", "esta história faz parte de uma parceria",
            "esta matéria faz parte da série", "esta matéria faz parte de uma série",
            "esta matéria faz parte do especial", "esta matéria faz parte de um especial",
            "esta matéria faz parte da nossa", "esta matéria faz parte do nosso", "esta matéria faz parte da cobertura",
            "esta matéria faz parte da parceria", "esta matéria faz parte de uma parceria",
            "esta matéria é parte da série", "esta matéria é parte de uma série", "esta matéria é parte do especial",
            "esta matéria é parte de um especial", "esta matéria é parte da nossa", "esta matéria é parte do nosso",
            "esta matéria é parte da cobertura", "esta matéria é parte da parceria",
            "esta matéria é parte de uma parceria", "esta reportagem faz parte", "esta reportagem é parte",
            "este conteúdo faz parte", "esta entrevista faz parte", "este especial faz parte", "esta reportagem integra",
            "este artigo integra a série", "este artigo integra o especial", "esta reportagem insere-se",
            "esta reportagem foi produzida", "esta reportagem foi realizada", "esta reportagem foi feita",
            "esta reportagem foi financiada", "esta reportagem contou com", "esta reportagem é financiada",
            "esta reportagem é publicada", "este artigo foi produzido", "este artigo foi realizado",
            "este artigo foi financiado", "este artigo contou com", "este artigo é publicado",
            "esta matéria foi produzida", "esta matéria foi realizada", "esta matéria contou com",
            "esta publicação foi produzida com", "esta publicação foi elaborada com", "esta reportagem é a primeira",
            "esta reportagem é a segunda", "esta reportagem é a última", "este é o primeiro artigo da série",
            "este é o primeiro artigo de uma série", "este é o segundo artigo da série",
            "este é o segundo artigo de uma série",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["ver também", "notícia relacionada", "artigo relacionado", "matéria relacionada"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["posts relacionados", "publicações relacionadas", "artigos semelhantes", "posts recentes", "artigos recentes", "posts populares"]),
        header(Donation).max_words(12).phrases(&["gostou desta matéria", "gostou desta notícia", "gostou do artigo", "este artigo foi útil", "achou este artigo útil", "gostou do conteúdo"]),
        label(Social).phrases(&["curtir isso", "gostar disto", "compartilhar no"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["ouvir artigo", "ouvir notícia", "ouvir matéria"]),
        chrome(Other).max_words(5).phrases(&["ouvir este artigo", "ouça este artigo", "ouvir a notícia", "ouça a notícia", "ouça esta notícia", "ouvir o texto", "ouça o texto", "versão em áudio"]),
        chrome(Social).max_words(5).phrases(&["assistir no youtube", "ver no youtube"]),
        chrome(Social).max_words(7).phrases(&["ver essa foto no instagram", "ver esta publicação no instagram", "ver essa publicação no instagram"]),
        chrome(Social).max_words(10).phrases(&["uma publicação compartilhada por", "uma publicação partilhada por"]),
        chrome(Social).max_words(15).phrases(&["♬ som original"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["cancelar resposta", "publicar comentário", "nenhum comentário"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["deixe uma resposta"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["seja o primeiro a comentar"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["seu comentário está aguardando moderação"]),
        chrome(Other).part(Comments).max_words(14).phrases(&["você precisa fazer o login para publicar um comentário", "tem de iniciar a sessão para publicar um comentário"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["o seu endereço de e-mail não será publicado", "seu endereço de e-mail não será publicado"]),
        chrome(Other).part(Comments).max_words(20).phrases(&["salvar meus dados neste navegador"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["guardar o meu nome, email e site neste navegador"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["encontrou um erro?", "encontrou algum erro?", "viu algum erro?"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["para saber mais:", "leitura recomendada:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. de leitura", "minuto de leitura"]),
        line(Other).max_words(45).phrases(&["este conteúdo foi produzido", "esta série faz parte", "esta série foi produzida", "este texto faz parte", "este texto foi produzido", "este texto é parte"]),
        label(Credit).phrases(&["leia o artigo original"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artigo gratuito", "artigo grátis", "artigos grátis", "matéria gratuita", "reportagem gratuita", "notícia gratuita", "notícias gratuitas", "artigos restantes", "reportagens por mês"]),
        ask(Paywall).max_words(30).phrases(&["este é o seu último artigo gratuito", "este é o teu último artigo gratuito", "esta é sua última matéria gratuita", "o seu último artigo gratuito", "seu último artigo gratuito", "você atingiu o limite de", "você atingiu o limite de matérias gratuitas", "atingiu o limite de artigos gratuitos", "você leu todos os seus artigos gratuitos", "esgotou os seus artigos gratuitos", "esgotou os artigos gratuitos", "você atingiu o limite de leitura"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["o restante deste artigo é exclusivo para assinantes", "o resto do artigo é exclusivo para assinantes", "este artigo é exclusivo para assinantes", "assine para continuar lendo", "deste artigo por ler", "leia a matéria completa"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["espaço publicitário"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["continua após a publicidade", "continua depois da publicidade", "continua após o anúncio", "a matéria continua após a publicidade", "o artigo continua após a publicidade", "o artigo continua após o anúncio", "o texto continua após a publicidade", "a reportagem continua após a publicidade", "a notícia continua após a publicidade", "continue lendo após a publicidade", "continue a ler após a publicidade", "continua a ler após a publicidade"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["conteúdo patrocinado", "conteúdo de marca", "conteúdo pago", "conteúdo publicitário", "conteúdo de parceiro", "informe publicitário", "parceria paga", "oferecido por", "apresentado por"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["este artigo contém links de afiliados", "este texto contém links de afiliados", "este conteúdo contém links de afiliados", "podemos receber uma comissão", "podemos ganhar uma comissão", "recebemos uma comissão", "podemos ser remunerados", "como associado da amazon", "como associada da amazon", "se você comprar por meio dos nossos links", "se comprar através dos nossos links", "ao comprar pelos links"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["é proibida a reprodução", "proibida a reprodução", "reprodução proibida", "é proibida a reprodução total ou parcial", "reprodução não autorizada", "proibida a reprodução sem autorização"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["assine a newsletter", "receba a newsletter", "cadastre-se na newsletter", "receba as notícias no seu email"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["descarregue a aplicação", "baixe o app grátis"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["comente esta notícia", "comentários encerrados", "mostrar comentários", "inicie sessão para comentar"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["foto de arquivo", "arquivo pessoal", "acervo pessoal", "imagem ilustrativa", "foto ilustrativa", "direitos reservados"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["reproduzir vídeo", "tocar vídeo"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["reprodutor de vídeo", "leitor de vídeo", "ouça este conteúdo", "reprodutor de áudio", "player de áudio"]),
        chrome(Other).part(Player).weight(2.5).max_words(7).phrases(&["isso é uma janela-modal"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tags", "etiquetas", "palavras-chave", "palavras chave"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["titular da conta", "número da conta", "nº da conta", "n.º da conta", "chave pix", "nib"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["inscreva-se já", "quero me cadastrar", "quero receber", "quero me inscrever", "subscrever newsletter", "assinar newsletter", "receber newsletter", "seu e-mail", "seu email", "o seu email", "digite seu email", "insira o seu email", "introduza o seu email", "endereço de e-mail"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["subscreva", "enviar"]),
        label(Subscription).phrases(&["assinar agora", "ver ofertas", "ver planos", "conheça os planos", "conheça nossos planos", "aproveite a oferta", "teste grátis", "experimente grátis", "comece o seu teste gratuito", "fazer login", "iniciar sessão", "já é assinante? faça login", "já é assinante? entre", "já é assinante? entrar", "já sou assinante", "já tem conta? inicie sessão"]),
        label(App).phrases(&["baixar na app store", "descarregar na app store", "disponível na app store", "disponível no google play", "disponível na google play", "explore no appgallery", "baixar o aplicativo", "descarregar a aplicação", "abrir no app", "abrir na app", "abrir no aplicativo", "instalar o app", "baixar agora"]),
        label(Donation).phrases(&["fazer uma doação", "quero doar", "única vez", "todo mês", "outro valor", "outro montante", "fazer um donativo", "doação recorrente", "escolha um valor", "digite outro valor", "apoiar mensalmente", "finalizar doação", "contribuir agora"]),
        label(Social).phrases(&["copiar link", "copiar o link", "link copiado", "copiado para a área de transferência", "enviar por e-mail", "enviar por email", "compartilhar por e-mail", "compartilhar no facebook", "compartilhar no x", "compartilhar no twitter", "compartilhar no whatsapp", "compartilhar no linkedin", "partilhar no facebook", "partilhar no whatsapp", "partilhar no x", "enviar por whatsapp"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["imprimir"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["ao se cadastrar, você concorda", "ao se inscrever, você concorda", "ao assinar, você concorda", "ao clicar em", "ao se cadastrar você concorda", "ao subscrever, concorda", "ao subscrever a newsletter", "ao inscrever-se, aceita", "ao submeter este formulário", "você pode cancelar a qualquer momento", "você pode cancelar sua inscrição a qualquer momento", "você pode se descadastrar a qualquer momento", "pode cancelar a subscrição a qualquer momento", "pode anular a subscrição a qualquer momento", "li e aceito", "concordo com a política de privacidade", "aceito receber comunicações", "autorizo o envio", "nunca compartilharemos seu", "não compartilhamos seus dados", "este site é protegido pelo recaptcha", "verifique sua caixa de entrada", "verifique a sua caixa de correio", "confirme sua inscrição"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["gostou do que leu", "quer receber mais notícias como esta", "quer mais histórias como esta", "não quer perder nada", "não quer perder nenhuma notícia", "esta matéria foi útil", "quer saber mais", "quer continuar bem informado", "valoriza o nosso jornalismo", "curtiu este conteúdo", "curtiu esta matéria", "valoriza o nosso trabalho", "quer ficar por dentro", "quer receber nossas notícias"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["diz", "afirma", "explica", "acrescentou", "adiantou", "sublinhou", "destacou", "ressaltou", "salientou", "frisou", "garantiu", "assegurou", "confirmou", "anunciou", "negou", "admitiu", "reconheceu", "alertou", "advertiu", "lembrou", "recordou", "respondeu", "perguntou", "escreveu", "informou", "relatou", "disseram", "explicaram", "acrescenta", "em entrevista a", "em entrevista ao", "em entrevista à", "em declarações à", "em declarações ao", "citado por"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogaleria"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ver galeria", "abrir galeria", "fechar galeria", "próxima imagem", "imagem anterior", "próxima foto", "foto anterior", "tela cheia"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["galeria de fotos", "galeria de imagens"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["ver todas as fotos"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["atualizar"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["ao vivo", "em direto", "carregar mais", "últimas atualizações"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["acompanhe ao vivo", "siga em direto", "minuto a minuto"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["salvar", "traduzir"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["guardar artigo", "aumentar fonte", "diminuir fonte"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["tamanho da fonte", "tamanho do texto"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["reproduzir", "pausar", "silenciar"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ver vídeo", "ativar som", "reprodução automática"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["assista ao vídeo", "velocidade de reprodução"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["gostou do texto"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["obrigado por ler", "obrigado pela leitura", "obrigada pela leitura", "obrigado por nos ler", "se chegou até aqui"]),
        cue(Donation).weight(2.0).phrases(&["cada doação será dobrada"]),
        cue(Donation).weight(2.0).phrases(&["escolha o valor", "o valor que puder", "mesmo um pequeno valor", "pague quanto quiser"]),
        cue(Subscription).phrases(&["a edição digital", "leia a edição impressa", "a edição impressa", "a edição em papel", "receba o jornal em casa"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["permitir agora não", "agora não permitir", "permitir mais tarde", "mais tarde permitir", "permitir bloquear", "bloquear permitir", "permitir não, obrigado", "não, obrigado permitir", "permitir cancelar", "cancelar permitir"]),
        cue(App).phrases(&["receber notificações", "ativar notificações", "notificações push"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["já apoio", "já sou apoiador", "já contribuo", "quero ser doador", "já sou doador", "quero ajudar"]),
        label(Membership).phrases(&["quero ser sócio", "já sou sócio", "quero fazer parte", "já sou membro"]),
        label(Subscription).phrases(&["quero subscrever"]),
        label(Newsletter).phrases(&["quero receber a newsletter"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["leia também:", "leia tambem:", "lê também:", "leia ainda:", "veja também:", "veja tambem:", "saiba mais:", "confira também:", "assista também:", "ouça também:", "notícias relacionadas:", "você pode gostar:", "pode interessar-lhe:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["tv ao vivo", "rádio ao vivo", "ouça ao vivo", "ouvir em direto", "emissão em direto"]),
        ask(Social).max_words(30).phrases(&["siga o nosso canal", "junte-se ao nosso canal", "adira ao nosso canal", "nosso canal no whatsapp", "nosso canal no telegram"]),
        label(Social).phrases(&["entrar no canal", "seguir canal"]),
        line(Subscription).max_words(10).phrases(&["leia a edição digital", "edição digital de hoje"]),
        label(Subscription).phrases(&["e-paper", "epaper", "edição digital", "edição impressa"]),
        ask(Other).part(Comments).max_words(60).phrases(&["os comentários são de responsabilidade", "não representam a opinião deste", "a redação reserva-se o direito", "a redação se reserva o direito", "os comentários estão sujeitos a moderação", "apenas assinantes podem comentar"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["envie sua sugestão de pauta", "tem uma sugestão de pauta", "envie a sua notícia", "fale com a redação", "envie-nos as suas fotos"]),
        label(Other).phrases(&["sugira uma pauta", "envie sua sugestão", "contacte a redação"]),
        ask(Ad).max_words(35).phrases(&["vote no seu favorito", "vote no seu preferido", "participe da promoção", "participe no passatempo", "garanta já o seu lugar"]),
        label(Ad).phrases(&["comprar ingressos", "compre seu ingresso", "comprar bilhetes", "garanta seu ingresso"]),
        ask(Ad).max_words(35).phrases(&["trabalhe conosco", "trabalhe connosco", "junte-se à nossa redação", "junte-se à nossa equipa", "procuramos jornalistas"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["campos obrigatórios são marcados com", "campos obrigatórios marcados com", "seu endereço de email não será publicado", "para a próxima vez que eu comentar", "o seu comentário aguarda moderação", "comentários ofensivos não serão publicados", "seu comentário será publicado após"]),
        label(Other).part(Comments).phrases(&["enviar comentário", "postar comentário", "comentar"]),
    ],
    we: &["nós", "nosso", "nossa", "nossos", "nossas"],
    you: &["você", "vocês", "seu", "sua", "tu", "teu", "tua", "teus", "tuas", "o senhor", "a senhora"],
};
