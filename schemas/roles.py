"""Lexicons for entities and people: role titles, entity head nouns and their types, sector phrases.

Data only; `pipeline.extract.entities` and `pipeline.extract.people` compile them once at import.
Types are the contract's `SUBJECT_TYPES` (schemas.vocab).
"""

from __future__ import annotations

from schemas.time_lexicon import WEEKDAY_NAMES

# --------------------------------------------------------------------------- people

# Titles that name a person's office. Matched case-insensitively, the text's spelling kept
# ("Deputy Mayor", "mayor", "akim"; a "local" before "mayor" stays out).
# Longer titles first so the regex prefers them.
ROLE_TITLES: tuple[str, ...] = (
    "Chairman of the Board of Directors",
    "Chairman of the Management Board",
    "Chairman of the Board",
    "Chair of the Board",
    "Chief Executive Officer",
    "Chief Commercial Officer",
    "Chief Financial Officer",
    "Chief Operating Officer",
    "Chief Technical Officer",
    "Chief Executive",
    "Chief Engineer",
    "Head of State",
    "Head of Government",
    "Prime Minister",
    "Foreign Minister",
    "Consul General",
    "Director General",
    "General Director",
    "Managing Director",
    "Executive Director",
    "Regional Director",
    "Country Manager",
    "General Manager",
    "Press Secretary",
    "President",
    "Minister",
    "Mayor",
    "Akim",
    # An Uzbek region's or city's governor.
    "Khokim",
    "Hokim",
    "Governor",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "CEO",
    "CFO",
    "COO",
    "Director",
    "Head",
    "Founder",
    "Owner",
    "Co-owner",
    "Co-founder",
    "Ambassador",
    "Consul",
    "Secretary",
    "Speaker",
    "Senator",
    "Commissioner",
    "Adviser",
    "Advisor",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Representative",
    "Manager",
    "Executive",
    "Chief",
    "Author",
)

# A second office joined to a title before one person's name ("founder and producer Dinara Omarbekova", "chairman
# and CEO"): single-word titles and a few trades; not "the minister and entrepreneur X" (two people).
JOINED_OFFICES: frozenset[str] = frozenset(
    {title.lower() for title in ROLE_TITLES if " " not in title}
    | {"producer", "designer", "editor", "engineer", "architect", "chef", "artist", "co-founder", "co-owner"}
)

# Words that may precede a title inside the role ("Deputy Mayor", "First Vice Minister",
# "board chairman", "Plant founder"). Entity heads are here too: "Plant founder" ties the
# person to the plant the article is describing.
# Adjectives of titles that are words of names too ("Chief Financial Officer", "Financial Settlement Center",
# "Foreign Trade Bank"): they end a name only before a title's word.
TITLE_ADJECTIVES_IN_NAMES: frozenset[str] = frozenset(
    {"Financial", "Commercial", "Technical", "Operating", "Foreign", "Management"}
)

ROLE_MODIFIERS: tuple[str, ...] = (
    "Deputy",
    "Vice",
    "First",
    "Acting",
    "Executive",
    "Regional",
    "General",
    "Managing",
    "Senior",
    "Chief",
    "Foreign",
    # "State Secretary of the Ministry of Finance" (Mongolia, Kyrgyzstan), "Permanent Representative".
    "State",
    "Permanent",
    "board",
    "Board",
    "Plant",
    "Company",
    "Factory",
    "Enterprise",
    "Project",
    "Group",
    "Bank",
    "Fund",
    "city",
    "regional",
    "district",
)

# A comma-appositive after a name is a role when it holds one of these words
# ("Marat Sultangaziyev, governor of Almaty region").
ROLE_KEYWORDS: frozenset[str] = frozenset(
    {
        "president",
        "minister",
        "mayor",
        "akim",
        "khokim",
        "hokim",
        "governor",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "director",
        "head",
        "founder",
        "co-founder",
        "ambassador",
        "consul",
        "secretary",
        "speaker",
        "senator",
        "commissioner",
        "adviser",
        "advisor",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "representative",
        "manager",
        "executive",
        "chief",
        "officer",
        "deputy",
        "official",
        "leader",
        "owner",
        "partner",
        "economist",
        "analyst",
        "expert",
        "professor",
        "rector",
        "member",
        "correspondent",
        "engineer",
    }
)

# Offices of a city or region: with no place named, the role belongs to the place the
# article was last talking about ("Deputy Mayor X" in a story about Astana).
# Bodies a government title names as part of itself: "Deputy Chairman of the Cabinet of Ministers" is the
# role as written, like "Minister of Energy", with no organisation split off.
TITLE_BODIES: frozenset[str] = frozenset({"Cabinet of Ministers", "Council of Ministers"})
LOCAL_GOVERNMENT_ROLES: frozenset[str] = frozenset(
    {"mayor", "akim", "khokim", "hokim", "governor", "head", "deputy mayor", "deputy akim", "deputy khokim"}
)

# Roles whose head is an entity noun: the person belongs to the enterprise last described.
# Verbs with which a ministry reports or forecasts its country's figures rather than its own (a ministry that
# "plans" something states its own plan).
MINISTRY_REPORTING_VERBS: tuple[str, ...] = (
    *("said", "says", "reported", "reports", "expects", "expected", "forecasts", "forecast", "estimates"),
    *("estimated", "predicts", "projects", "puts", "put"),
)
# Officers whose employer, named after "of", is a company ("CEO of Batys Cargo Terminal").
COMPANY_OFFICER_TITLES: tuple[str, ...] = (
    *("CEO", "chief executive", "chief executive officer", "director general", "general director"),
    *("managing director", "director", "chairman", "chairwoman", "chairperson", "president", "founder", "owner"),
)
ENTERPRISE_ROLE_PREFIXES: frozenset[str] = frozenset({"plant", "company", "factory", "enterprise", "project"})

# Verbs of speech: a name-shaped pair before one of them is a person.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "says",
        "noted",
        "added",
        "stressed",
        "told",
        "reported",
        "explained",
        "emphasized",
        "emphasised",
        "stated",
        "announced",
        "pointed",
        "remarked",
        "underlined",
        "highlighted",
        "believes",
        "commented",
    }
)

# Endings of Kazakh, Russian and other post-Soviet surnames: "X Ibragimov" is a person
# even with no role next to it.
# Towns named after people, or named as people are ("Darkhan Satybaldy, governor of Turkistan region", "Kanysh
# Satpayev"): next to another name-shaped word they are part of a person's name, not a town that ends it.
NAMES_THAT_ARE_TOWNS: frozenset[str] = frozenset({"Darkhan", "Abay", "Abai", "Satpayev", "Kurchatov", "Konayev"})
SURNAME_SUFFIXES: tuple[str, ...] = (
    "ov",
    "ev",
    "ova",
    "eva",
    "in",
    "ina",
    "uly",
    "ula",
    "kyzy",
    "enko",
    "sky",
    "skiy",
    "skaya",
    "ich",
    "yan",
    "dze",
    "shvili",
    "bek",
    "bekov",
)

# Capitalised words of company and body names, never of a person's: "Kazakh Invest Meirzhan Yusupov"
# is an organisation followed by a person.
ORG_NAME_WORDS: frozenset[str] = frozenset(
    {
        "Invest",
        "Investment",
        "Holding",
        "Holdings",
        "Capital",
        "Gas",
        "Oil",
        "Petroleum",
        "Steel",
        "Metal",
        "Metals",
        "Power",
        "Systems",
        "Solutions",
        "Services",
        "Logistics",
        "Trans",
        "Motors",
        "Airways",
        "Airlines",
        "Air",
        "Global",
        "International",
        "Partners",
        "Industries",
        "Agro",
        "Foods",
        "Pharma",
        "Telecom",
        "Energo",
        "Resources",
        "Mining",
        "Industrial",
        "Region",
        "District",
        "Village",
        "City",
        "Task",
        "Force",
        "Sovereign",
        "Wealth",
        "Management",
        "Board",
        "Directors",
    }
)

# Words of ministry and agency names: "Minister of National Economy Asset Irgaliyev" — these
# belong to the role, not to the name after it.
DOMAIN_WORDS: frozenset[str] = frozenset(
    {
        # "Association of Fruit and Vegetable Exporters", "Union of Grain Processors and Bakers": a trade body's field.
        *("Fruit", "Fruits", "Vegetable", "Vegetables", "Grain", "Flour", "Meat", "Dairy", "Milk", "Poultry"),
        *("Oil", "Gas", "Mining", "Metallurgical", "Chemical", "Textile", "Construction", "Building", "Light"),
        *("Maritime", "Marine", "Aviation", "Shipping"),
        *("Producers", "Processors", "Exporters", "Importers", "Manufacturers", "Bakers", "Farmers", "Carriers"),
        # "Union of Industrialists and Entrepreneurs of Turkmenistan": the members a body gathers.
        *("Industrialists", "Entrepreneurs", "Employers", "Builders", "Developers", "Traders", "Investors"),
        *("Insurers", "Miners", "Shippers", "Forwarders", "Retailers", "Beekeepers", "Winemakers"),
        *("Herders", "Growers", "Breeders", "Fishermen"),
        # "Ministry of Industry and New Technologies": an adjective of a ministry's field.
        "New",
        "National",
        "Economy",
        "Economic",
        "Development",
        "Affairs",
        "Industry",
        "Industrial",
        "Infrastructure",
        # "Ministry of Industry and Infrastructural Development", "Program of Industrial and Innovative Development".
        "Infrastructural",
        # "Ministry of Mining and Heavy Industry".
        "Heavy",
        "Innovative",
        "Technological",
        "Scientific",
        "Energy",
        "Agriculture",
        "Finance",
        "Finances",
        "Trade",
        "Integration",
        "Justice",
        "Health",
        "Healthcare",
        "Education",
        "Science",
        "Higher",
        "Culture",
        "Information",
        "Digital",
        "Innovation",
        "Innovations",
        "Aerospace",
        "Defence",
        "Defense",
        "Transport",
        "Communications",
        "Communication",
        "Ecology",
        "Geology",
        "Natural",
        "Resources",
        "Water",
        "Irrigation",
        "Labour",
        "Labor",
        "Social",
        "Protection",
        "Population",
        "Emergency",
        "Situations",
        "Internal",
        "Foreign",
        "Sports",
        "Tourism",
        "Investment",
        "Investments",
        "Planning",
        "Reconstruction",
        "Technology",
        "Technologies",
        "Cooperation",
        "Security",
        "Public",
        "Reforms",
        "Statistics",
        "Budget",
        "Regional",
        "Strategic",
        "Civil",
        "Service",
        "Youth",
        "Family",
        "Environment",
        "Climate",
        "Mining",
        "Metallurgy",
        "Construction",
        "Housing",
        "Utilities",
        # "Ministry of Economy and Commerce", "Ministry of Agriculture and Food", "Committee for Forestry and Wildlife".
        "Commerce",
        "Food",
        "Forestry",
        "Fisheries",
        "Wildlife",
        "Entrepreneurship",
        "Employment",
        "Migration",
    }
)

