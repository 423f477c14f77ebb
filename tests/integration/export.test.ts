import { describe, expect, it, vi } from "vitest";
import { GET as exportCsv } from "@/app/api/export/csv/route";
import { GET as exportJson } from "@/app/api/export/json/route";
import { POST as importRoute } from "@/app/api/import/route";
import { saveNoteAction } from "@/app/(account)/results/actions";
import { listResults } from "@/lib/dal/results";
import { form, signUp } from "./support/accounts";
import { Browser, actAs } from "./support/next-request";
import { saveAttachment } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Exported = {
  schemaVersion: number;
  account: { email: string };
  results: {
    id: string;
    instrumentId: string;
    instrumentVersion: number;
    answers: Record<string, number>;
    pattern: string;
    note: { body: string } | null;
  }[];
};

async function personWithTwoResults() {
  const person = await signUp();
  const first = await saveAttachment(
    person.browser,
    { anxiety: "high", avoidance: "low" },
    new Date("2026-01-05T10:00:00Z"),
  );
  const second = await saveAttachment(
    person.browser,
    { anxiety: "low", avoidance: "low" },
    new Date("2026-03-05T10:00:00Z"),
  );
  actAs(person.browser);
  await saveNoteAction(
    {},
    form({
      resultId: first,
      body: '=HYPERLINK("http://evil.example","click"), then "quotes"\nand a new line',
    }),
  );
  return { ...person, first, second };
}

function importRequest(json: unknown, origin = "http://localhost:3000") {
  const body = new FormData();
  body.set("file", new File([JSON.stringify(json)], "export.json", { type: "application/json" }));
  return new Request("http://localhost:3000/api/import", {
    method: "POST",
    body,
    headers: { origin },
  });
}

describe("export", () => {
  it("downloads everything as JSON with a schema version", async () => {
    const { browser, email, first, second } = await personWithTwoResults();
    actAs(browser);
    const response = await exportJson();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="secure-base-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const data = (await response.json()) as Exported;
    expect(data.schemaVersion).toBe(1);
    expect(data.account.email).toBe(email);
    expect(data.results.map((r) => r.id)).toEqual([first, second]);
    expect(data.results[0]).toMatchObject({
      instrumentId: "secure-base-attachment",
      instrumentVersion: 1,
      pattern: "anxious",
    });
    expect(Object.keys(data.results[0]!.answers)).toHaveLength(28);
    expect(data.results[0]!.note?.body).toMatch(/^=HYPERLINK/);
  });

  it("downloads everything as CSV, one row per result, safe to open in a spreadsheet", async () => {
    const { browser, first, second } = await personWithTwoResults();
    actAs(browser);
    const response = await exportCsv();
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".*\.csv"$/);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "result_id,created_at,instrument_id,instrument_version,relationship_label,anxiety,avoidance,nearest_pattern,scores_json,answers_json,note",
    );
    expect(text).toContain(first);
    expect(text).toContain(second);
    // The note's formula is defused and its quotes and line break are quoted per RFC 4180.
    expect(text).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click""), then ""quotes""\nand a new line"`,
    );
    expect(text).not.toMatch(/,=HYPERLINK/);
  });

  it("refuses signed-out downloads", async () => {
    actAs(new Browser());
    expect((await exportJson()).status).toBe(401);
    expect((await exportCsv()).status).toBe(401);
  });
});

describe("import", () => {
  it("restores an export into another account once, notes included", async () => {
    const { browser } = await personWithTwoResults();
    actAs(browser);
    const exported = (await (await exportJson()).json()) as Exported;

    const other = await signUp();
    actAs(other.browser);
    const response = await importRoute(importRequest(exported));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/account?imported=2&skipped=0");
    const again = await importRoute(importRequest(exported));
    expect(again.headers.get("location")).toBe("/account?imported=0&skipped=2");
    const restored = (await (await exportJson()).json()) as Exported;
    expect(restored.results.map((r) => [r.answers, r.pattern, r.note?.body ?? null])).toEqual(
      exported.results.map((r) => [r.answers, r.pattern, r.note?.body ?? null]),
    );
  });

  it("imports nothing from a file with any invalid result, and refuses other sites' posts", async () => {
    const { browser } = await personWithTwoResults();
    actAs(browser);
    const exported = (await (await exportJson()).json()) as Exported;
    exported.results[1]!.answers = {
      ...exported.results[1]!.answers,
      [Object.keys(exported.results[1]!.answers)[0]!]: 9,
    };
    const other = await signUp();
    actAs(other.browser);
    const response = await importRoute(importRequest(exported));
    expect(response.headers.get("location")).toBe("/account?importError=invalid");
    expect((await listResults()).total).toBe(0);
    expect((await importRoute(importRequest(exported, "https://evil.example"))).status).toBe(403);
  });
});
