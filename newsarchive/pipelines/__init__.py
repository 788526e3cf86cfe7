"""Item pipelines, in settings.py order: noise, paywall, sponsored, validate, dedup, archive."""
