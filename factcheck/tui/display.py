"""How claims read in the table and the detail pane: plain strings, no Textual.

Everything shown here may come from a stranger's article; it is returned as plain text and
the widgets wrap it in rich Text objects (never markup), so "[bold]" shows as typed.
"""
from __future__ import annotations

import datetime as dt

from ..errors import FactcheckError
from ..extract.dates.typed import parse_typed_date
from ..model import Claim, ClaimRecord
from ..store.errors import WorkspaceLocked
from ..textsafe import clean_line, short

TYPE_SHORT = {"date": "date", "number": "num", "attribution": "attr"}
VERDICT_LABEL = {
    "unchecked": "·",
    "verified": "verified",
    "disputed": "disputed",
    "false": "false",
    "unverifiable": "unverif.",
}


def one_line(text: str | None, width: int | None = None) -> str:
    """Text on one line (control characters and newlines removed), cut to `width` with an ellipsis."""
    return clean_line(text) if width is None else short(text, width)


def format_number(v) -> str:
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}".replace(",", " ")
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return f"{int(v):,}".replace(",", " ")
        return f"{v:,.6g}".replace(",", " ")
    return str(v)


def value_text(claim: Claim) -> str:
    """The normalized value (dates, numbers) or the source (attributions), on one line."""
    if claim.type == "attribution":
        src = claim.source or claim.source_text or "?"
        return one_line(f"{src} ({claim.cue})" if claim.cue else src)
    v = claim.value
    if v is None:
        return "—"
    if claim.type == "number":
        if isinstance(v, dict):
            lo, hi = v.get("min"), v.get("max")
            if lo is not None and hi is not None:
                s = f"{format_number(lo)}–{format_number(hi)}"
            elif lo is not None:
                s = f"≥{format_number(lo)}"
            elif hi is not None:
                s = f"≤{format_number(hi)}"
            else:
                s = "?"
        else:
            s = format_number(v)
        if claim.approx:
            s = "≈" + s
        if claim.unit:
            s += f" {claim.unit}"
        return one_line(s)
    s = str(v)
    if claim.mod:
        s += f" ({claim.mod.lower()})"
    return one_line(s)


def verdict_label(verdict: str) -> str:
    return VERDICT_LABEL.get(verdict, verdict)


def table_row(rec: ClaimRecord) -> tuple[str, str, str, str, str, str]:
    """id, type, text, value/source, verdict, evidence count: the claims table's cells.

    The id is the store's whole claim id, as `factcheck list` prints it and every command takes
    it, so it can be copied into a script; a claim added by hand is marked in the type cell."""
    c = rec.claim
    verdict = verdict_label(rec.verdict)
    if rec.dismissed:
        verdict = "dismissed"
    ev = str(len(rec.evidence)) if rec.evidence else ""
    if any(e.flag in BAD_FLAGS for e in rec.evidence):
        ev += "!"  # a dead, changed or failed link: seen in the table without opening the claim
    marker = "+" if rec.origin == "user" else ""
    return (c.id, TYPE_SHORT.get(c.type, c.type) + marker, one_line(c.text, 200), value_text(c), verdict, ev)


BAD_FLAGS = ("dead", "changed", "error")


def evidence_status(ev) -> str:
    """A short status for an evidence link: checking…, 200 ok, 404 dead, error: …"""
    if ev.flag == "checking":
        return "checking…"
    if ev.error:  # the flag first: "dead: HTTP 404 Not Found", "error: timeout"
        flag = ev.flag if ev.flag in ("dead", "changed") else "error"
        return f"{flag}: {one_line(ev.error, 60)}"
    if ev.status is None and not ev.checked_at:
        return "not checked"
    parts = []
    if ev.status is not None:
        parts.append(str(ev.status))
    if ev.flag:
        parts.append(ev.flag)
    return " ".join(parts) or "checked"


def change_line(ch) -> str:
    at = (ch.at or "")[:19].replace("T", " ")
    if ch.field == "evidence" and (isinstance(ch.old, dict) or isinstance(ch.new, dict)):
        # the store logs links as {url, quote, stance}: say what happened rather than "url → url"
        url = one_line(_short(ch.new if isinstance(ch.new, dict) else ch.old), 60)
        if ch.old is None or ch.new is None:
            return f"{at}  link {'added' if ch.old is None else 'removed'}: {url}"
        new = ch.new if isinstance(ch.new, dict) else {}
        if "archive_url" in new and new.get("archive_url"):
            return f"{at}  link archived: {url}"
        if any(k in new for k in ("status", "flag", "error", "checked_at")):
            result = " ".join(str(new[k]) for k in ("status", "flag") if new.get(k) is not None)
            if new.get("error"):
                result = "error"
            return f"{at}  link checked: {url}" + (f" → {one_line(result, 30)}" if result else "")
        return f"{at}  link changed: {url}"
    old = one_line(_short(ch.old), 30)
    new = one_line(_short(ch.new), 30)
    return f"{at}  {ch.field}: {old} → {new}"


def _short(v) -> str:
    if v is None or v == "":
        return "∅"
    if isinstance(v, dict) and "url" in v:
        return str(v["url"])
    return str(v)


def parse_value(type_: str, raw: str, lang: str | None = None, published: str | None = None):
    """A corrected value typed by the user: numbers become int/float; dates become ISO/TIMEX3
    values however they are typed ("7. Juli 2017", "02.05.2017", "gestern" counted from the
    publication date); InputError when a date cannot be read."""
    raw = raw.strip()
    if not raw:
        return None
    if type_ == "date":
        base = dt.date.fromisoformat(published) if published else None
        return parse_typed_date(raw, lang, base)
    if type_ == "number":
        s = raw.replace(" ", "").replace("\u202f", "")
        if "," in s and "." not in s:
            s = s.replace(",", ".")
        try:
            f = float(s)
        except ValueError:
            return raw
        return int(f) if f.is_integer() and "." not in s else f
    return raw


BUSY = "workspace busy (another factcheck is writing), try again"


def error_text(e: Exception) -> str:
    """One line for the user: our own errors as they are, anything else named as internal."""
    if isinstance(e, WorkspaceLocked):  # the store's text names the file and the timeout: too long here
        return BUSY
    if isinstance(e, FactcheckError):
        return one_line(str(e), 300)
    return one_line(f"internal error: {type(e).__name__}: {e}", 300)
