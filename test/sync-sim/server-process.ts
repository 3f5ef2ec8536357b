/**
 * The server as a child process (issue 21): a real process kill, SIGKILL, not the in-process
 * abandon. Killed in the middle of a push or a pull (the child kills itself at an armed query, see
 * server-child-app.ts) or between requests (the parent sends SIGKILL), then started again on the
 * same port and database. PostgreSQL only: the parent reads the same database while the child
 * serves it, which PGlite's single process cannot share.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildRoute, FromChild, ToChild } from './server-child-app';

export class ServerProcess {
  private exited = false;
  private readonly exit: Promise<void>;
  /** Set before the parent's own SIGKILL, so that the exit is not counted as mid-request. */
  private killedByParent = false;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly port: number,
    onDeath: (midRequest: boolean) => void,
    onStrike: () => Promise<void>,
  ) {
    this.exit = new Promise((resolve) =>
      child.once('exit', () => {
        this.exited = true;
        onDeath(!this.killedByParent);
        resolve();
      }),
    );
    child.on('message', (message: FromChild) => {
      if (message.type !== 'strike') return;
      void onStrike()
        .catch(() => undefined)
        .then(() => this.send({ type: 'struck' }));
    });
  }

  static async start(input: {
    databaseUrl: string;
    port: number;
    onDeath: (midRequest: boolean) => void;
    onStrike: () => Promise<void>;
  }): Promise<ServerProcess> {
    const script = fileURLToPath(new URL('./server-child.ts', import.meta.url));
    const child = fork(script, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        AMPARO_SIM_SERVER_DB: input.databaseUrl,
        AMPARO_SIM_SERVER_PORT: String(input.port),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`the server process exited before it listened (${code ?? signal})`)),
      );
      child.on('message', (message: FromChild) => {
        if (message.type === 'ready') resolve(message.port);
      });
    });
    child.removeAllListeners('exit');
    child.removeAllListeners('message');
    return new ServerProcess(
      child,
      `http://127.0.0.1:${port}`,
      port,
      input.onDeath,
      input.onStrike,
    );
  }

  get alive(): boolean {
    return !this.exited;
  }

  private send(message: ToChild): void {
    if (!this.exited && this.child.connected) this.child.send(message);
  }

  /** SIGKILL at the `queries`-th query made while a request of `route` is being handled. */
  armKill(route: ChildRoute, queries: number): void {
    this.send({ type: 'armKill', route, queries });
  }

  armDatabaseFault(queries: number): void {
    this.send({ type: 'armDatabaseFault', queries });
  }

  disarm(): void {
    this.send({ type: 'disarm' });
  }

  /** SIGKILL now, and wait until the process is gone. */
  async kill(): Promise<void> {
    if (this.exited) return;
    this.killedByParent = true;
    this.child.kill('SIGKILL');
    await this.exit;
  }

  /** Waits until the process is gone (after a kill it made itself). */
  gone(): Promise<void> {
    return this.exit;
  }
}
