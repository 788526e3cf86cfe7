"""The judging flags (access, truncated, sponsored, the drop reason) and the record around them, round 6:
pages built by hand ("hand-built") in the shape of paywall vendors', publishers' and CMSs' templates that
are in none of the corpora (every host is an `.example` one; the prompts, labels and vendors below are in no
page of /work/shared/bench: no "WSJ subscription", "read the full story", "Steady", "Pelcro", "Poool",
"Sonderveröffentlichung", "Advertentie", "Komerční sdělení", "sponsorowany", "訂閱"), every field of the
judged record read. The shapes of rounds 1-5 (tests/test_judging_unseen_shapes.py,
tests/test_judging_unseen_shapes5.py, tests/test_judging_prompts.py) are not repeated; the helpers are
theirs.

Four groups:
- paywalled stubs: a declaration with nothing else (SZ Plus-like in JSON-LD, SPIEGEL+-like in a top-level
  array, F+-like as a WebPage's mainEntity), a hasPart whose selector names no element of the page, the
  prompts of vendors and papers that stand in for the rest (Pelcro, BlueConic, Poool, Steady, WSJ, FT,
  Medium, Substack, a Piano composer container) and of papers in languages not probed before (Catalan,
  Polish, Czech, Japanese, Korean, Chinese in both scripts);
- full texts behind a declaration: a metered page, a declared paywall whose whole text is served (a long one;
  a short one is judged a teaser, xfail: nothing on the page tells it from one);
- advertorials: the German "Sonderveröffentlichung", the Dutch, Swedish and
  Danish ad kickers, the Polish and Czech labels, a studio of a paper signing the piece, the schema.org
  type on its own;
- traps, kept and flagged nothing: a story about paywalls that quotes a prompt in its last paragraph, a
  story about native advertising, a shirt sponsor's story, a menu linking the paper's brand studio, a
  newsletter box, a free story under a paywall wrapper declared free, donation appeals (Guardian-like,
  ProPublica-like, NPR-like), a sponsored podcast player at the top of a story, an opinion piece with a
  partners list in its footer, comments reserved to subscribers under a full story, Swedish and Dutch ad
  slots labelled "Annons" and "Advertentie" (the kickers' words, in slots), and a company's press
  release on a wire page (kept and not flagged: a press release names its source, and nobody paid the
  publisher to dress it as its own story; docs/judging.md).
"""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes3 import DE
from tests.test_judging_unseen_shapes import (
    AD_SLOT,
    DATE,
    ES,
    FR,
    JA_STORY,
    KO_STORY,
    LONG,
    NL,
    OG,
    PUBLISHED,
    ZH_STORY,
    Shape,
    advertorial,
    assert_judged_record,
    news,
    paras,
    shape_names,
    story,
)
from tests.test_judging_unseen_shapes5 import declared, wall

NEWS = "Rail link cleared by the court"
CA = [
    "L'Ajuntament ha aprovat aquest dimarts un pla per renovar la flota d'autobusos urbans amb cent vehicles"
    " elèctrics abans que acabi l'any vinent.",
    "La inversió prevista és de seixanta milions d'euros i es finançarà en part amb fons europeus de"
    " recuperació.",
]
PL = [
    "Rada miasta przyjęła we wtorek plan wymiany autobusów miejskich na sto pojazdów elektrycznych do końca"
    " przyszłego roku.",
    "Inwestycja ma kosztować trzysta milionów złotych i zostanie częściowo sfinansowana z funduszy unijnych.",
    "Związki zawodowe kierowców domagają się, aby wymianie floty towarzyszyły nowe zatrudnienia.",
]
CS = [
    "Zastupitelstvo města v úterý schválilo plán na obnovu vozového parku městských autobusů o sto"
    " elektrických vozidel do konce příštího roku.",
    "Investice má stát tři sta milionů korun a bude zčásti financována z evropských fondů.",
    "Odbory řidičů požadují, aby obnovu vozového parku doprovázelo přijetí nových zaměstnanců.",
]
SV = [
    "Kommunfullmäktige beslutade på tisdagskvällen att stänga innerstaden för privatbilar på helgerna från"
    " och med nästa vår.",
    "Åtgärden gäller i första hand i ett år och ska sedan utvärderas utifrån mätningar av luftkvalitet och"
    " buller.",
    "Handlarna i centrum befarar minskad försäljning och vill att kommunen utvärderar försöket tidigare.",
]
DA = [
    "Byrådet besluttede tirsdag aften at lukke midtbyen for privatbiler i weekenderne fra og med næste"
    " forår.",
    "Tiltaget gælder i første omgang i et år og skal derefter vurderes ud fra målinger af luftkvalitet og"
    " støj.",
    "De handlende i midtbyen frygter omsætningstab og beder kommunen om at evaluere forsøget tidligere.",
]
ZH_HANT = [
    "行政院會週四通過城市軌道交通發展條例草案，明確各地興建捷運系統的審批條件與財政要求。",
    "草案指出，申請興建捷運的城市，地方財政收入和人口規模須達到一定標準，並須提出完整的財務計畫。",
    "會議強調，要統籌考量城市人口規模、財政承受能力與營運成本，避免盲目興建和過度舉債。",
    "交通部將在近期公布具體實施細則，明確審批程序和監管要求，並邀集各地方政府說明。",
]


