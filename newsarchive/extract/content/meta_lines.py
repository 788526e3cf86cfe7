"""The story's date and byline lines, where the main-content extractor kept them as paragraphs.

A theme that sets the date in a plain `<div class=date>` or `<p class=dateline>` ("July 18, 2025 4:20
PM", "Published March 3, 2025 at 9:14 am", "06/03/2025 11h42 · Atualizado há 2 horas", "Stand:
04.03.2024") or the byline in an element no rule knows ("Por Ana Souza, g1 PR — Curitiba") gets them
into the body, where the record has fields of their own (published_at, modified_at, authors). Only the
edges of the body are read (the first paragraphs before the text, the last two), and only short lines
that are nothing but a date with its labels, or a byline label with the page's author in it: a
sentence of the story that names a date or its writer has other words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsarchive.dates import MONTHS, date_in_text
from newsarchive.extract.author_names import UNNAMED_STAFF_LINE, cjk_role_byline
from newsarchive.extract.content.widget_lines import is_widget_line

#: longer lines are sentences of the story
MAX_WORDS = 16
#: ... a byline line with its date may be longer
MAX_BYLINE_WORDS = 26
#: ... and one that opens with the author's name and no label (the name, then the desk or place)
MAX_NAME_LINE_WORDS = 8
#: paragraphs read at the start (a kicker, a byline, a date line) and at the end
LEADING = 3
TRAILING = 2
#: letter words a date line may hold beside its date and labels ("Updated", a city, a zone)
MAX_OTHER_WORDS = 2
#: ... each, in a script written without spaces, at most this many characters (a label or a place)
MAX_UNSPACED_WORD = 4

# What a date line holds beside the date: labels in the corpora's languages, weekdays, clock words,
# time zones (lower case)
_DATE_LINE_WORDS = frozenset(
    {
        # English
        "published", "updated", "posted", "last", "modified", "first", "on", "at", "am", "pm", "a", "m", "p",
        "et", "edt", "est", "ct", "cdt", "cst", "mt", "mdt", "mst", "pt", "pdt", "pst", "gmt", "utc", "bst",
        "cet", "cest", "jst", "ist", "aest", "aedt", "hkt", "sgt", "time", "date", "min", "mins", "read",
        # the zones dates.TZ_ABBREVIATIONS reads beside those ("18:12 WIB", Kompas; probe pages, hand-built)
        "wib", "wita", "wit", "pkt", "ict", "sast", "eat", "wat", "msk", "eet", "eest", "myt", "pht", "npt",
        "awst", "nzst", "nzdt",
        # German
        "veröffentlicht", "aktualisiert", "zuletzt", "erstellt", "geändert", "stand", "uhr", "um", "vom",
        "datum",
        # French, Spanish, Portuguese, Italian, Dutch
        "publié", "publiée", "le", "mis", "à", "jour", "modifié", "h", "publicado", "actualizado", "el",
        "las", "del", "de", "atualizado", "atualizada", "publicada", "em", "às", "há", "hora", "horas",
        "minuto", "minutos", "pubblicato", "aggiornato", "il", "alle", "ore", "gepubliceerd", "bijgewerkt",
        "om", "op",
        # Swedish, Polish, Turkish, Russian (probe pages, hand-built)
        "publicerad", "uppdaterad", "kl", "den", "publikacji", "data", "aktualizacja", "opublikowano",
        "güncelleme", "yayınlanma", "tarihi", "опубликовано", "обновлено", "в",
        # Arabic: "نشر في" (published on), "آخر تحديث" (last updated), "تاريخ النشر" (date of publication)
        "نشر", "في", "آخر", "تحديث", "تاريخ", "النشر",
        # Hebrew, Bengali, Hindi "published"/"updated", Hungarian "updated", Polish "of creation"/"of update"
        # ("Data utworzenia:"), a Chinese date line's source label ("2026年12月04日05:52 | 来源：人民网"): the
        # sixth round of probe pages, hand-built (Ynet, Prothom Alo, Index, Onet, People's Daily)
        "פורסם", "עודכן", "প্রকাশ", "আপডেট", "प्रकाशित", "अपडेटेड", "frissítve", "utworzenia",
        "aktualizacji", "来源", "來源",
        # the print issue a Russian paper's story appeared in, over the text: "Газета «Коммерсантъ» №225
        # от 04.12.2026, стр. 1" (newspaper, the paper's name, number, "of" the day, page: a probe page,
        # hand-built)
        "газета", "от", "стр",
        # an Iranian paper's date line: the Solar Hijri month and the story's number ("۱۳ آذر ۱۴۰۵ - ۱۰:۳۰
        # کد خبر ۹۱۲۳۴۵": "news code"; Hamshahri, a probe page, hand-built)
        "کد", "خبر", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
        "بهمن", "اسفند",
        # weekdays
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì",
        "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "segunda", "terça", "quarta", "quinta",
        "sexta", "feira",
        # Japanese, Chinese, Korean: the date's own characters, weekdays in brackets, labels ("2025年3月4日
        # （火） 19:05配信", "发布时间：2025-03-08", "입력 2025.03.07 14:20")
        "年", "月", "日", "時", "分", "火", "水", "木", "金", "土", "午前", "午後", "配信", "公開", "更新",
        "掲載", "投稿", "发布", "发布时间", "时间", "時間", "更新时间", "년", "월", "일", "시", "분", "오전",
        "오후", "입력", "수정", "기사입력", "최종수정", "업데이트", "등록",
        # Chinese "published"/"updated" date labels, left alone where their <time>s went (HK01's
        # "發佈日期：...更新日期：..."; a probe page, hand-built)
        "发布日期", "發佈日期", "發布日期", "更新日期", "發佈時間", "發布時間", "更新時間",
    }
)  # fmt: skip
# (the vowel signs of the Indic scripts are no word characters to `\w`: "প্রকাশ" is one word, not three)
_LETTER_WORD = re.compile(r"(?:[^\W\d_]|(?!\d)[\u0900-\u0dff])+")
# Japanese kana, CJK ideographs, Hangul: scripts whose sentences run without spaces
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A byline's label, in the corpora's languages
_BYLINE_LABEL = re.compile(
    # (a press-release wire's "News provided by <company>": a probe page, hand-built)
    # (Indonesian "Penulis <name>", "Writer: <name>", "Reporter: <name>", "Words by <name>": probe pages)
    r"^(?:[-–—]+\s*)?(?:by|von|par|por|di|door|av|af|written by|posted by|text:|autor:|author:"
    r"|news provided by|penulis|writers?:|reporters?:|words by"
    # (Antara's "Pewarta: <name>" sign-off, reporter: a probe page, hand-built)
    r"|pewarta:"
    # (a dash before the label, the writer's own photos: "— By Jane Doe", "Texto y fotos: Ana García",
    # "Words and photos by Lena Hart"; probe pages, hand-built)
    r"|authored by|(?:text[eo]?|words|story)\s+(?:und|and|&|et|y|e)\s+"
    r"(?:fotos?|photos?|pictures|images|bilder)(?:\s+by|\s*:)"
    # (the kind of piece before "von", "erstellt von:", "a cura di", Russian "Автор:"; probe pages)
    r"|(?:ein(?:e[nr]?)?\s+)?(?:artikel|beitrag|gastbeitrag|kommentar|interview|bericht|essay|analyse|reportage)"
    r"\s+von:?|erstellt von:?|verfasst von:?|a cura di|scritto da|escrito por|écrit par|автор(?:ы)?:"
    r"|yazar:"
    # (the label with a colon, "Por: Marianela Fontalvo" (El Heraldo, Colombian and Venezuelan papers), "By:
    # Jane Doe": the twelfth round of probe pages, hand-built)
    r"|(?:by|por|par|von):"
    # (Arabic "wrote" and "by the pen of", with the dash Egyptian sites join to the name: Youm7's "كتب محمد
    # أحمد", El Watan News's "كتبت- سارة علي:" run into its date in the text's column; the fifteenth round of
    # probe pages, hand-built, tests/test_extract_unseen_shapes15.py)
    r"|(?:كتب|كتبت|بقلم)\s*[-–:]?)\s",
    re.I,
)


# Quebec's spaced clock, "à 10 h 30": one word of the line, as "10h30" is (the Journal de Montréal's
# "Publié le ... à 10 h 30 Mis à jour le ... à 11 h 05" counted 19 words; a probe page, hand-built)
_SPACED_CLOCK = re.compile(r"(?<=\d) h (?=\d)")


def _words(text: str) -> int:
    return len(text.split()) - len(_SPACED_CLOCK.findall(text)) * 2 if " h " in text else len(text.split())


# An update line that shows the time alone, the day being the publication's: "Actualizado 12:05h." (Vocento),
# "Mis à jour à 12h05." (Sud Ouest): one clock time, no other figure, a full stop after it may end the line
# (the fourteenth round of probe pages, hand-built, tests/test_extract_unseen_shapes14.py, kept the first in
# the body)
_CLOCK_LINE = re.compile(r"^[^\d]{1,40}?(?<!\d)[0-2]?\d[:h][0-5]\d(?!\d)\s*(?:h|uhr)?\.?$", re.I)
#: ... of a few words only
MAX_CLOCK_LINE_WORDS = 5


def _is_clock_line(text: str) -> bool:
    """A label of the date lines and a time alone (_CLOCK_LINE), every word of it a date line's."""
    if _words(text) > MAX_CLOCK_LINE_WORDS or not _CLOCK_LINE.match(text):
        return False
    words = _LETTER_WORD.findall(text.lower())
    return any(len(w) > 2 for w in words) and all(w in _DATE_LINE_WORDS for w in words)


