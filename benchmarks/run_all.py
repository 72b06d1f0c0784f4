"""Every newsdoc benchmark, side by side in one run: ``python benchmarks/run_all.py``.

Prints Markdown tables (the figures in docs/performance.md come from this output) and,
with ``--json FILE``, writes the raw figures. ``--quick`` shrinks the sizes for a
smoke run (seconds instead of minutes). Needs the ``bench`` extra for the peer
comparisons (``pip install -e ".[bench]"``); a part whose library or data is missing is
skipped with a note.

Sections: throughput (parse only / parse+extract, one core); ``--jobs 2`` speed-up of
the command line; cost growth with corpus size and with article length; JSON round trip
against msgspec and pydantic; memory per Article and peak RSS of a long streaming run;
the cProfile top entries of the slowest stage.
"""

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402 - benchmarks/ is put on the path just above
import peers  # noqa: E402

import newsdoc  # noqa: E402
from newsdoc._json import dumpb  # noqa: E402

RESULTS: dict[str, Any] = {}


def _table(headers: list[str], rows: list[list[Any]]) -> None:
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")
    print()


def _texts() -> list[tuple[str, str]]:
    return [item for texts in corpus.assemble().values() for item in texts]


def _replicate(texts: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    return [(f"{texts[i % len(texts)][0]}-{i}", texts[i % len(texts)][1]) for i in range(n)]


def _mix(texts: list[tuple[str, str]], size: int = 100) -> list[tuple[str, str]]:
    """``size`` texts spread over the whole corpus: every replicated run has the same mix."""
    step = max(1, len(texts) // size)
    return texts[::step][:size]


def _pipeline_steps() -> str:
    names = newsdoc.default_pipeline().names
    return ", ".join(names) if names else "none yet (parse only)"


# ---------------------------------------------------------------- throughput


def throughput(texts: list[tuple[str, str]]) -> None:
    print("## Throughput, one core (in-process API)\n")
    print(f"Built-in extraction steps: {_pipeline_steps()}.\n")
    size = sum(len(t.encode()) for _, t in texts)
    rows = []
    for label, extract in (("parse only", False), ("parse + extract", True)):
        newsdoc.parse(texts[0][1], extract=extract)  # warm up (lexicons, regexes)
        best = cpu = float("inf")
        for _ in range(2 if extract else 3):
            start, start_cpu = time.perf_counter(), time.process_time()
            for name, text in texts:
                newsdoc.parse(text, source=name, extract=extract)
            best = min(best, time.perf_counter() - start)
            cpu = min(cpu, time.process_time() - start_cpu)
        rows.append([label, len(texts), f"{size / len(texts) / 1024:.1f}", f"{len(texts) / cpu:,.0f}",
                     f"{size / cpu / 1e6:.2f}", f"{len(texts) / best:,.0f}"])
        RESULTS[f"throughput/{label}"] = {
            "articles_per_cpu_s": len(texts) / cpu, "mb_per_cpu_s": size / cpu / 1e6,
            "articles_per_wall_s": len(texts) / best,
        }
    _table(["stage", "articles", "mean KB", "articles per CPU second", "MB per CPU second",
            "articles/s (wall)"], rows)
    print("A CPU second is one core busy for one second: on a machine shared with other work, the wall-clock "
          "figure is lower.\n")


def jobs_speedup(texts: list[tuple[str, str]], count: int) -> None:
    print("## `newsdoc parse --jobs N` on a directory of files (command line, wall clock)\n")
    tmp = Path(tempfile.mkdtemp(prefix="newsdoc-bench-"))
    try:
        folder = tmp / "corpus"
        folder.mkdir()
        for i, (_, text) in enumerate(_replicate(texts, count)):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        rows = []
        times: dict[int, float] = {}
        outputs = {}
        cpu: dict[int, float] = {}
        load = os.getloadavg()[0]
        for jobs in (1, 2):
            best = float("inf")
            for _ in range(2):
                out = tmp / f"out{jobs}.jsonl"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "newsdoc", "parse", str(folder), "--jobs", str(jobs),
                                "-o", str(out)], check=True)
                seconds = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if seconds < best:
                    best = seconds
                    cpu[jobs] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            times[jobs] = best
            outputs[jobs] = out.read_bytes()
            rows.append([jobs, count, f"{best:.2f}", f"{cpu[jobs]:.2f}", f"{count / best:,.0f}",
                         f"{times[1] / best:.2f}x"])
        identical = outputs[1] == outputs[2]
        _table(["--jobs", "files", "wall seconds", "CPU seconds (all processes)", "articles/s", "speed-up"],
               rows)
        # on idle cores, N jobs finish in (CPU time / N): the speed-up the CPU figures allow
        ideal = 2 * cpu[1] / cpu[2]
        print(f"Output of --jobs 1 and --jobs 2 identical: {identical}. Cores: {os.cpu_count()}; "
              f"load average when the runs started: {load:.1f}. From the CPU seconds, the speed-up "
              f"on two idle cores would be {ideal:.2f}x (CPU overhead of the pool: "
              f"{(cpu[2] / cpu[1] - 1) * 100:+.0f}%).\n")
        RESULTS["jobs"] = {"files": count, "seconds": times, "cpu_seconds": cpu,
                           "speedup": times[1] / times[2], "idle_speedup": ideal, "identical": identical,
                           "load": load}
    finally:
        shutil.rmtree(tmp)


