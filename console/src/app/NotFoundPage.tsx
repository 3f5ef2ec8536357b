import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading } from './usePageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  const heading = usePageHeading(t('notFound.title'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
