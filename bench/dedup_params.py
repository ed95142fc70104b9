"""Why the default shingle size, bands x rows and thresholds: overlap of real bodies and their copies.

    python bench/dedup_params.py ../shared/aeb

Prints, for word 3-, 4- and 5-gram shingles, the exact Jaccard and containment of copies a
newsroom calls the same article (a few words changed, cut to half) and of different
articles, then the LSH candidate probability of a few bands x rows choices.
"""

import argparse
import json
import random
import statistics
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.shingle import shingles

# Bodies shorter than this are briefs, not the wire stories deduplication is about.
MIN_WORDS = 300
# Originals varied, and distinct articles compared pairwise (n*(n-1)/2 pairs).
ORIGINALS = 60
NEGATIVES = 120
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def overlap(a: str, b: str, size: int) -> tuple[float, float]:
    """Exact Jaccard and containment (of the smaller in the larger) of two texts."""
    sa, sb = set(shingles(a, size).tolist()), set(shingles(b, size).tolist())
    common = len(sa & sb)
    return common / len(sa | sb), common / min(len(sa), len(sb))


def change_words(text: str, share: float, rnd: random.Random) -> str:
    """The text with a share of its words replaced by words it does not contain."""
    words = text.split()
    for i in rnd.sample(range(len(words)), int(len(words) * share)):
        words[i] = f"zz{rnd.randint(0, 10**6)}"
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("aeb", type=Path, help="the article-extraction benchmark folder")
    args = parser.parse_args()
    truth = json.loads((args.aeb / "ground-truth.json").read_text())
    bodies = [
        v["articleBody"] for v in truth.values() if len(v["articleBody"].split()) >= MIN_WORDS
    ]
    seeds = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]
    rnd = random.Random(1)
    print(
        f"{len(bodies)} aeb bodies of {MIN_WORDS}+ words; {ORIGINALS} varied, {NEGATIVES} compared pairwise"
    )
    print(
        "k | 5% changed J min/mean | 10% changed J min/mean | half J min, C min | "
        "different J max, C max, J mean | seeds J max, C max"
    )
    background = []
    for size in (3, 4, 5):
        five = [overlap(b, change_words(b, 0.05, rnd), size)[0] for b in bodies[:ORIGINALS]]
        ten = [overlap(b, change_words(b, 0.10, rnd), size)[0] for b in bodies[:ORIGINALS]]
        half = [
            overlap(b, " ".join(b.split()[: len(b.split()) // 2]), size) for b in bodies[:ORIGINALS]
        ]
        different = [overlap(a, b, size) for a, b in combinations(bodies[:NEGATIVES], 2)]
        seed_pairs = [overlap(a, b, size) for a, b in combinations(seeds, 2)]
        if size == 3:
            background = [j for j, _ in different]
        print(
            f"{size} | {min(five):.3f} / {statistics.mean(five):.3f} | {min(ten):.3f} / {statistics.mean(ten):.3f} | "
            f"{min(j for j, _ in half):.3f}, {min(c for _, c in half):.3f} | "
            f"{max(j for j, _ in different):.3f}, {max(c for _, c in different):.3f}, "
            f"{statistics.mean(j for j, _ in different):.4f} | "
            f"{max(j for j, _ in seed_pairs):.3f}, {max(c for _, c in seed_pairs):.3f}"
        )
    print(
        "\nbands x rows | P(candidate) at J=0.45, 0.5 | unrelated pairs proposed per new article in 1M (3-grams)"
    )
    for bands, rows in ((42, 3), (32, 4), (50, 4), (64, 4)):

        def p(j: float, b: int = bands, r: int = rows) -> float:
            return 1 - (1 - j**r) ** b

        proposed = statistics.mean(p(j) for j in background) * 1_000_000
        print(f"{bands} x {rows} | {p(0.45):.3f}, {p(0.5):.3f} | {proposed:.1f}")


if __name__ == "__main__":
    main()
