"""Every user-facing command on what a cron user or a careless hand gives it, round 11: real subprocesses on
real files (no mocks), each message one line with the exit status a script can act on.

- pages saved without a charset in the Central European code pages (windows-1250, ISO-8859-2) and in UTF-16
  without a BOM, offline (`extract`) and in a real crawl of a local server;
- `profile new/check --input-jsonl` with extract's size cap, a BOM, a line in another charset;
- `reextract` given files that are not WARCs, a bad `-s`, an output folder it cannot write;
- `stats` given a file that is no archive, an archive with a torn, BOM-prefixed or non-UTF-8 line;
- `extract --input-jsonl` with a BOM, a line in another charset, a UTF-16 file; Ctrl-C during `extract`;
- `demo` with a bad `-s` or a folder it cannot write.

Pages are hand-built in the shape of a plain regional news CMS (hosts in no corpus); tests/test_cli_extract.py
and tests/test_cli_robustness10.py hold the helpers reused here.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers_pipelines import REPO
from test_cli_extract import BASE, PAYWALLED_PATH, SEED_PATH, SPONSORED_PATH, page, run_cli
from test_cli_robustness10 import HEADLINE, MB, SEED_URL, _big_page, _stderr_lines

from newsarchive.demo.server import Resource
from tests.crawlkit import CrawlResult, archived_article, page_site_fixture

UNWRITABLE = "/proc/newsarchive-probe"  # (the tests run as root: a chmod'ed folder is still writable)


def run_command(*args: str, cwd: Path = REPO, timeout: int = 240) -> subprocess.CompletedProcess[bytes]:
    """`python -m newsarchive ARGS` from the working tree, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def one_error_line(result: subprocess.CompletedProcess[bytes], status: int = 2) -> str:
    """The one line a failed command printed on stderr, after checking its status and that no traceback and
    nothing on stdout came with it."""
    assert result.returncode == status, (result.returncode, result.stderr.decode()[-3000:])
    lines = _stderr_lines(result)
    assert len(lines) == 1 and "Traceback" not in lines[0], lines
    return lines[0]


