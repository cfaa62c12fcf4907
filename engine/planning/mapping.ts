// The column mapping of one party's planning: which column of the partner's file holds which Works
// field, and constants for the fields the file lacks. Small JSON on purpose: it is stored in the
// scenario workbook (Mappings sheet), passed to the CLI with --mapping, and edited in the interface.
// docs/method.md "Importing a planning" documents it.
import { z } from 'zod';
import { sheetDef } from '../scenario/columns';

/** Works fields a planning may fill; `party` is always the party being imported. */
export const mappableFields = sheetDef('works').columns.map((c) => c.key).filter((k) => k !== 'party');

const constant = z.union([z.string(), z.number(), z.boolean()]);

/** Point coordinates, each the header of its column: x/y in RD New (EPSG:28992, metres) or lat/lon
 *  in WGS84 (degrees). The point's neighbourhood is the one whose polygon holds it (../geo/contains). */
export const coordinatesSchema = z.union([
  z.object({ x: z.string(), y: z.string() }).strict(),
  z.object({ lat: z.string(), lon: z.string() }).strict(),
]);
export type CoordinateColumns = z.infer<typeof coordinatesSchema>;

export const mappingSchema = z.object({
  version: z.literal(1).default(1),
  /** The sheet to read (xlsx/ods); absent: the first sheet with a header row. */
  sheet: z.string().optional(),
  /** The 1-based row (Excel row or CSV line) of the header; absent: found from the headers. */
  headerRow: z.number().int().min(1).optional(),
  /** Works field → the column's header as spelled in the file. */
  columns: z.record(z.string(), z.string()).default({}),
  /** Works field → the value for every row whose cell is blank or whose column is not mapped. */
  constants: z.record(z.string(), constant).default({}),
  /** Optional; absent in mappings made before coordinates could be mapped, which stay valid. */
  coordinates: coordinatesSchema.optional(),
}).strict();

export type PlanningMapping = z.infer<typeof mappingSchema>;

export type MappingParse = { ok: true; mapping: PlanningMapping } | { ok: false; detail: string };

export function parseMapping(text: string | unknown): MappingParse {
  let json: unknown = text;
  if (typeof text === 'string') {
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { ok: false, detail: e instanceof Error ? e.message : String(e) };
    }
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, detail: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  }
  const unknown = [...Object.keys(parsed.data.columns), ...Object.keys(parsed.data.constants)]
    .filter((k) => !mappableFields.includes(k));
  if (unknown.length) return { ok: false, detail: `unknown field(s): ${unknown.join(', ')}` };
  return { ok: true, mapping: parsed.data };
}

/** Stable, readable JSON: the field order of the Works sheet. */
export function mappingJson(m: PlanningMapping, indent = 2): string {
  const order = (r: Record<string, unknown>) =>
    Object.fromEntries(mappableFields.filter((k) => k in r).map((k) => [k, r[k]]));
  return JSON.stringify({
    version: 1,
    ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
    ...(m.headerRow !== undefined ? { headerRow: m.headerRow } : {}),
    columns: order(m.columns),
    constants: order(m.constants),
    ...(m.coordinates ? { coordinates: m.coordinates } : {}),
  }, null, indent);
}
