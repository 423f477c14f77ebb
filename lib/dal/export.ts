import "server-only";
import type { DimensionScore, Placement } from "@/lib/attachment";
import { db } from "@/lib/db/client";
import { requireUser } from "./current-user";

/** Bump when the export format changes; imports accept every version listed in lib/dal/import.ts. */
export const EXPORT_SCHEMA_VERSION = 1;

/** Everything the signed-in person has stored, oldest first. */
export async function getExportData(now = new Date()) {
  const user = await requireUser();
  const [account, results] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, createdAt: true } }),
    db.result.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        instrumentId: true,
        instrumentVersion: true,
        createdAt: true,
        answers: true,
        scores: true,
        placement: true,
        pattern: true,
        anxiety: true,
        avoidance: true,
        relationshipLabel: true,
        note: { select: { body: true, createdAt: true, updatedAt: true } },
      },
    }),
  ]);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    app: "secure-base",
    exportedAt: now.toISOString(),
    account: { email: account.email, createdAt: account.createdAt.toISOString() },
    results: results.map((r) => ({
      id: r.id,
      instrumentId: r.instrumentId,
      instrumentVersion: r.instrumentVersion,
      createdAt: r.createdAt.toISOString(),
      relationshipLabel: r.relationshipLabel,
      answers: JSON.parse(r.answers) as Record<string, number>,
      scores: JSON.parse(r.scores) as Record<string, DimensionScore>,
      placement: r.placement ? (JSON.parse(r.placement) as Placement) : null,
      pattern: r.pattern,
      anxiety: r.anxiety,
      avoidance: r.avoidance,
      note: r.note
        ? {
            body: r.note.body,
            createdAt: r.note.createdAt.toISOString(),
            updatedAt: r.note.updatedAt.toISOString(),
          }
        : null,
    })),
  };
}

export type ExportData = Awaited<ReturnType<typeof getExportData>>;
