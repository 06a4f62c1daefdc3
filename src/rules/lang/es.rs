//! Spanish.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "es",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["tiempo de lectura", "min de lectura", "minutos de lectura"]),
        header(Donation).max_words(14).phrases(&["un mensaje de", "apóyanos", "apoya el periodismo", "antes de que te vayas"]),
        ask(Donation).weight(3.5).phrases(&["haz una donación", "hacer una donación", "dona ahora", "tu donación", "apóyanos"]),
        cue(Donation).phrases(&["tu apoyo", "periodismo independiente", "nuestro trabajo", "al mes", "por mes"]),
        salutation(Donation).max_words(6).phrases(&["queridos lectores", "querido lector", "querida lectora", "estimados lectores"]),
        ask(Membership).phrases(&["hazte socio", "hazte socia", "hazte socio o socia", "hazte miembro"]),
        ask(Subscription).phrases(&["suscríbete", "ya eres suscriptor", "suscribirse", "exclusivo para suscriptores"]),
        ask(Newsletter).phrases(&["nuestro boletín", "suscríbete al boletín", "nuestra newsletter", "recibe en tu correo"]),
        // The consent platforms' banner, as they translate it ("By clicking Accept All Cookies, you
        // agree to the storing of cookies on your device to enhance site navigation ...").
        ask(Cookie).phrases(&["acepta que las cookies se guarden", "cookies se guarden en su dispositivo"]),
        cue(Cookie).phrases(&["mejorar la navegación del sitio", "nuestros estudios para marketing"]),
        ask(Cookie).phrases(&["utilizamos cookies", "usamos cookies", "política de cookies", "aceptar cookies"]),
        ask(Social).phrases(&["síguenos en", "comparte este artículo", "compartir en"]),
        line(Related).max_words(24).phrases(&["artículo anterior", "artículo siguiente", "noticia anterior", "noticia siguiente", "lee también", "lea también", "te puede interesar", "le puede interesar", "noticias relacionadas", "también te puede interesar", "lo más leído"]),
        label(Ad).phrases(&["publicidad", "patrocinado"]),
        chrome(Other).max_words(12).phrases(&["has elegido la edición", "sobre este blog", "todos los derechos reservados",]),
        label_any().phrases(&["ahora no", "no, gracias", "no gracias", "cerrar", "más tarde", "una vez", "mensual", "anual", "compartir", "continuar", "aceptar", "rechazar"]),
        ask(Donation).weight(3.5).phrases(&[
            "apoya el periodismo", "apoya nuestro periodismo", "haz una aportación", 
            "tu apoyo es", "tu aportación", "necesitamos tu apoyo", "únete a",
        ]),
        ask(Paywall).weight(3.5).phrases(&["para seguir leyendo", "contenido exclusivo para", "suscríbete para"]),
        ask(Newsletter).weight(3.5).phrases(&["suscríbete a nuestro boletín", "recibe nuestro boletín", "apúntate a", "nuestras newsletters"]),
        header(Donation).weight(3.5).max_words(12).phrases(&["te ha gustado este artículo", "¿te ha gustado este artículo"]),
        cue(Donation).weight(2.0).phrases(&["financiado por sus lectores", "gracias a nuestros socios", "gracias a sus socios", "gracias a nuestros lectores", "periodismo es independiente"]),
        label(Donation).phrases(&["colabora", "apoya", "dona", "suscríbete", "hazte socio", "hazte socia"]),
        line(Credit).max_words(8).phrases(&["con información de", "con agencias", "con información de agencias"]),
        line(Related).max_words(8).phrases(&["te recomendamos", "también te puede gustar", "más noticias", "lo más visto"]),
        notice().phrases(&["corrección:", "actualización:", "nota de la redacción", "fe de errores"]),
        // Notices inside a line: the story says it was updated or corrected.
        notice().at(Any).phrases(&["este artículo fue actualizado", "este artículo ha sido actualizado", "este artículo ha sido corregido", "una versión anterior de este artículo"]),
        body().phrases(&["dijo", "afirmó", "según", "declaró", "explicó", "aseguró", "señaló"]),
        // Paywall meters and inbox promises, as every language words them.
        ask(Paywall).weight(3.5).phrases(&["artículos gratuitos", "has alcanzado el límite"]),
        ask(Paywall).at(Start).max_words(20).phrases(&["has leído"]),
        cue(Newsletter).weight(2.0).phrases(&["en tu bandeja de entrada", "en tu correo", "en tu email"]),
        // App pitches, more cookie wordings, podcast and comment prompts.
        ask(App).phrases(&["descarga nuestra app", "descarga nuestra aplicación", "descárgate la app"]),
        cue(App).phrases(&["nuestra app", "nuestra aplicación"]),
        // The voseo of the River Plate and Central America ("sumate", "suscribite", "podés"),
        // and the Latin American "aporte" for Spain's "aportación" ("el aporte del Estado",
        // "los aportes jubilatorios" are news too: in formulas only).
        header(Donation).weight(3.5).max_words(12).phrases(&["te gustó esta nota", "¿te gustó esta nota", "te gustó este artículo", "¿te gustó este artículo"]),
        ask(Donation).weight(3.5).phrases(&["hacé tu aporte", "hacé un aporte", "con tu aporte", "tu aporte es", "apoyá el periodismo", "apoyá nuestro"]),
        ask(Membership).phrases(&["hacete socia", "asociate"]),
        label(Donation).phrases(&["aportá", "apoyá", "sumate", "doná", "quiero aportar"]),
        cue(Donation).phrases(&["aporte mensual", "sumate a"]),
        // Coverage by function: general formulas and stems, so that publishers never seen
        // who word the same asks differently are caught too.
        ask(Donation).weight(3.5).phrases(&[
            "haz tu donación", "haz tu aportación", "ayúdanos a", "con tu apoyo", "gracias a tu apoyo", "hazte mecenas",
            "apoya nuestro trabajo", "apoye nuestro", "haga una donación", "necesitamos su apoyo", 
        ]),
        // Also news wording: "el Estado contribuye con 5 millones", "pidió que colabore con la
        // justicia", "la aportación mensual de los autónomos": cues, not asks.
        cue(Donation).phrases(&["contribuye con", "colabore con", "aportación mensual", "donación mensual"]),
        cue(Donation).weight(0.5).phrases(&["donaci*", "donante*", "aportaci*", "mecenas"]),
        cue(Donation).phrases(&["cualquier cantidad", "cualquier importe"]),
        ask(Membership).phrases(&["únete a nuestra comunidad", "sé parte de", "forma parte de nuestra comunidad", "socios y socias"]),
        cue(Membership).phrases(&["membresía*"]),
        ask(Subscription).phrases(&[
            "suscríbase", "hazte suscriptor", "primer mes gratis", "cancela cuando quieras",
            "suscríbete por", "suscríbete desde",
        ]),
        cue(Subscription).phrases(&["suscripci*", "suscriptor*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "este contenido es exclusivo", "para continuar leyendo", "regístrate gratis", "regístrate para seguir",
            "has agotado", "artículos gratis", "contenido exclusivo para suscriptores",
        ]),
        ask(Newsletter).phrases(&[
            "suscríbete a nuestra newsletter", "recibe cada", "date de alta", "tu dirección de correo",
            "darte de baja", "puedes darte de baja", "apúntate a nuestra",
        ]),
        cue(Newsletter).phrases(&["boletín*", "newsletter*", "política de privacidad"]),
        ask(App).phrases(&["nuestra aplicación móvil"]),
        cue(App).phrases(&["en la app store", "en google play"]),
        ask(Cookie).phrases(&["configurar cookies", "configuración de cookies", "aceptar todas", "rechazar todas", "gestionar el consentimiento"]),
        ask(Social).phrases(&["síguenos", "comparte en", "únete a nuestro canal", "síguenos en nuestro canal", "síganos en"]),
        label(Related).phrases(&["lee también", "te puede interesar", "le puede interesar", "más información", "noticias relacionadas", "lo más leído", "relacionado"]),
        ask(Credit).max_words(40).phrases(&[
            "es periodista de", "es periodista en", "es corresponsal de", "es corresponsal en", "colaboró en este",
            "publicado originalmente", "este artículo fue publicado", "traducción de",
        ]),
        line(Credit).max_words(10).phrases(&["foto:", "fotografía:", "texto:", "edición:", "traducción:"]),
        label_any().phrases(&["aceptar todas", "rechazar todas", "configurar", "iniciar sesión", "registrarse", "leer más", "ver más"]),
        outlet(Donation).phrases(&[
            "medio independiente", "periódico independiente", "sin publicidad", "sin muro de pago", "sin muros de pago",
            "en abierto", "sin ánimo de lucro", "sin fines de lucro", "libre de publicidad", "gratuito para todos",
        ]),
        // Second round: general formulas of each function, as any publisher words them.
        header(Donation).max_words(14).phrases(&["apoya el periodismo independiente", "antes de seguir", "necesitamos tu ayuda"]),
        ask(Donation).weight(3.5).phrases(&["aporta lo que puedas", "elige una cantidad", "aportación única", "donación única", "lectores como tú", "sin tu apoyo", "el periodismo de calidad cuesta"]),
        ask(Paywall).weight(3.5).phrases(&["suscríbete para leer", "suscríbete para seguir", "inicia sesión para", "contenido para suscriptores", "has consumido"]),
        ask(Subscription).phrases(&["primer mes por"]),
        ask(Newsletter).phrases(&["introduce tu email", "introduce tu correo", "gracias por suscribirte", "confirma tu suscripción"]),
        ask(Cookie).phrases(&["al continuar navegando", "si continúa navegando", "aceptar y cerrar", "continuar sin aceptar"]),
        ask(Social).phrases(&["síguenos en las redes", "comparte en whatsapp", "canal de whatsapp", "copiar enlace", "enlace copiado"]),
        line(Related).max_words(24).phrases(&["últimas noticias", "noticias recomendadas", "contenido relacionado", "más leídas"]),
        line(Credit).max_words(10).phrases(&["con información de agencias", "redacción:"]),
        label_any().phrases(&["entendido", "de acuerdo", "acepto", "seguir leyendo", "leer después", "recordar más tarde"]),
        outlet(Donation).phrases(&["sin anunciantes", "sin accionistas", "organización sin ánimo de lucro", "financiado por lectores", "sostenido por sus socios"]),
        // Also news wording: "España colabora con Francia", "cada aportación irá a comedores", "la
        // oferta especial para estudiantes", "el acceso ilimitado al museo", "la tarifa sin permanencia",
        // "la Cámara inicia sesión", "la web utiliza cookies", "más información sobre el caso se
        // conocerá mañana". Cues, or asks in a narrower place.
        cue(Donation).phrases(&["colabora con", "cada aportación"]),
        ask(Donation).weight(3.5).phrases(&["cada aportación cuenta", "colabora con nosotros", "colabora con nuestro"]),
        cue(Subscription).weight(2.0).phrases(&["oferta especial", "acceso ilimitado", "suscripción anual", "sin permanencia"]),
        ask(Paywall).at(Start).max_words(6).phrases(&["inicia sesión"]),
        cue(Paywall).phrases(&["inicia sesión"]),
        cue(Newsletter).weight(2.0).phrases(&["tu correo electrónico"]),
        cue(Subscription).weight(2.0).phrases(&["suscripción digital"]),
        cue(Cookie).phrases(&["utiliza cookies", "usa cookies"]),
        ask(Cookie).phrases(&["esta web usa cookies", "este sitio usa cookies", "esta página usa cookies"]),
        cue(App).phrases(&["descarga la app"]),
        ask(App).at(Start).max_words(10).phrases(&["descarga la app"]),
        ask(Cookie).phrases(&["esta web utiliza cookies", "este sitio utiliza cookies", "esta página utiliza cookies", "este sitio web utiliza cookies"]),
        line(Related).max_words(4).phrases(&["más información"]),
        // Third round (issue #9): the second formula that corroborates a box's long line, and
        // the asks of publishers nobody tuned on.
        label_any().phrases(&["colaborar ahora", "colabora ahora", "aceptar todo"]),
        ask(Donation).weight(3.5).phrases(&["a nuestra cuenta", "nuestra cuenta bancaria", "apóyanos con", "apóyenos con"]),
        cue(Donation).phrases(&["número de cuenta", "una transferencia", "lo que hacemos", "pequeña aportación"]),
        ask(App).phrases(&["descarga gratis nuestra", "descargue nuestra aplicación", "descargue nuestra app"]),
        cue(App).phrases(&["descarga gratis"]),
        ask(Cookie).phrases(&["utilizamos cookies propias", "usamos cookies propias", "cookies propias y de terceros"]),
        cue(Cookie).phrases(&["al hacer clic en", "mejorar su experiencia", "mejorar tu experiencia", "analizar el tráfico", "acepta su uso", "aceptas su uso"]),
        ask(Social).phrases(&["comparte esta noticia", "compartir esta noticia", "compartir este artículo"]),
        // Both registers of the same asks ("tú" and "usted").
        ask(App).phrases(&["descargue la app", "descargue la aplicación", "descarga la aplicación de"]),
        ask(Donation).weight(3.5).phrases(&["apóyenos"]),
        ask(Membership).phrases(&["hágase socio", "hágase socia"]),
        ask(Newsletter).phrases(&["inscríbete en nuestro", "inscríbase en nuestro", "en su correo", "en su bandeja de entrada"]),
        ask(Subscription).phrases(&["ya es suscriptor", "ya es suscriptora", "ya eres suscriptora"]),
        cue(Paywall).phrases(&["te quedan", "le quedan"]),
        // Fourth round (issue #9), from a second set of probes: the same functions worded as
        // prose rather than formulas.
        ask(Donation).weight(3.5).phrases(&["lectores como usted", "personas como tú", "te pedimos una aportación", "le pedimos una aportación"]),
        cue(Donation).phrases(&["aportación libre", "nos echa una mano", "nos echas una mano"]),
        label_any().phrases(&["quiero colaborar", "sí, colaboro", "colaboro"]),
        ask(Membership).phrases(&["únete a la comunidad", "únase a la comunidad"]),
        cue(Paywall).weight(2.0).phrases(&["acceso completo"]),
        cue(Newsletter).phrases(&["sin spam", "darse de baja", "elegido a mano"]),
        ask(App).phrases(&["instala la app", "instale la app", "instala nuestra app"]),
        cue(App).weight(2.0).phrases(&["activa las notificaciones"]),
        cue(Cookie).weight(2.0).phrases(&["tecnologías de seguimiento", "cambiar su elección", "cambiar tu elección"]),
        label_any().phrases(&["permitir todas"]),
        ask(Credit).max_words(30).phrases(&["puedes escribirle a", "puede escribirle a"]),
        ask(Social).phrases(&["envíaselo a tus amigos", "envíeselo a sus amigos", "compártelo con tus amigos"]),
        header(Social).max_words(8).phrases(&["le ha gustado este artículo"]),
        line(Related).max_words(24).phrases(&["lee además:", "lea además:"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["sobre el autor", "sobre la autora", "acerca del autor", "acerca de la autora", "sobre los autores", "más del autor", "más de la autora", "todos los artículos de", "otros artículos de"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["el autor es", "la autora es", "el autor fue", "la autora fue", "los autores son"]),
        ask(Credit).part(AuthorBox).at(Start).max_words(30).phrases(&["el autor es periodista", "el autor es profesor", "el autor es investigador", "el autor es historiador", "el autor es economista", "el autor es escritor", "el autor es politólogo", "la autora es periodista", "la autora es profesora", "la autora es investigadora", "la autora es historiadora", "la autora es economista", "la autora es escritora", "la autora es politóloga"]),
        cue(Credit).part(AuthorBox).max_words(40).phrases(&["es periodista independiente", "es periodista especializado", "es periodista especializada", "es redactor de", "es redactora de"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["ir al contenido", "saltar al contenido", "saltar al contenido principal", "ir al contenido principal"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["deja un comentario", "deja tu comentario", "escribe un comentario", "añadir comentario", "ver comentarios", "mostrar comentarios", "los comentarios están cerrados", "comentarios de los lectores"]),
        chrome(Other).part(Comments).max_words(3).phrases(&["comentarios"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["comentarios"]),
        ask(Other).part(Comments).phrases(&["para dejar un comentario", "para participar en la conversación", "los comentarios son moderados", "normas de participación", "al enviar un comentario", "inicia sesión para comentar"]),
        ask(Other).part(Disclaimer).phrases(&["las opiniones expresadas en este", "son responsabilidad exclusiva de su autor", "son responsabilidad exclusiva de los autores", "responsabilidad exclusiva de sus autores", "es responsabilidad exclusiva del autor"]),
        cue(Other).part(Disclaimer).phrases(&["no reflejan necesariamente", "no necesariamente reflejan"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["página siguiente", "página anterior", "página 1 de", "reportar un error", "informar de un error", "envíanos tu noticia"]),
        ask(Other).part(Navigation).phrases(&["este sitio funciona mejor", "su navegador está desactualizado", "tu navegador está desactualizado", "habilita javascript", "activa javascript"]),
        // The other register of the asks above (issue #9): informal and formal forms.
        // "Usted" beside "tú", and the "vos" of Argentina and Uruguay ("suscribite", "seguinos").
        header(Donation).max_words(14).phrases(&["apóyenos", "apoye el periodismo", "apoyanos"]),
        ask(Donation).weight(3.5).phrases(&[
            "done ahora", "haga una aportación", "únase a", "haga su donación", "haga su aportación", "ayúdenos a",
            "hágase mecenas", "aporte lo que pueda", "elija una cantidad", "apoye el periodismo", "personas como usted",
            "colabore con nosotros", "colabore con nuestro", "apoyanos",
        ]),
        ask(Membership).phrases(&["hágase miembro", "únase a nuestra comunidad", "forme parte de nuestra comunidad", "hacete socio"]),
        ask(Subscription).phrases(&["hágase suscriptor", "cancele cuando quiera", "suscribite"]),
        ask(Paywall).weight(3.5).phrases(&["suscríbase para", "regístrese gratis", "regístrese para seguir", "inicie sesión para", "registrate gratis"]),
        ask(Newsletter).weight(3.5).phrases(&["suscríbase a nuestro boletín", "reciba nuestro boletín", "apúntese a"]),
        ask(Newsletter).phrases(&[
            "suscríbase al boletín", "reciba en su correo", "suscríbase a nuestra newsletter", "su dirección de correo",
            "puede darse de baja", "introduzca su email", "introduzca su correo", "gracias por suscribirse", "confirme su suscripción",
        ]),
        ask(App).phrases(&["descargue gratis nuestra", "instale nuestra app"]),
        ask(App).at(Start).max_words(10).phrases(&["descargá la app"]),
        ask(Social).phrases(&["síganos", "comparta este artículo", "únase a nuestro canal", "comparta esta noticia", "compártalo con sus amigos", "seguinos en"]),
        // Related-article headings as news sites print them (issue #9, coverage audit).
        line(Related).max_words(24).phrases(&[
            "ver también", "vea también", "mira también", "mire también",
            "también le puede interesar", "también podría interesarte", "también podría interesarle", "te podría interesar",
            "le podría interesar", "podría interesarte", "podría interesarle", "puede interesarte", "puede interesarle",
            "quizás te interese", "quizá te interese", "quizás le interese", "quizá le interese", "te puede gustar",
            "le puede gustar", "también le puede gustar", "también te podría gustar", "relacionado:", "relacionada:",
            "no te pierdas:", "no se pierda:",
        ]),
        line(Related).max_words(8).phrases(&[
            "no te lo pierdas", "no se lo pierda", "más sobre este tema", "más sobre el tema", "lecturas recomendadas",
            "lectura recomendada", "artículos relacionados", "contenidos relacionados", "información relacionada",
            "entrada anterior", "entrada siguiente", "publicación anterior", "publicación siguiente", "recomendado para ti",
            "recomendado para usted", "recomendados para ti", "recomendados para usted",
        ]),
        line(Related).max_words(5).phrases(&[
            "lo más popular", "lo más compartido", "lo más comentado", "los más leídos", "las más leídas", "más leídos",
            "más populares", "más vistas", "más vistos", "noticias destacadas", "otras noticias", "otros artículos",
            "más artículos", "más historias",
        ]),
        line(Related).max_words(4).phrases(&["lo último", "en otras noticias", "para saber más", "más sobre", "le recomendamos"]),
        label(Related).phrases(&[
            "ver también", "lea también", "te recomendamos", "le recomendamos", "también te puede interesar",
            "también le puede interesar", "podría interesarte", "te podría interesar", "no te lo pierdas",
            "no se lo pierda", "artículos relacionados", "contenido relacionado", "últimas noticias", "lo último",
            "lo más visto", "lo más popular", "más leídas", "más leídos", "más vistas", "más noticias", "otras noticias",
            "otros artículos", "noticias recomendadas", "recomendados", "destacadas", "destacados", "en otras noticias",
            "lecturas recomendadas", "para saber más",
        ]),
        // Consent platforms' stock wording (IAB TCF and the big consent tools), as sites print it.
        ask(Cookie).phrases(&[
            "almacenamos o accedemos a información en un dispositivo",
            "almacenamos y/o accedemos a información en un dispositivo",
            "almacenar y/o acceder a información en un dispositivo",
            "almacenar o acceder a información en un dispositivo", "información estándar enviada por un dispositivo",
            "medición de anuncios y del contenido", "medición de anuncios y contenido",
            "medición de publicidad y contenido", "información sobre el público y desarrollo de productos",
            "investigación de audiencias y desarrollo de servicios",
            "datos de localización geográfica precisa e identificación",
            "analizar activamente las características del dispositivo para su identificación",
            "utilizar datos de localización geográfica precisa",
            "otorgarnos su consentimiento a nosotros y a nuestros socios",
            "cambiar sus preferencias antes de otorgar", "tiene el derecho de rechazar tal procesamiento",
            "sus preferencias se aplicarán",
        ]),
        label_any().phrases(&[
            "rechazar todo", "no acepto", "acepto todo", "más opciones", "guardar y salir", "acepto lo seleccionado",
            "consentir", "no consentir", "gestionar opciones", "aceptar todas las cookies", "rechazarlas todas",
        ]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "este artículo forma parte de la serie", "este artículo forma parte de una serie",
            "este artículo forma parte de nuestra", "este artículo forma parte del especial",
            "este artículo forma parte de un especial", "este artículo forma parte de la alianza",
            "este artículo forma parte de una alianza", "este artículo forma parte de la cobertura",
            "esta historia forma parte de la serie", "esta historia forma parte de una serie",
            "esta historia forma parte de nuestra", "esta historia forma parte del especial",
            "esta historia forma parte de un especial", "esta historia forma parte de la alianza",
            "esta historia forma parte de una alianza", "esta historia forma parte de la cobertura",
            "esta nota forma parte de la serie", "esta nota forma parte de una serie", "esta nota forma parte de nuestra",
            "esta nota forma parte del especial", "esta nota forma parte de un especial",
            "esta nota forma parte de la alianza", "esta nota forma parte de una alianza",
            "esta nota forma parte de la cobertura", "este artículo es parte de la serie",
            "este artículo es parte de una serie", "este artículo es parte de nuestra",
            "este artículo es parte del especial", "este artículo es parte de un especial",
            "este artículo es parte de la alianza", "este artículo es parte de una alianza",
            "este artículo es parte de la cobertura", "esta historia es parte de la serie",
            "esta historia es parte de una serie", "esta historia es parte de nuestra",
            "esta historia es parte del especial", "esta historia es parte de un especial",
            "esta historia es parte de la alianza", "esta historia es parte de una alianza",
            "esta historia es parte de la cobertura", "esta nota es parte de la serie", "esta nota es parte de una serie",
            "esta nota es parte de nuestra", "esta nota es parte del especial", "esta nota es parte de un especial",
            "esta nota es parte de la alianza", "esta nota es parte de una alianza", "esta nota es parte de la cobertura",
            "este reportaje forma parte", "esta crónica forma parte", "esta entrevista forma parte",
            "este especial forma parte", "este contenido forma parte", "este reportaje es parte de",
            "este artículo fue realizado con", "este artículo fue realizado en", "este artículo fue realizado gracias",
            "este artículo fue producido con", "este artículo fue producido en", "este artículo fue producido gracias",
            "este artículo fue elaborado con", "este artículo fue elaborado en", "este artículo fue elaborado gracias",
            "este artículo ha sido realizado con", "este artículo ha sido realizado en",
            "este artículo ha sido realizado gracias", "este artículo ha sido producido con",
            "este artículo ha sido producido en", "este artículo ha sido producido gracias",
            "este artículo ha sido elaborado con", "este artículo ha sido elaborado en",
            "este artículo ha sido elaborado gracias", "este artículo se realizó con", "este artículo se realizó en",
            "este artículo se realizó gracias", "este artículo fue posible gracias",
            "este artículo ha sido posible gracias", "este artículo se publica en el marco",
            "este artículo se publica gracias", "este artículo se publica en colaboración",
            "este artículo cuenta con el apoyo", "este reportaje fue realizado", "este reportaje fue producido",
            "este reportaje fue elaborado", "este reportaje se realizó", "este reportaje ha sido realizado",
            "este reportaje ha sido posible", "este reportaje fue posible", "este reportaje se ha realizado",
            "este reportaje cuenta con el apoyo", "esta historia fue producida", "esta historia fue realizada",
            "esta nota fue realizada", "esta nota fue producida", "esta investigación periodística",
            "este especial fue realizado", "este especial fue producido", "esta publicación ha sido producida con",
            "esta publicación ha sido elaborada con", "esta publicación fue producida con",
            "esta publicación fue elaborada con", "primera entrega de la serie", "segunda entrega de la serie",
            "tercera entrega de la serie", "última entrega de la serie", "primera entrega de esta serie",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&[
            "lee más:", "lea más:", "leer más:", "más información:", "noticia relacionada", "artículo relacionado",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["entradas relacionadas", "publicaciones relacionadas", "artículos similares", "noticias similares", "quizás también te interese", "tal vez te interese", "lo más reciente", "entradas recientes", "notas relacionadas", "leé también", "mirá también"]),
        header(Donation).max_words(12).phrases(&["le gustó este artículo", "te ha gustado esta noticia", "te gustó esta noticia", "te ha resultado útil este artículo", "te resultó útil este artículo", "le resultó útil este artículo", "te ha gustado el artículo", "fue útil este artículo"]),
        label(Social).phrases(&["comparte esto", "me gusta esto", "seguinos", "compartir esta nota", "comparte esta nota"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["escuchar artículo", "escuchar noticia", "escuchar nota"]),
        chrome(Other).max_words(5).phrases(&["escuchar este artículo", "escucha este artículo", "escuchar la noticia", "escucha la noticia", "versión en audio"]),
        chrome(Social).max_words(5).phrases(&["ver en youtube"]),
        chrome(Social).max_words(7).phrases(&["ver esta publicación en instagram"]),
        chrome(Social).max_words(10).phrases(&["una publicación compartida de", "una publicación compartida por"]),
        chrome(Social).max_words(15).phrases(&["♬ sonido original"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["cargar comentarios"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["deja una respuesta", "cancelar la respuesta", "publicar el comentario"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["únete a la conversación"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["sé el primero en comentar"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["debes iniciar sesión para publicar un comentario", "los campos obligatorios están marcados con", "tu comentario está pendiente de moderación"]),
        chrome(Other).part(Comments).max_words(14).phrases(&["lo siento, debes estar conectado para publicar un comentario"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["tu dirección de correo electrónico no será publicada"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["guarda mi nombre, correo electrónico y web"]),
        chrome(Other).part(Navigation).max_words(5).phrases(&["notificar un error", "comunicar un error", "reportar una errata"]),
        chrome(Other).part(Navigation).max_words(20).phrases(&["¿has visto un error", "¿has visto algún error", "¿has encontrado un error", "¿has detectado un error"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["leé también:", "seguir leyendo:", "mirá también:", "también puedes leer:", "no dejes de leer:", "sigue leyendo:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["min. de lectura", "minuto de lectura"]),
        line(Other).max_words(45).phrases(&["este contenido fue producido", "este contenido fue realizado", "esta cobertura es posible gracias", "esta cobertura forma parte", "esta historia fue posible gracias"]),
        label(Credit).phrases(&["lea el original", "lee el original"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artículo gratis", "artículo gratuito", "noticia gratis", "noticias gratis", "noticia gratuita", "noticias gratuitas", "artículo restante", "artículos restantes", "contenidos gratuitos", "artículos disponibles este mes"]),
        ask(Paywall).max_words(30).phrases(&["este es tu último artículo gratis", "este es tu último artículo gratuito", "este es su último artículo gratuito", "tu último artículo gratis", "tu último artículo gratuito", "has alcanzado el límite de artículos gratuitos", "ha alcanzado el límite de artículos gratuitos", "has llegado al límite de artículos gratuitos", "has alcanzado el límite de noticias gratuitas", "has agotado tus artículos gratuitos", "ha agotado sus artículos gratuitos", "has leído todos tus artículos gratuitos"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["el resto del artículo es solo para suscriptores", "el resto de este artículo es exclusivo para suscriptores", "este artículo es exclusivo para suscriptores", "del artículo por leer", "te queda por leer", "para leer el artículo completo", "suscríbete para seguir leyendo", "sigue leyendo con"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["espacio publicitario"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["sigue leyendo después de la publicidad", "sigue leyendo tras la publicidad", "continúa leyendo después del anuncio", "continúa leyendo después de la publicidad", "sigue después de la publicidad", "continúa después de la publicidad", "el artículo continúa después de la publicidad", "el artículo continúa debajo del anuncio", "la noticia continúa después del anuncio", "la noticia sigue tras la publicidad", "la nota continúa debajo", "la nota sigue abajo"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["contenido patrocinado", "patrocinado por", "contenido publicitario", "contenido de marca", "contenido pagado", "información patrocinada", "espacio patrocinado", "ofrecido por", "presentado por"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["este artículo contiene enlaces de afiliados", "este artículo contiene enlaces de afiliación", "este artículo incluye enlaces de afiliados", "este contenido incluye enlaces de afiliados", "algunos de los enlaces de este artículo son afiliados", "podemos recibir una comisión", "podemos obtener una comisión", "recibimos una comisión", "como afiliado de amazon", "como asociado de amazon", "si compras a través de nuestros enlaces", "si compras a través de los enlaces"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["reservados todos los derechos", "derechos reservados", "queda prohibida la reproducción", "prohibida su reproducción", "prohibida la reproducción total o parcial", "queda prohibida la reproducción total o parcial", "se prohíbe la reproducción", "está prohibida la reproducción"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["boletín de noticias", "apúntate a nuestra newsletter", "recibe nuestra newsletter"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["descarga la aplicación", "baja la app", "descarga gratis la app"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["publicar comentario", "comentarios cerrados"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["foto de archivo", "imagen de archivo", "foto cedida", "imagen cedida", "imagen ilustrativa", "imagen referencial", "captura de pantalla"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["reproducir vídeo", "reproducir video"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["volver a reproducir", "reproductor de vídeo", "reproductor de audio"]),
        chrome(Other).part(Player).weight(2.5).max_words(8).phrases(&["esta es una ventana modal"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["final de la ventana de diálogo"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["etiquetas", "palabras clave", "archivado en", "tags"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["número de cuenta", "titular de la cuenta", "entidad bancaria", "concepto de la transferencia", "clabe interbancaria", "clabe", "cbu"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["quiero suscribirme", "me apunto", "suscribirme gratis", "tu email", "tu correo", "su correo electrónico", "correo electrónico", "introduce tu correo electrónico", "ingresa tu correo", "ingresa tu correo electrónico", "escribe tu correo", "tu dirección de correo electrónico"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["suscribirme", "regístrate", "inscríbete", "apuntarme", "enviar"]),
        label(Subscription).phrases(&["suscríbete ahora", "suscribirme ahora", "suscríbase ahora", "ver ofertas", "ver planes", "ver suscripciones", "ver oferta", "aprovecha la oferta", "quiero la oferta", "prueba gratis", "pruébalo gratis", "empieza tu prueba gratis", "¿ya eres suscriptor? inicia sesión", "¿ya tienes cuenta? inicia sesión", "¿ya eres suscriptor? accede", "ya soy suscriptor", "elige tu plan"]),
        label(App).phrases(&["descargar en el app store", "descárgalo en el app store", "consíguelo en el app store", "disponible en el app store", "disponible en la app store", "disponible en google play", "consíguelo en google play", "explóralo en appgallery", "descargar la app", "abrir en la app", "abrir la app", "instalar la app", "descargar ahora"]),
        label(Donation).phrases(&["donar ahora", "quiero donar", "única vez", "cada mes", "otra cantidad", "otro importe", "otro monto", "dona mensualmente", "donar una vez", "donar mensualmente", "introduce otra cantidad", "completar donación", "donar con paypal", "apoyar ahora"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["donar"]),
        label(Social).phrases(&["compartir artículo", "copiar el enlace", "copiado al portapapeles", "imprimir artículo", "enviar por correo", "enviar por email", "enviar por correo electrónico", "compartir por email", "compartir por correo", "compartir en facebook", "compartir en x", "compartir en twitter", "compartir en linkedin", "compartir en whatsapp", "enviar por whatsapp"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["imprimir"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["al suscribirte, aceptas", "al suscribirte aceptas", "al suscribirse, acepta", "al registrarte, aceptas", "al registrarte aceptas", "al enviar este formulario", "al enviar tus datos", "puedes darte de baja en cualquier momento", "puedes cancelar tu suscripción en cualquier momento", "podrás darte de baja cuando quieras", "puede darse de baja en cualquier momento", "he leído y acepto", "acepto la política de privacidad", "acepto recibir comunicaciones", "nunca compartiremos tu", "no compartiremos tu correo", "este sitio está protegido por recaptcha", "revisa tu bandeja de entrada", "información básica sobre protección de datos", "responsable del tratamiento", "tus datos serán tratados", "consulta nuestra política de privacidad"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["te ha gustado", "te gusta lo que lees", "quieres más historias como esta", "no quieres perderte nada", "no te quieres perder nada", "quieres recibir más noticias como esta", "te pareció útil este artículo", "te resultó útil", "quieres estar al día", "quieres saber más", "valoras nuestro periodismo"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["dice", "afirma", "señala", "añadió", "agregó", "indicó", "manifestó", "subrayó", "destacó", "recalcó", "insistió", "advirtió", "reconoció", "admitió", "negó", "confirmó", "anunció", "sostuvo", "precisó", "relató", "respondió", "preguntó", "escribió", "informó", "recordó", "expresó", "dijeron", "explicaron", "señalaron", "afirmaron", "indicaron", "aseguraron", "en declaraciones a", "en una entrevista con", "citado por"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["fotogalería"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ver galería", "abrir galería", "cerrar galería", "imagen siguiente", "imagen anterior", "foto siguiente", "foto anterior", "pantalla completa"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["galería de fotos", "galería de imágenes"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["ver todas las fotos"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["actualizar"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["en directo", "en vivo", "momentos clave", "cargar más", "últimas actualizaciones", "mensaje fijado"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["minuto a minuto", "sigue en directo"]),
        chrome(Other).part(Tools).weight(2.5).max_words(1).phrases(&["guardar", "traducir"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["guardar artículo"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["tamaño de letra", "tamaño del texto"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["reproducir", "silenciar", "subtítulos"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ver vídeo", "ver video", "activar sonido", "reproducción automática"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["velocidad de reproducción"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["¿le ha gustado este artículo", "¿te ha resultado útil este artículo", "¿te sirvió esta información"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["gracias por leer", "gracias por leernos", "gracias por llegar hasta aquí", "si has llegado hasta aquí", "has llegado hasta el final", "gracias por leer hasta el final", "si ha llegado hasta aquí", "gracias por su lectura"]),
        cue(Donation).weight(2.0).phrases(&["cada donación se duplicará", "su donación se duplicará"]),
        cue(Donation).weight(2.0).phrases(&["elige la cantidad", "por pequeña que sea", "paga lo que quieras"]),
        cue(Subscription).phrases(&["lee la edición impresa", "la edición impresa", "la edición digital", "la edición en papel", "la versión impresa", "regala una suscripción", "suscripción de regalo", "el periódico en casa"]),
        // A browser's prompt for the outlet's push notifications: its two buttons in a row
        // ("Toestaan Niet nu"; a button's word alone is a story's word too: "Block", "Zezwól"),
        // and its ask.
        label_any().phrases(&["permitir ahora no", "ahora no permitir", "permitir más tarde", "más tarde permitir", "permitir bloquear", "bloquear permitir", "permitir no, gracias", "no, gracias permitir", "permitir cancelar", "cancelar permitir"]),
        cue(App).phrases(&["recibir notificaciones", "activar las notificaciones", "notificaciones push"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["quiero apoyar", "ya colaboro"]),
        label(Membership).phrases(&["quiero ser socio", "quiero ser socia", "quiero ser socio/a", "ya soy socio", "ya soy socia", "ya soy socio/a", "quiero ser miembro", "quiero hacerme socio"]),
        label(Subscription).phrases(&["ya soy suscriptora"]),
        label(Newsletter).phrases(&["me suscribo"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lee también:", "lea también:", "lee tambien:", "lea tambien:", "te puede interesar:", "le puede interesar:", "también te puede interesar:", "te podría interesar:", "ver también:", "mira también:", "noticias relacionadas:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["escucha en directo", "escucha en vivo", "señal en vivo", "sigue la transmisión en vivo", "escucha la radio en vivo"]),
        ask(Social).max_words(30).phrases(&["sigue nuestro canal", "suscríbete a nuestro canal", "estamos en whatsapp", "nuestro canal de telegram", "sumate a nuestro canal", "súmate a nuestro canal"]),
        label(Social).phrases(&["unirse al canal", "únete al canal"]),
        line(Subscription).max_words(10).phrases(&["lee la edición digital", "lee el periódico de hoy", "consulta la edición impresa"]),
        label(Subscription).phrases(&["edición impresa", "edición digital", "kiosco digital"]),
        ask(Other).part(Comments).max_words(60).phrases(&["los comentarios ofensivos serán eliminados", "nos reservamos el derecho de eliminar", "nos reservamos el derecho a eliminar", "solo los usuarios registrados pueden comentar", "comentarios que contengan insultos"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["envíanos tu noticia", "envíanos tus noticias", "envíanos tus fotos", "envíanos tus vídeos", "envíanos tus videos", "envíanos tu denuncia", "escribe a la redacción", "contacta con nuestra redacción"]),
        label(Other).phrases(&["envía tu noticia", "envía tu denuncia", "contactar con la redacción"]),
        ask(Ad).max_words(35).phrases(&["compra tus entradas", "participa en nuestro concurso", "participa y gana", "vota por tu favorito"]),
        label(Ad).phrases(&["comprar entradas", "quiero participar", "vota ahora"]),
        ask(Ad).max_words(35).phrases(&["únete a nuestra redacción", "buscamos periodistas", "buscamos redactores", "buscamos corresponsales", "trabaja con nosotros"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados con", "guarda mi nombre, correo electrónico y web en este navegador", "debes iniciar sesión para publicar un comentario", "tu comentario está pendiente de moderación", "este sitio usa akismet para reducir el spam", "los comentarios son responsabilidad de sus autores"]),
        label(Other).part(Comments).phrases(&["deja tu respuesta", "comentar", "enviar comentario"]),
    ],
    we: &["nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "nos"],
    you: &["tú", "tu", "tus", "te", "vos", "usted", "ustedes", "vosotros", "vuestro", "vuestra", "vuestros", "vuestras"],
};
