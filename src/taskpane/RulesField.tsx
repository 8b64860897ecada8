/**
 * The rule pack: a list of the shipped packs, "load a rules file", and the chosen pack's name and
 * source. Reading and checking a file is the caller's (onLoad); this only shows what came back.
 */
import { Button, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { RuleChoice } from "../core/evaluate/rules";
import type { RulePack } from "../core/rules/pack";
import { packNamed, shippedPacks } from "../core/rules/shipped";
import type { Strings } from "./strings";

export interface RulesFieldProps {
  readonly rules: RuleChoice;
  readonly strings: Strings;
  readonly disabled: boolean;
  readonly onRules: (rules: RuleChoice) => void;
  /** Reads and checks a rules file; resolves to its problems (none: it is now the pack in use). */
  readonly onLoad: (file: File) => Promise<readonly string[]>;
}

const useStyles = makeStyles({
  // Stacked, the list as wide as the pane: a native select is otherwise as wide as its longest title.
  row: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  select: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  },
  source: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
});

const FILE_VALUE = "\u0000file";

export function RulesField({ rules, strings, disabled, onRules, onLoad }: RulesFieldProps): JSX.Element {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const pack: RulePack | undefined = typeof rules === "string" ? packNamed(rules) : rules;
  const fromFile = typeof rules !== "string";
  const label = (p: RulePack): string =>
    (strings.rulePresets as Readonly<Record<string, string>>)[p.name] ?? p.title;
  return (
    <Field label={strings.rules}>
      <div className={s.row}>
        <Select
          className={s.select}
          value={fromFile ? FILE_VALUE : (pack?.name ?? "")}
          disabled={disabled}
          onChange={(_, d) => {
            setProblems([]);
            if (d.value !== FILE_VALUE) onRules(d.value);
          }}
        >
          {shippedPacks.map((p) => (
            <option key={p.name} value={p.name}>
              {label(p)}
            </option>
          ))}
          {fromFile && <option value={FILE_VALUE}>{strings.rulesFromFile(rules.title)}</option>}
        </Select>
        <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
          {strings.loadRules}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={strings.loadRules}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void onLoad(file).then(setProblems);
          }}
        />
      </div>
      {pack && (
        <Caption1 className={s.source}>
          {pack.name} · {strings.rulesSource}
          {pack.source}
        </Caption1>
      )}
      {problems.length > 0 && (
        <ul className={s.problems} role="alert">
          <li>{strings.rulesRefused}</li>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </Field>
  );
}
