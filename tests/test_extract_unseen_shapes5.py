"""Page shapes of publishers in none of the corpora, fifth round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes4.py are the first four): whole article pages in the markup of The Washington
Post (Arc XP), Vox (Chorus), HuffPost, Ars Technica (microdata, no JSON-LD), Forbes (a contributor's byline),
BuzzFeed News (subbuzz blocks), Engadget (Yahoo), Libération, Le Monde (a paywalled teaser), Die Presse, NOS,
DR, Helsingin Sanomat, Yonhap, The Korea Herald, The Hindu, The Times of India (text set with <br>), Dawn,
Kompas, iDNES, El Confidencial, Estadão, Bangkok Post, Punch (an old WordPress theme without JSON-LD), an AMP
page of the Mirror, a PR Newswire release, a podcast episode page, an opinion column, an obituary, a
corrections column, page 1 of a paginated article, a story dated only by its wire dateline in Spanish, and a
byline with roles ("Photos by", "Edited by", "Additional reporting by"). Each page sits among the noise of a
real page (tests/test_extract_unseen_shapes4.py's `chrome`: cookie banner, menu, share buttons, newsletter
box, "Advertisement" slots, related stories with their own dates and bylines, footer). No tune-half page shows
these shapes and no host here is in any corpus, so every page is a small page built by hand in the shape of
the CMS or paper ("hand-built"), and every field of the judged record is read (`expect`).
"""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes4 import BR, DE, ES, FR, LONG, chrome, expect, paras, record

NL = [
    "Het kabinet heeft dinsdag besloten om de accijns op brandstof volgend jaar niet te verhogen, zoals"
    " eerder wel was afgesproken.",
    "Volgens de minister van Financiën kost de maatregel ongeveer een miljard euro, die uit de algemene"
    " middelen wordt betaald.",
    "De oppositie noemt het besluit een cadeau voor automobilisten en wil dat het geld naar het openbaar"
    " vervoer gaat.",
]
DA = [
    "Regeringen har tirsdag fremlagt et forslag om at bygge en ny bro mellem Sjælland og Fyn til tyve"
    " milliarder kroner.",
    "Ifølge transportministeren skal arbejdet begynde næste år og være færdigt om otte år, hvis Folketinget"
    " godkender planen.",
    "Oppositionen kritiserer forslaget og mener, at pengene hellere skulle bruges på at forbedre de"
    " eksisterende jernbaner.",
]
FI = [
    "Helsingin kaupunginvaltuusto päätti tiistaina, että keskustan kadut suljetaan autoilta viikonloppuisin"
    " ensi keväästä alkaen.",
    "Kokeilu kestää ensin vuoden, minkä jälkeen sen vaikutuksia ilmanlaatuun ja meluun arvioidaan"
    " mittausten perusteella.",
    "Kauppiaat arvostelivat päätöstä jyrkästi ja varoittivat, että keskustan liikkeiden myynti voi laskea"
    " selvästi.",
]
KO = [
    "정부는 4일 물가 안정을 위해 저소득 가구에 30만원씩 지원금을 지급하는 방안을 확정했다고 밝혔다.",
    "지원 대상은 약 500만 가구로, 필요한 예산은 1조5천억원 규모로 추산된다고 기획재정부는 설명했다.",
    "야당은 지원 규모가 충분하지 않다며 국회 심의 과정에서 예산을 늘려야 한다고 주장했다.",
]
ID = [
    "Pemerintah resmi menaikkan harga bahan bakar minyak bersubsidi mulai pekan depan untuk menekan beban"
    " anggaran negara.",
    "Menteri Keuangan mengatakan kenaikan harga tersebut diperlukan karena subsidi energi tahun ini sudah"
    " melampaui target yang ditetapkan.",
    "Sejumlah serikat buruh menolak kebijakan itu dan berencana menggelar aksi unjuk rasa di depan gedung"
    " parlemen pada hari Kamis.",
]
CS = [
    "Vláda v úterý schválila plán na stavbu nové vysokorychlostní trati mezi Prahou a Brnem za sto miliard"
    " korun.",
    "Podle ministra dopravy by stavba měla začít příští rok a trvat nejméně osm let, pokud projekt schválí"
    " parlament.",
    "Opozice plán kritizuje a tvrdí, že peníze by měly jít raději na opravy stávajících regionálních tratí.",
]


# --- American and British papers and platforms ------------------------------------------------------------
def test_washington_post_arc_byline_display_date_and_interstitials() -> None:
    # The Washington Post (Arc XP): data-qa attributes on headline, subheadline, byline and display date
    # ("March 4, 2025 at 6:12 p.m. EST"), "Story continues below advertisement" between paragraphs, a gift
    # button and comment counter, JSON-LD dates in UTC with milliseconds and a non-free hasPart
    before, after = chrome("The Washington Post")
    html = page(
        '<meta property="og:type" content="article"><title>Metro to cut Silver Line fares in April - The'
        ' Washington Post</title><meta property="og:title" content="Metro to cut Silver Line fares in April">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Metro to cut Silver Line fares in April",
                "description": "The transit agency hopes cheaper rides will bring back commuters",
                "datePublished": "2025-03-04T23:12:05.421Z",
                "dateModified": "2025-03-05T01:15:44.107Z",
                "author": [
                    {
                        "@type": "Person",
                        "name": "Justin George",
                        "url": "https://www.washingtonpost.com/people/justin-george/",
                    },
                    {
                        "@type": "Person",
                        "name": "Katie Shepherd",
                        "url": "https://www.washingtonpost.com/people/katie-shepherd/",
                    },
                ],
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".paywall",
                },
                "publisher": {"@type": "Organization", "name": "The Washington Post"},
            }
        ),
        before + '<main id="main-content"><article><div data-qa="kicker" class="wpds-c-kicker"><a'
        ' href="/transportation/">Transportation</a></div><h1 data-qa="headline"'
        ' class="wpds-c-headline"><span'
        ' data-qa="headline-text">Metro to cut Silver Line fares in April</span></h1><h2'
        ' data-qa="subheadline"'
        ' class="wpds-c-subheadline">The transit agency hopes cheaper rides will bring back'
        " commuters</h2><div"
        ' data-qa="author-byline" class="wpds-c-byline"><span>By </span><a data-qa="author-name"'
        ' href="/people/justin-george/">Justin George</a><span> and </span><a data-qa="author-name"'
        ' href="/people/katie-shepherd/">Katie Shepherd</a></div><div data-qa="timestamp"><span'
        ' data-qa="display-date">March 4, 2025 at 6:12 p.m. EST</span></div><div class="article-actions">'
        '<button data-qa="gift-button">Gift Article</button><button data-qa="comments-btn">248</button></div>'
        '<div class="article-body grid-body paywall">'
        + paras(LONG[:3], "wpds-c-cYdRxM font-copy")
        + '<div class="hide-for-print" data-qa="article-body-ad"><span class="interstitial-link">Story'
        " continues below advertisement</span></div>"
        + paras(LONG[3:], "wpds-c-cYdRxM font-copy")
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.washingtonpost.com/transportation/2025/03/04/metro-silver-line-fares-cut/"),
        headline="Metro to cut Silver Line fares in April",
        standfirst="The transit agency hopes cheaper rides will bring back commuters",
        authors=["Justin George", "Katie Shepherd"],
        published="2025-03-04T23:12:05+00:00",
        modified="2025-03-05T01:15:44+00:00",
        section=None,
        language="en",
        body=LONG,
        access="paywalled",
    )


