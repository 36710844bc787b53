"""The preview of photographed sign-in sheets (docs/photos.md)."""
