"""Page shapes of publishers in none of the corpora, eighth round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes7.py are the earlier ones): whole article pages from the regions and CMSs the
earlier rounds left out: Africa (the Nation, News24, Premium Times on WordPress's JNews theme, the Mail &
Guardian on the Newspaper theme, GhanaWeb, The Citizen), South and Southeast Asia (The Daily Star on Drupal,
The Kathmandu Post, The Express Tribune, Rappler, the Inquirer, Malaysiakini, The Star, CNA, The Jakarta
Post), Latin America (Folha, Animal Político, El Universal, Semana on Arc XP, ABC Color, El Observador),
Oceania (Stuff, RNZ), Canada (La Presse, Radio-Canada, Global News, the National Post on Postmedia's
WordPress) and the Gulf (Khaleej Times); live updates, a photo gallery, an opinion column with its
columnist box, wire copy with AFP, Reuters, EFE and Xinhua credit lines, local date formats and zones
(Nepal's +05:45, "GMT+3", "hace 2 horas" beside a declared date), bylines with roles, two authors,
"Redacción" and an agency alone. Each page sits among the noise of a real page
(tests/test_extract_unseen_shapes4.py's `chrome`) and its own (newsletter boxes, ad slots, share widgets,
"Read:" links, support appeals). No host here is in any corpus and no tune-half page shows these shapes, so
every page is a small page built by hand in the shape of the CMS or paper ("hand-built"), and every field
of the judged record is read (`expect`).
"""

from __future__ import annotations

from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes4 import BR, ES, FR, LONG, chrome, expect, paras, record
from tests.test_extract_unseen_shapes6 import article


# --- Africa -----------------------------------------------------------------------------------------------
def test_nation_africa_byline_with_role_and_read_links_between_paragraphs() -> None:
    # the Nation (Nation Media Group): "By <a>name</a>" with the role under it, "Saturday, November 28, 2026"
    # over a <time> in UTC, the JSON-LD in East Africa Time, "Read: <link>" paragraphs inside the text
    before, after = chrome("Nation")
    html = page(
        '<meta property="og:type" content="article"><title>MPs approve new housing levy rules | Nation'
        "</title>"
        + article(
            "MPs approve new housing levy rules",
            datePublished="2026-11-28T10:30:00+03:00",
            dateModified="2026-11-28T12:05:00+03:00",
            author=[{"@type": "Person", "name": "Justus Ochieng"}],
            publisher={"@type": "Organization", "name": "Nation"},
        ),
        before + '<main><article class="article-page"><header><h1 class="title-medium">MPs approve new'
        ' housing levy rules</h1><div class="article-meta"><div class="author-details"><p class="article-'
        'authors">By <a href="/authors/justus-ochieng-3814">Justus Ochieng</a></p><p class="author-role">'
        'Senior Reporter</p><p class="nmg-brand">Nation Media Group</p></div><time class="date"'
        ' datetime="2026-11-28T07:30:00Z">Saturday, November 28, 2026</time></div></header><div'
        ' class="body-copy">'
        + paras(SENTENCES[:3])
        + '<p><strong>Read:</strong> <a href="/kenya/news/levy-collections-rise-5012001">Levy collections'
        " rise for third month</a></p>" + paras(SENTENCES[3:]) + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://nation.africa/kenya/news/mps-approve-new-housing-levy-rules-5012345"),
        headline="MPs approve new housing levy rules",
        standfirst=None,
        authors=["Justus Ochieng"],
        published="2026-11-28T10:30:00+03:00",
        modified="2026-11-28T12:05:00+03:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_news24_byline_with_brand_zoneless_time_and_a_listen_widget() -> None:
    # News24: the author and "News24" in the byline block, "28 Nov 2026, 10:30" shown without a zone beside a
    # JSON-LD time in UTC (South Africa is UTC+2), a "Listen to this article" player and a subscribe box in
    # the text's column
    before, after = chrome("News24")
    html = page(
        '<meta property="og:type" content="article"><title>Eskom suspends load shedding for the festive'
        " season | News24</title>"
        + article(
            "Eskom suspends load shedding for the festive season",
            datePublished="2026-11-28T08:30:00Z",
            author={"@type": "Person", "name": "Compiled by Lerato Sejake"},
            articleSection="News",
        ),
        before + '<main><article class="article"><h1 class="article__title">Eskom suspends load shedding for'
        ' the festive season</h1><p class="article__synopsis">The utility says its fleet is performing better'
        ' than at any time in five years.</p><div class="article__byline"><span class="article__author">'
        'Lerato Sejake</span><span class="article__brand">News24</span><span class="article__date">28 Nov'
        ' 2026, 10:30</span></div><div class="article-audio"><button>Listen to this article</button><span>'
        '00:00 / 03:12</span></div><div class="article__body">'
        + paras(SENTENCES[:4])
        + '<div class="subscribe-promo"><p>Subscribe to News24 for unlimited access to quality'
        ' journalism.</p><a href="/subscribe">Subscribe now</a></div>'
        + paras(SENTENCES[4:])
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.news24.com/news24/southafrica/news/eskom-suspends-load-shedding-20261128"),
        headline="Eskom suspends load shedding for the festive season",
        standfirst="The utility says its fleet is performing better than at any time in five years.",
        authors=["Lerato Sejake"],
        published="2026-11-28T10:30:00+02:00",
        modified=None,
        section="News",
        language="en",
        body=SENTENCES,
    )


def test_premium_times_jnews_theme_meta_line_and_the_support_box() -> None:
    # Premium Times (WordPress, JNews theme): "jeg_meta_author" and "jeg_meta_date", a Yoast @graph in West
    # Africa Time, the "Support PREMIUM TIMES' journalism" appeal after the text, the tags and share bar of
    # the theme
    before, after = chrome("Premium Times")
    base = "https://www.premiumtimesng.com"
    url = f"{base}/news/headlines/812345-senate-passes-electoral-act-amendment.html"
    html = page(
        '<meta property="og:type" content="article"><title>Senate passes Electoral Act amendment | Premium'
        " Times Nigeria</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "NewsArticle",
                        "@id": f"{url}#article",
                        "headline": "Senate passes Electoral Act amendment",
                        "datePublished": "2026-11-28T10:30:00+01:00",
                        "dateModified": "2026-11-28T11:45:00+01:00",
                        "author": {"@id": f"{base}/#/schema/person/a1b2"},
                        "articleSection": ["Headlines", "News"],
                    },
                    {"@type": "Person", "@id": f"{base}/#/schema/person/a1b2", "name": "Kemi Adebayo"},
                ],
            }
        ),
        before + '<main><div class="jeg_main"><div class="jeg_inner_content"><div class="entry-header"><div'
        ' class="jeg_post_category"><a href="/news/headlines">Headlines</a></div><h1 class="jeg_post_title">'
        'Senate passes Electoral Act amendment</h1><div class="jeg_meta_container"><div class="jeg_post_meta'
        ' jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">by</span> <a'
        ' href="/author/kemi-adebayo">Kemi Adebayo</a></div><div class="jeg_meta_date"><a href="'
        + url
        + '">November 28, 2026</a></div><div class="jeg_meta_comment"><a href="#comments">0</a></div></div>'
        '</div></div><div class="jeg_share_top_container"><div class="jeg_share_button"><a'
        ' href="https://www.facebook.com/sharer">Share on Facebook</a><a href="https://twitter.com/intent/'
        'tweet">Share on Twitter</a></div></div><div class="entry-content"><div class="content-inner">'
        + paras(SENTENCES)
        + '<div class="pt-support"><p><strong>Support PREMIUM TIMES\' journalism of integrity and'
        " credibility</strong></p><p>Good journalism costs a lot of money. Yet only good journalism can"
        " ensure the possibility of a good society, an accountable democracy, and a transparent government."
        " For continued free access to the best investigative journalism in the country we ask you to"
        ' consider making a modest support to this noble endeavour.</p><a href="/donate">Donate</a></div>'
        '</div><div class="jeg_post_tags"><span>Tags:</span><a'
        ' href="/tag/senate">Senate</a><a href="/tag/inec">INEC</a></div></div></div></div></main>' + after,
    )
    expect(
        record(html, url),
        headline="Senate passes Electoral Act amendment",
        standfirst=None,
        authors=["Kemi Adebayo"],
        published="2026-11-28T10:30:00+01:00",
        modified="2026-11-28T11:45:00+01:00",
        section="Headlines",
        language="en",
        body=SENTENCES,
    )


