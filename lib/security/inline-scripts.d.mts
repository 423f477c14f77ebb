/** Inline-script hashes of each prerendered page of one build. */
export interface CspManifest {
  buildId: string;
  pages: Record<string, string[]>;
}
export declare function inlineScriptHashes(html: string): string[];
export declare function collectPrerenderedHashes(distDir: string): CspManifest;
export declare function manifestPath(distDir: string): string;
