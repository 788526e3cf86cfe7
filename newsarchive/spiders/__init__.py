"""newsarchive spiders: one per site profile (`ProfileSpider` subclasses made by `loader.ProfileSpiderLoader`;
`nikkei_asia` is bundled) and `article` (generic, any news site)."""
