/**
 * The worksheets of the Excel-like fixture, written as Excel writes them: shared strings (one rich),
 * spans and x14ac:dyDescent on rows, xr:uid, a frozen pane, a data bar in both the main sequence
 * and its x14 extension, an x14 data validation, print settings, a comment's legacy drawing, a
 * table part; and a sheet whose dimension reaches row 1,048,576.
 */
import { a1 } from "../../src/core/cellRef";
import { encodeXml } from "../../src/workbook/ooxml/xml";
import { DECL, NS, WORKSHEET_NS, uid } from "./namespaces";

/** The shared string table, in first-use order; item 0 is rich text. */
export class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  private uses = 0;

  /** The index of a plain string. */
  of(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(`<si><t>${encodeXml(text)}</t></si>`);
      this.index.set(text, i);
    }
    return i;
  }

  /** A rich string (runs with their own fonts), as Excel writes a header typed in two styles. */
  rich(runs: readonly { text: string; bold?: boolean }[]): number {
    this.uses++;
    const body = runs
      .map(
        (r) =>
          `<r><rPr>${r.bold ? "<b/>" : ""}<sz val="11"/><color theme="1"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr><t xml:space="preserve">${encodeXml(r.text)}</t></r>`,
      )
      .join("");
    this.items.push(`<si>${body}</si>`);
    return this.items.length - 1;
  }

  toXml(): string {
    return (
      DECL +
      `<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${this.items.length}">${this.items.join("")}</sst>`
    );
  }
}

type Value = string | number | { rich: { text: string; bold?: boolean }[] } | null;

/** Rows 1–8 (the 合计 row 9, below the table, is written with its formula); indicator table in the Sichuan layout (scripts/fixtures/sichuan.ts), one level per row: Excel tables hold no merged cells. */
export const INDICATOR_ROWS: readonly Value[][] = [
  ["2021年度项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
  [
    { rich: [{ text: "一级", bold: true }, { text: "指标" }] },
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "实际完成值",
    "权重",
    "得分",
    "偏差原因",
  ],
  ["产出指标", "数量指标", "培训人次", "≥", 200, "人次", 280, 20, null, null],
  ["产出指标", "数量指标", "培训场次", "≥", 10, "场", 8, 20, null, "部分培训因场地调整取消"],
  ["产出指标", "质量指标", "培训合格率", "≥", 90, "%", 95, 20, null, null],
  ["产出指标", "成本指标", "人均培训成本", "≤", 500, "元", 550, 20, null, "教材及场地价格上涨"],
  ["效益指标", "社会效益指标", "投诉次数", "=", 0, "次", 0, 10, null, null],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", 96, 10, null, null],
];

/** Header names of the table over A2:J8 (the text of row 2). */
export const TABLE_COLUMNS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "实际完成值",
  "权重",
  "得分",
  "偏差原因",
];

function cellXml(ss: SharedStrings, ref: string, v: Value, s: number): string {
  const st = s > 0 ? ` s="${s}"` : "";
  if (v === null) return s > 0 ? `<c r="${ref}"${st}/>` : "";
  if (typeof v === "number") return `<c r="${ref}"${st}><v>${v}</v></c>`;
  const i = typeof v === "string" ? ss.of(v) : ss.rich(v.rich);
  return `<c r="${ref}"${st} t="s"><v>${i}</v></c>`;
}

const X14_CF = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const X14_DV = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";
const DATABAR_LINK = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";

