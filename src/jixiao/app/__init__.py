"""The application layer: every use case, one module each, called by every entry point.

``documents`` (parse, import, load, export, delete), ``review`` (with its history and peer
context, and the stored findings), ``actuals``, ``monitoring``, ``evaluation``, ``region``
(set-based, a whole region) and ``synth`` (a synthetic province stored). It is the only owner
of sessions and transactions (:mod:`jixiao.app.uow`: one unit of work per call); the store's
functions take its session. :class:`jixiao.workspace.Workspace` gathers the use cases as
methods, the one object a caller (CLI, web, Python) holds.
"""
