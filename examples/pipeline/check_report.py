#!/usr/bin/env python3
"""Opens the pipeline's report.html in headless Chromium and checks it as a reader sees it.

    check_report.py REPORT.html SCREENSHOT.png [--synthetic | --not-synthetic] [--min-figures N]
                    [--min-tables N] [--width PX] [--pieces PX]

Checks, after the page has loaded from file:// (no server):
  - no console message of level error or warning, no uncaught exception, no Content-Security-
    Policy violation (the report's policy refuses every outside resource, and the browser
    says so in the console);
  - no request other than the file itself (no CDN, font, script or image fetched);
  - every figure (each outermost <svg> and each <img>) has a non-zero rendered width and height,
    and there are at least --min-figures of them and --min-tables tables;
  - the synthetic-data banner is shown (--synthetic) or absent (--not-synthetic);
and takes a full-page screenshot (PNG) for a person to look at.

Exit status 0 if every check passes, 1 if one fails, 77 (CTest's SKIP_RETURN_CODE) with a message
if no Chromium is installed (set CHROMIUM to its path if it is not on PATH as chromium,
chromium-browser, google-chrome or google-chrome-stable).

How: Chromium is started headless with a fresh profile and --remote-debugging-port=0 and driven
over the DevTools protocol (a WebSocket; a minimal client on Python's standard library is below),
because the protocol reports console messages, exceptions and requests as events and can measure
elements and take the screenshot in one session. Grepping --enable-logging output for console
lines and --dump-dom for markup would not see layout sizes, and depends on log formats.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import pathlib
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse

SKIP = 77


def fail(message: str) -> None:
    print(f"check_report: FAIL {message}", file=sys.stderr)


def find_chromium() -> str | None:
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if shutil.which(explicit) or os.path.isfile(explicit) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class WebSocket:
    """A WebSocket client (RFC 6455) for the DevTools endpoint: text frames, masked, no extensions."""

    def __init__(self, url: str, timeout: float):
        parts = urllib.parse.urlparse(url)
        self.timeout = timeout
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the DevTools endpoint closed during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"WebSocket handshake refused: {head[:200]!r}")

    def send(self, text: str) -> None:
        payload = text.encode()
        header = bytearray([0x81])  # FIN, text
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126)
            header += struct.pack("!H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack("!Q", n)
        mask = os.urandom(4)
        header += mask
        self.sock.sendall(bytes(header) + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(max(65536, n - len(self.buffer)))
            if not chunk:
                raise ConnectionError("the DevTools endpoint closed the connection")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def receive(self, timeout: float | None = None) -> str:
        """The next whole message; socket.timeout (with nothing consumed) if none came within timeout."""
        self.sock.settimeout(timeout if timeout is not None else self.timeout)
        consumed = b""
        taken = self._read

        def read(n: int) -> bytes:
            nonlocal consumed
            data = taken(n)
            consumed += data
            return data

        try:
            return self._receive(read)
        except socket.timeout:
            self.buffer = consumed + self.buffer  # a frame cut by the timeout is read again later
            raise

    def _receive(self, read) -> str:
        message = b""
        while True:
            b0, b1 = read(2)
            opcode = b0 & 0x0F
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack("!H", read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", read(8))[0]
            mask = read(4) if b1 & 0x80 else None
            payload = read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("the DevTools endpoint sent a close frame")
            if opcode == 0x9:  # ping: answer with a pong
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)
                continue
            if opcode in (0x1, 0x2, 0x0):
                message += payload
                if b0 & 0x80:
                    return message.decode("utf-8", errors="replace")

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class DevTools:
    """One page session over the browser's DevTools WebSocket; events are kept as they arrive."""

    def __init__(self, ws: WebSocket):
        self.ws = ws
        self.next_id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def call(self, method: str, params: dict | None = None, session: bool = True) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.receive())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e["method"] == method for e in self.events):
                return True
            try:
                reply = json.loads(self.ws.receive(timeout=max(0.05, deadline - time.monotonic())))
            except socket.timeout:
                continue
            if "method" in reply:
                self.events.append(reply)
        return False


# Measured in the page: the outermost svg elements and the images, the tables, the banner.
MEASURE = """(() => {
  const figures = [...document.querySelectorAll('svg, img')].filter(e => !e.parentElement.closest('svg'));
  return JSON.stringify({
    title: document.title,
    figures: figures.map((e, i) => {
      const r = e.getBoundingClientRect();
      const caption = e.closest('figure') && e.closest('figure').querySelector('figcaption');
      return {index: i, tag: e.tagName, width: r.width, height: r.height,
              caption: caption ? caption.textContent.slice(0, 80) : ''};
    }),
    tables: document.querySelectorAll('table').length,
    banner: [...document.querySelectorAll('.banner')].map(b => b.textContent),
    height: Math.ceil(document.documentElement.scrollHeight),
  });
})()"""


