"""Dates: parsing (ISO 8601, free text in the corpora's languages, URLs), plausibility, UTC helpers.

A leaf module: it imports nothing from newsarchive, so extraction, spiders, state, archive and
monitoring all read dates the same way. The record's contract (docs/record.md): ISO 8601 with the
page's own offset when it gives one, UTC assumed when it does not; never before MIN_YEAR, never later
than now + FUTURE_SLACK (a page's clock may run a little ahead of ours, not a year).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

from dateutil import parser as dateutil_parser

MIN_YEAR = 1990  #: no news page in an archive is older; earlier years are template placeholders
FUTURE_SLACK = timedelta(days=1)  #: time zones and clock skew, not scheduled posts a year ahead

# Abbreviations dateutil does not know; news sites print them in visible timestamps.
TZ_ABBREVIATIONS = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "JST": 9 * 3600,
    "KST": 9 * 3600,
    "HKT": 8 * 3600,
    "SGT": 8 * 3600,
    "IST": 19800,
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
    "MEZ": 3600,
    "MESZ": 7200,
    # zones papers outside Europe and North America print after a time: Indonesia's WIB/WITA/WIT
    # (Kompas, Detik), Pakistan's PKT, Indochina's ICT, South Africa's SAST, East and West Africa's EAT and
    # WAT, Moscow's MSK, Eastern Europe's EET/EEST, Australia's AEST/AEDT; one offset each, none shared
    # with another zone's abbreviation (probe pages, hand-built)
    "WIB": 7 * 3600,
    "WITA": 8 * 3600,
    "WIT": 9 * 3600,
    "PKT": 5 * 3600,
    "ICT": 7 * 3600,
    "SAST": 2 * 3600,
    "EAT": 3 * 3600,
    "WAT": 3600,
    "MSK": 3 * 3600,
    "EET": 2 * 3600,
    "EEST": 3 * 3600,
    "AEST": 10 * 3600,
    "AEDT": 11 * 3600,
    # Malaysia's MYT (The Star), the Philippines' PHT, Nepal's NPT (a quarter-hour offset), Western
    # Australia's AWST and New Zealand's NZST/NZDT (Stuff, RNZ): the eighth round of probe pages, hand-built
    "MYT": 8 * 3600,
    "PHT": 8 * 3600,
    "NPT": 5 * 3600 + 45 * 60,
    "AWST": 8 * 3600,
    "NZST": 12 * 3600,
    "NZDT": 13 * 3600,
}
# US zones written without saying standard or daylight time ("Nov. 21, 2019, 2:35 p.m. ET", AP style):
# the standard offset, an hour more in US summer time (_us_summer_time)
US_ZONES = {"ET": -5 * 3600, "CT": -6 * 3600, "MT": -7 * 3600, "PT": -8 * 3600}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_NUMERIC_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}\b")


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_now_iso() -> str:
    """Now, UTC, to the second ("2024-05-18T06:15:02+00:00"): the archive's fetched_at form."""
    return utc_now().isoformat(timespec="seconds")


def is_plausible(value: datetime | date, *, now: datetime | None = None) -> bool:
    """Not before MIN_YEAR, not after now + FUTURE_SLACK."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    else:
        moment = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return moment.year >= MIN_YEAR and moment <= (now or utc_now()) + FUTURE_SLACK


def parse_iso(value: object) -> datetime | None:
    """ISO 8601 (also a bare date, "Z" for UTC) as an aware datetime; naive values are taken as UTC."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def utc_date(value: object) -> date | None:
    """The UTC calendar day of an ISO 8601 timestamp (naive = UTC), or None."""
    parsed = parse_iso(value)
    return parsed.astimezone(UTC).date() if parsed else None


def local_date(value: object) -> date | None:
    """The calendar day as published (the timestamp's own offset), from a date, datetime or ISO string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        parsed = parse_iso(value)
        if parsed:
            return parsed.date()
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def to_iso(value: datetime) -> str:
    """ISO 8601 to the second with an offset (UTC when the value has none)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.replace(microsecond=0).isoformat()


