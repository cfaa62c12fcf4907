// LibreOffice as an independent reader: converts an xlsx to xlsx with a profile that recalculates
// every formula on load (TOOLCHAIN.md), so totals rows are computed by LibreOffice, not by us.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  const dir = mkdtempSync(join(tmpdir(), 'koppelkans-lo-'));
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), xcu);
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const out = join(dir, 'out');
  execFileSync(soffice, [
    `-env:UserInstallation=file://${profile}`, '--headless', '--norestore',
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input,
  ], { stdio: 'pipe', timeout: timeoutMs });
  return new Uint8Array(readFileSync(join(out, name)));
}
