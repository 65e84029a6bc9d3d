"""Layer names made safe to write into generated code, ONNX graphs and weight files.

A layer's name is typed by a user (or comes from a project file someone sent), so it is data:
it may hold quotes, newlines, ``__import__('os')``, Chinese text or a Python keyword. Exported
files never contain it. Each layer gets an *identifier* instead: lower-case ASCII letters,
digits and underscores, never a keyword or a name the generated code itself uses, and unique
in the model. ``Hidden 1`` becomes ``hidden_1``, so the code still reads like the canvas.
"""

import builtins
import keyword
import re
import unicodedata

#: Longest identifier we make (a hostile name may be very long; code should stay readable).
MAX_LENGTH = 40

_SAFE = re.compile(r"[a-z_][a-z0-9_]*\Z")

#: Names the generated files use themselves: modules, helpers, locals, extra layers.
_GENERATED = {
    "self",
    "x",
    "inputs",
    "outputs",
    "torch",
    "nn",
    "np",
    "numpy",
    "keras",
    "layers",
    "path",
    "pathlib",
    "weights",
    "state",
    "npz",
    "model",
    "name",
    "build_model",
    "load_model",
    "class_names",
    "layerlab_model",
    "input_scaling",
    "input_shift",
    "input_divisor",
    "input_stretch",
}

#: Public attributes of ``torch.nn.Module``: a submodule called ``training`` or ``to`` would
#: replace them. Written out because the app never imports torch; a test compares the list
#: with the installed torch, so a new attribute in a new torch version is noticed.
TORCH_MODULE_ATTRIBUTES = frozenset(
    [
        "T_destination",
        "add_module",
        "apply",
        "bfloat16",
        "buffers",
        "call_super_init",
        "children",
        "compile",
        "cpu",
        "cuda",
        "double",
        "dump_patches",
        "eval",
        "extra_repr",
        "float",
        "forward",
        "get_buffer",
        "get_extra_state",
        "get_parameter",
        "get_submodule",
        "half",
        "ipu",
        "load_state_dict",
        "modules",
        "mtia",
        "named_buffers",
        "named_children",
        "named_modules",
        "named_parameters",
        "parameters",
        "register_backward_hook",
        "register_buffer",
        "register_forward_hook",
        "register_forward_pre_hook",
        "register_full_backward_hook",
        "register_full_backward_pre_hook",
        "register_load_state_dict_post_hook",
        "register_load_state_dict_pre_hook",
        "register_module",
        "register_parameter",
        "register_state_dict_post_hook",
        "register_state_dict_pre_hook",
        "requires_grad_",
        "set_extra_state",
        "set_submodule",
        "share_memory",
        "state_dict",
        "to",
        "to_empty",
        "train",
        "training",
        "type",
        "xpu",
        "zero_grad",
    ]
)

RESERVED = frozenset(
    {*keyword.kwlist, *keyword.softkwlist, *dir(builtins), *_GENERATED, *TORCH_MODULE_ATTRIBUTES}
)


def sanitize(text: str) -> str:
    """``text`` reduced to lower-case ASCII letters, digits and single underscores ('' if none).

    Accents are dropped rather than the letter (``Schicht_ä`` → ``schicht_a``); anything else
    that is not a letter or digit separates words. Leading and trailing underscores go, so no
    name can become a dunder such as ``__import__``.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return words[:MAX_LENGTH].rstrip("_")


def is_safe_identifier(text: str) -> bool:
    """Whether ``text`` may be written into generated code as it is (a last check before writing)."""
    return bool(_SAFE.match(text)) and text not in RESERVED


class Namer:
    """Hands out unique safe identifiers, in the order layers are met (as Keras numbers names)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, text: str, fallback: str) -> str:
        """A fresh identifier for ``text``; ``fallback`` (already safe) when nothing is left of it.

        A leading digit gets ``layer_`` in front; a reserved word gets ``_layer`` behind
        (``class`` → ``class_layer``); a name already taken gets ``_2``, ``_3``, ….
        """
        base = sanitize(text) or fallback
        if base[0].isdigit():
            base = f"layer_{base}"
        if base in RESERVED:
            base = f"{base}_layer"
        candidate, n = base, 1
        while candidate in self.taken or candidate in RESERVED:
            n += 1
            candidate = f"{base}_{n}"
        if not is_safe_identifier(candidate):
            raise AssertionError(f"the namer made an unsafe identifier {candidate!r}")
        self.taken.add(candidate)
        return candidate
