"""The judging flags (access, truncated, sponsored, the drop reason) and the record around them, round 7:
pages built by hand ("hand-built") in the shape of paywall vendors', publishers' and CMSs' templates that
are in none of the corpora (every host is an `.example` one; no page of /work/shared/bench holds the prompts
and labels below: no "Supertab", "Fewcents", "Evolok", "előfizetőinknek", "abonelere", "للمشتركين",
"На правах рекламы", "Χορηγούμενο", "Articol susținut", "Szponzorált"), every field of the judged record
read. The shapes of rounds 1-6 (tests/test_judging_unseen_shapes.py, 5.py, 6.py) are not repeated; the
helpers are theirs.

Three groups:
- paywalled stubs: the prompts of vendors not probed before (Evolok, Arc XP subscriptions, Supertab,
  Fewcents, Admiral) and of papers in Hungarian, Romanian, Turkish, Arabic, Hindi, Indonesian, European
  Portuguese, Italian, Greek and Russian (newsarchive/paywall_prompts.py: one word list for the evidence and
  the noise stage);
- advertorials: the labels of those languages and the same labels set in capitals outside ASCII
  ("KOMERČNÍ SDĚLENÍ", "НА ПРАВАХ РЕКЛАМЫ", "ΧΟΡΗΓΟΥΜΕΝΟ", "PUBLIRÉDACTIONNEL"), a German blogger's
  "Werbung" category as the kicker ("Brought to you by" as the byline: kept since round 11);
- traps, kept and flagged nothing: a German advertising-trade paper's "Werbung" section (its news about
  advertising: `article:section` "Werbung" names the beat, as "Advertising" does in English), a story about
  political ads, a museum "sponsored by the state", a bill's sponsor, paid leave, an app review about its
  paywall, a marathon's sponsor, a story quoting a subscription price, a Russian story about the ad market,
  a Polish "REKLAMA" ad slot above a headline.
"""

from __future__ import annotations

import pytest

from newsarchive import paywall_prompts
from newsarchive.extract.evidence.prompts import PROMPT_NEEDLES, is_prompt
from tests.test_extract_unseen_shapes2 import SENTENCES, page
from tests.test_extract_unseen_shapes3 import DE
from tests.test_judging_unseen_shapes import (
    AD_SLOT,
    DATE,
    ES,
    FR,
    IT,
    OG,
    Shape,
    advertorial,
    assert_judged_record,
    news,
    paras,
    shape_names,
    story,
)
from tests.test_judging_unseen_shapes5 import wall
from tests.test_judging_unseen_shapes6 import CS, PL

