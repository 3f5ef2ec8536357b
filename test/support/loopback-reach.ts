/**
 * Whether a listener can be reached from elsewhere than 127.0.0.1 (RFC 8252 §8.3: the laptop's
 * sign-in listener must bind the loopback address only). Used by the main-process unit tests and
 * the desktop end-to-end spec.
 */
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

/** Whether a TCP connection to host:port is accepted (a refusal or silence is `false`). */
export function accepts(host: string, port: number, timeoutMs = 3_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** This machine's addresses other than 127.0.0.1, which a listener on every interface would take. */
export function otherAddressesOfThisMachine(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flatMap((infos) => (infos ?? []).map((info) => info.address))
    // Link-local IPv6 needs a scope to be reached at all: refused there would prove nothing.
    .filter((address) => address !== '127.0.0.1' && !address.toLowerCase().startsWith('fe80'));
  // Linux routes all of 127/8 to the loopback interface: a listener on 127.0.0.1 alone refuses it.
  if (process.platform === 'linux') addresses.push('127.0.0.2');
  return [...new Set(['::1', ...addresses])];
}
