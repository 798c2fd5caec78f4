"""Dates a person types (a publication date, a corrected claim value) become ISO values."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.errors import InputError
from factcheck.extract.dates.typed import is_timex, parse_typed_date

BASE = dt.date(2017, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "typed, lang, value",
    [
        ("2. Mai 2017", "de", "2017-05-02"),
        ("02.05.2017", "de", "2017-05-02"),  # day first in German
        ("05/02/2017", "en", "2017-05-02"),  # month first in English
        ("May 2, 2017", "en", "2017-05-02"),
        ("7. Juli 2017", None, "2017-07-07"),
        ("gestern", "de", "2017-05-01"),
        ("yesterday", "en", "2017-05-01"),
        ("Juli 2017", "de", "2017-07"),
        ("7. Juli 2017 18:00", "de", "2017-07-07T18:00"),
        # TIMEX3 values pass through as typed
        ("2017-07-07/2017-07-08", "de", "2017-07-07/2017-07-08"),
        ("2019-W41", "de", "2019-W41"),
        ("P3Y", "de", "P3Y"),
        ("PT72H", "en", "PT72H"),
        ("2017", "de", "2017"),
        ("  2017-05-02 ", "de", "2017-05-02"),
    ],
)
def test_typed_dates(typed, lang, value):
    assert parse_typed_date(typed, lang, BASE) == value


@pytest.mark.parametrize("typed", ["", "   ", "kein Datum", "2017-02-30", "banana"])
def test_not_a_date_is_a_clear_error(typed):
    with pytest.raises(InputError):
        parse_typed_date(typed, "de", BASE)


def test_day_only_wants_a_calendar_day():
    assert parse_typed_date("2. Mai 2017", "de", BASE, day_only=True) == "2017-05-02"
    with pytest.raises(InputError, match="single day"):
        parse_typed_date("Mai 2017", "de", BASE, day_only=True)
    with pytest.raises(InputError):
        parse_typed_date("2017-05", "de", BASE, day_only=True)


def test_is_timex():
    assert is_timex("2017-07-07") and is_timex("2017-SU") and is_timex("2023-Q3") and is_timex("19")
    assert not is_timex("7. Juli") and not is_timex("2017-07-07/") and not is_timex("P")
