"""Messy bytes through ``bakeryplan import``: a clear refusal or an import, never a crash,
and a plan left exactly as it was after a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bakeryplan.cli import main
from bakeryplan.store.imports import ImportRefused, MappingError, aggregate, prepare
from tests.store import export_files as files
from tests.store.import_plans import TODAY, write_import_plan

PIECES = [
    b"date",
    b"Datum",
    b"amount",
    b";",
    b",",
    b"\t",
    b'"',
    b"\n",
    b"\r\n",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"31.07.2018",
    b"2024-03-01T23:30:00+01:00",
    b"45352",
    b"1.234,56",
    b"(12.50)",
    b"12,50-",
    b"\xe2\x82\xac",
    b"\xc2\xa0",
    b"Total",
    b"Jan",
    b"\xe9",
]
messy = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=60).map(b"".join),
    st.builds(
        lambda base, cut, noise: base[:cut] + noise + base[cut:],
        st.sampled_from([files.till_long(), files.bank_bom_preamble(), files.web_shop()]),
        st.integers(0, 400),
        st.binary(max_size=20),
    ),
)
SETTINGS = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(data=messy)
def test_the_engine_refuses_or_reads_never_crashes(data: bytes) -> None:
    try:
        prepared = prepare(data)
    except ImportRefused as refused:
        assert str(refused) and "\n" not in str(refused)
        return
    try:
        preview = aggregate(prepared.table, prepared.proposed, today=TODAY)
    except MappingError as problem:
        assert str(problem)
        return
    assert all(day.rows > 0 for day in preview.days)
    assert [d.on for d in preview.days] == sorted(d.on for d in preview.days)


@pytest.fixture(scope="module")
def plan_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("messy")


@SETTINGS
@given(data=messy)
def test_the_command_refuses_in_one_line_and_leaves_the_plan_alone(
    data: bytes, plan_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_folder / "cafe.bakeryplan"
    plan.unlink(missing_ok=True)
    write_import_plan(plan_folder)
    export = plan_folder / "export.csv"
    export.write_bytes(data)
    before = plan.read_bytes()
    code = main(["import", str(plan), str(export), "--measure", "Revenue", "--on", str(TODAY)])
    err = capsys.readouterr().err
    assert code in (0, 2)
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("bakeryplan: error: ")
        assert plan.read_bytes() == before
