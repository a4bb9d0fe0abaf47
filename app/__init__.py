"""Përmet Explorer: an offline atlas of the Congress of Përmet (May 1944)."""

__version__ = "0.1.0"
APP_NAME = "Përmet Explorer"
