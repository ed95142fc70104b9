"""The run's report: Prefect artifacts for the UI and the summary the command prints."""

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from warehouse.runs import MAX_ERRORS_SHOWN, MAX_PAIRS_SHOWN, RunReport, RunSummary


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


def publish(summary: RunSummary, shown: RunReport) -> None:
    """Artifacts for the run's page in the UI: the counts with the largest clusters and the
    rejects by kind, a table of the new near-duplicate pairs, and a table of the rejects."""
    create_markdown_artifact(
        key="ingest-summary", markdown=_markdown(summary, shown), description="Counts of this run"
    )
    create_table_artifact(
        key="near-duplicate-pairs",
        table=[
            {
                "article_a": p.article_a,
                "title_a": shown.titles.get(p.article_a, ""),
                "article_b": p.article_b,
                "title_b": shown.titles.get(p.article_b, ""),
                "jaccard": round(p.jaccard, 3),
                "containment_a_in_b": round(p.containment_a_in_b, 3),
                "containment_b_in_a": round(p.containment_b_in_a, 3),
            }
            for p in shown.pairs
        ],
        description=f"Near-duplicate pairs found in this run (at most {MAX_PAIRS_SHOWN}, highest Jaccard first)",
    )
    if shown.errors:
        create_table_artifact(
            key="rejected-inputs",
            table=[
                {"source_uri": uri, "stage": stage, "error_type": kind, "message": message}
                for uri, stage, kind, message in shown.errors
            ],
            description=f"Inputs this run could not use, and why (at most {MAX_ERRORS_SHOWN})",
        )


def _markdown(summary: RunSummary, shown: RunReport) -> str:
    """The run's counts, its rejects by kind and the warehouse's largest clusters."""
    rows = "\n".join(f"| {label} | {value} |" for label, value in summary_lines(summary))
    parts = [
        f"# newsdedup ingest run\n\n| | |\n|---|---|\n{rows}\n",
        f"Inputs: {summary.inputs}; files of unsupported kinds skipped in folders: "
        f"{summary.skipped_in_folders}; archive records that are not pages: "
        f"{summary.records_skipped}.\n",
    ]
    if shown.errors_by_type:
        kinds = "\n".join(f"| {stage} | {kind} | {n} |" for stage, kind, n in shown.errors_by_type)
        parts.append(
            "## Rejected inputs\n\n| stage | error | inputs |\n|---|---|---|\n"
            f"{kinds}\n\nEach one is in `ingest_errors` "
            f"(`WHERE run_id = '{summary.run_id}'`).\n"
        )
    if shown.largest_clusters:
        clusters = "\n".join(
            f"| {size} | {_cell(title)} | `{cluster_id}` |"
            for cluster_id, size, title in shown.largest_clusters
        )
        parts.append(
            "## Largest near-duplicate clusters in the warehouse\n\n"
            f"| members | canonical title | cluster_id |\n|---|---|---|\n{clusters}\n"
        )
    return "\n".join(parts)


def _cell(text: str) -> str:
    """Text that cannot break a markdown table row."""
    return " ".join(text.replace("|", "\\|").split())
