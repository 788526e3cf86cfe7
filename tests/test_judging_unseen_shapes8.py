"""The judging flags (access, truncated, sponsored, the drop reason) and the record around them, round 8:
pages built by hand ("hand-built") in the shape of paywall vendors', publishers' and CMSs' templates that
are in none of the corpora (every host is an `.example` one, none used by an earlier round; no page of
/work/shared/bench holds the prompts and labels below: no "Blendle", "Sponzorováno", "Sponsorowane",
"Contenu proposé par", "um weiterzulesen", "pass for", "exclusive to our subscribers"), every field of the
judged record read (headline, date, authors, body, language, page type: a flag never costs a field). The
shapes of rounds 1-7 (tests/test_judging_unseen_shapes.py, 5.py, 6.py, 7.py) are not repeated; the helpers
are theirs.

Four groups:
- paywalled stubs: the vendors' boxes in wordings not probed before (Substack's "Subscribe to <publication> to
  keep reading this post", Ghost's tier-only post, Pelcro's "exclusive to our subscribers", LaterPay's time
  pass, Steady's German "Werde Mitglied, um weiterzulesen", Memberful's "become a member to read this post",
  Blendle's Dutch per-article price, a Zephr hard wall after the meter ran out, a Tinypass offer, Poool's
  "La suite de cet article est réservée aux abonnés", a free registration wall), a CMS that declares the
  WebPage node (not the article) not free, and a metered teaser;
- full texts: an NYT-like declaration on a hasPart cssSelector that wraps the whole served story, a hasPart
  list whose non-free part is served hidden, Medium's member-only story served in full, a client-side
  paywall's wrapper and a regwall's blur around a full text, the WebPage node's declaration over a full text,
  a meter over a full text, a metered teaser whose JSON-LD articleBody holds the whole story;
- advertorials: a brand studio that "produced" the piece, "PAID POST" in capitals, "Advertisement feature in
  association with", the Polish "Sponsorowane", the Czech "Sponzorováno", the French "Contenu proposé par",
  the Swiss German "Publireportage", "Patrocinado por", "Advertorial" as the JSON-LD articleSection (a list),
  a Spanish and a German disclosure line at the end of the text;
- traps, kept and flagged nothing: an affiliate notice ("We may earn a commission") and "this post is not
  sponsored", a press release syndicated by a paper, an op-ed whose headline begins "Sponsored by the
  taxpayer", a story about paywalls (a prompt as a subheading; a prompt's words reported in its last
  sentence), a story about a paper's brand studio, a match report naming the match sponsor, a Polish
  "Sponsorowane" and a Czech "Sponzorováno" rail after a story, a free Substack post's subscribe widget, a
  free story whose newsletter box asks to
  "subscribe to keep reading stories like this", a French story about advertorials, "In association with"
  alone.
"""

from __future__ import annotations

import pytest

from newsarchive.extract.evidence.prompts import is_prompt
from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes3 import DE
from tests.test_judging_unseen_shapes import (
    DATE,
    ES,
    FR,
    LONG,
    NL,
    OG,
    PUBLISHED,
    Shape,
    advertorial,
    assert_judged_record,
    news,
    paras,
    shape_names,
    story,
)
from tests.test_judging_unseen_shapes5 import declared, wall
from tests.test_judging_unseen_shapes6 import CS, PL
from tests.test_judging_unseen_shapes7 import HEADLINES, labelled

NEWS = "Rail link cleared by the court"
DE_HEADLINE = "Stadtrat sperrt Innenstadt für Autos"
FR_HEADLINE = "Rénover les écoles sans se ruiner"
ES_HEADLINE = "Cien autobuses eléctricos para la ciudad"
NL_HEADLINE = "Een autovrije binnenstad in het weekend"

