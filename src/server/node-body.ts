/**
 * Reading a request body straight from Node's `IncomingMessage` when the app runs on `@hono/node-server`: the same
 * bytes as `c.req.text()`, without turning the Node stream into a web stream first (by a profile, that conversion and
 * its reader were about a quarter of the server's CPU for a classification). The size limit counts the bytes as they
 * come, as Hono's `bodyLimit` does.
 */

/** The part of `IncomingMessage` read here. @internal */
export interface NodeIncoming {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly complete: boolean;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end' | 'close' | 'aborted', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
}

/** Whether the bindings of a request hold a Node `IncomingMessage` (`@hono/node-server` passes `{ incoming, outgoing }`). @internal */
export function nodeIncoming(env: unknown): NodeIncoming | undefined {
  const incoming = (env as { incoming?: unknown } | undefined)?.incoming;
  return incoming !== null && typeof incoming === 'object' && typeof (incoming as NodeIncoming).on === 'function' && 'headers' in incoming
    ? (incoming as NodeIncoming)
    : undefined;
}

const decoder = new TextDecoder(); // as Response#text(): UTF-8, a byte-order mark dropped, bad bytes replaced

/**
 * The body as text, `too_large` past `maxBytes` (announced or counted), or `incomplete` when the client stopped
 * sending before the end.
 * @example
 * ```ts
 * const body = await readNodeBody(c.env.incoming, 65_536); // '{"actor":...}' | 'too_large' | 'incomplete'
 * ```
 * @internal
 */
export function readNodeBody(incoming: NodeIncoming, maxBytes: number): Promise<{ text: string } | 'too_large' | 'incomplete'> {
  const announced = Number(incoming.headers['content-length']);
  if (announced > maxBytes) return Promise.resolve('too_large');
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const finish = (answer: { text: string } | 'too_large' | 'incomplete') => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('close', onClose);
      incoming.off('aborted', onIncomplete);
      incoming.off('error', onIncomplete);
      resolve(answer);
    };
    const onData = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > maxBytes) finish('too_large');
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ text: decoder.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)) });
    const onIncomplete = () => finish('incomplete');
    const onClose = () => {
      if (!incoming.complete) finish('incomplete');
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('close', onClose);
    incoming.on('aborted', onIncomplete);
    incoming.on('error', onIncomplete);
  });
}
