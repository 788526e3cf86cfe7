"""The HTML report page, rendered by a real browser (headless Chromium, Debian's `chromium` package).

For a six-week archive with run reports (tests/report_archive.py) and for a real crawl of the demo site,
at desktop and at phone width: the page loads without a console message or a failed load, every chart is
drawn with a non-zero size, the chart text stays readable (at least 8.5 px at phone width), and nothing
makes the page wider than the screen. The screenshots are saved in the test's temporary folder.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsarchive.demo.server import SiteServer
from tests import report_archive

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs chromium (`.ci/run` installs it with apt-get)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
]
#: name -> (page width, window height). Headless Chromium windows are at least 500 px wide, so the phone
#: width is a 390-px iframe in a wider window.
WIDTHS = {"desktop": (1100, 2600), "phone": (390, 3400)}
FRAME = (
    '<!DOCTYPE html><html><body style="margin:0"><iframe src="{src}" title="report" '
    'style="width:{w}px;height:{h}px;border:0"></iframe></body></html>'
)

#: Smallest chart text, in CSS pixels, that still reads on a phone (the SVG's 12-unit text, scaled).
MIN_TEXT_PX = 8.5
SMALLEST_SVG_TEXT = 12

# Instruments a copy of the page: records error events (a failed load, a script error) and console.error,
# then, once loaded, opens the "show all" sections and writes what it measured into the DOM.
PROBE = """<script>
window.__errors = [];
window.addEventListener("error", function (e) {
  __errors.push(String(e.message || (e.target && (e.target.src || e.target.href)) || "error event"));
}, true);
var __consoleError = console.error;
console.error = function () {
  __errors.push([].join.call(arguments, " "));
  __consoleError.apply(console, arguments);
};
window.addEventListener("load", function () {
  [].forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  var charts = [].map.call(document.querySelectorAll("svg.chart"), function (s) {
    var r = s.getBoundingClientRect();
    return {id: s.id, width: r.width, height: r.height, viewBoxWidth: s.viewBox.baseVal.width};
  });
  var wide = [].filter.call(document.body.children, function (el) {
    return el.getBoundingClientRect().right > window.innerWidth;
  }).map(function (el) { return el.tagName + "." + el.className + "#" + el.id; });
  var probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify({errors: __errors, charts: charts,
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide: wide});
  // At phone width the page runs in a 390-px iframe (headless windows are at least 500 px wide).
  (window.parent !== window ? window.parent.document.body : document.body).appendChild(probe);
});
</script>"""
_CONSOLE = re.compile(r":CONSOLE[:(]")


def _chromium(
    url: str, profile: Path, size: tuple[int, int], *extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={max(size[0], 500)},{size[1]}",
            *extra,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _six_weeks(tmp_path: Path, run_crawl: Callable[..., object], demo_site: SiteServer) -> Path:
    archive, _ = report_archive.write(tmp_path / "data")
    return archive


def _demo_crawl(tmp_path: Path, run_crawl: Callable[..., object], demo_site: SiteServer) -> Path:
    for _ in range(2):  # two runs: the second archives nothing new, as a scheduled re-run does
        result = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url})
        assert result.returncode == 0, result.stdout[-3000:]
    return tmp_path / "data" / "archive" / "nikkei_asia"


ARCHIVES = {"six-weeks": _six_weeks, "demo-crawl": _demo_crawl}
EXPECTED_CHARTS = {
    "six-weeks": ["per-run", "per-day", "per-section", "coverage-over-time", "coverage-over-time-all"],
    "demo-crawl": ["per-run", "per-day", "per-section", "coverage-over-time", "coverage-over-time-all"],
}


@pytest.mark.slow
@pytest.mark.parametrize("archive_name", list(ARCHIVES))
def test_report_page_in_a_browser(
    archive_name: str, tmp_path: Path, run_crawl: Callable[..., object], demo_site: SiteServer
) -> None:
    archive = ARCHIVES[archive_name](tmp_path, run_crawl, demo_site)
    page = tmp_path / "report.html"
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "stats", str(archive), "--html", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    probed = tmp_path / "probed.html"
    probed.write_text(html.replace("<head>", "<head>" + PROBE, 1), encoding="utf-8")

    server = SiteServer(tmp_path)
    with server:
        for name, (width, height) in WIDTHS.items():
            _check_width(archive_name, name, width, height, tmp_path, server.base_url)


def _check_width(archive_name: str, name: str, width: int, height: int, folder: Path, base: str) -> None:
    size = (width, height)
    if name == "phone":
        for page in ("report", "probed"):
            frame = FRAME.format(src=f"{page}.html", w=width, h=height)
            (folder / f"{page}-{name}.html").write_text(frame, encoding="utf-8")
        page_url, probe_url = f"{base}/report-{name}.html", f"{base}/probed-{name}.html"
    else:
        page_url, probe_url = f"{base}/report.html", f"{base}/probed.html"

    shot = folder / f"report-{archive_name}-{name}.png"
    rendered = _chromium(page_url, folder / f"profile-{name}", size, f"--screenshot={shot}")
    assert rendered.returncode == 0, rendered.stderr[-3000:]
    assert shot.is_file() and shot.stat().st_size > 10_000
    console = [line for line in rendered.stderr.splitlines() if _CONSOLE.search(line)]
    assert console == [], f"console messages at {name} width: {console}"

    dumped = _chromium(
        probe_url, folder / f"profile-probe-{name}", size, "--dump-dom", "--virtual-time-budget=5000"
    )
    assert dumped.returncode == 0, dumped.stderr[-3000:]
    match = re.search(r'<pre id="probe">(.*?)</pre>', dumped.stdout, re.S)
    assert match, f"the probe did not run at {name} width:\n{dumped.stdout[-2000:]}"
    probe = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert probe["errors"] == [], probe["errors"]
    assert probe["innerWidth"] == width
    charts = {c["id"]: c for c in probe["charts"]}
    assert list(charts) == EXPECTED_CHARTS[archive_name]
    for chart in charts.values():
        assert chart["width"] > 0 and chart["height"] > 0, chart
        assert chart["width"] <= probe["innerWidth"], chart
        text_px = SMALLEST_SVG_TEXT * chart["width"] / chart["viewBoxWidth"]
        assert text_px >= MIN_TEXT_PX, f"{chart['id']} text is {text_px:.1f} px at {name} width"
    # Tables scroll inside their own box; the page itself never gets wider than the screen.
    assert probe["scrollWidth"] <= probe["innerWidth"], probe