# --- paywalled stubs --------------------------------------------------------------------------------------
PAYWALLS: dict[str, Shape] = {
    # Substack's paid post, nothing declared: the box names the publication between "Subscribe to" and "to
    # keep reading this post"
    "substack-subscribe-to-publication-to-keep-reading": wall(
        "https://keelnotes.substack.example/p/rail-link-cleared",
        '<div class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2><p'
        ' class="paywall-body">Subscribe to Keel Notes to keep reading this post and get 7 days of free'
        ' access to the full post archives.</p><a class="button primary" href="/subscribe">Start trial</a>'
        "</div>",
    ),
    # Ghost: a post for the members of one tier
    "ghost-post-for-subscribers-on-a-tier": wall(
        "https://www.lanternweekly.example/rail-link-cleared/",
        '<aside class="gh-post-upgrade-cta"><h2>This post is for subscribers on the Lantern Plus tier only'
        '</h2><a class="gh-btn" href="#/portal/signup">Upgrade your account</a></aside>',
    ),
    # Pelcro: "exclusive to our subscribers"
    "pelcro-exclusive-to-our-subscribers": wall(
        "https://www.meridiangazette.example/news/rail-link-cleared/",
        '<div class="pelcro-entitlement-block"><p>This article is exclusive to our subscribers.</p><button'
        ' class="pelcro-subscribe-button">See offers</button></div>',
    ),
    # LaterPay's time pass: a price for a pass, to read this article
    "laterpay-time-pass": wall(
        "https://www.quillpress.example/2025/03/04/rail-link-cleared/",
        '<div class="lp_time-pass-widget"><p>Buy a 24-hour pass for $1.99 to read this article.</p><a'
        ' class="lp_purchase-button" href="#">Buy pass</a></div>',
    ),
    # Steady (German independent media): become a member to read on
    "steady-werde-mitglied-um-weiterzulesen": wall(
        "https://www.fjordtimes-blog.example/2025/03/04/innenstadt-autofrei/",
        '<div id="steady-paywall"><p>Werde jetzt Mitglied, um weiterzulesen.</p><a'
        ' href="https://steadyhq.example/fjordtimes">Mitglied werden</a></div>',
        text=DE[:2],
        headline=DE_HEADLINE,
        lang="de",
    ),
    # Memberful on WordPress: sign in or become a member to read this post
    "memberful-become-a-member-to-read-this-post": wall(
        "https://www.pinecrestherald.example/2025/03/04/rail-link-cleared/",
        '<div class="memberful-restricted"><p>Sign in or become a member to read this post.</p><a'
        ' href="https://pinecrest.memberful.example/join">Join</a></div>',
    ),
    # Blendle (Dutch): a price for this article
    "blendle-lees-dit-artikel-voor": wall(
        "https://www.saltmarshdagblad.example/binnenland/autovrije-binnenstad~c7d8e9f0/",
        '<div class="blendle-button-container"><p>Lees dit artikel voor € 0,29 via Blendle.</p><a'
        ' href="https://blendle.example/i/saltmarsh/autovrije-binnenstad">Lees verder</a></div>',
        text=NL[:2],
        headline=NL_HEADLINE,
        lang="nl",
    ),
    # Zephr's hard wall once the meter ran out: the meter's line and the prompt in place of the rest
    "zephr-limit-reached-hard-wall": wall(
        "https://www.northgatepost.example/politics/rail-link-cleared",
        '<div class="zephr-paywall"><h2>You have reached your limit of free articles this month.</h2><p>'
        'Subscribe to continue reading.</p><a href="/subscribe">See plans</a></div>',
    ),
    # Piano (Tinypass): an offer container after a short teaser, nothing declared
    "tinypass-offer-after-teaser": wall(
        "https://www.harbourbeacon.example/news/rail-link-cleared-b1c2",
        '<div class="tinypass-offer"><p>Already a subscriber? Log in.</p><p>Subscribe today for just $1 a'
        " week.</p></div>",
    ),
    # Poool (French papers): the rest of this article is for subscribers
    "poool-la-suite-reservee-aux-abonnes": wall(
        "https://www.tidalreview.example/societe/renover-les-ecoles-2562001",
        '<div id="poool-widget"><p>La suite de cet article est réservée aux abonnés.</p><a href=/abonnement>'
        "Je m'abonne</a></div>",
        text=FR[:2],
        headline=FR_HEADLINE,
        lang="fr",
    ),
    # a registration wall (a free account, not a subscription): flagged as a paywall like a paid one
    # a CMS that declares the page, not the article, not free (a Yoast-like @graph: the WebPage node holds
    # isAccessibleForFree, the NewsArticle node is part of it), a teaser and nothing after it
    "webpage-node-declares-not-free": wall(
        "https://www.harbourbeacon.example/news/rail-link-cleared-webpage",
        "",
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebPage",
                        "@id": "https://www.harbourbeacon.example/news/rail-link-cleared-webpage",
                        "isAccessibleForFree": False,
                    },
                    {
                        "@type": "NewsArticle",
                        "headline": NEWS,
                        "datePublished": PUBLISHED,
                        "isPartOf": {
                            "@id": "https://www.harbourbeacon.example/news/rail-link-cleared-webpage"
                        },
                    },
                ],
            }
        ),
    ),
    # a WebPage node that declares the page free says nothing of a stub under a prompt (a template may
    # declare every page so): the prompt decides
    "webpage-node-declares-free-over-a-prompt": wall(
        "https://www.harbourbeacon.example/news/rail-link-cleared-webpage-free",
        '<div class="paywall-prompt"><p>Subscribe to continue reading.</p></div>',
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebPage", "isAccessibleForFree": True},
                    {"@type": "NewsArticle", "headline": NEWS, "datePublished": PUBLISHED},
                ],
            }
        ),
    ),
    "regwall-register-for-free-to-read-the-rest": wall(
        "https://www.saltmarshdaily.example/news/rail-link-cleared-reg",
        '<div class="reg-gate"><p>Sign in or register for free to read the rest of this story.</p><a'
        ' href="/register">Register</a></div>',
    ),
}

