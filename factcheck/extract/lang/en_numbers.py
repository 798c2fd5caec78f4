"""English number data: number words, scale words, hedges, units, idioms.

Pure data for factcheck.extract.numbers (the engine). Keys are lower-case unless noted.
"""
from __future__ import annotations

# Digits: "," groups thousands, "." is the decimal mark (1,234.5).
THOUSANDS = ","
DECIMAL = "."
# The other conventions, as English texts also print them: (pattern, thousands marks, decimal
# mark). Swiss grouping ("1'234"), a German-style decimal comma with one or two digits ("1,5").
FOREIGN_DIGITS = (
    (r"\d{1,3}(?:'\d{3})+", "'", "."),
    (r"\d+,\d{1,2}", "", ","),
)

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
HUNDRED = ("hundred",)
THOUSAND = ("thousand",)
AND = "and"
HALVES: dict[str, float] = {}
ARTICLES = {"a", "an"}
EXTRA_WORDS = {"zero": 0}
NOT_NUMBERS: set[str] = set()

SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12, "mio": 1e6,
}
SCALE_ABBREV = {"mln", "bn"}
VAGUE_PLURALS = {
    "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "dozens": 12, "scores": 20,
}
VAGUE_QUANTIFIERS = {"several", "few", "many", "some"}
DOZEN = {"dozen": 12}

FRACTIONS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "tenth": 1 / 10, "tenths": 1 / 10,
}
FRACTION_ONE = {"a", "an", "one"}
HALF_WORD = "half"

TIMES_SUFFIX = ""
FOLD_SUFFIX = "fold"  # "threefold"
FACTOR_VERBS = {"doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 0.5}
DOUBLE_WORDS = {"twice": 2}

HEDGES = {
    ("more", "than"): "min", ("over",): "min", ("at", "least"): "min", ("upwards", "of"): "min",
    ("in", "excess", "of"): "min", ("well", "over"): "min", ("just", "over"): "min_approx",
    ("up", "to"): "max", ("under",): "max", ("less", "than"): "max", ("fewer", "than"): "max",
    ("at", "most"): "max", ("no", "more", "than"): "max", ("just", "under"): "max_approx",
    ("almost",): "max_approx", ("nearly",): "max_approx", ("close", "to"): "max_approx",
    ("about",): "approx", ("around",): "approx", ("approximately",): "approx",
    ("roughly",): "approx", ("some",): "approx", ("an", "estimated"): "approx",
    ("estimated",): "approx", ("circa",): "approx", ("ca",): "approx", ("approx",): "approx",
}
POST_HEDGES = {("or", "more"): "min", ("or", "less"): "max", ("or", "fewer"): "max",
               ("and", "more"): "min"}
FACTOR_LATE_HEDGES = {"nearly": "approx", "almost": "approx", "more": "min"}
SIGNS = {"minus": -1, "plus": 1}

RANGE_WORDS = {"to"}
BETWEEN = ("between", "and")
ALTERNATIVE = {"or"}

UNITS = {
    "percent": ("%", 1), "per cent": ("%", 1), "pct": ("%", 1), "%": ("%", 1),
    "percentage points": ("percentage points", 1), "basis points": ("basis points", 1),
    "dollars": ("USD", 1), "dollar": ("USD", 1), "usd": ("USD", 1), "$": ("USD", 1),
    "cents": ("USD", 0.01), "cent": ("USD", 0.01),
    "euros": ("EUR", 1), "euro": ("EUR", 1), "eur": ("EUR", 1), "€": ("EUR", 1),
    "pounds": ("GBP", 1), "£": ("GBP", 1), "gbp": ("GBP", 1), "yen": ("JPY", 1), "yuan": ("CNY", 1),
    "francs": ("CHF", 1), "rubles": ("RUB", 1),
    "miles": ("mi", 1), "mile": ("mi", 1), "kilometers": ("km", 1), "kilometres": ("km", 1),
    "km": ("km", 1), "meters": ("m", 1), "metres": ("m", 1), "feet": ("ft", 1), "foot": ("ft", 1),
    "ft": ("ft", 1), "inches": ("in", 1), "yards": ("yd", 1), "acres": ("acres", 1),
    "hectares": ("ha", 1), "tons": ("t", 1), "tonnes": ("t", 1), "pounds weight": ("lb", 1),
    "lbs": ("lb", 1), "kilograms": ("kg", 1), "kg": ("kg", 1), "grams": ("g", 1),
    "gallons": ("gal", 1), "liters": ("l", 1), "litres": ("l", 1), "barrels": ("barrels", 1),
    "degrees": ("°", 1), "mph": ("mph", 1), "times": ("times", 1),
}
PREFIX_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                   "gbp": "GBP"}

TIME_UNITS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "quarter",
    "quarters", "night", "nights", "weekend", "weekends", "a.m", "p.m", "am", "pm", "o'clock",
    "year-old", "month-old",
}
AGE_AFTER = {"old"}
AGE_BEFORE = (("age", "of"), ("aged",), ("age",), ("expectancy", "of"))
AGE_UNITS = {"years", "year"}
AGE_SUFFIX = "year-old"

YEAR_BEFORE = {
    "in", "since", "until", "till", "from", "to", "of", "by", "before", "after", "during", "year",
    "early", "late", "mid", "end", "and", "or", "between", "spring", "summer", "autumn", "fall",
    "winter", "fiscal", "season", "through",
}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
ID_BEFORE = {
    "no", "number", "article", "art", "section", "sec", "chapter", "page", "p", "pp", "room", "gate",
    "flight", "route", "highway", "interstate", "level", "phase", "version", "channel", "terminal",
    "platform", "windows", "iphone", "airbus", "boeing", "model", "type", "class", "grade", "rank",
    "apt", "suite", "unit", "box", "tel", "phone", "fax", "covid", "top", "resolution", "act",
}
STREET_SUFFIXES = ("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane")
SENTENCE_STARTERS: set[str] = set()
# Words after a number that are not the counted thing.
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "were",
    "was", "is", "are", "be", "been", "have", "has", "had", "will", "would", "could", "should", "who",
    "which", "that", "this", "these", "those", "it", "its", "their", "they", "he", "she", "we", "as",
    "than", "more", "less", "percent", "per", "but", "not", "also", "after", "before", "when", "while",
    "into", "up", "down", "out", "over", "under", "about", "since", "so", "if", "did", "do", "does",
    "can", "may", "might", "must", "all", "each", "other", "such", "what", "where", "there", "here",
    "now", "ago", "later", "earlier", "apiece", "alone", "too", "yet", "then", "still", "just", "only",
}
NOT_UNITS = FUNCTION_WORDS | set(SCALES) | MONTHS
ADJECTIVAL_NOUNS: set[str] = set()

IDIOMS = (
    ("one", "by", "one"), ("one", "another"), ("one", "of"), ("no", "one"), ("one", "day"),
    ("one", "way", "or", "another"), ("on", "all", "fours"), ("at", "sixes", "and", "sevens"),
    ("second", "to", "none"), ("in", "two", "minds"), ("nine", "to", "five"), ("the", "two", "of"),
    ("one", "or", "two"), ("one", "or", "another"), ("the", "one"), ("this", "one"), ("that", "one"),
    ("one", "who"), ("one", "which"), ("one", "that"), ("every", "one"), ("any", "one"),
    ("one", "another"), ("each", "one"), ("one", "and", "the", "same"), ("one", "step", "further"),
    ("one", "less"), ("a", "one"), ("one", "hand"), ("one", "thing"), ("at", "one", "point"),
)
