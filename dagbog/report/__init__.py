"""Printable exports of the diary (PDF). Imports no Qt."""
