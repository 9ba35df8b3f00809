"""目标、项目、指标: the nested parts of a document (read), and their edits in a draft (a
goal's text and money, a project's fields, an indicator's target, name, category, points …;
goals, projects and indicators added, an indicator deleted), each with the version it was
read at (``version`` in the body, or If-Match) and answered with the new one (ETag)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from jixiao.app import editor, resources
from jixiao.app.memo import Memo
from jixiao.app.resources import Owner
from jixiao.domain.model import DepartmentGoal, Project
from jixiao.domain.target import TargetSyntaxError
from jixiao.web.api.fields import FieldError
from jixiao.web.api.routes.documents import IfMatch, RefDep, etag, expected_version
from jixiao.web.api.schemas.structure import (
    GoalEdit,
    GoalNew,
    GoalOut,
    IndicatorEdit,
    IndicatorNew,
    IndicatorOut,
    IndicatorsOut,
    ProjectEdit,
    ProjectNew,
    ProjectOut,
    TargetEdit,
)
from jixiao.web.deps import Access, ActorDep, WorkspaceDep, access

router = APIRouter(tags=["目标、项目和指标"])

DOC = "/documents/{department}/{year}"
GoalNumber = Annotated[int, Path(ge=1, description="整体支出目标编号")]
# A worker's recently rendered project answers, by their stored version (see read_project).
_RENDERED: Memo[tuple[object, ...], bytes] = Memo(256)


@router.get(
    f"{DOC}/projects",
    summary="项目列表",
    response_model=list[Project],
    openapi_extra=access(Access.READ),
)
def list_projects(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> list[Project]:
    """文档中的全部项目(含指标)。"""
    return resources.read(workspace, actor, ref).document.projects


@router.get(
    f"{DOC}/projects/{{name}}",
    summary="查看项目",
    response_model=ProjectOut,
    openapi_extra=access(Access.READ),
)
def read_project(name: str, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> Response:
    """一个项目:预算、绩效目标、资金支出计划和指标。"""
    found = resources.project(workspace, actor, ref, name)

    def render() -> bytes:
        answer = ProjectOut(project=found.project, version=found.version)
        return answer.model_dump_json(by_alias=True).encode()

    # The answer of a stored version (document id, revision, workflow version) never
    # changes: a worker renders it once (30 indicators' JSON was a third of a read's CPU).
    kept = None if found.key is None else _RENDERED.get((*found.key, found.version), render)
    return Response(render() if kept is None else kept, media_type="application/json")


@router.get(
    f"{DOC}/goals",
    summary="整体支出目标列表",
    response_model=list[DepartmentGoal],
    openapi_extra=access(Access.READ),
)
def list_goals(ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> list[DepartmentGoal]:
    """部门的年度整体支出目标(含指标)。"""
    return resources.read(workspace, actor, ref).document.department_goals


@router.get(
    f"{DOC}/goals/{{number}}",
    summary="查看整体支出目标",
    response_model=GoalOut,
    openapi_extra=access(Access.READ),
)
def read_goal(number: GoalNumber, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep) -> GoalOut:
    """一个整体支出目标及其指标。"""
    found, version = resources.goal(workspace, actor, ref, number)
    return GoalOut(goal=found, version=version)


@router.get(
    f"{DOC}/projects/{{name}}/indicators",
    summary="项目的指标",
    response_model=IndicatorsOut,
    openapi_extra=access(Access.READ),
)
def project_indicators(
    name: str, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> IndicatorsOut:
    """一个项目的全部指标。"""
    found, version = resources.indicators(workspace, actor, ref, Owner(project=name))
    return IndicatorsOut(indicators=found, version=version)


@router.get(
    f"{DOC}/goals/{{number}}/indicators",
    summary="整体支出目标的指标",
    response_model=IndicatorsOut,
    openapi_extra=access(Access.READ),
)
def goal_indicators(
    number: GoalNumber, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> IndicatorsOut:
    """一个整体支出目标的全部指标。"""
    found, version = resources.indicators(workspace, actor, ref, Owner(goal=number))
    return IndicatorsOut(indicators=found, version=version)


@router.get(
    f"{DOC}/projects/{{name}}/indicators/{{indicator}}",
    summary="查看项目指标",
    response_model=IndicatorOut,
    openapi_extra=access(Access.READ),
)
def project_indicator(
    name: str, indicator: str, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> IndicatorOut:
    """项目中的一项指标(按名称)。"""
    found, version = resources.indicator(workspace, actor, ref, Owner(project=name), indicator)
    return IndicatorOut(indicator=found, version=version)


@router.get(
    f"{DOC}/goals/{{number}}/indicators/{{indicator}}",
    summary="查看整体支出目标的指标",
    response_model=IndicatorOut,
    openapi_extra=access(Access.READ),
)
def goal_indicator(
    number: GoalNumber, indicator: str, ref: RefDep, workspace: WorkspaceDep, actor: ActorDep
) -> IndicatorOut:
    """整体支出目标中的一项指标(按名称)。"""
    found, version = resources.indicator(workspace, actor, ref, Owner(goal=number), indicator)
    return IndicatorOut(indicator=found, version=version)


@router.put(
    f"{DOC}/projects/{{name}}/indicators/{{indicator}}/target",
    summary="修改项目指标的指标值",
    response_model=IndicatorOut,
    openapi_extra=access(Access.EDIT),
)
def edit_project_target(
    name: str,
    indicator: str,
    body: TargetEdit,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> IndicatorOut:
    """修改草稿中一项项目指标的指标值(按指标值文法解析);版本已过期时返回 409。"""
    return _edit(workspace, actor, ref, Owner(project=name), indicator, body, if_match, response)


@router.put(
    f"{DOC}/goals/{{number}}/indicators/{{indicator}}/target",
    summary="修改整体支出目标指标的指标值",
    response_model=IndicatorOut,
    openapi_extra=access(Access.EDIT),
)
def edit_goal_target(
    number: GoalNumber,
    indicator: str,
    body: TargetEdit,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> IndicatorOut:
    """修改草稿中一项整体支出目标指标的指标值;版本已过期时返回 409。"""
    return _edit(workspace, actor, ref, Owner(goal=number), indicator, body, if_match, response)


def _edit(
    workspace: WorkspaceDep,
    actor: ActorDep,
    ref: resources.DocumentRef,
    owner: Owner,
    indicator: str,
    body: TargetEdit,
    if_match: str | None,
    response: Response,
) -> IndicatorOut:
    version = expected_version(body.version, if_match)
    try:
        edited, result = resources.edit_target(
            workspace, actor, ref, owner, indicator, body.target, version
        )
    except TargetSyntaxError as error:
        raise FieldError(("body", "target"), str(error)) from None
    response.headers["ETag"] = etag(result.version)
    return IndicatorOut(indicator=edited, version=result.version)


# --- goals, projects and indicators changed, added, deleted -----------------------------------

QueryVersion = Annotated[int | None, Query(ge=1, description="读取时的版本号(或 If-Match)")]


@router.patch(
    f"{DOC}/goals/{{number}}",
    summary="修改整体支出目标",
    response_model=GoalOut,
    openapi_extra=access(Access.EDIT),
)
def edit_goal(
    number: GoalNumber,
    body: GoalEdit,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> GoalOut:
    """修改草稿中一个整体支出目标的目标内容或资金(未给出的字段不变,null 清空)。"""
    version = expected_version(body.version, if_match)
    goal, result = editor.edit_goal(workspace, actor, ref, number, body.patch(), version)
    response.headers["ETag"] = etag(result.version)
    return GoalOut(goal=goal, version=result.version)


@router.post(
    f"{DOC}/goals",
    summary="新增整体支出目标",
    response_model=GoalOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def add_goal(
    body: GoalNew,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> GoalOut:
    """在草稿中新增一个整体支出目标(编号接在最后一个之后)。"""
    version = expected_version(body.version, if_match)
    goal, result = editor.add_goal(workspace, actor, ref, body.patch(), version)
    response.headers["ETag"] = etag(result.version)
    return GoalOut(goal=goal, version=result.version)


@router.patch(
    f"{DOC}/projects/{{name}}",
    summary="修改项目",
    response_model=ProjectOut,
    openapi_extra=access(Access.EDIT),
)
def edit_project(
    name: str,
    body: ProjectEdit,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> ProjectOut:
    """修改草稿中一个项目的名称、实施单位、主管部门、金额、实施期和目标等(未给出的字段不变)。"""
    version = expected_version(body.version, if_match)
    project, result = editor.edit_project(workspace, actor, ref, name, body.patch(), version)
    response.headers["ETag"] = etag(result.version)
    return ProjectOut(project=project, version=result.version)


@router.post(
    f"{DOC}/projects",
    summary="新增项目",
    response_model=ProjectOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def add_project(
    body: ProjectNew,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> ProjectOut:
    """在草稿中新增一个项目(名称在文档中不能重复)。"""
    version = expected_version(body.version, if_match)
    project, result = editor.add_project(workspace, actor, ref, body.patch(), version)
    response.headers["ETag"] = etag(result.version)
    return ProjectOut(project=project, version=result.version)


@router.patch(
    f"{DOC}/projects/{{name}}/indicators/{{indicator}}",
    summary="修改项目指标",
    response_model=IndicatorOut,
    openapi_extra=access(Access.EDIT),
)
def edit_project_indicator(
    name: str,
    indicator: str,
    body: IndicatorEdit,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> IndicatorOut:
    """修改项目中一项指标的名称、一级/二级指标、分值、方向、依据、解释或备注。"""
    owner = Owner(project=name)
    return _edit_indicator(workspace, actor, ref, owner, indicator, body, if_match, response)


@router.patch(
    f"{DOC}/goals/{{number}}/indicators/{{indicator}}",
    summary="修改整体支出目标的指标",
    response_model=IndicatorOut,
    openapi_extra=access(Access.EDIT),
)
def edit_goal_indicator(
    number: GoalNumber,
    indicator: str,
    body: IndicatorEdit,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> IndicatorOut:
    """修改整体支出目标中一项指标的名称、一级/二级指标、分值、方向、依据、解释或备注。"""
    owner = Owner(goal=number)
    return _edit_indicator(workspace, actor, ref, owner, indicator, body, if_match, response)


def _edit_indicator(
    workspace: WorkspaceDep,
    actor: ActorDep,
    ref: resources.DocumentRef,
    owner: Owner,
    name: str,
    body: IndicatorEdit,
    if_match: str | None,
    response: Response,
) -> IndicatorOut:
    version = expected_version(body.version, if_match)
    edited, result = editor.edit_indicator(
        workspace, actor, ref, owner, name, body.patch(), version
    )
    response.headers["ETag"] = etag(result.version)
    return IndicatorOut(indicator=edited, version=result.version)


@router.post(
    f"{DOC}/projects/{{name}}/indicators",
    summary="新增项目指标",
    response_model=IndicatorOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def add_project_indicator(
    name: str,
    body: IndicatorNew,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> IndicatorOut:
    """在项目中新增一项指标(名称在项目中不能重复)。"""
    return _add_indicator(workspace, actor, ref, Owner(project=name), body, if_match, response)


@router.post(
    f"{DOC}/goals/{{number}}/indicators",
    summary="新增整体支出目标的指标",
    response_model=IndicatorOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=access(Access.EDIT),
)
def add_goal_indicator(
    number: GoalNumber,
    body: IndicatorNew,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> IndicatorOut:
    """在整体支出目标中新增一项指标(名称在该目标中不能重复)。"""
    return _add_indicator(workspace, actor, ref, Owner(goal=number), body, if_match, response)


def _add_indicator(
    workspace: WorkspaceDep,
    actor: ActorDep,
    ref: resources.DocumentRef,
    owner: Owner,
    body: IndicatorNew,
    if_match: str | None,
    response: Response,
) -> IndicatorOut:
    version = expected_version(body.version, if_match)
    added, result = editor.add_indicator_fields(workspace, actor, ref, owner, body.patch(), version)
    response.headers["ETag"] = etag(result.version)
    return IndicatorOut(indicator=added, version=result.version)


@router.delete(
    f"{DOC}/projects/{{name}}/indicators/{{indicator}}",
    summary="删除项目指标",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.EDIT),
)
def delete_project_indicator(
    name: str,
    indicator: str,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    version: QueryVersion = None,
    if_match: IfMatch = None,
) -> Response:
    """删除项目中的一项指标(已有实际数记录的指标不能删除)。"""
    expected = expected_version(version, if_match)
    result = editor.delete_indicator(
        workspace, actor, ref, Owner(project=name), indicator, expected
    )
    return Response(status_code=204, headers={"ETag": etag(result.version)})


@router.delete(
    f"{DOC}/goals/{{number}}/indicators/{{indicator}}",
    summary="删除整体支出目标的指标",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.EDIT),
)
def delete_goal_indicator(
    number: GoalNumber,
    indicator: str,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    version: QueryVersion = None,
    if_match: IfMatch = None,
) -> Response:
    """删除整体支出目标中的一项指标(已有实际数记录的指标不能删除)。"""
    expected = expected_version(version, if_match)
    result = editor.delete_indicator(workspace, actor, ref, Owner(goal=number), indicator, expected)
    return Response(status_code=204, headers={"ETag": etag(result.version)})


@router.delete(
    f"{DOC}/goals/{{number}}",
    summary="删除整体支出目标",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.EDIT),
)
def delete_goal(
    number: GoalNumber,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    version: QueryVersion = None,
    if_match: IfMatch = None,
) -> Response:
    """删除草稿中的一个整体支出目标及其指标(已有实际数记录的目标不能删除;其他目标编号不变)。"""
    expected = expected_version(version, if_match)
    result = editor.delete_goal(workspace, actor, ref, number, expected)
    return Response(status_code=204, headers={"ETag": etag(result.version)})


@router.delete(
    f"{DOC}/projects/{{name}}",
    summary="删除项目",
    status_code=status.HTTP_204_NO_CONTENT,
    openapi_extra=access(Access.EDIT),
)
def delete_project(
    name: str,
    ref: RefDep,
    workspace: WorkspaceDep,
    actor: ActorDep,
    version: QueryVersion = None,
    if_match: IfMatch = None,
) -> Response:
    """删除草稿中的一个项目及其指标(已有实际数记录的项目不能删除)。"""
    expected = expected_version(version, if_match)
    result = editor.delete_project(workspace, actor, ref, name, expected)
    return Response(status_code=204, headers={"ETag": etag(result.version)})
