"""The Python binding: results, options, errors, pickling, batches and threads, bad input."""

import json
import pickle
import threading
import time
from pathlib import Path

import pytest

import unappeal

DATA = Path(__file__).resolve().parents[2] / "examples" / "data"

APPEAL_TEXT = (
    "The council voted on Tuesday to reopen the old bridge, officials said.\n"
    "Since you're here...\n"
    "... we have a small favour to ask. Please support us from just $2 a month.\n"
    "Remind me later."
)
BODY = "The council voted on Tuesday to reopen the old bridge, officials said."
ARTICLE_HTML = (
    "<html><head><title>Bridge to reopen | The Ledger</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article>"
    "<p>The council voted on Tuesday to reopen the old bridge, which has been closed since "
    "the floods of last spring, officials said.</p>"
    "<p>Repairs will cost about four million euros, and work is to start in May, according "
    "to the city engineer.</p>"
    "<div class='newsletter-box'><p>Sign up for our newsletter</p></div>"
    "</article></body></html>"
)


@pytest.fixture(scope="module")
def cleaner():
    return unappeal.Cleaner()


def test_text_result_and_its_removals(cleaner):
    cleaned = cleaner.clean_text(APPEAL_TEXT)
    assert cleaned.text == BODY
    assert cleaned.title is None
    assert cleaned.replaced_bytes == 0
    [cut] = cleaned.removed
    assert cut.kind == "donation" and cut.kind in unappeal.KINDS
    assert cut.stage == "text_rule"
    assert "since you're here" in cut.rule
    assert 0.5 < cut.confidence <= 1.0
    assert cut.element is None and cut.selector is None
    assert APPEAL_TEXT.encode()[cut.start : cut.end].decode() == cut.text
    assert cut.text.startswith("Since you're here")


def test_offsets_are_utf8_bytes_of_the_input(cleaner):
    text = "Zürich: the council voted on Tuesday to reopen the bridge, officials said.\nFollow us on Twitter"
    [cut] = cleaner.clean_text(text).removed
    assert text.encode()[cut.start : cut.end].decode() == "Follow us on Twitter"
    # Characters and bytes differ after the ü.
    assert text[cut.start : cut.end] != "Follow us on Twitter"


def test_html_result_names_elements_and_title(cleaner):
    cleaned = cleaner.clean_html(ARTICLE_HTML, "https://ledger.example/bridge")
    assert cleaned.text.startswith("The council voted")
    assert "newsletter" not in cleaned.text
    assert cleaned.title == "Bridge to reopen"
    newsletter = [r for r in cleaned.removed if r.kind == "newsletter"]
    assert newsletter and newsletter[0].element.endswith("div.newsletter-box")
    assert newsletter[0].selector and newsletter[0].start is None
    assert cleaner.clean_html_bytes(ARTICLE_HTML.encode()) == cleaner.clean_html(ARTICLE_HTML)


def test_the_reference_page(cleaner):
    html = (DATA / "moscow-times-message.html").read_bytes()
    cleaned = cleaner.clean_html_bytes(html, "https://www.themoscowtimes.com/2024/a")
    assert "Russia has added two American NGOs" in cleaned.text
    assert "unprecedented challenges" not in cleaned.text
    assert any(r.kind == "donation" for r in cleaned.removed)


def test_json_and_dict_have_the_clean_example_shape(cleaner):
    text_doc = cleaner.clean_text(APPEAL_TEXT).to_dict()
    assert set(text_doc) == {"text", "removed"}
    assert set(text_doc["removed"][0]) == {
        "kind", "rule", "stage", "text", "confidence", "start", "end",
    }
    html = cleaner.clean_html(ARTICLE_HTML)
    html_doc = json.loads(html.to_json())
    assert html_doc == html.to_dict()
    assert html_doc["title"] == "Bridge to reopen"
    assert {"element", "selector"} <= set(html_doc["removed"][0])
    assert "start" not in html_doc["removed"][0]
    # The attribute and the JSON agree on the confidence.
    assert html_doc["removed"][0]["confidence"] == html.removed[0].confidence


