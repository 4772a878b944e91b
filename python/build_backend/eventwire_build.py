"""A PEP 517 build backend for the eventwire Python package, standard library only.

Why not setuptools: pip builds in an isolated environment and would fetch
setuptools from PyPI, which eventwire's users cannot reach; a backend with no
requirements builds offline with Debian's tools alone.

build_wheel:
  1. configures the repository (the folder above python/) with CMake in
     $EVENTWIRE_PYTHON_BUILD_DIR (default <repo>/build-python), for
     this interpreter, and builds the target eventwire_python (an existing
     build folder, e.g. EVENTWIRE_PYTHON_BUILD_DIR=build, is reused with its
     own settings: then only the module is compiled);
  2. packs eventwire/ (Python files and the module), the committed models
     (models/**/*.ewm and model cards) as eventwire/models/, and the gazetteer
     ($EVENTWIRE_GAZETTEER or <repo>/.cache/gazetteer.ewg, built by
     scripts/setup) as eventwire/data/gazetteer.ewg.
Environment: EVENTWIRE_JOBS (parallel compile jobs), CMAKE_ARGS (more CMake
options, split on spaces).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile

_PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_REPO = os.path.dirname(_PYTHON_DIR)
_NAME = "eventwire"


def _version() -> str:
    with open(os.path.join(_REPO, "CMakeLists.txt"), encoding="utf-8") as f:
        match = re.search(r"project\(eventwire VERSION ([0-9.]+)", f.read())
    return match.group(1) if match else "0.0.0"


def _tag() -> str:
    impl = f"cp{sys.version_info[0]}{sys.version_info[1]}"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{impl}-{impl}{sys.abiflags}-{platform}"


def _metadata() -> str:
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {_NAME}\n"
        f"Version: {_version()}\n"
        "Summary: Political event data (CAMEO/PLOVER), quotes, entities, times and places from news text\n"
        "Requires-Python: >=3.9\n"
        "Provides-Extra: frames\n"
        'Requires-Dist: pandas; extra == "frames"\n'
        "\n"
        "The eventwire C++ library in-process: see docs/python.md in the repository.\n"
    )


def _wheel_file() -> str:
    return (
        "Wheel-Version: 1.0\n"
        "Generator: eventwire_build\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {_tag()}\n"
    )


def _dist_info() -> str:
    return f"{_NAME}-{_version()}.dist-info"


def _log(message: str) -> None:
    print(f"eventwire_build: {message}", file=sys.stderr, flush=True)


def _build_module() -> str:
    if not os.path.isfile(os.path.join(_REPO, "CMakeLists.txt")):
        raise RuntimeError(f"{_REPO} is not the eventwire repository: build from a checkout")
    build = os.path.abspath(os.environ.get("EVENTWIRE_PYTHON_BUILD_DIR") or os.path.join(_REPO, "build-python"))
    configure = ["cmake", "-S", _REPO, "-B", build, "-DEVENTWIRE_PYTHON=ON",
                 f"-DPython_EXECUTABLE={sys.executable}"]
    if not os.path.exists(os.path.join(build, "CMakeCache.txt")):
        # A build of our own: the module and what it needs. An existing build
        # folder (EVENTWIRE_PYTHON_BUILD_DIR=build) keeps its settings.
        configure += ["-DCMAKE_BUILD_TYPE=Release", "-DEVENTWIRE_BUILD_TESTS=OFF",
                      "-DEVENTWIRE_BUILD_BENCH=OFF"]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        if shutil.which("ccache"):
            configure += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"]
    configure += os.environ.get("CMAKE_ARGS", "").split()
    jobs = os.environ.get("EVENTWIRE_JOBS") or str(os.cpu_count() or 1)
    _log(" ".join(configure))
    subprocess.run(configure, check=True, stdout=sys.stderr)
    _log(f"building eventwire_python in {build} with {jobs} jobs (minutes on a first build)")
    subprocess.run(["cmake", "--build", build, "--target", "eventwire_python", "-j", jobs],
                   check=True, stdout=sys.stderr)
    return os.path.join(build, "python", "eventwire")


def _files(package: str) -> list[tuple[str, str]]:
    """(path in the wheel, file on disk) for everything the wheel holds."""
    out = []
    for name in sorted(os.listdir(package)):
        path = os.path.join(package, name)
        if os.path.isfile(path) and not name.endswith(".pyc"):
            out.append((f"{_NAME}/{name}", path))
    models = os.path.join(_REPO, "models")
    for folder, _, names in sorted(os.walk(models)):
        for name in sorted(names):
            if name.endswith(".ewm") or name == "MODEL_CARD.md":
                rel = os.path.relpath(os.path.join(folder, name), models).replace(os.sep, "/")
                out.append((f"{_NAME}/models/{rel}", os.path.join(folder, name)))
    gazetteer = os.environ.get("EVENTWIRE_GAZETTEER") or os.path.join(_REPO, ".cache", "gazetteer.ewg")
    if os.path.isfile(gazetteer):
        out.append((f"{_NAME}/data/gazetteer.ewg", gazetteer))
    else:
        _log(f"warning: no gazetteer at {gazetteer} (run scripts/setup): the installed package "
             "will need Pipeline(gazetteer=...) or $EVENTWIRE_GAZETTEER")
    for name in ("NOTICE", "README.md"):
        if os.path.isfile(os.path.join(_REPO, name)):
            out.append((f"{_dist_info()}/{name}", os.path.join(_REPO, name)))
    return out


def _record_line(arcname: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


# ---- PEP 517 hooks ----

def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    dist_info = os.path.join(metadata_directory, _dist_info())
    os.makedirs(dist_info, exist_ok=True)
    with open(os.path.join(dist_info, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata())
    with open(os.path.join(dist_info, "WHEEL"), "w", encoding="utf-8") as f:
        f.write(_wheel_file())
    return _dist_info()


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    package = _build_module()
    wheel_name = f"{_NAME}-{_version()}-{_tag()}.whl"
    path = os.path.join(wheel_directory, wheel_name)
    records = []
    _log(f"writing {path}")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as wheel:
        def add(arcname: str, data: bytes, mode: int = 0o644) -> None:
            info = zipfile.ZipInfo(arcname, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(info, data)
            records.append(_record_line(arcname, data))

        for arcname, file in _files(package):
            with open(file, "rb") as f:
                data = f.read()
            add(arcname, data, 0o755 if arcname.endswith(".so") else 0o644)
        dist_info = _dist_info()
        add(f"{dist_info}/METADATA", _metadata().encode())
        add(f"{dist_info}/WHEEL", _wheel_file().encode())
        add(f"{dist_info}/top_level.txt", f"{_NAME}\n".encode())
        record = "\n".join(records + [f"{dist_info}/RECORD,,"]) + "\n"
        add(f"{dist_info}/RECORD", record.encode())
    return wheel_name
