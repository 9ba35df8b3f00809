"""Documents out: the official forms (申报表, 批复表, 监控表, 自评表, 审核意见, 绩效文本).

`layout` is the format-neutral contract; `builders` turn domain values into forms; the
renderers (`xlsx`, `docx`, `html`, `pdf`) turn forms into files; `templates` are the province
column sets, as data.
"""
