"""The conversation window: the shared screen on which the contracting conversation is held.

``window`` assembles the parts: the step list (``step_list``), one page per step (``step_page``),
the review (``review_page``) and saving while typing (``autosave``). Nothing in this package
decides what is required, visible or complete; that comes from :mod:`koerskaart.conversation`.
"""
