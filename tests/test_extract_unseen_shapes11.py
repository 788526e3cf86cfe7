"""Page shapes of publishers in none of the corpora, eleventh round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes9.py are the earlier ones): whole article pages (a) in the markup of the news
CMSs and themes many small publishers run: WordPress's tagDiv Newspaper (classic and Cloud Library
templates), Jannah, JNews, Soledad and Newspack themes, Yoast and Rank Math JSON-LD graphs whose authors are
Person nodes referenced by @id, Ghost's Source theme, Substack, Arc XP, Brightspot (Grove), BLOX/TownNews,
Drupal, Squarespace, Jekyll's minima and Hugo's Ananke; (b) of Asian publishers the earlier rounds left out:
mainland China (The Paper, Jiemian, Yicai), Taiwan (CNA, UDN), Hong Kong (Ming Pao, HK01, Hong Kong Free
Press), Singapore (8world), Vietnam (Thanh Niên, VietNamNet), Thailand (Matichon), Indonesia (Antara,
Tempo), Malaysia (Berita Harian), the Philippines (Philstar's Pilipino Star Ngayon, ABS-CBN), Mongolia
(Montsame, ikon.mn) and Kazakhstan (Kazinform). Each page sits among the noise of a real page
(tests/test_extract_unseen_shapes4.py's `chrome`, in the page's language where
tests/test_extract_unseen_shapes6.py's `local_chrome` has it) and its own (theme share bars, view counters,
reading times, author boxes, tag rows, newsletter cards, editor lines). No host here is in any corpus and no
tune-half page shows these shapes, so every page is a small page built by hand in the shape of the CMS or
publisher ("hand-built"), and every field of the judged record is read (`expect`).
"""

from __future__ import annotations

from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes4 import chrome, expect, paras, record
from tests.test_extract_unseen_shapes6 import ID, TH, VI, ZH, ZH_TW, article, local_chrome

MS = [
    "Kerajaan akan menaikkan gaji minimum kepada RM1,700 sebulan berkuat kuasa 1 Februari tahun depan, kata"
    " Perdana Menteri hari ini.",
    "Menurut beliau, keputusan itu dibuat selepas mengambil kira kenaikan kos sara hidup serta pandangan"
    " majikan dan kesatuan sekerja.",
    "Persekutuan Majikan-Majikan Malaysia bagaimanapun berkata kenaikan itu akan membebankan perusahaan kecil"
    " dan sederhana.",
]
TL = [
    "Inaprubahan ng Senado nitong Huwebes ang panukalang batas na magtataas sa minimum na sahod ng mga"
    " manggagawa sa pribadong sektor.",
    "Ayon sa may-akda ng panukala, layunin nitong matulungan ang mga pamilyang apektado ng pagtaas ng presyo"
    " ng mga bilihin.",
    "Tutol naman ang ilang grupo ng mga negosyante na nagsabing maaaring magdulot ito ng tanggalan sa"
    " maliliit na kumpanya.",
]
MN = [
    "Улсын Их Хурлын өнөөдрийн чуулганаар ирэх оны улсын төсвийн тухай хуулийн төслийг эцэслэн баталлаа.",
    "Сангийн сайдын мэдээлснээр ирэх онд төсвийн орлого гучин их наяд төгрөгт хүрэх төлөвтэй байна.",
    "Сөрөг хүчний гишүүд төсвийн зардлыг бууруулах шаардлагатай гэж мэдэгдсэн юм.",
]
KK = [
    "Үкімет отырысында келесі жылға арналған республикалық бюджеттің жобасы мақұлданды.",
    "Қаржы министрінің айтуынша, бюджет кірістері алдағы жылы он бес пайызға өседі деп күтілуде.",
    "Сарапшылар мемлекеттік шығыстарды тиімді пайдалану мәселесіне назар аудару қажет екенін атап өтті.",
]
ZH_HK = [
    "政府今日公布新一份施政報告，宣布將增建二萬個過渡性房屋單位，以紓緩基層市民的住屋壓力。",
    "行政長官表示，相關單位預計在未來三年內陸續落成，首批可於明年年中入伙。",
    "有議員批評措施未能解決根本問題，要求政府加快公營房屋的興建進度。",
]
ZH_SG = [
    "新加坡金融管理局今天宣布维持新元汇率政策不变，符合多数经济学家的预期。",
    "金管局在声明中指出，核心通胀预计将在明年逐步回落至百分之二左右。",
    "分析师认为，全球经济前景仍存在不确定性，当局采取观望态度是合理的选择。",
]


def yoast(url: str, base: str, article_fields: dict, *persons: tuple[str, str]) -> str:
    """A Yoast SEO @graph: the Article node, its WebPage, the site's Organization and the Person nodes the
    article's "author" points to by @id (Yoast's shape: `{"name": ..., "@id": ...}` or `{"@id": ...}`)."""
    graph = [
        {
            "@type": "NewsArticle",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "publisher": {"@id": f"{base}/#organization"},
            "mainEntityOfPage": {"@id": url},
            **article_fields,
        },
        {"@type": "WebPage", "@id": url, "url": url, "name": article_fields.get("headline", "")},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Site", "url": f"{base}/"},
    ]
    graph += [
        {
            "@type": "Person",
            "@id": f"{base}/#/schema/person/{key}",
            "name": name,
            "url": f"{base}/author/{key}/",
        }
        for key, name in persons
    ]
    return ld({"@context": "https://schema.org", "@graph": graph})


# --- (a) WordPress news themes --------------------------------------------------------------------------
def test_tagdiv_newspaper_classic_post_header_views_and_yoast_person_by_id() -> None:
    # Pattaya Mail on tagDiv's Newspaper theme (classic template): ".td-post-header" with the category list,
    # "By <a>name</a> -" in .td-post-author-name, the <time> in .td-post-date, a view counter, the text in
    # .td-post-content, the "TAGS" row, "RELATED ARTICLES / MORE FROM AUTHOR" block; the Yoast @graph names
    # the
    # author only through a Person node's @id
    base = "https://www.pattayamail.com"
    url = f"{base}/news/pattaya-council-approves-beach-road-flood-drains-512345"
    before, after = chrome("Pattaya Mail")
    html = page(
        '<meta property="og:type" content="article"><title>Pattaya council approves Beach Road flood drains -'
        ' Pattaya Mail</title><meta property="og:site_name" content="Pattaya Mail">'
        + yoast(
            url,
            base,
            {
                "headline": "Pattaya council approves Beach Road flood drains",
                "datePublished": "2026-12-04T10:30:00+07:00",
                "dateModified": "2026-12-04T11:45:00+07:00",
                "author": {"@id": f"{base}/#/schema/person/7f3a"},
                "articleSection": ["Local News"],
            },
            ("7f3a", "Boonchu Saelim"),
        ),
        before
        + '<div class="td-main-content-wrap"><div class="td-post-content-area"><article id="post-512345"'
        ' class="post-512345 post type-post"><div class="td-post-header"><ul class="td-category"><li'
        ' class="entry-category"><a href="/category/news/local-news">Local News</a></li></ul><header'
        ' class="td-post-title"><h1 class="entry-title">Pattaya council approves Beach Road flood drains</h1>'
        '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div>'
        ' <a href="/author/boonchu">Boonchu Saelim</a><div class="td-author-line"> - </div></div><span'
        ' class="td-post-date"><time class="entry-date updated td-module-date"'
        ' datetime="2026-12-04T10:30:00+07:00">December 4, 2026</time></span><div class="td-post-views"><i'
        ' class="td-icon-views"></i><span class="td-nr-views-512345">1,204</span></div><div'
        ' class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div>'
        '</header></div><div class="td-post-sharing-top"><div class="td-post-sharing-classic"></div><a'
        ' class="td-social-sharing-button" href="https://www.facebook.com/sharer.php"><span'
        ' class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button"'
        ' href="https://twitter.com/intent/tweet"><span class="td-social-but-text">Twitter</span></a></div>'
        '<div class="td-post-content tagdiv-type">'
        + paras(SENTENCES)
        + '</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li>'
        '<span>TAGS</span></li><li><a href="/tag/beach-road">Beach Road</a></li><li><a href="/tag/floods">'
        'floods</a></li></ul></div><div class="td-post-sharing-bottom"><a class="td-social-sharing-button"'
        ' href="https://www.facebook.com/sharer.php">Facebook</a></div><div class="td-block-row td-post-next-'
        'prev"><div class="td-post-next-prev-content"><span>Previous article</span><a href="/news/jomtien-'
        'night-market-512300">Jomtien night market reopens</a></div></div><div class="td-author-name vcard'
        ' author"><a href="/author/boonchu">Boonchu Saelim</a></div></footer><div class="td_block_wrap'
        ' td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">'
        'RELATED ARTICLES</a><a class="td-related-right">MORE FROM AUTHOR</a></h4><div class="td-related-span'
        '4">'
        '<h3 class="entry-title td-module-title"><a href="/news/sukhumvit-road-works-512200">Sukhumvit road'
        " works delayed</a></h3></div></div></article></div></div>" + after,
    )
    expect(
        record(html, url),
        headline="Pattaya council approves Beach Road flood drains",
        standfirst=None,
        authors=["Boonchu Saelim"],
        published="2026-12-04T10:30:00+07:00",
        modified="2026-12-04T11:45:00+07:00",
        section="Local News",
        language="en",
        body=SENTENCES,
    )


