"""The "blind5" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind4; never to be used to
tune the rules.

The chrome comes from how news pages render it in many countries and content systems: wire
services, local and regional papers, broadcasters, magazines, trade press, newsletters, live
blogs, podcast and video players; British, American, Irish, Indian, Australian, New Zealand,
Canadian, Gulf, Chinese and Korean English-language usage; the Spanish, French, German,
Italian, Portuguese, Dutch, Nordic, Polish, Czech, Romanian, Greek (in Latin script),
Indonesian, Vietnamese, Turkish and Hindi (in Latin script) labels that multilingual templates
leave on English pages; breadcrumbs, separators, pictographs, video-player strings, consent
and paywall screens, affiliate and sponsorship notes, mastheads, legal footers, corrections,
translation notes and credits. The debris comes from Chinese, Japanese, Korean, Russian,
Arabic, Turkish, Vietnamese, Indonesian, Hindi and Portuguese machine translation into
English. Every wording was written from scratch, not from the rules, the tests or the lists of
the other sets; bench/cleaning.py checks that no template, debris entry, wrong-period joining
word or pool value repeats one of an earlier set.

Keep this set blind: whoever changes the cleaning rules must not read it or the survivors the
bench prints for it. Once its wordings have been seen by the rule writers or used to tune the
rules, it is no longer blind and a new set is needed for an honest figure.

Placeholders are those of bench/cleaning.py's fill (name, name2, name3, NAME, outlet, site,
place, place2, day, headline, year, n, i, m, ss, weather, t, handle, scene) plus the EXTRA ones
below (agency, posted, clock, price, podcast, section, domain).
"""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Oisin Delaney", "Adaeze Nwosu", "Min-jun Hwang", "Yaroslava Tkachenko", "Gonzalo Iturbe",
    "Rania Mansour", "Wairimu Ndungu", "Torbjorn Lie", "Kavitha Raman", "Eilidh Ross",
    "Nomvula Khumalo", "Gurpreet Sandhu", "Vo Thi Hoa", "Alessandro Conti", "Radka Novotna",
    "Fionn Brady", "Margaux Lefevre", "Bilal Qureshi", "Akosua Owusu", "Thiago Moreira",
    "Dewi Lestari", "Emre Yildiz", "Andreea Popescu", "Nikos Papadakis",
)  # fmt: skip
OUTLETS = (
    "The Alderbrook Courant", "Kestrel Bay Radio News", "The Karoo Observer", "Harmattan Times",
    "Straits Evening Record", "Nilgiri Morning Post", "The Tasman Mercury",
    "Fraser Valley Sentinel-Press", "KXLB Channel 6 News", "The Sunday Lamplighter",
    "Bosphorus Daily Wire", "Mekong Morning Edition", "Danube Evening Courier",
)  # fmt: skip
SITES = (
    "alderbrookcourant.com", "kestrelbayradio.co.uk", "karooobserver.co.za", "harmattantimes.ng",
    "straitsrecord.sg", "nilgiripost.in", "tasmanmercury.co.nz", "fraservalleysentinel.ca",
    "The Open Ledger Collective", "Uplands Climate Report", "The Civic Desk Weekly",
    "Borderlands Investigative Unit",
)  # fmt: skip
PLACES = (
    "Limerick", "Abeokuta", "Gwangju", "Townsville", "Arequipa", "Trabzon", "Trondheim",
    "Faisalabad", "Albuquerque", "Rennes", "Madurai", "Bloemfontein", "Kuching", "Regina",
    "Yekaterinburg", "Fukuoka", "Da Nang", "Surabaya", "Cluj-Napoca", "Thessaloniki", "Brno",
    "Gdansk", "Curitiba",
)  # fmt: skip
HEADLINES = (
    "Night bus routes restored after driver shortage eases",
    "Landlords face new rules on damp and mould",
    "Ten quiet villages to visit before the summer crowds",
    "Jury retires in trial of former port official",
    "Diesel shortage hits farmers at harvest time",
    "Graduates struggle to find work as hiring slows",
    "Flood warning remains in place for river towns",
    "The family bookshop that refused to close",
    "Regional airline scraps weekend service",
    "Health minister under fire over ambulance delays",
    "Parents protest plan to merge two primary schools",
    "Veteran midfielder announces retirement at 36",
)
SCENES = (
    "Passengers board a night bus in {place} on {day}",
    "A fruit seller arranges mangoes at a market in {place}",
    "Voters queue outside a polling station in {place} on {day}",
    "Divers search the harbour near {place}",
    "Demonstrators wave flags outside the town hall in {place}",
    "Firefighters hose down a warehouse in {place} on {day}",
    "Workers lay tracks for the new tram line in {place}",
    "The home side's captain lifts the trophy on {day}",
    "Tourists photograph the old city walls in {place}",
)
WEATHER = (
    "Scattered thunderstorms", "Rain and snow", "Cloudy with sunny breaks", "Chilly",
    "Hot and dry", "Icy", "Sunny spells", "Squally showers", "Muggy", "Wintry mix",
)  # fmt: skip
HANDLES = (
    "AlderbrookCourant", "kestrelbay_radio", "KarooObserver", "harmattantimes", "StraitsRecord",
    "nilgiri_post",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "ANA-MPA", "Eurokinissi", "Inquam Photos", "Agencja Gazeta", "Depo Photos", "Newsis",
            "Aflo", "VCG", "China News Service", "Folhapress", "Estadão Conteúdo",
            "Vietnam News Agency", "Europa Press", "Lehtikuva", "IRNA",
        ),
    ),
    (
        "posted",
        (
            "9 September 2023", "Sept. 30, 2022", "Mar 14", "Thursday 2 November", "2024-01-17",
            "17.01.2024", "Oct 1st",
        ),
    ),
    (
        "clock",
        ("7:50 AM", "14:10 CET", "5.25pm", "9:03 a.m. PT", "20:45 ICT", "06:40 WIB", "12:05 KST"),
    ),
    ("price", ("Rp 49.000", "99.000 ₫", "₺29,99", "19,99 zł", "CHF 2.–", "£2.49", "US$1")),
    (
        "podcast",
        ("The Night Desk", "Front Page Audio", "Wires Crossed", "The Bulletin Hour",
         "Inside the Newsroom"),
    ),
    (
        "section",
        ("Cities & Regions", "Economy & Jobs", "Sport & Leisure", "Science & Environment",
         "Politics & Power", "Culture & Ideas"),
    ),
    ("domain", ("alderbrookcourant.com", "straitsrecord.sg", "nilgiripost.in")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to in-page navigation", "Skip to the list of stories", "Skip to the programme guide",
        "Skip to the live stream", "Skip to the podcast episodes", "Skip to the video playlist",
        "Skip to event schedule", "Skip to regional editions", "Skip to the weather map",
        "Skip to the letters page", "Skip to the classifieds", "Skip to death notices",
        "Skip to the fixtures", "Skip to language selection", "Jump to the summary",
        "Jump to the most recent post", "Go to the main menu", "Toggle sidebar menu",
        "Browse sections", "Close search", "Site navigation", "Front page › {section} › {place}",
        "News · {place} · {section}", "{section} / {place} / Latest", "Saltar a la navegación",
        "Aller à la navigation", "Zur Navigation springen", "Vai alla navigazione",
        "Naar navigatie", "Saltar para o conteúdo", "Gå till huvudinnehåll",
        "Hopp til hovedinnhold", "Spring til indhold", "Przejdź do nawigacji", "Přeskočit na obsah",
        "Sari la conținut", "Lewati ke konten", "Chuyển đến nội dung", "İçeriğe geç",
    ),
    "icon_label": (
        "Byline image for {name}", "{name} mugshot", "Feels like {t}°", "Wind 14 km/h NW",
        "Humidity 82%", "UV index: High", "Pollen count: Low", "Chance of rain {n}%",
        "{weather} tonight, low of {t}°", "Stream Type LIVE", "Seek to live, currently behind live",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "End of dialog window.", "Captions Settings",
        "captions settings, opens captions settings dialog", "descriptions off, selected",
        "Playback Rate", "Quality: Auto (1080p)", "Cast to device", "AirPlay",
        "fa fa-facebook-square", "icon icon--share", "more_vert", "bookmark_border", "🔔 Alerts",
        "☀️ {t}° {place}", "🌧 {weather}", "Club crest", "App Store badge", "Get it on Google Play",
        "QR code", "Menü öffnen", "Ouvrir le menu", "Zoeken", "Szukaj", "Hledat", "Cari",
        "Tìm kiếm",
    ),
    "gallery_counter": (
        "Photograph {i} of {n}", "Still {i} of {n}", "Open image {i} of {n} in full screen",
        "Slide {i} of {n} · Tap to pause", "{i} of {n} · Swipe to advance", "Go to image {i}",
        "Show photo {i} of {n}", "{n} images ↗ Open gallery", "Click to view {n} photos",
        "View the {n} photos", "Collection: {n} photographs", "Photo series: {headline}",
        "Our best pictures of the week", "The week in pictures", "The day in photos",
        "Images of the year: {headline}", "{i} of {n} — use ← → to navigate", "Thumbnail view",
        "Grid view", "Fotka {i} z {n}", "Fotografia {i} din {n}", "Foto {i} apo {n}",
        "Foto {i} dari {n}", "Ảnh {i}/{n}", "Fotoğraf {i}/{n}", "Billede {i} af {n}",
        "Afbeelding {i} van {n}", "Kép {i}/{n}", "Fotografía {i} de {n}", "Galería de imágenes",
        "Fotogalerie ({n})", "Galeri foto: {headline}", "{n} foto's bekijken",
    ),
    "photo_caption": (
        "{scene}. (Photo: AFP)", "{scene}. Sursa foto: {agency}", "{scene}. Fot. {name}/{agency}",
        "{scene}. Autor fotografie: {name}", "{scene}. Créditos: {name}",
        "{scene}. Cortesía de {outlet}", "{scene}. Crédito: {name}/{agency}",
        "{scene}. Foto: Reprodução/{outlet}", "{scene}. Foto: Divulgação",
        "{scene}. Foto d'archivio", "{scene}. Photo d'illustration {agency}",
        "{scene}. Archivbild: {agency}", "{scene}. Beeld: {agency}", "{scene}. Kuva: {name}",
        "{scene}. Fotograf: {name}", "{scene}. Foto: dok. {outlet}", "{scene}. (Foto: Istimewa)",
        "{scene}. Ảnh: {name}", "{scene}. (Ảnh minh họa)", "{scene}. (Fotoğraf: {agency})",
        "{scene}. (File image: PTI)", "{scene}. Picture: {agency}/Alamy Live News",
        "{scene}. Photograph: Handout", "{scene}. {name} for {outlet}",
        "{scene}. Photo: Office of the Mayor of {place}", "{scene}. ({outlet}: {name})",
        "{scene}. (Supplied)", "{scene}. Photo: {name}/Stuff", "{scene}. [NEWS1]",
        "{scene}. [JOONGANG PHOTO]", "{scene}. (Korea Times photo by {name})",
        "{scene}. [Photo/VCG]", "{scene}. [Photo by {name}/chinadaily.com.cn]",
        "{scene}. [Photo provided to China Daily]", "{scene}. (Photo by {name}/Xinhua)",
        "{scene}. Image Credit: {name}/{outlet}", "{scene}. Photo: © RIA Novosti / {name}",
        "{scene}. ({NAME}/AFP via Getty Images)",
    ),
    "recommended": (
        "More top stories", "Popular this week", "Latest headlines", "Developing: {headline}",
        "More from this section", "More in {section}", "Most popular in {place}",
        "Trending in {section}", "Read the full story", "Full report: {headline}",
        "Highlights: {headline}", "Recap: {headline}", "Comment: {headline}",
        "SEE MORE: {headline}", "▶ More videos from {outlet}", "Leer más: {headline}",
        "Ver también: {headline}", "Sur le même sujet", "Das könnte Sie auch interessieren",
        "Weitere Artikel", "Potrebbe interessarti anche", "Leia mais: {headline}", "Veja também",
        "Meer nieuws", "Ook interessant", "Läs mer", "Les også: {headline}", "Læs også: {headline}",
        "Lue myös: {headline}", "Przeczytaj również: {headline}", "Přečtěte si také: {headline}",
        "Citește și: {headline}", "Diavaste episis: {headline}", "Baca juga: {headline}",
        "Berita terkait", "Xem thêm: {headline}", "Tin liên quan", "İlginizi çekebilir",
        "Ye bhi padhein: {headline}",
    ),
    "advertisement": (
        "Scroll to keep reading", "Article resumes below", "Keep scrolling for more",
        "Sponsored stories", "Partner offers", "Special offer", "Best deals today",
        "View at Amazon", "Buy it now", "See price", "From {price} at Argos",
        "Advertiser disclosure", "This content is paid for by an advertiser",
        "Sponsored by our partners", "Ads keep this site free", "Get an ad-free experience",
        "Enjoy {outlet} ad-free for {price} a month", "Advertisement feature", "Sponsored feature",
        "Ad · 1 of 2", "Advertentie", "Reklame", "Publicitate", "Diafimisi", "Iklan", "Quảng cáo",
        "Sponzorováno", "Artykuł sponsorowany", "Contenu partenaire", "Gesponserter Inhalt",
        "Contenuto sponsorizzato", "Conteúdo patrocinado", "Vigyapan", "Reklamı geç",
        "Sponsorlu içerik",
    ),
    "share_follow": (
        "Share on Viber", "Share on Xing", "Share on Zalo", "Share on WeChat",
        "Scan to share on WeChat", "Send in Messenger", "Share on Pinterest", "Copy share link",
        "Follow us on Bluesky", "Follow us on Mastodon", "Follow us on Pinterest",
        "Follow us on Flipboard", "Join our WhatsApp community", "Follow {outlet} on Threads",
        "Subscribe to our Telegram channel", "Our Telegram channel: @{handle}",
        "Follow the author: @{handle}", "Email | Print | Share", "Share | Save | Print",
        "WhatsApp Telegram Messenger Copy link", "Compartir en WhatsApp", "Partager sur Facebook",
        "Auf WhatsApp teilen", "Condividi su WhatsApp", "Compartilhar no Facebook",
        "Delen via WhatsApp", "Del på Facebook", "Dela på Facebook", "Jaa Facebookissa",
        "Udostępnij na Facebooku", "Sdílet na Facebooku", "Distribuie pe Facebook", "Bagikan",
        "Chia sẻ", "Facebook'ta paylaş", "Share karein", "Koinopoiisi",
    ),
    "newsletter": (
        "Get the morning headlines from {place} in your inbox.",
        "Sign up for our {section} newsletter and never miss a story.",
        "The week's biggest stories, every Saturday morning. Sign up free.",
        "That doesn't look like a valid email.", "Email is required", "Your email",
        "E-mail address*", "Subscribe now", "Subscribe for free", "Keep me updated",
        "Yes, sign me up!", "Sign up — it's free", "Sending…", "You have been subscribed.",
        "Thanks! Please check your email to confirm.",
        "By subscribing you agree to our Privacy Policy. You may unsubscribe at any time.",
        "We respect your privacy. Unsubscribe with one click.",
        "Would you like to receive desktop notifications from {outlet}?",
        "The {outlet} Daily Brief: what you need to know, in five minutes.",
        "Get {name}'s weekly analysis in your inbox.", "Suscríbete gratis a nuestra newsletter",
        "Recibe las noticias en tu correo", "Recevez notre newsletter chaque matin",
        "Newsletter abonnieren", "Meld je aan voor onze nieuwsbrief",
        "Prenumerera på vårt nyhetsbrev", "Tilmeld dig vores nyhedsbrev", "Tilaa uutiskirje",
        "Přihlaste se k odběru newsletteru", "Abonează-te la newsletter",
        "Berlangganan newsletter kami", "Đăng ký nhận bản tin", "Bültenimize abone olun",
        "Receba nossa newsletter",
    ),
    "cookie_subscription": (
        "Measure advertising performance", "Develop and improve services",
        "Create profiles for personalised advertising", "List of partners (vendors)",
        "Accept and continue", "Reject and subscribe",
        "Accept cookies or subscribe to {outlet} without ads for {price} a month.",
        "Essential cookies only", "Performance cookies", "Targeting cookies",
        "Cookie Preference Center", "Confirm my choices", "Manage your privacy settings",
        "Want to read more? Subscribe to {outlet}.", "Already paid? Restore your access",
        "Your trial has ended.", "Renew your subscription to keep reading.",
        "Sign in to read the rest of this article.",
        "This story is free to read with registration.", "Get {n} weeks for {price}",
        "Become a member from {price} a month", "Our journalism relies on readers like you.",
        "Mit Werbung weiterlesen", "Werbefrei weiterlesen", "Accetta e continua",
        "Aceptar y continuar", "Accepter et fermer", "Alles accepteren", "Acceptera alla",
        "Tillad alle", "Zaakceptuj wszystko", "Přijmout vše", "Accept toate", "Tümünü kabul et",
        "Article réservé aux abonnés", "Alleen voor abonnees", "Artykuł dostępny dla subskrybentów",
        "Artículo exclusivo para suscriptores",
    ),
    "listen": (
        "Play article audio", "Hear this story read aloud", "Have this article read to you",
        "Tap the play button to hear this story", "Audio length: {m} minutes", "{m}:{ss} min audio",
        "Narration speed 1.2x", "Stop reading aloud", "Listen with webReader",
        "Powered by ReadSpeaker", "Listen to the latest episode of {podcast}",
        "New episode: {headline}", "Episode transcript", "Show notes",
        "Subscribe wherever you listen", "Follow {podcast} on your favourite podcast app",
        "Listen on Amazon Music", "Listen on Pocket Casts", "Listen on Deezer",
        "Stream on SoundCloud", "On air now: {podcast}", "Tune in live", "Artikel vorlesen lassen",
        "Écouter cet article", "Ascolta", "Ouça esta reportagem", "Beluister dit artikel",
        "Lyssna på artikeln", "Lyt til artiklen", "Posłuchaj artykułu", "Poslechněte si článek",
        "Ascultă articolul", "Dengarkan artikel ini", "Nghe bài viết", "Haberi dinle", "Suniye",
    ),
    "comment_count": (
        "Add to the conversation", "There are {n} comments on this story",
        "Showing {m} of {n} comments", "View {m} replies", "Replies ({m})", "Most upvoted",
        "Highest rated", "Community guidelines", "Please keep comments civil.",
        "Comments are subject to moderation.", "Post a reply", "Your name (required)",
        "Your email (will not be published)", "Sign up to comment", "Anonymous · {m} hours ago",
        "{name} replied · {m}d", "Liked by {n}", "{n} comments · Join the discussion",
        "Deixe seu comentário", "Deja tu comentario", "Laisser un commentaire",
        "Kommentar schreiben", "Lascia un commento", "Plaats een reactie", "Skriv en kommentar",
        "Kommentoi", "Dodaj komentarz", "Diskuse ({n})", "Comentarii ({n})", "Sxolia ({n})",
        "Komentar ({n})", "Bình luận ({n})", "Yorum yap", "Tippani karein",
    ),
    "copyright_footer": (
        "© {year} {outlet}. Tous droits de reproduction réservés.",
        "© {year} {outlet}. Kaikki oikeudet pidätetään.",
        "© {year} {outlet}. Alle rettigheder forbeholdes.",
        "© {year} {outlet}. Alla rättigheter förbehållna.",
        "Copyright © {year} {outlet}. Alle rettigheter reservert.",
        "© {year} {outlet}. Všechna práva vyhrazena.",
        "© {year} {outlet}. Toate drepturile rezervate.",
        "© {year} {outlet}. Hak cipta dilindungi undang-undang.",
        "© {year} {outlet}. Bản quyền thuộc về {outlet}.",
        "Copyright © {year} {outlet}. Tutti i diritti riservati.",
        "© {year} {outlet} S.A. Aviso legal · Política de privacidad · Política de cookies",
        "{outlet} is a trading name of {outlet} Media Ltd.", "VAT No. GB {n}{m}{i} {ss}",
        "Impressum | Datenschutz | AGB | Kontakt",
        "Mentions légales · Politique de confidentialité · Gestion des cookies",
        "Colofon | Privacy | Cookies", "Ansvarlig redaktør: {name}", "Ansvarig utgivare: {name}",
        "Päätoimittaja: {name}", "Redaktor naczelny: {name}", "Pemimpin Redaksi: {name}",
        "Tổng biên tập: {name}", "Giấy phép số {n}/GP-BTTTT", "RNI No. {n}{m}{i}/{year}",
        "All editorial content © {outlet} {year}", "{outlet} is published by {outlet} Media Group.",
        "{outlet} is a member of the New Zealand Media Council.",
        "{outlet} follows the norms of journalistic conduct laid down by the Press Council of India.",
        "Site powered by WordPress VIP", "Powered by Brightspot",
        "Powered by BLOX Content Management System from TownNews.com.",
        "Terms & Conditions | Privacy Notice | Modern Slavery Statement | Cookie Preferences",
        "Sitemap | RSS feeds | Archive | Contact us", "↑ Back to top · © {year} {outlet}",
    ),
    "originally_appeared": (
        "This article was originally published in Spanish by {outlet}.",
        "This story was machine-translated from Portuguese and checked by an editor.",
        "This article was translated from the original Indonesian.",
        "This story is part of a partnership between {outlet} and {site}.",
        "This article is shared by {outlet} through the {site} syndication network.",
        "This story was produced in collaboration with {site}.",
        "A version of this article appears in the {posted} edition of the {outlet} print magazine.",
        "Correction appended.",
        "Clarification: {name} is a former, not current, member of the council.",
        "This article has been corrected to reflect that {name} was born in {place2}, not {place}.",
        "Updated {posted} to include a statement from {outlet}.",
        "This article was last updated at {clock} on {posted}.",
        "This story will be updated as more information becomes available.",
        "This is a developing story and will be updated.",
        "This story was updated at {clock} with additional information.",
        "Only the headline of this report may have been reworked by {outlet} staff; the rest of the content is auto-generated from a syndicated feed.",
        "This content was produced by {outlet} and is distributed by {site}.",
        "Translated by {name} from the original in Korean.",
        "This article is an edited transcript of a conversation on {podcast}.",
        "This Q&A has been edited for length and clarity.",
        "Artikel ini pertama kali terbit di {site}.", "Bài viết được đăng lần đầu trên {site}.",
        "Bu haber ilk olarak {site} sitesinde yayımlandı.",
        "Artikkelen ble først publisert i {outlet}.", "Artikeln publicerades först i {outlet}.",
        "Článek původně vyšel na {site}.", "Articolul a fost publicat inițial pe {site}.",
        "L'article original a été publié sur {site}.", "Der Beitrag erschien zuerst auf {site}.",
        "Questo articolo è apparso per la prima volta su {site}.",
        "Este reportaje fue publicado originalmente por {outlet}.",
        "Dit stuk werd eerder gepubliceerd door {outlet}.",
        "Posted {posted} {clock} | Last edited {clock}",
    ),
    "contributor_line": (
        "(Reporting by {name} and {name2}; Editing by {name3})",
        "(Reporting by {name}; writing by {name2}; editing by {name3})",
        "AP reporter {name} in {place} contributed.", "{name} reported this story from {place}.",
        "{name} is a data journalist at {outlet}.", "{name} is an editor at large for {outlet}.",
        "{name} covers energy and climate for {outlet} from {place}.",
        "{name} is a PhD candidate at the University of {place}.",
        "{name} is the author of {headline}.", "Contact the author: {handle}@{domain}",
        "Have a story idea? Reach {name} at {handle}@{domain}.", "By Our Special Correspondent",
        "(This story has been edited by {outlet} staff.)", "{NAME} · {place} bureau",
        "Sources: {agency}, {outlet}", "Con la colaboración de {name}",
        "Avec la contribution de {name}", "Mitarbeit: {name}", "Hanno collaborato {name} e {name2}",
        "Colaborou {name}", "Tekst: {name} / Foto: {name2}", "Toimittaja: {name}", "Autor: {name}",
        "Penulis: {name} | Editor: {name2}", "Theo {agency}", "Haber: {name}", "Muhabir: {name}",
        "Report: {name}, {place}", "Reporting team: {name}, {name2} and {name3}",
        "Video journalist: {name}", "Producer: {name} · Editor: {name2}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- mt debris

# Sentence-final endings and particles of Japanese, Korean, Chinese and Cantonese, Russian,
# Arabic, Turkish, Vietnamese, Indonesian, Hindi and Portuguese (romanised), and the bare
# passive or copula "sentences" that literal translation leaves after a real one.
ORPHAN_FRAGMENTS = (
    "Masen.", "Nodesu.", "Dattan desu.", "Teimasu.", "Saremashita.", "Desu yo.", "Kamo.",
    "To omoimasu.", "Geoyo.", "Haetjiyo.", "Gunyo.", "Neyo.", "Daeyo.", "Seubnida.",
    "Doemnida.", "Shi de.", "Mei you.", "Bei.", "Ga.", "Wo.", "Vot.", "Ved'.", "Inna.",
    "Thumma.", "Edildi.", "Olacak.", "Yapıldı.", "Miş.", "Nhé.", "Rồi.", "Vậy.", "Lho.",
    "Dong.", "Hai.", "Gaya.", "Né.", "Was reported.", "Was decided.", "Has been done.",
    "Is required.", "Was announced.", "Is underway.", "Was the case.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period.
DANGLING_FRAGMENTS = (
    "the deputy governor of the province said.", "as the press office of the city clarified.",
    "it was noted in the report.", "the agency's interlocutor specified.",
    "within the scope of the.", "on the sidelines of the.",
    "in accordance with the instructions of.", "the competent authorities.",
    "by the end of the current year.", "in the coming days.",
    "the press secretary told journalists.", "stated the head of the region.",
    "it is planned to.", "which will be held.", "with the participation of.",
    "the said official added.", "in this regard.", "the above-mentioned.",
    "taking into account the.", "to ensure the safety of.",
    "a spokesperson for the provincial government said.", "the city hall announced.",
    "the police chief informed.", "was not disclosed.", "in the amount of.",
    "the situation remains.", "were detained.", "to be continued.", "has been confirmed by.",
    "the incident occurred at.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "on the occasion of", "in the light of", "with a view to", "at the request of",
    "in the direction of", "under the leadership of", "thanks to", "despite the", "which is",
    "have", "would have", "told Insp.", "said Cmdr.", "met with Gov.", "according to Brig.",
    "said Det.",
)  # fmt: skip
# Section, tag and rubric labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Golf", "Cycling", "Athletics", "Boxing", "Basketball", "Hockey", "Esports", "Crypto",
    "Commodities", "Insurance", "Taxation", "Consumer", "Pharma", "Astronomy", "Wildlife",
    "Gardening", "Recipes", "Parenting", "Books", "Cinema", "Television", "Sahel", "Maghreb",
    "Cybersecurity", "Railways", "Nasional", "Gündem", "Inland", "Cronaca",
)  # fmt: skip
# Punctuation of the source language or its typography left after a sentence end: Japanese
# nakaguro runs and wave dashes, Chinese commas and stops doubled with Western marks, Arabic
# comma and Devanagari danda before a period, German low quotes, tortoise-shell brackets.
STRAY_INLINE = (
    " ・・・", " 〜", " 。，", " ！。", " ；。", " ،.", " ।.", " —.", " „", " ?!", " .。",
    " 〕", " ::", " ・。",
)  # fmt: skip
# Paragraphs of their own: the bullets and markers Korean, Japanese and Chinese news use before
# captions and subheads (▲, ■, ◆), empty brackets and quotes, doubled or mixed marks.
STRAY_PARAGRAPHS = (
    "■", "▲", "◆", "《》", "〔〕", "„“", "[]", "?!", "〜", "・・・", "。，", "—。", "ー",
)  # fmt: skip
# A wrong period before joining words the other sets do not use, where a clause or phrase
# starts: after a comma, or (no comma) before a preposition that opens a phrase ("during",
# "without", "beyond", ...), not after a word that binds to what follows ("do without", "far
# beyond", "well beyond"). The participles only after a comma, where news prose uses them to
# open a clause ("..., killing three", "..., describing it as").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\beven)(?<!\bonly)(?<!\bas)"
    r"(?<!\bjust)(?<!\bthe)(?<!\bthat)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)"
    r"(?<!\bby)(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\bwas)(?<!\bis)(?<!\bfar)(?<!\bwell)"
    r"(?<!\bway)(?<!\bgo)(?<!\bwent)(?<!\bgone)(?<!\bdo)(?<!\bdid)(?<!\bdone)(?<!\bstill)"
    r"(, | (?!describing |claiming |insisting |stressing |raising |triggering |killing "
    r"|marking |bringing |causing |suggesting ))"
    r"(describing|claiming|insisting|stressing|raising|triggering|killing|marking|bringing"
    r"|causing|suggesting|during|without|throughout|alongside|beyond|besides|regarding) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: glued to the full stop, in corner brackets, in single
    quotes, or lower-cased (two words and a semicolon when already lowercase)."""
    last = before[-1]
    r = rng.random()
    if r < 0.25:
        return "word glued to the full stop", f"{last}."
    if r < 0.5:
        return "word in corner brackets", f" 「{last}」"
    if r < 0.75:
        return "word in single quotes", f" ‘{last}’."
    if last[:1].isupper():
        return "word lower-cased", f" {last.lower()}."
    if len(before) > 1 and before[-2].isalpha():
        return "two words, semicolon", f" {before[-2]} {last};"
    return "word, semicolon", f" {last};"
