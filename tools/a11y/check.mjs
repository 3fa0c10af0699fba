// Accessibility check of the built book: every page of _build/html is opened in headless
// Chromium with no network, and axe-core runs on it. Any serious or critical violation fails the
// check, listed as page, rule, impact and element; so does any error the page logs or throws.
//
//   node tools/a11y/check.mjs [SITE_DIR]      (make a11y)
//
// Chromium comes from the system (CHROMIUM, or chromium / chromium-browser on PATH).

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SITE = path.resolve(process.argv[2] ?? path.join(HERE, "..", "..", "_build", "html"));
const FAILING = new Set(["serious", "critical"]);
// A desktop screen and a small phone: tables and charts scroll sideways only on the phone.
const SCREENS = [["desktop", 1280], ["phone", 360]];
// The same flags as the site tests: no background traffic, no QUIC, nothing from the network.
// Pages checked at once: one per CPU (at most 4), each in its own tab of one browser.
const WORKERS = Math.max(1, Math.min(4, Number(process.env.A11Y_WORKERS) || os.cpus().length));
const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new Error("headless Chromium is needed (make system-deps)");
}

function pages(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "_static" && name !== "_sources") found.push(...pages(full));
    } else if (name.endsWith(".html")) {
      found.push(full);
    }
  }
  return found;
}

// Jupyter Book's root index.html is only a redirect: the page it names is checked instead.
function redirectTarget(file) {
  const text = readFileSync(file, "utf8");
  const match = /^\s*<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"\s*\/?>\s*$/i.exec(text);
  return match ? path.resolve(path.dirname(file), match[1]) : null;
}

async function checkPage(context, file) {
  const page = await context.newPage();
  const blocked = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  // Any error a page logs, or throws, while it loads and runs is a failure too (not those of
  // axe-core's own requests for the style sheets, which a page opened from disk refuses).
  const errors = [];
  let listening = true;
  page.on("console", (message) => { if (listening && message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => { if (listening) errors.push(String(error)); });
  // Font Awesome's web fonts (300 KB) are never needed: _static/icons.css draws the icons.
  page.on("request", (request) => {
    if (/fontawesome|fa-(solid|regular|brands)-\d+/.test(request.url())) errors.push(`fetched ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  // Charts open as drawn pictures; one drawn by the chart library would have its SVG.
  await page.waitForFunction(
    () => [...document.querySelectorAll(".vega-chart")].every((el) => el.querySelector("img, svg, canvas") || el.textContent.trim()),
    null, { timeout: 20000 },
  );
  await page.waitForTimeout(50);  // let timers the page set on load run and report
  listening = false;
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  await page.close();
  return { violations: results.violations, blocked, errors };
}

async function main() {
  const files = pages(SITE);
  if (!files.length) {
    console.error(`no pages in ${SITE}: build the book first (make book-strict)`);
    return 2;
  }
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: FLAGS });
  let failures = 0;
  try {
    for (const [screen, width] of SCREENS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      // Checked by a few tabs at once; reported in page order.
      const reports = new Array(files.length);
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const i = next++;
          const file = files[i];
          const target = redirectTarget(file);
          reports[i] = target ? { target } : await checkPage(context, file);
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      files.forEach((file, i) => {
        const name = `${path.relative(SITE, file)} (${screen})`;
        const report = reports[i];
        if (report.target) {
          const ok = existsSync(report.target);
          if (!ok) failures += 1;
          console.log(`${name}: redirect to ${path.relative(SITE, report.target)}${ok ? "" : " (MISSING)"}`);
          return;
        }
        const { violations, blocked, errors } = report;
        for (const error of errors) {
          failures += 1;
          console.error(`${name}: console error: ${error}`);
        }
        const bad = violations.filter((v) => FAILING.has(v.impact));
        const other = violations.filter((v) => !FAILING.has(v.impact));
        for (const v of bad) {
          for (const node of v.nodes) {
            failures += 1;
            console.error(`${name}: ${v.id} (${v.impact}): ${v.help}: ${node.target.join(" ")}`);
          }
        }
        const note = other.length ? `; minor or moderate: ${other.map((v) => `${v.id} (${v.nodes.length})`).join(", ")}` : "";
        const net = blocked.length ? `; blocked ${blocked.length} request(s) to the network` : "";
        console.log(`${name}: ${bad.length || errors.length ? "FAIL" : "ok"}${note}${net}`);
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${files.length} page(s) on ${SCREENS.length} screen sizes, ${failures} serious or critical violation(s) or page error(s)`);
  return failures ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(2);
});