NEWS = "Rail link cleared by the court"
HU = [
    "A fővárosi közgyűlés kedden elfogadta azt a tervet, amely szerint jövő tavasztól hétvégente lezárják a"
    " belvárost az autóforgalom elől.",
    "Az intézkedés először egy évig lesz érvényben, utána a levegőminőség és a zajszint mérései alapján"
    " értékelik.",
    "A belvárosi kereskedők bevételkieséstől tartanak, és a kísérlet korábbi felülvizsgálatát kérik.",
]
RO = [
    "Consiliul municipal a aprobat marți seara planul de a închide centrul orașului pentru autoturisme în"
    " weekend, începând de la primăvara viitoare.",
    "Măsura se va aplica inițial timp de un an și va fi apoi evaluată pe baza măsurătorilor privind calitatea"
    " aerului și zgomotul.",
    "Comercianții din centru se tem de scăderea vânzărilor și cer o evaluare mai rapidă a proiectului.",
]
TR = [
    "Belediye meclisi salı akşamı şehir merkezini gelecek bahardan itibaren hafta sonları özel araç"
    " trafiğine kapatma planını onayladı.",
    "Uygulama ilk etapta bir yıl sürecek ve ardından hava kalitesi ile gürültü ölçümlerine göre"
    " değerlendirilecek.",
    "Merkezdeki esnaf satışların düşmesinden endişe ediyor ve belediyeden denemeyi daha erken"
    " değerlendirmesini istiyor.",
]
AR = [
    "وافق المجلس البلدي مساء الثلاثاء على خطة لإغلاق وسط المدينة أمام السيارات الخاصة في عطلات نهاية الأسبوع"
    " اعتبارا من الربيع المقبل.",
    "وسيطبق الإجراء في البداية لمدة عام واحد، ثم يجري تقييمه بناء على قياسات جودة الهواء ومستوى الضوضاء.",
    "ويخشى التجار في وسط المدينة من تراجع المبيعات ويطالبون البلدية بتقييم التجربة في وقت أبكر.",
]
HI = [
    "नगर निगम ने मंगलवार शाम को अगले वसंत से सप्ताहांत पर शहर के केंद्र को निजी वाहनों के लिए बंद करने की योजना"
    " को मंजूरी दे दी।",
    "यह व्यवस्था पहले एक साल के लिए लागू होगी और इसके बाद वायु गुणवत्ता और शोर के मापों के आधार पर इसकी समीक्षा की जाएगी।",
    "बाजार के व्यापारियों को बिक्री घटने का डर है और वे चाहते हैं कि निगम इस प्रयोग की जल्दी समीक्षा करे।",
]
ID = [
    "Dewan kota pada Selasa malam menyetujui rencana menutup pusat kota bagi kendaraan pribadi setiap akhir"
    " pekan mulai musim semi tahun depan.",
    "Kebijakan itu berlaku selama satu tahun pertama dan kemudian akan dievaluasi berdasarkan pengukuran"
    " kualitas udara dan kebisingan.",
    "Para pedagang di pusat kota khawatir penjualan turun dan meminta pemerintah kota mengevaluasi uji coba"
    " lebih cepat.",
]
EL = [
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το βράδυ το σχέδιο να κλείσει το κέντρο της πόλης για τα"
    " ιδιωτικά αυτοκίνητα τα Σαββατοκύριακα από την επόμενη άνοιξη.",
    "Το μέτρο θα ισχύσει αρχικά για ένα έτος και στη συνέχεια θα αξιολογηθεί με βάση μετρήσεις της ποιότητας"
    " του αέρα και του θορύβου.",
    "Οι έμποροι του κέντρου φοβούνται πτώση των πωλήσεων και ζητούν από τον δήμο να αξιολογήσει νωρίτερα το"
    " πείραμα.",
]
RU = [
    "Городской совет во вторник вечером одобрил план закрыть центр города для частных автомобилей по"
    " выходным начиная со следующей весны.",
    "Мера будет действовать сначала один год, после чего её оценят по результатам измерений качества воздуха"
    " и уровня шума.",
    "Торговцы в центре опасаются падения продаж и просят мэрию оценить эксперимент раньше.",
]
PT_PT = [
    "A câmara municipal aprovou esta terça-feira um plano para renovar a frota de autocarros com cem"
    " veículos elétricos até ao fim do próximo ano.",
    "O investimento previsto é de sessenta milhões de euros e será financiado em parte por fundos europeus.",
    "Os sindicatos dos motoristas pedem que a renovação seja acompanhada de novas contratações.",
]
#: (headline, story) of each language
HEADLINES = {
    "hu": "Autómentes belváros hétvégén",
    "ro": "Centrul orașului, închis mașinilor în weekend",
    "tr": "Şehir merkezi hafta sonları trafiğe kapanıyor",
    "ar": "إغلاق وسط المدينة أمام السيارات في عطلة نهاية الأسبوع",
    "hi": "सप्ताहांत पर शहर का केंद्र वाहनों के लिए बंद",
    "id": "Pusat kota bebas kendaraan setiap akhir pekan",
    "el": "Κλειστό για τα αυτοκίνητα το κέντρο τα Σαββατοκύριακα",
    "ru": "Центр города закроют для машин по выходным",
    "pt": "Cem autocarros elétricos para a cidade",
    "it": "Via libera al nuovo tram",
    "cs": "Sto elektrických autobusů pro město",
    "pl": "Sto autobusów elektrycznych dla miasta",
    "fr": "Rénover les écoles sans se ruiner",
    "es": "Cien autobuses eléctricos para la ciudad",
    "de": "Stadtrat sperrt Innenstadt für Autos",
}
TEXTS = {
    "hu": HU, "ro": RO, "tr": TR, "ar": AR, "hi": HI, "id": ID, "el": EL, "ru": RU, "pt": PT_PT, "it": IT,
    "cs": CS, "pl": PL, "fr": FR, "es": ES, "de": DE,
}  # fmt: skip


