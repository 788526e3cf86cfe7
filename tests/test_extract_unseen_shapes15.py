"""Page shapes of publishers in none of the corpora, fifteenth round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes14.py are the earlier ones): whole article pages of regions no earlier round
probed, in the markup of their CMSs: (a) Africa: Kenya (Nation's and The Standard's templates), Uganda
(Daily Monitor), Tanzania (Daily News on WordPress), Ethiopia (Addis Standard on tagDiv), Ghana (Graphic
Online, MyJoyOnline, GhanaWeb with GNA copy), Nigeria (The Guardian Nigeria, ThisDay), South Africa
(TimesLIVE on Arc XP, IOL, the Mail & Guardian's subscribe wall, Daily Maverick's Insider box, a partner
post), Zimbabwe (The Herald, NewsDay), Rwanda (The New Times), Egypt in Arabic (Youm7, Masrawy), Morocco
(Hespress in Arabic and French, Le360 with MAP copy), Algeria (TSA, El Watan with APS copy), Tunisia
(Business News), Senegal (Seneweb, Le Soleil with APS copy), Côte d'Ivoire (Fraternité Matin), Cameroon
Tribune, Jeune Afrique's subscribers' teaser and a "Publireportage", Mozambique and Angola in Portuguese;
(b) the Caribbean: the Jamaica Gleaner, Trinidad and Tobago Newsday, Barbados Today, Granma and 14ymedio,
Listín Diario and Diario Libre, Primera Hora; (c) Latin America beyond the earlier rounds: Semana's "Hace 2
horas", Perfil, RPP, Efecto Cocuyo, La Hora (Guatemala), La Prensa (Honduras), Confidencial's "Contenido
patrocinado", elsalvador.com, ABC Color, Montevideo Portal, Agência Brasil, Metrópoles, Estado de Minas;
(d) the Caucasus, Central Asia and the Pacific: Azertac, Civil.ge, Kun.uz, 24.kg, Asia-Plus, RNZ Pacific,
The Fiji Times, the PNG Post-Courier. Date lines in the local language and format ("Publié le 04/12/2026
à 10h30", "Dec 4, 2026 | 10:30 AM", Maghreb month names, Arabic-Indic digits, "04/12/2026 às 10h30", "Hace
2 horas" beside a real date in the metadata), bylines with "By"/"Par"/"Por"/"كتب", wire credits (GNA,
APS, MAP, EFE, ANA, AZERTAC), desk credits ("Staff Reporter", "Herald Reporter"), a name with its place
("Chuks Okocha in Abuja"), paywalls and sponsored posts. Several corpus hosts of these regions (La Presse
de Tunisie, the Jamaica Observer, El Nuevo Día, La Tercera, El Espectador, Página/12, La República, El
Nacional, Prensa Libre, El Faro, Última Hora, El País Uruguay, Correio Braziliense) are in traf-eval, so
their peers stand in. Each page sits among the noise of a real page (tests/test_extract_unseen_shapes4.py's
`chrome`, in the page's language where it or tests/test_extract_unseen_shapes6.py's `local_chrome` has
it). No host here is in any corpus and no tune-half page shows these shapes, so every page is a small page
built by hand in the shape of the publisher ("hand-built"), and every field of the judged record is read
(`expect`). A probe whose defect found no general fix this round is marked xfail (strict) with the defect
as its reason.
"""

from __future__ import annotations

import pytest

from newsarchive.dates import date_in_text
from newsarchive.exceptions import Sponsored
from newsarchive.extract import extract_article
from newsarchive.extract.author_names import clean_authors, cut_byline
from newsarchive.extract.text import find_dateline, is_credit_line
from tests.test_extract_unseen_shapes2 import page
from tests.test_extract_unseen_shapes4 import NOISE, chrome, expect, judged, paras, record
from tests.test_extract_unseen_shapes6 import article, local_chrome, rtl

DEC4 = "2026-12-04"
KE = [
    "The National Treasury has proposed a new levy on imported fuel to help fund road maintenance across"
    " the 47 counties, according to documents tabled in Parliament on Thursday.",
    "Treasury Cabinet Secretary told the Budget committee that the levy would raise about Sh20 billion a"
    " year and would be reviewed after three years.",
    "Matatu owners and manufacturers warned that the charge would push up transport costs at a time when"
    " households are already struggling with high prices.",
]
GH = [
    "The Bank of Ghana has kept its policy rate unchanged at 27 per cent, citing a steady decline in"
    " inflation over the past six months.",
    "The Governor told journalists in Accra that the cedi had stabilised and that the central bank would"
    " continue to build its foreign reserves.",
    "Economists said the decision was expected and predicted the first cut in the policy rate early next"
    " year if inflation keeps falling.",
]
NG = [
    "The Federal Government has approved a new minimum wage for workers in the public service after months"
    " of negotiations with organised labour.",
    "The Minister of Information said the council had also directed the Ministry of Finance to begin"
    " payment of the arrears before the end of the year.",
    "The Nigeria Labour Congress welcomed the decision but warned that it would resume its strike if states"
    " failed to implement the new wage.",
]
ZA = [
    "The Electoral Commission has confirmed that the local government elections will take place in November"
    " next year, ending months of speculation about the date.",
    "The commission's chief electoral officer said voter registration weekends would be held in March and"
    " in June to give young voters time to register.",
    "Opposition parties welcomed the announcement but called for more voting stations in informal"
    " settlements and rural areas.",
]
ZW = [
    "Government has started distributing inputs to more than one million farmers under the Presidential"
    " Input Scheme ahead of the rainy season.",
    "The Minister of Lands, Agriculture and Rural Development said seed and fertiliser had reached most"
    " districts and that distribution would be completed next week.",
    "Farmers in Mashonaland East said the early delivery would allow them to plant with the first effective"
    " rains.",
]
EAST = [
    "The government has announced plans to expand the national electricity grid to reach every district"
    " headquarters by the end of next year.",
    "The Minister of Energy said the project would be financed by a loan from the African Development Bank"
    " and would connect more than two hundred thousand households.",
    "Business owners in rural towns welcomed the plan, saying frequent power cuts had forced many of them"
    " to rely on expensive diesel generators.",
]
PAC = [
    "The government has declared a state of emergency in the northern provinces after heavy rain caused"
    " flooding and landslides that cut off several villages.",
    "The disaster management office said relief supplies were being sent by boat because the main road had"
    " been washed away in three places.",
    "Aid agencies said clean water and shelter were the most urgent needs for the families who had lost"
    " their homes.",
]
FR_AF = [
    "Le gouvernement a adopté jeudi en conseil des ministres un projet de loi de finances qui prévoit une"
    " hausse de dix pour cent des dépenses consacrées à l'éducation.",
    "Selon le ministre des Finances, le déficit budgétaire devrait être ramené à trois pour cent du produit"
    " intérieur brut d'ici la fin de l'année prochaine.",
    "Les syndicats d'enseignants ont salué la mesure, tout en réclamant le recrutement de nouveaux"
    " professeurs dans les zones rurales.",
]
FR_MA = [
    "La Banque centrale a décidé mardi de maintenir son taux directeur inchangé à 2,75 %, estimant que"
    " l'inflation restait modérée malgré la hausse des prix alimentaires.",
    "Le conseil de la banque prévoit une croissance économique de 3,8 % cette année, portée par la reprise"
    " de l'agriculture et le dynamisme du tourisme.",
    "Les économistes s'attendent toutefois à un assouplissement monétaire au premier semestre de l'année"
    " prochaine si la tendance se confirme.",
]
AR_EG = [
    "أعلنت وزارة التربية والتعليم، اليوم الخميس، عن جدول امتحانات الفصل الدراسي الأول لطلاب المرحلة"
    " الثانوية في"
    " جميع المحافظات.",
    "وقال المتحدث باسم الوزارة إن الامتحانات ستبدأ في منتصف شهر يناير المقبل وتستمر لمدة أسبوعين.",
    "وأكد أن الوزارة اتخذت جميع الإجراءات اللازمة لضمان سير الامتحانات في أجواء هادئة ومنظمة.",
]
AR_MA = [
    "صادق مجلس النواب، يوم الخميس، بالأغلبية على مشروع قانون المالية للسنة المقبلة بعد نقاش استمر عدة أيام.",
    "وأوضح الوزير المنتدب المكلف بالميزانية أن المشروع يتضمن إجراءات لدعم القدرة الشرائية للأسر وتشجيع"
    " الاستثمار.",
    "وانتقدت فرق المعارضة ما اعتبرته غيابا لإجراءات ملموسة لمواجهة ارتفاع الأسعار والبطالة في صفوف الشباب.",
]
ES_CB = [
    "El Gobierno anunció este jueves un plan para rehabilitar la red eléctrica del país con una inversión de"
    " doscientos millones de dólares en los próximos tres años.",
    "El ministro de Energía explicó que las obras comenzarán en enero y que las provincias del norte serán"
    " las primeras en beneficiarse de las mejoras.",
    "Los empresarios del sector turístico celebraron el anuncio, pero pidieron que se reduzcan los apagones"
    " durante la temporada alta.",
]
ES_SUR = [
    "El Senado aprobó este jueves en general el proyecto de ley que amplía la licencia por paternidad a"
    " treinta días y la extiende a los trabajadores independientes.",
    "La ministra de Trabajo destacó que la iniciativa beneficiará a más de cien mil familias cada año y que"
    " será financiada con aportes del Estado.",
    "Las cámaras empresariales advirtieron que la medida podría encarecer la contratación en las pequeñas"
    " empresas si no se acompaña de incentivos.",
]
BR2 = [
    "O governo federal anunciou nesta quinta-feira um programa para renovar a frota de ônibus escolares dos"
    " municípios com investimento de dois bilhões de reais.",
    "Segundo o ministro da Educação, os primeiros veículos devem ser entregues em março, antes do início do"
    " ano letivo nas escolas rurais.",
    "Prefeitos elogiaram a iniciativa, mas cobraram recursos também para a manutenção das estradas vicinais.",
]
PT_AF = [
    "O Governo aprovou esta quinta-feira, em Conselho de Ministros, o Orçamento do Estado para o próximo ano,"
    " que prevê um aumento das despesas com a saúde e a educação.",
    "Segundo o porta-voz do Conselho de Ministros, o documento será submetido à Assembleia da República na"
    " próxima semana para apreciação e votação.",
    "Os partidos da oposição consideram que o orçamento não responde às necessidades das famílias mais"
    " vulneráveis.",
]
RU_CA = [
    "Правительство в четверг утвердило программу развития сельского хозяйства на ближайшие пять лет, которая"
    " предусматривает субсидии для фермеров.",
    "По словам министра сельского хозяйства, на реализацию программы планируется направить около двухсот"
    " миллионов долларов.",
    "Эксперты отмечают, что главной проблемой отрасли остаётся нехватка воды для орошения в южных районах.",
]
UZ = [
    "Hukumat payshanba kuni poytaxtda jamoat transporti tarmog'ini kengaytirish bo'yicha yangi dasturni"
    " tasdiqladi.",
    "Transport vazirining so'zlariga ko'ra, dastur doirasida kelgusi yili uch yuzta yangi avtobus xarid"
    " qilinadi.",
    "Fuqarolar bu qarorni olqishlab, avtobuslar qatnovi orasidagi vaqtni qisqartirishni so'radi.",
]


