"""The window: Qt widgets, table models and workers. The only layer that imports Qt."""