def test_vox_chorus_duet_byline_time_and_a_support_box_in_the_text() -> None:
    # Vox (Vox Media's Chorus, "duet" components): the dek under the headline, "by <name>" with a time whose
    # datetime is UTC and whose text is Eastern, a contribution box between the paragraphs
    before, after = chrome("Vox")
    html = page(
        '<meta property="og:type" content="article"><title>Why your electric bill keeps going up |'
        " Vox</title>"
        '<meta property="og:title" content="Why your electric bill keeps going up">'
        + ld(
            [
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Why your electric bill keeps going up",
                    "description": "Utilities are spending billions on the grid, and customers are paying.",
                    "datePublished": "2025-03-04T15:00:00.000Z",
                    "dateModified": "2025-03-04T15:00:00.000Z",
                    "author": [
                        {
                            "@type": "Person",
                            "name": "Umair Irfan",
                            "url": "https://www.vox.com/authors/umair-irfan",
                        }
                    ],
                    "articleSection": "Climate",
                },
                {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []},
            ]
        ),
        before + '<main><article class="duet--article--article"><div class="duet--article--lede"><a'
        ' class="duet--article--kicker" href="/climate">Climate</a><h1 class="_1xwticu6">Why your electric'
        " bill"
        ' keeps going up</h1><p class="duet--article--dek _1xwtict9">Utilities are spending billions on the'
        " grid,"
        ' and customers are paying.</p><div class="duet--article--byline"><span>by</span> <a'
        ' href="/authors/umair-irfan">Umair Irfan</a><time datetime="2025-03-04T15:00:00.000Z">Mar 4, 2025,'
        ' 10:00 AM EST</time></div></div><div class="duet--article--article-body-component-container">'
        + paras(SENTENCES[:3], "duet--article--dangerously-set-cms-markup")
        + '<div class="duet--article--contribution-module"><h2>You’ve read 1 article in the last'
        " month</h2><p>"
        "Here at Vox, we’re unwavering in our commitment to covering the issues that matter most to you. Will"
        ' you support our work?</p><a href="/support">Yes, I’ll give $5/month</a></div>'
        + paras(SENTENCES[3:], "duet--article--dangerously-set-cms-markup")
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.vox.com/climate/404123/electric-bill-utilities-grid-spending"),
        headline="Why your electric bill keeps going up",
        standfirst="Utilities are spending billions on the grid, and customers are paying.",
        authors=["Umair Irfan"],
        published="2025-03-04T10:00:00-05:00",
        modified="2025-03-04T10:00:00-05:00",
        section="Climate",
        language="en",
        body=SENTENCES,
    )


def test_huffpost_entry_byline_with_updated_time_and_a_support_box() -> None:
    # HuffPost: "entry__byline" with the authors' links and "Mar 4, 2025, 10:12 AM EST | Updated Mar 4, 2025,
    # 11:40 AM EST"; the text in "primary-cli cli cli-text" blocks; a support appeal after the text
    before, after = chrome("HuffPost")
    html = page(
        '<meta property="og:type" content="article"><title>Senate Passes Stopgap Bill Hours Before Deadline |'
        " HuffPost Latest News</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Senate Passes Stopgap Bill Hours Before Deadline",
                "datePublished": "2025-03-04T10:12:00-05:00",
                "dateModified": "2025-03-04T11:40:17-05:00",
                "author": [
                    {"@type": "Person", "name": "Igor Bobic"},
                    {"@type": "Person", "name": "Jennifer Bendery"},
                ],
                "articleSection": "Politics",
            }
        ),
        before + '<main><div id="entry-header" class="entry__header"><div class="entry-eyebrow"><a'
        ' href="/news/politics">Politics</a></div><h1 class="headline">Senate Passes Stopgap Bill Hours'
        " Before"
        ' Deadline</h1><div class="dek">The measure keeps the government funded through the end of'
        ' September.</div><div class="entry__byline"><div class="entry__byline__author"><a'
        ' href="/author/igor-bobic">Igor Bobic</a> and <a href="/author/jennifer-bendery">Jennifer'
        ' Bendery</a></div><div class="timestamp"><time datetime="2025-03-04T10:12:00-05:00">Mar 4, 2025,'
        ' 10:12 AM EST</time> | <span class="timestamp__updated">Updated <time'
        ' datetime="2025-03-04T11:40:17-05:00">Mar 4, 2025, 11:40 AM EST</time></span></div></div></div><div'
        ' id="entry-body" class="entry__content-list">'
        + "".join(f'<div class="primary-cli cli cli-text"><p>{s}</p></div>' for s in SENTENCES)
        + '</div><div class="contributions-cta support-huffpost"><h3>Support HuffPost</h3><p>At HuffPost, we'
        " believe that"
        " everyone needs high-quality journalism, but we understand that not everyone can afford to pay for"
        ' expensive news subscriptions.</p><a href="/support">Support HuffPost</a></div></main>' + after,
    )
    expect(
        record(
            html, "https://www.huffpost.com/entry/senate-stopgap-bill-deadline_n_67c71234e4b0a1b2c3d4e5f6"
        ),
        headline="Senate Passes Stopgap Bill Hours Before Deadline",
        standfirst="The measure keeps the government funded through the end of September.",
        authors=["Igor Bobic", "Jennifer Bendery"],
        published="2025-03-04T10:12:00-05:00",
        modified="2025-03-04T11:40:17-05:00",
        section="Politics",
        language="en",
        body=SENTENCES,
    )


def test_ars_technica_microdata_without_json_ld() -> None:
    # Ars Technica (WordPress, older layout): itemprop headline, description, author > name and a time with
    # datetime in UTC shown as "3/4/2025, 10:12 AM"; a comment counter in the byline; no JSON-LD
    before, after = chrome("Ars Technica")
    html = page(
        '<meta property="og:type" content="article"><title>FCC votes to restore net neutrality rules | Ars'
        ' Technica</title><meta property="og:title" content="FCC votes to restore net neutrality rules">',
        before
        + '<main><article class="standalone" itemscope itemtype="http://schema.org/NewsArticle"><header>'
        '<h4 class="post-upperdek">Policy</h4><h1 itemprop="headline">FCC votes to restore net neutrality'
        ' rules</h1><h2 itemprop="description">Commission split along party lines in a 3-2 vote.</h2><section'
        ' class="post-meta"><p class="byline" itemprop="author creator" itemscope'
        ' itemtype="http://schema.org/Person">by <a itemprop="url" href="https://arstechnica.com/author/'
        'jon-brodkin/" rel="author"><span itemprop="name">Jon Brodkin</span></a> - <time'
        ' data-time="1741101125" datetime="2025-03-04T15:12:05+00:00" itemprop="datePublished" class="date">'
        '3/4/2025, 10:12 AM</time></p><a class="comment-count"'
        ' href="#comments"><span>234</span></a></section>'
        '</header><div itemprop="articleBody" class="article-content post-page">'
        + paras(SENTENCES)
        + '</div></article><div id="comments"><h3>Reader comments</h3><p>234</p></div></main>'
        + after,
    )
    expect(
        record(
            html, "https://arstechnica.com/tech-policy/2025/03/fcc-votes-to-restore-net-neutrality-rules/"
        ),
        headline="FCC votes to restore net neutrality rules",
        standfirst="Commission split along party lines in a 3-2 vote.",
        authors=["Jon Brodkin"],
        # (the <time>'s UTC instant on the clock its text shows, "10:12 AM": fields/dates.py _on_shown_clock)
        published="2025-03-04T10:12:05-05:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_forbes_contributor_byline_with_title_follow_button_and_disclaimer() -> None:
    # Forbes: "fs-headline", the contributor's name with "Senior Contributor", a "Follow" button and the
    # contributors' disclaimer, "Mar 04, 2025, 10:12am EST" and "Updated Mar 04, 2025, 11:30am EST"
    before, after = chrome("Forbes")
    html = page(
        '<meta property="og:type" content="article"><title>Why Electric Trucks Are Finally Taking Off</title>'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Why Electric Trucks Are Finally Taking Off",
                "datePublished": "2025-03-04T10:12:00-05:00",
                "dateModified": "2025-03-04T11:30:00-05:00",
                "author": {
                    "@type": "Person",
                    "name": "Alan Ohnsman",
                    "url": "https://www.forbes.com/sites/alanohnsman/",
                },
                "articleSection": "Transportation",
            }
        ),
        before + '<main><article class="main-content"><div class="top-contrib-block"><div'
        ' class="contrib-byline-author"><a class="contrib-link--name" href="https://www.forbes.com/sites/'
        'alanohnsman/">Alan Ohnsman</a><div class="contrib-title">Forbes Staff</div><button'
        ' class="fs-follow-button">Follow</button></div><div class="disclaimer">Forbes contributors publish'
        ' independent expert analyses and insights.</div></div><h1 class="fs-headline speakable-headline">Why'
        ' Electric Trucks Are Finally Taking Off</h1><div class="content-data metrics-text"><time>Mar 04,'
        " 2025,"
        ' 10:12am EST</time><span class="updated">Updated Mar 04, 2025, 11:30am EST</span></div><div'
        ' class="article-body fs-article fs-responsive-text current-article">'
        + paras(SENTENCES)
        + '</div><div class="article-footer"><p>Follow me on <a'
        ' href="https://twitter.com/alanohnsman">Twitter'
        "</a>.</p></div></article></main>" + after,
    )
    expect(
        record(
            html,
            "https://www.forbes.com/sites/alanohnsman/2025/03/04/why-electric-trucks-are-finally-taking-off/",
        ),
        headline="Why Electric Trucks Are Finally Taking Off",
        standfirst=None,
        authors=["Alan Ohnsman"],
        published="2025-03-04T10:12:00-05:00",
        modified="2025-03-04T11:30:00-05:00",
        section="Transportation",
        language="en",
        body=SENTENCES,
    )


