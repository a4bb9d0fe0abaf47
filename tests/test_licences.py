"""The licence list that Help → About shows and the .deb's copyright file repeats: every runtime dependency of
the app is in it, with a version that was really found and a licence text that exists and says what it is."""

import re

from app.licences import app_licence, third_party
from conftest import ROOT


def _runtime_dependencies() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.S | re.M).group(1)
    return {re.match(r"[A-Za-z0-9_.-]+", d).group(0).lower() for d in re.findall(r'^\s*"([^"]+)"', block, re.M)}


def test_every_runtime_dependency_is_listed_with_its_installed_version():
    rows = {row["name"].lower(): row for row in third_party()}
    names = {"pyside6-essentials": "qt for python (pyside6)", "pyqtgraph": "pyqtgraph", "numpy": "numpy"}
    assert _runtime_dependencies() == set(names)
    for dist, name in names.items():
        assert rows[name]["version"][0].isdigit(), rows[name]
    assert rows["qt"]["version"] == rows["qt for python (pyside6)"]["version"]


def test_each_licence_text_exists_and_names_its_licence():
    marks = {"LGPL-3.0-only": "GNU LESSER GENERAL PUBLIC LICENSE", "PSF-2.0": "PYTHON SOFTWARE FOUNDATION LICENSE",
             "MIT": "Permission is hereby granted", "BSD-3-Clause": "Redistribution and use", "ICU": "Unicode"}
    assert all(row["url"].startswith("https://") for row in third_party())
    for row in [app_licence(), *third_party()]:
        text = row["path"].read_text(encoding="utf-8")
        assert row["name"] and row["licence"]
        mark = marks.get(row["licence"].split(" ")[0])
        if mark:
            assert mark in text, (row["name"], row["path"])
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "resources" / "licenses" / "GPL-3.0.txt").read_text()
