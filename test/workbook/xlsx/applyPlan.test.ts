import {
  applyPlanToXlsx,
  loadXlsx,
  loadXlsxBuffer,
  toBuffer,
  type XlsxDocument,
} from "../../../src/workbook/xlsx";
import { applyPlanContract } from "../applyPlanContract";

applyPlanContract<XlsxDocument>({
  name: "ExcelJS adapter",
  load: loadXlsx,
  loadBuffer: (buf) => loadXlsxBuffer(buf),
  apply: applyPlanToXlsx,
  buffer: toBuffer,
  data: (doc) => doc.data,
});
