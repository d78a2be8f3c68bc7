#!/usr/bin/env python3
"""End-to-end test of the generated website in a real browser.

Called by scripts/site-e2e (which builds the site and computes the
expected count); usable alone:

    python3 scripts/site-e2e.py --site DIR --expected N --shots DIR \
        [--region 32] [--expected-qpv-unknown N] [--marker ID] [--hostile ID] \
        [--depot URL]

Serves DIR on 127.0.0.1 (http.server), starts chromedriver with Debian's
Chromium (headless), and drives it through the W3C WebDriver protocol with
the standard library only (urllib). Checks:

1. the home page shows one map marker per fabrique that has a point (the
   number of points is read from the site's own data/fabriques.js);
2. choosing the région and « En QPV: oui » in the form leaves exactly
   --expected fabriques (the count shown, the markers drawn), and that
   number equals the count recomputed here from data/fabriques.js;
   choosing « En QPV : inconnu » alone leaves --expected-qpv-unknown;
3. clicking a fabrique's marker (--marker, else the first with a point)
   opens its popup, whose link opens the fabrique's page; with --depot,
   that page's « proposer une correction » link goes to the record's file
   in that repository;
4. the hostile record's name is shown as text, and no script of it ran
   (no alert, no marker it would set);
5. no console error on any page visited (CSP violations included).

Screenshots go to --shots (home, filtered map, a fabrique page, and the
other pages). Prints "N passed, M failed" last; exit 1 on any failure.
"""

import argparse
import base64
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriverError(Exception):
    def __init__(self, status, error, message):
        super().__init__(f"{status} {error}: {message}")
        self.error = error


