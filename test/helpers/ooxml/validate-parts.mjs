#!/usr/bin/env node
/**
 * Validates XML files against the ECMA-376 schemas in schemas/ooxml/ with libxml2-wasm, for
 * test/helpers/ooxml/schemaValidation.ts. A child process because libxml2-wasm is ESM-only with
 * top-level await, which Jest's CommonJS runtime cannot import (as test/manifest/validate-manifest.mjs).
 *
 *   node test/helpers/ooxml/validate-parts.mjs JOBS.json
 *
 * JOBS.json: [{"id", "schema", "file"}], schema a path under schemas/ooxml/. Prints one JSON object
 * {id: ["line N: message", ...]} (an empty list when valid). Exit code 2 when a schema cannot load.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XmlDocument, XmlParseError, XmlValidateError, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaRoot = path.resolve(here, "..", "..", "..", "schemas", "ooxml");

xmlRegisterFsInputProviders();

const validators = new Map();
function validatorFor(schema) {
  let v = validators.get(schema);
  if (!v) {
    const file = path.join(schemaRoot, schema);
    v = XsdValidator.fromDoc(XmlDocument.fromBuffer(fs.readFileSync(file), { url: file }));
    validators.set(schema, v);
  }
  return v;
}

function errorsOf(err) {
  if (err instanceof XmlValidateError || err instanceof XmlParseError)
    return err.details.map((d) => `line ${d.line}: ${d.message.trim()}`);
  throw err;
}

const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const out = {};
try {
  for (const job of jobs) {
    const validator = validatorFor(job.schema);
    let doc;
    try {
      doc = XmlDocument.fromBuffer(fs.readFileSync(job.file), { url: job.file });
      validator.validate(doc);
      out[job.id] = [];
    } catch (err) {
      out[job.id] = errorsOf(err);
    } finally {
      doc?.dispose();
    }
  }
} catch (err) {
  console.error(String(err?.message ?? err));
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
