"""Rating scales: the built-in scales, mapping between them, scales defined in config.toml."""
from __future__ import annotations

import pytest

from factcheck.config import load_settings
from factcheck.errors import InputError
from factcheck.model import BASE_VERDICTS
from factcheck.report.ratings import all_rating_keys, get_scale, label_for


def test_builtin_scales():
    de = get_scale("de")
    assert [r.label for r in de.ratings] == ["richtig", "größtenteils richtig", "unbelegt", "teilweise falsch",
                                              "fehlender Kontext", "größtenteils falsch", "falsch"]
    assert (de.best, de.worst) == (7, 1)
    en = get_scale("en")
    assert [r.label for r in en.ratings] == ["true", "mostly true", "unproven", "half true", "missing context",
                                              "mostly false", "false"]
    default = get_scale("default")
    assert sorted(default.keys()) == sorted(v for v in BASE_VERDICTS if v != "unchecked")
    assert get_scale(None).name == "default"


@pytest.mark.parametrize("scale,expected", [
    ("de", {"verified": "richtig", "false": "falsch", "unverifiable": "unbelegt", "disputed": "teilweise falsch"}),
    ("en", {"verified": "true", "false": "false", "unverifiable": "unproven", "disputed": "half true"}),
    ("default", {"verified": "Verified", "false": "False", "unverifiable": "Unverifiable", "disputed": "Disputed"}),
])
def test_base_verdicts_map_onto_every_scale(scale, expected):
    s = get_scale(scale)
    got = {v: s.resolve(v).label for v in expected}
    assert got == expected
    assert s.resolve("verified").value == s.best
    assert s.resolve("false").value == s.worst
    assert s.resolve("unchecked") is None and s.resolve("") is None and s.resolve("nonsense") is None


def test_verdicts_cross_between_scales():
    assert get_scale("en").resolve("fehlender_kontext").label == "missing context"
    assert get_scale("de").resolve("mostly_true").label == "größtenteils richtig"
    assert get_scale("default").resolve("groesstenteils_richtig").label == "Verified"
    assert get_scale("default").resolve("fehlender_kontext").label == "Disputed"


def test_labels_keep_the_scale_a_verdict_was_recorded_on():
    default = get_scale("default")
    assert label_for("fehlender_kontext", default) == ("fehlender Kontext", "mixed")
    assert label_for("verified", get_scale("de")) == ("richtig", "good")
    assert label_for("falsch", default) == ("falsch", "bad")
    assert label_for("unchecked", default) == ("unchecked", "none")
    assert label_for("whatever", default) == ("whatever", "unknown")


def test_all_rating_keys_covers_every_scale():
    keys = all_rating_keys()
    for k in ("unchecked", "verified", "disputed", "false", "unverifiable", "richtig", "groesstenteils_richtig",
              "unbelegt", "teilweise_falsch", "fehlender_kontext", "groesstenteils_falsch", "falsch", "true",
              "mostly_true", "unproven", "half_true", "missing_context", "mostly_false"):
        assert k in keys
    assert len(keys) == len(set(keys))


def write_config(tmp_path, body: str):
    p = tmp_path / "config.toml"
    p.write_text(body, encoding="utf-8")
    return load_settings(p)


def test_user_scale_in_config(tmp_path):
    s = write_config(tmp_path, """
rating_scale = "ampel"
[rating_scales.ampel]
ratings = [
  { key = "gruen", label = "grün" },
  { key = "gelb", label = "gelb", base = "unverifiable" },
  { key = "rot", label = "rot", value = 0 },
]
map = { disputed = "gelb" }
""")
    scale = get_scale(None, s)
    assert scale.name == "ampel"
    assert [(r.key, r.value, r.base) for r in scale.ratings] == [("gruen", 3, "verified"), ("gelb", 2, "unverifiable"),
                                                                  ("rot", 0, "false")]
    assert (scale.best, scale.worst) == (3, 0)
    assert scale.resolve("verified").key == "gruen"
    assert scale.resolve("disputed").key == "gelb"
    assert scale.resolve("false").key == "rot"
    assert scale.resolve("unverifiable").key == "gelb"
    assert scale.resolve("falsch").key == "rot"  # from the German scale through its base verdict
    assert {"gruen", "gelb", "rot"} <= set(all_rating_keys(s))


def test_user_scales_in_the_config_file_count_as_verdicts(tmp_path, monkeypatch):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[rating_scales.x]\nratings = ["gut", "schlecht"]\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(cfg))
    assert {"gut", "schlecht"} <= set(all_rating_keys())
    cfg.write_text("not = [valid toml", encoding="utf-8")
    assert "richtig" in all_rating_keys()  # a broken config leaves the built-in keys


@pytest.mark.parametrize("body,message", [
    ('[rating_scales.x]\nratings = ["one"]\n', "at least two"),
    ('[rating_scales.x]\nratings = ["a", "A b"]\n', "bad key"),
    ('[rating_scales.x]\nratings = ["a", "a"]\n', "unique"),
    ('[rating_scales.x]\nratings = [{key = "a", base = "maybe"}, "b"]\n', "base"),
    ('[rating_scales.x]\nratings = [{key = "a", value = "high"}, "b"]\n', "integer"),
    ('[rating_scales.x]\nratings = ["a", "b"]\nmap = { verified = "c" }\n', "map"),
    ('rating_scales = 3\n', "table"),
])
def test_bad_user_scales_are_one_line_errors(tmp_path, body, message):
    s = write_config(tmp_path, body)
    with pytest.raises(InputError, match=message) as e:
        get_scale("x", s)
    assert "\n" not in str(e.value)


def test_unknown_scale_names_the_known_ones():
    with pytest.raises(InputError, match="unknown rating scale 'fr'.*de, default, en"):
        get_scale("fr")


def test_step_by_step_mapping_needs_the_same_bases(tmp_path):
    # four steps like the default scale, but not the same meanings per step
    s = write_config(tmp_path, '[rating_scales.vier]\nratings = ["korrekt", "irrefuehrend", "teils_falsch", "falsch_"]\n')
    scale = get_scale("vier", s)
    assert scale.resolve("unverifiable").key == "teils_falsch"  # no unverifiable step: the middle one
    assert scale.resolve("disputed").key == "irrefuehrend"
    assert scale.resolve("richtig").key == "korrekt"
    assert scale.resolve("fehlender_kontext").key == "irrefuehrend"  # through its base verdict, not its position
