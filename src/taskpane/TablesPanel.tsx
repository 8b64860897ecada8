/**
 * The tables found: kind, sheet, header and data rows, and which column plays each role. Each
 * role has a dropdown; a change is reported through onChange (the App saves it for the next run).
 * The dropdown is Fluent's Select (a native <select>) rather than the Dropdown combobox: it fits a
 * 320 px pane, works the platform's way on touch and keyboard, and keeps the combobox and its
 * popup positioning (~20 KB gzipped) out of the bundle. Each table opens and closes with a
 * disclosure button (aria-expanded) rather than Fluent's Accordion: the Accordion alone brought
 * Tabster's focus management and the motion library (~20 KB gzipped) into the pane's first load.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
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
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  header: { justifyContent: "flex-start", textAlign: "left", width: "100%", minWidth: 0 },
  chevron: { width: "1em", flexShrink: 0 },
  roles: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
  },
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

function tableKey(t: TableMapping): string {
  return `${t.sheet}:${t.headerTop}:${t.kind}`;
}

export function TablesPanel({ tables, strings, disabled, onChange }: TablesPanelProps): JSX.Element {
  const s = useStyles();
  const sec = useSectionStyles();
  /** The tables shown open, by key: a rerun that finds the same tables keeps them open. */
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <section className={sec.section} aria-labelledby="tables-heading">
      <h2 id="tables-heading" className={sec.heading}>
        <Subtitle2>{strings.tables}</Subtitle2>
      </h2>
      {tables !== null && tables.length === 0 && <Body1 data-testid="no-tables">{strings.noTables}</Body1>}
      {tables !== null && tables.length > 0 && (
        <div className={s.list}>
          {tables.map((t, i) => {
            const key = tableKey(t);
            const expanded = open.has(key);
            return (
              <div key={key}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={s.header}
                  aria-expanded={expanded}
                  aria-controls={`table-${i}`}
                  onClick={() => toggle(key)}
                >
                  <span aria-hidden className={s.chevron}>
                    {expanded ? "▾" : "▸"}
                  </span>
                  <span className={sec.wrap}>
                    {strings.tableKind[t.kind]} · {t.sheet}
                  </span>
                </Button>
                {expanded && (
                  <div id={`table-${i}`} className={s.roles}>
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
                )}
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
