import { fieldErrors } from "../../../lib/field-errors";

/** Codes the examples API answers about one field of the form (the rest name theirs in `details.issues`). */
const BY_CODE = {
  invalid_example: "turns",
  rubric_required: "personaId",
  persona_not_found: "personaId",
  rubric_not_found: "personaId",
  language_unsupported: "personaId",
  turn_not_found: "notes",
};

/** The API's refusal as a message per field of the write or edit form (`turns.2.text`, `notes.1.note`, `title`...). */
export const exampleFormErrors = (error: unknown) => fieldErrors(error, BY_CODE);
