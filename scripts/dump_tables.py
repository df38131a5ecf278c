"""Print how lkjaudit understood a report's tables (a debugging aid)."""

import sys

from lkjaudit.analysis import analyze
from lkjaudit.readers.text import read_text


def main(path: str, only: str | None = None) -> None:
    with open(path, encoding="utf-8-sig") as fh:
        report = analyze(read_text(path, fh.read().replace("\r\n", "\n")))
    for t in report.tables:
        if only and only != t.id:
            continue
        print(
            f"== {t.id} [{t.label}] lines {t.line_start}-{t.line_end} kinds={[k.value for k in t.kinds]} ncols={t.ncols}"
        )
        for c in t.columns:
            print(
                f"   col {c.index} {c.cells} key={c.key} role={c.role.value} content={c.content} head={c.header!r} group={c.group!r} num={c.number} f={c.formula}"
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
