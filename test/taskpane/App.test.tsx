/**
 * @jest-environment jsdom
 */
/** The pane's states: nothing found, running, results, error, language switch, revert. */
import "./dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App, type PaneActions } from "../../src/taskpane/App";
import { HostError, type Settings } from "../../src/workbook/host";
import type { CommandResult } from "../../src/workbook/runCommand";
import { fakeActions, runResult } from "./fixtures";

function renderApp(
  actions: PaneActions,
  settings: Settings = { rules: "mof2020" },
  mode: "excel" | "preview" = "excel",
) {
  return render(<App mode={mode} actions={actions} initialSettings={settings} initialLang="zh-CN" />);
}

describe("App", () => {
  it("shows the tables found on opening, without writing", async () => {
    const actions = fakeActions();
    renderApp(actions);
    expect(await screen.findByText("预算执行表 · 预算执行")).toBeInTheDocument();
    expect(screen.getByText("绩效指标表 · 绩效指标")).toBeInTheDocument();
    expect(actions.run).not.toHaveBeenCalled();
    expect(screen.queryByTestId("preview-badge")).toBeNull();
  });

  it("nothing found: says so, and Run explains which headers it looks for", async () => {
    const actions = fakeActions({
      evaluate: async (_s, lang) => runResult(lang, []),
      run: async () => {
        throw new HostError("nothing-found", "no budget or indicator table found");
      },
    });
    renderApp(actions);
    expect(await screen.findByTestId("no-tables")).toHaveTextContent("尚未识别到预算表或指标表");
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    const bar = await screen.findByText(/未找到预算表或绩效指标表/);
    expect(bar).toHaveTextContent("全年预算数");
    expect(bar).toHaveTextContent("年度指标值");
  });

  it("running: a progress bar is shown and the buttons are disabled until the run ends", async () => {
    let finish: (r: CommandResult) => void = () => undefined;
    const actions = fakeActions({ run: () => new Promise<CommandResult>((resolve) => (finish = resolve)) });
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("正在评价…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "运行评价" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "撤销写入" })).toBeDisabled();
    await act(async () => finish({ result: runResult("zh-CN"), outcome: { kind: "written", syncs: 1 } }));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByTestId("total")).toHaveTextContent("88.48");
  });

  it("results: total, grade, blocks, flags grouped by code; a flag click selects its cell", async () => {
    const actions = fakeActions();
    renderApp(actions, { rules: "pass-fail", gradeBands: { excellent: 95, good: 85, fair: 60 } });
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    expect(await screen.findByTestId("total")).toHaveTextContent("88.48");
    expect(screen.getByTestId("grade")).toHaveTextContent("良");
    expect(screen.getByText("91.16%")).toBeInTheDocument();
    const blocks = screen.getByRole("list", { name: "分项得分" });
    expect(within(blocks).getByText("资金管理").parentElement).toHaveTextContent("8.48 / 14.00");
    expect(actions.run).toHaveBeenCalledWith(
      { rules: "pass-fail", gradeBands: { excellent: 95, good: 85, fair: 60 } },
      "zh-CN",
    );

    const below = screen.getByRole("list", { name: "未达到指标值" });
    expect(within(below).getAllByRole("button")).toHaveLength(2);
    expect(screen.getByRole("list", { name: "执行率低于 90%" })).toBeInTheDocument();
    const groupHead = screen.getByText("未达到指标值").parentElement as HTMLElement;
    expect(groupHead).toHaveTextContent("2");

    const flag = within(below).getByRole("button", { name: /^绩效指标!F5 / });
    fireEvent.click(flag);
    await waitFor(() => expect(actions.select).toHaveBeenCalledWith({ sheet: "绩效指标", row: 4, col: 5 }));
    expect(await screen.findByRole("status")).toHaveTextContent("已选中 绩效指标!F5");
    expect(flag).toHaveAttribute("aria-current", "true");
  });

  it.each([
    [
      "protected-sheet",
      new HostError("protected-sheet", 'sheet "绩效指标" is protected', "绩效指标"),
      /工作表“绩效指标”受保护.*取消保护/,
    ],
    ["cell-edit", new HostError("cell-edit", "busy"), /按 Enter 或 Esc/],
    ["too-large", new HostError("too-large", "5 MB"), /拆分/],
    ["nothing-found", new HostError("nothing-found", "none"), /一级指标/],
    ["unknown", new Error("boom"), /意外错误：boom/],
  ])("error %s: a MessageBar says what to do", async (code, error, text) => {
    const actions = fakeActions({
      run: async () => {
        throw error;
      },
    });
    const { container } = renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(container.querySelector(`[data-code="${code}"]`)).not.toBeNull();
    expect(screen.getByRole("button", { name: "运行评价" })).toBeEnabled();
  });

  it("switches language: the pane's text, the grade, and the flags evaluated again without writing", async () => {
    const actions = fakeActions();
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    expect(await screen.findByTestId("grade")).toHaveTextContent("良");
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(await screen.findByRole("button", { name: "Run" })).toBeInTheDocument();
    expect(screen.getByTestId("grade")).toHaveTextContent("Good");
    expect(await screen.findByText(/actual 8.58% is below the target/)).toBeInTheDocument();
    expect(actions.saveSettings).toHaveBeenLastCalledWith({ rules: "mof2020", lang: "en-US" });
    expect(actions.evaluate).toHaveBeenLastCalledWith({ rules: "mof2020" }, "en-US");
    expect(actions.run).toHaveBeenCalledTimes(1);
  });

  it("starts in the language saved in the workbook", async () => {
    renderApp(fakeActions(), { rules: "mof2020", lang: "en-US" });
    expect(await screen.findByRole("button", { name: "Run" })).toBeInTheDocument();
  });

  it("revert says how many cells were restored and clears the results", async () => {
    const actions = fakeActions();
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    await screen.findByTestId("total");
    fireEvent.click(screen.getByRole("button", { name: "撤销写入" }));
    expect(await screen.findByText("已恢复 42 个单元格。")).toBeInTheDocument();
    expect(screen.queryByTestId("total")).toBeNull();
  });

  it("preview mode shows the badge", async () => {
    renderApp(fakeActions(), { rules: "mof2020" }, "preview");
    expect(screen.getByTestId("preview-badge")).toHaveTextContent("预览模式 / Preview");
    await screen.findByText("预算执行表 · 预算执行");
  });

  it("grade bands and rule preset are saved as settings", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByText("预算执行表 · 预算执行");
    fireEvent.click(screen.getByRole("radio", { name: "达标得满分，未达标不得分" }));
    expect(actions.saveSettings).toHaveBeenLastCalledWith({ rules: "pass-fail" });
    const good = screen.getByRole("spinbutton", { name: "良 ≥" });
    expect(good).toHaveValue("80");
    fireEvent.change(good, { target: { value: "85" } });
    fireEvent.blur(good);
    await waitFor(() =>
      expect(actions.saveSettings).toHaveBeenLastCalledWith({
        rules: "pass-fail",
        gradeBands: { excellent: 90, good: 85, fair: 60 },
      }),
    );
  });
});
