//! Pruning inside and around the story: controls, teaser boxes, galleries in rows.

use unappeal::{Cleaner, Kind};

const STORY: &str = "<p>The council voted on Tuesday to reopen the old bridge, which has been closed since the floods of last spring, officials said.</p>\
<p>Repairs will cost about four million euros, and work is to start in May, according to the city engineer, who spoke after the vote.</p>\
<p>Residents of the east bank, who have had to drive twenty minutes around the bay, welcomed the decision, though some asked for a footpath.</p>";

const MORE: &str = "<p>The footpath, the engineer said, would add a month to the work and half a million euros to its cost, which the council has yet to approve.</p>";

fn clean(html: &str) -> unappeal::Cleaned {
    Cleaner::new().clean_html(html, None).unwrap()
}

fn story_kept(text: &str) {
    for needle in [
        "The council voted on Tuesday",
        "Repairs will cost",
        "Residents of the east bank",
    ] {
        assert!(text.contains(needle), "lost {needle:?} in {text:?}");
    }
}

/// Cleans `html`: the story is kept, `needle` is cut, by a removal of `rule` that holds it.
fn cut_by(html: &str, needle: &str, rule: &str) -> unappeal::Cleaned {
    let cleaned = clean(html);
    story_kept(cleaned.text());
    assert!(!cleaned.text().contains(needle), "{:?}", cleaned.text());
    assert!(
        cleaned
            .removals()
            .iter()
            .any(|r| r.rule() == rule && r.text().contains(needle)),
        "{:?}",
        cleaned.removals()
    );
    cleaned
}

fn article(inner: &str) -> String {
    format!("<html><body><article>{inner}</article></body></html>")
}

#[test]
fn controls_are_cut_by_their_role_or_focus() {
    let player = "<div class=\"player\"><div tabindex=\"0\">Video Quality</div><div tabindex=\"0\">Auto</div>\
                  <div role=\"slider\">Volume</div></div>";
    let html = article(&format!("{STORY}{player}{MORE}"));
    cut_by(&html, "Video Quality", "html.control:tabindex");
    cut_by(&html, "Volume", "html.control:slider");
    let html = article(&format!(
        "{STORY}<div role=\"button\">Show more</div>{MORE}"
    ));
    cut_by(&html, "Show more", "html.control:button");
    // A heading that takes the focus (an accordion's question) and a long "button" stay.
    let question = "<h3 tabindex=\"0\">When does the bridge reopen</h3>";
    let long = "<div role=\"button\">The bridge reopens in May, and the ferry keeps running every half hour until the work is done.</div>";
    let text = clean(&article(&format!("{STORY}{question}{long}{MORE}"))).into_text();
    assert!(text.contains("When does the bridge reopen"), "{text:?}");
    assert!(text.contains("the ferry keeps running"), "{text:?}");
}

const TEASER: &str = "<div class=\"box\"><h3><a href=\"/ferry\">Ferry service to be cut next year</a></h3>\
                      <p>The ferry across the bay will stop running in March, its operator said on Monday.</p></div>";

#[test]
fn a_teaser_box_inside_the_story_is_cut() {
    let html = article(&format!("{STORY}{TEASER}{MORE}"));
    let cleaned = cut_by(&html, "stop running in March", "html.teaser");
    assert!(cleaned.text().contains("The footpath, the engineer said"));
    let r = cleaned
        .removals()
        .iter()
        .find(|r| r.rule() == "html.teaser")
        .unwrap();
    assert_eq!(r.kind(), Kind::Related);
    assert!(r.text().contains("Ferry service to be cut next year"));
    assert!(r.element().unwrap().ends_with("div.box"), "{r:?}");
}

#[test]
fn a_linked_title_and_lead_that_open_the_story_are_kept() {
    // The same box at the story's start is its own title and standfirst.
    let text = clean(&article(&format!("{TEASER}{STORY}{MORE}"))).into_text();
    assert!(text.contains("stop running in March"), "{text:?}");
    // Boxes that are most of the story are the story: a roundup of linked items.
    let items: String = (0..6)
        .map(|k| {
            format!(
                "<div class=\"item\"><h3><a href=\"/p{k}\">Walking boots, model {k}</a></h3>\
                 <p>A light boot for long days on dry paths, with a stiff sole and a wide toe box, model {k}.</p></div>"
            )
        })
        .collect();
    let text = clean(&article(&format!("{STORY}{items}"))).into_text();
    assert!(text.contains("Walking boots, model 5"), "{text:?}");
    assert!(text.contains("wide toe box, model 3"), "{text:?}");
}

#[test]
fn a_gallery_in_rows_is_cut_however_long_its_captions() {
    let slides: String = (1..=8)
        .map(|k| {
            format!(
                "<li><h2><span>{k}/8</span> Bridge works, day {k}</h2>\
                 <p>Workers lift the {k}th steel beam onto the piers of the old bridge, which the floods of last spring left standing but unsafe for any traffic.</p>\
                 <p class=\"credits\">CITY ARCHIVE</p></li>"
            )
        })
        .collect();
    let gallery = format!(
        "<div class=\"media-gallery\"><h2>The works in pictures</h2><ul class=\"legends\">{slides}</ul></div>"
    );
    let html = article(&format!("{STORY}{gallery}"));
    cut_by(&html, "steel beam", "html.token:gallery");
    cut_by(&html, "3/8", "html.token:gallery");
}

