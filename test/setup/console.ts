import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Console test files share one jsdom per worker (vitest.config.ts): none leaves a tree behind.
afterEach(cleanup);

// A console screen waits on its (fake) server before it shows anything: on a loaded machine
// (load 20, a clean-clone .ci/run beside other work) that took over Testing Library's default
// 1 s, and a dozen console tests failed to find what they then showed. Waiting longer changes
// nothing about what a test requires. 15 s: the first opening of a lazily loaded screen also
// transforms and imports its modules (8.5 s for the case view in a clean-clone run at 5 s).
configure({ asyncUtilTimeout: 15_000 });
