import { Marked, type Tokens } from "marked";
import { escapeHtml, slugify } from "./html";

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

/** Routes outside /learn that content may link to. */
const APP_ROUTES = new Set(["/reflect", "/check-in", "/support", "/learn", "/results", "/privacy"]);

const CALLOUTS = {
  reflect: { title: "Reflect on this", className: "callout callout-reflect" },
  note: { title: "Note", className: "callout callout-note" },
} as const;

type RenderContext = {
  slugs: Set<string>;
  toc: TocEntry[];
  problems: string[];
};

function checkLink(href: string, ctx: RenderContext) {
  if (/^(https?:|mailto:|tel:)/.test(href)) return;
  const [path = ""] = href.split("#");
  const learn = path.match(/^\/learn\/([a-z0-9-]+)$/);
  if (learn?.[1] ? !ctx.slugs.has(learn[1]) : !APP_ROUTES.has(path)) {
    ctx.problems.push(`broken internal link "${href}"`);
  }
}

function createMarked(ctx: RenderContext) {
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        if (depth !== 2 && depth !== 3) {
          ctx.problems.push(`only ## and ### headings are allowed ("${text}")`);
        }
        const id = slugify(text);
        ctx.toc.push({ id, text: text.replace(/\*|_/g, ""), depth: depth === 3 ? 3 : 2 });
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, tokens }: Tokens.Link) {
        checkLink(href, ctx);
        return `<a href="${escapeHtml(href)}">${this.parser.parseInline(tokens)}</a>`;
      },
      blockquote({ tokens }: Tokens.Blockquote) {
        const body = this.parser.parse(tokens);
        const match = body.match(/^<p>\[!(reflect|note)\]\s*/);
        if (!match) return `<blockquote>${body}</blockquote>\n`;
        const callout = CALLOUTS[match[1] as keyof typeof CALLOUTS];
        const rest = `<p>${body.slice(match[0].length)}`;
        return `<aside class="${callout.className}" aria-label="${callout.title}"><p class="callout-title">${callout.title}</p>${rest}</aside>\n`;
      },
      html({ text }: Tokens.HTML | Tokens.Tag) {
        // Content may not carry raw HTML; the only HTML is what this renderer writes.
        ctx.problems.push(`raw HTML is not allowed (${text.trim().slice(0, 40)})`);
        return "";
      },
    },
  });
}

/** Renders a page's Markdown body; `problems` lists what should fail the build. */
export function renderMarkdown(body: string, slugs: Set<string>) {
  const ctx: RenderContext = { slugs, toc: [], problems: [] };
  const html = createMarked(ctx).parse(body, { async: false });
  return { html, toc: ctx.toc, problems: ctx.problems };
}