def test_tagdiv_newspaper_cloud_template_blocks_with_thai_buddhist_era_date() -> None:
    # Matichon on tagDiv's Newspaper theme with a Cloud Library template: .tdb_single_author's "โดย" (by) and
    # name, .tdb_single_date's <time> showing "วันศุกร์ที่ 4 ธันวาคม พ.ศ. 2569 - 10:30 น." (weekday, day,
    # month,
    # Buddhist-era year, "น." for the hour), the text in .tdb_single_content, "ข่าวที่เกี่ยวข้อง" blocks;
    # Yoast's article:published_time in Thai time
    before, after = local_chrome("มติชนออนไลน์", "th")
    html = page(
        '<meta property="og:type" content="article"><title>ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วม - มติชนออนไลน์</ti'
        "tle>"
        '<meta property="article:published_time" content="2026-12-04T03:30:00+00:00">'
        '<meta property="article:modified_time" content="2026-12-04T04:12:00+00:00">',
        before + '<div class="td-main-content-wrap"><div class="tdc-row"><div class="td_block_wrap'
        ' tdb_title"><h1 class="tdb-title-text">ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วม</h1></div><div'
        ' class="td_block_wrap tdb_single_author"><div class="tdb-block-inner"><div'
        ' class="tdb-author-name-wrap"><span class="tdb-author-by">โดย</span> <a class="tdb-author-name"'
        ' href="/author/sompong">สมพงษ์ ทองดี</a></div></div></div><div class="td_block_wrap'
        ' tdb_single_date"><div class="tdb-block-inner"><time class="entry-date updated td-module-date"'
        ' datetime="2026-12-04T10:30:00+07:00">วันศุกร์ที่ 4 ธันวาคม พ.ศ. 2569 - 10:30 น.</time></div></div>'
        '<div class="td_block_wrap tdb_single_post_share"><a class="td-social-sharing-button">แชร์</a></div>'
        '<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index">'
        + paras(TH)
        + '</div></div><div class="td_block_wrap tdb_single_tags"><span class="tdb-tags-header">TAGS</span>'
        '<ul class="tdb-tags"><li><a href="/tag/น้ำท่วม">น้ำท่วม</a></li></ul></div><div class="td_block_wrap'
        ' td_flex_block_1"><h4 class="td-block-title"><span>ข่าวที่เกี่ยวข้อง</span></h4><div'
        ' class="td_module_flex"><h3 class="entry-title td-module-title"><a href="/news/123400">ราคายางพุ่ง'
        "สูงสุดในรอบปี</a></h3></div></div></div></div>" + after,
        lang="th",
    )
    expect(
        record(html, "https://www.matichon.co.th/politics/news_5123456"),
        headline="ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วม",
        standfirst=None,
        authors=["สมพงษ์ ทองดี"],
        published="2026-12-04T10:30:00+07:00",
        modified="2026-12-04T11:12:00+07:00",
        section=None,
        language="th",
        body=TH,
    )


def test_jannah_theme_meta_row_with_views_and_reading_time_and_the_author_box() -> None:
    # The Independent Singapore on TieLabs' Jannah theme: ".single-post-meta" with the author link, the date
    # as text ("December 4, 2026"), the comment counter, the views ("1,234") and "2 minutes read"; Jannah's
    # own NewsArticle JSON-LD (publisher by "#Publisher" @id), the tags row, the share bar and the
    # "about-author" box after the text
    before, after = chrome("The Independent Singapore")
    html = page(
        '<meta property="og:type" content="article"><title>MAS keeps Singapore dollar policy unchanged - The'
        " Independent Singapore News</title>"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "dateCreated": "2026-12-04T10:30:00+08:00",
                "datePublished": "2026-12-04T10:30:00+08:00",
                "dateModified": "2026-12-04T10:42:10+08:00",
                "headline": "MAS keeps Singapore dollar policy unchanged",
                "name": "MAS keeps Singapore dollar policy unchanged",
                "url": "https://theindependent.sg/mas-keeps-singapore-dollar-policy-unchanged/",
                "copyrightYear": "2026",
                "articleSection": "Singapore News",
                "publisher": {
                    "@id": "#Publisher",
                    "@type": "Organization",
                    "name": "The Independent Singapore",
                },
                "sourceOrganization": {"@id": "#Publisher"},
                "copyrightHolder": {"@id": "#Publisher"},
                "author": {
                    "@type": "Person",
                    "name": "Lydia Tan",
                    "url": "https://theindependent.sg/author/lydia/",
                },
            }
        ),
        before + '<div id="content" class="site-content container"><div class="tie-row main-content-row">'
        '<div class="main-content tie-col-md-8"><article id="the-post" class="container-wrapper post-content'
        ' tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em'
        ' class="delimiter">/</em><a href="/category/singapore-news/">Singapore News</a></nav><div'
        ' class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12"'
        ' href="/category/singapore-news/">Singapore News</a></span><h1 class="post-title entry-title">MAS'
        ' keeps Singapore dollar policy unchanged</h1><div class="single-post-meta post-meta clearfix"><span'
        ' class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper'
        ' meta-author-3"><span class="meta-author-avatar"><a href="/author/lydia/"><img alt="Photo of Lydia'
        ' Tan" src="/a.jpg"></a></span><span class="meta-author"><a href="/author/lydia/" class="author-name'
        ' tie-icon" title="Lydia Tan">Lydia Tan</a></span></span></span><span class="date meta-item'
        ' tie-icon">December 4, 2026</span><div class="tie-alignright"><span class="meta-comment tie-icon'
        ' meta-item fa-before">0</span><span class="meta-views meta-item"><span class="tie-icon-fire"></span>'
        ' 1,234 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> 2'
        ' minutes read</span></div></div></div></header><div class="entry-content entry clearfix">'
        + paras(SENTENCES)
        + '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title'
        '">'
        '<span class="tie-icon-tags"></span> Tags</div><span class="tagcloud"><a href="/tag/mas/">MAS</a><a'
        ' href="/tag/economy/">economy</a></span></div></div><div id="share-buttons-bottom" class="share-'
        'buttons share-buttons-bottom"><div class="share-links"><a href="https://www.facebook.com/sharer.php"'
        ' class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span'
        ">"
        ' <span class="social-text">Facebook</span></a></div></div></article><div class="post-components">'
        '<div class="about-author container-wrapper about-author-3"><div class="author-avatar"><img'
        ' src="/a.jpg"></div><div class="author-info"><h3 class="author-name"><a href="/author/lydia/">Lydia'
        ' Tan</a></h3><div class="author-bio">Lydia covers finance and the economy for the site.</div></div>'
        '</div><div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6'
        ' prev-post"><a href="/cpi-rises/" class="post-thumb"><span class="screen-reader-text">Previous'
        ' post</span></a><h3 class="post-title">Core inflation eases in October</h3></div></div></div></div>'
        "</div></div>" + after,
    )
    expect(
        record(html, "https://theindependent.sg/mas-keeps-singapore-dollar-policy-unchanged/"),
        headline="MAS keeps Singapore dollar policy unchanged",
        standfirst=None,
        authors=["Lydia Tan"],
        published="2026-12-04T10:30:00+08:00",
        modified="2026-12-04T10:42:10+08:00",
        section="Singapore News",
        language="en",
        body=SENTENCES,
    )


def test_jnews_zoneless_schema_dates_beside_yoast_published_time_and_two_coauthors() -> None:
    # Khmer Times on WordPress's JNews theme: JNews's own Article JSON-LD gives its dates without an offset
    # ("2026-12-04 10:30:00", the site's clock), Yoast's article:published_time gives the instant; the
    # .jeg_meta_author line names two co-authors ("by <a>A</a> and <a>B</a>"), .jeg_meta_date the day
    before, after = chrome("Khmer Times")
    url = "https://www.khmertimeskh.com/501812345/cambodia-opens-new-deep-sea-port-at-kampot/"
    html = page(
        '<meta property="og:type" content="article"><title>Cambodia opens new deep-sea port at Kampot - Khmer'
        ' Times</title><meta property="article:published_time" content="2026-12-04T03:30:00+00:00">'
        '<meta property="article:modified_time" content="2026-12-04T05:02:11+00:00">'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "Article",
                "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                "dateCreated": "2026-12-04 10:30:00",
                "datePublished": "2026-12-04 10:30:00",
                "dateModified": "2026-12-04 12:02:11",
                "url": url,
                "headline": "Cambodia opens new deep-sea port at Kampot",
                "name": "Cambodia opens new deep-sea port at Kampot",
                "articleSection": "National",
                "author": {
                    "@type": "Person",
                    "url": "https://www.khmertimeskh.com/author/sok-chan/",
                    "name": "Sok Chan",
                },
                "publisher": {"@type": "Organization", "name": "Khmer Times"},
            }
        ),
        before + '<div class="jeg_main"><div class="jeg_inner_content"><div class="entry-header"><div'
        ' class="jeg_post_category"><a href="/category/national/">National</a></div><h1'
        ' class="jeg_post_title">Cambodia opens new deep-sea port at Kampot</h1><div'
        ' class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div'
        ' class="jeg_meta_author coauthor"><span class="meta_text">by</span> <a'
        ' href="/author/sok-chan/">Sok Chan</a> and <a href="/author/meas-sokhorn/">Meas Sokhorn</a></div>'
        '<div class="jeg_meta_date"><a href="' + url + '">December 4, 2026</a></div></div><div'
        ' class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa'
        ' fa-comment-o"></i> 0</a></div></div></div></div></div><div class="jeg_featured featured_image"><a'
        ' href="/p.jpg"><img alt="" src="/p.jpg"></a><p class="wp-caption-text">The new terminal at Kampot.'
        ' KT/Chor Sokunthea</p></div><div class="jeg_share_top_container"><div class="jeg_share_button'
        ' clearfix"><a class="jeg_btn-facebook" href="https://www.facebook.com/sharer.php"><span>Share</span>'
        '</a><a class="jeg_btn-twitter" href="https://twitter.com/intent/tweet"><span>Tweet</span></a></div>'
        '</div><div class="entry-content no-share"><div class="content-inner">'
        + paras(SENTENCES)
        + '</div><div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/kampot/">Kampot</a><a'
        ' href="/tag/port/">port</a></div></div><div class="jnews_prev_next_container"><div'
        ' class="jeg_prevnext_post"><a href="/501812300/" class="post prev-post"><span class="caption">'
        'Previous Post</span><h3 class="post-title">Rice exports rise</h3></a></div></div><div'
        ' class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div'
        ' class="jeg_block_heading"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span>'
        '</h3></div><article class="jeg_post"><h3 class="jeg_post_title"><a href="/501812200/">Sihanoukville'
        ' port expands</a></h3><div class="jeg_meta_date"><a>December 2, 2026</a></div></article></div></div>'
        "</div></div>" + after,
    )
    expect(
        record(html, url),
        headline="Cambodia opens new deep-sea port at Kampot",
        standfirst=None,
        authors=["Sok Chan", "Meas Sokhorn"],
        published="2026-12-04T10:30:00+07:00",
        modified="2026-12-04T12:02:11+07:00",
        section="National",
        language="en",
        body=SENTENCES,
    )


