// The layers of the map of opportunities (kaart van kansen), in the order they stack.
export const mapLayers = ['saving', 'works', 'bundles', 'disruption', 'variants', 'hours', 'shortfall'] as const;
export type MapLayer = (typeof mapLayers)[number];
