// MODEL.md "The workbook template" and its defaults, checked against the codec's own tables and the
// schema: every fraction field named in "Time and money" refuses values above 1 with the hint,
// every choice value is accepted in English and Dutch, every yes/no word, and the defaults list.
import { describe, expect, it } from 'vitest';
import { columnKind, parseChoice, settingDef, settingDefs } from '../../engine/scenario/columns';
import { scenarioSchema } from '../../engine/scenario/schema';
import { convert, parseBool } from '../../engine/workbook/cells';
import { t } from '../../engine/i18n';
import '../../engine/i18n/problems';

describe('fraction fields above 1 are input errors with a hint', () => {
  const settings = ['discountRate', 'escalationRate', 'interestRate', 'engineeringRate', 'sequentialShare'];
  const columns: [sheet: 'citizenMaintenance' | 'coFinancing', key: string][] = [
    ['citizenMaintenance', 'residentShare'], ['citizenMaintenance', 'dropoutRate'], ['citizenMaintenance', 'reserveRate'],
    ['coFinancing', 'share'],
  ];
  it.each(settings)('setting %s is read as a fraction', (key) => expect(settingDef(key)?.kind).toBe('fraction'));
  it.each(columns)('%s.%s is read as a fraction', (sheet, key) => expect(columnKind(sheet, key)).toBe('fraction'));
  it('2.25 is refused, and the message suggests 0.0225 or 2.25%', () => {
    const r = convert('fraction', 2.25);
    expect(r).toMatchObject({ ok: false, code: 'value.fractionAboveOne', params: { value: 2.25, fraction: 0.0225 } });
    const params = (r as { params: Record<string, string | number> }).params;
    expect(t('en', 'value.fractionAboveOne', params)).toContain('0.0225');
  });
  it('1 and "2,25%" are accepted', () => {
    expect(convert('fraction', 1)).toMatchObject({ ok: true, value: 1 });
    expect(convert('fraction', '2,25%')).toMatchObject({ ok: true, value: 0.0225 });
  });
});

describe('choice values in English or Dutch', () => {
  const pairs: [key: string, en: string, nl: string][] = [
    ['bundleMode', 'optimal', 'optimaal'], ['bundleMode', 'manual', 'handmatig'], ['bundleMode', 'none', 'geen'],
    ['discountTiming', 'end', 'eind'], ['discountTiming', 'mid', 'midden'], ['discountTiming', 'start', 'begin'],
    ['allocationRule', 'direct', 'direct'], ['allocationRule', 'equal', 'gelijk'],
    ['allocationRule', 'standalone', 'zelfstandig'], ['allocationRule', 'shapley', 'shapley'],
    ['optimizeFor', 'financial', 'financieel'], ['optimizeFor', 'societal', 'maatschappelijk'],
  ];
  it.each(pairs)('%s: %s / %s', (key, en, nl) => {
    const choices = settingDef(key)!.choices!;
    expect(parseChoice(en, choices)).toBe(en);
    expect(parseChoice(nl, choices)).toBe(en);
    expect(parseChoice(nl.toUpperCase(), choices)).toBe(en);
  });
  it('a value of another setting is not accepted (begin is a timing, not a bundle mode)', () => {
    expect(parseChoice('begin', settingDef('bundleMode')!.choices!)).toBeUndefined();
  });
  it('settings keys are English in both languages: no Dutch key exists', () => {
    expect(settingDefs.map((d) => d.key)).toEqual([
      'name', 'baseYear', 'horizonYears', 'discountRate', 'discountTiming', 'escalationRate', 'interestRate',
      'engineeringFixed', 'engineeringRate', 'tenderFixed', 'participationFixed', 'siteFixed', 'sitePerDay',
      'openingCostPerM2', 'coordinationPerExtraParty', 'sequentialShare', 'bundleMode', 'optimizeFor', 'allocationRule',
    ]);
  });
  it('only numeric settings carry low/high, never baseYear, horizonYears or a choice', () => {
    for (const d of settingDefs) if (d.kind === 'choice' || d.key === 'baseYear' || d.key === 'horizonYears') expect(d.ranged).toBe(false);
  });
});

describe('yes/no cells', () => {
  it.each(['yes', 'ja', 'true', 'waar', '1', 'x', 'X', 'Ja'])('%s is yes', (v) => expect(parseBool(v)).toBe(true));
  it.each(['no', 'nee', 'false', 'onwaar', '0', 'Nee'])('%s is no', (v) => expect(parseBool(v)).toBe(false));
  it('numbers and booleans', () => {
    expect(parseBool(1)).toBe(true);
    expect(parseBool(0)).toBe(false);
    expect(parseBool(true)).toBe(true);
  });
});

describe('defaults', () => {
  const s = scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10 },
    neighbourhoods: [{ id: 'N' }], parties: [{ id: 'P' }],
    works: [{ id: 'W', neighbourhood: 'N', party: 'P', plannedYear: 2027, lifetimeYears: 10 }],
    citizenMaintenance: [{ neighbourhood: 'N', party: 'P' }],
  });
  it('settings', () => {
    expect(s.settings).toMatchObject({
      discountRate: 0.0225, discountTiming: 'end', escalationRate: 0, interestRate: 0.02, sequentialShare: 0.25,
      bundleMode: 'optimal', optimizeFor: 'financial', allocationRule: 'direct', engineeringFixed: 0, engineeringRate: 0,
      tenderFixed: 0, participationFixed: 0, siteFixed: 0, sitePerDay: 0, openingCostPerM2: 0, coordinationPerExtraParty: 0,
    });
  });
  it('works: windows 0, book value 0; citizen: one resident hour per contractor hour, volunteer value 0', () => {
    expect(s.works[0]).toMatchObject({ maxAdvanceYears: 0, maxDeferYears: 0, bookValue: 0, deferralCostPerYear: 0 });
    expect(s.citizenMaintenance[0]).toMatchObject({ residentHoursPerContractorHour: 1, volunteerHourValue: 0 });
  });
  it('lifetimeYears is required for a work with its own numbers (the engine names it)', async () => {
    const { compute } = await import('../../engine/compute');
    const { InputError } = await import('../../engine/problems');
    const bad = { ...s, works: [{ ...s.works[0]!, lifetimeYears: undefined }] };
    expect(() => compute(bad)).toThrow(InputError);
  });
});
