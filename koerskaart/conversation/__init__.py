"""Plain logic of one contracting conversation: its content as a snapshot, progress and gaps
per step, capacity sums. No Qt, no SQL: input comes from :mod:`koerskaart.storage.repository`.
"""
