import { calendarDate, text } from "../fields";
import { typesetFrench } from "../../format/french-typography";
import { z } from "../zod-fr";

/** content/pages/<page id>.mdx: the prose of each page in lib/web/routes.ts. */
export const pageFrontmatterSchema = z.strictObject({
  /** The page's <title>, its h1, and the text of every <PageLink> to it. */
  title: text.max(70, "un titre de plus de 70 caractères est coupé par les moteurs de recherche").transform(typesetFrench),
  description: text
    .min(50, "trop courte pour une description (au moins 50 caractères)")
    .max(170, "trop longue pour une description (170 caractères au plus)")
    .transform(typesetFrench),
  /** Date of the last meaningful change: the sitemap's lastmod, and shown on legal pages. */
  updated: calendarDate,
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
