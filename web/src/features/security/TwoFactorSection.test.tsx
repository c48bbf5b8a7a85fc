import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepUpProvider } from '../../shared/auth/StepUp';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
import { TwoFactorSection } from './TwoFactorSection';

const CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jk${String(i).padStart(2, '0')}`.slice(0, 14));
const off = { totp: { enabled: false, enabledAt: null }, recoveryCodesRemaining: 0, methods: [] };
const on = {
  totp: { enabled: true, enabledAt: '2026-12-04T10:00:00Z' },
  recoveryCodesRemaining: 10,
  methods: ['totp', 'recovery_code'],
};
const enrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Vectort%3Aana%40acme.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Vectort',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><path d="M0 0h7v1h-7z"/></svg>',
};

function renderSection() {
  return render(
    <MemoryRouter>
      <StepUpProvider>
        <TwoFactorSection />
      </StepUpProvider>
    </MemoryRouter>,
  );
}

describe('TwoFactorSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets up an authenticator app, then shows the recovery codes once with copy and an acknowledgement', async () => {
    let enabled = false;
    const api = fakeApi({
      'GET /api/v1/me/mfa': () => json(200, enabled ? on : off),
      'POST /api/v1/me/mfa/totp': () => json(200, enrolment),
      'POST /api/v1/me/mfa/totp/confirm': ({ body }) => {
        if ((body as { code: string }).code !== '123456') {
          return json(400, {
            type: 'https://vectort.dev/problems/validation',
            status: 400,
            errors: [{ field: 'code', code: 'invalid-code', message: 'does not match' }],
          });
        }
        enabled = true;
        return json(200, { recoveryCodes: CODES });
      },
    });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Set up an authenticator app' }));
    const qr = await screen.findByRole('img', { name: /QR code that adds Vectort/ });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByLabelText('Manual key')).toHaveValue('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    const code = screen.getByLabelText('Code from the app');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');

    fireEvent.change(code, { target: { value: '000 000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText(/This code does not match/)).toBeInTheDocument();
    expect(api.requests('POST', '/api/v1/me/mfa/totp/confirm')[0].body).toEqual({ code: '000000' });

    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    const panel = await screen.findByRole('region', { name: 'Your recovery codes' });
    expect(
      within(panel)
        .getAllByTestId('recovery-code')
        .map((li) => li.textContent),
    ).toEqual(CODES);
    expect(document.activeElement).toHaveTextContent('Your recovery codes');

    fireEvent.click(within(panel).getByRole('button', { name: 'Copy codes' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(CODES.join('\n') + '\n'));
    const done = within(panel).getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    fireEvent.click(within(panel).getByLabelText('I saved these codes somewhere safe'));
    fireEvent.click(done);
    expect(await screen.findByText('10 recovery codes left.')).toBeInTheDocument();
    expect(screen.queryByTestId('recovery-code')).not.toBeInTheDocument();
  });

  it('asks for the password when the sign-in is not recent, then carries on', async () => {
    let recent = false;
    const api = fakeApi({
      'GET /api/v1/me/mfa': () => json(200, off),
      'POST /api/v1/me/mfa/totp': () =>
        recent ? json(200, enrolment) : problem(403, 'reauthentication-required', 'Confirm it is you'),
      'POST /api/v1/auth/reauthenticate': ({ body }) => {
        recent = (body as { password?: string }).password === 'correct horse';
        return recent ? noContent() : problem(401, 'invalid-credentials', 'wrong');
      },
    });
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Set up an authenticator app' }));
    const dialog = await screen.findByRole('dialog', { name: "Confirm it's you" });
    const password = within(dialog).getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    fireEvent.change(password, { target: { value: 'correct horse' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByLabelText('Manual key')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.requests('POST', '/api/v1/me/mfa/totp')).toHaveLength(2);
  });

  it('turns MFA off after a confirmation, and explains when an organisation requires it', async () => {
    let required = true;
    const api = fakeApi({
      'GET /api/v1/me/mfa': () => json(200, api.requests('DELETE', '/api/v1/me/mfa/totp').length > 1 ? off : on),
      'DELETE /api/v1/me/mfa/totp': () =>
        required ? problem(409, 'mfa-required-by-organization', 'Acme requires it') : noContent(),
    });
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Turn off' }));
    const group = screen.getByRole('group', { name: 'Turn off two-factor authentication' });
    fireEvent.click(within(group).getByRole('button', { name: 'Turn off two-factor authentication' }));
    expect(await screen.findByText(/An organisation you belong to requires two-factor authentication/)).toBeInTheDocument();

    required = false;
    fireEvent.click(within(group).getByRole('button', { name: 'Turn off two-factor authentication' }));
    expect(await screen.findByRole('button', { name: 'Set up an authenticator app' })).toBeInTheDocument();
  });
});
