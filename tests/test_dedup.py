"""Near-duplicate scoring: shingles, MinHash bands, exact verification and clusters."""

import json

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from pipeline.dedup import Thresholds, clusters, score_pair
from pipeline.minhash import DEFAULT_CONFIG, DedupConfig, SignatureMemory, Signer
from pipeline.shingle import shingles
from tests.conftest import AEB, SEEDS
from warehouse.db import WarehouseError, connect_writer

SIGNER = Signer(DEFAULT_CONFIG)
DEFAULTS = Thresholds()


def _score(a: str, b: str, thresholds: Thresholds = DEFAULTS):
    sa, sb = SIGNER.sign("a", a), SIGNER.sign("b", b)
    return score_pair(
        ("a", sa.shingles, sa.hashvalues), ("b", sb.shingles, sb.hashvalues), thresholds
    )


def _seed_bodies() -> list[str]:
    return [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]


def test_shingles_ignore_case_and_punctuation_and_keep_word_order():
    assert np.array_equal(
        shingles("The cat, sat on the mat.", 3), shingles("the CAT sat on -- the mat", 3)
    )
    assert not np.array_equal(
        shingles("the cat sat on the mat", 3), shingles("the mat sat on the cat", 3)
    )
    assert len(shingles("two words", 3)) == 1
    assert len(shingles("", 3)) == 0


def test_identical_texts_score_one():
    body = _seed_bodies()[0]
    score = _score(body, body)
    assert (score.jaccard, score.jaccard_estimate, score.containment_a_in_b) == (1.0, 1.0, 1.0)
    assert score.is_near_duplicate


