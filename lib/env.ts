import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/prisma/database-target.mjs";

// Every environment variable the app reads, validated once. See README "Configuration".
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: or postgresql://")
    .default(DEFAULT_DATABASE_URL),
  SITE_URL: z.url().default("http://localhost:3000"),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  SMTP_URL: z.url().optional(),
  SMTP_FROM: z.string().optional(),
});

const parsed = schema.safeParse({
  ...process.env,
  // Empty strings mean "not set", as in most shells' `VAR= command`.
  ...Object.fromEntries(
    Object.entries(process.env)
      .filter(([, v]) => v === "")
      .map(([k]) => [k, undefined]),
  ),
});
if (!parsed.success) {
  throw new Error(`Invalid environment configuration:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
export const databaseProvider = /^postgres/.test(env.DATABASE_URL) ? "postgresql" : "sqlite";
