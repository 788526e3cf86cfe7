"""Page shapes of publishers in none of the corpora, tenth round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes9.py are the earlier ones): whole article pages of European papers the earlier
rounds left out: the Nordic countries (Aftenposten and VG on Schibsted's stack, Politiken, Berlingske,
Iltalehti, mbl.is), the Baltic states (ERR News, Postimees, LSM, LRT), the Balkans (N1 on WordPress, Politika
in Cyrillic, Index.hr, Jutarnji list, 24ur, Dnevnik, Digi24), Greece (Proto Thema), Turkey (Sözcü),
Portugal (Observador, Expresso), Belgium (HLN, Le Soir), Switzerland (Blick), Ireland's regional press (the
Irish Examiner, the Limerick Leader on Iconic Media's CMS), Ukraine (Suspilne) and Georgia (Netgazeti), and
advertorials labelled as the law or the trade of those countries asks. Local date lines and month names
(Croatian "prosinca", Turkish "Aralık", Portuguese "dez.", Bulgarian "дек", Georgian "დეკემბერი"), bylines
in the local language ("Af", "Autor:", "Piše", "Texto", "Reporter:"), two names joined by "og"/"i"/"e",
kickers, "Les også"/"Pročitajte još"/"Διαβάστε επίσης" boxes in the text, photo credits, support appeals,
"follow us" lines and paywalls. Each page sits among the noise of a real page (tests/test_extract_unseen_
shapes4.py's `chrome`, in the page's language where tests/test_extract_unseen_shapes6.py's `local_chrome`
has it). No host here is in any corpus and no tune-half page shows these shapes, so every page is a small
page built by hand in the shape of the CMS or publisher ("hand-built"), and every field of the judged
record is read (`expect`).
"""

from __future__ import annotations

import pytest

from newsarchive.exceptions import Sponsored
from newsarchive.extract import extract_article
from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes4 import DE, FR, LONG, NO, PT, chrome, expect, judged, paras, record
from tests.test_extract_unseen_shapes5 import DA, FI, NL
from tests.test_extract_unseen_shapes6 import EL, RO, TR, UK, article, local_chrome

#: four more Danish sentences: a story behind a client-side paywall is full-length (a short one reads as its
#: teaser)
DA_MORE = [
    "Broen bliver den længste i Danmark og skal både have fire spor til biler og en dobbeltsporet jernbane.",
    "Ifølge Vejdirektoratet vil rejsetiden mellem København og Odense blive forkortet med omkring et"
    " kvarter.",
    "Miljøorganisationer frygter, at byggeriet vil skade havmiljøet i Storebælt, og kræver en ny"
    " vurdering af projektet.",
    "Regeringen forventer at kunne præsentere en endelig plan for finansieringen inden sommerferien.",
]
IS = [
    "Ríkisstjórnin kynnti á þriðjudag áform um að byggja nýtt sjúkrahús á Akureyri fyrir þrjátíu milljarða"
    " króna.",
    "Að sögn heilbrigðisráðherra eiga framkvæmdir að hefjast á næsta ári og ljúka innan sex ára ef Alþingi"
    " samþykkir áætlunina.",
    "Stjórnarandstaðan gagnrýnir áformin og segir að peningunum væri betur varið í að stytta biðlista á"
    " núverandi sjúkrahúsum.",
]
ET = [
    "Valitsus kiitis neljapäeval heaks järgmise aasta riigieelarve eelnõu, mis näeb ette kaitsekulude"
    " olulise suurendamise.",
    "Rahandusministri sõnul tuleb lisaraha peamiselt käibemaksu tõstmisest ja riigiasutuste kulude"
    " kärpimisest.",
    "Opositsioon kritiseeris eelarvet ja leidis, et maksutõusud koormavad kõige rohkem väiksema"
    " sissetulekuga perekondi.",
]
LV = [
    "Saeima ceturtdien galīgajā lasījumā pieņēma nākamā gada valsts budžetu, kurā ievērojami palielināts"
    " aizsardzības finansējums.",
    "Finanšu ministrs norādīja, ka papildu līdzekļi tiks iegūti, samazinot valsts pārvaldes izdevumus un"
    " paaugstinot akcīzes nodokli.",
    "Opozīcija kritizēja budžetu, uzskatot, ka tas nepietiekami atbalsta reģionu attīstību un pašvaldību"
    " skolas.",
]
LT = [
    "Seimas ketvirtadienį priėmė kitų metų valstybės biudžetą, kuriame gerokai padidintas krašto apsaugos"
    " finansavimas.",
    "Finansų ministro teigimu, papildomos lėšos bus gautos didinant akcizus ir mažinant valstybės"
    " institucijų išlaidas.",
    "Opozicija kritikavo biudžetą ir teigė, kad jame per mažai dėmesio skiriama regionų ligoninėms ir"
    " mokykloms.",
]
SR = [
    "Vlada Srbije usvojila je u četvrtak predlog budžeta za narednu godinu, kojim se povećavaju plate u"
    " javnom sektoru.",
    "Prema rečima ministra finansija, deficit bi trebalo da ostane ispod tri odsto bruto domaćeg proizvoda.",
    "Opozicija je ocenila da budžet ne rešava probleme zdravstva i najavila da će glasati protiv predloga u"
    " skupštini.",
]
SR_CYRL = [
    "Влада Србије усвојила је у четвртак предлог буџета за наредну годину, којим се повећавају плате у"
    " јавном сектору.",
    "Према речима министра финансија, дефицит би требало да остане испод три одсто бруто домаћег производа.",
    "Опозиција је оценила да буџет не решава проблеме здравства и најавила да ће гласати против предлога у"
    " скупштини.",
]
HR = [
    "Vlada je u četvrtak na sjednici usvojila prijedlog državnog proračuna za iduću godinu s rekordnim"
    " rashodima.",
    "Ministar financija rekao je da će najveći dio novca ići za mirovine, zdravstvo i obnovu nakon potresa.",
    "Oporba tvrdi da proračun ne rješava problem inflacije te najavljuje amandmane u Hrvatskom saboru.",
]
SL = [
    "Vlada je v četrtek sprejela predlog proračuna za prihodnje leto, ki predvideva višje izdatke za"
    " zdravstvo in obrambo.",
    "Po besedah finančnega ministra naj bi primanjkljaj ostal pod tremi odstotki bruto domačega proizvoda.",
    "Opozicija je proračun označila za nerealen in napovedala, da bo v državnem zboru vložila vrsto"
    " dopolnil.",
]
BG = [
    "Народното събрание прие на първо четене в четвъртък бюджета за следващата година с по-високи разходи"
    " за отбрана.",
    "Според финансовия министър дефицитът ще остане под три процента от брутния вътрешен продукт.",
    "Опозицията разкритикува проектобюджета и настоя за повече средства за здравеопазване и образование.",
]
KA = [
    "საქართველოს პარლამენტმა ხუთშაბათს მესამე მოსმენით მიიღო მომავალი წლის სახელმწიფო ბიუჯეტი.",
    "ფინანსთა მინისტრის თქმით, დამატებითი სახსრები ძირითადად ინფრასტრუქტურულ პროექტებსა და განათლებას"
    " მოხმარდება.",
    "ოპოზიციამ ბიუჯეტი გააკრიტიკა და განაცხადა, რომ ის რეგიონების საჭიროებებს არ ითვალისწინებს.",
]


# --- the Nordic countries --------------------------------------------------------------------------------
def test_aftenposten_two_reporters_with_roles_and_a_subscriber_wall() -> None:
    # Aftenposten (Schibsted): the kicker, two reporters each with "Journalist" under the name, "Publisert:
    # 04.12.2026 10:30" and "Oppdatert:" lines, JSON-LD with isAccessibleForFree false, the first two
    # paragraphs and the "Denne artikkelen er for abonnenter" box with the offer
    before, after = chrome("Aftenposten", "no")
    html = page(
        '<meta property="og:type" content="article"><title>Regjeringen vil bygge ut Bergensbanen</title>'
        + article(
            "Regjeringen vil bygge ut Bergensbanen",
            datePublished="2026-12-04T10:30:00+01:00",
            dateModified="2026-12-04T12:05:00+01:00",
            author=[{"@type": "Person", "name": "Ola Nordmann"}, {"@type": "Person", "name": "Kari Hansen"}],
            isAccessibleForFree=False,
        ),
        before + '<main><article class="article"><header><div class="kicker">Samferdsel</div><h1'
        ' class="article-title">Regjeringen vil bygge ut Bergensbanen</h1><div class="bylines"><div'
        ' class="byline"><a href="/forfatter/ola-nordmann">Ola Nordmann</a><span class="byline-role">'
        'Journalist</span></div><div class="byline"><a href="/forfatter/kari-hansen">Kari Hansen</a><span'
        ' class="byline-role">Journalist</span></div></div><div class="timestamps"><span>Publisert:'
        " 04.12.2026 10:30</span><span>Oppdatert: 04.12.2026 12:05</span></div></header>"
        '<div class="article-body">'
        + paras(NO[:2])
        + '</div><div class="paywall-box"><h2>Denne artikkelen er for abonnenter</h2><p>Få tilgang til alt'
        ' innhold fra Aftenposten for 1 kr den første måneden.</p><a class="button" href="/kjop">Kjøp'
        ' abonnement</a><p>Allerede abonnent? <a href="/logginn">Logg inn</a></p></div></article></main>'
        + after,
        lang="nb",
    )
    expect(
        record(html, "https://www.aftenposten.no/norge/i/kwP9Qm/regjeringen-vil-bygge-ut-bergensbanen"),
        headline="Regjeringen vil bygge ut Bergensbanen",
        standfirst=None,
        authors=["Ola Nordmann", "Kari Hansen"],
        published="2026-12-04T10:30:00+01:00",
        modified="2026-12-04T12:05:00+01:00",
        section=None,
        language="nb",
        body=NO[:2],
        access="paywalled",
        truncated=True,
    )


