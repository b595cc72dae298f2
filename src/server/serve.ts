/**
 * The service on a Node HTTP server: listens, and on {@link RunningServer.close} (the CLI calls it on SIGTERM and
 * SIGINT) stops accepting connections, lets the requests in flight finish, then closes what is left after the grace
 * period and the decision log.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { openDecisionLog, type DecisionLog } from './logging.js';
import { serverOptionsSchema, type ServerOptions } from './options.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';

/**
 * A started service.
 * @example
 * ```ts
 * import { startServer, type RunningServer } from 'netralitas-asn/server';
 * const running: RunningServer = await startServer({ port: 0 });
 * console.log(running.url); // e.g. 'http://127.0.0.1:39123'
 * await running.close();
 * ```
 */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** The port listened on (the one picked when `port` was 0). */
  readonly port: number;
  /** The Node HTTP server. */
  readonly server: Server;
  /**
   * Stops accepting connections, waits for the requests in flight (up to the grace period), closes the remaining
   * connections and the decision log. Resolves once all of that is done; calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/**
 * Starts the HTTP service: the app of {@link createApp} on a Node HTTP server, with the decision log if asked for.
 *
 * @param options - address, limits, CORS, decision log, shutdown grace; see {@link ServerOptions}.
 * @example
 * ```ts
 * import { startServer } from 'netralitas-asn/server';
 * const running = await startServer({ port: 8080, host: '127.0.0.1' });
 * process.once('SIGTERM', () => void running.close());
 * ```
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { log, onDecision, packs, ...values } = options;
  const settings = serverOptionsSchema.parse(values, IN_ENGLISH);
  const decisionLog: DecisionLog | undefined = settings.decisionLog
    ? await openDecisionLog(settings.decisionLog, (error) =>
        log?.({ time: new Date().toISOString(), level: 'error', msg: 'decision log failed; decisions are no longer recorded', error: error.message }),
      )
    : undefined;
  let closing = false;
  const app = createApp({
    bodyLimit: settings.bodyLimit,
    batchBodyLimit: settings.batchBodyLimit,
    timeoutMs: settings.timeoutMs,
    cors: settings.cors,
    ...(log ? { log } : {}),
    ...(packs ? { packs } : {}),
    onDecision: (decision) => {
      decisionLog?.write(decision);
      onDecision?.(decision);
    },
  });
  // The bindings (`{ incoming, outgoing }`) go on to the app: it reads JSON bodies straight from Node's request.
  const fetch = (request: Request, env: unknown) => {
    const response = app.fetch(request, env);
    if (!closing) return response;
    // While shutting down, ask the client not to reuse the connection.
    return Promise.resolve(response).then((r) => {
      r.headers.set('Connection', 'close');
      return r;
    });
  };
  const server = serve({
    fetch,
    port: settings.port,
    hostname: settings.host,
    serverOptions: { requestTimeout: settings.requestTimeoutMs, headersTimeout: Math.min(settings.requestTimeoutMs, 10_000), keepAliveTimeout: 5_000 },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', () => resolve());
    server.once('error', (error) => {
      void decisionLog?.close();
      reject(error);
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      closing = true;
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const grace = setTimeout(() => server.closeAllConnections(), settings.shutdownGraceMs);
      server.close(() => {
        clearInterval(idle);
        clearTimeout(grace);
        void (decisionLog?.close() ?? Promise.resolve()).then(resolve, resolve);
      });
      server.closeIdleConnections();
    });
    return closed;
  };
  return { url: `http://${host}:${port}`, port, server, close };
}
