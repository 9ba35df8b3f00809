"""Builders: domain values → `Form`s (format-neutral), one module per family of forms."""
