"""newsarchive spiders: `nikkei_asia` (site spider) and `article` (generic, any news site)."""
