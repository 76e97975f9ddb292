"""The one rule for a site's base URL (`--base-url`, `base_url` in
briefgen.toml, `build(base_url=…)`): an absolute http(s) address with a
host, and nothing a page address could not be appended to (no query,
fragment, spaces or control characters, dot segments or a page's name); and the one way it is written into
pages, feeds and the sitemap (`site_base`)."""
from __future__ import annotations

import argparse
import re
import urllib.parse


def base_url_problem(url: str) -> str:
    """Why `url` cannot be a base URL, or '' when it can."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "it contains a space or a control character"
    unsafe = sorted(set(url) & set('"<>\\^`{|}'))
    if unsafe:  # RFC 3986 allows none of them raw; percent-encode them
        return f"it contains {' '.join(unsafe)}, which a URL writes percent-encoded"
    stray = _STRAY_PERCENT.search(url)
    if stray:  # browsers keep it as written, and every canonical link and the sitemap would carry it
        return f"its '{stray.group()}' is no percent-encoding: a '%' is followed by two hexadecimal digits (%25 for '%')"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.hostname  # parsed lazily: "http://[::1" fails here
    except ValueError:
        return "it is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "it must start with https:// or http://"
    if not parts.hostname:
        return "it names no host"
    if _ascii_host(parts.hostname) is None:
        return "its host is not a name IDNA can write in ASCII"
    if parts.username is not None or parts.password is not None:
        return "it carries a user name or password, which every page would publish"
    try:
        parts.port  # parsed lazily too: "https://a.example:99999/" fails here
    except ValueError:
        return "its port is not a number from 0 to 65535"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "it may not carry a ?query or #fragment"
    return _path_problem(parts.path)


_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2}).{0,2}")


def _path_problem(path: str) -> str:
    """Why a base URL's path cannot have page addresses appended, or ''.
    Browsers and crawlers resolve a '.' or '..' segment away, so the pages'
    canonical links would name other addresses (".../brief/../events/" is
    ".../events/"); a page's name copied from the address bar
    (".../brief/index.html") would make every page ".../index.html/events/"."""
    segments = path.split("/")[1:]
    # %2e is a dot too, to the URL standard that browsers follow.
    if any(urllib.parse.unquote(segment) in (".", "..") for segment in segments):
        return "it has a '.' or '..' segment, which browsers resolve to another address"
    if segments and segments[-1].lower().endswith((".html", ".htm")):
        return f"it names a page, {segments[-1]}, not the folder the site is published in"
    return ""


def base_url(url: str) -> str:
    """argparse type: a usage error (exit 2) naming the problem."""
    problem = base_url_problem(url)
    if problem:
        raise argparse.ArgumentTypeError(
            f"{url!r} is not a base URL: {problem}; write the full address, e.g. https://example.org/brief/")
    return url


def site_base(url: str) -> str:
    """The address pages are appended to: `url` (a base URL by
    base_url_problem) with a final slash, and written in ASCII as the
    sitemap's and feed's formats require, where an editor may paste it as a
    browser shows it ("https://bücher.example/café/"): the host in IDNA,
    the path's other characters percent-encoded (those already encoded kept).
    "" when there is none."""
    if not url:
        return ""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        netloc = _ascii_host(parts.hostname) + (f":{parts.port}" if parts.port is not None else "")
    path = urllib.parse.quote(parts.path, safe="/%!$&'()*+,;=:@-._~")
    return urllib.parse.urlunsplit((parts.scheme, netloc, path.rstrip("/") + "/", "", ""))


def page_address(base: str, page: str | None) -> str:
    """A data file's `page` (a path from the site's root) as a full address, for a row read away from the
    site (a spreadsheet, a mail); "" without the site's address (`base`, as site_base writes it) or a page."""
    return base + page if base and page else ""


def _ascii_host(host: str) -> str | None:
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
