"""app/model is plain Python: no module in it imports Qt, directly or through what it imports."""

import ast
import subprocess
import sys

from conftest import ROOT

QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "pyqtgraph")


def test_no_qt_import_statement_in_model():
    offenders = []
    for path in (ROOT / "app" / "model").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_and_using_the_store_loads_no_qt():
    code = ("import sys; from app.model import Store; Store.open().summary(); "
            f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
