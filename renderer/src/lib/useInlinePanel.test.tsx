import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useInlinePanel } from './useInlinePanel';

function Confirm() {
  const panel = useInlinePanel();
  return panel.isOpen ? (
    <span ref={panel.panelRef}>
      <button type="button" className="danger">
        Remove the hearing
      </button>
      <button type="button" data-autofocus onClick={() => panel.close()}>
        Keep
      </button>
    </span>
  ) : (
    <button type="button" ref={panel.opener} onClick={panel.open}>
      Remove
    </button>
  );
}

afterEach(cleanup);

describe('an inline panel', () => {
  it('takes focus when it opens and gives it back to a re-rendered opener when it closes', async () => {
    const user = userEvent.setup();
    render(<Confirm />);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove' })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });
});