class WebDriver:
    """The few W3C WebDriver commands the test needs."""

    def __init__(self, url):
        self.url = url
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.load(resp).get("value")
        except urllib.error.HTTPError as e:
            value = json.load(e).get("value", {})
            raise WebDriverError(e.code, value.get("error"), value.get("message", "")[:300]) from None

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def start(self, binary, user_data_dir):
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "unhandledPromptBehavior": "ignore",
                    "goog:chromeOptions": {
                        "binary": binary,
                        "args": CHROMIUM_FLAGS + [f"--user-data-dir={user_data_dir}"],
                    },
                    "goog:loggingPrefs": {"browser": "ALL"},
                }
            }
        }
        value = self.call("POST", "/session", caps)
        self.session = value["sessionId"]

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", f"/session/{self.session}")
            except Exception:
                pass

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def current_url(self):
        return self.s("GET", "/url")

    def title(self):
        return self.s("GET", "/title")

    def run(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        value = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(value.values()))

    def find_all(self, css):
        values = self.s("POST", "/elements", {"using": "css selector", "value": css})
        return [next(iter(v.values())) for v in values]

    def click(self, element):
        self.s("POST", f"/element/{element}/click", {})

    def type(self, element, text):
        self.s("POST", f"/element/{element}/value", {"text": text})

    def text(self, element):
        return self.s("GET", f"/element/{element}/text")

    def screenshot(self, path):
        png = base64.b64decode(self.s("GET", "/screenshot"))
        with open(path, "wb") as f:
            f.write(png)

    def set_size(self, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})

    def alert_text(self):
        """The text of an open alert, or None."""
        try:
            return self.s("GET", "/alert/text")
        except WebDriverError as e:
            if e.error == "no such alert":
                return None
            raise

    def browser_log(self):
        """Console messages since the last call (chromedriver's log endpoint)."""
        try:
            return self.s("POST", "/se/log", {"type": "browser"}) or []
        except WebDriverError:
            return self.s("POST", "/log", {"type": "browser"}) or []

    def wait(self, what, predicate, timeout=15):
        end = time.time() + timeout
        last = None
        while time.time() < end:
            try:
                last = predicate()
                if last:
                    return last
            except (WebDriverError, OSError) as e:
                last = e
            time.sleep(0.1)
        raise TimeoutError(f"timed out waiting for {what} (last: {last})")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    handler = functools.partial(Quiet, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def site_data(site):
    with open(os.path.join(site, "data", "fabriques.js"), encoding="utf-8") as f:
        text = f.read()
    prefix = "window.FABRIQUES_SITE = "
    assert text.startswith(prefix), "data/fabriques.js does not start as expected"
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed += 1
            print(f"FAIL  {name} {detail}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--site", required=True)
    p.add_argument("--expected", type=int, required=True, help="fabriques in --region and in a QPV")
    p.add_argument("--region", default="32", help="INSEE code of the région to choose (32: Hauts-de-France)")
    p.add_argument("--expected-qpv-unknown", type=int, help="fabriques whose QPV is unknown")
    p.add_argument("--marker", default="", help="id of the fabrique whose marker is clicked (default: the first with a point)")
    p.add_argument("--depot", default="", help="the --depot the site was built with")
    p.add_argument("--hostile", default="", help="id of the record with hostile texts")
    p.add_argument("--shots", required=True)
    p.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    p.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    a = p.parse_args()

    os.makedirs(a.shots, exist_ok=True)
    data = site_data(a.site)
    fabriques = data["fabriques"]
    with_point = sum(1 for f in fabriques if f["pt"])
    in_filter = sum(1 for f in fabriques if f["reg"] == a.region and f["qpv"] is True)
    checks = Checks()
    checks.check(
        f"count from data/fabriques.js ({in_filter}) = count from the register ({a.expected})",
        in_filter == a.expected,
    )

    server = serve(a.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    port = free_port()
    driver_proc = subprocess.Popen(
        [a.chromedriver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    profile = tempfile.mkdtemp(prefix="site-e2e-profile-")
    wd = WebDriver(f"http://127.0.0.1:{port}")
    console = []

    def collect(page):
        for entry in wd.browser_log():
            if entry.get("level") in ("SEVERE", "ERROR"):
                console.append(f"{page}: {entry.get('message')}")

    try:
        wd.wait("chromedriver", lambda: wd.call("GET", "/status").get("ready"))
        wd.start(a.chromium, profile)

        # 1. Home page: one marker per fabrique with a point.
        wd.set_size(1400, 1800)
        wd.go(base + "index.html")
        wd.wait("the list", lambda: wd.find_all("#liste li"))
        markers = len(wd.find_all("path.fab-marker"))
        checks.check(f"one marker per fabrique with a point ({markers} = {with_point})", markers == with_point)
        centre = len(wd.find_all("path.fab-marker-centre"))
        address = len(wd.find_all("path.fab-marker-adresse"))
        expected_centre = sum(1 for f in fabriques if f["pt"] and f["pt"][2] == 0)
        checks.check(
            f"commune-centre markers drawn apart ({centre} centre, {address} address)",
            centre == expected_centre and centre + address == markers,
        )
        shown = wd.text(wd.find("#compte"))
        checks.check(f"count shown on load: « {shown} »", str(len(fabriques)) in shown.replace("\u202f", ""))
        wd.screenshot(os.path.join(a.shots, "home.png"))
        # The map and the list at a laptop's size (docs/site.png is one).
        wd.set_size(1280, 1000)
        wd.run("document.querySelector('.explorer').scrollIntoView();")
        time.sleep(0.6)
        wd.screenshot(os.path.join(a.shots, "home-map.png"))
        collect("home")

        # 2. Filters: région + QPV, chosen as a person would.
        wd.set_size(1400, 1300)
        wd.click(wd.find(f'#f-region option[value="{a.region}"]'))
        wd.click(wd.find('#f-qpv option[value="oui"]'))
        wd.wait("the filtered map", lambda: wd.run("return window.FABRIQUES_ETAT && window.FABRIQUES_ETAT.affichees") == a.expected)
        time.sleep(0.3)
        shown = wd.text(wd.find("#compte")).replace("\u202f", "")
        number = int(shown.split()[0])
        markers = len(wd.find_all("path.fab-marker"))
        expected_markers = sum(1 for f in fabriques if f["reg"] == a.region and f["qpv"] is True and f["pt"])
        checks.check(f"région + QPV leaves {a.expected} fabriques (shown: « {shown} »)", number == a.expected)
        checks.check(f"région + QPV leaves their markers ({markers} = {expected_markers})", markers == expected_markers)
        checks.check("the filters are in the URL", f"region={a.region}" in wd.current_url() and "qpv=oui" in wd.current_url())
        wd.click(wd.find('[data-territoire="tout"]'))
        wd.run("document.querySelector('.explorer').scrollIntoView();")
        time.sleep(0.6)
        wd.screenshot(os.path.join(a.shots, "home-filtered.png"))
        collect("home (filtered)")

        # 3. A fabrique's page opens from its marker.
        wd.click(wd.find('button[type="reset"]'))
        wd.wait("all markers back", lambda: wd.run("return window.FABRIQUES_ETAT.affichees") == len(fabriques))
        if a.expected_qpv_unknown is not None:
            wd.click(wd.find('#f-qpv option[value="inconnu"]'))
            try:
                wd.wait("the QPV-unknown filter", lambda: wd.run("return window.FABRIQUES_ETAT.affichees") == a.expected_qpv_unknown, timeout=5)
            except TimeoutError:
                pass
            shown = int(wd.text(wd.find("#compte")).replace("\u202f", "").split()[0])
            checks.check(f"« QPV : inconnu » leaves {a.expected_qpv_unknown} fabriques (shown: {shown})", shown == a.expected_qpv_unknown)
            wd.click(wd.find('button[type="reset"]'))
            wd.wait("all markers back", lambda: wd.run("return window.FABRIQUES_ETAT.affichees") == len(fabriques))
        if a.marker:
            target = next(f for f in fabriques if f["id"] == a.marker)
        else:
            target = min((f for f in fabriques if f["pt"]), key=lambda f: f["id"])
        # Zoom on the marker (?fabrique= does), close the popup, then click
        # the marker itself.
        wd.go(base + "index.html?fabrique=" + target["id"])
        wd.wait("the popup of ?fabrique=", lambda: wd.find_all(".leaflet-popup"))
        wd.run("document.querySelector('.leaflet-popup-close-button').click();")
        marker = wd.wait("the marker", lambda: wd.find(f'path.fab-marker[data-id="{target["id"]}"]'))
        wd.click(marker)
        link = wd.wait("the popup", lambda: wd.find(".leaflet-popup .popup-title a"))
        # The popup fades in: its text is "displayed" only once visible.
        try:
            wd.wait("the popup's text", lambda: wd.text(link) == target["nom"], timeout=5)
            named = True
        except TimeoutError:
            named = False
        checks.check("the marker's popup names the fabrique", named, repr(wd.text(link)))
        wd.click(link)
        wd.wait("the fabrique's page", lambda: f"fabriques/{target['id']}/" in wd.current_url())
        h1 = wd.text(wd.find("h1"))
        checks.check(f"the marker opens the page of {target['id']} (h1 « {h1} »)", h1 == target["nom"])
        if a.depot:
            hrefs = wd.run("return Array.from(document.querySelectorAll('a.button[href]')).map(a => a.href)")
            want = a.depot.rstrip("/") + "/"
            checks.check(
                "the page offers a correction of its file on the forge",
                any(h.startswith(want) and h.endswith("/data/" + target["id"] + ".toml") for h in hrefs),
                repr(hrefs),
            )
        wd.set_size(1400, 2400)
        wd.screenshot(os.path.join(a.shots, "fabrique.png"))
        collect("fabrique page")

        # 4. The hostile record.
        if a.hostile:
            hostile = next(f for f in fabriques if f["id"] == a.hostile)
            wd.set_size(1400, 1000)
            wd.go(base + "index.html?q=" + urllib.parse.quote(hostile["nom"][:20]))
            wd.wait("the list", lambda: wd.find_all("#liste li"))
            alert = wd.alert_text()
            names = [wd.text(e) for e in wd.find_all("#liste .fab-name")]
            checks.check("home: the hostile name is shown as text", hostile["nom"].strip() in names, repr(names[:3]))
            checks.check("home: no alert from the hostile record", alert is None, repr(alert))
            pages = [
                "fabriques/" + a.hostile + "/index.html",
                "technique/index.html",
                "actions/index.html",
                "reseau/index.html",
                "statistiques/index.html",
            ]
            for page in pages:
                wd.go(base + page)
                time.sleep(0.3)
                alert = wd.alert_text()
                injected = wd.run("return [window.__pwned === undefined, document.querySelectorAll('img[src=\"x\"], [onmouseover], [onerror]').length]")
                checks.check(f"{page}: no script from the hostile record ran", alert is None and injected == [True, 0], f"{alert!r} {injected}")
                collect(page)
            wd.go(base + "fabriques/" + a.hostile + "/index.html")
            h1 = wd.text(wd.find("h1"))
            checks.check("hostile page: the name is the h1 text", h1 == hostile["nom"].strip(), repr(h1))
            hrefs = wd.run("return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
            checks.check("hostile page: no javascript: link", not any(h.lower().startswith("javascript") for h in hrefs))

        # 5. The other pages, for their screenshots and their console.
        for page, shot, height in [
            ("technique/index.html", "technique.png", 1200),
            ("actions/index.html", "actions.png", 1400),
            ("reseau/index.html", "reseau.png", 1400),
            ("statistiques/index.html", "statistiques.png", 3600),
        ]:
            wd.set_size(1400, height)
            wd.go(base + page)
            time.sleep(0.4)
            wd.screenshot(os.path.join(a.shots, shot))
            collect(page)
        # Sorting works: click the first sortable heading of the Technique table.
        wd.set_size(1400, 1000)
        wd.go(base + "technique/index.html")
        rows = "return Array.from(document.querySelectorAll('tbody th[scope=row]')).map(t => t.textContent)"
        # In order for the browser's own collation (Intl.Collator, French).
        in_order = (
            "var c = new Intl.Collator('fr', {sensitivity: 'base', numeric: true});"
            "var r = arguments[0], d = arguments[1];"
            "return r.every((x, i) => i === 0 || d * c.compare(r[i - 1], x) <= 0);"
        )
        before = wd.run(rows)
        wd.click(wd.wait("a sort button", lambda: wd.find("th[data-col='0'] .sort-button")))
        up = wd.run(rows)
        wd.click(wd.find("th[data-col='0'] .sort-button"))
        down = wd.run(rows)
        sorted_ok = (
            sorted(up) == sorted(before) == sorted(down)
            and wd.run(in_order, up, 1)
            and wd.run(in_order, down, -1)
            and up != before
        )
        checks.check("Technique: a heading sorts the rows both ways", sorted_ok, up[:3])
        collect("technique (sorted)")

        # « Qui peut m'aider ? »: typing a commune ranks the fabriques
        # doing the action nearest first, the commune's own at 0 km.
        wd.go(base + "actions/index.html")
        commune = wd.wait("the communes", lambda: wd.run("var o = document.querySelector('#aide-communes option'); return o && o.value"))
        wd.type(wd.find("#aide-commune"), commune)
        wd.wait("the distances", lambda: wd.find_all("#aide-resultats .distance"))
        km = wd.run(
            "return Array.from(document.querySelectorAll('#aide-resultats li')).map(li => {"
            " var d = li.querySelector('.distance:not(.muted)'); return d ? parseInt(d.textContent, 10) : null; })"
        )
        known = [k for k in km if k is not None]
        nearest_ok = bool(known) and known == sorted(known) and km[: len(known)] == known
        checks.check(f"« Qui peut m'aider ? » from « {commune} »: nearest first ({known[:5]}…)", nearest_ok, repr(km[:10]))
        collect("actions (commune chosen)")

        checks.check("no console error on any page", not console, "\n      " + "\n      ".join(console))
    except Exception as e:  # a broken step is a failure, not a crash
        checks.check("the run went to its end", False, f"{type(e).__name__}: {e}")
        try:
            wd.screenshot(os.path.join(a.shots, "failure.png"))
        except Exception:
            pass
    finally:
        wd.quit()
        driver_proc.terminate()
        driver_proc.wait(timeout=10)
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)

    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
