"""Write docs/rules/ (one page per rule and index.md) from the rule packs and their
fixtures in tests/rules/. Generated pages carry a "do not edit" banner. Also writes
lkjaudit/data/rulepacks.json, the packs parsed, which a run without a user cache
reads instead of the YAML.

    python scripts/gen_rule_docs.py          # write the pages, remove stale ones
    python scripts/gen_rule_docs.py --check  # exit 1 when docs/rules/ is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lkjaudit.engine.rulepack import SHIPPED, builtin_packs, builtin_rules
from lkjaudit.ruledocs import doc_pages

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "rules"
PACKS = ROOT / "lkjaudit" / "data" / SHIPPED


def packs_text() -> str:
    """lkjaudit/data/rulepacks.json as the generator writes it."""
    return json.dumps(builtin_packs(), ensure_ascii=False, indent=1) + "\n"


def packs_stale(path: Path = PACKS) -> bool:
    """True when the shipped parsed packs differ from what the generator writes."""
    try:
        return path.read_text(encoding="utf-8") != packs_text()
    except OSError:
        return True


def stale_pages(folder: Path = DOCS) -> list[str]:
    """Names of the pages that differ from what the generator writes."""
    pages = doc_pages(builtin_rules())
    existing = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    names = set(pages) | set(existing)
    return sorted(n for n in names if pages.get(n) != existing.get(n))


def write(folder: Path = DOCS) -> list[str]:
    """Write every page; remove pages of rules that no longer exist."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = doc_pages(builtin_rules())
    changed = stale_pages(folder)
    for name in changed:
        path = folder / name
        if name in pages:
            path.write_text(pages[name], encoding="utf-8")
        else:
            path.unlink()
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report staleness")
    args = parser.parse_args(argv)
    if args.check:
        stale = [f"docs/rules/{name}" for name in stale_pages()]
        if packs_stale():
            stale.append(f"lkjaudit/data/{SHIPPED}")
        for name in stale:
            print(f"{name} is out of date", file=sys.stderr)
        if stale:
            print("run: python scripts/gen_rule_docs.py", file=sys.stderr)
        return 1 if stale else 0
    for name in write():
        print(f"wrote docs/rules/{name}")
    if packs_stale():
        PACKS.write_text(packs_text(), encoding="utf-8")
        print(f"wrote lkjaudit/data/{SHIPPED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
