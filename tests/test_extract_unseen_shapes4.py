"""Page shapes of publishers in none of the corpora, fourth round (tests/test_extract_unseen_shapes.py,
tests/test_extract_unseen_shapes2.py and tests/test_extract_unseen_shapes3.py are the first three): whole
article pages in the markup of Bloomberg, Substack, WordPress's block theme, Drupal 10, a Next.js site,
Der Standard, Corriere della Sera, El Mundo, La Vanguardia, Público, UOL, Asahi, Nikkei, Hindustan Times,
The Straits Times, ABC Australia, The Globe and Mail, CBC, The Irish Times, NZ Herald, The Sydney Morning
Herald, Gazeta Wyborcza, Aftonbladet, NRK, Ouest-France, 20 Minutes, Repubblica, ANSA, t-online and AP
News, and of a live blog, a correction note, a photo gallery, a byline with "with reporting by", a Yoast
@graph, a date only in the byline's <time> or only in the URL, and advertorials labelled in five more
languages. Each page sits among the noise of a real page (menu, cookie banner, share buttons, newsletter
box, "Advertisement" slots, related stories with their own dates and bylines, footer). No tune-half page
shows these shapes, so every page is a small page built by hand in the shape of the CMS or paper
("hand-built"), and every field of the judged record is read (`expect`).
"""

from __future__ import annotations

import json

import pytest

from newsarchive.exceptions import Sponsored
from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.pipelines.offline import OfflinePipeline, project_settings
from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, ld, page


def judged(article: Article) -> Article:
    return OfflinePipeline(project_settings()).process(article)


def record(html: str, url: str) -> Article:
    return judged(extract_article(html.encode("utf-8"), url, generic=True))


def expect(
    article: Article,
    *,
    headline: str,
    standfirst: str | None,
    authors: list[str],
    published: str | None,
    modified: str | None,
    section: str | None,
    language: str | None,
    body: list[str],
    access: str = "unknown",
    truncated: bool = False,
    dateline: str | None = None,
    credit: str | None = None,
) -> None:
    """Every field of the judged record, compared at once (a failure lists every field that differs)."""
    got = {
        "page_type": article.page_type,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "authors": article.authors,
        "published_at": article.published_at,
        "modified_at": article.modified_at,
        "section": article.section,
        "language": article.language,
        "body": article.body,
        "access": article.access,
        "truncated": article.truncated,
        "sponsored": article.sponsored,
        "dateline": article.dateline,
        "credit": article.credit,
    }
    want = {
        "page_type": "article",
        "headline": headline,
        "standfirst": standfirst,
        "authors": authors,
        "published_at": published,
        "modified_at": modified,
        "section": section,
        "language": language,
        "body": body,
        "access": access,
        "truncated": truncated,
        "sponsored": False,
        "dateline": dateline,
        "credit": credit,
    }
    assert {k: v for k, v in got.items() if v != want[k]} == {k: v for k, v in want.items() if v != got[k]}


# --- the noise around a story (labels in the page's language) ---------------------------------------------
NOISE = {
    "en": ("Advertisement", "More stories", "Sign up for our morning briefing", "We use cookies", "Share"),
    "de": ("Anzeige", "Mehr zum Thema", "Jetzt Newsletter abonnieren", "Wir verwenden Cookies", "Teilen"),
    "fr": (
        "Publicité",
        "À lire aussi",
        "Inscrivez-vous à notre newsletter",
        "Nous utilisons des cookies",
        "Partager",
    ),
    "it": ("Pubblicità", "Leggi anche", "Iscriviti alla newsletter", "Utilizziamo i cookie", "Condividi"),
    "es": ("Publicidad", "Más noticias", "Suscríbete a nuestro boletín", "Utilizamos cookies", "Compartir"),
    "pt": ("Publicidade", "Leia também", "Assine a nossa newsletter", "Utilizamos cookies", "Partilhar"),
    "pl": ("Reklama", "Czytaj także", "Zapisz się na newsletter", "Używamy plików cookie", "Udostępnij"),
    "sv": ("Annons", "Mer om ämnet", "Prenumerera på vårt nyhetsbrev", "Vi använder cookies", "Dela"),
    "no": ("Annonse", "Mer om saken", "Meld deg på nyhetsbrevet", "Vi bruker informasjonskapsler", "Del"),
    "ja": ("広告", "関連記事", "ニュースレターに登録", "クッキーを使用しています", "シェア"),
}


def chrome(site: str, lang: str = "en") -> tuple[str, str]:
    """The page around the story: a cookie banner, the menu and share buttons before it; a newsletter box, an
    ad slot, two related stories with their own dates and bylines, and the footer after it."""
    ad, more, newsletter, cookies, share = NOISE[lang]
    before = (
        f'<div id="onetrust-banner-sdk" class="cookie-banner"><p>{cookies}. Accept all / Settings</p>'
        "<button>OK</button></div>"
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul><li><a href="/news/">'
        "News</a>"
        '</li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li>'
        '<a href="/sport/">Sport</a></li></ul></nav></header>'
        f'<div class="ad-slot ad-top"><span class="ad-label">{ad}</span></div>'
    )
    after = (
        f'<div class="share-tools"><button>{share}</button><a href="https://twitter.com/intent/tweet">X</a>'
        '<a href="https://www.facebook.com/sharer">Facebook</a></div>'
        f'<aside class="newsletter-signup"><h3>{newsletter}</h3><form><input type="email"><button>OK</button>'
        "</form></aside>"
        f'<div class="ad-slot"><span class="ad-label">{ad}</span></div>'
        f'<section class="related-stories"><h2>{more}</h2><ul>'
        '<li class="story-card"><a href="/news/2025/02/27/harbour-dredging-plan-approved-by-council">Harbour'
        ' dredging plan approved by council</a><span class="byline">By Peter Walsh</span><time'
        ' datetime="2025-02-27T09:15:00Z">27.02.2025</time></li>'
        '<li class="story-card"><a href="/news/2025/02/20/bus-fares-to-rise-in-april">Bus fares to rise in'
        ' April</a><span class="byline">By Helen Ross</span><time datetime="2025-02-20T07:00:00Z">20.02.2025'
        "</time></li></ul></section>"
        f'<footer class="site-footer"><p>© 2025 {site}. All rights reserved.</p><a href="/privacy">'
        "Privacy</a>"
        '<a href="/terms">Terms</a></footer>'
    )
    return before, after


def paras(sentences: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{s}</p>" for s in sentences)


DE = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Innenstadt ab dem kommenden Frühjahr an Wochenenden"
    " für den Autoverkehr zu sperren.",
    "Die Maßnahme soll zunächst für ein Jahr gelten und danach anhand von Messungen zur Luftqualität und zum"
    " Lärm bewertet werden.",
    "Der Einzelhandelsverband kritisierte den Beschluss scharf und warnte vor Umsatzeinbußen für die"
    " Geschäfte in der Altstadt.",
    "Die Grünen begrüßten die Entscheidung und forderten, die Sperre nach einem Jahr auf die Werktage"
    " auszuweiten.",
]
IT = [
    "Il consiglio comunale ha approvato martedì sera il piano per chiudere il centro storico al traffico"
    " nei fine settimana a partire dalla prossima primavera.",
    "La misura resterà in vigore per un anno e sarà poi valutata sulla base delle misurazioni della qualità"
    " dell'aria e del rumore.",
    "I commercianti hanno criticato duramente la decisione, temendo un calo delle vendite nei negozi del"
    " centro.",
]
ES = [
    "El Gobierno aprobó este martes en el Consejo de Ministros un plan para renovar la red de trenes de"
    " cercanías con una inversión de dos mil millones de euros.",
    "La ministra de Transportes explicó que las obras comenzarán el próximo otoño y durarán al menos cinco"
    " años en las principales ciudades.",
    "Los sindicatos celebraron el anuncio, aunque advirtieron de que la plantilla actual es insuficiente"
    " para mantener el servicio durante las obras.",
]
PT = [
    "O Governo aprovou esta terça-feira um plano para renovar a rede de comboios urbanos, com um"
    " investimento de dois mil milhões de euros ao longo de cinco anos.",
    "A ministra das Infraestruturas explicou que as obras vão começar no próximo outono e que as linhas"
    " mais antigas serão as primeiras a ser modernizadas.",
    "Os sindicatos saudaram o anúncio, mas avisaram que o número atual de trabalhadores não chega para"
    " manter o serviço durante as obras.",
]
BR = [
    "A prefeitura de São Paulo anunciou nesta terça-feira um plano para ampliar a rede de ciclovias da"
    " cidade em trezentos quilômetros até o fim do ano que vem.",
    "Segundo o secretário de Mobilidade, as obras devem começar em abril e vão priorizar os bairros da"
    " periferia, onde a rede ainda é pequena.",
    "Associações de ciclistas elogiaram a medida, mas cobraram mais fiscalização contra carros estacionados"
    " nas faixas exclusivas.",
]
PL = [
    "Rada miasta zdecydowała we wtorek wieczorem, że od przyszłej wiosny centrum będzie w weekendy zamknięte"
    " dla samochodów.",
    "Zakaz ma obowiązywać przez rok, a potem zostanie oceniony na podstawie pomiarów jakości powietrza i"
    " hałasu.",
    "Przedsiębiorcy ostro skrytykowali tę decyzję i ostrzegają przed spadkiem obrotów w sklepach na starym"
    " mieście.",
]
SV = [
    "Regeringen presenterade på tisdagen ett förslag om att bygga ut järnvägen mellan Stockholm och Göteborg"
    " för fyrtio miljarder kronor.",
    "Enligt infrastrukturministern ska arbetet börja nästa år och vara klart om tio år, om riksdagen"
    " godkänner förslaget i vår.",
    "Oppositionen kritiserar planen och menar att pengarna hellre borde gå till underhåll av de spår som"
    " redan finns.",
]
NO = [
    "Regjeringen la tirsdag fram et forslag om å bygge ut jernbanen mellom Oslo og Bergen for førti"
    " milliarder kroner.",
    "Ifølge samferdselsministeren skal arbeidet starte neste år og være ferdig om ti år, dersom Stortinget"
    " godkjenner forslaget i vår.",
    "Opposisjonen kritiserer planen og mener at pengene heller burde gått til vedlikehold av sporene som"
    " allerede finnes.",
]
FR = [
    "Le conseil municipal a adopté mardi soir un plan de rénovation des écoles de la ville, d'un montant de"
    " quarante millions d'euros sur cinq ans.",
    "Les travaux commenceront dès cet été dans les trois établissements les plus anciens, selon l'adjointe"
    " chargée de l'éducation.",
    "L'opposition a dénoncé un calendrier trop serré et réclamé une concertation avec les parents d'élèves"
    " avant le début du chantier.",
]
#: six more sentences: a paywalled story is full-length (a short one under a paywall reads as its teaser)
MORE = [
    "The ruling ends a dispute that began almost a decade ago, when the first plans for the line were"
    " published and several villages along the route organised against it.",
    "Engineers expect the hardest section to be a tunnel of nearly nine kilometres under the hills south"
    " of the river, which alone accounts for a third of the budget.",
    "Regional councils have already begun buying land near the planned stations, hoping that new housing"
    " and offices will follow once the trains are running.",
    "The opposition said it would support the project in parliament but demanded regular public reports on"
    " costs, which have risen by a fifth since the first estimate.",
    "Environmental groups said they would not appeal again but would monitor the construction closely,"
    " especially near two protected wetlands.",
    "A final timetable will be published in the autumn, after the contracts for the first three sections"
    " have been awarded.",
]
LONG = SENTENCES + MORE
JA = [
    "政府は４日、物価高対策として低所得世帯に一律３万円を給付する方針を固めた。今月中にも閣議決定する。",
    "対象はおよそ１５００万世帯で、必要な予算は約４５００億円に上る見通しだ。財源には予備費を充てる。",
    "野党は給付額が不十分だと批判しており、国会審議では規模の拡大を求める考えだ。",
    "給付は自治体を通じて行い、早ければ５月にも対象世帯の口座に振り込まれる見込みだ。",
    "政府内には物価の上昇が長引けば追加の対策が必要になるとの見方もあり、夏以降の経済情勢を注視する。",
    "経済団体からは、一時的な給付よりも賃上げを後押しする税制の拡充を優先すべきだとの声が上がっている。",
]


