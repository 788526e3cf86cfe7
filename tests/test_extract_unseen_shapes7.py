"""Page shapes of publishers in none of the corpora, seventh round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes5.py are the earlier ones): whole article pages in the markup of G1 Globo,
the Irish Independent (Mediahuis), The Conversation (academic authors with their affiliations), a Nexstar and
a Gray local TV station (their "Posted/Updated" and "Published/Updated" lines), an AP story republished on a
regional paper's site, Sky News, ABC News, ProPublica (a story co-published with a partner), a Newspack site
(a Yoast @graph whose author is an @id reference), Newsweek, TIME, The New Yorker (Condé Nast), Euronews,
France 24, Les Echos (a subscriber's teaser), SRF, Merkur (Ippen), elDiario.es, Il Post, NRC, SVT, The Indian
Express, Ynetnews, Milenio and an AMP page of Metro. Each page sits among the noise of a real page
(tests/test_extract_unseen_shapes4.py's `chrome`: cookie banner, menu, share buttons, newsletter box,
"Advertisement" slots, related stories with their own dates and bylines, footer) and its own (captions and
credits, "Read more" lists, support appeals, comment counters). No tune-half page shows these shapes and no
host here is in any corpus, so every page is a small page built by hand in the shape of the CMS or paper
("hand-built"), and every field of the judged record is read (`expect`).
"""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes4 import BR, DE, ES, FR, IT, LONG, SV, chrome, expect, paras, record
from tests.test_extract_unseen_shapes5 import NL


def lead_is_body(mark: str) -> pytest.MarkDecorator:
    """The probe's lead, set under the headline in an element marked as a lead (`mark`), is expected as the
    standfirst; the project keeps such leads as the body's first paragraph."""
    return pytest.mark.xfail(
        strict=True,
        reason=f"a lead right under the headline in an element marked as a lead ({mark}) is the body's first"
        " paragraph by content/lead.py's rule (traf-eval's snippets count leads as body). Tried: such leads"
        " as the standfirst; on the tune half DW's <p class=intro> leads lost 4 `with` snippets and one page"
        " (its body left too short) was dropped as a listing",
    )


# --- English-language papers, broadcasters and magazines ------------------------------------------------
@lead_is_body("data-testid=article-intro")
def test_irish_independent_mediahuis_byline_role_and_day_month_time_line() -> None:
    # the Irish Independent (Mediahuis): data-testid hooks, the author's link with the role under it, "Sat 28
    # Nov 2026 at 10:30", an Irish surname with an apostrophe, a caption with its credit, "Read more" links
    before, after = chrome("Irish Independent")
    html = page(
        '<meta property="og:type" content="article"><title>Housing grants to double for first-time buyers |'
        ' Irish Independent</title><meta property="og:title" content="Housing grants to double for'
        ' first-time buyers">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Housing grants to double for first-time buyers",
                "datePublished": "2026-11-28T10:30:00.000Z",
                "dateModified": "2026-11-28T12:05:00.000Z",
                "author": [{"@type": "Person", "name": "Fearghal O'Connor"}],
                "articleSection": "Irish News",
            }
        ),
        before + '<main><article data-testid="article-container"><div data-testid="article-section"><a'
        ' href="/irish-news/">Irish News</a></div><h1 data-testid="article-title">Housing grants to double'
        ' for first-time buyers</h1><p data-testid="article-intro">Minister says the scheme will help 20,000'
        ' households next year</p><div data-testid="article-byline"><a data-testid="author-link"'
        ' href="/authors/fearghal-oconnor/">Fearghal O\'Connor</a><span data-testid="author-role">Business'
        ' Editor</span></div><time data-testid="article-date" datetime="2026-11-28T10:30:00.000Z">Sat 28 Nov'
        ' 2026 at 10:30</time><figure><img src="https://focus.independent.ie/thumbnailer/housing.jpg"'
        ' alt="Houses"><figcaption>New homes in Co Kildare. Photo: Collins</figcaption></figure><div'
        ' data-testid="article-body">'
        + paras(SENTENCES[:3])
        + '<div data-testid="read-more"><h3>Read more</h3><ul><li><a href="/irish-news/rents-rise-again/">'
        "Rents rise again in every county</a></li></ul></div>"
        + paras(SENTENCES[3:])
        + "</div></article></main>"
        + after,
    )
    expect(
        record(
            html,
            "https://www.independent.ie/irish-news/housing-grants-to-double-for-first-time-buyers/a1234567890.html",
        ),
        headline="Housing grants to double for first-time buyers",
        standfirst="Minister says the scheme will help 20,000 households next year",
        authors=["Fearghal O'Connor"],
        published="2026-11-28T10:30:00+00:00",
        modified="2026-11-28T12:05:00+00:00",
        section="Irish News",
        language="en",
        body=SENTENCES,
    )