def shaped(*, site: str, lang: str, title: str, ld: str, story: str, head: str = "") -> str:
    """The story page: og:type, <title>, the JSON-LD and `head` in the head, `story` (the publisher's markup)
    inside the site's chrome, in the page's language where round four or six translated it."""
    key = lang.split("-")[0]
    try:
        before, after = local_chrome(site, key)
    except KeyError:
        before, after = chrome(site, key if key in NOISE else "en")
    html = page(
        f'<meta property="og:type" content="article"><title>{title}</title>{head}{ld}',
        before + story + after,
        lang=lang,
    )
    return rtl(html) if key == "ar" else html


def check(
    url: str, *, site: str, lang: str, title: str, ld: str, story: str, head: str = "", **want: object
) -> None:
    """The story page (`shaped`) and every field of its judged record (`expect`'s keywords)."""
    html = shaped(site=site, lang=lang, title=title, ld=ld, story=story, head=head)
    fields: dict = {"standfirst": None, "modified": None, "section": None, "language": lang, **want}
    expect(record(html, url), **fields)


def dropped(url: str, *, site: str, lang: str, title: str, ld: str, story: str, head: str = "") -> None:
    """The page is judged an advertorial: its evidence names a marker and judging drops it."""
    html = shaped(site=site, lang=lang, title=title, ld=ld, story=story, head=head)
    extracted = extract_article(html.encode("utf-8"), url, generic=True)
    assert extracted.evidence.sponsored_markers
    with pytest.raises(Sponsored):
        judged(extracted)


# --- East Africa ------------------------------------------------------------------------------------------
def test_nation_africa_premium_teaser_behind_its_piano_box_and_a_writer_role() -> None:
    # Nation (Nation Media Group's template): "By Justus Wanga" over the role "Political Writer", "Dec 04,
    # 2026", a "Premium" label, JSON-LD with isAccessibleForFree false, two paragraphs and then the
    # subscribe box ("Subscribe for full access to the story...", the offer, "Already a subscriber? Log in")
    headline = "Treasury proposes new fuel levy to fund county roads"
    check(
        "https://nation.africa/kenya/news/politics/treasury-proposes-new-fuel-levy-to-fund-county-roads-4812345",
        site="Nation",
        lang="en",
        title=f"{headline} | Nation",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+03:00",
            author={"@type": "Person", "name": "Justus Wanga"},
            isAccessibleForFree=False,
        ),
        story=f'<article class="article-page"><span class="premium-label">Premium</span><h1'
        f' class="title-medium">'
        f'{headline}</h1><div class="article-authors"><p class="article-authors_name">By <a'
        f' href="/authors/justus'
        '-wanga">Justus Wanga</a></p><p class="article-authors_role">Political Writer</p></div><time'
        ' class="date" datetime="2026-12-04T10:30:00+03:00">Dec 04, 2026</time><div'
        ' class="paragraph-wrapper">'
        + paras(KE[:2])
        + '</div><div class="paywall-wrapper" id="piano-paywall"><h3>Subscribe for full access to the'
        " story and"
        ' unlimited access to Nation.Africa</h3><p>Sh10 for the first month</p><a href="/subscribe">Subscribe'
        '</a><p>Already a subscriber? <a href="/login">Log in</a></p></div></article>',
        headline=headline,
        authors=["Justus Wanga"],
        published=f"{DEC4}T10:30:00+03:00",
        body=KE[:2],
        access="paywalled",
        truncated=True,
    )


def test_the_standard_kenya_byline_and_date_in_one_line_with_a_pipe() -> None:
    # The Standard (standardmedia.co.ke, custom PHP): no JSON-LD, "By Moses Nyamori | Dec. 4, 2026" in one
    # line, "Read More" link lines between the paragraphs
    headline = "MPs reject proposal to scrap county fuel levy"
    check(
        "https://www.standardmedia.co.ke/politics/article/2001512345/mps-reject-proposal-to-scrap-county-fuel-levy",
        site="The Standard",
        lang="en",
        title=f"{headline} - The Standard",
        ld="",
        story=f'<div class="article-wrapper"><h1 class="article-title">{headline}</h1><div class="byline">'
        '<span class="author">By Moses Nyamori</span> | <span class="date">Dec. 4, 2026</span></div><div'
        f' class="article-body"><p>{KE[0]}</p><p>{KE[1]}</p><div class="read-more"><strong>Read More</strong>'
        '<ul><li><a href="/politics/article/2001511111/senate-passes-roads-bill">Senate passes roads bill'
        f"</a></li></ul></div><p>{KE[2]}</p></div></div>",
        headline=headline,
        authors=["Moses Nyamori"],
        published=f"{DEC4}T00:00:00+00:00",
        body=KE,
    )


def test_daily_monitor_nation_template_correspondent_with_the_place_and_an_updated_line() -> None:
    # Daily Monitor (Uganda, Nation Media's template): "By Franklin Draku" with "More by this Author", the
    # dates in JSON-LD (Kampala, UTC+3), "Updated: Dec 04, 2026 12:05 PM" under the byline
    headline = "Government to connect every district to national grid"
    check(
        "https://www.monitor.co.ug/uganda/news/national/government-to-connect-every-district-to-national-grid-4812399",
        site="Daily Monitor",
        lang="en",
        title=f"{headline} | Monitor",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+03:00",
            dateModified=f"{DEC4}T12:05:00+03:00",
            author={"@type": "Person", "name": "Franklin Draku"},
        ),
        story=f'<article><h1 class="title-medium">{headline}</h1><div class="article-authors"><p>By <a'
        ' href="/authors/franklin-draku">Franklin Draku</a></p><a class="more-by"'
        ' href="/authors/franklin-draku">'
        'More by this Author</a></div><p class="date">Updated: Dec 04, 2026 12:05 PM</p><div'
        ' class="paragraph-wrapper">' + paras(EAST) + "</div></article>",
        headline=headline,
        authors=["Franklin Draku"],
        published=f"{DEC4}T10:30:00+03:00",
        modified=f"{DEC4}T12:05:00+03:00",
        body=EAST,
    )


def test_daily_news_tanzania_jannah_theme_desk_reporter_with_the_place() -> None:
    # Daily News (Tanzania, WordPress with the Jannah theme): "By Daily News Reporter, Dodoma" (a desk's
    # credit naming nobody with the place after it), the post's date in Jannah's "date meta-item", Yoast's
    # JSON-LD naming the WordPress user "Editor"
    headline = "Govt unveils plan to connect all districts to national grid"
    check(
        "https://dailynews.co.tz/govt-unveils-plan-to-connect-all-districts-to-national-grid/",
        site="Daily News",
        lang="en-US",
        title=f"{headline} | Daily News",
        ld=article(
            headline, datePublished=f"{DEC4}T07:30:00+00:00", author={"@type": "Person", "name": "Editor"}
        ),
        story=f'<article id="the-post" class="container-wrapper post-content"><header'
        f' class="entry-header-outer">'
        f'<h1 class="post-title entry-title">{headline}</h1><div class="post-meta"><span class="date'
        f" meta-item"
        ' tie-icon">December 4, 2026</span></div></header><div class="entry-content entry'
        ' clearfix"><p><strong>By'
        " Daily News Reporter, Dodoma</strong></p>" + paras(EAST) + "</div></article>",
        headline=headline,
        authors=["Daily News Reporter"],
        published=f"{DEC4}T07:30:00+00:00",
        body=EAST,
    )


def test_addis_standard_tagdiv_dateline_with_a_slashed_year() -> None:
    # Addis Standard (WordPress, tagDiv's Newspaper theme): td-post-title, td-post-author-name, the
    # <time class="entry-date"> with its datetime, and the text opening with "Addis Abeba, December 4/2026 –"
    headline = "Parliament approves supplementary budget for drought response"
    body = [f"Addis Abeba, December 4/2026 – {EAST[0]}", *EAST[1:]]
    check(
        "https://addisstandard.com/parliament-approves-supplementary-budget-for-drought-response/",
        site="Addis Standard",
        lang="en-US",
        title=f"{headline} - Addis Standard",
        ld="",
        story=f'<article class="td-post-content-wrap"><div class="td-post-header"><header'
        f' class="td-post-title">'
        f'<h1 class="entry-title">{headline}</h1><div class="td-module-meta-info"><div'
        f' class="td-post-author-name">'
        '<div class="td-author-by">By</div> <a href="https://addisstandard.com/author/mihret/">Mihret'
        " G/Kristos"
        '</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date'
        ' updated td-module-date" datetime="2026-12-04T10:30:00+03:00">December 4, 2026</time></span></div>'
        '</header></div><div class="td-post-content tagdiv-type">' + paras(body) + "</div></article>",
        headline=headline,
        authors=["Mihret G/Kristos"],
        published=f"{DEC4}T10:30:00+03:00",
        body=body,
        dateline="Addis Abeba",
    )


