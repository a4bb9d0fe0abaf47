"""Command line: `permet-explorer [--db PATH] [--tab TAB] [--select KIND:ID] [--lang en|sq]
[--screenshot PATH | --self-check] [permet-explorer:LINK]`. Bad input gets one line on stderr and exit code 2,
never a traceback, under any locale; runs that only render or check (--screenshot, --self-check) leave the
settings file as it was; with no display an interactive run says so in one line."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from app import APP_NAME, __version__
from app.fonts import albanian_font_problem
from app.links import LinkError, is_link, parse_kind_id, parse_link
from app.model import DatasetError, Store
from app.model.opening import one_line
from app.model.store import KINDS
from app.paths import output_problem, settings_home_usable

PROG = "permet-explorer"
EXIT_BAD_INPUT = 2
NO_DISPLAY = "no display: set DISPLAY or WAYLAND_DISPLAY, or use --screenshot/--pdf/--self-check with QT_QPA_PLATFORM=offscreen"


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line instead of argparse's usage block
        raise UsageError(f"{message} (see --help)")


def _tab_names() -> list[str]:
    from app.ui.pages import page_names  # the page registry: one place lists the tabs
    return page_names()


class _Choices:
    """Choices read only when the option is given or help is printed: the page registry imports Qt, which a run
    that refuses its dataset (or prints its version) has no need of."""

    def __init__(self, names) -> None:
        self._names = names

    def __iter__(self):
        return iter(self._names())

    def __contains__(self, name: object) -> bool:
        return name in self._names()


def _view_names() -> list[str]:
    from app.ui.pages import REGISTRY
    return list(dict.fromkeys(v for p in REGISTRY for v in p.views))


def _window_size(value: str) -> tuple[int, int]:
    width, _, height = value.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 320 <= int(width) <= 8000 and 240 <= int(height) <= 8000):
        raise argparse.ArgumentTypeError(f"{one_line(repr(value))} is not a window size like 1366x768 "
                                         "(320x240 to 8000x8000)")
    return int(width), int(height)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=f"{APP_NAME}: an offline atlas of the Congress of Përmet (May 1944).")
    p.add_argument("--db", metavar="PATH", help="dataset to open (default: the bundled one)")
    p.add_argument("--tab", choices=_Choices(_tab_names), metavar="TAB", help="tab to open first: %(choices)s")
    p.add_argument("--view", choices=_Choices(_view_names), metavar="VIEW",
                   help="a view within the tab: %(choices)s")
    p.add_argument("--select", metavar="KIND:ID",
                   help=f"item to select, e.g. place:korce; kinds: {', '.join(KINDS)}")
    p.add_argument("--lang", choices=("en", "sq"), help="language of the interface and the data labels (remembered)")
    p.add_argument("--palette", choices=("system", "light", "dark"), default="system",
                   help="colours: follow the system (default), or force light or dark")
    p.add_argument("--size", metavar="WxH", type=_window_size,
                   help="window size for --screenshot and --pdf, e.g. 1366x768 (default: fit the screen)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG file and exit")
    action.add_argument("--pdf", metavar="PATH", help="write an A4 fact sheet of the --select/--tab view (in --lang) "
                                                     "as a PDF and exit")
    action.add_argument("--self-check", action="store_true", help="load everything offscreen, print a summary, exit")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("link", nargs="?", metavar="LINK",
                   help="a permet-explorer: link, e.g. permet-explorer:select=place:korce&tab=map&lang=sq "
                        "(select, tab and lang only: a link never names a file)")
    return p


def _parse_select(value: str | None) -> tuple[str, str] | None:
    return None if value is None else parse_kind_id(value, "--select")


def _apply_link(args: argparse.Namespace) -> None:
    """A permet-explorer: link does what the same options do; it may not contradict them."""
    if args.link is None:
        return
    tabs = tuple(_tab_names())
    found = parse_link(args.link, tabs)
    for key, value in found.items():
        if getattr(args, key) is not None:
            raise UsageError(f"the link sets {key} and so does --{key}: give one of them")
        setattr(args, key, f"{value[0]}:{value[1]}" if key == "select" else value)


def _check_output(value: str | None, suffix: str, option: str) -> Path | None:
    """A file path the run will write: the right suffix, a folder that exists, a regular file (or none yet)
    that can be written. A FIFO or a device is refused, never opened, so a run never blocks on it."""
    if value is None:
        return None
    if value.endswith(("/", os.sep)):
        raise UsageError(f"{option}: {one_line(repr(value))} names a folder; give a file path ending in {suffix}")
    if Path(value).suffix.lower() != suffix:
        raise UsageError(f"{option} writes {suffix[1:].upper()}: give a path ending in {suffix}, not {one_line(repr(value))}")
    problem = output_problem(value)
    if problem:
        raise UsageError(f"{option}: {problem}")
    return Path(value)


def _check_screenshot_path(value: str | None, flag: str = "--screenshot", suffix: str = ".png") -> Path | None:
    return _check_output(value, suffix, flag)


def display_problem() -> str | None:
    """NO_DISPLAY when an interactive run has no screen to open a window on (Qt would abort), else None."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if not sys.platform.startswith("linux") or (platform and platform not in ("xcb", "wayland", "wayland-egl")):
        return None
    if platform != "xcb" and _wayland_usable(os.environ.get("WAYLAND_DISPLAY", "")):
        return None
    if not platform.startswith("wayland") and _x11_usable(os.environ.get("DISPLAY", "")):
        return None
    return NO_DISPLAY


