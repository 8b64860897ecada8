/**
 * The packs that ship, as the JSON files beside this module (the same files a bureau would copy
 * and edit). test/core/rules/shipped.test.ts holds each to the schema and to checkPack.
 */
import changshaYuhua from "./packs/changsha-yuhua-2022.json";
import grades807060 from "./packs/grades-80-70-60.json";
import guangzhouDept from "./packs/guangzhou-dept.json";
import mof2020 from "./packs/mof2020.json";
import mof2020Weights from "./packs/mof2020-weights.json";
import passFail from "./packs/pass-fail.json";
import platformManual from "./packs/platform-manual.json";
import reverseRatio from "./packs/reverse-ratio.json";
import sangong from "./packs/sangong-per-point.json";
import uncapped from "./packs/uncapped-execution.json";
import yueyang from "./packs/yueyang.json";
import type { RulePack } from "./pack";

/** JSON imports widen literal types; the shipped test holds the files to the schema instead. */
const asPack = (json: unknown): RulePack => {
  const { $schema: _schema, ...pack } = json as RulePack & { $schema?: string };
  return pack;
};

/** mof2020 first: the default. */
export const shippedPacks: readonly RulePack[] = [
  mof2020,
  passFail,
  changshaYuhua,
  yueyang,
  platformManual,
  uncapped,
  reverseRatio,
  sangong,
  grades807060,
  guangzhouDept,
  mof2020Weights,
].map(asPack);

export const DEFAULT_PACK = "mof2020";

export function packNamed(name: string): RulePack | undefined {
  return shippedPacks.find((p) => p.name === name);
}