def headed(label: str, *, headline: str = NEWS, text: list[str] = SENTENCES, lang: str = "en") -> str:
    """A story whose header holds `label` between the headline and the byline (a player, a menu, a box)."""
    return page(
        f"<title>{headline} | The Courier</title>{OG}{DATE}",
        f"<main><article><header><h1>{headline}</h1>{label}<p class=byline>By Ana Cruz</p></header>"
        f"<div class=article-body>{paras(text)}</div></article></main>",
        lang=lang,
    )


# --- paywalled stubs --------------------------------------------------------------------------------------
PAYWALLS: dict[str, Shape] = {
    # a Süddeutsche-like "SZ Plus" story: the badge by the headline, declared not free, and after the teaser
    # only an offer that names no story (no prompt, no paywall markup): the declaration alone decides
    "de-sz-plus-declared-only": wall(
        "https://www.sueddeutsche-post.example/muenchen/innenstadt-autofrei-1.7123456",
        '<div class="sz-offer"><p>Testen Sie 4 Wochen kostenlos.</p><a href=/abo>Jetzt testen</a></div>',
        text=DE[:2],
        headline="Stadtrat sperrt Innenstadt für Autos",
        lang="de",
        head=declared(False, "Stadtrat sperrt Innenstadt für Autos"),
        label='<span class="sz-plus-badge">SZ Plus</span>',
    ),
    # a SPIEGEL+-like declaration: a top-level JSON-LD array (the WebPage and the article), the value a string
    "de-spiegel-plus-array-declared": wall(
        "https://www.spiegelbild.example/politik/deutschland/innenstadt-autofrei-a-1b2c3d4e",
        '<div data-area="paywall-offer"></div>',
        text=DE[:2],
        headline="Stadtrat sperrt Innenstadt für Autos",
        lang="de",
        head=(
            '<script type="application/ld+json">[{"@context": "https://schema.org", "@type": "WebPage",'
            ' "name": "Innenstadt autofrei"}, {"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "headline": "Stadtrat sperrt Innenstadt für Autos", "datePublished": "' + PUBLISHED + '",'
            ' "isAccessibleForFree": "false"}]</script>'
        ),
        label='<span class="spiegel-plus-logo">SPIEGEL+</span>',
    ),
    # an F+-like declaration on the WebPage's mainEntity
    "de-f-plus-main-entity-declared": wall(
        "https://www.frankfurter.example/politik/inland/innenstadt-autofrei-19512345.html",
        '<div class="paywall-placeholder-empty"></div>',
        text=DE[:2],
        headline="Stadtrat sperrt Innenstadt für Autos",
        lang="de",
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "mainEntity": {
                    "@type": "NewsArticle",
                    "headline": "Stadtrat sperrt Innenstadt für Autos",
                    "datePublished": PUBLISHED,
                    "isAccessibleForFree": "False",
                },
            }
        ),
        label='<span class="fplus-badge">F+</span>',
    ),
    # hasPart names a selector no element of the page carries: the server left the non-free part out
    "haspart-selector-absent": wall(
        "https://www.coastdaily.example/news/2025/03/04/rail-link-cleared",
        "",
        head=declared(
            False,
            NEWS,
            hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".premium-body"},
        ),
    ),
    # Pelcro's entitlement box in place of the rest (a prompt, no declaration, no paywall class)
    "pelcro-subscribe-to-read-the-full-article": wall(
        "https://www.valleytimes.example/news/rail-link-cleared/",
        '<div class="pelcro-entitlement" data-pelcro-entitlements="premium"><p>Subscribe to read the full'
        ' article.</p><button class="pelcro-subscribe-button">Subscribe</button><p>Already a subscriber?'
        ' <button class="pelcro-login-button">Log in</button></p></div>',
    ),
    # BlueConic's dialog placed in the story's block by the publisher
    "blueconic-log-in-to-read-this-story": wall(
        "https://www.metrodispatch.example/2025/03/04/rail-link-cleared/",
        '<div class="bc_message_container"><div class="bc_message"><p>Log in or create a free account to read'
        ' this story.</p><a href="/account/login">Log in</a></div></div>',
    ),
    # Poool (French papers): the widget filled with its default "unlock this article" offer
    "poool-debloquez-cet-article": wall(
        "https://www.courrierdelouest.example/societe/renover-les-ecoles-sans-se-ruiner-2561999",
        '<div id="poool-widget" data-poool-mode="hide"><div class="poool-widget__content"><h3>Envie de lire'
        " la suite ?</h3><p>Débloquez cet article et tous nos contenus dès 1 € le premier mois.</p><a"
        " href=/abonnement>Je m'abonne</a></div></div>",
        text=FR[:2],
        headline="Rénover les écoles sans se ruiner",
        lang="fr",
    ),
    # Steady (German independent media): members, not subscribers
    "steady-exklusiv-fuer-mitglieder": wall(
        "https://www.stadtblog.example/2025/03/04/innenstadt-autofrei/",
        '<div id="steady-checkout-container"><p>Dieser Beitrag ist exklusiv für Mitglieder.</p><a'
        ' href="https://steadyhq.example/stadtblog">Mitglied werden</a></div>',
        text=DE[:2],
        headline="Stadtrat sperrt Innenstadt für Autos",
        lang="de",
    ),
    # WSJ's snippet page: the first paragraphs and the promotion in place of the rest
    "wsj-continue-reading-with-a-subscription": wall(
        "https://www.streetjournal.example/articles/rail-link-cleared-11741234567",
        '<div class="snippet-promotion"><p>Continue reading your article with a WSJ subscription</p><a'
        ' href="/subscribe">Subscribe Now</a><p>Already a subscriber? <a href="/login">Sign In</a></p></div>',
    ),
    # the FT's barrier: "Subscribe to unlock this article" with its trial offer
    "ft-subscribe-to-unlock": wall(
        "https://www.financialpaper.example/content/4f3e2d1c-0b9a-4a8b-9c7d-6e5f4a3b2c1d",
        '<div class="o-barrier"><h2 class="o-barrier__heading">Subscribe to unlock this article</h2><p>Try'
        " unlimited access. Only $1 for 4 weeks.</p><a href=/products>Explore more offers</a></div>",
    ),
    # Medium's member-only story: the badge over the headline, the box in place of the rest
    "medium-member-only-story": wall(
        "https://medium.example/@anacruz/rail-link-cleared-3f2a1b0c9d8e",
        '<div class="meteredContent"><h2>Create an account to read the full story.</h2><p>The author made'
        " this story available to Medium members only. If you're new to Medium, create a new account to read"
        " this story on us.</p><a href=/m/signin>Sign in</a></div>",
        label='<div class="member-badge">Member-only story</div>',
    ),
    # Substack's paid post, the box Substack shows by default
    "substack-this-post-is-for-paid-subscribers": wall(
        "https://harbourletter.substack.example/p/rail-link-cleared",
        '<div class="paywall-cta"><h2 class="paywall-title">This post is for paid subscribers</h2><a'
        ' class="button primary" href="/subscribe">Subscribe</a><p>Already a paid subscriber? <a'
        ' href="/account/login">Sign in</a></p></div>',
    ),
    # a Piano composer container (its id, not its class) after a short teaser, nothing declared
    "piano-composer-container": wall(
        "https://www.bayherald.example/news/rail-link-cleared-a9b8c7",
        '<div id="piano-composer-inline"><div class="offer"><p>Get unlimited digital access.</p><a'
        " href=/subscribe>Subscribe for $1</a></div></div>",
    ),
    # a Catalan paper: "exclusive to subscribers" in Catalan
    "ca-exclusiu-per-a-subscriptors": wall(
        "https://www.diaridigital.example/societat/autobusos-electrics_1_4812345.html",
        '<div class="premium-box"><p>Aquest contingut és exclusiu per a subscriptors.</p><a'
        " href=/subscripcio>Subscriu-te</a></div>",
        text=CA,
        headline="Cent autobusos elèctrics per a la ciutat",
        lang="ca",
    ),
    # a Polish paper: "available to subscribers only"
    "pl-dostepny-tylko-dla-prenumeratorow": wall(
        "https://www.gazetamiejska.example/wiadomosci/autobusy-elektryczne,7,0,2512345.html",
        '<div class="premium-box"><p>Ten artykuł jest dostępny tylko dla prenumeratorów.</p><a'
        " href=/prenumerata>Kup prenumeratę</a></div>",
        text=PL[:2],
        headline="Sto autobusów elektrycznych dla miasta",
        lang="pl",
    ),
    # a Czech paper: "the article is available to subscribers only"
    "cs-pouze-pro-predplatitele": wall(
        "https://www.dennikpraha.example/domov/elektricke-autobusy.A250304_123456",
        '<div class="paywall-box-cz"><p>Tento článek je dostupný pouze pro předplatitele.</p></div>',
        text=CS[:2],
        headline="Sto elektrických autobusů pro město",
        lang="cs",
    ),
    # a Japanese paper: "to read the whole text" (not "the rest") needs a paid membership
    "ja-zenbun-wo-yomu-niwa": wall(
        "https://www.chunichi-news.example/article/20250304-123456",
        '<div class="article-lock"><p>全文を読むには有料会員登録が必要です。</p><a href=/member>会員登録</a>'
        "</div>",
        text=JA_STORY,
        headline="低所得世帯に３万円給付へ",
        lang="ja",
    ),
    # a Korean paper: "only subscribers can read this article"
    "ko-gudokjaman": wall(
        "https://www.hankyung-daily.example/article/2025030412345",
        '<div class="subscribe-lock"><p>이 기사는 구독자만 읽을 수 있습니다.</p>'
        "<a href=/subscribe>구독하기</a></div>",
        text=KO_STORY,
        headline="스마트미터로 전기요금 절약하기",
        lang="ko",
    ),
    # a Caixin-like paid story: "subscribe to read the full text" (simplified Chinese)
    "zh-dingyue-hou-ke-yuedu": wall(
        "https://www.caijing.example/2025-03-04/102312345.html",
        '<div class="pay-tip"><p>本文为付费内容，订阅后即可阅读全文。</p>'
        "<a href=/subscribe>立即订阅</a></div>",
        text=ZH_STORY,
        headline="国务院常务会议审议通过城市轨道交通指导意见",
        lang="zh-CN",
    ),
    # a Taiwanese paper's paid story (traditional Chinese)
    "zh-hant-dingyue-ji-ke-yuedu": wall(
        "https://news.twdaily.example/news/20250304/1234567",
        '<div class="pay-tip"><p>本文為付費會員專屬內容，訂閱後即可閱讀全文。</p></div>',
        text=ZH_HANT,
        headline="行政院通過城市軌道交通發展條例草案",
        lang="zh-TW",
    ),
}
# (the authors: every stub's byline is Ana Cruz's)