def is_date_line(text: str) -> bool:
    """A short line that is a date, with its labels, weekday, time and zone, and no more than a word or
    two besides ("Updated", a city); or an update label with a time alone (_CLOCK_LINE)."""
    if _is_clock_line(text):
        return True
    if _words(text) > MAX_WORDS or (text.rstrip().endswith((".", "!", "?")) and not _ends_in_clock(text)):
        return False
    if date_in_text(text) is None:
        return False
    other = [w for w in _LETTER_WORD.findall(text.lower()) if w not in _DATE_LINE_WORDS and w not in MONTHS]
    # (a script written without spaces runs a sentence into one "word": "2025年3月4日に開かれた会議で…")
    if len(other) > MAX_OTHER_WORDS:
        return False
    return not any(len(w) > MAX_UNSPACED_WORD and _UNSPACED.search(w) for w in other)


#: a date's label without its date: the hidden label of a date shown in an element the text left out
#: ("نشر في" before an aria-hidden date, Al Jazeera-like; "Published", "Veröffentlicht am")
MAX_LABEL_WORDS = 3


# ... and a writer's or editor's role alone, the label a header's avatar block sets over the name (Tempo's
# "Reporter" and "Editor": a probe page, hand-built, tests/test_extract_unseen_shapes11.py)
_ROLE_LABEL = re.compile(
    r"^(?:reporters?|writers?|editors?|authors?|penulis|pewarta|wartawan|redaktur|editor in chief)\s*:?$",
    re.I,
)