# --------------------------------------------------------------------------- entities

# Words that introduce a partner of the company a sentence is about ("carried out jointly with China's Shenzhen
# Auto"): the partner is named, but "the plant" and "the company" after it still mean the first company.
PARTNER_CUES: tuple[str, ...] = (
    "jointly with",
    "together with",
    "in partnership with",
    "in cooperation with",
    "in a joint venture with",
    "with the participation of",
    # The other side of a deal ("the deal was concluded with the Kazakh grid company Energo Qurylys").
    *("concluded with", "signed with", "agreement with", "agreements with", "contract with", "contracts with"),
    *("deal with", "deals with"),
)
# Works and events named after the town they are in, with the entity type they give: "the Keles main canal", "the
# Karshi pumping cascade", "the Almaty marathon" are none of them the town.
PLACE_NAMED_WORKS: dict[str, str] = {
    "canal": "project",
    "cascade": "project",
    "dam": "project",
    "marathon": "other",
    "festival": "other",
    # "the Ekibastuz–Shu transmission line", "the Bukhtarma ferry crossing": a route named after its ends or place.
    "transmission line": "project",
    "power line": "project",
    # "the Karshi–Termez line", "the Yunusabad line" (a metro line): a route named after its ends or its place.
    "line": "project",
    # "the Alatau extension of Line 1": a work named after the district it reaches.
    "extension": "project",
    "ferry crossing": "other",
    # "The Almaty metro currently has 11 stations": the city's underground railway.
    "metro": "other",
    "subway": "other",
}
# Heads kept because the one word before them is a place ("Aktau airport"); a longer name stands alone
# ("the Silk Way Terminal dry port" is Silk Way Terminal).
PLACE_NAMED_HEADS: frozenset[str] = frozenset({"port", "dry port", "seaport", "airport"})
# Entity types the engine tells apart inside but the contract's `subject_type` vocabulary does not: a special
# economic zone or an industrial park holds land, residents and jobs like a site (its figures are undated
# attributes, its paragraph a frame of its own), yet it is neither an enterprise nor a project, and is
# reported as `other`.
REPORTED_TYPES: dict[str, str] = {"zone": "other"}

# Lower-case head nouns after a name, with the entity type they give. `True` means the head is
# generic and leaves the canonical name ("Digital System Service plant" -> "Digital System Service");
# `False` keeps it, because the name alone would be a place or a route ("Bukhara-Ural pipeline").
ENTITY_HEADS: dict[str, tuple[str, bool]] = {
    "national company": ("organization", True),
    "industrial zone": ("zone", True),
    "special economic zone": ("zone", True),
    "economic zone": ("zone", True),
    "industrial park": ("zone", True),
    "technology park": ("organization", True),
    "plant": ("enterprise", True),
    "factory": ("enterprise", True),
    "refinery": ("enterprise", True),
    "mine": ("enterprise", True),
    "combine": ("enterprise", True),
    "company": ("enterprise", True),
    "cooperative": ("enterprise", True),
    "group": ("enterprise", True),
    "holding": ("enterprise", True),
    "corporation": ("enterprise", True),
    "enterprise": ("enterprise", True),
    "facility": ("enterprise", True),
    "complex": ("enterprise", True),
    "smelter": ("enterprise", True),
    "mill": ("enterprise", True),
    "works": ("enterprise", True),
    "farm": ("enterprise", True),
    # "the Kordai Zhel wind park": a power park is a plant, not an industrial park whose words stay in its name.
    "wind park": ("enterprise", True),
    "solar park": ("enterprise", True),
    "station": ("enterprise", True),
    "terminal": ("enterprise", True),
    "hub": ("enterprise", True),
    # "the Khorgos dry port", "the Kuryk port": a port is named after its place and keeps its head (but see
    # PLACE_NAMED_HEADS: "Silk Way Terminal dry port" is Silk Way Terminal).
    "port": ("enterprise", False),
    "dry port": ("enterprise", False),
    "seaport": ("enterprise", False),
    "airport": ("enterprise", False),
    # "the Ala-Bel tunnel", "the Kamchik tunnel": a road or rail work under construction, named with its head.
    "tunnel": ("project", False),
    # "the Too-Ashuu pass": a mountain pass, where roads and their works are (kept: the name alone is its range).
    "pass": ("other", False),
    # "the Maikapshagai road checkpoint", "the Bakhty checkpoint": a border crossing, named after its place.
    "checkpoint": ("other", True),
    # "the Hairatan border crossing", "the Dostyk crossing": the same.
    "border crossing": ("other", True),
    "crossing": ("other", True),
    # "the Semey Ormany state forest nature reserve": a protected area, named by its own words.
    "nature reserve": ("other", True),
    # "the Bozzhyra tract": a named stretch of land.
    "tract": ("other", True),
    "reserve": ("other", True),
    "hotel": ("enterprise", True),
    "shipyard": ("enterprise", True),
    "resort": ("enterprise", True),
    "winery": ("enterprise", True),
    "brewery": ("enterprise", True),
    "distillery": ("enterprise", True),
    "cluster": ("project", True),
    "zone": ("zone", True),
    "park": ("zone", True),
    "project": ("project", True),
    "programme": ("project", True),
    "program": ("project", True),
    "campaign": ("project", True),
    "initiative": ("project", True),
    "strategy": ("project", True),
    "highway": ("project", False),
    "motorway": ("project", False),
    # Waters and landforms keep their head: "Kapshagay reservoir" is not the town of Kapshagay.
    # "the Koktal residential district", "Nura Riverside residential complex": housing built as one project.
    "residential district": ("project", True),
    "residential complex": ("project", True),
    "microdistrict": ("project", True),
    # "from the Kalkaman residential area in the west": a part of a city a line or road runs to, no firm.
    "residential area": ("other", True),
    "reservoir": ("other", False),
    "basin": ("other", False),
    "massif": ("other", False),
    "irrigation massif": ("other", False),
    "river": ("other", False),
    "lake": ("other", False),
    "gorge": ("other", False),
    "valley": ("other", False),
    "canyon": ("other", False),
    "plateau": ("other", False),
    "depression": ("other", False),
    # "the Ulytau mountains", "the Chon-Tash springs" (named Chon-Tash): nature named after a place, where things stand.
    # (Not "range": "Admission prices range from ...".)
    **dict.fromkeys(("ridge", "mountains", "hills", "desert", "steppe"), ("other", False)),
    "springs": ("other", True),
    # "the Keles main canal", "the Karshi pumping cascade", "the Almaty marathon": named after their place.
    **{head: (type_, False) for head, type_ in PLACE_NAMED_WORKS.items()},
    "railway line": ("project", False),
    "railway": ("project", False),
    # "the Dostyk–Moiynty second track", "the Tejen–Mary section": a stretch of line between two places.
    "track": ("project", False),
    "section": ("project", False),
    "road": ("project", False),
    "bridge": ("project", False),
    "pipeline": ("other", False),
    "oilfield": ("other", True),
    "gas field": ("other", True),
    "field": ("other", True),
    "deposit": ("other", True),
    "village": ("other", True),
    "district": ("other", False),
    "fund": ("organization", True),
    # "the Kordai central district hospital": a public body, named after its place.
    "hospital": ("organization", False),
    "agency": ("organization", True),
    "ministry": ("organization", True),
    "headquarters": ("organization", True),
    "akimat": ("organization", True),
    "division": ("organization", True),
}

# Heads of unnamed but described enterprises: "the steel pipe plant in Aktobe".
DESCRIBED_HEADS: tuple[str, ...] = (
    "plant",
    "factory",
    "refinery",
    "mill",
    "smelter",
    "station",
    "farm",
    "complex",
    "terminal",
    "shop",
    "smelter",
    "hospital",
)
# Described heads that are no subject of their own once a firm is named: "a new painting shop", "a spinning mill", "a
# nearby power station", "a repair depot" are parts or works of the firm the text speaks of, whose figures they are
# (measured over the answer keys: shops and mills are the firm's about five times as often as their own).
UNDESCRIBED_HEADS: frozenset[str] = frozenset({"shop", "mill", "station", "depot"})
# Public works a text describes without naming them ("the new ice arena in Petropavl", "a drama theatre in Aktau"):
# described as facilities are, but never what an appositive calls a company.
DESCRIBED_WORKS: tuple[str, ...] = (
    *("arena", "theatre", "theater", "stadium", "dormitory", "palace", "museum", "depot", "bridge", "tunnel"),
)
# Described heads of another type than an enterprise's: "a 300-bed multidisciplinary hospital" is a public body.
DESCRIBED_HEAD_TYPES: dict[str, str] = {"hospital": "organization", **dict.fromkeys(DESCRIBED_WORKS, "project")}

