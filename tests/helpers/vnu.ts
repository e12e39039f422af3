/**
 * The W3C Nu HTML Checker (npm `vnu-jar`), run with the machine's Java. vnu-jar's own launcher would download a Java runtime when
 * none is found; these tests never download anything, so a missing `java`
 * is a failure that says what to install.
 */
import { execFile, execFileSync } from 'node:child_process';
import vnuJar from 'vnu-jar';

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Fails with what to do when Java is missing. */
export function checkJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `The Nu HTML Checker needs Java 8 or newer as \`java\` on the PATH, and running it failed (${(error as Error).message}). ` +
        'Install a Java runtime, e.g. `apt-get install default-jre-headless` on Debian.',
      { cause: error },
    );
  }
}

/** Every message the checker gives for these files (`--errors-only`: errors and fatal problems). */
export function validateHtml(files: string[]): Promise<VnuMessage[]> {
  return new Promise((done, fail) => {
    execFile(
      'java',
      ['-jar', String(vnuJar), '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // The report goes to stderr; the exit code is 1 when there are errors.
        const report = stderr.trim() || stdout.trim();
        try {
          done((JSON.parse(report) as { messages: VnuMessage[] }).messages);
        } catch {
          fail(new Error(`The Nu HTML Checker gave no report: ${error?.message ?? ''}\n${report}`));
        }
      },
    );
  });
}