SHORT_FULL = [*SENTENCES, "The ministry said it would publish the timetable for the first works next month."]
# --- full texts behind a declaration --------------------------------------------------------------------
FULL_TEXTS: dict[str, Shape] = {
    # a metered paper: the tier says metered, JSON-LD says not free; the full text is served
    "metered-tier-over-declared-not-free": news(
        "https://www.cityledger.example/2025/03/04/rail-link-cleared.html",
        story(
            "",
            headline=NEWS,
            text=LONG,
            head='<meta property="article:content_tier" content="metered">' + declared(False, NEWS),
        ),
        headline=NEWS,
        body=LONG,
        access="metered",
    ),
    # a short story (162 words) whose whole text is served under a metered site's declaration (NYT-like:
    # isAccessibleForFree false on every story, no hasPart, no prompt, no paywall markup after the text)
    "declared-not-free-short-whole-text-served": news(
        "https://www.cityledger.example/2025/03/04/rail-link-cleared-brief.html",
        story("", headline=NEWS, text=SHORT_FULL, head=declared(False, NEWS)),
        headline=NEWS,
        body=SHORT_FULL,
        access="paywalled",
    ),
    # a declared paywall whose whole text is in the page (no hasPart, a long story): archived in full
    "declared-not-free-whole-text-served": news(
        "https://www.cityledger.example/2025/03/04/rail-link-cleared-full.html",
        story("", headline=NEWS, text=LONG, head=declared(False, NEWS)),
        headline=NEWS,
        body=LONG,
        access="paywalled",
    ),
}

