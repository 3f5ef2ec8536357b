import { Notification } from 'electron';
import { platformIcon } from '../assets/runtime-assets';
import type { NotificationText } from './reminder-text';

// Electron drops a notification's click handler once the object is garbage-collected; keep each
// one until it is clicked or closed.
const live = new Set<Notification>();

export function notificationsSupported(): boolean {
  return Notification.isSupported();
}

export function showSystemNotification(text: NotificationText, onClick: () => void): void {
  const icon = platformIcon('icons/notification.png');
  const notification = new Notification({
    title: text.title,
    body: text.body,
    ...(icon ? { icon } : {}),
  });
  live.add(notification);
  notification.on('click', () => {
    live.delete(notification);
    onClick();
  });
  notification.on('close', () => live.delete(notification));
  notification.show();
}
