// Importing one party's planning: read the file, take or propose a mapping, turn rows into works,
// replace the party's works in the scenario and say what changed.
export { readPlanningSource, type PlanningSource, type PlanningSheet, type PlanningRow } from './source';
export { proposeMapping, findHeaderRow } from './header';
export { importPlanning, type PlanningImport, type ImportedRow } from './import';
export { mappingSchema, parseMapping, mappingJson, mappableFields, type PlanningMapping } from './mapping';
export { replacePartyWorks, importEffect, type PlanningDiff, type Effect, type WorkChange } from './replace';
export { planningProblemText, type PlanningProblem } from './problem';
export { neighbourhoodMatcher } from './neighbourhood';
export { storedMapping, withStoredMapping } from './stored';
export { diffLines } from './diff-text';
export { placeProblems } from './place';
