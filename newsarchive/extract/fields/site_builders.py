"""The company that built a site, named as the author of its pages: a CMS template's `<meta name="author">`
holding the web agency or designer ("Web Commerce GmbH www.w-commerce.de" on a church's news site,
"symple.ch" on a Swiss trade paper's, "wegewerk GmbH" on a German energy paper's TYPO3 site: tune half of
traf-eval), the same on every page of the site. It is not the article's writer, nor the site or a newsroom
(docs/record.md, `authors`): a source that names nobody.

Rules as data, most specific first:
- the value says what the company did: "Webdesign by ...", "... designed", "Internetagentur ...";
- else it must be shaped like a company (a legal form, a domain, an agency's word) and the page must say
  that company built the site: the value's domain is not the page's own (the site's own domain, "kath.net",
  "Deutsche Welle (www.dw.com)", names its publisher), or a credit line of the page, its footer or its
  source's header comment, names it after a builder's label ("Realisierung: wegewerk GmbH", TYPO3's
  headerComment; "Webdesign: <a>...</a>" in a footer), or the generator tag names it.
A publisher's company ("Süddeutsche.de GmbH", "Olympia-Verlag GmbH", "Deutsches Weininstitut GmbH", tune
half) shows none of these and stays the organisation it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsarchive.extract.fields.titles import host_names
from newsarchive.extract.text import norm_title

# what a builder's credit says it did, in the value itself (a theme's "Peter Amende und Fuchsy designed",
# tune half; "Webdesign by ...", "Internetagentur ...": German and English agencies' own wording)
_BUILT = re.compile(
    r"web\s*-?design|webagentur|internetagentur|werbeagentur|digitalagentur|online-?agentur|web\s+agency"
    r"|digital\s+agency|creative\s+agency|\bdesigned\b|\b(?:design|developed|website|site)\s+by\b|\brealisiert\b"
    r"|\bprogrammiert\b",
    re.I,
)
# what makes a value a company's: a legal form, a domain, an agency's or studio's word
_LEGAL_FORM = re.compile(
    r"(?<!\w)(?:gmbh|ag|ug|kg|ltd|llc|inc|plc|s\.a\.|sa|sarl|s\.a\.r\.l\.|b\.v\.|bv|sàrl|srl|s\.r\.l\.)\.?(?!\w)",
    re.I,
)
_DOMAIN = re.compile(r"(?<![\w@.-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,6})(?![\w-])", re.I)
_AGENCY_WORD = re.compile(
    r"\b(?:agentur|agency|digital|webdesign|design|studio|interactive|solutions)\b", re.I
)
# the labels of a builder's credit (a footer's "Webdesign: ...", TYPO3's header comment "Realisierung: ...")
_CREDIT_LABEL = re.compile(
    r"(?:realisierung|umsetzung|webdesign|web\s+design|design|entwicklung|programmierung|konzeption|realisation"
    r"|réalisation|conception|diseño|desarrollo|website\s+by|site\s+by|made\s+by|developed\s+by|designed\s+by"
    r"|powered\s+by|created\s+by|built\s+by|design\s+by|webdesign\s+by|umgesetzt\s+von|erstellt\s+von)"
    r"\W{0,4}(?:<[^>]{0,200}>\W{0,4}){0,3}$",
    re.I,
)
#: how far before a mention of the company its credit's label may stand (tags included)
CREDIT_REACH = 300
#: the mentions of the company read for a credit: a publisher's company is named more often
MAX_MENTIONS = 12


def _company_name(value: str) -> str:
    """The company's name without its domain and legal form: "Web Commerce GmbH www.w-commerce.de" ->
    "Web Commerce"."""
    name = _DOMAIN.sub(" ", value)
    name = _LEGAL_FORM.split(name, maxsplit=1)[0]
    return " ".join(name.replace(",", " ").split())


def builds_the_site(
    value: str, *, html: str, own_names: Iterable[str] | None, generator: str | None = None
) -> bool:
    """`value` (an author <meta>'s) names the company that built the site, not a writer.

    `html`: the page's source (its header comment and footer credit are read); `own_names`: the site's
    own names, normalised (its host's registered name, og:site_name, ...), None where the page's address
    names no site (a domain in the value is then no evidence either way)."""
    if _BUILT.search(value):
        return True
    domains = [d for d in _DOMAIN.findall(value) if not d.replace(".", "").isdigit()]
    if not (_LEGAL_FORM.search(value) or domains or _AGENCY_WORD.search(value)):
        return False
    if own_names is not None and domains:
        own = {n for n in own_names if n}
        registered = [host_names(f"http://{d}")[:1] for d in domains]
        # another site's company ("symple.ch" on auto-wirtschaft.ch), else the site's own ("Deutsche Welle
        # (www.dw.com)" on dw.com)
        return any(r and r[0] not in own for r in registered)
    name = _company_name(value) or value
    if generator and norm_title(name) and norm_title(name) in norm_title(generator):
        return True
    return _credited(name, html)


def _credited(name: str, html: str) -> bool:
    """A builder's credit in the page's source names `name`: "Realisierung: wegewerk GmbH", "Webdesign:
    <a href=...>Agentur X</a>"."""
    if len(norm_title(name)) < 3:
        return False
    for n, found in enumerate(re.finditer(re.escape(name), html, re.I)):
        if n >= MAX_MENTIONS:
            break
        if _CREDIT_LABEL.search(html[max(0, found.start() - CREDIT_REACH) : found.start()]):
            return True
    return False
