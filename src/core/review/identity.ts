/** Who and what an evaluation is about, read from the labels real tables carry (单位, 项目名称, 年度). */
import { cellText } from "../evaluate/cellText";
import type { WorkbookData } from "../grid";

export interface Identity {
  readonly unit: string;
  readonly subject: string;
  readonly year: number | null;
}

const UNIT_LABELS = ["实施单位", "单位名称", "填报单位", "预算单位", "部门名称", "主管部门", "单位"];
const SUBJECT_LABELS = ["项目名称", "部门名称", "单位名称"];

/** The text right of the first cell whose label (colons and spaces aside) is one of `labels`. */
function labelled(wb: WorkbookData, sheet: string, labels: readonly string[]): string {
  const g = wb.sheets.find((s) => s.name === sheet) ?? wb.sheets[0];
  if (!g) return "";
  const rows = g.rows.slice(0, 40);
  for (const label of labels)
    for (const row of rows)
      for (let c = 0; c < row.length; c++) {
        const t = cellText(row[c]?.value).replace(/[\s:：()（）]/g, "");
        if (
          t !== label &&
          !(t.startsWith(label) && t.length <= label.length + 4 && /[:：]/.test(cellText(row[c]?.value)))
        )
          continue;
        const inline = cellText(row[c]?.value).split(/[:：]/)[1]?.trim();
        if (inline) return inline;
        for (let k = c + 1; k < row.length; k++) {
          const v = cellText(row[k]?.value).trim();
          if (v !== "") return v;
        }
      }
  return "";
}

function yearOf(wb: WorkbookData, sheet: string, title: string, file: string): number | null {
  const g = wb.sheets.find((s) => s.name === sheet) ?? wb.sheets[0];
  const texts = [
    title,
    ...(g ? g.rows.slice(0, 6).flatMap((r) => r.map((c) => cellText(c?.value))) : []),
    file,
  ];
  for (const t of texts) {
    const m = /(20\d\d)\s*年/.exec(t) ?? /(?:^|\D)(20\d\d)(?:\D|$)/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

export function identityOf(wb: WorkbookData, sheet: string, title: string, file: string): Identity {
  return {
    unit: labelled(wb, sheet, UNIT_LABELS),
    subject: labelled(wb, sheet, SUBJECT_LABELS) || title,
    year: yearOf(wb, sheet, title, file),
  };
}