# --- English-language papers and platforms ------------------------------------------------------------
def test_bloomberg_byline_links_updated_time_and_a_client_side_paywall() -> None:
    # Bloomberg: hashed class names, the authors as links to /authors/<id>/<slug>, "Updated on" over the
    # second <time>, the full text served under a declared paywall
    before, after = chrome("Bloomberg")
    html = page(
        '<meta property="og:type" content="article"><title>ECB Signals Pause as Inflation Cools - Bloomberg'
        '</title><meta name="description" content="Officials see rates on hold through the summer.">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "ECB Signals Pause as Inflation Cools",
                "datePublished": "2025-03-04T10:12:31.000Z",
                "dateModified": "2025-03-04T15:41:07.000Z",
                "author": [
                    {"@type": "Person", "name": "Jana Randow"},
                    {"@type": "Person", "name": "Alexander Weber"},
                ],
                "articleSection": "Economics",
                "isAccessibleForFree": "False",
                "publisher": {"@type": "Organization", "name": "Bloomberg"},
            }
        ),
        before + '<main><article class="styles_article__rZ6fQ"><div class="HedAndDek_eyebrow-x3">Economics'
        '</div><h1 class="HedAndDek_headline-D19MOidHYLI-">ECB Signals Pause as Inflation Cools</h1>'
        '<div class="HedAndDek_dek-1lQP">Officials see rates on hold through the summer as price growth'
        ' slows toward the 2% goal</div><div class="Byline_bylineAuthors__Ph3jR">By <a'
        ' href="/authors/AS1234/jana-randow">Jana Randow</a> and <a href="/authors/AS5678/alexander-weber">'
        'Alexander Weber</a></div><div class="Timestamp_timestamp"><time datetime="2025-03-04T10:12:31.000Z">'
        'March 4, 2025 at 10:12 AM UTC</time><span>Updated on <time datetime="2025-03-04T15:41:07.000Z">'
        'March 4, 2025 at 3:41 PM UTC</time></span></div><div class="body-content">'
        + paras(LONG[:3], "paragraph")
        + '<div class="ad-slot"><span>Advertisement</span></div>'
        + paras(LONG[3:], "paragraph")
        + "</div></article></main>"
        + after,
    )
    expect(
        record(
            html, "https://www.bloomberg.com/news/articles/2025-03-04/ecb-signals-pause-as-inflation-cools"
        ),
        headline="ECB Signals Pause as Inflation Cools",
        standfirst="Officials see rates on hold through the summer as price growth slows toward the 2% goal",
        authors=["Jana Randow", "Alexander Weber"],
        published="2025-03-04T10:12:31+00:00",
        modified="2025-03-04T15:41:07+00:00",
        section="Economics",
        language="en",
        body=LONG,
        access="paywalled",
    )


def test_substack_post_with_its_subscribe_boxes_and_share_buttons() -> None:
    # Substack: "post-title" and "subtitle", the author in the post's meta line, the day as "Mar 04, 2025",
    # a subscription widget and a "Share" button between paragraphs, "Like"/"Restack" under the post
    widget = (
        '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div'
        ' class="preamble"><p>Thanks for reading The Linemen! Subscribe for free to receive new posts and'
        ' support my work.</p></div><form class="subscription-widget-subscribe"><input type="email"'
        ' placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>'
    )
    html = page(
        '<meta property="og:type" content="article"><title>Why the grid is stuck - by Dana Whitfield</title>'
        '<meta property="og:title" content="Why the grid is stuck">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Why the grid is stuck",
                "description": "Permits, not technology, hold back new transmission lines",
                "datePublished": "2025-03-04T11:02:17+00:00",
                "dateModified": "2025-03-04T11:02:17+00:00",
                "isAccessibleForFree": True,
                "author": [
                    {"@type": "Person", "name": "Dana Whitfield", "url": "https://substack.com/@danaw"}
                ],
                "publisher": {"@type": "Organization", "name": "The Linemen"},
            }
        ),
        '<div class="main-menu"><a href="/">The Linemen</a><button>Subscribe</button><button>Sign in</button>'
        '</div><div class="single-post-container"><article class="typography newsletter-post post"><div'
        ' class="post-header"><h1 class="post-title published">Why the grid is stuck</h1><h3'
        ' class="subtitle">Permits, not technology, hold back new transmission lines</h3><div'
        ' class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@danaw">Dana'
        ' Whitfield</a></div><div class="pencraft pc-reset color-pub-secondary-text">Mar 04, 2025</div></div>'
        '<div class="post-ufi"><a class="like-button">12</a><a class="post-ufi-comment-button">3</a><a>Share'
        '</a></div></div><div class="available-content"><div dir="auto" class="body markup">'
        + paras(SENTENCES[:3])
        + widget
        + paras(SENTENCES[3:])
        + '<p class="button-wrapper"><a class="button primary" href="?action=share"><span>Share</span></a>'
        "</p></div></div>" + widget + '<div class="post-footer"><a class="like-button">Like</a>'
        '<a>Comment</a><a>Restack</a></div></article></div><div class="footer"><p>© 2025 Dana Whitfield'
        "</p><p>Substack is the home for great culture</p></div>",
    )
    expect(
        record(html, "https://thelinemen.substack.com/p/why-the-grid-is-stuck"),
        headline="Why the grid is stuck",
        standfirst="Permits, not technology, hold back new transmission lines",
        authors=["Dana Whitfield"],
        published="2025-03-04T11:02:17+00:00",
        modified="2025-03-04T11:02:17+00:00",
        section=None,
        language="en",
        body=SENTENCES,
        access="free",
    )