def test_buzzfeed_news_subbuzz_blocks_and_posted_line() -> None:
    # BuzzFeed News: each paragraph in its own "subbuzz subbuzz-text" block, "Posted on March 4, 2025, at
    # 10:12 a.m. ET" and a "Last updated" line, the reporter's title under the name
    before, after = chrome("BuzzFeed News")
    html = page(
        '<meta property="og:type" content="article"><title>A Landlord Evicted 300 Tenants. Then The City'
        " Stepped In.</title>"
        '<meta property="article:published_time" content="2025-03-04T15:12:00Z">',
        before + '<main><article><div class="news-article-header"><h1 class="news-article-header__title">A'
        ' Landlord Evicted 300 Tenants. Then The City Stepped In.</h1><p class="news-article-header__dek">'
        'Officials say the company ignored dozens of orders to make repairs.</p><div class="news-byline"><a'
        ' href="/anthonycormier"><span class="news-byline-full__name">Anthony Cormier</span><span'
        ' class="news-byline-full__title">BuzzFeed News Reporter</span></a></div><p'
        ' class="news-article-header__timestamps-posted">Posted on March 4, 2025, at 10:12 a.m. ET</p></div>'
        '<div class="js-subbuzz-wrapper">'
        + "".join(f'<div class="subbuzz subbuzz-text"><p>{s}</p></div>' for s in SENTENCES)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.buzzfeednews.com/article/anthonycormier/landlord-evicted-tenants-city"),
        headline="A Landlord Evicted 300 Tenants. Then The City Stepped In.",
        standfirst="Officials say the company ignored dozens of orders to make repairs.",
        authors=["Anthony Cormier"],
        published="2025-03-04T10:12:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_engadget_yahoo_byline_with_title_day_time_and_reading_time() -> None:
    # Engadget (Yahoo's platform): "Karissa Bell | Senior Editor", "Tue, Mar 4, 2025, 10:12 AM" without an
    # offset (the metadata gives it), "2 min read", the text in "caas-body"
    before, after = chrome("Engadget")
    html = page(
        '<meta property="og:type" content="article"><title>Meta is testing a paid version of Threads |'
        " Engadget</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Meta is testing a paid version of Threads",
                "datePublished": "2025-03-04T15:12:44.000Z",
                "author": {"@type": "Person", "name": "Karissa Bell"},
            }
        ),
        before
        + '<main><article class="caas-container"><header class="caas-header"><h1>Meta is testing a paid'
        ' version of Threads</h1></header><div class="caas-attr"><div class="caas-attr-meta"><span'
        ' class="caas-author-byline-collapse"><a href="https://www.engadget.com/about/editors/karissa-bell/">'
        'Karissa Bell</a></span><span class="caas-attr-item-author-title">Senior Editor</span></div><div'
        ' class="caas-attr-time-style"><time datetime="2025-03-04T15:12:44.000Z">Tue, Mar 4, 2025, 10:12 AM'
        '</time><span class="caas-attr-mins-read">2 min read</span></div></div><div class="caas-body">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(
            html,
            "https://www.engadget.com/social-media/meta-is-testing-a-paid-version-of-threads-151244123.html",
        ),
        headline="Meta is testing a paid version of Threads",
        standfirst=None,
        authors=["Karissa Bell"],
        published="2025-03-04T15:12:44+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- European papers ----------------------------------------------------------------------------------------
def test_liberation_published_and_updated_lines_with_month_names() -> None:
    # Libération (Arc XP): no date in the metadata, "publié le 4 mars 2025 à 18h12" and "mis à jour le 4 mars
    # 2025 à 20h15" under the byline "par Claire Dubois et Marc Lenoir", the standfirst in its own block
    before, after = chrome("Libération", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles – Libération'
        "</title>",
        before
        + '<main><article class="article-body-wrapper"><div class="article-header"><a class="sc-kicker"'
        ' href="/societe/education/">Education</a><h1 class="sc-headline">Le conseil adopte le plan'
        " écoles</h1>"
        '<span class="sc-standfirst">Quarante millions d’euros sur cinq ans pour rénover les écoles de la'
        ' ville.</span><div class="sc-byline">par <a href="/auteur/claire-dubois/">Claire Dubois</a> et <a'
        ' href="/auteur/marc-lenoir/">Marc Lenoir</a></div><div class="sc-dates"><span>publié le 4 mars 2025'
        " à"
        " 18h12</span><span>mis à jour le 4 mars 2025 à 20h15</span></div></div><div"
        ' class="article-body">' + paras(FR, "article-body-paragraph") + "</div></article></main>" + after,
        lang="fr",
    )
    expect(
        record(
            html,
            "https://www.liberation.fr/societe/education/le-conseil-adopte-le-plan-ecoles-20250304_ABCDEF/",
        ),
        headline="Le conseil adopte le plan écoles",
        standfirst="Quarante millions d’euros sur cinq ans pour rénover les écoles de la ville.",
        authors=["Claire Dubois", "Marc Lenoir"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:15:00+00:00",
        section=None,
        language="fr",
        body=FR,
    )


def test_le_monde_paywalled_teaser_with_its_remaining_share_line() -> None:
    # Le Monde: "article__title", "article__desc", "meta__date" ("Publié le 04 mars 2025 à 18h12, modifié le
    # 04 mars 2025 à 20h15"), the subscriber's teaser ending on "Il vous reste 78.12% de cet article à lire.
    # La suite est réservée aux abonnés."
    before, after = chrome("Le Monde", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles</title>'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Le conseil adopte le plan écoles",
                "datePublished": "2025-03-04T18:12:00+01:00",
                "dateModified": "2025-03-04T20:15:03+01:00",
                "author": [{"@type": "Person", "name": "Claire Dubois"}],
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".article__content--restricted",
                },
            }
        ),
        before + '<main><section class="article__header"><h1 class="article__title">Le conseil adopte le plan'
        ' écoles</h1><p class="article__desc">Quarante millions d’euros sur cinq ans pour rénover les écoles'
        " de"
        ' la ville.</p><p class="article__authors"><span class="author__detail">Par <a'
        ' class="article__author-'
        'link" href="/signataires/claire-dubois/">Claire Dubois</a></span></p><span class="meta__date">Publié'
        " le 04 mars 2025 à 18h12, modifié le 04 mars 2025 à 20h15</span></section><article"
        ' class="article__content">' + paras(FR[:2], "article__paragraph") + '<section class="paywall">'
        '<p class="article__status">Il vous reste 78.12% de cet article à lire. La suite est réservée aux'
        ' abonnés.</p><a class="btn" href="/abonnement/">S’abonner</a><p>Déjà abonné ? <a href="/login">Se'
        " connecter</a></p></section></article></main>" + after,
        lang="fr",
    )
    expect(
        record(
            html,
            "https://www.lemonde.fr/societe/article/2025/03/04/le-conseil-adopte-le-plan-ecoles_6012345_3224.html",
        ),
        headline="Le conseil adopte le plan écoles",
        standfirst="Quarante millions d’euros sur cinq ans pour rénover les écoles de la ville.",
        authors=["Claire Dubois"],
        published="2025-03-04T18:12:00+01:00",
        modified="2025-03-04T20:15:03+01:00",
        section=None,
        language="fr",
        body=FR[:2],
        access="paywalled",
        truncated=True,
    )


