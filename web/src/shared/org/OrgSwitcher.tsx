import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { describeError } from '../api/messages';
import { ChevronIcon, UsersIcon } from '../ui/Icons';
import { CreateOrganizationDialog } from './CreateOrganizationDialog';
import { useOrganizationName } from './organizationName';
import { useOrganizations } from './OrganizationContext';
import { atLeast } from './roles';
import type { Organization } from './types';

/** Where to be after switching: a page of the old organisation's things has no meaning in the new one. */
export function pathAfterSwitch(pathname: string, organization: Organization): string | null {
  if (pathname.startsWith('/projects/')) return '/projects';
  if (pathname.startsWith('/orgs/')) {
    const audit = pathname.endsWith('/audit') && atLeast(organization.role, 'admin');
    return `/orgs/${encodeURIComponent(organization.slug)}${audit ? '/audit' : ''}`;
  }
  return null;
}

/**
 * Switching remounts the page, header and all: the new switcher takes the focus back, so a
 * keyboard user stays where they were.
 */
let refocusAfterSwitch = false;

const ITEM =
  'flex w-full items-center gap-2 rounded px-3 py-2 text-left text-sm text-fg hover:bg-surface-2 focus:bg-surface-2 focus:outline-none focus-visible:outline-2';

/**
 * The organisation the app acts in, in the header: a menu button (Enter, Space or the arrow keys
 * open it; arrows, Home and End move; Escape closes) listing my organisations with my role in each,
 * the pages of the current one and "Create organisation".
 */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const nameOf = useOrganizationName();
  const { status, organizations, current, error, switchTo, reload } = useOrganizations();
  const navigate = useNavigate();
  const location = useLocation();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (refocusAfterSwitch && button.current) {
      refocusAfterSwitch = false;
      button.current.focus();
    }
  }, []);

  useEffect(() => {
    if (!open) return;
    const items = menuItems(menu.current);
    const checked = items.find((i) => i.getAttribute('aria-checked') === 'true');
    (open === 'last' ? items[items.length - 1] : (checked ?? items[0]))?.focus();
    const onPointer = (e: PointerEvent | MouseEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  if (status === 'idle') return null;

  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  const choose = (organization: Organization) => {
    close();
    if (organization.id === current?.id) return;
    // eslint-disable-next-line react-hooks/globals -- outlives this instance on purpose (see its declaration)
    refocusAfterSwitch = true;
    switchTo(organization);
    const next = pathAfterSwitch(location.pathname, organization);
    if (next) navigate(next);
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menu.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (e.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    } else if (e.key === 'Tab') {
      close(false);
      return;
    }
    if (next !== null) {
      e.preventDefault();
      items[next]?.focus();
    }
  };

  const label = current ? nameOf(current) : t('org.personal');
  const slug = current ? encodeURIComponent(current.slug) : '';
  const isAdmin = current !== null && atLeast(current.role, 'admin');

  return (
    <div className="relative min-w-0">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        aria-label={t('org.switcher.label', { name: label })}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
        data-testid="org-switcher"
        className="inline-flex h-8 max-w-full min-w-0 items-center gap-1.5 rounded-md border border-border bg-surface px-2 text-sm font-medium text-fg hover:bg-surface-2"
      >
        <UsersIcon className="h-4 w-4 shrink-0 text-muted" />
        <span className="truncate sm:max-w-48">{label}</span>
        <ChevronIcon className={`h-3.5 w-3.5 shrink-0 text-muted ${open ? '-rotate-90' : 'rotate-90'}`} />
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('org.switcher.menu')}
          onKeyDown={onMenuKey}
          className="absolute left-0 z-40 mt-1 flex max-h-[70vh] w-72 max-w-[calc(100vw-1.5rem)] flex-col overflow-y-auto rounded-lg border border-border bg-surface p-1 shadow-lg"
        >
          {status === 'loading' && <p className="px-3 py-2 text-sm text-muted">{t('common.loading')}</p>}
          {status === 'error' && (
            <>
              <p className="px-3 py-2 text-sm text-danger">{describeError(t, error)}</p>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={ITEM}
                onClick={() => void reload().catch(() => undefined)}
              >
                {t('common.retry')}
              </button>
            </>
          )}
          {organizations.map((organization) => {
            const selected = organization.id === current?.id;
            return (
              <button
                key={organization.id}
                type="button"
                role="menuitemradio"
                aria-checked={selected}
                tabIndex={-1}
                onClick={() => choose(organization)}
                className={`${ITEM} justify-between`}
              >
                <span className="flex min-w-0 items-center gap-2">
                  <span aria-hidden="true" className="w-3 shrink-0 text-accent">
                    {selected ? '✓' : ''}
                  </span>
                  <span className="truncate">{nameOf(organization)}</span>
                </span>
                <span className="shrink-0 rounded-full bg-surface-2 px-2 py-0.5 text-xs text-muted">
                  {t(`roles.${organization.role}`)}
                </span>
              </button>
            );
          })}
          {current && <div role="separator" className="my-1 border-t border-border" />}
          {current && !current.personal && (
            <Link role="menuitem" tabIndex={-1} to={`/orgs/${slug}`} onClick={() => close(false)} className={ITEM}>
              {isAdmin ? t('org.switcher.manage') : t('org.switcher.about')}
            </Link>
          )}
          {current && isAdmin && (
            <Link role="menuitem" tabIndex={-1} to={`/orgs/${slug}/audit`} onClick={() => close(false)} className={ITEM}>
              {t('org.switcher.audit')}
            </Link>
          )}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              // Focus goes back to the button first, so the dialog returns it there when it closes.
              close();
              setCreating(true);
            }}
            className={`${ITEM} font-medium`}
          >
            {t('org.switcher.create')}
          </button>
        </div>
      )}
      {creating && (
        <CreateOrganizationDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            switchTo(created);
            void reload().catch(() => undefined);
            navigate(`/orgs/${encodeURIComponent(created.slug)}`);
          }}
        />
      )}
    </div>
  );
}

function menuItems(root: HTMLElement | null): HTMLElement[] {
  return root ? Array.from(root.querySelectorAll<HTMLElement>('[role^="menuitem"]')) : [];
}