def test_new_times_rwanda_updated_line_with_the_date_spelled_out() -> None:
    # The New Times (Rwanda): the writer's name alone in an author link, "Thursday, December 04, 2026 at
    # 10:30 am" and "Updated: Thursday, December 04, 2026 at 12:05 pm" (Kigali, no offset shown), no JSON-LD
    headline = "Kigali to get 300 new electric buses"
    check(
        "https://www.newtimes.co.rw/article/22345/news/kigali-to-get-300-new-electric-buses",
        site="The New Times",
        lang="en",
        title=f"{headline} | The New Times",
        ld="",
        story=f'<div class="article-page"><h1 class="article-title">{headline}</h1><div'
        f' class="article-meta"><a'
        ' class="author-name" href="/author/hudson-kuteesa">Hudson Kuteesa</a><span'
        ' class="article-date">Thursday,'
        ' December 04, 2026 at 10:30 am</span><span class="article-updated">Updated: Thursday, December'
        " 04, 2026"
        ' at 12:05 pm</span></div><div class="article-body">' + paras(EAST) + "</div></div>",
        headline=headline,
        authors=["Hudson Kuteesa"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T12:05:00+00:00",
        body=EAST,
    )


# --- West Africa ------------------------------------------------------------------------------------------
@pytest.mark.xfail(
    strict=True,
    reason='Graphic Online\'s Joomla date "Dec - 04 - 2026 , 10:30" (spaced dashes between month, day and'
    " year) is"
    " read without its time: a shape of one template, no second publisher found this round",
)
def test_graphic_online_joomla_author_label_and_a_dashed_date() -> None:
    # Graphic Online (Ghana, Joomla): "Author: Emmanuel Bonney" and "Dec - 04 - 2026 , 10:30" (a dashed date
    # with spaces, the only date on the page)
    headline = "BoG keeps policy rate at 27 per cent"
    check(
        "https://www.graphic.com.gh/news/general-news/bog-keeps-policy-rate-at-27-per-cent.html",
        site="Graphic Online",
        lang="en-gb",
        title=f"{headline} - Graphic Online",
        ld="",
        story=f'<div class="item-page"><h1 itemprop="headline">{headline}</h1><dl class="article-info"><dd'
        ' class="createdby">Author: <span itemprop="name">Emmanuel Bonney</span></dd><dd class="published">'
        '<time>Dec - 04 - 2026 , 10:30</time></dd></dl><div itemprop="articleBody">'
        + paras(GH)
        + "</div></div>",
        headline=headline,
        authors=["Emmanuel Bonney"],
        published=f"{DEC4}T10:30:00+00:00",
        body=GH,
        language="en-GB",
    )


def test_myjoyonline_source_line_under_the_text_and_a_lowercase_meridiem() -> None:
    # MyJoyOnline (WordPress): the writer's name in an author box, "4 December 2026 10:30am", and the text
    # ending with "Source: myjoyonline.com" (the site's own source line, no body)
    headline = "Bank of Ghana holds policy rate as inflation eases"
    check(
        "https://www.myjoyonline.com/bank-of-ghana-holds-policy-rate-as-inflation-eases/",
        site="MyJoyOnline",
        lang="en-US",
        title=f"{headline} - MyJoyOnline",
        ld="",
        story=f'<div class="article-wrapper"><div class="article-title"><h1>{headline}</h1></div><div'
        ' class="article-meta"><div class="article-meta-author"><a href="/author/kwaku-asante/">Kwaku'
        " Asante</a>"
        '</div><div class="article-meta-date">4 December 2026 10:30am</div></div><div id="article-text">'
        + paras(GH)
        + "<p>Source: myjoyonline.com</p></div></div>",
        headline=headline,
        authors=["Kwaku Asante"],
        published=f"{DEC4}T10:30:00+00:00",
        body=GH,
    )


def test_ghanaweb_gna_copy_with_the_agency_dateline_and_its_source_line() -> None:
    # GhanaWeb (custom PHP): "Source: GNA" under the headline beside "Thu, 4 Dec 2026", the text opening with
    # GNA's "Accra, Dec. 4, GNA -" dateline
    headline = "Cedi stabilises as central bank holds rate"
    body = [f"Accra, Dec. 4, GNA - {GH[0]}", *GH[1:]]
    check(
        "https://www.ghanaweb.com/GhanaHomePage/business/Cedi-stabilises-as-central-bank-holds-rate-1981234",
        site="GhanaWeb",
        lang="en",
        title=f"{headline}",
        ld="",
        story=f'<div class="article-left-col"><h1 class="title">{headline}</h1><div class="article-info"><p'
        ' class="floatLeft">Business News of Thursday, 4 December 2026</p><p class="floatRight">Source:'
        " GNA</p>"
        '</div><div id="article-123" class="article-content-area">' + paras(body) + "</div></div>",
        headline=headline,
        authors=["GNA"],
        published=f"{DEC4}T00:00:00+00:00",
        body=body,
        dateline="Accra",
    )


def test_guardian_nigeria_byline_with_the_correspondents_place() -> None:
    # The Guardian Nigeria (WordPress): "By Oluwaseun Akingboye, Akure" and "04 December 2026 | 10:30 am", the
    # date in article:published_time (Lagos, UTC+1)
    headline = "FG approves new minimum wage for public servants"
    check(
        "https://guardian.ng/news/nigeria/fg-approves-new-minimum-wage-for-public-servants/",
        site="The Guardian Nigeria",
        lang="en-US",
        title=f"{headline} | The Guardian Nigeria News",
        head='<meta property="article:published_time" content="2026-12-04T10:30:00+01:00">',
        ld="",
        story=f'<article class="single-article"><h1 class="title">{headline}</h1><div class="manual-byline">'
        '<span class="author">By Oluwaseun Akingboye, Akure</span><span class="date">04 December 2026 |'
        " 10:30 am"
        '</span></div><div class="content">' + paras(NG) + "</div></article>",
        headline=headline,
        authors=["Oluwaseun Akingboye"],
        published=f"{DEC4}T10:30:00+01:00",
        body=NG,
    )


def test_thisday_name_in_the_place_byline_as_the_texts_first_line() -> None:
    # ThisDay (WordPress): the byline written as the text's first paragraph, "Chuks Okocha in Abuja" (a
    # Nigerian paper's "<name> in <place>"), the post date "December 4, 2026"
    headline = "Labour threatens strike over new wage implementation"
    check(
        "https://www.thisdaylive.com/index.php/2026/12/04/labour-threatens-strike-over-new-wage-implementation/",
        site="ThisDay",
        lang="en-US",
        title=f"{headline} – THISDAYLIVE",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="td-module-meta-info"><span'
        ' class="td-post-date"><time class="entry-date updated"'
        ' datetime="2026-12-04T06:00:00+01:00">December 4,'
        ' 2026</time></span></div><div class="td-post-content"><p><strong>Chuks Okocha in Abuja</strong></p>'
        + paras(NG)
        + "</div></article>",
        headline=headline,
        authors=["Chuks Okocha"],
        published=f"{DEC4}T06:00:00+01:00",
        body=NG,
    )


def test_seneweb_par_byline_with_the_site_and_a_comma_after_the_month() -> None:
    # Seneweb (Senegal): "Par: Fatou Diallo - Seneweb.com | 04 décembre, 2026 à 10:30 | 1234 Lectures"
    headline = "Le gouvernement adopte le projet de loi de finances"
    check(
        "https://www.seneweb.com/news/Politique/le-gouvernement-adopte-le-projet-de-loi_n_512345.html",
        site="Seneweb",
        lang="fr",
        title=f"{headline} | SENEWEB",
        ld="",
        story=f'<div class="module-article"><h1 class="module_article_title">{headline}</h1><div'
        ' class="module_article_meta">Par: Fatou Diallo - Seneweb.com | 04 décembre, 2026 à 10:30 | 1234'
        " Lectures"
        '</div><div class="module_article_content">' + paras(FR_AF) + "</div></div>",
        headline=headline,
        authors=["Fatou Diallo"],
        published=f"{DEC4}T10:30:00+00:00",
        body=FR_AF,
    )


def test_le_soleil_senegal_aps_copy_with_its_dateline() -> None:
    # Le Soleil (Senegal, WordPress): "Par Moussa Diop" with "Publié le 04/12/2026 à 10h30", the text opening
    # with APS's "Dakar, 4 déc (APS) –"
    headline = "Hausse des dépenses d'éducation dans la loi de finances"
    body = [f"Dakar, 4 déc (APS) – {FR_AF[0]}", *FR_AF[1:]]
    check(
        "https://lesoleil.sn/hausse-des-depenses-deducation-dans-la-loi-de-finances/",
        site="Le Soleil",
        lang="fr-FR",
        title=f"{headline} – Le Soleil",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span'
        f' class="author">Par'
        ' Moussa Diop</span><span class="posted-on">Publié le 04/12/2026 à 10h30</span></div><div'
        ' class="entry-content">' + paras(body) + "</div></article>",
        headline=headline,
        authors=["Moussa Diop"],
        published=f"{DEC4}T10:30:00+00:00",
        body=body,
        dateline="Dakar",
    )


def test_fraternite_matin_weekday_date_with_hour_h_minute() -> None:
    # Fraternité Matin (Côte d'Ivoire): "Publié le jeudi 4 décembre 2026 à 10h30" and "Koffi Kouassi" in the
    # author link, no JSON-LD
    headline = "Le budget de l'éducation en hausse de 10 %"
    check(
        "https://www.fratmat.info/article/212345/politique/le-budget-de-l-education-en-hausse",
        site="Fraternité Matin",
        lang="fr",
        title=f"{headline} | Fratmat.info",
        ld="",
        story=f'<div class="article-detail"><h1>{headline}</h1><div class="infos"><a class="auteur"'
        ' href="/auteur/koffi-kouassi">Koffi Kouassi</a><span class="date">Publié le jeudi 4 décembre 2026 à'
        ' 10h30</span></div><div class="article-content">' + paras(FR_AF) + "</div></div>",
        headline=headline,
        authors=["Koffi Kouassi"],
        published=f"{DEC4}T10:30:00+00:00",
        body=FR_AF,
    )


def test_cameroon_tribune_abbreviated_french_month_and_time() -> None:
    # Cameroon Tribune: "Par Josiane Tchakounte", "04 Déc 2026 10:30"
    headline = "Le gouvernement adopte la loi de finances 2027"
    check(
        "https://www.cameroon-tribune.cm/article.html/61234/fr.html/le-gouvernement-adopte-la-loi-de-finances",
        site="Cameroon Tribune",
        lang="fr",
        title=f"{headline} - Cameroon Tribune",
        ld="",
        story=f'<div class="article"><h1>{headline}</h1><p class="auteur">Par Josiane Tchakounte</p><p'
        ' class="date">04 Déc 2026 10:30</p><div class="texte">' + paras(FR_AF) + "</div></div>",
        headline=headline,
        authors=["Josiane Tchakounte"],
        published=f"{DEC4}T10:30:00+00:00",
        body=FR_AF,
    )


def test_jeune_afrique_subscribers_teaser_with_reading_time() -> None:
    # Jeune Afrique: "Réservé aux abonnés", "Par Marième Soumaré", "Publié le 4 décembre 2026 Lecture : 4
    # minutes", JSON-LD with isAccessibleForFree false, the chapô (a lead: the body's first paragraph,
    # content/lead.py) and one paragraph, then "Cet article est réservé aux abonnés" with the offer
    headline = "Au Sénégal, un budget sous contrainte"
    lead = "Le gouvernement promet de réduire le déficit tout en augmentant les dépenses sociales."
    check(
        "https://www.jeuneafrique.com/1712345/politique/au-senegal-un-budget-sous-contrainte/",
        site="Jeune Afrique",
        lang="fr-FR",
        title=f"{headline} – Jeune Afrique",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+01:00",
            author={"@type": "Person", "name": "Marième Soumaré"},
            description=lead,
            isAccessibleForFree=False,
        ),
        story=f'<article><span class="subscriber-only">Réservé aux abonnés</span><h1>{headline}</h1><p'
        f' class="article__chapo">{lead}</p><div class="article__infos"><span>Par <a'
        f' href="/auteurs/m-soumare/">'
        "Marième Soumaré</a></span><span>Publié le 4 décembre 2026 Lecture : 4 minutes</span></div><div"
        f' class="article__content"><p>{FR_AF[0]}</p></div><div class="paywall"><p>Cet article est'
        f" réservé aux"
        ' abonnés</p><p>Abonnez-vous à partir de 1 €</p><a href="/abonnement/">Je m\'abonne</a><p>Déjà'
        " abonné ?"
        ' <a href="/connexion/">Connectez-vous</a></p></div></article>',
        headline=headline,
        authors=["Marième Soumaré"],
        published=f"{DEC4}T10:30:00+01:00",
        body=[lead, FR_AF[0]],
        access="paywalled",
        truncated=True,
    )


def test_jeune_afrique_publireportage_is_dropped() -> None:
    # Jeune Afrique's paid partner pages: "Publireportage" over the headline, the partner's name in the byline
    headline = "Côte d'Ivoire : un port en eau profonde pour l'Afrique de l'Ouest"
    dropped(
        "https://www.jeuneafrique.com/1712399/economie/cote-divoire-un-port-en-eau-profonde/",
        site="Jeune Afrique",
        lang="fr",
        title=f"{headline} – Jeune Afrique",
        ld="",
        story=f'<article><div class="article__label">Publireportage</div><h1>{headline}</h1><div'
        ' class="article__infos"><span>Par Port autonome d\'Abidjan</span><span>Publié le 4 décembre'
        " 2026</span>"
        '</div><div class="article__content">' + paras(FR_AF) + "</div></article>",
    )


