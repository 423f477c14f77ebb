import "server-only";
import { createHash } from "node:crypto";
import { areV1, type DimensionScore, type Placement } from "@/lib/attachment";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import { requireUser } from "./current-user";
import { RELATIONSHIP_LABEL_MAX, RESULTS_PAGE_SIZE, isRecordId, storableText } from "./limits";
import { scoreForStorage } from "./scoring";

export { RELATIONSHIP_LABEL_MAX, RESULTS_PAGE_SIZE };

/** One row of the history list. */
export interface ResultSummary {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  createdAt: Date;
  anxiety: number | null;
  avoidance: number | null;
  pattern: string | null;
  relationshipLabel: string | null;
  hasNote: boolean;
}

/** A saved result with everything needed to show it again. */
export interface SavedResult extends Omit<ResultSummary, "hasNote"> {
  answers: Record<string, number>;
  scores: Record<string, DimensionScore>;
  placement: Placement | null;
  note: { body: string; updatedAt: Date } | null;
}

const summarySelect = {
  id: true,
  instrumentId: true,
  instrumentVersion: true,
  createdAt: true,
  anxiety: true,
  avoidance: true,
  pattern: true,
  relationshipLabel: true,
  note: { select: { id: true } },
} satisfies Prisma.ResultSelect;

const fullSelect = {
  ...summarySelect,
  answers: true,
  scores: true,
  placement: true,
  note: { select: { body: true, updatedAt: true } },
} satisfies Prisma.ResultSelect;

type SummaryRow = Prisma.ResultGetPayload<{ select: typeof summarySelect }>;
type FullRow = Prisma.ResultGetPayload<{ select: typeof fullSelect }>;

function toSummary({ note, ...row }: SummaryRow): ResultSummary {
  return { ...row, hasNote: note !== null };
}

function toSaved(row: FullRow): SavedResult {
  return {
    ...row,
    answers: JSON.parse(row.answers) as Record<string, number>,
    scores: JSON.parse(row.scores) as Record<string, DimensionScore>,
    placement: row.placement ? (JSON.parse(row.placement) as Placement) : null,
  };
}

// Ids come from URLs and forms: anything that is not a plausible id is simply not found.
const plausibleId = isRecordId;

export interface SaveResultInput {
  instrumentId: string;
  version: number;
  /** Untrusted raw answers (item id → value); validated and scored here. */
  answers: unknown;
  /** For A.R.E. check-ins: who the check-in is about, e.g. "Sam". */
  relationshipLabel?: string | null;
  /** Makes a retried save land once: the same key for the same person returns the first result. */
  clientRequestId?: string;
  /** Only for imports of earlier exports; new results take the current time. */
  createdAt?: Date;
}

export type SaveResultOutcome =
  { ok: true; id: string; created: boolean } | { ok: false; errors: string[] };

/**
 * Saves a result for the signed-in person after validating and scoring the answers on the
 * server. Generic over instruments (attachment questionnaire, A.R.E. check-in, later versions).
 */
export async function saveResult(input: SaveResultInput): Promise<SaveResultOutcome> {
  const user = await requireUser();
  const scored = scoreForStorage({
    instrumentId: input.instrumentId,
    version: input.version,
    answers: input.answers,
  });
  if (!scored.ok) return scored;
  const { instrument, answers, scores, placement } = scored.record;
  const label =
    storableText(input.relationshipLabel ?? "")
      .trim()
      .slice(0, RELATIONSHIP_LABEL_MAX) || null;
  const data = {
    userId: user.id,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    answers: JSON.stringify(answers),
    scores: JSON.stringify(scores),
    placement: placement ? JSON.stringify(placement) : null,
    pattern: placement?.pattern ?? null,
    anxiety: scores.anxiety?.mean ?? null,
    avoidance: scores.avoidance?.mean ?? null,
    relationshipLabel: label,
    clientRequestId: input.clientRequestId ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  };
  if (!input.clientRequestId) {
    const { id } = await db.result.create({ data, select: { id: true } });
    return { ok: true, id, created: true };
  }
  // Insert first: a retry is the rare case, so the usual save is one query. When the unique
  // index on (user, clientRequestId) refuses the row, an earlier or concurrent save with this
  // key landed, and its id is the answer.
  try {
    const { id } = await db.result.create({ data, select: { id: true } });
    return { ok: true, id, created: true };
  } catch (error) {
    const where = {
      userId_clientRequestId: { userId: user.id, clientRequestId: input.clientRequestId },
    };
    const earlier = await db.result.findUnique({ where, select: { id: true } });
    if (earlier) return { ok: true, id: earlier.id, created: false };
    throw error;
  }
}

/**
 * An idempotency key for saving the answers held in a device cookie: the same code saved
 * twice on the same day (a double submit, a retried request) is one result, while the same
 * answers given again on another day are a new result.
 */
export function saveKeyFor(userId: string, code: string, now: Date) {
  const day = now.toISOString().slice(0, 10);
  return `cookie:${createHash("sha256").update(`${userId}\n${code}\n${day}`).digest("hex").slice(0, 48)}`;
}

/** One page of the signed-in person's history, newest first, all instruments. */
export async function listResults(page = 1, pageSize = RESULTS_PAGE_SIZE) {
  const user = await requireUser();
  const total = await db.result.count({ where: { userId: user.id } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db.result.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: summarySelect,
  });
  return { items: rows.map(toSummary), page: current, pageCount, total };
}

/** The most recent `limit` results of one instrument, oldest first (for the chart). */
export async function getTrend(instrumentId: string, limit = 30) {
  const user = await requireUser();
  const rows = await db.result.findMany({
    where: { userId: user.id, instrumentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, anxiety: true, avoidance: true, instrumentVersion: true },
  });
  return rows.reverse();
}

/** Results of one instrument to choose from when comparing, newest first. */
export async function listResultChoices(instrumentId: string, limit = 200) {
  const user = await requireUser();
  return db.result.findMany({
    where: { userId: user.id, instrumentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, anxiety: true, avoidance: true },
  });
}

/** One of the signed-in person's results, or null (also for another person's id). */
export async function getResult(id: unknown): Promise<SavedResult | null> {
  const user = await requireUser();
  if (!plausibleId(id)) return null;
  const row = await db.result.findFirst({ where: { id, userId: user.id }, select: fullSelect });
  return row ? toSaved(row) : null;
}

/** Deletes one of the signed-in person's results and its note. False when there was none. */
export async function deleteResult(id: unknown): Promise<boolean> {
  const user = await requireUser();
  if (!plausibleId(id)) return false;
  const { count } = await db.result.deleteMany({ where: { id, userId: user.id } });
  return count > 0;
}

/**
 * The signed-in person's check-in about the same relationship saved just before this one,
 * for "since last time"; null for the first, or for other instruments.
 */
export async function getPreviousCheckIn(current: SavedResult): Promise<SavedResult | null> {
  const user = await requireUser();
  if (current.instrumentId !== areV1.id) return null;
  const row = await db.result.findFirst({
    where: {
      userId: user.id,
      instrumentId: current.instrumentId,
      instrumentVersion: current.instrumentVersion,
      relationshipLabel: current.relationshipLabel,
      createdAt: { lt: current.createdAt },
    },
    orderBy: { createdAt: "desc" },
    select: fullSelect,
  });
  return row ? toSaved(row) : null;
}
