"""Përmet Explorer: an offline atlas of the Congress of Përmet (May 1944)."""

import sys

__version__ = "0.1.0"
APP_NAME = "Përmet Explorer"

if "PySide6" in sys.modules:  # imported after Qt (tests, benchmarks): see app/ui/__init__.py
    from app.pyside_sources import forget_module_sources
    forget_module_sources()
