//! Georgian, in the Mkhedruli script (no letter case). Pages write "cookie files" with a
//! hyphen or a space ("ქუქი-ფაილებს", "ქუქი ფაილებს") and e-mail as "ელფოსტა" or
//! "ელ-ფოსტა": the formulas that matter most are listed both ways.
//!
//! News shares the vocabulary: "გამოწერა" is also a doctor's prescription, "წევრი გახდეს"
//! a country joining the EU or NATO, and a quoted speaker says "მხარი დაგვიჭირეთ" or
//! "შემოგვიერთდით" (protesters, a candidate). The imperatives open only a short block;
//! anywhere only forms no report holds ("აირჩიეთ შემოწირულობის თანხა", "გამოიწერეთ ჩვენი
//! ნიუსლეთერი", "ჩამოტვირთეთ ჩვენი აპლიკაცია").
use super::*;

#[rustfmt::skip]
pub(crate) static PACK: Pack = Pack {
    lang: "ka",
    entries: &[
        // Page furniture of any site's template: the reading-time line ("5 min read").
        chrome(Other).at(Any).max_words(6).phrases(&["კითხვის დრო", "წუთიანი საკითხავი", "წთ კითხვა"]),
        header(Donation).max_words(14).phrases(&[
            "მხარი დაგვიჭირეთ", "დაუჭირეთ მხარი დამოუკიდებელ ჟურნალისტიკას", "დაუჭირეთ მხარი დამოუკიდებელ მედიას",
            "გვჭირდება თქვენი მხარდაჭერა",
        ]),
        header(Donation).max_words(4).phrases(&["სანამ წახვალთ", "სანამ წახვალ"]),
        ask(Donation).weight(3.5).phrases(&[
            "აირჩიეთ შემოწირულობის თანხა", "შემოწირულობის თანხა აირჩიეთ", "მხარი დაუჭირეთ ჩვენს მუშაობას",
            "მხარი დაუჭირეთ ჩვენს რედაქციას", "თქვენი შემოწირულობა გვეხმარება",
        ]),
        // Protesters shout "მხარი დაგვიჭირეთ!", a charity says "ყველა შემოწირულობა მნიშვნელოვანია":
        // a short block's start only.
        ask(Donation).weight(3.5).at(Start).max_words(40).phrases(&[
            "მხარი დაგვიჭირე", "დაგვეხმარეთ", "დაგვეხმარე", "გააკეთეთ შემოწირულობა", "გააკეთე შემოწირულობა",
            "ყველა შემოწირულობა მნიშვნელოვანია", "ყოველი ლარი მნიშვნელოვანია", "გახდით ჩვენი მხარდამჭერი",
            "გახდი ჩვენი მხარდამჭერი", "დაუჭირე მხარი დამოუკიდებელ მედიას", "გვჭირდება შენი მხარდაჭერა",
        ]),
        cue(Donation).phrases(&[
            "თქვენი მხარდაჭერა", "თქვენი მხარდაჭერით", "შენი მხარდაჭერა", "დამოუკიდებელი ჟურნალისტიკა",
            "ყოველთვიური შემოწირულობა", "ერთჯერადი შემოწირულობა", "აირჩიეთ თანხა",
        ]),
        cue(Donation).weight(0.5).phrases(&["შემოწირულ*", "მხარდამჭერ*", "დონაცი*"]),
        salutation(Donation).max_words(6).phrases(&[
            "ძვირფასო მკითხველო", "ძვირფასო მკითხველებო", "პატივცემულო მკითხველო", "პატივცემულო მკითხველებო",
            "ძვირფასო მკითხველ",
        ]),
        header(Donation).weight(3.5).max_words(12).phrases(&["მოგეწონათ სტატია", "მოგეწონა სტატია", "მოგეწონათ ეს სტატია"]),
        ask(Membership).phrases(&["გახდით ჩვენი წევრი", "შემოუერთდით ჩვენს საზოგადოებას", "გახდი ჩვენი წევრი"]),
        // "შემოგვიერთდით!" is the protesters' call too; "წევრი გახდეს" a country joining the EU.
        ask(Membership).at(Start).max_words(8).phrases(&["გახდით წევრი", "გახდი წევრი", "შემოგვიერთდით"]),
        cue(Membership).weight(0.5).phrases(&["წევრობ*"]),
        ask(Subscription).phrases(&[
            "უკვე გაქვთ გამოწერა", "უკვე ხართ გამომწერი", "გააუქმეთ ნებისმიერ დროს", "გაუქმება ნებისმიერ დროს შეგიძლიათ",
            "აირჩიეთ გამოწერის პაკეტი",
        ]),
        ask(Subscription).at(Start).max_words(10).phrases(&["გამოიწერეთ", "გამოიწერე", "გამოწერის გაფორმება"]),
        cue(Subscription).phrases(&["ციფრული გამოწერა", "პირველი თვე უფასოდ", "შეუზღუდავი წვდომა"]),
        cue(Subscription).weight(0.5).phrases(&["გამოწერ*"]),
        ask(Paywall).weight(3.5).phrases(&[
            "სტატიის სრულად წასაკითხად", "სტატიის წაკითხვის გასაგრძელებლად", "ეს სტატია ხელმისაწვდომია მხოლოდ გამომწერებისთვის",
            "ეს მასალა ხელმისაწვდომია მხოლოდ გამომწერებისთვის", "უფასო სტატიების ლიმიტი ამოიწურა",
        ]),
        ask(Paywall).at(Start).max_words(20).phrases(&["კითხვის გასაგრძელებლად", "სრულად წასაკითხად"]),
        cue(Paywall).phrases(&["მხოლოდ გამომწერებისთვის"]),
        ask(Newsletter).phrases(&[
            "გამოიწერეთ ჩვენი ნიუსლეთერი", "გამოიწერეთ ჩვენი ნიუსლეტერი", "ჩვენი ნიუსლეთერი", "ჩვენი ნიუსლეტერი",
            "გამოწერის გაუქმება ნებისმიერ დროს შეგიძლიათ", "გმადლობთ გამოწერისთვის", "მიიღეთ სიახლეები ელფოსტაზე",
            "მიიღეთ სიახლეები ელ-ფოსტაზე",
        ]),
        // The police warn about "თქვენს ელფოსტაზე მოსული ბმული": a block's start only.
        ask(Newsletter).at(Start).max_words(40).phrases(&[
            "შეიყვანეთ თქვენი ელფოსტა", "შეიყვანეთ თქვენი ელ-ფოსტა", "შეიყვანეთ ელფოსტის მისამართი",
            "შეიყვანეთ ელ-ფოსტის მისამართი", "გამოიწერეთ სიახლეები",
        ]),
        cue(Newsletter).phrases(&["თქვენს ელფოსტაზე", "თქვენს ელ-ფოსტაზე", "ელფოსტის მისამართი", "კონფიდენციალურობის პოლიტიკა"]),
        ask(App).phrases(&["ჩამოტვირთეთ ჩვენი აპლიკაცია", "ჩამოტვირთე ჩვენი აპლიკაცია", "ჩვენი მობილური აპლიკაცია"]),
        ask(App).at(Start).max_words(8).phrases(&["ჩამოტვირთეთ აპლიკაცია", "ჩამოტვირთე აპლიკაცია"]),
        cue(App).phrases(&["ჩვენს აპლიკაციაში", "ჩვენი აპლიკაცია"]),
        ask(Cookie).phrases(&[
            "ქუქი-ფაილების პარამეტრები", "ქუქი ფაილების პარამეტრები", "ყველა ქუქი-ფაილის მიღება", "ყველა ქუქი ფაილის მიღება",
        ]),
        // Reports quote banners too: a block's start only.
        ask(Cookie).at(Start).max_words(40).phrases(&[
            "ჩვენ ვიყენებთ ქუქი-ფაილებს", "ვიყენებთ ქუქი-ფაილებს", "ვიყენებთ ქუქი ფაილებს", "ვიყენებთ ქუქიებს",
            "ეს საიტი იყენებს ქუქი-ფაილებს", "ეს საიტი იყენებს ქუქი ფაილებს", "ვებგვერდი იყენებს ქუქი-ფაილებს",
            "ქუქი-ფაილების პოლიტიკა",
        ]),
        cue(Cookie).phrases(&["ქუქი-ფაილებს", "ქუქი ფაილებს", "ქუქი-ფაილები"]),
        ask(Social).phrases(&[
            "გამოგვყევით ფეისბუქზე", "გამოგვყევით ინსტაგრამზე", "გამოგვიწერეთ იუთუბზე", "შემოგვიერთდით ტელეგრამზე",
            "ბმული დაკოპირდა", "ბმული დაკოპირებულია",
        ]),
        ask(Social).at(Start).max_words(10).phrases(&["გამოგვყევით", "გააზიარეთ სტატია", "გააზიარე სტატია"]),
        label(Ad).phrases(&["რეკლამა", "სპონსორირებული", "პარტნიორის მასალა", "სარეკლამო სტატია"]),
        line(Related).max_words(24).phrases(&[
            "ასევე წაიკითხეთ", "ასევე იხილეთ", "მსგავსი სიახლეები", "დაკავშირებული სტატიები", "თემის მიხედვით:",
            "ყველაზე კითხვადი:", "ბოლო სიახლეები:", "სხვა სიახლეები:", "შეიძლება დაგაინტერესოთ",
        ]),
        line(Related).max_words(3).phrases(&["ყველაზე კითხვადი", "ბოლო სიახლეები", "სხვა სიახლეები"]),
        label(Related).phrases(&["თემის მიხედვით", "ყველაზე ნანახი", "მთავარი ამბები", "ამავე თემაზე"]),
        ask(Credit).max_words(40).phrases(&[
            "შესაძლოა არ ემთხვეოდეს რედაქციის პოზიციას", "შესაძლოა არ ასახავდეს რედაქციის პოზიციას",
            "ავტორის პირადი მოსაზრებაა",
        ]),
        // "სტატია პირველად გამოქვეყნდა 1995 წელს ჟურნალში" is a book's history too.
        ask(Credit).at(Start).max_words(40).phrases(&["ეს სტატია პირველად გამოქვეყნდა", "ეს მასალა პირველად გამოქვეყნდა"]),
        cue(Credit).phrases(&["პირველად გამოქვეყნდა"]),
        line(Credit).max_words(10).phrases(&["ავტორი:", "თარგმანი:", "თარგმნა:", "რედაქტორი:"]),
        chrome(Other).max_words(10).phrases(&["ყველა უფლება დაცულია",]),
        label(Other).phrases(&["კომენტარები", "დაწერეთ კომენტარი"]),
        label_any().phrases(&[
            "დახურვა", "არა, გმადლობთ", "მოგვიანებით", "შემახსენე მოგვიანებით", "ვეთანხმები", "მიღება", "უარყოფა",
            "გაგრძელება", "გაზიარება", "ბეჭდვა", "შესვლა", "რეგისტრაცია", "ყოველთვიურად", "ერთჯერადად", "სხვა თანხა",
            "ვრცლად", "გასაგებია", "ყველას მიღება", "ყველას უარყოფა", "პარამეტრები", "მხარდაჭერა", "შემოწირულობა",
            "გამოწერა", "ბმულის კოპირება", "წაიკითხეთ მეტი", "ყოველთვიური", "ერთჯერადი",
        ]),
        outlet(Donation).phrases(&[
            "დამოუკიდებელი მედია", "არაკომერციული", "რეკლამის გარეშე", "მკითხველების მხარდაჭერით", "ყველასთვის უფასო",
        ]),
        notice().phrases(&["განახლება:", "შესწორება:"]),
        body().phrases(&["განაცხადა", "თქვა", "აღნიშნა", "დასძინა", "განმარტა", "იტყობინება"]),
        // Site chrome around the story, by page part: the author box, the comment section, the
        // disclaimer, the navigation (the coverage table's cells of those names).
        cue(Credit).part(AuthorBox).at(Start).weight(2.0).max_words(5).phrases(&["ავტორის შესახებ", "ავტორის სხვა სტატიები", "ავტორის ყველა სტატია"]),
        ask(Credit).part(AuthorBox).at(Start).weight(2.5).max_words(30).phrases(&["ავტორი არის", "ავტორი ჟურნალისტია"]),
        chrome(Other).part(Navigation).max_words(10).phrases(&["გადასვლა მთავარ შინაარსზე", "გადასვლა შინაარსზე"]),
        chrome(Other).part(Comments).max_words(10).phrases(&["დაწერე კომენტარი", "დატოვე კომენტარი", "კომენტარის დამატება", "კომენტარების ნახვა", "მკითხველის კომენტარები"]),
        cue(Other).part(Comments).at(Any).max_words(4).phrases(&["კომენტარები", "კომენტარი"]),
        ask(Other).part(Comments).phrases(&["კომენტარის დასაწერად", "კომენტარები მოდერირდება", "კომენტარის წესები"]),
        ask(Other).part(Disclaimer).phrases(&["ავტორის პირადი მოსაზრება", "სტატია გამოხატავს ავტორის"]),
        cue(Other).part(Disclaimer).phrases(&["შეიძლება არ ემთხვეოდეს", "რედაქციის პოზიციას"]),
        chrome(Other).part(Navigation).max_words(8).phrases(&["შემდეგი გვერდი", "წინა გვერდი", "შეცდომის შეტყობინება"]),
        ask(Other).part(Navigation).phrases(&["თქვენი ბრაუზერი მოძველებულია"]),
        // Series and project blurbs that open a block ("This story is part of our series ...", "This reporting
        // was supported by ..."): the outlet's note on how the piece came about, in the forms outlets use.
        line(Other).max_words(45).phrases(&[
            "ეს სტატია მომზადებულია", "სტატია მომზადებულია", "ეს მასალა მომზადებულია", "მასალა მომზადებულია",
            "ეს პუბლიკაცია შექმნილია", "ეს სტატია შექმნილია", "სტატია მომზადდა", "მასალა მომზადდა",
            "ეს პუბლიკაცია მომზადებულია", "პუბლიკაცია მომზადებულია",
        ]),
        // "Read also"-type labels before a linked headline, where the rows above lacked them.
        line(Related).max_words(24).phrases(&["იხილეთ ასევე", "წაიკითხეთ ასევე", "ვრცლად:"]),
        // Coverage survey (issue #9): headings of related lists and share rows as CMS themes and
        // plugins print them, and the question over a box, each a line of its own.
        label(Related).phrases(&["მსგავსი სტატიები", "დაკავშირებული სიახლეები", "ყველაზე პოპულარული", "რედაქტორის არჩევანი", "ასევე შეიძლება დაგაინტერესოთ"]),
        header(Donation).max_words(12).phrases(&["მოგეწონა ეს სტატია"]),
        label(Social).phrases(&["გააზიარეთ", "გააზიარე"]),
        // Coverage survey (issue #9, second part): a read-aloud player's label, the platforms'
        // own embed fallbacks, comment-section and error-report lines, each a line of its own.
        chrome(Other).max_words(4).phrases(&["მოუსმინე სტატიას", "სტატიის მოსმენა"]),
        chrome(Other).part(Comments).max_words(4).phrases(&["პასუხის გაუქმება"]),
        chrome(Other).part(Comments).max_words(12).phrases(&["ელ-ფოსტის მისამართი გამოქვეყნებული არ იქნება"]),
        // Coverage survey (issue #9, third part): an inline "read also" label with its
        // separator, a reading time's unit after its number, a series or project blurb's
        // opening, a "republish" label. (Left out after a review: labels without their
        // separator, reading-time labels, tip-line questions and republication openers, which
        // a sentence, a headline, an interviewer's question and a work's history read as.)
        line(Related).max_words(25).phrases(&["წაიკითხეთ:"]),
        // Paywall meters (a survey of how sites in the language word them): the count's
        // noun phrase in each form the number takes, the last-free-article formulas, the share
        // of the text left hidden. Cues below an anchor's weight but the formulas.
        cue(Paywall).weight(2.5).max_words(25).phrases(&["უფასო სტატია", "უფასო სტატიები", "უფასო სტატიის", "დარჩენილი სტატია", "უფასო მასალა", "დაგრჩათ უფასო სტატია"]),
        ask(Paywall).max_words(30).phrases(&["ეს თქვენი ბოლო უფასო სტატიაა", "ბოლო უფასო სტატია", "თქვენ წაიკითხეთ ყველა უფასო სტატია", "თქვენ ამოწურეთ უფასო სტატიების ლიმიტი"]),
        cue(Paywall).weight(2.5).max_words(15).phrases(&["სტატიის გაგრძელება ხელმისაწვდომია გამომწერებისთვის", "სრული სტატიის წასაკითხად"]),
        // An ad slot's label of two words or more, a line of its own (a survey of 52 languages' inline ad furniture).
        label(Ad).phrases(&["სარეკლამო ადგილი"]),
        // The line under an ad slot that says the story goes on below it, a line of its own.
        label(Ad).phrases(&["სტატიის გაგრძელება რეკლამის შემდეგ", "სტატია გრძელდება რეკლამის შემდეგ", "სტატია გრძელდება ქვემოთ", "ტექსტი გრძელდება რეკლამის შემდეგ", "ამბავი გრძელდება რეკლამის შემდეგ", "გაგრძელება რეკლამის შემდეგ"]),
        // A sponsor's or paid content's label, a line of its own.
        label(Ad).phrases(&["სარეკლამო მასალა", "სარეკლამო ტექსტი", "სპონსორირებული კონტენტი", "სპონსორირებული სტატია", "პარტნიორის კონტენტი", "პარტნიორული მასალა", "ფასიანი კონტენტი"]),
        // An affiliate disclosure's opening: evidence beside an ad's, not an anchor (a story
        // on online fraud quotes "Jika Anda membeli melalui tautan ...").
        cue(Ad).weight(2.5).max_words(45).phrases(&["სტატია შეიცავს პარტნიორულ ბმულებს", "შესაძლოა მივიღოთ საკომისიო"]),
        // A copyright or reproduction notice, a line of its own.
        chrome(Other).at(Whole).phrases(&["საავტორო უფლებები დაცულია", "წყაროს მითითება აუცილებელია", "მასალების გამოყენების შემთხვევაში", "ნებართვის გარეშე აკრძალულია"]),
        // What a comment section leaves in the text, a line of its own.
        chrome(Other).part(Comments).at(Whole).phrases(&["დატოვეთ კომენტარი", "კომენტარის დაწერა"]),
        // A picture's credit that names no one, a line of its own (a survey: "Reprodução", "Archivbild").
        label(Credit).phrases(&["საარქივო ფოტო", "ილუსტრაციული ფოტო", "პირადი არქივი", "პირადი არქივიდან"]),
        // Coverage survey (issue #9, fifth part): the labels of players and embeds as the
        // platforms and the players sites use print them (Instagram's embed, video.js,
        // MediaElement, read-aloud buttons), each a line of its own.
        chrome(Other).part(Player).weight(2.5).max_words(5).phrases(&["ვიდეოს ნახვა", "უყურეთ ვიდეოს", "მოუსმინეთ სტატიას"]),
        // The label of the page's tag row, alone on its line or heading its tags ("Tags: ...",
        // read by the tag rows' reading).
        cue(Other).at(Whole).weight(TAG_LABEL_WEIGHT).part(Tags).phrases(&["ტეგები", "თეგები", "საკვანძო სიტყვები"]),
        // A line of the bank details under an ask ("Account holder: ...", "Purpose of
        // payment: ...").
        line(Donation).max_words(BANK_LINE_WORDS).phrases(&["ანგარიშის ნომერი", "ანგარიშის მფლობელი", "მიმღების დასახელება", "ბანკის კოდი", "საბანკო რეკვიზიტები", "გადახდის დანიშნულება", "საიდენტიფიკაციო კოდი"]),
        // Coverage survey (issue #9, twelfth part): a box's edges as forms and widgets print
        // them, each a line of its own: a sign-up form's button and field, an offer's, an
        // app's, a donation's and a share row's buttons, the question over a box, and the
        // openings of a form's fine print (consent, unsubscribing).
        label(Newsletter).phrases(&["სიახლეების გამოწერა", "შეიყვანეთ ელ-ფოსტა", "თქვენი ელ-ფოსტა", "თქვენი ელფოსტა", "ელ-ფოსტის მისამართი"]),
        label(Newsletter).weight(EDGE_WEIGHT).phrases(&["დარეგისტრირდით"]),
        label(Subscription).phrases(&["გამოიწერეთ ახლავე", "იხილეთ შეთავაზებები", "უფასო საცდელი პერიოდი", "დაიწყეთ უფასო საცდელი პერიოდი", "აირჩიეთ პაკეტი", "უკვე გამოწერილი გაქვთ? შედით", "შედით სისტემაში"]),
        label(Subscription).weight(EDGE_WEIGHT).phrases(&["ავტორიზაცია"]),
        label(App).phrases(&["აპლიკაციის ჩამოტვირთვა", "ჩამოტვირთეთ app store-დან", "მიიღეთ google play-ზე", "ჩამოტვირთეთ google play-დან", "დააინსტალირეთ აპლიკაცია", "ჩამოტვირთეთ ახლავე"]),
        label(Donation).phrases(&["შემოწირულობა ახლავე", "დაგვიჭირეთ მხარი", "ყოველთვიური მხარდაჭერა", "შეიყვანეთ თანხა", "ერთჯერადი მხარდაჭერა", "გახდით მხარდამჭერი", "შემოწირულობის გაკეთება"]),
        label(Social).phrases(&["დააკოპირეთ ბმული", "გააზიარეთ facebook-ზე", "გაზიარება facebook-ზე", "ელფოსტით გაგზავნა", "ელ-ფოსტით გაგზავნა"]),
        label(Social).weight(EDGE_WEIGHT).phrases(&["ამობეჭდვა"]),
        line(Newsletter).max_words(40).weight(EDGE_WEIGHT).phrases(&["გამოწერით თქვენ ეთანხმებით", "რეგისტრაციით თქვენ ეთანხმებით", "გამოწერის გაუქმება შეგიძლიათ ნებისმიერ დროს", "ვეთანხმები კონფიდენციალურობის პოლიტიკას", "ვეთანხმები წესებს და პირობებს", "თქვენს ელ-ფოსტას არავის გადავცემთ", "შეამოწმეთ თქვენი ელ-ფოსტა"]),
        label_any().weight(EDGE_WEIGHT).phrases(&["არ გსურთ გამოტოვოთ მთავარი", "გსურთ მეტი მსგავსი სტატია", "გსურთ იყოთ ინფორმირებული", "სტატია სასარგებლო იყო", "გსურთ მიიღოთ სიახლეები", "გსურთ მეტის წაკითხვა"]),
        // Coverage survey (issue #9, twelfth part): reporting verbs and attribution formulas in
        // the forms news prints them (said, told, added, according to), which no box uses.
        body().phrases(&["ამბობს", "აცხადებს", "აღნიშნავს", "განაცხადეს", "თქვეს", "აღნიშნეს", "ხაზგასმით აღნიშნა", "ხაზი გაუსვა", "დაადასტურა", "უარყო", "აღიარა", "გააფრთხილა", "შეახსენა", "გაიხსენა", "უპასუხა", "იკითხა", "წერს", "ცნობით", "თქმით", "ინტერვიუში", "ჟურნალისტებს", "განუცხადა", "უთხრა", "გამოაცხადა", "ამტკიცებს", "დასძენს", "მიიჩნევს", "ინფორმაციით"]),
        // Page chrome by part, from a helper's survey of the labels news sites in each
        // language print (round 20): a gallery's controls, a live blog's, the page's tools,
        // a player's; evidence at 2.5, as the players' rows.
        chrome(Other).part(Gallery).weight(2.5).max_words(1).phrases(&["ფოტოგალერეა", "გალერეა", "გადიდება"]),
        chrome(Other).part(Gallery).weight(2.5).max_words(3).phrases(&["შემდეგი ფოტო", "წინა ფოტო", "სრული ეკრანი", "ყველა ფოტო", "გალერეის დახურვა"]),
        chrome(Other).part(Live).weight(2.5).max_words(1).phrases(&["ლაივი", "განახლდა"]),
        chrome(Other).part(Live).weight(2.5).max_words(3).phrases(&["პირდაპირი ეთერი", "პირდაპირი ჩართვა", "პირდაპირი ტრანსლაცია", "მეტის ჩატვირთვა"]),
        chrome(Other).part(Tools).weight(2.5).max_words(3).phrases(&["ტექსტის ზომა", "შრიფტის ზომა"]),
        chrome(Other).part(Player).weight(2.5).max_words(1).phrases(&["დაკვრა", "სუბტიტრები", "მოუსმინეთ"]),
        chrome(Other).part(Player).weight(2.5).max_words(3).phrases(&["ხმის გამორთვა", "ხმის ჩართვა", "ავტომატური დაკვრა", "დაკვრის სიჩქარე"]),
        // The outlet's appeal by function, from a helper's survey of how outlets in each
        // language word it (round 21): a question or a thank-you that opens it, a matched
        // gift, an amount of the reader's choice, the paper's editions. (Cues but the
        // openers; phrases that would hide a stronger row of the pack left out.)
        header(Donation).weight(3.0).max_words(10).phrases(&["გამოგადგათ ეს სტატია", "აფასებთ ჩვენს საქმიანობას"]),
        header(Donation).weight(2.5).max_words(12).phrases(&["მადლობა, რომ ბოლომდე წაიკითხეთ", "გმადლობთ, რომ ბოლომდე წაიკითხეთ", "მადლობა, რომ ბოლომდე წაიკითხე", "მადლობა წაკითხვისთვის", "გმადლობთ, რომ კითხულობთ"]),
        cue(Donation).weight(2.0).phrases(&["ნებისმიერი თანხა", "აირჩიე თანხა", "მცირე თანხაც კი"]),
        cue(Subscription).phrases(&["გაზეთის ელექტრონული ვერსია", "ბეჭდური ვერსია", "ელექტრონული ვერსია", "pdf ვერსია", "ბეჭდური გამოცემა"]),
        // First-person button labels and their dismiss forms ("I support", "I'm already a
        // member"): a survey of how sites word them, beside the imperatives above.
        label(Donation).phrases(&["მხარს ვუჭერ"]),
        label(Membership).phrases(&["მინდა გავხდე წევრი", "უკვე წევრი ვარ", "ვუერთდები"]),
        label(Subscription).phrases(&["მინდა გამოწერა", "გამოვიწერ"]),
        // Teaser labels that open a line before a colon and another story's headline, from a
        // survey of how the language's sites word them: with the colon, no story's line opens so.
        line(Related).max_words(24).phrases(&["ასევე წაიკითხეთ:", "წაიკითხეთ ასევე:", "ასევე წაიკითხე:", "წაიკითხე ასევე:", "ასევე იხილეთ:", "იხილეთ ასევე:", "მსგავსი სიახლეები:", "დაკავშირებული სიახლეები:", "თემასთან დაკავშირებით:", "შესაძლოა დაგაინტერესოთ:", "ასევე დაგაინტერესებთ:"]),
        // The outlet's own services: live streams, messaging channels, the e-paper, the comment policy.
        chrome(Social).max_words(6).at(Any).phrases(&["უყურეთ პირდაპირ ეთერში", "მოუსმინეთ პირდაპირ ეთერში", "უყურე პირდაპირ ეთერში"]),
        ask(Social).max_words(30).phrases(&["გამოიწერეთ ჩვენი ტელეგრამ არხი", "გამოიწერე ჩვენი ტელეგრამ არხი", "ჩვენი telegram არხი"]),
        line(Subscription).max_words(10).phrases(&["გაზეთის ელექტრონული ვერსია"]),
        ask(Other).part(Comments).max_words(60).phrases(&["რედაქცია იტოვებს უფლებას წაშალოს", "არ ასახავს რედაქციის პოზიციას", "შეურაცხმყოფელი კომენტარები წაიშლება"]),
        // The newsroom's own calls: news tips, its events and awards, its job ads, the comment form.
        ask(Other).max_words(35).phrases(&["დაუკავშირდით რედაქციას"]),
        ask(Ad).max_words(35).phrases(&["შემოუერთდით ჩვენს გუნდს", "ვეძებთ ჟურნალისტს"]),
        chrome(Other).part(Comments).at(Any).max_words(40).phrases(&["აუცილებელი ველები მონიშნულია", "ელ-ფოსტის მისამართი გამოქვეყნებული არ იქნება"]),
        label(Other).part(Comments).phrases(&["კომენტარის გაგზავნა"]),
    ],
    we: &["ჩვენ", "ჩვენი", "ჩვენს", "ჩვენთვის", "ჩვენთან"],
    you: &["შენ", "შენი", "შენთვის", "თქვენ", "თქვენი", "თქვენთვის", "თქვენს"],
};
