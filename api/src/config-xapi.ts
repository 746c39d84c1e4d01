import { z } from "zod";
import { httpUrl, optionalText } from "./config-fields";

// The xAPI part of the configuration (PARLEY_LRS_*, PARLEY_XAPI_HOMEPAGE), parsed beside config.ts
// (which calls it; neither reads process.env here). Like config.ts it imports nothing in api/src.

export interface LrsConfig {
  /** The LRS's xAPI endpoint, without a trailing slash (statements go to `<endpoint>/statements`). */
  endpoint: string;
  username: string;
  password: string;
  /** The first wait after a failed delivery; doubles each failure, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
}

export interface XapiConfig {
  /** Parley's public address: the base of its xAPI IRIs, and local mode's account homePage. */
  homePage: string;
  /** null: statements are recorded (and downloadable) but not sent. */
  lrs: LrsConfig | null;
}

const xapiEnv = z.object({
  PARLEY_LRS_ENDPOINT: httpUrl("https://lrs.example/xapi/"),
  PARLEY_LRS_USERNAME: optionalText,
  PARLEY_LRS_PASSWORD: optionalText,
  PARLEY_XAPI_HOMEPAGE: httpUrl("https://parley.example"),
});

const noTrailingSlash = (url: string) => url.replace(/\/+$/, "");

/** The xAPI settings, or what is wrong with them (a line naming the variable; the password never shown). */
export function parseXapiConfig(
  env: Record<string, string | undefined>,
  host: string,
  port: number,
): XapiConfig | string[] {
  const parsed = xapiEnv.safeParse(env);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      return `${name}=${JSON.stringify(env[name] ?? "")}: ${issue.message}`;
    });
  const e = parsed.data;
  const homePage = noTrailingSlash(
    e.PARLEY_XAPI_HOMEPAGE ?? `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
  );
  if (e.PARLEY_LRS_ENDPOINT === undefined) return { homePage, lrs: null };
  if (e.PARLEY_LRS_USERNAME === undefined || e.PARLEY_LRS_PASSWORD === undefined)
    return [
      "PARLEY_LRS_ENDPOINT: set PARLEY_LRS_USERNAME and PARLEY_LRS_PASSWORD too (the LRS's basic-auth key and secret)",
    ];
  return {
    homePage,
    lrs: {
      endpoint: noTrailingSlash(e.PARLEY_LRS_ENDPOINT),
      username: e.PARLEY_LRS_USERNAME,
      password: e.PARLEY_LRS_PASSWORD,
      backoffMs: 2000,
      maxBackoffMs: 600_000,
      timeoutMs: 10_000,
    },
  };
}
