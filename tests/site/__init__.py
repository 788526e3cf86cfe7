"""The generated test publisher (see publisher.py)."""
