/**
 * An error for a person to act on (bad content, a wrong setting), not a bug: Astro prints an error's
 * message and then its stack trace, and a trace of the build's own code around "content/x.mdx:12: …"
 * only buries the message. Without a stack, Astro prints the message alone.
 */

/** An Error with `message` and no stack trace, for Astro to print as it is. */
export function userError(message: string): Error {
  const err = new Error(message);
  err.stack = '';
  return err;
}
