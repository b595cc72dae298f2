// Shared by the server suites: an ajv validator for the schemas of the service's own OpenAPI document, and a raw
// HTTP/1.1 exchange over a socket for the bodies fetch will not send (truncated, lying about their length, slow).
import { connect } from 'node:net';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../src/server/openapi.js';

/** A validator of one component of the service's OpenAPI document (`#/components/schemas/NAME`), refs resolved. */
export function componentValidator(document: Record<string, unknown> = openApiDocument()): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...document, $id: 'openapi.json' });
  return (name) => {
    const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
    if (!validate) throw new Error(`no component ${name}`);
    return validate;
  };
}

/** The status line and body of a raw HTTP/1.1 exchange: `request` is written as it is, the connection then half-closed. */
export function rawExchange(port: number, request: string | Buffer, { end = true } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(request, () => {
      if (end) socket.end();
    });
  });
}

/** A POST with `Connection: close` and the given body and headers, as raw HTTP/1.1. */
export const rawPost = (path: string, body: string | Buffer, headers: Record<string, string> = {}): Buffer =>
  Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n` +
        Object.entries({ 'Content-Length': String(Buffer.byteLength(body)), ...headers })
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        '\r\n',
    ),
    Buffer.from(body),
  ]);

/** Escapes a key for a JSON pointer. */
const pointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Checks a response against the OpenAPI document: the status is documented for the path and method, and the JSON body
 * is valid under the documented schema. Returns the ajv errors (empty when valid).
 */
export function responseChecker(document: Record<string, unknown> = openApiDocument()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...document, $id: 'openapi.json' });
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
  return (template: string, method: string, status: number, body: unknown): string[] => {
    const responses = paths[template]?.[method]?.responses;
    if (!responses) return [`${method} ${template} is not in the document`];
    const response = responses[String(status)];
    if (!response) return [`${method} ${template} does not document ${status}`];
    if (!response.content?.['application/json']) return [`${method} ${template} ${status} has no JSON body`];
    const ref = `openapi.json#/paths/${pointer(template)}/${method}/responses/${status}/content/${pointer('application/json')}/schema`;
    const validate = ajv.getSchema(ref);
    if (!validate) return [`cannot compile ${ref}`];
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
