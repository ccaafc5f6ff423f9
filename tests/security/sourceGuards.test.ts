// Guards in the source that keep the page safe: no code turns text into HTML or runs text as
// code, zod is only used through src/domain/zod.ts (which turns its code generation off), and
// the policy in scripts/csp.mjs stays strict in both its header and its <meta> form.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY, SECURITY_HEADERS } from '../../scripts/csp.mjs';

const SRC = join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const isComment = (line: string) => /^\s*(\/\/|\/?\*)/.test(line);

/** The lines of code (not comments) in src/ that match `pattern`, as "file:line: code". */
function findInSource(pattern: RegExp): string[] {
  return sourceFiles(SRC).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) && !isComment(line)
          ? [`${relative(SRC, file)}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('the source', () => {
  it('never writes text into the page as HTML', () => {
    const sinks =
      /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|srcdoc|createContextualFragment|DOMParser/;
    expect(findInSource(sinks)).toEqual([]);
  });

  it('never runs text as code', () => {
    expect(findInSource(/\beval\(|new Function\b|\bFunction\(|setTimeout\(\s*['"`]/)).toEqual([]);
  });

  it('uses zod only through src/domain/zod.ts, with its code generation off', () => {
    const imports = findInSource(/^import (?!type\b).*from 'zod(\/.*)?'/);
    expect(imports).toEqual([expect.stringMatching(/^domain\/zod\.ts:/)]);
  });

  it("turns zod's code generation off (and the search finds what is there)", () => {
    expect(findInSource(/config\(\{ jitless: true \}\)/)).toEqual([
      expect.stringMatching(/^domain\/zod\.ts:/),
    ]);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline or evaluated script and sends nothing anywhere', () => {
    const found = directives(HEADER_POLICY);
    expect(found.get('script-src')).toEqual(["'self'"]);
    expect(found.get('style-src')).toEqual(["'self'"]);
    expect(found.get('connect-src')).toEqual(["'self'"]);
    expect(found.get('object-src')).toEqual(["'none'"]);
    expect(found.get('base-uri')).toEqual(["'none'"]);
    expect(found.get('frame-ancestors')).toEqual(["'none'"]);
    expect(HEADER_POLICY).not.toMatch(/unsafe-|\*|https?:/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_POLICY);
  });

  it('keeps in the <meta> tag everything a <meta> tag can carry', () => {
    const header = directives(HEADER_POLICY);
    const meta = directives(META_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });
});
