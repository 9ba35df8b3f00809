"""Capture-class re-rendering: the hold-outs' hand-checked indicators rendered again in every
capture class, column set and wording (issue 11), to measure the reader class by class.

``model`` (a document to render, built from a hold-out's expectations), ``wording`` (how a
target and a header are written), ``captures`` (one renderer per capture class), ``check``
(a rendering read by the pipeline and compared with its truth by ``tests/corpus_check.py``);
``shapes``, ``ninth`` and ``tenth``: the shapes the eighth, ninth and tenth hold-out sets
brought.
"""
