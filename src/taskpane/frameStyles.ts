/**
 * The frame's layout (Shell.tsx) as plain style objects, applied inline: the start-up chunk then
 * carries no run-time CSS-in-JS compiler. Griffel's makeStyles turns style objects into atomic CSS
 * on first use, in the browser (stylis, rtl-css-js, hashing), and that alone cost about as much as
 * rendering the frame; Fluent UI's own components ship precompiled styles. The values are the
 * theme's tokens (CSS variables set by FluentProvider), as in makeStyles. No right-to-left language
 * is offered, so nothing needs flipping.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

export const frameStyles = {
  root: {
    boxSizing: "border-box",
    minHeight: "100vh",
    width: "100%",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
} satisfies Record<string, CSSProperties>;

/**
 * A small pill, styled like Fluent's Badge from the theme's tokens (the Badge component itself
 * would add ~3 KB gzipped for two labels): the preview badge inline here, the flag counts through
 * makeStyles (styles.ts).
 */
export const pillStyles = {
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
} satisfies Record<string, CSSProperties>;
