"""Qt widgets: windows, wizard pages, editors, dialogs. Only this package and ``app`` import
QtWidgets; widgets bind domain objects to the screen and hold no business rules.
"""
