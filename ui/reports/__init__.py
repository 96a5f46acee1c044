"""The supervisor's reports in the desktop client."""