# --- pages without a charset in a Central European code page -------------------------------------------
# A story of each language as a regional paper's CMS serves it, saved without <meta charset> (the charset was
# only in the HTTP header, which a saved file loses). Read as Windows-1252 they were mojibake in every text
# field: "Pøíští rok" for "Příští rok", "Przyj¹³" for "Przyjął".
LATIN2_STORIES: dict[str, dict[str, Any]] = {
    "cs": {
        "host": "noviny.example.cz",
        "headline": "Vláda schválila rozpočet na příští rok",
        "standfirst": "Schodek bude menší než letos, řekl ministr financí.",
        "author": "Jiří Dvořák",
        "body": [
            "Poslanecká sněmovna ve středu schválila státní rozpočet na příští rok. Pro návrh hlasovalo "
            "sto osm poslanců, proti bylo šedesát dva.",
            "Ministr financí řekl, že schodek bude o třicet miliard korun menší než letos. Peníze půjdou "
            "hlavně na školství, dopravu a zdravotnictví.",
            "Opozice vládě vyčítá, že nepočítá s růstem cen energií. Podle ní bude muset rozpočet během "
            "roku měnit.",
            "Zákon teď posoudí Senát. Pokud ho vrátí, sněmovna o něm bude hlasovat znovu v prosinci.",
        ],
    },
    "pl": {
        "host": "wiadomosci.example.pl",
        "headline": "Sejm przyjął ustawę o szpitalach powiatowych",
        "standfirst": "Zmiany dotyczą finansowania szpitali i wynagrodzeń pielęgniarek.",
        "author": "Małgorzata Wójcik",
        "body": [
            "Posłowie przegłosowali w piątek nowelizację ustawy o szpitalach. Za było dwieście czterdzieści "
            "osób, przeciw stu dwunastu.",
            "Według ministra zdrowia zmiany pozwolą szpitalom powiatowym zatrudnić więcej lekarzy. Pieniądze "
            "trafią też na podwyżki dla pielęgniarek.",
            "Opozycja zarzuca rządowi, że ustawa powstała w pośpiechu. Samorządy chcą, żeby Senat wprowadził "
            "poprawki.",
            "Nowe przepisy mają wejść w życie od pierwszego stycznia przyszłego roku.",
        ],
    },
    "hu": {
        "host": "hirek.example.hu",
        "headline": "Új híd épül a Duna fölött Győrnél",
        "standfirst": "A munkák jövő tavasszal kezdődnek, a költségeket uniós forrás fedezi.",
        "author": "Kovács Ödön",
        "body": [
            "A kormány csütörtökön bejelentette, hogy jövő tavasszal kezdődik az új győri híd építése. A "
            "hídon gyalogosok és kerékpárosok is átkelhetnek majd.",
            "A beruházás költségét uniós forrásból fedezik. A polgármester szerint a forgalom a belvárosban "
            "jelentősen csökkenni fog.",
            "Az építkezés alatt a régi hídon fél sávon folyik a közlekedés. A munkák várhatóan két évig "
            "tartanak.",
            "A lakók a tervekről a jövő héten tartott fórumon kérdezhetnek.",
        ],
    },
    "sk": {
        "host": "spravy.example.sk",
        "headline": "Bratislava otvorila novú električkovú trať do Petržalky",
        "standfirst": "Výstavba trvala štyri roky a stála viac, ako sa čakalo.",
        "author": "Ľubomír Šťastný",
        "body": [
            "Cestujúci sa od pondelka môžu zviezť novou električkou do Petržalky. Trať je dlhá takmer štyri "
            "kilometre a má sedem zastávok.",
            "Primátor povedal, že električka nahradí päť autobusových liniek. Ľudia sa do centra dostanú "
            "rýchlejšie ako doteraz.",
            "Výstavba sa predĺžila pre problémy s podložím. Mesto preto muselo zaplatiť vyššiu sumu, než "
            "pôvodne plánovalo.",
            "Ďalšia etapa trate má byť hotová o dva roky.",
        ],
    },
    "hr": {
        "host": "vijesti.example.hr",
        "headline": "Zagreb dobiva novu tramvajsku prugu do Sesveta",
        "standfirst": "Radovi će početi sljedeće godine, a vožnja će biti kraća nego sada.",
        "author": "Đurđica Kovačić",
        "body": [
            "Gradska skupština odlučila je u četvrtak o izgradnji nove tramvajske pruge. Pruga će povezati "
            "središte grada sa Sesvetama.",
            "Gradonačelnik je rekao da će vožnja trajati dvadeset minuta kraće nego autobusom. Građani će "
            "moći birati između tri nove linije.",
            "Oporba tvrdi da je projekt preskup i da će radovi dugo ometati promet. Grad odgovara da će "
            "većinu troškova pokriti europski fondovi.",
            "Natječaj za izvođača radova bit će objavljen u proljeće.",
        ],
    },
    "ro": {
        "host": "stiri.example.ro",
        "headline": "Guvernul a aprobat bugetul pentru anul viitor",
        "standfirst": "Deficitul va scădea, iar pensiile vor creşte de la începutul anului.",
        "author": "Ştefan Munteanu",
        "body": [
            "Miniştrii au aprobat joi proiectul de buget pentru anul viitor. Documentul va fi trimis "
            "Parlamentului săptămâna viitoare.",
            "Premierul a spus că deficitul bugetar va scădea sub patru la sută. Cheltuielile pentru sănătate "
            "şi învăţământ vor creşte.",
            "Sindicatele sunt nemulţumite de salariile din sectorul public. Ele ameninţă cu proteste în "
            "toată ţara.",
            "Dezbaterile în Parlament vor începe la jumătatea lunii.",
        ],
    },
}
PUBLISHED = "2025-03-04T08:30:00+01:00"


