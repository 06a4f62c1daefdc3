#!/usr/bin/env python3
"""Writes pages.jsonl: twenty news pages ({"id", "url", "html"}) for the engine examples.

Written for this repository, not taken from a corpus: each page is a story of its own
(place, subject, figures) inside the chrome that news sites wrap around stories: a header
and navigation, a cookie notice, share buttons, a newsletter box, a donation or
subscription appeal, related links, an author line and a footer. Which of them a page has
varies, as do the markup and the class names, so that the cleaner works for its result.
Deterministic: the same script writes the same file.

    python3 python/examples/sample/make.py
"""

import json
import random
from html import escape
from pathlib import Path

PLACES = [
    ("Lyon", "the Rhône"), ("Porto", "the Douro"), ("Gdańsk", "the Motława"),
    ("Leeds", "the Aire"), ("Utrecht", "the Vecht"), ("Bergen", "the harbour"),
    ("Seville", "the Guadalquivir"), ("Turin", "the Po"), ("Brno", "the Svratka"),
    ("Aarhus", "the bay"),
]
SUBJECTS = [
    ("bridge", "reopen the old bridge", "repairs to the piers"),
    ("tram line", "extend the tram line to the hospital", "laying the tracks"),
    ("library", "rebuild the central library", "the new reading rooms"),
    ("flood wall", "raise the flood wall along the river", "the first section"),
    ("market hall", "restore the nineteenth-century market hall", "the roof"),
    ("school", "merge the two primary schools", "the larger building"),
    ("cycle lanes", "add protected cycle lanes on the ring road", "the northern stretch"),
    ("harbour", "dredge the inner harbour", "the silt"),
    ("stadium", "sell the municipal stadium", "the sale"),
    ("water works", "replace the lead water pipes", "the oldest districts"),
]
APPEALS = [
    ("donation", "<aside class='support-us'><h3>Since you're here...</h3><p>... we have a small "
     "favour to ask. More people are reading our journalism than ever, but advertising revenue "
     "is falling. Please support us from just $2 a month.</p><a class='btn' href='/give'>Support "
     "us</a><a href='#'>Remind me later</a></aside>"),
    ("donation", "<div class='contribution-banner'><p><strong>A Message from The Ledger:</strong></p>"
     "<p>Dear readers, we are facing unprecedented challenges. Independent reporting costs money, "
     "and we need your help to keep going.</p><p><a href='/donate'>Donate today</a></p></div>"),
    ("subscription", "<section id='paywall-prompt'><p>You have read 3 of 5 free articles this "
     "month.</p><p>Subscribe now for unlimited access: first month free, cancel anytime.</p>"
     "<button>Subscribe</button> <a href='/login'>Already a subscriber? Sign in</a></section>"),
    ("membership", "<div class='member-pitch'><p>Become a member of The Ledger and join 40,000 "
     "readers who keep local news alive. Members get early access to events.</p>"
     "<a href='/join'>Join now</a></div>"),
]
NEWSLETTERS = [
    "<div class='newsletter-signup'><p>Get the morning briefing in your inbox</p><form>"
    "<input type='email' placeholder='Your email'><button>Sign up</button></form></div>",
    "<aside class='nl-box'><h4>Newsletter</h4><p>Sign up for our daily newsletter and never miss "
    "a story.</p></aside>",
]
COOKIE = ("<div id='cookie-consent' class='cookie-banner'><p>We use cookies to improve your "
          "experience. By continuing you accept our use of cookies.</p><button>Accept all</button>"
          "</div>")
SHARE = ("<ul class='share-tools'><li><a href='#'>Share on Facebook</a></li><li><a href='#'>Share "
         "on X</a></li><li><a href='#'>Email</a></li></ul>")


def paragraphs(rng, place, river, subject):
    noun, action, part = subject
    cost = rng.randint(2, 40)
    month = rng.choice(["March", "May", "June", "September", "October"])
    votes = rng.randint(26, 40)
    return [
        f"The city council of {place} voted on Tuesday to {action}, ending a debate that has "
        f"divided residents for more than two years, officials said.",
        f"The plan passed by {votes} votes to {61 - votes - 3}, with three abstentions. Work on "
        f"{part} is to start in {month}, according to the city engineer, and should take about "
        f"{rng.randint(8, 30)} months.",
        f"The project will cost about {cost} million euros, of which the regional government "
        f"has promised to pay a third. Opposition members argued that the money would be "
        f"better spent on housing near {river}.",
        f"\u201cThis is a decision for the next thirty years, not the next election,\u201d the "
        f"deputy mayor told reporters outside the council chamber. Residents' groups said they "
        f"would study the details before deciding whether to appeal.",
        f"Shops near the site will be compensated for lost trade during the works, the council "
        f"said, and a public meeting on the timetable is planned for {month}.",
    ][: rng.randint(3, 5)]


def page(i, rng):
    place, river = PLACES[i % len(PLACES)]
    subject = SUBJECTS[(i * 3) % len(SUBJECTS)]
    noun = subject[0]
    title = f"{place} council backs plan for the {noun}"
    slug = f"{place.lower()}-{noun.replace(' ', '-')}-{i}"
    url = f"https://ledger.example/{2026}/{slug}"
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs(rng, place, river, subject))
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(title)} | The Ledger</title>",
        f"<meta property='og:title' content='{escape(title, quote=True)}'>",
        "</head><body>",
        "<header class='site-header'><a class='logo' href='/'>The Ledger</a><nav><a href='/'>Home</a> "
        "<a href='/city'>City</a> <a href='/politics'>Politics</a> <a href='/sport'>Sport</a></nav></header>",
    ]
    if rng.random() < 0.5:
        parts.append(COOKIE)
    wrap = rng.choice(["article", "div class='story-body'", "main"])
    parts.append(f"<{wrap}><h1>{escape(title)}</h1>")
    parts.append(f"<p class='byline'>By {rng.choice(['Ana Ruiz', 'Tom Berg', 'Ola Nowak'])}, "
                 f"City reporter</p>")
    if rng.random() < 0.5:
        parts.append(SHARE)
    parts.append(body)
    if rng.random() < 0.6:
        parts.append(rng.choice(NEWSLETTERS))
    kind, appeal = APPEALS[i % len(APPEALS)]
    parts.append(appeal)
    parts.append(f"</{wrap.split()[0]}>")
    related = "".join(
        f"<li><a href='/city/{k}'>{escape(PLACES[k][0])} approves new budget</a></li>" for k in range(4)
    )
    parts.append(f"<aside class='related'><h3>Read more</h3><ul>{related}</ul></aside>")
    parts.append("<footer><p>© 2026 The Ledger. All rights reserved.</p><a href='/privacy'>Privacy</a>"
                 " <a href='/terms'>Terms</a></footer></body></html>")
    return {"id": f"page-{i:02d}", "url": url, "html": "".join(parts), "appeal": kind}


def main():
    rng = random.Random(12)
    path = Path(__file__).with_name("pages.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for i in range(20):
            f.write(json.dumps(page(i, rng), ensure_ascii=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
