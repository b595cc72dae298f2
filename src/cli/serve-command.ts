/**
 * What `netralitas-asn serve` runs: reads the options with `util.parseArgs`, starts the server, logs one JSON line per
 * request on stdout, and on SIGTERM or SIGINT shuts down gracefully (requests in flight finish) and exits 0.
 */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { jsonLines } from '../server/logging.js';
import { serverOptionsSchema } from '../server/options.js';
import { startServer } from '../server/serve.js';
import { CliFault } from './faults.js';
import { lawFrom } from './packs-option.js';
import { BUILT_IN_PACKS } from '../law/generated/data.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';

const HELP = `Usage: netralitas-asn serve [options]

Runs the HTTP service: POST /v1/classify, POST /v1/classify/batch (NDJSON), POST /v1/next-questions,
GET /v1/schema, /v1/legal-bases, /v1/legal-bases/{id}, /v1/rules, /v1/elections, /openapi.json, /healthz, /readyz.

Options:
  --port N              TCP port (default 8080; 0 picks a free one)
  --host ADDRESS        interface to listen on (default 127.0.0.1)
  --cors ORIGIN         allow this origin by CORS (repeatable; * for any); CORS is off without it
  --body-limit BYTES    largest body of the JSON endpoints (default 65536)
  --batch-limit BYTES   largest body of /v1/classify/batch (default 33554432)
  --timeout MS          time allowed for one JSON request (default 10000)
  --decision-log FILE   append one NDJSON line per decision (time, incidentHash, dataHash, verdict)
  --grace MS            time requests in flight get to finish on shutdown (default 30000)
  --pack PATH           load a law pack (a pack folder, or one JSON/YAML file) beside the built-in law (repeatable)
  -h, --help            this help

Logs one JSON line per request on stdout (audit hashes and verdict, never the report's reference).
SIGTERM or SIGINT: stops accepting connections, finishes the requests in flight, exits 0.
Exit code: 0 after a shutdown, 2 for a usage error, 1 when the server cannot start.
`;

const int = (value: string | undefined) => (value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : Number.NaN);

/**
 * Runs the `serve` command; resolves to the exit code once the server has shut down.
 * @internal
 */
export async function runServe(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        host: { type: 'string' },
        cors: { type: 'string', multiple: true },
        'body-limit': { type: 'string' },
        'batch-limit': { type: 'string' },
        timeout: { type: 'string' },
        'decision-log': { type: 'string' },
        grace: { type: 'string' },
        pack: { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let packs: unknown[] = [];
  try {
    const law = await lawFrom(values.pack);
    packs = law.packs.slice(BUILT_IN_PACKS.length).map((p) => p.data);
  } catch (error) {
    if (error instanceof CliFault) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
  const parsed = serverOptionsSchema.safeParse({
    port: int(values.port),
    host: values.host,
    cors: values.cors,
    bodyLimit: int(values['body-limit']),
    batchBodyLimit: int(values['batch-limit']),
    timeoutMs: int(values.timeout),
    decisionLog: values['decision-log'],
    shutdownGraceMs: int(values.grace),
  }, IN_ENGLISH);
  if (!parsed.success) {
    process.stderr.write(`${z.prettifyError(parsed.error)}\n\n${HELP}`);
    return 2;
  }
  const log = jsonLines(process.stdout);
  let running;
  try {
    running = await startServer({ ...parsed.data, log, packs });
  } catch (error) {
    log.flush();
    process.stderr.write(`Cannot start the server: ${(error as Error).message}\n`);
    return 1;
  }
  log({ time: new Date().toISOString(), level: 'info', msg: 'listening', url: running.url });
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  log({ time: new Date().toISOString(), level: 'info', msg: 'shutting down', signal });
  await running.close();
  log({ time: new Date().toISOString(), level: 'info', msg: 'stopped' });
  log.flush();
  return 0;
}
