"""Folders opened one step at a time, never through a link: how briefgen
reads its own caches and the last site it wrote, which an editor (or a
planted file) may have replaced by a link leading out of the project."""
from __future__ import annotations

import os

DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def step(parent: int, name: str, create: bool = False) -> int:
    """The folder `name` inside the open folder `parent` (which is closed);
    made first if `create` and absent. OSError if it is a link or no folder."""
    try:
        try:
            return os.open(name, DIRECTORY, dir_fd=parent)
        except FileNotFoundError:
            if not create:
                raise
            try:
                os.mkdir(name, 0o777, dir_fd=parent)
            except FileExistsError:
                pass
            return os.open(name, DIRECTORY, dir_fd=parent)
    finally:
        os.close(parent)
