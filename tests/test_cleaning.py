"""Text-level noise rules: the seed page's noise goes, its article stays, real article text is untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.cleaning import (
    RULES,
    clean_body,
    clean_caption,
    clean_fields,
    clean_headline,
    clean_text,
    paragraph_rule,
    strip_fragments,
)

REPO = Path(__file__).resolve().parents[1]
# A browser text dump of a real asia.nikkei.com article page (shared/seeds/000_bbde44ff20abac14.txt).
SEED = REPO / "tests" / "fixtures" / "cleaning" / "seed_000_bbde44ff20abac14.txt"
BENCH_GROUND_TRUTH = (
    Path(os.environ.get("NEWSARCHIVE_BENCH_DIR", str(REPO.parent / "shared" / "bench")))
    / "aeb-dev"
    / "ground-truth.json"
)


def seed_lines() -> tuple[list[str], list[str], list[str]]:
    """(all non-empty lines, article lines, noise lines) of the seed, split by position: the first line is the
    icon sprite, then the article runs up to the "Sponsored Content" module; everything after is furniture."""
    lines = [line for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]
    end = lines.index("Sponsored Content")
    article = lines[1:end]
    noise = [lines[0], *lines[end:]]
    return lines, article, noise


def test_seed_split_is_what_the_test_thinks() -> None:
    lines, article, noise = seed_lines()
    assert article[0].startswith("Prime Minister Shinzo Abe answers questions")
    assert article[-1].strip() == "(Nikkei)"
    assert len(article) == 18 and len(noise) == len(lines) - 18
    assert any("{{numberArticlesLeft}}" in n for n in noise)


def test_seed_line_by_line_keeps_article_removes_every_noise_line() -> None:
    lines, article, noise = seed_lines()
    kept, removed = clean_body(lines)
    assert kept == article  # unchanged, in order
    assert sum(removed.values()) == len(noise)
    for line in noise:
        assert line not in kept


def test_seed_noise_as_paragraph_blocks_is_removed() -> None:
    """The same noise, split into blank-line separated blocks (how a DOM gives it) with the article before."""
    text = SEED.read_text(encoding="utf-8")
    tail = text[text.index("Sponsored Content") :]
    blocks = [" ".join(block.split()) for block in tail.split("\n\n") if block.strip()]
    _, article, noise = seed_lines()
    kept, removed = clean_body([noise[0], *article, *blocks])
    assert kept == article
    assert removed["icon_run"] == 1
    assert removed["sponsored_note"] == 2
    assert removed["template"] >= 1 and removed["paywall_pitch"] >= 4


NOISE_SAMPLES = [
    ("Icon Facebook", "icon_label"),
    ("Menu Burger", "icon_label"),
    ("Created with Sketch.", "icon_label"),
    ("IconFacebookIcon LinkedinIcon MailMenu BurgerIcon Twitter", "icon_run"),
    ("You have 3 free articles left this month", "paywall_meter"),
    ("This is your last free article this month", "paywall_meter"),
    ("You have {{count}} free stories remaining", "template"),
    ("Subscribe now", "paywall_pitch"),
    ("Subscribe today for full access", "paywall_pitch"),
    ("Get unlimited access", "paywall_pitch"),
    ("Try 6 months for $1", "paywall_pitch"),
    ("Offer ends Sunday", "paywall_pitch"),
    ("Your trial period has expired", "paywall_pitch"),
    ("You need a subscription to read this", "paywall_pitch"),
    ("See all offers", "paywall_pitch"),
    ("Read all stories with unlimited access", "paywall_pitch"),
    # paywall prompts of probe pages in the shape of Substack, Medium, Piano offers (hand-built)
    ("Already a paid subscriber? Sign in", "paywall_pitch"),
    ("This post is for paid subscribers", "paywall_pitch"),
    ("The author made this story available to Medium members only.", "paywall_pitch"),
    ("Enjoying our local coverage? Subscribe for just 99¢ for the first month.", "paywall_pitch"),
    # ... and of French, Spanish, German, Italian, Portuguese and Japanese papers (hand-built)
    ("Il vous reste 72.45% de cet article à lire. La suite est réservée aux abonnés.", "paywall_pitch_other"),
    ("Déjà abonné ? Se connecter", "paywall_pitch_other"),
    ("¿Ya eres suscriptor? Inicia sesión", "paywall_pitch_other"),
    ("Dieser Artikel ist exklusiv für Abonnenten.", "paywall_pitch_other"),
    ("Cet article est réservé aux abonnés.", "paywall_pitch_other"),
    ("Réservé aux abonnés", "paywall_pitch_other"),
    ("Este contenido es exclusivo para suscriptores.", "paywall_pitch_other"),
    ("Conteúdo exclusivo para assinantes", "paywall_pitch_other"),
    ("Sei già abbonato? Accedi", "paywall_pitch_other"),
    ("Já é assinante? Entre", "paywall_pitch_other"),
    ("この記事は有料記事です。残り1234文字", "paywall_pitch_other"),
    ("有料会員になると続きをお読みいただけます。", "paywall_pitch_other"),
    (
        "Iscriviti alla newsletter di Corriere Milano. Arriva ogni giorno nella tua casella di posta alle 7"
        " del mattino. Basta cliccare qui.",
        "newsletter_pitch",
    ),
    ("Sponsored Content", "sponsored_note"),
    ("Presented by VoltGrid", "sponsored_note"),  # (a promo box's line in the text, hand-built)
    ("About Sponsored Content This content was paid for by an advertiser.", "sponsored_note"),
    ("Share this article", "share_widget"),
    ("Print", "share_widget"),
    ("Share Tweet Email Print", "share_widget"),
    ("Download our app", "app_promo"),
    ("Read us on print, phone, device and tablet", "app_promo"),
    ("•", "no_text"),
    # real lines of traf-eval tune pages (gofeminin, larepublica, aerobuzz, corkbeo, vorangedacht)
    ("Auch lesen: Diese 3 Sternzeichen verschenken ihr Herz an den Falschen", "read_also"),
    ("PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?", "read_also"),
    ("Schon gelesen?", "read_also"),
    ("Zum Weiterlesen:", "read_also"),
    ("【関連記事】東京五輪の会場", "read_also"),
    ("Read more »", "read_also"),
    ("Never miss the latest news by signing up to our newsletter today!", "newsletter_pitch"),
    ("Zum Newsletter anmelden", "newsletter_pitch"),
    ("Ten tekst przeczytasz w mniej niż minutę", "reading_time"),
    ("Lesezeit: 3 Minuten", "reading_time"),
    ("5 min read", "reading_time"),
    ("Teilen Sie dies mit:", "share_widget"),
    ("To view the full story, please subscribe to The Haitian Times.", "paywall_pitch"),
    # hand-built: a Newspack donation block's line inside a WordPress news theme's story (probe page)
    ("Local journalism needs your support. Donate today.", "donation_pitch"),
    ("Support independent journalism: become a member.", "donation_pitch"),
    ("Support PREMIUM TIMES' journalism of integrity and credibility", "support_appeal"),
    (
        "Good journalism costs a lot of money. For continued free access to the best investigative journalism"
        " we ask you to consider making a modest support to this noble endeavour.",
        "support_appeal",
    ),
    (
        "Advertising disclosure: We may receive compensation for some of the links in our stories. Thank you"
        " for supporting the Village Voice and our advertisers.",
        "affiliate_disclosure",
    ),
    # hand-built: the Inquirer's comment note, a News24 and a Postmedia prompt, the Nation's and the
    # Atlantic's "Read:" line (probe pages, tests/test_extract_unseen_shapes8.py)
    (
        "Disclaimer: Comments do not represent the views of INQUIRER.net. We reserve the right to exclude"
        " comments which are inconsistent with our editorial standards.",
        "comment_policy",
    ),
    ("Subscribe to News24 for unlimited access to quality journalism.", "paywall_pitch"),
    (
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "paywall_pitch",
    ),
    ("Read: Levy collections rise for third month", "read_also"),
    # hand-built: Common Dreams' licence line and HKFP's link row (tests/test_extract_unseen_shapes11.py)
    (
        "Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share"
        " widely.",
        "republish_licence",
    ),
    ("Support HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Apps", "link_row"),
    # hand-built: NDTV's and ThePrint's syndicated-copy notes, Mint's promotion, Scroll's letters line,
    # Mathrubhumi's summary, IRNA's news code (probe pages, tests/test_extract_unseen_shapes13.py)
    (
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a"
        " syndicated feed.)",
        "syndicated_note",
    ),
    (
        "This report is auto-generated from PTI news service. ThePrint holds no responsibility for its"
        " content.",
        "syndicated_note",
    ),
    (
        "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint."
        " Download The Mint News App to get Daily Market Updates.",
        "publisher_note",
    ),
    ("We welcome your comments at letters@scroll.in.", "publisher_note"),
    (
        "Send your letters to letters@caldervalleytimes.example. Letters may be edited for length.",
        "publisher_note",
    ),
    (
        "The views expressed in this column are the author's own and do not necessarily reflect those of the"
        " Calder Valley Times.",
        "views_disclaimer",
    ),
    ("Content Highlights: Kerala school curriculum revision from next academic year", "publisher_note"),
    ("کد خبر ۸۵۱۲۳۴۵۶", "publisher_note"),
    # the specialist press's probes (tests/test_extract_unseen_shapes16.py): a row of topics closing the
    # text, German and Spanish affiliate notices
    ("TopicsEnvironment", "topic_row"),
    ("Schlagwörter: Wärmepumpe, Förderung", "topic_row"),
    (
        "Wenn Sie über einen der Links einkaufen, erhält Golem.de eine kleine Provision.",
        "affiliate_disclosure",
    ),
    (
        "Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka.",
        "affiliate_disclosure",
    ),
]


@pytest.mark.parametrize(("text", "rule"), NOISE_SAMPLES)
def test_noise_paragraphs(text: str, rule: str) -> None:
    assert paragraph_rule(text) == rule
    assert clean_body([text])[0] == []


ARTICLE_PARAGRAPHS = [
    # Long paragraphs that merely mention what the rules look for.
    "Readers who subscribe now pay less than those who waited, the company said, adding that it would"
    " offer unlimited access to its archive to anyone who had held a subscription for more than a year.",
    "Google's gaming offering, which is offered at a $9.99 monthly rate for its Stadia Pro subscription,"
    " will try three months for free for some users, executives said at the launch event on Tuesday.",
    # Short real sentences near the rules' vocabulary.
    "Sales of phones, tablets and laptops fell.",
    "The foundation will donate $5 million to local journalism.",
    "Residents were asked to donate blood at the school.",
    "Share this information, please?",
    'You can also subscribe to this newsletter here — just tick "10 Things in Tech You Need to Know."',
    "This week's Tennis Podcast is sponsored by the Davis Cup by Rakuten Madrid Finals.",
    "Print media revenue fell 5% last year.",
    "The offer ends a decade of talks.",
    "iPhone and iPad sales on YouTube and PlayStation grew.",
    "Politics",
    "What Does Stadia Offer?",
    "Testing the silicon",
    "(Nikkei)",
    # Sentences that begin like a "read also" label or speak of a newsletter.
    "Read more about it in the report.",
    "Lesen Sie auch, was er dazu sagt.",
    "Zum Weiterlesen: Claudia Duwe, Der Zukunft wieder vertrauen, Patmos Verlag",
    "See also the minutes of the meeting.",
    "The newsletter, which readers can subscribe to for free, reached 10,000 readers.",
    "Related party transactions rose.",
    "READLY",
    "Read-only access will be restored on Monday.",
    "Comments from residents were mostly positive, the council said.",
    "Don't miss: the sticky toffee pudding, baked to order.",
    "Reading time is falling among teens.",
    "Teilen ist wichtig, sagt er.",
    "The company said it would earn a commission on each sale.",
    # news about subscriptions in the words of a paywall prompt (hand-built)
    "New customers can subscribe for $9.99 a month, up from $8.99, the company said.",
    "The company also said more content for paid subscribers would arrive in the spring.",
    "L'accès sera réservé aux abonnés du réseau de bus pendant les trois premiers mois.",
    "Die ersten Folgen sind exklusiv für Abonnenten des Premium-Tarifs zu sehen.",
    "La serie será exclusiva para suscriptores de la plataforma durante un mes.",
    "L'ingresso alla piscina è riservato agli abbonati fino a giugno.",
]


def test_article_paragraphs_are_kept() -> None:
    kept, removed = clean_body(ARTICLE_PARAGRAPHS)
    assert kept == ARTICLE_PARAGRAPHS
    assert not removed


def test_long_paragraph_between_noise_is_kept() -> None:
    long = ARTICLE_PARAGRAPHS[0]
    kept, removed = clean_body(["Subscribe now", long, "See all offers"])
    assert kept == [long]
    assert removed == {"paywall_pitch": 2}


def test_short_lines_between_blank_lines_are_not_noise() -> None:
    """Blank and text-less lines never bound a run: a recipe list separated by blank lines stays."""
    body = ["Meal 1", "", "Eat every 2-3 hours", "-", "Meal 2", "", "Portion: 1 Green, 1 Blue"]
    kept, removed = clean_body(body)
    assert kept == ["Meal 1", "Eat every 2-3 hours", "Meal 2", "Portion: 1 Green, 1 Blue"]
    assert set(removed) == {"no_text"}


def test_short_leftover_between_noise_goes_with_it() -> None:
    kept, removed = clean_body(
        ["Real paragraph. " * 5, "Get unlimited access", "the best of Asia", "Subscribe now"]
    )
    assert kept == ["Real paragraph. " * 5]
    assert removed["between_noise"] == 1


def test_inline_placeholder_stripped_from_long_paragraph() -> None:
    text = (
        "The central bank kept its policy rate at {{rate}} percent on Thursday, as expected by most of the"
        " economists polled before the meeting, and said that inflation would stay below target next year."
    )
    kept, removed = clean_body([text])
    assert kept == [text.replace(" {{rate}} ", " ")]
    assert removed == {"template_placeholder": 1}


def test_headline_and_caption_helpers() -> None:
    assert clean_headline("Created with Sketch. Abe vows pressure") == (
        "Abe vows pressure",
        {"icon_label": 1},
    )
    assert clean_caption("Icon Facebook")[0] is None
    assert clean_text(None) == (None, {})
    assert clean_headline("Subscribe to our newsletter for market insights and more")[0] is not None
    # "read also" labels and newsletter calls are body furniture: a headline may be "Lesetipp: <a book>"
    for line in (
        "Lesetipp: Die besten Bücher des Jahres",
        "Related: Perseid meteor shower peaks",
        "Lesetipp",
    ):
        assert paragraph_rule(line) == "read_also"
        assert clean_headline(line) == (line, {})
        assert clean_fields([line], [line, line]) == ([], [line, line], {"read_also": 1})


def test_rules_are_data() -> None:
    names = [rule.name for rule in RULES]
    assert {
        "template",
        "paywall_meter",
        "paywall_pitch",
        "sponsored_note",
        "icon_run",
        "share_widget",
    } <= set(names)
    for rule in RULES:
        assert rule.scope in ("paragraph", "fragment")
        assert rule.scope == "fragment" or rule.max_words > 0


@pytest.mark.skipif(not BENCH_GROUND_TRUTH.exists(), reason="benchmark ground truth not available")
def test_benchmark_article_bodies_lose_nothing() -> None:
    """Hand-made ground truth of 90 real articles: the rules must not remove a single paragraph."""
    truth = json.loads(BENCH_GROUND_TRUTH.read_text(encoding="utf-8"))
    losses = []
    for page_id, entry in truth.items():
        paragraphs = [p for p in entry["articleBody"].split("\n") if p.strip()]
        kept, _ = clean_body(paragraphs)
        losses += [(page_id, p) for p in paragraphs if p not in kept]
    assert losses == []


def test_cleaning_does_not_import_scrapy() -> None:
    code = "import sys, newsarchive.cleaning; sys.exit(1 if 'scrapy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


def _needle_samples() -> list[str]:
    """Texts to check the rules' needles on: the seed dump, the noise samples above, article text."""
    lines, _, _ = seed_lines()
    text = SEED.read_text(encoding="utf-8")
    samples = [*lines, *(" ".join(b.split()) for b in text.split("\n\n") if b.strip()), *ARTICLE_PARAGRAPHS]
    samples += [p[0] for p in NOISE_SAMPLES]
    samples += ["Subscribers only", "To continue reading, log in", "Already a subscriber? Log in"]
    samples += [
        "Your full access to the Review has ended",
        "Become a member today",
        "Unlock unlimited stories",
    ]
    samples += [
        "Get it on Google Play",
        "Available on the App Store",
        "Paid post",
        "Advertisement",
        "{% if x %}",
    ]
    if BENCH_GROUND_TRUTH.is_file():
        truth = json.loads(BENCH_GROUND_TRUTH.read_text(encoding="utf-8"))
        samples += [p for item in truth.values() for p in (item.get("articleBody") or "").split("\n")]
    return samples


