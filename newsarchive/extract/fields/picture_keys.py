"""Which image URLs of a page are one picture at other sizes or crops (record.md: "the same picture at
another size is one image, the picture itself").

A page names its lead picture several times: the figure at the story's width, then `og:image`, Twitter's
and JSON-LD's `image` list at 1200x630, 4:3, 1:1, 16:9. Image services write the size or crop into the URL
in a few shapes, the picture's own path staying the same (tune half of traf-eval and aeb-dev, 536 pages: 64
pages of ~60 sites held one picture two to eight times, 123 copies):

- a size in the file name or a query: WordPress's `-1024x683.jpg`, `@2x`, `?width=1440`, `?itok=`;
- Drupal's image styles, `/sites/default/files/styles/<style>/public/<path>` for `/sites/default/files/<path>`
  (haus.de, jagderleben.de, thehill.com, albawaba.com, billboard.com, pagina12.com.ar, spdfraktion.de);
- thumbor and its kin, a signature then crop, size and filter segments before the picture's path
  (`/thumbor/<sig>=/0x146:2040x1214/fit-in/1200x630/filters:format(jpeg)/<path>`: theverge.com,
  theatlantic.com, thebalance.com, Arc Publishing's `/resizer/` on infobae.com, losandes.com.ar,
  elcomercio.pe, publimetro.cl; eurosport's `/unsafe/1200x0/smart/`);
- Cloudinary-style transformation segments (`/w_1280,c_limit/`, `/c_fill,w_720,ar_16:9/`, `/v1526833795/`:
  wired.com, minutemediacdn.com, res.cloudinary.com) and imgproxy's (`/<sig>/rt:fill/w:640/h:300/plain/`:
  utopia.de); a crop ratio (`/16:9/`, `/4x3/`), a size segment (`/1600x900Crop/`, `/ALTERNATES/s1200/`);
- the picture's own address inside the resizer's (`?url=https%3A%2F%2F...`: Brightspot, Meredith;
  `/S=W180/O=75/https://...` on nzz.ch, wochenblatt.com);
- Wix's media transform after the file, its name again at the end
  (`/media/<file>.jpg/v1/fill/w_740,h_493,al_c,q_85/<file>.jpg`: a probe page in the shape of a Wix blog
  post, hand-built).

A picture service that files each picture under its number (`/8961732/16x9-940-529/<hash>/fN/johnson-bild.jpg`
beside `/8961732/large1x1-940-940/<hash>/Tf/johnson-bild.jpg` on stern.de and brigitte.de; DuMont's
`/image/33334626/2x1/940/470/<hash>/qy/<name>` on express.de and mopo.de; motor.at, taz.de, elheraldo.hn:
9 tune pages) names one picture wherever the same number and file name come together: `picture_id`.

Hosts are compared by their registered name, so a site's image shards (`images.t3n.de` / `t3n.de`,
`scx1.` / `scx2.b-cdn.net`) count as one; the path's segments left after the size segments are dropped
must be equal, file name included, so two pictures of one folder stay two.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urlsplit

_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)
# In the file name: WordPress's "-1024x683", "@2x" before the extension; in the path: Ghost's "/size/w1200/"
_NAME_SIZE = re.compile(r"-\d{2,4}x\d{2,4}(?=\.\w{3,4}$)|@[23]x(?=\.\w{3,4}$)", re.I)
_GHOST_SIZE = re.compile(r"/size/w\d+(?:h\d+)?(?=/)", re.I)
# Wix's media transform after the picture's file: "<file>.jpg/v1/fill/w_740,h_493,al_c/<file>.jpg"
_WIX_TRANSFORM = re.compile(r"(\.(?:jpe?g|png|gif|webp|avif))/v1/(?:fill|fit|crop)/[^/]+/[^/]+$", re.I)
# Drupal's image style: "styles/<style name>/public" (or private) before the file's own path
_DRUPAL_STYLE = re.compile(r"/styles/[^/]+/(?:public|private)(?=/)")
# One path segment that is a size, crop or filter of an image service, never a folder of pictures
_TRANSFORM = re.compile(
    r"""(?:
        -?\d{1,5}x-?\d{1,5}(?:[:+-][\dx:+-]*)?(?:crop|!)?  # 1200x630 0x146:2040x1214 16x9-940-529
        | \d{1,4}:\d{1,4}                                 # crop ratio 16:9
        | s\d{3,4}                                        # /ALTERNATES/s1200/
        | (?:fit-in|full-fit-in|adaptive-fit-in|smart|unsafe|trim|plain|master)
        | filters:.*                                      # thumbor filters
        | v\d{9,11}                                       # Cloudinary's version
        | {param}(?:,{param})*                            # w_1280,c_limit  rt:fill  w:640  q_72
        | [A-Z]=[\w.,]+                                   # S=W180  O=75  C=AR1200x630
    )""".replace("{param}", r"(?:w|h|c|q|f|g|x|y|ar|rt|dpr|fl|e|t)[_:][\w.:%]+"),
    re.IGNORECASE | re.VERBOSE,
)
# A URL signature before the first transformation (thumbor's "<base64>=", imgproxy's 43 characters of mixed
# case; a picture's lower-case hex id there, wired.com's "/photos/5dcc8b14f3485600081260d8/", is no signature)
_SIGNATURE = re.compile(r"[\w-]{20,}=+|(?=[\w-]*[a-z])(?=[\w-]*[A-Z])(?=[\w-]*\d)[\w-]{27,}")
_EMBEDDED = re.compile(r"/(?:https?:/+|/)([\w-]+(?:\.[\w-]+)+/.+)$")
# second-level labels under which a country's sites register (example.co.uk, example.com.ar)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})


def sized(url: str) -> int:
    """How much the URL says of a size or crop of its picture: 0 for the picture itself, 1 for a query or a
    size in its path (a size in its name, a service's transform), 2 for both."""
    parts = urlsplit(url)
    return bool(parts.query) + (picture_key(url) != _plain_key(parts.netloc, unquote(parts.path), ""))


@lru_cache(maxsize=512)
def picture_key(url: str) -> str:
    """The same string for the URLs of one picture at other sizes or crops."""
    parts = urlsplit(url)
    inner = next((v for v in parse_qs(parts.query).get("url", []) if v.startswith(("http:", "https:"))), None)
    if inner and inner != url:
        return picture_key(inner)
    path = unquote(parts.path)
    embedded = _EMBEDDED.search(path)
    if embedded and _IMAGE_FILE.search(path):
        return picture_key("https://" + embedded.group(1))
    path = _GHOST_SIZE.sub("", _DRUPAL_STYLE.sub("", _NAME_SIZE.sub("", _WIX_TRANSFORM.sub(r"\1", path))))
    segments = path.split("/")
    kept: list[str] = []
    transformed = False
    for index, segment in enumerate(segments):
        if segment and index < len(segments) - 1 and _TRANSFORM.fullmatch(segment):
            if not transformed and len(kept) > 1 and _SIGNATURE.fullmatch(kept[-1]):
                kept.pop()  # the signature of the transformation that follows it
            transformed = True
            continue
        kept.append(segment)
    return _plain_key(parts.netloc, "/".join(kept), parts.query)


_NUMBER = re.compile(r"\d{5,}")


def picture_id(url: str) -> str | None:
    """The picture's number and file name where its path files it under a number of five digits or more
    (the numbers of the path, in order, then the file name); None without one."""
    parts = urlsplit(url)
    segments = unquote(parts.path).split("/")
    numbers = [s for s in segments[:-1] if _NUMBER.fullmatch(s)]
    name = _NAME_SIZE.sub("", segments[-1])
    if not numbers or not _IMAGE_FILE.search(name):
        return None
    return f"{_registered(parts.netloc)}#{'/'.join(numbers)}/{name}"


def _plain_key(netloc: str, path: str, query: str) -> str:
    # (a query names the picture where the path is a script's: "image.php?id=5")
    return f"{_registered(netloc)}{path}?{'' if _IMAGE_FILE.search(path) else query}"


def _registered(netloc: str) -> str:
    labels = netloc.lower().split(":")[0].split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])
