"""Write the bodies a warehouse holds as {page id: body}, for the benchmark's scorer.

    newsdedup ingest ../shared/aeb/html --db /tmp/aeb.duckdb
    python bench/export_bodies.py /tmp/aeb.duckdb /tmp/aeb-bodies.json
    python ../shared/aeb/score.py /tmp/aeb-bodies.json

The page id is the source file's name without its extensions (`<id>.html.gz`).
"""

import argparse
import json
from pathlib import Path

import duckdb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="the DuckDB warehouse")
    parser.add_argument("out", type=Path, help="the JSON file to write")
    args = parser.parse_args()
    con = duckdb.connect(str(args.db), read_only=True)
    rows = con.execute("SELECT source_uri, body FROM articles").fetchall()
    con.close()
    bodies = {Path(uri.split("#")[0]).name.split(".")[0]: body for uri, body in rows}
    args.out.write_text(json.dumps(bodies, ensure_ascii=False))
    print(f"{len(bodies)} bodies written to {args.out}")


if __name__ == "__main__":
    main()