# The role line a byline sets under the name, "<p>By Jane Doe</p><p>Staff Writer</p>" (a US daily's plain
# byline paragraphs; "Contributing Writer", "Senior Reporter", a German "Redakteurin": probe pages,
# hand-built, tests/test_extract_fields15.py): only roles, the paper's short name before them at most
# ("Courier Staff Writer"), read only right under a byline line that was dropped
_BYLINE_ROLE_LINE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+)?(?:(?:senior|chief|staff|contributing|associate|assistant|special|freie[rn]?"
    r"|leitende[rn]?|stellvertretende[rn]?)\s+)*(?:editor|reporter|writer|correspondent|columnist|contributor"
    r"|journalist(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?)s?$"
    # (the bureau under the name, "Mashonaland East Bureau": Zimpapers' bylines in the text, set in bold as a
    # subheading would be; probe pages, hand-built, tests/test_extract_bylines15.py)
    r"|^(?:[A-Z][\w'’.-]*\s+){1,3}bureau$",
    re.I,
)


def is_label_line(text: str) -> bool:
    if _ROLE_LABEL.match(text):
        return True
    words = _LETTER_WORD.findall(text.lower())
    return (
        0 < len(text.split()) <= MAX_LABEL_WORDS
        and not any(ch.isdigit() for ch in text)
        and bool(words)
        and all(w in _DATE_LINE_WORDS for w in words)
        and any(len(w) > 2 for w in words)
    )


def _ends_in_clock(text: str) -> bool:
    """ "... 9:14 a.m." ends in a full stop that is the clock's, not a sentence's."""
    return text.rstrip().lower().endswith(("a.m.", "p.m."))


# A Chinese story's closing editor line: "（责任编辑：张华）", "编辑：张华"
# (Xinhua's, after its correction link: "【纠错】【责任编辑：王芳】"; a probe page, hand-built)
_EDITOR_LINE = re.compile(
    # (and its short form, several roles in one line: People's Daily's "(责编：李四、王五)", Caixin's
    # "责任编辑：王五 | 版面编辑：赵六"; probe pages, hand-built)
    r"^(?:【[^】]{1,6}】\s*)*[（(【]?\s*"
    r"(?:(?:责任编辑|責任編輯|版面编辑|版面編輯|编辑|編輯|责编|責編|审核|校对)\s*[:：]"
    r"\s*[^\s|｜]{1,12}\s*[|｜]?\s*)+[)）】]?$"
    # ... and Xinhua's English service's: "Editor: Wang Fang", "[Editor: huaxia]" (a probe page, hand-built)
    r"|^[\[(]?Editor\s*:\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,2}[\])]?$"
    # ... and the label set apart from the name, the colon left out: Kompas's "Editor Sari Dewi" (a probe
    # page, hand-built); a capitalised name of two or three words
    r"|^Editor\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}$"
)
# The notices a Chinese story closes with, each a line of its own and several in a row after the
# editors' lines (_EDITOR_LINE): the tip-off hotline ("澎湃新闻报料：021-962866", The Paper), the
# source ("来源：界面新闻") and the no-reprint notice ("未经正式授权严禁转载本文，侵权必究。", Jiemian;
# "转载请注明出处"): probe pages, hand-built (tests/test_extract_unseen_shapes11.py). A story's
# sentence about reprints or a hotline is longer and says more.
_CJK_CLOSING = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:报料|爆料|報料|新闻热线|新聞熱線)(?:热线|熱線|电话|電話)?\s*[:：]\s*"
    r"[\d\s()（）+-]{7,20}$"
    r"|^[（(]?(?:来源|來源|稿源)\s*[:：]\s*[^\s，。,：:]{2,20}[）)]?$"
)
_CJK_REPRINT = re.compile(r"(?:转载|轉載)")
_CJK_REPRINT_TERMS = re.compile(r"未经|未經|严禁|嚴禁|禁止|不得|请注明|請註明|侵权必究|侵權必究")
MAX_CLOSING_CHARS = 60
#: ... a no-reprint notice is a clause or two ("未经正式授权严禁转载本文，侵权必究。"): longer, a sentence
MAX_REPRINT_CHARS = 40


