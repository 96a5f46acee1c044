"""Capture widgets: the page strip of a component and the scan dialog."""
