"""Results frameworks: projects, indicators on the counting rules, targets, progress."""
