"""The "blind13" phrasing of bench/cleaning.py: chrome and machine-translation debris wordings
written without seeing the cleaning rules or their tests, after blind12; never used for tuning."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------- pools

NAMES = (
    "Maiwenn Le Gall", "Gwenolé Kerhervé", "Aurèlia Fabre", "Bastian Rogier", "Ghjulia Santoni",
    "Petru Antonetti", "Xuacu Álvarez", "Nuria Fernández Prendes", "Flurina Caduff",
    "Gian Reto Cathomen", "Měrćin Wjenk", "Hańža Bjeńšowa", "Ánde Somby", "Máret Ánne Sara",
    "Yupanqui Huamán", "Wayra Condori", "Ramóna Ñamandú", "Gulnaz Khabibullina",
    "Ildar Sabirzyanov", "Mihray Tursun", "Ablikim Ismayil", "Tenzin Dhardon", "Pema Yangchen",
    "Subhashree Mohapatra", "Bishnu Prasad Sahu", "Palesa Mokoena-Letsie", "Kagiso Mothibi",
    "Nakato Ssemanda", "Obsinan Gudeta", "Senait Gebremedhin", "Mbuyi Kalonji",
    "Zeferino dos Reis", "Rosario Agbayani", "Asep Kurniawan", "Rojîn Şêxmûs", "Chaim Feldbaum",
)  # fmt: skip
OUTLETS = (
    "Abers Tide Courier", "Tarn Valley Messenger", "Balagne Coast Weekly",
    "Nalón Mining Gazette", "Surselva Alpine Post", "Spree Lusatia Herald",
    "Finnmark Tundra Dispatch", "Altiplano Morning Star", "Kama River Chronicle",
    "Tarim Oasis Observer", "Mahanadi Delta Times", "Maloti Highlands Voice",
    "Victoria Nile Bulletin",
    "Rift Escarpment Review", "Dili Waterfront Record", "Radyo Amianan 91.3 Newsdesk",
)  # fmt: skip
SITES = (
    "aberstide.bzh", "tarnmessenger.fr", "balagneweekly.corsica", "nalongazette.es",
    "surselvapost.ch", "spreeherald.de", "finnmarkdispatch.no", "altiplanostar.bo",
    "kamachronicle.ru", "tarimobserver.net", "mahanaditimes.in", "malotivoice.co.ls",
    "nilebulletin.ug", "dilirecord.tl", "amianannews.ph", "The Mountain Schools Data Project",
    "Border Clinics Reporting Lab",
)  # fmt: skip
PLACES = (
    "Quimper", "Morlaix", "Albi", "Rodez", "Calvi", "Corte", "Langreo", "Avilés", "Ilanz",
    "Disentis", "Hoyerswerda", "Kamenz", "Kautokeino", "Karasjok", "Ayacucho", "Puno", "Caacupé",
    "Yelabuga", "Almetyevsk", "Hotan", "Aksu", "Gyantse", "Sambalpur", "Berhampur", "Mafeteng",
    "Serowe", "Jinja", "Adama", "Mekelle", "Mbandaka", "Baucau", "Laoag", "Tasikmalaya",
    "Qamishli",
)  # fmt: skip
HEADLINES = (
    "Tram line closes for a month of track repairs",
    "Avalanche risk keeps mountain pass shut",
    "Quinoa growers face a second dry season",
    "Monastery opens its library to the public",
    "Village clinic left without a doctor since spring",
    "Court throws out case against protest organisers",
    "Why the river ferry still matters to the valley",
    "Miners' pension fund faces audit",
    "'We teach in two languages now': a rural school's story",
    "Cobalt trucks damage newly paved road",
    "Local derby ends in stoppage-time drama",
    "Wool prices: what the new export quota means",
)
SCENES = (
    "A tram passes the cathedral in {place} on {day}",
    "Herders lead yaks across a stream near {place}",
    "Women harvest quinoa on a terrace above {place}",
    "Monks carry books out of the monastery library in {place}",
    "Patients queue outside a village clinic near {place} on {day}",
    "Protest organisers leave the courthouse in {place}",
    "A river ferry carries a bus across the water at {place}",
    "Former miners rally in the square at {place} on {day}",
    "The goalkeeper punches clear in the derby on {day}",
)
WEATHER = (
    "Föhn winds, mild", "Drizzle off the sea", "Blizzard on the passes", "Milky sunshine",
    "Dust haze, hot", "Polar night, calm", "Thundery showers by noon", "Freezing fog patches",
    "Bright spells, gusty", "Sleet, then wet snow",
)  # fmt: skip
HANDLES = (
    "AbersTide", "tarn_messenger", "SurselvaPost", "altiplano_star", "MalotiVoice",
    "amianan_news",
)  # fmt: skip
NAME_COUNT = 3
EXTRA = (
    (
        "agency",
        (
            "Kreizenn Skeudennoù", "Agència Garona Foto", "Corsica Stampa Photo",
            "RTPA Imaxes", "RTR Fotografia", "Serbska Foto Agentura", "NRK Sápmi still",
            "Andina foto", "Tatar-inform Photo", "Tianshan Photo Service", "Phayul photo",
            "Odisha Photo Desk", "Lesotho News Agency Photo", "BOPA Daily News photo",
            "Uganda Media Centre", "Fana Photo", "ACP/Kinshasa", "Tatoli photo",
            "Ilocos Pool Photo", "Rudaw photo",
        ),
    ),
    ("when", ("12 November 2025", "Nov. 12, 2025", "Nov 19", "Wednesday 12 November",
              "2025-11-12", "12/11/2025", "12.11.2025", "November 12th, 2025")),
    ("stamp", ("08:45 CET", "17:10 MSK", "6:35 pm IST", "12:05 CAT", "9.50am TLT", "20:15 PST",
               "07:25 BOT")),
    ("price", ("€3,90/miz", "CHF 12.–", "Bs 35", "₽299/мес", "₹49/mo", "M45", "P29,99",
               "USh 5,000")),
    ("programme", ("Tundra Wire at Dawn", "The Valley Hour", "Altiplano Voices",
                   "Harbour and Pasture", "Last Tram Home")),
    ("desk", ("Mountains & Passes", "Courts & Tribunals", "Mines & Pensions",
              "Clinics & Care", "Schools & Languages", "Rivers & Ferries")),
    ("host", ("tarnmessenger.fr", "finnmarkdispatch.no", "nilebulletin.ug")),
)  # fmt: skip

# ----------------------------------------------------------------------------- chrome

CHROME: dict[str, tuple[str, ...]] = {
    "skip_link": (
        "Skip to the tram disruptions list", "Skip to the avalanche bulletin",
        "Skip to the pharmacy on-duty rota", "Skip to the court listings for {place}",
        "Skip to the market prices table", "Skip to the verdict", "Jump to the reaction",
        "Jump to what happens next", "Skip the map and go to the text",
        "Skip {m} navigation links", "Reader tools: A− | A+ | Print",
        "Dyslexia-friendly font: on", "Screen-reader help page", "Press / to search {outlet}",
        "Jump to region: {place}", "Breadcrumbs » {outlet} » {desk}",
        "Now in {desk} / {place2}", "Region ▾ {place} · {place2}", "Up to {desk}",
        "Skip to the pass closures for {place}", "Go to the plain-text edition",
        "Mont d'an endalc'had pennañ", "Anar al contengut principal",
        "Andà à u cuntenutu principale", "Dir al conteníu principal",
        "Siglir al cuntegn principal", "Salti al ĉefa enhavo", "Dale k hłownemu wobsahej",
        "Njuike váldosisdollui", "Hatun willakuyman riy", "Eho tembiapo tenondeguápe",
        "Төп эчтәлеккә күчү", "ئاساسلىق مەزمۇنغا ئاتلاش", "གཙོ་བོའི་ནང་དོན་ལ་མཆོང་།",
        "ମୁଖ୍ୟ ବିଷୟବସ୍ତୁକୁ ଯାଆନ୍ତୁ", "Tlolela ho dikahare tsa mantlha",
        "Tlolela kwa diteng tse dikgolo", "Buuka ogende ku bigambo ebikulu",
        "Gara qabiyyee ijootti darbi", "ናብ ቀንዲ ትሕዝቶ ሕለፍ", "Kende na makambo ya liboso",
        "Ba kontéudu prinsipál", "Lumaktaw iti kangrunaan a linaon", "Luncat ka eusi utama",
        "Here naveroka sereke", "שפּרינג צום הויפּט אינהאַלט",
    ),
    "icon_label": (
        "{t} degrees and {weather} at {stamp}", "Now {t}° — {weather} in {place}",
        "Wave height 1.2 m",
        "Snow depth 45 cm at {place}", "Avalanche danger 3 (considerable)", "Birch pollen: high",
        "Heat alert — stay hydrated", "Lake water {t}°C", "Visibility 400 m in fog",
        "Pressure 1012 hPa, falling", "Moonrise 21:14", "Black ice possible after {m} pm",
        "Lightning within 10 km", "svg-icon--arrow-left", "icon_close_white", "btn-share-x",
        "[play button]", "Play video ▷ {m}:{ss}", "Video muted — unmute 🔈", "Full screen ⛶",
        "Pop out the player (picture-in-picture)", "Player settings ⚙", "Autoplay: on",
        "Next video in {m} s",
        "{outlet} wordmark (dark)", "Avatar image — {name}", "Verified badge ✔",
        "Serriñ", "Tampar", "Chjode", "Zarrar", "Serrar", "Fermi", "Začinić", "Gidde",
        "Wichqay", "Mboty", "Ябу", "تاقاش", "ཁ་རྒྱག", "ବନ୍ଦ କରନ୍ତୁ", "Kwala", "Tswala",
        "Ggalawo", "Cufi", "ዕጸው", "Kokanga", "Taka", "Irikep", "Bigire", "פֿאַרמאַכן",
    ),
    "gallery_counter": (
        "Frame {i} of {n}, {place}", "Shot {i} of {n} — {name}", "Image no. {i} out of {n}",
        "{n} frames — tap to browse", "Swipe to see all {n} ({place})",
        "{i} (of {n}) · {place}", "A photo essay from {place}: {headline}",
        "A day in {place}, in {n} photos",
        "Enlarge picture ⤢ {place}", "Back to the story from the gallery ←",
        "Previous | {i} | Next", "Autoplay slides ▷",
        "Thumbnails ▦ ({n})", "Caption {i}/{n}: {place}", "Browse {n} more pictures",
        "Part {i} of a {n}-picture series", "Picture story · {n} frames",
        "Skeudenn {i} diwar {n}", "Imatge {i} sus {n}", "Ritrattu {i} di {n}",
        "Semeya {i} de {n}", "Maletg {i} da {n}", "Bildo {i} el {n}", "Wobraz {i} z {n}",
        "Govva {i}/{n}", "Rikchay {i} {n}-manta", "Ta'ãnga {i} {n}-gui", "Рәсем {i}/{n}",
        "رەسىم {i}/{n}", "པར་ {i}/{n}", "ଫଟୋ {i} / {n}", "Setshwantsho sa {i} ho {n}",
        "Setshwantsho {i} mo go {n}", "Ekifaananyi {i} ku {n}", "Suuraa {i} keessaa {n}",
        "ስእሊ {i} ካብ {n}", "Elilingi {i} na {n}", "Foto {i} husi {n}", "Ladawan {i} iti {n}",
        "Poto {i} tina {n}", "Wêne {i} ji {n}", "בילד {i} פֿון {n}",
    ),
    "photo_caption": (
        "{scene} — photographed on assignment for {outlet} by {name}",
        "{scene}. Picture credit {agency}",
        "{scene}. Photo: {agency} (cropped)", "{scene}. Photo: {name} (CC BY-SA 4.0)",
        "{scene}. Wikimedia Commons / {name}", "{scene}. Still from video by {agency}",
        "{scene}. Frame grab: {outlet}", "{scene}. Satellite image: Planet Labs PBC, {when}",
        "{scene}. Photo: {name}/{agency}, taken {when}",
        "{scene}. Photo illustration by the {outlet} design desk",
        "{scene}. AI-generated image, for illustration only",
        "{scene}. Photo: {name} for the {outlet}",
        "{scene}, in a photo released by {agency}",
        "{scene}, in this undated photo provided by {agency}",
        "{scene}. ({agency}; photographer {name})",
        "{scene}. Image supplied by {place} district council",
        "{scene}. Photo: {NAME} · {outlet} archives", "{scene}. Photo: family album, {year}",
        "{scene}. Photo via social media, unverified", "{scene}. Photo: {agency}, {stamp}",
        "{scene}. Luc'hskeudenn: {name}", "{scene}. Fòto: {agency}", "{scene}. Ritrattu: {name}",
        "{scene}. Semeya: {agency}", "{scene}. Maletg: {name}", "{scene}. Fotis {name}",
        "{scene}. Wobraz: {agency}", "{scene}. Govva: {name}", "{scene}. Rikchay: {agency}",
        "{scene}. Ta'ãnga: {name}", "{scene}. Фотосурәт: {agency}", "{scene}. سۈرەت: {name}",
        "{scene}. པར། {agency}", "{scene}. ଫଟୋ: {name}", "{scene}. Setshwantsho: {agency}",
        "{scene}. Setshwantsho ka {name}", "{scene}. Ekifaananyi: {agency}",
        "{scene}. Suuraa: {name}", "{scene}. ስእሊ፡ {agency}", "{scene}. Fɔtɔ: {name}",
        "{scene}. Foto husi {agency}", "{scene}. Ladawan: {name}", "{scene}. Poto: {agency}",
        "{scene}. Wêne: {name}", "{scene}. פֿאָטאָ: {agency}",
    ),
    "recommended": (
        "Sparked your interest? {headline}", "The story so far: {headline}",
        "From the archive ({year}): {headline}", "Listen back: {headline}",
        "Explainer, in {m} points: {headline}", "Opinion from {place} — {headline}",
        "Analysis from our {desk} desk ▸ {headline}",
        "Obituary: {name}, {place}", "You asked, we answered: {headline}",
        "Key dates | {headline}", "Readers in {place} also viewed", "Carry on reading: {headline}",
        "Next in this series ›", "Part {m} of our series: {headline}", "More in {desk} ({n})",
        "Hand-picked from {outlet}", "Related · {place} · {desk}", "Recently updated in {desk}",
        "Top {m} in {place} right now", "{n} stories you may have missed",
        "Catch up on {desk}", "Earlier today on {outlet}: {headline}",
        "Lennit ivez: {headline}", "Legir tanben: {headline}", "Da leghje dinò: {headline}",
        "Llei tamién: {headline}", "Legia era: {headline}", "Legu ankaŭ: {headline}",
        "Čitajće tež: {headline}", "Loga maid: {headline}", "Kaytapas ñawinchay: {headline}",
        "Emoñe'ẽ avei: {headline}", "Шулай ук укыгыз: {headline}",
        "مۇناسىۋەتلىك خەۋەر: {headline}", "འབྲེལ་ཡོད་གསར་འགྱུར། {headline}",
        "ଆହୁରି ପଢ଼ନ୍ତୁ: {headline}", "Bala hape: {headline}", "Bala gape: {headline}",
        "Soma ne: {headline}", "Kanas dubbisaa: {headline}", "ተወሳኺ ኣንብቡ፡ {headline}",
        "Tanga lisusu: {headline}", "Lee mós: {headline}", "Basaen pay: {headline}",
        "Baca ogé: {headline}", "Herwiha bixwînin: {headline}", "לייענט אויך: {headline}",
    ),
    "advertisement": (
        "Advertorial content — {outlet} Partners", "Promoted listing · {place}",
        "This ad helps fund our reporting",
        "Ads keep {outlet} free — thank you", "Ad is loading, the story continues below…",
        "A message from our partners",
        "Content from the {outlet} commercial team", "Paid post by {outlet} Brand Lab",
        "Partner offer · {price}", "Today's deals from {place} shops", "Shop the story",
        "Buying through our links may earn {outlet} a small commission.",
        "Article resumes after the sponsor message", "Scroll past this ad to keep reading",
        "Ad blocker detected — please allow ads on {outlet}",
        "Turn off your ad blocker to continue", "Public notices — {place}",
        "Memorials & tributes · {place}", "Motoring marketplace", "Estate agents in {place}",
        "Ad ✕ Close", "Sponsored · Learn more ›",
        "Bruderezh", "Contengut pagat", "Publicità", "Espaciu publicitariu", "Reclama",
        "Reklamaĵo", "Wabjenje", "Reklámma", "Rantinapaq willakuy", "Ñemomarandu ñemuhára",
        "Реклама урыны", "ئېلان", "ཁྱབ་བསྒྲགས།", "ବିଜ୍ଞାପନ", "Papatso", "Kitsiso ya papatso",
        "Okulanga", "Beeksisa", "መወዓውዒ", "Esika ya piblisite", "Publisidade", "Anunsio",
        "Wawaran iklan", "Danasîn", "רעקלאַמע",
    ),
    "share_follow": (
        "Send to a Signal contact", "Share to Threads", "Boost on Mastodon 🐘", "Send via Viber",
        "Scan the QR code to share on WeChat", "Save to read later (Pocket)",
        "Follow {outlet} on WhatsApp Channels", "Turn on notifications for {desk}",
        "Follow this topic: {desk} +", "Follow {name}'s reporting ＋", "Unfollow {desk}",
        "Share this quote on X 🗨", "Embed this article </>", "Copy embed code",
        "Report an error in this story", "Send us a correction",
        "Republish this story for free", "Scan to read on your phone",
        "Gift link created — valid for 14 days", "Follow @{handle} for {place} updates",
        "Watch {outlet} on Twitch: {handle}", "Share ↗ · Bookmark ☆ · Print ⎙",
        "Rannañ", "Partejar", "Sparte", "Esparde esta noticia", "Cundivider", "Kunhavigi",
        "Dźělić", "Juogát", "Rakinakuy", "Emoherakuã", "Уртаклашу", "ھەمبەھىرلەش",
        "མཉམ་སྤྱོད།", "ସେୟାର କରନ୍ତୁ", "Arolelana", "Abelana", "Gabana", "Qooddadhu", "ኣካፍል",
        "Kabola", "Fahe", "Iranud", "Bagikeun", "Parve bike", "טיילן",
    ),
    "newsletter": (
        "Get {desk} news from {place} by email, every Friday.",
        "Your weekly digest of {desk}: sign up free", "Enter email ▸ Subscribe",
        "Email (we never share it)*", "I agree to the privacy notice",
        "Send me offers from {outlet} partners",
        "You're already subscribed with this address.",
        "Confirm your subscription to finish signing up.",
        "Sign up for the {programme} bulletin", "Prefer WhatsApp? Get our headlines there.",
        "Get push alerts for {place}", "Daily at 7am: the {outlet} Early Edition",
        "Join the {outlet} community — it's free", "Signed up? Tell a friend.",
        "Newsletter preferences saved", "Unsubscribe from this list",
        "Read the latest issue online", "Pick your topics: {desk} · Weather · Sport",
        "Koumanantit d'hol lizher-kelaouiñ", "Abonatz-vos a nòstra letra d'informacion",
        "Abbunatevi à a nostra lettera d'infurmazione", "Suscríbite al nuesu boletín",
        "Abunescha nossa newsletter", "Abonu nian novaĵleteron",
        "Abonujće naš nowinski list", "Diŋgo min ođasreivve",
        "Willakuy qillqaykunapaq qillqakuy", "Eñemboheraguapy ore marandu kuatiáre",
        "Безнең хәбәрләргә язылыгыз", "خەۋەرنامىمىزگە مۇشتەرى بولۇڭ",
        "ང་ཚོའི་གསར་འགྱུར་ཡིག་ཆུང་ལ་མཐུད།", "ଆମ ନ୍ୟୁଜଲେଟର ପାଇଁ ସବସ୍କ୍ରାଇବ କରନ୍ତୁ",
        "Ingodisele lengolo la rona la ditaba", "Ikwadisetse lekwalodikgang la rona",
        "Wewandiise okufuna amawulire gaffe", "Xalayaa oduu keenyaaf galmaa'aa",
        "ንጋዜጣና ተመዝገቡ", "Komikoma mpo na kozwa nsango na biso",
        "Subskreve ba ami-nia boletín", "Agpalista iti newsletter mi", "Langganan warta kami",
        "Bibe abonê nûçenameya me", "אַבאָנירט אונדזער נייעסבריוו",
    ),
    "cookie_subscription": (
        "Your privacy matters. We and our {n} partners process data such as IP addresses.",
        "Use precise geolocation data and actively scan device characteristics",
        "Match and combine data from other sources", "View vendor list ({n}{m})",
        "Store my choices ✓", "Reject non-essential", "Accept tracking or subscribe for {price}",
        "Consent or pay — choose how you read {outlet}",
        "You were signed out after {m} hours of inactivity.",
        "This article is for members. Join from {price}.",
        "You've hit the paywall. Subscribe to read on.",
        "Free for registered readers — sign in to continue", "Subscriber exclusive · {desk}",
        "Members' edition", "Watch a short ad to unlock this story",
        "Print subscriber? Link your delivery account",
        "Press and hold to confirm you're not a robot",
        "Access denied: unusual traffic from your network", "Cookie policy (updated {when})",
        "Asantiñ pep tra", "Tot acceptar", "Accettà tuttu", "Aceptar too", "Acceptar tut",
        "Akcepti ĉion", "Wšě akceptować", "Dohkket buot", "Llapanta chaskiy",
        "Emoneĩ opavavete", "Барысын да кабул итү", "ھەممىنى قوبۇل قىلىش", "ཚང་མ་ཁས་ལེན།",
        "ସବୁ ଗ୍ରହଣ କରନ୍ତୁ", "Amohela tsohle", "Amogela tsotlhe", "Kkiriza byonna",
        "Hunda fudhadhu", "ኩሉ ተቐበል", "Ndima nyonso", "Simu hotu", "Awaten amin",
        "Tampi sadayana", "Hemûyan qebûl bike", "אָננעמען אַלץ",
    ),
    "listen": (
        "Listen · read by {name}", "Narrated by {name} ({m} min)", "Audio brief: {m} min",
        "Hear the {programme} report", "Play the {stamp} news summary",
        "This story is available as audio", "Now playing: {headline}", "Queue this article",
        "Audio generated with text-to-speech; errors are possible.", "Skip 15 seconds ⏩",
        "Speed: 0.75× · 1× · 1.5×", "Volume 🔉", "Listen on the go with the {outlet} app",
        "Radio {place} live stream", "Podcast: {programme}, episode {n}",
        "Subscribe to {programme} wherever you get podcasts", "Resume from {m}:{ss}",
        "Selaou ar pennad", "Escotar l'article", "Ascultà l'articulu", "Escuchar l'artículu",
        "Tadlar l'artitgel", "Aŭskultu la artikolon", "Nastawk posłuchać", "Guldal artihkkala",
        "Kay willakuyta uyariy", "Ehendu ko marandu", "Мәкаләне тыңлау", "ماقالىنى ئاڭلاش",
        "རྩོམ་ཡིག་ལ་ཉན།", "ପ୍ରବନ୍ଧଟି ଶୁଣନ୍ତୁ", "Mamela sengolwa sena", "Reetsa setlhogo se",
        "Wuliriza ekiwandiiko kino", "Barreeffama kana dhaggeeffadhu", "ነዚ ጽሑፍ ስምዑ",
        "Yoka lisolo oyo", "Rona artigu ne'e", "Denggen daytoy nga artikulo",
        "Dangukeun artikel ieu", "Guh bide gotarê", "הערט דעם אַרטיקל",
    ),
    "comment_count": (
        "{n} readers have had their say", "Reader comments so far: {n}", "Add your voice ({n})",
        "Most-recommended comments first", "Flag this comment as abusive", "Reply · Like · {m}",
        "Show {m} more replies to {name}", "Collapse this thread ▴",
        "Comments are open until {stamp}",
        "Our community guidelines", "You must be logged in to comment.",
        "Choose a display name for comments",
        "Thanks! A moderator will review your comment shortly.", "{name} replied {m} min ago",
        "Thread closed",
        "Top comment by {name}", "Open the discussion ({n}) ▾", "{n} ratings · ★★★★☆",
        "Evezhiadennoù ({n})", "Vòstres comentaris ({n})", "Cummenti ({n})",
        "Los vuesos comentarios ({n})", "Commentaris ({n})", "Komentoj ({n})",
        "Komentary ({n})", "Kommentárat ({n})", "Rimasqakuna ({n})", "Ñe'ẽmbyre ({n})",
        "Фикерләр ({n})", "ئىنكاسلار ({n})", "བསམ་འཆར། ({n})", "ମନ୍ତବ୍ୟ ({n})",
        "Maikutlo ({n})", "Ditshwaelo ({n})", "Endowooza ({n})", "Yaada ({n})",
        "ርእይቶታት ({n})", "Makanisi ({n})", "Komentáriu ({n})", "Dagiti komento ({n})",
        "Koméntar ({n})", "Şîrove ({n})", "באַמערקונגען ({n})",
    ),
    "copyright_footer": (
        "All material © {outlet} {year}, unless otherwise credited.",
        "Published by the {outlet} Trust, a not-for-profit company registered in {place}.",
        "{outlet} — independent since {year}.", "Member of the {place} Press Council",
        "Licensed by the Broadcasting Authority of {place}, licence no. {n}{m}",
        "Print ISSN {n}{m}-{i}{ss} · Online ISSN {m}{n}-{ss}{i}", "Est. {year} · {place}",
        "Terms · Privacy · Cookies · Contact · © {year}",
        "Imprint | Data protection | © {outlet}", "Responsible under press law: {name}",
        "Publisher: {name} · Managing editor: {name2}",
        "{outlet} cannot vouch for the content of sites it links to.",
        "Site by {outlet} Digital, {place}",
        "© {year} {outlet} Cooperative. Reuse under licence only.",
        "© {year} {outlet}. Holl wirioù miret.", "© {year} {outlet}. Totes los dreches reservats.",
        "© {year} {outlet}. Tutti i dritti riservati.",
        "© {year} {outlet}. Tolos derechos reservaos.",
        "© {year} {outlet}. Tut ils dretgs reservads.",
        "© {year} {outlet}. Ĉiuj rajtoj rezervitaj.", "© {year} {outlet}. Wšě prawa wuhrajene.",
        "© {year} {outlet}. Buot vuoigatvuođat várrejuvvon.",
        "© {year} {outlet}. Llapan hayñikuna waqaychasqa.",
        "© {year} {outlet}. Opaite derécho oñeñongatu.",
        "© {year} {outlet}. Барлык хокуклар сакланган.",
        "© {year} {outlet}. بارلىق ھوقۇقى قوغدىلىدۇ.",
        "© {year} {outlet}. དབང་ཆ་ཡོངས་རྫོགས་ཉར་ཚགས།", "© {year} {outlet}. ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ।",
        "© {year} {outlet}. Ditokelo tsohle di sirelleditswe.",
        "© {year} {outlet}. Ditshwanelo tsotlhe di sireleditswe.",
        "© {year} {outlet}. Eddembe lyonna likuumibwa.",
        "© {year} {outlet}. Mirgi hundi seeraan eegamaadha.",
        "© {year} {outlet}. ኩሉ መሰላት ዝተሓለወ እዩ።", "© {year} {outlet}. Makoki nyonso ebatelami.",
        "© {year} {outlet}. Direitu hotu rezervadu.",
        "© {year} {outlet}. Amin a karbengan ket nakareserba.",
        "© {year} {outlet}. Sadaya hak ditangtayungan.", "© {year} {outlet}. Hemû maf parastî ne.",
        "© {year} {outlet}. אַלע רעכט פֿאָרבאַהאַלטן.",
    ),
    "originally_appeared": (
        "This article was produced in partnership with {site} and first published there on {when}.",
        "An earlier version of this piece was broadcast on {programme}.",
        "Cross-posted from {site} with the author's permission.",
        "This story is co-published with {site}, a nonprofit newsroom.",
        "Translated from the Breton original by {name}.",
        "Translation: {name}. The original text is on {site}.",
        "This article was translated automatically and may contain errors. "
        "Read the original on {site}.",
        "Originally written for the {outlet} {desk} newsletter.",
        "Lightly edited from a thread {name} posted on {site}.",
        "This is an edited transcript of {programme}.",
        "Want to republish this story? Contact {site}.",
        "Figures sourced from {site}; {outlet} has not independently verified them.",
        "Published {when}, {stamp}; updated {stamp}", "Story filed at {stamp} from {place}.",
        "Embannet e oa bet ar pennad-mañ da gentañ war {site}.",
        "Aqueste article es estat publicat primièr sus {site}.",
        "St'articulu hè statu publicatu prima nant'à {site}.",
        "Esti artículu espublizóse primero en {site}.",
        "Quest artitgel è cumparì l'emprima giada sin {site}.",
        "Ĉi tiu artikolo unue aperis en {site}.",
        "Tutón nastawk je so prěni raz na {site} wozjewił.",
        "Dát artihkal almmustuvai vuosttaš háve {site}:s.",
        "Kay willakuyqa ñawpaqta {site}-pi lluqsirqan.", "Ko marandu osẽ raẽ {site}-pe.",
        "Бу мәкалә башта {site} сайтында басылган.",
        "بۇ ماقالە ئەڭ دەسلەپ {site} دا ئېلان قىلىنغان.",
        "ଏହି ପ୍ରବନ୍ଧ ପ୍ରଥମେ {site}ରେ ପ୍ରକାଶିତ ହୋଇଥିଲା।",
        "Sengolwa sena se hatisitswe la pele ho {site}.",
        "Setlhogo se se gatisitswe la ntlha mo {site}.",
        "Ekiwandiiko kino kyasooka kufulumira ku {site}.",
        "Barreeffamni kun jalqaba {site} irratti maxxanfame.",
        "እዚ ጽሑፍ መጀመርታ ኣብ {site} ተሓቲሙ።", "Lisolo oyo ebimaki liboso na {site}.",
        "Artigu ne'e publika uluk iha {site}.",
        "Daytoy nga artikulo ket immuna a naipablaak iti {site}.",
        "Artikel ieu mimiti dimuat di {site}.",
        "Ev gotar cara yekem li ser {site} hate weşandin.",
        "דער אַרטיקל איז ערשט דערשינען אויף {site}.",
    ),
    "contributor_line": (
        "{name} filed from {place}; {name2} added reporting from {place2}.",
        "Interviews translated from Quechua by {name2}.", "Graphics: {name}. Maps: {name2}.",
        "Produced by {name} · Photography by {name2}", "Story editor: {name}",
        "Copy edited by {name2}", "Additional research: {name}, {outlet} library",
        "Freelancer {name} contributed from {place}.",
        "{name} covers {desk} for {outlet}. Reach her at {handle}@{host}.",
        "{name} (@{handle}) reports on {desk}.",
        "Compiled by the {outlet} newsroom with agency material.",
        "Written by {name} with {agency}", "Wire copy: {agency}; localised by {name}",
        "Bylines: {name}, {name2}, {name3}", "Reporter/Writer: {name} | Translation: {name2}",
        "— Staff, {outlet} {place} bureau", "{name} and {name2} contributed from {place}.",
        "Skrivet gant {name}", "Redaccion: {name}", "Scrittu da {name}", "Escritu por {name}",
        "Autur: {name}", "Verkis: {name}", "Spisał {name}", "Čálli: {name}", "Qillqaq: {name}",
        "Ohaíva: {name}", "Хәбәрче: {name}", "مۇخبىر: {name}", "གསར་འགོད་པ། {name}",
        "ସମ୍ବାଦଦାତା: {name}", "Mongodi: {name}", "Mokwadi: {name}", "Omuwandiisi: {name}",
        "Gabaasaa: {name}", "ጸሓፊ፡ {name}", "Mokomi: {name}", "Hakerek-na'in: {name}",
        "Insurat ni {name}", "Nu nulis: {name}", "Nivîskar: {name}", "פֿון {name}",
    ),
}  # fmt: skip

# ----------------------------------------------------------------------------- debris

# Sentence-final endings left in their own script (Tibetan, Odia, Uyghur, Tatar, Tigrinya,
# Yiddish, Sinhala, Lao, Kazakh, Bengali, Nepali, Kannada, Malayalam, Japanese, Chinese,
# Korean) or romanised (Oromo, Japanese, Korean, Quechua, Tetum), and bare English modals and
# auxiliaries a literal translation leaves after a real sentence, some in lower case.
ORPHAN_FRAGMENTS = (
    "རེད།", "ཡོད་རེད།", "ଅଛି।", "ହେଲା।", "بولدى.", "ئىدى.", "иде.", "булды.", "እዩ።", "ነበረ።",
    "געווען.", "විය.", "ແລ້ວ.", "болды.", "হয়েছে।", "भयो।", "ಆಗಿದೆ.", "ആണ്.", "のだ。", "わけだ。",
    "だろう。", "完了。", "着呢。", "하였다.", "되었다.", "Dha.", "Ture.", "Deshō.", "Sumnida.",
    "Kachkan.", "Ona.", "Did have.", "Shall be.", "Would then have.", "Might do.", "Got done.",
    "Was so.", "Will do so.", "Could be.", "Is had.", "was had.", "is to go.",
)  # fmt: skip
# Lowercase pieces of a clause cut off from their sentence, with a final period, some of
# them verbless, as literal translation of court, health-ministry, sports-federation and
# weather-service releases leaves them.
DANGLING_FRAGMENTS = (
    "the court of first instance ruled.", "the defence intends to appeal.",
    "the hearing was postponed until.", "the suspect was detained on the spot.",
    "the ministry of health reported.", "the number of cases has increased by.",
    "the patients are in a stable condition.", "the match was played behind closed doors.",
    "the federation announced sanctions.", "the hydrometeorological service warned.",
    "the temperature will drop to.", "in the coming days it is expected.",
    "the water supply was restored.", "the investigation is under way.",
    "the results will be announced later.", "the delegation arrived with.",
    "in connection with the above.", "for the purpose of ensuring.",
    "in accordance with the plan.", "at the level of the.", "bearing in mind the.",
    "in the course of the official visit.", "the meeting was held in a friendly atmosphere.",
    "the sides exchanged views on.", "among those present were.", "and other officials.",
    "which was also noted.",
)  # fmt: skip
# The same without a final mark, or ending in an abbreviation: paragraph ends only.
DANGLING_TAILS = (
    "in conjunction with", "to the benefit of", "at the personal invitation of", "having regard to",
    "with due regard for", "over the course of", "might well have", "ought to have been",
    "would be able to", "was met by Lt. Col.", "presented to Adm.", "congratulated Supt.",
    "received Amb.",
)  # fmt: skip
# Section and tag labels of the source page left at the end of a paragraph.
ORPHAN_WORDS = (
    "Livestock", "Moraines", "Yaks", "Quinoa", "Alpacas", "Cobalt", "Cardamom", "Teff", "Barley",
    "Trams", "Monasteries", "Dialects", "Tribunals", "Vaccination", "Annuities", "Funiculars",
    "Derbies", "Hydropower", "Permafrost", "Reindeer", "Sevenadur", "Novèlas", "Sucietà",
    "Regiun", "Sporto", "Hospodarstwo", "Ođđasat", "Willakuykuna", "Tetã", "Җәмгыять",
    "جەمئىيەت", "སྲིད་དོན།", "ରାଜନୀତି", "Dipapadi", "Metshameko", "Ebyobufuzi", "Siyaasa",
    "ቁጠባ", "Politiki", "Desportu", "Damag", "Kasenian", "Aborî", "פּאָליטיק",
)  # fmt: skip
# Marks the earlier sets did not use (Thai, Myanmar, Phags-pa, Cham, Meetei Mayek,
# Saurashtra, Bamum and Lepcha stops and signs, an inverted interrobang) after a sentence end,
# and mixed Western marks.
STRAY_INLINE = (
    " ๛", " ၌", " ၏", " ꡷", " ꩞", " ꫰", " ꣎", " ꛳", " ᰼", " ⸘", " ?!.", " ,!.", " ?;.",
)  # fmt: skip
# Paragraphs of their own: wire end marks, reference and section signs, a reversed pilcrow, stars,
# wavy dashes and spaced bullets.
STRAY_PARAGRAPHS = (
    "(endit)", "-0-", "=EOM=", "++++", "※ ※", "§§", "⁋", "⟡", "✧", "∵", "≈≈≈", "• • •", "/ / /",
)  # fmt: skip

# A wrong period before a joining word where a clause or phrase starts: participles of
# protests, flights, trials, matches and reactions, sentence adverbs of judgement, scope and
# time, and quantifiers that open a relative phrase after a comma ("..., chanting slogans",
# "..., fleeing the fighting", "..., ominously for", "..., millions of whom"), and "save for",
# "contingent on", "contingent upon", "subsequent to", "preparatory to", "inclusive of",
# "exclusive of" and "en route to" also without one, not after a word that binds to what
# follows ("all save for", "made contingent on", "prices inclusive of", "was en route to").
WRONG_PERIOD_SITE = re.compile(
    r"(?<=[A-Za-z]{2})(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bnot)(?<!\bnor)(?<!\bthe)(?<!\ba)"
    r"(?<!\ban)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)"
    r"(?<!\bfrom)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)"
    r"(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bour)"
    r"(?<!\bmy)(?<!\byour)(?<!\bthis)(?<!\bthat)(?<!\bthese)(?<!\bthose)(?<!\bno)(?<!\bany)"
    r"(?<!\bevery)(?<!\bvery)(?<!\bso)(?<!\bonly)(?<!\beven)(?<!\bjust)(?<!\ball)(?<!\bmade)"
    r"(?<!\bmake)(?<!\bmakes)(?<!\bdeemed)(?<!\bkept)(?<!\bleft)(?<!\bheld)(?<!\bremains)"
    r"(?<!\bremain)(?<!\bremained)(?<!\bbecome)(?<!\bbecame)(?<!\bbecomes)(?<!\bentirely)"
    r"(?<!\bwholly)(?<!\bfully)(?<!\bpartly)(?<!\blargely)(?<!\bstrictly)(?<!\bprice)"
    r"(?<!\bprices)(?<!\bfare)(?<!\bfares)(?<!\bcost)(?<!\bcosts)(?<!\bfigure)(?<!\bfigures)"
    r"(?<!\brate)(?<!\brates)(?<!\btotal)(?<!\btotals)(?<!\bsum)(?<!\bfee)(?<!\bfees)"
    r"(?<!\bcharges)(?<!\bnothing)(?<!\beverything)(?<!\banything)(?<!\bsomething)"
    r"(?<!\bimmediately)(?<!\bshortly)(?<!\bdirectly)(?<!\bwhile)(?<!\bwhen)(?<!\bstill)"
    r"(, | (?=save for |contingent on |contingent upon |subsequent to |preparatory to "
    r"|inclusive of |exclusive of |en route to ))"
    r"(chanting|shouting|marching|waving|carrying|wearing|storming|occupying|firing"
    r"|fleeing|escaping|heading|travelling|traveling|arriving|returning|landing|departing"
    r"|diverting|grounding|postponing|refusing|agreeing|pleading|testifying|appealing"
    r"|sentencing|acquitting|convicting|scoring|equalising|equalizing|finishing|starting"
    r"|beginning|holding|keeping|getting|trying|attempting|aiming|struggling|fearing"
    r"|believing|speaking|responding|replying|referring|representing|involving|targeting"
    r"|covering|spanning|ranging|totalling|totaling|amounting|accounting|lowering|providing"
    r"|hurting|benefiting|angering|alarming|worrying|stunning|shocking|frustrating"
    r"|reigniting|inflaming|ominously|unusually|reputedly|mysteriously|inexplicably"
    r"|controversially|symbolically|pointedly|bizarrely|astonishingly|alarmingly|worryingly"
    r"|encouragingly|belatedly|elsewhere|nationally|locally|globally|domestically"
    r"|internationally|statistically|economically|politically|legally|financially"
    r"|personally|secretly|unanimously|narrowly|overnight|altogether|nowadays|millions"
    r"|billions|scores|tens|some|numerous|countless|various|save|contingent|subsequent"
    r"|preparatory|inclusive|exclusive|en) "
    r"(?=[a-z])"
)


def echo(before: list[str], para_end: bool, rng: random.Random) -> tuple[str, str]:
    """(template, text) of an echo: in tortoise-shell brackets, before a Tibetan shad, in
    low-high single quotes, before a Devanagari double danda, the last two words joined by a
    hyphen, the word twice with a comma, or (at a paragraph end) after a bullet without a final
    mark."""
    last = before[-1]
    r = rng.random()
    if para_end and r < 0.15:
        return "word after a bullet, no final mark", f" • {last}"
    if r < 0.3:
        return "word in tortoise-shell brackets", f" 〔{last}〕"
    if r < 0.45:
        return "word, Tibetan shad", f" {last}།"
    if r < 0.6:
        return "word in low-high single quotes", f" ‚{last}‘."
    if r < 0.75:
        return "word, Devanagari double danda", f" {last}॥"
    if r < 0.9 and len(before) > 1 and before[-2].isalpha() and last.isalpha():
        return "two words joined by a hyphen", f" {before[-2]}-{last}."
    return "word, comma, word", f" {last}, {last}."
