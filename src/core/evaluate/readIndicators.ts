/**
 * Reads the rows of an indicator table into Indicators. Merged or blank 一级/二级 cells carry down
 * from the row above; heading rows (a label and nothing to score) only update that carry.
 */
import { totalLabel } from "../detect";
import { cellAt, isCellError, isEmptyCell, mergeAt, shownValue, type Cell, type Grid } from "../grid";
import { isPlaceholder, parseActual, parseMethod, parseNumber, parseTarget, pointsIn } from "../parse";
import type { Indicator, ScoringMethod, TableMapping, WeightShare } from "../types";
import { cellText } from "./cellText";

export interface IndicatorRows {
  readonly indicators: readonly Indicator[];
  /** The total row's stated weight and score, when the table has one. */
  readonly totalRow: {
    readonly row: number;
    readonly weight: number | null;
    readonly stated: number | null;
    /** Where the stated total is written when it is not in the 得分 column ("总分:83" in the label). */
    readonly statedCol?: number;
  } | null;
  /** Cells holding text or errors where a number was expected. */
  readonly badNumbers: readonly {
    readonly row: number;
    readonly col: number;
    readonly name: string;
    readonly text: string;
  }[];
}

/**
 * A row of the blank form left in: "指标2：", "……", "指标1:/" as the name, or any row whose target
 * and actual are blank or placeholders ("/", "无") with no 分值 or 得分 typed either. A row with a
 * target, an actual or a figure of its own is the unit's, however it is named.
 */
function isTemplateRow(
  name: string,
  cells: readonly (Cell | undefined)[],
  figures: readonly (Cell | undefined)[],
): boolean {
  const blank = (cell: Cell | undefined): boolean =>
    isEmptyCell(cell) || (typeof cell?.value === "string" && isPlaceholder(cell.value));
  if (!cells.every(blank)) return false;
  if (figures.every((f) => isEmptyCell(f))) return true;
  const n = name.normalize("NFKC").replace(/\s/g, "");
  return n === "" || isPlaceholder(n) || /^[.…。·]+$/.test(n) || /^指标\d*[:：]?[/\\—\-…]*$/.test(n);
}

