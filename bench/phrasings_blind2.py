"""The "blind2" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after the "blind" set had been read
by the people tuning them; never to be used to tune the rules.

The wordings come from how news sites of many countries and content systems render their
chrome (wire services, tabloids, regional papers, broadcasters, magazines, blogs, live blogs,
podcasts; British, American, Indian and Australian usage; labels in capitals, with icons, emoji
or bullets; buttons glued together; counters; consent banners; paywalls; audio players;
credits, corrections, contributor notes and footers) and how machine translation leaves debris
(orphan sentence-final words, echoed words, stray or doubled punctuation, a wrong period before
a joining word, dangling lowercase fragments, verbless trailing fragments). They were written
from scratch, not from the dev, heldout or blind lists; bench/cleaning.py checks that no
template repeats one of any earlier set (in any family, ignoring case, spacing, decoration and
end punctuation), that no debris entry is one of theirs, that the wrong-period joining words
differ and that no pool value (names, outlets, places, ...) is shared.

Keep this set blind: whoever changes the cleaning rules must not read it or the survivors the
bench prints for it. Once its wordings have been seen by the rule writers, it is no longer
blind and a new set is needed for an honest figure.

Placeholders are those of bench/cleaning.py's fill (name, name2, name3, NAME, outlet, site,
place, place2, day, headline, year, n, i, m, ss, weather, t, handle, scene) plus the EXTRA ones
below (agency, when, price, time, show, section, domain).
"""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Siobhan Murphy", "Kwame Asante", "Hyun-woo Park", "Irina Sokolova", "Pablo Herrera",
    "Leila Haddad", "Wanjiru Kamau", "Lars Eriksen", "Deepika Iyer", "Jack Thornton",
    "Sipho Ndlovu", "Vikram Singh", "Tran Van Minh", "Giulia Bianchi", "Agnieszka Zielinska",
    "Cormac Doyle", "Chloe Martin", "Omar Farouk", "Ama Boateng", "Mateus Costa",
)  # fmt: skip
OUTLETS = (
    "The Ridgeway Courier", "Harbourside Mail", "Eastfield Gazette", "Tidewater Public Radio",
    "The Northern Lantern", "Silverline Broadcasting", "Meridian Wire", "The Saturday Compass",
    "Copper Valley Times", "Channel 12 NewsCenter", "The Riverbend Tribune",
    "Coral Coast Advocate",
)  # fmt: skip
SITES = (
    "ridgewaycourier.com", "harboursidemail.co.uk", "lantern.news", "tidewaterpublic.org",
    "eastfieldgazette.com.au", "meridianwire.in", "Civil Eats", "The Trace", "Inside Higher Ed",
    "Hakai Magazine", "The Markup", "Rest of World",
)  # fmt: skip
PLACES = (
    "Cork", "Kumasi", "Busan", "Perth", "Medellin", "Izmir", "Bergen", "Lahore", "Phoenix",
    "Lyon", "Pune", "Durban",
)  # fmt: skip
HEADLINES = (
    "Bus fares frozen as commuters return to the city",
    "Water restrictions lifted after weeks of rain",
    "Why your grocery bill keeps going up",
    "Man charged after stolen tractor found in river",
    "Local choir wins national title for second time",
    "Seven walks to try before the clocks change",
    "Hospital trust apologises over missed scans",
    "Tech firm to cut hundreds of jobs",
    "Museum returns looted bronzes",
    "The town that banned cars from its high street",
    "Rail link delayed again as costs soar",
    "Record crowds expected for harvest festival",
)
SCENES = (
    "Volunteers fill sandbags on the edge of {place} on {day}",
    "A ferry leaves the port of {place}",
    "Lawmakers leave the chamber after the vote on {day}",
    "Pilgrims walk towards the shrine outside {place}",
    "A street vendor sells tea at a bus station in {place}",
    "The striker shoots at goal during the match on {day}",
    "Snow covers parked cars in {place}",
    "Riot police stand in front of the embassy in {place} on {day}",
    "Farmers drive tractors through the centre of {place}",
)
WEATHER = (
    "Thundery showers", "Sunny intervals", "Light snow", "Heavy rain", "Frost", "Breezy",
    "Partly sunny", "Dust",
)  # fmt: skip
HANDLES = (
    "RidgewayCourier", "harbourside_mail", "NorthernLantern", "tidewaterradio", "meridianwire",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "Bernama", "Antara", "UNI", "NTB", "STT", "CTK", "MTI", "The Canadian Press",
            "NurPhoto", "SOPA Images", "Imago", "WENN",
        ),
    ),
    ("when", ("April 4", "22 May", "Nov. 17", "Feb 8", "3 August", "September 19", "Dec. 2")),
    ("price", ("$1.50", "£3.99", "€2.50", "₹99", "A$1", "NZ$5", "$9.99 a month")),
    ("time", ("10:17 AM", "16:40", "7.45am", "3:05 p.m. ET", "21:30 IST", "5:12 AEST")),
    ("show", ("The Daily Round-Up", "Behind the Headlines", "Newsdesk After Dark", "The Week Unspun")),
    (
        "section",
        ("Local News", "Business & Money", "Arts & Books", "World News", "Health & Science", "Sport"),
    ),
    ("domain", ("ridgewaycourier.com", "harboursidemail.co.uk", "meridianwire.in")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to main", "Skip to page content", "Skip to header", "Skip to navigation menu",
        "Skip to breaking news", "Skip to trending stories", "Skip to podcast player",
        "Skip to video player", "Skip to story", "Skip to article body", "Skip to the main article",
        "Jump to the story", "Go to content", "Go to search", "Go to footer", "Return to top",
        "Return to top of page", "↑ Top", "Main menu", "Open main menu", "Open search",
        "Search this site", "Sections", "Site menu", "Breadcrumb: Home > {section} > {place}",
        "Home » {section}", "You are in: {section}", "Home / {section} / {place}",
        "← Back to {section}", "Skip to first paragraph", "Skip to timeline",
        "Jump to key moments", "Skip to latest post", "Skip to the scoreboard", "Jump to live scores",
        "Skip to map", "Skip to footer links", "Skip to quick links", "Skip to sidebar",
        "Skip over navigation",
    ),
    "icon_label": (
        "{outlet} homepage", "{outlet} Logo Image", "Author avatar", "{name} avatar",
        "Profile picture of {name}", "Verified account icon", "Close button", "Back arrow",
        "Search button", "X logo", "YouTube logo", "Telegram icon", "Podcast icon",
        "Microphone icon", "Video camera icon", "Pencil icon", "Bell icon", "Heart icon",
        "Gift icon", "Globe icon", "Gear icon", "Moon icon", "Dark mode toggle", "Text size A A A",
        "Increase text size", "Seek back 15 seconds", "Skip forward 30 seconds",
        "Picture-in-Picture", "Closed captions", "● LIVE", "Please wait...", "Image not available",
        "Video unavailable", "Embedded content", "(opens in a new tab)", "open_in_new",
        "arrow_forward", "expand_more", "glyphicon glyphicon-chevron-left",
        "{weather}, {t}°F, feels like {t}°", "{place} weather: {weather}, {t}°",
        "H: {t}° L: {t}°", "Weather in {place}",
    ),
    "gallery_counter": (
        "{i} de {n}", "Foto {i} di {n}", "Imagen {i} de {n}", "Photo {i} sur {n}", "Bild {i}/{n}",
        "Photo #{i}", "Image {i} of {n}: {scene}", "Slide {i}", "{n} PICS", "See all {n} photos",
        "Open the {n}-image slideshow", "Enlarge photo", "View full gallery", "View slideshow",
        "Launch gallery", "Exit fullscreen", "Image gallery", "Click through the gallery above",
        "Scroll through the gallery", "Swipe to see more", "Tap for more photos", "Next ›",
        "‹ Previous", "« Previous | Next »", "Img {i}/{n}", "Foto {i}/{n}", "Pic {i}/{n}",
        "Photo {i} out of {n}", "{n} photos · {m} min read", "Image 1 of {n}",
        "See the gallery: {headline}", "GALLERY: {headline}", "Pictures: {headline}",
        "Photos of the day", "Picture gallery ({n})", "Browse {n} photos", "{n} pictures",
        "Zdjęcie {i} z {n}", "PHOTOS {i}/{n}",
    ),
    "photo_caption": (
        "{scene}. Photo supplied by {agency}", "{scene} (Photo: {name} via {outlet})",
        "{scene}. ({agency} Photo/{name})", "{scene}. Photo: {name} for {outlet}",
        "{scene}. IMAGE: {agency}", "{scene}. Image credit: {name}", "{scene}. Credit: {agency}/{name}",
        "{scene}. Credit: Supplied", "{scene}. Picture: Supplied", "{scene}. Picture: {name}",
        "{scene}. (Photo by {name}/{outlet})", "{scene}. Photographs: {name}", "{scene} © {agency}",
        "{scene}. ©{name}", "{scene}. Getty Images", "{scene}. Photo: Getty Images/{outlet}",
        "{scene}. (Photo courtesy {name})", "{scene}. (Submitted photo)",
        "{scene}. (Staff photo by {name})", "{scene}. STAFF PHOTO / {NAME}",
        "{scene}. ({outlet} file photo)", "{scene}. File: {agency}", "{scene}. Library picture",
        "{scene}. Stock image", "{scene}. Photo: iStock",
        "{scene} (left to right: {name}, {name2} and {name3})",
        "{scene}. Photo: {name}. Design: {name2}", "{scene}. Photo: {name} / Special to {outlet}",
        "Lead image: {name}/{agency}", "Top photo: {scene}", "Featured image: {scene}",
        "Header image: {scene} ({agency})", "{scene}. (Photo: X/@{handle})",
        "{scene}. Photo: Instagram/@{handle}", "{scene}. Image: Facebook/{outlet}",
        "{scene}. (Video screenshot)", "{scene}. Video grab: {outlet}",
        "{scene}. (Drone photo by {name})", "{scene}. Photo: AAP Image/{name}",
        "{scene}. (AAP Image/{name}) NO ARCHIVING", "{scene}. (HT Photo/{name})",
        "{scene}. (ANI Photo)", "{scene} | Photo Credit: {name}",
        "{scene}. | Photo Credit: Special Arrangement", "{scene}. AFP PHOTO / {NAME}",
        "{scene}. Photo: {agency} via {outlet}",
    ),
    "recommended": (
        "Read more", "More news", "More news from {place}", "More from {section}",
        "Latest in {section}", "Latest {section} news", "Related News", "RELATED NEWS: {headline}",
        "Related Posts", "Related reading", "You may also be interested in: {headline}",
        "People also read", "Readers also liked", "Most shared", "Most commented", "Most watched",
        "Top 10 most read", "Editor's choice", "Staff picks", "Featured stories", "Next up",
        "Coming up next: {headline}", "Read this next", "Read the full story: {headline}",
        "Click here for more stories", "For more news, visit {site}", "Latest news",
        "BREAKING: {headline}", "ALSO SEE: {headline}", "SEE ALSO", "Must Watch",
        "Also watch: {headline}", "Opinion | {headline}", "Live: {headline}", "Timeline: {headline}",
        "Q&A: {headline}", "Factbox: {headline}", "Further coverage", "More about {place}",
        "Tagged: {section}", "In this article: {section}", "Trending Topics", "What's hot",
        "Top headlines", "Next: {headline}", "« Older post", "Newer post »", "Continue reading →",
    ),
    "advertisement": (
        "Advertisements", "Sponsored Post", "Sponsored Article", "In association with {outlet}",
        "A message from {outlet}", "Message from our sponsor", "From our advertisers",
        "From our partners", "Promotion", "PROMOTED CONTENT", "Promoted links",
        "Promoted by {outlet}", "Branded content", "Content by {outlet}", "Commercial content",
        "Ads", "Anúncio", "Reklama", "Annonce", "Pubblicità", "Werbung", "विज्ञापन",
        "Story continues below this ad", "Article continues after advertisement",
        "Text continues below", "Advertisement • Close", "Close Ad ✕", "Hide ad", "Ad loading",
        "Ad {i} of {n}", "Buy now", "See deal", "View deal", "{price} at Walmart",
        "Best price: {price}", "Prices pulled from the Amazon Product Advertising API on:",
        "We may earn a commission from links on this page.",
        "As an Amazon Associate we earn from qualifying purchases.",
        "When you buy through links on our site, we may earn an affiliate commission.",
        "Please support us by disabling your ad blocker.", "Remove ads with {outlet} Plus",
        "Sponsored: {headline}", "Recommended by Outbrain", "You May Like",
    ),
    "share_follow": (
        "Share this post", "Share article", "Share story", "Share to Facebook", "Share to X",
        "Share on Bluesky", "Share on Threads", "Share on Mastodon", "Share via WhatsApp",
        "Email to a friend", "E-mail", "Print article", "Print this article",
        "Facebook Twitter LinkedIn WhatsApp", "f X in ✉", "Shares {n}", "Copy article link",
        "Link copied to clipboard", "Copy Link URL Copied!", "Follow us on Google News",
        "Add {outlet} as a preferred source on Google", "Follow us: Facebook | X | Instagram | YouTube",
        "Stay connected with us on social media platform for instant update click here to join our Twitter, & Facebook",
        "Follow us on WhatsApp", "Join us on Telegram", "Download our app for the latest news",
        "Get the {outlet} app on iOS and Android", "Follow @{handle} on Instagram", "Follow @{handle}",
        "Follow this author", "Follow topic", "+ Follow", "Send to a friend", "Gift article",
        "Save Share Comment", "Facebook Messenger WhatsApp Email", "Add to bookmarks", "Read later",
        "More sharing options", "Share on social media", "𝕏 Post", "Repost", "Embed this",
        "Share this video",
    ),
    "newsletter": (
        "Sign up for the {outlet} newsletter and get the latest news delivered to you.",
        "Get the news you need to start your day.", "Delivered to your inbox every weekday morning.",
        "Email address", "Enter your email", "Sign up", "Subscribe to {outlet} newsletters",
        "Want the best of {outlet} in your inbox? Subscribe here.", "Invalid email address",
        "Oops! Something went wrong. Please try again.",
        "Success! Check your inbox for details.", "You're all set!", "Thanks for subscribing.",
        "By clicking Sign Up, you confirm that you have read and agree to our Terms of Use and Privacy Policy.",
        "You can unsubscribe at any time.", "No spam, ever.",
        "Get {name}'s newsletter, {show}, every week.", "Sign up for {section} updates",
        "Breaking news alerts: Get the latest updates on your phone.", "Allow notifications",
        "Never miss a story — turn on alerts.",
        "The {outlet} Week in Review lands in your inbox on Saturdays.",
        "Get our weekend reading list.", "Love this? Sign up for {outlet}'s weekly email.",
        "Enjoyed this article? Subscribe for more.",
        "Free newsletter: get the day's news in five minutes.", "Email newsletter signup",
        "Explore all newsletters",
    ),
    "cookie_subscription": (
        "This site uses cookies to provide you with a great user experience.",
        "We use cookies and similar technologies for analytics and advertising.", "Accept cookies",
        "I accept", "Agree and proceed", "Decline all", "Necessary only", "Customise cookies",
        "Manage consent", "Privacy settings", "Legitimate interest",
        "Personalised advertising and content, advertising and content measurement, audience research and services development",
        "Use precise geolocation data. Actively scan device characteristics for identification.",
        "Subscribe to read", "Subscribe to unlock this story", "Already subscribed? Log in here",
        "Sign in to continue reading", "Want to keep reading? Subscribe now.",
        "This article is for subscribers only", "Premium article", "Get unlimited digital access",
        "Try {n} days free", "Start free trial", "Limited time offer: {price} for 3 months",
        "You have {i} free articles left this month", "This is your last free article.",
        "Support our journalism", "If you value our reporting, please consider a donation.",
        "Help keep {outlet} free for everyone.", "Support {outlet} from {price} a month",
        "Become a supporter", "JavaScript is disabled in your browser.",
        "This content is provided by X, which may be using cookies and other technologies.",
        "Click to load the content", "To show you this content, we need your permission to set cookies.",
    ),
    "listen": (
        "Listen to this post", "Listen to the podcast", "Listen to the full episode", "Listen here",
        "Click to play", "▶ Listen", "⏵ {m} min", "Audio player", "Play/Pause", "Speed 1.0x",
        "1x 1.25x 1.5x 2x", "Rewind 10 seconds", "Read the transcript", "Show transcript",
        "Listen: {headline}", "Listen: {show}", "Subscribe: Apple Podcasts | Spotify | RSS",
        "Follow {show} on Spotify", "Find {show} on Apple, Spotify or wherever you listen",
        "New episodes every {day}", "Catch up on {show}", "Listen again on BBC Sounds",
        "Listen on the {outlet} app", "This audio is automatically generated.",
        "Audio generated by AI. Report an issue", "Text to speech", "Hear the article",
        "{m}-minute listen", "Runtime {m}:{ss}", "Episode length {m} min",
        "Listen to {outlet} Radio live", "Radio: {show}",
    ),
    "comment_count": (
        "{n} comment(s)", "{n} Kommentare", "{n} commentaires", "{n} comentarios",
        "No comments yet", "Comments (0)", "Discussion ({n})", "Join the discussion",
        "Join the debate", "Add your comment", "Post comment", "Cancel reply", "Report abuse",
        "Flag as inappropriate", "Like Reply", "Reply to {name}", "{name} says:",
        "Newest | Oldest | Most liked", "Sort by: Best", "Load more comments", "Hide comments",
        "Click here to comment", "Tell us what you think", "Write your comment here...",
        "Sign in to join the conversation", "Comments are closed for this article",
        "Commenting has been turned off.", "{n} users commenting", "Views: {n}",
        "Reactions ({n})", "{n} upvotes", "Show {n} replies",
    ),
    "copyright_footer": (
        "© {outlet} {year} | Terms and Conditions | Privacy Policy | Cookie Settings",
        "Copyright © {year} {outlet}. Powered by WordPress. Theme by {name}.",
        "{outlet} © All rights reserved",
        "Copyright {outlet}. All rights reserved. Reproduction in whole or in part is strictly prohibited.",
        "© {outlet} Pty Ltd {year}", "Copyright © {year} {outlet} Pvt. Ltd. All rights reserved.",
        "Registered office: {n} High Street, {place}. Company number {n}{m}0{m}.",
        "{outlet} — Registered as a newspaper at the Post Office.",
        "Contact us | About us | Careers | Advertise with us | Terms | Privacy",
        "About Us Contact Us Privacy Policy Terms of Service", "Site by {outlet} Digital",
        "Powered by Arc XP", "Editorial standards | Ethics policy | Corrections",
        "{outlet} is regulated by IMPRESS",
        "Copyright © {year} {outlet}. Any reproduction, in whole or in part, of this article without permission is prohibited.",
        "© {year} {outlet}. All rights reserved. This material may not be copied or distributed without permission.",
        "(C) {year} {outlet}. Licensed under CC BY-NC 4.0",
        "Printed and published by {name} on behalf of {outlet}, {place}.",
        "Copyright © {year} by {outlet}. Used with permission.",
        "Copyright {year} {agency}. All rights reserved.", "© {year} {outlet} Private Limited",
        "Do not sell my personal information | Accessibility | Sitemap",
        "{outlet} is owned by {outlet} Holdings plc. © {year}",
    ),
    "originally_appeared": (
        "This story has been updated.",
        "This article has been updated to correct the spelling of {name}'s name.",
        "An earlier version of this article incorrectly stated the year. It was {year}.",
        "CORRECTION: A previous version of this story misidentified {name}.",
        "Update, {when}: This story has been updated with comment from {outlet}.",
        "This article was amended on {when} {year} to correct a date.",
        "Originally posted at {site}", "Originally published by {outlet} on {when}.",
        "First published by {site}.", "Reprinted from {site}",
        "This story is published in partnership with {outlet}.",
        "Produced in partnership with {site}.",
        "This story was reported and written by {outlet} for {site}.",
        "{outlet} is an independent, nonprofit newsroom. Republish our articles for free under a Creative Commons license.",
        "This article was produced by {outlet}, a project of the {outlet} Foundation.",
        "This story appears in the {when} issue of {outlet}.",
        "Appeared in the {when}, {year}, print edition as '{headline}'.",
        "A version of this story appeared in the {outlet} newsletter.",
        "This story is part of Covering Climate Now, a global journalism collaboration.",
        "Last updated: {when} {year}, {time}", "Published {when} · Updated {time}",
        "This post has been updated.", "Updated at {time} to add comment from {name}.",
        "This article is part of our {section} series, produced with support from {outlet}.",
        "Corrections and clarifications: an earlier version of this piece misnamed the {place} council.",
    ),
    "contributor_line": (
        "— {agency}", "With agency inputs", "Editing by {name} and {name2}",
        "(Reporting by {name} in {place}; Additional reporting by {name2}; Editing by {name3})",
        "The Associated Press contributed to this report.", "{outlet} contributed to this report.",
        "{agency} contributed to this story.", "Wire services contributed to this report.",
        "Staff and wire reports", "From staff reports", "By {outlet} Staff", "{name} | {outlet} | {when}, {year}",
        "Contact {name} at {handle}@{domain}", "{name} is a senior correspondent at {outlet}.",
        "{name} is {outlet}'s {place} bureau chief.", "{name} is a {place}-based writer and editor.",
        "Reach {name} at @{handle}.", "{name} reports on {section} for {outlet}.",
        "Graphics by {name}", "Design and development by {name} and {name2}",
        "Additional research by {name}", "Data analysis by {name}", "Illustrations by {name}",
        "This story was reported by {name} and written by {name2}.",
        "{name} and {name2} reported from {place}; {name3} from {place2}.",
        "Reporting contributed by {name} in {place}.",
        "With assistance from {name} and {name2}.",
        "To contact the reporter on this story: {name} in {place} at {handle}@{domain}",
        "To contact the editor responsible for this story: {name}",
        "Reported by: {name} | Edited by: {name2}", "— {NAME}, {outlet} correspondent",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- mt debris

# Sentence-final endings and particles left behind by Japanese, Korean and Chinese machine
# translation (romanised), and literal English renderings of them, each a "sentence" of its
# own after a real one.
ORPHAN_FRAGMENTS = (
    "Datta.", "Dearu.", "Shimasu.", "Naru.", "Sareta.", "Mitai.", "Hazu.", "Wake.", "Nanoda.",
    "Gozaimasu.", "Seumnida.", "Hamnida.", "Dwaetda.", "Eopda.", "Ieyo.", "Ma.", "Ya.", "La.",
    "Zhe.", "Guo.", "Was made.", "Is planned.", "Has done.", "Was seen.", "Is there.",
    "Done so.", "Will have.", "Had.", "Being done.", "Would.", "To be.", "It is.", "Should.",
    "Might.", "Can.", "Cannot.", "Did not.", "Were.", "Are.", "Gone.", "Become.", "Was said.",
    "Had done.", "Is going.", "Was being.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period.
DANGLING_FRAGMENTS = (
    "was held in the presence of.", "it was learned on the.", "according to an official of the.",
    "is said to have been.", "has not been disclosed.", "in the first half of this year.",
    "the ministry of the.", "that is what he said.", "the reporter learned.",
    "it has been reported.", "in order to prevent the.", "it was pointed out.",
    "was also confirmed.", "had been planned.", "on the same day.", "at the end of the.",
    "the day before yesterday.", "as a result of the.", "the number of which is.",
    "are expected to be announced.", "from now on.", "in response to questions from reporters.",
    "it is reported that.", "at around local time.", "was quoted as saying.",
    "which was attended by.", "the spokesperson added.", "for the sake of.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "in terms of", "due to the fact that", "in addition to", "regarding the", "so that", "of",
    "and", "were", "had", "by means of", "in the case of", "on behalf of", "told Rep.",
    "joined by Gen.", "met Ms.", "according to Col.",
)  # fmt: skip
# Section and label words of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Nation", "Regional", "Local", "Asia", "Europe", "Africa", "Americas", "Metro", "Tech",
    "Travel", "Food", "Property", "Motoring", "Football", "Cricket", "Obituaries", "Commentary",
    "Editorial", "Feature", "Exclusive", "Breaking", "Courts", "Legislature", "Diaspora",
    "Banking", "Tourism", "Housing", "Labour", "Religion",
)  # fmt: skip
# Punctuation of the source language or its typography left after a sentence end: doubled
# marks, Chinese and Japanese book-title and quotation brackets, Arabic and Devanagari marks,
# Spanish inverted marks, French guillemets.
STRAY_INLINE = (
    " ,,", " ;.", " 》", " 』", " ؛", " ॥", " ．．", " ‥", " 、、", " ,.", " !?", " »", " ¿",
    " 。」",
)  # fmt: skip
STRAY_PARAGRAPHS = (
    ",,", ";.", "》", "』", "؛", "॥", "‥", "!?", "« »", "、、", "*", "·", "()", "“”",
)  # fmt: skip
# A wrong period before joining words the other sets do not use, where a clause starts: after
# a comma, or (no comma) before "if" and the "-ever"/"where-" words, not after a word that binds
# to what follows ("even if", "as if", "only if", "asked if", "see if").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnor)(?<!\beven)(?<!\bas)(?<!\bonly)"
    r"(?<!\bwhat)(?<!\bsee)(?<!\bask)(?<!\basked)(?<!\basking)(?<!\bknow)(?<!\bwonder)"
    r"(?<!\bwondered)(?<!\bunclear)(?<!\bnot)(?<!\bjust)(?<!\bthe)(?<!\bof)(?<!\bto)(?<!\bin)"
    r"(, | (?!as |including |thus |hence ))"
    r"(if|as|whenever|wherever|whereby|till|lest|thus|hence|including) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: two title-cased words, after a dash, doubled, or with "!"."""
    last = before[-1]
    r = rng.random()
    if r < 0.25 and len(before) > 1 and before[-2].isalpha():
        pair = " ".join(w[:1].upper() + w[1:] for w in before[-2:])
        return "two words title-cased", f" {pair}."
    if r < 0.5:
        return "word after a dash", f" – {last}."
    if r < 0.75 and last[:1].islower():
        return "word, capitalised word", f" {last}, {last[0].upper()}{last[1:]}."
    return "word, exclamation mark", f" {last}!"
