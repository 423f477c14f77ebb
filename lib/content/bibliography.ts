import { escapeHtml } from "./html";
import type { Reference } from "./schema";

/** The short in-text form, e.g. "Johnson et al., 2013". */
export function shortCitation(ref: Reference) {
  const surnames = ref.authors.split(/,\s*(?:&\s*)?/).filter((part) => /^[A-Z][a-z]/.test(part));
  const first = surnames[0] ?? ref.authors;
  const who = surnames.length > 2 ? `${first} et al.` : surnames.join(" & ");
  return `${who}, ${ref.year}`;
}

/** One APA-style entry as HTML, with an anchor the citations link to. */
export function referenceHtml(ref: Reference) {
  const parts = [
    `${escapeHtml(ref.authors)} (${ref.year}).`,
    ref.container ? `${escapeHtml(ref.title)}.` : `<cite>${escapeHtml(ref.title)}</cite>.`,
    ref.container
      ? `<cite>${escapeHtml(ref.container)}</cite>${ref.pages ? `, ${escapeHtml(ref.pages)}` : ""}.`
      : "",
    ref.publisher ? `${escapeHtml(ref.publisher)}.` : "",
  ].filter(Boolean);
  const status = ref.inArticleList
    ? ""
    : `<span class="ref-status">Not in the article&rsquo;s reference list.</span> `;
  const note = ref.note ? `<span class="ref-note">${status}${escapeHtml(ref.note)}</span>` : "";
  return `<li id="ref-${ref.key}" class="reference">${parts.join(" ")}${note}</li>`;
}

export function bibliographyHtml(refs: Reference[]) {
  const sorted = [...refs].sort((a, b) => a.authors.localeCompare(b.authors) || a.year - b.year);
  return `<ol class="bibliography">${sorted.map(referenceHtml).join("")}</ol>`;
}
