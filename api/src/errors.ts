/**
 * Every error code a client can be sent. Domain code throws `DomainError` with one of these and
 * knows nothing of HTTP; `routes/error-status.ts` maps each code to its status, in one table.
 */
export type ErrorCode =
  // requests
  | "invalid_request"
  | "invalid_utf8"
  | "invalid_form"
  | "unsupported_media_type"
  | "id_mismatch"
  // who may do what
  | "unauthenticated"
  | "invalid_credentials"
  | "forbidden"
  | "local_mode"
  | "self_lockout"
  | "host_not_allowed"
  | "origin_not_allowed"
  // limits
  | "rate_limited"
  | "shutting_down"
  | "token_budget_exhausted"
  // library
  | "persona_not_found"
  | "rubric_not_found"
  | "invalid_persona"
  | "invalid_rubric"
  | "rubric_required"
  | "language_mismatch"
  | "language_unsupported"
  // calls
  | "session_not_found"
  | "session_ended"
  | "session_abandoned"
  | "nothing_to_grade"
  | "turn_in_progress"
  | "turn_not_found"
  | "empty_turn"
  | "turn_too_long"
  | "invalid_fork_turn"
  | "invalid_heard"
  | "invalid_transcript"
  | "transcript_too_large"
  | "model_not_configured"
  | "model_unavailable"
  // voice
  | "voice_unavailable"
  | "audio_missing"
  | "audio_empty"
  | "audio_corrupt"
  | "audio_unreadable"
  | "audio_too_large"
  | "audio_too_long"
  | "audio_unsupported_type"
  | "no_audio"
  | "recording_gone"
  | "nothing_to_speak"
  | "stt_unavailable"
  | "stt_failed"
  | "tts_unavailable"
  | "tts_failed"
  // accounts and evals
  | "user_not_found"
  | "team_not_found"
  | "token_not_found"
  | "unknown_team"
  | "email_taken"
  | "team_name_taken"
  | "eval_run_not_found"
  // training programme
  | "assignment_not_found"
  | "invalid_assignees"
  | "assignment_passed"
  | "attempts_exhausted"
  | "certification_no_retry"
  | "certification_graded_once"
  | "certificate_not_found"
  | "skill_not_in_path"
  // human review
  | "call_not_graded"
  | "unknown_criterion"
  | "score_out_of_range"
  | "override_not_found"
  | "override_not_current"
  | "review_export_not_allowed"
  | "nothing_to_export"
  // discussion
  | "post_not_found"
  | "call_not_shared"
  | "no_team"
  // xAPI
  | "learner_not_found"
  // drafting from a document
  | "document_empty"
  | "document_too_large"
  | "document_unreadable"
  | "document_unsupported_type"
  | "draft_invalid"
  // examples library
  | "example_not_found"
  | "example_read_only"
  | "invalid_example";

/** An error a client caused or can act on: a code from `ErrorCode`, a message for people, details for programs. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export const notFound = (what: "session" | "persona" | "rubric", id: string) =>
  new DomainError(`${what}_not_found`, `No ${what} with id "${id}".`);