def test_mail_and_guardian_opinion_column_with_its_columnist_box() -> None:
    # the Mail & Guardian (WordPress, Newspaper theme): an opinion piece, "tdb-author-name", the
    # "td-post-date" <time>, the columnist's box with photo and bio after the text ("The views expressed are
    # the author's own"), the theme's "RELATED ARTICLES" block
    before, after = chrome("The Mail & Guardian")
    html = page(
        '<meta property="og:type" content="article"><title>Our cities need buses, not more highways - The'
        " Mail & Guardian</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00+02:00">'
        '<meta property="article:section" content="Opinion">'
        '<meta name="author" content="Thandiwe Mokoena">',
        before + '<main><div class="td-post-header"><ul class="td-category"><li><a class="td-post-category"'
        ' href="/opinion/">Opinion</a></li></ul><h1 class="tdb-title-text">Our cities need buses, not more'
        ' highways</h1><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a'
        ' class="tdb-author-name" href="/author/thandiwe-mokoena/">Thandiwe Mokoena</a></div><div'
        ' class="td-post-date"><time class="entry-date updated td-module-date"'
        ' datetime="2026-11-28T10:30:00+02:00">28 Nov 2026</time></div></div><div class="td-post-content'
        ' tagdiv-type">'
        + paras(SENTENCES)
        + '</div><div class="td-author-box"><img class="avatar" src="/wp-content/uploads/thandiwe.jpg"'
        ' alt="Thandiwe Mokoena"><div class="td-author-name"><a href="/author/thandiwe-mokoena/">Thandiwe'
        ' Mokoena</a></div><div class="td-author-description">Thandiwe Mokoena is a senior lecturer in urban'
        " planning at the University of the Witwatersrand. The views expressed are the author's own.</div>"
        '</div><div class="td_block_related_posts"><h4 class="td-related-title">RELATED ARTICLES</h4><div'
        ' class="td-module-title"><a href="/opinion/2026-11-20-taxi-violence/">Taxi violence is a planning'
        " failure</a></div></div></main>" + after,
    )
    expect(
        record(html, "https://mg.co.za/opinion/2026-11-28-our-cities-need-buses-not-more-highways/"),
        headline="Our cities need buses, not more highways",
        standfirst=None,
        authors=["Thandiwe Mokoena"],
        published="2026-11-28T10:30:00+02:00",
        modified=None,
        section="Opinion",
        language="en",
        body=SENTENCES,
    )


def test_ghanaweb_source_line_and_the_agency_credit_at_the_end() -> None:
    # GhanaWeb: no JSON-LD, "Source: GNA" (the agency alone names the story's origin) beside the weekday
    # date line (Ghana keeps GMT all year), the comment counter of the old template. The record carries the
    # agency as its author, as it does an agency alone after a byline label ("By AFP", docs/record.md) or in
    # a dateline ("Berlin (dpa) -"): a "Source:" line under the headline naming a known wire agency alone
    # is the story's byline as written. "Source:" naming anything else (a document, a partner site) names
    # no author, and `credit` stays None: it holds a TRAILING source line, and this one opens the story.
    before, after = chrome("GhanaWeb")
    html = page(
        '<meta property="og:type" content="article"><title>Cocoa farmers to receive higher farm-gate price'
        "</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00+00:00">',
        before + '<main><div id="medsection1"><div class="article-left-col"><h1>Cocoa farmers to receive'
        ' higher farm-gate price</h1><p class="floatLeft">Saturday, 28 November 2026</p><p'
        ' class="floatRight">Source: GNA</p><div class="article-content-area" id="article-123456">'
        + paras(SENTENCES)
        + '</div><div class="article-comments"><a href="/comments/123456">Comments (12)</a></div></div></div>'
        "</main>" + after,
    )
    expect(
        record(
            html,
            "https://www.ghanaweb.com/GhanaHomePage/business/Cocoa-farmers-to-receive-higher-farm-gate-price-"
            "1923456",
        ),
        headline="Cocoa farmers to receive higher farm-gate price",
        standfirst=None,
        authors=["GNA"],
        published="2026-11-28T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_the_citizen_xinhua_copy_with_a_place_dateline_and_agency_sign_off() -> None:
    # The Citizen (Tanzania, Nation Media Group): wire copy, "Dar es Salaam. " opening the text (the place
    # in mixed case ended by a full stop), "Xinhua" as the byline, the agency's sign-off line closing it
    before, after = chrome("The Citizen")
    html = page(
        '<meta property="og:type" content="article"><title>Port handles record cargo in November | The'
        " Citizen</title>"
        + article(
            "Port handles record cargo in November",
            datePublished="2026-11-28T10:30:00+03:00",
            author=[{"@type": "Person", "name": "Xinhua"}],
        ),
        before + '<main><article><h1 class="title-medium">Port handles record cargo in November</h1><div'
        ' class="article-meta"><p class="article-authors">By Xinhua</p><time class="date"'
        ' datetime="2026-11-28T07:30:00Z">Saturday, November 28, 2026</time></div><div class="body-copy">'
        f"<p>Dar es Salaam. {SENTENCES[0]}</p>"
        + paras(SENTENCES[1:])
        + "<p>(Xinhua)</p></div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.thecitizen.co.tz/tanzania/news/national/port-handles-record-cargo-4812345"),
        headline="Port handles record cargo in November",
        standfirst=None,
        authors=["Xinhua"],
        published="2026-11-28T10:30:00+03:00",
        modified=None,
        section=None,
        language="en",
        body=[f"Dar es Salaam. {SENTENCES[0]}", *SENTENCES[1:]],
        access="free",
        credit="(Xinhua)",
    )


