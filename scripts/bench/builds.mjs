// Builds the app for the benchmark into .tmp/bench/<name>/ (never into dist/): this working tree,
// and optionally a git ref, built in a temporary git worktree that borrows our node_modules.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs a command; resolves with its output, rejects with the end of it when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, timeoutMs?: number }} options
 * @returns {Promise<string>}
 */
export function run(command, args, { cwd, timeoutMs = BUILD_TIMEOUT_MS }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        const tail = output.trim().split('\n').slice(-30).join('\n');
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${tail}`));
      }
    });
  });
}

async function git(root, ...args) {
  return (await run('git', args, { cwd: root, timeoutMs: 60_000 })).trim();
}

/**
 * What was built and where: `dir` is served, `strings` are the English words of that build
 * (the benchmark finds buttons by their names, which may differ between builds).
 * @typedef {{ name: string, label: string, commit: string, dir: string, strings: object }} Build
 */

function stringsPath(root, name) {
  return join(root, '.tmp', 'bench', `${name}.en.json`);
}

function loadBuild(root, name, label, commit) {
  const dir = join(root, '.tmp', 'bench', name);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no build in ${dir}: run without --no-build first`);
  }
  const strings = JSON.parse(readFileSync(stringsPath(root, name), 'utf8'));
  return { name, label, commit, dir, strings };
}

async function viteBuild(cwd, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd,
  });
}

/**
 * Builds this working tree (as it is, uncommitted changes included) into .tmp/bench/current.
 * @param {string} root the project folder
 * @param {boolean} build false: reuse the build already there
 * @returns {Promise<Build>}
 */
export async function buildCurrent(root, build) {
  const head = await git(root, 'rev-parse', '--short', 'HEAD');
  const dirty = (await git(root, 'status', '--porcelain')).length > 0;
  const commit = dirty ? `${head} + uncommitted changes` : head;
  if (build) {
    mkdirSync(join(root, '.tmp', 'bench'), { recursive: true });
    await viteBuild(root, join(root, '.tmp', 'bench', 'current'));
    copyFileSync(join(root, 'locales', 'en.json'), stringsPath(root, 'current'));
  }
  return loadBuild(root, 'current', 'this tree', commit);
}

/**
 * Builds git ref `ref` into .tmp/bench/against-<ref>: a detached worktree in
 * .tmp/bench/worktree with a symlink to our node_modules, removed again after the build.
 * @param {string} root
 * @param {string} ref
 * @param {boolean} build
 * @returns {Promise<Build>}
 */
export async function buildRef(root, ref, build) {
  let commit;
  try {
    commit = await git(root, 'rev-parse', '--short', `${ref}^{commit}`);
  } catch {
    throw new Error(`--against ${ref}: git does not know this commit, branch or tag`);
  }
  const name = `against-${ref.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  if (build) {
    const tree = join(root, '.tmp', 'bench', 'worktree');
    const removeTree = async () => {
      if (existsSync(tree)) await git(root, 'worktree', 'remove', '--force', tree).catch(() => {});
      rmSync(tree, { recursive: true, force: true });
      await git(root, 'worktree', 'prune');
    };
    await removeTree();
    try {
      await git(root, 'worktree', 'add', '--detach', tree, commit);
      symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
      await viteBuild(tree, join(root, '.tmp', 'bench', name));
      copyFileSync(join(tree, 'locales', 'en.json'), stringsPath(root, name));
    } finally {
      await removeTree();
    }
  }
  return loadBuild(root, name, ref, commit);
}
