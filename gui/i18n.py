"""Language: which catalogue the interface speaks, chosen in Settings and remembered.

The committed ``resources/translations/layerlab_<lang>.ts`` files are the catalogues; they
are read directly (XML, :class:`TsTranslator`) rather than compiled to ``.qm`` first, so a
source checkout, a test run and the packaged app all use the very file a translator edits,
with no build step that could leave a stale binary behind. Parsing the ~550 messages takes
about 25 ms, once per run.

The choice is stored in QSettings under ``language``: ``system`` (follow the system locale,
the default), ``en`` or ``zh_CN``. Switching is live: :func:`set_language` swaps the
translator and re-translates the texts of every open widget (menus, dock titles, labels,
buttons, tool tips) through the catalogues, so nothing needs a restart. Texts composed at run
time (e.g. "Epoch 3 of 10") switch the next time they are refreshed, or at once where a widget
re-composes them on the LanguageChange event, which :func:`set_language` delivers before it
returns (the main window's title and undo history: :func:`retranslate_text`).

Qt's own dialogs (file dialogs, Yes/No buttons) use Qt's shipped ``qtbase_*.qm``.
"""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from engine.graph import Problem
from engine.messages import Message

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
SETTINGS_KEY = "language"
SYSTEM = "system"
#: Languages with a catalogue, by code, each named in its own language (as a chooser shows it).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"layerlab_{language}.ts"


@dataclass(frozen=True, eq=False)
class Catalogue:
    """One parsed ``.ts`` file: finished translations keyed by (context, source, comment)."""

    language: str
    messages: dict[tuple[str, str, str], str]
    by_source: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for (_context, source, comment), text in self.messages.items():
            self.by_source.setdefault((source, comment), text)

    def lookup(self, context: str, source: str, comment: str = "") -> str | None:
        """The translation, or None (Qt then shows the source text).

        When a class inherits ``self.tr`` the context Qt asks for is the subclass's name, while
        lupdate filed the text under the class that wrote it (and a module-level ``tr()``
        helper files its texts under no class at all); such a text is found by its source.
        """
        found = self.messages.get((context, source, comment))
        return found if found is not None else self.by_source.get((source, comment))


