"""Sentences the engine says to people, in a form a GUI can translate — without the engine
knowing anything about Qt or languages.

A :class:`Message` *is* the English sentence (a ``str``: logs, the command line, exceptions and
tests see exactly the text they always did) and also remembers how it was made: a template
and the values put into it. The GUI shows the template in the user's language and fills in
the values, translating those that are Messages themselves (a layer's name, a range).

Templates are marked with :func:`QT_TRANSLATE_NOOP` under that exact name, which is what
pyside6-lupdate looks for when it collects texts (resources/translations/update.py runs it
over the engine modules that use it). Here the function just returns its text.
"""

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for the translators (context ``context``); returns it unchanged."""
    return text


class Message(str):
    """An English sentence that keeps its ``template`` (a ``str.format`` pattern, looked up
    as ``key`` in ``context`` by a translator) and the ``args`` put into it."""

    template: str
    args: dict[str, Any]
    context: str
    key: str

    def __new__(cls, template: str, *, context: str = "problems", key: str | None = None, **args: Any):
        message = super().__new__(cls, template.format(**args) if args else template)
        message.template = template
        message.args = args
        message.context = context
        message.key = template if key is None else key
        return message


def term(text: str, context: str = "engine", key: str | None = None) -> Message:
    """A registry word or name (a layer's label, a setting's name) as part of a sentence: shown
    as ``text`` in English, translated through ``key`` in ``context`` (the catalogue has the
    registries' texts under "engine" and setting names, capitalized, under "fields")."""
    return Message(text, context=context, key=key)


def reason(exc: BaseException) -> str:
    """An exception's sentence, as the Message it was raised with when it was one."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)