# --- advertorials -----------------------------------------------------------------------------------------
ADVERTORIALS: dict[str, Shape] = {
    # a German regional paper's "Sonderveröffentlichung" (a paid special section) as the kicker
    "de-sonderveroeffentlichung": advertorial(
        "https://www.kreisbote.example/lokales/energie-sparen-leicht-gemacht-92812345.html",
        story(
            '<span class="article-kicker">Sonderveröffentlichung</span>',
            headline="Energie sparen leicht gemacht",
            text=DE,
            byline="<p class=byline>Von Ana Cruz</p>",
            lang="de",
        ),
        headline="Energie sparen leicht gemacht",
        body=DE,
        language="de",
    ),
    # a Dutch paper's "Advertentie" as the headline's kicker (the Dutch "Anzeige")
    "nl-advertentie-kicker": advertorial(
        "https://www.dagbladnoord.example/binnenland/autovrije-binnenstad~a4b5c6d7/",
        story(
            '<span class="label">Advertentie</span>',
            headline="Een autovrije binnenstad in het weekend",
            text=NL,
            byline="<p class=byline>Door Ana Cruz</p>",
            lang="nl",
        ),
        headline="Een autovrije binnenstad in het weekend",
        body=NL,
        language="nl",
    ),
    # a Swedish paper's "Annons" over the headline (no sponsored path in the URL)
    "sv-annons-kicker": advertorial(
        "https://www.kvallsposten.example/nyheter/a/Xy12Ab/bilfri-innerstad",
        story(
            '<span class="kicker">Annons</span>',
            headline="Bilfri innerstad på helgerna",
            text=SV,
            byline="<p class=byline>Av Ana Cruz</p>",
            lang="sv",
        ),
        headline="Bilfri innerstad på helgerna",
        body=SV,
        language="sv",
    ),
    # a Danish paper's "Annonce" over the headline
    "da-annonce-kicker": advertorial(
        "https://www.dagbladet-syd.example/indland/bilfri-midtby-i-weekenden",
        story(
            '<span class="kicker">Annonce</span>',
            headline="Bilfri midtby i weekenden",
            text=DA,
            byline="<p class=byline>Af Ana Cruz</p>",
            lang="da",
        ),
        headline="Bilfri midtby i weekenden",
        body=DA,
        language="da",
    ),
    # a Polish portal's "Artykuł sponsorowany" over the headline (no sponsored path in the URL)
    "pl-artykul-sponsorowany": advertorial(
        "https://www.portalmiejski.example/wiadomosci/autobusy-elektryczne/ar/c1-12345678",
        story(
            '<div class="label">Artykuł sponsorowany</div>',
            headline="Sto autobusów elektrycznych dla miasta",
            text=PL,
            byline="<p class=byline>Ana Cruz</p>",
            lang="pl",
        ),
        headline="Sto autobusów elektrycznych dla miasta",
        body=PL,
        language="pl",
    ),
    # a Czech paper's "Komerční sdělení" (the label Czech law asks for)
    "cs-komercni-sdeleni": advertorial(
        "https://www.dennikpraha.example/ekonomika/elektricke-autobusy.A250304_654321",
        story(
            '<div class="label">Komerční sdělení</div>',
            headline="Sto elektrických autobusů pro město",
            text=CS,
            byline="<p class=byline>Ana Cruz</p>",
            lang="cs",
        ),
        headline="Sto elektrických autobusů pro město",
        body=CS,
        language="cs",
    ),
    # a paper's content studio signs the piece in the byline ("By Courier Creative Studio")
    "creative-studio-byline": advertorial(
        "https://www.metrocourier.example/lifestyle/ten-ways-smart-meters-2025",
        story("", byline="<p class=byline>By Courier Creative Studio for Harbor Tech</p>"),
        # (a sponsor's label, no author: session 13, tests/test_extract_risks13.py)
        authors=[],
    ),
    # a video advertorial: the label and the player in the header that holds the headline (a header named for
    # its player is still the article's header; only a player's own box beside the headline is the show's)
    "sponsored-video-header": advertorial(
        "https://www.metrocourier.example/lifestyle/smart-meters-explained",
        page(
            f"<title>Ten ways smart meters cut the household bill</title>{OG}{DATE}",
            '<main><article><header class="video-player-header"><span class=label>Sponsored</span><video'
            ' controls src="/v/smart-meters.mp4"></video><h1>Ten ways smart meters cut the household bill'
            "</h1><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(SENTENCES)}</div></article></main>",
        ),
    ),
    # the schema.org advertiser type as the page's only JSON-LD entity (no @graph)
    "schema-advertiser-type-alone": advertorial(
        "https://www.metrocourier.example/lifestyle/ten-ways-smart-meters-2026",
        story(
            "",
            head=ld(
                {
                    "@context": "https://schema.org",
                    "@type": "AdvertiserContentArticle",
                    "headline": "Ten ways smart meters cut the household bill",
                    "datePublished": PUBLISHED,
                    "author": {"@type": "Person", "name": "Ana Cruz"},
                }
            ),
        ),
    ),
}

