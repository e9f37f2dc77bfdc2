"""The Qt binding must not leak or over-release references.

PySide6 6.12.0 under Python 3.11 released one reference to None on every call
of a method returning void; after some ten thousand calls None itself was
freed and the app aborted ("Fatal Python error: none_dealloc"). Python 3.12+
hides it (None is immortal there). pyproject pins PySide6 below 6.12.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat


def test_void_calls_keep_none_alive():
    block_format = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(1000):
        block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert sys.getrefcount(None) - before > -50