# ---------------------------------------------------------------- scaling


def scaling(texts: list[tuple[str, str]], sizes: list[int], extract_sizes: list[int]) -> None:
    print("## Cost growth with corpus size (in-process, replicated texts, streamed)\n")
    rows = []
    for extract in (False, True):
        per = {}
        for n in extract_sizes if extract else sizes:
            start, start_cpu = time.perf_counter(), time.process_time()
            for name, text in _replicate(_mix(texts), n):
                newsdoc.dumps(newsdoc.parse(text, source=name, extract=extract))
            seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
            per[n] = cpu / n * 1e6
            rows.append(["parse + extract + dumps" if extract else "parse + dumps", f"{n:,}",
                         f"{cpu:.2f}", f"{per[n]:.0f}", f"{n / cpu:,.0f}", f"{seconds:.2f}"])
        RESULTS[f"scaling/{'extract' if extract else 'parse'}"] = per
    _table(["work", "articles", "CPU seconds", "CPU us/article", "articles per CPU second", "wall seconds"],
           rows)


def length(paragraphs: list[str], sizes_kb: list[int]) -> None:
    print("## Cost growth with article length (one article of repeated paragraphs)\n")
    rows = []
    for kb in sizes_kb:
        body: list[str] = []
        total = 0
        i = 0
        while total < kb * 1024:
            body.append(paragraphs[i % len(paragraphs)])
            total += len(body[-1].encode()) + 2
            i += 1
        text = "date 2024-01-05 A long article\n\n" + "\n\n".join(body)
        for extract in (False, True):
            seconds = float("inf")
            for _ in range(3 if kb >= 1000 else 7):
                start = time.process_time()
                newsdoc.parse(text, source="long.txt", extract=extract)
                seconds = min(seconds, time.process_time() - start)
            rows.append([f"{len(text.encode()) / 1024:,.0f}", "parse + extract" if extract else "parse",
                         f"{seconds * 1000:.1f}", f"{seconds * 1e6 / (len(text.encode()) / 1024):.1f}"])
            RESULTS[f"length/{kb}/{'extract' if extract else 'parse'}"] = seconds
    _table(["KB", "work", "CPU ms", "CPU us per KB"], rows)


# ---------------------------------------------------------------- JSON


def _best_us(func: Callable[[], object], number: int = 50, repeat: int = 40) -> float:
    return min(timeit.repeat(func, number=number, repeat=repeat, timer=time.process_time)) / number * 1e6


