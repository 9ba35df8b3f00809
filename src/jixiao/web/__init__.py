"""The web entry point: the REST API under /api/v1 (FastAPI), beside the command line.

Like a command, a route parses its input, makes one application call (on
:class:`jixiao.workspace.Workspace`) and renders the result; it never opens a session.
Who the caller is comes from :mod:`jixiao.web.deps` (a session cookie or an API token),
errors leave as RFC 9457 problem documents (:mod:`jixiao.web.problems`).
"""