def prompt_wall(url: str, lang: str, box: str) -> Shape:
    """A paper's teaser in `lang` (its first two paragraphs) under a box in place of the rest."""
    return wall(url, box, text=TEXTS[lang][:2], headline=HEADLINES[lang], lang=lang)


def labelled(url: str, lang: str, label: str, *, byline: str = "<p class=byline>Ana Cruz</p>") -> Shape:
    """An advertorial in `lang` with `label` over its headline."""
    headline, text = HEADLINES[lang], TEXTS[lang]
    return advertorial(
        url,
        story(label, headline=headline, text=text, byline=byline, lang=lang),
        headline=headline,
        body=text,
        language=lang,
    )


# --- paywalled stubs --------------------------------------------------------------------------------------
PAYWALLS: dict[str, Shape] = {
    # Evolok's prompt in the story's block: "To read this article, please sign in or subscribe"
    "evolok-to-read-this-article-sign-in": wall(
        "https://www.tidewaterpost.example/news/local/rail-link-cleared-20250304",
        '<div class="ev-engagement"><p>To read this article, please sign in or subscribe.</p><a'
        ' href="/evolok/login">Sign in</a> <a href="/subscribe">Subscribe</a></div>',
    ),
    # an Arc XP subscriptions theme's default message
    "arc-xp-available-exclusively-to-subscribers": wall(
        "https://www.lakeshoreherald.example/news/2025/03/04/rail-link-cleared/",
        '<div class="arc-subs-message"><h2>This story is available exclusively to subscribers.</h2><p>'
        'Already a subscriber? <a href="/account/login/">Log in</a></p></div>',
    ),
    # Supertab (Laterpay's successor): a price for this article, paid later
    "supertab-access-this-article-for-a-price": wall(
        "https://www.riverbend-news.example/2025/03/04/rail-link-cleared/",
        '<div class="supertab-widget"><p>Access this article for $0.50 and pay later with Supertab.</p>'
        "<button>Put it on my Tab</button></div>",
    ),
    # Fewcents: a micropayment for this article
    "fewcents-unlock-this-article": wall(
        "https://www.deccandaily.example/city/rail-link-cleared-1234567.html",
        '<div id="fewcents-paywall"><p>Unlock this article for ₹10 with Fewcents.</p><button>Unlock</button>'
        "</div>",
    ),
    # Admiral's engagement box in the story's block: subscribe to keep reading
    "admiral-subscribe-to-keep-reading": wall(
        "https://www.prairieledger.example/rail-link-cleared/",
        '<div class="admiral-engage"><p>Please subscribe to keep reading.</p><a href="/plans">See plans</a>'
        "</div>",
    ),
    # Hungarian: "The full article is available to our subscribers only"
    "hu-csak-elofizetoinknek": prompt_wall(
        "https://www.pestihirlap.example/belfold/2025/03/04/automentes-belvaros",
        "hu",
        '<div class="elofizetes-doboz"><p>A cikk teljes terjedelmében csak előfizetőinknek érhető el.</p><a'
        ' href="/elofizetes">Előfizetek</a></div>',
    ),
    # Romanian: "This article is available to subscribers only"
    "ro-doar-pentru-abonati": prompt_wall(
        "https://www.ziarulcetatii.example/actualitate/centrul-inchis-masinilor-1234567",
        "ro",
        '<div class="abonament-box"><p>Acest articol este disponibil doar pentru abonați.</p><a'
        ' href="/abonare">Abonează-te</a></div>',
    ),
    # Turkish: "Subscribe to read the rest of the story"
    "tr-devamini-okumak-icin-abone-olun": prompt_wall(
        "https://www.gundemhaber.example/yerel/sehir-merkezi-trafige-kapaniyor-1234567",
        "tr",
        '<div class="abonelik-kutusu"><p>Haberin devamını okumak için abone olun.</p><a href="/abonelik">'
        "Abone ol</a></div>",
    ),
    # Arabic: "This content is available to subscribers only"
    "ar-lil-mushtarikin-faqat": prompt_wall(
        "https://www.alkhabar-alyawm.example/local/2025/03/04/city-centre-closed",
        "ar",
        '<div class="subscription-wall"><p>هذا المحتوى متاح للمشتركين فقط.</p><a href="/subscribe">اشترك'
        " الآن</a></div>",
    ),
    # Hindi: "This article is for subscribers only"
    "hi-keval-subscribers": prompt_wall(
        "https://www.nagarsamachar.example/city/city-centre-closed-to-cars-12345.html",
        "hi",
        '<div class="premium-box"><p>यह लेख केवल सब्सक्राइबर्स के लिए है।</p><a href="/subscribe">सब्सक्राइब'
        " करें</a></div>",
    ),
    # Indonesian: "This article is for subscribers only"
    "id-khusus-pelanggan": prompt_wall(
        "https://www.harianrakyat.example/read/2025/03/04/pusat-kota-bebas-kendaraan",
        "id",
        '<div class="langganan-box"><p>Artikel ini khusus untuk pelanggan.</p><a'
        ' href="/berlangganan">Berlangganan sekarang</a></div>',
    ),
    # European Portuguese: "To keep reading, subscribe" (a Público-like paper)
    "pt-para-continuar-a-ler-assine": prompt_wall(
        "https://www.diariolisboeta.example/2025/03/04/local/noticia/cem-autocarros-eletricos-2101234",
        "pt",
        '<div class="assinatura-box"><p>Para continuar a ler, assine o Diário.</p><a href="/assinaturas">'
        "Ver planos</a></div>",
    ),
    # Italian: the unlock button of the wall, "Sblocca l'articolo"
    "it-sblocca-l-articolo": prompt_wall(
        "https://www.gazzettadelnord.example/cronaca/2025/03/04/nuovo-tram-via-libera",
        "it",
        '<div class="offerta-abbonamento"><p>Sblocca l’articolo con un abbonamento digitale.</p><a'
        ' href="/abbonati">Scopri le offerte</a></div>',
    ),
    # Greek: "The article is available to subscribers only"
    "el-mono-gia-syndromites": prompt_wall(
        "https://www.kathimerini-nea.example/society/56123456/kleisto-to-kentro/",
        "el",
        '<div class="syndromi-box"><p>Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.</p><a href="/syndromi">'
        "Γίνετε συνδρομητής</a></div>",
    ),
    # Russian: "The article is available to subscribers only"
    "ru-tolko-podpischikam": prompt_wall(
        "https://www.gorodskie-vesti.example/news/2025/03/04/tsentr-zakroyut/",
        "ru",
        '<div class="podpiska-box"><p>Этот материал доступен только подписчикам.</p><a href="/subscribe">'
        "Оформить подписку</a></div>",
    ),
}