def test_the_conversation_academic_authors_with_affiliations_and_disclosure() -> None:
    # The Conversation: the authors as a list of "<name>, <title>, <university>" (no JSON-LD author), a
    # "Published: November 28, 2026 10.30am GMT" line, the disclosure statement, partners and "Republish this
    # article" after the text
    before, after = chrome("The Conversation")
    html = page(
        '<meta property="og:type" content="article"><title>Why bus networks shrink when fares fall</title>'
        '<meta property="article:published_time" content="2026-11-28T10:30:00Z">'
        '<meta name="description" content="Cheaper tickets do not fill empty buses, our research finds.">',
        before + '<main><article><header><h1 class="legacy entry-title instapaper_title"'
        ' itemprop="name">Why bus networks shrink when fares fall</h1><div class="content-authors-group">'
        '<ul class="author-list"><li><a class="author-name" href="/profiles/helen-marsh-1423987">Helen'
        ' Marsh</a>, <span class="role">Professor of Transport Economics, University of Leeds</span></li><li>'
        '<a class="author-name" href="/profiles/david-okafor-1501122">David Okafor</a>, <span class="role">'
        "Lecturer in Urban Planning, Newcastle University</span></li></ul></div><div"
        ' class="timestamps"><time datetime="2026-11-28T10:30:00Z">Published: November 28, 2026 10.30am GMT'
        '</time></div></header><div itemprop="articleBody" class="grid-ten large-grid-nine'
        ' grid-last content-body content entry-content instapaper_body inline-promos">'
        + paras(SENTENCES)
        + '</div><div class="content-sidebar"><div class="disclosure"><h3>Disclosure statement</h3><p>Helen'
        " Marsh receives funding from the Economic and Social Research Council. David Okafor does not work"
        " for, consult, own shares in or receive funding from any company that would benefit from this"
        ' article.</p></div><div class="partners"><h3>Partners</h3><p>University of Leeds provides funding'
        ' as a member of The Conversation UK.</p></div><a class="republish" href="/republishing">Republish'
        " this article</a></div></article></main>" + after,
    )
    expect(
        record(html, "https://theconversation.com/why-bus-networks-shrink-when-fares-fall-248731"),
        headline="Why bus networks shrink when fares fall",
        standfirst=None,
        authors=["Helen Marsh", "David Okafor"],
        published="2026-11-28T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_nexstar_station_posted_and_updated_lines_with_a_slash_and_its_copyright_line() -> None:
    # a Nexstar station (WordPress VIP): "by: <name>", "Posted: Nov 28, 2026 / 10:30 AM EST" and "Updated:
    # Nov 28, 2026 / 11:45 AM EST" in plain text (no JSON-LD dates), the station's copyright notice closing
    # the text
    before, after = chrome("WJHL")
    html = page(
        '<meta property="og:type" content="article"><title>Bridge on Route 11 to close for repairs |'
        " WJHL</title>",
        before + '<main><article class="article"><h1 class="article-title">Bridge on Route 11 to close for'
        ' repairs</h1><div class="article-meta"><p class="article-authors">by: <a'
        ' href="/author/megan-kirby/">Megan Kirby</a></p><p class="article-date">Posted: Nov 28, 2026 / 10:30'
        ' AM EST</p><p class="article-date">Updated: Nov 28, 2026 / 11:45 AM EST</p></div><div'
        ' class="article-content rich-text">'
        + paras(SENTENCES)
        + "<p>Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published,"
        " broadcast, rewritten, or redistributed.</p></div></article></main>" + after,
    )
    expect(
        record(html, "https://www.wjhl.com/news/local/bridge-on-route-11-to-close-for-repairs/"),
        headline="Bridge on Route 11 to close for repairs",
        standfirst=None,
        authors=["Megan Kirby"],
        published="2026-11-28T10:30:00-05:00",
        modified="2026-11-28T11:45:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_gray_station_published_line_with_a_relative_update() -> None:
    # a Gray Television station (Arc XP): "By <name>", "Published: Nov. 28, 2026 at 10:30 AM EST|Updated: 2
    # hours ago" (the update relative), JSON-LD in UTC, the station's copyright line after the text
    before, after = chrome("WVLT")
    html = page(
        '<meta property="og:type" content="article"><title>Knox County schools to add bus routes</title>'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Knox County schools to add bus routes",
                "datePublished": "2026-11-28T15:30:00.000Z",
                "dateModified": "2026-11-28T17:45:00.000Z",
                "author": [{"@type": "Person", "name": "Ashley Cooper"}],
            }
        ),
        before + '<main><article class="article"><h1 class="headline">Knox County schools to add bus'
        ' routes</h1><div class="byline"><span class="author-name">By Ashley Cooper</span></div><div'
        ' class="article-dates"><span class="published-date">Published: Nov. 28, 2026 at 10:30 AM'
        ' EST</span><span class="updated-date">|Updated: 2 hours ago</span></div><div class="article-body">'
        + paras(SENTENCES)
        + '<p class="copyright">Copyright 2026 WVLT. All rights reserved.</p></div></article></main>'
        + after,
    )
    expect(
        record(html, "https://www.wvlt.tv/2026/11/28/knox-county-schools-add-bus-routes/"),
        headline="Knox County schools to add bus routes",
        standfirst=None,
        authors=["Ashley Cooper"],
        published="2026-11-28T10:30:00-05:00",
        modified="2026-11-28T12:45:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_ap_story_republished_on_a_regional_paper_with_the_wire_byline_and_notice() -> None:
    # the Star Tribune republishing AP copy: the metadata's author is the agency, the byline names the writer
    # in capitals with "Associated Press", "NEW YORK (AP) —" opens the text, the AP notice closes it
    before, after = chrome("Star Tribune")
    html = page(
        '<meta property="og:type" content="article"><title>Retail sales rise more than expected in November'
        '</title><meta name="author" content="Associated Press"><meta property="article:published_time"'
        ' content="2026-11-28T14:05:00-06:00">',
        before + '<main><article><h1 class="article-headline">Retail sales rise more than expected in'
        ' November</h1><div class="article-byline">By ANNE D\'INNOCENZIO Associated Press</div><div'
        ' class="article-dateline">November 28, 2026 at 2:05PM</div><div class="article-body">'
        f"<p>NEW YORK (AP) — {SENTENCES[0]}</p>"
        + paras(SENTENCES[1:])
        + "<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published,"
        " broadcast, rewritten or redistributed without permission.</p></div></article></main>" + after,
    )
    expect(
        record(
            html, "https://www.startribune.com/retail-sales-rise-more-than-expected-in-november/601234567"
        ),
        headline="Retail sales rise more than expected in November",
        standfirst=None,
        authors=["Anne D'Innocenzio"],
        published="2026-11-28T14:05:00-06:00",
        modified=None,
        section=None,
        language="en",
        body=[f"NEW YORK (AP) — {SENTENCES[0]}", *SENTENCES[1:]],
        access="free",
        dateline="NEW YORK",
    )


def test_sky_news_byline_with_role_and_handle_and_a_uk_time_line() -> None:
    # Sky News: "sdc-article-*" classes, the author's name then "Deputy political editor @<handle>", "Saturday
    # 28 November 2026 10:30, UK", no author in the JSON-LD
    before, after = chrome("Sky News")
    html = page(
        '<meta property="og:type" content="article"><title>Chancellor to freeze fuel duty for another year |'
        " Politics News | Sky News</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Chancellor to freeze fuel duty for another year",
                "datePublished": "2026-11-28T10:30:00+0000",
                "publisher": {"@type": "Organization", "name": "Sky News"},
            }
        ),
        before + '<main><div class="sdc-article-header"><h1 class="sdc-article-header__long-title">Chancellor'
        ' to freeze fuel duty for another year</h1><p class="sdc-article-header__sub-title">Motorists will'
        ' save about £50 a year, the Treasury says.</p></div><div class="sdc-article-author"><p'
        ' class="sdc-article-author__byline"><span class="sdc-article-author__name"><a'
        ' href="/author/rachel-holt">Rachel Holt</a></span> Deputy political editor <a'
        ' href="https://twitter.com/RachelHoltSky">@RachelHoltSky</a></p></div><div'
        ' class="sdc-article-date"><p class="sdc-article-date__date-time">Saturday 28 November 2026 10:30,'
        ' UK</p></div><div class="sdc-article-body sdc-article-body--story">'
        + paras(SENTENCES)
        + "</div></main>"
        + after,
    )
    expect(
        record(html, "https://news.sky.com/story/chancellor-to-freeze-fuel-duty-for-another-year-13254321"),
        headline="Chancellor to freeze fuel duty for another year",
        standfirst="Motorists will save about £50 a year, the Treasury says.",
        authors=["Rachel Holt"],
        published="2026-11-28T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_abc_news_prism_byline_with_two_names_and_a_zoneless_time() -> None:
    # ABC News (prism components): "By <a>A</a> and <a>B</a>" in data-testid="prism-byline", "November 28,
    # 2026, 10:30 AM" without a zone under it, JSON-LD in UTC; a contributors' line ends the story
    before, after = chrome("ABC News")
    html = page(
        '<meta property="og:type" content="article"><title>FAA orders inspections of older jets - ABC'
        " News</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "FAA orders inspections of older jets",
                "datePublished": "2026-11-28T15:30:00Z",
                "dateModified": "2026-11-28T15:30:00Z",
                "author": [
                    {"@type": "Person", "name": "Sam Sweeney"},
                    {"@type": "Person", "name": "Amanda Maile"},
                ],
            }
        ),
        before + '<main><div data-testid="prism-article-body"><h1 data-testid="prism-headline">FAA orders'
        ' inspections of older jets</h1><div data-testid="prism-byline"><div>By <a href="/author/sam-'
        'sweeney">Sam Sweeney</a> and <a href="/author/amanda-maile">Amanda Maile</a></div><div>November 28,'
        ' 2026, 10:30 AM</div></div><div data-testid="prism-share"><button>Share</button></div>'
        + paras(SENTENCES)
        + "</div></main>"
        + after,
    )
    expect(
        record(html, "https://abcnews.go.com/US/faa-orders-inspections-older-jets/story?id=125678901"),
        headline="FAA orders inspections of older jets",
        standfirst=None,
        authors=["Sam Sweeney", "Amanda Maile"],
        published="2026-11-28T10:30:00-05:00",
        modified="2026-11-28T10:30:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_propublica_co_published_byline_naming_each_writers_newsroom() -> None:
    # ProPublica: "by Jane Doe, ProPublica, and John Roe, The Texas Tribune" (each writer's newsroom after the
    # name), "Nov. 28, 2026, 5 a.m. EST", the partnership note above the text and a tip box after it
    before, after = chrome("ProPublica")
    html = page(
        '<meta property="og:type" content="article"><title>Texas Hospitals Sued Thousands of Patients —'
        " ProPublica</title>"
        '<meta property="og:title" content="Texas Hospitals Sued Thousands of Patients">',
        before + '<main><article class="article-body"><header class="article-header"><h1'
        ' class="hed">Texas Hospitals Sued Thousands of Patients</h1><p class="dek">Nonprofit hospitals'
        ' took patients to court over unpaid bills, records show.</p><div class="metadata"><p'
        ' class="byline">by <a class="name" href="/people/lena-ortiz">Lena Ortiz</a>, ProPublica, and <a'
        ' class="name" href="/people/mark-hollis">Mark Hollis</a>, The Texas Tribune</p><p'
        ' class="timestamp"><time datetime="2026-11-28T05:00 EST">Nov. 28, 2026, 5 a.m. EST</time></p></div>'
        '</header><div class="partner-note"><p><em>This article was produced for ProPublica’s Local'
        " Reporting Network in partnership with The Texas Tribune. Sign up for Dispatches to get stories like"
        ' this one as soon as they are published.</em></p></div><div class="article-body-content">'
        + paras(SENTENCES)
        + '</div><div class="tip-box"><h3>Do You Have a Tip for ProPublica?</h3><p>Help us do journalism.'
        ' </p><a href="/tips/">Got a story we should hear?</a></div></article></main>' + after,
    )
    expect(
        record(html, "https://www.propublica.org/article/texas-hospitals-sued-patients-unpaid-bills"),
        headline="Texas Hospitals Sued Thousands of Patients",
        standfirst="Nonprofit hospitals took patients to court over unpaid bills, records show.",
        authors=["Lena Ortiz", "Mark Hollis"],
        published="2026-11-28T05:00:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=[
            "This article was produced for ProPublica’s Local Reporting Network in partnership with The Texas"
            " Tribune. Sign up for Dispatches to get stories like this one as soon as they are published.",
            *SENTENCES,
        ],
        access="free",
    )


