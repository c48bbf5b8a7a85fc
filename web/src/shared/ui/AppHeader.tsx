import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { useOrganizations } from '../org/OrganizationContext';
import { OrgSwitcher } from '../org/OrgSwitcher';
import { SignOutIcon } from './Icons';
import { LanguagePicker, ThemeToggle } from './Preferences';

export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold tracking-tight text-fg">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
        <rect width="32" height="32" rx="7" fill="#4f46e5" />
        <path d="M8 9l8 15 8-15" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className={compact ? 'hidden sm:inline' : undefined}>Vectort</span>
    </span>
  );
}

/**
 * The top bar: home, the organisation, an optional trail, preferences, and the account. On a
 * narrow screen the organisation switcher takes a row of its own under the rest.
 */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { user, status, signOut } = useSession();
  const { current } = useOrganizations();
  return (
    <header className="border-b border-border bg-surface">
      {status === 'signed-in' && current?.suspended && (
        <p role="alert" data-testid="suspended-banner" className="bg-danger-bg px-4 py-2 text-center text-sm text-danger">
          {t('org.suspendedBanner', { name: current.name })}
        </p>
      )}
      <div className="mx-auto flex w-full flex-wrap items-center gap-2 px-3 py-2 sm:flex-nowrap sm:gap-3 sm:px-4">
        <Link to="/projects" className="shrink-0 rounded" aria-label={t('nav.home')}>
          <Logo compact />
        </Link>
        {status === 'signed-in' && (
          <div className="order-last flex min-w-0 basis-full sm:order-none sm:basis-auto">
            <OrgSwitcher />
          </div>
        )}
        <div className="min-w-0 flex-1">{children}</div>
        <LanguagePicker />
        <ThemeToggle />
        {status === 'signed-in' && (
          <>
            <NavLink
              to="/assistant"
              className="inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2"
            >
              {t('assistant.nav.link')}
            </NavLink>
            {user?.platformAdmin && (
              <NavLink
                to="/admin"
                data-testid="nav-admin"
                className="inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2"
              >
                {t('nav.admin')}
              </NavLink>
            )}
            <NavLink
              to="/account"
              className="inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2"
            >
              {t('nav.account')}
            </NavLink>
            <NavLink
              to="/settings/security"
              className="inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2"
            >
              {t('nav.security')}
            </NavLink>
            <span className="hidden max-w-48 truncate text-sm text-muted md:inline" title={user?.email}>
              {user?.email}
            </span>
            <button
              type="button"
              onClick={() => void signOut()}
              title={t('nav.signOut')}
              className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2"
            >
              <SignOutIcon />
              <span className="sr-only sm:not-sr-only">{t('nav.signOut')}</span>
            </button>
          </>
        )}
      </div>
    </header>
  );
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded bg-accent px-3 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t('nav.skip')}
    </a>
  );
}
