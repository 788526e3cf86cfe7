"""Rule data of newsarchive.extract.evidence: what counts as paywall and sponsored evidence.

Data only (trafilatura's xpaths.py beside htmlprocessing.py): the element tests live in matcher.py, the
code that turns a page into markers in apply.py and declared.py. Each rule says why it is strong enough to
judge a page by, and which pages showed it. Every figure quoted is from
the tune halves of the shared corpora (benchmarks/generalisation.py), never the report halves.
"""

from __future__ import annotations

import re

# --- paywall markup --------------------------------------------------------------------------------
# Marker name -> CSS of the markup. Counted as a declaration only around the article body (a wrapper, a
# prompt in the block holding the story); elsewhere it is a template widget ("widget:<kind>").
PAYWALL_MARKUP: tuple[tuple[str, str], ...] = (
    ("markup:regwall", "[class*='regwall'], [id*='regwall'], [class*='registration-wall']"),
    ("markup:meter", "[class~='meter'], [class*='paywall-meter'], [class*='meter__'], [id$='-meter']"),
    ("markup:paywall", "[class*='paywall'], [id*='paywall'], [data-paywall]"),
    (
        "markup:subscriber-only",
        "[class*='subscriber-only'], [class*='premium-content'], [class*='locked-content']",
    ),
)

# Strings one of which the class/id values must hold for PAYWALL_MARKUP to match (besides [data-paywall]).
PAYWALL_NEEDLES: tuple[str, ...] = (
    "regwall",
    "registration-wall",
    "meter",
    "paywall",
    "subscriber-only",
    "premium-content",
    "locked-content",
)

# A class or id token that says there is NO paywall ("no-paywall", "paywall-free", "paywall--off",
# "without-paywall"), and the values of data-paywall that say the same ("false", "none", "free"): a template
# marks its free stories so, and the word "paywall" in them is no declaration of one (probe pages of free
# stories, hand-built: tests/test_judging_unseen_shapes9.py).
NOT_PAYWALL_TOKEN = re.compile(
    r"^(?:no|non|not|without)[-_]?paywall|paywall(?:ed)?[-_]+(?:free|none|off|disabled|false|exempt|open)$",
    re.I,
)
NOT_PAYWALL_VALUES = frozenset({"false", "0", "no", "none", "off", "free", "open", "disabled"})

# Markup kinds that only ever belong to the page template (a meter counts every visit, free or not).
TEMPLATE_ONLY_MARKUP = frozenset({"markup:meter"})

# Content-tier values (article:content_tier) that mean the article is behind a hard paywall.
LOCKED_TIERS = ("locked", "premium", "subscriber", "subscription", "paid", "plus")