def latin2_page(language: str) -> str:
    """A regional paper's story page (no charset anywhere): title, lead, byline, date, text."""
    story = LATIN2_STORIES[language]
    paragraphs = "".join(f"<p>{text}</p>" for text in story["body"])
    return (
        f"<!DOCTYPE html><html lang='{language}'><head><title>{story['headline']}</title>"
        f"<meta name='description' content='{story['standfirst']}'>"
        f"<meta name='author' content='{story['author']}'>"
        f"<meta property='article:published_time' content='{PUBLISHED}'>"
        "</head><body><header><a href='/'>Home</a></header>"
        f"<article><h1>{story['headline']}</h1><p class='lead'>{story['standfirst']}</p>"
        f"<p class='byline'>{story['author']}</p><time datetime='{PUBLISHED}'>4. 3. 2025</time>"
        f"<div class='text'>{paragraphs}</div></article><footer>&copy; 2025</footer></body></html>"
    )


def latin2_url(language: str) -> str:
    return f"https://{LATIN2_STORIES[language]['host']}/domov/2025/03/04/story-{language}"


def assert_latin2_record(record: dict[str, Any], language: str) -> None:
    story = LATIN2_STORIES[language]
    assert record.get("headline") == story["headline"], (language, record)
    assert record["standfirst"] == story["standfirst"], language
    assert record["authors"] == [story["author"]], language
    assert record["published_at"] == PUBLISHED, language
    assert record["body"] == story["body"], language
    assert record["language"] == language
    assert (record["access"], record["truncated"], record["sponsored"]) == ("unknown", False, False), language
    assert record["page_type"] == "article", language


CODE_PAGES = ("cp1250", "iso-8859-2")


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_central_european_pages_without_a_charset_are_read_in_their_code_page(
    tmp_path: Path, code_page: str
) -> None:
    # (read as Windows-1252: "Vláda schválila rozpoèet na pøíští rok", "Przyj¹³", "Gyõrnél", a Slovak "ť"
    # that Windows-1252 has no character for)
    for language in LATIN2_STORIES:
        saved = tmp_path / f"{language}.html"
        saved.write_bytes(latin2_page(language).encode(code_page))
        result = run_cli(str(saved), "--url", latin2_url(language))
        assert result.returncode == 0, result.stderr.decode()
        [record] = [json.loads(x) for x in result.stdout.splitlines()]
        assert_latin2_record(record, language)


# Western pages in Windows-1252 without a charset: their accented letters are what the new test must leave
# alone (the same letters read as Windows-1250 would be "ŕ", "č", "ř": no Western language's).
WESTERN_PAGES = {
    "fr": (
        "Le maire présente un budget très serré",
        "Après des mois de débat, la mairie a voté à l'unanimité un budget où chaque dépense est réduite. "
        "Les élus espèrent éviter une hausse d'impôts.",
    ),
    "it": (
        "Il sindaco è pronto a rivedere il piano",
        "Dopo le proteste dei commercianti, la giunta ha deciso di rinviare la chiusura del centro. Già "
        "domani ci sarà un incontro con le associazioni.",
    ),
    "de": (
        "Stadtrat beschließt höhere Gebühren",
        "Die Gebühren für Müllabfuhr und Straßenreinigung steigen ab März. Der Bürgermeister verweist auf "
        "höhere Kosten für Löhne und Fahrzeuge.",
    ),
    "da": (
        "Kommunen åbner ny skole i Århus",
        "Børn og lærere flytter ind i den nye bygning efter sommerferien. Skolen får plads til otte hundrede "
        "elever og en stor idrætshal.",
    ),
    "pt": (
        "Governo anuncia novas medidas para a habitação",
        "As famílias com rendimentos baixos poderão pedir apoio a partir de março. O ministro disse que a "
        "medida custará milhões de euros.",
    ),
}


def test_western_pages_without_a_charset_stay_windows_1252(tmp_path: Path) -> None:
    for language, (headline, paragraph) in WESTERN_PAGES.items():
        body = "".join(f"<p>{paragraph} ({n})</p>" for n in range(1, 6))
        html = (
            f"<html lang='{language}'><head><title>{headline}</title></head><body>"
            f"<article><h1>{headline}</h1>{body}</article></body></html>"
        )
        saved = tmp_path / f"{language}.html"
        saved.write_bytes(html.encode("cp1252"))
        result = run_cli(str(saved), "--url", f"https://news.example.net/{language}/2025/03/04/story")
        [record] = [json.loads(x) for x in result.stdout.splitlines()]
        assert record.get("headline") == headline, (language, record)
        assert record["body"] == [f"{paragraph} ({n})" for n in range(1, 6)], language