/** `methods`: a pack's own 计分方法 words, read before the built-in ones. */
export function readIndicators(
  grid: Grid,
  t: TableMapping,
  methods: Readonly<Record<string, ScoringMethod>> = {},
): IndicatorRows {
  const c = t.columns;
  const indicators: Indicator[] = [];
  const badNumbers: { row: number; col: number; name: string; text: string }[] = [];
  let totalRow: IndicatorRows["totalRow"] = null;
  let level1 = "";
  let level2 = "";

  const num = (row: number, col: number | undefined, name: string): number | null => {
    if (col === undefined) return null;
    const cell = cellAt(grid, row, col);
    if (isEmptyCell(cell) || !cell) return null;
    const p = parseNumber(cell.value, cell.numFmt);
    if (p) return p.value;
    const text = cellText(cell.value);
    if (isCellError(cell.value) || (text !== "" && !isPlaceholder(text)))
      badNumbers.push({ row, col, name, text });
    return null;
  };
  const text = (row: number, col: number | undefined): string =>
    col === undefined ? "" : cellText(shownValue(grid, row, col));
  // The row's own cell that reads 总分 / 合计 (a label merged down from above is not the row's),
  // left of the weight and score: the label column of the MoF form, merged across or not, or the
  // 实际完成值 column where a form puts 其他需要说明事项 first.
  const figureCols = [c.weight, c.score, c.reportedScore].filter((x): x is number => x !== undefined);
  const labelRight = (figureCols.length > 0 ? Math.min(...figureCols) : t.lastCol + 1) - 1;
  const closingCell = (row: number): { stated: number | null; col: number } | null => {
    for (let col = 0; col <= labelRight; col++) {
      const m = mergeAt(grid, row, col);
      if (m && (m.top < row || m.left < col)) continue;
      const label = totalLabel(cellText(shownValue(grid, row, col)));
      if (label) return { stated: label.stated, col };
    }
    return null;
  };

  // Block weights stated in a label: the 一级 cell ("产出指标（50分）") or the table's title
  // ("年度绩效目标1（40分）"). Each indicator remembers the block it belongs to.
  const tableBlock: BlockPoints | null = t.statedWeight ? { ...t.statedWeight } : null;
  let level1Block: BlockPoints | null = null;
  const blockOf: (BlockPoints | null)[] = [];

  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const l1 = text(r, c.level1);
    const l2 = text(r, c.level2);
    if (l1 && l1 !== level1 && c.level1 !== undefined) level1Block = labelPoints(grid, r, c.level1, l1);
    if (l1) level1 = l1;
    if (l2 && l2 !== l1) level2 = l2;
    else if (l1 && c.level2 !== undefined && !l2) level2 = "";
    let name = text(r, c.name);
    const rowLabel = name || l2 || l1;
    const found = closingCell(r);
    const closing = totalLabel(rowLabel) ?? totalLabel(l1) ?? found;
    if (closing) {
      const score = c.score !== undefined ? cellAt(grid, r, c.score) : undefined;
      const inColumns =
        num(r, c.reportedScore, rowLabel) ?? (score && !score.formula ? num(r, c.score, rowLabel) : null);
      const weight = num(r, c.weight, rowLabel);
      totalRow =
        inColumns === null && closing.stated !== null
          ? { row: r, weight, stated: closing.stated, statedCol: found?.col }
          : { row: r, weight, stated: inColumns };
      continue;
    }
    const targetCol = targetColumn(grid, r, c);
    const targetCell = targetCol !== undefined ? cellAt(grid, r, targetCol) : undefined;
    const actualCell = c.actual !== undefined ? cellAt(grid, r, c.actual) : undefined;
    const weightCell = c.weight !== undefined ? cellAt(grid, r, c.weight) : undefined;
    if (isEmptyCell(targetCell) && isEmptyCell(actualCell) && isEmptyCell(weightCell)) continue;
    const scoreCell = c.score !== undefined ? cellAt(grid, r, c.score) : undefined;
    if (isTemplateRow(name, [targetCell, actualCell], [weightCell, scoreCell])) continue;
    if (!name) name = l2 || l1;
    const unit = c.unit !== undefined ? cellAt(grid, r, c.unit)?.value : undefined;
    const comparator = c.comparator !== undefined ? cellAt(grid, r, c.comparator)?.value : undefined;
    const target = parseTarget(targetCell?.value ?? null, { comparator, unit, numFmt: targetCell?.numFmt });
    const actual = parseActual(actualCell?.value ?? null, { unit, numFmt: actualCell?.numFmt, target });
    if (actualCell && isCellError(actualCell.value))
      badNumbers.push({ row: r, col: c.actual as number, name, text: cellText(actualCell.value) });
    // A typed value in the 得分 column is the department's own score; a formula there is computed.
    const reportedScore =
      num(r, c.reportedScore, name) ?? (scoreCell && !scoreCell.formula ? num(r, c.score, name) : null);
    indicators.push({
      sheet: grid.name,
      row: r,
      level1,
      level2,
      name,
      target,
      ...(targetCol !== undefined ? { targetCol } : {}),
      actual,
      weight: num(r, c.weight, name),
      weightShare: null,
      reportedScore,
      method: c.method !== undefined ? parseMethod(cellAt(grid, r, c.method)?.value ?? null, methods) : null,
      reason: text(r, c.reason),
      isTotal: false,
    });
    blockOf.push(level1Block ?? tableBlock);
  }
  return { indicators: shareBlockWeights(indicators, blockOf), totalRow, badNumbers };
}

/** The adjusted target where the row has one, else the initial target (年初指标值). */
function targetColumn(grid: Grid, row: number, c: TableMapping["columns"]): number | undefined {
  if (c.target !== undefined && (c.initialTarget === undefined || !isEmptyCell(cellAt(grid, row, c.target))))
    return c.target;
  return c.initialTarget;
}

interface BlockPoints {
  readonly value: number;
  readonly row: number;
  readonly col: number;
}

/** The points a 一级 label states, at the label's own cell (the top-left of its merge). */
function labelPoints(grid: Grid, row: number, col: number, label: string): BlockPoints | null {
  const value = pointsIn(label);
  if (value === null) return null;
  const m = mergeAt(grid, row, col);
  return { value, row: m ? m.top : row, col: m ? m.left : col };
}

/**
 * Rows with no 分值 of their own in a block with stated points get an equal share of what the
 * block's own rows leave of it; a block whose rows all carry weights keeps them.
 */
function shareBlockWeights(indicators: Indicator[], blockOf: readonly (BlockPoints | null)[]): Indicator[] {
  const groups = new Map<BlockPoints, number[]>();
  blockOf.forEach((b, i) => {
    if (!b) return;
    const list = groups.get(b);
    if (list) list.push(i);
    else groups.set(b, [i]);
  });
  const out = [...indicators];
  for (const [b, members] of groups) {
    const open = members.filter((i) => indicators[i].weight === null);
    if (open.length === 0) continue;
    const known = members.reduce((s, i) => s + (indicators[i].weight ?? 0), 0);
    const left = b.value - known;
    if (left <= 0) continue;
    const share: WeightShare = { weight: left, rows: open.length, row: b.row, col: b.col };
    for (const i of open) out[i] = { ...indicators[i], weight: left / open.length, weightShare: share };
  }
  return out;
}