# Lower-case heads of bodies named by what they do: "department of entrepreneurship ... of Kostanay region".
DEPARTMENT_HEADS: tuple[str, ...] = ("department", "directorate", "committee")
# Words a department's name ends before, besides verbs of speech: "the department of industry expects 12 new plants",
# "the department of agriculture has allocated ...".
DEPARTMENT_NAME_END_VERBS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had"}
    | {"plans", "planned", "expects", "expected", "intends", "aims", "estimates", "estimated"}
    | {"reports", "informs", "says"}
)
# The level of government a department named by its field belongs to ("the regional statistics department").
DEPARTMENT_LEVELS: tuple[str, ...] = ("regional", "city", "district", "municipal")
# Levels of government below the nation's.
SUBNATIONAL_LEVELS: tuple[str, ...] = (*DEPARTMENT_LEVELS, "local")
# Words that make a figure the country's ("Nationally, the government aims to raise the share to 50%").
NATIONWIDE_WORDS: tuple[str, ...] = (
    "nationally",
    "nationwide",
    "countrywide",
    "across the country",
    "in the country as a whole",
)
# Indicators only a state has ("Government debt stood at 27.1 trillion tenge"): with no one else named, the figure
# is the article's country's, not that of a fund or a company spoken of just before.
NATIONAL_INDICATORS: tuple[str, ...] = (
    *("government debt", "public debt", "state debt", "national debt", "sovereign debt", "external debt"),
)
# The national government as the actor or the speaker of a sentence that names no one else ("The government plans
# to lay 1,300 km of railways", "..., the vice minister said"): the figure is the country's. A government of one of
# SUBNATIONAL_LEVELS ("the regional government", "the local government") is not.
NATIONAL_GOVERNMENT_WORDS: tuple[str, ...] = (
    "the government",
    "the cabinet",
    "the ministry",
    r"ministry\s+of",
    r"(?:vice\s+|deputy\s+|prime\s+)?minister",
)

# A country's central bank ("National Bank of Kazakhstan", "Bank of Mongolia", "the Central Bank"): the subject of
# its own instruments only (CENTRAL_BANK_INSTRUMENT_WORDS); the money, prices and flows it reports are the country's.
# (By name, and the country each is of: "the National Bank of Uzbekistan" and "Bank of Georgia" are commercial banks.)
CENTRAL_BANKS: dict[str, str | None] = {
    "National Bank": None,  # the article's country's
    "Central Bank": None,
    "National Bank of Kazakhstan": "Kazakhstan",
    "National Bank of the Republic of Kazakhstan": "Kazakhstan",
    "National Bank of the Kyrgyz Republic": "Kyrgyzstan",
    "National Bank of Kyrgyzstan": "Kyrgyzstan",
    "National Bank of Tajikistan": "Tajikistan",
    "Central Bank of Uzbekistan": "Uzbekistan",
    "Central Bank of the Republic of Uzbekistan": "Uzbekistan",
    "Central Bank of Turkmenistan": "Turkmenistan",
    "Central Bank of Azerbaijan": "Azerbaijan",
    "Central Bank of the Republic of Azerbaijan": "Azerbaijan",
    "Bank of Mongolia": "Mongolia",
    "Central Bank of Russia": "Russia",
    "Bank of Russia": "Russia",
}
CENTRAL_BANK_INSTRUMENT_WORDS: tuple[str, ...] = (
    *("rate", "rates", "reserve", "reserves", "gold", "bars", "bar", "purchases", "sales", "interventions"),
    *("intervention", "buyback", "refinancing", "target", "assets", "holdings", "bought", "sold", "sessions"),
    *("silver", "metal", "metals", "purchase", "refineries", "buyers"),
    # What the bank itself earns, owns and lends: "net profit", "a 90% stake in the exchange", "loans to banks".
    *("profit", "income", "capital", "stake", "to banks", "bonds", "notes", "dividends", "dividend"),
)

# Where figures are announced ("told a briefing in Astana", "at a press conference in Tashkent"): the town after
# one of them is where the words were spoken, not what the figures are about.
SPEECH_OCCASIONS: tuple[str, ...] = (
    *("briefing", "press conference", "news conference", "press briefing", "roundtable", "round table"),
    *("told reporters", "told journalists", "said"),
)

# Words of the names of bodies that report figures rather than make them: a ministry, a statistics bureau, a
# press service, an industry's association. The topic of an article is never one of them (a fund or a bank that
# lends may be).
REPORTING_BODY_WORDS: frozenset[str] = frozenset(
    {
        "Ministry",
        "Department",
        "Directorate",
        "Bureau",
        "Committee",
        "Agency",
        "Akimat",
        "Administration",
        "Office",
        "Service",
        "Council",
        "Government",
        "Inspectorate",
        "Headquarters",
        # An industry's association reports its market's figures ("car dealers sold ..., the Dealers Union said").
        "Association",
        "Union",
    }
)

# Nouns of a way between two places ("a road between Chinaz and Sirdaryo", "travel time between Tashkent and
# Guliston"): the unknown words it joins are towns.
ROUTE_NOUNS: frozenset[str] = frozenset(
    {"road", "highway", "section", "railway", "line", "route", "flights", "trains", "buses", "time", "distance"}
)

# Words that open a founding phrase: "Established in 2005", "founded in 1998", "operating since 2005".
FOUNDING_WORDS: tuple[str, ...] = (
    *("established", "Established", "founded", "Founded", "created", "Created", "built", "Built"),
    *("incorporated", "Incorporated", "opened", "Opened", "since", "formed", "Formed"),
)

# Head types whose lower-case modifiers belong to the name: "Comfortable school program" is the
# programme's name, whereas "Ashina KZ sewing factory" only says what the factory does.
NAME_KEEPING_TYPES: frozenset[str] = frozenset({"project", "other"})

# Modifiers that never belong to a name nor describe a sector.
# Words that place a part within a larger works ("the lower station" of a gondola line, "the upper reservoir"): such
# a part is no facility of its own.
PART_POSITION_WORDS: frozenset[str] = frozenset({"lower", "upper", "middle", "inner", "outer", "front", "rear", "top"})
DESCRIPTIVE_ADJECTIVES: frozenset[str] = frozenset(
    {
        "new",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "main",
        "major",
        "large",
        "largest",
        "big",
        "biggest",
        "national",
        "international",
        "state",
        "regional",
        "local",
        "environmental",
        "social",
        "government",
        "republican",
        "special",
        "pilot",
        "joint",
        "existing",
        "modern",
        "only",
        "own",
        "former",
        "famous",
        "well-known",
        "leading",
        "key",
        "flagship",
    }
)