def test_newspack_yoast_graph_with_the_author_as_an_id_reference() -> None:
    # a Newspack site (WordPress, Yoast): @graph with WebPage, NewsArticle whose author is {"@id": ...} of a
    # Person node, a section list; the theme's byline and "Updated" time; a donation block and a "Republish"
    # button in the text's column
    before, after = chrome("CalMatters")
    base = "https://calmatters.org"
    html = page(
        '<meta property="og:type" content="article"><title>Lawmakers weigh limits on rent hikes -'
        " CalMatters</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "NewsArticle",
                        "@id": f"{base}/housing/2026/11/rent-hikes/#article",
                        "isPartOf": {"@id": f"{base}/housing/2026/11/rent-hikes/"},
                        "author": [{"@id": f"{base}/#/schema/person/8c2f1e"}],
                        "headline": "Lawmakers weigh limits on rent hikes",
                        "datePublished": "2026-11-28T02:00:00-08:00",
                        "dateModified": "2026-11-28T09:12:40-08:00",
                        "articleSection": ["Housing", "California Legislature"],
                        "inLanguage": "en-US",
                        "publisher": {"@id": f"{base}/#organization"},
                    },
                    {
                        "@type": "WebPage",
                        "@id": f"{base}/housing/2026/11/rent-hikes/",
                        "name": "Lawmakers weigh limits on rent hikes - CalMatters",
                        "datePublished": "2026-11-28T10:00:00+00:00",
                    },
                    {"@type": "Organization", "@id": f"{base}/#organization", "name": "CalMatters"},
                    {"@type": "Person", "@id": f"{base}/#/schema/person/8c2f1e", "name": "Ben Christopher"},
                ],
            }
        ),
        before + '<main><article class="post type-post"><header class="entry-header"><span'
        ' class="cat-links"><a href="/category/housing/">Housing</a></span><h1 class="entry-title">Lawmakers'
        ' weigh limits on rent hikes</h1><div class="entry-meta"><span class="byline"><span class="author'
        ' vcard"><a class="url fn n" href="/author/ben-christopher/">Ben Christopher</a></span></span><time'
        ' class="entry-date published" datetime="2026-11-28T02:00:00-08:00">November 28, 2026</time><span'
        ' class="updated-label">Updated</span><time class="updated" datetime="2026-11-28T09:12:40-08:00">'
        'November 28, 2026</time></div></header><div class="entry-content">'
        + paras(SENTENCES[:3])
        + '<div class="wp-block-newspack-blocks-donate"><h3>Support our nonprofit newsroom</h3><p>We rely on'
        ' readers like you.</p><a href="/donate/">Donate</a></div>'
        + paras(SENTENCES[3:])
        + '<button class="republication-tracker-tool-button">Republish</button></div></article></main>'
        + after,
    )
    expect(
        record(html, f"{base}/housing/2026/11/rent-hikes/"),
        headline="Lawmakers weigh limits on rent hikes",
        standfirst=None,
        authors=["Ben Christopher"],
        published="2026-11-28T02:00:00-08:00",
        modified="2026-11-28T09:12:40-08:00",
        section="Housing",
        language="en",
        body=SENTENCES,
    )


