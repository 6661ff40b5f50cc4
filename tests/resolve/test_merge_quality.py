"""The merge benchmark as a gate: precision and recall on the labelled pairs stay at or above 0.95."""

from __future__ import annotations

import importlib.util
from pathlib import Path

FLOOR = 0.95
BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "merge_bench.py"


def test_merge_pairs_precision_and_recall() -> None:
    spec = importlib.util.spec_from_file_location("merge_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate()
    assert result["pairs"] >= 60
    assert result["precision"] >= FLOOR and result["recall"] >= FLOOR, result
