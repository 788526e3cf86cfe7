"""The general rules behind session 13's fixes of earlier strict xfails (tests/test_extract_unseen_shapes6.py
and 11.py hold the whole pages): each rule on the other shapes of its kind than the probe's page, and the
lines it must leave alone. Strings in the shapes of Chinese wires and papers (Xinhua, China News Service,
People's Daily, CNA), nonprofit newsrooms (Common Dreams, The Conversation), reader-funded papers and news
sites' link rows, hand-built; none of these hosts is in a corpus.
"""

from __future__ import annotations

import pytest

from newsarchive.cleaning.clean import paragraph_rule
from newsarchive.extract.author_names import cjk_role_byline, clean_authors
from newsarchive.extract.byline_lines import labelled_byline
from newsarchive.extract.content.boilerplate import match_rule
from newsarchive.extract.content.meta_lines import drop_meta_lines, is_closing_notice
from newsarchive.extract.text import find_dateline

ZH = [
    "国家统计局周五公布的数据显示，11月全国居民消费价格指数同比上涨0.5%，涨幅较上月有所扩大。",
    "分析人士认为，食品价格回升和节假日消费需求增加是推动物价上涨的主要原因。",
]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("澎湃新闻记者 张三 实习生 李四", ["张三", "李四"]),
        ("记者 张华 通讯员 李明", ["张华", "李明"]),
        ("新华社记者 王芳", ["王芳"]),
        ("记者张三 通讯员李四", ["张三", "李四"]),
        ("界面新闻记者 | 张三", ["张三"]),
        # an editor's names are no byline
        ("界面新闻编辑 | 李四", []),
        ("记者 张三 编辑 李四", ["张三"]),
        # the writers' label and the outlet the site is named by
        ("文｜财新 张三 李四", ["张三", "李四"]),
        ("文/张三", ["张三"]),
        # a name before any role is _CJK_REPORTER's shape; a sentence is none
        ("张三 李四", []),
        (ZH[0], []),
        ("Jane Doe", []),
    ],
)
def test_a_chinese_byline_line_of_roles_and_names(line: str, names: list[str]) -> None:
    assert cjk_role_byline(line, ["财新网"]) == names


def test_a_chinese_role_alone_is_a_label_and_an_editors_name_no_author() -> None:
    assert clean_authors(["界面新闻记者 | 张三"]) == ["张三"]
    assert clean_authors(["界面新闻编辑 | 李四"]) == []
    assert clean_authors(["记者张三"]) == ["张三"]


def test_a_writer_label_alone_over_the_name() -> None:
    lines = ["Uji Coba Ganjil Genap Diperpanjang", "Reporter", "Andi Saputra", "Editor", "Dewi Lestari"]
    assert labelled_byline(lines) == ["Andi Saputra"]
    # the editor's label alone names no writer; a label over a sentence names nobody
    assert labelled_byline(["Editor", "Dewi Lestari"]) == []
    assert labelled_byline(["Reporter", "Reporters Without Borders said on Friday that ..."]) == []


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("责任编辑：王五", True),
        ("澎湃新闻报料：021-962866", True),
        ("新闻热线：010-12345678", True),
        ("来源：界面新闻", True),
        ("未经正式授权严禁转载本文，侵权必究。", True),
        ("转载请注明出处", True),
        ("本文为原创稿件，未经授权不得转载。", True),
        # the story's sentences about reprints and hotlines
        (
            "市场监管部门表示，任何单位和个人未经授权转载他人作品、侵犯著作权的行为，"
            "都将依法受到严厉查处，并公布了举报渠道。",
            False,
        ),
        (ZH[1], False),
    ],
)
def test_a_chinese_storys_closing_notices(line: str, closing: bool) -> None:
    assert is_closing_notice(line) is closing


def test_a_run_of_closing_notices_leaves_the_body_however_long() -> None:
    body = [*ZH, "责任编辑：王五", "校对：赵六", "澎湃新闻报料：021-962866"]
    assert drop_meta_lines(body, ["张三"]) == ZH
    # the byline line of roles and names at the start goes too
    assert drop_meta_lines(["澎湃新闻记者 张三 实习生 李四", *ZH], ["张三", "李四"]) == ZH


@pytest.mark.parametrize(
    ("opening", "authors", "place"),
    [
        ("新华社北京12月4日电（记者张三）国家统计局4日发布数据。", [], "北京"),
        ("中新社上海12月4日电 (记者 李四) 上海市今天宣布。", [], "上海"),
        ("本报北京12月4日电 国务院常务会议今天召开。", [], "北京"),
        ("（中央社記者王小明台北4日電）立法院今天三讀通過。", ["王小明"], "台北"),
        ("（中央社記者王小明、李大華高雄4日電）高雄市政府今天表示。", ["李大華", "王小明"], "高雄"),
        # the names run into the place: no author known, no split
        ("（中央社記者王明台北4日電）立法院今天三讀通過。", [], None),
        ("中央社今天報導，立法院三讀通過。", [], None),
    ],
)
def test_a_chinese_wire_dateline(opening: str, authors: list[str], place: str | None) -> None:
    assert find_dateline(opening, authors) == place


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share"
            " widely.",
            "republish_licence",
        ),
        (
            "This article is republished from The Conversation under a Creative Commons license. Read the"
            " original article.",
            "republish_licence",
        ),
        ("This story was published under a Creative Commons licence.", "republish_licence"),
        ("The court ruled that photos licensed under Creative Commons may be used by the paper.", None),
        ("Support HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Apps", "link_row"),
        ("About | Contact | Privacy | Terms", "link_row"),
        # three items, or a sentence with bars, stay
        ("Left | Right | Centre", None),
        ("The vote was split: yes | no | abstain | absent. The motion failed.", None),
    ],
)
def test_the_closing_furniture_of_the_text(text: str, rule: str | None) -> None:
    assert paragraph_rule(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Підтримайте УП — ставайте членами клубу!", "reader_support_other"),
        ("Поддержите «Медузу»", "reader_support_other"),
        ("Soutenez Mediapart", "reader_support_other"),
        ("Долучитися", "reader_support_other"),
        # a story's report of who supports what
        ("Уряд підтримує законопроєкт про бюджет на наступний рік.", None),
        ("Steun voor het plan groeit", None),
    ],
)
def test_a_reader_funded_papers_support_box_in_other_languages(text: str, rule: str | None) -> None:
    assert match_rule(text) == rule
