/**
 * `netralitas-asn serve`: the HTTP service from the command line. The options are read here; the server itself is
 * loaded only when the command runs, so the other commands do not load the HTTP framework.
 */
import type { Command } from '../cli/command.js';

/**
 * The `serve` command.
 * @example
 * ```sh
 * netralitas-asn serve --port 8080 --host 127.0.0.1 --decision-log decisions.ndjson
 * ```
 * @internal
 */
export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port 8080] [--host 127.0.0.1]',
  summary: 'run the HTTP service (JSON API under /v1, OpenAPI at /openapi.json)',
  async run(argv) {
    const { runServe } = await import('./serve-run.js');
    return runServe(argv);
  },
};
