"""The same batch on a Dask cluster on loopback: files shipped to workers, results into the archive."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extractor import extract
from extractor.batch.settings import BatchSettings

from batch_faults import HOOK
from conftest import german, write_text

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, host="127.0.0.1", protocol="tcp",
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_cluster_run_equals_local_run(scheduler: str, good_folder: Path, tmp_path: Path) -> None:
    local = extract([good_folder])
    remote = extract([good_folder], BatchSettings(scheduler=scheduler, archive=tmp_path / "a.sqlite"))
    for name, frame in local.tables.items():
        pd.testing.assert_frame_equal(remote.tables[name], frame, obj=name)
    again = extract([good_folder], BatchSettings(scheduler=scheduler, archive=tmp_path / "a.sqlite"))
    assert again.report.unchanged == 5 and again.report.extracted == 0


def test_cluster_worker_enforces_timeout(scheduler: str, tmp_path: Path) -> None:
    write_text(tmp_path, "hang.txt", german())
    write_text(tmp_path, "gut.txt", german())
    result = extract([tmp_path], BatchSettings(scheduler=scheduler, timeout=1, worker_hook=HOOK))
    assert [(e.doc_id, e.kind) for e in result.errors] == [("hang", "timeout")]
    assert list(result.tables["meetings"]["doc_id"]) == ["gut"]


def test_cluster_with_worker_processes(good_folder: Path) -> None:
    """Nanny-started workers are daemonic and extract in their own thread (no nested pool)."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as cluster:
        result = extract([good_folder], BatchSettings(scheduler=cluster.scheduler_address))
    assert result.errors == [] and len(result.tables["meetings"]) == 5
