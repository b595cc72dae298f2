#!/usr/bin/env node
// The server of `npm run bench:server`: `netralitas-asn serve` as the CLI runs it (dist/cli.js, the same arguments),
// started with --expose-gc, plus one IPC message for the bench: 'gc' collects the garbage and answers the memory in
// use, so the bench can show the memory after each round of the bad-input mix without what a collection would free.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
process.on('message', (message) => {
  if (message !== 'gc' || typeof globalThis.gc !== 'function') return;
  globalThis.gc();
  const { rss, heapUsed, external } = process.memoryUsage();
  process.send?.({ rss, heapUsed, external });
});
process.channel?.unref(); // the IPC channel does not keep the server alive after SIGTERM
process.argv = [process.argv[0], cli, 'serve', ...process.argv.slice(2)];
await import(cli);
