"""Authors as person names, no organisation where a person is named (issue 10, session 7): a Japanese
paper's JSON-LD that names the paper as an Organization while the story is signed by a reporter, a Chinese
story's reporters' line, a company's department in Dublin Core. No tune-half page shows these shapes:
every page here is built by hand in the shape of the paper or CMS ("hand-built")."""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, ld, page
from tests.test_extract_unseen_shapes3 import record

# related-story cards and comments after the story, each with a byline of its own
AFTER_STORY = (
    '<aside class="related"><h2>Related</h2><div class=card><a href="/y">Other story</a>'
    "<p class=byline>By Hanako Sato</p></div></aside>"
    "<section class=comments><div class=comment><p class=author>By Ken Tanaka</p><p>Great article</p></div>"
    "</section>"
)


def japan_news(byline: str, paper: str = "Tokyo Shimbun") -> str:
    return page(
        '<title>Govt plans stimulus | 東京新聞</title><meta property="og:type" content="article">'
        '<meta property="og:site_name" content="東京新聞">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Govt plans stimulus",
                "datePublished": "2025-03-05T10:00:00+09:00",
                "author": {"@type": "Organization", "name": paper},
            }
        ),
        f"<main><article><h1>Govt plans stimulus</h1>{byline}<div class=body>{PROSE}</div></article></main>"
        + AFTER_STORY,
    )


def test_a_person_the_byline_names_beats_the_organization_json_ld_names_as_author() -> None:
    # (the old code kept "Tokyo Shimbun": its name does not look like an organisation's, but the page
    # types it as one)
    article = record(
        japan_news('<p class="byline">By Taro Yamada</p>'), "https://www.tokyo-np.co.jp/article/1"
    )
    assert article.authors == ["Taro Yamada"]
    assert article.body == SENTENCES


def test_the_organization_stays_when_no_person_is_named_not_a_related_storys_writer() -> None:
    # (the old code took "Hanako Sato" from a related-story card after the short story)
    article = record(japan_news("", paper="東京新聞"), "https://www.tokyo-np.co.jp/article/1")
    assert article.authors == ["東京新聞"]


JA = [
    "政府は５日、新たな経済対策の骨格を固めた。物価高に対応するため、低所得世帯への給付金を柱とし、総額は十兆円規模になる見通しだ。",
    "首相は記者団に対し、年内の補正予算案の成立を目指す考えを示した。与党内では規模をめぐり意見が分かれている。",
    "野党は対策の効果に疑問を示しており、国会での論戦が激しくなりそうだ。財源の確保も課題となる。",
]


def test_a_japanese_byline_with_the_desk_names_the_reporter_not_the_desk() -> None:
    html = page(
        '<title>経済対策、給付金が柱に : 政治 : 読売新聞</title><meta property="og:type" content="article">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "経済対策、給付金が柱に",
                "author": {"@type": "Organization", "name": "読売新聞"},
            }
        ),
        '<main><article><h1>経済対策、給付金が柱に</h1><p class="byline">政治部 山田太郎</p><div class=body>'
        + "".join(f"<p>{s}</p>" for s in JA)
        + '</div></article></main><aside class="related"><h2>関連記事</h2><ul><li><a href="/x">別の記事</a>'
        "<span class=byline>（社会部 佐藤花子）</span></li></ul></aside>",
        lang="ja",
    )
    article = record(html, "https://www.yomiuri.co.jp/politics/20250305-OYT1T50001/")
    assert article.authors == ["山田太郎"]  # (the old code: "政治部 山田太郎")
    assert article.body == JA


ZH = [
    "新华社北京3月5日电 第十四届全国人民代表大会第三次会议5日上午在人民大会堂开幕，国务院总理作报告。",
    "报告提出，今年国内生产总值增长预期目标为百分之五左右，城镇新增就业一千二百万人以上。",
    "报告说，要大力提振消费、提高投资效益，全方位扩大国内需求，因地制宜发展新质生产力。",
]


@pytest.mark.parametrize(
    ("first", "last", "authors"),
    [
        ("", "（记者 张华 李明）", ["张华", "李明"]),
        ("（记者 张华、李明）", "", ["张华", "李明"]),
        ("", "（本报记者 王芳）", ["王芳"]),
    ],
)
def test_a_chinese_storys_reporters_line_names_its_authors_and_leaves_the_body(
    first: str, last: str, authors: list[str]
) -> None:
    paragraphs = ([first] if first else []) + ZH + ([last] if last else [])
    html = page(
        '<title>十四届全国人大三次会议开幕-新华网</title><meta property="og:type" content="article">',
        "<main><article><h1>十四届全国人大三次会议开幕</h1><div id=detail>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></article></main>",
        lang="zh-CN",
    )
    article = record(html, "http://www.news.cn/politics/2025-03/05/c_1130000000.htm")
    assert article.authors == authors
    assert article.body == ZH


@pytest.mark.parametrize(
    ("creator", "authors"),
    [
        ("Siemens, Corporate Communications", ["Siemens Corporate Communications"]),
        ("Bosch, Media Relations", ["Bosch Media Relations"]),
        ("Harm, Robert", ["Robert Harm"]),  # a person's inverted name stays one
    ],
)
def test_a_company_and_its_department_in_dublin_core_are_no_inverted_persons_name(
    creator: str, authors: list[str]
) -> None:
    html = page(
        '<title>Plant opens in Berlin | Press</title><meta property="og:type" content="article">'
        f'<meta name="DC.creator" content="{creator}">',
        f"<main><article><h1>Plant opens in Berlin</h1>{PROSE}</article></main>",
    )
    article = record(html, "https://press.example.com/global/en/pressrelease/plant")
    assert article.authors == authors
