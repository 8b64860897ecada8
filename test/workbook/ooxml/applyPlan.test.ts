import {
  applyPlanToPackage,
  loadPackage,
  loadPackageBuffer,
  packageBuffer,
  type PackageDocument,
} from "../../../src/workbook/ooxml";
import { applyPlanContract } from "../applyPlanContract";

applyPlanContract<PackageDocument>({
  name: "package adapter",
  load: loadPackage,
  loadBuffer: (buf) => Promise.resolve(loadPackageBuffer(buf)),
  apply: applyPlanToPackage,
  buffer: (doc) => Promise.resolve(packageBuffer(doc)),
  data: (doc) => doc.data,
});
