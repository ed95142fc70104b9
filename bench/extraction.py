"""Benchmark pipeline.extract against the article-extraction-benchmark pages (and trafilatura).

Usage: python bench/extraction.py PATH_TO_AEB [--out OUT.json] [--rounds N] [--worst N]

Reads PATH_TO_AEB/html/<id>.html.gz and ground-truth.json, scores with PATH_TO_AEB/score.py
(imported, not copied), and times extraction with time.process_time (CPU seconds, best of
--rounds passes so a busy machine disturbs the ratio less).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.extract import extract_html


def load_scorer(aeb: Path):
    """Import the benchmark's own score.py so the numbers match its README exactly."""
    spec = importlib.util.spec_from_file_location("aeb_score", aeb / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {aeb / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(aeb: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Decode every page once up front, so timing covers extraction only."""
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    pages, urls = {}, {}
    for page_id, entry in truth.items():
        raw = gzip.decompress((aeb / "html" / f"{page_id}.html.gz").read_bytes())
        pages[page_id] = raw.decode("utf-8", errors="replace")
        urls[page_id] = entry.get("url")
    return pages, urls


def run(
    fn: Callable[[str, str | None], str], pages: dict[str, str], urls: dict[str, str], rounds: int
) -> tuple[dict[str, str], float]:
    """Extract every page `rounds` times: first round's texts, best pages per CPU-second."""
    texts: dict[str, str] = {}
    best = 0.0
    for r in range(rounds):
        start = time.process_time()
        for page_id, html in pages.items():
            out = fn(html, urls[page_id])
            if r == 0:
                texts[page_id] = out or ""
        elapsed = time.process_time() - start
        best = max(best, len(pages) / elapsed if elapsed > 0 else float("inf"))
    return texts, best


def ours(html: str, url: str | None) -> str:
    """pipeline.extract body text."""
    return extract_html(html, url).text


def main() -> None:
    """Score and time our extractor and, when installed, trafilatura's default extraction."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("aeb", type=Path, help="folder with html/, ground-truth.json and score.py")
    ap.add_argument("--out", type=Path, help="write {id: text} of our extractor here")
    ap.add_argument("--rounds", type=int, default=3, help="timing passes per extractor (best kept)")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of our extractor")
    args = ap.parse_args()

    scorer = load_scorer(args.aeb)
    gt = scorer.load_gt(args.aeb / "ground-truth.json")
    pages, urls = load_pages(args.aeb)
    print(f"date: {dt.datetime.now().isoformat(timespec='seconds')}")
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"pages: {len(pages)}")

    extractors: list[tuple[str, Callable[[str, str | None], str]]] = [("newsdedup", ours)]
    try:
        import trafilatura

        def traf(html: str, url: str | None) -> str:
            """trafilatura default settings."""
            return trafilatura.extract(html, url=url) or ""

        extractors.append((f"trafilatura {trafilatura.__version__} default", traf))
    except ImportError:
        print("trafilatura is not installed: skipping the comparison")

    rows = []
    for name, fn in extractors:
        texts, speed = run(fn, pages, urls, args.rounds)
        metrics = scorer.evaluate(gt, texts, n_bootstrap=0)
        rows.append((name, metrics, speed))
        if name == "newsdedup":
            if args.out:
                args.out.write_text(json.dumps(texts, ensure_ascii=False, indent=1), "utf-8")
            if args.worst:
                per_page = sorted(
                    metrics["per_page"].items(),
                    key=lambda kv: 2 * kv[1][0] * kv[1][1] / (kv[1][0] + kv[1][1] or 1),
                )
                for page_id, (p, r) in per_page[: args.worst]:
                    print(f"  worst {page_id[:16]} P={p:.2f} R={r:.2f} {urls[page_id]}")

    print()
    print(f"| {'extractor':<30} | {'F1':>6} | {'P':>6} | {'R':>6} | {'pages/CPU-s':>11} |")
    print(f"|{'-' * 32}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 13}|")
    for name, m, speed in rows:
        print(
            f"| {name:<30} | {m['f1']:6.3f} | {m['precision']:6.3f} | {m['recall']:6.3f} "
            f"| {speed:11.1f} |"
        )
    if len(rows) > 1:
        print(f"\nspeed ratio newsdedup / trafilatura: {rows[0][2] / rows[1][2]:.2f}")


if __name__ == "__main__":
    main()
