// `import-geometry <scenario.xlsx> <file.geojson> [--key PROP] --out <new.xlsx>`: neighbourhood
// polygons into the scenario's Geometry sheet, with what matched and what did not.
import { importGeometry } from '../../engine/geo/import';
import { t } from '../../engine/i18n';
import { renderProblem } from '../../engine/i18n/problems';
import { writeWorkbook } from '../../engine/workbook/write';
import { CliError, InvalidInputError } from '../errors';
import { readBytes, writeBytes } from '../io';
import { outputLang } from '../lang';
import { loadWorkbook } from '../load';
import type { RunCommand } from './command';

export const runImportGeometry: RunCommand = async (args, out) => {
  const [file, geojson, ...rest] = args.positionals;
  if (file === undefined || geojson === undefined) throw new CliError('cli.error.missingFile');
  if (rest.length > 0) throw new CliError('cli.error.tooManyArgs', { args: rest.join(' ') });
  const target = args.options.get('out');
  if (target === undefined) throw new CliError('cli.error.missingFile');
  const loaded = await loadWorkbook(file);
  const lang = outputLang(args, loaded.lang);
  const text = new TextDecoder('utf-8').decode(await readBytes(geojson));
  const key = args.options.get('key');
  const r = importGeometry(loaded.scenario, text, key === undefined ? {} : { key });
  if (!r.ok) throw new InvalidInputError(geojson, r.problems);
  const rep = r.report;
  const lines = [t(lang, 'geo.cli.report', {
    crs: rep.crs, key: rep.key, column: rep.column, matched: rep.matched.length, total: loaded.scenario.neighbourhoods.length,
    vertices: rep.vertices.stored, read: rep.vertices.read,
  })];
  if (rep.unmatchedFeatures.length) {
    lines.push(t(lang, 'geo.cli.unmatchedFeatures', { list: rep.unmatchedFeatures.map((f) => `#${f.feature} ${f.value}`).join(', ') }));
  }
  if (rep.unmatchedNeighbourhoods.length) {
    lines.push(t(lang, 'geo.cli.unmatchedNeighbourhoods', { list: rep.unmatchedNeighbourhoods.join(', ') }));
  }
  out.stdout(lines.join('\n'));
  const other = r.warnings.filter((w) => w.code !== 'geo.unmatchedFeature' && w.code !== 'geo.unmatchedNeighbourhood');
  if (other.length) out.stderr([t(lang, 'cli.warnings'), ...other.map((w) => `  ${renderProblem(lang, w)}`)].join('\n'));
  await writeBytes(target, writeWorkbook(r.scenario, { lang: loaded.lang }));
  out.stderr(t(lang, 'cli.wrote', { path: target }));
  return 0;
};
