import type { TFunction } from 'i18next';
import { describeError } from '../../../shared/api/messages';
import { isApiError } from '../../../shared/api/problem';

/** A deployment failure in words: ours for the codes we know, else the host's own message. */
export function deployFailure(t: TFunction, code: string | undefined, message: string | undefined): string {
  const translated = code ? t(`deploy.errors.${code}`, { defaultValue: '' }) : '';
  if (translated && message) return `${translated} ${t('deploy.hostSaid', { message })}`;
  return translated || message || t('deploy.errors.unknown');
}

/** A refused request (422 missing-token, render-needs-repository…) in the same words. */
export function deployRequestError(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const translated = t(`deploy.errors.${error.code}`, { defaultValue: '' });
    if (translated) return translated;
  }
  return describeError(t, error);
}
