/**
 * The HTTP app (Hono): the routes under `/v1`, the OpenAPI document and the health checks, with the production
 * behaviour every route shares: a body-size limit, a time limit, the language of messages from `Accept-Language`,
 * CORS only for the origins given, one structured log record per request, and error answers without stack traces.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { languageDetector } from 'hono/language';
import { requestId } from 'hono/request-id';
import { timeout } from 'hono/timeout';
import { defaultLaw, lawWith, type Law } from '../law/law.js';
import { PackError } from '../law/packs.js';
import { stampedSync } from '../decide/pack-stamp.js';
import { lawDataHash } from '../decide/audit.js';
import { VERSION } from '../law/generated/data.js';
import { incidentJsonSchemaOf } from '../present/json-schema.js';
import { nextQuestionsWith } from '../decide/next-questions.js';
import { LANGUAGES } from '../vocabulary/text.js';
import { answerCache } from './answer-cache.js';
import { batchResponse } from './batch.js';
import { nodeIncoming, readNodeBody } from './node-body.js';
import { invalidIncident, invalidPresume, serviceError, type OwnErrorCode } from './errors.js';
import { parsePresumeText } from '../decide/presume-text.js';
import type { Presume } from '../law/presumptions.js';
import type { Decision } from './logging.js';
import { openApiDocumentOf } from './openapi.js';
import { appOptionsSchema, type AppOptions } from './options.js';
import type { ServiceLanguage } from './schemas.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';

type Env = {
  Variables: {
    language: string;
    requestId: string;
    decision: Omit<Decision, 'time'> | undefined;
    /** Whether a classification was answered from the answer cache (for the request log). */
    cached: boolean | undefined;
    timedOut: boolean;
    /** The body, read from Node's request by the size check (on `@hono/node-server` only). */
    body: { text: string } | 'incomplete' | undefined;
  };
};

const languageOf = (c: Context<Env>): ServiceLanguage => (c.get('language') === 'en' ? 'en' : 'id');

/** The law the routes answer from, loaded and checked once: the built-in law and the service's packs. */
function loadLaw(packs: readonly unknown[]) {
  let law: Law;
  try {
    law = lawWith(packs);
  } catch (error) {
    if (error instanceof PackError) throw error;
    return { ok: false as const };
  }
  return { ok: true as const, law, files: law.files, elections: [...law.calendars.values()] };
}

/** Answers kept as JSON text for repeats of the same facts (see answer-cache.ts); about 20 KB each. */
const ANSWER_CACHE_ENTRIES = 512;

/** The paths and the methods they take, for `405` on the others. */
const METHODS: ReadonlyArray<readonly [string, string]> = [
  ['/v1/classify', 'POST'],
  ['/v1/classify/batch', 'POST'],
  ['/v1/next-questions', 'POST'],
  ['/v1/schema', 'GET'],
  ['/v1/legal-bases', 'GET'],
  ['/v1/legal-bases/:id{.+}', 'GET'],
  ['/v1/rules', 'GET'],
  ['/v1/elections', 'GET'],
  ['/openapi.json', 'GET'],
  ['/healthz', 'GET'],
  ['/readyz', 'GET'],
];

/**
 * Builds the HTTP app of the service: a Hono app whose `fetch` answers every endpoint. Mount it in a Node server with
 * `@hono/node-server` (or use {@link startServer}), or in any runtime that speaks the Fetch API.
 *
 * @param options - limits, CORS origins, and where the request log and the decisions go; see {@link AppOptions}.
 * @example
 * ```ts
 * import { createApp } from 'netralitas-asn/server';
 * const app = createApp({ cors: ['https://lapor.example.go.id'] });
 * const response = await app.request('/v1/classify', {
 *   method: 'POST',
 *   body: JSON.stringify({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } }),
 * });
 * (await response.json()).verdict; // 'violation'
 * ```
 */