/** Style ids (see styles.ts): 1 title, 2 header, 3 wrapped text. */
export function indicatorSheet(ss: SharedStrings): string {
  const rows = INDICATOR_ROWS.slice(0, 8)
    .map((cells, r) => {
      const style = r === 0 ? 1 : r === 1 ? 2 : 0;
      const body = cells
        .map((v, c) => cellXml(ss, a1(r, c), v, style || (typeof v === "string" && v.length > 8 ? 3 : 0)))
        .join("");
      const ht = r === 1 ? ' ht="28.5" customHeight="1"' : "";
      return `<row r="${r + 1}" spans="1:10"${ht} x14ac:dyDescent="0.25">${body}</row>`;
    })
    .join("");
  const total = `<row r="9" spans="1:10" x14ac:dyDescent="0.25"><c r="A9" t="s"><v>${ss.of("合计")}</v></c><c r="H9"><f>SUBTOTAL(109,表1[权重])</f><v>100</v></c></row>`;
  const data = rows + total;
  return (
    DECL +
    `<worksheet ${WORKSHEET_NS} xr:uid="${uid(1)}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<dimension ref="A1:J9"/>' +
    '<sheetViews><sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0">' +
    '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="G4" sqref="G4"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="1" max="2" width="12.625" customWidth="1"/><col min="3" max="3" width="16.625" customWidth="1"/>' +
    '<col min="4" max="9" width="9" customWidth="1"/><col min="10" max="10" width="28.625" style="3" customWidth="1"/></cols>' +
    `<sheetData>${data}</sheetData>` +
    '<mergeCells count="2"><mergeCell ref="A1:J1"/><mergeCell ref="A9:G9"/></mergeCells>' +
    '<conditionalFormatting sqref="G3:G8"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>' +
    `<extLst><ext uri="${DATABAR_LINK}" xmlns:x14="${NS.x14}"><x14:id>${uid(2)}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D3:D8" xr:uid="${uid(3)}"><formula1>"≥,≤,="</formula1></dataValidation></dataValidations>` +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.70866141732283472" right="0.70866141732283472" top="0.74803149606299213" bottom="0.74803149606299213" header="0.31496062992125984" footer="0.31496062992125984"/>' +
    '<pageSetup paperSize="9" scale="85" fitToHeight="0" orientation="landscape" horizontalDpi="600" verticalDpi="600"/>' +
    "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>" +
    '<legacyDrawing r:id="rId2"/>' +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' +
    "<extLst>" +
    `<ext uri="${X14_CF}" xmlns:x14="${NS.x14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${NS.xm}"><x14:cfRule type="dataBar" id="${uid(2)}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>G3:G8</xm:sqref></x14:conditionalFormatting>` +
    `<x14:conditionalFormatting xmlns:xm="${NS.xm}"><x14:cfRule type="iconSet" priority="2" id="${uid(4)}"><x14:iconSet iconSet="3Stars"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>H3:H8</xm:sqref></x14:conditionalFormatting>` +
    "</x14:conditionalFormattings></ext>" +
    `<ext uri="${X14_DV}" xmlns:x14="${NS.x14}"><x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="${uid(5)}"><x14:formula1><xm:f>说明!$A$5:$A$7</xm:f></x14:formula1><xm:sqref>F3:F8</xm:sqref></x14:dataValidation>` +
    "</x14:dataValidations></ext>" +
    "</extLst></worksheet>"
  );
}

/** A notes sheet: a formula on the indicator sheet (in the calculation chain), and a row formatted at the sheet's last row. */
export function notesSheet(ss: SharedStrings): string {
  const text = (ref: string, t: string) => `<c r="${ref}" t="s"><v>${ss.of(t)}</v></c>`;
  return (
    DECL +
    `<worksheet ${WORKSHEET_NS} xr:uid="${uid(6)}">` +
    '<dimension ref="A1:B1048576"/>' +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="2" max="2" width="12" style="4" customWidth="1"/></cols>' +
    "<sheetData>" +
    `<row r="1" spans="1:2" x14ac:dyDescent="0.25">${text("A1", "权重合计")}<c r="B1" s="4"><f>权重合计</f><v>100</v></c></row>` +
    `<row r="2" spans="1:2" x14ac:dyDescent="0.25">${text("A2", "培训人次完成率")}<c r="B2" s="4"><f>绩效指标!G3/绩效指标!E3</f><v>1.4</v></c></row>` +
    `<row r="5" spans="1:2" x14ac:dyDescent="0.25">${text("A5", "人次")}</row>` +
    `<row r="6" spans="1:2" x14ac:dyDescent="0.25">${text("A6", "场")}</row>` +
    `<row r="7" spans="1:2" x14ac:dyDescent="0.25">${text("A7", "%")}</row>` +
    '<row r="1048576" spans="2:2" x14ac:dyDescent="0.25"><c r="B1048576" s="4"/></row>' +
    "</sheetData>" +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}
