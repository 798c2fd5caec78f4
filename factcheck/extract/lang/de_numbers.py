"""German number data: number words, scale words, hedges, units, idioms.

Pure data for factcheck.extract.numbers (the engine). Keys are lower-case unless noted.
"""
from __future__ import annotations

# Digits: "." groups thousands, "," is the decimal mark (1.234,5). Swiss texts also write 1'234
# (a typographic ’ is read as ').
THOUSANDS = ".'"
DECIMAL = ","
# The other convention, as German texts also print it: (pattern, thousands marks, decimal mark).
# A decimal point ("2.5", Swiss and English style), English grouping ("1,234.5").
FOREIGN_DIGITS = (
    (r"\d+\.\d+", "", "."),
    (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", ",", "."),
)

# Atoms of the number-word grammar (compounds are parsed: "dreiundzwanzig", "zweihunderttausend").
ONES = {
    "ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "sieb": 7, "acht": 8, "neun": 9,
}
TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
HUNDRED = ("hundert",)
THOUSAND = ("tausend",)
AND = "und"
# Half steps written as one word.
HALVES = {"anderthalb": 1.5, "eineinhalb": 1.5, "einhalb": 0.5, "zweieinhalb": 2.5,
          "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5, "dreiviertel": 0.75}
# Forms of ONES that only count in a compound or before a scale/fraction ("ein" is the article).
ARTICLES = {"ein", "eine", "einen", "einem", "einer", "eines"}
# Standalone word forms that are numbers although not in the grammar.
EXTRA_WORDS = {"null": 0, "zweier": 2, "dreier": 3, "vierer": 4}
# "einmal" means "once"/"just" far more often than the count 1; "einzig" etc. are not numbers.
NOT_NUMBERS = {"einmal", "einst", "einig", "einige", "einigen", "einiger", "einzige"}

# Scale words after a numeral: multiply ("1,5 Milliarden", "zwei Mio.").
SCALES = {
    "tausend": 1e3, "tsd": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
    "billion": 1e12, "billionen": 1e12, "bio": 1e12,
}
# Abbreviated scale words that take a period ("Mio.").
SCALE_ABBREV = {"mio", "mrd", "tsd", "bio"}

# Plural scale words without a numeral: at least two of them ("Millionen" = at least 2,000,000).
VAGUE_PLURALS = {
    "hunderte": 100, "hunderten": 100, "tausende": 1e3, "tausenden": 1e3,
    "abertausende": 1e3, "abertausenden": 1e3,
    "zehntausende": 1e4, "zehntausenden": 1e4, "hunderttausende": 1e5, "hunderttausenden": 1e5,
    "millionen": 1e6, "milliarden": 1e9, "billionen": 1e12,
    "dutzende": 12, "dutzenden": 12,
}
# Vague quantifiers that make a following scale word a lower bound ("mehrere hunderttausend").
VAGUE_QUANTIFIERS = {"mehrere", "mehreren", "einige", "einigen", "etliche", "etlichen", "viele",
                     "vielen", "paar", "zig"}
DOZEN = {"dutzend": 12}

# Fractions after a numerator ("ein Fünftel", "zwei Drittel").
FRACTIONS = {
    "hälfte": 1 / 2, "drittel": 1 / 3, "viertel": 1 / 4, "fünftel": 1 / 5, "sechstel": 1 / 6,
    "siebtel": 1 / 7, "achtel": 1 / 8, "neuntel": 1 / 9, "zehntel": 1 / 10,
    "zwanzigstel": 1 / 20, "hundertstel": 1 / 100, "tausendstel": 1 / 1000,
}
# Determiners that count as the numerator 1 before a fraction ("die Hälfte", "ein Drittel").
FRACTION_ONE = ARTICLES | {"die", "der"}
HALF_WORD = "hälfte"  # takes only "die/eine" as numerator

# Multiplicative words: "zwei Mal", "zweimal", "dreifach", "verdreifachte", "doppelt".
TIMES_SUFFIX = "mal"  # "zweimal"
FOLD_SUFFIX = "fach"  # "dreifach", "dreifache"
FACTOR_VERBS = {  # stem -> factor; the stem starts the word ("verdreifachte", "Verdopplung")
    "verdoppel": 2, "verdoppl": 2, "verdreifach": 3, "vervierfach": 4, "verfünffach": 5,
    "versechsfach": 6, "verzehnfach": 10, "verhundertfach": 100, "halbier": 0.5,
}
DOUBLE_WORDS = {"doppelt": 2, "doppelte": 2, "doppelten": 2}  # only after a hedge or before "so"

# Hedges before a numeral: phrase (lower-case words) -> kind.
#   min: a lower bound; max: an upper bound; approx: about; near: just under (max + approx).
HEDGES = {
    ("mehr", "als"): "min", ("über",): "min", ("gut",): "min_approx", ("gute",): "min_approx",
    ("guten",): "min_approx", ("mindestens",): "min", ("wenigstens",): "min",
    ("knapp", "über"): "min_approx", ("weit", "über"): "min", ("deutlich", "über"): "min",
    ("bis", "zu"): "max", ("unter",): "max", ("weniger", "als"): "max", ("höchstens",): "max",
    ("maximal",): "max", ("knapp", "unter"): "max_approx",
    ("fast",): "max_approx", ("knapp",): "max_approx", ("beinahe",): "max_approx",
    ("nahezu",): "max_approx", ("annähernd",): "approx",
    ("rund",): "approx", ("etwa",): "approx", ("ungefähr",): "approx", ("circa",): "approx",
    ("ca",): "approx", ("zirka",): "approx", ("schätzungsweise",): "approx",
    # not "an die", "um die", "gegen": far more often a preposition ("an die vier Marktführer")
}
# Hedges after the number ("80 Cent oder auch weniger").
POST_HEDGES = {
    ("oder", "weniger"): "max", ("oder", "auch", "weniger"): "max", ("und", "weniger"): "max",
    ("oder", "mehr"): "min", ("oder", "auch", "mehr"): "min", ("und", "mehr"): "min",
}
# Hedges that may also stand after the verb and still qualify a factor ("verdreifachte sich ... nahezu").
FACTOR_LATE_HEDGES = {"nahezu": "approx", "fast": "approx", "knapp": "approx", "annähernd": "approx",
                      "etwa": "approx", "rund": "approx", "mehr": "min"}
SIGNS = {"minus": -1, "plus": 1}

# Ranges: "X bis Y", "zwischen X und Y", "von X bis Y".
RANGE_WORDS = {"bis"}
BETWEEN = ("zwischen", "und")
ALTERNATIVE = {"oder"}  # "bis zu acht Millionen Euro oder drei Prozent": the hedge scopes over both

# Units directly after the number: surface (lower-case) -> (unit, factor).
UNITS = {
    "prozent": ("%", 1), "%": ("%", 1), "prozentpunkte": ("Prozentpunkte", 1),
    "prozentpunkten": ("Prozentpunkte", 1), "prozentpunkt": ("Prozentpunkte", 1),
    "basispunkte": ("Basispunkte", 1), "basispunkten": ("Basispunkte", 1), "promille": ("‰", 1),
    "euro": ("EUR", 1), "€": ("EUR", 1), "eur": ("EUR", 1), "cent": ("EUR", 0.01),
    "cents": ("EUR", 0.01), "euro-cent": ("EUR", 0.01),
    "dollar": ("USD", 1), "us-dollar": ("USD", 1), "$": ("USD", 1), "usd": ("USD", 1),
    "us-cent": ("USD", 0.01),
    "franken": ("CHF", 1), "chf": ("CHF", 1), "fr": ("CHF", 1), "rappen": ("CHF", 0.01),
    "pfund": ("GBP", 1), "£": ("GBP", 1), "gbp": ("GBP", 1), "yen": ("JPY", 1), "yuan": ("CNY", 1),
    "rubel": ("RUB", 1), "kronen": ("Kronen", 1), "zloty": ("PLN", 1),
    "kilometer": ("km", 1), "km": ("km", 1), "meter": ("m", 1), "m": ("m", 1), "zentimeter": ("cm", 1),
    "cm": ("cm", 1), "millimeter": ("mm", 1), "mm": ("mm", 1), "quadratmeter": ("m²", 1),
    "m²": ("m²", 1), "qm": ("m²", 1), "hektar": ("ha", 1), "ha": ("ha", 1),
    "quadratkilometer": ("km²", 1), "km²": ("km²", 1), "kubikmeter": ("m³", 1),
    "kilogramm": ("kg", 1), "kilo": ("kg", 1), "kg": ("kg", 1), "gramm": ("g", 1), "g": ("g", 1),
    "tonnen": ("t", 1), "tonne": ("t", 1), "t": ("t", 1), "liter": ("l", 1), "litern": ("l", 1),
    "l": ("l", 1), "hektoliter": ("hl", 1), "milliliter": ("ml", 1),
    "grad": ("°", 1), "°": ("°", 1), "°c": ("°C", 1), "kilowattstunden": ("kWh", 1), "kwh": ("kWh", 1),
    "megawatt": ("MW", 1), "mw": ("MW", 1), "gigawatt": ("GW", 1), "gw": ("GW", 1),
    "kilowatt": ("kW", 1), "kw": ("kW", 1), "ps": ("PS", 1), "km/h": ("km/h", 1),
    "stundenkilometer": ("km/h", 1), "mal": ("Mal", 1), "prozentige": ("%", 1),
}
# Currency written before the number ("€ 10", "CHF 2,50", "US$ 5").
PREFIX_CURRENCY = {"€": "EUR", "eur": "EUR", "$": "USD", "us$": "USD", "usd": "USD", "chf": "CHF",
                   "fr": "CHF", "£": "GBP"}

# Time units: a number before one is a duration (a DATE), not a NUMBER ("drei Jahre lang").
TIME_UNITS = {
    "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "monats", "woche", "wochen",
    "tag", "tage", "tagen", "tages", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden",
    "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrhundert", "jahrhunderte", "jahrhunderten",
    "quartal", "quartale", "quartalen", "halbjahr", "halbjahre", "uhr", "nächte", "nächten",
    "werktage", "werktagen", "wochenenden", "semester",
}
# ... unless the number is an age: "34 Jahre alt", "im Alter von 34 Jahren".
AGE_AFTER = {"alt", "alte", "alten", "alter", "jung"}
AGE_BEFORE = (("alter", "von"), ("lebenserwartung", "von"), ("lebenserwartung", "liegt", "mit"),
              ("alter",), ("mit",))
AGE_UNITS = {"jahre", "jahren", "jahr"}
# "34-Jährige", "zehnjährige": -jährig compounds (an age when a noun, hedged or before a person or
# animal, else a duration).
AGE_SUFFIX = "jährig"
# The noun classes after "zehnjährige" are shared with the date grammar, which must refuse the
# same words as durations ("die einjährige Bache" is an age, "eine zweijährige Pause" a span).
from .de_dates import DURATION_NOUNS, LIVING_NOUNS, NOUN_ENDINGS  # noqa: E402,F401
# "15 Prozent weniger als 2019": a year compared with, not a bound (the date grammar's words)
from .de_dates import AMOUNT_COMPARATIVES, COMPARISON_WORDS, DEGREE_WORDS  # noqa: E402,F401

# Words after which a year-like number is a date ("im Jahr 2020", "seit 2015", "Ende 2019").
YEAR_BEFORE = {
    "jahr", "jahre", "jahres", "jahresende", "im", "seit", "bis", "von", "vom", "ab", "ende", "anfang",
    "mitte", "frühjahr", "frühling", "sommer", "herbst", "winter", "für", "nach", "vor", "in", "um",
    "und", "oder", "zwischen", "jahreswechsel", "spitzenjahr", "rekordjahr", "stand", "saison",
    "geschäftsjahr", "jagdjahr", "haushalt", "bundeshaushalt", "wahl", "wm", "em",
}
MONTHS = {
    "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug",
    "sep", "sept", "okt", "nov", "dez",
}
# Words before a number that make it a name or an identifier ("Artikel 5", "Platz 2").
ID_BEFORE = {
    "nr", "nummer", "artikel", "art", "paragraf", "paragraph", "§", "§§", "absatz", "abs", "kapitel",
    "seite", "s", "platz", "rang", "stufe", "preisstufe", "phase", "level", "linie", "gleis", "zimmer",
    "raum", "folge", "band", "heft", "ausgabe", "version", "kanal", "block", "halle", "tor", "terminal",
    "flug", "route", "bundesstraße", "autobahn", "landstraße", "kreisstraße", "klasse", "liga",
    "tarifzone", "zone", "gruppe", "modell", "typ", "baureihe", "windows", "iphone", "airbus", "boeing",
    "kw", "top", "covid", "nummern", "hausnummer", "pkw", "plz", "tel", "telefon", "fax", "postfach",
    "resolution", "telefonnummer", "hotline", "tempo", "ju", "me", "bf", "he", "do",
}
# Street names end in these: the number after them is a house number.
STREET_SUFFIXES = ("straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm",
                   "ufer", "chaussee", "steig", "pfad", "markt")
# Capitalised words that start a sentence rather than name a counted thing ("... 30. Die ...").
SENTENCE_STARTERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "er", "sie", "es", "wir", "ich", "ihr",
    "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "seit", "von", "vor", "zu", "zum",
    "zur", "für", "über", "unter", "auch", "aber", "doch", "dabei", "damit", "dann", "dort", "so",
    "wie", "was", "wer", "wo", "als", "wenn", "weil", "dass", "und", "oder", "nun", "jetzt", "heute",
    "diese", "dieser", "dieses", "man", "zudem", "außerdem", "insgesamt", "damals", "allerdings",
}
# Counted nouns: words that cannot be the counted thing although capitalised.
NOT_UNITS = SENTENCE_STARTERS | {"prozent"} | set(SCALES) | MONTHS
# Nominalised adjectives take a dative -n ("Toten", "Vertriebenen"): the unit drops it.
ADJECTIVAL_NOUNS = {
    "tote", "verletzte", "vertriebene", "gefangene", "angestellte", "beschäftigte", "abgeordnete",
    "erwachsene", "arbeitslose", "obdachlose", "geflüchtete", "infizierte", "verdächtige",
    "jugendliche", "deutsche", "vermisste", "betroffene", "beteiligte", "festgenommene",
    "schwerverletzte", "leichtverletzte", "erkrankte", "verstorbene", "geimpfte", "bedürftige",
}

# Idioms: a number inside one is no quantity (matched on lower-case words).
IDIOMS = (
    ("unter", "vier", "augen"), ("vier", "augen"), ("in", "den", "eigenen", "vier", "wänden"),
    ("auf", "allen", "vieren"), ("fünf", "vor", "zwölf"), ("eins", "zu", "eins"),
    ("zu", "zweit"), ("zu", "dritt"), ("zu", "viert"), ("nummer", "eins"), ("auf", "einen", "schlag"),
    ("alle", "fünf", "minuten"), ("null", "und", "nichtig"), ("stunde", "null"),
    ("von", "null", "auf", "hundert"), ("in", "null", "komma", "nichts"), ("hundertprozentig",),
    ("die", "beiden"), ("auf", "zwei", "hochzeiten"), ("zwei", "seiten", "einer", "medaille"),
    ("tausend", "dank"), ("drei", "kreuze"),
)
