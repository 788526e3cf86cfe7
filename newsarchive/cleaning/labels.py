"""Word lists of the text-level noise rules (newsarchive.cleaning.rules), by language, lower case.

Labels are written as "|"-separated groups (a label may hold spaces); each list comes with the alternation
its rule's pattern uses and the prefixes that gate it (TextRule.prefixes: every label is one).
"""

from __future__ import annotations

import re


def labels(*groups: str) -> tuple[str, ...]:
    """Labels written as "|"-separated groups."""
    return tuple(label for group in groups for label in group.split("|"))


def alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in words)


#: "Read also" labels: a link to another story, alone or with its title ("Lesen Sie auch: <title>").
READ_ALSO_LABELS = labels(
    # English
    "read also|also read|related stories|related articles|related coverage|related content|related|"
    "recommended for you|recommended reading|you may also like|you might also like|"
    # the smart-brevity outlets' link to an earlier story ("Go deeper: <title>", Axios, Punchbowl News,
    # Semafor; a probe page, hand-built)
    "go deeper",
    # German
    "lesen sie auch|lesen sie mehr|lesen sie hier|auch interessant|ebenfalls interessant|auch lesen|"
    "das könnte sie auch interessieren|das könnte dich auch interessieren|könnte sie auch interessieren|"
    "schon gelesen|passend zum thema|lesetipp",
    # Spanish, Portuguese, Italian
    "puedes ver|le puede interesar|te puede interesar|también te puede interesar|también le puede interesar|"
    "lee también|lea también|mira también|leia também|veja também|leggi anche",
    # French, Dutch, Polish
    "à lire aussi|a lire aussi|lire aussi|lire également|lees ook|czytaj też|czytaj także|czytaj również|"
    "zobacz też|zobacz także|przeczytaj też|przeczytaj także",
    # Japanese, Chinese, Korean
    "関連記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ|相关阅读|推荐阅读|관련기사",
    # Indonesian, Czech, Danish, Norwegian, Swedish, Finnish (Kompas's "Baca juga: <title>" between the
    # paragraphs; probe pages in the shape of papers in none of the corpora, hand-built)
    "baca juga|čtěte také|čtěte též|læs også|les også|läs också|läs även|lue myös",
    # Russian, Ukrainian, Turkish, Greek, Hebrew, Arabic, Persian, Hindi, Bengali, Vietnamese, Thai,
    # Hungarian, Romanian (RBC's "Читайте также", Bhaskar's "ये भी पढ़ें...", Telex's "Kapcsolódó", HotNews's
    # "Citește și:" between the paragraphs: the sixth round of probe pages, hand-built)
    "читайте также|смотрите также|читайте також|дивіться також|ilgili haberler|ilgili haber|ayrıca okuyun|"
    "διαβάστε ακόμη|διαβάστε επίσης|קראו עוד|קראו גם|עוד בנושא|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|"
    "بیشتر بخوانید|ये भी पढ़ें|यह भी पढ़ें|আরও পড়ুন|xem thêm|đọc thêm|tin liên quan|อ่านเพิ่มเติม|"
    "ข่าวที่เกี่ยวข้อง|kapcsolódó|olvasd el ezt is|citește și|citeste si",
)
#: Labels that head an author's own text as well ("Zum Weiterlesen: <a book>", "See also: <a report>",
#: a food review's "Don't miss: the toffee pudding"): furniture only as a line of their own.
READ_MORE_LABELS = labels(
    "read more|see also|further reading|more on this topic|more on this|don't miss|zum weiterlesen|"
    "weiterlesen|mehr zum thema|mehr dazu|siehe auch|ver también|voir aussi|延伸阅读|"
    # the heading of a box of links set in the story (El País "Más información", Folha "Leia mais", NZZ
    # "Passend zum Artikel"; probe pages in their shape, hand-built)
    "más información|leia mais|saiba mais|passend zum artikel|en savoir plus|approfondisci"
)
READ_ALSO = alternation(READ_ALSO_LABELS)
READ_MORE = alternation(READ_MORE_LABELS)
#: (a label may stand in brackets: "【関連記事】<title>", "[Related]")
READ_ALSO_PREFIXES = (*READ_ALSO_LABELS, *READ_MORE_LABELS, "[", "【", "(", "「")

