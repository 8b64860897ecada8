/**
 * Security: no network call at run time other than office.js from Microsoft's CDN, a
 * Content-Security-Policy on every page, no raw HTML injection, and a manifest that names only
 * the add-in's own host. Static checks over the sources (src/**), the pages and manifest.xml.
 */
import * as fs from "fs";
import * as path from "path";
import { repoRoot } from "../helpers/evaluateFile";

const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;
const DEV_HOST = "https://localhost:3000";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|cjs|html)$/.test(e.name) ? [p] : [];
  });
}

/** What may not appear in the sources: network APIs, dynamic code, raw HTML. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
  ["innerHTML / outerHTML", /\.(inner|outer)HTML\b/],
  ["document.write", /document\.write/],
  ["fetch(", /(^|[^\w.$])fetch\s*\(/],
  ["XMLHttpRequest", /XMLHttpRequest/],
  ["WebSocket", /WebSocket/],
  ["EventSource", /EventSource/],
  ["navigator.sendBeacon", /sendBeacon/],
  ["eval(", /(^|[^\w.$])eval\s*\(/],
  ["new Function", /new\s+Function\s*\(/],
  [
    "Node network or process modules",
    /(from\s+|require\s*\(\s*)["'](node:)?(https?|http2|net|tls|dgram|child_process)["']/,
  ],
];

test("the sources use no network API, dynamic code or raw HTML", () => {
  const files = sourceFiles(path.join(repoRoot, "src"));
  expect(files.length).toBeGreaterThan(20);
  const hits: string[] = [];
  for (const f of files) {
    const lines = fs.readFileSync(f, "utf8").split("\n");
    lines.forEach((line, i) => {
      for (const [name, re] of FORBIDDEN)
        if (re.test(line)) hits.push(`${path.relative(repoRoot, f)}:${i + 1}: ${name}`);
    });
  }
  expect(hits).toEqual([]);
});

/** The policy of a page's CSP meta tag, directive -> sources. */
function csp(html: string): Map<string, string[]> {
  const meta = /<meta\s+[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0];
  const content = meta && /content="([^"]*)"/i.exec(meta)?.[1];
  const policy = new Map<string, string[]>();
  for (const d of (content ?? "").split(";")) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

describe.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])("%s", (page) => {
  const html = fs.readFileSync(path.join(repoRoot, page), "utf8");
  const policy = csp(html);

  test("carries a Content-Security-Policy whose scripts come only from itself and office.js's host", () => {
    expect(policy.size).toBeGreaterThan(0);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    const scripts = policy.get("script-src") ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(["'self'", OFFICE_JS_HOST]).toContain(s);
    expect(policy.get("connect-src") ?? ["'self'"]).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  test("loads no script but its own bundle and office.js, and has no inline script", () => {
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = /src="([^"]*)"/i.exec(m[1])?.[1];
      expect(m[2].trim()).toBe(""); // inline script would need 'unsafe-inline'
      if (src && /^[a-z]+:/i.test(src)) expect(src).toBe(OFFICE_JS);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // inline event handlers
  });
});

test("manifest.xml names only the add-in's host and Microsoft's office.js CDN", () => {
  const xml = fs
    .readFileSync(path.join(repoRoot, "manifest.xml"), "utf8")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\sxmlns(:\w+)?="[^"]*"/g, ""); // namespace names are identifiers, never fetched
  const urls = [...xml.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^"<\s]+/gi)].map((m) => m[0]);
  expect(urls.length).toBeGreaterThan(0);
  for (const u of urls)
    expect(u.startsWith(`${DEV_HOST}/`) || u === DEV_HOST || u.startsWith(`${OFFICE_JS_HOST}/`)).toBe(true);
});

test("the patterns catch what they name (and not look-alikes)", () => {
  const samples = [
    "<div dangerouslySetInnerHTML={{ __html: x }} />",
    "el.innerHTML = x;",
    "document.write(x);",
    "await fetch(url);",
    "new XMLHttpRequest();",
    "new WebSocket(u);",
    "new EventSource(u);",
    "navigator.sendBeacon(u, d);",
    "eval(code);",
    "new Function('return 1')",
    'import * as https from "node:https";',
  ];
  FORBIDDEN.forEach(([name, re], i) => expect([name, re.test(samples[i])]).toEqual([name, true]));
  for (const ok of ["prefetch(x)", "evaluateScope(wb)", "doc.fetchAll(x)", "retrieval(x)"])
    expect(FORBIDDEN.filter(([, re]) => re.test(ok)).map(([n]) => n)).toEqual([]);
});
