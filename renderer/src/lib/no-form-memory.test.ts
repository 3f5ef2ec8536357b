import { afterEach, describe, expect, it } from 'vitest';
import { preventBrowserFormMemory } from './no-form-memory';

describe('preventBrowserFormMemory', () => {
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('turns form memory off on existing and later controls, keeping explicit choices', async () => {
    document.body.innerHTML = '<form><input id="a"><input id="b" autocomplete="email"></form>';
    stop = preventBrowserFormMemory(document);
    const later = document.createElement('div');
    later.innerHTML = '<textarea id="c"></textarea><select id="d"></select>';
    document.body.append(later);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('form')!.getAttribute('autocomplete')).toBe('off');
    expect(document.getElementById('a')!.getAttribute('autocomplete')).toBe('off');
    expect(document.getElementById('b')!.getAttribute('autocomplete')).toBe('email');
    expect(document.getElementById('c')!.getAttribute('autocomplete')).toBe('off');
    expect(document.getElementById('d')!.getAttribute('autocomplete')).toBe('off');
  });
});
