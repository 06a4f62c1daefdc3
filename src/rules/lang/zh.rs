//! Chinese, simplified and traditional forms both (mainland, Taiwan, Hong Kong).
//!
//! Chinese has no spaces: the matcher treats each CJK character as a word start and end, so
//! a phrase matches wherever its characters stand. Common words (订阅, 打赏, 支持, 关注) are
//! therefore cues or whole-block labels; anchors are box formulas ("扫码关注", "责任编辑：").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "zh",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "支持我们", "支持我們", "请支持我们", "請支持我們", "赞助我们", "贊助我們", "支持独立新闻", "支持獨立新聞",
            "支持独立媒体", "支持獨立媒體", "支持我们的新闻", "支持我們的新聞",
            "成为我们的支持者", "成為我們的支持者",
        ]),
        ask(Donation).weight(3.5).phrases(&[
            "打赏作者", "打賞作者", "赞赏作者", "讚賞作者", "喜欢作者", "喜歡作者", "我要赞赏", "我要讚賞", "我要打赏", "我要打賞",
            "随意打赏", "隨意打賞", "打赏支持", "打賞支持", "赞赏支持", "讚賞支持", "请作者喝咖啡", "請作者喝咖啡",
            "捐款支持我们", "捐款支持我們", "捐助我们", "捐助我們", "支持我们的报道", "支持我們的報導", "支持独立报道",
            "支持獨立報導", "小额赞助", "小額贊助", "单笔赞助", "單筆贊助", "选择金额", "選擇金額",
            "自订金额", "自訂金額", "成为赞助者", "成為贊助者", "成为赞助人", "成為贊助人", "您的支持是我们", "您的支持是我們", "你的支持是我们", "你的支持是我們", "您的支持对我们", "您的支持對我們",
            "我们需要您的支持", "我們需要您的支持", "我们需要你的支持", "我們需要你的支持",
        ]),
        // Charity and disaster news, and officials thanking the public, say these ("定期捐款的
        // 市民越来越多"): only as a line of their own (a CJK word is two characters, so four
        // words are a line of eight).
        ask(Donation).at(Start).max_words(4).phrases(&[
            "立即捐款", "立即捐助", "我要捐款", "小额捐款", "小額捐款", "单次捐款", "單次捐款", "定期捐款", "每月捐款",
            "捐款金额", "捐款金額", "您的捐款", "您的捐助", "你的捐款", "支持我们的工作", "支持我們的工作",
        ]),
        cue(Donation).phrases(&[
            "打赏", "打賞", "赞赏", "讚賞", "您的支持", "你的支持", "感谢您的支持", "感謝您的支持", "独立新闻", "獨立新聞",
            "支付宝", "支付寶", "微信支付",
        ]),
        cue(Donation).weight(0.5).phrases(&["捐款*", "捐助*", "赞助*", "贊助*", "捐赠*", "捐贈*"]),
        salutation(Donation).max_words(6).phrases(&[
            "亲爱的读者", "親愛的讀者", "亲爱的读者们", "親愛的讀者們", "各位读者", "各位讀者", "读者朋友们", "讀者朋友們",
            "亲爱的朋友们", "親愛的朋友們",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "喜欢这篇文章吗", "喜歡這篇文章嗎", "如果你喜欢这篇文章", "如果您喜欢这篇文章", "如果你喜歡這篇文章",
            "如果您喜歡這篇文章", "觉得文章不错", "覺得文章不錯", "喜欢本文", "喜歡本文",
        ]),
        ask(Membership).at(Start).max_words(4).phrases(&[
            "成为会员", "成為會員", "加入会员", "加入會員", "开通会员", "開通會員", "升级会员", "升級會員", "会员计划",
            "會員計劃", "會員計畫",
        ]),
        cue(Membership).phrases(&["会员", "會員"]),
        ask(Subscription).phrases(&[
            "立即订阅", "立即訂閱", "马上订阅", "馬上訂閱", "成为订户", "成為訂戶", "订户专享", "訂戶專享", "已是订户",
            "已是訂戶", "已经是订户", "已經是訂戶", "查看订阅方案", "選擇訂閱方案", "免费试读", "免費試閱", "畅读全站", "暢讀全站",
        ]),
        ask(Subscription).at(Start).max_words(4).phrases(&["订阅方案", "訂閱方案", "首月免费", "首月免費"]),
        cue(Subscription).phrases(&["订阅方案", "訂閱方案", "首月免费", "首月免費", "随时取消订阅", "隨時取消訂閱"]),
        cue(Subscription).weight(0.5).phrases(&["订阅*", "訂閱*", "订户*", "訂戶*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "订阅后阅读全文",
            "訂閱後閱讀全文", "登录后阅读全文", "登入後閱讀全文", "登录后查看全文", "登入後查看全文", "阅读全文需",
            "閱讀全文需", "剩余全文", "剩餘全文", "解锁全文", "解鎖全文", "本文为付费内容", "本文為付費內容",
            "成为会员即可阅读", "成為會員即可閱讀", "订阅即可阅读", "訂閱即可閱讀",
        ]),
        // Words that media news uses in prose: cues, or only as a line of their own.
        cue(Paywall).phrases(&["付费内容", "付費內容", "付费阅读", "付費閱讀"]),
        ask(Paywall).at(Start).max_words(4).phrases(&["会员专享", "會員專享", "会员专属", "會員專屬", "免费文章", "免費文章"]),
        ask(Newsletter).phrases(&[
            "订阅我们的电子报", "訂閱我們的電子報", "输入您的邮箱", "輸入您的電子郵件", "请输入电子邮件", "請輸入電子郵件",
        ]),
        label(Newsletter).phrases(&["取消订阅", "取消訂閱"]),
        cue(Newsletter).phrases(&["取消订阅", "取消訂閱"]),
        cue(Newsletter).phrases(&["电子报", "電子報", "隐私政策", "隱私權政策", "隱私政策"]),
        ask(App).phrases(&[
            "下载客户端", "下載客戶端", "下载我们的app", "下載我們的app", "在app中打开",
            "在app內打開", "app内打开", "app內打開", "下载新闻客户端", "下載新聞客戶端",
        ]),
        // "市民可以下载app办理业务": a cue in prose, a button alone.
        cue(App).phrases(&["下载app", "下載app", "打开app", "打開app"]),
        label(App).phrases(&["下载app", "下載app", "打开app", "打開app"]),
        cue(App).phrases(&["客户端", "客戶端", "应用商店", "應用程式"]),
        ask(Cookie).phrases(&[
            "我们使用cookie", "我們使用cookie", "本网站使用cookie", "本網站使用cookie", "我们使用cookies", "我們使用cookies",
            "本网站使用cookies", "本網站使用cookies", "接受所有cookie",
            "cookie设置", "cookie設定", "cookie政策", "同意并继续", "同意並繼續", "接受全部",
        ]),
        ask(Social).phrases(&[
            "扫码关注", "掃碼關注", "长按识别", "長按識別", "长按二维码", "長按二維碼",
            "扫描下方二维码", "掃描下方二維碼", "关注公众号", "關注公眾號", "点击蓝字", "點擊藍字", "点个在看", "點個在看",
            "设为星标", "設為星標", "分享到微信", "分享到微博", "分享到朋友圈", "分享到facebook", "分享至facebook",
            "分享至line", "分享本文", "分享此文", "分享这篇文章", "分享這篇文章", "加入line好友",
        ]),
        // Health-code and payment news says it: a cue.
        cue(Social).phrases(&["扫描二维码", "掃描二維碼"]),
        ask(Social).at(Start).max_words(10).phrases(&["关注我们", "關注我們", "追踪我们", "追蹤我們", "欢迎关注", "歡迎關注"]),
        ask(Social).at(Start).max_words(8).phrases(&["分享到", "分享至"]),
        line(Related).max_words(24).phrases(&[
            "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀",
            "猜你喜欢", "猜你喜歡", "编辑推荐", "編輯推薦", "相关推荐", "相關推薦", "往期回顾",
            "往期回顧", "往期推荐", "往期推薦", "精彩推荐", "精彩推薦", "热门推荐", "熱門推薦", "大家都在看",
            "你可能感兴趣", "你可能感興趣", "您可能感兴趣", "您可能感興趣", "为你推荐", "為你推薦", "阅读排行", "閱讀排行",
        ]),
        label(Related).phrases(&[
            "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关文章", "相關文章", "延伸阅读", "延伸閱讀", "推荐阅读",
            "推薦閱讀", "热门文章", "熱門文章", "猜你喜欢", "猜你喜歡", "查看更多", "阅读更多", "閱讀更多", "看更多",
            "下一篇", "上一篇", "排行榜",
        ]),
        label(Ad).phrases(&["广告", "廣告", "推广", "推廣", "赞助内容", "贊助內容"]),
        ask(Credit).max_words(40).phrases(&[
            "转载请注明出处", "轉載請註明出處", "未经授权不得转载", "未經授權不得轉載", "未经许可不得转载",
            "未經許可不得轉載", "本文仅代表作者观点", "本文僅代表作者觀點", "仅代表作者个人观点", "僅代表作者個人觀點",
            "不代表本站立场", "不代表本站立場", "本文首发于", "本文首發於", "本文转载自", "本文轉載自",
        ]),
        // The editor's line: news sites' reference bodies keep it, so it is a cue (a weaker
        // line), cut next to other boilerplate only.
        line(Credit).weight(1.5).max_words(10).phrases(&["责任编辑", "責任編輯"]),
        line(Credit).max_words(10).phrases(&[
            "编辑：", "編輯：", "编辑:", "編輯:", "作者：", "作者:", "来源：", "來源：", "来源:",
            "來源:", "记者：", "記者：", "摄影：", "攝影：", "图片来源", "圖片來源", "图/", "圖/", "文/", "文字：",
            "翻译：", "翻譯：", "原标题：", "原標題：", "本文来源", "本文來源", "校对：", "校對：",
        ]),
        chrome(Other).max_words(10).phrases(&[
            "版权所有", "版權所有", "版权声明", "版權聲明",
        ]),
        label_any().phrases(&[
            "关闭", "關閉", "稍后", "稍後", "以后再说", "以後再說", "下次再说", "下次再說", "不用了", "继续", "繼續",
            "继续阅读", "繼續閱讀", "阅读全文", "閱讀全文", "展开全文", "展開全文", "阅读原文", "閱讀原文", "分享", "收藏",
            "打印", "列印", "登录", "登入", "注册", "註冊", "接受", "拒绝", "拒絕", "同意", "确定", "確定", "取消",
            "返回首页", "返回首頁", "点赞", "點讚", "按讚", "在看", "赞", "讚", "评论", "評論", "微信", "微博", "朋友圈",
            "二维码", "二維碼", "单次", "單次", "每月", "每年", "单笔", "單筆", "我知道了", "立即加入",
        ]),
        label(Donation).phrases(&[
            "打赏", "打賞", "赞赏", "讚賞", "捐款", "捐助", "支持", "赞助", "贊助", "立即捐款", "立即支持", "我要支持",
            "支持我们", "支持我們", "喜欢作者", "喜歡作者",
        ]),
        label(Subscription).phrases(&["订阅", "訂閱", "立即订阅", "立即訂閱"]),
        outlet(Donation).phrases(&[
            "独立媒体", "獨立媒體", "独立新闻媒体", "獨立新聞媒體", "非营利", "非營利", "非牟利", "无广告", "無廣告",
            "没有广告", "沒有廣告", "读者资助", "讀者資助", "读者支持的", "讀者支持的", "不设付费墙", "不設付費牆",
            "没有付费墙", "沒有付費牆", "免费开放", "免費開放", "公益媒体", "公益媒體", "不受财团", "不受財團",
        ]),
        // Also news wording: "在你离开之前，请关好门窗" (a fire brigade's advice), "银行推出定期定额
        // 投资" (fund savings plans), "订阅电子报的读者" (media news), "扫码下载政务客户端",
        // "网站在使用cookies前", "诱导受害者复制链接", "白宫每日简报", "提供电子邮件地址",
        // "无限阅读套餐", "删除原文链接", "分享到社交媒体上的视频", "相关新闻发布会",
        // "热门新闻网站", "相关报道称": cues, or only a short line of their own.
        header(Donation).max_words(4).phrases(&["在你离开之前", "在你離開之前"]),
        cue(Donation).phrases(&["定期定额", "定期定額"]),
        ask(Newsletter).at(Start).max_words(15).phrases(&[
            "订阅电子报", "訂閱電子報", "订阅新闻简报", "訂閱新聞簡報", "订阅简报", "訂閱簡報", "订阅邮件", "訂閱郵件",
        ]),
        cue(Newsletter).phrases(&["订阅新闻简报", "訂閱新聞簡報", "订阅简报", "訂閱簡報", "订阅邮件", "訂閱郵件", "每日简报", "每日簡報", "電子郵件地址", "电子邮件地址"]),
        label(Newsletter).phrases(&["每日简报", "每日簡報"]),
        ask(App).at(Start).max_words(10).phrases(&["扫码下载", "掃碼下載"]),
        cue(App).phrases(&["扫码下载", "掃碼下載"]),
        cue(Cookie).phrases(&["使用cookies", "使用cookie"]),
        label(Social).phrases(&["复制链接", "複製連結", "复制网址", "複製網址"]),
        cue(Social).phrases(&["复制链接", "複製連結", "复制网址", "複製網址"]),
        cue(Subscription).phrases(&["无限阅读", "無限閱讀"]),
        ask(Credit).at(Start).max_words(40).phrases(&["原文链接", "原文連結"]),
        line(Related).max_words(4).phrases(&[
            "相关新闻", "相關新聞", "相关文章", "相關文章", "相关报道", "相關報導", "热门文章", "熱門文章", "热门新闻",
            "熱門新聞", "更多新闻", "更多新聞", "相关链接", "相關連結", "更多报道", "更多報導", "今日热点", "今日熱點",
        ]),
        line(Related).max_words(24).phrases(&[
            "相关新闻：", "相關新聞：", "相关文章：", "相關文章：", "相关报道：", "相關報導：", "热门文章：", "熱門文章：",
            "热门新闻：", "熱門新聞：", "更多新闻：", "更多新聞：", "相关链接：", "相關連結：",
        ]),
        notice().phrases(&["更正：", "更新：", "编者按", "編者按"]),
        body().phrases(&["表示", "指出", "据悉", "據悉", "据报道", "據報導", "报道称", "報導稱", "透露", "接受采访", "接受採訪"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["关于作者", "關於作者", "作者简介", "作者簡介", "作者介绍", "作者介紹", "作者其他文章"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["作者是", "作者为", "作者為", "作者系"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["跳到主要内容", "跳至主要內容", "返回顶部", "返回頂部", "跳至内容", "跳到内容", "跳至內容", "跳到內容"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["发表评论", "發表評論", "网友评论", "網友評論", "我要评论", "查看评论", "读者评论", "讀者評論", "评论区", "留言区"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["条评论", "則留言", "条留言"]),
        ask(Other).part(Comments).phrases(&["登录后评论", "登錄後評論", "登入後留言", "评论需审核", "評論需審核", "留言须知"]),
        ask(Other).part(Disclaimer).phrases(&["仅代表作者本人观点", "僅代表作者本人觀點", "仅代表作者个人观点", "僅代表作者個人觀點", "不代表本网立场", "不代表本站立场", "不代表本網立場", "文责自负"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["下一页", "下一頁", "上一页", "上一頁", "纠错", "糾錯", "我要纠错", "新闻爆料", "新聞爆料"]),
        // "建议使用" (it is advised to use) is every expert's advice in news: only the browser notice.
        ask(Other).part(Navigation).phrases(&["建议使用最新版浏览器", "建議使用最新版瀏覽器", "浏览器版本过低", "瀏覽器版本過低"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Chinese
        // sites share, simplified and traditional, with "你" and "您" both.
        ask(Donation).weight(3.5).phrases(&[
            "请考虑捐款", "請考慮捐款", "请考虑赞助", "請考慮贊助", "成为月捐者", "成為月捐者",
            "成为定期捐款者", "成為定期捐款者", "定期定额赞助", "定期定額贊助", "每月定期捐款", "捐款支持独立", "捐款支持獨立",
            "赞助本站", "贊助本站", "支持本站", "请我们喝杯咖啡", "請我們喝杯咖啡", "请我喝杯咖啡", "請我喝杯咖啡",
            "成为赞助伙伴", "成為贊助夥伴", "您的赞助", "您的贊助", "你的赞助", "你的贊助", "选择捐款金额", "選擇捐款金額",
            "选择赞助金额", "選擇贊助金額", "让我们继续报道", "讓我們繼續報導",
        ]),
        cue(Donation).phrases(&[
            "您的每一分支持", "你的每一分支持", "每一份支持", "由读者支持", "由讀者支持",
        ]),
        ask(Membership).phrases(&[
            "立即成为会员", "立即成為會員", "加入我们的会员", "加入我們的會員", "成为会员即可", "成為會員即可", "加入会员计划",
            "加入會員計劃", "加入會員計畫",
        ]),
        cue(Membership).phrases(&["会员权益", "會員權益", "会员专区", "會員專區"]),
        ask(Subscription).phrases(&[
            "订阅全站", "訂閱全站", "无限畅读", "無限暢讀", "随时可以取消", "隨時可以取消", "订户登录",
            "訂戶登入", "订阅本报", "訂閱本報", "数字订阅方案", "數位訂閱方案",
        ]),
        cue(Subscription).phrases(&["年度订阅", "年度訂閱"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["已有账号", "已有帳號", "已有帐号", "数字订阅", "數位訂閱", "月度订阅"]),
        ask(Paywall).weight(3.5).phrases(&[
            "本文为会员专享", "本文為會員專享", "本文仅限订户", "本文僅限訂戶", "本文仅限会员", "本文僅限會員", "免费阅读次数",
            "免費閱讀次數", "本月免费文章", "本月免費文章", "您已达到本月", "您已達到本月", "你已达到本月", "你已達到本月",
            "篇免费文章", "篇免費文章", "继续阅读需", "繼續閱讀需", "订阅后继续阅读", "訂閱後繼續閱讀", "登录后继续阅读",
            "登入後繼續閱讀", "登入後閱讀",
        ]),
        cue(Paywall).phrases(&["付费解锁", "付費解鎖", "付费文章", "付費文章", "购买本文", "購買本文"]),
        ask(Newsletter).phrases(&[
            "发送到您的邮箱", "寄送到您的信箱", "寄到你的信箱", "送到你的信箱", "直送信箱", "请输入邮箱", "請輸入email",
            "輸入你的email", "输入你的邮箱", "输入您的电子邮件", "订阅成功", "訂閱成功", "感谢订阅", "感謝訂閱", "感谢您的订阅",
            "感謝您的訂閱", "订阅我们的新闻简报", "訂閱我們的新聞信",
        ]),
        ask(Newsletter).at(Start).max_words(10).phrases(&["免费订阅", "免費訂閱"]),
        ask(App).phrases(&[
            "下载app阅读", "下載app閱讀", "打开app阅读", "打開app閱讀", "app内阅读", "app內閱讀", "用app打开", "用app打開",
            "在app中查看", "在app中閱讀", "下载官方app", "下載官方app", "app阅读全文", "app閱讀全文", "打开客户端", "打開客戶端",
        ]),
        ask(Cookie).phrases(&[
            "我们使用 cookie", "我們使用 cookie", "本网站使用 cookie", "本網站使用 cookie", "接受所有 cookie", "cookie 政策",
            "cookie 設定", "cookie 设置", "cookie声明", "cookie聲明", "cookies政策", "cookies設定", "接受cookie", "拒绝cookie",
            "拒絕cookie",
        ]),
        cue(Cookie).phrases(&["使用 cookie", "使用 cookies", "隐私设置", "隱私設定"]),
        ask(Social).phrases(&[
            "关注我们的公众号", "追蹤我們的", "追踪我们的", "关注我们的微博", "订阅我们的频道", "訂閱我們的頻道", "加入我们的telegram",
            "加入我們的telegram", "按讚追蹤", "按讚並追蹤", "已复制链接",
            "已複製連結", "連結已複製", "链接已复制", "点击上方蓝字", "點擊上方藍字",
        ]),
        line(Related).max_words(24).phrases(&[
            "更多精彩", "看了本文的人还看了", "其他人都在看", "热门阅读", "熱門閱讀", "编辑精选", "編輯精選", "精选文章", "精選文章",
            "推荐文章", "推薦文章", "你可能也喜欢", "你可能也喜歡", "您可能也喜欢", "您可能也喜歡", "猜您喜欢", "猜您喜歡",
            "点击排行", "點擊排行", "热门排行", "熱門排行", "本周热门", "本週熱門",
        ]),
        line(Related).max_words(4).phrases(&[
            "最新文章", "最新新闻", "最新新聞", "热点新闻", "熱點新聞", "最受欢迎", "最受歡迎", "相关话题", "相關話題", "下一篇", "上一篇",
        ]),
        label(Related).phrases(&[
            "更多新闻", "更多新聞", "最新文章", "最新新闻", "最新新聞", "编辑精选", "編輯精選", "热门阅读", "熱門閱讀",
            "相关报道", "相關報導", "更多", "最受欢迎", "最受歡迎",
        ]),
        line(Credit).max_words(10).phrases(&[
            "摄影/", "攝影/", "图片/", "圖片/", "撰文：", "撰文/", "采访：", "採訪：", "整理：", "图片：", "圖片：", "图源：", "圖源：",
            "题图：", "題圖：", "题图来源", "題圖來源", "首图来源", "實習記者", "实习记者", "特约记者", "特約記者", "编译：", "編譯：",
        ]),
        ask(Credit).max_words(40).phrases(&[
            "本文经授权转载", "本文經授權轉載", "经授权转载", "經授權轉載", "原文刊载于", "原文刊載於", "本文原载于", "本文原載於",
            "本文原刊於", "本文原刊于",
        ]),
        label_any().phrases(&[
            "稍后再说", "稍後再說", "暂不", "暫不", "不了", "跳过", "跳過", "知道了", "好的", "全部接受", "全部拒绝", "全部拒絕",
            "立即赞助", "立即贊助", "我要赞助", "我要贊助", "单次赞助", "單次贊助", "定期赞助", "定期贊助", "每月赞助", "每月贊助",
            "其他金额", "其他金額", "免费注册", "免費註冊", "追踪", "追蹤", "关注", "關注", "仅必要", "僅必要", "管理偏好", "同意并关闭",
            "同意並關閉", "一次性",
        ]),
        outlet(Donation).phrases(&[
            "不接受广告", "不接受廣告", "不依赖广告", "不依賴廣告", "不靠广告", "不靠廣告", "读者赞助", "讀者贊助", "独立非营利",
            "獨立非營利", "非营利媒体", "非營利媒體", "非营利新闻", "非營利新聞", "免费提供给所有人", "免費提供給所有人",
            "所有人免费阅读", "所有人免費閱讀",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["相关内容", "相關內容", "近期文章", "最新消息", "其他新闻", "其他新聞", "你可能还喜欢", "你可能還喜歡"]),
        header(Donation).max_words(12).phrases(&["这篇文章对你有帮助吗", "這篇文章對你有幫助嗎", "这篇文章对您有帮助吗", "這篇文章對您有幫助嗎", "喜欢这篇报道吗", "喜歡這篇報導嗎"]),
        label(Social).phrases(&["分享给朋友", "分享給朋友"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        label(Other).phrases(&["您的浏览器不支持 audio 标签", "您的浏览器不支持audio标签"]),
        label(Social).phrases(&["在 instagram 查看这篇帖子", "在 instagram 查看這則貼文", "在 youtube 上观看", "在 youtube 上觀看"]),
        chrome(Other).part(Comments).max_words(25).phrases(&["您的电子邮箱地址不会被公开", "必填项已用"]),
        label(Other).part(Comments).phrases(&["發佈留言必須填寫的電子郵件地址不會公開", "您的评论正在等待审核", "查看全部评论", "登录后发表评论", "加载更多评论"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Other).max_words(45).phrases(&["本系列报道", "本系列報導", "本专题报道", "本專題報導"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["剩余免费文章", "还可免费阅读", "免费阅读篇数", "免费阅读额度", "剩餘免費文章", "還可免費閱讀", "免費閱讀篇數", "免費閱讀額度"]),
        ask(Paywall).max_words(30).phrases(&["这是您本月最后一篇免费文章", "最后一篇免费文章", "您已达到免费文章上限", "您的免费阅读次数已用完", "您本月的免费文章已读完", "免费阅读额度已用完", "這是您本月最後一篇免費文章", "最後一篇免費文章", "您已達到免費文章上限", "您的免費閱讀次數已用完", "您本月的免費文章已讀完", "免費閱讀額度已用完"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["订阅即可阅读全文", "剩余内容仅限订阅用户", "付费会员专享", "訂閱即可閱讀全文", "剩餘內容僅限訂閱用戶", "付費會員專享"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["请继续往下阅读", "請繼續往下閱讀", "文章未完", "文章未完请继续阅读", "文章未完請繼續閱讀", "广告后继续阅读", "廣告後繼續閱讀", "下滑继续阅读", "下滑繼續閱讀", "继续往下看", "繼續往下看"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["推广内容", "推廣內容", "合作内容", "合作內容", "品牌内容", "品牌內容", "商业合作", "商業合作", "廣編特輯", "广告合作"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["本文包含联盟链接", "本文包含聯盟連結", "本文可能包含联盟营销链接", "本文可能包含聯盟行銷連結", "透过本文链接购买", "透過本文連結購買", "我们可能会获得佣金", "我們可能會獲得佣金", "我們可能會獲得分潤", "本網站可能會獲得分潤"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["翻印必究", "禁止转载"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["新闻通讯", "新聞通訊", "订阅新闻通讯", "訂閱新聞通訊"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["扫码下载客户端", "下载我们的应用", "下載應用程式", "立即下载客户端"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["查看評論", "评论已关闭", "評論已關閉", "我要評論"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["资料图", "資料圖", "资料图片", "資料圖片", "资料照", "資料照", "檔案照", "示意图", "示意圖", "网络图片", "網路圖片", "翻摄", "翻攝", "截图", "截圖", "受訪者提供"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        label(Other).part(Player).weight(2.5).phrases(&["播放视频", "播放影片", "重新播放", "这是一个弹窗", "视频播放器", "结束对话窗口", "音频播放器", "音訊播放器"]),
        chrome(Social).part(Player).weight(2.5).at(Any).phrases(&["分享的帖子", "分享的貼文"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["标签", "標籤", "关键词", "關鍵詞", "关键字", "關鍵字"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["户名", "戶名", "开户行", "開戶行", "开户银行", "開戶銀行", "银行账号", "銀行帳號", "账户名称", "帳戶名稱", "郵政劃撥帳號", "劃撥帳號", "銀行代碼"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["请输入您的邮箱地址", "输入您的电子邮箱", "請輸入您的電子郵件", "电子邮箱地址", "您的邮箱", "您的電子郵件"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["查看訂閱方案", "查看方案", "选择方案", "選擇方案", "免费试用", "免費試用", "开始免费试用", "開始免費試用", "已是订户？登录", "已是訂戶？登入"]),
        label(App).phrases(&["在 app store 下载", "從 app store 下載", "在 google play 下载", "立即前往 google play 下載"]),
        label(App).weight(EDGE_WEIGHT).phrases(&["立即下载", "立即下載"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["每月捐助", "单次捐助", "單次捐助", "一次性捐款"]),
        label(Social).phrases(&["分享至 facebook"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["打印本页", "列印本頁", "微信扫一扫", "用电子邮件发送"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["订阅即表示您同意", "訂閱即表示您同意", "注册即表示同意", "您可以随时取消订阅", "您可以隨時取消訂閱", "我们不会向第三方分享", "我已阅读并同意", "我已閱讀並同意", "本网站受 recaptcha 保护", "请查收确认邮件"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["觉得这篇文章有帮助吗", "不想错过任何新闻吗", "想看更多类似的文章吗", "覺得這篇文章有幫助嗎", "不想錯過任何新聞嗎", "想看更多類似的文章嗎"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["他说", "他說", "她说", "她說", "说道", "說道", "强调", "強調", "补充说", "補充說", "补充道", "補充道", "解释说", "解釋說", "宣布", "证实", "證實", "声称", "聲稱", "否认", "否認", "承认", "承認", "警告说", "警告說", "警告称", "警告稱", "回忆说", "回憶說", "回应称", "回應稱", "回答说", "回答說", "问道", "問道", "写道", "寫道", "援引", "引述", "对记者说", "對記者說", "告诉记者", "告訴記者", "据介绍", "據介紹", "据了解", "據了解", "据称", "據稱", "坦言", "接受专访", "接受專訪"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        label(Other).part(Gallery).weight(2.5).phrases(&["图集", "圖集", "组图", "組圖", "高清组图", "高清組圖", "查看大图", "查看大圖", "下一张", "下一張", "上一张", "上一張"]),
        label(Other).part(Live).weight(2.5).phrases(&["图文直播", "圖文直播", "正在直播", "直播中", "实时更新", "即時更新", "滚动更新", "滾動更新", "加载更多", "載入更多"]),
        label(Other).part(Tools).weight(2.5).phrases(&["字体大小", "字體大小", "字級", "已收藏"]),
        label(Other).part(Player).weight(2.5).phrases(&["观看视频", "觀看影片", "静音", "靜音", "自动播放", "自動播放", "播放速度", "语音播报", "語音播報", "视频加载中"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).phrases(&["覺得這篇報導有價值嗎", "想看更多這樣的報導嗎"]),
        header(Donation).weight(2.5).phrases(&["感谢您的阅读", "感謝您的閱讀", "谢谢你读到这里", "謝謝你讀到這裡", "感谢你看到最后", "感謝你看到最後", "谢谢你的阅读", "謝謝你的閱讀"]),
        cue(Donation).weight(2.0).phrases(&["一比一配捐", "等額配捐", "你的捐款將加倍", "您的捐款将翻倍"]),
        cue(Donation).weight(2.0).phrases(&["定期定額捐款", "單筆捐款", "不論金額多寡", "任何金額都是支持", "请作者喝杯咖啡", "每月定期支持", "自由選擇金額"]),
        cue(Subscription).phrases(&["訂閱紙本雜誌", "訂閱數位版", "订阅电子版", "阅读电子版", "订阅纸质版"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["我要捐赠", "我要捐贈"]),
        label(Membership).phrases(&["我要成为会员", "我要成為會員", "我已是会员", "我已是會員", "我已经是会员", "我已經是會員"]),
        label(Subscription).phrases(&["我要订阅", "我要訂閱", "我已订阅", "我已訂閱"]),
        label(Newsletter).phrases(&["我要訂閱電子報"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["延伸阅读:", "延伸阅读：", "延伸閱讀:", "延伸閱讀：", "相关阅读:", "相关阅读：", "相關閱讀:", "相關閱讀：", "相关新闻:", "相關新聞:", "相关报道:", "相關報導:", "相關報道:", "相關報道：", "推荐阅读:", "推荐阅读：", "推薦閱讀:", "推薦閱讀：", "阅读更多:", "阅读更多：", "閱讀更多:", "閱讀更多：", "你可能感兴趣:", "你可能感兴趣：", "看更多:", "看更多："]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["观看直播", "觀看直播", "收听直播", "收聽直播", "在线收听", "線上收聽"]),
        ask(Social).max_words(30).phrases(&["加入我们的频道", "加入我們的頻道", "加入我们的whatsapp", "加入我們的whatsapp", "加入我们的 whatsapp", "加入我們的 whatsapp"]),
        label(Social).phrases(&["加入频道", "加入頻道"]),
        label(Subscription).phrases(&["数字报", "數位報", "电子版", "電子版"]),
        ask(Other).part(Comments).max_words(60).phrases(&["仅供其表达个人看法", "僅供其表達個人看法", "文明上网理性发言", "文明上網理性發言"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["欢迎提供新闻线索", "歡迎提供新聞線索", "欢迎爆料", "歡迎爆料", "爆料邮箱", "爆料信箱", "投稿邮箱", "投稿信箱", "欢迎投稿", "歡迎投稿"]),
        label(Other).phrases(&["我要爆料", "我要報料", "我要投稿", "提供新闻线索", "提供新聞線索"]),
        ask(Ad).max_words(35).phrases(&["本活动最终解释权归", "本活動最終解釋權歸"]),
        label(Ad).phrases(&["立即报名", "立即報名", "立即购票", "立即購票"]),
        ask(Ad).max_words(35).phrases(&["履歷請寄至"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["以便下次评论时使用", "以供下次發佈留言時使用", "要发表评论，您必须先登录", "必填欄位標示為", "電子郵件地址不會公開"]),
        label(Other).part(Comments).phrases(&["发表回复", "發佈留言", "取消回复", "取消回覆"]),
    ],
    we: &["我们", "我們", "咱们", "咱們"],
    you: &["你", "你们", "你們", "您", "您们", "您們"],
};
