//! Portuguese.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pt",
    entries: &[
        header(Donation).max_words(14).phrases(&["uma mensagem de", "apoie o", "apoie a", "apoie o jornalismo", "antes de ir"]),
        ask(Donation).weight(3.5).phrases(&["faça uma doação", "doe agora", "sua doação", "apoie o nosso", "apoie nosso", "cada contribuição"]),
        cue(Donation).phrases(&["seu apoio", "o seu apoio", "jornalismo independente", "nosso trabalho", "por mês"]),
        salutation(Donation).max_words(6).phrases(&["caros leitores", "caro leitor", "cara leitora", "prezados leitores"]),
        ask(Subscription).phrases(&["assine já", "assine agora", "já é assinante", "exclusivo para assinantes", "seja assinante"]),
        header(Subscription).weight(3.0).max_words(6).phrases(&["assine"]),
        ask(Newsletter).phrases(&["nossa newsletter", "inscreva-se na newsletter", "receba no seu e-mail"]),
        ask(Cookie).phrases(&["usamos cookies", "utilizamos cookies", "política de cookies"]),
        ask(Social).phrases(&["siga-nos", "compartilhe este artigo", "partilhe este artigo"]),
        line(Related).max_words(14).phrases(&["leia também", "leia mais", "veja também", "saiba mais", "mais lidas", "relacionadas"]),
        label(Ad).phrases(&["publicidade", "patrocinado"]),
        chrome(Other).max_words(10).phrases(&["ir para o conteúdo", "todos os direitos reservados", "comentários"]),
        label_any().phrases(&["agora não", "fechar", "mais tarde", "não, obrigado", "uma vez", "mensal", "anual", "compartilhar", "partilhar", "continuar", "aceitar"]),
        ask(Donation).weight(3.5).phrases(&[
            "apoie o jornalismo", "apoie o nosso", "faça parte", "contribua com", "sua contribuição", "precisamos do seu apoio",
        ]),
        ask(Paywall).weight(3.5).phrases(&["para continuar lendo", "continue lendo", "já é assinante", "faça login", "conteúdo exclusivo para assinantes"]),
        ask(Newsletter).weight(3.5).phrases(&["assine nossa newsletter", "receba nossa newsletter", "cadastre-se"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["gostou deste artigo", "gostou desta reportagem", "gostou deste texto"]),
        cue(Donation).weight(2.0).phrases(&["financiado pelos leitores", "precisa do seu apoio", "jornalismo é independente", "contribua", "a partir de"]),
        label(Donation).phrases(&["apoiar", "apoie", "contribuir", "doar", "assinar", "assine"]),
        line(Credit).max_words(8).phrases(&["com agências", "com informações de"]),
        line(Related).max_words(8).phrases(&["você pode gostar", "você também pode gostar", "veja mais", "mais notícias", "leia mais:"]),
        body().at(Start).weight(-3.0).phrases(&["correção:", "atualização:", "nota da redação"]),
        body().phrases(&["disse", "afirmou", "segundo", "declarou", "explicou"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["artigos gratuitos", "reportagens gratuitas", "atingiu o limite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["você leu"]),
        ask(Subscription).weight(3.5).phrases(&["torne-se assinante", "seja assinante"]),
        cue(Newsletter).weight(2.0).phrases(&["no seu e-mail", "na sua caixa de entrada", "no seu email"]),
        label(Donation).phrases(&["apoiar agora", "doar agora", "apoie agora"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["baixe nosso aplicativo", "baixe o aplicativo", "baixe o nosso aplicativo", "descarregue a app", "descarregue a nossa app"]),
        cue(App).phrases(&["nosso aplicativo", "nossa app", "nossa aplicação"]),
        ask(Cookie).phrases(&["usa cookies", "utiliza cookies"]),
    ],
    we: &["nós", "nosso", "nossa", "nossos", "nossas"],
    you: &["você", "vocês", "seu", "sua", "teu", "tua"],
};
