"""Generators of the local sites the crawl benchmark serves (written to a temporary folder)."""