def test_soledad_written_by_line_reading_time_and_you_may_also_like() -> None:
    # RICE (ricemedia.co) on PenciDesign's Soledad theme: "written by <a>name</a>" in .author-post, the
    # <time class="entry-date published">, "3 min read" in the same meta box, the text in
    # #penci-post-entry-inner, the "0 comment" and share counter row, the author box, "previous post" and
    # "You may also like" after it; no JSON-LD, only Yoast's og meta
    before, after = chrome("RICE")
    html = page(
        '<meta property="og:type" content="article"><title>The last kampong barbers of Singapore | RICE</titl'
        "e>"
        '<meta property="og:title" content="The last kampong barbers of Singapore">'
        '<meta property="article:published_time" content="2026-12-04T02:30:00+00:00">',
        before + '<div class="container container-single penci_sidebar"><div id="main"><article'
        ' id="post-98765" class="post type-post status-publish"><div class="header-standard header-classic'
        ' single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name'
        ' penci-cat-12" href="/category/culture/">Culture</a></span></div><h1 class="post-title'
        ' single-post-title entry-title">The last kampong barbers of Singapore</h1><div'
        ' class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">written'
        ' by <a class="author-url url fn n" href="/author/nur-aisyah/">Nur Aisyah</a></span></span><span><tim'
        "e"
        ' class="entry-date published" datetime="2026-12-04T10:30:00+08:00">December 4, 2026</time></span>'
        '<span>3 min read</span></div></div><div class="post-entry blockquote-style-1"><div'
        ' class="inner-post-entry entry-content" id="penci-post-entry-inner">'
        + paras(SENTENCES)
        + '<div class="penci-single-link-pages"></div><div class="post-tags"><a href="/tag/heritage/"'
        ' rel="tag">heritage</a></div></div></div><div class="tags-share-box single-post-share'
        ' tags-share-box-s1"><span class="single-comment-o"><i class="penciicon-chat"></i>0 comment</span>'
        '<div class="post-share"><span class="post-share-item post-share-plike"><span class="dt-share">0'
        '</span></span><a class="post-share-item post-share-facebook" href="https://www.facebook.com/sharer">'
        'Facebook</a><a class="post-share-item" href="https://twitter.com/intent/tweet">Twitter</a></div>'
        '</div><div class="post-author abio-style-1"><div class="author-img"><img alt="" src="/a.jpg"></div>'
        '<div class="author-content"><h5><a href="/author/nur-aisyah/">Nur Aisyah</a></h5><p>Nur writes about'
        ' the city and its people.</p></div></div><div class="post-pagination"><div class="prev-post"><div'
        ' class="prev-post-inner"><div class="prev-post-title"><span>previous post</span></div><a'
        ' href="/hawker-heirs/"><h5>The hawker heirs who came home</h5></a></div></div></div><div'
        ' class="post-related"><div class="post-title-box"><h4 class="post-box-title">You may also like</h4>'
        '</div><div class="item-related"><h3><a href="/void-deck-weddings/">Void deck weddings are back</a>'
        '</h3><span class="date"><time class="entry-date published">November 20, 2026</time></span></div>'
        "</div></article></div></div>" + after,
    )
    expect(
        record(html, "https://www.ricemedia.co/the-last-kampong-barbers-of-singapore/"),
        headline="The last kampong barbers of Singapore",
        standfirst=None,
        authors=["Nur Aisyah"],
        published="2026-12-04T10:30:00+08:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_newspack_three_author_byline_subtitle_and_yoast_author_list_by_id() -> None:
    # Hong Kong Free Press on Automattic's Newspack theme (WordPress.com VIP): the subtitle in
    # .newspack-post-subtitle, a byline of three "author vcard" spans ("By A, B and C"), "posted-on" with the
    # published and updated <time>s; the Yoast @graph lists the three authors as bare {"@id"} references (Co-
    # Authors Plus) resolved by Person nodes; a "Support HKFP" box after the text
    base = "https://hongkongfp.com"
    url = f"{base}/2026/12/04/government-to-build-20000-more-transitional-homes/"
    before, after = chrome("Hong Kong Free Press HKFP")
    names = [("a1", "Kelly Ho"), ("b2", "Hans Tse"), ("c3", "Irene Chan")]
    html = page(
        '<meta property="og:type" content="article"><title>Gov\'t to build 20,000 more transitional homes -'
        " Hong Kong Free Press HKFP</title>"
        + yoast(
            url,
            base,
            {
                "headline": "Gov't to build 20,000 more transitional homes",
                "datePublished": "2026-12-04T10:30:00+00:00",
                "dateModified": "2026-12-04T12:05:00+00:00",
                "author": [{"@id": f"{base}/#/schema/person/{key}"} for key, _ in names],
                "articleSection": ["Hong Kong", "Housing"],
            },
            *names,
        ),
        before + '<div id="content" class="site-content"><main id="main" class="site-main"><article'
        ' id="post-401234" class="post type-post"><header class="entry-header"><span class="cat-links"><a'
        ' href="/category/hong-kong/" rel="category tag">Hong Kong</a></span><h1 class="entry-title">Gov\'t'
        ' to build 20,000 more transitional homes</h1><div class="newspack-post-subtitle">The first units'
        ' will be ready by the middle of next year, the city\'s leader said.</div><div class="entry-subhead">'
        '<div class="entry-meta"><span class="author-avatar"><img alt="" src="/a.jpg"></span><span'
        ' class="byline"><span>By</span> <span class="author vcard"><a class="url fn n"'
        ' href="/author/kelly-ho/">Kelly Ho</a></span>, <span class="author vcard"><a class="url fn n"'
        ' href="/author/hans-tse/">Hans Tse</a></span> and <span class="author vcard"><a class="url fn n"'
        ' href="/author/irene-chan/">Irene Chan</a></span></span><span class="posted-on"><time class="entry-'
        'date published" datetime="2026-12-04T18:30:00+08:00">18:30, 4 December 2026</time><time'
        ' class="updated" datetime="2026-12-04T20:05:00+08:00">20:05, 4 December 2026</time></span></div>'
        '<div class="newspack-social-share"><a href="https://www.facebook.com/sharer">Share</a></div></div>'
        '</header><div class="entry-content">'
        + paras(SENTENCES)
        + '<div class="wp-block-group hkfp-support"><p><strong>Support HKFP</strong>  |  <a'
        ' href="/policies/">Policies &amp; Ethics</a>  |  <a href="/report-error/">Error/typo?</a>  |  <a'
        ' href="/contact/">Contact Us</a>  |  <a href="/newsletter/">Newsletter</a>  |  <a'
        ' href="/transparency/">Transparency &amp; Annual Report</a>  |  <a href="/apps/">Apps</a></p></div>'
        "</div></article></main></div>" + after,
    )
    expect(
        record(html, url),
        headline="Gov't to build 20,000 more transitional homes",
        standfirst="The first units will be ready by the middle of next year, the city's leader said.",
        authors=["Kelly Ho", "Hans Tse", "Irene Chan"],
        published="2026-12-04T18:30:00+08:00",
        modified="2026-12-04T20:05:00+08:00",
        section="Hong Kong",
        language="en",
        body=SENTENCES,
    )


def test_rank_math_graph_person_by_id_with_malay_oleh_byline_and_at_sign_time() -> None:
    # Berita Harian (Malaysia) in the shape of a WordPress site with Rank Math: the @graph's NewsArticle names
    # the author as {"@id": ".../author/<slug>/", "name": ...} beside a Person node of the same @id, and the
    # page's byline "Oleh <name> - Disember 4, 2026 @ 10:30am" (by, the Malay month first, "@" before a
    # 12-hour time)
    base = "https://www.bharian.com.my"
    url = f"{base}/berita/nasional/2026/12/1401234/gaji-minimum-naik-rm1700-mulai-februari"
    before, after = local_chrome("Berita Harian", "id")
    html = page(
        '<meta property="og:type" content="article"><title>Gaji minimum naik RM1,700 mulai Februari | Berita'
        " Harian</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "Organization", "@id": f"{base}/#organization", "name": "Berita Harian"},
                    {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "inLanguage": "ms-MY"},
                    {
                        "@type": "Person",
                        "@id": f"{base}/author/ahmad-fauzi/",
                        "name": "Ahmad Fauzi Ismail",
                        "url": f"{base}/author/ahmad-fauzi/",
                        "worksFor": {"@id": f"{base}/#organization"},
                    },
                    {
                        "@type": "NewsArticle",
                        "headline": "Gaji minimum naik RM1,700 mulai Februari",
                        "datePublished": "2026-12-04T10:30:00+08:00",
                        "dateModified": "2026-12-04T10:30:00+08:00",
                        "author": {"@id": f"{base}/author/ahmad-fauzi/", "name": "Ahmad Fauzi Ismail"},
                        "publisher": {"@id": f"{base}/#organization"},
                        "inLanguage": "ms-MY",
                        "@id": f"{url}#richSnippet",
                        "isPartOf": {"@id": f"{url}#webpage"},
                        "mainEntityOfPage": {"@id": f"{url}#webpage"},
                    },
                ],
            }
        ),
        before + '<main><article class="article-detail"><h1 class="article-title">Gaji minimum naik RM1,700'
        ' mulai Februari</h1><div class="article-meta"><span class="author">Oleh <a'
        ' href="/author/ahmad-fauzi/">Ahmad Fauzi Ismail</a></span> - <span class="created">Disember 4,'
        ' 2026 @ 10:30am</span></div><div class="article-body">'
        + paras(MS)
        + '</div><div class="article-tags"><a href="/tags/gaji-minimum">Gaji minimum</a></div><div'
        ' class="related"><h3>Berita berkaitan</h3><a href="/berita/nasional/2026/12/1401200/">Kos sara hidup'
        " meningkat</a></div></article></main>" + after,
        lang="ms",
    )
    expect(
        record(html, url),
        headline="Gaji minimum naik RM1,700 mulai Februari",
        standfirst=None,
        authors=["Ahmad Fauzi Ismail"],
        published="2026-12-04T10:30:00+08:00",
        modified="2026-12-04T10:30:00+08:00",
        section=None,
        language="ms",
        body=MS,
    )


