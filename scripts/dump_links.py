"""Print the cross-table links lkjaudit found in a report (a debugging aid)."""

import sys

from lkjaudit.readers import load_report


def main(path: str) -> None:
    report = load_report(path)
    for group in report.links:
        print(f"== {group.kind} {group.level}: {group.name[:70]}")
        for m in group.members:
            table = report.table(m.table)
            row = table.row(m.row)
            label = table.label_of(row)
            print(
                f"     {m.table:45} r{m.row:<3} L{row.line} {m.score:5.1f} {m.basis:9} {label[:60]}"
            )
    for amb in report.ambiguous:
        print("AMBIGUOUS", amb)


if __name__ == "__main__":
    main(sys.argv[1])