def test_die_presse_um_time_line_and_von_byline_without_metadata() -> None:
    # Die Presse: no JSON-LD, "04.03.2025 um 18:12" in the article's meta, "Von Anna Gruber", the lead in
    # "article__lead"
    before, after = chrome("Die Presse", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Innenstadt wird an Wochenenden autofrei |'
        " DiePresse.com</title>",
        before
        + '<main><article class="article"><header class="article__header"><div class="article__kicker">'
        'Verkehr</div><h1 class="article__title">Innenstadt wird an Wochenenden autofrei</h1><p'
        ' class="article__lead">Der Stadtrat beschließt eine einjährige Testphase ab dem Frühjahr.</p><div'
        ' class="article__meta"><span class="article__author">Von Anna Gruber</span><span'
        ' class="article__timestamp">04.03.2025 um 18:12</span></div></header><div class="article__body">'
        + paras(DE)
        + "</div></article></main>"
        + after,
        lang="de",
    )
    expect(
        record(html, "https://www.diepresse.com/19412345/innenstadt-wird-an-wochenenden-autofrei"),
        headline="Innenstadt wird an Wochenenden autofrei",
        standfirst="Der Stadtrat beschließt eine einjährige Testphase ab dem Frühjahr.",
        authors=["Anna Gruber"],
        published="2025-03-04T18:12:00+00:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_nos_newsroom_author_and_an_offset_without_colon() -> None:
    # NOS: the newsroom as the JSON-LD author, dates with "+0100" (no colon), "Aangepast" (updated) beside the
    # publication time in the page
    before, after = chrome("NOS")
    html = page(
        '<meta property="og:type" content="article"><title>Kabinet verhoogt accijns op brandstof niet | NOS'
        "</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Kabinet verhoogt accijns op brandstof niet",
                "datePublished": "2025-03-04T18:12:00+0100",
                "dateModified": "2025-03-04T20:15:00+0100",
                "author": {"@type": "Organization", "name": "NOS Nieuws"},
                "articleSection": "Politiek",
            }
        ),
        before + '<main><article><h1 class="sc-title">Kabinet verhoogt accijns op brandstof niet</h1><div'
        ' class="sc-meta"><span>NOS Nieuws</span> • <time datetime="2025-03-04T17:12:00Z">vandaag, 18:12'
        '</time> • <span>Aangepast vandaag, 20:15</span></div><div class="sc-text">'
        + paras(NL, "sc-text")
        + "</div></article></main>"
        + after,
        lang="nl",
    )
    expect(
        record(html, "https://nos.nl/artikel/2557123-kabinet-verhoogt-accijns-op-brandstof-niet"),
        headline="Kabinet verhoogt accijns op brandstof niet",
        standfirst=None,
        authors=["NOS Nieuws"],
        published="2025-03-04T18:12:00+01:00",
        modified="2025-03-04T20:15:00+01:00",
        section="Politiek",
        language="nl",
        body=NL,
    )


def test_dr_af_byline_and_danish_kl_time() -> None:
    # DR: "Af Mette Hansen", a <time> whose text is "4. mar. 2025 kl. 18.12" and "Opdateret kl. 20.15"
    before, after = chrome("DR")
    html = page(
        '<meta property="og:type" content="article"><title>Regeringen vil bygge ny bro til tyve milliarder |'
        " Indland | DR</title>",
        before + '<main><article class="dre-article"><header><span class="dre-label-text">Indland</span><h1'
        ' class="dre-article-title__heading">Regeringen vil bygge ny bro til tyve milliarder</h1><p'
        ' class="dre-article-title__summary">Broen skal stå færdig om otte år.</p><div class="dre-byline">'
        '<span class="dre-byline__contributor">Af <a href="/om-dr/mette-hansen">Mette Hansen</a></span><time'
        ' class="dre-byline__date" datetime="2025-03-04T18:12:00+01:00">4. mar. 2025 kl. 18.12</time><span>'
        'Opdateret kl. 20.15</span></div></header><div class="dre-article-body">'
        + paras(DA)
        + "</div></article></main>"
        + after,
        lang="da",
    )
    expect(
        record(html, "https://www.dr.dk/nyheder/indland/regeringen-vil-bygge-ny-bro-til-tyve-milliarder"),
        headline="Regeringen vil bygge ny bro til tyve milliarder",
        standfirst="Broen skal stå færdig om otte år.",
        authors=["Mette Hansen"],
        published="2025-03-04T18:12:00+01:00",
        modified=None,
        section=None,
        language="da",
        body=DA,
    )


def test_helsingin_sanomat_day_without_year_lines_and_author_list() -> None:
    # Helsingin Sanomat: "Julkaistu 4.3. 18:12 | Päivitetty 4.3. 20:15" (day and month only) under the
    # headline, the authors with "HS" after their names, the dates in JSON-LD
    before, after = chrome("Helsingin Sanomat")
    html = page(
        '<meta property="og:type" content="article"><title>Keskusta suljetaan autoilta viikonloppuisin |'
        " HS.fi</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Keskusta suljetaan autoilta viikonloppuisin",
                "datePublished": "2025-03-04T16:12:00.000Z",
                "dateModified": "2025-03-04T18:15:00.000Z",
                "author": [
                    {"@type": "Person", "name": "Matti Virtanen"},
                    {"@type": "Person", "name": "Liisa Korhonen"},
                ],
                "inLanguage": "fi",
            }
        ),
        before
        + '<main><article><h1 class="article-headline">Keskusta suljetaan autoilta viikonloppuisin</h1>'
        '<div class="article-meta"><span class="article-author">Matti Virtanen HS</span><span'
        ' class="article-author">Liisa Korhonen HS</span><span class="article-timestamp">Julkaistu 4.3. 18:12'
        ' | Päivitetty 4.3. 20:15</span></div><div class="article-body">'
        + paras(FI)
        + "</div></article></main>"
        + after,
        lang="fi",
    )
    expect(
        record(html, "https://www.hs.fi/kaupunki/art-2000011234567.html"),
        headline="Keskusta suljetaan autoilta viikonloppuisin",
        standfirst=None,
        authors=["Matti Virtanen", "Liisa Korhonen"],
        published="2025-03-04T16:12:00+00:00",
        modified="2025-03-04T18:15:00+00:00",
        section=None,
        language="fi",
        body=FI,
    )


@pytest.mark.xfail(
    strict=True, reason="the perex after the meta block is neither the standfirst nor kept out of the body"
)
def test_idnes_czech_month_name_date_and_update_line() -> None:
    # iDNES.cz: "4. března 2025 18:12" (the month in the genitive) with "aktualizováno 20:15", the author
    # "Jan Novák" in "author", the perex as the standfirst; no JSON-LD. (The update line's time is the
    # story's modification on the day it shows, 20:15 of 4 March: a reader sees "updated 20:15" under
    # "18:12", and reads the second as the same day's, as newsarchive/extract/fields/modified.py does. The
    # probe expected none, which no reader of the page would; corrected in session 13.)
    before, after = chrome("iDNES.cz")
    html = page(
        '<meta property="og:type" content="article"><title>Vláda schválila stavbu rychlotrati do Brna -'
        " iDNES.cz</title>",
        before + '<main><div id="art-top"><h1 itemprop="name headline">Vláda schválila stavbu rychlotrati do'
        ' Brna</h1><div class="art-info"><div class="authors"><span itemprop="author">Jan Novák</span></div>'
        '<span class="time-date" content="2025-03-04T18:12CET" itemprop="datePublished">4. března 2025'
        ' 18:12</span><span class="time-update">aktualizováno 20:15</span></div></div><div class="opener">'
        'Stavba má začít příští rok a stát sto miliard korun.</div><div id="art-text"><div class="bbtext">'
        + paras(CS)
        + "</div></div></main>"
        + after,
        lang="cs",
    )
    expect(
        record(html, "https://www.idnes.cz/zpravy/domaci/vlada-rychlotrat-brno.A250304_181200_domaci_jan"),
        headline="Vláda schválila stavbu rychlotrati do Brna",
        standfirst="Stavba má začít příští rok a stát sto miliard korun.",
        authors=["Jan Novák"],
        published="2025-03-04T18:12:00+01:00",
        modified="2025-03-04T20:15:00+01:00",
        section=None,
        language="cs",
        body=CS,
    )


