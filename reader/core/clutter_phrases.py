"""The one table of per-language phrases that mark site clutter in saved pages.

Each class is a list of regular-expression fragments (case-insensitive),
grouped by language only for readability: every fragment applies to every
page, because pages mix languages (a French site's "Partager" button on an
English quote, an English "Share" on a Persian page). Used by boilerplate.py.
"""

from __future__ import annotations

# Line prefixes of photo captions and credits: "צילום: ...", "Photo : AFP".
CREDIT = {
    "he": [r"צילום", r"צלם", r"קרדיט", r"באדיבות", r"תמונה"],
    "yi": [r"פֿאָטאָ", r"פאטא", r"בילד"],
    "ar": [r"تصوير", r"الصورة", r"صورة", r"مصدر الصورة", r"حقوق الصورة"],
    "fa": [r"عکس", r"عکاس", r"منبع عکس", r"تصویر"],
    "ur": [r"تصویر", r"فوٹو", r"فائل فوٹو", r"تصویر کا ذریعہ"],
    "fr": [r"photo", r"photos", r"crédit(?:s)? photo", r"crédits?", r"illustration", r"image", r"légende"],
    "nl": [r"foto", r"beeld", r"afbeelding", r"fotografie", r"bijschrift"],
    "en": [r"photo", r"image(?: caption)?", r"caption", r"credit", r"picture", r"getty images", r"reuters",
           r"afp"],
}

# Labels a picture's source or caption starts with, also glued to it by the
# page's markup ("Image caption,Protesters...", "،تصویر کا ذریعہGetty Images").
CAPTION_LABEL = {
    "he": [r"קרדיט תמונה", r"מקור התמונה"],
    "ar": [r"مصدر الصورة", r"التعليق على الصورة", r"صدر الصورة"],
    "fa": [r"منبع تصویر", r"توضیح تصویر", r"عکس از"],
    "ur": [r"تصویر کا ذریعہ", r"تصویر کا کیپشن"],
    "fr": [r"source de l'image", r"légende de l'image", r"crédit photo"],
    "nl": [r"bron afbeelding", r"bijschrift"],
    "en": [r"image source", r"image caption", r"media caption", r"photo credit"],
}

# A caption's last words saying the picture is an old one: "... (أرشيفية)".
ARCHIVE_PHOTO = {
    "he": [r"ארכיון", r"צילום ארכיון"], "ar": [r"أرشيفية", r"ارشيفية", r"أرشيف", r"صورة أرشيفية"],
    "fa": [r"آرشیو", r"عکس آرشیوی", r"تصویر آرشیوی"], "ur": [r"فائل فوٹو", r"فائل"],
    "fr": [r"archives?", r"photo d'archives?"], "nl": [r"archief", r"archiefbeeld", r"archieffoto"],
    "en": [r"file photo", r"file", r"archive"],
}

# Words of a journalist's job, for the author's biography under an article
# ("Marie D. est journaliste au service politique depuis 2019.").
JOURNALIST = {
    "he": [r"כתב(?:ת)?", r"עיתונאי(?:ת)?", r"עורך", r"עורכת", r"פרשן", r"פרשנית"],
    "yi": [r"זשורנאַליסט(?:קע)?", r"זשורנאליסט(?:קע)?", r"רעדאַקטאָר", r"רעדאקטאר", r"קאָרעספּאָנדענט"],
    "ar": [r"صحفي(?:ة)?", r"صحافي(?:ة)?", r"مراسل(?:ة)?", r"كاتب(?:ة)?", r"محرر(?:ة)?"],
    "fa": [r"روزنامه‌?نگار", r"خبرنگار", r"سردبیر", r"دبیر"],
    "ur": [r"صحافی", r"نامہ نگار", r"رپورٹر", r"کالم نگار"],
    "fr": [r"journaliste", r"rédact(?:eur|rice)", r"correspondante?", r"reporter", r"chroniqueu(?:r|se)",
           r"éditorialiste", r"envoyée? spéciale?"],
    "nl": [r"\w*journalist(?:e)?", r"\w*redacteur", r"verslaggever", r"correspondent(?:e)?", r"columnist"],
    "en": [r"journalist", r"reporter", r"correspondent", r"editor", r"columnist", r"staff writer"],
}

