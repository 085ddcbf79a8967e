// createLimiter: at most N tasks at once, in order, with cancellation.
import { describe, expect, it } from 'vitest';
import { createLimiter } from '@/utils/concurrency';

describe('createLimiter', () => {
  it('never runs more than the limit at once, even when tasks arrive as others finish', async () => {
    const run = createLimiter(2);
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
    };
    const first = Array.from({ length: 5 }, () => run(task));
    await first[0];
    await Promise.all([...first, ...Array.from({ length: 5 }, () => run(task))]);
    expect(peak).toBe(2);
  });

  it('a failing task frees its slot', async () => {
    const run = createLimiter(1);
    await expect(run(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(run(async () => 7)).resolves.toBe(7);
  });
});
