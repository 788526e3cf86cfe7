"""`python -m newsarchive extract` on what users actually hand it: pages too big, compressed, not HTML,
missing, in a folder, a URL without scheme, and --input-jsonl lines of every kind of wrong.

Every test runs the real CLI in a subprocess on the bundled demo pages (tests/test_cli_extract.py's helpers).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import time
from pathlib import Path

from test_cli_extract import BASE, SEED_PATH, page, run_cli

SEED_URL = f"{BASE}/{SEED_PATH}"
HEADLINE = "Latest missile launch tests 'maximum pressure' on North Korea"
MB = 1024 * 1024


def _big_page(tmp_path: Path, size: int) -> Path:
    """The seed page padded by an HTML comment to `size` bytes: a page a crawl would refuse at
    DOWNLOAD_MAXSIZE (16 MB)."""
    html = page(SEED_PATH).read_bytes()
    padding = size - len(html) - len(b"<!---->")
    big = tmp_path / "big.html"
    big.write_bytes(html.replace(b"</body>", b"<!--" + b"x" * padding + b"--></body>", 1))
    return big


def _stderr_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode().strip().splitlines()


def test_a_page_over_the_crawl_size_cap_is_refused_at_once_with_one_line(tmp_path: Path) -> None:
    big = _big_page(tmp_path, 17 * MB)
    started = time.monotonic()
    result = run_cli(str(big), "--url", SEED_URL)
    assert time.monotonic() - started < 60  # (extracting it took minutes and ~600 MB)
    assert result.returncode == 2
    assert result.stdout == b""
    [line] = _stderr_lines(result)
    assert line.startswith(f"newsarchive extract: {big}: 17 MB, over the 16 MB limit of a page"), line
    assert "--max-size" in line


def test_max_size_changes_the_cap(tmp_path: Path) -> None:
    seed = page(SEED_PATH)
    refused = run_cli(str(seed), "--max-size", "10kB")
    assert refused.returncode == 2 and refused.stdout == b""
    [line] = _stderr_lines(refused)
    assert f"{seed}: " in line and "over the 10 kB limit" in line
    [record] = [json.loads(x) for x in run_cli(str(seed), "--max-size", "1MB").stdout.splitlines()]
    assert record["headline"] == HEADLINE
    bad = run_cli(str(seed), "--max-size", "lots")
    assert bad.returncode == 2 and b"--max-size" in bad.stderr and b"Traceback" not in bad.stderr


def test_too_big_jsonl_line_still_has_its_output_line_in_order(tmp_path: Path) -> None:
    html = page(SEED_PATH).read_text(encoding="utf-8")
    big = _big_page(tmp_path, 17 * MB).read_text(encoding="utf-8")
    lines = [
        json.dumps({"url": SEED_URL, "html": html}),
        json.dumps({"url": f"{BASE}/big", "html": big}),
        json.dumps({"url": SEED_URL, "html": html}),
    ]
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("--input-jsonl", str(source))
    assert result.returncode == 0, result.stderr.decode()
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(out) == 3
    assert out[0]["headline"] == HEADLINE and out[2]["headline"] == HEADLINE
    assert out[1]["url"] == f"{BASE}/big"
    assert out[1]["error"].startswith("line 2: a page of 17 MB, over the 16 MB limit"), out[1]


def test_a_runaway_jsonl_line_is_refused_unparsed_and_keeps_its_place(tmp_path: Path) -> None:
    html = page(SEED_PATH).read_text(encoding="utf-8")
    runaway = json.dumps({"url": f"{BASE}/huge", "html": "y" * (2 * MB)})
    source = tmp_path / "pages.jsonl"
    source.write_text(
        "\n".join([json.dumps({"url": SEED_URL, "html": html}), runaway, "", "not json"]) + "\n",
        encoding="utf-8",
    )
    result = run_cli("--input-jsonl", str(source), "--max-size", "200kB")
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.returncode == 0 and len(out) == 4
    assert out[0]["headline"] == HEADLINE
    assert out[1]["url"] is None and out[1]["error"].startswith("line 2: a line of 2 MB, too long"), out[1]
    assert out[2] == {"url": None, "error": "line 3: empty line"}
    assert out[3]["url"] is None and out[3]["error"].startswith("line 4: not a JSON line"), out[3]


def test_a_gzip_compressed_page_is_read_like_the_plain_one(tmp_path: Path) -> None:
    # (`curl` without --compressed saves the gzip body; a crawl reads it decompressed)
    packed = tmp_path / "page.html"
    packed.write_bytes(gzip.compress(page(SEED_PATH).read_bytes()))
    [plain] = [json.loads(x) for x in run_cli(str(page(SEED_PATH)), "--url", SEED_URL).stdout.splitlines()]
    result = run_cli(str(packed), "--url", SEED_URL)
    assert result.returncode == 0, result.stderr.decode()
    [record] = [json.loads(x) for x in result.stdout.splitlines()]
    for record_ in (plain, record):
        record_.pop("fetched_at", None)
    assert record == plain and record["headline"] == HEADLINE


def test_a_gzip_bomb_stops_at_the_cap(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<html><body>" + b" " * (20 * MB)))
    result = run_cli(str(bomb))
    assert result.returncode == 2 and result.stdout == b""
    [line] = _stderr_lines(result)
    assert line.startswith(f"newsarchive extract: {bomb}: decompresses to more than 16 MB"), line


def test_files_that_are_not_pages_are_named_and_the_others_still_extracted(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    png = tmp_path / "photo.html"  # (an image saved under a page's name)
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.html"
    seed = str(page(SEED_PATH))
    result = run_cli(str(pdf), seed, str(png), str(empty), str(missing), str(tmp_path), seed)
    assert result.returncode == 2
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["headline"] for r in records] == [HEADLINE, HEADLINE]
    assert _stderr_lines(result) == [
        f"newsarchive extract: {pdf}: a PDF file, not an HTML page",
        f"newsarchive extract: {png}: a PNG file, not an HTML page",
        f"newsarchive extract: {empty}: empty, not an HTML page",
        f"newsarchive extract: cannot read {missing}: No such file or directory",
        f"newsarchive extract: cannot read {tmp_path}: a directory (give the pages in it: {tmp_path}/*.html)",
    ]


def test_a_url_without_scheme_is_refused_with_a_hint(tmp_path: Path) -> None:
    # (it gave a record with "site": "" and links resolved against nothing)
    result = run_cli(str(page(SEED_PATH)), "--url", "asia.nikkei.com/Politics/x", "--generic")
    assert result.returncode == 2 and result.stdout == b""
    assert _stderr_lines(result)[-1] == (
        "python -m newsarchive extract: error: --url: expected an absolute http:// or https:// URL, got "
        "'asia.nikkei.com/Politics/x' (https://asia.nikkei.com/Politics/x?)"
    )
    source = tmp_path / "pages.jsonl"
    html = page(SEED_PATH).read_text(encoding="utf-8")
    source.write_text(json.dumps({"url": "asia.nikkei.com/x", "html": html}) + "\n", encoding="utf-8")
    [out] = [json.loads(x) for x in run_cli("--input-jsonl", str(source)).stdout.splitlines()]
    assert out["url"] == "asia.nikkei.com/x" and "absolute" in out["error"] and "site" not in out


# Pages saved without a <meta charset> (the charset was only in the HTTP header, which a saved file loses),
# in the code page of their alphabet. Hand-built in the shape of a plain regional news CMS page.
ALPHABET_PAGES = {
    "windows-1251": (
        "ru",
        "Банк России сохранил ключевую ставку",
        "Центральный банк России сохранил ключевую ставку на прежнем уровне. Регулятор отметил, что "
        "инфляция замедляется, но остается выше целевого уровня.",
    ),
    "koi8-r": (
        "ru",
        "В Казани открылся новый мост через Казанку",
        "Движение по новому мосту через реку Казанку открыли в субботу утром. Строительство продолжалось "
        "три года и обошлось городу дороже, чем планировали.",
    ),
    "windows-1253": (
        "el",
        "Νέα μέτρα στήριξης για τα νοικοκυριά",
        "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών απέναντι στην ακρίβεια "
        "στα τρόφιμα και στην ενέργεια.",
    ),
}


def alphabet_page(language: str, headline: str, paragraph: str) -> str:
    body = "".join(f"<p>{paragraph} {n}</p>" for n in range(1, 7))
    return (
        f"<html lang='{language}'><head><title>{headline}</title></head>"
        f"<body><header><a href='/'>Home</a></header>"
        f"<article><h1>{headline}</h1>{body}</article></body></html>"
    )


def test_a_page_in_its_alphabets_code_page_without_meta_charset_is_read_in_it(tmp_path: Path) -> None:
    # (windows-1251, KOI8-R and windows-1253 pages came out as Windows-1252 mojibake, "Öåíòðàëüíûé", and
    # were dropped as NotAnArticle; Shift_JIS and GB18030 were already read right)
    for charset, (language, headline, paragraph) in ALPHABET_PAGES.items():
        saved = tmp_path / f"{charset}.html"
        saved.write_bytes(alphabet_page(language, headline, paragraph).encode(charset))
        result = run_cli(str(saved), "--url", f"https://news.example.net/{charset}/story-1")
        [record] = [json.loads(x) for x in result.stdout.splitlines()]
        assert record.get("headline") == headline, (charset, record)
        assert record["body"][0] == f"{paragraph} 1" and len(record["body"]) == 6, charset
        assert record["language"] == language, charset
