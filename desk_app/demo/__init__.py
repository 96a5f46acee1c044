"""Invented data, never a citizen's: the demo store the `demo-data` command fills, and the
generated samples the tests, benchmarks and tools/ use (ground truth known exactly).

- dossiers.py: demo accounts and dossiers with page images (`desk-app demo-data`)
- asking.py: what demo officers ask for at reception and the comparisons they run afterwards,
  through the real services, so the verification log holds every flag kind supervisors must catch
- form_samples.py: filled-in data for every printed form
- compare_pairs.py: an original and a photocopy-like copy, optionally altered in one place
- compare_degrade.py: worn copies (rotation and blur, JPEG 40, fold shadow, uneven light, ...)
  altered in one tone mark, digit or word, in a tuning and a held-out vocabulary
- id_cards.py: identity cards and photos of them
- ocr_pages.py: scanned pages of Vietnamese prose with the usual degradations

Nothing on the product's normal path imports this package; only the `demo-data` command does
(tests/test_layers.py checks it)."""
