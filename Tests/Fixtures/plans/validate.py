#!/usr/bin/env python3
"""Checks each expected file of the plan corpus against its source document.

It checks transcription, not judgement: every string a person copied out of a document must
really occur in it (white space and ASCII/full-width punctuation aside), leads must be among the
units, dates must be well formed. Usage: validate.py [DIR] — exits 1 on any problem.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

DUE = re.compile(r"^(\d{4}-\d{2}-\d{2}|ongoing|event)$")
LEVELS = {"national", "province", "city", "county", "department"}


def fold(s: str) -> str:
    """NFKC maps full-width punctuation to ASCII; white space never matters."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def occurs(needle: str, hay: str) -> bool:
    return fold(needle) in hay


def unit_occurs(unit: str, hay: str) -> bool:
    # A prefix-carried name (区科技局 from "区发展改革局、科技局") occurs without its prefix.
    u = fold(unit)
    return any(u[i:] in hay for i in range(0, max(1, len(u) - 1)))


def check(exp_path: Path) -> list[str]:
    problems = []
    src = exp_path.with_name(exp_path.name.replace(".expected.json", ".txt"))
    try:
        named = json.loads(exp_path.read_text("utf-8")).get("source")
    except json.JSONDecodeError:
        named = None
    if named:  # a document kept elsewhere in the repository (the seeds): relative to its root
        src = Path(__file__).resolve().parents[3] / named
    if not src.exists():
        return [f"{exp_path.name}: no source {src}"]
    hay = fold(src.read_bytes().decode("utf-8"))
    try:
        exp = json.loads(exp_path.read_text("utf-8"))
    except json.JSONDecodeError as e:
        return [f"{exp_path.name}: not JSON: {e}"]
    where = exp_path.name
    for key in ("issuer", "level", "domain", "year", "layout", "title", "tasks"):
        if key not in exp:
            problems.append(f"{where}: missing '{key}'")
    if exp.get("level") not in LEVELS:
        problems.append(f"{where}: level {exp.get('level')!r} is not one of {sorted(LEVELS)}")
    year = exp.get("year")
    if year is not None and not (isinstance(year, int) and 2000 <= year <= 2030):
        problems.append(f"{where}: year {year!r}")
    texts = set()
    for i, t in enumerate(exp.get("tasks", [])):
        at = f"{where} task {i + 1} ({t.get('text', '')[:12]})"
        for key in ("number", "section", "text", "units", "leads", "leader", "deadline", "due"):
            if key not in t:
                problems.append(f"{at}: missing '{key}'")
        text = t.get("text") or ""
        if len(fold(text)) < 2:
            problems.append(f"{at}: text shorter than 2 characters")
        if not occurs(text, hay):
            problems.append(f"{at}: text not in the source")
        if fold(text) in texts:
            problems.append(f"{at}: same text as an earlier task")
        texts.add(fold(text))
        for key in ("section", "deadline", "leader"):
            v = t.get(key)
            if v is not None and key != "leader" and not occurs(v, hay):
                problems.append(f"{at}: {key} {v!r} not in the source")
            if key == "leader" and v is not None:
                for name in re.split(r"[、,，]", v):
                    if not occurs(name, hay):
                        problems.append(f"{at}: leader {name!r} not in the source")
        units = t.get("units") or []
        for u in units:
            if not unit_occurs(u, hay):
                problems.append(f"{at}: unit {u!r} not in the source")
            if re.search(r"(牵头|配合|负责|参与)$", u):
                problems.append(f"{at}: unit {u!r} still carries a role word")
        for lead in t.get("leads") or []:
            if lead not in units:
                problems.append(f"{at}: lead {lead!r} is not among the units")
        due = t.get("due")
        if due is not None and not DUE.match(str(due)):
            problems.append(f"{at}: due {due!r} is not YYYY-MM-DD, ongoing or event")
        if due is not None and t.get("deadline") is None:
            problems.append(f"{at}: a due without a deadline")
    for p in exp.get("partial", []):
        if not occurs(p.get("text", ""), hay):
            problems.append(f"{where} partial ({p.get('text', '')[:12]}): text not in the source")
    return problems


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    files = sorted(folder.glob("*.expected.json")) + sorted(folder.glob("seeds/*.expected.json"))
    problems = [p for f in files for p in check(f)]
    for p in problems:
        print(p)
    tasks = sum(len(json.loads(f.read_text("utf-8")).get("tasks", [])) for f in files)
    print(f"{len(files)} documents, {tasks} tasks, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
