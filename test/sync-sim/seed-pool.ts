/**
 * Runs seeds side by side in child processes (one per core by default), each seed alone in its
 * process so runs stay independent and repeatable. The PGlite template is made once here and
 * shared with the children, which only copy it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SimOptions, SimReport } from './runner';
import { pgliteTemplate, TEMPLATE_ENV } from './sim-database';

type Answer = { seed: number; report: SimReport } | { seed: number; error: string };

interface Job {
  options: SimOptions;
  resolve: (report: SimReport) => void;
  reject: (error: Error) => void;
}

export class SeedPool {
  private readonly queue: Job[] = [];
  private readonly idle: ChildProcess[] = [];
  private readonly running = new Map<ChildProcess, Job>();
  private readonly children: ChildProcess[] = [];

  private constructor() {}

  static async start(processes = Math.max(1, availableParallelism())): Promise<SeedPool> {
    const pool = new SeedPool();
    const env = { ...process.env };
    // PostgreSQL runs make their own throwaway databases; PGlite runs share one template.
    if (!env['DATABASE_URL']) env[TEMPLATE_ENV] = await pgliteTemplate();
    const script = fileURLToPath(new URL('./seed-worker.ts', import.meta.url));
    await Promise.all(
      Array.from({ length: processes }, () => pool.spawn(script, env as Record<string, string>)),
    );
    return pool;
  }

  private spawn(script: string, env: Record<string, string>): Promise<void> {
    const child = fork(script, [], { execArgv: ['--import', 'tsx'], env, stdio: 'inherit' });
    this.children.push(child);
    child.on('exit', (code) => {
      const job = this.running.get(child);
      this.running.delete(child);
      job?.reject(new Error(`seed ${job.options.seed}: its process exited (${code ?? 'signal'})`));
    });
    return new Promise((ready) => {
      child.on('message', (message: 'ready' | Answer) => {
        if (message === 'ready') {
          ready();
          this.release(child);
          return;
        }
        const job = this.running.get(child);
        this.running.delete(child);
        if ('report' in message) job?.resolve(message.report);
        else job?.reject(new Error(message.error));
        this.release(child);
      });
    });
  }

  private release(child: ChildProcess): void {
    const job = this.queue.shift();
    if (!job) {
      this.idle.push(child);
      return;
    }
    this.running.set(child, job);
    child.send(job.options);
  }

  run(options: SimOptions): Promise<SimReport> {
    return new Promise((resolve, reject) => {
      this.queue.push({ options, resolve, reject });
      const child = this.idle.shift();
      if (child) this.release(child);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.send('exit');
          }),
      ),
    );
  }
}
