"""The pictures in a file: a photo (JPEG, PNG) or each page of a scanned PDF (the largest image
a scanner put on the page: JPEG, JPEG 2000, or plain grey or colour pixels)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from desktop_app.photos.page import Image

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
MAX_FILE_BYTES = 200 << 20  # a phone photo is 2 to 10 MB, a scanned sheet of pages 5 to 50
MAX_PIXELS = 60_000_000


class UnreadableFile(Exception):
    """Not a photo nor a scanned PDF this program reads; `why` says which case."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why  # "kind", "damaged", "too_big", "no_image"


@dataclass(frozen=True)
class Picture:
    label: str  # the file's name, with the page for a PDF
    image: Image


def _decode(data: bytes) -> Image | None:
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile("too_big")
    array = np.frombuffer(data, dtype=np.uint8)
    image: Image | None = cv2.imdecode(array, cv2.IMREAD_COLOR)
    if image is not None and image.shape[0] * image.shape[1] > MAX_PIXELS:
        raise UnreadableFile("too_big")
    return image


def _raw_pixels(stream: Any) -> Image | None:
    """An image stored as plain pixels (FlateDecode, 8 bits, grey or RGB)."""
    width, height = int(stream["/Width"]), int(stream["/Height"])
    if int(stream.get("/BitsPerComponent", 8)) != 8 or width * height > MAX_PIXELS:
        return None
    data = np.frombuffer(stream.get_data(), dtype=np.uint8)
    channels = data.size // max(width * height, 1)
    if channels not in (1, 3) or data.size != width * height * channels:
        return None
    pixels = data.reshape(height, width, channels)
    if channels == 1:
        return pixels.reshape(height, width).copy()
    converted: Image = cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR)
    return converted


def _page_image(page: Any) -> Image | None:
    """The largest picture on a PDF page."""
    resources = page.get("/Resources") or {}
    objects = resources.get("/XObject") or {}
    best: Image | None = None
    for name in objects:
        stream = objects[name].get_object()
        if stream.get("/Subtype") != "/Image":
            continue
        filters = stream.get("/Filter")
        names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
        if names[-1] in ("/DCTDecode", "/JPXDecode"):
            image = _decode(stream.get_data())  # pypdf hands JPEG data over as it is
        elif names[-1] in ("/FlateDecode", "None"):
            image = _raw_pixels(stream)
        else:
            image = None  # CCITT fax and others: not read
        if image is not None and (best is None or image.size > best.size):
            best = image
    return best


def _pdf_pictures(path: Path) -> list[Picture]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        pages = list(reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise UnreadableFile("damaged") from error
    pictures = []
    for number, page in enumerate(pages, start=1):
        image = _page_image(page)
        if image is not None:
            pictures.append(Picture(f"{path.name} ({number})", image))
    if not pictures:
        raise UnreadableFile("no_image")
    return pictures


def pictures(path: Path) -> list[Picture]:
    """The pictures of one file; UnreadableFile when it holds none this program reads."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UnreadableFile("too_big")
        return _pdf_pictures(path)
    if suffix not in PHOTO_SUFFIXES:
        raise UnreadableFile("kind")
    image = _decode(path.read_bytes())
    if image is None:
        raise UnreadableFile("damaged")
    return [Picture(path.name, image)]
