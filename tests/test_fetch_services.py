"""Earlier fact-checks (Fact Check Tools claims:search) and Wayback saves, against the local server."""
from __future__ import annotations

import pytest

from factcheck.config import Settings, load_settings
from factcheck.fetch import FetchError, archive, review_to_evidence, search_factchecks

from .httpserver import local_server  # noqa: F401 (fixture)


def settings(srv, **kw) -> Settings:
    base = dict(allow_private_hosts=True, request_deadline=2.0, factcheck_api_key="test-key",
                factcheck_api_url=srv.url("/factchecks"), wayback_url=srv.url("/save/"))
    base.update(kw)
    return Settings(**base)


def test_off_without_a_key(local_server):
    before = local_server.hits.get("/factchecks", 0)
    assert search_factchecks("Brücke", settings(local_server, factcheck_api_key=None)) == []
    assert local_server.hits.get("/factchecks", 0) == before


def test_key_and_endpoint_from_the_environment(local_server, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_KEY", "test-key")
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_URL", local_server.url("/factchecks"))
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    assert len(search_factchecks("Die Brücke kostet", load_settings())) == 2


def test_reviews_are_parsed_and_cleaned(local_server):
    reviews = search_factchecks("Die Brücke kostet 12 Millionen", settings(local_server), lang="de")
    assert local_server.httpd.last_factcheck_query["languageCode"] == "de"
    assert local_server.httpd.last_factcheck_query["query"] == "Die Brücke kostet 12 Millionen"
    first, second = reviews
    assert first.publisher == "Faktenfinder" and first.rating == "Größtenteils richtig"
    assert first.url == "https://faktenfinder.example/bruecke" and first.date == "2023-05-03"
    assert first.claimant == "Maria Beispiel" and first.claim_text == "Die Brücke kostet 12 Millionen Euro"
    assert second.publisher == "checker.example" and second.rating == "Falsch"  # escape sequence gone
    assert second.date == "2023-05-01"  # no review date: the claim's date


def test_no_matches(local_server):
    assert search_factchecks("Mondlandung", settings(local_server)) == []


def test_bad_key_names_the_problem_but_never_the_key(local_server):
    with pytest.raises(FetchError) as ei:
        search_factchecks("Brücke", settings(local_server, factcheck_api_key="wrong-secret"))
    msg = str(ei.value)
    assert "API key not valid" in msg and "HTTP 400" in msg
    assert "wrong-secret" not in msg


def test_service_down(local_server):
    with pytest.raises(FetchError, match="Fact Check Tools API: HTTP 404"):
        search_factchecks("Brücke", settings(local_server, factcheck_api_url=local_server.url("/nope")))
    with pytest.raises(FetchError, match="not JSON"):
        search_factchecks("Brücke", settings(local_server, factcheck_api_url=local_server.url("/article")))


def test_review_as_evidence(local_server):
    review = search_factchecks("Brücke", settings(local_server))[0]
    ev = review_to_evidence(review)
    assert ev.url == review.url
    assert ev.title.startswith("Faktenfinder: Größtenteils richtig")
    assert ev.added


def test_wayback_save_returns_the_snapshot_without_downloading_it(local_server):
    url = "https://zeitung.example/artikel?id=5"
    got = archive(url, settings(local_server))
    assert got == local_server.url(f"/web/20240102030405/{url}")
    assert not any(p.startswith("/web/") for p, _ in local_server.requests)


def test_wayback_failures(local_server):
    with pytest.raises(FetchError, match="rate-limiting"):
        archive("https://zeitung.example/ratelimit", settings(local_server))
    with pytest.raises(FetchError, match="did not say where the snapshot is"):
        archive("https://zeitung.example/nolocation", settings(local_server))
    with pytest.raises(FetchError, match="only http and https"):
        archive("ftp://zeitung.example/x", settings(local_server))