def test_el_confidencial_hour_with_h_and_updated_line() -> None:
    # El Confidencial: "04/03/2025 - 18:12h" and "Actualizado: 04/03/2025 - 20:15h", "Por Ana Martín"
    before, after = chrome("El Confidencial", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías</title>',
        before + '<main><article class="news-body"><h1 class="news-header__title">El Gobierno aprueba el plan'
        ' de cercanías</h1><h2 class="news-header__subtitle">La inversión alcanza los dos mil millones de'
        " euros"
        ' en cinco años</h2><div class="news-header__author">Por <a href="/autores/ana-martin/">Ana'
        " Martín</a>"
        '</div><div class="news-header__date"><time>04/03/2025 - 18:12h</time><span>Actualizado: 04/03/2025 -'
        ' 20:15h</span></div><div class="news-body-complete">'
        + paras(ES)
        + "</div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.elconfidencial.com/espana/2025-03-04/gobierno-plan-cercanias_4012345/"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst="La inversión alcanza los dos mil millones de euros en cinco años",
        authors=["Ana Martín"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:15:00+00:00",
        section=None,
        language="es",
        body=ES,
    )


def test_efe_story_dated_only_by_its_spanish_wire_dateline() -> None:
    # a regional site running an EFE wire: no date in the metadata or the page but the dateline of the first
    # paragraph, "Madrid, 4 mar 2025 (EFE).-", with its abbreviated Spanish month
    before, after = chrome("Diario del Sur", "es")
    first = f"Madrid, 4 mar 2025 (EFE).- {ES[0]}"
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de cercanías</title>',
        before
        + '<main><article><h1>El Gobierno aprueba el plan de cercanías</h1><div class="entry-content">'
        + paras([first, *ES[1:]])
        + "</div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.diariodelsur.example/nacional/el-gobierno-aprueba-el-plan-de-cercanias"),
        headline="El Gobierno aprueba el plan de cercanías",
        standfirst=None,
        authors=[],
        published="2025-03-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=[first, *ES[1:]],
        dateline="Madrid",
    )