def test_wordpress_block_theme_post() -> None:
    # WordPress 6 with Twenty Twenty-Four and no SEO plugin: wp-block-post-title, -post-date,
    # -post-author-name
    # and -post-terms, the text in wp-block-post-content; post navigation and the comment form after it
    html = page(
        '<meta name="generator" content="WordPress 6.7.2"><title>Library extends weekend hours – Valley'
        " Notes</title>",
        '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p'
        ' class="wp-block-site-title"><a href="https://valleynotes.example/">Valley Notes</a></p><nav'
        ' class="wp-block-navigation"><ul><li><a href="/about/">About</a></li><li><a href="/events/">Events'
        '</a></li></ul></nav></div></header><main class="wp-block-group"><div class="wp-block-group">'
        '<h1 class="wp-block-post-title">Library extends weekend hours</h1><div class="wp-block-group"><div'
        ' class="wp-block-post-date"><time datetime="2025-03-04T09:14:22+00:00">March 4, 2025</time></div><p>'
        '— Written by</p><div class="wp-block-post-author-name"><a href="https://valleynotes.example/author/'
        'mgreene/" class="wp-block-post-author-name__link">Marta Greene</a></div><p>in</p><div'
        ' class="taxonomy-category wp-block-post-terms"><a href="https://valleynotes.example/category/'
        'community/" rel="tag">Community</a></div></div></div><div class="entry-content wp-block-post-content'
        ' has-global-padding is-layout-constrained">'
        + paras(SENTENCES)
        + '</div><div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms"><a'
        ' href="/tag/library/" rel="tag">library</a></div></div><nav class="wp-block-group"><div'
        ' class="post-navigation-link-previous wp-block-post-navigation-link"><a href="/2025/02/27/'
        'farmers-market-returns/">Farmers market returns</a></div></nav><div class="wp-block-comments"><h2'
        ' class="wp-block-heading">Comments</h2><div id="respond" class="comment-respond wp-block-post-'
        'comments-form"><h3 class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your'
        " email address will not be published. Required fields are marked *</p><textarea></textarea>"
        '</form></div></div></main><footer class="wp-block-template-part"><p>Designed with WordPress</p>'
        "</footer></div>",
    )
    expect(
        record(html, "https://valleynotes.example/2025/03/04/library-extends-weekend-hours/"),
        headline="Library extends weekend hours",
        standfirst=None,
        authors=["Marta Greene"],
        published="2025-03-04T09:14:22+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_drupal_olivero_node_with_its_submitted_line() -> None:
    # Drupal 10's Olivero theme: "By <name>, <D, m/d/Y - H:i>" in node__meta (Drupal's default medium date
    # format, month first), the text in field--name-body, no metadata but the generator
    before, after = chrome("Riverside Gazette")
    html = page(
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>Council approves new'
        " cycle lanes | Riverside Gazette</title>",
        before + '<main id="main-content"><div class="region region--content"><article data-history-node-id='
        '"1234" class="node node--type-article node--promoted node--view-mode-full"><header class="node__'
        'header"><h1 class="title page-title"><span class="field field--name-title field--type-string">'
        'Council approves new cycle lanes</span></h1><div class="node__meta"><span>By <span class="field'
        ' field--name-uid field--type-entity-reference"><a href="/user/42">Maria Lopez</a></span></span>,'
        ' <span>Tue, 03/04/2025 - 14:22</span></div></header><div class="node__content"><div class="text-'
        "content clearfix field field--name-body field--type-text-with-summary field--label-hidden"
        ' field__item">'
        + paras(SENTENCES)
        + '</div><div class="field field--name-field-tags field--label-above"><div class="field__label">'
        'Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/7">Transport'
        "</a></div></div></div></div></article></div></main>" + after,
    )
    expect(
        record(html, "https://www.riversidegazette.example/node/1234"),
        headline="Council approves new cycle lanes",
        standfirst=None,
        authors=["Maria Lopez"],
        published="2025-03-04T14:22:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_a_nextjs_page_whose_times_are_only_in_next_data() -> None:
    # a Next.js news site: CSS-module class names, the time shown as a day only, the story's record with
    # its instants in the __NEXT_DATA__ JSON the page hydrates from
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "8f2c",
                    "slug": "port-strike-ends-after-nine-days",
                    "title": "Port strike ends after nine days",
                    "publishedAt": "2025-03-04T16:45:00.000Z",
                    "updatedAt": "2025-03-04T19:02:10.000Z",
                    "authors": [{"name": "Hannah Cole", "slug": "hannah-cole"}],
                    "category": {"name": "Business"},
                },
                "related": [
                    {"title": "Dock workers vote to strike", "publishedAt": "2025-02-23T08:00:00.000Z"}
                ],
            }
        },
        "page": "/[category]/[slug]",
        "buildId": "a1b2c3",
    }
    before, after = chrome("The Harbour Post")
    html = page(
        '<meta property="og:type" content="article"><title>Port strike ends after nine days | The Harbour'
        ' Post</title><meta property="og:title" content="Port strike ends after nine days">',
        before + '<div id="__next"><main class="Layout_main__k2Lp"><article class="Article_article__Zt4qP">'
        '<a class="Article_category__x1" href="/business">Business</a><h1 class="ArticleHeader_title__7Ks2">'
        'Port strike ends after nine days</h1><p class="ArticleHeader_byline__3kd9">By <a href="/authors/'
        'hannah-cole">Hannah Cole</a></p><span class="ArticleHeader_date__Zq1">Mar 4, 2025</span><div'
        ' class="ArticleBody_body__pQ3">'
        + paras(SENTENCES)
        + "</div></article></main></div>"
        + after
        + f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>',
    )
    expect(
        record(html, "https://www.harbourpost.example/business/port-strike-ends-after-nine-days"),
        headline="Port strike ends after nine days",
        standfirst=None,
        authors=["Hannah Cole"],
        published="2025-03-04T16:45:00+00:00",
        modified="2025-03-04T19:02:10+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_hindustan_times_byline_with_place_and_an_ist_update_line() -> None:
    # Hindustan Times: "By <name>, <place>" in storyBy, "Updated on Mar 04, 2025 06:12 PM IST" in dateTime,
    # the dek in an <h2 class=sortDec>
    before, after = chrome("Hindustan Times")
    html = page(
        '<meta property="og:type" content="article"><title>Delhi approves 300 new electric buses | Latest'
        " News Delhi - Hindustan Times</title>"
        '<meta property="og:title" content="Delhi approves 300 new electric buses">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Delhi approves 300 new electric buses",
                "datePublished": "2025-03-04T17:48:11+05:30",
                "dateModified": "2025-03-04T18:12:40+05:30",
                "author": {"@type": "Person", "name": "Neha LM Tripathi"},
                "articleSection": "Delhi News",
                "inLanguage": "en",
            }
        ),
        before + '<div class="mainContainer"><div class="fullStory"><h1 class="hdg1">Delhi approves 300 new'
        ' electric buses</h1><h2 class="sortDec">The buses will run on 40 routes in the outer districts'
        ' from June, the transport department said</h2><div class="actionDiv"><div class="storyBy"><span>By'
        ' </span><a href="/author/neha-lm-tripathi-101">Neha LM Tripathi</a>, New Delhi</div><div'
        ' class="dateTime">Updated on Mar 04, 2025 06:12 PM IST</div></div><div class="storyDetails"><div'
        ' class="detail">'
        + paras(SENTENCES[:4])
        + '<div class="adHeight250"><span>Advertisement</span></div>'
        + paras(SENTENCES[4:])
        + "</div></div></div></div>"
        + after,
    )
    expect(
        record(
            html,
            "https://www.hindustantimes.com/cities/delhi-news/delhi-approves-300-new-electric-buses-"
            "101741090691234.html",
        ),
        headline="Delhi approves 300 new electric buses",
        standfirst="The buses will run on 40 routes in the outer districts from June, the transport"
        " department said",
        authors=["Neha LM Tripathi"],
        published="2025-03-04T17:48:11+05:30",
        modified="2025-03-04T18:12:40+05:30",
        section="Delhi News",
        language="en",
        body=SENTENCES,
    )


def test_straits_times_author_designation_and_published_updated_lines() -> None:
    # The Straits Times (Drupal): the writer's name and designation in two fields, "Published Mar 4, 2025,
    # 06:30 PM" and "Updated Mar 4, 2025, 08:15 PM" in the post-date group, the times in meta tags
    before, after = chrome("The Straits Times")
    html = page(
        '<meta property="og:type" content="article"><title>New MRT line to open in 2026, says LTA | The'
        ' Straits Times</title><meta property="article:published_time" content="2025-03-04T18:30:00+08:00">'
        '<meta property="article:modified_time" content="2025-03-04T20:15:00+08:00">'
        '<meta property="article:section" content="Singapore">',
        before + '<main><div class="layout__region--content"><h1 class="headline node-title">New MRT line to'
        ' open in 2026, says LTA</h1><div class="group-byline"><div class="author-field author-name"><a'
        ' href="/authors/tan-wei-ling">Tan Wei Ling</a></div><div class="author-designation">Senior'
        ' Transport Correspondent</div></div><div class="group-story-postdate"><div class="story-postdate">'
        'Published Mar 4, 2025, 06:30 PM</div><div class="story-updatedate">Updated Mar 4, 2025, 08:15 PM'
        '</div></div><div class="clearfix text-formatted field field--name-field-paragraph-text">'
        + paras(SENTENCES)
        + "</div></div></main>"
        + after,
    )
    expect(
        record(
            html, "https://www.straitstimes.com/singapore/transport/new-mrt-line-to-open-in-2026-says-lta"
        ),
        headline="New MRT line to open in 2026, says LTA",
        standfirst=None,
        authors=["Tan Wei Ling"],
        published="2025-03-04T18:30:00+08:00",
        modified="2025-03-04T20:15:00+08:00",
        section="Singapore",
        language="en",
        body=SENTENCES,
    )


def test_abc_australia_data_component_byline_and_topic_list() -> None:
    # ABC News (Australia): data-component="Heading", "Byline" with two author links, "Timestamp" showing
    # the day, the text in "RichTextContainer", a "Topics" list of links under it
    before, after = chrome("ABC News")
    html = page(
        '<meta property="og:type" content="article"><title>Floodwaters recede in northern NSW as clean-up'
        ' begins - ABC News</title><meta property="og:title" content="Floodwaters recede in northern NSW as'
        ' clean-up begins">'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Floodwaters recede in northern NSW as clean-up begins",
                "datePublished": "2025-03-04T08:30:00.000Z",
                "dateModified": "2025-03-04T08:30:00.000Z",
                "author": [
                    {"@type": "Person", "name": "Jane Smith"},
                    {"@type": "Person", "name": "Tom Lee"},
                ],
                "publisher": {"@type": "Organization", "name": "ABC News"},
            }
        ),
        before + '<main id="content"><article data-component="Article"><header><h1 data-component="Heading"'
        ' class="Heading_heading__VGa5B">Floodwaters recede in northern NSW as clean-up begins</h1><div'
        ' data-component="Byline"><p class="Byline_text">By <a data-component="Link" href="/news/jane-smith/'
        '12345">Jane Smith</a> and <a data-component="Link" href="/news/tom-lee/67890">Tom Lee</a></p><div'
        ' data-component="Timestamp"><time datetime="2025-03-04T08:30:00.000Z">Tue 4 Mar</time></div></div>'
        '</header><div data-component="RichTextContainer" class="RichTextContainer_container">'
        + paras(SENTENCES)
        + '</div><div data-component="TopicList"><h2>Topics:</h2><ul><li><a href="/news/topic/floods">'
        'Floods</a></li><li><a href="/news/topic/lismore-2480">Lismore</a></li></ul></div></article></main>'
        + after,
        lang="en-AU",
    )
    expect(
        record(html, "https://www.abc.net.au/news/2025-03-04/floodwaters-recede-northern-nsw/104012345"),
        headline="Floodwaters recede in northern NSW as clean-up begins",
        standfirst=None,
        authors=["Jane Smith", "Tom Lee"],
        published="2025-03-04T08:30:00+00:00",
        modified="2025-03-04T08:30:00+00:00",
        section=None,
        language="en-AU",
        body=SENTENCES,
    )