# --- (a) hosted platforms and newsroom CMSs -------------------------------------------------------------
def test_ghost_source_theme_date_only_time_and_cards_inside_the_text() -> None:
    # Platformer on Ghost (Source theme): the tag, headline and excerpt in .gh-article-header, the author in
    # .gh-article-author-name, a date-only <time> ("Dec 4, 2026") and "— 6 min read"; Ghost's JSON-LD gives
    # the instant in UTC with milliseconds; a bookmark card (a linked story's title, description, publisher)
    # and a sign-up card sit inside .gh-content
    before, after = chrome("Platformer")
    html = page(
        '<meta name="generator" content="Ghost 5.101"><meta property="og:type" content="article">'
        "<title>The chatbot that wanted a union</title>"
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "publisher": {
                    "@type": "Organization",
                    "name": "Platformer",
                    "url": "https://www.platformer.news/",
                },
                "author": {
                    "@type": "Person",
                    "name": "Casey Newton",
                    "url": "https://www.platformer.news/author/casey/",
                    "sameAs": [],
                },
                "headline": "The chatbot that wanted a union",
                "url": "https://www.platformer.news/chatbot-union/",
                "datePublished": "2026-12-04T15:30:12.000Z",
                "dateModified": "2026-12-04T16:02:45.000Z",
                "description": "A strange week in AI labor relations.",
            }
        ),
        before + '<main id="main" class="gh-main"><article class="gh-article post tag-ai"><header'
        ' class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/ai/">AI</a><h1'
        ' class="gh-article-title is-title">The chatbot that wanted a union</h1><p class="gh-article-excerpt'
        ' is-body">A strange week in AI labor relations.</p><div class="gh-article-meta"><div'
        ' class="gh-article-author-image instapaper_ignore"><a href="/author/casey/"><img'
        ' class="author-profile-image" alt="Casey Newton" src="/c.jpg"></a></div><div'
        ' class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/casey/">Casey'
        ' Newton</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date"'
        ' datetime="2026-12-04">Dec 4, 2026</time><span class="gh-article-meta-length"><span'
        ' class="bull">—</span> 6 min read</span></div></div></div></header><section class="gh-content'
        ' gh-canvas is-body">'
        + paras(SENTENCES[:3])
        + '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container"'
        ' href="https://example.org/ai-strike"><div class="kg-bookmark-content"><div class="kg-bookmark-'
        'title">Workers at an AI lab walk out</div><div class="kg-bookmark-description">Staff demand a say in'
        ' how models are deployed.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon"'
        ' alt="" src="/i.png"><span class="kg-bookmark-author">The Verge</span><span class="kg-bookmark-'
        'publisher">Jane Smith</span></div></div></a></figure>'
        + paras(SENTENCES[3:])
        + '<div class="kg-card kg-signup-card kg-width-regular"><div class="kg-signup-card-content"><div'
        ' class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Sign up for Platformer</h2><p'
        ' class="kg-signup-card-subheading">The news at the intersection of Big Tech and democracy.</p>'
        '<form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input"'
        ' type="email" placeholder="Your email"><button class="kg-signup-card-button"><span>Subscribe</span>'
        '</button></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div>'
        '</div></section></article><section class="gh-container is-grid gh-outer"><h2'
        ' class="gh-container-title">Read more</h2><article class="gh-card post"><a class="gh-card-link"'
        ' href="/older/"><h3 class="gh-card-title">The week in content moderation</h3><time'
        ' class="gh-card-date" datetime="2026-11-27">Nov 27, 2026</time></a></article></section></main>'
        + after,
    )
    expect(
        record(html, "https://www.platformer.news/chatbot-union/"),
        headline="The chatbot that wanted a union",
        standfirst="A strange week in AI labor relations.",
        authors=["Casey Newton"],
        published="2026-12-04T15:30:12+00:00",
        modified="2026-12-04T16:02:45+00:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_substack_custom_domain_two_authors_subscribe_widget_and_share_button() -> None:
    # Slow Boring on Substack with its own domain: the subtitle in h3.subtitle, two authors' profile links
    # in the byline, the date as "Dec 04, 2026", the NewsArticle JSON-LD with an author list, and inside
    # .body.markup a subscription widget ("Thanks for reading ...! Subscribe for free ...") and a "Share"
    # button paragraph between the paragraphs
    before, after = chrome("Slow Boring")
    html = page(
        '<meta property="og:type" content="article"><title>The case for boring transit</title>'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "url": "https://www.slowboring.com/p/the-case-for-boring-transit",
                "mainEntityOfPage": "https://www.slowboring.com/p/the-case-for-boring-transit",
                "headline": "The case for boring transit",
                "description": "Cheap, frequent buses beat shiny megaprojects",
                "datePublished": "2026-12-04T11:02:31+00:00",
                "dateModified": "2026-12-04T11:02:31+00:00",
                "isAccessibleForFree": True,
                "author": [
                    {
                        "@type": "Person",
                        "name": "Matthew Yglesias",
                        "url": "https://substack.com/@mattyglesias",
                    },
                    {"@type": "Person", "name": "Milan Singh", "url": "https://substack.com/@milansingh"},
                ],
                "publisher": {"@type": "Organization", "name": "Slow Boring"},
            }
        ),
        before + '<div class="single-post-container"><div class="container"><div class="single-post"><article'
        ' class="typography newsletter-post post"><div class="post-header"><h1 class="post-title'
        ' published">The case for boring transit</h1><h3 class="subtitle">Cheap, frequent buses beat shiny'
        ' megaprojects</h3><div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-'
        'target"><a href="https://substack.com/@mattyglesias">Matthew Yglesias</a></div><span> and </span><di'
        "v"
        ' class="profile-hover-card-target"><a href="https://substack.com/@milansingh">Milan Singh</a></div>'
        '</div><div class="pencraft">Dec 04, 2026</div><div class="post-ufi"><a class="like-button">312</a><a'
        ' class="post-ufi-comment-button">148</a><a class="post-ufi-button">Share</a></div></div></div><div'
        ' class="available-content"><div dir="auto" class="body markup">'
        + paras(SENTENCES[:2])
        + '<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div'
        ' class="preamble"><p class="cta-caption">Thanks for reading Slow Boring! Subscribe for free to'
        ' receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input'
        ' type="email" placeholder="Type your email..."><input type="submit" value="Subscribe"></form></div>'
        "</div>"
        + paras(SENTENCES[2:4])
        + '<p class="button-wrapper"><a class="button primary" href="https://www.slowboring.com/p/the-case-'
        'for-boring-transit?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share">'
        "<span>Share</span></a></p>"
        + paras(SENTENCES[4:])
        + "</div></div></article></div></div></div>"
        + after,
    )
    expect(
        record(html, "https://www.slowboring.com/p/the-case-for-boring-transit"),
        headline="The case for boring transit",
        standfirst="Cheap, frequent buses beat shiny megaprojects",
        authors=["Matthew Yglesias", "Milan Singh"],
        published="2026-12-04T11:02:31+00:00",
        modified="2026-12-04T11:02:31+00:00",
        section=None,
        language="en",
        body=SENTENCES,
        access="free",
    )


def test_arc_xp_fusion_page_with_interstitial_read_more_links_and_ad_slots() -> None:
    # The Philadelphia Inquirer on Arc XP: the Fusion page's byline ("by <a>A</a> and <a>B</a>"), the
    # "Published Dec. 4, 2026, 10:30 a.m. ET" line, the NewsArticle JSON-LD in UTC, "ADVERTISEMENT" slots
    # and Arc's interstitial "Read more: <link>" paragraphs between the text's paragraphs
    before, after = chrome("The Philadelphia Inquirer")
    html = page(
        '<meta property="og:type" content="article"><title>SEPTA approves fare cap for weekly riders</title>'
        + article(
            "SEPTA approves fare cap for weekly riders",
            datePublished="2026-12-04T15:30:00Z",
            dateModified="2026-12-04T17:12:00Z",
            author=[
                {"@type": "Person", "name": "Thomas Fitzgerald"},
                {"@type": "Person", "name": "Anna Orso"},
            ],
            publisher={"@type": "Organization", "name": "The Philadelphia Inquirer"},
            articleSection="Transportation",
        ),
        before + '<div id="fusion-app"><article class="article-body-wrapper"><header><a class="inq-kicker"'
        ' href="/transportation/">Transportation</a><h1 class="inq-headline">SEPTA approves fare cap for'
        ' weekly riders</h1><div class="inq-byline"><span class="inq-byline__by">by </span><a'
        ' href="/author/fitzgerald_thomas/">Thomas Fitzgerald</a><span> and </span><a'
        ' href="/author/orso_anna/">Anna Orso</a></div><div class="inq-timestamp"><span>Published Dec. 4,'
        " 2026, 10:30 a.m. ET</span></div></header>"
        + f'<p class="inq-p" data-type="text">{SENTENCES[0]}</p><p class="inq-p" data-type="text">'
        f"{SENTENCES[1]}</p>" + '<div class="arc-ad inq-ad"><span class="ad-label">ADVERTISEMENT</span><div'
        ' id="arcad_feature"></div></div>'
        + f'<p class="inq-p" data-type="text">{SENTENCES[2]}</p>'
        + '<div class="interstitial-link"><span>Read more: </span><a href="/transportation/septa-budget-'
        '20261120.html">SEPTA faces a $240 million budget gap</a></div>'
        + "".join(f'<p class="inq-p" data-type="text">{s}</p>' for s in SENTENCES[3:])
        + '<div class="inq-author-bio"><p>Thomas Fitzgerald covers politics. Anna Orso covers transit.</p>'
        "</div></article></div>" + after,
    )
    expect(
        record(html, "https://www.inquirer.com/transportation/septa-fare-cap-weekly-riders-20261204.html"),
        headline="SEPTA approves fare cap for weekly riders",
        standfirst=None,
        authors=["Thomas Fitzgerald", "Anna Orso"],
        published="2026-12-04T10:30:00-05:00",
        modified="2026-12-04T12:12:00-05:00",
        section="Transportation",
        language="en",
        body=SENTENCES,
    )


