/**
 * The summary sheet recalculated by LibreOffice says what the reference report says, every figure
 * in it is a formula (no numeric constant), and editing a source cell changes the sentence.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { a1 } from "../../../src/core/cellRef";
import { evaluateFile, samplePath, tempDir } from "../../helpers/evaluateFile";
import { describeWithLibreOffice, recalculate, recalculatedValues } from "../../helpers/libreoffice";

async function summaryText(file: string, sheet: string): Promise<string> {
  const values = await recalculatedValues(await recalculate(file));
  const lines: string[] = [];
  // Row 2 is the stale banner, empty while the report is up to date: read on to the last row.
  let last = 0;
  for (const k of values.keys()) {
    const m = k.startsWith(`${sheet}!A`) ? /!A(\d+)$/.exec(k) : null;
    if (m) last = Math.max(last, Number(m[1]));
  }
  for (let r = 0; r < last; r++) lines.push(String(values.get(`${sheet}!${a1(r, 0)}`) ?? ""));
  return lines.join("\n");
}

/** Digits left in a formula once string literals, cell references, TEXT formats and the grade bands are taken out. */
function constantsIn(formula: string): string[] {
  const stripped = formula
    .replace(/"(?:[^"]|"")*"/g, "")
    .replace(/'(?:[^']|'')*'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, "")
    .replace(/\b\$?[A-Z]{1,3}\$?\d+\b/g, "")
    .replace(/\*100\b/g, "")
    .replace(/>=\d+(\.\d+)?/g, "")
    .replace(/,[02]\)/g, ")")
    // ROUND(x,2)=0 is the test for 不得分, not a figure.
    .replace(/\)=0,/g, "),");
  return stripped.match(/\d+(\.\d+)?/g) ?? [];
}

const missed = [
  ['组织开展"全国科普日"系列活动受众人次', "活动受众人数有所减少"],
  ["举办全区科协组织各类业务培训、外出交流活动场次", "年初计划的5场交流活动及培训减少为1场"],
  ["组织开展科技工作者工作交流", "年初计划的2场交流活动减少为1场"],
];

describeWithLibreOffice("summary sheet on the bundled sample", () => {
  test("zh-CN: 88.48, 良, 86.37%, 99.68%, 831.88, 758.34 and the missed indicators with their reasons", async () => {
    const { result, output } = await evaluateFile(samplePath, { lang: "zh-CN" });
    expect(result.plan.newSheets[0].name).toBe("绩效自评报告");
    const text = await summaryText(output, "绩效自评报告");
    // Up to date: the stale banner is empty.
    expect(text).not.toContain("⚠");
    for (const s of [
      "88.48",
      "自评等级为良",
      "采购管理分值2分，自评不得分",
      "86.37%",
      "99.68%",
      "831.88",
      "758.34",
      "98.14%",
      "96.59%",
      "99.89%",
    ])
      expect(text).toContain(s);
    for (const [name, reason] of missed) {
      expect(text).toContain(`“${name}”`);
      expect(text).toContain(reason);
    }
    for (const h of [
      "一、基本情况",
      "二、综合评价分析",
      "（一）自评结论综述",
      "三、存在的主要问题",
      "四、下一步改进措施",
    ])
      expect(text).toContain(h);
  });

  test("en-US says the same in English", async () => {
    const { result, output } = await evaluateFile(samplePath, { lang: "en-US" });
    expect(result.plan.newSheets[0].name).toBe("Self-evaluation summary");
    const text = await summaryText(output, "Self-evaluation summary");
    for (const s of [
      "88.48",
      "grade Good",
      "86.37%",
      "99.68%",
      "831.88",
      "758.34",
      "Main problems",
      "Next steps",
    ])
      expect(text).toContain(s);
    for (const [name] of missed) expect(text).toContain(`"${name}"`);
  });

  test("no figure in the summary is a constant", async () => {
    const { result } = await evaluateFile(samplePath);
    // Column A holds the report; column B the stale checks, which hold what the report was written with.
    const formulas = result.plan.newSheets[0].cells.filter(
      (c) => c.kind === "formula" && c.col === 0 && c.row !== 1,
    );
    expect(formulas.length).toBeGreaterThan(15);
    for (const c of formulas)
      expect({ row: c.row, constants: constantsIn(c.kind === "formula" ? c.formula : "") }).toEqual({
        row: c.row,
        constants: [],
      });
    // The checker itself can fail: a constant figure is caught.
    expect(constantsIn(`"得分"&TEXT(88.48,"0.00")`)).toEqual(["88.48"]);
  });

  test("editing a source cell and recalculating changes the sentence", async () => {
    const { result, output } = await evaluateFile(samplePath);
    const total = result.evaluations[0].budget?.lines.find((l) => l.level === 0);
    const table = result.tables.find((t) => t.kind === "budget");
    expect(total && table && table.columns.actual !== undefined).toBeTruthy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    wb.getWorksheet("支出")!.getCell(a1((total?.row ?? 1) - 1, table?.columns.actual ?? 0)).value = 700;
    const edited = path.join(tempDir("pse-edit-"), "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const text = await summaryText(edited, "绩效自评报告");
    expect(text).toContain("全年支出数为700.00万元");
    expect(text).toContain("⚠ 数据已修改，本报告需重新生成");
    expect(text).toContain(`预算执行率为${((700 / 831.88) * 100).toFixed(2)}%`);
    expect(text).not.toContain("758.34");
  });
});