def is_closing_notice(text: str) -> bool:
    """A closing line of a Chinese story: an editor's line, the tip-off hotline, the source or the
    no-reprint notice (_CJK_CLOSING)."""
    if len(text) > MAX_CLOSING_CHARS:
        return False
    if _EDITOR_LINE.match(text) or _CJK_CLOSING.match(text):
        return True
    return (
        len(text) <= MAX_REPRINT_CHARS
        and _CJK_REPRINT.search(text) is not None
        and _CJK_REPRINT_TERMS.search(text) is not None
    )


# A press-release wire's "News provided by <company>" line (PR Newswire's shape; probe pages, hand-built)
_PROVIDED_BY = re.compile(r"^news provided by\s", re.I)
MAX_PROVIDED_BY_WORDS = 10
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
_ENDS_ON_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# A US paper's closing "Contact <writer> at <e-mail> or (804) 649-6964." (the Lee and BLOX/TownNews papers'
# sign-off, a probe page, hand-built): the call to reach the writer, with an address or a phone number
_CONTACT = re.compile(r"^(?:contact|reach|e-?mail|write to)\s", re.I)
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b")
MAX_CONTACT_WORDS = 16


# the words of a CJK byline line besides its names: the reporter's role, "this paper's", the names'
# separators
_CJK_BYLINE_WORDS = re.compile(
    r"本报|本報|(?:선임|객원|수습)?기자|특파원|記者|记者|特派員|特派员|編集委員|[·、，,・]"
)
_JA_DESK = re.compile(r"[\u4e00-\u9fff]{1,6}部\s+")
# the brackets around a CJK byline line ("[山田太郎，ITmedia]") and an outlet's name in Latin letters in it
_ENCLOSING = re.compile(r"^[\[【［(（]|[\]】］)）]$")
_OUTLET = re.compile(r"[A-Za-z][\w.&-]*")


