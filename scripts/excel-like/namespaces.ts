/** Namespaces and extension URIs as Excel (Microsoft 365, 2016+ file format) writes them. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  x15: "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main",
  x15ac: "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac",
  x16r2: "http://schemas.microsoft.com/office/spreadsheetml/2015/02/main",
  xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision",
  xr2: "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2",
  xr3: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3",
  xr6: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision6",
  xr10: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision10",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A fixed GUID per purpose: Excel writes random ones; the fixture must come out the same each time. */
export function uid(n: number): string {
  return `{${n.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-000000000000}`;
}

/** The root attributes Excel writes on a worksheet part. */
export const WORKSHEET_NS =
  `xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" ` +
  `xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xmlns:xr2="${NS.xr2}" xmlns:xr3="${NS.xr3}"`;