# --- traps: normal articles -------------------------------------------------------------------------------
ABOUT_PAYWALLS = [
    *SENTENCES[:3],
    "Readers who reach the limit now see a box that reads “Subscribe to continue reading” after the third"
    " paragraph.",
]
NATIVE_ADS = [
    "Paid posts, brand studios and partner content now bring in a third of the revenue of the country's"
    " largest news sites, the regulator found.",
    "Sponsored content is labelled differently by every publisher, which confuses readers, the report says.",
    *SENTENCES[:2],
]
SHIRT = [
    "Harbour FC will be sponsored by Harbor Tech for the next three seasons, the club announced on Tuesday.",
    "The deal, worth a reported two million pounds a year, is the largest in the club's history.",
    "“Sponsored by a local company again, that is what our fans wanted,” the chairman said.",
    *SENTENCES[4:],
]
PRESS_RELEASE = [
    "HARBOR CITY, March 4, 2025 /Newswire/ -- Harbor Tech, a maker of smart meters, today announced that it"
    " will open a new factory in Harbor City, creating four hundred jobs.",
    "The plant will produce one million meters a year from 2026 and supply utilities across the region.",
    "“Harbor City has the skills we need,” said Mia Lang, the company's chief executive.",
    "About Harbor Tech: Harbor Tech designs and makes smart meters for utilities in twelve countries.",
]


