/** Checks on where a run writes, made before any work so a refused file costs nothing. */
import * as fs from "fs";
import * as path from "path";
import { FileError } from "./fileError";

export function checkOutputs(input: string, outputs: readonly (string | null)[], force: boolean): void {
  for (const output of outputs) {
    if (output === null) continue;
    if (path.resolve(input) === path.resolve(output))
      throw new FileError(`${input}: --out would overwrite the input; choose another file`);
    // A reviewer's earlier output may carry their edits: replacing it is an explicit choice.
    if (!force && fs.existsSync(output))
      throw new FileError(`${input}: ${output} already exists; pass --force to replace it`);
  }
}

export function writeFileMakingDir(file: string, text: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}
