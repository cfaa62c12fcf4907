// LibreOffice as an independent reader: converts an xlsx to xlsx with a profile that recalculates
// every formula on load (TOOLCHAIN.md), so totals rows are computed by LibreOffice, not by us.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findSoffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) if (existsSync(p)) return p;
  return null;
}

const xcu = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Round trip through LibreOffice with full recalculation; returns the bytes LibreOffice wrote. */
export function libreOfficeRoundTrip(
  soffice: string, bytes: Uint8Array, name = 'book.xlsx', timeoutMs = 120_000,
): Uint8Array {
  return convert(soffice, bytes, name, 'xlsx:Calc MS Excel 2007 XML', timeoutMs, [], (out) => new Uint8Array(readFileSync(join(out, name))));
}

/** Opens the workbook with full recalculation and returns ONE sheet (1-based) as CSV text, numbers
 *  unformatted. For very large workbooks: it measures opening and recalculating without writing
 *  every sheet back out. */
export function libreOfficeSheetCsv(
  soffice: string, bytes: Uint8Array, name: string, sheet: number, timeoutMs = 120_000, wrapper: string[] = [],
): string {
  // CSV filter options: comma, double quote, UTF-8, from line 1, standard cell format, system
  // language, ..., "save as shown" off (full precision), formulas off, ..., the sheet number.
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;
  return convert(soffice, bytes, name, filter, timeoutMs, wrapper, (out) => {
    const csv = readdirSync(out).find((f) => f.endsWith('.csv'));
    if (!csv) throw new Error('LibreOffice wrote no CSV');
    return readFileSync(join(out, csv), 'utf8');
  });
}

/** `wrapper` goes before soffice on the command line (the benchmark measures memory with
 *  /usr/bin/time). */
function convert<T>(
  soffice: string, bytes: Uint8Array, name: string, to: string, timeoutMs: number, wrapper: string[], read: (outDir: string) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), 'koppelkans-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), xcu);
    const input = join(dir, name);
    writeFileSync(input, bytes);
    const out = join(dir, 'out');
    const [cmd, ...pre] = [...wrapper, soffice];
    execFileSync(cmd as string, [...pre,
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, input,
    ], { stdio: 'pipe', timeout: timeoutMs });
    return read(out);
  } finally {
    // Workbooks at city scale are large; do not leave them behind in /tmp.
    rmSync(dir, { recursive: true, force: true });
  }
}
