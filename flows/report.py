"""The run's report: Prefect artifacts for the UI and the summary the command prints."""

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from pipeline.dedup import PairScore
from warehouse.runs import RunSummary

# The table artifact lists at most this many pairs (the warehouse has them all).
MAX_PAIRS_SHOWN = 200


def summary_lines(summary: RunSummary) -> list[tuple[str, str]]:
    """The run's counts as (label, value) rows, shared by the artifact and the terminal."""
    return [
        ("articles new", str(summary.articles_new)),
        ("articles updated", str(summary.articles_updated)),
        ("articles unchanged", str(summary.articles_unchanged)),
        ("inputs rejected", str(summary.inputs_rejected)),
        ("near-duplicate pairs found", str(summary.near_duplicate_pairs)),
        ("clusters (2+ members) in warehouse", str(summary.clusters)),
        ("database", summary.db_path),
    ]


def publish(summary: RunSummary, pairs: list[PairScore], titles: dict[str, str]) -> None:
    """A markdown artifact with the counts and a table artifact with the near-duplicate pairs."""
    rows = "\n".join(f"| {label} | {value} |" for label, value in summary_lines(summary))
    markdown = (
        f"# newsdedup ingest run\n\n| | |\n|---|---|\n{rows}\n\n"
        f"Inputs: {summary.inputs}; files of unsupported kinds skipped in folders: "
        f"{summary.skipped_in_folders}. Rejected inputs are in `ingest_errors` "
        f"(`WHERE run_id = '{summary.run_id}'`).\n"
    )
    create_markdown_artifact(
        key="ingest-summary", markdown=markdown, description="Counts of this run"
    )
    shown = sorted(pairs, key=lambda p: -p.jaccard)[:MAX_PAIRS_SHOWN]
    create_table_artifact(
        key="near-duplicate-pairs",
        table=[
            {
                "article_a": p.article_a,
                "title_a": titles.get(p.article_a, ""),
                "article_b": p.article_b,
                "title_b": titles.get(p.article_b, ""),
                "jaccard": round(p.jaccard, 3),
                "containment_a_in_b": round(p.containment_a_in_b, 3),
                "containment_b_in_a": round(p.containment_b_in_a, 3),
            }
            for p in shown
        ],
        description=f"Near-duplicate pairs found in this run (at most {MAX_PAIRS_SHOWN}, highest Jaccard first)",
    )
