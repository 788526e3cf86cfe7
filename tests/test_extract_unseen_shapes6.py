"""Page shapes of publishers in none of the corpora, sixth round (tests/test_extract_unseen_shapes.py to
tests/test_extract_unseen_shapes5.py are the first five): whole article pages in the languages and scripts
the earlier rounds barely touched: Arabic (Al Arabiya, Asharq Al-Awsat: right to left, Arabic-Indic digits,
the Hijri date beside the Gregorian one), Hebrew (Haaretz, Ynet), Persian (Hamshahri: the Solar Hijri date),
Russian (Meduza, Kommersant, RBC), Ukrainian (Ukrainska Pravda), Turkish (Hürriyet), Greek (Kathimerini),
Vietnamese (VnExpress), Thai (Thai PBS), Hindi (Dainik Bhaskar), Bengali (Prothom Alo), Indonesian (Detik),
Chinese (Caixin, the Liberty Times, People's Daily), Polish (Onet), Hungarian (Telex, Index), Czech
(Novinky), Romanian (HotNews) and Swedish (Dagens Nyheter). Each page sits among the noise of a real page
in its own language (tests/test_extract_unseen_shapes4.py's `chrome`, its labels and links translated:
cookie banner, menu, share buttons, newsletter box, ad slots, related stories with their own dates and
bylines, footer), with the furniture of its publisher inside the story (in-text ads, "read also" links,
source and editor lines, comment counters). No host here is in any corpus and no tune-half page shows these
shapes, so every page is a small page built by hand in the shape of the paper ("hand-built"), and every
field of the judged record is read (`expect`).
"""

from __future__ import annotations

from tests.test_extract_unseen_shapes2 import ld, page
from tests.test_extract_unseen_shapes4 import SV, chrome, expect, paras, record

# --- the noise around a story, in the page's language ---------------------------------------------
#: chrome()'s English words and the page language's: ad label, "more stories", newsletter, cookies, share,
#: the menu's four sections, the two related stories' titles and bylines, the footer's three words
_ENGLISH = (
    "Advertisement", "More stories", "Sign up for our morning briefing", "We use cookies", ">Share<",
    ">News<", ">Politics<", ">Business<", ">Sport<",
    "Harbour dredging plan approved by council", "By Peter Walsh", "Bus fares to rise in April",
    "By Helen Ross", "All rights reserved.", ">Privacy<", ">Terms<", "Accept all / Settings",
)  # fmt: skip
_LOCAL = {
    "ar": "إعلان|اقرأ أيضاً|اشترك في النشرة البريدية|نستخدم ملفات تعريف"
    " الارتباط|شارك|أخبار|سياسة|اقتصاد|رياضة|"
    "مجلس الوزراء يقر خطة جديدة للإسكان|بقلم سامي حداد|ارتفاع أسعار الوقود في الأسواق المحلية|بقلم ليلى خوري|"
    "جميع الحقوق محفوظة.|الخصوصية|الشروط|قبول الكل / الإعدادات",
    "he": "פרסומת|עוד כתבות|הירשמו לניוזלטר|אנו משתמשים בעוגיות|שתפו|חדשות|פוליטיקה|כלכלה|ספורט|"
    "מועצת העיר אישרה את תוכנית הנמל|מאת דני כהן|מחירי הנסיעה באוטובוס יעלו באפריל|מאת רונית לוי|"
    "כל הזכויות שמורות.|פרטיות|תנאי שימוש|אישור הכל / הגדרות",
    "fa": "آگهی|بیشتر بخوانید|عضویت در خبرنامه|ما از کوکی استفاده می‌کنیم|اشتراک‌گذاری|اخبار|سیاست|اقتصاد|ورزش|"
    "شورای شهر طرح لایروبی بندر را تصویب کرد|نوشته علی رضایی|کرایه اتوبوس از فروردین افزایش می‌یابد|"
    "نوشته مریم احمدی|تمامی حقوق محفوظ است.|حریم خصوصی|شرایط|پذیرفتن همه / تنظیمات",
    "ru": "Реклама|Читайте также|Подпишитесь на нашу рассылку|Мы используем файлы cookie|Поделиться|Новости|"
    "Политика|Экономика|Спорт|Городской совет одобрил план дноуглубления гавани|Петр Волков|"
    "Стоимость проезда в автобусах вырастет в апреле|Елена Соколова|Все права защищены.|Конфиденциальность|"
    "Условия|Принять все / Настройки",
    "uk": "Реклама|Читайте також|Підпишіться на розсилку|Ми використовуємо файли cookie|Поширити|Новини|"
    "Політика|Економіка|Спорт|Міська рада схвалила план поглиблення гавані|Петро Коваль|"
    "Проїзд в автобусах подорожчає у квітні|Олена Ткаченко|Усі права захищені.|Конфіденційність|Умови|"
    "Прийняти все / Налаштування",
    "tr": "Reklam|İlgili Haberler|Bültenimize abone olun|Çerez"
    " kullanıyoruz|Paylaş|Gündem|Politika|Ekonomi|Spor|"
    "Belediye meclisi liman tarama planını onayladı|Mehmet Kaya|Otobüs ücretlerine nisanda zam geliyor|"
    "Zeynep Demir|Tüm hakları saklıdır.|Gizlilik|Koşullar|Tümünü kabul et / Ayarlar",
    "el": "Διαφήμιση|Διαβάστε ακόμη|Εγγραφείτε στο newsletter|Χρησιμοποιούμε cookies|Κοινοποίηση|Ειδήσεις|"
    "Πολιτική|Οικονομία|Αθλητισμός|Εγκρίθηκε το σχέδιο βυθοκόρησης του λιμανιού|Νίκος Γεωργίου|"
    "Αυξάνονται τα εισιτήρια των λεωφορείων τον Απρίλιο|Ελένη Νικολάου|Με επιφύλαξη παντός δικαιώματος.|"
    "Απόρρητο|Όροι|Αποδοχή όλων / Ρυθμίσεις",
    "vi": "Quảng cáo|Tin liên quan|Đăng ký nhận bản tin|Chúng tôi sử dụng cookie|Chia sẻ|Thời sự|Chính trị|"
    "Kinh doanh|Thể thao|Hội đồng thành phố duyệt kế hoạch nạo vét cảng|Hoàng Nam|Giá vé xe buýt tăng"
    " từ tháng"
    " Tư|Thu Hà|Bản quyền thuộc về tòa soạn.|Quyền riêng tư|Điều khoản|Chấp nhận tất cả / Cài đặt",
    "th": "โฆษณา|ข่าวที่เกี่ยวข้อง|สมัครรับจดหมายข่าว|เราใช้คุกกี้|แชร์|ข่าว|การเมือง|เศรษฐกิจ|กีฬา|"
    "สภาเมืองอนุมัติแผนขุดลอกท่าเรือ|สมศักดิ์ ใจดี|ค่าโดยสารรถเมล์จะขึ้นในเดือนเมษายน|สุดา แก้วมณี|"
    "สงวนลิขสิทธิ์|ความเป็นส่วนตัว|ข้อกำหนด|ยอมรับทั้งหมด / ตั้งค่า",
    "hi": "विज्ञापन|ये भी पढ़ें|न्यूज़लेटर के लिए साइन अप करें|हम कुकीज़ का उपयोग करते हैं|शेयर|देश|राजनीति|बिज़नेस|"
    "खेल|नगर परिषद ने बंदरगाह की खुदाई योजना मंजूर की|अमित वर्मा|अप्रैल से बस का किराया बढ़ेगा|नेहा गुप्ता|"
    "सर्वाधिकार सुरक्षित।|गोपनीयता|शर्तें|सभी स्वीकार करें / सेटिंग्स",
    "bn": "বিজ্ঞাপন|আরও পড়ুন|নিউজলেটারে সাইন আপ করুন|আমরা কুকি ব্যবহার করি|শেয়ার|বাংলাদেশ|রাজনীতি|বাণিজ্য|"
    "খেলা|বন্দর খননের পরিকল্পনা অনুমোদন দিল সিটি করপোরেশন|রফিকুল ইসলাম|এপ্রিল থেকে বাসভাড়া বাড়ছে|"
    "নাসরিন আক্তার|সর্বস্বত্ব সংরক্ষিত।|গোপনীয়তা|শর্তাবলি|সব গ্রহণ করুন / সেটিংস",
    "id": "Iklan|Berita Terkait|Berlangganan newsletter kami|Kami menggunakan cookie|Bagikan|Berita|Politik|"
    "Bisnis|Olahraga|DPRD setujui rencana pengerukan pelabuhan|Budi Santoso|Tarif bus naik mulai April|"
    "Rina Wati|Hak cipta dilindungi.|Privasi|Ketentuan|Terima semua / Pengaturan",
    "zh": "广告|相关阅读|订阅我们的新闻简报|我们使用Cookie|分享|新闻|政治|经济|体育|"
    "市议会批准港口疏浚计划|记者 王明|"
    "四月起公交票价上调|记者 刘芳|版权所有|隐私政策|使用条款|全部接受 / 设置",
    "zh-TW": "廣告|相關新聞|訂閱電子報|本網站使用Cookie|分享|新聞|政治|財經|體育|"
    "市議會通過港口疏浚計畫|記者陳志明|"
    "公車票價四月起調漲|記者林美玲|版權所有|隱私權政策|服務條款|全部接受 / 設定",
    "pl": "Reklama|Czytaj także|Zapisz się na newsletter|Używamy plików"
    " cookie|Udostępnij|Wiadomości|Polityka|"
    "Biznes|Sport|Rada miasta zatwierdziła plan pogłębienia portu|Piotr Nowak|Bilety autobusowe zdrożeją w"
    " kwietniu|Helena Wiśniewska|Wszelkie prawa zastrzeżone.|Prywatność|Regulamin|Akceptuję wszystkie /"
    " Ustawienia",
    "hu": "Hirdetés|Kapcsolódó cikkek|Iratkozz fel hírlevelünkre|Sütiket"
    " használunk|Megosztás|Belföld|Politika|"
    "Gazdaság|Sport|Elfogadta a közgyűlés a kikötő kotrási tervét|Nagy Péter|Áprilistól drágul a buszjegy|"
    "Szabó Ilona|Minden jog fenntartva.|Adatvédelem|Feltételek|Összes elfogadása / Beállítások",
    "cs": "Reklama|Čtěte také|Přihlaste se k odběru newsletteru|Používáme cookies|Sdílet|Domácí|Politika|"
    "Ekonomika|Sport|Zastupitelé schválili plán na prohloubení přístavu|Petr Dvořák|Jízdné v autobusech od"
    " dubna zdraží|Helena Svobodová|Všechna práva vyhrazena.|Soukromí|Podmínky|Přijmout vše / Nastavení",
    "ro": "Publicitate|Citește și|Abonează-te la newsletter|Folosim"
    " cookie-uri|Distribuie|Actualitate|Politică|"
    "Economie|Sport|Consiliul local a aprobat planul de dragare a portului|Mihai Ionescu|Biletele de autobuz"
    " se scumpesc din aprilie|Elena Popa|Toate drepturile rezervate.|Confidențialitate|Termeni|Accept toate /"
    " Setări",
    "sv": "Annons|Mer om ämnet|Prenumerera på vårt nyhetsbrev|Vi använder"
    " cookies|Dela|Nyheter|Politik|Ekonomi|"
    "Sport|Kommunen godkänner muddring av hamnen|Per Lindqvist|Busskorten blir dyrare i april|Helena Ross|"
    "Alla rättigheter förbehållna.|Integritet|Villkor|Godkänn alla / Inställningar",
}


