import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { Modal } from '../../shared/ui/Modal';

const SHORTCUTS: [keys: string[], labelKey: string][] = [
  [['/'], 'assistant.shortcuts.focus'],
  [['n'], 'assistant.conversations.shortcut'],
  [['g', 'c'], 'assistant.shortcuts.chat'],
  [['g', 'm'], 'assistant.shortcuts.memory'],
  [['g', 's'], 'assistant.shortcuts.settings'],
  [['?'], 'assistant.shortcuts.help'],
];

/** The list of keyboard shortcuts, opened with `?` or the header's button. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('assistant.shortcuts.title')}
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose} data-autofocus className="min-h-11">
          {t('assistant.shortcuts.close')}
        </Button>
      }
    >
      <dl className="flex flex-col gap-2 text-sm">
        {SHORTCUTS.map(([keys, labelKey]) => (
          <div key={labelKey} className="flex items-center justify-between gap-4">
            <dt className="flex gap-1">
              {keys.map((key) => (
                <kbd key={key} className="rounded border border-border bg-surface-2 px-2 py-0.5 font-mono text-fg">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-fg">{t(labelKey)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-muted">{t('assistant.shortcuts.note')}</p>
    </Modal>
  );
}
