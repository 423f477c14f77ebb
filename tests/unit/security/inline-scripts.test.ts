import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectPrerenderedHashes, inlineScriptHashes } from "@/lib/security/inline-scripts.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const page = [
  "<!DOCTYPE html><html><head>",
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script>document.documentElement.classList.add("js")</script>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '<script data-src="x" type="text/javascript">self.a=1</script>',
  '<script id="_R_">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</head><body><p>é ✓</p><script>self.__next_f.push([1,"é ✓ \\u003c/p"])</script>',
  '<script>document.documentElement.classList.add("js")</script>',
  "</body></html>",
].join("");

describe("inlineScriptHashes", () => {
  it("hashes each inline script the browser would run, once, and skips files and data blocks", () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha('document.documentElement.classList.add("js")'),
      sha("self.a=1"),
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"é ✓ \\u003c/p"])'),
    ]);
  });

  it("finds nothing to allow in a page without inline scripts", () => {
    expect(inlineScriptHashes('<html><script src="/a.js"></script></html>')).toEqual([]);
  });
});

describe("collectPrerenderedHashes", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "csp-dist-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("maps each prerendered HTML page of the build to its hashes", () => {
    mkdirSync(path.join(dist, "server", "app", "learn"), { recursive: true });
    writeFileSync(path.join(dist, "BUILD_ID"), "build-1\n");
    writeFileSync(
      path.join(dist, "prerender-manifest.json"),
      JSON.stringify({ routes: { "/": {}, "/learn/a": {}, "/robots.txt": {} } }),
    );
    writeFileSync(path.join(dist, "server", "app", "index.html"), "<script>home()</script>");
    writeFileSync(path.join(dist, "server", "app", "learn", "a.html"), "<script>a()</script>");
    writeFileSync(path.join(dist, "server", "app", "robots.txt.body"), "User-agent: *");
    expect(collectPrerenderedHashes(dist)).toEqual({
      buildId: "build-1",
      pages: { "/": [sha("home()")], "/learn/a": [sha("a()")] },
    });
  });
});
