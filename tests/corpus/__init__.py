"""Duckling-style example corpora: one module per dimension and language, rows of examples."""
