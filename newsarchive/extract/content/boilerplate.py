"""Paragraph-level boilerplate that main-content extraction lets through.

Rules are data: (name, pattern). They describe kinds of page furniture seen across many sites (share
prompts, newsletter pitches, related-link lead-ins, agency/contributor credits, reading-time badges,
photo credits), never strings of one page. They only apply to short paragraphs, so a long paragraph of
prose that happens to mention a newsletter is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsarchive import reading_time
from newsarchive.extract.content.literals import fold_exceptions, required_literals

_I = re.IGNORECASE


@dataclass(frozen=True, kw_only=True)
class ParagraphRule:
    name: str
    pattern: re.Pattern[str]
    max_words: int = 40  #: only paragraphs up to this many words can match
    #: lower-case strings one of which the lower-cased text holds whenever the pattern can match (read
    #: from the pattern: content/literals.py); () where it gives none
    needles: tuple[str, ...] = ()


def _rule(name: str, pattern: str, max_words: int = 40) -> ParagraphRule:
    compiled = re.compile(pattern, _I)
    return ParagraphRule(
        name=name, pattern=compiled, max_words=max_words, needles=required_literals(compiled)
    )


RULES: tuple[ParagraphRule, ...] = (
    # "Like this story? Share it with a friend!", "Share this article", "Click to share on Twitter"
    _rule(
        "share",
        r"^(?:like this (?:story|article|post)\b|share (?:this|it) (?:with|on)\b"
        r"|share on (?:facebook|twitter)\b|click to share\b)",
    ),
    # newsletter and subscription pitches: a call to act (subscribe, sign up) next to what you get
    _rule(
        "newsletter",
        r"\b(?:sign up|subscribe|subscribing|register)\b.{0,80}"
        r"\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b"
        r"|\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b.{0,80}\b(?:sign up|subscribe|subscribing)\b"
        r"|\b(?:delivered|straight|right) (?:to|into|in) your inbox\b|^[\w'’ ]{0,30}\bnewsletters?$"
        # ... or what you get in it, the call being the verb: "Get the latest news in your inbox" (1News's
        # sign-up box under every story; a probe page, hand-built: tests/test_extract_unseen_shapes12.py)
        r"|^get\b.{0,60}\b(?:in|into|to) your inbox\W*$",
        max_words=35,
    ),
    # lead-ins to links elsewhere: "Related: ...", "Read more: ...", "You may also like...", "More:"
    _rule(
        "related",
        r"^\W*(?:(?:related(?: (?:posts?|articles?|stories|story|content|coverage|reading))?|read more"
        r"|read also|see also|also read|also on [\w.]+|more|also|more from [\w .]+"
        # ... or the site's own name after "read more on|from": The Sun's "READ MORE ON THE SUN" and Sky
        # News's "Read more from Sky News:" over the links they set between the paragraphs (probe pages,
        # hand-built: tests/test_extract_unseen_shapes16.py, tests/test_extract_tail15.py). At most three
        # words after it, so "Read more on the station's history in our archive" stays prose
        r"|read more (?:on|from) [\w'’&-]+(?: [\w'’&-]+){0,2}"
        r"|you (?:may|might) also like|recommended(?: for you)?|further reading|trending|popular|most read"
        # ... in other languages: "Leggi anche: <headline>", "Lesen Sie auch:", "Lire aussi :", "Lee
        # también:", "Leia também:", "Lees ook:", "Czytaj też:" (probe pages in the shape of Italian, German,
        # French, Spanish, Portuguese and Dutch papers, hand-built)
        r"|leggi anche|vedi anche|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|voir aussi"
        r"|lee también|lea también|ver también|leia también|veja também|lees ook|zie ook"
        r"|czytaj (?:też|także)"
        # ... Serbian, Croatian, Slovenian, Bulgarian, Baltic and Icelandic ones: "Pročitajte još:" (N1),
        # "Preberi še" (24ur), "Прочетете още" (Dnevnik), "Loe ka", "Lasi arī", "Taip pat skaitykite" (the
        # tenth round of probe pages, hand-built)
        r"|(?:pro)?čitajte (?:još|i|više)|(?:про)?читајте (?:још|и)|preberi(?:te)? (?:še|tudi)"
        r"|прочетете (?:още|също)|loe (?:ka|lisaks)|lasi(?:et)? arī|taip pat skaitykite"
        r"|lestu (?:líka|einnig))\b"
        # ... and in the scripts whose words end in a vowel sign or a mark (no \b after them: Python's \w
        # takes no combining mark): Hindi "ये भी पढ़ें..." (Dainik Bhaskar), Marathi "हेही वाचा:", Nepali "यो
        # पनि पढ्नुहोस्", Bengali "আরও পড়ুনঃ" (the visarga as its colon), Urdu "یہ بھی پڑھیں", Persian
        # "بیشتر بخوانید", Pashto "دا هم ولولئ", Sorani "هەروەها بخوێنەوە", Arabic "اقرأ أيضاً", Hebrew "קראו
        # גם", Tamil "இதையும் படிக்க", Malayalam "ഇതും വായിക്കുക", Sinhala "මෙයත් කියවන්න", Amharic "ተጨማሪ
        # ያንብቡ፦" (the Ethiopic colon), Georgian "ასევე წაიკითხეთ", Armenian "Կարդացեք նաև" (probe pages
        # in the shape of papers in these languages, hand-built: tests/test_extract_script_shapes11.py)
        r"|(?:(?:ये|यह|इसे|इन्हें) भी पढ़ें|और पढ़ें|हेही वाचा|हे पण वाचा|हे देखील वाचा|यो पनि पढ्नुहोस्?|यो पनि पढ्नुस्"
        r"|আর[ওো] পড়ুন|(?:یہ بھی|مزید) پڑھیں|(?:بیشتر|همچنین) بخوانید|(?:دا هم|نور) ولولئ"
        r"|(?:هەروەها|زیاتر) بخوێنەوە"
        r"|(?:اقرأ|إقرأ|طالع) (?:أيضا|أيضاً|ايضا|كذلك|المزيد)|קראו גם|קרא גם|இதையும் படிக்க|மேலும் படிக்க"
        r"|ഇതും വായിക്കുക|കൂടുതൽ വായിക്കുക|මෙයත් කියවන්න|ተጨማሪ ያንብቡ|ასევე წაიკითხეთ|Կարդացեք նաև)"
        r")\s*(?:[:.…ঃ፡፦]|\.\.\.|$)",
        max_words=25,
    ),
    # ... or a sentence pointing to them: "For more stories like this, check our news page." (Metro's closing
    # line, beside its news desk's address; a probe page, hand-built: tests/test_extract_unseen_shapes7.py)
    _rule("more_like_this", r"^for more (?:stories|news|articles|content) like this\b", max_words=15),
    # a pager or a continuation link set as a line of the story: "Page 1 of 3", "Seite 1 von 3", "Pagina 1 di
    # 3", "Next page", "次のページへ", "Continue reading", "Continua a leggere", "Weiterlesen", alone or with
    # the numbers and arrows of the pager. A paper that splits a story over pages prints it under the text
    # of each page (probe pages in the shape of Italian, German, French, Spanish, Portuguese, Dutch and
    # Japanese papers, hand-built); no sentence of prose is made of these words alone.
    _rule(
        "pager",
        r"^[\W\d_]*(?:(?:"
        r"(?:page|seite|pagina|página|strona|sida|side|sivu)\s*\d+\s*(?:of|von|sur|de|di|van|z|av|af|/)\s*\d+"
        r"|(?:next|previous|prev)(?: page)?|(?:nächste|vorherige) seite|page (?:suivante|précédente)"
        r"|página (?:siguiente|anterior)|pagina (?:successiva|precedente)|próxima página"
        r"|(?:volgende|vorige) pagina"
        r"|(?:następna|poprzednia) strona|[次前]のページへ?|下一页|上一页|(?:다음|이전) 페이지"
        r"|continue reading(?: the main story| below)?|continua a leggere|(?:continuar|seguir|sigue) leyendo"
        r"|lire la suite|continuer (?:la lecture|à lire)|weiterlesen|(?:continue|continuar) lendo|lees verder"
        r"|czytaj dalej|続きを読む|阅读全文|계속 읽기"
        r")[\W\d_]*)+$",
        max_words=14,
    ),
    # trailing credits of agencies and contributors
    _rule(
        "contributors",
        r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|^\(?(?:additional )?reporting by\b"
        r"|^\(?editing by\b|^source:\s"
        # the web editor's credit closing a public broadcaster's story, names alone after it ("Editor: Helen
        # Wright", "Editors: Mait Ots, Andrew Whyte": ERR News; a probe page, hand-built,
        # tests/test_extract_unseen_shapes10.py), each name capitalised (a Q&A's "Editor: Why now?" is text)
        r"|^editors?:\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){1,3}"
        r"(?:\s*,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){1,3})*$"
        # a press-release wire's closing line, "SOURCE Acme Robotics, Inc." (PR Newswire's shape; a probe
        # page, hand-built): the word in capitals, a sentence's "Source" is not
        r"|(?-i:^SOURCE\s+[A-Z])",
        max_words=45,
    ),
    # a broadcaster's source line closing the story, its wire agency and the editor's initials after a
    # semicolon: "SRF 4 News, 28.11.2026, 10:30 Uhr ; sda/muem" (SRF's shape, a probe page, hand-built:
    # tests/test_extract_unseen_shapes7.py; the Swiss and German agencies sign "sda/<initials>",
    # "dpa/<initials>" the same way). Only after a separator: a dateline's "Hamburg (dpa/lno) –" opens
    # a paragraph of text
    _rule(
        "agency_initials",
        r"[;|]\s*(?:sda|dpa|apa|afp|kna|epd|ats|ap|reuters)(?:/[a-z]{2,6})+\W*$",
        max_words=14,
    ),
    # photo/image credits and copyright lines
    _rule(
        "credit",
        r"^(?:photo|image|picture|video|illustration)s?(?: credit)?\s*(?::|by\b)|©|\(c\) \d{4}\b"
        r"|^\W*copyright\b|\ball rights reserved\b"
        # ... and their labels in other languages, with a colon: "Titelbild: <name>/picture-alliance",
        # "Beitragsbild: ...", "Bildnachweis:", "Fotos: Berliner Feuerwehr", "Image illustrative : ...",
        # "(Credits: Amazon Prime Video)". Evidence: traf-eval tune, 12 sites (fluter.de, spontis.de,
        # dbjr.de, tell-review.de, soundofscience.fr, lacrux.com, bos-fahrzeuge.info, berliner-feuerwehr.de,
        # mix1.de, erfolg-magazin.de, hildesheimer-presse.de, raptastisch.net), folds A and B.
        r"|^\W*(?:titelbild|beitragsbild|aufmacherbild|headerbild|vorschaubild|symbolbild|bildnachweise?"
        r"|bildquellen?|bildrechte|fotonachweise?|fotos?|bilder?|fotografie|foto ?credits?|credits?"
        r"|image illustrative|crédits? photos?|imagen(?:es)?|fotograf[íi]as?)\s*:",
        max_words=12,
    ),
    # a picture's credit alone as a paragraph, "by" and the photographer's name: GIGAZINE's "<img><br>by Toru
    # Sato" under its pictures, a blog's Flickr credit (a probe page, hand-built,
    # tests/test_extract_unseen_shapes9.py). Two to four capitalised words and nothing else: a subheading
    # of one word ("By Train", "By Car") is a travel guide's
    _rule(
        "credit_by",
        r"^by\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})$",
        max_words=5,
    ),
    # a wire service's notice at the end of its story: "Copyright 2025 The Associated Press. All rights
    # reserved. This material may not be published, broadcast, rewritten or redistributed without
    # permission." (20 words; a probe page in the shape of an AP member site, hand-built)
    _rule(
        "copyright_notice",
        r"^\W*(?:copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}\b)?.{0,80}\ball rights reserved\b",
        max_words=40,
    ),
    # the reserved-rights notice Korean, Japanese and Chinese papers close a story with: "<저작권자(c)
    # 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "저작권자 © 한겨레 무단전재 및 재배포 금지",
    # "無断転載禁止", "版权所有" (a probe page in Yonhap's shape, hand-built)
    _rule(
        "reserved_rights_cjk",
        # (the rights mark first: a sentence of the story about piracy names "무단 복제" too)
        r"^\W*(?:저작권자|ⓒ|©|\(c\)).{0,40}(?:무단|재배포\s*금지)|^\W*無断(?:転載|複製)(?:を)?禁|版[权權]所有",
        max_words=20,
    ),
    # the letters page's invitation under an opinion piece: "Submit a letter, of no more than 400 words, to
    # the editor here or email letters@...", "Send a letter to the editor", "Write a letter to the editor"
    # (a probe page in the shape of an American paper's column, hand-built)
    _rule(
        "letters_invitation",
        r"^(?:submit|send|write|email)\b.{0,30}\bletters?\b.{0,60}\b(?:to|for) the editors?\b",
        max_words=40,
    ),
    # the note of the print edition under the story: "A version of this article appears in print on March
    # 5, 2025, Section A, Page 1 ...", "Dieser Artikel erschien in der gedruckten Ausgabe", "Cet article est
    # paru dans l'édition du ..." (a probe page in the shape of an American paper, hand-built)
    # ... and the magazines' forms: "Published in the print edition of the December 7, 2026, issue, with the
    # headline ..." (The New Yorker), "This article appears in the December 2026 print edition with the
    # headline ..." (The Atlantic), "Appeared in the March 5, 2025, print edition as '...'" (WSJ); a probe
    # page in the shape of Condé Nast's magazines, hand-built (tests/test_extract_unseen_shapes7.py)
    _rule(
        "print_edition",
        r"^a version of this (?:article|story) appear(?:s|ed) in print\b"
        r"|^published in the print edition of the\b|^appeared in the\b.{0,40}\bprint edition\b"
        r"|^this (?:article|story) appears in the\b.{0,40}\b(?:print edition|issue)\b"
        r"|^dieser (?:artikel|beitrag) erschien (?:zuerst )?in der (?:print|gedruckten )ausgabe\b"
        r"|^cet article est paru dans l['’]édition\b",
        max_words=45,
    ),
    # reading-time badges: a short paragraph that opens with the label, or the time and its word alone
    # ("4 min read", "4 Min. Lesezeit"); the words are newsarchive/reading_time.py's
    _rule(
        "reading_time",
        rf"^(?:{reading_time.alternation(reading_time.LABELS)})\b"
        rf"|^\d+\s*{reading_time.MINUTE}\s+(?:{reading_time.alternation(reading_time.AFTER)})\W*$"
        rf"|^(?:{reading_time.PHRASES})",
        max_words=8,
    ),
    # skip links and landmark labels of screen-reader navigation, alone in a paragraph ("Hauptinhalt",
    # "Zum Inhalt springen", "Skip to main content", "Aller au contenu")
    _rule(
        "skip_link",
        r"^\W*(?:skip to (?:main )?content|skip navigation|jump to (?:main )?content|hauptinhalt"
        r"|zum (?:haupt)?inhalt(?: springen)?|direkt zum inhalt|aller au contenu(?: principal)?"
        r"|ir al contenido(?: principal)?|saltar al contenido|vai al contenuto|przejdź do treści)\W*$",
        max_words=5,
    ),
    # a German reader-funded site's call for support, addressed to the reader: "Unterstütze RosaMag bereits
    # mit 2,50!", "Deshalb unterstütze uns ...", "Bitte helfen Sie kath.net und spenden Sie jetzt ...",
    # "Jetzt mit wenigen Klicks unterstützen!", "... haben wir entschieden, keine Bezahlschranke ...".
    # A story says what others support ("unterstützen wir dieses Volksbegehren"), not "support us".
    # Evidence: traf-eval tune, 8 sites (neues-deutschland.de, lacrux.com, kath.net, l-mag.de, rosa-mag.de,
    # katapult-magazin.de, ejwue.de, mywakenews.wordpress.com), folds A and B; no `with` snippet lost.
    _rule(
        "reader_support",
        r"\b(?:unterstütze|unterstützt|unterstützen sie) (?:uns|unsere arbeit|unseren journalismus"
        r"|unser (?:magazin|projekt|team|angebot))\b|^\W*unterstütze \w+"
        r"|\b(?:uns|unsere arbeit|unseren journalismus) (?:zu |weiterhin |jetzt )?unterstützen\b"
        r"|\bspenden sie (?:jetzt|uns|bitte)\b"
        r"|(?:^\W*|[.!?]\s+)jetzt (?:\w+ ){0,4}(?:unterstützen|spenden)\W*$"
        r"|\b(?:wir|unser\w*)\b.{0,120}\b(?:keine|ohne|nicht hinter einer) bezahlschranke\b"
        # ... and the Spanish member-funded papers' call, "Hazte socia, hazte socio de elDiario.es" (Público,
        # El Salto and infoLibre ask the same way); a probe page, hand-built
        # (tests/test_extract_unseen_shapes7.py)
        r"|^\W*hazte (?:soci[oa]|miembro|suscriptor)\b",
        max_words=45,
    ),
    # ... and the same call in the other languages of reader-funded papers, a short line that opens with
    # "support" addressed to the reader (the plural or polite imperative) and names the paper: "Підтримайте
    # УП — ставайте членами клубу!" (Ukrainska Pravda's club box in the text's column), "Поддержите
    # «Медузу»", "Soutenez Mediapart", "Sostieni il Post", "Wesprzyj OKO.press";
    # with the join button under it alone ("Долучитися", "Присоединиться", "Dołącz"). A probe page in
    # Ukrainska Pravda's shape, hand-built (tests/test_extract_unseen_shapes6.py). A story's sentence
    # reports who supports what; it does not open with the imperative. (Not the words that are nouns or
    # verbs of the third person too: Dutch "Steun voor ...", Swedish "Stöd till ...", Spanish "Apoya".)
    _rule(
        "reader_support_other",
        r"^\W*(?:підтримайте|поддержите|soutenez|sostieni|wesprzyj|wesprzyjcie|podpořte|podporte|támogasd"
        r"|sprijiniți)\s+\S"
        r"|^\W*(?:долучитися|долучайтеся|присоединиться|присоединяйтесь|dołącz|připojte se)\W*$",
        max_words=15,
    ),
    # "Follow him on Twitter @x", "Have a tip? ... may be reached at", "Reach the reporter at"
    # ... and a tabloid's call for readers' stories with its desk's address, the closing line of every story
    # ("Get in touch with our news team by emailing us at webnews@...", Metro; "Do you have a story to share?
    # Email ...", "Got a story? Email ...", Reach's and DMG's titles; a probe page in the shape of Metro's
    # AMP page, hand-built: tests/test_extract_unseen_shapes7.py)
    _rule(
        "contact",
        r"^(?:follow (?:him|her|them|us|me)\b.{0,40}\b(?:twitter|facebook|instagram)|have a (?:news )?tip\b"
        # ... and the outlet's own "Follow ERR News on Facebook and Twitter and never miss an update!" (a
        # probe page, hand-built, tests/test_extract_unseen_shapes10.py): its name, then the networks
        r"|follow (?:[\w.&'’-]+ ){1,4}on (?:facebook|twitter|x|instagram|telegram|threads|bluesky|whatsapp"
        r"|google news)\b"
        r"|reach the (?:reporter|writer|author)s?\b"
        r"|get in touch with (?:our|the) (?:news ?)?(?:team|desk)\b.{0,60}@"
        # (after the Sun's "We pay for your stories!": "We pay for your stories! Do you have a story for The
        # Sun news desk? Email us at tips@the-sun.co.uk ..."; a probe page, hand-built,
        # tests/test_extract_unseen_shapes16.py, as the Daily Record's "We pay for your stories. Do you have
        # a story for us? ...")
        r"|(?:we pay for (?:your )?stories\W+)?(?:do you have|have you got|got) a (?:news )?story"
        r"(?: to share)?\W.{0,60}@"
        # ... and the Polish tabloids' and portals' "Masz ciekawy temat? Napisz do nas na adres:
        # listy@fakt.pl" (Fakt), "Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.wp.pl"
        # (Wirtualna Polska): a question to the reader, then where to send it (probe pages, hand-built,
        # tests/test_extract_unseen_shapes16.py); a story's sentence does not open with "Masz"
        r"|masz (?:ciekawy temat|newsa|informacj[eę]|zdjęci[ea]|film)\w*\b.{0,100}(?:@|dziejesie\.))",
        max_words=40,
    ),
    # the reporter's sign-off with the ways to reach them: "— Shane Dixon Kavanaugh covers Multnomah County;
    # reach him at 503-294-7632, skavanaugh@oregonian.com or @shanedkavanaugh." (Advance Local's papers,
    # the Oregonian's and Cleveland's shape; a probe page, hand-built: tests/test_extract_unseen_shapes12.py).
    # An address or a phone number must follow: a quote's "we could not reach him" is text
    _rule(
        "reach_signoff",
        r"\b(?:reach|contact|e-?mail) (?:him|her|them|me)\b(?: at| on| via)?.{0,80}"
        r"(?:@|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b)",
        max_words=40,
    ),
    # an invitation to the outlet's channel in a messaging app, a line of every story on Latin American
    # sites: "Siga a EL HERALDO en su canal de WhatsApp." (El Heraldo), "Receba as notícias do O Tempo no
    # seu WhatsApp." (O Tempo), "Únete a nuestro canal de Telegram" (probe pages, hand-built:
    # tests/test_extract_unseen_shapes12.py); the English "Follow X on WhatsApp" is the contact rule's
    _rule(
        "channel_invite",
        r"^\W*(?:siga|sigue|síguenos|segue|siga-nos|receba|recibe|recibí|únete|súmate|inscreva-se"
        r"|suscríbete|participe)\b.{0,80}\b(?:whatsapp|telegram|google news)\b",
        max_words=25,
    ),
    # an English reader-funded outlet's call for support under the story: "Support local journalism: give to
    # WRVO today." (public radio stations' pledge line), "Help keep The Spinoff free", "Join Spinoff Members
    # today and support independent journalism." (probe pages, hand-built:
    # tests/test_extract_unseen_shapes12.py). The reader is told to act: a story says what others support
    _rule(
        "reader_support_en",
        r"^\W*(?:support (?:local|independent|public|quality|nonprofit|our) (?:journalism|news|radio|media"
        r"|reporting)\b.{0,60}\b(?:give|donate|today|now|become|join)\b|help keep [\w .'’-]{1,40} free\W*$"
        r"|(?:join|become) (?:[\w'’-]+ ){0,3}(?:members?|supporters?|donors?) (?:today|now)\b)",
        max_words=30,
    ),
    # the notice under a story run from elsewhere or first published earlier: "This article is republished
    # from The Conversation under a Creative Commons license. Read the original article." (what every
    # republisher of The Conversation prints), "This story was originally published December 4, 2026 at
    # 5:00 AM." (McClatchy's thirty papers close every story with it), "This article was first published
    # on ..." (probe pages, hand-built: tests/test_extract_unseen_shapes12.py)
    _rule(
        "republished",
        r"^\W*this (?:article|story|piece|post|report) (?:is|was|has been) (?:originally |first )?"
        r"(?:re)?published (?:from|on|by|in partnership with|(?=(?-i:[A-Z])[a-z]{2,8}\.? \d))",
        max_words=40,
    ),
    # a widget's placeholder left as text where its script did not run: "Loading ..." (Sinclair's station
    # sites under every story; a probe page, hand-built: tests/test_extract_unseen_shapes12.py), and the
    # numbered ad-slot labels and the "Article content" label Postmedia's hundred-odd papers set around
    # each ad in the text ("Advertisement 2"; a probe page, hand-built)
    _rule(
        "slot_label",
        r"^\W*(?:loading(?:\s*(?:\.{2,}|…))?|advertisement\s*\d{1,2}|article content)\W*$",
        max_words=3,
    ),
)

#: The heading of a comment section, a line of its own: "Comments", "3 Kommentare", "Leserkommentare (12)",
#: "Tell us what YOU think...". Readers' comments follow it, not the article.
COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|reacties"
    r"|komentarze|reader comments|leserbriefe)(?:\s*\(\d+\))?\s*:?$|^tell us what you think\W*$",
    re.IGNORECASE,
)
#: ... and ends the article only after this share of the body's text: a forum thread's posts (the page's
#: own text) come after its "Kommentare" heading near the top
COMMENTS_AFTER_SHARE = 0.5
#: The heading of a press release's contacts block, a line of its own: "Contacts", "Media Contact",
#: "Pressekontakt:", "Kontakt:", "Ansprechpartner", "Contact presse", "Contacto de prensa". Names, roles,
#: phones and addresses follow it, not the release (docs/record.md: a release's contacts are no body).
CONTACT_HEADING = re.compile(
    r"^(?:(?:(?:media|press|investor|investors|news media|public relations|pr) )?contacts?(?: information)?"
    r"|(?:presse)?kontakte?|kontakt f(?:ü|ue)r (?:die )?presse|ansprechpartner(?:in|innen)?"
    r"|contacts? (?:presse|m[ée]dias?)|contactos? (?:de|para) (?:prensa|medios)"
    r"|contatti? (?:stampa|per la stampa)"
    r"|perscontact|contato (?:para|de) imprensa)\s*:?$",
    re.IGNORECASE,
)
#: ... a block of short lines (a name, a role, "Tel.: ...", "E-Mail: ...", "Internet: ..."), none a sentence,
#: at least one an address or a phone number: a story's last section under "Kontakt" is prose
CONTACT_LINE_MAX_WORDS = 20
CONTACT_MAX_LINES = 16
_CONTACT_DETAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d[\d ()./–-]{5,}\d")
_SENTENCE_END = re.compile(r"[.!?…][\"'”“»)]*$")
_WORD = re.compile(r"\w+")
# a CMS shortcode that leaked as text: "[button link=...]Send us your review[/button]"
_SHORTCODE = re.compile(r"^\[\w+[^\]]*\].*\[/\w+\]$")
_BRACKETED = re.compile(r"^\[([^\[\]]*)\]$")
# A text with one of these characters ("ſ", "ı", "İ") may match a rule whose needles its lower-cased form
# lacks: every rule's pattern runs on it (content/literals.py)
_FOLD_EXCEPTIONS = re.compile(
    "[" + re.escape("".join(sorted(fold_exceptions(tuple(n for r in RULES for n in r.needles))))) + "]"
)


# More words than any rule takes (anchored, possessive: one pass, no backtracking; a \w+ run is a word as
# _WORD finds them): such a paragraph, most of a story's, is not counted word by word (~0.3 ms a page)
_MAX_WORDS = max(rule.max_words for rule in RULES)
_MORE_WORDS = re.compile(rf"\W*+\w++(?:\W++\w++){{{_MAX_WORDS}}}")


def match_rule(text: str) -> str | None:
    """Name of the boilerplate rule `text` matches, or None."""
    # (the count is needed up to _MAX_WORDS + 1: past it no rule applies)
    words = _MAX_WORDS + 1 if _MORE_WORDS.match(text) else len(_WORD.findall(text))
    if words == 0:
        return "no_words"
    stripped = text.strip()
    if _SHORTCODE.match(stripped):
        return "shortcode"
    # "[Related: ...]": judge the note inside the brackets ("[CNET]" source tags stay)
    bracketed = _BRACKETED.match(stripped)
    if bracketed:
        text = bracketed.group(1)
    # (the needles skip the IGNORECASE alternations, ~5x dearer than substring tests, on the paragraphs
    # that hold none of the words a rule needs: nearly all of them)
    lowered = text.lower() if text.isascii() or not _FOLD_EXCEPTIONS.search(text) else None
    for rule in RULES:
        if words > rule.max_words:
            continue
        if rule.needles and lowered is not None and not any(map(lowered.__contains__, rule.needles)):
            continue
        if rule.pattern.search(text):
            return rule.name
    return None


def cut_comment_section(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the comment section a main-content extractor let through: from the section's
    heading (COMMENT_HEADING) on, where it comes after most of the text. Evidence: readers' comments or
    the login prompt for them after the story on 4 sites of the tune halves (nnz-online.de,
    holzwerken.net; morebikes.co.uk on aeb-dev; salon.com on readability), folds A and B."""
    total = sum(len(p) for p in paragraphs)
    before = 0
    for index, text in enumerate(paragraphs):
        if before >= COMMENTS_AFTER_SHARE * total and COMMENT_HEADING.match(text.strip()):
            return paragraphs[:index]
        before += len(text)
    return paragraphs