def test_vg_time_element_in_utc_with_a_norwegian_date_and_read_also_links() -> None:
    # VG: no JSON-LD, the <time> in UTC ("...Z") shown as "4. desember 2026 kl. 10.30" (Oslo time), the
    # byline links,
    # a photo credit "Foto: ..." under the lead picture and "Les også:" link paragraphs in the text
    before, after = chrome("VG", "no")
    html = page(
        '<meta property="og:type" content="article"><title>Regjeringen vil bygge ut Bergensbanen – VG</title>'
        '<meta property="og:title" content="Regjeringen vil bygge ut Bergensbanen">',
        before + '<main><article><h1 data-test-tag="headline">Regjeringen vil bygge ut Bergensbanen</h1>'
        '<figure><img src="https://akamai.vgc.no/v2/images/abc.jpg" alt=""><figcaption>Toget på Finse.'
        ' <span class="credit">Foto: Ole Berg-Rusten / NTB</span></figcaption></figure><div class="byline">'
        '<a href="/forfatter/ola-nordmann">Ola Nordmann</a><time datetime="2026-12-04T09:30:00.000Z">'
        '4. desember 2026 kl. 10.30</time></div><div class="article-body">'
        + paras(NO[:2])
        + '<p><strong>Les også:</strong> <a href="/nyheter/i/Xy12ab/jernbane-forsinkelser">Nye forsinkelser'
        " på Vestlandet</a></p>" + paras(NO[2:]) + "</div></article></main>" + after,
        lang="nb",
    )
    expect(
        record(html, "https://www.vg.no/nyheter/i/Qa7Bx2/regjeringen-vil-bygge-ut-bergensbanen"),
        headline="Regjeringen vil bygge ut Bergensbanen",
        standfirst=None,
        authors=["Ola Nordmann"],
        # (the same instant as the <time>'s UTC, in the offset the page shows it in: fields/shown_zone.py)
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="nb",
        body=NO,
    )


