"""Projects, indicators and targets, and the progress of a project (docs/indicators.md)."""
