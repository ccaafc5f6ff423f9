// Every picture the app's own screens and templates use ships in the picture library.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import index from '../../icons/index.json';
import { TEMPLATES } from '../../src/domain/templates';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('pictures used by the app', () => {
  const shipped = new Set(index.symbols.map((symbol) => symbol.id));

  it('are all in icons/', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/symbolId[=:]\s*["']([0-9a-f-]+)["']/g))
        used.add(match[1] ?? '');
      for (const match of text.matchAll(/(?:info|warning|problem): '([0-9a-f-]+)'/g))
        used.add(match[1] ?? '');
    }
    for (const template of TEMPLATES) {
      used.add(template.symbolId);
      for (const lane of template.lanes) used.add(lane.symbolId);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((id) => !shipped.has(id))).toEqual([]);
  });
});
