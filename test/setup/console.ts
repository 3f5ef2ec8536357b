import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Console test files share one jsdom per worker (vitest.config.ts): none leaves a tree behind.
afterEach(cleanup);
