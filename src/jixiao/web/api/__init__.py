"""The REST API (/api/v1): one module of routes per resource family in ``routes``."""
