import { randomUUID } from "node:crypto";
import { signUpAction } from "@/lib/auth/actions";
import { Browser, actAs } from "./next-request";

export const GOOD_PASSWORD = "correct horse battery staple";

/** A fresh, unique email for one test. */
export function newEmail(label = "person") {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** FormData from a plain object, as a browser form would send it. */
export function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** Signs up through the real action in a new browser, which stays the acting one. */
export async function signUp(email = newEmail(), password = GOOD_PASSWORD, address?: string) {
  const browser = new Browser(address);
  actAs(browser);
  const state = await signUpAction({}, form({ email, password }));
  if (!state.recoveryCodes) throw new Error(`Sign-up failed: ${JSON.stringify(state)}`);
  return { browser, email, password, recoveryCodes: state.recoveryCodes };
}