# an article or possessive before a newsroom's name after the label ("Von der Redaktion")
_ARTICLE = re.compile(r"^(?:der|die|unsere[rnm]?|the|our|la|el|de\s+la)\s+", re.I)


# a byline's label inside a line, after the date that opens it ("... 10:30 Por Pedro Peduzzi")
_LABEL_AFTER_DATE = re.compile(r"(?<=\d)\s+(?=(?:by|von|par|por)\s)", re.I)


def is_byline_line(text: str, authors: list[str]) -> bool:
    """A short line that a byline label opens and that names one of the page's authors, with the date
    beside them at most ("di Marco Bianchi e Laura Conti Pubblicato il 7 marzo 2025 alle 07:15 - ...")."""
    words = _words(text)
    if _EDITOR_LINE.match(text):
        return True
    if text.strip() in authors:
        return True  # one author alone, whatever its length: a byline <p> with "dpa" (probe, hand-built)
    if UNNAMED_STAFF_LINE.fullmatch(text.strip()):
        return True  # a desk's credit naming nobody, whoever the record names for it (author_names)
    if words <= MAX_CONTACT_WORDS and _CONTACT.match(text) and (_EMAIL.search(text) or _PHONE.search(text)):
        return any(len(name) > 3 and name in text for name in authors)
    if words <= 6 and _EMAIL.search(text):
        # a sign-off with the writer's address: "김민수 기자 minsu@example.kr", "Jane Doe, jane@example.com"
        return any(len(name) > 1 and name in text for name in authors)
    # the byline block without a label: the name, then the desk or place ("Wanjiru Kamau Eastlands News,
    # Nairobi"; a byline component's parts run together)
    if (
        words <= MAX_NAME_LINE_WORDS
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and any(len(name) > 3 and text.startswith(name) for name in authors)
    ):
        return True
    # a Korean, Japanese or Chinese byline: the names and the reporter's role, nothing else ("김민수 기자",
    # "山田太郎 記者", "本报记者 张华 李明"; probe pages, hand-built: names that short pass no test above)
    if words <= MAX_NAME_LINE_WORDS and _UNSPACED.search(text):
        rest = _CJK_BYLINE_WORDS.sub(" ", _ENCLOSING.sub("", text)).split()
        if rest and rest != text.split() and all(r in authors for r in rest):
            return True
        # ... the names, then the outlet in Latin letters, in brackets: ITmedia's "[山田太郎，ITmedia]" (a
        # probe page, hand-built)
        if len(rest) > 1 and rest[0] in authors and all(r in authors or _OUTLET.fullmatch(r) for r in rest):
            return True
    # a Chinese byline line of roles and names: "澎湃新闻记者 张三 实习生 李四" (author_names.cjk_role_byline)
    if words <= MAX_NAME_LINE_WORDS and _UNSPACED.search(text):
        reporters = cjk_role_byline(text)
        if reporters and all(name in authors for name in reporters):
            return True
    # the desk, then the name: a Japanese byline ("政治部 山田太郎", hand-built)
    desk = _JA_DESK.match(text)
    if desk and text[desk.end() :] in authors:
        return True
    if words <= MAX_PROVIDED_BY_WORDS and _PROVIDED_BY.match(text):
        return True  # (a wire's release: the company that provided it, whether or not it is an author)
    # the date line, then the byline in the same line: "Publicado em 04/12/2026 - 10:30 Por Pedro Peduzzi -
    # Repórter da Agência Brasil - Brasília" (Agência Brasil; probe pages, hand-built,
    # tests/test_extract_bylines15.py): each half read by its own rule
    by = _LABEL_AFTER_DATE.search(text) if words <= MAX_BYLINE_WORDS else None
    if by and is_date_line(text[: by.start()]) and is_byline_line(text[by.start() :].strip(), authors):
        return True
    if words > MAX_BYLINE_WORDS or not _BYLINE_LABEL.match(text):
        return False
    if words > MAX_WORDS and date_in_text(text) is None:
        return False
    if _ARTICLE.sub("", _BYLINE_LABEL.sub("", text, count=1).strip()) in authors:
        # the label and one author whatever its length: "By AFP", "Von der Redaktion" (probe pages,
        # hand-built)
        return True
    # (in any case: a byline set in capitals names the authors the record writes as names, "BY JANE DOE"
    # for "Jane Doe"; probe pages, hand-built)
    folded = text.casefold()
    return any(len(name) > 3 and name.casefold() in folded for name in authors)