# --- North Africa -----------------------------------------------------------------------------------------
def test_youm7_katab_byline_and_an_arabic_date_with_the_morning_mark() -> None:
    # Youm7 (Egypt): "كتب محمد أحمد" ("written by") over "الخميس، 04 ديسمبر 2026 10:30 ص" (ص: before noon),
    # no metadata dates
    headline = "التعليم تعلن جدول امتحانات الفصل الدراسي الأول للثانوية"
    check(
        "https://www.youm7.com/story/2026/12/4/التعليم-تعلن-جدول-امتحانات/7012345",
        site="اليوم السابع",
        lang="ar",
        title=f"{headline} - اليوم السابع",
        ld="",
        story=f'<div class="articleCont"><div class="articleHeader"><h1>{headline}</h1></div><div'
        ' class="writeBy">كتب محمد أحمد</div><span class="newsStoryDate">الخميس، 04 ديسمبر 2026 10:30'
        " ص</span>"
        '<div id="articleBody" class="articleBody">' + paras(AR_EG) + "</div></div>",
        headline=headline,
        authors=["محمد أحمد"],
        published=f"{DEC4}T10:30:00+00:00",
        body=AR_EG,
    )


def test_masrawy_arabic_indic_digits_in_the_date_and_a_katab_dash_byline() -> None:
    # Masrawy (Egypt): "كتب- محمد نصار:" and the date in Arabic-Indic digits "٠٤ ديسمبر ٢٠٢٦ ١٠:٣٠ ص", no
    # metadata dates
    headline = "وزير التعليم يعلن موعد امتحانات نصف العام"
    check(
        "https://www.masrawy.com/news/news_egypt/details/2026/12/4/2712345/وزير-التعليم",
        site="مصراوي",
        lang="ar",
        title=f"{headline} | مصراوى",
        ld="",
        story=f'<div class="ArticleDetails"><h1>{headline}</h1><div class="authorDate"><span'
        f' class="author">كتب-'
        ' محمد نصار:</span><span class="time">٠٤ ديسمبر ٢٠٢٦ ١٠:٣٠ ص</span></div><div class="details">'
        + paras(AR_EG)
        + "</div></div>",
        headline=headline,
        authors=["محمد نصار"],
        published=f"{DEC4}T10:30:00+00:00",
        body=AR_EG,
    )


def test_hespress_arabic_maghreb_month_name_and_the_site_before_the_writer() -> None:
    # Hespress (Morocco, Arabic): "هسبريس - محمد الراجي" and "الخميس 04 دجنبر 2026 - 10:30" (دجنبر, the
    # Maghreb's name of December), no metadata dates
    headline = "مجلس النواب يصادق على مشروع قانون المالية"
    check(
        "https://www.hespress.com/مجلس-النواب-يصادق-على-مشروع-قانون-المالية-1412345.html",
        site="هسبريس",
        lang="ar",
        title=f"{headline} | هسبريس",
        ld="",
        story=f'<article><h1 class="post-title">{headline}</h1><div class="author"><span>هسبريس - محمد الراجي'
        '</span></div><span class="date-post">الخميس 04 دجنبر 2026 - 10:30</span><div'
        ' class="article-content">' + paras(AR_MA) + "</div></article>",
        headline=headline,
        authors=["محمد الراجي"],
        published=f"{DEC4}T10:30:00+00:00",
        body=AR_MA,
    )


def test_hespress_fr_publie_le_with_slashes_and_hour_h_minute() -> None:
    # Hespress FR (WordPress): "Par Yassine Benargane" and "Publié le 04/12/2026 à 10h30"
    headline = "Bank Al-Maghrib maintient son taux directeur à 2,75 %"
    check(
        "https://fr.hespress.com/412345-bank-al-maghrib-maintient-son-taux-directeur.html",
        site="Hespress FR",
        lang="fr-FR",
        title=f"{headline} - Hespress Français",
        ld="",
        story=f'<article><h1 class="post-title">{headline}</h1><div class="post-meta"><span'
        f' class="author">Par'
        ' Yassine Benargane</span><span class="date">Publié le 04/12/2026 à 10h30</span></div><div'
        ' class="article-content">' + paras(FR_MA) + "</div></article>",
        headline=headline,
        authors=["Yassine Benargane"],
        published=f"{DEC4}T10:30:00+00:00",
        body=FR_MA,
    )


def test_le360_arc_byline_with_the_agency_in_brackets() -> None:
    # Le360 (Morocco, Arc XP): "Par Mohamed Chakir Alaoui (avec MAP)", "Le 04/12/2026 à 10h30", JSON-LD dates
    # in Casablanca time (UTC+1)
    headline = "Le taux directeur maintenu à 2,75 %"
    check(
        "https://fr.le360.ma/economie/le-taux-directeur-maintenu-a-275-AB12CD34EF/",
        site="Le360",
        lang="fr",
        title=f"{headline} – Le360.ma",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+01:00",
            author={"@type": "Person", "name": "Mohamed Chakir Alaoui"},
        ),
        story=f'<article><h1 class="headline">{headline}</h1><div class="byline"><span>Par <a href="/auteurs/'
        'mohamed-chakir-alaoui/">Mohamed Chakir Alaoui</a> (avec MAP)</span><span class="date">Le'
        " 04/12/2026 à"
        ' 10h30</span></div><div class="article-body">' + paras(FR_MA) + "</div></article>",
        headline=headline,
        authors=["Mohamed Chakir Alaoui"],
        published=f"{DEC4}T10:30:00+01:00",
        body=FR_MA,
    )


def test_tsa_algerie_abbreviated_month_with_its_full_stop_and_a_colon_time() -> None:
    # TSA (Algeria, WordPress): "Par Hamid Mohandi", "04 déc. 2026 à 10:30"
    headline = "Loi de finances : les dépenses d'éducation en hausse"
    check(
        "https://www.tsa-algerie.com/loi-de-finances-les-depenses-deducation-en-hausse/",
        site="TSA",
        lang="fr-FR",
        title=f"{headline} | TSA",
        ld="",
        story=f'<article class="article"><h1 class="article__title">{headline}</h1><div'
        f' class="article__meta">'
        '<span class="article__author">Par Hamid Mohandi</span><time class="article__date">04 déc. 2026 à'
        " 10:30"
        '</time></div><div class="article__content">' + paras(FR_AF) + "</div></article>",
        headline=headline,
        authors=["Hamid Mohandi"],
        published=f"{DEC4}T10:30:00+00:00",
        body=FR_AF,
    )


def test_el_watan_aps_copy_with_the_agency_as_author_and_a_capitals_dateline() -> None:
    # El Watan (Algeria): an APS story: "APS" as the byline, "04 décembre 2026 à 10:30", the text opening with
    # "ALGER - "
    headline = "Le Conseil des ministres adopte le projet de loi de finances"
    body = [f"ALGER - {FR_AF[0]}", *FR_AF[1:]]
    check(
        "https://elwatan-dz.com/le-conseil-des-ministres-adopte-le-projet-de-loi-de-finances",
        site="El Watan",
        lang="fr",
        title=f"{headline} - El Watan",
        ld="",
        story=f'<article><h1 class="title">{headline}</h1><div class="meta"><span'
        f' class="author">APS</span><span'
        ' class="date">04 décembre 2026 à 10:30</span></div><div class="content">'
        + paras(body)
        + "</div></article>",
        headline=headline,
        authors=["APS"],
        published=f"{DEC4}T10:30:00+00:00",
        body=body,
        dateline="ALGER",
    )


def test_business_news_tunisia_date_and_time_after_the_writer() -> None:
    # Business News (Tunisia): "Par Sofiene Ghoubantini - 04/12/2026 10:30" in one line, no JSON-LD
    headline = "La BCT maintient son taux directeur inchangé"
    check(
        "https://www.businessnews.com.tn/la-bct-maintient-son-taux-directeur-inchange,520,143210,3",
        site="Business News",
        lang="fr",
        title=f"{headline}",
        ld="",
        story=f'<div class="ArticleContainer"><h1 class="titreArticle">{headline}</h1><div'
        f' class="auteurDate">Par'
        ' Sofiene Ghoubantini - 04/12/2026 10:30</div><div class="corpsArticle">'
        + paras(FR_MA)
        + "</div></div>",
        headline=headline,
        authors=["Sofiene Ghoubantini"],
        published=f"{DEC4}T10:30:00+00:00",
        body=FR_MA,
    )


# --- Southern Africa --------------------------------------------------------------------------------------
def test_timeslive_arc_byline_with_a_role_after_the_name() -> None:
    # TimesLIVE (Arena Holdings, Arc XP): the name over its role ("Politics reporter"), "04 December 2026 -
    # 10:30", JSON-LD in UTC
    headline = "IEC confirms date for local government elections"
    check(
        "https://www.timeslive.co.za/politics/2026-12-04-iec-confirms-date-for-local-government-elections/",
        site="TimesLIVE",
        lang="en",
        title=f"{headline}",
        ld=article(
            headline,
            datePublished=f"{DEC4}T08:30:00Z",
            author={"@type": "Person", "name": "Nomahlubi Sonjica"},
        ),
        story=f'<div class="article-widgets"><h1 class="article-title">{headline}</h1><div'
        f' class="author-wrapper">'
        '<a class="author-name" href="/authors/nomahlubi-sonjica/">Nomahlubi Sonjica</a><span'
        ' class="author-role">Politics reporter</span></div><div class="article-pub-date">04 December'
        " 2026 - 10:30"
        '</div><div class="text">' + paras(ZA) + "</div></div>",
        headline=headline,
        authors=["Nomahlubi Sonjica"],
        published=f"{DEC4}T10:30:00+02:00",
        body=ZA,
    )


def test_iol_staff_reporter_and_the_agency_credit_under_the_text() -> None:
    # IOL: "Staff Reporter" as the byline, "Published Dec 4, 2026", JSON-LD dates (SAST), and the text ending
    # with "African News Agency (ANA)"
    headline = "Voter registration weekends set for March and June"
    check(
        "https://iol.co.za/news/politics/2026-12-04-voter-registration-weekends-set-for-march-and-june/",
        site="IOL",
        lang="en",
        title=f"{headline}",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+02:00",
            author={"@type": "Person", "name": "Staff Reporter"},
        ),
        story=f'<article><h1 class="article-title">{headline}</h1><div class="article-byline"><span>Staff'
        f" Reporter"
        '</span><span>Published Dec 4, 2026</span></div><div class="article-body">'
        + paras(ZA)
        + "<p>African News Agency (ANA)</p></div></article>",
        headline=headline,
        authors=["Staff Reporter"],
        published=f"{DEC4}T10:30:00+02:00",
        body=ZA,
        credit="African News Agency (ANA)",
    )