# a metered paper once the reader's meter ran out: the tier says metered, the page serves a teaser and a
# prompt in place of the rest
METERED_TEASER: dict[str, Shape] = {
    "metered-teaser-with-prompt": Shape(
        "https://www.northgatepost.example/business/rail-link-cleared-metered",
        page(
            f'<title>{NEWS}</title>{OG}{DATE}<meta property="article:content_tier" content="metered">',
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(SENTENCES[:2])}</div><div class=meter-wall><p>You have read all"
            " your free articles this month. Subscribe to continue reading.</p></div></article></main>",
        ),
        NEWS,
        SENTENCES[:2],
        ["Ana Cruz"],
        access="metered",
        truncated=True,
    ),
}

# --- full texts -------------------------------------------------------------------------------------------
NYT_LD = declared(
    False,
    NEWS,
    hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"},
)
FULL_TEXTS: dict[str, Shape] = {
    # a metered paper's page whose visible text is a teaser while its JSON-LD articleBody holds the whole
    # story: the record takes the publisher's whole text (one paragraph, as articleBody gives it)
    "metered-teaser-full-articlebody-in-jsonld": Shape(
        "https://www.northgatepost.example/business/rail-link-cleared-metered-2",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}"
            '<meta property="article:content_tier" content="metered">'
            + ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": NEWS,
                    "datePublished": PUBLISHED,
                    "articleBody": " ".join(LONG),
                }
            ),
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(SENTENCES[:2])}</div></article></main>",
        ),
        NEWS,
        [" ".join(LONG)],
        ["Ana Cruz"],
        access="metered",
    ),
    # NYT-like: declared not free on a hasPart whose selector wraps the whole served story (a metered site)
    "nyt-haspart-metered-content-full-text": news(
        "https://www.gothamrecord.example/2025/03/04/nyregion/rail-link-cleared.html",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}{NYT_LD}",
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f'<section name="articleBody" class="meteredContent">{paras(LONG)}</section></article></main>',
        ),
        body=LONG,
        access="paywalled",
    ),
    # Medium's member-only story served in full: the badge and the declaration, the whole text
    "medium-member-only-full-text": news(
        "https://medium.example/@keelwriter/rail-link-cleared-7a6b5c4d3e2f",
        story(
            '<div class="member-badge">Member-only story</div>',
            headline=NEWS,
            text=LONG,
            head=declared(False, NEWS),
        ),
        body=LONG,
        access="paywalled",
    ),
    # a client-side paywall: the template's paywall wrapper around the whole text, nothing declared
    "dynamic-paywall-wrapper-full-text": news(
        "https://www.meridiangazette.example/news/rail-link-cleared-full/",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}",
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f'<div class="paywall-content" data-paywall="dynamic"><div class=article-body>{paras(LONG)}</div>'
            "</div></article></main>",
        ),
        body=LONG,
        access="paywalled",
    ),
    # hasPart as a list: the teaser declared free, the rest declared not free and served hidden (a client-side
    # paywall): the whole story is archived, flagged, not truncated
    "haspart-list-hidden-rest-served": news(
        "https://www.tidalreview-news.example/2025/03/04/rail-link-cleared/",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}"
            + declared(
                False,
                NEWS,
                hasPart=[
                    {"@type": "WebPageElement", "isAccessibleForFree": True, "cssSelector": ".story-teaser"},
                    {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".story-locked"},
                ],
            ),
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f'<div class="story-teaser">{paras(SENTENCES[:2])}</div><div class="story-locked"'
            f' style="display:none">{paras(SENTENCES[2:])}</div></article></main>',
        ),
        access="paywalled",
    ),
    # a registration wall applied in the browser: the whole text under a blurring regwall class, the sign-up
    # box hidden until the script shows it
    "regwall-blur-full-text-served": news(
        "https://www.fjordtimes.example/news/rail-link-cleared",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}",
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f'<div class="article-body regwall-blur">{paras(LONG)}</div><div class="regwall-modal"'
            ' style="display:none"><p>Create a free account to keep reading.</p></div></article></main>',
        ),
        body=LONG,
        access="paywalled",
    ),
    # the same declaration on the WebPage node over a whole story served: archived in full, flagged
    "webpage-node-declares-not-free-full-text": news(
        "https://www.harbourbeacon.example/news/rail-link-cleared-webpage-full",
        story(
            "",
            headline=NEWS,
            text=LONG,
            head=ld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "WebPage", "isAccessibleForFree": "false"},
                        {"@type": "NewsArticle", "headline": NEWS, "datePublished": PUBLISHED},
                    ],
                }
            ),
        ),
        body=LONG,
        access="paywalled",
    ),
    # a Zephr meter after a full free story: the template's, not the story's
    "zephr-meter-over-full-text": news(
        "https://www.northgatepost.example/politics/rail-link-cleared-free",
        story(
            "",
            headline=NEWS,
            text=LONG,
            after='<div class="zephr-meter"><p>You have 2 free articles left this month.</p><a'
            ' href="/subscribe">Subscribe</a></div>',
        ),
        body=LONG,
    ),
}

