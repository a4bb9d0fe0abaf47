"""Data access: plain Python over sqlite3. No Qt here (tests/test_model_has_no_qt.py enforces it)."""

from app.model.schema import DatasetError
from app.model.store import Store

__all__ = ["DatasetError", "Store"]
