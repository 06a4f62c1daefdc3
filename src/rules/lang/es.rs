//! Spanish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "es",
    entries: &[
        e(Header, Some(Donation), Start, 4.0, 14, &["un mensaje de", "apóyanos", "apoya el periodismo", "antes de que te vayas"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &["haz una donación", "hacer una donación", "dona ahora", "tu donación", "apóyanos", "cada aportación"]),
        e(Cue, Some(Donation), Any, 1.5, 0, &["tu apoyo", "periodismo independiente", "nuestro trabajo", "al mes", "por mes"]),
        e(Salutation, Some(Donation), Start, 2.5, 6, &["queridos lectores", "querido lector", "querida lectora", "estimados lectores"]),
        e(Ask, Some(Membership), Any, 3.0, 0, &["hazte socio", "hazte socia", "hazte socio o socia", "hazte miembro"]),
        e(Ask, Some(Subscription), Any, 3.0, 0, &["suscríbete", "ya eres suscriptor", "suscribirse", "exclusivo para suscriptores"]),
        e(Ask, Some(Newsletter), Any, 3.0, 0, &["nuestro boletín", "suscríbete al boletín", "nuestra newsletter", "recibe en tu correo"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["utilizamos cookies", "usamos cookies", "política de cookies", "aceptar cookies"]),
        e(Ask, Some(Social), Any, 3.0, 0, &["síguenos en", "comparte este artículo", "compartir en"]),
        e(Line, Some(Related), Start, 3.0, 14, &["lee también", "lea también", "te puede interesar", "noticias relacionadas", "más información", "también te puede interesar", "lo más leído"]),
        e(Label, Some(Ad), Whole, 3.0, 0, &["publicidad", "patrocinado"]),
        e(Chrome, Some(Other), Start, 3.0, 12, &["has elegido la edición", "sobre este blog", "ir al contenido", "todos los derechos reservados", "comentarios"]),
        e(Label, None, Whole, 3.0, 0, &["ahora no", "no, gracias", "no gracias", "cerrar", "más tarde", "una vez", "mensual", "anual", "compartir", "continuar", "aceptar", "rechazar"]),
        e(Ask, Some(Donation), Any, 3.5, 0, &[
            "apoya el periodismo", "apoya nuestro periodismo", "colabora con", "haz una aportación", "hazte socio",
            "hazte socia", "tu apoyo es", "tu aportación", "necesitamos tu apoyo", "únete a",
        ]),
        e(Ask, Some(Paywall), Any, 3.5, 0, &["para seguir leyendo", "contenido exclusivo para", "ya eres suscriptor", "inicia sesión", "suscríbete para"]),
        e(Ask, Some(Newsletter), Any, 3.5, 0, &["suscríbete a nuestro boletín", "recibe nuestro boletín", "apúntate a", "nuestras newsletters"]),
        e(Header, Some(Donation), Start, 3.5, 12, &["te ha gustado este artículo", "¿te ha gustado este artículo"]),
        e(Cue, Some(Donation), Any, 2.0, 0, &["financiado por sus lectores", "gracias a nuestros socios", "gracias a sus socios", "gracias a nuestros lectores", "periodismo es independiente"]),
        e(Label, Some(Donation), Whole, 3.0, 0, &["colabora", "apoya", "dona", "suscríbete", "hazte socio", "hazte socia"]),
        e(Line, Some(Credit), Start, 3.0, 8, &["con información de", "con agencias", "con información de agencias"]),
        e(Line, Some(Related), Start, 3.0, 8, &["te recomendamos", "también te puede gustar", "más noticias", "lo más visto"]),
        e(Body, None, Start, -3.0, 0, &["corrección:", "actualización:", "nota de la redacción", "fe de errores"]),
        e(Body, None, Any, -1.5, 0, &["dijo", "afirmó", "según", "declaró", "explicó", "aseguró", "señaló"]),
        // Paywall meters and inbox promises, as every language words them.
        e(Ask, Some(Paywall), Any, 3.5, 0, &["artículos gratuitos", "has alcanzado el límite"]),
        e(Ask, Some(Paywall), Start, 3.0, 20, &["has leído"]),
        e(Cue, Some(Newsletter), Any, 2.0, 0, &["en tu bandeja de entrada", "en tu correo", "en tu email"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        e(Ask, Some(App), Any, 3.0, 0, &["descarga nuestra app", "descarga la app", "descarga nuestra aplicación", "descárgate la app"]),
        e(Cue, Some(App), Any, 1.5, 0, &["nuestra app", "nuestra aplicación"]),
        e(Ask, Some(Cookie), Any, 3.0, 0, &["utiliza cookies", "usa cookies"]),
    ],
    we: &["nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "nos"],
    you: &["tú", "tu", "tus", "te", "usted", "ustedes", "vosotros"],
};
