/**
 * The order of a worksheet's and a workbook's children (CT_Worksheet, CT_Workbook in
 * schemas/ooxml/transitional/sml.xsd): an element inserted into the part goes before the first
 * child that the schema puts after it.
 */
const WORKSHEET = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

const WORKBOOK = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

const following = (order: readonly string[], local: string): ReadonlySet<string> =>
  new Set(order.slice(order.indexOf(local) + 1));

/** The worksheet children the schema puts after `local`. */
export function worksheetChildrenAfter(local: (typeof WORKSHEET)[number]): ReadonlySet<string> {
  return following(WORKSHEET, local);
}

/** The workbook children the schema puts after `local`. */
export function workbookChildrenAfter(local: (typeof WORKBOOK)[number]): ReadonlySet<string> {
  return following(WORKBOOK, local);
}
