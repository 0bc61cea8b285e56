/**
 * French typesetting the operator should not have to type: a no-break space before « : », a
 * narrow no-break space before « ; ! ? », no-break spaces inside « guillemets », and the
 * typographic apostrophe. Applied to prose only, never to code or URLs.
 */
const NBSP = "\u00a0";
const NNBSP = "\u202f";

export function typesetFrench(text: string): string {
  return (
    text
      // A space already there becomes the right no-break space.
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
      .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
      // A missing one is added after a word ("plan!" → "plan !"), but not inside 10:30 or https:.
      .replace(/(\p{L}|[)»’])([;!?]+)(?=\s|$)/gu, `$1${NNBSP}$2`)
      .replace(/(\p{L}|[)»’]):(?=\s|$)/gu, `$1${NBSP}:`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      .replace(/(\p{L})'(?=\p{L})/gu, "$1’")
  );
}
