"""The "blind12" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind11; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Montserrat Puigdevall", "Oriol Camprubí", "Rūta Šimkutė", "Mindaugas Jasaitis",
    "Biljana Trajkovska", "Goran Stojanoski", "Desislava Peneva", "Kaloyan Hristov",
    "Catriona MacLeod", "Ruairidh MacAulay", "Hylke Wiersma", "Aizada Sarybaeva", "Bakyt Asanaliev",
    "Farrukh Nazarov", "Zarina Rahimova", "Zarghuna Wardak", "Habibullah Shinwari", "Shilan Aziz",
    "Karwan Rasul", "Amina Mwinyi", "Hery Rakotomalala", "Voahangy Razafindrabe",
    "Chukwuemeka Nwosu", "Nomonde Ngcukana", "Grace Kaupa", "Rey Bacalso", "Sri Wahyuningsih",
    "Kalena Kahananui",
)  # fmt: skip
OUTLETS = (
    "Empordà Coast Bulletin", "Neris Valley Courier", "Ohrid Lakeside Voice",
    "Rhodope Mountain Herald", "The Hebridean Islander", "Frisian Lakes Messenger",
    "Talas River Weekly", "Pamir Highway Gazette", "Erbil Citadel Dispatch", "Lamu Dhow Post",
    "Antsirabe Highlands Journal", "Coal City Sentinel", "Sepik River Voice",
    "WKVC 9 Visayas Newsroom",
)  # fmt: skip
SITES = (
    "empordabulletin.cat", "neriscourier.lt", "ohridvoice.mk", "rhodopeherald.bg",
    "hebrideanislander.scot", "frisianmessenger.frl", "talasweekly.kg", "pamirgazette.tj",
    "erbildispatch.krd", "lamudhowpost.co.ke", "antsirabejournal.mg", "coalcitysentinel.ng",
    "sepikvoice.com.pg", "The Rural Water Audit Collective", "Island Courts Reporting Network",
)  # fmt: skip
PLACES = (
    "Figueres", "Olot", "Panevėžys", "Marijampolė", "Bitola", "Struga", "Smolyan", "Gabrovo",
    "Stornoway", "Portree", "Sneek", "Harlingen", "Karakol", "Naryn", "Khorog", "Kulob", "Duhok",
    "Sulaymaniyah", "Malindi", "Lamu", "Fianarantsoa", "Toamasina", "Nsukka", "Mthatha", "Wewak",
    "Lapu-Lapu", "Klaten", "Kailua-Kona",
)  # fmt: skip
HEADLINES = (
    "Ferry cancellations leave island without fresh bread",
    "Shepherds warn of early snow on summer pastures",
    "Vanilla price slump hits smallholders",
    "Hospital runs out of oxygen cylinders for second time",
    "Lake level falls to lowest on record",
    "How one village school kept its doors open",
    "Former mayor jailed over bridge contract",
    "Rice farmers count losses after typhoon",
    "'Our language is dying': the last teachers speak",
    "Exam results delayed for a second year",
    "Pension queues: what the new rules mean",
    "Dock workers end three-week walkout",
)
SCENES = (
    "Shepherds drive their flocks down from the pastures near {place} on {day}",
    "A ferry unloads supplies at the pier in {place}",
    "Women sort vanilla pods at a cooperative outside {place}",
    "Mourners gather outside the town hall in {place} on {day}",
    "Children build a snowman beside a school in {place}",
    "Police divers search the lake near {place} on {day}",
    "Farmers wade through a flooded rice field near {place}",
    "Dock workers march to the port gates in {place}",
    "The striker heads home the winner on {day}",
)
WEATHER = (
    "Wintry mix, icy roads", "Haar rolling in", "Humid, storms by evening", "Bitter northerly", "Crisp, clear skies",
    "Monsoon rain", "Sandstorm risk", "Damp and grey", "Sultry, southerly breeze", "Frost at dawn",
)  # fmt: skip
HANDLES = (
    "EmpordaBulletin", "neris_courier", "HebIslander", "pamir_gazette", "SepikVoice",
    "coalcity_sentinel",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "ACN Foto", "BNS/Scanpix", "MIA photo service", "BTA Photo", "Kabar/24.kg", "Khovar Photo",
            "Pajhwok Photo", "Kurdistan24 Photo", "Kenya News Agency", "Taratra Photo", "NAN pictures",
            "GCIS/SAnews", "Philippine News Agency", "Post-Courier Photo", "Hawaii News Now still",
        ),
    ),
    ("when", ("3 April 2025", "Apr. 3, 2025", "Apr 11", "Thursday 3 April", "2025-04-03",
              "03/04/2025", "3.4.2025", "April 3rd, 2025")),
    ("stamp", ("09:15 EEST", "16:40 KGT", "7:05 pm TJT", "13:20 EAT", "10.30am PGT", "21:10 PHT",
               "06:55 WIB")),
    ("price", ("€4,50/mes", "9,99 лв.", "KGS 250", "Ar 5,000", "₦2,750", "R49,99", "K12.50",
               "₱1,299")),
    ("programme", ("Harbour Lights at Six", "The Shieling Hour", "Market Day Roundup",
                   "Voices of the Valley", "Night Ferry Sessions")),
    ("desk", ("Rural Affairs", "Health & Hospitals", "Transport & Ferries", "Languages & Heritage",
              "Courts & Police", "Energy & Water")),
    ("host", ("neriscourier.lt", "hebrideanislander.scot", "coalcitysentinel.ng")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to live departures and arrivals", "Skip to the ferry cancellations",
        "Skip to the road closures map", "Skip to the election results table",
        "Skip to today's puzzles", "Skip to the key points", "Jump to newest post in this live blog",
        "Jump to how the day unfolded", "Skip the video, read the story", "Go straight to the summary",
        "Accessibility statement", "High-contrast mode: off", "Larger text A+",
        "Read this in Gàidhlig", "Switch edition: {place} | {place2}", "Start ⟶ {place} ⟶ {desk}",
        "You're reading: {desk} in {place}", "All {desk} stories", "Latest from {place} ▸ {desk}",
        "Return to the headlines", "Main navigation — press Enter to open",
        "Skip to weather warnings for {place}", "Text-only version",
        "Vés al contingut principal", "Pereiti prie pagrindinio turinio",
        "Прескокни до главната содржина", "Към основното съдържание",
        "Leum gun phrìomh shusbaint", "Nei de haadynhâld", "Негизги мазмунга өтүү",
        "Гузаштан ба мундариҷаи асосӣ", "Esasy mazmuna geçmek", "اصلي منځپانګې ته لاړ شئ",
        "بازدان بۆ ناوەڕۆکی سەرەکی", "Ruka hadi maudhui makuu", "Mankany amin'ny votoaty lehibe",
        "Wụga gaa na isi ọdịnaya", "Tsibela kumxholo ophambili", "Kalap i go long het stori",
        "Lukso ngadto sa panguna nga sulod", "Langsung menyang isi utama",
    ),
    "icon_label": (
        "Today in {place}: high {t}°, {weather}", "Overnight low {t}°C", "Apparent temperature {t}°C",
        "Air quality: Moderate (AQI 62)", "Fire danger: Extreme", "Flood watch until 6 pm",
        "Road surface {t}° · {weather}", "Humidity 84%", "Sunrise 06:12 · Sunset 19:48",
        "High tide 14:32 ▲", "Severe weather warning — {weather}", "🔇 Sound is muted — tap to turn on",
        "Dock the video player ▭", "CC · English (machine)", "Watch it again ⟲",
        "Live ● {outlet} TV", "This video has been removed by the uploader.", "Video is buffering, please wait",
        "Image: {outlet} logo (white)", "Headshot thumbnail, {name}", "Collapse ▴", "Scroll to the top ⤒",
        "ico-whatsapp-share", "fa-solid fa-xmark", "icon-magnifier", "Toggle search 🔍",
        "Tanca", "Uždaryti", "Затвори го прозорецот", "Затваряне", "Dùin", "Slute", "Жабуу",
        "Пӯшидан", "Ýap", "بندول", "داخستن", "Funga", "Hidio", "Mechie", "Vala ifestile", "Pasim",
        "Sirad-i", "Tutupen",
    ),
    "gallery_counter": (
        "Now showing {i} of {n}", "Image {i} in a gallery of {n}", "{i} out of {n}, swipe to continue",
        "Slideshow: {i} of {n} ▸", "Slide {i} — {n} in this set", "Open the {n}-photo gallery",
        "The week in {n} pictures", "Through the lens: {headline}", "Gallery view ▦",
        "Close the slideshow ✕", "Show captions / Hide captions", "Stop the slideshow ■",
        "Scroll for more photos", "Pictures from {place} this week", "A photo story from {place}",
        "{n} images from {place}", "Photo gallery: {n} images of {place}",
        "Advance ▶ image {i}/{n}", "View image in full size", "Tap an image to enlarge",
        "Gallery {i}/{n}: {place}", "Imatge {i} de {n}", "Nuotraukų galerija ({n})",
        "Слика {i} од {n}", "Снимка {i} от {n}", "Dealbh {i} de {n}", "Foto {i} fan {n}",
        "Сүрөт {i}/{n}", "Акси {i} аз {n}", "Surat {i}/{n}", "انځور {i} له {n}", "وێنەی {i} لە {n}",
        "Tazama picha zote {n}", "Sary {i} amin'ny {n}", "Foto nke {i} n'ime {n}",
        "Umfanekiso {i} kwi-{n}", "Piksa {i} long {n}", "Litrato {i} sa {n}", "Foto {i} saka {n}",
    ),
    "photo_caption": (
        "{scene}. Photograph: {name}/{agency}", "{scene}. (Shot for {outlet} by {name})",
        "{scene}. Photo: {agency} handout", "{scene}. HANDOUT PHOTO via {agency}",
        "{scene}. Picture taken by {NAME} ({agency})", "{scene}. Photo: supplied by the organisers",
        "{scene}. Photo: screenshot from {outlet} broadcast",
        "{scene}. Image from drone footage by {name}",
        "{scene}. Photo: reader contribution via {outlet}", "{scene}. Photo: police handout",
        "{scene}. Image credit: {outlet} / {name}", "{scene}. Photo by {name} | {agency}, {year}",
        "{scene}. Archive image: {agency}, {year}", "{scene}. (Image: {outlet} / {name})",
        "{scene}. Photo: courtesy of the family", "{scene}. Representational image",
        "{scene}. Photo: {name} — used with permission", "{scene}. PHOTO | {name} / {outlet} archive",
        "{scene}. Photo: pool / {agency}", "{scene}. Photo: {agency} / {when}",
        "{scene}. Photo taken on {when} by {name}", "{scene}. Imatge: {name}",
        "{scene}. {name} nuotr.", "{scene}. Фотографија: {agency}", "{scene}. Снимка: {name}",
        "{scene}. Dealbh: {agency}", "{scene}. Ofbylding: {agency}", "{scene}. Сүрөт: {name}",
        "{scene}. Акс: {agency}", "{scene}. Surat: {name}", "{scene}. انځور: {agency}",
        "{scene}. وێنە: {name}", "{scene}. Picha kwa hisani ya {agency}", "{scene}. Sary: {name}",
        "{scene}. Onyonyo: {agency}", "{scene}. Umfanekiso: {name}", "{scene}. Piksa: {agency}",
        "{scene}. Litrato: {name}", "{scene}. Potret: {agency}",
    ),
    "recommended": (
        "What to read next: {headline}", "Read next in {desk}: {headline}", "Also trending: {headline}",
        "Most read in {place}", "Popular with readers in {place}", "Latest {desk} headlines",
        "More from our {desk} desk", "Other stories from {place}", "Picked for you by our editors",
        "Our best stories this week", "Flashback, {year}: {headline}", "The short version: {headline}",
        "Behind the story: {headline}", "Claim checked: {headline}", "Remembered: {headline}",
        "Hear the episode: {headline}", "The big read, {desk}: {headline}", "Big picture: {headline}",
        "As it happened: {headline}", "Regional roundup: {headline}", "Meanwhile on {outlet}",
        "Keep exploring {desk}", "Fresh off the wire ▶ {headline}", "Around {place} today",
        "També et pot interessar: {headline}", "Taip pat skaitykite: {headline}",
        "Прочитајте и: {headline}", "Още по темата: {headline}", "Leugh cuideachd: {headline}",
        "Lês ek: {headline}", "Дагы окуңуз: {headline}", "Инчунин бихонед: {headline}",
        "Şeýle hem okaň: {headline}", "دا هم ولولئ: {headline}", "ئەمەش بخوێنەوە: {headline}",
        "Habari zinazohusiana: {headline}", "Vakio koa: {headline}", "Gụọkwa: {headline}",
        "Funda nale: {headline}", "Ritim tu: {headline}", "Basaha usab: {headline}",
        "Waca uga: {headline}",
    ),
    "advertisement": (
        "Ad · Your article resumes below", "Sponsor's story · {outlet} Studio", "Paid for by a {outlet} advertiser",
        "Promotion · {place} business guide", "Made possible by {outlet}", "A {outlet} advertising partnership",
        "Branded content · {place}", "Offers from local businesses in {place}",
        "Property of the week in {place}", "Classifieds · Jobs · Motors", "Official announcements · {place} council",
        "Tenders and procurement notices", "Funeral notices · {place}",
        "Place an advert with {outlet}", "Go ad-free for {price}",
        "No ads, just news: {price} a month", "Taboola · Sponsored links",
        "From around the web (sponsored)", "Recommended by MGID", "Keep scrolling for the rest of the story",
        "Article continues below this advert", "Ad · Close in 5 s", "Contingut patrocinat",
        "Užsakomasis turinys", "Рекламен простор", "Платена публикация", "Sanas", "Advertinsje",
        "Жарнамалык материал", "Таблиғот", "Mahabat", "تبلیغ", "ڕیکلام", "Matangazo ya biashara",
        "Dokambarotra", "Mgbasa ozi", "Intengiso", "Edvetaisin", "Paanunsiyo", "Pariwara",
    ),
    "share_follow": (
        "Send to a Telegram chat", "Forward via WhatsApp", "Post this to Bluesky 🦋", "Post on LINE",
        "Send on Facebook Messenger", "Repost on VKontakte", "Share by SMS", "Add to my reading list",
        "Follow {outlet} on Telegram for updates from {place}", "Join {outlet}'s {place} Facebook group",
        "Find us in Google News Showcase", "Find {outlet} on TikTok @{handle}",
        "Watch us on YouTube: @{handle}", "Follow @{handle} on Bluesky", "Mention us @{handle}",
        "Copy the link 🔗", "Copied! Paste the link anywhere", "Print-ready copy 🖨",
        "Share this story with friends", "Were you there? Upload your pictures",
        "Got a tip? Message us on WhatsApp", "Comparteix a les xarxes", "Dalintis", "Сподели", "Споделете",
        "Co-roinn", "Diele", "Бөлүшүү", "Мубодила", "Paýlaş", "شریکول", "هاوبەشکردن", "Shiriki habari hii",
        "Zarao", "Kesaa", "Yabelana ngeli nqaku", "Salim i go", "Ipaambit", "Bagekake",
    ),
    "newsletter": (
        "Get the {outlet} Evening Edition in your inbox, weekdays at 6.",
        "Text NEWS to {n}{m}{i} for daily headlines by SMS.",
        "Our {desk} newsletter arrives every Tuesday.", "Enable breaking news alerts",
        "Get browser notifications from {outlet}", "No thanks | Turn on", "Phone number, including country code",
        "Almost done — tap the link we emailed you", "Get updates in our Telegram channel ✈",
        "Free, every morning. Join {n},000 subscribers.", "Choose your editions: {place} · {place2}",
        "No spam. Unsubscribe at any time.", "Please check the email address you entered.",
        "You're in! Your first newsletter arrives tomorrow.", "Manage your email subscriptions",
        "The {programme} podcast newsletter — every Sunday.",
        "☕ Start your day with the {outlet} Briefing", "Subscriu-te al nostre butlletí",
        "Užsisakykite mūsų naujienlaiškį", "Пријавете се за нашиот билтен",
        "Абонирайте се за нашия бюлетин", "Clàraich airson ar cuairt-litir",
        "Abonnearje op ús nijsbrief", "Биздин жаңылыктарга жазылыңыз",
        "Ба хабарномаи мо обуна шавед", "Habarlarymyza ýazylyň", "زموږ خبرپاڼې ته ګډون وکړئ",
        "بەشداربە لە هەواڵنامەکەمان", "Jiunge na jarida letu",
        "Misoratra anarana amin'ny gazetinay", "Debanye aha maka akwụkwọ ozi anyị",
        "Bhalisela incwadi yethu yeendaba", "Rejista long kisim nius bilong mipela",
        "Pag-subscribe sa among newsletter", "Langganan layang kabar kita",
    ),
    "cookie_subscription": (
        "We use cookies to improve your experience. Manage your preferences or accept all to continue.",
        "Store or read cookies on your device", "Profile your interests for tailored ads",
        "Use limited data to select content", "Audience statistics and research",
        "Improve our products with your data", "Legitimate interest (show all)", "Confirm selection & close",
        "Agree and close", "Only necessary cookies", "Object to data sharing with partners",
        "Performing a security check…", "Checking if the site connection is secure",
        "Please enable JavaScript and cookies to continue", "★ Plus · {desk}",
        "Only subscribers can read this article in full.", "Already a subscriber? Sign in here",
        "Try {n} days free, then {price} a month.", "Give a subscription as a gift",
        "Student rate: {price} a month", "This is your last free article this month",
        "Unlock all stories for {price}", "Weekend pass {price}",
        "Subscribe now to continue reading {outlet}", "Accepta-ho tot", "Sutinku su visais",
        "Прифати ги сите", "Приемам всички", "Gabh ris na h-uile", "Alles akseptearje",
        "Баарын кабыл алуу", "Ҳамаро қабул кардан", "Hemmesini kabul et", "ټول ومنئ",
        "هەمووی قبووڵ بکە", "Kubali zote", "Ekeo daholo", "Nabata ha niile", "Yamkela zonke",
        "Orait long olgeta", "Dawata tanan", "Tampa kabeh",
    ),
    "listen": (
        "🔊 Hear this article read aloud · {m} min", "Tap play to hear the story", "Audio: {m}:{ss}",
        "AI-generated narration · {m}:{ss}", "Listen in Gaelic | English",
        "Voice: computer-generated (male)", "Pause the narration ⏸", "Continue listening at {m}:{ss}",
        "Download the audio ({m} MB)", "Open in the {outlet} Audio app", "Hear the {stamp} bulletin",
        "Top-of-the-hour headlines, {stamp}", "On air now: {outlet} Radio {n}.{m}",
        "Catch up: {programme}", "{programme}, available on Spotify", "Follow on Apple Podcasts",
        "Full transcript of this episode", "Audio not playing? Try another browser.", "Playback speed 1.25×",
        "⟲ 10 s back", "Escolta la notícia", "Klausytis straipsnio", "Слушни ја веста",
        "Чуйте статията", "Èist ris an naidheachd", "Harkje nei dit artikel", "Макаланы угуу",
        "Гӯш кардани мақола", "Makalany diňläň", "دا خبر واورئ", "گوێ لە هەواڵەکە بگرە",
        "Sikiliza makala haya", "Henoy ity lahatsoratra ity", "Gee akụkọ a ntị", "Mamela eli bali",
        "Harim dispela stori", "Paminawa kini nga balita", "Rungokake kabar iki",
    ),
    "comment_count": (
        "There are {n} responses to this story", "{n} thoughts on this story", "Leave a comment below",
        "Never mind, close the reply box", "Name (required)", "Send my comment for moderation",
        "Email me when someone replies", "Comments by Disqus",
        "No comments yet. Be first!", "{n} comments, sorted by newest", "Sort: Oldest | Most liked",
        "Load {m} further replies ⌄", "Posted by {name}, {m} hrs", "Answering {name}'s comment",
        "All comments are moderated before publication.", "Commenting is closed for this story.",
        "Jump to the {n} comments", "What do you think? ({n})", "Forum thread · {n} posts",
        "Comentaris ({n})", "Komentarai ({n})", "Мислења на читателите ({n})", "Мнения ({n})",
        "Beachdan ({n})", "Reaksjes ({n})", "Пикирлер ({n})", "Назарҳо ({n})", "Teswirler ({n})",
        "نظرونه ({n})", "کۆمێنتەکان ({n})", "Maoni ya wasomaji ({n})", "Hevitra ({n})", "Nkwupụta ({n})",
        "Izimvo ({n})", "Tingting ({n})", "Mga komento ({n})", "Tanggepan ({n})",
    ),
    "copyright_footer": (
        "Copyright © {year} {outlet} Pty Ltd (ACN {n}{m} {i}{ss})",
        "{outlet} is part of the {outlet} Media Network, {place}.",
        "Editor-in-chief: {name} · Deputy editor: {name2}",
        "Registered at the GPO as a newspaper, No. {n}{m}", "Printed by {name} for {outlet}, {place}.",
        "Company registration no. {n}{m}{i}{ss}", "VAT reg. no. {n}{m} {i}{ss} 00",
        "Independent Press Standards Organisation member", "Complaints and corrections policy",
        "Ombudsman: {name}", "Powered by WordPress VIP · Hosted by {outlet}",
        "Design by {outlet} Studio",
        "Content may not be republished without written permission from {outlet}.",
        "© {outlet} {year}. Any reuse requires written consent.",
        "© {outlet}, {year}. Queda prohibida la reproducció sense permís.", "© {year} {outlet}. Kopijuoti be sutikimo draudžiama.",
        "© {year} {outlet}. Сите права се задржани.", "© {year} {outlet}. Съдържанието не може да се копира без разрешение.",
        "© {year} {outlet}. Gach còir glèidhte.", "© {year} {outlet}. Alle rjochten foarbehâlden.",
        "© {year} {outlet}. Бардык укуктар корголгон.",
        "© {year} {outlet}. Ҳамаи ҳуқуқҳо ҳифз шудаанд.",
        "© {year} {outlet}. Ähli hukuklar goralýar.", "© {year} {outlet}. ټول حقونه خوندي دي.",
        "© {year} {outlet}. هەموو مافەکان پارێزراون.",
        "Hakimiliki © {year} {outlet}.",
        "© {year} {outlet}. Voatokana ny zo rehetra.",
        "© {year} {outlet}. Ikike niile echekwabara.", "© {year} {outlet}. Onke amalungelo agciniwe.",
        "© {year} {outlet}. Olgeta rait i bilong {outlet}.",
        "© {year} {outlet}. Tanang katungod gitagana.",
        "© {year} {outlet}. Sakabehing hak dilindhungi.",
    ),
    "originally_appeared": (
        "This story first appeared in the weekend print edition of {outlet} on {when}.",
        "First aired on {programme} on {when}.", "Co-reported with journalists from {site}.",
        "Shared by {site} under a Creative Commons BY-NC-ND licence.", "Syndicated by {site}.",
        "Adapted from a longer investigation by {site}.",
        "Excerpted from {name}'s forthcoming book.",
        "Editor's note: This story has been updated with comment from {place} police.",
        "Correction: An earlier version of this story gave the wrong age for {name}.",
        "This article was amended on {when} to correct a caption.",
        "Views expressed are the author's own and do not reflect those of {outlet}.",
        "Last updated {stamp}, {when}", "Reprinted with the kind permission of {site}.",
        "This report is part of a series produced with {site}.",
        "English version by {name}; the original appeared in Macedonian.",
        "Machine-translated from Swahili. The original is on {site}.",
        "A shorter version of this piece ran in {outlet} on {when}.",
        "Update, {stamp}: adds comment from the ministry.",
        "Aquest text va aparèixer primer a {site}.",
        "Straipsnis pirmą kartą paskelbtas {site}.", "Текстот првично е објавен на {site}.",
        "Статията е публикувана първоначално в {site}.",
        "Chaidh an artaigil seo fhoillseachadh an toiseach air {site}.",
        "Dit artikel ferskynde earder op {site}.",
        "Бул макала алгач {site} сайтында жарыяланган.",
        "Ин мақола бори аввал дар {site} нашр шудааст.",
        "ئەم بابەتە یەکەمجار لە {site} بڵاوکراوەتەوە.",
        "Makala haya yalichapishwa kwanza na {site}.",
        "Navoaka voalohany tao amin'ny {site} ity lahatsoratra ity.",
        "Artikel iki pisanan diterbitake ing {site}.",
    ),
    "contributor_line": (
        "— with agency copy from {agency}", "Agencies contributed to this report ({agency})",
        "Reporter: {name} | Desk editor: {name2}", "By {name} · Fact-checked by {name2}",
        "Kyrgyz-language interviews interpreted by {name2}", "Data analysis: {name2}",
        "{name} is {outlet}'s correspondent in {place}. Follow her @{handle}",
        "{name} is a freelance reporter based in {place}.",
        "{name} travelled to {place} with support from the {outlet} Foundation.",
        "Reporting team: {name} ({place}), {name2} ({place2})",
        "This story was supported by the {outlet} Journalism Fund.",
        "Text: {name}. Photos: {name2}.", "A co-production with {site}.",
        "Contact {name}: {handle}@{host}", "Newsroom, {place}", "Our Correspondent, {place}",
        "— {outlet} Reporter", "From our reporter in {place}", "Redacció: {name}", "Autorius: {name}",
        "Пишува: {name}", "Репортер: {name}", "Sgrìobhte le {name}", "Skreaun troch {name}",
        "Кабарчы: {name}", "Муаллиф: {name}", "Habarçy: {name}", "خبریال: {name}",
        "پەیامنێر: {name}", "Mwandishi wetu: {name}", "Mpanao gazety: {name}",
        "Onye nta akụkọ: {name}", "Ibhalwe ngu {name}", "Ripota: {name}", "Tigbalita: {name}",
        "Panulis: {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final endings left in their own script (Japanese, Chinese, Korean, Russian,
# Ukrainian, Persian, Arabic, Hebrew, Urdu, Hindi, Marathi, Gujarati, Punjabi, Telugu, Khmer,
# Burmese, Amharic, Georgian, Greek) or romanised (Turkish, Vietnamese, Tagalog, Hindi,
# Uzbek), and bare English auxiliaries a literal translation leaves after a real sentence,
# some in lower case.
ORPHAN_FRAGMENTS = (
    "ですね。", "でしょう。", "ている。", "とされる。", "ようだ。", "罢了。", "而已。", "的话。",
    "했습니다.", "됩니다.", "것이다.", "будет.", "является.", "стало.", "було.", "می‌شود.", "كان.",
    "تم.", "היה.", "ہے۔", "تھا۔", "गया।", "आहे.", "છે.", "ਹੈ।", "ఉంది.", "ហើយ។", "သည်။", "ነበር።",
    "იყო.", "είναι.", "ήταν.", "Etmiştir.", "Olur.", "Rồi đấy.", "Naman po.", "Rahega.", "Edi.",
    "Is to come.", "Will follow.", "Was expected.", "Has occurred.", "is in place.",
    "had been held.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period, some of
# them verbless, as literal translation of regional-government and rescue-service releases
# leaves them.
DANGLING_FRAGMENTS = (
    "the regional governor's press office stated.",
    "the department of civil protection informed.", "the residents of the settlement turned to.",
    "the reconstruction is expected to be finished by.", "rescuers continue to work on site.",
    "the circumstances of the incident are being clarified.", "the victims were taken to the.",
    "the extent of the losses is being assessed.", "by decision of the district council.",
    "on the basis of the order of.", "declined to give details.",
    "did not respond to the request.", "with the participation of the public.",
    "across the whole republic.", "the festival's organisers informed.", "focused attention on.",
    "amid the growth of tariffs.", "while touring the affected districts.",
    "on the eve of the holidays.", "the previous evening.", "in the near perspective.",
    "within the framework of the project.", "the mayor's office clarified.",
    "the acting head instructed.", "the parties agreed on.", "as well as other.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "with the assistance of", "at the behest of", "within the scope of", "on the recommendation of",
    "in the presence of", "by reason of which", "could have been", "may have", "need to have",
    "according to Maj. Gen.", "thanked Cllr.", "briefed Cdr.", "greeted Pres.",
)  # fmt: skip
# Section and tag labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Shinty", "Crofting", "Peat", "Vanilla", "Cloves", "Rice", "Tobacco", "Cotton", "Gold",
    "Wool", "Carpets", "Bazaars", "Dhows", "Reefs", "Mangroves", "Typhoons", "Earthquakes",
    "Landslides", "Sanitation", "Referendums", "Borders", "Customs", "Visas", "Lakes", "Orchards",
    "Societat", "Sportas", "Економија", "Naidheachdan", "Nijs", "Коом", "Иқтисод",
    "Ykdysadyýet", "لوبې", "ئابووری", "Siasa", "Fanatanjahantena", "Egwuregwu", "Pawarta",
)  # fmt: skip
# Marks the earlier sets did not use (Tibetan, Ethiopic, Mongolian, Khmer, Balinese, Syriac,
# Vai and Lisu stops, question marks and section signs) after a sentence end, and mixed
# Western marks.
STRAY_INLINE = (
    " ༎", " ፧", " ፦", " ᠉", " ៚", " ᭟", " ܀", " ꘎", " ꓿", " .?", " !:", " :?", " ;?",
)  # fmt: skip
# Paragraphs of their own: wire end marks, florets, a coronis, boxed and diamond signs,
# dotted tildes and spaced separators.
STRAY_PARAGRAPHS = (
    "(END)", "xxx", "❁", "✿", "❋", "⚜", "⁕", "⸎", "▣", "⬥", "~•~", "-=-", "<>",
)  # fmt: skip

# A wrong period before a joining word where a clause or phrase starts: participles of storm
# damage, market moves, statements and consequences and sentence adverbs after a comma
# ("..., sweeping away cars", "..., plunging 4 per cent", "..., denouncing the move",
# "..., mercifully without"), quantifiers that open a relative phrase ("..., dozens of
# whom"), and "irrespective of", "pursuant to", "courtesy of", "let alone", "inasmuch as",
# "insofar as" and "akin to" also without one, not after a word that binds to what follows
# ("photo courtesy of", "something akin to", "only insofar as", "acting pursuant to").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bnor)(?<!\bthe)(?<!\ba)"
    r"(?<!\ban)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)"
    r"(?<!\bfrom)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)"
    r"(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bour)"
    r"(?<!\bmy)(?<!\byour)(?<!\bthis)(?<!\bthat)(?<!\bthese)(?<!\bthose)(?<!\bno)(?<!\bany)"
    r"(?<!\bevery)(?<!\bvery)(?<!\bso)(?<!\bonly)(?<!\beven)(?<!\bjust)(?<!\bexcept)"
    r"(?<!\bsomething)(?<!\banything)(?<!\bnothing)(?<!\blittle)(?<!\bremains)(?<!\bremain)"
    r"(?<!\bremained)(?<!\bseems)(?<!\bseem)(?<!\bseemed)(?<!\blooks)(?<!\blooked)"
    r"(?<!\bfeels)(?<!\bfelt)(?<!\bsounds)(?<!\bsounded)(?<!\bphoto)(?<!\bphotos)"
    r"(?<!\bpicture)(?<!\bpictures)(?<!\bimage)(?<!\bimages)(?<!\bfootage)(?<!\bvideo)"
    r"(?<!\bphotograph)(?<!\bacting)(?<!\bact)(?<!\bacted)(?<!\bmade)(?<!\bissued)"
    r"(?<!\badopted)(?<!\bapproved)(?<!\bsigned)(?<!\bdone)(?<!\btaken)(?<!\bdrawn)"
    r"(?<!\bpassed)"
    r"(, | (?=irrespective of |pursuant to |courtesy of |let alone |inasmuch as |insofar as "
    r"|akin to ))"
    r"(sweeping|swamping|engulfing|inundating|ripping|tearing|smashing|crushing|felling"
    r"|knocking|levelling|scattering|stripping|snapping|severing|gutting"
    r"|battering|lashing|pounding|rebounding|retreating|plunging|plummeting|jumping"
    r"|rallying|edging|erasing|hovering|dipping|sagging|slumping|spiking|trimming"
    r"|lagging|eclipsing|exceeding|overtaking|recovering|stating|asserting|contending"
    r"|emphasising|emphasizing|reaffirming|disclosing|rebuffing|countering|lauding"
    r"|applauding|commending|decrying|denouncing|slamming|lambasting|hinting|implying"
    r"|cautioning|reassuring|recounting|compelling|hampering|hindering"
    r"|jeopardising|endangering|complicating|exacerbating|worsening|happily|regrettably"
    r"|mercifully|fittingly|tellingly|paradoxically|coincidentally|incidentally|conveniently"
    r"|notoriously|famously|invariably|promptly|swiftly|instantly|overall"
    r"|collectively|jointly|privately|publicly|openly|quietly|formally|historically|ideally"
    r"|predominantly|overwhelmingly|partially|dozens"
    r"|hundreds|thousands|half|few|neither|either|irrespective|pursuant|courtesy|let"
    r"|inasmuch|insofar|akin) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in curly braces, in double prime quotation marks, before
    an Ethiopic full stop, before an Urdu full stop, the word three times, or (at a paragraph
    end) after a vertical bar without a final mark."""
    last = before[-1]
    r = rng.random()
    if para_end and r < 0.15:
        return "word after a vertical bar, no final mark", f" | {last}"
    if r < 0.3:
        return "word in curly braces", f" {{{last}}}."
    if r < 0.45:
        return "word in double prime quotation marks", f" 〝{last}〞"
    if r < 0.6:
        return "word, Ethiopic full stop", f" {last}።"
    if r < 0.8 or not last.isalpha():
        return "word, Urdu full stop", f" {last}۔"
    return "word three times", f" {last} {last} {last}."
