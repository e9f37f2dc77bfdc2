"""Hand-labelled entities on real sentences from the seed articles, with
hand-written English translations (human translations are legitimate test
data: no MT model exists on this machine).

Guidelines: PERSON, ORG, PLACE (countries, cities, regions), DATE (calendar
expressions only: day+month, month, weekday, year). Spans exclude clitic
prefixes (Hebrew ב ל ו ה מ ש כ, Arabic و ب ل ف ك, French d'/l') and titles
(CEO, PDG). Products and nationality adjectives (MISC) are not labelled and
MISC predictions are not scored. Offsets are code points in the sentence;
`test_gold_spans_are_exact` checks text[start:end] == surface for every one.

Imported by tests/core/test_entities_gold.py and benchmarks/bench_entities.py.
"""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {
    0: ("he", "000_8e140965ee265553.txt"),
    1: ("he", "001_3410858ea03e43e5.txt"),
    2: ("ar", "002_0ab4f2eb18108c33.txt"),
    3: ("nl", "003_92c02bc8168e32f9.txt"),
    4: ("fr", "004_2058c9d928cbac57.txt"),
}
SCORED = ("PERSON", "ORG", "PLACE", "DATE")

Sentence = namedtuple("Sentence", "lang seed text english entities")

GOLD = [
    Sentence(
        "he",
        "000",
        'דרמה רודפת דרמה בסאגה של OpenAI: החברה היתה בדיונים להשיב את סם אלטמן כמנכ"ל החברה, אך נראה שהמשא ומתן התפוצץ.',
        "Drama follows drama in the OpenAI saga: the company was in talks to bring back Sam Altman as the company's CEO, but it seems the negotiations have blown up.",
        [(25, 31, "OpenAI", "ORG"), (61, 69, "סם אלטמן", "PERSON")],
    ),
    Sentence(
        "he",
        "000",
        "איליה סוצקבר, חבר הדריקטוריון והמדען הראשי בחברה, הודיע לעובדים ולמשקיעים כי אלטמן כבר לא ישוב.",
        "Ilya Sutskever, a board member and the company's chief scientist, told employees and investors that Altman will not return.",
        [(0, 12, "איליה סוצקבר", "PERSON"), (77, 82, "אלטמן", "PERSON")],
    ),
    Sentence(
        "he",
        "000",
        'במקומו ייכנס לתפקיד אמט שיר, מנכ"ל חברת הווידיאו Twich בבעלות אמזון, זאת למרות שאין לו שום קשר לתחום ה-AI.',
        "In his place Emmett Shear, CEO of the video company Twitch owned by Amazon, will take the job, even though he has no connection to the field of AI.",
        [(20, 27, "אמט שיר", "PERSON"), (49, 54, "Twich", "ORG"), (62, 67, "אמזון", "ORG")],
    ),
    Sentence(
        "he",
        "000",
        'שעות ספורות אחרי ההודעה של OpenAI, מנכ"ל מיקרוסופט מעדכן בחשבון האיקס (לשעבר טוויטר) האישי שלו כי סם אלטמן מצטרף למיקרוסופט, ויובל שם צוות מחקר AI חדש.',
        "A few hours after OpenAI's announcement, Microsoft's CEO posted on his personal X account (formerly Twitter) that Sam Altman is joining Microsoft and will lead a new AI research team there.",
        [
            (27, 33, "OpenAI", "ORG"),
            (41, 50, "מיקרוסופט", "ORG"),
            (65, 69, "איקס", "ORG"),
            (77, 83, "טוויטר", "ORG"),
            (98, 106, "סם אלטמן", "PERSON"),
            (114, 123, "מיקרוסופט", "ORG"),
        ],
    ),
    Sentence(
        "he",
        "001",
        "ביום שבת דירקטוריון חברת OpenAI, החברה שעומדת מאחורי הצ'אט בוט הפופולארי ChatGPT שתרם רבות לזינוק של תחום ה-AI בעולם, הודיע בפתאומיות על פיטוריו של המנכ\"ל והמייסד השותף, סם אלטמן.",
        "On Saturday the board of OpenAI, the company behind the popular chatbot ChatGPT that contributed greatly to the AI boom in the world, abruptly announced the dismissal of its CEO and co-founder, Sam Altman.",
        [(1, 8, "יום שבת", "DATE"), (25, 31, "OpenAI", "ORG"), (170, 178, "סם אלטמן", "PERSON")],
    ),
    Sentence(
        "he",
        "000",
        "לפי דיווח של האתר The Information, עובדים בחברה נטשו את מטה החברה בסן פרנסיסקו דקות אחרי ההודעה על ההחלטה.",
        "According to a report by The Information website, employees left the company's headquarters in San Francisco minutes after the announcement of the decision.",
        [(18, 33, "The Information", "ORG"), (67, 78, "סן פרנסיסקו", "PLACE")],
    ),
    Sentence(
        "he",
        "000",
        "בנוסף, גרג ברוקמן, מי שהיה נשיא OpenAI, מצטרף גם הוא למיקרוסופט.",
        "In addition, Greg Brockman, who was president of OpenAI, is also joining Microsoft.",
        [(7, 17, "גרג ברוקמן", "PERSON"), (32, 38, "OpenAI", "ORG"), (54, 63, "מיקרוסופט", "ORG")],
    ),
    Sentence(
        "he",
        "001",
        'העושר הממוצע לאדם בוגר בארה"ב עומד על כ-550 אלף דולר\xa0 - מה ההון הממוצע של ישראלי ומה ההון של אמריקאי?',
        "The average wealth per adult in the US is about 550 thousand dollars - what is the average wealth of an Israeli and what is the wealth of an American?",
        [(24, 29, 'ארה"ב', "PLACE")],
    ),
    Sentence(
        "ar",
        "002",
        "في 20 نوفمبر ، أخبر الرئيس التنفيذي لشركة Microsoft ساتيا ناديلا العالم أخيرا أن الرئيس التنفيذي سام ألتمان ، الذي أطاح به مجلس إدارة OpenAI ، وجريج بروكمان ، رئيس مجلس الإدارة والرئيس الذي استقال نتيجة لذلك ، انضموا إلى مايكروسوفت.",
        "On November 20, Microsoft CEO Satya Nadella finally told the world that CEO Sam Altman, who was ousted by the OpenAI board, and Greg Brockman, the chairman and president who resigned as a result, had joined Microsoft.",
        [
            (3, 12, "20 نوفمبر", "DATE"),
            (42, 51, "Microsoft", "ORG"),
            (52, 64, "ساتيا ناديلا", "PERSON"),
            (97, 107, "سام ألتمان", "PERSON"),
            (134, 140, "OpenAI", "ORG"),
            (144, 156, "جريج بروكمان", "PERSON"),
            (221, 231, "مايكروسوفت", "ORG"),
        ],
    ),
    Sentence(
        "ar",
        "002",
        "وجدت OpenAI أيضا رئيسا تنفيذيا مؤقتا لنفسها - Emmett Shear ، المؤسس المشارك لموقع بث الفيديو Twitch.",
        "OpenAI also found an interim CEO for itself - Emmett Shear, co-founder of the video streaming site Twitch.",
        [(5, 11, "OpenAI", "ORG"), (46, 58, "Emmett Shear", "PERSON"), (93, 99, "Twitch", "ORG")],
    ),
    Sentence(
        "ar",
        "002",
        'كان بروكمان أيضا أول من تحدث علانية ، حيث أخبر العالم الخارجي كيف كان تغيير الموظفين مفاجئا وقذرا: لقد "صدم" هو وألتمان عندما طردهما عضو مجلس الإدارة ليا سوتسكيفر في اجتماع عبر الإنترنت.',
        'Brockman was also the first to speak out, telling the outside world how sudden and dirty the staff change was: he and Altman were "shocked" when board member Ilya Sutskever fired them in an online meeting.',
        [(4, 11, "بروكمان", "PERSON"), (113, 119, "ألتمان", "PERSON"), (150, 162, "ليا سوتسكيفر", "PERSON")],
    ),
    Sentence(
        "ar",
        "002",
        "بالإضافة إلى مايكروسوفت، تقود شركة ثرايف كابيتال، وهي مساهم رئيسي آخر في OpenAI، عملية الاستحواذ على أسهم موظفي OpenAI، لكنها لم تحول بعد ما يكفي من الأموال.",
        "Besides Microsoft, Thrive Capital, another major shareholder in OpenAI, is leading the purchase of OpenAI employee shares, but it has not yet transferred enough money.",
        [
            (13, 23, "مايكروسوفت", "ORG"),
            (35, 48, "ثرايف كابيتال", "ORG"),
            (73, 79, "OpenAI", "ORG"),
            (112, 118, "OpenAI", "ORG"),
        ],
    ),
    Sentence(
        "ar",
        "002",
        "بصفته زميلا أقدم في جامعة كارنيجي ميلون ، نشر ألتمان العديد من المقالات حول الابتكار التكنولوجي وريادة الأعمال ، وعمل كعضو مجلس إدارة أو مستشار للعديد من الشركات الناشئة ، بما في ذلك OpenDoor و Postmates و RapidAPI ، وساعدهم في تأمين عشرات الملايين من الدولارات من الاستثمارات.",
        "As a senior fellow at Carnegie Mellon University, Altman has published many articles on technological innovation and entrepreneurship, and has served as a board member or adviser to many startups, including OpenDoor, Postmates and RapidAPI, helping them secure tens of millions of dollars in investment.",
        [
            (20, 39, "جامعة كارنيجي ميلون", "ORG"),
            (46, 52, "ألتمان", "PERSON"),
            (183, 191, "OpenDoor", "ORG"),
            (194, 203, "Postmates", "ORG"),
            (206, 214, "RapidAPI", "ORG"),
        ],
    ),
    Sentence(
        "ar",
        "002",
        "سواء كان دخول Microsoft إلى OpenAI في عام 2019 أو عرض الاستحواذ على ملكية أسهم موظفي OpenAI بقيادة Thrive Capital ، فإنه يعكس قدرات Sam Altman القوية في تشغيل رأس المال.",
        "Whether it was Microsoft's entry into OpenAI in 2019 or the offer to buy OpenAI employee shares led by Thrive Capital, it reflects Sam Altman's strong skills in running capital.",
        [
            (14, 23, "Microsoft", "ORG"),
            (28, 34, "OpenAI", "ORG"),
            (38, 46, "عام 2019", "DATE"),
            (85, 91, "OpenAI", "ORG"),
            (99, 113, "Thrive Capital", "ORG"),
            (132, 142, "Sam Altman", "PERSON"),
        ],
    ),
    Sentence(
        "nl",
        "003",
        "Een korte herhaling: vlak voor het weekend werd Sam Altman, CEO van OpenAI, het bedrijf achter ChatGPT, onverwacht ontslagen door de raad van bestuur.",
        "A short recap: just before the weekend Sam Altman, CEO of OpenAI, the company behind ChatGPT, was unexpectedly fired by the board.",
        [(48, 58, "Sam Altman", "PERSON"), (68, 74, "OpenAI", "ORG")],
    ),
    Sentence(
        "nl",
        "003",
        "OpenAI stelde meteen CTO Mira Murati aan als CEO ad interim, maar later dat weekend werd zij opgevolgd door Emmet Shear, de voormalige topman van Twitch.",
        "OpenAI immediately appointed CTO Mira Murati as interim CEO, but later that weekend she was succeeded by Emmett Shear, the former head of Twitch.",
        [
            (0, 6, "OpenAI", "ORG"),
            (25, 36, "Mira Murati", "PERSON"),
            (108, 119, "Emmet Shear", "PERSON"),
            (146, 152, "Twitch", "ORG"),
        ],
    ),
    Sentence(
        "nl",
        "003",
        "Maandagochtend (zondagnacht Amerikaanse tijd) maakte Microsoft CEO Satya Nadella bekend dat Altman en Brockman naar Microsoft zouden overstappen om er een nieuwe AI-afdeling te leiden, maar dat Microsoft ook OpenAI blijft steunen.",
        "On Monday morning (Sunday night American time) Microsoft CEO Satya Nadella announced that Altman and Brockman would move to Microsoft to lead a new AI division there, but that Microsoft would also continue to support OpenAI.",
        [
            (0, 14, "Maandagochtend", "DATE"),
            (16, 27, "zondagnacht", "DATE"),
            (53, 62, "Microsoft", "ORG"),
            (67, 80, "Satya Nadella", "PERSON"),
            (92, 98, "Altman", "PERSON"),
            (102, 110, "Brockman", "PERSON"),
            (116, 125, "Microsoft", "ORG"),
            (194, 203, "Microsoft", "ORG"),
            (208, 214, "OpenAI", "ORG"),
        ],
    ),
    Sentence(
        "nl",
        "003",
        "Blijven nog over: Adam D’Angelo, CEO van Quora, Tasha McCauley, Helen Toner, director of strategy and foundational research grants for the Center for Security and Emerging Technology bij Georgetown University en Tasha McCauley, CEO van GeoSim.",
        "Still remaining: Adam D'Angelo, CEO of Quora, Tasha McCauley, Helen Toner, director of strategy and foundational research grants for the Center for Security and Emerging Technology at Georgetown University, and Tasha McCauley, CEO of GeoSim.",
        [
            (18, 31, "Adam D’Angelo", "PERSON"),
            (41, 46, "Quora", "ORG"),
            (48, 62, "Tasha McCauley", "PERSON"),
            (64, 75, "Helen Toner", "PERSON"),
            (139, 182, "Center for Security and Emerging Technology", "ORG"),
            (187, 208, "Georgetown University", "ORG"),
            (212, 226, "Tasha McCauley", "PERSON"),
            (236, 242, "GeoSim", "ORG"),
        ],
    ),
    Sentence(
        "nl",
        "003",
        "In een interview bij CNBC zei topman Satya Nadella dat hij niet uitsluit dat Sam Altman in een zekere vorm zou terugkeren naar OpenAI, maar dat hij Altman en Brockman een professionele thuis wil geven bij Microsoft als de raad en het personeel van openAI dat niet willen.",
        "In an interview with CNBC, Satya Nadella said he does not rule out that Sam Altman could return to OpenAI in some form, but that he wants to give Altman and Brockman a professional home at Microsoft if the board and staff of OpenAI do not want that.",
        [
            (21, 25, "CNBC", "ORG"),
            (37, 50, "Satya Nadella", "PERSON"),
            (77, 87, "Sam Altman", "PERSON"),
            (127, 133, "OpenAI", "ORG"),
            (148, 154, "Altman", "PERSON"),
            (158, 166, "Brockman", "PERSON"),
            (205, 214, "Microsoft", "ORG"),
            (248, 254, "openAI", "ORG"),
        ],
    ),
    Sentence(
        "fr",
        "004",
        "Tout à l'heure, le PDG de Microsoft, Satya Nadella, a annoncé à X que les fondateurs d'OpenAI, Sam Altman et Greg Brockman, rejoindraient Microsoft pour diriger une nouvelle équipe de recherche avancée sur l'intelligence artificielle.",
        "Just now, Microsoft CEO Satya Nadella announced on X that OpenAI founders Sam Altman and Greg Brockman would join Microsoft to lead a new advanced research team on artificial intelligence.",
        [
            (26, 35, "Microsoft", "ORG"),
            (37, 50, "Satya Nadella", "PERSON"),
            (64, 65, "X", "ORG"),
            (87, 93, "OpenAI", "ORG"),
            (95, 105, "Sam Altman", "PERSON"),
            (109, 122, "Greg Brockman", "PERSON"),
            (138, 147, "Microsoft", "ORG"),
        ],
    ),
    Sentence(
        "fr",
        "004",
        "Le conseil d'administration d'OpenAI a pris une décision surprenante plus tôt : embaucher Emmett Shear, l'ancien PDG de la plateforme de streaming de jeux en direct d'Amazon Twitch, comme PDG.",
        "The OpenAI board made a surprising decision earlier: hiring Emmett Shear, the former CEO of Amazon's live game streaming platform Twitch, as CEO.",
        [
            (30, 36, "OpenAI", "ORG"),
            (90, 102, "Emmett Shear", "PERSON"),
            (167, 173, "Amazon", "ORG"),
            (174, 180, "Twitch", "ORG"),
        ],
    ),
    Sentence(
        "fr",
        "004",
        "Murati, qui a été nommé par intérim pour prendre la direction du PDG vendredi après le licenciement d'Altman par le conseil d'administration, est en pourparlers avec le PDG de Quora Inc. Adam D'Angelo, qui est représentant au conseil d'administration d'OpenAI et a été une figure clé de voter pour évincer Sam Altman de l’entreprise.",
        "Murati, who was named interim to take over as CEO on Friday after Altman's dismissal by the board, is in talks with Quora Inc. CEO Adam D'Angelo, who represents the board of OpenAI and was a key figure in the vote to oust Sam Altman from the company.",
        [
            (0, 6, "Murati", "PERSON"),
            (69, 77, "vendredi", "DATE"),
            (102, 108, "Altman", "PERSON"),
            (176, 186, "Quora Inc.", "ORG"),
            (187, 200, "Adam D'Angelo", "PERSON"),
            (253, 259, "OpenAI", "ORG"),
            (306, 316, "Sam Altman", "PERSON"),
        ],
    ),
    Sentence(
        "fr",
        "004",
        "Le conseil d'administration d'OpenAI, basé à San Francisco, a contacté au moins deux dirigeants éminents du secteur technologique dans l'espoir que l'un d'entre eux acceptera le rôle, a déclaré la personne, s'exprimant sous couvert d'anonymat.",
        "The OpenAI board, based in San Francisco, has contacted at least two prominent tech industry leaders in the hope that one of them will accept the role, the person said, speaking on condition of anonymity.",
        [(30, 36, "OpenAI", "ORG"), (45, 58, "San Francisco", "PLACE")],
    ),
    Sentence(
        "fr",
        "004",
        "Steve Jobs, en 1985, a honte de lui-même.",
        "Steve Jobs, in 1985, is ashamed of himself.",
        [(0, 10, "Steve Jobs", "PERSON"), (15, 19, "1985", "DATE")],
    ),
    Sentence(
        "fr",
        "004",
        "Le directeur de la stratégie, Jason Kwon, a déclaré samedi soir aux employés que l'entreprise était « optimiste » quant à la réintégration d'Altman, Brockman et des trois chercheurs principaux qui ont démissionné vendredi soir en solidarité avec eux.",
        'The chief strategy officer, Jason Kwon, told employees on Saturday evening that the company was "optimistic" about reinstating Altman, Brockman and the three senior researchers who resigned on Friday evening in solidarity with them.',
        [
            (30, 40, "Jason Kwon", "PERSON"),
            (52, 63, "samedi soir", "DATE"),
            (141, 147, "Altman", "PERSON"),
            (149, 157, "Brockman", "PERSON"),
            (213, 226, "vendredi soir", "DATE"),
        ],
    ),
]