def check(report: pathlib.Path, screenshot: pathlib.Path, synthetic: bool | None, min_figures: int, min_tables: int,
          width: int, chromium: str, pieces: int = 0) -> int:
    failures = 0
    profile = tempfile.mkdtemp(prefix="ineq-report-chromium-")
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
            f"--user-data-dir={profile}", "--remote-debugging-port=0", f"--window-size={width},900", "about:blank"]
    browser = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ws = None
    try:
        # Chromium writes the port it chose and the browser's endpoint path into the profile.
        active = pathlib.Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (active.is_file() and len(active.read_text().splitlines()) >= 2):
            if browser.poll() is not None or time.monotonic() > deadline:
                err = browser.stderr.read().decode(errors="replace") if browser.poll() is not None else ""
                fail(f"Chromium did not start its DevTools endpoint: {err[-800:]}")
                return 1
            time.sleep(0.1)
        port, path = active.read_text().splitlines()[:2]
        ws = WebSocket(f"ws://127.0.0.1:{port}{path}", timeout=60)
        dt = DevTools(ws)
        target = dt.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        dt.session = dt.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            dt.call(f"{domain}.enable")
        dt.call("Emulation.setDeviceMetricsOverride",
                {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        url = report.resolve().as_uri()
        dt.events.clear()
        nav = dt.call("Page.navigate", {"url": url})
        if nav.get("errorText"):
            fail(f"navigation to {url}: {nav['errorText']}")
            return 1
        if not dt.wait_for("Page.loadEventFired", 60):
            fail(f"{url} did not finish loading in 60 s")
            return 1
        dt.wait_for("never", 1.0)  # late console messages (CSP reports come after load)

        # Console errors and warnings, exceptions, CSP violations.
        for e in dt.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                failures += 1
                fail(f"uncaught exception: {p.get('exceptionDetails', {}).get('text')}")
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                failures += 1
                fail(f"console {p.get('type')}: {[a.get('value', a.get('description')) for a in p.get('args', [])]}")
            elif e["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                entry = p["entry"]
                failures += 1
                fail(f"console {entry.get('level')} ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}")
            elif e["method"] == "Network.requestWillBeSent":
                requested = p.get("request", {}).get("url", "")
                if requested != url and not requested.startswith(("data:", "about:")):
                    failures += 1
                    fail(f"the page requested {requested}")
            elif e["method"] == "Network.loadingFailed":
                failures += 1
                fail(f"a request failed: {p.get('errorText')} {p.get('blockedReason', '')}")

        measured = json.loads(dt.call("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True})
                              ["result"]["value"])
        figures = measured["figures"]
        print(f"check_report: {report}: title {measured['title']!r}, {len(figures)} figures, "
              f"{measured['tables']} tables, page height {measured['height']} px")
        for f in figures:
            ok = f["width"] > 0 and f["height"] > 0
            print(f"  {'ok  ' if ok else 'FAIL'} figure {f['index']} <{f['tag'].lower()}> "
                  f"{f['width']:.0f} x {f['height']:.0f} px  {f['caption']}")
            if not ok:
                failures += 1
                fail(f"figure {f['index']} ({f['caption']!r}) has no rendered size")
        if len(figures) < min_figures:
            failures += 1
            fail(f"{len(figures)} figures, expected at least {min_figures}")
        if measured["tables"] < min_tables:
            failures += 1
            fail(f"{measured['tables']} tables, expected at least {min_tables}")
        shown = any("SYNTHETIC" in b for b in measured["banner"])
        if synthetic is True and not shown:
            failures += 1
            fail("no synthetic-data banner on a report of synthetic data")
        if synthetic is False and measured["banner"]:
            failures += 1
            fail(f"a banner on a report of real data: {measured['banner']}")

        # The whole page in one screenshot (Chromium caps a texture at 16,384 px).
        height = min(int(measured["height"]), 16384)
        dt.call("Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        png = base64.b64decode(dt.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})["data"])
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(png)
        shot_width, shot_height = struct.unpack("!II", png[16:24])  # the PNG's IHDR chunk
        print(f"check_report: screenshot {screenshot} ({shot_width} x {shot_height} px)")
        # The same page in pieces of at most --pieces px, easier to look at than one tall image.
        if pieces:
            top = 0
            k = 1
            while top < measured["height"]:
                h = min(pieces, measured["height"] - top)
                clip = {"x": 0, "y": top, "width": width, "height": h, "scale": 1}
                data = dt.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
                piece = screenshot.with_name(f"{screenshot.stem}-{k:02d}{screenshot.suffix}")
                piece.write_bytes(base64.b64decode(data["data"]))
                top += h
                k += 1
            print(f"check_report: the page in {k - 1} pieces of at most {pieces} px: "
                  f"{screenshot.with_name(screenshot.stem + '-01' + screenshot.suffix)} ...")
        try:
            dt.call("Browser.close", session=False)
        except (ConnectionError, RuntimeError, OSError):
            pass
    finally:
        if ws:
            ws.close()
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
            browser.wait()
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"check_report: {failures} problem(s) in {report}", file=sys.stderr)
        return 1
    print(f"check_report: {report}: loads with no console error, every figure has a size")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("report", type=pathlib.Path)
    parser.add_argument("screenshot", type=pathlib.Path)
    banner = parser.add_mutually_exclusive_group()
    banner.add_argument("--synthetic", dest="synthetic", action="store_true", default=None)
    banner.add_argument("--not-synthetic", dest="synthetic", action="store_false")
    parser.add_argument("--min-figures", type=int, default=1)
    parser.add_argument("--min-tables", type=int, default=1)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--pieces", type=int, default=0, metavar="PX",
                        help="also save the page in pieces of at most PX pixels (SCREENSHOT-01.png, ...)")
    a = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print("check_report: SKIPPED: no Chromium found (Debian: apt-get install chromium; or set CHROMIUM)")
        return SKIP
    if not a.report.is_file():
        fail(f"no report at {a.report}")
        return 1
    return check(a.report, a.screenshot, a.synthetic, a.min_figures, a.min_tables, a.width, chromium, a.pieces)


if __name__ == "__main__":
    sys.exit(main())
