import { describe, expect, it } from "vitest";
import { ConfigError, databaseLocation, describeDatabase, parseConfig } from "./config";

describe("config", () => {
  it("defaults to the offline engine and a SQLite file under data/", () => {
    const config = parseConfig({});
    expect(config.engine).toBe("offline");
    expect(config.dbPath).toMatch(/data\/parley\.db$/);
    expect(config.port).toBe(8787);
  });

  it.each([
    [{ OPENAI_API_KEY: "sk-x" }, "model"],
    [{ OPENAI_BASE_URL: "http://localhost:11434/v1" }, "model"],
    [{ OPENAI_BASE_URL: "http://localhost:11434/v1", PARLEY_ENGINE: "offline" }, "offline"],
    [{ OPENAI_API_KEY: "" }, "offline"],
  ])("%o selects the %s engine", (env, engine) => {
    expect(parseConfig(env).engine).toBe(engine);
  });

  it("refuses a URL in PARLEY_DB and points at DATABASE_URL", () => {
    for (const url of ["postgres://parley:pw@db/parley", "mysql://x", "file://data/parley.db"]) {
      expect(() => parseConfig({ PARLEY_DB: url })).toThrow(ConfigError);
      expect(() => parseConfig({ PARLEY_DB: url })).toThrow(/PARLEY_DB=.*DATABASE_URL/);
    }
    expect(() => parseConfig({ PARLEY_DB: "postgres://parley:s3cret@db/parley" })).not.toThrow(/s3cret/);
    expect(parseConfig({ PARLEY_DB: "data/my:db.sqlite" }).dbPath).toMatch(/my:db\.sqlite$/);
  });

  it("the webhook: none by default; a URL needs a signing secret of 16+ characters, never echoed", () => {
    expect(parseConfig({}).webhook).toBeNull();
    const url = "http://127.0.0.1:9000/hooks";
    expect(() => parseConfig({ PARLEY_WEBHOOK_URL: url })).toThrow(/PARLEY_WEBHOOK_SECRET/);
    expect(() => parseConfig({ PARLEY_WEBHOOK_URL: url, PARLEY_WEBHOOK_SECRET: "short-secret" })).toThrow(
      /^(?!.*short-secret)/s,
    );
    expect(
      parseConfig({ PARLEY_WEBHOOK_URL: url, PARLEY_WEBHOOK_SECRET: "sixteen+ characters" }).webhook,
    ).toMatchObject({
      url,
      retries: 4,
    });
    expect(() => parseConfig({ PARLEY_WEBHOOK_URL: "ftp://x" })).toThrow(/PARLEY_WEBHOOK_URL/);
  });

  it("xAPI: statements kept but not sent without an LRS; an endpoint needs both credentials; the homePage defaults to Parley's address", () => {
    expect(parseConfig({}).xapi).toEqual({ homePage: "http://127.0.0.1:8787", lrs: null });
    expect(parseConfig({ PARLEY_XAPI_HOMEPAGE: "https://parley.example/" }).xapi.homePage).toBe(
      "https://parley.example",
    );
    const endpoint = "https://lrs.example/xapi/";
    expect(() => parseConfig({ PARLEY_LRS_ENDPOINT: endpoint, PARLEY_LRS_USERNAME: "key" })).toThrow(
      /PARLEY_LRS_PASSWORD/,
    );
    expect(() => parseConfig({ PARLEY_LRS_ENDPOINT: "lrs.example" })).toThrow(/PARLEY_LRS_ENDPOINT/);
    const lrs = parseConfig({
      PARLEY_LRS_ENDPOINT: endpoint,
      PARLEY_LRS_USERNAME: "key",
      PARLEY_LRS_PASSWORD: "secret",
    }).xapi.lrs;
    expect(lrs).toMatchObject({ endpoint: "https://lrs.example/xapi", username: "key", password: "secret" });
  });

  it("runs on PostgreSQL with DATABASE_URL, refuses another URL there, and never shows its password", () => {
    const config = parseConfig({ DATABASE_URL: "postgres://parley:s3cret@db:5432/parley" });
    expect(config.databaseUrl).toBe("postgres://parley:s3cret@db:5432/parley");
    expect(databaseLocation(config)).toBe(config.databaseUrl);
    expect(describeDatabase(config)).toBe("postgres://db:5432/parley");
    expect(databaseLocation(parseConfig({}))).toMatch(/data\/parley\.db$/);
    expect(parseConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
    for (const url of ["mysql://u:s3cret@db/parley", "data/parley.db"]) {
      expect(() => parseConfig({ DATABASE_URL: url })).toThrow(/DATABASE_URL=.*PostgreSQL URL/);
      expect(() => parseConfig({ DATABASE_URL: url })).not.toThrow(/s3cret/);
    }
  });

  it("serves a network only with accounts on", () => {
    expect(parseConfig({ HOST: "0.0.0.0", PARLEY_AUTH: "accounts" }).auth.mode).toBe("accounts");
  });

  it("never echoes a secret in an error", () => {
    expect(() =>
      parseConfig({
        PARLEY_AUTH: "accounts",
        PARLEY_ADMIN_EMAIL: "admin@example.com",
        PARLEY_ADMIN_PASSWORD: "hunter2",
      }),
    ).toThrow(/^(?!.*hunter2)/s);
  });

  it("reads per-role models and timeouts", () => {
    const config = parseConfig({
      OPENAI_BASE_URL: "http://localhost:8000/v1",
      PARLEY_PERSONA_MODEL: "llama3.1",
      PARLEY_GRADER_MODEL: "qwen2.5",
      PARLEY_MODEL_TIMEOUT_MS: "5000",
    });
    expect(config.model).toMatchObject({
      baseURL: "http://localhost:8000/v1",
      personaModel: "llama3.1",
      graderModel: "qwen2.5",
      timeoutMs: 5000,
    });
    expect(config.model.moveModel).toBe("llama3.1");
    expect(parseConfig({ PARLEY_MOVE_MODEL: "rules" }).model.moveModel).toBeNull();
    expect(parseConfig({ PARLEY_MOVE_MODEL: "qwen2.5:1.5b" }).model.moveModel).toBe("qwen2.5:1.5b");
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PARLEY_ENGINE: "gpt" }, "PARLEY_ENGINE"],
    [{ OPENAI_BASE_URL: "localhost:11434" }, "OPENAI_BASE_URL"],
    [{ PARLEY_MODEL_TIMEOUT_MS: "-1" }, "PARLEY_MODEL_TIMEOUT_MS"],
    [{ PARLEY_ENGINE: "model" }, "PARLEY_ENGINE"],
    [{ HOST: "0.0.0.0" }, 'HOST="0.0.0.0": local mode \\(no sign-in\\) only listens on 127.0.0.1'],
    [
      { PARLEY_AUTH: "accounts", PARLEY_ADMIN_EMAIL: "admin@example.com", PARLEY_ADMIN_PASSWORD: "short" },
      "PARLEY_ADMIN_PASSWORD=\\(hidden\\)",
    ],
    [{ PARLEY_STT_ENGINE: "model" }, "PARLEY_STT_ENGINE=model: set OPENAI_BASE_URL"],
    [{ PARLEY_TTS_ENGINE: "espeak" }, 'PARLEY_TTS_ENGINE="espeak": must be auto, browser or model'],
    [{ PARLEY_MAX_AUDIO_SECONDS: "0" }, "PARLEY_MAX_AUDIO_SECONDS"],
    [{ PARLEY_STT_LANGUAGE: "english" }, 'PARLEY_STT_LANGUAGE="english": must be a two-letter language code'],
  ])("refuses %o with a message naming %s", (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(variable));
  });

  it("voice mode follows the engine: pocketsphinx and the browser's voice offline, the endpoint's audio models with one", () => {
    expect(parseConfig({}).voice).toMatchObject({
      stt: "offline",
      tts: "browser",
      offlineLm: "domain",
      maxAudioBytes: 10_000_000,
      maxAudioSeconds: 120,
    });
    expect(parseConfig({}).voice.audioDir).toMatch(/data\/audio$/);
    expect(parseConfig({ PARLEY_AUDIO_DIR: "/srv/parley/audio" }).voice.cacheDir).toBe("/srv/parley/voice-lm");
    expect(parseConfig({ OPENAI_API_KEY: "sk-x" }).voice).toMatchObject({
      stt: "model",
      tts: "model",
      sttModel: "whisper-1",
      ttsModel: "tts-1",
    });
    expect(
      parseConfig({ OPENAI_API_KEY: "sk-x", PARLEY_STT_ENGINE: "offline", PARLEY_TTS_ENGINE: "browser" }).voice,
    ).toMatchObject({ stt: "offline", tts: "browser" });
  });
});
