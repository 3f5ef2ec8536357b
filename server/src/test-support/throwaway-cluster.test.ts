import { describe, expect, it } from 'vitest';
import { portsToTry } from './throwaway-cluster';

describe('ports a throwaway cluster tries', () => {
  it('tries every port of the range once', () => {
    const ports = portsToTry([55441, 55449], () => 0.5);
    expect([...ports].sort((a, b) => a - b)).toEqual([
      55441, 55442, 55443, 55444, 55445, 55446, 55447, 55448, 55449,
    ]);
  });

  it('starts at a random port, so clusters started at once do not all take the first', () => {
    expect(portsToTry([55441, 55449], () => 0)[0]).toBe(55441);
    expect(portsToTry([55441, 55449], () => 0.5)).toEqual([
      55445, 55446, 55447, 55448, 55449, 55441, 55442, 55443, 55444,
    ]);
    expect(portsToTry([55441, 55449], () => 0.999)[0]).toBe(55449);
  });
});
