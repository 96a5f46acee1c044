"""The supervisor's screen: the verification log, flags, per-officer rates, chain status."""
