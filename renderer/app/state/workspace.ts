// The workspace file: several scenarios with their what-if state in one JSON file, so a workshop
// can be prepared and reopened. Versioned: every older version has a migration to the next one, and
// a file is migrated step by step to the current version before it is validated.
import { z } from 'zod';
import { scenarioSchema } from '../../../engine/scenario/schema';
import type { WhatIf } from '../../dashboard/whatif';
import { whatIfSchema } from './whatif-schema';
import { isDirty, makeDoc, type Doc } from './documents';
import { scenarioWriter } from './scenario-json';

export const WORKSPACE_FORMAT = 'koppelkans-workspace';
export const WORKSPACE_VERSION = 2;

/** Version 1 held the inputs only (no what-if, no active scenario). */
const v1Schema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(1),
  scenarios: z.array(z.object({ name: z.string(), scenario: z.unknown() })),
});

const docV2Schema = z.object({
  name: z.string().min(1),
  path: z.string().optional(),
  scenario: scenarioSchema,
  whatIf: whatIfSchema,
  /** Unsaved changes at the time of writing (autosave keeps the warning after a reload). */
  dirty: z.boolean().default(false),
  /** The language its workbook is saved in. Optional, so files written before it still read; an
   *  older reader drops it. */
  lang: z.enum(['nl', 'en']).optional(),
});

export const workspaceSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(2),
  active: z.number().int().min(0),
  documents: z.array(docV2Schema).min(1),
});
export type WorkspaceFile = z.infer<typeof workspaceSchema>;

/** migrations[n] turns a version-n file into a version-(n+1) file. */
export const migrations: Record<number, (old: unknown) => unknown> = {
  1: (old) => {
    const v1 = v1Schema.parse(old);
    return {
      format: WORKSPACE_FORMAT,
      version: 2,
      active: 0,
      documents: v1.scenarios.map((s) => ({ name: s.name, scenario: s.scenario, whatIf: { settings: {}, residentShareMultiplier: 1 } })),
    };
  },
};

export type WorkspaceRead =
  | { ok: true; workspace: WorkspaceFile; migratedFrom?: number }
  | { ok: false; code: 'notWorkspace' | 'newerVersion' | 'invalid'; detail?: string };

export function readWorkspace(text: string): WorkspaceRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'notWorkspace' };
  }
  const head = z.object({ format: z.literal(WORKSPACE_FORMAT), version: z.number().int().min(1) }).safeParse(data);
  if (!head.success) return { ok: false, code: 'notWorkspace' };
  const from = head.data.version;
  if (from > WORKSPACE_VERSION) return { ok: false, code: 'newerVersion', detail: String(from) };
  try {
    for (let v = from; v < WORKSPACE_VERSION; v++) {
      const step = migrations[v];
      if (!step) return { ok: false, code: 'invalid', detail: `no migration from ${v}` };
      data = step(data);
    }
  } catch (e) {
    return { ok: false, code: 'invalid', detail: e instanceof z.ZodError ? describeIssues(e) : String(e) };
  }
  const parsed = workspaceSchema.safeParse(data);
  if (!parsed.success) return { ok: false, code: 'invalid', detail: describeIssues(parsed.error) };
  return from < WORKSPACE_VERSION ? { ok: true, workspace: parsed.data, migratedFrom: from } : { ok: true, workspace: parsed.data };
}

function describeIssues(e: z.ZodError): string {
  return e.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/** The workspace file's text: JSON.stringify of a `WorkspaceFile`, each scenario's text taken from
 *  what the last write already wrote of it (the autosave writes after every edit and slider move). */
export function writeWorkspace(docs: readonly Doc[], activeId: string | null): string {
  const active = Math.max(0, docs.findIndex((d) => d.id === activeId));
  const scenarios = scenarioWriter();
  const documents = docs.map((d) => {
    const { scenario, ...rest }: WorkspaceFile['documents'][number] = {
      name: d.name,
      ...(d.path ? { path: d.path } : {}),
      scenario: d.present.scenario,
      whatIf: d.present.whatIf,
      dirty: isDirty(d),
      ...(d.lang ? { lang: d.lang } : {}),
    };
    // The members in the order above, as JSON.stringify puts them: the scenario after name and path.
    const { name, path, ...after } = rest;
    const head = JSON.stringify({ name, ...(path !== undefined ? { path } : {}) }).slice(0, -1);
    return `${head},"scenario":${scenarios.json(scenario)},${JSON.stringify(after).slice(1)}`;
  });
  scenarios.done();
  const head = JSON.stringify({ format: WORKSPACE_FORMAT, version: 2, active } satisfies Omit<WorkspaceFile, 'documents'>);
  return `${head.slice(0, -1)},"documents":[${documents.reduce((a, b) => (a === '' ? b : `${a},${b}`), '')}]}`;
}

export function docsFromWorkspace(w: WorkspaceFile): { docs: Doc[]; activeId: string | null } {
  const docs = w.documents.map((d) =>
    makeDoc(d.name, d.scenario, { path: d.path, whatIf: d.whatIf as WhatIf, dirty: d.dirty, ...(d.lang ? { lang: d.lang } : {}) }));
  return { docs, activeId: docs[Math.min(w.active, docs.length - 1)]?.id ?? null };
}