def test_politiken_af_byline_danish_date_and_a_client_side_paywall() -> None:
    # Politiken: "Af <name>" in the byline, "4. dec. 2026 kl. 10.30" beside it, the section label over the
    # headline, JSON-LD declaring the text after the first two paragraphs not free with hasPart (the full
    # text served, hidden by script)
    before, after = chrome("Politiken")
    html = page(
        '<meta property="og:type" content="article"><title>Regeringen vil bygge ny bro over Storebælt |'
        " Politiken.dk</title>"
        + article(
            "Regeringen vil bygge ny bro over Storebælt",
            datePublished="2026-12-04T10:30:00+01:00",
            author={"@type": "Person", "name": "Mette Hansen"},
            articleSection="Indland",
            isAccessibleForFree=False,
            hasPart={
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".article__locked",
            },
        ),
        before + '<main><article><div class="article__section"><a href="/indland/">Indland</a></div><h1'
        ' class="article__title">Regeringen vil bygge ny bro over Storebælt</h1><p class="article__summary">'
        'Broen skal stå færdig i 2034, hvis Folketinget siger ja.</p><div class="article__byline">Af <a'
        ' href="/om_politiken/art123/mette-hansen">Mette Hansen</a><time'
        ' datetime="2026-12-04T10:30:00+01:00">4. dec. 2026 kl. 10.30</time></div><div class="article__body">'
        + paras(DA[:2])
        + '<div class="article__locked">'
        + paras(DA[2:] + DA_MORE)
        + "</div></div></article></main>"
        + after,
        lang="da",
    )
    expect(
        record(
            html, "https://politiken.dk/indland/art10123456/Regeringen-vil-bygge-ny-bro-over-Storeb%C3%A6lt"
        ),
        headline="Regeringen vil bygge ny bro over Storebælt",
        standfirst="Broen skal stå færdig i 2034, hvis Folketinget siger ja.",
        authors=["Mette Hansen"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section="Indland",
        language="da",
        body=DA + DA_MORE,
        access="paywalled",
    )


def test_berlingske_two_names_joined_by_og_and_a_weekday_date_line() -> None:
    # Berlingske: no JSON-LD, "Af Søren Jensen og Line Holm" (two names joined by the Danish "og"), "Fredag
    # 4. december 2026, 10:30" over the text and article:published_time, "Læs også" between paragraphs
    before, after = chrome("Berlingske")
    html = page(
        '<meta property="og:type" content="article"><title>Regeringen vil bygge ny bro over Storebælt -'
        ' Berlingske</title><meta property="article:published_time" content="2026-12-04T10:30:00+01:00">',
        before + '<main><article class="article"><h1 class="article-header__title">Regeringen vil bygge ny'
        ' bro over Storebælt</h1><div class="article-byline"><span class="article-byline__authors">Af <a'
        ' href="/profil/soeren-jensen">Søren Jensen</a> og <a href="/profil/line-holm">Line Holm</a></span>'
        '<span class="article-byline__date">Fredag 4. december 2026, 10:30</span></div><div'
        ' class="article-body">'
        + paras(DA[:2])
        + '<div class="related-inline"><span>Læs også</span><a href="/politik/art123">Minister: Broen bliver'
        " dyrere end ventet</a></div>" + paras(DA[2:]) + "</div></article></main>" + after,
        lang="da",
    )
    expect(
        record(html, "https://www.berlingske.dk/politik/regeringen-vil-bygge-ny-bro-over-storebaelt"),
        headline="Regeringen vil bygge ny bro over Storebælt",
        standfirst=None,
        authors=["Søren Jensen", "Line Holm"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="da",
        body=DA,
    )


def test_iltalehti_published_and_updated_lines_with_klo_and_read_also_links() -> None:
    # Iltalehti: "Julkaistu 4.12.2026 klo 10.30" and "Päivitetty 4.12.2026 klo 12.05" (Finnish dotted date
    # and "klo"), the time also in article:published_time, the author link, "Lue myös:" links in the text
    before, after = chrome("Iltalehti")
    html = page(
        '<meta property="og:type" content="article"><title>Helsinki sulkee keskustan autoilta | Iltalehti'
        '</title><meta property="article:published_time" content="2026-12-04T10:30:00+02:00">'
        '<meta property="article:modified_time" content="2026-12-04T12:05:00+02:00">',
        before + '<main><article><h1 class="article-headline">Helsinki sulkee keskustan autoilta</h1><div'
        ' class="article-info"><div class="author"><a href="/toimittajat/matti-virtanen">Matti Virtanen</a>'
        '</div><div class="date">Julkaistu 4.12.2026 klo 10.30</div><div class="date">Päivitetty 4.12.2026'
        ' klo 12.05</div></div><div class="article-body">'
        + paras(FI[:2])
        + '<p>Lue myös: <a href="/kotimaa/a/2026120312345">Kauppiaat vastustavat kävelykeskustaa</a></p>'
        + paras(FI[2:])
        + "</div></article></main>"
        + after,
        lang="fi",
    )
    expect(
        record(html, "https://www.iltalehti.fi/kotimaa/a/2026120412345"),
        headline="Helsinki sulkee keskustan autoilta",
        standfirst=None,
        authors=["Matti Virtanen"],
        published="2026-12-04T10:30:00+02:00",
        modified="2026-12-04T12:05:00+02:00",
        section=None,
        language="fi",
        body=FI,
    )


def test_mbl_author_with_email_icelandic_date_and_a_photo_credit() -> None:
    # mbl.is: "4.12.2026 kl. 10:30" (Iceland keeps UTC all year), the author with the address under it
    # ("jon@mbl.is"), a picture with its caption ("myndatexti") in a <div> beside it, credited "mbl.is/Eggert
    # Jóhannesson", "Fleiri fréttir" after the text
    before, after = chrome("mbl.is")
    html = page(
        '<meta property="og:type" content="article"><title>Nýtt sjúkrahús á Akureyri - mbl.is</title>'
        '<meta property="og:title" content="Nýtt sjúkrahús á Akureyri">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+00:00">',
        before + '<main><div class="main-layout"><h1 class="newsitem-fptitle">Nýtt sjúkrahús á Akureyri</h1>'
        '<div class="newsitem-bottom"><span class="newsitem-date">4.12.2026 kl. 10:30</span></div>'
        '<div class="newsitem-image"><img src="https://cdn.mbl.is/frimg/1/50/1.jpg" alt=""><div'
        ' class="myndatexti">Sjúkrahúsið á Akureyri. <span class="credit">mbl.is/Eggert'
        ' Jóhannesson</span></div></div><div class="newsitem-author"><span class="name">Jón Jónsson</span>'
        ' <a href="mailto:jon@mbl.is">jon@mbl.is</a></div><div class="newsitem-text">'
        + paras(IS)
        + '</div><div class="newsitem-more"><h3>Fleiri fréttir</h3><ul><li><a href="/frettir/innlent/2026/'
        '12/03/bidlistar_lengjast/">Biðlistar lengjast</a></li></ul></div></div></main>' + after,
        lang="is",
    )
    expect(
        record(html, "https://www.mbl.is/frettir/innlent/2026/12/04/nytt_sjukrahus_a_akureyri/"),
        headline="Nýtt sjúkrahús á Akureyri",
        standfirst=None,
        authors=["Jón Jónsson"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="is",
        body=IS,
    )


# --- the Baltic states -----------------------------------------------------------------------------------
ERR_LEAD = (
    "The government approved on Thursday a state budget bill that raises defence spending to five percent"
    " of GDP."
)


def test_err_news_author_on_top_and_editor_and_follow_lines_under_the_text() -> None:
    # ERR News (Estonian public broadcasting in English): the writer over the text, "04.12.2026 10:30" with
    # article:published_time in Estonian time, "Editor: <name>" and "Follow ERR News on Facebook and
    # Twitter and never miss an update!" under the text
    before, after = chrome("ERR News")
    html = page(
        '<meta property="og:type" content="article"><title>Government approves 2027 budget bill | News | ERR'
        '</title><meta property="og:title" content="Government approves 2027 budget bill">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+02:00">',
        before + '<main><article class="article"><h1>Government approves 2027 budget bill</h1><div'
        ' class="meta"><span class="author">Kristjan Kaljund</span><span class="date">04.12.2026 10:30'
        '</span></div><div class="lead"><p>'
        + ERR_LEAD
        + '</p></div><div class="text">'
        + paras(SENTENCES[:4])
        + "<p>Editor: Helen Wright</p><p><strong>Follow ERR News on <a"
        ' href="https://www.facebook.com/errnews">Facebook</a> and <a href="https://twitter.com/err_news">'
        "Twitter</a> and never miss an update!</strong></p></div></article></main>" + after,
    )
    expect(
        record(html, "https://news.err.ee/1609876543/government-approves-2027-budget-bill"),
        headline="Government approves 2027 budget bill",
        standfirst=None,
        authors=["Kristjan Kaljund"],
        published="2026-12-04T10:30:00+02:00",
        modified=None,
        section=None,
        language="en",
        # (a lead marked "lead" is the text's first paragraph: content/lead.py)
        body=[ERR_LEAD, *SENTENCES[:4]],
    )


def test_postimees_estonian_date_and_a_subscription_wall() -> None:
    # Postimees: JSON-LD with the author and isAccessibleForFree false, "4. detsember 2026, 10:30" shown,
    # the first two paragraphs and "Artikli lugemiseks telli Postimehe digipakett" with the offer
    before, after = chrome("Postimees")
    html = page(
        '<meta property="og:type" content="article"><title>Valitsus kiitis eelarve heaks | Postimees</title>'
        + article(
            "Valitsus kiitis eelarve heaks",
            datePublished="2026-12-04T10:30:00+02:00",
            author=[{"@type": "Person", "name": "Mari Tamm"}],
            isAccessibleForFree=False,
        ),
        before + '<main><article><h1 class="article__headline">Valitsus kiitis eelarve heaks</h1><div'
        ' class="article__meta"><span class="article__author">Mari Tamm</span><span class="article__date">'
        '4. detsember 2026, 10:30</span></div><div class="article-body">'
        + paras(ET[:2])
        + '</div><div class="paywall"><h3>Artikli lugemiseks telli Postimehe digipakett</h3><p>Esimene kuu'
        ' ainult 1 €.</p><a href="/tellimus">Telli</a><a href="/login">Logi sisse</a></div></article></main>'
        + after,
        lang="et",
    )
    expect(
        record(html, "https://www.postimees.ee/8123456/valitsus-kiitis-eelarve-heaks"),
        headline="Valitsus kiitis eelarve heaks",
        standfirst=None,
        authors=["Mari Tamm"],
        published="2026-12-04T10:30:00+02:00",
        modified=None,
        section=None,
        language="et",
        body=ET[:2],
        access="paywalled",
        truncated=True,
    )


def test_lsm_latvian_date_and_the_report_an_error_line() -> None:
    # LSM (Latvian public media): the author and "LSM.lv Ziņu redakcija", "4. decembris, 2026, 10:30",
    # article:published_time, and "Ja pamanīji kļūdu, iezīmē tekstu un spied Ctrl+Enter!" under the text
    before, after = chrome("LSM")
    html = page(
        '<meta property="og:type" content="article"><title>Saeima pieņem nākamā gada budžetu / Raksts</title>'
        '<meta property="og:title" content="Saeima pieņem nākamā gada budžetu">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+02:00">',
        before + '<main><article class="article"><h1 class="article__title">Saeima pieņem nākamā gada'
        ' budžetu</h1><div class="article__info"><span class="article__author">Anna Kalniņa (LSM.lv Ziņu'
        ' redakcija)</span><span class="article__date">4. decembris, 2026, 10:30</span></div><div'
        ' class="article__body">'
        + paras(LV)
        + '</div><p class="article__report">Ja pamanīji kļūdu, iezīmē tekstu un spied Ctrl+Enter!</p>'
        "</article></main>" + after,
        lang="lv",
    )
    expect(
        record(html, "https://www.lsm.lv/raksts/zinas/latvija/saeima-pienem-nakama-gada-budzetu.a612345/"),
        headline="Saeima pieņem nākamā gada budžetu",
        standfirst=None,
        authors=["Anna Kalniņa"],
        published="2026-12-04T10:30:00+02:00",
        modified=None,
        section=None,
        language="lv",
        body=LV,
    )


def test_lrt_byline_with_the_outlet_and_an_iso_like_date() -> None:
    # LRT: JSON-LD naming the broadcaster as author, the byline "Jūratė Petrauskienė, LRT.lt", "2026-12-04
    # 10:30" in the info line, a photo credit "BNS nuotr." and "Susiję" links after the text
    before, after = chrome("LRT")
    html = page(
        '<meta property="og:type" content="article"><title>Seimas priėmė kitų metų biudžetą | LRT</title>'
        + article(
            "Seimas priėmė kitų metų biudžetą",
            datePublished="2026-12-04T10:30:00+02:00",
            author={"@type": "Organization", "name": "LRT.lt"},
        ),
        before + '<main><article><h1 class="title-block__heading">Seimas priėmė kitų metų biudžetą</h1><div'
        ' class="article-info"><span class="info-block__text">Jūratė Petrauskienė, LRT.lt</span><span'
        ' class="info-block__text">2026-12-04 10:30</span></div><figure><img src="https://www.lrt.lt/img/1.jpg"'
        ' alt=""><figcaption>Seimo posėdis. BNS nuotr.</figcaption></figure><div class="article-content">'
        + paras(LT)
        + '</div><div class="related"><h3>Susiję</h3><a href="/naujienos/lietuvoje/2/2123456/">Seimas svarsto'
        " mokesčių pakeitimus</a></div></article></main>" + after,
        lang="lt",
    )
    expect(
        record(html, "https://www.lrt.lt/naujienos/lietuvoje/2/2123457/seimas-prieme-kitu-metu-biudzeta"),
        headline="Seimas priėmė kitų metų biudžetą",
        standfirst=None,
        authors=["Jūratė Petrauskienė"],
        published="2026-12-04T10:30:00+02:00",
        modified=None,
        section=None,
        language="lt",
        body=LT,
    )


# --- the Balkans -----------------------------------------------------------------------------------------
def test_n1_wordpress_yoast_graph_and_a_read_more_box_in_the_text() -> None:
    # N1 Srbija (WordPress, Yoast): the @graph with the Person, "04.12.2026. 10:30" (a dot after the year),
    # "Pročitajte još" box between paragraphs, "Izvor: N1" and the tags under the text
    before, after = chrome("N1 Info")
    base = "https://n1info.rs"
    url = f"{base}/vesti/vlada-usvojila-predlog-budzeta/"
    html = page(
        '<meta property="og:type" content="article"><title>Vlada usvojila predlog budžeta - N1 Info</title>'
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "NewsArticle",
                        "@id": f"{url}#article",
                        "headline": "Vlada usvojila predlog budžeta",
                        "datePublished": "2026-12-04T10:30:00+01:00",
                        "dateModified": "2026-12-04T11:15:00+01:00",
                        "author": {"@id": f"{base}/#/schema/person/9f1"},
                        "articleSection": ["Vesti"],
                    },
                    {"@type": "Person", "@id": f"{base}/#/schema/person/9f1", "name": "Jelena Marković"},
                ],
            }
        ),
        before + '<main><article><h1 class="entry-title">Vlada usvojila predlog budžeta</h1><div'
        ' class="post-meta"><span class="author">Autor: <a href="/autor/jelena-markovic/">Jelena Marković'
        '</a></span><span class="date">04.12.2026. 10:30</span></div><div class="entry-content">'
        + paras(SR[:2])
        + '<div class="read-more-box"><span>Pročitajte još:</span><a href="/vesti/skupstina-rasprava/">'
        "Skupština počinje raspravu o budžetu</a></div>"
        + paras(SR[2:])
        + '<p class="source">Izvor: N1</p></div><div class="tags"><a href="/tag/budzet/">budžet</a></div>'
        "</article></main>" + after,
        lang="sr-RS",
    )
    expect(
        record(html, url),
        headline="Vlada usvojila predlog budžeta",
        standfirst=None,
        authors=["Jelena Marković"],
        published="2026-12-04T10:30:00+01:00",
        modified="2026-12-04T11:15:00+01:00",
        section="Vesti",
        language="sr-RS",
        body=SR,
    )


