/**
 * Whether the pane can save a file by a blob download. Excel on the web can (a browser tab); the
 * desktop WebViews (Windows, Mac) and the iPad block downloads from a task pane, so there the pane
 * copies the report to the clipboard instead. Unknown platforms count as blocked.
 */
export function canSaveFiles(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const platform = office?.context?.platform;
  return platform !== undefined && platform === office?.PlatformType?.OfficeOnline;
}
