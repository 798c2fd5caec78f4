"""Dates a person types: a publication date, or the corrected value of a date claim.

The extractor's own grammar reads dates inside running text; here the whole input is one
date, written however a checker writes it ("2. Mai 2017", "02.05.2017", "May 2, 2017",
"gestern", "next Wednesday"). That is where dateparser is good: it normalizes a known
date string in many languages. It is slow to import and to set up, so it is loaded on
first use; a parser is built per call (about 15 ms), which typed input can afford.

ISO / TIMEX3 values ("2017-07-07", "2017-07", "2019-W41", "P3Y", an interval "A/B") pass
through unchanged, so an expert can always type the exact value.
"""
from __future__ import annotations

import datetime as dt
import re

from ...errors import InputError

# What a TIMEX3 value looks like (the forms factcheck emits): dates at any precision, weeks,
# quarters, halves, seasons, times, centuries/decades, durations and intervals of those.
_TIMEX_PART = (
    r"(?:\d{2,4}(?:-(?:\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?"
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)[YMWDHS]|(?:\d+|X)(?:DE|CE|Q))+"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)"
)
_TIMEX = re.compile(rf"^{_TIMEX_PART}(?:/{_TIMEX_PART})?$")


def is_timex(value: str) -> bool:
    return bool(_TIMEX.match(value.strip()))


def _parser(languages: list[str], base: dt.datetime):
    from dateparser.date import DateDataParser

    # Day-month-year unless the article is English: "02.05.2017" is the 2nd of May in German.
    order = "MDY" if languages[0] == "en" else "DMY"
    return DateDataParser(languages=languages, settings={
        "DATE_ORDER": order, "RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"})


def parse_typed_date(text: str, lang: str | None = None, base: dt.date | None = None,
                     day_only: bool = False) -> str:
    """The ISO value of a date typed by a person; InputError with a hint when it is no date.

    lang: the article's language, tried first (German and English are always tried).
    base: what relative input ("gestern", "next Wednesday") counts from; default today.
    day_only: demand a full calendar day (a publication date), returned as YYYY-MM-DD.
    """
    raw = " ".join((text or "").split())
    if not raw:
        raise InputError("no date given")
    if is_timex(raw) and (not day_only or re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw)):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            try:
                dt.date.fromisoformat(raw)
            except ValueError:
                raise InputError(f"{raw!r} is not a calendar date") from None
        return raw
    langs = list(dict.fromkeys([lang or "de", "de", "en"]))
    base_dt = dt.datetime.combine(base or dt.date.today(), dt.time(0, 0))
    data = _parser(langs, base_dt).get_date_data(raw)
    if data is None or data.date_obj is None:
        raise InputError(f"cannot read {raw!r} as a date: try YYYY-MM-DD or e.g. '2. Mai 2017'")
    d = data.date_obj
    period = data.period or "day"
    if day_only and period != "day":
        raise InputError(f"{raw!r} is not a single day: give the day, e.g. {d.date().isoformat()}")
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if period == "week":
        y, w, _ = d.date().isocalendar()
        return f"{y:04d}-W{w:02d}"
    if "time" in (data.parts or ()) and not day_only:
        return f"{d.date().isoformat()}T{d.hour:02d}:{d.minute:02d}"
    return d.date().isoformat()