# --- advertorials -----------------------------------------------------------------------------------------
ADVERTORIALS: dict[str, Shape] = {
    # the Czech label the law asks for, set in capitals in the source (not by CSS)
    "cs-komercni-sdeleni-in-capitals": labelled(
        "https://www.mestskelisty.example/zpravy/sto-autobusu-pro-mesto.A250304_1234",
        "cs",
        '<span class="article-label">KOMERČNÍ SDĚLENÍ</span>',
    ),
    # the French label in capitals, its accent kept
    "fr-publiredactionnel-in-capitals": labelled(
        "https://www.courrierdusud.example/societe/renover-les-ecoles-2561234",
        "fr",
        '<span class="kicker">PUBLIRÉDACTIONNEL</span>',
    ),
    # the Russian "As advertising" over the headline, in capitals
    "ru-na-pravakh-reklamy-in-capitals": labelled(
        "https://www.gorodskie-vesti.example/articles/2025/03/04/tsentr-bez-mashin/",
        "ru",
        '<div class="material-label">НА ПРАВАХ РЕКЛАМЫ</div>',
    ),
    # the Greek "Sponsored" in capitals (Greek capitals drop the accent)
    "el-chorigoumeno-in-capitals": labelled(
        "https://www.kathimerini-nea.example/economy/56123457/kentro-xoris-autokinita/",
        "el",
        '<span class="label">ΧΟΡΗΓΟΥΜΕΝΟ</span>',
    ),
    # a Polish paper's "Reklama" (advertising) as the headline's kicker
    "pl-reklama-kicker": labelled(
        "https://www.kurierlokalny.example/wiadomosci/autobusy-elektryczne/ar/c1-12345679",
        "pl",
        '<span class="kicker">Reklama</span>',
    ),
    # a Romanian portal's "Articol susținut de <brand>" over the headline
    "ro-articol-sustinut-de": labelled(
        "https://www.ziarulcetatii.example/economie/centrul-orasului-fara-masini-1234568",
        "ro",
        '<div class="sponsor-label">Articol susținut de Harbor Tech</div>',
    ),
    # a Turkish portal's "Reklam" kicker
    "tr-reklam-kicker": labelled(
        "https://www.gundemhaber.example/ekonomi/sehir-merkezi-hafta-sonu-1234568",
        "tr",
        '<span class="kicker">Reklam</span>',
    ),
    # an Arabic paper's "Content sponsored by <brand>"
    "ar-muhtawa-biriayat": labelled(
        "https://www.alkhabar-alyawm.example/economy/2025/03/04/city-centre-sponsored",
        "ar",
        '<div class="sponsored-label">محتوى برعاية Harbor Tech</div>',
    ),
    # a Hungarian portal's "Szponzorált tartalom" (sponsored content)
    "hu-szponzoralt-tartalom": labelled(
        "https://www.pestihirlap.example/gazdasag/2025/03/04/autokat-kitiltjak",
        "hu",
        '<span class="label">Szponzorált tartalom</span>',
    ),
    # a Hindi paper's "प्रायोजित" (sponsored) badge
    "hi-prayojit": labelled(
        "https://www.nagarsamachar.example/business/city-centre-sponsored-12346.html",
        "hi",
        '<span class="badge">प्रायोजित</span>',
    ),
    # an Indonesian portal's "Konten Bersponsor"
    "id-konten-bersponsor": labelled(
        "https://www.harianrakyat.example/read/2025/03/04/pusat-kota-bersponsor",
        "id",
        '<span class="label">Konten Bersponsor</span>',
    ),
    # a Portuguese paper's "Conteúdo patrocinado" (a label of round 1's words, in a European paper's shape)
    "pt-conteudo-patrocinado": labelled(
        "https://www.diariolisboeta.example/2025/03/04/economia/conteudo/cem-autocarros-2101235",
        "pt",
        '<span class="label">Conteúdo patrocinado</span>',
    ),
    # a Spanish paper's "Publirreportaje" kicker
    "es-publirreportaje": labelled(
        "https://www.diariocosta.example/economia/autobuses-electricos-publi-20250304.html",
        "es",
        '<span class="kicker">Publirreportaje</span>',
    ),
    # a German blogger's paid post: the WordPress category "Werbung" set over the title
    "de-blog-werbung-category-kicker": advertorial(
        "https://www.stadtkind-blog.example/2025/03/04/innenstadt-autofrei/",
        page(
            f"<title>Stadtrat sperrt Innenstadt für Autos</title>{OG}{DATE}"
            '<meta property="article:section" content="Werbung">',
            '<main><article class="post"><header class="entry-header"><span class="cat-links"><a'
            ' href="/category/werbung/" rel="category tag">Werbung</a></span><h1 class="entry-title">Stadtrat'
            " sperrt Innenstadt für Autos</h1><p class=byline>Von Ana Cruz</p></header>"
            '<div class="entry-content">'
            f"{paras(DE)}</div></article></main>",
            lang="de",
        ),
        headline="Stadtrat sperrt Innenstadt für Autos",
        body=DE,
        language="de",
    ),
}

