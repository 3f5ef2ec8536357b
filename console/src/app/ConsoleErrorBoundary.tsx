import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

/** A screen that throws shows a way out instead of a blank page (and no error details). */
export class ConsoleErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="notice notice-error" role="alert">
            <h1>{t('errorBoundary.title')}</h1>
            <p>{t('errorBoundary.body')}</p>
            <button type="button" onClick={() => window.location.reload()}>
              {t('errorBoundary.reload')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