# Labelled after the recognisers were frozen and never used to tune them:
# an honest estimate next to the development set above.
HELDOUT = [
    Sentence(
        "he",
        "000",
        "ההחלטה למנות את קמט שיר לתפקיד ה-CEO של החברה היא הפתעה גמורה, לאור העובדה שלשיר אין שום ניסיון בעולמות ה-AI.",
        "The decision to appoint Emmett Shear as the company's CEO is a complete surprise, given that Shear has no experience in the worlds of AI.",
        [(16, 23, "קמט שיר", "PERSON"), (77, 80, "שיר", "PERSON")],
    ),
    Sentence(
        "he",
        "000",
        "ערב ההדחה עמדה OpenAI בפני השלמת סבב גיוס הון במכירת מניות עובדים - מה שמכונה גיוס סקנדרי - שהיה משקף לחברה שווי של 86 מיליארד דולר.",
        "On the eve of the ouster, OpenAI was about to complete a funding round through the sale of employee shares - a so-called secondary round - that would have valued the company at 86 billion dollars.",
        [(15, 21, "OpenAI", "ORG")],
    ),
    Sentence(
        "he",
        "001",
        "התרחיש השלישי, ואולי הסביר ביותר, הוא שאלטמן אכן פוטר מהחברה ללא התערבות של מיקרוסופט, אבל מרגע שאלטמן יצא לשוק, הוא קיבל פניות מהמתחרות הגדולות של מיקרוסופט, כמו גוגל\xa0 GOOGLE למשל, שרצו לגייס אותו לשורותיהן, ולכן מיקרוסופט מיהרה לתפוס את אלטמן לפני שיברח.",
        "The third scenario, and perhaps the most likely, is that Altman was indeed fired from the company without Microsoft's involvement, but once Altman was on the market he received approaches from Microsoft's big competitors, such as Google, who wanted to recruit him, and so Microsoft hurried to grab Altman before he got away.",
        [
            (39, 44, "אלטמן", "PERSON"),
            (76, 85, "מיקרוסופט", "ORG"),
            (97, 102, "אלטמן", "PERSON"),
            (148, 157, "מיקרוסופט", "ORG"),
            (163, 167, "גוגל", "ORG"),
            (169, 175, "GOOGLE", "ORG"),
            (214, 223, "מיקרוסופט", "ORG"),
            (239, 244, "אלטמן", "PERSON"),
        ],
    ),
    Sentence(
        "ar",
        "002",
        'أولا ، كان جريج بروكمان ، المؤسس المشارك ورئيس OpenAI ، أول من استقال علنا بعد إقالته من منصب رئيس مجلس الإدارة في 17 نوفمبر ، على الرغم من أن مجلس الإدارة قال إنه "سيحتفظ به لأغراض أخرى".',
        'First, Greg Brockman, co-founder and president of OpenAI, was the first to resign publicly after being removed as chairman of the board on November 17, although the board said it would "keep him for other purposes".',
        [(11, 23, "جريج بروكمان", "PERSON"), (47, 53, "OpenAI", "ORG"), (115, 124, "17 نوفمبر", "DATE")],
    ),
    Sentence(
        "ar",
        "002",
        "تقدم كل من براد لايتكاب ، الرئيس التنفيذي للعمليات في OpenAI ، وإيميت شير ، الذي تولى للتو منصب الرئيس التنفيذي المؤقت ، لتوضيح أن الخلاف بين Altman ومجلس الإدارة لا علاقة له بالأمن الذكاء الاصطناعي والتسويق والطرق الأخرى.",
        "Both Brad Lightcap, OpenAI's chief operating officer, and Emmett Shear, who has just taken over as interim CEO, came forward to clarify that the disagreement between Altman and the board had nothing to do with AI safety, commercialisation or other matters.",
        [
            (11, 23, "براد لايتكاب", "PERSON"),
            (54, 60, "OpenAI", "ORG"),
            (64, 73, "إيميت شير", "PERSON"),
            (142, 148, "Altman", "PERSON"),
        ],
    ),
    Sentence(
        "nl",
        "003",
        "Maar als Altman en Brockman definitief naar Microsoft overstappen, en het merendeel van OpenAI verhuist spontaan mee, dan blijft er nauwelijks nog een OpenAI over en heeft Microsoft het bedrijf de facto overgenomen zonder daar meer voor te betalen dan de huidige investeringen.",
        "But if Altman and Brockman move to Microsoft for good, and most of OpenAI spontaneously follows, there will hardly be any OpenAI left and Microsoft will de facto have taken over the company without paying more than its current investments.",
        [
            (9, 15, "Altman", "PERSON"),
            (19, 27, "Brockman", "PERSON"),
            (44, 53, "Microsoft", "ORG"),
            (88, 94, "OpenAI", "ORG"),
            (151, 157, "OpenAI", "ORG"),
            (172, 181, "Microsoft", "ORG"),
        ],
    ),
    Sentence(
        "nl",
        "003",
        "Nu vrijwel alle personeelsleden van OpenAI duidelijk maken dat ze zullen opstappen als de raad van bestuur niet opstapt, zegt onder meer SalesForce CEO Marc Benioff dat hij gerust ontevreden AI-onderzoekers wil verwelkomen.",
        "Now that almost all OpenAI staff are making clear they will leave if the board does not step down, SalesForce CEO Marc Benioff, among others, says he would gladly welcome disgruntled AI researchers.",
        [(36, 42, "OpenAI", "ORG"), (137, 147, "SalesForce", "ORG"), (152, 164, "Marc Benioff", "PERSON")],
    ),
    Sentence(
        "fr",
        "004",
        "Selon The Information, Altman a rencontré dimanche des dirigeants du siège d'OpenAI à San Francisco, heure locale, pour pousser le conseil d'administration à le réintégrer, ainsi que d'autres dirigeants récemment partis.",
        "According to The Information, Altman met on Sunday with executives at OpenAI's headquarters in San Francisco, local time, to push the board to reinstate him, along with other recently departed executives.",
        [
            (6, 21, "The Information", "ORG"),
            (23, 29, "Altman", "PERSON"),
            (42, 50, "dimanche", "DATE"),
            (77, 83, "OpenAI", "ORG"),
            (86, 99, "San Francisco", "PLACE"),
        ],
    ),
    Sentence(
        "fr",
        "004",
        "Selon des sources, Altman a été démis de ses fonctions de PDG et de directeur par des administrateurs dirigés par le scientifique en chef d'OpenAI, Ilya Sutskever.",
        "According to sources, Altman was removed from his positions as CEO and director by board members led by OpenAI's chief scientist, Ilya Sutskever.",
        [(19, 25, "Altman", "PERSON"), (140, 146, "OpenAI", "ORG"), (148, 162, "Ilya Sutskever", "PERSON")],
    ),
]


