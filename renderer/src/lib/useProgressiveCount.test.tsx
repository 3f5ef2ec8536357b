import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useProgressiveCount } from './useProgressiveCount';

function List({ total }: { total: number }) {
  const shown = useProgressiveCount(total, 10, 25);
  return (
    <ul aria-label="items">
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>item {i}</li>
      ))}
    </ul>
  );
}

afterEach(cleanup);

describe('useProgressiveCount', () => {
  it('renders a first screenful at once, then every item after a few frames', async () => {
    render(<List total={60} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    await screen.findByText('item 59');
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
  });

  it('renders short lists whole and follows a list that grows', async () => {
    const { rerender } = render(<List total={4} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    await act(async () => rerender(<List total={40} />));
    await screen.findByText('item 39');
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
  });
});
