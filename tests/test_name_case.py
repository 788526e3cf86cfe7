"""A person's name written in capitals, written as a name (extract/name_case.py): the AP's bylines in
capitals and the names they hold (hand-built from the AP's house style; aeb-dev's hosted.ap.org and
ctpost.com pages show it: "LISA MASCARO", "MEG KINNARD")."""

from __future__ import annotations

import pytest

from newsarchive.extract.name_case import person_case


@pytest.mark.parametrize(
    ("name", "cased"),
    [
        ("JOHN SMITH", "John Smith"),
        ("SEAN McDONALD", "Sean McDonald"),
        ("KEVIN MCGILL", "Kevin McGill"),
        ("JOHN MacDONALD", "John MacDonald"),
        ("MARY-KATE MACDONALD", "Mary-Kate Macdonald"),  # ("Mack", "Macy": "Mac" alone opens no prefix)
        ("PATRICK O'BRIEN", "Patrick O'Brien"),
        ("JAN VAN DER BERG", "Jan van der Berg"),
        ("JUAN DE LA CRUZ", "Juan de la Cruz"),
        ("J.R. STONE", "J.R. Stone"),
        ("JOHN SMITH III", "John Smith III"),
        ("JEAN-PAUL GAULTIER", "Jean-Paul Gaultier"),
        ("KIM TONG-HYUNG", "Kim Tong-hyung"),  # a Korean given name's second syllable
        ("TSAI ING-WEN", "Tsai Ing-wen"),
        # an Arabic article opens the second word, no Korean syllable ("Salah El-din" before)
        ("SALAH EL-DIN", "Salah El-Din"),
        ("MOHAMMED BIN SALMAN", "Mohammed bin Salman"),
        ("MARIA D'ANGELO", "Maria D'Angelo"),
        ("LUCA DELL'ORTO", "Luca Dell'Orto"),  # an elided Italian article ("Luca Dell'orto" before)
        ("AL GORE", "Al Gore"),
        # left as they are: a name in mixed case, one word (an agency), a desk with its editor's initials
        ("Jane DOE", "Jane DOE"),
        ("AFP", "AFP"),
        ("MDR THÜRINGEN/ls", "MDR THÜRINGEN/ls"),
        # an institution or a country's initials: an organisation's name as written ("Us Army" before)
        ("US ARMY", "US ARMY"),
        ("UK GOVERNMENT", "UK GOVERNMENT"),
        ("POLICE SCOTLAND", "POLICE SCOTLAND"),
    ],
)
def test_a_name_in_capitals_is_written_as_a_name(name: str, cased: str) -> None:
    assert person_case(name) == cased
