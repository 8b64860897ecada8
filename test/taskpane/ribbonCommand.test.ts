/**
 * @jest-environment jsdom
 */
/**
 * The ribbon's one-click command (src/commands/commands.ts) under a fake Office global, with the
 * in-memory workbook standing in for the Excel host: it runs the shared command, activates the
 * summary sheet, shows a dialog on failure, and always calls event.completed().
 */
import type { WorkbookData } from "../../src/core/grid";
import { MemoryWorkbook, samplePreview } from "../../src/workbook/memory";
import type { WorkbookHost } from "../../src/workbook/host";

jest.mock("../../src/workbook/office/excelHost", () => ({ createExcelHost: jest.fn() }), { virtual: true });

const { createExcelHost } = require("../../src/workbook/office/excelHost") as {
  createExcelHost: jest.Mock<WorkbookHost, []>;
};

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

interface FakeOffice {
  readonly associate: jest.Mock;
  readonly displayDialogAsync: jest.Mock;
  /** Closes the dialog the command opened (the user pressing X). */
  closeDialog(): void;
}

function installOffice(dialogOpens = true): FakeOffice {
  let onDialogEvent: (() => void) | null = null;
  const associate = jest.fn();
  const displayDialogAsync = jest.fn((_url: string, _options: unknown, callback: (r: unknown) => void) => {
    if (!dialogOpens) return callback({ status: "failed", error: { code: 12007 } });
    callback({
      status: "succeeded",
      value: {
        addEventHandler: (_type: string, handler: () => void) => (onDialogEvent = handler),
        close: jest.fn(),
      },
    });
  });
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (callback?: (info: unknown) => void) => {
      callback?.({ host: "Excel", platform: "OfficeOnline" });
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
    actions: { associate },
    context: { displayLanguage: "zh-CN", ui: { displayDialogAsync } },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogEventReceived: "dialogEventReceived" },
  };
  return { associate, displayDialogAsync, closeDialog: () => onDialogEvent?.() };
}

function loadCommand(office: FakeOffice): Handler {
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  expect(office.associate).toHaveBeenCalledWith("runEvaluation", expect.any(Function));
  return office.associate.mock.calls[0][1] as Handler;
}

function fakeEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: "RunButton" } } as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  createExcelHost.mockReset();
});

describe("ribbon command runEvaluation", () => {
  it("runs the shared command with the saved settings and activates the summary sheet", async () => {
    const office = installOffice();
    const host = new MemoryWorkbook(samplePreview(), { rules: "mof2020", lang: "zh-CN" });
    createExcelHost.mockReturnValue(host);
    const event = fakeEvent();
    await loadCommand(office)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const added = (await host.read()).sheets
      .map((s) => s.name)
      .filter((n) => !samplePreview().sheets.some((s) => s.name === n));
    expect(added).toHaveLength(1);
    expect(host.selection).toEqual({ sheet: added[0], row: 0, col: 0 });
    expect(office.displayDialogAsync).not.toHaveBeenCalled();
  });

  it("on a protected sheet writes nothing, shows what to do in a dialog and completes when it closes", async () => {
    const office = installOffice();
    const data = samplePreview();
    const locked: WorkbookData = { sheets: data.sheets.map((s) => ({ ...s, protected: true })) };
    const host = new MemoryWorkbook(locked);
    createExcelHost.mockReturnValue(host);
    const event = fakeEvent();
    const done = loadCommand(office)(event);
    await flush();
    expect(office.displayDialogAsync).toHaveBeenCalledTimes(1);
    const url = new URL(office.displayDialogAsync.mock.calls[0][0] as string);
    expect(url.searchParams.get("notice")).toMatch(/受保护.*撤销工作表保护/);
    expect(event.completed).not.toHaveBeenCalled();
    office.closeDialog();
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(await host.read()).toBe(locked);
  });

  it("completes even when the dialog cannot open or the host cannot be created", async () => {
    const office = installOffice(false);
    createExcelHost.mockImplementation(() => {
      throw new Error("Excel API 1.1 missing");
    });
    const event = fakeEvent();
    await loadCommand(office)(event);
    expect(office.displayDialogAsync).toHaveBeenCalledTimes(1);
    expect(
      new URL(office.displayDialogAsync.mock.calls[0][0] as string).searchParams.get("notice"),
    ).toContain("Excel API 1.1 missing");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("uses the language saved in the workbook for its message", async () => {
    const office = installOffice(false);
    createExcelHost.mockReturnValue(new MemoryWorkbook({ sheets: [] }, { rules: "mof2020", lang: "en-US" }));
    const event = fakeEvent();
    await loadCommand(office)(event);
    expect(new URL(office.displayDialogAsync.mock.calls[0][0] as string).searchParams.get("notice")).toMatch(
      /^Could not finish: No budget or indicator table/,
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("opened as the notice dialog, renders the text and registers nothing", () => {
    const office = installOffice();
    window.history.pushState({}, "", "/commands.html?notice=" + encodeURIComponent("<b>工作表受保护</b>"));
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(office.associate).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain("<b>工作表受保护</b>");
    expect(document.body.querySelector("b")).toBeNull();
    window.history.pushState({}, "", "/");
  });
});