def test_newsweek_published_and_updated_lines_and_its_trust_box() -> None:
    # Newsweek: the writer's title beside the name, "Published Nov 28, 2026 at 10:30 AM EST" and "Updated ...
    # at 11:45 AM EST", a "Newsweek is committed to challenging conventional wisdom" box after the text
    before, after = chrome("Newsweek")
    html = page(
        '<meta property="og:type" content="article"><title>Map Shows States Where Gas Prices Are Falling -'
        " Newsweek</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Map Shows States Where Gas Prices Are Falling",
                "datePublished": "2026-11-28T10:30:00-05:00",
                "dateModified": "2026-11-28T11:45:00-05:00",
                "author": [{"@type": "Person", "name": "Rachel Dobkin"}],
                "articleSection": "U.S.",
            }
        ),
        before + '<main><article><header class="article-header"><h1 class="title">Map Shows States Where Gas'
        ' Prices Are Falling</h1><div class="byline"><span class="author"><a href="/authors/rachel-dobkin">'
        'Rachel Dobkin</a></span><span class="author-title">Weekend Reporter</span></div><div'
        ' class="article-dates"><span class="published">Published Nov 28, 2026 at 10:30 AM EST</span><span'
        ' class="updated">Updated Nov 28, 2026 at 11:45 AM EST</span></div></header><div'
        ' class="article-body v_text">'
        + paras(SENTENCES)
        + '</div><div class="trust-box"><p>Newsweek is committed to challenging conventional wisdom and'
        " finding"
        " connections in the search for common ground.</p></div></article></main>" + after,
    )
    expect(
        record(html, "https://www.newsweek.com/map-shows-states-where-gas-prices-falling-2001234"),
        headline="Map Shows States Where Gas Prices Are Falling",
        standfirst=None,
        authors=["Rachel Dobkin"],
        published="2026-11-28T10:30:00-05:00",
        modified="2026-11-28T11:45:00-05:00",
        section="U.S.",
        language="en",
        body=SENTENCES,
    )


def test_time_byline_date_line_and_the_write_to_sign_off() -> None:
    # TIME: no JSON-LD, "By <name>" over "November 28, 2026 10:30 AM EST", the story ending with "Write to
    # <name> at <address>."
    before, after = chrome("TIME")
    html = page(
        '<meta property="og:type" content="article"><title>The Quiet Return of the Night Train |'
        " TIME</title>",
        before + '<main><article><div class="article-heading"><h1 class="headline">The Quiet Return of the'
        ' Night Train</h1><h2 class="summary">Sleeper services are back across Europe.</h2></div><div'
        ' class="article-info"><div class="author-text">By <a href="/author/ciara-nugent/">Ciara'
        ' Nugent</a></div><div class="published-date">November 28, 2026 10:30 AM EST</div></div><div'
        ' id="article-body-main">'
        + paras(SENTENCES)
        + "<p>Write to Ciara Nugent at ciara.nugent@time.com.</p></div></article></main>"
        + after,
    )
    expect(
        record(html, "https://time.com/7201234/night-trains-europe-return/"),
        headline="The Quiet Return of the Night Train",
        standfirst="Sleeper services are back across Europe.",
        authors=["Ciara Nugent"],
        published="2026-11-28T10:30:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_new_yorker_conde_nast_print_edition_line_after_the_text() -> None:
    # The New Yorker (Condé Nast's Verso): data-testid ContentHeaderHed/Dek/BylineName, a day-only publish
    # date,
    # the rubric over the headline, "Published in the print edition of the ... issue, with the headline ..."
    # after the text
    before, after = chrome("The New Yorker")
    html = page(
        '<meta property="og:type" content="article"><title>The Long Haul | The New Yorker</title>'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "The Long Haul",
                "description": "What the trucking shortage says about the American economy.",
                "datePublished": "2026-11-28T06:00:00.000-05:00",
                "dateModified": "2026-11-28T06:00:00.000-05:00",
                "author": [{"@type": "Person", "name": "Sheelah Kolhatkar"}],
                "articleSection": "a reporter at large",
            }
        ),
        before + '<main><article class="article main-content"><header><div data-testid="ContentHeaderRubric">'
        '<a href="/magazine/a-reporter-at-large">A Reporter at Large</a></div><h1'
        ' data-testid="ContentHeaderHed">The Long Haul</h1><div data-testid="ContentHeaderDek">What the'
        ' trucking shortage says about the American economy.</div><div data-testid="BylineWrapper"><span'
        ' data-testid="BylineName">By <a href="/contributors/sheelah-kolhatkar">Sheelah'
        ' Kolhatkar</a></span></div><time data-testid="ContentHeaderPublishDate">November 28, 2026</time>'
        '<button data-testid="SaveStoryButton">Save this story</button></header><div class="body__inner-'
        'container">'
        + paras(LONG)
        + '</div><div data-testid="ContentFooterPrintIssue"><p>Published in the print edition of the <a'
        ' href="/magazine/2026/12/07">December 7, 2026</a>, issue, with the headline “The Long Haul.”</p>'
        '</div><div class="recirc"><h3>New Yorker Favorites</h3><ul><li><a href="/magazine/1999/06/14/'
        'x">The story of a bridge</a></li></ul></div></article></main>' + after,
    )
    expect(
        record(html, "https://www.newyorker.com/magazine/2026/12/07/the-long-haul"),
        headline="The Long Haul",
        standfirst="What the trucking shortage says about the American economy.",
        authors=["Sheelah Kolhatkar"],
        published="2026-11-28T06:00:00-05:00",
        modified="2026-11-28T06:00:00-05:00",
        section="a reporter at large",
        language="en",
        body=LONG,
        access="free",
    )


