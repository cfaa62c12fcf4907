// Configuration: the installers (checked by electron-builder's own loader and schema), the fuses,
// the Content-Security-Policy and the app:// protocol, the external-link allow-list, the menus,
// and the bundles the installers ship.
import { builtinModules, createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appProtocolHandler, resolveAppPath } from '../../electron/app-protocol';
import { nodeFileSystem } from '../../electron/fs-port';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/menu';
import { CSP, CSP_DIRECTIVES, isAllowedExternal } from '../../electron/security';
import { tempDir } from './helpers';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);

describe('electron-builder configuration', () => {
  let config: Record<string, any>;
  beforeAll(async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    config = await getConfig(root, 'electron/electron-builder.yml', null);
    // Throws on any key electron-builder 26 does not know.
    await validateConfiguration(config, new DebugLogger(false));
  });

  it('sets the fuses: no RunAsNode, encrypted cookies, no NODE_OPTIONS or --inspect, ASAR integrity', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS and dmg, with an app id, an icon and no auto-update', () => {
    expect(config.appId).toBe('nl.koppelkans.app');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
    const icon = fs.readFileSync(path.join(root, config.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    // macOS needs at least 512×512 to derive its .icns.
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('offers "Open with Koppelkans" for .xlsx without taking over from Excel', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'xlsx', role: 'Editor', rank: 'Alternate', mimeType: expect.stringContaining('spreadsheetml') }),
    ]);
  });

  it('ships the bundles and the built page, not node_modules', () => {
    // electron-builder normalises the list to [{ filter: [...] }].
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toEqual(expect.arrayContaining(['electron/dist/**', 'renderer/dist/**', '!node_modules/**']));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('electron/dist/main.cjs');
  });
});

describe('bundles', () => {
  beforeAll(async () => {
    const { buildShell } = await import('../../electron/build.mjs');
    await buildShell();
  });
  const requiresOf = (file: string) =>
    [...fs.readFileSync(path.join(root, 'electron/dist', file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);

  it('main.cjs needs only electron and Node built-ins at run time', () => {
    const external = requiresOf('main.cjs').filter((r) => r !== 'electron' && !builtinModules.includes(r.replace(/^node:/, '')));
    expect(external).toEqual([]);
  });

  it('the sandboxed preload needs nothing but electron', () => {
    expect([...new Set(requiresOf('preload.cjs'))]).toEqual(['electron']);
  });
});

describe('Content-Security-Policy', () => {
  const directive = (name: string) => CSP_DIRECTIVES.find(([k]) => k === name)?.[1];

  it('allows no remote origin, no eval and no inline script', () => {
    expect(CSP).not.toMatch(/https?:|wss?:|\*|unsafe-eval|strict-dynamic/);
    expect(directive('default-src')).toBe("'self'");
    expect(directive('script-src')).toBe("'self'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('frame-ancestors')).toBe("'none'");
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('form-action')).toBe("'none'");
    for (const [, v] of CSP_DIRECTIVES) expect(v.split(' ').every((s) => ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(s))).toBe(true);
    // Inline is allowed for styles only (recharts writes style attributes).
    expect(CSP_DIRECTIVES.filter(([, v]) => v.includes('unsafe-inline')).map(([k]) => k)).toEqual(['style-src']);
  });

  it('comes with every app:// response, and only files of renderer/dist are served', async () => {
    const dist = tempDir();
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(dist), 'secret.txt'), 'secret');
    const handle = appProtocolHandler(nodeFileSystem, dist);
    const index = await handle({ url: 'app://koppelkans/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handle({ url: 'app://koppelkans/assets/app.js?v=1', method: 'GET' });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    for (const url of [
      'app://koppelkans/../secret.txt',
      'app://koppelkans/%2e%2e/secret.txt',
      'app://koppelkans/assets/..%2F..%2Fsecret.txt',
      'app://other/index.html',
      'app://koppelkans/missing.js',
      'app://koppelkans/assets',
    ]) {
      const r = await handle({ url, method: 'GET' });
      expect(r.status, url).toBe(404);
      expect(r.headers.get('content-security-policy')).toBe(CSP);
    }
    expect((await handle({ url: 'app://koppelkans/', method: 'POST' })).status).toBe(405);
    expect(resolveAppPath(dist, 'app://koppelkans/a%00b')).toBeNull();
  });
});

describe('external links', () => {
  it('go to the system browser only for allow-listed https hosts', () => {
    expect(isAllowedExternal('https://www.rioned.org/kennis')).toBe(true);
    expect(isAllowedExternal('https://github.com/koppelkans')).toBe(true);
    for (const url of [
      'http://www.rioned.org/',
      'https://www.rioned.org.evil.example/',
      'https://evil.example/?https://www.rioned.org',
      'https://user@www.rioned.org/',
      'https://www.rioned.org:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'not a url',
    ]) {
      expect(isAllowedExternal(url), url).toBe(false);
    }
  });
});

