"""German date vocabulary as data: the engine in extract/dates/de.py builds its patterns from
these tables, so a new spelling (Austrian "Jänner", Swiss usage) is a one-line change here.

Keys are lower-case; the engine matches case-insensitively where German allows it and keeps
case where it carries meaning ("morgen" tomorrow vs. "Morgen" morning).
"""
from __future__ import annotations

# Month names and abbreviations -> month number. Austrian "Jänner"/"Feber" included.
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "jän": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
# Abbreviations must carry their period in running text ("Okt."), full names must not.
MONTH_ABBREVIATIONS = {"jan", "jän", "feb", "febr", "mär", "mrz", "apr", "jun", "jul", "aug", "sep",
                       "sept", "okt", "nov", "dez"}

# Weekdays -> 0 (Monday) .. 6; "Sonnabend" is northern German for Saturday.
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}
# Adjectives from weekdays ("die samstägliche Sitzung").
WEEKDAY_ADJECTIVES = {
    "montägliche": 0, "dienstägliche": 1, "mittwöchliche": 2, "donnerstägliche": 3,
    "freitägliche": 4, "samstägliche": 5, "sonntägliche": 6,
}

# Parts of the day, as compound tails ("Freitagnachmittag") or nouns ("am Abend") -> TIMEX3 code.
DAY_PARTS = {
    "früh": "MO", "morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI",
}

# Seasons -> timex.SEASONS key. "Spätsommer"/"Frühsommer" are the season itself.
SEASONS = {
    "frühling": "spring", "frühjahr": "spring", "sommer": "summer", "herbst": "autumn",
    "winter": "winter",
}
SEASON_PREFIXES = ("spät", "früh", "hoch")

# "Anfang/Mitte/Ende" and their synonyms -> TIMEX3 mod.
MODIFIERS = {
    "anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END",
}

# Calendar units: every inflected form -> the unit name used by timex.UNIT_CODES.
UNITS = {
    "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year", "jahrs": "year",
    "monat": "month", "monate": "month", "monaten": "month", "monats": "month",
    "woche": "week", "wochen": "week",
    "tag": "day", "tage": "day", "tagen": "day", "tages": "day", "tags": "day",
    "stunde": "hour", "stunden": "hour",
    "minute": "minute", "minuten": "minute",
    "sekunde": "second", "sekunden": "second",
    "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade", "jahrzehnts": "decade",
    "jahrhundert": "century", "jahrhunderte": "century", "jahrhunderten": "century",
    "jahrhunderts": "century",
    "quartal": "quarter", "quartale": "quarter", "quartalen": "quarter", "quartals": "quarter",
    "halbjahr": "halfyear", "halbjahres": "halfyear", "halbjahrs": "halfyear",
}

# Stems of adjectival durations: "zehnjährig", "zweimonatige", "achttägiger", "vierwöchig".
ADJECTIVE_UNITS = {"jährig": "year", "monatig": "month", "wöchig": "week", "tägig": "day",
                   "stündig": "hour", "minütig": "minute"}
# "jahrelang", "monatelange": vague durations.
LONG_UNITS = {"jahrzehntelang": "decade", "jahrelang": "year", "monatelang": "month",
              "wochenlang": "week", "tagelang": "day", "stundenlang": "hour"}

# Frequencies (sets): adverbs/adjectives and the nouns that take "pro/je/im/in der".
SET_WORDS = {"jährlich": "year", "monatlich": "month", "wöchentlich": "week", "täglich": "day",
             "stündlich": "hour", "alljährlich": "year", "vierteljährlich": "quarter",
             "halbjährlich": "halfyear"}

# Cardinal number words (also the inflected "einem/einen/einer" of "ein").
NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "einhundert": 100, "anderthalb": 1.5, "eineinhalb": 1.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "halben": 0.5, "halbe": 0.5, "halbes": 0.5,
}
# Stems of number words inside adjectives ("zehnjährig", "dreißigjährige", "einjährige").
NUMBER_STEMS = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "anderthalb": 1.5, "eineinhalb": 1.5,
}
# Vague quantities before a unit: "seit Jahren", "wenige Tage", "mehrere Wochen".
VAGUE_QUANTIFIERS = ("wenige", "wenigen", "weniger", "einige", "einigen", "einiger", "mehrere",
                     "mehreren", "vielen", "viele", "etlichen", "etliche", "paar")

