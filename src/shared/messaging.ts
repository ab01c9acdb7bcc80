/**
 * Typed request/response over `runtime.sendMessage` and `tabs.sendMessage`.
 *
 * Callers get a `Reply` they must inspect, so a dead service worker or a handler that threw
 * becomes a message for the reader rather than an unhandled rejection in someone's page.
 */
import type { Envelope, Method, Params, Reply, Result } from './protocol.ts';

export function envelope<M, K extends Method<M>>(method: K, params: Params<M, K>): Envelope<M, K> {
  return { crosscheck: 1, method, params };
}

/**
 * A message of ours naming a string `key`: `method` for calls, `broadcast` for broadcasts. Other
 * extensions and pages share the channel, so nothing else is trusted to have any shape.
 */
export function isOurs<K extends string>(
  message: unknown,
  key: K,
): message is { crosscheck: 1 } & Record<K, string> & Record<string, unknown> {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { crosscheck?: unknown }).crosscheck === 1 &&
    typeof (message as Record<string, unknown>)[key] === 'string'
  );
}

/** Sends one call through `send` (a runtime or tab transport) and normalises every failure. */
export async function callWith<M, K extends Method<M>>(
  send: (message: unknown) => Promise<unknown>,
  method: K,
  params: Params<M, K>,
): Promise<Reply<Result<M, K>>> {
  try {
    const answer = (await send(envelope<M, K>(method, params))) as Reply<Result<M, K>> | undefined;
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
      return {
        ok: false,
        error: 'No answer from Crosscheck (the extension may have been reloaded).',
      };
    }
    return answer;
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

export type Handlers<M, Context> = {
  [K in Method<M>]?: (
    params: Params<M, K>,
    context: Context,
  ) => Promise<Result<M, K>> | Result<M, K>;
};

/**
 * Routes one incoming message to its handler. Returns undefined when the message is not ours
 * or has no handler here, so other listeners (or none) may answer it.
 */
export function dispatch<M, Context>(
  handlers: Handlers<M, Context>,
  message: unknown,
  context: Context,
): Promise<Reply<unknown>> | undefined {
  if (!isOurs(message, 'method')) return undefined;
  // Own keys only: a sender naming `constructor` or `toString` must not reach Object's methods.
  if (!Object.hasOwn(handlers, message.method)) return undefined;
  const handler = (handlers as Record<string, ((p: unknown, c: Context) => unknown) | undefined>)[
    message.method
  ];
  if (!handler) return undefined;
  return Promise.resolve()
    .then(() => handler(message.params, context))
    .then(
      (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
      (error: unknown): Reply<unknown> => ({ ok: false, error: describeError(error) }),
    );
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
