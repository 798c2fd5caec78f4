"""English date vocabulary, as data: the grammar in extract/dates/en.py is built from these tables.

Nothing here knows about regular expressions or normalization; change a word list and the
grammar follows.
"""
from __future__ import annotations

# Month names and the abbreviations news agencies use ("Aug. 7", "Sept. 2").
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month names that are also ordinary words ("may", "march"): only taken when capitalised and
# in a date context (a day, a year, a preposition or modifier before them).
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

# TIMEX3 parts of the day: "Friday afternoon" -> 2013-03-22TAF.
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "fall",
           "winter": "winter"}

# Calendar units, singular and plural, mapped to the unit names of dates/timex.py.
UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "quarter": "quarter", "quarters": "quarter",
}

# Cardinal number words. Compounds ("twenty-five") are read by the grammar from these.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a": 1, "an": 1, "half a": 0.5, "half an": 0.5,
}
# Quantifiers that say "some number of": the TIMEX3 value gets an X ("several days" -> PXD).
VAGUE_AMOUNTS = frozenset({
    "a few", "few", "several", "many", "some", "the", "recent", "dozens of", "hundreds of",
    "a number of", "numerous", "multiple",
})

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}

# Modifiers before a calendar expression: early 2011, mid-March, the end of the year.
POSITION_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START",
    "mid": "MID", "the middle of": "MID", "middle of": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END",
}
# Hedges before a duration: more than two years, almost seven years, about a week.
DURATION_MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "almost": "LESS_THAN", "nearly": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "approximately": "APPROX", "a mere": None, "just": None, "only": None,
}

# Deictic words relative to the reference day.
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

# Relative determiners before a unit, month, weekday or season, with their direction.
# "last"/"past"/"previous" look back, "next"/"coming"/"following" ahead, "this" is the current one.
RELATIVE = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
    "this": 0, "current": 0, "this past": -1, "this coming": 1,
}
# Sets: how often. TIMEX3 values follow the TempEval-3 annotation (annually -> XXXX).
SET_ADVERBS = {
    "annually": "XXXX", "yearly": "XXXX", "monthly": "XXXX-XX", "weekly": "XXXX-WXX",
    "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H", "quarterly": "XXXX-QX",
}
SET_UNITS = {
    "year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX",
    "hour": "PT1H", "quarter": "XXXX-QX", "morning": "XXXX-XX-XXTMO",
    "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI",
    "weekend": "XXXX-WXX-WE", "decade": "XXX", "century": "XX",
}

# Time zones after a clock time ("15:00 GMT").
TIME_ZONES = frozenset({"gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst",
                        "mdt", "pst", "pdt", "et", "pt", "ct", "local time"})

# Words that mark the tense of a clause. The grammar takes the marker nearest to a date to decide
# whether a weekday or a year-less month lies before or after the reference date.
FUTURE_MARKERS = frozenset({
    "will", "'ll", "shall", "would", "going", "gonna", "scheduled", "slated", "planned", "planning",
    "plans", "upcoming", "due", "expected", "expects", "expect", "intends", "intend",
    "postponed", "delayed", "adjourned", "deferred", "rescheduled", "soon", "tomorrow",
    "next", "coming", "is", "are", "am", "begins", "starts", "opens", "ends", "runs",
})
PAST_MARKERS = frozenset({
    "was", "were", "had", "did", "has", "have", "been", "ago", "yesterday", "last", "previously", "since",
    "began", "became", "broke", "brought", "built", "came", "chose", "drew", "drove", "fell",
    "felt", "fled", "flew", "found", "fought", "gave", "got", "grew", "held", "hit", "hurt", "kept",
    "knew", "laid", "led", "left", "lost", "made", "meant", "met", "paid", "quit", "ran", "rose",
    "sat", "saw", "said", "sent", "shot", "shut", "sold", "sought", "spoke", "spent", "stood",
    "stole", "struck", "swore", "took", "taught", "thought", "threw", "told", "understood",
    "woke", "won", "wore", "wrote", "went", "began", "begun", "sank", "slew", "swept", "withdrew",
    "overtook", "undertook", "forgot", "forgave", "bought", "caught", "dealt", "heard",
    "read", "meant",
})
# Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED = frozenset({
    "need", "needed", "speed", "indeed", "proceed", "exceed", "succeed", "feed", "seed", "bed",
    "red", "hundred", "shed", "breed", "creed", "greed", "weed", "deed", "reed",
    "united", "expected", "scheduled", "planned", "postponed", "delayed", "adjourned",
    "deferred", "rescheduled", "slated", "red", "wed", "fred", "ted", "ned", "ed",
    "armed", "advanced", "based", "related", "limited", "detailed", "interested",
})
# Prepositions that lean towards the future when nothing nearer says otherwise ("through June").
FUTURE_PREPOSITIONS = frozenset({"through", "until", "till", "by", "before"})

# Prepositions that belong to a date's span (ANNOTATION.md: on/in/at/since/until/from).
SPAN_PREPOSITIONS = ("on", "in", "at", "since", "until", "from")

# Holidays with a fixed day: (month, day). Movable feasts are computed in the grammar
# ("easter": Easter Sunday, "thanksgiving": the fourth Thursday of November).
HOLIDAYS = {
    "new year's day": (1, 1), "fourth of july": (7, 4), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "independence day": (7, 4), "halloween": (10, 31),
    "veterans day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "easter": "easter", "easter sunday": "easter",
    "good friday": "good friday", "easter monday": "easter monday", "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving",
}
