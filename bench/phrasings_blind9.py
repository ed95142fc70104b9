"""The "blind9" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind8; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Tamika Campbell", "Devon Ramsaran", "Litia Naivalu", "Sefo Leota", "Josephine Camilleri",
    "Andreas Charalambous", "Chaminda Perera", "Tharshini Rajaratnam", "Farhana Akter",
    "Bishnu Gurung", "Brenda Nakato", "Mwila Chanda", "Kagiso Sebego", "Ndapewa Shikongo",
    "Maitha Al Suwaidi", "Salim Al-Balushi", "Runi Joensen", "Hekla Gunnarsdottir", "Kadri Tamm",
    "Ursa Kovacic", "Nino Beridze", "Anahit Sargsyan", "Aigerim Seitkali", "Rashad Mammadli",
    "Bolormaa Ganbold", "Kiri Parata", "Ellis Kealoha", "Shanice Forde",
)  # fmt: skip
OUTLETS = (
    "The Montego Bay Tidings", "Port of Spain Evening Lamp", "The Nadi Trade Wind",
    "The Savaii Drum", "Valletta Harbour Review", "The Troodos Courier",
    "Kandy Hill Country Observer", "Sylhet Tea Valley Post", "Pokhara Lakeside Times",
    "Gulu Northern Voice", "Copperbelt Evening Star", "The Okavango Pioneer",
    "Muscat Coastline Daily", "KWBZ 5 Glacier Country News",
)  # fmt: skip
SITES = (
    "mobaytidings.com.jm", "eveninglamp.co.tt", "tradewind.com.fj", "savaiidrum.ws",
    "vallettareview.com.mt", "troodoscourier.com.cy", "hillcountryobserver.lk",
    "teavalleypost.com.bd", "lakesidetimes.com.np", "guluvoice.co.ug", "The Island Audit Desk",
    "Reef and Rainforest Reporting", "Small Towns Data Trust", "The Sealed Records Project",
)  # fmt: skip
PLACES = (
    "Mandeville", "San Fernando", "Lautoka", "Apia", "Mdina", "Paphos", "Galle", "Jaffna",
    "Sylhet", "Pokhara", "Gulu", "Kitwe", "Maun", "Swakopmund", "Sohar", "Klaksvik", "Akureyri",
    "Tartu", "Maribor", "Kutaisi", "Gyumri", "Shymkent", "Ganja", "Darkhan", "Whanganui", "Hilo",
    "Juneau", "Charlottetown",
)  # fmt: skip
HEADLINES = (
    "Cruise ship day trippers swamp harbour market",
    "Minibus drivers strike over new licence fees",
    "'We lost everything': families count cost of cyclone",
    "Dengue cases climb as rainy season arrives early",
    "Is the four-day school week here to stay?",
    "Fishing quota deal leaves trawler crews in limbo",
    "Tea estate workers win first pay rise in six years",
    "Glacier walk closed after ice fall injures guide",
    "Pensioner, 91, finishes degree she started in 1953",
    "Ombudsman slams council over pothole compensation",
    "Volcanic ash cloud delays flights for a second day",
    "Copper price slump puts mine jobs at risk",
)
SCENES = (
    "Dancers in feathered costumes parade through {place} on {day}",
    "A fisherman guts his catch on the quay at {place}",
    "Tea pickers work a steep hillside estate near {place}",
    "Minibus taxis queue at the rank in {place} on {day}",
    "A boy cycles through a flooded lane in {place}",
    "Steam rises from vents on the lava field near {place}",
    "Rangers fit a tracking collar to a rhino outside {place}",
    "Worshippers leave the cathedral in {place} after mass on {day}",
    "The fly-half kicks for touch on {day}",
)
WEATHER = (
    "Trade winds, isolated showers", "Hot, feels like 40", "Sultry evening", "Volcanic haze",
    "Heavy monsoon downpours", "Wintry showers", "Calm and clear", "Dust haze", "Sea breeze",
    "Cyclone watch",
)  # fmt: skip
HANDLES = (
    "MoBayTidings", "pos_eveninglamp", "NadiTradeWind", "valletta_review", "KandyObserver",
    "gulu_voice",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "TASR Foto", "STA Foto", "Armenpress Photo", "Interpressnews Photo", "Trend Photo",
            "UNB Photo", "RSS Photo", "GNA Photo", "KNA Photo", "ENA Photo", "BOPA Photo",
            "NAMPA Photo", "ZANIS Photo", "ONA Photo", "FBC Photo",
        ),
    ),
    (
        "dateline",
        (
            "27 June 2024", "Aug. 21, 2023", "Jul 16", "Saturday 13 July", "2024-06-27",
            "27/06/2024", "June 3rd", "8/21/2023",
        ),
    ),
    (
        "clocktime",
        ("11:35 AM AST", "18:45 EEST", "6.20am", "4:50 p.m. HST", "21:05 NPT", "07:40 FJT",
         "12:25 GST"),
    ),
    ("cost", ("J$250", "TT$10", "FJ$3", "Tk 200", "K25", "P30", "N$40", "OMR 1.5")),
    (
        "show",
        ("Island Drive Time", "The Noon Roundtable", "Harbour Talk", "The Backbench Hour",
         "Sunday Long Lunch"),
    ),
    (
        "beat",
        ("Roads & Transport", "Tourism & Heritage", "Mining & Resources", "Fisheries & Ocean",
         "Faith & Festivals", "Youth & Education"),
    ),
    ("mailhost", ("mobaytidings.com.jm", "vallettareview.com.mt", "hillcountryobserver.lk")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the ferry schedule", "Skip to the cyclone tracker", "Skip to the exchange rates",
        "Skip to the prayer times", "Skip to the cricket scorecard", "Skip to the lotto numbers",
        "Skip to the shipping news", "Skip to the load-shedding schedule",
        "Skip to the power outage map", "Skip to the school closures list", "Jump to the timeline",
        "Jump to the interview", "Jump down to the story", "Skip past the menu",
        "Skip repeated content", "Keyboard navigation help", "Accessibility tools ♿",
        "Open the sections menu ☰", "☰ Every section A–Z", "Sign in | Register | Subscribe",
        "Home ⟩ {beat} ⟩ {place}", "{place} ∕ {beat} ∕ Today", "Front › {beat}",
        "You are here: News / {place}", "Liigu põhisisu juurde", "Skoči na vsebino",
        "Пређи на садржај", "Kalo te përmbajtja", "Fara beint í efni",
        "Léim go dtí an príomhábhar", "Aqbeż għall-kontenut", "Slaan oor na inhoud",
        "پرش به محتوای اصلی", "مرکزی مواد پر جائیں", "মূল বিষয়বস্তুতে যান",
        "გადასვლა მთავარ შინაარსზე", "Անցնել հիմնական բովանդակությանը", "Əsas məzmuna keçid",
        "Негізгі мазмұнға өту",
    ),
    "icon_label": (
        "Sunrise 06:41 · Sunset 18:02", "Moon: waxing gibbous", "Swell 1.5 m SW",
        "AQI 72 · Moderate", "Fire danger rating: Extreme", "Cyclone alert level 2",
        "Heat index {t}°", "{place} {t}°C {weather}", "Hi {t}° Lo 3°", "Rain gauge: 12 mm",
        "Seek forward 10 seconds", "Pop out the player", "Sound off — tap for sound 🔇", "HD ⚙ 720p",
        "Video unavailable in your country", "This video has been removed.", "Hang tight, loading…",
        "Profile picture: {name}", "Logo: {outlet}", "Portrait of the author", "Sponsor logo",
        "Team crest: home", "Scan the QR code to download our app", "icon-whatsapp",
        "glyphicon glyphicon-search", "mdi mdi-close", "ion-ios-share-alt", "sprite sprite--logo",
        "ico_arrow_r", "Sulge", "Zapri", "Затвори", "Mbyll", "Loka glugga", "Maak toe", "بستن",
        "বন্ধ", "დახურვა", "Փակել", "Bağla", "Жабу",
    ),
    "gallery_counter": (
        "Image {i} | {n} | {beat}", "Frame no. {i} / {n}", "Shot {i} of {n}", "{i} of {n} ⟶ swipe",
        "{n} more photos +", "+{n} more in this album", "See {n} more images", "All {n} photos ▸",
        "Photo essay ({n} images)", "Click through the photos above",
        "Use the arrows to browse the images", "‹ Go back one photo", "Next picture ›",
        "Close the gallery ✕", "⛶ Full-screen view", "Caption on / off",
        "Pictures from {place}: {headline}", "Captured: {headline}",
        "{n} pictures that sum up the week", "The best photos from {place} this week",
        "Pilt {i}/{n}", "Slika {i} od {n}", "Фотографија {i} од {n}", "Foto {i} nga {n}",
        "Mynd {i} af {n}", "Prent {i} van {n}", "عکس {i} از {n}", "ছবি {i}/{n}", "ფოტო {i} / {n}",
        "Şəkil {i}/{n}", "Ritratt {i} minn {n}", "Сурет {i}/{n}",
    ),
    "photo_caption": (
        "{scene}. Photograph courtesy of the {place} Fire Service",
        "{scene}. Photo: {place} Police Service/Facebook", "{scene}. Image courtesy: {place} City Council",
        "{scene}. PIC BY {NAME}", "{scene}. ({name} photo)", "{scene}. {name} | {outlet} photographer",
        "{scene}. Photo illustration: {outlet}; source images: {agency}", "{scene}. Drone image: {name}",
        "{scene}. Still from a video released by {agency}", "{scene}. Screengrab: {outlet} TV",
        "{scene}. (Archive image, {year})", "{scene}, on {dateline}. (Photo: {agency})",
        "{scene}. Satellite image ©{year} Maxar Technologies",
        "{scene}. (Photo: {name} via Wikimedia Commons, CC BY-SA 4.0)",
        "{scene}. Photo by {name} on Unsplash", "{scene}. Pool photo via {agency}",
        "{scene}. (Photo: Government Information Service)", "{scene}. — {outlet} photo/{name}",
        "{scene}. Fotod: {name}", "{scene}. Fotografija: {agency}", "{scene}. Фото: {name}/{agency}",
        "{scene}. Foto ilustruese", "{scene}. Mynd: {name}", "{scene}. Foto: Verskaf",
        "{scene}. Grianghraf: {name}", "{scene}. Ritratt: {name}", "{scene} (عکس: {agency})",
        "{scene} (تصویر: {agency})", "{scene}। ছবি: {name}", "{scene}. ფოტო: {agency}",
        "{scene}։ Լուսանկարը՝ {name}", "{scene}. Сурет: {agency}",
    ),
    "recommended": (
        "Continue the story: {headline}", "Follow-up: {headline}", "Earlier on {outlet}: {headline}",
        "Also this week: {headline}", "Before you go: {headline}", "Catch up: {headline}",
        "Our verdict: {headline}", "Cheat sheet: {headline}", "How it unfolded: {headline}",
        "Your questions answered: {headline}", "True or false? {headline}", "Sport | {headline}", "Opinion column ▸ {headline}",
        "Letters: {headline}", "Obituary: {headline}", "Now on the podcast: {headline}",
        "More {beat} stories", "Fresh from {place}", "What's happening in {place}",
        "Read these next", "In case you missed it this week", "Readers also viewed",
        "Popular on {outlet} right now", "Around the islands", "Elsewhere on the network",
        "Loe ka: {headline}", "Preberite tudi: {headline}", "Прочитајте још: {headline}",
        "Lexo edhe: {headline}", "Lestu einnig: {headline}", "Lees gerus ook: {headline}",
        "Léigh freisin: {headline}", "بیشتر بخوانید: {headline}", "مزید پڑھیں: {headline}",
        "আরও পড়ুন: {headline}", "இதையும் படிக்க: {headline}", "ასევე წაიკითხეთ: {headline}",
        "Həmçinin oxuyun: {headline}", "Тағы оқыңыз: {headline}", "Aqra wkoll: {headline}",
    ),
    "advertisement": (
        "Advertising · content continues", "Article continues after sponsor message",
        "The story continues under this ad", "SPONSORED · {outlet} Partners", "Promotion paid for by {outlet}",
        "A message from our sponsor", "This segment is sponsored",
        "Today's edition is brought to you by {outlet}", "Thanks to our sponsor, {outlet}",
        "Offer ends Sunday", "Lowest price in 30 days: {cost}", "Shop from {cost} →",
        "Affiliate disclaimer: prices correct at time of writing.",
        "Our journalism is independent of our commercial partnerships.",
        "We earn a commission on qualifying purchases.", "Ad-lite experience for {cost}",
        "Advertising helps fund {outlet}'s journalism.", "Ad is loading, story below",
        "Ad space available — call our sales team", "Classifieds", "Public notices",
        "Reklaam", "Oglasno sporočilo", "Reklamë", "Auglýsing", "Advertensie", "Fógra", "Riklam",
        "تبلیغات", "اشتہار", "বিজ্ঞাপন", "რეკლამა", "Գովազդ", "Жарнама",
    ),
    "share_follow": (
        "Share this article on social media", "Repost with your thoughts", "Quote post",
        "Forward this newsletter to a friend", "Share to Instagram Stories", "Send to Kindle",
        "Add to Reading List", "Share on Odnoklassniki", "Share on VKontakte", "Share via AirDrop",
        "Show QR code", "Like our page for more {place} news", "Follow us for {beat} updates",
        "Follow {outlet} Sport on Facebook", "Tag us @{handle} in your photos",
        "Use #{handle} to share your pictures", "Send us your photos and videos",
        "Did you see this happen? Contact us", "WhatsApp our newsroom on 07{n}{m} {i}{ss}",
        "Share this on:", "Sharing menu ▾", "Jaga", "Deli", "Подели", "Shpërndaje", "Deila",
        "Deel hierdie artikel", "Roinn", "Aqsam", "اشتراک‌گذاری", "شیئر کریں", "শেয়ার করুন",
        "გაზიარება", "Бөлісу", "Կիսվել",
    ),
    "newsletter": (
        "Get {show} in your inbox — free every Friday.", "Our {beat} newsletter lands every Tuesday.",
        "Sign up for the {place} Weekender",
        "Want the top stories from {place}? We'll send them at 7am.",
        "Never miss a {beat} story again.", "Enter email", "Email address (required)",
        "Your first name (optional)", "I'm not a robot", "Subscribe with one click",
        "Sign up with Apple", "Continue with Facebook", "Please tick the box to confirm",
        "Nearly there — tap the link in your inbox.",
        "Welcome aboard! Your first edition arrives tomorrow.", "You've been unsubscribed.",
        "Update your email preferences", "Get text alerts: reply STOP to opt out.",
        "Daily digest • Weekly roundup • Breaking alerts", "Join the {outlet} community",
        "This newsletter may contain advertising, deals or affiliate links.", "Telli uudiskiri",
        "Prijavite se na e-novice", "Пријавите се за билтен", "Abonohu në buletinin tonë",
        "Skráðu þig á póstlistann", "Teken in vir ons nuusbrief",
        "Cláraigh le haghaidh ár nuachtlitir", "عضویت در خبرنامه",
        "نیوز لیٹر کے لیے سائن اپ کریں", "নিউজলেটার সাবস্ক্রাইব করুন", "გამოიწერეთ სიახლეები",
        "Bülletenə abunə olun", "Жаңалықтарға жазылыңыз", "Abbona għan-newsletter",
    ),
    "cookie_subscription": (
        "We use cookies to make this site work and to understand how you use it.",
        "Only strictly required cookies", "Allow selection", "Let me choose", "Change consent",
        "Open privacy dashboard", "Object to all legitimate interests", "Build a profile of your interests for ads",
        "Measure content performance", "Apply market research to generate audience insights",
        "Vendors we work with", "This site is funded by advertising. Accept cookies or pay {cost} per month.",
        "Say no to tracking and subscribe", "You're out of free articles.",
        "You have {i} free stories left this month.", "Register to read {n} more articles a month.",
        "Subscriber-only article", "Read this and every other story with a digital pass.",
        "Already paid? Restore purchase", "Sign in to unlock", "Your trial ends in {m} days.",
        "Upgrade to Premium to read on", "Subscribe to unlock this and {n} more stories.",
        "Save 50% on your first year", "Nõustun kõigiga", "Sprejmi vse piškotke",
        "Прихвати све колачиће", "Prano të gjitha", "Samþykkja allar vafrakökur",
        "Aanvaar alle koekies", "Glac le gach fianán", "Aċċetta kollox", "پذیرش همه",
        "সব কুকি গ্রহণ করুন", "ყველას მიღება", "Hamısını qəbul et", "Барлығын қабылдау",
        "Artikkel on mõeldud tellijatele", "Vsebina je na voljo naročnikom",
        "Hierdie artikel is slegs vir intekenare", "این مطلب فقط برای مشترکان است",
    ),
    "listen": (
        "Listen · {m} min · Read by AI", "Hear it in {m} minutes", "Audio summary ({m}:{ss})",
        "Listen to the summary", "Text-to-speech voice: Female (NZ)", "Read it to me", "Buffering…",
        "Skip ahead 30 seconds", "Back 10 s ⟲", "Listen at 2x", "Sleep timer",
        "Add to playlist", "Continue listening", "Hear {name} discuss this on {show}",
        "{show}: full episode ({m} min)", "Find {show} on Pocket Casts", "Ask your smart speaker to play {show}",
        "Stream on Deezer", "On the radio: {show}, weekdays", "Listen back to {show}",
        "Radio: {outlet} AM 1170", "Kuula artiklit", "Poslušaj članek", "Послушај чланак",
        "Dëgjo artikullin", "Hlusta á fréttina", "Luister na hierdie artikel", "Éist leis an alt",
        "Isma' l-artiklu", "شنیدن این خبر", "یہ خبر سنیں", "খবরটি শুনুন", "მოუსმინეთ სტატიას",
        "Məqaləni dinlə", "Мақаланы тыңдау",
    ),
    "comment_count": (
        "{n} Comments on this story", "Comment thread ({n}) ▾", "Discussion: {n} posts", "Talk about it: {n} comments",
        "Talkback ({n})", "Readers respond ({n})", "Your views", "Post your response",
        "Add your voice to the discussion", "In reply to {name}", "{name} replied · {m}m",
        "Expand {m} replies", "Hide replies", "Sort by: Most liked", "Upvotes {n}",
        "Community guidelines apply",
        "Comments will reopen after moderation hours (8am–10pm)",
        "Comments are temporarily unavailable.", "Comments have been turned off for legal reasons.",
        "Signed-in subscribers can comment", "Verify your account to comment", "Display name",
        "Mute this user", "Block · Report abuse", "Kommentaarid ({n})", "Komentarji ({n})",
        "Коментари ({n})", "Komente ({n})", "Athugasemdir ({n})", "{n} kommentaar", "{n} trácht",
        "{n} نظر", "{n} تبصرے", "{n}টি মন্তব্য", "კომენტარები ({n})", "Şərhlər ({n})",
        "Пікірлер ({n})", "Kummenti ({n})",
    ),
    "copyright_footer": (
        "Copyright © {outlet} {year}. Material may not be reproduced in any form without permission.",
        "© {outlet} ({year}) — reuse only with written permission",
        "{outlet} is a trading name of {outlet} Media Group Ltd. © {year}",
        "Published and printed by {outlet}, {place}. © {year}",
        "Printed at the {outlet} Print Centre, {place}", "GST Reg. No. {n}-{m}{i}-{ss}",
        "Registered at the GPO as a newspaper",
        "Licensed by Copyright Agency. You must not copy this work without permission.",
        "Broadcast licence holder: {outlet} Broadcasting Corporation",
        "{outlet} acknowledges the Traditional Owners of the lands on which we work.",
        "Ngā mihi from the {outlet} team", "Complaints: see our editorial complaints policy",
        "Ombudsman | Corrections | Code of conduct", "Site map · Help · Contact · Work for us",
        "RSS feeds · Archive · E-edition", "© {year} {outlet}. Kõik õigused kaitstud.",
        "© {year} {outlet}. Vse pravice pridržane.", "© {year} {outlet}. Сва права задржана.",
        "© {year} {outlet}. Të gjitha të drejtat e rezervuara.",
        "© {year} {outlet}. Öll réttindi áskilin.", "© {year} {outlet}. Alle regte voorbehou.",
        "© {year} {outlet}. Gach ceart ar cosaint.",
        "© {year} {outlet}. Id-drittijiet kollha riżervati.",
        "© {year} {outlet}. تمامی حقوق محفوظ است.", "© {year} {outlet}। সর্বস্বত্ব সংরক্ষিত।",
        "© {year} {outlet}. ყველა უფლება დაცულია.", "© {year} {outlet}. Bütün hüquqlar qorunur.",
        "© {year} {outlet}. Барлық құқықтар қорғалған.",
        "© {year} {outlet}. Բոլոր իրավունքները պաշտպանված են։", "جملہ حقوق محفوظ ہیں © {year} {outlet}",
    ),
    "originally_appeared": (
        "This story first appeared in the {outlet} newsletter {show}.",
        "Originally broadcast on {show} on {dateline}.", "This article was syndicated via {site}.",
        "Shared under a content partnership between {outlet} and {site}.",
        "This story was co-reported with {site} and is published here with permission.",
        "This is an abridged version of a story first published by {site}.",
        "A fuller version of this piece ran in {outlet}'s weekend magazine.",
        "This piece was first published on {dateline} and last updated at {clocktime}.",
        "Correction: This story has been updated to reflect that the meeting took place in {place2}, not {place}.",
        "CORRECTION: A headline on an earlier version of this article overstated the number of job losses.",
        "Clarification ({dateline}): {name} is a former, not current, board member.",
        "This article was corrected on {dateline} to fix the spelling of {place}.",
        "An earlier version of this story wrongly attributed a quote to {name}.",
        "Update, {clocktime}: Police have since named the victim.",
        "UPDATED with a statement from {outlet}.",
        "We'll update this article as the situation develops.",
        "Developing story — check back later.",
        "Translated and adapted from the original Estonian by {name}.",
        "This text was translated by a machine and checked by a human editor.",
        "Auto-translated. Original language: Persian.",
        "Artikkel ilmus algselt väljaandes {outlet}.", "Članek je bil prvotno objavljen na {site}.",
        "Текст је првобитно објављен на порталу {site}.",
        "Ky artikull u botua fillimisht në {site}.", "Greinin birtist fyrst á {site}.",
        "Hierdie artikel het oorspronklik op {site} verskyn.",
        "Foilsíodh an t-alt seo ar dtús ar {site}.", "این مطلب نخستین بار در {site} منتشر شد.",
        "სტატია პირველად გამოქვეყნდა {site}-ზე.", "Məqalə ilk dəfə {site} saytında dərc olunub.",
        "প্রতিবেদনটি প্রথম {site}-এ প্রকাশিত হয়েছিল।", "Мақала алғаш рет {site} сайтында жарияланды.",
    ),
    "contributor_line": (
        "— {name} reported from {place}; {name2} from {place2}.",
        "{name} in {place} and {agency} contributed.",
        "With additional reporting from our correspondents in {place} and {place2}.",
        "Additional research: {name} and {name2}", "Data analysis by {name}. Graphics by {name2}.",
        "Cover illustration by {name}", "Interactive by {name}; development by {name2}",
        "Audio producer: {name}", "{name} is a political reporter for {outlet} based in {place}.",
        "{name} is a reporter on {outlet}'s {beat} desk.", "{name} has covered {place} since {year}.",
        "Contact {name}: {handle}@{mailhost}", "Reach the newsroom at newsdesk@{mailhost}",
        "Have a story tip? WhatsApp our newsroom.", "Follow {name} on Threads @{handle}",
        "This reporting is part of the {outlet} Local News Fund.",
        "{name}'s reporting is supported by a grant from the {outlet} Trust; {outlet} retains full editorial control.",
        "The author has no conflicts of interest to declare.",
        "The author is a professor of economics at the University of {place}.",
        "Correspondent: {name}", "Toimetaja: {name}", "Avtor: {name}", "Аутор: {name}",
        "Shkruan: {name}", "Blaðamaður: {name}", "Berig deur {name}", "Tuairisc: {name}",
        "Kitba ta' {name}", "گزارش از {name}", "رپورٹ: {name}", "প্রতিবেদক: {name}",
        "ავტორი: {name}", "Müəllif: {name}", "Тілші: {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

ORPHAN_FRAGMENTS = (
    "Datte ne.", "Rashii desu.", "Wake desu.", "Hazu desu.", "Kamo ne.", "Noda.", "Nanda.",
    "Halgeotida.", "Ragohaetda.", "Ieotda.", "Le a.", "Hoyeche.", "Chilo.", "Cha.", "Thiyo.",
    "Kiyanawa.", "Hai ji.", "Lah.", "Pun.", "Aris.", "Eken.", "Idi.", "Baina.", "Đấy.", "Ạ.",
    "Nado.", "Nu.", "Has it.", "It was so.", "Will have been.", "Is the fact.", "Was how it was.",
    "Is what happened.", "There are.", "There will be.", "Was there.", "There is also.",
    "was done.", "had done so.", "is so.",
)  # fmt: skip
DANGLING_FRAGMENTS = (
    "said on condition of anonymity.", "in the spirit of friendship.", "the two premiers agreed on.",
    "held talks on the sidelines of.", "the spokesperson of the department clarified.",
    "as per the official release.", "the district administration informed.",
    "with immediate effect.", "the matter is under investigation.", "the people present there said.",
    "the eyewitnesses told.", "further details are awaited.", "said the statement released on.",
    "is yet to be ascertained.", "a case has been registered.", "the police said adding that.",
    "was rushed to the hospital.", "in this connection.", "in the days to come.", "at the earliest.",
    "till further orders.", "the official added further.", "has been directed to.",
    "for the convenience of the public.", "was inaugurated by the.",
    "the ceremony was attended by.", "on the occasion.", "it was decided in the meeting.",
)  # fmt: skip
DANGLING_TAILS = (
    "with reference to", "in view of the", "in lieu of", "on the sidelines of", "vis-a-vis",
    "might have been", "may be", "had been being", "said Det. Insp.", "according to Cdre.", "told Cpl.",
    "met Atty.", "joined Msgr.", "said Comdr.",
)  # fmt: skip
ORPHAN_WORDS = (
    "Rodeo", "Curling", "Kitesurfing", "Canoeing", "Orienteering", "Baseball", "Birdwatching",
    "Swimming", "Beekeeping", "Archaeology", "Genealogy", "Weddings", "Volcanoes", "Glaciers",
    "Airports", "Cyclones", "Potholes", "Philanthropy", "Polytechnics", "Vlogs", "Quizzes", "Sudoku",
    "Uudised", "Novice", "Вести", "Lajme", "Fréttir", "Nuus", "Nuacht", "ورزش", "کھیل", "খেলা",
    "სპორტი", "Siyasət", "Қоғам", "Aħbarijiet",
)  # fmt: skip
STRAY_INLINE = (
    " ‧", " ‚", " ⁉", " ⸮", " ፣", " ၊", " ︒", " ﹒", " .!", " …,", " .:", " ;:", " ‒.",
)  # fmt: skip
STRAY_PARAGRAPHS = (
    "~~~", "= = =", "###", "|", "_ _ _", "▬", "∴", "〰", "◉", "♣", "⋯", "⸻", "⁎",
)  # fmt: skip

# A wrong period before a joining word where a clause or phrase starts: participles of
# reporting and reacting, and frequency, time and hedging adverbs after a comma ("..., denying
# any wrongdoing", "..., often with", "..., previously the"), and prepositions that open a
# phrase also without one ("between", "under", "around", "concerning", ...), not after a word
# that binds to what follows ("turned around", "went through", "came under", "all over",
# "brought about", "is concerning", "most likely").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bthe)(?<!\ba)(?<!\ban)"
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhas)"
    r"(?<!\bhave)(?<!\bhad)(?<!\bmost)(?<!\bmore)(?<!\bless)(?<!\bvery)(?<!\bquite)(?<!\bhow)"
    r"(?<!\bso)(?<!\bseem)(?<!\bseems)(?<!\bseemed)(?<!\blooks)(?<!\blooked)(?<!\blook)"
    r"(?<!\bdeeply)(?<!\bstill)(?<!\bremain)(?<!\bremains)(?<!\bremained)(?<!\bsat)"
    r"(?<!\bstood)(?<!\bright)(?<!\bjust)(?<!\bcame)(?<!\bcome)(?<!\bcomes)(?<!\bclimbed)"
    r"(?<!\bwent)(?<!\bgo)(?<!\bgoes)(?<!\bgoing)(?<!\bget)(?<!\bgot)(?<!\bgetting)(?<!\ball)"
    r"(?<!\bwelcome)(?<!\bturn)(?<!\bturned)(?<!\bturning)(?<!\bfell)(?<!\bfall)(?<!\bfalls)"
    r"(?<!\bbrought)(?<!\bbring)(?<!\bset)(?<!\btake)(?<!\btook)(?<!\btaken)(?<!\btaking)"
    r"(?<!\brun)(?<!\bran)(?<!\bpass)(?<!\bpassed)(?<!\bput)(?<!\bthink)(?<!\bthought)"
    r"(?<!\btalk)(?<!\btalked)(?<!\bworry)(?<!\bworried)(?<!\bknow)(?<!\bknew)(?<!\bcare)"
    r"(?<!\bmuch)(?<!\bfar)(?<!\bway)(?<!\bup)(?<!\bdown)(?<!\bout)(?<!\boff)(?<!\bback)"
    r"(?<!\beverywhere)(?<!\banywhere)(?<!\bsomewhere)(?<!\bnowhere)(?<!\bcaught)(?<!\bsplit)"
    r"(?<!\bdivided)(?<!\btorn)(?<!\bsandwiched)(?<!\bwell)"
    r"(, | (?=concerning |excluding |barring |pending |notwithstanding |beside |atop |aboard "
    r"|between |around |through |under |above |below |along |over |about ))"
    r"(costing|linking|sealing|dismissing|rejecting|welcoming|praising|condemning|defending"
    r"|demanding|denying|surpassing|replacing|capping|spurring|boosting|doubling|telling"
    r"|asking|explaining|admitting|acknowledging|announcing|confirming|revealing|likely"
    r"|arguably|typically|usually|often|sometimes|generally|specifically|effectively"
    r"|initially|previously|recently|currently|formerly|officially|allegedly|supposedly"
    r"|presumably|ultimately|eventually|instead|meanwhile|likewise|accordingly|consequently"
    r"|therefore|given|considering|assuming|provided|concerning|excluding|barring|pending"
    r"|notwithstanding|beside|atop|aboard|between|around|through|under|above|below|along"
    r"|over|about) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in double angle brackets, between asterisks, before a
    tilde, as a camel-cased hashtag, or (at a paragraph end) as a paragraph of its own."""
    last = before[-1]
    r = rng.random()
    if para_end and r < 0.2:
        return "word as its own paragraph", f"\n\n{last}."
    if r < 0.4:
        return "word in double angle brackets", f" 《{last}》"
    if r < 0.6:
        return "word between asterisks", f" *{last}*."
    if r < 0.8 or len(before) < 2 or not before[-2].isalpha():
        return "word, tilde", f" {last}~"
    tag = "".join(w[:1].upper() + w[1:] for w in before[-2:])
    return "two words as a hashtag", f" #{tag}"
