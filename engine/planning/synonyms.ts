// Header names by Works field, in Dutch and English, as asset owners' exports (GBI, Obsurv, a grid
// operator's replacement list) and our own template spell them. Compared after `normalHeader`.
import { sheetDef } from '../scenario/columns';

const extra: Record<string, string[]> = {
  id: ['objectcode', 'objectid', 'object', 'objectnummer', 'code', 'werkcode', 'werknummer', 'projectnummer',
    'projectcode', 'maatregelcode', 'assetid', 'asset', 'workid', 'workcode', 'ref', 'referentie', 'kenmerk', 'nr', 'nummer'],
  neighbourhood: ['buurt', 'buurtcode', 'buurtnaam', 'wijkcode', 'wijknaam', 'bucode', 'wkcode', 'neighbourhood',
    'neighborhood', 'district', 'area', 'gebied', 'deelgebied'],
  category: ['discipline', 'vakdiscipline', 'beheerdiscipline', 'soort', 'type', 'objecttype', 'assettype',
    'assetclass', 'categorie', 'category', 'netwerk', 'net'],
  description: ['omschrijving', 'beschrijving', 'maatregel', 'activiteit', 'naam', 'projectnaam', 'description',
    'name', 'activity', 'measure', 'title', 'titel'],
  plannedYear: ['vervangingsjaar', 'jaaruitvoering', 'uitvoeringsjaar', 'planjaar', 'jaar', 'geplandjaar',
    'gepland', 'jaarvervanging', 'year', 'plannedyear', 'replacementyear', 'executionyear'],
  quantity: ['hoeveelheid', 'aantal', 'lengte', 'lengtem', 'oppervlakte', 'omvang', 'quantity', 'amount',
    'length', 'lengthm', 'area m2'],
  unit: ['eenheid', 'unit', 'uom'],
  unitCost: ['eenheidsprijs', 'prijsperEenheid', 'prijspereenheid', 'kostenpereenheid', 'tarief',
    'unitprice', 'unitcost', 'costperunit', 'rate'],
  durationDays: ['duur', 'duurdagen', 'uitvoeringsduur', 'doorlooptijd', 'werkdagen', 'dagen', 'duration',
    'durationdays', 'days'],
  street: ['straat', 'straatnaam', 'locatie', 'adres', 'openbareruimte', 'street', 'streetname', 'location', 'address'],
  openedArea: ['opengebroken', 'opengebrokenm2', 'openbreking', 'openbrekingm2', 'sleufoppervlak', 'openedarea',
    'openedaream2', 'trencharea'],
  maxAdvanceYears: ['maxvervroegen', 'vervroegen', 'maxjarenvervroegen', 'advance', 'maxadvance', 'maxadvanceyears'],
  maxDeferYears: ['maxuitstellen', 'uitstellen', 'maxjarenuitstellen', 'defer', 'maxdefer', 'maxdeferyears'],
  lifetimeYears: ['levensduur', 'levensduurjaar', 'levensduurjaren', 'technischelevensduur', 'lifetime',
    'lifetimeyears', 'life', 'usefullife'],
  deferralCostPerYear: ['uitstelkosten', 'uitstelkostenperjaar', 'deferralcost', 'deferralcostperyear'],
  currentOpex: ['huidigeexploitatie', 'huidigbeheer', 'currentopex'],
  annualOpex: ['exploitatie', 'beheerkosten', 'onderhoudskosten', 'jaarlijksekosten', 'opex', 'annualopex'],
  bookValue: ['boekwaarde', 'restwaarde', 'bookvalue'],
  tags: ['labels', 'tags', 'kenmerken'],
  bundle: ['bundel', 'bundle'],
  variantGroup: ['variantgroep', 'variantgroup'],
  variant: ['variant'],
  unitCostLow: ['eenheidsprijslaag', 'unitcostlow', 'prijslaag'],
  unitCostHigh: ['eenheidsprijshoog', 'unitcosthigh', 'prijshoog'],
};

/** Lower case, accents, spaces, punctuation and units in brackets removed: "Jaar (uitvoering)" and
 *  "jaar_uitvoering" both become "jaaruitvoering". */
export function normalHeader(h: string): string {
  return h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** normalHeader(name) → field. First listed wins, so `code` (id) does not take `wijkcode`. */
export const synonymIndex: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const c of sheetDef('works').columns) {
    if (c.key === 'party') continue;
    for (const name of [c.key, c.nl]) if (!index.has(normalHeader(name))) index.set(normalHeader(name), c.key);
  }
  for (const [field, names] of Object.entries(extra)) {
    for (const name of names) if (!index.has(normalHeader(name))) index.set(normalHeader(name), field);
  }
  return index;
})();

/** Headers of point coordinates: RD New x/y and WGS84 lat/lon, Dutch and English. `lengte` is
 *  not among them: it is a length (quantity), not a longitude. */
const coordinateNames: Record<'x' | 'y' | 'lat' | 'lon', string[]> = {
  x: ['x', 'xcoord', 'xcoordinaat', 'coordx', 'coordinaatx', 'rdx', 'xrd', 'rdxcoordinaat', 'xcoordinaatrd', 'easting', 'oostwaarde'],
  y: ['y', 'ycoord', 'ycoordinaat', 'coordy', 'coordinaaty', 'rdy', 'yrd', 'rdycoordinaat', 'ycoordinaatrd', 'northing', 'noordwaarde'],
  lat: ['lat', 'latitude', 'breedtegraad', 'breedte', 'noorderbreedte', 'wgs84lat', 'latwgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengtegraad', 'oosterlengte', 'wgs84lon', 'lonwgs84', 'wgs84lng'],
};

/** normalHeader(name) → the coordinate it names. */
export const coordinateIndex: ReadonlyMap<string, 'x' | 'y' | 'lat' | 'lon'> = new Map(
  Object.entries(coordinateNames).flatMap(([axis, names]) => names.map((n) => [normalHeader(n), axis as 'x' | 'y' | 'lat' | 'lon'] as const)),
);