def appeal(url: str, box: str) -> Shape:
    """A full story with a donation appeal after its text, in the story's block."""
    return news(url, story("", headline=NEWS, after=box), headline=NEWS)


TRAPS: dict[str, Shape] = {
    # a story about paywalls whose last paragraph quotes a prompt: the story's sentence, not a prompt
    "story-about-paywalls-quotes-a-prompt": news(
        "https://www.mediawatch.example/2025/03/04/papers-tighten-paywalls",
        story("", headline="Papers tighten their paywalls", text=ABOUT_PAYWALLS),
        headline="Papers tighten their paywalls",
        body=ABOUT_PAYWALLS,
    ),
    # a story about native advertising: the labels in its standfirst and text, a kicker naming the beat
    "story-about-native-advertising": news(
        "https://www.mediawatch.example/2025/03/04/native-advertising-report",
        page(
            f"<title>Regulator: readers cannot tell ads from news</title>{OG}{DATE}",
            "<main><article><header><span class=kicker>Media</span><h1>Regulator: readers cannot tell ads"
            " from news</h1><p class=standfirst>Paid posts and brand studios under scrutiny</p>"
            "<p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(NATIVE_ADS)}</div></article></main>",
        ),
        headline="Regulator: readers cannot tell ads from news",
        body=NATIVE_ADS,
    ),
    # a sports story about a shirt sponsor: "sponsored by" in its standfirst and text
    "shirt-sponsor-story": news(
        "https://www.sportsdesk.example/football/harbour-fc-new-shirt-sponsor",
        page(
            f"<title>Harbour FC sign record shirt deal</title>{OG}{DATE}",
            "<main><article><header><h1>Harbour FC sign record shirt deal</h1><p class=standfirst>Sponsored"
            " by Harbor Tech until 2028</p><p class=byline>By Ana Cruz</p></header><div class=article-body>"
            f"{paras(SHIRT)}</div></article></main>",
        ),
        headline="Harbour FC sign record shirt deal",
        body=SHIRT,
    ),
    # the paper's menu in the story's header links its brand studio and partner content
    "menu-links-brand-studio": news(
        "https://www.metrocourier.example/news/rail-link-cleared",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}",
            '<main><article><header><nav class="section-nav"><a href=/news>News</a><a href=/brand-studio>'
            "Brand Studio</a><a href=/partner-content>Partner Content</a></nav>"
            f"<h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(SENTENCES)}</div></article></main>",
        ),
    ),
    # a newsletter box after the story's text
    "subscribe-to-our-newsletter-box": news(
        "https://www.metrocourier.example/news/rail-link-cleared-2",
        story(
            "",
            headline=NEWS,
            after='<div class="newsletter-signup"><h3>Subscribe to our newsletter</h3><p>The best of the'
            " Courier in your inbox every morning.</p><a href=/newsletters>Subscribe</a></div>",
        ),
    ),
    # a free story on a paywalled site: the template's paywall wrapper around the text, declared free
    "free-story-in-paywall-wrapper": news(
        "https://www.cityledger.example/2025/03/04/rail-link-cleared-free.html",
        page(
            f"<title>{NEWS}</title>{OG}{DATE}" + declared(True, NEWS),
            f"<main><article><header><h1>{NEWS}</h1><p class=byline>By Ana Cruz</p></header>"
            '<div class="paywall-wrapper" data-paywall="free">'
            f"<div class=article-body>{paras(SENTENCES)}</div></div></article></main>",
        ),
        access="free",
    ),
    # donation appeals after the story (Guardian-like, ProPublica-like, NPR-like)
    "guardian-like-support-us-epic": appeal(
        "https://www.gazette-world.example/uk-news/2025/mar/04/rail-link-cleared",
        '<div class="contributions-epic"><h2>Before you go</h2><p>We have no shareholders and no billionaire'
        " owner. Just the determination to deliver high-impact reporting.</p><p>Support us from as little as"
        " $1. It only takes a minute. Thank you.</p><a href=/contribute>Support us</a></div>",
    ),
    "propublica-like-donate-box": appeal(
        "https://www.investigations.example/article/rail-link-cleared",
        '<div class="donate-promo"><h3>Do you value our journalism?</h3><p>Our reporting is free to read'
        " because readers like you support it. Donate now.</p><a href=/donate>Donate</a></div>",
    ),
    "npr-like-donate-box": appeal(
        "https://www.publicradio.example/2025/03/04/123456789/rail-link-cleared",
        '<aside class="donate-cta"><p>Public media needs your support. Give now to keep stories like this'
        " free for everyone.</p><a href=/donate>Donate</a></aside>",
    ),
    # a podcast player at the top of a story: its show is "Presented by" a sponsor, not the story
    "podcast-player-presented-by": news(
        "https://www.metrocourier.example/news/rail-link-cleared-3",
        headed(
            '<div class="podcast-player"><h3>The Morning Briefing</h3><p>Presented by Harbor Tech</p><audio'
            ' controls src="/audio/briefing-0304.mp3"></audio></div>'
        ),
    ),
    # an opinion piece with a list of the paper's partners in its footer
    "opinion-partners-footer": news(
        "https://www.metrocourier.example/opinion/2025/03/04/the-rail-link-was-worth-the-wait",
        page(
            f"<title>The rail link was worth the wait</title>{OG}{DATE}",
            "<main><article class=opinion><header><span class=kicker>Opinion</span><h1>The rail link was"
            " worth the wait</h1><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(SENTENCES)}</div><footer class=article-footer>"
            "<h4>Partner content</h4><ul><li><a href=/p/1>Sponsored: ten"
            " ways to save energy</a></li><li><a href=/p/2>Paid post: a bank for the region</a></li></ul>"
            "</footer></article></main>",
        ),
        headline="The rail link was worth the wait",
    ),
    # a full free story whose comments are reserved to subscribers
    "comments-for-subscribers-only": news(
        "https://www.cityledger.example/2025/03/04/rail-link-cleared-comments.html",
        story(
            "",
            headline=NEWS,
            after='<div class="comments-gate"><p>Commenting on this article is only available to subscribers.'
            "</p><a href=/subscribe>Subscribe</a></div>",
        ),
    ),
    # a Swedish paper's ad slot, labelled "Annons", right above the headline: the slot's label, not the kicker
    "sv-annons-ad-slot-above-headline": news(
        "https://www.kvallsposten.example/nyheter/a/Zq34Cd/bilfri-innerstad-beslut",
        page(
            f"<title>Bilfri innerstad på helgerna</title>{OG}{DATE}",
            f"<main><article><header>{AD_SLOT.format(label='Annons', n=1)}"
            "<h1>Bilfri innerstad på helgerna</h1><p class=byline>Av Ana Cruz</p></header>"
            f"<div class=article-body>{paras(SV)}</div></article></main>",
            lang="sv",
        ),
        headline="Bilfri innerstad på helgerna",
        body=SV,
        language="sv",
    ),
    # a Dutch paper's "Advertentie" ad slots between the paragraphs of a story
    "nl-advertentie-slots-in-text": news(
        "https://www.dagbladnoord.example/binnenland/autovrije-binnenstad-besluit~b5c6d7e8/",
        page(
            f"<title>Een autovrije binnenstad in het weekend</title>{OG}{DATE}",
            "<main><article><h1>Een autovrije binnenstad in het weekend</h1><p class=byline>Door Ana Cruz</p>"
            f"<div class=article-body><p>{NL[0]}</p>{AD_SLOT.format(label='Advertentie', n=1)}<p>{NL[1]}</p>"
            f"<p>Advertentie</p><p>{NL[2]}</p></div></article></main>",
            lang="nl",
        ),
        headline="Een autovrije binnenstad in het weekend",
        body=NL,
        language="nl",
    ),
    # a company's press release on a wire's page: kept as the article it is, flagged nothing
    "press-release-on-a-wire": news(
        "https://www.newswire-hub.example/news-releases/harbor-tech-to-open-factory-302412345.html",
        story(
            '<span class="kicker">Press release</span>',
            headline="Harbor Tech to open factory in Harbor City",
            text=PRESS_RELEASE,
            byline="<p class=byline>Harbor Tech</p>",
        ),
        headline="Harbor Tech to open factory in Harbor City",
        body=PRESS_RELEASE,
        authors=["Harbor Tech"],
    ),
}

