/** Excel on the web saves files from the pane; the desktop WebViews, the iPad and no Office do not. */
import { canSaveFiles } from "../../../src/workbook/office/platform";

const PlatformType = { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS" };

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

test.each([
  ["OfficeOnline", true],
  ["PC", false],
  ["Mac", false],
  ["iOS", false],
  [undefined, false],
])("platform %s: %s", (platform, can) => {
  (globalThis as { Office?: unknown }).Office = { context: { platform }, PlatformType };
  expect(canSaveFiles()).toBe(can);
});

test("no Office global: false", () => {
  expect(canSaveFiles()).toBe(false);
});
