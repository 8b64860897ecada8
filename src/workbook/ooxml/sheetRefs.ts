/**
 * What Excel does to a formula when a sheet it refers to is deleted: the sheet prefix becomes
 * `#REF!` (`=摘要!B3*2` -> `=#REF!B3*2`), so the formula shows #REF! instead of silently pointing
 * at nothing. Used when revert (or a rerun in another language) removes a sheet the product added
 * and a user's cell or defined name had come to refer to it.
 */

// Characters of an unquoted sheet name, as Excel allows them in a formula.
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/**
 * `formula` with every reference to a sheet in `gone` (sheet keys, lower case) turned into #REF!,
 * or undefined when it refers to none. String literals are left alone; external references
 * (`[1]Sheet!A1`) are not this workbook's sheets.
 */
export function breakSheetRefs(formula: string, gone: ReadonlySet<string>): string | undefined {
  if (formula.indexOf("!") < 0) return undefined;
  let out = "";
  let changed = false;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let name: string | undefined;
    let j = i;
    if (ch === "'") {
      j = i + 1;
      let n = "";
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) {
        n += formula[j];
        j += formula[j] === "'" ? 2 : 1;
      }
      j++;
      name = n;
    } else if (NAME_CHAR.test(ch) && !/[\]#!'\p{L}\p{N}_.\\]/u.test(formula[i - 1] ?? " ")) {
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      name = formula.slice(i, j);
    }
    if (name !== undefined) {
      if (formula[j] === "!" && gone.has(name.toLowerCase())) {
        out += "#REF!";
        changed = true;
      } else out += formula.slice(i, j + (formula[j] === "!" ? 1 : 0));
      i = j + (formula[j] === "!" ? 1 : 0);
      continue;
    }
    out += ch;
    i++;
  }
  return changed ? out : undefined;
}
