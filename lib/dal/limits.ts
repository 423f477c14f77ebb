// Plain constants shared by forms (client) and the data access layer (server).
export const NOTE_MAX_LENGTH = 10_000;
export const RELATIONSHIP_LABEL_MAX = 80;
export const RESULTS_PAGE_SIZE = 20;

/** The shape of the ids rows get (cuid). Anything else names no row and is refused unread. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const isRecordId = (id: unknown): id is string =>
  typeof id === "string" && RECORD_ID_PATTERN.test(id);

/**
 * Text as both databases can keep it. PostgreSQL's text type refuses U+0000, which nobody
 * types; it is dropped rather than failing the save, so SQLite and PostgreSQL store the same.
 */
export const storableText = (text: string) => text.replace(/\u0000/g, "");
