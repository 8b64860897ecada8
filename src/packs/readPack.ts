/**
 * A rule pack from a file's text: JSON, then the schema (schemas/rule-pack.schema.json, compiled
 * ahead of time into packSchemaValidator.ts), then the bands (core checkPack). Shared by the
 * command line and the pane; the shells read the file, this only checks what they read.
 */
import type { RulePack } from "../core/rules/pack";
import { checkPack } from "../core/rules/checkPack";
import { validate as generated } from "./packSchemaValidator";

/** The generated validator's shape (its file is not type-checked): Ajv's, errors on the function. */
const validate = generated as unknown as ((data: unknown) => boolean) & { errors?: unknown[] | null };

export type PackReading =
  | { readonly ok: true; readonly pack: RulePack }
  /** Each problem one line: "FILE: /field: what is allowed". */
  | { readonly ok: false; readonly problems: readonly string[] };

/** An Ajv error as the generated validator reports it (verbose: with the schema and the data). */
interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  readonly schema?: unknown;
  readonly parentSchema?: { readonly properties?: Record<string, unknown> };
  readonly data?: unknown;
}

const list = (xs: readonly unknown[]): string => xs.map((x) => JSON.stringify(x)).join(", ");

function describe(e: SchemaError): { field: string; message: string } {
  const at = e.instancePath || "/";
  switch (e.keyword) {
    case "additionalProperties": {
      const field = `${e.instancePath}/${String(e.params.additionalProperty)}`;
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      return {
        field,
        message: allowed.length ? `unknown field; allowed here: ${allowed.join(", ")}` : "unknown field",
      };
    }
    case "required":
      return { field: `${e.instancePath}/${String(e.params.missingProperty)}`, message: "is required" };
    case "enum":
      return { field: at, message: `must be one of ${list(e.params.allowedValues as unknown[])}` };
    case "const":
      return { field: at, message: `must be ${JSON.stringify(e.params.allowedValue)}` };
    case "type":
      return {
        field: at,
        message: `must be ${String(e.params.type).replace(",", " or ")}, not ${JSON.stringify(e.data)}`,
      };
    case "discriminator":
      return {
        field: `${at === "/" ? "" : at}/kind`,
        message: 'must be one of "proportional", "stepped", "banded"',
      };
    default:
      return { field: at, message: `${e.message ?? "is not allowed"} (${JSON.stringify(e.data)})` };
  }
}

/** One line per field: a oneOf's own error is told through its branches' errors at the same place. */
function schemaProblems(errors: readonly SchemaError[]): { field: string; message: string }[] {
  const oneOfs = errors.filter((e) => e.keyword === "oneOf");
  const out: { field: string; message: string }[] = [];
  for (const e of errors) {
    if (e.keyword === "oneOf") continue;
    const branch = oneOfs.find((o) => e.schemaPath.startsWith(o.schemaPath.replace(/\/oneOf$/, "/oneOf/")));
    // A value that is not an object fails every object branch with noise: keep only what it could be.
    if (branch && typeof branch.data !== "object" && e.instancePath !== branch.instancePath) continue;
    if (branch && typeof branch.data !== "object" && e.keyword === "type" && e.params.type === "object")
      continue;
    if (branch && branch.data === null && e.keyword === "type") continue;
    out.push(describe(e));
  }
  for (const o of oneOfs)
    if (!out.some((p) => p.field.startsWith(o.instancePath || "/")))
      out.push({ field: o.instancePath || "/", message: "matches none of the allowed forms" });
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.field}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function readPack(text: string, file: string): PackReading {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return {
      ok: false,
      problems: [`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
  return checkPackValue(json, file);
}

/** A value already parsed (the pane's stored settings): the same checks as a file. */
export function checkPackValue(json: unknown, file: string): PackReading {
  if (!validate(json)) {
    const errors = (validate.errors ?? []) as readonly SchemaError[];
    return { ok: false, problems: schemaProblems(errors).map((p) => `${file}: ${p.field}: ${p.message}`) };
  }
  const { $schema: _schema, ...pack } = json as RulePack & { $schema?: string };
  const problems = checkPack(pack);
  if (problems.length > 0)
    return { ok: false, problems: problems.map((p) => `${file}: ${p.field}: ${p.message}`) };
  return { ok: true, pack };
}
