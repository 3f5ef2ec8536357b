import { beforeAll } from 'vitest';

/** jsdom has <dialog> without its modal methods; browsers (and the e2e specs) have both. */
export function withModalDialogs() {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
}