# Headers of a table of contents; its entries come back as the subheadings.
CONTENTS = {
    "he": [r"תוכן העניינים", r"בכתבה"], "ar": [r"محتويات المقال", r"المحتويات", r"محتويات"],
    "fa": [r"فهرست مطالب", r"فهرست", r"آنچه در این مطلب می‌?خوانید"], "ur": [r"فہرست", r"مندرجات"],
    "fr": [r"sommaire", r"dans cet article", r"au sommaire"], "nl": [r"inhoud", r"inhoudsopgave", r"in dit artikel"],
    "en": [r"contents", r"table of contents", r"in this article"],
}

# Headers of a reader poll ("Sondage : ...", "סקר:"); the answers follow.
POLL = {
    "he": [r"סקר", r"הצביעו", r"מה דעתכם"], "ar": [r"استطلاع(?: رأي)?", r"صوّت", r"صوت الآن"],
    "fa": [r"نظرسنجی"], "ur": [r"رائے شماری", r"سروے", r"ووٹ دیں"],
    "fr": [r"sondage", r"votre avis", r"votez"], "nl": [r"peiling", r"poll", r"stem nu", r"wat vindt u"],
    "en": [r"poll", r"vote now", r"have your say"],
}

# Bylines: "Par Julien M.", "Door onze verslaggever", "מאת", "كتب:".
BYLINE = {
    "he": [r"מאת", r"כתב(?:ה|נו)?", r"עורך"],
    "yi": [r"פֿון", r"פון"],
    "ar": [r"كتب", r"كتبت", r"بقلم", r"إعداد", r"تحرير", r"مراسل"],
    "fa": [r"نویسنده", r"خبرنگار", r"گزارش", r"به قلم"],
    "ur": [r"رپورٹ", r"تحریر", r"نمائندہ"],
    "fr": [r"par", r"de notre (?:envoyé|correspondant)", r"propos recueillis par", r"article rédigé par"],
    "nl": [r"door", r"van onze (?:verslaggever|correspondent)"],
    "en": [r"by", r"written by", r"reporting by"],
}

# Words of a publication stamp ("Publié aujourd'hui à 10h05"): with a clock
# time, the line is the page's, not the article's.
STAMP_WORDS = {
    "he": [r"פורסם", r"עודכן"], "yi": [r"פֿאַרעפֿנטלעכט", r"פארעפנטלעכט"],
    "ar": [r"نشر", r"تحديث", r"آخر تحديث"], "fa": [r"منتشر", r"انتشار", r"به‌?روز"],
    "ur": [r"شائع", r"اپ ڈیٹ"], "fr": [r"publié", r"modifié", r"mis à jour"],
    "nl": [r"gepubliceerd", r"bijgewerkt", r"aangepast"], "en": [r"published", r"updated", r"posted"],
}

# News agencies: a short line naming one is a credit ("Le Quotidien avec AFP").
AGENCIES = {
    # (Short or ambiguous names such as AP, APP, Mehr are left out: "L'AP-HP", the month مهر.)
    "": [r"afp", r"reuters", r"anp", r"belga", r"dpa", r"ansa", r"wafa", r"وكالات", r"رويترز",
         r"ایرنا", r"ایسنا", r"ایلنا", r"تسنیم", r"وکالات", r"סוכנויות", r"רויטרס"],
}

