// A work's variant columns as the engine reads them: trimmed, a blank cell is no value (ids on the
// Variants sheet are trimmed by the schema, so " rain" on a work still means group "rain").
import type { Work } from '../scenario/schema';

const clean = (v: string | undefined): string | undefined => {
  const t = v?.trim();
  return t ? t : undefined;
};

export const groupOf = (w: Work): string | undefined => clean(w.variantGroup);
export const forcedVariantOf = (w: Work): string | undefined => clean(w.variant);

// Where a problem of a work row sits (a plain function: a closure per work costs on 50,000 works).
export function workCell(index: number, field: string): { sheet: 'works'; index: number; field: string } {
  return { sheet: 'works', index, field };
}