describe('menus', () => {
  const flat = (lang: 'nl' | 'en', platform = 'linux') => {
    const sent: string[] = [];
    const t = buildMenuTemplate(lang, { send: (c) => sent.push(c), openRecent: () => undefined, about: () => undefined }, ['/x/a.xlsx'], platform);
    const items = t.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    return { t, items, sent };
  };

  it('has the shortcuts in Dutch and in English, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      for (const lang of ['nl', 'en'] as const) {
        const { items, sent } = flat(lang, platform);
        const byAcc = new Map(items.filter((i) => i.accelerator).map((i) => [i.accelerator as string, i]));
        for (const [acc, cmd] of [
          ['CmdOrCtrl+O', 'open'],
          ['CmdOrCtrl+S', 'save'],
          ['CmdOrCtrl+Shift+S', 'saveAs'],
          ['CmdOrCtrl+Z', 'undo'],
          ['CmdOrCtrl+Y', 'redo'],
          ['F5', 'present'],
          ['CmdOrCtrl+E', 'exportResults'],
          ['CmdOrCtrl+Shift+E', 'exportResultsFormulas'],
          ['CmdOrCtrl+P', 'exportPdf'],
        ] as const) {
          const item = byAcc.get(acc);
          expect(item, `${lang} ${platform} ${acc}`).toBeDefined();
          (item!.click as () => void)();
          expect(sent.at(-1)).toBe(cmd);
        }
      }
    }
  });

  it('no two items share a shortcut, counting the ones Electron gives its roles', () => {
    // Electron's default accelerators of the roles the menu uses (electron/lib/browser/api/menu-item-roles.ts).
    // Electron looks roles up in lower case; a role missing here fails the test rather than pass unseen.
    const roleDefaults = (role: string, platform: string): string | undefined => {
      const table: Record<string, string | undefined> = {
        cut: 'CommandOrControl+X', copy: 'CommandOrControl+C', paste: 'CommandOrControl+V', selectall: 'CommandOrControl+A',
        zoomin: 'CommandOrControl+Plus', zoomout: 'CommandOrControl+-', resetzoom: 'CommandOrControl+0',
        togglefullscreen: platform === 'darwin' ? 'Control+Command+F' : 'F11',
        quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
        about: undefined,
      };
      expect(Object.hasOwn(table, role.toLowerCase()), `role ${role}`).toBe(true);
      return table[role.toLowerCase()];
    };
    // One spelling per key combination on the platform: CmdOrCtrl resolved, modifiers sorted.
    const norm = (acc: string, platform: string) => {
      const parts = acc
        .replace(/CommandOrControl|CmdOrCtrl/g, platform === 'darwin' ? 'Cmd' : 'Ctrl')
        .replace(/Control/g, 'Ctrl').replace(/Command/g, 'Cmd').split('+');
      const key = parts.pop()!;
      return [...parts.sort(), key.toUpperCase()].join('+');
    };
    type Item = MenuItemConstructorOptions;
    const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? walk(i.submenu) : [])]);
    for (const platform of ['linux', 'win32', 'darwin']) {
      for (const lang of ['nl', 'en'] as const) {
        const { t } = flat(lang, platform);
        const accs = walk(t)
          .map((i) => (typeof i.accelerator === 'string' ? i.accelerator : i.role ? roleDefaults(i.role, platform) : undefined))
          .filter((a): a is string => a !== undefined)
          .map((a) => norm(a, platform));
        expect(accs.length, `${lang} ${platform}`).toBeGreaterThan(12);
        expect(accs.filter((a, i) => accs.indexOf(a) !== i), `${lang} ${platform}`).toEqual([]);
      }
    }
  });

  it('offers the results workbook as values and as live formulas, in both languages', () => {
    const labels = (lang: 'nl' | 'en') => {
      const { items, sent } = flat(lang);
      // The File menu item whose click sends the command.
      const byCmd = (cmd: string) => items.find((i) => {
        sent.length = 0;
        (i.click as (() => void) | undefined)?.();
        return sent[0] === cmd;
      })?.label;
      return [byCmd('exportResults'), byCmd('exportResultsFormulas')];
    };
    expect(labels('nl')).toEqual(['Resultaten exporteren…', 'Resultaten exporteren met formules…']);
    expect(labels('en')).toEqual(['Export results…', 'Export results with formulas…']);
  });

  it('labels follow the language', () => {
    expect(flat('nl').t.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(flat('en').t.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const recent = flat('en').items.find((i) => i.label === 'Open recent');
    expect(Array.isArray(recent?.submenu) && recent.submenu[0]?.label).toBe('/x/a.xlsx');
  });
});
