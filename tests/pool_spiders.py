"""A spider whose extraction crashes its worker on chosen pages (tests/test_extract_pool.py).

Loaded by the crawl subprocess with `-s SPIDER_MODULES=newsarchive.spiders,tests.pool_spiders`; the pool's
workers import `crashing_extract` from here by name.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.spiders.article import ArticleSpider

KILLED = "/2024/05/16/"  #: the worker process is killed (SIGKILL) while extracting this page
RAISES = "/2024/05/15/"  #: the worker raises SystemExit while extracting this page


def crashing_extract(html: str, url: str, **options: Any) -> Article:
    if KILLED in url:
        os.kill(os.getpid(), signal.SIGKILL)
    if RAISES in url:
        raise SystemExit(3)
    return extract_article(html, url, **options)


class CrashingArticleSpider(ArticleSpider):
    name = "article_crashing"
    extract_function = staticmethod(crashing_extract)
