"""Editors for the questions of a conversation: one widget class per question type.

:mod:`base` defines the contract every editor fulfils; :mod:`registry` picks the editor for a
question type. Editors bind a question to a :class:`~koerskaart.ui.session.ContractSession` and
hold no business rules.
"""
