"""Request and response models of the REST API (pydantic): what a router parses and renders."""
