"""A person's name written in capitals, as a name: "JOHN SMITH" -> "John Smith".

Wire services and the papers that run their copy set the byline in capitals ("By JOHN SMITH and JANE
DOE, Associated Press", the AP's house style; "By SEAN McDONALD"); German club and blog sites do too
("HENRY STEINHAU", "JUERGEN HASENKOPF" on tune-half pages of traf-eval). The record holds a person's
name as it is written in running text. Only names written wholly in capitals are changed (a name in
mixed case is as its writer spelt it), and only full names: one word in capitals ("AFP", "LN") is a
short name of an organisation.
"""

from __future__ import annotations

import re

# Particles written in lower case inside a name ("Jan van der Berg", "Ursula von der Leyen", "Juan de la
# Cruz", "Anna dos Santos"): never as the first or the last word. The Italian "Di"/"De" of English names
# ("Leonardo DiCaprio", "Robert De Niro") are capitalised in English text: left out.
# The Arabic "bin"/"ibn" ("son of") likewise ("Mohammed bin Salman"); "al-"/"el-" open a hyphenated word and
# keep its capitals ("Salah El-Din"), as the papers that print the name in mixed case mostly do.
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "ter", "ten", "zu", "de", "la", "du", "des", "dos", "da", "das", "del",
     "bin", "ibn", "bint", "binti"}
)  # fmt: skip
# Roman numerals and generational suffixes keep their capitals ("John Smith III")
_NUMERALS = frozenset({"ii", "iii", "iv", "vi"})
# "O'BRIEN" -> "O'Brien", "D'ANGELO" -> "D'Angelo", "DELL'ORTO" -> "Dell'Orto", "SANT'ANNA" -> "Sant'Anna":
# an elided article or "O'" before the apostrophe, the surname after it
_APOSTROPHE = re.compile(r"^(\w{1,4})(['’])(\w+)$")
# The Arabic article of a hyphenated word ("EL-DIN", "AL-ASSAD"): not the first syllable of a Korean name
_ARABIC_ARTICLES = frozenset({"al", "el", "ul"})
# One syllable of a Korean or Wade-Giles romanisation ("hyun", "jin", "soo", "hyung", "ing", "wen", "hui"):
# an initial, a vowel of those systems, a final. "Kate", "Pierre", "Paul", "Peter" are none ("au", "ea" and a
# final vowel after a consonant are not theirs), so "Mary-Kate" and "Jean-Paul" keep both capitals.
_SYLLABLE = re.compile(
    r"(?:ch|kk|tt|pp|ss|jj|sh|ts|hs|[bcdfghjklmnprstwy])?"
    r"(?:yae|yeo|wae|ae|eo|eu|oe|ui|oo|ee|ya|ye|yo|yu|wa|wo|we|wi|a|e|i|o|u)(?:ng|n|m|l|k|p|t)?"
)
# Words of a desk's or an outlet's byline in capitals, no person's name ("ESPN STAFF", "KCRA STAFF", "ET
# BUREAU", "HT CORRESPONDENT", "WEB DESK", "FOX SPORTS", "THE EDITORS": hand-built probes of US TV sites'
# and Indian papers' bylines, which the casing made "Espn Staff", "Et Bureau"); and a word without a vowel
# is an abbreviation ("NBC", "HT", "JPL", "DJ"), not a name's ("Ng" is one: a Chinese surname)
_DESK_WORDS = frozenset(
    {"staff", "desk", "bureau", "correspondent", "correspondents", "reporter", "reporters", "writer",
     "writers", "editor", "editors", "author", "authors", "team", "report", "reports", "wire", "sports",
     "news", "network", "online", "digital", "web", "service", "services", "media", "board", "newsroom",
     "agency", "agencies",
     # an institution or a paper signing as itself ("US ARMY", "UK GOVERNMENT", "POLICE SCOTLAND", "NATO
     # PRESS OFFICE", "NEW YORK TIMES"; hand-built probes of government and wire bylines), which the casing
     # made "Us Army": the record keeps an organisation's name as it was written
     "army", "navy", "police", "government", "ministry", "department", "office", "council", "press",
     "university", "institute", "association", "foundation", "commission", "committee", "times", "herald",
     "tribune", "gazette", "journal", "magazine", "daily", "weekly", "chronicle"}
)  # fmt: skip
# Initialisms of countries and institutions that hold a vowel, so _abbreviation does not see them ("US",
# "UK", "UN", "EU", "NATO", "NASA"); none is a word of a person's name
_INITIALISMS = frozenset(
    {"us", "usa", "uk", "un", "eu", "uae", "nato", "nasa", "fifa", "uefa", "ioc", "imf", "oecd", "ap", "afp",
     "upi", "epa", "ani", "pti", "ians", "abc", "itv", "ard", "orf"}
)  # fmt: skip
_VOWEL = re.compile(r"[aeiouy]", re.I)
# "McDONALD", "MacDONALD": the prefix as a capitals byline keeps it
_GAELIC = re.compile(r"(?<![^\s-])Ma?c(?=[A-Z])")


