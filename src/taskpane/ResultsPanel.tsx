/**
 * The outcome of a run: per evaluation the total, the grade and the score of each 一级 / 二级
 * block; then the flags grouped by code, each a link that selects its cell in the workbook.
 */
import {
  Body1,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { displayRef, type CellRef } from "../core/cellRef";
import type { BlockResult, EvaluationResult } from "../core/result";
import { severityOf } from "../core/review";
import type { Flag } from "../core/types";
import { groupFlags } from "./flagGroups";
import type { Strings } from "./strings";
import { usePillStyles, useSectionStyles } from "./styles";

export interface ResultsPanelProps {
  readonly evaluations: readonly EvaluationResult[];
  readonly flags: readonly Flag[];
  readonly strings: Strings;
  readonly selected: CellRef | null;
  readonly onSelect: (cell: CellRef) => void;
}

const useStyles = makeStyles({
  figures: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
  },
  figure: { display: "flex", flexDirection: "column" },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  block: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  blockScore: { whiteSpace: "nowrap" },
  level1: { fontWeight: tokens.fontWeightSemibold },
  level2: { paddingLeft: tokens.spacingHorizontalL },
  groupHead: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  flag: { textAlign: "left" },
  current: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
});

function score(n: number | null): string {
  return n === null ? "—" : n.toFixed(2);
}

function BlockRow({ block }: { readonly block: BlockResult }): JSX.Element {
  const s = useStyles();
  const sec = useSectionStyles();
  const level2 = block.level2 !== "";
  return (
    <li className={mergeClasses(s.block, level2 ? s.level2 : s.level1)}>
      <span className={sec.wrap}>{level2 ? block.level2 : block.level1}</span>
      <span className={s.blockScore}>
        {score(block.score)} / {score(block.weight)}
      </span>
    </li>
  );
}

function Evaluation({
  ev,
  strings,
}: {
  readonly ev: EvaluationResult;
  readonly strings: Strings;
}): JSX.Element {
  const s = useStyles();
  const sec = useSectionStyles();
  const rate = ev.budget?.executionRate ?? null;
  return (
    <div className={sec.section}>
      {ev.title && <Subtitle2 className={sec.wrap}>{ev.title}</Subtitle2>}
      <div className={s.figures}>
        <div className={s.figure}>
          <Caption1>{strings.total}</Caption1>
          <span className={s.big} data-testid="total">
            {score(ev.totalScore)}
          </span>
        </div>
        <div className={s.figure}>
          <Caption1>{strings.grade}</Caption1>
          <span className={s.big} data-testid="grade">
            {strings.grades[ev.grade]}
          </span>
        </div>
        {rate !== null && (
          <div className={s.figure}>
            <Caption1>{strings.executionRate}</Caption1>
            <span className={s.big}>{(rate * 100).toFixed(2)}%</span>
          </div>
        )}
      </div>
      {ev.blocks.length > 0 && (
        <>
          <Caption1>{strings.blocks}</Caption1>
          <ul className={s.list} aria-label={strings.blocks}>
            {ev.blocks.map((b) => (
              <BlockRow key={`${b.sheet}!${b.firstRow}:${b.level1}/${b.level2}`} block={b} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function sameCell(a: CellRef | null, b: CellRef): boolean {
  return a !== null && a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

export function ResultsPanel({
  evaluations,
  flags,
  strings,
  selected,
  onSelect,
}: ResultsPanelProps): JSX.Element {
  const s = useStyles();
  const sec = useSectionStyles();
  const pill = usePillStyles();
  const groups = groupFlags(flags);
  return (
    <section className={sec.section} aria-labelledby="results-heading">
      <h2 id="results-heading" className={sec.heading}>
        <Subtitle2>{strings.results}</Subtitle2>
      </h2>
      {evaluations.map((ev, i) => (
        <Evaluation key={i} ev={ev} strings={strings} />
      ))}
      <h3 className={sec.heading}>
        <Subtitle2>{strings.flags}</Subtitle2>
      </h3>
      {groups.length === 0 && <Body1>{strings.noFlags}</Body1>}
      {groups.map((g) => (
        <div key={g.code} className={sec.section} data-flag-code={g.code}>
          <div className={s.groupHead}>
            <Body1 id={`flags-${g.code}`} className={s.level1}>
              {strings.flagCodes[g.code]}
            </Body1>
            <span
              className={pill.pill}
              data-severity={severityOf(g.code)}
              title={strings.severities[severityOf(g.code)]}
            >
              {severityOf(g.code)}
            </span>
            <span className={mergeClasses(pill.pill, pill.count)}>{g.flags.length}</span>
          </div>
          <ul className={s.list} aria-labelledby={`flags-${g.code}`}>
            {g.flags.map((f, i) => {
              const current = sameCell(selected, f.cell);
              return (
                <li key={i} className={sec.wrap}>
                  <Link
                    as="button"
                    className={mergeClasses(s.flag, current && s.current)}
                    aria-current={current ? "true" : undefined}
                    aria-label={`${displayRef(f.cell)} ${f.message}`}
                    onClick={() => onSelect(f.cell)}
                  >
                    {displayRef(f.cell)}
                  </Link>{" "}
                  <Caption1>{f.message}</Caption1>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