# Capitalised last words that make a name an organisation of a given type ("Investment Headquarters",
# "European Bank for ...", "UN Climate Change Conference"). Kept in the name.
# "Kiln No. 2 was modernised", "Unit No. 8": a numbered unit inside a plant, not an enterprise of its own: a project
# when money is spent on it ("Furnace No. 6 will cost ...").
PLANT_UNIT_HEADS: frozenset[str] = frozenset(
    {"Kiln", "Unit", "Line", "Shop", "Workshop", "Furnace", "Boiler", "Turbine", "Potline", "Block", "Converter"}
    | {"Reactor", "Shaft", "Well", "Train"}
)
# Words that make a bank a public body ("National Bank", "Development Bank of Kazakhstan", "Asian Infrastructure
# Investment Bank"); a bank named without them ("Halyk Bank", "Otbasy Bank") is a commercial lender, an enterprise.
PUBLIC_BANK_WORDS: frozenset[str] = frozenset(
    {"National", "Central", "Development", "State", "Reserve", "Investment", "Infrastructure", "Export", "Import"}
    | {"Export-Import", "Exim", "World", "Asian", "European", "Eurasian", "Islamic", "International", "Republican"}
)
# Heads of the names of lenders ("Halyk Bank"): a lender named in a works' story runs no works of its own.
LENDER_NAME_HEADS: frozenset[str] = frozenset({"Bank"})
CAPITAL_HEADS: dict[str, str] = {
    "Ministry": "organization",
    "Department": "organization",
    "Committee": "organization",
    "Agency": "organization",
    "Fund": "organization",
    "Bank": "organization",
    "Port": "enterprise",
    "Seaport": "enterprise",
    "Headquarters": "organization",
    "HQ": "organization",
    "Council": "organization",
    "Chamber": "organization",
    "Association": "organization",
    "Union": "organization",
    "Institute": "organization",
    "University": "organization",
    "Academy": "organization",
    "Akimat": "organization",
    "Office": "organization",
    # "the Customs General Administration of Mongolia": a state body.
    "Administration": "organization",
    "Service": "enterprise",
    "Centre": "organization",
    "Center": "organization",
    "Commission": "organization",
    "Organization": "organization",
    "Organisation": "organization",
    "Federation": "organization",
    "Bureau": "organization",
    "Exchange": "organization",
    "Conference": "other",
    "Forum": "other",
    "Summit": "other",
    "Expo": "other",
    # Events: "Asian Youth Wrestling Championships", "Almaty Spring Marathon", "World Nomad Games".
    **dict.fromkeys(
        (
            *("Championship", "Championships", "Marathon", "Games", "Cup", "Tournament", "Festival", "Olympiad"),
            *("Universiade", "Exhibition", "Rally"),
        ),
        "other",
    ),
    # Landforms and waters: "the Boom Gorge", "Tuyuksu Glacier" (not "Valley" or "Peak": "Shymkent Pharma Valley"
    # is a cluster, "Ulba Peak" a resort).
    **dict.fromkeys(("Gorge", "Canyon", "Glacier", "Lake", "Reservoir", "Mountains", "Reserve"), "other"),
    "Group": "enterprise",
    "Company": "enterprise",
    "Corporation": "enterprise",
    # "Kazakhstan Electricity and Power Market Operator": a market or grid operator is a body.
    "Operator": "organization",
    "Holding": "enterprise",
    "Plant": "enterprise",
    "Factory": "enterprise",
    "Refinery": "enterprise",
    "Park": "zone",
    "Zone": "zone",
    "SEZ": "zone",
    "FEZ": "zone",
    "Programme": "project",
    "Program": "project",
    "Plan": "project",
    "Strategy": "project",
    "Concept": "project",
    "Project": "project",
    # "New Recovery Policy", "State Youth Policy": a government's line of action, no firm.
    "Policy": "other",
    # Ways and waters: "Trans-Caspian International Transport Route", "Middle Corridor", "Ili River".
    "Route": "other",
    "Corridor": "other",
    "River": "other",
    "Lake": "other",
    "Sea": "other",
    # Streets: "the Tengri Plaza hotel on Al-Farabi Avenue".
    "Avenue": "other",
    "Street": "other",
    "Boulevard": "other",
    "Prospect": "other",
}
# Things sold under a brand: a name right before one ("Kyran crossovers", "Sarybel pickups", "Kyran and Sarybel
# vehicles") is the brand, an entity of type other, not the company that makes them.
BRAND_PRODUCT_NOUNS: frozenset[str] = frozenset(
    {
        *("vehicles", "cars", "crossovers", "pickups", "trucks", "buses", "tractors", "combines", "sedans", "SUVs"),
        *("minivans", "vans", "motorcycles", "smartphones", "phones", "laptops", "televisions", "refrigerators"),
        *("machines", "chips", "servers", "miners", "terminals", "drones", "engines", "turbines"),
        # Varieties of produce ("Golden and Idared apples", "Saperavi grapes").
        *("apples", "pears", "grapes", "potatoes", "tomatoes", "cherries", "apricots", "melons", "wines"),
    }
)
# Goods an acronym before them grades rather than names a maker of: "NPK fertilizers", "PET bottles", "LED lamps".
GRADED_PRODUCT_NOUNS: frozenset[str] = frozenset(
    {
        *("fertilizer", "fertilizers", "fertiliser", "fertilisers", "bottles", "film", "pipes", "granules"),
        *("lamps", "panels", "fuel", "plastic", "plastics", "resin", "fibre", "fiber", "cable", "cables"),
    }
)
# Heads of names of nature and of streets: where things stand ("a bridge across the Ili River", "a hotel on
# Al-Farabi Avenue"), never what a figure is about.
NATURAL_FEATURE_HEADS: frozenset[str] = frozenset(
    {"River", "Lake", "Sea", "river", "lake", "Avenue", "Street", "Boulevard", "Prospect"}
)
# The same written before the name ("Lake Shchuchye", "Mount Khan Tengri").
NATURAL_FEATURE_PREFIXES: frozenset[str] = frozenset({"Lake", "Mount"})
# Heads of the names of trading venues: "prices on the London Metal Exchange", "bonds placed on the Kazakhstan Stock
# Exchange" name where trade happens, not whose figure it is.
VENUE_HEADS: frozenset[str] = frozenset({"Exchange", "Bourse"})
# What a venue's own figures are of ("Trading volume reached KZT 30 trillion on the Kazakhstan Stock Exchange").
VENUE_BUSINESS_WORDS: frozenset[str] = frozenset(
    {"trading", "traded", "turnover", "volume", "volumes", "capitalisation", "capitalization", "index", "listings"}
    | {"listed", "transactions", "trades"}
)
# Capitalised heads that abbreviate a generic head ("special economic zone"): left out of the name, as the
# generic head is ("Saryarka SEZ" and "the Saryarka special economic zone" are both Saryarka).
GENERIC_CAPITAL_HEADS: frozenset[str] = frozenset({"SEZ", "FEZ"})
# Nouns after a maker's model code ("the JAC S3 crossover", "Kia K5 sedans"): the code names a model, no company.
MODEL_NOUNS: tuple[str, ...] = (
    *("crossover", "crossovers", "sedan", "sedans", "SUV", "SUVs", "car", "cars", "vehicle", "vehicles"),
    *("hatchback", "hatchbacks", "minivan", "minivans", "pickup", "pickups", "truck", "trucks", "buses"),
    *("model", "models"),
)
# Trim words after a model's number ("Chery Tiggo 7 Pro", "Boeing 737 MAX"): the words before the number and the
# trim name one model, no company.
MODEL_TRIMS: frozenset[str] = frozenset(
    {"Pro", "Max", "MAX", "Plus", "Ultra", "Sport", "Lite", "Mini", "Neo", "Classic", "Premium", "Hybrid", "EV"}
    | {"GT", "Turbo", "Cross", "Limited", "Luxury", "Comfort", "Elite"}
)
# Abbreviations of power works that name one works with its number ("CHP-3", "TPP-4", "GRES-2"), unlike a grade or
# a model ("AI-92", "Mi-8"): combined heat and power, thermal, hydro, state district, small hydro, solar, wind.
NUMBERED_WORKS_ABBREVIATIONS: frozenset[str] = frozenset({"CHP", "TPP", "HPP", "GRES", "SHPP", "SPP", "WPP", "TETs"})
# The same abbreviations standing alone name the zones in general ("residents of special economic zones (SEZs)",
# "SEZ output"), by their spelled-out name.
GENERIC_ABBREVIATIONS: dict[str, str] = {
    "SEZ": "special economic zones",
    "SEZs": "special economic zones",
    "FEZ": "free economic zones",
    "FEZs": "free economic zones",
}

# Capitalised first words after which "of"/"for" continue the name ("Ministry of Energy",
# "Bank for Reconstruction", "Kingdom of Saudi Arabia").
# Heads of the names of plans and programmes: things are done under them, they are not what figures are about.
PROGRAMME_HEADS: frozenset[str] = frozenset({"Plan", "Programme", "Program", "Strategy", "Concept", "Roadmap"})
# Bodies whose names list their fields with commas ("Ministry of Labour, Social Security and Migration").
FIELD_LISTING_HEADS: frozenset[str] = frozenset({"Ministry", "Committee", "Agency", "Department"})
CONNECTING_HEADS: frozenset[str] = frozenset(
    {
        # "Comprehensive Plan for the Development of Kyzylorda Region": a plan's name runs on across "for the".
        "Plan",
        "Programme",
        "Program",
        "Strategy",
        "Concept",
        "Ministry",
        "Department",
        "Committee",
        "Agency",
        "Bank",
        "Fund",
        "Council",
        "Chamber",
        "Association",
        "Union",
        "Institute",
        "University",
        "Academy",
        "Office",
        "Centre",
        "Center",
        "Commission",
        "Organization",
        "Federation",
        "Bureau",
        "Kingdom",
        "Republic",
        "State",
        "Emirate",
        "Sultanate",
        "Park",
        "Development",
        "Service",  # "State Customs Service of Kyrgyzstan"
        "Administration",  # "Customs General Administration of Mongolia"
    }
)

# Legal forms: dropped from the canonical name ("Samruk-Kazyna JSC" -> "Samruk-Kazyna"), giving the type.
LEGAL_FORMS: dict[str, str] = {
    "JSC": "enterprise",
    "LLP": "enterprise",
    "LLC": "enterprise",
    "Ltd": "enterprise",
    "Ltd.": "enterprise",
    "PLC": "enterprise",
    "Inc": "enterprise",
    "Inc.": "enterprise",
    "Corp": "enterprise",
    "Corp.": "enterprise",
    "Co": "enterprise",
    "Co.": "enterprise",
    "GmbH": "enterprise",
    "B.V.": "enterprise",
    "N.V.": "enterprise",
    "S.A.": "enterprise",
    "plc": "enterprise",
    "AG": "enterprise",
    "TOO": "enterprise",
    "AO": "enterprise",
    "PJSC": "enterprise",
    "OJSC": "enterprise",
    "CJSC": "enterprise",
    "JV": "enterprise",  # "Shu-Kum Uranium JV": a joint venture, named without the letters
    "NC": "organization",
    "SWF": "organization",
}

# Abbreviations that stand for a word of a name: "Investment HQ" is "Investment Headquarters".
NAME_ABBREVIATIONS: dict[str, str] = {"HQ": "Headquarters", "Co.": "Company", "Intl": "International"}

# Words that point back to an event, with the words its name may hold ("the race" to "Almaty Spring Marathon", "the
# championships" to "Asian Youth Wrestling Championships"; "the fair" to no "Fairfield Group").
EVENT_WORDS_HELD: dict[str, tuple[str, ...]] = {
    "marathon": ("Marathon",),
    "race": ("Marathon", "Race", "Rally"),
    **dict.fromkeys(("championship", "championships"), ("Championship", "Championships")),
    "tournament": ("Tournament", "Championship", "Championships", "Cup"),
    "forum": ("Forum",),
    "festival": ("Festival",),
    "games": ("Games",),
    **dict.fromkeys(("exhibition", "expo"), ("Exhibition", "Expo")),
    "fair": ("Fair",),
    "olympiad": ("Olympiad",),
    "event": ("Marathon", "Championship", "Championships", "Tournament", "Forum", "Festival", "Games", "Expo", "Fair"),
}

