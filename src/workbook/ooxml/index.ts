/**
 * The package adapter: reads an .xlsx by scanning its parts and writes a WritePlan by patching
 * them, copying every part it does not change as it was. The command line uses it; the ExcelJS
 * adapter (../xlsx) remains for building workbooks in scripts and tests.
 */
export { loadPackage, loadPackageBuffer, type PackageDocument } from "./readPackage";
export { applyPlanToPackage, applyPlanWithRecordToPackage } from "./applyPackage";
export { revertPackage } from "./revertPackage";
export { savePackage, packageBuffer } from "./savePackage";
