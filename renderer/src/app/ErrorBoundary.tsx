import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../bridge';
import { reportRendererError } from '../features/desktop';

function ErrorScreen({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('errorBoundary.title')}</h1>
      <p>{t('errorBoundary.body')}</p>
      <button type="button" onClick={onReload}>
        {t('errorBoundary.reload')}
      </button>
    </section>
  );
}

interface Props {
  children: ReactNode;
  onReload?: () => void;
}

/** Catches render errors on one screen; reports nothing outside the app (no client data leaves). */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    // Only the error's kind and a path-free stack reach the log: messages can hold client data.
    reportRendererError(getBridge(), error);
  }

  override render() {
    if (this.state.failed) {
      return <ErrorScreen onReload={this.props.onReload ?? (() => globalThis.location.reload())} />;
    }
    return this.props.children;
  }
}
