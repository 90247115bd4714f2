// @vitest-environment happy-dom
/**
 * Issue 19, panel 11: search + Shift+Enter (or Shift+click) opens an asset only after the same
 * link check the persona view applies. A bad row can only come from the database, so the pack
 * here is handed to the panel unvalidated.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import type { Pack } from '../../../lib/pack/schema';
import { testPack } from '../panel/fixtures';

afterEach(cleanup);

const hostile = (url: string): Pack => ({
  ...testPack,
  assets: [...testPack.assets, { id: 'bad-link', title: 'Quarterly pricing sheet', type: 'one-pager', url }],
});
const searchBox = () => screen.getByRole('combobox', { name: 'Search personas, objections and assets' });

async function search(pack: Pack, text: string) {
  render(<Panel state={null} packs={[pack]} services={memoryServices()} />);
  await act(async () => {});
  fireEvent.change(searchBox(), { target: { value: text } });
}

describe('opening an asset from search', () => {
  for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'http://example.com/pricing', 'file:///etc/passwd'])
    it(`does not open ${url.slice(0, 24)}… with Shift+Enter, and says why`, async () => {
      const open = vi.spyOn(window, 'open').mockImplementation(() => null);
      await search(hostile(url), 'quarterly pricing');
      await act(async () => void fireEvent.keyDown(searchBox(), { key: 'Enter', shiftKey: true }));
      expect(open).not.toHaveBeenCalled();
      expect(screen.getByRole('status').textContent).toContain('Not opened: Quarterly pricing sheet is not an https: or mailto: link');
    });

  it('does not open it with Shift+click either', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await search(hostile('javascript:alert(1)'), 'quarterly pricing');
    await act(async () => void fireEvent.click(screen.getByRole('option', { name: /Quarterly pricing sheet/ }), { shiftKey: true }));
    expect(open).not.toHaveBeenCalled();
  });

  it('still opens an https: asset', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await search(hostile('https://example.com/pricing'), 'quarterly pricing');
    await act(async () => void fireEvent.keyDown(searchBox(), { key: 'Enter', shiftKey: true }));
    expect(open).toHaveBeenCalledWith('https://example.com/pricing', '_blank', 'noopener,noreferrer');
  });
});
