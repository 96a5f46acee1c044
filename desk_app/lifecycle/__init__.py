"""The dossier's life after reception (issue 12): hand-overs, supplements, results, apologies
(Mẫu 04), the return to the citizen, and the views of the main window. See service.py."""
