"""Score the extract stage on the seeds, the dev pages and the examples corpus with ../shared/eval/score.py.

usage: .venv/bin/python benchmarks/extract_bench.py [--set seeds|dev|examples|noise|all] [--details] [--out DIR]

"noise" runs the 181 general news pages of ../shared/bench/scrapinghub (no defence gold): every fact
found there is likely false, so the count per page is a precision check on text unlike the gold.

Pages go through the real cleaner (pactwatch.clean.clean_page) when it imports; otherwise an Article
is made from the page's non-empty lines. Gold metadata is never shown to the extractor.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))

from pactwatch.extract import extract_facts  # noqa: E402
from pactwatch.model import Article, Page, doc_id  # noqa: E402

SETS = {
    "seeds": (SHARED / "gold" / "seeds.jsonl", SHARED / "seeds", "*.txt"),
    "dev": (SHARED / "dev" / "gold.jsonl", SHARED / "dev" / "pages", "*.txt"),
    "examples": (ROOT / "examples" / "gold.jsonl", ROOT / "examples", "a*.*"),
}


def build_article(path: Path) -> Article:
    """The cleaner's Article for a page, or a plain one from its lines when the cleaner is not there."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    kind = "html" if ".htm" in path.name else "text"
    try:
        from pactwatch.clean import clean_page

        return clean_page(Page(source=str(path), raw=raw, content_type=kind))
    except ImportError:
        lines = [ln.strip() for ln in raw.decode("utf-8", "replace").splitlines() if ln.strip()]
        text = "\n\n".join(lines)
        return Article(id=hashlib.sha1(text.encode()).hexdigest()[:20], source=str(path), doc=doc_id(str(path)),
                       title=lines[0] if lines else None, published=None, outlet=None, url=None,
                       paragraphs=tuple(lines), text=text)


def run(name: str, details: bool, out_dir: Path) -> dict:
    gold, folder, glob = SETS[name]
    if not gold.exists():
        raise SystemExit(f"missing {gold}: the shared data (../shared) or the examples corpus is not there")
    facts, docs = [], []
    started = time.perf_counter()
    for path in sorted(folder.glob(glob)):
        if path.name.endswith((".md", ".jsonl")):
            continue
        article = build_article(path)
        docs.append(article.to_doc_json())
        facts.extend(f.to_json() for f in extract_facts(article))
    elapsed = time.perf_counter() - started
    facts_path = out_dir / f"{name}_facts.jsonl"
    facts_path.write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(facts_path)]
    report = subprocess.run([*cmd, "--json"], capture_output=True, text=True, check=True)
    result = json.loads(report.stdout)
    text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lines = text.splitlines()
    shown = lines if details else [ln for ln in lines if not ln.startswith(("missed", "spurious"))]
    print(f"== {name}: {len(docs)} pages, {len(facts)} facts, {elapsed:.2f}s")
    print("\n".join(shown))
    leaks = boilerplate_facts(gold, facts)
    print(f"facts resting on boilerplate (gold body_must_exclude, checked after extraction): {len(leaks)}")
    for leak in leaks if details else []:
        print("  boilerplate", leak)
    return result


def boilerplate_facts(gold: Path, facts: list[dict]) -> list[str]:
    """Facts whose evidence sentence lies in text the gold marks as page furniture."""
    exclude = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            exclude[d["doc"]] = [" ".join(s.split()) for s in d.get("body_must_exclude", [])]
    out = []
    for f in facts:
        for e in f["evidence"]:
            flat = " ".join(e["sentence"].split())
            if any(flat in s or (len(s) > 30 and s in flat) for s in exclude.get(f["doc"], [])):
                out.append(f"{f['doc']} {f['type']} {flat[:80]}")
    return out


def noise(details: bool) -> None:
    """Facts found on general (mostly non-defence) news pages: a precision check without gold."""
    pages = sorted((SHARED / "bench" / "scrapinghub" / "flattened").glob("*.txt"))
    if not pages:
        raise SystemExit("missing ../shared/bench/scrapinghub/flattened")
    started = time.perf_counter()
    found = [(p.stem, f) for p in pages for f in extract_facts(build_article(p))]
    elapsed = time.perf_counter() - started
    print(f"== noise: {len(pages)} general news pages, {len(found)} facts on {len({d for d, _ in found})} pages, "
          f"{elapsed:.2f}s ({1000 * elapsed / len(pages):.0f} ms/page)")
    for doc, f in found if details else []:
        print(f"  {doc[:12]} {f.type} {list(f.parties)} {f.evidence[0].sentence[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all", choices=[*SETS, "noise", "all"])
    ap.add_argument("--details", action="store_true", help="also print every missed and spurious fact")
    ap.add_argument("--out", type=Path, default=None, help="folder for the facts JSONL (default: a temp dir)")
    a = ap.parse_args()
    out_dir = a.out or Path(tempfile.mkdtemp(prefix="pactwatch-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in [*SETS, "noise"] if a.set == "all" else [a.set]:
        if name == "noise":
            noise(a.details)
        elif name != "examples" or SETS[name][0].exists():
            run(name, a.details, out_dir)


if __name__ == "__main__":
    main()
