import { headers } from "next/headers";

/**
 * Development only: reloads the page when a content file is saved. Next's own hot reload only
 * watches code, and the content is data read from disk. A few bytes of inline script, allowed by
 * this response's nonce; nothing of it reaches a production page.
 */
export async function ContentReload() {
  if (process.env.NODE_ENV !== "development") return null;
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const script = "new EventSource('/contenu-modifie').onmessage = () => location.reload();";
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
