"""Readers of the genres the general reader does not read: the budget disclosure alone.

Every genre that holds indicators (the forms, the 部门预算绩效文本 made of parts) is read by
the general reader (:mod:`jixiao.ingest.general`), its genre a description there
(:mod:`jixiao.ingest.general.genres`, :mod:`jixiao.ingest.general.parts`). A 预算公开/决算公开's
performance section holds no indicators: :mod:`.budget_disclosure` reads it (``detect`` how
strongly a source looks like one, 0–1; ``parse`` the reading).
"""