# --- UTF-16 without a byte order mark --------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_page_without_bom_is_read_not_refused_as_binary(tmp_path: Path, encoding: str) -> None:
    # (a page saved by a Windows tool: "<\x00h\x00t\x00m\x00l\x00..." was "binary data, not an HTML page")
    saved = tmp_path / "story.html"
    saved.write_bytes(latin2_page("pl").encode(encoding))
    result = run_cli(str(saved), "--url", latin2_url("pl"))
    assert result.returncode == 0, result.stderr.decode()
    [record] = [json.loads(x) for x in result.stdout.splitlines()]
    assert_latin2_record(record, "pl")


def test_nul_bytes_that_are_not_utf16_markup_are_still_binary(tmp_path: Path) -> None:
    blob = tmp_path / "blob.html"
    blob.write_bytes(b"\x00\x01\x02\x03" * 512)
    result = run_cli(str(blob))
    assert one_error_line(result) == f"newsarchive extract: {blob}: binary data, not an HTML page"


# --- the same pages in a real crawl (served as text/html, no charset in the header nor in the page) --------
CRAWL_PAGES: dict[str, Resource] = {
    **{
        f"/{code_page}/{language}/2025/03/04/story.html": Resource(
            body=latin2_page(language).encode(code_page), content_type="text/html"
        )
        for code_page, language in (
            ("cp1250", "cs"),
            ("iso-8859-2", "pl"),
            ("cp1250", "sk"),
            ("cp1250", "hu"),
        )
    },
    "/utf-16/ro/2025/03/04/story.html": Resource(
        body=latin2_page("ro").encode("utf-16-le"), content_type="text/html"
    ),
}
site = page_site_fixture(CRAWL_PAGES)


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(CRAWL_PAGES))
def test_a_crawl_archives_pages_without_charset_in_their_code_page(
    run_crawl: Callable[..., CrawlResult], site: Any, path: str
) -> None:
    _, record = archived_article(run_crawl, site, path, "depth=0")
    assert_latin2_record(record, path.split("/")[2])


@pytest.mark.slow
def test_a_base_url_without_scheme_stops_the_crawl_before_the_banner(
    run_crawl: Callable[..., CrawlResult],
) -> None:
    # (the spider found it after Scrapy's banner, a dozen lines of versions and settings before the one line;
    # tests/test_crawl_nikkei.py checks the status and the line with the log level at WARNING)
    result = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": "127.0.0.1:8080"})
    assert result.returncode == 2, result.log_tail()
    assert (result.stderr + result.stdout).strip().splitlines() == [
        "scrapy crawl nikkei_asia: error: setting NEWSARCHIVE_SPIDER_BASE_URL: expected an http:// or "
        "https:// URL, got '127.0.0.1:8080' (http://127.0.0.1:8080?)"
    ]


# --- profile new/check: extract's size cap and line reading ------------------------------------------------
def _pages_jsonl(tmp_path: Path, *htmls: str, name: str = "pages.jsonl") -> Path:
    source = tmp_path / name
    lines = [json.dumps({"url": f"https://papers.example.org/politics/story-{n}", "html": html})
             for n, html in enumerate(htmls, start=1)]  # fmt: skip
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def test_profile_new_holds_pages_to_the_size_cap_of_extract(tmp_path: Path) -> None:
    # (it read a 17 MB page, and any runaway line, whole into memory, with no limit at all)
    seed = page(SEED_PATH).read_text(encoding="utf-8")
    big = _big_page(tmp_path, 17 * MB).read_text(encoding="utf-8")
    source = _pages_jsonl(tmp_path, seed, big)
    result = run_command(
        "profile", "new", "papers", "--input-jsonl", str(source), "--dir", str(tmp_path / "p")
    )
    line = one_error_line(result)
    assert line.startswith(
        f"newsarchive profile new: error: {source} line 2: a page of 17 MB, over the 16 MB limit (--max-size"
    ), line
    assert not (tmp_path / "p" / "papers.toml").exists()
    small = run_command(
        "profile", "check", "nikkei_asia", "--input-jsonl", str(source), "--max-size", "100kB"
    )
    assert one_error_line(small).endswith(
        "line 2: a line of 17 MB, too long to hold a page within the 100 kB limit (--max-size)"
    )
    saved = run_command("profile", "new", "papers", str(_big_page(tmp_path, 17 * MB)), "--url",
                        "https://papers.example.org/politics/big", "--dir", str(tmp_path / "p"))  # fmt: skip
    assert "big.html: 17 MB, over the 16 MB limit of a page" in one_error_line(saved)


