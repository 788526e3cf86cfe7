"""Scrapy's spider loader plus one spider per site profile (SPIDER_LOADER_CLASS).

`scrapy list` and `scrapy crawl <profile>` see the package's profiles and those in the folders of
NEWSARCHIVE_PROFILE_DIRS: each profile becomes a ProfileSpider subclass named after it. A bad profile file
ends the command at start-up with one line naming the file, the key and what was expected (exit status 2).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from scrapy.spiderloader import SpiderLoader

from newsarchive.extract.profiles.files import ProfileError
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.spiders.profile import ProfileSpider

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class ProfileSpiderLoader(SpiderLoader):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        try:
            self.profiles = ProfileRegistry.from_settings(settings)
            for profile in self.profiles:
                if profile.name in self._spiders:
                    raise ProfileError(
                        profile.source, None, f"the name {profile.name!r} is a spider's already"
                    )
                self._spiders[profile.name] = ProfileSpider.for_profile(profile)
        except ProfileError as error:
            raise exit_on_profile_error(error) from None


def exit_on_profile_error(error: ProfileError) -> SystemExit:
    """One line on stderr and the SystemExit (status 2) that ends the command without a traceback."""
    sys.stderr.write(f"newsarchive: error: {error}\n")
    sys.stderr.flush()
    return SystemExit(2)