# --- traps: normal articles -------------------------------------------------------------------------------
TRADE = [
    "Die Supermarktkette startet am Montag ihre neue Frühjahrskampagne, die erstmals ganz ohne"
    " Fernsehwerbung auskommt.",
    "Die Agentur setzt stattdessen auf Plakate, Podcasts und Anzeigen in sozialen Netzwerken, wie ihr"
    " Geschäftsführer sagte.",
    "Branchenbeobachter sehen darin ein Zeichen dafür, dass klassische Werbung im Fernsehen weiter an"
    " Bedeutung verliert.",
]
POLITICAL_ADS = [
    "Campaigns in the state spent a record forty million dollars on television and online ads in the last"
    " month before the vote, filings show.",
    "Each ad must carry a line saying who paid for it; the commission fined two committees for leaving it"
    " out.",
    "Paid for by Citizens for Harbor City, reads the line at the end of the most-aired spot.",
    *SENTENCES[:2],
]
STATE_MUSEUM = [
    "Entry to the city's six museums will be free from April, after the regional government agreed to cover"
    " the lost ticket revenue.",
    "The scheme, sponsored by the state for the next three years, is expected to double visitor numbers.",
    *SENTENCES[:2],
]
BILL = [
    "A bill that would cap rents in the capital cleared its first committee vote on Tuesday.",
    "Senator Ana Lopez, who sponsored the bill, said she expected a vote on the floor before the summer.",
    "Sponsored legislation from the opposition rarely gets this far, analysts said.",
    *SENTENCES[:2],
]
PAID_LEAVE = [
    "Fathers will be entitled to ten weeks of paid leave from next year, twice as much as now, under a law"
    " passed on Tuesday.",
    "Paid leave for parents has been extended three times in the past decade.",
    *SENTENCES[:2],
]
APP_REVIEW = [
    "The Courier's new app is fast, clean and easy to read, with a dark mode and offline reading.",
    "Stories load in under a second, and the audio versions of the day's top stories are a nice touch.",
    "The paywall is gentle: five free stories a month, then four dollars a month for everything, which is"
    " fair for what you get.",
]
APP_REVIEW_PROMPT = [
    *APP_REVIEW[:2],
    "The paywall is gentle: after five stories a banner asks you to subscribe to keep reading, and four"
    " dollars a month for everything is fair.",
]
MARATHON = [
    "The city marathon has lost its main sponsor three months before the race, the organisers said on"
    " Tuesday.",
    "Harbor Tech, which had sponsored the event for eight years, said it would spend the money on youth"
    " sport instead.",
    *SENTENCES[:2],
]
PRICES = [
    "The Courier will raise the price of its digital subscription to eighteen dollars a month from April,"
    " up from fifteen.",
    "“Subscribe for $1 a week,” the paper's new adverts say; the offer ends after six months.",
    "Print subscribers will pay thirty dollars a month for seven-day delivery.",
    *SENTENCES[:2],
]
RU_AD_MARKET = [
    "Рынок рекламы в России вырос за год на четверть, подсчитали аналитики отраслевой ассоциации.",
    "Больше всего выросла реклама в интернете, тогда как доля телевидения продолжает сокращаться.",
    *RU[:2],
]


