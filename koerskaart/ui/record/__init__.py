"""The record in the app: signing step, signature pad, PDF preview and the version comparison."""