# --- sponsored content: labels of the article itself, URL paths, page classes, disclosures -------------
# Labels: matched only in the article's own header (around the headline) or byline, never in a card,
# menu, rail or aside. An editorial partnership ("In partnership with <a newsroom>", theintercept.com on
# the tune half) is not a paid one, so "partner" alone is no label.
# "Sponsored" and "Promoted" begin ordinary sentences too ("Promoted to the Premier League, ..."): as
# labels they stand alone or go on with whose or what kind ("Sponsored by ...", "Promoted content",
# "Sponsored: ...").
# The kind ("Sponsored content") is a label only when the label ends there or names whose ("... by Harbor
# Tech", "... par Harbor Tech"): "Sponsored content is booming" is a standfirst's sentence (a probe page of a
# story about advertorials, hand-built). "by" in the corpora's languages: French "par", Spanish and
# Portuguese "por", German "von", Italian "di"/"da", Dutch "door", Portuguese "pelo"/"pela".
_LABEL_ENDS = r"(?:\s*(?:$|[:|·•()–—-])|\s+(?:by|from|for|par|por|pelo|pela|von|di|da|door)\b)"
_LABEL_KINDS = r"(?:content|post|stor(?:y|ies)|article|feature|partner|inhalt|beitrag)"
_LABEL_GOES_ON = rf"(?={_LABEL_ENDS}|\s+{_LABEL_KINDS}{_LABEL_ENDS})"
SPONSORED_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("label:Sponsored", re.compile(r"^sponsored" + _LABEL_GOES_ON, re.I)),
    (
        "label:Paid post",
        re.compile(
            rf"^paid (?:post|content|program(?:me)?)(?={_LABEL_ENDS})|^paid (?:partnership|for by)\b", re.I
        ),
    ),
    # WSJ's advertising studio heads its pieces "Custom Content from WSJ | Paid Program"; BuzzFeed's brand
    # posts name the brand a "Brand Publisher" in the byline (probe pages in their shape, hand-built)
    ("label:Custom content", re.compile(rf"^custom content(?={_LABEL_ENDS})", re.I)),
    ("label:Brand publisher", re.compile(r"^brand publisher\b", re.I)),
    # ("In partnership with <a newsroom>" is an editorial co-publication, not a paid one: no label.) French
    # papers print the same label as "Contenu partenaire" (a probe page, hand-built).
    ("label:Partner content", re.compile(r"^(?:partner(?:ship)? content|contenu partenaire)\b", re.I)),
    # US magazines head a paid piece "Sponsor Content" and name the advertiser (a probe page, hand-built):
    # the sponsor's content, where "Sponsor" alone is a menu's call ("Become a sponsor") or a sentence.
    ("label:Sponsor content", re.compile(rf"^sponsor (?:content|story|post|article)(?={_LABEL_ENDS})", re.I)),
    ("label:Advertorial", re.compile(r"^(?:advertorial|advertisement feature|advertiser content)\b", re.I)),
    ("label:Promoted", re.compile(r"^promoted" + _LABEL_GOES_ON, re.I)),
    # (the Spanish and Portuguese "offered by" a brand: "Ofrecido por Harbor Tech", a probe page, hand-built;
    # not the French "offert par", which is also a subscriber's gift of a paywalled story)
    # A sponsor's credit (CREDIT_LABELS): recorded, counted only beside another marker.
    (
        "label:Presented by",
        re.compile(r"^(?:(?:presented|brought to you) by|ofrecido por|oferecido por)\b", re.I),
    ),
    # A newspaper's advertising studio signs its advertorials ("T Brand Studio", "WP BrandStudio",
    # "By Courier Brand Studio"); a newsroom never calls itself a brand studio, nor a creative or media
    # studio, the other names of these units ("By Courier Creative Studio for Harbor Tech", "Media Studios").
    # (Probe pages in the shape of US papers' paid posts, hand-built.) The studio "produced" or "created" the
    # piece ("Produced by the Record Brand Studio for Harbor Tech"), and its name ends the label or goes on
    # with whose: "Brand studio to produce paid posts" is a standfirst's sentence (probe pages, hand-built).
    (
        "label:Brand studio",
        re.compile(
            r"^(?:(?:produced|created|written) by (?:the )?|by (?:the )?)?(?:[\w.&'-]+ ){0,2}"
            rf"(?:brand|creative|media) ?studios?{_LABEL_ENDS}|^branded content\b",
            re.I,
        ),
    ),
    # The same labels in the other languages of the corpora, each a name only advertorials carry
    # (German "Gesponsert", French "Contenu sponsorisé", "Publireportage", Spanish "Contenido
    # patrocinado", "Publirreportaje", Italian "Contenuto sponsorizzato", "Informazione pubblicitaria",
    # Portuguese "Conteúdo patrocinado", "Informe publicitário", Dutch "Gesponsord"; Swiss papers'
    # "Partnerinhalt": a probe page, hand-built)
    (
        "label:Sponsored",
        re.compile(
            r"^(?:gesponsert|gesponsord|contenu sponsoris[ée]|contenido patrocinado|conte[úu]do patrocinado"
            r"|contenuto sponsorizzato|patrocinado|sponsorizzato|bezahlte partnerschaft|partnerinhalt"
            # (the French "Contenu proposé par <brand>", content offered by: a probe page, hand-built)
            r"|contenu propos[ée]"
            # (the Spanish and Portuguese "Contenido de marca", "Conteúdo de marca" (brand content), the Dutch
            # "Gesponsorde inhoud" (sponsored content): probe pages, hand-built,
            # tests/test_judging_unseen_shapes11.py)
            r"|contenido de marca|conte[úu]do de marca|gesponsorde (?:inhoud|content|artikel|bijdrage))"
            + _LABEL_GOES_ON,
            re.I,
        ),
    ),
    # Japanese papers head paid pieces "広告企画" / "広告特集" (advertising feature), "タイアップ" (tie-up) or
    # "提供：<advertiser>" (provided by); Korean ones "제휴콘텐츠" (affiliate content); Chinese portals "推广"
    # (promotion) and "赞助内容" (sponsored content). Each as the whole label or before a separator, never
    # inside a sentence ("情報提供", "写真提供：共同通信" begin otherwise). Probe pages, hand-built.
    (
        "label:Advertorial",
        re.compile(
            r"^(?:広告(?:企画|特集)|タイアップ(?:企画|広告)?|제휴\s?콘텐츠|推广|赞助(?:内容)?)\s*(?:$|[:：|·•｜／/】\]-])"
            r"|^提供\s*[:：]\s*\S",
        ),
    ),
    (
        "label:Advertorial",
        re.compile(
            r"^(?:publi-?reportage|publirreportaje|publiredazionale|publi-?r[ée]dactionnel|publieditorial"
            r"|informazione pubblicitaria|informe publicit[áa]rio|informaci[óo]n publicitaria)\b",
            re.I,
        ),
    ),
    # Polish "Artykuł sponsorowany", "Materiał partnera" (partner's material), "Materiał promocyjny"; the
    # Czech "Komerční sdělení" and Slovak "Komerčná prezentácia" the law asks for; German regional papers'
    # "Sonderveröffentlichung" (an advertising special section, also "Anzeigen-Sonderveröffentlichung").
    # Names only paid pieces carry (probe pages, hand-built); as a label, not inside a sentence.
    # (and the bare "Sponsorowane", "Sponzorováno", "Sponzorované" (sponsored) of Polish, Czech and Slovak
    # portals: probe pages, hand-built)
    (
        "label:Advertorial",
        re.compile(
            r"^(?:artykuł sponsorowany|materiał (?:sponsorowany|partnera|promocyjny)|sponsorowan[ey]"
            r"|sponzorov[áa]no|sponzorovan[ýéá](?: (?:obsah|článek|článok))?"
            r"|komerční (?:sdělení|prezentace)|komerčn[éá] (?:oznámenie|prezentácia)"
            r"|(?:anzeigen-?)?sonderveröffentlichung)" + _LABEL_ENDS,
            re.I,
        ),
    ),
    # The same labels in languages of papers in none of the corpora, each a name only paid pieces carry, as a
    # label (the whole element, or before a separator or whose): the Russian and Ukrainian "На правах рекламы"
    # (as advertising), Greek "Χορηγούμενο (περιεχόμενο)" (sponsored), Romanian "Articol susținut de" and
    # "Conținut sponsorizat", Turkish "Sponsorlu içerik", Hungarian "Szponzorált tartalom", "Támogatott
    # tartalom", "Fizetett hirdetés", Indonesian "Konten bersponsor", Hindi "प्रायोजित" (sponsored), Arabic
    # "محتوى برعاية" / "محتوى ممول" / "محتوى مدفوع" (content sponsored by / funded / paid); the Arabic
    # "برعاية" alone is also "under the patronage of", so only after "content". Probe pages, hand-built
    # (tests/test_judging_unseen_shapes7.py).
    (
        "label:Sponsored",
        re.compile(
            r"^(?:на правах реклам[ыи]|χορηγ(?:ούμεν|ουμεν)(?:ο|η)"
            r"(?: (?:περιεχόμενο|περιεχομενο|άρθρο|αρθρο))?"
            r"|articol sus[țţ]inut|con[țţ]inut sponsorizat|sponsorlu (?:içerik|haber)"
            r"|(?:szponzorált|támogatott) (?:tartalom|cikk)|fizetett (?:hirdetés|tartalom)"
            r"|konten (?:bersponsor|berbayar)|प्रायोजित(?: सामग्री| लेख)?)"
            r"(?=\s*(?:$|[:|·•()–—-])|\s+(?:de|by|от|від|από|tarafından|oleh)\b)"
            # ("برعاية" is "sponsored by": the sponsor's name follows it)
            r"|^محتوى (?:برعاية|ممول|مدفوع)",
            re.I,
        ),
    ),
    # ... and in the languages of the tenth round (tests/test_extract_unseen_shapes10.py, hand-built): Finnish
    # "Kaupallinen yhteistyö" (commercial cooperation, the label Finnish papers head a paid piece with, "...
    # <brand>in kanssa": with the brand), Danish "Sponsoreret indhold", Swedish "Annonssamarbete", Estonian
    # "Sisuturundus" (content marketing), Latvian "Sponsorēts saturs", Lithuanian "Užsakomasis turinys"
    # (commissioned content), "Remiamas turinys", Croatian and Serbian "Sponzorirani članak/sadržaj",
    # "Plaćeni oglas", Slovenian "Oglasno sporočilo" (the advertising notice its media law asks for),
    # "Plačana objava", Bulgarian "Платена публикация": names only paid pieces carry, as a label; and (round
    # 10, tests/test_judging_unseen_shapes10.py, hand-built) the Norwegian "Annonsørinnhold" (advertiser's
    # content, the label of Norwegian papers' paid pieces) and "Sponset innhold", the Swedish "Sponsrat
    # innehåll" (sponsored content)
    (
        "label:Sponsored",
        re.compile(
            r"^(?:kaupallinen yhteistyö|sponsoreret (?:indhold|artikel)|annonssamarbete|sisuturundus"
            r"|annonsørinnhold|sponset innhold|sponsrat (?:innehåll|inlägg)"
            r"|sponsorēts (?:saturs|raksts)|užsakomasis turinys|remiamas turinys"
            r"|sponzoriran[io] (?:članak|sadržaj)|sponzorisan[io] (?:članak|sadržaj|tekst)|plaćeni oglas"
            r"|oglasno sporočilo|plačana objava|платена публикация)"
            r"(?=\s*(?:$|[:|·•()–—-])|\s+\w+\s+kanssa\b)",
            re.I,
        ),
    ),
)
# German press law requires paid content to be marked "Anzeige" (or "Werbung"), and German publishers set
# it as the kicker of an advertorial's headline. The same word labels every ad slot, so it counts only as
# the headline's kicker (inside the headline, or an element just before it that holds nothing else), never
# in or beside an ad slot. (The English "Advertisement", Spanish "Publicidad", French "Publicité" label ad
# slots and hardly ever advertorials, which those languages mark as in SPONSORED_LABELS: no kicker label.)
KICKER_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "label:Anzeige",
        re.compile(
            # (Japanese papers set "広告", Korean ones "광고", Chinese ones "广告", in the same place;
            # the Japanese "PR" badge is tested apart, PR_KICKER: two letters that most texts hold would
            # send every page through the label walk)
            # (the Dutch "Advertentie", Swedish "Annons", Danish "Annonce", Norwegian "Annonse" are the same
            # word in the same place: probe pages of their papers, hand-built)
            # (and the same word of the law or the trade in Polish and Czech "Reklama", Russian, Ukrainian
            # and Bulgarian "Реклама", Turkish "Reklam", Greek "Διαφήμιση", Romanian "Publicitate": probe
            # pages of their papers, hand-built)
            r"^(?:anzeige|werbung|advertentie|annons|annonce|annonse|広告|광고|广告|reklama|reklam|реклама"
            r"|διαφήμιση|διαφημιση|publicitate)\s*[:|·•–—-]?$",
            re.I,
        ),
    ),
)
# ... but the word of these labels that also names the advertising trade ("Werbung", "Reklama", "Реклама":
# advertising as a beat) is a section's name where the kicker links to the section the article is filed
# under: a trade paper's "<a href=/werbung/>Werbung</a>" over a story at /werbung/<slug> (a horizont.net-,
# wuv.de-like page; probe page, hand-built, tests/test_extract_risks12.py). A blogger's paid-post label
# is a WordPress category ("/category/werbung/") or plain text, not the article's own folder.
BEAT_KICKER = re.compile(r"^(?:werbung|reklama|reklam|реклама)\s*[:|·•–—-]?$", re.I)
# ... and where the press labels paid pieces with other words (Polish "Materiał partnera", "Artykuł
# sponsorowany", Czech "Komerční sdělení", Russian "На правах рекламы", Turkish "Sponsorlu içerik"), the
# beat's word as a link to any section of the same site is the section's name, wherever the article's own
# address lies: a media-trade portal's "<a href=/wiadomosci/reklama>Reklama</a>" over /artykul/<slug> (probe
# pages, hand-built: tests/test_judging_unseen_shapes10.py; a tune-half page of wirtualnemedia.pl has the
# same section in its menu). A label over an advertorial is plain text, or links to the advertiser. (Not the
# German "Werbung", which bloggers file their paid posts under, "/category/werbung/".)
SECTION_BEAT_KICKER = re.compile(r"^(?:reklama|reklam|реклама)\s*[:|·•–—-]?$", re.I)
# A label printed as the headline's own prefix: "Sponsored: Ten ways ...", "Advertorial – ...", and the
# bracketed labels of Japanese and Korean papers ("【PR】", "[PR]", "[광고]", "[AD]"). (German "Anzeige:" is
# left out: the word is also a criminal complaint, "Anzeige: Polizei sucht Zeugen".) Probe pages, hand-built.
HEADLINE_LABEL = re.compile(
    r"^(?:sponsored|advertorial|paid post|partner content|gesponsert|publireportage"
    r"|contenido patrocinado|conte[úu]do patrocinado|contenu sponsoris[ée])\s*[:|–—]\s*\S"
    r"|^[\[【(［]\s*(?:pr|ad|sponsored|광고|広告|advertorial)\s*[\]】)］]",
    re.I,
)
# Japanese papers badge a paid piece "PR" right by its headline (Asahi, Yomiuri, Nikkei: probe pages,
# hand-built): the whole text of the headline's kicker, in capitals, and nothing else.
PR_KICKER = re.compile(r"^[\[【(［]?\s*PR\s*[\]】)］]?$")
# (and "slot", the ad server's word for the place it fills: "slot slot--superbanner", a probe page,
# hand-built)
AD_SLOT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|adslot|adunit|advert|advertisement|dfp|gpt|banner|werbung|anzeige|leaderboard"
    r"|billboard|skyscraper|mpu|sticky|adsbygoogle|outbrain|taboola|slots?)(?:$|[\s_\d-])",
    re.I,
)
SPONSORED_URL = re.compile(
    r"^(?:sponsored(?:-content|-stories)?|paid-posts?|partner-content|advertorials?|brandvoice|"
    r"brand-studio|branded-content|promoted)$",
    re.I,
)
# A path segment that names paid content on some sites and a section of journalism on others: a news site's
# "/partner/" folder holds the stories of its partner newsrooms (co-published, republished under a
# partnership) as often as an advertiser's pieces. It counts only beside a sponsor's markup in the article's
# header (SPONSOR_BOX: the sponsor's logo box, "sponsor-box", "advertiser-logo") or another marker, never
# alone (probe pages of both, hand-built: tests/test_judging_unseen_shapes10.py; no page of the corpora has
# either segment in its address).
WEAK_SPONSORED_URL = re.compile(r"^partners?$", re.I)
SPONSOR_BOX = re.compile(r"sponsor|advertiser", re.I)
# A class naming the page or its article sponsored ("sponsored", "category-sponsored", "type-advertorial",
# "sponsored-content", a BEM modifier "page--sponsored"), not one naming a part of it ("sponsored-rail",
# "has-sponsored-widget"): a template carrying a sponsored module puts its name on <body> too.
# (Not a WordPress "tag-sponsored-content": a tag is a topic the story is about, a media-trade story about
# native ads tagged so (a probe page, hand-built: tests/test_judging_unseen_shapes9.py); the category, type
# or format is what the publisher files the piece as.)
SPONSORED_CLASS = re.compile(
    r"(?:^|\s)(?:(?:category|type|post-type|format|is|single|section)[-_]|[a-z]+--)?"
    r"(?:sponsored|advertorial|paid-post|partner-content)(?:[-_](?:content|post|article|story))?(?=\s|$)",
    re.I,
)
# The section the article declares (article:section, JSON-LD articleSection) is the article's own: one
# named as paid content ("Sponsored Content", "Partner Content", "Advertorial", "Anzeige") marks it, where
# the same word in a menu or rail marks nothing. (Probe pages of WordPress and Arc XP advertorials,
# hand-built.) Not the German "Werbung": it is "Advertising", the beat of the advertising trade's papers
# (a horizont.net/wuv.de-like "Werbung" section of news about campaigns and agencies) as much as a blogger's
# label, and the English "Advertising" names no paid content either; a blogger's paid post shows its
# "Werbung" where the reader sees it, as the kicker over the title (label:Anzeige). Probe pages of both,
# hand-built (tests/test_judging_unseen_shapes7.py).
SPONSORED_SECTION = re.compile(r"^(?:anzeigen?|advertorials?|sponsored|paid posts?)$", re.I)
BYLINE_SELECTOR = "[class*='byline'], [rel='author'], [class*='author'], [class*='sponsor']"