# Prepositions before a vague span ("seit Jahren", "im Laufe der vergangenen Wochen", "während
# der kommenden Tage"); an article and a direction word may follow (generated in the engine).
VAGUE_PREPOSITIONS = ("seit", "vor", "in", "nach", "innerhalb", "binnen", "für", "während", "im laufe",
                      "im verlauf", "über")

# Ordinal words ("im dritten Quartal", "im zweiten Halbjahr").
ORDINALS = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4, "letzten": 4, "letzte": 4}

# Direction words before a unit or weekday: -1 past, +1 future, 0 the current one. German
# inflects them for case, number and article ("vergangene Woche", "der vergangenen Wochen",
# "vergangenen Jahres", "letzter Woche", "letztes Jahr", "im vorigen Monat"), so every form is
# generated from the stem and the adjective endings rather than listed.
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
PAST_STEMS = ("vergangen", "letzt", "vorig", "vorangegangen", "vorausgegangen", "zurückliegend")
FUTURE_STEMS = ("kommend", "nächst", "folgend", "darauffolgend", "anschließend")
THIS_STEMS = ("laufend", "aktuell", "selb", "gleich")
# stems whose unit is the one the text just talked about, not the publication date's
# ("am folgenden Tag", "im selben Jahr")
TEXTUAL_STEMS = ("folgend", "darauffolgend", "anschließend", "selb", "gleich")
# articles of every case; "dieser/diesem/..." and "derselben/desselben/..." are determiners that
# point at the current (or the just-mentioned) unit
ARTICLES = ("der", "die", "das", "den", "dem", "des")
DEMONSTRATIVES = tuple("dies" + e for e in ADJECTIVE_ENDINGS) + tuple(
    a + "selb" + e for a, e in (("der", "e"), ("die", "e"), ("das", "e"), ("den", "en"), ("dem", "en"),
                                ("des", "en"), ("der", "en"), ("die", "en")))


def _forms(stems) -> tuple[str, ...]:
    return tuple(s + e for s in stems for e in ADJECTIVE_ENDINGS)


PAST_WORDS = _forms(PAST_STEMS)
FUTURE_WORDS = _forms(FUTURE_STEMS)
THIS_WORDS = DEMONSTRATIVES + _forms(THIS_STEMS)
TEXTUAL_WORDS = _forms(TEXTUAL_STEMS) + DEMONSTRATIVES[len(ADJECTIVE_ENDINGS):]

# Two units away: "übernächste Woche", "vorletztes Jahr".
TWO_STEPS = {w: n for stem, n in (("übernächst", 2), ("vorletzt", -2), ("vorvergangen", -2))
             for w in _forms((stem,))}

# Relative days -> offset from the anchor.
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
# Nouns meaning the day/year before or after the one in focus ("Vortag", "Vorjahr").
RELATIVE_NOUNS = {
    "vortag": ("day", -1), "vortags": ("day", -1), "vortages": ("day", -1),
    "folgetag": ("day", 1), "folgetags": ("day", 1), "folgetages": ("day", 1),
    "vorjahr": ("year", -1), "vorjahres": ("year", -1), "vorjahrs": ("year", -1),
    "folgejahr": ("year", 1), "folgejahres": ("year", 1), "folgejahrs": ("year", 1),
    "vormonat": ("month", -1), "vormonats": ("month", -1), "vorwoche": ("week", -1),
    "vorquartal": ("quarter", -1), "vorquartals": ("quarter", -1),
    # the same month/quarter one year earlier: "im Vorjahresmonat", "des Vorjahresquartals"
    "vorjahresmonat": ("month", -12), "vorjahresmonats": ("month", -12),
    "vorjahresquartal": ("quarter", -4), "vorjahresquartals": ("quarter", -4),
    # the same period one year earlier, whatever period the text is about ("im Vorjahreszeitraum")
    "vorjahreszeitraum": ("period", -1), "vorjahreszeitraums": ("period", -1),
    "vorjahresperiode": ("period", -1), "vorjahreshalbjahr": ("period", -1), "vorjahreshalbjahres": ("period", -1),
}
# Relative nouns that count from the period the text is talking about ("Im März ... als im
# Vorjahresmonat": March of the year before), when the text just named one; else from the publication date.
PERIOD_RELATIVE_NOUNS = frozenset("""vorjahresmonat vorjahresmonats vorjahresquartal vorjahresquartals
    vorjahreszeitraum vorjahreszeitraums vorjahresperiode vorjahreshalbjahr vorjahreshalbjahres
    vormonat vormonats vorquartal vorquartals""".split())
