//! Vietnamese, in precomposed (NFC) letters. Words are written a syllable apart, and each
//! syllable is a word of the matcher that stands in every text ("hộ", "tin", "bạn"): every
//! phrase is two syllables or more, and the stems are whole words of two syllables.
//!
//! News wording shares much of the appeals' vocabulary: "ủng hộ" is the donation to flood
//! victims and the support for a bill, "bản tin" the television news bulletin, "trở thành
//! thành viên" a country joining the WTO, "tải ứng dụng" the government's ID app. Those are
//! cues; asks have the outlet or the reader in them ("ủng hộ chúng tôi", "đăng ký nhận bản tin
//! của chúng tôi") or stand at the start of a short block. Where a vowel pair takes the tone
//! mark in two places ("hủy"/"huỷ", "hòa"/"hoà"), both spellings are listed.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "vi",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "ủng hộ chúng tôi", "hãy ủng hộ chúng tôi", "ủng hộ báo chí độc lập", "hãy đồng hành cùng chúng tôi",
            "đồng hành cùng chúng tôi", "trước khi bạn rời đi", "chúng tôi cần sự ủng hộ của bạn",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "chúng tôi cần sự ủng hộ của bạn", "chúng tôi cần sự hỗ trợ của bạn", "chọn số tiền ủng hộ",
            "chọn số tiền bạn muốn ủng hộ", "sự ủng hộ của bạn giúp chúng tôi",
            "sự đóng góp của bạn giúp chúng tôi",
        ]),
        // A quoted speaker says these too ("dân làng đã ủng hộ chúng tôi"; protesters shout
        // "Hãy ủng hộ chúng tôi!", a charity says "mọi sự ủng hộ dù nhỏ đều quý giá"): a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(25).phrases(&[
            "ủng hộ chúng tôi", "hãy ủng hộ chúng tôi", "ủng hộ chúng tôi ngay", "ủng hộ chúng tôi ngay hôm nay",
            "hỗ trợ chúng tôi", "hãy hỗ trợ chúng tôi", "hãy đồng hành cùng chúng tôi", "ủng hộ báo chí độc lập",
            "chúng tôi cần sự ủng hộ của quý vị", "chúng tôi cần sự ủng hộ của các bạn", "mọi sự ủng hộ dù nhỏ",
            "mọi đóng góp dù nhỏ", "giúp chúng tôi duy trì", "giúp chúng tôi tiếp tục", "ủng hộ tài chính cho chúng tôi",
            "quyên góp ngay", "đóng góp ngay", "ủng hộ ngay",
        ]),
        cue(Donation).phrases(&[
            "sự ủng hộ của bạn", "sự ủng hộ của quý vị", "sự ủng hộ của độc giả", "báo chí độc lập", "số tiền ủng hộ",
            "ủng hộ hàng tháng", "ủng hộ một lần", "đóng góp hàng tháng", "đóng góp một lần",
        ]),
        cue(Donation).weight(0.5).phrases(&["ủng hộ*", "quyên góp*", "đóng góp*"]),
        salutation(Donation).max_words(6).phrases(&[
            "bạn đọc thân mến", "độc giả thân mến", "quý độc giả thân mến", "kính gửi quý độc giả", "thưa quý độc giả",
            "các bạn độc giả thân mến",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "bạn thích bài viết này", "nếu bạn thấy bài viết này hữu ích", "bạn thấy bài viết này thế nào",
        ]),
        // "trở thành thành viên" is also a country joining the WTO.
        ask(Membership).phrases(&[
            "trở thành thành viên của chúng tôi", "tham gia cộng đồng của chúng tôi", "gia nhập cộng đồng của chúng tôi",
            "đăng ký gói hội viên", "đăng ký gói thành viên",
        ]),
        ask(Membership).at(Start).max_words(15).phrases(&["đăng ký thành viên", "đăng ký hội viên", "trở thành hội viên"]),
        cue(Membership).phrases(&["trở thành thành viên", "gói hội viên", "gói thành viên", "quyền lợi hội viên"]),
        ask(Subscription).phrases(&[
            "bạn đã có tài khoản", "đăng ký gói đọc", "nâng cấp tài khoản của bạn", "gia hạn gói của bạn",
            "hủy bất cứ lúc nào", "huỷ bất cứ lúc nào", "hủy bất kỳ lúc nào", "huỷ bất kỳ lúc nào",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["đăng ký ngay", "nâng cấp tài khoản", "đăng ký gói"]),
        cue(Subscription).phrases(&[
            "tài khoản trả phí", "tháng đầu miễn phí", "truy cập không giới hạn", "dùng thử miễn phí", "gói đăng ký",
        ]),
        ask(Paywall).weight(3.5).phrases(&[
            "để đọc tiếp bài viết", "để đọc toàn bộ bài viết", "để đọc tiếp nội dung", "bài viết dành riêng cho thành viên",
            "bài viết dành riêng cho hội viên", "nội dung dành riêng cho người đăng ký", "đăng nhập để đọc tiếp",
            "đăng nhập để tiếp tục đọc", "bạn đã đọc hết số bài miễn phí", "số bài viết miễn phí",
        ]),
        // "bản tin" is also the television bulletin ("bản tin thời sự").
        ask(Newsletter).phrases(&[
            "đăng ký nhận bản tin của chúng tôi", "bản tin của chúng tôi", "nhập địa chỉ email của bạn", "nhập email của bạn",
            "gửi đến hộp thư của bạn", "gửi vào hộp thư của bạn", "bạn có thể hủy đăng ký bất cứ lúc nào",
            "bạn có thể huỷ đăng ký bất cứ lúc nào", "cảm ơn bạn đã đăng ký",
        ]),
        ask(Newsletter).at(Start).max_words(15).phrases(&["đăng ký nhận bản tin", "nhận bản tin qua email"]),
        cue(Newsletter).phrases(&["địa chỉ email của bạn", "hủy đăng ký", "huỷ đăng ký", "chính sách bảo mật", "bản tin"]),
        ask(App).phrases(&[
            "tải ứng dụng của chúng tôi", "cài đặt ứng dụng của chúng tôi", "đọc báo trên ứng dụng",
        ]),
        ask(App).at(Start).max_words(8).phrases(&["tải ứng dụng", "tải app"]),
        cue(App).phrases(&["ứng dụng của chúng tôi", "tải ứng dụng"]),
        ask(Cookie).phrases(&[
            "chúng tôi sử dụng cookie", "trang web này sử dụng cookie", "website này sử dụng cookie",
            "chính sách cookie", "cài đặt cookie", "bạn đồng ý với việc sử dụng cookie",
            "bằng việc tiếp tục sử dụng trang web", "tiếp tục sử dụng trang web này",
        ]),
        cue(Cookie).phrases(&["sử dụng cookie", "tệp cookie"]),
        ask(Social).phrases(&[
            "theo dõi chúng tôi trên facebook", "theo dõi chúng tôi trên youtube", "theo dõi chúng tôi trên zalo",
            "theo dõi chúng tôi trên tiktok", "chia sẻ bài viết này", "đã sao chép liên kết",
            "tham gia kênh telegram của chúng tôi",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["theo dõi chúng tôi", "chia sẻ bài viết"]),
        cue(Social).phrases(&["kênh youtube của chúng tôi", "fanpage của chúng tôi"]),
        label(Ad).phrases(&["quảng cáo", "nội dung tài trợ", "bài viết tài trợ", "tài trợ"]),
        line(Related).max_words(24).phrases(&[
            "xem thêm:", "đọc thêm:", "tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
            "có thể bạn quan tâm", "bạn có thể quan tâm", "đọc nhiều nhất", "xem nhiều nhất",
        ]),
        label(Related).phrases(&[
            "xem thêm", "đọc thêm", "tin liên quan", "tin mới nhất", "tin khác", "tin nổi bật", "cùng chuyên mục",
            "đọc nhiều", "xem nhiều",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "bài viết được đăng lần đầu", "bài viết được đăng tải lần đầu", "bài viết thể hiện quan điểm riêng",
            "quan điểm riêng của tác giả", "không nhất thiết phản ánh quan điểm",
        ]),
        line(Credit).max_words(10).phrases(&["biên dịch:", "biên tập:", "thực hiện:", "đồ họa:", "đồ hoạ:"]),
        chrome(Other).max_words(12).phrases(&["bản quyền thuộc về",]),
        label(Other).phrases(&["bình luận", "gửi bình luận"]),
        label_any().phrases(&[
            "đóng lại", "để sau", "không, cảm ơn", "không cảm ơn", "lúc khác", "nhắc tôi sau", "đồng ý", "chấp nhận",
            "từ chối", "tiếp tục", "chia sẻ", "in bài", "lưu bài", "đăng nhập", "đăng ký", "ủng hộ", "ủng hộ ngay",
            "hàng tháng", "một lần", "hàng năm", "số tiền khác", "đọc tiếp", "xem tiếp", "sao chép liên kết", "đã hiểu",
            "chấp nhận tất cả", "từ chối tất cả", "đồng ý và tiếp tục",
        ]),
        outlet(Donation).phrases(&[
            "truyền thông độc lập", "phi lợi nhuận", "không quảng cáo", "không có quảng cáo",
            "miễn phí cho tất cả", "do độc giả tài trợ", "nhờ sự ủng hộ của độc giả",
        ]),
        notice().phrases(&["cập nhật:", "đính chính:"]),
        body().phrases(&["cho biết", "cho hay", "nói thêm", "nhấn mạnh", "khẳng định", "phát biểu"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["về tác giả", "giới thiệu tác giả", "bài viết khác của tác giả", "cùng tác giả"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["tác giả là", "tác giả hiện là"]),
        chrome(Other).part(Navigation).max_words(12).phrases(&["chuyển đến nội dung chính", "chuyển đến nội dung", "bỏ qua nội dung"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["viết bình luận", "gửi bình luận", "để lại bình luận", "xem bình luận", "bình luận của bạn đọc", "ý kiến bạn đọc"]),
        ask(Other).part(Comments).phrases(&["đăng nhập để bình luận", "bình luận sẽ được kiểm duyệt", "quy định bình luận"]),
        ask(Other).part(Disclaimer).phrases(&["quan điểm riêng của tác giả", "ý kiến riêng của tác giả", "bài viết thể hiện quan điểm riêng"]),
        cue(Other).part(Disclaimer).phrases(&["không nhất thiết phản ánh", "quan điểm của tòa soạn"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["trang tiếp theo", "báo lỗi", "gửi tin bài"]),
        ask(Other).part(Navigation).phrases(&["trình duyệt của bạn đã cũ"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Vietnamese
        // sites share, to "bạn" and to "quý vị"; where "hằng"/"hàng" and "hủy"/"huỷ" are both
        // written, both are listed.
        ask(Donation).weight(3.5).phrases(&[
            "chọn mức ủng hộ", "chọn mức đóng góp", "mời chúng tôi một ly cà phê",
            "nếu bạn thấy nội dung này hữu ích", "nếu quý vị thấy nội dung này hữu ích", "sự đóng góp của quý vị giúp chúng tôi",
            "sự ủng hộ của quý vị giúp chúng tôi",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(25).phrases(&[
            "đóng góp cho chúng tôi", "quyên góp cho chúng tôi", "tài trợ cho chúng tôi",
        ]),
        cue(Donation).weight(0.5).phrases(&["đóng góp cho chúng tôi", "quyên góp cho chúng tôi"]),
        cue(Donation).phrases(&[
            "ủng hộ định kỳ", "ủng hộ hằng tháng", "mức ủng hộ",
        ]),
        ask(Membership).phrases(&["tham gia hội viên", "đăng ký hội viên ngay", "nâng cấp hội viên"]),
        cue(Membership).phrases(&["hội viên premium", "thành viên vip", "đặc quyền hội viên"]),
        ask(Subscription).phrases(&[
            "bạn đã là hội viên", "bạn đã là thành viên", "quý vị đã có tài khoản", "mua gói đọc", "gói đọc báo",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["đăng nhập ngay", "mua gói", "đã có tài khoản"]),
        ask(Paywall).weight(3.5).phrases(&[
            "bài viết dành cho hội viên", "nội dung dành cho hội viên", "nội dung dành riêng cho hội viên",
            "bài viết trả phí", "bài viết premium", "mời bạn đăng nhập", "vui lòng đăng nhập để", "đăng ký để đọc", "đăng nhập để xem",
            "đã hết lượt đọc miễn phí", "lượt đọc miễn phí",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["để đọc tiếp", "để xem tiếp"]),
        cue(Paywall).phrases(&["nội dung trả phí", "bài viết miễn phí", "bài miễn phí"]),
        ask(Newsletter).phrases(&[
            "nhận bản tin hằng ngày", "nhận bản tin hàng ngày", "gửi tới hộp thư của bạn", "đăng ký nhận email", "cảm ơn quý vị đã đăng ký",
        ]),
        ask(Newsletter).at(Start).max_words(15).phrases(&["đăng ký nhận tin", "nhận tin qua email"]),
        cue(Newsletter).phrases(&["hộp thư của bạn", "email của bạn", "đăng ký thành công"]),
        ask(App).phrases(&["đọc trên ứng dụng", "mở trong ứng dụng", "tải ứng dụng để đọc"]),
        cue(App).phrases(&["cài đặt ứng dụng", "nhận thông báo"]),
        ask(Cookie).phrases(&[
            "sử dụng cookies", "chúng tôi dùng cookie", "trang này sử dụng cookie", "đồng ý sử dụng cookie", "chấp nhận cookie",
            "quản lý cookie", "tùy chỉnh cookie", "tuỳ chỉnh cookie", "cài đặt quyền riêng tư",
        ]),
        ask(Social).phrases(&[
            "theo dõi fanpage", "đăng ký kênh youtube", "like fanpage", "theo dõi kênh zalo",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&["theo dõi kênh", "theo dõi báo", "gửi cho bạn bè"]),
        label(Social).phrases(&["chia sẻ qua email", "chia sẻ qua zalo", "chia sẻ facebook", "chia sẻ zalo", "sao chép link"]),
        line(Related).max_words(24).phrases(&[
            "bài viết cùng chủ đề", "tin cùng chủ đề", "tin tức liên quan", "tin bài liên quan", "bài đọc nhiều",
            "có thể bạn muốn xem", "có thể bạn thích", "tin đọc nhiều", "tin xem nhiều", "xem thêm tin",
        ]),
        line(Related).max_words(4).phrases(&[
            "tin nổi bật", "cùng chủ đề", "tin mới nhất", "bài viết khác", "các tin khác", "bài viết mới nhất", "tin tiêu điểm", "tiêu điểm",
            "bài tiếp theo", "bài trước", "tin tiếp theo", "tin khác",
        ]),
        label(Related).phrases(&[
            "bài viết liên quan", "tin cùng chuyên mục", "bài viết khác", "các tin khác", "tin tiêu điểm", "tiêu điểm", "bài tiếp theo",
            "tin đọc nhiều", "bài liên quan", "có thể bạn quan tâm",
        ]),
        line(Credit).max_words(10).phrases(&[
            "ảnh:", "ảnh minh họa", "ảnh minh hoạ", "nguồn:", "theo:", "nguồn ảnh", "nhóm phóng viên", "phóng viên:",
            "bài và ảnh:", "bài, ảnh:", "bài:", "chuyển ngữ:", "lược dịch",
        ]),
        ask(Credit).max_words(40).phrases(&["bài viết được dịch từ", "bản gốc bằng tiếng anh", "bài viết thuộc bản quyền"]),
        label_any().phrases(&[
            "đóng", "bỏ qua", "không phải bây giờ", "ủng hộ một lần", "ủng hộ hàng tháng", "ủng hộ hằng tháng", "đăng ký ngay",
            "đăng nhập ngay", "xem tất cả", "tải thêm", "tùy chỉnh", "tuỳ chỉnh", "lưu lựa chọn", "chỉ cần thiết", "đồng ý tất cả",
        ]),
        outlet(Donation).phrases(&[
            "tòa soạn độc lập", "toà soạn độc lập", "không nhận quảng cáo", "không phụ thuộc vào quảng cáo", "không có tường phí",
            "miễn phí cho mọi người", "được độc giả ủng hộ", "nhờ độc giả đóng góp", "sống nhờ sự ủng hộ của độc giả",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["bài viết tương tự", "bài viết mới", "bài viết gần đây", "có thể bạn cũng thích", "bài viết phổ biến", "bài viết nổi bật", "tin tức mới nhất"]),
        header(Donation).max_words(12).phrases(&["bài viết này có hữu ích với bạn không", "bài viết này có hữu ích không", "bạn có thích bài viết này không"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(5).phrases(&["nghe bài viết", "nghe bài báo"]),
        chrome(Other).max_words(6).phrases(&["nghe đọc bài viết"]),
        chrome(Social).max_words(5).phrases(&["xem trên youtube"]),
        chrome(Social).max_words(8).phrases(&["xem bài viết này trên instagram"]),
        chrome(Social).max_words(14).phrases(&["một bài viết được chia sẻ bởi"]),
        chrome(Other).part(Comments).max_words(5).phrases(&["hủy trả lời"]),
        chrome(Other).part(Comments).max_words(6).phrases(&["xem thêm bình luận"]),
        chrome(Other).part(Comments).max_words(7).phrases(&["để lại một bình luận"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["các trường bắt buộc được đánh dấu"]),
        chrome(Other).part(Comments).max_words(15).phrases(&["email của bạn sẽ không được hiển thị công khai"]),
        chrome(Other).part(Navigation).max_words(6).phrases(&["báo lỗi bài viết"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["tham khảo thêm:", "đọc tiếp:"]),
        chrome(Other).at(Any).max_words(4).phrases(&["phút đọc"]),
        line(Other).max_words(45).phrases(&["bài viết này là một phần của", "bài viết nằm trong loạt bài", "bài viết được thực hiện với sự hỗ trợ", "bài viết thuộc chuyên đề"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["bài báo miễn phí", "bài viết miễn phí còn lại", "bài viết còn lại", "tin miễn phí"]),
        ask(Paywall).max_words(30).phrases(&["đây là bài viết miễn phí cuối cùng của bạn", "bài viết miễn phí cuối cùng", "bạn đã đọc hết số bài viết miễn phí", "bạn đã hết lượt đọc miễn phí", "bạn đã sử dụng hết lượt đọc miễn phí", "bạn đã đạt giới hạn bài viết miễn phí"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["nội dung chỉ dành cho người đăng ký", "bài viết dành cho thành viên", "phần còn lại của bài viết", "đăng ký để đọc tiếp"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["bài viết tiếp tục sau quảng cáo", "bài viết tiếp tục bên dưới", "nội dung tiếp tục bên dưới", "tin tiếp tục sau quảng cáo", "tiếp tục sau quảng cáo", "tiếp tục đọc bên dưới", "mời bạn đọc tiếp bên dưới", "cuộn xuống để tiếp tục đọc", "kéo xuống để đọc tiếp", "xem tiếp bên dưới"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["được tài trợ bởi", "thông tin quảng cáo", "phối hợp thực hiện"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["bài viết có chứa liên kết tiếp thị", "bài viết chứa liên kết affiliate", "chúng tôi có thể nhận hoa hồng", "chúng tôi có thể nhận được hoa hồng", "chúng tôi nhận hoa hồng", "khi bạn mua hàng qua liên kết", "nếu bạn mua hàng qua liên kết"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["toàn bộ bản quyền thuộc", "giữ bản quyền", "ghi rõ nguồn khi phát hành lại", "chỉ được phát hành lại thông tin", "cấm sao chép dưới mọi hình thức", "nghiêm cấm sao chép", "không được sao chép"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["nhận bản tin", "đăng ký bản tin", "bản tin email"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["tải ứng dụng ngay", "tải về ứng dụng", "tải app ngay"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["bình luận của bạn", "ý kiến của bạn", "gửi ý kiến", "chia sẻ ý kiến của bạn", "đã đóng bình luận"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["hình minh họa", "ảnh tư liệu", "ảnh chụp màn hình", "ảnh cắt từ clip", "ảnh cắt từ video", "ảnh nhân vật cung cấp", "ảnh do nhân vật cung cấp", "ảnh mạng xã hội", "ảnh internet", "nguồn internet"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["phát video"]),
        chrome(Other).part(Player).weight(2.5).max_words(6).phrases(&["trình phát video", "trình phát audio"]),
        chrome(Other).part(Player).weight(2.5).max_words(9).phrases(&["kết thúc cửa sổ hộp thoại"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["từ khóa", "từ khoá", "tags", "tag", "thẻ"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["số tài khoản", "stk", "chủ tài khoản", "tên tài khoản", "nội dung chuyển khoản", "tên ngân hàng"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["nhập địa chỉ email", "theo dõi bản tin", "nhận bản tin miễn phí", "đăng ký nhận thông báo", "nhập email"]),
        label(Subscription).phrases(&["xem các gói", "xem ưu đãi", "chọn gói", "bắt đầu dùng thử miễn phí", "đã là hội viên? đăng nhập", "đã có tài khoản? đăng nhập"]),
        label(App).phrases(&["tải về trên app store", "tải xuống trên app store", "tải nó trên google play", "tải ngay"]),
        label(Donation).phrases(&["chọn số tiền", "ủng hộ tòa soạn", "nhập số tiền", "mời cà phê"]),
        label(Social).phrases(&["đã sao chép", "copy link", "chia sẻ lên facebook", "in bài viết", "gửi email"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["bằng việc đăng ký, bạn đồng ý", "khi đăng ký, bạn đồng ý", "chúng tôi sẽ không chia sẻ email", "tôi đồng ý với chính sách bảo mật", "tôi đồng ý với điều khoản", "trang web này được bảo vệ bởi recaptcha", "vui lòng kiểm tra hộp thư"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["bạn thấy bài viết thế nào", "bài viết có hữu ích với bạn không", "không muốn bỏ lỡ tin tức", "bạn muốn đọc thêm"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["nói rằng", "cho rằng", "phủ nhận", "thừa nhận", "đưa tin", "dẫn lời", "trích lời", "trả lời phỏng vấn", "trong cuộc phỏng vấn", "trả lời báo chí", "nói với phóng viên", "nói với báo chí", "trao đổi với phóng viên", "chia sẻ với phóng viên", "nêu rõ", "lý giải", "lí giải", "tiết lộ", "bác bỏ", "kể lại", "theo lời", "theo ông", "theo bà", "ông nói", "bà nói", "tuyên bố rằng", "thừa nhận rằng", "cảnh báo rằng", "giải thích rằng", "theo hãng tin", "hồi tưởng"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["ảnh trước", "phóng to"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(4).phrases(&["thư viện ảnh", "xem thêm ảnh", "ảnh tiếp theo", "toàn màn hình"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(5).phrases(&["xem tất cả ảnh", "đóng thư viện ảnh"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["live"]),
        chrome(Other).part(Live).weight(2.5).max_words(4).phrases(&["diễn biến chính"]),
        chrome(Other).part(Live).weight(2.5).max_words(5).phrases(&["tường thuật trực tiếp", "cập nhật trực tiếp", "cập nhật mới nhất", "xem thêm cập nhật"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["lưu tin", "đã lưu", "cỡ chữ"]),
        chrome(Other).part(Tools).weight(2.5).max_words(4).phrases(&["lưu bài viết"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["xem video", "tắt tiếng", "bật tiếng", "phụ đề"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["tự động phát", "tốc độ phát", "nghe đọc bài", "đang tải video"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["bài viết có hữu ích không", "nếu thấy bài viết hay"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["cảm ơn quý độc giả đã theo dõi"]),
        cue(Donation).weight(2.0).phrases(&["dù ít hay nhiều", "bất kỳ số tiền nào"]),
        cue(Subscription).phrases(&["đặt mua báo in", "đọc báo in", "đặt mua báo giấy", "đặt báo dài hạn", "phiên bản điện tử", "ấn phẩm điện tử"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["tôi muốn ủng hộ", "tôi ủng hộ", "tôi muốn quyên góp", "tôi muốn đóng góp"]),
        label(Membership).phrases(&["tôi muốn trở thành thành viên", "tôi đã là thành viên"]),
        label(Subscription).phrases(&["tôi muốn đăng ký", "tôi đã đăng ký"]),
        label(Newsletter).phrases(&["tôi muốn nhận bản tin"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["mời xem thêm:", "tin liên quan:", "bài liên quan:", "tin tức liên quan:", "bài viết liên quan:", "có thể bạn quan tâm:", "bạn có thể quan tâm:", "tin cùng chuyên mục:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["truyền hình trực tuyến", "phát thanh trực tuyến", "nghe trực tuyến", "nghe phát thanh trực tiếp"]),
        ask(Social).max_words(30).phrases(&["kênh zalo của chúng tôi", "kênh whatsapp của chúng tôi", "kênh telegram của chúng tôi", "theo dõi chúng tôi trên whatsapp", "theo dõi chúng tôi trên telegram"]),
        label(Social).phrases(&["tham gia kênh", "tham gia ngay"]),
        line(Subscription).max_words(10).phrases(&["đọc báo in hôm nay", "xem báo in"]),
        label(Subscription).phrases(&["báo in", "e-paper", "epaper", "đọc báo in"]),
        ask(Other).part(Comments).max_words(60).phrases(&["sẽ được biên tập trước khi đăng", "bình luận của bạn sẽ được duyệt", "gõ tiếng việt có dấu"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["mời bạn đọc gửi", "bạn đọc có thể gửi", "độc giả có thể gửi", "gửi tin bài, hình ảnh"]),
        label(Other).phrases(&["gửi bài viết", "gửi tin", "gửi tin cho chúng tôi", "liên hệ tòa soạn", "liên hệ toà soạn"]),
        ask(Ad).max_words(35).phrases(&["mời bạn đọc tham gia", "mời quý độc giả tham gia"]),
        label(Ad).phrases(&["mua vé ngay"]),
        ask(Ad).max_words(35).phrases(&["tuyển dụng phóng viên", "tuyển phóng viên", "tòa soạn tuyển dụng", "toà soạn tuyển dụng", "gia nhập đội ngũ của chúng tôi"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["cho lần bình luận kế tiếp của tôi", "bình luận của bạn đang chờ", "bạn phải đăng nhập để gửi bình luận", "email của bạn sẽ không được hiển thị công khai"]),
        label(Other).part(Comments).phrases(&["xem tất cả bình luận", "bình luận ngay", "gửi ý kiến của bạn"]),
    ],
    // "tôi" (I) is no `we`; "bạn" is also a friend, but appeals address the reader so.
    we: &["chúng tôi", "chúng ta", "của chúng tôi", "với chúng tôi", "cho chúng tôi"],
    you: &["bạn", "các bạn", "của bạn", "quý vị", "quý độc giả", "quý bạn đọc"],
};
