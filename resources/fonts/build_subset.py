"""Build ``LayerLabCJK-Regular.otf``: Noto Sans CJK SC Regular cut down to the Chinese the app
needs, for Linux machines that have no CJK font (Windows and macOS always have one).

Kept: the 3,755 common characters of GB 2312 level 1, CJK and full-width punctuation, and
every other character found in the zh_CN catalogue, the lesson texts and the engine's Chinese
hints, so what LayerLab itself says always renders, and most of what a user types does too.
The result is about 1.6 MB (the full font is 16 MB). tests/gui/test_i18n.py checks that it
covers every character of those texts, so re-run this after adding rare characters:

    pip install fonttools
    python resources/fonts/build_subset.py [path/to/NotoSansCJK-Regular.ttc]

The font is under the SIL Open Font License 1.1 (OFL.txt beside it); as the licence allows
for a subset, the family is renamed ("LayerLab CJK") and the licence travels with it.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "LayerLabCJK-Regular.otf"
FAMILY = "LayerLab CJK"
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2010-\u2027]")


def texts() -> list[Path]:
    """The files whose Chinese must render: catalogues, lessons, engine hints."""
    found = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    found += sorted(p for p in (ROOT / "resources" / "lessons").rglob("*") if p.is_file())
    found += sorted((ROOT / "engine").rglob("*.py"))
    return found


def needed_characters() -> set[str]:
    """Every wide (CJK, full-width, punctuation) character in :func:`texts`."""
    chars: set[str] = set()
    for path in texts():
        try:
            chars.update(_WIDE.findall(path.read_text(encoding="utf-8")))
        except (UnicodeDecodeError, OSError):
            continue
    return chars


def common_characters() -> set[str]:
    """GB 2312 level 1 (rows 16–55): the 3,755 most used Simplified Chinese characters, and all
    CJK and full-width punctuation."""
    chars = {chr(c) for c in (*range(0x3000, 0x3040), *range(0xFF01, 0xFF66), *range(0x2010, 0x2028))}
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def simplified_chinese_face(source: Path):
    from fontTools.ttLib import TTCollection, TTFont

    if source.suffix.lower() == ".ttc":
        for font in TTCollection(source).fonts:
            if "SC" in str(font["name"].getDebugName(1)):
                return font
        raise SystemExit(f"{source}: no Simplified Chinese (SC) face in the collection")
    return TTFont(source)


def build(source: Path = DEFAULT_SOURCE, output: Path = OUTPUT) -> int:
    """Write the subset font; returns its size in bytes. (fontTools is needed only here.)"""
    from fontTools import subset

    font = simplified_chinese_face(source)
    text = "".join(sorted(common_characters() | needed_characters()))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    # Keep the GB 2312 code page bit: Qt reads it to list the font under Simplified Chinese.
    options.prune_codepage_ranges = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            record.string = FAMILY if record.nameID != 4 else f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = "LayerLabCJK-Regular"
    font.save(output)
    return output.stat().st_size


if __name__ == "__main__":
    size = build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
    print(f"{OUTPUT}: {size / 1e6:.2f} MB")
