/**
 * The package as built at a git revision, for benchmarks that measure this checkout against it side by side: a
 * detached worktree under .tmp/base-REV that shares this checkout's node_modules, its data generated and its dist built
 * once (kept for later runs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The classifier of the package built at `rev` (by the checkout at `root`). */
export async function basePackage(root: string, rev: string): Promise<{ classifySync: (input: unknown) => unknown }> {
  const dir = join(root, '.tmp', `base-${rev.replace(/[^A-Za-z0-9._-]/g, '_')}`);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: root, stdio: 'ignore' });
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(dir, 'scripts', 'generate-data.mjs')], { cwd: dir, stdio: 'ignore' });
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: dir, stdio: 'ignore' });
  }
  return (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as { classifySync: (input: unknown) => unknown };
}
