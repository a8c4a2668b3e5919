from __future__ import annotations

from app.ui.self_test import run_self_test


def test_self_test_renders_a_page_and_passes(qtbot, demo_context, tmp_path, capsys):
    png = tmp_path / "shot.png"
    assert run_self_test(demo_context, png) == 0
    assert png.stat().st_size > 10_000
    assert "self-test: ok" in capsys.readouterr().out


def test_self_test_fails_on_a_missing_resource(qtbot, demo_context, tmp_path, monkeypatch):
    from app.ui import self_test

    monkeypatch.setattr(self_test, "REQUIRED_RESOURCES", ("icons/no-such-icon.svg",))
    assert run_self_test(demo_context, tmp_path / "shot.png") == 1


def test_self_test_fails_when_no_platform_export_is_known(qtbot, demo_context, tmp_path,
                                                          monkeypatch):
    from app.services.importing import platforms

    monkeypatch.setattr(platforms, "all_formats", lambda: ())
    assert run_self_test(demo_context, tmp_path / "shot.png") == 1


def test_self_test_counts_the_platform_exports(qtbot, demo_context, tmp_path, capsys):
    from app.services.importing import platforms

    assert run_self_test(demo_context, tmp_path / "shot.png") == 0
    assert f"known platform exports: {len(platforms.all_formats())}" in capsys.readouterr().out
