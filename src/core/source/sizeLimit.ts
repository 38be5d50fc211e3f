/**
 * The reason an editor gives for a source file it did not read because it is
 * larger than `sourced.maxFileSizeMB`. The desktop extension and the
 * browser client both say it the same way.
 */

/** The one-line reason for skipping a file of `size` bytes over the `limit` in bytes. */
export function tooLargeReason(size: number, limit: number): string {
  return `${megabytes(size)} MB, over the ${megabytes(limit)} MB limit (sourced.maxFileSizeMB): not read`;
}

/** Megabytes to two significant digits (`0.5`, `12`, `3100`). */
function megabytes(bytes: number): string {
  return String(Number((bytes / (1024 * 1024)).toPrecision(2)));
}