def test_brightspot_grove_public_radio_author_info_and_published_at_line() -> None:
    # KCUR (an NPR member station on Grove, Brightspot's public-media CMS): .ArticlePage-authorName with the
    # name and the station under it, "Published December 4, 2026 at 10:30 AM CST" in
    # .ArticlePage-datePublished, the text in .RichTextArticleBody, a "Related Content" list and the member
    # donation prompt after the text
    before, after = chrome("KCUR - Kansas City news and NPR")
    html = page(
        '<meta property="og:type" content="article"><title>Kansas City streetcar extension opens to riders |'
        " KCUR - Kansas City news and NPR</title>"
        '<meta property="article:published_time" content="2026-12-04T16:30:00Z">',
        before + '<main class="Page-main"><div class="ArticlePage-mainContent"><div'
        ' class="ArticlePage-breadcrumbs"><a class="Link" href="/news">Local news</a></div><h1'
        ' class="ArticlePage-headline">Kansas City streetcar extension opens to riders</h1><div'
        ' class="ArticlePage-byline"><div class="ArticlePage-authors"><div class="ArticlePage-authorInfo"><di'
        "v"
        ' class="ArticlePage-authorName"><a class="Link" href="/people/celisa-calacal">Celisa Calacal</a></di'
        "v>"
        '<div class="ArticlePage-authorTitle">KCUR 89.3</div></div></div><div'
        ' class="ArticlePage-datePublished">Published December 4, 2026 at 10:30 AM CST</div></div><div'
        ' class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">'
        + paras(SENTENCES)
        + '</div></div><div class="ArticlePage-relatedContent"><h2>Related Content</h2><ul><li><a'
        ' href="/news/2026-11-20/streetcar-test-runs">Streetcar test runs begin on Main Street</a></li></ul>'
        '</div><div class="DonationPromo"><p>As a nonprofit news organization, our future depends on you.'
        ' Make your gift of support to KCUR today.</p><a href="/donate">Donate</a></div></div></main>'
        + after,
    )
    expect(
        record(html, "https://www.kcur.org/news/2026-12-04/kansas-city-streetcar-extension-opens-to-riders"),
        headline="Kansas City streetcar extension opens to riders",
        standfirst=None,
        authors=["Celisa Calacal"],
        published="2026-12-04T10:30:00-06:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_blox_townnews_asset_with_paper_after_the_name_and_inline_newsletter() -> None:
    # Tulsa World on BLOX/TownNews: the headline in .tnt-headline, the subhead, ".tnt-byline" "By <a>name</a>
    # Tulsa World" (the paper after the name), the <time class="tnt-date asset-date"> and "Updated" one,
    # the text in #article-body, BLOX's inline newsletter box and an inline related-content region between
    # paragraphs, itemprop dates in the page
    before, after = chrome("Tulsa World")
    html = page(
        '<meta property="og:type" content="article"><title>Tulsa council backs new river dam funding |'
        " Local News | tulsaworld.com</title>"
        '<meta itemprop="datePublished" content="2026-12-04T10:30:00-06:00">'
        '<meta itemprop="dateModified" content="2026-12-04T12:15:00-06:00">',
        before + '<div id="main-page-container"><article id="article-f1e2d3c4" class="asset type-article">'
        '<header class="asset-header"><div class="asset-masthead"><h1 class="headline"><span'
        ' class="tnt-headline" itemprop="headline">Tulsa council backs new river dam funding</span></h1><h2'
        ' class="subhead"><span>The low-water dam would keep water in the river year-round.</span></h2><ul'
        ' class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/kevin%20canfield/"'
        ' class="tnt-user-name" rel="author">Kevin Canfield</a> Tulsa World</span></li><li'
        ' class="hidden-print"><time datetime="2026-12-04T10:30:00-06:00" class="tnt-date asset-date'
        ' text-muted">Dec 4, 2026</time></li><li><span class="asset-date text-muted">Updated <time'
        ' datetime="2026-12-04T12:15:00-06:00" class="tnt-date">Dec 4, 2026</time></span></li></ul></div>'
        '</header><div class="share-container"><span>Facebook</span><span>Twitter</span><span>Email</span>'
        '</div><div class="asset-content" itemprop="articleBody"><div id="article-body"'
        ' class="asset-body"><div class="asset-text">'
        + paras(SENTENCES[:2])
        + '</div><div class="tnt-ads-container"><div class="tnt-ads"><span class="ad-label">Advertisement</sp'
        "an>"
        '</div></div><div class="inline-editorial-newsletter"><h4>Get local news delivered to your inbox!</h4'
        ">"
        '<p>Subscribe to our Daily Headlines newsletter.</p><form><input type="email"><button>Sign up!'
        '</button></form></div><div class="asset-text">'
        + paras(SENTENCES[2:4])
        + '</div><div class="tncms-inline-relcontent-region"><div class="tncms-block"><h4>Related to this'
        ' story</h4><a href="/news/local/river-tax-vote/article_9a8b.html">Voters approved river tax in'
        ' 2016</a></div></div><div class="asset-text">'
        + paras(SENTENCES[4:])
        + '</div></div></div><div class="asset-tags"><h3>Tags</h3><a href="/search/?t=arkansas-river">Arkansa'
        "s"
        " River</a></div></article></div>" + after,
    )
    expect(
        record(html, "https://tulsaworld.com/news/local/government-politics/article_1f2e3d4c.html"),
        headline="Tulsa council backs new river dam funding",
        standfirst="The low-water dam would keep water in the river year-round.",
        authors=["Kevin Canfield"],
        published="2026-12-04T10:30:00-06:00",
        modified="2026-12-04T12:15:00-06:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_blox_townnews_json_ld_author_with_the_paper_and_a_staff_writer_line() -> None:
    # the Richmond Times-Dispatch on BLOX/TownNews: BLOX's NewsArticle JSON-LD names the author with the
    # paper after the name ("Michael Martz Richmond Times-Dispatch"), the byline box gives the name and
    # "Staff writer" under it, the dates in <time>s, "Contact Michael Martz at ... (804) 649-6964" after the
    # text
    before, after = chrome("Richmond Times-Dispatch")
    html = page(
        '<meta property="og:type" content="article"><title>Virginia lawmakers weigh teacher pay raise |'
        " Virginia Politics | richmond.com</title>"
        + article(
            "Virginia lawmakers weigh teacher pay raise",
            datePublished="2026-12-04T10:30:00-05:00",
            dateModified="2026-12-04T10:30:00-05:00",
            author=[{"@type": "Person", "name": "Michael Martz Richmond Times-Dispatch"}],
            publisher={"@type": "Organization", "name": "Richmond Times-Dispatch"},
        ),
        before + '<article class="asset type-article"><div class="asset-masthead"><h1 class="headline"><span'
        ' class="tnt-headline">Virginia lawmakers weigh teacher pay raise</span></h1><div class="asset-'
        'byline"><div class="tnt-byline-name"><a href="/users/profile/mmartz/" class="tnt-user-name">Michael'
        ' Martz</a></div><div class="tnt-byline-title">Staff writer</div></div><ul class="list-inline"><li>'
        '<time datetime="2026-12-04T10:30:00-05:00" class="tnt-date asset-date text-muted">Dec 4, 2026</time>'
        '</li></ul></div><div class="asset-content" itemprop="articleBody"><div id="article-body"'
        ' class="asset-body"><div class="subscriber-preview">'
        + paras(SENTENCES)
        + "<p><em>Contact Michael Martz at mmartz@timesdispatch.com or (804) 649-6964.</em></p></div></div></"
        "div>"
        "</article>" + after,
    )
    expect(
        record(html, "https://richmond.com/news/state-regional/government-politics/article_5c6d7e8f.html"),
        headline="Virginia lawmakers weigh teacher pay raise",
        standfirst=None,
        authors=["Michael Martz"],
        published="2026-12-04T10:30:00-05:00",
        modified="2026-12-04T10:30:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_drupal_node_fields_author_field_and_metatag_published_time() -> None:
    # Common Dreams on Drupal: the title in .field--name-title, the author in .field--name-field-author, a
    # "Dec 04, 2026" <time> in .node__meta, the text in .field--name-body, the Metatag module's
    # article:published_time, the "Our work is licensed under Creative Commons" line and the donation
    # appeal after the text
    before, after = chrome("Common Dreams")
    html = page(
        '<meta property="og:type" content="article"><title>Senate Democrats unveil child care bill | Common'
        ' Dreams</title><meta property="article:published_time" content="2026-12-04T10:30:00-05:00">'
        '<meta property="article:modified_time" content="2026-12-04T11:00:00-05:00">',
        before + '<main role="main"><article role="article" class="node node--type-article node--view-mode-'
        'full"><div class="node__header"><div class="field field--name-field-section"><a href="/news">News'
        '</a></div><h1 class="page-title"><span class="field field--name-title field--type-string">Senate'
        ' Democrats unveil child care bill</span></h1><div class="field field--name-field-author'
        ' field--type-entity-reference"><a href="/author/jessica-corbett" hreflang="en">Jessica Corbett</a>'
        '</div><div class="node__meta"><time datetime="2026-12-04T15:30:00Z">Dec 04, 2026</time></div></div>'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary'
        ' field__item">'
        + paras(SENTENCES)
        + '</div><div class="field field--name-field-license"><p>Our work is licensed under Creative Commons'
        ' (CC BY-NC-ND 3.0). Feel free to republish and share widely.</p></div><div class="donate-appeal">'
        "<h3>Independent journalism is under attack</h3><p>Please support our work today.</p></div>"
        "</article></main>" + after,
    )
    expect(
        record(html, "https://www.commondreams.org/news/senate-democrats-child-care-bill"),
        headline="Senate Democrats unveil child care bill",
        standfirst=None,
        authors=["Jessica Corbett"],
        published="2026-12-04T10:30:00-05:00",
        modified="2026-12-04T11:00:00-05:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_squarespace_blog_item_string_author_and_offset_without_colon() -> None:
    # Oaklandside-like local newsletter on Squarespace: the Article JSON-LD Squarespace writes ("author" a
    # bare
    # string, "datePublished" with an offset without a colon, "-0800"), .blog-meta-section's author link and
    # <time class="dt-published">, the text in .sqs-html-content blocks, the author profile and the "item
    # pagination" (previous / next titles) after it
    before, after = chrome("The Oakland Ledger")
    html = page(
        '<meta property="og:type" content="article"><title>Lake Merritt boathouse to reopen in spring — The'
        " Oakland Ledger</title>"
        + ld(
            {
                "url": "https://www.oaklandledger.org/news/lake-merritt-boathouse-to-reopen",
                "name": "Lake Merritt boathouse to reopen in spring",
                "datePublished": "2026-12-04T10:30:00-0800",
                "dateModified": "2026-12-04T11:05:12-0800",
                "headline": "Lake Merritt boathouse to reopen in spring",
                "author": "Darwin BondGraham",
                "@context": "http://schema.org",
                "@type": "Article",
            }
        ),
        before + '<main id="page"><article class="BlogItem hentry author-darwin-bondgraham post-type-text"'
        ' data-item-id="6571"><div class="blog-item-top-wrapper"><h1 class="entry-title entry-title--large'
        ' p-name" data-content-field="title">Lake Merritt boathouse to reopen in spring</h1><div'
        ' class="blog-meta-section"><span class="blog-author"><a href="/news?author=5f3a">Darwin BondGraham'
        '</a></span><time class="dt-published date-highlight" datetime="2026-12-04">December 4, 2026</time>'
        '</div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div'
        ' class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12'
        ' span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div'
        ' class="sqs-html-content">'
        + paras(SENTENCES)
        + '</div></div></div></div></div></div></div></div><div class="blog-item-author-profile-wrapper"><a'
        ' class="author-name" href="/news?author=5f3a">Darwin BondGraham</a><div class="author-bio"><p>Darwin'
        ' covers City Hall.</p></div></div><section class="item-pagination item-pagination--prev-next"><a'
        ' class="item-pagination-link item-pagination-link--prev" href="/news/budget"><div'
        ' class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">City budget gap'
        " widens</h2></a></section></article></main>" + after,
    )
    expect(
        record(html, "https://www.oaklandledger.org/news/lake-merritt-boathouse-to-reopen"),
        headline="Lake Merritt boathouse to reopen in spring",
        standfirst=None,
        authors=["Darwin BondGraham"],
        published="2026-12-04T10:30:00-08:00",
        modified="2026-12-04T11:05:12-08:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_jekyll_minima_post_meta_with_h_card_author_and_seo_tag_json_ld() -> None:
    # a newsroom engineer's Jekyll blog (minima theme): .post-meta's <time class="dt-published"
    # itemprop="datePublished"> and the author's h-card span after a bullet, the text in .post-content
    # e-content, jekyll-seo-tag's BlogPosting JSON-LD, the footer's "Subscribe via RSS"
    html = page(
        "<title>Rebuilding our election results pipeline | Ana Kowalski</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+01:00">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "author": {"@type": "Person", "name": "Ana Kowalski"},
                "dateModified": "2026-12-04T10:30:00+01:00",
                "datePublished": "2026-12-04T10:30:00+01:00",
                "headline": "Rebuilding our election results pipeline",
                "mainEntityOfPage": {
                    "@type": "WebPage",
                    "@id": "https://annakowalski.net/2026/12/04/results/",
                },
                "url": "https://annakowalski.net/2026/12/04/results/",
            }
        ),
        '<header class="site-header"><div class="wrapper"><a class="site-title" href="/">Ana Kowalski</a><nav'
        ' class="site-nav"><a class="page-link" href="/about/">About</a></nav></div></header><main'
        ' class="page-content"><div class="wrapper"><article class="post h-entry" itemscope'
        ' itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name"'
        ' itemprop="name headline">Rebuilding our election results pipeline</h1><p class="post-meta"><time'
        ' class="dt-published" datetime="2026-12-04T10:30:00+01:00" itemprop="datePublished">Dec 4, 2026'
        '</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-autho'
        "r"
        ' h-card" itemprop="name">Ana Kowalski</span></span></p></header><div class="post-content e-content"'
        ' itemprop="articleBody">'
        + paras(SENTENCES)
        + '</div><a class="u-url" href="/2026/12/04/results/" hidden></a></article></div></main><footer'
        ' class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">Ana Kowalski</h2><p'
        ' class="feed-subscribe"><a href="/feed.xml">Subscribe via RSS</a></p></div></footer>',
    )
    expect(
        record(html, "https://annakowalski.net/2026/12/04/results/"),
        headline="Rebuilding our election results pipeline",
        standfirst=None,
        authors=["Ana Kowalski"],
        published="2026-12-04T10:30:00+01:00",
        modified="2026-12-04T10:30:00+01:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_hugo_ananke_header_with_reading_time_and_word_count_spans() -> None:
    # a local election newsletter on Hugo's Ananke theme: the section kicker in an aside, "By <strong>name
    # </strong>", a <time> with its offset and two spans " - 3 minutes read" and " - 612 words" in the
    # header, the text in .nested-copy-line-height, the "Related" list under it; no JSON-LD (Hugo's
    # article:section is the content section, "posts", kept as the publisher declares it)
    html = page(
        '<title>Turnout rises in county runoffs | The Ballot Box</title><meta property="og:type"'
        ' content="article"><meta property="og:title" content="Turnout rises in county runoffs">'
        '<meta property="article:section" content="posts">'
        '<meta property="article:published_time" content="2026-12-04T10:30:00-05:00">'
        '<meta property="article:modified_time" content="2026-12-04T10:30:00-05:00">',
        '<header><div class="bg-black"><nav class="pv3 ph3 ph4-ns"><a href="/" class="f3 fw2 white-90">The'
        ' Ballot Box</a><ul><li><a href="/posts/">Posts</a></li><li><a href="/about/">About</a></li></ul></na'
        "v>"
        '</div></header><main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8'
        ' center ph3"><header class="mt4 w-100"><aside class="instapaper_ignore left-0 w3 relative"><p'
        ' class="f6 b helvetica tracked">POSTS</p></aside><h1 class="f1 athelas mt3 mb1">Turnout rises in'
        ' county runoffs</h1><p class="tracked">By <strong>Marcus Reyes</strong></p><time class="f6 mv4 dib'
        ' tracked" datetime="2026-12-04T10:30:00-05:00">December 4, 2026</time><span class="f6 mv4 dib'
        ' tracked"> - 3 minutes read</span><span class="f6 mv4 dib tracked"> - 612 words</span></header><div'
        ' class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">'
        + paras(SENTENCES)
        + '</div><aside class="w-30-l mt6-l"><div class="bg-light-gray pa3"><p class="f5 b mb3">Related</p><u'
        "l"
        ' class="pa0 list"><li class="mb2"><a href="/posts/early-voting/">Early voting numbers</a></li></ul>'
        '</div></aside></article></main><footer class="bg-black bottom-0 w-100 pa3"><a href="/" class="f4'
        ' fw4 white-70">© 2026 The Ballot Box</a></footer>',
    )
    expect(
        record(html, "https://www.theballotbox.news/posts/turnout-rises-in-county-runoffs/"),
        headline="Turnout rises in county runoffs",
        standfirst=None,
        authors=["Marcus Reyes"],
        published="2026-12-04T10:30:00-05:00",
        modified="2026-12-04T10:30:00-05:00",
        section="posts",
        language="en",
        body=SENTENCES,
    )


# --- (b) Chinese: mainland, Taiwan, Hong Kong, Singapore --------------------------------------------------
def test_the_paper_reporter_and_intern_byline_with_source_and_editor_lines() -> None:
    # The Paper (澎湃新闻, thepaper.cn, a Next.js page): "澎湃新闻记者 张三 实习生 李四" (reporter, intern)
    # over "2026-12-04 10:30 来源：澎湃新闻", the text, then "责任编辑：王五" and "校对：赵六" (editor,
    # proofreader) and the tip-off line
    before, after = local_chrome("澎湃新闻", "zh")
    html = page(
        '<meta property="og:type" content="article"><title>11月CPI同比上涨0.5%_澎湃新闻-The Paper</title>',
        before + '<main><div class="index_wrapper__L_zqV"><h1 class="index_title__B8mhI">11月CPI同比上涨0.5%'
        '</h1><div class="index_headerContent__sASF4"><div class="index_left__LfzyH"><div>澎湃新闻记者 张三'
        ' 实习生 李四</div><div class="ant-space"><div class="ant-space-item"><span>2026-12-04'
        " 10:30</span></div>"
        '<div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div></div><div'
        ' class="index_cententWrap__Jv8jK">'
        + paras(ZH)
        + '</div><div class="index_editor__xKp6M"><p>责任编辑：王五</p><p>校对：赵六</p></div><div'
        ' class="index_copyright__TPl1O">澎湃新闻报料：021-962866</div></div></main>' + after,
        lang="zh-CN",
    )
    expect(
        record(html, "https://www.thepaper.cn/newsDetail_forward_29512345"),
        headline="11月CPI同比上涨0.5%",
        standfirst=None,
        authors=["张三", "李四"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="zh-CN",
        body=ZH,
    )


def test_jiemian_reporter_and_editor_labels_with_pipes_and_a_slash_date() -> None:
    # Jiemian (界面新闻): "界面新闻记者 | 张三" and "界面新闻编辑 | 李四" (reporter | name, editor | name) in
    # .article-info, "2026/12/04 10:30" in the date span, the lead in .article-summary, "来源：界面新闻" and
    # "未经正式授权严禁转载本文，侵权必究。" (no reprint without licence) under the text
    before, after = local_chrome("界面新闻", "zh")
    html = page(
        '<meta property="og:type" content="article"><title>11月CPI同比上涨0.5%|界面新闻</title>',
        before + '<main><div class="article-view"><div class="article-header"><h1>11月CPI同比上涨0.5%</h1>'
        '<div class="article-info"><p><span class="author">界面新闻记者 | <a href="/user/123.html">张三</a>'
        '</span><span class="author">界面新闻编辑 | 李四</span></p><p><span class="date">2026/12/04'
        " 10:30</span>"
        '<span class="comment">评论 12</span></p></div></div><div class="article-summary"><p>食品价格回升带动'
        '物价涨幅扩大。</p></div><div class="article-content">'
        + paras(ZH)
        + '<p class="source">来源：界面新闻</p><p class="copyright">未经正式授权严禁转载本文，侵权必究。</p>'
        "</div></div></main>" + after,
        lang="zh-CN",
    )
    expect(
        record(html, "https://www.jiemian.com/article/12345678.html"),
        headline="11月CPI同比上涨0.5%",
        standfirst="食品价格回升带动物价涨幅扩大。",
        authors=["张三"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="zh-CN",
        body=ZH,
    )


def test_cna_taiwan_reporter_dateline_opening_and_the_roc_date_code_after_the_editor() -> None:
    # CNA (中央社, cna.com.tw): the text opens "（中央社記者王小明台北4日電）" (reporter, place, day,
    # "telegraphed"),
    # ends with "（編輯：林大華）1151204" (the editor and the date in the Minguo calendar), the JSON-LD in
    # Taiwan time, "2026/12/4 10:30" shown under the headline
    before, after = local_chrome("中央社 CNA", "zh-TW")
    first = f"（中央社記者王小明台北4日電）{ZH_TW[0]}"
    html = page(
        '<meta property="og:type" content="article"><title>長照法修正三讀 擴大居家照顧補助 | 政治 | 中央社'
        " CNA</title>"
        + article(
            "長照法修正三讀 擴大居家照顧補助",
            datePublished="2026-12-04T10:30:00+08:00",
            dateModified="2026-12-04T10:41:00+08:00",
            author={"@type": "Person", "name": "王小明"},
            publisher={"@type": "Organization", "name": "中央通訊社"},
        ),
        before + '<main><div class="centralContent"><h1><span>長照法修正三讀 擴大居家照顧補助</span></h1><div'
        ' class="timeBox"><div class="updatetime"><span>2026/12/4 10:30</span>（<span>2026/12/4'
        " 10:41</span> 更新）</div></div>"
        '<div class="paragraph">'
        + f"<p>{first}</p>"
        + paras(ZH_TW[1:])
        + "<p>（編輯：林大華）1151204</p></div></div></main>"
        + after,
        lang="zh-TW",
    )
    expect(
        record(html, "https://www.cna.com.tw/news/aipl/202612040123.aspx"),
        headline="長照法修正三讀 擴大居家照顧補助",
        standfirst=None,
        authors=["王小明"],
        published="2026-12-04T10:30:00+08:00",
        modified="2026-12-04T10:41:00+08:00",
        section=None,
        language="zh-TW",
        body=[first, *ZH_TW[1:]],
        dateline="台北",
    )


def test_udn_date_paper_reporter_and_place_in_one_slash_separated_line() -> None:
    # UDN (聯合新聞網): "2026-12-04 10:30 聯合報／ 記者王小明／台北即時報導" (date, paper, reporter, place and
    # "live report" in one line split by full-width slashes), the text in .article-content__paragraph, the
    # "延伸閱讀" (further reading) list after it
    before, after = local_chrome("聯合新聞網", "zh-TW")
    html = page(
        '<meta property="og:type" content="article"><title>長照法修正三讀 擴大居家照顧補助 |'
        " 聯合新聞網</title>",
        before + '<main><section class="article-content"><h1 class="article-content__title">長照法修正三讀'
        ' 擴大居家照顧補助</h1><div class="article-content__info"><section class="authors"><time'
        ' class="article-content__time">2026-12-04 10:30</time><span class="article-content__author">聯合報／'
        ' 記者王小明／台北即時報導</span></section></div><section class="article-content__editor">'
        '<section class="article-content__paragraph">'
        + paras(ZH_TW)
        + '</section></section><div class="story-list__news"><h3>延伸閱讀</h3><a href="/news/story/6656/'
        '8401234">立委提案延長育嬰假</a></div></section></main>' + after,
        lang="zh-TW",
    )
    expect(
        record(html, "https://udn.com/news/story/6656/8412345"),
        headline="長照法修正三讀 擴大居家照顧補助",
        standfirst=None,
        authors=["王小明"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="zh-TW",
        body=ZH_TW,
    )


def test_hk01_written_by_label_and_published_updated_date_labels() -> None:
    # HK01 (香港01): "撰文：王小明" (written by) over "發佈日期：2026-12-04 10:30" and "更新日期：2026-12-04
    # 12:05" (published, updated), the text, "【延伸閱讀】" links between paragraphs
    before, after = local_chrome("香港01", "zh-TW")
    html = page(
        '<meta property="og:type" content="article"><title>施政報告｜增建二萬過渡性房屋　首批明年中'
        "入伙｜香港01"
        "</title>",
        before
        + '<main><article id="article"><h1 id="articleTitle">施政報告｜增建二萬過渡性房屋　首批明年中入伙'
        '</h1><div class="article-author"><span>撰文：<a href="/author/wang">王小明</a></span></div><div'
        ' class="article-time"><span>發佈日期：<time datetime="2026-12-04T10:30:00+08:00">2026-12-04'
        ' 10:30</time></span><span>更新日期：<time datetime="2026-12-04T12:05:00+08:00">2026-12-04'
        ' 12:05</time></span></div><div class="article-grid__content">'
        + paras(ZH_HK[:2])
        + '<p>【延伸閱讀】<a href="/社會新聞/60123456">公屋輪候時間升至6年</a></p>'
        + paras(ZH_HK[2:])
        + "</div></article></main>"
        + after,
        lang="zh-HK",
    )
    expect(
        record(html, "https://www.hk01.com/政情/60123499/施政報告-增建二萬過渡性房屋"),
        headline="施政報告｜增建二萬過渡性房屋 首批明年中入伙",
        standfirst=None,
        authors=["王小明"],
        published="2026-12-04T10:30:00+08:00",
        modified="2026-12-04T12:05:00+08:00",
        section=None,
        language="zh-HK",
        body=ZH_HK,
    )


def test_ming_pao_news_agency_opening_tag_and_weekday_date_without_a_byline() -> None:
    # Ming Pao (明報新聞網): the text opens "【明報專訊】" (Ming Pao dispatch) with no reporter named, the
    # date
    # "2026年12月4日星期五" (with its weekday), article:published_time in Hong Kong time; the newsroom
    # is the author nobody names, so no author
    before, after = local_chrome("明報新聞網", "zh-TW")
    first = f"【明報專訊】{ZH_HK[0]}"
    html = page(
        '<meta property="og:type" content="article"><title>施政報告增建二萬過渡性房屋 - 20261204 - 港聞 -'
        " 明報新聞網</title>"
        '<meta property="article:published_time" content="2026-12-04T05:30:00+08:00">',
        before + '<main><div id="blockcontent"><hgroup><h1>施政報告增建二萬過渡性房屋</h1></hgroup><div'
        ' id="pdate">2026年12月4日星期五</div><article class="txt4"><div id="upper">'
        + f"<p>{first}</p>"
        + paras(ZH_HK[1:])
        + "</div></article></div></main>"
        + after,
        lang="zh-HK",
    )
    expect(
        record(html, "https://news.mingpao.com/pns/港聞/article/20261204/s00001/1733250000000"),
        headline="施政報告增建二萬過渡性房屋",
        standfirst=None,
        authors=[],
        published="2026-12-04T05:30:00+08:00",
        modified=None,
        section=None,
        language="zh-HK",
        body=[first, *ZH_HK[1:]],
    )


def test_8world_singapore_chinese_wen_slash_byline_and_chinese_date() -> None:
    # 8world (Mediacorp's Chinese news site, Singapore): "文 / 王小明" (text / name) and "2026年12月4日 10:30"
    # in the article meta, the NewsArticle JSON-LD in Singapore time, "相关新闻" after the text
    before, after = local_chrome("8视界新闻网", "zh")
    html = page(
        '<meta property="og:type" content="article"><title>金管局维持新元汇率政策不变 | 8视界新闻网</title>'
        + article(
            "金管局维持新元汇率政策不变",
            datePublished="2026-12-04T10:30:00+08:00",
            publisher={"@type": "Organization", "name": "8world"},
            author={"@type": "Organization", "name": "8world"},
        ),
        before
        + '<main><article class="article"><h1 class="article-title">金管局维持新元汇率政策不变</h1><div'
        ' class="article-meta"><span class="article-byline">文 / 王小明</span><span'
        ' class="article-date">2026年'
        '12月4日 10:30</span></div><div class="article-content text-long">'
        + paras(ZH_SG)
        + '</div><div class="related"><h3>相关新闻</h3><a href="/finance/2026/11/123">新加坡核心通胀放缓</a>'
        "</div></article></main>" + after,
        lang="zh-SG",
    )
    expect(
        record(html, "https://www.8world.com/singapore/mas-policy-unchanged-2612345"),
        headline="金管局维持新元汇率政策不变",
        standfirst=None,
        authors=["王小明"],
        published="2026-12-04T10:30:00+08:00",
        modified=None,
        section=None,
        language="zh-SG",
        body=ZH_SG,
    )


# --- (b) Southeast Asia -------------------------------------------------------------------------------------
def test_thanh_nien_publishdate_with_gmt_plus_seven_sapo_and_related_box() -> None:
    # Thanh Niên (thanhnien.vn): "04/12/2026 10:30 GMT+7" in [data-role=publishdate], the author's name in
    # .detail-author, the lead in h2.detail-sapo, the text in .detail-cmain with a "RelatedOneNews" box
    # between paragraphs
    before, after = local_chrome("Báo Thanh Niên", "vi")
    html = page(
        '<meta property="og:type" content="article"><title>Duyệt dự án đường sắt tốc độ cao Bắc - Nam</title>'
        "",
        before + '<main><div class="detail-container"><h1 class="detail-title" data-role="title">Duyệt dự án'
        ' đường sắt tốc độ cao Bắc - Nam</h1><div class="detail-info"><div class="detail-author"><a'
        ' class="name" href="/tac-gia/minh-anh.htm">Minh Anh</a></div><div class="detail-time"><div'
        ' data-role="publishdate">04/12/2026 10:30 GMT+7</div></div></div><h2 class="detail-sapo"'
        ' data-role="sapo">Dự án dài hơn 1.500 km, đi qua 20 tỉnh thành.</h2><div class="detail-cmain"'
        ' data-role="content">'
        + paras(VI[:2])
        + '<div class="VCSortableInPreviewMode" type="RelatedOneNews"><a href="/ha-noi-khoi-cong-185123.htm"'
        ' title="Hà Nội khởi công tuyến đường sắt đô thị số 5">Hà Nội khởi công tuyến đường sắt đô thị số 5'
        "</a></div>" + paras(VI[2:]) + "</div></div></main>" + after,
        lang="vi",
    )
    expect(
        record(html, "https://thanhnien.vn/duyet-du-an-duong-sat-toc-do-cao-bac-nam-185261204103012345.htm"),
        headline="Duyệt dự án đường sắt tốc độ cao Bắc - Nam",
        standfirst="Dự án dài hơn 1.500 km, đi qua 20 tỉnh thành.",
        authors=["Minh Anh"],
        published="2026-12-04T10:30:00+07:00",
        modified=None,
        section=None,
        language="vi",
        body=VI,
    )


def test_vietnamnet_bracketed_gmt_offset_with_minutes_and_author_at_the_end() -> None:
    # VietNamNet: "04/12/2026 10:30 (GMT+07:00)" in .bread-crumb-detail__time, the lead in
    # .content-detail-sapo, the author's name in .article-detail-author__info after the text
    before, after = local_chrome("VietNamNet", "vi")
    html = page(
        '<meta property="og:type" content="article"><title>Duyệt dự án đường sắt tốc độ cao Bắc - Nam</title>'
        "",
        before + '<main><div class="content-detail"><div class="bread-crumb-detail__time">Thứ Sáu, 04/12/2026'
        ' - 10:30 (GMT+07:00)</div><h1 class="content-detail-title">Duyệt dự án đường sắt tốc độ cao Bắc -'
        ' Nam</h1><h2 class="content-detail-sapo sm-sapo-mb-0">Dự án dài hơn 1.500 km, đi qua 20 tỉnh'
        ' thành.</h2><div class="maincontent main-content" id="maincontent">'
        + paras(VI)
        + '</div><div class="article-detail-author-wrapper"><div class="article-detail-author__info"><span'
        ' class="name"><a href="/tac-gia/thu-ha">Thu Hà</a></span></div></div></div></main>' + after,
        lang="vi",
    )
    expect(
        record(html, "https://vietnamnet.vn/duyet-du-an-duong-sat-toc-do-cao-bac-nam-2351234.html"),
        headline="Duyệt dự án đường sắt tốc độ cao Bắc - Nam",
        standfirst="Dự án dài hơn 1.500 km, đi qua 20 tỉnh thành.",
        authors=["Thu Hà"],
        published="2026-12-04T10:30:00+07:00",
        modified=None,
        section=None,
        language="vi",
        body=VI,
    )


def test_antara_city_and_agency_dateline_and_pewarta_editor_sign_off() -> None:
    # Antara (antaranews.com): "Jumat, 4 Desember 2026 10:30 WIB" (the Indonesian month in full, WIB), the
    # text opening "Jakarta (ANTARA) - ", and the sign-off "Pewarta: Budi Santoso" / "Editor: Rina Wati"
    # (reporter, editor) and "Copyright © ANTARA 2026" after the text
    before, after = local_chrome("ANTARA News", "id")
    first = f"Jakarta (ANTARA) - {ID[0]}"
    html = page(
        '<meta property="og:type" content="article"><title>Uji coba ganjil genap diperpanjang hingga akhir'
        " tahun - ANTARA News</title>",
        before + '<main><div class="wrap__article-detail"><h1 class="wrap__article-detail-title">Uji coba'
        ' ganjil genap diperpanjang hingga akhir tahun</h1><div class="wrap__article-detail-info"><ul'
        ' class="list-inline"><li class="list-inline-item"><span class="text-secondary">Jumat, 4 Desember 202'
        "6"
        ' 10:30 WIB</span></li></ul></div><div class="wrap__article-detail-content post-content">'
        + f"<p>{first}</p>"
        + paras(ID[1:])
        + '<p class="text-muted mt-2 small">Pewarta: Budi Santoso<br>Editor: Rina Wati<br>Copyright ©'
        " ANTARA 2026</p></div></div></main>" + after,
        lang="id",
    )
    expect(
        record(html, "https://www.antaranews.com/berita/4512345/uji-coba-ganjil-genap-diperpanjang"),
        headline="Uji coba ganjil genap diperpanjang hingga akhir tahun",
        standfirst=None,
        authors=["Budi Santoso"],
        published="2026-12-04T10:30:00+07:00",
        modified=None,
        section=None,
        language="id",
        body=[first, *ID[1:]],
        dateline="Jakarta",
    )


def test_tempo_reporter_and_editor_labels_over_the_text() -> None:
    # Tempo (tempo.co): "Reporter" and "Editor" labels each over a name in the header, "Jumat, 4 Desember
    # 2026 10:30 WIB", "Pilihan Editor:" (editor's pick) link between the paragraphs
    before, after = local_chrome("Tempo.co", "id")
    html = page(
        '<meta property="og:type" content="article"><title>Uji Coba Ganjil Genap Diperpanjang hingga Akhir'
        " Tahun | tempo.co</title>",
        before + '<main><article class="detail-artikel"><h1 class="title">Uji Coba Ganjil Genap Diperpanjang'
        ' hingga Akhir Tahun</h1><div class="block-avatar"><div class="avatar-item"><span class="label">'
        'Reporter</span><p class="title bold"><a href="/penulis/andi-saputra">Andi Saputra</a></p></div><div'
        ' class="avatar-item"><span class="label">Editor</span><p class="title bold"><a'
        ' href="/penulis/dewi-lestari">Dewi Lestari</a></p></div></div><p class="date margin-bottom-sm">'
        'Jumat, 4 Desember 2026 10:30 WIB</p><div class="detail-in" id="isi">'
        + paras(ID[:2])
        + '<p><strong>Pilihan Editor: <a href="/metro/tarif-mrt-turun-1123456">Tarif MRT Turun Saat Akhir'
        " Pekan</a></strong></p>" + paras(ID[2:]) + "</div></article></main>" + after,
        lang="id",
    )
    expect(
        record(html, "https://metro.tempo.co/read/1923456/uji-coba-ganjil-genap-diperpanjang"),
        headline="Uji Coba Ganjil Genap Diperpanjang hingga Akhir Tahun",
        standfirst=None,
        authors=["Andi Saputra"],
        published="2026-12-04T10:30:00+07:00",
        modified=None,
        section=None,
        language="id",
        body=ID,
    )


def test_philstar_pilipino_star_ngayon_byline_with_paper_in_brackets_and_dashed_date() -> None:
    # Philstar's Pilipino Star Ngayon (Tagalog): the byline "Juan dela Cruz (Pilipino Star Ngayon) - December
    # 4, 2026 - 12:00am" (the name, the paper in brackets, the day and a 12-hour time between dashes) in
    # .article__credits, the text in #sports_article_writeup
    before, after = chrome("Philstar.com")
    html = page(
        '<meta property="og:type" content="article"><title>Dagdag-sahod, aprub sa Senado | Pilipino Star'
        ' Ngayon</title><meta property="og:site_name" content="Philstar.com">',
        before + '<main><div class="article__title"><h1>Dagdag-sahod, aprub sa Senado</h1></div><div'
        ' class="article__credits"><div class="article__credits-author-pub"><a'
        ' href="/authors/1234/juan-dela-cruz">Juan dela Cruz</a> (Pilipino Star Ngayon) - <span>December 4,'
        ' 2026 | 12:00am</span></div></div><div class="article__writeup" id="sports_article_writeup">'
        + paras(TL)
        + '</div><div class="article__tags"><a href="/tags/senado">Senado</a></div></main>'
        + after,
        lang="tl",
    )
    expect(
        record(
            html,
            "https://www.philstar.com/pilipino-star-ngayon/bansa/2026/12/04/2512345/dagdag-sahod-aprub-sa-sen"
            "ado",
        ),
        headline="Dagdag-sahod, aprub sa Senado",
        standfirst=None,
        authors=["Juan dela Cruz"],
        published="2026-12-04T00:00:00+00:00",
        modified=None,
        section=None,
        language="tl",
        body=TL,
    )


def test_abs_cbn_posted_at_and_updated_as_of_lines_with_the_outlet_after_the_name() -> None:
    # ABS-CBN News: "Posted at Dec 04 2026 10:30 AM" and "Updated as of Dec 04 2026 12:05 PM" (no comma,
    # 12-hour), the byline "Jamela Alindogan, ABS-CBN News" (the outlet after the name), a Tagalog text
    before, after = chrome("ABS-CBN News")
    html = page(
        '<meta property="og:type" content="article"><title>Dagdag-sahod, aprub sa Senado | ABS-CBN News</titl'
        "e>",
        before + '<main><div class="article-header"><h1 class="news-title">Dagdag-sahod, aprub sa Senado</h1>'
        '<div class="author-details"><span class="editor">Jamela Alindogan, ABS-CBN News</span><p'
        ' class="date-posted">Posted at Dec 04 2026 10:30 AM</p><p class="date-updated">Updated as of Dec 04'
        ' 2026 12:05 PM</p></div></div><div class="article-content block-content">'
        + paras(TL)
        + "</div></main>"
        + after,
        lang="tl",
    )
    expect(
        record(html, "https://news.abs-cbn.com/news/2026/12/4/dagdag-sahod-aprub-sa-senado-1030"),
        headline="Dagdag-sahod, aprub sa Senado",
        standfirst=None,
        authors=["Jamela Alindogan"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T12:05:00+00:00",
        section=None,
        language="tl",
        body=TL,
    )


# --- (b) Mongolia and Kazakhstan ----------------------------------------------------------------------------
def test_montsame_initial_dot_given_name_author_and_iso_like_date() -> None:
    # Montsame (Mongolian national news agency): "2026-12-04 10:30" in .news-date, the author as
    # "Ц.Болд" (the father's initial, a dot, the given name) in .author, the text in .news-body,
    # "Холбоотой мэдээ" (related news) after it
    before, after = chrome("MONTSAME")
    html = page(
        '<meta property="og:type" content="article"><title>Ирэх оны төсвийг баталлаа - MONTSAME</title>',
        before + '<main><div class="news-detail"><h1 class="news-title">Ирэх оны төсвийг баталлаа</h1><div'
        ' class="news-info"><span class="news-date">2026-12-04 10:30</span><span class="author">Ц.Болд</span>'
        '</div><div class="news-body">'
        + paras(MN)
        + '</div><div class="related-news"><h3>Холбоотой мэдээ</h3><a href="/mn/read/412300">Төсвийн'
        " хэлэлцүүлэг эхэллээ</a></div></div></main>" + after,
        lang="mn",
    )
    expect(
        record(html, "https://montsame.mn/mn/read/412345"),
        headline="Ирэх оны төсвийг баталлаа",
        standfirst=None,
        authors=["Ц.Болд"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="mn",
        body=MN,
    )


def test_ikon_mongolian_year_month_day_words_date() -> None:
    # ikon.mn: the date in Mongolian words "2026 оны 12 сарын 04, 10:30" (the year "оны", the month
    # "сарын"), the author "Д.Батбаяр" in .author, article:published_time in Ulaanbaatar time
    before, after = chrome("iKon.mn")
    html = page(
        '<meta property="og:type" content="article"><title>Ирэх оны төсвийг баталлаа | iKon.mn</title>'
        '<meta property="article:published_time" content="2026-12-04T10:30:00+08:00">',
        before + '<main><div class="inews"><h1>Ирэх оны төсвийг баталлаа</h1><div class="ndetail"><span'
        ' class="author">Д.Батбаяр</span><span class="date">2026 оны 12 сарын 04, 10:30</span></div><div'
        ' class="icontent">' + paras(MN) + "</div></div></main>" + after,
        lang="mn",
    )
    expect(
        record(html, "https://ikon.mn/n/3a4b"),
        headline="Ирэх оны төсвийг баталлаа",
        standfirst=None,
        authors=["Д.Батбаяр"],
        published="2026-12-04T10:30:00+08:00",
        modified=None,
        section=None,
        language="mn",
        body=MN,
    )


def test_kazinform_kazakh_month_name_date_and_avtor_label() -> None:
    # Kazinform (inform.kz) in Kazakh: "04 Желтоқсан 2026 10:30" (the Kazakh month name), "Автор: Айгүл
    # Сейітова" (author) under the text, no JSON-LD date
    before, after = chrome("Kazinform")
    html = page(
        '<meta property="og:type" content="article"><title>Келесі жылғы бюджет жобасы мақұлданды - Kazinform'
        "</title>",
        before + '<main><div class="article"><h1 class="article__title">Келесі жылғы бюджет жобасы'
        ' мақұлданды</h1><div class="article__time">04 Желтоқсан 2026 10:30</div><div class="article__body">'
        + paras(KK)
        + '</div><div class="article__author">Автор: <a href="/author/aigul">Айгүл Сейітова</a></div></div>'
        "</main>" + after,
        lang="kk",
    )
    expect(
        record(html, "https://www.inform.kz/kz/kelesi-zhylgy-budzhet-zhobasy-makuldandy_a4212345"),
        headline="Келесі жылғы бюджет жобасы мақұлданды",
        standfirst=None,
        authors=["Айгүл Сейітова"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="kk",
        body=KK,
    )
