import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

/** At most `max` events per `window` seconds, counted from the first event of the window. */
export interface ThrottleRule {
  window: number;
  max: number;
}

// Kept in the RateLimit table that better-auth's own limiter uses, so limits hold across
// instances. Windows stay at or under an hour: better-auth prunes rows older than its longest rule.
export const throttleRules = {
  /** Wrong passwords for one account: the sixth attempt in 15 minutes is refused. */
  signInFailuresPerAccount: { window: 15 * 60, max: 5 },
  signInPerAddress: { window: 15 * 60, max: 30 },
  signUpPerAccount: { window: 60 * 60, max: 5 },
  signUpPerAddress: { window: 60 * 60, max: 30 },
  recoveryPerAccount: { window: 15 * 60, max: 5 },
  recoveryPerAddress: { window: 15 * 60, max: 20 },
  passwordChecksPerUser: { window: 15 * 60, max: 10 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleName = keyof typeof throttleRules;
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// Subjects (addresses, emails) are hashed so the table holds no personal data.
function keyFor(name: ThrottleName, subject: string) {
  const digest = createHash("sha256")
    .update(subject.trim().toLowerCase())
    .digest("hex")
    .slice(0, 40);
  return `sb:${name}:${digest}`;
}

function denied(lastRequest: bigint, rule: ThrottleRule, now: number): ThrottleDecision {
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((Number(lastRequest) + rule.window * 1000 - now) / 1000),
  );
  return { allowed: false, retryAfterSeconds };
}

/** Whether one more event would be refused, without counting one. */
export async function peekThrottle(
  name: ThrottleName,
  subject: string,
  now = Date.now(),
): Promise<ThrottleDecision> {
  const rule = throttleRules[name];
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(name, subject) } });
  if (row && now - Number(row.lastRequest) < rule.window * 1000 && row.count >= rule.max) {
    return denied(row.lastRequest, rule, now);
  }
  return { allowed: true };
}

/**
 * Counts one event and says whether it is allowed. Each step is a single conditional write,
 * so concurrent requests on several instances cannot both take the last slot.
 */
export async function hitThrottle(
  name: ThrottleName,
  subject: string,
  now = Date.now(),
  attempt = 0,
): Promise<ThrottleDecision> {
  const rule = throttleRules[name];
  const key = keyFor(name, subject);
  const windowStart = BigInt(now - rule.window * 1000);
  const counted = await db.rateLimit.updateMany({
    where: { key, lastRequest: { gt: windowStart }, count: { lt: rule.max } },
    data: { count: { increment: 1 } },
  });
  if (counted.count) return { allowed: true };
  const restarted = await db.rateLimit.updateMany({
    where: { key, lastRequest: { lte: windowStart } },
    data: { count: 1, lastRequest: BigInt(now) },
  });
  if (restarted.count) return { allowed: true };
  const existing = await db.rateLimit.findUnique({ where: { key } });
  if (existing)
    return existing.count >= rule.max ? denied(existing.lastRequest, rule, now) : retry();
  try {
    await db.rateLimit.create({
      data: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) },
    });
    return { allowed: true };
  } catch {
    return retry(); // another request created the row first
  }

  function retry() {
    if (attempt >= 3) return Promise.resolve<ThrottleDecision>({ allowed: true });
    return hitThrottle(name, subject, now, attempt + 1);
  }
}

/** Forgets the count, e.g. failed sign-ins after a successful one. */
export async function clearThrottle(name: ThrottleName, subject: string) {
  await db.rateLimit.deleteMany({ where: { key: keyFor(name, subject) } });
}

/** "15 minutes", "1 minute", "30 seconds": for messages. */
export function waitText(seconds: number) {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
