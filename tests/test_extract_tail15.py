"""Furniture that opens or closes the text kept in the body (session 15's tail round): a "read more on|from
<the site>" heading over links set between the paragraphs, and a press release's contacts block after its
text. Each rule has the probe page that failed (tests/test_extract_unseen_shapes16.py), a second publisher's
page here, and a trap: the same words in a real paragraph of a story, which stays.

No host here is in any corpus (`grep -rl <host> /work/shared/bench` finds nothing): every page is a small page
built by hand in the shape of the publisher's markup as far as it is known ("hand-built"), set among the noise
of a real page (`story_page`), and every field of the judged record is read (`expect`).
"""

from __future__ import annotations

from tests.test_extract_unseen_shapes4 import paras
from tests.test_extract_unseen_shapes6 import article
from tests.test_extract_unseen_shapes16 import DEC5, check, og

SKY = [
    "Three people have been rescued after their boat capsized off the coast of Anglesey on Friday afternoon,"
    " the coastguard has said.",
    "A lifeboat crew from Holyhead reached the group within twenty minutes of the alarm being raised by a"
    " walker who saw the boat overturn.",
    "All three were taken to hospital in Bangor as a precaution and are said to be in a stable condition.",
    "The coastguard urged anyone going to sea this weekend to check the forecast and carry a means of calling"
    " for help.",
]


def test_sky_news_read_more_from_sky_news_box_between_the_paragraphs() -> None:
    # Sky News: the "Read more from Sky News:" label in a paragraph of its own over one linked headline a
    # line, set between the paragraphs of the story (no body: related stories)
    headline = "Three rescued after boat capsizes off Anglesey"
    check(
        "https://news.sky.com/story/three-rescued-after-boat-capsizes-off-anglesey-13271234",
        site="Sky News",
        lang="en",
        title=f"{headline} | UK News | Sky News",
        head=og(og_site_name="Sky News"),
        ld=article(
            headline,
            datePublished=f"{DEC5}T16:05:00Z",
            author={"@type": "Person", "name": "Alix Culbertson"},
        ),
        story=f'<div class="sdc-site-layout"><h1 class="sdc-article-header__title">{headline}</h1><div'
        ' class="sdc-article-body sdc-article-body--story">'
        + paras(SKY[:2])
        + '<p><strong>Read more from Sky News:</strong></p><p><a href="/story/storm-warning-13271000">Storm'
        ' warning issued for the west coast</a></p><p><a href="/story/lifeboat-record-13270900">Lifeboat'
        " crews had their busiest summer on record</a></p>" + paras(SKY[2:]) + "</div></div>",
        headline=headline,
        authors=["Alix Culbertson"],
        published=f"{DEC5}T16:05:00+00:00",
        body=SKY,
    )


def test_a_read_more_on_sentence_of_the_story_stays() -> None:
    # the trap: a paragraph of the story that opens with the same words and goes on as a sentence
    headline = "What the new tide study says about coastal flooding"
    own = (
        "Read more on the findings than the headline figure and a different picture emerges: the worst floods"
        " come from storms that coincide with spring tides."
    )
    body = [SKY[0], own, SKY[3]]
    check(
        "https://news.sky.com/story/what-the-new-tide-study-says-13271500",
        site="Sky News",
        lang="en",
        title=f"{headline} | Sky News",
        head=og(og_site_name="Sky News"),
        ld=article(
            headline,
            datePublished=f"{DEC5}T16:05:00Z",
            author={"@type": "Person", "name": "Alix Culbertson"},
        ),
        story=f'<div class="sdc-site-layout"><h1>{headline}</h1><div class="sdc-article-body">'
        + paras(body)
        + "</div></div>",
        headline=headline,
        authors=["Alix Culbertson"],
        published=f"{DEC5}T16:05:00+00:00",
        body=body,
    )


PRESSE = [
    "Die Nordwind Energie GmbH nimmt im Januar ihren ersten Batteriespeicher in Brandenburg in Betrieb und"
    " kann damit den Strom von rund 40.000 Haushalten für zwei Stunden speichern.",
    "Der Speicher steht neben dem Windpark Uckermark und soll überschüssigen Windstrom aufnehmen, der"
    " bisher bei Netzengpässen abgeregelt werden musste.",
    "Über die Nordwind Energie GmbH",
    "Die Nordwind Energie GmbH plant, baut und betreibt Wind- und Speicheranlagen in Nord- und"
    " Ostdeutschland. Das Unternehmen hat seinen Sitz in Rostock.",
]


