"""Workbooks out and in: the HQ sync workbook (export, merge import)."""
