"""What a built tab keeps for the window's life is settled (gc.freeze, app/ui/idle.py): the cyclic collector's
full passes stop walking it (they grew to ~90 ms at 1000x the data as tabs were built). File → Open lets the
old dataset's settled objects go again, so a replaced dataset is still freed."""

import gc
import shutil
import weakref

from app.paths import bundled_database
from app.ui.org_tree import OrgNode


def _walked(obj) -> bool:
    """Whether the collector's passes walk `obj` (settled objects are not among gc.get_objects())."""
    return any(o is obj for o in gc.get_objects())


def test_a_tab_built_is_settled_and_what_is_made_later_is_not(window):
    window.show_tab("org")
    root = window.org_tab._nodes
    assert not _walked(root)  # settled as soon as it is built
    assert not _walked(root)
    assert not _walked(root.children[0])
    later = OrgNode(None, "root")  # the check tells the two apart: an object made after is walked
    later.add(OrgNode(None, "body"))
    assert _walked(later)


def test_the_map_is_settled_once_its_last_county_is_made(qtbot, window):
    window.show_tab("map")
    qtbot.waitUntil(window.idle.done, timeout=10_000)
    assert window.map_tab.map.is_built()
    county = window.map_tab.map.region_item("korce")
    assert county is not None and not _walked(county)


def test_file_open_lets_the_settled_dataset_go(qtbot, window, tmp_path):
    paths = [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    for path in paths:
        shutil.copyfile(bundled_database(), path)
    assert window.open_dataset(str(paths[0]))
    window.show_tab("org")
    qtbot.waitUntil(window.idle.done, timeout=10_000)
    root = window.org_tab._nodes
    assert not _walked(root)  # settled with its tab
    replaced = weakref.ref(root)  # the org tree's nodes are a cycle (parents and children): only gc frees them
    del root
    assert window.open_dataset(str(paths[1]))
    qtbot.waitUntil(window.idle.done, timeout=10_000)  # settled again, the replaced cycles collected first
    assert replaced() is None
    assert not _walked(window.org_tab._nodes)


def test_a_selection_holds_the_background_work_then_it_goes_on(qtbot, window):
    """Idle work (indexes) steps aside while the person clicks: a selection is shown without slices of it in
    the same turns of the event loop, and the work goes on once they stop."""
    ran = []
    window.idle.add(iter(ran.append(i) for i in range(1000)))  # a slice per turn, as the indexes are made
    qtbot.waitUntil(lambda: len(ran) > 0, timeout=5000)
    window.selection.select("delegation", "korca")
    held_at = len(ran)
    qtbot.wait(window.idle.HOLD_MS // 2)
    assert len(ran) == held_at  # not one slice while held
    assert "Korç" in window.details.toPlainText()
    qtbot.waitUntil(lambda: len(ran) == 1000, timeout=10_000)

