/**
 * The tables found: kind, sheet, header and data rows, and which column plays each role. Each
 * role has a dropdown; a change is reported through onChange (the App saves it for the next run).
 * The dropdown is Fluent's Select (a native <select>) rather than the Dropdown combobox: it fits a
 * 320 px pane, works the platform's way on touch and keyboard, and keeps the combobox and its
 * popup positioning (~20 KB gzipped) out of the bundle.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../core/cellRef";
import type { ColumnRole, TableMapping } from "../core/types";
import { columnChoices, rolesOf } from "./mappings";
import type { Strings } from "./strings";
import { useSectionStyles } from "./styles";

export interface TablesPanelProps {
  /** null while the workbook is being read. */
  readonly tables: readonly TableMapping[] | null;
  readonly strings: Strings;
  readonly disabled: boolean;
  readonly onChange: (index: number, role: ColumnRole, col: number | null) => void;
}

const NONE = "none";

const useStyles = makeStyles({
  roles: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  select: { width: "88px", flexShrink: 0 },
});

function RoleField(props: {
  readonly table: TableMapping;
  readonly role: ColumnRole;
  readonly strings: Strings;
  readonly disabled: boolean;
  readonly onChange: (col: number | null) => void;
}): JSX.Element {
  const { table, role, strings, disabled, onChange } = props;
  const s = useStyles();
  const col = table.columns[role];
  const value = col === undefined ? NONE : String(col);
  const label = strings.roles[role];
  return (
    <Field label={label} orientation="horizontal" size="small">
      <Select
        className={s.select}
        size="small"
        disabled={disabled}
        aria-label={strings.roleColumn(label)}
        value={value}
        onChange={(_, data) => {
          if (data.value !== value) onChange(data.value === NONE ? null : Number(data.value));
        }}
      >
        <option value={NONE}>{strings.notMapped}</option>
        {columnChoices(table).map((c) => (
          <option key={c} value={String(c)}>
            {columnLetters(c)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function TablesPanel({ tables, strings, disabled, onChange }: TablesPanelProps): JSX.Element {
  const s = useStyles();
  const sec = useSectionStyles();
  return (
    <section className={sec.section} aria-labelledby="tables-heading">
      <h2 id="tables-heading" className={sec.heading}>
        <Subtitle2>{strings.tables}</Subtitle2>
      </h2>
      {tables !== null && tables.length === 0 && <Body1 data-testid="no-tables">{strings.noTables}</Body1>}
      {tables !== null && tables.length > 0 && (
        <Accordion multiple collapsible>
          {tables.map((t, i) => (
            <AccordionItem key={`${t.sheet}:${t.headerTop}:${t.kind}`} value={i}>
              <AccordionHeader size="small">
                <span className={sec.wrap}>
                  {strings.tableKind[t.kind]} · {t.sheet}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={s.roles}>
                  <Caption1 className={sec.muted}>
                    {strings.sheet} {t.sheet} · {strings.headerRows(t.headerTop + 1, t.headerBottom + 1)} ·{" "}
                    {strings.dataRows(t.firstRow + 1, t.lastRow + 1)}
                  </Caption1>
                  {rolesOf(t.kind).map((role) => (
                    <RoleField
                      key={role}
                      table={t}
                      role={role}
                      strings={strings}
                      disabled={disabled}
                      onChange={(col) => onChange(i, role, col)}
                    />
                  ))}
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
