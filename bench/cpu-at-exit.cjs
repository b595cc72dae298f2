// Preloaded by bench/cli-bench.mjs (`node -r bench/cpu-at-exit.cjs ...`): prints the process's CPU time (user +
// system, ms) on stderr as it exits, for the start-up figures.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`cpu-ms ${((user + system) / 1000).toFixed(1)}\n`);
});
