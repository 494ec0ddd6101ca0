import pytest

from extractor.batch.settings import BatchSettings, default_jobs


@pytest.mark.parametrize("kwargs, message", [
    ({"jobs": -1}, "jobs must be a number >= 0; got -1"),
    ({"timeout": -5}, "timeout must be a number >= 0; got -5"),
    ({"max_memory_mb": "lots"}, "max_memory_mb must be a number >= 0; got 'lots'"),
    ({"min_german_share": 1.5}, "min_german_share must be in [0, 1); got 1.5"),
    ({"progress": "fancy"}, "Unknown progress mode 'fancy'; expected one of: auto, bar, log, off"),
    ({"worker_hook": "nocolon"}, "worker_hook must look like 'module:function'; got 'nocolon'"),
])
def test_bad_settings_name_value_and_choices(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError) as err:
        BatchSettings(**kwargs)
    assert str(err.value) == message


def test_defaults() -> None:
    settings = BatchSettings(archive="a.sqlite", max_file_mb=1)
    assert settings.archive.name == "a.sqlite" and settings.max_file_bytes == 2**20
    assert default_jobs() >= 1