def test_estadao_pipe_separated_hour_h_minute_and_update_line() -> None:
    # Estadão: "04/03/2025 | 18h12" and "Atualização: 04/03/2025 | 20h15", "Por Ana Souza", the dates also
    # without offset in the page
    before, after = chrome("Estadão", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Prefeitura amplia rede de ciclovias - Estadão'
        "</title>",
        before + '<main><article><h1 class="headline">Prefeitura amplia rede de ciclovias</h1><h2'
        ' class="subheadline">Plano prevê 300 quilômetros de novas faixas até o fim do ano que vem</h2><div'
        ' class="authors-names">Por <a href="/autor/ana-souza/">Ana Souza</a></div><div class="dates"><time'
        ">04/03/2025 | 18h12</time><span>Atualização: 04/03/2025 | 20h15</span></div><div"
        ' class="news-body">' + paras(BR) + "</div></article></main>" + after,
        lang="pt-BR",
    )
    expect(
        record(html, "https://www.estadao.com.br/sao-paulo/prefeitura-amplia-rede-de-ciclovias/"),
        headline="Prefeitura amplia rede de ciclovias",
        standfirst="Plano prevê 300 quilômetros de novas faixas até o fim do ano que vem",
        authors=["Ana Souza"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:15:00+00:00",
        section=None,
        language="pt-BR",
        body=BR,
    )


# --- Asian, African and Middle Eastern papers ---------------------------------------------------------------
YONHAP_FIRST = f"(서울=연합뉴스) 김철수 기자 = {KO[0]}"


def yonhap_page() -> str:
    # Yonhap: the story opens "(서울=연합뉴스) 김철수 기자 =" (place = agency, reporter, "="), ends with the
    # reporter's e-mail and the agency's reserved-rights notice; "송고시간2025-03-04 18:12" in the header
    before, after = chrome("연합뉴스")
    first = YONHAP_FIRST
    return page(
        '<meta property="og:type" content="article"><title>정부, 저소득 가구에 30만원 지원 확정 | 연합뉴스'
        "</title>"
        '<meta property="article:published_time" content="2025-03-04T18:12:00+09:00">',
        before
        + '<main><div class="title-article01"><h1 class="tit">정부, 저소득 가구에 30만원 지원 확정</h1>'
        '<p class="update-time" data-published-time="202503041812">송고시간2025-03-04 18:12</p></div><div'
        ' class="writer-zone01"><strong class="tit-name"><a href="/reporter/kimcs">김철수</a> 기자</strong>'
        "</div>"
        '<article class="story-news article">' + paras([first, *KO[1:]]) + "<p>chulsoo@yna.co.kr</p>"
        '<p class="txt-copyright">&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>'
        "</article></main>" + after,
        lang="ko",
    )


def test_yonhap_place_agency_reporter_opening_and_email_sign_off() -> None:
    first = YONHAP_FIRST
    expect(
        record(yonhap_page(), "https://www.yna.co.kr/view/AKR20250304123400002"),
        headline="정부, 저소득 가구에 30만원 지원 확정",
        standfirst=None,
        authors=["김철수"],
        published="2025-03-04T18:12:00+09:00",
        modified=None,
        section=None,
        language="ko",
        body=[first, *KO[1:]],
        dateline="서울",
    )


def test_korea_herald_published_and_updated_with_dotted_month() -> None:
    # The Korea Herald: "Published : Mar. 4, 2025 - 18:12 Updated : Mar. 4, 2025 - 20:15" (the month
    # abbreviated with a dot), "By Kim Ji-hoon" over the text, no JSON-LD
    before, after = chrome("The Korea Herald")
    html = page(
        '<meta property="og:type" content="article"><title>Seoul to extend subway hours on weekends</title>'
        '<meta property="og:title" content="Seoul to extend subway hours on weekends - The Korea Herald">',
        before + '<main><div class="view_tit_area"><h1 class="news_title">Seoul to extend subway hours on'
        ' weekends</h1><h2 class="news_title_sub">Trains will run until 2 a.m. on Fridays and Saturdays</h2>'
        '<div class="view_tit_byline"><p class="news_date">Published : Mar. 4, 2025 - 18:12 Updated : Mar. 4,'
        ' 2025 - 20:15</p></div></div><div class="view_con article"><div class="view_con_t">By Kim Ji-hoon'
        "</div>" + paras(SENTENCES) + "</div></main>" + after,
    )
    expect(
        record(html, "https://www.koreaherald.com/view.php?ud=20250304000612"),
        headline="Seoul to extend subway hours on weekends",
        standfirst="Trains will run until 2 a.m. on Fridays and Saturdays",
        authors=["Kim Ji-hoon"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:15:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def hindu_page() -> str:
    # The Hindu: "Published - March 04, 2025 05:00 pm IST" and "Updated - March 04, 2025 06:12 pm IST", the
    # author link in "person-name", the dates only in those lines
    before, after = chrome("The Hindu")
    return page(
        '<meta property="og:type" content="article"><title>Chennai Metro phase II to open next year - The'
        " Hindu</title>",
        before + '<main><div class="article-section"><h1 class="title">Chennai Metro phase II to open next'
        ' year</h1><h2 class="sub-text">The first stretch of the new corridor will link Poonamallee and'
        ' Porur</h2><div class="author-name"><a class="person-name lnk"'
        ' href="/profile/author/R-Sujatha-1234/">'
        'R. Sujatha</a></div><div class="update-publish-time"><p class="publish-time">Published - March 04,'
        ' 2025 05:00 pm IST</p><p class="updated-time">Updated - March 04, 2025 06:12 pm IST</p></div><div'
        ' class="articlebodycontent">' + paras(SENTENCES) + "</div></div></main>" + after,
    )


def test_the_hindu_published_and_updated_lines_in_ist() -> None:
    expect(
        record(
            hindu_page(),
            "https://www.thehindu.com/news/cities/chennai/chennai-metro-phase-ii/article69301234.ece",
        ),
        headline="Chennai Metro phase II to open next year",
        standfirst="The first stretch of the new corridor will link Poonamallee and Porur",
        authors=["R. Sujatha"],
        published="2025-03-04T17:00:00+05:30",
        modified="2025-03-04T18:12:00+05:30",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_times_of_india_text_set_with_line_breaks_and_tnn_line() -> None:
    # The Times of India: the text as one block of text runs separated by <br><br>, not paragraphs; the
    # byline "Ramesh Babu / TNN / Updated: Mar 4, 2025, 18:12 IST"
    before, after = chrome("The Times of India")
    html = page(
        '<meta property="og:type" content="article"><title>Metro phase 2 to open next year | Chennai News -'
        " Times of India</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Metro phase 2 to open next year",
                "datePublished": "2025-03-04T18:12:00+05:30",
                "dateModified": "2025-03-04T18:12:00+05:30",
                "author": {"@type": "Person", "name": "Ramesh Babu"},
                "articleSection": "Chennai News",
            }
        ),
        before + '<main><div class="_xyzsT"><h1 class="HNMDR"><span>Metro phase 2 to open next year</span>'
        '</h1><div class="xf8Pm byline"><span><a href="/toireporter/author-ramesh-babu-1234.cms">Ramesh Babu'
        '</a> / TNN / Updated: Mar 4, 2025, 18:12 IST</span></div><div class="_s30J clearfix">'
        + "<br><br>".join(SENTENCES)
        + "</div></div></main>"
        + after,
    )
    expect(
        record(
            html,
            "https://timesofindia.indiatimes.com/city/chennai/metro-phase-2-to-open-next-year/articleshow/118712345.cms",
        ),
        headline="Metro phase 2 to open next year",
        standfirst=None,
        authors=["Ramesh Babu"],
        published="2025-03-04T18:12:00+05:30",
        modified="2025-03-04T18:12:00+05:30",
        section="Chennai News",
        language="en",
        body=SENTENCES,
    )


def test_dawn_wire_byline_with_published_and_updated() -> None:
    # Dawn: a wire story, "Reuters | Published March 4, 2025 Updated March 4, 2025 06:12pm" and the
    # metadata's times in Pakistan's offset
    before, after = chrome("Dawn")
    html = page(
        '<meta property="og:type" content="article"><title>Court clears high-speed rail link - World -'
        " DAWN.COM</title>"
        '<meta property="article:published_time" content="2025-03-04T17:40:21+05:00">'
        '<meta property="article:modified_time" content="2025-03-04T18:12:09+05:00">',
        before + '<main><article class="story"><h2 class="story__title"><a class="story__link"'
        ' href="https://www.dawn.com/news/1895123/court-clears-high-speed-rail-link">Court clears high-speed'
        ' rail link</a></h2><div class="story__byline"><span class="story__byline__link">Reuters</span> |'
        ' <span class="timestamp--label">Published</span> <span class="timestamp--date">March 4, 2025</span>'
        ' <span class="timestamp--label">Updated</span> <span class="timestamp--time">March 4, 2025 06:12pm'
        '</span></div><div class="story__content">' + paras(SENTENCES) + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://www.dawn.com/news/1895123/court-clears-high-speed-rail-link"),
        headline="Court clears high-speed rail link",
        standfirst=None,
        authors=["Reuters"],
        published="2025-03-04T17:40:21+05:00",
        modified="2025-03-04T18:12:09+05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_kompas_wib_time_writer_and_editor_and_read_also_lines() -> None:
    # Kompas.com: "Kompas.com - 04/03/2025, 18:12 WIB" (Western Indonesia Time, +07:00), "Penulis" (writer)
    # and "Editor" lines, "JAKARTA, KOMPAS.com -" opening the text and "Baca juga:" links between paragraphs
    before, after = chrome("Kompas.com")
    first = f"JAKARTA, KOMPAS.com - {ID[0]}"
    html = page(
        '<meta property="og:type" content="article"><title>Pemerintah Naikkan Harga BBM Bersubsidi Pekan'
        " Depan</title>",
        before + '<main><div class="read__header"><h1 class="read__title">Pemerintah Naikkan Harga BBM'
        ' Bersubsidi Pekan Depan</h1><div class="read__time">Kompas.com - 04/03/2025, 18:12 WIB</div><div'
        ' class="read__credit"><div class="credit-title-name">Penulis <a href="/penulis/ahmad-yani">Ahmad'
        " Yani"
        '</a></div><div class="credit-title-name">Editor <a href="/editor/sari-dewi">Sari'
        " Dewi</a></div></div>"
        '</div><div class="read__content"><div class="clearfix">' + f"<p>{first}</p><p>{ID[1]}</p>"
        '<p><strong>Baca juga: <a href="https://nasional.kompas.com/read/2025/03/03/harga-beras-naik">Harga'
        " Beras Naik Lagi di Pasar Induk</a></strong></p>"
        + f"<p>{ID[2]}</p>"
        + "</div></div></main>"
        + after,
        lang="id",
    )
    expect(
        record(
            html,
            "https://nasional.kompas.com/read/2025/03/04/18120011/pemerintah-naikkan-harga-bbm-bersubsidi",
        ),
        headline="Pemerintah Naikkan Harga BBM Bersubsidi Pekan Depan",
        standfirst=None,
        authors=["Ahmad Yani"],
        published="2025-03-04T18:12:00+07:00",
        modified=None,
        section=None,
        language="id",
        body=[first, *ID[1:]],
        dateline="JAKARTA",
    )


def test_bangkok_post_capital_labels_for_published_and_writer() -> None:
    # Bangkok Post: "PUBLISHED : 4 Mar 2025 at 18:12" and "WRITER: Wassana Nanuam" in capitals, no JSON-LD
    before, after = chrome("Bangkok Post")
    html = page(
        '<meta property="og:type" content="article"><title>Army to cut conscript intake next year</title>',
        before + '<main><div class="article-headline"><h1>Army to cut conscript intake next year</h1><h2>'
        'Fewer young men will be drafted as volunteers rise</h2><div class="article-info"><div'
        ' class="article-info--col"><p>PUBLISHED : 4 Mar 2025 at 18:12</p></div><div'
        ' class="article-info--col">'
        '<p>WRITER: <a href="/search?q=Wassana+Nanuam">Wassana Nanuam</a></p></div></div></div><div'
        ' class="article-content">' + paras(SENTENCES) + "</div></main>" + after,
    )
    expect(
        record(
            html,
            "https://www.bangkokpost.com/thailand/general/2975123/army-to-cut-conscript-intake-next-year",
        ),
        headline="Army to cut conscript intake next year",
        standfirst="Fewer young men will be drafted as volunteers rise",
        authors=["Wassana Nanuam"],
        published="2025-03-04T18:12:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_punch_old_wordpress_theme_with_an_ordinal_date_and_no_json_ld() -> None:
    # Punch (Nigeria), an old WordPress theme without an SEO plugin: "4th March 2025" in "post-date", "By
    # Adebayo Ogunleye" in "post-author", the text in "entry-content", a comment form after it
    before, after = chrome("Punch Newspapers")
    html = page(
        '<meta name="generator" content="WordPress 5.8.2"><title>FG to cut fuel subsidy by half – Punch'
        " Newspapers</title>",
        before + '<main id="content"><article id="post-1512345" class="post-1512345 post type-post'
        ' status-publish format-standard has-post-thumbnail category-news"><h1 class="post-title">FG to cut'
        ' fuel subsidy by half</h1><div class="post-meta"><span class="post-author">By <a'
        ' href="https://punchng.com/author/aogunleye/">Adebayo Ogunleye</a></span><span class="post-date">4th'
        ' March 2025</span></div><div class="post-content entry-content">'
        + paras(SENTENCES)
        + '</div><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea>'
        "</form></div></article></main>" + after,
    )
    expect(
        record(html, "https://punchng.com/fg-to-cut-fuel-subsidy-by-half/"),
        headline="FG to cut fuel subsidy by half",
        standfirst=None,
        authors=["Adebayo Ogunleye"],
        published="2025-03-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_daily_maverick_byline_with_follow_and_day_month_year() -> None:
    # Daily Maverick: "By Jane Nkosi Follow" over "04 Mar 2025", the author's bio box after the text
    before, after = chrome("Daily Maverick")
    html = page(
        '<meta property="og:type" content="article"><title>Eskom announces end of load shedding for winter'
        "</title>",
        before
        + '<main><article><h1 class="article-title">Eskom announces end of load shedding for winter</h1>'
        '<div class="article-meta"><div class="author-name">By <a href="/author/jane-nkosi/">Jane Nkosi</a>'
        '<button class="follow-author">Follow</button></div><div class="article-date">04 Mar 2025</div></div>'
        '<div class="article-content">' + paras(SENTENCES) + '</div><div class="author-bio"><h4>Jane Nkosi'
        "</h4><p>Jane Nkosi is an energy reporter at Daily Maverick.</p></div></article></main>" + after,
    )
    expect(
        record(
            html, "https://www.dailymaverick.co.za/article/2025-03-04-eskom-announces-end-of-load-shedding/"
        ),
        headline="Eskom announces end of load shedding for winter",
        standfirst=None,
        authors=["Jane Nkosi"],
        published="2025-03-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- AMP, press releases, podcasts and kinds of story -------------------------------------------------------
def test_mirror_amp_page_with_amp_elements_and_a_sticky_ad() -> None:
    # the Mirror's AMP page: <amp-img>, <amp-ad> and <amp-social-share> among the paragraphs, the byline in
    # "publication-info", JSON-LD author as a bare string and dates without an offset
    html = page(
        '<meta name="viewport" content="width=device-width"><link rel="canonical"'
        ' href="https://www.mirror.co.uk/news/uk-news/rail-fares-frozen-for-a-year-34712345">'
        "<style amp-boilerplate>body{visibility:hidden}</style><title>Rail fares frozen for a year - Mirror"
        " Online</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Rail fares frozen for a year",
                "datePublished": "2025-03-04T18:12:00",
                "dateModified": "2025-03-04T20:15:00",
                "author": "Tom Pettifor",
                "articleSection": "UK News",
            }
        ),
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies</p><button'
        ' on="tap:consent.accept">Accept</button></div></amp-consent><header class="amp-header"><a href="/">'
        'Mirror</a><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news/">News</a></li><li><a'
        ' href="/sport/">Sport</a></li></ul></amp-sidebar></header><article class="article-main"><h1>Rail'
        " fares"
        ' frozen for a year</h1><p class="lead-text">Passengers in England will pay the same next year,'
        ' ministers say</p><div class="publication-info"><span class="author">By <a'
        ' href="/authors/tom-pettifor/">'
        'Tom Pettifor</a></span><span class="time-info">18:12, 4 Mar 2025</span><span'
        ' class="time-info">Updated'
        ' 20:15, 4 Mar 2025</span></div><amp-social-share type="facebook"></amp-social-share><div'
        ' class="article-body">' + f"<p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/mirror"><div'
        " fallback>Advertisement"
        "</div></amp-ad>" + f"<p>{SENTENCES[2]}</p>"
        '<amp-img src="https://i2-prod.mirror.co.uk/incoming/article34712345.ece/ALTERNATES/s615/0_train.jpg"'
        ' width="615" height="409" layout="responsive" alt="A train"></amp-img>'
        + paras(SENTENCES[3:])
        + '</div></article><amp-sticky-ad layout="nodisplay"><amp-ad type="doubleclick"'
        ' data-slot="/123/sticky">'
        "</amp-ad></amp-sticky-ad><footer><p>© 2025 a Reach plc subsidiary</p></footer>",
    ).replace("<html ", "<html amp ")
    expect(
        record(html, "https://www.mirror.co.uk/news/uk-news/rail-fares-frozen-for-a-year-34712345.amp"),
        headline="Rail fares frozen for a year",
        standfirst="Passengers in England will pay the same next year, ministers say",
        authors=["Tom Pettifor"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:15:00+00:00",
        section="UK News",
        language="en",
        body=SENTENCES,
    )


def test_pr_newswire_release_with_its_dateline_about_and_source_lines() -> None:
    # PR Newswire: "NEW YORK, March 4, 2025 /PRNewswire/ --" opens the release; the company's "About" section,
    # the media contact and "SOURCE Acme Robotics" close it; the metadata names no author
    before, after = chrome("PR Newswire")
    first = (
        "NEW YORK, March 4, 2025 /PRNewswire/ -- Acme Robotics, Inc. today announced the opening of its first"
        " manufacturing plant in Ohio, creating four hundred jobs over the next three years."
    )
    rest = [
        "The plant will build warehouse robots for retailers in North America and is expected to reach full"
        " production by the end of next year.",
        '"Ohio gives us the skilled workforce and the logistics network we need to grow," said Dana'
        " Whitfield,"
        " chief executive of Acme Robotics.",
    ]
    html = page(
        '<meta property="og:type" content="article"><title>Acme Robotics Opens First Manufacturing Plant in'
        " Ohio</title>"
        '<meta name="date" content="2025-03-04T08:00:00-05:00">',
        before + '<main><article class="news-release"><header class="release-header"><h1>Acme Robotics Opens'
        ' First Manufacturing Plant in Ohio</h1><p class="mb-no">News provided by <a'
        ' href="/news/acme-robotics/">'
        'Acme Robotics, Inc.</a></p><p class="mb-no">Mar 04, 2025, 08:00 ET</p></header><section'
        ' class="release-body container">' + paras([first, *rest]) + "<p><b>About Acme Robotics</b></p>"
        "<p>Acme Robotics designs and builds autonomous robots for warehouses.</p><p>Media contact:"
        " press@acme"
        "robotics.example</p><p>SOURCE Acme Robotics, Inc.</p></section></article></main>" + after,
    )
    expect(
        record(
            html,
            "https://www.prnewswire.com/news-releases/acme-robotics-opens-first-manufacturing-plant-in-ohio-302391234.html",
        ),
        headline="Acme Robotics Opens First Manufacturing Plant in Ohio",
        standfirst=None,
        authors=["Acme Robotics, Inc."],  # the issuer after the stamp (session 13, docs/record.md)
        published="2025-03-04T08:00:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=[
            first,
            *rest,
            "About Acme Robotics",
            "Acme Robotics designs and builds autonomous robots for warehouses.",
            "Media contact: press@acmerobotics.example",
        ],
        dateline="NEW YORK",
    )


def test_a_podcast_episode_page_keeps_its_show_notes() -> None:
    # a podcast episode page (NPR-like): "PodcastEpisode" JSON-LD, the episode's duration and a player over
    # the show notes, "Listen on Apple Podcasts / Spotify" links after them
    before, after = chrome("NPR")
    notes = [
        "This week we travel to a small town in Ohio where a robot factory is about to become the largest"
        " employer, and ask what that means for the people who already live there.",
        "We talk to workers who left the old steel mill, to the mayor who courted the company for two years,"
        " and to an economist who has studied what happens to towns like this one.",
        "Our guest is Dana Whitfield, a labour historian at Ohio State University and the author of a new"
        " book"
        " about factory towns in the Midwest.",
    ]
    html = page(
        '<meta property="og:type" content="article"><title>The robot factory next door : Planet Money : NPR'
        "</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "PodcastEpisode",
                "name": "The robot factory next door",
                "datePublished": "2025-03-04T17:00:00-05:00",
                "duration": "PT24M",
                "partOfSeries": {"@type": "PodcastSeries", "name": "Planet Money"},
                "author": {"@type": "Person", "name": "Mary Childs"},
            }
        ),
        before
        + '<main><article class="story"><div class="slug-wrap"><a href="/podcasts/510289/planet-money">'
        'Planet Money</a></div><h1>The robot factory next door</h1><div class="dateblock"><time'
        ' datetime="2025-03-04T17:00:00-05:00"><span class="date">March 4, 2025</span><span class="time">5:00'
        ' PM ET</span></time></div><div class="byline"><p>By <a href="/people/mary-childs">Mary'
        " Childs</a></p>"
        '</div><div class="audio-module"><button>Listen</button><span class="audio-module-duration">24:13'
        '</span><a href="/transcripts/nx-s1-1234">Transcript</a></div><div id="storytext" class="storytext">'
        + paras(notes)
        + '</div><div class="podcast-subscribe"><p>Listen on</p><a href="https://podcasts.apple.com/">Apple'
        ' Podcasts</a><a href="https://open.spotify.com/">Spotify</a></div></article></main>' + after,
    )
    expect(
        record(html, "https://www.npr.org/2025/03/04/nx-s1-5312345/robot-factory-ohio-town"),
        headline="The robot factory next door",
        standfirst=None,
        authors=["Mary Childs"],
        published="2025-03-04T17:00:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=notes,
    )


def test_an_opinion_column_with_its_author_bio_and_letters_invitation() -> None:
    # a Chicago Tribune-like opinion column: "Opinion" and "Guest column" labels over the headline, the
    # writer's bio in italics after the text, then the letters page's invitation
    before, after = chrome("Chicago Tribune")
    bio = "Dana Whitfield is a professor of economics at Northwestern University."
    html = page(
        '<meta property="og:type" content="article"><title>Opinion: The transit cliff is coming. Springfield'
        " must act now.</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "OpinionNewsArticle",
                "headline": "The transit cliff is coming. Springfield must act now.",
                "datePublished": "2025-03-04T05:00:00-06:00",
                "author": [{"@type": "Person", "name": "Dana Whitfield"}],
                "articleSection": "Opinion",
            }
        ),
        before
        + '<main><article><div class="section-label"><a href="/opinion/">Opinion</a> <span>Guest column'
        '</span></div><h1>The transit cliff is coming. Springfield must act now.</h1><div class="byline">By'
        ' Dana Whitfield</div><div class="time">March 4, 2025 at 5:00 a.m.</div><div class="body-copy">'
        + paras(SENTENCES)
        + f"<p><em>{bio}</em></p><p><em>Submit a letter, of no more than 400 words, to the"
        ' editor <a href="/letters/">here</a> or email letters@chicagotribune.com.</em></p></div></article>'
        "</main>" + after,
    )
    expect(
        record(html, "https://www.chicagotribune.com/2025/03/04/opinion-transit-cliff-springfield/"),
        headline="The transit cliff is coming. Springfield must act now.",
        standfirst=None,
        authors=["Dana Whitfield"],
        published="2025-03-04T05:00:00-06:00",
        modified=None,
        section="Opinion",
        language="en",
        body=[*SENTENCES, bio],
        access="free",
    )


