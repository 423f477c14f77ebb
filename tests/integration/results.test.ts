import { describe, expect, it, vi } from "vitest";
import { deleteResultAction, saveResultAction } from "@/app/(account)/results/actions";
import { areV1, attachmentV1, buildAnswers, scoreAttachment } from "@/lib/attachment";
import { db } from "@/lib/db/client";
import { getResult, getTrend, listResults, saveResult } from "@/lib/dal/results";
import { encodeAnswers, resultCookie } from "@/lib/reflect/answer-code";
import { labelCookie } from "@/lib/reflect/label";
import { form, signUp } from "./support/accounts";
import { redirectOf } from "./support/next-errors";
import { Browser, actAs } from "./support/next-request";
import { attachmentAnswers, finishQuestionnaire, saveAttachment } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const save = () => saveResultAction({}, form({ instrumentId: attachmentV1.id }));

describe("saving the result kept on the device", () => {
  it("sends a signed-out person to sign up, keeping the way back to saving", async () => {
    const browser = new Browser();
    finishQuestionnaire(browser, { anxiety: "high", avoidance: "low" });
    actAs(browser);
    expect(await redirectOf(save())).toBe("/sign-up?next=/results/save");
    expect(browser.jar.has(resultCookie(attachmentV1.id))).toBe(true);
  });

  it("stores exactly that result, scored on the server, then clears the device copy", async () => {
    const { browser } = await signUp();
    finishQuestionnaire(browser, { anxiety: "high", avoidance: "low" });
    actAs(browser);
    const before = Date.now();
    const target = await redirectOf(save());
    expect(target).toMatch(/^\/results\/[\w-]+\?saved=1$/);
    expect(browser.jar.has(resultCookie(attachmentV1.id))).toBe(false);

    const id = target.split("/")[2]!.split("?")[0]!;
    const saved = await getResult(id);
    const expected = scoreAttachment(attachmentAnswers({ anxiety: "high", avoidance: "low" }));
    expect(saved).toMatchObject({
      instrumentId: attachmentV1.id,
      instrumentVersion: attachmentV1.version,
      pattern: "anxious",
      anxiety: expected.placement.anxiety,
      avoidance: expected.placement.avoidance,
      answers: { ...attachmentAnswers({ anxiety: "high", avoidance: "low" }) },
    });
    expect(saved?.scores).toEqual(expected.scores);
    expect(saved?.placement).toEqual(expected.placement);
    expect(saved!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("saves a repeated submit of the same device copy once", async () => {
    const { browser } = await signUp();
    const code = finishQuestionnaire(browser, { anxiety: "low", avoidance: "high" });
    actAs(browser);
    const first = await redirectOf(save());
    browser.jar.set(resultCookie(attachmentV1.id), code); // the cookie deletion never arrived
    const second = await redirectOf(save());
    expect(second).toBe(first);
    expect((await listResults()).total).toBe(1);
  });

  it("refuses a tampered or missing device copy and saves nothing", async () => {
    const { browser } = await signUp();
    browser.jar.set(
      resultCookie(attachmentV1.id),
      `${attachmentV1.id}~1~${"9".repeat(attachmentV1.items.length)}`,
    );
    actAs(browser);
    expect((await save()).message).toMatch(/no finished result/);
    browser.jar.delete(resultCookie(attachmentV1.id));
    expect((await save()).message).toMatch(/no finished result/);
    expect((await listResults()).total).toBe(0);
  });

  it("saves a finished check-in from the device with the relationship's name", async () => {
    const signedOut = new Browser();
    actAs(signedOut);
    expect(await redirectOf(saveResultAction({}, form({ instrumentId: areV1.id })))).toBe(
      "/sign-up?next=%2Fresults%2Fsave%3Finstrument%3Dare-checkin",
    );
    const { browser } = await signUp();
    browser.jar.set(resultCookie(areV1.id), encodeAnswers(areV1, buildAnswers(areV1, {})));
    browser.jar.set(labelCookie(areV1.id), "Sam");
    actAs(browser);
    const target = await redirectOf(saveResultAction({}, form({ instrumentId: areV1.id })));
    const saved = await getResult(target.split("/")[2]!.split("?")[0]);
    expect(saved).toMatchObject({
      instrumentId: areV1.id,
      relationshipLabel: "Sam",
      placement: null,
    });
    expect(browser.jar.has(resultCookie(areV1.id))).toBe(false);
    expect(browser.jar.has(labelCookie(areV1.id))).toBe(false);
  });

  it("saves A.R.E. check-ins through the same function, with who they are about", async () => {
    const { browser } = await signUp();
    actAs(browser);
    const saved = await saveResult({
      instrumentId: areV1.id,
      version: areV1.version,
      answers: buildAnswers(areV1, {}),
      relationshipLabel: "  Sam  ",
    });
    expect(saved.ok).toBe(true);
    const { items } = await listResults();
    expect(items[0]).toMatchObject({
      instrumentId: areV1.id,
      relationshipLabel: "Sam",
      pattern: null,
      anxiety: null,
    });
    const invalid = await saveResult({
      instrumentId: areV1.id,
      version: areV1.version,
      answers: { nope: 3 },
    });
    expect(invalid.ok).toBe(false);
  });
});

describe("history", () => {
  it("lists newest first, 20 per page, and charts the most recent oldest first", async () => {
    const { browser } = await signUp();
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 45; i++) {
      await saveAttachment(
        browser,
        { anxiety: i % 2 ? "high" : "low", avoidance: "mid" },
        new Date(start + i * 86_400_000),
      );
    }
    actAs(browser);
    const first = await listResults(1);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 45 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.createdAt.getTime()).toBe(start + 44 * 86_400_000);
    const last = await listResults(3);
    expect(last.items).toHaveLength(5);
    expect(last.items.at(-1)!.createdAt.getTime()).toBe(start);
    expect((await listResults(99)).page).toBe(3);
    expect((await listResults(Number("abc"))).page).toBe(1);

    const trend = await getTrend(attachmentV1.id, 30);
    expect(trend).toHaveLength(30);
    expect(trend[0]!.createdAt.getTime()).toBe(start + 15 * 86_400_000);
    expect(trend.at(-1)!.createdAt.getTime()).toBe(start + 44 * 86_400_000);
  });
});

describe("deleting a result", () => {
  it("removes the result and its note for good", async () => {
    const { browser } = await signUp();
    const id = await saveAttachment(browser, { anxiety: "low", avoidance: "low" });
    const keep = await saveAttachment(browser, { anxiety: "high", avoidance: "high" });
    const row = await db.result.findUniqueOrThrow({ where: { id } });
    await db.note.create({ data: { resultId: id, userId: row.userId, body: "gone soon" } });
    actAs(browser);
    expect(await redirectOf(deleteResultAction({}, form({ resultId: id })))).toBe(
      "/results?deleted=1",
    );
    expect(await db.result.count({ where: { id } })).toBe(0);
    expect(await db.note.count({ where: { resultId: id } })).toBe(0);
    expect(await db.result.count({ where: { id: keep } })).toBe(1);
  });
});
