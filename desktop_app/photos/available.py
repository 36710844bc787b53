"""Whether this installation reads photos: OpenCV and zxing-cpp come with the optional extra
`registre[photos]` (about 250 MB: docs/dependencies.md), which not every office installs."""

from __future__ import annotations

import importlib.util

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

MODULES = ("cv2", "zxingcpp", "numpy", "pypdf")
MISSING = QT_TRANSLATE_NOOP(
    "Photos",
    "Reading photos of sign-in sheets needs Registre's optional part for photos (OpenCV and "
    "zxing-cpp), which is not installed on this computer. Install it with: "
    'pip install "registre[photos]", or ask for the installer that includes it.',
)


def missing_modules() -> tuple[str, ...]:
    return tuple(name for name in MODULES if importlib.util.find_spec(name) is None)


def require() -> None:
    """RegistreError with what to install, when a module of the extra is missing."""
    if missing_modules():
        raise RegistreError(UserMessage("Photos", MISSING))