def json_round_trip(article: newsdoc.Article, what: str) -> None:
    print(f"## JSON round trip, {what} (object -> JSON bytes -> object), same process\n")
    print(f"Article: seed text with {len(article.actors)} actors "
          f"({sum(len(a.mentions) for a in article.actors)} mentions), {len(article.statements)} statements, "
          f"{len(article.events)} events, {len(article.times)} times; "
          f"{len(newsdoc.dumps(article).encode()):,} bytes of JSON.\n")
    import orjson

    from newsdoc._json import _FAST, from_dict, to_dict

    data = dumpb(article)
    assert newsdoc.loads(data) == article
    candidates: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "newsdoc (msgspec mirrors and writer structs)": (lambda: dumpb(article), lambda: newsdoc.loads(data)),
        "newsdoc, strict path (orjson + generated functions)": (
            lambda: dumpb(article), lambda: from_dict(orjson.loads(data))
        ),
        "newsdoc, generic cattrs hooks + orjson": (
            lambda: orjson.dumps({"schema_version": 1, **_FAST.unstructure(article)}),
            lambda: _FAST.structure(
                {k: v for k, v in orjson.loads(data).items() if k != "schema_version"},
                newsdoc.Article),
        ),
    }
    assert from_dict(to_dict(article)) == article
    try:
        import msgspec

        m_type = peers.msgspec_types()
        encoder, decoder = msgspec.json.Encoder(), msgspec.json.Decoder(m_type)
        m_obj = decoder.decode(data)
        m_data = encoder.encode(m_obj)
        candidates["msgspec.Struct"] = (lambda: encoder.encode(m_obj), lambda: decoder.decode(m_data))
    except ImportError:
        print("(msgspec not installed: skipped)\n")
    try:
        p_type = peers.pydantic_types()
        p_obj = p_type.model_validate_json(data, strict=False)
        p_data = p_obj.model_dump_json().encode()
        candidates["pydantic v2 BaseModel"] = (
            lambda: p_obj.model_dump_json(), lambda: p_type.model_validate_json(p_data, strict=False)
        )
    except ImportError:
        print("(pydantic not installed: skipped)\n")
    # interleave the candidates, several rounds, keep each one's best: fair on a busy machine
    best: dict[str, list[float]] = {name: [float("inf")] * 3 for name in candidates}
    for _ in range(3):
        for name, (dump, load) in candidates.items():
            figures = [_best_us(dump), _best_us(load), _best_us(lambda d=dump, lo=load: (d(), lo()))]
            best[name] = [min(a, b) for a, b in zip(best[name], figures, strict=True)]
    reference = best.get("msgspec.Struct", [0, 0, 0])[2]
    rows = []
    for name, (dump_us, load_us, rt_us) in best.items():
        ratio = f"{rt_us / reference:.1f}x" if reference else "-"
        rows.append([name, f"{dump_us:.0f}", f"{load_us:.0f}", f"{rt_us:.0f}", ratio])
    print("Best of 40 x 50 calls, each library measured in turns, three rounds; CPU time.\n")
    RESULTS[f"json/{what}"] = best
    _table(["library", "dump us", "load us", "round trip us", "vs msgspec"], rows)


# ---------------------------------------------------------------- memory


def memory(texts: list[tuple[str, str]], runs: list[tuple[int, int, bool]]) -> None:
    print("## Memory\n")
    rows = []
    rich = dumpb(peers.rich_article())
    seed_text = corpus.SEED.read_text(encoding="utf-8")
    for label, make in (
        ("seed article, parsed (no extraction)", lambda: newsdoc.parse(seed_text, extract=False)),
        ("seed article with hand-made extraction (from JSON)", lambda: newsdoc.loads(rich)),
        ("seed article, parse + extract", lambda: newsdoc.parse(seed_text)),
    ):
        gc.collect()
        tracemalloc.start()
        keep = [make() for _ in range(200)]
        current, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append([label, f"{current / len(keep) / 1024:.1f}"])
        RESULTS[f"memory/{label}"] = current / len(keep)
        del keep
    _table(["Article in RAM", "KB per Article (tracemalloc)"], rows)
    tmp = Path(tempfile.mkdtemp(prefix="newsdoc-bench-"))
    try:
        texts_file = tmp / "texts.txt"
        texts_file.write_text("\f".join(t for _, t in texts[:200]), encoding="utf-8")
        for stream_count, jobs, extract in runs:
            done = subprocess.run(
                [sys.executable, str(HERE / "stream_rss.py"), str(stream_count), str(texts_file), str(jobs),
                 "1" if extract else "0"],
                capture_output=True, text=True, check=False,
            )
            if done.returncode:
                print(f"(streaming run failed: {done.stderr.strip()[-300:]})\n")
                continue
            figures = json.loads(done.stdout)
            workers = f", each worker at most {figures['workers_peak_kb'] / 1024:.0f} MB" if jobs > 1 else ""
            work = "parse + extract" if extract else "parse only"
            print(f"Streaming {stream_count:,} articles with --jobs {jobs} ({work}, "
                  f"{figures['mb_written']:.0f} MB of JSON discarded): RSS of the parent at each quarter "
                  f"{', '.join(f'{kb / 1024:.1f}' for kb in figures['quarters_kb'])} MB; peak RSS "
                  f"{figures['peak_kb'] / 1024:.0f} MB{workers}.\n")
            RESULTS[f"memory/stream/{stream_count}/jobs{jobs}/{work}"] = figures
    finally:
        shutil.rmtree(tmp)


