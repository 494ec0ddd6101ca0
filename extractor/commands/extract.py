"""``protokoll extract INPUT... --out DIR``: many files in parallel, into an archive, out as tables."""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from extractor.batch.inputs import collect_files
from extractor.batch.runner import BatchReport, final_tables, open_archive, run_batch
from extractor.batch.settings import BatchSettings, default_jobs
from extractor.batch.stamp import tables_current, write_stamp

ARCHIVE_NAME = "protokoll.sqlite"
FORMATS = ("csv", "xlsx", "parquet")
MAX_LISTED_ERRORS = 20


def register(sub: argparse._SubParsersAction) -> None:
    ex = sub.add_parser("extract", help="extract tables from protocol files and folders")
    ex.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    ex.add_argument("--out", type=Path, required=True, help="folder for the tables")
    ex.add_argument("--format", dest="formats", action="append", choices=FORMATS,
                    help="output format (repeatable; default: all three)")
    ex.add_argument("--model", metavar="PATH_OR_NAME",
                    help="spaCy pipeline: a folder, an installed package such as de_core_news_md, or 'blank' "
                         "(default: the shipped models/de_protokoll)")
    run = ex.add_argument_group("workers and limits")
    run.add_argument("--jobs", type=int, default=default_jobs(),
                     help="worker processes (default: all cores, here %(default)s); 0 = in this process, "
                          "without time and memory limits (debugging)")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs protokoll[cluster])")
    run.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                     help="per-file time limit; the worker is replaced (default: %(default)g, 0 = none)")
    run.add_argument("--max-memory", type=int, default=2048, metavar="MB",
                     help="memory one file may take in a worker (default: %(default)s, 0 = none)")
    run.add_argument("--max-size", type=float, default=100.0, metavar="MB",
                     help="larger files are refused unread (default: %(default)g, 0 = none)")
    run.add_argument("--min-german-share", type=float, default=0.05, metavar="SHARE",
                     help="a text with fewer German function words is skipped as not_german "
                          "(default: %(default)g, 0 = no check)")
    run.add_argument("--progress", choices=("auto", "bar", "log", "off"), default="auto",
                     help="progress bar on a terminal, log lines otherwise (default: auto)")
    archive = ex.add_argument_group("archive")
    archive.add_argument("--archive", type=Path, metavar="PATH",
                         help=f"SQLite archive of all extractions (default: OUT/{ARCHIVE_NAME})")
    archive.add_argument("--reextract", action="store_true", help="extract every file again, changed or not")
    archive.add_argument("--retry-failed", action="store_true", help="try unchanged files that failed before again")
    archive.add_argument("--prune", action="store_true", help="forget archived files that no longer exist")
    ex.set_defaults(func=run_command)


def settings_from(args: argparse.Namespace) -> BatchSettings:
    return BatchSettings(
        jobs=args.jobs, timeout=args.timeout, max_memory_mb=args.max_memory, max_file_mb=args.max_size,
        min_german_share=args.min_german_share, archive=args.archive or args.out / ARCHIVE_NAME,
        reextract=args.reextract, retry_failed=args.retry_failed, prune=args.prune,
        scheduler=args.scheduler, progress=args.progress, keep_extractions=False)


def run_command(args: argparse.Namespace) -> int:
    try:
        settings = settings_from(args)
        use_model(args.model)
    except (ValueError, RuntimeError) as err:  # a bad setting, or the model is not installed
        print(f"protokoll extract: {err}", file=sys.stderr)
        return 2
    formats = tuple(args.formats or FORMATS)
    with open_archive(settings) as archive:
        try:
            report = run_batch(collect_files(args.inputs), settings, archive)
        except RuntimeError as err:  # the workers could not start; what was stored so far stays stored
            print(f"protokoll extract: {err}", file=sys.stderr)
            return 2
        state = f"{archive.state}|{','.join(sorted(formats))}|{[e.file for e in report.missing]}"
        written = not tables_current(args.out, state)
        if written:
            from extractor.output import write_tables  # pandas and openpyxl: only when there is work

            write_stamp(args.out, state, write_tables(final_tables(archive, report), args.out, formats))
        extracted, failed = archive.counts()
        errors = archive.errors()
    failed.update(e.kind for e in report.missing)
    print(summary(report, extracted, failed, errors + report.missing, args.out, settings, written))
    return 1 if failed else 0


def use_model(model: str | None) -> None:
    """Check the chosen pipeline now and hand it to every worker through the environment."""
    if model:
        from extractor.nlp import MODEL_ENV, check_model  # spaCy loads only when a model is named

        check_model(model)
        os.environ[MODEL_ENV] = model


def summary(report: BatchReport, extracted: int, failed: Counter, errors: list, out: Path,
            settings: BatchSettings, written: bool) -> str:
    lines = [f"error: {e.file}: {e.kind}: {e.message}" for e in errors[:MAX_LISTED_ERRORS]]
    if len(errors) > MAX_LISTED_ERRORS:
        lines.append(f"... and {len(errors) - MAX_LISTED_ERRORS} more in {out / 'errors.csv'}")
    kinds = ", ".join(f"{kind} {count}" for kind, count in failed.most_common())
    lines.append(
        f"{report.files} files: {report.extracted} extracted now ({report.pages} pages, "
        f"{report.seconds:.1f} s), {report.unchanged} unchanged, {sum(report.new_errors.values())} failed now"
        + (f", {len(report.pruned)} pruned" if settings.prune else "") + ".")
    if report.peak_rss_mb:
        lines.append(f"Workers: {len(report.peak_rss_mb)} processes, peak memory per worker "
                     f"{max(report.peak_rss_mb.values()):.0f} MB, CPU {sum(report.cpu_seconds.values()):.1f} s.")
    lines.append(f"Archive {settings.archive}: {extracted} documents extracted, {sum(failed.values())} failed"
                 + (f" ({kinds})" if kinds else "") + ".")
    lines.append(f"Tables {'written to' if written else 'up to date in'} {out}.")
    return "\n".join(lines)