def local_chrome(site: str, lang: str) -> tuple[str, str]:
    """chrome()'s page around the story with its words in the language `lang`."""
    words = _LOCAL[lang].split("|")
    assert len(words) == len(_ENGLISH)
    parts = list(chrome(site))
    for english, local in zip(_ENGLISH, words, strict=True):
        local = f">{local}<" if english.startswith(">") else local
        parts = [part.replace(english, local) for part in parts]
    return parts[0], parts[1]


def rtl(html: str) -> str:
    """A right-to-left page: the direction on the root element, as Arabic, Hebrew and Persian papers"
    " set it."""
    return html.replace("<html ", '<html dir="rtl" ', 1)


def article(headline: str, **fields: object) -> str:
    """A NewsArticle's JSON-LD with the given fields."""
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, **fields})


AR = [
    "أعلنت وزارة المالية السعودية، الخميس، عن ميزانية العام المقبل التي تتضمن زيادة في الإنفاق على مشاريع"
    " البنية التحتية والنقل العام.",
    "وقال وزير المالية في مؤتمر صحافي إن الحكومة تتوقع أن يبلغ العجز نحو اثنين في المائة من الناتج المحلي"
    " الإجمالي.",
    "وأضاف أن الإيرادات غير النفطية واصلت النمو خلال العام الحالي بفضل الإصلاحات الاقتصادية وتوسع قطاع"
    " السياحة.",
]
AR2 = [
    "عقد مجلس الأمن الدولي، مساء الخميس، جلسة طارئة لبحث التطورات الإنسانية في السودان بعد تصاعد المعارك في"
    " إقليم دارفور.",
    "وحذّر مسؤولون في الأمم المتحدة من أن ملايين المدنيين يواجهون خطر المجاعة مع اقتراب موسم الجفاف وتعثر"
    " وصول المساعدات.",
    "ودعا عدد من الدول الأعضاء إلى وقف فوري لإطلاق النار وفتح ممرات آمنة لإيصال الغذاء والدواء إلى المناطق"
    " المحاصرة.",
]
HE = [
    "הממשלה אישרה ביום חמישי את תוכנית התחבורה הציבורית החדשה, שתכלול הרחבה של קווי הרכבת הקלה בגוש דן.",
    "לפי משרד התחבורה, עלות התוכנית מוערכת בכעשרים מיליארד שקלים והיא תושלם בתוך שמונה שנים.",
    "ראשי הערים בפריפריה מתחו ביקורת על ההחלטה וטענו כי רוב התקציב יופנה שוב למרכז הארץ.",
]
HE2 = [
    "משטרת ישראל פתחה הבוקר בחקירה בעקבות שריפה גדולה שפרצה באזור התעשייה של חיפה ונמשכה שעות ארוכות.",
    "כוחות כיבוי והצלה מכל אזור הצפון הוזעקו למקום, ותושבי השכונות הסמוכות התבקשו להישאר בבתיהם ולסגור"
    " חלונות.",
    "לפי ההערכות הראשוניות, השריפה החלה במחסן של חומרים דליקים, אך הנסיבות המדויקות עדיין נבדקות.",
]
FA = [
    "بانک مرکزی ایران روز پنجشنبه اعلام کرد که نرخ تورم سالانه در ماه گذشته به بیش از چهل درصد رسیده است.",
    "به گفته کارشناسان اقتصادی، افزایش قیمت مواد غذایی و کاهش ارزش ریال مهم‌ترین عوامل این رشد بوده‌اند.",
    "دولت وعده داده است که با افزایش یارانه‌ها و کنترل قیمت‌ها فشار بر خانوارهای کم‌درآمد را کاهش دهد.",
]
RU = [
    "Государственная дума в четверг приняла в первом чтении законопроект о повышении налога на прибыль для"
    " крупных компаний.",
    "По оценке Министерства финансов, изменения принесут бюджету около пятисот миллиардов рублей в следующем"
    " году.",
    "Представители бизнеса раскритиковали инициативу и заявили, что она может привести к сокращению"
    " инвестиций.",
]
RU2 = [
    "Центральный банк сохранил ключевую ставку на прежнем уровне, несмотря на замедление инфляции в последние"
    " месяцы.",
    "Аналитики, опрошенные “Ъ”, ожидали такого решения и прогнозируют снижение ставки не раньше весны.",
    "Банкиры отмечают, что высокая стоимость кредитов по-прежнему сдерживает спрос на ипотеку и"
    " потребительские"
    " займы.",
]
RU3 = [
    "Правительство утвердило новую программу поддержки малого бизнеса, рассчитанную на ближайшие три года.",
    "Как сообщили в Министерстве экономического развития, на программу будет выделено около двухсот"
    " миллиардов"
    " рублей.",
    "Эксперты считают, что основная часть средств пойдет на льготные кредиты для производственных компаний.",
]
UK = [
    "Верховна Рада у четвер ухвалила в цілому законопроєкт про державний бюджет на наступний рік.",
    "За словами міністра фінансів, більшу частину видатків буде спрямовано на оборону та відновлення"
    " енергетики.",
    "Опозиція заявила, що бюджет не враховує потреб місцевих громад, і закликала президента ветувати закон.",
]
TR = [
    "Merkez Bankası perşembe günü politika faizini yüzde elli seviyesinde sabit tuttuğunu açıkladı.",
    "Banka yaptığı açıklamada enflasyondaki düşüş eğiliminin sürdüğünü ancak risklerin devam ettiğini"
    " belirtti.",
    "Ekonomistler, faiz indiriminin önümüzdeki yılın ilk çeyreğinde başlamasını bekliyor.",
]
EL = [
    "Η κυβέρνηση ανακοίνωσε την Πέμπτη νέο πρόγραμμα στήριξης για τα νοικοκυριά με χαμηλά εισοδήματα ενόψει"
    " του χειμώνα.",
    "Σύμφωνα με το υπουργείο Οικονομικών, το κόστος του μέτρου εκτιμάται σε περίπου πεντακόσια εκατομμύρια"
    " ευρώ.",
    "Η αντιπολίτευση χαρακτήρισε τα μέτρα ανεπαρκή και ζήτησε μόνιμη μείωση του φόρου στα καύσιμα.",
]
VI = [
    "Chính phủ vừa phê duyệt dự án đường sắt tốc độ cao Bắc - Nam với tổng vốn đầu tư khoảng 67 tỷ USD.",
    "Theo Bộ Xây dựng, dự án sẽ được khởi công vào năm 2027 và hoàn thành trong khoảng mười năm.",
    "Nhiều chuyên gia cho rằng dự án sẽ giúp giảm tải cho đường bộ và thúc đẩy phát triển kinh tế các địa"
    " phương.",
]
TH = [
    "คณะรัฐมนตรีมีมติเห็นชอบงบประมาณเพิ่มเติมสำหรับการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ",
    "โฆษกรัฐบาลระบุว่าเงินช่วยเหลือจะถูกโอนเข้าบัญชีของเกษตรกรโดยตรงภายในสิ้นเดือนนี้",
    "ตัวแทนเกษตรกรกล่าวว่าความช่วยเหลือดังกล่าวยังไม่เพียงพอต่อความเสียหายที่เกิดขึ้นจริง",
]
HI = [
    "मध्य प्रदेश सरकार ने गुरुवार को किसानों के लिए नई सिंचाई योजना को मंजूरी दे दी है।",
    "मुख्यमंत्री ने कहा कि इस योजना से राज्य के करीब दस लाख किसानों को सीधा फायदा मिलेगा।",
    "विपक्ष ने आरोप लगाया कि सरकार ने पिछले चुनाव में किए गए वादों को अब तक पूरा नहीं किया है।",
]
BN = [
    "ঢাকায় বৃহস্পতিবার থেকে শুরু হয়েছে তিন দিনের আন্তর্জাতিক বাণিজ্য মেলা, যেখানে বিশটি দেশের প্রতিষ্ঠান অংশ নিচ্ছে।",
    "বাণিজ্য উপদেষ্টা মেলার উদ্বোধন করে বলেন, এই আয়োজন দেশের রপ্তানি বাড়াতে গুরুত্বপূর্ণ ভূমিকা রাখবে।",
    "আয়োজকেরা আশা করছেন, তিন দিনে মেলায় প্রায় পাঁচ লাখ দর্শনার্থী আসবেন।",
]
ID = [
    "Pemerintah Provinsi DKI Jakarta memperpanjang masa uji coba ganjil genap di sejumlah ruas jalan hingga"
    " akhir tahun.",
    "Kepala Dinas Perhubungan mengatakan kebijakan itu berhasil mengurangi kemacetan hingga dua puluh persen"
    " pada jam sibuk.",
    "Meski demikian, sebagian warga mengeluhkan kurangnya sosialisasi mengenai jadwal dan lokasi penerapan"
    " aturan tersebut.",
]
ZH = [
    "国家统计局周五公布的数据显示，11月全国居民消费价格指数同比上涨0.5%，涨幅较上月有所扩大。",
    "分析人士认为，食品价格回升和节假日消费需求增加是推动物价上涨的主要原因。",
    "多家机构预计，明年一季度货币政策仍将保持适度宽松，以支持经济稳定增长。",
]
ZH_TW = [
    "立法院今天三讀通過長期照顧服務法修正案，未來將擴大居家照顧服務的補助對象。",
    "衛福部表示，修法後預計將有超過十萬名長者受惠，相關經費將由長照基金支應。",
    "部分民間團體則認為，照顧人力不足的問題仍未解決，呼籲政府提高照服員薪資。",
]
ZH2 = [
    "12月3日，全国冬季农业生产工作会议在北京召开，会议部署了今冬明春农业生产重点任务。",
    "会议强调，要抓好冬小麦田间管理，确保粮食生产稳定，为明年丰收打下坚实基础。",
    "会议要求各地加强农田水利建设，提高防灾减灾能力，切实保障农民利益。",
]
PL = [
    "Sejm przyjął w czwartek ustawę o podwyższeniu płacy minimalnej, która zacznie obowiązywać od pierwszego"
    " stycznia.",
    "Według ministerstwa pracy podwyżka obejmie około trzech milionów pracowników w całym kraju.",
    "Przedsiębiorcy ostrzegają, że wyższe koszty zatrudnienia mogą doprowadzić do zwolnień w małych firmach.",
]
HU = [
    "Az Országgyűlés csütörtökön elfogadta a jövő évi költségvetést, amely jelentős emelést tartalmaz az"
    " egészségügyi kiadásokban.",
    "A pénzügyminiszter szerint a hiány a bruttó hazai termék három százaléka alatt marad.",
    "Az ellenzék bírálta a törvényt, mert szerintük nem kap elég támogatást az oktatás és a közlekedés.",
]
HU2 = [
    "A Magyar Nemzeti Bank csütörtökön változatlanul hagyta az alapkamatot, miközben az infláció tovább"
    " lassult.",
    "Az elemzők többsége erre számított, és csak a jövő év elején várnak kamatcsökkentést.",
    "A forint árfolyama a döntés után alig mozdult az euróval szemben.",
]
CS = [
    "Sněmovna ve čtvrtek schválila novelu zákona o dani z nemovitostí, která od příštího roku zvýší sazby ve"
    " větších městech.",
    "Podle ministra financí přinese změna obcím zhruba osm miliard korun ročně navíc.",
    "Opoziční poslanci návrh odmítli a varovali, že vyšší daň se promítne do nájemného.",
]
RO = [
    "Guvernul a aprobat joi un pachet de măsuri pentru reducerea deficitului bugetar, care include creșterea"
    " unor taxe.",
    "Potrivit ministrului Finanțelor, măsurile ar urma să aducă la buget aproximativ zece miliarde de"
    " lei anul"
    " viitor.",
    "Reprezentanții mediului de afaceri au criticat decizia și au cerut consultări înainte de adoptarea"
    " ordonanței.",
]


