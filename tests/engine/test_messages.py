"""Every sentence the engine says to a person can be shown in the interface language.

The engine's user-facing errors are :class:`engine.errors.LayerLabError` and its subclasses;
the GUI shows their text through ``gui.i18n.translated``, which can only translate a
:class:`engine.messages.Message` whose template pyside6-lupdate extracted. These tests read
the engine's source (no import of the modules needed) and name every place that breaks that
chain: an error raised with a plain or f-string, a Message whose template lupdate cannot see,
a template filed under one context and looked up under another, or a placeholder left unfilled.
"""

import ast
import string
from pathlib import Path

from engine.messages import QT_TRANSLATE_NOOP, Message

ENGINE = Path(__file__).resolve().parents[2] / "engine"
#: Message's default context (engine/messages.py).
DEFAULT_CONTEXT = "problems"
#: Message's own keyword arguments, which a placeholder cannot be called.
RESERVED = {"context", "key"}


def modules() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for path in sorted(ENGINE.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]


def called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def user_error_classes(parsed: list[tuple[Path, ast.Module]]) -> set[str]:
    """LayerLabError and every engine class deriving from it, by name (to a fixed point)."""
    found = {"LayerLabError"}
    while True:
        more = {
            node.name
            for _path, tree in parsed
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and node.name not in found
            and any(
                isinstance(b, ast.Name | ast.Attribute) and ast.unparse(b).split(".")[-1] in found
                for b in node.bases
            )
        }
        if not more:
            return found
        found |= more


def is_plain_text(node: ast.expr) -> bool:
    """An expression that can only make an untranslatable ``str``."""
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return is_plain_text(node.left) or is_plain_text(node.right)
    if isinstance(node, ast.Call):
        name = called_name(node)
        return name in ("str", "format", "join", "repr") and not (
            name == "format" and isinstance(node.func, ast.Attribute) and not is_plain_text(node.func.value)
        )
    return False


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ENGINE.parent)}:{node.lineno}"


def plain_raises(parsed: list[tuple[Path, ast.Module]]) -> list[str]:
    """Where a user-facing error is raised with text that cannot be translated."""
    classes = user_error_classes(parsed)
    return [
        f"{where(path, node)}: {ast.unparse(node.exc)[:90]}"
        for path, tree in parsed
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise)
        and isinstance(node.exc, ast.Call)
        and called_name(node.exc) in classes
        and node.exc.args
        and is_plain_text(node.exc.args[0])
    ]


def message_calls(parsed: list[tuple[Path, ast.Module]]) -> list[tuple[Path, ast.Call]]:
    return [
        (path, node)
        for path, tree in parsed
        if path.name != "messages.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message"
    ]


def template_problems(parsed: list[tuple[Path, ast.Module]]) -> list[str]:
    """Where a Message's template is unmarked, marked under another context, or left unfilled."""
    problems = []
    for path, call in message_calls(parsed):
        template = call.args[0] if call.args else None
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        if template is None or is_plain_text(template):
            problems.append(f"{where(path, call)}: the template is not marked with QT_TRANSLATE_NOOP")
            continue
        if not (isinstance(template, ast.Call) and called_name(template) == "QT_TRANSLATE_NOOP"):
            continue  # a marked text chosen elsewhere (a table of QT_TRANSLATE_NOOP entries)
        marked = [a.value if isinstance(a, ast.Constant) else None for a in template.args]
        if len(marked) != 2 or not all(isinstance(m, str) for m in marked):
            problems.append(f"{where(path, call)}: QT_TRANSLATE_NOOP needs a literal context and text")
            continue
        context = keywords.get("context")
        looked_up = context.value if isinstance(context, ast.Constant) else DEFAULT_CONTEXT
        if context is not None and not isinstance(context, ast.Constant):
            problems.append(f"{where(path, call)}: context= must be the literal the text is marked under")
        elif looked_up != marked[0]:
            problems.append(
                f"{where(path, call)}: marked under {marked[0]!r} but looked up under {looked_up!r}"
            )
        if any(k.arg is None for k in call.keywords):
            continue  # **values: checked when the sentence is made
        fields = {
            name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(marked[1]) if name
        }
        if reserved := sorted(fields & RESERVED):
            problems.append(
                f"{where(path, call)}: {', '.join(reserved)} is Message's own argument; rename it"
            )
        if unfilled := sorted(fields - set(keywords)):
            problems.append(f"{where(path, call)}: nothing fills {', '.join(unfilled)} in {marked[1]!r}")
    return problems


def test_user_facing_errors_are_raised_with_messages():
    parsed = modules()
    assert {
        "DataError",
        "ConfigError",
        "GraphError",
        "ProjectFileError",
        "LessonFileError",
    } <= user_error_classes(parsed)
    plain = plain_raises(parsed)
    assert not plain, "raise these with a Message (engine/messages.py):\n" + "\n".join(plain)


def test_message_templates_are_marked_for_lupdate_in_the_context_they_are_looked_up_in():
    problems = template_problems(modules())
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_they_look_for():
    """The scans read source, so a scan that matched nothing would pass silently: each must name
    a plain-text raise of a derived error class, an unmarked template, a context mismatch and an
    unfilled placeholder in a made-up module."""
    source = (
        "class RowError(DataError): ...\n"
        "def f(path):\n"
        "    raise RowError(f'{path}: bad row')\n"
        "def g(path):\n"
        "    raise RowError(Message(QT_TRANSLATE_NOOP('data', '{path}: bad'), context='data', path=path))\n"
        "def h():\n"
        "    return Message(QT_TRANSLATE_NOOP('data', 'row {row}'), context='training', row=1)\n"
        "def i():\n"
        "    return Message('a plain sentence')\n"
        "def j():\n"
        "    return Message(QT_TRANSLATE_NOOP('problems', 'row {row} of {rows}'), row=1)\n"
        "def k():\n"
        "    return Message(QT_TRANSLATE_NOOP('data', 'no array {key}'), context='data')\n"
    )
    fake = ENGINE / "fake.py"
    parsed = [*modules(), (fake, ast.parse(source))]
    assert [p.split(":")[1] for p in plain_raises(parsed) if p.startswith("engine/fake.py")] == ["3"]
    found = [p for p in template_problems(parsed) if p.startswith("engine/fake.py")]
    assert [p.split(":")[1] for p in found] == ["7", "9", "11", "13", "13"]
    assert "key is Message's own argument" in found[3]
    assert "looked up under 'training'" in found[0] and "nothing fills rows" in found[2]


def test_a_message_reads_as_its_english_sentence():
    made = Message(
        QT_TRANSLATE_NOOP("data", "{path}: row {row} is short"), context="data", path="a.csv", row=3
    )
    assert made == "a.csv: row 3 is short"
    assert (made.template, made.context, made.args["row"]) == ("{path}: row {row} is short", "data", 3)
