"""Measure the cleaning stage against its peer on the same pages in the same run.

usage: .venv/bin/python benchmarks/clean_bench.py [--quick] [--no-docs] [--json OUT]

Runs ../shared/bench/scrapinghub in both forms through clean_page (HTML and flattened text), and the
peers on the same inputs: trafilatura (default settings, and without comments) on the HTML and on the
flattened text, and "keep everything" on the flattened text. Bodies are scored by
../shared/eval/body_score.py (called, not copied). Pages are also split into a fixed development and
validation part (ids whose sha256 sorts in the last 30 % are validation) and scored separately.
Then the seeds and dev pages are cleaned into docs JSONL and scored by ../shared/eval/score.py.
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
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
BENCH = SHARED / "bench" / "scrapinghub"
BODY_SCORE = SHARED / "eval" / "body_score.py"
DOC_SCORE = SHARED / "eval" / "score.py"
sys.path.insert(0, str(REPO))

from pactwatch.clean import clean_page  # noqa: E402
from pactwatch.model import Page  # noqa: E402

VALIDATION_SHARE = 0.30


def load_inputs(quick: bool) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """HTML bytes and flattened-text bytes by page id (every 4th page with --quick)."""
    if not BENCH.is_dir():
        raise SystemExit(f"missing benchmark data: {BENCH}")
    ids = sorted(json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8")))
    if quick:
        ids = ids[::4]
    html = {i: gzip.decompress((BENCH / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    flat = {i: (BENCH / "flattened" / f"{i}.txt").read_bytes() for i in ids}
    return html, flat


def validation_ids(ids: list[str]) -> set[str]:
    """A fixed validation split: the ids whose sha256 sorts in the last VALIDATION_SHARE."""
    ranked = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    return set(ranked[int(len(ranked) * (1 - VALIDATION_SHARE)):])


def run_interleaved(methods: dict[str, Callable[[str, bytes], str]], inputs: dict[str, bytes]
                    ) -> dict[str, tuple[dict[str, str], float]]:
    """Bodies by id and pages per second for several methods, timed page by page in turn.

    Each page goes through every method before the next page, so load from other processes on a
    noisy machine falls on all methods alike; a few pages are run first, untimed, to warm caches.
    """
    for method in methods.values():
        for key in list(inputs)[:5]:
            method(key, inputs[key])
    bodies: dict[str, dict[str, str]] = {name: {} for name in methods}
    spent = dict.fromkeys(methods, 0.0)
    for key, raw in inputs.items():
        for name, method in methods.items():
            start = time.perf_counter()
            bodies[name][key] = method(key, raw)
            spent[name] += time.perf_counter() - start
    return {name: (bodies[name], len(inputs) / max(spent[name], 1e-9)) for name in methods}


def ours(kind: str) -> Callable[[str, bytes], str]:
    """clean_page over one input form."""
    suffix, hint = (".html", "html") if kind == "html" else (".txt", "text")
    return lambda key, raw: clean_page(Page(source=key + suffix, raw=raw, content_type=hint)).text


def trafilatura_method(**options: object) -> Callable[[str, bytes], str]:
    """trafilatura.extract with the given options (the peer)."""
    import trafilatura

    return lambda key, raw: trafilatura.extract(raw, **options) or ""


def trafilatura_on_lines(key: str, raw: bytes) -> str:
    """trafilatura given the flattened text as a page of one <p> per line: the fair peer on text."""
    import html as html_lib

    import trafilatura

    lines = raw.decode("utf-8", errors="replace").splitlines()
    page = "<html><body>" + "".join(f"<p>{html_lib.escape(x)}</p>" for x in lines if x.strip()) + "</body></html>"
    return trafilatura.extract(page) or ""


def keep_all(key: str, raw: bytes) -> str:
    """The whole flattened page: the recall ceiling and precision floor."""
    return raw.decode("utf-8", errors="replace")


def score(bodies: dict[str, str], keep: set[str] | None, tmp: Path) -> dict[str, float]:
    """body_score.py on a subset of pages (all when keep is None)."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    chosen = [k for k in bodies if keep is None or k in keep]
    truth_file, pred_file = tmp / "truth.json", tmp / "pred.json"
    truth_file.write_text(json.dumps({k: truth[k] for k in chosen}), encoding="utf-8")
    pred_file.write_text(json.dumps({k: {"articleBody": bodies[k]} for k in chosen}), encoding="utf-8")
    done = subprocess.run([sys.executable, str(BODY_SCORE), str(truth_file), str(pred_file), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# The peer each form's speed ratio is taken against: trafilatura as users would run it on that form.
PEERS = {"html": "trafilatura default", "flattened": "trafilatura <p> lines"}


def body_table(quick: bool, tmp: Path) -> list[dict[str, object]]:
    """Every method on every input form, with scores on all pages and on the validation split."""
    html, flat = load_inputs(quick)
    val = validation_ids(list(html))
    plan = {
        ("html", "pactwatch"): ours("html"),
        ("html", "trafilatura default"): trafilatura_method(),
        ("html", "trafilatura no comments"): trafilatura_method(include_comments=False),
        ("flattened", "pactwatch"): ours("text"),
        ("flattened", "trafilatura default"): trafilatura_method(),
        ("flattened", "trafilatura <p> lines"): trafilatura_on_lines,
        ("flattened", "keep everything"): keep_all,
    }
    rows = []
    for form, inputs in (("html", html), ("flattened", flat)):
        methods = {name: method for (f, name), method in plan.items() if f == form}
        for name, (bodies, speed) in run_interleaved(methods, inputs).items():
            rows.append({"method": name, "input": form, "speed": speed, "all": score(bodies, None, tmp),
                         "validation": score(bodies, val, tmp)})
    for row in rows:
        peer_name = PEERS[row["input"]]
        peer = next(r for r in rows if r["method"] == peer_name and r["input"] == row["input"])
        row["speed_ratio"] = row["speed"] / peer["speed"]
    return rows


def docs_checks(tmp: Path) -> dict[str, dict[str, object]]:
    """Clean the seeds and dev pages into docs JSONL and score them with score.py."""
    sets = {"seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl"),
            "dev": (SHARED / "dev" / "pages", SHARED / "dev" / "gold.jsonl")}
    empty_facts = tmp / "facts.jsonl"
    empty_facts.write_text("", encoding="utf-8")
    out = {}
    for name, (folder, gold) in sets.items():
        docs = tmp / f"{name}.docs.jsonl"
        with docs.open("w", encoding="utf-8") as handle:
            for path in sorted(folder.glob("*.txt")):
                article = clean_page(Page(source=str(path), raw=path.read_bytes(), content_type="text"))
                handle.write(json.dumps(article.to_doc_json()) + "\n")
        done = subprocess.run([sys.executable, str(DOC_SCORE), str(gold), str(empty_facts), "--docs",
                               str(docs), "--json"], capture_output=True, text=True, check=True)
        out[name] = json.loads(done.stdout).get("documents_check", {})
    return out


def main() -> None:
    """Print the body table and the docs checks; optionally write them as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="every 4th page only")
    ap.add_argument("--no-docs", action="store_true", help="skip the seeds/dev docs check")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        rows = body_table(a.quick, tmp)
        print(f"{'method':26} {'input':10} {'P':>6} {'R':>6} {'F1':>6} {'val F1':>7} {'pages/s':>8} {'x peer':>7}")
        for r in rows:
            s, v = r["all"], r["validation"]
            print(f"{r['method']:26} {r['input']:10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                  f"{v['f1']:7.3f} {r['speed']:8.1f} {r['speed_ratio']:7.2f}")
        docs = {} if a.no_docs else docs_checks(tmp)
        for name, figures in docs.items():
            print(f"docs {name:6} " + "  ".join(f"{k} {v}" for k, v in figures.items()))
    if a.json:
        a.json.write_text(json.dumps({"bodies": rows, "docs": docs}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