# --- Arabic, Hebrew and Persian: right to left ----------------------------------------------------
def test_al_arabiya_arabic_indic_date_line_with_its_evening_mark_and_a_wire_byline() -> None:
    # Al Arabiya: no dates in the JSON-LD (an Organization for author), the date line in Arabic-Indic digits
    # ("نشر في: ٠٤ ديسمبر ٢٠٢٦ - ١٢:١٥ م" = published 4 December 2026, 12:15 p.m.), "آخر تحديث" (last
    # update), the byline "دبي - العربية.نت" (place and desk, no name: the JSON-LD's organisation is the
    # author, docs/record.md), "اقرأ المزيد" links in the text
    before, after = local_chrome("العربية", "ar")
    html = rtl(
        page(
            '<meta property="og:type" content="article"><title>السعودية تعلن ميزانية 2027 بزيادة الإنفاق على'
            " البنية التحتية | العربية</title>"
            + article(
                "السعودية تعلن ميزانية 2027 بزيادة الإنفاق على البنية التحتية",
                author={"@type": "Organization", "name": "العربية"},
                publisher={"@type": "Organization", "name": "العربية"},
            ),
            before + '<main><article class="article-main"><h1 class="headingInfo_title">السعودية تعلن ميزانية'
            ' 2027 بزيادة الإنفاق على البنية التحتية</h1><div class="article_byline"><span'
            ' class="source">دبي - العربية.نت</span><div class="timeDate"><span class="timeDate_element">نشر'
            ' في: ٠٤ ديسمبر ٢٠٢٦ - ١٢:١٥ م</span><span class="timeDate_element">آخر تحديث: ٠٤ ديسمبر ٢٠٢٦ -'
            ' ١٤:٣٠ م</span></div></div><div class="body-wrapper">'
            + f"<p>{AR[0]}</p><p>{AR[1]}</p>"
            + '<div class="related_article_inside"><span>اقرأ المزيد</span><a href="/aswaq/2026/12/01/نمو">'
            "نمو الاقتصاد السعودي 4% في الربع الثالث</a></div>"
            + f"<p>{AR[2]}</p></div></article></main>"
            + after,
            lang="ar",
        )
    )
    expect(
        record(html, "https://www.alarabiya.net/aswaq/economy/2026/12/04/السعودية-تعلن-ميزانية-2027"),
        headline="السعودية تعلن ميزانية 2027 بزيادة الإنفاق على البنية التحتية",
        standfirst=None,
        authors=["العربية"],
        published="2026-12-04T12:15:00+00:00",
        modified="2026-12-04T14:30:00+00:00",
        section=None,
        language="ar",
        body=AR,
    )


