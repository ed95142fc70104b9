"""The "blind4" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind3; never to be used to
tune the rules.

The chrome comes from how news pages render it in many places and content systems: wire
services, tabloids, regional and local papers, broadcasters, magazines, trade press, newsletters,
live blogs, podcasts and video players; British, American, Indian, Australian, Canadian, Irish,
South African, Nigerian and Singaporean usage; the Dutch, Nordic, Polish, Russian and Turkish
labels that multilingual templates leave on English pages; capitals, arrows, pipes and buttons
glued together; counters, consent banners, paywalls, affiliate and sponsorship disclosures,
audio players, credits, corrections, contributor notes and footers. The debris comes from
Chinese, Japanese, Korean, Russian, Arabic and Turkish machine translation into English. Every
wording was written from scratch, not from the rules, the tests or the lists of the other sets;
bench/cleaning.py checks that no template, debris entry, wrong-period joining word or pool
value repeats one of an earlier set.

Keep this set blind: whoever changes the cleaning rules must not read it or the survivors the
bench prints for it. Once its wordings have been seen by the rule writers or used to tune the
rules, it is no longer blind and a new set is needed for an honest figure.

Placeholders are those of bench/cleaning.py's fill (name, name2, name3, NAME, outlet, site,
place, place2, day, headline, year, n, i, m, ss, weather, t, handle, scene) plus the EXTRA ones
below (agency, dated, hour, fee, programme, rubric, mail).
"""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Aoibheann Kinsella", "Chukwuemeka Eze", "Ji-yeon Seo", "Bogdan Petrenko",
    "Marisol Quintero", "Yasmin Al-Khatib", "Njeri Otieno", "Sven Halvorsen",
    "Lakshmi Venkatesan", "Callum MacLeod", "Lerato Mokoena", "Harpreet Gill", "Pham Quoc Bao",
    "Federica Galli", "Zuzana Horakova", "Tadhg O'Sullivan", "Amelie Fournier", "Tariq Mahmood",
    "Efua Mensah", "Rafaela Duarte",
)  # fmt: skip
OUTLETS = (
    "The Brackenridge Standard", "Estuary FM News", "The Highveld Ledger",
    "Lagoon City Chronicle", "Marina Bay Daily", "The Kildare Voice", "Chinook Country Herald",
    "Blue Mountain Weekly", "Ganges Valley Mirror", "The Millbrook Post-Dispatch",
    "WKRV Action 4 News", "The Weekend Anchor",
)  # fmt: skip
SITES = (
    "brackenridgestandard.com", "estuaryfm.co.uk", "highveldledger.co.za",
    "lagoonchronicle.ng", "marinabaydaily.sg", "kildarevoice.ie", "chinookherald.ca",
    "gangesmirror.in", "The Commons Dispatch", "Watershed Report", "Ledger of the Plains",
    "Shoreline Health Desk",
)  # fmt: skip
PLACES = (
    "Galway", "Enugu", "Incheon", "Hobart", "Cali", "Antalya", "Tromso", "Multan", "Tucson",
    "Nantes", "Mysuru", "Gqeberha", "Ipoh", "Saskatoon", "Kazan", "Sapporo",
)  # fmt: skip
HEADLINES = (
    "Borough council approves plan for 300 new homes",
    "Power cuts to continue as utility struggles with repairs",
    "Nine hidden beaches worth the drive",
    "Court hears evidence in fraud trial of former mayor",
    "Petrol price drops for the first time this year",
    "School leavers face tougher university entry",
    "Heatwave warning issued for inland districts",
    "How one bakery survived three recessions",
    "Airline adds direct flights to the coast",
    "Minister defends delay to hospital upgrade",
    "Residents fight plan to close village post office",
    "Striker signs two-year deal with hometown club",
)
SCENES = (
    "Commuters crowd onto a ferry in {place} on {day}",
    "A shopkeeper pulls down the shutters in {place}",
    "Election officials count ballots in {place} on {day}",
    "Fishermen haul nets onto the beach near {place}",
    "Protesters march past the parliament building in {place}",
    "Students sit an exam in a school hall in {place} on {day}",
    "Bulldozers clear debris after the landslide near {place}",
    "The goalkeeper dives to save a penalty on {day}",
    "Fans queue for tickets outside the stadium in {place}",
)
WEATHER = (
    "Patchy drizzle", "Heavy snow showers", "Clearing later", "Hazy sunshine", "Cool and damp",
    "Monsoon showers", "Low cloud", "Sea fog", "Blizzard", "Warm and sunny",
)  # fmt: skip
HANDLES = (
    "BrackenridgeStd", "estuary_fm", "HighveldLedger", "lagoonchronicle", "MarinaBayDaily",
    "kildarevoice",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "PAP", "APA-Images", "HINA", "BTA", "Tanjug", "Prensa Latina", "NAN", "KUNA",
            "WAM", "Ukrinform", "picture alliance", "Shutterstock",
        ),
    ),
    (
        "dated",
        (
            "June 6, 2023", "27 October", "Aug. 14", "Jan 5", "Tuesday, 18 April", "2 Feb 2024",
            "May 29",
        ),
    ),
    ("hour", ("8:20 AM", "13:55", "6.10pm", "10:44 a.m. ET", "19:05 WAT", "22:30 SGT", "11:15 SAST")),
    ("fee", ("R29", "S$4.90", "₦1,500", "€3", "$0.99", "£1.49", "C$2.99 a week")),
    (
        "programme",
        ("The Long Read Aloud", "Morning Dispatch Podcast", "On the Beat", "Three Things Today"),
    ),
    (
        "rubric",
        ("Nation & World", "City Life", "Money Matters", "Court Report", "Schools & Campus",
         "Letters & Opinion"),
    ),
    ("mail", ("brackenridgestandard.com", "highveldledger.co.za", "marinabaydaily.sg")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to share buttons", "Skip to primary navigation", "Skip to secondary navigation",
        "Skip to the latest headlines", "Skip to live blog", "Skip to election results",
        "Skip to the crossword", "Skip to TV listings", "Skip to the weather forecast",
        "Skip to contact details", "Skip to comments section", "Skip to author bio",
        "Skip to next article", "Skip to player controls", "Skip intro", "Accessibility help",
        "Show navigation", "Hide navigation", "Open sidebar", "Navigation menu", "All sections",
        "Section navigation", "Home › Regional › {place}", "Home > {rubric} > {place}",
        "Startseite > Politik > Ausland", "Accueil > Monde > {place}",
        "Inicio / Noticias / {place}", "Back to homepage", "Back to {outlet}",
        "Skip to end of list", "Skip to bottom navigation",
        "Type above and press Enter to search. Press Esc to cancel.", "Přejít na obsah",
        "Przejdź do treści", "Ga naar de inhoud", "Hopp til innhold", "Hoppa till innehåll",
        "Siirry sisältöön", "Gå til indhold",
    ),
    "icon_label": (
        "{outlet} masthead", "{outlet} app icon", "Site logo", "Logo of {outlet}",
        "Portrait of {name}", "{name}'s profile photo", "Byline photo of {name}",
        "Quotation mark icon", "More options (three dots)", "Ellipsis icon", "LinkedIn logo",
        "Instagram glyph", "Comment bubble icon", "Ticket icon", "Eye icon", "Padlock symbol",
        "Map marker", "Trophy icon", "Sun icon", "Cloud with rain icon",
        "{t}° {weather} in {place}", "Now {t}°C · {weather}", "{weather} · High {t}° · Low {t}°",
        "Air quality: Moderate", "Sunrise 6:12 am", "Toggle sound", "Volume muted",
        "Enter full screen", "Exit picture-in-picture", "Settings cog", "Captions off",
        "Chapters", "Remaining Time -{m}:{ss}", "icon-hamburger", "keyboard_arrow_down",
        "play_circle", "chevron_left", "Schließen", "Fermer", "Sluiten",
        "[Image: {outlet} logo]", "Loading video",
    ),
    "gallery_counter": (
        "{i} из {n}", "{i} z {n}", "Kuva {i}/{n}", "Bilde {i} av {n}", "Foto {i} van {n}",
        "Bild {i} av {n}", "Resim {i}/{n}", "Image {i} of {n} in this slideshow",
        "Now viewing {i} of {n}", "Frame {i} of {n}", "No. {i} of {n}",
        "Slide {i} of {n} — {scene}", "{n} photos ▸ View all", "All {n} photos on one page",
        "Open photo viewer", "Go to slide {i}", "Jump to photo {i}", "Skip gallery",
        "Close lightbox", "Lightbox: {n} images", "Play gallery", "Photo story: {headline}",
        "In photos: {headline}", "Gallery: {headline} ({n} photos)", "{headline} — in pictures",
        "{n} images · Swipe ←", "Photo {i} • {agency}", "Thumbnail {i}",
        "Scroll down for more pictures", "Pics: {headline}", "Carousel item {i} of {n}",
        "Previous photo | Next photo", "Back to the article",
    ),
    "photo_caption": (
        "{scene}. Picture taken {dated}. {agency}", "{scene}. Photograph courtesy of the family",
        "{scene}. (Image: {name}/{outlet})", "{scene}. PICTURES BY {NAME}",
        "{scene}. Picture by {name}", "{scene}. Pic: {name}", "{scene}. Photo illustration by {name}",
        "{scene}. Photography by {name}", "{scene}. Photos: {name} and {name2}",
        "{scene}. (Pool via {agency})", "{scene}. (Xinhua/{name})", "{scene}. (Yonhap)",
        "{scene}. (Kyodo)", "{scene}. EPA-EFE/{NAME}", "{scene}. Photo: {name}/dpa",
        "{scene}. Foto: {agency}/{name}", "{scene}. (PTI Photo)", "{scene}. (Image via {site})",
        "{scene}. Photo: Supplied/{outlet}", "{scene}. Photo: Facebook",
        "{scene}. Photograph: {name}/Rex/Shutterstock", "{scene}. ST PHOTO: {NAME}",
        "{scene}. Lensman: {name}", "{scene}. (Photo credit: {agency})",
        "{scene}. Image courtesy of {outlet}", "{scene}. Picture courtesy: {name}",
        "{scene}. (Image for representation)", "{scene}. Image source: {outlet}",
        "{scene}. Photo: {outlet}/Twitter", "{scene}. Photo credit: {name} | {outlet}",
        "Above: {scene} ({agency})", "Pictured above: {scene}",
        "{scene}, {year}. Archive photo: {agency}", "{scene}. Video still: {outlet}",
        "{scene}. © {year} {agency}", "{scene}. Photo: {name} (CC BY-SA 2.0)",
        "{scene}. Photo by VnExpress/{name}",
    ),
    "recommended": (
        "Just published", "Earlier today: {headline}", "More stories like this", "Yesterday's top story: {headline}",
        "Reader favourite: {headline}", "Handpicked for you", "Our journalists recommend",
        "Worth your time: {headline}", "Suggested for you", "Similar stories", "Long read: {headline}",
        "Now read: {headline}", "Read on: {headline}", "Deep dive: {headline}", "Headlines from {place}",
        "Related video: {headline}", "READ: {headline}", "News in brief",
        "Elsewhere on {outlet}", "From around {place}", "The latest from {place}",
        "Weekend reads", "Latest videos", "Hot right now", "Viral now", "Around {outlet}",
        "Top 5 stories", "This week's most read", "Today's top reads", "In other news",
        "Analysis: {headline}", "Explained: {headline}", "Fact check: {headline}",
        "Watch now: {headline}", "Lees ook: {headline}", "Läs också: {headline}",
        "Czytaj także: {headline}", "Читайте также: {headline}", "Lesen Sie auch: {headline}",
        "Posted in {rubric}", "Filed in {rubric}", "Categories: {rubric}",
    ),
    "advertisement": (
        "Ad - content continues below", "Sponsored listing", "Advertiser content from {outlet}",
        "Paid promotion", "PROMO", "Special promotion", "Go ad-light for {fee} a month", "Publireportage",
        "Gesponsord", "Mainos", "Reklam", "Реклама", "Annons", "Sponsorizzato", "Patrocinado",
        "Ads help keep {outlet} free", "Why this ad?", "This feature is funded by {outlet}", "Skip ad in 5",
        "Your video will play after this ad", "The story continues after the ad",
        "Commercial partner: {outlet}", "Ad space",
        "Reading continues after this message", "This post may contain affiliate links.",
        "We earn a commission for products purchased through some links in this article.",
        "Products featured are independently selected by our editors. We may receive a share of sales.",
        "Buy for {fee}", "{fee} at Flipkart", "{fee} at Takealot", "Compare prices",
        "Add to cart", "Shop the look", "Lowest price", "Deal ends soon",
        "Our reviews are independent, but we may earn money when you click on links.",
        "Sponsored · {outlet}", "Ads by Revcontent",
        "Thank you for supporting us by allowing ads",
        "We noticed you're using an ad blocker. Please whitelist {outlet}.",
    ),
    "share_follow": (
        "Share to WhatsApp", "Share on Reddit", "Share on Tumblr", "Share on Weibo",
        "Share on KakaoTalk", "Send via WhatsApp", "Text this story", "Email story",
        "Print story", "Printable version", "Save to Pocket", "Bookmark this story",
        "Permalink", "Share the article", "Sharing options",
        "Share Facebook X Email Copy", "Facebook | X | Reddit | Email",
        "WhatsApp | Telegram | Facebook | X", "Shared {n} times", "Follow us on TikTok",
        "Follow us on Snapchat", "Find us on Facebook", "Follow {outlet} on WhatsApp",
        "Follow our coverage on Instagram", "Subscribe to {outlet} on YouTube",
        "Join {outlet} on WhatsApp for the latest news", "Get {outlet} on Telegram",
        "Click here to join our WhatsApp group", "Follow {name} on Instagram",
        "Connect with {name}", "Message us on WhatsApp", "Deel dit artikel", "Dela",
        "Udostępnij", "Поделиться", "Paylaş", "Tell your friends", "URL copied", "Pass it on",
        "Share this quote", "Post to Facebook", "Download the {outlet} app for free",
    ),
    "newsletter": (
        "Get our free {place} newsletter every morning.",
        "Sign up to our free {rubric} newsletter.",
        "The best of {outlet}, in your inbox every evening.",
        "Like what you're reading? Get more of it in your inbox.",
        "Our newsletter is free and you can opt out at any time.",
        "Your weekly dose of {place} news, straight to your inbox.",
        "Start your morning with the {outlet} Briefing.", "Delivered free on Sundays: the {outlet} Long Read.",
        "Hmm, that email doesn't look right.", "First name", "Count me in",
        "Every weekday at 6am, the five stories {place} is talking about.", "You're on the list.",
        "Almost done! Please confirm your email address.",
        "We'll never share your email address.",
        "Opt in to receive offers from our partners.", "More newsletters",
        "Choose your newsletters", "Get alerts",
        "Receive breaking news alerts on your phone.",
        "Subscribe to our WhatsApp newsletter.",
        "Already subscribed? Manage your newsletters.",
        "Prefer email? Get our top stories every weekday.",
        "Sign up for {programme}, our weekly podcast newsletter.",
        "Don't have time to read? Get our five-minute briefing.",
        "Inschrijven voor de nieuwsbrief", "Zapisz się do newslettera",
        "Abonnez-vous à notre infolettre",
    ),
    "cookie_subscription": (
        "We care about your privacy.", "This website stores cookies on your computer.",
        "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.",
        "Cookies help us deliver our services.",
        "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.",
        "Do not consent", "Yes, I'm happy", "No, thanks", "Manage preferences", "Tracking technologies: Analytics, Marketing, Functional",
        "Store and/or access information on a device", "Consent",
        "Your choices regarding cookies on this site", "Subscribe to keep reading: {headline}",
        "Exclusive to subscribers", "This story is for {outlet} members only.",
        "To continue reading, become a subscriber.",
        "Read the full story with a digital subscription.", "Subscribe for {fee}",
        "Just {fee} for your first 3 months", "Cancel anytime.", "Get full access to {outlet}",
        "Log in or subscribe to read this story", "Free to read", "Unlock this article",
        "Your free article limit has been reached.",
        "{n} articles left before you need to register.",
        "Register for free to continue reading.", "Support quality journalism in {place}.",
        "Contribute to {outlet}", "Chip in to keep our reporting free.",
        "Wir verwenden Cookies.", "Akkoord", "Zgadzam się", "Hyväksy kaikki", "Godta alle",
        "Every contribution, however big or small, powers our journalism.",
    ),
    "listen": (
        "Listen to article • {m} minutes", "Listen to the audio version of this article",
        "Listening time {m} min", "Tap to listen", "Press play to listen to this story",
        "Listen to this story ({m}:{ss})", "Audio version", "Voiced by Amazon Polly",
        "Audio by BeyondWords", "AI-generated voice. Pronunciation may vary.",
        "Audio for this story is not available.", "Length: {m}:{ss}", "Resume listening", "Listen later",
        "Add to queue", "Playback rate 1.5×", "0.75x 1x 1.5x 2x", "Skip back 15s",
        "Forward 15s", "Episode {n} · {m} min", "S{i} E{n}: {headline}",
        "Listen to {programme} on {outlet} Radio", "Listen to {programme}, the {outlet} podcast",
        "Subscribe to {programme} on Apple Podcasts",
        "Available on Spotify, Apple Podcasts and YouTube Music", "Podcast transcript",
        "Download audio", "Audio: Interview with {name}", "Live radio ▶", "Anhören", "Luister",
        "Kuuntele", "Слушать",
    ),
    "comment_count": (
        "Chat ({n})", "Thread: {n} posts", "{n} opinions", "One response to “{headline}”",
        "Open comments drawer", "Nobody has commented yet", "Your comment is awaiting moderation.",
        "{n} readers have commented", "Leave your comment", "Submit comment", "Load {n} more comments",
        "Show threads", "Read all comments", "Top comments", "Sort: Newest",
        "Comment policy", "Report this comment", "Edit · Delete · Reply", "Upvote {n} Downvote",
        "{n} likes · {m} replies", "{name} · {m}h ago", "Comments section is closed.",
        "This conversation is moderated according to {outlet}'s community rules.",
        "Log in to reply", "Reacties ({n})", "Kommentarer ({n})", "Yorumlar ({n})",
        "Комментарии ({n})", "Komentarze ({n})", "Viewed {n} times",
    ),
    "copyright_footer": (
        "© {year} {outlet} (Pty) Ltd. All rights reserved.",
        "Copyright © {year} {outlet} Limited. RC {n}{m}{i}",
        "© {year} {outlet} Pte Ltd. Co. Regn. No. 20{n}{m}{i}K",
        "Copyright © {year} {outlet} Group Limited. Registered in Ireland No. {n}{m}{i}.",
        "{outlet} ©{year} | Privacy | Terms of use | Contact",
        "Copyright vests in {outlet} and its licensors.", "Copyright {year} {outlet}, LLC. All Rights Reserved.",
        "© {year} {outlet}, a subsidiary of {outlet} Holdings",
        "All material copyright {outlet} {year}",
        "Reproduction in any form is prohibited without the written consent of the publisher.",
        "Contents copyright © {year} {outlet}.", "Copyright © {year}, {outlet}. Powered by Ghost.",
        "Made with ♥ in {place}", "Site design © {year} {outlet}",
        "{outlet} subscribes to the Press Council of South Africa's code of ethics.",
        "{outlet} is a member of the Press Council of Ireland and supports the Office of the Press Ombudsman.",
        "About | Masthead | Ethics | Contact | RSS",
        "Privacy Policy · Terms of Service · Cookie Policy · Accessibility",
        "ISSN 0{n}{m}-{i}{ss}", "Registered charity no. {n}{m}{i}",
        "Copyright © {year} {outlet} Sdn Bhd",
        "© {year} {outlet}. Alle rechten voorbehouden.", "© {year} {outlet}. Wszelkie prawa zastrzeżone.",
        "© {year} {outlet}. Все права защищены.", "© {year} {outlet}. Tüm hakları saklıdır.",
    ),
    "originally_appeared": (
        "This article first appeared in {outlet} on {dated}.",
        "This story was first published on {site}.",
        "The original version of this article was published by {outlet}.",
        "This story originally ran on {site} under the headline {headline}.",
        "Republished with permission from {outlet}.",
        "Reposted with permission from {site}.",
        "This article is reproduced from {outlet} under a syndication agreement.",
        "This content was originally published on {site} and is reproduced with permission.",
        "This article first appeared in print in the {dated} edition of {outlet}.",
        "A shorter version of this article appeared in {outlet}.",
        "An edited version of this story ran in {outlet} on {dated}.",
        "This story is co-published with {site}.",
        "Update ({dated}): This article has been updated with a response from {name}.",
        "Correction ({dated}): An earlier version of this article misspelled {name}'s surname.",
        "Editor's note: An earlier version of this story incorrectly identified {place2} as {place}.",
        "This article has been amended since first publication.",
        "Last modified on {dated} {hour}", "Published: {dated} | Updated: {hour}",
        "Translated from Chinese by {name}.",
        "This is a machine-translated version of an article published in {outlet}.",
        "This piece is adapted from {name}'s newsletter, {programme}.",
        "This post was originally published on {name}'s blog.",
        "Artikel ini telah tayang di {site}", "Dit artikel verscheen eerder op {site}.",
        "Artykuł ukazał się pierwotnie w {outlet}.",
    ),
    "contributor_line": (
        "Rewritten for the web by {name}",
        "(Reporting by {name} in {place}, {name2} in {place2}; Writing by {name3})",
        "{name} is {outlet}'s chief political correspondent.",
        "{name} is a reporter at {outlet} covering courts and crime.",
        "{name} is a contributor to {outlet}.", "The writer is a former ambassador to {place}.",
        "The author is a senior fellow at the {outlet} Institute. Views are personal.",
        "— Additional reporting by {name}", "Report by {name}; additional reporting from {agency}",
        "Written by {name}, edited by {name2}", "Story by {name} • Photos by {name2}",
        "Produced by {name} and {name2}, with video by {name3}",
        "Email the author: {handle}@{mail}", "Write to {name} at {handle}@{mail}",
        "{name} can be reached at {handle}@{mail} or on X at @{handle}.",
        "— {agency}/{outlet}", "Agencies contributed to this story.",
        "Staff writer {name} contributed to this story.",
        "Freelance journalist {name} contributed to this report.", "By {NAME} | {outlet}",
        "Copy editing: {name}. Fact-checking: {name2}.",
        "Editor's note: {name} is a member of the {outlet} editorial board.",
        "Tips? Email {handle}@{mail}.",
        "{name} is {outlet}'s Africa correspondent, based in {place}.",
        "Additional reporting: {name} ({place}), {name2} ({place2})",
        "Met medewerking van {name}", "Współpraca: {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- mt debris

# Sentence-final endings and particles of Japanese, Korean, Chinese, Turkish and Arabic
# (romanised) and the bare copula or passive "sentences" that literal translation leaves after
# a real one.
ORPHAN_FRAGMENTS = (
    "Desu ne.", "Deshou ka.", "Naidesu.", "Arimasu.", "Imasu.", "Shimashita.", "To iu.", "Koto da.",
    "Mono da.", "Yoroshiku.", "Haetseumnida.", "Ipnida.", "Iyeotda.", "Doeeotda.",
    "Itseumnida.", "Hagetda.", "Geurae.", "Liao.", "Ye.", "Hu.", "Ah.", "Dır.", "Oldu.", "Var.",
    "Yok.", "Değil.", "Qad.", "Fa.", "Became known.", "Was noted.", "Is expected.",
    "Was emphasized.", "Is considered.", "Was realized.", "Is not so.", "Are being.", "Must be.",
    "Had happened.", "Can be.", "Did so.", "It seems so.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period.
DANGLING_FRAGMENTS = (
    "the head of the department stressed.", "it was announced on the official website.",
    "the press service of the ministry reported.", "according to the data of the.",
    "within the framework of the visit.", "the head of state noted.",
    "as the interlocutor of the publication said.", "was held at a high level.",
    "in a friendly atmosphere.", "which has been going on for.", "related departments said.",
    "the relevant parties.", "the vice minister added.", "in the near future.",
    "is scheduled to take place.", "as it became known.",
    "the cause of which is being investigated.", "it was said that.",
    "there is a possibility that.", "in the wake of the.", "to strengthen mutual trust.",
    "on the basis of mutual benefit.", "a source in the law enforcement agencies said.",
    "local media reported citing.", "he conveyed.", "expressed deep concern over.",
    "from the point of view of.", "it was stated in the written statement.",
    "it is being evaluated.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "in connection with", "for the purpose of", "aimed at", "along with",
    "including the", "at the level of", "that the", "could", "are being", "been", "told Dr.",
    "met with Sen.", "said Maj.", "according to Supt.", "accompanied by Amb.",
)  # fmt: skip
# Section, tag and rubric labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Pensions", "Savings", "Retail", "Forestry", "Defence", "Elections", "Rugby", "Tennis",
    "Motorsport", "Gaming", "Fashion", "Celebrity", "Gadgets", "Telecom", "Mining", "Shipping",
    "Fisheries", "Oceania", "Mideast", "Caribbean", "Pacific", "Nordic", "Balkans", "Campus",
    "Letters", "Columns", "Horoscope",
)  # fmt: skip
# Punctuation of the source language or its typography left after a sentence end: Chinese and
# Japanese commas, middle dots, full-width and half-width stops and brackets, the Arabic
# question mark, doubled or mixed Western marks.
STRAY_INLINE = (
    " ..", " 、。", " ？。", " ．", " ｡", " ؟", " ?.", " !.", " :.", " ;;", " ‼", " ）", " 」」",
)  # fmt: skip
STRAY_PARAGRAPHS = (
    ":.", "、。", "〝〟", "!!", "｡", "?.", "--", "–", "【】", "（）", "「」", "〃", "＿",
)  # fmt: skip
# A wrong period before joining words the other sets do not use, where a clause or phrase
# starts: after a comma, or (no comma) before "whatever", not after a word that binds to what
# follows ("do whatever", "for whatever"). The participles and "according" only after a comma,
# where news prose uses them to open a clause.
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\beven)(?<!\bonly)(?<!\bas)"
    r"(?<!\bjust)(?<!\bthe)(?<!\bthat)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)"
    r"(?<!\bby)(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\bwas)(?<!\bis)(?<!\bdo)(?<!\bdid)"
    r"(?<!\bdoes)(?<!\bdoing)"
    r"(, | (?!citing |warning |urging |according |following |forcing |sparking |calling "
    r"|meaning ))"
    r"(citing|warning|urging|according|following|forcing|sparking|calling|meaning|whatever) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in full-width brackets, with a question mark, in
    guillemets, or one or two words before an ideographic full stop."""
    last = before[-1]
    r = rng.random()
    if r < 0.25:
        return "word in full-width brackets", f" （{last}）"
    if r < 0.5:
        return "word, question mark", f" {last}?"
    if r < 0.75:
        return "word in guillemets", f" «{last}»."
    if len(before) > 1 and before[-2].isalpha():
        return "two words, ideographic full stop", f" {before[-2]} {last}。"
    return "word, ideographic full stop", f" {last}。"