def test_options_keep_phrases_patterns_and_sites():
    c = unappeal.Cleaner(
        keep=["donation"],
        phrases=[("newsletter", "fuel our inbox"), ("membership", "join the ledger club", "ledger.example")],
        patterns=[("other", r"^filed under .{1,20}$")],
    )
    kept = c.clean_text(APPEAL_TEXT)
    assert kept.text == APPEAL_TEXT
    assert kept.removed[0].kind == "donation"
    text = f"{BODY}\nJoin the Ledger Club today.\nFuel our inbox now.\nFiled under bridges"
    on_site = c.clean_text(text, "https://www.ledger.example/a")
    assert on_site.text == BODY
    assert [r.stage for r in on_site.removed] == ["user_rule"] * len(on_site.removed)
    elsewhere = c.clean_text(text, "https://other.example/a")
    assert "Join the Ledger Club today." in elsewhere.text
    assert "Fuel our inbox" not in elsewhere.text


def test_selectors_rules_files_filter_lists_and_languages(tmp_path):
    rules = tmp_path / "site.rules"
    rules.write_text("donation phrase: fuel our newsroom\n")
    listing = tmp_path / "list.txt"
    listing.write_text("##.promo-strip\n")
    c = unappeal.Cleaner(
        rules_files=[rules],
        adblock_files=[str(listing)],
        selectors=[("ad", "div.sponsor")],
        languages=["en"],
        disable_rules=["en.label:continue"],
    )
    [cut] = c.clean_text(f"{BODY}\nFuel our newsroom today.").removed
    assert cut.rule == f"{rules}:1"
    page = ARTICLE_HTML.replace(
        "<nav>", "<div class='promo-strip'>Big sale</div><div class='sponsor'>Brought to you</div><nav>"
    )
    cleaned = c.clean_html(page)
    rules_fired = {r.rule for r in cleaned.removed}
    assert any(f"{listing}:1" in r for r in rules_fired), rules_fired
    assert any("builder.selector#1" in r for r in rules_fired), rules_fired
    assert "Big sale" not in cleaned.text and "Brought to you" not in cleaned.text
    assert "en.label:continue" not in c.rule_names()
    assert "en.label:remind me later" in c.rule_names()
    assert not any(name.startswith("de.") for name in c.rule_names())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"languages": ["EN"]}, "unknown language `EN`"),
        ({"keep": ["newsleter"]}, "unknown kind `newsleter`"),
        ({"patterns": [("ad", "(unclosed")]}, "builder.pattern#1"),
        ({"selectors": [("ad", "div[")]}, "builder.selector#1"),
        ({"disable_rules": ["en.lable"]}, "no built-in rule or family is named `en.lable`"),
        ({"rules": [("mine.rules", "donation phrase: ok\nnot a rule\n")]}, "mine.rules:2"),
        ({"rules_files": ["/definitely/not/here.rules"]}, "/definitely/not/here.rules"),
    ],
)
def test_bad_options_raise_the_library_message(options, message):
    with pytest.raises(unappeal.UnappealError, match=None) as err:
        unappeal.Cleaner(**options)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_rule_shapes_are_checked_by_python():
    with pytest.raises(TypeError):
        unappeal.Cleaner(phrases=["donation: give"])
    with pytest.raises(TypeError):
        unappeal.Cleaner(Cleaner=True)


def test_input_errors(cleaner):
    with pytest.raises(unappeal.UnappealError, match="binary data"):
        cleaner.clean_html_bytes(b"\x00\x01\x02\x03\x04binary" * 20)
    with pytest.raises(unappeal.UnappealError, match="binary data"):
        cleaner.clean_text_bytes(b"\x00\x01\x02\x03\x04binary" * 20)
    small = unappeal.Cleaner(max_input_bytes=100)
    with pytest.raises(unappeal.UnappealError, match="over the limit of 100 bytes"):
        small.clean_html(ARTICLE_HTML)
    with pytest.raises(TypeError):
        cleaner.clean_html(ARTICLE_HTML.encode())
    with pytest.raises(TypeError):
        cleaner.clean_html_bytes(ARTICLE_HTML)


