// Numeric text as Dutch and English controllers type it (MODEL.md "The workbook template"):
// `1.234,5` and `1,234.5`, `2,25%`, `€ 1 500`. With both `.` and `,` the last one is the decimal
// separator. A lone separator followed by exactly three digits after an integer part of one to three
// digits not starting with 0 (`1,234`, `15.000`) could be either, so it is refused rather than
// guessed: a wrong guess is a factor 1000 in a business case. Repeated identical separators are
// thousands (`1.234.567`).

export type NumberText =
  | { ok: true; value: number }
  | { ok: false; reason: 'notNumber' | 'ambiguous' };

// Spaces of every kind (Excel and LibreOffice use no-break and narrow no-break spaces as group
// separators) and the euro sign carry no meaning here.
const ignored = /[\s\u00a0\u2007\u202f€]/g;
const groupedThousands = (intPart: string, sep: string): string | undefined => {
  const groups = intPart.split(sep);
  const first = groups[0] ?? '';
  if (!/^\d{1,3}$/.test(first)) return undefined;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i] ?? '')) return undefined;
  return groups.join('');
};

export function parseNumberText(text: string): NumberText {
  let s = text.replace(ignored, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  let sign = '';
  if (/^[-+\u2212]/.test(s)) {
    sign = s[0] === '+' ? '' : '-';
    s = s.slice(1);
  }
  let exponent = 0;
  const exp = /[eE]([-+]?\d{1,3})$/.exec(s);
  if (exp) {
    exponent = Number(exp[1]);
    s = s.slice(0, exp.index);
  }
  if (s === '' || !/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'notNumber' };

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thousands = dec === '.' ? ',' : '.';
    const at = Math.max(lastDot, lastComma);
    fracPart = s.slice(at + 1);
    if (fracPart.includes(thousands) || fracPart.includes(dec)) return { ok: false, reason: 'notNumber' };
    const grouped = groupedThousands(s.slice(0, at), thousands);
    if (grouped === undefined) return { ok: false, reason: 'notNumber' };
    intPart = grouped;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    if (parts.length > 2) {
      const grouped = groupedThousands(s, sep);
      if (grouped === undefined) return { ok: false, reason: 'notNumber' };
      intPart = grouped;
    } else {
      intPart = parts[0] ?? '';
      fracPart = parts[1] ?? '';
      if (fracPart.length === 3 && /^[1-9]\d{0,2}$/.test(intPart) && exponent === 0) {
        return { ok: false, reason: 'ambiguous' };
      }
    }
  } else {
    intPart = s;
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || intPart + fracPart === '') {
    return { ok: false, reason: 'notNumber' };
  }
  // Shift the exponent in the text, not in floating point: `2,25%` is exactly the double 0.0225.
  const e = exponent - (percent ? 2 : 0);
  const value = Number(`${sign}${intPart || '0'}.${fracPart || '0'}e${e}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'notNumber' };
}