def test_globe_and_mail_byline_with_place_and_published_time() -> None:
    # The Globe and Mail: "c-byline" with the place in its own span, "Published March 4, 2025" in a <time>
    # whose datetime is the UTC instant, the text in "c-article-body__text" paragraphs, a subscriber label
    before, after = chrome("The Globe and Mail")
    html = page(
        '<meta property="og:type" content="article"><title>Ottawa to cap international student permits again'
        " - The Globe and Mail</title>"
        '<meta property="article:published_time" content="2025-03-04T17:18:51Z">'
        '<meta property="article:section" content="Politics">',
        before + '<main><article class="c-article"><span class="c-label">For subscribers</span><h1'
        ' class="c-primary-title">Ottawa to cap international student permits again</h1><div'
        ' class="c-article-meta"><span class="c-byline"><a href="/authors/marie-woolf/">Marie Woolf</a>'
        '</span><span class="c-byline__place">Ottawa</span><time class="c-timestamp" datetime="2025-03-04T17'
        ':18:51.000Z">Published March 4, 2025</time></div><div class="c-article-body">'
        + paras(SENTENCES, "c-article-body__text")
        + "</div></article></main>"
        + after,
        lang="en-CA",
    )
    expect(
        record(
            html,
            "https://www.theglobeandmail.com/politics/article-ottawa-to-cap-international-student-"
            "permits-again/",
        ),
        headline="Ottawa to cap international student permits again",
        standfirst=None,
        authors=["Marie Woolf"],
        published="2025-03-04T17:18:51+00:00",
        modified=None,
        section="Politics",
        language="en-CA",
        body=SENTENCES,
    )


def cbc_page() -> str:
    # CBC News: "Posted: Mar 04, 2025 6:12 PM EST | Last Updated: March 4" beside a UTC datetime, the author
    # with "· CBC News" after the name, the dek in <h2 class=deck>
    before, after = chrome("CBC News")
    html = page(
        '<meta property="og:type" content="article"><title>Ontario opens 12 new urgent care clinics | CBC'
        " News</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Ontario opens 12 new urgent care clinics",
                "datePublished": "2025-03-04T23:12:00.000Z",
                "author": [{"@type": "Person", "name": "Jane Doe"}],
                "publisher": {"@type": "Organization", "name": "CBC"},
            }
        ),
        before + '<main><div class="storyWrapper"><h1 class="detailHeadline">Ontario opens 12 new urgent care'
        ' clinics</h1><h2 class="deck">Province says the clinics will see 400,000 patients a year</h2><div'
        ' class="bylineDetails"><span class="authorText">Jane Doe · CBC News</span><span class="timeStamp">'
        '<time datetime="2025-03-04T23:12:00.000Z" class="timeStamp">Posted: Mar 04, 2025 6:12 PM EST</time>'
        ' | Last Updated: March 4</span></div><div class="story">'
        + paras(SENTENCES)
        + "</div></div></main>"
        + after,
        lang="en-CA",
    )
    return html


def test_cbc_posted_and_last_updated_line_in_eastern_time() -> None:
    html = cbc_page()
    expect(
        record(html, "https://www.cbc.ca/news/canada/toronto/ontario-urgent-care-clinics-1.7472345"),
        headline="Ontario opens 12 new urgent care clinics",
        standfirst="Province says the clinics will see 400,000 patients a year",
        authors=["Jane Doe"],
        published="2025-03-04T18:12:00-05:00",
        modified=None,
        section=None,
        language="en-CA",
        body=SENTENCES,
    )


def test_irish_times_weekday_month_day_year_time_line() -> None:
    # The Irish Times (Arc XP): the date shown as "Tue Mar 04 2025 - 18:12", no <time> and no metadata date
    before, after = chrome("The Irish Times")
    html = page(
        '<meta property="og:type" content="article"><title>Dublin Port to build new ferry terminal – The'
        " Irish Times</title>",
        before + '<main><article class="article-body-wrapper"><h1 class="headline">Dublin Port to build new'
        ' ferry terminal</h1><p class="subheadline">Planning permission granted for €120m project in the'
        ' north port area</p><div class="byline"><a href="/author/ciara-obrien/" class="b-byline">Ciara'
        ' O\'Brien</a></div><p class="date">Tue Mar 04 2025 - 18:12</p><div class="article-body">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(
            html, "https://www.irishtimes.com/business/2025/03/04/dublin-port-to-build-new-ferry-terminal/"
        ),
        headline="Dublin Port to build new ferry terminal",
        standfirst="Planning permission granted for €120m project in the north port area",
        authors=["Ciara O'Brien"],
        published="2025-03-04T18:12:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_nz_herald_fusion_page_with_reading_time_line() -> None:
    # NZ Herald (Arc XP): the story's record in "Fusion.globalContent", the date as "4 Mar, 2025 06:12 PM",
    # "4 mins to read" beside it, "Premium" over the headline
    fusion = {
        "_id": "ABC123",
        "type": "story",
        "display_date": "2025-03-04T05:12:00.000Z",
        "headlines": {"basic": "Auckland council backs harbour bridge cycleway"},
        "credits": {"by": [{"name": "Thomas Coughlan"}]},
    }
    before, after = chrome("NZ Herald")
    html = page(
        '<meta property="og:type" content="article"><title>Auckland council backs harbour bridge cycleway -'
        ' NZ Herald</title><meta property="article:published_time" content="2025-03-04T05:12:00.000Z">'
        f"<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(fusion)};"
        "Fusion.contentCache={};</script>",
        before + '<main><article class="article"><span class="article__label">Premium</span><h1'
        ' class="article__heading">Auckland council backs harbour bridge cycleway</h1><div class="article__'
        'byline"><div class="author__name">By <a href="/author/thomas-coughlan/">Thomas Coughlan</a></div>'
        '<div class="article__meta"><time class="article__publish-date">4 Mar, 2025 06:12 PM</time><span'
        ' class="article__reading-time">4 mins to read</span></div></div><section class="article__body">'
        + paras(SENTENCES)
        + "</section></article></main>"
        + after,
        lang="en-NZ",
    )
    expect(
        record(
            html, "https://www.nzherald.co.nz/nz/auckland-council-backs-harbour-bridge-cycleway/ABC123XYZ/"
        ),
        headline="Auckland council backs harbour bridge cycleway",
        standfirst=None,
        authors=["Thomas Coughlan"],
        # (the instant on the clock the page shows it: "06:12 PM" is 05:12 UTC at NZDT's +13:00)
        published="2025-03-04T18:12:00+13:00",
        modified=None,
        section=None,
        language="en-NZ",
        body=SENTENCES,
    )


def test_sydney_morning_herald_dotted_time_and_testid_byline() -> None:
    # The Sydney Morning Herald (Nine): data-testid headline, byline and datetime, the time shown as
    # "March 4, 2025 — 6.12pm", the dek in data-testid="intro"
    before, after = chrome("The Sydney Morning Herald")
    html = page(
        '<meta property="og:type" content="article"><title>Sydney rents rise for ninth straight quarter'
        "</title>"
        '<meta property="article:published_time" content="2025-03-04T07:12:00.000Z">'
        '<meta property="article:section" content="Property">',
        before + '<main><article><header><h1 data-testid="headline">Sydney rents rise for ninth straight'
        ' quarter</h1><p data-testid="intro">Tenants in the inner west now pay a third more than three years'
        ' ago</p><div data-testid="byline">By <a href="/by/michael-koziol-hvf4y">Michael Koziol</a></div>'
        '<time data-testid="datetime" datetime="2025-03-04T07:12:00.000Z">March 4, 2025 — 6.12pm</time>'
        '</header><section data-testid="body-content">'
        + paras(SENTENCES)
        + "</section></article></main>"
        + after,
        lang="en-AU",
    )
    expect(
        record(
            html,
            "https://www.smh.com.au/property/news/sydney-rents-rise-for-ninth-straight-quarter-"
            "20250304-p5lgk2.html",
        ),
        headline="Sydney rents rise for ninth straight quarter",
        standfirst=None,
        authors=["Michael Koziol"],
        published="2025-03-04T07:12:00+00:00",  # (the instant the shown "6.12pm" is in Sydney)
        modified=None,
        section="Property",
        language="en-AU",
        # (a lead, marked "intro", opens the body: content/lead.py)
        body=["Tenants in the inner west now pay a third more than three years ago", *SENTENCES],
        access="free",
    )


def test_ap_news_three_authors_in_capitals_and_a_contributors_line() -> None:
    # AP News (Brightspot): "By JOSH BOAK, ZEKE MILLER and LISA MASCARO", the timestamp in
    # <bsp-timestamp data-timestamp=ms>, the contributors' line the story ends with (a credit: not body)
    before, after = chrome("AP News")
    html = page(
        '<meta property="og:type" content="article"><title>Senate passes stopgap bill | AP News</title>'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Senate passes stopgap bill to avert shutdown",
                "datePublished": "2025-03-04T22:14:05Z",
                "dateModified": "2025-03-04T23:40:12Z",
                "author": [
                    {"@type": "Person", "name": "Josh Boak"},
                    {"@type": "Person", "name": "Zeke Miller"},
                    {"@type": "Person", "name": "Lisa Mascaro"},
                ],
                "articleSection": "Politics",
            }
        ),
        before + '<main><div class="Page-content"><h1 class="Page-headline">Senate passes stopgap bill to'
        ' avert shutdown</h1><div class="Page-authors"><span>By </span><a class="Link" href="/author/josh-'
        'boak">JOSH BOAK</a>, <a class="Link" href="/author/zeke-miller">ZEKE MILLER</a> and <a class="Link"'
        ' href="/author/lisa-mascaro">LISA MASCARO</a></div><div class="Page-dateModified"><bsp-timestamp'
        ' data-timestamp="1741131612000"><span>Updated 11:40 PM GMT, March 4, 2025</span></bsp-timestamp>'
        '</div><div class="RichTextStoryBody RichTextBody">'
        f"<p>WASHINGTON (AP) — {SENTENCES[0]}</p>"
        + paras(SENTENCES[1:])
        + "<p>Associated Press writers Mary Clare Jalonick and Kevin Freking contributed to this report.</p>"
        "</div></div></main>" + after,
    )
    expect(
        record(html, "https://apnews.com/article/congress-shutdown-stopgap-senate-4f2a9c1e7b44d0"),
        headline="Senate passes stopgap bill to avert shutdown",
        standfirst=None,
        authors=["Josh Boak", "Zeke Miller", "Lisa Mascaro"],
        published="2025-03-04T22:14:05+00:00",
        modified="2025-03-04T23:40:12+00:00",
        section="Politics",
        language="en",
        body=[f"WASHINGTON (AP) — {SENTENCES[0]}", *SENTENCES[1:]],
        access="free",
        dateline="WASHINGTON",
    )


