"""Kept so older imports keep working: the map lives in the package `app.ui.map`."""

from app.ui.map import MapTab, MapView
from app.ui.map.colours import CLASSES, FILLS, NOT_RECORDED_FILL, class_of, relative_luminance, text_colour_on
from app.ui.map.items import LocalityItem, RegionItem, SymbolItem, project

__all__ = ["CLASSES", "FILLS", "NOT_RECORDED_FILL", "LocalityItem", "MapTab", "MapView", "RegionItem", "SymbolItem",
           "class_of", "project", "relative_luminance", "text_colour_on"]