def seed_paragraphs(article_id: int) -> tuple[str, list[str]]:
    """(language, non-empty lines) of a seed article: one paragraph per line."""
    lang, name = SEEDS[article_id]
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    return lang, [line for line in text.split("\n") if line.strip()]


def library_known_names():
    """Known names as the app would have them before any translation:
    recognised in the French and Dutch seeds (models + Latin names), grouped."""
    from reader.core.entities import group_mentions, known_names_from_groups, recognise_article

    found = {}
    for aid in (3, 4):
        lang, paras = seed_paragraphs(aid)
        found[aid] = recognise_article(lang, paras)
    return known_names_from_groups(group_mentions(found))


def predict(sentence: Sentence, mode: str, known=()):
    """Source-pane predictions for one gold sentence.

    mode "aligned": with the hand translation (English NER + alignment).
    mode "source": no translation; `known` names from the library."""
    from reader.core.entities import recognise_article

    src, en = sentence.text, sentence.english
    if mode == "aligned":
        ms = recognise_article(sentence.lang, [src], [[(0, len(src))]], [en], [[(0, len(en))]], known)
    else:
        ms = recognise_article(sentence.lang, [src], [[(0, len(src))]], None, None, known)
    return [m for m in ms if m.pane == "source"]


def score(mode: str, known=(), sentences=None) -> dict[str, dict[str, float]]:
    """Precision/recall/F1 per language (exact span and label)."""
    stats: dict[str, list[int]] = {}
    for s in GOLD if sentences is None else sentences:
        gold = {(a, b, label) for a, b, _, label in s.entities if label in SCORED}
        pred = {(m.start, m.end, m.label) for m in predict(s, mode, known) if m.label in SCORED}
        tp = len(gold & pred)
        st = stats.setdefault(s.lang, [0, 0, 0])
        st[0] += tp
        st[1] += len(pred)
        st[2] += len(gold)
    out = {}
    for lang, (tp, npred, ngold) in stats.items():
        p = tp / npred if npred else 1.0
        r = tp / ngold if ngold else 1.0
        out[lang] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp,
            "predicted": npred,
            "gold": ngold,
        }
    return out


def errors(mode: str, known=(), sentences=None) -> list[str]:
    """Human-readable misses and false highlights (for debugging)."""
    lines = []
    for s in GOLD if sentences is None else sentences:
        gold = {(a, b, label) for a, b, _, label in s.entities if label in SCORED}
        pred = {(m.start, m.end, m.label) for m in predict(s, mode, known) if m.label in SCORED}
        for a, b, label in sorted(gold - pred):
            lines.append(f"{s.lang} MISS {s.text[a:b]!r} {label}")
        for a, b, label in sorted(pred - gold):
            lines.append(f"{s.lang} FALSE {s.text[a:b]!r} {label}")
    return lines
