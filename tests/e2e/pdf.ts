// PDFs that Chromium printed, read back with Ghostscript (Debian's gs): the text as a reader
// would copy it, a page rendered to PNG, and the page count and size from the page objects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenshotPath } from './harness';

export const hasGhostscript = (() => {
  try {
    execFileSync('gs', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

let dir: string | null = null;
const work = () => (dir ??= mkdtempSync(join(tmpdir(), 'kk-pdf-')));

/** The PDF's text as Ghostscript reads it, every run of white space one space. */
export function pdfText(pdf: Buffer, name: string): string {
  const file = join(work(), `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=txtwrite', '-sOutputFile=-', file], { encoding: 'utf8' });
  return norm(text);
}

/** Renders page 1 of a PDF to a PNG (what the print preview shows). */
export function pdfPage(pdf: Buffer, name: string): void {
  const file = join(work(), `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=png16m', '-r110', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${screenshotPath(name)}`, file]);
}

/** Page count and the first page's size in points, from the PDF's page objects. */
export function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
  return { count: pages, width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) };
}

/** Every run of white space (no-break spaces too) one space; a minus sign as a hyphen. */
export const norm = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ').replace(/\u2212/g, '-');

export function removePdfs(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
}
