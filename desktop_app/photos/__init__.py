"""Photographed sign-in sheets: who signed, read from a phone photo or a scan of the sheet
Registre printed (docs/photos.md). No Qt here; the image work needs the `photos` extra
(OpenCV and zxing-cpp), which `available.py` checks."""