def test_mail_and_guardian_subscribe_wall_after_the_opening_paragraphs() -> None:
    # Mail & Guardian (WordPress): "Sipho Kings" and "4 Dec 2026", the article:published_time, two
    # paragraphs, then the subscribe wall ("Subscribe for R30/month", "You've read your free articles",
    # "Already a subscriber? Sign in here")
    headline = "Electoral Commission sets election date"
    check(
        "https://mg.co.za/politics/2026-12-04-electoral-commission-sets-election-date/",
        site="Mail & Guardian",
        lang="en-ZA",
        title=f"{headline} – The Mail & Guardian",
        head='<meta property="article:published_time" content="2026-12-04T10:30:00+02:00">',
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="td-post-author-name"><a'
        ' href="/author/sipho-kings/">Sipho Kings</a></div><span class="td-post-date">4 Dec 2026</span><div'
        ' class="td-post-content">'
        + paras(ZA[:2])
        + '<div class="mg-paywall"><h3>Subscribe for R30/month</h3><p>You\'ve read all your free articles'
        " this"
        ' month. Subscribe to continue reading.</p><a href="/subscribe/">Subscribe now</a><p>Already a'
        " subscriber?"
        ' <a href="/login/">Sign in here</a></p></div></div></article>',
        headline=headline,
        authors=["Sipho Kings"],
        published=f"{DEC4}T10:30:00+02:00",
        body=ZA[:2],
        access="paywalled",
        truncated=True,
    )


@pytest.mark.xfail(
    strict=True,
    reason='a membership appeal box inside the text ("Support Daily Maverick", "Become a Maverick Insider'
    " and help"
    ' keep our journalism free for everyone.", "Join now") stays in the body: its class names no appeal the'
    " markup rules know and its lines match no pitch rule; no general rule this round",
)
def test_daily_maverick_insider_appeal_box_inside_the_text() -> None:
    # Daily Maverick: the byline "By Ferial Haffajee", JSON-LD dates, the whole text served, and the Maverick
    # Insider appeal box set between two paragraphs (a pitch, no body)
    headline = "Opposition parties demand more voting stations"
    check(
        "https://www.dailymaverick.co.za/article/2026-12-04-opposition-parties-demand-more-voting-stations/",
        site="Daily Maverick",
        lang="en",
        title=f"{headline}",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+02:00",
            author={"@type": "Person", "name": "Ferial Haffajee"},
        ),
        story=f'<article><h1>{headline}</h1><div class="article-author">By <a'
        f' href="/author/ferial-haffajee/">'
        '<span>Ferial Haffajee</span></a></div><div class="article-content">'
        + paras(ZA[:2])
        + '<div class="insider-cta"><h3>Support Daily Maverick</h3><p>Become a Maverick Insider and help'
        " keep our"
        ' journalism free for everyone.</p><a href="/insider/">Join now</a></div>'
        f"<p>{ZA[2]}</p></div></article>",
        headline=headline,
        authors=["Ferial Haffajee"],
        published=f"{DEC4}T10:30:00+02:00",
        body=ZA,
    )


def test_partner_content_label_over_a_south_african_post_is_dropped() -> None:
    # TimesLIVE's and Daily Maverick's partner posts: "Partner content" over the headline, "Supplied by
    # <company>" as the byline
    headline = "How solar power is changing township businesses"
    dropped(
        "https://www.timeslive.co.za/partner-content/2026-12-04-how-solar-power-is-changing-township-businesses/",
        site="TimesLIVE",
        lang="en",
        title=f"{headline}",
        ld="",
        story=f'<div class="article-widgets"><span class="article-label">Partner'
        f" content</span><h1>{headline}</h1>"
        '<div class="author">Supplied by SunPower SA</div><div class="text">' + paras(ZA) + "</div></div>",
    )


def test_herald_zimbabwe_writer_and_bureau_lines_opening_the_text() -> None:
    # The Herald (Zimbabwe, WordPress): the writer's name and "Mashonaland East Bureau" as the text's first
    # two lines (a Zimpapers byline inside the content), "December 4, 2026" in the post meta
    headline = "Input distribution gathers pace"
    check(
        "https://www.herald.co.zw/input-distribution-gathers-pace/",
        site="The Herald",
        lang="en-US",
        title=f"{headline} | The Herald",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="post-meta"><span'
        f' class="date">December'
        ' 4, 2026</span></div><div class="entry-content"><p><strong>Walter Nyamukondiwa</strong></p><p>'
        "<strong>Mashonaland East Bureau</strong></p>" + paras(ZW) + "</div></article>",
        headline=headline,
        authors=["Walter Nyamukondiwa"],
        published=f"{DEC4}T00:00:00+00:00",
        body=ZW,
    )


def test_newsday_zimbabwe_capitals_byline_opening_the_text() -> None:
    # NewsDay (Zimbabwe, WordPress with JNews): "BY VENERANDA LANGA" as the text's first paragraph, the jeg
    # meta date "Dec. 4, 2026"
    headline = "Farmers receive inputs ahead of rains"
    check(
        "https://www.newsday.co.zw/local-news/article/200012345/farmers-receive-inputs-ahead-of-rains",
        site="NewsDay",
        lang="en-US",
        title=f"{headline} - NewsDay Zimbabwe",
        ld="",
        story=f'<div class="jeg_inner_content"><h1 class="jeg_post_title">{headline}</h1><div'
        f' class="jeg_meta_date">'
        '<a href="#">Dec. 4, 2026</a></div><div class="content-inner"><p>BY VENERANDA LANGA</p>'
        + paras(ZW)
        + "</div></div>",
        headline=headline,
        authors=["Veneranda Langa"],
        published=f"{DEC4}T00:00:00+00:00",
        body=ZW,
    )


def test_mozambique_noticias_portuguese_date_with_as_and_hour_h() -> None:
    # Notícias (Mozambique, WordPress): "Por Armando Nhantumbo" and "04/12/2026 às 10h30" (Maputo, no offset
    # shown)
    headline = "Governo aprova proposta de Orçamento do Estado"
    check(
        "https://www.jornalnoticias.co.mz/politica/governo-aprova-proposta-de-orcamento-do-estado/",
        site="Notícias",
        lang="pt-PT",
        title=f"{headline} – Jornal Notícias",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span'
        f' class="byline">Por'
        ' Armando Nhantumbo</span><span class="posted-on">04/12/2026 às 10h30</span></div><div'
        ' class="entry-content">' + paras(PT_AF) + "</div></article>",
        headline=headline,
        authors=["Armando Nhantumbo"],
        published=f"{DEC4}T10:30:00+00:00",
        body=PT_AF,
        language="pt-PT",
    )


def test_jornal_de_angola_publicado_label_and_a_dotted_date() -> None:
    # Jornal de Angola: "Publicado: 04.12.2026 | 10:30" and the writer "Edivaldo Cristóvão" in an author
    # link, JSON-LD naming the writer
    headline = "Executivo aprova Orçamento Geral do Estado"
    check(
        "https://www.jornaldeangola.ao/ao/noticias/executivo-aprova-orcamento-geral-do-estado/",
        site="Jornal de Angola",
        lang="pt",
        title=f"{headline} - Jornal de Angola",
        ld=article(headline, author={"@type": "Person", "name": "Edivaldo Cristóvão"}),
        story=f'<div class="noticia"><h1>{headline}</h1><div class="info"><a class="autor">Edivaldo'
        f" Cristóvão</a>"
        '<span class="data">Publicado: 04.12.2026 | 10:30</span></div><div class="corpo">'
        + paras(PT_AF)
        + "</div>"
        "</div>",
        headline=headline,
        authors=["Edivaldo Cristóvão"],
        published=f"{DEC4}T10:30:00+00:00",
        body=PT_AF,
    )


# --- the Caribbean ----------------------------------------------------------------------------------------
def test_jamaica_gleaner_name_slash_role_byline_and_a_published_line_with_bars() -> None:
    # The Gleaner (Drupal): "Jovan Johnson/Senior Gleaner Writer" and "Published:Thursday | December 4, 2026 |
    # 12:09 AM" (no space after the colon)
    headline = "Gov't to spend $2b on electricity grid upgrade"
    check(
        "https://jamaica-gleaner.com/article/news/20261204/govt-spend-2b-electricity-grid-upgrade",
        site="The Gleaner",
        lang="en",
        title=f"{headline} | News | Jamaica Gleaner",
        ld="",
        story=f'<article class="node-article"><h1 class="title">{headline}</h1><div'
        f' class="article-meta"><span'
        ' class="byline">Jovan Johnson/Senior Gleaner Writer</span><span class="date">Published:Thursday |'
        ' December 4, 2026 | 12:09 AM</span></div><div class="field-name-body">'
        + paras(EAST)
        + "</div></article>",
        headline=headline,
        authors=["Jovan Johnson"],
        published=f"{DEC4}T00:09:00+00:00",
        body=EAST,
    )


def test_trinidad_newsday_wordpress_date_with_its_time_and_a_reporter_role() -> None:
    # Newsday (Trinidad and Tobago, WordPress): "Sean Douglas" with "Reporter" under it, "04 December 2026,
    # 10:30 am", article:published_time (UTC-4)
    headline = "Government announces plan to rehabilitate power grid"
    check(
        "https://newsday.co.tt/2026/12/04/government-announces-plan-to-rehabilitate-power-grid/",
        site="Newsday",
        lang="en-US",
        title=f"{headline} - Trinidad and Tobago Newsday",
        head='<meta property="article:published_time" content="2026-12-04T10:30:00-04:00">',
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="author-box"><a'
        f' class="author-name"'
        ' href="/author/sean-douglas/">Sean Douglas</a><span class="author-title">Reporter</span></div><span'
        ' class="entry-date">04 December 2026, 10:30 am</span><div class="entry-content">'
        + paras(EAST)
        + "</div>"
        "</article>",
        headline=headline,
        authors=["Sean Douglas"],
        published=f"{DEC4}T10:30:00-04:00",
        body=EAST,
    )


def test_barbados_today_lowercase_by_and_a_post_date() -> None:
    # Barbados Today (WordPress): "by Marlon Madden" in lower case and the post date "December 4, 2026"
    headline = "Hoteliers welcome plan to cut power outages"
    check(
        "https://barbadostoday.bb/2026/12/04/hoteliers-welcome-plan-to-cut-power-outages/",
        site="Barbados Today",
        lang="en-US",
        title=f"{headline} - Barbados Today",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span'
        f' class="byline">by'
        ' <a href="/author/marlon-madden/">Marlon Madden</a></span><span class="posted-on"><time'
        ' class="entry-date published" datetime="2026-12-04T10:30:00-04:00">December 4,'
        " 2026</time></span></div>"
        '<div class="entry-content">' + paras(EAST) + "</div></article>",
        headline=headline,
        authors=["Marlon Madden"],
        published=f"{DEC4}T10:30:00-04:00",
        body=EAST,
    )


