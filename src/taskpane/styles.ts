/** Shared layout styles: one column that fits a 320 px pane, long text wrapping instead of scrolling. */
import { makeStyles, tokens } from "@fluentui/react-components";

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

/**
 * A small pill, styled like Fluent's Badge from the theme's tokens (the Badge component itself
 * would add ~3 KB gzipped for two labels).
 */
export const usePillStyles = makeStyles({
  pill: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minWidth: "20px",
    height: "20px",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    justifyContent: "center",
    whiteSpace: "nowrap",
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteDarkOrangeForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  count: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
  },
});