def test_profile_reads_a_bom_and_a_line_in_another_charset_like_extract(tmp_path: Path) -> None:
    # (a BOM before the first line: 'line 1: expected {"url": ..., "html": ...}'; a Windows-1250 line: a
    # UnicodeDecodeError traceback)
    czech, polish = latin2_page("cs"), latin2_page("pl")
    source = tmp_path / "pages.jsonl"
    source.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps({"url": latin2_url("cs"), "html": czech}, ensure_ascii=False).encode("utf-8")
        + b"\n"
        + json.dumps({"url": latin2_url("pl"), "html": polish}, ensure_ascii=False).encode("cp1250")
        + b"\n"
    )
    result = run_command(
        "profile", "new", "papers", "--input-jsonl", str(source), "--dir", str(tmp_path / "p")
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"wrote " in result.stdout and (tmp_path / "p" / "papers.toml").exists()
    fixtures = sorted((tmp_path / "p" / "fixtures" / "papers").glob("*/expected.json"))
    headlines = {json.loads(f.read_text(encoding="utf-8"))["headline"] for f in fixtures}
    assert headlines == {LATIN2_STORIES["cs"]["headline"], LATIN2_STORIES["pl"]["headline"]}


def test_profile_new_into_a_folder_it_cannot_write_is_one_line(tmp_path: Path) -> None:
    source = _pages_jsonl(tmp_path, page(SEED_PATH).read_text(encoding="utf-8"))
    result = run_command("profile", "new", "papers", "--input-jsonl", str(source), "--dir", UNWRITABLE)
    assert one_error_line(result) == (
        f"newsarchive profile new: error: --dir: cannot write to {UNWRITABLE}: No such file or directory "
        "(--dir DIR: a folder you can write)"
    )


# --- reextract: what is not a WARC, a bad setting, an output folder it cannot write ----------------------
@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("day.jsonl", b'{"url": "https://papers.example.org/a", "headline": "A"}\n', " (a JSON file)"),
        (
            "page.html.gz",
            gzip.compress(b"<!DOCTYPE html><html><body>x</body></html>", mtime=0),
            " (an HTML or XML file)",
        ),
        ("capture.warc.gz", b"hello, not a capture", ""),
        ("broken.warc.gz", b"\x1f\x8b\x08\x00 truncated", None),
    ],
    ids=["jsonl", "html-gz", "text", "broken-gzip"],
)
def test_reextract_names_a_file_that_is_not_a_warc_in_one_line(
    tmp_path: Path, name: str, content: bytes, kind: str | None
) -> None:
    # (it printed "stopped reading ... at a damaged record: Unknown archive format, first line: ['hello']",
    # then "no captured article responses", exit 1; a JSONL among real WARCs was skipped with exit 0)
    path = tmp_path / name
    path.write_bytes(content)
    line = one_error_line(run_command("reextract", str(path), "--out", str(tmp_path / "out")))
    if kind is None:
        assert line.startswith(f"reextract: warcs: {path}: not a WARC file (gzip-compressed, but does not"), (
            line
        )
    else:
        assert line == (
            f"reextract: warcs: {path}: not a WARC file{kind}; a crawl with -s NEWSARCHIVE_WARC_ENABLED=True "
            "writes them to data/warc/<site>/*.warc.gz"
        )


def _a_warc(tmp_path: Path) -> Path:
    """A real WARC: a record `warcio` writes, as a capture starts."""
    path = tmp_path / "site-20250304-00001.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
    return path


