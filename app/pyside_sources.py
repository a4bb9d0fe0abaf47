"""Stop PySide6 from keeping the source text of every module imported after it.

PySide6's `__feature__` import hook (shibokensupport/feature.py, `_mod_uses_pyside`) reads the source of each newly
imported module with inspect.getsource, to look for the word "PySide6". inspect reads through linecache, which
keeps every line of every file for the life of the process: once numpy and pyqtgraph are in (the Chart tab), some
13 MiB of strings nobody reads again — a tenth of the app's memory. The hook's answer stays the same; only the
lines it read are dropped from the cache (linecache reads a file again if a traceback needs it), and a module's
own .py file is searched as bytes, without inspect.
"""

from __future__ import annotations

import linecache
import sys


def forget_module_sources() -> bool:
    """Wrap PySide6's check so that the lines it reads are not kept. True once the wrapper is in place; False
    when PySide6 is not imported yet or has no such hook (then there is nothing to do)."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        return False
    if getattr(check, "forgets_sources", False):
        return True

    if getattr(sys, "frozen", False):
        # an installed (PyInstaller) app ships no module sources: the check's answer is always False, after a
        # failed search for the file of each of some 600 modules
        def uses_pyside(module) -> bool:
            return False
        uses_pyside.forgets_sources = True
        feature._mod_uses_pyside = uses_pyside
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            # the check's own answer ("PySide6" in inspect.getsource(module)) asked of the file's bytes: the
            # same for any source Python reads, without inspect's and linecache's work (a third of a
            # millisecond a module, some 120 modules before the first window)
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        try:
            return check(module)
        finally:
            path = getattr(module, "__file__", None)
            if isinstance(path, str):
                linecache.cache.pop(path, None)

    uses_pyside.forgets_sources = True
    feature._mod_uses_pyside = uses_pyside
    linecache.clearcache()  # what the hook kept before the wrapper was in place
    return True