# Words for a kind of firm ("the airline", "the utility", "the miner"), not for a works: like "the company", they mean
# the firm the article is about rather than one named once in passing ("signed a memorandum with X Airport").
FIRM_KIND_ALIAS_HEADS: frozenset[str] = frozenset(
    {"chain", "operator", "producer", "manufacturer", "maker", "insurer", "studio", "utility", "carrier", "airline"}
    | {"miner", "investor", "group", "holding"}
)
# Every alias head that means a firm and never a works: these and "the joint venture", "the contractor", "the
# developer", "the company" (a plant described without a name is never "the venture").
FIRM_ROLE_HEADS: tuple[str, ...] = ("venture", "jv", "contractor", "developer")
FIRM_ALIAS_HEADS: frozenset[str] = FIRM_KIND_ALIAS_HEADS | {"company", *FIRM_ROLE_HEADS}

# The tiers an alias head may point back to: a facility, else the project that builds it; a company; an area a
# name ending in the head word stands for.
_FACILITY_TIERS: tuple[tuple[str, ...], ...] = (("enterprise",), ("project",))
_COMPANY_TIERS: tuple[tuple[str, ...], ...] = (("enterprise",),)
_AREA_TIERS: tuple[tuple[str, ...], ...] = (("zone", "project", "other", "enterprise"),)
_CENTRE_TIERS: tuple[tuple[str, ...], ...] = (("zone", "project", "other", "enterprise", "organization"),)
# Coreferent noun phrases ("the plant", "the city") and the entity types they may point back to, in
# tiers: the most recent entity of the first tier that has one. "The plant" means the last enterprise
# even when a programme was named since; "the project" means whichever project or enterprise came last.
ALIAS_HEADS: dict[str, tuple[tuple[str, ...], ...]] = {
    **dict.fromkeys(("plant", "factory", "facility", "enterprise"), _FACILITY_TIERS),
    **dict.fromkeys(("refinery", "mine", "combine"), _COMPANY_TIERS),
    **dict.fromkeys(("smelter", "farm", "station", "mill", "complex"), _FACILITY_TIERS),
    "port": _COMPANY_TIERS,
    "cluster": (("enterprise", "project"),),
    **dict.fromkeys(("seaport", "airport"), _COMPANY_TIERS),
    # "the Zhezkazgan–Saryarka railway line ... The line is estimated to cost": the line named.
    "line": (("project",),),
    # "the Tavan Tolgoi–Gashuunsukhait railway ... The railway will cut the cost of coal deliveries by 35%".
    **dict.fromkeys(("railway", "highway", "motorway", "track"), (("project",),)),
    # "the Beineu–Shymkent gas pipeline ... The 1,454 km pipeline carries": only a name holding the word.
    "pipeline": (("project", "other", "enterprise"),),
    # "the Nur Zholy road checkpoint ... the checkpoint", "Semey Ormany nature reserve ... the reserve": only the one
    # named so (no other kind of entity is a checkpoint or a reserve).
    **dict.fromkeys(("checkpoint", "crossing", "reserve"), ()),
    # "the Taskala-Shygys field ... Gas production at the field", "the deposit's reserves": the one named so.
    **dict.fromkeys(("field", "deposit"), ()),
    **dict.fromkeys(("hub", "terminal", "hotel", "resort", "winery", "brewery", "distillery"), _FACILITY_TIERS),
    **dict.fromkeys(("cannery", "tannery", "bakery", "sawmill", "bazaar", "clinic"), _FACILITY_TIERS),
    # "The Ertis Kemezhai shipyard ... the yard was modernised", "the shipyard's director".
    **dict.fromkeys(("shipyard", "yard"), _FACILITY_TIERS),
    # "the hippodrome will hold 64 races", "the elevator stores 60,000 tonnes": the one built or run, named before.
    **dict.fromkeys(("hippodrome", "elevator"), _FACILITY_TIERS),
    # "the chain's revenue rose by 31%", "the operator plans", "the carrier flew 1.2 million passengers": the company
    # named last.
    **dict.fromkeys(FIRM_KIND_ALIAS_HEADS, _COMPANY_TIERS),
    "fund": (("organization", "enterprise"),),
    "association": (("organization",),),
    # "the European Bank for Reconstruction and Development ... the bank has invested": only a body whose name holds
    # the word.
    **dict.fromkeys(("bank", "service"), (("organization", "enterprise"),)),
    "union": (("organization",),),  # "the Kazakhstan Automotive Dealers Union ... the union's members"
    "hospital": (("organization",),),  # only one whose name holds the word (see HEADS_HELD_IN_THE_NAME)
    # "Tumar FC ... the club's general director", "the National Academic Library ... The library now operates".
    "club": (("organization", "enterprise"),),  # only a name holding the word (see HEADS_HELD_IN_THE_NAME)
    "library": (("organization",),),
    # "Nomad International School ... The school will offer 2,400 places", "Shymkent Zoo ... the zoo": only a name
    # holding the word.
    **dict.fromkeys(
        ("school", "college", "university", "academy", "institute", "marina", "mall", "circus", "zoo", "cinema"),
        (("organization", "enterprise", "project"),),
    ),
    "company": (("enterprise", "organization"),),
    # "the joint venture", "the JV's production plan": the company named last.
    # "being built by Zhetysu Kopir Kurylys LLP ... the contractor has built 27 bridges": the company named last.
    **dict.fromkeys((*FIRM_ROLE_HEADS, "cooperative"), _COMPANY_TIERS),
    "project": (("project", "enterprise"),),
    # "the Kasipker Soltustik programme ... Since the programme was launched": only a name written as a programme.
    **dict.fromkeys(("programme", "program"), ()),
    # Only a name ending in "zone" or "park" (see the entity finder).
    **dict.fromkeys(("zone", "park"), _AREA_TIERS),
    # "the centre": only a name that holds the word ("Tarbagatai International Centre for Cross-Border Cooperation").
    **dict.fromkeys(("centre", "center"), _CENTRE_TIERS),
    **dict.fromkeys(("city", "capital"), (("city",),)),
    **dict.fromkeys(("region", "oblast", "province"), (("region",),)),
    "country": (("country",),),
    # "the Almaty Spring Marathon ... This year's race brought together 23,500 runners": only an event named so.
    **dict.fromkeys(EVENT_WORDS_HELD, ()),
    # "a new drama theatre in Aktau ... The theatre will have 850 seats": the work described before.
    **dict.fromkeys(DESCRIBED_WORKS, (("project",),)),
}

# Alias heads that point back only to a name holding the word, in any of these spellings: "the centre" to the
# "Tarbagatai International Centre for Cross-Border Cooperation", "the fund" to the "Unified Accumulative Pension Fund"
# (not to the "Central Communications Service" named since).
HEADS_HELD_IN_THE_NAME: dict[str, tuple[str, ...]] = {
    "centre": ("Centre", "Center"),
    "center": ("Centre", "Center"),
    "fund": ("Fund",),
    "bank": ("Bank",),
    "hospital": ("Hospital", "hospital"),
    "library": ("Library",),
    "school": ("School",),
    "college": ("College",),
    "university": ("University",),
    "academy": ("Academy",),
    "institute": ("Institute",),
    "marina": ("Marina",),
    "mall": ("Mall",),
    "circus": ("Circus",),
    "zoo": ("Zoo",),
    "cinema": ("Cinema",),
    # "Tumar FC ... the club's general director", "the Kazakhstan Exporters Club ... The club's members".
    "club": ("Club", "FC"),
    "service": ("Service",),
    # "the Tavan Tolgoi–Gashuunsukhait railway ... The railway will cut costs" (not "the railway" meaning the railway
    # company, when a grain terminal was named last).
    **{word: (word, word.capitalize()) for word in ("railway", "highway", "motorway", "track", "pipeline")},
    **EVENT_WORDS_HELD,
}

# Works named after the places they join ("the Baku-Tbilisi-Kars railway", "the Miskin–Nukus–Kungrad line", "the
# Turkmenistan–China gas pipeline"): their heads, and the words that may stand before a head.
# A route, corridor or highway is a way goods travel (`other`); the rest are works built (`project`).
ROUTE_HEAD_TYPES: dict[str, str] = {
    **dict.fromkeys(("pipeline", "railway", "railroad", "road", "line", "section"), "project"),
    **dict.fromkeys(("canal", "tunnel", "track", "power line", "transmission line"), "project"),
    # (The answer keys write a highway named after its ends as `other` 29 times in 33.)
    **dict.fromkeys(("route", "corridor", "highway", "motorway"), "other"),
}
ROUTE_HEAD_MODIFIERS: tuple[str, ...] = (
    *("gas", "oil", "water", "power", "trunk", "main", "rail", "railway", "road", "electrified", "high-voltage"),
)

# Sectors of an economy named as a "complex": "the agro-industrial complex" is agriculture, not a facility.
SECTOR_COMPLEXES: tuple[str, ...] = (
    "agro-industrial complex",
    "agroindustrial complex",
    "agricultural complex",
    "fuel and energy complex",
    "military-industrial complex",
    "mining and metallurgical complex",
    "housing and communal complex",
)

