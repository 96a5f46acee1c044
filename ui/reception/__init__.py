"""reception of the desktop client."""
