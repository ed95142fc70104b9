"""The "blind11" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind10; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Catalina Fuenzalida", "Joaquín Etchegaray", "Tamar Gogichaishvili", "Levan Kapanadze",
    "Anahit Grigoryan", "Tigran Harutyunyan", "Leyla Məmmədova", "Rashad Hüseynov",
    "Nurul Aisyah Rahman", "Tan Wei Ming", "Mereani Tuilagi", "Lagi Sapolu", "Kwabena Owusu-Ansah",
    "Akosua Frimpong", "Ndèye Fatou Diop", "Mamadou Sarr", "Neema Mwakalinga", "Mwansa Chileshe",
    "Tharshini Yogarajah", "Farzana Akter", "Tanvir Hossain", "Dil Bahadur Rai", "Inês Carvalho",
    "Guðrún Sigurðardóttir", "Rhodri Pritchard", "Darlene Fitzpatrick", "Tristan Kashevarof",
    "Yaritza Colón Rivera",
)  # fmt: skip
OUTLETS = (
    "Atacama Coast Chronicle", "Río de la Plata Evening Star", "Kutaisi Valley Herald",
    "Ararat Plain Observer", "Caspian Shore Gazette", "The Penang Straits Bulletin",
    "Nadi Bay Tribune", "Apia Harbourside Weekly", "Ashanti Morning Drum", "Casamance Echo",
    "Kilimanjaro Evening Mirror", "Copperbelt Clarion", "Jaffna Lagoon Record",
    "KNLQ 2 Kenai Peninsula News",
)  # fmt: skip
SITES = (
    "atacamachronicle.cl", "eveningstar.com.uy", "kutaisiherald.ge", "araratobserver.am",
    "caspiangazette.az", "straitsbulletin.my", "nadibaytribune.com.fj", "apiaweekly.ws",
    "ashantidrum.com.gh", "casamance-echo.sn", "kilimirror.co.tz", "copperbeltclarion.co.zm",
    "jaffnarecord.lk", "The Fisheries Accountability Project", "Hill Schools Data Unit",
)  # fmt: skip
PLACES = (
    "Antofagasta", "Punta Arenas", "Paysandú", "Zugdidi", "Dilijan", "Vanadzor", "Sheki", "Lankaran",
    "Taiping", "Kota Kinabalu", "Labasa", "Savusavu", "Salelologa", "Tamale", "Cape Coast", "Ziguinchor",
    "Mwanza", "Ndola", "Kilinochchi", "Rajshahi", "Ilam", "Braga", "Ísafjörður", "Aberystwyth",
    "Corner Brook", "Bethel", "Mayagüez", "Kabwe",
)  # fmt: skip
HEADLINES = (
    "Fishing fleet stays in port as fuel subsidy ends",
    "Copper town braces for mine layoffs",
    "Tea pickers strike over daily wage",
    "Glacier lake warning issued for hill villages",
    "Why does the ferry to the islands keep breaking down?",
    "Grandmother, 81, graduates from university",
    "Landslide buries road, dozens of lorries stranded",
    "'We were never consulted': fishers oppose port plan",
    "Council votes to rename main square",
    "Cyclone season: what you need to know",
    "Ex-minister charged over land deal",
    "Lighthouse keeper retires after 40 years",
)
SCENES = (
    "Fishermen haul their nets onto the beach at {place} on {day}",
    "A woman carries firewood up a hillside path near {place}",
    "Tea pickers work on an estate outside {place}",
    "Supporters cheer as results are announced in {place} on {day}",
    "A schoolboy cycles through floodwater in {place}",
    "Volunteers clear mud after a landslide near {place}",
    "Dancers perform at a harvest festival in {place} on {day}",
    "A fishing boat returns to the harbour at {place} at dawn",
    "The winger celebrates after scoring the equaliser on {day}",
)
WEATHER = (
    "Squalls off the sea", "Gusty with sea fog", "Blustery and raw", "Muggy, thunder later",
    "Snow flurries", "Freezing drizzle", "Sunny intervals, mild", "Trade winds, fair",
    "Heavy tropical downpours", "Cool and misty",
)  # fmt: skip
HANDLES = (
    "AtacamaChron", "kutaisi_herald", "StraitsBulletin", "ashanti_drum", "CopperbeltClarion",
    "jaffna_record",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "Bernama Photo", "Focus Bangla", "APS Photo", "TSN Photo", "ZNBC grab", "Lusa Foto",
            "UNO Foto", "Aton Chile", "Photolure", "Azertac Photo", "IPN Photo", "AAP Photo",
            "PA Wire", "CP Photo", "FBC News Photo",
        ),
    ),
    ("when", ("16 February 2024", "Feb. 16, 2024", "Mar 3", "Saturday 9 March", "2024-03-09",
              "09.03.2024", "9/3/2024", "March 9th, 2024")),
    ("stamp", ("06:40 MYT", "14:05 GMT+4", "8:20 pm NPT", "17:45 BST", "11.15am AKST", "19:30 CLT",
               "07:10 AST")),
    ("price", ("RM12.90", "GH₵25", "FJ$4.50", "TSh 2,000", "K45", "৳150", "€5,99/mês", "990 kr.")),
    ("programme", ("Coastline Tonight", "Islands at Noon", "Kitchen Table Talk",
                   "The Late Harbour Report", "Copperbelt Breakfast")),
    ("desk", ("Coasts & Fisheries", "Schools & Universities", "Mines & Minerals", "Land & Housing",
              "Justice & Prisons", "Faith & Culture")),
    ("host", ("atacamachronicle.cl", "straitsbulletin.my", "kilimirror.co.tz")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the tide tables", "Skip to the school closings list", "Skip to the ferry timetable",
        "Skip to the storm tracker", "Skip to the live radar", "Skip to the lotto results",
        "Skip to the death notices search", "Skip to the webcams", "Jump to what we know so far",
        "Jump to the chronology", "Skip past the live blog", "Go to the accessible version",
        "Reduce motion", "Dark mode ◐", "Text size: Small | Medium | Large",
        "Read in English | Te reo Māori", "Choose edition ▾ {place}", "Front page » {desk} » {place}",
        "You are here: {place} / {desk}", "Back to {desk}", "Sections ≡ {desk}",
        "{desk} — {place} — Latest", "Menu · Search · {place}", "Pasar al contenido",
        "Saltar para o conteúdo principal", "Puna ki he konga tefito", "Peke ki te ihirangi matua",
        "Pāriet uz galveno saturu", "Far til høvuðsinnihald", "Jya ku bikubiyemo by'ingenzi",
        "Svetuka kuenda kune zvinyorwa zvikuru", "ຂ້າມໄປຫາເນື້ອຫາຫຼັກ", "މައި ކޮންޓެންޓަށް ދާން",
        "Lako ki na itukutuku levu", "Alu i le mataupu autu", "Kɔ nsɛm titiriw no so",
        "Jàll ci li gëna am solo", "Pitani ku nkhani yaikulu",
        "முதன்மை உள்ளடக்கத்திற்குச் செல்லவும்", "मुख्य सामग्रीमा जानुहोस्", "Ir directo a la noticia",
    ),
    "icon_label": (
        "UV index: Very high (9)", "Chance of rain 70%", "Feels like {t}° in the shade",
        "Wind chill {t}°", "{place} now: {t}°C and {weather}", "Swell 2.5 m · {weather}",
        "Pollen count: High", "Cyclone alert level 2 — {place}", "Tsunami advisory lifted",
        "Ash fall advisory in effect", "Sea state: moderate", "Sound off — tap for audio 🔇",
        "Keep playing in a corner window ⧉", "Quality: Auto (720p)", "Subtitles: Off",
        "Watch again from the start ↺", "Video unavailable in your region",
        "Your browser does not support the video tag.", "Media failed to load. Retry",
        "Headshot: {name}", "{outlet} nameplate (dark)", "Dismiss ✕", "To the top ⇡",
        "Open menu ☰", "icon-chevron-right", "svg-icon-viber", "material-icons close",
        "Cerrar ventana", "Fechar janela", "Tāpuni", "Katia", "Aizvērt", "Lat aftur", "Vhara",
        "ປິດ", "ބަންދުކުރޭ", "Sogota", "Tapuni", "To mu", "Tëj", "Tsekani", "மூடு",
        "बन्द गर्नुहोस्", "Funga dirishya",
    ),
    "gallery_counter": (
        "Pic {i} out of {n}", "You're viewing photo {i} — {n} in total", "{i} of {n} · Tap for next",
        "Next picture ({i}/{n}) ›", "‹ Previous | {i}/{n}", "Browse all {n} images",
        "The day in {n} photos", "Story in pictures — {headline}", "Full-screen gallery",
        "Leave the gallery ✕", "Show thumbnail strip ▤", "Autoplay slideshow: on",
        "Drag to see more photos", "Pictures of the week from {place}",
        "Photo essay from {place} | {headline}", "{n} shots of {place}",
        "Image gallery ({n}) — {place}", "Swipe left for the next image", "Enlarge this photo ⤢",
        "Tap to view the full gallery of {n}", "Foto {i} de un total de {n}", "Fotografia {i} de {n}",
        "Tā {i} ʻi he {n}", "Whakaahua {i} o {n}", "Foto {i} no {n}", "Mynd {i} av {n}",
        "Ifoto {i} muri {n}", "Mufananidzo {i} pa{n}", "ຮູບ {i}/{n}", "ފޮޓޯ {i}/{n}",
        "iTaba {i} ena {n}", "Ata {i} o le {n}", "Mfonini {i} wɔ {n} mu", "Nataal {i} ci {n}",
        "Chithunzi {i} mwa {n}", "புகைப்படம் {i}/{n}", "तस्बिर {i}/{n}",
        "Galería: {n} fotos de {place}", "Galeria de imagens ({n})",
    ),
    "photo_caption": (
        "{scene}. Picture courtesy of {name} and {agency}", "{scene} | Photo credit — {name}, {year}",
        "{scene}. (Photo courtesy {outlet})", "{scene}. FILE PHOTO: {agency}",
        "{scene}. PHOTO: {NAME}/{agency} FILE", "{scene}. Picture: supplied by {outlet}",
        "{scene}. Image via social media", "{scene}. Photo: grab from {outlet} video",
        "{scene}. (Photographed by {name} / {agency})", "{scene}. Pic: {name}, {outlet} staff",
        "{scene}, in a photo released on {when}.", "{scene}. Photo: Department of Information",
        "{scene}. Aerial photo by {name}", "{scene}. Credit: {agency} pool",
        "{scene}. Photo: from the family's Facebook page", "{scene}. Image for illustration only",
        "{scene}. Picture by {name} ({agency})", "{scene}. Photo illustration: {outlet}",
        "{scene} (Photo: {name}) ©{year}", "{scene}. —Taken by {name} for {outlet}",
        "{scene}. Fotografía de {name} para {agency}", "{scene}. Fotografia: {name}/{agency}",
        "{scene}. Tā: {name}", "{scene}. Whakaahua: {agency}", "{scene}. Attēls: {agency}",
        "{scene}. Myndatøka: {name}", "{scene}. Ifoto: {agency}", "{scene}. Mufananidzo: {name}",
        "{scene}. ພາບ: {agency}", "{scene}. ފޮޓޯ: {name}", "{scene}. iTaba: {name}",
        "{scene}. Ata: {agency}", "{scene}. Mfonini: {name}", "{scene}. Nataal: {agency}",
        "{scene}. Chithunzi: {agency}", "{scene}. (படம்: {name})", "{scene}। तस्बिर: {name}",
        "{scene}. Foto gentileza de {outlet}", "{scene}. (Foto: {name}/Arquivo)",
    ),
    "recommended": (
        "Up next from {place}: {headline}", "Continue with: {headline}",
        "Editor's choice today: {headline}", "Catch-up edition: {headline}",
        "Still developing | {headline}", "Live, as it happens: {headline}",
        "Trending on {outlet} this hour", "The week's most-shared stories", "More {desk} news",
        "Related coverage from {place}", "Explore more from {place}",
        "Stories you might have missed", "From our files, {year}: {headline}",
        "Day by day, how it happened: {headline}", "In brief, questions answered: {headline}",
        "Profile: {headline}", "In memoriam: {headline}", "On video: {headline}",
        "Weekend read: {headline}", "Top story ⟫ {headline}", "Local angle: {headline}",
        "Nearby in {place}", "Revisa también: {headline}", "Te puede interesar: {headline}",
        "Saiba mais: {headline}", "Lau foki: {headline}", "Pānuitia anō: {headline}",
        "Lasiet arī: {headline}", "Les eisini: {headline}", "Soma nanone: {headline}",
        "Verenga zvakare: {headline}", "ອ່ານຕື່ມ: {headline}", "މިވެސް ކިޔާލައްވާ: {headline}",
        "Wilika talega: {headline}", "Faitau foi: {headline}", "Kenkan bio: {headline}",
        "Jàngaat: {headline}", "Werengani komanso: {headline}", "இதையும் படிங்க: {headline}",
        "यो पनि पढ्नुहोस्: {headline}", "Relacionadas: {headline}", "Notícias relacionadas",
    ),
    "advertisement": (
        "Advertisement • Continue below", "Paid advertising", "ADVERTORIAL FEATURE · {place}",
        "Paid collaboration · {outlet}", "This section is brought to you by {outlet}",
        "Presented in partnership with {outlet}", "Commercial content for {outlet} clients",
        "Promoted content from our partners", "Partner content from {place}",
        "Shop local in {place}", "Today's bargains near {place}",
        "Buy & sell · Rentals · Services", "Death notices", "Notices to the public · {place}",
        "Legal notices", "Vacancies", "Advertise in {outlet} — call our sales desk",
        "Remove ads for {price}", "Ad-free for {price}/month", "Outbrain · Promoted",
        "Around the web (paid)", "Recommended by Revcontent", "Aviso publicitario",
        "Conteúdo publicitário", "Tuʻuaki", "Pānuitanga hokohoko", "Reklāma", "Lýsing",
        "Kwamamaza", "Shambadziro", "ໂຄສະນາ", "އިޢުލާން", "Fa'asalalauga", "Dawurubɔ", "Yëgle",
        "Malonda", "விளம்பரம்", "प्रायोजित सामग्री", "Espacio patrocinado",
        "Publicidade · continue a ler",
    ),
    "share_follow": (
        "Share to Viber", "Text this story to a friend", "Post this on Threads", "Post to Mastodon",
        "Submit to Reddit", "Pin this picture to Pinterest", "Share via Signal", "Add {outlet} on Snapchat",
        "Follow our WhatsApp Channel for the latest from {place}",
        "Join the {outlet} community on Facebook", "Read {outlet} in Google News ▸",
        "Add {outlet} as a preferred source", "Subscribe to our YouTube channel @{handle}",
        "We're on Instagram — @{handle}", "Tag us @{handle}", "Copy page address",
        "Get the embed code", "Email this to someone ✉", "Share with your followers",
        "Long-press to share", "Comparte esta nota por WhatsApp", "Partilhar", "Vahevahe", "Tiri",
        "Dalīties", "Deil", "Sangiza", "Goverana", "ແບ່ງປັນ", "ޝެއާ ކުރައްވާ", "Wasea", "Fa'asoa",
        "Kyɛ", "Séddoo", "Gawani", "பகிர்", "सेयर गर्नुहोस्", "Síguenos en Instagram",
        "Siga-nos no Facebook",
    ),
    "newsletter": (
        "Get {outlet}'s top stories on Viber every evening.",
        "Text JOIN to 3{n}{m} for storm alerts.",
        "The {desk} Brief lands in your inbox every Friday.",
        "Turn on notifications so you never miss a story", "Allow {outlet} to send push notifications?",
        "Maybe later · Yes please", "Your mobile number (+60)", "We've sent a 6-digit code to your phone",
        "Join our Viber community for updates", "More than {n},000 readers already get it free.",
        "Pick your region: {place} · {place2}",
        "We will never share your address. See our privacy policy.",
        "Hmm, that email address seems to be missing something.",
        "Thanks for signing up! Look out for our welcome email.",
        "Verify your email to finish signing up", "Update your newsletter preferences",
        "The {programme} newsletter — free, weekly.", "📰 Your {outlet} Morning Catch-up, delivered",
        "Inscríbete en nuestro newsletter", "Subscreva a nossa newsletter",
        "Lesisita ki heʻemau tohi ongoongo", "Ohauru mai ki tā mātou pānui",
        "Piesakieties mūsu jaunumiem", "Tekna hald av tíðindabrævinum",
        "Iyandikishe ku makuru yacu", "Nyoresa kuti uwane tsamba yedu yenhau",
        "ລົງທະບຽນຮັບຂ່າວສານຂອງພວກເຮົາ", "އަހަރެމެންގެ ނިއުސްލެޓަރަށް ސަބްސްކްރައިބް ކުރައްވާ",
        "Lesitala mo a matou tala fou", "Kyerɛw wo din na nya yɛn nsɛm",
        "Bindu ngir jot sunuy xibaar", "Lembetsani kuti mulandire nkhani zathu",
        "எங்கள் செய்திமடலுக்குப் பதிவு செய்யுங்கள்", "हाम्रो न्यूजलेटरमा सदस्यता लिनुहोस्",
        "Recibe las noticias de {place} en tu correo",
    ),
    "cookie_subscription": (
        "This site uses cookies and similar technologies. You can change your choices at any time in Privacy Settings.",
        "Use your precise location", "Actively scan device characteristics for identification",
        "Build a profile of you to show personalised ads", "Measure how our content performs",
        "Use your data to develop new services", "Vendor list (1,204)", "Save my choices",
        "Allow all and continue", "Decline non-essential", "Your Privacy Choices (opt-out) ✓✗",
        "Protected by Cloudflare Turnstile",
        "Verifying the connection… This may take a few seconds.", "Just a moment…",
        "Members only · {desk}", "This is a subscriber-exclusive story.",
        "Digital subscribers: log in to keep reading",
        "Start your free trial, then {price} a month.", "Give the gift of news",
        "Pensioner rate: {price} per month", "You've read {i} of your {n} free stories this month",
        "Get unlimited access for {price}", "Day pass {price}", "Aceptar y cerrar", "Aceitar e fechar",
        "Tali kotoa", "Whakaae katoa", "Pieņemt visas", "Góðtak øll", "Emera byose", "Bvuma zvese",
        "ຍອມຮັບທັງໝົດ", "ހުރިހާ އެއްޗެއް ގަބޫލުކުރޭ", "Ciqoma kece", "Talia uma", "Gye ne nyinaa tom",
        "Nangu lépp", "Vomerezani zonse", "அனைத்தையும் ஏற்கவும்", "सबै स्वीकार गर्नुहोस्",
        "Esta noticia es exclusiva para suscriptores", "Este artigo é exclusivo para assinantes",
    ),
    "listen": (
        "🎧 Listen to this story (narrated)", "Press ▶ to hear this report",
        "Audio version · {m} min {ss} s", "Generated voice · {m}:{ss}", "Listen in English · Malay",
        "Narrator: Synthetic (female)", "Pause the reader voice ⏸", "Resume listening from {m}:{ss}",
        "Save audio for offline ({m} MB)", "Listen in the {outlet} app", "Play the {stamp} news",
        "Radio news on the hour — {stamp}", "Live stream: {outlet} {n}.{m} FM",
        "On demand: {programme}", "Hear {programme} on Google Podcasts", "Subscribe on Pocket Casts",
        "Episode transcript (PDF)", "Having trouble with audio? Reload the page.",
        "Speed: 1× · 1.5× · 2×", "Skip back 15 s", "Escucha esta noticia", "Ouvir o artigo",
        "Fanongo ki he talanoa", "Whakarongo ki tēnei kōrero", "Klausīties rakstu",
        "Lurta eftir greinini", "Umva iyi nkuru", "Teerera nyaya iyi", "ຟັງບົດຄວາມ",
        "ޚަބަރު އަޑުއައްސަވާ", "Vakarorogo ki na italanoa", "Fa'alogo i le tala", "Tie asɛm yi",
        "Déglu xibaar bi", "Mverani nkhaniyi", "செய்தியைக் கேளுங்கள்", "समाचार सुन्नुहोस्",
        "Escuchar en vivo: {outlet} Radio",
    ),
    "comment_count": (
        "{n} reader thoughts on “{headline}”", "{n} Replies to “{headline}”", "Have your say below",
        "Discard this reply", "Email address (required, not published)", "Post my comment ⟶",
        "Email me new replies to this thread", "Comments powered by Facebook",
        "Nobody has commented yet — start the conversation", "{n} comments · Top first",
        "Sort by: Best | Newest", "Expand thread ({m} replies) ⌄", "{name} {m}h", "↩ A reply to {name}",
        "Tell the moderators about this comment 🚩", "Comments are pre-moderated.",
        "Comments will close {m} days after publication.", "Join the discussion ({n})",
        "Readers' comments: {n}", "{n} comentarios de lectores", "Há {n} comentários",
        "Fakamatala ({n})", "Kōrero ({n})", "Komentāri ({n})", "Viðmerkingar ({n})",
        "Ibitekerezo ({n})", "Mazano ({n})", "ຄຳເຫັນ ({n})", "ކޮމެންޓް ({n})", "Vakasama ({n})",
        "Fa'amatalaga ({n})", "Adwene ({n})", "Xalaat ({n})", "Ndemanga ({n})", "கருத்துகள் ({n})",
        "प्रतिक्रियाहरू ({n})", "Déjanos tu comentario", "Escreva o seu comentário",
    ),
    "copyright_footer": (
        "Copyright © {year} {outlet} Sdn. Bhd. (Company No. {n}{m}{i}-X)",
        "{outlet} is a publication of {outlet} Group, {place}.",
        "Managing Editor: {name} · Editor: {name2}", "KDN permit PP {n}{m}/{i}/{year}",
        "Printed and published by {name} on behalf of {outlet} at {place}.", "ABN {n} {m}{i} {ss}",
        "Registered in England and Wales No. {n}{m}{i}", "Regulated by IPSO",
        "A member of the Press Council", "Code of ethics · Corrections · Complaints",
        "Readers' editor: {name}", "Site built on Newspack by {outlet} Digital", "Site by {outlet} Creative",
        "All material is the property of {outlet} and may not be reproduced.",
        "Reproduction without permission is prohibited. © {outlet} {year}",
        "© {year} {outlet}. Prohibida la reproducción total o parcial.",
        "© {year} {outlet}. Reservados todos os direitos.",
        "© {year} {outlet}. Kuo maluʻi ʻa e totonu kotoa pē.",
        "© {year} {outlet}. Kua rāhuitia ngā mōtika katoa.",
        "© {year} {outlet}. Pārpublicēšanas gadījumā atsauce obligāta.", "© {year} {outlet}. Øll rættindi verja.",
        "© {year} {outlet}. Uburenganzira bwose burabitswe.",
        "© {year} {outlet}. Kodzero dzese dzakachengetedzwa.", "© {year} {outlet}. ສະຫງວນລິຂະສິດ.",
        "© {year} {outlet}. ހުރިހާ ޙައްޤެއް ރައްކާކުރެވިފައި.",
        "© {year} {outlet}. Na dodonu kece e maroroi.",
        "© {year} {outlet}. Ua puipuia aia tatau uma.",
        "© {year} {outlet}. Yɛakora hokwan nyinaa so.",
        "© {year} {outlet}. Sañ-sañ yépp aarees nañu.",
        "© {year} {outlet}. Ufulu wonse ndi wotetezedwa.",
        "© {year} {outlet}. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
        "© {year} {outlet} प्रा. लि. सर्वाधिकार सुरक्षित।",
    ),
    "originally_appeared": (
        "This story was first published in the Sunday edition of {outlet} on {when}.",
        "First published: {when}", "This piece was broadcast on {programme}.",
        "Produced in partnership with {site} and shared with permission.",
        "Reproduced from {site} under a Creative Commons Attribution 4.0 licence.",
        "Distributed by {site} through the {outlet} wire.",
        "Condensed from a report first published by {site}.",
        "An extract from {name}'s new book, out {when}.",
        "Update: This article was revised with new figures from {place}.",
        "Clarification: an earlier version misspelled {name}'s surname.",
        "Corrigendum: The graphic has been corrected.",
        "Amended on {when} to correct the date of the hearing.",
        "Opinions expressed here are the writer's and not necessarily those of {outlet}.",
        "This article was produced with the help of AI tools and reviewed by an editor.",
        "Published {when} · Updated {stamp}", "Story updated at {stamp} on {when}",
        "Translated from the Georgian by {name}.", "Auto-translated from Bengali. Read the original.",
        "Esta nota se publicó originalmente en {site}.", "Texto originalmente publicado no {site}.",
        "Naʻe fuofua pulusi ʻa e talanoá ni ʻi he {site}.",
        "I tāngia tuatahitia tēnei kōrero ki {site}.", "Raksts pirmoreiz publicēts {site}.",
        "Greinin varð fyrst almannakunngjørd á {site}.",
        "Iyi nkuru yabanje gutangazwa na {site}.", "Nyaya iyi yakatanga kubudiswa pa{site}.",
        "ບົດຄວາມນີ້ເຜີຍແຜ່ຄັ້ງທຳອິດທີ່ {site}.", "މި ލިޔުން ފުރަތަމަ ޝާއިޢުކުރެވުނީ {site} ގައެވެ.",
        "இக்கட்டுரை முதலில் {site} இல் வெளியானது.", "यो लेख पहिलो पटक {site} मा प्रकाशित भएको हो।",
    ),
    "contributor_line": (
        "(Additional inputs from {agency})", "With wire reports from {agency} and {name}",
        "Story by {name} · Editing by {name2}", "Written by {name} | Verified by {name2}",
        "Translated from Tamil by {name}", "Interpretation: {name2}",
        "{name} is {outlet}'s {place} bureau chief. Follow @{handle}",
        "{name} is a {place}-based multimedia journalist and a contributor to {outlet}.",
        "{name} reported from {place} with support from the {outlet} Fund.",
        "{name} ({place}) and {name2} ({place2}) also reported.",
        "This reporting was made possible by a grant from the {outlet} Trust.",
        "Words by {name}; pictures by {name2}.", "Co-published with {site}.",
        "Email {name} at {handle}@{host} or call our news desk.", "News Desk · {place}",
        "— From Our Correspondent", "Bureau Report, {place}", "By a Staff Writer",
        "Reportaje: {name}", "Reportagem: {name} (texto) e {name2} (fotografia)", "Līpooti: {name}",
        "Kaituhi: {name}", "Teksts: {name}", "Tíðindafólk: {name}", "Umunyamakuru: {name}",
        "Mutori wenhau: {name}", "ນັກຂ່າວ: {name}", "ރިޕޯޓަރު: {name}", "Vola: {name}",
        "Tusia e {name}", "Amanneɛbɔfo: {name}", "Bindkat: {name}", "Mtolankhani: {name}",
        "செய்தியாளர்: {name}", "संवाददाता: {name}", "Con datos de {agency} y {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final endings left in their own script (Japanese, Chinese, Korean, Persian, Arabic,
# Russian, Georgian, Armenian, Bengali, Tamil, Nepali) or romanised (Turkish, Vietnamese,
# Indonesian, Malay, Persian, Russian), and bare English auxiliaries a literal translation
# leaves after a real sentence, some in lower case.
ORPHAN_FRAGMENTS = (
    "である。", "だった。", "ません。", "とのこと。", "という。", "呢。", "吧。", "啊。", "있다.", "한다.",
    "이다.", "밝혔다.", "было.", "есть.", "است.", "شد.", "بود.", "أيضاً.", "არის.", "է։", "էր։", "হয়।",
    "ছিল।", "ஆகும்.", "छ।", "थियो।", "İmiş.", "Olmuş.", "Dedi.", "Chứ.", "Cơ.", "Nih.", "Tuh.",
    "Jugak.", "Shavad.", "Byl.", "Is going on.", "Was to be.", "Has been so.", "Will be held.",
    "Was already.", "Is ongoing.", "was also.", "has been noted.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period, some of
# them verbless, as literal translation of municipal and emergency-service releases leaves them.
DANGLING_FRAGMENTS = (
    "the ministry of emergency situations reported.", "the press office of the municipality said.",
    "residents of the village appealed to.", "the works are planned to be completed by.",
    "specialists are working at the scene.", "the cause of the fire is being established.",
    "the injured were hospitalized in.", "the amount of damage is being specified.",
    "by order of the mayor.", "pursuant to the resolution of.", "could not be reached for comment.",
    "refused to comment.", "with the support of the local community.", "at the district level.",
    "the organising committee announced.", "paid attention to.",
    "against the background of rising prices.", "during the trip to the province.",
    "ahead of the new year holidays.", "on the previous day.", "in the short term.",
    "within the programme.", "the municipality specified.", "the head of the municipality ordered.",
    "the two sides signed.", "and so forth.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "on the initiative of", "under the patronage of", "in the interests of", "at the suggestion of",
    "in the absence of", "as a consequence of which", "might have", "ought to have",
    "would have been", "according to Cmdr.", "thanked Gov.", "briefed Lt.", "hosted Amb.",
)  # fmt: skip
# Section and tag labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Seafood", "Whaling", "Sevens", "Kava", "Copper", "Cocoa", "Cashews", "Groundnuts", "Tea", "Jute",
    "Garments", "Trekking", "Avalanches", "Icebergs", "Salmon", "Lobster", "Vineyards", "Cork",
    "Geothermal", "Hurricanes", "Municipal", "Councils", "Ports", "Tolls", "Pilgrimage",
    "Actualidad", "Sociedade", "პოლიტიკა", "Հասարակություն", "İqtisadiyyat", "Sukan", "Ta'aloga",
    "Michezo", "Masewera", "விளையாட்டு", "রাজনীতি", "अर्थतन्त्र", "Íþróttir", "Chwaraeon",
)  # fmt: skip
# Marks the earlier sets did not use (Armenian, Georgian, Canadian syllabics, Javanese and Thai
# stops and signs, a Persian question and exclamation) after a sentence end, and mixed Western
# marks.
STRAY_INLINE = (
    " ։", " ՞", " ჻", " ᙮", " ꧉", " ꧈", " ๚", " ฯ", " ؟!", " ;!", " ?;", " ,?", " :!",
)  # fmt: skip
# Paragraphs of their own: wire end marks, ornaments, spaced stars and tildes, repeated signs.
STRAY_PARAGRAPHS = (
    "-ENDS-", "—o—", "☙", "❀", "✱", "⁑", "◊", "✽", "⋆ ⋆ ⋆", "~ ~ ~", "۞", "×××", "°°°",
)  # fmt: skip

# A wrong period before a joining word where a clause or phrase starts: participles of damage,
# market moves and statements and sentence adverbs after a comma ("..., flooding homes",
# "..., shedding 3 per cent", "..., terming it", "..., fortunately without"), quantifiers that
# open a relative phrase ("..., many of whom"), and "due", "thanks", "owing", "rather",
# "apart", "aside" and "contrary" also without one, not after a word that binds to what
# follows ("many thanks", "falls due", "would rather", "fell apart", "set aside", "ran contrary").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bthe)(?<!\ba)(?<!\ban)"
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhas)"
    r"(?<!\bhave)(?<!\bhad)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bour)(?<!\bmy)"
    r"(?<!\byour)(?<!\bthis)(?<!\bthat)(?<!\bno)(?<!\bany)(?<!\bsome)(?<!\bone)(?<!\bas)"
    r"(?<!\ball)(?<!\bmany)(?<!\bMany)(?<!\bspecial)(?<!\bbig)(?<!\bhuge)(?<!\bheartfelt)(?<!\bgave)"
    r"(?<!\bgive)(?<!\bgiving)(?<!\bgiven)(?<!\bowe)(?<!\bowes)(?<!\bsay)(?<!\bsaid)"
    r"(?<!\bsends)(?<!\bsent)(?<!\bexpress)(?<!\bexpressed)(?<!\bextend)(?<!\bextended)"
    r"(?<!\bfalls)(?<!\bfell)(?<!\bfall)(?<!\bfalling)(?<!\bfallen)(?<!\bbecome)(?<!\bbecame)"
    r"(?<!\bbecomes)(?<!\bpayable)(?<!\blong)(?<!\bstill)(?<!\bwould)(?<!\bmuch)(?<!\bquite)"
    r"(?<!\bsooner)(?<!\btorn)(?<!\btore)(?<!\btear)(?<!\bripped)(?<!\bpulled)(?<!\bpull)"
    r"(?<!\bblown)(?<!\bblew)(?<!\bcame)(?<!\bcome)(?<!\bcoming)(?<!\bfar)(?<!\bmiles)"
    r"(?<!\byears)(?<!\bdays)(?<!\bweeks)(?<!\bmonths)(?<!\bhours)(?<!\bminutes)(?<!\bmetres)"
    r"(?<!\bmeters)(?<!\bkilometres)(?<!\bkilometers)(?<!\bworlds)(?<!\bpoles)(?<!\bset)"
    r"(?<!\bsets)(?<!\bsetting)(?<!\bstand)(?<!\bstands)(?<!\bstood)(?<!\bdrift)(?<!\bdrifted)"
    r"(?<!\bdrifting)(?<!\btell)(?<!\btold)(?<!\bbroke)(?<!\bbroken)(?<!\bbreak)(?<!\btaken)"
    r"(?<!\btook)(?<!\btake)(?<!\bsplit)(?<!\bgrew)(?<!\bmoved)(?<!\bpushed)(?<!\bkept)"
    r"(?<!\bkeep)(?<!\blived)(?<!\bput)(?<!\bputs)(?<!\bputting)(?<!\bstep)(?<!\bstepped)"
    r"(?<!\bsteps)(?<!\bstepping)(?<!\bbrushed)(?<!\bbrush)(?<!\bcast)(?<!\bswept)(?<!\blaid)"
    r"(?<!\blay)(?<!\bturned)(?<!\bjoking)(?<!\bran)(?<!\brun)(?<!\bruns)(?<!\brunning)"
    r"(?<!\bcompletely)(?<!\bentirely)(?<!\bvery)(?<!\bso)(?<!\bjust)"
    r"(, | (?=due |thanks |owing |rather |apart |aside |contrary ))"
    r"(damaging|destroying|flooding|burying|trapping|crippling|paralysing|paralyzing|toppling"
    r"|uprooting|flattening|submerging|blocking|sinking|burning|dragging|wiping|shedding"
    r"|gaining|slipping|climbing|tumbling|surging|soaring|dropping|sliding|trailing|topping"
    r"|narrowing|widening|outpacing|terming|dubbing|deeming|declaring|alleging|maintaining"
    r"|reiterating|recalling|lamenting|conceding|pledging|promising|predicting|estimating"
    r"|characterising|characterizing|paving|clearing|enabling|preventing|crowning|cementing"
    r"|stretching|many|most|several|none|both|each|such|together|thanks|owing|due|apart"
    r"|aside|rather|contrary|fortunately|unfortunately|sadly|luckily|tragically|thankfully"
    r"|crucially|importantly|significantly|remarkably|curiously|oddly|strangely|inevitably"
    r"|increasingly|gradually|quickly|suddenly|abruptly|simultaneously|thereafter|afterwards"
    r"|earlier|now|yesterday|respectively|indeed|undoubtedly|surely|purportedly|ostensibly"
    r"|technically|traditionally|rarely|occasionally|barely|hardly|reluctantly|unexpectedly"
    r"|surprisingly) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: reduplicated with a hyphen, in white corner brackets,
    before an Arabic question mark, before an Armenian full stop, the last two words swapped,
    or (at a paragraph end) after a slash without a final mark."""
    last = before[-1]
    r = rng.random()
    if para_end and r < 0.15:
        return "word after a slash, no final mark", f" / {last}"
    if r < 0.3:
        return "word reduplicated with a hyphen", f" {last}-{last}."
    if r < 0.45:
        return "word in white corner brackets", f" 『{last}』"
    if r < 0.6:
        return "word, Arabic question mark", f" {last}؟"
    if r < 0.8 or len(before) < 2 or not before[-2].isalpha() or len(before[-2]) < 4:
        return "word, Armenian full stop", f" {last}։"
    return "two words swapped", f" {last} {before[-2]}."
