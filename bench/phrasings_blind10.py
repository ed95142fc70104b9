"""The "blind10" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind9; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Oyunchimeg Dorj", "Batbold Tserendorj", "Dilnoza Yusupova", "Aibek Toktogulov",
    "Selamawit Tesfaye", "Abdirahman Warsame", "Hauwa Abubakar", "Adebola Ogunleye", "Thandeka Zungu",
    "Sokha Chhim", "Thiri Aung", "Nuwan Jayasuriya", "Sunita Thapa", "Sachin Kulkarni", "Hetal Desai",
    "Gurpreet Kaur Grewal", "Srinivas Reddy", "Kavya Hegde", "Anjali Menon", "Mireille Schmit",
    "Woodley Pierre-Louis", "Zuzana Hrušková", "Alyaksandr Zhuk", "Mateo Quispe", "Rocío Benítez",
    "Aputsiaq Olsen", "Émilie Tremblay-Gagnon", "Jolene Thibodeaux",
)  # fmt: skip
OUTLETS = (
    "The Steppe Courier", "Fergana Valley Evening Post", "Issyk-Kul Shoreline News",
    "Addis Highland Monitor", "Hargeisa Morning Tide", "Sokoto Harmattan Herald", "The Ibadan Clarion",
    "Tonle Sap Morning Star", "Irrawaddy Delta Tribune", "Deccan Plateau Sentinel",
    "Moselle Valley Gazette", "Cap-Haïtien Citadel Voice", "Tatra Mountain Daily",
    "WQRV 9 Bayou Country News",
)  # fmt: skip
SITES = (
    "steppecourier.mn", "ferganapost.uz", "shorelinenews.kg", "highlandmonitor.et", "morningtide.so",
    "harmattanherald.ng", "tonlesapstar.com.kh", "deltatribune.com.mm", "deccansentinel.in",
    "moselle-gazette.lu", "citadelvoice.ht", "tatradaily.sk", "The Water Rights Desk",
    "Border Towns Reporting Lab", "Open Budgets Newsroom",
)  # fmt: skip
PLACES = (
    "Erdenet", "Samarkand", "Osh", "Bahir Dar", "Hargeisa", "Sokoto", "Ibadan", "Richards Bay",
    "Siem Reap", "Mawlamyine", "Batticaloa", "Biratnagar", "Nashik", "Vadodara", "Amritsar", "Guntur",
    "Hubballi", "Thrissur", "Esch-sur-Alzette", "Jacmel", "Banska Bystrica", "Hrodna", "Cochabamba",
    "Encarnacion", "Ilulissat", "Saguenay", "Lafayette", "Launceston",
)  # fmt: skip
HEADLINES = (
    "Camel herders fear for pastures as drought deepens",
    "Night market reopens after two-year refurbishment",
    "Onion prices triple in a fortnight, traders blame rains",
    "Border crossing closed after overnight clashes",
    "Exam board apologises for paper leak",
    "The librarian who rides a motorbike to remote villages",
    "Why are so many young doctors leaving?",
    "Bridge collapse: engineers warned of cracks in 2019",
    "Tram line extension delayed again",
    "'No water for nine days': residents block highway",
    "Teenager, 16, wins national chess title",
    "Ferry fares cut as new operator takes over route",
)
SCENES = (
    "Herders move their flocks across the steppe near {place} on {day}",
    "A vendor arranges chillies at the morning market in {place}",
    "Students sit an exam in a school courtyard in {place}",
    "Monks walk in single file past a temple in {place} on {day}",
    "Commuters squeeze onto a crowded bus in {place}",
    "Workers repair a flood-damaged bridge outside {place}",
    "Fans wave flags outside the stadium in {place} on {day}",
    "A man wades across a flooded street in {place}",
    "The keeper palms a free kick over the bar on {day}",
)
WEATHER = (
    "Hazy, smoky sunshine", "Humid with late storms", "Bitterly cold, clear", "Dust storm risk",
    "Sleet showers", "Rime and freezing mist", "Warm and breezy", "Monsoon rains easing",
    "Scorching, dry wind", "Overcast with drizzle",
)  # fmt: skip
HANDLES = (
    "SteppeCourier", "fergana_post", "AddisMonitor", "tonlesap_star", "DeccanSentinel", "citadel_voice",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "PTI Photo", "IANS Photo", "BelTA Photo", "Kabar Photo", "UzA Photo", "SONNA Photo",
            "NAN Photo", "GCIS Photo", "AKP Photo", "MNA Photo", "Luxpress Photo", "AHP Photo",
            "Sipa Asia", "Imago Images", "Pacific Press via LightRocket",
        ),
    ),
    ("when", ("4 December 2023", "Nov. 8, 2023", "Apr 22", "Thursday 5 September", "2023-12-04",
              "2024/09/05", "05-09-2024", "Sep 5th, 2024")),
    ("stamp", ("08:15 IST", "13:40 EAT", "7:05 pm WAT", "16:30 ICT", "9.45pm MMT", "10:20 ULAT",
               "05:50 AST")),
    ("price", ("₹299", "₮15,000", "25,000 so'm", "Br 120", "₦3,200", "R49", "$4.99/mo", "lei 9,99")),
    ("programme", ("The Steppe Hour", "Drive Time Delta", "Morning Chai", "The Harmattan Show",
                   "Weekend Bulletin Live")),
    ("desk", ("Agriculture & Markets", "Clinics & Medicine", "Borders & Migration",
              "Water & Power", "Cities & Transport", "Books & Ideas")),
    ("host", ("steppecourier.mn", "deccansentinel.in", "citadelvoice.ht")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the river gauge readings", "Skip to the fuel price tracker",
        "Skip to the exam results lookup", "Skip to the flight arrivals board",
        "Skip to the polling station finder", "Skip to the kick-off times",
        "Skip to today's mandi prices", "Skip to the road closures list", "Jump to the fact box",
        "Skip the video and read the story", "Go to the text-only edition",
        "Low-bandwidth version (lite)", "Switch to high contrast", "Font size: A− A A+ Reset",
        "Read in English | Oʻzbekcha | Монгол", "Edition: {place} ⇄", "{outlet} ❯ {desk} ❯ {place}",
        "Home :: {desk} :: {place}", "Home ‣ {desk}", "News ⁄ {place} ⁄ {desk}", "¦ {desk} ¦ {place}",
        "Preskočiť na hlavný obsah", "Перайсці да асноўнага зместу", "Үндсэн агуулга руу шилжих",
        "Asosiy kontentga oʻtish", "ወደ ዋናው ይዘት ይዝለሉ", "U gudub qoraalka", "Tsallaka zuwa babban labari",
        "Fo sí àkóónú pàtàkì", "Yeqela kokuqukethwe okuyinhloko", "រំលងទៅខ្លឹមសារ",
        "အဓိကအကြောင်းအရာသို့ ကျော်ရန်", "ප්‍රධාන අන්තර්ගතයට යන්න", "मुख्य मजकुराकडे जा",
        "મુખ્ય સામગ્રી પર જાઓ", "ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ", "ప్రధాన కంటెంట్‌కు వెళ్లండి",
        "ಮುಖ್ಯ ವಿಷಯಕ್ಕೆ ಹೋಗಿ", "പ്രധാന ഉള്ളടക്കത്തിലേക്ക് പോകുക", "Direkt op den Inhalt",
        "Ale nan kontni prensipal la", "Ir ao contido principal",
    ),
    "icon_label": (
        "Feels like {t}° · Humidity 82%", "Dew point {t}°", "Wind NE 18 km/h",
        "{weather} · {t}°C · {place}", "Sandstorm warning — {place}",
        "Air quality: Unhealthy for sensitive groups", "PM2.5: 148 µg/m³", "River level 3.2 m (rising)",
        "Frost tonight, {t}°", "Sound is muted · tap 🔈", "Float the player (PiP)",
        "Playback rate 1.25×", "Captions: English (auto-generated)",
        "Elapsed 0:00 · Remaining {m}:{ss}", "Watch on YouTube", "This video cannot be played.",
        "Enable JavaScript to watch this video", "Error loading media: File could not be played",
        "Photo of the author, {name}", "{outlet} logo (white)", "Close (Esc)", "Zoom in +",
        "Print edition layout (PDF) 🖨", "fa fa-times", "fa-brands fa-x-twitter", "Zavrieť", "Закрыць",
        "Хаах", "Yopish", "ዝጋ", "Xir", "Rufe", "Vala", "បិទ", "ပိတ်ရန်", "වසන්න", "बंद करा", "બંધ કરો",
        "ਬੰਦ ਕਰੋ", "మూసివేయి", "ಮುಚ್ಚಿ", "അടയ്ക്കുക", "Zoumaachen", "Fèmen", "Pechar",
    ),
    "gallery_counter": (
        "Photograph {i} out of {n}", "Snap {i}/{n}", "Now viewing {i} · {n} in this set",
        "{i}/{n} — swipe for more", "Swipe ⇢ to keep browsing the photos",
        "Gallery of {n} pictures from {place}", "Launch slideshow ({n})", "Open the photo essay",
        "Exit slideshow", "Play the photos as a slideshow ▶", "Hide thumbnails", "Switch to grid ▦",
        "Open this picture full size", "Tap the image to enlarge",
        "Scroll sideways to see all {n} photos", "In photos from {place}: {headline}",
        "Week in pictures: {headline}", "Photo set ⟫ {headline}", "{n} frames from {place}",
        "Fotografia {i} z {n}", "Фота {i} з {n}", "Зураг {i}/{n}", "Rasm {i}/{n}", "ፎቶ {i} ከ {n}",
        "Sawir {i} ee {n}", "Hoto {i} cikin {n}", "Àwòrán {i} nínú {n}", "Isithombe {i} kwezingu-{n}",
        "រូបភាព {i}/{n}", "ဓာတ်ပုံ {i}/{n}", "ඡායාරූපය {i}/{n}", "फोटो {i}/{n}", "ફોટો {i}/{n}",
        "ਤਸਵੀਰ {i}/{n}", "ఫోటో {i}/{n}", "ಚಿತ್ರ {i}/{n}", "ചിത്രം {i}/{n}", "Bild {i} vun {n}",
        "Foto {i} sou {n}", "Imaxe {i} de {n}",
    ),
    "photo_caption": (
        "{scene}. Photo: {name} ∣ {agency} ∣ {year}", "{scene} ⎯ photographed by {name}",
        "{scene}. (Photo: {name}/Special Arrangement)", "{scene}. (Express Photo: {name})",
        "{scene}. HT Photo", "{scene}. Photo: Handout via {outlet}",
        "{scene}. Photo: Supplied by the family",
        "{scene}. Image: screen grab from {outlet} livestream", "{scene}. Image: Reader contribution",
        "{scene}. (Photo by {name} for {outlet})", "{scene}. Photo taken on {when}",
        "{scene}. Aerial view captured by a drone on {when}",
        "{scene}. Picture taken with a mobile phone", "{scene}. Photo: {agency} (File)",
        "{scene}. Photo/{agency}/{year}", "{scene}. © {name} {year}", "{scene}. — Staff photo",
        "{scene}. Photo: IANS", "{scene}. Zdroj: {agency}", "{scene}. Фота: {name}",
        "{scene}. Гэрэл зургийг {name}", "{scene}. Surat: {agency}", "{scene}። ፎቶ፦ {agency}",
        "{scene}. Sawir: {name}", "{scene}. Hoto: {agency}", "{scene}. Àwòrán: {name}",
        "{scene}. Isithombe: {agency}", "{scene}។ រូបថត៖ {agency}", "{scene}။ ဓာတ်ပုံ - {agency}",
        "{scene}. ඡායාරූපය: {name}", "{scene}. (छायाचित्र: {name})", "{scene}. (તસવીર: {agency})",
        "{scene}. (ਤਸਵੀਰ: {name})", "{scene}. (ఫోటో: {agency})", "{scene}. (ಚಿತ್ರ: {name})",
        "{scene}. ചിത്രം: {name}", "{scene}. Foto: {outlet}/Archiv",
        "{scene}. Foto: {name} pou {outlet}", "{scene}. Imaxe cedida por {outlet}",
    ),
    "recommended": (
        "Also trending in {place}: {headline}", "Explainer, {place}: {headline}",
        "Ground report: {headline}", "Just published from {place}: {headline}",
        "◉ Breaking from {place}: {headline}", "Top of the hour: {headline}",
        "ICYMI this weekend — {headline}", "Flashback: {headline}", "Fact file: {headline}",
        "Data story: {headline}", "Voices from {place}: {headline}", "Where things stand: {headline}",
        "Quiz: {headline}", "Poll: {headline}", "Editorial: {headline}", "Watch again: {headline}",
        "Picture desk ⇢ {headline}", "More from the {desk} desk", "Missed these? Catch up on the week",
        "Handpicked by the {desk} team", "Also from {place}", "Nearby stories",
        "Čítajte aj: {headline}", "Чытайце таксама: {headline}", "Мөн уншаарай: {headline}",
        "Shuningdek oʻqing: {headline}", "ተዛማጅ ዜና፦ {headline}", "Akhriso sidoo kale: {headline}",
        "Karanta kuma: {headline}", "Ẹ tún kà: {headline}", "Funda nalokhu: {headline}",
        "អានបន្ថែម៖ {headline}", "ဆက်စပ်သတင်း - {headline}", "මේවාත් කියවන්න: {headline}",
        "हेही वाचा: {headline}", "આ પણ વાંચો: {headline}", "ਇਹ ਵੀ ਪੜ੍ਹੋ: {headline}",
        "ఇది కూడా చదవండి: {headline}", "ಇದನ್ನೂ ಓದಿ: {headline}", "ഇതും വായിക്കുക: {headline}",
        "Liest och: {headline}", "Li tou: {headline}", "Le tamén: {headline}",
    ),
    "advertisement": (
        "Advertisement ⸱ article resumes below", "Sponsored listing · {place} property",
        "Promotional feature for {outlet}", "Featured brand",
        "Content made in partnership with {outlet} Studios", "Supported by {outlet}",
        "Top deals in {place}", "Classified ads ⟶ Jobs · Property · Motors", "Matrimonial",
        "Tenders & notices", "Situations vacant", "Place your ad", "Book an ad in print and online",
        "Reader offer: {price} off", "Now only {price}", "Taboola Feed · Sponsored",
        "Sponsored links | MGID", "Elsewhere online (paid links)", "You may also enjoy (sponsored)",
        "Inzercia", "Рэклама", "Сурталчилгаа", "Reklama xabari", "ማስታወቂያ", "Xayeysiis", "Talla",
        "Ìpolówó ọjà", "Isikhangiso", "ពាណិជ្ជកម្ម", "ကြော်ငြာ", "දැන්වීම", "जाहिरात", "જાહેરાત",
        "ਇਸ਼ਤਿਹਾਰ", "ప్రకటన", "ಜಾಹೀರಾತು", "പരസ്യം", "Reklamm", "Piblisite", "Contido patrocinado",
    ),
    "share_follow": (
        "Send to a Telegram group", "Send via Messenger", "Share to LINE", "Send to Zalo",
        "Post to Bluesky", "Koo this story", "Share on ShareChat", "Forward to a WhatsApp group ⤴",
        "Get {outlet} updates on our WhatsApp channel", "Join our Telegram channel for updates",
        "⭐ Star {outlet} on Google News", "Make {outlet} your preferred source in Google Search",
        "Subscribe on YouTube ▶ @{handle}", "Follow @{handle} on TikTok", "Scan to follow us",
        "Copy the short link", "Embed this story", "Republish this article",
        "Print 🖨 · Email ✉ · Share ⤴", "Share this with your family group", "Press and hold to share ⤴",
        "Zdieľať", "Падзяліцца", "Хуваалцах", "Ulashish", "አጋራ", "La wadaag", "Raba wa abokai",
        "Pín in", "Yabelana", "ចែករំលែក", "မျှဝေရန်", "බෙදාගන්න", "शेअर करा", "શેર કરો", "ਸਾਂਝਾ ਕਰੋ",
        "షేర్ చేయండి", "ಹಂಚಿಕೊಳ್ಳಿ", "പങ്കിടുക", "Deelen", "Pataje", "Compartir no Facebook",
    ),
    "newsletter": (
        "Get the {programme} briefing on WhatsApp every morning.",
        "Morning headlines by SMS: text NEWS to 2{n}{m}.",
        "The {desk} letter, in your inbox each Sunday.", "Sign up for breaking news push alerts",
        "{outlet} would like to send you notifications", "Not now | Allow", "Enter your mobile number",
        "Enter the OTP sent to your phone", "Subscribe to our Telegram newsletter",
        "Join {n},000 subscribers — unsubscribe any time.", "Choose your edition: {place} or {place2}",
        "Your email is safe with us. Read our privacy notice.", "Oops! That email doesn't look right.",
        "Success! Check your inbox to confirm.", "Confirm your subscription", "Manage newsletters",
        "Get our weekly {desk} digest free.", "📩 The {outlet} Evening Wrap, straight to you",
        "Prihláste sa na odber noviniek", "Падпішыцеся на нашу рассылку",
        "Мэдээллийн товхимолд бүртгүүлэх", "Yangiliklarimizga obuna boʻling", "ለጋዜጣችን ይመዝገቡ",
        "Iska diiwaangeli warsidahayaga", "Yi rajista domin samun labaranmu",
        "Forúkọsílẹ̀ fún ìwé ìròyìn wa", "Bhalisela izindaba zethu", "ចុះឈ្មោះទទួលព័ត៌មាន",
        "පුවත් ලිපියට ලියාපදිංචි වන්න", "आमच्या वृत्तपत्रासाठी नोंदणी करा",
        "અમારા ન્યૂઝલેટર માટે સાઇન અપ કરો", "మా న్యూస్‌లెటర్‌కు సబ్‌స్క్రైబ్ చేయండి",
        "ഞങ്ങളുടെ വാർത്താക്കുറിപ്പിനായി സൈൻ അപ്പ് ചെയ്യുക", "Abonnéiert eisen Newsletter",
        "Enskri nan bilten nou an", "Subscríbete ao noso boletín",
    ),
    "cookie_subscription": (
        "We value your privacy. We and our 842 partners store and access information on your device.",
        "Store or read cookies and device identifiers", "Limited data for ad selection",
        "Understand audiences through statistics or combinations of data from different sources",
        "Improve our products using your data", "Object to legitimate interest (12 vendors)",
        "Confirm selection and continue", "Reject optional cookies", "Essential cookies only, please",
        "Opt out of targeted advertising (US state laws)", "Protected by hCaptcha. Privacy · Terms",
        "Please verify you are human", "Checking your browser before accessing {outlet}…",
        "🔒 Premium · {desk}", "E-paper subscribers can read this story in full.",
        "Log in with your print subscription number", "Subscribe for {price} per week, cancel anytime.",
        "Gift a subscription", "Student discount: {price} a month",
        "You've hit the paywall. Come back in {m} days or subscribe.", "{i} of {n} free articles used",
        "Unlock with a one-day pass ({price})", "Prijať všetky", "Прыняць усе", "Бүгдийг зөвшөөрөх",
        "Barchasini qabul qilish", "ሁሉንም ተቀበል", "Aqbal dhammaan", "Amince da duka", "Yamukela konke",
        "យល់ព្រមទាំងអស់", "සියල්ල පිළිගන්න", "सर्व स्वीकारा", "બધું સ્વીકારો", "ਸਭ ਸਵੀਕਾਰ ਕਰੋ",
        "అన్నీ అంగీకరించు", "All akzeptéieren", "Aksepte tout", "Aceptar todas as cookies",
        "Článok je dostupný len pre predplatiteľov", "Atik sa a se pou abòne sèlman",
    ),
    "listen": (
        "🔊 Hear it read by {name}", "Tap to hear the story read aloud", "Audio edition · {m}:{ss}",
        "AI narration (beta) — {m} min", "Listen in Hindi | English", "Voice: Neural (male)",
        "⏸ Hold the AI voice", "Pick up where you left off ({m}:{ss})", "Download the MP3 ({m} MB)",
        "Open in the {outlet} app to listen", "Listen to the bulletin",
        "Hourly news bulletin ▶ {stamp}", "Listen live: {outlet} {n}.{m} FM",
        "{programme} · catch up on demand", "Listen to {programme} on Spotify",
        "Available on Apple Podcasts", "Read the episode transcript",
        "Audio not loading? Try refreshing.", "Vypočujte si článok", "Паслухаць артыкул",
        "Мэдээг сонсох", "Maqolani tinglash", "ዜናውን ያዳምጡ", "Dhageyso warkan", "Saurari labarin",
        "Tẹ́tí sí ìròyìn yìí", "Lalela le ndaba", "ស្ដាប់អត្ថបទ", "သတင်းကို နားထောင်ရန်",
        "පුවතට සවන් දෙන්න", "बातमी ऐका", "સમાચાર સાંભળો", "ਖ਼ਬਰ ਸੁਣੋ", "వార్త వినండి", "ಸುದ್ದಿ ಕೇಳಿ",
        "വാർത്ത കേൾക്കാം", "Artikel nolauschteren", "Koute atik sa a", "Escoita a noticia",
    ),
    "comment_count": (
        "{n} Comments on “{headline}”", "{n} responses to “{headline}”", "One thought on “{headline}”",
        "Leave a comment Cancel", "Email (will not be shown publicly) *", "Publish my reply ⟶",
        "Email me when someone replies to my comment.", "Remember my details on this device",
        "Powered by Disqus", "No comments yet. Be first to share your view…",
        "{n} comments · Newest first", "Sort: Top ▾ | Newest | Oldest", "Load {m} more comments",
        "{name} · {m} hours ago", "↳ Replying to {name}", "Flag this comment for review",
        "Comments on this article are moderated.", "Comments close after 48 hours.", "Diskusia ({n})",
        "Каментары ({n})", "Сэтгэгдэл ({n})", "Izohlar ({n})", "አስተያየቶች ({n})", "Faallooyin ({n})",
        "Sharhi ({n})", "Àwọn èsì ({n})", "Imibono ({n})", "មតិយោបល់ ({n})", "မှတ်ချက်များ ({n})",
        "අදහස් ({n})", "प्रतिक्रिया ({n})", "ટિપ્પણીઓ ({n})", "ਟਿੱਪਣੀਆਂ ({n})", "వ్యాఖ్యలు ({n})",
        "ಪ್ರತಿಕ್ರಿಯೆಗಳು ({n})", "കമന്റുകൾ ({n})", "Kommentaren ({n})", "Kòmantè ({n})",
    ),
    "copyright_footer": (
        "Copyright © {year} {outlet} Ltd. Reg. No. {n}{m}/{i}",
        "{outlet} is published by {outlet} Media (Pvt) Ltd, {place}.",
        "Editor-in-chief: {name} · Publisher: {outlet}",
        "Mass media registration certificate No. {n}{m}{i} issued {year}", "18+",
        "ISSN (online) {n}{m}-{i}{ss}",
        "Printed by {name} at the {outlet} press, {place}, and published from {place2}.",
        "Terms · Privacy · Grievance redressal", "Grievance officer: {name}",
        "Powered by WordPress | Theme by {outlet}", "Hosted on WordPress VIP",
        "Website developed by {outlet} Digital Labs", "При перепечатке ссылка на {site} обязательна.",
        "© {year} {outlet}. Všetky práva vyhradené.", "© {year} {outlet}. Усе правы абароненыя.",
        "© {year} {outlet}. Бүх эрх хуулиар хамгаалагдсан.",
        "© {year} {outlet}. Barcha huquqlar himoyalangan.", "© {year} {outlet}። መብቱ በሕግ የተጠበቀ ነው።",
        "© {year} {outlet}. Xuquuqda oo dhan way dhowran tahay.",
        "© {year} {outlet}. Duk haƙƙoƙi an kiyaye su.", "© {year} {outlet}. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.",
        "© {year} {outlet}. Wonke amalungelo agodliwe.", "© {year} {outlet}។ រក្សាសិទ្ធិគ្រប់យ៉ាង។",
        "© {year} {outlet}။ မူပိုင်ခွင့်ရယူထားသည်။", "© {year} {outlet}. සියලු හිමිකම් ඇවිරිණි.",
        "© {year} {outlet}. सर्व हक्क राखीव.", "© {year} {outlet}. સર્વાધિકાર સુરક્ષિત.",
        "© {year} {outlet}. ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।",
        "© {year} {outlet}. అన్ని హక్కులు ప్రత్యేకించబడ్డాయి.",
        "© {year} {outlet}. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.",
        "© {year} {outlet}. എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം.",
        "© {year} {outlet}. All Rechter reservéiert.", "© {year} {outlet}. Tout dwa rezève.",
        "© {year} {outlet}. Todos os dereitos reservados.",
    ),
    "originally_appeared": (
        "This article first appeared in the print edition of {outlet} on {when}.",
        "Published in {outlet}, {when}.", "A version of this report aired on {programme}.",
        "This story is published as part of a reporting partnership with {site}.",
        "Republished from {site} under a CC BY-ND 4.0 licence.",
        "Syndicated from {site} via the {outlet} news exchange.",
        "Adapted from a longer report by {site}.", "Excerpted from a forthcoming book by {name}.",
        "Editor's note: This story has been updated to include the latest figures from {place}.",
        "Correction appended: {name}'s title was misstated in an earlier version.",
        "Erratum: the map accompanying this article has been replaced.",
        "This article has been amended to clarify that the fine was issued in {year}.",
        "Disclaimer: The views expressed are the author's own and do not reflect those of {outlet}.",
        "This story was auto-generated from a syndicated feed and has not been edited by {outlet} staff.",
        "Updated on: {when} | {stamp}", "Last modified {stamp}, {when}",
        "Translated from the Mongolian by {name}.",
        "Machine-translated from Amharic; the original is authoritative.",
        "Článok bol pôvodne uverejnený na {site}.", "Артыкул упершыню апублікаваны на {site}.",
        "Энэ нийтлэл анх {site} сайтад нийтлэгдсэн.", "Maqola ilk bor {site} saytida eʼlon qilingan.",
        "Warbixintan waxaa markii ugu horreysay lagu daabacay {site}.",
        "Le ndaba yaqala ukushicilelwa ku-{site}.", "हा लेख प्रथम {site} वर प्रकाशित झाला होता.",
        "ഈ ലേഖനം ആദ്യം {site}-ൽ പ്രസിദ്ധീകരിച്ചതാണ്.",
        "Dësen Artikel ass fir d'éischt op {site} erschéngen.",
        "Atik sa a te parèt premye fwa sou {site}.", "Este artigo publicouse orixinalmente en {site}.",
    ),
    "contributor_line": (
        "With agency inputs ({agency})", "(With inputs from {agency} and {name})",
        "Edited by {name} | Produced by {name2}", "Written by {name}; fact-checked by {name2}",
        "Translation from Sinhala: {name}", "Subtitles and translation: {name2}",
        "{name} is the {outlet} correspondent in {place}. Follow on X: @{handle}",
        "{name} is a freelance journalist based in {place} and a member of the {outlet} network.",
        "{name} reported this story on a fellowship from the {outlet} Centre.",
        "Reporting contributed by {name} from {place} and {name2} from {place2}.",
        "Support for this reporting comes from the {outlet} Foundation.",
        "Field reporting by {name}; photography by {name2}.",
        "This story was reported in collaboration with {site}.",
        "Reach {name} at {handle}@{host} or on WhatsApp.", "Staff Reporter · {place}",
        "— By Our Staff Correspondent", "Special Correspondent, {place}", "Spolupracovala: {name}",
        "Аўтар: {name}", "Сурвалжлагч: {name}", "Muxbir: {name}", "ዘጋቢ፦ {name}", "Wariye: {name}",
        "Wakilinmu: {name}", "Oníròyìn: {name}", "Intatheli: {name}", "អ្នកយកព័ត៌មាន៖ {name}",
        "သတင်းထောက် - {name}", "වාර්තාකරු: {name}", "प्रतिनिधी: {name}", "અહેવાલ: {name}",
        "ਰਿਪੋਰਟਰ: {name}", "విలేకరి: {name}", "ವರದಿ: {name}", "ലേഖകൻ: {name}", "Auteur: {name}",
        "Repòtè: {name}", "Redacción: {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final particles and copulas left in their own script (Japanese, Chinese, Korean,
# Hindi, Thai, Burmese, Amharic, Mongolian) or romanised (Amharic, Somali, Hausa, Yoruba,
# Malay, Vietnamese, Hindi), and bare auxiliaries a literal translation leaves after a real
# sentence, some in lower case.
ORPHAN_FRAGMENTS = (
    "です。", "ました。", "でした。", "了。", "的。", "입니다.", "했다.", "됐다.", "है।", "था।", "ครับ", "ค่ะ", "ပါတယ်။",
    "ነው።", "байна.", "юм.", "Naw.", "Waa.", "Ce.", "Ni.", "Kah.", "Pula.", "Ấy.", "Đó.", "Mà.", "Hua.",
    "Hoga.", "Gayi.", "It had.", "Was it.", "Had it been.", "Will have done.", "Is as such.",
    "Was thus.", "Has been held.", "Were made.", "Is being held.", "Stays so.", "Was the same.",
    "Has happened.", "is thus.", "had become so.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period, some of
# them verbless, as literal translation of official press releases leaves them.
DANGLING_FRAGMENTS = (
    "the press service of the regional administration reported.", "sources in the ministry told.",
    "the head of the district noted.", "local residents complained to.", "work is under way to.",
    "law enforcement agencies are establishing the circumstances.",
    "the incident is being investigated by.", "the victims were taken to.",
    "the damage is being clarified.", "on the instructions of the governor.",
    "within the framework of the agreement.", "in accordance with the decree of.",
    "was reached by telephone.", "declined to comment on.", "with the involvement of the residents.",
    "at the level of the ministries.", "the organizers expect.", "drew attention to.",
    "amid rising prices for fuel.", "during the working visit to the region.",
    "on the eve of the holiday.", "the day before.", "in the near term.", "as part of the programme.",
    "the press service clarified.", "the governor instructed.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "under the auspices of", "on the instructions of", "at the initiative of", "in the context of",
    "as a result of which", "could have", "must have", "should have been", "said Asst. Supt.",
    "according to Insp.", "thanked Amb.", "briefed Maj.", "quoted Brig.",
)  # fmt: skip
# Section and tag labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Judo", "Wrestling", "Kayaking", "Fencing", "Archery", "Gymnastics", "Budget", "Drought", "Locusts",
    "Vaccines", "Hospitals", "Roads", "Harbours", "Bridges", "Mines", "Textiles", "Remittances",
    "Microfinance", "Handicrafts", "Cattle", "Spravodajstvo", "Грамадства", "Эдийн засаг", "Jamiyat",
    "ፖለቲካ", "Ciyaaraha", "Wasanni", "Ezemidlalo", "សង្គម", "နိုင်ငံရေး", "ක්‍රීඩා", "क्रीडा", "રમતગમત",
    "ਖੇਡਾਂ", "క్రీడలు", "ಕ್ರೀಡೆ", "കായികം", "Aktualitéit", "Espò",
)  # fmt: skip
# Marks the earlier sets did not use (Khmer, Mongolian, Ethiopic, Hebrew, Arabic, Tibetan and
# Sinhala full stops, colons and signs) after a sentence end, and mixed Western marks.
STRAY_INLINE = (
    " ។", " ៕", " ᠃", " ፤", " ፥", " ׃", " ؞", " །", " ෴", " ,!", " ?,", " !,", " .-",
)  # fmt: skip
# Paragraphs of their own: spaced middle dots, fleurons, wire-copy end marks and separators.
STRAY_PARAGRAPHS = (
    "· · ·", "❧", "❦", "⁘", "-o0o-", "-30-", "――", "▫", "♢", "✦", "⊙", "。。。", ",,,",
)  # fmt: skip

# A wrong period before a joining word where a clause or phrase starts: participles of harm,
# delay, change and judgement and sentence adverbs after a comma ("..., wounding three",
# "..., delaying the vote", "..., seemingly unaware"), and "into", "onto", "past" and
# "opposite" also without one, not after a word that binds to what follows ("turned into",
# "looked into", "walked past", "half past", "the opposite", "directly opposite").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bthe)(?<!\ba)(?<!\ban)"
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bhas)(?<!\bhave)"
    r"(?<!\bhad)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bour)(?<!\bmy)(?<!\byour)"
    r"(?<!\bthis)(?<!\bthat)(?<!\bgo)(?<!\bgoes)(?<!\bgoing)(?<!\bgone)(?<!\bwent)(?<!\bcame)"
    r"(?<!\bcome)(?<!\bcomes)(?<!\bcoming)(?<!\bran)(?<!\brun)(?<!\bruns)(?<!\brunning)"
    r"(?<!\bturn)(?<!\bturned)(?<!\bturns)(?<!\bturning)(?<!\bbroke)(?<!\bbreak)(?<!\blook)"
    r"(?<!\blooked)(?<!\blooking)(?<!\bmove)(?<!\bmoved)(?<!\bmoving)(?<!\bput)(?<!\bget)"
    r"(?<!\bgot)(?<!\bgetting)(?<!\bfell)(?<!\bfall)(?<!\bwalk)(?<!\bwalked)(?<!\bdrove)"
    r"(?<!\bdrive)(?<!\bdriven)(?<!\bcrashed)(?<!\bpoured)(?<!\bpour)(?<!\btap)(?<!\btapped)"
    r"(?<!\bdug)(?<!\bdelve)(?<!\bdelved)(?<!\bpushed)(?<!\bpulled)(?<!\bjumped)(?<!\bstep)"
    r"(?<!\bstepped)(?<!\bslipped)(?<!\bslid)(?<!\bplunged)(?<!\bsank)(?<!\bclimbed)"
    r"(?<!\bfed)(?<!\bconverted)(?<!\bdivided)(?<!\bsplit)(?<!\bentered)(?<!\bsigned)"
    r"(?<!\blaunched)(?<!\brolled)(?<!\bthrown)(?<!\bthrew)(?<!\bbrought)(?<!\bbring)"
    r"(?<!\brushed)(?<!\braced)(?<!\bsped)(?<!\bflew)(?<!\bswept)(?<!\bslammed)(?<!\bburst)"
    r"(?<!\bforced)(?<!\bdrawn)(?<!\bdrew)(?<!\bpressed)(?<!\btalked)(?<!\bmade)(?<!\bmake)"
    r"(?<!\bgrew)(?<!\bgrown)(?<!\binvested)(?<!\binvest)(?<!\bpumped)(?<!\binjected)"
    r"(?<!\bsqueezed)(?<!\bedged)(?<!\bprobe)(?<!\binquiry)(?<!\binvestigation)(?<!\binsight)"
    r"(?<!\binsights)(?<!\bresearch)(?<!\bforay)(?<!\bway)(?<!\bback)(?<!\bstraight)"
    r"(?<!\bdeep)(?<!\bdeeper)(?<!\bfurther)(?<!\bfar)(?<!\bwell)(?<!\bjust)(?<!\bright)"
    r"(?<!\blong)(?<!\bhalf)(?<!\bquarter)(?<!\bexact)(?<!\bpolar)(?<!\bcomplete)"
    r"(?<!\bdirectly)(?<!\bsat)(?<!\bstood)(?<!\bseated)(?<!\blive)(?<!\blives)(?<!\blived)"
    r"(?<!\blocated)(?<!\bout)(?<!\bup)(?<!\bdown)(?<!\boff)(?<!\bover)(?<!\bso)(?<!\bvery)"
    r"(, | (?=into |onto |past |opposite ))"
    r"(wounding|displacing|disrupting|delaying|halting|reducing|cutting|lifting|extending"
    r"|securing|earning|overturning|reversing|echoing|contradicting|branding|hailing|backing"
    r"|opposing|questioning|challenging|criticising|criticizing|labelling|labeling|deepening"
    r"|easing|renewing|reviving|driving|pulling|handing|beating|losing|stoking|fanning"
    r"|sparing|closing|opening|seemingly|approximately|briefly|temporarily|subsequently"
    r"|later|shortly|immediately|again|similarly|separately|additionally|furthermore"
    r"|moreover|nonetheless|nevertheless|regardless|otherwise|alternatively|conversely"
    r"|hopefully|frankly|understandably|predictably|ironically|unsurprisingly|interestingly"
    r"|admittedly|naturally|evidently|clearly|obviously|certainly|maybe|still|already|even"
    r"|also|only|just|soon|finally|twice|into|onto|past|opposite) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in reversed guillemets, before a full-width comma, before
    a danda, after an ellipsis, two words with the second capitalised after a comma, or (at a
    paragraph end) after a middle dot without a final mark."""
    last = before[-1]
    r = rng.random()
    if para_end and r < 0.15:
        return "word after a middle dot, no final mark", f" · {last}"
    if r < 0.3:
        return "word in reversed guillemets", f" »{last}«."
    if r < 0.45:
        return "word, full-width comma", f" {last}，"
    if r < 0.6:
        return "word, danda", f" {last}।"
    if r < 0.8 or len(before) < 2 or not before[-2].isalpha() or len(before[-2]) < 4:
        return "word after an ellipsis", f" …{last}."
    return "two words, capitalised after a comma", f" {before[-2]}, {last[:1].upper()}{last[1:]}."
