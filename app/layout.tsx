import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ContentReload } from "@/components/site/content-reload";
import { InterventionNotice } from "@/components/interventions/intervention-notice";
import { SiteFooter } from "@/components/site/site-footer";
import { getRenderContext } from "@/lib/rendering/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { listInterventionsToAnnounce } from "@/lib/interventions/state";
import { site } from "@/lib/web/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = getSiteContent().data.identity;
  return {
    metadataBase: site.origin,
    title: { template: `%s · ${siteName}`, default: siteName },
    applicationName: siteName,
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const context = await getRenderContext();
  return (
    <html lang={site.language}>
      <body className="flex min-h-screen flex-col">
        <a href="#contenu" className="skip-link">
          Aller au contenu
        </a>
        <InterventionNotice entries={listInterventionsToAnnounce(context.content.interventions, context.now)} now={context.now} />
        <div className="flex-1">{children}</div>
        <SiteFooter facts={context.facts} titles={context.pageTitles} />
        <ContentReload />
      </body>
    </html>
  );
}
