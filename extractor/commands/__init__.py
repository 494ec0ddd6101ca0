"""Subcommands of ``protokoll``; each module has ``register(subparsers)`` and sets ``func``."""