def test_asharq_al_awsat_hijri_and_gregorian_date_line_and_place_colon_byline() -> None:
    # Asharq Al-Awsat: no JSON-LD, the date line gives the Hijri day first, then the Gregorian ("الخميس -
    # 13 جمادى الآخرة 1448 هـ - 03 ديسمبر 2026 مـ") and the print issue number ("رقم العدد [17152]");
    # the byline is the place, a colon and the name ("نيويورك: علي بردى")
    before, after = local_chrome("الشرق الأوسط", "ar")
    html = rtl(
        page(
            '<meta property="og:type" content="article"><title>مجلس الأمن يبحث الوضع الإنساني في'
            " دارفور</title>",
            before + '<main><div class="node-article"><h1 class="title">مجلس الأمن يبحث الوضع الإنساني في'
            ' دارفور</h1><div class="subtitle">تحذيرات أممية من مجاعة وشيكة مع تعثر وصول المساعدات</div>'
            '<div class="article-info"><span class="date">الخميس - 13 جمادى الآخرة 1448 هـ - 03 ديسمبر 2026'
            ' مـ</span><span class="issue">رقم العدد [17152]</span></div><div class="author-name">نيويورك: <a'
            ' href="/author/علي-بردى">علي بردى</a></div><div class="field-body">'
            + paras(AR2)
            + '</div><div class="tags"><a href="/tags/السودان">السودان</a><a href="/tags/الأمم-المتحدة">الأمم'
            " المتحدة</a></div></div></main>" + after,
            lang="ar",
        )
    )
    expect(
        record(html, "https://aawsat.com/العالم-العربي/5210345-مجلس-الأمن-يبحث-الوضع-الإنساني-في-دارفور"),
        headline="مجلس الأمن يبحث الوضع الإنساني في دارفور",
        standfirst="تحذيرات أممية من مجاعة وشيكة مع تعثر وصول المساعدات",
        authors=["علي بردى"],
        published="2026-12-03T00:00:00+00:00",
        modified=None,
        section=None,
        language="ar",
        body=AR2,
    )


def test_haaretz_premium_story_with_its_json_ld_and_a_comment_counter() -> None:
    # Haaretz: a subscribers' story (isAccessibleForFree false; a text this short behind a declared wall is
    # its teaser: extract/access.py's TEASER_MAX_WORDS), the byline link and
    # the date line "04.12.2026 | 10:30", a comment counter ("תגובות 37") and a "to receive alerts" button
    before, after = local_chrome("הארץ", "he")
    html = rtl(
        page(
            '<meta property="og:type" content="article"><title>הממשלה אישרה את תוכנית התחבורה החדשה -'
            " הארץ</title>"
            + article(
                "הממשלה אישרה את תוכנית התחבורה החדשה",
                datePublished="2026-12-04T10:30:00+02:00",
                dateModified="2026-12-04T12:05:00+02:00",
                author=[
                    {"@type": "Person", "name": "עופר אדרת", "url": "https://www.haaretz.co.il/ty-WRITER/1.1"}
                ],
                isAccessibleForFree=False,
                articleSection="חדשות",
                inLanguage="he",
            ),
            before + '<main><article><header><h1 class="title">הממשלה אישרה את תוכנית התחבורה החדשה</h1><p'
            ' class="subtitle">הרכבת הקלה תורחב לערים נוספות, אך ראשי הערים בפריפריה זועמים</p><div'
            ' class="byline"><a href="/ty-WRITER/1.1">עופר אדרת</a><time datetime="2026-12-04T08:30:00Z">'
            '04.12.2026 | 10:30</time><button class="alerts">לקבלת התראות</button><a href="#comments"'
            ' class="comments-count">תגובות 37</a></div></header><section class="article-body">'
            + paras(HE)
            + "</section></article></main>"
            + after,
            lang="he",
        )
    )
    expect(
        record(html, "https://www.haaretz.co.il/news/politics/2026-12-04/ty-article/0000018c-1234-abcd"),
        headline="הממשלה אישרה את תוכנית התחבורה החדשה",
        standfirst="הרכבת הקלה תורחב לערים נוספות, אך ראשי הערים בפריפריה זועמים",
        authors=["עופר אדרת"],
        published="2026-12-04T10:30:00+02:00",
        modified="2026-12-04T12:05:00+02:00",
        section="חדשות",
        language="he",
        body=HE,
        access="paywalled",
        truncated=True,
    )


def test_ynet_two_digit_year_published_and_updated_lines() -> None:
    # Ynet: no JSON-LD dates, the byline's names joined by "ו" (and) in one element, "פורסם: 04.12.26,
    # 09:12" and "עודכן: 04.12.26, 11:40" (a two-digit year), the agencies' credit "צילום: רויטרס" on the
    # picture and a "להצטרפות לערוץ הטלגרם" (join our Telegram) box after the text
    before, after = local_chrome("ynet", "he")
    html = rtl(
        page(
            '<meta property="og:type" content="article"><title>שריפה גדולה באזור התעשייה בחיפה</title>',
            before + '<main><div class="ArticleHeaderComponent"><h1 class="mainTitle">שריפה גדולה באזור'
            ' התעשייה בחיפה</h1><div class="authors">אחיה ראב"ד</div><div class="date"><span>פורסם: 04.12.26,'
            " 09:12</span><span>עודכן: 04.12.26, 11:40</span></div></div>"
            '<figure><img src="https://ynet-pic1.yit.co.il/picserver5/fire.jpg"><figcaption>אזור התעשייה'
            ' בחיפה <span class="credit">(צילום: רויטרס)</span></figcaption></figure>'
            '<div class="ArticleBodyComponent">'
            + paras(HE2)
            + '</div><div class="telegram-box"><a href="https://t.me/ynetalerts">להצטרפות לערוץ הטלגרם של'
            " ynet</a></div></main>" + after,
            lang="he",
        )
    )
    expect(
        record(html, "https://www.ynet.co.il/news/article/hjx00abc12"),
        headline="שריפה גדולה באזור התעשייה בחיפה",
        standfirst=None,
        authors=['אחיה ראב"ד'],
        published="2026-12-04T09:12:00+00:00",
        modified="2026-12-04T11:40:00+00:00",
        section=None,
        language="he",
        body=HE2,
    )


def test_hamshahri_solar_hijri_date_line_in_persian_digits_and_the_news_code() -> None:
    # Hamshahri Online: the date line in the Solar Hijri calendar and Persian digits ("۱۳ آذر ۱۴۰۵ - ۱۰:۳۰"),
    # the story's number ("کد خبر ۹۱۲۳۴۵"), the instant in the JSON-LD (Tehran time, +03:30), the lead
    # ("introtext", which the body keeps: content/lead.py),
    # no byline (the site's copyright holder is the author, docs/record.md), "بیشتر بخوانید" (read more)
    # link boxes inside the text
    before, after = local_chrome("همشهری آنلاین", "fa")
    html = rtl(
        page(
            '<meta property="og:type" content="article"><title>تورم سالانه از ۴۰ درصد گذشت</title>'
            + article(
                "تورم سالانه از ۴۰ درصد گذشت",
                datePublished="2026-12-04T10:30:00+03:30",
                dateModified="2026-12-04T10:30:00+03:30",
                inLanguage="fa-IR",
            ),
            before + '<main><div class="item-header"><div class="item-date"><span>۱۳ آذر ۱۴۰۵ - ۱۰:۳۰</span>'
            '<span class="news-id">کد خبر ۹۱۲۳۴۵</span></div><h1 class="title">تورم سالانه از ۴۰ درصد گذشت'
            '</h1><p class="introtext">بانک مرکزی: افزایش قیمت مواد غذایی عامل اصلی رشد تورم است</p></div>'
            '<div class="item-text">'
            + f"<p>{FA[0]}</p><p>{FA[1]}</p>"
            + '<div class="box-read-more"><span>بیشتر بخوانید:</span><a href="/news/911111">قیمت دلار'
            " در بازار"
            " آزاد کاهش یافت</a></div>" + f"<p>{FA[2]}</p></div></main>" + after,
            lang="fa",
        )
    )
    expect(
        record(html, "https://www.hamshahrionline.ir/news/912345/تورم-سالانه-از-۴۰-درصد-گذشت"),
        headline="تورم سالانه از ۴۰ درصد گذشت",
        standfirst=None,
        authors=["همشهری آنلاین"],
        published="2026-12-04T10:30:00+03:30",
        modified="2026-12-04T10:30:00+03:30",
        section=None,
        language="fa",
        body=["بانک مرکزی: افزایش قیمت مواد غذایی عامل اصلی رشد تورم است", *FA],
    )


# --- Russian and Ukrainian: genitive month names --------------------------------------------------
def test_meduza_time_before_the_genitive_date_and_a_source_line() -> None:
    # Meduza: the time before the date ("10:30, 4 декабря 2026"), JSON-LD with the headline alone, no
    # byline, "Источник: Meduza" under the text and a donation box ("Поддержите «Медузу»")
    before, after = local_chrome("Meduza", "ru")
    html = page(
        '<meta property="og:type" content="article"><title>Госдума приняла закон о повышении налога на'
        " прибыль — Meduza</title>"
        + article(
            "Госдума приняла закон о повышении налога на прибыль",
            publisher={"@type": "Organization", "name": "Meduza"},
        ),
        before + '<main><div class="GeneralMaterial-article"><div class="RichTitle-root"><h1>Госдума приняла'
        ' закон о повышении налога на прибыль</h1></div><div class="MaterialMeta-root"><time'
        ' class="Timestamp-root">10:30, 4 декабря 2026</time></div><div class="GeneralMaterial-body">'
        + paras(RU, "SimpleBlock-p")
        + '<p class="SourceBlock">Источник: Meduza</p></div><div class="DonationBlock"><h3>Поддержите'
        " «Медузу»</h3><p>Каждый ваш донат — это вклад в независимую журналистику.</p><a"
        ' href="https://support.meduza.io">Поддержать</a></div></div></main>' + after,
        lang="ru",
    )
    expect(
        record(html, "https://meduza.io/news/2026/12/04/gosduma-prinyala-zakon-o-povyshenii-naloga"),
        headline="Госдума приняла закон о повышении налога на прибыль",
        standfirst=None,
        authors=[],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="ru",
        body=RU,
    )


