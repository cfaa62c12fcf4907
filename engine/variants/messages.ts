// Texts for Variants-sheet problems and for the variant columns on Works.
import { registerMessages } from '../i18n';

export const nl = {
  'variants.noGeneric': 'Variantgroep {group} heeft geen generieke variant; precies één variant per groep moet generiek zijn.',
  'variants.twoGenerics': 'Variantgroep {group} heeft twee generieke varianten ({first} en {second}); precies één mag generiek zijn.',
  'variants.duplicateId': 'Variant-id {id} komt meer dan eens voor.',
  'variants.unknownParty': 'Variant {variant} noemt partij {party}, die niet op het blad Partijen staat.',
  'variants.negative': 'Variant {variant} geeft voor wijk {neighbourhood} een negatieve waarde ({value}).',
  'variants.lifetime': 'Variant {variant} geeft voor wijk {neighbourhood} levensduur {value}; dat moet een geheel aantal jaren van minstens 1 zijn.',
  'variants.unknownGroup': 'Werk {work} noemt variantgroep {group}, die niet op het blad Varianten staat.',
  'variants.unknownVariant': 'Werk {work} kiest variant {variant}, die geen variant van groep {group} is.',
  'variants.variantWithoutGroup': 'Werk {work} kiest variant {variant} maar heeft geen variantgroep.',
  'variants.forcedIneligible': 'Werk {work} krijgt de opgelegde variant {variant}, hoewel wijk {neighbourhood} daar niet geschikt voor is ({reason}).',
  'variants.unknownNeighbourhood': 'Werk {work} noemt wijk {neighbourhood}, die niet op het blad Wijken staat.',
};

export const en: typeof nl = {
  'variants.noGeneric': 'Variant group {group} has no generic variant; exactly one variant per group must be generic.',
  'variants.twoGenerics': 'Variant group {group} has two generic variants ({first} and {second}); exactly one may be generic.',
  'variants.duplicateId': 'Variant id {id} occurs more than once.',
  'variants.unknownParty': 'Variant {variant} names party {party}, which is not on the Parties sheet.',
  'variants.negative': 'Variant {variant} gives a negative value ({value}) for neighbourhood {neighbourhood}.',
  'variants.lifetime': 'Variant {variant} gives lifetime {value} for neighbourhood {neighbourhood}; it must be a whole number of years, at least 1.',
  'variants.unknownGroup': 'Work {work} names variant group {group}, which is not on the Variants sheet.',
  'variants.unknownVariant': 'Work {work} forces variant {variant}, which is not a variant of group {group}.',
  'variants.variantWithoutGroup': 'Work {work} forces variant {variant} but has no variant group.',
  'variants.forcedIneligible': 'Work {work} gets the forced variant {variant}, although neighbourhood {neighbourhood} is not eligible for it ({reason}).',
  'variants.unknownNeighbourhood': 'Work {work} names neighbourhood {neighbourhood}, which is not on the Neighbourhoods sheet.',
};

registerMessages(nl, en);