#: "Share" in other languages, as a whole line: WordPress's German "Teilen Sie dies mit:" (traf-eval
#: tune: mitundvoneinander.wordpress.com), "Compartir en Facebook", "Partager sur Twitter".
SHARE_OTHER = (
    r"(?:teilen(?: sie dies)?(?: mit)?|(?:artikel|beitrag|seite|jetzt) teilen|compartir(?: en \w+)?"
    r"|partager(?: sur \w+)?|condividi(?: su \w+)?|udostępnij|compartilhar|シェア(?:する)?)"
)
SHARE_OTHER_PREFIXES = labels(
    "teilen|artikel teilen|beitrag teilen|seite teilen|jetzt teilen|compartir|partager|condividi|udostępnij|"
    "compartilhar|シェア"
)

#: A paywall's prompt in the other languages of the press the archive is pointed at (paywall_pitch_other
#: rule): what is left to read ("Il vous reste 72% de cet article à lire", "残り1234文字"), that it is for
#: subscribers ("La suite est réservée aux abonnés", "有料記事", "Dieser Artikel ist exklusiv für Abonnenten",
#: Spiegel's "... gehört zum Angebot von SPIEGEL+"; "L'accès sera réservé aux abonnés" is news), the login
#: line ("Déjà abonné ?", "¿Ya eres suscriptor?", "Já é assinante?", "Bereits Abonnent? Anmelden") and the
#: offer ("Jetzt abonnieren", "Jetzt 1 Monat für 0,99 € testen"). Probe pages of fr, es, de, ja, pl papers
#: (hand-built, tests/test_extract_unseen_shapes2.py and 3.py).
PAYWALL_OTHER = (
    r"\bil vous reste \d+(?:[.,]\d+)?\s?% de cet article\b|^déjà abonné\b|^¿?ya eres (?:suscri|abona)"
    r"|(?:^|\b(?:suite|article|contenu)(?: de cet article)? (?:est )?)réservée? aux abonnés\b"
    r"|(?:^|\b(?:contenido|conte[uú]do|art[ií]culo|artigo|mat[ée]ria) (?:es |é )?)exclusiv[oa] para "
    r"(?:suscriptores|abonados|assinantes)\b|(?:^|\b(?:artikel|beitrag|inhalt)\b.{0,20})exklusiv für "
    r"(?:abonnent(?:en|innen)|mitglieder)\b|^(?:sie (?:sind|haben) )?bereits (?:abonnent|ein abo)"
    r"|^já (?:é|sou) assinante"
    # the call to read on as a subscriber, a line of its own after a teaser: "Pour lire la suite,
    # abonnez-vous" (Les Echos' shape, a probe page, hand-built: tests/test_extract_unseen_shapes7.py),
    # "Para seguir leyendo, suscríbete", "Per continuare a leggere, abbonati", "Para continuar lendo, assine"
    r"|^(?:pour (?:lire|découvrir) la suite|pour continuer (?:à lire|la lecture)|para (?:seguir|continuar) "
    r"(?:leyendo|lendo)|per (?:continuare a )?leggere (?:il resto|tutto)?),? (?:abonnez-vous|suscr[ií]bete"
    r"|abbonati|assine)\b"
    r"|(?:^|\b(?:articolo|contenuto) (?:è )?)riservat[oa] agli abbonati\b|^sei già abbonato\b"
    # the Portuguese and Dutch calls in place of the rest ("Assine para continuar lendo", "Word abonnee om
    # verder te lezen": probe pages, hand-built)
    r"|^assine para (?:continuar lendo|ler)\b|^word abonnee om verder te lezen\b"
    r"|この記事は(?:有料|会員限定|読者会員限定|有料会員限定)|残り\d+文字|続きを(?:お)?読み(?:いただけ|になれ)ます"
    r"|有料会員になると.{0,20}?(?:続き|記事|お読み)|\bgehört zum angebot von \S+\+"
    # Polish: "Ten artykuł jest dostępny dla subskrybentów", "Kup prenumeratę", "Masz już prenumeratę?"
    # (Gazeta Wyborcza's shape, a probe page, hand-built)
    r"|\bdostępn[ya] (?:tylko )?dla (?:subskrybentów|prenumeratorów)\b|^kup (?:prenumeratę|subskrypcję)\b"
    r"|^masz już (?:prenumeratę|subskrypcję)\b"
    # Catalan, Czech, Slovak, and the Japanese, Korean and Chinese lines of extract/evidence/prompts.py
    # ("Aquest contingut és exclusiu per a subscriptors", "Tento článek je dostupný pouze pro předplatitele",
    # "全文を読むには有料会員登録が必要です", "이 기사는 구독자만 읽을 수 있습니다", "订阅后即可阅读全文":
    # probe pages, hand-built, tests/test_judging_unseen_shapes6.py)
    r"|\bexclusiu (?:per a|dels|pels) (?:subscriptors|abonats)\b"
    r"|\b(?:pouze|jen|výhradně) pro předplatitele\b|\b(?:len|iba) pre predplatiteľov\b"
    r"|全文を(?:読むには|お読みいただくには|お読みになるには)|(?:구독자|유료\s?회원)만\s?(?:읽|볼|보실|열람)"
    r"|订阅后(?:即可|可)?阅读|訂閱後(?:即可|可)?閱讀"
    r"|^jetzt (?:abonnieren\W*$|\d+ (?:monate?|wochen?) (?:für|gratis|kostenlos)\b)"
    # Dutch and Nordic prompts ("Dit artikel is exclusief voor abonnees", "Denne artikkelen er kun for
    # abonnenter", "Artikeln är endast för prenumeranter"), and a subscribe button's word as a line of its own
    # under a prompt ("Assine", "Neem een abonnement", "Kjøp abonnement"): probe pages of Dutch, Norwegian
    # and Brazilian papers, hand-built (tests/test_judging_unseen_shapes5.py)
    r"|\b(?:artikel|stuk|verhaal) is (?:alleen |exclusief |uitsluitend )?(?:beschikbaar )?voor abonnees\b"
    r"|\b(?:kun|bare|endast|bara) (?:for|för) (?:abonnenter|prenumeranter)\b"
    r"|^(?:assine(?: já| agora)?|abonneer(?: nu)?|neem (?:nu )?een abonnement|word (?:nu )?abonnee"
    r"|kjøp abonnement|køb abonnement|köp prenumeration|bli abonnent|abbonati(?: ora| subito)?"
    r"|suscr[ií]bete(?: ya| ahora)?|suscribite|je m['’]abonne|abonnez-vous)\W*$"
)
#: strings one of which the lower-cased text holds whenever PAYWALL_OTHER can match (TextRule.needles)
PAYWALL_OTHER_NEEDLES = (
    "il vous reste", "abonn", "abbonat", "exclusivo para", "ya eres", "exklusiv für", "bereits", "assinante",
    "この記事は", "残り", "続きを", "有料会員", "jetzt ", "dostępn", "kup ", "masz już", "assine para",
    "word abonnee", "prenumera", "assine", "suscr", "kun for", "bare for", "exklusiv für", "exclusiu",
    "předplatitel", "predplatiteľ", "全文を", "회원만", "구독자만", "订阅后", "訂閱後",
)  # fmt: skip
#: The label of an ad slot in the languages of the press the archive is pointed at, as a line of its own
#: between a story's paragraphs (sponsored_note rule; the English "Advertisement" is in the rule): German
#: "Anzeige"/"Werbung", Spanish "Publicidad", French "Publicité", Italian "Pubblicità", Portuguese
#: "Publicidade", Dutch "Advertentie", Polish "Reklama", Japanese "広告", Korean "광고", Chinese "广告". Probe
#: pages of German, Japanese and Chinese papers, hand-built; the tune half shows bare "Werbung" and
#: "Anzeigen" lines at body edges (eurosport.de, hildesheimer-presse.de).
AD_LABELS = labels(
    "anzeige|anzeigen|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|reklama|広告|광고|广告",
    # Russian and Ukrainian, Hungarian (Index's "Hirdetés" slot in the text), Turkish, Romanian, Greek,
    # Vietnamese, Indonesian, Hebrew, Arabic, Hindi, Bengali, Thai: the sixth round of probe pages, hand-built
    "реклама|hirdetés|reklam|publicitate|διαφήμιση|quảng cáo|iklan|פרסומת|إعلان|विज्ञापन|বিজ্ঞাপন|โฆษณา",
)
