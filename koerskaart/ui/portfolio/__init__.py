"""The portfolio window: all opgaven on one screen (table, map, capacity per team, progress)."""
