/**
 * @jest-environment jsdom
 */
/** Tables found and their column mapping; an edit is saved as settings.mappings for the next run. */
import "./dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { TablesPanel } from "../../src/taskpane/TablesPanel";
import { strings } from "../../src/taskpane/strings";
import { budgetTable, fakeActions, indicatorTable } from "./fixtures";

describe("TablesPanel", () => {
  it("lists kind, sheet, header rows and each role's column letter", () => {
    render(
      <TablesPanel
        tables={[indicatorTable]}
        strings={strings["zh-CN"]}
        disabled={false}
        onChange={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "绩效指标表 · 绩效指标" }));
    expect(screen.getByText(/表头第 2–3 行/)).toBeInTheDocument();
    expect(screen.getByText(/数据第 4–31 行/)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "“年度指标值”所在列" })).toHaveDisplayValue("E");
    expect(screen.getByRole("combobox", { name: "“全年执行数 / 实际完成值”所在列" })).toHaveDisplayValue("F");
    expect(screen.getByRole("combobox", { name: "“计量单位”所在列" })).toHaveDisplayValue("（无）");
    const options = within(screen.getByRole("combobox", { name: "“计量单位”所在列" })).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "（无）",
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "I",
      "J",
    ]);
  });

  it("an edit is saved with the other tables of its sheet and used by the next run", async () => {
    const actions = fakeActions();
    render(
      <App
        mode="preview"
        actions={actions}
        initialSettings={{ rules: "mof2020", mappings: [budgetTable] }}
        initialLang="zh-CN"
      />,
    );
    fireEvent.click(await screen.findByRole("button", { name: "绩效指标表 · 绩效指标" }));
    fireEvent.change(screen.getByRole("combobox", { name: "“计量单位”所在列" }), { target: { value: "3" } });
    const edited = { ...indicatorTable, columns: { ...indicatorTable.columns, unit: 3 } };
    await waitFor(() =>
      expect(actions.saveSettings).toHaveBeenLastCalledWith({
        rules: "mof2020",
        mappings: [budgetTable, edited],
      }),
    );
    expect(screen.getByRole("combobox", { name: "“计量单位”所在列" })).toHaveDisplayValue("D");
    fireEvent.click(screen.getByRole("button", { name: "运行评价" }));
    await waitFor(() =>
      expect(actions.run).toHaveBeenCalledWith(
        { rules: "mof2020", mappings: [budgetTable, edited] },
        "zh-CN",
        expect.any(Function),
      ),
    );
  });

  it("a mapped role can be cleared to (none)", () => {
    const onChange = jest.fn();
    render(
      <TablesPanel tables={[budgetTable]} strings={strings["en-US"]} disabled={false} onChange={onChange} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Budget execution · 预算执行" }));
    fireEvent.change(screen.getByRole("combobox", { name: 'Column of "Initial budget"' }), {
      target: { value: "none" },
    });
    expect(onChange).toHaveBeenCalledWith(0, "initial", null);
  });
});