def _wayland_usable(name: str) -> bool:
    if not name:
        return False
    path = name if os.path.isabs(name) else os.path.join(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent"), name)
    try:
        import stat
        return stat.S_ISSOCK(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _x11_usable(display: str) -> bool:
    """A local display (":0", "unix:0") must have its X server's socket answering; a remote one is trusted."""
    host, sep, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not sep or not number.isdigit() or not number.isascii():
        return False
    if host not in ("", "unix"):
        return True
    import socket
    for address in (f"/tmp/.X11-unix/X{number}", f"\0/tmp/.X11-unix/X{number}"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            try:
                sock.connect(address)
                return True
            except OSError:
                continue
    return False


def _safe_streams() -> None:
    """Messages and --help print under any locale (LANG=C, PYTHONIOENCODING=ascii): what the terminal cannot
    show is escaped instead of raising UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    try:
        return _run(build_parser().parse_args(argv))
    except (UsageError, DatasetError, LinkError) as exc:
        print(f"{PROG}: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        _remove_message_handler()


def _open(args: argparse.Namespace, budget: float | None = None) -> tuple[Store, tuple[str, str] | None]:
    selection = _parse_select(args.select)
    store = Store.open(args.db, budget=budget)
    if selection is not None and not store.exists(*selection):
        known = ", ".join(store.ids(selection[0])[:20])
        raise UsageError(f"--select: no {selection[0]} with id {one_line(repr(selection[1]), 80)}; known ids: {known}")
    return store, selection


def _headless(args: argparse.Namespace) -> bool:
    """Runs that render or check and exit: they need no screen, and leave the person's settings alone."""
    return bool(args.self_check or args.screenshot is not None or getattr(args, "pdf", None) is not None)


def _view_tab(args: argparse.Namespace) -> str:
    """The tab `--view` is a view of: `--tab`, or the one that has it; a view the tab lacks is refused."""
    from app.ui.pages import page_info, tab_for_view
    tab = args.tab or tab_for_view(args.view)
    views = page_info(tab).views
    if args.view not in views:
        raise UsageError(f"--view {args.view}: the {tab} tab has {'views ' + ', '.join(views) if views else 'one view'}")
    return tab


def _run(args: argparse.Namespace) -> int:
    _apply_link(args)
    if getattr(args, "view", None):
        _view_tab(args)
    screenshot = _check_screenshot_path(args.screenshot)
    pdf = _check_screenshot_path(args.pdf, "--pdf", ".pdf")
    headless = _headless(args)
    if headless and (args.self_check or pdf is not None or display_problem()):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not headless and display_problem():
        raise UsageError(NO_DISPLAY)
    store, selection = _open(args)

    app = _application()
    from app.ui.theme import apply_palette
    apply_palette(app, args.palette)
    window = build_window(args, store, selection, persistent=not headless)
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
            raise UsageError(f"--pdf: cannot write {one_line(repr(str(pdf)))} ({exc.strerror or exc})") from None
        print(f"wrote {one_line(pdf)} ({pages} page{'s' if pages != 1 else ''})")
        return 0

    window.show()
    if screenshot is not None:
        if output_problem(screenshot):  # swapped for a pipe or removed while the window was built
            raise UsageError(f"--screenshot: {output_problem(screenshot)}")
        app.processEvents()
        window.tabs.currentWidget().drawable()  # a big map or chart made in slices: whole in the picture
        window.repaint()
        app.processEvents()
        if not window.grab().save(str(screenshot), "PNG"):
            raise UsageError(f"--screenshot: could not write {str(screenshot)!r}")
        print(f"wrote {one_line(screenshot)}")
        return 0
    from app.ui.dialogs import install_excepthook
    install_excepthook(window)
    return app.exec()


# What Qt's offscreen platform says about window-manager features it does not have: noise on a terminal.
_QT_NOISE = ("propagateSizeHints", "This plugin does not support raise", "does not support grabbing the keyboard")


def _quiet_qt_messages(kind, context, message: str) -> None:
    if not any(noise in message for noise in _QT_NOISE):
        print(message, file=sys.stderr)


def _remove_message_handler() -> None:
    """Qt logs while it shuts down (QT_DEBUG_PLUGINS=1 does, on unloading plugins), after the interpreter has
    gone: a Python handler then crashes the process. Give logging back to Qt before leaving main."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import qInstallMessageHandler
        qInstallMessageHandler(None)


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

    # No settings at all where they would land under "/" (HOME unset); a run that only renders or checks reads
    # them but never writes them (a screenshot in Albanian must not switch the person's app to Albanian).
    settings = QSettings() if settings_home_usable() else None
    lang = args.lang or (str(settings.value("language", "en")) if settings is not None else "en")
    if lang not in ("en", "sq"):
        lang = "en"
    if persistent and settings is not None and args.lang:
        settings.setValue("language", args.lang)
    window = MainWindow(store, settings=settings if persistent else None, lang=lang)
    if args.view:
        tab = _view_tab(args)
        window.show_tab(tab)
        window.pages[tab].show_view(args.view)
    elif args.tab:
        window.show_tab(args.tab)
    if getattr(args, "size", None):
        window.resize(*args.size)
    if selection is not None:
        window.selection.select(*selection, origin="cli")
    # the dataset and the window live as long as the app: the cyclic collector stops walking them (its full
    # passes took up to 200 ms at 1000x the data; garbage made from here on is still collected)
    gc.freeze()
    return window


def prepare(argv: list[str], budget: float | None = None):
    """Parse and check arguments and open the dataset, as `main` does (for tests and automation). `budget`
    (seconds of SQLite work) is for the benchmark's synthetic datasets only: people's files keep the default."""
    args = build_parser().parse_args(argv)
    _apply_link(args)
    store, selection = _open(args, budget)
    return args, store, selection
