import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { shareImageSize } from "./share-image-size";

/**
 * Inter, from the @fontsource/inter npm package: nothing is downloaded, at build time or after.
 * next.config.ts traces these two files into the standalone server.
 */
async function loadFonts() {
  const file = (weight: number) =>
    path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files", `inter-latin-${weight}-normal.woff`);
  const [regular, bold] = await Promise.all([fs.readFile(file(400)), fs.readFile(file(700))]);
  return [
    { name: "Inter", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "Inter", data: bold, weight: 700 as const, style: "normal" as const },
  ];
}

let fonts: ReturnType<typeof loadFonts> | undefined;

/** The picture shown when a page is shared: the site's name, the page's title, one line more. */
export async function renderShareImage({
  siteName,
  title,
  subtitle,
  host,
}: {
  siteName: string;
  title: string;
  subtitle: string;
  host: string;
}) {
  fonts ??= loadFonts();
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: "64px 72px",
        background: "#134e4a",
        color: "#ffffff",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 32, color: "#99f6e4" }}>
        <div style={{ display: "flex", width: 44, height: 44, borderRadius: 10, background: "#2dd4bf" }} />
        {siteName}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: title.length > 45 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 30, color: "#ccfbf1", lineHeight: 1.35 }}>{subtitle}</div>
      </div>
      <div style={{ display: "flex", fontSize: 26, color: "#99f6e4" }}>{host}</div>
    </div>,
    { ...shareImageSize, fonts: await fonts, headers: { "cache-control": "public, max-age=3600" } },
  );
}
