/**
 * Why a file found in a folder is not evaluated. Each reason says what to do about it, because a
 * reviewer batch-checking many departments' files needs to know which ones to send back, and how.
 */
import * as fs from "fs";
import * as path from "path";

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names of an encrypted OOXML package inside its OLE container, as stored (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/** The tool's own outputs: a folder run over a folder it already ran on must not evaluate them again. */
export function isOwnOutput(name: string): boolean {
  return /\.(evaluated|reverted)\.xlsx$/i.test(name) || /\.report\.json$/i.test(name);
}

/** Reasons decided by the name alone (also used for inputs named on the command line). */
export function reasonFromName(name: string): string | null {
  const lower = name.toLowerCase();
  if (name.startsWith("~$"))
    return "Excel lock file (the workbook is open in Excel); close it, it is not a workbook";
  if (/\.(evaluated|reverted)\.xlsx$/.test(lower))
    return "an output of pse; name it on the command line to evaluate it again";
  if (lower.endsWith(".report.json")) return "a report written by pse";
  if (lower.endsWith(".xls")) return "legacy .xls workbook: save it as .xlsx";
  if (lower.endsWith(".csv")) return "CSV file: open it in Excel and save as .xlsx";
  if (/\.(xlsm|xlsb|xltx|xltm|ods|et)$/.test(lower))
    return `${path.extname(lower)} file: save it as .xlsx (Excel Workbook)`;
  if (!lower.endsWith(".xlsx")) return "not an .xlsx workbook";
  return null;
}

/**
 * Reasons that need the file's first bytes: Excel saves a password-protected .xlsx as an OLE
 * compound file holding the encrypted package, the same container as a legacy .xls.
 */
export function reasonFromContent(file: string): string | null {
  if (!startsWithMagic(file)) return null;
  // Only compound files are read whole: a real .xlsx is not read twice.
  return fs.readFileSync(file).includes(ENCRYPTION_INFO)
    ? "encrypted workbook: remove the password (File > Info > Protect Workbook) and save again"
    : "a legacy .xls workbook under an .xlsx name: save it as .xlsx";
}

function startsWithMagic(file: string): boolean {
  const head = Buffer.alloc(CFB_MAGIC.length);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(CFB_MAGIC);
  } catch {
    return false; // Unreadable files are reported by the loader, with its own message.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