def test_reextract_refuses_a_bad_setting_and_an_unwritable_out_in_one_line(tmp_path: Path) -> None:
    # (a traceback from the spider's constructor, and one from mkdir)
    warc = _a_warc(tmp_path)
    bad = run_command(
        "reextract", str(warc), "--out", str(tmp_path / "o"), "-s", "NEWSARCHIVE_STATE_RECHECK_DAYS=abc"
    )
    assert (
        one_error_line(bad)
        == "reextract: setting NEWSARCHIVE_STATE_RECHECK_DAYS: expected a number, got 'abc'"
    )
    out = run_command("reextract", str(warc), "--out", UNWRITABLE)
    assert one_error_line(out) == (
        f"reextract: --out: cannot write to {UNWRITABLE}: No such file or directory "
        "(give a folder you can write)"
    )


# --- stats and readmit: a file that is no archive, lines that are no record ---------------------------------
def _archived(tmp_path: Path) -> tuple[Path, list[bytes]]:
    """An archive root with the records `extract` makes of two demo pages (the lines a crawl writes)."""
    root = tmp_path / "archive"
    (root / "nikkei_asia").mkdir(parents=True)
    lines = []
    for path in (SEED_PATH, PAYWALLED_PATH):
        result = run_cli(str(page(path)), "--url", f"{BASE}/{path}")
        lines.append(result.stdout.strip() + b"\n")
    return root, lines


def test_stats_on_a_file_that_is_no_archive_says_what_to_give(tmp_path: Path) -> None:
    # (a run report gave "0 articles in 0 records, 1 file" after a warning for each of its 128 lines)
    report = tmp_path / "reports" / "nikkei_asia" / "20250304T061502Z.json"
    report.parent.mkdir(parents=True)
    report.write_text(json.dumps({"site": "nikkei_asia", "status": "ok"}, indent=2), encoding="utf-8")
    pages = _pages_jsonl(tmp_path, "<html></html>")  # (what `extract --input-jsonl` reads: no records)
    pages.write_text('{"html": "<html></html>"}\n', encoding="utf-8")
    for path in (report, pages):
        assert one_error_line(run_command("stats", str(path))) == (
            f"stats: archive: {path} is not an archive file (no records); give the archive folder "
            "(python -m newsarchive stats data/archive/<site>) or one of its day files"
        )