def normalise_date(value: object, *, now: datetime | None = None, month_first: bool = False) -> str | None:
    """ISO 8601 with offset ("2017-11-29T20:15:00+09:00"), or None when it isn't a plausible date.

    Accepts ISO 8601, epoch seconds/milliseconds, RFC 822 and other forms dateutil reads without
    guessing. A text missing its year or day is not a date (dateutil would fill them in from today's
    date: the crawl date passed off as a publication date). No offset in the source: UTC assumed.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _from_epoch(float(value), now)
    text = str(value).strip()
    if not text or len(text) > 80:
        return None
    if _EPOCH.match(text):
        return _from_epoch(float(text) / (1000 if len(text) == 13 else 1), now)
    dt: datetime | None = None
    if _ISO.match(text):
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            dt = None
    if dt is None and _NUMERIC_DATE.match(text):
        # 06.05.2023: day first, as everywhere but the US (dateutil reads it month first)
        return date_in_text(text, month_first=month_first, now=now)
    if dt is None:
        dt = _dateutil(text)
    if dt is None or not is_plausible(dt, now=now):
        return None
    return to_iso(dt)


# Two different defaults: a part the text lacks differs between the two parses.
_DEFAULTS = (datetime(1, 1, 1), datetime(2, 2, 2))


def _dateutil(text: str) -> datetime | None:
    try:
        first, second = (
            dateutil_parser.parse(text, default=d, tzinfos=TZ_ABBREVIATIONS, fuzzy=False) for d in _DEFAULTS
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None  # year, month or day came from the default, not the text
    return first


def _from_epoch(seconds: float, now: datetime | None) -> str | None:
    try:
        dt = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return to_iso(dt) if is_plausible(dt, now=now) else None


# --- dates written in running text ------------------------------------------------------------------
# Month names (and common abbreviations) of the languages in the corpora, lower-case. Genitive forms
# (Polish "marca", Czech "března", Russian "марта") are the ones used in dates. Swedish, Turkish, Russian
# and Arabic (Egyptian and Gulf names) are the press of probe pages (tests/test_extract_unseen_shapes3.py).
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari styczeń stycznia "
        "ledna januar ocak января январь يناير",
        "february feb februar feber février févr fevrier febrero febbraio fevereiro fev februari luty lutego "
        "února şubat февраля февраль فبراير",
        "march mar märz maerz mars marzo março marco maart marzec marca března mart марта март مارس",
        "april apr avril abril aprile kwiecień kwietnia dubna nisan апреля апрель أبريل إبريل",
        "may mai mayo maggio maio mei maj maja května mayıs мая май مايو",
        "june jun juni juin junio giugno junho czerwiec czerwca června haziran июня июнь يونيو",
        "july jul juli juillet julio luglio julho lipiec lipca července temmuz июля июль يوليو",
        "august aug août aout agosto augustus sierpień sierpnia srpna augusti ağustos августа август أغسطس",
        "september sep sept septembre septiembre setiembre settembre setembro wrzesień września září eylül "
        "сентября сентябрь سبتمبر",
        "october oct okt oktober octobre octubre ottobre outubro out październik października října ekim "
        "октября октябрь أكتوبر",
        "november nov novembre noviembre novembro listopad listopada listopadu kasım ноября ноябрь نوفمبر",
        "december dec dez dezember décembre decembre diciembre dic dicembre dezembro grudzień grudnia "
        "prosince aralık декабря декабрь ديسمبر",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# French, Spanish, Portuguese and Italian abbreviations the table above lacked: "4 déc. 2026 à 10h30" (Le
# Télégramme's date line; a probe page, hand-built, tests/test_extract_unseen_shapes14.py, read no date),
# "avr.", "juil.", "abr.", "ago.", "mag.", "giu.", "lug.", "ott."
for _number, _names in (
    (4, "avr abr"),
    (5, "mag"),
    (6, "giu"),
    (7, "juil lug"),
    (8, "ago"),
    (10, "ott"),
    (12, "déc"),
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# Ukrainian (genitive and nominative), Greek (genitive), Romanian, Hungarian (with its abbreviations),
# Indonesian (with Detik's and Kompas's short "Des", "Agu"), Hebrew (also with the prefix "in" a date writes:
# "4 בדצמבר 2026"), Persian (the Gregorian months), Hindi and Bengali: the sixth round of probe pages
# (tests/test_extract_unseen_shapes6.py: Ukrainska Pravda, Kathimerini, HotNews, Telex, Detik, Prothom Alo;
# hand-built) had their date lines read without their month, or not at all.
for _number, _names in enumerate(
    (
        "січня січень ιανουαρίου ianuarie január ינואר בינואר ژانویه जनवरी জানুয়ারি",
        "лютого лютий φεβρουαρίου februarie február febr פברואר בפברואר فوریه फ़रवरी फरवरी ফেব্রুয়ারি",
        "березня березень μαρτίου martie március márc maret מרץ במרץ मार्च মার্চ",
        "квітня квітень απριλίου aprilie április ápr אפריל באפריל آوریل अप्रैल এপ্রিল",
        "травня травень μαΐου május máj מאי במאי मई মে",
        "червня червень ιουνίου iunie június jún יוני ביוני ژوئن जून জুন",
        "липня липень ιουλίου iulie július júl יולי ביולי ژوئیه जुलाई জুলাই",
        "серпня серпень αυγούστου augusztus agustus agu ags אוגוסט באוגוסט अगस्त আগস্ট",
        "вересня вересень σεπτεμβρίου septembrie szeptember szept ספטמבר בספטמבר سپتامبر सितंबर सितम्बर "
        "সেপ্টেম্বর",
        "жовтня жовтень οκτωβρίου octombrie október אוקטובר באוקטובר اکتبر अक्टूबर অক্টোবর",
        "листопада листопад νοεμβρίου noiembrie נובמבר בנובמבר نوامبر नवंबर नवम्बर নভেম্বর",
        "грудня грудень δεκεμβρίου decembrie desember des דצמבר בדצמבר دسامبر दिसंबर दिसम्बर ডিসেম্বর",
    ),
    start=1,
):
    for _name in _names.split():
        # (both forms of a letter with a nukta: "फ़" and "য়" are one code point or two, as the page wrote them)
        for _form in {_name, unicodedata.normalize("NFC", _name), unicodedata.normalize("NFD", _name)}:
            MONTHS.setdefault(_form.replace("_", " "), _number)
# Arabic spellings without the hamza and Egypt's "يونيه"/"يوليه" (Al-Ahram), the Syriac month names of
# Lebanon, Syria, Jordan and Iraq ("٥ كانون الأول ٢٠٢٥", An-Nahar; two words for four of them), other
# spellings of Hindi and Bengali names: probe pages, hand-built (tests/test_extract_date_shapes11.py)
for _number, _names in enumerate(
    (
        "كانون_الثاني كانون_الثانى জানুয়ারী",
        "شباط ফেব্রুয়ারী",
        "آذار",
        "ابريل نيسان अप्रेल",
        "أيار ايار",
        "يونيه حزيران",
        "يوليه تموز",
        "اغسطس آب অগাস্ট",
        "أيلول ايلول",
        "اكتوبر تشرين_الأول تشرين_الاول अक्तूबर",
        "تشرين_الثاني تشرين_الثانى",
        "كانون_الأول كانون_الاول",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name.replace("_", " "), _number)
# Kazakh (Kazinform's "04 Желтоқсан 2026 10:30"), Malay ("Disember 4, 2026"; its other months are the
# Indonesian or English names) and Tagalog/Filipino: probe pages, hand-built (tests/
# test_extract_unseen_shapes11.py)
for _number, _names in enumerate(
    (
        "қаңтар қаңтардағы enero",
        "ақпан pebrero",
        "наурыз mac marso",
        "сәуір abril",
        "мамыр mayo",
        "маусым hunyo",
        "шілде julai hulyo",
        "тамыз ogos agosto",
        "қыркүйек setyembre",
        "қазан oktubre",
        "қараша nobyembre",
        "желтоқсан disember disyembre",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# Croatian (genitive and nominative; its October "listopad" is Polish and Czech November, left to them),
# Serbian and Slovenian in Latin and Cyrillic letters, Bulgarian (with the three-letter abbreviations of
# Dnevnik's "04 дек 2026"), Latvian, Lithuanian (genitive: "gruodžio 4 d."), Estonian, Finnish (partitive:
# "4. joulukuuta 2026"), Icelandic and Georgian: the tenth round of probe pages (tests/test_extract_unseen_
# shapes10.py: Jutarnji list, Politika, Dnevnik, LSM, Postimees, Netgazeti; hand-built) read no date there.
for _number, _names in enumerate(
    (
        "siječnja siječanj januara јануара јануар januarja januar януари яну janvāris janvārī janvāra sausio "
        "jaanuar tammikuuta tammikuu janúar იანვარი",
        "veljače veljača februara фебруара фебруар februarja февруари фев februāris februārī februāra "
        "vasario veebruar helmikuuta helmikuu febrúar თებერვალი",
        "ožujka ožujak marta марта мар marca март marts martā marta kovo märts maaliskuuta maaliskuu "
        "mars მარტი",
        "travnja travanj aprila априла април апр aprīlis aprīlī aprīļa balandžio aprill huhtikuuta huhtikuu "
        "apríl აპრილი",
        "svibnja svibanj maja маја мај май maijs maijā maija gegužės toukokuuta toukokuu maí მაისი",
        "lipnja lipanj juna јуна јун junija юни jūnijs jūnijā jūnija birželio juuni kesäkuuta kesäkuu "
        "júní ივნისი",
        "srpnja srpanj jula јула јул julija юли jūlijs jūlijā jūlija liepos juuli heinäkuuta heinäkuu "
        "júlí ივლისი",
        "kolovoza kolovoz avgusta августа август avgust авг augusts augustā augusta rugpjūčio elokuuta "
        "elokuu ágúst აგვისტო",
        "rujna rujan septembra септембра септембар septembar септември сеп септ septembris septembrī "
        "rugsėjo syyskuuta syyskuu სექტემბერი",
        "oktobra октобра октобар oktobar октомври окт oktobris oktobrī spalio oktoober lokakuuta lokakuu "
        "október ოქტომბერი",
        "studenoga studenog studeni novembra новембра новембар novembar ноември ное novembris novembrī "
        "lapkričio marraskuuta marraskuu nóvember ნოემბერი",
        "prosinca prosinac decembra децембра децембар decembar декември дек decembris decembrī gruodžio "
        "detsember joulukuuta joulukuu desember დეკემბერი",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# Tamil (with Dinamalar's short forms, "டிச 04,2026 10:30"), Urdu (Jang's "04 دسمبر ، 2026"), Marathi and
# Malayalam: the thirteenth round of probe pages (tests/test_extract_unseen_shapes13.py: Dinamalar, Jang;
# hand-built) read no date there. A name is only read inside a date's pattern, beside a day and a year.
for _number, _names in enumerate(
    (
        "ஜனவரி ஜன جنوری जानेवारी ജനുവരി",
        "பிப்ரவரி பிப் فروری फेब्रुवारी ഫെബ്രുവരി",
        "மார்ச் மார் مارچ മാർച്ച്",
        "ஏப்ரல் ஏப் اپریل एप्रिल ഏപ്രിൽ",
        "மே مئی मे മേയ് മെയ്",
        "ஜூன் جون ജൂൺ",
        "ஜூலை جولائی जुलै ജൂലൈ",
        "ஆகஸ்ட் ஆக اگست ऑगस्ट ഓഗസ്റ്റ് ആഗസ്റ്റ്",
        "செப்டம்பர் செப் ستمبر सप्टेंबर സെപ്റ്റംബർ",
        "அக்டோபர் அக் اکتوبر ऑक्टोबर ഒക്ടോബർ",
        "நவம்பர் நவ نومبر नोव्हेंबर നവംബർ",
        "டிசம்பர் டிச دسمبر डिसेंबर ഡിസംബർ",
    ),
    start=1,
):
    for _name in _names.split():
        for _form in {_name, unicodedata.normalize("NFC", _name)}:
            MONTHS.setdefault(_form, _number)
# The Maghreb's month names in Arabic: Morocco's, from the French ("ماي", "يوليوز", "غشت", "شتنبر", "نونبر",
# "دجنبر": Hespress's "الخميس 04 دجنبر 2026 - 10:30", Hibapress, Le360's Arabic site), Algeria's and
# Tunisia's ("جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت": El Khabar, Echorouk). The fifteenth round of
# probe pages (hand-built, tests/test_extract_unseen_shapes15.py) read no date there; assabah.com.tn (tune
# half) dates its story "الجمعة 8 فيفري 2019" and was given the crawl day of its header's date widget.
# Read only inside a date's pattern, beside a day and a year.
for _number, _names in enumerate(
    (
        "جانفي جانفى",
        "فيفري فيفرى",
        "",
        "أفريل افريل",
        "ماي",
        "جوان",
        "يوليوز جويلية جويلة",
        "غشت أوت اوت",
        "شتنبر",
        "",
        "نونبر",
        "دجنبر",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
del _number, _names, _name

_MONTH = "(?P<month>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)"
# (the word before the time: German, English, Portuguese, French, Spanish, Italian "alle"/"ore", Dutch
# "om", Polish "o", Swedish/Danish "kl.", Finnish "klo" ("5.3.2024 klo 10.15"), Turkish "saat", Russian
# "г., в" ("5 марта 2024 г., 10:15"), an "@" (Berita Harian's "Disember 4, 2026 @ 10:30am"): the last six
# in probe pages' date lines, hand-built, which kept
# their day and lost the time; a slash between date and time, "Nov 28, 2026 / 10:30 AM EST", is the
# Posted/Updated line of Nexstar's hundred-odd station sites: a probe page, hand-built,
# tests/test_extract_unseen_shapes7.py, kept the day and lost the time)
# (after the minutes: Arabic "م"/"ص" for p.m./a.m. (Al Arabiya's "12:15 م"), and an offset from GMT or UTC
# written as such, "(GMT+7)" (VnExpress), "UTC+03:00"; a space after the colon, "১০: ৩০" (Prothom Alo): the
# sixth round of probe pages, hand-built)
# (Quebec's spaced "10 h 30" (the Journal de Montréal, Radio-Canada) and Spanish's spaced "3:30 p. m." (the
# RAE's spelling: Perú21, El Comercio's Arc sites): the twelfth round of probe pages, hand-built, read the
# first without its time and the second as 03:30)
# (Croatian and Serbian "u"/"у" (at) and the year's own full stop before a colon time, "04. prosinca 2026.
# 10:30", "04.12.2026. у 10:30": probe pages of Jutarnji list and Politika, hand-built, lost the time)
# (Russian "года" and Ukrainian "року" (of the year) written out, "4 декабря 2026 года, 10:30" (Novaya Gazeta
# Europe), and the time in brackets, "4 grudnia 2026 (10:30)" (Interia): the fourteenth round of probe
# pages, hand-built, tests/test_extract_unseen_shapes14.py, kept the day and lost the time; so did Ukrainian
# "р." (рік, year), "4 грудня 2026 р., 10:30" (Dzerkalo Tyzhnia), and Romanian "ora" (hour), "4 decembrie
# 2026, ora 10:30" (Libertatea); the time in square brackets, "04.12.2026 [10:30]" (AZERTAC's date line, as
# Interia's round ones: the fifteenth round of probe pages, hand-built, tests/test_extract_unseen_shapes15.py,
# kept the day and lost the time))
_TIME = (
    r"(?:(?:\s*,|\.(?=\s*(?:u|у)?\s*[0-2]?\d:[0-5]\d))?"
    r"\s*(?:um|at|às|à|a las|alle|ore|ora|om|o|u|у|kl\.?|klo\.?|saat|г\.?,?\s*(?:в)?|р\.,?\s*(?:о)?"
    r"|(?:года|року),?\s*(?:в|о)?"
    r"|в|-|–|\||/|@|\(|\[)?\s*"
    r"(?P<hour>[0-2]?\d)(?:[.h]|: ?| h )(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap](?:\.\s?)?m\.?|(?:مساءً|مساء|صباحاً|صباحا|م|ص)(?![^\W\d_]))?"
    r"(?:\s*(?:uhr|h))?"
    r"(?:\s*\(?(?:GMT|UTC)\s?(?P<gmt>[+-]\s?[01]?\d(?::?[0-5]\d)?)\)?|\s*(?P<tz>[A-Z]{2,4}\b))?)?"
)
# a time after a CJK date: its weekday in brackets ("(月)"), 午後/오후 for p.m., "3時30分", "3:30", "3시 30분"
_CJK_TIME = (
    r"(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）))?"
    r"(?:\s*(?P<ampm>午前|午後|오전|오후)?\s*(?P<hour>[0-2]?\d)\s*[:時시]\s*(?P<minute>[0-5]\d))?"
)
# the first year of each era of the Japanese calendar still printed on news pages (元年: its first year)
_ERAS = {"令和": 2019, "平成": 1989}
# Each pattern is tried on the whole text; the earliest match wins (the date next to a byline comes
# before dates further down). Specific forms first where two could match the same text.
_TEXT_DATES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 2020年4月26日 (Japanese, Chinese), 2020년 4월 26일 (Korean), 午後3時30分 / 오후 3:30 (p.m.)
        r"(?<!\d)" + _YEAR + r"\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*" + _DAY + r"\s*[日일]" + _CJK_TIME,
        # 2026 оны 12 сарын 04, 10:30 (Mongolian: the year's "оны", the month's number and "сарын", the
        # day; ikon.mn, a probe page, hand-built)
        r"(?<!\d)"
        + _YEAR
        + r"\s*оны\s+(?P<m>[01]?\d)(?:-р)?\s*сарын\s+"
        + _DAY
        + r"(?:-н[ыд]|-нд)?(?!\d)"
        + _TIME,
        # 令和元年11月18日, 平成31年4月30日: the Japanese era calendar (government and local sites)
        r"(?P<era>令和|平成)\s*(?P<eyear>元|\d{1,2})\s*年\s*(?P<m>[01]?\d)\s*月\s*"
        + _DAY
        + r"\s*日"
        + _CJK_TIME,
        # 2019. 11. 18. (Korean: a dot and a space after each part)
        r"(?<![\d.])" + _YEAR + r"\.\s(?P<m>[01]?\d)\.\s" + _DAY + r"\.?(?![\d])" + _CJK_TIME,
        # 2020-04-26, 2020/04/26, 2020.04.26 (+ time, + the offset an ISO 8601 time carries:
        # "Published: 2019-03-05T10:00:00-05:00" is 15:00 UTC, not 10:00)
        # (the day's own full stop before the time: Hungarian "2026.12.04. 10:30", Index; hand-built)
        r"(?<![\d/.-])" + _YEAR + r"(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)" + _DAY + r"(?![\d/.-]\d)"
        r"(?:\.?[T\s]+(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\.\d{1,6})?"
        r"(?P<offset>Z|[+-][01]\d:?[0-5]\d\b)?)?",
        # 2024 03/05 08:30:15: a year and a month/day printed in separate <span>s (Xinhua's header,
        # "<span class=year><em>2024</em></span><span class=day><em>03</em>/<em>05</em></span>"; hand-built),
        # read only with the time beside it, which no other form's text shows
        r"(?<![\d/.-])"
        + _YEAR
        + r"\s+(?P<m>[01]?\d)(?P<sep>[/-])"
        + _DAY
        + r"\s+(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?![\d:])",
        # 2026. december 4. (Hungarian: the year first, each part with its full stop; Telex, hand-built)
        r"(?<![\d.])" + _YEAR + r"\.\s+" + _MONTH + r"\s+" + _DAY + r"\.(?!\d)" + _TIME,
        # 10:30, 4 декабря 2026 / 10:30 04.12.2026: the time before the day (Meduza, RIA; hand-built);
        # with its a.m./p.m. and "on": "10:30 am on 28 November 2026" (RNZ; hand-built)
        r"(?<![\d:.])(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?m\b\.?))?(?:,|\s+on)?\s+"
        + _DAY
        + r"\.?\s+"
        + _MONTH
        + r"\s+"
        + _YEAR
        + r"(?!\d)",
        # 10.30 Uhr, 04. Dezember 2026: a German time with its "Uhr" (the dot then is the clock's) before the
        # day (Kleine Zeitung's byline row; a probe page, hand-built, tests/test_extract_unseen_shapes14.py:
        # the day was read without its time)
        r"(?<![\d:.])(?P<hour>[0-2]?\d)[.:](?P<minute>[0-5]\d)\s*uhr,?\s+"
        + _DAY
        + r"\.?\s+"
        + _MONTH
        + r"\s+"
        + _YEAR
        + r"(?!\d)",
        # 10:30, 04.12.2026: the time before a day in figures, day first (Ukrinform's info line; a probe page,
        # hand-built, tests/test_extract_unseen_shapes10.py: the day was read without its time); a slash or a
        # bar between them, "10:30 / 04.12.2026" (Kun.uz's date line, Gazeta.uz's with a bar: the fifteenth
        # round of probe pages, hand-built, tests/test_extract_unseen_shapes15.py, lost the time)
        r"(?<![\d:.])(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?:,|\s+[/|])?\s+"
        + _DAY
        + r"\.(?P<m>[01]?\d)\."
        + _YEAR
        + r"(?![\d.]\d)",
        # 2026 m. gruodžio 4 d. 10:30: Lithuanian, the year with "m." (metai), the month in the genitive, the
        # day with "d." (diena) (DELFI; a probe page, hand-built, tests/test_extract_unseen_shapes10.py)
        r"(?<![\d.])" + _YEAR + r"\s*m\.\s+" + _MONTH + r"\s+" + _DAY + r"\s*d\.(?!\w)" + _TIME,
        # 05:12 AM November 28, 2026: the time before a month-first day (the Inquirer's byline line;
        # hand-built), its a.m./p.m. required (a bare "10:30 November 28" is as often a list's)
        # (and its US zone between them: Gannett's "Published 5:02 a.m. ET Dec. 4, 2026", the dates line of
        # some two hundred USA TODAY Network papers; a probe page, hand-built: the day lost its time; or a
        # weekday there, "10:08 am Fri Jul 19, 2013", boingboing.net's byline: no zone, in lower case or
        # not in capitals)
        r"(?<![\d:.])(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.?m\b\.?)"
        r"(?:\s+(?P<tz>[A-Z]{2,4}))?(?:,|\s+on)?\s+"
        + _MONTH
        + r"\s+"
        + _DAY
        + r"(?:st|nd|rd|th)?,?\s+"
        + _YEAR
        + r"(?!\d)",
        # 26. April 2020, 26 avril 2020, 26 de abril de 2020, 26 kwietnia 2020, 26th April 2020, 4.mar.2025,
        # 26th of April 2020, 26-Apr-2020 (British English; the dashes of Indian and UK CMSs' date lines)
        r"(?<![\d.])"
        + _DAY
        + r"(?:\.|st|nd|rd|th|er|º)?(?:-(?=[^\W\d_])|\s*(?:(?:de|of)\s+)?)"
        + _MONTH
        # (or no space after the month's full stop: Folha's "4.mar.2025 às 13h47"; hand-built; a comma after
        # a space, Latin or Arabic: Jang's "04 دسمبر ، 2026", a probe page, hand-built)
        + r"(?:(?:\s+de|\s*[,،])?\s+|(?<=\.)|-(?=\d))"
        + _YEAR
        + _TIME,
        # 10:30 AM EST on December 4, 2026: a US 12-hour time before its day (Defector's byline; a probe
        # page, hand-built: the day was read without its time)
        r"(?<![\d:.])(?P<hour>[01]?\d):(?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)\s+(?:(?P<tz>[A-Z]{2,4})\s+)?"
        r"on\s+(?:[a-z]+day,?\s+)?" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"(?!\d)",
        # April 26, 2020 / Apr. 26 2020 / டிச 04,2026 (no space after the comma: Dinamalar's date lines, a
        # probe page, hand-built, tests/test_extract_unseen_shapes13.py; only before a year and no figure)
        r"\b"
        + _MONTH
        + r"\s+"
        + _DAY
        + r"(?:st|nd|rd|th)?(?:,?\s+|,(?=(?:19|20)\d\d(?!\d)))"
        + _YEAR
        + _TIME,
        # 4. 2. 2022 (German, Czech, Polish with a space after each dot): always day first
        r"(?<![\d.])" + _DAY + r"\.\s(?P<m>[01]?\d)\.\s?" + _YEAR + r"(?![\d.]\d)" + _TIME,
        # 26.04.2020 / 26/04/2020 / 04/26/2020 (day first unless the first number cannot be a day... or
        # the page is US English, or the second number cannot be a month: see _from_match)
        r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)"
        + _YEAR
        + r"(?![\d./-]\d)"
        + _TIME,
        # 04/03/25 à 18h12, 04.03.25 18:12: a two-digit year (20 Minutes, VG), read only with the time beside
        # it (alone, "4.3.25" is as often a version or a score; probe pages, hand-built), in the page's order
        # and with its a.m./p.m. ("Posted 03/04/25 6:12 PM" on a US page is March 4, 18:12; review probe)
        # (with dashes or middle dots too: DPG's "04-12-26, 10:30" (AD), Prensa Ibérica's "04·12·26 | 10:30"
        # (Levante-EMV): the fourteenth round of probe pages, hand-built, read the URL's day at midnight)
        r"(?<![\d./·-])(?P<a>[0-3]?\d)(?P<sep>[./·-])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>[0-9]\d)(?![\d./·-])"
        r"(?:\s*,)?\s*(?:um|at|à|a las|alle|kl\.?|-|–|\|)?\s*(?P<hour>[0-2]?\d)[:h](?P<minute>[0-5]\d)(?!\d)"
        r"(?:\s*(?P<ampm>[ap]\.?m\.?)(?!\w))?",
    )
)


def date_in_text(text: str, *, month_first: bool = False, now: datetime | None = None) -> str | None:
    """The first plausible calendar date written in `text`, as ISO 8601 (with the time when the text
    gives one; UTC unless it names a zone). `month_first`: read 04/05/2020 as April 5 (US pages)."""
    if not text or not any(c.isdigit() for c in text):
        return None
    ascii_only = text.isascii()
    patterns = _TEXT_DATES[2:]
    if not ascii_only:
        # (the first two forms hold CJK characters, the other calendars' their scripts: an ASCII text has
        # none; a Solar Hijri date in figures only where the page writes Persian figures)
        persian = _PERSIAN_DIGIT.search(text) is not None
        if _OTHER_DIGIT.search(text):
            text = _ascii_digits(text)
        patterns = _TEXT_DATES + (_CALENDAR_DATES if persian else _CALENDAR_DATES[:-1])
    best: tuple[int, str] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            value = _from_match(match, month_first, now)
            if value:
                best = (match.start(), value)
                break
    return best[1] if best else None


_PM = frozenset({"午後", "오후", "م", "مساء", "مساءً"})
_AM = frozenset({"午前", "오전", "ص", "صباحا", "صباحاً"})


_WIDE_DIGIT = re.compile("[０-９]")
# The zero of each block of decimal digits news pages print dates in besides ASCII and full-width ones:
# Arabic-Indic (Egypt, the Gulf), Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
# Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
    0x0F20, 0x1040, 0x17E0,
)  # fmt: skip
_TO_ASCII_DIGITS = {zero + i: ord("0") + i for zero in _DIGIT_ZEROS for i in range(10)}
_OTHER_DIGIT = re.compile("[０-９" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _DIGIT_ZEROS) + "]")
_PERSIAN_DIGIT = re.compile("[۰-۹]")


def _ascii_digits(text: str) -> str:
    """Full-width digits and colons as ASCII ("２０１９年１１月１８日", Japanese pages), by NFKC; the
    digits of other scripts ("٥ ديسمبر ٢٠٢٥", "۱۴ آذر ۱۴۰۴", "५ दिसंबर २०२५") as their ASCII digits."""
    if _WIDE_DIGIT.search(text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_TO_ASCII_DIGITS)


def _from_match(match: re.Match[str], month_first: bool, now: datetime | None) -> str | None:
    groups = match.groupdict()
    if groups.get("era"):
        year = _ERAS[groups["era"]] + (0 if groups["eyear"] == "元" else int(groups["eyear"]) - 1)
    elif groups.get("yy") and groups.get("sep") == "." and _HANGUL.search(match.string):
        # a Korean text writes a two-digit year first: "26.12.04 10:30" is 4 December 2026 (OhmyNews's
        # date line; a probe page, hand-built, tests/test_extract_unseen_shapes13.py)
        year = 2000 + int(groups["a"])
        groups["m"], groups["day"] = groups["b"], groups["yy"]
    elif groups.get("yy"):
        year = 2000 + int(groups["yy"])
    elif groups.get("roc"):
        if not groups.get("rocera") and _KANA.search(match.string):
            return None  # (a Japanese text: "創業114年12月5日" counts years of something else)
        year = _ROC_EPOCH + int(groups["roc"])
    elif groups.get("be"):
        year = _buddhist_era_year(groups["be"])
    elif groups.get("sh"):
        month_name = groups.get("shmonth")
        shown = solar_hijri_to_gregorian(
            int(groups["sh"]),
            _SOLAR_MONTHS[month_name] if month_name else int(groups["m"]),
            int(groups["day"]),
        )
        if shown is None:
            return None
        year, groups["m"], groups["day"] = shown.year, str(shown.month), str(shown.day)
    else:
        year = int(groups["year"])
    if groups.get("thmonth"):
        month = _THAI_MONTHS.get(groups["thmonth"].rstrip("."), 0)
        day = int(groups["day"])
    elif groups.get("month"):
        month = MONTHS.get(groups["month"].lower().rstrip("."), 0)
        day = int(groups["day"])
    elif groups.get("m"):
        month, day = int(groups["m"]), int(groups["day"])
    else:
        a, b = int(groups["a"]), int(groups["b"])
        # (12/31/2019 is month first whatever the page's language: 31 is no month; a date with dots is day
        # first even on a US English page: the US writes slashes, and lang="en-US" is the theme default
        # of many German WordPress blogs: helge.at, harddecor.at, see fields/language.py; but not beside a
        # 12-hour clock on a US page, which no day-first country prints: Reason's "12.4.2026 10:30 AM", a
        # probe page, hand-built)
        dotted = groups.get("sep") == "." and not (month_first and groups.get("ampm"))
        if b <= 12 and (a > 12 or not month_first or dotted):
            day, month = a, b
        else:
            month, day = a, b
    hour = minute = second = 0
    if groups.get("hour") is not None and groups.get("minute") is not None:
        hour, minute = int(groups["hour"]), int(groups["minute"])
        second = int(groups.get("second") or 0)
        ampm = (groups.get("ampm") or "").lower()
        if (ampm.startswith("p") or ampm in _PM) and hour < 12:
            hour += 12
        elif (ampm.startswith("a") or ampm in _AM) and hour == 12:
            hour = 0
    try:
        dt = datetime(year, month, day, hour % 24, minute, second)
    except ValueError:
        return None
    # (a zone is written in capitals: with the pattern's IGNORECASE, "à 10h30 est" and "10:30 et" are
    # French words, not EST or ET)
    zone = groups.get("tz") or ""
    zone = zone if zone.isupper() else ""
    offset = TZ_ABBREVIATIONS.get(zone)
    if zone in US_ZONES:
        offset = (US_ZONES[zone] + (3600 if _us_summer_time(dt) else 0)) if groups.get("hour") else None
    if groups.get("offset"):
        offset = _iso_offset(groups["offset"])
    if groups.get("gmt"):
        offset = _gmt_offset(groups["gmt"])
    dt = dt.replace(tzinfo=UTC if offset is None else timezone(timedelta(seconds=offset)))
    return to_iso(dt) if is_plausible(dt, now=now) else None


# --- other calendars -----------------------------------------------------------------------------------
# Years of other eras that news pages print, each read exactly or not at all (a year read as if it were
# Gregorian would be a wrong date: docs/record.md):
# - Thailand's Buddhist era (พ.ศ. 2568 is 2025), written in full or with its last two figures, after a Thai
#   month name, full or abbreviated ("5 ธ.ค. 2568 10:32 น.", Thairath; "5 ธันวาคม พ.ศ. 2568", Matichon; "5 ธ.ค.
#   68", Sanook); a Gregorian year after a Thai month is read as it is
# - Taiwan's Minguo (ROC) years (114年 is 2025: "發布日期：114年12月5日", the Executive Yuan;
#   "中華民國114年"): two or three figures before 年, a form no Japanese or mainland Chinese date takes
#   (their years have four figures or an era's name, and no Japanese era reached 79, the Minguo year of
#   1990); not in a text with kana, where a count of years may stand before a date ("創業114年12月5日")
# - Iran's Solar Hijri calendar (۱۴ آذر ۱۴۰۴ is 5 December 2025: Hamshahri; "۱۴۰۴/۰۹/۱۴", ISNA, read only
#   where the page writes Persian figures), converted by the arithmetic of the official calendar
#   (solar_hijri_to_gregorian); Afghanistan's Dari month names (حمل, ثور, ...) are left unread
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "มกราคม ม.ค",
            "กุมภาพันธ์ ก.พ",
            "มีนาคม มี.ค",
            "เมษายน เม.ย",
            "พฤษภาคม พ.ค",
            "มิถุนายน มิ.ย",
            "กรกฎาคม ก.ค",
            "สิงหาคม ส.ค",
            "กันยายน ก.ย",
            "ตุลาคม ต.ค",
            "พฤศจิกายน พ.ย",
            "ธันวาคม ธ.ค",
        ),
        start=1,
    )
    for name in names.split()
}
_BUDDHIST_ERA = 543
_ROC_EPOCH = 1911
_SOLAR_MONTHS = {
    variant: number
    for number, names in enumerate(
        (
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد امرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ),
        start=1,
    )
    for name in names.split()
    # (the same names written with the Arabic yeh and kaf, as some Persian sites' fonts have them)
    for variant in (name, name.replace("ی", "ي").replace("ک", "ك"))
}
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_ANY_OF = "|".join
_THAI_MONTH = "(?P<thmonth>" + _ANY_OF(sorted(map(re.escape, _THAI_MONTHS), key=len, reverse=True)) + r")\.?"
_SOLAR_MONTH = "(?P<shmonth>" + _ANY_OF(sorted(map(re.escape, _SOLAR_MONTHS), key=len, reverse=True)) + ")"
# (a time after the date: "10:32 น." (Thai "o'clock"), "(10:32 น.)", "- 10:30", "، 10:30", "ساعت 10:30")
_PLAIN_TIME = (
    r"(?:\s*(?:-|–|,|،|\(|เวลา|ساعت)?\s*(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?!\d)(?:\s*น\.?)?)?"
)
_CALENDAR_DATES = tuple(
    re.compile(p)
    for p in (
        r"(?<!\d)"
        + _DAY
        + r"\s*"
        + _THAI_MONTH
        + r"\s*(?:พ\.\s?ศ\.\s*)?(?P<be>25\d\d|(?:19|20)\d\d|\d\d)(?!\d)"
        + _PLAIN_TIME,
        r"(?<!\d)(?<!令和|平成|昭和|大正|明治)(?:(?P<rocera>(?:中華)?民[國国])\s*)?(?P<roc>\d{2,3})\s*年\s*"
        r"(?P<m>[01]?\d)\s*月\s*" + _DAY + r"\s*日" + _CJK_TIME,
        r"(?<!\d)" + _DAY + r"\s*" + _SOLAR_MONTH + r"\s*(?P<sh>1[34]\d\d)(?!\d)" + _PLAIN_TIME,
        # (last: only where the page writes Persian figures, date_in_text)
        r"(?<![\d/])(?P<sh>1[34]\d\d)/(?P<m>[01]?\d)/" + _DAY + r"(?![\d/])" + _PLAIN_TIME,
    )
)


def _buddhist_era_year(text: str) -> int:
    """The Gregorian year of a Thai date's year: 2568 and 68 are 2025 (the Buddhist era), 2025 is 2025."""
    year = int(text) if len(text) == 4 else 2500 + int(text)
    return year - _BUDDHIST_ERA if year >= 2400 else year


