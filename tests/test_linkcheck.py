"""The opt-in link check (`make linkcheck`), tried against a local web server: no network."""

from __future__ import annotations

import http.server
import importlib.util
import json
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("linkcheck", REPO / "tools" / "linkcheck.py")
linkcheck = sys.modules["linkcheck"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(linkcheck)


class Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self, head: bool) -> None:
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/no-head" and head:
            self.send_response(405)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        else:
            self.send_response({"/ok": 200, "/gone": 404, "/robots-only": 403, "/slow": 200, "/no-head": 200}.get(self.path, 500))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer(head=True)

    def do_GET(self):
        self._answer(head=False)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("path, outcome, status", [
    ("/ok", "ok", 200), ("/moved", "ok", 200), ("/no-head", "ok", 200),
    ("/gone", "broken", 404), ("/robots-only", "blocked", 403), ("/error", "broken", 500),
])
def test_outcomes(server, path, outcome, status):
    result = linkcheck.check_url("s", server + path, timeout=5)
    assert (result.outcome, result.status) == (outcome, status)


def test_no_answer_in_time_is_broken(server):
    result = linkcheck.check_url("s", server + "/slow", timeout=0.5)
    assert result.outcome == "broken" and result.status is None and "timed out" in result.detail.lower()


def test_report_and_exit_status(server, rows, make_package, tmp_path, capsys):
    rows["sources"][0]["url"] = server + "/ok"
    rows["sources"][1]["url"] = server + "/gone"
    rows["sources"][2]["url"] = server + "/robots-only"
    out = tmp_path / "report"
    assert linkcheck.main(["--package", str(make_package(rows)), "--out", str(out), "--timeout", "5"]) == 1
    assert "sources:3:url: s-gov:" in capsys.readouterr().err
    results = {r["id"]: r["outcome"] for r in json.loads((out / "linkcheck.json").read_text())}
    assert results == {"s-news": "ok", "s-gov": "broken", "s-geo": "blocked"}
    summary = (out / "linkcheck.md").read_text()
    assert "1 ok, 1 blocked (the site refuses robots), 1 broken" in summary and "s-news" not in summary
