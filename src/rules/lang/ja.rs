//! Japanese.
//!
//! Japanese has no spaces: the matcher treats each kana and kanji as a word start and end,
//! so a phrase matches wherever its characters stand. Common words (寄付, 支援, 会員登録,
//! アプリ) are therefore cues or whole-block labels; anchors are box formulas ("この記事は
//! 有料記事です", "続きをお読みいただけます", "無断転載を禁じます").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ja",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "ご支援のお願い", "ご寄付のお願い", "寄付のお願い", "サポートのお願い", "応援のお願い", "ご支援ください",
            "ご寄付ください", "応援してください", "私たちの活動を支えてください", "独立したジャーナリズムを支えてください",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "寄付はこちら", "ご寄付はこちら", "今すぐ寄付", "ご支援はこちら",
            "活動をご支援", "マンスリーサポーター", "マンスリーサポート", "単発寄付",
            "寄付金額を選", "金額を選択", "サポーターになる", "サポーターになって", "気に入ったらサポート",
            "サポートをしてみませんか", "チップで応援", "クリエイターを応援", "記事をサポート", "読者の皆様のご支援",
        ]),
        // Officials, athletes and charity news say these ("市長はご支援をお願いした"): only at the
        // start of a short line (a CJK word is two characters, so six words are twelve).
        ask(Donation).at(Start).max_words(6).phrases(&[
            "ご寄付をお願い", "寄付をお願いします", "ご支援をお願い", "ご支援お願い", "サポートをお願い", "応援をお願いします",
        ]),
        cue(Donation).phrases(&["ご支援", "ご寄付", "寄付で", "皆様のご支援", "みなさまのご支援", "独立したジャーナリズム", "調査報道を支え"]),
        cue(Donation).weight(1.0).phrases(&["クレジットカード"]),
        cue(Donation).weight(0.5).phrases(&["寄付*", "支援*", "サポーター*", "応援*"]),
        salutation(Donation).max_words(6).phrases(&[
            "読者の皆様", "読者の皆さま", "読者のみなさま", "読者の皆さん", "読者のみなさん", "親愛なる読者",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["この記事が気に入ったら", "この記事が役に立ったら", "記事が気に入ったら"]),
        ask(Membership).phrases(&[
            "無料会員登録", "会員登録はこちら", "会員登録（無料）", "会員登録(無料)", "メンバーシップに参加", "サポーター会員",
            "有料会員になると", "有料会員登録",
        ]),
        // Consumer news says these too ("会員になる人が増えた"): only as a line of their own.
        ask(Membership).at(Start).max_words(4).phrases(&[
            "会員登録する", "会員登録して", "会員登録すると", "会員になる", "会員になって", "メンバーになる",
        ]),
        cue(Membership).phrases(&["会員登録", "有料会員", "メンバーシップ"]),
        ask(Subscription).phrases(&[
            "購読のお申し込み", "購読申し込み", "購読お申し込み", "購読はこちら", "購読プラン", "電子版に登録",
            "最初の1カ月無料", "無料でお試し", "いつでも解約", "お申し込みはこちら", "プランを選ぶ",
            "電子版を購読",
        ]),
        
        cue(Subscription).weight(0.5).phrases(&["購読*", "定期購読*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "この記事は有料記事です", "有料記事です", "この記事は会員限定です", "会員限定です", "会員限定記事",
            "有料会員限定", "続きをお読みいただけます", "続きを読むには", "続きを読むことができます",
            "ログインして続きを読む", "ログインすると続き", "登録すると続きをお読み", "全文を読むには",
            "有料会員の方のみ", "購読者限定", "読者会員限定", "会員の方はログイン",
            "本まで無料", "有料会員になると続き",
        ]),
        ask(Newsletter).phrases(&[
            "ニュースレターに登録", "ニュースレターを購読", "ニュースレターの登録", "ニュースレター登録",
            "ニュースレターを受け取る", "ニュースレターを配信", "メルマガ登録", "メールマガジン登録", "メールマガジンの登録",
            "メルマガを購読", "メールアドレスを入力", "メールアドレスをご入力", "受信箱に届け", "配信停止はいつでも",
            "いつでも配信停止",
        ]),
        cue(Newsletter).phrases(&["ニュースレター", "メルマガ", "メールマガジン", "プライバシーポリシー", "個人情報の取り扱い", "プライバシー設定"]),
        ask(App).phrases(&[
            "アプリをインストール", "アプリで読む", "アプリで開く",
        ]),
        
        cue(App).weight(1.0).phrases(&["アプリ"]),
        ask(Cookie).phrases(&[
            "クッキーを使用", "cookieを使用", "クッキー（cookie）", "クッキーの使用に同意", "cookieの使用に同意",
            "すべてのcookieを受け入れる", "すべてのクッキーを受け入れる", "クッキー設定", "クッキーポリシー",
            "cookieポリシー",
        ]),
        ask(Social).phrases(&[
            "フォローしてください", "フォローはこちら", "この記事をシェア", "記事をシェア", "lineで送る", "はてなブックマーク", "リンクをコピー", "公式lineアカウント", "公式xアカウント",
            "公式アカウントをフォロー", "チャンネル登録はこちら", "チャンネル登録お願いします", "チャンネル登録をお願い",
        ]),
        line(Related).max_words(24).phrases(&[
            "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "おすすめ記事",
            "この記事を読んだ人はこんな記事も", "この記事を読んだ人は", "こんな記事も読まれています",
            "アクセスランキング", "よく読まれている記事", "こちらもどうぞ",
        ]),
        label(Related).phrases(&[
            "関連記事", "関連ニュース", "あわせて読みたい", "おすすめ", "おすすめ記事", "人気記事", "ランキング",
            "アクセスランキング", "続きを読む", "もっと読む", "もっと見る", "一覧へ", "記事一覧", "最新ニュース",
        ]),
        label(Ad).phrases(&["広告", "pr", "スポンサー", "スポンサーリンク", "提供"]),
        ask(Credit).max_words(40).phrases(&[
            "無断転載・複製を禁じます", "無断転載を禁じます", "無断転載禁止", "無断転載・転用を禁止", "記事の無断転載",
            "著者プロフィール", "筆者プロフィール", "記者プロフィール", "この記事の筆者", "より転載しています", "を転載しています",
        ]),
        line(Credit).max_words(10).phrases(&[
            "取材・文", "文・写真", "写真：", "撮影：", "文：", "構成：", "編集：", "執筆：", "出典：", "写真提供",
            "写真:", "撮影:", "文:", "出典:", "翻訳：",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "著作権は", "無断複製",
        ]),
        label_any().phrases(&[
            "閉じる", "後で", "あとで", "後で読む", "あとで読む", "今はしない", "いいえ", "結構です", "続ける", "寄付する",
            "支援する", "応援する", "購読する", "登録する", "ログイン", "新規登録", "会員登録", "シェア", "ツイート", "ポスト",
            "印刷", "保存", "同意する", "同意しない", "拒否", "すべて拒否", "すべて受け入れる", "詳しくはこちら",
            "詳細はこちら", "フォロー", "フォローする", "ブックマーク", "毎月", "1回のみ", "単発", "キャンセル", "戻る",
            "コメント", "いいね", "サポート", "サポートする",
        ]),
        outlet(Donation).phrases(&[
            "独立系メディア", "独立メディア", "非営利", "非営利メディア", "非営利の報道機関", "広告なし", "広告に頼らない",
            "広告に依存しない", "読者の支援", "読者の寄付", "読者に支えられ", "寄付で運営", "無料で公開", "誰でも無料で",
            "独立した報道",
        ]),
        // Also news wording: "毎月の寄付が減っている", "プレミアム会員は3割増えた", "新しいプランは
        // 初月無料で", "今すぐ登録できる防災メール", "読み放題の利用者", "防災アプリをダウンロード
        // するよう", "LINEで友だち追加すれば", "防災情報をメールでお届けする", "今月の無料記事の上限
        // に達したという苦情", "関連記事の削除をめぐり", "人気記事ランキングは", "記事より転載された
        // 文章": cues, or only the start of a short line; the paywall formulas keep their verb.
        cue(Donation).phrases(&["継続寄付", "毎月の寄付"]),
        cue(Membership).phrases(&["プレミアム会員"]),
        label(Membership).phrases(&["プレミアム会員"]),
        cue(Subscription).phrases(&["初月無料", "今すぐ登録", "読み放題", "1カ月無料", "無料体験"]),
        ask(Subscription).at(Start).max_words(6).phrases(&["初月無料", "今すぐ登録"]),
        label(Subscription).phrases(&["読み放題", "1カ月無料", "無料体験", "初月無料", "今すぐ登録"]),
        cue(Paywall).phrases(&["今月の無料記事", "無料記事の上限"]),
        ask(Paywall).weight(3.5).phrases(&["今月の無料記事は残り", "今月の無料記事はあと", "無料記事の上限に達しました"]),
        cue(Newsletter).phrases(&["メールで受け取る", "メールでお届け"]),
        ask(Newsletter).at(Start).max_words(10).phrases(&["メールで受け取る", "メールでお届け"]),
        cue(App).phrases(&["アプリをダウンロード", "公式アプリ", "無料アプリ"]),
        ask(App).at(Start).max_words(10).phrases(&["アプリをダウンロード"]),
        label(App).phrases(&["公式アプリ", "無料アプリ", "アプリをダウンロード"]),
        cue(Social).phrases(&["lineで友だち追加", "友だち追加"]),
        ask(Social).at(Start).max_words(10).phrases(&["lineで友だち追加", "友だち追加"]),
        cue(Credit).phrases(&["より転載"]),
        line(Related).max_words(4).phrases(&[
            "関連記事", "関連ニュース", "関連リンク", "人気記事", "注目記事", "新着記事", "次の記事", "前の記事", "もっと見る",
            "おすすめ情報",
        ]),
        line(Related).max_words(24).phrases(&[
            "関連記事：", "関連記事:", "関連ニュース：", "関連リンク：", "人気記事：", "注目記事：", "新着記事：", "次の記事：",
            "前の記事：",
        ]),
        notice().phrases(&["訂正：", "訂正:"]),
        body().phrases(&["と述べた", "と話した", "と語った", "によると", "と明らかにした", "と発表した", "としている"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["著者について", "筆者について", "この記事を書いた人", "執筆者プロフィール", "著者プロフィール", "筆者プロフィール", "この著者の記事"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["筆者は", "著者は"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["本文へスキップ", "メインコンテンツへスキップ", "ページの先頭へ", "トップへ戻る", "コンテンツへスキップ"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["コメントする", "コメントを書く", "コメントを見る", "コメント一覧", "読者のコメント", "コメント欄"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["件のコメント"]),
        ask(Other).part(Comments).phrases(&["コメントするには", "ログインしてコメント", "コメントは承認制", "コメントポリシー"]),
        ask(Other).part(Disclaimer).phrases(&["筆者個人の見解", "筆者の個人的な見解", "著者個人の見解", "執筆者個人の見解", "編集部の見解ではありません"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["次のページ", "前のページ", "次ページ", "前ページ", "誤字脱字を報告", "情報提供"]),
        ask(Other).part(Navigation).phrases(&["推奨ブラウザ", "javascriptを有効に"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Japanese
        // sites share. Money in both registers (ご寄付ください, 寄付してください) and the
        // form's own words; the plain requests are also quoted speech: a short line's start only.
        ask(Donation).weight(3.5).phrases(&[
            "寄付で応援してください", "寄付で支えてください", "ご寄付で応援",
            "報道を支えてください", "ジャーナリズムを支えてください", "私たちの報道を支え", "サポーターになりませんか",
            "金額を入力", "いただいたサポートは", "いただいたチップは", "毎月の寄付で支え",
        ]),
        ask(Donation).phrases(&[
            "サポートいただけると", "サポートしていただけると", "ご支援いただけると", "ご寄付いただけると", "応援いただけると",
        ]),
        ask(Donation).at(Start).max_words(6).phrases(&[
            "支援してください", "寄付してください", "サポートしてください",
        ]),
        cue(Donation).weight(0.5).phrases(&["支援してください", "寄付してください"]),
        cue(Donation).phrases(&["任意の金額", "月額寄付", "毎月寄付", "寄付金控除", "ジャーナリズムを支える", "報道を支える"]),
        ask(Membership).phrases(&[
            "会員になりませんか", "メンバーになりませんか", "仲間になりませんか", "今すぐ会員登録", "無料で会員登録",
            "メンバーシップに登録", "メンバーシップに加入", "メンバー登録はこちら",
        ]),
        ask(Membership).at(Start).max_words(6).phrases(&["無料会員になる", "メンバー登録"]),
        cue(Membership).phrases(&["会員特典", "メンバー限定"]),
        ask(Subscription).phrases(&[
            "今すぐ購読", "購読を開始", "解約はいつでも", "すでに会員の方",
            "既に会員の方", "会員の方はこちら", "購読中の方", "有料会員の方はこちら", "電子版のお申し込み", "デジタル版を購読",
        ]),
        cue(Subscription).phrases(&["初回無料", "有料プラン"]),
        ask(Paywall).weight(3.5).phrases(&[
            "続きは有料会員", "続きは会員登録", "続きは会員限定", "この記事の続きは", "この続きをみるには", "この続きを見るには",
            "記事を購入する", "マガジンを購入する", "ここから先は有料", "無料記事の残り", "プレミアム会員限定",
        ]),
        ask(Paywall).at(Start).max_words(8).phrases(&["ログインが必要です", "ログインしてください"]),
        cue(Paywall).phrases(&["無料で読める記事"]),
        ask(Newsletter).phrases(&[
            "ニュースレターのお申し込み", "ニュースレターに申し込", "メールマガジンを購読", "メールマガジンに登録",
            "メールマガジンのお申し込み", "メルマガのご登録", "メールアドレスを登録", "メールアドレス（必須）",
            "メールアドレス(必須)", "ご登録ありがとうございます", "最新記事をメールで", "最新ニュースをメールで", "配信停止はこちら",
        ]),
        cue(Newsletter).phrases(&["毎朝お届け", "毎週お届け"]),
        ask(App).phrases(&["アプリで続きを読む", "アプリでお読みいただけます", "アプリでもっと便利に"]),
        ask(App).phrases(&[
            "google play で手に入れよう", "google playで手に入れよう", "app store からダウンロード", "app storeからダウンロード",
        ]),
        ask(App).at(Start).max_words(10).phrases(&["プッシュ通知を受け取る", "通知をオンにする"]),
        ask(Cookie).phrases(&[
            "cookieを利用", "クッキーを利用", "cookie を使用", "cookie を利用", "cookie（クッキー）", "cookie(クッキー)",
            "cookieの設定", "クッキーの設定", "必須cookieのみ", "cookie ポリシー",
        ]),
        cue(Cookie).phrases(&["cookieの使用", "cookieの利用", "クッキーの利用", "cookie の使用", "cookie の利用"]),
        ask(Social).phrases(&[
            "xでフォロー", "xをフォロー", "instagramをフォロー", "公式snsをフォロー", "フォローして最新情報", "youtubeチャンネル登録",
            "この記事をポスト", "このページをシェア",
        ]),
        ask(Social).at(Start).max_words(8).phrases(&[
            "xでシェア", "facebookでシェア", "lineでシェア", "snsでシェア", "フォローをお願いします", "フォローお願いします",
        ]),
        line(Related).max_words(24).phrases(&[
            "こちらの記事もおすすめ", "この記事もおすすめ", "おすすめの記事", "関連する記事", "関連トピックス", "次に読みたい",
            "併せて読みたい", "あわせて読む", "合わせて読む", "最も読まれている記事", "注目のニュース",
            "主要ニュース", "最新記事", "新着ニュース", "この記事を読んだ方に", "おすすめニュース", "編集部のおすすめ",
            "編集部おすすめ",
        ]),
        label(Related).phrases(&[
            "関連する記事", "関連トピックス", "次に読みたい", "人気ランキング", "注目記事", "新着記事", "最新記事", "人気のニュース",
            "おすすめニュース", "編集部のおすすめ", "ピックアップ", "続きを見る", "全文を読む", "全文表示", "前の記事", "次の記事",
        ]),
        line(Credit).max_words(10).phrases(&[
            "写真＝", "撮影＝", "文＝", "構成＝", "聞き手：", "聞き手＝", "聞き手:", "インタビュー・文", "取材・執筆", "イラスト：",
            "イラスト:", "画像：", "画像:", "画像提供", "図版：", "監修：", "監修:", "初出：", "初出:", "記事提供", "協力：",
            "ライター：", "カメラマン：", "写真/", "撮影/", "文・構成", "写真・文",
        ]),
        ask(Credit).phrases(&["に掲載されたものです", "許可を得て転載", "元記事はこちら"]),
        label_any().phrases(&[
            "また今度", "今はやめておく", "スキップ", "今後表示しない", "次回から表示しない", "了解", "わかりました",
            "今すぐ寄付", "今回のみ", "毎年", "年額", "月額", "その他の金額", "購読を開始", "今すぐ購読",
            "無料で登録", "登録", "詳しく見る", "記事を保存", "すべて許可", "すべて同意", "同意して閉じる", "同意して続ける",
            "設定を保存", "設定を管理", "許可する", "許可しない", "必要なcookieのみ",
        ]),
        outlet(Donation).phrases(&[
            "広告収入に頼らず", "広告収入に頼らない", "広告を掲載していません", "広告を掲載しない", "広告を載せない",
            "スポンサーに頼らない", "企業広告に頼らない", "ペイウォールなし", "寄付によって支えられ", "寄付に支えられ",
            "読者の寄付で", "会費と寄付で", "市民の寄付で", "独立系ニュースサイト", "調査報道メディア", "すべての記事を無料で",
            "全ての記事を無料で",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["関連投稿", "最近の投稿", "人気の投稿", "あなたへのおすすめ", "その他のニュース", "同じカテゴリの記事"]),
        header(Donation).max_words(12).phrases(&["この記事は役に立ちましたか", "この記事はいかがでしたか"]),
        label(Social).phrases(&["共有", "共有する", "シェアする"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        label(Other).phrases(&["この記事を聞く", "この記事を音声で聞く", "記事を読み上げる", "音声で聞く", "音声読み上げ"]),
        label(Social).phrases(&["この投稿をinstagramで見る", "youtube で見る", "youtubeで見る"]),
        label(Other).part(Comments).phrases(&["コメントを残す", "コメントをキャンセル", "コメントを送信", "メールアドレスが公開されることはありません", "コメントはまだありません", "コメントは承認待ちです"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Other).max_words(45).phrases(&["この記事は連載", "この連載は"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["無料記事", "無料で読めます", "本無料で読めます", "本まで無料で読めます", "本まで読めます", "残りの無料記事", "無料会員は月", "有料記事を月", "今月はあと"]),
        ask(Paywall).max_words(30).phrases(&["今月の無料記事はこれが最後です", "これが最後の無料記事です", "無料で読める記事の上限に達しました", "今月の無料閲覧数の上限に達しました", "無料記事の閲覧上限に達しました", "今月の閲覧上限に達しました", "無料で読める本数の上限に達しました", "今月の無料記事を読み終えました"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["この記事は有料会員記事です", "この記事は有料会員限定です", "この記事は読者会員限定です", "有料会員になると続きをお読みいただけます", "登録すると続きをお読みいただけます"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["スポンサードリンク"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["記事の続きは広告の後で", "広告の後に記事が続きます", "広告の後にも記事が続きます", "記事は広告の後も続きます", "この下に記事が続きます", "記事は下に続きます"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["広告特集", "広告企画", "記事広告", "タイアップ広告", "スポンサーコンテンツ", "ブランドコンテンツ", "pr記事", "提供記事"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["本記事はアフィリエイト広告を利用しています", "アフィリエイト広告を利用しています", "この記事はアフィリエイトプログラムを利用しています", "当サイトはアフィリエイトプログラムを利用しています", "本記事はプロモーションを含みます", "この記事はプロモーションを含みます", "本ページはプロモーションが含まれています", "記事内に広告が含まれています", "アフィリエイトリンクを含みます", "amazonのアソシエイトとして"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["無断転載を禁止します", "無断複製転載を禁じます", "無断転用を禁じます", "記事の無断転用を禁じます", "無断での転載を禁じます", "掲載記事の無断転載を禁じます", "無断複製を禁じます"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["アプリのダウンロードはこちら", "公式アプリをダウンロード", "無料アプリをダウンロード"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["コメントを投稿", "コメントを表示", "コメントは締め切りました", "コメント受付は終了しました", "ログインしてコメントする"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["資料写真", "ファイル写真", "写真はイメージ", "画像はイメージ", "写真はイメージです", "画像はイメージです", "イメージ写真", "本人提供", "関係者提供", "提供写真", "スクリーンショット", "動画から"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        label(Other).part(Player).weight(2.5).phrases(&["ビデオを再生する", "もう一度見る", "これはダイアログボックスです", "ダイアログボックスの終了", "ビデオプレイヤー", "オーディオプレイヤー", "オーディオプレーヤー"]),
        chrome(Social).part(Player).weight(2.5).at(Any).phrases(&["がシェアした投稿"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["タグ", "キーワード", "関連キーワード", "関連タグ"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["振込先", "口座番号", "口座名義", "銀行名", "支店名", "預金種目", "口座記号番号", "加入者名"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["メールアドレス", "メールアドレスを入力してください", "メールアドレスを入力する", "ニュースレターに登録する", "メルマガに登録する", "メルマガ登録はこちら", "無料で登録する", "登録はこちら", "今すぐ登録する", "購読を申し込む", "送信する", "配信を申し込む"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["プランを見る", "料金プランを見る", "プランを確認する", "無料で試す", "無料トライアルを開始", "無料体験を始める", "今すぐ申し込む", "有料会員になる", "ログインする", "購読者の方はこちら", "すでに購読している方", "すでに会員の方はログイン", "特典を見る"]),
        label(App).phrases(&["app storeでダウンロード", "app store でダウンロード"]),
        label(App).weight(EDGE_WEIGHT).phrases(&["アプリで見る", "アプリを入手", "アプリをダウンロードする", "無料ダウンロード", "今すぐダウンロード", "アプリで記事を読む"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["今すぐ寄付する", "毎月寄付する", "1回だけ寄付する", "今回だけ寄付する", "毎月サポートする", "金額を指定", "金額を指定する", "寄付へ進む", "寄付の手続きへ", "マンスリーサポーターになる", "単発で寄付する"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["リンクをコピーしました", "コピーしました", "urlをコピー", "urlをコピーしました", "xでポスト", "メールで送る", "印刷する", "はてなブックマークに追加", "ポストする"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["登録することで", "ご登録いただくことで", "いつでも配信を停止できます", "配信はいつでも停止できます", "プライバシーポリシーに同意", "利用規約とプライバシーポリシーに同意", "個人情報の取り扱いに同意", "このサイトはrecaptchaによって保護", "確認メールをお送りしました", "メールアドレスが第三者に"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["記事が気に入りましたか", "この記事が気に入りましたか", "見逃したくありませんか", "こうした記事をもっと読みたいですか", "最新情報を受け取りませんか"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["と述べている", "と話している", "と語っている", "と説明した", "と強調した", "と指摘した", "と付け加えた", "と明かした", "と認めた", "と否定した", "と主張した", "と警告した", "と振り返った", "と答えた", "と問いかけた", "と記した", "と投稿した", "と報じた", "と伝えた", "と述べました", "と話しました", "と語りました", "と説明しました", "と話しています", "と強調しました", "と発表しました", "記者団に", "記者会見で", "取材に対し", "によれば", "と明言した", "と反論した", "と訴えた"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        label(Other).part(Gallery).weight(2.5).phrases(&["フォトギャラリー", "写真ギャラリー", "画像ギャラリー", "写真一覧", "次の写真", "前の写真", "次の画像", "前の画像", "写真を拡大", "全画面表示", "ギャラリーを閉じる", "すべての写真を見る"]),
        label(Other).part(Live).weight(2.5).phrases(&["ライブ中継", "ライブブログ", "ライブ配信中", "随時更新", "中継中", "もっと読み込む"]),
        label(Other).part(Tools).weight(2.5).phrases(&["保存する", "保存済み", "文字サイズ", "文字の大きさ", "英語で読む"]),
        label(Other).part(Player).weight(2.5).phrases(&["動画を再生", "動画を見る", "一時停止", "ミュート", "ミュート解除", "自動再生", "再生速度", "記事を聞く", "動画読み込み中"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).phrases(&["記事が参考になったら"]),
        header(Donation).weight(2.5).phrases(&["最後までお読みいただきありがとうございました", "最後までお読みいただき", "最後まで読んでいただきありがとうございます", "お読みいただきありがとうございます", "ここまでお読みいただき", "最後まで読んでくれてありがとう"]),
        cue(Donation).weight(2.0).phrases(&["マッチングギフト", "寄付が2倍になります", "同額を上乗せして寄付"]),
        cue(Donation).weight(2.0).phrases(&["少額からでも", "毎月の継続寄付", "1回のみの寄付", "よろしければサポートをお願いします"]),
        cue(Subscription).phrases(&["紙面ビューアー", "紙面で読む", "宅配のお申し込み", "定期購読のお申し込み"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["寄付をする", "寄付で応援する"]),
        label(Subscription).phrases(&["定期購読する"]),
        label(Newsletter).phrases(&["メルマガを購読する", "メルマガを受け取る"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["関連ニュース:", "関連リンク:", "あわせて読みたい:", "あわせて読みたい：", "合わせて読みたい:", "合わせて読みたい：", "あわせて読む:", "あわせて読む：", "こちらもおすすめ:", "こちらもおすすめ：", "こちらも読まれています:", "こちらも読まれています：", "こちらもどうぞ:", "こちらもどうぞ：", "こちらもチェック:", "こちらもチェック：", "おすすめ記事:", "おすすめ記事："]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["ラジオを聴く", "放送を聴く", "ライブ配信を見る", "ライブで見る"]),
        ask(Social).max_words(30).phrases(&["line公式アカウントを友だち追加", "公式lineを友だち追加", "公式アカウントを友だち追加"]),
        label(Social).phrases(&["友だち追加", "友達追加"]),
        line(Subscription).max_words(10).phrases(&["今日の紙面", "きょうの紙面", "本日の紙面", "電子版を読む", "デジタル版を読む"]),
        label(Subscription).phrases(&["電子版", "紙面ビューアー"]),
        ask(Other).part(Comments).max_words(60).phrases(&["承認後に掲載されます", "承認後に表示されます", "不適切と判断したコメントは削除", "投稿者個人の見解であり"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["情報提供はこちら", "編集部までお寄せください", "写真や動画をお寄せください"]),
        label(Other).phrases(&["情報提供フォーム", "情報を提供する"]),
        ask(Ad).max_words(35).phrases(&["応募はこちら"]),
        label(Ad).phrases(&["チケットを購入", "チケット購入", "今すぐ応募", "応募する", "読者プレゼント"]),
        ask(Ad).max_words(35).phrases(&["記者を募集しています", "記者を募集します"]),
        label(Ad).phrases(&["記者募集"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["が付いている欄は必須項目です", "次回のコメントで使用するためブラウザーに", "コメントを投稿するにはログインしてください", "メールアドレスが公開されることはありません"]),
        label(Other).part(Comments).phrases(&["コメントを投稿する", "返信をキャンセル"]),
    ],
    we: &["私たち", "わたしたち", "私達", "我々", "われわれ", "弊社", "編集部"],
    // "君" is the honorific "-kun" after names and a Chinese word; "きみ" stands inside ordinary
    // kana runs ("好きみたい"): left out.
    you: &["あなた", "あなたの", "皆様", "皆さま", "みなさま", "皆さん", "みなさん", "あなた様", "貴方"],
};
