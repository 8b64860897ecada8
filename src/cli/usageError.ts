/** A mistake in how the command was called (exit 2), as opposed to a problem with a file (exit 1). */
export class UsageError extends Error {}
