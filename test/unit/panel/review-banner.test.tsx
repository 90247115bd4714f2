// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import { jane, profileState, testPack } from './fixtures';

afterEach(cleanup);

async function renderAt(now: string, reviewBy: string | undefined) {
  const services = { ...memoryServices(), now: () => Date.parse(now) };
  render(<Panel state={profileState(jane())} packs={[{ ...testPack, reviewBy }]} services={services} />);
  await act(async () => {});
}

describe('a pack past its review date', () => {
  it('is flagged in the panel, naming the pack and the date', async () => {
    await renderAt('2026-05-01T00:00:00Z', '2026-03-31');
    expect(screen.getByRole('note').textContent).toBe('Acme test pack was due for review on March 31, 2026: its personas may be out of date. Tell your admin.');
  });

  it('is not flagged before the date, or without one', async () => {
    await renderAt('2026-03-30T00:00:00Z', '2026-03-31');
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    await renderAt('2026-05-01T00:00:00Z', undefined);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
