"""Print how lkjaudit understood a report's tables (a debugging aid).

    python scripts/dump_tables.py FILE [TABLE_ID]

FILE may be in any format lkjaudit reads (text, Markdown, DOCX, PDF, XLSX, report
data in YAML or JSON).
"""

import sys

from lkjaudit.analysis import analyze
from lkjaudit.readers import read_report


def main(path: str, only: str | None = None) -> None:
    report = analyze(read_report(path))
    for t in report.tables:
        if only and only != t.id:
            continue
        print(
            f"== {t.id} [{t.label}] page {t.page_start} lines {t.line_start}-{t.line_end} kinds={[k.value for k in t.kinds]} ncols={t.ncols}"
        )
        for c in t.columns:
            print(
                f"   col {c.index} {c.cells} key={c.key} role={c.role.value} content={c.content} head={c.header!r} group={c.group!r} num={c.number} f={c.formula}"
                + (f" scale={c.scale}" if c.scale else "")
            )
        for r in t.rows:
            vals = " | ".join(
                (v.raw if v.kind.value != "empty" else "·") for v in r.values
            )
            lvl = r.level.value[:3] if r.level else "   "
            print(
                f"   {r.index:3} L{r.line} {r.kind.value[:4]} {lvl} p={r.parent} e={r.entity} :: {vals[:150]}"
            )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
