// The figures of a fuzz run: files fed, crashes, hangs, changed hashes, wrong outcomes, and the
// slowest and median time per file, written to reports/fuzz.json and said in one line.
import { mkdirSync, writeFileSync } from 'node:fs';

/** How one file went. */
export interface FileResult {
  group: string;
  name: string;
  status: 'refused' | 'imported' | 'crash' | 'hang';
  /** The words the screen showed (a translation key), for a refused file. */
  key?: string;
  ms: number;
  /** Tables whose hash changed although nothing was kept. */
  changedTables: string[];
  /** Anything else wrong: a message missing in a language, a wrong outcome, a bad import. */
  problems: string[];
}

/** The figures of a run. */
export interface Figures {
  files: number;
  refused: number;
  imported: number;
  crashes: number;
  hangs: number;
  changedHashes: number;
  otherProblems: number;
  slowestMs: number;
  slowestFile: string;
  medianMs: number;
  messages: Record<string, number>;
  groups: Record<string, number>;
}

/** The figures of `results`. */
export function figuresOf(results: readonly FileResult[]): Figures {
  const times = results.map((result) => result.ms).sort((a, b) => a - b);
  const slowest = results.reduce<FileResult | undefined>(
    (a, b) => (!a || b.ms > a.ms ? b : a),
    undefined,
  );
  const count = (test: (result: FileResult) => boolean) => results.filter(test).length;
  const tally = (key: (result: FileResult) => string | undefined) => {
    const out: Record<string, number> = {};
    for (const result of results) {
      const name = key(result);
      if (name !== undefined) out[name] = (out[name] ?? 0) + 1;
    }
    return out;
  };
  return {
    files: results.length,
    refused: count((r) => r.status === 'refused'),
    imported: count((r) => r.status === 'imported'),
    crashes: count((r) => r.status === 'crash'),
    hangs: count((r) => r.status === 'hang'),
    changedHashes: count((r) => r.changedTables.length > 0),
    otherProblems: count((r) => r.problems.length > 0),
    slowestMs: Math.round(slowest?.ms ?? 0),
    slowestFile: slowest ? `${slowest.group}: ${slowest.name.slice(0, 60)}` : '',
    medianMs: Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10,
    messages: tally((r) => r.key),
    groups: tally((r) => r.group),
  };
}

/** The one-line summary of a run. */
export function summaryLine(figures: Figures): string {
  const f = figures;
  return (
    `import fuzz: ${f.files} files fuzzed (${f.refused} refused, ${f.imported} imported), ` +
    `${f.crashes} crashes, ${f.hangs} hangs, ${f.changedHashes} changed hashes, ` +
    `${f.otherProblems} other problems; slowest ${f.slowestMs} ms (${f.slowestFile}), median ${f.medianMs} ms`
  );
}

/** Writes the figures and every file's result to `path` (reports/ is not committed). */
export function writeReport(path: string, results: readonly FileResult[]): Figures {
  const figures = figuresOf(results);
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  const problems = results.filter(
    (r) =>
      r.status === 'crash' ||
      r.status === 'hang' ||
      r.changedTables.length > 0 ||
      r.problems.length > 0,
  );
  writeFileSync(path, `${JSON.stringify({ figures, problems, results }, null, 1)}\n`);
  return figures;
}
