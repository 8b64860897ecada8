/** Shared layout styles: one column that fits a 320 px pane, long text wrapping instead of scrolling. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { pillStyles } from "./frameStyles";

export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
  },
  wrap: {
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});

/** The flag counts' pill (the preview badge applies the same styles inline: see frameStyles.ts). */
export const usePillStyles = makeStyles({ pill: pillStyles.pill, count: pillStyles.count });