def test_invalid_utf8_is_replaced_or_refused(cleaner):
    data = "The council voted on Tuesday, café owners said.".encode("latin-1")
    cleaned = cleaner.clean_text_bytes(data)
    assert cleaned.replaced_bytes == 1
    assert "caf\ufffd owners" in cleaned.text
    assert cleaned.to_dict()["replaced_bytes"] == 1
    strict = unappeal.Cleaner(strict_utf8=True)
    with pytest.raises(unappeal.UnappealError, match="not valid UTF-8 at byte 33"):
        strict.clean_text_bytes(data)
    # HTML bytes that are not UTF-8 are read as windows-1252.
    page = ARTICLE_HTML.replace("officials said", "café owners said").encode("cp1252")
    assert "café owners said" in cleaner.clean_html_bytes(page).text
    # The charset a server declared ranks above the page's stale <meta>.
    recoded = ("<meta charset='iso-8859-1'>" + ARTICLE_HTML.replace(
        "officials said", "официальные лица сказали")).encode("cp1251")
    served = cleaner.clean_html_bytes(recoded, charset="text/html; charset=windows-1251")
    assert "официальные лица сказали" in served.text
    assert "официальные" not in cleaner.clean_html_bytes(recoded).text


def test_lone_surrogates_cannot_cross(cleaner):
    with pytest.raises(UnicodeEncodeError):
        cleaner.clean_text("bad \ud800 text")
    [result] = cleaner.clean_many(["bad \ud800 text"], kind="text")
    assert isinstance(result, unappeal.UnappealError)


def test_empty_and_huge_input(cleaner):
    assert cleaner.clean_text("").text == ""
    assert cleaner.clean_html("").text == ""
    assert cleaner.clean_html_bytes(b"").removed == []
    paragraph = "<p>The council voted on Tuesday to reopen the old bridge, officials said.</p>"
    huge = "<html><body><article>" + paragraph * 60_000 + "</article></body></html>"
    assert len(huge) > 4_000_000
    cleaned = cleaner.clean_html(huge)
    assert cleaned.text.count("reopen the old bridge") == 60_000
    line = "word " * 2_000_000
    assert cleaner.clean_text(line).text == line


def test_cleaner_pickles_with_its_rules(tmp_path):
    rules = tmp_path / "site.rules"
    rules.write_text("[ledger.example]\nmembership phrase: join the ledger club\n")
    c = unappeal.Cleaner(
        keep=["credit"],
        phrases=[("donation", "fuel our newsroom", "ledger.example")],
        rules_files=[rules],
        adblock=[("list.txt", "##.promo-strip\n")],
        max_depth=64,
    )
    data = pickle.dumps(c)
    rules.unlink()  # a worker elsewhere has no copy of the file
    back = pickle.loads(data)
    assert back.options() == c.options()
    text = f"{BODY}\nJoin the Ledger Club today.\nFuel our newsroom today."
    url = "https://ledger.example/a"
    assert back.clean_text(text, url) == c.clean_text(text, url)
    assert back.clean_text(text, url).text == BODY
    assert [r.rule for r in back.clean_text(text, url).removed][0] == f"{rules}:2"
    assert back.clean_html(ARTICLE_HTML) == c.clean_html(ARTICLE_HTML)


def test_results_pickle_and_compare(cleaner):
    for cleaned in (cleaner.clean_text(APPEAL_TEXT), cleaner.clean_html(ARTICLE_HTML)):
        back = pickle.loads(pickle.dumps(cleaned))
        assert back == cleaned
        assert back.to_json() == cleaned.to_json()
    assert cleaner.clean_text(APPEAL_TEXT) != cleaner.clean_text(BODY)


