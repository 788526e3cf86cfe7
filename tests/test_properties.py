"""Property tests: arbitrary and mutated pages never crash extraction or the pipelines, and the archive
writer only ever leaves whole JSON lines behind.

Bounded for CI (NEWSARCHIVE_FUZZ_EXAMPLES examples per property, default 25). Longer fuzzing:

    NEWSARCHIVE_FUZZ_EXAMPLES=5000 pytest tests/test_properties.py -q -p no:cacheprovider
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newsarchive.archive import JsonlAppender, encode_record, repair_torn_tail
from newsarchive.demo.server import DEMO_SITE
from newsarchive.extract import extract_article
from newsarchive.http.encoding import candidate_encodings, clean_decoding, problem
from newsarchive.http.sniff import is_blank, sniff_binary
from newsarchive.items import Article, Evidence, Image
from newsarchive.pipelines.archive import ArchivePipeline
from newsarchive.pipelines.dedup import DedupPipeline
from newsarchive.pipelines.offline import OfflinePipeline

EXAMPLES = int(os.environ.get("NEWSARCHIVE_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # lxml and trafilatura on a 60 kB page: seconds on a loaded CI box
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)

SEED_URL = "https://asia.nikkei.com/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
GENERIC_URL = "https://riverside-chronicle.example/2024/05/18/storm-warning-issued-for-coast/"


@cache
def seed_pages() -> tuple[tuple[str, bytes], ...]:
    seed = (
        DEMO_SITE / "Politics" / "Latest-missile-launch-tests-maximum-pressure-on-North-Korea" / "index.html"
    )
    generic = (
        Path(__file__).parent / "site" / "generic" / "2024" / "05" / "18" / "storm-warning-issued-for-coast"
    )
    return ((SEED_URL, seed.read_bytes()), (GENERIC_URL, (generic / "index.html").read_bytes()))


TAGS = ["p", "div", "article", "script", "h1", "time", "meta", "a", "figure", "svg", "title", "table", "b"]
SNIPPETS = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.just('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '),
    st.just("<![CDATA["),
    st.just("<!--"),
    st.just("&#xD800;&#0;&bogus;"),
    st.just("\x00\ufffd\u202e"),
    st.text(max_size=40),
)


@st.composite
def mutated_pages(draw: st.DrawFn) -> tuple[str, bytes]:
    """A real article page, cut, spliced and sprinkled with junk markup or bytes."""
    url, body = draw(st.sampled_from(seed_pages()))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        op = draw(st.sampled_from(["cut", "insert", "delete", "bytes", "truncate"]))
        at = draw(st.integers(min_value=0, max_value=len(body)))
        if op == "cut":
            end = draw(st.integers(min_value=at, max_value=min(len(body), at + 5000)))
            body = body[:at] + body[end:]
        elif op == "insert":
            body = body[:at] + draw(SNIPPETS).encode("utf-8", "surrogatepass") + body[at:]
        elif op == "delete":
            body = body[:at] + body[at + draw(st.integers(min_value=1, max_value=200)) :]
        elif op == "bytes":
            body = body[:at] + draw(st.binary(max_size=64)) + body[at:]
        else:
            body = body[:at]
    return url, body


ANY_HTML = st.one_of(
    st.text(max_size=2000),
    st.binary(max_size=2000),
    st.lists(SNIPPETS, max_size=60).map("".join),
)


# --- extraction --------------------------------------------------------------------------------------
@FUZZ
@given(page=mutated_pages())
def test_extraction_never_raises_on_mutated_pages(page: tuple[str, bytes]) -> None:
    url, body = page
    article = extract_article(body, url)
    assert isinstance(article, Article)
    assert all(isinstance(p, str) for p in article.body)
    # whatever it found must be archivable
    json.loads(encode_record(article.to_dict()))


@FUZZ
@given(html=ANY_HTML, generic=st.booleans(), url=st.sampled_from([SEED_URL, GENERIC_URL, "", "not a url"]))
def test_extraction_never_raises_on_arbitrary_input(html: str | bytes, generic: bool, url: str) -> None:
    article = extract_article(html, url, generic=generic)
    assert isinstance(article, Article)


# --- pipelines ---------------------------------------------------------------------------------------
def _run_all_pipelines(article: Article, tmp: Path) -> None:
    offline = OfflinePipeline()
    try:
        article = offline.process(article)
    except DropItem:
        return
    crawler = get_crawler(
        settings_dict={"NEWSARCHIVE_STATE_ENABLED": False, "NEWSARCHIVE_ARCHIVE_DIR": str(tmp / "archive")}
    )
    dedup = DedupPipeline.from_crawler(crawler)
    archive = ArchivePipeline.from_crawler(crawler)
    try:
        for _ in range(2):  # the second pass is a duplicate
            try:
                dedup.process_item(article)
            except DropItem:
                continue
            archive.process_item(article)
    finally:
        archive.close_spider()


@FUZZ
@given(page=mutated_pages())
def test_pipelines_never_raise_on_extracted_junk(page: tuple[str, bytes], tmp_path_factory: object) -> None:
    url, body = page
    tmp = tmp_path_factory.mktemp("pipe")  # type: ignore[attr-defined]
    _run_all_pipelines(extract_article(body, url), tmp)
    for path in tmp.rglob("*.jsonl"):
        _assert_whole_json_lines(path)


TEXT = st.text(max_size=80)
OPT_TEXT = st.none() | TEXT
articles = st.builds(
    Article,
    url=st.sampled_from([SEED_URL, GENERIC_URL, "https://x.example/a?b=1#c", ""]),
    site=st.sampled_from(["nikkei_asia", "x.example", "../../etc", "a/b", " ", "..."]),
    headline=OPT_TEXT,
    standfirst=OPT_TEXT,
    authors=st.lists(TEXT, max_size=3),
    published_at=st.none()
    | st.sampled_from(["2024-05-01T09:00:00+09:00", "garbage", "2024-13-45", "9999-12-31"]),
    body=st.lists(TEXT, max_size=8),
    images=st.lists(st.builds(Image, url=TEXT, caption=OPT_TEXT, credit=OPT_TEXT), max_size=2),
    tags=st.lists(TEXT, max_size=3),
    access=st.sampled_from(["free", "paywalled", "unknown"]),
    page_type=st.sampled_from(["article", "listing", "unknown"]),
    evidence=st.builds(
        Evidence,
        sponsored_markers=st.lists(TEXT, max_size=2),
        paywall_markers=st.lists(TEXT, max_size=2),
        is_accessible_for_free=st.none() | st.booleans(),
        teaser=st.booleans(),
    ),
)


@FUZZ
@given(article=articles)
def test_pipelines_never_raise_on_arbitrary_records(article: Article, tmp_path_factory: object) -> None:
    if not article.site.strip():
        article.site = "x.example"
    tmp = tmp_path_factory.mktemp("rec")  # type: ignore[attr-defined]
    article.refresh_derived()
    _run_all_pipelines(article, tmp)
    for path in tmp.rglob("*.jsonl"):
        assert path.resolve().is_relative_to((tmp / "archive").resolve()), path
        _assert_whole_json_lines(path)


# --- the archive writer ------------------------------------------------------------------------------
def _assert_whole_json_lines(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw or raw.endswith(b"\n"), path
    for line in raw.splitlines():
        assert isinstance(json.loads(line), dict), line[:100]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(
    records=st.lists(st.dictionaries(st.text(max_size=10), JSON_VALUES, max_size=6), max_size=8),
    torn=st.binary(max_size=60),
)
def test_archive_writer_only_leaves_whole_json_lines(
    records: list[dict[str, object]], torn: bytes, tmp_path_factory: object
) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "2024-05-01.jsonl"  # type: ignore[attr-defined]
    with JsonlAppender() as appender:
        for record in records[: len(records) // 2]:
            appender.append(path, encode_record(record))
    # a crash mid-write leaves a torn tail (no newline); the next open must cut it before appending
    if torn and not torn.endswith(b"\n"):
        with path.open("ab") as handle:
            handle.write(torn.replace(b"\n", b" "))
    with JsonlAppender() as appender:
        for record in records[len(records) // 2 :]:
            appender.append(path, encode_record(record))
    repair_torn_tail(path)
    if path.exists():
        _assert_whole_json_lines(path)


def test_archive_writer_rejects_a_line_without_newline(tmp_path: Path) -> None:
    with JsonlAppender() as appender, contextlib.suppress(ValueError):
        appender.append(tmp_path / "x.jsonl", b'{"a": 1}')
    assert not (tmp_path / "x.jsonl").exists() or (tmp_path / "x.jsonl").read_bytes() == b""


def test_lone_surrogate_in_a_record_never_reaches_the_archive(tmp_path: Path) -> None:
    """A lone surrogate (from a broken `&#xD800;` reference) cannot be UTF-8 encoded: the record fails to
    encode as a whole; nothing partial is written."""
    path = tmp_path / "s.jsonl"
    with JsonlAppender() as appender:
        with contextlib.suppress(UnicodeEncodeError):
            appender.append(path, encode_record({"headline": "bad \ud800 text"}))
        appender.append(path, encode_record({"headline": "good"}))
    _assert_whole_json_lines(path)


# --- the HTTP guards' pure parts ---------------------------------------------------------------------
@FUZZ
@given(
    body=st.binary(max_size=4000),
    declared=st.none() | st.sampled_from(["utf-8", "utf-16", "cp1252", "bogus"]),
)
def test_guards_never_raise(body: bytes, declared: str | None) -> None:
    sniff_binary(body, declared_encoding=declared)
    is_blank(body)
    found = clean_decoding(body, candidate_encodings(body, tried=declared))
    if found is not None:
        assert problem(found[1]) is None
