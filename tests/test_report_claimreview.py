"""schema.org ClaimReview JSON-LD: Google's required fields, the rating scales, shortening."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from factcheck.report import render
from factcheck.report.claimreview import MAX_CLAIM_CHARS, shorten

from .test_report_data import ARTICLE_URL, NOW, sample_bundle, settings

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def problems(review: dict) -> list[str]:
    """What Google's Fact Check markup requires of one ClaimReview, as a list of failures."""
    bad = []

    def need(cond, what):
        if not cond:
            bad.append(what)

    need(review.get("@context") in ("https://schema.org", "http://schema.org", "https://schema.org/"), "@context")
    need(review.get("@type") == "ClaimReview", "@type")
    need(isinstance(review.get("url"), str) and review["url"], "url")
    cr = review.get("claimReviewed")
    need(isinstance(cr, str) and 0 < len(cr) < 75, "claimReviewed under 75 characters")
    rating = review.get("reviewRating") or {}
    need(rating.get("@type") == "Rating", "reviewRating @type")
    for k in ("ratingValue", "bestRating", "worstRating"):
        need(isinstance(rating.get(k), int), f"reviewRating.{k}")
    if all(isinstance(rating.get(k), int) for k in ("ratingValue", "bestRating", "worstRating")):
        need(rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"], "ratingValue within the scale")
        need(rating["worstRating"] < rating["bestRating"], "bestRating above worstRating")
    need(isinstance(rating.get("alternateName"), str) and rating["alternateName"], "reviewRating.alternateName")
    author = review.get("author") or {}
    need(author.get("@type") in ("Organization", "Person") and author.get("name"), "author")
    need(isinstance(review.get("datePublished"), str) and ISO_DATE.match(review["datePublished"]), "datePublished")
    item = review.get("itemReviewed") or {}
    need(item.get("@type") == "Claim", "itemReviewed @type")
    ia = item.get("author") or {}
    need(ia.get("@type") in ("Organization", "Person") and ia.get("name"), "itemReviewed.author")
    need(isinstance(item.get("datePublished"), str) and ISO_DATE.match(item["datePublished"]), "itemReviewed.datePublished")
    app = item.get("appearance") or {}
    need(app.get("@type") == "CreativeWork" and str(app.get("url", "")).startswith(("http://", "https://")),
         "itemReviewed.appearance")
    return bad


def reviews(**kw) -> list[dict]:
    return json.loads(render("claimreview", sample_bundle(), settings(**kw), now=NOW))


def test_one_review_per_rated_claim_with_every_required_field():
    out = reviews()
    assert len(out) == 3  # the unchecked claim has none
    for r in out:
        assert problems(r) == [], r
        assert r["author"] == {"@type": "Organization", "name": "Faktencheck-Redaktion", "url": "https://factcheck.example.org/"}
        assert r["itemReviewed"]["datePublished"] == "2017-05-02"
        assert r["itemReviewed"]["appearance"]["url"] == ARTICLE_URL
        assert r["url"].startswith("https://factcheck.example.org/#claim-")
    summit, white_house, dead = out
    assert summit["claimReviewed"].startswith("…") and "am 7. und 8. Juli" in summit["claimReviewed"]
    assert summit["datePublished"] == "2026-11-24"
    assert summit["itemReviewed"]["author"] == {"@type": "Organization", "name": "Deutsche Welle"}
    assert white_house["itemReviewed"]["author"] == {"@type": "Organization", "name": "Das Weiße Haus"}
    assert white_house["claimReviewed"] == 'das Telefongespräch als "sehr gut"'
    assert "hunderttausend Toten" in dead["claimReviewed"]


def test_default_scale_ratings():
    by_label = {r["reviewRating"]["alternateName"]: r["reviewRating"] for r in reviews()}
    assert by_label["Verified"] == {"@type": "Rating", "ratingValue": 4, "bestRating": 4, "worstRating": 1, "alternateName": "Verified"}
    assert by_label["Unverifiable"]["ratingValue"] == 3
    assert by_label["Disputed"]["ratingValue"] == 2


def test_german_scale_ratings():
    out = reviews(rating_scale="de")
    ratings = [(r["reviewRating"]["alternateName"], r["reviewRating"]["ratingValue"]) for r in out]
    assert ratings == [("richtig", 7), ("unbelegt", 5), ("teilweise falsch", 4)]
    assert all(r["reviewRating"]["bestRating"] == 7 and r["reviewRating"]["worstRating"] == 1 for r in out)


def test_english_scale_and_verdicts_recorded_on_another_scale():
    b = sample_bundle()
    b["claims"][0]["verdict"] = "groesstenteils_falsch"  # recorded on the German scale
    b["claims"][1]["verdict"] = "false"
    out = json.loads(render("claimreview", b, settings(rating_scale="en"), now=NOW))
    got = {r["reviewRating"]["alternateName"]: r["reviewRating"]["ratingValue"] for r in out}
    assert got == {"mostly false": 2, "false": 1, "unproven": 5}
    # on the four-step default scale the German verdict shows through its base verdict
    out = json.loads(render("claimreview", b, settings(), now=NOW))
    assert sorted(r["reviewRating"]["alternateName"] for r in out) == ["False", "False", "Unverifiable"]


def test_user_defined_scale_from_config(tmp_path, monkeypatch):
    from factcheck.config import load_settings

    cfg = tmp_path / "config.toml"
    cfg.write_text(
        'rating_scale = "simple"\nauthor_name = "Team"\n'
        "[rating_scales.simple]\n"
        'ratings = [{key = "correct", label = "Correct"}, {key = "misleading", label = "Misleading"}, '
        '{key = "wrong", label = "Wrong"}]\n',
        encoding="utf-8",
    )
    s = load_settings(cfg)
    b = sample_bundle()
    b["claims"][0]["verdict"] = "correct"
    b["claims"][2]["verdict"] = "wrong"
    out = json.loads(render("claimreview", b, s, now=NOW))
    got = [(r["reviewRating"]["alternateName"], r["reviewRating"]["ratingValue"], r["reviewRating"]["bestRating"],
            r["reviewRating"]["worstRating"]) for r in out]
    assert got == [("Correct", 3, 3, 1), ("Wrong", 1, 3, 1), ("Misleading", 2, 3, 1)]
    assert all(problems(r) == [] for r in out)
    # without author_url / review_url the review's url is relative to the page it is embedded in
    assert out[0]["url"] == "#claim-" + b["claims"][0]["claim"]["id"] and "url" not in out[0]["author"]


def test_review_url_setting_and_missing_publication_date():
    s = settings()
    s.extra["review_url"] = "https://factcheck.example.org/checks/dw-g20"
    b = sample_bundle(published=None)
    out = json.loads(render("claimreview", b, s, now=NOW))
    assert out[0]["url"] == "https://factcheck.example.org/checks/dw-g20#claim-" + out[0]["url"].split("#claim-")[1]
    assert "datePublished" not in out[0]["itemReviewed"]  # unknown is left out, not invented


def test_review_date_falls_back_to_today():
    b = sample_bundle()
    for c in b["claims"]:
        c["updated"] = ""
    out = json.loads(render("claimreview", b, settings(), now=dt.datetime(2027, 1, 2, tzinfo=dt.timezone.utc)))
    assert {r["datePublished"] for r in out} == {"2027-01-02"}


@pytest.mark.parametrize("focus_word", ["Kremlchef", "Juli", "treffen."])
def test_shorten_keeps_the_claim_in_view(focus_word):
    text = ("Kremlchef Wladimir Putin und US-Präsident Donald Trump wollen sich am Rande des G20-Gipfels "
            "am 7. und 8. Juli in Hamburg erstmals persönlich treffen.")
    i = text.index(focus_word)
    out = shorten(text, (i, i + len(focus_word)))
    assert len(out) <= MAX_CLAIM_CHARS
    assert focus_word in out
    inner = out.strip("…")
    assert inner in text and text.index(inner) >= 0
    # cut at word boundaries only
    start = text.index(inner)
    assert start == 0 or text[start - 1] == " "
    end = start + len(inner)
    assert end == len(text) or text[end] == " "


def test_shorten_short_and_huge():
    assert shorten("  kurz  und\nbündig ") == "kurz und bündig"
    huge = shorten("x" * 500)
    assert len(huge) == MAX_CLAIM_CHARS and huge.endswith("…")
