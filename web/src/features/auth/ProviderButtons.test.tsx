import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { ProviderButtons } from './ProviderButtons';

describe('ProviderButtons', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('links to each enabled provider with the page to return to', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/providers': () =>
        json(200, [
          { id: 'github', name: 'GitHub' },
          { id: 'oidc', name: 'Acme SSO' },
        ]),
    });

    render(<ProviderButtons next="/projects/p-1?tab=files" />);

    const github = await screen.findByRole('link', { name: 'Continue with GitHub' });
    expect(github).toHaveAttribute('href', '/api/v1/auth/oauth2/start/github?next=%2Fprojects%2Fp-1%3Ftab%3Dfiles');
    expect(screen.getByRole('link', { name: 'Continue with Acme SSO' })).toHaveAttribute(
      'href',
      '/api/v1/auth/oauth2/start/oidc?next=%2Fprojects%2Fp-1%3Ftab%3Dfiles',
    );
    expect(screen.getByRole('navigation', { name: 'Sign in with another account' })).toBeInTheDocument();
    // The list is public: no bearer token is sent for it.
    expect(server.requests('GET', '/api/v1/auth/providers')[0].headers.get('Authorization')).toBeNull();
  });

  it('shows nothing when no provider is enabled', async () => {
    const server = fakeApi({ 'GET /api/v1/auth/providers': () => json(200, []) });

    const { container } = render(<ProviderButtons next="/projects" />);

    await vi.waitFor(() => expect(server.requests('GET', '/api/v1/auth/providers')).toHaveLength(1));
    expect(container).toBeEmptyDOMElement();
  });
});