def reported(url: str, headline: str, text: list[str], kicker: str = "") -> Shape:
    """A news story in English (its kicker, if any, over the headline), kept and flagged nothing."""
    label = f'<span class="kicker">{kicker}</span>' if kicker else ""
    return news(url, story(label, headline=headline, text=text), headline=headline, body=text)


TRAPS: dict[str, Shape] = {
    # a German advertising-trade paper (horizont.net/wuv.de shape): its "Werbung" section is news about
    # advertising, declared as the article's section and shown in the breadcrumb; the kicker names the story
    "de-werbung-trade-section": news(
        "https://www.werbewelt-news.example/werbung/fruehjahrskampagne-ohne-tv-spot-212345",
        page(
            "<title>Frühjahrskampagne ohne TV-Spot | Werbewelt</title>"
            f'{OG}{DATE}<meta property="article:section" content="Werbung">',
            '<main><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/werbung/">Werbung</a></nav>'
            '<article><header><span class="kicker">Kampagne</span><h1>Frühjahrskampagne ohne TV-Spot</h1><p'
            f" class=byline>Von Ana Cruz</p></header><div class=article-body>{paras(TRADE)}</div></article>"
            "</main>",
            lang="de",
        ),
        headline="Frühjahrskampagne ohne TV-Spot",
        body=TRADE,
        language="de",
    ),
    # a story about political ads, quoting an ad's "Paid for by" line in its text
    "story-about-political-ads": reported(
        "https://www.statehousewire.example/2025/03/04/record-spending-on-political-ads",
        "Record spending on political ads",
        POLITICAL_ADS,
        "Political ads",
    ),
    # a museum scheme "sponsored by the state", in the standfirst and the text
    "sponsored-by-the-state-museums": news(
        "https://www.cityledger.example/2025/03/04/free-museums-from-april.html",
        page(
            f"<title>Free museums from April</title>{OG}{DATE}",
            "<main><article><header><h1>Free museums from April</h1><p class=standfirst>Sponsored by the"
            " state for three years</p><p class=byline>By Ana Cruz</p></header>"
            f"<div class=article-body>{paras(STATE_MUSEUM)}</div></article></main>",
        ),
        headline="Free museums from April",
        body=STATE_MUSEUM,
    ),
    # a bill's sponsor, and "Sponsored legislation" opening a paragraph
    "sponsored-bill-story": reported(
        "https://www.statehousewire.example/2025/03/04/rent-cap-bill-clears-committee",
        "Rent cap bill clears committee",
        BILL,
    ),
    # paid leave: "Paid" opening the kicker and a paragraph
    "paid-leave-story": reported(
        "https://www.cityledger.example/2025/03/04/paid-leave-for-fathers-doubles.html",
        "Paid leave for fathers doubles",
        PAID_LEAVE,
        "Paid leave",
    ),
    # a review of a news app that talks about its paywall in the last paragraph
    "app-review-mentions-the-paywall": reported(
        "https://www.gadgetdesk.example/reviews/courier-app-review", "The Courier's app, reviewed", APP_REVIEW
    ),
    # the same review reporting the prompt's words in its last sentence, without quotation marks
    "app-review-reports-the-prompt-in-a-sentence": reported(
        "https://www.gadgetdesk.example/reviews/courier-app-review-2",
        "The Courier's app, reviewed",
        APP_REVIEW_PROMPT,
    ),
    # a sports story about a marathon's sponsor, "Sponsorship" as its kicker
    "marathon-loses-sponsor": reported(
        "https://www.sportsdesk.example/athletics/city-marathon-loses-sponsor",
        "City marathon loses its main sponsor",
        MARATHON,
        "Sponsorship",
    ),
    # a story about a paper's prices, quoting its subscription offer in quotation marks
    "story-quotes-a-subscription-price": reported(
        "https://www.mediawatch.example/2025/03/04/courier-raises-prices",
        "The Courier raises its prices",
        PRICES,
    ),
    # a Russian story about the ad market: "реклама" in its text and kicker-less header
    "ru-story-about-the-ad-market": news(
        "https://www.gorodskie-vesti.example/business/2025/03/04/rynok-reklamy/",
        story(
            '<span class="kicker">Медиа</span>',
            headline="Рынок рекламы вырос на четверть",
            text=RU_AD_MARKET,
            byline="<p class=byline>Ana Cruz</p>",
            lang="ru",
        ),
        headline="Рынок рекламы вырос на четверть",
        body=RU_AD_MARKET,
        language="ru",
    ),
    # a Polish paper's ad slot labelled "REKLAMA" right above a news story's headline
    "pl-reklama-ad-slot-above-headline": news(
        "https://www.kurierlokalny.example/wiadomosci/autobusy-elektryczne-decyzja/ar/c1-12345680",
        page(
            f"<title>{HEADLINES['pl']}</title>{OG}{DATE}",
            f"<main><article><header>{AD_SLOT.format(label='REKLAMA', n=7)}<h1>{HEADLINES['pl']}</h1>"
            f"<p class=byline>Ana Cruz</p></header><div class=article-body>{paras(PL)}</div>"
            "</article></main>",
            lang="pl",
        ),
        headline=HEADLINES["pl"],
        body=PL,
        language="pl",
    ),
}

