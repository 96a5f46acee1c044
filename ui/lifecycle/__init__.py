"""The dossier's life after the receipt in the client: the main window's views, the details page's
hand-over / result / apology / supplement / return actions and the Mẫu 06 steps (docs/gui.md)."""
