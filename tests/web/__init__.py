"""API tests (the REST API under /api/v1): a package, so its conftest is web.conftest."""
