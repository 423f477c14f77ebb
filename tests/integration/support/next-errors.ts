import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from "next/dist/client/components/http-access-fallback/http-access-fallback.js";

/** The path a server action or page redirected to (Next throws to redirect). */
export async function redirectOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isRedirectError(error)) return (error as { digest: string }).digest.split(";")[2]!;
    throw error;
  }
  throw new Error("Expected a redirect, but the call returned normally.");
}

/** The HTTP status of a notFound()/forbidden() thrown by server code, or null if it returned. */
export async function accessStatusOf(work: Promise<unknown>): Promise<number | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return getAccessFallbackHTTPStatus(error);
    throw error;
  }
}
