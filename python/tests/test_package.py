"""Import-time behaviour, stubs and model lookup."""
import os
import subprocess
import sys

import eventwire


def test_import_is_light():
    # pandas and tqdm are imported only when a frame or a progress bar is asked for.
    code = "import sys, eventwire; print('pandas' in sys.modules, 'tqdm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_public_api_has_stubs_and_docstrings():
    stub = os.path.join(os.path.dirname(eventwire.__file__), "__init__.pyi")
    assert os.path.isfile(stub)
    with open(stub, encoding="utf-8") as f:
        text = f.read()
    for name in eventwire.__all__:
        if name != "__version__":
            assert name in text, name
            assert getattr(eventwire, name).__doc__, name
    for method in ("code", "code_many", "code_json"):
        assert getattr(eventwire.Pipeline, method).__doc__


def test_models_dir_order(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWIRE_MODELS", str(tmp_path))
    assert eventwire.models_dir() == str(tmp_path)
    assert eventwire.models_dir("/x") == "/x"
    monkeypatch.delenv("EVENTWIRE_MODELS")
    assert os.path.isfile(os.path.join(eventwire.models_dir(), "syntax", "fast.ewm"))


def test_pipeline_repr_and_settings(pipeline):
    assert "fast" in repr(pipeline)
    assert pipeline.settings["syntax"] == "fast"