def test_an_obituary_is_dated_by_its_publication_not_by_the_life_it_tells() -> None:
    # an obituary on a local paper (Legacy-hosted shape): the text opens with the birth and death days
    # ("March 2, 1941 – February 27, 2025"), the publication day is only in the metadata; the guest book
    # after it
    before, after = chrome("The Boston Globe")
    text = [
        "Margaret Ann Sullivan, 83, of Quincy, died peacefully on February 27, 2025, surrounded by her"
        " family."
        " She was born on March 2, 1941, in Dorchester, the daughter of the late John and Mary Sullivan.",
        "Margaret taught English at Quincy High School for thirty-five years and was loved by generations of"
        " students, many of whom stayed in touch with her long after they graduated.",
        "She is survived by her three children, seven grandchildren and her sister Anne. A funeral Mass will"
        " be"
        " held at St. John the Baptist Church on Saturday at ten o'clock.",
    ]
    html = page(
        '<meta property="og:type" content="article"><title>Margaret Ann Sullivan Obituary (1941 - 2025) -'
        " Quincy, MA - Boston Globe</title>"
        '<meta property="article:published_time" content="2025-03-04T05:00:00-05:00">',
        before + '<main><div class="obit-header"><h1 class="obit-name">Margaret Ann Sullivan</h1><p'
        ' class="obit-dates">March 2, 1941 – February 27, 2025</p><p class="obit-location">Quincy,'
        " MA</p></div>"
        '<div class="obit-text">' + paras(text) + '</div><div class="guestbook"><h2>Guest Book</h2><div'
        ' class="entry"><p>So sorry for your loss. She was my favourite teacher.</p><p>John Kelly · March 4,'
        " 2025</p></div></div></main>" + after,
    )
    expect(
        record(
            html,
            "https://www.legacy.com/us/obituaries/bostonglobe/name/margaret-sullivan-obituary?id=57212345",
        ),
        headline="Margaret Ann Sullivan",
        standfirst=None,
        authors=[],
        published="2025-03-04T05:00:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=text,
    )