def test_granma_autor_label_with_an_email_and_a_spanish_date_with_seconds() -> None:
    # Granma (Cuba): "Autor: Yudy Castro Morales | internet@granma.cu" and "4 de diciembre de 2026 10:30:45"
    headline = "Anuncian plan para rehabilitar la red eléctrica"
    check(
        "https://www.granma.cu/cuba/2026-12-04/anuncian-plan-para-rehabilitar-la-red-electrica-04-12-2026-10-12-45",
        site="Granma",
        lang="es",
        title=f"{headline} › Cuba › Granma - Órgano oficial del PCC",
        ld="",
        story=f'<div class="g-story"><h1 class="g-story-heading">{headline}</h1><div'
        f' class="g-story-meta"><span'
        ' class="g-story-author">Autor: <a href="/autor/yudy-castro">Yudy Castro Morales</a> |'
        ' internet@granma.cu</span><span class="dateline">4 de diciembre de 2026 10:30:45</span></div><div'
        ' class="g-story-content">' + paras(ES_CB) + "</div></div>",
        headline=headline,
        authors=["Yudy Castro Morales"],
        published=f"{DEC4}T10:30:45+00:00",
        body=ES_CB,
    )


def test_14ymedio_writer_with_the_place_and_a_capitalised_month_first_date() -> None:
    # 14ymedio: "Yoani Sánchez, La Habana | Diciembre 04, 2026" in one line
    headline = "Los apagones vuelven a La Habana"
    check(
        "https://www.14ymedio.com/cuba/apagones-vuelven-habana_1_1101234.html",
        site="14ymedio",
        lang="es",
        title=f"{headline}",
        ld="",
        story=f'<div class="bbnx-article"><h1 class="title">{headline}</h1><div class="byline"><span'
        ' class="author">Yoani Sánchez, La Habana</span> | <span class="date">Diciembre 04,'
        " 2026</span></div><div"
        ' class="bbnx-body">' + paras(ES_CB) + "</div></div>",
        headline=headline,
        authors=["Yoani Sánchez"],
        published=f"{DEC4}T00:00:00+00:00",
        body=ES_CB,
    )


def test_listin_diario_por_line_and_a_slashed_date_with_meridiem() -> None:
    # Listín Diario (Dominican Republic): "Por Juan Pérez" over "04/12/2026 10:30 AM", no metadata dates
    headline = "Gobierno anuncia inversión en la red eléctrica"
    check(
        "https://listindiario.com/economia/20261204/gobierno-anuncia-inversion-red-electrica_812345.html",
        site="Listín Diario",
        lang="es",
        title=f"{headline} - Listín Diario",
        ld="",
        story=f'<div class="art_detalle"><h1 class="art_titulo">{headline}</h1><div class="art_autor">Por'
        f" Juan"
        ' Pérez</div><div class="art_fecha">04/12/2026 10:30 AM</div><div class="art_cuerpo">'
        + paras(ES_CB)
        + "</div></div>",
        headline=headline,
        authors=["Juan Pérez"],
        published=f"{DEC4}T10:30:00+00:00",
        body=ES_CB,
    )


def test_diario_libre_efe_copy_with_its_dateline_and_an_actualizado_line() -> None:
    # Diario Libre (Dominican Republic): an EFE story: "EFE" as the author, the text opening with "Santo
    # Domingo, 4 dic (EFE).-", JSON-LD dates (UTC-4) and "Actualizado 04/12/2026 12:05 p. m."
    headline = "Empresarios piden reducir los apagones"
    body = [f"Santo Domingo, 4 dic (EFE).- {ES_CB[0]}", *ES_CB[1:]]
    check(
        "https://www.diariolibre.com/economia/empresarios-piden-reducir-los-apagones-GH12345678",
        site="Diario Libre",
        lang="es",
        title=f"{headline} | Diario Libre",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00-04:00",
            dateModified=f"{DEC4}T12:05:00-04:00",
            author={"@type": "Organization", "name": "EFE"},
        ),
        story=f'<article><h1>{headline}</h1><div class="author">EFE</div><div class="date">Actualizado'
        f" 04/12/2026"
        ' 12:05 p. m.</div><div class="article-body">' + paras(body) + "</div></article>",
        headline=headline,
        authors=["EFE"],
        published=f"{DEC4}T10:30:00-04:00",
        modified=f"{DEC4}T12:05:00-04:00",
        body=body,
        dateline="Santo Domingo",
    )


def test_primera_hora_arc_spanish_weekday_date_with_a_dotted_meridiem() -> None:
    # Primera Hora (Puerto Rico, GFR Media on Arc XP): "Por Maribel Hernández Pérez", "jueves, 4 de diciembre
    # de 2026 - 10:30 a.m.", JSON-LD dates (UTC-4)
    headline = "Anuncian fondos para reparar el sistema eléctrico"
    check(
        "https://www.primerahora.com/noticias/gobierno-politica/notas/anuncian-fondos-para-reparar-el-sistema-electrico/",
        site="Primera Hora",
        lang="es",
        title=f"{headline} | Primera Hora",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00-04:00",
            author=[{"@type": "Person", "name": "Maribel Hernández Pérez"}],
        ),
        story=f'<article><h1 class="story-title">{headline}</h1><div class="byline">Por <a href="/autor/'
        'maribel-hernandez/">Maribel Hernández Pérez</a></div><time class="date">jueves, 4 de diciembre'
        " de 2026 -"
        ' 10:30 a.m.</time><div class="story-body">' + paras(ES_CB) + "</div></article>",
        headline=headline,
        authors=["Maribel Hernández Pérez"],
        published=f"{DEC4}T10:30:00-04:00",
        body=ES_CB,
    )


# --- Latin America ----------------------------------------------------------------------------------------
def test_semana_hace_horas_relative_date_beside_the_json_ld_date() -> None:
    # Semana (Colombia, Arc XP): "Hace 2 horas" on the page, the real date in JSON-LD (Bogotá, UTC-5),
    # "Redacción Semana" as the byline of a desk
    headline = "Senado aprueba ampliar la licencia de paternidad"
    check(
        "https://www.semana.com/nacion/articulo/senado-aprueba-ampliar-la-licencia-de-paternidad/202612/",
        site="Semana",
        lang="es",
        title=f"{headline}",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00-05:00",
            author={"@type": "Person", "name": "Redacción Semana"},
        ),
        story=f'<article><h1>{headline}</h1><div class="author">Redacción Semana</div><div'
        f' class="date">Hace 2'
        ' horas</div><div class="article-body">' + paras(ES_SUR) + "</div></article>",
        headline=headline,
        authors=["Redacción Semana"],
        published=f"{DEC4}T10:30:00-05:00",
        body=ES_SUR,
    )


def test_perfil_dashed_date_with_the_time_and_a_writer_link() -> None:
    # Perfil (Argentina): "04-12-2026 10:30" and the writer's link under the headline
    headline = "El Senado aprobó la ampliación de la licencia por paternidad"
    check(
        "https://www.perfil.com/noticias/politica/el-senado-aprobo-la-ampliacion-de-la-licencia.phtml",
        site="Perfil",
        lang="es",
        title=f"{headline} | Perfil",
        ld="",
        story=f'<article class="article"><h1 class="article__title">{headline}</h1><div'
        f' class="article__info">'
        '<a class="article__author" href="/autores/ana-clara-perez">Ana Clara Pérez</a><time'
        ' class="article__date">04-12-2026 10:30</time></div><div class="article__content">'
        + paras(ES_SUR)
        + "</div></article>",
        headline=headline,
        authors=["Ana Clara Pérez"],
        published=f"{DEC4}T10:30:00+00:00",
        body=ES_SUR,
    )


def test_rpp_actualizado_el_a_las_with_a_meridiem() -> None:
    # RPP (Peru): "Actualizado el 4 de diciembre de 2026 a las 12:05 PM" under the JSON-LD's published time
    headline = "Congreso aprueba ampliar licencia por paternidad"
    check(
        "https://rpp.pe/politica/congreso/congreso-aprueba-ampliar-licencia-por-paternidad-noticia-1612345",
        site="RPP",
        lang="es",
        title=f"{headline} | RPP Noticias",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00-05:00",
            author={"@type": "Person", "name": "Carlos Quiroz"},
        ),
        story=f'<article><h1 class="story-title">{headline}</h1><div class="story-author">Carlos'
        f" Quiroz</div><div"
        ' class="story-date">Actualizado el 4 de diciembre de 2026 a las 12:05 PM</div><div'
        ' class="story-body">' + paras(ES_SUR) + "</div></article>",
        headline=headline,
        authors=["Carlos Quiroz"],
        published=f"{DEC4}T10:30:00-05:00",
        modified=f"{DEC4}T12:05:00-05:00",
        body=ES_SUR,
    )


def test_efecto_cocuyo_wordpress_day_month_comma_year_date() -> None:
    # Efecto Cocuyo (Venezuela, WordPress): "Por Reynaldo Mozo Zambrano" and "4 diciembre, 2026"
    headline = "Aprueban ampliar el permiso de paternidad"
    check(
        "https://efectococuyo.com/politica/aprueban-ampliar-el-permiso-de-paternidad/",
        site="Efecto Cocuyo",
        lang="es",
        title=f"{headline} - Efecto Cocuyo",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span'
        f' class="author">Por'
        ' <a href="/author/reynaldo/">Reynaldo Mozo Zambrano</a></span><span class="date">4 diciembre, 2026'
        '</span></div><div class="entry-content">' + paras(ES_SUR) + "</div></article>",
        headline=headline,
        authors=["Reynaldo Mozo Zambrano"],
        published=f"{DEC4}T00:00:00+00:00",
        body=ES_SUR,
    )


def test_confidencial_contenido_patrocinado_is_dropped() -> None:
    # Confidencial (Nicaragua): a paid post with "Contenido patrocinado" as its kicker
    headline = "Cinco razones para invertir en energía solar"
    dropped(
        "https://confidencial.digital/economia/cinco-razones-para-invertir-en-energia-solar/",
        site="Confidencial",
        lang="es",
        title=f"{headline} - Confidencial",
        ld="",
        story=f'<article><span class="kicker">Contenido patrocinado</span><h1>{headline}</h1><div'
        ' class="entry-content">' + paras(ES_SUR) + "</div></article>",
    )


def test_la_prensa_honduras_redaccion_byline_and_a_long_spanish_date() -> None:
    # La Prensa (Honduras): "Redacción La Prensa" and "04.12.2026 10:30 AM" (dotted, meridiem), no metadata
    # dates
    headline = "Congreso aprueba ampliar licencia de paternidad"
    check(
        "https://www.laprensa.hn/honduras/congreso-aprueba-ampliar-licencia-paternidad-MK12345678",
        site="La Prensa",
        lang="es",
        title=f"{headline} - La Prensa Honduras",
        ld="",
        story=f'<article><h1>{headline}</h1><div class="byline"><span class="author">Redacción La'
        f" Prensa</span>"
        '<span class="date">04.12.2026 10:30 AM</span></div><div class="article-body">'
        + paras(ES_SUR)
        + "</div></article>",
        headline=headline,
        authors=["Redacción La Prensa"],
        published=f"{DEC4}T10:30:00+00:00",
        body=ES_SUR,
    )


