import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from './useIntakes';

/**
 * The main button of the case list and Today: attorneys start an intake, which MCJ turns into a
 * case after its checks; supervisors create cases, and so does a laptop no one has signed in on
 * yet (its cases stay local until an account is chosen).
 */
export function NewWorkButton() {
  const { t } = useTranslation(['cases', 'intakes']);
  const signedIn = useSignedIn();
  if (signedIn === undefined) return null;
  return signedIn.role === 'attorney' ? (
    <Link className="button primary" to="/intakes/new">
      {t('intakes:newIntake')}
    </Link>
  ) : (
    <Link className="button primary" to="/cases/new">
      {t('cases:newCase')}
    </Link>
  );
}
