// `map <scenario.xlsx> --layer … [--step …] --out map.svg`: the map of opportunities without a browser.
import { compute } from '../../engine/compute';
import { t } from '../../engine/i18n';
import { mapPaths, mapSvg } from '../../engine/map/draw';
import type { MapLayer } from '../../engine/map/layers';
import { layerValues } from '../../engine/map/values';
import type { StepId } from '../../engine/model/result';
import { CliError } from '../errors';
import { writeBytes } from '../io';
import { outputLang } from '../lang';
import { loadWorkbook } from '../load';
import type { RunCommand } from './command';
import { oneFile } from './positional';

export const runMap: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const target = args.options.get('out');
  if (target === undefined) throw new CliError('cli.error.missingFile');
  const loaded = await loadWorkbook(file);
  const lang = outputLang(args, loaded.lang);
  const g = loaded.scenario.geometry;
  if (!g) throw new CliError('geo.cli.noGeometry', { path: file });
  const layer = (args.options.get('layer') ?? 'saving') as MapLayer;
  const step = (args.options.get('step') ?? 'integrated') as StepId;
  const result = compute(loaded.scenario);
  const labels = new Map(loaded.scenario.neighbourhoods.map((n) => [n.id, n.name || n.id]));
  const svg = mapSvg(mapPaths(g, 800, 600), layerValues(result, layer, { step }), {
    width: 800, height: 600, labels, title: `${result.scenario}: ${layer} (${step})${g.note ? ` — ${g.note}` : ''}`,
  });
  await writeBytes(target, new TextEncoder().encode(svg));
  out.stderr(t(lang, 'cli.wrote', { path: target }));
  return 0;
};
