"""One QAbstractTableModel per table, each showing a list of the services' frozen dataclasses.

A new row set replaces the old with `set_rows` (beginResetModel/endResetModel); filtering and
sorting happen in the services, never in a proxy model.
"""