export function createApp(options: AppOptions = {}): Hono<Env> {
  const settings = appOptionsSchema.parse({
    bodyLimit: options.bodyLimit,
    batchBodyLimit: options.batchBodyLimit,
    timeoutMs: options.timeoutMs,
    cors: options.cors,
  }, IN_ENGLISH);
  const { log, onDecision } = options;
  const law = loadLaw(options.packs ?? []);
  const served = law.ok ? law.law : defaultLaw();
  const answers = answerCache(ANSWER_CACHE_ENTRIES, served);
  const classifyServed = stampedSync(served);
  const app = new Hono<Env>();
  const fail = (c: Context<Env>, code: OwnErrorCode, status: 400 | 404 | 405 | 408 | 413 | 500 | 503) =>
    c.json(serviceError(code, languageOf(c)), status);
  /** The `presume` query parameter (`?presume=relation=none,cltn=false`, repeatable): none, the option, or a `400`. */
  const presumeOf = (c: Context<Env>): { presume?: Presume } | Response => {
    const texts = c.req.queries('presume');
    if (texts === undefined) return {};
    const parsed = parsePresumeText(texts, 'presume');
    return parsed.ok ? { presume: parsed.presume } : c.json(invalidPresume(parsed.message, languageOf(c)), 400);
  };
  const decide = (decision: Omit<Decision, 'time'>) => onDecision?.({ time: new Date().toISOString(), ...decision });

  app.use(requestId());
  app.use(async (c, next) => {
    const start = performance.now();
    c.set('decision', undefined);
    c.set('cached', undefined);
    c.set('timedOut', false);
    c.set('body', undefined);
    await next();
    log?.({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - start) * 1000) / 1000,
      language: languageOf(c),
      ...c.get('decision'),
      ...(c.get('cached') === undefined ? {} : { cached: c.get('cached') }),
    });
  });
  app.use(languageDetector({ supportedLanguages: [...LANGUAGES], fallbackLanguage: 'id', order: ['header'], caches: false }));
  app.use(async (c, next) => {
    // Set before the answer exists: a header set after it makes Hono copy the response into a stream, and the Node
    // adapter then writes it on its slow path (a third of the CPU of a classification, by a profile).
    c.header('Content-Language', languageOf(c));
    c.header('Vary', 'Accept-Language');
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });
  if (settings.cors.length > 0) {
    app.use(cors({ origin: settings.cors.includes('*') ? '*' : settings.cors, allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type', 'Accept-Language'], maxAge: 600 }));
  }

  const honoBodyLimit = bodyLimit({ maxSize: settings.bodyLimit, onError: (c) => fail(c as Context<Env>, 'payload_too_large', 413) });
  /** The size limit: on Node, read from the Node request as the bytes come; elsewhere, Hono's `bodyLimit`. */
  const bodyCheck: MiddlewareHandler<Env> = async (c, next) => {
    const incoming = nodeIncoming(c.env);
    if (!incoming) return honoBodyLimit(c, next);
    const body = await readNodeBody(incoming, settings.bodyLimit);
    if (body === 'too_large') return fail(c, 'payload_too_large', 413);
    c.set('body', body);
    return next();
  };
  const limits = [
    timeout(settings.timeoutMs, (c) => {
      // The handler may still finish once the body arrives; it must then decide nothing (see `readJson`).
      c.set('timedOut', true);
      return new HTTPException(408, { res: c.json(serviceError('request_timeout', languageOf(c as Context<Env>)), 408) });
    }),
    bodyCheck,
  ] as const;

  /** The JSON body, or why there is none: the body is not JSON, or the client did not send all of it. */
  const readJson = async (c: Context<Env>): Promise<{ value: unknown } | 'malformed_json' | 'incomplete_body' | 'request_timeout'> => {
    let text: string;
    const read = c.get('body');
    if (read === 'incomplete') return 'incomplete_body';
    try {
      text = read?.text ?? (await c.req.text());
    } catch {
      return 'incomplete_body';
    }
    if (c.get('timedOut')) return 'request_timeout';
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return 'malformed_json';
    }
  };

  app.post('/v1/classify', ...limits, async (c) => {
    const options = presumeOf(c);
    if (options instanceof Response) return options;
    const body = await readJson(c);
    if (typeof body === 'string') return fail(c, body, body === 'request_timeout' ? 408 : 400);
    const answer = answers.classify(body.value, options.presume);
    if (!answer.ok) return c.json(invalidIncident(answer, languageOf(c)), 422);
    const decision = { incidentHash: answer.incidentHash, dataHash: answer.dataHash, verdict: answer.verdict };
    c.set('decision', decision);
    c.set('cached', answer.cached);
    decide(decision);
    c.header('Content-Type', 'application/json');
    return c.body(answer.json, 200);
  });

  app.post('/v1/classify/batch', (c) => {
    // Announced too large: refused before anything is read. Otherwise the bytes are counted as they stream.
    if (Number(c.req.header('content-length') ?? 0) > settings.batchBodyLimit) return fail(c, 'payload_too_large', 413);
    const options = presumeOf(c);
    if (options instanceof Response) return options;
    const id = c.get('requestId');
    const start = performance.now();
    return batchResponse(c, {
      ...options,
      maxBytes: settings.batchBodyLimit,
      classify: classifyServed,
      decide,
      done: ({ summary, ended }) =>
        log?.({
          time: new Date().toISOString(),
          level: ended === 'complete' ? 'info' : 'warn',
          msg: 'batch',
          requestId: id,
          ended,
          durationMs: Math.round((performance.now() - start) * 1000) / 1000,
          records: summary.records,
          valid: summary.valid,
          invalid: summary.invalid,
          verdicts: summary.verdicts,
          presumed: summary.presumed,
        }),
    });
  });

  app.post('/v1/next-questions', ...limits, async (c) => {
    const body = await readJson(c);
    if (typeof body === 'string') return fail(c, body, body === 'request_timeout' ? 408 : 400);
    const answer: unknown = nextQuestionsWith(body.value, classifyServed, served);
    if (Array.isArray(answer)) return c.json({ ok: true, questions: answer }, 200);
    // A later library may answer unusable input with the typed error of `classify`.
    const invalid = answer as Parameters<typeof invalidIncident>[0];
    return c.json(invalidIncident(invalid, languageOf(c)), 422);
  });

  app.get('/v1/schema', (c) => c.json(incidentJsonSchemaOf(served)));
  const documents = Object.entries(served.documents).map(([id, d]) => ({ id, ...d }));
  const bases = Object.entries(served.bases).map(([id, b]) => ({ id, ...b }));
  app.get('/v1/legal-bases', (c) => c.json({ documents, legalBases: bases }));
  app.get('/v1/legal-bases/:id{.+}', (c) => {
    const id = c.req.param('id');
    if (!Object.hasOwn(served.bases, id)) return fail(c, 'unknown_legal_basis', 404);
    const basis = served.bases[id]!;
    return c.json({ legalBasis: { id, ...basis }, document: { id: basis.document, ...served.documents[basis.document] } });
  });
  app.get('/v1/rules', (c) => (law.ok ? c.json({ version: VERSION, dataHash: lawDataHash(), files: law.files }) : fail(c, 'not_ready', 503)));
  app.get('/v1/elections', (c) => (law.ok ? c.json({ elections: law.elections }) : fail(c, 'not_ready', 503)));

  const openapi = openApiDocumentOf(law.ok ? law.law : defaultLaw());
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) =>
    law.ok
      ? c.json({ status: 'ready', version: VERSION, dataHash: lawDataHash(), rules: law.files.reduce((n, f) => n + f.rules.length, 0), elections: law.elections.length })
      : fail(c, 'not_ready', 503),
  );

  for (const [path, method] of METHODS) {
    app.all(path, (c) => {
      c.header('Allow', method);
      return fail(c, 'method_not_allowed', 405);
    });
  }
  app.notFound((c) => fail(c, 'not_found', 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // The client went away or sent less than it announced (the body-size check reads the body too).
    if (c.req.raw.signal.aborted || error.message === 'aborted') return fail(c, 'incomplete_body', 400);
    log?.({ time: new Date().toISOString(), level: 'error', msg: 'unhandled', requestId: c.get('requestId'), error: error.message });
    return fail(c, 'internal_error', 500);
  });
  return app;
}
