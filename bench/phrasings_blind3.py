"""The "blind3" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules, after blind2, and never used to tune them.

The chrome comes from how news pages of many English-speaking countries render it (US, UK,
Indian, Australian and Canadian sites: wire pages, regional papers, broadcasters, tabloids,
magazines, blogs) and from the Spanish, French, German, Portuguese and Italian chrome that
templates and plugins leave on English pages. The debris comes from Chinese, Japanese, Korean
and Russian machine translation into English. Everything was written from scratch: not from
the rules, the tests or the other sets' lists. bench/cleaning.py checks that no template,
debris entry, wrong-period joining word or pool value repeats one of an earlier set.

Keep this set blind: whoever changes the cleaning rules should not read it or the survivors
the bench prints for it. Once its wordings have been used to tune the rules it is no longer
blind and a new set is needed for an honest figure.

Placeholders are those of bench/cleaning.py's fill (name, name2, name3, NAME, outlet, site,
place, place2, day, headline, year, n, i, m, ss, weather, t, handle, scene) plus the EXTRA ones
below (agency, date, clock, cost, desk).
"""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Niamh Cadogan", "Rohan Kulkarni", "Bronwyn Tait", "Etienne Marchetti", "Soo-ah Baek",
    "Ruslan Gareev", "Imogen Fairweather", "Kwame Asante-Boateng", "Ines Carvalho",
    "Declan Whitcombe", "Ananya Iyer", "Hiroshi Matsuda", "Lucia Ferraro", "Gareth Pryce",
    "Wen Jiahui", "Mackenzie Dufresne",
)  # fmt: skip
OUTLETS = (
    "The Saltmarsh Echo", "Ridgeline Daily Press", "Kaveri Express Online",
    "Southern Cross Examiner", "The Muskoka Lantern", "Pinewood Public Radio",
    "The Dovecote Gazette", "Tidewater Channel 7 News", "Coromandel Herald Tribune",
    "The Prairie Lantern-Star",
)  # fmt: skip
SITES = (
    "saltmarshecho.co.uk", "ridgelinepress.com", "kaveriexpress.in", "scexaminer.com.au",
    "muskokalantern.ca", "pinewoodradio.org", "The Civic Ledger Project", "Open Harbour Review",
    "Field Notes Quarterly", "coromandelherald.in",
)  # fmt: skip
PLACES = (
    "Nagpur", "Adelaide", "Winnipeg", "Valparaiso", "Leeds", "Porto", "Bologna", "Leipzig",
    "Daegu", "Novosibirsk", "Chengdu", "Halifax", "Coimbatore", "Cardiff",
)  # fmt: skip
HEADLINES = (
    "Council defers vote on seafront car park charges",
    "Monsoon rains flood low-lying wards for second day",
    "Treasurer flags tougher budget as iron ore prices slide",
    "Province to hire 500 nurses in bid to ease ER waits",
    "Rail union announces fresh walkouts over rosters",
    "Seven ways to keep your garden alive in a heatwave",
    "Why your grocery bill is still climbing",
    "Village fete returns after six-year absence",
    "Regulator fines telecom giant over billing errors",
    "Meet the teenager who built a satellite in her shed",
)
SCENES = (
    "Passengers wait on a platform in {place} during the strike on {day}",
    "A man wades through a flooded street in {place}",
    "Members of the legislature listen to the budget speech on {day}",
    "Lifeguards patrol a crowded beach near {place}",
    "Pickers harvest grapes at a vineyard outside {place}",
    "Police officers cordon off a street in {place} on {day}",
    "Spectators watch the parade through central {place}",
    "A crane lifts a section of the new bridge in {place}",
    "Nurses rally outside the health ministry on {day}",
)
WEATHER = (
    "Torrential rain", "Isolated showers", "Bright spells", "Flurries", "Dust storm", "Smoke",
    "Chance of storms", "Gusty winds", "Fair", "Mostly cloudy",
)  # fmt: skip
HANDLES = ("SaltmarshEcho", "ridgeline_press", "KaveriExpress", "MuskokaLantern", "scexaminer")
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "CP Images", "AAP Image", "ANI", "Photothek", "Hans Lucas", "LaPresse",
            "WENN Rights", "Agencia EFE", "Newscom", "Antara Foto", "NTB Scanpix", "Agência Brasil",
        ),
    ),
    (
        "date",
        (
            "12 March 2024", "March 12, 2024", "Apr 3, 2023", "3rd April", "Nov 18 2022",
            "18/11/2022", "2023-07-09", "Sunday 9 July",
        ),
    ),
    (
        "clock",
        ("10:15 IST", "3:42 p.m. EST", "07:30 AEST", "16:20 BST", "9.05am", "11:58 PM PT"),
    ),
    ("cost", ("Rs 99", "C$1", "A$1 a week", "£3.99 a month", "$1.50/week", "€5,49", "R$ 9,90")),
    ("desk", ("Metro desk", "Business desk", "Sports desk", "Web desk", "Politics desk")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to main body", "Skip to the main content area", "Jump to the full timeline",
        "Skip to stock market data", "Skip to reader poll", "Skip to traffic and weather",
        "Skip to editor's picks", "Skip to the footer links", "Skip to breaking news ticker",
        "Jump to article body", "Skip to related content", "Skip to most popular",
        "Skip to the transcript", "Skip to newsletter signup", "Skip to account menu",
        "Skip to the puzzles", "Back to the top of the page", "Ir al contenido principal",
        "Saltar al contenido", "Aller au contenu principal", "Passer au contenu",
        "Zum Inhalt springen", "Direkt zum Hauptinhalt", "Pular para o conteúdo",
        "Ir para o conteúdo principal", "Vai al contenuto principale", "Salta al contenuto",
        "Home | India | {place}", "News » {place} » Courts", "Skip to obituaries", "Skip to e-paper",
        "Press Enter to search or Esc to close",
    ),
    "icon_label": (
        "{weather}, {t} degrees", "Weather: {weather} {t}°", "{place}, {t}° {weather}",
        "Open menu icon", "Notification bell icon", "Avatar icon", "Speaker icon", "Mute icon",
        "Dismiss icon", "Weibo icon", "YouTube icon", "Pinterest icon", "Snapchat icon",
        "Threads icon", "Reddit icon", "Printer icon", "Envelope icon", "Link icon",
        "Live TV icon", "Voice search icon", "Chevron left icon", "Filled bookmark icon", "Language selector icon",
        "Light/dark theme switch", "Font size A+", "Text size: larger", "{outlet} wordmark",
        "Icono de cerrar", "Icône de recherche", "Symbolbild", "Ícone de compartilhar",
        "Icona menu", "icon-close", "ic_share_24px", "Spinner", "Volume 90%",
    ),
    "gallery_counter": (
        "Image {i} from {n}", "Gallery image {i} of {n}", "Immagine {i} di {n}", "Diaporama : {i}/{n}",
        "Imagem {i} de {n}", "Diapositiva {i} de {n}", "Foto {i} von {n}", "Browse all {n} pictures",
        "Launch gallery: {n} images", "Picture {i} out of {n}", "{i} of {n} | {outlet}",
        "{scene} ({i} of {n})", "◀ {i}/{n} ▶ Fullscreen", "Next image ({i} of {n})",
        "Photo gallery ({n})", "Enlarge photo {i}", "Snap {i} of {n}", "More photos ({n})",
        "Swipe for more ({i}/{n})", "Image {i} of {n}. Click to enlarge", "Pause slideshow",
        "Galería: {n} fotos", "Galerie photos ({n})", "Bildergalerie: {n} Bilder",
        "Galeria de fotos ({n})", "Fotogallery {n} foto", "See the photos: {headline}",
        "Watch the slideshow", "{i}/{n} · {agency}",
    ),
    "photo_caption": (
        "{scene}. THE CANADIAN PRESS/{NAME}", "{scene}. (Postmedia file photo)",
        "{scene} | Photo Credit: By Arrangement", "{scene}. (Photo: Special Arrangement)",
        "{scene}. File | Photo Credit: {agency}", "{scene}. Source: Supplied",
        "{scene}. Image: {agency} / {name}", "{scene} (Photo by {name}/{agency} via Getty Images)",
        "{scene}. {NAME} / {agency} / FILE", "{scene}. Photo: {agency} pool", "{scene}. (Foto: {name}/{agency})",
        "{scene}. Fotografía: {name}", "{scene}. Crédit photo : {name}/{agency}",
        "{scene}. Bild: {agency}/{name}", "{scene}. Foto di {name}",
        "{scene}. (Credit: {name}/{outlet})", "{scene}. Handout via {agency}",
        "{scene}. (Reader-submitted photo)", "{scene}. Photo by {name} / {outlet} staff",
        "Photos by {name} | {outlet}", "{scene}. Image used for representational purpose only.",
        "{scene} (Picture: {agency})", "{scene}. (Photo supplied by {name})",
        "{scene}. Photo: {outlet} archives", "{scene}. Photo: Screenshot/{outlet}",
        "{scene}. Photograph by {name}/{agency}", "CAPTION: {scene}",
        "{scene}. Credit: {outlet} pool", "{scene}. Picture: {name}/{outlet}",
        "{scene} on {date}. ({outlet} photo by {name})",
    ),
    "recommended": (
        "Also Read", "WATCH VIDEO | {headline}", "Video Highlights", "Recommended Videos", "More Videos",
        "Top News", "Just in: {headline}", "Trending Stories", "Related subjects", "News from {place2}",
        "More from {place}", "Most emailed", "Most discussed", "Buzzing now",
        "Readers' favourites", "Others are reading", "You may be interested in",
        "Full story here: {headline}", "Continue reading: {headline}", "Recommended reading",
        "More coverage: {headline}", "Previously on {outlet}", "Related Links", "Go deeper: {headline}",
        "Background: {headline}", "Lo más leído", "Te puede interesar",
        "À lire aussi : {headline}", "Lire aussi", "Auch interessant", "Mehr zum Thema",
        "Leia também: {headline}", "Leggi anche: {headline}", "Più letti", "Our pick: {headline}",
        "Picks from the newsroom", "Today's front page", "Recommended by our editors", "Latest from {outlet}",
        "Read more about {place}",
    ),
    "advertisement": (
        "Advertisment", "Werbeanzeige", "Messaggio pubblicitario", "Publicidade", "Annonce publicitaire",
        "Contenido patrocinado", "Contenu sponsorisé", "Promotional feature", "Brand story",
        "Sponsor message", "Our sponsors", "Support for this story comes from {outlet}",
        "Not interested in this ad", "× Close advertisement", "Loading ad…", "Native advertising",
        "Affiliate disclosure: {outlet} may receive a commission from purchases made through links in this article.",
        "Deals of the day", "Add to basket", "Get this deal", "Shop the deal", "Check availability",
        "Featured partner", "Article continues below this ad", "Ad blocker detected",
        "Please disable your ad blocker to continue reading.", "Turn off your ad blocker",
        "This is a paid partnership", "Paid partnership with {outlet}",
        "Contenido publicitario", "Weiter nach der Anzeige",
        "Continua a leggere dopo la pubblicità", "Continua após a publicidade",
        "Publicité - La suite après cette annonce",
    ),
    "share_follow": (
        "Share the story", "Share on Koo", "Share with Facebook friends", "Post on Bluesky",
        "Post to Threads", "Forward on WhatsApp", "Send to a friend by email", "WhatsApp this story",
        "Follow us on YouTube", "Follow us on LinkedIn", "Follow {outlet} on Telegram",
        "Like {outlet} on Facebook", "Instagram: @{handle}", "Tap to share",
        "Share options", "Show all sharing options", "Copy the link to this story", "Copied!",
        "Print this page", "Print", "Facebook Messenger", "Facebook X WhatsApp Telegram Email",
        "X Facebook LinkedIn Reddit Copy link", "Download our app", "Get the {outlet} app",
        "Compartir en Facebook", "Compartir", "Partager sur Twitter", "Partager", "Teilen",
        "Auf Facebook teilen", "Compartilhe", "Compartilhar no WhatsApp",
        "Condividi su Facebook", "Condividi", "Follow {name} on LinkedIn",
    ),
    "newsletter": (
        "Sign up for the {outlet} morning newsletter and get the news you need to start your day.",
        "Enter your email to get our weekly roundup.",
        "Get the best of {outlet} delivered to your inbox.",
        "Subscribe to our newsletter for the latest updates from {place}.",
        "You're signed up! Look out for our email.", "Invalid email address. Please try again.",
        "Your email address is required.",
        "Want the news first? Get our breaking alerts by email.",
        "Sign up to receive our daily headlines.",
        "By clicking Subscribe, you agree to our Terms and Privacy Policy.",
        "Unsubscribe at any time.", "Get {name}'s newsletter",
        "Sign up for the {outlet} Evening Update.",
        "Love this? Share it with a friend and sign up for more.",
        "Email newsletter: the stories that matter, every weekday.",
        "Get WhatsApp alerts from {outlet}.", "Join our newsletter",
        "Sign up for free to get our newsletter", "Suscríbete a nuestro boletín",
        "Inscrivez-vous à notre newsletter", "Jetzt Newsletter abonnieren",
        "Assine nossa newsletter", "Iscriviti alla newsletter",
        "Sign up: The {outlet} Week in Review.", "Get {place} news in your inbox.",
    ),
    "cookie_subscription": (
        "We use cookies and similar tools to give you the best possible experience.",
        "OK, accept cookies", "Decline", "Reject non-essential cookies", "Customise settings",
        "Open privacy centre", "I agree", "Agree & continue to site", "Object to legitimate interest",
        "Your privacy matters to us.", "Subscribe to read the full article.",
        "This article is for subscribers.", "Premium story", "Log in to read more",
        "Sign in with your {outlet} account to keep reading.", "Already a member? Log in here",
        "You have {n} free articles remaining.", "This is your final free story this month.",
        "Register now to read more stories for free.",
        "Unlock unlimited digital access for {cost}.",
        "Subscribe to {outlet} from just {cost} a month.", "Aceptar todas las cookies",
        "Tout accepter", "Alle akzeptieren", "Aceitar cookies", "Accetta tutti",
        "Este sitio utiliza cookies.", "Nous utilisons des cookies pour améliorer votre expérience.",
        "Diese Website verwendet Cookies.", "Artikel für Abonnenten",
        "Conteúdo exclusivo para assinantes", "Contenuto riservato agli abbonati",
        "Please turn off private browsing to keep reading.",
    ),
    "listen": (
        "Listen to this news", "Listen to this report", "LISTEN HERE | {headline}", "Audio: {m} mins",
        "Listen • {m}:{ss} min", "Article audio", "Listen to this article now",
        "Listen time: approx. {m} min", "Play this article", "Hear this article", "Hear the whole episode",
        "Podcast: listen here", "Text-to-speech: on", "Read by {name}", "Narrated by {name}",
        "Audio generated by AI", "This audio is auto-generated.",
        "Your browser doesn't support HTML5 audio", "Play now {m}:{ss}", "Escuchar",
        "Écouter l'article", "Artikel anhören", "Ouvir matéria", "Ascolta l'articolo",
        "Listen to story, {m} minutes", "Speed 1.25x", "Listen live on {outlet}",
    ),
    "comment_count": (
        "{n} comments so far", "Total comments: {n}", "Show {n} comments", "View all comments ({n})",
        "Type your comment here", "Discuss this story", "Comment now", "Comments closed",
        "Commenting has been turned off for this story", "Log in or register to comment",
        "Report comment", "Reply", "Newest first", "Most liked", "Discussion",
        "{n} people commented", "Comentarios ({n})", "Voir les {n} commentaires", "Kommentare ({n})",
        "{n} comentários", "Commenti ({n})", "Post your comment", "Speak your mind",
        "Show older comments", "Most recent comments", "{n} comments | Add yours",
    ),
    "copyright_footer": (
        "Copyright {year} {outlet}. All rights reserved. This material may not be copied or distributed without permission.",
        "© {year} {outlet} Pvt. Ltd. All rights reserved.", "Copyright © {outlet} {year}",
        "© {outlet} Pty Limited {year}. ACN 0{n}{m} {i}{ss}", "© {year} {outlet} Inc. | Terms | Privacy | Cookie Settings",
        "© {outlet} Media Inc. {year}", "Copyright © {year} {outlet}, a division of {outlet} Media",
        "{outlet} | © {year} | About | Contact | Advertise | Careers",
        "Todos los derechos reservados © {year} {outlet}",
        "© {year} {outlet} – Tous droits réservés", "© {outlet} {year} – Alle Rechte vorbehalten",
        "© {year} {outlet}. Todos os direitos reservados.", "© Riproduzione riservata",
        "Copyright © {year} {outlet}. Powered by WordPress.",
        "Reproduction of material from {outlet} without written permission is strictly prohibited.",
        "All content on this site is © {year} {outlet}, unless otherwise noted.",
        "Copyright {year} {outlet} Corporation. Registered in Canada.",
        "© {year} {outlet} Limited. Company number {n}{m}{i}0.",
        "{outlet} acknowledges the Traditional Custodians of the land on which we work.",
        "Copyright © {year} {outlet}. ABN {n} {m}{i} 0{ss}",
    ),
    "originally_appeared": (
        "(This story has not been edited by {outlet} staff and is auto-generated from a syndicated feed.)",
        "This story has been published from a wire agency feed without modifications to the text.",
        "Published via {site}.", "This article is brought to you in partnership with {site}.",
        "A longer version of this story is available on {site}.",
        "This story is published as part of the {outlet} syndication programme.",
        "Reprinted from {site} with the author's permission.",
        "This piece is republished courtesy of {outlet}.",
        "The article was first published by {outlet}, a partner of {site}.",
        "Originally posted at {site} on {day}.", "Article originally published in {outlet}, {year}.",
        "{outlet} first reported this story.",
        "This story first appeared in the {day} edition of {outlet}.",
        "Publicado originalmente en {site}.", "Cet article a été initialement publié sur {site}.",
        "Dieser Artikel erschien zuerst bei {outlet}.",
        "Este artigo foi publicado originalmente em {site}.",
        "Questo articolo è stato pubblicato originariamente su {site}.",
        "Lea la versión original en {site}.",
        "This story was amended on {date} to remove a photo.",
        "Disclosure: {outlet} receives funding from the {outlet} Trust.",
    ),
    "contributor_line": (
        "{name} is a reporter with {outlet}.", "{name} is {outlet}'s {place} correspondent.",
        "— {name}, {outlet} staff", "(Edited by {name} on the {desk})", "(With inputs from {agency} and {outlet})",
        "Inputs by {name}, {place}", "Reporter {name} can be reached at @{handle}.",
        "Got a story? Contact {name}.", "{name} reports on health for {outlet}.",
        "Staff reporters {name} and {name2} also contributed.",
        "Additional writing by {name2}; reporting by {name}",
        "Agency copy was used in this report.",
        "This report was compiled with contributions from {name} and {name2}.",
        "{NAME} | {outlet} | {date}", "With files from {name} and {outlet}", "Con información de {agency}",
        "Avec {agency}", "Mit Material von {agency}", "Com informações de {agency}",
        "Ha collaborato {name}", "{name} is a senior writer covering {place} politics.",
        "— {desk}, {outlet}", "Written by {name} with {name2} and {name3}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- mt debris

# Sentence-final particles and endings of Chinese, Japanese and Korean (romanised) and the
# bare verb or copula "sentences" that literal machine translation leaves after a real one.
ORPHAN_FRAGMENTS = (
    "Me.", "Ou.", "Lo.", "Zo.", "Na.", "Wa.", "Kana.", "Darou.", "Mashou.", "Kudasai.",
    "Yeosseoyo.", "Haeyo.", "Ida.", "Geotida.", "Gesseumnida.", "Eoyo.", "Nida.", "Degozaimasu.",
    "Shita.", "Is the case.", "Such is.", "This is.", "Has carried out.", "Was adopted.", "Will be able.",
    "Am.", "Were so.", "Having done.", "Got.", "Do so.", "Not.", "So it is.", "It is necessary.",
    "Is possible.", "Was found.", "Took place.", "Will continue.", "Is envisaged.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period.
DANGLING_FRAGMENTS = (
    "the relevant person in charge said.", "and other aspects.", "to further promote the.",
    "in-depth exchanges of views on.", "the two sides.", "at the same time.", "was informed.",
    "on a wide range of issues.", "the two leaders agreed to.", "high-quality development.",
    "of the people's livelihood.", "it was found out.", "is being asked.",
    "according to the police of the.", "the official explained.", "is analyzed.",
    "was found to be.", "is interpreted as.", "drew attention.", "it is known that.",
    "reports the press service.", "noted in the department.", "told the agency.",
    "as the source specified.", "transmits the correspondent.",
    "the interlocutor of the agency said.", "it is specified in the message.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "so as to", "in the course of", "in view of", "by way of", "it is reported",
    "at the invitation of", "accompanied by Rep.", "in a meeting with Gen.", "said Lt.",
    "which", "is to be", "toward",
)  # fmt: skip
# Section and tag labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Domestic", "Regions", "Incidents", "Op-Ed", "Longform", "Heritage", "Wellness",
    "Realty", "Auto", "Startups", "Space", "Judiciary", "Provinces", "Township", "Aviation",
    "Leisure", "Employment", "Urban", "Climate", "Disaster", "Faith", "Youth", "Arts",
    "Spotlight",
)  # fmt: skip
# Punctuation of the source language or its typography left after a sentence end.
STRAY_INLINE = (" 」。", " ）。", " ”", " «", " ･", " …。", " ! .", " ·", " ,。", " 〉", " 』。")
STRAY_PARAGRAPHS = ("”", "»", "『", "』』", "〈", "《", "——", "…。", "＊", "～", "※", "……")
# A wrong period before joining words the other sets do not use, where a clause or phrase
# starts: after a comma, or (no comma) before a word that opens one, not after a word that
# binds to what follows ("just despite", "even amid"). Participles and focus words ("adding",
# "especially") only after a comma, where news prose uses them to start a clause.
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\beven)(?<!\bonly)(?<!\bas)"
    r"(?<!\bjust)(?<!\bthe)(?<!\bthat)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)"
    r"(?<!\bby)(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\bwas)(?<!\bis)(?<!\bbe)(?<!\bbeen)"
    r"(, | (?!adding |saying |noting |prompting |leaving |making |especially |particularly "
    r"|plus |except ))"
    r"(adding|saying|noting|prompting|leaving|making|especially|particularly|plus|except|despite"
    r"|amid|albeit|thereby|whereupon|wherein|unlike|whoever|whichever) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in quotes, two title-cased words, in CJK brackets, or
    after a dash."""
    last = before[-1]
    r = rng.random()
    if r < 0.25:
        return "word in quotes", f' "{last}".'
    if r < 0.5 and len(before) > 1 and before[-2].isalpha():
        titled = [w[:1].upper() + w[1:] for w in before[-2:]]
        return "two words title-cased", " " + " ".join(titled) + "."
    if r < 0.75:
        return "word in lenticular brackets", f" 【{last}】"
    return "word after a dash", f" — {last}."