#[test]
fn date_lines_at_the_story_edges_are_cut() {
    let html = article(&format!(
        "<p class=\"date\">23.10.2018</p>{STORY}<div class=\"meta\">Published: 03.04.2020, 12:35</div>"
    ));
    cut_by(&html, "23.10.2018", "html.date-edge");
    cut_by(&html, "03.04.2020", "html.date-edge");
    // A span of dates (an event's), a phone number and a date inside the story stay.
    let html = article(&format!(
        "{STORY}<p>Thursday, 28 April 2022</p>{MORE}<p>29 November 2018 | 20 January 2019</p><p>02-751-1500</p>"
    ));
    let text = clean(&html).into_text();
    for kept in ["Thursday, 28 April 2022", "20 January 2019", "02-751-1500"] {
        assert!(text.contains(kept), "lost {kept:?} in {text:?}");
    }
}

#[test]
fn a_section_heading_linked_to_its_own_anchor_is_no_teaser() {
    let section = "<div class=\"section\"><h3><a href=\"#toc-ferry\">The ferry</a><a href=\"#ferry\">¶</a></h3>\
                   <p>The ferry across the bay will keep running until the bridge reopens, the operator said.</p></div>";
    let text = clean(&article(&format!("{STORY}{section}{MORE}"))).into_text();
    assert!(text.contains("keep running until the bridge"), "{text:?}");
    // A headline inside its link is a teaser's all the same.
    let teaser = "<div class=\"next\"><a href=\"/ferry\"><h5>Ferry service to be cut next year</h5></a>\
                  <p>The ferry across the bay will stop running in March, its operator said on Monday.</p></div>";
    cut_by(
        &article(&format!("{STORY}{teaser}{MORE}")),
        "stop running in March",
        "html.teaser",
    );
}

#[test]
fn a_panel_of_controls_goes_with_its_labels() {
    let items: String = ["Auto", "High", "Medium", "Low", "Off"]
        .iter()
        .map(|q| format!("<div tabindex=\"0\">{q}</div>"))
        .collect();
    let player = format!(
        "<div class=\"player\"><div class=\"settings\"><div class=\"header\">Video Quality</div>{items}\
         <div class=\"header\">Closed Captions</div><ul><li>English</li><li>Deutsch</li></ul></div></div>"
    );
    let html = article(&format!("{STORY}{player}{MORE}"));
    cut_by(&html, "Closed Captions", "html.panel");
    cut_by(&html, "Deutsch", "html.panel");
    // Controls beside prose: the prose stays, the controls go.
    let box_ = format!("<div class=\"box\">{items}{MORE}</div>");
    let text = clean(&article(&format!("{STORY}{box_}"))).into_text();
    assert!(text.contains("The footpath, the engineer said"), "{text:?}");
    assert!(!text.contains("Medium"), "{text:?}");
}

#[test]
fn a_teaser_under_a_kicker_is_cut_whole() {
    let teaser = "<div class=\"right\"><div class=\"tag\"><a href=\"/t/ferry\">Ferries</a></div>\
                  <h2><a href=\"/ferry\">Ferry service to be cut next year</a></h2>\
                  <p>The ferry across the bay will stop running in March, its operator said on Monday.</p></div>";
    let cleaned = cut_by(
        &article(&format!("{STORY}{teaser}{MORE}")),
        "stop running in March",
        "html.teaser",
    );
    assert!(!cleaned.text().contains("Ferries"), "{:?}", cleaned.text());
}

#[test]
fn a_labelled_row_of_links_at_the_story_end_is_cut() {
    let row = "<div class=\"meta\">Kategorie: <a href=\"/k/news\">News</a>, <a href=\"/k/stadt\">Stadt</a></div>";
    cut_by(
        &article(&format!("{STORY}{row}")),
        "Kategorie",
        "html.link-edge",
    );
}

#[test]
fn a_figure_built_of_divs_goes_with_its_caption() {
    let figure = "<div class=\"imginline\"><img src=\"/bridge.jpg\" width=\"600\"><span>Figure 2: the old bridge after the floods, seen from the east bank.</span></div>";
    let cleaned = cut_by(
        &article(&format!("{STORY}{figure}{MORE}")),
        "seen from the east bank",
        "html.figure",
    );
    assert!(cleaned.text().contains("The footpath, the engineer said"));
    // A step of instructions with its picture is text: its words are in a paragraph.
    let step = "<div class=\"step\"><div class=\"content\"><span>Step 2</span><p>Insert the plant into the hole.</p></div>\
                <figure><img src=\"/step2.jpg\"></figure></div>";
    let text = clean(&article(&format!("{STORY}{step}{MORE}"))).into_text();
    assert!(text.contains("Insert the plant into the hole."), "{text:?}");
}

#[test]
fn a_table_of_contents_is_cut() {
    let toc = "<div class=\"toc\"><p>Contents</p><ul><li><a href=\"#vote\">The vote</a></li>\
               <li><a href=\"#cost\">The cost</a></li><li><a href=\"#footpath\">The footpath</a></li></ul></div>";
    let cleaned = cut_by(
        &article(&format!("{toc}{STORY}{MORE}")),
        "The cost",
        "html.contents",
    );
    assert!(!cleaned.text().contains("Contents"), "{:?}", cleaned.text());
    // A list that also links elsewhere is no table of contents.
    let sources = "<ul><li><a href=\"#vote\">The vote</a></li><li><a href=\"#cost\">The cost</a></li>\
                   <li><a href=\"#footpath\">The footpath</a></li><li><a href=\"https://city.example/minutes\">Council minutes</a></li></ul>";
    let text = clean(&article(&format!("{STORY}{sources}{MORE}"))).into_text();
    assert!(text.contains("The cost"), "{text:?}");
}
