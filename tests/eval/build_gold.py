#!/usr/bin/env python3
"""Turn hand annotations (<id>.ann.json) into scorer gold files (<id>.gold.json).

An annotator writes each claim by its verbatim text, not by offsets: offsets typed by hand are
the commonest annotation error. This script finds the text (the Nth occurrence, default the
first) and writes `start`/`end` (and `content_start`/`content_end` for attributions, searched
inside the claim's span) in the format `../shared/eval/score.py` reads (see ANNOTATION.md).

    python tests/eval/build_gold.py tests/eval/CORPUS        # every <id>.ann.json there

<id>.ann.json: {"claims": [{"type": "DATE", "text": "am 7. Juli", "occurrence": 1,
"value": "2017-07-07", "kind": "date"}, {"type": "ATTRIBUTION", "text": "...", "source": "...",
"source_text": "...", "cue": "...", "content": "...", "mode": "indirect", "act": "assert"}, ...]}
The corpus folder's index.json gives each text's id, file, language and published date.
"""
import json
import sys
from pathlib import Path

TYPES = {"DATE": ("value",), "NUMBER": ("value",), "ATTRIBUTION": ("source", "content")}


def locate(haystack: str, needle: str, occurrence: int, offset: int = 0) -> int:
    pos = offset - 1
    for _ in range(occurrence):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def build(corpus: Path, doc: dict) -> int:
    ann_path = corpus / f"{doc['id']}.ann.json"
    if not ann_path.exists():
        return 0
    text = (corpus / doc["file"]).read_text(encoding="utf-8")
    claims, errors = [], []
    for i, c in enumerate(json.loads(ann_path.read_text(encoding="utf-8"))["claims"]):
        c = dict(c)
        where = f"{ann_path.name} claim {i} ({c.get('text', '')[:40]!r})"
        if c.get("type") not in TYPES:
            errors.append(f"{where}: type must be one of {sorted(TYPES)}")
            continue
        missing = [k for k in TYPES[c["type"]] if k not in c]
        if missing:
            errors.append(f"{where}: missing {missing}")
            continue
        start = locate(text, c["text"], int(c.pop("occurrence", 1)))
        if start < 0 or not c["text"]:
            errors.append(f"{where}: text not found")
            continue
        c["start"], c["end"] = start, start + len(c["text"])
        if c["type"] == "ATTRIBUTION" and c.get("content"):
            cs = text.find(c["content"], start, c["end"])
            if cs < 0:
                errors.append(f"{where}: content not inside the claim text")
                continue
            c["content_start"], c["content_end"] = cs, cs + len(c["content"])
        claims.append(c)
    if errors:
        raise SystemExit("\n".join(errors))
    claims.sort(key=lambda c: (c["start"], c["end"]))
    gold = {"id": doc["id"], "language": doc["language"], "published": doc.get("published"),
            "file": doc["file"], "claims": claims}
    (corpus / f"{doc['id']}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(claims)


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    corpus = Path(argv[0])
    total = 0
    for doc in json.loads((corpus / "index.json").read_text(encoding="utf-8")):
        total += build(corpus, doc)
    print(f"{corpus}: {total} gold claims written")


if __name__ == "__main__":
    main(sys.argv[1:])
