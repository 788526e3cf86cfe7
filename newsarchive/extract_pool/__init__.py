"""Extraction in worker processes, so one `scrapy crawl` uses every core (see middleware.py)."""
