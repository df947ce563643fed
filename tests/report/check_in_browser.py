#!/usr/bin/env python3
"""The design-review report in a real browser (headless Chromium).

Writes `spacedc report SPEC -o review.html`, then in Chromium:
- renders it to PNG and PDF (both must be written and look like what they are);
- loads a copy with a probe script (the report itself has no script) that records every
  error and console error, and checks that the page has no horizontal overflow, that
  every table cell, heading and caption fits its box, that every plot has two axis
  labels with a unit in parentheses and a legend whose entries are names (not numbers),
  and that no plot's text leaves its SVG;
- prints each finding and exits 1 on any, 77 (skipped) when Chromium is absent.

Usage: check_in_browser.py SPACEDC SPEC OUTPUT_DIR [--figures N]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

PROBE_HEAD = """<script>
window.__errors = [];
window.addEventListener('error', function (e) {
  window.__errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e));
}, true);
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + e.reason); });
(function () {
  var original = console.error;
  console.error = function () { window.__errors.push('console.error: ' + Array.from(arguments).join(' ')); original.apply(console, arguments); };
})();
</script>"""

PROBE_TAIL = r"""<script>
(function () {
  var problems = [];
  var figures = [];
  var doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1)
    problems.push('the page is wider than the window: ' + doc.scrollWidth + ' > ' + window.innerWidth);
  document.querySelectorAll('td, th, h1, h2, p, figcaption, li, pre').forEach(function (el) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
      problems.push('text overflows its box: <' + el.tagName.toLowerCase() + '> "' +
                    el.textContent.trim().slice(0, 60) + '" (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
  });
  var unit = /\([^()]+\)\s*$/;
  var number = /^[-+\u2212]?[0-9.,]+(e[-+]?[0-9]+)?$/i;
  document.querySelectorAll('figure').forEach(function (fig) {
    var svg = fig.querySelector('svg');
    var name = fig.id || '(figure without id)';
    if (!svg) { problems.push(name + ': no SVG'); return; }
    var box = svg.getBoundingClientRect();
    if (box.width < 100 || box.height < 100) problems.push(name + ': the plot is not drawn (' + box.width + 'x' + box.height + ')');
    var texts = Array.from(svg.querySelectorAll('text')).map(function (t) { return t.textContent.trim(); })
                     .filter(function (t) { return t.length > 0; });
    var legend = Array.from(svg.querySelectorAll('g[id*="gnuplot_plot"] > title'))
                      .map(function (t) { return t.textContent.trim(); });
    // gnuplot writes axis labels centred (the y label rotated) and y tick labels
    // right-aligned; legend entries are the plot groups' titles.
    var anchored = function (t) { var g = t.closest('[text-anchor]'); return g ? g.getAttribute('text-anchor') : ''; };
    var rotated = function (t) { var g = t.closest('[transform]'); return !!g && /rotate/.test(g.getAttribute('transform')); };
    var shown = Array.from(svg.querySelectorAll('text')).filter(function (t) {
      return t.textContent.trim() && legend.indexOf(t.textContent.trim()) < 0; });
    var labels = shown.filter(function (t) { return anchored(t) === 'middle' && unit.test(t.textContent.trim()); });
    var xLabels = labels.filter(function (t) { return !rotated(t); });
    var yLabels = labels.filter(rotated);
    var yTicks = shown.filter(function (t) { return anchored(t) === 'end'; });
    var categorical = yTicks.length > 0 && yTicks.every(function (t) { return !number.test(t.textContent.trim()); });
    if (xLabels.length < 1) problems.push(name + ': no x axis label with a unit in parentheses');
    if (yLabels.length < 1 && !categorical) problems.push(name + ': no y axis label with a unit in parentheses');
    labels = labels.map(function (t) { return t.textContent.trim(); });
    if (legend.length === 0) problems.push(name + ': no legend');
    legend.forEach(function (entry) {
      if (entry.length === 0 || number.test(entry) || /^[0-9., ]+$/.test(entry))
        problems.push(name + ': a legend entry is not a name: "' + entry + '"');
    });
    svg.querySelectorAll('text').forEach(function (t) {
      if (!t.textContent.trim()) return;
      var r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        problems.push(name + ': text leaves the plot: "' + t.textContent.trim() + '"');
    });
    if (!fig.querySelector('figcaption')) problems.push(name + ': no caption');
    figures.push({id: name, labels: labels, legend: legend});
  });
  var out = document.createElement('pre');
  out.id = '__probe';
  out.textContent = JSON.stringify({errors: window.__errors, problems: problems, figures: figures});
  document.body.appendChild(out);
})();
</script>"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_browser(browser, args, home):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--disable-extensions", "--user-data-dir=" + home] + args
    env = dict(os.environ, HOME=home)
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("spacedc")
    parser.add_argument("spec")
    parser.add_argument("output_dir")
    parser.add_argument("--figures", type=int, default=5)
    a = parser.parse_args()

    browser = chromium()
    if browser is None:
        print("SKIPPED: Chromium is not installed (Debian: apt-get install chromium); "
              "scripts/install-deps installs it")
        return SKIP

    os.makedirs(a.output_dir, exist_ok=True)
    report = os.path.join(a.output_dir, "review.html")
    made = subprocess.run([a.spacedc, "report", a.spec, "-o", report, "--force"],
                          capture_output=True, text=True)
    if made.returncode != 0:
        print("spacedc report failed:", made.stderr)
        return 1
    with open(report, encoding="utf-8") as f:
        page = f.read()

    problems = []
    for pattern, what in ((r"<script", "a script"), (r"<link\b", "a linked resource"),
                          (r"\bsrc\s*=", "a fetched source"),
                          (r"href\s*=\s*[\"']https?:", "a link to the network"),
                          (r"@import", "an imported style sheet")):
        if re.search(pattern, page, re.IGNORECASE):
            problems.append(f"the report is not self-contained: it has {what}")

    home = tempfile.mkdtemp(prefix="spacedc-chromium-")
    try:
        url = "file://" + os.path.abspath(report)
        png = os.path.join(a.output_dir, "review.png")
        pdf = os.path.join(a.output_dir, "review.pdf")
        for path in (png, pdf):
            if os.path.exists(path):
                os.remove(path)
        run_browser(browser, ["--window-size=1100,1400", "--screenshot=" + png, url], home)
        run_browser(browser, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf, url], home)
        for path, magic, least in ((png, b"\x89PNG", 20_000), (pdf, b"%PDF", 20_000)):
            if not os.path.exists(path):
                problems.append(f"Chromium wrote no {os.path.basename(path)}")
                continue
            with open(path, "rb") as f:
                head = f.read(4)
            size = os.path.getsize(path)
            if head != magic or size < least:
                problems.append(f"{os.path.basename(path)} is not a rendered page ({size} bytes)")

        probed = os.path.join(a.output_dir, "review.probe.html")
        with open(probed, "w", encoding="utf-8") as f:
            f.write(page.replace("<head>", "<head>\n" + PROBE_HEAD, 1)
                        .replace("</body>", PROBE_TAIL + "\n</body>", 1))
        dumped = run_browser(browser, ["--window-size=1100,1400", "--virtual-time-budget=5000",
                                       "--dump-dom", "file://" + os.path.abspath(probed)], home)
        found = re.search(r'<pre id="__probe">(.*?)</pre>', dumped.stdout, re.DOTALL)
        if not found:
            problems.append("the probe did not run (Chromium said: " + dumped.stderr[-500:] + ")")
        else:
            text = found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"') \
                                 .replace("&amp;", "&")
            result = json.loads(text)
            problems += [f"page error: {e}" for e in result["errors"]]
            problems += result["problems"]
            if len(result["figures"]) != a.figures:
                problems.append(f"{len(result['figures'])} plots, expected {a.figures}")
            for fig in result["figures"]:
                print(f"{fig['id']}: axes {fig['labels']}, legend {fig['legend']}")
    finally:
        shutil.rmtree(home, ignore_errors=True)

    for p in problems:
        print("PROBLEM:", p)
    print("rendered", report, "to PNG and PDF;", "no problems" if not problems else
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
