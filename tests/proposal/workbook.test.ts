// The proposal workbook per party: written by the command line, opened and fully recalculated by
// LibreOffice, its figures equal the engine's to the cent.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { balancing } from '../../engine/balancing/balance';
import { compute } from '../../engine/compute';
import { measures } from '../../engine/measures';
import { writeProposalWorkbook } from '../../engine/proposal/write';
import { writeWorkbook } from '../../engine/workbook/write';
import { smallScenario } from '../cofinancing/fixture';
import { runCli } from '../cli/run-cli';
import { findSoffice, libreOfficeRoundTrip } from '../support/soffice';

const s = smallScenario();
const r = compute(s, { computedAt: 'fixed' });
const cents = (v: unknown) => Math.round((v as number) * 100);

type Rows = unknown[][];
const rows = (wb: XLSX.WorkBook, name: string): Rows => XLSX.utils.sheet_to_json(wb.Sheets[name]!, { header: 1, raw: true });
const labelled = (rs: Rows, label: string) => rs.find((row) => row[0] === label)?.[1];
const totalRow = (rs: Rows, label: string) => rs.find((row) => row[0] === label)!;

describe('proposal command', () => {
  it('writes one workbook per party with --all, in the language asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppelkans-proposal-'));
    const file = join(dir, 's.xlsx');
    writeFileSync(file, writeWorkbook(s, { lang: 'nl' }));
    const run = await runCli(['proposal', file, '--all', '--key', 'shapley', '--out', join(dir, 'out'), '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    for (const p of s.parties) expect(existsSync(join(dir, 'out', `${p.id}.xlsx`))).toBe(true);
    const wb = XLSX.read(readFileSync(join(dir, 'out', 'gemeente.xlsx')));
    expect(wb.SheetNames).toEqual(['Proposal', 'Projects', 'Co-financing', 'Cash and budget', 'Capital charges', 'Measures', 'Balancing']);
    const offer = balancing(compute(s), 'shapley', s);
    const got = labelled(rows(wb, 'Proposal'), 'Balancing amount (+ received, − paid)');
    expect(cents(got)).toBe(cents(offer.parties[0]!.transfer));
  });

  it('refuses an unknown party, naming the parties of the sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppelkans-proposal-'));
    const file = join(dir, 's.xlsx');
    writeFileSync(file, writeWorkbook(s, { lang: 'en' }));
    const run = await runCli(['proposal', file, '--party', 'nobody', '--out', dir, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown party "nobody"; the Parties sheet has gemeente, waterschap, net, rijk.');
  });
});

const soffice = findSoffice();

describe.skipIf(!soffice)('proposal workbook recalculated by LibreOffice', () => {
  it('has the engine’s figures to the cent (nl, party waterschap)', () => {
    const offer = balancing(r, 'separate');
    const party = 'waterschap';
    const bytes = writeProposalWorkbook(s, r, party, { lang: 'nl', offer, measures: measures(r) });
    const wb = XLSX.read(libreOfficeRoundTrip(soffice!, bytes, 'proposal.xlsx'));
    const pr = r.parties.find((p) => p.id === party)!;
    const head = rows(wb, 'Voorstel');
    expect(head[0]![0]).toBe('Koppelkans – voorstel aan Waterschap');
    expect(cents(labelled(head, 'Afzonderlijk'))).toBe(cents(pr.pv.separate));
    expect(cents(labelled(head, 'Integraal'))).toBe(cents(pr.pv.integrated));
    expect(cents(labelled(head, 'Besparing (afzonderlijk − integraal)'))).toBe(cents(pr.saving));
    const mine = offer.parties.find((p) => p.party === party)!;
    expect(cents(labelled(head, 'Vereveningsbedrag (+ ontvangen, − betalen)'))).toBe(cents(mine.transfer));
    expect(cents(labelled(head, 'Besparing na verevening'))).toBe(cents(mine.balancedSaving));
    expect(labelled(head, 'Invoer (SHA-256)')).toBe(r.meta.input);

    // Projects: the recalculated total of its shares equals the engine's allocation to this party.
    const integrated = r.steps[3]!;
    const shares = integrated.projects.reduce((a, p) => a + cents(p.allocation.find((x) => x.party === party)?.amount ?? 0), 0);
    expect(cents(totalRow(rows(wb, 'Projecten'), 'Totaal')[6])).toBe(shares);

    // Cash: every year and the recalculated total.
    const cash = integrated.parties.find((p) => p.party === party)!.cash;
    const cashRows = rows(wb, 'Kas en budget');
    cash.forEach((c, i) => expect(cents(cashRows[i + 1]![1])).toBe(cents(c)));
    expect(cents(totalRow(cashRows, 'Totaal')[1])).toBe(cash.reduce((a, c) => a + cents(c), 0));

    // Co-financing received: the engine's flows to this owner.
    const flows = r.cofinancing!.find((c) => c.step === 'integrated')!.flows;
    const received = flows.filter((f) => f.owner === party).reduce((a, f) => a + cents(f.amount), 0);
    const paid = flows.filter((f) => f.funder === party).reduce((a, f) => a + cents(f.amount), 0);
    const cof = totalRow(rows(wb, 'Cofinanciering'), 'Totaal');
    expect(cents(cof[2])).toBe(received);
    expect(cents(cof[3])).toBe(paid);
    expect(paid).toBeGreaterThan(0);

    // Capital charges total.
    const charges = r.capitalCharges!.find((c) => c.step === 'integrated')!.rows.filter((c) => c.party === party);
    expect(cents(totalRow(rows(wb, 'Kapitaallasten'), 'Totaal')[6])).toBe(charges.reduce((a, c) => a + cents(c.total), 0));

    // Balancing: transfers recalculate to zero, balanced savings to the total saving.
    const bal = totalRow(rows(wb, 'Verevening'), 'Totaal');
    expect(cents(bal[4])).toBe(0);
    expect(cents(bal[5])).toBe(cents(r.savings.total.financial));

    // Measures: the party's rows, an undefined one as text with its reason.
    const m = rows(wb, 'Kengetallen');
    const pm = measures(r).parties.find((p) => p.party === party)!.steps[2]!.financial;
    const row = m.find((x) => x[0] === 'Waterschap' && x[1] === 'Integraal')!;
    expect(cents(row[3])).toBe(cents(pm.netSavings));
    expect(cents(row[4])).toBe(cents(pm.additionalInvestment));
    for (const k of [6, 7, 8, 9]) if (typeof row[k] === 'string') expect(row[k]).toMatch(/^n\.v\.t\. \(.+\)$/);
  });
});
