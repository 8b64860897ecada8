/** Both languages carry every text; the default language follows Office's display language. */
import { reportStrings } from "../../src/taskpane/reportStrings";
import { langFor, strings } from "../../src/taskpane/strings";

function keysDeep(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keysDeep(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("strings", () => {
  it("zh-CN and en-US have the same keys", () => {
    expect(keysDeep(strings["en-US"]).sort()).toEqual(keysDeep(strings["zh-CN"]).sort());
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en-US"],
    ["fr-FR", "en-US"],
    [undefined, "en-US"],
  ])("langFor(%s) = %s", (display, lang) => {
    expect(langFor(display)).toBe(lang);
  });
});

describe("report strings", () => {
  it("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(reportStrings["en-US"]).sort()).toEqual(Object.keys(reportStrings["zh-CN"]).sort());
  });
});
