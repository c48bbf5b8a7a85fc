import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preview, Version } from '../../shared/api/types';

const preview = vi.fn<(projectId: string, version: number) => Promise<Preview>>();
vi.mock('../../shared/api/endpoints', () => ({ endpoints: { preview: (p: string, v: number) => preview(p, v) } }));

const { PreviewPanel } = await import('./PreviewPanel');

const versions: Version[] = [
  { number: 1, generationId: 'g', summary: 's', fileCount: 3, totalBytes: 100, createdAt: new Date().toISOString() },
];

describe('PreviewPanel', () => {
  beforeEach(() => preview.mockReset());

  it('loads a ready preview in a sandbox without same-origin access', async () => {
    preview.mockResolvedValue({ status: 'ready', url: '/preview/abc/' });
    render(<PreviewPanel projectId="p" versions={versions} version={1} framework={undefined} onVersion={() => undefined} />);
    const frame = await screen.findByTitle('Preview of version 1');
    expect(frame).toHaveAttribute('src', '/preview/abc/');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-forms allow-modals allow-popups');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
  });

  it('says plainly why there is no preview', async () => {
    preview.mockResolvedValue({ status: 'unavailable', reason: 'An Express API has no page to show' });
    render(<PreviewPanel projectId="p" versions={versions} version={1} framework={undefined} onVersion={() => undefined} />);
    expect(await screen.findByText('No preview for this app')).toBeInTheDocument();
    expect(screen.getByText('An Express API has no page to show')).toBeInTheDocument();
  });

  it('polls while the preview builds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    preview.mockResolvedValueOnce({ status: 'building' }).mockResolvedValueOnce({ status: 'ready', url: '/preview/t/' });
    render(<PreviewPanel projectId="p" versions={versions} version={1} framework={undefined} onVersion={() => undefined} />);
    expect(await screen.findByTestId('preview-building')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(1600);
    expect(await screen.findByTitle('Preview of version 1')).toBeInTheDocument();
    expect(preview).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('shows the build error tail when the build failed', async () => {
    preview.mockResolvedValue({ status: 'failed', reason: 'error TS2304: Cannot find name' });
    render(<PreviewPanel projectId="p" versions={versions} version={1} framework={undefined} onVersion={() => undefined} />);
    expect(await screen.findByText('error TS2304: Cannot find name')).toBeInTheDocument();
  });
});