# Borkowski's arithmetic of the Iranian calendar (as jalaali-js implements it): the years in which the
# 33-year cycle of leap years breaks off; exact for the Solar Hijri years 1178 to 1633
_JALAALI_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456,
    3178,
)  # fmt: skip


def _div(a: int, b: int) -> int:
    return int(a / b)  # (truncated toward zero, as the algorithm's JavaScript does)


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (14 Azar 1404 is 5 December 2025), or None when the date does
    not exist (a 31st day of the months from Mehr on, 30 Esfand of a common year) or lies outside the
    years the arithmetic is exact for."""
    if not 1178 <= year <= 1633 or not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    leap_j, jp, jump = -14, _JALAALI_BREAKS[0], 0
    for jm in _JALAALI_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = year - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    nowruz = date(gy, 3, 20 + leap_j - leap_g)  # 1 Farvardin
    if month == 12 and day == 30:
        if jump - n < 6:
            n = n - jump + _div(jump + 4, 33) * 33
        if _mod(_mod(n + 1, 33) - 1, 4) != 0:
            return None  # (not a leap year: Esfand has 29 days)
    return nowruz + timedelta(days=(month - 1) * 31 - max(month - 7, 0) + day - 1)


def _us_summer_time(local: datetime) -> bool:
    """US daylight saving time at wall-clock time `local`: from 2 a.m. on the second Sunday of March to
    2 a.m. on the first Sunday of November (since 2007; before, the first Sunday of April to the last
    Sunday of October)."""
    if local.year >= 2007:
        start, end = _nth_sunday(local.year, 3, 2), _nth_sunday(local.year, 11, 1)
    else:
        start, end = _nth_sunday(local.year, 4, 1), _nth_sunday(local.year, 11, 1) - timedelta(days=7)
    return start.replace(hour=2) <= local < end.replace(hour=2)


def _nth_sunday(year: int, month: int, n: int) -> datetime:
    first = datetime(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _gmt_offset(text: str) -> int | None:
    """Seconds east of UTC of an offset written after "GMT" or "UTC" ("+7", "+05:30", "-3"); None past
    14 hours."""
    sign, digits = text[0], text[1:].replace(":", "").strip()
    hours, minutes = (int(digits[:-2] or 0), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14:
        return None
    seconds = hours * 3600 + minutes * 60
    return -seconds if sign == "-" else seconds


def _iso_offset(text: str) -> int:
    """Seconds east of UTC of an ISO 8601 offset ("Z", "+09:00", "-0500")."""
    if text.upper() == "Z":
        return 0
    digits = text[1:].replace(":", "")
    seconds = int(digits[:2]) * 3600 + int(digits[2:]) * 60
    return -seconds if text[0] == "-" else seconds


# The one clock of the publishers of a language written in one zone's countries alone: Central European
# Time (+01:00, +02:00 in EU summer time) for German, Italian, Dutch, Polish, Czech, Slovak, Hungarian,
# Croatian, Slovene and the Scandinavian languages; +09:00 all year for Japanese and Korean. (French,
# Spanish, Portuguese and English are written on other continents' clocks too.)
_CET_LANGUAGES = frozenset(
    {"de", "it", "nl", "pl", "cs", "sk", "hu", "hr", "sl", "da", "sv", "nb", "nn", "no"}
)
_FIXED_CLOCKS = {"ja": timedelta(hours=9), "ko": timedelta(hours=9)}


def midnight_on_language_clock(value: str, lang: str | None) -> str | None:
    """`value`, an instant in UTC, as the midnight it is on the clock of the page's language (`lang`, a
    BCP 47 tag), to the second: "2022-11-06T23:00:00+00:00" on a German page is "2022-11-07T00:00:00+01:00",
    a CMS's date-only field stored as the publisher's midnight in UTC (beige.de, Prismic's shape: the
    7 November story declares "2022-11-06T23:00:00.000Z"). None when it is no such midnight."""
    primary = (lang or "").split("-")[0].split("_")[0].lower()
    moment = parse_iso(value)
    if moment is None or moment.utcoffset() or (moment.minute, moment.second) != (0, 0):
        return None
    offset = _FIXED_CLOCKS.get(primary)
    if offset is None and primary in _CET_LANGUAGES:
        offset = timedelta(hours=2 if _eu_summer_time(moment) else 1)
    if offset is None:
        return None
    local = moment.astimezone(timezone(offset))
    return to_iso(local) if local.hour == 0 else None


def _eu_summer_time(moment: datetime) -> bool:
    """EU summer time at instant `moment` (UTC): 01:00 UTC on the last Sunday of March to 01:00 UTC on the
    last Sunday of October."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    start = _nth_sunday(utc.year, 4, 1) - timedelta(days=7)
    end = _nth_sunday(utc.year, 11, 1) - timedelta(days=7)
    return start.replace(hour=1) <= utc < end.replace(hour=1)


