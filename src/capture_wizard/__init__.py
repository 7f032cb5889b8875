"""capture-wizard: guided identity-document capture with live quality checks."""

__version__ = "0.1.0"
