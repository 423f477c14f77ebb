import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/** True when SMTP is configured; without it, no page may offer to send an email. */
export const emailEnabled = Boolean(env.SMTP_URL);

const from = env.SMTP_FROM ?? `Secure Base <no-reply@${new URL(env.SITE_URL).hostname}>`;
let transport: Transporter | undefined;

/** Sends a plain-text email. Throws when SMTP is not configured or the server refuses it. */
export async function sendEmail(message: { to: string; subject: string; text: string }) {
  if (!env.SMTP_URL) throw new Error("Email is not configured (SMTP_URL).");
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from, ...message });
}

/**
 * Sends without making the request wait for the SMTP server, so response times do not reveal
 * whether an address has an account. Failures are logged for the operator.
 */
export function sendEmailInBackground(message: { to: string; subject: string; text: string }) {
  sendEmail(message).catch((error: unknown) => console.error("Could not send email:", error));
}
