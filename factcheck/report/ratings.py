"""Rating scales: the verdict vocabularies reports (and ClaimReview) publish.

A scale is data: an ordered list of ratings, best first, each with a `key` (what the store
keeps as a claim's verdict), a `label` (what a reader sees), a numeric `value` (ClaimReview's
ratingValue) and the `base` verdict it corresponds to (verified / disputed / false /
unverifiable), which is how a verdict recorded on one scale is shown on another.

Built in: "default" (the four base verdicts), "de" (the German seven-step scale) and "en"
(its English counterpart). Users define more in config.toml:

    [rating_scales.simple]
    ratings = [
      { key = "correct", label = "Correct", base = "verified" },
      { key = "misleading", label = "Misleading", base = "disputed" },
      { key = "wrong", label = "Wrong", base = "false" },
    ]

Ratings are listed best first; `value` defaults to the position (best = number of ratings,
worst = 1) and `base` to verified for the first, false for the last and disputed between.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Verdict

BASES = (Verdict.VERIFIED.value, Verdict.DISPUTED.value, Verdict.FALSE.value, Verdict.UNVERIFIABLE.value)
UNCHECKED = Verdict.UNCHECKED.value
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class Rating:
    key: str
    label: str
    value: int
    base: str  # one of BASES

    @property
    def tone(self) -> str:
        """good | mixed | bad | unknown: what the colour and the icon of a report say."""
        return {"verified": "good", "disputed": "mixed", "false": "bad"}.get(self.base, "unknown")


@dataclass(frozen=True)
class Scale:
    name: str
    ratings: tuple[Rating, ...]  # best first
    # base verdict -> key of the rating it shows as on this scale
    base_map: dict = field(default_factory=dict)

    @property
    def best(self) -> int:
        return max(r.value for r in self.ratings)

    @property
    def worst(self) -> int:
        return min(r.value for r in self.ratings)

    def get(self, key: str) -> Rating | None:
        for r in self.ratings:
            if r.key == key:
                return r
        return None

    def keys(self) -> list[str]:
        return [r.key for r in self.ratings]

    def resolve(self, verdict: str | None, others: dict[str, "Scale"] | None = None) -> Rating | None:
        """The rating a stored verdict shows as on this scale; None for unchecked/unknown.

        A key of this scale is itself; a base verdict goes through base_map; a key of
        another scale goes to the same step when both scales run through the same base
        verdicts step by step (de <-> en), else through that rating's base verdict.
        """
        if not verdict or verdict == UNCHECKED:
            return None
        own = self.get(verdict)
        if own:
            return own
        if verdict in self.base_map:
            return self.get(self.base_map[verdict])
        for other in (others or BUILTIN_SCALES).values():
            r = other.get(verdict)
            if r is None:
                continue
            if [x.base for x in other.ratings] == [x.base for x in self.ratings]:
                return self.ratings[other.ratings.index(r)]
            return self.get(self.base_map.get(r.base, ""))
        return None


def _scale(name: str, steps: list[tuple[str, str, str]], base_map: dict[str, str]) -> Scale:
    n = len(steps)
    ratings = tuple(Rating(key, label, n - i, base) for i, (key, label, base) in enumerate(steps))
    return Scale(name, ratings, dict(base_map))


# Best first. "unverifiable" sits above "disputed": unproven is not refuted.
DEFAULT = _scale(
    "default",
    [
        ("verified", "Verified", "verified"),
        ("unverifiable", "Unverifiable", "unverifiable"),
        ("disputed", "Disputed", "disputed"),
        ("false", "False", "false"),
    ],
    {b: b for b in BASES},
)
DE = _scale(
    "de",
    [
        ("richtig", "richtig", "verified"),
        ("groesstenteils_richtig", "größtenteils richtig", "verified"),
        ("unbelegt", "unbelegt", "unverifiable"),
        ("teilweise_falsch", "teilweise falsch", "disputed"),
        ("fehlender_kontext", "fehlender Kontext", "disputed"),
        ("groesstenteils_falsch", "größtenteils falsch", "false"),
        ("falsch", "falsch", "false"),
    ],
    {"verified": "richtig", "unverifiable": "unbelegt", "disputed": "teilweise_falsch", "false": "falsch"},
)
EN = _scale(
    "en",
    [
        ("true", "true", "verified"),
        ("mostly_true", "mostly true", "verified"),
        ("unproven", "unproven", "unverifiable"),
        ("half_true", "half true", "disputed"),
        ("missing_context", "missing context", "disputed"),
        ("mostly_false", "mostly false", "false"),
        ("false", "false", "false"),
    ],
    {"verified": "true", "unverifiable": "unproven", "disputed": "half_true", "false": "false"},
)
BUILTIN_SCALES: dict[str, Scale] = {s.name: s for s in (DEFAULT, DE, EN)}


def user_scales(settings=None) -> dict[str, Scale]:
    """Scales defined in config.toml ([rating_scales.NAME]); InputError for a malformed one."""
    raw = getattr(settings, "extra", {}).get("rating_scales") if settings is not None else None
    if not raw:
        return {}
    if not isinstance(raw, dict):
        raise InputError("config: rating_scales must be a table of scales ([rating_scales.NAME])")
    return {name: _parse_scale(name, spec) for name, spec in raw.items()}


def _parse_scale(name: str, spec) -> Scale:
    where = f"config: rating scale {name!r}"
    items = spec.get("ratings") if isinstance(spec, dict) else spec
    if not isinstance(items, list) or len(items) < 2:
        raise InputError(f"{where}: needs a list 'ratings' of at least two ratings, best first")
    n = len(items)
    ratings = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            item = {"key": item}
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise InputError(f"{where}: rating {i + 1} needs a 'key'")
        key = item["key"].strip().lower()
        if not _KEY.match(key) or key == UNCHECKED:
            raise InputError(f"{where}: bad key {item['key']!r} (lower-case letters, digits, _ or -)")
        default_base = "verified" if i == 0 else "false" if i == n - 1 else "disputed"
        base = item.get("base", default_base)
        if base not in BASES:
            raise InputError(f"{where}: rating {key!r} has base {base!r}; use one of {', '.join(BASES)}")
        value = item.get("value", n - i)
        if not isinstance(value, int) or isinstance(value, bool):
            raise InputError(f"{where}: rating {key!r} needs an integer 'value'")
        ratings.append(Rating(key, str(item.get("label") or key), value, base))
    if len({r.key for r in ratings}) != n:
        raise InputError(f"{where}: keys must be unique")
    base_map = {}
    for b in BASES:
        # first rating with that base, else the nearest sensible step
        match = next((r for r in ratings if r.base == b), None)
        if match is None:
            match = {"verified": ratings[0], "false": ratings[-1]}.get(b) or ratings[n // 2]
        base_map[b] = match.key
    mapping = spec.get("map", {}) if isinstance(spec, dict) else {}
    for b, k in (mapping or {}).items():
        if b not in BASES or k not in {r.key for r in ratings}:
            raise InputError(f"{where}: bad map entry {b!r} = {k!r}")
        base_map[b] = k
    return Scale(name, tuple(ratings), base_map)


def scales(settings=None) -> dict[str, Scale]:
    return {**BUILTIN_SCALES, **user_scales(settings)}


def get_scale(name: str | None = None, settings=None) -> Scale:
    """The scale called `name` (default: settings.rating_scale); InputError for an unknown one."""
    name = name or getattr(settings, "rating_scale", None) or "default"
    found = scales(settings).get(name)
    if found is None:
        raise InputError(f"unknown rating scale {name!r}; known: {', '.join(sorted(scales(settings)))}")
    return found


def all_rating_keys(settings=None) -> list[str]:
    """Every key of every scale (the store accepts each as a verdict), plus "unchecked".

    Without settings the user's config file is read for scales defined there; a broken
    config leaves only the built-in keys (the config error surfaces elsewhere).
    """
    if settings is None:
        try:
            from ..config import load_settings

            settings = load_settings()
        except Exception:  # noqa: BLE001 - a bad config must not stop verdicts on built-in keys
            settings = None
    keys = [UNCHECKED]
    try:
        all_scales = scales(settings)
    except InputError:
        all_scales = BUILTIN_SCALES
    for s in all_scales.values():
        keys.extend(k for k in s.keys() if k not in keys)
    return keys


def label_for(verdict: str | None, scale: Scale, others: dict[str, Scale] | None = None) -> tuple[str, str]:
    """(label, tone) of a stored verdict as a report shows it on `scale`.

    A verdict recorded on another scale keeps its own label (a "fehlender Kontext" stays one
    in a report on the default scale); unchecked is ("unchecked", "none").
    """
    if not verdict or verdict == UNCHECKED:
        return ("unchecked", "none")
    others = others or BUILTIN_SCALES
    r = scale.get(verdict) or (scale.resolve(verdict) if verdict in scale.base_map else None)
    if r is None:
        for other in others.values():
            r = other.get(verdict)
            if r:
                break
    if r is None:
        r = scale.resolve(verdict, others)
    if r is None:
        return (verdict, "unknown")
    return (r.label, r.tone)
