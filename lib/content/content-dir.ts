import path from "node:path";

/**
 * Root of the operator's content. CONTENT_DIR lets the browser tests serve fixtures whose dates are
 * relative to the current time; it changes what is read, never the clock.
 */
export function getContentDir(): string {
  // Not traced: next.config.ts ships content/ explicitly (outputFileTracingIncludes).
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/** Path shown in messages: relative to the working directory, with forward slashes. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join("/");
}