# 6月24日 11時30分 (Japanese, Chinese; Korean 6월 24일): a date line without its year, as NHK and many
# Japanese sites print the current year's stories (not the month and day of a dated "2012년 11월 06일",
# whose year stands before it, spaced as Korean writes it)
_YEARLESS = re.compile(
    r"(?<![\d年년])(?<![年년]\s)(?P<m>[01]?\d)\s*[月월]\s*" + _DAY + r"\s*[日일]"
    r"(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）))?(?:\s*(?P<hour>[0-2]?\d)[:時시]\s*(?P<minute>[0-5]\d))?"
)
# 11/18(月) 10:30 (Japanese news portals: month/day with the weekday in brackets, the year unsaid)
_YEARLESS_SLASH = re.compile(
    r"(?<![\d/])(?P<m>[01]?\d)/" + _DAY + r"\s*[（(][月火水木金土日][）)]"
    r"(?:\s*(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d))?"
)
#: how far from the page's other date a yearless date line may fall (the year is the one that puts it
#: closest; some year always comes within half a year, so a quarter: further away, the other date says
#: nothing about the year)
YEARLESS_REACH = timedelta(days=92)


def yearless_date_in_text(text: str, near: object, *, now: datetime | None = None) -> str | None:
    """A date written without its year ("6月24日 11時30分") in the year that puts it closest to `near`
    (an ISO date found elsewhere on the page), when that is within YEARLESS_REACH; else None. Never
    the crawl date's year: without `near` there is no year."""
    reference = local_date(near)
    text = _ascii_digits(text) if text and _OTHER_DIGIT.search(text) else text
    match = _YEARLESS.search(text or "") or _YEARLESS_SLASH.search(text or "")
    if reference is None or match is None:
        return None
    best: datetime | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = datetime(year, int(match["m"]), int(match["day"]))
        except ValueError:
            continue
        distance = abs(candidate.date() - reference)
        if distance <= YEARLESS_REACH and (best is None or distance < abs(best.date() - reference)):
            best = candidate
    if best is None:
        return None
    if match["hour"] is not None:
        best = best.replace(hour=int(match["hour"]) % 24, minute=int(match["minute"]))
    best = best.replace(tzinfo=UTC)
    return to_iso(best) if is_plausible(best, now=now) else None


