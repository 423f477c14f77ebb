import "server-only";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/env";
import pkg from "@/package.json";

export type Health = {
  status: "ok" | "unavailable";
  version: string;
  database: { provider: string; reachable: boolean; error?: string };
};

/** Asks the database a trivial question; never throws. */
export async function getHealth(): Promise<Health> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return {
      status: "ok",
      version: pkg.version,
      database: { provider: databaseProvider, reachable: true },
    };
  } catch {
    return {
      status: "unavailable",
      version: pkg.version,
      database: {
        provider: databaseProvider,
        reachable: false,
        error: "The database did not answer.",
      },
    };
  }
}
