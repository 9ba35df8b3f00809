"""/documents: list (filters, pages), read (with ETag), create and edit drafts through the
canonical model (versions, 409 with what changed), import by upload, export, delete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from web.conftest import (
    FIXTURES,
    OTHER_DEPARTMENT,
    OWN_DEPARTMENT,
    OWN_REGION,
    OWN_REGION_CODE,
    YEAR,
    WebEnv,
    xingtai,
)
from web.web_support import denied_read, path, problem

OWN = path(OWN_DEPARTMENT, YEAR)
OTHER = path(OTHER_DEPARTMENT, YEAR)
QINGLAN = (
    FIXTURES / "department_performance" / "hubei-qinglan-2022-department-performance-pipes.txt"
)


def _document(department: str = OWN_DEPARTMENT, year: int = YEAR) -> dict[str, Any]:
    document = xingtai(department, OWN_REGION, OWN_REGION_CODE).model_copy(
        update={"fiscal_year": year}
    )
    data: dict[str, Any] = json.loads(document.model_dump_json())
    return data


# --- list -------------------------------------------------------------------------------------


def test_the_list_is_paged_with_the_total(web: WebEnv) -> None:
    for year in (2021, 2022):
        web.workspace.save(
            xingtai(OWN_DEPARTMENT, OWN_REGION, OWN_REGION_CODE).model_copy(
                update={"fiscal_year": year}
            )
        )
    admin = web.client("admin")
    first = admin.get("/api/v1/documents", params={"limit": 2}).json()
    assert first["total"] == 4 and first["limit"] == 2 and first["offset"] == 0
    assert len(first["items"]) == 2
    rest = admin.get("/api/v1/documents", params={"limit": 2, "offset": 2}).json()
    assert len(rest["items"]) == 2
    seen = {(i["department"], i["fiscal_year"]) for i in first["items"] + rest["items"]}
    assert len(seen) == 4


def test_the_list_filters_by_department_year_region_state_and_kind(shared_web: WebEnv) -> None:
    admin = shared_web.client("admin")

    def departments(**params: Any) -> list[str]:
        response = admin.get("/api/v1/documents", params=params)
        assert response.status_code == 200, response.text
        return sorted(i["department"] for i in response.json()["items"])

    assert departments() == sorted([OWN_DEPARTMENT, OTHER_DEPARTMENT])
    assert departments(department=OWN_DEPARTMENT) == [OWN_DEPARTMENT]
    assert departments(region="1309") == [OTHER_DEPARTMENT]
    assert departments(region=OWN_REGION) == [OWN_DEPARTMENT]
    assert departments(year=YEAR + 1) == []
    assert departments(kind="project_target") == []
    assert departments(state="草稿") == sorted([OWN_DEPARTMENT, OTHER_DEPARTMENT])
    assert departments(state="已公开") == []
    item = admin.get("/api/v1/documents", params={"department": OWN_DEPARTMENT}).json()["items"][0]
    assert (
        item["state"] == "草稿"
        and item["version"] >= 1
        and item["kind"] == "department_performance"
    )
    assert item["projects"] == 1 and item["indicators"] > 30


def test_each_role_lists_only_documents_of_its_scope(shared_web: WebEnv) -> None:
    for key, expected in (
        ("editor_own", [OWN_DEPARTMENT]),
        ("reviewer_other", [OTHER_DEPARTMENT]),
        ("anonymous", []),
    ):
        body = shared_web.client(key).get("/api/v1/documents").json()
        assert [i["department"] for i in body["items"]] == expected, key
        assert body["total"] == len(expected)


def test_bad_list_parameters_are_problems_at_their_fields(shared_web: WebEnv) -> None:
    admin = shared_web.client("admin")
    problem(admin.get("/api/v1/documents", params={"limit": 0}), 422, ["query", "limit"])
    problem(admin.get("/api/v1/documents", params={"offset": -1}), 422, ["query", "offset"])
    problem(admin.get("/api/v1/documents", params={"year": "二〇二〇"}), 422, ["query", "year"])
    problem(admin.get("/api/v1/documents", params={"kind": "memo"}), 422, ["query", "kind"])


# --- read and export ------------------------------------------------------------------------


def test_a_document_is_read_as_the_canonical_model_with_state_version_and_etag(
    shared_web: WebEnv,
) -> None:
    response = shared_web.client("editor_own").get(OWN)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["state"] == "草稿"
    assert response.headers["etag"] == f'"{body["version"]}"'
    assert body["document"]["department"]["name"] == OWN_DEPARTMENT
    assert body["document"]["projects"][0]["name"] == "侨务工作经费"


def test_a_document_out_of_scope_or_missing_is_not_found_without_data(shared_web: WebEnv) -> None:
    denied_read(shared_web.client("editor_own").get(OTHER))
    denied_read(shared_web.client("reviewer_own").get(OTHER))
    denied_read(shared_web.client("anonymous").get(OWN))
    denied_read(shared_web.client("admin").get(path(OWN_DEPARTMENT, 1999)))
    denied_read(shared_web.client("editor_own").get(OTHER + "/export"))


def test_export_is_the_canonical_json_as_an_attachment(shared_web: WebEnv) -> None:
    response = shared_web.client("reviewer_own").get(OWN + "/export")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert "attachment" in response.headers["content-disposition"]
    assert response.text.endswith("}\n")
    assert json.loads(response.text)["department"]["name"] == OWN_DEPARTMENT


# --- create, edit, delete ---------------------------------------------------------------------


def test_an_editor_creates_a_draft_and_cannot_create_it_twice(web: WebEnv) -> None:
    editor = web.client("editor_own")
    body = {"document": _document(year=2021)}
    created = editor.post("/api/v1/documents", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["version"] == 1 and created.json()["fiscal_year"] == 2021
    assert created.headers["etag"] == '"1"'
    assert editor.get(path(OWN_DEPARTMENT, 2021)).status_code == 200
    problem(editor.post("/api/v1/documents", json=body), 409)


def test_creating_for_another_department_is_forbidden(web: WebEnv) -> None:
    body = {"document": _document(OTHER_DEPARTMENT, 2021)}
    body["document"]["department"]["region"] = {"name": "沧州市", "code": "130900"}
    problem(web.client("editor_own").post("/api/v1/documents", json=body), 403)
    problem(web.client("reviewer_other").post("/api/v1/documents", json=body), 403)
    assert web.client("anonymous").post("/api/v1/documents", json=body).status_code in (
        401,
        403,
        404,
    )


def test_an_invalid_draft_is_a_problem_at_the_field(shared_web: WebEnv) -> None:
    document = _document()
    document["fiscal_year"] = 1800
    response = shared_web.client("editor_own").post(
        "/api/v1/documents", json={"document": document}
    )
    problem(response, 422, ["body", "document", "fiscal_year"])
    document = _document()
    del document["department"]
    response = shared_web.client("editor_own").post(
        "/api/v1/documents", json={"document": document}
    )
    problem(response, 422, ["body", "document", "department"])


def test_editing_with_the_current_version_saves_and_bumps_it(web: WebEnv) -> None:
    editor = web.client("editor_own")
    read = editor.get(OWN).json()
    document = read["document"]
    document["overall_goal"] = "新的总体绩效目标"
    saved = editor.put(OWN, json={"version": read["version"], "document": document})
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == read["version"] + 1
    again = editor.get(OWN).json()
    assert again["document"]["overall_goal"] == "新的总体绩效目标"
    assert again["version"] == read["version"] + 1


def test_a_write_on_a_stale_version_is_409_with_what_changed(web: WebEnv) -> None:
    editor, approver = web.client("editor_own"), web.client("approver_own")
    read = editor.get(OWN).json()
    document = read["document"]
    first = approver.put(OWN, json={"version": read["version"], "document": document})
    assert first.status_code == 200
    document["overall_goal"] = "迟到的修改"
    stale = editor.put(OWN, json={"version": read["version"], "document": document})
    body = problem(stale, 409)
    assert str(read["version"]) in body["detail"]
    assert body["expected"] == read["version"] and body["current"] == read["version"] + 1
    assert any("approver-own" in change for change in body["changes"]), body["changes"]
    assert editor.get(OWN).json()["document"]["overall_goal"] != "迟到的修改"


def test_if_match_carries_the_version_too(web: WebEnv) -> None:
    editor = web.client("editor_own")
    read = editor.get(OWN)
    document = read.json()["document"]
    stale = editor.put(OWN, json={"document": document}, headers={"If-Match": '"99"'})
    problem(stale, 409)
    fresh = editor.put(OWN, json={"document": document}, headers={"If-Match": read.headers["etag"]})
    assert fresh.status_code == 200, fresh.text
    problem(editor.put(OWN, json={"document": document}, headers={"If-Match": "abc"}), 422)


def test_an_edit_cannot_move_the_document_to_another_key(web: WebEnv) -> None:
    editor = web.client("editor_own")
    read = editor.get(OWN).json()
    document = read["document"]
    document["fiscal_year"] = 2030
    problem(editor.put(OWN, json={"version": read["version"], "document": document}), 422)


def test_editing_is_for_the_department_only(web: WebEnv) -> None:
    read = web.client("admin").get(OTHER).json()
    body = {"version": read["version"], "document": read["document"]}
    problem(web.client("editor_own").put(OTHER, json=body), 403)
    problem(web.client("reviewer_other").put(OTHER, json=body), 403)
    assert web.client("admin").get(OTHER).json()["version"] == read["version"]


def test_a_draft_is_deleted_with_its_version(web: WebEnv) -> None:
    editor = web.client("editor_own")
    version = editor.get(OWN).json()["version"]
    problem(editor.delete(OWN, params={"version": version + 5}), 409)
    problem(web.client("editor_other").delete(OWN), 403)
    deleted = editor.delete(OWN, params={"version": version})
    assert deleted.status_code == 204
    denied_read(editor.get(OWN))


# --- import by upload ---------------------------------------------------------------------------


def _upload(client: Any, source: Path, name: str | None = None, **params: Any) -> Any:
    files = {"file": (name or source.name, source.read_bytes(), "application/octet-stream")}
    return client.post("/api/v1/documents/import", files=files, params=params)


def test_an_administrator_imports_a_published_text_with_its_report(web: WebEnv) -> None:
    response = _upload(web.client("admin"), QINGLAN)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["saved"]["department"] == "青岚县农业农村局"
    assert body["saved"]["fiscal_year"] == 2022 and body["saved"]["version"] == 1
    assert body["report"]["source"].endswith(QINGLAN.name)
    assert "/tmp" not in body["report"]["source"]
    assert body["report"]["counts"]


def test_an_editor_imports_only_for_their_department(web: WebEnv) -> None:
    problem(_upload(web.client("editor_own"), QINGLAN), 403)
    response = _upload(web.client("editor_own"), QINGLAN, department=OWN_DEPARTMENT)
    assert response.status_code == 201, response.text
    assert response.json()["saved"]["department"] == OWN_DEPARTMENT


def test_an_upload_of_the_wrong_kind_or_without_content_is_refused_in_chinese(web: WebEnv) -> None:
    admin = web.client("admin")
    body = problem(_upload(admin, QINGLAN, name="年报.doc"), 422)
    assert ".docx" in body["detail"]
    news = FIXTURES / "documents" / "news-budget-reform-paragraph.txt"
    body = problem(_upload(admin, news), 422)
    assert news.name in body["detail"] and "/tmp" not in body["detail"]
    problem(admin.post("/api/v1/documents/import"), 422, ["body", "file"])
    assert admin.get("/api/v1/documents").json()["total"] == 2  # nothing stored


def test_a_missing_key_part_is_named_and_given_as_a_query_field(
    web: WebEnv, tmp_path: Path
) -> None:
    text = QINGLAN.read_text(encoding="utf-8").replace("2022", "")
    source = tmp_path / "no-year.txt"
    source.write_text(text, encoding="utf-8")
    body = problem(_upload(web.client("admin"), source), 422)
    assert "年度" in body["detail"]
    response = _upload(web.client("admin"), source, year=2023)
    assert response.status_code == 201, response.text
    assert response.json()["saved"]["fiscal_year"] == 2023
    problem(_upload(web.client("admin"), source, year=1800), 422, ["query", "year"])


def test_an_upload_over_the_size_limit_is_refused(web: WebEnv, monkeypatch: Any) -> None:
    monkeypatch.setenv("JIXIAO_MAX_FILE_MB", "0.001")
    body = problem(_upload(web.client("admin"), QINGLAN), 422)
    assert "JIXIAO_MAX_FILE_MB" in body["detail"]


def test_an_incomplete_document_is_refused_unless_partial(web: WebEnv, tmp_path: Path) -> None:
    text = QINGLAN.read_text(encoding="utf-8")
    middle = int(len(text) * 0.7)
    line_start, line_end = text.rfind("\n", 0, middle) + 1, text.find("\n", middle)
    cut = tmp_path / "cut.txt"
    cut.write_text(text[: (line_start + line_end) // 2], encoding="utf-8")
    admin = web.client("admin")
    refused = _upload(admin, cut)
    assert refused.status_code == 422
    body = refused.json()
    assert "不完整" in body["detail"] and "partial=true" in body["detail"]
    assert any(item["kind"] == "missing" for item in body["report"]["items"])
    assert admin.get("/api/v1/documents").json()["total"] == 2  # nothing stored
    response = _upload(admin, cut, partial=True)
    assert response.status_code == 201, response.text
    assert response.json()["saved"]["counts"]["indicators"] > 0
    assert any(item["kind"] == "missing" for item in response.json()["report"]["items"])


def test_pdf_and_excel_uploads_go_through_the_importer_too(web: WebEnv) -> None:
    folder = FIXTURES / "department_performance"
    stem = "hubei-qinglan-2022-department-performance-pipes"
    for source in (folder / "pdf" / f"{stem}.pdf", folder / "xlsx" / f"{stem}.xlsx"):
        response = _upload(web.client("admin"), source)
        assert response.status_code == 201, (source.name, response.text)
        body = response.json()
        assert body["saved"]["department"] == "青岚县农业农村局", source.name
        assert body["report"]["format"].startswith(source.suffix[1:]), body["report"]["format"]
        assert body["saved"]["counts"]["indicators"] > 0