# A reporter's role word a Korean, Japanese or Chinese sign-off puts after the name ("이지훈 기자 jhlee@...")
_SIGN_OFF_ROLE = re.compile(r"(?:기자|특파원|記者|特派員|记者)\b")


# The editors' initials in brackets closing an Indonesian story, writer's and editor's ("(rdp/imk)",
# Detik, CNN Indonesia; a probe page, hand-built): lower case, two or more joined by slashes
_EDITORS_INITIALS = re.compile(r"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){1,3}\s*\)$")


def _is_sign_off(text: str) -> bool:
    """The story's closing sign-off, the writer's name, role and address ("이지훈 기자 jhlee@hanbit.kr"),
    when no author is known to match it by (is_byline_line): a few words with an address and a reporter's
    role, not a sentence; or the editors' initials ("(rdp/imk)")."""
    if _words(text) == 1 and _EMAIL.search(text) is not None and text.count("@") == 1:
        return True  # the address alone: Yonhap's "chulsoo@yna.co.kr" under the text (probe, hand-built)
    if _EDITORS_INITIALS.match(text):
        return True
    return (
        _words(text) <= 5
        and _EMAIL.search(text) is not None
        # (the role, or a CJK line that ends on the address: Newsis's "◎공감언론 뉴시스 kjw@newsis.com",
        # the agency's motto and name before the writer's address; a probe page, hand-built)
        and (
            _SIGN_OFF_ROLE.search(text) is not None
            or (_UNSPACED.search(text) and _ENDS_ON_EMAIL.search(text))
        )
        and not text.rstrip().endswith((".", "!", "?"))
    )


#: the shortest field text (standfirst, headline) a run-together header line is recognised by
MIN_RUN_TOGETHER = 20