# --- a sponsor's credit alone as the byline: an advertorial here until round 11, which made the credit weak
# evidence (`weak:label:Presented by`, recorded, judging nothing alone; docs/judging.md,
# tests/test_judging_unseen_shapes11.py)
CREDITS: dict[str, Shape] = {
    # "Brought to you by <brand>" in the byline
    "brought-to-you-by-byline": news(
        "https://www.metroliving.example/home/ten-ways-smart-meters-2",
        story(
            "",
            byline='<p class="byline">Brought to you by <a href="https://harbortech.example">Harbor Tech</a>'
            "</p>",
        ),
        headline="Ten ways smart meters cut the household bill",
        authors=[],
    ),
}

SHAPES: dict[str, Shape] = {**PAYWALLS, **ADVERTORIALS, **CREDITS, **TRAPS}


#: shapes the project judges wrong on this code, with why (each is listed in the report; the story reporting a
#: prompt's words in its last sentence was one until paywall_prompts.NOT_REPORTED, round 8)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", shape_names(SHAPES, XFAIL))
def test_the_judged_record(name: str) -> None:
    assert_judged_record(SHAPES[name])


def test_the_groups_hold_the_shapes_they_are_for() -> None:
    assert len(SHAPES) >= 35
    assert all(s.access == "paywalled" and s.truncated for s in PAYWALLS.values())
    assert all(s.sponsored and s.drop == "Sponsored" for s in ADVERTORIALS.values())
    assert all(not s.sponsored and s.drop is None and not s.truncated for s in TRAPS.values())


