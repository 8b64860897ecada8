/**
 * The task pane's production JavaScript, gzipped, and its time to first render in headless
 * Chromium, as a ratio against a plain React + Fluent UI page (bench/baseline) built the same way.
 *
 * - Both are built with webpack --mode production: the pane with the repository's config into
 *   build/bench/pane, the baseline with bench/baseline/webpack.config.js into build/bench/baseline.
 * - Size: every script the page loads at start (the HTML's script tags), gzipped at level 9; and
 *   every script a preview-mode load fetched (start-up plus the chunks it loads lazily; the Office
 *   adapter chunk is never among them), gzipped one by one.
 * - First render: served from 127.0.0.1, office.js from the CDN blocked (preview mode, as in a plain
 *   browser); a fresh browser context per load; the time from navigation start to the first
 *   element under #container (a MutationObserver installed before any script), and first
 *   contentful paint. Pane and baseline alternate, RUNS times each; medians and the median ratio.
 *   For the pane also the time to the whole pane ("ready"): the tables it found in the sample
 *   listed, i.e. App rendered and the sample evaluated.
 *
 *   node build/bench/bench/taskpane.js [RUNS]
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { gzipSync } from "zlib";
import { launchChromium } from "../test/helpers/chromium";
import type { Browser } from "playwright-core";

const ROOT = path.resolve(__dirname, "../../..");
const PANE = path.join(ROOT, "build/bench/pane");
const BASE = path.join(ROOT, "build/bench/baseline");
const WEBPACK = path.join(ROOT, "node_modules/.bin/webpack");

function build(): void {
  execFileSync(WEBPACK, ["--mode", "production", "--output-path", PANE], { cwd: ROOT, stdio: "pipe" });
  execFileSync(WEBPACK, ["--mode", "production", "-c", "bench/baseline/webpack.config.js"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}

/** The scripts an HTML page loads at start, gzipped. */
function startScripts(
  dir: string,
  html: string,
): { files: Record<string, number>; rawBytes: number; gzipBytes: number } {
  const page = fs.readFileSync(path.join(dir, html), "utf8");
  const srcs = [...page.matchAll(/<script[^>]*\ssrc=("[^"]+"|'[^']+'|[^\s>]+)/g)]
    .map((m) => m[1].replace(/^["']|["']$/g, ""))
    .filter((s) => !/^https?:/.test(s));
  const files: Record<string, number> = {};
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const s of srcs) {
    const buf = fs.readFileSync(path.join(dir, s));
    const gz = gzipSync(buf, { level: 9 }).length;
    files[s] = gz;
    rawBytes += buf.length;
    gzipBytes += gz;
  }
  return { files, rawBytes, gzipBytes };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const [, top, ...rest] = decodeURIComponent(url.pathname).split("/");
    const dir = top === "pane" ? PANE : top === "baseline" ? BASE : null;
    const file = dir ? path.normalize(path.join(dir, ...rest)) : "";
    if (!dir || !file.startsWith(dir + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const OBSERVER = `
  window.__firstRender = null;
  new MutationObserver((_, obs) => {
    const c = document.getElementById("container");
    if (c && c.firstElementChild && window.__firstRender === null) {
      window.__firstRender = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** The pane's tables list: present once App has rendered and the sample has been evaluated. */
const PANE_READY = '[aria-labelledby="tables-heading"] button';

interface Load {
  firstRender: number;
  fcp: number | null;
  /** Time to `ready` (when asked for), from navigation start. */
  ready: number | null;
  /** The scripts the page fetched from 127.0.0.1, as paths below the page's folder. */
  scripts: string[];
}

async function load(browser: Browser, url: string, ready?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const scripts: string[] = [];
  const folder = new URL(".", url).href;
  page.on("requestfinished", (req) => {
    if (req.resourceType() === "script" && req.url().startsWith(folder))
      scripts.push(req.url().slice(folder.length));
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __firstRender: number | null }).__firstRender !== null,
    null,
    { timeout: 60_000 },
  );
  let readyAt: number | null = null;
  if (ready) {
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    readyAt = await page.evaluate(() => performance.now());
  }
  await page.waitForTimeout(50);
  const r = await page.evaluate(() => ({
    firstRender: (window as unknown as { __firstRender: number }).__firstRender,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  }));
  await context.close();
  return { ...r, ready: readyAt, scripts };
}

/** Scripts gzipped one by one (level 9). */
function gzipped(
  dir: string,
  files: readonly string[],
): { files: Record<string, number>; gzipBytes: number } {
  const out: Record<string, number> = {};
  let gzipBytes = 0;
  for (const f of [...new Set(files)].sort()) {
    out[f] = gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
    gzipBytes += out[f];
  }
  return { files: out, gzipBytes };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function benchTaskpane(runs: number) {
  build();
  const pane = startScripts(PANE, "taskpane.html");
  const baseline = startScripts(BASE, "index.html");
  const server = await serve();
  const port = (server.address() as AddressInfo).port;
  const browser = await launchChromium();
  const p: Load[] = [];
  const b: Load[] = [];
  const paneUrl = `http://127.0.0.1:${port}/pane/taskpane.html`;
  const baseUrl = `http://127.0.0.1:${port}/baseline/index.html`;
  try {
    // One warm-up of each (browser start, disk cache of the files on this machine).
    await load(browser, paneUrl, PANE_READY);
    await load(browser, baseUrl);
    for (let i = 0; i < runs; i++) {
      const first = i % 2 === 0;
      if (first) p.push(await load(browser, paneUrl, PANE_READY));
      b.push(await load(browser, baseUrl));
      if (!first) p.push(await load(browser, paneUrl, PANE_READY));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const ratios = p.map((x, i) => x.firstRender / b[i].firstRender);
  const fcps = p
    .map((x, i) => (x.fcp !== null && b[i].fcp !== null ? x.fcp / (b[i].fcp as number) : NaN))
    .filter((x) => !Number.isNaN(x));
  const loaded = gzipped(
    PANE,
    p.flatMap((x) => x.scripts),
  );
  return {
    runs,
    paneGzipBytes: pane.gzipBytes,
    paneRawBytes: pane.rawBytes,
    paneFiles: pane.files,
    paneLoadedGzipBytes: loaded.gzipBytes,
    paneLoadedFiles: loaded.files,
    baselineGzipBytes: baseline.gzipBytes,
    baselineRawBytes: baseline.rawBytes,
    paneFirstRenderMs: median(p.map((x) => x.firstRender)),
    paneReadyMs: median(p.map((x) => x.ready as number)),
    baselineFirstRenderMs: median(b.map((x) => x.firstRender)),
    firstRenderRatio: median(ratios),
    paneFcpMs: median(p.map((x) => x.fcp ?? NaN).filter((x) => !Number.isNaN(x))),
    baselineFcpMs: median(b.map((x) => x.fcp ?? NaN).filter((x) => !Number.isNaN(x))),
    fcpRatio: fcps.length ? median(fcps) : null,
  };
}

if (require.main === module) {
  benchTaskpane(Number(process.argv[2] ?? 9)).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e instanceof Error ? e.message.split("\n").slice(0, 5).join("\n") : String(e));
      process.exitCode = 1;
    },
  );
}