def is_run_together_header(text: str, own: Iterable[str], authors: list[str]) -> bool:
    """A story's header the body extractor kept as one paragraph: the standfirst (or headline), a field
    of its own, run together with the date or byline line set after it in inline elements ("... de la
    ville.publié le 4 mars 2025 à 18h12mis à jour le 4 mars 2025 à 20h15": Libération-like <span>s in one
    header <div>, hand-built)."""
    folded = text.lower()
    for field in own:
        if len(field) >= MIN_RUN_TOGETHER and folded.startswith(field) and len(folded) > len(field):
            rest = text[len(field) :].strip()
            return bool(rest) and (is_date_line(rest) or is_byline_line(rest, authors))
    return False


# A place alone on its line, a town and its US state or Canadian province as the post office or AP writes
# it: "Quincy, MA", "Springfield, Ill." (an obituary's place under the name, a local story's place line;
# probe page in the shape of Legacy's obituaries, hand-built)
_PLACE_LINE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)$")


def _is_byline_second_line(text: str) -> bool:
    """The line a byline block sets under the author's name alone: the place, the desk or the
    columnist's one-line bio ("São Paulo", "Periodista, exdirector de El País": Folha's signature block, a
    Latin American columnist box; probe pages, hand-built). A few words, no sentence (the story's first
    line after a name would end with its full stop)."""
    return _words(text) <= MAX_NAME_LINE_WORDS and not text.rstrip().endswith((".", "!", "?", ":"))


def _never(_text: str) -> bool:
    return False


def drop_meta_lines(
    paragraphs: list[str],
    authors: list[str],
    is_subheading: Callable[[str], bool] = _never,
    under_byline: Callable[[str], bool] = _never,
) -> list[str]:
    """`paragraphs` without the date and byline lines at their start and end (one paragraph is left
    alone: a body of one line is a failed extraction either way, and the validate stage judges it).
    `is_subheading(text)`: the page sets `text` as a subheading of the story (its own heading element or
    a paragraph all in bold): the story's first section under a name-only byline line, not the byline's
    place or bio line (_is_byline_second_line; "Anna Schmidt" over "<h2>Die Ausgangslage</h2>", an
    Ostsee-Zeitung-like explainer; a probe page, hand-built). `under_byline(text)`: the page sets `text`
    right after the element of its byline (which the body left out already): a role line there is the
    byline's ("<p>By Jane Doe</p><p>Staff Writer</p>")."""
    if len(paragraphs) < 2:
        return paragraphs

    def meta(text: str) -> bool:
        # (a reading time, counters or a gift offer of the theme's widgets: widget_lines)
        return (
            is_date_line(text)
            or is_byline_line(text, authors)
            or is_widget_line(text)
            or is_label_line(text)
            or _PLACE_LINE.match(text) is not None
        )

    out = list(paragraphs)
    drop: set[int] = set()
    # (only the lines before the first paragraph of the story's text)
    for i in range(min(LEADING, len(out) - 1)):
        second = (
            i > 0
            and out[i - 1].strip() in authors
            and _is_byline_second_line(out[i])
            and not is_subheading(out[i])
        )
        role = _BYLINE_ROLE_LINE.match(out[i].strip()) is not None and (
            (i > 0 and i - 1 in drop and is_byline_line(out[i - 1], authors)) or under_byline(out[i])
        )
        if meta(out[i]) or second or role:
            drop.add(i)
        elif _words(out[i]) > MAX_WORDS:
            break
    # (the last TRAILING lines; and a run of a Chinese story's closing notices, however long:
    # "责任编辑：王五", "校对：赵六", "澎湃新闻报料：021-962866")
    for back, i in enumerate(range(len(out) - 1, 0, -1)):
        if i in drop:
            break
        if not is_closing_notice(out[i]) and (back >= TRAILING or not (meta(out[i]) or _is_sign_off(out[i]))):
            break
        drop.add(i)
    if len(drop) >= len(out):
        return paragraphs
    return [p for i, p in enumerate(out) if i not in drop]
