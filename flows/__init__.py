"""Prefect flows and the `newsdedup` command that runs them."""
