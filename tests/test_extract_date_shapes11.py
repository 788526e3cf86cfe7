"""Publication and modification dates in shapes no earlier round probed (issue #10, session 10): dates in
other calendars and digits (the Thai Buddhist era, Japanese era years and full-width digits, the Taiwanese
Minguo (ROC) years, Arabic-Indic, Persian, Devanagari and Bengali digits, the Persian Solar Hijri calendar),
relative times ("3 hours ago"), update lines in six languages, a CMS's default date (1970, 0000), a
declared time without its zone beside a shown zone, a declared modification earlier than the declared
publication, dates in URLs beside other numbers, and dates of other stories or of events the story tells
of. No tune-half page shows these shapes and no host here is in any corpus, so every page is a small page
built by hand in the shape of the publisher its test names ("hand-built"), among the noise of a real page
(tests/test_extract_unseen_shapes4.py's `chrome`), and every field of the judged record is read (`expect`).

What the record holds is docs/record.md's contract: ISO 8601, the page's own offset kept, a text without
one read as UTC; never a date the page does not state (the crawl date, a relative time without a reference
time the page gives, a date of another calendar read as if it were Gregorian).
"""

from __future__ import annotations

import pytest

from newsarchive.dates import date_in_text, date_in_url
from tests.test_extract_unseen_shapes2 import ld, page
from tests.test_extract_unseen_shapes4 import DE, ES, FR, IT, JA, LONG, chrome, expect, paras, record

TH = [
    "คณะรัฐมนตรีมีมติเห็นชอบโครงการรถไฟความเร็วสูงสายใหม่ระหว่างกรุงเทพมหานครกับจังหวัดนครราชสีมา"
    " โดยมีงบประมาณรวมกว่าสองแสนล้านบาท",
    "กระทรวงคมนาคมระบุว่าการก่อสร้างจะเริ่มต้นในปีหน้า และคาดว่าจะแล้วเสร็จภายในระยะเวลาประมาณเจ็ดปี ตามแผนที่วางไว้",
    "ฝ่ายค้านวิจารณ์ว่าโครงการนี้ใช้งบประมาณสูงเกินไป และเรียกร้องให้รัฐบาลเปิดเผยรายละเอียดของสัญญาทั้งหมด ต่อสาธารณะ",
]
ZH_TW = [
    "行政院會今天通過高速鐵路延伸屏東計畫，總經費約新台幣八百億元，預計明年動工，最快十年後通車。",
    "交通部長表示，延伸路線全長約二十公里，將設置一座新車站，完工後台北到屏東最快不到兩小時。",
    "在野黨立委則批評計畫經費過高，要求政府定期公開工程進度與預算執行情形，並邀請地方參與規劃。",
]
AR = [
    "وافق مجلس الوزراء خلال اجتماعه الأسبوعي على خطة جديدة لتطوير شبكة السكك الحديدية في محافظات الصعيد"
    " بتكلفة تتجاوز عشرة مليارات جنيه.",
    "وقال وزير النقل إن أعمال التطوير ستبدأ مطلع العام المقبل وتستمر نحو خمس سنوات، مع الحفاظ على تشغيل"
    " القطارات خلال فترة التنفيذ.",
    "ورحب نواب البرلمان بالخطة، لكنهم طالبوا بنشر تقارير دورية عن نسب الإنجاز والتكاليف الفعلية للمشروع.",
]
FA = [
    "هیئت دولت در جلسه روز گذشته طرح توسعه خطوط مترو تهران را با اعتباری بیش از ده هزار میلیارد تومان"
    " تصویب کرد.",
    "وزیر راه و شهرسازی گفت عملیات اجرایی این طرح از بهار سال آینده آغاز میشود و حدود پنج سال به طول"
    " میانجامد.",
    "نمایندگان مجلس از این تصمیم استقبال کردند اما خواستار گزارشهای منظم درباره پیشرفت کار و هزینهها شدند.",
]
HI = [
    "केंद्र सरकार ने मंगलवार को राजधानी में नई मेट्रो लाइन के निर्माण को मंजूरी दे दी, जिस पर करीब दस हजार"
    " करोड़ रुपये खर्च होंगे।",
    "शहरी विकास मंत्री ने बताया कि निर्माण कार्य अगले साल की शुरुआत में शुरू होगा और लगभग पांच साल में पूरा होगा।",
    "विपक्षी दलों ने इस फैसले का स्वागत किया, लेकिन परियोजना की लागत और समय सीमा पर नियमित रिपोर्ट की मांग की।",
]
BN = [
    "সরকার মঙ্গলবার ঢাকায় নতুন একটি মেট্রোরেল লাইন নির্মাণের প্রকল্প অনুমোদন করেছে, যার ব্যয় ধরা হয়েছে প্রায় দশ হাজার কোটি টাকা।",
    "সড়ক পরিবহনমন্ত্রী জানান, আগামী বছরের শুরুতে নির্মাণকাজ শুরু হবে এবং প্রায় পাঁচ বছরের মধ্যে তা শেষ হবে।",
    "বিরোধী দলগুলো সিদ্ধান্তকে স্বাগত জানালেও প্রকল্পের ব্যয় ও অগ্রগতি নিয়ে নিয়মিত প্রতিবেদন প্রকাশের দাবি জানিয়েছে।",
]


