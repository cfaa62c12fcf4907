// Plain-text tables for the terminal: the first `textColumns` columns left-aligned (names), the
// others right-aligned (amounts), separated by two spaces, with a rule under the header.
export function table(header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - [...cell].length);
        return c < textColumns ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ').trimEnd();
  return [line(header), rule, ...rows.map(line)].join('\n');
}