# A sponsorship disclosure written into the article itself: a short line among its first or last two. A
# disclosure says who paid or what is sponsored ("Sponsored content by Harbor Tech", "Advertorial: produced
# for ..."); a bare label line ("Sponsored Content", "Advertorial") at the edge of a body is as often the
# heading of a rail or the label of an ad slot the body extractor kept (the tune half shows bare "Werbung"
# and "Anzeigen" ad labels at body edges on eurosport.de and hildesheimer-presse.de stories), and a label
# of the article's own header is found there (SPONSORED_LABELS).
DISCLOSURE_MAX_LENGTH = 200
SPONSORED_DISCLOSURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "body:disclosure",
        re.compile(
            r"^(?:this|the following) (?:article|post|story|content|feature|piece) (?:is|was) "
            r"(?:sponsored|paid for|brought to you) by\b"
            # (not a member-funded newsroom's thanks, "This story was paid for by readers like you": a probe
            # page, hand-built, tests/test_judging_unseen_shapes9.py)
            r"(?! (?:our |its |the )?(?:readers|members|subscribers|donors|supporters|listeners|viewers)\b)"
            # (the label goes on with whose or a separator: "Sponsored content grew 40% last year" is news)
            r"|^(?:sponsored|paid) (?:content|post|article)(?:\s*[:|–—-]|\s+(?:by|from|for|provided|produced"
            r"|presented|created|in partnership)\b)(?=\W+\w\w).{0,80}$"
            r"|^(?:advertorial|advertisement feature|paid partnership)\b(?=\W+\w\w).{0,80}$"
            # (the disclaimer of a native ad's landing page, the presell page a Taboola or Outbrain card
            # leads to: "This is an advertisement and not an actual news article, blog, or consumer protection
            # update"; a probe page, hand-built, tests/test_judging_unseen_shapes10.py)
            r"|^this (?:page |article |site |post |story )?is an? (?:paid )?(?:advertisement|advertorial)\b",
            re.I,
        ),
    ),
    # The same line in the other languages of the press the archive is pointed at, saying who paid: Spanish
    # and Portuguese "Este contenido ha sido patrocinado por <brand>", "Este conteúdo é patrocinado por",
    # French "Cet article est sponsorisé par", Italian "Questo articolo è sponsorizzato da", German "Dieser
    # Beitrag wurde von <brand> bezahlt" / "... gesponsert" (probe pages, hand-built)
    (
        "body:disclosure",
        re.compile(
            r"^(?:este|esta) (?:contenido|art[ií]culo|nota|conte[úu]do|artigo|mat[ée]ria) "
            r"(?:ha sido |fue |es |foi |[ée] |est[áa] )?patrocinad[oa] (?:por|pela|pelo)\b"
            r"|^(?:cet article|ce contenu|cette publication) (?:est|a été) (?:sponsoris[ée]e?|financ[ée]e?|"
            r"pay[ée]e?) par\b"
            r"|^quest[oa] (?:articolo|contenuto) (?:è|e|è stato) (?:sponsorizzat[oa]|finanziat[oa]) da\b"
            r"|^(?:dieser|der) (?:beitrag|artikel|inhalt) (?:wurde|ist) (?:von|durch) \S.{0,60}"
            r"(?:bezahlt|gesponsert|finanziert)\W*$"
            r"|^(?:dieser|der) (?:beitrag|artikel|inhalt) (?:wurde|ist) (?:bezahlt|gesponsert) "
            r"(?:von|durch)\b",
            re.I,
        ),
    ),
)

