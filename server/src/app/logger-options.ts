/**
 * pino options for Fastify. Request and response bodies are never logged; the authorization header
 * is redacted; URLs lose their query string; errors keep only their type and code unless they are
 * our own 5xx bugs (whose message and stack we need). Client names or A-numbers must never reach
 * a log line, so nothing here logs values.
 */
import type { FastifyServerOptions } from 'fastify';

interface LoggedError {
  name?: string;
  code?: string;
  message?: string;
  stack?: string;
  statusCode?: number;
}

export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        '*.password',
        '*.accessToken',
        '*.refreshToken',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        url: req.url?.split('?')[0],
        reqId: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (err: LoggedError) => {
        const isServerFault = !err.statusCode || err.statusCode >= 500;
        // A 4xx error's message can quote the request (a JSON parse error shows the body).
        return {
          type: err.name ?? 'Error',
          code: err.code,
          message: isServerFault ? (err.message ?? '').slice(0, 300) : '',
          stack: isServerFault ? (err.stack ?? '') : '',
        };
      },
    },
  };
}
