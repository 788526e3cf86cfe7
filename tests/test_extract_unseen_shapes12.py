"""Page shapes of publishers in none of the corpora, twelfth round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes11.py are the earlier ones): regional and local news of the Americas and
Oceania in the markup of their chains and CMSs: US local chains (Gannett's USA TODAY Network, Lee
Enterprises on BLOX, McClatchy, Advance Local, Hearst, a Sinclair TV station, public radio stations on NPR's
Grove and on the older Core Publisher), Canada (Postmedia's Toronto Sun with Canadian Press copy, Torstar's
Toronto Star, Québecor's Journal de Montréal and Le Soleil in French), Australia (News Corp's Daily
Telegraph and Courier Mail, Nine's 9News, SBS News, The New Daily running a piece of The Conversation), New
Zealand (the Otago Daily Times, 1News, The Spinoff, Newsroom) and Latin America in Spanish and Portuguese
(Excélsior, La Jornada, Perú21 on El Comercio's Arc template, El Heraldo, Emol, El Universo, Río Negro,
GZH, O Tempo, NSC Total). Their date lines in the local language and format ("5:02 a.m. ET Dec. 4, 2026",
"Thu, December 4th 2026", "10 h 30", "10:30 a. m.", "10h30min"), bylines with the chain's desk, a wire as
the author of syndicated copy (AP, NCA NewsWire, AAP, The Canadian Press, EFE), "Updated"/"Actualizado"/
"Atualizado" lines, "originally published" and copyright lines under the text, newsletter boxes and ad
labels inside it, correction notes, photo credits and related-links rails. Clarín, Infobae, El Tiempo, La
Nación and El Comercio are in a corpus, so their templates are probed on sister or peer sites. Each page
sits among the noise of a real page (tests/test_extract_unseen_shapes4.py's `chrome`). No host here is in
any corpus and no tune-half page shows these shapes, so every page is a small page built by hand in the
shape of the chain's or publisher's template ("hand-built"), and every field of the judged record is read
(`expect`); a time a page shows without its zone is taken as UTC, as docs/record.md says.
"""

from __future__ import annotations

from tests.test_extract_unseen_shapes2 import SENTENCES, page
from tests.test_extract_unseen_shapes4 import BR, LONG, chrome, expect, paras, record
from tests.test_extract_unseen_shapes6 import article

ES_LA = [
    "El Congreso aprobó este jueves la reforma que obliga a los municipios a publicar en línea todos sus"
    " contratos de obra pública mayores a un millón de pesos.",
    "Según la iniciativa, los ayuntamientos tendrán un plazo de seis meses para adaptar sus portales y"
    " capacitar al personal encargado de las compras.",
    "Organizaciones civiles celebraron la medida, aunque advirtieron que sin sanciones claras muchos"
    " gobiernos locales seguirán ocultando información.",
    "La oposición votó en contra al considerar que la reforma invade la autonomía de los estados y genera"
    " gastos que los municipios pequeños no pueden cubrir.",
]
FR_CA = [
    "Le gouvernement du Québec a annoncé jeudi un investissement de deux milliards de dollars pour"
    " prolonger la ligne bleue du métro jusqu'à Anjou.",
    "Selon la ministre des Transports, les travaux commenceront au printemps et la mise en service est"
    " prévue d'ici six ans.",
    "Les élus de l'est de Montréal ont salué l'annonce, mais réclament un calendrier précis pour les"
    " stations intermédiaires.",
    "L'opposition reproche au gouvernement d'avoir sous-estimé les coûts, qui ont déjà doublé depuis le"
    " premier budget présenté en 2018.",
]


# --- US local chains --------------------------------------------------------------------------------------
def test_gannett_freep_byline_with_the_papers_name_and_a_contact_line_under_the_text() -> None:
    # the Detroit Free Press on Gannett's USA TODAY Network template: "gnt_ar_*" classes, the writer's link
    # with the paper under it, "Published 5:02 a.m. ET Dec. 4, 2026 | Updated 9:14 a.m. ET Dec. 4, 2026",
    # a related-stories embed inside the text, and "Contact <name>: <e-mail>. Follow her on X" closing it
    before, after = chrome("Detroit Free Press")
    html = page(
        '<meta property="og:type" content="article"><title>Detroit council approves land bank overhaul'
        "</title>"
        + article(
            "Detroit council approves land bank overhaul",
            datePublished="2026-12-04T10:02:00Z",
            dateModified="2026-12-04T14:14:00Z",
            author=[{"@type": "Person", "name": "Dana Afana"}],
            publisher={"@type": "Organization", "name": "Detroit Free Press"},
            isAccessibleForFree=True,
        ),
        before + '<main><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">Detroit'
        ' council approves land bank overhaul</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a'
        ' gnt_ar_by_a__fi" href="/staff/1234567/dana-afana/">Dana Afana</a><div class="gnt_ar_by_j">Detroit'
        ' Free Press</div></div><div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. ET Dec. 4, 2026'
        ' Updated: 9:14 a.m. ET Dec. 4, 2026">Published 5:02 a.m. ET Dec. 4, 2026 | Updated 9:14 a.m. ET'
        ' Dec. 4, 2026</div><figure class="gnt_em gnt_em_img"><img src="/gcdn/presto/2026/12/04/PDTF/land'
        '.jpg" alt=""><figcaption class="gnt_em_img_ccw">Vacant homes on the east side.<span'
        ' class="gnt_em_img_ccw_cr">Kimberly P. Mitchell, Detroit Free Press</span></figcaption></figure>'
        '<div class="gnt_ar_b">'
        + paras(SENTENCES[:3], "gnt_ar_b_p")
        + '<aside class="gnt_em gnt_em__fp"><div class="gnt_em_fp_h">Related</div><a class="gnt_em_fp_a"'
        ' href="/story/news/local/michigan/detroit/2026/11/20/land-bank-audit/">Land bank audit finds missing'
        ' records</a></aside><div class="gnt_ar_b_ad"><span>Advertisement</span></div>'
        + paras(SENTENCES[3:], "gnt_ar_b_p")
        + '<p class="gnt_ar_b_p">Contact Dana Afana: dafana@freepress.com. Follow her on X @DanaAfana.</p>'
        "</div></article></main>" + after,
    )
    expect(
        record(
            html, "https://www.freep.com/story/news/local/michigan/detroit/2026/12/04/land-bank/123456789/"
        ),
        headline="Detroit council approves land bank overhaul",
        standfirst=None,
        authors=["Dana Afana"],
        published="2026-12-04T05:02:00-05:00",
        modified="2026-12-04T09:14:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
        access="free",
    )