# --- advertorials -----------------------------------------------------------------------------------------
# (a disclosure line is kept in the body: the record holds what the page printed, and the flag says why)
ES_DISCLOSED = [*ES, "Este contenido ha sido patrocinado por Harbor Tech."]
DE_DISCLOSED = [*DE, "Dieser Beitrag wurde von Harbor Tech bezahlt."]
ADVERTORIALS: dict[str, Shape] = {
    # a paper's brand studio "produced" the piece, in the byline
    "brand-studio-produced-by": advertorial(
        "https://www.gothamrecord.example/2025/03/04/lifestyle/ten-ways-smart-meters.html",
        story("", byline="<p class=byline>Produced by Record Brand Studio for Harbor Tech</p>"),
        # (a sponsor's label, no author: session 13, tests/test_extract_risks13.py)
        authors=[],
    ),
    # "PAID POST" in capitals, the advertiser's logo beside it
    "paid-post-in-capitals-with-logo": advertorial(
        "https://www.harbourbeacon.example/lifestyle/ten-ways-smart-meters",
        story(
            '<div class="paid-bar"><span class="paid-bar__label">PAID POST</span><img src=/logo.png'
            ' alt="Harbor Tech"></div>'
        ),
    ),
    # a UK paper's "Advertisement feature in association with <brand>"
    "advertisement-feature-in-association-with": advertorial(
        "https://www.saltmarshdaily.example/lifestyle/ten-ways-smart-meters",
        story('<div class="ad-feature-label">Advertisement feature in association with Harbor Tech</div>'),
    ),
    # the Polish "Sponsorowane" (sponsored) over the headline
    "pl-sponsorowane": labelled(
        "https://www.wiadomoscidnia.example/miasto/autobusy-elektryczne-sponsor,12345.html",
        "pl",
        '<span class="label">Sponsorowane</span>',
    ),
    # the Czech "Sponzorováno" (sponsored) over the headline
    "cs-sponzorovano": labelled(
        "https://www.zpravydne.example/ekonomika/elektricke-autobusy.A250304_777777",
        "cs",
        '<span class="label">Sponzorováno</span>',
    ),
    # the French "Contenu proposé par <brand>" (content offered by)
    "fr-contenu-propose-par": labelled(
        "https://www.quotidienlibre.example/economie/renover-les-ecoles-sans-se-ruiner-2563001",
        "fr",
        '<div class="brand-label">Contenu proposé par Harbor Tech</div>',
    ),
    # a Swiss German paper's "Publireportage" kicker
    "ch-de-publireportage": labelled(
        "https://www.bergpost.example/wirtschaft/innenstadt-autofrei-ld.2799999",
        "de",
        '<span class="kicker">Publireportage</span>',
    ),
    # a Spanish paper's "Patrocinado por <brand>"
    "es-patrocinado-por": labelled(
        "https://www.diariolevante.example/economia/2025/03/04/autobuses-electricos-patrocinado.html",
        "es",
        '<div class="sponsor-line">Patrocinado por Harbor Tech</div>',
    ),
    # the section declared in JSON-LD as a list, "Advertorial" among them, nothing visible
    "jsonld-article-section-advertorial-list": advertorial(
        "https://www.pinecrestherald.example/2025/03/04/ten-ways-smart-meters/",
        story(
            "",
            head=ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Ten ways smart meters cut the household bill",
                    "datePublished": PUBLISHED,
                    "articleSection": ["Advertorial"],
                    "author": {"@type": "Person", "name": "Ana Cruz"},
                }
            ),
        ),
    ),
    # a Spanish disclosure line ending the text: "This content is sponsored by <brand>"
    "es-disclosure-line-at-the-end": advertorial(
        "https://www.diariolevante.example/economia/2025/03/04/autobuses-electricos-marca.html",
        story(
            "",
            headline=ES_HEADLINE,
            text=ES_DISCLOSED,
            byline="<p class=byline>Ana Cruz</p>",
            lang="es",
        ),
        headline=ES_HEADLINE,
        body=ES_DISCLOSED,
        language="es",
    ),
    # a German disclosure line ending the text: "This article was paid for by <brand>"
    "de-disclosure-line-at-the-end": advertorial(
        "https://www.bergpost.example/wirtschaft/innenstadt-autofrei-ld.2800000",
        story(
            "",
            headline=DE_HEADLINE,
            text=DE_DISCLOSED,
            byline="<p class=byline>Von Ana Cruz</p>",
            lang="de",
        ),
        headline=DE_HEADLINE,
        body=DE_DISCLOSED,
        language="de",
    ),
}

