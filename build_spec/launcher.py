"""The frozen app's entry script: PyInstaller starts here and hands over to ``gui.app.main``.

A separate file (not ``gui/app.py`` itself) so ``gui.app`` is imported as the package module
it is in the unfrozen app, not a second time as ``__main__``.
"""

import multiprocessing
import sys

# The engine ships as .py files (numba caches kernels by their source file): Python compiles
# them at each start (a fraction of a second) rather than write .pyc files into the app's
# folder, which is read-only for students and must stay as installed.
sys.dont_write_bytecode = True

from gui.app import main  # noqa: E402

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    sys.exit(main())
