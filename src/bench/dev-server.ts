/**
 * Runs `npm run dev` (Astro's dev server with Dossier's loader) on a content
 * folder, on a free loopback port, as an editor would; and polls a page until
 * it shows what a test waits for, within a generous bound.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { cleanEnv, projectRoot } from './child-env.ts';

export interface DevServer {
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const astro = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');
  // Its own process group, so stopping it stops what it started (esbuild).
  const child: ChildProcess = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: cleanEnv({ DOSSIER_CONTENT: contentDir }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  // Should the test process end without stopping it, the server must not outlive it.
  const kill = () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
  };
  process.once('exit', kill);
  const server: DevServer = {
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    stop: async () => {
      process.off('exit', kill);
      kill();
      await exited;
    },
  };
  try {
    await waitFor(
      server,
      '/',
      (html) => html.includes('</html>'),
      120_000,
      () => child.exitCode !== null,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

export async function fetchPage(server: DevServer, path: string): Promise<{ status: number; html: string }> {
  try {
    const response = await fetch(new URL(path.replace(/^\//, ''), server.url));
    return { status: response.status, html: await response.text() };
  } catch {
    return { status: 0, html: '' };
  }
}

/** Polls `path` until `done(html)` holds, or fails after `timeout` ms with what the page and the server last said. */
export async function waitFor(
  server: DevServer,
  path: string,
  done: (html: string) => boolean,
  timeout = 60_000,
  gaveUp: () => boolean = () => false,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = { status: 0, html: '' };
  // Astro refuses to start a second dev server in the same project: `gaveUp` sees the server exit.
  while (Date.now() < deadline && !gaveUp()) {
    last = await fetchPage(server, path);
    if (last.status !== 0 && done(last.html)) return last.html;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(
    `${path} never showed what was expected (within ${timeout / 1000} s; last status ${last.status}).\nServer output:\n${server.output()}\nPage:\n${last.html.slice(0, 3000)}`,
  );
}
