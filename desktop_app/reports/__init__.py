"""Reports: the counting rules (counting.py) and what is built on them (narratives, documents)."""
