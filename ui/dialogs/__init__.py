"""dialogs of the desktop client."""