# --- papers in other languages ------------------------------------------------------------------------------
def test_der_standard_kicker_subtitle_byline_and_pubdate() -> None:
    # Der Standard: the kicker in an <h2> above the <h1>, "article-subtitle", the name in
    # "article-byline-names", a <time> without a zone, "Posten" forum prompt after the text
    before, after = chrome("DER STANDARD", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Stadtrat sperrt Innenstadt für Autos - Verkehr'
        ' - derStandard.at › Panorama</title><meta property="og:title" content="Stadtrat sperrt Innenstadt'
        ' für Autos">',
        before + '<main><article class="story-article"><header class="article-header"><h2 class="article-'
        'kicker">Verkehr</h2><h1 class="article-title">Stadtrat sperrt Innenstadt für Autos</h1><p'
        ' class="article-subtitle">Ab dem Frühjahr bleibt die Altstadt am Wochenende autofrei, der Handel'
        ' protestiert</p><div class="article-meta"><div class="article-origins"><div class="article-byline">'
        '<div class="article-byline-names">Anna Schmidt</div></div></div><p class="article-pubdate"><time'
        ' datetime="2025-03-04T18:12">4. März 2025, 18:12</time></p></div></header><div class="article-'
        'body">'
        + paras(DE)
        + '</div><div class="article-forum-prompt"><p>Diskutieren Sie mit! Zum Forum</p><a>Posten</a></div>'
        "</article></main>" + after,
        lang="de-AT",
    )
    expect(
        record(html, "https://www.derstandard.at/story/3000000258123/stadtrat-sperrt-innenstadt-fuer-autos"),
        headline="Stadtrat sperrt Innenstadt für Autos",
        standfirst="Ab dem Frühjahr bleibt die Altstadt am Wochenende autofrei, der Handel protestiert",
        authors=["Anna Schmidt"],
        published="2025-03-04T18:12:00+00:00",
        modified=None,
        section=None,
        language="de-AT",
        body=DE,
    )


def corriere_page() -> str:
    # Corriere della Sera: "title-art", "summary-art", "di <name>" in the writer box, the publication with
    # its update in brackets, "© RIPRODUZIONE RISERVATA" under the text
    before, after = chrome("Corriere della Sera", "it")
    html = page(
        '<meta property="og:type" content="article"><title>Centro storico chiuso alle auto nel fine settimana'
        "- Corriere.it</title>"
        '<meta property="article:published_time" content="2025-03-04T18:12:00+01:00">'
        '<meta property="article:section" content="Cronaca">',
        before
        + '<main><article><h1 class="title-art">Centro storico chiuso alle auto nel fine settimana</h1>'
        '<p class="summary-art">Il consiglio comunale approva lo stop al traffico per un anno</p><div'
        ' class="content-writer"><span class="writer"><span class="author">di <a href="/firme/marco-'
        'bianchi/">Marco Bianchi</a></span></span></div><p class="is-last-update">4 marzo 2025 (modifica il'
        ' 4 marzo 2025 | 20:15)</p><div class="content-art">'
        + paras(IT, "chapter-paragraph")
        + '<p class="is-copyright">© RIPRODUZIONE RISERVATA</p></div></article></main>'
        + after,
        lang="it",
    )
    return html


def test_corriere_summary_writer_update_line_and_reserved_rights_notice() -> None:
    html = corriere_page()
    expect(
        record(
            html,
            "https://milano.corriere.it/notizie/cronaca/25_marzo_04/centro-storico-chiuso-auto-"
            "a1b2c3d4.shtml",
        ),
        headline="Centro storico chiuso alle auto nel fine settimana",
        standfirst="Il consiglio comunale approva lo stop al traffico per un anno",
        authors=["Marco Bianchi"],
        published="2025-03-04T18:12:00+01:00",
        modified="2025-03-04T20:15:00+01:00",
        section="Cronaca",
        language="it",
        body=IT,
    )


def test_el_mundo_byline_location_and_an_updated_time_element() -> None:
    # El Mundo: "ue-c-article__" blocks, the writer's place in a div of its own, the <time> showing the
    # update ("Actualizado Martes, 4 marzo 2025 - 18:51"), the publication declared in JSON-LD
    before, after = chrome("EL MUNDO", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba un plan para renovar los'
        " trenes de Cercanías | España</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "El Gobierno aprueba un plan para renovar los trenes de Cercanías",
                "datePublished": "2025-03-04T16:20:11Z",
                "dateModified": "2025-03-04T17:51:58Z",
                "author": [{"@type": "Person", "name": "Lucía Fernández"}],
                "articleSection": "España",
            }
        ),
        before + '<main><article class="ue-l-article"><div class="ue-c-article__kicker">Transportes</div><h1'
        ' class="ue-c-article__headline js-headline">El Gobierno aprueba un plan para renovar los trenes de'
        ' Cercanías</h1><p class="ue-c-article__standfirst">La inversión alcanzará los 2.000 millones en'
        " cinco"
        ' años</p><div class="ue-c-article__byline"><div class="ue-c-article__byline-name"><a href="/autor/'
        'lucia-fernandez.html">Lucía Fernández</a></div><div class="ue-c-article__byline-location">Madrid'
        '</div><div class="ue-c-article__publishdate"><time datetime="2025-03-04T17:51:58Z">Actualizado'
        ' Martes, 4 marzo 2025 - 18:51</time></div></div><div class="ue-l-article__body ue-c-article__body">'
        + paras(ES)
        + "</div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(html, "https://www.elmundo.es/espana/2025/03/04/67c71a2bfc6c83c4158b4571.html"),
        headline="El Gobierno aprueba un plan para renovar los trenes de Cercanías",
        standfirst="La inversión alcanzará los 2.000 millones en cinco años",
        authors=["Lucía Fernández"],
        published="2025-03-04T16:20:11+00:00",
        modified="2025-03-04T17:51:58+00:00",
        section="España",
        language="es",
        body=ES,
    )


def test_la_vanguardia_epigraph_created_and_updated_dates() -> None:
    # La Vanguardia: the dek an <h2 class=epigraph>, "created-date" with a <time>, "Actualizado a
    # 04/03/2025 20:05" in "updated-date", text in "paragraph" <p>s
    before, after = chrome("La Vanguardia", "es")
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba el plan de Cercanías</title>',
        before + '<main><article class="article"><h1 class="title">El Gobierno aprueba el plan de Cercanías'
        '</h1><h2 class="epigraph">La inversión alcanzará los 2.000 millones en cinco años</h2><div'
        ' class="author-name"><a href="/autores/lucia-fernandez.html">Lucía Fernández</a></div><div'
        ' class="created-date"><time datetime="2025-03-04T18:12:00+01:00">04/03/2025 18:12</time></div><div'
        ' class="updated-date">Actualizado a 04/03/2025 20:05</div><div class="article-modules">'
        + paras(ES, "paragraph")
        + "</div></article></main>"
        + after,
        lang="es",
    )
    expect(
        record(
            html,
            "https://www.lavanguardia.com/politica/20250304/10412345/gobierno-aprueba-plan-cercanias.html",
        ),
        headline="El Gobierno aprueba el plan de Cercanías",
        standfirst="La inversión alcanzará los 2.000 millones en cinco años",
        authors=["Lucía Fernández"],
        published="2025-03-04T18:12:00+01:00",
        modified="2025-03-04T20:05:00+01:00",
        section=None,
        language="es",
        body=ES,
    )


def test_publico_blurb_author_link_and_dateline_time() -> None:
    # Público (Portugal): "story__blurb", the author a rel=author link, "4 de Março de 2025, 18:12" in a
    # <time class=dateline> without a datetime attribute
    before, after = chrome("PÚBLICO", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Governo aprova plano para os comboios urbanos |'
        " Transportes | PÚBLICO</title>",
        before + '<main><article class="story"><h1 class="headline story__headline">Governo aprova plano'
        ' para os comboios urbanos</h1><div class="story__blurb lead">Investimento de dois mil milhões de'
        ' euros ao longo de cinco anos</div><div class="byline"><a rel="author" class="byline__name"'
        ' href="/autor/ana-souza">Ana Souza</a></div><time class="dateline">4 de Março de 2025, 18:12</time>'
        '<div class="story__body">' + paras(PT) + "</div></article></main>" + after,
        lang="pt-PT",
    )
    expect(
        record(
            html, "https://www.publico.pt/2025/03/04/economia/noticia/governo-aprova-plano-comboios-2124567"
        ),
        headline="Governo aprova plano para os comboios urbanos",
        standfirst=None,
        authors=["Ana Souza"],
        published="2025-03-04T18:12:00+00:00",
        modified=None,
        section=None,
        language="pt-PT",
        body=["Investimento de dois mil milhões de euros ao longo de cinco anos", *PT],  # (the lead)
    )


