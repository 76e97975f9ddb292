"""The one rule for a site's base URL, used for `--base-url` on the command
line: an absolute http(s) address with a host, and nothing a page address
could not be appended to (no query, fragment, spaces or control characters)."""
from __future__ import annotations

import argparse
import urllib.parse


def base_url_problem(url: str) -> str:
    """Why `url` cannot be a base URL, or '' when it can."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "it contains a space or a control character"
    unsafe = sorted(set(url) & set('"<>\\^`{|}'))
    if unsafe:  # RFC 3986 allows none of them raw; percent-encode them
        return f"it contains {' '.join(unsafe)}, which a URL writes percent-encoded"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.hostname  # parsed lazily: "http://[::1" fails here
    except ValueError:
        return "it is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "it must start with https:// or http://"
    if not parts.hostname:
        return "it names no host"
    if parts.username is not None or parts.password is not None:
        return "it carries a user name or password, which every page would publish"
    try:
        parts.port  # parsed lazily too: "https://a.example:99999/" fails here
    except ValueError:
        return "its port is not a number from 0 to 65535"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "it may not carry a ?query or #fragment"
    return ""


def base_url(url: str) -> str:
    """argparse type: a usage error (exit 2) naming the problem."""
    problem = base_url_problem(url)
    if problem:
        raise argparse.ArgumentTypeError(
            f"{url!r} is not a base URL: {problem}; write the full address, e.g. https://example.org/brief/")
    return url
