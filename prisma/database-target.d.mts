export declare const DEFAULT_DATABASE_URL: string;
export declare function databaseTarget(url?: string): {
  url: string;
  provider: "sqlite" | "postgresql";
  schema: string;
  migrations: string;
};
export declare function pgConfig(url: string): {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};