def test_a_corrections_column_keeps_every_correction() -> None:
    # a corrections column: each correction names the day of the story it corrects; the column's own day is
    # the one under its headline, the newsroom is the author
    before, after = chrome("The Kyiv Independent")
    items = [
        "An article on March 2 about the new rail link to Lviv said the line would open in May. It will open"
        " in June.",
        "A photo caption on March 1 misidentified the deputy mayor of Odesa. She is Olena Kovalenko, not Olha"
        " Kovalenko.",
        "A report on February 28 about grain exports gave the wrong figure for January. Exports were 4.1"
        " million tonnes, not 4.7 million tonnes.",
    ]
    html = page(
        '<meta property="og:type" content="article"><title>Corrections and clarifications | The Kyiv'
        " Independent</title>",
        before + '<main><article class="post"><h1 class="post-title">Corrections and clarifications</h1><div'
        ' class="post-meta"><span class="author">By The Kyiv Independent</span><time'
        ' datetime="2025-03-04T09:00:00+02:00">March 4, 2025 9:00 AM</time></div><div class="post-content">'
        + paras(items)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://kyivindependent.com/corrections-and-clarifications-march-4-2025/"),
        headline="Corrections and clarifications",
        standfirst=None,
        authors=["The Kyiv Independent"],
        published="2025-03-04T09:00:00+02:00",
        modified=None,
        section=None,
        language="en",
        body=items,
    )


PAGINATED = "/2025/03/04/the-long-tunnel/"


def paginated_page(number: int) -> str:
    # page <number> of a three-page story on a WordPress magazine: "Page 1 of 3" with numbered links and
    # "Next page", each page its own part of the text, the metadata alike on all three
    before, after = chrome("Harbour Life")
    part = LONG[4 * (number - 1) : 4 * number]
    links = "".join(
        f'<span class="current">{n}</span>'
        if n == number
        else f'<a href="{PAGINATED}{n}/">{n}</a>'
        if n > 1
        else f'<a href="{PAGINATED}">{n}</a>'
        for n in (1, 2, 3)
    )
    nxt = f'<a class="next" href="{PAGINATED}{number + 1}/">Next page</a>' if number < 3 else ""
    return page(
        '<meta property="og:type" content="article"><title>The long tunnel – Harbour Life</title>'
        '<meta property="article:published_time" content="2025-03-04T09:00:00+00:00">'
        '<meta name="author" content="Marta Greene">'
        + (f'<link rel="next" href="{PAGINATED}{number + 1}/">' if number < 3 else ""),
        before
        + '<main><article class="post"><h1 class="entry-title">The long tunnel</h1><p class="byline">By'
        ' Marta Greene</p><div class="entry-content">' + paras(part) + f'</div><nav class="page-links">'
        f"<span>Page {number} of 3</span>{links}{nxt}</nav></article></main>" + after,
    )


def test_page_one_of_a_paginated_story_keeps_its_own_part_without_the_page_links() -> None:
    expect(
        record(paginated_page(1), "https://www.harbourlife.example/2025/03/04/the-long-tunnel/"),
        headline="The long tunnel",
        standfirst=None,
        authors=["Marta Greene"],
        published="2025-03-04T09:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=LONG[:4],
    )


def test_a_byline_with_photographer_editor_and_additional_reporting() -> None:
    # a feature's byline: "By A and B", "Photos by C", "Edited by D" under the headline, "Additional reporting
    # by E in Seoul." closing the text; only the writers are the authors, the closing credit is not body
    before, after = chrome("The Courier")
    html = page(
        '<meta property="og:type" content="article"><title>Inside the race to build the fastest train |'
        " The Courier</title>",
        before
        + '<main><article><h1>Inside the race to build the fastest train</h1><div class="byline-block">'
        '<p class="byline">By <a href="/staff/maya-chen">Maya Chen</a> and <a href="/staff/omar-haddad">Omar'
        ' Haddad</a></p><p class="credit">Photos by Lucia Ferri</p><p class="credit">Edited by Tom Baker</p>'
        '<time datetime="2025-03-04T14:05:00-05:00">March 4, 2025</time></div><div class="story-body">'
        + paras(SENTENCES)
        + "<p><em>Additional reporting by Sara Kim in Seoul.</em></p></div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.thecourier.example/2025/03/04/fastest-train-race/"),
        headline="Inside the race to build the fastest train",
        standfirst=None,
        authors=["Maya Chen", "Omar Haddad"],
        published="2025-03-04T14:05:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )
