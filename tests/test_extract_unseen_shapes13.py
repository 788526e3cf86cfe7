"""Page shapes of publishers in none of the corpora, thirteenth round (tests/test_extract_unseen_shapes.py
to tests/test_extract_unseen_shapes11.py are the earlier ones): whole article pages of (a) South Asia: Indian
papers in Hindi (Navbharat Times of the Times Group, Live Hindustan of HT Media, Aaj Tak), Marathi (Lokmat),
Bengali (Anandabazar Patrika), Tamil (Dinamalar), Malayalam (Mathrubhumi), Urdu (Inquilab) and Indian
English (NDTV with a PTI story, Mint, The Telegraph, Scroll), Pakistani (Jang, Geo News), Bangladeshi
(bdnews24's Bangla site, Dhaka Tribune), Sri Lankan (Daily Mirror) and Nepali (Kantipur: the Bikram Sambat
date) ones; (b) Korean papers and agencies (Dong-A Ilbo, Kyunghyang, News1, Maeil Business, Newsis,
OhmyNews: "기자" bylines, "입력", "수정", "등록" and "업데이트" lines, two-digit years); (c) Japanese
regional papers, magazines, syndication and blogs (Yahoo! News Japan's provider pages, Nishinippon,
Hokkaido Shimbun, Sponichi, Diamond Online, Qiita, Kyodo on 47NEWS); (d) the Middle East (Walla, Israel
Hayom, N12/Mako in Hebrew; BBC Persian and IRNA in Persian; Gulf News, Al Riyadh and Al Qabas). Date lines
in the local script, calendar and digits (Devanagari, Bengali, Persian and Arabic-Indic digits, Tamil and
Urdu month names, the Solar Hijri, Lunar Hijri and Bikram Sambat calendars, the Bengali clock mark "এএম"),
"Updated" lines, agency bylines (PTI, Kyodo, News1), the trailing lines of syndicated or promoted copy
(NDTV's syndicated-feed note, Mint's app promotion, Mathrubhumi's "Content Highlights"), related-link
rails, newsletter boxes and photo credits. Each page sits among the noise of a real page
(tests/test_extract_unseen_shapes4.py's `chrome`, in the page's language where
tests/test_extract_unseen_shapes6.py's `local_chrome` has it). No host here is in any corpus and no
tune-half page shows these shapes, so every page is a small page built by hand in the shape of the
publisher ("hand-built"), and every field of the judged record is read (`expect`). A probe whose defect
found no general fix this round is marked xfail (strict) with the defect as its reason.
"""

from __future__ import annotations

import pytest

from tests.test_extract_script_shapes11 import story_page
from tests.test_extract_unseen_shapes2 import SENTENCES
from tests.test_extract_unseen_shapes4 import JA, expect, paras, record
from tests.test_extract_unseen_shapes5 import KO
from tests.test_extract_unseen_shapes6 import AR, AR2, BN, FA, HE, HE2, HI, article, rtl

TA = [
    "தமிழக அரசு வியாழக்கிழமை விவசாயிகளுக்கான புதிய பயிர்க் காப்பீட்டுத் திட்டத்தை அறிவித்தது.",
    "இந்தத் திட்டத்தின் மூலம் மாநிலம் முழுவதும் சுமார் ஐந்து லட்சம் விவசாயிகள் பயன்பெறுவார்கள் என்று அமைச்சர் தெரிவித்தார்.",
    "எதிர்க்கட்சிகள் இந்தத் திட்டம் போதுமானதல்ல என்று விமர்சனம் செய்துள்ளன.",
]
MR = [
    "राज्य सरकारने गुरुवारी शेतकऱ्यांसाठी नवीन पीक विमा योजना जाहीर केली.",
    "या योजनेचा राज्यातील सुमारे पंधरा लाख शेतकऱ्यांना थेट फायदा होईल, असे कृषिमंत्र्यांनी सांगितले.",
    "विरोधकांनी मात्र ही योजना अपुरी असल्याची टीका केली आहे.",
]
ML = [
    "സംസ്ഥാനത്തെ സർക്കാർ സ്കൂളുകളിൽ അടുത്ത അധ്യയന വർഷം മുതൽ പുതിയ പാഠ്യപദ്ധതി നടപ്പാക്കുമെന്ന് വിദ്യാഭ്യാസ മന്ത്രി അറിയിച്ചു.",
    "പുതിയ പാഠപുസ്തകങ്ങളുടെ അച്ചടി ജനുവരിയിൽ ആരംഭിക്കുമെന്നും ഇതിനായി പ്രത്യേക സമിതിയെ നിയോഗിച്ചതായും മന്ത്രി വ്യക്തമാക്കി.",
    "അധ്യാപകർക്കുള്ള പരിശീലനം വേനലവധിക്കാലത്ത് പൂർത്തിയാക്കുമെന്നും മന്ത്രി പറഞ്ഞു.",
]
UR = [
    "وفاقی حکومت نے جمعرات کو آئندہ مالی سال کے لیے ترقیاتی بجٹ میں اضافے کی منظوری دے دی۔",
    "وزیر خزانہ کے مطابق اس اضافے سے ملک بھر میں بنیادی ڈھانچے کے منصوبوں پر کام تیز ہو جائے گا۔",
    "اپوزیشن جماعتوں نے فیصلے پر تنقید کرتے ہوئے کہا کہ اس سے مہنگائی میں مزید اضافہ ہوگا۔",
]
UR_IN = [
    "ممبئی میونسپل کارپوریشن نے جمعرات کو شہر میں پانی کی فراہمی کے نئے منصوبے کا اعلان کیا۔",
    "کمشنر کے مطابق اس منصوبے سے مضافاتی علاقوں میں پانی کی قلت آئندہ دو برسوں میں دور ہو جائے گی۔",
    "مقامی شہریوں اور سماجی تنظیموں نے اس فیصلے کا خیرمقدم کیا ہے۔",
]
NE = [
    "सरकारले बिहीबार आगामी आर्थिक वर्षको बजेटमा पूर्वाधार विकासका लागि थप रकम विनियोजन गर्ने निर्णय गरेको छ।",
    "अर्थमन्त्रीका अनुसार यस निर्णयले देशभरका सडक तथा जलविद्युत आयोजनाको काममा तीव्रता ल्याउनेछ।",
    "प्रमुख प्रतिपक्षी दलले भने सरकारको निर्णयको आलोचना गरेको छ।",
]
HI2 = [
    "केंद्र सरकार ने गुरुवार को रेलवे के लिए बारह हजार करोड़ रुपये के नए पैकेज को मंजूरी दी है।",
    "रेल मंत्री ने कहा कि इस राशि से देश भर में पांच सौ स्टेशनों का आधुनिकीकरण किया जाएगा।",
    "विपक्ष ने सवाल उठाया कि पिछले बजट में घोषित परियोजनाएं अब तक अधूरी क्यों हैं।",
]
KO2 = [
    "한국은행이 기준금리를 연 3.0%로 동결했다고 4일 밝혔다.",
    "한은은 물가 상승세가 둔화하고 있지만 가계부채 증가세를 고려해 금리를 유지했다고 설명했다.",
    "시장에서는 내년 상반기 중 금리 인하가 시작될 것이라는 전망이 우세하다.",
]
JA2 = [
    "京都市は４日、市バスの運賃を来年４月から２０円値上げすると発表した。",
    "燃料費や人件費の上昇で赤字が拡大しており、運賃の値上げは２８年ぶりとなる。",
    "市民団体は高齢者や通学する子どもの家庭の負担が増えるとして、計画の見直しを求めている。",
]
FA2 = [
    "سازمان ملل متحد روز پنجشنبه اعلام کرد که شمار آوارگان در جهان به رکورد تازه‌ای رسیده است.",
    "به گفته این سازمان، جنگ‌ها و تغییرات اقلیمی دلیل اصلی افزایش آوارگی در سال جاری بوده‌اند.",
    "کمیساریای عالی پناهندگان از کشورهای ثروتمند خواست کمک‌های مالی خود را افزایش دهند.",
]
DEC4 = "2026-12-04"


