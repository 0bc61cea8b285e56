import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { translateMdxError } from "./mdx-references";
import { remarkFrenchTypography } from "./remark-french-typography";

const compiled = new Map<string, Promise<string>>();

/**
 * Compiles an MDX body to the function body that mdx-content.tsx evaluates. Memoised per file
 * and body: a process compiles each document once, however many requests render it.
 */
export function compileMdx(body: string, file: string): Promise<string> {
  const key = `${file}\0${body}`;
  let result = compiled.get(key);
  if (!result) {
    result = compile(body, file);
    compiled.set(key, result);
    result.catch(() => compiled.delete(key));
  }
  return result;
}

async function compile(body: string, file: string): Promise<string> {
  try {
    const { code } = await bundleMDX({
      source: body,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkFrenchTypography];
        return options;
      },
    });
    return code;
  } catch (error) {
    const { errors } = error as { errors?: { text: string; location?: { line: number } | null }[] };
    const first = errors?.[0];
    const where = first?.location ? `${file}:${first.location.line}` : file;
    throw new Error(`${where} — MDX : ${translateMdxError(first?.text ?? String(error))}`, { cause: error });
  }
}
