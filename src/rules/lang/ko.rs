//! Korean.
//!
//! Korean spaces its words but glues particles to them (구독 -> 구독을, 구독하기): a phrase
//! names the form publishers print, and stems (`후원*`) catch the rest. 후원 (sponsorship,
//! political donations) and 구독 (the subscription economy) are news words: cues only.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ko",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "후원해 주세요", "후원해주세요", "후원 안내", "독립언론을 후원해주세요", "독립언론을 후원해 주세요",
            "여러분의 후원이 필요합니다", "독자 여러분의 후원", "후원으로 만들어집니다",
            // "후원하기 위해", "구독하기 위해" are prose: the buttons count at a block's start.
            "후원하기", "구독하기",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "후원하러 가기", "일시후원*", "일시 후원*",
            "후원회원 가입*", "후원회원 되기", "후원회원이 되어", "원고료로 응원하기", "좋은기사 원고료로 응원하기",
            "기사 후원하기", "기자 후원하기", "후원 참여하기", "후원 신청", "후원 신청하기", "후원금액 선택", "cms 후원*",
        ]),
        ask(Donation).at(Start).max_words(3).phrases(&["정기후원*", "정기 후원*"]),
        cue(Donation).phrases(&["여러분의 응원", "여러분의 지지", "좋은 기사", "응원하기"]),
        cue(Donation).weight(0.5).phrases(&["후원*", "기부*", "후원금*"]),
        salutation(Donation).max_words(6).phrases(&[
            "독자 여러분", "독자 여러분께", "독자님께", "독자 여러분, 안녕하세요", "친애하는 독자 여러분",
            "존경하는 독자 여러분", "사랑하는 독자 여러분",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["이 기사가 도움이 되셨나요", "기사가 마음에 드셨나요", "이 기사를 응원해 주세요"]),
        ask(Membership).phrases(&[
            "회원가입하기", "지금 회원가입", "회원가입 후 이용", "멤버십 가입", "멤버십 가입하기", "멤버십 회원", "회원이 되어 주세요",
            "회원이 되어주세요", "유료회원 가입", "회원으로 가입하세요",
        ]),
        cue(Membership).phrases(&["회원가입", "멤버십*", "후원회원*"]),
        ask(Subscription).phrases(&[
            "구독 신청하기", "지금 구독하세요", "지금 구독하기", "구독하세요",
            "정기 구독 신청", "구독 중이신가요", "이미 구독 중", "이미 구독하셨나요",
            "언제든 해지", "언제든지 해지",
        ]),
        ask(Subscription).at(Start).max_words(4).phrases(&["디지털 구독*"]),
        cue(Subscription).weight(0.5).phrases(&["구독*", "유료 구독", "구독료"]),
        ask(Paywall).weight(3.5).phrases(&[
            "유료 기사입니다", "유료기사입니다", "프리미엄 기사입니다", "로그인 후 이용", "로그인 후 전체 기사",
            "전체 기사를 보시려면", "기사 전문을 보시려면", "기사 전문을 읽으려면", "로그인하시면", "로그인이 필요합니다",
            "회원 전용 기사", "유료회원 전용", "구독자 전용*", "나머지 기사를", "이 기사는 유료", "남은 무료 기사",
            "무료 기사를 모두", "무료로 읽을 수 있는 기사",
        ]),
        ask(Newsletter).phrases(&[
            "뉴스레터를 구독", "뉴스레터 받아보기", "뉴스레터 받기", "뉴스레터 구독하기",
            "이메일 주소를 입력", "이메일 주소를 입력해 주세요", "메일함으로", "받은편지함", "이메일로 받아보세요",
            "메일로 받아보세요", "구독 취소는 언제든",
        ]),
        cue(Newsletter).phrases(&["뉴스레터*", "이메일 주소", "개인정보 수집", "개인정보처리방침", "수신 거부"]),
        ask(App).phrases(&[
            "앱 설치하기", "앱에서 보기", "앱으로 보기", "앱 다운받기", "앱을 다운로드", "앱에서 읽기", "앱으로 읽기",
        ]),
        ask(App).max_words(15).phrases(&["앱 다운로드", "앱 설치"]),
        // Not the stem "앱*": a stem under four bytes makes every word of every text walk the
        // automaton. The particles that follow it are listed instead.
        cue(App).weight(1.0).phrases(&["앱", "앱을", "앱에서", "앱으로", "앱은", "앱이", "앱스토어", "구글플레이", "플레이스토어"]),
        ask(Cookie).phrases(&[
            "쿠키를 사용합니다", "쿠키를 사용하여", "쿠키를 사용", "쿠키 사용에 동의", "쿠키 설정", "모든 쿠키 허용",
            "쿠키 정책", "필수 쿠키만",
        ]),
        ask(Social).phrases(&[
            "카카오톡으로 공유", "링크 복사", "url 복사", "주소 복사",
            "url이 복사되었습니다", "링크가 복사되었습니다", "주소가 복사되었습니다", "네이버에서 구독", "네이버 구독",
            "채널 추가", "팔로우하세요", "기자 구독하기", "기사보내기", "sns 기사보내기", "기사공유하기",
            "기사 공유하기", "구독 버튼",
        ]),
        ask(Social).at(Start).max_words(4).phrases(&["유튜브 구독", "카카오톡 채널"]),
        // Elsewhere the channel is news ("카카오톡 채널 추가 시 재난 정보를"): a cue, which also
        // keeps the ask "채널 추가" inside it from counting.
        cue(Social).phrases(&["카카오톡 채널"]),
        line(Related).max_words(24).phrases(&[
            "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "함께 보면 좋은 기사", "많이 본 기사", "많이 본 뉴스",
            "가장 많이 본 기사", "이 시각 주요뉴스", "이 기자의 다른 기사", "기자의 다른 기사", "기자의 다른기사", "기사 더보기",
            "함께 읽으면 좋은 기사", "오늘의 주요뉴스", "랭킹뉴스", "실시간 인기", "이 시각 많이 본", "함께 볼만한 뉴스",
            "에디터 추천",
        ]),
        label(Related).phrases(&[
            "관련기사", "관련 기사", "관련뉴스", "많이 본 기사", "많이 본 뉴스", "추천기사", "인기기사", "최신기사",
            "더보기", "기사 더보기", "주요뉴스",
        ]),
        label(Ad).phrases(&["광고", "스폰서"]),
        ask(Credit).weight(1.5).max_words(40).phrases(&[
            "무단전재 및 재배포 금지", "무단 전재 및 재배포 금지", "무단전재 및 재배포금지", "무단전재-재배포 금지",
            "무단 전재-재배포 금지", "무단전재, 재배포 금지", "무단 전재, 재배포 금지", "무단전재 재배포 금지",
            "무단 전재 및 재배포, ai 학습 및 활용 금지", "ai학습 이용 금지", "ai 학습 및 활용 금지", "저작권자 ©",
            "저작권자 ⓒ", "저작권자(c)", "저작권자 (c)",
        ]),
        ask(Credit).max_words(6).phrases(&["기자", "특파원", "인턴기자", "객원기자", "선임기자", "논설위원"]),
        line(Credit).weight(1.5).max_words(10).phrases(&[
            "사진=", "사진 =", "사진:", "그래픽=", "그래픽 =", "글·사진", "글=", "편집=", "출처:", "출처=", "제공=",
            "자료사진", "번역:", "정리=",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "글자크기", "글씨크기", "글자 크기", "인쇄하기", "스크랩하기", "ⓒ",
        ]),
        label_any().phrases(&[
            "닫기", "나중에", "다음에", "나중에 하기", "다음에 하기", "오늘 하루 보지 않기", "다시 보지 않기", "계속",
            "계속하기", "후원하기", "구독하기", "공유하기", "공유", "인쇄", "프린트", "스크랩", "로그인", "회원가입",
            "동의", "동의합니다", "모두 동의", "거부", "확인", "취소", "좋아요", "댓글", "팔로우", "일시후원", "정기후원",
            "응원하기", "매월", "1회", "목록", "맨위로", "후원", "구독",
        ]),
        outlet(Donation).phrases(&[
            "독립언론*", "독립 언론*", "비영리", "비영리 언론*", "비영리 독립언론*", "광고 없는", "광고 없이", "독자의 후원으로",
            "후원으로 운영", "독자가 만드는", "시민이 만드는", "페이월 없이", "누구나 무료로",
        ]),
        // Also news wording: "여러분의 후원 덕분에" (a charity thanks donors), "시민의 후원으로 건립된",
        // "매월 후원하는 시민", "국회의원 후원 계좌", "정기 후원자가 늘었다", "금액 선택 오류",
        // "회원가입 후 개인정보가 유출", "신문 정기구독 가구", "첫 달 무료 혜택을 없애", "디지털 구독
        // 시장", "뉴스레터 구독 서비스", "카카오톡 공유 기능에 장애", "카카오톡 채널 추가 시",
        // "기자 구독 기능", "인기 기사 순위 조작", "응원해 주세요, 선수들은 말했다": cues, or only the
        // start of a short line.
        cue(Donation).weight(2.0).phrases(&["여러분의 후원*", "독자의 후원*", "독자 후원*", "시민의 후원*", "매월 후원*", "매달 후원*", "후원 계좌*", "후원계좌*"]),
        ask(Donation).weight(3.5).at(Start).max_words(12).phrases(&["후원 계좌*", "후원계좌*"]),
        header(Donation).max_words(6).phrases(&["응원해 주세요", "응원해주세요"]),
        cue(Donation).phrases(&["금액 선택"]),
        label(Donation).phrases(&["금액 선택"]),
        cue(Membership).phrases(&["회원가입 후"]),
        cue(Subscription).phrases(&["구독 신청", "구독신청", "정기구독", "첫 달 무료", "첫달 무료"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["구독 신청", "구독신청", "첫 달 무료", "첫달 무료"]),
        label(Subscription).phrases(&["정기구독"]),
        ask(Newsletter).at(Start).max_words(6).phrases(&["뉴스레터 구독", "뉴스레터 신청"]),
        ask(Social).at(Start).max_words(4).phrases(&["페이스북 공유", "카카오톡 공유", "트위터 공유", "기자 구독"]),
        line(Related).max_words(4).phrases(&["주요뉴스", "추천기사", "추천 기사", "인기기사", "인기 기사", "최신기사", "최신 기사"]),
        notice().phrases(&["바로잡습니다", "정정보도", "[정정]"]),
        body().phrases(&["밝혔다", "말했다", "전했다", "설명했다", "덧붙였다", "강조했다", "따르면", "주장했다"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["저자 소개", "필자 소개", "기자 소개", "필자의 다른 글"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["필자는", "저자는", "글쓴이는"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["본문 바로가기", "본문으로 바로가기", "기사제보", "제보하기", "콘텐츠로 건너뛰기", "본문으로 건너뛰기"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["댓글 쓰기", "댓글쓰기", "댓글 보기", "댓글보기", "댓글 달기", "독자 댓글"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["개의 댓글", "댓글"]),
        ask(Other).part(Comments).phrases(&["댓글을 작성하려면", "로그인 후 댓글", "댓글 운영 원칙", "댓글 정책"]),
        ask(Other).part(Disclaimer).phrases(&["필자의 개인 의견", "본지의 편집방향과 다를 수 있습니다", "편집 방향과 다를 수 있습니다", "필자의 견해", "본사의 입장과 다를 수 있습니다"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["다음 페이지", "이전 페이지", "오류 신고"]),
        ask(Other).part(Navigation).phrases(&["브라우저에 최적화되어", "지원하지 않는 브라우저"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Korean
        // sites share. Money in both registers (후원해 주십시오, 후원해 주세요); a charity's
        // notice words the same asks, so the bare requests open only a short block.
        ask(Donation).weight(3.5).phrases(&[
            "지금 후원하기", "후원자가 되어 주세요", "후원자가 되어주세요", "후원자 되기", "후원으로 함께해 주세요",
            "후원으로 함께해주세요", "좋은 기사를 응원해 주세요", "독립언론을 지켜주세요", "독립언론을 지켜 주세요",
            "후원 방식 선택", "후원 금액 선택", "후원금액을 선택", "후원 금액을 선택",
        ]),
        cue(Donation).weight(0.5).phrases(&["후원 부탁드립니다", "후원을 부탁드립니다", "후원 참여"]),
        ask(Donation).at(Start).max_words(12).phrases(&[
            "후원해 주십시오", "후원 부탁드립니다", "후원을 부탁드립니다", "후원해 주시면", "후원해주시면",
        ]),
        cue(Donation).phrases(&["좋은 저널리즘", "독립 저널리즘", "저널리즘을 지키는", "직접 입력"]),
        ask(Membership).phrases(&[
            "멤버십 회원이 되어", "멤버 되기", "멤버십 신청하기", "유료 멤버십 가입", "지금 회원가입하기",
        ]),
        ask(Membership).at(Start).max_words(6).phrases(&["멤버십 신청", "멤버십 가입하고", "회원가입하고"]),
        cue(Membership).phrases(&["멤버십 신청", "멤버십 가입하고", "회원가입하고"]),
        cue(Membership).phrases(&["멤버십 혜택", "회원 혜택", "유료 멤버십"]),
        ask(Subscription).phrases(&[
            "지금 구독하고", "구독 상품 보기", "구독 플랜 보기", "무료로 체험하기", "무료 체험하기", "해지는 언제든지", "해지는 언제든",
            "구독자 로그인", "이미 구독자이신가요", "이미 회원이신가요",
        ]),
        cue(Subscription).phrases(&["구독 혜택", "무료 체험", "구독 상품"]),
        ask(Paywall).weight(3.5).phrases(&[
            "유료 구독자 전용", "프리미엄 회원 전용", "회원 전용 콘텐츠", "로그인 후 계속", "로그인하고 계속 읽기", "계속 읽으려면",
            "이어서 읽으려면", "구독하고 전체 기사", "구독하고 이어서", "회원가입하고 계속", "로그인하고 전체 기사",
            "무료로 볼 수 있는 기사", "무료 열람 횟수", "이번 달 무료 기사", "무료 기사를 모두 읽으셨습니다",
        ]),
        ask(Newsletter).phrases(&[
            "뉴스레터 무료 구독", "뉴스레터 구독 신청", "메일로 보내드립니다", "이메일로 보내드립니다", "메일로 보내드려요",
            "이메일로 보내드려요", "받은 메일함", "구독해 주셔서 감사합니다", "구독해주셔서 감사합니다", "구독이 완료되었습니다",
            "매일 아침 메일로", "매주 메일로",
        ]),
        cue(Newsletter).phrases(&["이메일 구독", "수신 동의", "수신 거부는 언제든"]),
        ask(App).phrases(&[
            "앱 다운로드하기", "앱에서 계속 보기", "앱에서 계속 읽기", "앱으로 열기", "앱에서 열기", "앱 설치하고", "앱에서 더 편하게",
        ]),
        ask(App).phrases(&["앱 알림 받기"]),
        ask(App).at(Start).max_words(8).phrases(&["푸시 알림 받기", "알림 받기"]),
        ask(Cookie).phrases(&[
            "쿠키 사용에 동의합니다", "쿠키를 허용", "쿠키 허용", "쿠키 설정 관리", "쿠키를 사용하고 있습니다", "쿠키를 이용합니다",
            "쿠키를 이용하여", "쿠키를 활용합니다", "필수 쿠키", "쿠키 수집에 동의",
        ]),
        ask(Social).phrases(&[
            "페이스북으로 공유", "트위터로 공유", "x로 공유", "네이버 블로그로 공유", "카카오스토리로 공유", "밴드로 공유",
            "링크 공유하기", "팔로우하기", "구독과 좋아요", "좋아요와 구독", "유튜브 채널 구독하기", "채널 구독하기",
            "네이버 뉴스 구독", "기자 페이지 구독",
        ]),
        ask(Social).at(Start).max_words(4).phrases(&["기사 공유", "sns 공유", "링크 공유"]),
        line(Related).max_words(24).phrases(&[
            "연관기사", "연관 기사", "관련 콘텐츠", "이런 기사 어때요", "오늘의 인기 기사", "많이 읽은 기사", "더 읽어보기",
            "함께 보면 좋은", "이 시각 추천뉴스",
        ]),
        line(Related).max_words(4).phrases(&["추천 뉴스", "인기 뉴스", "최신 뉴스", "주요 기사", "다음 기사", "이전 기사"]),
        label(Related).phrases(&[
            "관련 콘텐츠", "연관 기사", "연관기사", "인기 뉴스", "최신 뉴스", "많이 읽은 기사", "주요 기사", "전체보기", "더 보기",
            "추천 뉴스", "다음 기사", "이전 기사",
        ]),
        line(Credit).weight(1.5).max_words(10).phrases(&[
            "글·사진=", "영상=", "취재=", "촬영=", "그림=", "일러스트=", "디자인=", "사진 제공=", "자료=", "영상 편집=",
        ]),
        label_any().phrases(&[
            "일주일간 보지 않기", "7일간 보지 않기", "오늘 그만 보기", "오늘은 그만 보기", "그만 보기", "괜찮아요", "아니요", "건너뛰기",
            "허용", "모두 허용", "모두 거부", "설정", "동의하고 닫기", "지금 후원하기", "정기 후원", "일시 후원", "매월 후원",
            "기타 금액", "직접 입력", "금액 직접 입력", "구독 신청", "후원 참여", "연간", "매년",
        ]),
        outlet(Donation).phrases(&[
            "광고를 받지 않는", "광고를 받지 않습니다", "독자 후원으로 운영", "후원으로 만드는", "독자가 후원하는", "권력과 자본으로부터 독립",
            "자본으로부터 독립", "광고에 의존하지 않는", "광고 수익에 의존하지", "기업 광고를 받지", "독자의 힘으로",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["관련 글", "최근 글", "인기 글", "추천 콘텐츠"]),
        header(Donation).max_words(12).phrases(&["이 글이 도움이 되셨나요", "이 기사가 마음에 드셨나요", "기사가 도움이 되셨나요"]),
        label(Social).phrases(&["이 글 공유하기", "sns 공유하기", "페이스북 공유하기"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        label(Other).phrases(&["기사 듣기", "기사 읽어주기", "음성으로 듣기", "본문 듣기"]),
        label(Social).phrases(&["instagram에서 이 게시물 보기", "youtube에서 보기"]),
        label(Other).part(Comments).phrases(&["답글 남기기", "응답 취소", "이메일 주소는 공개되지 않습니다", "댓글 더보기"]),
        label(Other).part(Navigation).phrases(&["오탈자 신고"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Other).max_words(45).phrases(&["이 기사는 한국언론진흥재단", "본 기사는 한국언론진흥재단", "이 기사는 지역신문발전기금", "본 기사는 지역신문발전기금"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["무료 기사", "무료 기사가", "무료 기사를", "무료 열람", "무료 열람 기사", "건 남았습니다", "개 남았습니다", "무료 콘텐츠"]),
        ask(Paywall).max_words(30).phrases(&["마지막 무료 기사입니다", "이번 달 마지막 무료 기사입니다", "무료로 읽을 수 있는 기사를 모두 읽으셨습니다", "무료 열람 횟수를 모두 사용하셨습니다", "무료 기사 한도에 도달했습니다", "무료 열람 한도를 초과했습니다", "이번 달 무료 기사를 모두 소진하셨습니다"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["이 기사는 유료 회원 전용입니다", "구독자 전용 기사입니다", "유료 구독자만 읽을 수 있습니다", "나머지 내용은 구독 후", "전체 기사를 읽으려면", "구독하고 계속 읽기"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["광고 후 기사가 계속됩니다", "광고 이후 기사가 이어집니다", "기사는 광고 아래에 계속됩니다", "아래 기사가 계속됩니다", "기사가 이어집니다", "기사 계속"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["이 포스팅은 쿠팡 파트너스 활동의 일환으로", "쿠팡 파트너스 활동의 일환으로", "이에 따른 일정액의 수수료를 제공받습니다", "일정액의 수수료를 제공받습니다", "이 기사에는 제휴 링크가 포함되어 있습니다", "제휴 링크를 통해 구매하면", "수수료를 받을 수 있습니다"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["무단 전재 재배포 금지", "무단 복제 및 재배포 금지", "재배포 금지"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["댓글 작성", "댓글을 입력해주세요", "댓글을 남겨주세요", "첫 댓글을 남겨주세요", "댓글이 없습니다"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["자료 사진", "독자 제공", "본인 제공", "사진 제공", "화면 캡처", "방송 화면 캡처", "유튜브 캡처", "온라인 커뮤니티 캡처", "홈페이지 캡처", "영상 캡처"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["영상 재생", "다시 재생", "모달 창입니다", "대화창 종료", "비디오 플레이어", "오디오 플레이어"]),
        chrome(Social).part(Player).weight(2.5).at(Any).max_words(12).phrases(&["님의 공유 게시물"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["태그", "관련태그", "관련 태그", "키워드", "관련키워드"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["후원계좌", "계좌번호", "예금주", "입금계좌", "은행명", "입금은행"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["무료 구독하기", "이메일 주소를 입력하세요", "이메일을 입력해주세요", "이메일 입력"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["신청하기"]),
        label(Subscription).phrases(&["구독 시작하기", "요금제 보기", "무료 체험 시작하기", "이미 구독 중이신가요? 로그인"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["로그인하기"]),
        label(App).phrases(&["app store에서 다운로드", "google play에서 다운로드", "google play에서 받기", "앱 설치하러 가기", "지금 앱 다운로드", "앱으로 기사 보기", "앱 내려받기", "app store에서 받기"]),
        label(Donation).phrases(&["매월 후원하기", "한 번 후원하기", "매달 후원하기", "정기 후원하기", "일시 후원하기", "후원 금액 입력", "원하는 금액", "후원 시작하기"]),
        label(Social).phrases(&["이메일 보내기", "url 복사하기", "링크 복사하기", "카카오톡으로 공유하기", "페이스북으로 공유하기", "기사 인쇄", "이메일로 공유", "네이버 밴드 공유"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["개인정보 수집 및 이용에 동의", "구독 신청 시", "언제든지 구독을 취소할 수 있습니다", "언제든 수신 거부", "이메일 주소는 뉴스레터 발송", "이 사이트는 recaptcha로 보호", "메일함을 확인해주세요", "위 내용에 동의합니다"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["이 기사 어떠셨나요", "더 많은 소식을 받아보고 싶으신가요", "놓치고 싶지 않으신가요", "이런 기사를 더 보고 싶으신가요", "기사가 유익하셨나요", "기사 어떠셨나요"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["밝혔습니다", "말했습니다", "전했습니다", "설명했습니다", "강조했습니다", "덧붙였습니다", "지적했습니다", "지적했다", "언급했다", "발표했다", "확인했다", "부인했다", "인정했다", "경고했다", "회상했다", "답했다", "대답했다", "물었다", "적었다", "보도했다", "알렸다", "토로했다", "호소했다", "반박했다", "털어놨다", "말한다", "기자들에게", "기자회견에서", "인터뷰에서", "통화에서"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["포토갤러리", "크게보기", "전체화면"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["포토 갤러리", "사진 갤러리", "다음 사진", "이전 사진", "다음 이미지", "이전 이미지", "크게 보기", "갤러리 닫기", "사진 전체보기"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["생중계", "새로고침"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["실시간 업데이트", "라이브 블로그", "실시간 중계", "최신 업데이트", "더 불러오기"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["기사 저장", "글씨 크기"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["일시정지", "음소거", "자동재생"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["동영상 재생", "영상 보기", "음소거 해제", "재생 속도"]),
        chrome(Other).part(Player).weight(2.5).max_words(4).phrases(&["동영상 로딩 중"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["이 기사에 공감하셨나요", "이런 기사를 더 보고 싶다면"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["끝까지 읽어주셔서 감사합니다", "끝까지 읽어 주셔서 감사합니다", "기사를 읽어주셔서 감사합니다", "읽어주셔서 고맙습니다", "여기까지 읽어주셔서 감사합니다", "끝까지 읽어줘서 고마워"]),
        cue(Donation).weight(2.0).phrases(&["매칭 기부", "매칭 후원", "후원금이 두 배가 됩니다"]),
        cue(Donation).weight(2.0).phrases(&["금액에 상관없이", "적은 금액이라도", "작은 후원도 큰 힘이 됩니다", "원하는 만큼 후원"]),
        cue(Subscription).phrases(&["pdf 지면보기", "종이신문 구독", "모바일 지면보기"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["정기후원하기", "일시후원하기", "후원회원 가입하기", "이미 후원하고 있어요"]),
        label(Membership).phrases(&["회원 가입하기", "이미 회원입니다"]),
        label(Subscription).phrases(&["이미 구독 중입니다"]),
        label(Newsletter).phrases(&["뉴스레터 신청하기"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["관련 기사:", "관련 기사：", "관련기사:", "관련기사：", "관련 뉴스:", "관련 뉴스：", "관련뉴스:", "관련뉴스：", "함께 보면 좋은 기사:", "함께 보면 좋은 기사：", "같이 보면 좋은 뉴스:", "같이 보면 좋은 뉴스：", "함께 읽으면 좋은 기사:", "함께 읽으면 좋은 기사：", "이 기사도 읽어보세요:", "이 기사도 읽어보세요：", "함께 보기:", "함께 보기：", "추천 기사:", "추천 기사："]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["실시간 방송 보기", "생방송 보기", "라디오 생방송 듣기", "실시간 라디오 듣기"]),
        ask(Social).max_words(30).phrases(&["카카오톡 채널을 추가", "텔레그램 채널 구독", "텔레그램 채널을 구독", "카카오톡 채널 구독"]),
        label(Social).phrases(&["채널 추가하기", "친구 추가"]),
        line(Subscription).max_words(10).phrases(&["오늘의 지면", "지면보기", "지면 보기", "신문 지면보기"]),
        label(Subscription).phrases(&["e-paper", "epaper", "pdf 지면"]),
        ask(Other).part(Comments).max_words(60).phrases(&["댓글은 삭제될 수 있습니다", "통보 없이 삭제될 수 있습니다", "책임은 작성자에게 있습니다"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["제보를 기다립니다", "제보는 카카오톡", "카카오톡 제보", "기사 제보", "뉴스 제보"]),
        label(Other).phrases(&["제보하기", "기사제보", "뉴스제보"]),
        ask(Ad).max_words(35).phrases(&["지금 투표하세요"]),
        label(Ad).phrases(&["응모하기", "이벤트 응모", "티켓 구매", "독자 이벤트"]),
        ask(Ad).max_words(35).phrases(&["기자를 모집합니다", "수습기자 모집", "경력기자 모집", "인턴기자 모집"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["이메일 주소는 공개되지 않습니다", "이 브라우저에 이름, 이메일"]),
        label(Other).part(Comments).phrases(&["댓글 등록", "댓글 남기기"]),
    ],
    we: &["우리", "우리는", "우리의", "우리가", "저희", "저희는", "저희의", "저희가"],
    you: &[
        "너", "너의", "네가", "당신", "당신의", "당신은", "당신이", "여러분", "여러분의", "여러분께", "여러분이", "여러분은",
        "귀하", "귀하의", "회원님", "독자님",
    ],
};
