/**
 * Moving the decimal point on the digit string rather than multiplying floats, so that "86.37%"
 * becomes exactly the double nearest 0.8637 and 0.8637 prints back as "86.37".
 */

/** A number as plain decimal digits (no exponent). */
export function plainDecimal(x: number): string {
  const s = String(x);
  if (!/e/i.test(s)) return s;
  const [mant, expText] = s.split(/e/i);
  const exp = Number(expText);
  const neg = mant.startsWith("-");
  const [i, f = ""] = mant.replace("-", "").split(".");
  return (neg ? "-" : "") + shift(i, f, exp);
}

/** int.frac × 10^by as a decimal string. */
function shift(int: string, frac: string, by: number): string {
  const digits = int + frac;
  let point = int.length + by;
  let d = digits;
  if (point <= 0) {
    d = "0".repeat(1 - point) + d;
    point = 1;
  }
  if (point > d.length) d = d + "0".repeat(point - d.length);
  const head = d.slice(0, point).replace(/^0+(?=\d)/, "");
  const tail = d.slice(point).replace(/0+$/, "");
  return tail ? `${head}.${tail}` : head;
}

/** "86.37" -> 0.8637 (÷100 on the digits). */
export function percentToFraction(decimalText: string): number {
  const neg = decimalText.startsWith("-");
  const [i, f = ""] = decimalText.replace(/^[+-]/, "").split(".");
  return Number((neg ? "-" : "") + shift(i, f, -2));
}

/** 0.8637 -> "86.37" (×100 on the digits). */
export function fractionToPercentText(x: number): string {
  const s = plainDecimal(x);
  const neg = s.startsWith("-");
  const [i, f = ""] = s.replace("-", "").split(".");
  return (neg ? "-" : "") + shift(i, f, 2);
}

/** x × 10^by on the digits, so that 895000 元 is exactly 89.5 万元. */
export function shiftPoint(x: number, by: number): number {
  const s = plainDecimal(x);
  const neg = s.startsWith("-");
  const [i, f = ""] = s.replace("-", "").split(".");
  const v = Number((neg ? "-" : "") + shift(i, f, by));
  return v === 0 ? 0 : v;
}
