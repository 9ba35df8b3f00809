"""Route modules: every module here that defines ``router`` (an APIRouter) is served under
/api/v1 by :func:`jixiao.web.app.create_app`; each route declares ``summary=`` (Chinese),
``tags=`` and its access policy (``openapi_extra=access(Access.…)``, :mod:`jixiao.web.deps`)."""
