"""A paywall's prompt against a related-reading box's heading: "Para seguir leyendo", "Pour lire la suite",
"Per continuare a leggere" head a box of further stories on many free pages, and say "the rest is for
subscribers" only where the same line asks for a subscription or an account. Pages built by hand
("hand-built") in the shape of Spanish, French and Italian papers' templates (El País-like "Para seguir
leyendo" related box, Le Monde-like "Pour lire la suite, abonnez-vous" prompt); every field of the judged
record is read (tests/test_judging_unseen_shapes.py holds the other shapes and the helpers).
"""

from __future__ import annotations

import pytest

from tests.test_judging_unseen_shapes import (
    DATE,
    ES,
    FR,
    IT,
    OG,
    Shape,
    expected_fields,
    judge,
    judged_fields,
    news,
    page,
    paras,
    paywalled,
    stub,
)


def related(heading: str, titles: list[str]) -> str:
    # (with the line breaks of a real template between the elements: the heading's words stand alone)
    links = "\n".join(f'<a class="related__link" href="/story-{n}">{t}</a>' for n, t in enumerate(titles))
    return f'<div class="related">\n<h3 class="related__title">{heading}</h3>\n{links}\n</div>'


def free_story(url: str, headline: str, text: list[str], box: str, lang: str) -> Shape:
    return news(
        url,
        page(
            f"<title>{headline}</title>{OG}{DATE}",
            f"<main><article><h1>{headline}</h1><p class=byline>By Ana Cruz</p><div class=article-body>"
            f"{paras(text)}</div>{box}</article></main>",
            lang=lang,
        ),
        headline=headline,
        body=text,
        language=lang,
    )


SHAPES: dict[str, Shape] = {
    # traps: a box of further stories after a free story's full text
    "es-para-seguir-leyendo-box": free_story(
        "https://www.diario.example/espana/2025-03-04/autobuses-electricos.html",
        "Cien autobuses eléctricos para la ciudad",
        ES,
        related(
            "Para seguir leyendo",
            ["El metro amplía su horario nocturno", "Las bicis públicas llegan a los barrios del sur"],
        ),
        "es",
    ),
    "fr-pour-lire-la-suite-box": free_story(
        "https://www.quotidien.example/societe/article/2025/03/04/ecoles-renovation_123456_3224.html",
        "Rénover les écoles sans se ruiner",
        FR,
        related("Pour lire la suite du dossier", ["Les cantines passent au bio", "Le lycée du futur"]),
        "fr",
    ),
    "it-per-continuare-a-leggere-box": free_story(
        "https://www.giornale.example/cronaca/25_marzo_04/tram-ospedale.shtml",
        "Il tram arriva all'ospedale",
        IT,
        related(
            "Per continuare a leggere", ["La nuova stazione apre in estate", "Piste ciclabili in centro"]
        ),
        "it",
    ),
    # the same words asking for a subscription or an account: a prompt in place of the rest
    "fr-pour-lire-la-suite-abonnez-vous": paywalled(
        "https://www.quotidien.example/societe/article/2025/03/04/ecoles-renovation_123457_3224.html",
        stub(
            "<div class=paywall><p>Pour lire la suite, abonnez-vous.</p><a href=/abonnement>S'abonner</a>"
            "</div>",
            text=FR[:2],
            lang="fr",
            headline="Rénover les écoles sans se ruiner",
        ),
        body=FR[:2],
        headline="Rénover les écoles sans se ruiner",
        language="fr",
    ),
    "es-para-seguir-leyendo-inicia-sesion": paywalled(
        "https://www.diario.example/espana/2025-03-04/autobuses-electricos-2.html",
        stub(
            "<div class=paywall><p>Para seguir leyendo, inicia sesión o suscríbete.</p></div>",
            text=ES[:2],
            lang="es",
            headline="Cien autobuses eléctricos para la ciudad",
        ),
        body=ES[:2],
        headline="Cien autobuses eléctricos para la ciudad",
        language="es",
    ),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_the_judged_record(name: str) -> None:
    shape = SHAPES[name]
    article, reason = judge(shape)
    assert reason is None and article is not None
    assert judged_fields(article) == expected_fields(shape)
