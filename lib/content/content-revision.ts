import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The response header that names the revision a server answers with (set by proxy.ts). */
export const contentRevisionHeader = "x-contenu-revision";

/**
 * A short fingerprint of a content directory: every file's path and bytes, in a fixed order.
 * The server exposes the revision it serves, and `npm run publier` computes the one it has just
 * validated, so the command knows when the server has taken the new content. Both sides hash the
 * directory the same way, whatever it is called or wherever it is mounted.
 */
export function computeContentRevision(dir: string): string {
  const hash = crypto.createHash("sha256");
  for (const file of listContentFiles(dir)) {
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(dir, file)))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Relative paths with forward slashes, sorted; hidden files (editor swap files, .git) are not content. */
function listContentFiles(dir: string, prefix = ""): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listContentFiles(dir, relative));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}
