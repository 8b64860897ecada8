/**
 * The weights framework check: each 一级 block the pack's framework names should weigh what it
 * says (产出 50 / 效益 30 / 满意度 10 / 执行 10; 管理效能 40 / 履职效能 60). Only when every block of
 * the framework is present: 财预〔2020〕10号 lets a missing 满意度 block's weight move to the others.
 */
import type { BlockResult } from "../result";
import type { WeightFramework } from "./pack";

export interface WeightFinding {
  /** The block's 一级 text, or null for the execution 分值. */
  readonly level1: string | null;
  readonly stated: number;
  readonly expected: number;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export function weightFindings(
  framework: WeightFramework | null,
  blocks: readonly BlockResult[],
  executionWeight: number | null,
): WeightFinding[] {
  if (!framework) return [];
  const level1 = blocks.filter((b) => b.level2 === "");
  const found = framework.blocks.map((f) => ({
    f,
    hits: level1.filter((b) => f.match.some((m) => b.level1.includes(m))),
  }));
  if (found.some((x) => x.hits.length === 0)) return [];
  const out: WeightFinding[] = [];
  for (const { f, hits } of found) {
    const stated = hits.reduce((s, b) => s + b.weight, 0);
    if (!near(stated, f.weight)) out.push({ level1: hits[0].level1, stated, expected: f.weight });
  }
  if (framework.execution !== null && executionWeight !== null && !near(executionWeight, framework.execution))
    out.push({ level1: null, stated: executionWeight, expected: framework.execution });
  return out;
}