def test_euronews_byline_with_agency_and_a_gmt_offset_line() -> None:
    # Euronews: "By <name> with AP", "Published on 28/11/2026 - 10:30 GMT+1 • Updated 11:45", the video
    # embed box and the share row in the text's column
    before, after = chrome("Euronews")
    html = page(
        '<meta property="og:type" content="article"><title>EU agrees new rules on rail passenger rights |'
        " Euronews</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "EU agrees new rules on rail passenger rights",
                "datePublished": "2026-11-28 09:30:00 +00:00",
                "dateModified": "2026-11-28 10:45:00 +00:00",
                "author": {"@type": "Person", "name": "Jorge Liboreiro"},
                "articleSection": "Europe",
            }
        ),
        before + '<main><article class="o-article"><h1 class="c-article-title">EU agrees new rules on rail'
        ' passenger rights</h1><p class="c-article-summary">Travellers will get refunds within 14 days for'
        ' cancelled trains.</p><div class="c-article-contributors">By <a href="/profiles/1234">Jorge'
        ' Liboreiro</a> with AP</div><div class="c-article-publication-date"><time'
        ' datetime="2026-11-28 10:30">Published on 28/11/2026 - 10:30 GMT+1</time> • <time>Updated 11:45'
        '</time></div><div class="c-article-content js-article-content">'
        + paras(SENTENCES[:2])
        + '<div class="c-article-video-embed"><p>Copy/paste the article video embed link below:</p><button>'
        "Copy</button></div>" + paras(SENTENCES[2:]) + "</div></article></main>" + after,
    )
    expect(
        record(
            html, "https://www.euronews.com/my-europe/2026/11/28/eu-agrees-new-rules-on-rail-passenger-rights"
        ),
        headline="EU agrees new rules on rail passenger rights",
        standfirst="Travellers will get refunds within 14 days for cancelled trains.",
        authors=["Jorge Liboreiro"],
        published="2026-11-28T10:30:00+01:00",
        modified="2026-11-28T11:45:00+01:00",
        section="Europe",
        language="en",
        body=SENTENCES,
    )


def test_metro_amp_page_with_published_and_updated_line_and_a_get_in_touch_sign_off() -> None:
    # Metro (WordPress VIP AMP): <amp-img>, "Published Nov 28, 2026, 10:30am | Updated Nov 28, 2026, 11:45am"
    # (UK time, no zone), the news desk's "Get in touch" line after the text, JSON-LD dates with offsets
    html = page(
        '<meta name="viewport" content="width=device-width"><link rel="canonical"'
        ' href="https://metro.co.uk/2026/11/28/trains-cancelled-after-storm-22934512/">'
        "<style amp-boilerplate>body{visibility:hidden}</style><title>Trains cancelled after storm | Metro"
        " News</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Trains cancelled after storm",
                "datePublished": "2026-11-28T10:30:12+00:00",
                "dateModified": "2026-11-28T11:45:03+00:00",
                "author": {"@type": "Person", "name": "Josh Milton"},
                "articleSection": "News",
            }
        ),
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies</p><button'
        ' on="tap:consent.accept">Accept</button></div></amp-consent><header class="amp-header"><a href="/">'
        'Metro</a></header><article class="article-main"><h1 class="post-title">Trains cancelled after'
        ' storm</h1><div class="author-container"><span class="author">By <a'
        ' href="/author/josh-milton/">Josh Milton</a></span><span class="post-date">Published Nov 28, 2026,'
        " 10:30am | Updated Nov 28, 2026, 11:45am</span></div><amp-social-share"
        ' type="facebook"></amp-social-share><div class="article-body">'
        + paras(SENTENCES[:2])
        + '<figure><amp-img src="https://metro.co.uk/wp-content/uploads/2026/11/train.jpg" width="644"'
        ' height="338" layout="responsive" alt="A train"></amp-img><figcaption>Passengers waited for hours'
        " (Picture: PA)</figcaption></figure>"
        + paras(SENTENCES[2:])
        + "<p><strong>Get in touch with our news team by emailing us at webnews@metro.co.uk.</strong></p>"
        "<p><strong>For more stories like this, check our news page.</strong></p></div></article>"
        "<footer><p>© 2026 DMG Media</p></footer>",
    ).replace("<html ", "<html amp ")
    expect(
        record(html, "https://metro.co.uk/2026/11/28/trains-cancelled-after-storm-22934512/?ito=amp"),
        headline="Trains cancelled after storm",
        standfirst=None,
        authors=["Josh Milton"],
        published="2026-11-28T10:30:12+00:00",
        modified="2026-11-28T11:45:03+00:00",
        section="News",
        language="en",
        body=SENTENCES,
    )


