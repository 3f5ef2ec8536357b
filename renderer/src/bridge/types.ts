import type { AppActionId } from '@core/actions/action-registry';
import type {
  DeviceSecret,
  ErrorReport,
  FlushReport,
  FlushRequested,
  InstallUpdateRequest,
  LockRequested,
  MenuState,
  PrintDocument,
  Reminder,
  UpdateStatus,
} from '@core/ipc';
import type { OrganisationSignInRequest, OrganisationSignInResponse } from '@core/ipc/auth-schemas';

/** What the renderer needs from its host (Electron main process, or the browser in web mode). */
export interface AppInfo {
  version: string;
  platform: string;
  mode: 'desktop' | 'web';
  embeddedServerUrl: string | null;
}

export type Unsubscribe = () => void;

export interface SaveFileRequest {
  /** A plain file name built from the case reference, never a client's name (`MCJ-2026-0042.ics`). */
  suggestedName: string;
  mimeType: string;
  /** At most 50 MB. */
  bytes: Uint8Array<ArrayBuffer>;
}

export interface PrintRequest {
  document: PrintDocument;
  caseReference: string;
  /** Today's date (America/Chicago), part of the PDF's file name. */
  date: string;
}

/**
 * `saved`/`cancelled`: desktop, after the save dialog. `print-dialog`: web mode opened the
 * browser's print dialog, whose outcome a page cannot know.
 */
export type PrintOutcome = 'saved' | 'cancelled' | 'print-dialog';

export interface ReminderDelivery {
  /** `system`: main shows OS notifications. `in-app`: the page shows banners while it is open. */
  delivery: 'system' | 'in-app';
  scheduled: number;
}

export interface HostBridge {
  /** Known synchronously: which host this page runs in. */
  readonly mode: 'desktop' | 'web';
  getAppInfo(): Promise<AppInfo>;
  /** Opens an allow-listed https link in the system browser (desktop) or a new tab (web). */
  openExternal(url: string): Promise<boolean>;
  /** The device secret held by the OS keychain (desktop); null in web mode, which has none. */
  getDeviceSecret(): Promise<DeviceSecret | null>;
  /** Screen lock, suspend, system idle or Lock now (desktop); Lock now only in web mode. */
  onLockRequested(listener: (event: LockRequested) => void): Unsubscribe;
  /** Lock now: every window drops its keys and reloads (desktop: through main). */
  lockNow(): Promise<void>;
  /** Main holds the window's close until the page has saved everything (desktop only). */
  onFlushRequested(listener: (request: FlushRequested) => void): Unsubscribe;
  /** Answers a flush or lock request: saved, held for the attorney, discarded or cancelled. */
  reportFlush(report: FlushReport): Promise<void>;
  /** Quits the desktop app; web mode cannot and does nothing. */
  quitApp(): Promise<void>;

  /** A native menu item was chosen (desktop only). */
  onMenuAction(listener: (actionId: AppActionId) => void): Unsubscribe;
  /** Tells main the UI language and whether a case is open, for menu labels and enabled items. */
  setMenuState(state: MenuState): Promise<void>;

  /** Hands every upcoming reminder to the host; replaces what was scheduled before. */
  scheduleReminders(reminders: readonly Reminder[]): Promise<ReminderDelivery>;
  /** The attorney clicked a reminder notification (desktop only). */
  onReminderClicked(listener: (caseId: string) => void): Unsubscribe;

  /** The current page must be a print view. Desktop: PDF + save dialog; web: the print dialog. */
  printDocument(request: PrintRequest): Promise<PrintOutcome>;
  /** Desktop: a save dialog; web: a download. `false` when the attorney cancelled. */
  saveFile(request: SaveFileRequest): Promise<boolean>;

  /** Sends a sanitised error to the main log (desktop); web mode has no log and drops it. */
  reportError(report: ErrorReport): void;

  getUpdateStatus(): Promise<UpdateStatus>;
  onUpdateStatusChanged(listener: (status: UpdateStatus) => void): Unsubscribe;
  /**
   * Installs a downloaded update now; only ever called from the attorney's "Install now", with
   * the number of unsynced changes the prompt showed.
   */
  installUpdate(consent: InstallUpdateRequest): Promise<boolean>;

  /**
   * Sign-in with the organisation (issue 20 #2). Desktop: the system browser and a loopback
   * listener in main (RFC 8252), answering the server's one-time code. Web mode: `unsupported`;
   * the page leaves itself by redirect instead (sync/organisation-redirect.ts).
   */
  signInWithOrganisation(
    request: OrganisationSignInRequest,
  ): Promise<OrganisationSignInResponse | 'unsupported'>;
}
