// The desktop feature's public surface for the app shell, the router and other features.
export { useActions } from './actions/action-context';
export { useActionHandler } from './actions/useActionHandler';
export { ModalDialog } from './dialogs/ModalDialog';
export { DesktopProvider } from './DesktopProvider';
export { reportRendererError } from './errors/useErrorReporting';
export { CaseSummaryPrintPage } from './print/CaseSummaryPrintPage';
export { InterviewPrintPage } from './print/InterviewPrintPage';
export { ReminderBanners } from './reminders/ReminderBanners';