def parse_ts(path: Path, language: str) -> Catalogue:
    """Read a Qt Linguist ``.ts`` file. Unfinished, vanished and obsolete entries are skipped
    (Qt's lrelease does the same), so a half-done translation shows English, not blanks."""
    root = ET.parse(path).getroot()
    messages: dict[tuple[str, str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                messages[(name, source, comment)] = text
    return Catalogue(language, messages)


@lru_cache(maxsize=4)
def _cached_catalogue(path: str, mtime: float, language: str) -> Catalogue:
    return parse_ts(Path(path), language)


def catalogue(language: str) -> Catalogue:
    """The catalogue for ``language`` (re-read only when its file changes)."""
    path = ts_path(language)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        # A broken installation shows English rather than failing to start.
        return Catalogue(language, {})
    return _cached_catalogue(str(path), mtime, language)


class TsTranslator(QTranslator):
    """A QTranslator answering from a :class:`Catalogue` (no ``.qm`` needed)."""

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt takes an empty string for a translation. (This runs inside Qt's C++:
        # an exception escaping it takes the process down, so lookup is plain dict access.)
        return self.catalogue.lookup(context or "", source_text or "", disambiguation or "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self.catalogue.messages

    def language(self) -> str:
        return self.catalogue.language


# -- which language -------------------------------------------------------------------------------


def stored_choice(settings: QSettings | None = None) -> str:
    """The remembered choice: ``system``, or a code from :data:`LANGUAGES`."""
    value = str((settings or QSettings()).value(SETTINGS_KEY, SYSTEM))
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language a choice means: ``system`` picks Simplified Chinese for a Chinese locale
    (Traditional-script locales get it too: it is closer than English) and English otherwise."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []
_current: list[str] = []


def current_language() -> str:
    """The language the interface speaks now (``en`` before :func:`install`)."""
    return _current[-1] if _current else SOURCE_LANGUAGE


def install(app: QCoreApplication | None = None, settings: QSettings | None = None) -> str:
    """Install the remembered language's translators (replacing any installed before); returns
    the language code. Also makes CJK text renderable (see :mod:`gui.fonts`)."""
    language = resolve(stored_choice(settings))
    apply_language(app or QCoreApplication.instance(), language)
    from gui import fonts

    fonts.ensure_cjk_font()
    return language


def set_language(choice: str, settings: QSettings | None = None) -> str:
    """Remember ``choice`` (``system``, ``en`` or ``zh_CN``), switch to it now and re-translate
    the open windows; returns the language now in use."""
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown language {choice!r}; choose one of: system, {', '.join(LANGUAGES)}")
    settings = settings or QSettings()
    settings.setValue(SETTINGS_KEY, choice)
    settings.sync()
    old = current_language()
    new = resolve(choice)
    app = QCoreApplication.instance()
    apply_language(app, new)
    if old != new and isinstance(app, QApplication):
        retranslate_widgets(catalogue(old), catalogue(new))
        # Installing the translators posted a LanguageChange to every window; deliver it now, so
        # texts composed at run time (window title, Undo's "Undo Add Dense", the layer palette)
        # have switched too when this returns, not only after the next turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return new


def apply_language(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` from now on (translators and default locale), without remembering it
    and without touching open widgets (see :func:`set_language` for both)."""
    # Code that asks QLocale() (which hint or lesson text to show) follows the language; set it
    # first, as widgets re-read it on the LanguageChange event that installing translators sends.
    # An English interface keeps the system's number format unless that system is Chinese.
    system = QLocale.system()
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    elif system.language() == QLocale.Language.Chinese:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(system)
    _current[:] = [language]
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        _installed.append(qt_base)
    _installed.append(TsTranslator(catalogue(language), app))
    for translator in _installed:
        QCoreApplication.installTranslator(translator)


# -- live switching -------------------------------------------------------------------------------


#: (context, source, text in the new language) for each message, by its text in the old one.
Candidates = list[tuple[str, str, str]]


@lru_cache(maxsize=4)
def _mapping(old: Catalogue, new: Catalogue) -> dict[str, Candidates]:
    table: dict[str, Candidates] = {}
    for key in sorted(set(old.messages) | set(new.messages)):
        shown = old.messages.get(key, key[1])
        table.setdefault(shown, []).append((key[0], key[1], new.messages.get(key, key[1])))
    return table


def _choose(candidates: Candidates, owner: QObject | None) -> str:
    """The new text for a shown text. Where one translation stands for several sources ("训练"
    is both "Train" and "Training"), the message of the nearest class around the widget wins
    (a button in TrainingPanel gets TrainingPanel's "Train"); failing that, the source most
    messages share."""
    if len({c[2] for c in candidates}) == 1:
        return candidates[0][2]
    by_context = {c[0]: c for c in candidates}
    obj = owner
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__name__ in by_context:
                return by_context[cls.__name__][2]
        obj = obj.parent()
    sources = Counter(c[1] for c in candidates)
    best = max(sources, key=lambda s: (sources[s], s))
    return next(c[2] for c in candidates if c[1] == best)


#: Qt's placeholders in a message: %1 … %99, and %n (a count).
_QT_PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")


@lru_cache(maxsize=4)
def _templates(old: Catalogue, new: Catalogue) -> list[tuple[re.Pattern[str], Candidates]]:
    """Messages with placeholders, as patterns matching a text composed from them as ``old``
    shows them; the most literal text first ("Change %1 of %2" before "Change %1")."""
    found = []
    for shown, candidates in _mapping(old, new).items():
        literal = _QT_PLACEHOLDER.sub("", shown)
        if literal == shown or sum(ch.isalpha() for ch in literal) < 2:
            continue  # no placeholder, or nothing but placeholders and punctuation ("%1 %")
        parts, seen, last = [], set(), 0
        for match in _QT_PLACEHOLDER.finditer(shown):
            parts.append(re.escape(shown[last : match.start()]))
            name = "p" + match.group(1)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            last = match.end()
        parts.append(re.escape(shown[last:]))
        found.append((len(literal), re.compile("".join(parts), re.DOTALL), candidates))
    found.sort(key=lambda entry: -entry[0])
    return [(pattern, candidates) for _, pattern, candidates in found]


def retranslate_text(text: str, old: Catalogue, new: Catalogue, owner: QObject | None = None) -> str:
    """``text``, shown in ``old``'s language, in ``new``'s.

    A text that is exactly a message is swapped as :func:`retranslate_widgets` does. A text
    composed from a message with placeholders ("Change %1 of %2" made "Change Units of dense")
    gets the new language's template, with each filled-in value that is itself exactly a
    message swapped too (a setting's name) and any other value (a layer's name, a number)
    kept. Any other text comes back unchanged.
    """
    if not text:
        return text
    candidates = _mapping(old, new).get(text)
    if candidates:
        return _choose(candidates, owner)
    for pattern, candidates in _templates(old, new):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {}
        for name, value in match.groupdict().items():
            exact = _mapping(old, new).get(value)
            values[name[1:]] = _choose(exact, owner) if exact else value
        template = _choose(candidates, owner)
        return _QT_PLACEHOLDER.sub(lambda m, found=values: found.get(m.group(1), m.group(0)), template)
    return text


def retranslate_widgets(old: Catalogue, new: Catalogue, roots: list[QWidget] | None = None) -> int:
    """Re-translate the static texts of open widgets from ``old`` to ``new``; returns how many
    texts changed. A text is recognised by being exactly some message as ``old`` shows it, so
    user data (layer names, file names) and composed texts are left alone."""
    table = _mapping(old, new)
    changed = 0

    def swap(text: str, owner: QObject | None = None) -> str | None:
        nonlocal changed
        candidates = table.get(text)
        if not candidates:
            return None
        replacement = _choose(candidates, owner)
        if replacement == text:
            return None
        changed += 1
        return replacement

    widgets: list[QWidget] = []
    for root in roots if roots is not None else QApplication.topLevelWidgets():
        widgets.append(root)
        widgets.extend(root.findChildren(QWidget))
    for widget in widgets:
        for action in widget.actions():
            for getter, setter in (
                (action.text, action.setText),
                (action.toolTip, action.setToolTip),
                (action.statusTip, action.setStatusTip),
                (action.iconText, action.setIconText),
            ):
                if (text := swap(getter(), widget)) is not None:
                    setter(text)
        if (text := swap(widget.toolTip(), widget)) is not None:
            widget.setToolTip(text)
        if (text := swap(widget.windowTitle(), widget)) is not None:
            widget.setWindowTitle(text)
        if isinstance(widget, QMenu) and (text := swap(widget.title(), widget)) is not None:
            widget.setTitle(text)
        if isinstance(widget, QAbstractButton | QLabel) and (text := swap(widget.text(), widget)) is not None:
            widget.setText(text)
        if isinstance(widget, QGroupBox) and (text := swap(widget.title(), widget)) is not None:
            widget.setTitle(text)
        if isinstance(widget, QLineEdit) and (text := swap(widget.placeholderText(), widget)) is not None:
            widget.setPlaceholderText(text)
        special = widget.specialValueText() if isinstance(widget, QAbstractSpinBox) else ""
        if special and (text := swap(special, widget)) is not None:
            widget.setSpecialValueText(text)  # an epochs box's "until stopped"
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            for getter, setter in ((widget.prefix, widget.setPrefix), (widget.suffix, widget.setSuffix)):
                if (text := swap(getter(), widget)) is not None:
                    setter(text)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if (text := swap(widget.itemText(i), widget)) is not None:
                    widget.setItemText(i, text)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                if (text := swap(widget.tabText(i), widget)) is not None:
                    widget.setTabText(i, text)
        if isinstance(widget, QDockWidget) and (action := widget.toggleViewAction()) is not None:
            action.setText(widget.windowTitle())
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(header.columnCount()):
                if (text := swap(header.text(column), widget)) is not None:
                    header.setText(column, text)
        if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QStandardItemModel):
            _retranslate_items(widget.model(), lambda text, owner=widget: swap(text, owner))
        if isinstance(widget, QGraphicsView):
            for item in widget.items():
                # pyqtgraph axis titles (AxisItem keeps the text it was given in labelText).
                text = getattr(item, "labelText", None)
                if isinstance(text, str) and (new_text := swap(text, widget)) is not None:
                    item.setLabel(new_text)
            widget.viewport().update()  # items that translate while painting (layer cards)
    return changed


#: Item roles that hold text a person reads (a palette keeps its descriptions in a user role).
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    *(Qt.ItemDataRole.UserRole + i for i in range(4)),
)


def _retranslate_items(model: QStandardItemModel, swap) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            item = model.item(row, column)
            if item is None:
                continue
            for role in _TEXT_ROLES:
                value = item.data(role)
                if isinstance(value, str) and (text := swap(value)) is not None:
                    item.setData(text, role)


def translated(text: str) -> str:
    """A sentence from the engine in the interface language.

    An :class:`engine.messages.Message` shows its template translated (context and key as
    the engine marked them) and filled with its values, each translated in turn; in English,
    and for any other text, the engine's own words are shown as they are.
    """
    if not isinstance(text, Message) or current_language() == SOURCE_LANGUAGE:
        return str(text)
    found = QCoreApplication.translate(text.context, text.key)
    if not text.args:
        return found if found != text.key else str(text)
    try:
        # Only sentences are translated: numbers keep their type, so "{v:g}" and "{n!r}" format
        # them in Chinese exactly as in English.
        values = {name: translated(v) if isinstance(v, Message) else v for name, v in text.args.items()}
        return found.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder (tests/gui/test_i18n.py looks for them)
        # must not hide what went wrong: show the engine's own sentence.
        return str(text)


def problem_text(problem: Problem) -> str:
    """A graph problem's message in the interface language."""
    return translated(problem.message)
