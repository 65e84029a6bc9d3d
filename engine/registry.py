"""Name registries: one place that lists every activation, loss, optimizer, initializer, ….

The inspector's choices, the project file format and the command line all read the same
registry, so a name is spelled one way everywhere and an unknown name fails the same way.
"""

from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Generic, TypeVar

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message, term

T = TypeVar("T")

#: The registries' kinds, as words in a sentence ("unknown optimizer 'adamx'"): marked here so a
#: GUI can translate them (see :func:`kind_word`).
KIND_WORDS = (
    QT_TRANSLATE_NOOP("problems", "activation"),
    QT_TRANSLATE_NOOP("problems", "bundled data set"),
    QT_TRANSLATE_NOOP("problems", "data set"),
    QT_TRANSLATE_NOOP("problems", "initializer"),
    QT_TRANSLATE_NOOP("problems", "layer type"),
    QT_TRANSLATE_NOOP("problems", "lesson check"),
    QT_TRANSLATE_NOOP("problems", "loss"),
    QT_TRANSLATE_NOOP("problems", "metric"),
    QT_TRANSLATE_NOOP("problems", "optimizer"),
    QT_TRANSLATE_NOOP("problems", "regularizer"),
    QT_TRANSLATE_NOOP("problems", "scaling"),
    QT_TRANSLATE_NOOP("problems", "schedule"),
    QT_TRANSLATE_NOOP("problems", "test function"),
)

#: Setting names of optimizers, schedules, initializers, regularizers and losses, as the GUI titles
#: them (context "fields", where gui.field_editors.humanize looks; layer settings are generated
#: into gui/engine_texts.py): marked here so :func:`setting_word` can be translated.
SETTING_TITLES = (
    QT_TRANSLATE_NOOP("fields", "Learning rate"),
    QT_TRANSLATE_NOOP("fields", "Initial learning rate"),
    QT_TRANSLATE_NOOP("fields", "Momentum"),
    QT_TRANSLATE_NOOP("fields", "Nesterov"),
    QT_TRANSLATE_NOOP("fields", "Rho"),
    QT_TRANSLATE_NOOP("fields", "Epsilon"),
    QT_TRANSLATE_NOOP("fields", "Initial accumulator value"),
    QT_TRANSLATE_NOOP("fields", "Beta 1"),
    QT_TRANSLATE_NOOP("fields", "Beta 2"),
    QT_TRANSLATE_NOOP("fields", "Weight decay"),
    QT_TRANSLATE_NOOP("fields", "Clipnorm"),
    QT_TRANSLATE_NOOP("fields", "Clipvalue"),
    QT_TRANSLATE_NOOP("fields", "Global clipnorm"),
    QT_TRANSLATE_NOOP("fields", "Step size"),
    QT_TRANSLATE_NOOP("fields", "Gamma"),
    QT_TRANSLATE_NOOP("fields", "Decay steps"),
    QT_TRANSLATE_NOOP("fields", "Decay rate"),
    QT_TRANSLATE_NOOP("fields", "Alpha"),
    QT_TRANSLATE_NOOP("fields", "Warmup steps"),
    QT_TRANSLATE_NOOP("fields", "Value"),
    QT_TRANSLATE_NOOP("fields", "Mean"),
    QT_TRANSLATE_NOOP("fields", "Stddev"),
    QT_TRANSLATE_NOOP("fields", "Minval"),
    QT_TRANSLATE_NOOP("fields", "Maxval"),
    QT_TRANSLATE_NOOP("fields", "L1"),
    QT_TRANSLATE_NOOP("fields", "L2"),
    QT_TRANSLATE_NOOP("fields", "Delta"),
    QT_TRANSLATE_NOOP("fields", "From logits"),
)


def kind_word(kind: str) -> Message:
    """A registry's kind ("optimizer") as a translatable word in a sentence."""
    return term(kind, "problems")


def setting_word(name: str) -> Message:
    """A setting's name (``beta_1``) as a translatable word: shown as written in English, and
    translated through its title (``Beta 1``) in context "fields"."""
    text = name.replace("_", " ")
    return term(name, "fields", text[:1].upper() + text[1:])


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
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{kind} must be given by name, got {name}"),
                    kind=kind_word(self.kind),
                    name=repr(name),
                )
            )
        key = name.strip().lower()
        if key in self._entries:
            return key
        if key in self._aliases:
            return self._aliases[key]
        choices = ", ".join(self._entries)
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "unknown {kind} {name!r}; choose one of: {choices}"),
                kind=kind_word(self.kind),
                name=name,
                choices=choices,
            )
        )

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
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("problems", "{kind} config {spec} has no 'name'"),
                        kind=kind_word(self.kind),
                        spec=repr(spec),
                    )
                )
            cls = self.get(params.pop("name"))
        else:
            cls, params = self.get(spec), {}
        try:
            return cls(**params)  # type: ignore[operator]
        except TypeError as exc:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{kind} {entry}: {reason}"),
                    kind=kind_word(self.kind),
                    entry=cls.__name__,
                    reason=str(exc),
                )
            ) from None

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
