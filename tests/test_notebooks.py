"""Both notebooks run top to bottom on the bundled examples (nbclient, the venv's kernel, Agg backend)."""
import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.mark.parametrize("name", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_notebook_runs(name, tmp_path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PROTOKOLL_FIGURES", str(tmp_path / "abbildungen"))
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "commit notebooks with outputs cleared"
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    if name.startswith("02"):
        assert len(list((tmp_path / "abbildungen").glob("*.png"))) == 3


def test_notebooks_exist():
    assert len(list(NOTEBOOKS.glob("*.ipynb"))) >= 2
    assert os.path.exists(NOTEBOOKS / "README.md")
