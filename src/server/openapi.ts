/**
 * The OpenAPI 3.1 document of the service, generated from the zod schemas: the incident from
 * {@link incidentJsonSchema} (zod's `z.toJSONSchema` of {@link incidentSchema}, annotated), every other body from
 * `./schemas.ts` by `z.toJSONSchema` over one registry, so that each schema is a component the others refer to.
 */
import * as z from 'zod';
import { VERSION } from '../law/generated/data.js';
import { lawWith, type Law } from '../law/law.js';
import { incidentJsonSchemaOf, multiActJsonSchemaOf } from '../present/json-schema.js';
import { LANGUAGES } from '../vocabulary/text.js';
import { PRESUMPTIONS } from '../law/presumptions.js';
import {
  batchLineSchema,
  bilingualSchema,
  electionsSchemaOf,
  errorSchema,
  healthSchema,
  issueSchema,
  legalBasesSchema,
  legalBasisAnswerSchema,
  legalBasisSchema,
  legalDocumentSchema,
  questionsSchema,
  readySchema,
  resultSchema,
  rulesSchema,
} from './schemas.js';

type Json = Record<string, unknown>;

/** The components under a law: its elections are the values of `election` in the answers. */
const componentsOf = (law: Law): ReadonlyArray<readonly [string, z.ZodType]> => [
  ['Bilingual', bilingualSchema],
  ['ValidationIssue', issueSchema],
  ['Error', errorSchema],
  ['ClassificationResult', resultSchema],
  ['BatchLine', batchLineSchema],
  ['NextQuestions', questionsSchema],
  ['LegalDocument', legalDocumentSchema],
  ['LegalBasis', legalBasisSchema],
  ['LegalBases', legalBasesSchema],
  ['LegalBasisAnswer', legalBasisAnswerSchema],
  ['Rules', rulesSchema],
  ['Elections', electionsSchemaOf(law.elections as [string, ...string[]])],
  ['Health', healthSchema],
  ['Ready', readySchema],
];

/** `additionalProperties: {}` (zod's loose object) written as `true`, at every level. */
function openObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(openObjects);
  else if (node !== null && typeof node === 'object') {
    const object = node as Json;
    const extra = object.additionalProperties;
    if (extra !== null && typeof extra === 'object' && Object.keys(extra).length === 0) object.additionalProperties = true;
    Object.values(object).forEach(openObjects);
  }
}

function componentSchemas(law: Law): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of componentsOf(law)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'output', uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Json>;
  };
  const out: Json = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    openObjects(rest);
    out[id] = rest;
  }
  const { $schema: _dialect, ...incident } = incidentJsonSchemaOf(law) as Json;
  out.Incident = incident;
  const { $schema: _multiDialect, ...multi } = multiActJsonSchemaOf(law) as Json;
  out.MultiActIncident = multi;
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const error = (description: string) => json('Error', description);

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'Language of the `text` of errors: `id` (Bahasa Indonesia, the default) or `en`. Results are always bilingual.',
  schema: { type: 'string', examples: [...LANGUAGES] },
};

const PRESUME = {
  name: 'presume',
  in: 'query',
  required: false,
  description:
    'Presumptions for facts a report leaves unsaid, as `NAME=VALUE` pairs separated by commas (the parameter may also be repeated); ' +
    'NAME is the short name or the incident path. A stated fact always wins; each result then has `presumptions`: those it relied on, ' +
    'each with its reason, source and the outcome had it taken its other value. Offered: ' +
    Object.values(PRESUMPTIONS)
      .map((p) => `\`${p.name}\` (\`${p.path}\`): ${String(p.presumed)} or ${String(p.other)}`)
      .join('; ') +
    '. Bad text gets `400` with the code `invalid_presume`.',
  schema: { type: 'string', examples: ['relation=none,cltn=false', 'target.relation=none'] },
};
const PRESUME_ERROR = error('The `presume` parameter is not valid (`invalid_presume`): the message names it and lists what it takes.');

const COMMON_ERRORS = {
  '404': error('No such resource.'),
  '405': error('Method not allowed for this resource.'),
  '500': error('Internal error (no details are given).'),
};

const jsonBody = (schema: Json, description: string) => ({ required: true, description, content: { 'application/json': { schema } } });

