"""The "blind6" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind5; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Ciaran Whelan", "Chinonso Eze", "Seo-yeon Park", "Bohdan Kravets", "Itziar Goikoetxea",
    "Layla Haddad", "Njeri Kamau", "Sigrun Halvorsen", "Lakshmi Iyer", "Morag Fraser",
    "Thandeka Mokoena", "Harjit Gill", "Nguyen Van Long", "Federica Marchetti", "Veronika Slezakova",
    "Declan Furlong", "Solene Girard", "Hamza Siddiqui", "Kwabena Mensah", "Joana Carvalho",
    "Ayu Kartika", "Burak Aydin", "Ioana Dumitrescu", "Stavros Kouris",
)  # fmt: skip
OUTLETS = (
    "The Wexmoor Clarion", "Ridgeback FM Newsroom", "The Highveld Bugle", "Savannah Ledger Daily",
    "Malacca Night Courier", "Deccan Evening Herald-Star", "The Coromandel Tide",
    "Okanagan Weekly Examiner", "WTRV News 9", "The Saturday Beacon-Journal",
    "Anatolia Morning Signal", "Red River Delta Times", "Carpathian Evening Post",
)  # fmt: skip
SITES = (
    "wexmoorclarion.ie", "ridgebackfm.com.au", "highveldbugle.co.za", "savannahledger.com.gh",
    "malaccacourier.my", "deccanheraldstar.in", "coromandeltide.co.nz", "okanaganexaminer.ca",
    "The Commons Newsroom", "Watershed Reporting Project", "Statehouse Accountability Lab",
    "Frontier Data Journalism Hub",
)  # fmt: skip
PLACES = (
    "Waterford", "Owerri", "Daejeon", "Cairns", "Cusco", "Samsun", "Stavanger", "Sialkot",
    "Spokane", "Angers", "Tiruchirappalli", "Pietermaritzburg", "Kota Bharu", "Lethbridge", "Tomsk",
    "Sendai", "Hue", "Makassar", "Timisoara", "Patras", "Ostrava", "Poznan", "Recife",
)  # fmt: skip
HEADLINES = (
    "Ferry timetable cut as crew shortage bites",
    "Tenants win appeal over unpaid deposit scheme",
    "Eight coastal walks for a long weekend",
    "Former harbour master cleared of fraud charges",
    "Fertiliser prices squeeze small growers",
    "Apprentices wanted as builders report record backlog",
    "Road closures expected after overnight landslip",
    "The corner cinema that survived three owners",
    "Budget carrier drops winter flights to the islands",
    "Education secretary grilled over exam delays",
    "Villagers fight plan to shut rural post office",
    "Veteran goalkeeper signs one-year extension at 38",
)
SCENES = (
    "Commuters squeeze onto a ferry in {place} on {day}",
    "A spice trader weighs chillies at a bazaar in {place}",
    "Poll workers tally paper ballots in {place} on {day}",
    "Coastguard crews scan the shoreline near {place}",
    "Striking nurses hold placards outside a hospital in {place}",
    "Smoke rises from a timber yard in {place} on {day}",
    "Engineers inspect a cracked bridge span in {place}",
    "The visiting side's players salute their fans on {day}",
    "Pilgrims climb the steps of the old cathedral in {place}",
)
WEATHER = (
    "A passing shower", "Sleet and wind", "Breezy and bright", "Frosty", "Humid with storms", "Hazy sun",
    "Bitterly cold", "Misty drizzle", "Gusty and grey", "Freezing fog",
)  # fmt: skip
HANDLES = (
    "WexmoorClarion", "ridgeback_fm", "HighveldBugle", "savannahledger", "MalaccaCourier",
    "deccan_heraldstar",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "Pixsell",
            "Kyodo Photo Desk",
            "Beta Press",
            "Fotostand",
            "Kyodo News Images",
            "Yonhap Photo",
            "Nippon Photo Agency",
            "IC Photo",
            "Agencia Brasil",
            "Agencia Uno",
            "Kompas Images",
            "The Star Media Pool",
            "TT Nyhetsbyran",
            "Scanpix",
            "Xinhua/IANS",
        ),
    ),
    (
        "stamp",
        (
            "21 March 2024",
            "Nov. 4, 2023",
            "Jun 22",
            "Friday 8 December",
            "2023-11-29",
            "29.11.2023",
            "Aug 3rd",
            "3/14/2024",
        ),
    ),
    (
        "hour",
        (
            "8:15 AM ET",
            "16:40 GMT",
            "6.05pm",
            "11:20 a.m. MT",
            "19:30 IST",
            "07:55 AEST",
            "13:10 HKT",
        ),
    ),
    ("cost", ("RM9.90", "₹49", "R34,50", "A$4.99", "€3,49", "NZ$2", "C$1.50", "kr 39")),
    (
        "show",
        (
            "The Early Shift",
            "Newsroom Notebook",
            "Signal and Noise",
            "The Drive Home",
            "Dispatch Desk",
        ),
    ),
    (
        "topic",
        (
            "Towns & Suburbs",
            "Money & Markets",
            "Motoring",
            "Health & Wellbeing",
            "Courts & Crime",
            "Arts & Letters",
        ),
    ),
    ("domain", ("wexmoorclarion.ie", "malaccacourier.my", "deccanheraldstar.in")),
)

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the top of the live blog", "Skip to the five-day outlook", "Skip to the TV guide",
        "Skip to traffic and travel", "Skip to the obituaries", "Skip to the crossword and sudoku",
        "Skip to the opinion section", "Skip to the results table", "Skip to the live scores",
        "Jump to the key points", "Jump to the latest update", "Jump to the video",
        "Skip over the menu", "Skip the header", "Open the sections drawer", "Close navigation",
        "Show all sections", "☰ All sections A–Z", "You are here: Home » {topic} » {place}",
        "Home | {topic} | {place}", "{place} › {topic}", "Saltar a la portada de {outlet}",
        "Passer au contenu principal", "Direkt zum Inhalt", "Salta al contenuto principale",
        "Direct naar de hoofdinhoud", "Ugrás a tartalomra", "Přejít na hlavní obsah", "Lompat ke konten utama",
    ),
    "icon_label": (
        "Author photo of {name}", "Headshot of {name}", "Real feel {t}°C", "Wind: 22 mph SW",
        "Rain: 4 mm", "AQI 57 · Moderate", "Sunrise 6:41", "{weather}, high {t}°",
        "Mute button", "Tap to unmute", "Toggle fullscreen", "Pop out player", "Volume 100%",
        "Subtitles: English", "Progress bar", "Time left {m}:{ss}", "Buffered 0.00%",
        "fas fa-envelope", "svg-icon-whatsapp", "chevron_right", "arrow_forward_ios",
        "📍 {place}", "🌡️ {t}°C", "⛅ {weather} in {place}", "Team logo", "Download on the App Store",
        "Menu sluiten", "Cerrar", "Fermer la fenêtre",
    ),
    "gallery_counter": (
        "Pic {i} of {n} in this set ›", "Bild {i}/{n} – Foto vergrößern", "Foto {i} di {n} della gallery", "Foto {i} de {n} de la galería",
        "Zdjęcie nr {i} z galerii", "Bilde nr. {i} av {n} i galleriet", "Kuva {i} / {n} – kuvagalleria", "Gambar {i} dari {n}",
        "Hình {i}/{n}", "Galeri: {i}. fotoğraf", "Next image ›", "‹ Previous photo", "Tap image to enlarge",
        "View larger", "📷 {n} PHOTOS IN THIS GALLERY", "See all {n} pictures", "Open photo gallery · {n} images",
        "Launch slideshow", "Pictured: {headline}", "Picture essay: {headline}",
        "Photos of the day from {place}", "{i} / {n} — Tap for caption", "Swipe for more photos →",
    ),
    "photo_caption": (
        "{scene}. (Foto: {agency})", "{scene}. Photo by {name} / {agency}",
        "{scene}. SNIMIO: {NAME}/{agency}", "{scene}. Foto: {name} | {outlet}",
        "{scene}. Fotó: {agency}", "{scene}. Foto ilustrasi: {agency}", "{scene}. Zdjęcie: {agency}",
        "{scene}. Foto: ČTK / {name}", "{scene}. Bildquelle: {agency}", "{scene}. Crédit photo : {agency}",
        "{scene}. Immagine: {agency}", "{scene}. Fotografía: {name} ({agency})",
        "{scene}. Foto: arquivo {outlet}", "{scene}. Kuvaaja: {name}",
        "{scene}. (Photo: {agency}/{name})", "{scene}. [Image: {outlet} archive]",
        "{scene}. (Image supplied by {outlet})", "{scene}. Picture: {name}, {outlet} staff",
        "{scene}. (Photo credit should read {NAME}/AFP via Getty Images)",
        "{scene}. (Photo: {name}/The {place} Star)", "{scene}. Photo © {name} for {agency}",
        "{scene}. – Pic: {NAME}/{outlet} Pictures", "{scene}. Photo: Facebook/{outlet}",
        "{scene}. (Screenshot/{outlet})", "{scene}. (Photo: By Arrangement)",
        "{scene}. [Xinhua]", "{scene}. ⓒ{outlet} DB",
    ),
    "recommended": (
        "Top stories from {place}", "Don't miss", "Most viewed today", "Breaking news from {place}: {headline}",
        "More {topic} news", "Latest in {topic}", "What's hot in {place}", "Just landed: {headline}",
        "News analysis | {headline}", "Explained in 60 seconds | {headline}", "Op-ed | {headline}",
        "▶ Now streaming | {headline}", "➤ Also on {outlet}: {headline}", "RELATED COVERAGE >> {headline}",
        "Lea también: {headline}", "À découvrir aussi : {headline}", "Auch interessant: {headline}",
        "Approfondisci: {headline}", "Confira também: {headline}", "Lees ook op {outlet}: {headline}",
        "Czytaj też: {headline}", "Čtěte také: {headline}", "Simak juga: {headline}",
        "Đọc thêm: {headline}", "Ayrıca okuyun: {headline}", "Mehr aus {place}", "Ähnliche Artikel",
    ),
    "advertisement": (
        "Advertisement — story continues", "Story continues after the advert",
        "Content resumes after the ad", "The story continues after this message",
        "Promoted links by Taboola", "Sponsored links from around the web", "Recommended by our partners", "Shop the {topic} edit",
        "Check today's price", "Deal: {cost} at Amazon", "Buy from {cost}", "Affiliate link",
        "We may earn a commission if you buy through links on this page.",
        "Hey! Looks like your ad blocker is on.", "Please disable your ad blocker to continue.",
        "Remove ads for {cost} a month", "Produced in partnership with {outlet} Studio", "This feature is presented by {outlet}",
        "Werbung · Weiterlesen unten", "Anzeige · Gesponsert", "Contenido patrocinado por {outlet}", "Publi-reportage", "Pubblicità – continua a leggere sotto", "Oglas", "Hirdetés",
        "Reklamo",
    ),
    "share_follow": (
        "Share to X (formerly Twitter)", "Post on X", "Repost on Threads", "Skeet this", "Send via Telegram",
        "LINEで送る", "Send via SMS", "Email this story", "🖨 Printer-friendly version",
        "Copy article URL", "URL copied to clipboard", "↗ Share · {n} shares", "Find us on: Facebook · Instagram · YouTube · TikTok",
        "Follow {outlet} on LinkedIn", "Follow us on TikTok @{handle}",
        "Join us on WhatsApp for breaking news", "Follow our WhatsApp channel",
        "Get {outlet} on Google News", "Make {outlet} your preferred source on Google",
        "Comparte esta noticia en Facebook", "Partagez cet article", "Artikel teilen per WhatsApp",
        "Condividi l'articolo su WhatsApp", "Partilhar no Facebook", "Delen op Facebook", "Haberi paylaş: Facebook | X | WhatsApp",
    ),
    "newsletter": (
        "Sign up for {outlet}'s free Morning Update newsletter.",
        "Stay informed: get {topic} news delivered to your inbox.",
        "Start your day with the top stories from {place}. Subscribe free.",
        "Oops! That email address isn't valid.", "Required field *",
        "Your e-mail address", "Type your email here", "Sign up now →", "Subscribe free",
        "I'd like to receive offers from partners", "Yes please, count me in", "Submit ✉",
        "Success! You're on the list.", "Almost done — check your inbox to confirm your subscription.",
        "You can unsubscribe at any time. See our privacy notice.",
        "We won't spam you, promise.", "Allow notifications from {outlet}?",
        "Get breaking news alerts on your phone", "Our newsletters: {show}, {topic} and more",
        "Apúntate a la newsletter de {outlet}", "Recevez la lettre d'information de {outlet}",
        "Jetzt zum Newsletter anmelden", "Ricevi la newsletter di {outlet}", "Abonneer je op de nieuwsbrief",
        "Zamów newsletter {outlet}",
    ),
    "cookie_subscription": (
        "Your privacy matters to {outlet}", "We and our partners store and access information on your device.",
        "Use limited data to select advertising", "Use precise geolocation data",
        "Personalised ads and content, ad and content measurement", "View our partners",
        "Accept all", "Decline optional cookies", "Customise my choices", "Save and exit",
        "Necessary cookies (always active)", "Functional cookies", "Analytics cookies",
        "Your California privacy rights",
        "This story is exclusive to {outlet} subscribers.", "To read the full story, subscribe from {cost}.",
        "Log in to continue reading", "Existing members, log in here",
        "You've read all your free articles this month.",
        "Get unlimited digital access for {cost} a week.", "No commitment, cancel whenever you like.",
        "Unlock full access", "★ Premium · For members of {outlet}", "Zustimmen und weiter", "Aceptar todo",
        "J'accepte", "Accetta tutto",
    ),
    "listen": (
        "Listen to this story · {m} min", "Listen to article ({m}:{ss})",
        "🎧 Listen to this report ({m} min)", "Audio edition of this article", "Read this to me", "Pause narration",
        "Playback speed", "Generated by AI voice", "Audio generated by text-to-speech. Errors may occur.",
        "Narrated by an AI voice from ElevenLabs", "Listen to {show} on Spotify", "Available on Apple Podcasts and Google Podcasts",
        "Get {show} wherever you get your podcasts", "Latest episode", "Full episode",
        "Download episode (MP3, {n} MB)", "{m} min {ss} sec", "Now playing: {show}", "Listen live to {show}",
        "Diesen Artikel anhören", "Escuchar artículo", "Écouter cet article ({m} min)", "Ascolta la notizia",
        "Luister naar dit artikel", "Ouvir notícia",
    ),
    "comment_count": (
        "{n} comments · Newest", "Comments total: {n}", "💬 {n} reader comments", "Read all {n} reader comments",
        "Show {m} more comments ▾", "Show {m} more replies", "Sort comments: newest", "Sort: oldest",
        "Sort by: Top comments", "Flag this reply as inappropriate", "Reply · Like · {m}h",
        "Comments for this article are now closed.", "Commenting has been disabled for this article.",
        "Log in to join the discussion", "No comments yet. Start the conversation.",
        "Your reply will appear after review by a moderator.", "Publish comment", "{n} readers are discussing this",
        "Ver {n} comentarios", "Commentaires ({n})", "{n} Kommentare anzeigen", "Leggi i {n} commenti",
        "Bekijk {n} reacties", "Pokaż komentarze ({n})",
    ),
    "copyright_footer": (
        "© {outlet} {year}. All rights reserved.", "Copyright {year} © {outlet} Ltd",
        "© {year} {outlet} Pty Ltd. ABN {n}{m}{i}", "© {year} {outlet}. Todos los derechos reservados.",
        "© {year} {outlet}. Alle Rechte vorbehalten.", "© {outlet}, {year}. Reproduction interdite sans autorisation.",
        "© {year} {outlet} B.V. Niets uit deze uitgave mag worden verveelvoudigd.", "Copyright © {year} {outlet} Sp. z o.o.",
        "© {year} {outlet} Ltda. É proibida a reprodução.", "© {year} {outlet} A.Ş. Her hakkı saklıdır.",
        "{outlet} is part of {outlet} Holdings plc.", "Registered in England and Wales No. {n}{m}{i}{ss}",
        "Privacy Policy | Terms of Use | Contact Us", "About us · Advertise · Careers · Help",
        "Editor: {name} | Publisher: {name2}", "Chefredaktion: {name}",
        "{outlet} is regulated by IPSO.", "{outlet} is a member of the Press Council of Ireland.",
        "Theme by {outlet} Digital · Powered by WordPress", "Built on Ghost", "Website by {outlet} Digital",
        "No part of this site may be reproduced without permission.",
        "▲ Scroll back up", "© {year} · {domain}",
    ),
    "originally_appeared": (
        "This article was first published by {outlet} on {stamp}.",
        "This story originally ran on {site} and is reprinted with permission.",
        "This piece was translated from French by {name}.",
        "This article was translated with the help of AI and reviewed by our editors.",
        "This report is published in partnership with {site}.",
        "Reprinted by arrangement with {site}.", "Story source: {site}",
        "A shorter version of this article appeared in print on {stamp}.",
        "An earlier version of this story misstated {name}'s title.",
        "Editor's note: This story has been updated to correct the spelling of {name}'s name.",
        "Updated at {hour}, {stamp}.", "First published on {stamp} at {hour}",
        "Last modified: {stamp}", "This story has been updated throughout.",
        "Check back for updates.", "More to follow.",
        "This article is part of our {topic} series.",
        "Este artículo se publicó originalmente en {site}.",
        "Cet article a d'abord été publié par {outlet}.",
        "Dieser Text ist zuerst bei {site} erschienen.",
        "Articolo pubblicato in origine su {site}.",
        "Dit verhaal verscheen oorspronkelijk bij {outlet}.", "Ten artykuł ukazał się pierwotnie w {outlet}.",
    ),
    "contributor_line": (
        "(Reporting by {name} in {place}; Writing by {name2}; Editing by {name3} and {name})",
        "(Compiled by {name}; Edited by {name2})", "{name} and {name2} contributed reporting from {place}.",
        "Additional reporting by {agency}.", "— with inputs from {agency}, {place} desk",
        "{name} is a senior reporter at {outlet}.", "{name} writes about {topic} for {outlet}.",
        "{name} is the {place} bureau chief for {outlet}.", "You can follow {name} on X at @{handle}.",
        "Email {name} at {handle}@{domain}", "Got a tip? Contact {handle}@{domain}",
        "BY {NAME} | {place}", "Staff Reporter", "Words by {name}; edited by {name2}",
        "Texto: {name}", "Von {name}, {place}", "Par {name}", "Di {name}", "Door {name}",
        "Oleh {name}", "Yazan: {name}", "Reportage: {name} · Photos: {name2}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final fragments that machine translation leaves after a full stop.
ORPHAN_FRAGMENTS = (
    "Mashou ne.", "Deshou ne.", "Mitai desu.", "Sou desu ne.", "Janai.", "Ibnida.", "Hamnida yo.", "Iyeyo.",
    "Jyo.", "Le ma.", "Ne ba.", "A la.", "Ma ne.", "Ya la.", "Uzhe.", "Tak.", "Yest'.", "Khorosho.",
    "Yani.", "Olmuştur.", "Değildir.", "Vardır.", "Thôi.", "Nhỉ.", "Kok.", "Sih.", "Deh.",
    "Is being done.", "Had been made.", "Was made so.", "Has taken place.", "Is noted.", "Was carried out.",
    "It became so.", "Is quite possible.",
)  # fmt: skip
# Lowercase sentence remnants with a final mark.
DANGLING_FRAGMENTS = (
    "the head of the department noted.", "reported the regional ministry.",
    "as stated in the message.", "the source clarified.", "within the framework of.",
    "on the basis of the.", "for the purposes of the.", "in connection with the.",
    "the press service reported.", "it became known.", "will be considered.",
    "has not yet been determined.", "as of this morning.", "according to preliminary data.",
    "at the moment.", "the mayor's office said.", "measures are being taken.",
    "no casualties were reported.", "the investigation is ongoing.", "the parties agreed.",
    "it was emphasized in the ministry.", "in the nearest time.", "the governor stressed.",
    "it was reported earlier.", "during the working visit.",
)  # fmt: skip
# Remnants without a final mark, or ending in an abbreviation.
DANGLING_TAILS = (
    "in accordance to", "on the part of", "by virtue of", "as part of", "from the side of",
    "due to the", "as well as the", "together with the", "it would", "had to", "it must", "said Supt.",
    "told Lt. Col.", "met Adm.",
)  # fmt: skip
ORPHAN_WORDS = (
    "Padel", "Kabaddi", "Netball", "Rowing", "Sailing", "Fintech", "Homes", "Getaways",
    "Dining", "Horoscopes", "Music", "Theatre", "Lotto", "Pets", "Schools", "Oceans",
    "Tides", "Dairy", "Crosswords", "Tributes", "Suburbs", "Mundo", "Wirtschaft",
    "Deportes",
)  # fmt: skip
STRAY_INLINE = (
    " 〗", " ，，", " ，。", " ,;", " !!", " :。", " ».", " ”.", " ،،", " ؟.", " ।।", " 。。",
)  # fmt: skip
STRAY_PARAGRAPHS = ("●", "★", "〓", "〇", "□", "▼", "◇", "〉〈", "『』", "••", "***")

# A wrong period before a joining word where a clause or phrase starts: participles and
# adverbs after a comma, prepositions also without one, not after a word that binds to what
# follows.
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bthe)(?<!\ba)(?<!\ban)"
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhas)"
    r"(?<!\bhave)(?<!\bhad)(?<!\bkeep)(?<!\bkept)(?<!\bstart)(?<!\bstarted)(?<!\bstop)"
    r"(?<!\bstopped)(?<!\bquite)(?<!\bvery)"
    r"(, | (?=against |toward |towards |via ))"
    r"(arguing|accusing|vowing|pointing|seeking|pushing|sending|leading|hoping|reflecting"
    r"|notably|mainly|largely|mostly|namely|against|toward|towards|via) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: with a full-width stop, in double quotes, before a spaced
    period, or the last two words title-cased."""
    last = before[-1]
    r = rng.random()
    if r < 0.25:
        return "word, full-width stop", f" {last}。"
    if r < 0.5:
        return "word in double quotes", f" “{last}”."
    if r < 0.75 or len(before) < 2 or not before[-2].isalpha():
        return "word, spaced period", f" {last} ."
    pair = " ".join(w[:1].upper() + w[1:] for w in before[-2:])
    return "two words title-cased", f" {pair}."