def test_rule_needles_are_necessary_conditions() -> None:
    """TextRule.needles only skip pattern runs that could not match: every text a rule's pattern matches
    holds one of its needles, and the verdicts are those of the same rules without needles."""
    import dataclasses

    without = tuple(dataclasses.replace(rule, needles=()) for rule in RULES)
    samples = _needle_samples()
    assert len(samples) > 100
    matched = set()
    for text in samples:
        squashed = " ".join(text.split())
        for rule in RULES:
            if rule.needles and (rule.pattern.search(squashed) or rule.pattern.search(text)):
                assert rule.may_match(squashed.lower()) and rule.may_match(text.lower()), (rule.name, text)
                matched.add(rule.name)
        assert paragraph_rule(text) == paragraph_rule(text, without), text
        assert strip_fragments(text) == strip_fragments(text, without), text
    assert clean_body(samples) == clean_body(samples, without)
    assert matched >= {r.name for r in RULES if r.needles}  # every gated rule met a text it matches


def test_rule_prefixes_and_cased_needles_are_necessary_conditions() -> None:
    """TextRule.prefixes and .cased_needles, tested instead of the needles where given, only skip
    pattern runs that could not match: every text a rule's pattern matches passes them, and the
    verdicts are those of the same rules without any gate."""
    import dataclasses

    bare = tuple(dataclasses.replace(r, needles=(), prefixes=(), cased_needles=()) for r in RULES)
    samples = [
        *_needle_samples(),
        "SPONSORED CONTENT",
        "About sponsored content",
        "This article was paid for by Acme",
        "Share this article on Facebook",
        "Email Print Comments",
        "Stay ahead with our newsletter",
        "IconFacebookIcon LinkedinMenu Burger",
        "Semiconductor and silicon makers rallied; the arrow pointed up.",
        "If you enjoyed this article, we have a favor to ask.",
        "How did you like today's edition?",
        "Login or Subscribe to participate in polls.",
        "Fehler gefunden? Jetzt melden.",
    ]
    matched = set()
    for text in samples:
        squashed = " ".join(text.split())
        for rule in RULES:
            if not (rule.prefixes or rule.cased_needles):
                continue
            for form in (squashed, text):
                if rule.pattern.search(form):
                    assert rule.may_match_text(form), (rule.name, form)
                    matched.add(rule.name)
        assert paragraph_rule(text) == paragraph_rule(text, bare), text
    assert clean_body(samples) == clean_body(samples, bare)
    assert matched >= {r.name for r in RULES if r.prefixes or r.cased_needles}


def test_clean_fields_is_clean_body_and_clean_text() -> None:
    """clean_fields gives what clean_body and clean_text give one by one, with one fragment test for all
    the texts: also when a fragment sits only in a headline or caption, or only in the body."""
    from collections import Counter

    from newsarchive.cleaning import clean_fields

    body = ["A real paragraph about markets and the economy, long enough to stay.", "Share", "Tweet"]
    cases = [
        (body, ["Headline", None, "A caption"]),
        (body, ["Headline Created with Sketch. here", "Stand {{first}} line", None]),
        ([*body, "Prices rose {{count}} times Created with Sketch."], ["Headline", "Standfirst"]),
        ([], [None, "Subscribe now", "   "]),
    ]
    for paragraphs, lines in cases:
        expected_body, expected = clean_body(paragraphs)
        expected_lines = []
        for line in lines:
            text, cut = clean_text(line)
            expected_lines.append(text)
            expected.update(cut)
        kept, cleaned, removed = clean_fields(paragraphs, lines)
        assert (kept, cleaned) == (expected_body, expected_lines)
        assert removed == expected and list(removed.items()) == list(Counter(expected).items())
