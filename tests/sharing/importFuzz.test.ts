// The import fuzz (issue 6): hundreds of broken, hostile and changed .myplan files go through the
// path a person's file takes, on a tablet where Sam and Noor keep their plans. None may crash or
// hang; each gets plain words in every language; a refused file changes no table at all; a good
// one imports, touches nobody else and is then put back. Figures: reports/fuzz.json + one line.
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Announcer } from '../../src/a11y/announcer';
import { startI18n } from '../../src/app/i18n';
import type { PlanBundle } from '../../src/domain/bundle';
import { BundlePreview } from '../../src/sharing/BundlePreview';
import { makeBases, type Bases, type FuzzFile } from '../support/fuzz/baseFiles';
import { importProblems, isPolluted, missingWords, othersBefore } from '../support/fuzz/checks';
import { GROUPS } from '../support/fuzz/corpus';
import { writeReport, summaryLine, type FileResult } from '../support/fuzz/report';
import { feed } from '../support/fuzz/runImport';
import { everyTableHash } from '../support/fuzz/quickHash';
import {
  restoreTables,
  seedTablet,
  snapshotTables,
  type Snapshot,
} from '../support/fuzz/seedTablet';
import { tableHashes } from '../support/tableHashes';

let bases: Bases;
const results: FileResult[] = [];
const realUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

/** The preview a person sees before anything is kept, drawn and taken away again. */
function preview(bundle: PlanBundle): void {
  const view = render(
    createElement(Announcer, null, createElement(BundlePreview, { bundle, showPlans: true })),
  );
  view.unmount();
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}

async function runOne(
  file: FuzzFile,
  snapshot: Snapshot,
  baseline: Record<string, string>,
): Promise<FileResult> {
  const others = file.expect === 'refused' ? new Map<string, string>() : await othersBefore(file);
  const { outcome, ms } = await feed(file, preview);
  const result: FileResult = {
    group: file.group,
    name: file.name,
    status: outcome.status,
    ms,
    changedTables: [],
    problems: [],
  };
  if (outcome.status === 'crash') result.problems.push(outcome.error);
  if (outcome.status === 'refused') {
    result.key = outcome.key;
    const missing = missingWords(outcome.key);
    if (missing.length > 0)
      result.problems.push(`no words for ${outcome.key} in ${missing.join(', ')}`);
    if (file.expect === 'imports')
      result.problems.push(`refused (${outcome.key}) a file that must import`);
  }
  if (outcome.status === 'imported')
    result.problems.push(...(await importProblems(file, outcome, others)));
  if (isPolluted()) result.problems.push('Object.prototype was polluted');
  const changed = changedTables(baseline, await everyTableHash());
  if (outcome.status === 'imported') {
    if (changed.length === 0) result.problems.push('imported, yet no table changed');
  } else {
    result.changedTables = changed;
  }
  if (changed.length > 0) {
    await restoreTables(snapshot);
    const left = changedTables(baseline, await everyTableHash());
    if (left.length > 0)
      result.problems.push(`the tablet could not be put back: ${left.join(', ')}`);
  }
  return result;
}

const isBad = (r: FileResult) =>
  r.status === 'crash' ||
  r.status === 'hang' ||
  r.changedTables.length > 0 ||
  r.problems.length > 0;

beforeAll(async () => {
  await startI18n('en');
  bases = await makeBases();
  let n = 0;
  Object.assign(URL, {
    createObjectURL: () => `blob:fuzz/${(n += 1)}`,
    revokeObjectURL: () => undefined,
  });
});

afterAll(() => {
  Object.assign(URL, { createObjectURL: realUrl.create, revokeObjectURL: realUrl.revoke });
  const figures = writeReport('reports/fuzz.json', results);
  console.log(summaryLine(figures));
});

describe('the import of hostile and broken files', () => {
  for (const [group, make] of GROUPS) {
    it(`${group}: no crash, no hang, plain words, no table changed unless the file is good`, async () => {
      const files = await make(bases);
      await seedTablet();
      const snapshot = await snapshotTables();
      const baseline = await tableHashes();
      expect(await everyTableHash()).toEqual(baseline);
      const groupResults: FileResult[] = [];
      for (const file of files) groupResults.push(await runOne(file, snapshot, baseline));
      results.push(...groupResults);
      const bad = groupResults.filter(isBad).map((r) => ({
        name: r.name,
        status: r.status,
        key: r.key,
        changed: r.changedTables,
        problems: r.problems,
      }));
      expect(bad).toEqual([]);
    }, 60_000);
  }

  it('fed at least 500 files, most of them refused, and imported the good ones', () => {
    expect(results.length).toBeGreaterThanOrEqual(500);
    expect(results.filter((r) => r.status === 'refused').length).toBeGreaterThanOrEqual(500);
    expect(
      results.filter((r) => r.group === 'good files' && r.status === 'imported').length,
    ).toBeGreaterThanOrEqual(10);
  });
});