# --- evidence too weak to judge a page by alone ------------------------------------------------------------
# A marker under this prefix is recorded in evidence.sponsored_markers (what the page showed) but judges
# nothing: the page is sponsored only when a marker without it is there too (`counted`).
WEAK = "weak:"
# A sponsor's credit ("Presented by <brand>", "Brought to you by <brand>", "Ofrecido por <brand>") names who
# pays for a series, an event, a newsletter or a section as often as who paid for an advertorial: a city
# magazine's festival coverage "Presented by <bank>", a politics site's newsletter edition "presented by" its
# sponsor, a podcast desk's section, all staff-written (probe pages, hand-built:
# tests/test_judging_unseen_shapes11.py). The credit alone flags nothing; beside a second marker (the
# sponsored path, the page's sponsored class, a disclosure, the schema type, an advertorial's label) the
# page is an advertorial. ("Sponsored by <brand>" names paid content and stays a label.)
CREDIT_LABELS = frozenset({"label:Presented by"})
# "Anzeige" (and the other KICKER_LABELS words) in a box of its own right above the headline (a <div> whose
# text is the label, set in a child: "<div class=box-oben><span>Anzeige</span></div>") with no ad-slot sign
# is an ad slot's label left behind when the ad server sent nothing as often as an advertorial's kicker (probe
# pages of German and Austrian regional papers, hand-built: tests/test_judging_unseen_shapes11.py). It counts
# as the kicker's where the box's class names the headline's kicker (KICKER_CLASS), where the article's own
# markup names it an advertorial (ADVERTORIAL_PAGE_CLASS: "artikel--anzeige") or beside another marker; a
# label in the headline, or a line of its own above it ("<p class=hinweis>Anzeige</p>"), stays the kicker.
KICKER_BOXES = frozenset({"div", "section", "aside", "figure"})
KICKER_CLASS = re.compile(
    r"kicker|dachzeile|topline|top-line|overline|eyebrow|spitzmarke|roofline|supertitle|pre-?title"
    r"|surtitre|occhiello|antetitulo|flag|badge",
    re.I,
)
ADVERTORIAL_PAGE_CLASS = re.compile(
    r"(?:^|\s)(?:[a-z]+--|(?:is|type|category|format|artikel|article)[-_])?(?:anzeigen?|advertorial|werbung)"
    r"(?=\s|$)",
    re.I,
)


