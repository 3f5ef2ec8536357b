import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from './useIntakes';

/**
 * The main button of the case list and Today: supervisors create cases; attorneys (and a laptop
 * no one has signed in on yet) start an intake, which MCJ turns into a case after its checks.
 */
export function NewWorkButton() {
  const { t } = useTranslation(['cases', 'intakes']);
  const signedIn = useSignedIn();
  if (signedIn === undefined) return null;
  return signedIn.role === 'supervisor' ? (
    <Link className="button primary" to="/cases/new">
      {t('cases:newCase')}
    </Link>
  ) : (
    <Link className="button primary" to="/intakes/new">
      {t('intakes:newIntake')}
    </Link>
  );
}