# --- a sponsor's credit alone ("Presented by <sponsor>", "Ofrecido por <brand>") over a story with a
# reporter's byline: advertorials here until round 11, which made the credit weak evidence (it names an
# event's, a newsletter's or a section's sponsor over staff stories as often: `weak:label:Presented by`,
# recorded, judging nothing alone; docs/judging.md, tests/test_judging_unseen_shapes11.py)
CREDITS: dict[str, Shape] = {
    # "Presented by <sponsor>" over the headline (US lifestyle sites)
    "presented-by-header": news(
        "https://www.metroliving.example/home/ten-ways-smart-meters",
        story(
            '<div class="sponsor-bar">Presented by <a href="https://harbortech.example">Harbor Tech</a></div>'
        ),
        headline="Ten ways smart meters cut the household bill",
    ),
    # a Spanish paper's "Ofrecido por <brand>" over the headline
    "es-ofrecido-por": news(
        "https://www.diariocosta.example/economia/autobuses-electricos-20250304.html",
        story(
            '<div class="brand-label">Ofrecido por Harbor Tech</div>',
            headline="Cien autobuses eléctricos para la ciudad",
            text=ES,
            byline="<p class=byline>Ana Cruz</p>",
            lang="es",
        ),
        headline="Cien autobuses eléctricos para la ciudad",
        body=ES,
        language="es",
    ),
}