def test_indian_express_written_by_place_and_updated_line_and_also_read_links() -> None:
    # The Indian Express: "Written by <name> | New Delhi | Updated: November 28, 2026 10:30 IST", "Also
    # Read |"
    # link lines between the paragraphs
    before, after = chrome("The Indian Express")
    html = page(
        '<meta property="og:type" content="article"><title>Delhi to get 500 new electric buses | Delhi News'
        " - The Indian Express</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Delhi to get 500 new electric buses",
                "datePublished": "2026-11-28T09:45:00+05:30",
                "dateModified": "2026-11-28T10:30:00+05:30",
                "author": {"@type": "Person", "name": "Abhinaya Harigovind"},
            }
        ),
        before + '<main><div class="heading-part"><h1 itemprop="headline" class="native_story_title">Delhi'
        ' to get 500 new electric buses</h1><h2 itemprop="description" class="synopsis">The buses will run'
        ' on 40 new routes in the outer districts.</h2><div class="editor-date-logo"><div'
        ' class="editor"><span>Written by </span><a href="/profile/author/abhinaya-harigovind/">Abhinaya'
        ' Harigovind</a> | New Delhi | <span itemprop="dateModified" content="2026-11-28T10:30:00+05:30">'
        "Updated: November 28, 2026 10:30 IST</span></div></div></div><div"
        ' class="story_details" id="pcl-full-content">'
        + paras(SENTENCES[:3])
        + '<p><strong>Also Read |</strong> <a href="/article/cities/delhi/metro-fares-hiked-9812345/">Metro'
        " fares hiked from Monday</a></p>" + paras(SENTENCES[3:]) + "</div></main>" + after,
    )
    expect(
        record(html, "https://indianexpress.com/article/cities/delhi/delhi-500-new-electric-buses-9823456/"),
        headline="Delhi to get 500 new electric buses",
        standfirst="The buses will run on 40 new routes in the outer districts.",
        authors=["Abhinaya Harigovind"],
        published="2026-11-28T09:45:00+05:30",
        modified="2026-11-28T10:30:00+05:30",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_ynetnews_month_first_dotted_date_with_a_two_digit_year() -> None:
    # Ynetnews: "Published: 11.28.26, 10:30" (month first, dotted, two-digit year) beside the author's name,
    # the JSON-LD dates in Israel time
    before, after = chrome("Ynetnews")
    html = page(
        '<meta property="og:type" content="article"><title>Cabinet approves new rail line to Eilat |'
        " Ynetnews</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Cabinet approves new rail line to Eilat",
                "datePublished": "2026-11-28T10:30:00+02:00",
                "dateModified": "2026-11-28T11:45:00+02:00",
                "author": {"@type": "Person", "name": "Itamar Eichner"},
            }
        ),
        before + '<main><div class="ArticleHeaderComponent"><h1 class="mainTitle">Cabinet approves new rail'
        ' line to Eilat</h1><div class="subTitle">The line is expected to open within eight years</div>'
        '<div class="authors"><span class="authorName">Itamar Eichner</span>|</div><span'
        ' class="date">Published: 11.28.26, 10:30</span><span class="date">Updated: 11.28.26, 11:45</span>'
        '</div><div class="ArticleBodyComponent">' + paras(SENTENCES) + "</div></main>" + after,
    )
    expect(
        record(html, "https://www.ynetnews.com/article/h1k00abcde"),
        headline="Cabinet approves new rail line to Eilat",
        standfirst="The line is expected to open within eight years",
        authors=["Itamar Eichner"],
        published="2026-11-28T10:30:00+02:00",
        modified="2026-11-28T11:45:00+02:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- papers in other languages ------------------------------------------------------------------------------
def test_g1_globo_por_line_with_desk_and_place_and_relative_update() -> None:
    # G1 (Globo): "Por <strong>Ana Souza</strong>, g1 SP — São Paulo", "28/11/2026 10h30 Atualizado há 2
    # horas" with itemprop times in UTC, the subtitle in "content-head__subtitle", a "LEIA TAMBÉM" label
    before, after = chrome("g1", "pt")
    html = page(
        '<meta property="og:type" content="article"><meta property="og:locale" content="pt_BR"><title>'
        "Prefeitura anuncia 300 km de ciclovias | São Paulo | G1</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Prefeitura anuncia 300 km de ciclovias",
                "datePublished": "2026-11-28T13:30:00.000Z",
                "dateModified": "2026-11-28T15:45:12.000Z",
                "author": [{"@type": "Person", "name": "Ana Souza"}],
                "publisher": {"@type": "Organization", "name": "g1"},
            }
        ),
        before + '<main><div class="content-head"><h1 class="content-head__title" itemprop="headline">'
        'Prefeitura anuncia 300 km de ciclovias</h1><h2 class="content-head__subtitle"'
        ' itemprop="alternativeHeadline">Obras começam em abril e priorizam bairros da periferia.</h2></div>'
        '<div class="content-publication-data"><p class="content-publication-data__from" title="Por Ana'
        ' Souza, g1 SP — São Paulo">Por <strong>Ana Souza</strong>, g1 SP — São Paulo</p><p'
        ' class="content-publication-data__updated"><time itemprop="datePublished"'
        ' datetime="2026-11-28T13:30:00.000Z">28/11/2026 10h30</time> Atualizado <time'
        ' itemprop="dateModified" datetime="2026-11-28T15:45:12.000Z">há 2 horas</time></p></div><article'
        ' itemprop="articleBody"><div class="mc-column content-text active-extra-styles">'
        + paras(BR, "content-text__container")
        + '</div><div class="mc-column"><p class="content-text__container"><strong>LEIA TAMBÉM:</strong></p>'
        '<ul class="content-unordered-list"><li><a href="https://g1.globo.com/sp/sao-paulo/noticia/2026/11/'
        '20/metro-amplia-horario.ghtml">Metrô amplia horário aos sábados</a></li></ul></div></article></main>'
        + after,
        lang="pt-BR",
    )
    expect(
        record(
            html,
            "https://g1.globo.com/sp/sao-paulo/noticia/2026/11/28/prefeitura-anuncia-300-km-de-ciclovias.ghtml",
        ),
        headline="Prefeitura anuncia 300 km de ciclovias",
        standfirst="Obras começam em abril e priorizam bairros da periferia.",
        authors=["Ana Souza"],
        published="2026-11-28T10:30:00-03:00",
        modified="2026-11-28T12:45:12-03:00",
        section=None,
        language="pt-BR",
        body=BR,
    )


@lead_is_body("t-content__chapo")
def test_france24_publie_le_with_a_space_before_the_colon() -> None:
    # France 24 (French edition): "Publié le : 28/11/2026 - 10:30" and "Modifié le : 28/11/2026 - 11:45" (the
    # French space before the colon), no dates in the metadata, "avec AFP" after the writer
    before, after = chrome("France 24", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles - France'
        " 24</title>",
        before + '<main><article class="t-content"><h1 class="t-content__title">Le conseil adopte le plan'
        ' écoles</h1><p class="t-content__chapo">Quarante millions d’euros sur cinq ans pour rénover les'
        ' écoles.</p><div class="m-from-author"><span class="m-from-author__name">Claire Dubois</span> avec'
        ' AFP</div><div class="t-content__dates"><span class="m-pub-dates__date">Publié le : 28/11/2026 -'
        ' 10:30</span><span class="m-pub-dates__date">Modifié le : 28/11/2026 - 11:45</span></div><div'
        ' class="t-content__body">' + paras(FR) + "</div></article></main>" + after,
        lang="fr",
    )
    expect(
        record(html, "https://www.france24.com/fr/france/20261128-le-conseil-adopte-le-plan-%C3%A9coles"),
        headline="Le conseil adopte le plan écoles",
        standfirst="Quarante millions d’euros sur cinq ans pour rénover les écoles.",
        authors=["Claire Dubois"],
        published="2026-11-28T10:30:00+00:00",
        modified="2026-11-28T11:45:00+00:00",
        section=None,
        language="fr",
        body=FR,
    )


