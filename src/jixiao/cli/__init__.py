"""The ``jixiao`` command line: a thin skin over :mod:`jixiao.workspace`."""
