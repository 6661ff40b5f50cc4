"""Measure the flattened-text cleaner against the shared gold files with the shared scorers (never forked).

usage: .venv/bin/python benchmarks/flat_bench.py [--set scrapinghub|seeds|dev|all] [--json]

ScrapingHub pages are split once, by id, into a validation part (ids starting 0-3, about a quarter)
and the rest; rules were developed looking at the rest, so the validation figure is the honest one.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pactwatch.clean.flat import clean_flat

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SH = SHARED / "bench" / "scrapinghub"
VALIDATION_PREFIXES = tuple("0123")


def is_validation(page_id: str) -> bool:
    """The fixed held-out part of ScrapingHub: ids starting with 0-3."""
    return page_id.startswith(VALIDATION_PREFIXES)


def _body_score(truth: dict, pred: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        t, p = Path(tmp) / "truth.json", Path(tmp) / "pred.json"
        t.write_text(json.dumps(truth), encoding="utf-8")
        p.write_text(json.dumps(pred), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "body_score.py"), str(t), str(p), "--json"],
                             check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def scrapinghub() -> dict:
    """Body F1 on ScrapingHub flattened text: all pages, the validation part and the rest."""
    truth = json.loads((SH / "ground-truth.json").read_text(encoding="utf-8"))
    pred, started = {}, time.perf_counter()
    for page_id in truth:
        text = (SH / "flattened" / f"{page_id}.txt").read_text(encoding="utf-8")
        pred[page_id] = {"articleBody": clean_flat(text, page_id, page_id).text}
    seconds = time.perf_counter() - started
    parts = {
        "all": truth,
        "validation": {k: v for k, v in truth.items() if is_validation(k)},
        "rest": {k: v for k, v in truth.items() if not is_validation(k)},
    }
    result = {name: _body_score(part, {k: pred[k] for k in part}) for name, part in parts.items()}
    result["seconds"] = round(seconds, 2)
    return result


def scrapinghub_titles() -> dict:
    """Cross-check: flat headlines against the HTML cleaner's titles for the same pages (no title gold exists)."""
    from pactwatch.clean import clean_page
    from pactwatch.model import Page

    truth = json.loads((SH / "ground-truth.json").read_text(encoding="utf-8"))
    agree = compared = 0
    for page_id in truth:
        raw = (SH / "html" / f"{page_id}.html.gz").read_bytes()
        html_title = clean_page(Page(source=f"{page_id}.html.gz", raw=raw, content_type="html")).title
        text = (SH / "flattened" / f"{page_id}.txt").read_text(encoding="utf-8")
        if not html_title or _norm(html_title) not in _norm(text):
            continue
        compared += 1
        agree += _norm(clean_flat(text, page_id, page_id).title) == _norm(html_title)
    return {"compared": compared, "agree": agree, "share": round(agree / compared, 3) if compared else None}


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


def gold_docs(gold: Path, pages: Path) -> dict:
    """score.py's documents check for a gold file, plus title accuracy where the title is in the text."""
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs, in_text, ok = [], 0, 0
    for g in golds:
        text = (pages / f"{g['doc']}.txt").read_text(encoding="utf-8")
        art = clean_flat(text, str(pages / f"{g['doc']}.txt"), g["doc"])
        docs.append(art.to_doc_json())
        want = g.get("meta", {}).get("title")
        if want and _norm(want) in _norm(text):
            in_text += 1
            ok += _norm(art.title) == _norm(want)
    with tempfile.TemporaryDirectory() as tmp:
        facts, docs_path = Path(tmp) / "facts.jsonl", Path(tmp) / "docs.jsonl"
        facts.write_text("", encoding="utf-8")
        docs_path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(facts),
                              "--docs", str(docs_path), "--json"], check=True, capture_output=True, text=True)
    check = json.loads(out.stdout)["documents_check"]
    check["title_accuracy_in_text"] = round(ok / in_text, 3) if in_text else None
    check["titles_in_text"] = in_text
    return check


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="all", choices=["all", "scrapinghub", "seeds", "dev"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--titles", action="store_true", help="also cross-check headlines with the HTML cleaner")
    a = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"shared data not found at {SHARED}")
    result = {}
    if a.set in ("all", "seeds"):
        result["seeds"] = gold_docs(SHARED / "gold" / "seeds.jsonl", SHARED / "seeds")
    if a.set in ("all", "dev"):
        result["dev"] = gold_docs(SHARED / "dev" / "gold.jsonl", SHARED / "dev" / "pages")
    if a.set in ("all", "scrapinghub"):
        result["scrapinghub_flat"] = scrapinghub()
    if a.titles:
        result["scrapinghub_titles_vs_html"] = scrapinghub_titles()
    if a.json:
        print(json.dumps(result, indent=1))
        return
    for name, value in result.items():
        print(name, json.dumps(value))


if __name__ == "__main__":
    main()