# "später", "danach", "darauf" point forward; "zuvor", "vorher", "früher" back.
AFTER_WORDS = ("später", "danach", "darauf", "nachher")
BEFORE_WORDS = ("zuvor", "vorher", "früher")

# Holidays: fixed dates (month, day) and the movable ones as offsets from Easter Sunday.
FIXED_HOLIDAYS = {
    "neujahr": (1, 1), "neujahrstag": (1, 1), "heiligabend": (12, 24),
    "heiligen abend": (12, 24), "weihnachten": (12, 25), "weihnachtstag": (12, 25),
    "ersten weihnachtstag": (12, 25), "zweiten weihnachtstag": (12, 26), "silvester": (12, 31),
    "tag der deutschen einheit": (10, 3), "allerheiligen": (11, 1),
}
EASTER_HOLIDAYS = {
    "karfreitag": -2, "ostern": 0, "ostersonntag": 0, "ostermontag": 1,
    "christi himmelfahrt": 39, "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50,
}

# Words after a number that make it a count, not a year ("2000 Soldaten", "1500 Euro").
COUNT_NOUNS_AFTER_YEARLIKE = (
    "euro", "dollar", "franken", "pfund", "prozent", "menschen", "personen", "mann", "soldaten",
    "tote", "toten", "opfer", "einwohner", "stück", "meter", "kilometer", "km", "tonnen",
    "mitarbeiter", "beschäftigte", "gefangene", "verletzte", "flugzeuge", "panzer", "schiffe",
    "quadratkilometer", "stimmen", "fälle", "haushalte", "häuser", "wohnungen", "kilogramm",
    "kg", "liter", "jahre", "jahren", "tage", "tagen", "stunden", "einheiten",
)
# Hedges before a number that make it an amount ("rund 2000", "mehr als 1500").
AMOUNT_HEDGES = ("rund", "etwa", "ungefähr", "ca", "circa", "knapp", "fast", "über", "mehr als",
                 "weniger als", "bis zu", "insgesamt", "zirka", "gut", "nur", "unter")

# A year-like number after a comparison word is the year compared with ("weniger als 2019",
# "so hoch wie 2018"). "mehr/weniger als" also bound an amount ("mehr als 2000"): there the
# comparative needs an amount or degree word of its own ("15 Prozent weniger als 2019").
COMPARISON_WORDS = ("als", "wie")
AMOUNT_COMPARATIVES = ("mehr", "weniger")
DEGREE_WORDS = ("deutlich", "etwas", "viel", "kaum", "noch", "sogar", "wesentlich", "erheblich", "weit",
                "leicht", "spürbar", "merklich", "doppelt", "dreimal", "halb", "wenig", "prozent")

