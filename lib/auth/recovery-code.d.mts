export declare function generateRecoveryCode(): string;
export declare function normalizeRecoveryCode(code: string): string;
export declare function hashRecoveryCode(code: string): string;
