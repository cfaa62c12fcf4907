// LibreOffice recalculation for the benchmark: the same forced-recalculation profile as
// tests/results-workbook/soffice.ts, with a timeout fit for a city-scale workbook.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const xcu = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function recalculate(soffice: string, bytes: Uint8Array, name: string, timeoutMs: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'koppelkans-lo-bench-'));
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