def counted(markers: list[str]) -> list[str]:
    """The markers a page is judged sponsored by: all but the WEAK ones."""
    return [m for m in markers if m and not m.startswith(WEAK)]


# "Presented by <name>" in the author's byline (a class naming the byline or the author, rel=author; not a
# sponsor's box) credits the presenter of a video or a podcast, a reporter of the newsroom: the sponsor's
# "Presented by <brand>" is a label box of its own over the headline (a probe page, hand-built:
# tests/test_judging_unseen_shapes9.py).
PRESENTER_CREDIT = re.compile(r"^presented by\b", re.I)
# A label is a few words ("Sponsored", "Paid post by Harbor Tech"), not a teaser title that begins with one.
MAX_LABEL_LENGTH = 60
# Words every SPONSORED_LABELS pattern starts with: a text without any of them holds no label.
# (Substring tests on the lower-cased text: a case-insensitive regex over a whole story is ~10x slower.)
LABEL_WORDS = (
    "sponsor", "paid", "partner", "advert", "promoted", "presented", "brought", "gesponsert", "patrocin",
    "publire", "publi-re", "publirr", "publieditorial", "publicit", "publicid", "pubblicit", "anzeige",
    "werbung", "bezahlte", "brand", "custom content", "partenaire", "広告", "광고", "广告", "タイアップ",
    "提供", "제휴", "推广", "赞助", "studio", "ofrecido", "oferecido", "annon", "promocyjn",
    "omerč", "sonderver", "publiré", "publi-ré", "реклам", "χορηγ", "διαφήμι", "διαφημι", "reklam",
    "articol sus", "szponzor", "sponzor", "contenu propos",
    "támogatott", "fizetett", "प्रायोजित", "برعاية", "ممول", "مدفوع",
    "kaupallinen", "sisuturundus", "užsakomasis", "remiamas", "plaćen", "oglasno", "plačana", "платена",
    "sponset", "sponsrat", "de marca",
)  # fmt: skip
# (the test lower-cases ASCII only: matcher looks for each word as it reads in capitals too, "KOMERČNÍ",
# "РЕКЛАМА"; Greek capitals drop the accent, "ΧΟΡΗΓΟΥΜΕΝΟ", hence both spellings of "διαφήμιση")