def story(site: str, headline: str, meta_line: str, body: list[str], *, lang: str, head: str = "") -> str:
    """An article page: the headline, the story's meta line (date, byline) under it, the text, among the
    noise of a real page (English labels: the noise is not what these pages probe)."""
    before, after = chrome(site, lang if lang in ("en", "de", "fr", "it", "es", "ja") else "en")
    return page(
        f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
        f"<title>{headline} | {site}</title>{head}",
        f'{before}<main><article><h1 class="article-title">{headline}</h1>{meta_line}'
        f'<div class="article-body">{paras(body)}</div></article></main>{after}',
        lang=lang,
    )


# --- other calendars and other digits ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        # Thairath: the Buddhist era (2568 = 2025) with the abbreviated month, "น." after the time, and the
        # update line "อัปเดตล่าสุด" under it
        (
            '<div class="item-date">5 ธ.ค. 2568 10:32 น.</div>'
            '<div class="item-update">อัปเดตล่าสุด 5 ธ.ค. 2568 14:05 น.</div>',
            "2025-12-05T10:32:00+00:00",
            "2025-12-05T14:05:00+00:00",
        ),
        # Matichon: the full month name and "พ.ศ." before the year
        (
            '<div class="td-post-date">วันศุกร์ที่ 5 ธันวาคม พ.ศ. 2568 - 10:32 น.</div>',
            "2025-12-05T10:32:00+00:00",
            None,
        ),
        # Sanook: a two-digit Buddhist-era year after the month
        ('<span class="date">5 ธ.ค. 68 (10:32 น.)</span>', "2025-12-05T10:32:00+00:00", None),
    ],
)
def test_a_thai_buddhist_era_date_line(line: str, published: str, modified: str | None) -> None:
    headline = "ครม.เห็นชอบรถไฟความเร็วสูงสายใหม่"
    article = record(
        story("ไทยรัฐออนไลน์", headline, line, TH, lang="th"), "https://www.thairath.co.th/news/politic/2871234"
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published=published,
        modified=modified,
        section=None,
        language="th",
        body=TH,
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a prefectural paper's era year and the time in 時/分
        ('<p class="date">令和7年12月5日 10時30分</p>', "2025-12-05T10:30:00+00:00"),
        # Jiji: full-width digits and an ideographic space
        ('<p class="date">２０２５年１２月０５日　１０時３０分</p>', "2025-12-05T10:30:00+00:00"),
        # both: an era year in full-width digits, the weekday in brackets
        ('<p class="date">令和７年１２月５日（金）</p>', "2025-12-05T00:00:00+00:00"),
    ],
)
def test_japanese_era_years_and_full_width_digits(line: str, published: str) -> None:
    headline = "低所得世帯に３万円給付へ"
    article = record(
        story("時事ドットコム", headline, line, JA, lang="ja"),
        "https://www.jiji.com/jc/article?k=2025120500321",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published=published,
        modified=None,
        section=None,
        language="ja",
        body=JA,
        access="free",
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the Executive Yuan's press releases: the Minguo year (114 = 2025)
        ('<div class="date-info">發布日期：114年12月5日</div>', "2025-12-05T00:00:00+00:00"),
        # with the era's name and a time
        ('<div class="date-info">中華民國114年12月5日 10:30</div>', "2025-12-05T10:30:00+00:00"),
    ],
)
def test_a_taiwanese_minguo_year(line: str, published: str) -> None:
    headline = "高鐵延伸屏東計畫 行政院會通過"
    article = record(
        story("行政院", headline, line, ZH_TW, lang="zh-TW"),
        "https://www.ey.gov.tw/Page/9277F759E41CCD91/a1b2c3",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published=published,
        modified=None,
        section=None,
        language="zh-TW",
        body=ZH_TW,
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Al-Ahram: Arabic-Indic digits, the Egyptian month name
        ('<div class="date">الجمعة ٥ ديسمبر ٢٠٢٥ - ١٠:٣٠</div>', "2025-12-05T10:30:00+00:00"),
        # An-Nahar: the Levantine month name ("the first Kanun": December)
        ('<div class="date">٥ كانون الأول ٢٠٢٥</div>', "2025-12-05T00:00:00+00:00"),
    ],
)
def test_arabic_indic_digits_and_arabic_month_names(line: str, published: str) -> None:
    headline = "الحكومة توافق على خطة تطوير السكك الحديدية في الصعيد"
    article = record(
        story("الأهرام", headline, line, AR, lang="ar"), "https://gate.ahram.org.eg/News/5123456.aspx"
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published=published,
        modified=None,
        section=None,
        language="ar",
        body=AR,
    )


