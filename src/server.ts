/**
 * The HTTP service (`netralitas-asn/server`): the app, the server and the OpenAPI document. This entry loads the HTTP
 * framework (Hono); `netralitas-asn` and `netralitas-asn/form` do not. This module only re-exports.
 * @packageDocumentation
 */
export { createApp } from './server/app.js';
export { startServer, type RunningServer } from './server/serve.js';
export { openApiDocument } from './server/openapi.js';
export type { AppOptions, ServerOptions } from './server/options.js';
export type { Decision, LogSink } from './server/logging.js';
