"""Tags a CMS keeps for itself in the keyword list a page declares, no subject of the story (tune half of
traf-eval and aeb-dev, 224 pages with tags; 6 pages of 6 sites and 5 CMSs held them):

- hidden tags, which WordPress VIP themes and plugins start with "_" or "@" ("_no-apple-news",
  "@post-id:1913719"), and addresses ("https://twitter.com/AP_Sports" in AP's keyword list);
- a machine token in snake case, a template's switch or a feed's key rather than a word ("megaphone_top"
  on wired.com, Escenic's "ece_frontpage", "uk_news", "law_and_order" on telegraph.co.uk);
- entity-type labels a tagging service appends to a name in capitals ("Paul George PROFESSIONAL_ATHLETE
  SPORTS_FIGURE PERSON", "COACH SPORTS_FIGURE PERSON": AP's classification on a Hearst paper): the name
  stays, the labels go.
"""

from __future__ import annotations

import re

_HIDDEN = ("_", "@", "http://", "https://")
_SNAKE_TOKEN = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")
_TYPE_LABEL = re.compile(r"[A-Z]+(?:_[A-Z]+)+")
# capitalised type words that come with those labels (AP's classification: PERSON, ORGANIZATION, ...)
_TYPE_WORDS = frozenset({"PERSON", "COACH", "ORGANIZATION", "ORGANISATION", "GEOGRAPHIC", "EVENT", "SUBJECT"})


def subject_tag(tag: str) -> str | None:
    """`tag` as a subject of the story: None for a CMS's own tag, a name without its entity-type labels."""
    if tag.startswith(_HIDDEN) or _SNAKE_TOKEN.fullmatch(tag):
        return None
    words = tag.split()
    if not any(_TYPE_LABEL.fullmatch(w) for w in words):
        return tag
    kept = [w for w in words if not _TYPE_LABEL.fullmatch(w) and w not in _TYPE_WORDS]
    return " ".join(kept) or None


# A site's name as a keyword list writes it: with an article before it or "blog" after it ("Die Sprechwaisen
# blog" on sprechwaisen.com)
_NAME_FRAME = re.compile(r"^(?:the|die|der|das|le|la|les|el|il|lo)\s+|\s+blog$", re.IGNORECASE)


def name_core(tag: str) -> str:
    """`tag` without an article before it or "blog" after it, letters and digits casefolded (norm_title)."""
    return "".join(ch for ch in _NAME_FRAME.sub("", _NAME_FRAME.sub("", tag)).casefold() if ch.isalnum())
