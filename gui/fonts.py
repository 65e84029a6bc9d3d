"""Chinese text must render everywhere, including a Linux machine with no CJK font installed.

Windows and macOS always have one (Microsoft YaHei, PingFang), and so do most Linux desktops;
when Qt finds none, the bundled ``resources/fonts/LayerLabCJK-Regular.otf`` (a subset of Noto
Sans CJK SC, see ``build_subset.py`` beside it) is registered for this run and made the
fallback of the interface font, so Chinese shows as text rather than empty boxes.
"""

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

BUNDLED_FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "LayerLabCJK-Regular.otf"
#: A text every Chinese interface shows; a font that has it can show the interface.
PROBE = "学习率"

_registered: list[str] = []


def cjk_families() -> list[str]:
    """Installed (or registered) font families that write Simplified Chinese, "SC" ones first."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return sorted(families, key=lambda f: not ("SC" in f.split() or "GB" in f or "Hei" in f))


def has_glyphs(family: str, text: str) -> bool:
    """Whether ``family`` itself has a glyph for every non-space character of ``text``.

    (``inFontUcs4``, not ``inFont``: PySide6 6.12 turns some characters, e.g. 率, into the
    wrong QChar on the way to ``inFont``.)
    """
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())


def renders(text: str) -> bool:
    """Whether Qt can draw every character of ``text``: the interface font has it, or a
    Simplified Chinese font it falls back to does."""
    fallbacks = [QGuiApplication.font().family(), *cjk_families()]
    return all(any(has_glyphs(f, ch) for f in fallbacks) for ch in text if not ch.isspace())


def register_bundled_font() -> str | None:
    """Register the bundled subset font for this run; its family name, or None if unreadable."""
    if _registered:
        return _registered[0]
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    _registered.append(families[0])
    return families[0]


def ensure_cjk_font() -> str | None:
    """Make sure Chinese renders: the family that will draw it (an installed one, or the bundled
    font, registered now and set as the fallback of the interface font); None if neither."""
    families = [f for f in cjk_families() if has_glyphs(f, PROBE)]
    if families:
        return families[0]
    family = register_bundled_font()
    if family is None:
        return None
    app_font = QGuiApplication.font()
    QFont.insertSubstitution(app_font.family(), family)
    app_font.setFamilies([app_font.family(), family])
    QGuiApplication.setFont(app_font)
    return family
