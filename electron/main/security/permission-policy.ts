import type { Session } from 'electron';

/**
 * Electron grants every permission by default. Amparo's page needs none (notifications come from
 * main), so every request, check and device picker is refused.
 */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  target.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
  target.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  target.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
}
