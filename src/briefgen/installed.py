"""briefgen's dependencies as installed here, all the way down: the
versions a publish workflow must install to build the site this computer
previews (a newer Babel words a date otherwise, a newer Markdown or
MarkupSafe writes other HTML, a newer Pagefind another index)."""
from __future__ import annotations

from importlib import metadata

from packaging.markers import UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name


def installed_dependencies(root: str = "briefgen") -> dict[str, str]:
    """{name: installed version} of every distribution `root` needs on this
    Python and platform, its dependencies' dependencies too, following only
    the extras asked for (pagefind[extended]: its extended binary, not its
    test tools), sorted by name; `root` itself is left out. {} when `root`
    is not installed as a distribution (run from a source tree)."""
    found: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(canonicalize_name(root), frozenset[str]())]
    while todo:
        name, extras = todo.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # needed on another Python or platform only, or not installed: pip chooses
            continue
        found[canonicalize_name(distribution.metadata["Name"])] = distribution.version
        for line in distribution.requires or []:
            requirement = _requirement(line)
            if requirement is not None and _wanted(requirement, extras):
                todo.append((canonicalize_name(requirement.name),
                             frozenset(canonicalize_name(extra) for extra in requirement.extras)))
    found.pop(canonicalize_name(root), None)
    return dict(sorted(found.items()))


def _requirement(line: str) -> Requirement | None:
    try:
        return Requirement(line)
    except InvalidRequirement:  # a package's own metadata is broken: pip would not follow it either
        return None


def _wanted(requirement: Requirement, extras: frozenset[str]) -> bool:
    """Whether this Python and platform need `requirement`, for the extras
    asked of the package that lists it ("" stands for none)."""
    if requirement.marker is None:
        return True
    try:
        return any(requirement.marker.evaluate({"extra": extra}) for extra in sorted(extras | {""}))
    except (UndefinedComparison, UndefinedEnvironmentName):
        return False