def person_case(name: str) -> str:
    """`name` in the case of running text when it is a full name written in capitals, else as it is."""
    # (the AP writes "Mc" and "Mac" in mixed case inside a name in capitals: "By SEAN McDONALD")
    letters = [ch for ch in _GAELIC.sub("", name) if ch.isalpha()]
    words = name.split()
    if len(words) < 2 or not letters or not all(ch.isupper() for ch in letters):
        return name
    if not all(ch.isalpha() or ch in ".-'’" for ch in name.replace(" ", "")):
        return name  # (digits, brackets, slashes: a desk or agency line, "MDR THÜRINGEN/ls")
    if any(_organisation_word(w) for w in words):
        return name  # (a desk or an outlet in capitals: "ESPN STAFF", "ET BUREAU", "NBC SPORTS", "NASA JPL")
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if 0 < i < len(words) - 1 and low in _PARTICLES:
            out.append(low)
        elif low in _NUMERALS:
            out.append(word)
        else:
            # ("MARY-KATE" -> "Mary-Kate", "J.R." -> "J.R.")
            parts = ["-".join(".".join(_word_case(p) for p in part.split(".")) for part in word.split("-"))]
            pair = word.lower().split("-")
            korean = pair[0] not in _ARABIC_ARTICLES and all(_SYLLABLE.fullmatch(p) for p in pair)
            if len(pair) == 2 and korean:
                # a Korean or Taiwanese given name of two syllables: "HYUN-JIN" -> "Hyun-jin", "ING-WEN"
                parts = [pair[0].capitalize() + "-" + pair[1]]
            out.extend(parts)
    return " ".join(out)


# words of a CMS's account or a sentence in lower case, no person's ("admin user", "the editors")
_NO_NAME_WORDS = frozenset(
    {"the", "and", "of", "by", "admin", "administrator", "user", "guest", "anonymous", "unknown", "webmaster",
     "editorial", "redaktion", "contributor", "contributors", "posts", "post"}
)  # fmt: skip
# a name's word in lower case: letters, a hyphen or apostrophe inside, or an initial ("j.")
_LOWER_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")


def lower_case_person(name: str) -> str:
    """`name` in the case of running text when it is plainly a person's full name written wholly in lower
    case, else as it is: an author <meta> a CMS filled from a login form's field ("jane doe"; a probe
    page, hand-built, tests/test_extract_fields14.py). Two to four words of letters, none a desk's,
    an outlet's or an institution's word ("staff reports", "news desk" stay), the first and the last no
    particle; one word is a login name ("jdoe", "mywakenews") and stays."""
    words = name.split()
    if not 2 <= len(words) <= 4 or name != name.lower() or name.upper().lower() != name:
        return name
    if not all(_LOWER_NAME_WORD.fullmatch(w) for w in words) or not any(len(w) > 2 for w in words):
        return name
    if words[0] in _PARTICLES or words[-1] in _PARTICLES or any(_organisation_word(w) for w in words):
        return name
    if any(w in _NO_NAME_WORDS for w in words):
        return name
    return person_case(name.upper())


def _organisation_word(word: str) -> bool:
    """A word of a desk's or an institution's name, or an abbreviation: no word of a person's name."""
    low = word.lower()
    return low.strip(".") in _DESK_WORDS or low in _INITIALISMS or _abbreviation(word)


def _abbreviation(word: str) -> bool:
    """A Latin word of capitals without a vowel ("NBC"), not initials ("J.R.") nor "Ng", "Jr", "Sr"."""
    plain = word.isascii() and "." not in word
    return plain and word.lower() not in ("ng", "jr", "sr") and not _VOWEL.search(word)


def _word_case(word: str) -> str:
    """One word of a name ("SMITH" -> "Smith", "O'BRIEN" -> "O'Brien", "McDONALD" -> "McDonald")."""
    found = _APOSTROPHE.match(word)
    if found and len(found.group(3)) > 1:
        return found.group(1).capitalize() + found.group(2) + found.group(3).capitalize()
    gaelic = _GAELIC.match(word)
    if gaelic:
        return gaelic.group(0) + word[gaelic.end() :].capitalize()
    low = word.lower()
    # "MCDONALD" -> "McDonald": "Mc" opens a Gaelic surname in every case ("McGill", "McIntosh"); "Mac"
    # does not ("Mack", "Macy", "Machado"), so "MACDONALD" stays "Macdonald"
    if low.startswith("mc") and len(low) > 3 and low[2].isalpha():
        return "Mc" + low[2:].capitalize()
    return low.capitalize()
