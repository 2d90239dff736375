"""What the Parquet export's record check (sitroom.schema.check_records) costs, as a share of the whole
export, measured in one run on a picture export repeated to N copies of its records.

    python benchmarks/export_record_check.py            # 2000 copies (48k records)
    python benchmarks/export_record_check.py --copies 500
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.test_export import make_picture_corpus

from sitroom.export import export_parquet
from sitroom.picture import build_export_with_picture
from sitroom.schema import check_records, table_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2000)
    args = parser.parse_args()
    base = build_export_with_picture(make_picture_corpus())
    big = {k: (v * args.copies if isinstance(v, list) else v) for k, v in base.items()}
    tables = [t for t in table_names() if t in big]
    n = sum(len(big[t]) for t in tables)
    t0 = time.perf_counter()
    for table in tables:
        check_records(table, big[table])
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        export_parquet(big, Path(out))
    t2 = time.perf_counter()
    print(f"{n} records: check {t1 - t0:.2f} s; Parquet export with the check {t2 - t1:.2f} s; "
          f"the check's share {(t1 - t0) / (t2 - t1):.0%}")


if __name__ == "__main__":
    main()
