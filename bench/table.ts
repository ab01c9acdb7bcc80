/** Plain aligned tables for a terminal: figures right-aligned, words left-aligned. */

export type Cell = string | number;

function shown(cell: Cell): string {
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}

/** Enough digits to compare, never a wall of them: 1,234,567 / 123.4 / 1.23 / 0.0123. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size >= 1000 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  if (size >= 100) return value.toFixed(1);
  if (size >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

export function ratio(value: number): string {
  return `${formatNumber(value)}×`;
}

export function table(header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows.map((row) => row.map(shown))];
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  // Figures, ratios and sizes line up on the right; names on the left.
  const numeric = header.map((_, column) =>
    cells.slice(1).every((row) => /^[-\d]/.test(row[column] ?? '')),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}
