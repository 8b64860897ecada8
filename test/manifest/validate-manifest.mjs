#!/usr/bin/env node
/**
 * Validates Office add-in XML manifests offline against the XSDs in
 * schemas/office-addin-manifest/ (the root schema imports the others from the same folder),
 * with libxml2-wasm: no network, no native xmllint.
 *
 *   node test/manifest/validate-manifest.mjs [manifest.xml ...]     (default: manifest.xml)
 *
 * Prints one JSON line per manifest: {"file", "valid", "errors": [{"line", "message"}]}.
 * Exit code: 0 all valid, 1 some invalid, 2 could not run (bad schema, unreadable file).
 *
 * An ES module run in a child process because libxml2-wasm is ESM-only with top-level await,
 * which Jest's CommonJS runtime cannot import; manifest.test.ts spawns this script.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XmlDocument, XmlParseError, XmlValidateError, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const schemaPath = path.join(repoRoot, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

/** libxml2 reads the imported XSDs through this provider, relative to the schema's URL. */
xmlRegisterFsInputProviders();

function errorsOf(err) {
  if (err instanceof XmlValidateError || err instanceof XmlParseError) {
    return err.details.map((d) => ({ line: d.line, message: d.message.trim() }));
  }
  throw err;
}

function validateFile(validator, file) {
  let doc;
  try {
    doc = XmlDocument.fromBuffer(fs.readFileSync(file), { url: file });
  } catch (err) {
    return { file, valid: false, errors: errorsOf(err) };
  }
  try {
    validator.validate(doc);
    return { file, valid: true, errors: [] };
  } catch (err) {
    return { file, valid: false, errors: errorsOf(err) };
  } finally {
    doc.dispose();
  }
}

function main(argv) {
  const files = (argv.length > 0 ? argv : [path.join(repoRoot, "manifest.xml")]).map((f) => path.resolve(f));
  const schemaDoc = XmlDocument.fromBuffer(fs.readFileSync(schemaPath), { url: schemaPath });
  const validator = XsdValidator.fromDoc(schemaDoc);
  let allValid = true;
  try {
    for (const file of files) {
      const result = validateFile(validator, file);
      allValid &&= result.valid;
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } finally {
    validator.dispose();
    schemaDoc.dispose();
  }
  return allValid ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`validate-manifest: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 2;
}
