"""The "blind" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules, and never to be used to tune them.

The wordings come from how news sites of many countries and content systems render their
chrome (wire services, tabloids, regional papers, broadcasters, magazines, blogs; British and
American spelling; labels in capitals, with icons, emoji or bullets; buttons glued together;
counters; consent banners; paywalls; audio players; live blogs; credits, notes and footers) and
how machine translation leaves debris. They were written from scratch, not from the dev or
held-out lists; bench/cleaning.py checks that no template repeats one of theirs (ignoring case,
spacing and end punctuation), that the debris lists share no entry and that the wrong-period
joining words differ. The pool values (names, outlets, places, ...) are new as well.

Keep this set blind: whoever changes the cleaning rules should not read it or the survivors
the bench prints for it. Once its wordings have been seen by the rule writers, it is no longer
blind and a new set is needed for an honest figure. That has happened: this set has been
read by the people tuning the rules and used to tune them, and bench/phrasings_blind2.py is the
blind set now.

Placeholders are those of bench/cleaning.py's fill (name, name2, name3, NAME, outlet, site,
place, place2, day, headline, year, n, i, m, ss, weather, t, handle, scene) plus the EXTRA ones
below (agency, when, price, time, show).
"""

from __future__ import annotations

import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Aoife Brennan", "Tunde Okafor", "Mei-Ling Chou", "Dmitri Volkov", "Santiago Ruiz",
    "Fatima Zahra Benali", "Grace Mwangi", "Henrik Lindqvist", "Aisha Rahman", "Ben Hollister",
    "Thandiwe Dlamini", "Arjun Mehta", "Nguyen Thi Lan", "Matteo Rossi", "Katarzyna Wisniewska",
    "Owen Gallagher",
)  # fmt: skip
OUTLETS = (
    "The Lakeside Sentinel", "Granite State Bulletin", "Westbrook Evening Star",
    "Prairie Public Media", "The Highland Clarion", "Bayview Broadcasting Corporation",
    "Continental Newswire", "The Sunday Beacon", "Redwood Reporter", "Channel 9 Eyewitness News",
)  # fmt: skip
SITES = (
    "lakesidesentinel.com", "westbrookstar.co.uk", "clarion.news", "prairiepublic.org",
    "The 19th", "Stateline", "Mongabay", "Undark", "Chalkbeat", "Global Voices",
)  # fmt: skip
PLACES = (
    "Dublin", "Accra", "Hanoi", "Melbourne", "Bogota", "Istanbul", "Oslo", "Karachi", "Denver",
    "Marseille",
)  # fmt: skip
HEADLINES = (
    "Ferry operator cancels winter timetable",
    "Council tax to rise for third year running",
    "How a small orchard became a tourist magnet",
    "Police appeal for witnesses after late-night crash",
    "Startup raises millions to recycle old batteries",
    "Eight films to stream this weekend",
    "Drought forces farmers to sell cattle early",
    "University scraps plan for new campus",
    "Airport strike called off at the last minute",
    "The quiet comeback of the vinyl record",
)
SCENES = (
    "Shoppers queue outside a market in {place} on {day}",
    "A firefighter douses a burning car in {place}",
    "Delegates take their seats before the vote on {day}",
    "Children play in a fountain during hot weather in {place}",
    "Workers repair a damaged bridge near {place}",
    "The coach talks to players during training on {day}",
    "Smoke rises over the harbour in {place}",
    "Residents clear mud from their homes in {place} on {day}",
)
WEATHER = ("Sleet", "Haze", "Hail", "Mist", "Freezing rain", "Blustery", "Humid", "Mostly clear")
HANDLES = ("LakesideSentinel", "westbrook_star", "HighlandClarion", "prairiepubmedia")
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "TASS", "Jiji Press", "PTI", "IANS", "Lusa", "Ritzau Scanpix", "Keystone", "Belga",
            "ANP", "TT News Agency", "Sipa USA", "Alamy",
        ),
    ),
    ("when", ("March 3", "14 June", "Oct. 9", "Jan 21", "1 December", "July 30", "Sept. 12")),
    ("price", ("£1", "$2", "€1.99", "99p", "A$4", "$4.99", "£2 a week")),
    ("time", ("9:41 AM", "14:05", "6.30pm", "11:02 a.m. ET", "08:15 GMT", "7pm")),
    ("show", ("The Morning Mix", "Deep Dive Daily", "Newsroom Unplugged", "Drive Time Extra")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to secondary menu", "Skip to primary sidebar", "Skip to site index",
        "Skip to key events", "Skip to table of contents", "Skip to end of navigation",
        "Skip to the beginning of the images gallery", "Skip to local navigation", "Jump to recipe",
        "Jump to latest update", "Skip to top stories", "Jump to section", "Scroll to top",
        "Toggle navigation", "Open navigation menu", "Close menu", "Accessibility links",
        "Keyboard shortcuts", "Skip to weather", "Skip to sports section",
        "You are here: Home / News / {place}", "Home › World › {place}", "Skip to bottom of page",
        "Skip to results", "Skip to live updates", "Go to homepage", "Skip to end of carousel",
        "Skip to chapter list", "Skip to sign in",
    ),
    "icon_label": (
        "{outlet} logo", "{name} headshot", "Opens in new window", "External link icon",
        "Checkmark icon", "Refresh icon", "Download icon", "Headphones icon", "Lock icon",
        "Premium content icon", "User account icon", "Plus icon", "Info icon", "Warning icon",
        "Location pin icon", "Calendar icon", "Magnifying glass icon", "chevron-right",
        "icon-arrow-right", "fa-envelope", "Current Time 0:00", "Duration {m}:{ss}", "Loaded: 0%",
        "This is a modal window.", "Unmute", "Fullscreen", "{weather} {t}°C", "{place} {t}°C",
        "☰ Menu", "✕ Close", "🔍 Search", "Image placeholder", "Loading...", "Star rating icon",
        "Thumbs up icon", "RSS feed icon", "Enlarge this image", "toggle caption", "Pause",
    ),
    "gallery_counter": (
        "+{n}", "Slideshow ({n} images)", "Photo gallery: {n} pictures", "Show thumbnails",
        "Bild {i} von {n}", "Foto {i} de {n}", "Use arrow keys to browse the photos",
        "‹ Prev {i} of {n} Next ›", "Previous image", "Next photo", "Close gallery", "Open gallery",
        "Start slideshow", "Swipe left for more photos", "{n} images in this gallery",
        "Slideshow · {n}", "Click image to enlarge", "{i}/{n} — {name}/{agency}",
        "View {n} more photos", "{n}-photo gallery", "PHOTOS: {headline}",
        "In pictures: {headline}", "Tap to expand", "Gallery | {n} Images", "{i} sur {n}",
        "Browse the gallery", "Thumbnails", "Back to gallery", "Fotostrecke ({n} Bilder)",
        "Full-screen slideshow", "{n} photos, {m} videos", "Previous slide Next slide",
        "Autoplay slideshow", "Hide captions", "Share this gallery", "Photo essay: {headline}",
    ),
    "photo_caption": (
        "IMAGE SOURCE, {agency}", "Image caption, {scene}", "Media caption, {scene}",
        "Image copyright {agency} Image caption {scene}", "{scene}.Credit...Pool photo by {name}",
        "{scene} hide caption toggle caption {name}/{outlet}",
        "{scene}, in {place}, {when}, {year}. {agency}/{name}",
        "{scene}. REUTERS/{name} TPX IMAGES OF THE DAY",
        "{scene}, in {place}. (AP Photo/{name}, Pool)", "A post shared by {name} (@{handle})",
        "Pictured: {scene}", "{scene} (Getty Images/iStockphoto)", "Illustration: {name}",
        "{scene}. Composite: {outlet}/{agency}", "{scene}. Photo / Supplied",
        "{scene}. (Express photo by {name})", "Representational image",
        "(Photo: Twitter/@{handle})", "{scene} [File: {name}/{agency}]",
        "{scene}. {name}/{agency}/Getty Images",
        "Photo-Illustration by {name}; Source images: {agency}",
        "{scene}. Image via Wikimedia Commons (CC BY-SA 4.0)", "Photo by {name} on Unsplash",
        "{scene}, in this handout picture released by {outlet} on {when}.",
        "{scene} in this still image taken from video.", "Screengrab: {outlet}",
        "Photo for illustrative purposes only.", "Main picture: {scene}", "📸 {name} / {outlet}",
        "{scene}Credit: {agency}", "{scene} ({agency} photo)",
        "{scene}. Image: {name} via Flickr (CC BY 2.0)", "{scene}, {when}. (Provided by {outlet})",
        "{scene}. Supplied image", "{scene}. {name}/ZUMA Press Wire",
        "Cover photo: {name}/{agency}", "Photo caption: {scene}", "{scene}. (Contributed photo)",
        "{scene}. (Archive image)", "{scene}. Alamy Stock Photo",
        "FILE PHOTO: {scene}, {when}, {year}.", "{scene}. (Screenshot via YouTube)",
        "Photo credit should read {NAME}/{agency}",
    ),
    "recommended": (
        "RELATED CONTENT", "Click here to read more",
        "Click here for the latest news from {place}.", "More in World", "More in Business",
        "Popular on {outlet}", "Top Stories", "Hot topics", "MUST READ: {headline}", "Explore more",
        "Discover more from {outlet}", "Check out: {headline}", "Next story: {headline}",
        "Previous post: {headline}", "Next Post", "Recent Posts", "Filed under: {place}",
        "Topics: {place} · Elections · Economy", "Categories: News, {place}",
        "TRENDING: {headline}", "Video: {headline}", "In Case You Missed It", "ICYMI: {headline}",
        "What we're reading", "Around the web", "Our top stories today",
        "Stories you may have missed", "Catch up on: {headline}", "LIVE UPDATES: {headline}",
        "Explainer: {headline}", "Full coverage", "See more headlines", "Popular in the community",
        "Top videos", "🔥 Trending in {place}", "👉 {headline}", "📰 More stories from {place}",
        "Key events", "Show key events only", "Tags: {place}, weather, transport",
    ),
    "advertisement": (
        "ADVERTISEMENT - CONTINUE READING BELOW", "Sponsored Links", "Promoted Stories",
        "Recommended by", "Sponsored Links by Taboola", "Paid Post", "Paid for by {outlet}",
        "PAID PROGRAM", "Presented by {outlet}", "Brought to you by {outlet}",
        "In partnership with {outlet}", "Supported by", "Ad · {site}",
        "It looks like you're using an ad blocker.", "Advertise with us", "Ads by Google",
        "This article contains affiliate links. We may earn a commission if you buy through them.",
        "Advertorial", "Anzeige", "Publicidad", "Publicité", "Ad closed by Google",
        "Stop seeing this ad", "Scroll to continue with content", "Your ad could be here",
        "ADVERTISING FEATURE", "{price} at Amazon", "Check price", "Shop now",
        "Go ad-free with {outlet} Premium", "Commercial feature", "AD FREE? Subscribe",
    ),
    "share_follow": (
        "Share Tweet Email", "Facebook Twitter Pinterest WhatsApp", "Pin on Pinterest",
        "Share via Messenger", "Share on Telegram", "Send by SMS", "Flipboard",
        "Print Friendly, PDF & Email", "Reddit Flipboard Pocket", "Save article", "Save for later",
        "Click to email a link to a friend (Opens in new window)", "Like this:Like Loading...",
        "Follow {outlet} on Google News", "Join our WhatsApp channel",
        "Join our Telegram channel for the latest updates", "Follow us on Threads",
        "Find us on Bluesky", "Subscribe to our YouTube channel", "We're on TikTok! @{handle}",
        "{n} Shares",
        "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn",
        "Share on X (formerly Twitter)", "Follow {name}", "Follow {name} on X: @{handle}",
        "Got a news tip? Email us", "Connect with us", "Sharing is caring!", "Spread the love",
        "✉️ Email", "WhatsApp Facebook X", "Tweet this quote", "Click to tweet", "Share on LINE",
        "Share on VK", "📲 Share this story",
    ),
    "newsletter": (
        "Your email address", "Subscribe",
        "Get {outlet}'s best stories straight to your inbox every Sunday.",
        "This field is required.",
        "We will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights.",
        "skip past newsletter promotion", "after newsletter promotion",
        "Sign up to the {outlet} Briefing, our free daily newsletter – every weekday at 7am",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
        "Check your inbox to confirm your subscription.",
        "📬 The {outlet} Morning Report, Monday to Friday. Sign up.",
        "Weekly roundup: the best of {outlet}, every Friday.",
        "Never miss a beat. Join our mailing list.",
        "Turn on push notifications for breaking news.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "Free. Every weekday. Unsubscribe anytime.",
        "Our {place} newsletter tells you what's happening in your area.",
        "Get {name}'s column by email every week.", "NEWSLETTERS", "Read the latest edition",
        "Manage email preferences", "Text UPDATES to 55555 to get breaking news by SMS.",
        "Start your day with {outlet}. Subscribe to Morning Edition.",
        "Thank you! You're now subscribed.",
    ),
    "cookie_subscription": (
        "We value your privacy",
        "We and our {n} partners store and/or access information on a device, such as cookies and process personal data.",
        "Accept and close", "Got it", "Do Not Sell or Share My Personal Information",
        "Manage options", "Strictly necessary cookies", "Cookie policy",
        "Continue without accepting", "Your subscription supports local journalism.",
        "Only {price} for your first month", "Digital access for {price}/week. Cancel anytime.",
        "Continue reading your article with a {outlet} membership",
        "Thank you for reading {outlet}. Please log in or subscribe to continue.",
        "Since you're here, we have a small favour to ask.", "Make a contribution", "Donate now",
        "Become a patron", "PREMIUM",
        "This website uses JavaScript. Please enable JavaScript in your browser.",
        "Your browser is out of date.",
        "This content is blocked because you have not accepted social media cookies.",
        "To view this content, please enable Functional cookies.", "Allow all", "Save preferences",
        "Show purposes", "Vendor list",
        "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
        "You've hit your limit of free stories.", "Subscriber exclusive",
    ),
    "listen": (
        "🎧 Audio version available", "Listen on Spotify", "Listen on Apple Podcasts",
        "Listen on Apple Podcasts | Spotify | Google Podcasts",
        "Subscribe to {show} wherever you get your podcasts.", "Hear more on {show}",
        "Download the episode", "Download MP3", "Episode {n}: {headline}", "{m} min read",
        "More episodes", "0:00 / {m}:{ss}", "Playback speed 1x",
        "Getting your Trinity Audio player ready...", "Tune in to {show} weekdays at {time}",
        "Now Playing", "Play episode", "Listen live", "On Air: {show}",
        "Audio: {name} reports from {place}", "Click here to listen to the full interview",
        "Your browser does not support the audio element.",
        "Media playback is unsupported on your device", "▶ Play video", "Podcast: {headline}",
        "🔊 Hear it read aloud ({m}:{ss})", "Stream {show} on demand", "Pause audio",
    ),
    "comment_count": (
        "💬 {n}", "COMMENTS", "Oldest first", "Log in to comment",
        "Commenting is disabled for this article.", "comments powered by Disqus",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Reply · Report · {n} likes", "View {n} more replies", "Show more comments",
        "{n} thoughts on “{headline}”", "Read our community guidelines",
        "Comments are moderated and may take some time to appear.",
        "What do you think? Have your say in the comments below.", "Pingback: {headline}",
        "{n} votes", "Reader comments ({n})", "Share your thoughts", "Comment as guest",
        "You must be logged in to post a comment.", "Notify me of follow-up comments by email.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "{n}.{m}K views", "{n} Likes", "Have your say", "Start the discussion",
        "Reader reactions: 👍 {n} ❤️ {m}",
    ),
    "copyright_footer": (
        "All rights reserved. Republication or redistribution of {outlet} content is expressly prohibited without prior written consent.",
        "{outlet} is not responsible for the content of external sites.",
        "© Copyright {outlet}. Registered in England and Wales No. {n}0{m}4{n}.",
        "Terms of Use | Privacy Policy | Contact Us | Advertise",
        "Sitemap · Accessibility · Careers · About us", "Proudly powered by WordPress",
        "{outlet} is a member of the Independent Press Standards Organisation (IPSO)",
        "This site is part of the {outlet} network",
        "Reproduction without explicit permission is prohibited.",
        "No part of this publication may be reproduced without the written permission of {outlet}.",
        "Data provided by {outlet}. Market data delayed 15 minutes.",
        "The views expressed are those of the author and do not necessarily reflect those of {outlet}.",
        "Disclaimer: This article is for informational purposes only and does not constitute financial advice.",
        "Published by {outlet} Publishing Ltd, {place}.",
        "© {year} {outlet}. Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
        "Ⓒ {outlet} Media Ltd {year}", "Text © {outlet} {year}; photos © {agency}",
        "All material on this site is subject to copyright.", "Powered by Newspack",
        "Unless otherwise stated, content is licensed under CC BY 4.0.",
        "{outlet}, a division of {outlet} Group. ©{year}",
        "Part of the {outlet} family of newspapers",
    ),
    "originally_appeared": (
        "This article is part of a collaboration between {outlet} and {site}.",
        "Editor's note: This story was first published in {year} and has been updated.",
        "Editor's note: This article was updated on {when} to include new information.",
        "Correction: An earlier version of this story misstated the name of {name}'s organisation.",
        "Correction, {when}: A previous version of this article gave the wrong date for the vote.",
        "A version of this article appears in print on {when}, {year}, Section B, Page {n} with the headline: {headline}. Order Reprints | Today's Paper | Subscribe",
        "This article appeared in the print edition under the headline \"{headline}\"",
        "First published on {day} {when} {year} {time}", "Cross-posted from {site}.",
        "This post first appeared on {name}'s Substack.", "Syndicated from {site}.", "Via {site}",
        "Source: {site}", "This reporting was supported by a grant from the {outlet} Foundation.",
        "This article was translated from Spanish by {name}.",
        "Adapted from {name}'s book {headline}, published by {outlet}.",
        "This is an edited extract from {headline} by {name} ({outlet}, {price})",
        "{name} is a contributing writer at {outlet}. This piece was first posted on {site}.",
        "Updated {when}, {year}: This story has been updated with additional details.",
        "This piece originally aired on {show}.",
        "This story is part of a content-sharing partnership with {site}.",
        "This interview has been condensed and edited for clarity.",
        "Clarification: This story has been amended to reflect comments from {name}.",
        "Story via {site}, shared under CC BY-ND 4.0.",
    ),
    "contributor_line": (
        "Compiled by {name}", "With inputs from agencies", "(With inputs from {agency})",
        "Edited by: {name}", "Material from {agency} was used in this report.",
        "This report includes information from {agency} and {outlet}.", "Fact-checked by {name}",
        "{name} is a freelance journalist based in {place}.", "Translated by {name}",
        "Video by {name}", "Reported by {name} and {name2}; graphics by {name3}",
        "Produced by {name}. Design by {name2}.", "{NAME} / Staff Reporter",
        "By {name} and {name2}, {outlet}", "Contact the reporter: {name}, @{handle}",
        "{name} covers {place} for {outlet}.", "— With files from {agency}",
        "{name} wrote this story with help from {name2}.", "Sub-edited by {name}",
        "Story: {name}; Photos: {name2}", "Words: {name} | Pictures: {name2}", "Editor: {name}",
        "Researcher: {name}", "Interviews by {name} in {place} and {name2} in {place2}.",
        "{name} ({outlet}) and {name2} ({agency}) also reported.",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- mt debris

# Sentence-final words left behind by Japanese, Korean and Chinese machine translation
# (romanised or rendered literally), each a "sentence" of its own after a real one.
ORPHAN_FRAGMENTS = (
    "Yo.", "Ne.", "Kedo.", "Desho.", "Teiru.", "Rashii.", "Sou desu.", "Kamoshirenai.",
    "Imnida.", "Haetda.", "Handa.", "Itda.", "Le.", "De.", "Ba.", "Doing.", "Being.",
    "Saying.", "Said so.", "It seems.", "It will.", "That is.", "Is it.", "Does.", "Shall.",
    "Ought to.", "Must.", "Could not.", "Finished.", "Went.", "Came.", "Made.", "Happened.",
    "Exists.", "Seems.", "It did.", "They did.", "We will.", "I think.", "Reportedly.",
    "Apparently.", "Was done so.", "Kept.", "Will do.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period.
DANGLING_FRAGMENTS = (
    "the spokesman for the ministry said.", "was revealed by the.", "in line with the policy of.",
    "to be implemented by the end of the year.", "which is the first time in.",
    "as of the end of last month.", "in the same period last year.",
    "compared to the previous year.", "it became clear on the.", "is attracting attention.",
    "has been drawing attention.", "that there is no problem.", "for the first time in years.",
    "he emphasized.", "she told reporters.", "as reported by local media.",
    "the details of which are unknown.", "with regard to the matter.",
    "at the press conference held on the.", "to the effect that.", "plans to continue.",
    "by the relevant authorities.", "over the past few days.", "is also being investigated.",
    "the situation is.", "are being made.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "in accordance with", "it is expected that", "on the other hand", "with respect to",
    "such as", "as well as", "the", "has", "will", "said Prof.", "according to Gov.",
    "together with Sen.",
)  # fmt: skip
# Section labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Business", "Culture", "Sports", "Opinion", "World", "Science", "Education", "Energy",
    "Agriculture", "Security", "Justice", "Immigration", "Markets", "Crime", "Lifestyle",
    "Entertainment", "Weather", "Transport", "Infrastructure", "Investment", "Military",
    "Parliament", "Analysis", "Interview",
)  # fmt: skip
# Punctuation of the source language or its typography left after a sentence end (French
# spacing, Chinese and Japanese full-width marks, Arabic and Devanagari marks).
STRAY_INLINE = (
    " ?", " :", " ，", " ！", " ？", " ；", " ：", " ،", " ।", " ...", " .,", " 」",
)  # fmt: skip
STRAY_PARAGRAPHS = ("?", "!", ":", ";", "...", "。。", "，", "」", "।", "؟", ".,", "•")
# A wrong period before joining words the other sets do not use, where a clause starts: after
# a comma, or (no comma) before a subordinating or relative word, not after a word that binds
# to what follows ("ever since", "even though", "up until", "as though", "the day before").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnor)(?<!\bas)(?<!\bup)(?<!\beven)"
    r"(?<!\bever)(?<!\blong)(?<!\bjust)(?<!\bonly)(?<!\bright)(?<!\bshortly)(?<!\bsoon)"
    r"(?<!\bthe)(?<!\bthat)(?<!\bthan)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)"
    r"(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\bnot)(?<!\bday)(?<!\bweek)(?<!\byear)"
    r"(, | (?!nor |once ))"
    r"(since|though|unless|until|before|where|whose|whom|whether|once|nor|whilst) "
    r"(?=[a-z])"
)
