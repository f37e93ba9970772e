/** A Markdown table; every cell is already text, and every row has a cell per column of `header`. */
export function markdownTable(header: string[], rows: string[][]): string {
  const ragged = rows.find((row) => row.length !== header.length);
  if (ragged) {
    throw new Error(
      `a table row has ${ragged.length} cells for ${header.length} columns: ${ragged.join(" | ")}`,
    );
  }
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

export function fixed(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "—";
}