# --- South and Southeast Asia -----------------------------------------------------------------------------
def test_daily_star_drupal_online_report_and_last_update_line() -> None:
    # The Daily Star (Bangladesh, Drupal): "Star Online Report" as the byline, "Sat Nov 28, 2026 10:30 AM"
    # and "Last update on: Sat Nov 28, 2026 11:45 AM" without a zone, the metadata in Bangladesh time
    before, after = chrome("The Daily Star")
    html = page(
        '<meta property="og:type" content="article"><title>Metro rail to run on Fridays from December | The'
        " Daily Star</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00+06:00">',
        before + '<main><div class="node node-news"><div class="article-section"><h1 itemprop="headline">'
        'Metro rail to run on Fridays from December</h1><div class="byline"><span>Star Online Report</span>'
        '</div><div class="date">Sat Nov 28, 2026 10:30 AM <span class="separator">Last update on: Sat Nov'
        ' 28, 2026 11:45 AM</span></div><div class="social-share"><a href="https://www.facebook.com/sharer">'
        'Share</a></div><div class="section-media"><figure><img src="/sites/default/files/styles/big_2/public'
        '/images/2026/11/28/metro.jpg" alt="Metro"><figcaption>Metro rail in Dhaka. Photo: Star</figcaption>'
        '</figure></div><div class="clearfix" itemprop="articleBody">'
        + paras(SENTENCES)
        + "</div></div></div></main>"
        + after,
    )
    expect(
        record(
            html, "https://www.thedailystar.net/news/bangladesh/news/metro-rail-run-fridays-december-3812345"
        ),
        headline="Metro rail to run on Fridays from December",
        standfirst=None,
        authors=["Star Online Report"],
        published="2026-11-28T10:30:00+06:00",
        modified="2026-11-28T11:45:00+06:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_kathmandu_post_published_and_updated_lines_in_nepal_time() -> None:
    # The Kathmandu Post: "Published at : November 28, 2026" and "Updated at : November 28, 2026 10:15" (the
    # space before the colon), the metadata's time at Nepal's +05:45, the place under the byline
    before, after = chrome("The Kathmandu Post")
    html = page(
        '<meta property="og:type" content="article"><title>Government to ease visa rules for trekkers</title>'
        '<meta property="article:published_time" content="2026-11-28T08:15:00+05:45">'
        '<meta name="author" content="Anil Giri">',
        before + '<main><div class="subscribe--wrapperx"><article><h1>Government to ease visa rules for'
        ' trekkers</h1><span class="title-sub">Tourism entrepreneurs welcome the decision.</span><div'
        ' class="updated-time"><div class="author"><h5 class="text-capitalize"><a href="/author/anil-giri">'
        'Anil Giri</a></h5><p>Kathmandu</p></div><div class="updated-time"><p>Published at : November 28,'
        ' 2026</p><p>Updated at : November 28, 2026 10:15</p></div></div><section class="story-section">'
        + paras(SENTENCES)
        + "</section></article></div></main>"
        + after,
    )
    expect(
        record(
            html, "https://kathmandupost.com/national/2026/11/28/government-to-ease-visa-rules-for-trekkers"
        ),
        headline="Government to ease visa rules for trekkers",
        standfirst="Tourism entrepreneurs welcome the decision.",
        authors=["Anil Giri"],
        published="2026-11-28T08:15:00+05:45",
        modified="2026-11-28T10:15:00+05:45",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_express_tribune_agency_byline_and_a_colon_dateline() -> None:
    # The Express Tribune: "AFP" alone as the byline (linked to the agency's page), "Published November 28,
    # 2026", the metadata in Pakistan time, "ISLAMABAD:" opening the text (the place in capitals and a
    # colon, as Pakistani and Indian papers print it), an ad slot between the paragraphs
    before, after = chrome("The Express Tribune")
    html = page(
        '<meta property="og:type" content="article"><title>IMF approves next loan tranche | The Express'
        " Tribune</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00+05:00">',
        before + '<main><div class="story-box-section"><h1 class="story-title">IMF approves next loan'
        ' tranche</h1><div class="left-authorbox"><span><a href="/author/10/agence-france-presse">AFP</a>'
        '</span><span>Published November 28, 2026</span></div><div class="story-text">'
        f"<p>ISLAMABAD: {LONG[0]}</p>"
        + paras(LONG[1:6])
        + '<div class="ad-container"><div id="div-gpt-ad-1234-0"></div><span>ADVERTISEMENT</span></div>'
        + paras(LONG[6:])
        + "</div></div></main>"
        + after,
    )
    expect(
        record(html, "https://tribune.com.pk/story/2581234/imf-approves-next-loan-tranche"),
        headline="IMF approves next loan tranche",
        standfirst=None,
        authors=["AFP"],
        published="2026-11-28T10:30:00+05:00",
        modified=None,
        section=None,
        language="en",
        body=[f"ISLAMABAD: {LONG[0]}", *LONG[1:]],
        access="free",
        dateline="ISLAMABAD",
    )


def test_rappler_wordpress_story_with_its_sign_off_line() -> None:
    # Rappler (WordPress): Yoast JSON-LD in Philippine time, the byline's link and the "Rappler.com" sign-off
    # line that closes every story ("– Rappler.com"), a "Must Read" label between paragraphs, the "How does
    # this make you feel?" mood widget after the text
    before, after = chrome("Rappler")
    html = page(
        '<meta property="og:type" content="article"><title>Senate approves bigger budget for state'
        " hospitals</title>"
        + article(
            "Senate approves bigger budget for state hospitals",
            datePublished="2026-11-28T10:30:00+08:00",
            dateModified="2026-11-28T11:45:00+08:00",
            author=[{"@type": "Person", "name": "Bea Cupin"}],
            articleSection="Philippines",
        ),
        before + '<main><article class="post"><header class="post-single__header"><h1 class="post-single__'
        'title">Senate approves bigger budget for state hospitals</h1><div class="post-single__summary">'
        "<p>The chamber adds P12 billion for 70 public hospitals outside Metro Manila</p></div><div"
        ' class="post-single__authors">By <a href="/author/bea-cupin/">Bea Cupin</a></div><time'
        ' datetime="2026-11-28T10:30:00+08:00">Published 10:30 AM, November 28, 2026</time></header><div'
        ' class="post-single__content entry-content">'
        + paras(LONG[:5])
        + '<div class="must-read"><h4>Must Read</h4><a href="/philippines/2026/11/20/hospital-beds-shortage'
        '/">The long wait for a hospital bed</a></div>'
        + paras(LONG[5:])
        + '<p>– Rappler.com</p></div><div class="mood-widget"><h4>How does this make you feel?</h4>'
        "<button>Happy</button><button>Sad</button></div></article></main>" + after,
    )
    expect(
        record(html, "https://www.rappler.com/philippines/senate-approves-bigger-budget-state-hospitals/"),
        headline="Senate approves bigger budget for state hospitals",
        standfirst="The chamber adds P12 billion for 70 public hospitals outside Metro Manila",
        authors=["Bea Cupin"],
        published="2026-11-28T10:30:00+08:00",
        modified="2026-11-28T11:45:00+08:00",
        section="Philippines",
        language="en",
        body=LONG,
        access="free",
        credit="– Rappler.com",
    )


def test_inquirer_byline_with_role_handle_paper_and_time_before_the_date() -> None:
    # the Inquirer: "By: <name> - Reporter / @handle Philippine Daily Inquirer / 05:12 AM November 28, 2026"
    # in one line (the time before the date), no JSON-LD; "Read Next" and the comment disclaimer after it
    before, after = chrome("INQUIRER.net")
    html = page(
        '<meta property="og:type" content="article"><title>Typhoon signal raised over 12 provinces |'
        " Inquirer News</title>"
        '<meta property="article:published_time" content="2026-11-28T05:12:00+08:00">',
        before + '<main><article id="article_level_wrap"><h1 class="entry-title">Typhoon signal raised over'
        ' 12 provinces</h1><div id="art_plat"><div id="art_author"><span>By: <a href="https://newsinfo.'
        'inquirer.net/byline/marlon-ramos">Marlon Ramos</a> - Reporter / <a href="https://twitter.com/'
        'MRamosINQ">@MRamosINQ</a></span></div><div id="art_plat_source">Philippine Daily Inquirer / 05:12'
        ' AM November 28, 2026</div></div><div id="article_content">'
        + paras(LONG)
        + '</div><div class="readnext"><h3>Read Next</h3><a href="https://newsinfo.inquirer.net/1987654/'
        'evacuation-centers-ready">Evacuation centers ready, says DSWD</a></div><p class="disclaimer">'
        "Disclaimer: Comments do not represent the views of INQUIRER.net. We reserve the right to exclude"
        " comments which are inconsistent with our editorial standards.</p></article></main>" + after,
    )
    expect(
        record(html, "https://newsinfo.inquirer.net/1987700/typhoon-signal-raised-over-12-provinces"),
        headline="Typhoon signal raised over 12 provinces",
        standfirst=None,
        authors=["Marlon Ramos"],
        published="2026-11-28T05:12:00+08:00",
        modified=None,
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


def test_malaysiakini_subscribers_teaser_and_an_update_time_without_its_day() -> None:
    # Malaysiakini: a subscriber's story (isAccessibleForFree false, the rest behind "Subscribe now"),
    # "Published: Nov 28, 2026 10:30 AM ⋅ Updated: 11:45 AM" (the update shows its time only: the same day)
    before, after = chrome("Malaysiakini")
    html = page(
        '<meta property="og:type" content="article"><title>Budget 2027: Subsidy cuts to start with diesel'
        "</title>"
        + article(
            "Budget 2027: Subsidy cuts to start with diesel",
            datePublished="2026-11-28T10:30:00+08:00",
            author=[{"@type": "Person", "name": "Hariz Mohd"}],
            isAccessibleForFree=False,
            hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"},
        ),
        before + '<main><div class="story"><h1>Budget 2027: Subsidy cuts to start with diesel</h1><div'
        ' class="story-meta"><span class="author">Hariz Mohd</span><span class="date">Published: Nov 28, 2026'
        ' 10:30 AM ⋅ Updated: 11:45 AM</span></div><div class="content">'
        + paras(SENTENCES[:2])
        + '</div><div class="paywall-box"><h3>Subscribe now to read the full story</h3><p>Already a'
        ' subscriber? Log in</p><a href="/subscribe">See all plans</a></div></div></main>' + after,
    )
    expect(
        record(html, "https://www.malaysiakini.com/news/745123"),
        headline="Budget 2027: Subsidy cuts to start with diesel",
        standfirst=None,
        authors=["Hariz Mohd"],
        published="2026-11-28T10:30:00+08:00",
        modified="2026-11-28T11:45:00+08:00",
        section=None,
        language="en",
        body=SENTENCES[:2],
        access="paywalled",
        truncated=True,
    )


def test_the_star_malaysia_capitals_byline_and_a_myt_time_line() -> None:
    # The Star (Malaysia): "By RAHIMY RAHIM" in capitals, "Saturday, 28 Nov 2026 10:30 AM MYT" (Malaysia
    # Time, +08:00) and no dates in the metadata, the "Related News" box and "Tags / Keywords" after the text
    before, after = chrome("The Star")
    html = page(
        '<meta property="og:type" content="article"><title>KL to add 200 electric buses next year | The'
        " Star</title>",
        before + '<main><div class="story-wrapper"><div class="headline story-pg"><h1>KL to add 200 electric'
        ' buses next year</h1></div><div class="credit"><p><a class="story-author" href="/authors?q=Rahimy'
        '+Rahim">By RAHIMY RAHIM</a></p></div><div class="timestamp"><p class="date">Saturday, 28 Nov 2026'
        '</p><time class="timestamp">10:30 AM MYT</time></div><div id="story-body" class="story bot-15'
        ' relative">'
        + paras(LONG)
        + '</div><div class="related-news"><h3>Related News</h3><a href="/news/nation/2026/11/20/lrt-line'
        '">LRT line extension on track</a></div><div class="story-tags"><p>Tags / Keywords:</p><a'
        ' href="/tag/transport">Transport</a></div></div></main>' + after,
    )
    expect(
        record(
            html, "https://www.thestar.com.my/news/nation/2026/11/28/kl-to-add-200-electric-buses-next-year"
        ),
        headline="KL to add 200 electric buses next year",
        standfirst=None,
        authors=["Rahimy Rahim"],
        published="2026-11-28T10:30:00+08:00",
        modified=None,
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


def test_cna_updated_time_in_brackets_and_a_utc_declaration() -> None:
    # CNA (Mediacorp, Drupal): "28 Nov 2026 10:30AM (Updated: 28 Nov 2026 11:45AM)" without a zone, the
    # metadata's time in UTC (Singapore is UTC+8), "Listen to this article" and "Bookmark" buttons, the
    # writer's name linked with the handle of the outlet
    before, after = chrome("CNA")
    html = page(
        '<meta property="og:type" content="article"><title>HDB to launch 8,000 flats in February - CNA'
        "</title>"
        '<meta property="article:published_time" content="2026-11-28T02:30:00Z">'
        '<meta name="cXenseParse:author" content="Rachel Tan">',
        before + '<main><article><div class="content-detail__wrapper"><h1 class="h1 h1--page-title">HDB to'
        ' launch 8,000 flats in February</h1><div class="content-detail__author-info"><a class="link"'
        ' href="/author/rachel-tan">Rachel Tan</a></div><div class="article-publish article-publish--">'
        '28 Nov 2026 10:30AM <span class="article-publish-update">(Updated: 28 Nov 2026 11:45AM)</span></div>'
        '<div class="content-detail__audio"><button>Listen to this article</button><span>3 min</span></div>'
        '<div class="bookmark-button"><button>Bookmark</button></div><div class="text-long">'
        + paras(LONG)
        + "</div></div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.channelnewsasia.com/singapore/hdb-launch-8000-flats-february-4712345"),
        headline="HDB to launch 8,000 flats in February",
        standfirst=None,
        authors=["Rachel Tan"],
        published="2026-11-28T10:30:00+08:00",
        modified="2026-11-28T11:45:00+08:00",
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


def test_jakarta_post_paper_in_brackets_after_the_name_and_a_place_bullet_date_line() -> None:
    # The Jakarta Post: "Dian Septiari (The Jakarta Post)" (the paper in brackets after the name), "Jakarta ●
    # Sat, November 28, 2026 / 10:30 am", the metadata in Western Indonesia Time, a "Premium" badge
    # nowhere (a free story), the "Share this article" row
    before, after = chrome("The Jakarta Post")
    html = page(
        '<meta property="og:type" content="article"><title>Govt extends fuel subsidy to motorcycle taxis -'
        " Business - The Jakarta Post</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00+07:00">',
        before + '<main><div class="detailNews"><h1 class="title-large">Govt extends fuel subsidy to'
        ' motorcycle taxis</h1><div class="post-author-name"><a href="/author/dian-septiari">Dian Septiari'
        '</a> (The Jakarta Post)</div><div class="date-published"><span class="day">Jakarta ● Sat, November'
        ' 28, 2026</span> / <span class="time">10:30 am</span></div><div class="shareArticles"><span>Share'
        ' this article</span></div><div class="col-md-10 tjp-newsdetail-body">'
        + paras(LONG)
        + "</div></div></main>"
        + after,
    )
    expect(
        record(html, "https://www.thejakartapost.com/business/2026/11/28/govt-extends-fuel-subsidy.html"),
        headline="Govt extends fuel subsidy to motorcycle taxis",
        standfirst=None,
        authors=["Dian Septiari"],
        published="2026-11-28T10:30:00+07:00",
        modified=None,
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


# --- the Gulf -----------------------------------------------------------------------------------------------
def test_khaleej_times_arc_published_and_last_updated_lines() -> None:
    # Khaleej Times (Arc XP): "Published: Sat 28 Nov 2026, 10:30 AM" and "Last updated: Sat 28 Nov 2026,
    # 11:45 AM" (weekday first, no zone), the JSON-LD in UTC (the UAE is UTC+4), the writer's role under the
    # name
    before, after = chrome("Khaleej Times")
    html = page(
        '<meta property="og:type" content="article"><title>Dubai to open three new metro stations -'
        " News | Khaleej Times</title>"
        + article(
            "Dubai to open three new metro stations",
            datePublished="2026-11-28T06:30:00Z",
            dateModified="2026-11-28T07:45:00Z",
            author=[{"@type": "Person", "name": "Nasreen Abdulla"}],
        ),
        before + '<main><article class="article-wrapper"><h1 class="article-title">Dubai to open three new'
        ' metro stations</h1><div class="article-meta"><div class="author-wrap"><a class="author-name"'
        ' href="/authors/nasreen-abdulla">Nasreen Abdulla</a><span class="author-designation">Senior'
        ' Reporter</span></div><div class="article-date"><p>Published: Sat 28 Nov 2026, 10:30 AM</p><p>Last'
        ' updated: Sat 28 Nov 2026, 11:45 AM</p></div></div><div class="article-body">'
        + paras(LONG)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.khaleejtimes.com/uae/transport/dubai-to-open-three-new-metro-stations"),
        headline="Dubai to open three new metro stations",
        standfirst=None,
        authors=["Nasreen Abdulla"],
        published="2026-11-28T10:30:00+04:00",
        modified="2026-11-28T11:45:00+04:00",
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


def test_arab_news_drupal_gmt_plus_three_line_and_an_agency_byline() -> None:
    # Arab News (Drupal): "AFP" as the byline, "November 28, 2026 10:30" in a <time> whose attribute is UTC,
    # with "GMT+3" after it (no date in the metadata), "RIYADH: " opening the text
    before, after = chrome("Arab News")
    html = page(
        '<meta property="og:type" content="article"><title>Saudi Arabia to host regional water summit | Arab'
        " News</title>",
        before + '<main><div class="node node--type-article"><h1 class="entry-title">Saudi Arabia to host'
        ' regional water summit</h1><div class="entry-byline"><div class="entry-author">AFP</div><div'
        ' class="entry-date"><time'
        ' datetime="2026-11-28T07:30:00Z">November 28, 2026 10:30</time> <span class="zone">GMT+3</span>'
        '</div></div><div class="entry-content field--name-field-body">'
        f"<p>RIYADH: {LONG[0]}</p>" + paras(LONG[1:]) + "</div></div></main>" + after,
    )
    expect(
        record(html, "https://www.arabnews.com/node/2612345/saudi-arabia"),
        headline="Saudi Arabia to host regional water summit",
        standfirst=None,
        authors=["AFP"],
        published="2026-11-28T10:30:00+03:00",
        modified=None,
        section=None,
        language="en",
        body=[f"RIYADH: {LONG[0]}", *LONG[1:]],
        access="free",
        dateline="RIYADH",
    )


# --- Latin America ----------------------------------------------------------------------------------------
def test_folha_dotted_abbreviated_month_with_as_and_an_update_line() -> None:
    # Folha de S.Paulo: "28.nov.2026 às 10h30" and "Atualizado: 28.nov.2026 às 11h45" (the month abbreviated
    # between dots), the author's name with the place under it, the "Leia mais" label nowhere, the
    # subscriber's gift-article button ("Presentear") in the tools row
    before, after = chrome("Folha de S.Paulo", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Prefeitura anuncia 300 km de ciclovias -'
        " 28/11/2026 - Cotidiano - Folha</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00-03:00">',
        before + '<main><article class="c-news"><div class="c-content-head"><h1 class="c-content-head__'
        'title">Prefeitura anuncia 300 km de ciclovias</h1><h2 class="c-content-head__subtitle">Obras começam'
        ' em abril e priorizam bairros da periferia</h2></div><div class="c-signature"><strong'
        ' class="c-signature__author"><a href="https://www1.folha.uol.com.br/autores/ana-souza.shtml">Ana'
        " Souza</a></strong><p"
        ' class="c-signature__location">São Paulo</p></div><div class="c-more-options"><time'
        ' class="c-more-options__published-date" datetime="2026-11-28 10:30:00">28.nov.2026 às 10h30</time>'
        '<time class="c-more-options__modified-date" datetime="2026-11-28 11:45:00">Atualizado: 28.nov.2026'
        ' às 11h45</time><button>Presentear</button></div><div class="c-news__body">'
        + paras(BR)
        + "</div></article></main>"
        + after,
        lang="pt-BR",
    )
    expect(
        record(
            html,
            "https://www1.folha.uol.com.br/cotidiano/2026/11/prefeitura-anuncia-300-km-de-ciclovias.shtml",
        ),
        headline="Prefeitura anuncia 300 km de ciclovias",
        standfirst="Obras começam em abril e priorizam bairros da periferia",
        authors=["Ana Souza"],
        published="2026-11-28T10:30:00-03:00",
        modified="2026-11-28T11:45:00-03:00",
        section=None,
        language="pt-BR",
        body=BR,
    )


def test_animal_politico_wordpress_redaccion_byline_and_a_day_comma_year_date() -> None:
    # Animal Político (WordPress): "Por Redacción Animal Político", "28 de noviembre, 2026" (a comma before
    # the year), the metadata in Mexico City time, a "Te puede interesar:" link between paragraphs
    before, after = chrome("Animal Político", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías - Animal'
        " Político</title>"
        '<meta property="og:site_name" content="Animal Político">'
        '<meta property="article:published_time" content="2026-11-28T10:30:00-06:00">',
        before + '<main><article class="post"><h1 class="ap_single_first_title">El Gobierno aprueba el plan'
        ' de cercanías</h1><div class="ap_single_first_info"><span class="ap_single_first_info_author">Por'
        ' Redacción Animal Político</span><span class="ap_single_first_info_date">28 de noviembre, 2026'
        '</span></div><div class="entry-content">'
        + paras(ES[:2])
        + '<p><strong>Te puede interesar:</strong> <a href="/2026/11/metro-linea-1/">La Línea 1 del Metro'
        " reabre tras las obras</a></p>" + paras(ES[2:]) + "</div></article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://animalpolitico.com/politica/gobierno-aprueba-plan-cercanias"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst=None,
        authors=["Redacción Animal Político"],
        published="2026-11-28T10:30:00-06:00",
        modified=None,
        section=None,
        language="es",
        body=ES,
    )


def test_el_universal_relative_time_beside_a_declared_date() -> None:
    # El Universal (Mexico): "hace 2 horas" as the only date the story shows, the JSON-LD's time in Mexico
    # City's offset, two authors joined by "y", "Cartera" as the section label over the headline
    before, after = chrome("El Universal", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías | El'
        " Universal</title>"
        + article(
            "El Gobierno aprueba el plan de cercanías",
            datePublished="2026-11-28T10:30:00-06:00",
            dateModified="2026-11-28T11:45:00-06:00",
            author=[{"@type": "Person", "name": "Diana Lastiri"}, {"@type": "Person", "name": "Pedro Villa"}],
            articleSection="Nación",
        ),
        before + '<main><article><div class="sc__label">Nación</div><h1 class="sc__header-title">El Gobierno'
        ' aprueba el plan de cercanías</h1><div class="sc__author"><span class="sc__author-nota">Diana'
        ' Lastiri y Pedro Villa</span><span class="sc__author-date">hace 2 horas</span></div><div'
        ' class="sc__font-paragraph">' + paras(ES) + "</div></article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://www.eluniversal.com.mx/nacion/gobierno-aprueba-plan-cercanias/"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst=None,
        authors=["Diana Lastiri", "Pedro Villa"],
        published="2026-11-28T10:30:00-06:00",
        modified="2026-11-28T11:45:00-06:00",
        section="Nación",
        language="es",
        body=ES,
    )


def test_semana_arc_redaccion_byline_and_utc_json_ld() -> None:
    # Semana (Colombia, Arc XP): "Redacción Semana" as the byline, "28/11/2026" shown, the JSON-LD in UTC
    # (Colombia is UTC-5: 15:30Z is 10:30 there), the Arc theme's "Noticias relacionadas" block
    before, after = chrome("Semana", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías</title>'
        + article(
            "El Gobierno aprueba el plan de cercanías",
            datePublished="2026-11-28T15:30:00.000Z",
            author={"@type": "Person", "name": "Redacción Semana"},
        ),
        before + '<main><article><h1 class="headline">El Gobierno aprueba el plan de cercanías</h1><div'
        ' class="byline"><span class="byline-author">Redacción Semana</span><time class="date"'
        ' datetime="2026-11-28T15:30:00.000Z">28/11/2026</time></div><div class="article-body">'
        + paras(ES)
        + '</div><section class="related-content"><h3>Noticias relacionadas</h3><a href="/nacion/articulo/'
        'metro-de-bogota/202601/">Metro de Bogotá avanza</a></section></article></main>' + after,
        lang="es",
    )
    expect(
        record(html, "https://www.semana.com/nacion/articulo/gobierno-aprueba-plan-cercanias/202611/"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst=None,
        authors=["Redacción Semana"],
        published="2026-11-28T15:30:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES,
    )


def test_abc_color_efe_copy_with_fuente_line_and_a_mixed_case_dateline() -> None:
    # ABC Color (Paraguay, Arc XP): EFE copy: "Asunción, 28 nov (EFE).-" opening the text, "Fuente: EFE" as
    # the closing credit line, "28 de noviembre de 2026 - 10:30" shown, the JSON-LD in Paraguay's offset
    before, after = chrome("ABC Color", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías -'
        " Nacionales - ABC Color</title>"
        + article(
            "El Gobierno aprueba el plan de cercanías",
            datePublished="2026-11-28T10:30:00-03:00",
            author={"@type": "Organization", "name": "EFE"},
        ),
        before + '<main><article class="article"><h1 class="article-title">El Gobierno aprueba el plan de'
        ' cercanías</h1><div class="article-info"><span class="article-author">EFE</span><span'
        ' class="article-date">28 de noviembre de 2026 - 10:30</span></div><div class="article-body">'
        f"<p>Asunción, 28 nov (EFE).- {ES[0]}</p>"
        + paras(ES[1:])
        + "<p>Fuente: EFE</p></div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.abc.com.py/nacionales/2026/11/28/gobierno-aprueba-plan-cercanias/"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst=None,
        authors=["EFE"],
        published="2026-11-28T10:30:00-03:00",
        modified=None,
        section=None,
        language="es",
        body=[f"Asunción, 28 nov (EFE).- {ES[0]}", *ES[1:]],
        dateline="Asunción",
        credit="Fuente: EFE",
    )


def test_el_observador_opinion_column_with_its_columnist_box() -> None:
    # El Observador (Uruguay): an opinion column, "Opinión" over the headline, the columnist's box with the
    # name and a one-line bio ahead of the text, "28 de noviembre de 2026, 10:30" shown, the JSON-LD's
    # author the columnist
    before, after = chrome("El Observador", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Trenes de cercanías: una deuda pendiente</title>'
        + article(
            "Trenes de cercanías: una deuda pendiente",
            datePublished="2026-11-28T10:30:00-03:00",
            author=[{"@type": "Person", "name": "Martín Aguirre"}],
            articleSection="Opinión",
        ),
        before + '<main><article class="nota"><span class="seccion">Opinión</span><h1 class="titulo">Trenes'
        ' de cercanías: una deuda pendiente</h1><div class="columnista"><img'
        ' src="/img/columnistas/aguirre.jpg"'
        ' alt="Martín Aguirre"><div class="columnista-info"><a class="columnista-nombre"'
        ' href="/autor/martin-aguirre">Martín Aguirre</a><p class="columnista-bio">Periodista, exdirector de'
        ' El País</p></div></div><div class="fecha">28 de noviembre de 2026, 10:30</div><div'
        ' class="cuerpo">' + paras(ES) + "</div></article></main>" + after,
        lang="es",
    )
    expect(
        record(
            html,
            "https://www.elobservador.com.uy/nota/trenes-de-cercanias-una-deuda-pendiente-20261128103000",
        ),
        headline="Trenes de cercanías: una deuda pendiente",
        standfirst=None,
        authors=["Martín Aguirre"],
        published="2026-11-28T10:30:00-03:00",
        modified=None,
        section="Opinión",
        language="es",
        body=ES,
    )


# --- Oceania ------------------------------------------------------------------------------------------------
def test_stuff_live_updates_with_entry_times_and_nzdt() -> None:
    # Stuff (New Zealand): a live blog (LiveBlogPosting), each entry headed by its time ("10:30am"), the
    # page's dates in New Zealand summer time (+13:00), "Stuff reporters" as the byline
    before, after = chrome("Stuff")
    entries = "".join(
        f'<div class="live-entry"><time class="live-entry__time" datetime="2026-11-28T{h}:00+13:00">{shown}'
        f"</time><p>{s}</p></div>"
        for h, shown, s in zip(
            ["12:15", "11:40", "11:05", "10:30"],
            ["12.15pm", "11.40am", "11.05am", "10.30am"],
            LONG[:4],
            strict=True,
        )
    )
    html = page(
        '<meta property="og:type" content="article"><title>Live: Auckland storm cuts power to 40,000 homes |'
        " Stuff</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Live: Auckland storm cuts power to 40,000 homes",
                "datePublished": "2026-11-28T10:30:00+13:00",
                "dateModified": "2026-11-28T12:15:00+13:00",
                "coverageStartTime": "2026-11-28T10:30:00+13:00",
                "author": {"@type": "Organization", "name": "Stuff reporters"},
            }
        ),
        before + '<main><article class="live-blog"><h1>Live: Auckland storm cuts power to 40,000 homes</h1>'
        '<div class="byline">Stuff reporters</div><div class="live-entries">' + entries + "</div></article>"
        "</main>" + after,
    )
    expect(
        record(html, "https://www.stuff.co.nz/nz-news/360912345/live-auckland-storm-cuts-power-40000-homes"),
        headline="Live: Auckland storm cuts power to 40,000 homes",
        standfirst=None,
        authors=["Stuff reporters"],
        published="2026-11-28T10:30:00+13:00",
        modified="2026-11-28T12:15:00+13:00",
        section=None,
        language="en",
        body=LONG[:4],
    )


def test_rnz_byline_with_role_and_a_time_before_the_date() -> None:
    # RNZ: "<name>, Political Reporter" in the author block, "10:30 am on 28 November 2026" (the time before
    # the date) in the block marked "updated" as the only date (no metadata dates: the zone unknown, so
    # UTC), "Share this" and the copyright note closing it
    before, after = chrome("RNZ")
    html = page(
        '<meta property="og:type" content="article"><title>Government to cut fees for first-year students |'
        " RNZ News</title>",
        before + '<main><div class="article"><h1 class="article__header">Government to cut fees for'
        ' first-year students</h1><div class="author"><span class="author-name">Anneke Smith</span>,'
        ' <span class="author-role">Political Reporter</span></div><div class="updated"><span'
        ' class="time">10:30 am on 28 November 2026</span></div><div class="article__body">'
        + paras(LONG)
        + '</div><div class="share">Share this</div><p class="cc-notice">Copyright © 2026, Radio New Zealand'
        "</p></div></main>" + after,
    )
    expect(
        record(
            html, "https://www.rnz.co.nz/news/political/581234/government-to-cut-fees-for-first-year-students"
        ),
        headline="Government to cut fees for first-year students",
        standfirst=None,
        authors=["Anneke Smith"],
        published="2026-11-28T10:30:00+00:00",
        modified="2026-11-28T10:30:00+00:00",
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


# --- Canada -------------------------------------------------------------------------------------------------
def test_la_presse_publie_and_mis_a_jour_times_with_spaced_h() -> None:
    # La Presse: "Publié à 10 h 30" and "Mis à jour à 11 h 45" (Quebec's spaced "h"), the day above them,
    # the JSON-LD in Eastern time, the author's name with the role "La Presse" under it
    before, after = chrome("La Presse", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles | La Presse'
        "</title>"
        + article(
            "Le conseil adopte le plan écoles",
            datePublished="2026-11-28T10:30:00-05:00",
            dateModified="2026-11-28T11:45:00-05:00",
            author=[{"@type": "Person", "name": "Isabelle Dubé"}],
        ),
        before + '<main><article class="article"><h1 class="headlines">Le conseil adopte le plan écoles</h1>'
        '<div class="authorModule"><span class="name">Isabelle Dubé</span><span class="organisation">La'
        ' Presse</span></div><div class="publicationsDate"><p class="date">28 novembre 2026</p><p'
        ' class="publicationsDate--type-publication">Publié à 10 h 30</p><p class="publicationsDate--type-'
        'update">Mis à jour à 11 h 45</p></div><div class="articleBody">'
        + paras(FR)
        + "</div></article></main>"
        + after,
        lang="fr-CA",
    )
    expect(
        record(
            html,
            "https://www.lapresse.ca/actualites/education/2026-11-28/le-conseil-adopte-le-plan-ecoles.php",
        ),
        headline="Le conseil adopte le plan écoles",
        standfirst=None,
        authors=["Isabelle Dubé"],
        published="2026-11-28T10:30:00-05:00",
        modified="2026-11-28T11:45:00-05:00",
        section=None,
        language="fr-CA",
        body=FR,
    )


def test_radio_canada_publie_le_line_and_a_relative_update() -> None:
    # Radio-Canada (ICI): "Publié le 28 novembre 2026" and "Mis à jour il y a 2 heures" (a relative update:
    # no date), the JSON-LD in UTC, two authors, a photo with its credit in brackets
    before, after = chrome("Radio-Canada", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles |'
        " Radio-Canada</title>"
        + article(
            "Le conseil adopte le plan écoles",
            datePublished="2026-11-28T15:30:00.000Z",
            author=[
                {"@type": "Person", "name": "Thomas Gerbet"},
                {"@type": "Person", "name": "Julie Marceau"},
            ],
        ),
        before + '<main><article><h1>Le conseil adopte le plan écoles</h1><div class="signature"><span>Thomas'
        ' Gerbet</span> et <span>Julie Marceau</span></div><div class="dates"><time'
        ' datetime="2026-11-28T15:30:00.000Z">Publié le 28 novembre 2026</time><span>Mis à jour il y a 2'
        ' heures</span></div><figure><img src="https://images.radio-canada.ca/ecole.jpg" alt="École">'
        "<figcaption>Une école de Montréal. (Photo d'archives) Photo : Radio-Canada / Ivanoh Demers"
        '</figcaption></figure><div class="document-simple-redactional-container">'
        + paras(FR)
        + "</div></article></main>"
        + after,
        lang="fr-CA",
    )
    expect(
        record(html, "https://ici.radio-canada.ca/nouvelle/2112345/conseil-plan-ecoles"),
        headline="Le conseil adopte le plan écoles",
        standfirst=None,
        authors=["Thomas Gerbet", "Julie Marceau"],
        published="2026-11-28T15:30:00+00:00",
        modified=None,
        section=None,
        language="fr-CA",
        body=FR,
    )


def test_global_news_posted_and_updated_lines_with_the_outlet_after_the_name() -> None:
    # Global News (WordPress VIP): "By <name> Global News" (the outlet under the name), "Posted November 28,
    # 2026 10:30 am" and "Updated November 28, 2026 11:45 am" without a zone, the metadata in Eastern time
    before, after = chrome("Global News")
    html = page(
        '<meta property="og:type" content="article"><title>Ontario to add 10,000 child-care spaces |'
        " Globalnews.ca</title>"
        '<meta property="article:published_time" content="2026-11-28T10:30:00-05:00">'
        '<meta property="article:modified_time" content="2026-11-28T11:45:00-05:00">',
        before + '<main><article class="l-article"><h1 class="l-article__title">Ontario to add 10,000'
        ' child-care spaces</h1><div class="c-byline"><div class="c-byline__attribution">By <a'
        ' class="c-byline__link" href="/author/isaac-callan/">Isaac Callan</a> <span'
        ' class="c-byline__source">Global News</span></div><div class="c-byline__dates"><div'
        ' class="c-byline__date--pubDate">Posted November 28, 2026 10:30 am</div><div'
        ' class="c-byline__date--modDate">Updated November 28, 2026 11:45 am</div></div></div><div'
        ' class="l-article__text js-story-text">' + paras(LONG) + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://globalnews.ca/news/10912345/ontario-child-care-spaces/"),
        headline="Ontario to add 10,000 child-care spaces",
        standfirst=None,
        authors=["Isaac Callan"],
        published="2026-11-28T10:30:00-05:00",
        modified="2026-11-28T11:45:00-05:00",
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


def test_national_post_postmedia_author_line_and_a_bullet_meta_row() -> None:
    # the National Post (Postmedia, WordPress VIP): "Author of the article:" before the name, the name's
    # role under it, "Published Nov 28, 2026 • Last updated 1 hour ago • 3 minute read" in one row, a
    # "You can save this article by registering for free here" prompt and "Join the conversation" after it
    before, after = chrome("National Post")
    html = page(
        '<meta property="og:type" content="article"><title>Ottawa to fund high-speed rail study | National'
        " Post</title>"
        + article(
            "Ottawa to fund high-speed rail study",
            datePublished="2026-11-28T10:30:00-05:00",
            author=[{"@type": "Person", "name": "Ryan Tumilty"}],
        ),
        before + '<main><article class="article-content"><h1 class="article-title">Ottawa to fund high-speed'
        ' rail study</h1><div class="article-subtitle">The study will look at a line between Toronto and'
        ' Quebec City.</div><div class="wire-published-by"><span class="wire-published-by__label">Author of'
        ' the article:</span><span class="published-by__author"><a href="/author/rtumilty">Ryan Tumilty</a>'
        '</span><span class="published-by__title">Parliamentary Bureau Chief</span></div><div'
        ' class="article-meta"><span class="published-date">Published Nov 28, 2026</span> • <span'
        ' class="updated-date">Last updated 1 hour ago</span> • <span class="reading-time">3 minute read'
        '</span></div><div class="article-content__content-group">'
        + paras(LONG[:6])
        + "<p>You can save this article by registering for free here. Or sign-in if you have an account.</p>"
        + paras(LONG[6:])
        + '</div><div class="comments-cta"><h3>Join the conversation</h3></div></article></main>'
        + after,
    )
    expect(
        record(html, "https://nationalpost.com/news/canada/ottawa-to-fund-high-speed-rail-study"),
        headline="Ottawa to fund high-speed rail study",
        standfirst="The study will look at a line between Toronto and Quebec City.",
        authors=["Ryan Tumilty"],
        published="2026-11-28T10:30:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=LONG,
        access="free",
    )