# Headers of a comment section (the section and all after it is clutter) and
# the per-comment buttons ("report: offensive language / incitement / libel").
COMMENTS = {
    "he": [r"תגובות(?: לכתבה)?", r"תגובות גולשים", r"הגב(?:ו)? לכתבה", r"הוסיפו תגובה", r"הוספת תגובה",
           r"הגב לתגובה זו", r"שפה פוגענית", r"הסתה", r"דיבה", r"לכל התגובות", r"כתבו תגובה",
           r"השדות המסומנים ב-?\* הם שדות חובה", r"דווח על תגובה", r"תגובות הגולשים"],
    "yi": [r"קאָמענטאַרן", r"קאמענטארן", r"לאָזט איבער אַ קאָמענטאַר"],
    "ar": [r"اضف تعليق", r"أضف تعليق", r"أضف تعليقك", r"التعليقات", r"تعليقات", r"عدد الردود",
           r"اترك تعليقا", r"اترك تعليقاً", r"اكتب تعليقك", r"شارك برأيك", r"الرد على التعليق",
           r"تعليقات الزوار", r"تعليقات القراء", r"آراء القراء", r"علق على الخبر", r"التعليق على الخبر"],
    "fa": [r"نظرات", r"نظر شما", r"نظرات خوانندگان", r"ارسال نظر", r"دیدگاه(?:ها)?", r"نظرات کاربران", r"کد کپچا",
           r"تعداد کارکتر(?:\s?ها)? (?:ی )?مجاز", r"پاسخ دادن", r"انتشار یافته"],
    "ur": [r"تبصرے", r"تبصرہ کریں", r"قارئین کے تبصرے", r"اپنی رائے دیں", r"تبصرے \(\d+\)", r"جواب دیں"],
    "fr": [r"réagir", r"réagissez", r"commentaires?", r"vos commentaires", r"commentaires des lecteurs",
           r"réagir à cet article", r"commenter cet article", r"laisser un commentaire",
           r"ajouter un commentaire", r"signaler (?:un abus|ce commentaire)", r"répondre"],
    "nl": [r"reacties?", r"reageer", r"reacties van lezers", r"reageer op dit artikel", r"plaats een reactie", r"laat een reactie achter",
           r"meld misbruik", r"beantwoorden"],
    "en": [r"comments?", r"leave a comment", r"add a comment", r"reply", r"report abuse", r"comment on this article"],
}

# Headers of the "more articles" lists that follow an article (cut like comments).
RELATED = {
    "he": [r"כתבות נוספות", r"עוד באתר", r"כתבות קשורות", r"עוד בנושא", r"הכי נקראים", r"מומלצים",
           r"עוד כתבות", r"אולי יעניין אותך"],
    "ar": [r"مقالات ذات صلة", r"أخبار ذات صلة", r"اخبار ذات صلة", r"الأكثر قراءة", r"الاكثر قراءة",
           r"اقرأ المزيد", r"مواضيع ذات صلة", r"قد يهمك أيضا", r"قد يعجبك أيضا"],
    "fa": [r"اخبار مرتبط", r"مطالب مرتبط", r"خبرهای مرتبط", r"پربازدیدترین(?:\s?ها)?", r"آخرین اخبار",
           r"پربحث‌?ترین(?:\s?ها)?"],
    "ur": [r"متعلقہ خبریں", r"مزید خبریں", r"(?:\S+ ){1,2}سے مزید", r"سب سے زیادہ پڑھی جانے والی", r"تازہ ترین"],
    "fr": [r"à lire aussi", r"sur le même sujet", r"les plus lus", r"dans la même rubrique",
           r"articles? (?:similaires|liés)", r"nos autres articles"],
    "nl": [r"meer nieuws", r"gerelateerde artikelen", r"meest gelezen", r"lees meer over",
           r"ook interessant", r"meer over dit onderwerp", r"meer uit"],
    "en": [r"related (?:articles|stories|news)", r"most read", r"more stories", r"you may also like",
           r"recommended", r"more from"],
}

# "Read also" labels: standing alone, the lines under them are links.
READ_ALSO = {
    "he": [r"קראו עוד", r"קרא(?:ו)? גם", r"קיראו עוד", r"עוד בנושא", r"לקריאה נוספת"],
    "yi": [r"לייענט אויך", r"לייענט נאָך"],
    "ar": [r"اقرأ أيضا", r"اقرأ أيضاً", r"اقرأ ايضا", r"إقرأ أيضا", r"شاهد أيضا", r"اقرأ المزيد", r"للمزيد",
           r"قصص مقترحة"],
    "fa": [r"بیشتر بخوانید", r"بخوانید", r"مطالب مرتبط", r"ادامه مطلب", r"مطالب پیشنهادی"],
    "ur": [r"مزید پڑھیں", r"یہ بھی پڑھیں", r"مزید پڑھیے", r"یہ بھی دیکھیں"],
    "fr": [r"lire aussi", r"à lire aussi", r"lire la suite", r"à lire", r"voir aussi"],
    "nl": [r"lees ook", r"lees meer", r"lees verder", r"bekijk ook"],
    "en": [r"read more", r"read also", r"see also", r"related", r"more on this story", r"recommended stories"],
}

