import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../errors";

/** The HTTP status of every domain error code: the one place a domain error becomes a status. */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_utf8: 400,
  invalid_form: 400,
  unsupported_media_type: 415,
  id_mismatch: 400,

  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  transcript_too_large: 413,
  host_not_allowed: 421,
  origin_not_allowed: 403,
  local_mode: 400,
  self_lockout: 409,

  rate_limited: 429,
  shutting_down: 503,
  token_budget_exhausted: 429,

  persona_not_found: 404,
  rubric_not_found: 404,
  invalid_persona: 400,
  invalid_rubric: 400,
  rubric_required: 400,

  session_not_found: 404,
  session_ended: 409,
  session_abandoned: 409,
  nothing_to_grade: 409,
  turn_in_progress: 409,
  turn_not_found: 404,
  empty_turn: 400,
  turn_too_long: 413,
  invalid_fork_turn: 400,
  invalid_heard: 400,
  invalid_transcript: 400,
  model_not_configured: 400,
  model_unavailable: 503,

  voice_unavailable: 501,
  audio_missing: 400,
  audio_empty: 400,
  audio_corrupt: 400,
  audio_unreadable: 400,
  audio_too_large: 413,
  audio_too_long: 413,
  audio_unsupported_type: 415,
  no_audio: 404,
  recording_gone: 404,
  nothing_to_speak: 400,
  stt_unavailable: 503,
  stt_failed: 502,
  tts_unavailable: 501,
  tts_failed: 502,

  user_not_found: 404,
  team_not_found: 404,
  token_not_found: 404,
  unknown_team: 400,
  email_taken: 409,
  team_name_taken: 409,
  eval_run_not_found: 404,

  assignment_not_found: 404,
  invalid_assignees: 400,
  assignment_passed: 409,
  attempts_exhausted: 409,
  certification_no_retry: 409,
  certification_graded_once: 409,
  certificate_not_found: 404,
  learner_not_found: 404,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export type ErrorStatus<C extends ErrorCode> = (typeof ERROR_STATUS)[C];