function paths(): Json {
  const get = (operationId: string, summary: string, id: string, extra: Json = {}) => ({
    get: { operationId, summary, parameters: [ACCEPT_LANGUAGE], responses: { '200': json(id, summary), ...COMMON_ERRORS, ...extra } },
  });
  const postErrors = {
    '400': error('The body is not valid JSON (`malformed_json`), or was not sent in full (`incomplete_body`).'),
    '408': error('The request did not complete in time.'),
    '413': error('The body is larger than the limit.'),
    ...COMMON_ERRORS,
  };
  return {
    '/v1/classify': {
      post: {
        operationId: 'classify',
        summary: 'Classify one incident',
        parameters: [ACCEPT_LANGUAGE, PRESUME],
        requestBody: jsonBody({ oneOf: [ref('Incident'), ref('MultiActIncident')] }, 'The incident, or a report with several acts by one actor (`acts` instead of `act`; the result then has one finding per act, an overall verdict and the heaviest sanction).'),
        responses: {
          '200': json('ClassificationResult', 'The classification result.'),
          '422': error('The incident is invalid: the library\'s bilingual issues, each naming its field.'),
          ...postErrors,
          '400': error('The body is not valid JSON (`malformed_json`), was not sent in full (`incomplete_body`), or the `presume` parameter is not valid (`invalid_presume`).'),
        },
      },
    },
    '/v1/classify/batch': {
      post: {
        operationId: 'classifyBatch',
        summary: 'Classify many incidents (NDJSON in, NDJSON out, streamed)',
        parameters: [ACCEPT_LANGUAGE, PRESUME],
        requestBody: {
          required: true,
          description: 'One JSON incident per line; blank lines are skipped.',
          content: { 'application/x-ndjson': { schema: { type: 'string' } } },
        },
        responses: {
          '200': {
            description:
              'One JSON line per record, in input order: `{"line":N, ...}` then the result or the error. A body over the limit ends with one error line.',
            content: { 'application/x-ndjson': { schema: { type: 'string' }, 'x-line-schema': ref('BatchLine') } },
          },
          '400': PRESUME_ERROR,
          '413': error('The announced `Content-Length` is larger than the limit (a chunked body over it ends the stream with an error line).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/v1/next-questions': {
      post: {
        operationId: 'nextQuestions',
        summary: 'The questions to ask next for a partial incident',
        parameters: [ACCEPT_LANGUAGE],
        requestBody: jsonBody({ type: 'object', description: 'What the reporter has entered so far, in the shape of an incident.' }, 'The partial incident.'),
        responses: { '200': json('NextQuestions', 'The questions, in form order; none when the verdict is decided.'), '422': error('The input cannot be used.'), ...postErrors },
      },
    },
    '/v1/schema': get('incidentSchema', 'The JSON Schema (draft 2020-12) of an incident', 'Incident'),
    '/v1/legal-bases': get('legalBases', 'Every legal document and legal basis', 'LegalBases'),
    '/v1/legal-bases/{id}': {
      get: {
        operationId: 'legalBasis',
        summary: 'One legal basis and its document',
        parameters: [
          ACCEPT_LANGUAGE,
          { name: 'id', in: 'path', required: true, description: 'The id of the basis, e.g. `skb-2022/d-1` (the `/` may be sent as is or as `%2F`).', schema: { type: 'string' } },
        ],
        responses: { '200': json('LegalBasisAnswer', 'The basis and its document.'), ...COMMON_ERRORS, '404': error('No legal basis with this id.') },
      },
    },
    '/v1/rules': get('rules', 'The rule files the classifier runs', 'Rules'),
    '/v1/elections': get('elections', 'The elections and their calendars', 'Elections'),
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/healthz': get('health', 'The process is up', 'Health'),
    '/readyz': get('ready', 'The law is loaded', 'Ready', { '503': error('The law is not loaded.') }),
  };
}

/**
 * The OpenAPI 3.1 document of the service (`GET /openapi.json`), generated from the same zod schemas as the library:
 * every endpoint, its request body and each of its answers. With `packs` (as `createApp` takes them), the incident and
 * the answers take the packs' regions and elections.
 * @example
 * ```ts
 * import { openApiDocument } from 'netralitas-asn/server';
 * const doc = openApiDocument();
 * doc.openapi; // '3.1.0'
 * Object.keys(doc.paths as object).includes('/v1/classify'); // true
 * ```
 */
export function openApiDocument(options: { readonly packs?: readonly unknown[] } = {}): Readonly<Record<string, unknown>> {
  return openApiDocumentOf(lawWith(options.packs ?? []));
}

/** {@link openApiDocument} of a law already loaded (the service's). @internal */
export function openApiDocumentOf(law: Law): Readonly<Record<string, unknown>> {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'netralitas-asn',
      version: VERSION,
      description:
        'Classifies reported acts of Indonesian civil servants (ASN) around elections against the neutrality rules. The results are those of the library, unchanged.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: paths(),
    components: { schemas: componentSchemas(law) },
  };
}