def test_abc_color_arc_por_byline_and_json_ld_in_paraguay_time() -> None:
    # ABC Color (Paraguay, Arc XP): "Por Ana María Ramírez", "4 de diciembre de 2026 - 10:30", JSON-LD (UTC-3)
    headline = "Senado aprueba ampliación de licencia por paternidad"
    check(
        "https://www.abc.com.py/politica/2026/12/04/senado-aprueba-ampliacion-de-licencia-por-paternidad/",
        site="ABC Color",
        lang="es",
        title=f"{headline} - Política - ABC Color",
        ld=article(
            headline,
            datePublished=f"{DEC4}T13:30:00.000Z",
            author=[{"@type": "Person", "name": "Ana María Ramírez"}],
        ),
        story=f'<article><h1>{headline}</h1><div class="article-author">Por <a'
        f' href="/autor/ana-maria-ramirez/">Ana'
        ' María Ramírez</a></div><time class="article-date">4 de diciembre de 2026 - 10:30</time><div'
        ' class="article-body">' + paras(ES_SUR) + "</div></article>",
        headline=headline,
        authors=["Ana María Ramírez"],
        published=f"{DEC4}T10:30:00-03:00",
        body=ES_SUR,
    )


def test_agencia_brasil_publicado_em_line_with_the_reporter_and_the_place() -> None:
    # Agência Brasil (EBC, Drupal): "Publicado em 04/12/2026 - 10:30 Por Pedro Peduzzi - Repórter da Agência
    # Brasil - Brasília" in one line
    headline = "Governo lança programa para renovar frota de ônibus escolares"
    check(
        "https://agenciabrasil.ebc.com.br/educacao/noticia/2026-12/governo-lanca-programa-para-renovar-frota",
        site="Agência Brasil",
        lang="pt-br",
        title=f"{headline} | Agência Brasil",
        ld="",
        story=f'<div class="post"><h1 class="titulo-materia">{headline}</h1><div'
        f' class="autor-noticia">Publicado em'
        " 04/12/2026 - 10:30 Por Pedro Peduzzi - Repórter da Agência Brasil - Brasília</div><div"
        ' class="conteudo-noticia">' + paras(BR2) + "</div></div>",
        headline=headline,
        authors=["Pedro Peduzzi"],
        published=f"{DEC4}T10:30:00+00:00",
        body=BR2,
        language="pt-BR",
    )


def test_metropoles_published_and_updated_in_one_line() -> None:
    # Metrópoles (Brazil, WordPress): "Maria Eugênia" with the desk, "04/12/2026 10:30, atualizado 04/12/2026
    # 12:05"
    headline = "Governo anuncia R$ 2 bilhões para ônibus escolares"
    check(
        "https://www.metropoles.com/brasil/governo-anuncia-r-2-bilhoes-para-onibus-escolares",
        site="Metrópoles",
        lang="pt-BR",
        title=f"{headline} | Metrópoles",
        ld="",
        story=f'<article><h1 class="m-title">{headline}</h1><div class="m-author"><a'
        f' href="/author/maria-eugenia">'
        'Maria Eugênia</a></div><div class="m-date">04/12/2026 10:30, atualizado 04/12/2026 12:05</div><div'
        ' class="m-content">' + paras(BR2) + "</div></article>",
        headline=headline,
        authors=["Maria Eugênia"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T12:05:00+00:00",
        body=BR2,
    )


@pytest.mark.xfail(
    strict=True,
    reason="a byline \"<name> - <paper>\" whose paper's name is neither an organisation's word nor declared"
    ' (no og:site_name; "Ana Lúcia Gonçalves - Estado de Minas") names nobody: seven words, too many for'
    " a name;"
    " no general rule this round",
)
def test_estado_de_minas_hour_h_minute_and_the_desk_after_the_name() -> None:
    # Estado de Minas: "Ana Lúcia Gonçalves - Estado de Minas" and "04/12/2026 10:30 - atualizado em
    # 04/12/2026 12:05"
    headline = "Prefeitos cobram verba para estradas vicinais"
    check(
        "https://www.em.com.br/politica/2026/12/7012345-prefeitos-cobram-verba-para-estradas-vicinais.html",
        site="Estado de Minas",
        lang="pt-BR",
        title=f"{headline} - Estado de Minas",
        ld="",
        story=f'<article><h1 class="title">{headline}</h1><div class="author">Ana Lúcia Gonçalves -'
        f" Estado de Minas"
        '</div><div class="date">04/12/2026 10:30 - atualizado em 04/12/2026 12:05</div><div'
        ' class="article-body">' + paras(BR2) + "</div></article>",
        headline=headline,
        authors=["Ana Lúcia Gonçalves"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T12:05:00+00:00",
        body=BR2,
    )


# --- the Caucasus, Central Asia and the Pacific -----------------------------------------------------------
def test_azertac_agency_dateline_with_the_date_and_a_bracketed_time() -> None:
    # AZERTAC (Azerbaijan, English): "04.12.2026 [10:30]" and the text opening with "Baku, December 4,
    # AZERTAC"
    headline = "Government approves five-year agriculture programme"
    body = [f"Baku, December 4, AZERTAC {EAST[0]}", *EAST[1:]]
    check(
        "https://azertag.az/en/xeber/government_approves_five_year_agriculture_programme-3412345",
        site="AZERTAC",
        lang="en",
        title=f"{headline}",
        ld="",
        story=f'<div class="news-item"><h1 class="news-title">{headline}</h1><div'
        f' class="news-date">04.12.2026'
        ' [10:30]</div><div class="news-text">' + paras(body) + "</div></div>",
        headline=headline,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        body=body,
        dateline="Baku",
    )


def test_civil_ge_slashed_date_with_a_dash_before_the_time() -> None:
    # Civil.ge (Georgia, WordPress): "04/12/2026 - 10:30" and no byline (a newsroom story), JSON-LD naming the
    # publisher only
    headline = "Parliament passes 2027 state budget"
    check(
        "https://civil.ge/archives/712345",
        site="Civil.ge",
        lang="en-US",
        title=f"{headline} - Civil.ge",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="post-meta"><span'
        f' class="date">04/12/2026'
        ' - 10:30</span></div><div class="entry-content">' + paras(EAST) + "</div></article>",
        headline=headline,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        body=EAST,
    )


def test_kun_uz_uzbek_latin_time_before_the_dotted_date() -> None:
    # Kun.uz (Uzbekistan, Uzbek in Latin script): "10:30 / 04.12.2026" over the text, no byline
    headline = "Toshkentda 300 ta yangi avtobus xarid qilinadi"
    check(
        "https://kun.uz/news/2026/12/04/toshkentda-300-ta-yangi-avtobus-xarid-qilinadi",
        site="Kun.uz",
        lang="uz",
        title=f"{headline}",
        ld="",
        story=f'<div class="single-layout"><h1 class="single-header__title">{headline}</h1><div'
        ' class="single-header__meta"><span class="date">10:30 / 04.12.2026</span></div><div'
        ' class="single-content">' + paras(UZ) + "</div></div>",
        headline=headline,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        body=UZ,
    )


def test_24_kg_russian_author_label_with_the_place_and_a_two_digit_year() -> None:
    # 24.kg (Kyrgyzstan, Russian): "Автор: Анар Бекбасарова, Бишкек" and "04/12/26 10:30"
    headline = "Правительство утвердило программу развития сельского хозяйства"
    check(
        "https://24.kg/obschestvo/312345_pravitelstvo_utverdilo_programmu/",
        site="24.kg",
        lang="ru",
        title=f"{headline} - 24.kg",
        ld="",
        story=f'<div class="one"><h1>{headline}</h1><div class="cont"><div class="time">04/12/26'
        f" 10:30</div><div"
        ' class="author">Автор: Анар Бекбасарова, Бишкек</div>' + paras(RU_CA) + "</div></div>",
        headline=headline,
        authors=["Анар Бекбасарова"],
        published=f"{DEC4}T10:30:00+00:00",
        body=RU_CA,
    )


def test_asia_plus_russian_dotted_date_and_the_writer_in_the_text_end() -> None:
    # Asia-Plus (Tajikistan, Russian): "04.12.2026 10:30" and the author link "Мехрангез Турсунзода"
    headline = "В Таджикистане утвердили программу развития сельского хозяйства"
    check(
        "https://asiaplustj.info/ru/news/tajikistan/economic/20261204/v-tadzhikistane-utverdili-programmu",
        site="Asia-Plus",
        lang="ru",
        title=f"{headline} | Asia-Plus",
        ld="",
        story=f'<article><h1 class="title">{headline}</h1><div class="meta"><span class="date">04.12.2026'
        f" 10:30"
        '</span><a class="author" href="/ru/author/mehrangez">Мехрангез Турсунзода</a></div><div'
        ' class="body">' + paras(RU_CA) + "</div></article>",
        headline=headline,
        authors=["Мехрангез Турсунзода"],
        published=f"{DEC4}T10:30:00+00:00",
        body=RU_CA,
    )


def test_rnz_pacific_time_before_the_date_with_on_and_a_journalist_role() -> None:
    # RNZ Pacific: "Lydia Lewis, RNZ Pacific Journalist" and "4:30 pm on 4 December 2026" (the time first,
    # joined by "on")
    headline = "State of emergency declared after floods"
    check(
        "https://www.rnz.co.nz/international/pacific-news/581234/state-of-emergency-declared-after-floods",
        site="RNZ",
        lang="en",
        title=f"{headline} | RNZ News",
        ld="",
        story=f'<div class="article"><h1 class="article__heading">{headline}</h1><div'
        f' class="article__byline"><span'
        ' class="author-name">Lydia Lewis, RNZ Pacific Journalist</span></div><div'
        ' class="article__date"><span'
        ' class="updated">4:30 pm on 4 December 2026</span></div><div class="article__body">'
        + paras(PAC)
        + "</div></div>",
        headline=headline,
        authors=["Lydia Lewis"],
        published=f"{DEC4}T16:30:00+00:00",
        body=PAC,
    )


def test_fiji_times_weekday_month_day_year_after_the_name() -> None:
    # The Fiji Times (WordPress): "Felix Chaudhary" and "Thursday, December 04, 2026" in the meta row
    headline = "Relief supplies sent by boat to flood-hit villages"
    check(
        "https://www.fijitimes.com.fj/relief-supplies-sent-by-boat-to-flood-hit-villages/",
        site="The Fiji Times",
        lang="en-US",
        title=f"{headline} | The Fiji Times",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span'
        f' class="author">Felix'
        ' Chaudhary</span><span class="sep">|</span><span class="date">Thursday, December 04,'
        " 2026</span></div><div"
        ' class="entry-content">' + paras(PAC) + "</div></article>",
        headline=headline,
        authors=["Felix Chaudhary"],
        published=f"{DEC4}T00:00:00+00:00",
        body=PAC,
    )


def test_png_post_courier_capitals_byline_in_the_text() -> None:
    # PNG Post-Courier (WordPress): "By HARLYNE JOKU" as the text's first paragraph, the post date in a
    # <time datetime> (Port Moresby, UTC+10)
    headline = "Floods cut off villages in Morobe"
    check(
        "https://www.postcourier.com.pg/floods-cut-off-villages-in-morobe/",
        site="Post-Courier",
        lang="en-US",
        title=f"{headline} – Post Courier",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><time'
        f' class="entry-date'
        ' published" datetime="2026-12-04T10:30:00+10:00">December 4, 2026</time></div><div'
        ' class="entry-content">'
        "<p>By HARLYNE JOKU</p>" + paras(PAC) + "</div></article>",
        headline=headline,
        authors=["Harlyne Joku"],
        published=f"{DEC4}T10:30:00+10:00",
        body=PAC,
    )


# --- the rules this round added: a second publisher's page for each, and its traps ------------------------
def test_ethiopian_herald_ena_copy_with_the_slashed_year_inside_the_agency_dateline() -> None:
    # The Ethiopian Herald running ENA copy: "Addis Ababa, December 4/2026 (ENA) –" (the year after a slash,
    # then the agency's tag), the writer's name in the byline, no JSON-LD
    headline = "Parliament approves supplementary budget"
    body = [f"Addis Ababa, December 4/2026 (ENA) – {EAST[0]}", *EAST[1:]]
    check(
        "https://press.et/herald/?p=112345",
        site="The Ethiopian Herald",
        lang="en-US",
        title=f"{headline} – The Ethiopian Herald",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-meta"><span'
        f' class="author">By'
        ' Yohannes W/Mariam</span><time class="entry-date published"'
        ' datetime="2026-12-04T10:30:00+03:00">December'
        ' 4, 2026</time></div><div class="entry-content">' + paras(body) + "</div></article>",
        headline=headline,
        authors=["Yohannes W/Mariam"],
        published=f"{DEC4}T10:30:00+03:00",
        body=body,
        dateline="Addis Ababa",
    )


def test_the_reporter_ethiopia_own_story_with_the_slashed_year_dateline() -> None:
    # The Reporter (Ethiopia): its own story, "Addis Ababa, December 4/2026 – " and no agency
    body = [f"Addis Ababa, December 4/2026 – {EAST[0]}", *EAST[1:]]
    check(
        "https://www.thereporterethiopia.com/41234/",
        site="The Reporter",
        lang="en-US",
        title="Grid expansion plan unveiled | The Reporter Ethiopia",
        ld=article("Grid expansion plan unveiled", datePublished=f"{DEC4}T10:30:00+03:00"),
        story='<article><h1 class="entry-title">Grid expansion plan unveiled</h1><div class="entry-content">'
        + paras(body)
        + "</div></article>",
        headline="Grid expansion plan unveiled",
        authors=[],
        published=f"{DEC4}T10:30:00+03:00",
        body=body,
        dateline="Addis Ababa",
    )


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Accra, Dec. 4, GNA - The Bank", "Accra"),  # GNA's bare tag after the day
        ("Baku, December 4, AZERTAC The government", "Baku"),  # AZERTAC's
        ("Dakar, 4 déc (APS) – Le gouvernement", "Dakar"),  # a wire this round added, in brackets
        ("Rabat (MAP) - Le conseil", "Rabat"),
        ("Addis Abeba, December 4/2026 – The", "Addis Abeba"),
        # traps: the tag's name as a sentence's word, a place and a day with no tag or slashed year, a weekday
        ("Accra, Dec. 4, GNA officials said the talks would resume", None),
        ("Nairobi, December 4 – The talks resumed", None),
        ("Monday, Dec. 4, AP - x", None),
        ("Berlin (PL) - ein", None),  # not Prensa Latina's "PL": a country's code
    ],
)
def test_datelines_of_the_wires_this_round_added(opening: str, dateline: str | None) -> None:
    assert find_dateline(opening) == dateline


