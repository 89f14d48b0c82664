export declare const CASES: Record<string, () => string>;
export declare const PATHOLOGICAL: Record<string, () => string>;
