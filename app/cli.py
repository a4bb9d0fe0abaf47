"""Command line: `permet-explorer [--db PATH] [--tab TAB] [--select KIND:ID] [--lang en|sq]
[--screenshot PATH | --self-check]`. Bad input gets one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import APP_NAME, __version__
from app.fonts import albanian_font_problem
from app.model import DatasetError, Store
from app.model.store import KINDS

PROG = "permet-explorer"
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line instead of argparse's usage block
        raise UsageError(f"{message} (see --help)")


def _tab_names() -> list[str]:
    from app.ui.pages import page_names  # the page registry: one place lists the tabs
    return page_names()


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=f"{APP_NAME}: an offline atlas of the Congress of Përmet (May 1944).")
    p.add_argument("--db", metavar="PATH", help="dataset to open (default: the bundled one)")
    p.add_argument("--tab", choices=_tab_names(), help="tab to open first")
    p.add_argument("--select", metavar="KIND:ID",
                   help=f"item to select, e.g. place:korce; kinds: {', '.join(KINDS)}")
    p.add_argument("--lang", choices=("en", "sq"), help="language of the interface and the data labels (remembered)")
    p.add_argument("--palette", choices=("system", "light", "dark"), default="system",
                   help="colours: follow the system (default), or force light or dark")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG file and exit")
    action.add_argument("--pdf", metavar="PATH", help="write an A4 fact sheet of the --select/--tab view (in --lang) "
                                                     "as a PDF and exit")
    action.add_argument("--self-check", action="store_true", help="load everything offscreen, print a summary, exit")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def _parse_select(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    kind, sep, item_id = value.partition(":")
    if not sep or not item_id:
        raise UsageError(f"--select needs KIND:ID (for example place:korce), not {value!r}")
    if kind not in KINDS:
        raise UsageError(f"--select: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    return kind, item_id


def _check_screenshot_path(value: str | None, flag: str = "--screenshot", suffix: str = ".png") -> Path | None:
    if value is None:
        return None
    path = Path(value)
    kind = suffix[1:].upper()
    if value.endswith(("/", os.sep)):
        raise UsageError(f"{flag}: {value!r} names a folder; give a file path ending in {suffix}")
    if path.suffix.lower() != suffix:
        raise UsageError(f"{flag} writes {kind}: give a path ending in {suffix}, not {value!r}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{flag}: folder {str(folder)!r} does not exist")
    if path.is_dir():
        raise UsageError(f"{flag}: {value!r} is a folder; give a file path ending in {suffix}")
    existed = path.exists()
    try:  # the only reliable test of "can I write there" (root passes os.access checks on read-only mounts)
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise UsageError(f"{flag}: cannot write {value!r} ({exc.strerror})") from None
    if not existed:
        path.unlink()
    return path


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(build_parser().parse_args(argv))
    except (UsageError, DatasetError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _open(args: argparse.Namespace) -> tuple[Store, tuple[str, str] | None]:
    selection = _parse_select(args.select)
    store = Store.open(args.db)
    if selection is not None and not store.exists(*selection):
        known = ", ".join(store.ids(selection[0])[:20])
        raise UsageError(f"--select: no {selection[0]} with id {selection[1]!r}; known ids: {known}")
    return store, selection


def _run(args: argparse.Namespace) -> int:
    screenshot = _check_screenshot_path(args.screenshot)
    pdf = _check_screenshot_path(args.pdf, "--pdf", ".pdf")
    store, selection = _open(args)

    headless = args.self_check or pdf is not None or (screenshot is not None and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")))
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    from app.ui.theme import apply_palette
    apply_palette(app, args.palette)
    window = build_window(args, store, selection, persistent=not (args.self_check or screenshot or pdf))
    if args.self_check:
        if problem := albanian_font_problem():
            raise UsageError(problem)
        counts = store.summary()
        shown = window.self_check()
        print(f"self-check ok: {counts['places']} places, {counts['delegations']} delegations "
              f"({counts['delegates']} delegates), {counts['bodies']} bodies, {counts['seats']} seats, "
              f"{counts['people']} people, {counts['decisions']} decisions + {counts['viewpoints']} viewpoint(s), "
              f"{counts['sources']} sources, {counts['citations']} citations; "
              f"tabs built: {', '.join(f'{k} {v}' for k, v in shown.items())}")
        return 0

    if pdf is not None:
        if not args.tab:  # the picture is of the view that draws the selected kind
            from app.ui.pages import tab_for_kind
            window.show_tab((tab_for_kind(selection[0]) if selection else None) or "overview")
        window.show()
        app.processEvents()
        try:
            from app.ui import factsheet
            pages = factsheet.write_for_window(window, str(pdf))
        except OSError as exc:
            raise UsageError(f"--pdf: cannot write {str(pdf)!r} ({exc.strerror or exc})") from None
        print(f"wrote {pdf} ({pages} page{'s' if pages != 1 else ''})")
        return 0

    window.show()
    if screenshot is not None:
        app.processEvents()
        window.repaint()
        app.processEvents()
        if not window.grab().save(str(screenshot), "PNG"):
            raise UsageError(f"--screenshot: could not write {str(screenshot)!r}")
        print(f"wrote {screenshot}")
        return 0
    return app.exec()


# What Qt's offscreen platform says about window-manager features it does not have: noise on a terminal.
_QT_NOISE = ("propagateSizeHints", "This plugin does not support raise", "does not support grabbing the keyboard")


def _quiet_qt_messages(kind, context, message: str) -> None:
    if not any(noise in message for noise in _QT_NOISE):
        print(message, file=sys.stderr)


def _application():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet_qt_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(PROG)
    app.setOrganizationName("Permet Explorer")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.permet_explorer.PermetExplorer")  # Wayland: the entry and icon
    return app


def build_window(args: argparse.Namespace, store: Store, selection: tuple[str, str] | None, persistent: bool = True):
    """The main window as the command line asks for it (tab, selection, language)."""
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    settings = QSettings()
    if args.lang:
        settings.setValue("language", args.lang)
    lang = str(settings.value("language", "en"))
    if lang not in ("en", "sq"):
        lang = "en"
    window = MainWindow(store, settings=settings if persistent else None, lang=lang)
    if args.tab:
        window.show_tab(args.tab)
    if selection is not None:
        window.selection.select(*selection, origin="cli")
    return window


def prepare(argv: list[str]):
    """Parse and check arguments and open the dataset, as `main` does (for tests and automation)."""
    args = build_parser().parse_args(argv)
    store, selection = _open(args)
    return args, store, selection