# Tense cues. Future: modal/auxiliary verbs and words that look ahead.
FUTURE_CUES = (
    "wird", "werden", "wirst", "werde", "würde", "würden", "soll", "sollen", "sollte", "sollten",
    "will", "wollen", "wollte", "wollten", "plant", "planen", "geplant", "bevorstehend",
    "bevorstehenden", "voraussichtlich", "anpeilen", "erwartet", "erwarten", "künftig",
    "demnächst", "morgen", "übermorgen", "kommende", "kommenden", "nächste", "nächsten",
    "angesetzt", "vorgesehen", "stattfinden", "beginnt",
)
# Past: auxiliaries and frequent strong preterites (weak preterites "-te" are found by shape).
PAST_CUES = (
    "war", "waren", "warst", "wurde", "wurden", "hatte", "hatten", "gewesen", "worden", "kam",
    "kamen", "ging", "gingen", "gab", "gaben", "sprach", "sprachen", "stand", "standen", "fand",
    "fanden", "hieß", "traf", "trafen", "nahm", "nahmen", "fiel", "fielen", "lag", "lagen",
    "begann", "begannen", "rief", "riefen", "trat", "traten", "wies", "zog", "zogen", "bat",
    "blieb", "blieben", "schrieb", "stieg", "stiegen", "sank", "sanken", "sah", "sahen", "hielt",
    "hielten", "ließ", "ließen", "gestern", "vorgestern", "vergangene", "vergangenen", "zuvor",
    "bereits", "schon", "verlor", "verloren", "gewann", "entschied", "beschloss", "scheiterte",
    # strong and mixed preterites (3rd person singular and plural)
    "entstand", "entstanden", "erlitt", "erlitten", "bestand", "bestanden", "verstand", "gelang",
    "gelangen", "sang", "gewannen", "schloss", "schlossen", "beschlossen", "entschieden", "schlug",
    "schlugen", "trug", "trugen", "fuhr", "fuhren", "flog", "flogen", "floh", "flohen", "starb",
    "starben", "warf", "warfen", "half", "halfen", "traf", "betraf", "betrafen", "erhielt",
    "erhielten", "verhielt", "enthielt", "bekam", "bekamen", "nahm", "übernahm", "übernahmen",
    "gewann", "brach", "brachen", "sprang", "stieß", "stießen", "wuchs", "wuchsen", "fand", "erfand",
    "lief", "liefen", "verlief", "verliefen", "rief", "riefen", "hieß", "schien", "schienen",
    "blieb", "erschien", "erschienen", "wies", "bewies", "verwies", "zog", "bezog", "bezogen",
    "betrug", "betrugen", "lag", "erlag", "saß", "saßen", "stand", "verstand", "gab", "ergab",
    "ergaben", "vergab", "sah", "sahen", "las", "lasen", "aß", "vergaß", "kam", "bekam", "brachte",
    "brachten", "dachte", "dachten", "kannte", "kannten", "nannte", "nannten", "rannte", "sandte",
    "wandte", "wusste", "wussten", "musste", "mussten", "konnte", "konnten", "durfte", "durften",
    "mochte", "ging", "gingen", "verging", "tat", "taten", "bat", "baten", "bot", "boten", "verbot",
    "verboten", "angeboten", "log", "sank", "sanken", "stieg", "stiegen", "fiel", "fielen",
    "gefiel", "schwieg", "schwiegen", "litt", "litten", "griff", "griffen", "begriff", "schnitt",
    "stritt", "stritten", "glich", "wich", "wichen", "schrieb", "schrieben", "trieb", "trieben",
    "mied", "riet", "rieten", "ließ", "ließen", "verließ", "verließen", "hielt", "hielten", "fing",
    "fingen", "empfing", "hing", "hingen", "gestand", "erwarb", "warb", "verdarb", "traten",
    "vertrat", "vertraten", "betrat", "maß", "vergaß", "aß", "frass", "flossen", "floss", "goss",
    "schoss", "schossen", "genoss", "zwang", "zwangen", "drang", "drangen", "klang", "rang",
    "sprach", "besprach", "versprach", "versprachen", "widersprach", "stahl", "befahl", "empfahl",
    "empfahlen", "gebar", "erschrak", "schwamm", "gewesen", "geworden", "geriet", "gerieten",
    "verriet", "schlief", "schliefen", "stürzte", "brach", "barst", "schwand", "verschwand",
)
# Lower-case words ending in -te/-ten that are not preterites (adjectives, ordinals, nouns).
NOT_PRETERITE = frozenset(
    """erste ersten zweite zweiten dritte dritten vierte vierten fünfte fünften sechste siebte
    achte neunte zehnte letzte letzten nächste nächsten beste besten meiste meisten weitere
    weiteren größte größten höchste höchsten neueste neuesten jüngste jüngsten späte späten
    gute guten harte harten breite breiten weite weiten rechte rechten echte echten leichte
    leichten konkrete konkreten direkte direkten bekannte bekannten geplante geplanten
    erwartete erwarteten sogenannte sogenannten spätesten ältesten wichtigste wichtigsten
    bitte mitte bereits unter hinter hinten unten oben danten monate monaten warten starten
    erwarten kosten arbeiten bieten gelten halten leisten richten fürchten achten beobachten
    töten raten treten bitten leiten bewerten verbreiten vertreten betreten antreten auftreten
    eintreten zurücktreten beraten bearbeiten vorbereiten verarbeiten gestalten verhalten
    erhalten enthalten behalten unterhalten schalten walten falten spalten""".split()
)

