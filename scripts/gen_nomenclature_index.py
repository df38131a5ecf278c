"""Write lkjaudit/data/nomenklatur_index.json: the official names indexed by key.

Building the index from the CSV files of the 2021 nomenclature costs more than
reading it, so it is built here and shipped beside them; lkjaudit builds it itself
when the shipped one was built from other CSV files.

    python scripts/gen_nomenclature_index.py          # write the index
    python scripts/gen_nomenclature_index.py --check  # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from lkjaudit.analysis.names import INDEX, index_document

TARGET = Path(__file__).resolve().parent.parent / "lkjaudit" / "data" / INDEX


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def render() -> str:
    """The file's text: one official key per line, so that changes diff well."""
    doc = index_document()
    entries = ",\n".join(f"{_dump(k)}: {_dump(v)}" for k, v in doc.pop("index").items())
    head = "".join(f"{_dump(k)}: {_dump(v)},\n" for k, v in doc.items())
    return f'{{\n{head}"index": {{\n{entries}\n}}\n}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report staleness")
    args = parser.parse_args(argv)
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if text != current:
            print(f"{TARGET.name} is out of date", file=sys.stderr)
            print("run: python scripts/gen_nomenclature_index.py", file=sys.stderr)
            return 1
        return 0
    if text != current:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote lkjaudit/data/{TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
