/** The repo root (two folders above api/bin/). */
export declare const ROOT: string;
/** Why `part` must be built into `out` (dist/ by default), or null when its build is current. */
export declare function staleReason(part: "api" | "web", out?: string): string | null;
