//! Portuguese.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "pt",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &["uma mensagem de", "apoie o", "apoie a", "apoie o jornalismo", "antes de ir"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &["faça uma doação", "doe agora", "sua doação", "apoie o nosso", "apoie nosso", "cada contribuição"]),
        e(Cue, Some(Donation), Any, 1.5, 0, &["seu apoio", "o seu apoio", "jornalismo independente", "nosso trabalho", "por mês"]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["caros leitores", "caro leitor", "cara leitora", "prezados leitores"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &["assine já", "assine agora", "já é assinante", "exclusivo para assinantes", "seja assinante"]),
        e(Header, Some(Subscription), Start, 3.0, 6, &["assine"]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &["nossa newsletter", "inscreva-se na newsletter", "receba no seu e-mail"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["usamos cookies", "utilizamos cookies", "política de cookies"]),
        e(Ask, Some(Social), Any, 3.0, 0, &["siga-nos", "compartilhe este artigo", "partilhe este artigo"]),
        e(Line, Some(Related), Start, 3.0, 14, &["leia também", "leia mais", "veja também", "saiba mais", "mais lidas", "relacionadas"]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["publicidade", "patrocinado"]),
        e(Chrome, Some(Other), Start, 3.0, 10, &["ir para o conteúdo", "todos os direitos reservados", "comentários"]),
        e(Label, None, Whole, 3.0, 0, &["agora não", "fechar", "mais tarde", "não, obrigado", "uma vez", "mensal", "anual", "compartilhar", "partilhar", "continuar", "aceitar"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "apoie o jornalismo", "apoie o nosso", "faça parte", "contribua com", "sua contribuição", "precisamos do seu apoio",
        ]),
        e(Ask, Some(Paywall), Any, 3.5, 0, &["para continuar lendo", "continue lendo", "já é assinante", "faça login", "conteúdo exclusivo para assinantes"]),
        e(Ask, Some(Newsletter), Any, 3.5, 0, &["assine nossa newsletter", "receba nossa newsletter", "cadastre-se"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["gostou deste artigo", "gostou desta reportagem", "gostou deste texto"]),
        e(Cue, Some(Donation), Any, 2.0, 0, &["financiado pelos leitores", "precisa do seu apoio", "jornalismo é independente", "contribua", "a partir de"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["apoiar", "apoie", "contribuir", "doar", "assinar", "assine"]),
        e(Line, Some(Credit), Start, 3.0, 8, &["com agências", "com informações de"]),
        e(Line, Some(Related), Start, 3.0, 8, &["você pode gostar", "você também pode gostar", "veja mais", "mais notícias", "leia mais:"]),
        e(Body, None, Start, -3.0, 0, &["correção:", "atualização:", "nota da redação"]),
        e(Body, None, Any, -1.5, 0, &["disse", "afirmou", "segundo", "declarou", "explicou"]),
        // Paywall meters and inbox promises, as every language words them.
        e(Ask, Some(Paywall), Any, 3.5, 0, &["artigos gratuitos", "reportagens gratuitas", "atingiu o limite"]),
        e(Ask, Some(Paywall), Start, 3.0, 20, &["você leu"]),
        e(Ask, Some(Subscription), Any, 3.5, 0, &["torne-se assinante", "seja assinante"]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["no seu e-mail", "na sua caixa de entrada", "no seu email"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["apoiar agora", "doar agora", "apoie agora"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        e(Ask, Some(App), Any, 3.0, 0, &["baixe nosso aplicativo", "baixe o aplicativo", "baixe o nosso aplicativo", "descarregue a app", "descarregue a nossa app"]),
        e(Cue, Some(App), Any, 1.5, 0, &["nosso aplicativo", "nossa app", "nossa aplicação"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["usa cookies", "utiliza cookies"]),
    ],
    we: &["nós", "nosso", "nossa", "nossos", "nossas"],
    you: &["você", "vocês", "seu", "sua", "teu", "tua"],
};
