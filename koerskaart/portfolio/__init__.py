"""The portfolio: every opgave on one screen, the traffic lights, and "what can we handle?" per team.

Plain functions and data classes over the stored data (read in a few queries by
:mod:`~koerskaart.portfolio.data`); the window, the opgavenboard PDF and the workbook only draw
or write what these modules compute. Nothing here imports Qt.
"""
