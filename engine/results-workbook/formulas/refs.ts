// Where the scenario's inputs sit in the input sheets that engine/workbook/write lays out: the
// Settings value in column B, one row per setting in settingDefs order (with any kept non-setting
// rows between them, engine/workbook/write settingsLayout); table sheets with their
// columns in sheetDefs order and one row per item in scenario order (row 1 is the header). The
// formulas point at these cells, so a change to an input cell moves the results.
import type { Lang } from '../../i18n';
import { sheetDefs } from '../../scenario/columns';
import type { Scenario, SheetKey } from '../../scenario/schema';
import { settingsLayout } from '../../workbook/write';
import { addr, sheetRef } from './xlsx';

export class InputRefs {
  /** Sheet row of each setting: rows that are not settings (kept from the user's workbook) may
   *  stand between them. */
  private readonly settingRows = new Map<string, number>();

  constructor(readonly lang: Lang, settingsExtra?: Scenario['settingsExtra']) {
    let row = 2;
    for (const r of settingsLayout(settingsExtra)) {
      if ('setting' in r) this.settingRows.set(r.setting.key, row);
      row++;
    }
  }

  sheetName(key: SheetKey): string {
    const def = sheetDefs.find((d) => d.key === key);
    if (!def) throw new Error(`unknown sheet ${key}`);
    return def[this.lang];
  }

  /** Absolute reference to a Settings value, e.g. 'Settings'!$B$12. */
  setting(key: string): string {
    const row = this.settingRows.get(key);
    if (row === undefined) throw new Error(`unknown setting ${key}`);
    return `${sheetRef(this.sheetName('settings'))}!$B$${row}`;
  }

  /** Absolute reference to a field of item `index` (0-based, scenario order) of a table sheet. */
  cell(sheet: SheetKey, field: string, index: number): string {
    const def = sheetDefs.find((d) => d.key === sheet)!;
    const c = def.columns.findIndex((x) => x.key === field);
    if (c < 0) throw new Error(`unknown column ${sheet}.${field}`);
    const a = addr(c, index + 2);
    return `${sheetRef(def[this.lang])}!$${a.replace(/(\d+)$/, '$$$1')}`;
  }
}
