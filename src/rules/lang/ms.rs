//! Malay (Bahasa Melayu), in the Latin (Rumi) script. The Indonesian pack comes first in
//! `ALL` and holds the words the two languages spell alike ("bantu kami", "ikuti kami",
//! "tutup", "iklan", "kami", "anda"): this pack's phrases are Malay forms ("sokong",
//! "sumbangan", "derma", "langgan", "kuki", "e-mel", "muat turun", "kongsi", "berkaitan").
//!
//! News shares the vocabulary: "sokong" is every candidate's and minister's word ("sokong
//! kerajaan"), "sumbangan" and "derma" a charity's or a state's donations, "ahli" a party's
//! or a union's members, "pelanggan" a utility's customers (another word than "melanggan", to
//! subscribe), and "kuki" also a biscuit. The imperatives open only a short block; anywhere
//! only forms no report holds ("pilih jumlah sumbangan", "langgan surat berita kami",
//! "muat turun aplikasi kami").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ms",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["minit bacaan", "masa membaca"]),
        header(Donation).max_words(14).phrases(&[
            "sokong kewartawanan bebas", "sokong media bebas",
        ]),
        // A candidate and a charity say these too ("kami memerlukan sokongan anda"): a heading of a few words only.
        header(Donation).max_words(7).phrases(&["kami memerlukan sokongan anda", "kami perlukan sokongan anda"]),
        header(Donation).max_words(4).phrases(&["sebelum anda beredar"]),
        ask(Donation).weight(3.5).phrases(&[
            "pilih jumlah sumbangan", "sumbangan anda membantu kami", "sokongan anda membantu kami",
            "sumbangan anda amat bermakna", "sokong kewartawanan kami",
        ]),
        // A candidate says "sokong kami", a charity "setiap sumbangan amat bermakna": a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "sokong kami", "derma sekarang", "menderma sekarang", "buat sumbangan", "hulurkan sumbangan",
            "sumbang sekarang", "setiap sumbangan amat bermakna", "setiap sumbangan dihargai", "jadi penyokong kami",
            "sokong kerja kami", "sokong usaha kami",
        ]),
        cue(Donation).phrases(&[
            "sokongan anda", "dengan sokongan anda", "sumbangan anda", "kewartawanan bebas", "sumbangan bulanan",
            "sumbangan sekali", "jumlah sumbangan",
        ]),
        cue(Donation).weight(0.5).phrases(&["sumbangan*", "penyokong*", "menderma*"]),
        salutation(Donation).max_words(6).phrases(&[
            "pembaca yang dihormati", "pembaca sekalian", "pembaca budiman", "para pembaca yang dihormati",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["adakah anda suka artikel ini", "suka artikel ini"]),
        // "Jadi ahli" is a party's and a union's call too.
        ask(Membership).phrases(&["sertai komuniti kami", "sertai kelab pembaca kami", "jadi ahli kami"]),
        ask(Membership).at(Start).max_words(8).phrases(&["jadi ahli", "jadilah ahli", "daftar sebagai ahli", "sertai kami"]),
        cue(Membership).weight(0.5).phrases(&["keahlian*"]),
        ask(Subscription).phrases(&[
            "batalkan bila-bila masa", "boleh dibatalkan pada bila-bila masa", "pilih pelan langganan", "anda sudah melanggan",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["langgan sekarang", "langgan", "melanggan sekarang"]),
        cue(Subscription).phrases(&["akses tanpa had", "bulan pertama percuma", "langganan digital"]),
        cue(Subscription).weight(0.5).phrases(&["melanggan*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "artikel ini hanya untuk pelanggan", "kandungan ini eksklusif untuk pelanggan", "log masuk untuk membaca",
            "had artikel percuma", "untuk membaca artikel penuh",
        ]),
        // Students get scholarships "untuk terus membaca" (to keep studying): a short block's
        // start only.
        ask(Paywall).at(Start).max_words(20).phrases(&["untuk terus membaca", "teruskan membaca"]),
        cue(Paywall).phrases(&["eksklusif untuk pelanggan", "hanya untuk pelanggan"]),
        ask(Newsletter).phrases(&[
            "langgan surat berita kami", "langgan buletin kami", "surat berita kami", "terus ke peti masuk anda",
            "berhenti melanggan pada bila-bila masa", "terima kasih kerana melanggan",
        ]),
        // The police warn "jangan berikan alamat e-mel anda": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&["masukkan e-mel anda", "masukkan alamat e-mel anda"]),
        label(Newsletter).phrases(&["surat berita"]),
        cue(Newsletter).phrases(&["alamat e-mel anda", "peti masuk anda", "dasar privasi", "surat berita"]),
        ask(App).phrases(&["muat turun aplikasi kami", "muat turun apl kami", "pasang aplikasi kami"]),
        ask(App).at(Start).max_words(8).phrases(&["muat turun aplikasi", "muat turun apl"]),
        cue(App).phrases(&["aplikasi mudah alih kami"]),
        ask(Cookie).phrases(&["terima semua kuki", "tetapan kuki", "dasar kuki"]),
        // Reports quote banners and regulators: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "kami menggunakan kuki", "laman web ini menggunakan kuki", "tapak web ini menggunakan kuki",
            "laman ini menggunakan kuki",
        ]),
        cue(Cookie).phrases(&["menggunakan kuki"]),
        ask(Social).phrases(&[
            "sertai saluran telegram kami", "sertai saluran whatsapp kami", "ikuti kami di media sosial", "pautan disalin",
            "kongsi artikel ini",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["kongsi berita ini", "kongsi cerita ini"]),
        label(Ad).phrases(&["iklan", "kandungan tajaan", "ditaja", "artikel tajaan"]),
        line(Related).max_words(24).phrases(&[
            "berita berkaitan", "artikel berkaitan", "baca lagi:", "anda mungkin berminat", "paling banyak dibaca",
            "berita terkini:", "lagi berita:",
        ]),
        line(Related).max_words(3).phrases(&["baca lagi", "lagi berita", "terkini"]),
        label(Related).phrases(&["berkaitan", "paling popular", "paling dibaca"]),
        ask(Credit).max_words(40).phrases(&[
            "tidak semestinya mencerminkan pendirian", "pandangan peribadi penulis", "tidak mewakili pendirian",
        ]),
        ask(Credit).at(Start).max_words(40).phrases(&["penulis adalah wartawan", "penulis merupakan wartawan", "penulis ialah wartawan", "penulis ialah seorang wartawan"]),
        line(Credit).max_words(10).phrases(&["ketua pengarang:", "gambar:", "oleh:", "disunting oleh:", "laporan:", "teks:"]),
        chrome(Other).at(Any).max_words(12).phrases(&["hak cipta terpelihara"]),
        label(Other).phrases(&["komen", "tinggalkan komen"]),
        label_any().phrases(&[
            "bukan sekarang", "ingatkan saya nanti", "teruskan", "derma", "sokong", "log masuk", "sekali sahaja",
            "jumlah lain", "salin pautan", "saya faham", "sumbang", "tetapan", "faham", "kongsi", "e-mel",
        ]),
        // "If you value our work": the outlet speaking of itself to the reader.
        ask(Donation).phrases(&["jika anda menghargai kerja kami", "sekiranya anda menghargai kerja kami"]),
        // A banner's own word, also in reports on data protection: a cue.
        cue(Cookie).phrases(&["kuki"]),
        label_any().phrases(&["okey", "sokongan bulanan"]),
        outlet(Donation).phrases(&[
            "media bebas", "bukan berasaskan keuntungan", "dibiayai oleh pembaca", "disokong oleh pembaca",
            "percuma untuk semua", "dengan bantuan pembaca",
        ]),
        // The outlet of itself, a newsletter's "join", "follow us on social media", the support button.
        outlet(Donation).phrases(&["kami tidak bergantung kepada iklan"]),
        ask(Newsletter).phrases(&["sertai surat berita", "sertai surat berita kami"]),
        label_any().phrases(&["beri sokongan"]),
        // A bio's "X is a reporter at" and the meter's free articles (news on paywalls says it
        // too): cues. A contact line ("Email: ...") is an office's notice too: no row.
        cue(Credit).phrases(&["ialah wartawan", "merupakan wartawan"]),
        cue(Paywall).phrases(&["artikel percuma"]),
        notice().phrases(&["pembetulan:", "kemas kini:"]),
        body().phrases(&["laung", "jerit", "seru", "berkata", "menurutnya", "jelasnya", "beliau berkata"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["tentang penulis", "mengenai penulis", "artikel lain oleh penulis", "lagi daripada penulis"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["penulis ialah", "penulis merupakan"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["langkau ke kandungan"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["tulis komen", "tinggalkan komen", "tambah komen", "lihat komen", "komen pembaca"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komen"]),
        ask(Other).part(Comments).phrases(&["komen akan disederhanakan", "polisi komen"]),
        ask(Other).part(Disclaimer).phrases(&["pandangan peribadi penulis"]),
        cue(Other).part(Disclaimer).phrases(&["tidak semestinya mencerminkan", "pendirian sidang pengarang"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["halaman seterusnya", "halaman sebelumnya", "laporkan kesilapan"]),
        ask(Other).part(Navigation).phrases(&["pelayar anda sudah lapuk"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Malaysian
        // sites share; the words Indonesian spells alike are that pack's.
        ask(Donation).weight(3.5).phrases(&[
            "sokong wartawan kami", "sokongan anda amat kami hargai", "sumbangan anda membolehkan kami", "sokongan anda membolehkan kami",
            "belanja kami kopi", "pilih amaun sumbangan", "menyumbang kepada kami", "sumbangan anda, sekecil mana pun",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(20).phrases(&["derma kepada kami", "sumbang kepada kami", "sokong kewartawanan"]),
        cue(Donation).phrases(&["amaun lain", "dana pembaca"]),
        cue(Donation).weight(0.5).phrases(&["sumbang kepada kami"]),
        ask(Membership).phrases(&["langgan keahlian", "jadi ahli premium", "sertai sebagai ahli"]),
        cue(Membership).phrases(&["keahlian premium", "ahli premium", "faedah keahlian"]),
        ask(Subscription).phrases(&[
            "mulakan langganan", "langgan pelan", "sudah mempunyai akaun", "langgan premium",
        ]),
        cue(Subscription).phrases(&["langganan premium", "pelan langganan", "percubaan percuma"]),
        ask(Paywall).weight(3.5).phrases(&[
            "log masuk untuk teruskan", "log masuk atau daftar", "anda telah mencapai had", "had bacaan percuma",
            "baki artikel percuma", "artikel percuma anda", "artikel percuma yang tinggal", "eksklusif untuk pelanggan premium",
        ]),
        ask(Newsletter).phrases(&[
            "langgan surat berita", "terima berita terkini melalui e-mel", "terus ke e-mel anda",
            "peti masuk e-mel", "terima kasih kerana mendaftar",
        ]),
        cue(Newsletter).phrases(&["melalui e-mel", "berhenti melanggan"]),
        ask(App).phrases(&["dapatkan aplikasi kami", "baca dalam aplikasi", "buka dalam aplikasi", "aktifkan pemberitahuan", "hidupkan pemberitahuan"]),
        ask(App).at(Start).max_words(10).phrases(&["muat turun sekarang", "dapatkan aplikasi", "dapatkannya di google play", "dapatkannya di app store"]),
        ask(Cookie).phrases(&[
            "menggunakan kuki untuk", "dengan terus melayari", "dengan terus menggunakan laman web ini", "anda bersetuju dengan penggunaan kuki",
            "urus kuki", "pilihan kuki", "keutamaan kuki", "terima kuki", "tolak kuki",
        ]),
        cue(Cookie).phrases(&["penggunaan kuki"]),
        ask(Social).phrases(&[
            "sertai kami di telegram", "kongsi di facebook", "kongsi ke whatsapp", "kongsi melalui", "pautan telah disalin",
            "langgan saluran youtube kami", "langgan saluran kami",
        ]),
        line(Related).max_words(24).phrases(&[
            "lagi berita berkaitan", "berita popular", "paling ramai dibaca", "cadangan untuk anda", "disyorkan untuk anda",
            "anda mungkin juga suka", "baca seterusnya", "baca selanjutnya", "artikel lain:", "berita lain:",
        ]),
        line(Related).max_words(4).phrases(&["berita lain", "artikel lain", "artikel seterusnya", "berita seterusnya"]),
        label(Related).phrases(&[
            "berita berkaitan", "artikel berkaitan", "berita popular", "paling ramai dibaca", "artikel seterusnya", "berita lain",
            "baca lagi", "lagi berita",
        ]),
        line(Credit).max_words(10).phrases(&["jurugambar:", "sumber gambar:", "penterjemah:", "terjemahan:", "wartawan:", "teks dan gambar:", "disunting oleh"]),
        ask(Credit).max_words(40).phrases(&["disiarkan semula dengan kebenaran", "diterbitkan semula dengan kebenaran", "artikel ini pertama kali disiarkan"]),
        label_any().phrases(&[
            "langkau", "baiklah", "sumbang sekarang", "derma sekarang", "daftar masuk", "urus pilihan", "simpan pilihan",
            "terima semua kuki", "tolak semua kuki",
        ]),
        outlet(Donation).phrases(&[
            "tiada iklan", "tidak bergantung kepada pengiklan", "bukan untung", "organisasi bukan untung", "bebas daripada kepentingan",
            "tiada tembok bayar",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["baca juga", "artikel terkini", "pilihan editor", "berita utama", "artikel popular"]),
        header(Donation).max_words(12).phrases(&["adakah artikel ini membantu", "adakah artikel ini berguna"]),
        label(Social).phrases(&["kongsi ini", "kongsi di", "ikuti kami", "suka ini"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(5).phrases(&["dengar artikel ini", "dengar berita ini"]),
        chrome(Social).max_words(5).phrases(&["tonton di youtube"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["tinggalkan balasan", "batal balas", "hantar komen"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["alamat e-mel anda tidak akan disiarkan"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["baca juga:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["minit membaca"]),
        line(Other).max_words(45).phrases(&["artikel ini merupakan sebahagian daripada", "artikel ini adalah sebahagian daripada"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artikel percuma lagi", "artikel yang tinggal", "berita percuma"]),
        ask(Paywall).max_words(30).phrases(&["ini artikel percuma terakhir anda", "artikel percuma terakhir", "anda telah mencapai had artikel percuma", "anda telah membaca semua artikel percuma", "kuota artikel percuma anda telah habis"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["artikel ini untuk pelanggan sahaja", "untuk pelanggan sahaja", "kandungan eksklusif untuk pelanggan", "langgan untuk terus membaca", "baca artikel penuh"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["artikel bersambung selepas iklan", "artikel bersambung di bawah", "berita bersambung selepas iklan", "cerita bersambung selepas iklan", "bersambung selepas iklan", "sambungan artikel di bawah", "teruskan membaca selepas iklan", "baca seterusnya di bawah"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["rencana tajaan", "kandungan berbayar", "artikel berbayar", "kandungan bersponsor", "kandungan rakan kongsi", "dengan kerjasama", "ditaja oleh", "dibawakan oleh"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["artikel ini mengandungi pautan afiliasi", "kami mungkin menerima komisen", "kami mungkin memperoleh komisen", "kami menerima komisen", "jika anda membeli melalui pautan"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["hakcipta terpelihara", "semua hak cipta terpelihara", "sebarang penerbitan semula"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["daftar surat berita"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["muat turun app"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["berikan komen", "komen ditutup", "log masuk untuk komen"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["gambar hiasan", "foto hiasan", "gambar fail", "foto fail", "gambar ihsan", "ihsan pembaca", "gambar ihsan pembaca", "tangkap layar", "gambar arkib", "foto arkib"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["main video", "pemain video", "pemain audio"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tag", "tags", "kata kunci"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["nombor akaun", "no. akaun", "no akaun", "nama akaun", "nama pemegang akaun", "nama bank", "rujukan pembayaran"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["daftar sekarang", "masukkan alamat e-mel", "e-mel anda", "langgan newsletter", "langgan buletin", "sertai senarai mel"]),
        label(Subscription).phrases(&["lihat tawaran", "lihat pakej", "pilih pelan", "pilih pakej", "mulakan percubaan percuma", "cuba percuma", "sertai sekarang", "sudah melanggan? log masuk"]),
        label(App).phrases(&["muat turun di app store", "dapatkan di google play", "pasang aplikasi", "muat turun di google play", "pasang apl", "tersedia di app store"]),
        label(Donation).phrases(&["beri sumbangan", "derma bulanan", "pilih jumlah", "derma sekali", "masukkan jumlah", "sokong sekarang", "jadi penyokong"]),
        label(Social).phrases(&["hantar melalui e-mel", "kongsi ke facebook", "kongsi di whatsapp", "kongsi di x", "kongsi melalui e-mel", "salin url", "kongsi ke telegram"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["cetak"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["dengan mendaftar, anda bersetuju", "dengan melanggan, anda bersetuju", "anda boleh berhenti melanggan pada bila-bila masa", "kami tidak akan berkongsi e-mel anda", "saya bersetuju dengan dasar privasi", "laman ini dilindungi oleh recaptcha", "sila semak peti masuk anda"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["tidak mahu terlepas berita terkini", "mahu lebih banyak berita seperti ini", "suka berita ini", "tidak mahu ketinggalan"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["kata beliau", "jelas beliau", "tambah beliau", "ujar beliau", "menurut beliau", "katanya lagi", "beliau memberitahu", "memberitahu pemberita", "kepada pemberita", "ketika ditemui pemberita", "mengesahkan perkara itu", "menafikan", "memberi amaran", "mendakwa", "memetik laporan", "dipetik sebagai berkata", "dalam satu kenyataan", "dalam kenyataan", "dalam temu bual dengan", "dalam satu temu bual", "menurut laporan", "mengimbas kembali", "dalam sidang media", "pada sidang media"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galeri foto", "galeri gambar", "gambar seterusnya", "gambar sebelumnya", "skrin penuh", "tutup galeri"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["lihat semua gambar"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["live"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["siaran langsung", "live update", "muat semula"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["kemas kini langsung", "muat lebih banyak"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["saiz fon", "saiz teks", "simpan artikel", "kongsi artikel", "hantar e-mel"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["tonton video", "main automatik", "sari kata", "dengar berita"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["kelajuan main balik"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(2.5).max_words(12).phrases(&["terima kasih kerana membaca", "terima kasih kerana sudi membaca", "terima kasih sudi membaca", "terima kasih kerana membaca sehingga habis"]),
        cue(Donation).weight(2.0).phrases(&["berapa sahaja jumlahnya", "seikhlas hati"]),
        cue(Subscription).phrases(&["baca e-paper", "akhbar digital"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["saya mahu menderma", "saya ingin menderma", "saya mahu menyokong", "saya ingin menyokong"]),
        label(Membership).phrases(&["saya mahu menjadi ahli", "saya sudah menjadi ahli", "saya mahu sertai"]),
        label(Subscription).phrases(&["saya mahu melanggan", "saya ingin melanggan", "saya sudah melanggan"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["lihat juga:", "tonton juga:", "artikel berkaitan:", "berita berkaitan:", "baca lebih lanjut:", "anda mungkin berminat:", "anda mungkin juga suka:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["dengar secara langsung", "dengar radio kami"]),
        ask(Social).max_words(30).phrases(&["ikuti saluran whatsapp kami", "ikuti saluran telegram kami", "sertai kumpulan telegram kami", "sertai kumpulan whatsapp kami"]),
        label(Social).phrases(&["sertai saluran"]),
        line(Subscription).max_words(10).phrases(&["e-paper hari ini", "edisi digital", "akhbar digital hari ini"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["berhak memadam komen", "berhak untuk memadam komen", "pandangan peribadi pemberi komen"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ada berita menarik untuk dikongsi", "hubungi meja berita", "kongsi berita anda", "hantar berita anda", "hantarkan kepada kami", "whatsapp kami di"]),
        label(Other).phrases(&["hantar berita", "kongsi berita"]),
        ask(Ad).max_words(35).phrases(&["menangi tiket"]),
        label(Ad).phrases(&["beli tiket"]),
        ask(Ad).max_words(35).phrases(&["kami mencari wartawan", "kami sedang mencari wartawan", "sertai pasukan kami", "sertai pasukan editorial kami"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["alamat e-mel anda tidak akan disiarkan", "simpan nama, e-mel", "komen anda sedang menunggu"]),
        label(Other).part(Comments).phrases(&["siarkan komen", "tulis komen anda"]),
    ],
    // "kami", "kita" and "anda", "kamu", "kalian" are the Indonesian pack's.
    we: &["kamilah", "kitorang", "kita orang"],
    you: &["awak", "engkau", "korang", "tuan/puan", "saudara/saudari"],
};
