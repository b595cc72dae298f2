#!/usr/bin/env node
// Makes sure Debian's chromium is there for the browser test of the demo form (test/e2e-form.test.ts).
// In CI (CI=true, running as root) it installs the package; elsewhere it only says that the browser test will be
// skipped and how to install it. No browser is ever downloaded from anywhere else.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.env.CI && process.getuid?.() === 0) {
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (r.status !== 0) process.exit(r.status ?? 1);
    }
  } else {
    console.warn(`${CHROMIUM} not found: the browser test of the demo form is skipped (install it: apt-get install chromium).`);
  }
}
