"""Verify LSH candidates with exact overlap on the same shingles, and group duplicates into clusters."""

from dataclasses import dataclass

import numpy as np

# A copy that keeps at least this share of the other's shingles, and is at least this long,
# can be called a duplicate by containment (a two-sentence brief inside a long story is not).
MIN_SHINGLES_FOR_CONTAINMENT = 25
# How far, in standard deviations of the MinHash estimate, a pair's estimate may fall below
# the least Jaccard a near-duplicate of its lengths can have and still be scored exactly.
# The estimate is a binomial share of equal values: five deviations low happens to fewer
# than one near-duplicate in three million (the normal tail), and an unrelated pair that
# shares one bucket by chance (one band's 4 values of 256 equal: an estimate near 0.02-0.05)
# sits ten or more deviations low.
SCREEN_DEVIATIONS = 5.0
# A pair estimated at least this similar is scored exactly even when it cannot be a
# near-duplicate: related coverage that users look up in overlap_scores (different stories on
# one subject reach Jaccard 0.17, bench/dedup_params.py), while unrelated pairs that meet in
# a bucket by chance stay below it.
RELATED_ESTIMATE = 0.1


@dataclass(frozen=True)
class Thresholds:
    """When a verified pair counts as a near-duplicate."""

    # Exact Jaccard of word 3-grams: a copy with one word in ten changed scores 0.44-0.70 on
    # benchmark bodies (bench/dedup_params.py); different stories at most 0.17, two pages of
    # one outlet (bench/dedup_quality.py).
    jaccard: float = 0.45
    # Share of the shorter text's shingles found in the longer: a copy cut to its first half
    # scores about 1.0; different stories at most 0.37 (bench/dedup_quality.py).
    containment: float = 0.8

    def __post_init__(self) -> None:
        for name in ("jaccard", "containment"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"--{name}-threshold must be in (0, 1], got {value}")


@dataclass(frozen=True)
class PairScore:
    """How much two articles overlap, exactly and as MinHash estimated it."""

    article_a: str
    article_b: str
    jaccard_estimate: float
    jaccard: float
    containment_a_in_b: float
    containment_b_in_a: float
    is_near_duplicate: bool


def jaccard_estimate(values_a: np.ndarray, values_b: np.ndarray) -> float:
    """MinHash's estimate of Jaccard: the share of positions where the minima agree."""
    return float(np.count_nonzero(values_a == values_b)) / len(values_a)


def least_jaccard(size_a: int, size_b: int, thresholds: Thresholds) -> float:
    """The lowest exact Jaccard a near-duplicate pair with these shingle counts can have."""
    shorter, longer = sorted((size_a, size_b))
    if shorter < MIN_SHINGLES_FOR_CONTAINMENT:
        return thresholds.jaccard
    # Containment c of the shorter text means at least c * shorter shared shingles, and
    # Jaccard grows with what is shared.
    shared = thresholds.containment * shorter
    return min(thresholds.jaccard, shared / (shorter + longer - shared))


def worth_scoring(
    estimate: float, size_a: int, size_b: int, thresholds: Thresholds, num_perm: int
) -> bool:
    """Whether a pair's MinHash estimate says it is related coverage or leaves a real chance
    that it is a near-duplicate."""
    least = least_jaccard(size_a, size_b, thresholds)
    deviation = (least * (1.0 - least) / num_perm) ** 0.5
    return estimate >= min(RELATED_ESTIMATE, least - SCREEN_DEVIATIONS * deviation)


def score_pair(
    a: tuple[str, np.ndarray, np.ndarray],
    b: tuple[str, np.ndarray, np.ndarray],
    thresholds: Thresholds,
) -> PairScore:
    """Exact Jaccard and containment of two (id, shingles, minhash values), ordered a < b."""
    if b[0] < a[0]:
        a, b = b, a
    (id_a, sh_a, mh_a), (id_b, sh_b, mh_b) = a, b
    common = len(np.intersect1d(sh_a, sh_b, assume_unique=True))
    union = len(sh_a) + len(sh_b) - common
    jaccard = common / union if union else 0.0
    in_b = common / len(sh_a) if len(sh_a) else 0.0
    in_a = common / len(sh_b) if len(sh_b) else 0.0
    shorter = min(len(sh_a), len(sh_b))
    contained = (
        shorter >= MIN_SHINGLES_FOR_CONTAINMENT and max(in_a, in_b) >= thresholds.containment
    )
    return PairScore(
        article_a=id_a,
        article_b=id_b,
        jaccard_estimate=jaccard_estimate(mh_a, mh_b),
        jaccard=jaccard,
        containment_a_in_b=in_b,
        containment_b_in_a=in_a,
        is_near_duplicate=jaccard >= thresholds.jaccard or contained,
    )


def clusters(members: dict[str, int], edges: list[tuple[str, str]]) -> dict[str, str]:
    """Map each member to its cluster id: the earliest ingested (lowest order) member it links to."""
    parent = {member: member for member in members}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            if (members[rb], rb) < (members[ra], ra):
                ra, rb = rb, ra
            parent[rb] = ra
    return {member: root(member) for member in members}
