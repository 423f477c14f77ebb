import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "@/lib/auth/auth";

/** The signed-in person, as little as pages need. */
export interface CurrentUser {
  id: string;
  email: string;
  emailVerified: boolean;
}

async function lookUp(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, emailVerified } = session.user;
  return { id, email, emailVerified };
}

// React's cache() memoizes only while rendering server components. Route handlers and server
// actions see one headers object for the whole request, so the lookup is kept per request here
// too: otherwise a save (two DAL calls) or an import (one per result) repeats it each time.
const lookups = new WeakMap<Headers, Promise<CurrentUser | null>>();

/**
 * The person whose session cookie came with this request, or null. Checked inside every
 * query and action of the data access layer, never only in a layout. Looked up once per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  let user = lookups.get(requestHeaders);
  if (!user) {
    user = lookUp(requestHeaders);
    lookups.set(requestHeaders, user);
  }
  return user;
});

/** Thrown by data access functions called without a session; pages check first and redirect. */
export class SignedOutError extends Error {
  constructor() {
    super("Not signed in");
    this.name = "SignedOutError";
  }
}

/** The signed-in person, or a SignedOutError. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new SignedOutError();
  return user;
}
