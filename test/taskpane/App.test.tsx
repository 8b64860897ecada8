/**
 * @jest-environment jsdom
 */
/** The pane's states: nothing found, running, results, error, language switch, revert. */
import "./dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App, type PaneActions } from "../../src/taskpane/App";
import { HostError, type Settings } from "../../src/workbook/host";
import type { CommandResult, RunPhase } from "../../src/workbook/runCommand";
import { emptyPlan, type WritePlan } from "../../src/core/plan/writePlan";
import { fakeActions, runResult } from "./fixtures";

const pageSetup = { paper: "A4", orientation: "portrait", fitToWidth: true } as const;

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
      expect.any(Function),
    );

    const below = screen.getByRole("list", { name: "未达到指标值" });
    expect(within(below).getAllByRole("button")).toHaveLength(2);
    expect(screen.getByRole("list", { name: "执行率偏低" })).toBeInTheDocument();
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

  it("revert is disabled without a record, asks first, then says how many cells were restored", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByText("预算执行表 · 预算执行");
    await waitFor(() => expect(actions.hasRevertRecord).toHaveBeenCalled());
    expect(screen.getByRole("button", { name: "撤销写入" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    await screen.findByTestId("total");
    fireEvent.click(screen.getByRole("button", { name: "撤销写入" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("第一次运行之前");
    fireEvent.click(within(dialog).getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(actions.revert).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "撤销写入" }));
    // The dialog stays mounted and reopens through an animation: wait for its button, do not race it.
    const confirm = await waitFor(
      () => within(screen.getByRole("alertdialog")).getByRole("button", { name: "撤销写入" }),
      { timeout: 5000 },
    );
    fireEvent.click(confirm);
    expect(await screen.findByText("已恢复 42 个单元格。")).toBeInTheDocument();
    expect(actions.revert).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("total")).toBeNull();
    expect(screen.getByRole("button", { name: "撤销写入" })).toBeDisabled();
  });

  it("after a revert, names the cells whose look could not be put back exactly", async () => {
    const actions = fakeActions({
      hasRevertRecord: async () => true,
      revert: async () => ({ kind: "reverted", cells: 3, unrestored: ["绩效指标!I1", "绩效指标!G2"] }),
    });
    renderApp(actions);
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销写入" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "撤销写入" }));
    const confirm = await waitFor(
      () => within(screen.getByRole("alertdialog")).getByRole("button", { name: "撤销写入" }),
      { timeout: 5000 },
    );
    fireEvent.click(confirm);
    const notice = await screen.findByTestId("notice");
    await waitFor(() => expect(notice).toHaveTextContent("已恢复 3 个单元格。"));
    expect(notice).toHaveTextContent("绩效指标!I1、绩效指标!G2的格式未能按原样恢复");
  });

  it("revert is enabled on opening a workbook that holds a record", async () => {
    renderApp(fakeActions({ hasRevertRecord: async () => true }));
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销写入" })).toBeEnabled());
  });

  it("after Run a message says what was written and links to the summary sheet", async () => {
    const plan = {
      ...emptyPlan,
      cells: [
        { kind: "formula", sheet: "绩效指标", row: 3, col: 10, formula: "1", value: 1 },
        { kind: "formula", sheet: "绩效指标", row: 4, col: 10, formula: "1", value: 1 },
        { kind: "text", sheet: "绩效指标", row: 2, col: 10, text: "完成率", style: "header" },
      ],
      newSheets: [{ name: "绩效自评报告", columnWidths: [], pageSetup, cells: [] }],
    } satisfies WritePlan;
    const actions = fakeActions({
      run: async (_s, lang) => ({
        result: { ...runResult(lang), plan },
        outcome: { kind: "written", syncs: 1 },
      }),
    });
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    const notice = await screen.findByTestId("notice");
    expect(notice).toHaveTextContent(
      "已写入 2 个公式，在表格右侧追加 1 列，生成工作表“绩效自评报告”；发现 3 个复核提示。",
    );
    fireEvent.click(within(notice).getByRole("button", { name: "查看“绩效自评报告”" }));
    await waitFor(() =>
      expect(actions.select).toHaveBeenCalledWith({ sheet: "绩效自评报告", row: 0, col: 0 }),
    );
    // The message follows the pane's language.
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(await screen.findByTestId("notice")).toHaveTextContent(
      'Wrote 2 formulas, appended 1 column, and the summary sheet "绩效自评报告"; 3 flags found.',
    );
  });

  it("shows each step of a run as it starts", async () => {
    let step: (p: RunPhase) => void = () => undefined;
    let finish: (r: CommandResult) => void = () => undefined;
    const actions = fakeActions({
      run: (_s, _l, onPhase) =>
        new Promise<CommandResult>((resolve) => {
          step = (p) => onPhase?.(p);
          finish = resolve;
        }),
    });
    renderApp(actions);
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    await screen.findByRole("progressbar");
    act(() => step("read"));
    expect(screen.getByText("正在读取工作簿…")).toBeInTheDocument();
    act(() => step("write"));
    expect(screen.getByText("正在写入结果…")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.75");
    await act(async () => finish({ result: runResult("zh-CN"), outcome: { kind: "written", syncs: 1 } }));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it.each([
    ["zh-CN", "预览模式"],
    ["en-US", "Preview"],
  ] as const)("preview mode shows the badge in the pane's language (%s)", async (lang, badge) => {
    renderApp(fakeActions(), { rules: "mof2020", lang }, "preview");
    expect(screen.getByTestId("preview-badge")).toHaveTextContent(new RegExp(`^${badge}$`));
    await screen.findByRole("button", { name: /预算执行表 · |Budget execution · / });
  });

  it("grade bands and rule preset are saved as settings", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByText("预算执行表 · 预算执行");
    fireEvent.change(screen.getByRole("combobox", { name: "评分规则" }), { target: { value: "pass-fail" } });
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

  it("review mode is a switch stored with the settings, and Run runs with it", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByText("预算执行表 · 预算执行");
    const toggle = screen.getByRole("switch", { name: "复核模式" });
    expect(toggle).not.toBeChecked();
    fireEvent.click(toggle);
    expect(actions.saveSettings).toHaveBeenLastCalledWith({ rules: "mof2020", review: true });
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    await waitFor(() => expect(actions.run).toHaveBeenCalled());
    expect(actions.run.mock.calls[0][0]).toEqual({ rules: "mof2020", review: true });
    await waitFor(() => expect(screen.getByRole("switch", { name: "复核模式" })).not.toBeDisabled());
    fireEvent.click(screen.getByRole("switch", { name: "复核模式" }));
    expect(actions.saveSettings).toHaveBeenLastCalledWith({ rules: "mof2020" });
  });

  it("a rules file becomes the pack in use, stored in the settings, its name and source shown", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByText("预算执行表 · 预算执行");
    expect(screen.getByText(/^mof2020 · 依据：财政部《项目支出绩效评价管理办法》/)).toBeInTheDocument();
    const pack = {
      ...(await import("../../src/core/rules/packs/yueyang.json")).default,
      name: "bureau-2024",
    };
    const file = new File([JSON.stringify(pack)], "本局规则.json", { type: "application/json" });
    fireEvent.change(screen.getByLabelText("载入规则文件…", { selector: "input" }), {
      target: { files: [file] },
    });
    await waitFor(() => expect(actions.saveSettings).toHaveBeenCalled());
    const saved = actions.saveSettings.mock.calls.at(-1)?.[0];
    expect(saved?.rules).toMatchObject({ name: "bureau-2024", execution: { kind: "banded" } });
    expect(await screen.findByText(/^bureau-2024 · 依据：岳阳市/)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "评分规则" })).toHaveDisplayValue(/（规则文件）$/);
  });

  it("a malformed rules file is refused naming the field, and the settings are not touched", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByText("预算执行表 · 预算执行");
    const file = new File(['{"name":"x","execution":{"kind":"linear"}}'], "bad.json");
    fireEvent.change(screen.getByLabelText("载入规则文件…", { selector: "input" }), {
      target: { files: [file] },
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("bad.json: /execution/kind: must be one of");
    expect(alert).toHaveTextContent("bad.json: /source: is required");
    expect(actions.saveSettings).not.toHaveBeenCalled();
  });
});