# --- traps: normal articles -------------------------------------------------------------------------------
REVIEW = [
    "Our pick is the Harbor K2 blender, which crushed ice in under ten seconds in every test we ran.",
    *SENTENCES[:3],
]
PRESS_RELEASE = [
    "HARBOR CITY, March 4, 2025 (GLOBE NEWSWIRE) -- Harbor Tech, a maker of smart meters, today announced a"
    " partnership with the city's utility to install fifty thousand meters by the end of next year.",
    "The meters will let households see their consumption by the hour and cut their bills, the company said.",
    "“This is the largest roll-out in the region,” said Mia Lang, the company's chief executive.",
    "About Harbor Tech: Harbor Tech designs and makes smart meters for utilities in twelve countries.",
]
STADIUM = [
    "The city's deal with the football club hands it a new stadium paid for almost entirely with public"
    " money, while the club keeps every ticket and every pint sold.",
    *SENTENCES[1:4],
]
ABOUT_PAYWALLS = [
    *SENTENCES[:2],
    "Publishers say the change has worked, and the number of digital subscribers has doubled in a year.",
    "For now, readers who reach the limit are simply told to subscribe to continue reading.",
]
STUDIO = [
    "The Courier will open a brand studio next month to produce paid posts for advertisers, its publisher"
    " told staff on Tuesday.",
    "The studio will be kept apart from the newsroom, and its pieces will be labelled as paid content.",
    *SENTENCES[:2],
]
MATCH = [
    "Harbour FC beat Northgate 2-1 on Saturday with a late goal from Ana Lopez, who came off the bench in the"
    " seventy-fifth minute.",
    "Northgate had led at half-time after a penalty, but the home side pressed hard after the break.",
    "The win lifts Harbour FC to third in the table, two points behind the leaders with five games left.",
    "Man of the match, chosen by the match sponsor Harbor Tech, was the goalkeeper Ben Ortiz.",
]
FR_ADVERTORIALS = [
    "Les publireportages et les contenus partenaires se multiplient dans la presse régionale, selon une étude"
    " publiée mardi.",
    *FR[1:],
]


def rail(label: str) -> str:
    """A recommendation rail after the story, headed by `label`."""
    return (
        f'<div class="recommendations"><h3>{label}</h3><a href="https://ads.example/1"><p>Ten ways smart'
        ' meters cut the household bill</p></a><a href="https://ads.example/2"><p>The gadget everyone'
        " wants</p></a></div>"
    )