def test_uol_author_from_line_and_hour_h_minute_times() -> None:
    # UOL (Brazil): the author and "Colaboração para o UOL, em São Paulo" in two divs, "04/03/2025 18h12"
    # and "Atualizado em 04/03/2025 20h05"
    before, after = chrome("UOL", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>SP vai ampliar ciclovias em 300 km até 2026 -'
        " UOL Notícias</title>",
        before + '<main><article><h1 class="title">SP vai ampliar ciclovias em 300 km até 2026</h1><div'
        ' class="solar-author"><div class="solar-author-names">Ana Souza</div><div class="solar-author-'
        'from">Colaboração para o UOL, em São Paulo</div></div><div class="solar-date"><time>04/03/2025 18h12'
        '</time><span class="p-author-update">Atualizado em 04/03/2025 20h05</span></div><div class="text">'
        + paras(BR)
        + "</div></article></main>"
        + after,
        lang="pt-BR",
    )
    expect(
        record(
            html, "https://noticias.uol.com.br/cotidiano/ultimas-noticias/2025/03/04/sp-ciclovias-300-km.htm"
        ),
        headline="SP vai ampliar ciclovias em 300 km até 2026",
        standfirst=None,
        authors=["Ana Souza"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:05:00+00:00",
        section=None,
        language="pt-BR",
        body=BR,
    )


def test_asahi_paywalled_teaser_with_its_remaining_characters_line() -> None:
    # Asahi Shimbun: a <time> in the byline box, the reporter's name as a link, a paid story's teaser cut
    # with "この記事は有料記事です。残り1234文字" and a sign-up prompt
    before, after = chrome("朝日新聞", "ja")
    html = page(
        '<meta property="og:type" content="article">'
        "<title>低所得世帯に３万円給付へ　政府方針：朝日新聞</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "低所得世帯に３万円給付へ　政府方針",
                "datePublished": "2025-03-04T18:30:00+09:00",
                "author": {"@type": "Person", "name": "佐藤健一"},
                "isAccessibleForFree": False,
            }
        ),
        before + '<main><article><h1>低所得世帯に３万円給付へ　政府方針</h1><div class="byline"><a'
        ' href="/reporter/sato-kenichi/">佐藤健一</a><time datetime="2025-03-04T18:30:00+09:00">2025年3月4日'
        ' 18時30分</time></div><div class="nfyQp">'
        + paras(JA[:2])
        + '</div><div class="paywall-prompt"><p>この記事は有料記事です。残り1234文字</p>'
        "<p>有料会員になると会員限定の"
        "有料記事もお読みいただけます。</p><a>今すぐ登録</a><a>ログインする</a></div></article></main>"
        + after,
        lang="ja",
    )
    expect(
        record(html, "https://www.asahi.com/articles/AST3412ABC3SUTFK00MM.html"),
        headline="低所得世帯に３万円給付へ 政府方針",  # (the ideographic space as a space)
        standfirst=None,
        authors=["佐藤健一"],
        published="2025-03-04T18:30:00+09:00",
        modified=None,
        section=None,
        language="ja",
        body=JA[:2],
        access="paywalled",
        truncated=True,
    )


def test_nikkei_update_line_after_the_time() -> None:
    # Nikkei (nikkei.com): generated class names, the publication in a <time>, "2025年3月4日 20:15更新" (the
    # update label after the time)
    before, after = chrome("日本経済新聞", "ja")
    html = page(
        '<meta property="og:type" content="article">'
        "<title>政府、低所得世帯に３万円給付へ - 日本経済新聞</title>",
        before + '<main><article class="container_c1suc6un"><h1 class="title_tp0qjrp">'
        "政府、低所得世帯に３万円給付へ</h1>"
        '<div class="timeStampOverride_t1aaxb3x">'
        '<time datetime="2025-03-04T18:30:00+09:00">2025年3月4日 18:30</time>'
        "<span>2025年3月4日 20:15更新</span>"
        '</div><section class="container_cz8tiun">'
        + paras(JA, "paragraph_p18mfke4")
        + "</section></article></main>"
        + after,
        lang="ja",
    )
    expect(
        record(html, "https://www.nikkei.com/article/DGXZQOUA041230U5A300C2000000/"),
        headline="政府、低所得世帯に３万円給付へ",
        standfirst=None,
        authors=[],
        published="2025-03-04T18:30:00+09:00",
        modified="2025-03-04T20:15:00+09:00",
        section=None,
        language="ja",
        body=JA,
        access="free",
    )


def test_a_short_japanese_brief_with_a_label_over_its_headline() -> None:
    # a Nikkei brief (速報): a label over the headline and three short paragraphs, which the main-content
    # extractor returns as one line run together from the label on (its last resort on a short story)
    before, after = chrome("日本経済新聞", "ja")
    html = page(
        '<meta property="og:type" content="article">'
        "<title>政府、低所得世帯に３万円給付へ - 日本経済新聞</title>",
        before + '<main><article class="container_c1suc6un"><span class="label_l1z5wu7">[速報]</span>'
        '<h1 class="title_tp0qjrp">政府、低所得世帯に３万円給付へ</h1>'
        '<div class="timeStampOverride_t1aaxb3x">'
        '<time datetime="2025-03-04T18:30:00+09:00">2025年3月4日 18:30</time>'
        '</div><section class="container_cz8tiun">'
        + paras(JA[:3], "paragraph_p18mfke4")
        + "</section></article></main>"
        + after,
        lang="ja",
    )
    expect(
        record(html, "https://www.nikkei.com/article/DGXZQOUA041231U5A300C2000000/"),
        headline="政府、低所得世帯に３万円給付へ",
        standfirst=None,
        authors=[],
        published="2025-03-04T18:30:00+09:00",
        modified=None,
        section=None,
        language="ja",
        body=JA[:3],
    )


def wyborcza_page() -> str:
    # Gazeta Wyborcza: "art-lead", "art-author", "4 marca 2025 | 18:12", the rest behind a subscription
    # offer ("Kup prenumeratę")
    before, after = chrome("Wyborcza.pl", "pl")
    html = page(
        '<meta property="og:type" content="article"><title>Centrum zamknięte dla aut w weekendy</title>'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Centrum zamknięte dla aut w weekendy",
                "datePublished": "2025-03-04T18:12:00+01:00",
                "author": {"@type": "Person", "name": "Jan Kowalski"},
                "isAccessibleForFree": "False",
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": "False",
                    "cssSelector": ".paywall",
                },
            }
        ),
        before + '<main><article class="art"><h1 class="art-title">Centrum zamknięte dla aut w weekendy</h1>'
        '<div class="art-lead">Od wiosny samochody nie wjadą na stare miasto w soboty i niedziele</div><div'
        ' class="art-author">Jan Kowalski</div><div class="art-datetime">4 marca 2025 | 18:12</div><div'
        ' class="art-content">'
        + paras(PL[:2])
        + '</div><div class="paywall-offer"><p>Ten artykuł jest dostępny dla subskrybentów. Kup prenumeratę i'
        " czytaj bez ograniczeń.</p><a>Kup prenumeratę</a><p>Masz już prenumeratę? <a>Zaloguj się</a></p>"
        "</div></article></main>" + after,
        lang="pl",
    )
    return html


def test_wyborcza_lead_author_and_a_subscription_wall() -> None:
    html = wyborcza_page()
    expect(
        record(html, "https://wyborcza.pl/7,75398,31712345,centrum-zamkniete-dla-aut-w-weekendy.html"),
        headline="Centrum zamknięte dla aut w weekendy",
        standfirst=None,
        authors=["Jan Kowalski"],
        published="2025-03-04T18:12:00+01:00",
        modified=None,
        section=None,
        language="pl",
        body=["Od wiosny samochody nie wjadą na stare miasto w soboty i niedziele", *PL[:2]],  # (the lead)
        access="paywalled",
        truncated=True,
    )


def test_aftonbladet_times_of_the_day_only_and_a_reporter_role() -> None:
    # Aftonbladet (Schibsted): "Publicerad 18.12" and "Uppdaterad 20.05" (today's time, the day left out),
    # the day in JSON-LD, the name with "Reporter" under it
    before, after = chrome("Aftonbladet", "sv")
    html = page(
        '<meta property="og:type" content="article"><title>Regeringen vill bygga ut järnvägen | Aftonbladet'
        "</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Regeringen vill bygga ut järnvägen",
                "datePublished": "2025-03-04T17:12:00Z",
                "dateModified": "2025-03-04T19:05:00Z",
                "author": [{"@type": "Person", "name": "Anna Svensson"}],
            }
        ),
        before + '<main><article><h1 data-test-id="headline">Regeringen vill bygga ut järnvägen</h1><p'
        ' data-test-id="lead-text">Förslaget kostar fyrtio miljarder kronor och ska vara klart om tio år</p>'
        '<div data-test-id="byline"><span class="name">Anna Svensson</span><span class="role">Reporter</span>'
        '</div><div data-test-id="timestamps"><time datetime="2025-03-04T17:12:00Z">Publicerad 18.12</time>'
        '<time datetime="2025-03-04T19:05:00Z">Uppdaterad 20.05</time></div><div data-test-id="article-body">'
        + paras(SV)
        + "</div></article></main>"
        + after,
        lang="sv",
    )
    expect(
        record(html, "https://www.aftonbladet.se/nyheter/a/Xy12Ab/regeringen-vill-bygga-ut-jarnvagen"),
        headline="Regeringen vill bygga ut järnvägen",
        standfirst=None,
        authors=["Anna Svensson"],
        published="2025-03-04T17:12:00+00:00",
        modified="2025-03-04T19:05:00+00:00",
        section=None,
        language="sv",
        body=["Förslaget kostar fyrtio miljarder kronor och ska vara klart om tio år", *SV],  # (the lead)
    )


