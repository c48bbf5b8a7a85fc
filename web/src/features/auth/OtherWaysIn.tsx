import { Link } from 'react-router';
import { ProviderButtons } from './ProviderButtons';

/**
 * Below the form of sign-in and sign-up: the providers the server enabled, then the way to the
 * other page (keeping the query, so `?next=` survives the switch).
 */
export function OtherWaysIn({
  next,
  question,
  linkLabel,
  linkTo,
}: {
  next: string;
  question: string;
  linkLabel: string;
  linkTo: string;
}) {
  return (
    <>
      <ProviderButtons next={next} />
      <p className="mt-6 text-center text-sm text-muted">
        {question}{' '}
        <Link to={linkTo} className="font-medium text-link underline-offset-2 hover:underline">
          {linkLabel}
        </Link>
      </p>
    </>
  );
}