# "Share", "subscribe", "follow us on Telegram", "print"... (and READ_ALSO).
PROMO = {
    "he": [r"התחברות", r"האזינו לכתבה", r"לכתבה המלאה", r"שתפו", r"שתף", r"הצטרפו", r"הרשמו",
           r"לניוזלטר", r"עקבו אחרינו", r"טלגרם", r"וואטסאפ", r"להמשך קריאה", r"שלחו לחבר",
           r"הדפס", r"לחצו כאן", r"פרסומת", r"מודעה", r"תוכן שיווקי", r"תוכן ממומן", r"מנוי",
           r"שתפו את הכתבה", r"שתף את הכתבה"],
    "yi": [r"טיילט", r"אַבאָנירט"],
    "ar": [r"تسجيل الدخول", r"استمع إلى المقال", r"شارك", r"مشاركة",
           r"اشترك", r"تابعونا", r"تابعوا", r"تلغرام", r"تيليجرام", r"واتساب", r"طباعة",
           r"شاهد النسخة الأصلية", r"إعلانات", r"إعلان", r"انضم", r"النشرة البريدية"],
    "fa": [r"ورود", r"اشتراک‌?گذاری", r"اشتراک", r"عضو شوید", r"بپیوندید",
           r"تلگرام", r"اینستاگرام", r"نسخه چاپی", r"ارسال به دوستان", r"چاپ",
           r"کانال", r"دانلود", r"تبلیغات", r"این خبر را بشنوید"],
    "ur": [r"لاگ ان", r"شیئر کریں", r"شیئر", r"سبسکرائب", r"ہمارے واٹس ایپ",
           r"واٹس ایپ", r"ٹیلی گرام", r"فالو کریں", r"جوائن کریں", r"اشتہار", r"خبر کو سنیں"],
    "fr": [r"se connecter", r"connectez-vous", r"connexion", r"écouter l'article", r"voir les commentaires",
           r"partager(?: sur| par| l'article)?", r"partager", r"ajouter à (?:vos|mes) sélections",
           r"lire plus tard", r"sauvegarder", r"offrir cet article", r"partagez", r"abonnez-vous",
           r"s'abonner", r"inscrivez-vous", r"newsletter", r"suivez-nous", r"télégram", r"telegram",
           r"whatsapp", r"imprimer", r"publicité", r"recevez", r"téléchargez",
           r"écouter", r"copier le lien", r"offrir cet article", r"contenu sponsorisé", r"partagez cet article",
           r"écouter cet article"],
    "nl": [r"aanmelden", r"inloggen", r"luister naar dit artikel", r"delen", r"deel dit artikel", r"abonneer",
           r"abonnement", r"nieuwsbrief", r"schrijf je in", r"volg ons", r"telegram", r"whatsapp",
           r"advertentie", r"print", r"luister", r"kopieer link", r"lees voor"],
    "en": [r"log in", r"sign in", r"listen to this article", r"share", r"subscribe", r"sign up", r"newsletter",
           r"follow us", r"telegram", r"whatsapp", r"facebook", r"twitter", r"print", r"advertisement",
           r"sponsored", r"click here", r"download the app"],
}

# Calls to action: wherever they stand in a line, it asks the reader to do
# something on the site (join, follow, subscribe, download, accept cookies).
CALL_TO_ACTION = {
    "he": [r"למנויים בלבד", r"כבר מנויים", r"הצטרפו", r"הירשמו", r"עקבו אחרינו", r"ניוזלטר", r"לערוץ הטלגרם", r"לקבוצת הוואטסאפ",
           r"הורידו את האפליקציה", r"עוגיות"],
    "yi": [r"אַבאָנירט", r"אבאנירט"],
    "ar": [r"للمشتركين فقط", r"اشترك", r"اشتركوا", r"تابعونا", r"انضم(?:وا)? (?:إلى|الى) (?:قناتنا|مجموعتنا)", r"حمل تطبيق", r"النشرة البريدية",
           r"ملفات تعريف الارتباط", r"قناتنا على"],
    "fa": [r"ویژه مشترکان", r"عضو شوید", r"بپیوندید", r"دنبال کنید", r"کانال تلگرام", r"صفحه اینستاگرام",
           r"دانلود اپلیکیشن", r"کوکی"],
    "ur": [r"سبسکرائب", r"جوائن کریں", r"فالو کریں", r"ہمارا چینل", r"واٹس ایپ چینل", r"کوکیز"],
    "fr": [r"réservé aux abonnés", r"déjà abonnée?(?:\(e\))?", r"(?:tous les )?articles en illimité",
           r"accédez à tous (?:les|nos) (?:articles|contenus)", r"choisissez d'être bien informée?", r"abonnez-vous", r"inscrivez-vous", r"suivez-nous", r"téléchargez l'application", r"recevez",
           r"newsletter", r"je m'abonne", r"cookies", r"notre chaîne", r"rejoignez-nous"],
    "nl": [r"alleen voor abonnees", r"al abonnee", r"onbeperkt (?:toegang|lezen)", r"abonneer", r"word abonnee", r"schrijf je in", r"volg ons", r"download de app", r"nieuwsbrief", r"cookies",
           r"ontvang"],
    "en": [r"subscribers only", r"already a subscriber", r"unlimited (?:access|digital access)", r"subscribe", r"sign up", r"follow us", r"download the app", r"newsletter", r"cookies",
           r"join our"],
}