def test_nrk_published_and_updated_with_kl() -> None:
    # NRK: "Publisert 4. mars 2025 kl. 18:12" and "Oppdatert 4. mars 2025 kl. 20:05", the byline's role
    # "Journalist"
    before, after = chrome("NRK", "no")
    html = page(
        '<meta property="og:type" content="article"><title>Regjeringen vil bygge ut Bergensbanen – NRK'
        "</title>",
        before + '<main><article class="article"><h1 class="title">Regjeringen vil bygge ut Bergensbanen</h1>'
        '<div class="article-lead"><p>Forslaget koster førti milliarder kroner og skal være ferdig om ti år.'
        '</p></div><div class="byline"><a class="author__name" href="/info/journalist/kari-nordmann">Kari'
        ' Nordmann</a><span class="author__role">Journalist</span></div><div class="dates"><span>Publisert'
        " 4. mars 2025 kl. 18:12</span><span>Oppdatert 4. mars 2025 kl. 20:05</span></div><div"
        ' class="article-body">' + paras(NO) + "</div></article></main>" + after,
        lang="nb",
    )
    expect(
        record(html, "https://www.nrk.no/vestland/regjeringen-vil-bygge-ut-bergensbanen-1.17312345"),
        headline="Regjeringen vil bygge ut Bergensbanen",
        standfirst=None,
        authors=["Kari Nordmann"],
        published="2025-03-04T18:12:00+00:00",
        modified="2025-03-04T20:05:00+00:00",
        section=None,
        language="nb",
        body=["Forslaget koster førti milliarder kroner og skal være ferdig om ti år.", *NO],  # (the lead)
    )


@pytest.mark.parametrize(
    ("url", "line", "published", "modified"),
    [
        # Ouest-France: "Publié le 04/03/2025 à 18h12, Modifié le 04/03/2025 à 20h05"
        (
            "https://www.ouest-france.fr/bretagne/rennes-35000/le-conseil-adopte-le-plan-ecoles-7c1d2e3f",
            "Publié le 04/03/2025 à 18h12, Modifié le 04/03/2025 à 20h05",
            "2025-03-04T18:12:00+00:00",
            "2025-03-04T20:05:00+00:00",
        ),
        # 20 Minutes: the year in two digits, "Mis à jour" for the update
        (
            "https://www.20minutes.fr/societe/4142345-20250304-conseil-adopte-plan-ecoles",
            "Publié le 04/03/25 à 18h12 — Mis à jour le 04/03/25 à 20h05",
            "2025-03-04T18:12:00+00:00",
            "2025-03-04T20:05:00+00:00",
        ),
    ],
)
def test_french_published_and_modified_lines_with_hour_h_minute(
    url: str, line: str, published: str, modified: str
) -> None:
    before, after = chrome("Le Quotidien", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte le plan écoles</title>',
        before + '<main><article><h1>Le conseil adopte le plan écoles</h1><div class="article-info"><span'
        f' class="author">Par <a href="/auteurs/claire-dubois">Claire Dubois</a></span><p class="date">{line}'
        '</p></div><div class="article-body">' + paras(FR) + "</div></article></main>" + after,
        lang="fr",
    )
    expect(
        record(html, url),
        headline="Le conseil adopte le plan écoles",
        standfirst=None,
        authors=["Claire Dubois"],
        published=published,
        modified=modified,
        section=None,
        language="fr",
        body=FR,
    )


def test_repubblica_story_date_and_a_read_also_box_in_the_text() -> None:
    # la Repubblica: "story__title", "story__summary", the author's name in "story__author__name", a
    # "Leggi anche" box with another story's link between paragraphs
    before, after = chrome("la Repubblica", "it")
    html = page(
        '<meta property="og:type" content="article"><title>Centro chiuso alle auto, il sì del consiglio - la'
        " Repubblica</title>",
        before + '<main><article class="story"><h1 class="story__title">Centro chiuso alle auto, il sì del'
        ' consiglio</h1><p class="story__summary">Stop al traffico nei weekend per un anno, protestano i'
        ' commercianti</p><em class="story__author"><span class="story__author__name">Marco Bianchi</span>'
        '</em><time class="story__date" datetime="2025-03-04T18:12:00+01:00">04 Marzo 2025</time><div'
        ' class="story__text">'
        + paras(IT[:2])
        + '<div class="inline-article"><span class="inline-article__label">Leggi anche</span><a'
        ' href="/cronaca/2025/02/27/news/ztl_allargata-421234567/">Ztl allargata, le nuove regole</a></div>'
        + paras(IT[2:])
        + "</div></article></main>"
        + after,
        lang="it",
    )
    expect(
        record(html, "https://www.repubblica.it/cronaca/2025/03/04/news/centro_chiuso_auto-423456789/"),
        headline="Centro chiuso alle auto, il sì del consiglio",
        standfirst="Stop al traffico nei weekend per un anno, protestano i commercianti",
        authors=["Marco Bianchi"],
        published="2025-03-04T18:12:00+01:00",
        modified=None,
        section=None,
        language="it",
        body=IT,
    )


def ansa_page() -> str:
    # ANSA: "(ANSA) - ROMA, 04 MAR - " opens the text, "RIPRODUZIONE RISERVATA © Copyright ANSA" ends it,
    # the agency the author
    before, after = chrome("ANSA.it", "it")
    html = page(
        '<meta property="og:type" content="article"><title>Governo, via libera al piano treni - Notizie -'
        " Ansa.it</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Governo, via libera al piano treni",
                "datePublished": "2025-03-04T18:12:00+01:00",
                "author": {"@type": "Organization", "name": "ANSA"},
                "publisher": {"@type": "Organization", "name": "ANSA"},
            }
        ),
        before + '<main><article><h1 class="news-title">Governo, via libera al piano treni</h1><div'
        ' class="news-date"><time>04 marzo 2025 18:12</time></div><div class="news-txt">'
        f"<p>(ANSA) - ROMA, 04 MAR - {IT[0]}</p>"
        + paras(IT[1:])
        + '<p class="copyright">RIPRODUZIONE RISERVATA © Copyright ANSA</p></div></article></main>'
        + after,
        lang="it",
    )
    return html


def test_ansa_wire_dateline_and_copyright_line() -> None:
    html = ansa_page()
    expect(
        record(
            html,
            "https://www.ansa.it/sito/notizie/politica/2025/03/04/governo-via-libera-al-piano-treni_"
            "a1b2c3d4.html",
        ),
        headline="Governo, via libera al piano treni",
        standfirst=None,
        authors=["ANSA"],
        published="2025-03-04T18:12:00+01:00",
        modified=None,
        section=None,
        language="it",
        body=[f"(ANSA) - ROMA, 04 MAR - {IT[0]}", *IT[1:]],
        dateline="ROMA",
    )


def test_t_online_update_and_reading_time_in_one_line() -> None:
    # t-online: "Aktualisiert am 04.03.2025 - 20:05 Uhr" and "Lesedauer: 2 Min." in one meta row, the
    # publication only in metadata, "Von <name>" with the agency after a comma
    before, after = chrome("t-online", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Stadtrat sperrt Innenstadt für Autos</title>'
        '<meta property="article:published_time" content="2025-03-04T18:12:00+01:00">',
        before + '<main><article><h1><span class="kicker">Verkehrswende</span><span>Stadtrat sperrt'
        ' Innenstadt für Autos</span></h1><div class="meta-row"><span class="author">Von Anna Schmidt, dpa'
        '</span><span class="update">Aktualisiert am 04.03.2025 - 20:05 Uhr</span><span class="readtime">'
        'Lesedauer: 2 Min.</span></div><div class="article-text">'
        + paras(DE)
        + "</div></article></main>"
        + after,
        lang="de",
    )
    expect(
        record(
            html,
            "https://www.t-online.de/region/koeln/id_100612345/stadtrat-sperrt-innenstadt-fuer-autos.html",
        ),
        headline="Stadtrat sperrt Innenstadt für Autos",
        standfirst=None,
        authors=["Anna Schmidt"],
        published="2025-03-04T18:12:00+01:00",
        modified="2025-03-04T20:05:00+01:00",
        section=None,
        language="de",
        body=DE,
    )


# --- story kinds and where their fields hide ---------------------------------------------------------
@pytest.mark.parametrize(
    "entry",
    [
        "div",
        # each entry an <article>: trafilatura took the first entry for the main <article> and put the intro
        # above the feed after it; a live blog's paragraphs are now put in the page's order (body.py)
        "article",
    ],
)
def test_a_live_blog_keeps_its_entries_text_without_their_times(entry: str) -> None:
    # a LiveBlogPosting (RTÉ-like): an intro above the feed, each entry a <time> and its text; the page's
    # publication is the blog's start, its modification the last entry
    entries = [
        ("2025-03-04T18:40:00+00:00", "18:40", SENTENCES[2]),
        ("2025-03-04T17:15:00+00:00", "17:15", SENTENCES[1]),
        ("2025-03-04T16:02:00+00:00", "16:02", SENTENCES[0]),
    ]
    feed = "".join(
        f'<{entry} class="live-entry" id="entry-{n}"><header><time datetime="{iso}">{hm}</time></header>'
        f'<div class="live-entry__body"><p>{text}</p></div><div class="live-entry__share"><button>Share'
        f"</button></div></{entry}>"
        for n, (iso, hm, text) in enumerate(entries)
    )
    before, after = chrome("RTÉ")
    html = page(
        '<meta property="og:type" content="article"><title>As it happened: Rail link cleared by court - RTÉ'
        " News</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "As it happened: Rail link cleared by court",
                "datePublished": "2025-03-04T16:00:00+00:00",
                "dateModified": "2025-03-04T18:40:00+00:00",
                "coverageStartTime": "2025-03-04T16:00:00+00:00",
                "author": {"@type": "Person", "name": "Sinéad Crowley"},
                "liveBlogUpdate": [
                    {"@type": "BlogPosting", "headline": text[:40], "datePublished": iso}
                    for iso, _, text in entries
                ],
            }
        ),
        before + '<main><div class="live-blog"><h1>As it happened: Rail link cleared by court</h1><p'
        f' class="byline">By Sinéad Crowley</p><p>{SENTENCES[3]}</p><div class="live-feed">{feed}</div></div>'
        "</main>" + after,
    )
    expect(
        record(html, "https://www.rte.ie/news/2025/0304/1500123-live-rail-link-court/"),
        headline="As it happened: Rail link cleared by court",
        standfirst=None,
        authors=["Sinéad Crowley"],
        published="2025-03-04T16:00:00+00:00",
        modified="2025-03-04T18:40:00+00:00",
        section=None,
        language="en",
        body=[SENTENCES[3], SENTENCES[2], SENTENCES[1], SENTENCES[0]],
    )


