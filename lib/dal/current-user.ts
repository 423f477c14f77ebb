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

/**
 * The person whose session cookie came with this request, or null. Checked inside every
 * query and action of the data access layer, never only in a layout. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, email, emailVerified } = session.user;
  return { id, email, emailVerified };
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