def test_les_echos_subscribers_teaser_with_abbreviated_month_lines() -> None:
    # Les Echos: "Publié le 28 nov. 2026 à 10:30Mis à jour le 28 nov. 2026 à 11:45" (abbreviated month with a
    # dot, the two lines glued), "Réservé aux abonnés", the teaser ending on the subscription prompt
    before, after = chrome("Les Echos", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles | Les'
        " Echos</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Le conseil adopte le plan écoles",
                "author": [{"@type": "Person", "name": "Claire Dubois"}],
                "isAccessibleForFree": "False",
            }
        ),
        before + '<main><article><div class="premium-label">Réservé aux abonnés</div><h1>Le conseil adopte le'
        ' plan écoles</h1><div class="article-meta"><span class="author">Par <a href="/journalistes/claire-'
        'dubois">Claire Dubois</a></span><div class="dates"><span>Publié le 28 nov. 2026 à 10:30</span><span'
        '>Mis à jour le 28 nov. 2026 à 11:45</span></div></div><div class="post-paywall">'
        + paras(FR[:2])
        + '</div><div class="paywall-prompt"><p>Pour lire la suite, abonnez-vous.</p><a href="/abonnement">Je'
        " m’abonne</a></div></article></main>" + after,
        lang="fr",
    )
    expect(
        record(
            html, "https://www.lesechos.fr/politique-societe/regions/le-conseil-adopte-le-plan-ecoles-2134567"
        ),
        headline="Le conseil adopte le plan écoles",
        standfirst=None,
        authors=["Claire Dubois"],
        published="2026-11-28T10:30:00+00:00",
        modified="2026-11-28T11:45:00+00:00",
        section=None,
        language="fr",
        body=FR[:2],
        access="paywalled",
        truncated=True,
    )


def test_srf_weekday_date_line_and_the_wire_sign_off_line() -> None:
    # SRF: "Samstag, 28.11.2026, 10:30 Uhr", a caption with "Legende:" and its credit, the broadcast and wire
    # line the story ends with ("SRF 4 News, 28.11.2026, 10:30 Uhr ; sda/muem"), "Autorin:" nowhere: no author
    before, after = chrome("SRF", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Innenstadt wird an Wochenenden autofrei - News -'
        " SRF</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00+01:00">',
        before + '<main><article class="article"><header class="article-header"><span class="article-title__'
        'overline">Verkehr in Bern</span><h1 class="article-title"><span class="article-title__text">'
        'Innenstadt wird an Wochenenden autofrei</span></h1><p class="article-lead">Der Stadtrat beschließt'
        ' eine einjährige Testphase ab dem Frühjahr.</p><p class="article-meta"><span'
        ' class="article-author__date">Samstag, 28.11.2026, 10:30 Uhr</span></p></header><figure><img'
        ' src="https://www.srf.ch/static/cms/images/altstadt.jpg" alt="Altstadt"><figcaption><span'
        ' class="media-caption__legend">Legende:</span> Die Berner Altstadt soll an Wochenenden autofrei'
        ' werden. <span class="media-caption__source">Keystone/Peter Klaunzer</span></figcaption></figure>'
        '<div class="article-content">'
        + paras(DE)
        + '<p class="article-source">SRF 4 News, 28.11.2026, 10:30 Uhr ; sda/muem</p></div></article></main>'
        + after,
        lang="de-CH",
    )
    expect(
        record(
            html, "https://www.srf.ch/news/schweiz/verkehr-in-bern-innenstadt-wird-an-wochenenden-autofrei"
        ),
        headline="Innenstadt wird an Wochenenden autofrei",
        standfirst="Der Stadtrat beschließt eine einjährige Testphase ab dem Frühjahr.",
        authors=[],
        published="2026-11-28T10:30:00+01:00",
        modified=None,
        section=None,
        language="de-CH",
        body=DE,
    )


@lead_is_body("id-StoryElement-leadText, below the date and byline rows")
def test_merkur_ippen_stand_line_von_byline_and_comment_counter() -> None:
    # Merkur (Ippen): "Stand: 28.11.2026, 11:45 Uhr" (the last change) with both dates in JSON-LD, "Von
    # <name>", a comment counter and "Drucken Teilen" in the header, a "Zur Merkliste" button
    before, after = chrome("Merkur", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Innenstadt wird an Wochenenden autofrei</title>'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Innenstadt wird an Wochenenden autofrei",
                "datePublished": "2026-11-28T10:30:00+01:00",
                "dateModified": "2026-11-28T11:45:00+01:00",
                "author": [{"@type": "Person", "name": "Katharina Haase"}],
                "articleSection": "Bayern",
            }
        ),
        before + '<main><article class="id-Article"><header class="id-Story-header"><p'
        ' class="id-Story-kicker">Verkehr</p><h1 class="id-StoryElement-headline">Innenstadt wird an'
        ' Wochenenden autofrei</h1><div class="id-Story-timestamp"><time'
        ' datetime="2026-11-28T11:45:00+01:00">'
        'Stand: 28.11.2026, 11:45 Uhr</time></div><div class="id-Story-authors">Von <a'
        ' href="/autoren/katharina-haase">Katharina Haase</a></div><div class="id-Story-interactionBar">'
        '<a href="#comments">Kommentare</a><button>Drucken</button><button>Teilen</button><button>Zur'
        ' Merkliste</button></div><p class="id-StoryElement-leadText">Der Stadtrat beschließt eine'
        " einjährige Testphase ab dem Frühjahr.</p></header>"
        + paras(DE, "id-StoryElement-paragraph")
        + "</article></main>"
        + after,
        lang="de",
    )
    expect(
        record(html, "https://www.merkur.de/bayern/innenstadt-wird-an-wochenenden-autofrei-93456789.html"),
        headline="Innenstadt wird an Wochenenden autofrei",
        standfirst="Der Stadtrat beschließt eine einjährige Testphase ab dem Frühjahr.",
        authors=["Katharina Haase"],
        published="2026-11-28T10:30:00+01:00",
        modified="2026-11-28T11:45:00+01:00",
        section="Bayern",
        language="de",
        body=DE,
    )


def test_eldiario_hour_with_h_updated_line_and_a_membership_appeal_that_is_no_paywall() -> None:
    # elDiario.es: "28 de noviembre de 2026 10:30h" and "Actualizado el 28/11/2026 11:45h", a "Hazte socia"
    # appeal between the paragraphs (a free site asking for members: no paywall)
    before, after = chrome("elDiario.es", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías</title>'
        '<meta property="article:published_time" content="2026-11-28T10:30:00+01:00">'
        '<meta property="article:modified_time" content="2026-11-28T11:45:00+01:00">',
        before + '<main><article><header class="news-header"><h1 class="title">El Gobierno aprueba el plan de'
        ' cercanías</h1><div class="byline"><p class="authors"><a href="/autores/laura-olias/">Laura'
        ' Olías</a></p><div class="date"><span>28 de noviembre de 2026 10:30h</span><span'
        ' class="date-updated">Actualizado el 28/11/2026 11:45h</span></div></div></header><div'
        ' class="news-body">'
        + paras(ES[:2])
        + '<div class="partner-box"><p>Hazte socia, hazte socio de elDiario.es. Sin ti no podemos seguir'
        ' contando lo que otros callan.</p><a href="/socios/">Hazte socio</a></div>'
        + paras(ES[2:])
        + "</div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.eldiario.es/economia/gobierno-aprueba-plan-cercanias_1_11823456.html"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst=None,
        authors=["Laura Olías"],
        published="2026-11-28T10:30:00+01:00",
        modified="2026-11-28T11:45:00+01:00",
        section=None,
        language="es",
        body=ES,
    )