# /2020/04/26/, /2020-04-26/, /20200426/ in a URL path (not a query: ids there look like dates), and a
# timestamp to the second, /20251205103000/ (ABC's "-20251205103000-nt.html" and other CMSs' story ids: its
# day; the zone of its time is unsaid); not the start of a longer run of figures (an id: "2025120512")
_URL_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:(?P<s1>[/_.-])(?P<m1>[01]?\d)[/_.-](?P<d1>[0-3]?\d)"
    r"|(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)?)(?!\d)"
)


def date_in_url(url: str, *, now: datetime | None = None) -> str | None:
    """The publication day a URL path spells out (`/2020/04/26/slug`), midnight UTC; None if none. An
    archive's address holding the story's (`/web/20080731095558/http://site/2008/07/29/slug/`, the Wayback
    Machine's) is read in the story's address alone: the archive's timestamp is its capture's."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "://" in path:
        path = path.split("://", 1)[1]
        path = path[path.find("/") :] if "/" in path else ""
    if "://" in path:
        return date_in_url(path[path.rfind("/", 0, path.find("://")) + 1 :], now=now)
    for match in _URL_DATE.finditer(path):
        year = int(match.group("year"))
        month = int(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
        try:
            dt = datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            continue
        if is_plausible(dt, now=now):
            return to_iso(dt)
    return None


# --- a declared instant against the wall-clock time a page shows ------------------------------------
def zone_apart(value: str, shown: str) -> bool:
    """A time of day declared in UTC whose instant falls on the shown day in some zone (UTC-12 to UTC+14):
    the two say the same thing on different clocks, not two dates (a weaker declared date that names the
    shown day must not replace the precise instant)."""
    if not value.endswith("+00:00") or value[10:].startswith("T00:00:00"):
        return False  # the publisher's own offset (its day is the day), or a bare day
    moment, day = parse_iso(value), parse_iso(shown[:10])
    if moment is None or day is None:
        return False
    return day - timedelta(hours=14) <= moment < day + timedelta(hours=36)


_QUARTER = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


def offset_between(moment: datetime, wall: str) -> timedelta | None:
    """The UTC offset at which `moment` reads as the wall-clock time `wall` (its offset ignored: a time
    written without one), to the minute; a bare day (midnight) only when `moment` is that midnight to
    the second. None when no real offset (a multiple of 15 minutes, 14 hours at most) does."""
    local = parse_iso(wall)
    if local is None:
        return None
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    difference = local.replace(tzinfo=None) - utc
    offset = _QUARTER * round(difference / _QUARTER)
    if not offset or abs(offset) > _MAX_OFFSET:
        return None
    midnight = local.time() == datetime.min.time()
    if abs(difference - offset) >= (timedelta(seconds=1) if midnight else timedelta(minutes=1)):
        return None
    return offset
