import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { NudgeBanners } from './NudgeBanners';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useAssistantShortcuts } from './shortcuts';

const TAB =
  'inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2 aria-[current=page]:font-semibold';

/**
 * The frame of every Assistant page: the app header, the Assistant's places, the nudges
 * that are due, and the keyboard shortcuts. `onFocusInput` is the chat page's `/`; elsewhere
 * `/` goes to the chat. `onNewConversation` is the chat page's `n`.
 */
export function AssistantLayout({
  title,
  children,
  onFocusInput,
  onNewConversation,
  onNudgeHandled,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  onFocusInput?: () => void;
  onNewConversation?: () => void;
  onNudgeHandled?: () => void;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [help, setHelp] = useState(false);

  useEffect(() => {
    document.title = `${title} · Vectort`;
  }, [title]);

  useAssistantShortcuts({
    focusInput: onFocusInput ?? (() => navigate('/assistant')),
    newConversation: onNewConversation,
    goChat: () => navigate('/assistant'),
    goMemory: () => navigate('/assistant/memory'),
    goSettings: () => navigate('/assistant/settings'),
    showHelp: () => setHelp(true),
  });

  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader />
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto flex w-full ${wide ? 'max-w-6xl' : 'max-w-3xl'} flex-1 flex-col gap-4 px-3 py-4 outline-none sm:px-4 sm:py-6`}
      >
        <nav aria-label={t('assistant.nav.label')} className="flex flex-wrap items-center gap-1">
          <NavLink to="/assistant" end className={TAB}>
            {t('assistant.nav.chat')}
          </NavLink>
          <NavLink to="/assistant/memory" className={TAB}>
            {t('assistant.nav.memory')}
          </NavLink>
          <NavLink to="/assistant/sms" className={TAB}>
            {t('assistant.sms.nav')}
          </NavLink>
          <NavLink to="/assistant/settings" className={TAB}>
            {t('assistant.nav.settings')}
          </NavLink>
          <button type="button" onClick={() => setHelp(true)} aria-keyshortcuts="?" className={`${TAB} ml-auto text-muted`}>
            {t('assistant.shortcuts.open')}
          </button>
        </nav>
        <h1 className="sr-only">{title}</h1>
        <NudgeBanners onHandled={onNudgeHandled} />
        {children}
      </main>
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
