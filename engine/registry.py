"""Name registries: one place that lists every activation, loss, optimizer, initializer, ….

The inspector's choices, the project file format and the command line all read the same
registry, so a name is spelled one way everywhere and an unknown name fails the same way.
"""

from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Generic, TypeVar

from engine.errors import ConfigError

T = TypeVar("T")


class Registry(Generic[T]):
    """A mapping from canonical names (and aliases) to entries of one kind."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, T] = {}
        self._aliases: dict[str, str] = {}

    def register(self, name: str, *aliases: str) -> Callable[[T], T]:
        """Decorator: register ``entry`` under ``name`` and any ``aliases``."""

        def add(entry: T) -> T:
            self.add(name, entry, *aliases)
            return entry

        return add

    def add(self, name: str, entry: T, *aliases: str) -> None:
        if name in self._entries or name in self._aliases:
            raise ValueError(f"{self.kind} {name!r} is registered twice")
        self._entries[name] = entry
        for alias in aliases:
            self._aliases[alias] = name

    def canonical(self, name: str) -> str:
        """The canonical spelling of ``name``; a clear error if it is unknown."""
        if not isinstance(name, str):
            raise ConfigError(f"{self.kind} must be given by name, got {name!r}")
        key = name.strip().lower()
        if key in self._entries:
            return key
        if key in self._aliases:
            return self._aliases[key]
        choices = ", ".join(self._entries)
        raise ConfigError(f"unknown {self.kind} {name!r}; choose one of: {choices}")

    def get(self, name: str) -> T:
        return self._entries[self.canonical(name)]

    def __contains__(self, name: object) -> bool:
        try:
            self.canonical(name)  # type: ignore[arg-type]
        except ConfigError:
            return False
        return True

    def names(self) -> list[str]:
        """Canonical names in registration order (the order choices are offered in)."""
        return list(self._entries)

    def create(self, spec: "str | dict[str, Any]") -> Any:
        """Instantiate an entry from a name or a config dict such as ``{"name": "elu", "alpha": 1}``.

        Entries are classes whose constructor takes the config's other keys; an unknown name or
        an unknown key is a :class:`ConfigError` naming it.
        """
        if isinstance(spec, dict):
            params = dict(spec)
            if "name" not in params:
                raise ConfigError(f"{self.kind} config {spec!r} has no 'name'")
            cls = self.get(params.pop("name"))
        else:
            cls, params = self.get(spec), {}
        try:
            return cls(**params)  # type: ignore[operator]
        except TypeError as exc:
            raise ConfigError(f"{self.kind} {cls.__name__}: {exc}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


class Configurable:
    """A registry entry described completely by ``get_config()``: equal configs, equal objects."""

    name: ClassVar[str]

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name}

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.get_config() == other.get_config()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in self.get_config().items() if k != "name")
        return f"{type(self).__name__}({params})"


def compact_config(entry: Configurable) -> "str | dict[str, Any]":
    """A bare name when every setting is at its default, else the full config dict."""
    config = entry.get_config()
    return entry.name if config == type(entry)().get_config() else config
