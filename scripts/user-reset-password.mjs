// Gives a person who forgot their password (and has no recovery code) a one-time reset code,
// for sites without email:
//   npm run user:reset-password -- person@example.com
// Pass the printed code to them privately; they enter it at /forgot-password with a new password.
// The operator never sees or chooses the password, and the code works once.
import Database from "better-sqlite3";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { generateRecoveryCode, hashRecoveryCode } from "../lib/auth/recovery-code.mjs";
import { databaseTarget, pgConfig } from "../prisma/database-target.mjs";

const email = (process.argv[2] ?? "").trim().toLowerCase();
if (!email.includes("@")) {
  console.error("Usage: npm run user:reset-password -- person@example.com");
  process.exit(2);
}

const target = databaseTarget();
const code = generateRecoveryCode();
const codeHash = hashRecoveryCode(code);
const now = new Date();

async function issue() {
  if (target.provider === "sqlite") {
    const db = new Database(target.url.replace(/^file:/, ""), {
      fileMustExist: true,
      timeout: 5000,
    });
    try {
      const user = db.prepare('SELECT "id" FROM "user" WHERE "email" = ?').get(email);
      if (!user) return false;
      db.prepare(
        'INSERT INTO "RecoveryCode" ("id", "userId", "codeHash", "createdAt") VALUES (?, ?, ?, ?)',
      ).run(
        randomUUID(),
        user.id,
        codeHash,
        // The format Prisma's SQLite adapter writes and reads.
        now.toISOString().replace("Z", "+00:00"),
      );
      return true;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client(pgConfig(target.url));
  await client.connect();
  try {
    const { rows } = await client.query('SELECT "id" FROM "user" WHERE "email" = $1', [email]);
    if (!rows[0]) return false;
    await client.query(
      'INSERT INTO "RecoveryCode" ("id", "userId", "codeHash", "createdAt") VALUES ($1, $2, $3, $4)',
      [randomUUID(), rows[0].id, codeHash, now],
    );
    return true;
  } finally {
    await client.end();
  }
}

if (!(await issue())) {
  console.error(`No account uses ${email}.`);
  process.exit(1);
}
console.log(`One-time reset code for ${email}:\n\n    ${code}\n`);
console.log('They enter it at /forgot-password ("Use a recovery code") with a new password.');
console.log("It works once; signing in with the new password ends every other session.");
