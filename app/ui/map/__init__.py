"""The Map page: delegations where they came from, the venue, the modern counties as context."""

from app.ui.map.tab import MapTab
from app.ui.map.view import MapView

__all__ = ["MapTab", "MapView"]
