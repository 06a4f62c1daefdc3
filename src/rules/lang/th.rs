//! Thai.
//!
//! Thai writes no spaces between words (only between phrases and sentences): the matcher
//! treats each Thai character as a word start, as it does for Chinese, so a phrase matches
//! wherever its characters stand, also inside a longer word. The short words are therefore
//! cues or whole-block labels, and anchors are formulas of several words.
//!
//! News shares the vocabulary: "สนับสนุน" (support) is every ministry's and candidate's word,
//! "บริจาค" (donate) a charity's and a temple's, "สมาชิก" (member) is in "สมาชิกสภาผู้แทนราษฎร"
//! (a member of parliament), "สมัครสมาชิก" a party's or a club's sign-up, and "คุณ" (you) is
//! the title before a name ("คุณสมชาย") and inside "คุณภาพ" (quality). Anchors name the
//! outlet's own work ("สนับสนุนสื่ออิสระ", "การทำงานของเรา") or stand alone on a short line.
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "th",
    entries: &[
        header(Donation).max_words(14).phrases(&[
            "สนับสนุนสื่ออิสระ", "สนับสนุนเรา", "ร่วมสนับสนุนเรา", "สนับสนุนการทำงานของเรา", "สนับสนุนงานข่าวของเรา",
            "สนับสนุนสื่อที่คุณเชื่อถือ", "ร่วมเป็นผู้สนับสนุน", "ร่วมสมทบทุนให้เรา",
        ]),
        // A minister and a charity say "we need your support" too: a heading of a few words only.
        header(Donation).max_words(6).phrases(&["เราต้องการการสนับสนุนจากคุณ", "เราต้องการความช่วยเหลือจากคุณ"]),
        ask(Donation).weight(3.5).phrases(&[
            "สนับสนุนการทำงานของเรา", "สนับสนุนงานข่าวของเรา", "สนับสนุนสื่ออิสระ", "ร่วมสนับสนุนสื่ออิสระ",
            "ทุกการสนับสนุนของคุณ", "ทุกการสนับสนุนจากคุณ", "การสนับสนุนของคุณช่วยให้เรา", "การสนับสนุนจากผู้อ่าน",
            "เลือกจำนวนเงินสนับสนุน", "ร่วมสนับสนุนเราได้", "สนับสนุนเราได้ที่", "สนับสนุนเราได้ตั้งแต่",
            "บริจาคให้เรา", "บริจาคเพื่อสนับสนุน", "สมทบทุนการทำงานของเรา", "ร่วมสมทบทุนได้ที่",
            "ช่วยให้เราทำงานต่อไป", "ช่วยให้เราทำข่าว", "ช่วยให้เราอยู่รอด",
        ]),
        // A charity's notice says "บริจาคได้ที่" (donate at) and gives its account: a short
        // block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(16).phrases(&[
            "ร่วมสนับสนุน", "สนับสนุนเลย", "สนับสนุนตอนนี้", "บริจาคเลย", "บริจาคได้ที่", "ร่วมบริจาค", "ร่วมสมทบทุน",
            "โอนเงินสนับสนุน", "สนับสนุนผ่าน", "เลี้ยงกาแฟ", "สแกนเพื่อสนับสนุน", "สแกน qr code เพื่อสนับสนุน",
        ]),
        // Thanks for the support, a line of its own under the box (a minister thanks the
        // public in a longer sentence).
        ask(Donation).at(Start).max_words(8).phrases(&["ขอบคุณทุกการสนับสนุน", "ขอบคุณสำหรับการสนับสนุน"]),
        cue(Donation).phrases(&[
            "การสนับสนุนของคุณ", "การสนับสนุนจากคุณ", "เลขที่บัญชี", "ชื่อบัญชี", "พร้อมเพย์", "promptpay",
            "สแกนคิวอาร์โค้ด", "สแกน qr", "บาทต่อเดือน", "รายเดือน", "ครั้งเดียว", "เป็นกำลังใจให้เรา",
        ]),
        cue(Donation).weight(0.5).phrases(&["สนับสนุน*", "บริจาค*", "สมทบทุน*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ผู้อ่านที่รัก", "ถึงผู้อ่าน", "เรียนผู้อ่าน", "เรียน ผู้อ่าน", "ท่านผู้อ่านที่เคารพ", "ผู้อ่านทุกท่าน",
            "คุณผู้อ่านที่รัก",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&[
            "ชอบบทความนี้ไหม", "ถ้าคุณชอบบทความนี้", "หากคุณชอบบทความนี้", "หากชื่นชอบบทความนี้", "ชอบเนื้อหาของเราไหม",
        ]),
        header(Donation).max_words(6).phrases(&["ก่อนคุณจะไป", "ก่อนที่คุณจะไป"]),
        ask(Membership).phrases(&["ร่วมเป็นสมาชิกกับเรา", "สมัครเป็นสมาชิกของเรา", "เป็นสมาชิกของเรา", "สิทธิพิเศษสำหรับสมาชิก"]),
        ask(Membership).at(Start).max_words(6).phrases(&["ร่วมเป็นสมาชิก", "สมัครสมาชิก", "เป็นสมาชิก"]),
        cue(Membership).phrases(&["สมาชิกของเรา", "สิทธิประโยชน์สมาชิก", "รับสิทธิ์"]),
        header(Membership).max_words(8).phrases(&["เป็นส่วนหนึ่งของครอบครัวเรา", "มาเป็นครอบครัวเดียวกับเรา"]),
        ask(Membership).phrases(&["คลับผู้อ่าน", "คลับสมาชิก"]),
        ask(Subscription).phrases(&[
            "เลือกแพ็กเกจสมาชิก", "เลือกแพ็คเกจสมาชิก", "เป็นสมาชิกอยู่แล้ว",
            "สมัครสมาชิกเพื่ออ่าน", "อ่านไม่จำกัด", "ทดลองอ่านฟรี",
        ]),
        ask(Subscription).at(Start).max_words(8).phrases(&["สมัครเลย", "สมัครตอนนี้", "สมัครรับ"]),
        // Consumer news quotes a salesman's "ยกเลิกได้ทุกเมื่อ" (cancel any time): cues.
        cue(Subscription).phrases(&["แพ็กเกจ", "แพ็คเกจ", "เดือนแรกฟรี", "ยกเลิกได้ทุกเมื่อ", "ยกเลิกได้ตลอดเวลา", "บาท/เดือน", "บาท/ปี", "ทดลองใช้ฟรี"]),
        ask(Subscription).at(Start).max_words(12).phrases(&["ทดลองใช้ฟรี", "ทดลองอ่านฟรี", "สมัครสมาชิกวันนี้"]),
        label(Subscription).phrases(&["เริ่มทดลองใช้ฟรี", "สมัครเลย"]),
        ask(Paywall).weight(3.5).phrases(&[
            "เนื้อหาสำหรับสมาชิก", "บทความนี้สำหรับสมาชิก", "เฉพาะสมาชิกเท่านั้น", "เข้าสู่ระบบเพื่ออ่านต่อ",
            "เข้าสู่ระบบเพื่ออ่านบทความ", "สมัครสมาชิกเพื่ออ่านต่อ", "อ่านบทความฟรีครบ", "คุณอ่านบทความฟรีครบ",
        ]),
        cue(Paywall).phrases(&["บทความฟรี", "สำหรับสมาชิก"]),
        ask(Newsletter).phrases(&[
            "สมัครรับจดหมายข่าว", "รับจดหมายข่าว", "ส่งตรงถึงอีเมล", "ส่งตรงถึงกล่องอีเมล", "กรอกอีเมลของคุณ",
            "ใส่อีเมลของคุณ", "ลงทะเบียนรับข่าวสาร", "สมัครรับข่าวสาร", "ส่งตรงถึงกล่องจดหมาย",
        ]),
        label(Newsletter).phrases(&["จดหมายข่าว", "รับข่าวสาร"]),
        cue(Newsletter).phrases(&["จดหมายข่าว", "อีเมลของคุณ", "กล่องจดหมายของคุณ", "ทางอีเมล", "นโยบายความเป็นส่วนตัว", "ยกเลิกการรับ"]),
        ask(App).phrases(&["ดาวน์โหลดแอปของเรา", "ดาวน์โหลดแอปพลิเคชันของเรา", "อ่านข่าวผ่านแอป", "เปิดในแอป", "บนแอปของเรา"]),
        // "ประชาชนดาวน์โหลดแอป หมอพร้อม" (a health ministry's app): a short block's start only.
        ask(App).at(Start).max_words(20).phrases(&["ดาวน์โหลดแอป", "ดาวน์โหลดแอปพลิเคชัน", "ติดตั้งแอป"]),
        cue(App).phrases(&["แอปพลิเคชัน", "ดาวน์โหลดได้ที่", "แจ้งเตือนข่าว"]),
        ask(Cookie).phrases(&[
            "เว็บไซต์นี้ใช้คุกกี้", "เว็บไซต์ของเราใช้คุกกี้", "เราใช้คุกกี้", "การตั้งค่าคุกกี้", "นโยบายคุกกี้",
            "ยอมรับคุกกี้ทั้งหมด", "ตั้งค่าคุกกี้",
        ]),
        // News on consent banners quotes their buttons ("ปุ่ม \"ยอมรับทั้งหมด\""): a label only.
        label(Cookie).phrases(&["ยอมรับทั้งหมด"]),
        cue(Cookie).phrases(&["คุกกี้"]),
        ask(Social).phrases(&[
            "ติดตามเราได้ที่", "ติดตามเราได้ทาง", "ติดตามข่าวสารได้ที่", "ติดตามข่าวสารเพิ่มเติมได้ที่", "แชร์บทความนี้",
            "แชร์ข่าวนี้", "กดติดตาม", "ติดตามเพจ", "เพิ่มเพื่อนทางไลน์", "เพิ่มเพื่อนทาง line", "แอดไลน์", "คัดลอกลิงก์แล้ว",
        ]),
        // "แชร์ลูกโซ่" is a Ponzi scheme: "แชร์" (share) only as a label of its own.
        ask(Social).at(Start).max_words(8).phrases(&["ติดตามเรา", "ติดตามช่องทาง"]),
        cue(Social).phrases(&["ไม่พลาดทุกข่าวสาร", "ไม่พลาดข่าวสาร", "เพื่อไม่พลาด"]),
        platform(Social).max_words(12).phrases(&["เฟซบุ๊ก", "เฟสบุ๊ก", "เฟสบุ๊ค", "ยูทูบ", "ติ๊กต็อก", "อินสตาแกรม", "ทวิตเตอร์", "ไลน์"]),
        label(Social).phrases(&["คัดลอกลิงก์", "คัดลอกลิ้งก์", "แชร์"]),
        label(Ad).phrases(&["โฆษณา", "บทความโฆษณา", "ได้รับการสนับสนุนโดย"]),
        line(Related).max_words(24).phrases(&[
            "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "อ่านข่าวเพิ่มเติม", "ข่าวแนะนำ", "บทความแนะนำ",
            "คุณอาจสนใจ", "เรื่องที่คุณอาจสนใจ", "อ่านข่าวที่เกี่ยวข้อง", "อ่านบทความที่เกี่ยวข้อง", "ข่าวยอดนิยม", "ข่าวล่าสุด", "อ่านต่อ:", "อ่านข่าว:", "อ่าน:",
        ]),
        label(Related).phrases(&["ข่าวที่เกี่ยวข้อง", "อ่านต่อ", "ยอดนิยม", "ล่าสุด", "ดูทั้งหมด", "อ่านเพิ่มเติม"]),
        ask(Credit).max_words(40).phrases(&["ห้ามคัดลอก", "ห้ามนำไปเผยแพร่", "ไม่อนุญาตให้คัดลอก"]),
        line(Credit).max_words(10).phrases(&[
            "ภาพ:", "ภาพ :", "เรื่อง:", "เรียบเรียง:", "ผู้เขียน:", "บรรณาธิการ:", "ภาพประกอบ:",
            "ขอบคุณภาพ", "ขอบคุณข้อมูล", "ข่าวโดย", "รายงานโดย", "แปลและเรียบเรียง",
        ]),
        chrome(Other).at(Any).max_words(12).phrases(&["สงวนลิขสิทธิ์"]),
        label_any().phrases(&[
            "ปิด", "ไว้ทีหลัง", "ไว้คราวหน้า", "ไม่ใช่ตอนนี้", "เตือนฉันภายหลัง", "ยอมรับ", "ปฏิเสธ", "ตกลง", "สนับสนุน",
            "บริจาค", "เข้าสู่ระบบ", "สมัครสมาชิก", "รายปี", "ถัดไป", "ย้อนกลับ", "ดำเนินการต่อ", "จำนวนอื่น",
        ]),
        outlet(Donation).phrases(&[
            "สื่ออิสระ", "ไม่แสวงหากำไร", "ไม่แสวงกำไร", "ไม่มีโฆษณา", "ไม่พึ่งพาโฆษณา", "ไม่มีนายทุน", "อยู่ได้ด้วยผู้อ่าน", "อยู่ได้เพราะผู้อ่าน", "สำนักข่าวอิสระ",
            "ได้รับการสนับสนุนจากผู้อ่าน", "ไม่มีเพย์วอลล์", "อ่านฟรีสำหรับทุกคน",
        ]),
        notice().phrases(&["แก้ไข:", "อัปเดต:"]),
        body().phrases(&["กล่าวว่า", "ระบุว่า", "เปิดเผยว่า", "ให้สัมภาษณ์", "ยืนยันว่า", "ชี้แจงว่า", "เล่าว่า", "รายงานว่า"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["เกี่ยวกับผู้เขียน", "ประวัติผู้เขียน", "บทความอื่นของผู้เขียน", "บทความโดยผู้เขียน"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["ผู้เขียนเป็นนักข่าว", "ผู้เขียนเป็นผู้สื่อข่าว", "ผู้เขียนเป็นนักเขียน", "ผู้เขียนเป็นอาจารย์"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["ข้ามไปยังเนื้อหา", "ข้ามไปที่เนื้อหา", "กลับขึ้นด้านบน"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["แสดงความคิดเห็นที่นี่", "ความคิดเห็นของผู้อ่าน", "ร่วมแสดงความคิดเห็น", "เขียนความคิดเห็น", "ดูความคิดเห็นทั้งหมด"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["ความคิดเห็น"]),
        ask(Other).part(Comments).phrases(&["เข้าสู่ระบบเพื่อแสดงความคิดเห็น", "ความคิดเห็นจะถูกตรวจสอบ", "กฎการแสดงความคิดเห็น"]),
        ask(Other).part(Disclaimer).phrases(&["เป็นความคิดเห็นส่วนตัวของผู้เขียน", "ไม่จำเป็นต้องสอดคล้องกับกองบรรณาธิการ", "ไม่ใช่ความเห็นของกองบรรณาธิการ"]),
        cue(Other).part(Disclaimer).phrases(&["ความเห็นของผู้เขียน", "ทัศนะของผู้เขียน"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["หน้าถัดไป", "หน้าก่อนหน้า", "แจ้งข้อผิดพลาด", "แจ้งเบาะแสข่าว"]),
        ask(Other).part(Navigation).phrases(&["เบราว์เซอร์ของคุณล้าสมัย", "กรุณาเปิดใช้งานจาวาสคริปต์"]),
        // Pack audit (issue #9): every function of an appeal, in the wording many Thai sites
        // share, to "คุณ" and to the formal "ท่าน". A candidate asks "ช่วยสนับสนุนเรา" too: the
        // bare requests open a short block only.
        ask(Donation).weight(3.5).phrases(&[
            "สนับสนุนเราผ่าน", "เลือกจำนวนเงินที่ต้องการสนับสนุน", "ทุกการสนับสนุนมีความหมาย", "เลี้ยงกาแฟเรา", "เลี้ยงกาแฟทีมงาน",
        ]),
        ask(Donation).weight(3.5).at(Start).max_words(16).phrases(&[
            "สนับสนุนได้ที่", "ระบุจำนวนเงิน", "ช่วยสนับสนุนเรา", "โปรดสนับสนุนเรา",
        ]),
        cue(Donation).weight(0.5).phrases(&["สนับสนุนได้ที่"]),
        cue(Donation).phrases(&["การสนับสนุนของท่าน", "การสนับสนุนจากท่าน", "สนับสนุนรายเดือน", "สนับสนุนครั้งเดียว", "ทุกบาทมีความหมาย", "จำนวนเงินอื่น"]),
        ask(Membership).phrases(&["สมัครสมาชิกกับเรา", "สมัครเป็นสมาชิกกับเรา"]),
        ask(Membership).at(Start).max_words(6).phrases(&["สมัครเป็นสมาชิก"]),
        cue(Membership).phrases(&["สมาชิกพรีเมียม", "เฉพาะสมาชิก"]),
        ask(Subscription).phrases(&["มีบัญชีอยู่แล้ว"]),
        cue(Subscription).phrases(&["สมัครแพ็กเกจ", "สมัครแพ็คเกจ", "สมัครสมาชิกรายเดือน", "สมัครสมาชิกรายปี", "ต่ออายุสมาชิก"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["สมัครสมาชิกรายเดือน", "สมัครสมาชิกรายปี"]),
        ask(Subscription).at(Start).max_words(8).phrases(&["เลือกแพ็กเกจ", "เลือกแพ็คเกจ"]),
        ask(Paywall).weight(3.5).phrases(&[
            "อ่านต่อสำหรับสมาชิก", "เนื้อหาพิเศษสำหรับสมาชิก", "ลงทะเบียนเพื่ออ่านต่อ", "ลงชื่อเข้าใช้เพื่ออ่านต่อ", "เพื่ออ่านเนื้อหาทั้งหมด",
            "อ่านฟรีได้อีก", "สิทธิ์อ่านฟรี", "บทความฟรีของคุณ", "บทความฟรีเดือนนี้", "ลงทะเบียนเพื่ออ่าน",
        ]),
        ask(Paywall).at(Start).max_words(12).phrases(&["เพื่ออ่านบทความนี้"]),
        ask(Newsletter).phrases(&[
            "รับข่าวสารทางอีเมล", "ส่งตรงถึงอินบ็อกซ์", "อินบ็อกซ์ของคุณ", "กรอกอีเมลเพื่อ", "ยกเลิกการสมัครได้ทุกเมื่อ", "ยกเลิกการรับข่าวสาร",
        ]),
        cue(Newsletter).phrases(&["ระบุอีเมล", "ขอบคุณที่สมัครรับ", "ขอบคุณที่ลงทะเบียน"]),
        ask(App).phrases(&["ดาวน์โหลดแอปได้ที่", "อ่านบนแอป", "อ่านต่อในแอป", "ติดตั้งแอปพลิเคชัน"]),
        ask(App).at(Start).max_words(10).phrases(&["ดาวน์โหลดได้แล้ววันนี้"]),
        ask(Cookie).phrases(&[
            "เว็บไซต์นี้มีการใช้คุกกี้", "เว็บไซต์มีการใช้คุกกี้", "มีการใช้คุกกี้", "ใช้คุกกี้เพื่อ", "ยอมรับการใช้คุกกี้",
            "นโยบายการใช้คุกกี้",
        ]),
        ask(Social).phrases(&[
            "กดกระดิ่ง", "กดซับ", "ติดตามข่าวสารจากเรา", "ติดตามช่องยูทูบ",
            "ติดตามเราบน", "ติดตามเราทาง", "เพิ่มเพื่อนไลน์",
        ]),
        line(Related).max_words(24).phrases(&[
            "ข่าวเกี่ยวข้อง", "บทความเกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "เนื้อหาที่เกี่ยวข้อง", "ข่าวอื่นๆ", "ข่าวอื่น ๆ", "บทความอื่นๆ",
            "อ่านข่าวอื่น", "ข่าวที่น่าสนใจ", "บทความที่น่าสนใจ", "เรื่องแนะนำ", "อ่านมากที่สุด", "ยอดนิยมประจำสัปดาห์", "คลิกอ่าน",
            "อ่านต่อที่", "ดูเพิ่มเติม",
        ]),
        line(Related).max_words(4).phrases(&["ข่าวเด่น", "ข่าวถัดไป", "ข่าวก่อนหน้า", "บทความถัดไป", "บทความก่อนหน้า", "อย่าพลาด"]),
        label(Related).phrases(&[
            "บทความที่เกี่ยวข้อง", "ข่าวแนะนำ", "บทความแนะนำ", "ข่าวล่าสุด", "ข่าวยอดนิยม", "ข่าวเด่น", "ข่าวถัดไป", "ข่าวก่อนหน้า",
            "บทความถัดไป", "บทความก่อนหน้า", "อ่านมากที่สุด", "คุณอาจสนใจ", "ดูเพิ่มเติม", "โหลดเพิ่ม",
        ]),
        line(Credit).max_words(10).phrases(&[
            "ภาพจาก", "ภาพ/", "ที่มา:", "ที่มา :", "ที่มาภาพ", "เรื่องและภาพ", "เรื่อง/ภาพ", "ภาพปก", "กราฟิก:", "ผู้สื่อข่าว:",
            "รายงาน:", "แปล:", "เขียนโดย", "เรียบเรียงโดย", "ภาพโดย", "ถ่ายภาพ:", "ช่างภาพ:",
        ]),
        label_any().phrases(&[
            "ไม่ ขอบคุณ", "ไม่ล่ะ ขอบคุณ", "ข้าม", "ไว้ก่อน", "รับทราบ", "เข้าใจแล้ว", "ปิดหน้าต่าง", "สนับสนุนเลย", "บริจาคเลย", "รายเดือน",
            "ครั้งเดียว", "จำนวนเงินอื่น", "ลงทะเบียน", "ปฏิเสธทั้งหมด", "บันทึกการตั้งค่า", "ตั้งค่า", "ยืนยันตัวเลือก", "อนุญาตทั้งหมด",
        ]),
        outlet(Donation).phrases(&[
            "ไม่รับโฆษณา", "ไม่มีทุนใหญ่", "ไม่อยู่ภายใต้ทุน", "ไม่รับเงินจากรัฐ", "เป็นอิสระจากทุน", "อิสระจากกลุ่มทุน", "เปิดให้อ่านฟรี",
            "อ่านได้ฟรี", "สำนักข่าวที่ไม่แสวงหากำไร",
        ]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["บทความล่าสุด", "บทความยอดนิยม", "ข่าวที่คุณอาจสนใจ", "แนะนำสำหรับคุณ"]),
        header(Donation).max_words(12).phrases(&["บทความนี้มีประโยชน์หรือไม่"]),
        label(Social).phrases(&["แชร์ไปยัง", "แชร์ผ่าน"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        label(Other).phrases(&["ฟังบทความนี้", "ฟังข่าวนี้"]),
        chrome(Social).max_words(10).phrases(&["โพสต์ที่แชร์โดย"]),
        label(Social).phrases(&["ดูโพสต์นี้บน instagram", "ดูบน youtube"]),
        label(Other).part(Comments).phrases(&["ใส่ความเห็น", "ยกเลิกการตอบ", "แสดงความเห็น", "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Other).max_words(45).phrases(&["บทความนี้เป็นส่วนหนึ่งของ", "รายงานชิ้นนี้เป็นส่วนหนึ่งของ", "บทความนี้ได้รับการสนับสนุนจาก", "รายงานชิ้นนี้ได้รับการสนับสนุน"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["อ่านบทความฟรีได้อีก", "บทความที่เหลือ"]),
        ask(Paywall).max_words(30).phrases(&["นี่คือบทความฟรีบทความสุดท้ายของคุณ", "บทความฟรีสุดท้าย", "คุณอ่านบทความฟรีครบแล้ว", "สิทธิ์อ่านฟรีของคุณหมดแล้ว", "คุณใช้สิทธิ์อ่านบทความฟรีครบแล้ว"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["สำหรับสมาชิกเท่านั้น", "เพื่ออ่านบทความฉบับเต็ม", "เนื้อหาเฉพาะสมาชิก"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["พื้นที่โฆษณา"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["อ่านต่อด้านล่าง", "อ่านต่อหลังโฆษณา", "เนื้อหาต่อจากโฆษณา", "บทความต่อหลังโฆษณา", "เลื่อนลงเพื่ออ่านต่อ", "เนื้อหายังไม่จบ", "บทความยังไม่จบ"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["เนื้อหาได้รับการสนับสนุน", "บทความได้รับการสนับสนุน", "ได้รับการสนับสนุนจาก", "สนับสนุนโดย", "เนื้อหาโฆษณา", "ข่าวประชาสัมพันธ์"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["บทความนี้มีลิงก์แอฟฟิลิเอต", "เราอาจได้รับค่าคอมมิชชั่น", "เราอาจได้รับค่าคอมมิชชัน", "เมื่อคุณซื้อผ่านลิงก์"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["สงวนลิขสิทธิ์ทั้งหมด", "ห้ามคัดลอกโดยไม่ได้รับอนุญาต", "สงวนลิขสิทธิ์ตามพระราชบัญญัติลิขสิทธิ์"]),
        // A newsletter box's heading, a line of its own.
        label(Newsletter).phrases(&["นิวส์เลตเตอร์"]),
        // An app pitch's heading, a line of its own.
        label(App).phrases(&["ดาวน์โหลดแอพ", "โหลดแอป"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["แสดงความคิดเห็น", "ดูความคิดเห็น", "ความคิดเห็นทั้งหมด"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["ภาพประกอบข่าว", "ภาพประกอบเท่านั้น", "แฟ้มภาพ", "ภาพจากแฟ้ม", "ภาพแฟ้ม", "ภาพจากโซเชียล", "ภาพจากเฟซบุ๊ก", "ภาพหน้าจอ", "ภาพจากคลิป", "ภาพจากอินเทอร์เน็ต", "ภาพจากโซเชียลมีเดีย"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        label(Other).part(Player).weight(2.5).phrases(&["เล่นวิดีโอ", "โปรแกรมเล่นวิดีโอ", "รายการนี้เป็นหน้าต่างโมดอล", "สิ้นสุดหน้าต่างกล่องโต้ตอบ", "โปรแกรมเล่นเสียง"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["แท็ก", "คำค้น", "คำค้นหา", "คำสำคัญ", "ป้ายกำกับ"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["ชื่อบัญชี", "เลขที่บัญชี", "เลขบัญชี", "บัญชีเลขที่", "ประเภทบัญชี", "บัญชีออมทรัพย์", "ชื่อธนาคาร"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["ที่อยู่อีเมล", "ระบุอีเมลของคุณ", "ติดตามข่าวสาร", "สมัครรับข่าวสารทางอีเมล", "กรอกอีเมล", "กรอกที่อยู่อีเมล", "สมัครรับนิวส์เลตเตอร์"]),
        label(Subscription).phrases(&["เป็นสมาชิกอยู่แล้ว? เข้าสู่ระบบ", "มีบัญชีอยู่แล้ว? เข้าสู่ระบบ"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["สมัครสมาชิกเลย", "ดูแพ็กเกจ", "ดูแพ็กเกจทั้งหมด", "ดูข้อเสนอ"]),
        label(App).phrases(&["ดาวน์โหลดบน app store", "ดาวน์โหลดจาก google play", "ดาวน์โหลดได้ที่ google play"]),
        label(App).weight(EDGE_WEIGHT).phrases(&["ดาวน์โหลดเลย"]),
        label(Donation).weight(EDGE_WEIGHT).phrases(&["บริจาครายเดือน", "บริจาคครั้งเดียว", "เลือกจำนวนเงิน", "กรอกจำนวนเงิน", "สนับสนุนทุกเดือน"]),
        label(Social).phrases(&["คัดลอก url", "แชร์ไปยัง facebook", "แชร์บน facebook", "แชร์ผ่าน line"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["ส่งอีเมล", "พิมพ์หน้านี้"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["เมื่อสมัครสมาชิก คุณยอมรับ", "การสมัครรับข่าวสาร ถือว่าคุณยอมรับ", "คุณสามารถยกเลิกการรับข่าวสารได้ตลอดเวลา", "ยกเลิกการรับข่าวสารได้ทุกเมื่อ", "ข้าพเจ้ายินยอมให้", "ฉันยอมรับนโยบายความเป็นส่วนตัว", "ยอมรับเงื่อนไขและนโยบายความเป็นส่วนตัว", "เว็บไซต์นี้ได้รับการปกป้องโดย recaptcha", "กรุณาตรวจสอบอีเมลเพื่อยืนยัน"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["บทความนี้มีประโยชน์ไหม", "ไม่อยากพลาดข่าวสาร", "อยากอ่านบทความแบบนี้อีกไหม", "บทความนี้เป็นประโยชน์หรือไม่", "ชอบเนื้อหานี้ไหม", "ไม่อยากพลาดข่าวสำคัญใช่ไหม"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["กล่าวเพิ่มเติมว่า", "อธิบายว่า", "เน้นย้ำว่า", "ย้ำว่า", "แถลงว่า", "ประกาศว่า", "ปฏิเสธว่า", "อ้างว่า", "เตือนว่า", "ตอบว่า", "ถามว่า", "เขียนว่า", "ตั้งคำถามว่า", "ตามรายงานของ", "กล่าวกับผู้สื่อข่าว", "บอกกับผู้สื่อข่าว", "บอกว่า", "ชี้ว่า", "เปิดเผยกับ", "แสดงความเห็นว่า", "ให้ความเห็นว่า", "ตั้งข้อสังเกตว่า", "กล่าวต่อว่า", "กล่าวอีกว่า", "กล่าวด้วยว่า", "อ้างคำพูดของ", "ตามคำกล่าวของ", "ระบุด้วยว่า"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        label(Other).part(Gallery).weight(2.5).phrases(&["แกลเลอรี่", "แกลลอรี่", "แกลเลอรีภาพ", "ประมวลภาพ", "อัลบั้มภาพ", "ดูภาพทั้งหมด", "ดูรูปทั้งหมด", "ภาพถัดไป", "ภาพก่อนหน้า", "ขยายภาพ", "เต็มจอ"]),
        label(Other).part(Live).weight(2.5).phrases(&["ถ่ายทอดสด", "ไลฟ์สด", "ไลฟ์", "อัปเดตล่าสุด", "อัพเดทล่าสุด", "อัปเดตสด", "รีเฟรช", "โหลดเพิ่มเติม"]),
        label(Other).part(Tools).weight(2.5).phrases(&["ขนาดตัวอักษร", "แชร์บทความ", "บุ๊กมาร์ก"]),
        label(Other).part(Player).weight(2.5).phrases(&["ดูวิดีโอ", "หยุดชั่วคราว", "ปิดเสียง", "เปิดเสียง", "เล่นอัตโนมัติ", "ความเร็วในการเล่น", "ฟังข่าว", "กำลังโหลดวิดีโอ"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).phrases(&["คุณชอบบทความนี้ไหม", "ถ้าชอบบทความนี้", "หากชื่นชอบเนื้อหานี้"]),
        header(Donation).weight(2.5).phrases(&["ขอบคุณที่อ่านจนจบ", "ขอบคุณที่อ่านมาถึงตรงนี้", "ขอบคุณที่ติดตามอ่าน", "ขอบคุณที่อ่านบทความนี้", "ขอบคุณสำหรับการติดตาม"]),
        cue(Donation).weight(2.0).phrases(&["สมทบเท่ากับยอดบริจาค", "ยอดบริจาคจะเพิ่มเป็นสองเท่า"]),
        cue(Donation).weight(2.0).phrases(&["ตามกำลังทรัพย์", "ไม่ว่าจะมากหรือน้อย", "ไม่จำกัดจำนวน"]),
        cue(Subscription).phrases(&["หนังสือพิมพ์ดิจิทัล", "อ่าน e-paper", "อ่านฉบับพิมพ์", "สมัครสมาชิกหนังสือพิมพ์", "นิตยสารฉบับดิจิทัล"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["ร่วมบริจาคเลย", "บริจาคตอนนี้", "ฉันต้องการบริจาค"]),
        label(Membership).phrases(&["ฉันเป็นสมาชิกอยู่แล้ว", "เป็นสมาชิกแล้ว"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["อ่านเพิ่มเติม:", "อ่านเพิ่ม:", "อ่านข่าวเพิ่มเติม:", "อ่านข่าวที่เกี่ยวข้อง:", "ข่าวที่เกี่ยวข้อง:", "ข่าวเกี่ยวข้อง:", "บทความที่เกี่ยวข้อง:", "ข่าวที่น่าสนใจ:", "บทความแนะนำ:", "ดูเพิ่มเติม:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["รับชมถ่ายทอดสดได้ที่", "ชมไลฟ์สดได้ที่", "ฟังสดได้ที่"]),
        ask(Social).max_words(30).phrases(&["ช่องเทเลแกรมของเรา"]),
        line(Subscription).max_words(10).phrases(&["อ่านหนังสือพิมพ์ฉบับวันนี้", "อ่านหนังสือพิมพ์ออนไลน์"]),
        label(Subscription).phrases(&["e-paper", "epaper", "หนังสือพิมพ์ฉบับวันนี้"]),
        ask(Other).part(Comments).max_words(60).phrases(&["ขอสงวนสิทธิ์ในการลบความคิดเห็น", "ขอสงวนสิทธิ์ลบความคิดเห็น", "เป็นความคิดเห็นส่วนตัวของผู้แสดงความคิดเห็น"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["ส่งข่าวถึงเรา", "ส่งข่าวถึงกองบรรณาธิการ"]),
        label(Other).phrases(&["แจ้งข่าว", "ส่งข่าว", "ร่วมส่งข่าว"]),
        label(Ad).phrases(&["ซื้อบัตรเลย", "ลงทะเบียนเลย"]),
        ask(Ad).max_words(35).phrases(&["รับสมัครนักข่าว", "รับสมัครผู้สื่อข่าว"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย", "สำหรับการแสดงความเห็นครั้งถัดไป", "ความเห็นของคุณกำลังรอการตรวจสอบ", "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น"]),
        label(Other).part(Comments).phrases(&["ส่งความคิดเห็น", "แสดงความเห็นของคุณ"]),
    ],
    // "เรา" stands alone and in "พวกเรา", "ของเรา"; it sits inside no common word.
    we: &["เรา", "พวกเรา"],
    // "คุณ" alone is a title ("คุณสมชาย") and in "คุณภาพ" (quality), "ท่าน" a monk's or an
    // official's honorific: the forms that only address the reader.
    you: &["ของคุณ", "หากคุณ", "ถ้าคุณ", "คุณผู้อ่าน", "ท่านผู้อ่าน", "ของท่าน", "หากท่าน", "ถ้าท่าน"],
};
