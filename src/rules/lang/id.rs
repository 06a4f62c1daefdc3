//! Indonesian (and, for most formulas, Malay).
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "id",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "dukung kami", "dukung jurnalisme independen", "dukung jurnalisme berkualitas", "kami butuh dukunganmu", "kami membutuhkan dukungan anda", "bantu kami",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "berdonasi sekarang", "donasi sekarang", "donasi anda", "donasimu", "setiap donasi anda", "setiap donasimu",
            "setiap rupiah dari anda", "dukung kami dengan", "dukung kami melalui", "dukung kerja kami",
            "dukung kerja-kerja kami", "jadilah donatur", "jadi donatur", "traktir kami", "dukungan anda sangat berarti", "dukunganmu sangat berarti",
            "kami membutuhkan dukungan anda", "kami butuh dukunganmu", "bantu kami untuk terus", "bantu kami menjaga",
        ]),
        cue(Donation).phrases(&[
            "dukungan anda", "dukunganmu", "dengan dukungan anda", "dengan dukunganmu", "jurnalisme independen",
            "jurnalisme berkualitas", "kerja kami", "kerja-kerja kami", "per bulan", "nomor rekening",
        ]),
        cue(Donation).weight(0.5).phrases(&["donasi*", "donatur*", "berdonasi*", "sumbang*"]),
        salutation(Donation).max_words(6).phrases(&[
            "pembaca yang budiman", "pembaca yang terhormat", "para pembaca", "halo pembaca", "sobat pembaca",
            "pembaca setia", "pembaca yang baik",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "suka dengan artikel ini", "apakah anda menyukai artikel ini", "suka dengan apa yang kami lakukan",
        ]),
        ask(Membership).phrases(&[
            "jadilah anggota", "daftar jadi anggota", "bergabunglah dengan komunitas kami", "gabung komunitas kami",
            "bergabung dengan komunitas kami", "bergabunglah menjadi anggota", "jadi anggota kami",
        ]),
        cue(Membership).weight(0.5).phrases(&["keanggotaan*"]),
        ask(Subscription).phrases(&[
            "berlangganan sekarang", "langganan sekarang",
            "batalkan kapan saja", "pilih paket langganan", "mulai berlangganan",
            "ayo berlangganan",
        ]),
        cue(Subscription).phrases(&["akses tanpa batas"]),
        cue(Subscription).weight(0.5).phrases(&["berlangganan*", "langganan*"]),
        cue(Subscription).phrases(&["khusus pelanggan", "akses penuh ke", "sudah berlangganan"]),
        ask(Paywall).weight(3.5).phrases(&[
            "untuk melanjutkan membaca", "lanjutkan membaca", "artikel ini khusus untuk pelanggan",
            "artikel gratis anda", "masuk untuk membaca", "silakan masuk untuk", "silakan login untuk",
            "login untuk membaca", "baca selengkapnya dengan berlangganan",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["anda telah membaca", "kamu telah membaca"]),
        ask(Newsletter).phrases(&[
            "berlangganan newsletter", "daftar newsletter", "newsletter kami", "buletin kami", "masukkan email anda",
            "masukkan alamat email", "kotak masuk anda", "langsung ke email anda",
            "langsung ke kotak masuk anda", "berhenti berlangganan kapan saja", "terima kasih telah berlangganan",
            "terima kasih sudah berlangganan",
        ]),
        cue(Newsletter).phrases(&["newsletter*", "kebijakan privasi"]),
        ask(App).phrases(&["unduh aplikasi kami", "download aplikasi kami", "unduh sekarang di"]),
        cue(App).phrases(&[
            "unduh aplikasi", "download aplikasi", "install aplikasi", "pasang aplikasi", "aplikasi kami",
            "di app store", "di google play", "di play store",
        ]),
        ask(Cookie).phrases(&[
            "kami menggunakan cookie", "situs ini menggunakan cookie", "terima semua cookie", "tolak semua cookie",
            "pengaturan cookie", "kebijakan cookie", "izinkan semua cookie",
        ]),
        cue(Cookie).phrases(&["menggunakan cookie"]),
        ask(Social).phrases(&[
            "ikuti kami", "ikuti kami di", "bagikan artikel ini", "bagikan ke facebook", "bagikan ke whatsapp",
            "bagikan ke twitter", "follow kami", "gabung saluran whatsapp",
            "saluran whatsapp kami", "ikuti saluran", "mari bergabung di",
            "bergabung di grup telegram", "gabung di channel",
        ]),
        cue(Social).weight(2.0).phrases(&["di google news"]),
        label(Ad).phrases(&["iklan", "advertorial", "konten bersponsor"]),
        line(Related).max_words(24).phrases(&[
            "baca juga", "baca selengkapnya", "simak juga", "lihat juga", "berita terkait:", "artikel terkait",
            "berita terpopuler", "pilihan editor", "artikel lainnya:", "berita lainnya:", "baca berita lainnya",
            "anda mungkin suka", "jangan lewatkan:", "rekomendasi untuk anda",
        ]),
        label(Related).phrases(&[
            "baca juga", "berita terkait", "terpopuler", "pilihan editor", "baca selengkapnya", "artikel terkait",
            "berita terkini", "rekomendasi",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "adalah jurnalis lepas", "adalah wartawan lepas", "adalah penulis lepas", "bekerja sebagai jurnalis lepas",
            "artikel ini telah tayang", "artikel ini pertama kali",
        ]),
        line(Credit).max_words(10).phrases(&[
            "penulis:", "foto:", "penyunting:", "pewarta:", "kontributor:", "redaktur:", "laporan wartawan",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "hak cipta dilindungi", "semua hak dilindungi",
        ]),
        label(Other).phrases(&["komentar"]),
        label_any().phrases(&[
            "tutup", "nanti saja", "tidak sekarang", "tidak, terima kasih", "nanti", "ingatkan nanti", "terima",
            "setuju", "tolak", "terima semua", "tolak semua", "lanjut", "lanjutkan", "bagikan", "cetak", "sekali",
            "bulanan", "donasi", "dukung", "berlangganan", "masuk", "daftar", "pengaturan", "saya mengerti", "mengerti",
            "selengkapnya", "lihat semua", "muat lebih banyak", "nominal lain", "donasi sekarang",
        ]),
        outlet(Donation).phrases(&[
            "media independen", "tanpa iklan", "bebas iklan", "tanpa paywall", "nirlaba", "organisasi nirlaba",
            "didanai pembaca", "didukung pembaca", "gratis untuk semua",
        ]),
        // Also news wording: "Sebelum Anda pergi mudik, periksa kendaraan", "donasi bulanan dari
        // perusahaan", "donasi sekali sebesar Rp 1 miliar", "fitur pilih nominal", "pendapatan langganan
        // digital", "promo bulan pertama gratis", "pendapatan dari konten premium", "kuota artikel gratis
        // di perpustakaan", "memberikan alamat email anda", "masuk langsung ke kotak masuk korban",
        // "diminta ikuti berita terkini dari BMKG", "meminta korban salin tautan", "terpaksa terima
        // cookie", "bergabung menjadi anggota Uni Eropa", "laporan itu pertama kali diterbitkan", "Berita
        // terkait banjir itu", "Berita lainnya dari Jakarta": cues, or only a short line of their own.
        header(Donation).max_words(4).phrases(&["sebelum anda pergi", "sebelum kamu pergi"]),
        cue(Donation).phrases(&["pilih nominal", "donasi bulanan", "donasi sekali"]),
        label(Donation).phrases(&["pilih nominal", "donasi bulanan", "donasi sekali"]),
        ask(Donation).at(Start).max_words(6).phrases(&["pilih nominal"]),
        cue(Membership).phrases(&["bergabung menjadi anggota"]),
        cue(Subscription).phrases(&["bulan pertama gratis", "langganan digital"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["bulan pertama gratis"]),
        cue(Paywall).phrases(&["khusus untuk pelanggan", "konten premium", "artikel premium", "kuota artikel gratis"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["khusus untuk pelanggan"]),
        label(Paywall).phrases(&["konten premium", "artikel premium"]),
        cue(Newsletter).phrases(&["alamat email anda", "langsung ke kotak masuk"]),
        cue(Cookie).phrases(&["terima cookie"]),
        cue(Social).phrases(&["salin tautan", "salin link", "ikuti berita terkini"]),
        label(Social).phrases(&["salin tautan", "salin link"]),
        ask(Social).at(Start).max_words(12).phrases(&["ikuti berita terkini"]),
        cue(Credit).phrases(&["pertama kali dipublikasikan", "pertama kali diterbitkan"]),
        line(Related).max_words(3).phrases(&["berita terkait", "berita lainnya", "artikel lainnya"]),
        notice().phrases(&["ralat:", "koreksi:", "pembaruan:"]),
        body().phrases(&["kata", "ujar", "ucap", "menurut", "tutur", "katanya", "ungkap"]),
        // Issue #9: formulas of publishers not in the corpus, by function, from imagined probes.
        ask(Donation).phrases(&["dukung kami lewat", "dukung kami sekarang", "yuk dukung", "mari dukung"]),
        ask(Newsletter).phrases(&["daftar ke buletin kami", "langganan buletin kami", "masukkan alamat surel"]),
        label_any().phrases(&["lain kali", "mungkin nanti"]),
        // Second round, after a held-out batch: the outlet thanking its readers, informal money asks,
        // sign-up and unsubscribe lines, locked articles, "uses cookies", "text and photo:",
        // "more news from", short consent buttons.
        cue(Donation).weight(2.0).phrases(&["berkat dukungan pembaca", "dukungan pembaca kami", "lewat qris"]),
        ask(Donation).phrases(&["kirim dukunganmu", "kirim dukungan anda", "berapa pun sangat berarti"]),
        ask(Membership).phrases(&["jadi pendukung", "sebagai pendukung, kamu", "sebagai pendukung, anda"]),
        ask(Subscription).phrases(&["jadi pelanggan", "jadilah pelanggan"]),
        ask(Newsletter).phrases(&["daftar ke surel", "bisa berhenti kapan saja"]),
        ask(Paywall).weight(3.5).phrases(&["artikel ini terkunci"]),
        ask(Paywall).at(Start).max_words(8).phrases(&["sudah punya akun"]),
        ask(Cookie).at(Start).max_words(25).phrases(&["situs web ini memakai cookie", "situs ini memakai cookie", "situs web ini menggunakan cookie"]),
        line(Credit).max_words(10).phrases(&["teks dan foto:"]),
        label_any().phrases(&["oke, mengerti", "oke"]),
        // Third round, after a second held-out batch: readers who already support us, choose an
        // amount, gift subscriptions, "send it to a friend", news tips to the newsroom.
        ask(Donation).phrases(&["pembaca yang sudah mendukung kami", "yang sudah mendukung kami", "pilih jumlah"]),
        ask(Subscription).phrases(&["hadiahkan langganan", "langganan sebagai hadiah"]),
        ask(Social).phrases(&["kirim ke temanmu", "bagikan ke temanmu"]),
        line(Other).max_words(25).phrases(&["punya informasi untuk redaksi", "kirim informasi ke redaksi"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["tentang penulis", "profil penulis", "artikel lain dari penulis", "tulisan lain dari penulis"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["penulis adalah", "penulis merupakan"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["lompat ke konten", "langsung ke konten", "lewati ke konten", "loncat ke konten"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["tulis komentar", "tinggalkan komentar", "tambahkan komentar", "lihat komentar", "komentar pembaca"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["komentar"]),
        ask(Other).part(Comments).phrases(&["login untuk berkomentar", "komentar dimoderasi", "pedoman komentar"]),
        ask(Other).part(Disclaimer).phrases(&["tidak mencerminkan pandangan redaksi", "merupakan pendapat pribadi penulis", "opini pribadi penulis"]),
        cue(Other).part(Disclaimer).phrases(&["tanggung jawab penulis"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["halaman berikutnya", "halaman sebelumnya", "laporkan kesalahan"]),
        ask(Other).part(Navigation).phrases(&["situs ini bekerja paling baik", "browser anda sudah usang", "aktifkan javascript"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Indonesian
        // sites share, with "Anda" and "kamu"/"-mu" both. Charity drives word the same asks:
        // the bare calls open only a short block.
        ask(Donation).phrases(&[
            "berikan dukunganmu", "dukung media independen", "dukung jurnalisme publik", "dukung redaksi kami",
            "bantu kami tetap independen", "dengan berdonasi, anda", "dengan berdonasi, kamu", "sumbanganmu", "masukkan nominal donasi",
        ]),
        ask(Donation).at(Start).max_words(12).phrases(&["yuk berdonasi", "ayo berdonasi", "mari berdonasi", "berikan dukungan anda"]),
        cue(Donation).phrases(&["nominal donasi", "dukungan kalian", "donasi kalian", "saweria", "trakteer", "karyakarsa", "rekening donasi", "jurnalisme publik"]),
        ask(Membership).phrases(&["gabung jadi member"]),
        ask(Membership).at(Start).max_words(8).phrases(&["jadi member", "jadilah member", "daftar member"]),
        cue(Membership).phrases(&["keuntungan member", "khusus member", "member premium"]),
        ask(Subscription).phrases(&[
            "berlangganan mulai", "pilih paket berlangganan", "bisa dibatalkan kapan saja",
            "sudah punya langganan", "berlangganan untuk membaca",
        ]),
        ask(Subscription).at(Start).max_words(8).phrases(&["pilih paket", "paket langganan"]),
        cue(Subscription).phrases(&["paket langganan", "coba gratis"]),
        ask(Paywall).weight(3.5).phrases(&[
            "artikel ini khusus pelanggan", "konten khusus pelanggan", "khusus untuk member", "untuk membaca artikel ini",
            "untuk membaca selengkapnya", "silakan berlangganan", "daftar gratis untuk membaca", "sisa artikel gratis", "kuota baca gratis",
            "batas artikel gratis", "anda telah mencapai batas", "kamu telah mencapai batas", "masuk untuk melanjutkan",
            "login untuk melanjutkan", "buka kunci artikel",
        ]),
        cue(Paywall).phrases(&["artikel gratis"]),
        ask(Newsletter).phrases(&[
            "berlangganan buletin", "dapatkan berita terbaru di email", "langsung ke inbox", "ke inbox anda", "ke inbox kamu", "ke email kamu",
            "masukkan email kamu", "masukkan alamat email kamu", "terima kasih telah mendaftar", "terima kasih sudah mendaftar",
        ]),
        cue(Newsletter).phrases(&["berhenti berlangganan"]),
        ask(App).phrases(&[
            "baca di aplikasi", "buka di aplikasi", "lanjutkan di aplikasi", "baca lebih nyaman di aplikasi", "install aplikasi kami",
            "pasang aplikasi kami", "aktifkan notifikasi",
        ]),
        ask(App).at(Start).max_words(10).phrases(&[
            "unduh aplikasinya", "download aplikasinya", "tersedia di app store", "tersedia di google play", "tersedia di play store",
        ]),
        ask(Cookie).phrases(&[
            "kami menggunakan cookies", "dengan melanjutkan penggunaan situs", "dengan terus menggunakan situs",
            "anda menyetujui penggunaan cookie", "menyetujui penggunaan cookie", "kelola cookie", "preferensi cookie", "izinkan cookie",
        ]),
        cue(Cookie).phrases(&["menggunakan cookies"]),
        ask(Social).phrases(&[
            "follow instagram kami", "ikuti instagram kami", "subscribe channel youtube", "subscribe youtube kami", "gabung grup whatsapp",
            "gabung channel whatsapp", "bagikan berita ini", "link berhasil disalin", "tautan disalin", "tautan berhasil disalin",
            "dapatkan update berita pilihan", "dapatkan berita terbaru dari kami", "klik link untuk bergabung",
            "pastikan kamu sudah install aplikasi whatsapp", "pastikan anda sudah install aplikasi whatsapp",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["bagikan ke", "follow akun"]),
        line(Related).max_words(24).phrases(&[
            "artikel pilihan", "berita pilihan", "berita populer", "terbanyak dibaca", "paling banyak dibaca", "rekomendasi berita",
            "kamu mungkin suka", "mungkin kamu suka", "mungkin anda tertarik", "anda mungkin tertarik", "kamu mungkin tertarik",
            "baca lainnya", "baca artikel sumber",
        ]),
        line(Related).max_words(4).phrases(&[
            "berita selanjutnya", "artikel selanjutnya", "artikel sebelumnya", "berita sebelumnya", "berita terbaru", "artikel terbaru",
            "berita utama", "jangan lewatkan",
        ]),
        label(Related).phrases(&[
            "artikel pilihan", "berita pilihan", "berita populer", "berita terbaru", "artikel terbaru", "berita selanjutnya",
            "artikel selanjutnya", "jangan lewatkan", "lihat juga", "berita lainnya", "simak juga",
        ]),
        line(Credit).max_words(10).phrases(&[
            "editor:", "reporter:", "fotografer:", "sumber:", "sumber foto:", "grafis:", "ilustrasi:", "laporan reporter",
        ]),
        ask(Credit).max_words(40).phrases(&["artikel ini sudah tayang", "diterbitkan ulang dengan izin"]),
        label_any().phrases(&[
            "lewati", "nanti dulu", "dukung sekarang", "sekali saja", "setiap bulan", "tahunan", "nominal lainnya", "daftar sekarang",
            "langganan sekarang", "izinkan", "jangan izinkan", "izinkan semua", "kelola pilihan", "simpan preferensi",
            "hanya yang diperlukan", "setuju dan tutup",
        ]),
        outlet(Donation).phrases(&[
            "media nirlaba", "independen dan nirlaba", "tidak menerima iklan", "tidak bergantung pada iklan", "bebas dari kepentingan",
            "didanai oleh pembaca", "didukung oleh pembaca", "dibiayai pembaca", "dibiayai oleh pembaca", "gratis dan terbuka",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["pos terkait", "tulisan terkait", "mungkin anda juga suka", "kamu mungkin juga suka", "pos-pos terbaru", "artikel populer", "berita lain"]),
        header(Donation).max_words(12).phrases(&["apakah artikel ini bermanfaat", "apakah artikel ini membantu", "apakah kamu menyukai artikel ini"]),
        label(Social).phrases(&["bagikan ini", "suka ini", "bagikan melalui", "bagikan di"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["dengarkan artikel", "dengarkan berita", "versi audio"]),
        chrome(Other).max_words(5).phrases(&["dengarkan artikel ini", "dengarkan berita ini"]),
        chrome(Social).max_words(5).phrases(&["tonton di youtube"]),
        chrome(Social).max_words(7).phrases(&["lihat postingan ini di instagram"]),
        chrome(Social).max_words(12).phrases(&["sebuah kiriman dibagikan oleh"]),
        chrome(Social).max_words(15).phrases(&["♬ suara asli"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["tinggalkan balasan", "batalkan balasan", "kirim komentar", "komentar ditutup"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["lihat semua komentar"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["jadilah yang pertama berkomentar"]),
        chrome(Other).part(Comments).max_words(8).phrases(&["ruas yang wajib ditandai"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["anda harus masuk untuk berkomentar", "anda harus login untuk mengirim komentar"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["alamat email anda tidak akan dipublikasikan"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["simpan nama, email, dan situs web saya"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["simak:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["menit membaca", "menit baca"]),
        line(Other).max_words(45).phrases(&["artikel ini merupakan bagian dari", "tulisan ini merupakan bagian dari", "liputan ini merupakan bagian dari", "liputan ini didukung oleh", "artikel ini merupakan hasil kerja sama", "tulisan ini adalah bagian dari"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["artikel gratis tersisa", "artikel tersisa", "artikel premium gratis", "berita gratis", "artikel gratis bulan ini"]),
        ask(Paywall).max_words(30).phrases(&["ini adalah artikel gratis terakhir anda", "ini artikel gratis terakhir kamu", "artikel gratis terakhir", "anda telah mencapai batas artikel gratis", "kamu telah mencapai batas artikel gratis", "kuota artikel gratis anda telah habis", "kuota artikel gratis kamu sudah habis", "anda telah membaca semua artikel gratis", "kamu sudah membaca semua artikel gratis"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["untuk membaca artikel selengkapnya", "berlangganan untuk melanjutkan membaca", "sisa artikel ini"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["scroll untuk melanjutkan", "scroll untuk melanjutkan membaca", "gulir untuk melanjutkan", "artikel berlanjut setelah iklan", "berita berlanjut setelah iklan", "konten berlanjut di bawah iklan", "lanjutkan membaca setelah iklan", "artikel dilanjutkan di bawah", "lanjut baca di bawah"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["artikel bersponsor", "konten berbayar", "konten kerja sama", "konten mitra", "konten promosi", "artikel ini merupakan kerja sama", "bekerja sama dengan", "kerja sama dengan", "didukung oleh", "dipersembahkan oleh"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["artikel ini mengandung tautan afiliasi", "artikel ini berisi tautan afiliasi", "artikel ini mengandung link afiliasi", "mengandung link afiliasi", "kami mungkin mendapatkan komisi", "kami dapat memperoleh komisi", "kami mendapatkan komisi", "jika kamu membeli melalui tautan", "jika anda membeli melalui tautan"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["hak cipta dilindungi undang-undang", "dilarang mengutip", "dilarang menyalin", "dilarang mengambil", "dilarang keras mengambil konten", "dilarang keras mengambil"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["beri komentar", "berikan komentar", "tampilkan komentar", "masuk untuk berkomentar"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["foto ilustrasi", "dok pribadi", "dokumentasi pribadi", "dokumen pribadi", "tangkapan layar"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["putar video"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["tag", "tags", "kata kunci"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["nomor rekening", "no. rekening", "no rekening", "nama rekening", "nama pemilik rekening", "nama bank", "rekening donasi"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["masukkan alamat email anda", "email anda", "email kamu", "langganan newsletter", "gabung sekarang"]),
        label(Subscription).phrases(&["lihat penawaran", "lihat paket", "beli paket", "mulai uji coba gratis", "langganan premium", "berlangganan premium", "menjadi anggota", "gabung premium", "sudah berlangganan? masuk", "sudah punya akun? masuk", "masuk ke akun anda"]),
        label(App).phrases(&["unduh di app store", "download di app store", "dapatkan di google play", "download di google play", "unduh sekarang"]),
        label(Donation).phrases(&["beri dukungan", "dukungan bulanan", "jumlah lain", "traktir kopi"]),
        label(Social).phrases(&["link disalin", "bagikan ke x", "kirim lewat email", "bagikan ke telegram", "bagikan lewat whatsapp", "bagikan via email", "salin url", "cetak artikel"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["dengan mendaftar, anda menyetujui", "dengan berlangganan, anda menyetujui", "dengan mendaftar, kamu menyetujui", "anda dapat berhenti berlangganan kapan saja", "kamu bisa berhenti berlangganan kapan saja", "kami tidak akan membagikan email anda", "saya setuju dengan kebijakan privasi", "saya menyetujui syarat dan ketentuan", "situs ini dilindungi oleh recaptcha", "silakan cek kotak masuk anda", "periksa inbox anda untuk konfirmasi"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["suka artikel ini", "tidak ingin ketinggalan berita", "ingin membaca lebih banyak", "mau dapat berita seperti ini"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["ujarnya", "ucapnya", "tuturnya", "ungkapnya", "jelasnya", "imbuhnya", "tambahnya", "paparnya", "sebutnya", "lanjutnya", "mengatakan", "menjelaskan", "menyatakan", "menegaskan", "menambahkan", "mengungkapkan", "menuturkan", "membenarkan", "mengonfirmasi", "membantah", "mengakui", "memperingatkan", "menjawab", "melaporkan", "dilansir dari", "dikutip dari", "kepada wartawan", "kepada awak media", "saat dikonfirmasi", "dalam wawancara dengan", "dalam keterangannya", "dalam keterangan tertulis", "kata dia", "ujar dia"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["perbesar"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["galeri foto", "foto lainnya", "foto selanjutnya", "foto sebelumnya", "layar penuh", "tutup galeri"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["lihat semua foto"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["live", "perbarui"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["live update", "live report", "siaran langsung", "update terkini"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ukuran teks", "ukuran huruf", "simpan artikel", "artikel tersimpan", "bagikan artikel", "kirim email"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["bisukan", "subtitel", "transkrip"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["tonton video", "putar otomatis", "kecepatan putar", "memuat video"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["bagaimana perasaanmu setelah membaca artikel ini", "apakah tulisan ini membantu"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["makasih sudah baca sampai habis"]),
        cue(Donation).weight(2.0).phrases(&["berapa pun jumlahnya", "sekecil apa pun", "setiap dukungan berarti"]),
        cue(Subscription).phrases(&["baca epaper", "koran digital", "majalah digital"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["saya dukung", "saya ingin mendukung", "saya mau mendukung", "saya ingin berdonasi", "saya mau berdonasi", "saya sudah berdonasi"]),
        label(Membership).phrases(&["saya ingin bergabung", "saya mau bergabung", "saya ingin menjadi anggota", "saya sudah menjadi anggota"]),
        label(Subscription).phrases(&["saya ingin berlangganan", "saya mau berlangganan", "saya sudah berlangganan"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["baca juga:", "baca pula:", "simak juga:", "lihat juga:", "tonton juga:", "saksikan juga:", "dengarkan juga:", "artikel terkait:", "baca berita lainnya:", "pilihan redaksi:", "kamu mungkin suka:", "anda mungkin suka:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["dengarkan live", "dengarkan radio kami", "streaming radio"]),
        ask(Social).max_words(30).phrases(&["saluran telegram kami", "channel telegram kami", "channel whatsapp kami", "gabung saluran telegram", "update berita pilihan dan breaking news"]),
        label(Social).phrases(&["gabung saluran"]),
        line(Subscription).max_words(10).phrases(&["e-paper hari ini", "epaper hari ini", "baca koran digital", "edisi digital"]),
        label(Subscription).phrases(&["e-paper", "epaper"]),
        ask(Other).part(Comments).max_words(60).phrases(&["redaksi berhak menghapus komentar", "berhak menghapus komentar yang", "komentar akan ditampilkan setelah"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["kirim ke redaksi", "kirimkan ke redaksi", "kirimkan berita anda", "kirim berita anda", "kirimkan foto dan video anda", "jadilah jurnalis warga", "ayo jadi jurnalis warga", "hubungi redaksi kami"]),
        label(Other).phrases(&["kirim berita", "kirim tulisan", "hubungi redaksi", "kontak redaksi", "jurnalis warga"]),
        ask(Ad).max_words(35).phrases(&["menangkan tiket"]),
        label(Ad).phrases(&["beli tiket", "beli tiket sekarang", "vote sekarang"]),
        ask(Ad).max_words(35).phrases(&["kami mencari jurnalis", "kami mencari wartawan", "dibutuhkan wartawan", "dibutuhkan kontributor", "bergabung dengan tim redaksi kami", "bergabunglah dengan tim kami"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["alamat email anda tidak akan dipublikasikan", "ruas yang wajib ditandai", "simpan nama, email, dan situs web saya", "komentar anda menunggu moderasi", "komentar yang mengandung sara"]),
        label(Other).part(Comments).phrases(&["posting komentar", "tulis komentar anda", "kirim komentar anda"]),
    ],
    we: &["kami", "kita"],
    // "Anda" is also Spanish and Portuguese "anda" (walks), rare in news next to "we".
    you: &["anda", "kamu", "kalian"],
};