def test_il_post_without_a_byline_and_a_day_only_date() -> None:
    # Il Post: no byline (the paper signs few pieces), the day only ("28 novembre 2026") under the headline,
    # the JSON-LD author the paper itself, the summary in "sottotitolo"
    before, after = chrome("Il Post", "it")
    html = page(
        '<meta property="og:type" content="article"><title>Il centro chiude alle auto nei fine settimana -'
        " Il Post</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Il centro chiude alle auto nei fine settimana",
                "datePublished": "2026-11-28T10:30:00+01:00",
                "author": {"@type": "Organization", "name": "Il Post"},
                "publisher": {"@type": "Organization", "name": "Il Post"},
            }
        ),
        before + '<main><article><h1 class="titolo">Il centro chiude alle auto nei fine settimana</h1><p'
        ' class="sottotitolo">La misura resterà in vigore per un anno, poi sarà valutata.</p><div'
        ' class="meta"><span class="data">28 novembre 2026</span><a class="categoria"'
        ' href="/italia/">Italia</a></div><div id="singleBody">'
        + paras(IT)
        + "</div></article></main>"
        + after,
        lang="it",
    )
    expect(
        record(html, "https://www.ilpost.it/2026/11/28/centro-chiude-auto-fine-settimana/"),
        headline="Il centro chiude alle auto nei fine settimana",
        standfirst="La misura resterà in vigore per un anno, poi sarà valutata.",
        authors=["Il Post"],
        published="2026-11-28T10:30:00+01:00",
        modified=None,
        section=None,
        language="it",
        body=IT,
    )


def test_nrc_om_time_line_reading_time_and_a_tussenvoegsel_surname() -> None:
    # NRC: "28 november 2026 om 10:30" without metadata dates, "Leestijd 3 minuten", the author "Jannetje
    # Koelewijn" linked; a Dutch surname with a lower-case particle ("de Vries") in the second byline name
    before, after = chrome("NRC")
    html = page(
        '<meta property="og:type" content="article"><title>Accijns op brandstof blijft gelijk - NRC</title>',
        before + '<main><article class="article"><h1 class="article__title">Accijns op brandstof blijft'
        ' gelijk</h1><div class="article__byline"><a href="/auteur/jannetje-koelewijn/">Jannetje'
        ' Koelewijn</a> en <a href="/auteur/pieter-de-vries/">Pieter de Vries</a></div><div'
        ' class="article__meta"><time>28 november 2026 om 10:30</time><span class="article__reading-time">'
        'Leestijd 3 minuten</span></div><div class="article__content">'
        + paras(NL)
        + "</div></article></main>"
        + after,
        lang="nl",
    )
    expect(
        record(html, "https://www.nrc.nl/nieuws/2026/11/28/accijns-op-brandstof-blijft-gelijk-a4901234"),
        headline="Accijns op brandstof blijft gelijk",
        standfirst=None,
        authors=["Jannetje Koelewijn", "Pieter de Vries"],
        published="2026-11-28T10:30:00+00:00",
        modified=None,
        section=None,
        language="nl",
        body=NL,
    )


@lead_is_body("a <div> nyh_article__lead")
def test_svt_publicerad_and_uppdaterad_with_kl_and_a_dotted_time() -> None:
    # SVT: "Publicerad 28 november 2026 kl 10.30" and "Uppdaterad 28 november 2026 kl 11.45" (time with a
    # dot), the reporter's role under the name, no dates in the metadata
    before, after = chrome("SVT", "sv")
    html = page(
        '<meta property="og:type" content="article"><title>Regeringen vill bygga ut järnvägen | SVT'
        " Nyheter</title>",
        before + '<main><article class="nyh_article"><h1 class="nyh_article__heading">Regeringen vill bygga'
        ' ut järnvägen</h1><div class="nyh_article__lead"><p>Förslaget kostar fyrtio miljarder kronor.</p>'
        '</div><div class="nyh_article__byline"><span class="nyh_byline__name">Anna Lindqvist</span><span'
        ' class="nyh_byline__role">Reporter</span></div><div class="nyh_article__dates"><time>Publicerad 28'
        " november 2026 kl 10.30</time><time>Uppdaterad 28 november 2026 kl 11.45</time></div><div"
        ' class="nyh_article-body">' + paras(SV) + "</div></article></main>" + after,
        lang="sv",
    )
    expect(
        record(html, "https://www.svt.se/nyheter/inrikes/regeringen-vill-bygga-ut-jarnvagen"),
        headline="Regeringen vill bygga ut järnvägen",
        standfirst="Förslaget kostar fyrtio miljarder kronor.",
        authors=["Anna Lindqvist"],
        published="2026-11-28T10:30:00+00:00",
        modified="2026-11-28T11:45:00+00:00",
        section=None,
        language="sv",
        body=SV,
    )


def test_milenio_place_slash_date_time_line_with_seconds() -> None:
    # Milenio: "Ciudad de México / 28.11.2026 10:30:00" (place, slash, dotted date, time with seconds), the
    # author's link, the metadata's time with the Mexican offset
    before, after = chrome("Milenio", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías |'
        " Milenio</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00-06:00">',
        before
        + '<main><article><h1 class="nd-title-headline-title-headline-base">El Gobierno aprueba el plan'
        ' de cercanías</h1><h2 class="nd-description-headline-media">La inversión será de dos mil millones de'
        ' euros.</h2><div class="nd-content-author"><a href="/autor/carlos-ruiz">Carlos Ruiz</a></div><div'
        ' class="nd-date-headline"><span>Ciudad de México / 28.11.2026 10:30:00</span></div><div'
        ' class="media-container news-body-complete">' + paras(ES) + "</div></article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://www.milenio.com/politica/gobierno-aprueba-plan-cercanias"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst="La inversión será de dos mil millones de euros.",
        authors=["Carlos Ruiz"],
        published="2026-11-28T10:30:00-06:00",
        modified=None,
        section=None,
        language="es",
        body=ES,
    )
