"""Translations of the desktop client (.ts sources, compiled .qm)."""