def test_pressebox_release_with_its_pressekontakt_block_after_the_text() -> None:
    # PresseBox (a German press portal): the release, its "Über ..." part (the release's text, so body) and
    # the "Pressekontakt:" block after it: the name, "Telefon: +49 ..." and "E-Mail: ..." each a line (no
    # body: the issuer's contacts, not the release)
    headline = "Nordwind Energie nimmt ersten Batteriespeicher in Brandenburg in Betrieb"
    check(
        "https://www.pressebox.de/pressemitteilung/nordwind-energie-gmbh/nordwind-batteriespeicher/boxid/1234567",
        site="PresseBox",
        lang="de",
        title=f"{headline} - Nordwind Energie GmbH | PresseBox",
        head=og(og_site_name="PresseBox"),
        ld=article(
            headline,
            datePublished=f"{DEC5}T10:00:00+01:00",
            author={"@type": "Organization", "name": "Nordwind Energie GmbH"},
        ),
        story=f'<article class="pm"><h1>{headline}</h1><div class="pm-text">'
        + paras(PRESSE)
        + '</div><div class="pm-contact"><p>Pressekontakt:</p><p>Anna Schmidt</p><p>Telefon: +49 381 123'
        " 4567</p><p>E-Mail: presse@nordwind-energie.example</p></div></article>",
        headline=headline,
        authors=["Nordwind Energie GmbH"],
        published=f"{DEC5}T10:00:00+01:00",
        body=PRESSE,
    )


def test_a_story_about_a_press_contact_keeps_its_numbers_and_addresses() -> None:
    # the trap: a story whose paragraphs give a phone number and an e-mail address (sentences), and a
    # call to readers without a full stop that is no "label: detail" line
    headline = "Press office fielded 400 calls in a day after the plant closure"
    body = [
        "Jane Roe, who has handled media enquiries for the company since 2019, said she had taken more"
        " than 400 calls on +1 415 555 0100 in a single day after the closure was announced.",
        "Former workers can reach the company's support line on +1 415 555 0199 or write to"
        " support@brightharbor.example, she said.",
        "Share your memories of the plant at memories@dayton-daily.example",
    ]
    check(
        "https://www.daytondaily.example/business/press-office-fielded-400-calls",
        site="Dayton Daily",
        lang="en",
        title=f"{headline} | Dayton Daily",
        head=og(og_site_name="Dayton Daily"),
        ld=article(
            headline,
            datePublished=f"{DEC5}T09:00:00Z",
            author={"@type": "Person", "name": "Sam Patel"},
        ),
        story=f'<article><h1>{headline}</h1><div class="article-body">' + paras(body) + "</div></article>",
        headline=headline,
        authors=["Sam Patel"],
        published=f"{DEC5}T09:00:00+00:00",
        body=body,
    )


def test_a_kontakt_heading_over_a_sentence_of_the_story_stays() -> None:
    # the trap: a club's news story whose last section is headed "Kontakt:" and told as a sentence with a
    # phone number in it (the story's own text: no contacts block)
    headline = "Sportverein sucht Helfer für das Winterfest"
    body = [
        "Der Sportverein Blau-Weiß Radebeul richtet am zweiten Adventswochenende wieder sein Winterfest"
        " auf dem Vereinsgelände aus und sucht dafür noch rund zwanzig Helferinnen und Helfer.",
        "Gebraucht werden vor allem Leute für den Auf- und Abbau der Stände sowie für den Ausschank am"
        " Samstagabend.",
        "Kontakt:",
        "Wer mitmachen möchte, meldet sich bis Freitag beim Vorstand unter 0351 1234567.",
    ]
    check(
        "https://www.radebeul-aktuell.example/sport/sportverein-sucht-helfer-fuer-das-winterfest",
        site="Radebeul aktuell",
        lang="de",
        title=f"{headline} | Radebeul aktuell",
        head=og(og_site_name="Radebeul aktuell"),
        ld=article(
            headline,
            datePublished=f"{DEC5}T09:00:00+01:00",
            author={"@type": "Person", "name": "Katrin Vogel"},
        ),
        story=f'<article><h1>{headline}</h1><div class="article-body">' + paras(body) + "</div></article>",
        headline=headline,
        authors=["Katrin Vogel"],
        published=f"{DEC5}T09:00:00+01:00",
        body=body,
    )
