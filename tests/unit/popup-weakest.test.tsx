// The popup points at the weakest link: a supplier whose last three stages each needed a re-request is
// listed with the note for its most frequent problem, opening the supplier's page.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/PopupView';

describe('popup: weakest links', () => {
  it('lists each supplier with its note, and opens its page', () => {
    const root = document.createElement('div');
    const open = vi.fn();
    render(
      <PopupView
        attention={{ openOrders: 1, stages: [], gates: [], requests: [] }}
        orderCount={1}
        now={new Date('2026-12-04T10:00:00Z')}
        open={open}
        weakest={[{ supplierId: 's 1', company: 'Ningbo <b>Bright</b>', note: 'chat-app' }]}
      />,
      root,
    );
    const row = root.querySelector('[data-weakest=chat-app]');
    expect(row?.textContent).toBe(
      'Ningbo <b>Bright</b> Usually needs original files: ask for 原图 in the first reply.',
    );
    (row?.closest('button, a') as HTMLElement | null)?.click();
    expect(open).toHaveBeenCalledWith('/options.html#/suppliers/s%201');
    render(null, root);
  });

  it('has no section when no supplier needs one', () => {
    const root = document.createElement('div');
    render(
      <PopupView
        attention={{ openOrders: 1, stages: [], gates: [], requests: [] }}
        orderCount={1}
        now={new Date()}
        open={() => {}}
        weakest={[]}
      />,
      root,
    );
    expect(root.querySelector('[data-weakest]')).toBeNull();
    render(null, root);
  });
});
