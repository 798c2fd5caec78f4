"""Language-neutral normalization of date expressions to ISO 8601 / TIMEX3 values.

The per-language grammars (de.py, en.py) find an expression and read its parts (day, month,
year, weekday, unit, direction); the functions here turn those parts into values against an
anchor date. Direction is decided by the grammar from modifiers and tense: -1 past, +1 future,
0 "this" (the one containing the anchor).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNIT_CODES = {  # duration designators: P3Y, P2M, P1W, P4D, PT72H, PT30M
    "year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
    "quarter": "Q", "hour": "H", "minute": "M", "second": "S",
}
TIME_UNITS = {"hour", "minute", "second"}


def iso_year(year: int) -> str:
    return f"{year:04d}"


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_at(d: dt.date, precision: str) -> str:
    """d written to a precision: day 2017-07-07, month 2017-07, year 2017."""
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return iso_month(d.year, d.month)
    if precision == "year":
        return iso_year(d.year)
    raise ValueError(precision)


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def iso_weekend(d: dt.date) -> str:
    """The weekend of d's ISO week (TIMEX3: 2017-W18-WE)."""
    return iso_week(d) + "-WE"


def interval(a: str, b: str) -> str:
    return f"{a}/{b}"


def duration(amount: float | int | None, unit: str) -> str:
    """P3Y, P6M, PT72H; amount None gives the TIMEX3 vague form PXY."""
    code = UNIT_CODES[unit]
    n = "X" if amount is None else (str(int(amount)) if float(amount).is_integer() else str(amount))
    return f"PT{n}{code}" if unit in TIME_UNITS else f"P{n}{code}"


def time_of_day(d: dt.date, hour: int, minute: int = 0) -> str:
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}"


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday (0 = Monday) nearest the anchor in the given direction.

    direction -1: the most recent such day, the anchor itself counting (a past-tense clause);
    +1: the next such day, the anchor itself counting ("an diesem Mittwoch" said on a Wednesday);
    0: the one in the anchor's ISO week.
    """
    delta = weekday - anchor.weekday()
    if direction < 0:
        return anchor + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return anchor + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + dt.timedelta(days=delta)


def year_with_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest `year` (itself, then the one before, then the one after) in which the
    day falls on the weekday (0 = Monday); `year` when none does or the day does not exist."""
    for cand in (year, year - 1, year + 1):
        try:
            if dt.date(cand, month, day).weekday() == weekday:
                return cand
        except ValueError:
            break
    return year


def month_year(anchor: dt.date, month: int, direction: int) -> int:
    """The year of a year-less month: the anchor's year, or the next/previous year when the
    direction says the month lies after/before the anchor and it does not in this year."""
    if direction > 0 and month < anchor.month:
        return anchor.year + 1
    if direction < 0 and month > anchor.month:
        return anchor.year - 1
    return anchor.year


def shift(anchor: dt.date, amount: int, unit: str) -> dt.date:
    """anchor moved by amount units (negative: into the past); months clamp to the month end."""
    if unit == "day":
        return anchor + dt.timedelta(days=amount)
    if unit == "week":
        return anchor + dt.timedelta(weeks=amount)
    if unit in ("month", "quarter"):
        months = amount * (3 if unit == "quarter" else 1)
        m = anchor.month - 1 + months
        y, m = anchor.year + m // 12, m % 12 + 1
        last = [31, 29 if _leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return dt.date(y, m, min(anchor.day, last))
    if unit == "year":
        try:
            return anchor.replace(year=anchor.year + amount)
        except ValueError:  # 29 February
            return anchor.replace(year=anchor.year + amount, day=28)
    if unit == "decade":
        return shift(anchor, 10 * amount, "year")
    raise ValueError(unit)


def relative_value(anchor: dt.date, amount: int, unit: str) -> str:
    """The value of "vergangene Woche" (unit week, -1), "im Vorjahr" (year, -1), "morgen" (day, +1):
    the calendar unit `amount` units from the anchor, at that unit's precision."""
    d = shift(anchor, amount, unit)
    if unit in ("day", "month", "year"):
        return iso_at(d, unit)
    if unit == "week":
        return iso_week(d)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "decade":
        return decade(d.year)
    raise ValueError(unit)


def season(year: int, name: str) -> str:
    return f"{year:04d}-{SEASONS[name]}"


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


@dataclass
class Anchor:
    """The date relative expressions resolve against.

    With a publication date, that date. Without one (a history text), the last absolute date
    mentioned before the expression: call `note()` with each absolute date found, in text order.
    """

    published: dt.date | None
    last: dt.date | None = None
    # how much of `last` the text gave: "day", "month" or "year" (a bare "1939" notes 1939-01-01)
    precision: str = "day"
    # the last date mentioned in the text even when there is a publication date: "am folgenden
    # Tag", "Vortags" and "desselben Jahres" refer to it, not to the publication date
    mentioned: dt.date | None = None

    def note(self, d: dt.date, precision: str = "day") -> None:
        self.last = d
        self.mentioned = d
        self.precision = precision

    @property
    def date(self) -> dt.date | None:
        return self.published or self.last

    @property
    def from_text(self) -> bool:
        return self.published is None and self.last is not None

    @property
    def text_date(self) -> dt.date | None:
        """The last date the text mentioned, else the publication date."""
        return self.mentioned or self.published


def quarter(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def half_year(year: int, h: int) -> str:
    return f"{year:04d}-H{h}"


def bc_year(year: int, month: int | None = None, day: int | None = None) -> str:
    """Year (month, day) `year` before the common era: BC0264, BC0264-07, BC0264-07-07."""
    return f"BC{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def century(n: int, bc: bool = False) -> str:
    """The n-th century as TIMEX3: the 20th century is '19' (the years 19xx)."""
    return f"BC{n - 1:02d}" if bc else f"{n - 1:02d}"


def decade(year: int) -> str:
    """The decade starting at `year` (1940 -> '194')."""
    return f"{year // 10:03d}"


def duration_parts(amount: float, unit: str) -> str:
    """Like duration(), but a half unit is written in the next smaller one: 1.5 years is P1Y6M,
    1.5 hours PT1H30M (TIMEX3 has no fractions)."""
    if amount is not None and not float(amount).is_integer():
        whole, frac = int(amount), amount - int(amount)
        smaller = {"century": ("decade", 10), "decade": ("year", 10), "year": ("month", 12), "month": ("day", 30), "week": ("day", 7),
                   "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}.get(unit)
        if smaller and float(frac * smaller[1]).is_integer():
            head = duration(whole, unit) if whole else ""
            tail = duration(frac * smaller[1], smaller[0])
            if not head:
                return tail
            if smaller[0] in TIME_UNITS and unit not in TIME_UNITS:
                return head + tail[1:]  # P1D + PT12H -> P1DT12H
            return head + tail.lstrip("PT")
    return duration(amount, unit)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def season_year(anchor: dt.date, name: str, direction: int) -> int:
    """The year of a year-less season: a past-tense summer mentioned in spring is last year's."""
    start = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[name]
    if direction < 0 and start > anchor.month:
        return anchor.year - 1
    if direction > 0 and start + 2 < anchor.month and name != "winter":
        return anchor.year + 1
    return anchor.year