# "Click here": a link's words, wherever they stand in a short line.
CLICK_HERE = {
    "he": [r"לחצו כאן", r"לחץ כאן", r"הקליקו כאן"], "ar": [r"اضغط هنا", r"انقر هنا", r"اضغط على الرابط"],
    "fa": [r"(?:اینجا|این‌?جا) کلیک کنید", r"کلیک کنید"], "ur": [r"یہاں کلک کریں", r"کلک کریں"],
    "fr": [r"cliquez ici", r"cliquez sur ce lien"], "nl": [r"klik hier", r"klik op deze link"],
    "en": [r"click here", r"tap here"],
}

# "Spotted a mistake? Tell us", "Send us a tip": the newsroom's own requests.
TELL_US = {
    "he": [r"מצאתם טעות", r"שלחו לנו"], "ar": [r"أبلغ عن خطأ", r"الإبلاغ عن خطأ"], "fa": [r"گزارش خطا"],
    "ur": [r"غلطی کی نشاندہی"], "fr": [r"signaler une erreur", r"vous avez (?:repéré|remarqué) une erreur"],
    "nl": [r"fout gezien", r"laat het ons weten", r"stuur ons een tip", r"tip de redactie", r"heb(?:t u| je) een tip"],
    "en": [r"spotted an error", r"report an error", r"send us a tip"],
}

# A site's disclaimer about what it publishes (anywhere in a line).
DISCLAIMER = {
    "he": [r"תוכן (?:\S+ ){0,4}(?:על ידי |ע\"י )?צד(?:דים)? שלישי", r"המערכת אינה אחראית",
           r"אינו מהווה תחליף ל(?:ייעוץ|התייעצות)"],
    "ar": [r"محتوى من جهات خارجية", r"لأغراض إعلامية فقط", r"لا يعبر بالضرورة عن رأي",
           r"لا يغني عن استشارة"],
    "fa": [r"مسئولیتی در قبال", r"الزاما بیانگر", r"صرفا جنبه آموزشی", r"جایگزین مشاوره پزشکی"],
    "ur": [r"ادارے کا متفق ہونا ضروری نہیں", r"طبی مشورے کا متبادل"],
    "fr": [r"contenus? (?:fournis? par )?(?:des )?(?:sites )?tiers", r"fourni par un partenaire",
           r"la rédaction n'est pas responsable", r"cet article date de plus d", r"(?:cet )?article (?:a été )?rédigé avec", r"n'engage(?:nt)? que (?:son|leur)s? auteurs?",
           r"ne remplace pas (?:un avis|une consultation)"],
    "nl": [r"inhoud van derden", r"niet verantwoordelijk voor", r"vervangt geen (?:medisch )?advies",
           r"gedeeld via de deelknop"],
    "cookies": [r"cookie-?(?:instellingen|keuzes|settings|beleid|policy|voorkeuren)",
                r"(?:paramètres|gestion|préférences) (?:des|de) cookies",
                r"accept(?:eer|er|ez|ez tous)? (?:les |alle |all )?cookies"],
    "browser": [r"deze browser wordt niet ondersteund", r"je browser ondersteunt (?:dit|geen)",
                r"votre navigateur ne (?:prend pas en charge|supporte pas|permet pas)",
                r"(?:this media is|video is) not supported in your browser", r"your browser does not support",
                r"הדפדפן (?:שלך|שלכם) אינו תומך", r"متصفحك لا يدعم", r"مرورگر شما (?:از )?\S+ (?:را )?پشتیبانی نمی",
                r"آپ کا براؤزر"],
    "external links": [r"our approach to external linking", r"رویکرد ما (?:به|در مورد) لینک‌?های خارجی",
                       r"نهجنا (?:بشأن|تجاه) الروابط الخارجية", r"بیرونی لنکس کے بارے میں ہماری پالیسی",
                       r"bbc (?:is not|n'est pas) responsible for the content of external"],
    "en": [r"third[- ]party content", r"for informational purposes only",
           r"not a substitute for (?:professional )?(?:medical )?advice"],
}

