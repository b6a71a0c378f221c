// Everything the CLI prints for a reader goes through here: `setu align … | head` closes the pipe
// early, and a write to a closed pipe must end the command quietly, not with a stack trace.

let guarded = false;

/** Writes to standard output; once the reader has closed the pipe, setu exits with status 0. */
export function writeStdout(text: string): void {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  process.stdout.write(text);
}
