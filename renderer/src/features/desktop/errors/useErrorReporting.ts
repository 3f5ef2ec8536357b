import { useEffect } from 'react';
import type { HostBridge } from '../../../bridge';
import { errorReportFrom } from './error-report';

/** Uncaught errors and unhandled rejections go to the main log, reduced by `errorReportFrom`. */
export function useErrorReporting(bridge: HostBridge): void {
  useEffect(() => {
    const onError = (event: ErrorEvent) =>
      bridge.reportError(errorReportFrom(event.error, 'error'));
    const onRejection = (event: PromiseRejectionEvent) =>
      bridge.reportError(errorReportFrom(event.reason, 'unhandledrejection'));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [bridge]);
}

/** For error boundaries: `componentDidCatch(error) { reportRendererError(error) }`. */
export function reportRendererError(bridge: HostBridge, error: unknown): void {
  bridge.reportError(errorReportFrom(error, 'boundary'));
}
