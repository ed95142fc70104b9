"""The "blind7" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind6; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Oisin Gallagher", "Ifeoma Okafor", "Ji-hoon Baek", "Oksana Levchenko", "Aitor Etxeberria",
    "Rania Khoury", "Wanjiru Otieno", "Astrid Lindqvist", "Priyanka Raghavan", "Eilidh MacLeod",
    "Sibusiso Dlamini", "Manpreet Dhillon", "Tran Thi Mai", "Chiara Lombardi", "Petra Dvorakova",
    "Padraig Kinsella", "Maelle Fontaine", "Usman Tariq", "Akosua Boateng", "Beatriz Figueiredo",
    "Sri Wahyuni", "Kaan Ozturk", "Raluca Stanciu", "Giorgos Antoniou",
)  # fmt: skip
OUTLETS = (
    "The Kestrel Bay Sentinel", "Mallee Country Radio News", "The Drakensberg Gazette",
    "Volta Region Chronicle", "Penang Harbour Times", "The Malabar Morning Mail",
    "The Waikato Lantern", "Prairie Crossing Observer", "KQTB Action News 4",
    "The Weekend Lamplight Review", "Aegean Coast Dispatch", "Mekong Valley Herald",
    "Danube Evening Bulletin",
)  # fmt: skip
SITES = (
    "kestrelbaysentinel.ie", "malleeradio.com.au", "drakensberggazette.co.za",
    "voltachronicle.com.gh", "penangharbourtimes.my", "malabarmorningmail.in",
    "waikatolantern.co.nz", "prairieobserver.ca", "The Ledger Collective",
    "Coastal Affairs Reporting Network", "County Hall Transparency Project",
    "Open Records Newsroom",
)  # fmt: skip
PLACES = (
    "Sligo", "Ilorin", "Ulsan", "Toowoomba", "Trujillo", "Eskisehir", "Bodo", "Gujranwala", "Boise",
    "Tours", "Vellore", "Kimberley", "Kuala Terengganu", "Red Deer", "Irkutsk", "Kanazawa",
    "Nha Trang", "Manado", "Iasi", "Heraklion", "Olomouc", "Wroclaw", "Fortaleza",
)  # fmt: skip
HEADLINES = (
    "Night buses axed as council budget tightens",
    "Landlord ordered to repay tenants after mould ruling",
    "Six lakeside cafes worth the detour",
    "Ex-port official acquitted in contracts case",
    "Feed costs push dairy farmers to the brink",
    "Trade colleges struggle to fill welding courses",
    "Motorway lane shut after lorry sheds load",
    "The family bakery that outlasted the supermarkets",
    "Regional airline suspends route over pilot shortage",
    "Health minister faces questions on waiting lists",
    "Parents protest closure of village primary school",
    "Club captain, 36, agrees new two-year deal",
)
SCENES = (
    "Shoppers queue outside a bakery in {place} on {day}",
    "A fisherman mends his nets at the harbour in {place}",
    "Volunteers sandbag homes along the river in {place}",
    "Firefighters damp down a warehouse blaze in {place} on {day}",
    "Students march past the parliament building in {place}",
    "A rescue helicopter hovers over the cliffs near {place}",
    "Workers lay new tram tracks in central {place}",
    "Home supporters celebrate the winning goal on {day}",
    "Farmers drive tractors into the main square of {place} on {day}",
)
WEATHER = (
    "Sun and cloud mix", "Cloudy, clearing later", "Bright but chilly", "Overcast and mild",
    "Thundery downpours", "Snow flurries later", "Persistent rain", "Dry and sunny",
    "Fog patches lifting", "Blustery showers",
)  # fmt: skip
HANDLES = (
    "KestrelSentinel", "mallee_radio", "DrakensbergGaz", "voltachronicle", "PenangHarbourT",
    "malabar_mail",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "STT-Lehtikuva",
            "ANP Foto",
            "Belga Image",
            "Keystone-SDA Bild",
            "APA Picturedesk",
            "Tempo Photo",
            "Bernama Pics",
            "HINA Foto",
            "Focus Bild",
            "Jiji Press Photo",
            "Newsis Photo",
            "Agencia Lusa Imagem",
            "Mediapool Images",
            "ZUMA Wire",
            "LightRocket",
        ),
    ),
    (
        "stamp",
        (
            "14 February 2024",
            "Sept. 19, 2023",
            "Mar 7",
            "Tuesday 16 January",
            "2024-02-08",
            "08.02.2024",
            "Oct 11th",
            "5/27/2023",
        ),
    ),
    (
        "hour",
        (
            "9:40 AM CT",
            "17:25 CET",
            "7.50am",
            "2:05 p.m. PT",
            "21:15 WIB",
            "06:30 NZDT",
            "10:45 SGT",
        ),
    ),
    (
        "cost",
        ("S$6.90", "£3.25", "$1 for 6 months", "R$ 14,90", "CHF 5", "zł 19,99", "₺29", "Rp49.000"),
    ),
    (
        "show",
        (
            "Between the Lines Daily",
            "The Late Edition Podcast",
            "Front Page Weekly",
            "Night Desk Radio",
            "The Commute Catch-Up",
        ),
    ),
    (
        "topic",
        (
            "Farming & Country Life",
            "Science & Tech",
            "Campus & Schools",
            "Police & Courts",
            "Books & Culture",
            "Travel & Leisure",
        ),
    ),
    ("domain", ("kestrelbaysentinel.ie", "penangharbourtimes.my", "malabarmorningmail.in")),
)

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the forecast for {place}", "Skip to the puzzles page",
        "Skip to the podcast player", "Skip to local listings", "Skip to the most read",
        "Skip to the comments section", "Skip to the article body", "Skip to the site map",
        "Skip to the live coverage", "Jump to the full results", "Jump to the comments",
        "Jump to the photo gallery", "Bypass the navigation", "Skip the ad banner",
        "Open the main menu", "Hide the menu", "Browse all topics", "Menu ≡ Search ⌕",
        "Back to the homepage", "Back to {topic}", "Home / News / {place}",
        "{topic} » {place} » Latest", "News > {place} > {topic}",
        "Ir al contenido principal de {outlet}", "Aller au menu", "Zur Hauptnavigation",
        "Vai al menu principale", "Naar de navigatie", "Ir para o conteúdo",
        "Langsung ke berita utama", "İçeriğe atla",
    ),
    "icon_label": (
        "Contributor photo: {name}", "Avatar of {name}", "Apparent temperature {t}°",
        "Wind 14 km/h NE", "Precipitation: 60%", "Humidity 78%", "UV index 6 · High",
        "Sunset 19:12", "{place}: {weather}, {t}°C", "▶ Start video", "Pause video", "CC on",
        "Mini player", "Exit full screen", "Settings ⚙", "Remaining {m}:{ss}", "Loading… 0%",
        "icon-facebook-square", "fa fa-twitter", "icon-chevron-down", "navigate_next",
        "🔎 Search the site", "{place} now: {t}° ⛅", "Forecast: {weather}, max {t}°",
        "Home team badge", "Available on Google Play", "Venster sluiten", "Fenster schließen",
        "Chiudi", "Tutup",
    ),
    "gallery_counter": (
        "Image {i} of {n} · Expand", "Photo {i} of {n} in the gallery", "Slide {i} of {n} · Next",
        "Image no. {i} (of {n})", "Bild {i} von {n} – zurück zum Artikel",
        "Imagen {i} de {n} | Ampliar", "Diapositive {i} sur {n}", "Fotogallery: {i} di {n}",
        "Foto {i} uit de reeks van {n}", "Foto ke-{i} dari {n}", "Fotoğraf galerisi ({i}/{n})",
        "Obrázek {i} z {n}", "Next slide ›", "‹ Back to previous image", "Click to enlarge",
        "Expand image", "🖼 Gallery · {n} images in total", "View all {n} photos",
        "Open the gallery ({n} photos)", "Play slideshow ▶", "Photo gallery | {headline}",
        "The pictures: {headline}", "In photos: a day in {place}", "{i}/{n} · Swipe left",
        "Scroll for more images ↓", "Exit gallery ✕", "Show all thumbnails ▦",
    ),
    "photo_caption": (
        "{scene}. PHOTO: {NAME} / {agency}", "{scene}. Photographer: {name} | {agency}",
        "{scene}. Credit: {agency} via {outlet}", "{scene}. Image supplied by the family",
        "{scene}. Photo courtesy of {name}", "{scene}. (AP Photo/{name}, File)",
        "{scene}. Reuters/{name} — File photo", "{scene}. (File photo / {outlet})",
        "{scene}. Photograph: {name}/{outlet}", "{scene}. — Photo via {agency}",
        "{scene}. IMAGE: {outlet} / HANDOUT", "{scene}. {NAME}/{agency} via Getty Images",
        "{scene}. Source: social media", "{scene}. (Pic: {outlet} / {name})",
        "{scene}. Foto: {agency}/dpa", "{scene}. Foto: {name}/EFE",
        "{scene}. Photo : {agency}, archives",
        "{scene}. Photo ©{name}/{agency} – all rights reserved",
        "{scene}. Foto: Divulgação/{outlet}", "{scene}. Foto: ANTARA/{name}",
        "{scene}. Foto: {name} (ANP)", "{scene}. Fotoğraf: {name} / {agency}",
        "{scene}. Foto di {name} / {agency}", "{scene}. Bild: Keystone/{name}",
        "{scene}. Credits: {name}", "{scene}. (Courtesy photo)",
        "{scene}. [Photo provided to {outlet}]", "{scene}. Pic by {name} · {outlet}",
        "{scene}. (Instagram: @{handle})", "{scene}. Photo: {outlet} files",
    ),
    "recommended": (
        "More stories from {outlet}", "You might also like", "Further reading from our archive",
        "Hot topics in {place}", "Popular right now", "Picked by our editors",
        "Read more from {place}: {headline}", "NEXT UP » {headline}",
        "Also in the news: {headline}", "More on this: {headline}", "Live blog | {headline}",
        "▶ Video report | {headline}", "In depth: {headline}", "Column | {headline}",
        "Coming up on {outlet}: {headline}", "▸ More on {topic}", "Latest from {place}",
        "Most shared this week", "Top picks this week", "Veja também: {headline}",
        "Lire aussi : {headline}", "Weitere Artikel zum Thema {topic}",
        "Leggi anche su {outlet}: {headline}", "Ook interessant: {headline}",
        "Baca juga di {outlet}: {headline}", "İlgili haber: {headline}", "Más noticias de {place}",
    ),
    "advertisement": (
        "ADVERTISEMENT — KEEP SCROLLING FOR MORE", "Our story carries on below this advert",
        "Story continues below the advertisement", "Ad · Scroll to keep reading", "Sponsored story",
        "Paid post by {outlet}", "Content from our partners", "Presented by {outlet} Brand Studio",
        "From around the internet", "You may like · Sponsored", "Ad served by Google",
        "Hide this ad", "About this advert ⓘ", "Shop this story's picks", "See price on Amazon",
        "{cost} at Walmart", "Get the deal", "Prices may vary",
        "This article contains affiliate links. We may earn a small fee.",
        "We noticed you're using an ad blocker.", "Support us by whitelisting {domain}",
        "Go ad-free for {cost}", "Publicidad – sigue leyendo", "Anuncio",
        "Publicité · l'article continue ci-dessous", "Anzeige – Artikel geht unten weiter",
        "Gesponsorde inhoud", "Iklan · Gulir untuk melanjutkan", "Sponsorlu haber · {outlet}",
        "Contenuto offerto da {outlet}", "Advertorial feature by {outlet} Partners",
    ),
    "share_follow": (
        "Post this story to Facebook", "Tweet this", "Post on LinkedIn", "Save to Pinterest",
        "Share on Flipboard", "Send this story on WhatsApp", "Forward by email",
        "Print or save as PDF", "Copy a shareable link", "Link copied to your clipboard ✓",
        "{n} people shared this", "Spread the word: share this story",
        "Follow us: Facebook · X · Instagram", "Give {outlet} a like on Facebook",
        "Follow {outlet} on Instagram (@{handle})", "Subscribe on YouTube for more videos",
        "Join our Telegram channel", "Add {outlet} to your Google News feed",
        "Follow {outlet} on Bluesky", "Send this article as a gift", "Bookmark ☆",
        "Compartir por correo", "Partager par e-mail", "Teilen auf X", "Condividi questo articolo",
        "Compartilhe no WhatsApp", "Artikel delen via WhatsApp", "Bagikan artikel ini",
        "Bu haberi paylaşın",
    ),
    "newsletter": (
        "Get the {outlet} Daily Briefing in your inbox every morning.",
        "Sign up to receive our {topic} newsletter.",
        "The best of {place}, delivered weekly. Sign up here.",
        "Hmm, that email address doesn't seem right.", "* Mandatory field", "Your work email",
        "name@example.com", "Yes, sign me up for {show}", "Join free in 30 seconds →",
        "I agree to the terms and privacy policy", "Send me occasional offers from {outlet}",
        "Thank you — you're subscribed.", "Check your inbox to confirm your email address.",
        "Unsubscribe anytime with one click.", "We respect your privacy.", "Turn on notifications?",
        "Get push alerts for breaking news in {place}",
        "Browse all our newsletters, including {show}",
        "By signing up, you agree to our terms and to receiving marketing from {outlet}.",
        "Recibe cada mañana el boletín de {outlet}",
        "Abonnez-vous gratuitement à la newsletter {topic}", "Newsletter kostenlos bestellen",
        "Iscriviti alla nostra newsletter", "Meld je aan voor de nieuwsbrief",
        "Assine a newsletter do {outlet}", "Daftar newsletter {outlet}", "E-bültene kaydolun",
    ),
    "cookie_subscription": (
        "Your privacy, your choice", "This website uses cookies to improve your experience.",
        "By clicking Accept, you agree to the storing of cookies on your device.",
        "Develop and improve our products", "Select personalised content",
        "Measure how our ads perform", "List of IAB vendors", "OK, I agree",
        "Refuse non-essential cookies", "Open the cookie preference centre",
        "Understand audiences through statistics", "Continue with essential cookies",
        "Marketing cookies", "Opt out of the sale of my data",
        "Subscribe to continue reading this article.", "This content is for subscribers only.",
        "Subscribed in print? Activate your digital access",
        "You have reached your limit of free articles.",
        "Subscribe now for just {cost} for your first month.", "You can cancel at any time.",
        "Become a member of {outlet} to keep reading", "Premium content ★", "Einverstanden",
        "Rechazar todo", "Continuer sans accepter", "Rifiuta", "Aceito todos os cookies",
        "Alle cookies weigeren",
    ),
    "listen": (
        "Listen to the full story", "Audio · {m}:{ss} left", "Hear this article · {m} min",
        "Have this story read aloud", "Play audio", "Stop audio", "Speed 1x", "1.5x",
        "AI-generated narration", "Audio produced with synthetic voice technology.",
        "Powered by Amazon Polly", "Find {show} on Spotify", "Follow {show} on Apple Podcasts",
        "Subscribe to {show} on your favourite podcast app", "All episodes", "Episode {n}",
        "Download MP3 ({n} MB)", "{m} minutes listen", "Playing now: {show}", "Live stream ▶",
        "Vorlesen", "Escucha la noticia", "Écouter la version audio", "Ascolta questo articolo",
        "Lees voor", "Dengarkan berita ini", "Bu haberi sesli dinleyin", "Ouça esta matéria",
    ),
    "comment_count": (
        "Comments so far: {n}", "Comments: {n} · Join in", "💬 {n} people have replied",
        "View all {n} comments", "More comments ▾", "Show replies ({m})", "Latest first",
        "Sort: Oldest to newest", "Sort by most recommended", "Flag as abusive",
        "Reply · {m} likes", "Comments on this story are closed.",
        "Comments have been turned off for this story.", "Sign in to comment",
        "There are no comments on this story yet",
        "Comments are moderated and may take time to appear.", "Submit your comment",
        "Join the conversation ({n})", "Comentarios de los lectores ({n})",
        "Afficher les {n} réactions", "{n} Kommentare · Diskutieren Sie mit", "{n} commenti",
        "{n} reacties", "{n} komentar", "{n} yorum", "{n} comentários · Comentar",
    ),
    "copyright_footer": (
        "Copyright © {year} {outlet}. All Rights Reserved.", "© {year} {outlet} Media Group",
        "© {outlet} · {year} · All rights reserved worldwide",
        "All content © {year} {outlet}, Inc.",
        "© {year} {outlet} S.L. Reservados todos los derechos.", "© {year} {outlet} GmbH",
        "© {year} {outlet} SAS. Tous droits réservés.",
        "© {year} {outlet} – Riproduzione riservata",
        "© {year} {outlet} N.V. Alle rechten voorbehouden.",
        "© {year} {outlet} S.A. Todos os direitos reservados.", "Hak cipta © {year} {outlet}",
        "© {outlet} {year}. Tüm hakları saklıdır. İzinsiz kullanılamaz.",
        "{outlet} is published by {outlet} Media Ltd.", "Company number {n}{m}{i}{ss}",
        "Terms & Conditions · Privacy · Cookies", "Contact · Advertise with us · Jobs",
        "Editor-in-chief: {name}", "Redaktion: {name}, {name2}",
        "{outlet} adheres to the Editors' Code of Practice.",
        "{outlet} subscribes to the standards of the Press Council.", "Powered by WordPress VIP",
        "Site by {outlet} Labs", "⤴ Return to the top of the page",
        "Do not copy or republish without permission.", "{domain} © {year}", "ISSN {n}{m}-{i}{ss}",
    ),
    "originally_appeared": (
        "This story originally appeared in {outlet}.", "This article first appeared on {site}.",
        "This story was produced by {site} and is republished here under a Creative Commons license.",
        "Translated from the Spanish by {name}.",
        "This article was machine-translated and edited by {outlet} staff.",
        "Published in collaboration with {site}.", "Republished here by permission of {site}.",
        "Original source: {site}",
        "A version of this article appears in the {stamp} print edition.",
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "Correction, {stamp}: A previous version of this story misspelled {name}'s surname.",
        "Clarification: This story has been updated to reflect {name}'s current role.",
        "Updated {stamp}, {hour}", "Published {stamp} · {hour}", "Last updated {hour}",
        "This is a developing story.", "This story will be updated.",
        "This article is part of {outlet}'s {topic} coverage.",
        "Este texto foi publicado originalmente no {site}.",
        "Este artículo apareció primero en {site}.",
        "Cet article est initialement paru sur {site}.",
        "Dieser Artikel erschien zuerst auf {site}.",
        "L'articolo è apparso per la prima volta su {site}.",
        "Dit artikel is eerder gepubliceerd door {site}.",
        "Artikel ini pertama kali terbit di {outlet}.",
        "Bu haber ilk olarak {outlet} tarafından yayımlandı.",
    ),
    "contributor_line": (
        "(Reporting by {name}; additional reporting by {name2} in {place}; editing by {name3})",
        "(Writing by {name}; editing by {name2} and {name3})",
        "{name} in {place} contributed to this article.",
        "With additional reporting by {name} and {agency}.",
        "— Inputs from agencies and our {place} bureau", "{name} is a staff writer at {outlet}.",
        "{name} covers {topic} for {outlet}.", "{name} reports from {place} for {outlet}.",
        "{name} is on X as @{handle}", "Contact {name}: {handle}@{domain}",
        "Have a story idea? Email newsdesk@{domain}", "Words: {name} · {outlet}",
        "Our correspondent", "Photos and words by {name} and {name2}", "Reportaje de {name}",
        "Unter Mitarbeit von {name}", "Par {name} (avec {agency})", "Con informazioni di {agency}",
        "Met dank aan {name} ({outlet})", "Reportagem de {name}",
        "Reporter: {name} | Editor: {name2}", "Haber: {name} | {place}",
        "— {name}, Special Correspondent", "{NAME} | Staff Writer",
        "Compiled by the {outlet} newsdesk", "Text and photos: {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final fragments that machine translation leaves after a full stop.
ORPHAN_FRAGMENTS = (
    "Deshita ne.", "Onegai shimasu.", "Arimasen.", "Desu kara.", "Nan desu.", "Kashira.",
    "Doeeotseumnida.", "Geurae yo.", "Geureoke dwaeyo.", "Anio.", "Ne ge.", "Ba le.", "Zhe yang.",
    "Nu vot.", "Konechno.", "Imenno tak.", "Da uzh.", "Edilmiştir.", "Bulunmaktadır.",
    "Söz konusu.", "Vậy thôi.", "Đấy ạ.", "Loh ya.", "Kan.", "Toh.", "Was being held.",
    "Had become.", "Is being planned.", "Was so decided.", "Took place so.", "Is being reviewed.",
    "Were carried out.", "It will be.", "Is certain.",
)  # fmt: skip
# Lowercase sentence remnants with a final mark.
DANGLING_FRAGMENTS = (
    "the deputy minister added.", "informed the district administration.",
    "as noted in the statement.", "the spokesperson specified.", "in the framework of the.",
    "on the territory of.", "with the aim of the.", "in relation to the.",
    "the agency's correspondent reports.", "it was learned.", "will be reviewed.",
    "is still being clarified.", "as of today.", "according to the operational data.", "currently.",
    "the city administration reported.", "appropriate measures are taken.",
    "there were no injuries.", "the case is under investigation.", "the sides noted.",
    "it was underlined at the meeting.", "in the shortest possible time.",
    "the head of the region emphasized.", "as was previously reported.",
    "in the course of the visit.", "the organisers said.", "and others.", "the agency was told.",
)  # fmt: skip
# Remnants without a final mark, or ending in an abbreviation.
DANGLING_TAILS = (
    "in conformity with", "on behalf of the", "by way of the", "in the frame of", "on the side of",
    "owing to the", "along with the", "in the capacity of", "it should", "needed to", "it can",
    "said Insp.", "according to Gen.", "noted Sen.", "with Prof.",
)  # fmt: skip
ORPHAN_WORDS = (
    "Snooker", "Hurling", "Triathlon", "Surfing", "Bowls", "Chess", "Venture", "Renting", "Baking",
    "Astrology", "Podcasts", "Allotments", "Films", "Opera", "Lottery", "Birds", "Universities",
    "Forests", "Poultry", "Puzzles", "Deaths", "Neighbourhoods", "Politik", "Kultur", "Economía",
    "Esportes",
)  # fmt: skip
STRAY_INLINE = (
    " ;;.", " :;", " 、；", " ，、", " ?!?", " ·.", " ›.", " ’.", " ؛؛", " ..,", " 〕〔", " ）．",
)  # fmt: skip
STRAY_PARAGRAPHS = ("◈", "◼", "▵", "▶▶", "※※", "◎", "♦", "△", "– –", "~~", "+++")

# A wrong period before a joining word where a clause or phrase starts: participles and
# adverbs after a comma, prepositions also without one, not after a word that binds to what
# follows.
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bthe)(?<!\ba)(?<!\ban)"
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bhas)(?<!\bhave)"
    r"(?<!\bhad)(?<!\bcome)(?<!\bcame)(?<!\bbased)(?<!\brely)(?<!\bcalled)(?<!\bonce)"
    r"(?<!\bchief)(?<!\bfirst)(?<!\bup)(?<!\bout)"
    r"(, | (?=across |among |within |upon ))"
    r"(allowing|giving|setting|taking|putting|reaching|creating|ensuring|showing|affecting"
    r"|resulting|turning|drawing|joining|chiefly|primarily|partly|reportedly|apparently"
    r"|across|among|within|upon) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in square brackets, before three dots, two words in
    low-high quotes, or before a colon."""
    last = before[-1]
    r = rng.random()
    if r < 0.25:
        return "word in square brackets", f" [{last}]."
    if r < 0.5:
        return "word, three dots", f" {last}..."
    if r < 0.75 and len(before) > 1 and before[-2].isalpha():
        return "two words in low-high quotes", f" „{before[-2]} {last}“."
    return "word, colon", f" {last}:"