def test_gannett_indystar_usa_today_copy_with_its_dates_only_in_the_eastern_time_line() -> None:
    # a USA TODAY story on the IndyStar: the writer's link with "USA TODAY" under it and no metadata dates,
    # only "Published 5:02 a.m. ET Dec. 4, 2026 | Updated 9:14 a.m. ET Dec. 4, 2026" (Eastern time: UTC-5 in
    # December)
    before, after = chrome("IndyStar")
    html = page(
        '<meta property="og:type" content="article"><title>FAA grounds older regional jets for inspections'
        "</title>",
        before + '<main><article class="gnt_pr"><h1 class="gnt_ar_hl">FAA grounds older regional jets for'
        ' inspections</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi"'
        ' href="/staff/2648000/zach-wichter/">Zach Wichter</a><div class="gnt_ar_by_j">USA TODAY</div></div>'
        '<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. ET Dec. 4, 2026 Updated: 9:14 a.m. ET Dec.'
        ' 4, 2026">Published 5:02 a.m. ET Dec. 4, 2026 | Updated 9:14 a.m. ET Dec. 4, 2026</div>'
        '<div class="gnt_ar_b">' + paras(SENTENCES, "gnt_ar_b_p") + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://www.indystar.com/story/travel/news/2026/12/04/faa-regional-jets/87654321007/"),
        headline="FAA grounds older regional jets for inspections",
        standfirst=None,
        authors=["Zach Wichter"],
        published="2026-12-04T05:02:00-05:00",
        modified="2026-12-04T09:14:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_lee_blox_buffalo_news_newsletter_box_inside_the_text_and_a_premium_flag() -> None:
    # the Buffalo News on Lee's BLOX (TownNews): "tnt-*" byline and dates with "Updated" beside them, the
    # asset body with a "Get local news delivered to your inbox!" sign-up card between its paragraphs,
    # a "subscriber-premium" asset whose JSON-LD says it is not free (the full text is served: no teaser)
    before, after = chrome("Buffalo News")
    html = page(
        '<meta property="og:type" content="article"><title>Erie County adopts 2027 budget with tax cut'
        "</title>"
        + article(
            "Erie County adopts 2027 budget with tax cut",
            datePublished="2026-12-04T05:00:00-05:00",
            dateModified="2026-12-04T08:41:00-05:00",
            author=[{"@type": "Person", "name": "Sandra Tan"}],
            isAccessibleForFree="False",
        ),
        before + '<main><div class="asset" itemscope itemtype="http://schema.org/NewsArticle"><header'
        ' class="asset-header"><h1 class="headline"><span class="tnt-headline" itemprop="headline">Erie'
        ' County adopts 2027 budget with tax cut</span></h1><ul class="list-inline"><li><span'
        ' class="tnt-byline" itemprop="author">Sandra Tan</span></li><li><ul class="list-inline'
        ' asset-date"><li><time datetime="2026-12-04T05:00:00-05:00" class="tnt-date asset-date'
        ' text-muted">Dec 4, 2026</time></li><li>Updated <time datetime="2026-12-04T08:41:00-05:00"'
        ' class="tnt-date asset-date text-muted">Dec 4, 2026</time></li></ul></li></ul></header><div'
        ' class="asset-content subscriber-premium"><div id="article-body" itemprop="articleBody"'
        ' class="asset-body">'
        + paras(LONG[:5])
        + '<div class="tnt-ads-container"><span>Advertisement</span></div><div class="email-signup'
        ' tnt-newsletter-signup"><h3>Get local news delivered to your inbox!</h3><p>Subscribe to our Daily'
        ' Headlines newsletter.</p><form><input type="email" placeholder="Email"><button>Sign up!</button>'
        "</form></div>" + paras(LONG[5:]) + "</div></div></div></main>" + after,
    )
    expect(
        record(html, "https://buffalonews.com/news/local/government-politics/article_5c1e7a4e-1234.html"),
        headline="Erie County adopts 2027 budget with tax cut",
        standfirst=None,
        authors=["Sandra Tan"],
        published="2026-12-04T05:00:00-05:00",
        modified="2026-12-04T08:41:00-05:00",
        section=None,
        language="en",
        body=LONG,
        access="paywalled",
    )


def test_mcclatchy_kansas_city_star_originally_published_line_under_the_text() -> None:
    # the Kansas City Star on McClatchy's template: "ng-byline" link with the paper as its desk, "Updated
    # December 4, 2026 10:35 AM" in the <time> over the text, a "Read Next" teaser and "This story was
    # originally published December 4, 2026 at 5:00 AM." closing the story; JSON-LD with the dates in
    # Central time
    before, after = chrome("The Kansas City Star")
    html = page(
        '<meta property="og:type" content="article"><title>Missouri lawmakers file stadium funding bill |'
        " Kansas City Star</title>"
        + article(
            "Missouri lawmakers file stadium funding bill",
            datePublished="2026-12-04T05:00:00-06:00",
            dateModified="2026-12-04T10:35:00-06:00",
            author=[{"@type": "Person", "name": "Kacen Bayless"}],
        ),
        before
        + '<main><article class="story-body"><div class="header"><h1 class="h1">Missouri lawmakers file'
        ' stadium funding bill</h1></div><div class="byline"><a class="ng-byline"'
        ' href="/profile/244012345.html">Kacen Bayless</a></div><div class="time"><time'
        ' class="update-date">Updated December 4, 2026 10:35 AM</time></div><div'
        ' class="story-body-text">'
        + paras(SENTENCES[:4])
        + '<div class="read-next"><h3>Read Next</h3><a href="/news/politics-government/article301234.html">'
        "Chiefs owner says team will decide on stadium by spring</a></div>"
        + paras(SENTENCES[4:])
        + '<p class="publish-date">This story was originally published December 4, 2026 at 5:00 AM.</p></div>'
        "</article></main>" + after,
    )
    expect(
        record(html, "https://www.kansascity.com/news/politics-government/article301299999.html"),
        headline="Missouri lawmakers file stadium funding bill",
        standfirst=None,
        authors=["Kacen Bayless"],
        published="2026-12-04T05:00:00-06:00",
        modified="2026-12-04T10:35:00-06:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_mcclatchy_charlotte_observer_correction_note_stays_and_the_most_read_rail_goes() -> None:
    # the Charlotte Observer (McClatchy): JSON-LD with the writer, the correction note McClatchy sets in
    # italics at the end of the text, then the "Most Read Stories" rail
    before, after = chrome("Charlotte Observer")
    correction = (
        "Correction: An earlier version of this story misstated the year the light rail line opened. It"
        " opened in 2007."
    )
    html = page(
        '<meta property="og:type" content="article"><title>CATS board backs Silver Line route</title>'
        + article(
            "CATS board backs Silver Line route",
            datePublished="2026-12-04T06:00:00-05:00",
            dateModified="2026-12-04T13:20:00-05:00",
            author=[{"@type": "Person", "name": "Nick Sullivan"}],
        ),
        before
        + '<main><article class="story-body"><h1 class="h1">CATS board backs Silver Line route</h1><div'
        ' class="byline"><a class="ng-byline" href="/profile/260000001.html">Nick Sullivan</a></div><div'
        ' class="story-body-text">'
        + paras(SENTENCES)
        + f'<p><em>{correction}</em></p></div><section class="most-read"><h3>Most Read Stories</h3><ol><li><a'
        ' href="/news/local/article301111.html">Panthers fire offensive coordinator</a></li><li><a'
        ' href="/news/local/article301112.html">Snow expected in the mountains</a></li></ol></section>'
        "</article></main>" + after,
    )
    expect(
        record(html, "https://www.charlotteobserver.com/news/local/article301299998.html"),
        headline="CATS board backs Silver Line route",
        standfirst=None,
        authors=["Nick Sullivan"],
        published="2026-12-04T06:00:00-05:00",
        modified="2026-12-04T13:20:00-05:00",
        section=None,
        language="en",
        body=[*SENTENCES, correction],
        access="free",
    )


def test_advance_local_syracuse_byline_with_email_and_published_updated_lines() -> None:
    # syracuse.com on Advance Local's Arc template: "By Julie McMahon | jmcmahon@syracuse.com", "Published:
    # Dec. 04, 2026, 5:00 a.m." and "Updated: Dec. 04, 2026, 9:41 a.m." (no metadata dates), the affiliate
    # disclosure and the "Our journalism needs your support" appeal after the text
    before, after = chrome("syracuse.com")
    html = page(
        '<meta property="og:type" content="article"><title>Micron plant clears state environmental review -'
        " syracuse.com</title>",
        before + '<main><article class="article"><h1 class="article__headline">Micron plant clears state'
        ' environmental review</h1><div class="article__details"><span class="article__byline">By <a'
        ' href="/staff/jmcmahon/posts.html">Julie McMahon</a> | jmcmahon@syracuse.com</span><div'
        ' class="article__published"><span class="article__date">Published: Dec. 04, 2026, 5:00 a.m.</span>'
        '</div><div class="article__updated"><span>Updated: Dec. 04, 2026, 9:41 a.m.</span></div></div><div'
        ' class="entry-content">'
        + paras(SENTENCES)
        + '</div><div class="article__disclosure"><p>If you purchase a product or register for an account'
        " through a link on our site, we may receive compensation. By using this site, you consent to our"
        ' User Agreement.</p></div><div class="support-cta"><p>Our journalism needs your support. Please'
        " subscribe today to syracuse.com.</p></div></article></main>" + after,
    )
    expect(
        record(
            html, "https://www.syracuse.com/news/2026/12/micron-plant-clears-state-environmental-review.html"
        ),
        headline="Micron plant clears state environmental review",
        standfirst=None,
        authors=["Julie McMahon"],
        published="2026-12-04T05:00:00+00:00",
        modified="2026-12-04T09:41:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_advance_local_oregonlive_desk_in_the_byline_and_a_reach_me_sign_off() -> None:
    # OregonLive (Advance Local): "By Shane Dixon Kavanaugh | The Oregonian/OregonLive", JSON-LD dates in
    # Pacific time, and the reporter's sign-off with phone, e-mail and handle under the text
    before, after = chrome("oregonlive")
    html = page(
        '<meta property="og:type" content="article"><title>Portland council votes to expand street'
        " cleanup</title>"
        + article(
            "Portland council votes to expand street cleanup",
            datePublished="2026-12-04T06:00:00-08:00",
            dateModified="2026-12-04T07:12:00-08:00",
            author=[{"@type": "Person", "name": "Shane Dixon Kavanaugh"}],
        ),
        before + '<main><article class="article"><h1 class="article__headline">Portland council votes to'
        ' expand street cleanup</h1><span class="article__byline">By <a href="/staff/skavanaugh/posts.html">'
        'Shane Dixon Kavanaugh</a> | The Oregonian/OregonLive</span><div class="entry-content">'
        + paras(SENTENCES)
        + "<p>— Shane Dixon Kavanaugh covers Multnomah County; reach him at 503-294-7632,"
        " skavanaugh@oregonian.com or @shanedkavanaugh.</p></div></article></main>" + after,
    )
    expect(
        record(html, "https://www.oregonlive.com/portland/2026/12/portland-council-street-cleanup.html"),
        headline="Portland council votes to expand street cleanup",
        standfirst=None,
        authors=["Shane Dixon Kavanaugh"],
        published="2026-12-04T06:00:00-08:00",
        modified="2026-12-04T07:12:00-08:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_hearst_houston_chronicle_staff_writer_role_and_an_updated_line() -> None:
    # the Houston Chronicle on Hearst's template: "By <a>Jen Rice</a>, Staff writer", "Dec 4, 2026" then
    # "Updated Dec 4, 2026 10:35 a.m.", a photo credit "Photo: Jon Shapley/Staff photographer", JSON-LD
    # dates in UTC
    before, after = chrome("Houston Chronicle")
    html = page(
        '<meta property="og:type" content="article"><title>Harris County approves flood bond projects</title>'
        + article(
            "Harris County approves flood bond projects",
            datePublished="2026-12-04T11:00:00Z",
            dateModified="2026-12-04T16:35:00Z",
            author=[{"@type": "Person", "name": "Jen Rice"}],
        ),
        before + '<main><article><header><h1 class="headline">Harris County approves flood bond projects</h1>'
        '<div class="byline">By <a href="/author/jen-rice/">Jen Rice</a>, Staff writer</div><div'
        ' class="timestamp"><time datetime="2026-12-04T11:00:00Z">Dec 4, 2026</time><span>Updated Dec 4,'
        ' 2026 10:35 a.m.</span></div></header><figure><img src="/img/flood.jpg" alt=""><figcaption>Crews'
        ' clear a bayou in north Houston. <span class="credit">Photo: Jon Shapley/Staff photographer'
        '</span></figcaption></figure><div class="body">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.houstonchronicle.com/news/houston-texas/article/flood-bond-21234567.php"),
        headline="Harris County approves flood bond projects",
        standfirst=None,
        authors=["Jen Rice"],
        published="2026-12-04T11:00:00+00:00",
        modified="2026-12-04T16:35:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_sinclair_komo_ap_copy_with_an_ordinal_date_line_and_the_wire_as_author() -> None:
    # KOMO News on Sinclair's template: "by The Associated Press" over the story, "Thu, December 4th 2026 at
    # 10:30 AM" and "Updated Thu, December 4th 2026 at 11:05 AM" (Pacific time, no metadata dates), the AP
    # copyright line, "Loading ..." and the "Follow KOMO News" line after the text
    before, after = chrome("KOMO")
    html = page(
        '<meta property="og:type" content="article"><title>Washington ferry system to add two boats</title>',
        before + '<main><div class="StoryPage"><h1 class="index-module_storyTitle__abc">Washington ferry'
        ' system to add two boats</h1><div class="index-module_byline__def">by The Associated Press</div>'
        '<div class="index-module_timestamp__ghi"><span>Thu, December 4th 2026 at 10:30 AM</span><span>'
        'Updated Thu, December 4th 2026 at 11:05 AM</span></div><div class="StoryText-module_storyText__x">'
        + paras(SENTENCES)
        + "<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published,"
        " broadcast, rewritten or redistributed.</p></div><p>Loading ...</p></div></main>" + after,
    )
    expect(
        record(html, "https://komonews.com/news/local/washington-ferry-system-to-add-two-boats"),
        headline="Washington ferry system to add two boats",
        standfirst=None,
        authors=["The Associated Press"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:05:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_public_radio_grove_station_running_npr_copy_with_its_copyright_line() -> None:
    # KUOW on NPR's Grove (Brightspot): an NPR story with its writer in "AuthorInfo", "Published December 4,
    # 2026 at 5:00 AM PST", the text in "RichTextArticleBody" and "Copyright 2026 NPR" closing it
    before, after = chrome("KUOW")
    html = page(
        '<meta property="og:type" content="article"><title>Fed officials signal pause in rate cuts | KUOW'
        "</title>"
        + article(
            "Fed officials signal pause in rate cuts",
            datePublished="2026-12-04T13:00:00Z",
            author=[{"@type": "Person", "name": "Scott Horsley"}],
        ),
        before + '<main><div class="ArtP-headline"><h1 class="headline">Fed officials signal pause in rate'
        ' cuts</h1></div><div class="ArtP-authorInfo"><div class="AuthorInfo"><div class="AuthorInfo-name">'
        '<a href="/people/scott-horsley">Scott Horsley</a></div></div></div><div class="ArtP-datePublished">'
        'Published December 4, 2026 at 5:00 AM PST</div><div class="RichTextArticleBody RichTextBody">'
        + paras(SENTENCES)
        + "<p>Copyright 2026 NPR</p></div></main>"
        + after,
    )
    expect(
        record(html, "https://www.kuow.org/stories/fed-officials-signal-pause-in-rate-cuts"),
        headline="Fed officials signal pause in rate cuts",
        standfirst=None,
        authors=["Scott Horsley"],
        published="2026-12-04T05:00:00-08:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_public_radio_core_publisher_bullet_byline_date_line() -> None:
    # WRVO on NPR's old Core Publisher (Drupal 7): "By Payne Horning • Dec 4, 2026" in the node's byline
    # field, the text in "field-name-body", a "Related Content" block and the station's support appeal
    before, after = chrome("WRVO")
    html = page(
        '<meta property="og:type" content="article"><title>Oswego County opens warming centers | WRVO Public'
        " Media</title>",
        before + '<main><div class="node node-story"><h1 class="title">Oswego County opens warming centers'
        '</h1><div class="field-name-field-byline"><span class="byline">By <a href="/people/payne-horning">'
        'Payne Horning</a></span> • <span class="date-display-single">Dec 4, 2026</span></div><div'
        ' class="field field-name-body field-type-text-with-summary">'
        + paras(SENTENCES)
        + '</div><div class="related-content"><h2>Related Content</h2><a href="/post/snow-emergency">Snow'
        ' emergency declared in Oswego</a></div><div class="pledge"><p>Support local journalism: give to'
        " WRVO today.</p></div></div></main>" + after,
    )
    expect(
        record(html, "https://www.wrvo.org/post/oswego-county-opens-warming-centers"),
        headline="Oswego County opens warming centers",
        standfirst=None,
        authors=["Payne Horning"],
        published="2026-12-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- Canada -----------------------------------------------------------------------------------------------
def test_postmedia_toronto_sun_canadian_press_copy_with_article_content_labels() -> None:
    # the Toronto Sun (Postmedia): "Author of the article: The Canadian Press" (the wire alone), the
    # "Article content" labels Postmedia sets around its in-text ad slots, "OTTAWA —" opening the text
    before, after = chrome("Toronto Sun")
    html = page(
        '<meta property="og:type" content="article"><title>Ottawa extends EV rebate program | Toronto Sun'
        "</title>"
        + article(
            "Ottawa extends EV rebate program",
            datePublished="2026-12-04T10:30:00-05:00",
            author=[{"@type": "Person", "name": "The Canadian Press"}],
        ),
        before + '<main><article class="article-content"><h1 class="article-title">Ottawa extends EV rebate'
        ' program</h1><div class="wire-published-by"><span class="wire-published-by__label">Author of the'
        ' article:</span><span class="wire-published-by__authors">The Canadian Press</span></div><div'
        ' class="article-meta"><span class="published-date">Published Dec 04, 2026</span> • <span'
        ' class="reading-time">2 minute read</span></div><div class="article-content__content-group">'
        f"<p>OTTAWA — {SENTENCES[0]}</p>" + paras(SENTENCES[1:3]) + '<div class="article-content__ad-group">'
        '<p class="ad__label">Advertisement 2</p><p class="article-content__label">Article content</p></div>'
        + paras(SENTENCES[3:])
        + '<p class="article-content__label">Article content</p></div></article></main>'
        + after,
    )
    expect(
        record(html, "https://torontosun.com/news/national/ottawa-extends-ev-rebate-program"),
        headline="Ottawa extends EV rebate program",
        standfirst=None,
        authors=["The Canadian Press"],
        published="2026-12-04T10:30:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=[f"OTTAWA — {SENTENCES[0]}", *SENTENCES[1:]],
        access="free",
        dateline="OTTAWA",
    )


def test_torstar_toronto_star_byline_with_desk_and_a_dot_abbreviated_date_line() -> None:
    # the Toronto Star (Torstar): "By Ben Spurr Transportation Reporter", "Dec. 4, 2026 at 5:00 a.m." with
    # "Updated Dec. 4, 2026 at 9:30 a.m.", no metadata dates, "Star Content" share rail and the
    # "Conversations are opinions of our readers" note after the text
    before, after = chrome("Toronto Star")
    html = page(
        '<meta property="og:type" content="article"><title>Eglinton Crosstown finally gets an opening date'
        "</title>",
        before
        + '<main><article><h1 class="headline">Eglinton Crosstown finally gets an opening date</h1><div'
        ' class="byline"><span class="author-name">By <a href="/authors/spurr_ben.html">Ben Spurr</a></span>'
        '<span class="author-title">Transportation Reporter</span></div><div class="dates"><time'
        ' class="published-date">Dec. 4, 2026 at 5:00 a.m.</time><time class="updated-date">Updated Dec. 4,'
        ' 2026 at 9:30 a.m.</time></div><div class="asset-body">'
        + paras(SENTENCES)
        + '</div><div class="comments-note"><p>Conversations are opinions of our readers and are subject to'
        " the Code of Conduct. The Star does not endorse these opinions.</p></div></article></main>" + after,
    )
    expect(
        record(html, "https://www.thestar.com/news/gta/eglinton-crosstown-opening-date/article_1a2b3c.html"),
        headline="Eglinton Crosstown finally gets an opening date",
        standfirst=None,
        authors=["Ben Spurr"],
        published="2026-12-04T05:00:00+00:00",
        modified="2026-12-04T09:30:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_journal_de_montreal_french_canadian_hour_h_minute_published_and_updated_lines() -> None:
    # the Journal de Montréal (Québecor): "Jean Balthazar | Journal de Montréal", "Publié le 4 décembre 2026
    # à 10 h 30" and "Mis à jour le 4 décembre 2026 à 11 h 05" (Montreal time, no metadata dates), a
    # "À lire aussi" box inside the text
    before, after = chrome("Le Journal de Montréal", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Prolongement de la ligne bleue : Québec annonce'
        " deux milliards | JDM</title>",
        before
        + '<main><article><h1 class="article-main-title">Prolongement de la ligne bleue : Québec annonce'
        ' deux milliards</h1><div class="article-authors"><span class="author-name">Jean Balthazar</span>'
        ' | <span class="author-media">Journal de Montréal</span></div><div class="article-dates"><span'
        ' class="publish-date">Publié le 4 décembre 2026 à 10 h 30</span><span class="update-date">Mis à'
        ' jour le 4 décembre 2026 à 11 h 05</span></div><div class="article-main-txt">'
        + paras(FR_CA[:2])
        + '<div class="related-box"><p class="related-title">À lire aussi</p><a href="/2026/11/30/rem-'
        "retards\">Nouveaux retards pour le REM de l'Est</a></div>"
        + paras(FR_CA[2:])
        + "</div></article></main>"
        + after,
        lang="fr-CA",
    )
    expect(
        record(html, "https://www.journaldemontreal.com/2026/12/04/prolongement-de-la-ligne-bleue"),
        headline="Prolongement de la ligne bleue : Québec annonce deux milliards",
        standfirst=None,
        authors=["Jean Balthazar"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:05:00+00:00",
        section=None,
        language="fr-CA",
        body=FR_CA,
    )


def test_le_soleil_par_byline_with_the_paper_and_a_compact_hour_h_line() -> None:
    # Le Soleil (Coopérative nationale de l'information indépendante): "Par Jean-François Néron, Le Soleil",
    # "4 décembre 2026 à 5h00" and "Mis à jour à 9h12", JSON-LD in UTC, "Partager" and the CN2i footer
    before, after = chrome("Le Soleil", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Québec accélère le tramway | Le Soleil</title>'
        + article(
            "Québec accélère le tramway",
            datePublished="2026-12-04T10:00:00Z",
            dateModified="2026-12-04T14:12:00Z",
            author=[{"@type": "Person", "name": "Jean-François Néron"}],
            inLanguage="fr-CA",
        ),
        before + '<main><article><h1>Québec accélère le tramway</h1><p class="byline">Par <a'
        ' href="/auteurs/jean-francois-neron">Jean-François Néron</a>, Le Soleil</p><p class="dates">4'
        ' décembre 2026 à 5h00 <span>Mis à jour à 9h12</span></p><div class="article-body">'
        + paras(FR_CA)
        + "</div></article></main>"
        + after,
        lang="fr",
    )
    expect(
        record(html, "https://www.lesoleil.com/actualites/2026/12/04/quebec-accelere-le-tramway-ABC123/"),
        headline="Québec accélère le tramway",
        standfirst=None,
        authors=["Jean-François Néron"],
        published="2026-12-04T05:00:00-05:00",
        modified="2026-12-04T09:12:00-05:00",
        section=None,
        language="fr",
        body=FR_CA,
    )


# --- Australia --------------------------------------------------------------------------------------------
def test_news_corp_daily_telegraph_nca_newswire_byline_and_a_dash_date_line() -> None:
    # the Daily Telegraph (News Corp Australia): "Jane Doe" with "NCA NewsWire" under it, "December 4, 2026
    # - 10:30AM" (Sydney summer time, UTC+11), no metadata dates, "Read related topics" and the comments
    # teaser after the text
    before, after = chrome("Daily Telegraph")
    html = page(
        '<meta property="og:type" content="article"><title>NSW to fast-track western Sydney housing | Daily'
        " Telegraph</title>",
        before + '<main><article id="story-body"><h1 id="story-headline">NSW to fast-track western Sydney'
        ' housing</h1><div class="author_name"><a href="/journalists/angira-bharadwaj">Angira Bharadwaj</a>'
        '<span class="author_role">NCA NewsWire</span></div><div class="story-date">December 4, 2026 -'
        ' 10:30AM</div><div id="story-primary">'
        + paras(SENTENCES)
        + '</div><div class="related-topics"><h3>Read related topics:</h3><a href="/topics/sydney">Sydney</a>'
        '</div><div class="comments-teaser"><p>Add your comment to this story</p></div></article></main>'
        + after,
    )
    expect(
        record(html, "https://www.dailytelegraph.com.au/news/nsw/nsw-housing/news-story/8f1d2c3b4a5e"),
        headline="NSW to fast-track western Sydney housing",
        standfirst=None,
        authors=["Angira Bharadwaj"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_news_corp_courier_mail_premium_teaser_behind_its_subscribe_box() -> None:
    # the Courier-Mail (News Corp Australia): a subscribers' story: JSON-LD with isAccessibleForFree false,
    # the intro, two paragraphs and the "Subscribe to read" offer box (a server-side teaser); the intro
    # ("story-intro") is the text's lead, in the body as content/lead.py's leads are
    before, after = chrome("The Courier-Mail")
    html = page(
        '<meta property="og:type" content="article"><title>Brisbane Olympics venue costs blow out | The'
        " Courier Mail</title>"
        + article(
            "Brisbane Olympics venue costs blow out",
            description="The bill for the main stadium has risen by $1.2 billion.",
            datePublished="2026-12-04T05:00:00+10:00",
            dateModified="2026-12-04T06:40:00+10:00",
            author=[{"@type": "Person", "name": "Sarah Vogler"}],
            isAccessibleForFree=False,
            hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"},
        ),
        before + '<main><article id="story-body"><h1 id="story-headline">Brisbane Olympics venue costs blow'
        ' out</h1><p id="story-intro">The bill for the main stadium has risen by $1.2 billion.</p><div'
        ' class="author_name"><a href="/journalists/sarah-vogler">Sarah Vogler</a></div><div'
        ' id="story-primary">'
        + paras(SENTENCES[:2])
        + '</div><div class="paywall"><h3>Subscribe to read this story</h3><p>Get unlimited access for $1 a'
        ' week for the first 12 weeks.</p><a href="/subscribe">Subscribe now</a><p>Already a subscriber? <a'
        ' href="/login">Log in</a></p></div></article></main>' + after,
    )
    expect(
        record(html, "https://www.couriermail.com.au/news/queensland/olympics-venue-costs/news-story/2b3c4d"),
        headline="Brisbane Olympics venue costs blow out",
        standfirst=None,
        authors=["Sarah Vogler"],
        published="2026-12-04T05:00:00+10:00",
        modified="2026-12-04T06:40:00+10:00",
        section=None,
        language="en",
        body=["The bill for the main stadium has risen by $1.2 billion.", *SENTENCES[:2]],
        access="paywalled",
        truncated=True,
    )


def test_nine_9news_by_line_with_a_lowercase_time_before_the_date() -> None:
    # 9News (Nine): "By Jane Doe" and "4:30pm Dec 4, 2026" (Sydney time, UTC+11) in one header, no
    # metadata dates, a "Download the 9News app" line and "Related stories" after the text
    before, after = chrome("9News")
    html = page(
        '<meta property="og:type" content="article"><title>Heatwave warning for Sydney weekend</title>',
        before + '<main><article><h1 class="article__headline">Heatwave warning for Sydney weekend</h1><div'
        ' class="article__meta"><span class="article__author">By Tristan Hertz</span><span'
        ' class="article__time">4:30pm Dec 4, 2026</span></div><div class="article__body">'
        + paras(SENTENCES)
        + "<p><strong>Download the 9News app to stay across all the latest news.</strong></p></div></article>"
        "</main>" + after,
    )
    expect(
        record(html, "https://www.9news.com.au/national/heatwave-warning-sydney/8c7d6e5f"),
        headline="Heatwave warning for Sydney weekend",
        standfirst=None,
        authors=["Tristan Hertz"],
        published="2026-12-04T16:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_sbs_news_aap_source_line_and_published_updated_lines() -> None:
    # SBS News: no person named, "Source: AAP" under the headline, "Published 4 December 2026 10:30am"
    # and "Updated 4 December 2026 11:05am" (Sydney time, no metadata dates)
    before, after = chrome("SBS News")
    html = page(
        '<meta property="og:type" content="article"><title>RBA holds cash rate steady | SBS News</title>',
        before + '<main><article><h1>RBA holds cash rate steady</h1><div class="source">Source: AAP</div>'
        '<div class="dates"><span>Published 4 December 2026 10:30am</span><span>Updated 4 December 2026'
        ' 11:05am</span></div><div class="article-body">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.sbs.com.au/news/article/rba-holds-cash-rate-steady/abc123xyz"),
        headline="RBA holds cash rate steady",
        standfirst=None,
        authors=["AAP"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:05:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_the_new_daily_republishing_the_conversation_with_its_notice_and_academic_byline() -> None:
    # The New Daily running a piece of The Conversation: the academic's name with her title and
    # university, a WordPress date line, and the "This article is republished from The Conversation under
    # a Creative Commons license" notice under the text
    before, after = chrome("The New Daily")
    html = page(
        '<meta property="og:type" content="article"><title>Why interest rates bite harder in the suburbs'
        "</title>"
        '<meta property="article:published_time" content="2026-12-04T05:30:00+11:00">',
        before + '<main><article class="post"><h1 class="entry-title">Why interest rates bite harder in the'
        ' suburbs</h1><div class="author-byline">Jane Doe, Associate Professor of Economics, University of'
        ' Sydney</div><div class="entry-date">December 4, 2026</div><div class="entry-content">'
        + paras(SENTENCES)
        + "<p><em>This article is republished from The Conversation under a Creative Commons license. Read"
        " the original article.</em></p></div></article></main>" + after,
    )
    expect(
        record(html, "https://www.thenewdaily.com.au/finance/2026/12/04/interest-rates-suburbs"),
        headline="Why interest rates bite harder in the suburbs",
        standfirst=None,
        authors=["Jane Doe"],
        published="2026-12-04T05:30:00+11:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- New Zealand ------------------------------------------------------------------------------------------
def test_otago_daily_times_weekday_date_line_and_the_drupal_byline() -> None:
    # the Otago Daily Times (Drupal): "By Grant Miller" in the byline field, "Thursday, 4 December 2026"
    # then "Updated 4 December 2026 at 11:05 am" (NZ summer time, UTC+13), no metadata dates, photo credit
    before, after = chrome("Otago Daily Times")
    html = page(
        '<meta property="og:type" content="article"><title>Dunedin hospital build back on track | Otago'
        " Daily Times Online News</title>",
        before + '<main><div class="node node-article"><h1 class="page-title">Dunedin hospital build back on'
        ' track</h1><div class="field-name-field-byline">By Grant Miller</div><div class="submitted"><span'
        ' class="date">Thursday, 4 December 2026</span></div><figure><img src="/files/hospital.jpg"'
        ' alt=""><figcaption>The site on Cumberland St. Photo: Gerard O\'Brien</figcaption></figure><div'
        ' class="field-name-body">' + paras(SENTENCES) + "</div></div></main>" + after,
    )
    expect(
        record(html, "https://www.odt.co.nz/news/dunedin/dunedin-hospital-build-back-track"),
        headline="Dunedin hospital build back on track",
        standfirst=None,
        authors=["Grant Miller"],
        published="2026-12-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_1news_reporter_role_after_the_name_and_a_json_ld_in_nz_time() -> None:
    # 1News (TVNZ, Arc): "By Felix Walton, 1News Political Reporter", JSON-LD in NZ summer time, the
    # "Get the latest news in your inbox" sign-up and a "Most Popular" rail after the text
    before, after = chrome("1News")
    html = page(
        '<meta property="og:type" content="article"><title>Government confirms new inter-island ferries'
        "</title>"
        + article(
            "Government confirms new inter-island ferries",
            datePublished="2026-12-04T16:30:00+13:00",
            dateModified="2026-12-04T17:05:00+13:00",
            author=[{"@type": "Person", "name": "Felix Walton"}],
        ),
        before + '<main><article><h1>Government confirms new inter-island ferries</h1><p class="byline">By'
        ' Felix Walton, 1News Political Reporter</p><div class="body">'
        + paras(SENTENCES)
        + '</div><div class="signup"><p>Get the latest news in your inbox</p></div><section'
        ' class="most-popular"><h3>Most Popular</h3><a href="/2026/12/03/x/">Auckland rail shutdown dates'
        " revealed</a></section></article></main>" + after,
    )
    expect(
        record(html, "https://www.1news.co.nz/2026/12/04/government-confirms-new-inter-island-ferries/"),
        headline="Government confirms new inter-island ferries",
        standfirst=None,
        authors=["Felix Walton"],
        published="2026-12-04T16:30:00+13:00",
        modified="2026-12-04T17:05:00+13:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_the_spinoff_guest_writer_role_and_a_members_appeal_box() -> None:
    # The Spinoff (WordPress): "Jane Doe | Guest writer" in the byline, Yoast's published time in NZ summer
    # time, the "Help keep The Spinoff free" members box after the text
    before, after = chrome("The Spinoff")
    html = page(
        '<meta property="og:type" content="article"><title>The council meeting that broke Wellington | The'
        ' Spinoff</title><meta property="article:published_time" content="2026-12-03T18:00:00+00:00">'
        '<meta property="article:modified_time" content="2026-12-03T19:15:00+00:00">',
        before + '<main><article class="post"><h1 class="entry-title">The council meeting that broke'
        ' Wellington</h1><div class="byline"><a href="/authors/jane-doe">Jane Doe</a> | <span>Guest writer'
        '</span></div><div class="entry-content">'
        + paras(SENTENCES)
        + '</div><div class="members-box"><h3>Help keep The Spinoff free</h3><p>Join Spinoff Members today'
        " and support independent journalism.</p></div></article></main>" + after,
    )
    expect(
        record(
            html, "https://thespinoff.co.nz/politics/04-12-2026/the-council-meeting-that-broke-wellington"
        ),
        headline="The council meeting that broke Wellington",
        standfirst=None,
        authors=["Jane Doe"],
        published="2026-12-03T18:00:00+00:00",
        modified="2026-12-03T19:15:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_newsroom_nz_slashed_date_line_with_the_reporters_desk() -> None:
    # Newsroom (New Zealand): "Marc Daalder Senior Political Reporter" and "4 December 2026" (no
    # metadata dates), "Newsroom is powered by the generosity of readers" appeal after the text
    before, after = chrome("Newsroom")
    html = page(
        '<meta property="og:type" content="article"><title>Health NZ cuts 400 more roles</title>',
        before + '<main><article><h1 class="entry-title">Health NZ cuts 400 more roles</h1><div'
        ' class="author"><a href="/author/marc-daalder/">Marc Daalder</a><span class="role">Senior Political'
        ' Reporter</span></div><time class="entry-date">4 December 2026</time><div class="entry-content">'
        + paras(SENTENCES)
        + '</div><div class="donate"><p>Newsroom is powered by the generosity of readers like you.</p><a'
        ' href="/donate">Donate now</a></div></article></main>' + after,
    )
    expect(
        record(html, "https://newsroom.co.nz/2026/12/04/health-nz-cuts-400-more-roles/"),
        headline="Health NZ cuts 400 more roles",
        standfirst=None,
        authors=["Marc Daalder"],
        published="2026-12-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- Latin America ----------------------------------------------------------------------------------------
def test_excelsior_por_byline_and_a_spanish_date_line_with_hour() -> None:
    # Excélsior: "Por Leticia Robles de la Rosa", "04/12/2026 10:30" and "Actualizado: 04/12/2026 11:05"
    # (Mexico City time, UTC-6, no metadata dates), "Lee también" links inside the text
    before, after = chrome("Excélsior", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Aprueban reforma de transparencia municipal |'
        " Excélsior</title>",
        before + '<main><article><h1 class="title">Aprueban reforma de transparencia municipal</h1><div'
        ' class="autor">Por <a href="/autor/leticia-robles">Leticia Robles de la Rosa</a></div><div'
        ' class="fecha">04/12/2026 10:30 <span>Actualizado: 04/12/2026 11:05</span></div><div'
        ' class="nota-cuerpo">'
        + paras(ES_LA[:2])
        + '<p><strong>Lee también: </strong><a href="/nacional/senado-presupuesto/1712345">Senado aprueba'
        " presupuesto 2027</a></p>" + paras(ES_LA[2:]) + "</div></article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://www.excelsior.com.mx/nacional/aprueban-reforma-transparencia/1712399"),
        headline="Aprueban reforma de transparencia municipal",
        standfirst=None,
        authors=["Leticia Robles de la Rosa"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:05:00+00:00",
        section=None,
        language="es",
        body=ES_LA,
    )


def test_la_jornada_print_edition_line_and_the_reporter_name_over_the_text() -> None:
    # La Jornada: "Periódico La Jornada / Jueves 4 de diciembre de 2026, p. 5" under the headline, the
    # reporter's name in its own element, no metadata dates
    before, after = chrome("La Jornada", "es")
    html = page(
        '<meta property="og:type" content="article"><title>La Jornada - Aprueban reforma de transparencia'
        " municipal</title>",
        before + '<main><div class="article-container"><h1 class="article-title">Aprueban reforma de'
        ' transparencia municipal</h1><div class="article-time"><span>Periódico La Jornada</span><br>Jueves'
        ' 4 de diciembre de 2026, p. 5</div><div class="article-author"><span class="author-name">Fernando'
        ' Camacho Servín</span></div><div class="article-text">'
        + paras(ES_LA)
        + "</div></div></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.jornada.com.mx/2026/12/04/politica/005n1pol"),
        headline="Aprueban reforma de transparencia municipal",
        standfirst=None,
        authors=["Fernando Camacho Servín"],
        published="2026-12-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES_LA,
    )


def test_peru21_arc_redaccion_byline_and_an_actualizado_line_with_a_dotted_meridiem() -> None:
    # Perú21 on El Comercio group's Arc template: "Redacción Perú21" (the newsroom alone), "Actualizado el
    # 04/12/2026, 03:30 p. m." (Lima time, UTC-5), JSON-LD without dates, a "Tags relacionados" row
    before, after = chrome("Perú21", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Congreso aprueba reforma de transparencia | PERU21'
        "</title>"
        + article(
            "Congreso aprueba reforma de transparencia",
            author={"@type": "Person", "name": "Redacción Perú21"},
        ),
        before + '<main><article class="story-content"><h1 class="sht__title">Congreso aprueba reforma de'
        ' transparencia</h1><div class="s-aut"><a class="s-aut__n" href="/autor/redaccion-peru21/">Redacción'
        ' Perú21</a></div><time class="s-aut__time" >Actualizado el 04/12/2026, 03:30 p. m.</time><div'
        ' class="story-contents__content">'
        + paras(ES_LA, "story-contents__font-paragraph")
        + '</div><div class="st-tags"><h4>Tags relacionados</h4><a href="/noticias/congreso/">Congreso</a>'
        "</div></article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://peru21.pe/politica/congreso-aprueba-reforma-de-transparencia-noticia/"),
        headline="Congreso aprueba reforma de transparencia",
        standfirst=None,
        authors=["Redacción Perú21"],
        published="2026-12-04T15:30:00+00:00",
        modified="2026-12-04T15:30:00+00:00",
        section=None,
        language="es",
        body=ES_LA,
    )


def test_el_heraldo_colombia_por_colon_byline_and_a_long_spanish_date() -> None:
    # El Heraldo (Barranquilla): "Por: Redacción Política", "4 de diciembre de 2026 - 10:30 a.m." (Bogotá
    # time, UTC-5), no metadata dates, "Lea también" links and the WhatsApp channel line after the text
    before, after = chrome("El Heraldo", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Congreso aprueba reforma de transparencia | El'
        " Heraldo</title>",
        before + '<main><article><h1>Congreso aprueba reforma de transparencia</h1><div class="autor">Por:'
        ' Marianela Fontalvo</div><div class="fecha">4 de diciembre de 2026 - 10:30 a.m.</div><div'
        ' class="cuerpo">'
        + paras(ES_LA[:2])
        + '<p>Lea también: <a href="/politica/2026/12/03/senado">Senado hunde reforma tributaria</a></p>'
        + paras(ES_LA[2:])
        + "<p>Siga a EL HERALDO en su canal de WhatsApp.</p></div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.elheraldo.co/politica/2026/12/04/congreso-aprueba-reforma"),
        headline="Congreso aprueba reforma de transparencia",
        standfirst=None,
        authors=["Marianela Fontalvo"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES_LA,
    )


def test_emol_efe_copy_with_the_agency_as_author_and_a_chilean_date_line() -> None:
    # Emol (El Mercurio Online): an EFE story: "EFE" as the author, "Jueves, 04 de Diciembre de 2026 |
    # 10:30" (Santiago summer time, UTC-3), no metadata dates
    before, after = chrome("Emol", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Congreso aprueba reforma de transparencia | Emol'
        "</title>",
        before + '<main><div id="cuDetalle"><h1 id="cuDetalle_cuTitular_tituloNoticia">Congreso aprueba'
        ' reforma de transparencia</h1><div class="info-notaemol-porfecha">Jueves, 04 de Diciembre de 2026'
        ' | 10:30 | EFE</div><div id="cuDetalle_cuTexto_textoNoticia" class="EmolText">'
        + "<br><br>".join(ES_LA)
        + "</div></div></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.emol.com/noticias/Internacional/2026/12/04/1150000/reforma.html"),
        headline="Congreso aprueba reforma de transparencia",
        standfirst=None,
        authors=["EFE"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES_LA,
    )


def test_el_universo_arc_json_ld_and_a_spanish_date_line_with_actualizado() -> None:
    # El Universo (Guayaquil, Arc): JSON-LD with the writer and dates in UTC, "4 de diciembre de 2026 -
    # 05:30" and "Actualizado el 4 de diciembre de 2026 - 06:05" over the text, "Te recomendamos" rail
    before, after = chrome("El Universo", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Asamblea aprueba reforma de transparencia | El'
        " Universo</title>"
        + article(
            "Asamblea aprueba reforma de transparencia",
            datePublished="2026-12-04T10:30:00Z",
            dateModified="2026-12-04T11:05:00Z",
            author=[{"@type": "Person", "name": "Ana María Ramírez"}],
            inLanguage="es",
        ),
        before + '<main><article><h1>Asamblea aprueba reforma de transparencia</h1><div class="byline">Ana'
        ' María Ramírez</div><div class="date">4 de diciembre de 2026 - 05:30 <span>Actualizado el 4 de'
        ' diciembre de 2026 - 06:05</span></div><div class="article-body">'
        + paras(ES_LA)
        + '</div><aside class="recommended"><h3>Te recomendamos</h3><a href="/politica/x-nota/">Corte'
        " admite demanda</a></aside></article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://www.eluniverso.com/noticias/politica/asamblea-aprueba-reforma-nota/"),
        headline="Asamblea aprueba reforma de transparencia",
        standfirst=None,
        authors=["Ana María Ramírez"],
        published="2026-12-04T05:30:00-05:00",
        modified="2026-12-04T06:05:00-05:00",
        section=None,
        language="es",
        body=ES_LA,
    )


def test_rio_negro_clarin_like_sister_template_with_volanta_and_bajada() -> None:
    # Río Negro (General Roca, a regional in the Clarín/La Nación shape): the "volanta" kicker over the
    # headline, the "bajada" standfirst, "Por Jorge Vergara" and "4 de diciembre de 2026 - 10:30"
    # (Argentine time, UTC-3), no metadata dates, "Newsletter" box between paragraphs
    before, after = chrome("Diario Río Negro", "es")
    html = page(
        '<meta property="og:type" content="article"><title>Neuquén aprueba su ley de transparencia - Diario'
        " Río Negro</title>",
        before + '<main><article><p class="volanta">Legislatura</p><h1 class="title">Neuquén aprueba su ley'
        ' de transparencia</h1><h2 class="bajada">Los municipios deberán publicar todos sus contratos en'
        ' línea.</h2><div class="author">Por <a href="/autor/jorge-vergara/">Jorge Vergara</a></div><time'
        ' class="date">4 de diciembre de 2026 - 10:30</time><div class="newsbody">'
        + paras(ES_LA[:2])
        + '<div class="newsletter-box"><h4>Newsletter</h4><p>Recibí las noticias más importantes en tu'
        " correo.</p></div>" + paras(ES_LA[2:]) + "</div></article></main>" + after,
        lang="es-AR",
    )
    expect(
        record(html, "https://www.rionegro.com.ar/politica/neuquen-aprueba-su-ley-de-transparencia-3456789/"),
        headline="Neuquén aprueba su ley de transparencia",
        standfirst="Los municipios deberán publicar todos sus contratos en línea.",
        authors=["Jorge Vergara"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="es-AR",
        body=ES_LA,
    )


def test_gzh_hour_h_minute_min_date_lines_and_the_reporter_over_the_text() -> None:
    # GZH (Grupo RBS, Porto Alegre): "Paulo Egídio", "04/12/2026 - 10h30min" and "Atualizada em 04/12/2026
    # - 11h05min" (Brasília time, UTC-3), no metadata dates, "Leia também" links inside the text
    before, after = chrome("GZH", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Prefeitura amplia ciclovias | GZH</title>',
        before + '<main><article class="article"><h1 class="m-headline">Prefeitura amplia ciclovias</h1><div'
        ' class="m-byline"><span class="m-byline__author">Paulo Egídio</span></div><div class="m-date">'
        "<span>04/12/2026 - 10h30min</span><span>Atualizada em 04/12/2026 - 11h05min</span></div><div"
        ' class="article-paragraphs">'
        + paras(BR[:2])
        + '<p><strong>Leia também</strong></p><ul><li><a href="/porto-alegre/noticia/2026/12/x.html">Trensurb'
        " terá nova estação</a></li></ul>" + paras(BR[2:]) + "</div></article></main>" + after,
        lang="pt-BR",
    )
    expect(
        record(html, "https://gauchazh.clicrbs.com.br/porto-alegre/noticia/2026/12/ciclovias-clxyz.html"),
        headline="Prefeitura amplia ciclovias",
        standfirst=None,
        authors=["Paulo Egídio"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:05:00+00:00",
        section=None,
        language="pt-BR",
        body=BR,
    )


def test_o_tempo_por_byline_and_a_publicado_em_line_with_a_pipe() -> None:
    # O Tempo (Belo Horizonte): "Por Ana Souza", "Publicado em 04 de dezembro de 2026 | 10:30" (Brasília
    # time), JSON-LD without dates, "Receba as notícias no WhatsApp" after the text
    before, after = chrome("O Tempo", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Prefeitura amplia ciclovias | O Tempo</title>'
        + article("Prefeitura amplia ciclovias", author={"@type": "Person", "name": "Ana Souza"}),
        before + '<main><article><h1 class="title">Prefeitura amplia ciclovias</h1><div class="autor">Por Ana'
        ' Souza</div><div class="data">Publicado em 04 de dezembro de 2026 | 10:30</div><div'
        ' class="texto">'
        + paras(BR)
        + "<p>Receba as notícias do O Tempo no seu WhatsApp.</p></div></article></main>"
        + after,
        lang="pt-BR",
    )
    expect(
        record(html, "https://www.otempo.com.br/cidades/prefeitura-amplia-ciclovias-1.3456789"),
        headline="Prefeitura amplia ciclovias",
        standfirst=None,
        authors=["Ana Souza"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="pt-BR",
        body=BR,
    )


def test_nsc_total_estadao_conteudo_copy_with_the_agency_as_author() -> None:
    # NSC Total (Santa Catarina) running Estadão Conteúdo copy: "Estadão Conteúdo" as the byline,
    # "04/12/2026 - 10:30" (Brasília time), JSON-LD with the dates in UTC
    before, after = chrome("NSC Total", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Prefeitura amplia ciclovias | NSC Total</title>'
        + article(
            "Prefeitura amplia ciclovias",
            datePublished="2026-12-04T13:30:00Z",
            author={"@type": "Organization", "name": "Estadão Conteúdo"},
        ),
        before + '<main><article><h1>Prefeitura amplia ciclovias</h1><div class="byline">Estadão Conteúdo'
        '</div><div class="date">04/12/2026 - 10:30</div><div class="content">'
        + paras(BR)
        + "</div></article></main>"
        + after,
        lang="pt-BR",
    )
    expect(
        record(html, "https://www.nsctotal.com.br/noticias/prefeitura-amplia-ciclovias"),
        headline="Prefeitura amplia ciclovias",
        standfirst=None,
        authors=["Estadão Conteúdo"],
        published="2026-12-04T10:30:00-03:00",
        modified=None,
        section=None,
        language="pt-BR",
        body=BR,
    )