@pytest.mark.parametrize(
    ("line", "head", "published"),
    [
        # Hamshahri: Persian digits, the Solar Hijri day and month (14 Azar 1404 is 5 December 2025)
        ('<div class="news-date">جمعه ۱۴ آذر ۱۴۰۴ - ۱۰:۳۰</div>', "", "2025-12-05T10:30:00+00:00"),
        # ISNA: the Solar Hijri date in figures after its label
        ('<div class="meta-news">تاریخ انتشار: ۱۴۰۴/۰۹/۱۴ - ۱۰:۳۰</div>', "", "2025-12-05T10:30:00+00:00"),
        # the Gregorian time declared, the Solar Hijri day shown: the two agree, the declared one stands
        (
            '<div class="news-date">۱۴ آذر ۱۴۰۴ - ۱۰:۳۰</div>',
            '<meta property="article:published_time" content="2025-12-05T10:30:00+03:30">',
            "2025-12-05T10:30:00+03:30",
        ),
        # the first day of the year (1 Farvardin 1403 was 20 March 2024, a Gregorian leap year)
        ('<div class="news-date">۱ فروردین ۱۴۰۳</div>', "", "2024-03-20T00:00:00+00:00"),
    ],
)
def test_persian_digits_and_the_solar_hijri_calendar(line: str, head: str, published: str) -> None:
    headline = "طرح توسعه خطوط مترو تهران تصویب شد"
    article = record(
        story(
            "همشهری آنلاین",
            headline,
            line,
            FA,
            lang="fa",
            head=head + '<meta name="author" content="رضا احمدی">',
        ),
        "https://www.hamshahrionline.ir/news/951234/",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=["رضا احمدی"],
        published=published,
        modified=None,
        section=None,
        language="fa",
        body=FA,
    )


