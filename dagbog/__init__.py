"""Dagbog: a case diary that documents a citizen's contact with the jobcenter."""

__version__ = "0.1.0"
