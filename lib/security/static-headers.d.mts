export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}
export declare function unknownParamSource(route: string, known: string[]): string | null;
export declare function samplePath(route: string): string;
export declare function staticHeaderRules(input: {
  pages: Record<string, string[]>;
  routes?: Record<string, { srcRoute?: string | null }>;
  dynamicRoutes?: Record<string, { fallback?: unknown }>;
  pageRoutes: string[];
  isProxied: (path: string) => boolean;
  https: boolean;
}): { rules: HeaderRule[]; problems: string[] };
