import { describe, expect, it, vi } from "vitest";
import { deleteNoteAction, saveNoteAction } from "@/app/(account)/results/actions";
import { getResult } from "@/lib/dal/results";
import { form, signUp } from "./support/accounts";
import { actAs } from "./support/next-request";
import { saveAttachment } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("a private note on a result", () => {
  it("is created, edited and deleted", async () => {
    const { browser } = await signUp();
    const resultId = await saveAttachment(browser, { anxiety: "mid", avoidance: "low" });
    actAs(browser);
    expect(
      await saveNoteAction({}, form({ resultId, body: "First thoughts.\r\nSecond line." })),
    ).toMatchObject({ ok: true });
    expect((await getResult(resultId))?.note?.body).toBe("First thoughts.\nSecond line.");

    expect(await saveNoteAction({}, form({ resultId, body: "Changed my mind." }))).toMatchObject({
      ok: true,
    });
    expect((await getResult(resultId))?.note?.body).toBe("Changed my mind.");

    expect(await deleteNoteAction({}, form({ resultId }))).toMatchObject({ ok: true });
    expect((await getResult(resultId))?.note).toBeNull();
  });

  it("keeps markup as plain text, exactly as typed", async () => {
    const { browser } = await signUp();
    const resultId = await saveAttachment(browser, { anxiety: "low", avoidance: "low" });
    actAs(browser);
    const body = `<script>alert("hi")</script> & <b>bold</b>`;
    await saveNoteAction({}, form({ resultId, body }));
    expect((await getResult(resultId))?.note?.body).toBe(body);
  });

  it("refuses an empty note and one over 10,000 characters", async () => {
    const { browser } = await signUp();
    const resultId = await saveAttachment(browser, { anxiety: "low", avoidance: "high" });
    actAs(browser);
    expect(
      (await saveNoteAction({}, form({ resultId, body: "   \n " }))).errors?.body?.[0],
    ).toMatch(/Write something/);
    expect(
      (await saveNoteAction({}, form({ resultId, body: "x".repeat(10_001) }))).errors?.body?.[0],
    ).toMatch(/10,000/);
    expect(await saveNoteAction({}, form({ resultId, body: "x".repeat(10_000) }))).toMatchObject({
      ok: true,
    });
  });

  // PostgreSQL's text type refuses U+0000: a stray NUL must neither fail the request with a
  // database error nor reach a query.
  it("drops a NUL character from the note and treats an id with one as no result", async () => {
    const { browser } = await signUp();
    const resultId = await saveAttachment(browser, { anxiety: "high", avoidance: "low" });
    actAs(browser);
    expect(await saveNoteAction({}, form({ resultId, body: "a\u0000b" }))).toMatchObject({
      ok: true,
    });
    expect((await getResult(resultId))?.note?.body).toBe("ab");
    await expect(
      saveNoteAction({}, form({ resultId: `${resultId}\u0000`, body: "x" })),
    ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect((await getResult(resultId))?.note?.body).toBe("ab");
  });
});
