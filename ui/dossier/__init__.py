"""dossier of the desktop client."""
