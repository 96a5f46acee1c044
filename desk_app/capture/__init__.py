"""Capture: pages enter a dossier from a scanner, a watched folder or files, and come out upright,
straight, cropped and checked. No Qt here; ui/capture/ wraps these services."""
