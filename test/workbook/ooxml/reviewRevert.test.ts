/**
 * Revert after a reviewer worked in review mode's columns: a 复核得分 typed over the tool's formula
 * goes with the tool's cells (as every user edit of a tool cell does), a 复核扣分原因 the tool never
 * wrote stays, and reviewerEntries says so before the revert; every other cell is as before the first
 * run. The reviewer types in a real xlsx (ExcelJS, as a person's spreadsheet saves it).
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { displayRef } from "../../../src/core/cellRef";
import type { WorkbookData } from "../../../src/core/grid";
import { recordFromData } from "../../../src/core/revert";
import { reviewerEntries } from "../../../src/core/revert/reviewerEntries";
import { loadPackage, revertPackage, savePackage } from "../../../src/workbook/ooxml";
import { evaluateFile, samplePath, tempDir } from "../../helpers/evaluateFile";

const values = (data: WorkbookData): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  for (const g of data.sheets)
    g.rows.forEach((r, i) =>
      r?.forEach((c, j) => {
        if (c && c.value !== null && c.value !== "")
          out.set(displayRef({ sheet: g.name, row: i, col: j }), c.value);
      }),
    );
  return out;
};

test("revert removes a typed 复核得分 with the tool's cells, leaves the reviewer's reason, and says which", async () => {
  const original = (await loadPackage(samplePath)).data;
  const first = await evaluateFile(samplePath, { review: true });
  const line = [...first.result.details[0].cells.review!.indicators.values()][1];
  const score = line.cells.score!;
  const reason = line.cells.reason!;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(first.output);
  const ws = book.getWorksheet(line.sheet)!;
  ws.getCell(score.row + 1, score.col + 1).value = 3;
  ws.getCell(reason.row + 1, reason.col + 1).value = "佐证不足";
  const dir = tempDir("pse-review-revert-");
  const edited = path.join(dir, "edited.xlsx");
  await book.xlsx.writeFile(edited);
  const rerun = await evaluateFile(edited, { review: true }, dir);

  const doc = await loadPackage(rerun.output);
  const entries = reviewerEntries(recordFromData(doc.data)!, doc.data);
  expect(entries.removed.map(displayRef)).toEqual([displayRef(score)]);
  expect(entries.left.map(displayRef)).toEqual([displayRef(reason)]);
  expect(revertPackage(doc)).not.toBeNull();
  const out = path.join(dir, "reverted.xlsx");
  await savePackage(doc, out);

  const after = values((await loadPackage(out)).data);
  const expected = values(original);
  expected.set(displayRef(reason), "佐证不足");
  expect([...after].sort()).toEqual([...expected].sort());
});
