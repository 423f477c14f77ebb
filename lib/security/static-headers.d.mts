export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}
export declare function toSource(route: string): string;
export declare function samplePath(route: string): string;
export declare function staticHeaderRules(input: {
  pages: Record<string, string[]>;
  dynamicRoutes?: Record<string, { fallback?: unknown }>;
  pageRoutes: string[];
  isProxied: (path: string) => boolean;
  https: boolean;
}): { rules: HeaderRule[]; problems: string[] };
