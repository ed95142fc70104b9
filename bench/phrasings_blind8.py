"""The "blind8" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind7; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Sadhbh Moriarty", "Obiageli Nnaji", "Da-eun Kwak", "Mykola Shevchuk", "Garazi Zubiri",
    "Lina Darwish", "Nekesa Wafula", "Eirik Bjornstad", "Meenakshi Pillai", "Catriona Urquhart",
    "Zanele Mahlangu", "Jaswinder Bains", "Le Minh Chau", "Ludovica Serra", "Jana Kubickova",
    "Eoghan Mulcahy", "Capucine Roux", "Faisal Rehman", "Abena Quartey", "Joaquim Salgueiro",
    "Wulan Sari", "Deniz Arslan", "Ilinca Moldovan", "Yiannis Karalis", "Rhodri Llewellyn",
    "Analyn Bautista", "Zawadi Mrisho", "Tamar Shalev",
)  # fmt: skip
OUTLETS = (
    "The Glenmorven Courier", "Kwinana Coast FM News", "The Namaqua Wayfarer",
    "Ashanti Evening Express", "Kinta Valley Lantern", "The Konkan Coast Chronicle",
    "The Otago Ferryman", "Cariboo Ledger-Post", "KJNX NewsChannel 11", "The Sunday Weathervane",
    "Levant Morning Wire", "Vistula Nightly", "Visayas Harbour Mirror", "The Cambrian Packet",
)  # fmt: skip
SITES = (
    "glenmorvencourier.scot", "kwinanacoastfm.com.au", "namaquawayfarer.co.za",
    "ashantiexpress.com.gh", "kintalantern.my", "konkanchronicle.in", "otagoferryman.co.nz",
    "caribooledger.ca", "The Tributary Newsroom", "Dryland Investigations Collective",
    "Public Ledger Audit Project", "Harbour Lights Data Team",
)  # fmt: skip
PLACES = (
    "Kilkenny", "Kano", "Jeonju", "Geelong", "Chiclayo", "Gaziantep", "Alesund", "Peshawar",
    "Omaha", "Limoges", "Tirunelveli", "Polokwane", "Miri", "Fredericton", "Ufa", "Nagasaki",
    "Can Tho", "Kupang", "Brasov", "Volos", "Plzen", "Lublin", "Natal", "Kisumu", "Iloilo",
    "Bangor", "Chernivtsi",
)  # fmt: skip
HEADLINES = (
    "Harbour bridge tolls to rise from next month",
    "Coroner calls for warning signs at quarry lake",
    "Drone delivery trial grounded by aviation regulator",
    "Ancient canoe pulled from riverbed after dry summer",
    "Choir of retired miners releases its first album",
    "Water board admits sewage spill went unreported",
    "Nursing schools turn away applicants as tutors quit",
    "Ring road reopens after overnight tanker fire",
    "The barber who has cut hair on the same corner for 50 years",
    "Island ferry service halted as only vessel fails inspection",
    "Judge throws out challenge to offshore wind farm",
    "Winger, 19, handed first senior call-up",
)
SCENES = (
    "Pilgrims crowd the jetty as a ferry docks in {place} on {day}",
    "A cocoa farmer dries beans in the sun near {place}",
    "Residents wade through floodwater on the outskirts of {place}",
    "Crews clear snow from the runway in {place} on {day}",
    "Teachers march on the education ministry in {place}",
    "A lifeboat is launched off the slipway at {place}",
    "Market traders pack up their stalls in old {place}",
    "Substitutes warm up along the touchline on {day}",
    "Mourners line the road into {place} on {day}",
)
WEATHER = (
    "Grey with light showers", "Clear spells overnight", "Cold and crisp", "Muggy and warm",
    "Heavy showers, some thundery", "Sleet turning to snow", "Drizzle clearing",
    "Sunshine and light winds", "Low cloud and mist", "Gales on the coast",
)  # fmt: skip
HANDLES = (
    "GlenmorvenCourier", "kwinana_fm", "NamaquaWayfarer", "ashanti_express", "KintaLantern",
    "otago_ferryman",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "Agerpres Foto", "LETA Foto", "ELTA Nuotr.", "FENA Photo", "MIA Photo", "ATA Foto",
            "Kazinform Photo", "QNA Photo", "SPA Photo", "Petra Photo", "PNA Photo", "BSS Photo",
            "APP Photo", "Montsame Photo", "Yomiuri Photo Service",
        ),
    ),
    (
        "date",
        (
            "19 October 2023", "Jan. 30, 2024", "Sep 9", "Wednesday 3 April", "2024-04-03",
            "03.04.2024", "May 2nd", "11/6/2023",
        ),
    ),
    ("hour", ("10:05 AM ET", "18:50 CEST", "8.25am", "4:35 p.m. CT", "20:40 PKT", "05:45 ACDT")),
    ("cost", ("₱149", "KSh 500", "₦2,000", "AED 15", "Kč 149", "HK$38", "US$3.75", "€2,99/Monat")),
    (
        "podcast",
        ("The Harbour Hour", "Last Edition Live", "The Morning Ferry", "Deadline Tonight",
         "The Copy Desk"),
    ),
    (
        "section",
        ("Crime & Safety", "Property & Homes", "Food & Drink", "Energy & Climate",
         "Schools & Colleges", "Faith & Community"),
    ),
    ("domain", ("glenmorvencourier.scot", "konkanchronicle.in", "kintalantern.my")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the constituency finder", "Skip to the tide times",
        "Skip to the bin collection calendar", "Skip to the ingredients",
        "Skip to the traffic cameras", "Skip to the jobs board", "Skip to the e-edition",
        "Skip to the match centre", "Skip to today's quiz", "Jump to the recap",
        "Jump to the surf report", "Jump straight to the story", "Go straight to the headlines",
        "Skip this menu", "Start of main content", "End of navigation", "Main content starts here",
        "Press Tab to skip to the content", "Menu ☰ | Search 🔍 | Sign in", "Sections & topics ▾",
        "{place} edition › {section}", "{outlet} / {section} / {place}", "⌂ › {section}",
        "Home → {place} → {section}", "Joan eduki nagusira", "Preskoči na sadržaj",
        "Neidio i'r prif gynnwys", "Laktawan sa nilalaman", "Langkau ke kandungan",
        "Перейти до змісту", "Μετάβαση στο περιεχόμενο", "본문 바로가기", "本文へスキップ", "跳到主要内容",
        "تخطى إلى المحتوى", "דלג לתוכן", "मुख्य सामग्री पर जाएं", "ข้ามไปยังเนื้อหา",
    ),
    "icon_label": (
        "{t}°C and {weather} over {place}", "Gusts up to 50 km/h", "Grass pollen: very high",
        "High tide 4:12 am", "UV 8 Very High", "Rain from 3pm", "Tonight: {weather}, low {t}°",
        "Weather warning ⚠ {place}", "● Live {m}:{ss}", "Replay ↻", "Subtitle size: Large",
        "Audio description", "Minimise player ⇲", "Back to live ⏭", "Video player is loading.",
        "Play Video: {headline}", "Cast to TV", "Chromecast unavailable", "Volume slider",
        "Author image", "Placeholder image", "{outlet} brand mark", "Verified ✓", "svg-close-x",
        "ico-search", "bi bi-list", "material-icons share", "icon--caret-up", "Open in app ↗",
        "Explore it on AppGallery", "Zavřít", "Закрити", "閉じる", "닫기", "关闭", "إغلاق", "סגור",
        "Κλείσιμο",
    ),
    "gallery_counter": (
        "{i} / {n} ⤢ Full screen", "#{i} of {n} in this gallery", "VIEW IMAGE {i} OF {n} ▸",
        "{i} of {n} · Tap to view caption", "Photos ({i}/{n}) ▸ Next",
        "Photo {i} (of {n}) — tap to zoom", "← Prev · {i} / {n} · Next →",
        "Fullscreen gallery ({n} images)", "Picture {i} in a series of {n}", "Image {i}, {n} total",
        "Show caption ⓘ", "Thumbnail strip ▾", "Go to previous image",
        "Advance to the next picture", "Restart gallery ↺",
        "You have reached the end of the gallery", "More galleries: {headline}",
        "Visual story: {headline}", "As it happened, in pictures: {headline}",
        "{place} through the lens", "{n} photos from {place}", "Galerija: {i}/{n}",
        "Nuotrauka {i} iš {n}", "Φωτογραφία {i} από {n}", "Фото {i} з {n}", "写真 {i}/{n}",
        "사진 {i}/{n}", "图 {i}/{n}", "الصورة {i} من {n}", "Larawan {i} ng {n}",
        "Picha {i} kati ya {n}",
    ),
    "photo_caption": (
        "{scene}. Shot on assignment for {outlet} by {name}", "{scene}. 📷 Lens: {name}",
        "{scene}. Pic credit — {agency}", "{scene}. [{agency} photo by {name}]",
        "{scene}. Image rights: {agency}", "{scene}. Pool image distributed by {agency}",
        "{scene}. (FILE) {agency}/{name}", "{scene}. Picture submitted by reader {name}",
        "{scene}. (Photo: {outlet} Photo Desk)", "{scene}. AP/{NAME}",
        "{scene}. {name}/{agency} (Handout)", "{scene}. Image released by {agency}",
        "{scene}, pictured in {year}. Photo: {outlet} library",
        "{scene}. Photo: {agency} · Graphic: {outlet}", "{scene}. Foto: Arhiva {outlet}",
        "{scene}. Nuotr. {name}", "{scene}. Fotografia de {name}", "{scene}. Llun: {name}",
        "{scene}. Picha: {agency}", "{scene}. Larawan mula sa {outlet}",
        "{scene}. Φωτογραφία: {agency}", "{scene}. Фото: {agency}", "{scene}（撮影・{name}）",
        "{scene} /사진={agency}", "{scene}（图片来源：{agency}）", "{scene} (تصوير: {name})",
        "{scene} (צילום: {name})", "{scene} (फोटो: {agency})", "{scene} ภาพ: {agency}",
        "{scene}. Photo by {name}. Used under licence from {agency}",
    ),
    "recommended": (
        "Read the backstory: {headline}", "MORE FROM {place}: {headline}",
        "Related story → {headline}", "Overnight: {headline}", "From the archive: {headline}",
        "Yesterday's most read: {headline}", "People in {place} are reading",
        "Seven days, seven stories", "Don't scroll past: {headline}", "Keep up with {section}",
        "Explore {section}", "Popular videos from {place}", "More headlines from {outlet}",
        "What subscribers loved this month", "Chosen by our subscribers",
        "Based on your reading history", "Because you read: {headline}",
        "What others are reading in {place}", "Weekend essay: {headline}",
        "Claim check: {headline}", "In numbers: {headline}", "Llegiu també: {headline}",
        "Pročitajte još: {headline}", "Darllen mwy: {headline}", "Soma pia: {headline}",
        "Basahin din: {headline}", "Artikel berkaitan: {headline}", "Прочетете още: {headline}",
        "Διαβάστε επίσης: {headline}", "関連記事: {headline}", "관련기사", "相关阅读", "اقرأ أيضاً: {headline}",
        "עוד באתר", "यह भी पढ़ें: {headline}", "อ่านเพิ่มเติม: {headline}",
    ),
    "advertisement": (
        "↓ Keep going, the story continues", "Remainder of the article below",
        "Ad · {outlet} Partner", "Sponsor content from {outlet}", "Brand partner",
        "Produced by the {outlet} commercial team on behalf of an advertiser.",
        "This is sponsored content. The {outlet} newsroom was not involved in its creation.",
        "Exclusive reader offers", "Deals picked by our shopping team",
        "Price at time of publication: {cost}", "Buy it on Amazon: {cost}",
        "In stock at {cost} · Free delivery", "Compare 4 retailers from {cost}",
        "Disclosure: {outlet} may earn revenue from links in this article.",
        "Advertising revenue funds our newsroom.",
        "Turn off your adblocker or subscribe to read ad-free.", "Ad options ⓘ", "Close this ad ✕",
        "Your video will begin in a moment", "You can skip this ad in 5", "Publicitat",
        "Reklaminis turinys", "Hysbyseb", "Tangazo", "Patalastas", "Оглас", "Διαφήμιση", "広告", "광고",
        "广告", "إعلان", "פרסומת", "โฆษณา",
    ),
    "share_follow": (
        "Send to a Viber chat", "Send with KakaoTalk", "Share to WeChat Moments",
        "Share to Naver Band", "Repost to Weibo", "Reblog on Tumblr", "Share on Nextdoor",
        "Send via Signal", "Send this story by text message",
        "Share this article with a friend — it's free", "Gift this story to anyone",
        "Follow us for more ➜ @{handle}", "We're on Threads → @{handle}",
        "{outlet} is on Mastodon: @{handle}@mastodon.social", "Follow the live blog on X",
        "Turn on post notifications", "Kindly share this story:",
        "Share This Story, Choose Your Platform!", "Like and share", "More ways to share ▾",
        "Comparteix", "Podijeli", "Rhannu", "Shiriki", "Ibahagi", "Kongsi", "Поширити",
        "Κοινοποίηση", "シェアする", "공유하기", "分享到微信", "شارك", "שתפו", "शेयर करें", "แชร์",
    ),
    "newsletter": (
        "Get the {outlet} Morning Rundown — free, every weekday.",
        "Enter your email for our free {section} briefing",
        "Newsletter: The week in {place}, every Saturday.",
        "Want this in your inbox? Get {outlet} Today free.",
        "We'll email you once a week. No spam.", "Please use the format name@domain.com",
        "Work or personal email *", "Postcode (optional)", "Sign up with Google",
        "Or continue with email", "Thanks! Your first newsletter is on its way.",
        "You're already subscribed to this newsletter.",
        "Pick the newsletters you'd like to receive", "Get breaking news on your lock screen",
        "Delivered to {n},000 inboxes every morning",
        "Love {section}? There's a newsletter for that.", "Subscriu-te al butlletí",
        "Prijavite se na newsletter", "Cofrestrwch i'n cylchlythyr", "Jiandikishe kupokea habari",
        "Mag-subscribe sa aming newsletter", "Langgan buletin kami", "Підпишіться на розсилку",
        "Εγγραφείτε στο newsletter", "メールマガジン登録", "뉴스레터 구독하기", "订阅我们的新闻简报",
        "اشترك في النشرة البريدية", "הירשמו לניוזלטר", "न्यूज़लेटर के लिए साइन अप करें",
        "สมัครรับจดหมายข่าว",
    ),
    "cookie_subscription": (
        "We use cookies. You can change your preferences at any time in Cookie Settings.",
        "Cookie declaration", "Powered by OneTrust", "Consent preferences", "Withdraw consent",
        "Use profiles to select personalised content",
        "Match and combine data from other data sources", "Link different devices",
        "Identify devices based on information transmitted automatically",
        "Ensure security, prevent and detect fraud, and fix errors",
        "Accept tracking or subscribe for {cost} a month without ads.",
        "Your session has expired. Please log in again.",
        "You've used {i} of your {n} free articles", "Enjoy unlimited reading for {cost}",
        "Introductory offer: {cost} for your first year",
        "Subscribe to {outlet}+ to read this story",
        "This article is only available to {outlet} Plus members.",
        "Sign in with Google to keep reading for free", "Verify your email to continue reading.",
        "Ad-free reading, exclusive newsletters and more.",
        "Donate {cost} today to keep {outlet} free.", "Accepta-les totes", "Prihvati sve",
        "Derbyn pob cwci", "Прийняти всі", "Αποδοχή όλων", "すべての Cookie を受け入れる", "모두 동의",
        "接受所有 Cookie", "قبول الكل", "ยอมรับทั้งหมด", "Tento článok je len pre predplatiteľov",
        "この記事は有料会員限定です", "유료 회원 전용 기사입니다", "本文为付费内容", "כתבה זו זמינה למנויים בלבד",
    ),
    "listen": (
        "Audio: this article, read by an AI voice ({m} min)", "Prefer to listen? Press play.",
        "Listen instead ▶", "Audio is loading…", "This audio is not available in your region.",
        "−15s / +15s", "Speed: 0.8× 1× 1.2× 1.5×", "Listen to the {podcast} episode on this story",
        "This article is also available as a podcast", "Hear more from {name} on {podcast}",
        "Podcast · {podcast} · Episode {n}", "Stream the full interview on {podcast}",
        "Listen on Castbox", "Listen on Overcast", "Listen on iHeartRadio", "Listen on TuneIn",
        "LIVE RADIO: {outlet} FM", "Click play to hear {name} explain the story",
        "Audio transcript available below", "Entzun albistea", "Poslušajte članak",
        "Gwrandewch ar yr erthygl", "Sikiliza habari hii", "Pakinggan ang balita", "Слухати статтю",
        "Ακούστε το άρθρο", "音声で聞く", "기사 듣기", "收听本文", "استمع إلى المقال", "האזינו לכתבה",
        "यह खबर सुनें", "ฟังข่าวนี้",
    ),
    "comment_count": (
        "Read the {n} comments below", "{n} reader responses", "Join {n} others in the comments",
        "Got something to say? Comment below.", "House rules for commenting",
        "Be respectful. Comments that break our rules will be removed.",
        "Log in with Facebook to comment", "Comment with your {outlet} account", "Reply ↩ · Share",
        "{m} replies · Show thread", "Collapse thread", "Featured comment",
        "♥ {n} people liked this comment", "Most helpful",
        "All comments are subject to our house rules", "This discussion is now closed",
        "Anonymous user · Report", "{n} comentaris", "{n} komentara", "{n} sylw", "Maoni ({n})",
        "{n} komento", "{n} ulasan", "{n} коментарів", "{n} σχόλια", "コメント（{n}件）", "댓글 {n}개",
        "评论（{n}）", "{n} تعليقات", "{n} תגובות", "{n} टिप्पणियां", "{n} ความคิดเห็น",
    ),
    "copyright_footer": (
        "© {year} {outlet}. Content may not be reproduced without prior consent.",
        "This article is the property of {outlet} and may not be republished.",
        "© {year} {outlet}. Reuse of content requires a licence.",
        "{outlet} © {year} · Registered in Scotland SC{n}{m}{i}",
        "{outlet} Limited, registered in England No. {n}{m}{i}{ss}. Registered office: {place}.",
        "Copyright © {year} {outlet} Pvt Ltd | CIN: U{n}{m}{i}MH{year}PTC{ss}",
        "{outlet} is part of the {outlet} Media Network. © {year}",
        "Accessibility statement | Cookie policy | Complaints | Syndication",
        "Manage cookies · Ad choices · Contact the newsroom",
        "Complaints about editorial content: standards@{domain}",
        "Made in {place} by the {outlet} team", "{outlet} is an Equal Opportunity Employer.",
        "FCC public inspection file | EEO report | Closed captioning",
        "© {year} {outlet}. Tots els drets reservats.", "© {year} {outlet}. Sva prava pridržana.",
        "© {year} {outlet}. Cedwir pob hawl.", "© {year} {outlet}. Haki zote zimehifadhiwa.",
        "© {year} {outlet}. Lahat ng karapatan ay nakalaan.",
        "© {year} {outlet}. Hak cipta terpelihara.", "© {year} {outlet}. Всички права запазени.",
        "© {year} {outlet}. Με την επιφύλαξη παντός δικαιώματος.", "{outlet}｜無断転載・複製を禁じます",
        "ⓒ {outlet} 무단전재 및 재배포 금지", "版权所有 © {year} {outlet}",
        "جميع الحقوق محفوظة © {year} {outlet}", "כל הזכויות שמורות © {outlet} {year}",
        "© {year} {outlet}. सर्वाधिकार सुरक्षित।", "© {year} {outlet} สงวนลิขสิทธิ์",
        "© {year} {outlet}. Visos teisės saugomos.",
        "© {year} {outlet}. Visas tiesības aizsargātas.",
    ),
    "originally_appeared": (
        "This story first ran on {site} and is republished under its syndication terms.",
        "Reprinted under licence from {site}.",
        "This piece was first published in the {date} issue of {outlet}.",
        "First appeared in {outlet}'s {section} section.",
        "A Welsh-language version of this story is available on {site}.",
        "Translated from the Ukrainian by {name}; edited by {name2}.",
        "Machine translation: DeepL. Edited for style by {name}.",
        "This article was automatically translated from Japanese.",
        "Correction, {date}: This article previously misstated the number of councillors.",
        "An earlier version of this story gave an incorrect first name for {name}.",
        "Correction: A photo caption in an earlier version of this story misidentified the location as {place}.",
        "We have amended this article to remove a reference to {place2}.",
        "Update {date}, {hour}: Adds comment from the mayor's office.",
        "Story updated at {hour} with reaction from {place}.", "First posted {date} at {hour}",
        "This story is being updated; refresh for the latest.",
        "Aquest article es va publicar originalment a {site}.",
        "Članak je izvorno objavljen na portalu {site}.",
        "Cyhoeddwyd yr erthygl hon yn wreiddiol ar {site}.",
        "Makala haya yalichapishwa kwanza na {outlet}.",
        "Unang nailathala ang artikulong ito sa {site}.",
        "Artikel ini pertama kali disiarkan oleh {outlet}.",
        "Матеріал вперше опубліковано на {site}.", "Το άρθρο δημοσιεύθηκε αρχικά στο {site}.",
        "この記事は{outlet}に掲載されたものです。", "이 기사는 {outlet}에 처음 게재되었습니다.", "本文首发于{site}。",
        "نُشر هذا المقال أولاً على {site}.", "הכתבה פורסמה לראשונה ב-{site}.",
        "यह लेख मूल रूप से {site} पर प्रकाशित हुआ था।",
    ),
    "contributor_line": (
        "(Reporting by {name} in {place}; editing by {name2})",
        "{name} ({place}) and {name2} ({place2}) contributed to this report.",
        "Additional input by {name}", "{name} is {outlet}'s {section} editor.",
        "{name} writes about {section} and lives in {place}.",
        "{name} is on Bluesky at @{handle}.bsky.social", "Send tips securely to {name} on Signal.",
        "Got a story? Email {handle}@{domain}",
        "This story was reported with support from the {outlet} Fellowship.",
        "Map by {name}; charts by {name2}", "Additional reporting by our {place} correspondent",
        "Inputs: {agency}", "— {outlet} Desk", "By our {place} Bureau",
        "— Compiled by {name} from agency reports",
        "This article was drafted with the help of an AI tool and checked by {name}.",
        "Amb informació de {agency}", "Piše: {name}", "Gohebydd: {name}", "Imeandikwa na {name}",
        "Ulat ni {name}", "Laporan: {name}", "Автор: {name}", "Ρεπορτάζ: {name}",
        "【{place}＝{name}】", "{name} 기자 {handle}@{domain}", "（记者 {name}）", "责任编辑：{name}",
        "تقرير: {name}", "रिपोर्ट: {name}", "ผู้เขียน: {name}", "Parengė {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final endings and particles of Japanese, Korean, Chinese, Hindi and Urdu, Thai,
# Tagalog, Persian and Arabic (romanised), and the bare passive or copula "sentences" that
# literal translation leaves after a real one, some in lower case.
ORPHAN_FRAGMENTS = (
    "Datta ne.", "Shimashou.", "Deshita yo.", "Desu node.", "Dearimasu.", "Itashimasu.", "Orimasu.",
    "Gozaimashita.", "Haesseoyo.", "Ieosseumnida.", "Halkkayo.", "Geotgatayo.", "Ibnikka.",
    "Iraeyo.", "Le ba.", "Jiushi.", "Eryi.", "Shi ba.", "Tha.", "Hain.", "Raha.", "Kiya.", "Khrap.",
    "Na kha.", "Laew.", "Po.", "Naman.", "Daw.", "Ast.", "Shod.", "Idhan.", "Aydan.",
    "Had been agreed.", "Was implemented.", "Is to be held.", "Was confirmed.",
    "Remains to be seen.", "Is so stated.", "There had been.", "It is like that.", "was scheduled.",
    "came to be.", "tha.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period.
DANGLING_FRAGMENTS = (
    "and achieved remarkable results.", "made important contributions to.",
    "the two sides exchanged views.", "in the new era.", "has achieved positive progress.",
    "and other related matters.", "gave a speech at the event.",
    "the prefectural office explained.", "the source in the ministry added.",
    "as specified by the ministry.", "the interlocutor added.", "it is said to be the first time.",
    "is calling for caution.", "it came to light.", "according to those involved.",
    "there are no reports of damage.", "the analysis says.", "an official said.",
    "the explanation is.", "it is observed.", "is expected to be a burden.", "it was stated.",
    "were dispatched to the scene.", "the statement added.", "according to the news agency.",
    "for further treatment.", "in the presence of officials.", "is continuing.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "in pursuance of", "on account of", "in the event of", "at the expense of",
    "in the vicinity of", "by order of", "in close coordination with", "it had been", "should be",
    "is going to", "said Capt.", "according to Sgt.", "met Fr.", "joined Cllr.", "said Rear Adm.",
)  # fmt: skip
# Section, tag and rubric labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Hiking", "Fishing", "Skiing", "Darts", "Handball", "Volleyball", "Badminton", "Rallying",
    "Equestrian", "Wine", "Coffee", "Comics", "Anime", "Robotics", "Biotech", "Nuclear",
    "Wildfires", "Monsoon", "Ferries", "Unions", "Mortgages", "Tariffs", "Nightlife", "Actualitat",
    "Vijesti", "Newyddion", "Habari", "Balita", "Новини", "Ειδήσεις", "社会", "정치", "国际", "اقتصاد",
    "ספורט", "देश", "การเมือง",
)  # fmt: skip
# Punctuation of the source language or its typography left after a sentence end: the Urdu,
# Ethiopic and Burmese full stops, Chinese six-dot ellipsis, doubled full-width marks, the
# interrobang, and mixed Western marks.
STRAY_INLINE = (
    " ۔", " ።", " ။", " ……", " ！！", " ？！", " ¡.", " ‽", " 〜。", " .;", " ,:", " ;,", " „.", " »,",
)  # fmt: skip
# Paragraphs of their own: section-break marks (asterisks, asterism, section and pilcrow
# signs), bullets and arrows of list-style pages, an Urdu full stop, a lone equals sign.
STRAY_PARAGRAPHS = (
    "* * *", "⁂", "§", "¶", "▪", "►", "☆", "○", "❖", "۔", "=", "//", "◆◇◆",
)  # fmt: skip

# A wrong period before a joining word where a clause or phrase starts: participles, hedging
# adverbs and "ahead"/"prior" after a comma ("..., injuring two", "..., led by", "..., perhaps
# the largest", "..., ahead of the vote"), and prepositions that open a phrase also without one
# ("behind", "outside", "near", ...), not after a word that binds to what follows ("left
# behind", "far beneath", "just outside", "nowhere near", "the").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bthe)(?<!\ba)(?<!\ban)"
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bhas)(?<!\bhave)"
    r"(?<!\bhad)(?<!\bleft)(?<!\bleave)(?<!\bfell)(?<!\bfall)(?<!\bfar)(?<!\bjust)(?<!\bright)"
    r"(?<!\bclose)(?<!\blag)(?<!\bstand)(?<!\bstood)(?<!\bput)(?<!\bget)(?<!\bgot)(?<!\bwell)"
    r"(?<!\bstep)(?<!\bstepped)(?<!\bgo)(?<!\bwent)(?<!\bout)(?<!\bover)(?<!\bdeep)"
    r"(?<!\bnowhere)(?<!\banywhere)(?<!\bsomewhere)(?<!\bvery)(?<!\bso)(?<!\bcame)(?<!\bcome)"
    r"(, | (?=behind |beneath |amongst |amidst |versus |outside |underneath |inside |near ))"
    r"(expressing|blaming|signalling|signaling|helping|threatening|requiring|offering"
    r"|injuring|stranding|fuelling|fueling|highlighting|underscoring|compared|led|followed"
    r"|known|becoming|hitting|rising|falling|winning|ending|possibly|perhaps|probably|nearly"
    r"|roughly|almost|ahead|prior|behind|beneath|amongst|amidst|versus|outside|underneath"
    r"|inside|near) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: after an arrow, before a full-width exclamation mark, two
    words in angle brackets, or (at a paragraph end) before a doubled full stop."""
    last = before[-1]
    r = rng.random()
    if para_end and r < 0.25:
        return "word, doubled full stop", f" {last}.."
    if r < 0.4:
        return "word after an arrow", f" → {last}."
    if r < 0.7 or len(before) < 2 or not before[-2].isalpha():
        return "word, full-width exclamation mark", f" {last}！"
    return "two words in angle brackets", f" 〈{before[-2]} {last}〉"