@pytest.mark.parametrize(
    ("site", "url", "lang", "headline", "author", "line", "body"),
    [
        # Amar Ujala's Hindi date line in Devanagari digits, the update label "अपडेटेड" in a span named for it
        (
            "अमर उजाला",
            "https://www.amarujala.com/delhi-ncr/new-metro-line-approved",
            "hi",
            "राजधानी में नई मेट्रो लाइन को मंजूरी",
            "राहुल शर्मा",
            '<div class="auth-detail">प्रकाशित: ५ दिसंबर २०२५, १०:३० <span class="updated">अपडेटेड: ५ दिसंबर'
            " २०२५, १४:१५</span></div>",
            HI,
        ),
        # Prothom Alo: "প্রকাশ" (published) and "আপডেট" (updated), Bengali digits
        (
            "প্রথম আলো",
            "https://www.prothomalo.com/bangladesh/a1b2c3d4e5",
            "bn",
            "ঢাকায় নতুন মেট্রোরেল লাইন অনুমোদন",
            "রাশেদ আহমেদ",
            '<div class="story-meta"><time>প্রকাশ: ০৫ ডিসেম্বর ২০২৫, ১০:৩০</time>'
            "<span>আপডেট: ০৫ ডিসেম্বর ২০২৫, ১৪:১৫</span></div>",
            BN,
        ),
    ],
)
def test_devanagari_and_bengali_date_lines(
    site: str, url: str, lang: str, headline: str, author: str, line: str, body: list[str]
) -> None:
    head = f'<meta name="author" content="{author}">'
    expect(
        record(story(site, headline, line, body, lang=lang, head=head), url),
        headline=headline,
        standfirst=None,
        authors=[author],
        published="2025-12-05T10:30:00+00:00",
        modified="2025-12-05T14:15:00+00:00",
        section=None,
        language=lang,
        body=body,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the last day of a Solar Hijri leap year (1403: 30 Esfand, 20 March 2025) and of a common one
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20T00:00:00+00:00"),
        ("۳۰ اسفند ۱۴۰۴", None),
        # a day the Persian month does not have (Mehr has 30)
        ("۳۱ مهر ۱۴۰۴", None),
        # Persian figures only: "1404/09/14" in Latin digits is as often a number of another kind
        ("1404/09/14", None),
        # no Minguo year before 1990 (79) nor one beside a Japanese era's name or kana
        ("民國78年12月5日", None),
        ("昭和114年12月5日", None),
        ("創業114年12月5日に記念式典", None),
    ],
)
def test_other_calendars_are_read_exactly_or_not_at_all(text: str, value: str | None) -> None:
    assert date_in_text(text) == value


# --- relative times -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "relative", "sentences"),
    [("en", "3 hours ago", LONG), ("de", "vor 2 Stunden", DE), ("fr", "il y a 3 heures", FR)],
)
def test_a_relative_time_without_a_reference_time_is_no_date(
    lang: str, relative: str, sentences: list[str]
) -> None:
    # a live-news theme's meta line shows only the time since publication: the page states no date, and the
    # crawl date minus three hours is none either
    headline = {
        "en": "Ferry strike called off",
        "de": "Fährstreik abgesagt",
        "fr": "La grève des ferries levée",
    }[lang]
    line = f'<div class="meta"><span class="published">{relative}</span></div>'
    article = record(
        story("Harbour Wire", headline, line, sentences, lang=lang),
        "https://www.harbourwire.example/news/ferry-strike",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published=None,
        modified=None,
        section=None,
        language=lang,
        body=sentences,
        access="free" if sentences is LONG else "unknown",
    )


@pytest.mark.parametrize(
    ("lang", "relative", "updated", "sentences"),
    [
        ("en", "3 hours ago", "Updated 1 hour ago", LONG),
        ("de", "vor 2 Stunden", "Aktualisiert vor 20 Minuten", DE),
        ("fr", "il y a 3 heures", "Mis à jour il y a 1 heure", FR),
    ],
)
def test_a_relative_time_over_its_machine_time_is_that_time(
    lang: str, relative: str, updated: str, sentences: list[str]
) -> None:
    # the relative text is the reader's, its <time datetime> the page's reference: the publication; a
    # relative update line says no time
    headline = {
        "en": "Ferry strike called off",
        "de": "Fährstreik abgesagt",
        "fr": "La grève des ferries levée",
    }[lang]
    line = (
        f'<div class="meta"><time datetime="2025-12-05T07:30:00+01:00">{relative}</time>'
        f' <span class="update">{updated}</span></div>'
    )
    article = record(
        story("Harbour Wire", headline, line, sentences, lang=lang),
        "https://www.harbourwire.example/news/ferry-strike",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published="2025-12-05T07:30:00+01:00",
        modified=None,
        section=None,
        language=lang,
        body=sentences,
        access="free" if sentences is LONG else "unknown",
    )


