/** Rule preset, grade band lower bounds (优 / 良 / 中), review mode and the pane's language. */
import {
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import type { RunOptions } from "../core/result";
import type { Grade, Lang } from "../core/types";
import { RulesField } from "./RulesField";
import type { Strings } from "./strings";
import { useSectionStyles } from "./styles";

export type Bands = NonNullable<RunOptions["gradeBands"]>;
export type RulePreset = RunOptions["rules"];

export interface SettingsPanelProps {
  readonly rules: RulePreset;
  readonly bands: Bands;
  readonly lang: Lang;
  readonly strings: Strings;
  readonly disabled: boolean;
  readonly onRules: (rules: RulePreset) => void;
  /** Reads and checks a rules file; resolves to its problems (none: it is now the pack in use). */
  readonly onLoadRules: (file: File) => Promise<readonly string[]>;
  readonly onBands: (bands: Bands) => void;
  readonly onLang: (lang: Lang) => void;
  /** Review mode (复核), stored with the workbook's settings. */
  readonly review: boolean;
  readonly onReview: (review: boolean) => void;
}

const useStyles = makeStyles({
  bands: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  spin: { width: "80px" },
});

const bandOrder: readonly Exclude<Grade, "poor">[] = ["excellent", "good", "fair"];

/** The number a SpinButton change means: its value, or the typed text; null when not a number 0–100. */
function spinValue(value: number | null | undefined, displayValue: string | undefined): number | null {
  const n = typeof value === "number" ? value : Number(displayValue);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const { rules, bands, lang, strings, disabled, onRules, onLoadRules, onBands, onLang, review, onReview } =
    props;
  const s = useStyles();
  const sec = useSectionStyles();
  return (
    <section className={sec.section} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={sec.heading}>
        <Subtitle2>{strings.settings}</Subtitle2>
      </h2>
      <Field label={strings.language}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => onLang(d.value as Lang)}>
          <Radio value="zh-CN" label="中文" />
          <Radio value="en-US" label="English" />
        </RadioGroup>
      </Field>
      <RulesField
        rules={rules}
        strings={strings}
        disabled={disabled}
        onRules={onRules}
        onLoad={onLoadRules}
      />
      <fieldset className={s.bands}>
        <legend className={s.legend}>{strings.gradeBands}</legend>
        {bandOrder.map((g) => (
          <Field key={g} label={strings.bandLabel(g)} size="small">
            <SpinButton
              className={s.spin}
              size="small"
              min={0}
              max={100}
              disabled={disabled}
              value={bands[g]}
              onChange={(_, d) => {
                const n = spinValue(d.value, d.displayValue);
                if (n !== null) onBands({ ...bands, [g]: n });
              }}
            />
          </Field>
        ))}
      </fieldset>
      <Field hint={strings.reviewModeHint}>
        <Switch
          label={strings.reviewMode}
          checked={review}
          disabled={disabled}
          onChange={(_, d) => onReview(d.checked)}
        />
      </Field>
    </section>
  );
}