TRAPS: dict[str, Shape] = {
    # a review: "this post is not sponsored" and the affiliate notice open the text; the notice is the
    # publisher's, the review is kept and not flagged
    "affiliate-notice-and-not-sponsored": news(
        "https://www.keelnotes-reviews.example/reviews/best-blenders",
        story(
            "",
            headline="The best blenders we tested",
            text=REVIEW,
        ).replace(
            "<div class=article-body>",
            "<div class=article-body><p><em>This post is not sponsored. We may earn a commission when you buy"
            " through links on our site.</em></p>",
        ),
        headline="The best blenders we tested",
        body=REVIEW,
    ),
    # a company's press release syndicated by a paper in its press-release section
    "press-release-syndicated-by-a-paper": news(
        "https://www.lanternweekly.example/business/press-releases/harbor-tech-meters-2025",
        story(
            '<span class="kicker">Press Release</span>',
            headline="Harbor Tech to install fifty thousand smart meters",
            text=PRESS_RELEASE,
            byline="<p class=byline>GlobeNewswire</p>",
        ),
        headline="Harbor Tech to install fifty thousand smart meters",
        body=PRESS_RELEASE,
        # (the byline as written, as "By AFP" is: session 13's decision, docs/record.md)
        authors=["GlobeNewswire"],
    ),
    # an op-ed whose headline begins "Sponsored by the taxpayer"
    "op-ed-headline-sponsored-by-the-taxpayer": news(
        "https://www.meridiangazette.example/opinion/2025/03/04/stadium-deal/",
        story(
            '<span class="kicker">Opinion</span>',
            headline="Sponsored by the taxpayer: the stadium deal nobody wanted",
            text=STADIUM,
        ),
        headline="Sponsored by the taxpayer: the stadium deal nobody wanted",
        body=STADIUM,
    ),
    # a story about paywalls with a prompt's words as a subheading, the story going on after it
    "story-about-paywalls-prompt-as-subheading": news(
        "https://www.mediadesk-review.example/2025/03/04/subscribe-to-continue-reading",
        page(
            f"<title>Papers bet on hard paywalls</title>{OG}{DATE}",
            "<main><article><header><h1>Papers bet on hard paywalls</h1><p class=byline>By Ana Cruz</p>"
            f"</header><div class=article-body>{paras(SENTENCES[:3])}<h2>Subscribe to continue reading?</h2>"
            f"{paras(SENTENCES[3:])}</div></article></main>",
        ),
        headline="Papers bet on hard paywalls",
    ),
    # a story about paywalls whose last sentence reports the prompt's words, unquoted
    "story-about-paywalls-reports-the-prompt-last": news(
        "https://www.mediadesk-review.example/2025/03/04/papers-double-subscribers",
        story("", headline="Papers double their subscribers", text=ABOUT_PAYWALLS),
        headline="Papers double their subscribers",
        body=ABOUT_PAYWALLS,
    ),
    # a story about a paper opening a brand studio: the words in its headline, standfirst and text
    "story-about-a-brand-studio": news(
        "https://www.mediadesk-review.example/2025/03/04/courier-brand-studio",
        page(
            f"<title>The Courier opens a brand studio</title>{OG}{DATE}",
            "<main><article><header><span class=kicker>Media</span><h1>The Courier opens a brand studio</h1>"
            "<h2>Brand studio to produce paid posts</h2><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(STUDIO)}</div></article></main>",
        ),
        headline="The Courier opens a brand studio",
        body=STUDIO,
    ),
    # a match report: the match sponsor in the header and in the last sentence
    "match-report-names-the-match-sponsor": news(
        "https://www.harbourbeacon.example/sport/football/harbour-fc-beat-northgate",
        story(
            '<p class="match-sponsor">Match sponsor: Harbor Tech</p>',
            headline="Late Lopez goal lifts Harbour FC to third",
            text=MATCH,
        ),
        headline="Late Lopez goal lifts Harbour FC to third",
        body=MATCH,
    ),
    # Polish and Czech "sponsored" rails after a story
    "pl-sponsorowane-rail-after-story": news(
        "https://www.wiadomoscidnia.example/miasto/autobusy-elektryczne-decyzja,12346.html",
        story(
            "",
            headline=HEADLINES["pl"],
            text=PL,
            byline="<p class=byline>Ana Cruz</p>",
            lang="pl",
            after=rail("Sponsorowane"),
        ),
        headline=HEADLINES["pl"],
        body=PL,
        language="pl",
    ),
    "cs-sponzorovano-rail-after-story": news(
        "https://www.zpravydne.example/domov/elektricke-autobusy.A250304_777778",
        story(
            "",
            headline=HEADLINES["cs"],
            text=CS,
            byline="<p class=byline>Ana Cruz</p>",
            lang="cs",
            after=rail("Sponzorováno"),
        ),
        headline=HEADLINES["cs"],
        body=CS,
        language="cs",
    ),
    # a free story whose newsletter box asks to "subscribe to keep reading stories like this"
    "newsletter-box-keep-reading-stories-like-this": news(
        "https://www.saltmarshdaily.example/news/rail-link-cleared-free",
        story(
            "",
            headline=NEWS,
            text=LONG,
            after='<div class="newsletter-cta"><p>Enjoyed this story? Subscribe to keep reading stories like'
            " this in your inbox.</p><a href=/newsletters>Sign up</a></div>",
        ),
        body=LONG,
    ),
    # a free Substack post: the publication's subscribe widget after the text ("Subscribe for free to receive
    # new posts"), no paywall
    "substack-free-post-subscribe-widget": news(
        "https://keelnotes.substack.example/p/rail-link-cleared-free",
        story(
            "",
            headline=NEWS,
            after='<div class="subscription-widget-wrap"><p>Thanks for reading Keel Notes! Subscribe for free'
            " to receive new posts and support my work.</p><form action=/api/v1/free><input type=email"
            " name=email><button>Subscribe</button></form></div>",
        ),
    ),
    # a French story about advertorials: the labels in its text, a kicker naming the beat
    "fr-story-about-advertorials": news(
        "https://www.quotidienlibre.example/medias/publireportages-presse-regionale-2563002",
        story(
            '<span class="kicker">Médias</span>',
            headline="La presse régionale mise sur les publireportages",
            text=FR_ADVERTORIALS,
            byline="<p class=byline>Par Ana Cruz</p>",
            lang="fr",
        ),
        headline="La presse régionale mise sur les publireportages",
        body=FR_ADVERTORIALS,
        language="fr",
    ),
    # "In association with <brand>" alone over a series' story: the series' sponsor, weak evidence (round 5),
    # here with the sponsor's logo only
    "in-association-with-logo": news(
        "https://www.lanternweekly.example/future-of-energy/2025/03/04/rail-link-cleared",
        story(
            '<div class="series-sponsor"><span>In association with</span><img src=/logo.png'
            ' alt="Harbor Tech"></div>',
            headline=NEWS,
        ),
    ),
}