def test_clean_many_keeps_order_and_answers_each_document(cleaner):
    docs = [
        ARTICLE_HTML,
        ARTICLE_HTML.encode(),
        (ARTICLE_HTML, "https://ledger.example/a"),
        {"text": APPEAL_TEXT},
        {"html": ARTICLE_HTML, "url": None},
        b"\x00\x01\x02\x03\x04binary" * 20,
        None,
        {"body": "no kind"},
        ("too", "many", "items"),
    ]
    results = cleaner.clean_many(docs, threads=2)
    assert len(results) == len(docs)
    assert results[0] == cleaner.clean_html(ARTICLE_HTML)
    assert results[1] == results[0] and results[2] == results[0] and results[4] == results[0]
    assert results[3].text == BODY
    errors = results[5:]
    assert all(isinstance(e, unappeal.UnappealError) for e in errors)
    assert "binary data" in str(errors[0])
    assert "document 6" in str(errors[1]) and "NoneType" in str(errors[1])
    assert 'no "html" or "text" key' in str(errors[2])
    assert "document 8" in str(errors[3])


def test_clean_many_kind_and_threads(cleaner):
    texts = [f"Story {i} was filed on Monday, the desk said in a note.\nRemind me later" for i in range(300)]
    one = cleaner.clean_many(texts, kind="text", threads=1)
    many = cleaner.clean_many(texts, kind="text", threads=8)
    default = cleaner.clean_many(iter(texts), kind="text")
    assert one == many == default
    assert [r.text for r in one] == [t.split("\n")[0] for t in texts]
    assert cleaner.clean_many([], threads=2) == []
    with pytest.raises(unappeal.UnappealError, match="threads must be at least 1"):
        cleaner.clean_many(texts, threads=0)
    with pytest.raises(unappeal.UnappealError, match='kind must be "html" or "text"'):
        cleaner.clean_many(texts, kind="xml")
    with pytest.raises(TypeError):
        cleaner.clean_many(42)
    with pytest.raises(TypeError, match="not one document"):
        cleaner.clean_many(ARTICLE_HTML)


def test_a_cleaner_is_shared_by_python_threads(cleaner):
    pages = [ARTICLE_HTML.replace("May", f"month {i}") for i in range(40)]
    expected = [cleaner.clean_html(p).text for p in pages]
    got = [None] * len(pages)

    def work(k):
        for i in range(k, len(pages), 4):
            got[i] = cleaner.clean_html(pages[i]).text

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == expected


def test_the_gil_is_released_while_cleaning(cleaner):
    # One long native call on a thread. Holding the GIL, it would leave this thread no
    # moment to run between the call's start and its end; released, this thread ticks.
    docs = [APPEAL_TEXT * 50] * 3000
    span = {}

    def work():
        span["start"] = time.perf_counter()
        cleaner.clean_many(docs, kind="text", threads=1)
        span["end"] = time.perf_counter()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    worker.join()
    inside = [t for t in ticks if span["start"] < t < span["end"]]
    assert span["end"] - span["start"] > 0.05, "the batch was too quick to tell"
    assert len(inside) >= 5, (len(inside), span["end"] - span["start"])


def test_reprs_are_python(cleaner):
    cleaned = cleaner.clean_text(APPEAL_TEXT)
    assert repr(cleaned).startswith("Cleaned(text='The council voted")
    assert "title=None" in repr(cleaned)
    assert repr(cleaned.removed[0]).startswith("Removal(kind='donation'")
    assert unappeal.__version__


def test_text_bytes_are_cleaned_at_their_url(cleaner):
    story = (
        "De gemeenteraad heeft maandagavond de begroting voor volgend jaar goedgekeurd, "
        "met extra geld voor het onderhoud van bruggen en kades en voor de veerpont "
        "tussen Zaandijk en Koog aan de Zaan, meldt de gemeente."
    )
    text = story + "\nVolg NH Nieuws ook op Instagram, TikTok en Facebook."
    at = cleaner.clean_text_bytes(text.encode(), url="https://www.nhnieuws.nl/a")
    assert at.text == story
    assert cleaner.clean_text_bytes(text.encode()).text == text