def test_kommersant_print_issue_line_and_the_author_under_the_text() -> None:
    # Kommersant: the author's name set as the text's last paragraph ("document_authors"), the print issue
    # line "Газета «Коммерсантъ» №225 от 04.12.2026, стр. 1" above the text, a <time> with its offset, the
    # JSON-LD's author the paper itself
    before, after = local_chrome("Коммерсантъ", "ru")
    html = page(
        '<meta property="og:type" content="article"><title>ЦБ сохранил ключевую ставку – Коммерсантъ</title>'
        + article(
            "ЦБ сохранил ключевую ставку",
            datePublished="2026-12-04T10:30:00+03:00",
            author={"@type": "Organization", "name": "Коммерсантъ"},
        ),
        before + '<main><article class="doc"><header class="doc_header"><h1 class="doc_header__name">ЦБ'
        ' сохранил ключевую ставку</h1><h2 class="doc_header__subheader">Регулятор не стал реагировать на'
        ' замедление инфляции</h2><time class="doc_header__publish_time"'
        ' datetime="2026-12-04T10:30:00+03:00">'
        '04.12.2026, 10:30</time></header><p class="doc__text doc__intro">Газета «Коммерсантъ» №225 от'
        ' 04.12.2026, стр. 1</p><div class="doc__body">'
        + paras(RU2, "doc__text")
        + '<p class="doc__text document_authors">Дмитрий Ладыгин</p></div><div class="doc_footer">'
        '<a class="comments-link" href="#comments">Комментарии 12</a></div></article></main>' + after,
        lang="ru",
    )
    expect(
        record(html, "https://www.kommersant.ru/doc/7312345"),
        headline="ЦБ сохранил ключевую ставку",
        standfirst="Регулятор не стал реагировать на замедление инфляции",
        authors=["Дмитрий Ладыгин"],
        published="2026-12-04T10:30:00+03:00",
        modified=None,
        section=None,
        language="ru",
        body=RU2,
    )


def test_rbc_yearless_short_month_in_view_and_the_instant_in_its_content_attribute() -> None:
    # RBC: "04 дек, 10:30" shown (no year), the instant in the span's itemprop content, the authors at the
    # foot ("Авторы" and two linked names), a "Читайте РБК в Telegram" line and a "Читайте также" link in
    # the text
    before, after = local_chrome("РБК", "ru")
    html = page(
        '<meta property="og:type" content="article"><title>Правительство утвердило программу поддержки малого'
        " бизнеса :: Экономика :: РБК</title>"
        '<meta property="article:section" content="Экономика">',
        before + '<main><div class="article" itemscope itemtype="https://schema.org/NewsArticle"><div'
        ' class="article__header"><span class="article__header__date" itemprop="datePublished"'
        ' content="2026-12-04T10:30:00+03:00">04 дек, 10:30</span><h1 class="article__header__title-in"'
        ' itemprop="headline">Правительство утвердило программу поддержки малого бизнеса</h1></div><div'
        ' class="article__text" itemprop="articleBody">'
        + f"<p>{RU3[0]}</p><p>{RU3[1]}</p>"
        + '<div class="article__inline-item"><span>Читайте также</span><a href="/economics/03/12/2026/'
        'abc">Минэкономразвития ухудшило прогноз роста ВВП</a></div>'
        + f"<p>{RU3[2]}</p>"
        + '<p class="article__telegram"><a href="https://t.me/rbc_news">Читайте РБК в Telegram</a></p></div>'
        '<div class="article__authors"><span class="article__authors__title">Авторы</span><a'
        ' class="article__authors__author" href="/person/anna-ivanova"><span itemprop="author">Анна'
        ' Иванова</span></a><a class="article__authors__author" href="/person/oleg-smirnov"><span'
        ' itemprop="author">Олег Смирнов</span></a></div></div></main>' + after,
        lang="ru",
    )
    expect(
        record(html, "https://www.rbc.ru/economics/04/12/2026/6750a1b29a79471234567890"),
        headline="Правительство утвердило программу поддержки малого бизнеса",
        standfirst=None,
        authors=["Анна Иванова", "Олег Смирнов"],
        published="2026-12-04T10:30:00+03:00",
        modified=None,
        section="Экономика",
        language="ru",
        body=RU3,
    )


def test_ukrainska_pravda_author_and_weekday_date_with_ukrainian_genitive_month() -> None:
    # Ukrainska Pravda: "Роман Романюк — Четвер, 3 грудня 2026, 19:45" (the author, a dash, the weekday,
    # the day with the Ukrainian genitive month name, the time) in one line, no JSON-LD; "Реклама:" slots and
    # a support box ("Підтримайте УП") in the text's column
    before, after = local_chrome("Українська правда", "uk")
    html = page(
        '<meta property="og:type" content="article"><title>Рада ухвалила держбюджет на наступний рік |'
        " Українська правда</title>",
        before + '<main><article class="post"><h1 class="post_title">Рада ухвалила держбюджет на наступний'
        ' рік</h1><div class="post_time"><span class="post_author"><a href="/authors/romaniuk/">Роман'
        ' Романюк</a></span> — Четвер, 3 грудня 2026, 19:45</div><div class="post_text">'
        + f"<p>{UK[0]}</p><p>{UK[1]}</p>"
        + '<div class="banner-in-text"><span>Реклама:</span></div>'
        + f"<p>{UK[2]}</p></div>"
        + '<div class="support-up"><p>Підтримайте УП — ставайте членами клубу!</p><a href="/club/">Долучитися'
        "</a></div></article></main>" + after,
        lang="uk",
    )
    expect(
        record(html, "https://www.pravda.com.ua/news/2026/12/3/7512345/"),
        headline="Рада ухвалила держбюджет на наступний рік",
        standfirst=None,
        authors=["Роман Романюк"],
        published="2026-12-03T19:45:00+00:00",
        modified=None,
        section=None,
        language="uk",
        body=UK,
    )


