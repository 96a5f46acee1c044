"""models of the desktop client."""