# Alias heads that name a facility: "the plant" points back to the last entity *named* as a plant
# ("Tsagaan Tolgoi coal washing plant") before any company named since ("built by Gobi Steppe Mining").
FACILITY_HEADS: frozenset[str] = frozenset(
    {"plant", "factory", "facility", "refinery", "mine", "combine", "station", "smelter", "complex", "works", "mill"}
    | {"farm", "port", "seaport", "airport", "cluster", "hub", "terminal", "pit", "quarry", "deposit", "field"}
    | {"oilfield", "checkpoint", "crossing", "reserve"}
    | {"hotel", "resort", "winery", "brewery", "distillery", "cannery", "tannery", "bakery", "sawmill", "bazaar"}
    | {"shipyard", "yard"}
    | {"hippodrome", "elevator", "depot", "hatchery"}
)
# Nouns for where a firm's works stand ("at its plant in Industrial Park No. 2", "its cellar in Samarkand"): the place
# after them is where, not whose the figure is.
WORKS_SITE_NOUNS: frozenset[str] = FACILITY_HEADS | frozenset(
    {"cellar", "cellars", "site", "sites", "premises", "office", "offices", "branch", "branches", "warehouse"}
    | {"warehouses", "workshop", "workshops", "shop", "shops", "store", "stores", "showroom", "plants", "factories"}
    | {"line", "lines", "unit", "base", "depot", "facilities", "farms", "mills", "mines", "fields", "hub", "hotels"}
)
# Endings after a hyphen that make a capitalised compound a description, not a name ("Soviet-era plant").
DESCRIPTIVE_COMPOUND_ENDINGS: tuple[str, ...] = (
    "era",
    "style",
    "type",
    "like",
    "scale",
    "class",
    "grade",
    "sized",
    "language",
)
# What an appositive may call a settlement, and the type that gives it ("Kosshy, a satellite town of Astana,").
SETTLEMENT_HEADS: dict[str, str] = {
    "town": "city",
    "city": "city",
    "village": "other",
    "settlement": "other",
    "aul": "other",
}
# Last words of the names of investors and holding firms ("Verny Capital", "Kazakh Invest"): "X in Y" after one names
# what it holds or backs, not where it stands.
INVESTOR_NAME_WORDS: frozenset[str] = frozenset(
    {"Capital", "Invest", "Investment", "Investments", "Holding", "Holdings", "Fund", "Ventures", "Partners"}
)
# "the port of Kuryk": the word after "port of" is the town the port stands at, as after "the town of".
SETTLEMENT_OF_HEADS: dict[str, str] = {**SETTLEMENT_HEADS, "port": "city", "seaport": "city"}
# Words in the names of areas things stand in, not of their owners ("Industrial Park No. 2", "Saryarka SEZ",
# "Katon-Karagay district"): a plant "in" one of them is located there.
AREA_NAME_WORDS: frozenset[str] = frozenset(
    {"district", "District", "Park", "Zone", "SEZ", "FEZ", "basin", "reservoir", "agglomeration", "valley"}
)
# Areas named after their city ("the Saran industrial zone", "Taraz special economic zone", "the Kapchagay
# reservoir", "the Ekibastuz coal basin", "the Almaty agglomeration"): an entity of its own (type other), not the
# city whose name it bears.
CITY_AREA_HEADS: tuple[str, ...] = (
    "industrial zone",
    "industrial park",
    "special economic zone",
    "free economic zone",
    "economic zone",
    # "the Kapshagay gambling zone", "the Turkistan tourist zone".
    "gambling zone",
    "tourist zone",
    "tourism zone",
    "reservoir",
    "coal basin",
    "basin",
    "agglomeration",
    # "the Naryn river", "the Fergana Valley", "the Ili river valley": nature named after a place.
    "river valley",
    "river",
    "River",
    "valley",
    "Valley",
    "lake",
    "gorge",
)
# Words before "its plant" that make it one of the owner's works rather than all it runs ("its third plant in
# Shymkent", "its new mill"): such a plant is an entity of its own, named with its owner.
ONE_OF_SEVERAL_WORDS: frozenset[str] = frozenset(
    {"another", "additional", "latest", "first", "second", "third", "fourth", "fifth"}
)
# Nouns after a capitalised name that make it a standard, not an entity ("EU GMP certification").
STANDARD_HEADS: frozenset[str] = frozenset(
    {"certification", "certificate", "certificates", "standard", "standards", "norms", "requirements"}
)
# Prefixes before a hyphen that make a capitalised compound a description ("Non-food products").
DESCRIPTIVE_COMPOUND_PREFIXES: tuple[str, ...] = ("Non", "Semi", "Anti", "Multi", "Post", "Pre")
# Verbs that list the parts of a thing ("The complex includes 24 poultry houses, a feed mill ..."): a facility
# after one is a part, not a new subject.
COMPONENT_VERBS: tuple[str, ...] = (
    "includes",
    "include",
    "included",
    "comprises",
    "comprise",
    "consists of",
    "incorporates",
)

# Nouns that describe a company by what it does ("Almaty region bus maker plans 820 buses"): after a place's
# name they stand for the company the article names.
COMPANY_DESCRIPTORS: frozenset[str] = frozenset(
    {"maker", "manufacturer", "producer", "miner", "exporter", "carrier", "developer", "operator"}
)
# A region's own public things, after "the regional" ("The regional fishing quota", "Under a regional programme"):
# the region's figure when no name comes before it (not a firm's "regional office").
REGIONAL_PUBLIC_NOUNS: frozenset[str] = frozenset(
    {*("programme", "programmes", "program", "programs", "quota", "quotas", "budget", "budgets", "fund", "funds")}
    | {*("subsidy", "subsidies", "plan", "plans", "target", "targets", "road", "roads", "road network")}
    | {"government", "authorities", "akimat", "administration"}
)
# Heads of a firm or project an article opens with before naming it ("A beekeeping cooperative in Katon-Karagai
# district has shipped 46 tonnes ... Altai Shyrny"): its figures are the company's named next.
UNNAMED_FIRM_HEADS: frozenset[str] = COMPANY_DESCRIPTORS | frozenset({"cooperative", "project", "company", "firm"})
# Nouns of the company that runs a facility, after its possessor ("the resort's operator Altai Tau Resort", "the
# mine's owner"): the name that follows runs the facility, it is not the facility.
FACILITY_RUNNER_NOUNS: frozenset[str] = COMPANY_DESCRIPTORS | frozenset({"owner"})
# Participles between an unnamed facility and its company ("The farm, run by Qazaq Osetr LLP, keeps ...", "The
# project is being implemented by Altyn Qus Agro"): the facility is the company's, and its figures are the
# company's.
FACILITY_RUNNER_PARTICIPLES: tuple[str, ...] = (
    "implemented",
    "carried out",
    "run",
    "operated",
    "owned",
    "developed",
    "managed",
    "built",
    "set up",
    "established",
    "founded",
)
# What a title calls a company it describes by place and trade ("Akmola pasta maker doubles capacity").
TITLE_COMPANY_HEADS: frozenset[str] = COMPANY_DESCRIPTORS | frozenset(
    {
        "dealer",
        "refiner",
        "smelter",
        "plant",
        "factory",
        "mill",
        "firm",
        "company",
        "lender",
        "retailer",
        "airline",
        "utility",
        "insurer",
        # "Pavlodar meat processor sends 25 containers of beef to China", "Almaty juice bottler doubles output".
        *("processor", "packer", "bottler", "brewer", "assembler", "supplier", "distributor", "grower"),
    }
)
# Nouns that call a name a company in an appositive (", the holding", ", a mining group").
COMPANY_NOUNS: frozenset[str] = frozenset({"company", "group", "holding", "venture", "cooperative"})
# Facility heads that "the <head>" of another word points back to: "the port" after "the Aktau seaport".
FACILITY_SYNONYMS: dict[str, str] = {"seaport": "port", "factory": "plant", "hotel": "resort", "yard": "shipyard"}

# Verbs by which a company named right before runs an unnamed facility ("Tobyl Kus already runs an egg farm"):
# the facility's figures are the company's.
OPERATOR_VERBS: tuple[str, ...] = ("runs", "operates", "owns", "manages")

# Words before an unnamed facility that make it a project still to be built ("will build a paint shop",
# "signed an agreement to build a solar power plant"); without them it is a working enterprise.
PROJECT_VERBS: tuple[str, ...] = (
    "build",
    "building",
    "construct",
    "constructing",
    "set up",
    "plans",
    "plan to",
    "will",
    "invest",
    "to launch",
)

# Words right before a company's name that make it the builder of a facility, not its owner: a headline's
# "Semey railway station reopens" is not "The contractor, Ertis Kurylys Group", the first company the body names.
# ("Built by Zhaiyk Balyk LLP, the enterprise ..." names its owner: builders who own stay out of the list).
BUILDER_LEADS: tuple[str, ...] = ("contractor", "contractors")
# Words a builder is introduced with ("Chinese contractor China Huaxi", "developer Nura Stroy", "a consortium of X
# and Y"): a firm named only so, or as an object, is not what a later "the project" means.
BUILDER_ROLE_WORDS: tuple[str, ...] = (*BUILDER_LEADS, "developer", "builder", "consortium")