SHAPES: dict[str, Shape] = {**PAYWALLS, **FULL_TEXTS, **ADVERTORIALS, **CREDITS, **TRAPS}

#: shapes the project judges wrong on this code, with why (each is listed in the report)
XFAIL: dict[str, str] = {
    # A short body under isAccessibleForFree=false with nothing else is read as the teaser a hard paywall
    # lets through (access.judge_teaser: under TEASER_MAX_WORDS); a metered site declares every story so and
    # serves the whole text. Nothing on the page tells the two apart (the prompt or offer of a hard paywall is
    # often added by a script), so the record keeps truncated=true: losing a stub's flag costs more.
    "declared-not-free-short-whole-text-served": "a short full text under a metered site's declaration is"
    " judged a teaser (truncated); the page holds no evidence either way",
}


@pytest.mark.parametrize("name", shape_names(SHAPES, XFAIL))
def test_the_judged_record(name: str) -> None:
    assert_judged_record(SHAPES[name])


def test_the_groups_hold_the_shapes_they_are_for() -> None:
    assert len(SHAPES) >= 35
    assert all(s.access == "paywalled" and s.truncated for s in PAYWALLS.values())
    assert all(not s.truncated and s.drop is None and s.access != "free" for s in FULL_TEXTS.values())
    assert all(s.sponsored and s.drop == "Sponsored" for s in ADVERTORIALS.values())
    assert all(not s.sponsored and s.drop is None and not s.truncated for s in TRAPS.values())