def test_half_copy_is_a_duplicate_by_containment_not_jaccard():
    body = _seed_bodies()[0]
    words = body.split()
    strict_jaccard = Thresholds(jaccard=0.9)
    score = _score(" ".join(words[: len(words) // 2]), body, strict_jaccard)
    assert score.jaccard < 0.55
    assert score.containment_a_in_b > 0.95
    assert score.is_near_duplicate


def test_a_few_words_changed_is_a_duplicate():
    body = _seed_bodies()[3]
    words = body.split()
    for i in range(0, len(words), 40):
        words[i] = "changed"
    score = _score(body, " ".join(words))
    assert score.is_near_duplicate and score.jaccard > 0.6


def test_seeds_are_different_stories():
    bodies = _seed_bodies()
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            score = _score(bodies[i], bodies[j])
            assert not score.is_near_duplicate
            assert score.jaccard < 0.05


def test_minhash_estimate_tracks_exact_jaccard():
    body = _seed_bodies()[2]
    words = body.split()
    errors = []
    for keep in (0.3, 0.5, 0.7, 0.9):
        cut = " ".join(words[: int(len(words) * keep)])
        score = _score(cut, body)
        errors.append(abs(score.jaccard_estimate - score.jaccard))
    # 256 permutations: standard error sqrt(J(1-J)/256) <= 0.031; allow about three of them.
    assert max(errors) < 0.1


def test_band_keys_find_the_same_candidates_as_datasketch_lsh():
    bodies = _seed_bodies()
    words = bodies[0].split()
    bodies += [" ".join(words[: len(words) * 2 // 3]), " ".join(words[len(words) // 3 :])]
    signatures = [SIGNER.sign(str(i), b) for i, b in enumerate(bodies)]
    lsh = MinHashLSH(
        num_perm=DEFAULT_CONFIG.num_perm, params=(DEFAULT_CONFIG.bands, DEFAULT_CONFIG.rows)
    )
    sketches = {}
    for s in signatures:
        sketches[s.article_id] = MinHash(
            num_perm=DEFAULT_CONFIG.num_perm,
            seed=DEFAULT_CONFIG.seed,
            hashvalues=s.hashvalues,
            scheme=DEFAULT_CONFIG.scheme,
        )
        lsh.insert(s.article_id, sketches[s.article_id])
    ours = {
        tuple(sorted((a.article_id, b.article_id)))
        for a in signatures
        for b in signatures
        if a.article_id != b.article_id and np.any(a.band_keys == b.band_keys)
    }
    theirs = {
        tuple(sorted((k, other)))
        for k, m in sketches.items()
        for other in lsh.query(m)
        if other != k
    }
    assert ours == theirs
    assert ("0", "5") in ours and ("0", "6") in ours


def test_clusters_take_the_earliest_member_whatever_the_edge_order():
    order = {"late": 3, "early": 1, "middle": 2, "alone": 4}
    for edges in (
        [("late", "middle"), ("middle", "early")],
        [("middle", "early"), ("late", "middle")],
    ):
        assert clusters(order, edges) == {
            "late": "early",
            "middle": "early",
            "early": "early",
            "alone": "alone",
        }


def test_thresholds_are_checked():
    with pytest.raises(ValueError, match="jaccard"):
        Thresholds(jaccard=0.0)


def test_warehouse_refuses_signatures_made_with_other_parameters(tmp_path):
    db = tmp_path / "w.duckdb"
    connect_writer(db, DEFAULT_CONFIG).close()
    with pytest.raises(WarehouseError, match="bands 64 -> 32"):
        connect_writer(db, DedupConfig(bands=32, rows=8))


@pytest.mark.skipif(
    not AEB.exists(), reason="../shared/aeb is not beside the project: no real bodies to test on"
)
def test_real_articles_are_not_near_duplicates_of_each_other():
    truth = json.loads((AEB / "ground-truth.json").read_text())
    bodies = [v["articleBody"] for v in truth.values() if len(v["articleBody"].split()) > 200][:60]
    signatures = [SIGNER.sign(str(i), b) for i, b in enumerate(bodies)]
    for i, a in enumerate(signatures):
        for b in signatures[i + 1 :]:
            score = score_pair(
                (a.article_id, a.shingles, a.hashvalues),
                (b.article_id, b.shingles, b.hashvalues),
                Thresholds(),
            )
            assert not score.is_near_duplicate, (a.article_id, b.article_id, score)


def test_reindex_rebuilds_the_same_clusters_with_new_parameters(tmp_path):
    from pipeline.clean.article import clean_document
    from pipeline.types import RawDocument
    from warehouse.load import land_batch
    from warehouse.reindex import reindex

    text = (SEEDS / "000_fdf5863fcf84083a.txt").read_text()
    docs = [
        RawDocument(f"file:///{i}.txt", "text", t)
        for i, t in enumerate([text, text.replace("Friday", "Saturday"), *_seed_bodies()[1:]])
    ]
    articles = [clean_document(d) for d in docs]
    con = connect_writer(tmp_path / "r.duckdb", DEFAULT_CONFIG)
    land_batch(
        con,
        "run",
        articles,
        [SIGNER.sign(a.article_id, a.body) for a in articles],
        DEFAULTS,
        SignatureMemory(SIGNER),
    )
    before = con.execute("SELECT article_id, cluster_id FROM articles ORDER BY 1").fetchall()
    other = DedupConfig(bands=32, rows=8)

    pairs = reindex(con, other, DEFAULTS)

    assert pairs == 1
    assert (
        con.execute("SELECT article_id, cluster_id FROM articles ORDER BY 1").fetchall() == before
    )
    assert con.execute("SELECT count(DISTINCT band) FROM lsh_bands").fetchall() == [(32,)]
    assert con.execute(
        "SELECT count(*), min(octet_length(hashvalues)) FROM minhash_values"
    ).fetchall() == [(len(articles), other.num_perm * 4)]
    con.close()
    connect_writer(tmp_path / "r.duckdb", other).close()


def _scores_of_three_landings(db, source: str) -> list[tuple]:
    """Three runs of the same three variants, earlier articles' candidates got from source."""
    from pipeline.clean.article import clean_document
    from pipeline.types import RawDocument
    from warehouse.load import land_batch

    text = (SEEDS / "000_fdf5863fcf84083a.txt").read_text()
    variants = [text, text.replace("Friday", "Saturday"), text[: len(text) // 2]]
    con = connect_writer(db, DEFAULT_CONFIG)
    memory = SignatureMemory(SIGNER, 100 if source == "kept signatures" else 0)
    for run in range(3):
        articles = [
            clean_document(RawDocument(f"file:///{run}/{i}.txt", "text", t))
            for i, t in enumerate(variants)
        ]
        signatures = [SIGNER.sign(a.article_id, a.body) for a in articles]
        land_batch(con, "run", articles, signatures, DEFAULTS, memory)
        if source == "signed again":  # as articles landed before values were kept
            con.execute("DELETE FROM minhash_values").fetchall()
    kept = con.execute("SELECT count(*) FROM minhash_values").fetchall()[0][0]
    assert kept == (0 if source == "signed again" else 9)
    scores = con.execute("SELECT * FROM overlap_scores ORDER BY ALL").fetchall()
    con.close()
    assert len(scores) == 36  # every pair of the nine copies was a candidate and scored
    return scores


def test_kept_signatures_score_exactly_as_signing_again(tmp_path):
    kept = _scores_of_three_landings(tmp_path / "kept.duckdb", "kept signatures")

    assert kept == _scores_of_three_landings(tmp_path / "signed.duckdb", "signed again")


def test_kept_values_score_exactly_as_signing_again(tmp_path):
    kept = _scores_of_three_landings(tmp_path / "values.duckdb", "kept values")

    assert kept == _scores_of_three_landings(tmp_path / "signed.duckdb", "signed again")


def test_kept_values_follow_the_article_text(tmp_path):
    from pipeline.clean.article import clean_document
    from pipeline.types import RawDocument
    from warehouse.load import land_batch
    from warehouse.values import compact

    con = connect_writer(tmp_path / "v.duckdb", DEFAULT_CONFIG)
    for body in _seed_bodies()[:2]:
        article = clean_document(RawDocument("file:///story.txt", "text", body))
        signature = SIGNER.sign(article.article_id, article.body)
        land_batch(con, "run", [article], [signature], DEFAULTS, SignatureMemory(SIGNER))

    rows = con.execute("SELECT article_id, hashvalues FROM minhash_values").fetchall()
    con.close()
    assert [r[0] for r in rows] == [article.article_id]
    assert rows[0][1] == compact(signature.hashvalues).tobytes()


def test_signature_memory_keeps_the_latest_and_forgets_the_oldest():
    memory = SignatureMemory(SIGNER, capacity=2)
    first, second, third = (SIGNER.sign(i, f"story {i} " * 20) for i in "abc")
    changed = SIGNER.sign("a", "a different story " * 20)

    memory.keep([first, second])
    memory.keep([changed])
    memory.keep([third])

    assert memory.get("a") is changed
    assert memory.get("b") is None
    assert memory.get("c") is third


def _sharing_one_band(first, second):
    """second's signature with band 0 made equal to first's, as a chance collision makes it."""
    from dataclasses import replace

    values = second.hashvalues.copy()
    values[: DEFAULT_CONFIG.rows] = first.hashvalues[: DEFAULT_CONFIG.rows]
    return replace(second, hashvalues=values, band_keys=SIGNER.band_keys(values))


@pytest.mark.parametrize("earlier", ["same batch", "kept values", "signed again"])
def test_unrelated_articles_in_one_bucket_are_screened_out_not_scored(tmp_path, earlier):
    from pipeline.clean.article import clean_document
    from pipeline.types import RawDocument
    from warehouse.load import land_batch

    first, second = (
        clean_document(RawDocument(f"file:///{i}.txt", "text", body))
        for i, body in enumerate(_seed_bodies()[:2])
    )
    sig_first = SIGNER.sign(first.article_id, first.body)
    sig_second = _sharing_one_band(sig_first, SIGNER.sign(second.article_id, second.body))
    con = connect_writer(tmp_path / "s.duckdb", DEFAULT_CONFIG)
    memory = SignatureMemory(SIGNER, 0)
    if earlier == "same batch":
        outcome = land_batch(con, "run", [first, second], [sig_first, sig_second], DEFAULTS, memory)
    else:
        land_batch(con, "run", [first], [sig_first], DEFAULTS, memory)
        if earlier == "signed again":
            con.execute("DELETE FROM minhash_values").fetchall()
        outcome = land_batch(con, "run", [second], [sig_second], DEFAULTS, memory)

    assert (outcome.pairs_scored, outcome.pairs_screened) == (0, 1)
    assert con.execute("SELECT count(*) FROM overlap_scores").fetchall() == [(0,)]
    con.close()


def test_the_screen_keeps_near_duplicates_found_by_containment_or_jaccard():
    from pipeline.dedup import worth_scoring

    body = _seed_bodies()[0]
    words = body.split()
    for copy in (" ".join(words[: len(words) // 2]), body.replace("the", "a", 5)):
        score = _score(copy, body)
        sizes = (len(shingles(copy, 3)), len(shingles(body, 3)))
        assert score.is_near_duplicate
        assert worth_scoring(score.jaccard_estimate, *sizes, DEFAULTS, DEFAULT_CONFIG.num_perm)
    unrelated = _score(_seed_bodies()[1], body)
    sizes = (len(shingles(_seed_bodies()[1], 3)), len(shingles(body, 3)))
    # A chance collision adds one band's rows of equal values to an unrelated pair's estimate.
    chance = unrelated.jaccard_estimate + DEFAULT_CONFIG.rows / DEFAULT_CONFIG.num_perm
    assert not worth_scoring(chance, *sizes, DEFAULTS, DEFAULT_CONFIG.num_perm)


def test_related_coverage_keeps_its_exact_row_though_no_near_duplicate(tmp_path):
    from pipeline.clean.article import clean_document
    from pipeline.types import RawDocument
    from warehouse.load import land_batch

    story, other = _seed_bodies()[3], _seed_bodies()[1]
    paragraphs = story.split("\n\n")
    # A follow-up that reuses a third of the story's paragraphs around new reporting.
    follow_up = "\n\n".join([*paragraphs[: len(paragraphs) // 3], other])
    first, second = (
        clean_document(RawDocument(f"file:///{i}.txt", "text", body))
        for i, body in enumerate((story, follow_up))
    )
    sig_first = SIGNER.sign(first.article_id, first.body)
    sig_second = _sharing_one_band(sig_first, SIGNER.sign(second.article_id, second.body))
    con = connect_writer(tmp_path / "r.duckdb", DEFAULT_CONFIG)
    outcome = land_batch(
        con, "run", [first, second], [sig_first, sig_second], DEFAULTS, SignatureMemory(SIGNER)
    )
    rows = con.execute("SELECT jaccard, is_near_duplicate FROM overlap_scores").fetchall()
    con.close()

    assert (outcome.pairs_scored, outcome.pairs_screened) == (1, 0)
    assert 0.1 < rows[0][0] < DEFAULTS.jaccard
    assert rows[0][1] is False
