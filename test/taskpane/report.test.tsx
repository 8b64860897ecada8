/**
 * @jest-environment jsdom
 */
/**
 * The report in the pane, over the Office fake (the Excel host on a recording fake of the few Excel
 * objects used, the sample workbook in it): the out-of-date prompt in both states and its one click
 * that runs again; and, where the host cannot save files (Excel desktop), the report copied to a
 * stubbed clipboard as HTML with its headings and as plain text, by the async clipboard API or by the
 * copy command.
 */
import "./dom";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { runEngine } from "../../src/core/engine";
import { BANNER_COL, BANNER_ROW } from "../../src/core/narrative/banner";
import { samplePreview } from "../../src/workbook/memory";
import { App } from "../../src/taskpane/App";
import { actionsFor } from "../../src/taskpane/actions";
import { reportStrings } from "../../src/taskpane/reportStrings";
import { cellOf } from "../workbook/office/fakeExcel";
import { harness, type Harness } from "../workbook/office/fixtures";

const SUMMARY = "绩效自评报告";

/** The sample in the fake Excel, evaluated once (the summary written), its banner showing `banner`. */
async function evaluatedSample(banner: string): Promise<Harness> {
  const data = samplePreview();
  const h = harness(data);
  const r = runEngine(data, { rules: "mof2020", lang: "zh-CN", summary: true });
  await h.host.read();
  await h.host.apply(r.plan);
  const cell = cellOf(h.ctx.state, SUMMARY, BANNER_ROW, BANNER_COL);
  if (!cell?.formula) throw new Error("the summary's banner cell holds no formula");
  // What Excel's recalculation shows there (the fake does not calculate).
  cell.value = banner;
  return h;
}

function renderPane(h: Harness) {
  const actions = actionsFor(h.host);
  const run = jest.spyOn(actions, "run");
  render(
    <App
      mode="excel"
      actions={actions}
      initialSettings={{ rules: "mof2020" }}
      initialLang="zh-CN"
      canSaveFiles={h.host.canSaveFiles ?? false}
    />,
  );
  return { run };
}

describe("the out-of-date prompt", () => {
  it("a banner showing the warning: the MessageBar, whose Regenerate runs again and clears it", async () => {
    const h = await evaluatedSample("⚠ 数据已修改，本报告需重新生成");
    const { run } = renderPane(h);
    const bar = await screen.findByTestId("stale");
    expect(bar).toHaveTextContent("报告已过期");
    expect(bar).toHaveTextContent(`“${SUMMARY}”生成后数据已修改`);
    fireEvent.click(screen.getByRole("button", { name: "重新生成" }));
    await screen.findByTestId("notice");
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("stale")).toBeNull();
  });

  it("an empty banner: no prompt", async () => {
    const h = await evaluatedSample("");
    renderPane(h);
    await screen.findByText("预算执行表 · 支出");
    expect(screen.queryByTestId("stale")).toBeNull();
    expect(screen.queryByText("报告已过期")).toBeNull();
  });
});

describe("the report where the host cannot save files (desktop WebView)", () => {
  const t = reportStrings["zh-CN"];
  const saved = {
    clipboard: navigator.clipboard,
    ClipboardItem: (globalThis as { ClipboardItem?: unknown }).ClipboardItem,
  };
  afterEach(() => {
    Object.defineProperty(navigator, "clipboard", { value: saved.clipboard, configurable: true });
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = saved.ClipboardItem;
    delete (document as { execCommand?: unknown }).execCommand;
  });

  /** A Blob's text (jsdom's Blob has no text() in every version). */
  const blobText = (b: Blob): Promise<string> =>
    new Promise((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(b);
    });

  it("the button copies HTML with h1/h2/h3 and the table, and plain text, by the clipboard API", async () => {
    const items: Record<string, Blob>[] = [];
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = class {
      constructor(readonly data: Record<string, Blob>) {
        items.push(data);
      }
    };
    const write = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { write }, configurable: true });
    const h = await evaluatedSample("");
    expect(h.host.canSaveFiles).toBe(false);
    renderPane(h);
    await screen.findByText(t.copyNote);
    expect(screen.queryByRole("button", { name: t.save })).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: t.copy }));
    expect(await screen.findByTestId("report-notice")).toHaveTextContent(t.copied);
    expect(write).toHaveBeenCalledTimes(1);
    expect(Object.keys(items[0]).sort()).toEqual(["text/html", "text/plain"]);
    const html = await blobText(items[0]["text/html"]);
    expect(html).toMatch(/<h1[^>]*>广州市增城区科学技术协会2021年部门整体支出绩效自评报告<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>一、基本情况<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>（一）部门概况<\/h3>/);
    expect(html).toMatch(/<th[^>]*>指标<\/th>/);
    expect(html).toContain("88.48");
    const plain = await blobText(items[0]["text/plain"]);
    expect(plain).toContain("四、下一步改进措施");
    expect(plain).not.toContain("<h2");
  });

  it("without the clipboard API (or denied): the copy command, with the same HTML", async () => {
    Object.defineProperty(navigator, "clipboard", {
      value: { write: async () => Promise.reject(new Error("denied")) },
      configurable: true,
    });
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = class {};
    const data = new Map<string, string>();
    (document as { execCommand?: unknown }).execCommand = jest.fn((command: string) => {
      const e = new Event("copy", { cancelable: true }) as Event & { clipboardData: unknown };
      e.clipboardData = { setData: (type: string, value: string) => data.set(type, value) };
      document.dispatchEvent(e);
      return command === "copy";
    });
    renderPane(await evaluatedSample(""));
    fireEvent.click(await screen.findByRole("button", { name: t.copy }));
    await screen.findByText(t.copied);
    expect(document.execCommand).toHaveBeenCalledWith("copy");
    expect(data.get("text/html")).toMatch(/<h2[^>]*>二、综合评价分析<\/h2>/);
    expect(data.get("text/plain")).toContain("二、综合评价分析");
  });

  it("a clipboard that refuses both ways: the pane says the report was not made", async () => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    (document as { execCommand?: unknown }).execCommand = () => false;
    renderPane(await evaluatedSample(""));
    fireEvent.click(await screen.findByRole("button", { name: t.copy }));
    await waitFor(() =>
      expect(screen.getByTestId("report-notice")).toHaveTextContent(
        "未能生成报告：the clipboard refused the report",
      ),
    );
  });
});