def test_every_prompt_wording_holds_one_of_its_needles() -> None:
    """The needles of newsarchive/paywall_prompts.py are necessary conditions: every prompt line these
    rounds' boxes hold, matched by a wording, holds one of that wording's needles (lower-cased), and so one
    of extraction's PROMPT_NEEDLES."""
    import re

    lines = [
        "To read this article, please sign in or subscribe.",
        "This story is available exclusively to subscribers.",
        "Access this article for $0.50 and pay later with Supertab.",
        "Unlock this article for ₹10 with Fewcents.",
        "A cikk teljes terjedelmében csak előfizetőinknek érhető el.",
        "Acest articol este disponibil doar pentru abonați.",
        "Haberin devamını okumak için abone olun.",
        "هذا المحتوى متاح للمشتركين فقط.",
        "यह लेख केवल सब्सक्राइबर्स के लिए है।",
        "Artikel ini khusus untuk pelanggan.",
        "Sblocca l’articolo con un abbonamento digitale.",
        "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.",
        "Этот материал доступен только подписчикам.",
        "Dieser Artikel gehört zum Angebot von SPIEGEL+.",
    ]
    wordings = (*paywall_prompts.ENGLISH, *paywall_prompts.OTHER, *paywall_prompts.READ_ON)
    for line in lines:
        matched = [w for w in wordings if re.search(w.pattern, line, re.I)]
        assert matched, line
        lowered = line.lower()
        assert all(any(n in lowered for n in w.needles) for w in matched), line
        assert any(n in lowered.encode() for n in PROMPT_NEEDLES), line
    assert all(is_prompt(line) for line in lines)
