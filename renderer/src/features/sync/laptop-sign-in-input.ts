import { getBridge, type AppInfo } from '../../bridge';
import { caseIdsOnLaptop } from '../../db/documents-repository';
import type { SyncEngine } from '../../sync/sync-engine';
import type { SignInInput } from '../../sync/session-transport';

/**
 * What a sign-in (by password or through the organisation) sends about this laptop, and the
 * cases already here, to tell afterwards which ones arrived with it.
 */
export async function laptopSignInInput(
  info: AppInfo | undefined,
  engine: SyncEngine,
  account: Pick<SignInInput, 'serverUrl' | 'email' | 'password' | 'oidcLinkToken'>,
): Promise<{ input: SignInInput; before: Set<string> }> {
  const appInfo = info ?? (await getBridge().getAppInfo());
  const before = new Set(await caseIdsOnLaptop());
  const input: SignInInput = {
    ...account,
    deviceName: appInfo.mode === 'desktop' ? `Amparo desktop (${appInfo.platform})` : 'Amparo web',
    platform: appInfo.platform,
    appVersion: appInfo.version,
    onLease: (lease) => engine.recordLease(lease),
  };
  return { input, before };
}