def test_a_correction_note_stays_in_the_body_and_the_dates_keep_their_eastern_offset() -> None:
    # NPR: the date block "March 4, 2025 5:00 AM ET" split in spans of a <time>, "Updated March 5, 2025 at
    # 9:12 AM ET", a correction note in italics the story ends with (the newsroom's text: body)
    correction = (
        "Correction: An earlier version of this story misstated the length of the new line. It is 140"
        " kilometres long, not 104."
    )
    before, after = chrome("NPR")
    html = page(
        '<meta property="og:type" content="article"><title>Court clears high-speed rail link : NPR</title>'
        '<meta name="date" content="2025-03-04">',
        before + '<main><article class="story"><div class="storytitle"><h1>Court clears high-speed rail'
        ' link</h1></div><div id="storybyline"><div class="byline-container--block"><p class="byline__name'
        ' byline__name--block"><a href="/people/348737212/frank-langfitt">Frank Langfitt</a></p></div></div>'
        '<div class="dateblock"><time datetime="2025-03-04T05:00:00-05:00"><span class="date">March 4, 2025'
        '</span><span class="time">5:00 AM ET</span></time><span class="updated">Updated March 5, 2025 at'
        ' 9:12 AM ET</span></div><div id="storytext" class="storytext">'
        + paras(SENTENCES)
        + f"<p><em>{correction}</em></p></div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.npr.org/2025/03/04/nx-s1-5312345/court-clears-high-speed-rail-link"),
        headline="Court clears high-speed rail link",
        standfirst=None,
        authors=["Frank Langfitt"],
        published="2025-03-04T05:00:00-05:00",
        modified="2025-03-05T09:12:00-05:00",
        section=None,
        language="en",
        body=[*SENTENCES, correction],
        access="free",
    )


def test_a_photo_gallery_article_keeps_its_intro_as_body_and_its_captions_as_images() -> None:
    # a gallery story (Stuff-like): an intro paragraph, then numbered slides "1 / 3" with a caption and a
    # credit each
    captions = [
        "Crowds gather at the waterfront for the lantern festival's opening night.",
        "A dragon lantern is carried through Queen Street.",
        "Children make paper lanterns at a workshop in the park.",
    ]
    slides = "".join(
        f'<figure class="gallery__slide"><span class="gallery__count">{n + 1} / 3</span><img'
        f' src="https://resources.stuff.example/images/lantern-{n}.jpg"><figcaption><span'
        f' class="caption">{c}</span><span class="credit">Ricky Wilson/Stuff</span></figcaption></figure>'
        for n, c in enumerate(captions)
    )
    before, after = chrome("Stuff")
    html = page(
        '<meta property="og:type" content="article"><title>In pictures: Lantern festival lights up the city'
        " | Stuff</title>"
        '<meta property="article:published_time" content="2025-03-04T07:30:00.000Z">',
        before + '<main><article><h1>In pictures: Lantern festival lights up the city</h1><p class="byline">'
        'Ricky Wilson</p><div class="article-intro"><p>Thousands of people turned out on Tuesday night for'
        " the opening of the lantern festival, which runs until Sunday and features more than eight hundred"
        " lanterns made by local artists and community groups.</p></div>"
        f'<div class="gallery">{slides}</div></article></main>' + after,
        lang="en-NZ",
    )
    article = record(html, "https://www.stuff.example/nz-news/350512345/in-pictures-lantern-festival")
    expect(
        article,
        headline="In pictures: Lantern festival lights up the city",
        standfirst=None,
        authors=["Ricky Wilson"],
        published="2025-03-04T07:30:00+00:00",
        modified=None,
        section=None,
        language="en-NZ",
        body=[
            "Thousands of people turned out on Tuesday night for the opening of the lantern festival, which"
            " runs until Sunday and features more than eight hundred lanterns made by local artists and"
            " community groups."
        ],
    )
    assert [(i.caption, i.credit) for i in article.images] == [(c, "Ricky Wilson/Stuff") for c in captions]


def reporting_by_page() -> str:
    # "By A and B, with reporting by C" (CNN-like byline, metadata naming the two writers): the writers are
    # the authors, the reporter credited after "with reporting by" is not
    before, after = chrome("The Courier")
    html = page(
        '<meta property="og:type" content="article"><title>Court clears high-speed rail link | The Courier'
        "</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Court clears high-speed rail link",
                "datePublished": "2025-03-04T14:05:00-05:00",
                "author": [
                    {"@type": "Person", "name": "Maya Chen"},
                    {"@type": "Person", "name": "Omar Haddad"},
                ],
            }
        ),
        before + '<main><article><h1>Court clears high-speed rail link</h1><div class="byline">By <a'
        ' href="/profiles/maya-chen">Maya Chen</a> and <a href="/profiles/omar-haddad">Omar Haddad</a>, with'
        ' reporting by Lucia Ferri</div><div class="article__content">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
    )
    return html


def test_a_byline_naming_two_writers_with_reporting_by_a_third() -> None:
    html = reporting_by_page()
    expect(
        record(html, "https://www.courier.example/2025/03/04/us/rail-link-court/index.html"),
        headline="Court clears high-speed rail link",
        standfirst=None,
        authors=["Maya Chen", "Omar Haddad"],
        published="2025-03-04T14:05:00-05:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_a_yoast_graph_with_webpage_article_and_person() -> None:
    # Yoast SEO's @graph: WebPage (its name the <title>), Article pointing at the Person by @id, the
    # section a list, the language on the WebPage
    url = "https://www.dublinlocal.example/2025/03/04/council-approves-new-cycle-lanes/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {
                    "name": "Ciara Walsh",
                    "@id": "https://www.dublinlocal.example/#/schema/person/9f1",
                },
                "headline": "Council approves new cycle lanes",
                "datePublished": "2025-03-04T12:30:41+00:00",
                "dateModified": "2025-03-04T15:02:10+00:00",
                "articleSection": ["Local News", "Transport"],
                "inLanguage": "en-IE",
                "publisher": {"@id": "https://www.dublinlocal.example/#organization"},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": "Council approves new cycle lanes - Dublin Local",
                "datePublished": "2025-03-04T12:30:41+00:00",
                "dateModified": "2025-03-04T15:02:10+00:00",
                "inLanguage": "en-IE",
            },
            {
                "@type": "Organization",
                "@id": "https://www.dublinlocal.example/#organization",
                "name": "Dublin Local",
            },
            {
                "@type": "Person",
                "@id": "https://www.dublinlocal.example/#/schema/person/9f1",
                "name": "Ciara Walsh",
                "url": "https://www.dublinlocal.example/author/ciara/",
            },
        ],
    }
    before, after = chrome("Dublin Local")
    html = page(
        '<meta property="og:type" content="article"><title>Council approves new cycle lanes - Dublin Local'
        "</title>" + ld(graph),
        before + '<main><article class="post type-post"><h1 class="entry-title">Council approves new cycle'
        ' lanes</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"'
        ' datetime="2025-03-04T12:30:41+00:00">March 4, 2025</time></span></div><div class="entry-content">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
        lang="en-IE",
    )
    expect(
        record(html, url),
        headline="Council approves new cycle lanes",
        standfirst=None,
        authors=["Ciara Walsh"],
        published="2025-03-04T12:30:41+00:00",
        modified="2025-03-04T15:02:10+00:00",
        section="Local News",
        language="en-IE",
        body=SENTENCES,
    )


def test_the_date_only_in_the_bylines_time_element() -> None:
    # a small paper's theme: no metadata date, "By <name> · <time>March 4, 2025</time>" (no datetime
    # attribute), the related stories beside it dated too
    before, after = chrome("Valley Courier")
    html = page(
        '<meta property="og:type" content="article"><title>Library extends weekend hours | Valley Courier'
        "</title>",
        before + '<main><article><h1>Library extends weekend hours</h1><p class="byline">By <a'
        ' href="/staff/marta-greene">Marta Greene</a> · <time>March 4, 2025</time></p><div class="story">'
        + paras(SENTENCES)
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.valleycourier.example/news/library-extends-weekend-hours"),
        headline="Library extends weekend hours",
        standfirst=None,
        authors=["Marta Greene"],
        published="2025-03-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_a_story_dated_only_by_its_url_not_by_the_related_stories() -> None:
    # nothing but the URL dates the story; the related stories under it carry <time>s of their own
    before, after = chrome("Valley Courier")
    html = page(
        '<meta property="og:type" content="article"><title>Library extends weekend hours | Valley Courier'
        "</title>",
        before + '<main><article><h1>Library extends weekend hours</h1><p class="byline">By Marta Greene</p>'
        '<div class="story">' + paras(SENTENCES) + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://www.valleycourier.example/2025/03/04/library-extends-weekend-hours/"),
        headline="Library extends weekend hours",
        standfirst=None,
        authors=["Marta Greene"],
        published="2025-03-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- advertorials labelled in other languages --------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en-AU", "Advertiser content"),  # Nine (SMH, The Age)
        ("sv", "Annons"),  # Aftonbladet, Expressen: over the headline
        ("no", "Annonsørinnhold"),  # VG, Dagbladet
        ("es", "Contenido patrocinado"),  # El Confidencial, La Vanguardia
        ("pl", "Artykuł sponsorowany"),  # Onet, Wyborcza
    ],
)
def test_an_advertorial_label_over_the_headline_in_other_languages(lang: str, label: str) -> None:
    html = page(
        '<meta property="og:type" content="article"><title>Energie sparen mit smarten Zählern</title>',
        f'<main><article><div class="label label--commercial">{label}</div><h1>Ten ways smart meters save'
        f" money</h1><div class=body>{PROSE}</div></article></main>",
        lang=lang,
    )
    article = extract_article(html.encode(), "https://www.example.com/partner/smart-meters-123", generic=True)
    assert article.evidence.sponsored_markers
    with pytest.raises(Sponsored):
        judged(article)
