"""sheet_import"""