def test_stats_and_readmit_read_past_torn_bom_and_foreign_charset_lines(tmp_path: Path) -> None:
    # (a Windows-1252 line, as a hand edit in a Windows editor leaves it, was a UnicodeDecodeError traceback
    # in stats and readmit; a BOM hid the first record; a kill -9's torn last line is skipped as before)
    root, (seed, paywalled) = _archived(tmp_path)
    day = root / "nikkei_asia" / "2017-11-29.jsonl"
    day.write_bytes(
        b"\xef\xbb\xbf" + seed + b'{"url": "x", "note": "caf\xe9"}\n' + paywalled + seed[: len(seed) // 2]
    )
    result = run_command("stats", str(root / "nikkei_asia"), "--json")
    assert result.returncode == 0, result.stderr.decode()
    numbers = json.loads(result.stdout)
    assert (numbers["articles"], numbers["records"], numbers["files"]) == (2, 2, 1)
    assert _stderr_lines(result) == [f"{day}: 2 line(s) not an archive record, skipped (first: line 2)"]
    rejected = root / "nikkei_asia" / "_rejected" / "2026-12-05.jsonl"
    rejected.parent.mkdir()
    sponsored = json.loads(seed) | {
        "url": f"{BASE}/{SPONSORED_PATH}",
        "headline": "Discover the future of smart cities",
        "body": ["A partner's text about smart cities, kept in the rejects."],
        "drop_reason": "Sponsored",
    }
    rejected.write_bytes(json.dumps(sponsored).encode() + b"\n" + b'{"url": "caf\xe9"}\n')
    readmit = run_command("readmit", str(root), "--all", "--dry-run")
    assert readmit.returncode == 0, readmit.stderr.decode()
    assert readmit.stdout.decode().splitlines()[-1] == "1 would readmit, 0 already in the archive"


def test_merge_skips_a_killed_workers_torn_line(tmp_path: Path) -> None:
    # (passed on main: the merge reads bytes and counts what is not JSON as torn)
    root, (seed, paywalled) = _archived(tmp_path)
    (root / "nikkei_asia" / "2017-11-29.w1.jsonl").write_bytes(seed + paywalled[:100])
    result = run_command("merge", str(root))
    assert result.returncode == 0, result.stderr.decode()
    assert (
        result.stdout.decode().strip()
        == "merged 1 worker files: 1 records, 0 duplicates skipped, 1 torn lines skipped"
    )
    assert (root / "nikkei_asia" / "2017-11-29.jsonl").read_bytes() == seed


# --- extract --input-jsonl: a BOM, a line in another charset, a UTF-16 file ---------------------------------
def test_extract_jsonl_reads_a_bom_a_windows_charset_line_and_utf16(tmp_path: Path) -> None:
    # (line 1 was "not a JSON line (Unexpected UTF-8 BOM ...)"; a Windows-1250 line was "'utf-8' codec can't
    # decode byte 0x9e"; a UTF-16 file, what PowerShell's `>` writes, was an error for every line)
    seed = page(SEED_PATH).read_text(encoding="utf-8")
    seed_line = json.dumps({"url": SEED_URL, "html": seed})
    czech_line = json.dumps({"url": latin2_url("cs"), "html": latin2_page("cs")}, ensure_ascii=False)
    source = tmp_path / "pages.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + seed_line.encode() + b"\n" + czech_line.encode("cp1250") + b"\n")
    utf16 = tmp_path / "pages-utf16.jsonl"
    utf16.write_bytes(f"{czech_line}\r\n{seed_line}\r\n".encode("utf-16"))
    for path, languages in ((source, ("en", "cs")), (utf16, ("cs", "en"))):
        result = run_cli("--input-jsonl", str(path))
        assert result.returncode == 0 and result.stderr == b"", result.stderr.decode()
        records = [json.loads(x) for x in result.stdout.splitlines()]
        assert [r.get("language") for r in records] == list(languages), records
        for record in records:
            if record["language"] == "cs":
                assert_latin2_record(record, "cs")
            else:
                assert record["headline"] == HEADLINE


# --- Ctrl-C during extract over many pages ---------------------------------------------------------------
@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_during_extract_stops_after_a_whole_line(tmp_path: Path, presses: int) -> None:
    # (a KeyboardInterrupt traceback, and with the reader slower than the writer a torn last line: the part of
    # the record the pipe had taken)
    pages = [str(page(SEED_PATH))] * 40
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "extract", *pages],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    time.sleep(2.0)  # (the pipe fills: the writer blocks in the middle of a record)
    for _ in range(presses):
        proc.send_signal(signal.SIGINT)
        time.sleep(0.2)
    rest, err = proc.communicate(timeout=120)
    out = first + rest
    assert proc.returncode == 130, err.decode()[-3000:]
    assert out.endswith(b"\n")
    records = [json.loads(line) for line in out.splitlines()]
    assert 1 <= len(records) < 40 and all(r["headline"] == HEADLINE for r in records)
    assert err.decode().splitlines() == [
        f"newsarchive extract: stopped by Ctrl-C after {len(records)} of 40 page(s); every output line is a "
        "whole record"
    ]


# --- demo: a bad setting or a folder it cannot write, before anything is served ----------------------------
def test_demo_refuses_a_bad_setting_and_an_unwritable_folder_in_one_line(tmp_path: Path) -> None:
    # (the crawl's own error line came back inside "The crawl ended (exit code 1) without Scrapy's final
    # stats. Last log lines: ...", for each of the two sample sites)
    archive, state = str(tmp_path / "archive"), str(tmp_path / "state")
    bad = run_command(
        "demo", "--archive-dir", archive, "--state-dir", state, "-s", "NEWSARCHIVE_STATE_RECHECK_DAYS=abc"
    )
    assert one_error_line(bad) == (
        "python -m newsarchive demo: error: setting NEWSARCHIVE_STATE_RECHECK_DAYS: expected a number, "
        "got 'abc'"
    )
    unwritable = run_command("demo", "--archive-dir", UNWRITABLE, "--state-dir", state)
    assert one_error_line(unwritable) == (
        f"python -m newsarchive demo: error: --archive-dir: cannot write to {UNWRITABLE}: No such file or "
        "directory"
    )
    assert bad.stdout == unwritable.stdout == b""
