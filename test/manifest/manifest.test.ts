/**
 * @jest-environment jsdom
 *
 * manifest.xml: valid against the offline XSDs (schemas/office-addin-manifest/, through
 * validate-manifest.mjs and libxml2-wasm in a child process), and the facts Excel relies on
 * that the schema cannot check: host, permission, the one-click function name, icon files and
 * their pixel sizes, and a zh-CN text with an en-US override for every string shown.
 * jsdom only for its namespace-aware DOMParser.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { makeTempDir } from "../helpers/tempDirs";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const VALIDATOR = path.join(__dirname, "validate-manifest.mjs");
const DEV_ORIGIN = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

type Validation = { file: string; valid: boolean; errors: { line: number; message: string }[] };

/** Runs the offline schema validator on one file. */
function validate(file: string): { status: number | null; result: Validation } {
  const run = spawnSync(process.execPath, [VALIDATOR, file], { encoding: "utf8" });
  if (run.status === 2 || run.stdout.trim() === "") {
    throw new Error(`validator could not run (status ${run.status}): ${run.stderr}`);
  }
  return { status: run.status, result: JSON.parse(run.stdout.trim()) as Validation };
}

/** Writes `xml` to a fresh temporary file and returns its path. */
function writeTemp(name: string, xml: string): string {
  const dir = makeTempDir("manifest-test-");
  const file = path.join(dir, name);
  fs.writeFileSync(file, xml);
  return file;
}

/** Width and height from a PNG's IHDR chunk (which must come first). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The asset file a dev-server URL points at, e.g. .../assets/icon-16.png -> <repo>/assets/icon-16.png. */
function assetFileOf(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

const HAN = /\p{Script=Han}/u;

const xml = fs.readFileSync(MANIFEST, "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

function all(ns: string, name: string, scope: Document | Element = doc): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, name));
}
function one(ns: string, name: string, scope: Document | Element = doc): Element {
  const found = all(ns, name, scope);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
}
function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}
/** The bt: resource (Image, Url or String) with this id. */
function resource(id: string): Element {
  const matches = all(NS.bt, "*", one(NS.ov, "Resources")).filter((el) => el.getAttribute("id") === id);
  if (matches.length !== 1) throw new Error(`resid ${id}: ${matches.length} resources`);
  return matches[0];
}
function controlById(id: string): Element {
  const control = all(NS.ov, "Control").find((c) => c.getAttribute("id") === id);
  if (!control) throw new Error(`no control ${id}`);
  return control;
}
function labelOf(el: Element): Element {
  const label = Array.from(el.children).find((c) => c.localName === "Label");
  if (!label) throw new Error(`no Label in ${el.getAttribute("id")}`);
  return resource(label.getAttribute("resid") ?? "");
}
/** [zh-CN default, en-US override] of an element carrying DefaultValue and Override children. */
function texts(el: Element): [string, string[]] {
  const overrides = Array.from(el.children)
    .filter((c) => c.localName === "Override" && c.getAttribute("Locale") === "en-US")
    .map((c) => c.getAttribute("Value") ?? "");
  return [el.getAttribute("DefaultValue") ?? "", overrides];
}

describe("manifest.xml against the offline schema", () => {
  it("parses as XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(NS.app);
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
  });

  it("is valid", () => {
    const { status, result } = validate(MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(status).toBe(0);
  });

  it.each([
    ["without <Id>", (s: string) => s.replace(/<Id>[^<]*<\/Id>\s*/, ""), /Version.*not expected.*Id/s],
    [
      "with a malformed <Id>",
      (s: string) => s.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"),
      /not-a-guid.*pattern/s,
    ],
    [
      "with a misspelt FunctionName (VersionOverrides is checked too)",
      (s: string) => s.replace(/<FunctionName>(\w+)<\/FunctionName>/, "<FunctionNam>$1</FunctionNam>"),
      /FunctionNam'.*not expected/s,
    ],
    [
      "with a <Runtimes> element (shared runtime)",
      (s: string) =>
        s.replace("<Hosts>\n      <Host xsi:type", "<Runtimes/>\n    <Hosts>\n      <Host xsi:type"),
      /Runtimes/,
    ],
    ["cut short", (s: string) => s.slice(0, s.length / 2), /./],
  ])("rejects a copy %s", (_name, breakIt, message) => {
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    const { status, result } = validate(writeTemp("broken.xml", broken));
    expect(result.valid).toBe(false);
    expect(status).toBe(1);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(message);
  });
});

