// Texts for importing neighbourhood geometry and drawing the map.
import { registerMessages } from '../i18n';

export const nl = {
  'geo.notJson': 'Het bestand is geen geldige JSON: {detail}.',
  'geo.tooLarge': 'Het GeoJSON-bestand is te groot ({size} tekens; hoogstens {max}).',
  'geo.notGeoJson': 'Het bestand is geen GeoJSON: verwacht een FeatureCollection, Feature, Polygon of MultiPolygon, gevonden {found}.',
  'geo.noFeatures': 'Het GeoJSON-bestand bevat geen vlakken (Polygon of MultiPolygon).',
  'geo.notPolygon': 'Object {feature} is een {type}, geen vlak; het is overgeslagen.',
  'geo.badCoordinates': 'Object {feature} heeft ongeldige coördinaten: {detail}.',
  'geo.tooManyVertices': 'Het GeoJSON-bestand heeft meer dan {max} hoekpunten; vereenvoudig het eerst (bijvoorbeeld met ogr2ogr -simplify).',
  'geo.crsUnsupported': 'Het coördinatenstelsel {crs} wordt niet ondersteund; gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992).',
  'geo.crsUnknown': 'Het coördinatenstelsel is niet te herkennen: de coördinaten zijn geen WGS84 en geen RD New.',
  'geo.outOfRange': 'Object {feature} ligt buiten het bereik van {crs} (x {x}, y {y}).',
  'geo.noKey': 'Geen eigenschap van de vlakken komt overeen met de id, naam of een codekolom van het blad Buurten.',
  'geo.keyMissing': 'Geen vlak heeft de eigenschap {key}.',
  'geo.unmatchedFeature': 'Vlak {feature} ({key} = {value}) hoort bij geen buurt van het blad Buurten.',
  'geo.unmatchedNeighbourhood': 'Buurt {neighbourhood} heeft geen vlak in het GeoJSON-bestand.',
  'geo.duplicate': 'Buurt {neighbourhood} heeft meer dan één vlak ({key} = {value}); de vlakken zijn samengevoegd.',
  'geo.sheetBad': 'Blad {sheet}, rij {row}, kolom {column}: de geometrie is onleesbaar ({detail}).',
  'geo.cli.report': 'Geometrie: {crs}, gekoppeld op eigenschap {key} aan kolom {column} van Buurten: {matched} van {total} buurten met een vlak; {vertices} hoekpunten opgeslagen (van {read}).',
  'geo.cli.unmatchedFeatures': 'Vlakken zonder buurt: {list}',
  'geo.cli.unmatchedNeighbourhoods': 'Buurten zonder vlak: {list}',
  'geo.cli.noGeometry': '{path} heeft geen blad Geometrie; voeg het toe met koppelkans import-geometry.',
  'geo.cli.usage': 'Gebruik: koppelkans import-geometry <scenario.xlsx> <buurten.geojson> [--key BU_CODE] --out <nieuw.xlsx>',
};

export const en: typeof nl = {
  'geo.notJson': 'The file is not valid JSON: {detail}.',
  'geo.tooLarge': 'The GeoJSON file is too large ({size} characters; at most {max}).',
  'geo.notGeoJson': 'The file is not GeoJSON: expected a FeatureCollection, Feature, Polygon or MultiPolygon, found {found}.',
  'geo.noFeatures': 'The GeoJSON file holds no areas (Polygon or MultiPolygon).',
  'geo.notPolygon': 'Feature {feature} is a {type}, not an area; it was skipped.',
  'geo.badCoordinates': 'Feature {feature} has invalid coordinates: {detail}.',
  'geo.tooManyVertices': 'The GeoJSON file has more than {max} vertices; simplify it first (for example with ogr2ogr -simplify).',
  'geo.crsUnsupported': 'The coordinate system {crs} is not supported; use WGS84 (EPSG:4326) or RD New (EPSG:28992).',
  'geo.crsUnknown': 'The coordinate system cannot be recognised: the coordinates are neither WGS84 nor RD New.',
  'geo.outOfRange': 'Feature {feature} lies outside the range of {crs} (x {x}, y {y}).',
  'geo.noKey': 'No property of the areas matches the id, name or a code column of the Neighbourhoods sheet.',
  'geo.keyMissing': 'No area has the property {key}.',
  'geo.unmatchedFeature': 'Area {feature} ({key} = {value}) belongs to no neighbourhood of the Neighbourhoods sheet.',
  'geo.unmatchedNeighbourhood': 'Neighbourhood {neighbourhood} has no area in the GeoJSON file.',
  'geo.duplicate': 'Neighbourhood {neighbourhood} has more than one area ({key} = {value}); the areas were merged.',
  'geo.sheetBad': 'Sheet {sheet}, row {row}, column {column}: the geometry cannot be read ({detail}).',
  'geo.cli.report': 'Geometry: {crs}, matched on property {key} to column {column} of Neighbourhoods: {matched} of {total} neighbourhoods have an area; {vertices} vertices stored (of {read}).',
  'geo.cli.unmatchedFeatures': 'Areas without a neighbourhood: {list}',
  'geo.cli.unmatchedNeighbourhoods': 'Neighbourhoods without an area: {list}',
  'geo.cli.noGeometry': '{path} has no Geometry sheet; add one with koppelkans import-geometry.',
  'geo.cli.usage': 'Usage: koppelkans import-geometry <scenario.xlsx> <neighbourhoods.geojson> [--key BU_CODE] --out <new.xlsx>',
};

registerMessages(nl, en);