def test_el_khabar_algerian_month_name_in_the_date_line() -> None:
    # El Khabar (Algeria, Arabic): "كتب: <name>" and "04 جوان 2026 - 10:30" (جوان, Algeria's and Tunisia's
    # June, from the French), no metadata dates
    headline = "البرلمان يصادق على قانون المالية"
    check(
        "https://www.elkhabar.com/press/article/241234/البرلمان-يصادق",
        site="الخبر",
        lang="ar",
        title=f"{headline} - الخبر",
        ld="",
        story=f'<article><h1>{headline}</h1><div class="article-author">كتب: عمار سعيد</div><time>04 جوان'
        f" 2026 -"
        ' 10:30</time><div class="article-body">' + paras(AR_MA) + "</div></article>",
        headline=headline,
        authors=["عمار سعيد"],
        published="2026-06-04T10:30:00+00:00",
        body=AR_MA,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الاثنين 30 نونبر 2026 - 18:00", "2026-11-30T18:00:00+00:00"),  # Hibapress's Moroccan November
        ("04 جويلية 2026", "2026-07-04T00:00:00+00:00"),  # Algeria's July
        ("ماي 2026", None),  # a month's name without its day is no date
        ("04.12.2026 [10:30]", "2026-12-04T10:30:00+00:00"),  # AZERTAC
        ("04.12.2026 [1]", "2026-12-04T00:00:00+00:00"),  # a note's number in brackets is no time
        ("10:30 | 04.12.2026", "2026-12-04T10:30:00+00:00"),  # Gazeta.uz's bar
        ("10:30 / 04.12.2026", "2026-12-04T10:30:00+00:00"),  # Kun.uz's slash
    ],
)
def test_date_lines_this_round_reads(text: str, value: str | None) -> None:
    assert date_in_text(text) == value


def test_gazeta_uz_time_and_a_bar_before_the_dotted_date() -> None:
    # Gazeta.uz (Uzbekistan, Russian): "10:30 | 04.12.2026" over the text, the writer in an author link
    headline = "Правительство утвердило программу развития сельского хозяйства"
    check(
        "https://www.gazeta.uz/ru/2026/12/04/agriculture/",
        site="Gazeta.uz",
        lang="ru",
        title=f"{headline} – Газета.uz",
        ld="",
        story=f'<div class="articleContent"><h1 id="article_title">{headline}</h1><div'
        f' class="articleDateTime">10:30'
        ' | 04.12.2026</div><a class="author" href="/ru/author/anna/">Анна Ким</a><div'
        ' class="js-mediator-article">' + paras(RU_CA) + "</div></div>",
        headline=headline,
        authors=["Анна Ким"],
        published=f"{DEC4}T10:30:00+00:00",
        body=RU_CA,
    )


def test_the_star_kenya_wordpress_en_us_page_with_a_day_first_date() -> None:
    # The Star (Kenya, WordPress declaring en-US): "04/12/2026 10:30" in the byline row (day first, as every
    # Kenyan paper writes it)
    headline = "Treasury defends new fuel levy"
    check(
        "https://www.the-star.co.ke/news/2026-12-04-treasury-defends-new-fuel-levy",
        site="The Star",
        lang="en-US",
        title=f"{headline}",
        ld="",
        story=f'<article><h1 class="article-title">{headline}</h1><div class="article-meta"><span'
        f' class="author">By'
        ' Moses Odhiambo</span><span class="date">04/12/2026 10:30</span></div><div class="article-body">'
        + paras(KE)
        + "</div></article>",
        headline=headline,
        authors=["Moses Odhiambo"],
        published=f"{DEC4}T10:30:00+00:00",
        body=KE,
    )


def test_an_en_us_page_of_a_dot_com_host_keeps_the_month_first() -> None:
    # the trap: the same shape on a ".com" host in en-US reads "12/04/2026" as December 4, as before
    headline = "County approves new transit levy"
    check(
        "https://www.countyledger.com/news/county-approves-new-transit-levy",
        site="County Ledger",
        lang="en-US",
        title=f"{headline}",
        ld="",
        story=f'<article><h1 class="article-title">{headline}</h1><div class="article-meta"><span'
        f' class="author">By'
        ' Jane Porter</span><span class="date">12/04/2026 10:30</span></div><div class="article-body">'
        + paras(KE)
        + "</div></article>",
        headline=headline,
        authors=["Jane Porter"],
        published=f"{DEC4}T10:30:00+00:00",
        body=KE,
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Yoani Sánchez, La Habana", ["Yoani Sánchez"]),  # 14ymedio: a place of two words after an opener
        ("Juan Pérez, Santo Domingo", ["Juan Pérez"]),  # Listín Diario's
        ("Автор: Анар Бекбасарова, Бишкек", ["Анар Бекбасарова"]),  # 24.kg: a place in Cyrillic
        ("Мехрангез Турсунзода, Душанбе", ["Мехрангез Турсунзода"]),  # Asia-Plus's
        ("Lydia Lewis, RNZ Pacific Journalist", ["Lydia Lewis"]),  # RNZ: the outlet and "Journalist"
        ("Jane Doe, Freelance Journalist", ["Jane Doe"]),
        ("Jovan Johnson/Senior Gleaner Writer", ["Jovan Johnson"]),  # the Gleaner: a rank, the paper, a role
        ("Anna Ramdass/Senior Reporter", ["Anna Ramdass"]),  # the Trinidad Express's
        ("Mihret G/Kristos", ["Mihret G/Kristos"]),  # Addis Standard: an Ethiopian name's initial and slash
        ("By Yohannes W/Mariam", ["Yohannes W/Mariam"]),
        ("كتب- محمد نصار:", ["محمد نصار"]),  # Masrawy
        ("كتبت- سارة علي:", ["سارة علي"]),  # El Watan News
        # traps: two writers, a name in capitals with its role, a wire after a slash, a place before a colon
        ("Yoani Sánchez, Reinaldo Escobar", ["Yoani Sánchez", "Reinaldo Escobar"]),
        ("Анна Петрова, Иван Иванов", ["Анна Петрова", "Иван Иванов"]),
        ("JOSH BOAK Reporter", ["JOSH BOAK"]),
        ("Jack White Reporter", ["Jack White"]),
        ("Jane Doe/AP", ["Jane Doe", "AP"]),
        ("نيويورك: علي بردى", ["علي بردى"]),
        ("Author: Gàbor Muniér, Datum:", ["Gàbor Muniér"]),
    ],
)
def test_bylines_this_round_reads(byline: str, names: list[str]) -> None:
    assert clean_authors([cut_byline(byline)]) == names


def test_el_watan_news_katabat_dash_byline_before_the_arabic_indic_date() -> None:
    # El Watan News (Egypt): "كتبت- سارة علي:" over "٠٤ ديسمبر ٢٠٢٦ ١٠:٣٠ م" (م: after noon) in one block
    headline = "التعليم تحدد موعد امتحانات نصف العام"
    check(
        "https://www.elwatannews.com/news/details/7712345",
        site="الوطن",
        lang="ar",
        title=f"{headline} - الوطن",
        ld="",
        story=f'<article><h1>{headline}</h1><div class="news-info"><span class="writer">كتبت- سارة'
        f" علي:</span>"
        '<span class="date">٠٤ ديسمبر ٢٠٢٦ ١٠:٣٠ م</span></div><div class="main-news-body">'
        + paras(AR_EG)
        + "</div></article>",
        headline=headline,
        authors=["سارة علي"],
        published=f"{DEC4}T22:30:00+00:00",
        body=AR_EG,
    )


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("African News Agency (ANA)", True),  # IOL
        ("Kenya News Agency (KNA)", True),  # a Kenyan paper's KNA copy
        ("News Agency of Nigeria (NAN)", True),
        ("Agence France-Presse (AFP)", True),
        ("Algérie Presse Service (APS)", True),
        # traps: an institution's, a party's or a union's name and initials
        ("Independent Electoral Commission (IEC)", False),
        ("Democratic Alliance (DA)", False),
        ("Democratic Press Freedom Union (DPFU)", False),
        ("Kenya News Agency (AP)", False),  # initials that are not the name's
    ],
)
def test_a_news_agencys_name_and_initials_under_the_text_is_its_credit(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit
