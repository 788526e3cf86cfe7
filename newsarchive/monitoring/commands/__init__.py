"""Scrapy commands of newsarchive (COMMANDS_MODULE = "newsarchive.monitoring.commands")."""