describe("manifest.xml facts the schema does not check", () => {
  it("is an Excel add-in with read/write access, zh-CN by default", () => {
    expect(all(NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(all(NS.ov, "Host").map(xsiType)).toEqual(["Workbook"]);
    expect(one(NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(one(NS.app, "DefaultLocale").textContent).toBe("zh-CN");
    expect(one(NS.app, "Id").textContent).toBe("650722e8-6cb2-4487-96e9-8db2962846da");
    expect(all(NS.app, "Runtimes")).toHaveLength(0);
  });

  it("opens the task pane from taskpane.html and runs the command from commands.html", () => {
    const source = one(NS.app, "SourceLocation", one(NS.app, "DefaultSettings"));
    expect(source.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
    const functionFile = one(NS.ov, "FunctionFile").getAttribute("resid") ?? "";
    expect(resource(functionFile).getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}commands.html`);
    for (const template of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      expect(fs.existsSync(path.join(ROOT, template))).toBe(true);
    }
  });

  it("puts both buttons in one group on the Home tab", () => {
    const tab = one(NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = one(NS.ov, "Group", tab);
    expect(all(NS.ov, "Control", group).map((c) => c.getAttribute("id"))).toEqual([
      "SelfEval.TaskpaneButton",
      "SelfEval.RunButton",
    ]);
  });

  it("shows the task pane from button 1", () => {
    const action = one(NS.ov, "Action", controlById("SelfEval.TaskpaneButton"));
    expect(xsiType(action)).toBe("ShowTaskpane");
    const url = resource(one(NS.ov, "SourceLocation", action).getAttribute("resid") ?? "");
    expect(url.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("runs the ExecuteFunction runEvaluation from button 2", () => {
    const action = one(NS.ov, "Action", controlById("SelfEval.RunButton"));
    expect(xsiType(action)).toBe("ExecuteFunction");
    expect(one(NS.ov, "FunctionName", action).textContent).toBe("runEvaluation");
    const executeFunctions = all(NS.ov, "Action").filter((a) => xsiType(a) === "ExecuteFunction");
    expect(executeFunctions).toHaveLength(1);
  });

  it("resolves every resid to exactly one resource", () => {
    const resids = Array.from(doc.querySelectorAll("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(() => resource(resid)).not.toThrow();
  });

  it("points every icon at a PNG in assets/ of the declared size", () => {
    const expected: [string, number][] = [
      // Task-pane add-ins: IconUrl 32 x 32 and HighResolutionIconUrl 64 x 64 (Microsoft's
      // manifest reference; 64/128 are the mail add-in sizes).
      [one(NS.app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    const ribbonImages = all(NS.bt, "Image").filter((img) => img.hasAttribute("resid"));
    expect(ribbonImages.length).toBe(9); // group and two buttons, 16/32/80 each
    for (const img of ribbonImages) {
      const url = resource(img.getAttribute("resid") ?? "").getAttribute("DefaultValue") ?? "";
      expected.push([url, Number(img.getAttribute("size"))]);
    }
    for (const owner of [
      one(NS.ov, "Group"),
      controlById("SelfEval.TaskpaneButton"),
      controlById("SelfEval.RunButton"),
    ]) {
      const icon = Array.from(owner.children).find((c) => c.localName === "Icon");
      expect(
        all(NS.bt, "Image", icon ?? doc.createElement("none")).map((i) => i.getAttribute("size")),
      ).toEqual(["16", "32", "80"]);
    }
    for (const [url, size] of expected) {
      const file = assetFileOf(url);
      expect(fs.existsSync(file)).toBe(true);
      expect({ url, ...pngSize(fs.readFileSync(file)) }).toEqual({ url, width: size, height: size });
    }
  });

  it("serves everything from the dev server origin", () => {
    const urls = [
      ...all(NS.bt, "Url").map((u) => u.getAttribute("DefaultValue")),
      ...all(NS.bt, "Image")
        .filter((i) => i.hasAttribute("id"))
        .map((i) => i.getAttribute("DefaultValue")),
      one(NS.app, "IconUrl").getAttribute("DefaultValue"),
      one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue"),
    ];
    for (const url of urls) expect(url?.startsWith(DEV_ORIGIN)).toBe(true);
  });

  it("has a zh-CN text and one en-US override for every string shown", () => {
    const shown = [
      one(NS.app, "DisplayName"),
      one(NS.app, "Description"),
      ...all(NS.bt, "String", one(NS.bt, "ShortStrings")),
      ...all(NS.bt, "String", one(NS.bt, "LongStrings")),
    ];
    expect(shown.length).toBe(9);
    for (const el of shown) {
      const [zh, en] = texts(el);
      const id = el.getAttribute("id") ?? el.localName;
      expect({ id, zh: HAN.test(zh) }).toEqual({ id, zh: true });
      expect({ id, overrides: en.length }).toEqual({ id, overrides: 1 });
      expect({ id, en: en[0].trim().length > 0 && !HAN.test(en[0]) }).toEqual({ id, en: true });
    }
  });

  it("labels the ribbon in both languages", () => {
    const labels = {
      group: texts(labelOf(one(NS.ov, "Group"))),
      showTaskpane: texts(labelOf(controlById("SelfEval.TaskpaneButton"))),
      run: texts(labelOf(controlById("SelfEval.RunButton"))),
    };
    expect(labels).toEqual({
      group: ["绩效自评", ["Self-evaluation"]],
      showTaskpane: ["打开任务窗格", ["Show task pane"]],
      run: ["一键自评", ["Run evaluation"]],
    });
    const [name, nameEn] = texts(one(NS.app, "DisplayName"));
    expect([name, nameEn]).toEqual(["绩效自评", ["Performance self-evaluation"]]);
  });
});
