"""Fixtures for the forms tests: the sample data of every form."""
from __future__ import annotations

import pytest

from desk_app.demo import form_samples
from desk_app.forms.data import ReceiptData


@pytest.fixture()
def receipt_data() -> ReceiptData:
    return form_samples.receipt()
