"""A six-week archive with run reports, shaped like a real site's, for looking at the report page.

Articles every day (fewer at weekends, none on one day the crawler was down), one section that stops,
`authors` missing on two days, `images` lost from one day on (a site redesign), `credit` on some articles
only, and one cron run a day whose report says what it archived, one of them failed.

    python -m tests.report_archive DIR      # writes DIR/archive/example_news and DIR/reports/example_news
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from newsarchive.items import Article, Image

SITE = "example_news"
START = date(2024, 3, 1)
DAYS = 42
OUTAGE = START + timedelta(days=17)  #: nothing archived that day
REDESIGN = START + timedelta(days=30)  #: images lost from this day on
AUTHORLESS = {START + timedelta(days=9), START + timedelta(days=23)}
SECTIONS = ("Politics", "Business", "Economy", "Tech", "Opinion", "Markets")


def _records_for(day: date) -> list[dict[str, Any]]:
    if day == OUTAGE:
        return []
    weekend = day.weekday() >= 5
    count = (5 if weekend else 14) + (day.toordinal() * 7) % 9
    records = []
    for n in range(count):
        section = SECTIONS[(n + day.day) % len(SECTIONS)]
        if section == "Markets" and day >= START + timedelta(days=21):
            section = "Business"  # the Markets section was merged into Business
        published = datetime(day.year, day.month, day.day, 6 + n % 16, (n * 7) % 60, tzinfo=UTC)
        record = Article(
            url=f"https://news.example/{day.isoformat()}/story-{n}",
            site=SITE,
            section=section,
            headline=f"Story {n} of {day.isoformat()}",
            standfirst="A standfirst." if n % 5 else None,
            authors=[] if day in AUTHORLESS and n % 3 else [f"Reporter {n % 4}"],
            published_at=published.isoformat(),
            body=["One paragraph of the article with enough words to count as a body."] * 3,
            images=[] if day >= REDESIGN else [Image(url=f"https://news.example/img/{n}.jpg")],
            tags=["tag"],
            language="en",
            credit="(Reuters)" if n % 4 == 0 else None,
            fetched_at=(published + timedelta(hours=1)).isoformat(),
        )
        record.refresh_derived()
        records.append(record.to_dict())
    return records


def write(root: Path) -> tuple[Path, Path]:
    archive = root / "archive" / SITE
    reports = root / "reports" / SITE
    archive.mkdir(parents=True, exist_ok=True)
    reports.mkdir(parents=True, exist_ok=True)
    for offset in range(DAYS):
        day = START + timedelta(days=offset)
        records = _records_for(day)
        if records:
            lines = "".join(json.dumps(r) + "\n" for r in records)
            (archive / f"{day.isoformat()}.jsonl").write_text(lines, encoding="utf-8")
        finished = datetime(day.year, day.month, day.day, 23, 7, tzinfo=UTC) + timedelta(minutes=3)
        failed = day == OUTAGE
        report = {
            "site": SITE,
            "spider": SITE,
            "started_at": (finished - timedelta(minutes=3)).isoformat(),
            "finished_at": finished.isoformat(),
            "status": "failed" if failed else "ok",
            "violations": [{"rule": "min_articles"}] if failed else [],
            "articles": {"archived": len(records), "new": len(records) - offset % 3, "updated": offset % 3},
            "drops": {"Duplicate": 3 + offset % 4, "Sponsored": offset % 2, "BodyTooShort": offset % 5 // 4},
            "stats": {},
        }
        (reports / f"{finished.strftime('%Y%m%dT%H%M%SZ')}.json").write_text(json.dumps(report), "utf-8")
    return archive, reports


if __name__ == "__main__":
    print(write(Path(sys.argv[1]))[0])
