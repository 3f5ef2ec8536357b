/**
 * Request bodies are JSON of bounded shape before anything walks them: at most `MAX_JSON_DEPTH`
 * levels of nesting and `MAX_JSON_ARRAY_LENGTH` elements per array, checked by one linear scan of
 * the text before `JSON.parse` (so a 20 KB body nested 10,000 deep costs a scan, not a parse and a
 * recursive schema walk that overflows the stack). Then Fastify's own parser, which refuses
 * `__proto__` and `constructor.prototype` keys. Refusals are 400 with their own codes.
 */
import { AppError } from '@core/errors/app-error';
import type { FastifyInstance } from 'fastify';

export const MAX_JSON_DEPTH = 64;
/** Above every schema's own `max` (a push holds at most 100 mutations). */
export const MAX_JSON_ARRAY_LENGTH = 10_000;

/** The first limit a JSON text breaks, or null. Does not validate the JSON itself. */
export function jsonShapeProblem(
  text: string,
  limits = { depth: MAX_JSON_DEPTH, arrayLength: MAX_JSON_ARRAY_LENGTH },
): 'json_too_deep' | 'json_array_too_long' | null {
  // One entry per open container: -1 for an object, else the array's element count so far.
  const counts: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      const top = counts.length - 1;
      if (top >= 0 && counts[top] === 0) counts[top] = 1;
    } else if (c === 0x5b || c === 0x7b) {
      const top = counts.length - 1;
      if (top >= 0 && counts[top] === 0) counts[top] = 1; // a container is an array's first element
      if (counts.length >= limits.depth) return 'json_too_deep';
      counts.push(c === 0x5b ? 0 : -1);
    } else if (c === 0x5d || c === 0x7d) {
      counts.pop();
    } else if (c === 0x2c) {
      const top = counts.length - 1;
      if (top >= 0 && counts[top]! >= 0) {
        counts[top]! += 1;
        if (counts[top]! > limits.arrayLength) return 'json_array_too_long';
      }
    } else if (c > 0x20) {
      const top = counts.length - 1;
      if (top >= 0 && counts[top] === 0) counts[top] = 1;
    }
  }
  return null;
}

export function installJsonLimits(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const problem = jsonShapeProblem(body as string);
    if (problem) {
      done(new AppError(problem), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
