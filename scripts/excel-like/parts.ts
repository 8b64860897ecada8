/** The package parts around the worksheets, as Excel writes them (see sheets.ts). */
import { encodeXml } from "../../src/workbook/ooxml/xml";
import { DECL, NS, uid } from "./namespaces";
import { TABLE_COLUMNS } from "./sheets";

const CT = "application/vnd.openxmlformats-officedocument";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const SHEETS = ["绩效指标", "说明"] as const;

export function contentTypes(): string {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    DECL +
    `<Types xmlns="${NS.types}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    o("/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`) +
    o("/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`) +
    o("/xl/worksheets/sheet2.xml", `${CT}.spreadsheetml.worksheet+xml`) +
    o("/xl/theme/theme1.xml", `${CT}.theme+xml`) +
    o("/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`) +
    o("/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`) +
    o("/xl/calcChain.xml", `${CT}.spreadsheetml.calcChain+xml`) +
    o("/xl/tables/table1.xml", `${CT}.spreadsheetml.table+xml`) +
    o("/xl/comments1.xml", `${CT}.spreadsheetml.comments+xml`) +
    o("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    o("/docProps/app.xml", `${CT}.extended-properties+xml`) +
    "</Types>"
  );
}

function rels(list: readonly [string, string][]): string {
  return (
    DECL +
    `<Relationships xmlns="${NS.pkgRels}">` +
    list
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

export const packageRels = () =>
  rels([
    [`${REL}/officeDocument`, "xl/workbook.xml"],
    [
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml",
    ],
    [`${REL}/extended-properties`, "docProps/app.xml"],
  ]);

export const workbookRels = () =>
  rels([
    [`${REL}/worksheet`, "worksheets/sheet1.xml"],
    [`${REL}/worksheet`, "worksheets/sheet2.xml"],
    [`${REL}/theme`, "theme/theme1.xml"],
    [`${REL}/styles`, "styles.xml"],
    [`${REL}/sharedStrings`, "sharedStrings.xml"],
    [`${REL}/calcChain`, "calcChain.xml"],
  ]);

export const sheet1Rels = () =>
  rels([
    [`${REL}/table`, "../tables/table1.xml"],
    [`${REL}/vmlDrawing`, "../drawings/vmlDrawing1.vml"],
    [`${REL}/comments`, "../comments1.xml"],
  ]);

export function workbook(): string {
  return (
    DECL +
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    `xmlns:x15="${NS.x15}" xmlns:xr="${NS.xr}" xmlns:xr6="${NS.xr6}" xmlns:xr10="${NS.xr10}" xmlns:xr2="${NS.xr2}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    '<workbookPr defaultThemeVersion="166925"/>' +
    `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\绩效\\" xmlns:x15ac="${NS.x15ac}"/></mc:Choice></mc:AlternateContent>` +
    `<xr:revisionPtr revIDLastSave="0" documentId="8_{${"0".repeat(8)}-0000-4000-8000-000000000000}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
    `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="${uid(7)}"/></bookViews>` +
    `<sheets>${SHEETS.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    "<definedNames>" +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">绩效指标!$A$1:$J$9</definedName>' +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">绩效指标!$1:$2</definedName>' +
    '<definedName name="权重合计">绩效指标!$H$9</definedName>' +
    "</definedNames>" +
    '<calcPr calcId="191029"/>' +
    "<extLst>" +
    `<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${NS.x15}"><x15:workbookPr chartTrackingRefBase="1"/></ext>` +
    `<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:LET_WF"/></xcalcf:calcFeatures></ext>` +
    "</extLst></workbook>"
  );
}

export function styles(): string {
  const font = (extra: string) =>
    `<font>${extra}<sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>`;
  return (
    DECL +
    `<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="${NS.x16r2}" xmlns:xr="${NS.xr}">` +
    '<numFmts count="1"><numFmt numFmtId="176" formatCode="0.0%"/></numFmts>' +
    `<fonts count="3" x14ac:knownFonts="1">${font("")}${font("<b/>")}<font><b/><sz val="16"/><color theme="1"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>' +
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
    '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "<extLst>" +
    `<ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${NS.x14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>` +
    `<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="${NS.x15}"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext>` +
    "</extLst></styleSheet>"
  );
}

export function table(): string {
  return (
    DECL +
    `<table xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr xr3" xmlns:xr="${NS.xr}" xmlns:xr3="${NS.xr3}" ` +
    `id="1" xr:uid="${uid(8)}" name="表1" displayName="表1" ref="A2:J8" totalsRowShown="0">` +
    `<autoFilter ref="A2:J8" xr:uid="${uid(9)}"/>` +
    `<tableColumns count="${TABLE_COLUMNS.length}">` +
    TABLE_COLUMNS.map(
      (n, i) => `<tableColumn id="${i + 1}" xr3:uid="${uid(20 + i)}" name="${encodeXml(n)}"/>`,
    ).join("") +
    "</tableColumns>" +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

export function comments(): string {
  const rPr = (b: boolean) =>
    `<rPr>${b ? "<b/>" : ""}<sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>`;
  return (
    DECL +
    `<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}">` +
    "<authors><author>财务科</author></authors><commentList>" +
    `<comment ref="G4" authorId="0" shapeId="0" xr:uid="${uid(10)}"><text>` +
    `<r>${rPr(true)}<t>财务科:</t></r><r>${rPr(false)}<t xml:space="preserve">\n两场培训因场地调整取消，已说明原因。</t></r>` +
    "</text></comment></commentList></comments>"
  );
}

export function vmlDrawing(): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
    ' <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\n  path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;\n  margin-left:480pt;margin-top:40pt;width:108pt;height:59.25pt;z-index:1;\n  visibility:hidden\' fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">\n' +
    '  <v:fill color2="infoBackground [80]"/>\n  <v:shadow color="none [81]" obscured="t"/>\n  <v:path o:connecttype="none"/>\n  <v:textbox style=\'mso-direction-alt:auto\'>\n   <div style=\'text-align:left\'></div>\n  </v:textbox>\n' +
    '  <x:ClientData ObjectType="Note">\n   <x:MoveWithCells/>\n   <x:SizeWithCells/>\n   <x:Anchor>\n    7, 15, 3, 2, 9, 15, 7, 4</x:Anchor>\n   <x:AutoFill>False</x:AutoFill>\n   <x:Row>3</x:Row>\n   <x:Column>6</x:Column>\n  </x:ClientData>\n </v:shape></xml>'
  );
}

export function calcChain(): string {
  return (
    DECL + `<calcChain xmlns="${NS.main}"><c r="H9" i="1" l="1"/><c r="B1" i="2"/><c r="B2"/></calcChain>`
  );
}

export function app(): string {
  const vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  return (
    DECL +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${vt}">` +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="4" baseType="variant">' +
    "<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>" +
    "<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant>" +
    '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="5" baseType="lpstr">' +
    "<vt:lpstr>绩效指标</vt:lpstr><vt:lpstr>说明</vt:lpstr><vt:lpstr>绩效指标!Print_Area</vt:lpstr><vt:lpstr>绩效指标!Print_Titles</vt:lpstr><vt:lpstr>权重合计</vt:lpstr>" +
    "</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>" +
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
  );
}

export function core(): string {
  return (
    DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:creator>财务科</dc:creator><cp:lastModifiedBy>财务科</cp:lastModifiedBy>" +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2022-03-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2022-03-15T00:00:00Z</dcterms:modified>' +
    "</cp:coreProperties>"
  );
}