# "N-jährig" before a noun: before a person or an animal it is an age (a NUMBER: "die einjährige
# Bache", "der zehnjährige Junge"), before anything else a duration (a DATE: "eine zweijährige
# Pause", "die fünfjährige Laufzeit"). Base forms; the engines match inflected forms (-e, -en,
# -n, -s, -es, -er, -in, -innen) and compounds by their head ("Schäferhund", "Jungtier").
LIVING_NOUNS = (
    # people
    "mensch", "person", "kind", "junge", "mädchen", "baby", "säugling", "kleinkind", "sohn", "tochter",
    "bruder", "schwester", "enkel", "mann", "frau", "bub", "knabe", "jugendliche", "jugendlicher",
    "schüler", "student", "patient", "fahrer", "täter", "opfer", "mutter", "vater", "sportler",
    "spieler", "rentner", "senior", "bewohner", "mitarbeiter", "zwilling", "nichte", "neffe",
    "teenager", "verdächtige", "verdächtiger", "angeklagte", "angeklagter", "kandidat",
    # animals
    "tier", "hund", "rüde", "welpe", "katze", "kater", "pferd", "stute", "hengst", "fohlen", "kuh",
    "rind", "kalb", "bulle", "stier", "schwein", "sau", "bache", "keiler", "frischling", "überläufer",
    "reh", "bock", "ricke", "kitz", "hirsch", "hinde", "wolf", "wölfin", "fuchs", "bär", "luchs",
    "schaf", "lamm", "ziege", "vogel", "adler", "storch", "elefant", "löwe", "tiger", "affe", "hase",
    "kaninchen", "huhn", "gans", "taube", "delfin", "robbe",
)
# Nouns that "N-jährig" measures as a span (a DATE); also the default for nouns in neither list.
DURATION_NOUNS = (
    "frist", "laufzeit", "studie", "pause", "verhandlung", "ausbildung", "amtszeit", "haft",
    "strafe", "vertrag", "projekt", "programm", "anleihe", "krieg", "zeit", "phase", "sperre",
    "planung", "unterbrechung", "bindung", "garantie", "mitgliedschaft", "geschichte", "tradition",
    "jubiläum", "bestehen", "erfahrung", "zusammenarbeit", "beziehung", "forschung", "dauer",
    "rente", "quartier", "ehe", "saison", "spielzeit", "legislatur", "periode", "regierung",
)
# Inflection endings of those nouns (and the feminine -in/-innen of people).
NOUN_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "in", "innen", "nen")

# Years that run across two calendar years, by law or custom, and the month they begin:
# the German hunting year runs 1 April - 31 March (Bundesjagdgesetz § 11). A text that names
# one reads its split years "2020/21" that way.
SPLIT_YEARS = {"jagdjahr": 4}

# Prepositions that belong to a date's span (the annotation rules: am/im/an/um/seit/bis/ab/vom/
# zum/gegen, with their article forms). Longer phrases first is done by the engine.
PREPOSITIONS = ("seit dem", "seit", "bis zum", "bis zur", "bis", "ab dem", "ab", "vom", "von", "zum",
                "am", "an", "im", "um", "gegen", "für")
# Hedges before an amount of time -> TIMEX3 mod (None: kept in the span, no mod).
HEDGES = {
    "etwa": "APPROX", "rund": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "zirka": "APPROX", "ca.": "APPROX",
    "mehr als": "MORE_THAN", "über": "MORE_THAN", "gut": "MORE_THAN",
    "weniger als": "LESS_THAN", "knapp": "LESS_THAN", "fast": "LESS_THAN",
    "bis zu": "EQUAL_OR_LESS", "höchstens": "EQUAL_OR_LESS", "mindestens": "EQUAL_OR_MORE",
    "nur": None, "insgesamt": None, "ganze": None, "ganzen": None,
}
# Prepositions before a duration; those in WITHIN bound it from above ("innerhalb von 72 Stunden").
DURATION_PREPOSITIONS = (
    "seit", "für", "binnen", "innerhalb von", "innerhalb", "nach", "in den", "in den letzten",
    "in den vergangenen", "in den kommenden", "in den nächsten", "die letzten", "die vergangenen",
    "die nächsten", "den letzten", "den vergangenen", "den nächsten", "über", "während",
)
WITHIN = ("binnen", "innerhalb", "innerhalb von")
# Fractions after a number of units: "drei dreiviertel Jahre", "zwei halbe Tage".
FRACTIONS = {"dreiviertel": 0.75, "halbe": 0.5}
# The tens and units of compound number words ("dreiundzwanzig").
DIGIT_WORDS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
TENS_WORDS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
# Era markers after a year.
BC_MARKERS = (r"v\.\s?Chr\.?", r"vor\s+Christus", r"v\.\s?u\.\s?Z\.?")
AD_MARKERS = (r"n\.\s?Chr\.?", r"nach\s+Christus", r"u\.\s?Z\.?")

# Decades in words: "die zwanziger Jahre", "in den Neunzigerjahren" -> the decade's tens.
DECADE_WORDS = {"zwanziger": 20, "dreißiger": 30, "vierziger": 40, "fünfziger": 50, "sechziger": 60,
                "siebziger": 70, "achtziger": 80, "neunziger": 90}