def cut_contact_block(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the contacts block closing a press release: from its heading (CONTACT_HEADING,
    after the text) to the end, where every line after the heading is short and no sentence and one holds
    an e-mail address or a phone number. Evidence: Business Wire's "Contacts" (a probe page, hand-built:
    tests/test_extract_unseen_shapes16.py) and a German press portal's "Pressekontakt:" (hand-built:
    tests/test_extract_tail15.py); on the tune halves the "Pressekontakt"/"Kontakt:"/"Ansprechpartner"
    blocks of five German press releases (traf-eval tune: bsi.bund.de, malteser.de, btv.de, mpimet.mpg.de,
    unendlich-viel-energie.de). The whole block or nothing: a block cut in part leaves orphan names."""
    for index in range(len(paragraphs) - 1, 0, -1):
        if len(paragraphs) - index > CONTACT_MAX_LINES + 1:
            break
        if not CONTACT_HEADING.match(paragraphs[index].strip()):
            continue
        block = paragraphs[index + 1 :]
        if (
            block
            and all(len(_WORD.findall(line)) <= CONTACT_LINE_MAX_WORDS for line in block)
            and not any(_SENTENCE_END.search(line.strip()) for line in block)
            and any(_CONTACT_DETAIL.search(line) for line in block)
        ):
            return paragraphs[:index]
        break
    return paragraphs