# --- Turkish and Greek ----------------------------------------------------------------------------
def test_hurriyet_month_first_turkish_dates_with_labels() -> None:
    # Hürriyet: "Oluşturulma Tarihi: Aralık 04, 2026 10:30" and "Güncelleme Tarihi: Aralık 04, 2026 11:45"
    # (the Turkish month first), the JSON-LD without dates, the author box with a "Tüm Yazıları" (all her
    # articles) link, "İlgili Haberler" cards between the paragraphs
    before, after = local_chrome("Hürriyet", "tr")
    html = page(
        '<meta property="og:type" content="article"><title>Merkez Bankası faizi sabit tuttu - Son Dakika'
        " Ekonomi Haberleri</title>"
        + article("Merkez Bankası faizi sabit tuttu", author={"@type": "Person", "name": "Ayşe Yılmaz"}),
        before + '<main><div class="news-detail"><h1 class="news-detail-title">Merkez Bankası faizi sabit'
        ' tuttu</h1><h2 class="news-detail-spot">Politika faizi yüzde 50 seviyesinde bırakıldı</h2><div'
        ' class="news-date"><span>Oluşturulma Tarihi: Aralık 04, 2026 10:30</span><span>Güncelleme Tarihi:'
        ' Aralık 04, 2026 11:45</span></div><div class="author-box"><a class="author-name"'
        ' href="/yazarlar/ayse-yilmaz/">Ayşe Yılmaz</a><a href="/yazarlar/ayse-yilmaz/">Tüm Yazıları</a>'
        '</div><div class="news-content">'
        + f"<p>{TR[0]}</p><p>{TR[1]}</p>"
        + '<div class="related-news"><span>İlgili Haberler</span><a href="/ekonomi/enflasyon-rakamlari'
        '-aciklandi-42512345">Enflasyon rakamları açıklandı</a></div>'
        + f"<p>{TR[2]}</p></div></div></main>"
        + after,
        lang="tr",
    )
    expect(
        record(html, "https://www.hurriyet.com.tr/ekonomi/merkez-bankasi-faizi-sabit-tuttu-42512399"),
        headline="Merkez Bankası faizi sabit tuttu",
        standfirst="Politika faizi yüzde 50 seviyesinde bırakıldı",
        authors=["Ayşe Yılmaz"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:45:00+00:00",
        section=None,
        language="tr",
        body=TR,
    )


def test_kathimerini_greek_genitive_month_date_and_byline() -> None:
    # Kathimerini: "04 Δεκεμβρίου 2026, 10:30" (the Greek month in the genitive) under the headline, no
    # JSON-LD dates, the byline a link to the writer's page, "Διαβάστε ακόμη" (read more) after the text
    before, after = local_chrome("Η ΚΑΘΗΜΕΡΙΝΗ", "el")
    html = page(
        '<meta property="og:type" content="article"><title>Νέο πρόγραμμα στήριξης για τα νοικοκυριά |'
        " Η ΚΑΘΗΜΕΡΙΝΗ</title>" + article("Νέο πρόγραμμα στήριξης για τα νοικοκυριά"),
        before + '<main><article class="nx-article"><h1 class="entry-title">Νέο πρόγραμμα στήριξης για τα'
        ' νοικοκυριά</h1><div class="nx-byline"><a href="/author/giannis-papadopoulos/">Γιάννης'
        ' Παπαδόπουλος</a></div><div class="nx-date"><span>04 Δεκεμβρίου 2026, 10:30</span></div><div'
        ' class="entry-content">'
        + paras(EL)
        + '</div><div class="nx-read-more"><h3>Διαβάστε ακόμη</h3><ul><li><a href="/economy/56123456/">Πώς'
        " θα δοθεί το επίδομα θέρμανσης</a></li></ul></div></article></main>" + after,
        lang="el",
    )
    expect(
        record(
            html, "https://www.kathimerini.gr/economy/563123456/neo-programma-stirixis-gia-ta-noikokyria/"
        ),
        headline="Νέο πρόγραμμα στήριξης για τα νοικοκυριά",
        standfirst=None,
        authors=["Γιάννης Παπαδόπουλος"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="el",
        body=EL,
    )


# --- South and Southeast Asia ---------------------------------------------------------------------
def test_vnexpress_weekday_date_with_gmt_offset_and_the_author_under_the_text() -> None:
    # VnExpress: "Thứ sáu, 4/12/2026, 10:30 (GMT+7)" (weekday, day/month/year, the offset in brackets), the
    # lead in "description" under the headline, the author's name as the text's last, right-aligned, bold
    # paragraph, "Xem thêm" links and the "Ý kiến" (comments) count after it
    before, after = local_chrome("VnExpress", "vi")
    html = page(
        '<meta property="og:type" content="article"><title>Duyệt dự án đường sắt tốc độ cao Bắc - Nam -'
        " VnExpress</title>",
        before + '<main><section class="section page-detail"><div class="sidebar-1"><span class="date">Thứ'
        ' sáu, 4/12/2026, 10:30 (GMT+7)</span><h1 class="title-detail">Duyệt dự án đường sắt tốc độ cao Bắc'
        ' - Nam</h1><p class="description">Dự án dài hơn 1.500 km, đi qua 20 tỉnh thành, dự kiến khởi công'
        ' năm 2027.</p><article class="fck_detail">'
        + paras(VI, "Normal")
        + '<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p></article><div'
        ' class="box-tinlienquanv2"><h3>Xem thêm</h3><a href="/duong-sat-do-thi-4812345.html">Hà Nội khởi'
        ' công tuyến đường sắt đô thị số 5</a></div><div class="box_comment"><span>Ý kiến (42)</span></div>'
        "</div></section></main>" + after,
        lang="vi",
    )
    expect(
        record(html, "https://vnexpress.net/duyet-du-an-duong-sat-toc-do-cao-bac-nam-4812399.html"),
        headline="Duyệt dự án đường sắt tốc độ cao Bắc - Nam",
        standfirst="Dự án dài hơn 1.500 km, đi qua 20 tỉnh thành, dự kiến khởi công năm 2027.",
        authors=["Minh Anh"],
        published="2026-12-04T10:30:00+07:00",
        modified=None,
        section=None,
        language="vi",
        body=VI,
    )


def test_thai_pbs_buddhist_era_date_line_beside_the_json_ld_instant() -> None:
    # Thai PBS: the date line in the Thai solar calendar with a short Buddhist-era year ("4 ธ.ค. 69 10:30"),
    # the instant in the JSON-LD, the writer in the JSON-LD and in a "ผู้เขียน" (writer) line, tags and
    # "ข่าวที่เกี่ยวข้อง" (related news) after the text
    before, after = local_chrome("Thai PBS", "th")
    html = page(
        '<meta property="og:type" content="article"><title>ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วมภาคเหนือ |'
        " Thai PBS News</title>"
        + article(
            "ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วมภาคเหนือ",
            datePublished="2026-12-04T10:30:00+07:00",
            dateModified="2026-12-04T11:02:00+07:00",
            author={"@type": "Person", "name": "วิภาวดี สุขสวัสดิ์"},
        ),
        before + '<main><article class="news-detail"><h1>ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วมภาคเหนือ</h1><div'
        ' class="news-meta"><span class="date">4 ธ.ค. 69 10:30</span><span class="writer">ผู้เขียน:'
        ' วิภาวดี สุขสวัสดิ์</span></div><div class="content-body">'
        + paras(TH)
        + '</div><div class="tags"><span>แท็กที่เกี่ยวข้อง:</span><a href="/tags/น้ำท่วม">น้ำท่วม</a><a'
        ' href="/tags/เกษตรกร">เกษตรกร</a></div></article></main>' + after,
        lang="th",
    )
    expect(
        record(html, "https://www.thaipbs.or.th/news/content/345123"),
        headline="ครม.อนุมัติงบช่วยเกษตรกรน้ำท่วมภาคเหนือ",
        standfirst=None,
        authors=["วิภาวดี สุขสวัสดิ์"],
        published="2026-12-04T10:30:00+07:00",
        modified="2026-12-04T11:02:00+07:00",
        section=None,
        language="th",
        body=TH,
    )


def test_dainik_bhaskar_devanagari_read_also_links_and_a_relative_time() -> None:
    # Dainik Bhaskar: the place and a relative time over the text ("भोपाल2 घंटे पहले" = Bhopal, 2 hours
    # ago), the instant and the writer in the JSON-LD, "ये भी पढ़ें..." (read this too) links between the
    # paragraphs and a "कॉपी लिंक" (copy link) share row
    before, after = local_chrome("दैनिक भास्कर", "hi")
    html = page(
        '<meta property="og:type" content="article"><title>किसानों के लिए नई सिंचाई योजना को मंजूरी | Dainik'
        " Bhaskar</title>"
        + article(
            "किसानों के लिए नई सिंचाई योजना को मंजूरी",
            datePublished="2026-12-04T10:30:00+05:30",
            dateModified="2026-12-04T10:30:00+05:30",
            author=[{"@type": "Person", "name": "राहुल शर्मा"}],
            inLanguage="hi",
        ),
        before + '<main><div class="article"><h1>किसानों के लिए नई सिंचाई योजना को मंजूरी</h1><div'
        ' class="meta"><span class="place">भोपाल</span><span class="ago">2 घंटे पहले</span><div'
        ' class="share"><button>कॉपी लिंक</button></div></div><div class="article-text">'
        + f"<p>{HI[0]}</p><p>{HI[1]}</p>"
        + '<p><b>ये भी पढ़ें...</b></p><p><a href="/local/mp/bhopal/news/123.html">गेहूं की खरीद पर 150 रुपए'
        " बोनस देगी सरकार</a></p>" + f"<p>{HI[2]}</p></div></div></main>" + after,
        lang="hi",
    )
    expect(
        record(
            html, "https://www.bhaskar.com/local/mp/bhopal/news/new-irrigation-scheme-approved-134512345.html"
        ),
        headline="किसानों के लिए नई सिंचाई योजना को मंजूरी",
        standfirst=None,
        authors=["राहुल शर्मा"],
        published="2026-12-04T10:30:00+05:30",
        modified="2026-12-04T10:30:00+05:30",
        section=None,
        language="hi",
        body=HI,
    )


def test_prothom_alo_bengali_digits_and_month_in_the_published_and_updated_lines() -> None:
    # Prothom Alo: "প্রকাশ: ০৪ ডিসেম্বর ২০২৬, ১০: ৩০" and "আপডেট: ০৪ ডিসেম্বর ২০২৬, ১২: ১৫" (published /
    # updated, Bengali digits and month, a space after the time's colon), the byline a desk, not a name
    # ("নিজস্ব প্রতিবেদক" = staff reporter, the newsroom that is the author, docs/record.md) and its place
    # ("ঢাকা") in a span of its own, no JSON-LD
    before, after = local_chrome("প্রথম আলো", "bn")
    html = page(
        '<meta property="og:type" content="article"><title>ঢাকায় শুরু হলো আন্তর্জাতিক বাণিজ্য মেলা | প্রথম আলো</title>',
        before + '<main><div class="story-head"><h1 class="headline">ঢাকায় শুরু হলো আন্তর্জাতিক বাণিজ্য'
        ' মেলা</h1><div class="author"><span class="contributor-name">নিজস্ব প্রতিবেদক</span><span'
        ' class="location">ঢাকা</span></div><div class="time"><span>প্রকাশ: ০৪ ডিসেম্বর ২০২৬, ১০: ৩০</span>'
        '<span>আপডেট: ০৪ ডিসেম্বর ২০২৬, ১২: ১৫</span></div></div><div class="story-element-text">'
        + paras(BN)
        + "</div></main>"
        + after,
        lang="bn",
    )
    expect(
        record(html, "https://www.prothomalo.com/business/bangladesh/a1b2c3d4e5"),
        headline="ঢাকায় শুরু হলো আন্তর্জাতিক বাণিজ্য মেলা",
        standfirst=None,
        authors=["নিজস্ব প্রতিবেদক"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T12:15:00+00:00",
        section=None,
        language="bn",
        body=BN,
    )


def test_detik_short_indonesian_month_wib_and_the_in_text_ad_lines() -> None:
    # Detik: "Jumat, 04 Des 2026 10:30 WIB" (the weekday and the Indonesian short month "Des"), "Andi
    # Saputra - detikNews" as byline, "ADVERTISEMENT" / "SCROLL TO CONTINUE WITH CONTENT" inside the text,
    # a "Baca juga:" link and the editors' initials "(rdp/imk)" closing it
    before, after = local_chrome("detikNews", "id")
    html = page(
        '<meta property="og:type" content="article"><title>Uji Coba Ganjil Genap Diperpanjang hingga Akhir'
        " Tahun</title>",
        before + '<main><article class="detail"><div class="detail__header"><h1 class="detail__title">Uji'
        ' Coba Ganjil Genap Diperpanjang hingga Akhir Tahun</h1><div class="detail__author">Andi Saputra -'
        ' detikNews</div><div class="detail__date">Jumat, 04 Des 2026 10:30 WIB</div></div><div'
        ' class="detail__body-text itp_bodycontent">'
        + f"<p>{ID[0]}</p>"
        + '<div class="parallaxindetail"><p class="para_caption">ADVERTISEMENT</p><p class="para_caption">'
        "SCROLL TO CONTINUE WITH CONTENT</p></div>"
        + f"<p>{ID[1]}</p>"
        + '<p><strong>Baca juga: <a href="https://news.detik.com/berita/d-7612345/tarif-mrt">Tarif MRT Turun'
        " Saat Akhir Pekan</a></strong></p>"
        + f"<p>{ID[2]}</p><p>(rdp/imk)</p></div></article></main>"
        + after,
        lang="id",
    )
    expect(
        record(
            html,
            "https://news.detik.com/berita/d-7612399/uji-coba-ganjil-genap-diperpanjang-hingga-akhir-tahun",
        ),
        headline="Uji Coba Ganjil Genap Diperpanjang hingga Akhir Tahun",
        standfirst=None,
        authors=["Andi Saputra"],
        published="2026-12-04T10:30:00+07:00",
        modified=None,
        section=None,
        language="id",
        body=ID,
    )


# --- Chinese --------------------------------------------------------------------------------------
def test_caixin_writer_line_with_its_desk_and_the_editor_line_after_the_text() -> None:
    # Caixin: "文｜财新 张三 李四" (text | Caixin, the writers) and "2026年12月04日 10:30" in one info
    # block, "来源于 《财新周刊》 2026年第47期" (the magazine issue), "责任编辑：王五 | 版面编辑：赵六"
    # after the text
    before, after = local_chrome("财新网", "zh")
    html = page(
        '<meta property="og:type" content="article"><title>11月CPI同比上涨0.5%_经济频道_财新网</title>',
        before + '<main><div id="the_content" class="content"><h1 id="conTit">11月CPI同比上涨0.5%</h1><div'
        ' class="artInfo">文｜财新 张三 李四<br>2026年12月04日 10:30<br>来源于 《财新周刊》'
        " 2026年第47期</div>"
        '<div id="subhead" class="subhead">食品价格回升带动物价涨幅扩大</div><div id="Main_Content_Val"'
        ' class="text">'
        + paras(ZH)
        + '<p class="editor">责任编辑：王五 | 版面编辑：赵六</p></div></div></main>'
        + after,
        lang="zh-CN",
    )
    expect(
        record(html, "https://economy.caixin.com/2026-12-04/102312345.html"),
        headline="11月CPI同比上涨0.5%",
        standfirst="食品价格回升带动物价涨幅扩大",
        authors=["张三", "李四"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="zh-CN",
        body=ZH,
    )


def test_liberty_times_reporter_bracket_opening_and_the_app_promo_line() -> None:
    # The Liberty Times (Taiwan): "2026/12/04 10:30" in "time", the text opening "〔記者王小明／台北報導〕"
    # (reporter, place, report), the app promotion "不用抽 不用搶 現在用APP看新聞 保證天天中獎" between the
    # paragraphs, "點我下載APP" links
    before, after = local_chrome("自由時報", "zh-TW")
    first = f"〔記者王小明／台北報導〕{ZH_TW[0]}"
    html = page(
        '<meta property="og:type" content="article"><title>長照法修正三讀 擴大居家照顧補助 - 自由時報電子報'
        "</title>",
        before + '<main><div class="whitecon articlebody"><h1>長照法修正三讀 擴大居家照顧補助</h1><span'
        ' class="time">2026/12/04 10:30</span><div class="text boxTitle">'
        + f"<p>{first}</p>"
        + '<p class="appE1121"><a href="https://ltn.example/app">不用抽 不用搶 現在用APP看新聞 保證天天中獎'
        "</a><a>點我下載APP</a><a>按我看活動辦法</a></p>"
        + f"<p>{ZH_TW[1]}</p><p>{ZH_TW[2]}</p>"
        + "</div></div></main>"
        + after,
        lang="zh-TW",
    )
    expect(
        record(html, "https://news.ltn.com.tw/news/politics/breakingnews/4871234"),
        headline="長照法修正三讀 擴大居家照顧補助",
        standfirst=None,
        authors=["王小明"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="zh-TW",
        body=[first, *ZH_TW[1:]],
        dateline="台北",
    )


def test_peoples_daily_source_line_print_edition_and_editor_sign_off() -> None:
    # People's Daily (people.com.cn): "2026年12月04日05:52 | 来源：人民网－人民日报" (no space before the
    # time), "本报记者 张三" over the text, "《 人民日报 》（ 2026年12月04日 02 版）" and "(责编：李四、王五)"
    # under it
    before, after = local_chrome("人民网", "zh")
    html = page(
        '<meta property="og:type"'
        ' content="article"><title>全国冬季农业生产工作会议召开--时政--人民网</title>',
        before + '<main><div class="main"><div class="rm_txt"><h1>全国冬季农业生产工作会议召开</h1><div'
        ' class="col-1-1">2026年12月04日05:52 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报'
        '</a></div><div class="rm_txt_con">'
        + '<p style="text-align: center;">本报记者 张三</p>'
        + paras(ZH2)
        + "<p>《 人民日报 》（ 2026年12月04日 02 版）</p>"
        + '</div><div class="edit">(责编：李四、王五)</div></div></div></main>'
        + after,
        lang="zh-CN",
    )
    expect(
        record(html, "http://politics.people.com.cn/n1/2026/1204/c1001-40612345.html"),
        headline="全国冬季农业生产工作会议召开",
        standfirst=None,
        authors=["张三"],
        published="2026-12-04T05:52:00+00:00",
        modified=None,
        section=None,
        language="zh-CN",
        body=ZH2,
    )


# --- Central and Eastern Europe -------------------------------------------------------------------
def test_onet_creation_and_update_labels_and_the_video_interstitial() -> None:
    # Onet: "Data utworzenia: 4 grudnia 2026, 10:30" / "Data aktualizacji: 4 grudnia 2026, 11:45", the
    # author with "Dziennikarka Onetu" (Onet's journalist) under her name, "Dalszy ciąg artykułu pod
    # materiałem wideo" (the story goes on below the video) between the paragraphs
    before, after = local_chrome("Onet Wiadomości", "pl")
    html = page(
        '<meta property="og:type" content="article"><title>Sejm podniósł płacę minimalną. Zmiany od stycznia'
        "</title>"
        + article(
            "Sejm podniósł płacę minimalną. Zmiany od stycznia",
            author={"@type": "Person", "name": "Anna Kowalska"},
            articleSection="Kraj",
        ),
        before + '<main><article><h1 class="mainTitle">Sejm podniósł płacę minimalną. Zmiany od stycznia</h1>'
        '<div class="authorsWrapper"><span class="name">Anna Kowalska</span><span class="role">Dziennikarka'
        ' Onetu</span></div><div class="datePublished"><span>Data utworzenia: 4 grudnia 2026, 10:30</span>'
        '<span>Data aktualizacji: 4 grudnia 2026, 11:45</span></div><div class="articleBody">'
        + f'<p class="hyphenate">{PL[0]}</p><p class="hyphenate">{PL[1]}</p>'
        + '<div class="videoInArticle"><p>Dalszy ciąg artykułu pod materiałem wideo</p><div'
        ' class="player"></div></div>' + f'<p class="hyphenate">{PL[2]}</p></div></article></main>' + after,
        lang="pl",
    )
    expect(
        record(html, "https://wiadomosci.onet.pl/kraj/sejm-podniosl-place-minimalna/abc1234"),
        headline="Sejm podniósł płacę minimalną. Zmiany od stycznia",
        standfirst=None,
        authors=["Anna Kowalska"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:45:00+00:00",
        section="Kraj",
        language="pl",
        body=PL,
    )


def test_telex_hungarian_year_first_date_and_family_name_first_author() -> None:
    # Telex: "2026. december 4. – 10:30" (year, month name, day, each with its full stop), the author's name
    # family name first ("Kovács Péter"), no JSON-LD, "Kapcsolódó" (related) box in the text
    before, after = local_chrome("Telex", "hu")
    html = page(
        '<meta property="og:type" content="article"><title>Elfogadta a parlament a jövő évi költségvetést |'
        " Telex</title>",
        before + '<main><div class="article_container"><h1 class="title-section__top">Elfogadta a parlament a'
        ' jövő évi költségvetést</h1><div class="article_date"><span>2026. december 4. – 10:30</span></div>'
        '<div class="author"><a class="author__name" href="/szerzo/kovacs-peter">Kovács Péter</a></div><div'
        ' class="article-html-content">'
        + f"<p>{HU[0]}</p><p>{HU[1]}</p>"
        + '<div class="recommendation"><span>Kapcsolódó</span><a href="/gazdasag/2026/12/01/inflacio">'
        "Tovább lassult az infláció novemberben</a></div>" + f"<p>{HU[2]}</p></div></div></main>" + after,
        lang="hu",
    )
    expect(
        record(html, "https://telex.hu/belfold/2026/12/04/koltsegvetes-parlament-elfogadta"),
        headline="Elfogadta a parlament a jövő évi költségvetést",
        standfirst=None,
        authors=["Kovács Péter"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="hu",
        body=HU,
    )


def test_index_hungarian_dotted_date_with_its_final_full_stop_and_update_line() -> None:
    # Index: "2026.12.04. 10:30" and "Frissítve: 2026.12.04. 11:45" (a full stop after the day), the
    # author's name family name first, a "Hirdetés" (advert) slot in the text
    before, after = local_chrome("Index", "hu")
    html = page(
        '<meta property="og:type" content="article"><title>Nem változott az alapkamat - Index</title>'
        + article("Nem változott az alapkamat", author={"@type": "Person", "name": "Szabó Anna"}),
        before + '<main><div class="content-title"><h1>Nem változott az alapkamat</h1></div><div'
        ' class="szerzo-container"><a href="/szerzo/szabo_anna/" class="szerzo">Szabó Anna</a></div><div'
        ' class="datum"><span>2026.12.04. 10:30</span><span class="frissitve">Frissítve: 2026.12.04. 11:45'
        '</span></div><div class="cikk-torzs">'
        + f"<p>{HU2[0]}</p><p>{HU2[1]}</p>"
        + '<div class="hirdetes"><span>Hirdetés</span></div>'
        + f"<p>{HU2[2]}</p></div></main>"
        + after,
        lang="hu",
    )
    expect(
        record(html, "https://index.hu/gazdasag/2026/12/04/mnb-alapkamat-dontes/"),
        headline="Nem változott az alapkamat",
        standfirst=None,
        authors=["Szabó Anna"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:45:00+00:00",
        section=None,
        language="hu",
        body=HU2,
    )


def test_novinky_author_with_the_paper_after_a_comma_and_spaced_date() -> None:
    # Novinky.cz: "Jan Novák, Právo" (the author and the paper he writes for), "4. 12. 2026, 10:30" (a space
    # after each full stop), "Aktualizováno 4. 12. 2026, 11:45", "Čtěte také" links, the discussion count
    before, after = local_chrome("Novinky.cz", "cs")
    html = page(
        '<meta property="og:type" content="article"><title>Sněmovna schválila vyšší daň z nemovitostí -'
        " Novinky</title>",
        before + '<main><article data-dot="ogm-article"><h1 data-dot="ogm-article-header">Sněmovna schválila'
        ' vyšší daň z nemovitostí</h1><div data-dot="ogm-article-author"><span>Jan Novák, Právo</span></div>'
        '<div data-dot="ogm-date"><span>4. 12. 2026, 10:30</span><span>Aktualizováno 4. 12. 2026, 11:45'
        '</span></div><div data-dot="ogm-article-content">'
        + f"<p>{CS[0]}</p><p>{CS[1]}</p>"
        + '<p><b>Čtěte také: <a href="/clanek/domaci-dan-z-nemovitosti-obce-40451234">Obce si mohou zvýšit'
        " koeficient daně</a></b></p>"
        + f'<p>{CS[2]}</p></div><a class="discussion" href="#diskuse">Diskuse (154)</a></article></main>'
        + after,
        lang="cs",
    )
    expect(
        record(
            html, "https://www.novinky.cz/clanek/domaci-snemovna-schvalila-vyssi-dan-z-nemovitosti-40451299"
        ),
        headline="Sněmovna schválila vyšší daň z nemovitostí",
        standfirst=None,
        authors=["Jan Novák"],
        published="2026-12-04T10:30:00+00:00",
        modified="2026-12-04T11:45:00+00:00",
        section=None,
        language="cs",
        body=CS,
    )


def test_hotnews_romanian_month_date_and_de_byline() -> None:
    # HotNews.ro: "de Andrei Popescu" (by), "Publicat: 4 decembrie 2026, 10:30" (the Romanian month name),
    # "Citește și:" links between the paragraphs, no JSON-LD dates
    before, after = local_chrome("HotNews.ro", "ro")
    html = page(
        '<meta property="og:type" content="article"><title>Guvernul a aprobat pachetul fiscal -'
        " HotNews.ro</title>" + article("Guvernul a aprobat pachetul fiscal"),
        before + '<main><article class="single"><h1 class="entry-title">Guvernul a aprobat pachetul fiscal'
        '</h1><div class="entry-meta"><span class="author">de <a href="/author/andrei-popescu">Andrei'
        ' Popescu</a></span><span class="date">Publicat: 4 decembrie 2026, 10:30</span></div><div'
        ' class="entry-content">'
        + f"<p>{RO[0]}</p><p>{RO[1]}</p>"
        + '<p><strong>Citește și: <a href="/economie/deficit-bugetar-123">Deficitul bugetar a ajuns la 7%'
        "</a></strong></p>" + f"<p>{RO[2]}</p></div></article></main>" + after,
        lang="ro",
    )
    expect(
        record(html, "https://hotnews.ro/guvernul-a-aprobat-pachetul-fiscal-1912345"),
        headline="Guvernul a aprobat pachetul fiscal",
        standfirst=None,
        authors=["Andrei Popescu"],
        published="2026-12-04T10:30:00+00:00",
        modified=None,
        section=None,
        language="ro",
        body=RO,
    )


def test_dagens_nyheter_published_and_updated_iso_days_and_a_locked_story() -> None:
    # Dagens Nyheter: "Publicerad 2026-12-04 10:30" and "Uppdaterad 2026-12-04 11:45", the byline the
    # writer's name with her role ("reporter"), the lead (which the body keeps: content/lead.py), a
    # subscribers' story (isAccessibleForFree "False", a string) whose short text is its teaser; the <time>'s
    # UTC instant on the clock its text shows gives the offset of the wall-clock update (fields/dates.py
    # _on_shown_clock: this page was an xfail before it)
    before, after = local_chrome("DN", "sv")
    html = page(
        '<meta property="og:type" content="article"><title>Regeringen satsar på ny stambana - DN.se</title>'
        + article(
            "Regeringen satsar på ny stambana",
            author=[{"@type": "Person", "name": "Karin Lindberg"}],
            isAccessibleForFree="False",
        ),
        before + '<main><article class="article"><h1 class="article__title">Regeringen satsar på ny stambana'
        '</h1><div class="article__lead"><p>Bygget ska börja nästa år och kosta åttio miljarder kronor.</p>'
        '</div><div class="byline"><a class="byline__author" href="/av/karin-lindberg/">Karin Lindberg</a>'
        '<span class="byline__role">reporter</span></div><div class="article__meta"><time'
        ' datetime="2026-12-04T09:30:00.000Z">Publicerad 2026-12-04 10:30</time><span>Uppdaterad 2026-12-04'
        ' 11:45</span></div><div class="article__body">' + paras(SV) + "</div></article></main>" + after,
        lang="sv",
    )
    expect(
        record(html, "https://www.dn.se/sverige/regeringen-satsar-pa-ny-stambana/"),
        headline="Regeringen satsar på ny stambana",
        standfirst=None,
        authors=["Karin Lindberg"],
        published="2026-12-04T10:30:00+01:00",
        modified="2026-12-04T11:45:00+01:00",
        section=None,
        language="sv",
        body=["Bygget ska börja nästa år och kosta åttio miljarder kronor.", *SV],
        access="paywalled",
        truncated=True,
    )
