// Prints the benchmark's table (each build, the ratio between them, budgets met or not, the
// reasons for every n/a) and writes the same figures to bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A value in its unit, for people: 812 ms, 198.0 kB, 2.30 MB, 787. */
export function formatValue(value, unit) {
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  if (unit === 'bytes') {
    if (value >= 1e6) return `${(value / 1e6).toFixed(2)} MB`;
    if (value >= 1e3) return `${(value / 1e3).toFixed(1)} kB`;
    return `${value} B`;
  }
  return String(Math.round(value));
}

function budgetText(figure) {
  return figure.budget === undefined ? '' : `<= ${formatValue(figure.budget, figure.unit)}`;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [
    line(rows[0]),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

/**
 * The table as text, and the report object written to results.json.
 * @param {{ figures: import('./figures.mjs').Figure[], results: import('./figures.mjs').Results,
 *   builds: { name: string, label: string, commit: string }[], machine: object,
 *   chromium: string, options: object, command: string }} run
 */
export function makeReport({ figures, results, builds, machine, chromium, options, command }) {
  const notes = [];
  const noteFor = (text) => {
    let index = notes.indexOf(text);
    if (index < 0) index = notes.push(text) - 1;
    return `[${index + 1}]`;
  };
  const [first, second] = builds;
  const header = ['Figure', ...builds.map((build) => build.label)];
  if (second) header.push(`ratio ${first.label} / ${second.label}`);
  header.push('budget');
  const rows = [header];
  const json = [];
  for (const figure of figures) {
    const cells = [figure.label];
    const perBuild = {};
    for (const build of builds) {
      const summary = results.summary(build.name, figure.id);
      const met =
        summary.value === undefined || figure.budget === undefined
          ? undefined
          : summary.value <= figure.budget;
      perBuild[build.name] = { ...summary, budgetMet: met };
      if (summary.value === undefined) {
        cells.push(`n/a ${noteFor(`${build.label}: ${summary.na}`)}`);
        continue;
      }
      let cell = formatValue(summary.value, figure.unit);
      if (met !== undefined) cell += met ? ' (met)' : ' (not met)';
      if (summary.problems?.length) {
        const failed = `${summary.problems.length} of ${summary.problems.length + summary.runs.length} runs failed`;
        cell += ` ${noteFor(`${build.label}: ${figure.label}: ${failed}: ${summary.problems[0]}`)}`;
      }
      cells.push(cell);
    }
    let ratio;
    if (second) {
      const a = perBuild[first.name].value;
      const b = perBuild[second.name].value;
      ratio = a !== undefined && b !== undefined && b !== 0 ? a / b : undefined;
      cells.push(ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}x`);
    }
    cells.push(budgetText(figure));
    rows.push(cells);
    json.push({ ...figure, builds: perBuild, ...(second ? { ratio: ratio ?? null } : {}) });
  }
  const lines = [
    `My Plan benchmark, ${new Date().toISOString()}`,
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, load average ${machine.loadAverage.join(' ')}`,
    `Chromium ${chromium}, window ${machine.viewport}; Node ${machine.node}`,
    `Builds: ${builds.map((build) => `${build.label} = ${build.commit}`).join('; ')}`,
    `Timed figures: median of ${options.runs} run${options.runs === 1 ? '' : 's'} at CPU ${options.rates.map((r) => `x${r}`).join(' and ')}${second ? ', builds interleaved' : ''}`,
    `Command: ${command}`,
    '',
    table(rows),
  ];
  if (notes.length > 0) {
    lines.push('', ...notes.map((note, index) => `[${index + 1}] ${note}`));
  }
  const report = {
    generatedAt: new Date().toISOString(),
    command,
    options,
    machine,
    chromium,
    builds,
    figures: json,
  };
  return { text: lines.join('\n'), report };
}

/** Writes `report` as pretty JSON to `path`. */
export function writeReport(path, report) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
