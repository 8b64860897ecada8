/** Table detection: header vocabulary, table mappings, budget numbering levels, evaluation groups. */
export { detectTables, OWN_SHEET_PREFIX, type DetectedTable } from "./detectTables";
export { budgetLevels, childrenOf, type LineLevel } from "./budgetHierarchy";
export { groupEvaluations, type EvaluationGroup } from "./groupEvaluations";
export {
  BUDGET_VOCABULARY,
  INDICATOR_VOCABULARY,
  GROUP_LABELS,
  TOTAL_ROW_LABELS,
  type RolePhrases,
  type TableVocabulary,
} from "./headerVocabulary";
export { assignRoles, type ColumnHeader } from "./matchHeaders";
export { normaliseHeader } from "./normalize";
export { isTotalLabel, isPlaceholderText, totalLabel } from "./tableExtent";
