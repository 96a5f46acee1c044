"""The copy verification screens: compare view and attestation dialog."""