# --- (a) South Asia: India ---
def test_navbharat_times_edited_by_line_with_the_site_and_an_updated_time() -> None:
    # Navbharat Times (Times Internet's CMS, Hindi): the JSON-LD with both times in IST, the byline row
    # "Edited by <a>name</a> | नवभारतटाइम्स.कॉम | Updated: 4 Dec 2026, 11:45 am", a "पढ़ें:" (read) link line
    # between the paragraphs and the "अगला लेख" (next article) teaser after the text
    headline = "रेलवे के लिए 12 हजार करोड़ के पैकेज को मंजूरी"
    html = story_page(
        site="नवभारत टाइम्स",
        lang="hi",
        local="hi",
        title=f"{headline} - Navbharat Times",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+05:30",
            dateModified=f"{DEC4}T11:45:00+05:30",
            author=[{"@type": "Person", "name": "प्रशांत कुमार"}],
            inLanguage="hi",
        ),
        story=f'<div class="story-article"><h1>{headline}</h1><div class="news_card_source"><span'
        ' class="time_cptn">Edited by <a href="/author/prashant-kumar/12345">प्रशांत कुमार</a> |'
        " नवभारतटाइम्स.कॉम | Updated: 4 Dec 2026, 11:45 am</span></div><div"
        ' class="story-content"><div class="article-txt">'
        + paras(HI2[:2])
        + '<p><strong>पढ़ें:</strong> <a href="/india/railway-fare-hike/articleshow/125120001.cms">क्या'
        " फिर बढ़ेगा रेल किराया?</a></p>"
        + paras(HI2[2:])
        + '</div></div><div class="next-article"><span>अगला लेख</span><a'
        ' href="/india/metro-phase-four/articleshow/125120222.cms">मेट्रो के चौथे चरण का काम शुरू</a></div>'
        "</div>",
    )
    expect(
        record(html, "https://navbharattimes.indiatimes.com/india/railway-package/articleshow/125123456.cms"),
        headline=headline,
        standfirst=None,
        authors=["प्रशांत कुमार"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=f"{DEC4}T11:45:00+05:30",
        section=None,
        language="hi",
        body=HI2,
    )


def test_live_hindustan_english_weekday_date_and_last_modified_line_without_json_ld_dates() -> None:
    # Live Hindustan (HT Media, Hindi): no dates in its JSON-LD, the author's link and the desk with its
    # place ("लाइव हिन्दुस्तान, भोपाल"), "Fri, 04 Dec 2026 10:30 AM" and "Last Modified: Fri, 04 Dec 2026
    # 11:45 AM" in English beside the Hindi text, a "हमें फॉलो करें" (follow us) button
    headline = "किसानों के लिए नई सिंचाई योजना, 10 लाख को होगा फायदा"
    html = story_page(
        site="लाइव हिन्दुस्तान",
        lang="hi",
        local="hi",
        title=f"{headline} - Live Hindustan",
        ld=article(headline, author={"@type": "Person", "name": "प्रियंका शर्मा"}, inLanguage="hi"),
        story=f'<div class="detail-page"><h1>{headline}</h1><div class="author-dtl"><a'
        ' href="/author/priyanka-sharma">प्रियंका शर्मा</a> <span>लाइव हिन्दुस्तान, भोपाल</span></div><div'
        ' class="time-dt"><span>Fri, 04 Dec 2026 10:30 AM</span><span class="last-mod">Last Modified: Fri, 04'
        ' Dec 2026 11:45 AM</span></div><button class="follow-btn">हमें फॉलो करें</button><div'
        ' class="story-content">' + paras(HI) + "</div></div>",
    )
    expect(
        record(
            html,
            "https://www.livehindustan.com/madhya-pradesh/story-new-irrigation-scheme-201764812345678.html",
        ),
        headline=headline,
        standfirst=None,
        authors=["प्रियंका शर्मा"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="hi",
        body=HI,
    )


def test_aaj_tak_hindi_month_date_and_a_bracketed_updated_line_in_ist() -> None:
    # Aaj Tak: the author's link, the place and "04 दिसंबर 2026, (अपडेटेड 04 दिसंबर 2026, 11:45 AM IST)"
    # (Hindi month; the update in brackets with the zone's abbreviation), only the publication declared
    headline = "रेलवे पैकेज पर विपक्ष ने उठाए सवाल"
    html = story_page(
        site="आज तक",
        lang="hi",
        local="hi",
        title=f"{headline} - Aaj Tak",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+05:30",
            author={"@type": "Person", "name": "आशुतोष मिश्रा"},
            inLanguage="hi",
        ),
        story=f'<div class="story-with-main-sec"><h1>{headline}</h1><div class="brand-detial-main"><div'
        ' class="brand-deatils"><a href="/author/ashutosh-mishra">आशुतोष मिश्रा</a><span>नई दिल्ली,</span>'
        "<span>04 दिसंबर 2026,</span><span>(अपडेटेड 04 दिसंबर 2026, 11:45 AM IST)</span></div></div><div"
        ' class="story-with-main-sec-content">' + paras(HI2) + "</div></div>",
    )
    expect(
        record(html, "https://www.aajtak.in/india/news/story/railway-package-opposition-2412345-2026-12-04"),
        headline=headline,
        standfirst=None,
        authors=["आशुतोष मिश्रा"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=f"{DEC4}T11:45:00+05:30",
        section=None,
        language="hi",
        body=HI2,
    )


def test_lokmat_marathi_story_with_an_offset_missing_its_leading_zero() -> None:
    # Lokmat (Marathi): its JSON-LD writes the offset "+5:30" (no leading zero); the byline row "By
    # <a>name</a>" with "Published: December 4, 2026 10:30 AM" and "Updated: December 4, 2026 11:45 AM"
    headline = "शेतकऱ्यांसाठी नवीन पीक विमा योजना जाहीर"
    html = story_page(
        site="लोकमत",
        lang="mr",
        title=f"{headline} - Lokmat",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+5:30",
            dateModified=f"{DEC4}T11:45:00+5:30",
            author={"@type": "Person", "name": "संदीप प्रधान"},
        ),
        story=f'<div class="article-box"><h1>{headline}</h1><div class="author-details"><span>By <a'
        ' href="/author/sandeep-pradhan/">संदीप प्रधान</a></span><span>Published: December 4, 2026 10:30'
        " AM</span><span>Updated: December 4, 2026 11:45 AM</span></div><div"
        ' class="article-body">' + paras(MR) + "</div></div>",
    )
    expect(
        record(html, "https://www.lokmat.com/maharashtra/new-crop-insurance-scheme-announced-a123/"),
        headline=headline,
        standfirst=None,
        authors=["संदीप प्रधान"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=f"{DEC4}T11:45:00+05:30",
        section=None,
        language="mr",
        body=MR,
    )


def test_ndtv_pti_story_with_its_syndicated_feed_note() -> None:
    # NDTV: a PTI story: "India News | Press Trust of India | Updated: December 04, 2026 11:45 am IST" over
    # the text, "Track Latest News Live on NDTV.com" and the note the syndicated
    # copy ends with, "(Except for the headline, this story has not been edited by NDTV staff and is
    # published from a syndicated feed.)"
    headline = "Supreme Court clears high-speed rail link"
    html = story_page(
        site="NDTV",
        lang="en",
        title=f"{headline} - NDTV",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+05:30",
            dateModified=f"{DEC4}T11:45:00+05:30",
            author={"@type": "Organization", "name": "Press Trust of India"},
        ),
        story=f'<div class="sp-hd"><h1 class="sp-ttl">{headline}</h1><nav class="pst-by"><ul><li'
        ' class="pst-by_li"><a href="/india">India News</a></li><li class="pst-by_li"><span'
        ' class="pst-by_lnk">Press Trust of India</span></li><li class="pst-by_li"><span'
        ' class="pst-by_lnk">Updated: December 04, 2026 11:45 am IST</span></li></ul></nav></div><div'
        ' class="sp-cn ins_storybody" id="ins_storybody">'
        + paras(SENTENCES)
        + "<p><strong>Track Latest News Live on NDTV.com and get news updates from India and around the"
        " world</strong></p><p><i>(Except for the headline, this story has not been edited by NDTV staff"
        " and is published from a syndicated feed.)</i></p></div>",
    )
    expect(
        record(html, "https://www.ndtv.com/india-news/supreme-court-clears-high-speed-rail-link-9712345"),
        headline=headline,
        standfirst=None,
        authors=["Press Trust of India"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=f"{DEC4}T11:45:00+05:30",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_mint_updated_line_with_reading_time_and_the_app_promotion_at_the_end() -> None:
    # Mint (HT Media): "2 min read . Updated: 04 Dec 2026, 11:45 AM IST", the author's link, the summary
    # under the headline, and the promotion every story ends with ("Catch all the Business News, Market
    # News, ... Download The Mint News App to get Daily Market Updates.")
    headline = "Rail link clears final legal hurdle"
    summary = "The supreme court dismissed an appeal by landowners along the route."
    html = story_page(
        site="Mint",
        lang="en",
        title=f"{headline} | Mint",
        ld=article(
            headline,
            description=summary,
            datePublished=f"{DEC4}T10:30:00+05:30",
            dateModified=f"{DEC4}T11:45:00+05:30",
            author={"@type": "Person", "name": "Priya Nair"},
        ),
        story=f'<div class="storyPage"><h1 class="headline">{headline}</h1><h2 class="summary">{summary}</h2>'
        '<div class="storyPageAuthor"><a href="/authors/priya-nair">Priya Nair</a></div><div'
        ' class="dateTime"><span>2 min read</span> . <span class="pubtime">Updated: 04 Dec 2026, 11:45 AM'
        ' IST</span></div><div class="storyParagraph">'
        + paras(SENTENCES)
        + '<p>Catch all the <a href="/news">Business News</a>, <a href="/market">Market News</a>,'
        " Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily"
        " Market Updates.</p></div></div>",
    )
    expect(
        record(
            html,
            "https://www.livemint.com/news/india/rail-link-clears-final-legal-hurdle-11764812345678.html",
        ),
        headline=headline,
        standfirst=summary,
        authors=["Priya Nair"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=f"{DEC4}T11:45:00+05:30",
        section=None,
        language="en",
        body=SENTENCES,
    )


@pytest.mark.xfail(
    strict=True,
    reason='"04.12.26, 10:30 AM" on a lang="en" page of a .com host is read month first (April 12): the'
    " page gives no sign of its day-first country (en-IN, a .in host), and a US page's \"12.4.2026 10:30"
    ' AM" is month first',
)
def test_telegraph_india_two_digit_year_dotted_date_in_the_byline_row() -> None:
    # The Telegraph (Kolkata): "<name> | New Delhi | Published 04.12.26, 10:30 AM" (a two-digit year, day
    # first, the only date the page shows; no date in its metadata)
    headline = "Court clears rail link"
    html = story_page(
        site="The Telegraph",
        lang="en",
        title=f"{headline} - Telegraph India",
        ld=article(headline, author={"@type": "Person", "name": "Pheroze L. Vincent"}),
        story=f'<div class="articletsection"><h1>{headline}</h1><div class="publishdate">'
        '<strong><a href="/author/pheroze-l-vincent">Pheroze L. Vincent</a></strong> | New Delhi |'
        ' Published 04.12.26, 10:30 AM</div><article id="contentbox">'
        + paras(SENTENCES)
        + "</article></div>",
    )
    expect(
        record(html, "https://www.telegraphindia.com/india/court-clears-rail-link/cid/2012345"),
        headline=headline,
        standfirst=None,
        authors=["Pheroze L. Vincent"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_scroll_staff_byline_middle_dot_date_and_the_letters_line() -> None:
    # Scroll: "Scroll Staff" as the byline, "Published Dec 04, 2026 · 10:30 am", an "Also read:" link between
    # the paragraphs and the invitation the stories end with ("We welcome your comments at
    # letters@scroll.in.")
    headline = "Rail link clears final hurdle in court"
    html = story_page(
        site="Scroll",
        lang="en",
        title=f"{headline} | Scroll",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+05:30",
            author={"@type": "Person", "name": "Scroll Staff"},
        ),
        story=f'<article class="article-content"><h1>{headline}</h1><div class="article-meta"><address'
        ' class="article-author-byline"><a rel="author" href="/author/1/scroll-staff">Scroll Staff</a>'
        '</address><time class="article-published-time" datetime="2026-12-04T10:30:00+05:30">Published Dec'
        ' 04, 2026 · 10:30 am</time></div><div id="article-contents">'
        + paras(SENTENCES[:3])
        + '<p><strong>Also read:</strong> <a href="/1081234/why-the-bullet-train-is-late">Why the bullet'
        " train"
        " is late</a></p>"
        + paras(SENTENCES[3:])
        + '<p><em>We welcome your comments at <a href="mailto:letters@scroll.in">letters@scroll.in</a>.</em>'
        "</p></div></article>",
    )
    expect(
        record(html, "https://scroll.in/latest/1081299/rail-link-clears-final-hurdle-in-court"),
        headline=headline,
        standfirst=None,
        authors=["Scroll Staff"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_anandabazar_own_correspondent_and_the_last_update_in_bengali_digits() -> None:
    # Anandabazar Patrika: the desk byline with its place after a comma, "নিজস্ব সংবাদদাতা, কলকাতা" (own
    # correspondent, Kolkata), only "শেষ আপডেট: ০৪ ডিসেম্বর ২০২৬ ১১:৪৫" (last update) shown, both times in
    # the JSON-LD
    headline = "কলকাতায় শুরু আন্তর্জাতিক বাণিজ্য মেলা"
    html = story_page(
        site="আনন্দবাজার পত্রিকা",
        lang="bn",
        local="bn",
        title=f"{headline} - Anandabazar",
        head='<meta property="og:site_name" content="Anandabazar">',
        ld=article(headline, datePublished=f"{DEC4}T10:30:00+05:30", dateModified=f"{DEC4}T11:45:00+05:30"),
        story=f'<div class="articlepage"><h1>{headline}</h1><div class="editorbox"><div'
        ' class="author-name">নিজস্ব সংবাদদাতা, কলকাতা</div><div'
        ' class="editordate">শেষ আপডেট: ০৪ ডিসেম্বর ২০২৬ ১১:৪৫</div></div><div class="contentbox">'
        + paras(BN)
        + "</div></div>",
    )
    expect(
        record(html, "https://www.anandabazar.com/west-bengal/kolkata/trade-fair-begins/cid/1612345"),
        headline=headline,
        standfirst=None,
        authors=["নিজস্ব সংবাদদাতা"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=f"{DEC4}T11:45:00+05:30",
        section=None,
        language="bn",
        body=BN,
    )


def test_dinamalar_tamil_month_in_the_registered_and_changed_date_lines() -> None:
    # Dinamalar: no date in the metadata; "பதிவு செய்த நாள்: டிச 04,2026 10:30" (date registered) and "மாற்றம்
    # செய்த நாள்: டிச 04,2026 11:45" (date changed), Tamil short month "டிச" (December), no byline
    headline = "விவசாயிகளுக்கு புதிய பயிர்க் காப்பீட்டுத் திட்டம்"
    html = story_page(
        site="தினமலர்",
        lang="ta",
        title=f"{headline} | Dinamalar",
        ld="",
        story=f'<div class="mvp-main-box"><h1 class="dmrtitle">{headline}</h1><div'
        f' class="dmrdate"><span>பதிவு'
        " செய்த நாள்: டிச 04,2026 10:30</span> <span>மாற்றம் செய்த நாள்: டிச 04,2026 11:45</span></div><div"
        ' class="dmrnewsbody">' + paras(TA) + "</div></div>",
    )
    expect(
        record(html, "https://www.dinamalar.com/news/tamil-nadu-news/new-crop-insurance-scheme/4123456"),
        headline=headline,
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ta",
        body=TA,
    )


def test_mathrubhumi_malayalam_story_and_its_content_highlights_line() -> None:
    # Mathrubhumi: the author with the desk under the headline, "Published: Dec 4, 2026, 10:30 AM IST", and
    # the English summary every story ends with, "Content Highlights: ..." (for search engines, no text)
    headline = "സ്കൂളുകളിൽ പുതിയ പാഠ്യപദ്ധതി അടുത്ത വർഷം മുതൽ"
    html = story_page(
        site="മാതൃഭൂമി",
        lang="ml",
        title=f"{headline} | Mathrubhumi",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+05:30",
            author={"@type": "Person", "name": "ബിനു ജോസഫ്"},
        ),
        story=f'<div class="article-head"><h1>{headline}</h1><div class="article-author"><span'
        ' class="name">ബിനു ജോസഫ്</span> <span class="desk">മാതൃഭൂമി ന്യൂസ്</span></div><div'
        ' class="article-date">Published: Dec 4, 2026, 10:30 AM IST</div></div><div class="article_contents">'
        + paras(ML)
        + "<p><strong>Content Highlights:</strong> Kerala school curriculum revision from next academic"
        " year</p></div>",
    )
    expect(
        record(html, "https://www.mathrubhumi.com/news/kerala/new-school-curriculum-1.9912345"),
        headline=headline,
        standfirst=None,
        authors=["ബിനു ജോസഫ്"],
        published=f"{DEC4}T10:30:00+05:30",
        modified=None,
        section=None,
        language="ml",
        body=ML,
    )


def test_inquilab_urdu_month_date_line_and_a_correspondent_byline() -> None:
    # Inquilab (Mumbai, Urdu): right to left, no date in the metadata, the date line "04 دسمبر 2026" (Urdu
    # month name, Western digits) and the byline "نمائندہ خصوصی" (special correspondent) with the city
    headline = "ممبئی میں پانی کی فراہمی کا نیا منصوبہ"
    html = rtl(
        story_page(
            site="انقلاب",
            lang="ur",
            title=f"{headline} - Inquilab",
            ld="",
            story=f'<div class="article-detail"><h1>{headline}</h1><div class="article-meta"><span'
            ' class="author">نمائندہ خصوصی</span><span class="city">ممبئی</span><span class="date">04 دسمبر'
            ' 2026</span></div><div class="article-text">' + paras(UR_IN) + "</div></div>",
        )
    )
    expect(
        record(html, "https://www.inquilab.com/mumbai/new-water-supply-project-12345"),
        headline=headline,
        standfirst=None,
        authors=["نمائندہ خصوصی"],
        published=f"{DEC4}T00:00:00+00:00",
        modified=None,
        section=None,
        language="ur",
        body=UR_IN,
    )


# --- (a) South Asia: Pakistan, Bangladesh, Sri Lanka, Nepal ---
def test_jang_urdu_date_with_a_spaced_comma_and_the_paper_s_correspondent() -> None:
    # Jang (Urdu): "04 دسمبر ، 2026" (the Urdu comma after a space), the byline "نمائندہ جنگ" (Jang's
    # correspondent), a share row of icons, no date in the metadata
    headline = "ترقیاتی بجٹ میں اضافے کی منظوری"
    html = rtl(
        story_page(
            site="جنگ",
            lang="ur",
            title=f"{headline} | Daily Jang",
            ld="",
            story=f'<div class="detail-right"><div class="detail-heading"><h1>{headline}</h1></div><div'
            ' class="detail-time"><span class="byline">نمائندہ جنگ</span><span>04 دسمبر ، 2026</span></div>'
            '<div class="detail-share"><a>Facebook</a><a>Twitter</a><a>Whatsapp</a></div><div'
            ' class="detail_view_content">' + paras(UR) + "</div></div>",
        )
    )
    expect(
        record(html, "https://jang.com.pk/news/1512345"),
        headline=headline,
        standfirst=None,
        authors=["نمائندہ جنگ"],
        published=f"{DEC4}T00:00:00+00:00",
        modified=None,
        section=None,
        language="ur",
        body=UR,
    )


def test_geo_news_web_desk_byline_and_the_pakistan_offset() -> None:
    # Geo News: "By Web Desk" (the newsroom, no person), the JSON-LD in Pakistan's +05:00, the day alone shown
    # ("December 04, 2026"), "Follow Geo News on WhatsApp" after the text
    headline = "Court clears high-speed rail link"
    html = story_page(
        site="Geo News",
        lang="en",
        title=f"{headline}",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+05:00",
            dateModified=f"{DEC4}T11:45:00+05:00",
            author={"@type": "Person", "name": "Web Desk"},
        ),
        story=f'<div class="story-area"><h1>{headline}</h1><div class="author_title_img"><a'
        ' href="/writer/web-desk">By Web Desk</a></div><p class="post-date-time"><span>December 04,'
        ' 2026</span></p><div class="content-area">'
        + paras(SENTENCES)
        + '<p><a href="https://whatsapp.com/channel/geo">Follow Geo News on WhatsApp</a></p></div></div>',
    )
    expect(
        record(html, "https://www.geo.tv/latest/612345-court-clears-high-speed-rail-link"),
        headline=headline,
        standfirst=None,
        authors=["Web Desk"],
        published=f"{DEC4}T10:30:00+05:00",
        modified=f"{DEC4}T11:45:00+05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_bdnews24_bangla_published_and_updated_lines_with_bengali_am_marks() -> None:
    # bdnews24 (Bangla site): "প্রকাশ : ০৪ ডিসেম্বর ২০২৬, ১০:৩০ এএম" and "আপডেট : ০৪ ডিসেম্বর ২০২৬, ১১:৪৫ এএম"
    # (Bengali digits, "এএম" = AM), the desk byline "নিজস্ব প্রতিবেদক, বিডিনিউজ টোয়েন্টিফোর ডটকম" (staff
    # reporter, the site), no date in the metadata
    headline = "ঢাকায় তিন দিনের বাণিজ্য মেলা শুরু"
    html = story_page(
        site="বিডিনিউজ টোয়েন্টিফোর",
        lang="bn",
        local="bn",
        title=f"{headline} - bdnews24.com",
        ld="",
        story=f'<div class="details-title"><h1>{headline}</h1></div><div class="details-brief"><div'
        ' class="author">নিজস্ব প্রতিবেদক, বিডিনিউজ টোয়েন্টিফোর ডটকম</div><div class="pub-up"><p'
        ' class="pub">প্রকাশ : ০৪ ডিসেম্বর ২০২৬, ১০:৩০ এএম</p><p class="up">আপডেট : ০৪ ডিসেম্বর ২০২৬, ১১:৪৫'
        ' এএম</p></div></div><div id="contentDetails">' + paras(BN) + "</div>",
    )
    expect(
        record(html, "https://bangla.bdnews24.com/bangladesh/a1b2c3d4e5f6"),
        headline=headline,
        standfirst=None,
        authors=["নিজস্ব প্রতিবেদক"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="bn",
        body=BN,
    )


def test_dhaka_tribune_publish_and_update_labels_with_a_space_before_the_colon() -> None:
    # Dhaka Tribune: "Tribune Desk" byline, "Publish : 04 Dec 2026, 10:30 AM" and "Update : 04 Dec 2026,
    # 11:45 AM" (the label's colon spaced, "Publish", not "Published"), no date in the metadata
    headline = "Trade fair opens in Dhaka"
    html = story_page(
        site="Dhaka Tribune",
        lang="en",
        title=f"{headline} | Dhaka Tribune",
        ld="",
        story=f'<div class="content_detail"><h1 class="title">{headline}</h1><div class="author_area"><span'
        ' class="author">Tribune Desk</span></div><div class="time_area"><span class="published_time">'
        'Publish : 04 Dec 2026, 10:30 AM</span><span class="updated_time">Update : 04 Dec 2026, 11:45'
        ' AM</span></div><div class="viewport jw_article_body">' + paras(SENTENCES) + "</div></div>",
    )
    expect(
        record(html, "https://www.dhakatribune.com/bangladesh/312345/trade-fair-opens-in-dhaka"),
        headline=headline,
        standfirst=None,
        authors=["Tribune Desk"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_daily_mirror_sri_lanka_date_comment_and_view_counters_line() -> None:
    # Daily Mirror (Sri Lanka): "04 December 2026 10:30 am - 0 - 1234" (the date, the comment count and
    # the view count on one line), "By Kelum Bandara" over the text, no date in the metadata
    headline = "Cabinet approves new rail link"
    html = story_page(
        site="Daily Mirror",
        lang="en",
        title=f"{headline} - Breaking News | Daily Mirror",
        ld="",
        story=f'<div class="inner_header"><h1>{headline}</h1><p><span class="gtime">04 December 2026 10:30 am'
        ' - <a href="#comments">0</a> - 1234</span></p></div><div class="a-content"><header'
        ' class="inner-content"><p><b>By Kelum Bandara</b></p></header>' + paras(SENTENCES) + "</div>",
    )
    expect(
        record(html, "https://www.dailymirror.lk/breaking-news/Cabinet-approves-new-rail-link/108-312345"),
        headline=headline,
        standfirst=None,
        authors=["Kelum Bandara"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_kantipur_bikram_sambat_date_line_beside_the_json_ld_instant() -> None:
    # Kantipur (Nepali): "प्रकाशित : मंसिर १८, २०८३ १०:३०" (published, the Bikram Sambat date: year 2083 is
    # 2026), the instant in the JSON-LD in Nepal's +05:45, the desk byline "कान्तिपुर संवाददाता"
    headline = "पूर्वाधार विकासका लागि थप बजेट"
    html = story_page(
        site="कान्तिपुर",
        lang="ne",
        title=f"{headline} - कान्तिपुर",
        ld=article(headline, datePublished=f"{DEC4}T10:30:00+05:45", inLanguage="ne"),
        story=f'<div class="article-header"><h1>{headline}</h1><div class="author-time"><span'
        ' class="author"><a href="/author/kantipur-correspondent">कान्तिपुर संवाददाता</a></span><div'
        ' class="published-at">प्रकाशित : मंसिर १८, २०८३ १०:३०</div></div></div><div'
        ' class="description current-news-block">' + paras(NE) + "</div>",
    )
    expect(
        record(html, "https://ekantipur.com/news/2026/12/04/additional-budget-for-infrastructure-12-34.html"),
        headline=headline,
        standfirst=None,
        authors=["कान्तिपुर संवाददाता"],
        published=f"{DEC4}T10:30:00+05:45",
        modified=None,
        section=None,
        language="ne",
        body=NE,
    )


# --- (b) Korea ---
def test_dong_a_input_and_update_lines_and_the_reporter_sign_off_in_the_text() -> None:
    # Dong-A Ilbo: "입력 2026-12-04 10:30" and "업데이트 2026-12-04 11:45" (input, update), no author in the
    # JSON-LD, the reporter signs off inside the text, "김민수 기자 kimms@donga.com"
    headline = "한은, 기준금리 연 3.0% 동결"
    html = story_page(
        site="동아일보",
        lang="ko",
        title=f"{headline}｜동아일보",
        ld=article(headline, datePublished=f"{DEC4}T10:30:00+09:00", dateModified=f"{DEC4}T11:45:00+09:00"),
        story=f'<div class="article_title"><h1 class="title">{headline}</h1><div class="title_foot"><span'
        ' class="date01">입력 2026-12-04 10:30</span><span class="date01">업데이트 2026-12-04 11:45</span>'
        '</div></div><section class="news_view">' + "<br><br>".join(KO2) + "<br><br>김민수 기자"
        " kimms@donga.com</section>",
    )
    expect(
        record(html, "https://www.donga.com/news/Economy/article/all/20261204/130512345/1"),
        headline=headline,
        standfirst=None,
        authors=["김민수"],
        published=f"{DEC4}T10:30:00+09:00",
        modified=f"{DEC4}T11:45:00+09:00",
        section=None,
        language="ko",
        body=KO2,
    )


def test_kyunghyang_input_and_edit_times_on_one_line_with_the_font_and_listen_buttons() -> None:
    # Kyunghyang Shinmun: the byline "박지영 기자", "입력 2026.12.04 10:30 수정 2026.12.04 11:45" on one line,
    # the "글자크기 변경" (font size) and "기사 읽어주기" (read aloud) buttons, no dates in the metadata
    headline = "저소득 가구에 30만원 지원 확정"
    html = story_page(
        site="경향신문",
        lang="ko",
        title=f"{headline} - 경향신문",
        ld="",
        story=f'<div class="article-title-wrap"><h1 class="headline">{headline}</h1><div'
        f' class="byline"><em>박지영'
        ' 기자</em></div><div class="date"><p>입력 2026.12.04 10:30 수정 2026.12.04 11:45</p></div><div'
        ' class="art-tool"><button>글자크기 변경</button><button>기사 읽어주기</button></div></div><div'
        ' class="art_body" id="articleBody">' + paras(KO, "content_text") + "</div>",
    )
    expect(
        record(html, "https://www.khan.co.kr/article/202612041030001"),
        headline=headline,
        standfirst=None,
        authors=["박지영"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ko",
        body=KO,
    )


NEWS1_FIRST = f"(서울=뉴스1) 이정현 기자 = {KO2[0]}"


def test_news1_agency_opening_with_the_reporter_and_the_reserved_rights_line() -> None:
    # News1: the story opens "(서울=뉴스1) 이정현 기자 =" (place = agency, reporter), ends with the e-mail
    # and "Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지."; the reporter's
    # link over the text, the times in the JSON-LD
    headline = "한은, 기준금리 동결…내년 상반기 인하 전망"
    html = story_page(
        site="뉴스1",
        lang="ko",
        title=f"{headline} - 뉴스1",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+09:00",
            dateModified=f"{DEC4}T11:45:00+09:00",
            author={"@type": "Person", "name": "이정현"},
        ),
        story=f'<div class="article-head"><h1>{headline}</h1><div class="article-info"><a'
        ' href="/reporter/leejh">이정현 기자</a><span>2026-12-04 10:30:00</span><span>최종수정 2026-12-04'
        ' 11:45:00</span></div></div><div id="articleBodyContent">'
        + paras([NEWS1_FIRST, *KO2[1:]])
        + "<p>leejh@news1.kr</p><p>Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용"
        " 금지.</p></div>",
    )
    expect(
        record(html, "https://www.news1.kr/economy/finance/5612345"),
        headline=headline,
        standfirst=None,
        authors=["이정현"],
        published=f"{DEC4}T10:30:00+09:00",
        modified=f"{DEC4}T11:45:00+09:00",
        section=None,
        language="ko",
        body=[NEWS1_FIRST, *KO2[1:]],
        dateline="서울",
    )


def test_maeil_business_two_reporters_and_colon_labelled_input_and_edit_times() -> None:
    # Maeil Business: two reporters' links ("김철수 기자", "이영희 기자"), "입력 : 2026-12-04 10:30:00" and
    # "수정 : 2026-12-04 11:45:00" (colon labels, seconds), no dates in the metadata
    headline = "기준금리 동결에 시장은 내년 인하 기대"
    html = story_page(
        site="매일경제",
        lang="ko",
        title=f"{headline} - 매일경제",
        ld="",
        story=f'<div class="news_ttl_wrap"><h2 class="news_ttl">{headline}</h2><div class="author"><a'
        ' href="/reporter/kimcs">김철수 기자</a><a href="/reporter/leeyh">이영희 기자</a></div><div'
        ' class="time_area"><dl class="registration"><dt>입력 :</dt><dd>2026-12-04 10:30:00</dd></dl><dl'
        ' class="registration"><dt>수정 :</dt><dd>2026-12-04 11:45:00</dd></dl></div></div><div'
        ' class="news_cnt_detail_wrap" itemprop="articleBody">' + paras(KO2) + "</div>",
    )
    expect(
        record(html, "https://www.mk.co.kr/news/economy/11212345"),
        headline=headline,
        standfirst=None,
        authors=["김철수", "이영희"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ko",
        body=KO2,
    )


def test_newsis_registered_and_edited_labels_and_the_reporter_e_mail_line() -> None:
    # Newsis: "등록 2026.12.04 10:30:00" and "수정 2026.12.04 11:45:00" (registered, edited), the reporter
    # "김지원 기자" in its own element, the text closed by the reporter's e-mail, no dates in the metadata
    headline = "정부, 저소득 가구 30만원 지원 확정"
    html = story_page(
        site="뉴시스",
        lang="ko",
        title=f"{headline} : 뉴시스",
        ld="",
        story=f'<div class="articleView"><div class="view"><h1 class="tit title_area">{headline}</h1><div'
        ' class="infoLine"><p class="txt"><span>등록 2026.12.04 10:30:00</span><span>수정 2026.12.04'
        ' 11:45:00</span></p></div><p class="reporter">김지원 기자</p></div><article class="viewer">'
        + "<br><br>".join(KO)
        + "<br><br>◎공감언론 뉴시스 kjw@newsis.com</article></div>",
    )
    expect(
        record(html, "https://www.newsis.com/view/NISX20261204_0003012345"),
        headline=headline,
        standfirst=None,
        authors=["김지원"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ko",
        body=KO,
    )


def test_ohmynews_two_digit_year_times_and_the_citizen_reporter_with_his_handle() -> None:
    # OhmyNews: a citizen reporter "김시민(kimsimin)" (the handle in brackets), "26.12.04 10:30l최종 업데이트
    # 26.12.04 11:45" (two-digit years, the "l" separator glued on), no dates in the metadata
    headline = "버스 요금 인상, 시민들은 어떻게 생각할까"
    html = story_page(
        site="오마이뉴스",
        lang="ko",
        title=f"{headline} - 오마이뉴스",
        ld="",
        story=f'<div class="newstitle"><h2 class="article_tit">{headline}</h2><div class="info-list"><span'
        ' class="byline"><a href="/NWS_Web/Member/kimsimin">김시민(kimsimin)</a></span><span'
        ' class="atc-date">'
        '26.12.04 10:30l최종 업데이트 26.12.04 11:45</span></div></div><div class="at_contents">'
        + paras(KO)
        + "</div>",
    )
    expect(
        record(html, "https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003112345"),
        headline=headline,
        standfirst=None,
        authors=["김시민"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ko",
        body=KO,
    )


# --- (c) Japan ---
@pytest.mark.parametrize(
    ("footer", "end"),
    [
        # (the shape of the readability tune page yahoo-4,
        # tests/fixtures/generic/ja_yahoo_yearless_slash_date)
        ('<div class="ft"><p class="ynLastEditDate yjSt">', "</div>"),
        # (the <article>'s own <footer>: fields/modified.py _noise_around)
        ('<footer><p class="sc-footer-copyright">', "</footer>"),
    ],
)
def test_yahoo_news_japan_provider_page_with_yearless_delivery_and_last_update_lines(
    footer: str, end: str
) -> None:
    # Yahoo! News Japan: a regional paper's story syndicated: "12/4(金) 10:30配信" (delivered, no year) and
    # the provider's name, "最終更新:12/4(金) 11:45" (last update, the weekday between day and time) under the
    # text, in a <div class="ft"> as the tune page of 2017 sets it or in the <article>'s <footer>,
    # "【関連記事】" links; the JSON-LD names the provider as an Organization
    headline = "市バス運賃、来年４月から２０円値上げ　２８年ぶり"
    html = story_page(
        site="Yahoo!ニュース",
        lang="ja",
        title=f"{headline}（京都新聞） - Yahoo!ニュース",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+09:00",
            author={"@type": "Organization", "name": "京都新聞"},
            publisher={"@type": "Organization", "name": "Yahoo!ニュース"},
        ),
        story=f'<article><header><h1>{headline}</h1><div class="sc-header-meta"><time>12/4(金)'
        f" 10:30配信</time>"
        '<a href="/media/kyoto">京都新聞</a></div></header><div class="article_body highLightSearchTarget">'
        + paras(JA2)
        + '</div><div class="sc-related"><p>【関連記事】</p><ul><li><a href="/articles/abc123">地下鉄も値上げ'
        "検討　京都市</a></li></ul></div>"
        + footer
        + "最終更新:12/4(金) 11:45</p><p>京都新聞</p>"
        + end
        + "</article>",
    )
    expect(
        record(html, "https://news.yahoo.co.jp/articles/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"),
        headline=headline.replace("\u3000", " "),
        standfirst=None,
        authors=["京都新聞"],
        published=f"{DEC4}T10:30:00+09:00",
        modified=f"{DEC4}T11:45:00+09:00",
        section=None,
        language="ja",
        body=JA2,
    )


def test_nishinippon_slash_date_with_the_update_in_brackets_and_the_reporter_at_the_end() -> None:
    # Nishinippon Shimbun: "2026/12/4 10:30 (2026/12/4 11:45 更新)" (the update in brackets, the label after
    # it), the reporter in brackets closing the text "（山田花子）", no dates in the metadata
    headline = "市バス運賃を２０円値上げへ"
    html = story_page(
        site="西日本新聞",
        lang="ja",
        title=f"{headline}｜西日本新聞me",
        ld="",
        story=f'<div class="article__header"><h1 class="article__title">{headline}</h1><p'
        ' class="article__time">2026/12/4 10:30 (2026/12/4 11:45 更新)</p></div><div class="article__body">'
        + paras([*JA2[:2], JA2[2] + "（山田花子）"])
        + "</div>",
    )
    expect(
        record(html, "https://www.nishinippon.co.jp/item/1312345/"),
        headline=headline,
        standfirst=None,
        authors=["山田花子"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ja",
        body=JA2,
        credit="（山田花子）",
    )


def test_hokkaido_shimbun_kanji_date_with_a_yearless_update_in_brackets() -> None:
    # Hokkaido Shimbun: "2026年12月4日 10:30（12月4日 11:45更新）" (the update without its year, the label
    # after it), "［PR］" slots, no byline, no dates in the metadata
    headline = "札幌市、地下鉄運賃の値上げを検討"
    html = story_page(
        site="北海道新聞",
        lang="ja",
        title=f"{headline}：北海道新聞デジタル",
        ld="",
        story=f'<div class="article-main"><h1 class="article-title">{headline}</h1><time'
        f' class="article-date">'
        '2026年12月4日 10:30（12月4日 11:45更新）</time><div class="article-body">'
        + paras(JA[:3])
        + '<div class="ad"><span>［PR］</span></div>'
        + paras(JA[3:])
        + "</div></div>",
    )
    expect(
        record(html, "https://www.hokkaido-np.co.jp/article/1112345/"),
        headline=headline,
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="ja",
        access="free",
        body=JA,
    )


def test_sponichi_bracketed_kanji_date_and_the_photo_credit() -> None:
    # Sponichi Annex: "[ 2026年12月4日 10:30 ]" (the date in square brackets with spaces), the picture's
    # caption and "Photo By スポニチ" credit, no byline, no dates in the metadata
    headline = "京都市バス運賃値上げ　ファンから惜しむ声"
    html = story_page(
        site="スポニチ Sponichi Annex",
        lang="ja",
        title=f"{headline} ― スポニチ Sponichi Annex 社会",
        ld="",
        story=f'<div class="article-header"><h1>{headline}</h1><p class="date">[ 2026年12月4日 10:30 ]</p>'
        '</div><figure><img src="/images/2026/12/04/photo.jpg"><figcaption>値上げが決まった京都市バス'
        '<span class="credit">Photo By スポニチ</span></figcaption></figure><div class="news-text">'
        + paras(JA2)
        + "</div>",
    )
    expect(
        record(html, "https://www.sponichi.co.jp/society/news/2026/12/04/kiji/20261204s00042000123000c.html"),
        headline=headline.replace("\u3000", " "),
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="ja",
        body=JA2,
    )


def test_diamond_online_dotted_date_and_the_author_with_his_title_after_a_colon() -> None:
    # Diamond Online: "2026.12.4 5:05" (dots, no zero padding), the author "山田太郎：経済ジャーナリスト"
    # (name, full-width colon, title), the JSON-LD with the date only
    headline = "物価高対策の給付金は本当に効くのか"
    html = story_page(
        site="ダイヤモンド・オンライン",
        lang="ja",
        title=f"{headline} | ダイヤモンド・オンライン",
        ld=article(headline, datePublished=f"{DEC4}T05:05:00+09:00"),
        story=f'<div class="article-header"><h1>{headline}</h1><div class="author-info"><a'
        ' class="author-name" href="/category/yamada">山田太郎</a>：経済ジャーナリスト</div><time'
        ' class="date">2026.12.4 5:05</time></div><div class="article-body">' + paras(JA) + "</div>",
    )
    expect(
        record(html, "https://diamond.jp/articles/-/381234"),
        headline=headline,
        standfirst=None,
        authors=["山田太郎"],
        published=f"{DEC4}T05:05:00+09:00",
        modified=None,
        section=None,
        language="ja",
        access="free",
        body=JA,
    )


@pytest.mark.xfail(
    strict=True,
    reason="a short post: the extractor falls back to the <article>'s text, header (user, headline, dates,"
    " counters) and post in one paragraph; the user's display name is no author",
)
def test_qiita_posted_and_updated_days_and_the_user_s_display_name() -> None:
    # Qiita: "投稿日 2026年12月04日" and "更新日 2026年12月05日" (posted, updated: days only), the user's
    # display name beside the "@handle", the "いいね" (like) and "ストック" (stock) counters
    headline = "京都市バスの運賃データをPythonで集計する"
    text = [
        "京都市が公開している市バスの運賃データを使って、路線ごとの平均運賃を集計してみました。",
        "データはCSV形式で提供されており、pandasを使えば数行で読み込むことができます。",
        "集計の結果、値上げの影響が最も大きいのは郊外の長距離路線であることが分かりました。",
    ]
    html = story_page(
        site="Qiita",
        lang="ja",
        title=f"{headline} #Python - Qiita",
        ld="",
        story='<article><div class="article-header"><a class="user" href="/yamada_t">山田 太郎</a> <span>'
        "@yamada_t</span><h1>" + headline + '</h1><div class="dates"><span>投稿日 2026年12月04日</span><span>'
        '更新日 2026年12月05日</span></div><div class="counters"><span>いいね 12</span><span>ストック 8'
        '</span></div></div><section class="it-MdContent">' + paras(text) + "</section></article>",
    )
    expect(
        record(html, "https://qiita.com/yamada_t/items/0a1b2c3d4e5f60718293"),
        headline=headline,
        standfirst=None,
        authors=["山田 太郎"],
        published=f"{DEC4}T00:00:00+00:00",
        modified="2026-12-05T00:00:00+00:00",
        section=None,
        language="ja",
        body=text,
    )


KYODO_FIRST = "【ワシントン共同】" + JA[0]


def test_kyodo_story_on_47news_with_hour_and_minute_kanji_and_the_agency_byline() -> None:
    # Kyodo News on 47NEWS: "2026年12月04日 10時30分" (hour and minute in kanji), "共同通信" as the byline,
    # the story opening "【ワシントン共同】" (place and agency), no dates in the metadata
    headline = "低所得世帯に３万円給付へ"
    html = story_page(
        site="47NEWS",
        lang="ja",
        title=f"{headline} | 47NEWS",
        ld="",
        story=f'<div class="post_header"><h1 class="title">{headline}</h1><div class="post_meta"><span'
        ' class="date">2026年12月04日 10時30分</span><span class="author">共同通信</span></div></div><div'
        ' class="post_body">' + paras([KYODO_FIRST, *JA[1:]]) + "</div>",
    )
    expect(
        record(html, "https://www.47news.jp/12345678.html"),
        headline=headline,
        standfirst=None,
        authors=["共同通信"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="ja",
        access="free",
        body=[KYODO_FIRST, *JA[1:]],
    )


# --- (d) the Middle East ---
def test_walla_author_and_slash_date_on_one_line() -> None:
    # Walla: "ערן כהן | 04/12/2026 10:30" (author, pipe, day first slashes), no dates in the metadata
    headline = "הממשלה אישרה את תוכנית התחבורה החדשה"
    html = rtl(
        story_page(
            site="וואלה",
            lang="he",
            local="he",
            title=f"{headline} - וואלה חדשות",
            ld="",
            story=f'<article class="article-page"><h1 class="title">{headline}</h1><div class="authors-date">'
            '<span class="author">ערן כהן</span> | <time class="date">04/12/2026 10:30</time></div><section'
            ' class="article-content">' + paras(HE) + "</section></article>",
        )
    )
    expect(
        record(html, "https://news.walla.co.il/item/3712345"),
        headline=headline,
        standfirst=None,
        authors=["ערן כהן"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="he",
        body=HE,
    )


def test_israel_hayom_published_and_updated_with_two_digit_dotted_years() -> None:
    # Israel Hayom: "מאת דנה לוי" (by), "פורסם: 04.12.26 10:30" and "עודכן: 04.12.26 11:45" (published,
    # updated: two-digit years with dots), no dates in the metadata
    headline = "שריפה גדולה באזור התעשייה של חיפה"
    html = rtl(
        story_page(
            site="ישראל היום",
            lang="he",
            local="he",
            title=f"{headline} | ישראל היום",
            ld="",
            story=f'<div class="single-post"><h1 class="post-title">{headline}</h1><div'
            f' class="post-meta"><span'
            ' class="author">מאת <a href="/writer/dana-levi">דנה לוי</a></span><span class="date">פורסם:'
            ' 04.12.26 10:30</span><span class="updated">עודכן: 04.12.26 11:45</span></div><div'
            ' class="text-content">' + paras(HE2) + "</div></div>",
        )
    )
    expect(
        record(html, "https://www.israelhayom.co.il/news/local/article/17312345"),
        headline=headline,
        standfirst=None,
        authors=["דנה לוי"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="he",
        body=HE2,
    )


def test_n12_mako_unlabelled_colon_less_published_and_updated_lines() -> None:
    # N12 (Mako): "פורסם 04/12/26, 10:30" and "עודכן 04/12/26, 11:45" (no colon after the labels, two-digit
    # slashed years), the reporter's name with "חדשות 12" (the channel), the times in the JSON-LD too
    headline = "תוכנית הרכבת הקלה אושרה"
    html = rtl(
        story_page(
            site="N12",
            lang="he",
            local="he",
            title=f"{headline} - N12",
            ld=article(
                headline,
                datePublished=f"{DEC4}T10:30:00+02:00",
                dateModified=f"{DEC4}T11:45:00+02:00",
                author={"@type": "Person", "name": "עמית סגל"},
            ),
            story=f'<div class="article-header"><h1>{headline}</h1><div class="authors"><span>עמית סגל</span>'
            '<span class="channel">חדשות 12</span></div><div class="dates"><span>פורסם 04/12/26,'
            " 10:30</span><span>עודכן 04/12/26, 11:45</span></div></div><section"
            ' class="article-body">' + paras(HE) + "</section>",
        )
    )
    expect(
        record(html, "https://www.mako.co.il/news-politics/2026_q4/Article-a1b2c3d4e5f6a71026.htm"),
        headline=headline,
        standfirst=None,
        authors=["עמית סגל"],
        published=f"{DEC4}T10:30:00+02:00",
        modified=f"{DEC4}T11:45:00+02:00",
        section=None,
        language="he",
        body=HE,
    )


def test_bbc_persian_gregorian_month_in_persian_and_the_role_beside_the_author() -> None:
    # BBC Persian: "۴ دسامبر ۲۰۲۶" (the Gregorian month named in Persian, Persian digits) in a <time>, the
    # byline "نویسنده, مریم افشنگ" (author,) over "شغل, بی‌بی‌سی فارسی" (role), the instant in the
    # JSON-LD in UTC
    headline = "شمار آوارگان جهان به رکورد تازه رسید"
    html = rtl(
        story_page(
            site="بی‌بی‌سی فارسی",
            lang="fa",
            local="fa",
            title=f"{headline} - BBC News فارسی",
            ld=article(
                headline,
                datePublished=f"{DEC4}T10:30:00.000Z",
                dateModified=f"{DEC4}T10:30:00.000Z",
                author={"@type": "Person", "name": "مریم افشنگ"},
            ),
            story=f'<main role="main"><div><h1 id="content">{headline}</h1></div><div class="byline"><ul><li>'
            "<span>نویسنده,</span><span>مریم افشنگ</span></li><li><span>شغل,</span><span>بی‌بی‌سی"
            f' فارسی</span></li></ul></div><time datetime="{DEC4}">۴ دسامبر ۲۰۲۶</time><div dir="rtl">'
            + paras(FA2)
            + "</div></main>",
        )
    )
    expect(
        record(html, "https://www.bbc.com/persian/articles/c1x2y3z4w5v6o"),
        headline=headline,
        standfirst=None,
        authors=["مریم افشنگ"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T10:30:00+00:00",
        section=None,
        language="fa",
        body=FA2,
    )


def test_irna_solar_hijri_date_and_time_and_the_news_code_without_metadata() -> None:
    # IRNA: "۱۳ آذر ۱۴۰۵، ۱۰:۳۰" (Solar Hijri, Persian digits, the Persian comma before the time) and "کد
    # خبر ۸۵۱۲۳۴۵۶" (news code), no byline, no dates in the metadata
    headline = "نرخ تورم سالانه از چهل درصد گذشت"
    html = rtl(
        story_page(
            site="ایرنا",
            lang="fa",
            local="fa",
            title=f"{headline} - ایرنا",
            ld="",
            story=f'<article class="news"><h1 class="title">{headline}</h1><div'
            f' class="item-date"><span>۱۳ آذر'
            ' ۱۴۰۵، ۱۰:۳۰</span></div><div class="item-code"><span>کد خبر ۸۵۱۲۳۴۵۶</span></div><div'
            ' class="item-text">' + paras(FA) + "</div></article>",
        )
    )
    expect(
        record(html, "https://www.irna.ir/news/85123456/"),
        headline=headline,
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="fa",
        body=FA,
    )


GULF_FIRST = f"Dubai: {SENTENCES[0]}"


@pytest.mark.xfail(
    strict=True,
    reason='no dateline from the mixed-case "Dubai:" opening. Tried (session 14): one to three capitalised'
    ' words glued to a colon on an English page, labels listed: it read "Definition:" on a tune page and'
    " changed a readability report page's dateline; a place in mixed case is no place without a gazetteer",
)
def test_gulf_news_author_with_his_role_and_published_and_last_updated_lines() -> None:
    # Gulf News: "Sajila Saseendran, Senior Reporter" (name, role), "Published: December 04, 2026 10:30" and
    # "Last updated: December 04, 2026 11:45" (UAE time), the "Dubai:" dateline, no dates in the metadata
    headline = "Court clears high-speed rail link"
    html = story_page(
        site="Gulf News",
        lang="en",
        title=f"{headline} | Gulf News",
        ld="",
        story=f'<div class="story-header"><h1 class="headline">{headline}</h1><div class="author-details"><a'
        ' href="/author/sajila-saseendran">Sajila Saseendran</a>, <span class="designation">Senior'
        ' Reporter</span></div><div class="time-details"><p>Last updated: December 04, 2026 11:45</p><p>'
        'Published: December 04, 2026 10:30</p></div></div><div class="story-element-text">'
        + paras([GULF_FIRST, *SENTENCES[1:]])
        + "</div>",
    )
    expect(
        record(html, "https://gulfnews.com/uae/court-clears-high-speed-rail-link-1.1733312345678"),
        headline=headline,
        standfirst=None,
        authors=["Sajila Saseendran"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=f"{DEC4}T11:45:00+00:00",
        section=None,
        language="en",
        body=[GULF_FIRST, *SENTENCES[1:]],
        dateline="Dubai",
    )


def test_al_riyadh_hijri_and_gregorian_date_line_beside_the_json_ld_instant() -> None:
    # Al Riyadh: "الجمعة 24 جمادى الآخرة 1448هـ - 4 ديسمبر 2026م" (weekday, the Hijri date, then the
    # Gregorian one with "م"), the byline "الرياض - خالد العتيبي" (place - name), the time in the JSON-LD
    headline = "ميزانية العام المقبل تزيد الإنفاق على البنية التحتية"
    html = rtl(
        story_page(
            site="جريدة الرياض",
            lang="ar",
            local="ar",
            title=f"{headline} | جريدة الرياض",
            ld=article(headline, datePublished=f"{DEC4}T10:30:00+03:00"),
            story=f'<div class="article-page"><h1>{headline}</h1><div class="article-author">الرياض - خالد'
            ' العتيبي</div><div class="article-date">الجمعة 24 جمادى الآخرة 1448هـ - 4 ديسمبر 2026م</div><div'
            ' class="article-text">' + paras(AR) + "</div></div>",
        )
    )
    expect(
        record(html, "https://www.alriyadh.com/2112345"),
        headline=headline,
        standfirst=None,
        authors=["خالد العتيبي"],
        published=f"{DEC4}T10:30:00+03:00",
        modified=None,
        section=None,
        language="ar",
        body=AR,
    )


def test_al_qabas_wrote_byline_and_arabic_morning_mark_on_a_slashed_date() -> None:
    # Al Qabas (Kuwait): "كتب محمد السندان" ("wrote" before the name), "2026/12/04 10:30 ص" (year first, "ص"
    # = morning), no dates in the metadata
    headline = "مجلس الأمن يبحث الوضع الإنساني في السودان"
    html = rtl(
        story_page(
            site="القبس",
            lang="ar",
            local="ar",
            title=f"{headline} | القبس",
            ld="",
            story=f'<div class="article-details"><h1>{headline}</h1><div class="writer">كتب محمد'
            f" السندان</div>"
            '<div class="date"><span>2026/12/04 10:30 ص</span></div><div class="article-body">'
            + paras(AR2)
            + "</div></div>",
        )
    )
    expect(
        record(html, "https://www.alqabas.com/article/5912345"),
        headline=headline,
        standfirst=None,
        authors=["محمد السندان"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="ar",
        body=AR2,
    )
