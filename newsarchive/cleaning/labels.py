"""Word lists of the text-level noise rules (newsarchive.cleaning.rules), by language, lower case.

Labels are written as "|"-separated groups (a label may hold spaces); each list comes with the alternation
its rule's pattern uses and the prefixes that gate it (TextRule.prefixes: every label is one).
"""

from __future__ import annotations

import re

from newsarchive import paywall_prompts


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
    # BLOX/TownNews's inline box of links between a story's paragraphs, the CMS of some two thousand US
    # papers (a probe page, hand-built: tests/test_extract_unseen_shapes11.py)
    "related to this story",
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
    # Tempo's "Pilihan Editor: <title>" (editor's pick) between the paragraphs (a probe page, hand-built)
    "pilihan editor",
    # Russian, Ukrainian, Turkish, Greek, Hebrew, Arabic, Persian, Hindi, Bengali, Vietnamese, Thai,
    # Hungarian, Romanian (RBC's "Читайте также", Bhaskar's "ये भी पढ़ें...", Telex's "Kapcsolódó", HotNews's
    # "Citește și:" between the paragraphs: the sixth round of probe pages, hand-built)
    "читайте также|смотрите также|читайте також|дивіться також|ilgili haberler|ilgili haber|ayrıca okuyun|"
    "διαβάστε ακόμη|διαβάστε επίσης|קראו עוד|קראו גם|עוד בנושא|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|"
    "بیشتر بخوانید|ये भी पढ़ें|यह भी पढ़ें|আরও পড়ুন|xem thêm|đọc thêm|tin liên quan|อ่านเพิ่มเติม|"
    "ข่าวที่เกี่ยวข้อง|kapcsolódó|olvasd el ezt is|citește și|citeste si",
    # Serbian, Croatian and Bosnian (Latin and Cyrillic), Slovenian, Bulgarian, Estonian, Latvian,
    # Lithuanian, Icelandic and Slovak "read also" (N1's "Pročitajte još:" box between the
    # paragraphs, 24ur's "Preberi še", Dnevnik's "Прочетете още": the tenth round of probe pages,
    # hand-built, tests/test_extract_unseen_shapes10.py)
    "pročitajte još|pročitajte i|pročitajte više|čitajte još|čitajte i|прочитајте још|прочитајте и|"
    "читајте још|preberite še|preberi še|preberite tudi|preberi tudi|прочетете още|прочетете също|"
    "вижте още|loe ka|loe lisaks|lasi arī|lasiet arī|taip pat skaitykite|skaitykite taip pat|lestu líka|"
    "lestu einnig|čítajte aj",
    # Hindi "पढ़ें:" (read: Navbharat Times's lead-in to a linked story between the paragraphs) and "इसे भी
    # पढ़ें", Marathi "हेही वाचा", Urdu "یہ بھی پڑھیں", Tamil "மேலும் படிக்க", Malayalam "ഇതും വായിക്കുക",
    # Nepali "यो पनि पढ्नुहोस्" (read this too): the thirteenth round of probe pages, hand-built
    # (tests/test_extract_unseen_shapes13.py)
    "इसे भी पढ़ें|पढ़ें|हेही वाचा|हे पण वाचा|یہ بھی پڑھیں|மேலும் படிக்க|ഇതും വായിക്കുക|यो पनि पढ्नुहोस्",
)
#: Labels that head an author's own text as well ("Zum Weiterlesen: <a book>", "See also: <a report>",
#: a food review's "Don't miss: the toffee pudding"): furniture only as a line of their own.
READ_MORE_LABELS = labels(
    "read more|see also|further reading|more on this topic|more on this|don't miss|zum weiterlesen|"
    "weiterlesen|mehr zum thema|mehr dazu|siehe auch|ver también|voir aussi|延伸阅读|延伸閱讀|"
    # the heading of a box of links set in the story (El País "Más información", Folha "Leia mais", NZZ
    # "Passend zum Artikel"; probe pages in their shape, hand-built)
    "más información|leia mais|saiba mais|passend zum artikel|en savoir plus|approfondisci|"
    # the heading of one linked story set between or after the paragraphs: Rappler's "Must Read", the
    # Inquirer's "Read Next" (probe pages, hand-built: tests/test_extract_unseen_shapes8.py)
    "must read|read next"
)
READ_ALSO = alternation(READ_ALSO_LABELS)
READ_MORE = alternation(READ_MORE_LABELS)
#: a heading that is such a label alone ("Must Read", "Lesen Sie auch:", "[Related]")
READ_HEADING = re.compile(rf"^\W*(?:{READ_ALSO}|{READ_MORE})\W*$", re.IGNORECASE)
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
#: rule): the prompts of newsarchive/paywall_prompts.py (what is left to read, "Il vous reste 72% de cet
#: article à lire"; that it is for subscribers, "Dieser Artikel ist exklusiv für Abonnenten"), and the offer
#: box's other lines, which are no prompt of the story (and no evidence of a paywall): the login line ("Déjà
#: abonné ?", "¿Ya eres suscriptor?", "Já é assinante?", "Bereits Abonnent? Anmelden"), a badge that opens
#: the line ("Réservé aux abonnés", "Exclusivo para suscriptores"; "L'accès sera réservé aux abonnés" is
#: news), the offer ("Jetzt abonnieren", "Jetzt 1 Monat für 0,99 € testen", "Kup prenumeratę") and the
#: subscribe button's word as a line of its own under a prompt ("Assine", "Neem een abonnement", "Kjøp
#: abonnement"). Probe pages of fr, es, de, ja, pl, nl, no, pt papers (hand-built,
#: tests/test_extract_unseen_shapes2.py, 3.py and 7.py, tests/test_judging_unseen_shapes5.py).
PAYWALL_OTHER = (
    rf"{paywall_prompts.NOT_QUOTED}(?:{paywall_prompts.alternation(paywall_prompts.OTHER)})"
    r"|^déjà abonné\b|^¿?ya eres (?:suscri|abona)|^réservée? aux abonnés\b"
    r"|^exclusiv[oa] para (?:suscriptores|abonados|assinantes)\b"
    r"|^exklusiv für (?:abonnent(?:en|innen)|mitglieder)\b"
    r"|^(?:sie (?:sind|haben) )?bereits (?:abonnent|ein abo)|^já (?:é|sou) assinante"
    # the call to read on as a subscriber, a line of its own after a teaser: "Pour lire la suite,
    # abonnez-vous" (Les Echos' shape), "Para seguir leyendo, suscríbete", "Per continuare a leggere,
    # abbonati"
    rf"|^(?:{paywall_prompts.alternation(paywall_prompts.READ_ON)}),? (?:abonnez-vous|suscr[ií]bete|abbonati"
    r"|assine)\b"
    r"|^riservat[oa] agli abbonati\b|^sei già abbonato\b"
    r"|続きを(?:お)?読み(?:いただけ|になれ)ます"
    r"|^kup (?:prenumeratę|subskrypcję)\b|^masz już (?:prenumeratę|subskrypcję)\b"
    r"|^exclusiu (?:per a|dels|pels) (?:subscriptors|abonats)\b"
    # the login line and the offer of Nordic and Estonian papers' boxes: "Allerede abonnent? Logg inn",
    # "Er du allerede abonnent?", "Redan prenumerant?", "Oletko jo tilaaja?", "Oled juba tellija?", "Få
    # tilgang til alt innhold fra Aftenposten for 1 kr", "Esimene kuu ainult 1 €" (the first month for...;
    # the tenth round of probe pages, hand-built: tests/test_extract_unseen_shapes10.py)
    r"|^(?:er du )?allerede abonnent\b|^(?:är du )?redan prenumerant\b|^oletko jo tilaaja\b"
    r"|^(?:oled )?juba tellija\b|^få (?:tilgang|adgang|tillgång) til(?:l)? (?:alt|alle|allt|hele|hela)\b"
    r"|^esimene kuu\b.{0,30}\d\s*(?:€|eur)"
    r"|^jetzt (?:abonnieren\W*$|\d+ (?:monate?|wochen?) (?:für|gratis|kostenlos)\b)"
    # (a German paper's offer under the lead of a locked story, "Alle Artikel für 1 € im ersten Monat", all
    # articles for a price: tests/test_judging_unseen_shapes9.py; "Das Ticket kostet 49 € im Monat" is news)
    r"|^(?:jetzt )?alle (?:\S+ )?(?:artikel|inhalte|beiträge) (?:für|ab) (?:nur )?\d+(?:,\d+)?\s?(?:€|euro)"
    # (the offer in a German regional chain's "Plus" box: "Zugang zu allen Plus-Artikeln – 4 Wochen für
    # 0,99 €", Funke's and Madsack's shape; a probe page, hand-built, tests/test_extract_unseen_shapes14.py)
    r"|^(?:unbegrenzte[rn]? )?zugang zu allen\b.{0,60}?\d+(?:,\d+)?\s?(?:€|euro)"
    r"|^(?:assine(?: já| agora)?|abonneer(?: nu)?|neem (?:nu )?een abonnement|word (?:nu )?abonnee"
    r"|kjøp abonnement|køb abonnement|köp prenumeration|bli abonnent|abbonati(?: ora| subito)?"
    r"|suscr[ií]bete(?: ya| ahora)?|suscribite|je m['’]abonne|abonnez-vous"
    # (the same button under the prompts of Hungarian, Romanian, Turkish, Greek, Russian, Arabic, Hindi and
    # Indonesian papers, and a Portuguese "see the plans": probe pages, hand-built,
    # tests/test_judging_unseen_shapes7.py)
    r"|előfizetek|előfizetés|abonează-te|abone ol(?:un)?|γίνετε συνδρομητής|оформить подписку|подписаться"
    r"|اشترك(?: الآن)?|सब्सक्राइब करें|berlangganan(?: sekarang)?|ver (?:os )?planos|ver ofertas"
    # (and the Estonian one, "Telli" / "Telli kohe", and the login button beside it in the Nordic and Baltic
    # languages, a line of its own: tests/test_extract_unseen_shapes10.py)
    r"|telli(?: kohe)?|logg inn|log ind|logga in|logi sisse|kirjaudu(?: sisään)?"
    # (and under the Ukrainian, Hebrew, Vietnamese and Thai prompts: "Передплатити", "לרכישת מינוי" (buy a
    # subscription), "Đăng ký" (sign up), "สมัครสมาชิก" (become a member); tests/test_judging_unseen_shapes9.py)
    r"|передплатити|оформити передплату|לרכישת מינוי|đăng ký(?: ngay)?|สมัครสมาชิก"
    # (the Slovak and Czech button, "Predplaťte si Denník N", "Předplaťte si ...": its paper's name after the
    # call; Denník N, a probe page, hand-built, tests/test_extract_unseen_shapes14.py)
    r"|predplaťte si(?: [\w.]+){0,3}|předplaťte si(?: [\w.]+){0,3}"
    # (and the Croatian "Pretplatite se" (subscribe) under "... samo pretplatnicima":
    # tests/test_judging_unseen_shapes10.py)
    r"|pretplatite se|pretplati se"
    # (and the buttons under the eleventh round's prompts: the Finnish "Tilaa" (subscribe), Czech
    # "Předplatit", Polish "Kup", Dutch "Bekijk aanbod" (see the offer), Portuguese "Assinar": probe pages of
    # Helsingin Sanomat, Aktuálně, Wyborcza, de Volkskrant and Público, hand-built,
    # tests/test_judging_unseen_shapes11.py)
    r"|tilaa(?: nyt)?|předplatit(?: si)?|kup(?: teraz)?|bekijk (?:het |ons )?aanbod|assinar(?: agora)?)\W*$"
)
#: strings one of which the lower-cased text holds whenever PAYWALL_OTHER can match (TextRule.needles)
PAYWALL_OTHER_NEEDLES = (
    *paywall_prompts.needles(paywall_prompts.OTHER),
    "abonn", "abbonat", "exclusivo para", "exclusiva para", "exklusiv für", "ya eres", "bereits", "assinante",
    "続きを", "jetzt ", "kup ", "masz już", "assine", "suscr", "exclusiu", "előfizet", "abonează", "abone ol",
    "συνδρομητ", "подпис", "اشترك", "सब्सक्राइब", "berlangganan", "ver os planos", "ver planos", "ver ofertas",
    "prenumerant", "tilaaja", "tellija", "få tilgang", "få adgang", "få tillgång", "esimene kuu", "telli",
    "logg inn", "log ind", "logga in", "logi sisse", "kirjaudu", "artikel für", "artikel ab", "inhalte für",
    "inhalte ab", "beiträge für", "beiträge ab", "передплат", "מינוי", "đăng ký", "zugang zu allen",
    "predplaťte si", "předplaťte si",
    "สมัครสมาชิก", "pretplat", "prenumeration", "tilaa", "předplatit", "kup", "aanbod", "assinar",
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
