"""Stream N articles through newsdoc's corpus engine and report RSS as it goes.

Run by run_all.py as ``python stream_rss.py N TEXTS_FILE JOBS EXTRACT``: TEXTS_FILE holds seed
texts separated by form feeds; the N tasks cycle over them, are generated lazily, and
their JSON lines are discarded, so a growing RSS would mean a leak or unbounded queues.
Prints one JSON object: RSS (KB) at each quarter of the run and the peak RSS
(workers' peak from getrusage(RUSAGE_CHILDREN)).
"""

import json
import resource
import sys
from pathlib import Path

from newsdoc import _corpus


def _rss_kb() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() // 1024


def _peak_kb() -> int:
    # VmHWM, not ru_maxrss: after fork + exec, ru_maxrss still counts the parent's RSS
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    count = int(sys.argv[1])
    texts = [t.encode() for t in Path(sys.argv[2]).read_text(encoding="utf-8").split("\f") if t.strip()]
    jobs = int(sys.argv[3])
    extract = sys.argv[4] == "1"
    tasks = (_corpus.Task(path=f"a{i}.txt", kind="text", data=texts[i % len(texts)]) for i in range(count))
    quarters = []
    written = 0
    for n, item in enumerate(_corpus.process(tasks, _corpus.Options(extract=extract), jobs=jobs), start=1):
        assert isinstance(item, bytes)
        written += len(item)
        if n % (count // 4) == 0:
            quarters.append(_rss_kb())
    print(json.dumps({
        "quarters_kb": quarters,
        "peak_kb": _peak_kb(),
        "workers_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "mb_written": written / 1e6,
    }))


if __name__ == "__main__":
    main()