def test_politika_cyrillic_byline_label_and_a_weekday_date_with_u() -> None:
    # Politika: Serbian in Cyrillic, "Аутор: <name>" and "четвртак, 04.12.2026. у 10:30" (the weekday and
    # "у" before the time), no JSON-LD, article:published_time, "Препоручујемо" links after the text
    before, after = chrome("Politika")
    html = page(
        '<meta property="og:type" content="article"><title>Влада усвојила предлог буџета - Политика</title>'
        '<meta property="og:title" content="Влада усвојила предлог буџета">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+01:00">',
        before + '<main><div class="article"><h1 class="h1">Влада усвојила предлог буџета</h1><div'
        ' class="article-meta"><span class="author">Аутор: <a href="/autor/123/milan-petrovic">Милан'
        ' Петровић</a></span><span class="date">четвртак, 04.12.2026. у 10:30</span></div><div'
        ' class="article-content">'
        + paras(SR_CYRL)
        + '</div><div class="recommended"><h3>Препоручујемо</h3><a href="/clanak/612345/">Скупштина почиње'
        " расправу о буџету</a></div></div></main>" + after,
        lang="sr",
    )
    expect(
        record(html, "https://www.politika.rs/scc/clanak/612346/vlada-usvojila-predlog-budzeta"),
        headline="Влада усвојила предлог буџета",
        standfirst=None,
        authors=["Милан Петровић"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="sr",
        body=SR_CYRL,
    )


def test_index_hr_author_label_and_photo_credit_pixsell() -> None:
    # Index.hr: JSON-LD with the dates and no author, "Autor: <name>" in the byline, the picture credited
    # "Foto: Pixsell", "Pročitajte više" links after the text
    before, after = chrome("Index.hr")
    html = page(
        '<meta property="og:type" content="article"><title>Vlada usvojila prijedlog proračuna - Index.hr'
        "</title>"
        + article(
            "Vlada usvojila prijedlog proračuna",
            datePublished="2026-12-04T10:30:00+01:00",
            dateModified="2026-12-04T10:42:00+01:00",
        ),
        before + '<main><article><div class="article-title-holder"><h1 class="title">Vlada usvojila'
        ' prijedlog proračuna</h1></div><div class="article-info"><div class="author-holder">Autor: <a'
        ' href="/autori/ivana-horvat">Ivana Horvat</a></div><div class="publish-date">4.12.2026. u 10:30'
        '</div></div><figure><img src="https://ip.index.hr/remote/1.jpg" alt=""><figcaption>Foto: Pixsell'
        '</figcaption></figure><div class="text">'
        + paras(HR)
        + '</div><div class="more-news"><h3>Pročitajte više</h3><a href="/vijesti/clanak/sabor/2612345.aspx">'
        "Sabor o proračunu idući tjedan</a></div></article></main>" + after,
        lang="hr",
    )
    expect(
        record(html, "https://www.index.hr/vijesti/clanak/vlada-usvojila-prijedlog-proracuna/2612346.aspx"),
        headline="Vlada usvojila prijedlog proračuna",
        standfirst=None,
        authors=["Ivana Horvat"],
        published="2026-12-04T10:30:00+01:00",
        modified="2026-12-04T10:42:00+01:00",
        section=None,
        language="hr",
        body=HR,
    )


def test_jutarnji_croatian_month_name_in_the_genitive() -> None:
    # Jutarnji list: no JSON-LD date, "Objavljeno: 04. prosinca 2026. 10:30" (Croatian months, in the
    # genitive: "prosinca" for December), the author link, "Piše:" before it
    before, after = chrome("Jutarnji list")
    html = page(
        '<meta property="og:type" content="article"><title>Vlada usvojila prijedlog proračuna</title>',
        before + '<main><article class="item"><h1 class="item__title">Vlada usvojila prijedlog proračuna</h1>'
        '<div class="item__author">Piše: <a href="/autori/marko-babic">Marko Babić</a></div><div'
        ' class="item__date">Objavljeno: 04. prosinca 2026. 10:30</div><div class="itemFullText">'
        + paras(HR)
        + "</div></article></main>"
        + after,
        lang="hr",
    )
    expect(
        record(html, "https://www.jutarnji.hr/vijesti/hrvatska/vlada-usvojila-prijedlog-proracuna-15612345"),
        headline="Vlada usvojila prijedlog proračuna",
        standfirst=None,
        authors=["Marko Babić"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="hr",
        body=HR,
    )


def test_24ur_spaced_dotted_date_and_a_read_also_box() -> None:
    # 24ur.com (POP TV): "Ljubljana, 04. 12. 2026 10.30" (spaces in the date, the place first), the author
    # initials-free byline "Nina Novak", JSON-LD in Central European time, "Preberi še" box in the text
    before, after = chrome("24ur.com")
    html = page(
        '<meta property="og:type" content="article"><title>Vlada sprejela predlog proračuna | 24ur.com'
        "</title>"
        + article(
            "Vlada sprejela predlog proračuna",
            datePublished="2026-12-04T10:30:00+01:00",
            author={"@type": "Person", "name": "Nina Novak"},
        ),
        before + '<main><div class="article"><h1 class="article__title">Vlada sprejela predlog proračuna</h1>'
        '<div class="article__info"><span class="article__place">Ljubljana, 04. 12. 2026 10.30</span><span'
        ' class="article__author">Nina Novak</span></div><div class="article__body">'
        + paras(SL[:2])
        + '<div class="article__related"><span>Preberi še</span><a'
        ' href="/novice/slovenija/dz-o-proracunu.html">DZ bo o proračunu razpravljal prihodnji teden</a>'
        "</div>" + paras(SL[2:]) + "</div></div></main>" + after,
        lang="sl",
    )
    expect(
        record(html, "https://www.24ur.com/novice/slovenija/vlada-sprejela-predlog-proracuna.html"),
        headline="Vlada sprejela predlog proračuna",
        standfirst=None,
        authors=["Nina Novak"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="sl",
        body=SL,
    )


def test_dnevnik_bulgarian_abbreviated_month_and_an_update_line() -> None:
    # Dnevnik (Bulgaria): "04 дек 2026, 10:30" and "Обновена: 04 дек 2026, 12:05", article:published_time
    # in Eastern European time, the author link, "Прочетете още" box after the text
    before, after = chrome("Dnevnik")
    html = page(
        '<meta property="og:type" content="article"><title>Парламентът прие бюджета на първо четене - Dnevnik'
        '</title><meta property="og:title" content="Парламентът прие бюджета на първо четене">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+02:00">',
        before + '<main><article><h1>Парламентът прие бюджета на първо четене</h1><div class="article-meta">'
        '<a class="author" href="/author/maria-ivanova">Мария Иванова</a><time class="date">04 дек 2026,'
        ' 10:30</time><span class="updated">Обновена: 04 дек 2026, 12:05</span></div>'
        '<div class="article-content">'
        + paras(BG)
        + '</div><div class="read-more"><h3>Прочетете още</h3><a href="/politika/2026/12/03/123/">Финансовият'
        " министър представи бюджета</a></div></article></main>" + after,
        lang="bg",
    )
    expect(
        record(html, "https://www.dnevnik.bg/politika/2026/12/04/4812345_parlamentut_prie_biudjeta/"),
        headline="Парламентът прие бюджета на първо четене",
        standfirst=None,
        authors=["Мария Иванова"],
        published="2026-12-04T10:30:00+02:00",
        modified="2026-12-04T12:05:00+02:00",
        section=None,
        language="bg",
        body=BG,
    )


def test_digi24_publication_and_update_labels_and_the_google_news_line() -> None:
    # Digi24: "Data publicării: 04.12.2026 10:30" and "Data actualizării: 04.12.2026 12:05", JSON-LD with
    # the editor as author, "Editor : <name>" over the text and "Urmărește știrile Digi24.ro și pe Google
    # News" under it
    before, after = local_chrome("Digi24", "ro")
    html = page(
        '<meta property="og:type" content="article"><title>Guvernul a aprobat pachetul fiscal | Digi24'
        "</title>"
        + article(
            "Guvernul a aprobat pachetul fiscal",
            datePublished="2026-12-04T10:30:00+02:00",
            dateModified="2026-12-04T12:05:00+02:00",
            author={"@type": "Person", "name": "Andrei Popescu"},
        ),
        before + '<main><article class="article"><h1 class="article-title">Guvernul a aprobat pachetul'
        ' fiscal</h1><div class="article-meta"><span>Data publicării: 04.12.2026 10:30</span><span>Data'
        ' actualizării: 04.12.2026 12:05</span></div><div class="author-meta">Editor : <a'
        ' href="/autor/andrei-popescu">Andrei Popescu</a></div><div class="entry data-app-meta">'
        + paras(RO)
        + '<p class="google-news"><a href="https://news.google.com/publications/digi24">Urmărește știrile'
        " Digi24.ro și pe Google News</a></p></div></article></main>" + after,
        lang="ro",
    )
    expect(
        record(html, "https://www.digi24.ro/stiri/economie/guvernul-a-aprobat-pachetul-fiscal-3012345"),
        headline="Guvernul a aprobat pachetul fiscal",
        standfirst=None,
        authors=["Andrei Popescu"],
        published="2026-12-04T10:30:00+02:00",
        modified="2026-12-04T12:05:00+02:00",
        section=None,
        language="ro",
        body=RO,
    )


# --- Greece and Turkey ----------------------------------------------------------------------------------
def test_proto_thema_bullet_date_line_and_a_read_also_box() -> None:
    # Proto Thema: the kicker "Πολιτική", "04.12.2026 • 10:30" (date and time around a bullet), JSON-LD in
    # Greek time, the author link, "Διαβάστε επίσης" box between paragraphs
    before, after = local_chrome("Πρώτο Θέμα", "el")
    html = page(
        '<meta property="og:type" content="article"><title>Νέο πρόγραμμα στήριξης για τα νοικοκυριά</title>'
        + article(
            "Νέο πρόγραμμα στήριξης για τα νοικοκυριά",
            datePublished="2026-12-04T10:30:00+02:00",
            author={"@type": "Person", "name": "Γιώργος Παπαδόπουλος"},
            articleSection="Πολιτική",
        ),
        before + '<main><article><div class="category"><a href="/politics/">Πολιτική</a></div><h1>Νέο'
        ' πρόγραμμα στήριξης για τα νοικοκυριά</h1><div class="article-info"><a class="author"'
        ' href="/author/papadopoulos/">Γιώργος Παπαδόπουλος</a><span class="date">04.12.2026 • 10:30</span>'
        '</div><div class="cnt">'
        + paras(EL[:2])
        + '<div class="read-also"><span>Διαβάστε επίσης</span><a href="/politics/ta-metra-12345/">Τα μέτρα'
        " για το ρεύμα</a></div>" + paras(EL[2:]) + "</div></article></main>" + after,
        lang="el",
    )
    expect(
        record(html, "https://www.protothema.gr/politics/article/1612345/neo-programma-stirixis/"),
        headline="Νέο πρόγραμμα στήριξης για τα νοικοκυριά",
        standfirst=None,
        authors=["Γιώργος Παπαδόπουλος"],
        published="2026-12-04T10:30:00+02:00",
        modified=None,
        section="Πολιτική",
        language="el",
        body=EL,
    )


def test_sozcu_entry_and_update_lines_and_a_related_news_box() -> None:
    # Sözcü: "Giriş: 04.12.2026 10:30" and "Güncelleme: 04.12.2026 12:05" (no zone, Turkey is UTC+3), JSON-LD
    # with both times, the author link, "İLGİLİ HABERLER" box in the text
    before, after = local_chrome("Sözcü", "tr")
    html = page(
        '<meta property="og:type" content="article"><title>Merkez Bankası faizi sabit tuttu - Sözcü'
        "</title>"
        + article(
            "Merkez Bankası faizi sabit tuttu",
            datePublished="2026-12-04T10:30:00+03:00",
            dateModified="2026-12-04T12:05:00+03:00",
            author={"@type": "Person", "name": "Ayşe Yılmaz"},
        ),
        before + '<main><article><h1 class="article-title">Merkez Bankası faizi sabit tuttu</h1><div'
        ' class="content-meta"><a class="author" href="/yazarlar/ayse-yilmaz/">Ayşe Yılmaz</a><span>Giriş:'
        " 04.12.2026 10:30</span><span>Güncelleme: 04.12.2026 12:05</span></div><div"
        ' class="article-body">'
        + paras(TR[:2])
        + '<div class="related-news"><h4>İLGİLİ HABERLER</h4><a href="/ekonomi/enflasyon-rakamlari/">'
        "Enflasyon rakamları açıklandı</a></div>" + paras(TR[2:]) + "</div></article></main>" + after,
        lang="tr",
    )
    expect(
        record(html, "https://www.sozcu.com.tr/merkez-bankasi-faizi-sabit-tuttu-p123456"),
        headline="Merkez Bankası faizi sabit tuttu",
        standfirst=None,
        authors=["Ayşe Yılmaz"],
        published="2026-12-04T10:30:00+03:00",
        modified="2026-12-04T12:05:00+03:00",
        section=None,
        language="tr",
        body=TR,
    )


# --- Portugal --------------------------------------------------------------------------------------------
def test_observador_texto_label_abbreviated_month_and_a_read_also_link() -> None:
    # Observador: "Texto" over the author's name, "4 dez. 2026, 10:30" (abbreviated month with a dot),
    # article:published_time, "Leia também" inside the text, "Partilhe" buttons
    before, after = chrome("Observador", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Governo aprova plano para renovar comboios urbanos'
        ' – Observador</title><meta property="og:title" content="Governo aprova plano para renovar comboios'
        ' urbanos"><meta property="article:published_time" content="2026-12-04T10:30:00+00:00">',
        before + '<main><article class="article"><h1 class="article-title">Governo aprova plano para'
        ' renovar comboios urbanos</h1><div class="article-authors"><span class="label">Texto</span><a'
        ' href="/perfil/ana-martins">Ana Martins</a></div><div class="article-date"><time>4 dez. 2026, 10:30'
        '</time></div><div class="article-body-content">'
        + paras(PT[:2])
        + '<p class="read-also">Leia também: <a href="/2026/12/03/sindicatos-ameacam-greve/">Sindicatos'
        " ameaçam greve nos comboios</a></p>" + paras(PT[2:]) + "</div></article></main>" + after,
        lang="pt-PT",
    )
    expect(
        record(html, "https://observador.pt/2026/12/04/governo-aprova-plano-para-renovar-comboios-urbanos/"),
        headline="Governo aprova plano para renovar comboios urbanos",
        standfirst=None,
        authors=["Ana Martins"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="pt-PT",
        body=PT,
    )


def test_expresso_two_writers_joined_by_e_and_a_full_month_name() -> None:
    # Expresso (Impresa): "Texto Rui Gustavo e Joana Ascensão" (two names joined by "e"), "04 dezembro 2026
    # 10:30", JSON-LD with both persons, the lead, a "Newsletter Expresso" box after the text
    before, after = chrome("Expresso", "pt")
    html = page(
        '<meta property="og:type" content="article"><title>Governo aprova plano para renovar comboios urbanos'
        "</title>"
        + article(
            "Governo aprova plano para renovar comboios urbanos",
            datePublished="2026-12-04T10:30:00Z",
            author=[
                {"@type": "Person", "name": "Rui Gustavo"},
                {"@type": "Person", "name": "Joana Ascensão"},
            ],
        ),
        before + '<main><article><h1 class="title">Governo aprova plano para renovar comboios urbanos</h1><p'
        ' class="lead">Dois mil milhões de euros para as linhas de Lisboa e do Porto até 2031.</p><div'
        ' class="authors"><span>Texto</span> <a href="/autores/rui-gustavo">Rui Gustavo</a> e <a'
        ' href="/autores/joana-ascensao">Joana Ascensão</a></div><div class="date">04 dezembro 2026 10:30'
        '</div><div class="full-article-body">'
        + paras(PT)
        + '</div><div class="newsletter-box"><h3>Newsletter Expresso</h3><p>Receba as notícias do dia no'
        " seu email.</p></div></article></main>" + after,
        lang="pt-PT",
    )
    expect(
        record(html, "https://expresso.pt/politica/2026-12-04-governo-aprova-plano-para-renovar-comboios"),
        headline="Governo aprova plano para renovar comboios urbanos",
        standfirst="Dois mil milhões de euros para as linhas de Lisboa e do Porto até 2031.",
        authors=["Rui Gustavo", "Joana Ascensão"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="pt-PT",
        body=PT,
    )


# --- Belgium and Switzerland -----------------------------------------------------------------------------
def test_hln_dpg_byline_with_date_and_a_read_also_box() -> None:
    # HLN (DPG Media): JSON-LD with the person, "Tom Peeters" and "04-12-26, 10:30" in the byline, the
    # intro in bold, "LEES OOK" box in the text
    before, after = chrome("HLN")
    html = page(
        '<meta property="og:type" content="article"><title>Regering schrapt verhoging van accijnzen | HLN'
        "</title>"
        + article(
            "Regering schrapt verhoging van accijnzen",
            datePublished="2026-12-04T10:30:00+01:00",
            author={"@type": "Person", "name": "Tom Peeters"},
        ),
        before + '<main><article><h1 class="article__title">Regering schrapt verhoging van accijnzen</h1>'
        '<div class="article__meta"><span class="author-info__name">Tom Peeters</span><time'
        ' class="article__time">04-12-26, 10:30</time></div><p class="article__intro">De verhoging van de'
        ' accijnzen op brandstof gaat niet door.</p><div class="article__body">'
        + paras(NL[:2])
        + '<div class="read-also"><h3>LEES OOK</h3><a href="/binnenland/benzine-duurder~a1234/">Benzine'
        " opnieuw duurder</a></div>" + paras(NL[2:]) + "</div></article></main>" + after,
        lang="nl-BE",
    )
    expect(
        record(html, "https://www.hln.be/binnenland/regering-schrapt-verhoging-van-accijnzen~a8f3c2d1/"),
        headline="Regering schrapt verhoging van accijnzen",
        standfirst=None,
        authors=["Tom Peeters"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="nl-BE",
        # (the intro is the text's first paragraph: content/lead.py)
        body=["De verhoging van de accijnzen op brandstof gaat niet door.", *NL],
    )


def test_le_soir_par_byline_slashed_date_and_a_subscribers_only_teaser() -> None:
    # Le Soir (Rossel): "Par Pierre Dupont", "Publié le 4/12/2026 à 10:30", JSON-LD not free, the chapô and
    # the first paragraphs, then "Cet article est réservé aux abonnés" with the offer
    before, after = chrome("Le Soir", "fr")
    html = page(
        '<meta property="og:type" content="article"><title>Le conseil adopte un plan de rénovation des écoles'
        " - Le Soir</title>"
        + article(
            "Le conseil adopte un plan de rénovation des écoles",
            datePublished="2026-12-04T10:30:00+01:00",
            author={"@type": "Person", "name": "Pierre Dupont"},
            isAccessibleForFree=False,
        ),
        before + '<main><article><h1 class="r-article--title">Le conseil adopte un plan de rénovation des'
        ' écoles</h1><div class="r-article--meta"><span class="r-article--author">Par Pierre Dupont</span>'
        '<span class="r-article--date">Publié le 4/12/2026 à 10:30</span></div><div class="r-article--body">'
        + paras(FR[:2])
        + '</div><div class="r-paywall"><p>Cet article est réservé aux abonnés</p><p>Découvrez nos offres à'
        ' partir de 1 € le premier mois.</p><a href="/abonnement">Je m\'abonne</a></div></article></main>'
        + after,
        lang="fr-BE",
    )
    expect(
        record(
            html, "https://www.lesoir.be/612345/article/2026-12-04/le-conseil-adopte-un-plan-de-renovation"
        ),
        headline="Le conseil adopte un plan de rénovation des écoles",
        standfirst=None,
        authors=["Pierre Dupont"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="fr-BE",
        body=FR[:2],
        access="paywalled",
        truncated=True,
    )


def test_blick_publiziert_um_uhr_lines_and_a_role_under_the_name() -> None:
    # Blick (Ringier): "Publiziert: 04.12.2026 um 10:30 Uhr" and "Aktualisiert: 04.12.2026 um 12:05 Uhr", the
    # author with "Redaktorin Politik" under the name, JSON-LD in Swiss time, Swiss spelling without ß
    before, after = chrome("Blick", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Stadtrat sperrt Innenstadt für Autos | Blick'
        "</title>"
        + article(
            "Stadtrat sperrt Innenstadt für Autos",
            datePublished="2026-12-04T10:30:00+01:00",
            dateModified="2026-12-04T12:05:00+01:00",
            author={"@type": "Person", "name": "Anna Meier"},
        ),
        before + '<main><article><h1><span class="kicker">Zürich</span><span class="title">Stadtrat sperrt'
        ' Innenstadt für Autos</span></h1><div class="article-dates"><span>Publiziert: 04.12.2026 um 10:30'
        ' Uhr</span><span>Aktualisiert: 04.12.2026 um 12:05 Uhr</span></div><div class="author"><a'
        ' href="/people/anna-meier">Anna Meier</a><span class="role">Redaktorin Politik</span></div><div'
        ' class="article-body">' + paras(DE) + "</div></article></main>" + after,
        lang="de-CH",
    )
    expect(
        record(
            html, "https://www.blick.ch/schweiz/zuerich/stadtrat-sperrt-innenstadt-fuer-autos-id21012345.html"
        ),
        headline="Stadtrat sperrt Innenstadt für Autos",
        standfirst=None,
        authors=["Anna Meier"],
        published="2026-12-04T10:30:00+01:00",
        modified="2026-12-04T12:05:00+01:00",
        section=None,
        language="de-CH",
        body=DE,
    )


# --- Ireland's regional press ----------------------------------------------------------------------------
def test_irish_examiner_weekday_date_with_dash_and_read_more_links() -> None:
    # Irish Examiner: "Thu, 04 Dec, 2026 - 10:30" (the day, a comma after the month, a dash before the time),
    # the author link, JSON-LD in Irish time, a "Read More" block with links between paragraphs
    before, after = chrome("Irish Examiner")
    html = page(
        '<meta property="og:type" content="article"><title>Cork rail link clears final hurdle | Irish'
        " Examiner</title>"
        + article(
            "Cork rail link clears final hurdle",
            datePublished="2026-12-04T10:30:00+00:00",
            author={"@type": "Person", "name": "Seán O'Riordan"},
        ),
        before + '<main><article><h1>Cork rail link clears final hurdle</h1><div class="byline"><a'
        ' href="/author/sean-oriordan">Seán O\'Riordan</a><span class="date">Thu, 04 Dec, 2026 - 10:30</span>'
        '</div><div class="ctx_content">'
        + paras(SENTENCES[:3])
        + '<div class="read-more-inline"><h3>Read More</h3><ul><li><a href="/news/arid-41712345.html">'
        "Landowners vow to fight compulsory purchase orders</a></li></ul></div>"
        + paras(SENTENCES[3:])
        + "</div></article></main>"
        + after,
        lang="en-IE",
    )
    expect(
        record(html, "https://www.irishexaminer.com/news/munster/arid-41712399.html"),
        headline="Cork rail link clears final hurdle",
        standfirst=None,
        authors=["Seán O'Riordan"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="en-IE",
        body=SENTENCES,
    )


def test_limerick_leader_reporter_label_and_an_email_line_under_the_text() -> None:
    # Limerick Leader (Iconic Media): "Reporter:" over the name, "04 Dec 2026 10:30 AM", no JSON-LD date,
    # article:published_time, "Email: <address>" under the reporter, the "Sign up to our newsletter" box
    before, after = chrome("Limerick Leader")
    html = page(
        '<meta property="og:type" content="article"><title>Council approves city centre plan - Limerick'
        ' Leader</title><meta property="og:title" content="Council approves city centre plan">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+00:00">',
        before + '<main><div class="article"><h1 class="article-title">Council approves city centre plan</h1>'
        '<div class="reporter-box"><div class="label">Reporter:</div><div class="name">Aoife Ryan</div>'
        '<div class="email">Email: <a href="mailto:aoife.ryan@limerickleader.ie">aoife.ryan@limerickleader.ie'
        '</a></div></div><div class="article-date">04 Dec 2026 10:30 AM</div><div class="article-body">'
        + paras(SENTENCES)
        + "</div></div></main>"
        + after,
        lang="en-IE",
    )
    expect(
        record(
            html, "https://www.limerickleader.ie/news/home/1812345/council-approves-city-centre-plan.html"
        ),
        headline="Council approves city centre plan",
        standfirst=None,
        authors=["Aoife Ryan"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="en-IE",
        body=SENTENCES,
    )


def test_connacht_tribune_summary_over_a_text_declared_not_free_as_a_whole() -> None:
    # Connacht Tribune (WordPress with a metered paywall): the summary in a <p> under the headline, the whole
    # text in the .entry-content JSON-LD declares not free (hasPart), served in the HTML and hidden by script;
    # the summary stays out of the body, where it is no paragraph of the text
    before, after = chrome("Connacht Tribune")
    html = page(
        '<meta property="og:type" content="article"><title>Galway rail link clears final hurdle - Connacht'
        " Tribune</title>"
        + article(
            "Galway rail link clears final hurdle",
            datePublished="2026-12-04T10:30:00+00:00",
            author={"@type": "Person", "name": "Dara Bradley"},
            isAccessibleForFree=False,
            hasPart={
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".entry-content",
            },
        ),
        before + '<main><article><h1 class="entry-title">Galway rail link clears final hurdle</h1><p'
        ' class="entry-summary">Supreme Court dismisses the landowners\' last appeal against the line.</p>'
        '<div class="entry-meta">By <a href="/author/dara-bradley/">Dara Bradley</a></div><div'
        ' class="entry-content">' + paras(LONG) + "</div></article></main>" + after,
        lang="en-IE",
    )
    expect(
        record(html, "https://connachttribune.ie/galway-rail-link-clears-final-hurdle/"),
        headline="Galway rail link clears final hurdle",
        standfirst="Supreme Court dismisses the landowners' last appeal against the line.",
        authors=["Dara Bradley"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="en-IE",
        body=LONG,
        access="paywalled",
    )


# --- Ukraine and Georgia ---------------------------------------------------------------------------------
def test_suspilne_photo_credit_read_also_and_a_telegram_line() -> None:
    # Suspilne (Ukrainian public broadcasting): JSON-LD in Kyiv time, "04 грудня 2026, 10:30" shown, the
    # picture credited "Фото: Суспільне", "Читайте також" between paragraphs and "Підписуйтесь на
    # Суспільне Новини в Telegram" under the text
    before, after = local_chrome("Суспільне", "uk")
    html = page(
        '<meta property="og:type" content="article"><title>Рада ухвалила держбюджет на наступний рік'
        " | Суспільне Новини</title>"
        + article(
            "Рада ухвалила держбюджет на наступний рік",
            datePublished="2026-12-04T10:30:00+02:00",
            author={"@type": "Person", "name": "Олена Мельник"},
        ),
        before + '<main><article><h1 class="c-article-header__title">Рада ухвалила держбюджет на наступний'
        ' рік</h1><div class="c-article-header__info"><time>04 грудня 2026, 10:30</time><a class="author"'
        ' href="/authors/olena-melnyk">Олена Мельник</a></div><figure><img src="https://cdn4.suspilne.media/'
        'images/1.jpg" alt=""><figcaption>Верховна Рада. Фото: Суспільне</figcaption></figure><div'
        ' class="c-article-content">'
        + paras(UK[:2])
        + '<p><strong>Читайте також:</strong> <a href="/12345-minfin-bjudzet/">Мінфін пояснив видатки'
        " бюджету</a></p>"
        + paras(UK[2:])
        + '<p><a href="https://t.me/suspilnenews">Підписуйтесь на Суспільне Новини в Telegram</a></p>'
        "</div></article></main>" + after,
        lang="uk",
    )
    expect(
        record(html, "https://suspilne.media/912345-rada-uhvalila-derzbudzet-na-nastupnij-rik/"),
        headline="Рада ухвалила держбюджет на наступний рік",
        standfirst=None,
        authors=["Олена Мельник"],
        published="2026-12-04T10:30:00+02:00",
        modified=None,
        section=None,
        language="uk",
        body=UK,
    )


def test_netgazeti_georgian_date_and_author() -> None:
    # Netgazeti: Georgian script, "4 დეკემბერი, 2026" shown, article:published_time in Tbilisi time
    # (+04:00), the author link, "ასევე წაიკითხეთ" (read also) links after the text
    before, after = chrome("Netgazeti")
    html = page(
        '<meta property="og:type" content="article"><title>პარლამენტმა ბიუჯეტი მიიღო – Netgazeti</title>'
        '<meta property="og:title" content="პარლამენტმა ბიუჯეტი მიიღო">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+04:00">',
        before + '<main><article><h1 class="entry-title">პარლამენტმა ბიუჯეტი მიიღო</h1><div class="meta">'
        '<a class="author" href="/author/nino-beridze/">ნინო ბერიძე</a><span class="date">4 დეკემბერი, 2026'
        '</span></div><div class="entry-content">'
        + paras(KA)
        + '</div><div class="related"><h3>ასევე წაიკითხეთ</h3><a href="/712345/">ფინანსთა მინისტრმა'
        " ბიუჯეტი წარადგინა</a></div></article></main>" + after,
        lang="ka",
    )
    expect(
        record(html, "https://netgazeti.ge/life/712346/"),
        headline="პარლამენტმა ბიუჯეტი მიიღო",
        standfirst=None,
        authors=["ნინო ბერიძე"],
        published="2026-12-04T10:30:00+04:00",
        modified=None,
        section=None,
        language="ka",
        body=KA,
    )


# --- advertorials labelled as the law or the trade of these countries asks ----------------------------------
@pytest.mark.parametrize(
    ("lang", "label", "url"),
    [
        ("fi", "Kaupallinen yhteistyö", "https://www.iltalehti.fi/kumppanit/a/2026120412399"),
        ("da", "Sponsoreret indhold", "https://www.berlingske.dk/annonce/smarte-maalere"),
        ("sl", "Oglasno sporočilo", "https://www.24ur.com/oglasno-sporocilo/pametni-stevci.html"),
        ("hr", "Sponzorirani članak", "https://www.index.hr/vijesti/clanak/pametna-brojila/2612399.aspx"),
        (
            "lt",
            "Užsakomasis turinys",
            "https://www.15min.lt/verslas/naujiena/ismanieji-skaitikliai-664-2123499",
        ),
        ("et", "Sisuturundus", "https://www.postimees.ee/8123499/nutikad-arvestid"),
    ],
)
def test_an_advertorial_label_over_the_headline_in_nordic_baltic_and_balkan_languages(
    lang: str, label: str, url: str
) -> None:
    # the label each country's papers set over a paid piece's headline, in the kicker's place
    html = page(
        '<meta property="og:type" content="article"><title>Ten ways smart meters save money</title>',
        f'<main><article><div class="article-label">{label}</div><h1>Ten ways smart meters save money</h1>'
        f'<div class="article-body">{paras(SENTENCES)}</div></article></main>',
        lang=lang,
    )
    article_ = extract_article(html.encode(), url, generic=True)
    assert article_.evidence.sponsored_markers
    with pytest.raises(Sponsored):
        judged(article_)


# --- dates shown only in the text, in the local language ---------------------------------------------------
def test_delfi_lt_year_first_lithuanian_date_with_m_and_d() -> None:
    # DELFI (Lithuania): no JSON-LD date and no meta time, "2026 m. gruodžio 4 d. 10:30" (the year with "m."
    # for metai, the month in the genitive, the day with "d." for diena), the author link, "Susiję" links
    before, after = chrome("DELFI")
    html = page(
        '<meta property="og:type" content="article"><title>Seimas priėmė kitų metų biudžetą - DELFI</title>',
        before + '<main><article><h1 class="headline-title">Seimas priėmė kitų metų biudžetą</h1><div'
        ' class="source-date"><a class="author" href="/autoriai/aiste-kazlauskaite">Aistė Kazlauskaitė</a>'
        '<div class="date">2026 m. gruodžio 4 d. 10:30</div></div><div class="article-body">'
        + paras(LT)
        + '</div><div class="related"><h3>Susiję</h3><a href="/verslas/mokesciai-123">Seimas svarsto'
        " mokesčių pakeitimus</a></div></article></main>" + after,
        lang="lt",
    )
    expect(
        record(html, "https://www.delfi.lt/verslas/seimas-prieme-kitu-metu-biudzeta-120012345"),
        headline="Seimas priėmė kitų metų biudžetą",
        standfirst=None,
        authors=["Aistė Kazlauskaitė"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="lt",
        body=LT,
    )


def test_bianet_turkish_month_name_shown_only() -> None:
    # bianet (Drupal): "4 Aralık 2026, 10:30" shown, no machine-readable date, "Ahmet Demir" in the byline
    # block, "İLGİLİ HABERLER" after the text
    before, after = local_chrome("bianet", "tr")
    html = page(
        '<meta property="og:type" content="article"><title>Merkez Bankası faizi sabit tuttu | Bianet</title>',
        before + '<main><article class="node node--type-article"><h1 class="page-title">Merkez Bankası faizi'
        ' sabit tuttu</h1><div class="node__meta"><span class="field--name-field-author">Ahmet Demir</span>'
        '<span class="field--name-created">4 Aralık 2026, 10:30</span></div><div class="field--name-body">'
        + paras(TR)
        + '</div><div class="related"><h3>İLGİLİ HABERLER</h3><a href="/ekonomi/123-enflasyon">Enflasyon'
        " rakamları açıklandı</a></div></article></main>" + after,
        lang="tr",
    )
    expect(
        record(html, "https://bianet.org/haber/merkez-bankasi-faizi-sabit-tuttu-312345"),
        headline="Merkez Bankası faizi sabit tuttu",
        standfirst=None,
        authors=["Ahmet Demir"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="tr",
        body=TR,
    )


def test_ukrinform_time_before_a_day_in_figures() -> None:
    # Ukrinform: "10:30, 04.12.2026" (the time before the day) in the info line, no JSON-LD date, the
    # author link, "Читайте також:" between the paragraphs, "Фото: Укрінформ" under the picture
    before, after = local_chrome("Укрінформ", "uk")
    html = page(
        '<meta property="og:type" content="article"><title>Рада ухвалила держбюджет на наступний рік</title>',
        before + '<main><article><h1 class="newsTitle">Рада ухвалила держбюджет на наступний рік</h1><div'
        ' class="newsMeta"><time>10:30, 04.12.2026</time><a class="newsAuthor" href="/author/petro-koval">'
        'Олена Шевченко</a></div><figure><img src="https://static.ukrinform.com/photos/1.jpg" alt="">'
        '<figcaption>Фото: Укрінформ</figcaption></figure><div class="newsText">'
        + paras(UK[:2])
        + '<p>Читайте також: <a href="/rubric-economy/3912345-minfin.html">Мінфін пояснив видатки</a></p>'
        + paras(UK[2:])
        + "</div></article></main>"
        + after,
        lang="uk",
    )
    expect(
        record(html, "https://www.ukrinform.ua/rubric-polytics/3912346-rada-uhvalila-derzbudzet.html"),
        headline="Рада ухвалила держбюджет на наступний рік",
        standfirst=None,
        authors=["Олена Шевченко"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="uk",
        body=UK,
    )


def test_efsyn_greek_weekday_and_genitive_month() -> None:
    # Efimerida ton Syntakton (Drupal): "Πέμπτη, 4 Δεκεμβρίου 2026 10:30" shown, no machine-readable date,
    # the author link in the byline, "Διαβάστε ακόμη" after the text
    before, after = local_chrome("ΕφΣυν", "el")
    html = page(
        '<meta property="og:type" content="article"><title>Νέο πρόγραμμα στήριξης για τα νοικοκυριά | ΕφΣυν'
        "</title>",
        before + '<main><article><h1 class="article__title">Νέο πρόγραμμα στήριξης για τα νοικοκυριά</h1><div'
        ' class="article__meta"><div class="article__author"><a href="/author/eleni-nikolaou">Ελένη'
        ' Νικολάου</a></div><time class="article__date">Πέμπτη, 4 Δεκεμβρίου 2026 10:30</time></div><div'
        ' class="article__body">'
        + paras(EL)
        + '</div><div class="read-more"><h3>Διαβάστε ακόμη</h3><a href="/oikonomia/123">Τα μέτρα για το'
        " ρεύμα</a></div></article></main>" + after,
        lang="el",
    )
    expect(
        record(html, "https://www.efsyn.gr/politiki/412345_neo-programma-stirixis"),
        headline="Νέο πρόγραμμα στήριξης για τα νοικοκυριά",
        standfirst=None,
        authors=["Ελένη Νικολάου"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="el",
        body=EL,
    )


def test_publika_georgian_date_with_time_shown_only() -> None:
    # Publika.ge: "4 დეკემბერი, 2026 10:30" shown, no machine-readable date, the author link
    before, after = chrome("Publika")
    html = page(
        '<meta property="og:type" content="article"><title>პარლამენტმა ბიუჯეტი მიიღო - Publika</title>',
        before + '<main><article><h1 class="post-title">პარლამენტმა ბიუჯეტი მიიღო</h1><div class="post-meta">'
        '<a class="author" href="/author/giorgi-kapanadze">გიორგი კაპანაძე</a><span class="date">4 დეკემბერი,'
        ' 2026 10:30</span></div><div class="post-content">' + paras(KA) + "</div></article></main>" + after,
        lang="ka",
    )
    expect(
        record(html, "https://publika.ge/parlamentma-biujeti-miigho/"),
        headline="პარლამენტმა ბიუჯეტი მიიღო",
        standfirst=None,
        authors=["გიორგი კაპანაძე"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="ka",
        body=KA,
    )


def test_de_standaard_om_before_the_time_and_van_onze_redacteur() -> None:
    # De Standaard (Mediahuis): "4 december 2026 om 10.30 uur" shown, article:published_time in Belgian
    # time, the byline "Pieter Janssens" with "Van onze redacteur" over it, "Lees ook" in the text
    before, after = chrome("De Standaard")
    html = page(
        '<meta property="og:type" content="article"><title>Regering schrapt verhoging van accijnzen | De'
        ' Standaard</title><meta property="article:published_time" content="2026-12-04T10:30:00+01:00">',
        before
        + '<main><article><h1 class="article__header">Regering schrapt verhoging van accijnzen</h1><div'
        ' class="article__meta"><p class="byline"><span class="byline__role">Van onze redacteur</span> <a'
        ' href="/auteur/pieter-janssens">Pieter Janssens</a></p><time>4 december 2026 om 10.30 uur</time>'
        "</div>"
        '<div class="article__body">'
        + paras(NL[:2])
        + '<p>Lees ook: <a href="/cnt/dmf20261203_12345">Benzine opnieuw duurder</a></p>'
        + paras(NL[2:])
        + "</div></article></main>"
        + after,
        lang="nl-BE",
    )
    expect(
        record(html, "https://www.standaard.be/cnt/dmf20261204_97123456"),
        headline="Regering schrapt verhoging van accijnzen",
        standfirst=None,
        authors=["Pieter Janssens"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section=None,
        language="nl-BE",
        body=NL,
    )


def test_ruv_icelandic_date_and_update_lines_shown_only() -> None:
    # RÚV: "4. desember 2026 kl. 10:30" and "Uppfært 4. desember 2026 kl. 12:05" shown, no machine-readable
    # date, the reporter's name over them
    before, after = chrome("RÚV")
    html = page(
        '<meta property="og:type" content="article"><title>Nýtt sjúkrahús á Akureyri - RÚV.is</title>'
        '<meta property="og:title" content="Nýtt sjúkrahús á Akureyri">',
        before + '<main><article><h1>Nýtt sjúkrahús á Akureyri</h1><div class="article-meta"><span'
        ' class="author">Anna Sigurðardóttir</span><span class="date">4. desember 2026 kl. 10:30</span>'
        '<span class="updated">Uppfært 4. desember 2026 kl. 12:05</span></div><div class="article-body">'
        + paras(IS)
        + "</div></article></main>"
        + after,
        lang="is",
    )
    expect(
        record(html, "https://www.ruv.is/frettir/innlent/2026-12-04-nytt-sjukrahus-a-akureyri-412345"),
        headline="Nýtt sjúkrahús á Akureyri",
        standfirst=None,
        authors=["Anna Sigurðardóttir"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T12:05:00+00:00",
        section=None,
        language="is",
        body=IS,
    )


def test_kurier_von_byline_comma_date_and_a_topline() -> None:
    # KURIER: JSON-LD in Vienna time, "von Maria Huber" (lower-case "von"), "04.12.2026, 10:30" shown, the
    # topic kicker over the headline, "Mehr zum Thema" links after the text
    before, after = chrome("KURIER", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Stadtrat sperrt Innenstadt für Autos | kurier.at'
        "</title>"
        + article(
            "Stadtrat sperrt Innenstadt für Autos",
            datePublished="2026-12-04T10:30:00+01:00",
            author={"@type": "Person", "name": "Maria Huber"},
            articleSection="Chronik",
        ),
        before + '<main><article><div class="article-header"><span class="topline">Verkehr</span><h1'
        ' class="article-header-title">Stadtrat sperrt Innenstadt für Autos</h1><div class="article-meta">'
        '<span class="author">von <a href="/author/maria-huber">Maria Huber</a></span><span class="date">'
        '04.12.2026, 10:30</span></div></div><div class="article-body">'
        + paras(DE)
        + '</div><div class="related"><h3>Mehr zum Thema</h3><a href="/chronik/wien/123">Bezirke wollen mehr'
        " Fußgängerzonen</a></div></article></main>" + after,
        lang="de-AT",
    )
    expect(
        record(html, "https://kurier.at/chronik/wien/stadtrat-sperrt-innenstadt-fuer-autos/403112345"),
        headline="Stadtrat sperrt Innenstadt für Autos",
        standfirst=None,
        authors=["Maria Huber"],
        published="2026-12-04T10:30:00+01:00",
        modified=None,
        section="Chronik",
        language="de-AT",
        body=DE,
    )