# --- update lines ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("host", "lang", "line", "published", "modified", "sentences"),
    [
        # Merkur (Ippen): the publication, then "Aktualisiert:" in a span of its own
        (
            "https://www.merkur.de/lokales/stadt-autofrei-93456789.html",
            "de",
            '<div class="id-DateTime">Erstellt: 05.12.2025, 10:30 Uhr <span class="id-DateTime-update">'
            "Aktualisiert: 05.12.2025, 14:15 Uhr</span></div>",
            "2025-12-05T10:30:00+00:00",
            "2025-12-05T14:15:00+00:00",
            DE,
        ),
        # La Dépêche: publication and update in one line
        (
            "https://www.ladepeche.fr/2025/12/05/renovation-des-ecoles-12345678.php",
            "fr",
            '<p class="article-date">Publié le 05/12/2025 à 10h30, mis à jour le 05/12/2025 à 14h15</p>',
            "2025-12-05T10:30:00+00:00",
            "2025-12-05T14:15:00+00:00",
            FR,
        ),
        # ABC (Spain): the update above the publication, its zone named
        (
            "https://www.abc.es/economia/plan-cercanias-20251205103000-nt.html",
            "es",
            '<div class="voc-author__time"><span class="updated">Actualizado: 05/12/2025 14:15h CET</span>'
            ' <time class="published">05/12/2025 10:30h CET</time></div>',
            "2025-12-05T10:30:00+01:00",
            "2025-12-05T14:15:00+01:00",
            ES,
        ),
        # The National (a Next.js theme's hashed class names): the update in a span of its own, named for
        # it, inside the publication's line
        (
            "https://www.thenationalnews.com/news/uae/2025/12/05/rail-link-clears-final-legal-hurdle/",
            "en",
            '<div class="sc-7f3a1b"><span>Published: Dec 05, 2025, 10:30 AM</span> <span class="updated">'
            "Updated: Dec 05, 2025, 2:15 PM</span></div>",
            "2025-12-05T10:30:00+00:00",
            "2025-12-05T14:15:00+00:00",
            LONG,
        ),
        # Il Sole 24 Ore: "Aggiornato il ... alle ..." after the day of publication
        (
            "https://www.ilsole24ore.com/art/centro-chiuso-auto-AHabc123",
            "it",
            '<p class="meta-date">5 dicembre 2025 · Aggiornato il 5 dicembre 2025 alle 14:15</p>',
            "2025-12-05T00:00:00+00:00",
            "2025-12-05T14:15:00+00:00",
            IT,
        ),
    ],
)
def test_an_update_line_gives_the_modification_not_the_publication(
    host: str, lang: str, line: str, published: str, modified: str, sentences: list[str]
) -> None:
    headline = {
        "en": "Rail link clears final legal hurdle",
        "de": "Innenstadt wird am Wochenende autofrei",
        "fr": "Un plan pour rénover les écoles",
        "es": "Un plan para renovar las cercanías",
        "it": "Centro storico chiuso alle auto",
    }[lang]
    article = record(story("Zeitung", headline, line, sentences, lang=lang), host)
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published=published,
        modified=modified,
        section=None,
        language=lang,
        body=sentences,
        access="free" if sentences is LONG else "unknown",
    )


def test_a_chinese_update_line() -> None:
    # Lianhe Zaobao: "发布/更新" with both times, the update after the slash
    headline = "高鐵延伸屏東計畫 行政院會通過"
    line = '<div class="story-postdate">发布 2025年12月5日 10:30 / 更新 2025年12月5日 14:15</div>'
    article = record(
        story("联合早报", headline, line, ZH_TW, lang="zh"),
        "https://www.zaobao.com.sg/news/china/story20251205-1234567",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published="2025-12-05T10:30:00+00:00",
        modified="2025-12-05T14:15:00+00:00",
        section=None,
        language="zh",
        body=ZH_TW,
    )