# Elements a label inside of which belongs to another page (a menu, a list of links, an aside).
# (A picture's caption is the picture's: "提供：共同通信" credits a photo under a Japanese headline.)
MODULES = frozenset({"aside", "nav", "footer", "menu", "ul", "ol", "li", "form", "figure", "figcaption"})

# --- text the publisher declares not free (schema.org hasPart cssSelector) ------------------------------
#: words the declared paragraphs missing from the body must hold to be added (a prompt is shorter)
DECLARED_REST_WORDS = 50
#: words a declared paragraph must hold to count as article text
DECLARED_PARAGRAPH_WORDS = 8
#: the share of the story's declared length (schema.org wordCount) a full-length body must reach for the page
#: to hold the whole story: on the tune halves a served text counts 0.83-1.11 of the length its page declares,
#: a teaser under a prompt 0.11-0.18 (elnuevodia.com, dietagespresse.com)
DECLARED_LENGTH_SHARE = 0.8
#: A story declared not free that declares neither its length nor its non-free part: a body this long, in
#: this many paragraphs, is the whole story the page served (a client-side paywall's prompt after it says
#: nothing of a text that is all there; probe pages, hand-built: tests/test_judging_unseen_shapes11.py). On
#: the tune halves the pages declared not free serve teasers of 67 and 146 words in 3 paragraphs (wsj.com,
#: zeit.de) and whole texts of 289-1889 words in 8-32 paragraphs (elcomercio.pe, correio24horas.com.br,
#: nzz.ch, telegraph.co.uk...): between the two, the length of TEASER_MAX_WORDS (extract/access.py) and twice
#: a teaser's paragraphs.
SERVED_TEXT_WORDS = 250
SERVED_TEXT_PARAGRAPHS = 6