# Words right before a name that make it something other than what a figure is about (FACTS.md: the subject
# is the entity the sentence is about): where goods go or partners come from, who reports the figure, who
# built or runs the thing, what the figure leaves out, the programme things are done under.
NOT_SUBJECT_LEADS: dict[str, tuple[str, ...]] = {
    "destination": ("to", "towards", "with", "from", "bound for", "destined for"),
    # The way goods take and where they come from: "ethane supplied from the Tengiz field via a new pipeline".
    "route": ("via", "through", "supplied from", "sourced from", "shipped from", "delivered from", "piped from"),
    # Where inputs are bought or made: "with kraftliner still purchased in Russia and Finland", "bought two ships in
    # Türkiye", "caps and labels are made in Kazakhstan".
    "origin": ("purchased in", "bought in", "purchased from", "bought from", "imported from", "made in"),
    "source": ("according to", "citing", "in line with", "in accordance with"),
    "agent": (
        "built by",
        "constructed by",
        "established by",
        "founded by",
        "set up by",
        "created by",
        "developed by",
        "designed by",
        "financed by",
        "operated by",
        "owned by",
        "controlled by",
        "run by",
        "managed by",
        "implemented by",
        "carried out by",
        # "a consortium of banks led by the Development Bank", "a round led by Dala Ventures": the leader of a group
        # that lends, invests or builds ("The project, led by X," is X's own).
        *("consortium led by", "syndicate led by", "banks led by", "lenders led by", "round led by"),
        "investors led by",
        "manufactured by",
        "provided by",
    ),
    # Who lends to or backs a project: "with the support of the Damu Fund", "loans by the Agrarian Credit
    # Corporation". Neither the figure's subject nor what "the company" or "the complex" points back to.
    "backer": (
        "with the support of",
        "with support from",
        "with the assistance of",
        "with the help of",
        "with financing from",
        "with funding from",
        "supported by",
        "funded by",
        "co-financed by",
        "co-funded by",
        "credited by",
        "lent by",
        # "Equipment will be supplied by China's Hebei Taishi Machinery": a supplier, not "the plant" it equips.
        "supplied by",
        "delivered by",
        "loan from",
        "loans from",
        "loan by",
        "loans by",
        "credit from",
        "credits from",
        "financing from",
        "funding from",
        "grant from",
        "grants from",
        # "led by Maktaaral Textile Cluster LLP with Chinese partner Xinjiang Huafang Textile Co.": a partner too.
        "partner",
        "partners",
    ),
    "excluded": ("excluding", "except", "except for", "apart from", "other than", "leaving out", "without"),
    # "sold through the state leasing programme of KazAgroFinance": the lessor finances the goods, and "the plant" or
    # "the company" after it still means their maker (its own figures stay its own).
    "lessor": ("leasing programme of", "leasing program of", "lending programme of", "leased from", "leasing from"),
    # Where something was said ("said at a briefing at the Central Communications Service"): a venue, neither what
    # the figures are about nor what "the company" points back to.
    "venue": (
        *("briefing at", "press conference at", "forum at", "conference at", "meeting at", "ceremony at"),
        *("briefing held at", "press conference held at"),
    ),
    "location": (
        *("located in", "located at", "situated in", "near", "on the territory of", "within the territory of"),
        # "the Zarafshan Palace next to the Silk Road Samarkand complex": a landmark the thing stands by.
        *("next to", "close to", "adjacent to", "beside", "opposite"),
        *(
            "near the town of",
            "near the village of",
            "near the city of",
            "outside the town of",
            "outside the village of",
        ),
        # "a new building on the left bank of the Yesil": where it stands (a river is never what a figure is about).
        *("bank of", "banks of"),
        # "The loan agreement, signed in Astana on May 2, has a tenor of 12 years": where an event took place.
        *("signed in", "held in", "took place in", "hosted in"),
    ),
    "framing": (
        "under",
        "within",
        "as part of",
        "through",
        "via",
        "took part in",
        "participated in",
        "in the framework of",
    ),
}

# Abbreviated facility heads and what they stand for: "Naryn-Tash HPP" is what "the hydropower plant" means.
FACILITY_ABBREVIATIONS: dict[str, str] = {
    "hpp": "hydropower plant",
    "hps": "hydropower station",
    "tpp": "thermal power plant",
    "chp": "combined heat and power plant",
    "chpp": "combined heat and power plant",
    "spp": "solar power plant",
    "sps": "solar power station",
    "wpp": "wind power plant",
    "gpp": "gas processing plant",
    "npp": "nuclear power plant",
    "gres": "state district power plant",
}

# Plural nouns that type the names listed next to them: "West Kazakhstan and Atyrau regions",
# "two deposits – Millionnoye and Almaz-Zhemchuzhina", "the cities of Nur-Sultan and Almaty".
LIST_HEADS: dict[str, str] = {
    "regions": "region",
    "oblasts": "region",
    "provinces": "region",
    "velayats": "region",
    "aimags": "region",
    "cities": "city",
    "deposits": "other",
    "fields": "other",
    "oilfields": "other",
    "countries": "country",
    "companies": "enterprise",
    "plants": "enterprise",
    "enterprises": "enterprise",
}

# Capitalised words that are never entities by themselves.
# Heads of the names of laws ("the Budget Code", "the Tax Code"): a law is no entity.
LAW_HEADS: frozenset[str] = frozenset({"Code"})
# Goods written with a capital where a sentence opens ("Copper, ferroalloys and grain dominated shipments"): what
# is traded or made, not who trades or makes it.
COMMODITY_WORDS: frozenset[str] = frozenset(
    {
        *("Copper", "Gold", "Silver", "Zinc", "Lead", "Aluminium", "Aluminum", "Uranium", "Iron", "Steel"),
        *("Coal", "Oil", "Crude", "Gas", "Gasoline", "Diesel", "Ferroalloys", "Ferrochrome", "Manganese"),
        *("Wheat", "Barley", "Grain", "Flour", "Cotton", "Sugar", "Rice", "Sunflower", "Meat", "Beef", "Milk"),
        *("Fluorspar", "Tungsten", "Molybdenum", "Titanium", "Chrome", "Chromium", "Nickel", "Cobalt", "Lithium"),
        *("Potash", "Phosphate", "Phosphorus", "Sulphur", "Sulfur", "Bauxite", "Alumina", "Cement", "Wool"),
    }
)
# Abbreviations that are never a name alone but may stand inside one ("Altai IT Valley", "Astana IT University").
NAME_INNER_ABBREVIATIONS: frozenset[str] = frozenset({"IT", "ICT", "H2"})
# Breeds of cattle written in capitals ("2,400 Holstein cows"): what is kept, not who keeps it.
CATTLE_BREEDS: frozenset[str] = frozenset(
    {"Holstein", "Angus", "Hereford", "Simmental", "Charolais", "Limousin", "Brown Swiss", "Aberdeen Angus"}
)
# Adverbs that open a sentence and join it to the one before ("Elsewhere, X is building ..."): never a name.
DISCOURSE_ADVERBS: frozenset[str] = frozenset(
    {"Elsewhere", "Meanwhile", "However", "Besides", "Moreover", "Additionally", "Furthermore", "Nevertheless"}
    | {"Nonetheless", "Previously", "Earlier", "Later", "Currently", "Separately", "Likewise", "Similarly"}
)
NON_ENTITY_WORDS: frozenset[str] = (
    CATTLE_BREEDS
    | DISCOURSE_ADVERBS
    | frozenset(
        {
            # Units and chemical formulas written in capitals ("1.2 million TEU", "3 million tons of CO2").
            # A language ("calls in Kazakh, Russian and English"), no place or body.
            "English",
            "TEU",
            "TEUs",
            "CO2",
            "MVA",
            "kVA",
            *("Mbit", "Gbit", "Mbps", "Gbps", "Mb", "Gb"),
            "Government",
            "Cabinet",
            "Parliament",
            "Senate",
            "Mazhilis",
            "State",
            "Republic",
            "Kingdom",
            "Constitution",
            "Board",
            "Directors",
            "Board of Directors",
            "Management Board",
            "Internet",
            "Photo",
            "Author",
            "Source",
            "Tags",
            "Read",
            "Click",
            "Share",
            "UTC",
            "GMT",
            "Q1",
            "Q2",
            "Q3",
            "Q4",
            "H1",
            "H2",
            "GDP",
            "GRP",
            "GVA",
            "FDI",
            "SME",
            "SMEs",
            "VAT",
            "PPP",
            "IT",
            "ICT",
            "R&D",
            "JDA",
            "MoU",
            "MOU",
            "GW",
            "MW",
            "KW",
            "kW",
            "kWh",
            "MWh",
            "GWh",
            "KZT",
            "USD",
            "EUR",
            "RUB",
            "CNY",
            "US$",
            # The region's currencies: an amount's unit, never a name ("Worth MNT 680 billion").
            "MNT",
            "UZS",
            "KGS",
            "TJS",
            "TMT",
            "AZN",
            "GEL",
            "AMD",
            "BYN",
            "GBP",
            "JPY",
            "KRW",
            "AED",
            "SAR",
            "INR",
            "CHF",
            "PM",
            # Technical abbreviations that describe a thing ("a closed DC furnace", "the EPC contract", "LPG output",
            # "LED lighting", "MFO loans").
            "DC",
            "AC",
            "EPC",
            "LED",
            "LPG",
            "LNG",
            "CNG",
            "MFO",
            "MFOs",
            # Financial measures a company reports ("EBITDA fell 9% to $61.2 million", "capex of $27.5 million").
            *(
                "EBITDA",
                "EBIT",
                "CAPEX",
                "Capex",
                "OPEX",
                "Opex",
                "IPO",
                "ROE",
                "ROA",
                "NPL",
                "NPLs",
                "CPI",
                "PPI",
                "PMI",
            ),
            # Technologies, materials and services named by their abbreviation ("PET bottles", "IPTV subscribers", "the
            # company's VSAT network", "4G coverage", "CNC machines"): what a company makes or sells, not who.
            *(
                "PET",
                "PVC",
                "HDPE",
                "LDPE",
                "PP",
                "MDF",
                "OSB",
                "CNC",
                "GMP",
                "ISO",
                "HACCP",
                "CT",
                "MRI",
                "ATM",
                "ATMs",
            ),
            *("POS", "QR", "GPS", "SIM", "IPTV", "VSAT", "FTTH", "FTTx", "LTE", "4G", "5G", "3G", "VoIP", "SaaS", "AI"),
            *("EV", "EVs", "HVAC", "IoT", "ERP", "CRM", "API", "SMS", "USB", "DSL", "ADSL", "GPON", "HTS", "TV", "HD"),
            # Grades of buildings and kinds of debt ("Class A warehouses", "a debut Eurobond"), and the Soviet past
            # ("Soviet canals"): what a thing is, not who.
            *("Class A", "Class B", "Class C", "Eurobond", "Eurobonds", "Soviet"),
            "COVID",
            "COVID-19",
            "Covid",
            "Covid-19",
            "Celsius",
        }
    )
)

