"""Qt views. Each tab has its own module; they talk only through the SelectionModel."""
