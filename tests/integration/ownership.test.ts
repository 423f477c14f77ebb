import { beforeAll, describe, expect, it, vi } from "vitest";
import ComparePage from "@/app/(account)/results/compare/page";
import SavedResultPage from "@/app/(account)/results/[id]/page";
import {
  deleteNoteAction,
  deleteResultAction,
  saveNoteAction,
} from "@/app/(account)/results/actions";
import { GET as exportCsv } from "@/app/api/export/csv/route";
import { GET as exportJson } from "@/app/api/export/json/route";
import { db } from "@/lib/db/client";
import { deleteNote, saveNote } from "@/lib/dal/notes";
import { deleteResult, getResult, listResultChoices, listResults } from "@/lib/dal/results";
import { form, signUp } from "./support/accounts";
import { accessStatusOf } from "./support/next-errors";
import { actAs, type Browser } from "./support/next-request";
import { saveAttachment } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// The first person owns a result with a note; the second has results of their own and tries
// every page, action and route with the first person's ids.
let first: { browser: Browser; resultId: string; otherResultId: string };
let second: { browser: Browser; resultId: string; olderId: string };
const NOTE = "Only mine to read.";

beforeAll(async () => {
  const a = await signUp();
  const resultId = await saveAttachment(a.browser, { anxiety: "high", avoidance: "high" });
  const otherResultId = await saveAttachment(a.browser, { anxiety: "low", avoidance: "high" });
  actAs(a.browser);
  expect(await saveNote(resultId, NOTE)).toBe(true);
  first = { browser: a.browser, resultId, otherResultId };
  const b = await signUp();
  second = {
    browser: b.browser,
    olderId: await saveAttachment(
      b.browser,
      { anxiety: "low", avoidance: "low" },
      new Date("2026-01-01T00:00:00Z"),
    ),
    resultId: await saveAttachment(b.browser, { anxiety: "mid", avoidance: "low" }),
  };
  actAs(b.browser);
});

async function unchanged() {
  const row = await db.result.findUnique({
    where: { id: first.resultId },
    include: { note: true },
  });
  expect(row?.note?.body).toBe(NOTE);
}

describe("another account's ids", () => {
  it("are not found by the data access layer, and change nothing", async () => {
    actAs(second.browser);
    expect(await getResult(first.resultId)).toBeNull();
    expect(await deleteResult(first.resultId)).toBe(false);
    expect(await saveNote(first.resultId, "overwritten")).toBe(false);
    expect(await deleteNote(first.resultId)).toBe(false);
    expect((await listResults()).items.map((r) => r.id).sort()).toEqual(
      [second.olderId, second.resultId].sort(),
    );
    expect((await listResultChoices("secure-base-attachment")).map((r) => r.id)).not.toContain(
      first.resultId,
    );
    await unchanged();
  });

  it("give 404 on the result page and the comparison page", async () => {
    actAs(second.browser);
    const page = (id: string) =>
      SavedResultPage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
    expect(await accessStatusOf(page(first.resultId))).toBe(404);
    expect(await accessStatusOf(page(second.resultId))).toBeNull();
    const compare = (a: string, b: string) =>
      ComparePage({ searchParams: Promise.resolve({ a, b }) });
    expect(await accessStatusOf(compare(first.resultId, second.resultId))).toBe(404);
    expect(await accessStatusOf(compare(second.olderId, first.otherResultId))).toBe(404);
    expect(await accessStatusOf(compare(second.olderId, second.resultId))).toBeNull();
    // Also for someone with nothing saved, whose page would otherwise just say "nothing to compare".
    const third = await signUp();
    actAs(third.browser);
    expect(await accessStatusOf(compare(first.resultId, first.otherResultId))).toBe(404);
  });

  it("give 404 from every server action, and change nothing", async () => {
    actAs(second.browser);
    expect(await accessStatusOf(deleteResultAction({}, form({ resultId: first.resultId })))).toBe(
      404,
    );
    expect(
      await accessStatusOf(
        saveNoteAction({}, form({ resultId: first.resultId, body: "overwritten" })),
      ),
    ).toBe(404);
    expect(await accessStatusOf(deleteNoteAction({}, form({ resultId: first.resultId })))).toBe(
      404,
    );
    await unchanged();
    expect(await db.result.count({ where: { id: first.otherResultId } })).toBe(1);
  });

  it("never appear in the other account's exports", async () => {
    actAs(second.browser);
    const json = await (await exportJson()).text();
    const csv = await (await exportCsv()).text();
    for (const text of [json, csv]) {
      expect(text).toContain(second.resultId);
      expect(text).not.toContain(first.resultId);
      expect(text).not.toContain(first.otherResultId);
      expect(text).not.toContain(NOTE);
    }
  });

  it("still work for their owner", async () => {
    actAs(first.browser);
    expect((await getResult(first.resultId))?.note?.body).toBe(NOTE);
    expect(await getResult(second.resultId)).toBeNull();
  });
});
