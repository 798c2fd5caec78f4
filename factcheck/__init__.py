"""factcheck: a terminal workbench for fact-checkers."""

__version__ = "0.1.0"
