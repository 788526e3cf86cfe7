"""Crawl monitoring: the run report (coverage rules, non-zero exit on violations) and progress lines."""
