import { describe, expect, test } from "vitest";
import { buildCopyNotice, linkBetween, toMirrorFile, transformPage, transformStylesheet } from "@/lib/publication/mirror-html";

const files = new Map([
  ["/", "index.html"],
  ["/couts", "couts/index.html"],
  ["/interventions", "interventions/index.html"],
  ["/interventions/panne", "interventions/panne/index.html"],
  ["/interventions/rss.xml", "interventions/rss.xml"],
  ["/icon.svg", "icon.svg"],
  ["/_next/static/chunks/site.css", "_next/static/chunks/site.css"],
  ["/_next/static/media/police.woff2", "_next/static/media/police.woff2"],
]);
const options = {
  file: "interventions/panne/index.html",
  copiedAt: new Date("2026-03-02T13:05:00Z"),
  resolve: (sitePath: string) => files.get(sitePath),
  siteOrigins: ["https://hebergement.example", "http://127.0.0.1:3000"],
};

describe("where the site's paths live in the mirror", () => {
  test("a page becomes its directory's index.html, any other file keeps its path", () => {
    expect(toMirrorFile("/", true)).toBe("index.html");
    expect(toMirrorFile("/cgu/historique", true)).toBe("cgu/historique/index.html");
    expect(toMirrorFile("/interventions/rss.xml", false)).toBe("interventions/rss.xml");
  });

  test("links are relative, and a page is linked as its directory", () => {
    expect(linkBetween("index.html", "couts/index.html")).toBe("couts/");
    expect(linkBetween("interventions/panne/index.html", "index.html")).toBe("../../");
    expect(linkBetween("interventions/index.html", "interventions/index.html")).toBe("./");
    expect(linkBetween("interventions/panne/index.html", "interventions/rss.xml")).toBe("../rss.xml");
  });
});

describe("a page of the mirror", () => {
  const served = `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" nonce="abc" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" nonce="abc" href="/_next/static/chunks/app.js"/>
<link rel="canonical" href="https://hebergement.example/interventions/panne"/>
<link rel="alternate" type="application/rss+xml" href="https://hebergement.example/interventions/rss.xml"/>
<link rel="icon" href="/icon.svg?icon.123.svg" type="image/svg+xml"/>
<script src="/_next/static/chunks/app.js" async="" nonce="abc"></script>
<script type="application/ld+json">{"@type":"Event"}</script></head>
<body class="flex"><a href="#contenu">Aller au contenu</a>
<a href="/">Accueil</a> <a href="/couts#calcul">Coûts</a> <a href="https://hebergement.example/interventions">Journal</a>
<a href="https://www.hetzner.com/">Hetzner</a> <a href="/page-absente">Absente</a>
<script nonce="abc">self.__next_f.push([1,"</div>"])</script>
<SCRIPT>alert(1)</SCRIPT></body></html>`;
  const mirrored = transformPage(served, options);

  test("has no script, no hint to load one, and no nonce", () => {
    expect(mirrored).not.toMatch(/<script|\.js"|nonce=/i);
  });

  test("links to the copied files, relatively, and leaves the canonical address and other sites alone", () => {
    expect(mirrored).toContain('<link rel="stylesheet" href="../../_next/static/chunks/site.css" data-precedence="next"/>');
    expect(mirrored).toContain('<link rel="canonical" href="https://hebergement.example/interventions/panne"/>');
    expect(mirrored).toContain('href="../rss.xml"');
    expect(mirrored).toContain('<link rel="icon" href="../../icon.svg"');
    expect(mirrored).toContain('<a href="../../">Accueil</a> <a href="../../couts/#calcul">Coûts</a> <a href="../">Journal</a>');
    expect(mirrored).toContain('<a href="https://www.hetzner.com/">Hetzner</a> <a href="/page-absente">Absente</a>');
    expect(mirrored).toContain('<a href="#contenu">');
  });

  test("opens with the time of the copy, in Paris time, and links its stylesheet", () => {
    expect(mirrored).toContain(`<body class="flex">${buildCopyNotice(options.copiedAt)}<a href="#contenu">`);
    expect(mirrored).toContain('<link rel="stylesheet" href="../../miroir.css"/></head>');
  });
});

describe("the copy notice", () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, "");

  test("gives the date and time in Paris, whatever the machine's zone", () => {
    expect(text(buildCopyNotice(new Date("2026-03-02T13:05:00Z")))).toMatch(
      /^Copie de secours du 2 mars 2026 à 14\u202fh\u202f05 \(heure de Paris\)\. /,
    );
    expect(text(buildCopyNotice(new Date("2026-07-14T22:30:00Z")))).toMatch(
      /^Copie de secours du 15 juillet 2026 à 00\u202fh\u202f30 \(heure de Paris\)\. /,
    );
  });

  test("writes the first of the month « 1er » and a typographic apostrophe", () => {
    const notice = text(buildCopyNotice(new Date("2026-04-01T08:00:00Z")));
    expect(notice).toContain("du 1er avril 2026 à 10\u202fh\u202f00");
    expect(notice).toContain("n’est pas mise à jour");
    expect(notice).not.toContain("'");
  });
});

test("a stylesheet's url() references point to the copied files", () => {
  const css = "@font-face{src:url(/_next/static/media/police.woff2) format('woff2')}.a{background:url(data:image/png;base64,AA)}";
  expect(transformStylesheet(css, { ...options, file: "_next/static/chunks/site.css" })).toBe(
    "@font-face{src:url(../media/police.woff2) format('woff2')}.a{background:url(data:image/png;base64,AA)}",
  );
});