SHAPES: dict[str, Shape] = {**PAYWALLS, **METERED_TEASER, **FULL_TEXTS, **ADVERTORIALS, **TRAPS}

#: shapes the project judges wrong on this code, with why (each is listed in the report)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", shape_names(SHAPES, XFAIL))
def test_the_judged_record(name: str) -> None:
    assert_judged_record(SHAPES[name])


def test_the_groups_hold_the_shapes_they_are_for() -> None:
    assert len(SHAPES) >= 35
    assert all(s.access == "paywalled" and s.truncated for s in PAYWALLS.values())
    assert all(s.access == "metered" and s.truncated for s in METERED_TEASER.values())
    assert all(not s.truncated and s.drop is None and not s.sponsored for s in FULL_TEXTS.values())
    assert all(s.sponsored and s.drop == "Sponsored" for s in ADVERTORIALS.values())
    assert all(not s.sponsored and s.drop is None and not s.truncated for s in TRAPS.values())


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Keel Notes to keep reading this post and get 7 days of free access.",
        "This article is exclusive to our subscribers.",
        "Buy a 24-hour pass for $1.99 to read this article.",
        "Werde jetzt Mitglied, um weiterzulesen.",
        "Sign in or become a member to read this post.",
        "Lees dit artikel voor € 0,29 via Blendle.",
    ],
)
def test_the_vendors_prompts_are_prompts(line: str) -> None:
    assert is_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed this story? Subscribe to keep reading stories like this in your inbox.",
        "Members of the club voted to keep reading rooms open on Sundays.",
        "Werde Mitglied im Verein, um mitzureden.",
    ],
)
def test_lines_that_ask_for_no_subscription_to_this_story_are_no_prompt(line: str) -> None:
    assert not is_prompt(line)