# --- what a CMS declares ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("published_ld", "modified_ld"),
    [
        # a WordPress schema plugin's epoch zero
        ("1970-01-01T00:00:00+00:00", "1970-01-01T00:00:00+00:00"),
        # Joomla's null date
        ("0000-00-00 00:00:00", "0000-00-00T00:00:00+00:00"),
    ],
)
def test_a_cms_default_date_gives_way_to_the_shown_date(published_ld: str, modified_ld: str) -> None:
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Innenstadt wird am Wochenende autofrei",
            "datePublished": published_ld,
            "dateModified": modified_ld,
            "author": {"@type": "Person", "name": "Jana Vogt"},
        }
    )
    line = (
        '<div class="article-info"><span class="createdby">Jana Vogt</span> <span class="published">5.'
        " Dezember 2025</span></div>"
    )
    article = record(
        story("Kreisbote", "Innenstadt wird am Wochenende autofrei", line, DE, lang="de", head=head),
        "https://www.kreisbote-online.example/lokales/innenstadt-autofrei",
    )
    expect(
        article,
        headline="Innenstadt wird am Wochenende autofrei",
        standfirst=None,
        authors=["Jana Vogt"],
        published="2025-12-05T00:00:00+00:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_a_declared_time_without_its_zone_takes_the_zone_the_page_shows() -> None:
    # Euractiv's shape: JSON-LD times without an offset, the date line in Central European Time
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Rail link clears final legal hurdle",
            "datePublished": "2025-12-05T10:30:00",
            "author": {"@type": "Person", "name": "Sam Reid"},
        }
    )
    line = (
        '<div class="ea-dateformat">By <a href="/authors/sam-reid/">Sam Reid</a> | 5 Dec 2025 10:30 CET</div>'
    )
    article = record(
        story("Euractiv", "Rail link clears final legal hurdle", line, LONG, lang="en", head=head),
        "https://www.euractiv.com/section/transport/news/rail-link-clears-final-legal-hurdle/",
    )
    expect(
        article,
        headline="Rail link clears final legal hurdle",
        standfirst=None,
        authors=["Sam Reid"],
        published="2025-12-05T10:30:00+01:00",
        modified=None,
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


def _republished_page(shown: str) -> str:
    # heizung.de's shape (a tune-half page of traf-eval): a guide republished by its CMS, the publication
    # tag a minute later than the modification tag, the day of first publication shown in the hero box
    head = (
        '<meta property="article:published_time" content="2025-11-17T10:33:13.258Z">'
        '<meta property="article:modified_time" content="2025-11-17T10:32:18.099Z">'
        '<meta name="author" content="Alexander Brandt">'
    )
    return story("Heizratgeber", "Eignet sich eine Wärmepumpe im Altbau?", shown, DE, lang="de", head=head)


@pytest.mark.xfail(
    strict=True,
    reason="a shown day earlier than a declared publication that is later than the declared modification "
    "(a re-save) won one tune page (heizung.de) and lost one page of the report half: not general enough",
)
def test_a_publication_tag_later_than_the_modification_tag_gives_way_to_the_shown_day() -> None:
    # the two tags are one re-save; the reader sees the first publication: that is the published date, and the
    # re-save, after it, the modification
    html = _republished_page(
        '<div class="page-hero__meta"><time datetime="2025-03-09" class="page-hero__meta-label">09.03.2025'
        "</time></div>"
    )
    expect(
        record(html, "https://www.heizratgeber.example/waermepumpe/wissen/altbau.html"),
        headline="Eignet sich eine Wärmepumpe im Altbau?",
        standfirst=None,
        authors=["Alexander Brandt"],
        published="2025-03-09T00:00:00+00:00",
        modified="2025-11-17T10:32:18+00:00",
        section=None,
        language="de",
        body=DE,
    )


def test_a_modification_tag_earlier_than_the_publication_is_none_without_a_shown_day() -> None:
    # (no day shown: the publication tag stands, and an earlier modification is no modification)
    expect(
        record(_republished_page(""), "https://www.heizratgeber.example/waermepumpe/wissen/altbau.html"),
        headline="Eignet sich eine Wärmepumpe im Altbau?",
        standfirst=None,
        authors=["Alexander Brandt"],
        published="2025-11-17T10:33:13+00:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_a_shown_date_that_is_the_declared_one_read_in_the_other_order_does_not_win() -> None:
    # motor.at's shape (a tune-half page of traf-eval): the two tags 14 seconds apart, the day shown month
    # first on a German-language page ("11/01/2025" for 1 November): no other day, the declared one stands
    head = (
        '<meta property="article:published_time" content="2025-11-01T05:00:14Z">'
        '<meta property="article:modified_time" content="2025-11-01T05:00:00Z">'
        '<meta name="author" content="Alexander Brandt">'
    )
    line = '<div class="article-header-intro">Zweirad 11/01/2025</div>'
    expect(
        record(
            story("Motorblatt", "Der Elektroroller im Test", line, DE, lang="de", head=head),
            "https://www.motorblatt.example/zweirad/elektroroller-im-test/401755605",
        ),
        headline="Der Elektroroller im Test",
        standfirst=None,
        authors=["Alexander Brandt"],
        published="2025-11-01T05:00:14+00:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


# --- URLs -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://www.newsday.example/2025/12/05/ferry-strike-called-off/", "2025-12-05T00:00:00+00:00"),
        ("https://www.newsday.example/news/2025-12-05/ferry-strike-called-off", "2025-12-05T00:00:00+00:00"),
        # a timestamp to the second (ABC's and many Spanish and Chinese CMSs' story ids): the day
        ("https://www.abc.es/economia/plan-cercanias-20251205103000-nt.html", "2025-12-05T00:00:00+00:00"),
        ("https://www.newsday.example/article/20251205123456/", "2025-12-05T00:00:00+00:00"),
        # ids that only start like a date: ten or twelve digits, or a month 13
        ("https://www.newsday.example/news/2025120512/ferry-strike", None),
        ("https://www.newsday.example/news/202512051234/ferry-strike", None),
        ("https://www.newsday.example/p/20251305/", None),
        # a timestamp whose time is none (hour 25)
        ("https://www.newsday.example/article/20251205253456/", None),
        # in the query: an id
        ("https://www.newsday.example/article?id=20251205", None),
        # an archived copy: the story's address is read, not the archive's capture time
        (
            "https://web.archive.org/web/20080731095558/http://www.newsday.example/2008/07/29/slug/",
            "2008-07-29T00:00:00+00:00",
        ),
        ("https://web.archive.org/web/20160526181643/http://www.newsday.example/orga-life/", None),
    ],
)
def test_dates_in_urls_beside_other_numbers(url: str, value: str | None) -> None:
    assert date_in_url(url) == value


def test_a_url_timestamp_dates_a_story_that_shows_no_date() -> None:
    headline = "Un plan para renovar las cercanías"
    article = record(
        story("ABC", headline, "", ES, lang="es"),
        "https://www.abc.es/economia/plan-cercanias-20251205103000-nt.html",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=[],
        published="2025-12-05T00:00:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES,
    )


# --- dates that are not the story's ------------------------------------------------------------------------
def test_a_related_articles_list_between_headline_and_text_lends_no_date() -> None:
    # a Jannah-themed WordPress news site: the "Related Articles" box right under the headline, each item
    # with its day; the story's own day in the post meta at its end
    headline = "Rail link clears final legal hurdle"
    related = (
        '<div class="related-posts-box"><h3>Related Articles</h3><ul>'
        '<li><a href="/2025/11/30/bus-fares-to-rise/">Bus fares to rise in April</a>'
        '<span class="post-meta">30 November 2025</span></li>'
        '<li><a href="/2025/11/28/harbour-dredging/">Harbour dredging plan approved</a>'
        '<span class="post-meta">28 November 2025</span></li></ul></div>'
    )
    before, after = chrome("Valley Times")
    html = page(
        f'<meta property="og:type" content="article"><title>{headline} | Valley Times</title>',
        f'{before}<main><article><h1 class="post-title">{headline}</h1>{related}<div class="entry-content">'
        f'{paras(LONG)}</div><div class="post-footer"><span class="date meta-item">Posted on 5 December 2025'
        f"</span></div></article></main>{after}",
    )
    expect(
        record(html, "https://www.valleytimes.example/rail-link-clears-final-legal-hurdle/"),
        headline=headline,
        standfirst=None,
        authors=[],
        published="2025-12-05T00:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=LONG,
        access="free",
    )


EVENT = [
    "The city's summer music festival, which ran on 12 May 2025 in the old harbour, drew more visitors than"
    " any year before, the organisers said on Friday.",
    "Next year's edition is planned for 16 May 2026, with a second stage on the pier and free entry for"
    " children under twelve.",
    *LONG[:4],
]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the story states no date: the festival's is not its date
        pytest.param(
            '<p class="byline">By Sam Reid</p>',
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the head of the story's first paragraph is read as a date line, and htmldate reads "
                "dates in the text: keeping a sentence's date out of both lost two pages of the report half",
            ),
        ),
        # its byline's date is
        ('<p class="byline">By Sam Reid, December 5, 2025</p>', "2025-12-05T00:00:00+00:00"),
    ],
)
def test_an_event_date_in_the_text_is_not_the_publication(line: str, published: str | None) -> None:
    headline = "Festival breaks attendance record"
    article = record(
        story("Harbour Post", headline, line, EVENT, lang="en"),
        "https://www.harbourpost2.example/festival-record",
    )
    expect(
        article,
        headline=headline,
        standfirst=None,
        authors=["Sam Reid"],
        published=published,
        modified=None,
        section=None,
        language="en",
        body=EVENT,
        access="free",
    )
