"""The canonical JSON document: reading, writing and the published JSON Schema."""

from jixiao.interchange.json_document import (
    DocumentFileError,
    document_schema,
    dump_document,
    load_document_file,
    parse_document_json,
    save_document_file,
)

__all__ = [
    "DocumentFileError",
    "document_schema",
    "dump_document",
    "load_document_file",
    "parse_document_json",
    "save_document_file",
]