# ---------------------------------------------------------------- profile


def profile(texts: list[tuple[str, str]]) -> None:
    print("## Profile of parse + extract (cProfile, top entries by own time)\n")
    profiler = cProfile.Profile()
    profiler.enable()
    for name, text in texts:
        newsdoc.dumps(newsdoc.parse(text, source=name))
    profiler.disable()
    _print_profile(profiler, 15)


def steps(texts: list[tuple[str, str]]) -> None:
    print("## CPU time per extraction step\n")
    from newsdoc._extract._doc import Doc

    sample = [newsdoc.parse(t, source=n, extract=False) for n, t in _mix(texts, 150)]
    newsdoc.parse(texts[0][1])  # warm up
    pipeline = newsdoc.default_pipeline()
    totals = {"sentence splitting": 0.0, **{step.name: 0.0 for step in pipeline}, "building the Article": 0.0}
    for article in sample:
        doc = Doc(article=article)
        start = time.process_time()
        doc.sentences  # noqa: B018 - computed (and cached) here, to time it on its own
        totals["sentence splitting"] += time.process_time() - start
        for step in pipeline:
            start = time.process_time()
            step.run(doc)
            totals[step.name] += time.process_time() - start
        start = time.process_time()
        doc.to_article()
        totals["building the Article"] += time.process_time() - start
    _table(["stage", "CPU ms per article"],
           [[name, f"{seconds / len(sample) * 1000:.2f}"] for name, seconds in totals.items()])
    RESULTS["steps"] = {name: seconds / len(sample) for name, seconds in totals.items()}


def long_profile(paragraphs: list[str], kb: int) -> None:
    print(f"## Profile of extraction on one {kb} KB article (cProfile, top entries by own time)\n")
    body: list[str] = []
    total = 0
    while total < kb * 1024:
        body.append(paragraphs[len(body) % len(paragraphs)])
        total += len(body[-1]) + 2
    article = newsdoc.parse("date 2024-01-05 A long article\n\n" + "\n\n".join(body), extract=False)
    profiler = cProfile.Profile()
    profiler.enable()
    newsdoc.extract(article)
    profiler.disable()
    _print_profile(profiler, 8)


def _print_profile(profiler: cProfile.Profile, count: int) -> None:
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(count)
    lines = [ln for ln in stream.getvalue().splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls"))
    print("```")
    root = str(HERE.parent)
    for line in lines[start : start + count + 1]:
        print(line.replace(root + "/", "").replace(sys.prefix + "/", "")[:160])
    print("```\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--full", action="store_true",
                        help="also 100k articles WITH extraction (scaling and streaming memory): long")
    parser.add_argument("--json", metavar="FILE", help="also write the raw figures as JSON")
    args = parser.parse_args()
    texts = _texts()
    if not texts:
        sys.exit("no corpus: neither ../shared/data nor the seed article was found")
    print(f"# newsdoc benchmarks\n\nnewsdoc {newsdoc.__version__}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load average at start {os.getloadavg()[0]:.1f}. Corpus: " + ", ".join(
              f"{name} {len(t)} articles" for name, t in corpus.assemble().items()) + ".\n")
    started = time.perf_counter()
    throughput(texts)
    jobs_speedup(texts, 200 if args.quick else 1000)
    if args.quick:
        scaling(texts, [1_000, 2_000], [200, 400])
    else:
        scaling(texts, [1_000, 10_000, 100_000], [1_000, 10_000, 100_000] if args.full else [1_000, 10_000])
    paragraphs = [p for _, t in texts[:50] for p in t.split("\n\n")[1:] if p.strip()]
    length(paragraphs, [1, 10, 100] if args.quick else [1, 10, 100, 1000])
    json_round_trip(peers.rich_article(), "seed-sized article with hand-made extraction")
    if newsdoc.default_pipeline().names:
        json_round_trip(newsdoc.read(corpus.SEED), "the seed article as newsdoc extracts it")
    if args.quick:
        memory(texts, [(4_000, 1, False), (400, 2, True)])
    else:
        memory(texts, [(100_000, 1, False), (100_000 if args.full else 10_000, 2, True)])
    profile(texts[:100] if args.quick else texts[:400])
    if newsdoc.default_pipeline().names:
        steps(texts)
        long_profile(paragraphs, 100 if args.quick else 400)
    print(f"Total benchmark time: {time.perf_counter() - started:.0f} s; max RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB.")
    if args.json:
        Path(args.json).write_text(json.dumps(RESULTS, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
