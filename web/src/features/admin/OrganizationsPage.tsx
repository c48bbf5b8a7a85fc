import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { adminApi } from './api';
import { count, money } from './format';

/** Every organisation of the instance, searchable by name or slug, 25 a page. */
export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const { data, error, reload } = useLoader(
    useCallback((signal?: AbortSignal) => adminApi.organizations(query, page, signal), [query, page]),
  );
  return (
    <Section title={t('admin.organizations.title')} testId="admin-organizations">
      <form
        role="search"
        className="mb-3 flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(0);
          setQuery(typed.trim());
        }}
      >
        <div className="min-w-0 flex-1">
          <TextField
            label={t('admin.organizations.search')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            maxLength={100}
          />
        </div>
        <Button type="submit">{t('admin.organizations.find')}</Button>
      </form>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p className="text-sm text-muted">{t('admin.organizations.none')}</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <thead>
                <tr>
                  <th className={TH}>{t('admin.organization')}</th>
                  <th className={TH}>{t('admin.organizations.plan')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.organizations.members')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.organizations.credits')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.organizations.cost30')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((org) => (
                  <tr key={org.id} data-testid="admin-organization-row">
                    <td className={TD}>
                      <Link to={`/admin/organizations/${org.id}`} className="font-medium text-link underline underline-offset-2">
                        {org.name}
                      </Link>{' '}
                      <span className="text-xs text-muted">{org.slug}</span>
                      {org.suspended && (
                        <span className="ml-2 rounded bg-danger-bg px-1.5 text-xs text-danger">
                          {t('admin.organizations.suspended')}
                        </span>
                      )}
                    </td>
                    <td className={TD}>{org.plan}</td>
                    <td className={`${TD} ${NUM}`}>{count(org.memberCount, lang)}</td>
                    <td className={`${TD} ${NUM}`}>{count(org.availableCredits, lang)}</td>
                    <td className={`${TD} ${NUM}`}>{money(org.costUsd30Days, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex justify-between gap-2">
            <Button size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('admin.organizations.previous')}
            </Button>
            <Button size="sm" disabled={data.items.length < data.size} onClick={() => setPage(page + 1)}>
              {t('admin.organizations.next')}
            </Button>
          </div>
        </>
      )}
    </Section>
  );
}