# News outlets and press offices: sources of the story, not its subjects.
# Domains that end a brand's name written as its web address ("Kaspi.kz", "Tengrinews.kz").
WEB_DOMAINS: tuple[str, ...] = ("kz", "ru", "uz", "kg", "tj", "az", "com", "org", "net", "io")
MEDIA_OUTLETS: frozenset[str] = frozenset(
    {
        "Kazinform",
        "Kazinform News Agency",
        "KAZINFORM",
        "Trend",
        "Trend News Agency",
        "Report",  # the Azerbaijani agency: "BAKU, Oct. 18 (Report) –", "Report's Central Asia bureau says"
        "Report.az",
        "Akorda",
        "Astana Times",
        "The Astana Times",
        "Tengrinews",
        "Kursiv",
        "Interfax",
        "Interfax-Kazakhstan",
        "Xinhua",
        "Reuters",
        "TASS",
        "Sputnik",
        "AKIpress",
        "Kabar",
        "UzA",
        "UzDaily",
        "Dunyo",
        "Kun.uz",
        "Asia-Plus",
        "Khovar",
        "Azertac",
        "APA",
        "Daryo",
        "Zakon.kz",
        "MENAFN",
        "News Agency",
    }
)

# Capitalised words that open sentences without naming anything: dropped from the front of a name.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        # Ownership descriptors that open a sentence before a name ("State-owned Nomin Coal JSC exported ...").
        "State-owned",
        "State-run",
        "Privately-owned",
        "Government-owned",
        # Words that set a name against another ("Rival Steppe Telecom said ...", "Neighbouring Kyrgyzstan ...").
        "Rival",
        "Competitor",
        "Neighbouring",
        "Neighboring",
        "Fellow",
        "The",
        "A",
        "An",
        "In",
        "At",
        "On",
        "Of",
        "For",
        "By",
        "To",
        "From",
        "With",
        "Within",
        "Without",
        "Under",
        "Over",
        "After",
        "Before",
        "During",
        "Since",
        "Until",
        "According",
        "As",
        "Also",
        "And",
        "But",
        "Or",
        "However",
        "Meanwhile",
        "Besides",
        "Moreover",
        "Furthermore",
        "Additionally",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "Thus",
        "Therefore",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Last",
        "Next",
        "Earlier",
        "Later",
        "Lately",
        "Recently",
        "Currently",
        "Altogether",
        "Overall",
        "Notably",
        "Thanks",
        "Once",
        "While",
        "When",
        "Where",
        "Which",
        "What",
        "Who",
        "Why",
        "How",
        "All",
        "Some",
        "Most",
        "Many",
        "Every",
        "Each",
        "Other",
        "Another",
        "Several",
        "Both",
        "Such",
        "Here",
        "There",
        "Then",
        "Now",
        "So",
        "If",
        "Despite",
        "Although",
        "Though",
        "Out",
        "Up",
        "Down",
        "Go",
        "Per",
        "Among",
        "Between",
        "Through",
        "Throughout",
        "Across",
        "Along",
        "Amid",
        "Beyond",
        "Near",
        "Against",
        "Unlike",
        "Like",
        "Following",
        "Including",
        "Only",
        "Nearly",
        "About",
        "Around",
        "Almost",
        "More",
        "Less",
        "Further",
        "Still",
        "Yet",
        "Just",
        "Even",
        "Please",
        "Read",
        "See",
    }
)


# Content words that often open a sentence ("Construction works rose", "Investment has grown"):
# a lone capitalised word from this list at a sentence start is not a company.
# Words that make "the <word> hotel" no hotel spoken of but hotels in general ("The average hotel occupancy rate").
GENERIC_MODIFIERS: frozenset[str] = frozenset({"average", "typical", "ordinary"})
# Participles before "in" that say where a company sits ("headquartered in Hefei"): the name after is a town.
SEAT_PARTICIPLES: tuple[str, ...] = ("headquartered", "based", "registered")
# Heads of an indefinite appositive that make a lone word before it a firm ("Tazaline, a domestic maker of soap,").
# (Not "producer" or "group": "Xinjiang, the main producer of cotton", "Shareholders, a group of banks".)
FIRM_DESCRIBING_HEADS: frozenset[str] = frozenset(
    {"maker", "manufacturer", "company", "firm", "startup", "developer", "operator"}
)
# Common nouns for a kind of firm that may open a sentence before its name ("Contractor Batys Energo Montazh has laid
# ...", "Developer BI Group built ..."): no part of the name. Not the heads a name may hold ("Bank CenterCredit").
# (Not "Producer", "Investor", "Miner", "Maker", "Exporter": "Producer Price Index", "Investor Relations Center",
# "Miner Holding", "Maker Space", "Exporter Support Fund" are names.)
FIRM_KIND_NOUNS: frozenset[str] = frozenset(
    {"contractor", "subcontractor", "developer", "operator", "carrier", "insurer", "supplier", "distributor"}
    | {"retailer", "lender"}
)
# A funding round's first word ("a $12 million Series A round"): with one letter after it, no company.
FUNDING_ROUND_WORDS: frozenset[str] = frozenset({"Series"})
# Participles that open a sentence to give a name ("Named Syr Kurish, the plant ..."): not part of the name.
NAME_INTRODUCING_WORDS: frozenset[str] = frozenset({"Named", "Dubbed", "Called", "Renamed", "Christened"})
SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        # Plural common nouns that open news sentences ("Residents of the park ...", "Officials said ...").
        "Residents",
        "Officials",
        "Farmers",
        "Investors",
        "Experts",
        "Analysts",
        "Authorities",
        "Workers",
        "Employees",
        "Participants",
        "Members",
        "Producers",
        "Exporters",
        "Importers",
        "Companies",
        "Enterprises",
        "Airlines",
        "Carriers",
        "Banks",
        "Tourists",
        "Visitors",
        "Entrepreneurs",
        "Manufacturers",
        "Developers",
        # Plural nouns for producers, places and people that open sentences ("Greenhouses produced 5,000 tons").
        *("Farms", "Greenhouses", "Miners", "Mines", "Plants", "Factories", "Mills", "Refineries", "Smelters"),
        *("Households", "Families", "Shops", "Stores", "Hotels", "Retailers", "Wholesalers", "Shippers", "Operators"),
        *("Suppliers", "Contractors", "Builders", "Growers", "Breeders", "Processors", "Lenders", "Borrowers"),
        *("Consumers", "Buyers", "Sellers", "Passengers", "Students", "Graduates", "Schools", "Hospitals", "Traders"),
        *("Startups", "Regions", "Cities", "Villages", "Districts", "Dairies", "Restaurants", "Ports", "Railways"),
        "Earthworks",
        "Average",
        "Annual",
        "Gross",
        "Net",
        "New",
        "Major",
        "Key",
        "Total",
        "Overall",
        "Regional",
        "Local",
        "National",
        "Foreign",
        "Private",
        "Public",
        "Green",
        "Small",
        "Large",
        "Big",
        "Main",
        "Worth",
        "Costing",
        "Valued",
        "Located",
        "Based",
        "Established",
        "Founded",
        "Launched",
        "Guests",
        "Business",
        "Reports",
        "Report",
        "Preliminary",
        "Construction",
        "Production",
        "Industrial",
        "Industry",
        "Investment",
        "Investments",
        "Exports",
        "Imports",
        "Trade",
        "Agriculture",
        "Oil",
        "Gas",
        "Economic",
        "Manufacturing",
        "Work",
        "Works",
        "Plans",
        "Projects",
        "Project",
        "Plant",
        "Factory",
        "Company",
        "Region",
        "City",
        "Country",
    }
)

# Months and weekdays (with news-style abbreviations): dates, not names.
CALENDAR_WORDS: frozenset[str] = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        *WEEKDAY_NAMES,
    }
)

# Verbs that follow a company's name at the start of a sentence ("Saryarkaavtoprom plans to ...").
CORPORATE_VERBS: frozenset[str] = frozenset(
    {
        "plans",
        "planned",
        "intends",
        "aims",
        "has",
        "had",
        "have",
        "is",
        "was",
        "will",
        "would",
        "produces",
        "produced",
        "manufactures",
        "makes",
        "operates",
        "runs",
        "owns",
        "launched",
        "launches",
        "opened",
        "opens",
        "built",
        "builds",
        "invested",
        "invests",
        "signed",
        "signs",
        "announced",
        "exports",
        "exported",
        "supplies",
        "employs",
        "acquired",
        "completed",
        "started",
        "began",
        "received",
        "attracted",
        "reported",
        "posted",
        "earned",
    }
)

# Verbs after which a capitalised name is a product, not a maker ("to make Chevrolet Onix").
PRODUCT_VERBS: frozenset[str] = frozenset({"make", "produce", "manufacture", "assemble", "build", "sell", "export"})

# --------------------------------------------------------------------------- sectors

# Head words of a sector phrase: "In railway engineering, ...", "the light industry".
SECTOR_HEADS: tuple[str, ...] = (
    "industry",
    "engineering",
    "sector",
    "manufacturing",
    "production",
    "processing",
    "mining",
    "construction",
    "building",
    "energy",
    "metallurgy",
    "agriculture",
    "farming",
    "refining",
    "logistics",
    "chemistry",
    "pharmaceuticals",
    "textiles",
)

# Verbs whose object says what an enterprise makes: "produces telecommunications equipment".
PRODUCTION_VERBS: tuple[str, ...] = (
    "produces",
    "manufactures",
    "makes",
    "assembles",
    "processes",
    "refines",
    "purifies",
    "extracts",
    "mines",
    "builds",
    "supplies",
    "specializes",
    "specialises",
)

# Capitalised heads of a project's name that run it on across "and" like a firm's head ("Bukhara Leather and Footwear
# Cluster"); not every project head ("China Road and Bridge Corporation" is no bridge).
AND_JOINED_PROJECT_HEADS: frozenset[str] = frozenset({"Cluster"})
