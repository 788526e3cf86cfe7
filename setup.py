"""Kept for scrapyd-deploy, which builds its egg with `python setup.py bdist_egg`.

Everything (metadata, packages, the `scrapy` settings entry point scrapyd needs) is in pyproject.toml;
without this file scrapyd-deploy writes its own setup.py, whose settings then lose to pyproject's.
"""

from setuptools import setup

setup()
