"""content/joiners.needs_stand_ins finds a joiner's character reference with one search: the same verdict
as the four substring tests it replaced ("&zw", "&#820", "&#x200", "&#X200" anywhere in the page)."""

from __future__ import annotations

import pytest

from newsarchive.extract.content.joiners import STAND_INS, needs_stand_ins

_STARTS = ("&zw", "&#820", "&#x200", "&#X200")


def _substring_verdict(html: str) -> bool:
    if not any(j in html for j in STAND_INS) and not any(r in html for r in _STARTS):
        return False
    return not any(s in html for s in STAND_INS.values())


@pytest.mark.parametrize(
    "html",
    [
        "<p>plain page &amp; &#8217;quotes&#8221; &#x2014; &nbsp;</p>",
        "<p>یارانه&zwnj;ها</p>",
        "<p>یارانه&ZWNJ;ها</p>",  # (upper case: not a start the test looks for, as before)
        "<p>क्&#8205;ष</p>",
        "<p>a&#8204;b</p>",
        "<p>a&#x200C;b</p>",
        "<p>a&#X200D;b</p>",
        "<p>a&#x200c;b \u241f</p>",  # a stand-in already in the page: nothing is protected
        "<p>a\u200cb</p>",
        "<p>&#82</p><p>0</p>",
        "&#820",
        "&zw",
        "&",
        "",
    ],
)
def test_one_search_gives_the_substring_verdict(html: str) -> None:
    assert needs_stand_ins(html) == _substring_verdict(html)
