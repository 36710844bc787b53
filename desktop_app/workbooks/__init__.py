"""workbooks"""
