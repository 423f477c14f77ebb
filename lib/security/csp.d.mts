export declare const STRICT_TRANSPORT_SECURITY: string;
export declare function sha256Source(text: string): string;
export interface PolicyOptions {
  /** The site is served over HTTPS (SITE_URL), so mixed content is upgraded. */
  https: boolean;
  /** A fresh per-request nonce, for pages rendered on request. */
  nonce?: string;
  /** Hash sources of the inline scripts allowed besides the nonce. */
  hashes?: readonly string[];
  /** `next dev` only: React rebuilds server error stacks with eval. */
  development?: boolean;
}
export declare function contentSecurityPolicy(options: PolicyOptions): string;
