import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/Button';
import { CopyButton } from './CopyButton';

/**
 * Recovery codes, shown this once: copy them, download them as a text file, and say they are saved
 * before leaving. Focus moves here so a screen reader announces them.
 */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const text = codes.join('\n') + '\n';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const download = () => {
    const url = URL.createObjectURL(new Blob([`${t('mfa.codes.fileHeader')}\n\n${text}`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'vectort-recovery-codes.txt';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div role="region" aria-labelledby={headingId} className="flex flex-col gap-3" data-testid="recovery-codes">
      <h3 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold text-fg outline-none">
        {t('mfa.codes.title')}
      </h3>
      <p className="text-sm text-muted">{t('mfa.codes.explanation')}</p>
      <ol className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md border border-border bg-surface-2 p-3 font-mono text-sm text-fg sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code" className="break-all">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={text} label={t('mfa.codes.copy')} />
        <Button size="sm" onClick={download}>
          {t('mfa.codes.download')}
        </Button>
      </div>
      <label className="flex items-center gap-2 text-sm text-fg">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
        {t('mfa.codes.saved')}
      </label>
      <div>
        <Button variant="primary" disabled={!saved} onClick={onDone}>
          {t('mfa.codes.done')}
        </Button>
      </div>
    </div>
  );
}