# Site chrome that is a whole line: news-ID and view counters, disclaimers,
# copyright, cookie and script notices, "updated at" stamps without a date.
CHROME = {
    "he": [r"כל הזכויות שמורות", r"זמן קריאה", r"מס(?:פר)? כתבה", r"עודכן", r"קישור לכתבה", r"נושאים בכתבה",
           r"דלג לתוכן(?: העיקרי)?", r"תגיות", r"מבזקים", r"חדשות אחרונות", r"(?:ה)?עורך (?:ה)?ראשי"],
    "ar": [r"جميع الحقوق محفوظة", r"مدة القراءة", r"تاريخ النشر", r"رقم الخبر", r"عدد المشاهدات", r"عدد القراءات", r"آخر تحديث",
           r"قد تحتوي هذه الصفحة على محتوى من جهات خارجية", r"إخلاء المسؤولية", r"رابط مختصر",
           r"الكلمات المفتاحية", r"كلمات دالة", r"الوسوم", r"نهاية قصص مقترحة", r"انتهى", r"إنتهى", r"المصدر", r"تخطى إلى المحتوى", r"اذهب إلى المحتوى", r"عاجل", r"آخر الأخبار",
           r"رئيس التحرير", r"رئيس مجلس الإدارة"],
    "fa": [r"پایان مطالب پیشنهادی", r"انتهای پیام", r"کد خبر", r"شناسه خبر", r"کلیه حقوق", r"تمامی حقوق", r"تعداد بازدید", r"بازدید",
           r"لینک کوتاه", r"زمان مطالعه", r"برچسب‌?ها", r"منبع", r"تاریخ انتشار", r"زمان انتشار", r"سرویس",
           r"رفتن به محتوای اصلی", r"فوری", r"خبر فوری", r"مدیر مسئول", r"سردبیر"],
    "ur": [r"جملہ حقوق", r"تمام حقوق", r"ویب ڈیسک", r"شائع", r"اپ ڈیٹ", r"ٹیگز", r"بریکنگ نیوز", r"بانی", r"(?:گروپ )?چیف ایگزیکٹو", r"(?:گروپ )?چیف ایڈیٹر", r"ایڈیٹر انچیف"],
    "fr": [r"fin du direct", r"direct terminé", r"tous droits réservés", r"mis à jour", r"publié le", r"modifié le", r"temps de lecture",
           r"cookies?", r"javascript", r"mots-clés", r"tags", r"source", r"par la rédaction",
           r"aller au contenu(?: principal)?", r"lecture(?=\s*\d+\s*min)", r"accepter(?: les cookies)?", r"refuser",
           r"rédact(?:eur|rice) en chef", r"direct(?:eur|rice) de (?:la )?publication"],
    "nl": [r"liveblog gesloten", r"alle rechten voorbehouden", r"bijgewerkt", r"gepubliceerd", r"leestijd", r"cookies?",
           r"javascript", r"tags", r"bron", r"redactie", r"naar (?:de )?hoofdinhoud", r"trefwoorden",
           r"accepteren", r"weigeren", r"hoofdredact(?:eur|rice)"],
    "en": [r"live(?: ?blog)? (?:closed|ended)", r"end of (?:recommended|related) stories", r"all rights reserved", r"copyright", r"cookies?", r"javascript", r"updated", r"published",
           r"tags", r"source", r"skip to (?:main )?content", r"breaking news", r"accept", r"reading time",
           r"\d+ min(?:ute)?s? read", r"editor-in-chief"],
}


def fragments(table: dict[str, list[str]]) -> list[str]:
    """Every fragment of a class, longest first (so alternation prefers them)."""
    return sorted({f for group in table.values() for f in group}, key=len, reverse=True)
