/** One bar group: a label under it and one value per series. */
export interface BarGroup {
  label: string;
  values: number[];
}

const COLORS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759"];

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A grouped bar chart as a self-contained SVG (no fonts or scripts fetched), with a dashed line at
 * `target`. Written by hand so that the benchmark needs no plotting package and no network.
 */
export function groupedBarChart(options: {
  title: string;
  yLabel: string;
  series: string[];
  groups: BarGroup[];
  target?: number;
}): string {
  const { groups, series } = options;
  const width = 120 + groups.length * (series.length * 22 + 24);
  const height = 320;
  const plot = { left: 60, right: width - 20, top: 40, bottom: height - 70 };
  const maxValue = Math.max(options.target ?? 0, ...groups.flatMap((group) => group.values)) * 1.1 || 1;
  const y = (value: number) => plot.bottom - (value / maxValue) * (plot.bottom - plot.top);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">${escape(options.title)}</text>`,
    `<text x="14" y="${(plot.top + plot.bottom) / 2}" transform="rotate(-90 14 ${(plot.top + plot.bottom) / 2})" text-anchor="middle">${escape(options.yLabel)}</text>`,
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="black"/>`,
    `<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${plot.bottom}" stroke="black"/>`,
  ];
  for (let tick = 0; tick <= 4; tick++) {
    const value = (maxValue / 4) * tick;
    parts.push(
      `<text x="${plot.left - 6}" y="${y(value) + 4}" text-anchor="end">${value.toFixed(2)}</text>`,
      `<line x1="${plot.left}" y1="${y(value)}" x2="${plot.right}" y2="${y(value)}" stroke="#ddd"/>`,
    );
  }
  let x = plot.left + 16;
  for (const group of groups) {
    group.values.forEach((value, index) => {
      const top = y(value);
      parts.push(
        `<rect x="${x + index * 22}" y="${top}" width="18" height="${plot.bottom - top}" fill="${COLORS[index % COLORS.length]}"/>`,
        `<text x="${x + index * 22 + 9}" y="${top - 3}" text-anchor="middle" font-size="9">${value.toFixed(2)}</text>`,
      );
    });
    const groupWidth = series.length * 22;
    parts.push(
      `<text x="${x + groupWidth / 2}" y="${plot.bottom + 16}" text-anchor="middle">${escape(group.label)}</text>`,
    );
    x += groupWidth + 24;
  }
  if (options.target !== undefined) {
    parts.push(
      `<line x1="${plot.left}" y1="${y(options.target)}" x2="${plot.right}" y2="${y(options.target)}" stroke="#c00" stroke-dasharray="6 4"/>`,
      `<text x="${plot.right}" y="${y(options.target) - 4}" text-anchor="end" fill="#c00">target ${options.target}</text>`,
    );
  }
  series.forEach((name, index) => {
    const legendX = plot.left + index * 110;
    parts.push(
      `<rect x="${legendX}" y="${height - 30}" width="12" height="12" fill="${COLORS[index % COLORS.length]}"/>`,
      `<text x="${legendX + 16}" y="${height - 20}">${escape(name)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}
