//! Spanish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "es",
    entries: &[
        header(Donation).max_words(14).phrases(&["un mensaje de", "apóyanos", "apoya el periodismo", "antes de que te vayas"]),
        ask(Donation).weight(3.5).phrases(&["haz una donación", "hacer una donación", "dona ahora", "tu donación", "apóyanos", "cada aportación"]),
        cue(Donation).phrases(&["tu apoyo", "periodismo independiente", "nuestro trabajo", "al mes", "por mes"]),
        salutation(Donation).max_words(6).phrases(&["queridos lectores", "querido lector", "querida lectora", "estimados lectores"]),
        ask(Membership).phrases(&["hazte socio", "hazte socia", "hazte socio o socia", "hazte miembro"]),
        ask(Subscription).phrases(&["suscríbete", "ya eres suscriptor", "suscribirse", "exclusivo para suscriptores"]),
        ask(Newsletter).phrases(&["nuestro boletín", "suscríbete al boletín", "nuestra newsletter", "recibe en tu correo"]),
        ask(Cookie).phrases(&["utilizamos cookies", "usamos cookies", "política de cookies", "aceptar cookies"]),
        ask(Social).phrases(&["síguenos en", "comparte este artículo", "compartir en"]),
        line(Related).max_words(14).phrases(&["lee también", "lea también", "te puede interesar", "noticias relacionadas", "más información", "también te puede interesar", "lo más leído"]),
        label(Ad).phrases(&["publicidad", "patrocinado"]),
        chrome(Other).max_words(12).phrases(&["has elegido la edición", "sobre este blog", "ir al contenido", "todos los derechos reservados", "comentarios"]),
        label_any().phrases(&["ahora no", "no, gracias", "no gracias", "cerrar", "más tarde", "una vez", "mensual", "anual", "compartir", "continuar", "aceptar", "rechazar"]),
        ask(Donation).weight(3.5).phrases(&[
            "apoya el periodismo", "apoya nuestro periodismo", "colabora con", "haz una aportación", "hazte socio",
            "hazte socia", "tu apoyo es", "tu aportación", "necesitamos tu apoyo", "únete a",
        ]),
        ask(Paywall).weight(3.5).phrases(&["para seguir leyendo", "contenido exclusivo para", "ya eres suscriptor", "inicia sesión", "suscríbete para"]),
        ask(Newsletter).weight(3.5).phrases(&["suscríbete a nuestro boletín", "recibe nuestro boletín", "apúntate a", "nuestras newsletters"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["te ha gustado este artículo", "¿te ha gustado este artículo"]),
        cue(Donation).weight(2.0).phrases(&["financiado por sus lectores", "gracias a nuestros socios", "gracias a sus socios", "gracias a nuestros lectores", "periodismo es independiente"]),
        label(Donation).phrases(&["colabora", "apoya", "dona", "suscríbete", "hazte socio", "hazte socia"]),
        line(Credit).max_words(8).phrases(&["con información de", "con agencias", "con información de agencias"]),
        line(Related).max_words(8).phrases(&["te recomendamos", "también te puede gustar", "más noticias", "lo más visto"]),
        body().at(Start).weight(-3.0).phrases(&["corrección:", "actualización:", "nota de la redacción", "fe de errores"]),
        body().phrases(&["dijo", "afirmó", "según", "declaró", "explicó", "aseguró", "señaló"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["artículos gratuitos", "has alcanzado el límite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["has leído"]),
        cue(Newsletter).weight(2.0).phrases(&["en tu bandeja de entrada", "en tu correo", "en tu email"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["descarga nuestra app", "descarga la app", "descarga nuestra aplicación", "descárgate la app"]),
        cue(App).phrases(&["nuestra app", "nuestra aplicación"]),
        ask(Cookie).phrases(&["utiliza cookies", "usa cookies"]),
    ],
    we: &["nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "nos"],
    you: &["tú", "tu", "tus", "te", "usted", "ustedes", "vosotros"],
};
