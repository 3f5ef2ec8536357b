/**
 * The simulated server as a process of its own (server-process.ts starts it with tsx): loads the
 * app with the tests' tsconfig (for the `@core/*` alias) and serves until it is killed.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type * as ChildApp from './server-child-app';

const tsconfig = fileURLToPath(new URL('../../tsconfig.tests.json', import.meta.url));
const { serveChild } = (await tsImport('./server-child-app.ts', {
  parentURL: import.meta.url,
  tsconfig,
})) as typeof ChildApp;
await serveChild();
