/**
 * The options of the HTTP service, as zod schemas: the app's limits and CORS, and the server's address, decision log
 * and shutdown grace. Defaults are applied here once, for the function and the CLI alike.
 */
import * as z from 'zod/mini';
import type { Decision, LogSink } from './logging.js';

/** The options of {@link createApp} that are plain values. @internal */
export const appOptionsSchema = z.strictObject({
  /** Largest request body of the JSON endpoints, in bytes. */
  bodyLimit: z._default(z.int().check(z.positive()), 65_536),
  /** Largest request body of `POST /v1/classify/batch`, in bytes. */
  batchBodyLimit: z._default(z.int().check(z.positive()), 33_554_432),
  /** Time allowed for one request of the JSON endpoints (reading the body included), in milliseconds. */
  timeoutMs: z._default(z.int().check(z.positive()), 10_000),
  /** Origins allowed by CORS; none (the default) turns CORS off. */
  cors: z._default(z.array(z.string().check(z.minLength(1))), []),
});

/** The options of {@link startServer} that are plain values. @internal */
export const serverOptionsSchema = z.extend(appOptionsSchema, {
  /** TCP port; 0 picks a free one. */
  port: z._default(z.int().check(z.gte(0), z.lte(65_535)), 8080),
  /** Interface to listen on. */
  host: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  /** File to append the decision log to (one NDJSON line per decision). */
  decisionLog: z.optional(z.string().check(z.minLength(1))),
  /** Time requests in flight get to finish on shutdown before their connections are closed, in milliseconds. */
  shutdownGraceMs: z._default(z.int().check(z.positive()), 30_000),
  /** Time allowed to receive a whole request (a batch upload included), in milliseconds. */
  requestTimeoutMs: z._default(z.int().check(z.positive()), 300_000),
});

/**
 * Options of {@link createApp}: limits, CORS, and where the request log and the decisions go.
 * @example
 * ```ts
 * import { createApp, type AppOptions } from 'netralitas-asn/server';
 * const options: AppOptions = { bodyLimit: 65_536, timeoutMs: 5_000, cors: ['https://lapor.example.go.id'] };
 * const app = createApp(options);
 * ```
 */
export type AppOptions = z.input<typeof appOptionsSchema> & {
  /** Receives one structured record per request (and per finished batch); nothing is logged without it. */
  readonly log?: LogSink;
  /** Receives every decision (the audit hashes and the verdict), e.g. for a decision log. */
  readonly onDecision?: (decision: Decision) => void;
  /**
   * Law packs loaded beside the built-in law (as `createClassifier` takes them); `createApp` throws `PackError` for
   * one that does not load.
   */
  readonly packs?: readonly unknown[];
};

/**
 * Options of {@link startServer}: those of {@link AppOptions}, the address, the decision log and the shutdown grace.
 * @example
 * ```ts
 * import { startServer, type ServerOptions } from 'netralitas-asn/server';
 * const options: ServerOptions = { port: 8080, host: '127.0.0.1', decisionLog: '/var/log/netralitas/decisions.ndjson' };
 * const server = await startServer(options);
 * ```
 */
export type ServerOptions = z.input<typeof serverOptionsSchema> & Pick<AppOptions, 'log' | 'onDecision' | 'packs'>;
