"""What the project-level and self-evaluation forms share, whatever their layout.

A form is read as a :class:`~.sheet.Sheet` (its cells in reading order, :mod:`.sheet`), then
part by part (:mod:`.form` locates them, :mod:`.sections` names them): the fields at its head
(:mod:`.fields`, :mod:`.head`), the 项目资金 table (:mod:`.funding`), the indicator table
(:mod:`.table` for its rows, :mod:`.columns` and :mod:`.fit` to place each cell in its column,
:mod:`.levels` for the 一级/二级 labels, :mod:`.indicators`, :mod:`.targets` and :mod:`.results`
for the objects) and its closing rows (:mod:`.closing`). Every value keeps its place in the
source (:mod:`.trace`). :mod:`.project` and :mod:`.department` assemble the document;
:mod:`.detect` scores a source against a form's title and labels. The genre modules
(``project_target`` …) only say which form they read and which parts it has.
"""
