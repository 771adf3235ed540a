"""Command-line verbs, one module per capability; each exposes ``register(subparsers)``."""
